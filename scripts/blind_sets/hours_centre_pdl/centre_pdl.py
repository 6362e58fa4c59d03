"""Blind set hours_centre_pdl-1 (helper): Pays de la Loire and Centre-Val de Loire, November 2022, written before
reading the merge rules. About 80 real events in Nantes, Saint-Herblain, Rezé, Orvault, Vertou, Bouguenais,
Carquefou, Clisson, Saint-Nazaire, Guérande, Châteaubriant, Angers, Trélazé, Avrillé, Cholet, Saumur, Segré-en-Anjou
Bleu, Le Mans, Allonnes, La Flèche, Laval, Mayenne, Château-Gontier-sur-Mayenne, La Roche-sur-Yon, Les Sables-d'Olonne,
Fontenay-le-Comte, Challans, Orléans, Fleury-les-Aubrais, Saint-Jean-de-Braye, Olivet, Saran, Montargis, Tours,
Joué-lès-Tours, Saint-Pierre-des-Corps, Amboise, Chinon, Blois, Vendôme, Romorantin-Lanthenay, Bourges, Vierzon,
Chartres, Dreux, Lucé, Châteauroux, Issoudun and Le Blanc. Four sources: the national platform's JSON (start and end,
sometimes no end, a two-day range), the CRESS's OpenAgenda (one timing a day, insee, attendanceMode 2 with
onlineAccessLink), the Loire network's iCalendar (UTC « Z », TZID, floating, VALUE=DATE all-day, one VEVENT per day of
a salon, three VEVENTs whose hour is one hour off — local time written as « Z » or a summer-time TZID —, LOCATION with
the venue, the town alone or the venue and town, URL / « Microsoft Teams »), the CRESS registration form
(Windows-1252 `;` CSV).

Focus, about two thirds of the events: HOW SOURCES WRITE THE TIME OF DAY. The form's « Horaires » column as people
fill it: « matin », « Matinée », « après-midi », « aprem », « AM » (for après-midi), « en soirée », « soir »,
« soirée », « midi », « le midi (12h-14h) », « journée », « Toute la journée », « 9h-12h / 14h-17h », « de 14 h à
17 h », « 14h », « 14:00-16:30 », « 9h30 », « à partir de 18h », « 18h30 - 21h », empty; its « Date » column as
« mardi 15 novembre », « 15/11 », « 15/11/2022 », « du 15 au 17 novembre », « 25 et 26/11 ». The same events in the
other sources with exact times, sometimes a one-hour shift in the ICS, sometimes no end on the platform.

Hard negatives: the same repair workshop morning and afternoon at one venue in Nantes (the form « matin » and the
platform 09:30 for the morning, the agenda and the ICS 14:00 for the afternoon), the same sewing workshop morning and
afternoon in Le Mans, the same digital workshop morning and afternoon in Orléans; two half-day trainings of one
organiser the same Thursday in Angers (morning) and Laval (afternoon), and two of another the same Tuesday in Blois
and Tours; a film evening and an afternoon workshop of one association the same day in Nantes, Laval and Bourges;
an all-day forum and a talk inside it at the same venue (Nantes Solilab, Tours Vinci, La Roche-sur-Yon's village of
the ESS, Angers' two-day salon); two job datings the same Tuesday morning (Saint-Nazaire, Vierzon); repair cafés the
same Saturday in several towns. The rest: ordinary events with reworded and dressed titles, acronyms, venue vs street,
LOCATION with the town only, online events « En ligne » vs a meeting link.

Multi-day events (the Nantes exhibition 15-17, the Angers salon 25-26, the Bourges salon 18-19) have one real event id
whatever the source: the platform's range, each OpenAgenda timing, each per-day VEVENT and the form's single row
« du 15 au 17 novembre » / « 25 et 26/11 » all point to it (as dense_bretagne labels its salon and exhibition)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-pays-de-la-loire-openagenda", "reseau-ess-loire-ical", "cress-centre-pdl-tableur")


def _ts(day, hm): return f"202211{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def SL(day, hm): return f"DTSTART:{_ts(day, hm)}Z"   # local time wrongly written as UTC: one hour late
def EL(day, hm): return f"DTEND:{_ts(day, hm)}Z"
def SF(day, hm): return f"DTSTART:{_ts(day, hm)}"
def EF(day, hm): return f"DTEND:{_ts(day, hm)}"
def SD(day): return f"DTSTART;VALUE=DATE:202211{day:02d}"
def ED(day): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, day) + timedelta(days=1)).strftime("%Y%m%d")  # `day` the last day
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def OA(text): return {"fr": text}


NANTES, STHERBLAIN, REZE, STNAZAIRE, ORVAULT = "44109", "44162", "44143", "44184", "44114"
VERTOU, BOUGUENAIS, CARQUEFOU, CLISSON, GUERANDE, CHATEAUBRIANT = "44215", "44020", "44026", "44043", "44069", "44036"
ANGERS, CHOLET, SAUMUR, TRELAZE, AVRILLE, SEGRE = "49007", "49099", "49328", "49353", "49015", "49331"
LEMANS, ALLONNES, LAFLECHE, LAVAL, MAYENNE, CHGONTIER = "72181", "72003", "72154", "53130", "53147", "53062"
LRSY, SABLES, FONTENAY, CHALLANS = "85191", "85194", "85092", "85047"
ORLEANS, FLEURY, SJDB, OLIVET, SARAN, MONTARGIS = "45234", "45147", "45284", "45232", "45302", "45208"
TOURS, JOUE, SPDC, AMBOISE, CHINON = "37261", "37122", "37233", "37003", "37072"
BLOIS, VENDOME, ROMORANTIN, BOURGES, VIERZON = "41018", "41269", "41194", "18033", "18279"
CHARTRES, DREUX, LUCE, CHATEAUROUX, ISSOUDUN, LEBLANC = "28085", "28134", "28218", "36044", "36088", "36018"

ZOOM_FA = "https://us02web.zoom.us/j/83311224455?pwd=RnJhbmNlQWN0aXZlUERM"
TEAMS_CRESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q1JFU1NDVkxNYXJjaGVz@thread.v2/0"
MEET_MECENAT = "https://meet.google.com/pdl-mcnt-cmp"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau ESS Loire - Mois de l'ESS 2022\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(1), itertools.count(7001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days), sometimes no end."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """The CRESS's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@reseau-ess-loire.fr", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"INS-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ═════════════════════════ PAYS DE LA LOIRE ═════════════════════════

# ───────── Nantes and its metropolis ─────────

# 1 regional launch at the Solilab, Thursday 3: four sources, the form « en soirée »
SOLILAB = P("Le Solilab", "8 rue de Saint-Domingue", "44200", "Nantes")
plat("lancement-pdl", "Soirée de lancement du Mois de l'ESS en Pays de la Loire", 3, "18:00", "21:00", "CRESS Pays de la Loire", SOLILAB)
agenda("lancement-pdl", "Lancement régional du Mois de l'Économie sociale et solidaire", [(3, "18:00", "21:30")],
       "Chambre régionale de l'économie sociale et solidaire des Pays de la Loire",
       A("Solilab", "8 rue de Saint-Domingue", "44200", "Nantes", insee=NANTES, latitude=47.2020, longitude=-1.5666))
