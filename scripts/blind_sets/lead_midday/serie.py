"""Lead's blind set (8 Dec 2026): one CRESS's own programme (Hauts-de-France): many events of one organiser at one or two
venues, titles of one series (« Matinale de l'ESS : … », « Café ESS #2 »), each listed by two or three sources."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
CRESS = P("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille")
CRESS_A = A("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille")
matinales = [(8, "Matinale de l'ESS : la commande publique responsable"), (15, "Matinale de l'ESS : financer son projet"),
             (22, "Matinale de l'ESS : l'emploi des jeunes"), (29, "Matinale de l'ESS : la transition écologique")]
for n, (day, title) in enumerate(matinales):
    ev = f"matinale-{day}"
    f.on_platform(ev, 1 + n, title, at(day, "08:30"), at(day, "10:00"), "CRESS Hauts-de-France", CRESS)
    f.on_agenda(ev, 8001 + n, title.replace("Matinale de l'ESS : ", "Matinale ESS – "), [(at(day, "08:30"), at(day, "10:00"))],
                "Chambre régionale de l'économie sociale et solidaire Hauts-de-France", CRESS_A)
# a copy of the 15th in the ICS, time only and « Matinale #2 »
f.in_calendar("matinale-15", "matinale-2@cress-hdf", "DTSTART:20221115T073000Z", "DTEND:20221115T090000Z",
              "SUMMARY:Matinale #2 : financer son projet", "LOCATION:CRESS HDF\\, Lille")
# cafés ESS, same title each week, another venue, the sheet dates them
cafes = {9: "Café ESS #1", 16: "Café ESS #2", 23: "Café ESS #3"}
for n, (day, title) in enumerate(cafes.items()):
    f.on_platform(f"cafe-{day}", 10 + n, title, at(day, "12:30"), at(day, "14:00"), "CRESS Hauts-de-France",
                  P("Le Cerisier", "3 rue Dupuytren", "59000", "Lille"))
f.in_calendar({"2022-11-09": "cafe-9", "2022-11-16": "cafe-16", "2022-11-23": "cafe-23"}, "cafe-ess@cress-hdf",
              "DTSTART;TZID=Europe/Paris:20221109T123000", "DTEND;TZID=Europe/Paris:20221109T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
              "SUMMARY:Café ESS", "LOCATION:Le Cerisier\\, 3 rue Dupuytren\\, Lille")
# the closing event, and the same day a partner's event at the CRESS
f.on_platform("cloture", 20, "Soirée de clôture du Mois de l'ESS", at(30, "18:00"), at(30, "22:00"), "CRESS Hauts-de-France",
              P("Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"))
f.on_agenda("cloture", 8020, "Clôture du Mois de l'ESS 2022 – soirée festive", [(at(30, "18:00"), at(30, "23:00"))], "CRESS HDF",
            A("Gare Saint Sauveur", "17 bd J.-B. Lebas", "59000", "Lille"))
f.on_platform("partner-30", 21, "Atelier : monter une SCIC", at(30, "14:00"), at(30, "17:00"), "URSCOP Hauts-de-France",
              P("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille"))
f.in_calendar("partner-30", "scic-1130@urscop", "DTSTART;TZID=Europe/Paris:20221130T140000", "DTEND;TZID=Europe/Paris:20221130T170000",
              "SUMMARY:Monter une Scic (atelier)", "LOCATION:CRESS HDF")

f.in_form([
    ("matinale-8", row("HDF-01", "CRESS HDF", "Matinale commande publique responsable", "08/11/2022", "8h30-10h", "CRESS", "4 rue des Jardins", "59000", "Lille")),
    ("matinale-22", row("HDF-02", "CRESS HDF", "Matinale emploi des jeunes", "22/11/2022", "8h30", "CRESS", "", "59000", "Lille")),
    ("cafe-16", row("HDF-03", "CRESS HDF", "Café ESS", "16/11/2022", "12h30-14h", "Le Cerisier", "", "59000", "Lille")),
    ("cafe-23", row("HDF-04", "CRESS HDF", "Café ESS", "23/11/2022", "", "Le Cerisier", "", "59000", "Lille")),
    ("cloture", row("HDF-05", "CRESS HDF", "Soirée de clôture", "30/11/2022", "18h", "Gare St Sauveur", "", "59000", "Lille")),
])

if __name__ == "__main__":
    run(f)
