"""Blind set dense_pays_de_la_loire-1 (helper, 8 Dec 2026): Pays de la Loire, DENSE, written without reading the merge
rules, and HELD OUT: its author reports the figures and the number of missed or wrong pairs per kind of difference
only, no rule is to be written from it. About 120 real events of November 2022: Nantes (Le Solilab and the Île de
Nantes, Bellevue, Malakoff, Dervallières, Breil, the Tertre campus, the Concorde, the médiathèque Jacques Demy, the Cité
des Congrès, the Hôtel de Métropole) and its metropolis (Rezé, Saint-Herblain, Orvault, Saint-Sébastien-sur-Loire,
Bouguenais), Le Landreau, Saint-Nazaire's Agora 1901, Châteaubriant, Ancenis(-Saint-Géréon), Clisson; Angers (Hôtel de
Ville, Monplaisir, Belle-Beille and its university campus, La Roseraie's Centre Jean Vilar, the 400 Coups, the
Ressourcerie des Biscottes), Trélazé, Avrillé, Cholet, Saumur; Le Mans (Les Sablons, Bellevue, the university, Les
Cinéastes), Allonnes, Coulaines; Laval and Mayenne; La Roche-sur-Yon, Les Sables-d'Olonne, Fontenay-le-Comte. Four
sources: the national platform's JSON, the CRESS Pays de la Loire OpenAgenda (insee, attendanceMode 2 with
onlineAccessLink, several timings of a two-day market and of a five-day exhibition), Les Écossolies' iCalendar (UTC
« Z », TZID, floating local, floating UTC read as local time — one hour early —, VALUE=DATE over one or several days,
RRULE weekly sessions, one VEVENT per day of a market, LOCATION naming the venue alone, the quarter alone (« Bellevue »,
« Breil », « Monplaisir », « Les Sablons », « Île de Nantes »), the town alone, a neighbouring town, a misspelt town,
« En ligne » / « Visio » with a URL, CONFERENCE links), the CRESS registration form (Windows-1252 `;` CSV: acronyms
« CRESS PDL », « FA PdL », « LMA PdL », « URSCOP », « NM », « ALM », « LMM », « CARENE »; the network credited for its
member, the venue credited as organiser; « matin », « après-midi », « soirée », « journée », « Toute la journée »,
« 14h-17h », no hour, « du 26 au 27 novembre »; « En ligne », « Visio », « Distanciel », « Webinaire »; postal code
only, wrong postal code, « St-Nazaire », « Allones », « Reze »). Hard negatives: three repair cafés on Saturday 12
afternoon (Dervallières, Breil, Saint-Herblain), four on Saturday 19 (Rezé, Bouguenais, Monplaisir, Trélazé), two on
Saturday 26 (Les Sablons, Allonnes); four climate frescoes on Thursday 17 evening (Solilab, médiathèque, Angers,
Coulaines) and a digital fresco in Saint-Nazaire; the same film in Nantes and Angers on Monday 14 and in Laval and
Mayenne on Tuesday 15; two regional launches on Thursday 3 (Nantes, Angers); two networks' webinars at 10:00 on
Tuesday 8, two CAEs' webinars at 10:00 on Wednesday 16, France Active's and the Scop network's webinars on two dates
each; a talk and a workshop at one venue the same day (Solilab, Tertre campus, Belle-Beille campus, Le Mans
Université, Agora 1901, médiathèque Jacques Demy, Hôtel de Ville d'Angers during its exhibition, Solilab during its
market); the morning and afternoon sessions of Oz's workshop, the Adie's Cholet and Saumur sessions the same day;
weekly sessions of Cap Services' information meeting and of La Cour Cyclette's bike workshop; three AMAP evenings on
Thursday 10 (Nantes, Rezé, Avrillé); two ESS forums on Saturday 26 (Cholet, Saumur); two breakfasts on Friday 18 (La
Roche-sur-Yon, Les Sables-d'Olonne); two disco soupes on Sunday 20 morning (Île de Nantes, Malakoff); two markets on
Sunday 27 (Saint-Sébastien, Clisson); a network and its member the same day (Écossolies and Envie 44, Les Scop Ouest
and a member Scop, Le Mouvement associatif and France Bénévolat); Bellevue in Nantes and in Le Mans the same day."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-pdl-openagenda", "ecossolies-ical", "cress-pdl-tableur")


def _ts(day, hm): return f"202211{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def SU(day, hm): return f"DTSTART:{_utc(day, hm)[:-1]}"  # UTC written without its Z: read as local time, one hour early
def EU(day, hm): return f"DTEND:{_utc(day, hm)[:-1]}"
def SF(day, hm): return f"DTSTART:{_ts(day, hm)}"
def EF(day, hm): return f"DTEND:{_ts(day, hm)}"
def SD(day): return f"DTSTART;VALUE=DATE:202211{day:02d}"
def ED(day): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, day) + timedelta(days=1)).strftime("%Y%m%d")  # `day` the last day
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"


NANTES, REZE, HERBLAIN, ORVAULT, STSEB, BOUGUENAIS = "44109", "44143", "44162", "44114", "44190", "44020"
STNAZAIRE, CHATEAUBRIANT, ANCENIS, CLISSON, LANDREAU = "44184", "44036", "44003", "44043", "44079"
ANGERS, TRELAZE, AVRILLE, CHOLET, SAUMUR = "49007", "49353", "49015", "49099", "49328"
LEMANS, ALLONNES, COULAINES, LAVAL, MAYENNE = "72181", "72003", "72095", "53130", "53147"
LAROCHE, SABLES, FONTENAY = "85191", "85194", "85092"

ZOOM_FA = "https://us02web.zoom.us/j/84412093311?pwd=RkFQZExmaW5hbmNlcg"
TEAMS_LMA = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TE1BUGRMQ0VSMjAyMg@thread.v2/0"
ZOOM_SCOP = "https://us06web.zoom.us/j/87766554433"
ZOOM_CRESS = "https://us06web.zoom.us/j/81122334455"
MEET_ADIE = "https://meet.google.com/adi-pdlm-icr"
TEAMS_ACHATS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWNoYXRzUmVzcG9uc2FibGVz@thread.v2/0"
ZOOM_OZ = "https://us02web.zoom.us/j/89900112233"
VISIO_CAP = "https://visio.capservices.coop/cae-decouverte"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Les Écossolies - agenda du Mois de l'ESS\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(2201), itertools.count(44001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Pays de la Loire's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@ecossolies.fr", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"PDL-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── launches, online ─────────────────────────

SOLILAB = P("Le Solilab", "8 rue Saint-Domingue", "44200", "Nantes", lat=47.2061, lng=-1.5647)
SOLILAB_A = A("Le Solilab", "8 rue Saint-Domingue", "44200", "Nantes", insee=NANTES, latitude=47.2061, longitude=-1.5647)

# 1 the regional launch at Le Solilab, Thursday 3 (Angers' launch the same evening)
plat("lancement", "Lancement régional du Mois de l'ESS en Pays de la Loire", 3, "18:00", "21:00",
     "Chambre régionale de l'économie sociale et solidaire des Pays de la Loire", SOLILAB,
     description="Soirée d'ouverture régionale : présentation du programme, témoignages et concert.")
agenda("lancement", "Mois de l'ESS 2022 : soirée de lancement régionale", [(3, "18:00", "21:30")], "CRESS Pays de la Loire", SOLILAB_A)
cal("lancement", "lancement-mois-ess-pdl-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("[ESS] Soirée de lancement du Mois !"),
    LOC("Solilab"))
form("lancement", "CRESS PDL", "Lancement Mois ESS 2022", 3, "soirée", "Solilab", "", "44200", "Nantes")

# 2 Angers Loire Métropole's launch at the Hôtel de Ville, Thursday 3
HDV_ANGERS = P("Hôtel de Ville d'Angers", "Boulevard de la Résistance et de la Déportation", "49000", "Angers")
plat("lancement-anjou", "Lancement du Mois de l'ESS en Anjou", 3, "18:30", "20:30", "Angers Loire Métropole", HDV_ANGERS)
agenda("lancement-anjou", "Soirée d'ouverture du Mois de l'ESS angevin", [(3, "18:30", "20:30")], "Ville d'Angers",
       A("Hôtel de Ville - salons Curnonsky", "Boulevard de la Résistance et de la Déportation", "49000", "Angers", insee=ANGERS))
form("lancement-anjou", "ALM", "Lancement Mois ESS Anjou", 3, "18h30", "Hôtel de Ville", "", "49000", "Angers")

# 3 / 4 two networks' webinars at 10:00 on Tuesday 8
plat("web-fa-8", "Webinaire : financer son projet de l'ESS avec France Active", 8, "10:00", "11:30", "France Active Pays de la Loire",
     ONLINE, modality="En ligne")
agenda("web-fa-8", "Les solutions de financement de France Active pour les entreprises de l'ESS (webinaire)", [(8, "10:00", "11:30")],
       "France Active PdL", {}, mode=2, onlineAccessLink=ZOOM_FA)
form("web-fa-8", "FA PdL", "Webinaire financement", 8, "10h-11h30", "", "", "", "", "En ligne")
agenda("web-lma", "Le contrat d'engagement républicain, un an après", [(8, "10:00", "11:00")],
       "Le Mouvement associatif des Pays de la Loire", {}, mode=2, onlineAccessLink=TEAMS_LMA)
cal("web-lma", "webinaire-cer-lma-pdl", SU(8, "10:00"), EU(8, "11:00"), SUM("Webinaire : contrat d'engagement républicain"),
    LOC("Visio"), f"URL:{TEAMS_LMA}")
form("web-lma", "LMA PdL", "Webinaire CER", 8, "matin", "", "", "", "", "Visio")

# 5 France Active's same webinar again, Wednesday 30
plat("web-fa-30", "Webinaire : financer son projet de l'ESS avec France Active", 30, "10:00", "11:30", "France Active Pays de la Loire",
     ONLINE, modality="En ligne")
form("web-fa-30", "France Active", "Webinaire financement (2e session)", 30, "10h", "Zoom", "", "", "", "Webinaire")

# 6 / 7 the Scop network's webinar on Tuesday 15 and Tuesday 29
plat("web-scop-15", "Webinaire : la reprise d'entreprise par les salariés en Scop", 15, "12:30", "13:30", "Les Scop Ouest", ONLINE,
     modality="En ligne")
agenda("web-scop-15", "Transmettre son entreprise à ses salariés : la Scop (webinaire)", [(15, "12:30", "13:30")], "URSCOP Ouest",
       {}, mode=2, onlineAccessLink=ZOOM_SCOP)
plat("web-scop-29", "Webinaire : la reprise d'entreprise par les salariés en Scop", 29, "12:30", "13:30", "Les Scop Ouest", ONLINE,
     modality="En ligne")
cal("web-scop-29", "webinaire-reprise-scop-29", SZ(29, "12:30"), EZ(29, "13:30"), SUM("Reprise d'entreprise en Scop – webinaire"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{ZOOM_SCOP}")
form("web-scop-29", "URSCOP", "Webinaire reprise en Scop", 29, "12h30", "", "", "", "", "Distanciel")

# 8 the CRESS's webinar for organisers, Wednesday 2
plat("web-cress", "Webinaire : participer au Mois de l'ESS, mode d'emploi", 2, "11:00", "12:00", "CRESS Pays de la Loire", ONLINE,
     modality="En ligne")
agenda("web-cress", "Organisateurs : tout savoir pour participer au Mois de l'ESS", [(2, "11:00", "12:00")], "CRESS PdL", {}, mode=2,
       onlineAccessLink=ZOOM_CRESS)

# 9 the Adie's webinar, Thursday 17
agenda("web-adie", "Créer sa micro-entreprise : les financements de l'Adie", [(17, "14:00", "15:00")], "Adie Pays de la Loire",
       {}, mode=2, onlineAccessLink=MEET_ADIE)
form("web-adie", "ADIE", "Webinaire microcrédit", 17, "14h-15h", "", "", "", "", "Webinaire")

# 10 responsible public purchasing, Tuesday 22 morning (calendar and platform)
plat("web-achats", "Webinaire : les clauses sociales dans la commande publique", 22, "09:30", "11:00", "Nantes Métropole", ONLINE,
     modality="En ligne")
cal("web-achats", "webinaire-clauses-sociales", SZ(22, "09:30"), EZ(22, "11:00"), SUM("Clauses sociales et achats responsables"),
    LOC("En ligne"), f"URL:{TEAMS_ACHATS}")

# 11 / 12 two CAEs' webinars at 10:00 on Wednesday 16
plat("web-oz", "Webinaire : la CAE, entreprendre sans être seul", 16, "10:00", "11:00", "Coopérative d'activité Oz", ONLINE,
     modality="En ligne")
agenda("web-oz", "Entreprendre en coopérative d'activité et d'emploi : découverte en ligne", [(16, "10:00", "11:00")], "Oz CAE",
       {}, mode=2, onlineAccessLink=ZOOM_OZ)
cal("web-capserv", "webinaire-cae-cap-services", SF(16, "10:00"), EF(16, "11:00"), SUM("Découvrir la coopérative d'activité (visio)"),
    LOC("En ligne"), f"URL:{VISIO_CAP}", ORG("Cap Services", "contact@capservices.coop"))
form("web-capserv", "Cap Services", "Webinaire découverte CAE", 16, "10h-11h", "Visio", "", "", "", "En ligne")

# 13 the closing evening, Wednesday 30, at the Hôtel de Métropole
HDM = P("Hôtel de Métropole", "2 cours du Champ de Mars", "44000", "Nantes")
plat("cloture", "Soirée de clôture du Mois de l'ESS", 30, "18:00", "21:00", "CRESS Pays de la Loire", HDM)
agenda("cloture", "Clôture du Mois de l'ESS en Pays de la Loire", [(30, "18:00", "21:00")], "Chambre régionale de l'ESS des Pays de la Loire",
       A("Hôtel de Nantes Métropole", "2 Cours du Champ de Mars", "44000", "Nantes", insee=NANTES))
cal("cloture", "cloture-mois-ess-2022", SU(30, "18:00"), EU(30, "21:00"), SUM("Mois de l'ESS : soirée de clôture"), LOC("Nantes"))
form("cloture", "CRESS PdL", "Clôture Mois ESS", 30, "18h-21h", "Nantes Métropole", "2 cours du Champ-de-Mars", "44000", "NANTES")

# ───────────────────────── Nantes: Le Solilab and the Île de Nantes ─────────────────────────

# 14 / 15 Tuesday 15 at Le Solilab: a talk in the morning, a workshop in the afternoon
plat("solilab-conf", "Conférence : l'ESS, moteur de la transition des territoires", 15, "09:30", "12:00", "Les Écossolies", SOLILAB)
cal("solilab-conf", "conference-transition-1511", SF(15, "09:30"), EF(15, "12:00"), SUM("Conférence ESS & transition"),
    LOC("Solilab, Nantes"))
form("solilab-conf", "Les Ecossolies", "Conférence transition", 15, "matin", "Solilab", "", "44200", "Nantes")
agenda("solilab-atelier", "Atelier : construire le modèle économique de son projet coopératif", [(15, "14:00", "17:00")],
       "Les Écossolies", SOLILAB_A)
cal("solilab-atelier", "atelier-modele-eco-1511", SZ(15, "14:00"), EZ(15, "17:00"), SUM("Atelier modèle économique"), LOC("Le Solilab"))
form("solilab-atelier", "Ecossolies", "Atelier modèle éco", 15, "14h-17h", "Le Solilab", "8 rue St Domingue", "44200", "Nantes")

# 16 Le Solilab's Christmas market, Saturday 26 and Sunday 27, and 17 the round table inside it on the 26th
plat("marche-solilab", "Le Marché de Noël de l'ESS", 26, "10:00", "19:00", "Les Écossolies", SOLILAB, day2=27)
agenda("marche-solilab", "Marché de Noël solidaire et local des Écossolies", [(26, "10:00", "19:00"), (27, "10:00", "18:00")],
       "Les Écossolies", SOLILAB_A)
cal("marche-solilab", "marche-noel-ess-samedi", SF(26, "10:00"), EF(26, "19:00"), SUM("Marché de Noël de l'ESS (samedi)"), LOC("Solilab"))
cal("marche-solilab", "marche-noel-ess-dimanche", SF(27, "10:00"), EF(27, "18:00"), SUM("Marché de Noël de l'ESS (dimanche)"), LOC("Solilab"))
form("marche-solilab", "Les Écossolies", "Marché de Noël ESS", "du 26 au 27 novembre", "10h-19h", "Solilab", "8 rue Saint-Domingue",
     "44200", "Nantes")
agenda("solilab-tr", "Table ronde : consommer local et solidaire à Noël", [(26, "16:00", "17:30")], "Les Écossolies", SOLILAB_A)
cal("solilab-tr", "table-ronde-noel-2611", SU(26, "16:00"), EU(26, "17:30"), SUM("Table ronde - Noël solidaire"), LOC("Solilab"))

# 18 the ressourcerie's open day on the Île de Nantes, Saturday 26
plat("ressourcerie-ile", "Portes ouvertes de la Ressourcerie de l'Île", 26, "10:00", "18:00", "La Ressourcerie de l'Île",
     P("La Ressourcerie de l'Île", "3 rue Conan Mériadec", "44200", "Nantes"))
form("ressourcerie-ile", "Ressourcerie de l'Ile", "Portes ouvertes", 26, "journée", "", "", "44200", "Nantes")

# 19 / 20 two disco soupes on Sunday 20 morning (Île de Nantes, Malakoff)
agenda("disco-ile", "Disco Soupe géante au Parc des Chantiers", [(20, "10:00", "13:00")], "Disco Soupe Nantes",
       A("Parc des Chantiers", "Boulevard Léon Bureau", "44200", "Nantes", insee=NANTES))
form("disco-ile", "Disco Soupe", "Disco soupe", 20, "matin", "Parc des Chantiers", "", "44200", "Nantes")
plat("disco-malakoff", "Disco Soupe anti-gaspi à Malakoff", 20, "10:30", "13:00", "Centre socioculturel Malakoff",
     P("Centre socioculturel Malakoff", "5 rue d'Angleterre", "44000", "Nantes"))
cal("disco-malakoff", "disco-soupe-malakoff", SF(20, "10:30"), EF(20, "13:00"), SUM("Disco soupe"), LOC("Malakoff"))

# 21 the ESS tour of the Île de Nantes, Saturday 5 morning, and 22 the Dervallières' walk the same morning
cal("balade-ile", "balade-ess-ile-de-nantes", SZ(5, "10:00"), EZ(5, "12:00"), SUM("Balade ESS sur l'Île de Nantes"), LOC("Île de Nantes"))
form("balade-ile", "Ecossolies", "Balade découverte ESS", 5, "10h-12h", "Départ Solilab", "8 rue Saint-Domingue", "44200", "Nantes")
plat("balade-derv", "Balade urbaine : les initiatives solidaires des Dervallières", 5, "10:00", "12:00", "Centre social des Dervallières",
     P("Maison de quartier des Dervallières", "5 rue Auguste Renoir", "44100", "Nantes"))
agenda("balade-derv", "Balade des initiatives solidaires - Dervallières", [(5, "10:00", "12:30")], "Maison de quartier des Dervallières",
       A("Maison de quartier des Dervallières", "5 rue Auguste Renoir", "44100", "Nantes", insee=NANTES))

# 23 the climate fresco at Le Solilab, Thursday 17 evening
plat("fresque-solilab", "La Fresque du Climat", 17, "18:30", "21:30", "Les Écossolies", SOLILAB)
cal("fresque-solilab", "fresque-climat-solilab", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Le Solilab"))
form("fresque-solilab", "Fresque du Climat 44", "Fresque du Climat", 17, "18h30-21h30", "Solilab", "", "44200", "Nantes")

# 24 Nantes' libraries' climate fresco, Thursday 17 evening
MEDIA_DEMY = A("Médiathèque Jacques Demy", "24 quai de la Fosse", "44000", "Nantes", insee=NANTES)
agenda("fresque-demy", "Atelier La Fresque du Climat", [(17, "18:00", "21:00")], "Ville de Nantes - Bibliothèque municipale", MEDIA_DEMY)
form("fresque-demy", "BM Nantes", "Frsque du climat", 17, "soirée", "Médiathèque Jacques Demy", "24 quai de la Fosse", "44000", "Nantes")

# 25 / 26 Saturday 19 at the médiathèque Jacques Demy: a talk in the morning, a workshop in the afternoon
plat("demy-conf", "Rencontre : l'habitat participatif à Nantes", 19, "10:30", "12:00", "Bibliothèque municipale de Nantes",
     P("Médiathèque Jacques Demy", "24 quai de la Fosse", "44000", "Nantes"))
agenda("demy-conf", "L'habitat participatif, comment ça marche ? Rencontre", [(19, "10:30", "12:00")], "Ville de Nantes", MEDIA_DEMY)
agenda("demy-atelier", "Atelier zéro déchet : fabriquer ses produits ménagers", [(19, "14:30", "16:30")], "Ville de Nantes", MEDIA_DEMY)
form("demy-atelier", "Médiathèque Jacques Demy", "Atelier zéro déchet", 19, "après-midi", "Médiathèque J. Demy", "", "44000", "Nantes")

# ───────────────────────── Nantes: the quarters ─────────────────────────

# 27 / 28 / 29 three repair cafés on Saturday 12 afternoon (Dervallières, Breil, Saint-Herblain)
plat("rc-derv", "Repair Café des Dervallières", 12, "14:00", "17:00", "Repair Café Nantes Ouest",
     P("Maison de quartier des Dervallières", "5 rue Auguste Renoir", "44100", "Nantes"))
agenda("rc-derv", "Repair café", [(12, "14:00", "17:00")], "Maison de quartier des Dervallières",
       A("Maison de quartier des Dervallières", "5 rue Auguste Renoir", "44100", "Nantes", insee=NANTES))
form("rc-derv", "Repair Café Nantes", "Repair café", 12, "après-midi", "MQ Dervallières", "", "44100", "Nantes")
agenda("rc-breil", "Repair Café du Breil", [(12, "14:00", "18:00")], "Repair Café du Breil",
       A("Maison de quartier du Breil", "2 rue du Bois Hardy", "44100", "Nantes", insee=NANTES))
cal("rc-breil", "repair-cafe-breil-1211", SZ(12, "14:00"), EZ(12, "18:00"), SUM("Repair café"), LOC("Breil"))
form("rc-breil", "Repair café Breil", "REPAIR CAFE", 12, "14h-18h", "", "2 rue du Bois Hardy", "44300", "Nantes")
plat("rc-herblain", "Repair Café de Saint-Herblain", 12, "14:00", "17:00", "Repair Café Saint-Herblain",
     P("Carré des Services", "15 rue d'Arras", "44800", "Saint-Herblain"))
cal("rc-herblain", "repair-cafe-herblain-1211", SU(12, "14:00"), EU(12, "17:00"), SUM("Repair Café Saint-Herblain"), LOC("Bellevue"))

# 30 Bellevue's employment forum (Nantes), Tuesday 22 morning
plat("bellevue-emploi", "Forum emploi & ESS à Bellevue", 22, "09:00", "12:00", "Nantes Métropole",
     P("Maison de quartier de Bellevue", "25 place des Lauriers", "44100", "Nantes"))
agenda("bellevue-emploi", "Forum de l'emploi solidaire du quartier Bellevue", [(22, "09:00", "12:00")], "Ville de Nantes",
       A("MQ Bellevue", "25 place des Lauriers", "44100", "Nantes", insee=NANTES))
form("bellevue-emploi", "NM", "Forum emploi Bellevue", 22, "9h-12h", "", "", "44100", "Nantes")

# 31 Malakoff's ESS café, Tuesday 8 (agenda and form)
agenda("malakoff-cafe", "Café des possibles : l'ESS dans mon quartier", [(8, "18:00", "20:00")], "Centre socioculturel Malakoff",
       A("Centre socioculturel Malakoff", "5 rue d'Angleterre", "44000", "Nantes", insee=NANTES))
form("malakoff-cafe", "CSC Malakoff", "Café ESS", 8, "", "", "", "44000", "")

# 32 the Adie's permanence at Malakoff, Wednesday 23
agenda("adie-malakoff", "Permanence Adie : créer son activité avec le microcrédit", [(23, "14:00", "17:00")], "Adie",
       A("Maison des Haubans", "1 bis boulevard de Berlin", "44000", "Nantes", insee=NANTES))
cal("adie-malakoff", "permanence-adie-malakoff", SF(23, "14:00"), EF(23, "17:00"), SUM("Permanence Adie"), LOC("Malakoff, Nantes"))

# 33-36 La Cour Cyclette's bike workshop every Wednesday (9, 16, 23, 30), Breil
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-cour-cyclette@ecossolies.fr", SU(9, "17:00"), EU(9, "19:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier vélo participatif"), LOC("La Cour Cyclette, Breil"))
agenda("velo-16", "Atelier d'autoréparation vélo", [(16, "17:00", "19:00")], "La Cour Cyclette",
       A("La Cour Cyclette", "14 rue du Breil", "44100", "Nantes", insee=NANTES))
form("velo-23", "La Cour Cyclette", "Atelier vélo", 23, "17h-19h", "La Cour Cyclette", "14 rue du Breil", "44100", "Nantes")

# 37-40 Cap Services' information meeting every Thursday (3, 10, 17, 24)
CAPS = {f"2022-11-{d:02d}": f"capserv-{d}" for d in (3, 10, 17, 24)}
f.in_calendar(CAPS, "reunion-info-cap-services@ecossolies.fr", S(3, "09:30"), E(3, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective Cap Services"), LOC("Cap Services, 8 rue Saint-Domingue, Nantes"))
plat("capserv-10", "Entreprendre en coopérative : réunion d'information", 10, "09:30", "11:30", "Cap Services",
     P("Cap Services - Solilab", "8 rue Saint-Domingue", "44200", "Nantes"))
form("capserv-17", "Cap Services", "Réunion info CAE", 17, "9h30", "", "8 rue Saint Domingue", "44200", "Nantes")
agenda("capserv-24", "Entreprendre en CAE : réunion d'information collective", [(24, "09:30", "11:30")], "Cap Services",
       SOLILAB_A)

# 41 / 42 the Tertre campus, Thursday 10: a jobs forum all day, a conference in the afternoon
TERTRE = P("Nantes Université - campus du Tertre", "Chemin de la Censive du Tertre", "44300", "Nantes")
plat("tertre-forum", "Forum stages et emplois de l'ESS", 10, "11:00", "17:00", "IAE Nantes", TERTRE)
form("tertre-forum", "IAE Nantes", "Forum stages ESS", 10, "journée", "Campus Tertre", "", "44300", "Nantes")
plat("tertre-conf", "Conférence : entreprendre autrement avec l'ESS", 10, "14:00", "16:00", "Nantes Université", TERTRE)
agenda("tertre-conf", "Entreprendre autrement : conférence de l'ESS à l'université", [(10, "14:00", "16:00")], "Université de Nantes",
       A("Campus Tertre - amphi Kernéis", "Chemin de la Censive du Tertre", "44300", "Nantes", insee=NANTES))

# 43 the Concorde's film and debate, Monday 14 (Angers shows the same film that evening)
plat("cine-concorde", "Ciné-débat : « Demain » au Concorde", 14, "20:00", "22:30", "Cinéma Le Concorde",
     P("Cinéma Le Concorde", "79 boulevard de l'Égalité", "44100", "Nantes"))
agenda("cine-concorde", "Projection-débat du film Demain", [(14, "20:00", "22:30")], "Les Écossolies",
       A("Le Concorde", "79 bd de l'Égalité", "44100", "Nantes", insee=NANTES))
form("cine-concorde", "Le Concorde", "Ciné débat Demain", 14, "20h", "Cinéma Le Concorde", "79 bd de l'Egalité", "44100", "Nantes")

# 44 / 45 / 46 three AMAP evenings on Thursday 10 (Nantes Doulon, Rezé, Avrillé)
plat("amap-nantes", "Découvrir les AMAP : distribution ouverte", 10, "18:00", "19:30", "Inter-AMAP 44",
     P("Maison de quartier de Doulon", "1 rue de la Basse-Chênaie", "44300", "Nantes"))
cal("amap-nantes", "amap-doulon-1011", SZ(10, "18:00"), EZ(10, "19:30"), SUM("Distribution ouverte AMAP"), LOC("Doulon, Nantes"))
plat("amap-reze", "Soirée portes ouvertes de l'AMAP de Rezé", 10, "18:00", "19:30", "AMAP de Rezé",
     P("Salle du Seil", "Rue du Seil", "44400", "Rezé"))
form("amap-reze", "AMAP Rezé", "Portes ouvertes AMAP", 10, "18h", "Salle du Seil", "", "44400", "Reze")
plat("amap-avrille", "Soirée découverte des AMAP", 10, "18:30", "20:00", "AMAP d'Avrillé",
     P("Salle Georges Brassens", "Avenue Pierre Mendès France", "49240", "Avrillé"))
form("amap-avrille", "AMAP Avrillé", "Soirée découverte AMAP", 10, "18h30-20h", "Salle G. Brassens", "", "49240", "Avrillé")

# 47 the metropolis' ESS trophies, Monday 28
plat("trophees-nm", "Remise des Trophées de l'ESS de Nantes Métropole", 28, "18:30", "21:00", "Nantes Métropole", HDM)
agenda("trophees-nm", "Trophées nantais de l'économie sociale et solidaire : cérémonie", [(28, "18:30", "21:00")],
       "Nantes Métropole - Mission ESS", A("Hôtel de Métropole", "2 cours du Champ de Mars", "44000", "Nantes", insee=NANTES))
cal("trophees-nm", "trophees-ess-nm-2022", SZ(28, "18:30"), EZ(28, "21:00"), SUM("Trophées de l'ESS"), LOC("Nantes"))
form("trophees-nm", "NM", "Trophées ESS", "28/11/2022", "18h30", "", "2 cours du Champ de Mars", "44000", "Nantes")

# 48 / 49 Saturday 19: Le Mouvement associatif's forum and a member's workshop across the city
CONGRES = P("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes")
plat("forum-assos", "Forum des associations solidaires", 19, "10:00", "17:00", "Le Mouvement associatif des Pays de la Loire", CONGRES)
agenda("forum-assos", "Forum régional de la vie associative solidaire", [(19, "10:00", "17:00")], "LMA PdL",
       A("Cité des Congrès de Nantes", "5 rue de Valmy", "44000", "Nantes", insee=NANTES))
form("forum-assos", "Mouvement associatif PDL", "Forum asso solidaires", 19, "journée", "Cité des congrès", "", "44000", "Nantes")
agenda("benevolat-nantes", "Atelier : trouver sa mission de bénévolat", [(19, "14:00", "17:00")], "France Bénévolat Nantes",
       A("Maison des associations de Nantes", "6 rue de Rieux", "44000", "Nantes", insee=NANTES))
cal("benevolat-nantes", "atelier-benevolat-1911", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Trouver sa mission bénévole"), LOC("Nantes"))
form("benevolat-nantes", "Le Mouvement associatif", "Atelier bénévolat", 19, "14h-17h", "Maison des assos", "6 rue de Rieux", "44000", "Nantes")

# 50 / 51 Thursday 24: Les Scop Ouest's meeting in the morning, a member Scop's open day in the afternoon (Rezé)
plat("scop-rencontre", "Rencontre régionale des Scop et des Scic", 24, "09:00", "13:00", "Les Scop Ouest", CONGRES)
agenda("scop-rencontre", "Rencontre des coopératives de l'Ouest", [(24, "09:00", "13:00")], "URSCOP Ouest",
       A("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes", insee=NANTES))
agenda("scop-titi", "Portes ouvertes de la Scop Titi Floris", [(24, "14:00", "17:00")], "Titi Floris",
       A("Titi Floris", "6 rue Jean Fraix", "44400", "Rezé", insee=REZE))
form("scop-titi", "Scop Ouest", "Portes ouvertes Titi Floris", 24, "après-midi", "", "6 rue Jean Fraix", "44400", "Rezé")

# 52 / 53 Thursday 24: Les Écossolies' members' evening and Envie 44's open day (Saint-Herblain)
plat("ecossolies-adh", "Rencontre des adhérents des Écossolies", 24, "17:30", "20:00", "Les Écossolies", SOLILAB)
cal("ecossolies-adh", "rencontre-adherents-2411", SZ(24, "17:30"), EZ(24, "20:00"), SUM("Rencontre adhérent·es"), LOC("Solilab"))
plat("envie-po", "Portes ouvertes d'Envie 44 : la seconde vie de l'électroménager", 24, "14:00", "18:00", "Envie 44",
     P("Envie 44", "11 rue de la Garde", "44800", "Saint-Herblain"))
cal("envie-po", "portes-ouvertes-envie-44", SZ(24, "14:00"), EZ(24, "18:00"), SUM("Portes ouvertes Envie 44"), LOC("Saint-Herblain"))
form("envie-po", "Les Ecossolies", "Portes ouvertes Envie", 24, "après-midi", "Envie 44", "", "44800", "St Herblain")

# 54 the week of responsible purchasing, Monday 21 to Friday 25
plat("semaine-achats", "Semaine des achats responsables", 21, "09:00", "17:00", "Nantes Métropole", HDM, day2=25)
cal("semaine-achats", "semaine-achats-responsables", SD(21), ED(25), SUM("Semaine des achats responsables"), LOC("Nantes"))
form("semaine-achats", "Nantes Métropole", "Semaine achats responsables", "du 21 au 25 novembre", "", "", "", "44000", "Nantes")

# ───────────────────────── the metropolis and Loire-Atlantique ─────────────────────────

# 55 / 56 two repair cafés on Saturday 19 afternoon in Rezé and Bouguenais
plat("rc-reze", "Repair café de Rezé", 19, "14:00", "17:30", "Repair Café Rezé",
     P("Centre socioculturel Jaunais Blordière", "5 rue Jean-Baptiste Vigier", "44400", "Rezé"))
form("rc-reze", "Repair Café Rezé", "Repair café", 19, "après-midi", "", "", "44400", "Reze")
agenda("rc-bouguenais", "Repair Café bouguenaisien", [(19, "14:00", "17:00")], "Ville de Bouguenais",
       A("Espace de la Ville au Denis", "Rue de la Ville au Denis", "44340", "Bouguenais", insee=BOUGUENAIS))
cal("rc-bouguenais", "repair-cafe-bouguenais", SU(19, "14:00"), EU(19, "17:00"), SUM("Repair Café"), LOC("Bouguenai"))

# 57 Emmaüs' solidarity sale, Saturday 19 (Bouguenais)
plat("emmaus-vente", "Grande vente solidaire d'Emmaüs", 19, "09:00", "17:00", "Emmaüs 44",
     P("Emmaüs 44 - communauté", "Route de la Ville-au-Denis", "44340", "Bouguenais"))
agenda("emmaus-vente", "Vente spéciale Mois de l'ESS", [(19, "09:00", "17:00")], "Emmaüs Loire-Atlantique",
       A("Communauté Emmaüs", "Route de la Ville-au-Denis", "44340", "Bouguenais", insee=BOUGUENAIS))
cal("emmaus-vente", "vente-emmaus-1911", SF(19, "09:00"), EF(19, "17:00"), SUM("Vente solidaire Emmaüs"), LOC("Rezé"))

# 58 Orvault's job forum, Thursday 17 morning
plat("orvault-emploi", "Forum de l'emploi solidaire d'Orvault", 17, "09:30", "12:30", "Ville d'Orvault",
     P("Salle de la Gobinière", "37 avenue de la Ferrière", "44700", "Orvault"))
form("orvault-emploi", "Mairie d'Orvault", "Forum emploi", 17, "matin", "La Gobinière", "", "44700", "Orvault")

# 59 cooperative games at Orvault's ludothèque, Friday 25 (agenda alone)
agenda("orvault-jeux", "Soirée jeux coopératifs", [(25, "20:00", "23:00")], "Ludothèque d'Orvault",
       A("Ludothèque", "Place de l'Église", "44700", "Orvault", insee=ORVAULT))

# 60 / 61 two markets on Sunday 27 (Saint-Sébastien-sur-Loire, Clisson)
agenda("stseb-marche", "Marché des créateurs solidaires", [(27, "10:00", "18:00")], "Ville de Saint-Sébastien-sur-Loire",
       A("Espace Le Grand B", "Rue de la Loire", "44230", "Saint-Sébastien-sur-Loire", insee=STSEB))
form("stseb-marche", "Mairie St Sébastien", "Marché créateurs solidaires", 27, "10h-18h", "Le Grand B", "", "44190",
     "Saint-Sébastien-sur-Loire")
plat("clisson-marche", "Marché de Noël équitable", 27, "10:00", "17:00", "Artisans du Monde Clisson",
     P("Halles de Clisson", "Place du Minage", "44190", "Clisson"))
cal("clisson-marche", "marche-equitable-clisson", SD(27), SUM("Marché de Noël équitable"), LOC("Clisson"))

# 62 the tiers-lieux meeting at Le Landreau, Monday 21
plat("tiers-lieux", "Rencontre des tiers-lieux de Loire-Atlantique", 21, "09:30", "16:30", "Cap Tiers-Lieux",
     P("La Fabrique du Landreau", "2 rue de la Loire", "44430", "Le Landreau"))
cal("tiers-lieux", "rencontre-tiers-lieux-44", SD(21), SUM("Rencontre des tiers-lieux 44"), LOC("Le Landreau"))
form("tiers-lieux", "Cap Tiers Lieux", "Rencontre tiers-lieux", 21, "", "", "", "44430", "Le Landreau")

# 63 / 64 Saint-Nazaire's Agora 1901, Saturday 19: the agglomeration's forum all day, a conference in the afternoon
AGORA = P("Agora 1901", "2 bis avenue Albert de Mun", "44600", "Saint-Nazaire")
plat("stnaz-forum", "Forum de l'ESS de l'agglomération nazairienne", 19, "10:00", "17:00", "CARENE", AGORA)
agenda("stnaz-forum", "Forum de l'économie sociale et solidaire", [(19, "10:00", "17:00")], "Saint-Nazaire Agglomération",
       A("Agora 1901 - Maison des associations", "2 bis avenue Albert de Mun", "44600", "Saint-Nazaire", insee=STNAZAIRE))
cal("stnaz-forum", "forum-ess-carene", SD(19), SUM("Forum ESS Saint-Nazaire"), LOC("Agora 1901"))
form("stnaz-forum", "Carene", "Forum ESS", 19, "Toute la journée", "Agora", "2 bis av Albert de Mun", "44600", "St-Nazaire")
agenda("stnaz-conf", "Conférence : l'économie circulaire sur le territoire nazairien", [(19, "15:00", "16:30")], "CARENE",
       A("Agora 1901", "2 bis avenue Albert de Mun", "44600", "Saint-Nazaire", insee=STNAZAIRE))
cal("stnaz-conf", "conf-eco-circulaire-stnaz", SZ(19, "15:00"), EZ(19, "16:30"), SUM("Conférence économie circulaire"),
    LOC("Agora 1901, Saint-Nazaire"))

# 65 Saint-Nazaire's job dating, Tuesday 22 morning (Bellevue's forum the same morning in Nantes)
plat("stnaz-jobdating", "Job dating de l'ESS", 22, "09:00", "12:00", "Maison de l'emploi de Saint-Nazaire",
     P("Maison de l'emploi", "22 rue Jean Jaurès", "44600", "Saint-Nazaire"))
cal("stnaz-jobdating", "job-dating-ess-stnaz", SF(22, "09:00"), EF(22, "12:00"), SUM("Mois de l'ESS : job dating"), LOC("Saint-Nazaire"))
form("stnaz-jobdating", "CARENE", "Job dating ESS", 22, "matin", "Maison de l'emploi", "", "44600", "Saint-Nazaire")

# 66 the digital fresco in Saint-Nazaire, Thursday 17 evening
plat("fresque-num-stnaz", "La Fresque du Numérique", 17, "18:30", "21:00", "CARENE", AGORA)
form("fresque-num-stnaz", "Carene", "Fresque du numérique", 17, "18h30", "", "", "44600", "Saint-Nazaire")

# 67 Châteaubriant's ESS forum, Thursday 10 afternoon
plat("chateaubriant-forum", "Forum de l'ESS du Pays de Châteaubriant", 10, "14:00", "18:00", "Communauté de communes Châteaubriant-Derval",
     P("Espace Bel Air", "Rue d'Ancenis", "44110", "Châteaubriant"))
form("chateaubriant-forum", "ComCom Châteaubriant-Derval", "Forum ESS", 10, "14h-18h", "Espace Bel Air", "", "44110", "")

# 68 Ancenis' recyclerie open day, Saturday 12
plat("ancenis-recyclerie", "Portes ouvertes de la recyclerie", 12, "10:00", "17:00", "Recyclerie du Pays d'Ancenis",
     P("Recyclerie du Pays d'Ancenis", "ZI de l'Aubinière", "44150", "Ancenis-Saint-Géréon"))
agenda("ancenis-recyclerie", "La recyclerie ouvre ses portes", [(12, "10:00", "17:00")], "Recyclerie du Pays d'Ancenis",
       A("Recyclerie", "ZI de l'Aubinière", "44150", "Ancenis", insee=ANCENIS))
cal("ancenis-recyclerie", "po-recyclerie-ancenis", SU(12, "10:00"), EU(12, "17:00"), SUM("Portes ouvertes recyclerie"), LOC("Ancenis"))

# ───────────────────────── Angers, Trélazé, Avrillé ─────────────────────────

# 69 / 70 Tuesday 15 on the Belle-Beille campus: a workshop in the afternoon, a conference in the evening
BB = P("Université d'Angers - campus Belle-Beille", "2 boulevard Lavoisier", "49000", "Angers")
plat("ua-conf", "Conférence : l'ESS, une réponse aux crises ?", 15, "18:00", "20:00", "Université d'Angers", BB)
agenda("ua-conf", "L'économie sociale et solidaire face aux crises : conférence", [(15, "18:00", "20:00")], "Université d'Angers",
       A("Faculté de droit, économie et gestion", "13 allée François Mitterrand", "49100", "Angers", insee=ANGERS))
form("ua-conf", "UA", "Conf ESS crises", 15, "18h", "Campus Belle-Beille", "", "49000", "Angers")
agenda("ua-atelier", "Atelier : monter un projet associatif étudiant", [(15, "14:00", "17:00")], "Université d'Angers",
       A("Maison de l'étudiant - campus Belle-Beille", "2 boulevard Lavoisier", "49000", "Angers", insee=ANGERS))
form("ua-atelier", "Université d'Angers", "Atelier projet asso", 15, "après-midi", "Campus Belle-Beille", "", "49000", "Angers")

# 71 / 72 two repair cafés on Saturday 19 afternoon (Monplaisir, Trélazé)
plat("rc-monplaisir", "Repair Café de Monplaisir", 19, "14:00", "17:00", "Maison pour tous Monplaisir",
     P("Maison pour tous Monplaisir", "3 rue de Normandie", "49100", "Angers"))
cal("rc-monplaisir", "repair-cafe-monplaisir", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café"), LOC("Monplaisir"))
form("rc-monplaisir", "MPT Monplaisir", "Repair Café", 19, "14h-17h", "", "3 rue de Normandie", "49100", "ANGERS")
agenda("rc-trelaze", "Repair café trélazéen", [(19, "14:00", "17:30")], "Ville de Trélazé",
       A("Espace Daniel Balavoine", "Rue Ludovic Ménard", "49800", "Trélazé", insee=TRELAZE))
form("rc-trelaze", "Mairie de Trélazé", "Repair café", 19, "après-midi", "Espace Balavoine", "", "49800", "Trélazé")

# 73 / 74 Saturday 26: La Roseraie's solidarity day and Belle-Beille's quarter party
plat("roseraie-fete", "Fête des solidarités à La Roseraie", 26, "14:00", "18:00", "Centre Jean Vilar",
     P("Centre Jean Vilar", "1 place Jean Vilar", "49100", "Angers"))
agenda("roseraie-fete", "La Roseraie fête les solidarités", [(26, "14:00", "18:00")], "Ville d'Angers",
       A("Centre Jean Vilar", "1 place Jean Vilar", "49100", "Angers", insee=ANGERS))
form("roseraie-fete", "Centre J. Vilar", "Fête des solidarités", 26, "", "Centre Jean Vilar", "", "49100", "Angers")
agenda("bb-fete", "Fête de quartier solidaire de Belle-Beille", [(26, "14:00", "18:00")], "Centre Jacques Tati",
       A("Centre Jacques Tati", "5 rue Eugénie Mansion", "49000", "Angers", insee=ANGERS))
cal("bb-fete", "fete-belle-beille-2611", SU(26, "14:00"), EU(26, "18:00"), SUM("Fête de quartier solidaire"), LOC("Belle-Beille"))

# 75 the Ressourcerie des Biscottes' open day, Saturday 12
plat("biscottes-po", "Portes ouvertes à la Ressourcerie des Biscottes", 12, "10:00", "18:00", "Ressourcerie des Biscottes",
     P("Ressourcerie des Biscottes", "23 rue de la Chalouère", "49100", "Angers"))
agenda("biscottes-po", "Les Biscottes ouvrent leurs ateliers", [(12, "10:00", "18:00")], "Les Biscottes",
       A("Ressourcerie Les Biscottes", "23 rue de la Chalouère", "49100", "Angers", insee=ANGERS))
form("biscottes-po", "Les Biscottes", "Portes ouvertes ressourcerie", 12, "journée", "", "23 rue de la Chalouère", "49100", "Angers")

# 76 the exhibition at the Hôtel de Ville, Monday 14 to Friday 18, and 77 its opening on Monday 14
plat("expo-angers", "Exposition « 100 visages de l'ESS en Anjou »", 14, "09:00", "17:30", "Angers Loire Métropole", HDV_ANGERS, day2=18)
agenda("expo-angers", "100 visages de l'ESS en Anjou : l'exposition", [(d, "09:00", "17:30") for d in (14, 15, 16, 17, 18)],
       "Angers Loire Métropole", A("Hôtel de Ville d'Angers - hall", "Boulevard de la Résistance et de la Déportation", "49000", "Angers",
                                   insee=ANGERS))
form("expo-angers", "ALM", "Expo 100 visages ESS", "du 14 au 18 novembre", "9h-17h30", "Hôtel de ville", "", "49000", "Angers")
plat("expo-vernissage", "Vernissage de l'exposition « 100 visages de l'ESS en Anjou »", 14, "18:00", "19:30", "Angers Loire Métropole",
     HDV_ANGERS)
form("expo-vernissage", "Angers Loire Métropole", "Vernissage expo", 14, "18h", "Hôtel de Ville", "", "49000", "Angers")

# 78 the 400 Coups' film and debate, Monday 14
plat("cine-400", "Projection du film « Demain » suivie d'un débat", 14, "20:00", "22:30", "Cinéma Les 400 Coups",
     P("Les 400 Coups", "12 rue Claveau", "49100", "Angers"))
form("cine-400", "Les 400 coups", "Ciné-débat Demain", 14, "soirée", "", "12 rue Claveau", "49100", "Angers")

# 79 the fresco at Angers' Maison de l'environnement, Thursday 17 evening
plat("fresque-angers", "Fresque du Climat", 17, "18:30", "21:30", "Angers Loire Métropole",
     P("Maison de l'environnement", "Avenue du Lac de Maine", "49000", "Angers"))
agenda("fresque-angers", "La Fresque du climat à la Maison de l'environnement", [(17, "18:30", "21:30")], "Maison de l'environnement d'Angers",
       A("Maison de l'environnement", "Avenue du Lac de Maine", "49000", "Angers", insee=ANGERS))

# 80 / 81 Oz's workshop on Tuesday 22, morning and afternoon sessions
OZ = P("Oz - coopérative d'activité", "12 rue Lenepveu", "49100", "Angers")
plat("oz-matin", "Atelier : tester son activité en coopérative", 22, "09:30", "12:00", "Coopérative d'activité Oz", OZ)
form("oz-matin", "CAE Oz", "Atelier tester son activité", 22, "matin", "", "12 rue Lenepveu", "49100", "Angers")
agenda("oz-aprem", "Atelier : tester son activité en coopérative", [(22, "14:00", "16:30")], "Oz",
       A("Coopérative Oz", "12 rue Lenepveu", "49100", "Angers", insee=ANGERS))
form("oz-aprem", "Coopérative Oz", "Atelier test activité", 22, "14h-16h30", "", "12 rue Lenepveu", "49100", "Angers")

# 82 the CRESS's afterwork in Angers, Thursday 24
plat("afterwork-angers", "Afterwork des acteurs de l'ESS angevins", 24, "18:30", "21:00", "CRESS Pays de la Loire",
     P("Le 122", "122 rue de Frémur", "49000", "Angers"))
agenda("afterwork-angers", "Afterwork ESS à Angers", [(24, "18:30", "21:00")], "CRESS PdL",
       A("Le 122", "122 rue de Frémur", "49000", "Angers", insee=ANGERS))
form("afterwork-angers", "CRESS", "Afterwork ESS Angers", 24, "18h30", "Le 122", "", "49000", "Angers")

# 83 Le Mouvement associatif's training in Angers, Saturday 5
plat("lma-gouv", "Formation : la gouvernance associative partagée", 5, "09:30", "12:30", "Le Mouvement associatif des Pays de la Loire",
     P("Maison des associations d'Angers", "Place de la Laiterie", "49100", "Angers"))
form("lma-gouv", "LMA PDL", "Formation gouvernance", 5, "9h30-12h30", "MDA", "place de la Laiterie", "49100", "Angers")

# ───────────────────────── Cholet, Saumur ─────────────────────────

# 84 / 85 two ESS forums on Saturday 26 (Cholet, Saumur)
plat("cholet-forum", "Forum de l'ESS du Choletais", 26, "09:30", "17:00", "Agglomération du Choletais",
     P("Salle des fêtes de Cholet", "Place Travot", "49300", "Cholet"))
agenda("cholet-forum", "Forum ESS & emploi du Choletais", [(26, "09:30", "17:00")], "Cholet Agglomération",
       A("Salle des fêtes", "Place Travot", "49300", "Cholet", insee=CHOLET))
form("cholet-forum", "AdC", "Forum ESS Choletais", 26, "Toute la journée", "Salle des fêtes", "", "49300", "Cholet")
plat("saumur-forum", "Forum de l'ESS Saumur Val de Loire", 26, "10:00", "17:00", "Saumur Val de Loire",
     P("Le Dôme", "Place de la Bilange", "49400", "Saumur"))
form("saumur-forum", "Agglo Saumur", "Forum ESS", 26, "10h-17h", "Le Dôme", "", "49400", "Saumur")

# 86 / 87 the Adie's sessions in Cholet (morning) and Saumur (afternoon), Tuesday 8
agenda("adie-cholet", "Adie : créez votre emploi, on vous finance", [(8, "09:00", "12:00")], "Adie",
       A("Maison de l'emploi du Choletais", "1 rue Sadi Carnot", "49300", "Cholet", insee=CHOLET))
form("adie-cholet", "ADIE", "Info microcrédit", 8, "matin", "Maison de l'emploi", "", "49300", "Cholet")
agenda("adie-saumur", "Adie : créez votre emploi, on vous finance", [(8, "14:00", "17:00")], "Adie",
       A("Espace Jean Rostand", "Rue Jean Rostand", "49400", "Saumur", insee=SAUMUR))
form("adie-saumur", "ADIE", "Info microcrédit", 8, "après-midi", "Espace Rostand", "", "49400", "Saumur")

# 88 Cholet's ressourcerie, Wednesday 16 (platform alone)
plat("cholet-ressourcerie", "Visite de la ressourcerie Ressource'toi", 16, "14:00", "16:00", "Emmaüs Cholet",
     P("Ressourcerie Ressource'toi", "Rue du Landreau", "49300", "Cholet"))

# ───────────────────────── Le Mans, Allonnes, Coulaines ─────────────────────────

# 89 Le Mans Métropole's ESS evening, Wednesday 9
plat("lm-soiree", "Soirée de l'ESS mancelle", 9, "18:00", "21:00", "Le Mans Métropole",
     P("Salons de l'Hôtel de Ville", "Place Saint-Pierre", "72000", "Le Mans"))
agenda("lm-soiree", "L'ESS au Mans : soirée rencontre", [(9, "18:00", "21:00")], "Ville du Mans",
       A("Hôtel de Ville du Mans", "Place Saint-Pierre", "72000", "Le Mans", insee=LEMANS))
form("lm-soiree", "LMM", "Soirée ESS", 9, "18h-21h", "Hôtel de Ville", "", "72000", "Le Mans")

# 90 / 91 two repair cafés on Saturday 26 afternoon (Les Sablons, Allonnes)
plat("rc-sablons", "Repair Café des Sablons", 26, "14:00", "17:00", "Centre social des Sablons",
     P("Centre social des Sablons", "36 rue de l'Esterel", "72100", "Le Mans"))
cal("rc-sablons", "repair-cafe-sablons", SZ(26, "14:00"), EZ(26, "17:00"), SUM("Repair café"), LOC("Les Sablons"))
form("rc-sablons", "CS Sablons", "Repair café", 26, "après-midi", "", "", "72100", "Le Mans")
agenda("rc-allonnes", "Repair Café d'Allonnes", [(26, "14:00", "18:00")], "Ville d'Allonnes",
       A("Maison des associations", "Rue Paul Langevin", "72700", "Allonnes", insee=ALLONNES))
form("rc-allonnes", "Mairie d'Allonnes", "Repair café", 26, "14h-18h", "Maison des associations", "", "72700", "Allones")

# 92 / 93 Le Mans Université, Thursday 17: a lunchtime talk and an afternoon workshop
LMU = P("Le Mans Université", "Avenue Olivier Messiaen", "72085", "Le Mans")
plat("lmu-conf", "Midi-conférence : les coopératives d'habitants", 17, "12:30", "13:30", "Le Mans Université", LMU)
form("lmu-conf", "Le Mans Université", "Midi conf habitat coopératif", 17, "12h30-13h30", "", "avenue Olivier Messiaen", "72085", "Le Mans")
agenda("lmu-atelier", "Atelier : lancer son projet étudiant dans l'ESS", [(17, "14:00", "16:00")], "Le Mans Université",
       A("Maison de l'Université", "Avenue Olivier Messiaen", "72085", "Le Mans", insee=LEMANS))
form("lmu-atelier", "LMU", "Atelier projet étudiant ESS", 17, "14h", "Maison de l'université", "", "72085", "Le Mans")

# 94 Le Mans' Bellevue quarter café, Tuesday 22 afternoon
agenda("lm-bellevue", "Café-rencontre ESS à Bellevue", [(22, "14:00", "16:00")], "Maison de quartier Bellevue - Le Mans",
       A("Espace Bellevue", "Rue de Bellevue", "72000", "Le Mans", insee=LEMANS))
cal("lm-bellevue", "cafe-ess-bellevue-2211", SU(22, "14:00"), EU(22, "16:00"), SUM("Café-rencontre ESS"), LOC("Bellevue"))

# 95 Coulaines' climate fresco, Thursday 17 evening
agenda("fresque-coulaines", "Atelier Fresque du Climat", [(17, "18:30", "21:30")], "Ville de Coulaines",
       A("Espace Henri Salvador", "Rue de Ballon", "72190", "Coulaines", insee=COULAINES))
form("fresque-coulaines", "Mairie de Coulaines", "Fresque du climat", 17, "soirée", "", "", "72190", "Coulaines")

# 96 Les Cinéastes' film and debate, Tuesday 29
plat("lm-cine", "Ciné-débat : « Debout les femmes ! »", 29, "20:00", "22:30", "Cinéma Les Cinéastes",
     P("Les Cinéastes", "42 place de l'Éperon", "72000", "Le Mans"))
form("lm-cine", "Les Cinéastes", "Ciné débat Debout les femmes", 29, "20h", "Cinéma les Cinéastes", "42 pl de l'Eperon", "72000", "Le Mans")

# ───────────────────────── Laval, Mayenne ─────────────────────────

# 97 / 98 the same film in Laval and Mayenne, Tuesday 15 evening
plat("cine-laval", "Ciné-débat : « Demain »", 15, "20:00", "22:30", "Cinéville Laval", P("Cinéville", "Place du 11 Novembre", "53000", "Laval"))
form("cine-laval", "CRESS PdL", "Ciné-débat Demain", 15, "20h", "Cinéville", "", "53000", "Laval")
agenda("cine-mayenne", "Projection-débat : Demain", [(15, "20:30", "23:00")], "Cinéma Le Vox",
       A("Cinéma Le Vox", "Place Juhel", "53100", "Mayenne", insee=MAYENNE))
form("cine-mayenne", "Le Vox", "Ciné-débat Demain", 15, "20h30", "Le Vox", "", "53100", "Mayenne")

# 99 Laval Agglomération's forum, Thursday 24
plat("laval-forum", "Forum ESS de Laval Agglomération", 24, "13:30", "18:00", "Laval Agglomération",
     P("Salle polyvalente", "Rue du Britais", "53000", "Laval"))
agenda("laval-forum", "Forum de l'économie sociale et solidaire lavallois", [(24, "13:30", "18:00")], "Laval Agglo",
       A("Salle polyvalente de Laval", "Rue du Britais", "53000", "Laval", insee=LAVAL))
form("laval-forum", "Laval Agglo", "Forum ESS", 24, "après-midi", "Salle polyvalente", "", "53000", "Laval")

# 100 France Active's breakfast in Laval, Friday 18
plat("fa-laval", "Petit-déjeuner des financeurs solidaires", 18, "08:30", "10:00", "France Active Pays de la Loire",
     P("Maison de l'économie", "1 rue Jean Macé", "53000", "Laval"))
form("fa-laval", "France Active Mayenne", "P'tit déj financeurs", 18, "8h30", "", "", "53000", "Laval")

# 101 Mayenne's AMAP farm visit, Saturday 5 (calendar alone)
cal("mayenne-ferme", "visite-ferme-mayenne", SD(5), SUM("Visite de ferme AMAP en Mayenne"), LOC("Mayenne"))

# ───────────────────────── Vendée ─────────────────────────

# 102 / 103 two breakfasts on Friday 18 morning (La Roche-sur-Yon, Les Sables-d'Olonne)
plat("pdj-lry", "Petit-déjeuner de l'ESS yonnaise", 18, "08:30", "10:00", "La Roche-sur-Yon Agglomération",
     P("Maison des associations", "71 boulevard Aristide Briand", "85000", "La Roche-sur-Yon"))
form("pdj-lry", "LRY Agglo", "Petit déjeuner ESS", 18, "8h30-10h", "Maison des associations", "", "85000", "La Roche sur Yon")
agenda("pdj-sables", "Petit-déjeuner de l'ESS des Olonnes", [(18, "08:30", "10:00")], "Les Sables d'Olonne Agglomération",
       A("Les Atlantes", "1 promenade Joseph Amiaud", "85100", "Les Sables-d'Olonne", insee=SABLES))
cal("pdj-sables", "pdj-ess-sables", SZ(18, "08:30"), EZ(18, "10:00"), SUM("P'tit déj ESS"), LOC("Les Sables d'Olonne"))

# 104 La Roche-sur-Yon's ESS and jobs forum, Wednesday 23
plat("lry-forum", "Forum ESS et emploi", 23, "10:00", "16:00", "La Roche-sur-Yon Agglomération",
     P("Le Cyel", "10 rue Salvador Allende", "85000", "La Roche-sur-Yon"))
agenda("lry-forum", "Forum emploi de l'ESS en Vendée", [(23, "10:00", "16:00")], "Ville de La Roche-sur-Yon",
       A("Le Cyel", "10 rue Salvador Allende", "85000", "La Roche-sur-Yon", insee=LAROCHE))
form("lry-forum", "Ville de la Roche/Yon", "Forum ESS emploi", 23, "journée", "Le Cyel", "", "85000", "La Roche-sur-Yon")

# 105 / 106 Fontenay-le-Comte's ressourcerie open day and the Sables' repair café, Saturday 12
plat("fontenay-ressourcerie", "Portes ouvertes de la ressourcerie fontenaisienne", 12, "10:00", "17:00", "Ressourcerie du Sud Vendée",
     P("Ressourcerie du Sud Vendée", "Rue des Gravants", "85200", "Fontenay-le-Comte"))
form("fontenay-ressourcerie", "Ressourcerie Sud Vendée", "Portes ouvertes", 12, "", "", "", "85200", "Fontenay-le-Comte")
agenda("rc-sables", "Repair Café sablais", [(12, "14:00", "17:00")], "Repair Café Les Sables",
       A("Centre socioculturel", "Rue du Palais", "85100", "Les Sables-d'Olonne", insee=SABLES))
form("rc-sables", "Repair Café Les Sables", "Repair café", 12, "14h-17h", "", "", "85180", "Les Sables d'Olonne")

# 107 the Vendée CRESS delegation's meeting, Tuesday 29 (agenda alone)
agenda("vendee-reseau", "Rencontre du réseau ESS vendéen", [(29, "17:00", "19:00")], "CRESS PdL - délégation Vendée",
       A("Maison des associations", "71 boulevard Aristide Briand", "85000", "La Roche-sur-Yon", insee=LAROCHE))

# ───────────────────────── more of Nantes and around ─────────────────────────

# 108 Rezé's Trentemoult third place, Wednesday 9 (calendar and form)
cal("reze-tierslieu", "cafe-asso-trentemoult", SZ(9, "18:30"), EZ(9, "20:30"), SUM("Apéro des assos"), LOC("Trentemoult, Rezé"))
form("reze-tierslieu", "La Fabrique de Trentemoult", "Apéro des associations", 9, "18h30", "", "", "44400", "Rezé")

# 109 Saint-Herblain's ESS forum at the Carré des Services, Saturday 5
plat("herblain-forum", "Forum herblinois de l'ESS", 5, "10:00", "17:00", "Ville de Saint-Herblain",
     P("Carré des Services", "15 rue d'Arras", "44800", "Saint-Herblain"))
agenda("herblain-forum", "Forum de l'économie solidaire de Saint-Herblain", [(5, "10:00", "17:00")], "Mairie de Saint-Herblain",
       A("Carré des Services", "15 rue d'Arras", "44800", "Saint-Herblain", insee=HERBLAIN))
cal("herblain-forum", "forum-ess-herblain", SF(5, "10:00"), EF(5, "17:00"), SUM("Forum ESS Saint-Herblain"), LOC("Saint Herblain"))

# 110 the Île de Nantes' social enterprise breakfast, Friday 18 (Écossolies)
plat("pdj-nantes", "P'tit déj de l'entrepreneuriat social", 18, "08:30", "10:00", "Les Écossolies", SOLILAB)
form("pdj-nantes", "Ecossolies", "Petit dej entrepreneurs sociaux", 18, "8h30", "Solilab", "", "44200", "Nantes")

# 111 France Active's financing clinic at Le Solilab, Friday 18 afternoon
agenda("fa-nantes", "Permanence de financement France Active", [(18, "14:00", "17:00")], "France Active Pays de la Loire", SOLILAB_A)
form("fa-nantes", "FA PdL", "Permanence financement", 18, "14h-17h", "Solilab", "", "44200", "Nantes")

# 112 the Dervallières' repair and sewing workshop, Wednesday 23 afternoon
plat("derv-couture", "Atelier couture et réparation textile", 23, "14:00", "17:00", "Maison de quartier des Dervallières",
     P("Maison de quartier des Dervallières", "5 rue Auguste Renoir", "44100", "Nantes"))
cal("derv-couture", "atelier-couture-dervallieres", SU(23, "14:00"), EU(23, "17:00"), SUM("Atelier couture"), LOC("Dervallières"))

# 113 Bouguenais' mairie's cooperative agriculture talk, Tuesday 29 evening
agenda("bouguenais-agri", "Conférence : les coopératives agricoles de demain", [(29, "19:00", "21:00")], "Mairie de Bouguenais",
       A("Hôtel de ville", "1 rue de la Commune de Paris 1871", "44340", "Bouguenais", insee=BOUGUENAIS))
form("bouguenais-agri", "Ville de Bouguenais", "Conf coopératives agricoles", 29, "19h", "Mairie", "", "44340", "Bouguenais")

# 114 Saint-Nazaire's repair café, Saturday 26 afternoon
agenda("rc-stnaz", "Repair Café nazairien", [(26, "14:00", "17:00")], "Repair Café Saint-Nazaire",
       A("Maison de quartier de Kerlédé", "Rue des Frênes", "44600", "Saint-Nazaire", insee=STNAZAIRE))
cal("rc-stnaz", "repair-cafe-stnaz-2611", SZ(26, "14:00"), EZ(26, "17:00"), SUM("Repair Café"), LOC("Saint-Nazaire"))

# 115 / 116 Clisson: an ESS evening and a workshop the next morning
plat("clisson-soiree", "Soirée ESS du vignoble nantais", 24, "19:00", "21:30", "Clisson Sèvre et Maine Agglo",
     P("Espace Saint-Jacques", "Rue Saint-Jacques", "44190", "Clisson"))
form("clisson-soiree", "Clisson Sèvre et Maine", "Soirée ESS", 24, "19h", "", "", "44190", "Clisson")
agenda("clisson-atelier", "Atelier : créer une association employeuse", [(25, "09:30", "12:00")], "Clisson Sèvre et Maine Agglo",
       A("Espace Saint-Jacques", "Rue Saint-Jacques", "44190", "Clisson", insee=CLISSON))

# 117 Trélazé's ardoise-heritage solidarity walk, Sunday 13 (platform and calendar)
plat("trelaze-balade", "Balade solidaire au musée de l'Ardoise", 13, "14:30", "16:30", "Ville de Trélazé",
     P("Musée de l'Ardoise", "32 chemin de la Maraîchère", "49800", "Trélazé"))
cal("trelaze-balade", "balade-ardoise-trelaze", SZ(13, "14:30"), EZ(13, "16:30"), SUM("Balade solidaire"), LOC("Trelaze"))

# 118 Avrillé's volunteering evening, Monday 21
agenda("avrille-benevolat", "Soirée du bénévolat avrillais", [(21, "18:30", "20:30")], "Ville d'Avrillé",
       A("Espace Georges Brassens", "Avenue Pierre Mendès France", "49240", "Avrillé", insee=AVRILLE))
form("avrille-benevolat", "Mairie d'Avrillé", "Soirée bénévolat", 21, "soirée", "", "", "49240", "Avrillé")

# 119 Les Scop Ouest's breakfast in Le Mans, Friday 4
plat("scop-lm", "Petit-déjeuner Scop : transmettre son entreprise", 4, "08:30", "10:00", "Les Scop Ouest",
     P("CCI Le Mans Sarthe", "1 boulevard René Levasseur", "72000", "Le Mans"))
form("scop-lm", "URSCOP Ouest", "Petit dej transmission", 4, "8h30-10h", "CCI", "", "72000", "Le Mans")

# 120 Saumur's tiers-lieu open day, Saturday 19
plat("saumur-tierslieu", "Portes ouvertes du tiers-lieu La Fabrique saumuroise", 19, "10:00", "18:00", "La Fabrique saumuroise",
     P("La Fabrique saumuroise", "Rue de la Petite Bilange", "49400", "Saumur"))
form("saumur-tierslieu", "Fabrique Saumur", "Portes ouvertes tiers-lieu", 19, "journée", "", "", "49400", "Saumur")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
