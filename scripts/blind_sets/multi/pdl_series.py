"""Blind set 2 (blind-multi, issue 15): Pays de la Loire, series and recurrences: « tous les mardis de novembre », ICS
RRULEs (floating, UTC, BYDAY, an overridden session), one spreadsheet row per session, OpenAgenda records with several
timings. Convention of the harness (its velo case): a listing that stands for a whole series (OpenAgenda timings, one
platform or sheet listing naming the series) is its first session. Hard negatives: two sessions of one series the same
day (morning / afternoon), the same title at two venues of one town at the same hour, the sessions on several days."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Nantes: vélo repair « tous les mardis de novembre » 18h-20h (8, 15, 22, 29)
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (8, 15, 22, 29)}
f.on_platform("velo-8", 201, "Atelier d'autoréparation vélo - tous les mardis de novembre", at(8, "18:00"), at(8, "20:00"),
              "Vélocampus Nantes", P("Vélocampus", "2 chemin de la Censive du Tertre", "44300", "Nantes"))
f.on_agenda("velo-8", 8201, "Autoréparation vélo (tous les mardis)", [(at(d, "18:00"), at(d, "20:00")) for d in (8, 15, 22, 29)],
            "Vélocampus", A("Vélocampus - Campus Tertre", "2 chemin de la Censive du Tertre", "44300", "Nantes", insee="44109"))
f.in_calendar(VELO, "velo-mardis@velocampus", "DTSTART:20221108T180000", "DTEND:20221108T200000",
              "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20221129T235959Z", "SUMMARY:Atelier vélo du mardi", "LOCATION:Vélocampus")

# 2 Angers: Saturday café-compost 10h-12h, each session on the platform, ICS RRULE in UTC, agenda timings
COMPOST = {f"2022-11-{d:02d}": f"compost-{d}" for d in (5, 12, 19, 26)}
for d in (5, 12, 19, 26):
    f.on_platform(f"compost-{d}", 200 + d, "Café compost", at(d, "10:00"), at(d, "12:00"), "Angers Compost",
                  P("Jardin partagé de la Roseraie", "Rue Jean Vilar", "49000", "Angers"))
f.in_calendar(COMPOST, "cafe-compost@angerscompost", "DTSTART:20221105T090000Z", "DTEND:20221105T110000Z",
              "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Café-compost du samedi", "LOCATION:Jardin de la Roseraie\\, Angers")
f.on_agenda("compost-5", 8205, "Café compost : on composte ensemble !", [(at(d, "10:00"), at(d, "12:00")) for d in (5, 12, 19, 26)],
            "Association Angers Compost", A("Jardin partagé de la Roseraie", "Rue Jean Vilar", "49000", "Angers"))

# 3 Le Mans: Fresque du Climat, morning and afternoon sessions the same day
f.on_platform("fresque-am", 207, "La Fresque du Climat (matin)", at(17, "09:30"), at(17, "12:30"), "Le Mans en Transition",
              P("Maison des citoyens", "1 rue Gambetta", "72000", "Le Mans"))
f.on_platform("fresque-pm", 208, "La Fresque du Climat (après-midi)", at(17, "14:00"), at(17, "17:00"), "Le Mans en Transition",
              P("Maison des citoyens", "1 rue Gambetta", "72000", "Le Mans"))
f.on_agenda("fresque-am", 8207, "Atelier Fresque du Climat", [(at(17, "09:30"), at(17, "12:30")), (at(17, "14:00"), at(17, "17:00"))],
            "Le Mans en Transition", A("Maison des Citoyens", "1 rue Gambetta", "72000", "Le Mans"))
f.in_calendar("fresque-am", "fresque-17-matin@lmet", "DTSTART;TZID=Europe/Paris:20221117T093000",
              "DTEND;TZID=Europe/Paris:20221117T123000", "SUMMARY:Fresque du Climat", "LOCATION:Maison des citoyens\\, Le Mans")
f.in_calendar("fresque-pm", "fresque-17-aprem@lmet", "DTSTART;TZID=Europe/Paris:20221117T140000",
              "DTEND;TZID=Europe/Paris:20221117T170000", "SUMMARY:Fresque du Climat", "LOCATION:Maison des citoyens\\, Le Mans")

# 4 Saint-Nazaire: couture solidaire, same organiser, same title, same hour, two maisons de quartier
f.on_platform("couture-mean", 209, "Atelier couture solidaire", at(16, "14:00"), at(16, "17:00"), "Les Petites Mains Nazairiennes",
              P("Maison de quartier de Méan-Penhoët", "2 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
f.on_agenda("couture-mean", 8209, "Atelier couture solidaire", [(at(16, "14:00"), at(16, "17:00"))], "Les Petites Mains Nazairiennes",
            A("Maison de quartier Méan-Penhoët", "2 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
f.on_agenda("couture-immac", 8210, "Atelier couture solidaire", [(at(16, "14:00"), at(16, "17:00"))], "Les Petites Mains Nazairiennes",
            A("Maison de quartier de l'Immaculée", "Place Pierre Mendès France", "44600", "Saint-Nazaire"))
f.in_calendar("couture-immac", "couture-immaculee@pmn", "DTSTART;TZID=Europe/Paris:20221116T140000",
              "DTEND;TZID=Europe/Paris:20221116T170000", "SUMMARY:Atelier couture", "LOCATION:MQ de l'Immaculée")

# 5 Cholet: Ciné-ESS, three Thursdays, a different film each week
CINE = {"2022-11-10": "cine-10", "2022-11-17": "cine-17", "2022-11-24": "cine-24"}
f.on_platform("cine-10", 231, "Ciné-ESS : « Demain »", at(10, "20:30"), at(10, "22:30"), "Cinéma Le Cinémovida", P("Cinémovida", "2 rue Travot", "49300", "Cholet"))
f.on_platform("cine-17", 232, "Ciné-ESS : « Après demain »", at(17, "20:30"), at(17, "22:30"), "Cinéma Le Cinémovida", P("Cinémovida", "2 rue Travot", "49300", "Cholet"))
f.on_platform("cine-24", 233, "Ciné-ESS : « Les Liberterres »", at(24, "20:30"), at(24, "22:30"), "Cinéma Le Cinémovida", P("Cinémovida", "2 rue Travot", "49300", "Cholet"))
f.on_agenda("cine-10", 8211, "Cycle Ciné-ESS au Cinémovida", [(at(d, "20:30"), at(d, "22:30")) for d in (10, 17, 24)], "Cinémovida Cholet",
            A("Cinémovida", "2 rue Travot", "49300", "Cholet"))
f.in_calendar(CINE, "cycle-cine-ess@ess49", "DTSTART;TZID=Europe/Paris:20221110T203000", "DTEND;TZID=Europe/Paris:20221110T223000",
              "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3", "SUMMARY:Ciné-ESS (cycle)", "LOCATION:Cinémovida\\, Cholet")

# 6 Laval: Monday legal helpdesk 14h-17h, the 21st moved to Tuesday 22nd (RECURRENCE-ID override)
PERM = {"2022-11-07": "perm-7", "2022-11-14": "perm-14", "2022-11-22": "perm-21", "2022-11-28": "perm-28"}
f.in_calendar(PERM, "permanence-asso@mda53", "DTSTART;TZID=Europe/Paris:20221107T140000", "DTEND;TZID=Europe/Paris:20221107T170000",
              "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4", "SUMMARY:Permanence juridique des associations", "LOCATION:Maison des associations\\, Laval")
f.same_uid("permanence-asso@mda53", "RECURRENCE-ID;TZID=Europe/Paris:20221121T140000", "DTSTART;TZID=Europe/Paris:20221122T140000",
           "DTEND;TZID=Europe/Paris:20221122T170000", "SUMMARY:Permanence juridique des associations (exceptionnellement mardi)",
           "LOCATION:Maison des associations\\, Laval")
f.on_agenda("perm-7", 8214, "Permanence juridique pour les associations", [(at(7, "14:00"), at(7, "17:00")), (at(14, "14:00"), at(14, "17:00")),
            (at(22, "14:00"), at(22, "17:00")), (at(28, "14:00"), at(28, "17:00"))], "Maison des associations de Laval",
            A("Maison des associations", "17 rue de Rastatt", "53000", "Laval"))
f.on_platform("perm-14", 214, "Permanence juridique associations", at(14, "14:00"), at(14, "17:00"), "Maison des Associations de Laval",
              P("Maison des associations", "17 rue de Rastatt", "53000", "Laval"))

# 7 Angers: ressourcerie visit twice (Wed 9 and Wed 23)
f.on_platform("visite-9", 215, "Visite de la Ressourcerie des Biscottes", at(9, "14:00"), at(9, "15:30"), "La Ressourcerie des Biscottes",
              P("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
f.on_platform("visite-23", 216, "Visite de la Ressourcerie des Biscottes", at(23, "14:00"), at(23, "15:30"), "La Ressourcerie des Biscottes",
              P("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
f.on_agenda("visite-9", 8215, "Visitez la ressourcerie !", [(at(9, "14:00"), at(9, "15:30")), (at(23, "14:00"), at(23, "15:30"))],
            "Ressourcerie des Biscottes", A("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))

f.in_form([
    ("velo-8", row("PDL-01", "Vélocampus", "Atelier vélo", "mardi 8 novembre", "18h-20h", "Vélocampus", "2 ch. de la Censive du Tertre", "44300", "Nantes")),
    ("velo-15", row("PDL-02", "Vélocampus", "Atelier vélo", "mardi 15 novembre", "18h-20h", "Vélocampus", "2 ch. de la Censive du Tertre", "44300", "Nantes")),
    ("velo-22", row("PDL-03", "Vélocampus", "Atelier vélo", "mardi 22 novembre", "18h-20h", "Vélocampus", "2 ch. de la Censive du Tertre", "44300", "Nantes")),
    ("velo-29", row("PDL-04", "Vélocampus", "Atelier vélo", "mardi 29 novembre", "18h-20h", "Vélocampus", "2 ch. de la Censive du Tertre", "44300", "Nantes")),
    ("fresque-am", row("PDL-05", "LMET", "Fresque du climat", "17/11/2022", "matin", "Maison des citoyens", "1 r. Gambetta", "72000", "Le Mans")),
    ("fresque-pm", row("PDL-06", "LMET", "Fresque du climat", "17/11/2022", "après-midi", "Maison des citoyens", "1 r. Gambetta", "72000", "Le Mans")),
    ("couture-mean", row("PDL-07", "Petites Mains Nazairiennes", "Couture solidaire", "16/11/2022", "14h-17h", "MQ Méan-Penhoët", "", "44600", "St-Nazaire")),
    ("couture-immac", row("PDL-08", "Petites Mains Nazairiennes", "Couture solidaire", "16/11/2022", "14h-17h", "MQ Immaculée", "", "44600", "St-Nazaire")),
    ("cine-10", row("PDL-09", "Cinémovida", "Cycle ciné-ESS (3 jeudis)", "10/11/2022", "20h30", "Cinémovida", "2 rue Travot", "49300", "Cholet")),
    ("perm-7", row("PDL-10", "MDA Laval", "Permanence juridique assos", "07/11/2022", "14h-17h", "MDA", "17 r. de Rastatt", "53000", "Laval")),
    ("visite-9", row("PDL-11", "Ressourcerie des Biscottes", "Visite ressourcerie", "09/11/2022", "14h", "Les Biscottes", "", "49100", "Angers")),
    ("visite-23", row("PDL-12", "Ressourcerie des Biscottes", "Visite ressourcerie", "23/11/2022", "14h", "Les Biscottes", "", "49100", "Angers")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
