"""Variant of « village » (helper blind-themes, written after the fixes, a check only): Normandie, a Forum de l'ESS at
the Parc des expositions de Caen, the day listed by the platform with its hours, the agenda as a date-only day; sheet
rows prefixed « Forum ESS - »; sub-events without partner."""
import sys, shutil, tempfile
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
CRESS = "CRESS Normandie"
def PX(room=""): return P(f"Parc des expositions{' - ' + room if room else ''}", "Rue Joseph Philippon", "14000", "Caen")
def PXA(room=""): return A(f"Parc des expositions de Caen{' (' + room + ')' if room else ''}", "rue Joseph Philippon", "14000", "Caen")
f.on_platform("forum", 1, "Forum de l'ESS", at(24, "09:00"), at(24, "17:00"), CRESS, PX())
f.on_agenda("forum", 7001, "Forum régional de l'économie sociale et solidaire", [(at(24, "09:00"), at(24, "17:00"))], CRESS, PXA())
f.on_platform("pleniere", 2, "Plénière d'ouverture", at(24, "09:30"), at(24, "10:30"), CRESS, PX("Auditorium"))
f.on_agenda("pleniere", 7002, "Forum de l'ESS : plénière d'ouverture", [(at(24, "09:30"), at(24, "10:30"))], CRESS, PXA("Auditorium"))
f.on_platform("atelier-rh", 3, "Atelier : recruter dans l'ESS", at(24, "11:00"), at(24, "12:00"), "Chantier École Normandie", PX("Salle 3"))
f.on_platform("atelier-fin", 4, "Atelier : financer son projet", at(24, "11:00"), at(24, "12:00"), "France Active Normandie", PX("Salle 4"))
f.on_platform("stands", 5, "Stands des réseaux de l'ESS", at(24, "09:00"), at(24, "17:00"), CRESS, PX("Hall A"))
f.on_platform("repair", 6, "Repair café géant", at(24, "13:30"), at(24, "16:30"), "Repair Café Caen", PX("Hall B"))
f.in_calendar("repair", "rc-forum@repaircaen", "DTSTART:20221124T123000Z", "DTEND:20221124T153000Z",
              "SUMMARY:Repair café au Forum de l'ESS", "LOCATION:Parc des expositions\\, Caen")
f.in_calendar("zerodechet", "zd-forum@zdcaen", "DTSTART;TZID=Europe/Paris:20221124T140000", "DTEND;TZID=Europe/Paris:20221124T150000",
              "SUMMARY:Atelier zéro déchet au Forum de l'ESS", "LOCATION:Parc des expositions\\, Caen")
f.on_platform("table-ronde", 7, "Table ronde : l'ESS en milieu rural", at(24, "14:00"), at(24, "15:30"), CRESS, PX("Auditorium"))
f.on_platform("autre-caen", 8, "Repair café de la Guérinière", at(24, "14:00"), at(24, "17:00"), "Repair Café Caen",
              P("Centre socioculturel de la Guérinière", "10 rue Isidore Pierre", "14000", "Caen"))
f.in_form([
    ("forum", row("NOR-01", "CRESS Normandie", "Forum ESS", "24/11/2022", "9h-17h", "Parc des expos", "", "", "Caen")),
    ("atelier-rh", row("NOR-02", "Chantier Ecole", "Forum ESS - Recrutement : atelier", "24/11/2022", "11h", "Parc expo Salle 3", "", "", "Caen")),
    ("atelier-fin", row("NOR-03", "France Active", "Forum ESS - Atelier financement", "24/11/2022", "11h", "Parc expo Salle 4", "", "", "Caen")),
    ("table-ronde", row("NOR-04", "CRESS Normandie", "Forum ESS - Table ronde ruralité", "24/11/2022", "14h-15h30", "Parc des expos", "", "", "Caen")),
    ("stands", row("NOR-05", "CRESS Normandie", "Forum ESS - Village des réseaux", "24/11/2022", "", "Parc des expos - Hall A", "", "", "Caen")),
])

if __name__ == "__main__":
    tempfile.tempdir = tempfile.mkdtemp(prefix="bt-", dir=None)
    try:
        run(f)
    finally:
        shutil.rmtree(tempfile.tempdir)
