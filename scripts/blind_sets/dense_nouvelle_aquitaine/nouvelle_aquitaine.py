"""Blind set dense_nouvelle_aquitaine-1 (helper, Dec 2026): Nouvelle-Aquitaine, DENSE, written before reading the merge
rules. 157 real events of November 2022 (330 listings) in Bordeaux and its quarters (Bastide, Bacalan, Chartrons, Saint-Michel,
Belcier, Grand Parc; the Hôtel de Région and Bordeaux Métropole « Bordeaux Cedex »), Mérignac, Pessac, Talence (campus,
Kedge), Bègles, Cenon (Rocher de Palmer), Lormont, Limoges (the Région's site « Limoges Cedex »), Poitiers (the Région's
site « Poitiers Cedex », Beaulieu, Couronneries), Châtellerault, Niort, Parthenay, Melle, La Rochelle, Rochefort,
Saintes, Royan, Angoulême, Soyaux, Cognac, Pau, Billère, Bayonne, Biarritz, Anglet, Saint-Jean-de-Luz, Dax,
Mont-de-Marsan, Agen, Villeneuve-sur-Lot, Marmande, Périgueux, Bergerac, Sarlat, Brive-la-Gaillarde (« Brive »), Tulle,
Guéret, Felletin, Eymoutiers, Faux-la-Montagne (no postal code), Arcachon, La Teste-de-Buch and Libourne. Four sources:
the national platform's JSON, CRESS Nouvelle-Aquitaine's OpenAgenda (insee, attendanceMode 2 with onlineAccessLink, two
timings of two-day markets, one timing spanning a two-day hackathon), ATIS's iCalendar (UTC « Z », TZID, floating,
VALUE=DATE, RRULE weekly sessions, one VEVENT per day of a market, LOCATION the venue, the quarter, the town, the venue
with the town glued on or a street address, URL / CONFERENCE links, ORGANIZER), the CRESS registration form
(Windows-1252 `;` CSV: acronyms, « 14h-17h », « 14h30 », « matin », « après-midi », « Toute la journée », date alone,
« Visio » / « Webinaire », the town in capitals or abbreviated, « Cedex » codes). Hard negatives: four repair cafés in
Bordeaux on Saturday 19 (Bastide, Saint-Michel and Grand Parc the same afternoon, Chartrons the morning) plus Pessac,
Talence, Soyaux, Anglet, Limoges, Rochefort, Bergerac and La Teste the same day, a bike workshop near the Bastide's repair
café, two repair cafés in Poitiers the same afternoon; Fresques du Climat the same Thursday evening in Bordeaux, Talence,
Limoges, Poitiers, Niort, Biarritz, Pau and Périgueux and a Fresque du numérique in Bordeaux; one film the same evening
in Bordeaux, Limoges, Poitiers, Angoulême, Pau and Bayonne, another in Brive, Tulle and Villeneuve-sur-Lot; three job
datings the same day (Bordeaux and Limoges the morning, Pau the afternoon) and a second job dating at Bordeaux's venue
the afternoon; three webinars the same morning hour and two the same lunchtime; the Hôtel de Région's morning
conference and afternoon workshop; Darwin's morning and evening; the Athénée's afternoon and evening; Angoulême's
forum and evening show at one venue; Périgueux's forum and Fresque at one venue; two sessions of an association
accounting course; a conference inside Limoges's forum; a disco soupe during Libourne's forum; two markets in Agen
the same weekend; weekly sessions of a CAE meeting, a bike workshop and a sewing workshop."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, timedelta
from south import *

sources("cress-nouvelle-aquitaine-openagenda", "atis-ical", "cress-na-tableur")


def _ts(day, hm): return f"202211{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def SF(day, hm): return f"DTSTART:{_ts(day, hm)}"
def EF(day, hm): return f"DTEND:{_ts(day, hm)}"
def SD(day): return f"DTSTART;VALUE=DATE:202211{day:02d}"
def ED(day): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, day) + timedelta(days=1)).strftime("%Y%m%d")  # `day` the last day
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"
def OA(text): return {"fr": text}
def CONF(url): return f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{url}"
def URL(url): return f"URL:{url}"


BDX, MERIGNAC, PESSAC, TALENCE, BEGLES, CENON = "33063", "33281", "33318", "33522", "33039", "33119"
LIMOGES, POITIERS, LAROCHELLE, NIORT, ANGOULEME, PAU = "87085", "86194", "17300", "79191", "16015", "64445"
BAYONNE, BIARRITZ, ANGLET, PERIGUEUX, AGEN, MDM = "64102", "64122", "64024", "24322", "47001", "40192"
BRIVE, TULLE, GUERET, DAX, ARCACHON, LIBOURNE, ROCHEFORT = "19031", "19272", "23096", "40088", "33009", "33243", "17299"
ZOOM_FA = "https://us06web.zoom.us/j/84512345678?pwd=RkFOQWZpbmFuY2Vy"
TEAMS_LMA = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TE1BTkFjZXI%40thread.v2/0"
ZOOM_URSCOP = "https://us02web.zoom.us/j/81122334455"
ZOOM_CRESS = "https://us06web.zoom.us/j/86677889900"
ZOOM_FB = "https://us02web.zoom.us/j/87766554433?pwd=RnJhbmNlQmVuZXZvbGF0"
JITSI_HPNA = "https://meet.jit.si/HabitatParticipatifNA-cooperatives"
MEET_TDL = "https://meet.google.com/tdl-naq-2022"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:ATIS - agenda de l'innovation sociale\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []

# ───────────────────────── Bordeaux: Bastide, Darwin, Pola ─────────────────────────

# 1 regional launch evening at Darwin, four sources
DARWIN = P("Darwin Écosystème - Magasin Général", "87 quai des Queyries", "33100", "Bordeaux")
f.on_platform("lancement", 1, "Soirée de lancement du Mois de l'ESS en Nouvelle-Aquitaine", at(3, "18:00"), at(3, "21:30"),
              "CRESS Nouvelle-Aquitaine", DARWIN,
              description="Ouverture régionale du Mois de l'ESS : présentation du programme, table ronde, concert et buffet local.")
f.on_agenda("lancement", 5001, "Lancement régional du Mois de l'Économie Sociale et Solidaire 2022", [(at(3, "18:00"), at(3, "22:00"))],
            "Chambre régionale de l'économie sociale et solidaire Nouvelle-Aquitaine",
            A("Darwin", "87 Quai des Queyries", "33100", "Bordeaux", insee=BDX, latitude=44.8497, longitude=-0.5613))
f.in_calendar("lancement", "lancement-mois-ess-2022@atis-asso.org", SZ(3, "18:00"), EZ(3, "21:30"), SUM("Mois de l'ESS 2022 : soirée de lancement"),
              LOC("Darwin, Bordeaux"))
rows.append(("lancement", row("NA-22-001", "CRESS N-A", "Lancement du Mois de l'ESS", "03/11/2022", "18h", "Darwin", "87 quai des Queyries",
                              "33100", "BORDEAUX")))

# 2 the same day at Darwin, in the morning: the reuse network's meeting
f.on_platform("reemploi-darwin", 2, "Rencontres régionales du réemploi", at(3, "09:00"), at(3, "12:30"),
              "Réseau des ressourceries et recycleries de Nouvelle-Aquitaine", DARWIN)
f.on_agenda("reemploi-darwin", 5002, "Les Rencontres du réemploi solidaire", [(at(3, "09:00"), at(3, "12:30"))], "Réseau des ressourceries NA",
            A("Darwin - Magasin Général", "87 quai des Queyries", "33100", "Bordeaux", insee=BDX))

# 3-6 repair cafés in Bordeaux on Saturday 19: Bastide, Saint-Michel and Grand Parc the same afternoon, Chartrons the morning
BENAUGE = P("Centre d'animation Bastide Benauge", "23 rue Raymond Poincaré", "33100", "Bordeaux")
f.on_platform("rc-bastide", 3, "Repair Café de la Bastide", at(19, "14:00"), at(19, "17:00"), "Repair Café Bastide", BENAUGE)
f.in_calendar("rc-bastide", "rc-bastide-1911@atis-asso.org", S(19, "14:00"), E(19, "17:00"), SUM("Repair café Bastide"), LOC("La Bastide"))
rows.append(("rc-bastide", row("NA-22-002", "Repair Café Bastide", "Repair café", "19/11/2022", "14h-17h", "CA Bastide Benauge",
                               "23 rue R. Poincaré", "33100", "Bordeaux")))
f.on_agenda("rc-stmichel", 5003, "Repair Café Saint-Michel", [(at(19, "14:00"), at(19, "17:30"))], "Centre d'animation Saint-Michel",
            A("Centre d'animation Saint-Michel", "19 rue Permentade", "33000", "Bordeaux", insee=BDX))
rows.append(("rc-stmichel", row("NA-22-003", "CA St Michel", "Repair Café St-Michel", "19/11/2022", "14h-17h30", "Centre d'animation",
                                "19 rue Permentade", "33000", "Bordeaux")))
f.on_platform("rc-chartrons", 4, "Repair Café des Chartrons", at(19, "10:00"), at(19, "12:30"), "Les Bricoleurs des Chartrons",
              P("Halle des Chartrons", "10 place du Marché des Chartrons", "33300", "Bordeaux"))
f.in_calendar("rc-chartrons", "rc-chartrons-1911@atis-asso.org", SF(19, "10:00"), EF(19, "12:30"), SUM("Repair café"),
              LOC("Halle des Chartrons, 10 place du Marché des Chartrons, Bordeaux"))
f.in_calendar("rc-grandparc", "rc-grandparc-1911@atis-asso.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Grand Parc"),
              LOC("Grand Parc, Bordeaux"))
f.on_agenda("rc-grandparc", 5004, "Réparer plutôt que jeter : Repair café au Grand Parc", [(at(19, "14:00"), at(19, "17:00"))],
            "GP Intense", A("Salle des fêtes du Grand Parc", "39 cours de Luze", "33300", "Bordeaux", insee=BDX))

# 7-10 Cycles et Manivelles's bike workshop every Saturday (5, 12, 19, 26) in the Bastide, near the repair café of the 19th
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(VELO, "atelier-velo-cyclesmanivelles@atis-asso.org", SZ(5, "14:00"), EZ(5, "18:00"), "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4",
              SUM("Atelier vélo participatif"), LOC("Cycles et Manivelles, Bastide"))
f.on_platform("velo-19", 7, "Mois de l'ESS – Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "18:00"), "Cycles et Manivelles",
              P("Cycles et Manivelles", "18 rue de Nuits", "33100", "Bordeaux"))
rows.append(("velo-12", row("NA-22-004", "Cycles & Manivelles", "Atelier réparation de vélos", "12/11/2022", "14h-18h", "Atelier Cycles et Manivelles",
                            "18 rue de Nuits", "33100", "Bordeaux")))

# 11 La Fabrique Pola, visit (Friday 18) and 12 conference on the food social security (Wednesday 30)
f.on_platform("pola-visite", 11, "Visite de la Fabrique Pola, lieu de création mutualisé", at(18, "16:00"), at(18, "17:30"), "Fabrique Pola",
              P("La Fabrique Pola", "10 quai de Brazza", "33100", "Bordeaux"))
f.in_calendar("pola-visite", "visite-pola-1811@atis-asso.org", S(18, "16:00"), SUM("Visite guidée Fabrique Pola"), LOC("Fabrique Pola"))
f.on_platform("ssa-pola", 12, "Conférence-débat : pour une Sécurité sociale de l'alimentation", at(30, "19:00"), at(30, "21:00"),
              "Collectif SSA Gironde", P("La Fabrique Pola", "10 quai de Brazza", "33100", "Bordeaux"))
f.on_agenda("ssa-pola", 5012, "Sécurité sociale de l'alimentation : conférence débat", [(at(30, "19:00"), at(30, "21:00"))],
            "Collectif pour une SSA en Gironde", A("Fabrique POLA", "10 Quai de Brazza", "33100", "Bordeaux", insee=BDX),
            description=OA("Où en sont les expérimentations de caisses alimentaires ? Avec des membres du collectif national."))
f.in_calendar("ssa-pola", "conf-ssa-3011@atis-asso.org", SZ(30, "19:00"), EZ(30, "21:00"), SUM("Conférence « Sécurité sociale de l'alimentation »"),
              LOC("10 quai de Brazza, 33100 Bordeaux"))

# 13 ATIS's apéro des entrepreneurs sociaux at Darwin, Thursday 10
f.in_calendar("apero-atis", "apero-entrepreneurs-1011@atis-asso.org", SF(10, "18:30"), EF(10, "20:30"), SUM("Apéro des entrepreneurs sociaux"),
              LOC("Darwin"), ORG("ATIS", "contact@atis-asso.org"))
f.on_agenda("apero-atis", 5013, "Apéro entrepreneuriat social #Bordeaux", [(at(10, "18:30"), at(10, "20:30"))], "ATIS",
            A("Darwin Écosystème", "87 quai des Queyries", "33100", "Bordeaux", insee=BDX))

# ───────────────────────── Bordeaux: Saint-Michel, Capucins, centre ─────────────────────────

# 14-19 Fresques du Climat the same Thursday 17 evening: Halle des Douves, Talence, Limoges, Poitiers, Pau, Niort; a Fresque du
# numérique at Cap Sciences the same evening; Biarritz and Périgueux below
f.on_platform("fresque-douves", 14, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Halle des Douves", "4 rue des Douves", "33800", "Bordeaux"))
f.on_agenda("fresque-douves", 5014, "Atelier Fresque du Climat - Bordeaux Saint-Michel", [(at(17, "18:30"), at(17, "21:30"))],
            "Fresque du Climat Gironde", A("Halle des Douves", "4 Rue des Douves", "33800", "Bordeaux", insee=BDX))
f.in_calendar("fresque-douves", "fdc-douves-1711@atis-asso.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Saint-Michel"))
f.on_platform("fresque-kedge", 15, "La Fresque du Climat", at(17, "18:00"), at(17, "21:00"), "Kedge Business School - Kedge Impact",
              P("Kedge Business School", "680 cours de la Libération", "33400", "Talence"))
rows.append(("fresque-kedge", row("NA-22-005", "KEDGE BS", "Fresque du Climat étudiante", "17/11/2022", "18h-21h", "Campus Kedge",
                                  "680 cours de la Libération", "33405", "Talence Cedex")))
f.on_agenda("fresque-limoges", 5015, "Fresque du Climat à la Bfm", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Limousin",
            A("Bibliothèque francophone multimédia", "2 place Aimé Césaire", "87000", "Limoges", insee=LIMOGES))
rows.append(("fresque-limoges", row("NA-22-006", "La Fresque du Climat", "Fresque du Climat", "17/11/2022", "18h30", "BFM centre-ville",
                                    "", "87000", "Limoges")))
f.on_platform("fresque-poitiers", 16, "Atelier La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "Fresque du Climat Poitiers",
              P("Espace Mendès France", "1 place de la Cathédrale", "86000", "Poitiers"))
f.in_calendar("fresque-poitiers", "fdc-poitiers-1711@atis-asso.org", SF(17, "18:30"), EF(17, "21:30"), SUM("Fresque du Climat"), LOC("Poitiers"))
rows.append(("fresque-pau", row("NA-22-007", "Fresque du Climat Béarn", "Fresque du climat", "17/11/2022", "18h30-21h30", "Les Halles de Pau",
                                "place de la République", "64000", "Pau")))
f.in_calendar("fresque-pau", "fdc-pau-1711@atis-asso.org", S(17, "18:30"), E(17, "21:30"), SUM("Atelier Fresque du Climat"), LOC("Halles, Pau"))
f.on_agenda("fresque-niort", 5016, "Fresque du Climat", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Deux-Sèvres",
            A("Pôle universitaire de Niort", "11 rue Archimède", "79000", "Niort", insee=NIORT))
f.on_platform("fresque-num", 17, "Fresque du Numérique", at(17, "18:30"), at(17, "21:30"), "Cap Sciences",
              P("Cap Sciences", "Hangar 20, quai de Bacalan", "33300", "Bordeaux"))
f.in_calendar("fresque-num", "fresque-numerique-1711@atis-asso.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("La Fresque du numérique"),
              LOC("Cap Sciences, Hangar 20, Bordeaux"))

# 20 disco soupe at the Capucins market, Saturday 5
f.in_calendar("discosoupe-capu", "disco-soupe-capucins@atis-asso.org", SF(5, "11:00"), EF(5, "14:00"), SUM("Disco soupe anti-gaspi"),
              LOC("Marché des Capucins"))
rows.append(("discosoupe-capu", row("NA-22-008", "Disco Soupe Bordeaux", "Disco Soupe aux Capucins", "05/11/2022", "11h-14h",
                                    "Marché des Capucins", "place des Capucins", "33800", "Bordeaux")))

# 21 the shared meal against waste at the Halle des Douves, Sunday 20
f.on_platform("repas-douves", 21, "Grand repas partagé anti-gaspi", at(20, "12:00"), at(20, "15:00"), "Les Restos du Cœur de la Gironde",
              P("Halle des Douves", "4 rue des Douves", "33800", "Bordeaux"))
rows.append(("repas-douves", row("NA-22-009", "Restos du coeur 33", "Repas partagé anti gaspillage", "20/11/2022", "12h", "Halle des Douves",
                                 "", "33800", "Bordeaux")))

# 22 / 23 the Athénée municipal on Monday 14: a workshop in the afternoon, a conference in the evening
f.on_platform("athenee-epicerie", 22, "Atelier : monter une épicerie solidaire", at(14, "14:00"), at(14, "16:30"), "ANDES - Réseau des épiceries solidaires",
              P("Athénée municipal", "Place Saint-Christoly", "33000", "Bordeaux"))
f.on_agenda("athenee-energie", 5022, "Conférence : l'ESS face à la précarité énergétique", [(at(14, "18:00"), at(14, "20:00"))],
            "Fondation Abbé Pierre Nouvelle-Aquitaine", A("Athénée Père Joseph Wresinski", "Place Saint-Christoly", "33000", "Bordeaux",
                                                          insee=BDX))
f.in_calendar("athenee-energie", "conf-precarite-energie@atis-asso.org", S(14, "18:00"), E(14, "20:00"), SUM("L'ESS et la précarité énergétique"),
              LOC("Athénée municipal"))

# 24 / 25 Hangar 14 on Tuesday 15: the job dating in the morning, a job dating of care jobs in the afternoon
H14 = P("Hangar 14", "Quai des Chartrons", "33000", "Bordeaux")
f.on_platform("jobdating-bdx", 24, "Job dating de l'ESS : l'ESS recrute à Bordeaux", at(15, "09:00"), at(15, "12:30"), "Bordeaux Métropole", H14,
              description="Rencontrez en entretiens courts des associations, coopératives et structures d'insertion qui recrutent.")
f.on_agenda("jobdating-bdx", 5024, "Mois de l'ESS – Job dating « L'ESS recrute ! »", [(at(15, "09:00"), at(15, "12:30"))],
            "Bordeaux Métropole et Pôle emploi", A("Hangar 14", "Quai des Chartrons", "33000", "Bordeaux", insee=BDX))
f.in_calendar("jobdating-bdx", "jobdating-ess-bdx@atis-asso.org", SZ(15, "09:00"), EZ(15, "12:30"), SUM("Job-dating ESS"), LOC("Hangar 14, Bordeaux"))
rows.append(("jobdating-bdx", row("NA-22-010", "Bx Métropole", "Job dating ESS", "15/11/2022", "9h-12h30", "Hangar 14", "quai des Chartrons",
                                  "33000", "BORDEAUX")))
f.on_agenda("jobdating-soin", 5025, "Job dating des métiers de l'aide à domicile", [(at(15, "14:00"), at(15, "17:00"))],
            "UNA Gironde", A("Hangar 14", "Quai des Chartrons", "33000", "Bordeaux", insee=BDX))
rows.append(("jobdating-soin", row("NA-22-011", "UNA Gironde", "Job dating aide à domicile", "15/11/2022", "après-midi", "Hangar 14", "",
                                   "33000", "Bordeaux")))

# 26 / 27 the Maison écocitoyenne on Wednesday 9: a compost workshop in the morning, zero-waste cosmetics in the evening
ECOCIT = P("Maison écocitoyenne", "Quai Richelieu", "33000", "Bordeaux")
f.in_calendar("compost-ecocit", "compost-maison-ecocitoyenne@atis-asso.org", S(9, "10:00"), E(9, "12:00"), SUM("Atelier compostage"),
              LOC("Maison écocitoyenne, quai Richelieu"))
rows.append(("compost-ecocit", row("NA-22-012", "Maison écocitoyenne de Bordeaux", "Atelier compost et lombricompost", "09/11/2022", "10h-12h",
                                   "Maison éco-citoyenne", "quai Richelieu", "33000", "Bordeaux")))
f.on_platform("cosmetiques", 26, "Atelier cosmétiques zéro déchet", at(9, "18:30"), at(9, "20:30"), "Zero Waste Bordeaux", ECOCIT)
f.on_agenda("cosmetiques", 5026, "Fabriquer ses cosmétiques maison (atelier Zero Waste)", [(at(9, "18:30"), at(9, "20:30"))], "Zero Waste Bordeaux",
            A("Maison écocitoyenne", "Quai Richelieu", "33000", "Bordeaux", insee=BDX))

# 28-30 films the same Tuesday 22 evening: « Une fois que tu sais » in Bordeaux, Limoges, Poitiers (Angoulême, Pau, Bayonne below)
f.on_platform("cine-bdx", 28, "Ciné-débat : Une fois que tu sais, d'Emmanuel Cappellin", at(22, "20:00"), at(22, "22:30"), "Alternatiba Bordeaux",
              P("Cinéma Utopia", "5 place Camille Jullian", "33000", "Bordeaux"))
f.on_agenda("cine-bdx", 5028, "Projection-débat « Une fois que tu sais »", [(at(22, "20:00"), at(22, "22:30"))], "Alternatiba Bordeaux",
            A("Utopia Bordeaux", "5 Place Camille Jullian", "33000", "Bordeaux", insee=BDX),
            description=OA("Projection du documentaire suivie d'un débat avec des acteurs locaux de la transition."))
f.in_calendar("cine-bdx", "cine-unefois-bdx@atis-asso.org", SZ(22, "20:00"), SUM("Ciné-débat Une fois que tu sais"), LOC("Utopia"))
f.on_platform("cine-limoges", 29, "Ciné-débat : Une fois que tu sais", at(22, "20:00"), None, "Limoges en transition",
              P("Cinéma Le Lido", "3 avenue du Général de Gaulle", "87000", "Limoges"))
rows.append(("cine-limoges", row("NA-22-013", "Limoges en Transition", "Projection débat Une fois que tu sais", "22/11/2022", "20h", "Le Lido",
                                 "3 av. du Général de Gaulle", "87000", "Limoges")))
f.on_agenda("cine-poitiers", 5030, "Ciné-débat « Une fois que tu sais »", [(at(22, "20:30"), at(22, "23:00"))], "Poitiers en transition",
            A("Cinéma Le Dietrich", "34 boulevard Chasseigne", "86000", "Poitiers", insee=POITIERS))

# 31-34 the CAE's information meeting every Tuesday (8, 15, 22, 29): RRULE, the platform two sessions, the form one
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "info-cae-coopalpha@atis-asso.org", SZ(8, "09:30"), EZ(8, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective - CAE"), LOC("Coop'Alpha, 1 rue Jean Jaurès, Lormont"))
f.on_platform("cae-8", 31, "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", at(8, "09:30"),
              at(8, "11:30"), "Coop'Alpha", P("Coop'Alpha", "1 rue Jean Jaurès", "33310", "Lormont"))
f.on_platform("cae-22", 32, "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", at(22, "09:30"),
              at(22, "11:30"), "Coop'Alpha", P("Coop'Alpha", "1 rue Jean Jaurès", "33310", "Lormont"))
rows.append(("cae-15", row("NA-22-014", "Coop'Alpha (CAE)", "Réunion d'info CAE", "15/11/2022", "9h30-11h30", "", "1 rue Jean Jaurès",
                           "33310", "Lormont")))

# ───────────────────────── Bordeaux: Bacalan, Chartrons, Grand Parc, Belcier ─────────────────────────

# 35 / 36 Bacalan on Saturday 12: open doors of the Garage Moderne and the Vivres de l'Art's workshop the same afternoon
f.on_platform("garage-moderne", 35, "Portes ouvertes du Garage Moderne", at(12, "14:00"), at(12, "18:00"), "Le Garage Moderne",
              P("Le Garage Moderne", "1 rue des Étrangers", "33300", "Bordeaux"))
rows.append(("garage-moderne", row("NA-22-015", "Garage moderne", "Portes ouvertes garage associatif", "12/11/2022", "14h-18h", "Garage Moderne",
                                   "1 rue des Etrangers", "33300", "Bordeaux")))
f.on_agenda("vivres-art", 5036, "Atelier récup' et exposition aux Vivres de l'Art", [(at(12, "14:00"), at(12, "18:00"))], "Les Vivres de l'Art",
            A("Les Vivres de l'Art", "4 rue Achard", "33300", "Bordeaux", insee=BDX))
f.in_calendar("vivres-art", "vivres-art-1211@atis-asso.org", S(12, "14:00"), E(12, "18:00"), SUM("Récup' & création aux Vivres de l'Art"),
              LOC("Bacalan"))

# 37 an urban walk in Bacalan the morning of the 12th
f.on_agenda("balade-bacalan", 5037, "Balade urbaine : l'ESS à Bacalan", [(at(12, "10:00"), at(12, "12:00"))], "Bacalan en transition",
            A("Place Buscaillet", "Place Buscaillet", "33300", "Bordeaux", insee=BDX))
f.in_calendar("balade-bacalan", "balade-bacalan-1211@atis-asso.org", SF(12, "10:00"), EF(12, "12:00"), SUM("Balade ESS dans Bacalan"),
              LOC("Bacalan, Bordeaux"))

# 38-40 a zero-waste sewing workshop at the Bacalan centre every Wednesday (9, 16, 23)
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (9, 16, 23)}
f.in_calendar(COUTURE, "couture-zd-bacalan@atis-asso.org", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=3",
              SUM("Atelier couture zéro déchet"), LOC("CA Bacalan"))
f.on_agenda("couture-16", 5038, "Couture zéro déchet : sacs à vrac et lingettes", [(at(16, "14:00"), at(16, "16:00"))],
            "Centre d'animation Bacalan", A("Centre d'animation Bacalan", "139 rue Joseph Brunet", "33300", "Bordeaux", insee=BDX))
rows.append(("couture-9", row("NA-22-016", "Centre d'animation Bacalan", "Atelier couture zéro déchet", "09/11/2022", "14h-16h", "CA Bacalan",
                              "139 rue Joseph Brunet", "33300", "Bordeaux")))

# 41 the two-day Christmas market at the Halle des Chartrons (26-27): one span, two timings, one VEVENT per day, one row
f.on_platform("noel-chartrons", 41, "Marché de Noël solidaire et éthique", at(26, "10:00"), at(27, "19:00"), "Collectif des créateurs solidaires",
              P("Halle des Chartrons", "10 place du Marché des Chartrons", "33300", "Bordeaux"))
f.on_agenda("noel-chartrons", 5041, "Marché de Noël éthique et solidaire des Chartrons", [(at(26, "10:00"), at(26, "19:00")),
            (at(27, "10:00"), at(27, "19:00"))], "Collectif des créateurs solidaires",
            A("Halle des Chartrons", "10 Place du Marché des Chartrons", "33300", "Bordeaux", insee=BDX))
f.in_calendar("noel-chartrons", "marche-noel-chartrons-j1@atis-asso.org", S(26, "10:00"), E(26, "19:00"), SUM("Marché de Noël solidaire (samedi)"),
              LOC("Halle des Chartrons"))
f.in_calendar("noel-chartrons", "marche-noel-chartrons-j2@atis-asso.org", S(27, "10:00"), E(27, "19:00"), SUM("Marché de Noël solidaire (dimanche)"),
              LOC("Halle des Chartrons"))
rows.append(("noel-chartrons", row("NA-22-017", "Collectif créateurs solidaires", "Marché de Noël solidaire", "26/11/2022", "Toute la journée",
                                   "Halle des Chartrons", "", "33300", "Bordeaux")))

# 42 forum of the associations of the Grand Parc, Saturday 5
f.on_platform("forum-grandparc", 42, "Forum des associations et de l'ESS du Grand Parc", at(5, "10:00"), at(5, "17:00"), "Mairie de quartier Grand Parc",
              P("Salle des fêtes du Grand Parc", "39 cours de Luze", "33300", "Bordeaux"))
f.in_calendar("forum-grandparc", "forum-asso-grandparc@atis-asso.org", SD(5), ED(5), SUM("Forum des assos du Grand Parc"), LOC("Grand Parc"))

# 43 digital help workshop in the Grand Parc, Monday 21 (agenda alone)
f.on_agenda("numerique-gp", 5043, "Atelier numérique : faire ses démarches en ligne", [(at(21, "14:00"), at(21, "16:00"))], "Emmaüs Connect Bordeaux",
            A("Centre social du Grand Parc", "35 rue Robert Schuman", "33300", "Bordeaux", insee=BDX))

# 44 inauguration of the Belcier recyclerie, Wednesday 16
f.on_agenda("recyclerie-belcier", 5044, "Inauguration de la recyclerie de Belcier", [(at(16, "17:00"), at(16, "19:30"))], "Récup'R",
            A("Recyclerie Récup'R Belcier", "52 rue Carle Vernet", "33800", "Bordeaux", insee=BDX))
rows.append(("recyclerie-belcier", row("NA-22-018", "Recup'R", "Inauguration recyclerie", "16/11/2022", "17h", "", "52 rue Carle Vernet",
                                       "33800", "Bordeaux")))

# 45 / 46 the Hôtel de Région on Thursday 24: conference in the morning, workshop for SIAE in the afternoon
REGION = P("Hôtel de Région Nouvelle-Aquitaine", "14 rue François de Sourdis", "33077", "Bordeaux Cedex")
f.on_platform("region-achats", 45, "Conférence : la commande publique responsable, levier pour l'ESS", at(24, "09:30"), at(24, "12:00"),
              "Région Nouvelle-Aquitaine", REGION)
rows.append(("region-achats", row("NA-22-019", "Conseil régional NA", "Commande publique responsable", "24/11/2022", "matin", "Hôtel de Région",
                                  "14 rue François de Sourdis", "33077", "Bordeaux Cedex")))
f.on_agenda("region-siae", 5046, "Atelier : répondre à un marché public quand on est une SIAE", [(at(24, "14:00"), at(24, "16:30"))],
            "IRIAE Nouvelle-Aquitaine", A("Hôtel de Région", "14 rue François de Sourdis", "33000", "Bordeaux", insee=BDX))
rows.append(("region-siae", row("NA-22-020", "IRIAE NA", "Atelier marchés publics SIAE", "24/11/2022", "après-midi", "Hôtel de Région",
                                "14 rue F. de Sourdis", "33000", "Bordeaux")))

# 47 the ESS prize ceremony at the Hôtel de Région, Tuesday 29; 48 ATIS's demo day at Le Node the same evening
f.on_platform("prix-ess", 47, "Cérémonie des Prix de l'ESS Nouvelle-Aquitaine", at(29, "18:00"), at(29, "20:30"), "CRESS Nouvelle-Aquitaine", REGION)
f.on_agenda("prix-ess", 5047, "Remise des Prix de l'économie sociale et solidaire 2022", [(at(29, "18:00"), at(29, "20:30"))],
            "CRESS Nouvelle-Aquitaine", A("Hôtel de Région", "14 rue François de Sourdis", "33077", "Bordeaux", insee=BDX))
f.in_calendar("prix-ess", "prix-ess-na-2022@atis-asso.org", SZ(29, "18:00"), EZ(29, "20:30"), SUM("Prix de l'ESS - remise des prix"),
              LOC("Hôtel de Région, Bordeaux"))
f.in_calendar("demoday-atis", "demo-day-incubateur@atis-asso.org", S(29, "17:00"), E(29, "20:00"), SUM("Demo Day de l'incubateur ATIS"),
              LOC("Le Node, 12 rue des Faussets, Bordeaux"), ORG("ATIS", "contact@atis-asso.org"))
rows.append(("demoday-atis", row("NA-22-021", "ATIS", "Demo day incubateur innovation sociale", "29/11/2022", "17h-20h", "Le Node",
                                 "12 rue des Faussets", "33000", "Bordeaux")))

# 49 ATIS's collective information on the Fabrique à initiatives, Monday 7
f.in_calendar("fabrique-init", "info-fabrique-initiatives@atis-asso.org", SF(7, "14:00"), EF(7, "16:00"),
              SUM("Info collective : la Fabrique à initiatives"), LOC("ATIS, 2 rue Marc Sangnier, Bègles"))
f.on_platform("fabrique-init", 49, "Créer une entreprise sociale : réunion d'information de la Fabrique à initiatives", at(7, "14:00"), at(7, "16:00"),
              "ATIS - Association Territoires et Innovation Sociale", P("Cité numérique", "2 rue Marc Sangnier", "33130", "Bègles"))

# 50 URSCOP's SCIC training, all day Friday 25
f.on_platform("scic-formation", 50, "Formation : créer et gouverner une SCIC", at(25, "09:00"), at(25, "17:00"), "URSCOP Nouvelle-Aquitaine",
              P("Union régionale des Scop", "Immeuble Le Pythagore, 1 rue Lavoisier", "33700", "Mérignac"))
f.in_calendar("scic-formation", "formation-scic-2511@atis-asso.org", SD(25), ED(25), SUM("Formation SCIC (URSCOP)"), LOC("Mérignac"))
rows.append(("scic-formation", row("NA-22-022", "URSCOP NA", "Formation gouvernance SCIC", "25/11/2022", "Toute la journée", "URSCOP",
                                   "1 rue Lavoisier", "33700", "Mérignac")))

# 51 Cap Sciences's Tech for Good hackathon, Friday 25 - Saturday 26 (one timing spanning the two days in the agenda)
f.on_platform("hackathon", 51, "Hackathon Tech for Good", at(25, "18:00"), at(26, "18:00"), "Cap Sciences",
              P("Cap Sciences", "Hangar 20, quai de Bacalan", "33300", "Bordeaux"))
f.on_agenda("hackathon", 5051, "Tech for Good : 24 h pour un projet solidaire", [(at(25, "18:00"), at(26, "18:00"))], "Cap Sciences",
            A("Cap Sciences", "Hangar 20, Quai de Bacalan", "33300", "Bordeaux", insee=BDX))
rows.append(("hackathon", row("NA-22-023", "Cap sciences", "Hackathon tech for good", "25/11/2022", "18h", "Cap Sciences", "Hangar 20",
                              "33300", "Bordeaux")))

# 52 closing evening at the Garage Moderne, Wednesday 30 (the same evening as the conference at Pola)
f.on_platform("cloture", 52, "Soirée de clôture du Mois de l'ESS", at(30, "18:00"), at(30, "21:00"), "CRESS Nouvelle-Aquitaine",
              P("Le Garage Moderne", "1 rue des Étrangers", "33300", "Bordeaux"))
f.on_agenda("cloture", 5052, "Clôture du Mois de l'ESS 2022 en Nouvelle-Aquitaine", [(at(30, "18:00"), at(30, "21:00"))], "CRESS Nouvelle-Aquitaine",
            A("Garage Moderne", "1 Rue des Etrangers", "33300", "Bordeaux", insee=BDX))
f.in_calendar("cloture", "cloture-mois-ess-2022@atis-asso.org", S(30, "18:00"), SUM("Mois de l'ESS : soirée de clôture"), LOC("Bacalan"))
rows.append(("cloture", row("NA-22-024", "CRESS", "Clôture Mois ESS", "30/11/2022", "18h", "Garage Moderne", "", "33300", "Bordeaux")))

# ───────────────────────── online ─────────────────────────

# 53-55 three webinars the same Tuesday 15, 11:00
f.on_platform("web-fa", 53, "Webinaire : financer son projet d'entreprise solidaire", at(15, "11:00"), at(15, "12:00"),
              "France Active Nouvelle-Aquitaine", ONLINE, modality="En ligne")
f.on_agenda("web-fa", 5053, "Financer son projet ESS : les outils de France Active", [(at(15, "11:00"), at(15, "12:00"))],
            "France Active Nouvelle-Aquitaine", {}, mode=2, onlineAccessLink=ZOOM_FA)
f.in_calendar("web-lma", "webinaire-cer-1511@atis-asso.org", SZ(15, "11:00"), EZ(15, "12:00"), SUM("Le contrat d'engagement républicain : décryptage"),
              LOC("En ligne"), CONF(TEAMS_LMA))
rows.append(("web-lma", row("NA-22-025", "LMA NA", "Webinaire contrat d'engagement républicain", "15/11/2022", "11h-12h", "Visio", "", "", "",
                            "Distanciel")))
f.on_platform("web-urscop", 55, "Webinaire : reprendre une entreprise en Scop", at(15, "11:00"), at(15, "12:30"), "URSCOP Nouvelle-Aquitaine",
              ONLINE, modality="En ligne")
f.in_calendar("web-urscop", "webinaire-reprise-scop@atis-asso.org", S(15, "11:00"), E(15, "12:30"), SUM("Reprise d'entreprise en Scop (webinaire)"),
              LOC("Webinaire"), URL(ZOOM_URSCOP))

# 56 / 57 two webinars on Thursday 3 at lunchtime: volunteers and youth; recruiting volunteers
f.on_platform("web-jeunes", 56, "Webinaire : bénévolat et engagement des jeunes", at(3, "12:30"), at(3, "13:30"),
              "Le Mouvement associatif Nouvelle-Aquitaine", ONLINE, modality="En ligne")
rows.append(("web-jeunes", row("NA-22-026", "Le Mouvement Associatif N-A", "Bénévolat des jeunes", "03/11/2022", "12h30-13h30", "Webinaire",
                               "", "", "", "En ligne")))
f.in_calendar("web-fb", "webinaire-benevoles-0311@atis-asso.org", SZ(3, "12:30"), EZ(3, "13:30"), SUM("Recruter et fidéliser ses bénévoles"),
              LOC("Visio"), URL(ZOOM_FB))
f.on_agenda("web-fb", 5057, "Webinaire - Recruter et fidéliser ses bénévoles", [(at(3, "12:30"), at(3, "13:30"))], "France Bénévolat Gironde",
            {}, mode=2, onlineAccessLink=ZOOM_FB)

# 58 the CRESS's webinar on the observatory, Monday 21 (agenda alone)
f.on_agenda("web-obs", 5058, "Webinaire : les chiffres clés de l'ESS en Nouvelle-Aquitaine", [(at(21, "14:00"), at(21, "15:00"))],
            "CRESS Nouvelle-Aquitaine", {}, mode=2, onlineAccessLink=ZOOM_CRESS)

# 59 cooperatives of inhabitants, Monday 28 evening
f.on_agenda("web-hpna", 5059, "Coopératives d'habitants : comment ça marche ?", [(at(28, "18:30"), at(28, "20:00"))],
            "Habitat Participatif Nouvelle-Aquitaine", {}, mode=2, onlineAccessLink=JITSI_HPNA)
f.in_calendar("web-hpna", "hpna-cooperatives@atis-asso.org", SF(28, "18:30"), EF(28, "20:00"), SUM("Webinaire coopératives d'habitants"),
              LOC("Visioconférence"), URL("https://www.helloasso.com/associations/hpna/evenements/cooperatives-habitants"))

# 60 Terre de Liens's webinar on farmland, Thursday 10 (platform and form)
f.on_platform("web-tdl", 60, "Webinaire : devenir acteur du foncier agricole citoyen", at(10, "18:00"), at(10, "19:30"), "Terre de Liens Nouvelle-Aquitaine",
              ONLINE, modality="En ligne")
rows.append(("web-tdl", row("NA-22-027", "Terre de liens NA", "Foncier agricole citoyen (webinaire)", "10/11/2022", "18h-19h30", "En ligne",
                            MEET_TDL, "", "", "Distanciel")))

# ───────────────────────── Gironde: Mérignac, Pessac, Talence, Bègles, Cenon ─────────────────────────

# 61 the forum of the right bank at the Rocher de Palmer, Thursday 10
f.on_platform("forum-rivedroite", 61, "Forum emploi et ESS de la Rive droite", at(10, "13:30"), at(10, "17:30"), "GPV Rive Droite",
              P("Le Rocher de Palmer", "1 rue Aristide Briand", "33150", "Cenon"))
f.on_agenda("forum-rivedroite", 5061, "Forum Emploi & ESS Rive Droite", [(at(10, "13:30"), at(10, "17:30"))], "Grand Projet des Villes Rive Droite",
            A("Rocher de Palmer", "1 Rue Aristide Briand", "33150", "Cenon", insee=CENON))
rows.append(("forum-rivedroite", row("NA-22-028", "GPV rive droite", "Forum emploi ESS", "10/11/2022", "13h30-17h30", "Rocher de Palmer",
                                     "", "33150", "CENON")))

# 62 Mérignac's ESS fair at the Pin Galant, Saturday 19
f.on_platform("salon-merignac", 62, "Salon de l'ESS de Mérignac", at(19, "10:00"), at(19, "18:00"), "Ville de Mérignac",
              P("Le Pin Galant", "34 avenue du Maréchal de Lattre de Tassigny", "33700", "Mérignac"))
f.in_calendar("salon-merignac", "salon-ess-merignac@atis-asso.org", S(19, "10:00"), E(19, "18:00"), SUM("Salon ESS"), LOC("Mérignac"))
rows.append(("salon-merignac", row("NA-22-029", "Mairie de Mérignac", "Salon de l'économie sociale et solidaire", "19/11/2022", "10h-18h",
                                   "Pin Galant", "34 av. du Mal de Lattre de Tassigny", "33700", "MERIGNAC")))

# 63 the Gemme, local currency: conference at the Mérignac media library, Friday 18
f.on_agenda("gemme", 5063, "La Gemme, monnaie locale girondine : conférence", [(at(18, "18:30"), at(18, "20:00"))], "La Gemme",
            A("Médiathèque Michel Sainte-Marie", "Place Charles de Gaulle", "33700", "Mérignac", insee=MERIGNAC))
rows.append(("gemme", row("NA-22-030", "Association La Gemme", "Conférence monnaie locale", "18/11/2022", "18h30", "Médiathèque",
                          "place Charles de Gaulle", "33700", "Mérignac")))

# 64 / 65 association accounting course at the Maison des associations de Mérignac: two sessions (Wednesdays 9 and 23)
MDA_MERIGNAC = P("Maison des associations", "55 avenue du Maréchal Leclerc", "33700", "Mérignac")
f.on_platform("compta-9", 64, "Formation des bénévoles : la comptabilité associative (1/2)", at(9, "09:30"), at(9, "12:30"),
              "Le Mouvement associatif Nouvelle-Aquitaine", MDA_MERIGNAC)
rows.append(("compta-9", row("NA-22-031", "Mouvement associatif NA", "Formation compta associative - session 1", "09/11/2022", "9h30-12h30",
                             "Maison des associations", "55 av. du Maréchal Leclerc", "33700", "Mérignac")))
f.on_platform("compta-23", 65, "Formation des bénévoles : la comptabilité associative (2/2)", at(23, "09:30"), at(23, "12:30"),
              "Le Mouvement associatif Nouvelle-Aquitaine", MDA_MERIGNAC)
f.on_agenda("compta-23", 5065, "Comptabilité associative : budget et bilan (session 2)", [(at(23, "09:30"), at(23, "12:30"))],
            "Le Mouvement associatif NA", A("Maison des Associations de Mérignac", "55 Avenue du Maréchal Leclerc", "33700", "Mérignac",
                                            insee=MERIGNAC))

# 66 the repair café of Pessac the 19th afternoon, 67 the repair café of Talence the 19th morning
rows.append(("rc-pessac", row("NA-22-032", "Repair Café Pessac", "Repair café", "19/11/2022", "14h-17h", "Salle Bellegrave", "allée des Tulipes",
                              "33600", "Pessac")))
f.in_calendar("rc-pessac", "rc-pessac-1911@atis-asso.org", S(19, "14:00"), E(19, "17:00"), SUM("Repair Café de Pessac"), LOC("Pessac"))
f.on_platform("rc-talence", 67, "Repair Café Talence", at(19, "09:30"), at(19, "12:00"), "Talence en transition",
              P("Château Peixotto", "Allée Peixotto", "33400", "Talence"))

# 68 / 69 the Talence campus on Wednesday 23: ESS jobs forum, Étu'Récup's free clothes shop at lunchtime
f.on_platform("forum-campus", 68, "Forum des métiers de l'ESS", at(23, "10:00"), at(23, "16:00"), "Université de Bordeaux",
              P("Université de Bordeaux - Bâtiment A22", "351 cours de la Libération", "33400", "Talence"))
f.in_calendar("forum-campus", "forum-metiers-ess-ub@atis-asso.org", SZ(23, "10:00"), EZ(23, "16:00"), SUM("Forum métiers ESS - étudiants"),
              LOC("Campus de Talence"))
f.on_agenda("friperie-campus", 5069, "Friperie gratuite d'Étu'Récup", [(at(23, "12:00"), at(23, "14:00"))], "Étu'Récup",
            A("Étu'Récup - campus de Talence", "351 cours de la Libération", "33400", "Talence", insee=TALENCE))
rows.append(("friperie-campus", row("NA-22-033", "Etu'Recup", "Friperie gratuite étudiante", "23/11/2022", "12h-14h", "Campus", "",
                                    "33400", "Talence")))

# 70 Kedge's lunchtime round table on impact finance, the 17th (the Fresque is the evening)
f.on_agenda("kedge-finance", 5070, "Table ronde : la finance à impact, pour qui ?", [(at(17, "12:30"), at(17, "14:00"))], "KEDGE Business School",
            A("KEDGE Business School", "680 Cours de la Libération", "33400", "Talence", insee=TALENCE))

# 71 Sciences Po's conference in Pessac, Wednesday 23
f.on_platform("scpo-conf", 71, "Conférence : entreprendre autrement, l'ESS comme choix de carrière", at(23, "18:00"), at(23, "20:00"),
              "Sciences Po Bordeaux", P("Sciences Po Bordeaux", "11 allée Ausone", "33600", "Pessac"))
rows.append(("scpo-conf", row("NA-22-034", "Sciences Po Bx", "Conférence entreprendre autrement", "23/11/2022", "18h-20h", "Amphi Montesquieu",
                              "11 allée Ausone", "33607", "Pessac Cedex")))

# 72 « Animal » at the Jean Eustache, Pessac, Thursday 10
f.on_platform("animal-pessac", 72, "Ciné-débat : Animal, de Cyril Dion", at(10, "20:00"), at(10, "22:30"), "Pessac en transition",
              P("Cinéma Jean Eustache", "Place de la Cinquième République", "33600", "Pessac"))
f.in_calendar("animal-pessac", "cine-animal-pessac@atis-asso.org", SZ(10, "20:00"), SUM("Projection Animal + débat"), LOC("Jean Eustache, Pessac"))

# 73 Envie Gironde's open day in Bègles, Saturday 26; 74 plants swap at Mussonville, Sunday 13
f.on_platform("envie-po", 73, "Portes ouvertes d'Envie Gironde", at(26, "10:00"), at(26, "16:00"), "Envie Gironde",
              P("Envie Gironde", "4 rue Jean Perrin", "33130", "Bègles"))
f.on_agenda("envie-po", 5073, "Envie Gironde ouvre ses ateliers", [(at(26, "10:00"), at(26, "16:00"))], "Envie Gironde",
            A("Envie Gironde", "4 Rue Jean Perrin", "33130", "Bègles", insee=BEGLES))
f.in_calendar("envie-po", "po-envie-gironde@atis-asso.org", S(26, "10:00"), E(26, "16:00"), SUM("Portes ouvertes Envie"), LOC("Bègles"))
f.on_agenda("troc-plantes", 5074, "Troc'plantes et grainothèque", [(at(13, "10:00"), at(13, "13:00"))], "Bègles en transition",
            A("Parc de Mussonville", "Rue Alexis Labro", "33130", "Bègles", insee=BEGLES))
f.in_calendar("troc-plantes", "troc-plantes-mussonville@atis-asso.org", SD(13), SUM("Troc plantes"), LOC("Parc de Mussonville"))

# ───────────────────────── Libourne, Arcachon, La Teste ─────────────────────────

# 75 forum of the Libournais, Saturday 5, and 76 a disco soupe in Libourne that morning
f.on_platform("forum-libourne", 75, "Forum de l'ESS du Libournais", at(5, "10:00"), at(5, "17:00"), "La Cali",
              P("Salle des fêtes", "Rue Montesquieu", "33500", "Libourne"))
f.on_agenda("forum-libourne", 5075, "Forum ESS en Libournais", [(at(5, "10:00"), at(5, "17:00"))], "Communauté d'agglomération du Libournais",
            A("Salle des fêtes de Libourne", "Rue Montesquieu", "33500", "Libourne", insee=LIBOURNE))
rows.append(("forum-libourne", row("NA-22-035", "CALI", "Forum ESS", "05/11/2022", "10h-17h", "Salle des fêtes", "", "33500", "Libourne")))
f.in_calendar("disco-libourne", "disco-soupe-libourne@atis-asso.org", SF(5, "11:00"), EF(5, "14:00"), SUM("Disco Soupe"),
              LOC("Place Abel Surchamp, Libourne"))

# 77 conference on sustainable fishing in Arcachon, Wednesday 30
f.on_platform("peche-arcachon", 77, "Conférence : pêche durable et économie solidaire sur le Bassin", at(30, "18:30"), at(30, "20:30"),
              "Comité local des pêches d'Arcachon", P("Palais des Congrès", "Boulevard Veyrier-Montagnères", "33120", "Arcachon"))
f.in_calendar("peche-arcachon", "conf-peche-arcachon@atis-asso.org", SZ(30, "18:30"), EZ(30, "20:30"), SUM("Pêche durable & ESS"),
              LOC("Palais des congrès d'Arcachon"))

# 78 the repair café of the Pays de Buch, Saturday 19 (form alone)
rows.append(("rc-lateste", row("NA-22-036", "Repair Café Pays de Buch", "Repair café", "19/11/2022", "14h-17h", "Salle Cravey",
                               "", "33260", "La Teste de Buch")))

# ───────────────────────── Limousin: Limoges, Creuse, Corrèze ─────────────────────────

# 79 / 80 the forum of Limoges at the Pavillon du Verdurier, Thursday 24, and the CRESS's conference inside it
VERDURIER = P("Pavillon du Verdurier", "Place Saint-Pierre", "87000", "Limoges")
f.on_platform("forum-limoges", 79, "Forum de l'ESS de Limoges", at(24, "10:00"), at(24, "18:00"), "Limoges Métropole", VERDURIER,
              description="Stands d'associations, coopératives et entreprises solidaires, animations et conférences.")
f.on_agenda("forum-limoges", 5079, "Mois de l'ESS : forum limougeaud de l'économie sociale et solidaire", [(at(24, "10:00"), at(24, "18:00"))],
            "Limoges Métropole", A("Pavillon du Verdurier", "Place Saint-Pierre", "87000", "Limoges", insee=LIMOGES))
f.in_calendar("forum-limoges", "forum-ess-limoges@atis-asso.org", S(24, "10:00"), E(24, "18:00"), SUM("Forum ESS Limoges"), LOC("Verdurier"))
rows.append(("forum-limoges", row("NA-22-037", "Limoges Métropole", "Forum ESS", "24/11/2022", "10h-18h", "Pavillon du Verdurier", "",
                                  "87000", "LIMOGES")))
f.on_platform("conf-limoges", 80, "Conférence : l'ESS en Limousin, chiffres clés et enjeux", at(24, "11:00"), at(24, "12:00"),
              "CRESS Nouvelle-Aquitaine", VERDURIER)
f.in_calendar("conf-limoges", "conf-chiffres-limousin@atis-asso.org", S(24, "11:00"), E(24, "12:00"), SUM("L'ESS en Limousin : les chiffres"),
              LOC("Pavillon du Verdurier, Limoges"))

# 81 the job dating of Limoges, Tuesday 15 morning (the same morning as Bordeaux's)
f.on_platform("jobdating-limoges", 81, "Job dating de l'ESS", at(15, "09:00"), at(15, "12:00"), "Pôle emploi Limoges",
              P("Espace Simone Veil", "3 place Winston Churchill", "87000", "Limoges"))
f.on_agenda("jobdating-limoges", 5081, "Job dating ESS Haute-Vienne", [(at(15, "09:00"), at(15, "12:00"))], "Pôle Emploi Haute-Vienne",
            A("Espace Simone Veil", "3 Place Winston Churchill", "87000", "Limoges", insee=LIMOGES))

# 82 the repair café of Limoges, Saturday 19
f.on_agenda("rc-limoges", 5082, "Repair Café du Val de l'Aurence", [(at(19, "14:00"), at(19, "17:00"))], "Centre social du Val de l'Aurence",
            A("Centre social du Val de l'Aurence", "36 rue de Nantes", "87100", "Limoges", insee=LIMOGES))
rows.append(("rc-limoges", row("NA-22-038", "CS Val de l'Aurence", "Repair café", "19/11/2022", "14h-17h", "Centre social", "36 rue de Nantes",
                               "87100", "Limoges")))

# 83 the breakfast of solidarity finance at the Région's site in Limoges, Friday 18
f.on_platform("pdj-limoges", 83, "Petit-déjeuner de la finance solidaire", at(18, "08:30"), at(18, "10:00"), "France Active Limousin",
              P("Région Nouvelle-Aquitaine - site de Limoges", "27 boulevard de la Corderie", "87000", "Limoges"))
rows.append(("pdj-limoges", row("NA-22-039", "France Active Limousin", "P'tit déj finance solidaire", "18/11/2022", "8h30-10h",
                                "Région NA site de Limoges", "27 bd de la Corderie", "87031", "Limoges Cedex")))

# 84 round table at the law faculty of Limoges, Wednesday 9 (agenda alone)
f.on_agenda("fac-limoges", 5084, "Table ronde : coopératives et jeunesse", [(at(9, "17:30"), at(9, "19:30"))], "Université de Limoges",
            A("Faculté de droit et des sciences économiques", "5 rue Félix Éboué", "87000", "Limoges", insee=LIMOGES))

# 85 Eymoutiers: Télé Millevaches's screening, Saturday 12 evening; 86 Ambiance Bois's open day in Faux-la-Montagne that day
f.in_calendar("tmv-eymoutiers", "projection-telemillevaches@atis-asso.org", SF(12, "20:30"), SUM("Projection-débat Télé Millevaches"),
              LOC("Salle des fêtes, Eymoutiers"))
rows.append(("tmv-eymoutiers", row("NA-22-040", "Télé Millevaches", "Soirée projection débat", "12/11/2022", "20h30", "Salle des fêtes", "",
                                   "87120", "Eymoutiers")))
f.on_platform("ambiance-bois", 86, "Portes ouvertes d'Ambiance Bois, scierie coopérative", at(12, "10:00"), at(12, "17:00"), "SAPO Ambiance Bois",
              P("Ambiance Bois", "Le Bourg", "23340", "Faux-la-Montagne"))
rows.append(("ambiance-bois", row("NA-22-041", "Ambiance bois", "Journée portes ouvertes", "12/11/2022", "10h-17h", "", "", "",
                                  "Faux-la-Montagne")))

# 87 the forum of the Creuse in Guéret, Tuesday 22; 88 the producers' market of Felletin, Sunday 20
f.on_platform("forum-creuse", 87, "Forum de l'ESS creusoise", at(22, "14:00"), at(22, "18:00"), "Creuse Confluence",
              P("Espace André Lejeune", "Place du Marché", "23000", "Guéret"))
f.on_agenda("forum-creuse", 5087, "Forum ESS Creuse 2022", [(at(22, "14:00"), at(22, "18:00"))], "Communauté d'agglomération du Grand Guéret",
            A("Espace André Lejeune", "Place du Marché", "23000", "Guéret", insee=GUERET))
f.in_calendar("forum-creuse", "forum-ess-creuse@atis-asso.org", SZ(22, "14:00"), EZ(22, "18:00"), SUM("Forum de l'économie sociale et solidaire"),
              LOC("Guéret"))
f.on_agenda("marche-felletin", 5088, "Marché des producteurs et artisans du Plateau", [(at(20, "09:00"), at(20, "13:00"))], "Association Felletin Terre d'échanges",
            A("Place Quinault", "Place Quinault", "23500", "Felletin", insee="23079"))

# 89 Brive's forum of associations, Saturday 19
f.on_platform("forum-brive", 89, "Forum des associations et de l'ESS de Brive", at(19, "10:00"), at(19, "17:00"), "Ville de Brive-la-Gaillarde",
              P("Espace des Trois Provinces", "1 avenue du Maréchal Leclerc", "19100", "Brive-la-Gaillarde"))
rows.append(("forum-brive", row("NA-22-042", "Ville de Brive", "Forum assos et ESS", "19/11/2022", "10h-17h", "Espace 3 Provinces",
                                "", "19100", "Brive")))

# 90-92 « Debout les femmes ! » the same Friday 25 evening in Tulle, Brive and Villeneuve-sur-Lot
f.in_calendar("debout-tulle", "cine-debout-tulle@atis-asso.org", S(25, "20:30"), SUM("Ciné-débat Debout les femmes !"), LOC("Cinéma Véo, Tulle"))
f.on_agenda("debout-tulle", 5090, "Ciné-débat « Debout les femmes ! » : les métiers du lien", [(at(25, "20:30"), at(25, "23:00"))],
            "UDAF de la Corrèze", A("Cinéma Véo", "13 quai de la République", "19000", "Tulle", insee=TULLE))
f.on_platform("debout-brive", 91, "Projection « Debout les femmes ! » suivie d'un débat", at(25, "20:30"), at(25, "23:00"), "ADMR de la Corrèze",
              P("Cinéma Rex", "3 boulevard Anatole France", "19100", "Brive-la-Gaillarde"))
rows.append(("debout-villeneuve", row("NA-22-043", "UNA Lot-et-Garonne", "Ciné-débat Debout les femmes", "25/11/2022", "20h30", "Cinéma Le Méga CGR",
                                      "", "47300", "Villeneuve-sur-Lot")))

# ───────────────────────── Poitou: Poitiers, Châtellerault, Niort, Deux-Sèvres ─────────────────────────

# 93 the forum of the Vienne at the Maison des 3 Quartiers, Saturday 19
f.on_platform("forum-poitiers", 93, "Forum de l'ESS de la Vienne", at(19, "10:00"), at(19, "18:00"), "Grand Poitiers",
              P("Maison des 3 Quartiers", "23 rue du Pigeon Blanc", "86000", "Poitiers"))
f.on_agenda("forum-poitiers", 5093, "Forum départemental de l'économie sociale et solidaire", [(at(19, "10:00"), at(19, "18:00"))],
            "Grand Poitiers Communauté urbaine", A("Maison des Trois Quartiers", "23 Rue du Pigeon Blanc", "86000", "Poitiers", insee=POITIERS))
rows.append(("forum-poitiers", row("NA-22-044", "Grand Poitiers", "Forum ESS 86", "19/11/2022", "10h-18h", "M3Q", "23 rue du Pigeon blanc",
                                   "86000", "POITIERS")))

# 94 / 95 two repair cafés in Poitiers the same Saturday 26 afternoon: Beaulieu and Couronneries
f.in_calendar("rc-beaulieu", "rc-beaulieu-2611@atis-asso.org", S(26, "14:00"), E(26, "17:00"), SUM("Repair café de Beaulieu"),
              LOC("Centre d'animation de Beaulieu, Poitiers"))
rows.append(("rc-beaulieu", row("NA-22-045", "CAB - Centre d'animation de Beaulieu", "Repair Café", "26/11/2022", "14h-17h", "CAB",
                                "10 boulevard Savari", "86000", "Poitiers")))
f.on_platform("rc-couronneries", 95, "Repair Café des Couronneries", at(26, "14:00"), at(26, "17:30"), "Centre socioculturel des Couronneries",
              P("Centre socioculturel des Couronneries", "37 rue Pierre de Coubertin", "86000", "Poitiers"))

# 96 the cooperative entrepreneurship café, Tuesday 8
f.on_agenda("cafe-crea", 5096, "Café-créa : entreprendre en coopérative", [(at(8, "18:00"), at(8, "20:00"))], "Pôle ESS 86",
            A("Le Local", "16 rue Saint-Pierre-le-Puellier", "86000", "Poitiers", insee=POITIERS))
rows.append(("cafe-crea", row("NA-22-046", "Pôle ESS 86", "Café créa coopératif", "08/11/2022", "18h-20h", "Le Local", "", "86000", "Poitiers")))

# 97 the meeting of funders at the Région's site in Poitiers, Monday 28
f.on_platform("financeurs-poitiers", 97, "Rencontre des financeurs solidaires de la Vienne", at(28, "14:00"), at(28, "17:00"), "France Active Poitou-Charentes",
              P("Région Nouvelle-Aquitaine - site de Poitiers", "15 rue de l'Ancienne Comédie", "86000", "Poitiers"))
rows.append(("financeurs-poitiers", row("NA-22-047", "France Active PC", "Rencontre financeurs", "28/11/2022", "14h-17h", "Hôtel de Région",
                                        "15 rue de l'Ancienne Comédie", "86021", "Poitiers Cedex")))

# 98 conference on third places at the Espace Mendès France, Tuesday 29
f.on_agenda("tierslieux-poitiers", 5098, "Conférence : les tiers-lieux en Nouvelle-Aquitaine", [(at(29, "18:00"), at(29, "20:00"))],
            "Tiers-lieux Nouvelle-Aquitaine", A("Espace Mendès France", "1 place de la Cathédrale", "86000", "Poitiers", insee=POITIERS))
f.in_calendar("tierslieux-poitiers", "conf-tiers-lieux-poitiers@atis-asso.org", SZ(29, "18:00"), EZ(29, "20:00"), SUM("Les tiers-lieux en N-A"),
              LOC("Espace Mendès France"))

# 99 the employment forum of Châtellerault, Thursday 17
f.on_platform("forum-chatel", 99, "Forum de l'emploi solidaire du Châtelleraudais", at(17, "09:00"), at(17, "13:00"), "Grand Châtellerault",
              P("La Manu", "Rue Clément Krebs", "86100", "Châtellerault"))
f.on_agenda("forum-chatel", 5099, "Forum emploi & insertion - Châtellerault", [(at(17, "09:00"), at(17, "13:00"))], "Communauté d'agglomération de Grand Châtellerault",
            A("Site de la Manu", "Rue Clément Krebs", "86100", "Châtellerault", insee="86066"))

# 100 / 101 Niort on Wednesday 16: the job dating in the morning, a conference on mutualism in the evening
f.on_agenda("jobdating-niort", 5100, "Job dating de l'ESS niortaise", [(at(16, "09:00"), at(16, "12:00"))], "Maison de l'Économie Sociale et Solidaire de Niort",
            A("Maison des associations", "12 rue Joseph Cugnot", "79000", "Niort", insee=NIORT))
rows.append(("jobdating-niort", row("NA-22-048", "MESS Niort", "Job-dating", "16/11/2022", "matin", "Maison des associations",
                                    "12 rue Joseph Cugnot", "79000", "Niort")))
f.on_platform("mutualisme-niort", 101, "Conférence : le modèle mutualiste face aux transitions", at(16, "18:00"), at(16, "20:00"), "MAIF",
              P("Le Moulin du Roc - Scène nationale", "9 boulevard Main", "79000", "Niort"))
f.on_agenda("mutualisme-niort", 5101, "Mutuelles et transitions : conférence", [(at(16, "18:00"), at(16, "20:00"))], "Niort Agglo & MAIF",
            A("Moulin du Roc", "9 Boulevard Main", "79000", "Niort", insee=NIORT))
f.in_calendar("mutualisme-niort", "conf-mutualisme-niort@atis-asso.org", S(16, "18:00"), E(16, "20:00"), SUM("Le modèle mutualiste et les transitions"),
              LOC("Moulin du Roc, Niort"))

# 102 a solidarity concert at the Camji, Friday 18 (calendar alone)
f.in_calendar("camji", "concert-solidaire-camji@atis-asso.org", SF(18, "20:30"), EF(18, "23:30"), SUM("Concert solidaire au Camji"), LOC("Le Camji"))

# 103 Parthenay's fair of local initiatives, Sunday 13; 104 the Mellois recyclerie's open day, Saturday 5
f.on_platform("salon-parthenay", 103, "Salon des initiatives locales de Gâtine", at(13, "10:00"), at(13, "18:00"), "Communauté de communes Parthenay-Gâtine",
              P("Palais des congrès", "Rue de la Citadelle", "79200", "Parthenay"))
rows.append(("salon-parthenay", row("NA-22-049", "CC Parthenay Gâtine", "Salon initiatives locales", "13/11/2022", "", "Palais des Congrès",
                                    "", "79200", "Parthenay")))
f.in_calendar("recyclerie-melle", "po-recyclerie-mellois@atis-asso.org", SD(5), ED(5), SUM("Portes ouvertes de la recyclerie du Mellois"),
              LOC("Melle"))

# ───────────────────────── Charente-Maritime and Charente ─────────────────────────

# 105 the forum of La Rochelle at the Espace Encan, Saturday 26
f.on_platform("forum-rochelle", 105, "Forum de l'ESS rochelais", at(26, "10:00"), at(26, "18:00"), "Agglomération de La Rochelle",
              P("Espace Encan", "Quai Louis Prunier", "17000", "La Rochelle"))
f.on_agenda("forum-rochelle", 5105, "Forum ESS La Rochelle 2022", [(at(26, "10:00"), at(26, "18:00"))], "Communauté d'agglomération de La Rochelle",
            A("Espace Encan", "Quai Louis Prunier", "17000", "La Rochelle", insee=LAROCHELLE))
rows.append(("forum-rochelle", row("NA-22-050", "CdA La Rochelle", "Forum ESS", "26/11/2022", "10h-18h", "Encan", "", "17000", "LA ROCHELLE")))

# 106 / 107 La Rochelle on Thursday 24: a Fresque du Climat at the media library, a Fresque de l'Océan at the Aquarium
f.on_agenda("fresque-rochelle", 5106, "Fresque du Climat", [(at(24, "18:00"), at(24, "21:00"))], "Fresque du Climat Charente-Maritime",
            A("Médiathèque Michel-Crépeau", "Avenue Michel Crépeau", "17000", "La Rochelle", insee=LAROCHELLE))
f.in_calendar("fresque-rochelle", "fdc-larochelle-2411@atis-asso.org", SZ(24, "18:00"), EZ(24, "21:00"), SUM("Atelier Fresque du Climat"),
              LOC("Médiathèque Michel Crépeau, La Rochelle"))
f.on_platform("fresque-ocean", 107, "Fresque de l'Océan", at(24, "18:00"), at(24, "21:00"), "Aquarium La Rochelle",
              P("Aquarium La Rochelle", "Quai Louis Prunier", "17000", "La Rochelle"))

# 108 the evening on culture at La Sirène, Friday 4
f.in_calendar("sirene", "soiree-culture-ess-sirene@atis-asso.org", SF(4, "18:30"), EF(4, "21:00"), SUM("ESS & culture : les lieux intermédiaires"),
              LOC("La Sirène, 111 boulevard Émile Delmas, La Rochelle"))
rows.append(("sirene", row("NA-22-051", "La Sirène - Espace musiques actuelles", "Soirée ESS et culture", "04/11/2022", "18h30-21h", "La Sirène",
                           "111 bd Emile Delmas", "17000", "La Rochelle")))

# 109 visit of the insertion work site at the Corderie royale, Rochefort, Wednesday 9; 110 the repair café of Rochefort, Saturday 19
f.on_platform("corderie", 109, "Visite d'un chantier d'insertion du patrimoine", at(9, "14:00"), at(9, "16:00"), "Chantier d'insertion Corderie",
              P("Corderie Royale", "Rue Jean-Baptiste Audebert", "17300", "Rochefort"))
f.on_agenda("corderie", 5109, "Chantier d'insertion : visite à la Corderie royale", [(at(9, "14:00"), at(9, "16:00"))], "Atelier Chantier d'Insertion Patrimoine",
            A("Corderie royale", "Rue Jean-Baptiste Audebert", "17300", "Rochefort", insee=ROCHEFORT))
rows.append(("rc-rochefort", row("NA-22-052", "Repair café Rochefort", "Repair café", "19/11/2022", "9h30-12h30", "Maison de quartier du Petit Marseille",
                                 "", "17300", "Rochefort")))

# 111 Saintes: coffee-debate on participatory housing, Tuesday 8; 112 Royan's solidarity market, Sunday 20
f.in_calendar("cafe-habitat-saintes", "cafe-debat-habitat-saintes@atis-asso.org", S(8, "19:00"), E(8, "21:00"), SUM("Café-débat habitat participatif"),
              LOC("Saintes"))
f.on_platform("cafe-habitat-saintes", 111, "Café-débat : l'habitat participatif, pourquoi pas nous ?", at(8, "19:00"), at(8, "21:00"),
              "Habitat Participatif Nouvelle-Aquitaine", P("Café associatif Le Gabion", "12 rue Saint-Michel", "17100", "Saintes"))
f.on_agenda("marche-royan", 5112, "Marché solidaire de Royan", [(at(20, "09:00"), at(20, "13:00"))], "Royan Atlantique en transition",
            A("Marché central", "Boulevard Aristide Briand", "17200", "Royan", insee="17306"))

# 113 / 114 Angoulême on Thursday 10: the forum of the Charente and a conférence gesticulée in the evening at the Espace Franquin
FRANQUIN = P("Espace Franquin", "1 bis boulevard Berthelot", "16000", "Angoulême")
f.on_platform("forum-charente", 113, "Forum de l'ESS en Charente", at(10, "09:00"), at(10, "17:00"), "GrandAngoulême", FRANQUIN)
f.in_calendar("forum-charente", "forum-ess-charente@atis-asso.org", S(10, "09:00"), E(10, "17:00"), SUM("Forum ESS Charente"), LOC("Espace Franquin"))
rows.append(("forum-charente", row("NA-22-053", "GrandAngouleme", "Forum ESS 16", "10/11/2022", "9h-17h", "Espace Franquin",
                                   "1bis bd Berthelot", "16000", "Angouleme")))
f.on_agenda("gesticulee", 5114, "Conférence gesticulée : « Le travail, c'est nous »", [(at(10, "20:00"), at(10, "22:00"))], "Scop Le Contrepied",
            A("Espace Franquin", "1 bis Boulevard Berthelot", "16000", "Angoulême", insee=ANGOULEME))
rows.append(("gesticulee", row("NA-22-054", "Le Contrepied", "Conférence gesticulée", "10/11/2022", "20h", "Espace Franquin", "", "16000",
                               "Angoulême")))

# 115 « Une fois que tu sais » in Angoulême on Tuesday 22 (calendar alone)
f.in_calendar("cine-angouleme", "cine-unefois-angouleme@atis-asso.org", SF(22, "20:00"), SUM("Ciné-débat « Une fois que tu sais »"),
              LOC("Angoulême"))

# 116 the repair café of Soyaux, Saturday 19; 117 a visit of a cooperage SCOP in Cognac, Friday 18
f.in_calendar("rc-soyaux", "rc-soyaux-1911@atis-asso.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café"), LOC("Soyaux"))
rows.append(("rc-soyaux", row("NA-22-055", "Centre social de Soyaux", "Repair café", "19/11/2022", "14h-17h", "Centre social", "", "16800",
                              "Soyaux")))
f.on_platform("scop-cognac", 117, "Visite d'entreprise : une tonnellerie en Scop", at(18, "10:00"), at(18, "12:00"), "URSCOP Nouvelle-Aquitaine",
              P("Tonnellerie coopérative", "Rue de Bellefonds", "16100", "Cognac"))

# ───────────────────────── Béarn and Pays basque ─────────────────────────

# 118 the forum of the Béarn at the Parc des expositions, Saturday 12, four sources
f.on_platform("forum-bearn", 118, "Forum de l'ESS du Béarn", at(12, "10:00"), at(12, "17:00"), "Communauté d'agglomération Pau Béarn Pyrénées",
              P("Parc des expositions", "Boulevard Champetier de Ribes", "64000", "Pau"))
f.on_agenda("forum-bearn", 5118, "Forum ESS Béarn 2022", [(at(12, "10:00"), at(12, "17:00"))], "Pau Béarn Pyrénées",
            A("Parc des Expositions de Pau", "Boulevard Champetier de Ribes", "64000", "Pau", insee=PAU))
f.in_calendar("forum-bearn", "forum-ess-bearn@atis-asso.org", SZ(12, "10:00"), EZ(12, "17:00"), SUM("Forum de l'économie sociale et solidaire"),
              LOC("Pau"))
rows.append(("forum-bearn", row("NA-22-056", "Agglo Pau", "Forum ESS Béarn", "12/11/2022", "10h-17h", "Parc Expo", "", "64000", "PAU")))

# 119 the job dating of Pau, Tuesday 15 afternoon
f.in_calendar("jobdating-pau", "jobdating-pau@atis-asso.org", S(15, "14:00"), E(15, "17:00"), SUM("Job dating : l'ESS recrute"),
              LOC("Les Halles, Pau"))
rows.append(("jobdating-pau", row("NA-22-057", "Pôle emploi Pau", "Job dating ESS", "15/11/2022", "14h-17h", "Les Halles de Pau",
                                  "place de la République", "64000", "Pau")))

# 120 « Une fois que tu sais » at Le Méliès, Pau, Tuesday 22 (agenda alone)
f.on_agenda("cine-pau", 5120, "Une fois que tu sais : projection-débat", [(at(22, "20:30"), at(22, "23:00"))], "Alternatiba Pau",
            A("Cinéma Le Méliès", "6 rue Bargoin", "64000", "Pau", insee=PAU))

# 121 round table at the university of Pau, Thursday 24
f.on_platform("uppa", 121, "Table ronde : l'ESS recrute les jeunes diplômés", at(24, "12:30"), at(24, "14:00"), "Université de Pau et des Pays de l'Adour",
              P("UPPA - Présidence", "Avenue de l'Université", "64000", "Pau"))
rows.append(("uppa", row("NA-22-058", "UPPA", "Table ronde jeunes diplômés", "24/11/2022", "12h30", "Campus de Pau", "av. de l'Université",
                         "64012", "Pau Cedex")))

# 122 bike workshop in Billère, Saturday 26
f.on_agenda("velo-billere", 5122, "Atelier réparation vélo", [(at(26, "14:00"), at(26, "17:00"))], "Pédale et Pignon",
            A("Pédale et Pignon", "Rue de la Pépinière", "64140", "Billère", insee="64129"))
f.in_calendar("velo-billere", "atelier-velo-billere@atis-asso.org", S(26, "14:00"), E(26, "17:00"), SUM("Atelier vélo : réparez vous-même"),
              LOC("Billère"))

# 123 / 124 Bayonne on Wednesday 16: Herrikoa's breakfast in the morning, the Eusko's conference in the evening
f.in_calendar("herrikoa", "pdj-herrikoa@atis-asso.org", SF(16, "08:30"), EF(16, "10:00"), SUM("Petit-déjeuner de l'investissement citoyen"),
              LOC("Bayonne"), ORG("Herrikoa", "contact@herrikoa.com"))
rows.append(("herrikoa", row("NA-22-059", "Herrikoa", "P'tit déj investissement citoyen", "16/11/2022", "8h30-10h", "Herrikoa",
                             "2 allée des Platanes", "64100", "Bayonne")))
f.on_platform("eusko", 124, "Conférence : l'Eusko, une monnaie locale au service du territoire", at(16, "19:00"), at(16, "21:00"), "Euskal Moneta",
              P("Médiathèque de Bayonne", "10 rue des Gouverneurs", "64100", "Bayonne"))
f.on_agenda("eusko", 5124, "Eusko : la monnaie locale basque, conférence-débat", [(at(16, "19:00"), at(16, "21:00"))], "Euskal Moneta",
            A("Médiathèque de Bayonne centre-ville", "10 Rue des Gouverneurs", "64100", "Bayonne", insee=BAYONNE))
rows.append(("eusko", row("NA-22-060", "Euskal Moneta - Eusko", "Conférence Eusko", "16/11/2022", "19h-21h", "Médiathèque", "10 rue des Gouverneurs",
                          "64100", "Bayonne")))

# 125 « Une fois que tu sais » at L'Atalante, Bayonne, Tuesday 22
f.on_platform("cine-bayonne", 125, "Ciné-débat : Une fois que tu sais", at(22, "20:30"), at(22, "23:00"), "Bizi !",
              P("Cinéma L'Atalante", "7 rue Denis Etcheverry", "64100", "Bayonne"))
f.in_calendar("cine-bayonne", "cine-unefois-bayonne@atis-asso.org", SZ(22, "20:30"), SUM("Une fois que tu sais - ciné débat"),
              LOC("L'Atalante, Bayonne"))

# 126 the employment forum of the Basque Coast at the Colisée, Biarritz, Tuesday 29; 127 a Fresque du Climat in Biarritz, Thursday 17
f.on_agenda("forum-cotebasque", 5126, "Forum de l'emploi ESS Côte basque", [(at(29, "09:00"), at(29, "13:00"))], "Communauté d'agglomération Pays basque",
            A("Le Colisée", "1 avenue Sarasate", "64200", "Biarritz", insee=BIARRITZ))
rows.append(("forum-cotebasque", row("NA-22-061", "CAPB", "Forum emploi ESS", "29/11/2022", "9h-13h", "Colisée", "", "64200", "Biarritz")))
f.on_platform("fresque-biarritz", 127, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "Fresque du Climat Pays basque",
              P("Médiathèque de Biarritz", "2 rue Ambroise Paré", "64200", "Biarritz"))

# 128 a nature walk at the Izadia park, Anglet, Sunday 6; 129 the repair café of Anglet, Saturday 19
f.in_calendar("izadia", "balade-izadia-0611@atis-asso.org", SF(6, "10:00"), EF(6, "12:00"), SUM("Balade nature et ESS"), LOC("Parc Izadia, Anglet"))
f.on_agenda("rc-anglet", 5129, "Repair café d'Anglet", [(at(19, "14:00"), at(19, "17:00"))], "Maison pour tous d'Anglet",
            A("Maison pour tous", "6 rue Albert le Barillier", "64600", "Anglet", insee=ANGLET))
rows.append(("rc-anglet", row("NA-22-062", "MPT Anglet", "Repair Café", "19/11/2022", "14h-17h", "Maison pour Tous", "6 rue Albert Le Barillier",
                              "64600", "Anglet")))

# 130 zero-waste workshop in Saint-Jean-de-Luz, Saturday 12 (platform alone)
f.on_platform("zd-sjdl", 130, "Atelier zéro déchet : produits ménagers maison", at(12, "10:00"), at(12, "12:00"), "Zero Waste Pays basque",
              P("Maison des associations", "Rue Ravel", "64500", "Saint-Jean-de-Luz"))

# ───────────────────────── Landes, Lot-et-Garonne, Dordogne ─────────────────────────

# 131 the meetings of the ESS of the Landes in Dax and 132 the forum of the Marsan, both Friday 18
f.on_platform("rencontres-landes", 131, "Rencontres de l'ESS landaise", at(18, "09:00"), at(18, "17:00"), "Département des Landes",
              P("L'Atrium", "Cours du Maréchal Foch", "40100", "Dax"))
f.on_agenda("rencontres-landes", 5131, "Les Rencontres de l'économie sociale et solidaire des Landes", [(at(18, "09:00"), at(18, "17:00"))],
            "Conseil départemental des Landes", A("Atrium", "Cours Maréchal Foch", "40100", "Dax", insee=DAX))
rows.append(("rencontres-landes", row("NA-22-063", "CD40", "Rencontres ESS Landes", "18/11/2022", "Toute la journée", "Atrium", "", "40100",
                                      "DAX")))
f.in_calendar("forum-marsan", "forum-ess-marsan@atis-asso.org", S(18, "13:30"), E(18, "18:00"), SUM("Forum ESS du Marsan"), LOC("Mont-de-Marsan"))
rows.append(("forum-marsan", row("NA-22-064", "Mont de Marsan Agglo", "Forum ESS", "18/11/2022", "13h30-18h", "Le Pôle", "", "40000",
                                 "Mt-de-Marsan")))

# 133 « Les Liberterres » at the Royal, Mont-de-Marsan, Tuesday 22 (agenda alone)
f.on_agenda("liberterres", 5133, "Ciné-débat : « Les Liberterres »", [(at(22, "20:30"), at(22, "23:00"))], "Landes en transition",
            A("Cinéma Le Royal", "15 rue Gambetta", "40000", "Mont-de-Marsan", insee=MDM))

# 134 / 135 Agen on the weekend of 26-27: the forum of associations (Saturday) and the Christmas market (two days)
f.on_platform("forum-agen", 134, "Forum des associations et de l'ESS du Lot-et-Garonne", at(26, "10:00"), at(26, "17:00"), "Agglomération d'Agen",
              P("Centre des congrès", "Avenue du Midi", "47000", "Agen"))
f.on_agenda("forum-agen", 5134, "Forum ESS & associations - Agen", [(at(26, "10:00"), at(26, "17:00"))], "Agglo d'Agen",
            A("Centre des Congrès d'Agen", "Avenue du Midi", "47000", "Agen", insee=AGEN))
f.in_calendar("forum-agen", "forum-ess-agen@atis-asso.org", SZ(26, "10:00"), EZ(26, "17:00"), SUM("Forum des associations et de l'ESS"), LOC("Agen"))
f.on_agenda("noel-agen", 5135, "Marché de Noël solidaire d'Agen", [(at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Agen Solidarités", A("Place Armand Fallières", "Place Armand Fallières", "47000", "Agen", insee=AGEN))
rows.append(("noel-agen", row("NA-22-065", "Agen Solidarités", "Marché de Noël solidaire - samedi", "26/11/2022", "10h-19h", "Place Armand Fallières",
                              "", "47000", "Agen")))
rows.append(("noel-agen", row("NA-22-066", "Agen Solidarités", "Marché de Noël solidaire - dimanche", "27/11/2022", "10h-18h", "Place Armand Fallières",
                              "", "47000", "Agen")))

# 136 visit of an insertion vegetable factory in Marmande, Thursday 17
f.on_platform("legumerie", 136, "Visite de la légumerie d'insertion du Marmandais", at(17, "10:00"), at(17, "12:00"), "Val de Garonne Insertion",
              P("Légumerie solidaire", "Zone industrielle de la Plaine", "47200", "Marmande"))
f.in_calendar("legumerie", "visite-legumerie-marmande@atis-asso.org", S(17, "10:00"), E(17, "12:00"), SUM("Visite légumerie d'insertion"),
              LOC("Marmande"))

# 137 / 138 Périgueux on Thursday 17 at the Espace culturel François Mitterrand: the forum of the Dordogne, then a Fresque du Climat
MITTERRAND = P("Espace culturel François Mitterrand", "2 place Hoche", "24000", "Périgueux")
f.on_platform("forum-dordogne", 137, "Forum de l'ESS de la Dordogne", at(17, "14:00"), at(17, "18:00"), "Département de la Dordogne", MITTERRAND)
f.on_agenda("forum-dordogne", 5137, "Forum départemental ESS Dordogne", [(at(17, "14:00"), at(17, "18:00"))], "Conseil départemental de la Dordogne",
            A("Espace Culturel François Mitterrand", "2 Place Hoche", "24000", "Périgueux", insee=PERIGUEUX))
rows.append(("forum-dordogne", row("NA-22-067", "CD24", "Forum ESS Dordogne", "17/11/2022", "14h-18h", "Espace F. Mitterrand", "2 pl. Hoche",
                                   "24000", "Perigueux")))
f.in_calendar("fresque-perigueux", "fdc-perigueux-1711@atis-asso.org", S(17, "18:30"), E(17, "21:30"), SUM("Fresque du Climat"),
              LOC("Espace culturel François Mitterrand, Périgueux"))
rows.append(("fresque-perigueux", row("NA-22-068", "Fresque du climat Dordogne", "Fresque du Climat", "17/11/2022", "18h30-21h30",
                                      "Espace François Mitterrand", "", "24000", "Périgueux")))

# 139 the repair café of Bergerac, Saturday 19 morning (calendar alone); 140 a conference in Sarlat, Monday 21
f.in_calendar("rc-bergerac", "rc-bergerac-1911@atis-asso.org", SF(19, "09:30"), EF(19, "12:00"), SUM("Repair Café"), LOC("Bergerac"))
f.on_agenda("sarlat-circuits", 5140, "Circuits courts et restauration collective : conférence", [(at(21, "18:00"), at(21, "20:00"))],
            "Pays du Périgord Noir", A("Centre culturel de Sarlat", "Rue Gaubert", "24200", "Sarlat-la-Canéda", insee="24520"))
f.on_platform("sarlat-circuits", 140, "Conférence : manger local à la cantine", at(21, "18:00"), at(21, "20:00"), "Pays du Périgord Noir",
              P("Centre culturel", "Rue Gaubert", "24200", "Sarlat-la-Canéda"))

# ───────────────────────── more copies of events above, and more events ─────────────────────────
rows.append(("velo-26", row("NA-22-069", "Cycles et Manivelles", "Atelier vélo", "26/11/2022", "14h-18h", "Cycles et Manivelles", "18 rue de Nuits",
                            "33100", "Bordeaux")))
f.on_agenda("rc-bastide", 5141, "Mois de l'ESS - Repair café Bastide Benauge", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Bastide",
            A("Centre d'animation Bastide Benauge", "23 Rue Raymond Poincaré", "33100", "Bordeaux", insee=BDX))
f.in_calendar("fresque-kedge", "fdc-kedge-1711@atis-asso.org", SZ(17, "18:00"), EZ(17, "21:00"), SUM("Fresque du Climat @ KEDGE"),
              LOC("KEDGE Bordeaux, Talence"))
rows.append(("fresque-douves", row("NA-22-070", "Fresque du Climat 33", "Atelier Fresque du climat", "17/11/2022", "18h30-21h30",
                                   "Halle des Douves", "4 rue des Douves", "33800", "Bordeaux")))
f.in_calendar("jobdating-limoges", "jobdating-limoges@atis-asso.org", S(15, "09:00"), E(15, "12:00"), SUM("Job dating : l'ESS recrute"),
              LOC("Espace Simone Veil, Limoges"))
rows.append(("cine-bdx", row("NA-22-071", "Alternatiba Bx", "Ciné débat Une fois que tu sais", "22/11/2022", "20h", "Utopia", "", "33000",
                             "Bordeaux")))
f.on_platform("rc-stmichel", 142, "Repair café", at(19, "14:00"), at(19, "17:30"), "Centre d'animation Saint-Michel",
              P("Centre d'animation Saint-Michel", "19 rue Permentade", "33000", "Bordeaux"))
f.on_agenda("garage-moderne", 5143, "Le Garage Moderne ouvre ses portes", [(at(12, "14:00"), at(12, "18:00"))], "Le Garage Moderne",
            A("Garage Moderne", "1 rue des Étrangers", "33300", "Bordeaux", insee=BDX))
f.in_calendar("forum-rochelle", "forum-ess-larochelle@atis-asso.org", SD(26), ED(26), SUM("Forum ESS"), LOC("Espace Encan, La Rochelle"))
rows.append(("region-achats-bis", row("NA-22-072", "Région Nouvelle-Aquitaine", "Webinaire achats responsables", "24/11/2022", "11h-12h",
                                      "Visio", "", "", "", "Distanciel")))
f.on_agenda("forum-brive", 5144, "Forum des associations et de l'ESS", [(at(19, "10:00"), at(19, "17:00"))], "Ville de Brive",
            A("Espace des Trois Provinces", "1 Avenue du Maréchal Leclerc", "19100", "Brive-la-Gaillarde", insee=BRIVE))
f.in_calendar("gemme", "conf-gemme-merignac@atis-asso.org", SZ(18, "18:30"), EZ(18, "20:00"), SUM("Conférence La Gemme"),
              LOC("Médiathèque de Mérignac"))
rows.append(("rc-chartrons", row("NA-22-073", "Bricoleurs des Chartrons", "Repair café Chartrons", "19/11/2022", "matin", "Halle des Chartrons",
                                 "", "33300", "Bordeaux")))
f.on_platform("rencontres-landes-bis", 143, "Atelier : accompagner les associations landaises (DLA)", at(18, "14:00"), at(18, "16:00"),
              "DLA des Landes", P("L'Atrium", "Cours du Maréchal Foch", "40100", "Dax"))
f.on_platform("web-lma", 144, "Webinaire : le contrat d'engagement républicain décrypté", at(15, "11:00"), at(15, "12:00"),
              "Le Mouvement associatif Nouvelle-Aquitaine", ONLINE, modality="En ligne")
rows.append(("web-fa", row("NA-22-074", "France Active N-A", "Webinaire financer son projet", "15/11/2022", "11h", "Zoom", ZOOM_FA, "", "",
                           "En ligne")))
f.on_agenda("rc-soyaux", 5145, "Repair café de Soyaux", [(at(19, "14:00"), at(19, "17:00"))], "Centre social de Soyaux",
            A("Centre social et culturel", "Place Jean Jaurès", "16800", "Soyaux", insee="16374"))
rows.append(("forum-creuse", row("NA-22-075", "Agglo du Grand Guéret", "Forum ESS Creuse", "22/11/2022", "14h-18h", "Espace A. Lejeune", "",
                                 "23000", "Guéret")))
f.on_platform("recyclerie-belcier", 145, "Inauguration de la recyclerie Récup'R à Belcier", at(16, "17:00"), at(16, "19:30"), "Récup'R",
              P("Recyclerie Récup'R", "52 rue Carle Vernet", "33800", "Bordeaux"))
f.in_calendar("tierslieux-bdx", "assemblee-tiers-lieux@atis-asso.org", S(8, "14:00"), E(8, "17:30"), SUM("Assemblée des tiers-lieux girondins"),
              LOC("La Fabrique Pola, Bordeaux"))
f.on_agenda("tierslieux-bdx", 5146, "Assemblée des tiers-lieux de Gironde", [(at(8, "14:00"), at(8, "17:30"))], "Tiers-lieux Nouvelle-Aquitaine",
            A("Fabrique POLA", "10 Quai de Brazza", "33100", "Bordeaux", insee=BDX))
f.on_platform("emmaus-po", 146, "Portes ouvertes d'Emmaüs Gironde", at(19, "09:30"), at(19, "17:00"), "Emmaüs Gironde",
              P("Emmaüs Gironde", "Avenue de la Jallère", "33300", "Bordeaux"))
rows.append(("emmaus-po", row("NA-22-076", "Emmaus Gironde", "Journée portes ouvertes", "19/11/2022", "9h30-17h", "", "av. de la Jallère",
                              "33300", "Bordeaux")))
f.on_agenda("fresque-biarritz", 5147, "Atelier Fresque du Climat - Biarritz", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Pays Basque",
            A("Médiathèque", "2 Rue Ambroise Paré", "64200", "Biarritz", insee=BIARRITZ))
rows.append(("uppa-bis", row("NA-22-077", "UPPA", "Forum stages et alternance ESS", "24/11/2022", "14h-17h", "Campus de Pau", "av. de l'Université",
                             "64000", "Pau")))
f.in_calendar("cafe-crea", "cafe-crea-poitiers@atis-asso.org", SZ(8, "18:00"), SUM("Café créa - entreprendre en coopérative"), LOC("Le Local, Poitiers"))
f.on_platform("forum-marsan", 147, "Forum de l'ESS du Marsan", at(18, "13:30"), at(18, "18:00"), "Mont de Marsan Agglomération",
              P("Le Pôle", "Boulevard Jean Larrieu", "40000", "Mont-de-Marsan"))
f.on_agenda("velo-5", 5148, "Répare ton vélo avec Cycles et Manivelles", [(at(5, "14:00"), at(5, "18:00"))], "Cycles et Manivelles",
            A("Cycles et Manivelles", "18 Rue de Nuits", "33100", "Bordeaux", insee=BDX))

# 148-156 events listed once or twice more
f.on_platform("lormont-jardins", 148, "Visite des jardins d'insertion de Lormont", at(16, "10:00"), at(16, "12:00"), "Les Jardins de Lormont",
              P("Jardins du Bois Fleuri", "Rue Lavergne", "33310", "Lormont"))
rows.append(("lormont-jardins", row("NA-22-078", "Jardins de Lormont", "Visite jardin d'insertion", "16/11/2022", "10h", "Bois Fleuri", "",
                                    "33310", "Lormont")))
f.in_calendar("afterwork-limoges", "afterwork-ess-limoges@atis-asso.org", SF(10, "18:30"), EF(10, "20:30"), SUM("Afterwork ESS Limousin"),
              LOC("Ester Technopole, Limoges"))
f.on_agenda("afterwork-limoges", 5149, "Afterwork des entrepreneurs de l'ESS du Limousin", [(at(10, "18:30"), at(10, "20:30"))],
            "Réseau Entreprendre Limousin", A("Ester Technopole", "1 avenue d'Ester", "87069", "Limoges", insee=LIMOGES))
f.on_platform("epicerie-tulle", 150, "Portes ouvertes de l'épicerie solidaire de Tulle", at(23, "10:00"), at(23, "16:00"), "Épicerie solidaire La Courte Échelle",
              P("Épicerie solidaire", "Rue de la Barrière", "19000", "Tulle"))
f.on_agenda("ressourcerie-chatel", 5151, "Portes ouvertes de la ressourcerie", [(at(26, "10:00"), at(26, "17:00"))], "Ressourcerie du Châtelleraudais",
            A("Ressourcerie", "Rue d'Antran", "86100", "Châtellerault", insee="86066"))
rows.append(("ressourcerie-chatel", row("NA-22-079", "Ressourcerie Chatellerault", "Portes ouvertes ressourcerie", "26/11/2022", "10h-17h", "",
                                        "rue d'Antran", "86100", "Chatellerault")))
f.in_calendar("amap-niort", "soiree-amap-niort@atis-asso.org", S(23, "19:00"), E(23, "21:00"), SUM("Soirée découverte des AMAP"), LOC("Niort"))
f.on_platform("laborantza", 152, "Visite de ferme et rencontre avec Laborantza Ganbara", at(25, "14:00"), at(25, "17:00"), "Euskal Herriko Laborantza Ganbara",
              P("Laborantza Ganbara", "Route de Saint-Palais", "64220", "Ainhice-Mongelos"))
rows.append(("laborantza", row("NA-22-080", "EHLG", "Visite de ferme", "25/11/2022", "après-midi", "", "", "64220", "Ainhice-Mongelos")))
f.on_agenda("bourse-benevolat-pau", 5153, "Bourse au bénévolat", [(at(19, "10:00"), at(19, "13:00"))], "France Bénévolat Pau Béarn",
            A("Les Halles de Pau", "Place de la République", "64000", "Pau", insee=PAU))
f.in_calendar("chantier-gueret", "chantier-participatif-gueret@atis-asso.org", SD(26), SUM("Chantier participatif éco-construction"),
              LOC("Guéret"))
rows.append(("portes-angouleme-scop", row("NA-22-081", "Scop Alternative", "Portes ouvertes de la Scop", "18/11/2022", "", "", "Rue de Bordeaux",
                                          "16000", "Angoulême")))
f.on_platform("gratiferia-begles", 155, "Gratiféria : le marché gratuit", at(20, "10:00"), at(20, "16:00"), "Bègles en transition",
              P("Place du 14 Juillet", "Place du 14 Juillet", "33130", "Bègles"))
f.in_calendar("gratiferia-begles", "gratiferia-begles@atis-asso.org", S(20, "10:00"), E(20, "16:00"), SUM("Gratiferia"), LOC("Bègles, place du 14 juillet"))
f.on_agenda("fresque-talence-dec", 5156, "Fresque du Climat", [(at(10, "18:30"), at(10, "21:30"))], "Fresque du Climat Gironde",
            A("Forum des Arts et de la Culture", "Place Alcala de Henares", "33400", "Talence", insee=TALENCE))
rows.append(("fresque-talence-dec", row("NA-22-082", "Fresque du Climat Gironde", "Fresque du climat", "10/11/2022", "18h30-21h30",
                                        "Forum des arts", "", "33400", "Talence")))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
