"""Blind set (blind-south): Auvergne-Rhône-Alpes and Bourgogne-Franche-Comté, one edition (2022), heavy in multi-day
events and series: festivals over several days, weekly sessions, all-day VALUE=DATE copies, workbook rows with a start
and an end date. Sources: the national platform, CRESS AURA's OpenAgenda (several timings), a Lyon network's iCalendar
(« Lyon 7e », VALUE=DATE, RRULE), CRESS BFC's workbook (XLSX, Excel dates, start and end columns)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("cress-aura-openagenda", "reseau-lyon-ess-ical", "cress-bfc-tableur")
f = Feeds()

# 1 festival of solidarity, Lyon 7e, three days
f.on_platform("festisol", 1, "Festival des solidarités", at(17, "10:00"), at(19, "18:00"), "Collectif Festisol Lyon",
              P("Maison des passages", "44 rue Saint-Georges", "69005", "Lyon"))
f.on_agenda("festisol", 5001, "Festisol 2022 : trois jours pour la solidarité internationale",
            [(at(17, "10:00"), at(17, "18:00")), (at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00"))],
            "Festisol Lyon", A("Maison des Passages", "44 rue Saint-Georges", "69005", "Lyon", insee="69385"))
f.in_calendar("festisol", "festisol@lyon-ess", "DTSTART;VALUE=DATE:20221117", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Festisol - Festival des solidarités", "LOCATION:Maison des Passages (Lyon 5e)")
# 2 weekly bike workshop, Grenoble, Wednesdays: calendar RRULE, platform two sessions, agenda one record of four timings
f.in_calendar({"2022-11-09": "velo-9", "2022-11-16": "velo-16", "2022-11-23": "velo-23", "2022-11-30": "velo-30"}, "velo@lyon-ess",
              "DTSTART;TZID=Europe/Paris:20221109T180000", "DTEND;TZID=Europe/Paris:20221109T200000", "RRULE:FREQ=WEEKLY;COUNT=4",
              "SUMMARY:Atelier vélo participatif", "LOCATION:Un P'tit Vélo dans la Tête\\, 6 rue Colbert\\, 38000 Grenoble")
f.on_platform("velo-16", 2, "Atelier d'autoréparation de vélos", at(16, "18:00"), at(16, "20:00"), "Un P'tit Vélo dans la Tête",
              P("Un P'tit Vélo dans la Tête", "6 rue Colbert", "38000", "Grenoble"))
f.on_platform("velo-23", 3, "Atelier d'autoréparation de vélos", at(23, "18:00"), at(23, "20:00"), "Un P'tit Vélo dans la Tête",
              P("Un P'tit Vélo dans la Tête", "6 rue Colbert", "38000", "Grenoble"))
f.on_agenda("velo-9", 5002, "Atelier vélo : réparez vous-même",
            [(at(d, "18:00"), at(d, "20:00")) for d in (9, 16, 23, 30)], "Un p'tit vélo dans la tête",
            A("Un P'tit Vélo dans la Tête", "6 rue Colbert", "38000", "Grenoble", insee="38185"))
# 3 weekly talks, Clermont-Ferrand, Tuesdays: the platform each session, the agenda one record
for n, d in enumerate((8, 15, 22, 29)):
    f.on_platform(f"mardi-{d}", 10 + n, "Les Mardis de l'ESS", at(d, "12:15"), at(d, "13:45"), "Pôle ESS Clermont Auvergne",
                  P("Maison de l'innovation", "Rue Kessler", "63000", "Clermont-Ferrand"))
f.on_agenda("mardi-8", 5003, "Mardis de l'ESS : cycle de conférences du midi",
            [(at(d, "12:15"), at(d, "13:45")) for d in (8, 15, 22, 29)], "Pôle ESS Clermont",
            A("Maison de l'Innovation", "Rue Kessler", "63000", "Clermont-Ferrand"))
# 4 Dijon ESS fair, two days: workbook start and end dates, no hours
f.on_platform("salon-dijon", 20, "Salon régional de l'ESS", at(25, "09:00"), at(26, "18:00"), "CRESS Bourgogne-Franche-Comté",
              P("Palais des congrès", "3 boulevard de Champagne", "21000", "Dijon"))
# 5 Besançon solidarity finance week, five days, an exhibition
f.on_platform("finsol", 21, "Exposition « La finance solidaire, c'est quoi ? »", at(7, "09:00"), at(11, "18:00"), "Finansol",
              P("Maison des Sciences de l'Homme", "1 rue Charles Nodier", "25000", "Besançon"))
# 6 Christmas market, Lyon 1er, three days; calendar all-day; agenda three timings
f.on_platform("noel-lyon", 22, "Marché de Noël solidaire et équitable", at(25, "11:00"), at(27, "19:00"), "Artisans du Monde Lyon",
              P("Palais du Commerce", "Place de la Bourse", "69002", "Lyon"))
f.on_agenda("noel-lyon", 5006, "Marché de Noël équitable",
            [(at(25, "11:00"), at(25, "19:00")), (at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Fédération Artisans du Monde", A("Palais du Commerce", "Place de la Bourse", "69002", "Lyon 2e Arrondissement", insee="69382"))
f.in_calendar("noel-lyon", "noel@lyon-ess", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221128",
              "SUMMARY:Marché de Noël solidaire", "LOCATION:Palais du Commerce\\, Lyon 2e")
# 7 / 8 hard negative: two repair cafés the same Saturday afternoon, Lyon 3e and Lyon 8e
f.on_platform("repair-3e", 23, "Repair café", at(19, "14:00"), at(19, "17:00"), "Repair Café Lyon 3",
              P("MJC Montchat", "53 rue Charles Richard", "69003", "Lyon"))
f.on_platform("repair-8e", 24, "Repair café", at(19, "14:00"), at(19, "17:00"), "Repair Café Monplaisir",
              P("MJC Monplaisir", "25 avenue des Frères Lumière", "69008", "Lyon"))
f.in_calendar("repair-3e", "repair-montchat@lyon-ess", "DTSTART;TZID=Europe/Paris:20221119T140000", "SUMMARY:Repair Café",
              "LOCATION:MJC Montchat (Lyon 3e)")
f.in_calendar("repair-8e", "repair-monplaisir@lyon-ess", "DTSTART;TZID=Europe/Paris:20221119T140000", "SUMMARY:Repair Café",
              "LOCATION:MJC Monplaisir (Lyon 8e)")
f.on_agenda("repair-8e", 5008, "Repair Café de Monplaisir", [(at(19, "14:00"), at(19, "17:00"))], "MJC Monplaisir",
            A("MJC Monplaisir", "25 av. des Frères Lumière", "69008", "Lyon"))
# 9 / 10 hard negative series: climate fresk at one Grenoble venue on two Thursdays
f.on_platform("fresque-10", 25, "Fresque du Climat", at(10, "18:30"), at(10, "21:30"), "La Fresque du Climat Grenoble",
              P("La Bifurk", "2 rue Gustave Flaubert", "38100", "Grenoble"))
f.on_platform("fresque-24", 26, "Fresque du Climat", at(24, "18:30"), at(24, "21:30"), "La Fresque du Climat Grenoble",
              P("La Bifurk", "2 rue Gustave Flaubert", "38100", "Grenoble"))
f.on_agenda("fresque-24", 5010, "Atelier Fresque du Climat", [(at(24, "18:30"), at(24, "21:30"))], "Fresque du Climat",
            A("La Bifurk", "2 rue Gustave Flaubert", "38100", "Grenoble"))
# 11 Besançon ciné-débat
f.on_platform("cine-besac", 27, "Ciné-débat « Les Liberterres »", at(15, "20:00"), at(15, "22:30"), "Les Amis de la Confédération paysanne du Doubs",
              P("Cinéma Victor Hugo Lumière", "6 rue Gambetta", "25000", "Besançon"))
# 12 Dijon sewing workshop, every Saturday: four workbook rows, the platform two
for n, d in enumerate((5, 12, 19, 26)):
    pass
f.on_platform("couture-12", 28, "Atelier couture solidaire", at(12, "14:00"), at(12, "17:00"), "La Recyclerie de Dijon",
              P("La Recyclerie", "10 rue de la Fontaine d'Ouche", "21000", "Dijon"))
f.on_platform("couture-26", 29, "Atelier couture solidaire", at(26, "14:00"), at(26, "17:00"), "La Recyclerie de Dijon",
              P("La Recyclerie", "10 rue de la Fontaine d'Ouche", "21000", "Dijon"))
# 13 Lyon 9e Scop open days over two days, calendar VALUE=DATE
f.on_platform("scop-vaise", 30, "Journées portes ouvertes de l'imprimerie coopérative", at(17, "09:00"), at(18, "17:00"), "Imprimerie Brailly Scop",
              P("Imprimerie Brailly", "12 rue Sergent Michel Berthet", "69009", "Lyon"))
f.in_calendar("scop-vaise", "brailly@lyon-ess", "DTSTART;VALUE=DATE:20221117", "DTEND;VALUE=DATE:20221119",
              "SUMMARY:Portes ouvertes Imprimerie Brailly (Scop)", "LOCATION:Lyon 9e")
# 14 / 15 hard negative: plant swaps the same morning, Villeurbanne and Lyon 6e
f.on_platform("troc-villeurbanne", 31, "Troc de plantes", at(12, "10:00"), at(12, "12:30"), "Villeurbanne en Transition",
              P("Jardin du Centre social de Cusset", "4 rue Pierre Joseph Proudhon", "69100", "Villeurbanne"))
f.on_platform("troc-lyon6", 32, "Troc de plantes", at(12, "10:00"), at(12, "12:30"), "Les Jardins de la Tête d'Or",
              P("Maison des associations", "28 rue Louis Blanc", "69006", "Lyon"))
f.in_calendar("troc-villeurbanne", "troc-vbn@lyon-ess", "DTSTART;TZID=Europe/Paris:20221112T100000", "SUMMARY:Troc de plantes",
              "LOCATION:Villeurbanne")
f.in_calendar("troc-lyon6", "troc-l6@lyon-ess", "DTSTART;TZID=Europe/Paris:20221112T100000", "SUMMARY:Troc de plantes",
              "LOCATION:Lyon 6e")
# 16 Chambéry AlimenTerre screening
f.on_platform("alimenterre", 33, "Festival AlimenTerre : projection-débat « Douce France »", at(18, "20:00"), at(18, "22:30"),
              "Artisans du Monde Chambéry", P("Cinéma Curial", "Rue de la Banque", "73000", "Chambéry"))
f.on_agenda("alimenterre", 5016, "Douce France (Festival AlimenTerre)", [(at(18, "20:00"), at(18, "22:30"))], "ADM Chambéry",
            A("Cinéma Curial", "Rue de la Banque", "73000", "Chambéry"))
# 17 Saint-Étienne fortnight: platform one record over 13 days, agenda a timing per day, calendar all-day
f.on_platform("quinzaine", 34, "La Quinzaine de l'ESS stéphanoise", at(14, "10:00"), at(26, "18:00"), "Collectif ESS Saint-Étienne",
              P("Cité du design", "3 rue Javelin Pagnon", "42000", "Saint-Étienne"))
f.on_agenda("quinzaine", 5017, "Quinzaine de l'ESS à Saint-Étienne",
            [(at(d, "10:00"), at(d, "18:00")) for d in range(14, 27) if d != 20], "Collectif ESS 42",
            A("Cité du design", "3 rue Javelin-Pagnon", "42000", "Saint-Étienne", insee="42218"))
f.in_calendar("quinzaine", "quinzaine@lyon-ess", "DTSTART;VALUE=DATE:20221114", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Quinzaine ESS Saint-Étienne", "LOCATION:Cité du design\\, Saint-Étienne")
# 18 Belfort récup weekend
f.on_platform("recup-belfort", 35, "Week-end de la récup'", at(19, "10:00"), at(20, "18:00"), "Ressourcerie du Territoire de Belfort",
              P("Ressourcerie", "5 rue de Dijon", "90000", "Belfort"))
# 19 Auxerre digital workshops on two Tuesdays
f.on_platform("numerique-8", 36, "Atelier numérique : démarches en ligne", at(8, "14:00"), at(8, "16:00"), "Emmaüs Connect Auxerre",
              P("Centre social Sainte-Geneviève", "2 rue de Bourgogne", "89000", "Auxerre"))
f.on_platform("numerique-15", 37, "Atelier numérique : démarches en ligne", at(15, "14:00"), at(15, "16:00"), "Emmaüs Connect Auxerre",
              P("Centre social Sainte-Geneviève", "2 rue de Bourgogne", "89000", "Auxerre"))
# 20 Lyon 2e conference, calendar UTC
f.on_platform("conf-lyon", 38, "Conférence : l'ESS face à l'inflation", at(22, "18:30"), at(22, "20:30"), "CRESS Auvergne-Rhône-Alpes",
              P("Hôtel de Région", "1 esplanade François Mitterrand", "69002", "Lyon"))
f.on_agenda("conf-lyon", 5020, "L'ESS face à l'inflation : conférence-débat", [(at(22, "18:30"), at(22, "20:30"))], "CRESS AURA",
            A("Hôtel de Région Auvergne-Rhône-Alpes", "1 esplanade François Mitterrand", "69002", "Lyon"))
f.in_calendar("conf-lyon", "inflation@lyon-ess", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z",
              "SUMMARY:Conférence ESS et inflation", "LOCATION:Hôtel de Région\\, Lyon 2e")
# 21 Grenoble night of the ESS, evening; calendar an all-day copy
f.on_platform("nuit-gre", 39, "La Nuit de l'ESS", at(24, "18:00"), at(24, "23:30"), "Collectif ESS Grenoble Alpes",
              P("La Belle Électrique", "12 esplanade Andry-Farcy", "38000", "Grenoble"))
f.in_calendar("nuit-gre", "nuit@lyon-ess", "DTSTART;VALUE=DATE:20221124", "SUMMARY:Nuit de l'ESS Grenoble", "LOCATION:La Belle Electrique")
f.on_agenda("nuit-gre", 5021, "Nuit de l'Économie sociale et solidaire", [(at(24, "18:00"), at(24, "23:30"))], "Collectif ESS Grenoble",
            A("La Belle Électrique", "12 esplanade Andry Farcy", "38000", "Grenoble"))

f.in_book([
    ("salon-dijon", book("BFC-01", "CRESS BFC", "Salon régional ESS", day(25), day(26), None, None, "Palais des congrès", "", "21000", "Dijon")),
    ("finsol", book("BFC-02", "Finansol", "Expo finance solidaire", day(7), day(11), "9h", "18h", "MSH", "1 rue Charles Nodier", "25000", "Besançon")),
    ("cine-besac", book("BFC-03", "Amis de la Conf' 25", "Ciné-débat Les Liberterres", day(15), None, clock(20), None, "Cinéma Victor Hugo", "", "", "Besançon")),
    ("couture-5", book("BFC-04", "Recyclerie de Dijon", "Atelier couture", day(5), None, "14h", "17h", "La Recyclerie", "10 r. Fontaine d'Ouche", "21000", "Dijon")),
    ("couture-12", book("BFC-05", "Recyclerie de Dijon", "Atelier couture", day(12), None, "14h", "17h", "La Recyclerie", "10 r. Fontaine d'Ouche", "21000", "Dijon")),
    ("couture-19", book("BFC-06", "Recyclerie de Dijon", "Atelier couture", day(19), None, "14h", "17h", "La Recyclerie", "10 r. Fontaine d'Ouche", "21000", "Dijon")),
    ("couture-26", book("BFC-07", "Recyclerie de Dijon", "Atelier couture", day(26), None, "14h", "17h", "La Recyclerie", "10 r. Fontaine d'Ouche", "21000", "Dijon")),
    ("recup-belfort", book("BFC-08", "Ressourcerie 90", "Week-end récup", day(19), day(20), "10h", "18h", "Ressourcerie, 5 rue de Dijon", "", "", "Belfort")),
    ("numerique-8", book("BFC-09", "Emmaüs Connect", "Atelier numérique", day(8, 14), None, None, None, "CS Ste-Geneviève", "", "89000", "Auxerre")),
    ("numerique-15", book("BFC-10", "Emmaüs Connect", "Atelier numérique", day(15, 14), None, None, None, "CS Ste-Geneviève", "", "89000", "Auxerre")),
    ("numerique-22", book("BFC-11", "Emmaüs Connect", "Atelier numérique", day(22, 14), None, None, None, "CS Ste-Geneviève", "", "89000", "Auxerre")),
], merged=("Structure organisatrice",), title_row="Mois de l'ESS 2022 - Bourgogne-Franche-Comté")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
