"""Lead's blind set (8 Dec 2026): Île-de-France, calendars' habits: Outlook zone names, floating times, sites writing
local time with a Z, DURATION instead of DTEND, all-day copies of timed events, weekly RRULE sessions; Paris
arrondissements written « Paris 11 », « 75011 », « Paris XIe »."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = ""  # no X-WR-TIMEZONE: floating times are the reader's default zone
# 1: Outlook « Romance Standard Time »
f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 11e arrondissement",
              P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
f.in_calendar("forum-11", "040000008200E00074C5B7101A82E008000000001@outlook", "DTSTART;TZID=Romance Standard Time:20221119T100000",
              "DTEND;TZID=Romance Standard Time:20221119T180000", "SUMMARY:Forum ESS Paris 11", "LOCATION:Mairie du XIe\\, Paris")
# 2: a site writing Paris time with a Z, DURATION
f.on_platform("atelier-montreuil", 2, "Atelier zéro déchet : fabriquer ses produits ménagers", at(16, "18:30"), at(16, "20:30"),
              "Zero Waste Montreuil", P("La Maison Montreuilloise", "1 place Jean Jaurès", "93100", "Montreuil"))
f.in_calendar("atelier-montreuil", "zw-1116@zwm", "DTSTART:20221116T183000Z", "DURATION:PT2H",
              "SUMMARY:Atelier produits ménagers zéro déchet", "LOCATION:Maison Montreuilloise")
f.on_agenda("atelier-montreuil", 7002, "Fabriquer ses produits ménagers (atelier zéro déchet)", [("2022-11-16T17:30:00Z", "2022-11-16T19:30:00Z")],
            "Zero Waste Montreuil", A("La Maison Montreuilloise", "1 place Jean-Jaurès", "93100", "Montreuil"))
# 3: floating times (no zone at all), venue only
f.on_platform("cine-saint-ouen", 3, "Ciné-débat : « Debout les femmes ! »", at(24, "20:00"), at(24, "22:30"), "Cinéma Le Méliès",
              P("Espace 1789", "2/4 rue Alexandre Bachelet", "93400", "Saint-Ouen-sur-Seine"))
f.in_calendar("cine-saint-ouen", "debout-1124@1789", "DTSTART:20221124T200000", "DTEND:20221124T223000",
              "SUMMARY:Debout les femmes ! + débat", "LOCATION:Espace 1789")
# 4: all-day copy of a timed event in the ICS
f.on_platform("marche-vincennes", 4, "Marché de créateurs solidaires", at(26, "10:00"), at(26, "19:00"), "Vincennes Solidaire",
              P("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes"))
f.in_calendar("marche-vincennes", "marche-1126@vincennes", "DTSTART;VALUE=DATE:20221126", "SUMMARY:Marché des créateurs solidaires",
              "LOCATION:Coeur de Ville\\, 98 rue de Fontenay\\, 94300 Vincennes")
f.on_agenda("marche-vincennes", 7004, "Marché de créateurs", [(at(26, "10:00"), at(26, "19:00"))], "Vincennes Solidaire",
            A("Coeur de Ville", "98 rue de Fontenay", "94300", "Vincennes"))
# 5: weekly sessions, one RRULE, the platform lists each Tuesday
sessions = {"2022-11-08": "perm-8", "2022-11-15": "perm-15", "2022-11-22": "perm-22", "2022-11-29": "perm-29"}
for n, (day, ev) in enumerate(sessions.items()):
    f.on_platform(ev, 10 + n, "Permanence d'accès aux droits", f"{day}T14:00:00+01:00", f"{day}T17:00:00+01:00", "Point d'accès au droit Paris 20",
                  P("Point d'accès au droit", "15 cité Champagne", "75020", "Paris"))
f.in_calendar({d: e for d, e in sessions.items()}, "perm-pad20@pad", "DTSTART;TZID=Europe/Paris:20221108T140000",
              "DTEND;TZID=Europe/Paris:20221108T170000", "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Permanence accès aux droits",
              "LOCATION:PAD 20\\, 15 cité Champagne\\, 75020 Paris")
# 6 / 7: hard negatives: two conferences at 19:00 in Paris 11e and Paris 12e, same title
f.on_platform("conf-11", 14, "Conférence : l'ESS et la ville", at(22, "19:00"), at(22, "21:00"), "Ateliers de Paris",
              P("Maison des métallos", "94 rue Jean-Pierre Timbaud", "75011", "Paris"))
f.on_agenda("conf-11", 7014, "L'ESS et la ville - conférence", [(at(22, "19:00"), at(22, "21:00"))], "Ateliers de Paris",
            A("Maison des Métallos", "94 rue J.-P. Timbaud", "75011", "Paris"))
f.on_platform("conf-12", 15, "Conférence : l'ESS et la ville", at(22, "19:00"), at(22, "21:00"), "Mairie du 12e",
              P("Mairie du 12e", "130 avenue Daumesnil", "75012", "Paris"))
# 8: Boulogne, « Boulogne-Billancourt » vs « Boulogne », organiser acronym
f.on_platform("boulogne", 16, "Soirée des entrepreneurs sociaux", at(17, "18:30"), at(17, "21:00"), "Réseau Entreprendre Hauts-de-Seine",
              P("Espace Landowski", "28 avenue André Morizet", "92100", "Boulogne-Billancourt"))
f.in_calendar("boulogne", "soiree-es-1117@re92", "DTSTART;TZID=Europe/Paris:20221117T183000", "SUMMARY:Soirée entrepreneurs sociaux (RE 92)",
              "LOCATION:Espace Landowski\\, Boulogne")

f.in_form([
    ("forum-11", row("IDF-01", "Mairie 11e", "Forum ESS 11e", "19/11/2022", "10h-18h", "Mairie", "12 pl. Léon Blum", "75011", "Paris 11")),
    ("cine-saint-ouen", row("IDF-02", "Méliès", "Debout les femmes - ciné débat", "24/11/2022", "20h", "Espace 1789", "", "93400", "Saint-Ouen")),
    ("conf-12", row("IDF-03", "Mairie du 12ème", "Conférence ESS et ville", "22/11/2022", "19h", "Mairie du XIIe", "", "75012", "PARIS")),
    ("perm-15", row("IDF-04", "PAD 20", "Permanence accès au droit", "15/11/2022", "14h-17h", "", "15 cité Champagne", "75020", "Paris")),
])

if __name__ == "__main__":
    run(f)
