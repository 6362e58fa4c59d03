"""Ninth blind set (lead): Provence-Alpes-Côte d'Azur, sessions: weekly series, two sessions a day, a date-only copy."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Marseille: a compost workshop every Saturday (RRULE), the platform listing the second
MAR = P("Jardin de la Friche", "41 rue Jobin", "13003", "Marseille")
f.in_calendar({"2022-11-05": "compost-1", "2022-11-12": "compost-2", "2022-11-19": "compost-3", "2022-11-26": "compost-4"},
              "compost@paca", "DTSTART;TZID=Europe/Paris:20221105T100000", "DTEND;TZID=Europe/Paris:20221105T120000",
              "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Atelier compost", "LOCATION:Jardin de la Friche\\, Marseille")
f.on_platform("compost-2", 1, "Atelier compostage au jardin", at(12, "10:00"), at(12, "12:00"), "Compost'Marseille", MAR)
# 2 Nice: a visit twice the same day (10h and 15h), the sheet listing the second
NICE = P("Recyclerie Nice Côte d'Azur", "12 boulevard Gorbella", "06100", "Nice")
f.on_platform("visite-nice-10", 2, "Visite de la recyclerie", at(16, "10:00"), at(16, "11:00"), "Recyclerie Nice Côte d'Azur", NICE)
f.on_platform("visite-nice-15", 3, "Visite de la recyclerie", at(16, "15:00"), at(16, "16:00"), "Recyclerie Nice Côte d'Azur", NICE)
# 4 Avignon: a two-day forum, agenda two timings, platform range, sheet date of day 1
f.on_platform("forum-avignon", 4, "Forum régional de l'ESS", at(24, "09:00"), at(25, "17:00"), "CRESS Sud",
              P("Parc des expositions", "Chemin des Félons", "84000", "Avignon"))
f.on_agenda("forum-avignon", 9004, "Forum régional ESS 2022", [(at(24, "09:00"), at(24, "17:00")), (at(25, "09:00"), at(25, "17:00"))],
            "CRESS Provence-Alpes-Côte d'Azur", A("Parc des Expositions d'Avignon", "Chemin des Félons", "84000", "Avignon"))
# 5 Toulon: ciné-débat, ICS in UTC correctly, title typo
f.on_platform("cine-toulon", 5, "Ciné-débat « Sur le fil »", at(18, "20:30"), at(18, "23:00"), "Cinéma Le Royal",
              P("Cinéma Le Royal", "2 rue du Docteur Jean Bertholet", "83000", "Toulon"))
f.in_calendar("cine-toulon", "cine@paca", "DTSTART:20221118T193000Z", "DTEND:20221118T220000Z", "SUMMARY:Cine-débat Sur le fill",
              "LOCATION:Le Royal\\, Toulon")
# 6 Aix-en-Provence: two events at the Cité du Livre the same afternoon (hard negative)
AIX = P("Cité du Livre", "8-10 rue des Allumettes", "13090", "Aix-en-Provence")
f.on_platform("conf-aix", 6, "Conférence : l'économie circulaire en Provence", at(19, "14:00"), at(19, "16:00"), "Aix en Transition", AIX)
f.on_platform("atelier-aix", 7, "Atelier d'écriture solidaire", at(19, "14:00"), at(19, "16:00"), "Les Écrits du Sud", AIX)
f.in_calendar("conf-aix", "conf@paca", "DTSTART;TZID=Europe/Paris:20221119T140000", "SUMMARY:Économie circulaire en Provence (conférence)",
              "LOCATION:Cité du Livre\\, Aix")
# 8 Gap: market, date-only sheet; platform 9-13
f.on_platform("marche-gap", 8, "Marché paysan et solidaire", at(26, "09:00"), at(26, "13:00"), "Confédération paysanne des Hautes-Alpes",
              P("Place Jean Marcellin", "", "05000", "Gap"))
# 9 Digne: webinaire online, sheet « Zoom »
f.on_platform("w-digne", 9, "Webinaire : créer un tiers-lieu rural", at(23, "18:00"), at(23, "19:30"), "Tiers-lieux Sud", ONLINE,
              modality="En ligne", url="https://zoom.us/j/85555555555")
# 10 Arles: exhibition every day 14-30, agenda one timing per week-day? (one record), sheet start date
f.on_platform("expo-arles", 10, "Exposition « Les coopératives en Camargue »", at(14, "10:00"), at(30, "18:00"), "Musée de la Camargue",
              P("Musée de la Camargue", "Mas du Pont de Rousty", "13200", "Arles"))

f.in_form([
    ("visite-nice-15", row("PACA-01", "Recyclerie NCA", "Visite recyclerie (après-midi)", "16/11/2022", "15h", "Recyclerie", "12 bd Gorbella", "06100", "Nice")),
    ("forum-avignon", row("PACA-02", "CRESS Sud", "Forum régional de l'ESS", "24/11/2022", "", "Parc Expo", "", "", "Avignon")),
    ("marche-gap", row("PACA-03", "Conf' 05", "Marché paysan", "26/11/2022", "", "Pl. Jean Marcellin", "", "", "GAP")),
    ("w-digne", row("PACA-04", "Tiers-Lieux Sud", "Créer un tiers lieu rural (webinaire)", "23/11/2022", "18h", "Zoom", fmt="En ligne")),
    ("expo-arles", row("PACA-05", "Musée de la Camargue", "Expo Les coopératives en Camargue", "14/11/2022", "", "Musée de la Camargue", "", "", "Arles")),
    ("compost-3", row("PACA-06", "Compost'Marseille", "Atelier compost", "19/11/2022", "10h-12h", "Jardin de la Friche", "41 rue Jobin", "13003", "Marseille")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
