"""Lead's blind set (8 Dec 2026): precision in a small town: three open days in one business park the same day, one
source giving the park without a number; two « Portes ouvertes » by one network's two members; a village's two halls."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
f.on_platform("po-esat", 1, "Portes ouvertes de l'ESAT", at(18, "10:00"), at(18, "16:00"), "ESAT Les Ateliers de la Vire",
              P("ESAT Les Ateliers de la Vire", "2 rue des Landes, ZA des Landes", "50000", "Saint-Lô"))
f.on_platform("po-ei", 2, "Portes ouvertes de l'entreprise d'insertion", at(18, "10:00"), at(18, "16:00"), "Vire Insertion",
              P("Vire Insertion", "12 rue des Landes, ZA des Landes", "50000", "Saint-Lô"))
f.on_platform("po-recyc", 3, "Portes ouvertes de la recyclerie", at(18, "10:00"), at(18, "17:00"), "La Recyclerie du Bocage",
              P("La Recyclerie du Bocage", "4 rue des Landes, ZA des Landes", "50000", "Saint-Lô"))
f.on_agenda("po-recyc", 9401, "Portes ouvertes", [(at(18, "10:00"), at(18, "17:00"))], "Recyclerie du Bocage",
            A("Recyclerie du Bocage", "4 rue des Landes", "50000", "Saint-Lô"))
f.on_agenda("po-ei", 9402, "Journée portes ouvertes", [(at(18, "10:00"), at(18, "16:00"))], "Vire Insertion",
            A("Vire Insertion", "12 rue des Landes", "50000", "Saint-Lô"))
# two halls of one village the same evening
f.on_platform("loto-1", 4, "Loto solidaire", at(25, "20:00"), at(25, "23:00"), "Comité des fêtes de Plougastel",
              P("Salle Avel Vor", "Rue Louis Nicolas", "29470", "Plougastel-Daoulas"))
f.on_platform("loto-2", 5, "Loto du Secours populaire", at(25, "20:00"), at(25, "23:00"), "Secours populaire du Finistère",
              P("Espace Avel Mor", "Rue du Lanvrizon", "29470", "Plougastel-Daoulas"))
f.in_calendar("loto-2", "loto-1125@spf29", "DTSTART;TZID=Europe/Paris:20221125T200000", "SUMMARY:Loto solidaire",
              "LOCATION:Plougastel-Daoulas")

f.in_form([
    ("po-esat", row("NO-20", "ESAT Ateliers de la Vire", "Portes ouvertes ESAT", "18/11/2022", "10h-16h", "", "ZA des Landes", "50000", "Saint-Lô")),
    ("po-recyc", row("NO-21", "Recyclerie du Bocage", "Portes ouvertes", "18/11/2022", "", "", "ZA des Landes", "50000", "Saint-Lô")),
])

if __name__ == "__main__":
    run(f)
