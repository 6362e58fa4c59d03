"""Lead's blind set (8 Dec 2026): Centre-Val de Loire and Bourgogne, places written by name in one source and by street in
another: « Le 108 », « L'Astrolabe », « La Fabrique » and their streets, abbreviated streets, a street with a range of
numbers, the town alone; two venues on one street, one venue name in two towns."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# 1: Orléans, « Le 108 » by name on the platform, by street in the ICS
f.on_platform("concert-108", 1, "Concert solidaire au profit des Restos du cœur", at(18, "20:30"), at(18, "23:30"), "Collectif 108",
              P("Le 108", "108 rue de Bourgogne", "45000", "Orléans"))
f.in_calendar("concert-108", "concert-solidaire@108", "DTSTART;TZID=Europe/Paris:20221118T203000",
              "SUMMARY:Concert solidaire (Restos du Coeur)", "LOCATION:108 rue de Bourgogne\\, 45000 Orléans")
# 2 / 3: two venues on one street in Orléans the same evening, one kind of event
f.on_platform("astrolabe", 2, "Soirée jeux coopératifs", at(18, "19:00"), at(18, "22:00"), "Ludo'Loire",
              P("L'Astrolabe", "1 rue Alexandre Avisse", "45000", "Orléans"))
f.on_agenda("astrolabe", 9002, "Soirée jeux coopératifs", [(at(18, "19:00"), at(18, "22:00"))], "Ludo'Loire",
            A("Astrolabe", "1 r. A. Avisse", "45000", "Orléans"))
f.on_platform("maison-asso-orleans", 3, "Soirée jeux de société solidaire", at(18, "19:00"), at(18, "22:00"), "Jeux Partage 45",
              P("Maison des associations", "46 ter rue Sainte-Catherine", "45000", "Orléans"))
# 4: Tours, the venue by name only in the sheet (town given), street only in the agenda
f.on_platform("fabrique-tours", 4, "Atelier couture zéro déchet", at(12, "14:00"), at(12, "17:00"), "La Fabrique Solidaire",
              P("La Fabrique", "17 rue Bernard Palissy", "37000", "Tours"))
f.on_agenda("fabrique-tours", 9004, "Couture zéro déchet : atelier", [(at(12, "14:00"), at(12, "17:00"))], "La Fabrique Solidaire",
            A("", "17 rue B. Palissy", "37000", "Tours"))
# 5: Dijon, a street with a range of numbers, « 2-4 » / « 4 »
f.on_platform("dijon-forum", 5, "Forum des initiatives solidaires", at(19, "10:00"), at(19, "18:00"), "Ville de Dijon",
              P("Salle de Flore", "2-4 rue Lamonnoye", "21000", "Dijon"))
f.in_calendar("dijon-forum", "forum-solidaire@dijon", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Forum des initiatives solidaires", "LOCATION:4 rue Lamonnoye\\, Dijon")
# 6 / 7: « Salle des fêtes » in two towns, one title, one time, the sheet naming only the venue and the town
f.on_platform("sdf-chenove", 6, "Bourse aux vêtements", at(26, "09:00"), at(26, "17:00"), "Familles Rurales Chenôve",
              P("Salle des fêtes", "Rue Armand Thibaut", "21300", "Chenôve"))
f.on_platform("sdf-talant", 7, "Bourse aux vêtements", at(26, "09:00"), at(26, "17:00"), "Familles Rurales Talant",
              P("Salle des fêtes", "Place du 8 Mai 1945", "21240", "Talant"))
# 8: Auxerre, a venue by name on the agenda and by street in the sheet, date only
f.on_platform("auxerre-visite", 8, "Visite de la recyclerie", at(23, "14:00"), at(23, "16:00"), "La Recyclerie de l'Yonne",
              P("La Recyclerie", "12 avenue de la Puisaye", "89000", "Auxerre"))
f.on_agenda("auxerre-visite", 9008, "Visite guidée de la Recyclerie", [(at(23, "14:00"), at(23, "16:00"))], "Recyclerie de l'Yonne",
            A("La Recyclerie", "12 av. de la Puisaye", "89000", "Auxerre"))
# 9: Blois, the town alone in the ICS, one hour off, with a twin in Blois the same day at another hour
f.on_platform("blois-cine", 9, "Ciné-débat « Bigger than us »", at(24, "20:00"), at(24, "22:30"), "Cinéma Les Lobis",
              P("Cinéma Les Lobis", "12 avenue du Maréchal Maunoury", "41000", "Blois"))
f.in_calendar("blois-cine", "bigger@lobis", "DTSTART:20221124T200000Z", "SUMMARY:Bigger than us - ciné-débat", "LOCATION:Blois")
f.on_platform("blois-cine-2", 10, "Ciné-débat « Animal »", at(24, "17:00"), at(24, "19:30"), "Cinéma Les Lobis",
              P("Cinéma Les Lobis", "12 avenue du Maréchal Maunoury", "41000", "Blois"))
# 11: Chartres, the venue's name differs (« Off » / « L'Off ») and the agenda gives coordinates only
f.on_platform("chartres", 11, "Rencontre des acteurs de l'ESS d'Eure-et-Loir", at(17, "18:00"), at(17, "20:00"), "CRESS Centre-Val de Loire",
              P("L'Off", "38 rue des Grandes Filles Dieu", "28000", "Chartres"))
f.on_agenda("chartres", 9011, "Rencontre ESS Eure-et-Loir", [(at(17, "18:00"), at(17, "20:00"))], "CRESS Centre-Val de Loire",
            {"name": "Off", "address": "", "city": "Chartres", "postalCode": "28000", "latitude": 48.4469, "longitude": 1.4891})

f.in_form([
    ("concert-108", row("CB-01", "Collectif 108", "Concert solidaire", "18/11/2022", "20h30", "Le 108", "", "45000", "Orléans")),
    ("maison-asso-orleans", row("CB-02", "Jeux Partage 45", "Soirée jeux solidaire", "18/11/2022", "19h-22h", "MDA", "46 ter r. Ste-Catherine", "45000", "Orléans")),
    ("fabrique-tours", row("CB-03", "Fabrique Solidaire", "Atelier couture", "12/11/2022", "14h", "La Fabrique", "", "", "Tours")),
    ("sdf-chenove", row("CB-04", "Familles Rurales", "Bourse aux vêtements", "26/11/2022", "", "Salle des fêtes", "", "", "Chenôve")),
    ("sdf-talant", row("CB-05", "Familles Rurales", "Bourse aux vêtements", "26/11/2022", "", "Salle des fêtes", "", "", "Talant")),
    ("auxerre-visite", row("CB-06", "Recyclerie 89", "Visite recyclerie", "23/11/2022", "", "", "12 av de la Puisaye", "89000", "AUXERRE")),
    ("dijon-forum", row("CB-07", "Ville de Dijon", "Forum initiatives solidaires", "19/11/2022", "10h-18h", "Salle de Flore", "", "21000", "Dijon")),
])

if __name__ == "__main__":
    run(f)