cal("lancement-pdl", "lancement-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS 2022 : soirée de lancement"), LOC("Solilab, Nantes"))
form("lancement-pdl", "CRESS PDL", "Lancement du mois de l'ESS", "jeudi 3 novembre", "en soirée", "Solilab", "8 rue de St Domingue", "44200", "Nantes")

# 2 / 3 the ESS job forum at the Solilab, Tuesday 15, all day; the talk inside it at 11:00 (a different event)
plat("forum-emploi-nantes", "Forum de l'emploi dans l'ESS", 15, "09:30", None, "CRESS Pays de la Loire", SOLILAB)
agenda("forum-emploi-nantes", "Forum emploi ESS – Nantes", [(15, "09:30", "17:00")], "CRESS Pays de la Loire",
       A("Le Solilab", "8 rue de Saint-Domingue", "44200", "Nantes", insee=NANTES))
cal("forum-emploi-nantes", "forum-emploi-nantes", SD(15), ED(15), SUM("Forum de l'emploi ESS"), LOC("Solilab"))
form("forum-emploi-nantes", "CRESS Pays de la Loire", "Forum emploi ESS", "15/11", "Toute la journée", "Solilab", "", "44200", "Nantes")
plat("forum-conf-nantes", "Conférence : recruter et fidéliser dans l'ESS", 15, "11:00", "12:00", "CRESS Pays de la Loire", SOLILAB)
form("forum-conf-nantes", "CRESS Pays de la Loire", "Conférence recruter et fidéliser", "15/11/2022", "11h", "Solilab", "", "44200", "Nantes")

# 4 / 5 the same repair workshop twice on Saturday 19 at the Ressourcerie de l'île: morning and afternoon
RESSOURCERIE = P("La Ressourcerie de l'île", "10 boulevard Léon Bureau", "44200", "Nantes")
plat("reparation-matin", "Atelier réparation de petit électroménager", 19, "09:30", "12:00", "La Ressourcerie de l'île", RESSOURCERIE)
form("reparation-matin", "Ressourcerie de l'Ile", "Atelier réparation électroménager", 19, "matin", "Ressourcerie de l'île", "10 bd Léon Bureau", "44200", "Nantes")
agenda("reparation-aprem", "Atelier réparation : petit électroménager", [(19, "14:00", "17:00")], "La Ressourcerie de l'île",
       A("La Ressourcerie de l'île", "10 boulevard Léon Bureau", "44200", "Nantes", insee=NANTES))
cal("reparation-aprem", "atelier-repar-1911-pm", S(19, "14:00"), E(19, "17:00"), SUM("Atelier réparation électroménager"),
    LOC("Ressourcerie de l'île, Nantes"))

# 6 / 7 Terre de liens, Thursday 17: an afternoon workshop and an evening film in Nantes
plat("cine-tdl-nantes", "Ciné-débat : « Les Liberterres »", 17, "20:00", "22:30", "Terre de liens Pays de la Loire",
     P("Cinéma Le Concorde", "79 boulevard de l'Égalité", "44100", "Nantes"))
form("cine-tdl-nantes", "Terre de Liens PDL", "Les Liberterres - projection", 17, "soirée", "Cinéma Le Concorde", "", "44100", "Nantes")
form("atelier-tdl-nantes", "Terre de Liens PDL", "Atelier s'installer en agriculture paysanne", 17, "après-midi", "Maison des paysans",
     "1 rue Marie-Anne du Boccage", "44000", "Nantes")
cal("atelier-tdl-nantes", "tdl-atelier-installation", SZ(17, "14:00"), EZ(17, "17:00"), SUM("S'installer en agriculture paysanne : atelier"),
    LOC("Nantes"))

# 8 Fresque du Climat at Saint-Herblain, Tuesday 8: the form « 18h30 - 21h », the platform 21:30, the ICS floating
plat("fresque-sthb", "La Fresque du Climat", 8, "18:30", "21:30", "La Fresque du Climat - Nantes",
     P("Maison des arts", "26 rue de Saint-Nazaire", "44800", "Saint-Herblain"))
form("fresque-sthb", "Fresque du Climat", "Fresque du climat", 8, "18h30 - 21h", "Maison des Arts", "", "44800", "St-Herblain")
cal("fresque-sthb", "fresque-climat-sthb", SF(8, "18:30"), EF(8, "21:30"), SUM("Atelier Fresque du Climat"), LOC("Saint-Herblain"))

# 9 repair café of Rezé, Saturday 12: the form « aprem »
agenda("rc-reze", "Repair Café de Rezé", [(12, "14:00", "17:30")], "Repair Café Rezé",
       A("Maison du développement durable", "2 rue Jean Baptiste Vigier", "44400", "Rezé", insee=REZE))
form("rc-reze", "Repair café Rezé", "Repair Café", 12, "aprem", "Maison du développement durable", "", "44400", "REZE")

# 10 Orvault: the ressourcerie's open day, Saturday 5, « journée »
plat("po-orvault", "Portes ouvertes de la ressourcerie Les Boutiques solidaires", 5, "10:00", "18:00", "Les Boutiques solidaires",
     P("Les Boutiques solidaires", "1 rue de la Garenne", "44700", "Orvault"))
form("po-orvault", "Boutiques solidaires", "Portes ouvertes", 5, "journée", "", "1 rue de la Garenne", "44700", "Orvault")
cal("po-orvault", "po-boutiques-solidaires", SD(5), ED(5), SUM("Journée portes ouvertes - Boutiques solidaires"), LOC("Orvault"))

# 11 Vertou: seed swap on Sunday 13, the form « de 10 h à 12 h »
agenda("troc-vertou", "Troc de graines et de plants", [(13, "10:00", "12:00")], "Les Jardins partagés de Vertou",
       A("Jardin partagé du Chêne", "Rue du Chêne", "44120", "Vertou", insee=VERTOU))
form("troc-vertou", "Jardins partagés Vertou", "Troc de graines", 13, "de 10 h à 12 h", "Jardin du Chêne", "", "44120", "Vertou")

# 12 Bouguenais: zero-waste workshop, Wednesday 16, the form « AM » meaning après-midi
form("zd-bouguenais", "Zéro Déchet Sud Loire", "Atelier zéro déchet - salle de bain", "mercredi 16 novembre", "AM", "Centre culturel Piano'cktail",
     "Rue Ambroise Paré", "44340", "Bouguenais")
cal("zd-bouguenais", "zd-bouguenais-1611", S(16, "14:30"), E(16, "16:30"), SUM("Zéro déchet dans la salle de bain"), LOC("Piano'cktail, Bouguenais"))

