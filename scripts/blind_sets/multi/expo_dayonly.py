"""Variant (blind-multi, written after the exhibition fix): exhibitions over the month whose days a source lists without
hours (« Journée », « horaires d'ouverture », VALUE=DATE VEVENTs per day); hard negatives: two exhibitions in one
building, a vernissage date-only, a guided tour date-only, a workshop's Saturdays."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Lyon: exhibition Nov 4-27 at the Maison de l'économie solidaire; sheet rows date-only on its Saturdays
f.on_platform("expo-lyon", 1, "Exposition : 20 ans de commerce équitable à Lyon", at(4, "10:00"), at(27, "18:00"), "Artisans du Monde Lyon",
              P("Maison des Solidarités", "3 rue Saint-Polycarpe", "69001", "Lyon"))
f.in_form([("expo-lyon", row(f"ARA-{d}", "ADM Lyon", "Expo 20 ans du commerce équitable", f"{d:02d}/11/2022", "horaires d'ouverture",
                             "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")) for d in (5, 12, 19, 26)]
          + [("vernissage-lyon", row("ARA-90", "ADM Lyon", "Vernissage expo 20 ans du commerce équitable", "10/11/2022", "",
                                    "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")),
             ("visite-lyon", row("ARA-91", "ADM Lyon", "Visite guidée de l'expo commerce équitable", "19/11/2022", "",
                                 "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon")),
             ("expo2-lyon", row("ARA-92", "Habitat et Humanisme", "Expo Habiter autrement", "19/11/2022", "Journée",
                                "Maison des Solidarités", "3 r. St-Polycarpe", "69001", "Lyon"))])
f.on_platform("vernissage-lyon", 2, "Vernissage de l'exposition « 20 ans de commerce équitable »", at(10, "18:30"), at(10, "21:00"),
              "Artisans du Monde Lyon", P("Maison des Solidarités", "3 rue Saint-Polycarpe", "69001", "Lyon"))
f.on_platform("expo2-lyon", 3, "Exposition « Habiter autrement »", at(14, "10:00"), at(25, "18:00"), "Habitat et Humanisme Rhône",
              P("Maison des Solidarités", "3 rue Saint-Polycarpe", "69001", "Lyon"))
# 2 Dijon: library exhibition listed by its calendar as one all-day VEVENT per opening day; agenda one record
DAYS = [8, 9, 10, 12, 15, 16, 17, 19, 22, 23, 24, 26]
for d in DAYS:
    f.in_calendar("expo-dijon", f"expo-ess-{d}@bm-dijon", f"DTSTART;VALUE=DATE:202211{d:02d}", f"DTEND;VALUE=DATE:202211{d+1:02d}",
                  "SUMMARY:Exposition « L'ESS en Bourgogne »", "LOCATION:Bibliothèque Champollion\\, Dijon")
f.on_agenda("expo-dijon", 501, "Exposition : l'ESS en Bourgogne-Franche-Comté", [(at(d, "10:00"), at(d, "18:00")) for d in DAYS],
            "Bibliothèque municipale de Dijon", A("Bibliothèque Champollion", "14 rue Camille Flammarion", "21000", "Dijon"))
f.in_calendar("heure-conte", "heure-conte-19@bm-dijon", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Heure du conte : l'ESS racontée aux enfants", "LOCATION:Bibliothèque Champollion\\, Dijon")
# 3 Besançon: a repair café every Saturday listed over the month on the platform, the calendar each Saturday all-day
f.on_platform("rc-5", 4, "Repair café du samedi", at(5, "09:30"), at(26, "12:30"), "Repair Café Besançon",
              P("Maison de quartier de Planoise", "13 avenue de l'Île-de-France", "25000", "Besançon"))
for d in (5, 12, 19, 26):
    f.in_calendar(f"rc-{d}", f"rc-{d}@besancon", f"DTSTART;VALUE=DATE:202211{d:02d}", f"DTEND;VALUE=DATE:202211{d+1:02d}",
                  "SUMMARY:Repair café", "LOCATION:MQ Planoise\\, Besançon")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
