"""Blind set dense_lyon-1 (helper, held out): Lyon and its metropolis, Saint-Étienne, and the Rhône, Loire and Ain
around, DENSE, written without reading the merge rules. About 120 real events of November 2022 in the nine
arrondissements of Lyon (written « Lyon », « Lyon 7e », « Lyon 7 », « LYON 07 », « Lyon 7ème », « 69007 »; the
OpenAgenda giving the arrondissement's code or Lyon's), Villeurbanne, Vénissieux, Vaulx-en-Velin, Saint-Fons, Oullins
and Pierre-Bénite (one commune since 2024), Bron, Saint-Priest, Caluire-et-Cuire, Givors, Saint-Étienne,
Saint-Chamond, Firminy, Roanne, Villefranche-sur-Saône, Bourg-en-Bresse and Ambérieu-en-Bugey. Four sources: the
national platform's JSON, CRESS Auvergne-Rhône-Alpes' OpenAgenda (insee, attendanceMode 2 with onlineAccessLink,
several timings of a two-day market, of a two-day salon and of a five-day exhibition), a Lyon network's iCalendar
(UTC « Z », local times wrongly written as UTC one hour late, TZID, floating, VALUE=DATE, RRULE weekly sessions,
one VEVENT per day, LOCATION naming the venue, the arrondissement, the quarter, the town alone, a street, or « En
ligne »; URL / CONFERENCE links), the CRESS registration form (Windows-1252 `;` CSV: acronyms, « 14h-17h »,
« 18h30 », « matin », « après-midi », « Toute la journée », no hour, « du 14 au 18 novembre », « Visio »,
« Webinaire » as the place, the arrondissement written as the town). Reworded and dressed titles, typos, venue
against street, acronyms against full names, networks credited instead of their members, co-organisers. Hard
negatives: repair cafés in Lyon 7e, Lyon 8e and Villeurbanne the same Saturday afternoon (Lyon 4e the morning), in
Oullins and Pierre-Bénite the same Saturday 26; four Fresques du Climat the same Thursday evening (Lyon 7e, Lyon 3e,
Villeurbanne, Saint-Étienne) and a Fresque du numérique; three ciné-débats and three job datings on one day each;
two webinars at 10:00 on the 8th, at 12:30 on the 24th, at 10:00 on the 21st; two all-day meetings on the 17th;
talks and workshops at one venue the same day (Métropole de Lyon, Locaux Motiv', Mairie du 7e, Lyon 3's Manufacture,
Lyon 2's quays, INSA, Vénissieux); weekly sessions of a CAE meeting and of a bike workshop; sewing workshops at the
same hours in Caluire and Lyon 9e."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-aura-openagenda", "reseau-ess-lyon-ical", "cress-aura-tableur")


def _ts(day, hm): return f"202211{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def SX(day, hm): return f"DTSTART:{_ts(day, hm)}Z"  # local time written as UTC: read one hour late
def EX(day, hm): return f"DTEND:{_ts(day, hm)}Z"
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


LYON = "69123"
L1, L2, L3, L4, L5, L6, L7, L8, L9 = (f"6938{i}" for i in range(1, 10))
VILLEURBANNE, VENISSIEUX, VAULX, STFONS, OULLINS, BRON = "69266", "69259", "69256", "69199", "69149", "69029"
STPRIEST, CALUIRE, GIVORS, VILLEFRANCHE = "69290", "69034", "69091", "69264"
STETIENNE, ROANNE, STCHAMOND, FIRMINY = "42218", "42187", "42207", "42095"
BOURG, AMBERIEU = "01053", "01004"

ZOOM_FA = "https://us02web.zoom.us/j/83345612209?pwd=RmFBdXJhRmluYW5jZXI"
TEAMS_SCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2NvcEF1cmFUcmFuc21pc3Npb24@thread.v2/0"
JITSI_LMA = "https://meet.jit.si/LMA-AURA-CER-2022"
ZOOM_CRESS = "https://us06web.zoom.us/j/85511223344"
ZOOM_LMA = "https://us02web.zoom.us/j/89900112233"
ZOOM_OBS = "https://us06web.zoom.us/j/81234509876"
ZOOM_HABICOOP = "https://us02web.zoom.us/j/86677889900"
MEET_PROBONO = "https://meet.google.com/pbl-mcn-lyo"
ZOOM_MDE = "https://us06web.zoom.us/j/87700112299"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau ESS Lyon - Mois de l'ESS 2022\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(1), itertools.count(7001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS AURA's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@reseau-ess-lyon.org", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"AURA-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── Lyon: the région's evenings ─────────────────────────

# 1 regional launch at the Hôtel de Région (Confluence), four sources
REGION = P("Hôtel de Région Auvergne-Rhône-Alpes", "1 esplanade François Mitterrand", "69002", "Lyon")
plat("lancement", "Soirée de lancement du Mois de l'ESS en Auvergne-Rhône-Alpes", 3, "18:00", "21:00", "CRESS Auvergne-Rhône-Alpes",
     REGION, description="Ouverture régionale du Mois de l'ESS : programme, table ronde des réseaux et concert.")
agenda("lancement", "Lancement régional du Mois de l'ESS 2022", [(3, "18:00", "21:30")],
       "Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes",
       A("Hôtel de Région", "1 Esplanade François Mitterrand", "69002", "Lyon", insee=L2, latitude=45.7418, longitude=4.8186))
cal("lancement", "lancement-moisess-aura-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS 2022 : soirée de lancement"),
    LOC("Hôtel de Région"))
form("lancement", "CRESS AURA", "Lancement Mois ESS", 3, "18h-21h", "Hôtel de Région", "1 esplanade François Mitterrand", "69002", "LYON 02")

# 2 Lyon's own opening at the Hôtel de Ville the next evening
HDV = P("Hôtel de Ville de Lyon", "1 place de la Comédie", "69001", "Lyon")
plat("ouverture-lyon", "Le Mois de l'ESS à Lyon : soirée d'ouverture", 4, "18:30", "21:00", "Ville de Lyon", HDV)
agenda("ouverture-lyon", "Ouverture lyonnaise du Mois de l'économie sociale et solidaire", [(4, "18:30", "21:00")], "Ville de Lyon - Mission ESS",
       A("Hôtel de Ville", "1 place de la Comédie", "69001", "Lyon", insee=L1))
cal("ouverture-lyon", "ouverture-ville-lyon", SX(4, "18:30"), EX(4, "21:00"), SUM("Soirée d'ouverture - Ville de Lyon"), LOC("Lyon 1er"))
form("ouverture-lyon", "Ville de Lyon", "Soirée d'ouverture ESS Lyon", 4, "18h30-21h", "Hôtel de Ville", "place de la Comédie", "69001", "Lyon 1er")

# 3 the ESS prizes at the Hôtel de Ville, Tuesday 29
plat("prix", "Cérémonie des Trophées de l'ESS Auvergne-Rhône-Alpes", 29, "18:00", "20:30", "CRESS Auvergne-Rhône-Alpes", HDV)
agenda("prix", "Remise des Trophées de l'économie sociale et solidaire 2022", [(29, "18:00", "20:30")], "CRESS AURA",
       A("Hôtel de Ville de Lyon", "1 place de la Comédie", "69001", "Lyon", insee=LYON))
cal("prix", "trophees-ess-aura-2022", SZ(29, "18:00"), EZ(29, "20:30"), SUM("Trophées de l'ESS - remise des prix"), LOC("Hôtel de Ville, Lyon"))

# 4 lunchtime talk at H7 the same Tuesday 29; 5 France Active's breakfast at H7, Thursday 24; 6 Ronalpia's pitch night at H7, Monday 28
H7 = P("H7", "70 quai Perrache", "69002", "Lyon")
plat("h7-finance", "Conférence : la finance solidaire, comment ça marche ?", 29, "12:30", "14:00", "Finansol", H7)
agenda("h7-finance", "Midi de la finance solidaire", [(29, "12:30", "14:00")], "Finansol - Fairness Finance",
       A("H7", "70 quai Perrache", "69002", "Lyon", insee=L2))
plat("pdj-fa", "Petit-déjeuner des financeurs solidaires", 24, "08:30", "10:00", "France Active Auvergne-Rhône-Alpes", H7)
form("pdj-fa", "FA AURA", "P'tit déj financeurs", 24, "8h30-10h", "H7", "70 quai Perrache", "69002", "LYON")
plat("ronalpia-pitch", "Soirée pitch : les entrepreneurs sociaux de la promo 2022", 28, "18:00", "20:30", "Ronalpia", H7)
agenda("ronalpia-pitch", "Ronalpia x makesense : soirée de pitchs d'entrepreneurs sociaux", [(28, "18:00", "20:30")], "Ronalpia et makesense",
       A("H7", "70 Quai Perrache", "69002", "Lyon", insee=L2))
cal("ronalpia-pitch", "pitch-ronalpia-2811", SZ(28, "18:00"), EZ(28, "20:30"), SUM("Soirée pitch Ronalpia"), LOC("70 quai Perrache, Lyon"))

# 7 / 8 the Métropole de Lyon on Tuesday 15 at its Hôtel: conference in the morning, workshop for SIAE in the afternoon
METRO = P("Hôtel de la Métropole de Lyon", "20 rue du Lac", "69003", "Lyon")
plat("metro-achats", "Conférence : la commande publique responsable, un levier pour l'ESS", 15, "09:00", "12:00", "Métropole de Lyon", METRO)
form("metro-achats", "Grand Lyon - Direction de l'économie", "Commande publique responsable", 15, "matin", "Hôtel de la Métropole",
     "20 rue du Lac - CS 33569", "69505", "Lyon Cedex 03")
cal("metro-achats", "conf-achats-metropole", S(15, "09:00"), E(15, "12:00"), SUM("Achats responsables : la Métropole et l'ESS"), LOC("20 rue du Lac, Lyon"))
agenda("metro-siae", "Atelier : répondre à un marché public quand on est une SIAE", [(15, "14:00", "16:30")], "Métropole de Lyon",
       A("Hôtel de la Métropole", "20 rue du Lac", "69003", "Lyon", insee=L3))
form("metro-siae", "Grand Lyon - Direction de l'économie", "Atelier marchés publics SIAE", 15, "après-midi", "Hôtel de la Métropole",
     "20 rue du Lac", "69003", "Lyon 3e")

# ───────────────────────── Lyon 7e: Guillotière, Jean Macé, Gerland ─────────────────────────

# 9 / 10 La Gonette at Locaux Motiv', Monday 14: workshop in the afternoon, conference in the evening; 11 open day (12);
# 12 a workshop on financing an association at Locaux Motiv', Wednesday 23
LM = P("Locaux Motiv'", "10 bis rue Jangot", "69007", "Lyon")
plat("gonette-atelier", "Atelier : ouvrir un compte en Gonette", 14, "14:00", "16:00", "La Gonette", LM)
form("gonette-atelier", "Association La Gonette", "Atelier ouverture de compte Gonette", 14, "14h-16h", "Locaux Motiv", "10 bis rue Jangot", "69007", "LYON 07")
plat("gonette-conf", "Conférence : une monnaie locale pour Lyon, la Gonette", 14, "18:30", "20:00", "La Gonette", LM)
agenda("gonette-conf", "La Gonette, monnaie locale lyonnaise : conférence-débat", [(14, "18:30", "20:00")], "Association La Gonette",
       A("Locaux Motiv'", "10 bis rue Jangot", "69007", "Lyon", insee=L7))
form("gonette-conf", "La Gonette", "Conférence monnaie locale", 14, "", "Locaux Motiv'", "", "69007", "Lyon 7")
plat("lm-po", "Portes ouvertes de Locaux Motiv'", 12, "14:00", "18:00", "Locaux Motiv'", LM)
cal("lm-po", "po-locaux-motiv", S(12, "14:00"), E(12, "18:00"), SUM("Locaux Motiv' ouvre ses portes"), LOC("Locaux Motiv'"))
plat("lm-financer", "Atelier : financer son projet associatif", 23, "14:00", "16:00", "Le Mouvement associatif du Rhône", LM)
form("lm-financer", "LMA Rhône", "Financer son projet asso", 23, "14h-16h", "Locaux Motiv'", "10 bis rue Jangot", "69007", "Lyon 7ème")

# 13 Sciences Po's lunchtime round table (agenda alone)
agenda("scpo-table", "Table ronde : l'ESS peut-elle changer l'économie ?", [(10, "12:30", "14:00")], "Sciences Po Lyon",
       A("Sciences Po Lyon", "14 avenue Berthelot", "69007", "Lyon", insee=L7))

# 14 afterwork at La Commune, Thursday 10 (one UTC start, no end)
plat("afterwork", "Afterwork des entrepreneurs sociaux", 10, "18:30", "21:00", "Mouves Auvergne-Rhône-Alpes",
     P("La Commune", "3 rue Pré-Gaudry", "69007", "Lyon"))
cal("afterwork", "afterwork-mouves-1011", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Lyon 7e"))

# 15-18 the bike workshop of the Chat Perché every Wednesday evening (9, 16, 23, 30): RRULE, the platform one, the form one
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-chatperche@reseau-ess-lyon.org", S(9, "18:00"), E(9, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier d'autoréparation vélo"), LOC("Le Chat Perché, 53 rue Saint-Michel, Lyon"))
plat("velo-16", "Mois de l'ESS – Atelier d'autoréparation vélo", 16, "18:00", "20:00", "L'Atelier du Chat Perché",
     P("Le Chat Perché", "53 rue Saint-Michel", "69007", "Lyon"))
form("velo-23", "Chat perché", "Atelier réparation de vélos", 23, "18h-20h", "Atelier", "53 rue St Michel", "69007", "Lyon")

# 19 / 20 two sessions at the Mairie du 7e on Tuesday 8: a workshop in the afternoon, a round table in the evening
M7 = P("Mairie du 7e arrondissement", "16 place Jean Macé", "69007", "Lyon")
agenda("m7-asso", "Atelier : créer son association", [(8, "14:00", "16:00")], "Maison des associations du 7e",
       A("Mairie du 7e", "16 place Jean Macé", "69007", "Lyon 7e", insee=L7))
form("m7-asso", "Mairie du 7e", "Créer son asso", 8, "14h-16h", "Mairie 7e", "16 place Jean Macé", "69007", "LYON 07")
plat("m7-femmes", "Table ronde : les femmes entrepreneuses de l'ESS", 8, "18:00", "20:00", "Mairie du 7e arrondissement de Lyon", M7)
form("m7-femmes", "Mairie du 7e", "Femmes et ESS : table ronde", 8, "18h", "Mairie du 7e", "16 place Jean Macé", "69007", "LYON 07")

# 21 Fresque du Climat at the Maison de l'environnement, Thursday 17 (Lyon 3e, Villeurbanne, Saint-Étienne the same evening)
MDE = P("Maison de l'environnement", "14 avenue Tony Garnier", "69007", "Lyon")
plat("fresque-lyon7", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat", MDE)
agenda("fresque-lyon7", "Atelier Fresque du Climat - Lyon Gerland", [(17, "18:30", "21:30")], "Fresque du Climat Lyon",
       A("Maison de l'Environnement", "14 avenue Tony Garnier", "69007", "Lyon", insee=L7))
form("fresque-lyon7", "La Fresque du Climat", "Fresque du Cimat", 17, "18h30", "Maison de l'environnement", "", "69007", "Lyon")

# 22 the GRAP's visit, Friday 18
plat("grap", "Visite du GRAP, la coopérative des épiceries bio", 18, "14:00", "16:00", "GRAP",
     P("GRAP", "3 rue Baldassini", "69007", "Lyon"))
agenda("grap", "Découvrir le Groupement régional alimentaire de proximité", [(18, "14:00", "16:00")],
       "Groupement Régional Alimentaire de Proximité", A("Entrepôt du GRAP", "3 rue Baldassini", "69007", "Lyon", insee=L7))

# 23 a gesticulated conference, Friday 25 (ICS local time written as UTC)
plat("gesticulee", "Conférence gesticulée : « Travailler moins pour vivre mieux ? »", 25, "20:00", "22:00", "Scop Le Pavé",
     P("Théâtre de l'Élysée", "14 rue Basse-Combalot", "69007", "Lyon"))
cal("gesticulee", "conf-gesticulee-2511", SX(25, "20:00"), EX(25, "22:00"), SUM("Conférence gesticulée - Le Pavé"), LOC("Théâtre de l'Élysée"))

# 24 the quarter's fête of cooperation at place Mazagran, Saturday 26
agenda("mazagran", "Fête de la coopération à la Guillotière", [(26, "14:00", "19:00")], "Collectif des habitants de la Guillotière",
       A("Place Mazagran", "Place Mazagran", "69007", "Lyon", insee=L7))
cal("mazagran", "fete-coop-mazagran", SF(26, "14:00"), EF(26, "19:00"), SUM("Fête de quartier coopérative"), LOC("Place Mazagran, Lyon 7e"))

# 25 / 26 Lyon 2 on the quays, Monday 14: a café-débat at lunchtime, a conference on the commons in the evening
LYON2 = P("Université Lumière Lyon 2 - Campus Berges du Rhône", "18 quai Claude Bernard", "69007", "Lyon")
agenda("lyon2-cafe", "Café-débat : étudier et s'engager dans l'ESS", [(14, "12:30", "14:00")], "Université Lumière Lyon 2",
       A("Campus Berges du Rhône", "18 quai Claude Bernard", "69007", "Lyon", insee=L7))
form("lyon2-cafe", "Univ Lyon 2", "Café débat ESS étudiants", 14, "12h30-14h", "Lyon 2 - quais", "18 quai Claude Bernard", "69007", "LYON 7")
plat("lyon2-communs", "Conférence : les communs, une autre économie ?", 14, "18:00", "20:00", "Université Lumière Lyon 2", LYON2)
cal("lyon2-communs", "conf-communs-lyon2", SZ(14, "18:00"), EZ(14, "20:00"), SUM("Les communs : conférence"), LOC("Université Lyon 2, quai Claude Bernard"))

# ───────────────────────── Lyon: the other arrondissements ─────────────────────────

# 27-30 Cap Services' information meeting every Tuesday: RRULE, the platform two sessions, the form one
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "reunion-info-cap-services@reseau-ess-lyon.org", SZ(8, "09:30"), EZ(8, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective - CAE Cap Services"), LOC("Cap Services, 23 rue Mazenod, Lyon"))
plat("cae-8", "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", 8, "09:30", "11:30",
     "Cap Services", P("Cap Services", "23 rue Mazenod", "69003", "Lyon"))
plat("cae-22", "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", 22, "09:30", "11:30",
     "Cap Services", P("Cap Services", "23 rue Mazenod", "69003", "Lyon"))
form("cae-15", "Cap Services (CAE)", "Réunion d'info CAE", 15, "9h30-11h30", "", "23 rue Mazenod", "69003", "Lyon")

# 31 Fresque du Climat in Lyon 3e the same evening as Gerland's
plat("fresque-lyon3", "Fresque du Climat : comprendre pour agir", 17, "19:00", "22:00", "Maison pour tous des Rancy",
     P("Maison pour tous - Salle des Rancy", "249 rue Vendôme", "69003", "Lyon"))
cal("fresque-lyon3", "fdc-rancy-1711", SZ(17, "19:00"), EZ(17, "22:00"), SUM("Fresque du climat"), LOC("Lyon 3e"))

# 32 the URSCOP training, all day Wednesday 9
URSCOP = P("Les Scop Auvergne-Rhône-Alpes", "74 rue Maurice Flandin", "69003", "Lyon")
plat("scic-formation", "Formation : la gouvernance partagée en Scic", 9, "09:00", "17:00",
     "Union régionale des Scop et Scic Auvergne-Rhône-Alpes", URSCOP)
agenda("scic-formation", "Gouvernance partagée en Scic : journée de formation", [(9, "09:00", "17:00")], "Les Scop AURA",
       A("Les Scop AURA", "74 rue Maurice Flandin", "69003", "Lyon", insee=L3))
form("scic-formation", "URSCOP AURA", "Formation gouvernance SCIC", 9, "Toute la journée", "", "74 rue Maurice Flandin", "69003", "Lyon")

# 33 / 34 compost workshops on Saturday 12 morning in Lyon 3e and Lyon 8e
plat("compost-lyon3", "Atelier compostage en pied d'immeuble", 12, "10:00", "12:00", "Les Compostiers",
     P("Jardin de la Place Guichard", "Place Guichard", "69003", "Lyon"))
form("compost-lyon3", "Les Compostiers", "Atelier compost", 12, "10h-12h", "Place Guichard", "", "69003", "Lyon 3")
agenda("compost-lyon8", "Initiation au lombricompostage", [(12, "10:00", "12:00")], "Centre social Mermoz",
       A("Centre social Mermoz", "1 rue Joseph Chalier", "69008", "Lyon", insee=L8))
cal("compost-lyon8", "lombricompost-mermoz", SF(12, "10:00"), EF(12, "12:00"), SUM("Atelier lombricompost"), LOC("Mermoz, Lyon 8e"))

# 35 France Bénévolat's evening, Monday 28
plat("benevoles", "Soirée de reconnaissance des bénévoles", 28, "18:00", "20:00", "France Bénévolat Rhône",
     P("Salle Garcin", "46 rue Paul Bert", "69003", "Lyon"))
form("benevoles", "France Benevolat 69", "Soirée des bénévoles", 28, "18h-20h", "Salle Garcin", "46 rue Paul Bert", "69003", "LYON 03")

# 36 / 37 Lyon 3 at the Manufacture des Tabacs, Thursday 17: the students' forum in the day, a conference at the end of it
MT = A("Université Jean Moulin Lyon 3 - Manufacture des Tabacs", "6 cours Albert Thomas", "69008", "Lyon", insee=L8)
agenda("lyon3-forum", "Forum des associations étudiantes et de l'ESS", [(17, "11:00", "16:00")], "Université Jean Moulin Lyon 3", MT)
form("lyon3-forum", "Université Lyon 3", "Forum assos étudiantes", 17, "11h-16h", "Manufacture des Tabacs", "6 cours Albert Thomas", "69008", "Lyon 8e")
plat("lyon3-conf", "Conférence : l'ESS au cœur de la transition écologique", 17, "17:30", "19:30", "IAE Lyon",
     P("Manufacture des Tabacs", "6 cours Albert Thomas", "69008", "Lyon"))
agenda("lyon3-conf", "L'ESS et la transition écologique (conférence)", [(17, "17:30", "19:30")], "iaelyon School of Management", MT)

# 38 the job dating at the Mairie du 8e, Tuesday 22 morning (Saint-Étienne and Vénissieux the same morning)
plat("jobdating-lyon", "Job dating de l'ESS : l'ESS recrute à Lyon", 22, "09:00", "12:30", "Métropole de Lyon",
     P("Mairie du 8e", "12 avenue Jean Mermoz", "69008", "Lyon"),
     description="Rencontrez en entretiens courts des associations, coopératives et structures d'insertion qui recrutent.")
agenda("jobdating-lyon", "Mois de l'ESS – Job dating « L'ESS recrute ! »", [(22, "09:00", "12:30")], "Métropole de Lyon et Pôle emploi",
       A("Mairie du 8ème arrondissement", "12 avenue Jean Mermoz", "69008", "Lyon", insee=L8))
form("jobdating-lyon", "Grand Lyon", "Job-dating ESS", 22, "9h-12h30", "Mairie 8e", "", "69008", "LYON")

# 39 the Mission locale's CV workshop, Wednesday 23
agenda("cv-lyon8", "Atelier CV et lettre de motivation pour les jeunes", [(23, "14:00", "16:00")], "Mission Locale de Lyon",
       A("Antenne Mission Locale Lyon 8e", "4 rue Claude Farrère", "69008", "Lyon", insee=L8))
cal("cv-lyon8", "atelier-cv-ml8", S(23, "14:00"), E(23, "16:00"), SUM("Atelier CV jeunes"), LOC("4 rue Claude Farrère, Lyon"))

# 40 / 41 two repair cafés on Saturday 19 afternoon in Lyon 7e (Jean Macé) and Lyon 8e (Monplaisir); 42 Lyon 4e the morning
plat("rc-jeanmace", "Repair Café", 19, "14:00", "17:00", "Repair Café Lyon",
     P("MJC Jean Macé", "38 rue Camille Roy", "69007", "Lyon"))
cal("rc-jeanmace", "rc-jeanmace-1911", S(19, "14:00"), E(19, "17:00"), SUM("Repair café Jean Macé"), LOC("Lyon 7e"))
form("rc-jeanmace", "Repair Café Lyon", "Repair café - Jean Macé", 19, "14h-17h", "MJC Jean Macé", "38 rue Camille Roy", "69007", "LYON 07")
agenda("rc-monplaisir", "Repair Café de Monplaisir", [(19, "14:00", "17:30")], "Centre social Monplaisir",
       A("Centre social Monplaisir", "25 avenue des Frères Lumière", "69008", "Lyon", insee=L8))
form("rc-monplaisir", "CS Monplaisir", "Repiar café", 19, "14h-17h30", "Centre social", "25 av. des Frères Lumière", "69008", "Lyon")
cal("rc-croixrousse", "rc-croixrousse-1911", SF(19, "10:00"), EF(19, "12:30"), SUM("Repair Café Croix-Rousse"),
    LOC("MJC Croix-Rousse, 6 rue du Chariot d'Or, Lyon"))
agenda("rc-croixrousse", "Café réparation à la Croix-Rousse", [(19, "10:00", "12:30")], "Repair Café Lyon",
       A("Maison des Jeunes et de la Culture de la Croix-Rousse", "6 rue du Chariot d'Or", "69004", "Lyon", insee=L4))

# 43 the two-day solidarity Christmas market at the Ficelle, Saturday 26 and Sunday 27
plat("noel-lyon", "Marché de Noël solidaire et équitable", 26, "10:00", "18:00", "Artisans du Monde Lyon",
     P("Salle de la Ficelle", "65 boulevard des Canuts", "69004", "Lyon"), day2=27)
agenda("noel-lyon", "Marché solidaire de Noël", [(26, "10:00", "19:00"), (27, "10:00", "18:00")], "Artisans du Monde",
       A("Salle de la Ficelle", "65 bd des Canuts", "69004", "Lyon", insee=L4))
cal("noel-lyon", "marche-noel-adm-j1", SD(26), ED(26), SUM("Marché de Noël solidaire (samedi)"), LOC("La Ficelle"))
cal("noel-lyon", "marche-noel-adm-j2", SD(27), ED(27), SUM("Marché de Noël solidaire (dimanche)"), LOC("La Ficelle"))
form("noel-lyon", "Artisans du Monde Lyon", "Marché de Noël équitable", "du 26 au 27 novembre", "10h-19h", "Salle de la Ficelle",
     "65 bd des Canuts", "69004", "Lyon 4e")

# 44 a zero-waste workshop at the MJC Croix-Rousse, Thursday 3
agenda("zerodechet-lyon4", "Atelier zéro déchet : fabriquer ses produits ménagers", [(3, "18:30", "20:30")], "Zero Waste Lyon",
       A("MJC Croix-Rousse", "6 rue du Chariot d'Or", "69004", "Lyon", insee=L4))
form("zerodechet-lyon4", "ZWL", "Atelier produits ménagers", 3, "18h30-20h30", "MJC", "6 rue du Chariot d'Or", "69004", "Lyon")

# 45 disco soupe at the Croix-Rousse market, Saturday 12
agenda("discosoupe", "Disco Soupe au marché de la Croix-Rousse", [(12, "10:00", "13:00")], "Disco Soupe Lyon",
       A("Marché de la Croix-Rousse", "Boulevard de la Croix-Rousse", "69004", "Lyon", insee=L4))
cal("discosoupe", "disco-soupe-croixrousse", SF(12, "10:00"), EF(12, "13:00"), SUM("Disco soupe anti-gaspi"), LOC("Croix-Rousse"))

# 46 the five-day exhibition at the Mairie du 1er (14-18)
plat("expo-1er", "Exposition : cent ans de coopératives lyonnaises", 14, "10:00", "18:00", "Fédération des coopératives du Rhône",
     P("Mairie du 1er arrondissement", "2 place Sathonay", "69001", "Lyon"), day2=18)
agenda("expo-1er", "Cent ans de coopératives à Lyon (exposition)", [(d, "10:00", "18:00") for d in range(14, 19)],
       "Coop de France Rhône", A("Mairie du 1er", "2 place Sathonay", "69001", "Lyon", insee=L1))
form("expo-1er", "FédéCoop 69", "Expo coopératives lyonnaises", "du 14 au 18 novembre", "10h-18h", "Mairie du 1er", "", "69001", "Lyon 1er")

# 47 the AMAP's festive distribution in the Pentes, Wednesday 23 (the network credited in the agenda)
plat("amap-pentes", "Distribution festive et portes ouvertes de l'AMAP des Pentes", 23, "18:30", "20:00", "AMAP des Pentes",
     P("Place Sathonay", "Place Sathonay", "69001", "Lyon"))
agenda("amap-pentes", "Découvrir une AMAP : distribution ouverte à tous", [(23, "18:30", "20:00")],
       "Réseau des AMAP Auvergne-Rhône-Alpes", A("Place Sathonay", "Place Sathonay", "69001", "Lyon", insee=L1))
form("amap-pentes", "Réseau AMAP AURA", "Distribution AMAP ouverte", 23, "18h30-20h", "Place Sathonay", "", "69001", "LYON 01")

# 48 / 49 two urban walks on Saturday 5 afternoon: the Pentes (Lyon 1er) and Gerland (Lyon 7e)
plat("balade-pentes", "Balade urbaine : l'ESS sur les Pentes de la Croix-Rousse", 5, "14:00", "16:00", "Anciela",
     P("Place des Terreaux", "Place des Terreaux", "69001", "Lyon"))
cal("balade-pentes", "balade-pentes-0511", SZ(5, "14:00"), EZ(5, "16:00"), SUM("Balade ESS sur les Pentes"), LOC("Place des Terreaux"))
form("balade-pentes", "Anciela", "Balade urbaine Pentes", 5, "après-midi", "Départ place des Terreaux", "", "69001", "Lyon")
agenda("balade-gerland", "Balade découverte des initiatives solidaires de Gerland", [(5, "14:00", "16:30")], "Anciela",
       A("Halle Tony Garnier (parvis)", "20 place des Docteurs Charles et Christophe Mérieux", "69007", "Lyon", insee=L7))
form("balade-gerland", "Anciela", "Balade urbaine Gerland", 5, "14h", "Parvis Halle Tony Garnier", "", "69007", "Lyon 7e")

# 50 the Anciela midday talk, Thursday 17
plat("anciela-midi", "Les midis d'Anciela : s'engager dans son quartier", 17, "12:15", "13:45", "Anciela",
     P("Anciela", "19 rue Saint-Maurice", "69008", "Lyon"))
agenda("anciela-midi", "Midi d'Anciela – S'engager près de chez soi", [(17, "12:15", "13:45")], "Association Anciela",
       A("Locaux d'Anciela", "19 rue Saint-Maurice", "69008", "Lyon", insee=L8))

# 51 round table in the Mairie du 5e, Monday 7
plat("tourisme-lyon5", "Table ronde : pour un tourisme solidaire dans le Vieux-Lyon", 7, "18:00", "20:00", "Mairie du 5e arrondissement",
     P("Mairie du 5e", "14 rue Ferrachat", "69005", "Lyon"))
form("tourisme-lyon5", "Mairie Lyon 5", "Tourisme solidaire table ronde", 7, "18h-20h", "Mairie", "14 rue Ferrachat", "69005", "Lyon 5")

# 52 the producers' market in Saint-Just, Saturday 5 (the network credited in the form)
agenda("marche-stjust", "Marché paysan et solidaire de Saint-Just", [(5, "09:00", "13:00")], "Les Paysans de Saint-Just",
       A("Place des Minimes", "Place des Minimes", "69005", "Lyon", insee=L5))
form("marche-stjust", "ARDAB", "Marché paysan", 5, "matin", "Place des Minimes", "", "69005", "LYON 05")

# 53 the NEF's evening on savings, Monday 21, Lyon 6e
plat("nef", "Soirée : mon épargne peut-elle être solidaire ?", 21, "18:30", "20:00", "La Nef",
     P("Espace Tête d'Or", "34 rue Tête d'Or", "69006", "Lyon"))
cal("nef", "soiree-epargne-nef", SZ(21, "18:30"), EZ(21, "20:00"), SUM("Épargne solidaire : soirée La Nef"), LOC("Lyon 6e"))

# 54 the foundations' meeting, Wednesday 30, Lyon 6e
plat("fondations", "Rencontre : les fondations au service des projets d'ESS", 30, "18:00", "20:00", "Fondation de Lyon",
     P("Fondation de Lyon", "15 quai Général Sarrail", "69006", "Lyon"))
agenda("fondations", "Fondations et ESS : la rencontre", [(30, "18:00", "20:00")], "Fondation de Lyon & CRESS AURA",
       A("Fondation de Lyon", "15 quai Général Sarrail", "69006", "Lyon", insee=L6))

# 55 / 56 Saturday 19 morning: a shared garden opens in Lyon 8e, a work party at La Duchère (Lyon 9e)
plat("jardin-etatsunis", "Inauguration du jardin partagé des États-Unis", 19, "10:30", "12:00", "Ville de Lyon - Mairie du 8e",
     P("Jardin partagé des États-Unis", "Boulevard des États-Unis", "69008", "Lyon"))
form("jardin-etatsunis", "Ville de Lyon", "Inauguration jardin partagé", 19, "matin", "Jardin partagé", "bd des États-Unis", "69008", "Lyon 8")
agenda("jardin-duchere", "Chantier participatif au jardin de la Duchère", [(19, "10:00", "12:30")], "Les Jardins de la Duchère",
       A("Jardin partagé de la Duchère", "Avenue du Plateau", "69009", "Lyon", insee=L9))
cal("jardin-duchere", "chantier-jardin-duchere", S(19, "10:00"), E(19, "12:30"), SUM("Chantier participatif - jardin de la Duchère"),
    LOC("La Duchère"))

# 57 / 58 two sewing workshops at the same hours on Wednesday 9: Vaise (Lyon 9e) and Caluire
plat("couture-vaise", "Atelier couture zéro déchet", 9, "14:00", "16:00", "Centre social de Vaise",
     P("Centre social Pierrette Augier", "3 rue Roquette", "69009", "Lyon"))
cal("couture-vaise", "couture-vaise-0911", S(9, "14:00"), E(9, "16:00"), SUM("Atelier couture"), LOC("Vaise"))
agenda("couture-caluire", "Atelier couture : zéro déchet", [(9, "14:00", "16:00")], "Caluire Solidarités",
       A("Espace Entraide", "10 rue Jean Moulin", "69300", "Caluire-et-Cuire", insee=CALUIRE))
form("couture-caluire", "Caluire Solidarités", "Atelier couture zero déchet", 9, "14h-16h", "Espace Entraide", "", "69300", "Caluire")

# ───────────────────────── webinars ─────────────────────────

# 59 / 60 two webinars at 10:00 on Tuesday 8; 61 a third at 11:00
plat("web-fa", "Webinaire : financer son projet ESS avec France Active", 8, "10:00", "11:30", "France Active Auvergne-Rhône-Alpes", ONLINE,
     modality="En ligne")
agenda("web-fa", "Financer son projet d'ESS : les outils de France Active (webinaire)", [(8, "10:00", "11:30")],
       "France Active AURA", {}, mode=2, onlineAccessLink=ZOOM_FA)
cal("web-fa", "webinaire-fa-0811", SZ(8, "10:00"), EZ(8, "11:30"), SUM("Webinaire France Active : financer son projet"), f"URL:{ZOOM_FA}")
form("web-fa", "FA AURA", "Webinaire financement", 8, "10h-11h30", "", "", "", "", "En ligne")
plat("web-scop", "Webinaire : transmettre son entreprise à ses salariés en Scop", 8, "10:00", "11:00", "Les Scop Auvergne-Rhône-Alpes", ONLINE,
     modality="En ligne")
cal("web-scop", "webinaire-transmission-scop", S(8, "10:00"), E(8, "11:00"), SUM("Transmission en Scop (webinaire)"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_SCOP}", ORG("URSCOP AURA", "aura@scop.coop"))
agenda("web-cer", "Le contrat d'engagement républicain : ce qui change pour les associations (visio)", [(8, "11:00", "12:00")],
       "Le Mouvement associatif Auvergne-Rhône-Alpes", {}, mode=2, onlineAccessLink=JITSI_LMA,
       description=OA("Subventions, agréments, obligations : décryptage du contrat d'engagement républicain."))
form("web-cer", "LMA AURA", "Contrat d'engagement républicain", 8, "11h", "", "", "", "", "Visio")

# 62 the CRESS's webinar (agenda alone); 63 the DLA's webinar (the form writes « Webinaire » as the place)
agenda("web-achats", "Webinaire : le guide des achats responsables auprès de l'ESS", [(15, "11:00", "12:00")], "CRESS Auvergne-Rhône-Alpes",
       {}, mode=2, onlineAccessLink=ZOOM_CRESS)
plat("web-dla", "Webinaire : le DLA, un accompagnement pour les associations", 10, "14:00", "15:00", "DLA du Rhône",
     ONLINE, modality="En ligne")
form("web-dla", "DLA 69 - France Active AURA", "Webinaire DLA", 10, "14h-15h", "Webinaire", "", "", "", "Distanciel")

# 64 / 65 two webinars at lunchtime on Thursday 24 by two networks
plat("web-lma", "Webinaire : recruter et fidéliser ses bénévoles", 24, "12:30", "13:30", "Le Mouvement associatif Auvergne-Rhône-Alpes",
     ONLINE, modality="En ligne")
agenda("web-lma", "Bénévolat : recruter et fidéliser (webinaire)", [(24, "12:30", "13:30")], "LMA AURA", {}, mode=2,
       onlineAccessLink=ZOOM_LMA)
cal("web-obs", "webinaire-observatoire-2411", SZ(24, "12:30"), EZ(24, "13:30"), SUM("Les chiffres clés de l'ESS en AURA"), LOC("En ligne"),
    f"URL:{ZOOM_OBS}")
form("web-obs", "CRESS AURA - Observatoire", "Webinaire chiffres clés ESS", 24, "12h30-13h30", "", "", "", "", "Visio")

# 66 the inhabitants' cooperatives, Thursday 24 evening
plat("web-habitat", "Les coopératives d'habitants, comment ça marche ?", 24, "18:00", "19:30", "Habicoop",
     ONLINE, modality="En ligne")
cal("web-habitat", "visio-coop-habitants", SZ(24, "18:00"), EZ(24, "19:30"), SUM("Coopératives d'habitants : comment ça marche ?"),
    LOC("Visioconférence"), f"URL:{ZOOM_HABICOOP}")
form("web-habitat", "Fédération Habicoop", "Coopératives d'habitants", 24, "18h-19h30", "Zoom", "", "", "", "Visio")

# 67 / 68 two webinars at 10:00 on Monday 21 by two networks
plat("web-probono", "Webinaire : le mécénat de compétences, mode d'emploi", 21, "10:00", "11:00", "Pro Bono Lab",
     ONLINE, modality="En ligne")
agenda("web-probono", "Mécénat de compétences : mode d'emploi (webinaire)", [(21, "10:00", "11:00")], "Pro Bono Lab Lyon", {}, mode=2,
       onlineAccessLink=MEET_PROBONO)
cal("web-clauses", "webinaire-clauses-sociales", SZ(21, "10:00"), EZ(21, "11:00"), SUM("Webinaire : les clauses sociales"),
    f"URL:{ZOOM_MDE}")
form("web-clauses", "MDEF Lyon", "Les clauses sociales d'insertion", 21, "10h", "", "", "", "", "Webinaire")

# ───────────────────────── Villeurbanne ─────────────────────────

# 69 / 70 the forum of Villeurbanne at the CCVA, Saturday 19, and the conference inside it
CCVA = P("Centre culturel et de la vie associative", "234 cours Émile Zola", "69100", "Villeurbanne")
plat("forum-villeurbanne", "Forum de l'ESS de Villeurbanne", 19, "10:00", "17:00", "Ville de Villeurbanne", CCVA)
agenda("forum-villeurbanne", "Forum villeurbannais de l'économie sociale et solidaire", [(19, "10:00", "17:00")],
       "Ville de Villeurbanne et CRESS AURA", A("CCVA", "234 cours Émile Zola", "69100", "Villeurbanne", insee=VILLEURBANNE))
cal("forum-villeurbanne", "forum-ess-villeurbanne", S(19, "10:00"), E(19, "17:00"), SUM("Forum ESS Villeurbanne"), LOC("Villeurbanne"))
form("forum-villeurbanne", "Villeurbanne", "Forum ESS", 19, "10h-17h", "CCVA", "234 cours Emile Zola", "69100", "VILLEURBANNE")
plat("villeurbanne-conf", "Conférence : l'habitat participatif, une affaire d'ESS", 19, "15:00", "16:30", "Ville de Villeurbanne", CCVA)
form("villeurbanne-conf", "Villeurbanne", "Conférence habitat participatif", 19, "15h-16h30", "CCVA", "", "69100", "Villeurbanne")

# 71 the repair café of the Gratte-Ciel the same Saturday 19 afternoon
plat("rc-grattecel", "Repair Café des Gratte-Ciel", 19, "14:00", "17:00", "Repair Café Villeurbanne",
     P("Maison du Citoyen", "9 rue Jean Bourgey", "69100", "Villeurbanne"))
agenda("rc-grattecel", "Repair café - Gratte-Ciel", [(19, "14:00", "17:00")], "Repair Café Villeurbanne",
       A("Maison du Citoyen", "9 rue Jean Bourgey", "69100", "Villeurbanne", insee=VILLEURBANNE))

# 72 Fresque du Climat in Villeurbanne the evening of Thursday 17
agenda("fresque-villeurbanne", "Fresque du Climat", [(17, "18:30", "21:30")], "La Fresque du Climat",
       A("Le Rize", "23-25 rue Valentin Haüy", "69100", "Villeurbanne", insee=VILLEURBANNE))
form("fresque-villeurbanne", "Fresque du Climat Villeurbanne", "Fresque du Climat", 17, "18h30-21h30", "Le Rize", "", "69100", "Villeurbanne")

# 73 Fresque du numérique at H7, in Lyon 2e, the evening of the Fresques du Climat
cal("fresque-num", "fresque-numerique-lyon-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Numérique"), LOC("H7, Lyon"))
agenda("fresque-num", "Atelier La Fresque du Numérique", [(17, "18:30", "21:30")], "Numérique responsable Lyon",
       A("H7", "70 quai Perrache", "69002", "Lyon", insee=L2))

# 74 / 75 INSA on Thursday 24: forum of trades in the afternoon, Enactus's evening conference
INSA = A("INSA Lyon - Bâtiment des Humanités", "1 rue des Humanités", "69100", "Villeurbanne", insee=VILLEURBANNE)
plat("insa-forum", "Forum des métiers de l'ESS", 24, "13:30", "17:30", "INSA Lyon",
     P("INSA Lyon", "20 avenue Albert Einstein", "69100", "Villeurbanne"))
agenda("insa-forum", "Forum métiers de l'économie sociale et solidaire", [(24, "13:30", "17:30")], "INSA Lyon - Service insertion", INSA)
agenda("insa-conf", "Conférence Enactus : entreprendre pour changer le monde", [(24, "18:00", "20:00")], "Enactus INSA Lyon", INSA)
cal("insa-conf", "enactus-insa-2411", SX(24, "18:00"), EX(24, "20:00"), SUM("Enactus : conférence"), LOC("INSA Lyon, Villeurbanne"))

# 76 the student grocery of La Doua, Thursday 24 at lunchtime
plat("epicerie-doua", "L'épicerie solidaire étudiante ouvre ses portes", 24, "12:00", "14:00", "AGORAé Lyon",
     P("Campus LyonTech-La Doua", "43 boulevard du 11 Novembre 1918", "69100", "Villeurbanne"))
form("epicerie-doua", "FAL - Fédé des assos étudiantes", "Portes ouvertes AGORAé", 24, "12h-14h", "La Doua", "", "69100", "Villeurbanne")

# 77 coop housing visit, Saturday 12 (the network credited in the agenda)
plat("village-vertical", "Visite du Village Vertical, coopérative d'habitants", 12, "10:00", "12:00", "Village Vertical",
     P("Village Vertical", "22 rue de la Feyssine", "69100", "Villeurbanne"))
agenda("village-vertical", "Visite d'une coopérative d'habitants à Villeurbanne", [(12, "10:00", "12:00")], "Habicoop",
       A("Village Vertical", "22 rue de la Feyssine", "69100", "Villeurbanne", insee=VILLEURBANNE))

# 78 the tiers-lieux evening at L'Autre Soie, Friday 25
plat("tierslieux", "La soirée des tiers-lieux de la Métropole", 25, "18:00", "22:00", "L'Autre Soie",
     P("L'Autre Soie", "24 rue Alfred de Musset", "69100", "Villeurbanne"))
agenda("tierslieux", "Soirée des tiers-lieux lyonnais", [(25, "18:00", "22:00")], "Réseau des tiers-lieux AURA (Relief)",
       A("L'Autre Soie", "24 rue Alfred de Musset", "69100", "Villeurbanne", insee=VILLEURBANNE))
cal("tierslieux", "soiree-tierslieux-2511", SZ(25, "18:00"), EZ(25, "22:00"), SUM("Soirée tiers-lieux"), LOC("L'Autre Soie"))

# 79 a conference on cooperatives of inhabitants in Villeurbanne, Tuesday 8 evening
plat("villeurbanne-habitants", "Conférence : habiter autrement en coopérative", 8, "18:30", "20:30", "Habicoop",
     P("Maison du Citoyen", "9 rue Jean Bourgey", "69100", "Villeurbanne"))
cal("villeurbanne-habitants", "conf-habiter-autrement", S(8, "18:30"), E(8, "20:30"), SUM("Habiter autrement"), LOC("9 rue Jean Bourgey, Villeurbanne"))

# 80 ciné-débat at Le Zola, Tuesday 15 (Lyon and Saint-Étienne the same evening)
cal("cine-villeurbanne", "cine-zola-1511", SZ(15, "20:30"), EZ(15, "22:45"), SUM("Ciné-débat : Douce France"), LOC("Le Zola"))
form("cine-villeurbanne", "Cinéma Le Zola", "Douce France - ciné-débat", 15, "20h30", "Le Zola", "117 cours Émile Zola", "69100", "Villeurbanne")

# 81 the regional meeting of the SIAE, all day Thursday 17, at the Espace Tête d'Or (Bourg's the same day)
plat("rencontre-iae", "Rencontre régionale de l'insertion par l'activité économique", 17, "09:00", "17:00",
     "Fédération des entreprises d'insertion Auvergne-Rhône-Alpes", P("Espace Tête d'Or", "103 boulevard de Stalingrad", "69100", "Villeurbanne"))
agenda("rencontre-iae", "Rencontre régionale IAE 2022", [(17, "09:00", "17:00")], "Inter-réseaux IAE AURA",
       A("Espace Tête d'Or", "103 bd de Stalingrad", "69100", "Villeurbanne", insee=VILLEURBANNE))
form("rencontre-iae", "FEI AURA", "Rencontre régionale IAE", 17, "Toute la journée", "Espace Tête d'Or", "", "69100", "Villeurbanne")

# ───────────────────────── Lyon 7e again: Comoedia ─────────────────────────

# 82 ciné-débat at the Comoedia, Tuesday 15
plat("cine-lyon", "Ciné-débat : Douce France, de Geoffrey Couanon", 15, "20:00", "22:30", "Alternatiba Lyon",
     P("Cinéma Comoedia", "13 avenue Berthelot", "69007", "Lyon"))
agenda("cine-lyon", "Projection-débat « Douce France »", [(15, "20:00", "22:30")], "Alternatiba ANV Rhône",
       A("Cinéma Comœdia", "13 avenue Berthelot", "69007", "Lyon", insee=L7),
       description=OA("Projection du film de Geoffrey Couanon suivie d'un débat sur les terres agricoles et l'alimentation locale."))
cal("cine-lyon", "cine-doucefrance-lyon", SZ(15, "20:00"), SUM("Ciné-débat Douce France"), LOC("Comoedia"))

# ───────────────────────── the east of the Métropole ─────────────────────────

# 83 / 84 Vénissieux on Wednesday 16: Envie's visit in the morning, the ressourcerie's visit in the afternoon
plat("envie", "Visite d'une entreprise d'insertion : Envie Rhône", 16, "10:00", "12:00", "Envie Rhône",
     P("Envie Rhône", "12 avenue de la République", "69200", "Vénissieux"))
agenda("envie", "Portes ouvertes chez Envie Rhône", [(16, "10:00", "12:00")], "Fédération Envie",
       A("Envie Rhône", "12 av. de la République", "69200", "Vénissieux", insee=VENISSIEUX))
plat("ressourcerie-venissieux", "Visite : la ressourcerie de Vénissieux", 16, "14:00", "16:00", "La Ressourcerie des Minguettes",
     P("Ressourcerie des Minguettes", "5 rue Gaspard Picard", "69200", "Vénissieux"))
cal("ressourcerie-venissieux", "visite-ressourcerie-minguettes", S(16, "14:00"), E(16, "16:00"), SUM("Visite de la ressourcerie"), LOC("Vénissieu"))

# 85 the job dating in Vénissieux, Tuesday 22 morning
agenda("jobdating-venissieux", "Job dating ESS et insertion", [(22, "09:30", "12:30")], "Ville de Vénissieux",
       A("Maison de l'emploi", "4 rue Eugène Peloux", "69200", "Vénissieux", insee=VENISSIEUX))
cal("jobdating-venissieux", "jobdating-venissieux-2211", SZ(22, "09:30"), EZ(22, "12:30"), SUM("Job dating - l'ESS recrute"), LOC("Vénissieux"))

# 86 the anti-waste cooking workshop in Saint-Fons, Monday 21
agenda("cuisine-stfons", "Atelier cuisine anti-gaspi", [(21, "14:00", "16:00")], "Centre social de l'Arsenal",
       A("Centre social de l'Arsenal", "1 rue Louis Braille", "69190", "Saint-Fons", insee=STFONS))
form("cuisine-stfons", "CS Arsenal", "Cuisine anti gaspillage", 21, "14h-16h", "Centre social", "1 rue Louis Braille", "69190", "ST FONS")

# 87 the conference on circular economy in Vaulx-en-Velin, Friday 18; 88 the bike workshop of Vaulx, Saturday 19 afternoon;
# 89 the meeting of the shared gardens, Saturday 5
plat("vaulx-conf", "Conférence : l'économie circulaire à Vaulx-en-Velin", 18, "18:00", "20:00", "Ville de Vaulx-en-Velin",
     P("Planétarium", "Place de la Nation", "69120", "Vaulx-en-Velin"))
agenda("vaulx-conf", "Économie circulaire : quelles filières locales ? (conférence)", [(18, "18:00", "20:00")], "Vaulx-en-Velin",
       A("Planétarium de Vaulx-en-Velin", "Place de la Nation", "69120", "Vaulx-en-Velin", insee=VAULX))
agenda("velo-vaulx", "Atelier vélo participatif", [(19, "14:00", "17:00")], "Le Recycleur",
       A("Le Recycleur", "8 rue Émile Zola", "69120", "Vaulx-en-Velin", insee=VAULX))
cal("velo-vaulx", "velo-vaulx-1911", SF(19, "14:00"), EF(19, "17:00"), SUM("Atelier d'autoréparation vélo"), LOC("Vaulx-en-Velin"))
agenda("jardins-vaulx", "Rencontre des jardins partagés de Vaulx", [(5, "10:00", "12:00")], "Vaulx Jardins",
       A("Jardin du Mas du Taureau", "Rue Gabriel Péri", "69120", "Vaulx-en-Velin", insee=VAULX))
form("jardins-vaulx", "Vaulx Jardins", "Rencontre jardins partagés", 5, "10h-12h", "Mas du Taureau", "", "69120", "Vaulx en Velin")

# 90 / 91 two employment forums on Thursday 10 morning: Bron and Saint-Priest
plat("forum-bron", "Forum emploi et insertion de Bron", 10, "09:00", "12:00", "Ville de Bron",
     P("Espace Albert Camus", "1 rue Maryse Bastié", "69500", "Bron"))
form("forum-bron", "Ville de Bron", "Forum emploi insertion", 10, "matin", "Espace A. Camus", "1 rue Maryse Bastié", "69500", "BRON")
agenda("forum-stpriest", "Forum de l'emploi solidaire de Saint-Priest", [(10, "09:00", "12:00")], "Ville de Saint-Priest",
       A("Salle Mosaïque", "47 rue Aristide Briand", "69800", "Saint-Priest", insee=STPRIEST))
form("forum-stpriest", "Mairie de Saint-Priest", "Forum emploi ESS", 10, "9h-12h", "Salle Mosaïque", "", "69800", "Saint-Priest")

# 92 Lyon 2's Bron campus, Thursday 10 evening; 93 the digital workshop of Bron, Tuesday 29
agenda("bron-conf", "Conférence : économie solidaire et féminisme", [(10, "18:00", "20:00")], "Université Lumière Lyon 2",
       A("Campus Porte des Alpes", "5 avenue Pierre Mendès France", "69500", "Bron", insee=BRON))
cal("bron-conf", "conf-feminisme-bron", SZ(10, "18:00"), EZ(10, "20:00"), SUM("Économie solidaire & féminisme"), LOC("Campus Porte des Alpes, Bron"))
plat("numerique-bron", "Atelier numérique solidaire : faire ses démarches en ligne", 29, "14:00", "16:00", "Emmaüs Connect",
     P("Médiathèque Jean Prévost", "2 place de Weingarten", "69500", "Bron"))
cal("numerique-bron", "atelier-numerique-bron", S(29, "14:00"), E(29, "16:00"), SUM("Atelier numérique"), LOC("Médiathèque de Bron"))

# ───────────────────────── the south-west: Oullins, Pierre-Bénite, Givors ─────────────────────────

# 94 / 95 two repair cafés on Saturday 26 afternoon: Oullins and Pierre-Bénite (one commune since 2024)
plat("rc-oullins", "Repair Café d'Oullins", 26, "14:00", "17:00", "Repair Café Oullins",
     P("MJC d'Oullins", "10 rue Orsel", "69600", "Oullins"))
cal("rc-oullins", "rc-oullins-2611", S(26, "14:00"), E(26, "17:00"), SUM("Repair café"), LOC("Oullins"))
agenda("rc-pierrebenite", "Repair café de Pierre-Bénite", [(26, "14:00", "17:00")], "Centre social de Pierre-Bénite",
       A("Centre social Graine de vie", "Rue du Docteur Bonhomme", "69310", "Pierre-Bénite", insee=OULLINS))
form("rc-pierrebenite", "CS Pierre Bénite", "Repair café", 26, "14h-17h", "Centre social", "", "69310", "Pierre-Bénite")

# 96 the ESAT's open day in Givors, Friday 25
plat("esat-givors", "Portes ouvertes de l'ESAT de Givors", 25, "10:00", "16:00", "Adapei du Rhône",
     P("ESAT Les Ateliers du Gier", "Rue Jean Ligonnet", "69700", "Givors"))
form("esat-givors", "ESAT Ateliers du Gier", "Portes ouvertes ESAT", 25, "10h-16h", "", "rue Jean Ligonnet", "69700", "GIVORS")

# ───────────────────────── Saint-Étienne and the Loire ─────────────────────────

# 97 / 98 the forum of Saint-Étienne at the Cité du design, Saturday 19, and the conference inside it
CITE = P("Cité du design", "3 rue Javelin Pagnon", "42000", "Saint-Étienne")
plat("forum-ste", "Forum de l'ESS stéphanois", 19, "10:00", "18:00", "Saint-Étienne Métropole", CITE)
agenda("forum-ste", "Forum de l'économie sociale et solidaire - Saint-Étienne", [(19, "10:00", "18:00")], "Saint-Étienne Métropole",
       A("Cité du design", "3 rue Javelin Pagnon", "42000", "Saint-Étienne", insee=STETIENNE))
cal("forum-ste", "forum-ess-ste", S(19, "10:00"), E(19, "18:00"), SUM("Forum ESS Saint-Étienne"), LOC("Cité du design, Saint-Étienne"))
form("forum-ste", "SEM", "Forum ESS", 19, "10h-18h", "Cité du Design", "", "42000", "ST ETIENNE")
plat("ste-conf", "Conférence : l'ESS, moteur de la reconversion industrielle ?", 19, "14:30", "16:00", "Saint-Étienne Métropole", CITE)
form("ste-conf", "SEM", "Conférence reconversion industrielle", 19, "14h30-16h", "Cité du Design", "", "42000", "Saint-Etienne")

# 99 the repair café of Saint-Étienne the same Saturday 19 afternoon
plat("rc-ste", "Repair Café stéphanois", 19, "14:00", "17:00", "Repair Café Saint-Étienne",
     P("Amicale laïque de Chapelon", "14 rue Roger Salengro", "42000", "Saint-Étienne"))
form("rc-ste", "Repair Café St-Étienne", "Repair café", 19, "14h-17h", "Amicale laïque Chapelon", "", "42000", "Saint-Étienne")

# 100 Fresque du Climat in Saint-Étienne, Thursday 17
plat("fresque-ste", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat",
     P("Le Mixeur", "5 rue Javelin Pagnon", "42000", "Saint-Étienne"))
cal("fresque-ste", "fdc-ste-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Le Mixeur, Saint-Étienne"))

# 101 the Mixeur's open day, Wednesday 16
plat("mixeur-po", "Portes ouvertes du Mixeur", 16, "14:00", "18:00", "Le Mixeur - tiers-lieu créatif",
     P("Le Mixeur", "5 rue Javelin Pagnon", "42000", "Saint-Étienne"))
cal("mixeur-po", "po-mixeur", S(16, "14:00"), E(16, "18:00"), SUM("Le Mixeur ouvre ses portes"), LOC("Saint-Étienne"))

# 102 Le Sou's workshop, Monday 14 evening (the other local currency, the other city)
agenda("sou", "Atelier : payer en Sou, la monnaie locale stéphanoise", [(14, "18:00", "20:00")], "Association Le Sou",
       A("Maison des associations", "4 rue André Malraux", "42000", "Saint-Étienne", insee=STETIENNE))
form("sou", "Le Sou", "Atelier monnaie locale", 14, "18h-20h", "MDA", "4 rue André Malraux", "42000", "SAINT-ETIENNE")

# 103 the university's conference, Thursday 24
plat("ujm-conf", "Conférence : coopérer pour entreprendre dans la Loire", 24, "18:00", "20:00", "Université Jean Monnet",
     P("Campus Tréfilerie", "33 rue du 11 Novembre", "42100", "Saint-Étienne"))
agenda("ujm-conf", "Coopérer pour entreprendre (conférence)", [(24, "18:00", "20:00")], "UJM Saint-Étienne",
       A("Université Jean Monnet - Tréfilerie", "33 rue du Onze Novembre", "42100", "Saint-Étienne", insee=STETIENNE))

# 104 the work party at Montreynaud, Saturday 12 morning
cal("jardin-montreynaud", "chantier-montreynaud", SF(12, "09:30"), EF(12, "12:00"), SUM("Chantier participatif au jardin"), LOC("Montreynaud"))
form("jardin-montreynaud", "Jardins de Montreynaud", "Chantier jardin partagé", 12, "9h30", "Jardin de Montreynaud", "", "42000", "Saint-Étienne")

# 105 the job dating of Saint-Étienne, Tuesday 22 morning
plat("jobdating-ste", "Job dating : l'ESS recrute dans la Loire", 22, "09:00", "12:00", "Pôle emploi Loire",
     P("Agence Pôle emploi Saint-Étienne Centre", "17 rue Brossard", "42000", "Saint-Étienne"))
form("jobdating-ste", "Pôle Emploi", "Job dating ESS", 22, "9h-12h", "", "17 rue Brossard", "42000", "St-Etienne")

# 106 ciné-débat at the Méliès, Tuesday 15
plat("cine-ste", "Ciné-débat : Douce France", 15, "20:00", "22:30", "Alternatiba Saint-Étienne",
     P("Cinéma Le Méliès Saint-François", "8 rue de la Valse", "42100", "Saint-Étienne"))
form("cine-ste", "Alternatiba 42", "Douce France projection-débat", 15, "20h", "Le Méliès", "", "42100", "Saint-Étienne")

# 107 the recyclerie's visit, Wednesday 30
plat("recyclerie-ste", "Visite d'une recyclerie stéphanoise", 30, "14:00", "16:00", "Emmaüs Saint-Étienne",
     P("Emmaüs - La Bricole", "30 rue de la Tour", "42100", "Saint-Étienne"))
form("recyclerie-ste", "Emmaus", "Visite recyclerie", 30, "après-midi", "La Bricole", "30 rue de la Tour", "42100", "Saint-Étienne")

# 108 Saint-Chamond's evening of the Gier valley, Thursday 10
plat("gier", "Soirée de l'ESS de la vallée du Gier", 10, "18:30", "21:00", "Saint-Étienne Métropole",
     P("Salle Aristide Briand", "Rue Aristide Briand", "42400", "Saint-Chamond"))
form("gier", "Ville de Saint-Chamond", "Soirée ESS vallée du Gier", 10, "18h30-21h", "Salle A. Briand", "", "42400", "ST CHAMOND")

# 109 Firminy's digital workshop, Friday 18 (agenda alone)
agenda("numerique-firminy", "Atelier numérique solidaire", [(18, "14:00", "16:00")], "Emmaüs Connect",
       A("Médiathèque de Firminy", "Rue Jean-Baptiste David", "42700", "Firminy", insee=FIRMINY))

# 110 / 111 Roanne: the forum of the Roannais, Saturday 26; the conference on short circuits, Thursday 24
plat("forum-roanne", "Forum de l'ESS du Roannais", 26, "10:00", "17:00", "Roannais Agglomération",
     P("Halle Vacheresse", "Rue Marengo", "42300", "Roanne"))
agenda("forum-roanne", "Forum ESS Roanne 2022", [(26, "10:00", "17:00")], "Roannais Agglo",
       A("Halle Vacheresse", "Rue de Marengo", "42300", "Roanne", insee=ROANNE))
form("forum-roanne", "Roannais Agglo", "Forum de l'économie sociale et solidaire", 26, "10h-17h", "Halle Vacheresse", "", "42300", "ROANNE")
agenda("roanne-conf", "Conférence : les circuits courts alimentaires", [(24, "18:30", "20:30")], "Chambre d'agriculture de la Loire",
       A("Espace Congrès", "Rue Alexandre Raffin", "42300", "Roanne", insee=ROANNE))
cal("roanne-conf", "conf-circuits-courts-roanne", SX(24, "18:30"), EX(24, "20:30"), SUM("Circuits courts : conférence"), LOC("Roanne"))

# 112 the repair café of Roanne, Saturday 26 afternoon
plat("rc-roanne", "Repair Café roannais", 26, "14:00", "17:00", "Repair Café Roanne",
     P("Centre social Moulin à Vent", "Rue Claude Bernard", "42300", "Roanne"))
cal("rc-roanne", "rc-roanne-2611", S(26, "14:00"), E(26, "17:00"), SUM("Repair café de Roanne"), LOC("Moulin à Vent, Roanne"))

# ───────────────────────── Beaujolais and Ain ─────────────────────────

# 113 / 114 Villefranche-sur-Saône: the breakfast of the Beaujolais, Tuesday 22; the CAE's workshop, Thursday 10;
# 115 the repair café, Saturday 26 morning (form alone)
plat("villefranche-pdj", "Petit déjeuner de l'ESS du Beaujolais", 22, "08:30", "10:00", "Communauté d'agglomération Villefranche Beaujolais Saône",
     P("Espace Barmondière", "Place des Arts", "69400", "Villefranche-sur-Saône"))
form("villefranche-pdj", "CAVBS", "Petit déjeuner ESS", 22, "matin", "Espace Barmondière", "", "69400", "VILLEFRANCHE S/ SAONE")
agenda("calad", "Atelier : créer son activité en coopérative", [(10, "14:00", "16:30")], "Calad'Impulsion",
       A("Calad'Impulsion", "105 rue de Thizy", "69400", "Villefranche-sur-Saône", insee=VILLEFRANCHE))
cal("calad", "atelier-calad-1011", S(10, "14:00"), E(10, "16:30"), SUM("Entreprendre en CAE - atelier Calad'Impulsion"),
    LOC("105 rue de Thizy, Villefranche"))
form("rc-villefranche", "Repair Café Caladois", "Repair café", 26, "9h-12h", "Maison des associations", "", "69400", "Villefranche-sur-Saône")

# 116 Bourg-en-Bresse: ciné-débat at La Grenette the same Tuesday 15; 117 the day of the Ain's actors, Thursday 17;
# 118 the two-day salon, Friday 25 and Saturday 26
plat("cine-bourg", "Ciné-débat : Douce France", 15, "20:00", "22:30", "Alternatiba Bourg-en-Bresse",
     P("Cinéma La Grenette", "1 rue Bourgmayer", "01000", "Bourg-en-Bresse"))
agenda("cine-bourg", "Projection-débat Douce France à Bourg", [(15, "20:00", "22:30")], "Alternatiba 01",
       A("Cinéma La Grenette", "1 rue Bourgmayer", "01000", "Bourg-en-Bresse", insee=BOURG))
plat("journee-ain", "Journée des acteurs de l'ESS de l'Ain", 17, "09:00", "17:00", "CRESS Auvergne-Rhône-Alpes",
     P("Ainterexpo", "25 avenue des Sports", "01000", "Bourg-en-Bresse"))
form("journee-ain", "CRESS AURA - antenne Ain", "Journée acteurs ESS 01", 17, "Toute la journée", "Ainterexpo", "", "01000", "Bourg en Bresse")
BOURG_HALL = P("Parc des expositions Ainterexpo", "25 avenue des Sports", "01000", "Bourg-en-Bresse")
plat("salon-ain", "Salon de l'ESS de l'Ain", 25, "10:00", "18:00", "Grand Bourg Agglomération", BOURG_HALL, day2=26)
agenda("salon-ain", "Salon de l'économie sociale et solidaire de l'Ain", [(25, "10:00", "18:00"), (26, "10:00", "18:00")],
       "Grand Bourg Agglomération", A("Ainterexpo", "25 avenue des Sports", "01000", "Bourg-en-Bresse", insee=BOURG))
cal("salon-ain", "salon-ess-ain", SD(25), ED(26), SUM("Salon de l'ESS (2 jours)"), LOC("Ainterexpo, Bourg-en-Bresse"))
form("salon-ain", "Grand Bourg Agglo", "Salon ESS", 25, "10h-18h", "Ainterexpo", "", "01000", "BOURG EN BRESSE")

# 119 Ambérieu's reuse workshop, Saturday 26 afternoon (form alone)
form("reemploi-amberieu", "Ressourcerie du Bugey", "Atelier réemploi", 26, "14h-17h", "Ressourcerie", "", "01500", "Ambérieu-en-Bugey")

# 120 the Vénissieux social centre's evening, Monday 21, the NEF's evening in Lyon the same hour
plat("venissieux-soiree", "Soirée : l'épargne solidaire au service du quartier", 21, "18:30", "20:00", "Centre social Eugénie Cotton",
     P("Centre social Eugénie Cotton", "13 avenue Marcel Cachin", "69200", "Vénissieux"))
form("venissieux-soiree", "CS Eugénie Cotton", "Soirée épargne solidaire", 21, "18h30", "Centre social", "", "69200", "Vénissieux")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