# 13 Carquefou: conference, Tuesday 29, the form « à partir de 18h » for an 18:30 start
plat("conf-carquefou", "Conférence : entreprendre au féminin dans l'ESS", 29, "18:30", "20:30", "Carquefou Initiatives",
     P("Espace culturel Le Théâtre de la Fleuriaye", "30 boulevard Ampère", "44470", "Carquefou"))
form("conf-carquefou", "Carquefou Initiatives", "Entreprendre au féminin", 29, "à partir de 18h", "La Fleuriaye", "", "44470", "Carquefou")

# 14 Clisson: the producers' and craftsmen's market, Saturday 26 morning
agenda("marche-clisson", "Marché de producteurs et artisans solidaires", [(26, "08:30", "12:30")], "Clisson Solidaire",
       A("Halles de Clisson", "Place du Minage", "44190", "Clisson", insee=CLISSON))
form("marche-clisson", "Clisson solidaire", "Marché solidaire", 26, "matin", "Halles", "place du Minage", "44190", "Clisson")
cal("marche-clisson", "marche-solidaire-clisson", SD(26), ED(26), SUM("Marché solidaire de Clisson"), LOC("Halles de Clisson"))

# 15 Guérande: walk through the salt marshes, Sunday 20, the form « 14:00-16:30 »
plat("balade-guerande", "Balade découverte : les paludiers, une coopérative dans les marais salants", 20, "14:00", "16:30",
     "Les Salines de Guérande", P("Maison des paludiers", "18 rue des Prés Garnier", "44350", "Guérande"))
form("balade-guerande", "Coopérative des Salines de Guérande", "Balade marais salants", 20, "14:00-16:30", "Maison des paludiers", "", "44350", "Guérande")
cal("balade-guerande", "balade-paludiers", S(20, "14:00"), E(20, "16:30"), SUM("Balade dans les marais salants"), LOC("Guérande"))

# 16 Châteaubriant: creators' coffee, Thursday 24 at 9:30, the form « 9h30 »
plat("cafe-chateaubriant", "Café créateurs : entreprendre dans l'ESS", 24, "09:30", "11:30", "Initiative Castelbriantais",
     P("Pépinière d'entreprises", "Rue d'Ancenis", "44110", "Châteaubriant"))
form("cafe-chateaubriant", "Initiative Castelbriantais", "Café créateurs ESS", 24, "9h30", "Pépinière d'entreprises", "", "44110", "Châteaubriant")

# 17 Nantes: lunchtime talk, Monday 14, the form « le midi (12h-14h) »
MAISONESS = P("Maison de l'économie sociale", "4 place Sanitat", "44100", "Nantes")
plat("midi-nantes", "Les midis de l'ESS : l'économie circulaire", 14, "12:15", "13:45", "Écossolies", MAISONESS)
form("midi-nantes", "Les Ecossolies", "Midi de l'ESS économie circulaire", 14, "le midi (12h-14h)", "", "4 place Sanitat", "44100", "Nantes")
cal("midi-nantes", "midi-ess-1411", S(14, "12:15"), E(14, "13:45"), SUM("Midi de l'ESS - économie circulaire"), LOC("Place Sanitat, Nantes"))

# 18 the three-day exhibition at the médiathèque Jacques Demy, 15-17
DEMY = P("Médiathèque Jacques Demy", "24 quai de la Fosse", "44000", "Nantes")
plat("expo-nantes", "Exposition : 150 ans de coopération en Loire-Atlantique", 15, "10:00", "18:00", "Fédération des SCOP de l'Ouest", DEMY, day2=17)
agenda("expo-nantes", "150 ans de coopération (exposition)", [(15, "10:00", "18:00"), (16, "10:00", "18:00"), (17, "10:00", "18:00")],
       "Les Scop de l'Ouest", A("Médiathèque Jacques Demy", "24 quai de la Fosse", "44000", "Nantes", insee=NANTES))
form("expo-nantes", "URSCOP Ouest", "Expo 150 ans de coopération", "du 15 au 17 novembre", "", "Médiathèque Jacques Demy", "", "44000", "Nantes")

# 19 the Écossolies' afterwork, Thursday 10: ordinary, the ICS LOCATION the town only
plat("afterwork-nantes", "Afterwork des entrepreneurs sociaux", 10, "18:30", "21:00", "Les Écossolies",
     P("Le Solilab", "8 rue de Saint-Domingue", "44200", "Nantes"))
