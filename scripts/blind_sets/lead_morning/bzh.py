"""Seventh blind set (lead): Bretagne, Centre-Val de Loire, Bourgogne-Franche-Comté; titles dressed, partners, the place in
the description, venue and address in one cell."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Rennes: [Mois de l'ESS] prefix, « – Rennes » suffix, sheet with everything in Lieu
f.on_platform("tr-rennes", 1, "[Mois de l'ESS] Table ronde : habiter autrement – Rennes", at(17, "18:30"), at(17, "20:30"),
              "Parasol (en partenariat avec la Ville de Rennes)", P("Maison de quartier La Bellangerais", "5 rue du Morbihan", "35700", "Rennes"))
f.in_calendar("tr-rennes", "tr@bzh", "DTSTART:20221117T173000Z", "DTEND:20221117T193000Z", "SUMMARY:Habiter autrement : table ronde",
              "DESCRIPTION:Rendez-vous à la Maison de quartier La Bellangerais\\, 5 rue du Morbihan\\, Rennes.")
# 2 Brest: two sessions of a visit (morning/afternoon), sheet date-only row for one of them (ambiguous)
f.on_platform("visite-brest-matin", 2, "Visite de la Recyclerie Un Peu d'R", at(16, "10:00"), at(16, "11:30"), "Un Peu d'R",
              P("Un Peu d'R", "15 rue Anatole France", "29200", "Brest"))
f.on_platform("visite-brest-aprem", 3, "Visite de la Recyclerie Un Peu d'R", at(16, "14:30"), at(16, "16:00"), "Un Peu d'R",
              P("Un Peu d'R", "15 rue Anatole France", "29200", "Brest"))
# 4 Lorient: concert with co-organisers; agenda « de 20h à 23h » in title?
f.on_platform("concert-lorient", 4, "Concert solidaire au profit des Restos du Cœur", at(25, "20:00"), at(25, "23:00"), "Le Manège",
              P("Le Manège", "Place de Kervénanec", "56100", "Lorient"))
f.on_agenda("concert-lorient", 7004, "Concert solidaire (Restos du cœur) - 20h", [(at(25, "20:00"), at(25, "23:00"))],
            "Le Manège & Les Restos du Cœur du Morbihan", A("Le Manège", "Place de Kervénanec", "56100", "Lorient"))
# 5 Tours: atelier « sur inscription », venue vs address
f.on_platform("atelier-tours", 5, "Atelier « Créer son activité en coopérative » (sur inscription)", at(15, "09:30"), at(15, "12:00"),
              "Coopérative d'activité et d'emploi Coopaxis", P("Coopaxis", "17 rue Michelet", "37000", "Tours"))
f.on_agenda("atelier-tours", 7005, "Créer son activité en coopérative", [(at(15, "09:30"), at(15, "12:00"))], "Coopaxis",
            A("17 rue Michelet", "17 rue Michelet", "37000", "Tours"))
# 6 Orléans: marché, organiser a person + association in the sheet
f.on_platform("marche-orleans", 6, "Marché des producteurs et artisans solidaires", at(26, "09:00"), at(26, "13:00"), "Les Jardins du Loiret",
              P("Place du Martroi", "", "45000", "Orléans"))
# 7 Bourges: conférence at the Maison de la Culture, ICS venue only, same time UTC correct
f.on_platform("conf-bourges", 7, "Conférence : la culture, un bien commun ?", at(22, "18:30"), at(22, "20:30"), "Cultures du Cœur Cher",
              P("Maison de la Culture de Bourges", "34 rue Henri Sellier", "18000", "Bourges"))
f.in_calendar("conf-bourges", "mcb@cvl", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z", "SUMMARY:La culture\\, un bien commun ? (conférence)",
              "LOCATION:MCB")
# 8 Dijon: forum, agenda with different title; sheet « Dijon Métropole » as commune
f.on_platform("forum-dijon", 8, "Forum des initiatives solidaires", at(19, "10:00"), at(19, "17:00"), "Ville de Dijon",
              P("Salle de Flore", "Place de la Libération", "21000", "Dijon"))
f.on_agenda("forum-dijon", 7008, "Salon des initiatives solidaires et citoyennes", [(at(19, "10:00"), at(19, "17:00"))], "Mairie de Dijon",
            A("Salle de Flore - Palais des Ducs", "Place de la Libération", "21000", "Dijon"))
# 9 Besançon: two repair cafés the same afternoon, the calendar giving the town alone
f.on_platform("rc-besancon-centre", 9, "Repair café du centre-ville", at(19, "14:00"), at(19, "17:00"), "Repair Café Besançon",
              P("Maison de quartier Battant", "8 rue des Chaprais", "25000", "Besançon"))
f.on_platform("rc-besancon-planoise", 10, "Repair café de Planoise", at(19, "14:00"), at(19, "17:00"), "Repair Café Planoise",
              P("Maison de quartier de Planoise", "5 rue Picasso", "25000", "Besançon"))
f.in_calendar("rc-besancon-planoise", "rcp@bfc", "DTSTART:20221119T140000Z", "SUMMARY:Repair Café Planoise", "LOCATION:Besançon")
# 11 Chartres: soirée jeux, sheet « de 20h à minuit »
f.on_platform("jeux-chartres", 11, "Soirée jeux de société", at(18, "20:00"), at(18, "23:59"), "Ludothèque de Chartres",
              P("Ludothèque", "12 rue de la Volaille", "28000", "Chartres"))
# 12 Vannes: hybrid conference, platform « Hybride », agenda presential with link, sheet « présentiel et visio »
f.on_platform("conf-vannes", 12, "Conférence : l'ESS et la mer", at(24, "18:00"), at(24, "20:00"), "Pôle ESS Pays de Vannes",
              P("Palais des Arts", "Place de Bretagne", "56000", "Vannes"), modality="Hybride", url="https://meet.jit.si/ess-et-mer")
f.on_agenda("conf-vannes", 7012, "L'ESS et la mer : conférence", [(at(24, "18:00"), at(24, "20:00"))], "Pôle ESS du Pays de Vannes",
            A("Palais des Arts et des Congrès", "Place de Bretagne", "56000", "Vannes"), mode=3, onlineAccessLink="https://meet.jit.si/ess-et-mer")

f.in_form([
    ("tr-rennes", row("BZH-01", "Parasol", "Table-ronde Habiter autrement", "17/11/2022", "de 18h30 à 20h30", "MQ Bellangerais - 5 rue du Morbihan - 35700 Rennes", "", "", "")),
    ("visite-brest-matin", row("BZH-02", "Un Peu d'R", "Visite recyclerie", "16/11/2022", "10h", "Un peu d'R", "15 rue Anatole France", "29200", "Brest")),
    ("marche-orleans", row("BZH-03", "Claire Martin (Les Jardins du Loiret)", "Marché producteurs et artisans", "26/11/2022", "9h-13h", "Pl. du Martroi", "", "", "Orléans")),
    ("forum-dijon", row("BZH-04", "Ville de Dijon", "Forum initiatives solidaires", "19/11/2022", "10h-17h", "Salle de Flore", "", "", "Dijon Métropole")),
    ("rc-besancon-centre", row("BZH-05", "Repair Café Besançon", "Repair café centre ville", "19/11/2022", "14h-17h", "MQ Battant", "", "", "Besancon")),
    ("jeux-chartres", row("BZH-06", "Ludothèque de Chartres", "Soirée jeux", "18/11/2022", "de 20h à minuit", "Ludothèque", "", "28000", "Chartres")),
    ("conf-vannes", row("BZH-07", "Pôle ESS Pays de Vannes", "Conférence ESS et mer", "24/11/2022", "18h-20h", "Palais des Arts", "", "", "Vannes", fmt="Présentiel et visio")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
