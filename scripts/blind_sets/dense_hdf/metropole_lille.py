"""Blind set dense_hdf-1 (helper, 7 Dec 2026): Hauts-de-France, the Métropole européenne de Lille, DENSE. 93 real
events of November 2022 in Lille (with its communes associées Lomme and Hellemmes, the Euralille postal code 59777,
the Hôtel de Région's cedex), Roubaix, Tourcoing, Villeneuve-d'Ascq (« V. d'Ascq », « Villeneuve d'Ascq »),
Wattrelos, Lambersart, Croix, Seclin… as four sources list them: the national platform's JSON, the CRESS
Hauts-de-France's OpenAgenda (insee, attendanceMode 2 with onlineAccessLink, several timings for a series or a
two-day colloque), the APES network's Google calendar (UTC « Z » times, some TZID, some floating, all-day VALUE=DATE,
RRULE, one VEVENT per day, LOCATION the venue or the town alone, meeting links in URL / CONFERENCE / DESCRIPTION), the
CRESS registration form (Windows-1252 `;` CSV: acronyms, « 14h-17h », « matin », « Toute la journée », dates only,
communes abbreviated). Many hard negatives: four repair cafés the same Saturday, one network's Fresque du Climat in
Roubaix and Tourcoing the same evening (and a Fresque du numérique in Lomme), two job datings and two afterworks the
same day, the same film two nights running, one organiser's two events the same day, morning and afternoon sessions,
weekly sessions, three webinars the same morning, events inside a two-day span at the same venue."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, timedelta
from lib import *


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
def OA(text): return {"fr": text}  # an OpenAgenda multilingual field


LILLE, ROUBAIX, TOURCOING, VDA = "59350", "59512", "59599", "59009"
ZOOM_FA = "https://us02web.zoom.us/j/86123457789?pwd=RkFIREZmaW5hbmNlcg"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZTgtScopHdF%40thread.v2/0?context=%7b%22Tid%22%7d"
JITSI_LMA = "https://meet.jit.si/LMA-HdF-CER-2022"
JITSI_APES = "https://meet.jit.si/apes-tiers-lieux-ess"
ZOOM_CRESS = "https://us06web.zoom.us/j/81234500987"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Agenda APES - Mois de l'ESS\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []

# ───────── Soirée de lancement (four sources) ─────────
f.on_platform("lancement", 1, "Soirée de lancement du Mois de l'ESS en Hauts-de-France", at(3, "18:00"), at(3, "21:00"),
              "CRESS Hauts-de-France", P("Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"),
              description="Lancement régional du Mois de l'ESS : présentation du programme, rencontres, concert.")
f.on_agenda("lancement", 60001, "Lancement du Mois de l'ESS 2022", [(at(3, "18:00"), at(3, "21:30"))],
            "Chambre régionale de l'économie sociale et solidaire Hauts-de-France",
            A("Gare Saint Sauveur", "17 bd Jean-Baptiste Lebas", "59000", "Lille", insee=LILLE, latitude=50.6286, longitude=3.0697),
            description=OA("Soirée de lancement du Mois de l'ESS en région : programme, rencontres et concert."))
f.in_calendar("lancement", "3k1v9lancement2022@google.com", SZ(3, "18:00"), EZ(3, "21:00"),
              SUM("Mois de l'ESS – soirée de lancement"), LOC("Gare Saint-Sauveur, Lille"))
rows.append(("lancement", row("HDF-22-001", "CRESS HDF", "Lancement du Mois de l'ESS", "03/11/2022", "18h-21h",
                              "Gare St Sauveur", "", "59000", "Lille")))

# ───────── Réunions d'info of one CAE: Lille 4 Nov and Roubaix 25 Nov (hard negative pair) ─────────
f.on_platform("cae-info-lille", 2, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi",
              at(4, "09:30"), at(4, "12:00"), "Grands Ensemble",
              P("Grands Ensemble", "12 rue Jean Roisin", "59800", "Lille"))
f.on_agenda("cae-info-lille", 60002, "Entreprendre en CAE : réunion d'information", [(at(4, "09:30"), at(4, "12:00"))],
            "CAE Grands Ensemble", A("Grands Ensemble", "12 rue Jean Roisin", "59800", "Lille", insee=LILLE))
rows.append(("cae-info-lille", row("HDF-22-002", "Grands Ensemble (CAE)", "Réunion d'info CAE", "04/11/2022", "9h30-12h",
                                   "", "12 r. Jean Roisin", "59800", "Lille")))
f.on_platform("cae-info-roubaix", 3, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi",
              at(25, "09:30"), at(25, "12:00"), "Grands Ensemble",
              P("Grands Ensemble - antenne de Roubaix", "36 rue de l'Épeule", "59100", "Roubaix"))
f.in_calendar("cae-info-roubaix", "8dd02caeroubaix@google.com", SZ(25, "09:30"), EZ(25, "12:00"),
              SUM("Info collective CAE Grands Ensemble"), LOC("Roubaix"))

# ───────── Apéro ESS Tourcoing, 3 Nov, Maison des associations (same venue as the fresque of the 15th) ─────────
f.on_platform("apero-tourcoing", 4, "Apéro ESS de Tourcoing", at(3, "18:30"), at(3, "20:30"), "Tourcoing Solidaire",
              P("Maison des associations", "100 rue de Lille", "59200", "Tourcoing"))
f.on_agenda("apero-tourcoing", 60004, "Apéro des acteurs de l'ESS tourquennois", [(at(3, "18:30"), at(3, "20:30"))],
            "Ville de Tourcoing", A("MDA Tourcoing", "100 rue de Lille", "59200", "Tourcoing", insee=TOURCOING))

# ───────── Formation « créer son association », morning and afternoon sessions, 5 Nov ─────────
MDA_LILLE = P("Maison des associations de Lille", "72 rue Royale", "59000", "Lille")
f.on_platform("asso-matin", 5, "Formation : créer son association (session du matin)", at(5, "09:30"), at(5, "12:30"),
              "Ville de Lille - Maison des associations", MDA_LILLE)
f.on_platform("asso-aprem", 6, "Formation : créer son association (session de l'après-midi)", at(5, "14:00"), at(5, "17:00"),
              "Ville de Lille - Maison des associations", MDA_LILLE)
f.on_agenda("asso-matin", 60005, "Créer son association : les bases (formation)", [(at(5, "09:30"), at(5, "12:30")),
            (at(5, "14:00"), at(5, "17:00"))], "Maison des associations de Lille",
            A("Maison des associations", "72 rue Royale", "59000", "Lille", insee=LILLE))
rows.append(("asso-matin", row("HDF-22-003", "MDA Lille", "Formation créer son asso", "05/11/2022", "matin",
                               "Maison des Associations", "72 rue Royale", "59000", "Lille")))
rows.append(("asso-aprem", row("HDF-22-004", "MDA Lille", "Formation créer son asso", "05/11/2022", "après-midi",
                               "Maison des Associations", "72 rue Royale", "59000", "Lille")))

# ───────── Compost workshops of the MEL the same Saturday morning: Lambersart and Lomme (hard negative) ─────────
f.on_agenda("compost-lambersart", 60006, "Atelier compostage : bien démarrer son composteur", [(at(5, "10:00"), at(5, "12:00"))],
            "Métropole européenne de Lille", A("Jardin partagé du Canon d'Or", "Avenue du Colysée", "59130", "Lambersart",
                                                insee="59328"))
rows.append(("compost-lambersart", row("HDF-22-005", "MEL", "Atelier compostage", "05/11/2022", "10h-12h",
                                       "Jardin du Canon d'Or", "av. du Colysée", "59130", "Lambersart")))
f.on_platform("compost-lomme", 7, "Atelier compostage : bien démarrer son composteur", at(5, "10:00"), at(5, "12:00"),
              "Métropole Européenne de Lille", P("Jardin de la Maison Folie Beaulieu", "Place Beaulieu", "59160", "Lomme"))
f.on_agenda("compost-lomme", 60007, "Atelier compostage - Lomme", [(at(5, "10:00"), at(5, "12:00"))],
            "Métropole européenne de Lille", A("Maison Folie Beaulieu", "Place Beaulieu", "59160", "Lille", insee=LILLE))

# ───────── Soirée Cigales, MRES, 7 Nov ─────────
MRES = P("Maison régionale de l'environnement et des solidarités", "23 rue Gosselet", "59000", "Lille")
f.on_platform("cigales", 8, "Soirée découverte des clubs Cigales", at(7, "19:00"), at(7, "21:00"),
              "Association régionale des Cigales Hauts-de-France", MRES,
              description="Investir son épargne dans des entreprises locales : venez découvrir les clubs d'investisseurs Cigales.")
f.in_calendar("cigales", "cigales0711@google.com", SZ(7, "19:00"), EZ(7, "21:00"),
              SUM("Découvrir les Cigales (épargne solidaire)"), LOC("MRES, 23 rue Gosselet, Lille"))

# ───────── Three webinars the same morning, 8 Nov ─────────
f.on_platform("web-fa", 9, "Webinaire : financer son projet ESS avec France Active", at(8, "10:00"), at(8, "11:30"),
              "France Active Hauts-de-France", ONLINE, modality="En ligne")
f.on_agenda("web-fa", 60008, "Financer son projet d'ESS : les outils de France Active (webinaire)",
            [(at(8, "10:00"), at(8, "11:30"))], "France Active HDF", {}, mode=2, onlineAccessLink=ZOOM_FA)
f.in_calendar("web-fa", "fawebinaire0811@google.com", SZ(8, "10:00"), EZ(8, "11:30"),
              SUM("Webinaire France Active : financer son projet"), f"URL:{ZOOM_FA}")
rows.append(("web-fa", row("HDF-22-006", "FA HDF", "Webinaire financement", "08/11/2022", "10h-11h30", "", "", "", "",
                           "En ligne")))
f.on_platform("web-urscop", 10, "Transmettre son entreprise à ses salariés : la reprise en Scop", at(8, "10:00"),
              at(8, "11:00"), "Union régionale des Scop et Scic Hauts-de-France", ONLINE, modality="En ligne")
f.in_calendar("web-urscop", "urscop-transmission@google.com", S(8, "10:00"), E(8, "11:00"),
              SUM("Webinaire reprise en Scop"), DESC(f"Inscription gratuite. Lien Teams : {TEAMS_URSCOP}"))
f.on_agenda("web-lma", 60009, "Le contrat d'engagement républicain : ce qui change pour les associations",
            [(at(8, "11:00"), at(8, "12:00"))], "Le Mouvement associatif Hauts-de-France", {}, mode=2,
            onlineAccessLink=JITSI_LMA)
rows.append(("web-lma", row("HDF-22-007", "LMA HdF", "Webinaire CER", "08/11/2022", "", "", "", "", "", "Distanciel")))

# ───────── Comptabilité associative, Roubaix, 9 Nov ─────────
f.on_agenda("compta-roubaix", 60010, "Atelier : la comptabilité associative pour les débutants", [(at(9, "18:00"), at(9, "20:00"))],
            "Maison des associations de Roubaix", A("Maison des associations", "52 rue de Lille", "59100", "Roubaix",
                                                   insee=ROUBAIX))
rows.append(("compta-roubaix", row("HDF-22-008", "MDA Roubaix", "Initiation compta asso", "09/11/2022", "18h",
                                   "MDA", "52 rue de Lille", "", "Roubaix")))

# ───────── Same film two nights running: Lille 9 Nov, Villeneuve-d'Ascq 10 Nov ─────────
f.on_platform("cine-lille", 11, "Ciné-débat « Nouvelle cordée » de Marie-Monique Robin", at(9, "20:00"), at(9, "22:30"),
              "ATD Quart Monde Lille", P("Cinéma L'Univers", "16 rue Georges Danton", "59000", "Lille"))
f.on_agenda("cine-lille", 60011, "Nouvelle Cordée : projection suivie d'un débat sur Territoires zéro chômeur",
            [(at(9, "20:00"), at(9, "22:30"))], "ATD Quart Monde", A("L'Univers", "16 rue Danton", "59000", "Lille", insee=LILLE))
f.in_calendar("cine-lille", "nouvellecordee-lille@google.com", S(9, "20:00"), SUM("Ciné-débat Nouvelle cordée"),
              LOC("Cinéma l'Univers"))
rows.append(("cine-lille", row("HDF-22-009", "ATD 1/4 Monde", "Nouvelle Cordée ciné débat", "mercredi 9 novembre 2022",
                               "20h", "L'Univers", "16 rue G. Danton", "", "Lille")))
f.on_platform("cine-vda", 12, "Ciné-débat « Nouvelle cordée »", at(10, "20:00"), at(10, "22:30"),
              "Territoires zéro chômeur de longue durée", P("Cinéma Le Méliès", "Rue Traversière", "59650",
                                                           "Villeneuve-d'Ascq"))
f.in_calendar("cine-vda", "nouvellecordee-vda@google.com", SZ(10, "20:00"), EZ(10, "22:30"), SUM("Nouvelle cordée (ciné-débat)"),
              LOC("Le Méliès, Villeneuve d'Ascq"))

# ───────── Couture zéro déchet, every Wednesday (9, 16, 23, 30): four real events ─────────
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(COUTURE, "couture-zd-mercredis@google.com", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Atelier couture zéro déchet"), LOC("Centre social du Faubourg de Béthune, Lille"))
f.on_agenda("couture-9", 60012, "Couture zéro déchet : on coud ses sacs à vrac (tous les mercredis)",
            [(at(d, "14:00"), at(d, "16:00")) for d in (9, 16, 23, 30)], "Zéro Déchet Lille",
            A("Centre social du Faubourg de Béthune", "Rue Gustave Delory", "59000", "Lille", insee=LILLE))
f.on_platform("couture-16", 13, "Atelier couture zéro déchet", at(16, "14:00"), at(16, "16:00"), "Zero Waste Lille",
              P("Centre social Faubourg de Béthune", "Rue Gustave Delory", "59000", "Lille"))
f.on_platform("couture-23", 14, "Atelier couture zéro déchet", at(23, "14:00"), at(23, "16:00"), "Zero Waste Lille",
              P("Centre social Faubourg de Béthune", "Rue Gustave Delory", "59000", "Lille"))
# the same organiser's furoshiki workshop on the 23rd, at a médiathèque (hard negative)
f.on_platform("furoshiki", 15, "Atelier furoshiki : emballer ses cadeaux sans déchet", at(23, "17:00"), at(23, "18:30"),
              "Zero Waste Lille", P("Médiathèque Jean Lévy", "32-34 rue Édouard Delesalle", "59000", "Lille"))
f.on_agenda("furoshiki", 60013, "Furoshiki : des emballages cadeaux zéro déchet", [(at(23, "17:00"), at(23, "18:30"))],
            "Zéro Déchet Lille", A("Médiathèque Jean Lévy", "32-34 rue Edouard Delesalle", "59000", "Lille", insee=LILLE))

# ───────── Afterworks the same evening, Lille and Roubaix, 10 Nov ─────────
f.on_platform("afterwork-euratech", 16, "Afterwork de l'entrepreneuriat social", at(10, "18:30"), at(10, "21:00"), "makesense",
              P("EuraTechnologies", "165 avenue de Bretagne", "59000", "Lille"))
f.on_agenda("afterwork-euratech", 60014, "Afterwork : entreprendre pour l'impact", [(at(10, "18:30"), at(10, "21:00"))],
            "makesense Lille", A("Euratechnologies", "165 av. de Bretagne", "59000", "Lille", insee=LILLE))
f.on_platform("afterwork-roubaix", 17, "Afterwork de l'ESS", at(10, "18:30"), at(10, "20:30"), "Ville de Roubaix",
              P("Blanchemaille by EuraTechnologies", "100 rue de Lannoy", "59100", "Roubaix"))
f.in_calendar("afterwork-roubaix", "afterwork-roubaix@google.com", SZ(10, "18:30"), EZ(10, "20:30"), SUM("Afterwork ESS"),
              LOC("Roubaix"))
# café-débat the same evening in a Lille bar (ICS only)
f.in_calendar("cafe-communs", "cafe-debat-communs@google.com", SF(10, "19:00"), EF(10, "21:00"),
              SUM("Café-débat : l'ESS et les communs"), LOC("Café citoyen, 7 place du Vieux Marché aux Chevaux, Lille"))

# ───────── Four repair cafés the same Saturday, 12 Nov ─────────
f.on_platform("rc-wazemmes", 18, "Repair Café de Wazemmes", at(12, "14:00"), at(12, "17:00"), "Repair Café Lille Wazemmes",
              P("Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille"))
f.on_agenda("rc-wazemmes", 60015, "Repair café - Wazemmes", [(at(12, "14:00"), at(12, "17:00"))], "Repair Café Lille",
            A("Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille", insee=LILLE, latitude=50.6269, longitude=3.0501))
f.in_calendar("rc-wazemmes", "rc-waz-1211@google.com", SZ(12, "14:00"), EZ(12, "17:00"), SUM("Repair café"),
              LOC("Maison Folie Wazemmes"))
rows.append(("rc-wazemmes", row("HDF-22-010", "Repair Café Lille", "Repair Café", "12/11/2022", "14h-17h",
                                "Maison Folie Wazemmes", "70 r. des Sarrazins", "59000", "Lille")))
f.on_platform("rc-fives", 19, "Repair café de Fives", at(12, "14:00"), at(12, "18:00"), "Les Répar'acteurs de Fives",
              P("Maison de quartier de Fives", "33 rue Pierre Legrand", "59800", "Lille"))
f.in_calendar("rc-fives", "rc-fives-1211@google.com", SZ(12, "14:00"), EZ(12, "18:00"), SUM("Repair café"), LOC("Lille"))
f.on_agenda("rc-moulins", 60016, "Repair Café Moulins", [(at(12, "14:30"), at(12, "17:30"))], "Repair Café Lille",
            A("Maison Folie Moulins", "47/49 rue d'Arras", "59000", "Lille", insee=LILLE))
rows.append(("rc-moulins", row("HDF-22-011", "Repair Café Lille", "Repair Café", "12/11/2022", "14h30-17h30",
                               "Maison Folie Moulins", "", "", "Lille")))
f.on_platform("rc-hellemmes", 20, "Repair café d'Hellemmes", at(12, "09:30"), at(12, "12:00"), "Hellemmes en transition",
              P("Salle Jacques Brel", "Rue Roger Salengro", "59260", "Lille"))
rows.append(("rc-hellemmes", row("HDF-22-012", "Hellemmes en Transition", "Repair café", "12/11/2022", "9h30-12h",
                                 "Salle J. Brel", "rue Roger Salengro", "59260", "Lille-Hellemmes")))
f.on_platform("rc-croix", 21, "Repair Café de Croix", at(12, "09:00"), at(12, "12:00"), "Croix en transition",
              P("Centre social Saint-Martin", "Rue Jean Jaurès", "59170", "Croix"))
f.in_calendar("rc-croix", "rc-croix-1211@google.com", SZ(12, "09:00"), EZ(12, "12:00"), SUM("Repair café de Croix"),
              LOC("Centre social St Martin, Croix"))
# the same morning in Marcq-en-Barœul
f.on_agenda("bourse-livres", 60017, "Bourse aux livres solidaire", [(at(12, "09:00"), at(12, "13:00"))], "Lions Club Marcq",
            A("Salle Doumer", "Rue Paul Doumer", "59700", "Marcq-en-Barœul", insee="59378"))

# ───────── Sciences Po conference, 14 Nov ─────────
f.on_platform("conf-scpo", 22, "Conférence : l'ESS peut-elle changer l'économie ?", at(14, "18:00"), at(14, "20:00"),
              "Sciences Po Lille", P("Sciences Po Lille", "84 rue de Trévise", "59000", "Lille"))
f.on_agenda("conf-scpo", 60018, "L'économie sociale et solidaire peut-elle changer l'économie ? Conférence-débat",
            [(at(14, "18:00"), at(14, "20:00"))], "Sciences Po Lille - Master ESS",
            A("Amphithéâtre Pierre Mauroy, Sciences Po Lille", "84 rue de Trévise", "59000", "Lille", insee=LILLE))
rows.append(("conf-scpo", row("HDF-22-013", "Sciences Po Lille", "Conférence ESS changer l'économie", "14/11/2022",
                              "18h-20h", "Sciences Po", "84 rue de Trévise", "59000", "Lille")))
rows.append(("cv-hellemmes", row("HDF-22-014", "Maison de l'emploi LLH", "Atelier CV et lettre de motivation", "14/11/2022",
                                 "14h-16h", "Centre social", "", "59260", "Hellemmes")))

# ───────── Fresque du Climat: Roubaix and Tourcoing the same evening (15 Nov), Lille a week later ─────────
f.on_platform("fresque-roubaix", 23, "Atelier Fresque du Climat", at(15, "18:30"), at(15, "21:30"), "La Fresque du Climat",
              P("Médiathèque La Grand-Plage", "2 rue Pierre Motte", "59100", "Roubaix"))
f.on_agenda("fresque-roubaix", 60019, "La Fresque du Climat à la Grand-Plage", [(at(15, "18:30"), at(15, "21:30"))],
            "Fresque du Climat Lille Métropole", A("Médiathèque La Grand Plage", "2 rue Pierre Motte", "59100", "Roubaix",
                                                   insee=ROUBAIX))
f.in_calendar("fresque-roubaix", "fresque-1511-rbx@google.com", SZ(15, "18:30"), EZ(15, "21:30"), SUM("Fresque du Climat"),
              LOC("Médiathèque La Grand-Plage, Roubaix"))
f.on_platform("fresque-tourcoing", 24, "Atelier Fresque du Climat", at(15, "18:30"), at(15, "21:30"), "La Fresque du Climat",
              P("Maison des associations", "100 rue de Lille", "59200", "Tourcoing"))
f.in_calendar("fresque-tourcoing", "fresque-1511-tcg@google.com", SZ(15, "18:30"), EZ(15, "21:30"), SUM("Fresque du Climat"),
              LOC("Tourcoing"))
f.on_platform("fresque-numerique", 25, "Fresque du Numérique", at(15, "18:30"), at(15, "21:00"), "Les Connecteurs Lomme",
              P("Maison Folie Beaulieu", "Place Beaulieu", "59160", "Lomme"))
f.on_agenda("fresque-numerique", 60020, "Atelier Fresque du numérique", [(at(15, "18:30"), at(15, "21:00"))],
            "Les Connecteurs", A("Maison Folie Beaulieu", "Place Beaulieu", "59160", "Lille", insee=LILLE))
f.on_platform("fresque-lille", 26, "Atelier Fresque du Climat", at(22, "18:30"), at(22, "21:30"), "La Fresque du Climat", MRES)
f.in_calendar("fresque-lille", "fresque-2211-lille@google.com", SZ(22, "18:30"), EZ(22, "21:30"), SUM("Fresque du Climat"),
              LOC("MRES"))

# ───────── Les Mardis de l'ESS at the IAE, 15 / 22 / 29 Nov: three talks ─────────
IAE = P("IAE Lille University School of Management", "104 avenue du Peuple Belge", "59800", "Lille")
f.on_platform("mardi-15", 27, "Les Mardis de l'ESS : la gouvernance coopérative", at(15, "18:00"), at(15, "19:30"),
              "IAE Lille", IAE)
f.on_platform("mardi-22", 28, "Les Mardis de l'ESS : mesurer l'impact social", at(22, "18:00"), at(22, "19:30"), "IAE Lille", IAE)
f.on_platform("mardi-29", 29, "Les Mardis de l'ESS : finance solidaire et épargne salariale", at(29, "18:00"), at(29, "19:30"),
              "IAE Lille", IAE)
f.in_calendar("mardi-15", "mardis-ess-1@google.com", SZ(15, "18:00"), EZ(15, "19:30"), SUM("Mardi de l'ESS #1 – gouvernance"),
              LOC("IAE Lille"))
f.in_calendar("mardi-22", "mardis-ess-2@google.com", SZ(22, "18:00"), EZ(22, "19:30"), SUM("Mardi de l'ESS #2 – impact social"),
              LOC("IAE Lille"))
f.in_calendar("mardi-29", "mardis-ess-3@google.com", SZ(29, "18:00"), EZ(29, "19:30"), SUM("Mardi de l'ESS #3 – finance solidaire"),
              LOC("IAE Lille"))
rows.append(("mardi-15", row("HDF-22-015", "IAE Lille", "Cycle « Les Mardis de l'ESS » (3 conférences)", "15/11/2022",
                             "18h-19h30", "IAE", "104 av. du Peuple Belge", "59800", "Lille")))

# ───────── Université de Lille, campus Cité scientifique ─────────
f.on_agenda("tr-lilliad", 60021, "Table ronde : l'ESS, un débouché pour les étudiants ?", [(at(16, "12:30"), at(16, "14:00"))],
            "Université de Lille", A("Lilliad Learning Center Innovation", "Avenue Henri Poincaré, Cité scientifique", "59650",
                                     "Villeneuve-d'Ascq", insee=VDA))
f.in_calendar("tr-lilliad", "tr-etudiants-ess@google.com", SZ(16, "12:30"), EZ(16, "14:00"), SUM("Table ronde ESS & étudiants"),
              LOC("Lilliad, Campus Cité Scientifique, Villeneuve-d'Ascq"))
rows.append(("tr-lilliad", row("HDF-22-016", "Univ. Lille", "Table ronde ESS étudiants", "16/11/2022", "12h30-14h",
                               "Lilliad", "Cité scientifique", "59650", "V. d'Ascq")))
f.on_agenda("fresque-campus", 60022, "Fresque du Climat étudiante", [(at(17, "14:00"), at(17, "17:00"))],
            "Université de Lille - Service développement durable", A("Lilliad Learning Center Innovation",
            "Avenue Henri Poincaré, Cité scientifique", "59650", "Villeneuve-d'Ascq", insee=VDA))
rows.append(("fresque-campus", row("HDF-22-017", "Université de Lille", "Fresque du climat", "17/11/2022", "14h-17h",
                                   "Campus Cité Scientifique", "", "", "Villeneuve d'Ascq")))
f.on_platform("fresque-biodiv", 30, "Fresque de la biodiversité", at(17, "14:00"), at(17, "17:00"), "Université de Lille",
              P("Bâtiment SUP-SUAIO, Cité scientifique", "Avenue Paul Langevin", "59650", "Villeneuve-d'Ascq"))

# ───────── Visite d'un chantier d'insertion, Wavrin, 16 Nov (platform only) ─────────
f.on_platform("visite-wavrin", 31, "Visite du chantier d'insertion maraîcher Les Jardins du Cœur", at(16, "10:00"), at(16, "12:00"),
              "Les Jardins du Cœur", P("Les Jardins du Cœur", "Chemin du Marais", "59136", "Wavrin"))

# ───────── Job datings the same day: Lille morning (four sources), Roubaix afternoon ─────────
f.on_platform("jobdating-lille", 32, "Job dating de l'ESS", at(17, "09:30"), at(17, "12:30"), "CRESS Hauts-de-France",
              P("Lille Grand Palais", "1 boulevard des Cités Unies", "59777", "Lille"))
f.on_agenda("jobdating-lille", 60023, "Mois de l'ESS – Job dating des employeurs de l'ESS", [(at(17, "09:30"), at(17, "12:30"))],
            "CRESS HDF", A("Lille Grand Palais", "1 bd des Cités Unies", "59800", "Lille", insee=LILLE),
            description=OA("Une trentaine d'employeurs de l'ESS recrutent : venez avec votre CV."))
f.in_calendar("jobdating-lille", "jobdating-1711@google.com", S(17, "09:30"), E(17, "12:30"), SUM("Job-dating ESS"),
              LOC("Lille Grand Palais"))
rows.append(("jobdating-lille", row("HDF-22-018", "CRESS HDF / Pôle emploi", "Job dating ESS", "17/11/2022", "matin",
                                    "Lille Grand Palais", "", "", "Lille")))
f.on_platform("jobdating-roubaix", 33, "Job dating de l'ESS", at(17, "14:00"), at(17, "17:00"), "PLIE Roubaix Lys-lez-Lannoy",
              P("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix"))
rows.append(("jobdating-roubaix", row("HDF-22-019", "PLIE Roubaix", "Job dating ESS", "17/11/2022", "14h-17h",
                                      "Condition Publique", "14 pl. Faidherbe", "59100", "Roubaix")))

# ───────── Colloque at the Université catholique, 17-18 Nov (four sources, four shapes) ─────────
f.on_platform("colloque-ucl", 34, "Colloque : l'entrepreneuriat social, vingt ans après", at(17, "09:00"), at(18, "17:00"),
              "Université catholique de Lille", P("Université catholique de Lille", "60 boulevard Vauban", "59000", "Lille"))
f.on_agenda("colloque-ucl", 60024, "L'entrepreneuriat social, 20 ans après - colloque international",
            [(at(17, "09:00"), at(17, "18:00")), (at(18, "09:00"), at(18, "17:00"))], "Chaire Entrepreneuriat social UCLille",
            A("Hôtel Académique", "60 boulevard Vauban", "59016", "Lille", insee=LILLE))
f.in_calendar("colloque-ucl", "colloque-es-ucl@google.com", SD(17), ED(18), SUM("Colloque entrepreneuriat social (UCL)"),
              LOC("Université Catholique de Lille"))
rows.append(("colloque-ucl", row("HDF-22-020", "Université Catholique de Lille", "Colloque entrepreneuriat social 20 ans",
                                 "17 et 18/11/2022", "9h-17h", "Hôtel académique", "60 bd Vauban", "59000", "Lille")))

# ───────── Conférence, Armentières, 17 Nov (agenda only) ─────────
f.on_agenda("conf-armentieres", 60025, "Circuits courts et alimentation durable : conférence", [(at(17, "19:00"), at(17, "21:00"))],
            "Armentières en transition", A("Le Vivat", "Place Saint-Vaast", "59280", "Armentières", insee="59017"))

# ───────── Hackathon Tech for Good over two days at EuraTechnologies; a conference inside the span (hard negative) ─────────
f.on_platform("hackathon", 35, "Hackathon Tech for Good", at(18, "09:00"), at(19, "18:00"), "Latitudes",
              P("EuraTechnologies", "165 avenue de Bretagne", "59000", "Lille"))
f.on_agenda("hackathon", 60026, "Hackathon « Tech for Good » : 2 jours pour des projets d'utilité sociale",
            [(at(18, "09:00"), at(18, "20:00")), (at(19, "09:00"), at(19, "18:00"))], "Latitudes - Tech for Good",
            A("EuraTechnologies", "165 avenue de Bretagne", "59000", "Lille", insee=LILLE))
f.in_calendar("hackathon", "hackathon-j1@google.com", SZ(18, "09:00"), EZ(18, "20:00"), SUM("Hackathon Tech for Good – jour 1"),
              LOC("EuraTechnologies"))
f.in_calendar("hackathon", "hackathon-j2@google.com", SZ(19, "09:00"), EZ(19, "18:00"), SUM("Hackathon Tech for Good – jour 2"),
              LOC("EuraTechnologies"))
f.on_platform("num-responsable", 36, "Conférence : le numérique responsable dans les associations", at(18, "12:00"),
              at(18, "13:30"), "Collectif Numérique Responsable Lille", P("EuraTechnologies", "165 avenue de Bretagne", "59000",
                                                                           "Lille"))
f.in_calendar("num-responsable", "numresp-1811@google.com", SZ(18, "12:00"), EZ(18, "13:30"),
              SUM("Numérique responsable & assos : conférence"), LOC("Euratechnologies\nLille"))

# ───────── Two webinars the same morning, 18 Nov: APES and CRESS (hard negative) ─────────
f.on_platform("web-apes", 37, "Webinaire : tiers-lieux et ESS, retours d'expérience", at(18, "10:00"), at(18, "11:30"),
              "APES Hauts-de-France", ONLINE, modality="En ligne")
f.on_agenda("web-apes", 60027, "Tiers-lieux & ESS : retours d'expérience en Hauts-de-France", [(at(18, "10:00"), at(18, "11:30"))],
            "Acteurs pour une économie solidaire", {}, mode=2, onlineAccessLink=JITSI_APES)
f.in_calendar("web-apes", "webinaire-tl@google.com", SZ(18, "10:00"), EZ(18, "11:30"), SUM("Webinaire tiers-lieux"),
              f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{JITSI_APES}")
f.on_platform("web-cress-obs", 38, "Webinaire : les chiffres clés de l'ESS en Hauts-de-France", at(18, "11:00"), at(18, "12:00"),
              "CRESS Hauts-de-France", ONLINE, modality="En ligne",
              description="Présentation de l'observatoire régional de l'ESS : emploi, établissements, tendances.")
f.on_agenda("web-cress-obs", 60028, "Observatoire de l'ESS : les chiffres clés 2022 (webinaire)", [(at(18, "11:00"), at(18, "12:00"))],
            "CRESS HDF", {}, mode=2, onlineAccessLink=ZOOM_CRESS)
rows.append(("web-cress-obs", row("HDF-22-021", "CRESS", "Chiffres clés ESS HDF - webinaire", "18/11/2022", "11h", "", "", "",
                                  "", "En ligne")))

# ───────── Ciné-débat Roubaix, 18 Nov (agenda only) ─────────
f.on_agenda("cine-roubaix", 60029, "Ciné-débat : Debout les femmes !", [(at(18, "20:00"), at(18, "22:30"))],
            "Collectif des aides à domicile du Roubaisis", A("Le Duplexe", "19 Grand'Place", "59100", "Roubaix", insee=ROUBAIX))

# ───────── Saturday 19 Nov: open day, bike workshops, disco soupe, forum ─────────
f.on_platform("po-bondebarras", 39, "Portes ouvertes de la ressourcerie Le Bon Débarras", at(19, "10:00"), at(19, "17:00"),
              "Le Bon Débarras", P("Ressourcerie Le Bon Débarras", "12 rue de la Gare", "59290", "Wasquehal"))
f.in_calendar("po-bondebarras", "po-bondebarras@google.com", SD(19), ED(19), SUM("Portes ouvertes – Le Bon Débarras"),
              LOC("Wasquehal"))
rows.append(("po-bondebarras", row("HDF-22-022", "Ressourcerie Le Bon Débarras", "Journée portes ouvertes", "19/11/2022",
                                   "Toute la journée", "Ressourcerie", "12 rue de la Gare", "59290", "WASQUEHAL")))
f.on_platform("velo-lille", 40, "Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "18:00"), "ADAV - Droit au vélo",
              P("Maison du vélo", "10 rue Bernos", "59000", "Lille"))
f.on_agenda("velo-lille", 60030, "Atelier vélo : réparez votre vélo vous-même", [(at(19, "14:00"), at(19, "18:00"))],
            "Association Droit au Vélo", A("Maison du Vélo", "10 rue Bernos", "59000", "Lille", insee=LILLE))
f.in_calendar("velo-lille", "velo-1911@google.com", SZ(19, "14:00"), EZ(19, "18:00"), SUM("Atelier vélo ADAV"),
              LOC("10 rue Bernos, 59000 Lille"))
f.on_platform("velo-roubaix", 41, "Atelier vélo participatif", at(19, "14:00"), at(19, "17:00"), "L'Atelier Vélo Roubaisien",
              P("L'Atelier Vélo Roubaisien", "47 rue de l'Alma", "59100", "Roubaix"))
rows.append(("velo-roubaix", row("HDF-22-023", "Atelier Vélo Roubaisien", "Atelier vélo", "19/11/2022", "14h-17h", "",
                                 "47 rue de l'Alma", "", "Roubaix")))
f.on_platform("disco-wattrelos", 42, "Disco soupe au marché", at(19, "10:00"), at(19, "13:00"), "Les Jardins du Sartel",
              P("Place du marché", "Place Jean Delvainquière", "59150", "Wattrelos"))
f.in_calendar("disco-wattrelos", "discosoupe-1911@google.com", SF(19, "10:00"), EF(19, "13:00"), SUM("Disco Soupe Wattrelos"),
              LOC("Marché de Wattrelos"))
rows.append(("forum-seclin", row("HDF-22-024", "Ville de Seclin", "Forum des associations solidaires", "19/11/2022", "10h-17h",
                                 "Salle Ronny Coutteure", "rue Jean Jaurès", "59113", "Seclin")))

# ───────── Balade tiers-lieux, Villeneuve-d'Ascq, Sun 20 Nov ─────────
f.on_platform("balade-vda", 43, "Balade découverte des tiers-lieux de Villeneuve-d'Ascq", at(20, "14:00"), at(20, "17:00"),
              "CAP Tiers-Lieux", P("Hôtel de ville", "Place Salvador Allende", "59650", "Villeneuve-d'Ascq"))
f.on_agenda("balade-vda", 60031, "Balade : à la découverte des tiers-lieux villeneuvois", [(at(20, "14:00"), at(20, "17:00"))],
            "Réseau régional des tiers-lieux", A("Parvis de l'Hôtel de Ville", "Place Salvador Allende", "59650",
                                                 "Villeneuve-d'Ascq", insee=VDA))
rows.append(("balade-vda", row("HDF-22-025", "CAP TL", "Balade tiers-lieux", "dimanche 20 novembre 2022", "14h",
                               "RDV mairie", "", "", "V. d'Ascq")))

# ───────── URSCOP: training and apéro the same day, 21 Nov (hard negative) ─────────
URSCOP = P("Maison des Scop", "5 rue Esquermoise", "59800", "Lille")
f.on_platform("formation-scic", 44, "Formation : la gouvernance partagée en Scic", at(21, "09:00"), at(21, "17:00"),
              "URSCOP Hauts-de-France", URSCOP)
rows.append(("formation-scic", row("HDF-22-026", "Union régionale des Scop HDF", "Formation gouvernance SCIC", "21/11/2022",
                                   "9h-17h", "URSCOP", "5 rue Esquermoise", "59800", "Lille")))
f.on_agenda("apero-coop", 60032, "Apéro des coopérateurs", [(at(21, "18:00"), at(21, "20:00"))], "Les Scop Hauts-de-France",
            A("Maison des Scop", "5 rue Esquermoise", "59800", "Lille", insee=LILLE))
f.in_calendar("apero-coop", "apero-coop-2111@google.com", SZ(21, "18:00"), SUM("Apéro coop'"), LOC("5 rue Esquermoise, Lille"))

# ───────── Forum IAE, Loos, 22 Nov ─────────
f.on_platform("forum-iae-loos", 45, "Forum de l'insertion par l'activité économique", at(22, "09:00"), at(22, "13:00"),
              "Chantier École Hauts-de-France", P("Salle Marcel Pagnol", "Rue Léon Blum", "59120", "Loos"))
f.on_agenda("forum-iae-loos", 60033, "Forum IAE : découvrir les structures d'insertion", [(at(22, "09:00"), at(22, "13:00"))],
            "Chantier école HDF", A("Salle Pagnol", "Rue Léon Blum", "59120", "Loos", insee="59360"))

# ───────── MRES 23 Nov: workshop afternoon, conference evening (hard negative) ─────────
f.on_platform("jardin-partage", 46, "Atelier : monter un projet de jardin partagé", at(23, "14:00"), at(23, "16:00"),
              "Les Amis des jardins ouverts", MRES)
f.in_calendar("jardin-partage", "jardin-partage-2311@google.com", SZ(23, "14:00"), EZ(23, "16:00"),
              SUM("Monter un jardin partagé (atelier)"), LOC("MRES Lille"))
f.on_platform("habitat-participatif", 47, "Conférence-débat : l'habitat participatif dans la métropole", at(23, "19:00"),
              at(23, "21:00"), "Habitat participatif Hauts-de-France", MRES)
f.on_agenda("habitat-participatif", 60034, "Habiter autrement : l'habitat participatif à Lille et alentours",
            [(at(23, "19:00"), at(23, "21:00"))], "Éco Habitat Groupé HDF",
            A("MRES", "23 rue Gosselet", "59000", "Lille", insee=LILLE),
            description=OA("Conférence-débat sur l'habitat participatif dans la métropole lilloise, avec trois groupes d'habitants."))
f.in_calendar("habitat-participatif", "habitat-part-2311@google.com", SZ(23, "19:00"), EZ(23, "21:00"),
              SUM("Habitat participatif – conférence"), LOC("MRES, 23 rue Gosselet, 59000 Lille"))
rows.append(("habitat-participatif", row("HDF-22-027", "Habitat Participatif HDF", "Conf-débat habitat participatif",
                                         "23/11/2022", "19h", "MRES", "23 r. Gosselet", "59000", "Lille")))

# ───────── CRESS 24 Nov: matinale and afterwork the same day ─────────
f.on_platform("matinale-cress", 48, "Matinale : ESS et commande publique responsable", at(24, "08:30"), at(24, "10:30"),
              "CRESS Hauts-de-France", P("CRESS Hauts-de-France", "235 boulevard Paul Painlevé", "59000", "Lille"))
f.on_agenda("matinale-cress", 60035, "Les Matinales de la CRESS : commande publique et ESS", [(at(24, "08:30"), at(24, "10:30"))],
            "CRESS HDF", A("CRESS Hauts-de-France", "235 bd Paul Painlevé", "59000", "Lille", insee=LILLE))
f.in_calendar("matinale-cress", "matinale-2411@google.com", SZ(24, "08:30"), EZ(24, "10:30"), SUM("Matinale commande publique"),
              LOC("CRESS HDF"))
f.on_platform("afterwork-jeunes", 49, "Afterwork des jeunes de l'ESS", at(24, "18:30"), at(24, "21:00"), "CRESS Hauts-de-France",
              P("La Bulle - Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"))
f.on_agenda("afterwork-jeunes", 60036, "Afterwork Jeunes & ESS", [(at(24, "18:30"), at(24, "21:00"))], "CRESS HDF",
            A("Gare Saint-Sauveur", "17 bd Jean-Baptiste Lebas", "59000", "Lille", insee=LILLE))
rows.append(("afterwork-jeunes", row("HDF-22-028", "CRESS HDF", "Afterwork jeunes ESS", "24/11/2022", "18h30-21h",
                                     "Gare Saint Sauveur", "", "", "Lille")))
# finance solidaire, La Madeleine, the same evening
f.on_agenda("finance-madeleine", 60037, "Conférence : la finance solidaire, comment ça marche ?", [(at(24, "19:00"), at(24, "21:00"))],
            "Cigales Hauts-de-France", A("Salle Malraux", "Rue Gambetta", "59110", "La Madeleine", insee="59368"))
f.in_calendar("finance-madeleine", "finsol-2411@google.com", SZ(24, "19:00"), EZ(24, "21:00"), SUM("Finance solidaire (conf)"),
              LOC("La Madeleine"))

# ───────── Tourcoing: imprimerie coopérative visit (25 Nov), Christmas market (26-27 Nov), games night (11 Nov) ─────────
f.on_platform("visite-imprimerie", 50, "Visite de l'imprimerie coopérative Nord Imprim'", at(25, "14:00"), at(25, "16:00"),
              "Nord Imprim' Scop", P("Nord Imprim'", "8 rue du Dronckaert", "59200", "Tourcoing"))
f.on_agenda("visite-imprimerie", 60038, "Portes ouvertes d'une Scop : l'imprimerie Nord Imprim'", [(at(25, "14:00"), at(25, "16:00"))],
            "URSCOP HDF", A("Nord Imprim'", "8 rue du Dronckaert", "59200", "Tourcoing", insee=TOURCOING))
f.on_platform("marche-noel-tcg", 51, "Marché de Noël solidaire et équitable", at(26, "10:00"), at(27, "18:00"),
              "Artisans du Monde Tourcoing", P("Hospice d'Havré", "100 rue de Tournai", "59200", "Tourcoing"))
f.on_agenda("marche-noel-tcg", 60039, "Marché de Noël équitable à l'Hospice d'Havré",
            [(at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))], "Collectif Tourcoing Équitable",
            A("Hospice d'Havré", "100 rue de Tournai", "59200", "Tourcoing", insee=TOURCOING))
f.in_calendar("marche-noel-tcg", "marche-noel-tcg@google.com", SD(26), ED(27), SUM("Marché de Noël solidaire – Tourcoing"),
              LOC("Hospice d'Havré"))
rows.append(("marche-noel-tcg", row("HDF-22-029", "Artisans du Monde", "Marché de Noël solidaire", "du 26 au 27 novembre 2022",
                                    "10h-18h", "Hospice d'Havré", "100 rue de Tournai", "59200", "Tourcoing")))
f.in_calendar("jeux-tcg", "soiree-jeux-1111@google.com", SF(11, "19:00"), EF(11, "23:00"), SUM("Soirée jeux coopératifs"),
              LOC("Ludothèque Le Jeu de l'Oie, Tourcoing"))

# ───────── Saturday 26 Nov: market and clothes swap in Villeneuve-d'Ascq, gratiferia Lille-Sud, walk, repair café Mons ─────────
f.on_agenda("marche-vda", 60040, "Marché des producteurs locaux de la Ferme d'en Haut", [(at(26, "09:00"), at(26, "13:00"))],
            "La Ferme d'en Haut", A("La Ferme d'en Haut", "268 rue Jules Guesde", "59650", "Villeneuve-d'Ascq", insee=VDA))
f.in_calendar("marche-vda", "marche-fdh-2611@google.com", SZ(26, "09:00"), EZ(26, "13:00"), SUM("Marché de producteurs"),
              LOC("Ferme d'en Haut, 268 rue Jules Guesde, Villeneuve-d'Ascq"))
f.on_platform("troc-vda", 52, "Troc de vêtements", at(26, "14:00"), at(26, "18:00"), "Centre social Flers-Sart",
              P("Centre social Flers-Sart", "Rue de la Station", "59650", "Villeneuve-d'Ascq"))
f.in_calendar("troc-vda", "troc-2611@google.com", SZ(26, "14:00"), EZ(26, "18:00"), SUM("Troc de fringues"),
              LOC("Villeneuve d'Ascq"))
f.on_agenda("gratiferia", 60041, "Gratiferia : le marché gratuit", [(at(26, "10:00"), at(26, "16:00"))], "Lille-Sud Solidaire",
            A("Maison de quartier Lille-Sud", "83 rue du Faubourg des Postes", "59000", "Lille", insee=LILLE))
f.in_calendar("gratiferia", "gratiferia-2611@google.com", SF(26, "10:00"), EF(26, "16:00"), SUM("Gratiferia Lille Sud"),
              LOC("Maison de quartier, Faubourg des Postes"))
rows.append(("gratiferia", row("HDF-22-030", "Lille Sud Solidaire", "Gratiféria", "26/11/2022", "10h-16h", "MQ Lille Sud",
                               "83 rue du Fbg des Postes", "59000", "Lille")))
f.on_platform("balade-vieux-lille", 53, "Visite guidée : l'ESS dans le Vieux-Lille", at(26, "10:00"), at(26, "12:00"),
              "Lille Greeters", P("Place aux Oignons", "Place aux Oignons", "59800", "Lille"))
rows.append(("balade-vieux-lille", row("HDF-22-031", "Greeters Lille", "Balade ESS Vieux Lille", "26/11/2022", "10h-12h",
                                       "Place aux Oignons", "", "", "Lille")))
rows.append(("rc-mons", row("HDF-22-032", "Repair Café Mons", "Repair Café", "26/11/2022", "14h-17h",
                            "Salle polyvalente du Nouveau Mons", "", "59370", "Mons-en-Baroeul")))

# ───────── Trophées, Hôtel de Région, 28 Nov ─────────
f.on_platform("trophees", 54, "Remise des Trophées régionaux de l'ESS", at(28, "17:00"), at(28, "19:00"),
              "CRESS Hauts-de-France", P("Hôtel de Région", "151 avenue du Président Hoover", "59800", "Lille"))
f.on_agenda("trophees", 60042, "Trophées de l'ESS Hauts-de-France 2022 : la cérémonie", [(at(28, "17:00"), at(28, "19:30"))],
            "Région Hauts-de-France", A("Hôtel de Région", "151 avenue du Président Hoover", "59555", "Lille Cedex", insee=LILLE))
rows.append(("trophees", row("HDF-22-033", "CRESS HDF", "Trophées de l'ESS", "28/11/2022", "17h",
                             "Hôtel de Région", "151 av. Hoover", "59555", "LILLE CEDEX")))
# TZCLD visit in Tourcoing the same day
f.on_platform("ebe-tourcoing", 55, "Territoire zéro chômeur : visite de l'entreprise à but d'emploi", at(28, "14:00"),
              at(28, "16:00"), "La Fabrique de l'emploi", P("La Fabrique de l'emploi", "1 rue du Congo", "59200", "Tourcoing"))
f.on_agenda("ebe-tourcoing", 60043, "Visite de l'EBE de Tourcoing (Territoires zéro chômeur)", [(at(28, "14:00"), at(28, "16:00"))],
            "TZCLD", A("EBE La Fabrique de l'Emploi", "1 rue du Congo", "59200", "Tourcoing", insee=TOURCOING))
rows.append(("ebe-tourcoing", row("HDF-22-034", "Fabrique de l'Emploi", "Visite EBE TZCLD", "28/11/2022", "14h-16h",
                                  "", "1 rue du Congo", "59200", "Tourcoing")))

# ───────── 29 Nov: mutual conference, school testimonies ─────────
f.on_platform("conf-mutuelle", 56, "Conférence : santé mentale au travail, que peuvent les employeurs ?", at(29, "18:00"),
              at(29, "20:00"), "Harmonie Mutuelle", P("Palais Rameau", "39 boulevard Vauban", "59000", "Lille"))
rows.append(("conf-mutuelle", row("HDF-22-035", "Harmonie Mutuelle", "Conférence santé mentale au travail", "29/11/2022",
                                  "18h-20h", "Palais Rameau", "", "", "Lille")))
f.on_platform("ess-ecole", 57, "L'ESS à l'école : témoignages d'entrepreneurs au lycée", at(29, "10:00"), at(29, "12:00"),
              "L'ESPER", P("Lycée Gaston Berger", "Avenue Gaston Berger", "59000", "Lille"))

# ───────── Soirée de clôture, Roubaix, 30 Nov ─────────
f.on_platform("cloture", 58, "Soirée de clôture du Mois de l'ESS", at(30, "18:30"), at(30, "22:00"), "CRESS Hauts-de-France",
              P("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix"))
f.on_agenda("cloture", 60044, "Mois de l'ESS : la soirée de clôture", [(at(30, "18:30"), at(30, "22:00"))], "Ville de Roubaix",
            A("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix", insee=ROUBAIX))
f.in_calendar("cloture", "cloture-3011@google.com", SZ(30, "18:30"), SUM("Clôture du Mois de l'ESS"),
              LOC("Condition Publique, Roubaix"))

# ───────── Listings of one source only, several of them look-alikes of events above ─────────
rows.append(("rc-wattrelos", row("HDF-22-036", "Wattrelos en Transition", "Repair café", "12/11/2022", "14h-17h",
                                 "Centre socioculturel Beaulieu", "", "59150", "Wattrelos")))
f.on_platform("fresque-roubaix-29", 59, "Atelier Fresque du Climat", at(29, "18:30"), at(29, "21:30"), "La Fresque du Climat",
              P("Médiathèque La Grand-Plage", "2 rue Pierre Motte", "59100", "Roubaix"))
f.on_platform("web-fa-pret", 60, "Webinaire : les prêts d'honneur solidaires", at(17, "12:30"), at(17, "13:30"),
              "France Active Hauts-de-France", ONLINE, modality="En ligne")
f.in_calendar("cine-debout-lille", "debout-femmes-lille@google.com", SZ(16, "20:00"), EZ(16, "22:30"),
              SUM("Ciné-débat : Debout les femmes !"), LOC("Cinéma L'Univers, Lille"))
f.on_agenda("cv-roubaix", 60045, "Atelier CV et lettre de motivation", [(at(14, "14:00"), at(14, "16:00"))], "Maison de l'emploi Roubaix",
            A("Maison de l'emploi", "76 rue de Tourcoing", "59100", "Roubaix", insee=ROUBAIX))
f.on_platform("compost-vda", 61, "Atelier compostage : bien démarrer son composteur", at(19, "10:00"), at(19, "12:00"),
              "Métropole Européenne de Lille", P("Jardin partagé du Triolo", "Rue Traversière", "59650", "Villeneuve-d'Ascq"))
rows.append(("apero-roubaix", row("HDF-22-037", "Ville de Roubaix", "Apéro ESS", "03/11/2022", "18h30", "Mairie de Roubaix",
                                  "17 Grand'Place", "59100", "Roubaix")))
f.in_calendar("visite-recup-lomme", "visite-recup-lomme@google.com", SZ(16, "10:00"), EZ(16, "11:30"),
              SUM("Visite de la recyclerie Les Ateliers de la Récup'"), LOC("Lomme"))
f.on_platform("marche-noel-lille", 62, "Marché de Noël solidaire et équitable", at(26, "10:00"), at(26, "18:00"),
              "Artisans du Monde Lille", P("Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille"))
f.on_agenda("smartphones-waz", 60046, "Atelier réparation de smartphones", [(at(12, "14:00"), at(12, "17:00"))], "Emmaüs Connect Lille",
            A("Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille", insee=LILLE))
f.in_calendar("fresque-tourcoing-22", "fresque-2211-tcg@google.com", SZ(22, "18:30"), EZ(22, "21:30"), SUM("Fresque du Climat"),
              LOC("Maison des associations, Tourcoing"))
f.on_platform("petitdej-udes", 63, "Petit-déjeuner des dirigeants de l'ESS", at(24, "08:30"), at(24, "10:00"), "UDES Hauts-de-France",
              P("Hôtel Mercure Lille Centre Opéra", "2 boulevard Carnot", "59800", "Lille"))
rows.append(("gesticulee", row("HDF-22-041", "Le Pavé Lille", "Conférence gesticulée : l'argent des associations", "25/11/2022",
                               "20h", "Maison Folie Moulins", "", "", "Lille")))
f.in_calendar("ecriture-hellemmes", "ecriture-ess@google.com", SF(9, "15:00"), EF(9, "17:00"), SUM("Atelier d'écriture : raconte ton ESS"),
              LOC("Hellemmes"))
f.on_platform("permanence-mda", 64, "Permanence juridique pour les associations", at(7, "14:00"), at(7, "17:00"),
              "Maison des associations de Lille", MDA_LILLE)
# more copies of events above
rows.append(("velo-lille", row("HDF-22-038", "ADAV", "Atelier autoréparation vélo", "19/11/2022", "14h-18h", "Maison du Vélo",
                               "10 rue Bernos", "59000", "Lille")))
rows.append(("fresque-roubaix", row("HDF-22-039", "Fresque du Climat Lille Métropole", "Fresque du climat", "15/11/2022", "18h30",
                                    "Médiathèque Grand Plage", "", "", "Roubaix")))
rows.append(("fresque-tourcoing", row("HDF-22-040", "Fresque du Climat Lille Métropole", "Fresque du climat", "15/11/2022",
                                      "18h30", "MDA", "100 rue de Lille", "", "Tourcoing")))
f.in_calendar("afterwork-euratech", "afterwork-makesense@google.com", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"),
              LOC("EuraTechnologies, Lille"))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