cal("afterwork-nantes", "afterwork-ecossolies", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Nantes"))

# ───────── Saint-Nazaire ─────────

# 20 job dating, Tuesday 22 morning: the form « Matinée »
plat("jobdating-stnaz", "Job dating : l'ESS recrute à Saint-Nazaire", 22, "09:00", "12:00", "Maison de l'emploi de Saint-Nazaire",
     P("Alvéole 12", "Boulevard de la Légion d'Honneur", "44600", "Saint-Nazaire"))
form("jobdating-stnaz", "MDE St Nazaire", "Job dating ESS", 22, "Matinée", "Alvéole 12", "", "44600", "Saint-Nazaire")
cal("jobdating-stnaz", "jobdating-stnazaire", S(22, "09:00"), E(22, "12:00"), SUM("Job dating de l'ESS"), LOC("Alvéole 12, Saint-Nazaire"))

# 21 visit of a SCOP, Wednesday 23: the ICS one hour late (local time written as Z)
plat("visite-stnaz", "Visite de la SCOP Les Ateliers de l'estuaire", 23, "14:00", "16:00", "Les Ateliers de l'estuaire",
     P("Les Ateliers de l'estuaire", "12 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
cal("visite-stnaz", "visite-scop-estuaire", SL(23, "14:00"), EL(23, "16:00"), SUM("Visite d'entreprise : SCOP Ateliers de l'estuaire"),
    LOC("Saint-Nazaire"))

# 22 online webinar, Thursday 10 at lunchtime
plat("web-fa", "Webinaire : financer son projet ESS avec France Active", 10, "12:30", "13:30", "France Active Pays de la Loire", ONLINE,
     modality="En ligne")
agenda("web-fa", "Financer son projet de l'ESS (webinaire France Active)", [(10, "12:30", "13:30")], "France Active Pays de la Loire", {},
       mode=2, onlineAccessLink=ZOOM_FA)
form("web-fa", "France Active PDL", "Webinaire financement", 10, "midi", "", "", "", "", "Visio")

# ───────── Angers, Cholet, Saumur, Segré ─────────

# 23 / 24 HARD NEGATIVE: the Mouvement associatif's training, Thursday 17, Angers in the morning, Laval in the afternoon
plat("compta-angers", "Formation : la comptabilité associative", 17, "09:00", "12:00", "Le Mouvement associatif des Pays de la Loire",
     P("Maison des associations", "1 rue de la Chalouère", "49100", "Angers"))
form("compta-angers", "LMA PDL", "Formation comptabilité associative", 17, "matin", "MDA", "", "49100", "Angers")
plat("compta-laval", "Formation : la comptabilité associative", 17, "14:00", "17:00", "Le Mouvement associatif des Pays de la Loire",
     P("Maison de quartier d'Avesnières", "Rue d'Avesnières", "53000", "Laval"))
agenda("compta-laval", "Comptabilité associative : formation des bénévoles", [(17, "14:00", "17:00")],
       "Le Mouvement associatif des Pays de la Loire", A("Maison de quartier d'Avesnières", "Rue d'Avesnières", "53000", "Laval", insee=LAVAL))
form("compta-laval", "LMA PDL", "Formation comptabilité associative", 17, "après-midi", "Maison de quartier Avesnières", "", "53000", "Laval")

# 25 / 26 the two-day salon at the Greniers Saint-Jean (25-26), and the round table inside it on the 26th
GRENIERS = P("Greniers Saint-Jean", "Place du Tertre Saint-Laurent", "49100", "Angers")
plat("salon-angers", "Salon de l'ESS d'Angers Loire Métropole", 25, "10:00", "18:00", "Angers Loire Métropole", GRENIERS, day2=26)
agenda("salon-angers", "Salon de l'économie sociale et solidaire - Angers", [(25, "10:00", "18:00"), (26, "10:00", "18:00")],
       "Angers Loire Métropole", A("Les Greniers Saint-Jean", "Place du Tertre Saint-Laurent", "49100", "Angers", insee=ANGERS))
cal("salon-angers", "salon-ess-angers-j1", SD(25), ED(25), SUM("Salon de l'ESS (vendredi)"), LOC("Greniers Saint-Jean, Angers"))
cal("salon-angers", "salon-ess-angers-j2", SD(26), ED(26), SUM("Salon de l'ESS (samedi)"), LOC("Greniers Saint-Jean, Angers"))
form("salon-angers", "ALM", "Salon ESS", "25 et 26/11", "10h-18h", "Greniers St Jean", "", "49100", "ANGERS")
agenda("table-ronde-angers", "Table ronde : jeunesse et engagement", [(26, "15:00", "16:30")], "Angers Loire Métropole",
       A("Les Greniers Saint-Jean", "Place du Tertre Saint-Laurent", "49100", "Angers", insee=ANGERS))
form("table-ronde-angers", "ALM", "Table ronde jeunes et engagement", "26/11", "15h", "Greniers St Jean", "", "49100", "ANGERS")

# 27 disco soupe, Saturday 12, the form « midi »
agenda("disco-angers", "Disco Soupe place Imbach", [(12, "11:00", "14:00")], "Disco Soupe Angers",
       A("Place Imbach", "Place Imbach", "49100", "Angers", insee=ANGERS))
form("disco-angers", "Disco soupe Angers", "Disco soupe anti-gaspi", 12, "midi", "Place Imbach", "", "49100", "Angers")
cal("disco-angers", "disco-soupe-imbach", SF(12, "11:00"), EF(12, "14:00"), SUM("Disco soupe"), LOC("Place Imbach"))

# 28 Trélazé: bike workshop, Wednesday 9 (ordinary)
plat("velo-trelaze", "Atelier vélo participatif", 9, "17:00", "19:00", "L'Atelier du vélo trélazéen",
     P("Maison des Services", "Rue Jean Jaurès", "49800", "Trélazé"))
cal("velo-trelaze", "velo-trelaze-0911", SZ(9, "17:00"), EZ(9, "19:00"), SUM("Atelier vélo"), LOC("Trélazé"))

# 29 Avrillé: open day of the recyclerie, Saturday 19, « Toute la journée »
agenda("po-avrille", "Portes ouvertes de la Recyclerie d'Avrillé", [(19, "10:00", "17:00")], "Emmaüs Angers",
       A("Recyclerie", "ZA du Bois du Roy", "49240", "Avrillé", insee=AVRILLE))
form("po-avrille", "Emmaus 49", "Portes ouvertes recyclerie", 19, "Toute la journée", "", "ZA du Bois du Roy", "49240", "Avrillé")

# 30 Cholet: film evening, Friday 18: the platform without end, the form « soir »
plat("cine-cholet", "Ciné-débat « Demain »", 18, "20:30", None, "Cholet en transition",
     P("Cinéma CGR", "Rue du Bretonnais", "49300", "Cholet"))
form("cine-cholet", "Cholet en Transition", "Projection du film Demain", 18, "soir", "CGR", "", "49300", "Cholet")
cal("cine-cholet", "cine-demain-cholet", S(18, "20:30"), E(18, "23:00"), SUM("Projection-débat : Demain"), LOC("CGR Cholet"))

# 31 Saumur: visit of a cooperative, Wednesday 2, the form « de 14 h à 16 h »
plat("visite-saumur", "Visite de la coopérative Troglo'Coop", 2, "14:00", "16:00", "Troglo'Coop",
     P("Troglo'Coop", "Route de Gennes", "49400", "Saumur"))
form("visite-saumur", "Troglo Coop", "Visite coopérative", 2, "de 14 h à 16 h", "", "route de Gennes", "49400", "Saumur")

# 32 Segré: meeting of the local actors, Tuesday 8 morning, the form « mardi 8 novembre », « matin »
agenda("rencontre-segre", "Rencontre des acteurs de l'ESS du Segréen", [(8, "09:00", "12:30")], "Anjou Bleu Communauté",
       A("Salle du Cercle", "Rue de la Madeleine", "49500", "Segré-en-Anjou Bleu", insee=SEGRE))
form("rencontre-segre", "Anjou Bleu Communauté", "Rencontre acteurs ESS", "mardi 8 novembre", "matin", "Salle du Cercle", "", "49500", "Segré")

# ───────── Le Mans, Allonnes, La Flèche ─────────

# 33 the forum of Le Mans, Thursday 10, all day, the platform without end
QUINCONCES = P("Les Quinconces", "Place des Jacobins", "72000", "Le Mans")
plat("forum-lemans", "Forum ESS et emploi du Mans", 10, "09:00", None, "Le Mans Métropole", QUINCONCES)
form("forum-lemans", "Le Mans Métropole", "Forum ESS & emploi", 10, "journée", "Quinconces", "", "72000", "Le Mans")
cal("forum-lemans", "forum-ess-lemans", SD(10), ED(10), SUM("Forum ESS emploi"), LOC("Le Mans"))

# 34 / 35 HARD NEGATIVE: sewing workshop Saturday 19 at the Fabrique, morning (the form « Matinée », the agenda 10:00)
# and afternoon (the platform 14:00)
FABRIQUE_LM = A("La Fabrique du Mans", "15 rue de la Fuie", "72000", "Le Mans", insee=LEMANS)
form("couture-lm-matin", "Fil & Récup'", "Atelier couture récup", 19, "Matinée", "La Fabrique", "15 rue de la Fuie", "72000", "Le Mans")
agenda("couture-lm-matin", "Atelier couture récup' (matin)", [(19, "10:00", "12:00")], "Fil et Récup", FABRIQUE_LM)
plat("couture-lm-aprem", "Atelier couture récup'", 19, "14:00", "16:00", "Fil & Récup'", P("La Fabrique", "15 rue de la Fuie", "72000", "Le Mans"))

# 36 Allonnes: associative coffee, Monday 21, the form « 18h »
cal("cafe-allonnes", "cafe-asso-allonnes", SF(21, "18:00"), EF(21, "20:00"), SUM("Café associatif : le bénévolat"), LOC("Centre social, Allonnes"))
form("cafe-allonnes", "Centre social d'Allonnes", "Café asso bénévolat", 21, "18h", "Centre social", "", "72700", "Allonnes")

# 37 La Flèche: conference, Friday 4, the form « en soirée »
plat("conf-lafleche", "Conférence : l'habitat participatif en milieu rural", 4, "20:00", "22:00", "Habitat participatif Sarthe",
     P("Salle Coppélia", "Rue du Maréchal Foch", "72200", "La Flèche"))
form("conf-lafleche", "Habitat Participatif 72", "Conférence habitat participatif", 4, "en soirée", "Salle Coppélia", "", "72200", "La Flèche")

# ───────── Laval, Mayenne, Château-Gontier ─────────

# 38 / 39 Laval en transition, Tuesday 15: a biodiversity workshop in the afternoon, a film in the evening
plat("cine-laval", "Ciné-débat : « Animal » de Cyril Dion", 15, "20:00", "22:30", "Laval en transition",
     P("Cinéville", "Place de Hercé", "53000", "Laval"))
cal("cine-laval", "cine-animal-laval", SZ(15, "20:00"), EZ(15, "22:30"), SUM("Ciné-débat Animal"), LOC("Cinéville Laval"))
form("cine-laval", "Laval en Transition", "Animal - ciné débat", 15, "soirée", "Cinéville", "", "53000", "Laval")
agenda("fresque-bio-laval", "Atelier Fresque de la biodiversité", [(15, "14:00", "17:00")], "Laval en transition",
       A("Maison de quartier du Bourny", "Rue du Bourny", "53000", "Laval", insee=LAVAL))
form("fresque-bio-laval", "Laval en Transition", "Fresque de la biodiversité", 15, "après-midi", "Maison de quartier du Bourny", "", "53000", "Laval")

# 40 Mayenne: solidarity walk, Sunday 27, the form « 10h »
agenda("marche-mayenne", "Marche solidaire pour l'épicerie sociale", [(27, "10:00", "12:00")], "Épicerie solidaire de Mayenne",
       A("Place Juhel", "Place Juhel", "53100", "Mayenne", insee=MAYENNE))
form("marche-mayenne", "Epicerie solidaire Mayenne", "Marche solidaire", 27, "10h", "Place Juhel", "", "53100", "Mayenne")

# 41 Château-Gontier: the CAE's open afternoon, Thursday 24 (ordinary)
plat("po-cae-cg", "Portes ouvertes de la CAE Mayenne", 24, "14:00", "18:00", "Coodémarrage 53",
     P("Pôle ESS", "Rue de la Grande Motte", "53200", "Château-Gontier-sur-Mayenne"))
cal("po-cae-cg", "po-cae-chateau-gontier", SZ(24, "14:00"), EZ(24, "18:00"), SUM("Portes ouvertes CAE"), LOC("Château-Gontier"))

# ───────── Vendée ─────────

# 42 / 43 La Roche-sur-Yon's village of the ESS, Saturday 12, and the gesticulated talk inside it at 16:00
NAPOLEON = P("Place Napoléon", "Place Napoléon", "85000", "La Roche-sur-Yon")
plat("village-lrsy", "Village de l'ESS", 12, "10:00", "18:00", "La Roche-sur-Yon Agglomération", NAPOLEON)
agenda("village-lrsy", "Village de l'économie sociale et solidaire", [(12, "10:00", "18:00")], "La Roche-sur-Yon Agglomération",
       A("Place Napoléon", "Place Napoléon", "85000", "La Roche-sur-Yon", insee=LRSY))
cal("village-lrsy", "village-ess-lrsy", SD(12), ED(12), SUM("Village ESS"), LOC("Place Napoléon, La Roche-sur-Yon"))
form("village-lrsy", "LRSY Agglo", "Village de l'ESS", 12, "Toute la journée", "Place Napoléon", "", "85000", "La Roche sur Yon")
agenda("conf-gesticulee-lrsy", "Conférence gesticulée : « L'argent, c'est nous ! »", [(12, "16:00", "17:00")], "Collectif Yon Solidaire",
       A("Place Napoléon", "Place Napoléon", "85000", "La Roche-sur-Yon", insee=LRSY))
form("conf-gesticulee-lrsy", "Yon Solidaire", "Conférence gesticulée", 12, "16h", "Place Napoléon", "", "85000", "La Roche sur Yon")

# 44 Les Sables-d'Olonne: visit of the fishermen's cooperative, Wednesday 16 morning
plat("visite-sables", "Visite de la coopérative maritime des Sables", 16, "09:00", "11:30", "Coopérative maritime sablaise",
     P("Port de pêche", "Quai Garnier", "85100", "Les Sables-d'Olonne"))
form("visite-sables", "Coop maritime", "Visite coopérative maritime", 16, "matin", "Port de pêche", "", "85100", "Les Sables d'Olonne")

# 45 Fontenay-le-Comte: meeting, Thursday 3, the form « 18h30 - 21h »
form("epicerie-fontenay", "Collectif Sud Vendée", "Rencontre : créer une épicerie solidaire", 3, "18h30 - 21h", "Salle des fêtes",
     "", "85200", "Fontenay-le-Comte")
cal("epicerie-fontenay", "epicerie-fontenay", S(3, "18:30"), E(3, "21:00"), SUM("Créer une épicerie solidaire : rencontre"),
    LOC("Fontenay-le-Comte"))

# 46 Challans: repair café, Saturday 26 (Rezé's is on the 12th; Vendôme's, Joué's and others below)
agenda("rc-challans", "Repair café challandais", [(26, "09:30", "12:00")], "Repair Café Challans",
       A("Espace Jeunesse", "Rue Bonne Fontaine", "85300", "Challans", insee=CHALLANS))
form("rc-challans", "Repair Café Challans", "Repair café", 26, "9h30", "Espace jeunesse", "", "85300", "Challans")

# ═════════════════════════ CENTRE-VAL DE LOIRE ═════════════════════════

# ───────── Orléans and the Loiret ─────────

# 47 the regional launch, Friday 4, at the Hôtel de Région
REGION_CVL = P("Hôtel de Région", "9 rue Saint-Pierre Lentin", "45000", "Orléans")
plat("lancement-cvl", "Lancement du Mois de l'ESS en Centre-Val de Loire", 4, "17:30", "20:00", "CRESS Centre-Val de Loire", REGION_CVL)
agenda("lancement-cvl", "Mois de l'ESS 2022 : lancement régional", [(4, "17:30", "20:00")], "CRESS Centre-Val de Loire",
       A("Conseil régional Centre-Val de Loire", "9 rue Saint-Pierre Lentin", "45000", "Orléans", insee=ORLEANS))
form("lancement-cvl", "CRESS CVL", "Lancement Mois ESS", "vendredi 4 novembre", "à partir de 17h30", "Hôtel de Région", "9 rue St Pierre Lentin", "45000", "Orléans")

# 48 / 49 HARD NEGATIVE: digital workshop Tuesday 22 at the Maison des associations, morning (the form « matin », the
# ICS 09:30) and afternoon (the platform 14:00)
MDA_ORL = P("Maison des associations", "46 ter rue Sainte-Catherine", "45000", "Orléans")
form("num-orl-matin", "Orléans Numérique Solidaire", "Atelier créer le site de son asso", 22, "matin", "MDA", "46 ter rue Ste Catherine", "45000", "Orléans")
cal("num-orl-matin", "atelier-site-asso-am", S(22, "09:30"), E(22, "12:00"), SUM("Atelier numérique : le site de son association"),
    LOC("Maison des associations, Orléans"))
plat("num-orl-aprem", "Atelier numérique : créer le site de son association", 22, "14:00", "16:30", "Orléans Numérique Solidaire", MDA_ORL)

# 50 lunchtime talk, Thursday 17, the form « midi »
agenda("midi-orleans", "Les midis de l'ESS : les SCIC, mode d'emploi", [(17, "12:15", "13:45")], "CRESS Centre-Val de Loire",
       A("Le Lab'O", "1 avenue du Champ de Mars", "45000", "Orléans", insee=ORLEANS))
form("midi-orleans", "CRESS CVL", "Midi de l'ESS SCIC", 17, "midi", "Lab'O", "", "45000", "Orléans")

# 51 Fleury-les-Aubrais: compost workshop, Saturday 5 (ordinary)
cal("compost-fleury", "compost-fleury", SF(5, "10:00"), EF(5, "12:00"), SUM("Atelier compostage"), LOC("Jardins familiaux, Fleury-les-Aubrais"))
form("compost-fleury", "Jardins de Fleury", "Atelier compost", 5, "10h-12h", "Jardins familiaux", "", "45400", "Fleury-les-Aubrais")

# 52 Saint-Jean-de-Braye: open day, Wednesday 9, « Toute la journée »
plat("po-relais", "Portes ouvertes du Relais Val de Loire", 9, "09:00", "17:00", "Le Relais Val de Loire",
     P("Le Relais Val de Loire", "Rue de la Burelle", "45800", "Saint-Jean-de-Braye"))
form("po-relais", "Le Relais", "Portes ouvertes", 9, "Toute la journée", "", "rue de la Burelle", "45800", "St Jean de Braye")

# 53 Olivet: conference on solidarity finance, Monday 28 (ordinary)
plat("conf-olivet", "Conférence : la finance solidaire, comment ça marche ?", 28, "18:30", "20:00", "Finansol - groupe local Loiret",
     P("Salle du Baron", "Rue du Général de Gaulle", "45160", "Olivet"))
form("conf-olivet", "Finansol", "Conférence finance solidaire", 28, "18h30-20h", "Salle du Baron", "", "45160", "Olivet")

# 54 Montargis: volunteering forum, Saturday 19, « journée »
agenda("forum-montargis", "Forum du bénévolat", [(19, "10:00", "17:00")], "France Bénévolat Loiret",
       A("Salle des fêtes", "Rue Franklin Roosevelt", "45200", "Montargis", insee=MONTARGIS))
form("forum-montargis", "France Bénévolat 45", "Forum bénévolat", 19, "journée", "Salle des fêtes", "", "45200", "Montargis")
cal("forum-montargis", "forum-benevolat-montargis", SD(19), ED(19), SUM("Forum du bénévolat"), LOC("Montargis"))

# 55 Saran: visit of an adapted company, Thursday 24, the form « 10h »
plat("visite-saran", "Visite de l'entreprise adaptée Ateliers du Loiret", 24, "10:00", "11:30", "Ateliers du Loiret",
     P("Ateliers du Loiret", "Rue de la Bergeresse", "45770", "Saran"))
form("visite-saran", "EA Ateliers du Loiret", "Visite entreprise adaptée", 24, "10h", "", "rue de la Bergeresse", "45770", "Saran")

# ───────── Tours and Touraine ─────────

# 56 / 57 the forum of ESS jobs at the Vinci, Thursday 24, all day; the round table inside it at 14:00
VINCI = P("Centre de congrès Vinci", "26 boulevard Heurteloup", "37000", "Tours")
plat("forum-tours", "Forum des métiers de l'ESS", 24, "09:00", None, "Tours Métropole Val de Loire", VINCI)
agenda("forum-tours", "Forum des métiers de l'économie sociale et solidaire", [(24, "09:00", "17:00")], "Tours Métropole",
       A("Vinci - Centre international de congrès", "26 boulevard Heurteloup", "37000", "Tours", insee=TOURS))
cal("forum-tours", "forum-metiers-tours", SD(24), ED(24), SUM("Forum des métiers ESS"), LOC("Centre de congrès Vinci"))
form("forum-tours", "Tours Métropole", "Forum métiers ESS", "24/11", "Toute la journée", "Vinci", "", "37000", "TOURS")
plat("tr-tours", "Table ronde : l'ESS recrute les jeunes", 24, "14:00", "15:30", "Tours Métropole Val de Loire", VINCI)
form("tr-tours", "Tours Métropole", "Table ronde jeunes et ESS", "24/11", "de 14 h à 15 h 30", "Vinci", "", "37000", "TOURS")

# 58 film evening at the Studio, Tuesday 8, the form « soirée »
agenda("cine-tours", "Projection-débat « Debout les femmes ! »", [(8, "20:00", "22:30")], "Collectif ESS Touraine",
       A("Cinémas Studio", "2 rue des Ursulines", "37000", "Tours", insee=TOURS))
form("cine-tours", "Collectif ESS 37", "Ciné débat Debout les femmes", 8, "soirée", "Studio", "", "37000", "Tours")
cal("cine-tours", "cine-debout-tours", SZ(8, "20:00"), SUM("Ciné-débat : Debout les femmes !"), LOC("Cinémas Studio"))

# 59 Joué-lès-Tours: bike repair, Saturday 12, the form « aprem »
plat("velo-joue", "Atelier réparation vélo", 12, "14:00", "17:00", "Roulons en ville à vélo",
     P("Maison de quartier de la Rabière", "Rue de la Rabière", "37300", "Joué-lès-Tours"))
form("velo-joue", "Collectif Cycliste 37", "Atelier vélo", 12, "aprem", "Maison de quartier de la Rabière", "", "37300", "Joué les Tours")

# 60 Saint-Pierre-des-Corps: visit of the ressourcerie, Wednesday 30, the form « 14h »
agenda("visite-charpente", "Visite de la ressourcerie La Charpente", [(30, "14:00", "16:00")], "La Charpente",
       A("La Charpente", "Rue des Ateliers", "37700", "Saint-Pierre-des-Corps", insee=SPDC))
form("visite-charpente", "Ressourcerie La Charpente", "Visite ressourcerie", 30, "14h", "La Charpente", "", "37700", "St Pierre des Corps")

# 61 Amboise: citizens' coffee, Friday 18, the ICS one hour late, the form « à partir de 18h »
plat("cafe-amboise", "Café citoyen : consommer autrement", 18, "18:00", "20:00", "Amboise en transition",
     P("Café associatif Le Shaker", "Rue Nationale", "37400", "Amboise"))
cal("cafe-amboise", "cafe-citoyen-amboise", SL(18, "18:00"), EL(18, "20:00"), SUM("Café citoyen"), LOC("Amboise"))
form("cafe-amboise", "Amboise en Transition", "Café citoyen", 18, "à partir de 18h", "Le Shaker", "", "37400", "Amboise")

# 62 Chinon: solidarity market, Sunday 6 morning, the form « Matinée »
agenda("marche-chinon", "Marché solidaire du Chinonais", [(6, "09:00", "13:00")], "Chinon Solidaire",
       A("Place du Général de Gaulle", "Place du Général de Gaulle", "37500", "Chinon", insee=CHINON))
form("marche-chinon", "Chinon solidaire", "Marché solidaire", 6, "Matinée", "Place Général de Gaulle", "", "37500", "Chinon")

# ───────── Blois and Loir-et-Cher ─────────

# 63 / 64 HARD NEGATIVE: the URSCOP's half-day training on shared governance, Tuesday 29: Blois morning, Tours afternoon
agenda("gouv-blois", "Formation : la gouvernance partagée en SCOP et SCIC", [(29, "09:00", "12:30")], "URSCOP Centre-Val de Loire",
       A("Pôle ESS", "3 rue de la Vallée Maillard", "41000", "Blois", insee=BLOIS))
form("gouv-blois", "URSCOP CVL", "Formation gouvernance partagée", 29, "matin", "Pôle ESS", "3 rue de la Vallée Maillard", "41000", "Blois")
form("gouv-tours", "URSCOP CVL", "Formation gouvernance partagée", 29, "après-midi", "Maison des SCOP", "", "37000", "Tours")
cal("gouv-tours", "gouvernance-partagee-tours", S(29, "14:00"), E(29, "17:30"), SUM("Formation gouvernance partagée"), LOC("Tours"))

# 65 Blois: conference at the Halle aux grains, Monday 7 (ordinary, the form abbreviating)
plat("conf-blois", "Conférence : l'ESS, actrice de la transition écologique", 7, "18:00", "20:00", "Agglopolys",
     P("La Halle aux grains", "2 place Jean Jaurès", "41000", "Blois"))
form("conf-blois", "Agglopolys", "Conf ESS et transition écologique", 7, "18h-20h", "Halle aux grains", "", "41000", "BLOIS")

# 66 Vendôme: repair café, Saturday 26 afternoon (Challans' the same morning)
cal("rc-vendome", "repair-cafe-vendome", SF(26, "14:00"), EF(26, "17:00"), SUM("Repair café"), LOC("Vendôme"))
form("rc-vendome", "Repair Café Vendômois", "Repair café", 26, "après-midi", "Salle Monceau", "", "41100", "Vendôme")

# 67 Romorantin: workshop, Wednesday 16, the platform without end, the form « de 14 h à 16 h »
plat("epicerie-romo", "Atelier : monter une épicerie solidaire", 16, "14:00", None, "Sologne Solidaire",
     P("Fabrique Normant", "Rue de la Tour", "41200", "Romorantin-Lanthenay"))
form("epicerie-romo", "Sologne Solidaire", "Monter une épicerie solidaire", 16, "de 14 h à 16 h", "Fabrique Normant", "", "41200", "Romorantin")

# ───────── Bourges, Vierzon ─────────

# 68 the two-day salon of the Cher at the Palais d'Auron (18-19): one VALUE=DATE over two days, the form « 18 et 19/11 »
AURON = P("Palais d'Auron", "Boulevard Lamarck", "18000", "Bourges")
plat("salon-bourges", "Salon de l'ESS du Cher", 18, "10:00", "18:00", "Bourges Plus", AURON, day2=19)
agenda("salon-bourges", "Salon de l'économie sociale et solidaire du Cher", [(18, "10:00", "18:00"), (19, "10:00", "18:00")], "Bourges Plus",
       A("Palais d'Auron", "Boulevard Lamarck", "18000", "Bourges", insee=BOURGES))
cal("salon-bourges", "salon-ess-cher", SD(18), ED(19), SUM("Salon ESS du Cher"), LOC("Palais d'Auron, Bourges"))
form("salon-bourges", "Bourges Plus", "Salon ESS 18", "18 et 19/11", "10h-18h", "Palais d'Auron", "", "18000", "Bourges")

# 69 / 70 Bourges en transition, Thursday 10: a household-products workshop in the afternoon, a film in the evening
cal("cine-bourges", "projection-part-des-autres", SZ(10, "20:00"), EZ(10, "22:30"), SUM("Projection : La Part des autres"), LOC("Bourges"))
form("cine-bourges", "Bourges en Transition", "Projection La part des autres", 10, "soir", "Maison de la culture", "", "18000", "Bourges")
agenda("atelier-bourges", "Atelier : fabriquer ses produits ménagers", [(10, "14:30", "16:30")], "Bourges en transition",
       A("Centre social de la Chancellerie", "Rue Louis Mallet", "18000", "Bourges", insee=BOURGES))
form("atelier-bourges", "Bourges en Transition", "Atelier produits ménagers", 10, "après-midi", "Centre social Chancellerie", "", "18000", "Bourges")

# 71 Vierzon: job dating, Tuesday 22 morning (Saint-Nazaire's the same morning)
plat("jobdating-vierzon", "Job dating de l'insertion par l'activité économique", 22, "09:00", "12:00", "Vierzon Insertion",
     P("Forum République", "Rue de la République", "18100", "Vierzon"))
form("jobdating-vierzon", "Vierzon Insertion", "Job dating IAE", 22, "matin", "Forum République", "", "18100", "Vierzon")
cal("jobdating-vierzon", "jobdating-iae-vierzon", S(22, "09:00"), E(22, "12:00"), SUM("Job dating IAE"), LOC("Vierzon"))

# ───────── Chartres, Dreux, Lucé ─────────

# 72 Chartres: lunch debate, Tuesday 15, the form « le midi (12h-14h) »
plat("dej-chartres", "Déjeuner-débat : les coopératives d'habitants", 15, "12:00", "14:00", "Habitat et Partage 28",
     P("Le Off", "Rue Saint-Michel", "28000", "Chartres"))
agenda("dej-chartres", "Déjeuner débat : coopératives d'habitants", [(15, "12:00", "13:30")], "Habitat et Partage",
       A("Le Off", "Rue Saint-Michel", "28000", "Chartres", insee=CHARTRES))
form("dej-chartres", "Habitat & Partage 28", "Déjeuner-débat coopératives d'habitants", 15, "le midi (12h-14h)", "Le Off", "", "28000", "Chartres")

# 73 Dreux: anti-waste cooking, Saturday 5 (ordinary)
agenda("cuisine-dreux", "Atelier cuisine anti-gaspi", [(5, "10:00", "13:00")], "Dreux Solidarités",
       A("Centre social des Chamards", "Rue des Chamards", "28100", "Dreux", insee=DREUX))
cal("cuisine-dreux", "anti-gaspi-dreux", SZ(5, "10:00"), EZ(5, "13:00"), SUM("Cuisine anti-gaspillage"), LOC("Les Chamards, Dreux"))

# 74 Lucé: the SCOP's open afternoon, Friday 25 (ordinary)
plat("po-luce", "Portes ouvertes de la SCOP Imprimerie du Val", 25, "15:00", "18:00", "Imprimerie du Val",
     P("Imprimerie du Val", "Rue de la Taye", "28110", "Lucé"))
form("po-luce", "SCOP Imprimerie du Val", "Portes ouvertes", 25, "15h-18h", "", "rue de la Taye", "28110", "Lucé")

# ───────── Indre ─────────

# 75 Châteauroux: the departmental meeting, Thursday 17, two half days (« 9h-12h / 14h-17h »)
plat("rencontre-indre", "Rencontre départementale de l'ESS de l'Indre", 17, "09:00", "17:00", "Conseil départemental de l'Indre",
     P("Espace Mendès France", "Rue de la Gare", "36000", "Châteauroux"))
form("rencontre-indre", "CD36", "Rencontre départementale ESS", 17, "9h-12h / 14h-17h", "Espace Mendès France", "", "36000", "Châteauroux")
cal("rencontre-indre", "rencontre-ess-indre", SD(17), ED(17), SUM("Rencontre départementale de l'ESS"), LOC("Châteauroux"))

# 76 Issoudun: cooperative games evening, Friday 25, the form « en soirée »
agenda("jeux-issoudun", "Soirée jeux coopératifs", [(25, "20:00", "23:00")], "Ludothèque d'Issoudun",
       A("Ludothèque", "Place du Sacrier", "36100", "Issoudun", insee=ISSOUDUN))
form("jeux-issoudun", "Ludothèque Issoudun", "Soirée jeux coopératifs", 25, "en soirée", "Ludothèque", "", "36100", "Issoudun")

# 77 Le Blanc: participatory building site, Saturday 12, the form « 9h-12h30 / 13h30-17h »
agenda("chantier-leblanc", "Chantier participatif : rénover le tiers-lieu", [(12, "09:00", "17:00")], "Tiers-lieu La Brenne",
       A("Tiers-lieu La Brenne", "Rue de la République", "36300", "Le Blanc", insee=LEBLANC))
form("chantier-leblanc", "Tiers lieu La Brenne", "Chantier participatif", 12, "9h-12h30 / 13h30-17h", "", "rue de la République", "36300", "Le Blanc")

# ───────── Online ─────────

# 78 the CRESS's webinar on public procurement, Tuesday 29 (four sources)
plat("web-marches", "Webinaire : l'ESS dans les marchés publics", 29, "10:00", "11:30", "CRESS Centre-Val de Loire", ONLINE, modality="En ligne")
agenda("web-marches", "L'ESS et la commande publique (webinaire)", [(29, "10:00", "11:30")], "CRESS Centre-Val de Loire", {}, mode=2,
       onlineAccessLink=TEAMS_CRESS)
cal("web-marches", "webinaire-marches-publics", SZ(29, "10:00"), EZ(29, "11:30"), SUM("Webinaire marchés publics et ESS"),
    LOC("Microsoft Teams"), f"URL:{TEAMS_CRESS}")
form("web-marches", "CRESS Centre-Val de Loire", "Webinaire marchés publics", "29/11", "10h-11h30", "", "", "", "", "Visio")

# 79 a webinar on skills sponsorship, Thursday 24 at lunchtime, the form « midi »
agenda("web-mecenat", "Webinaire : le mécénat de compétences", [(24, "12:30", "13:30")], "Pro Bono Lab Ouest", {}, mode=2,
       onlineAccessLink=MEET_MECENAT)
form("web-mecenat", "Pro Bono Lab", "Mécénat de compétences", 24, "midi", "", "", "", "", "En ligne")

# ───────── more hours ─────────

# 80 Nantes: the Ecossolies' breakfast, Friday 25, the ICS with a summer-time TZID hour (09:00 for 08:00)
plat("petitdej-nantes", "Petit-déjeuner des entreprises de l'ESS", 25, "08:00", "10:00", "Les Écossolies", MAISONESS)
cal("petitdej-nantes", "petit-dej-ecossolies", S(25, "09:00"), E(25, "11:00"), SUM("Petit déj' ESS"), LOC("Maison de l'économie sociale"))
form("petitdej-nantes", "Les Ecossolies", "Petit déjeuner entreprises ESS", 25, "", "", "4 place Sanitat", "44100", "Nantes")

# 81 Angers: evening of the Mouvement associatif, Monday 21, no hour at all in the form
plat("soiree-asso-angers", "Soirée des bénévoles : reconnaître l'engagement", 21, "18:30", "21:00", "Le Mouvement associatif des Pays de la Loire",
     P("Maison des associations", "1 rue de la Chalouère", "49100", "Angers"))
form("soiree-asso-angers", "LMA PDL", "Soirée des bénévoles", "lundi 21 novembre", "", "MDA", "", "49100", "Angers")
agenda("soiree-asso-angers", "Soirée de reconnaissance des bénévoles", [(21, "18:30", "21:00")], "Le Mouvement associatif",
       A("Maison des associations", "1 rue de la Chalouère", "49100", "Angers", insee=ANGERS))

# 82 Tours: garden workshop, Saturday 19 morning, the ICS all-day, the form « 9h30 »
agenda("jardin-tours", "Atelier au jardin partagé des Fontaines", [(19, "09:30", "12:00")], "Jardins du Cher",
       A("Jardin partagé des Fontaines", "Rue Gabriel Fauré", "37200", "Tours", insee=TOURS))
cal("jardin-tours", "jardin-fontaines-1911", SD(19), ED(19), SUM("Jardin partagé : atelier"), LOC("Jardin des Fontaines, Tours"))
form("jardin-tours", "Jardins du Cher", "Atelier jardin partagé", "19/11", "9h30", "Jardin des Fontaines", "", "37200", "Tours")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
