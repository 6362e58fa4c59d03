"""Blind set dense_est-2 (helper, 7 Dec 2026): Bourgogne-Franche-Comté, DENSE, written before reading the merge rules.
74 real events of November 2022 in Dijon (Grésilles, Fontaine d'Ouche, Montmuzard campus, « Dijon Cedex ») and
Chenôve (« Chenove »), Quetigny, Talant; Besançon (Planoise, Battant, the Bouloie campus, « Besac »), Belfort,
Montbéliard, Chalon-sur-Saône (« Chalon s/ Saône »), Mâcon, Auxerre, Nevers, Lons-le-Saunier, Dole, villages of the
Morvan (Saint-Brisson, Autun) and the Jura (Plasne, Foncine-le-Haut),
Vesoul, Gray, Pontarlier, Sens and Louhans. Four sources: the national platform's JSON, CRESS
BFC's OpenAgenda (insee, attendanceMode 2 with onlineAccessLink, two timings of a two-day market), the Réseau des
tiers-lieux BFC's iCalendar (UTC « Z », TZID, floating, VALUE=DATE, RRULE weekly sessions, one VEVENT per day, LOCATION
the venue, the quarter or the town alone, URL / CONFERENCE / DESCRIPTION links, ORGANIZER), CRESS BFC's own workbook
(XLSX: Excel dates, Excel times or « 14h », start time missing, the end date of a span, « Visio » as the place).
Hard negatives: repair cafés in Grésilles and Fontaine d'Ouche the same afternoon (Chenôve and Dole that day too),
in Planoise and Battant the same afternoon (and Montbéliard), Fresques du Climat in Dijon, Besançon and Montbéliard the
same evening and Quetigny that afternoon, one film in Dijon, Besançon and Nevers the same evening, three webinars the
same morning and two the same lunchtime, two job datings the same morning, two forums of employment the same morning,
two events on the Montmuzard campus and on the Bouloie campus the same day, a round table inside Besançon's forum and a
workshop inside Auxerre's, a conference inside Lons's two-day market, morning and afternoon sessions of a training,
the Morvan park's day and visit, weekly sessions of a CAE meeting, of Battant's market and of a volunteers' training."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import timedelta
from south import *

sources("cress-bfc-openagenda", "tiers-lieux-bfc-ical", "cress-bfc-tableur")


def _ts(d, hm): return f"202211{d:02d}T{hm.replace(':', '')}00"
def S(d, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(d, hm)}"
def E(d, hm): return f"DTEND;TZID=Europe/Paris:{_ts(d, hm)}"
def _utc(d, hm): return (datetime(2022, 11, d, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(d, hm): return f"DTSTART:{_utc(d, hm)}"
def EZ(d, hm): return f"DTEND:{_utc(d, hm)}"
def SF(d, hm): return f"DTSTART:{_ts(d, hm)}"
def EF(d, hm): return f"DTEND:{_ts(d, hm)}"
def SD(d): return f"DTSTART;VALUE=DATE:202211{d:02d}"
def ED(d): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, d) + timedelta(days=1)).strftime("%Y%m%d")  # `d` the last day
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"
def OA(text): return {"fr": text}


DIJON, BESAC, CHENOVE, QUETIGNY, BELFORT, MONTBE = "21231", "25056", "21166", "21515", "90010", "25388"
ZOOM_FABFC = "https://us02web.zoom.us/j/86677889900?pwd=RkFCRkNmaW5hbmNlcg"
TEAMS_CRESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q1JFU1NCRkNtYXJjaGVz@thread.v2/0"
ZOOM_URSCOP = "https://us06web.zoom.us/j/84433221100"
JITSI_LMA = "https://meet.jit.si/LMA-BFC-mecenat-competences"
ZOOM_SCIC = "https://us02web.zoom.us/j/81212343456"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau des tiers-lieux BFC\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []

# ───────────────────────── Dijon and its metropole ─────────────────────────

# 1 regional launch at the Maison des associations of Dijon, four sources
MDA_DIJON = P("Maison des associations", "2 rue des Corroyeurs", "21000", "Dijon")
f.on_platform("lancement", 1, "Lancement du Mois de l'ESS en Bourgogne-Franche-Comté", at(3, "18:00"), at(3, "20:30"), "CRESS Bourgogne-Franche-Comté",
              MDA_DIJON, description="Soirée d'ouverture du Mois de l'ESS : programme régional, témoignages, buffet des producteurs locaux.")
f.on_agenda("lancement", 9001, "Mois de l'ESS 2022 : soirée de lancement régionale", [(at(3, "18:00"), at(3, "20:30"))], "CRESS BFC",
            A("Maison des Associations de Dijon", "2 rue des Corroyeurs", "21000", "Dijon", insee=DIJON, latitude=47.3127, longitude=5.0232))
f.in_calendar("lancement", "lancement-mois-ess-bfc@tierslieux-bfc.fr", SZ(3, "18:00"), EZ(3, "20:30"), SUM("Soirée de lancement du Mois de l'ESS"),
              LOC("Maison des associations, Dijon"))
rows.append(("lancement", book("BFC-001", "Chambre régionale de l'ESS BFC", "Lancement régional du Mois de l'ESS", day(3), None, clock(18), clock(20, 30),
                               "MDA Dijon", "2 rue des Corroyeurs", "21000", "Dijon")))

# 2-4 repair cafés on Saturday 19: Grésilles and Fontaine d'Ouche the same afternoon, Chenôve the morning
f.on_platform("rc-gresilles", 2, "Repair Café des Grésilles", at(19, "14:00"), at(19, "17:00"), "Repair Café Dijon",
              P("Centre social des Grésilles", "5 rue Castel", "21000", "Dijon"))
f.in_calendar("rc-gresilles", "rc-gresilles-1911@tierslieux-bfc.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair café"), LOC("Grésilles, Dijon"))
f.on_agenda("rc-fontaine", 9003, "Repair Café Fontaine d'Ouche", [(at(19, "14:00"), at(19, "17:30"))], "Maison-Phare",
            A("Maison-Phare", "2 allée de Grenoble", "21000", "Dijon", insee=DIJON))
rows.append(("rc-fontaine", book("BFC-002", "Maison Phare", "Repair café", day(19), None, "14h", "17h30", "Maison-Phare", "2 allée de Grenoble", "21000",
                                 "Dijon")))
rows.append(("rc-chenove", book("BFC-003", "Centre social Le Tremplin", "Repair Café Chenôve", day(19), None, "9h", "12h", "Centre social", "",
                                "21300", "Chenove")))

# 5-7 Fresques du Climat on Tuesday 22: Dijon, Besançon the same evening, Quetigny in the afternoon (Montbéliard below)
f.on_platform("fresque-dijon", 5, "La Fresque du Climat", at(22, "18:30"), at(22, "21:30"), "La Fresque du Climat",
              P("Latitude21", "33 rue de Montmuzard", "21000", "Dijon"))
f.on_agenda("fresque-dijon", 9005, "Atelier Fresque du Climat à Latitude21", [(at(22, "18:30"), at(22, "21:30"))], "Latitude21",
            A("Latitude 21 - Maison de l'architecture et de l'environnement", "33 rue de Montmuzard", "21000", "Dijon", insee=DIJON))
f.in_calendar("fresque-besac", "fresque-besancon-2211@tierslieux-bfc.fr", SZ(22, "18:30"), EZ(22, "21:30"), SUM("Fresque du Climat"),
              LOC("Médiathèque Pierre Bayle, Besançon"))
rows.append(("fresque-besac", book("BFC-004", "Fresque du Climat Besançon", "La Fresque du Climat", day(22), None, "18h30", "21h30",
                                   "Médiathèque Pierre-Bayle", "27 rue de la République", "25000", "Besançon")))
f.on_platform("fresque-quetigny", 7, "La Fresque du Climat", at(22, "14:00"), at(22, "17:00"), "La Fresque du Climat",
              P("Médiathèque de Quetigny", "2 rue des Vergers", "21800", "Quetigny"))

# 8-10 Thursday 17: the employment forum in Dijon, and two events on the Montmuzard campus
f.on_platform("forum-emploi-dijon", 8, "Forum de l'emploi dans l'ESS", at(17, "09:00"), at(17, "13:00"), "Dijon Métropole",
              P("Cellier de Clairvaux", "27 boulevard de la Trémouille", "21000", "Dijon"))
f.on_agenda("forum-emploi-dijon", 9008, "L'ESS recrute ! Forum emploi de Dijon Métropole", [(at(17, "09:00"), at(17, "13:00"))],
            "Dijon Métropole et Pôle emploi", A("Cellier de Clairvaux", "27 bd de la Trémouille", "21000", "Dijon", insee=DIJON))
rows.append(("forum-emploi-dijon", book("BFC-005", "Dijon Métropole", "Forum emploi ESS", day(17), None, clock(9), clock(13), "Cellier de Clairvaux", "",
                                        "21000", "Dijon")))
f.on_agenda("ub-conf", 9009, "Conférence : l'ESS, un débouché pour les jeunes diplômés ?", [(at(17, "14:00"), at(17, "16:00"))],
            "Université de Bourgogne", A("Maison de l'Université", "Esplanade Érasme", "21000", "Dijon", insee=DIJON))
f.in_calendar("ub-conf", "conf-ub-jeunes-diplomes@tierslieux-bfc.fr", S(17, "14:00"), E(17, "16:00"), SUM("L'ESS et les jeunes diplômés : conférence"),
              LOC("Campus Montmuzard, Dijon"))
rows.append(("ub-assos", book("BFC-006", "Université de Bourgogne - BVE", "Soirée des associations étudiantes", day(17), None, clock(18), clock(22),
                              "Atheneum", "Esplanade Erasme", "21000", "Dijon")))

# 11 producers' market in Talant (agenda alone)
f.on_agenda("marche-talant", 9011, "Marché des producteurs locaux", [(at(6, "09:00"), at(6, "13:00"))], "Ville de Talant",
            A("Esplanade de la mairie", "Place du Marché", "21240", "Talant", insee="21617"))

# 12 open doors of Envie, Quetigny
f.on_platform("envie-po", 12, "Portes ouvertes d'Envie Bourgogne", at(12, "10:00"), at(12, "17:00"), "Envie Bourgogne",
              P("Envie Bourgogne", "8 rue des Herbues", "21800", "Quetigny"))
rows.append(("envie-po", book("BFC-007", "ENVIE", "Portes ouvertes", day(12), None, None, None, "Envie", "8 rue des Herbues", "21800", "Quetigny",
                              "Visite des ateliers de rénovation d'électroménager, chantier d'insertion.")))

# 13 / 14 one film on Tuesday 15 evening in Dijon and Besançon (and Nevers, below)
f.on_platform("cine-dijon", 13, "Ciné-débat « Douce France »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Dijon",
              P("Cinéma Eldorado", "21 rue Alfred de Musset", "21000", "Dijon"))
f.in_calendar("cine-dijon", "cine-douce-france-dijon@tierslieux-bfc.fr", SZ(15, "20:00"), SUM("Projection Douce France + débat"), LOC("L'Eldorado"))
rows.append(("cine-dijon", book("BFC-008", "Alternatiba Dijon", "Ciné débat Douce France", day(15), None, "20h", None, "Eldorado", "", "21000", "Dijon")))
f.on_agenda("cine-besac", 9014, "Projection-débat : Douce France", [(at(15, "20:30"), at(15, "23:00"))], "Les Amis de la Terre Besançon",
            A("Cinéma Victor Hugo Lumière", "6 rue Gambetta", "25000", "Besançon", insee=BESAC))

# 15-17 three webinars on Thursday 10 in the morning
f.on_platform("web-fa", 15, "Webinaire : financer son projet ESS avec France Active", at(10, "10:00"), at(10, "11:30"),
              "France Active Bourgogne-Franche-Comté", ONLINE, modality="En ligne")
f.on_agenda("web-fa", 9015, "Les solutions de financement de France Active (webinaire)", [(at(10, "10:00"), at(10, "11:30"))],
            "France Active BFC", {}, mode=2, onlineAccessLink=ZOOM_FABFC)
f.in_calendar("web-fa", "webinaire-fa-1011@tierslieux-bfc.fr", SZ(10, "10:00"), EZ(10, "11:30"), SUM("Financer son projet : webinaire France Active"),
              f"URL:{ZOOM_FABFC}")
rows.append(("web-fa", book("BFC-009", "FA BFC", "Webinaire financement", day(10), None, clock(10), clock(11, 30), "En ligne", "", "", "")))
f.on_platform("web-cress", 16, "Webinaire : marchés publics et ESS, mode d'emploi", at(10, "10:00"), at(10, "11:00"), "CRESS Bourgogne-Franche-Comté",
              ONLINE, modality="En ligne")
rows.append(("web-cress", book("BFC-010", "CRESS BFC", "Marchés publics et ESS", day(10), None, clock(10), clock(11), "Visio", "", "", "",
                               f"Lien Teams : {TEAMS_CRESS}")))
f.in_calendar("web-urscop", "webinaire-reprise-scop@tierslieux-bfc.fr", S(10, "11:00"), E(10, "12:00"), SUM("Reprendre une entreprise en Scop"),
              f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{ZOOM_URSCOP}", ORG("URSCOP BFC", "bfc@scop.coop"))
f.on_agenda("web-urscop", 9017, "Webinaire : la reprise d'entreprise par les salariés", [(at(10, "11:00"), at(10, "12:00"))],
            "Union régionale des Scop et Scic de Bourgogne-Franche-Comté", {}, mode=2, onlineAccessLink=ZOOM_URSCOP)

# 18 afterwork on the Péniche Cancale, Thursday 24 (calendar alone)
f.in_calendar("afterwork-dijon", "afterwork-ess-dijon@tierslieux-bfc.fr", SF(24, "18:30"), EF(24, "21:00"), SUM("Afterwork ESS"),
              LOC("Péniche Cancale, Port du Canal, Dijon"))

# 19-22 the CAE's information meeting every Monday (7, 14, 21, 28): RRULE, the agenda one session, the workbook two
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (7, 14, 21, 28)}
f.in_calendar(CAE, "info-cae-coopactives@tierslieux-bfc.fr", S(7, "09:30"), E(7, "11:30"), "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4",
              SUM("Info collective : entreprendre en CAE"), LOC("Coop'Actives, 6 rue Jeannin, Dijon"))
f.on_agenda("cae-14", 9019, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi", [(at(14, "09:30"), at(14, "11:30"))],
            "Coop'Actives", A("Coop'Actives", "6 rue Jeannin", "21000", "Dijon", insee=DIJON))
rows.append(("cae-7", book("BFC-011", "Coop'Actives (CAE)", "Réunion d'info CAE", day(7), None, clock(9, 30), clock(11, 30), "", "6 rue Jeannin", "21000",
                           "Dijon")))
rows.append(("cae-28", book("BFC-012", "Coop'Actives (CAE)", "Réunion d'info CAE", day(28), None, clock(9, 30), clock(11, 30), "", "6 rue Jeannin",
                            "21000", "Dijon")))

# 23 / 24 a training on association accounts, morning and afternoon sessions on Saturday 12
MJC_GRE = P("MJC des Grésilles", "7 rue Castel", "21000", "Dijon")
f.on_platform("compta-matin", 23, "Formation : la comptabilité associative (session du matin)", at(12, "09:00"), at(12, "12:00"),
              "Maison des associations de Dijon", MJC_GRE)
f.on_platform("compta-aprem", 24, "Formation : la comptabilité associative (session de l'après-midi)", at(12, "14:00"), at(12, "17:00"),
              "Maison des associations de Dijon", MJC_GRE)
rows.append(("compta-matin", book("BFC-013", "MDA Dijon", "Formation compta asso", day(12), None, clock(9), clock(12), "MJC Grésilles", "", "21000",
                                  "Dijon")))
rows.append(("compta-aprem", book("BFC-014", "MDA Dijon", "Formation compta asso", day(12), None, clock(14), clock(17), "MJC Grésilles", "", "21000",
                                  "Dijon")))

# 25 job dating in Chenôve, Tuesday 29
f.on_platform("jobdating-chenove", 25, "Job dating : l'ESS recrute à Chenôve", at(29, "14:00"), at(29, "17:00"), "Ville de Chenôve",
              P("Le Cèdre", "9 esplanade de la République", "21300", "Chenôve"))
f.in_calendar("jobdating-chenove", "jobdating-chenove@tierslieux-bfc.fr", SZ(29, "14:00"), EZ(29, "17:00"), SUM("Job-dating ESS"), LOC("Chenove"))

# 26 creating an association, Maison des associations of Dijon, Monday 14
f.on_platform("creer-asso", 26, "Atelier : créer son association, les étapes clés", at(14, "18:00"), at(14, "20:00"), "Maison des associations de Dijon",
              MDA_DIJON)
f.in_calendar("creer-asso", "atelier-creer-asso@tierslieux-bfc.fr", S(14, "18:00"), E(14, "20:00"), SUM("Créer son asso"), LOC("MDA Dijon"))

# 27 France Active's breakfast and 28 the CRESS's prize ceremony, four sources
f.on_platform("pdj-fa", 27, "Petit-déjeuner des financeurs solidaires", at(24, "08:30"), at(24, "10:00"), "France Active Bourgogne-Franche-Comté",
              P("Hôtel de Région", "17 boulevard de la Trémouille", "21000", "Dijon"))
rows.append(("pdj-fa", book("BFC-015", "France Active BFC", "P'tit déj des financeurs solidaires", day(24), None, clock(8, 30), clock(10),
                            "Conseil régional", "17 bd de la Trémouille", "21035", "Dijon Cedex")))
f.on_platform("trophees", 28, "Remise des Trophées de l'ESS Bourgogne-Franche-Comté", at(30, "18:00"), at(30, "20:30"), "CRESS Bourgogne-Franche-Comté",
              P("Grand Kursaal", "2 place du Théâtre", "25000", "Besançon"))
f.on_agenda("trophees", 9028, "Trophées de l'économie sociale et solidaire 2022 : la cérémonie", [(at(30, "18:00"), at(30, "20:30"))], "CRESS BFC",
            A("Grand Kursaal", "2 place du Théâtre", "25000", "Besançon", insee=BESAC))
f.in_calendar("trophees", "trophees-ess-bfc@tierslieux-bfc.fr", S(30, "18:00"), E(30, "20:30"), SUM("Trophées ESS BFC 2022"), LOC("Kursaal, Besançon"))
rows.append(("trophees", book("BFC-016", "CRESS Bourgogne-Franche-Comté", "Trophées de l'ESS - remise des prix", day(30), None, "18h", None, "Kursaal",
                              "", "25000", "Besançon")))

# 29 / 30 two webinars on Tuesday 29 at lunchtime
f.on_agenda("web-mecenat", 9029, "Webinaire : le mécénat de compétences pour les associations", [(at(29, "12:30"), at(29, "13:30"))],
            "Le Mouvement associatif Bourgogne-Franche-Comté", {}, mode=2, onlineAccessLink=JITSI_LMA)
f.in_calendar("web-scic", "webinaire-scic-collectivites@tierslieux-bfc.fr", SZ(29, "12:30"), EZ(29, "13:30"), SUM("Les Scic et les collectivités (webinaire)"),
              DESC(f"Webinaire de l'URSCOP BFC. Connexion : {ZOOM_SCIC}"), "LOCATION:En ligne")

# 31 open house of the Quetigny habitat participatif (calendar alone)
f.in_calendar("habitat-quetigny", "habitat-participatif-quetigny@tierslieux-bfc.fr", SD(20), ED(20), SUM("Découverte de l'habitat participatif"),
              LOC("Quetigny"))

# ───────────────────────── Besançon ─────────────────────────

# 32 / 33 the forum of Besançon at the Kursaal on Saturday 26, and a round table inside it
KURSAAL = P("Grand Kursaal", "2 place du Théâtre", "25000", "Besançon")
f.on_platform("forum-besac", 32, "Forum de l'ESS bisontin", at(26, "10:00"), at(26, "18:00"), "Ville de Besançon", KURSAAL)
f.on_agenda("forum-besac", 9032, "Mois de l'ESS : le forum de Besançon", [(at(26, "10:00"), at(26, "18:00"))], "Ville de Besançon",
            A("Kursaal", "Place du Théâtre", "25000", "Besançon", insee=BESAC))
f.in_calendar("forum-besac", "forum-ess-besancon@tierslieux-bfc.fr", SD(26), ED(26), SUM("Forum ESS Besançon"), LOC("Kursaal"))
f.in_calendar("tr-habitat", "table-ronde-habitat-kursaal@tierslieux-bfc.fr", S(26, "15:00"), E(26, "16:30"), SUM("Table ronde : habiter autrement"),
              LOC("Grand Kursaal, Besançon"))
rows.append(("tr-habitat", book("BFC-017", "Habitat et Humanisme Doubs", "Table ronde habiter autrement", day(26), None, clock(15), clock(16, 30), "Kursaal",
                                "", "25000", "Besançon")))

# 34 / 35 repair cafés in Planoise and Battant on Saturday 26 afternoon
f.on_platform("rc-planoise", 34, "Repair Café Planoise", at(26, "14:00"), at(26, "17:00"), "Repair Café Besançon",
              P("Centre Nelson Mandela", "13 avenue de l'Île-de-France", "25000", "Besançon"))
rows.append(("rc-planoise", book("BFC-018", "Repair Café Besançon", "Repair café", day(26), None, "14h", "17h", "Centre Mandela", "", "25000", "Besac")))
f.on_agenda("rc-battant", 9035, "Repair café de Battant", [(at(26, "14:00"), at(26, "17:00"))], "Maison de quartier Battant",
            A("Maison de quartier de Battant", "2 rue de la Madeleine", "25000", "Besançon", insee=BESAC))
f.in_calendar("rc-battant", "rc-battant-2611@tierslieux-bfc.fr", SF(26, "14:00"), EF(26, "17:00"), SUM("Repair Café"), LOC("Battant, Besançon"))

# 36 / 37 the Bouloie campus on Wednesday 23: the internship forum, then an evening film
f.on_platform("stages-bouloie", 36, "Forum stages et emplois dans l'ESS", at(23, "13:00"), at(23, "17:00"), "Université de Franche-Comté",
              P("Campus de la Bouloie", "16 route de Gray", "25000", "Besançon"))
f.on_agenda("stages-bouloie", 9036, "Forum des stages ESS - UFC", [(at(23, "13:00"), at(23, "17:00"))], "Université de Franche-Comté",
            A("UFR Sciences et techniques", "16 route de Gray", "25030", "Besançon Cedex", insee=BESAC))
rows.append(("cine-bouloie", book("BFC-019", "BDE UFR STGI", "Ciné-débat étudiant : Nous la mangerons, c'est la moindre des choses", day(23), None,
                                  clock(18), None, "Campus Bouloie", "", "25000", "Besançon")))

# 38-41 the farmers' market of Battant every Saturday morning (5, 12, 19, 26): RRULE, the platform the 12th, the workbook the 19th
MARCHE = {f"2022-11-{d:02d}": f"marche-battant-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(MARCHE, "marche-battant-samedis@tierslieux-bfc.fr", SZ(5, "08:00"), EZ(5, "12:30"), "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4",
              SUM("Marché paysan et solidaire de Battant"), LOC("Place Bacchus, Besançon"))
f.on_platform("marche-battant-12", 38, "Marché paysan et solidaire", at(12, "08:00"), at(12, "12:30"), "Battant Solidaire",
              P("Place Bacchus", "", "25000", "Besançon"))
rows.append(("marche-battant-19", book("BFC-020", "Battant Solidaire", "Marché paysan Battant", day(19), None, "8h", "12h30", "Place Bacchus", "", "25000",
                                       "Besançon")))

# 42 / 43 two job datings on Tuesday 22 morning: Besançon and Belfort
f.on_platform("jobdating-besac", 42, "Job dating de l'ESS", at(22, "09:00"), at(22, "12:00"), "Pôle emploi Besançon",
              P("Maison de l'économie", "46 avenue Villarceau", "25000", "Besançon"))
rows.append(("jobdating-besac", book("BFC-021", "Pôle Emploi", "Job dating ESS Besançon", day(22), None, "matin", None, "Maison de l'économie",
                                     "46 av. Villarceau", "25000", "Besançon")))
f.on_agenda("jobdating-belfort", 9043, "Job dating : l'ESS recrute dans le Territoire de Belfort", [(at(22, "09:00"), at(22, "12:00"))],
            "Grand Belfort", A("Maison du peuple", "Place de la Résistance", "90000", "Belfort", insee=BELFORT))
f.in_calendar("jobdating-belfort", "jobdating-belfort@tierslieux-bfc.fr", S(22, "09:00"), E(22, "12:00"), SUM("Job dating ESS"), LOC("Belfort"))

# 44 La Pive, local currency, Tuesday 8
f.on_platform("pive", 44, "Conférence : la Pive, une monnaie locale pour la Franche-Comté", at(8, "19:00"), at(8, "21:00"), "La Pive",
              P("Maison de quartier Battant", "2 rue de la Madeleine", "25000", "Besançon"))
f.on_agenda("pive", 9044, "La Pive : pourquoi une monnaie locale ?", [(at(8, "19:00"), at(8, "21:00"))], "Association La Pive",
            A("MDQ Battant", "2 rue de la Madeleine", "25000", "Besançon", insee=BESAC))

# 45 employment forum in Planoise, Wednesday 16
f.on_agenda("forum-planoise", 9045, "Forum emploi et insertion de Planoise", [(at(16, "14:00"), at(16, "17:00"))], "Ville de Besançon",
            A("Centre Nelson Mandela", "13 av. de l'Île de France", "25000", "Besançon", insee=BESAC))
rows.append(("forum-planoise", book("BFC-022", "Ville de Besançon - Maison de quartier Planoise", "Forum emploi Planoise", day(16), None, "14h", "17h",
                                    "", "13 avenue de l'Ile de France", "25000", "Planoise")))

# ───────────────────────── Belfort, Montbéliard ─────────────────────────

# 46 the Ressourcerie's open day in Belfort (platform alone)
f.on_platform("ressourcerie-belfort", 46, "Portes ouvertes de la Ressourcerie", at(19, "10:00"), at(19, "17:00"), "La Ressourcerie du Territoire de Belfort",
              P("La Ressourcerie", "4 rue de Vesoul", "90000", "Belfort"))

# 47 Fresque du Climat in Montbéliard the evening of Tuesday 22 too
f.on_agenda("fresque-montbe", 9047, "Fresque du Climat - Pays de Montbéliard", [(at(22, "18:30"), at(22, "21:30"))], "Fresque du Climat Nord Franche-Comté",
            A("Pavillon des sciences", "Impasse de la Presqu'île", "25200", "Montbéliard", insee=MONTBE))
rows.append(("fresque-montbe", book("BFC-023", "La Fresque du Climat", "Fresque du Climat", day(22), None, "18h30", None, "Pavillon des Sciences", "",
                                    "25200", "Montbéliard")))

# 48 afterwork in Audincourt the same evening as Dijon's
f.on_platform("afterwork-montbe", 48, "Afterwork de l'ESS du Pays de Montbéliard", at(24, "18:30"), at(24, "20:30"), "Pays de Montbéliard Agglomération",
              P("Le Moloco", "21 rue de Seloncourt", "25400", "Audincourt"))
rows.append(("afterwork-montbe", book("BFC-024", "PMA", "Afterwork ESS", day(24), None, clock(18, 30), None, "Moloco", "", "25400", "Audincourt")))

# 49 repair café of Montbéliard on Saturday 26 (calendar alone)
f.in_calendar("rc-montbe", "rc-montbeliard-2611@tierslieux-bfc.fr", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café"), LOC("Montbéliard"),
              ORG("Repair Café Montbéliard", "repaircafe.montbe@example.org"))

# ───────────────────────── Saône-et-Loire ─────────────────────────

# 50 employment forum in Chalon on Thursday 17 morning, the same morning as Dijon's
f.in_calendar("forum-chalon", "forum-emploi-chalon@tierslieux-bfc.fr", S(17, "09:00"), E(17, "13:00"), SUM("Forum emploi de l'ESS"),
              LOC("Salle Marcel Sembat, Chalon s/ Saône"))
rows.append(("forum-chalon", book("BFC-025", "Le Grand Chalon", "Forum de l'emploi ESS", day(17), None, clock(9), clock(13), "Salle Marcel Sembat",
                                  "6 rue de l'Obélisque", "71100", "Chalon")))

# 51 conference on circular economy in Chalon, Tuesday 8
f.on_platform("circulaire-chalon", 51, "Conférence : l'économie circulaire au service du territoire", at(8, "18:30"), at(8, "20:30"), "Le Grand Chalon",
              P("Espace des Arts", "5 bis avenue Nicéphore Niépce", "71100", "Chalon-sur-Saône"))
f.on_agenda("circulaire-chalon", 9051, "Économie circulaire : conférence-débat", [(at(8, "18:30"), at(8, "20:30"))], "Grand Chalon",
            A("Espace des Arts", "5bis av. Nicéphore Niépce", "71100", "Chalon-sur-Saône", insee="71076"))

# 52 repair café in Mâcon, Saturday 26 morning
f.on_agenda("rc-macon", 9052, "Repair Café Mâcon", [(at(26, "09:00"), at(26, "12:00"))], "MJC Héritan",
            A("MJC Héritan", "24 rue de l'Héritan", "71000", "Mâcon", insee="71270"))
f.in_calendar("rc-macon", "rc-macon-2611@tierslieux-bfc.fr", SZ(26, "09:00"), EZ(26, "12:00"), SUM("Repair café de l'Héritan"), LOC("Mâcon"))

# 53 open afternoon of a Scic in Mâcon (platform alone)
f.on_platform("scic-macon", 53, "Portes ouvertes de la Scic Bourgogne Énergies Citoyennes", at(25, "14:00"), at(25, "18:00"),
              "Bourgogne Énergies Citoyennes", P("Bourgogne Énergies Citoyennes", "18 rue Lamartine", "71000", "Mâcon"))

# ───────────────────────── Yonne, Nièvre ─────────────────────────

# 54 / 55 forum of associations and the ESS in Auxerre, Saturday 19, and a Fresque des Nouveaux Récits inside it
f.on_platform("forum-auxerre", 54, "Forum des associations et de l'ESS de l'Auxerrois", at(19, "10:00"), at(19, "17:00"), "Ville d'Auxerre",
              P("Auxerrexpo", "Rue des Plaines de l'Yonne", "89000", "Auxerre"))
f.on_agenda("forum-auxerre", 9054, "Forum associations & ESS", [(at(19, "10:00"), at(19, "17:00"))], "Ville d'Auxerre",
            A("Auxerrexpo", "Rue des Plaines de l'Yonne", "89000", "Auxerre", insee="89024"))
rows.append(("forum-auxerre", book("BFC-026", "Mairie d'Auxerre", "Forum des associations", day(19), None, "10h", "17h", "Auxerrexpo", "", "89000",
                                   "Auxerre")))
f.in_calendar("recits-auxerre", "fresque-recits-auxerre@tierslieux-bfc.fr", S(19, "14:00"), E(19, "17:00"), SUM("Fresque des Nouveaux Récits"),
              LOC("Auxerrexpo, Auxerre"), ORG("Yonne en transition", "contact@yonne-transition.example"))

# 56 the film in Nevers the same evening as Dijon and Besançon (workbook alone)
rows.append(("cine-nevers", book("BFC-027", "Nevers en transition", "Ciné-débat Douce France", day(15), None, clock(20), None, "Cinéma Mazarin", "",
                                 "58000", "Nevers")))

# 57 meeting of the tiers-lieux of the Nièvre, Friday 18
f.on_platform("tierslieux-nievre", 57, "Rencontre des tiers-lieux de la Nièvre", at(18, "14:00"), at(18, "17:30"), "Réseau des tiers-lieux BFC",
              P("La Fabrique Émeraude", "5 rue Saint-Didier", "58000", "Nevers"))
f.in_calendar("tierslieux-nievre", "rencontre-tl-nievre@tierslieux-bfc.fr", SZ(18, "14:00"), EZ(18, "17:30"), SUM("Rencontre tiers-lieux 58"),
              LOC("Nevers"), ORG("Réseau des tiers-lieux BFC", "contact@tierslieux-bfc.fr"))

# 58 / 59 the volunteers' training in Nevers, Thursdays 10 and 17
f.on_platform("benevoles-10", 58, "Formation : accueillir et fidéliser ses bénévoles (1/2)", at(10, "18:00"), at(10, "20:00"), "France Bénévolat Nièvre",
              P("Maison des sports et des associations", "Rue Pierre de Coubertin", "58000", "Nevers"))
f.on_platform("benevoles-17", 59, "Formation : accueillir et fidéliser ses bénévoles (2/2)", at(17, "18:00"), at(17, "20:00"), "France Bénévolat Nièvre",
              P("Maison des sports et des associations", "Rue Pierre de Coubertin", "58000", "Nevers"))
rows.append(("benevoles-17", book("BFC-028", "France Bénévolat 58", "Fidéliser ses bénévoles", day(17), None, clock(18), clock(20), "", "", "58000",
                                  "Nevers")))

# ───────────────────────── Jura ─────────────────────────

# 60 / 61 the two-day market of solidarity crafts at Juraparc (12-13), and a conference inside it
f.on_platform("marche-lons", 60, "Marché des artisans solidaires du Jura", at(12, "10:00"), at(13, "18:00"), "Jura Nature Environnement",
              P("Juraparc", "Avenue Jean Moulin", "39000", "Lons-le-Saunier"))
f.in_calendar("marche-lons", "marche-artisans-lons-j1@tierslieux-bfc.fr", SD(12), ED(12), SUM("Marché des artisans solidaires - samedi"), LOC("Juraparc"))
f.in_calendar("marche-lons", "marche-artisans-lons-j2@tierslieux-bfc.fr", SD(13), ED(13), SUM("Marché des artisans solidaires - dimanche"), LOC("Juraparc"))
rows.append(("marche-lons", book("BFC-029", "JNE", "Marché artisans solidaires", day(12), day(13), clock(10), clock(18), "Juraparc", "", "39000",
                                 "Lons le Saunier")))
f.on_agenda("conf-lons", 9061, "Conférence : consommer local et solidaire", [(at(12, "15:00"), at(12, "16:30"))], "Jura Nature Environnement",
            A("Juraparc", "Avenue Jean Moulin", "39000", "Lons-le-Saunier", insee="39300"))

# 62 repair café of Dole on Saturday 19 afternoon, like Dijon's
f.on_platform("rc-dole", 62, "Repair Café de Dole", at(19, "14:00"), at(19, "17:00"), "Repair Café Dole",
              P("Maison des associations", "Place Barberousse", "39100", "Dole"))
rows.append(("rc-dole", book("BFC-030", "Repair Café Dole", "Repair café", day(19), None, "14h", None, "MDA", "place Barberousse", "39100", "Dôle")))

# 63 visit of the Comté cooperative of Plasne, Saturday 12
f.on_agenda("fruitiere", 9063, "Visite de la fruitière à Comté de Plasne", [(at(12, "10:00"), at(12, "12:00"))], "Fruitière de Plasne",
            A("Fruitière de Plasne", "Grande Rue", "39800", "Plasne", insee="39426"))
f.in_calendar("fruitiere", "visite-fruitiere-plasne@tierslieux-bfc.fr", SF(12, "10:00"), EF(12, "12:00"), SUM("Visite fruitière coopérative"),
              LOC("Plasne"))

# 64 cooperative grocery of Foncine-le-Haut (workbook alone, no time)
rows.append(("epicerie-foncine", book("BFC-031", "L'Épicerie du Haut", "Portes ouvertes de l'épicerie coopérative", day(26), None, None, None, "",
                                      "", "39460", "Foncine-le-Haut")))

# ───────────────────────── Morvan ─────────────────────────

# 65 / 66 the Morvan park on Friday 25: the day of the ESS at the Maison du Parc, and the visit of a wood-energy Scic
f.on_platform("morvan-journee", 65, "Journée de l'ESS en Morvan", at(25, "09:30"), at(25, "16:00"), "Parc naturel régional du Morvan",
              P("Maison du Parc", "Route de Saulieu", "58230", "Saint-Brisson"))
f.on_agenda("morvan-journee", 9065, "L'ESS en Morvan : journée d'échanges", [(at(25, "09:30"), at(25, "16:00"))], "PNR du Morvan",
            A("Maison du Parc du Morvan", "Route de Saulieu", "58230", "Saint-Brisson", insee="58235"))
f.in_calendar("morvan-journee", "journee-ess-morvan@tierslieux-bfc.fr", SD(25), ED(25), SUM("Journée ESS Morvan"), LOC("Saint-Brisson"))
rows.append(("morvan-scic", book("BFC-032", "PNR Morvan", "Visite Scic bois-énergie", day(25), None, clock(16, 30), None, "", "", "58230",
                                 "Saint-Brisson")))

# 67 repair café of Autun, Saturday 12 (calendar alone, all-day)
f.in_calendar("rc-autun", "rc-autun-1211@tierslieux-bfc.fr", SD(12), ED(12), SUM("Repair café d'Autun"), LOC("Autun"))

# 68 Chalon's repair café the same Saturday 19 afternoon (workbook alone)
rows.append(("rc-chalon", book("BFC-033", "Repair Café Chalonnais", "Repair café", day(19), None, "14h", "17h", "Maison de quartier du Stade", "",
                               "71100", "Chalon s/ Saône")))

# ───────────────────────── more copies of events above, and more events ─────────────────────────
rows.append(("rc-gresilles", book("BFC-034", "Repair Café Dijon", "Repair Café Grésilles", day(19), None, "14h", "17h", "Centre social des Grésilles",
                                  "5 rue Castel", "21000", "Dijon")))
f.in_calendar("fresque-dijon", "fresque-dijon-2211@tierslieux-bfc.fr", S(22, "18:30"), E(22, "21:30"), SUM("Fresque du climat à Latitude 21"),
              LOC("Latitude21, 33 rue de Montmuzard, Dijon"))
rows.append(("ub-conf", book("BFC-035", "uB", "Conférence ESS et jeunes diplômés", day(17), None, clock(14), clock(16), "Maison de l'Université",
                             "Esplanade Erasme", "21000", "Dijon")))
f.in_calendar("envie-po", "po-envie-quetigny@tierslieux-bfc.fr", SD(12), ED(12), SUM("Envie : portes ouvertes"), LOC("Quetigny"))
f.on_agenda("creer-asso", 9080, "Créer son association : atelier pratique", [(at(14, "18:00"), at(14, "20:00"))], "Maison des associations de Dijon",
            A("Maison des associations", "2 rue des Corroyeurs", "21000", "Dijon", insee=DIJON))
f.on_agenda("pdj-fa", 9081, "Petit déjeuner des financeurs de l'ESS", [(at(24, "08:30"), at(24, "10:00"))], "France Active BFC",
            A("Conseil régional de Bourgogne-Franche-Comté", "17 boulevard de la Trémouille", "21000", "Dijon", insee=DIJON))
rows.append(("jobdating-chenove", book("BFC-036", "Ville de Chenôve", "Job dating ESS", day(29), None, "14h", "17h", "Le Cèdre", "", "21300", "Chenôve")))
rows.append(("rc-battant", book("BFC-037", "MDQ Battant", "Repair Café", day(26), None, "14h", "17h", "Maison de quartier", "2 rue de la Madeleine",
                                "25000", "Besançon")))
f.in_calendar("stages-bouloie", "forum-stages-ufc@tierslieux-bfc.fr", SZ(23, "13:00"), EZ(23, "17:00"), SUM("Forum stages ESS"), LOC("La Bouloie, Besançon"))
rows.append(("pive", book("BFC-038", "La Pive", "Conférence monnaie locale", day(8), None, "19h", "21h", "Maison de quartier Battant", "", "25000",
                          "Besançon")))
f.in_calendar("fresque-montbe", "fresque-montbeliard-2211@tierslieux-bfc.fr", SZ(22, "18:30"), EZ(22, "21:30"), SUM("Fresque du Climat"),
              LOC("Pavillon des sciences, Montbéliard"))
rows.append(("circulaire-chalon", book("BFC-039", "Grand Chalon", "Conférence économie circulaire", day(8), None, clock(18, 30), None, "Espace des Arts",
                                       "", "71100", "Chalon-sur-Saône")))
rows.append(("rc-macon", book("BFC-040", "MJC Héritan", "Repair café", day(26), None, "9h", "12h", "MJC Héritan", "24 rue de l'Héritan", "71000",
                              "Macon")))
f.on_agenda("tierslieux-nievre", 9082, "Rencontre départementale des tiers-lieux nivernais", [(at(18, "14:00"), at(18, "17:30"))],
            "Réseau des tiers-lieux de Bourgogne-Franche-Comté", A("La Fabrique Émeraude", "5 rue Saint-Didier", "58000", "Nevers", insee="58194"))
rows.append(("fruitiere", book("BFC-041", "Fruitière de Plasne", "Visite de la fruitière", day(12), None, clock(10), None, "Fruitière", "", "39800",
                               "Plasne")))
f.on_agenda("marche-lons", 9083, "Marché des artisans solidaires", [(at(12, "10:00"), at(12, "18:00")), (at(13, "10:00"), at(13, "18:00"))],
            "Jura Nature Environnement", A("Juraparc", "Avenue Jean Moulin", "39000", "Lons-le-Saunier", insee="39300"))
rows.append(("forum-besac", book("BFC-042", "Ville de Besançon", "Forum ESS", day(26), None, clock(10), clock(18), "Grand Kursaal", "2 place du Théâtre",
                                 "25000", "Besançon")))
f.on_platform("cae-21", 66, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi", at(21, "09:30"), at(21, "11:30"),
              "Coop'Actives", P("Coop'Actives", "6 rue Jeannin", "21000", "Dijon"))
f.in_calendar("web-cress", "webinaire-marches-publics@tierslieux-bfc.fr", SZ(10, "10:00"), EZ(10, "11:00"), SUM("Marchés publics et ESS (webinaire CRESS)"),
              f"URL:{TEAMS_CRESS}")

# 69 Vesoul's forum (platform alone); 70 Sens's repair café on the 19th (calendar alone); 71 Pontarlier's conference (agenda alone)
f.on_platform("forum-vesoul", 69, "Forum de l'ESS de Haute-Saône", at(24, "14:00"), at(24, "18:00"), "Département de la Haute-Saône",
              P("Espace Villon", "Rue Édouard Belin", "70000", "Vesoul"))
f.in_calendar("rc-sens", "rc-sens-1911@tierslieux-bfc.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair Café"), LOC("Sens"))
f.on_agenda("conf-pontarlier", 9084, "Conférence : les circuits courts dans le Haut-Doubs", [(at(9, "20:00"), at(9, "22:00"))], "Haut-Doubs en transition",
            A("Théâtre Bernard Blier", "Rue Jeanne d'Arc", "25300", "Pontarlier", insee="25462"))
# 72 a walk in Dijon (workbook alone); 73 Louhans's market (platform alone); 74 Gray's Fresque du Climat on the 22nd (agenda alone)
rows.append(("balade-dijon", book("BFC-043", "Dijon en transition", "Balade urbaine : les lieux de l'ESS à Dijon", day(5), None, clock(10), clock(12),
                                  "Départ place de la Libération", "", "21000", "Dijon")))
f.on_platform("marche-louhans", 73, "Marché des producteurs de la Bresse", at(20, "09:00"), at(20, "13:00"), "Bresse Solidaire",
              P("Halle aux grains", "Place de la Charité", "71500", "Louhans"))
f.on_agenda("fresque-gray", 9085, "Atelier Fresque du Climat", [(at(22, "18:30"), at(22, "21:30"))], "Fresque du Climat Haute-Saône",
            A("Médiathèque de Gray", "Rue du Marché", "70100", "Gray", insee="70279"))

f.in_book(rows, title_row="Mois de l'ESS 2022 - programme Bourgogne-Franche-Comté (CRESS BFC)")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
