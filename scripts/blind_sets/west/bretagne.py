"""Blind set (blind-west, 7 Dec 2026): Bretagne, one edition of four sources. Habits: the network's ICS is a
hand-kept Thunderbird calendar writing local times with a wrong Z (a whole-hour slip) for some events and TZID for
others, LOCATION often the venue or the town alone; the CRESS form (cp1252 CSV) has acronyms, « 14h-17h »,
« matin », « Toute la journée », addresses abbreviated; OpenAgenda gives insee and coordinates."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = ""  # no X-WR-TIMEZONE: floating times read with the source's zone option

# 1 / 2 HARD NEGATIVE: two repair cafés in Rennes the same Saturday afternoon
f.on_platform("rc-maurepas", 1, "Repair café de Maurepas", at(19, "14:00"), at(19, "17:30"), "Maurepas en Transition",
              P("Pôle associatif de la Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes"))
f.on_agenda("rc-maurepas", 3001, "Repair Café - Maurepas", [(at(19, "14:00"), at(19, "17:30"))], "Maurepas en Transition",
            A("Pôle associatif de la Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes", insee="35238",
              latitude=48.1262, longitude=-1.6589))
f.on_platform("rc-blosne", 2, "Repair café du Blosne", at(19, "14:00"), at(19, "18:00"), "Les Bricoleurs du Blosne",
              P("Maison de quartier Le Triangle", "Boulevard de Yougoslavie", "35200", "Rennes"))
f.in_calendar("rc-blosne", "20221019-rcblosne@rennes-transition", "DTSTART:20221119T140000Z", "DTEND:20221119T180000Z",
              "SUMMARY:Repair café", "LOCATION:Rennes")
f.in_calendar("rc-maurepas", "20221019-rcmaurepas@rennes-transition", "DTSTART;TZID=Europe/Paris:20221119T140000",
              "DTEND;TZID=Europe/Paris:20221119T173000", "SUMMARY:Repair café Maurepas", "LOCATION:Pôle associatif Marbaudais")

# 3 webinar France Active Bretagne: platform « En ligne », agenda a Zoom link, form « Visio » with acronym
f.on_platform("fa-webinaire", 3, "Webinaire : financer son projet d'utilité sociale", at(15, "12:15"), at(15, "13:30"),
              "France Active Bretagne", ONLINE, modality="En ligne")
f.on_agenda("fa-webinaire", 3003, "Financer son projet d'utilité sociale - webinaire", [(at(15, "12:15"), at(15, "13:30"))],
            "France Active Bretagne", {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/84512236671?pwd=RkFCcmV0YWduZQ")

# 4 / 5 HARD NEGATIVE: two ciné-débats in Brest the same evening, two cinemas
f.on_platform("cine-studios", 4, "Ciné-débat « Demain »", at(17, "20:00"), at(17, "22:30"), "Brest en Transition",
              P("Cinéma Les Studios", "136 rue Jean Jaurès", "29200", "Brest"))
f.in_calendar("cine-studios", "cine-demain-brest@bet", "DTSTART:20221117T200000Z", "DTEND:20221117T223000Z",
              "SUMMARY:Ciné-débat Demain", "LOCATION:Les Studios")
f.on_platform("cine-multiplexe", 5, "Ciné-débat « La Part des autres »", at(17, "20:30"), at(17, "23:00"), "Ingalañ",
              P("Cinéma Multiplexe Liberté", "Avenue Clemenceau", "29200", "Brest"))
f.on_agenda("cine-multiplexe", 3005, "Projection-débat : La part des autres", [(at(17, "20:30"), at(17, "23:00"))], "Ingalañ",
            A("Multiplexe Liberté", "Avenue Georges Clemenceau", "29200", "Brest", insee="29019"))

# 6 Lorient forum: four sources
LORIENT_PDC = P("Palais des congrès", "Quai du Péristyle", "56100", "Lorient")
f.on_platform("forum-lorient", 6, "Forum de l'emploi dans l'économie sociale et solidaire", at(22, "09:30"), at(22, "17:00"),
              "CRESS Bretagne", LORIENT_PDC)
f.on_agenda("forum-lorient", 3006, "Forum emploi ESS du Pays de Lorient", [(at(22, "09:30"), at(22, "17:00"))],
            "Chambre régionale de l'économie sociale et solidaire de Bretagne",
            A("Palais des congrès de Lorient", "Quai du Péristyle", "56100", "Lorient", insee="56121"))
f.in_calendar("forum-lorient", "forum-emploi-lorient@bet", "DTSTART;TZID=Europe/Paris:20221122T093000",
              "DTEND;TZID=Europe/Paris:20221122T170000", "SUMMARY:Forum Emploi ESS", "LOCATION:Palais des Congrès\\, Lorient")

# 7 Quimper fresque, calendar with the slip
f.on_platform("fresque-quimper", 7, "Atelier Fresque du Climat", at(24, "18:00"), at(24, "21:00"), "Quimper en Transition",
              P("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper"))
f.in_calendar("fresque-quimper", "fresque-24@bet", "DTSTART:20221124T180000Z", "DTEND:20221124T210000Z",
              "SUMMARY:Fresque du climat", "LOCATION:Maison des associations\\, 53 impasse de l'Odet\\, Quimper")

# 8 Saint-Brieuc CAE conference, title reworded, organiser acronym in the form
f.on_platform("cae-sb", 8, "Conférence : entreprendre autrement en coopérative d'activité et d'emploi", at(16, "18:30"),
              at(16, "20:30"), "Coopérative d'activité et d'emploi Avant-Premières",
              P("Espace Lamartine", "1 rue Lamartine", "22000", "Saint-Brieuc"))
f.on_agenda("cae-sb", 3008, "Entreprendre autrement : la CAE, c'est quoi ?", [(at(16, "18:30"), at(16, "20:30"))],
            "Avant-Premières", A("Espace Lamartine", "1 rue Lamartine", "22000", "Saint-Brieuc", insee="22278"))

# 9 rural market Langouët, calendar all-day
f.on_platform("marche-langouet", 9, "Marché des producteurs et artisans solidaires", at(26, "09:00"), at(26, "13:00"),
              "Langouët Solidaire", P("Place de l'Église", "", "35630", "Langouët"))
f.in_calendar("marche-langouet", "marche-langouet@bet", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Marché solidaire de Langouët", "LOCATION:Place de l'église\\, Langouët")

# 10 farm visit in Plounéour-Ménez
f.on_platform("ferme", 10, "Visite de la ferme coopérative de Kerouat", at(12, "10:00"), at(12, "12:00"),
              "Scic Ferme de Kerouat", P("Ferme de Kerouat", "Lieu-dit Kerouat", "29410", "Plounéour-Ménez"))
f.on_agenda("ferme", 3010, "Visite de la ferme de Kerouat (Scic)", [(at(12, "10:00"), at(12, "12:00"))], "Ferme de Kerouat",
            A("Ferme de Kerouat", "Kerouat", "29410", "Plounéour-Ménez", insee="29202"))

# 11 / 12 HARD NEGATIVE: CRESS Bretagne's two events in Rennes the same day
f.on_platform("cress-marches", 11, "Matinale : l'ESS et les marchés publics", at(29, "09:00"), at(29, "11:00"),
              "CRESS Bretagne", P("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes"))
f.on_agenda("cress-marches", 3011, "Matinale ESS & marchés publics", [(at(29, "09:00"), at(29, "11:00"))], "CRESS Bretagne",
            A("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes", insee="35238"))
f.on_platform("cress-impact", 12, "Atelier : mesurer son impact social", at(29, "14:00"), at(29, "16:30"),
              "CRESS Bretagne", P("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes"))
f.on_agenda("cress-impact", 3012, "Mesurer son impact social : atelier pratique", [(at(29, "14:00"), at(29, "16:30"))],
            "CRESS Bretagne", A("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes", insee="35238"))

# 13 webinar URSCOP, Teams link in calendar and agenda
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ0ZmFiYzIt%40thread.v2/0"
f.on_platform("scic", 13, "Webinaire « Créer une SCIC : mode d'emploi »", at(10, "11:00"), at(10, "12:00"),
              "Union régionale des Scop de l'Ouest", ONLINE, modality="En ligne")
f.on_agenda("scic", 3013, "Créer une Scic, mode d'emploi (webinaire)", [(at(10, "11:00"), at(10, "12:00"))],
            "URSCOP Ouest", {}, mode=2, onlineAccessLink=TEAMS)
f.in_calendar("scic", "scic-webinaire@bet", "DTSTART;TZID=Europe/Paris:20221110T110000",
              "DTEND;TZID=Europe/Paris:20221110T120000", "SUMMARY:Webinaire SCIC", f"LOCATION:{TEAMS}")

# 14 sewing workshop series in Lorient (three Tuesdays): sessions kept apart
f.in_calendar({"2022-11-08": "couture-8", "2022-11-15": "couture-15", "2022-11-22": "couture-22"}, "couture@bet",
              "DTSTART;TZID=Europe/Paris:20221108T140000", "DTEND;TZID=Europe/Paris:20221108T170000",
              "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Atelier couture récup'", "LOCATION:La Recyclerie du Pays de Lorient")
f.on_platform("couture-8", 14, "Atelier couture récup'", at(8, "14:00"), at(8, "17:00"), "Recyclerie du Pays de Lorient",
              P("La Recyclerie", "12 rue Colbert", "56100", "Lorient"))
f.on_platform("couture-15", 15, "Atelier couture récup'", at(15, "14:00"), at(15, "17:00"), "Recyclerie du Pays de Lorient",
              P("La Recyclerie", "12 rue Colbert", "56100", "Lorient"))

# 15 Brest ressourcerie open days, two days
f.on_platform("po-ressourcerie", 16, "Portes ouvertes de la ressourcerie Un Peu d'R", at(18, "10:00"), at(19, "18:00"),
              "Un Peu d'R", P("Un Peu d'R", "3 rue Jean-Marie Le Bris", "29200", "Brest"))
f.in_calendar("po-ressourcerie", "po-unpeudr@bet", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Portes ouvertes Un peu d'R", "LOCATION:Un Peu d'R")
f.on_agenda("po-ressourcerie", 3016, "Portes ouvertes à la ressourcerie",
            [(at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00"))], "Un Peu d'R",
            A("Ressourcerie Un Peu d'R", "3 rue Jean-Marie Le Bris", "29200", "Brest", insee="29019"))

# 16 Lannion bike workshop: venue in one copy, street in the other
f.on_platform("velo-lannion", 17, "Atelier d'autoréparation de vélos", at(23, "14:00"), at(23, "18:00"), "Vélo Utile Lannion",
              P("Atelier Vélo Utile", "", "22300", "Lannion"))
f.on_agenda("velo-lannion", 3017, "Atelier vélo participatif", [(at(23, "14:00"), at(23, "18:00"))], "Vélo Utile",
            A("", "7 rue de Kerampont", "22300", "Lannion", insee="22113"))

# 17 Morlaix games evening (alone)
f.on_platform("jeux-morlaix", 18, "Soirée jeux coopératifs", at(25, "20:00"), at(25, "23:00"), "Ludothèque Au Bois des Jeux",
              P("Espace du Pouliet", "Rue du Pouliet", "29600", "Morlaix"))

# 18 Rennes round table, calendar slip and prefix
f.on_platform("tr-femmes", 19, "Table ronde : les femmes entrepreneuses de l'ESS", at(21, "18:00"), at(21, "20:00"),
              "Les Premières Bretagne", P("Le Hublot", "2 allée Marie Berhaut", "35000", "Rennes"))
f.in_calendar("tr-femmes", "tr-femmes@bet", "DTSTART:20221121T180000Z", "DTEND:20221121T200000Z",
              "SUMMARY:[Mois de l'ESS] Table ronde femmes entrepreneuses", "LOCATION:Le Hublot")
f.on_agenda("tr-femmes", 3019, "Femmes entrepreneuses de l'ESS : table ronde", [(at(21, "18:00"), at(21, "20:00"))],
            "Les Premières Bretagne", A("Le Hublot", "2 allée Marie Berhaut", "35000", "Rennes", insee="35238"))

# 19 Vannes circular economy, typo in the form
f.on_platform("eco-circ", 20, "Rencontre : l'économie circulaire en pays de Vannes", at(10, "17:30"), at(10, "19:30"),
              "Golfe du Morbihan - Vannes agglomération", P("Hôtel de ville", "Place Maurice Marchais", "56000", "Vannes"))

f.in_form([
    ("rc-maurepas", row("BZH-101", "Maurepas en Transition", "Repair Café", "19/11/2022", "14h-17h30", "Pôle asso Marbaudais",
                        "32 r. de la Marbaudais", "35700", "RENNES")),
    ("fa-webinaire", row("BZH-102", "FAB", "Webinaire financer son projet", "15/11/2022", "12h15-13h30", "Visio", fmt="Distanciel")),
    ("cine-studios", row("BZH-103", "Brest en Transition", "Ciné débat Demain", "17/11/2022", "20h", "Les Studios", "", "29200", "Brest")),
    ("forum-lorient", row("BZH-104", "CRESS", "Forum emploi ESS", "22/11/2022", "Toute la journée",
                          "Palais des Congrès quai du Péristyle", "", "56100", "Lorient")),
    ("cae-sb", row("BZH-105", "CAE Avant-Premières", "Conférence CAE", "16/11/2022", "18h30", "", "1 r. Lamartine", "22000", "St-Brieuc")),
    ("ferme", row("BZH-106", "Ferme de Kerouat", "Visite ferme", "12/11/2022", "matin", "Kerouat", "", "29410", "Plouneour-Menez")),
    ("cress-marches", row("BZH-107", "CRESS Bretagne", "Matinale marchés publics", "29/11/2022", "9h-11h", "Maison de l'ESS",
                          "15 rue Martenot", "35000", "Rennes")),
    ("cress-impact", row("BZH-108", "CRESS Bretagne", "Atelier impact social", "29/11/2022", "14h-16h30", "Maison de l'ESS",
                         "15 rue Martenot", "35000", "Rennes")),
    ("couture-8", row("BZH-109", "Recyclerie Pays de Lorient", "Atelier couture", "08/11/2022", "14h-17h", "La Recyclerie", "",
                      "56100", "Lorient")),
    ("velo-lannion", row("BZH-110", "Vélo Utile", "Atelier auto-réparation vélo", "23/11/2022", "après-midi", "",
                         "7 r. de Kerampont", "22300", "Lannion")),
    ("eco-circ", row("BZH-111", "GMVA", "Rencontre économie circularie", "10/11/2022", "17h30-19h30", "Hôtel de ville", "",
                     "56000", "Vannes")),
    ("jeux-morlaix", row("BZH-112", "Au Bois des Jeux", "Soirée jeux", "25/11/2022", "", "Espace du Pouliet", "", "", "Morlaix")),
    ("marche-langouet", row("BZH-113", "Langouët Solidaire", "Marché producteurs & artisans", "26/11/2022", "9h-13h",
                            "Place de l'église", "", "35630", "Langouet")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
