"""Blind set sheets_occitanie_est-1 (helper, 8 Dec 2026): eastern Occitanie, November 2022, written without reading
the merge rules. About 110 real events in Montpellier (the Hôtel de Région, Halle Tropisme, the maisons pour tous
Joseph Ricôme, Albertine Sarrazin, Voltaire and Marcel Pagnol, the Vieux Biclou, Université Paul-Valéry and the
Triolet campus, the Corum, the Gazette Café, Cap Omega, the Espace Martin Luther King, the Utopia) and its metropolis
(Castelnau-le-Lez, Lattes, Pérols, Grabels, Juvignac, Saint-Jean-de-Védas), Nîmes (its mairie, Nîmes Métropole's
Colisée, Unîmes, Le Hangar), Alès (Rochebelle, IMT Mines Alès), Uzès, Bagnols-sur-Cèze, Béziers, Sète, Lodève, Lunel,
Perpignan (the Hôtel d'agglomération, UPVD), Narbonne, Carcassonne, Mende and the Thau garden of Cocagne. Four sources:
the national platform's JSON (online events « En ligne » with the Zoom, Teams or Livestorm link in the description or
as the place's address), the CRESS Occitanie OpenAgenda (attendanceMode 2 with onlineAccessLink, insee codes or none,
two timings of a two-day fair), « La Compagnie des Tiers-Lieux » iCalendar (UTC « Z », TZID, floating, floating UTC
read as local time — one hour early —, VALUE=DATE, a weekly RRULE, LOCATION naming the venue alone or the town alone,
URL and CONFERENCE lines for webinars, ORGANIZER), and the CRESS registration form (Windows-1252 `;` CSV).

The theme is WHO organises and HOW the form writes it: the form's organiser is an acronym or a short name
(« CRESS O », « LMA Occitanie », « FAO », « AIRDIE », « URSCOP », « 3M », « UPVM3 », « PMM », « Alès Agglo »,
« CCI », « UM »), a network credited instead of its member (« Réseau Cocagne » for the Jardins de Cocagne de Thau,
« URSCOP » for Crealead, « InterAMAP 34 » for an AMAP, « Emmaüs » for Emmaüs Connect), a town's body under another
name (« Ville de Nîmes » / « Mairie de Nîmes » / « Nîmes Métropole », « Montpellier Méditerranée Métropole » /
« Ville de Montpellier », « Mairie de Perpignan » / « Perpignan Méditerranée Métropole »); the form's title cut to 2–4
words or made generic (« Webinaire financement », « Atelier vélo », « Conférence ESS », « Job dating »); online events
(« En ligne », « Visio », « Distanciel », « Webinaire », « Zoom » in the form, with no town or the organiser's town);
date-only rows, hours in words (« matin », « après-midi », « soirée », « journée », « Toute la journée », « fin
d'après-midi », « midi »); plus title prefixes, typos, accents and case, venue versus street, wrong and Cedex postal
codes.

Hard negatives: France Active Airdie-Occitanie's and Le Mouvement associatif Occitanie's financing webinars on
Tuesday 8 at 10:00, France Active's same webinar again on Tuesday 22; the CRESS's network meeting (morning) and the
launch (evening) at the Hôtel de Région on Thursday 3; Alter'Incub's morning workshop and afternoon talk at Halle
Tropisme on Tuesday 8; Paul-Valéry's morning workshop and afternoon round table on Wednesday 16; Perpignan
Méditerranée Métropole's morning workshop and afternoon talk on Thursday 10; three repair cafés on Saturday 12
afternoon (Figuerolles, Celleneuve, Castelnau-le-Lez) and two on Saturday 26 (Boutonnet, Juvignac); the Vieux Biclou's
bike workshop every Wednesday (2, 9, 16, 23, 30) and another bike workshop in Pérols on the 16th; Emmaüs Connect's
digital workshop every Tuesday (8, 15, 22, 29); three Fresques du Climat on Thursday 17 evening (Tropisme, Triolet
campus, Nîmes); two job datings on Tuesday 22 morning (Nîmes, Alès) and the Ville de Nîmes' associations evening the
same day; the Réseau Cocagne's regional meeting and its Thau garden's open day on Thursday 24; URSCOP's breakfast and
Crealead's information meeting on Tuesday 15 morning; InterAMAP 34's forum and an AMAP's open distribution on Saturday
26; two ciné-débats of « Animal » on Tuesday 15 evening (Sète, Béziers); two disco soupes on Sunday 20 (Perpignan,
Narbonne); Montpellier Méditerranée Métropole's and the Ville de Montpellier's events on Monday 21."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-occitanie-openagenda", "compagnie-tiers-lieux-ical", "cress-occitanie-tableur")


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
def CONF(link): return f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{link}"


MTP, CASTELNAU, LATTES, PEROLS, GRABELS, JUVIGNAC, STJEAN = "34172", "34057", "34129", "34198", "34116", "34123", "34270"
NIMES, ALES, UZES, BAGNOLS = "30189", "30007", "30334", "30028"
BEZIERS, SETE, LODEVE, LUNEL = "34032", "34301", "34142", "34145"
PERPIGNAN, NARBONNE, CARCASSONNE, MENDE = "66136", "11262", "11069", "48095"

ZOOM_FAO = "https://us02web.zoom.us/j/84412307765?pwd=QWlyZGllT2NjaXRhbmll"
ZOOM_FAO_22 = "https://us02web.zoom.us/j/89977120034?pwd=RmluYW5jZXJBaXJkaWUy"
TEAMS_LMA = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TE1BT2NjaXRhbmllRmluYW5jZXI@thread.v2/0"
LIVESTORM_SCOP = "https://app.livestorm.co/les-scop-occitanie/reprendre-son-entreprise-en-scop"
ZOOM_CRESS = "https://us06web.zoom.us/j/87765432109"
ZOOM_CRESS_2 = "https://us06web.zoom.us/j/81122334455"
MEET_MIIMOSA = "https://meet.google.com/ulu-mimo-sao"
TEAMS_MACIF = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TWFjaWZPY2NpdGFuaWU@thread.v2/0"
ZOOM_CREDCOOP = "https://credit-cooperatif.zoom.us/j/96655443322"
JITSI_TL = "https://meet.jit.si/compagnie-tiers-lieux-gouvernance"
ZOOM_ADEME = "https://us02web.zoom.us/j/85500011122"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:La Compagnie des Tiers-Lieux - Mois de l'ESS 2022\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(2201), itertools.count(34001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Occitanie's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@compagnie-tierslieux.fr", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"OCC-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── regional, Hôtel de Région, online ─────────────────────────

HDR = P("Hôtel de Région Occitanie", "201 avenue de la Pompignane", "34000", "Montpellier", lat=43.6107, lng=3.8996)
HDR_A = A("Hôtel de Région Occitanie - Montpellier", "201 Avenue de la Pompignane", "34000", "Montpellier", insee=MTP,
          latitude=43.6107, longitude=3.8996)

# 1 the regional launch at the Hôtel de Région, Thursday 3 evening, four sources
plat("lancement", "Soirée de lancement du Mois de l'ESS en Occitanie", 3, "18:00", "21:00", "CRESS Occitanie", HDR,
     description="Lancement régional du Mois de l'ESS : table ronde, présentation du programme et cocktail solidaire.")
agenda("lancement", "Lancement régional du Mois de l'Économie Sociale et Solidaire 2022", [(3, "18:00", "21:30")],
       "Chambre Régionale de l'Économie Sociale et Solidaire d'Occitanie", HDR_A)
cal("lancement", "lancement-mois-ess-occitanie", SZ(3, "18:00"), EZ(3, "21:00"), SUM("C'est parti pour le Mois de l'ESS !"),
    LOC("Hôtel de Région, Montpellier"), ORG("CRESS Occitanie", "contact@cress-occitanie.org"))
form("lancement", "CRESS O", "Lancement MOIS ESS", 3, "soirée", "Hôtel de Région", "201 av. de la Pompignane", "34064",
     "Montpellier Cedex 2")

# 2 the CRESS's morning meeting of the networks the same day, same place
plat("cress-reseaux", "Rencontre régionale des têtes de réseau de l'ESS", 3, "09:30", "12:30", "CRESS Occitanie", HDR)
form("cress-reseaux", "CRESS Occitanie", "Rencontre têtes de réseau", 3, "matin", "Hôtel de Région", "", "34000", "Montpellier")

# 3 / 4 two financing webinars on Tuesday 8 at 10:00
plat("web-fao-8", "Webinaire : financer son projet ESS avec France Active", 8, "10:00", "11:30",
     "France Active Airdie-Occitanie", {"name": "En ligne"}, modality="En ligne",
     description=f"Prêts d'honneur, garanties, fonds propres : les outils de France Active. Lien Zoom : {ZOOM_FAO}")
agenda("web-fao-8", "Financer son projet de l'ESS : les solutions France Active (webinaire)", [(8, "10:00", "11:30")],
       "France Active Airdie-Occitanie", {}, mode=2, onlineAccessLink=ZOOM_FAO)
form("web-fao-8", "FAO", "Webinaire financement", 8, "10h", "", "", "", "", "En ligne")
cal("web-fao-8", "webinaire-france-active-0811", SZ(8, "10:00"), EZ(8, "11:30"), SUM("Webinaire France Active : financer son projet"),
    LOC("En ligne"), f"URL:{ZOOM_FAO}")
plat("web-lma-8", "Webinaire : diversifier les financements de son association", 8, "10:00", "11:30",
     "Le Mouvement associatif Occitanie", {"name": "Webinaire Teams", "address": TEAMS_LMA}, modality="En ligne")
form("web-lma-8", "LMA Occitanie", "Webinaire financement asso", 8, "matin", "", "", "", "Montpellier", "Visio")

# 5 France Active's same webinar again, Tuesday 22
agenda("web-fao-22", "Financer son projet de l'ESS : les solutions France Active (webinaire)", [(22, "10:00", "11:30")],
       "France Active Airdie-Occitanie", {}, mode=2, onlineAccessLink=ZOOM_FAO_22)
form("web-fao-22", "AIRDIE", "Webinaire financement", 22, "10h-11h30", "", "", "", "Montpellier", "En ligne")

# 6 URSCOP's webinar on taking over a company as a Scop, Thursday 17 at noon
plat("web-scop", "Reprendre une entreprise en Scop : mode d'emploi", 17, "12:30", "13:30", "Les Scop Occitanie",
     {"name": "En ligne"}, modality="En ligne", description=f"Webinaire Livestorm : {LIVESTORM_SCOP}")
cal("web-scop", "webinaire-reprise-scop", SZ(17, "12:30"), EZ(17, "13:30"), SUM("Webinaire - La reprise en Scop"),
    CONF(LIVESTORM_SCOP))
form("web-scop", "URSCOP", "Webinaire reprise", 17, "12h30", "", "", "", "Montpellier", "Webinaire")

# 7 the CRESS's recruiting webinar, Tuesday 15 afternoon
agenda("web-cress-emploi", "Recruter dans l'ESS : les aides à l'embauche décryptées", [(15, "14:00", "15:30")],
       "CRESS Occitanie", {}, mode=2, onlineAccessLink=ZOOM_CRESS)
form("web-cress-emploi", "CRESS O", "Webinaire emploi", 15, "après-midi", "", "", "", "", "Distanciel")

# 8 the CRESS's how-to on the Mois itself, Wednesday 2 (platform alone)
plat("web-cress-mois", "Participer au Mois de l'ESS : le webinaire des organisateurs", 2, "11:00", "12:00", "CRESS Occitanie",
     {"name": "En ligne"}, modality="En ligne", description=f"Zoom : {ZOOM_CRESS_2}")
form("web-cress-mois", "CRESS O", "Webinaire Mois ESS", 2, "11h", "", "", "", "", "En ligne")

# 9 MiiMOSA and Ulule's crowdfunding webinar, Wednesday 16 (each platform credits the other)
plat("web-crowd", "Financement participatif : réussir sa campagne de collecte", 16, "11:00", "12:00", "MiiMOSA",
     {"name": "En ligne"}, modality="En ligne")
agenda("web-crowd", "Webinaire crowdfunding : les clés d'une collecte réussie avec Ulule et MiiMOSA", [(16, "11:00", "12:00")],
       "Ulule", {}, mode=2, onlineAccessLink=MEET_MIIMOSA)
form("web-crowd", "Ulule / MiiMOSA", "Crowdfunding", 16, "11h", "", "", "", "", "Visio")

# 10 the MACIF's webinar on social innovation, Thursday 24
plat("web-macif", "Webinaire : l'innovation sociale au service des territoires", 24, "11:00", "12:00", "MACIF Occitanie",
     {"name": "En ligne"}, modality="En ligne", description=f"Inscription et lien Teams : {TEAMS_MACIF}")
agenda("web-macif", "L'innovation sociale dans les territoires ruraux (webinaire MACIF)", [(24, "11:00", "12:00")],
       "Fondation d'entreprise MACIF", {}, mode=2, onlineAccessLink=TEAMS_MACIF)
form("web-macif", "MACIF", "Webinaire innovation sociale", 24, "11h-12h", "Teams", "", "", "Montpellier", "Webinaire")

# 11 the Crédit Coopératif's evening webinar on solidarity savings, Tuesday 29
plat("web-credcoop", "Épargne solidaire : donner du sens à son argent", 29, "18:00", "19:00", "Crédit Coopératif",
     {"name": "En ligne"}, modality="En ligne")
cal("web-credcoop", "webinaire-epargne-solidaire", SF(29, "18:00"), EF(29, "19:00"), SUM("Épargne solidaire (webinaire)"),
    LOC("En ligne"), f"URL:{ZOOM_CREDCOOP}")
form("web-credcoop", "Crédit Coop", "Webinaire épargne", 29, "soirée", "", "", "", "", "En ligne")

# 12 the Compagnie des Tiers-Lieux' own webinar on governance, Monday 14 (calendar and form)
cal("web-tl-gouv", "webinaire-gouvernance-tiers-lieux", S(14, "14:00"), E(14, "16:00"),
    SUM("Gouvernance partagée dans les tiers-lieux : retours d'expérience"), LOC("Visio"), f"URL:{JITSI_TL}",
    ORG("La Compagnie des Tiers-Lieux", "contact@compagnie-tierslieux.fr"))
form("web-tl-gouv", "Cie des Tiers-Lieux", "Gouvernance partagée", 14, "14h-16h", "", "", "", "Montpellier", "Distanciel")

# 13 ADEME's webinar on the circular economy, Friday 18 (agenda and form)
agenda("web-ademe", "Économie circulaire : les aides de l'ADEME pour les structures de l'ESS", [(18, "10:00", "11:00")],
       "ADEME Occitanie", {}, mode=2, onlineAccessLink=ZOOM_ADEME)
form("web-ademe", "ADEME", "Webinaire économie circulaire", 18, "", "", "", "", "", "Webinaire")

# ───────────────────────── Montpellier, centre and quarters ─────────────────────────

TROPISME = P("Halle Tropisme", "121 rue Fontcouverte", "34070", "Montpellier", lat=43.6021, lng=3.8641)
TROPISME_A = A("Halle Tropisme", "121 Rue Fontcouverte", "34070", "Montpellier", insee=MTP, latitude=43.6021, longitude=3.8641)

# 14 / 15 Alter'Incub's morning workshop and afternoon talk at Halle Tropisme, Tuesday 8
plat("alterincub-atelier", "Atelier : de l'idée au projet d'innovation sociale", 8, "09:30", "12:30", "Alter'Incub Occitanie",
     TROPISME)
cal("alterincub-atelier", "alterincub-atelier-idee-projet", SU(8, "09:30"), EU(8, "12:30"),
    SUM("Atelier Alter'Incub : de l'idée au projet"), LOC("Halle Tropisme"))
form("alterincub-atelier", "Alter'Incub", "Atelier innovation sociale", 8, "matin", "Halle Tropisme", "121 rue Fontcouverte",
     "34070", "Montpellier")
plat("alterincub-conf", "Conférence : l'innovation sociale, un levier pour les territoires", 8, "14:00", "17:00",
     "Alter'Incub Occitanie", TROPISME)
agenda("alterincub-conf", "Innovation sociale et territoires : conférence-débat", [(8, "14:00", "17:00")], "Alter'Incub",
       TROPISME_A)
form("alterincub-conf", "Alter Incub", "Conférence ESS", 8, "après-midi", "Tropisme", "", "34070", "Montpellier")

# 16 / 17 / 18 three Fresques du Climat on Thursday 17 evening: Tropisme, the Triolet campus, Nîmes (below)
cal("fresque-tropisme", "fresque-climat-tropisme-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Climat"),
    LOC("Halle Tropisme, 121 rue Fontcouverte, 34070 Montpellier"))
plat("fresque-tropisme", "Atelier La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat", TROPISME)
form("fresque-tropisme", "Tropisme", "Fresque du climat", 17, "soirée", "Halle Tropisme", "", "34070", "Montpellier")
plat("fresque-um", "Fresque du Climat étudiante", 17, "18:00", "21:00", "Université de Montpellier",
     P("Campus Triolet - Bâtiment 36", "Place Eugène Bataillon", "34095", "Montpellier"))
form("fresque-um", "UM", "Fresque du Climat", 17, "18h-21h", "Campus Triolet", "Place Eugène Bataillon", "34095", "Montpellier")

# 19-23 the Vieux Biclou's self-repair bike workshop every Wednesday (2, 9, 16, 23, 30)
BICLOU = {f"2022-11-{d:02d}": f"biclou-{d}" for d in (2, 9, 16, 23, 30)}
f.in_calendar(BICLOU, "atelier-velo-vieux-biclou@compagnie-tierslieux.fr", S(2, "17:00"), E(2, "19:30"),
              "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5", SUM("Atelier d'autoréparation vélo"), LOC("Vieux Biclou, Montpellier"))
plat("biclou-9", "Atelier participatif : réparez vous-même votre vélo", 9, "17:00", "19:30", "Association Vieux Biclou",
     P("Vieux Biclou", "1 rue Armand Barbès", "34000", "Montpellier"))
form("biclou-16", "Vieux Biclou", "Atelier vélo", 16, "fin d'après-midi", "", "1 rue Armand Barbes", "34000", "Montpellier")
agenda("biclou-23", "Atelier d'autoréparation de vélos", [(23, "17:00", "19:30")], "Le Vieux Biclou",
       A("Vieux Biclou", "1 Rue Armand Barbès", "34000", "Montpellier", insee=MTP))

# 24 / 25 / 26 three repair cafés on Saturday 12 afternoon: Figuerolles, Celleneuve, Castelnau-le-Lez (below)
agenda("rc-figuerolles", "Repair Café de Figuerolles", [(12, "14:00", "17:30")], "Repair Café Montpellier",
       A("Maison pour tous Joseph Ricôme", "7 Rue Pagès", "34070", "Montpellier", insee=MTP))
form("rc-figuerolles", "Repair Café Mtp", "Repair café", 12, "après-midi", "MPT Ricôme", "7 rue Pagès", "34070", "Montpellier")
plat("rc-celleneuve", "Repair café : on répare ensemble !", 12, "14:00", "17:00", "Repair Café Montpellier",
     P("Maison pour tous Albertine Sarrazin", "2 place Mauricette Beaussier", "34080", "Montpellier"))
cal("rc-celleneuve", "repair-cafe-celleneuve-1211", SF(12, "14:00"), EF(12, "17:00"), SUM("Repair Café Celleneuve"),
    LOC("Celleneuve, Montpellier"))

# 27 / 28 two repair cafés on Saturday 26 afternoon: Boutonnet and Juvignac (below)
agenda("rc-boutonnet", "Repair Café Boutonnet", [(26, "14:00", "17:00")], "Repair Café Montpellier",
       A("Maison pour tous Voltaire", "3 Rue Voltaire", "34000", "Montpellier", insee=MTP))
form("rc-boutonnet", "Repair Café Montpellier", "Repair Café", 26, "", "Maison pour tous Voltaire", "", "34000", "Montpellier")

# 29-32 Emmaüs Connect's digital workshop every Tuesday afternoon (8, 15, 22, 29)
EC = P("Emmaüs Connect Montpellier", "10 rue des Balances", "34000", "Montpellier")
plat("ec-8", "Atelier numérique : premiers pas sur smartphone", 8, "14:00", "16:00", "Emmaüs Connect", EC)
plat("ec-22", "Atelier numérique : premiers pas sur smartphone", 22, "14:00", "16:00", "Emmaüs Connect", EC)
form("ec-15", "Emmaüs", "Atelier numérique", 15, "après-midi", "Emmaüs Connect", "10 rue des Balances", "34000", "Montpellier")
form("ec-29", "Emmaüs Connect", "Atelier numerique smartphone", 29, "", "", "10 rue des balances", "34000", "MONTPELLIER")
agenda("ec-22", "Atelier d'initiation au smartphone", [(22, "14:00", "16:00")], "Emmaüs Connect Montpellier",
       A("Emmaüs Connect", "10 rue des Balances", "34000", "Montpellier", insee=MTP))

# 33 / 34 Paul-Valéry's morning workshop and afternoon round table, Wednesday 16
UPV = P("Université Paul-Valéry Montpellier 3", "Route de Mende", "34090", "Montpellier")
UPV_A = A("Université Paul-Valéry - Site Saint-Charles", "Route de Mende", "34090", "Montpellier", insee=MTP)
plat("upv-atelier", "Atelier : valoriser son parcours pour travailler dans l'ESS", 16, "10:00", "12:00",
     "Université Paul-Valéry Montpellier 3", UPV)
form("upv-atelier", "UPVM3", "Atelier CV ESS", 16, "matin", "Université Paul Valéry", "Route de Mende", "34199",
     "Montpellier Cedex 5")
agenda("upv-tr", "Table ronde : les métiers de l'économie sociale et solidaire", [(16, "14:00", "16:30")],
       "Université Paul-Valéry - Bureau d'aide à l'insertion professionnelle", UPV_A)
plat("upv-tr", "Table ronde « Travailler dans l'ESS »", 16, "14:00", "16:30", "Université Paul-Valéry Montpellier 3", UPV)
form("upv-tr", "Paul Valéry", "Table ronde métiers ESS", 16, "après-midi", "Amphi A", "", "34090", "Montpellier")

# 35 the metropolis' ESS trophies at the Hôtel de Métropole, Monday 21 evening
plat("3m-trophees", "Trophées de l'ESS de Montpellier Méditerranée Métropole", 21, "18:30", "21:00",
     "Montpellier Méditerranée Métropole", P("Hôtel de Métropole", "50 place Zeus", "34000", "Montpellier"))
agenda("3m-trophees", "Remise des Trophées métropolitains de l'ESS 2022", [(21, "18:30", "21:00")],
       "Montpellier Méditerranée Métropole", A("Hôtel de Métropole", "50 Place Zeus", "34000", "Montpellier", insee=MTP))
form("3m-trophees", "3M", "Trophées ESS", 21, "18h30", "Hôtel de Métropole", "50 place Zeus", "34961", "Montpellier cedex 2")

# 36 the Ville de Montpellier's associations' morning the same Monday, Espace Martin Luther King
plat("mtp-assos", "Matinale de la vie associative montpelliéraine", 21, "09:00", "12:00", "Ville de Montpellier",
     P("Espace Martin Luther King", "27 boulevard Louis Blanc", "34000", "Montpellier"))
form("mtp-assos", "Mairie de Montpellier", "Matinale vie associative", 21, "matin", "Espace MLK", "27 bd Louis Blanc", "34000",
     "Montpellier")
agenda("mtp-assos", "La Matinale des associations", [(21, "09:00", "12:00")], "Ville de Montpellier - Maison de la démocratie",
       A("Espace Martin Luther King", "27 Boulevard Louis Blanc", "34000", "Montpellier", insee=MTP))

# 37 Crealead's information meeting on Tuesday 15 morning, 38 URSCOP's breakfast the same morning
plat("crealead", "Réunion d'information : entreprendre en coopérative d'activités et d'emploi", 15, "09:30", "11:30",
     "Crealead", P("Crealead", "14 rue du Pont de Lattes", "34070", "Montpellier"))
form("crealead", "URSCOP", "Réunion info CAE", 15, "9h30", "Crealead", "14 rue du Pont de Lattes", "34070", "Montpellier")
agenda("urscop-pdj", "Petit-déjeuner : transmettre son entreprise à ses salariés", [(15, "08:30", "10:30")],
       "Union régionale des Scop et Scic d'Occitanie", A("Cap Omega", "Rond-point Benjamin Franklin", "34000", "Montpellier",
                                                           insee=MTP))
form("urscop-pdj", "URSCOP Occitanie", "Petit déj transmission", 15, "8h30-10h30", "Cap Omega", "", "34000", "Montpellier")

# 39 an afterwork of the young ESS professionals at the Gazette Café, Thursday 10
plat("afterwork-mtp", "Afterwork des jeunes de l'ESS", 10, "18:30", "21:00", "Jeun'ESS Occitanie",
     P("Gazette Café", "6 rue Levat", "34000", "Montpellier"))
cal("afterwork-mtp", "afterwork-jeuness-1011", SU(10, "18:30"), SUM("Afterwork ESS"), LOC("Gazette Café"))
form("afterwork-mtp", "CRESS O", "Afterwork jeunes ESS", 10, "18h30", "La Gazette", "6 rue Levat", "34000", "Montpellier")

# 40 the solidarity Christmas market on the Esplanade, Saturday 26 and Sunday 27
plat("noel-mtp", "Marché de Noël solidaire et équitable", 26, "10:00", "19:00", "Artisans du Monde Montpellier",
     P("Esplanade Charles-de-Gaulle", "Esplanade Charles-de-Gaulle", "34000", "Montpellier"), day2=27)
agenda("noel-mtp", "Le marché de Noël du commerce équitable", [(26, "10:00", "19:00"), (27, "10:00", "18:00")],
       "Artisans du Monde", A("Esplanade Charles de Gaulle", "Esplanade Charles de Gaulle", "34000", "Montpellier", insee=MTP))
form("noel-mtp", "ADM Montpellier", "Marché de Noël solidaire", "du 26 au 27 novembre", "journée", "Esplanade", "", "34000",
     "Montpellier")
cal("noel-mtp", "marche-noel-equitable-mtp", SD(26), ED(27), SUM("Marché de Noël équitable"), LOC("Esplanade Charles-de-Gaulle, Montpellier"))

# 41 InterAMAP 34's forum at the Corum, Saturday 26, and 42 an AMAP's open distribution the same morning
plat("amap-forum", "Forum des AMAP de l'Hérault : manger local et solidaire", 26, "10:00", "16:00",
     "Réseau des AMAP Occitanie", P("Le Corum", "Esplanade Charles-de-Gaulle", "34000", "Montpellier"))
agenda("amap-forum", "Forum InterAMAP 34", [(26, "10:00", "16:00")], "InterAMAP 34",
       A("Le Corum - Salle Einstein", "Esplanade Charles de Gaulle", "34000", "Montpellier", insee=MTP))
form("amap-forum", "InterAMAP 34", "Forum des AMAP", 26, "Toute la journée", "Corum", "", "34000", "Montpellier")
plat("amap-beauxarts", "Distribution portes ouvertes de l'AMAP des Beaux-Arts", 26, "10:00", "12:00", "AMAP des Beaux-Arts",
     P("Place Pierre Renaudel", "Place Pierre Renaudel", "34000", "Montpellier"))
form("amap-beauxarts", "InterAMAP 34", "Distribution découverte", 26, "matin", "Place Renaudel", "", "34000", "Montpellier")

# 43 the Marcel Pagnol house's zero-waste afternoon, Saturday 19 (agenda and form)
agenda("pagnol-zd", "Après-midi zéro déchet : fabriquer ses produits ménagers", [(19, "14:00", "17:00")],
       "Maison pour tous Marcel Pagnol", A("Maison pour tous Marcel Pagnol", "64 Route de Lavérune", "34070", "Montpellier",
                                           insee=MTP))
form("pagnol-zd", "MPT Pagnol", "Atelier zéro déchet", 19, "après-midi", "", "64 route de Laverune", "34070", "Montpellier")

# 44 the Triolet campus' forum of student associations, Thursday 10 (platform alone)
plat("um-forum", "Forum des associations étudiantes engagées", 10, "11:00", "15:00", "Université de Montpellier",
     P("Campus Triolet", "Place Eugène Bataillon", "34095", "Montpellier"))

# 45 La Mutualité Française's conference at the Corum, Tuesday 29
plat("mutualite", "Conférence : la santé, un bien commun", 29, "17:30", "19:30", "Mutualité Française Occitanie",
     P("Le Corum", "Esplanade Charles-de-Gaulle", "34000", "Montpellier"))
agenda("mutualite", "La santé, un bien commun ? Conférence de la Mutualité", [(29, "17:30", "19:30")],
       "Mutualité Française Occitanie", A("Corum - Salle Rondelet", "Esplanade Charles-de-Gaulle", "34000", "Montpellier",
                                           insee=MTP))
form("mutualite", "MFO", "Conférence santé", 29, "17h30", "Le Corum", "", "34000", "Montpellier")

# 46 Halle Tropisme's open evening for the tiers-lieux, Friday 25 (calendar alone)
cal("tropisme-soiree", "soiree-tiers-lieux-tropisme", S(25, "19:00"), E(25, "23:00"),
    SUM("Soirée des tiers-lieux d'Occitanie"), LOC("Halle Tropisme"))

# 47 the Ressourcerie Montpellier's clothes swap, Sunday 6 (platform and form)
plat("troc-fringues", "Troc de vêtements solidaire", 6, "10:00", "13:00", "La Ressourcerie Montpellier",
     P("Ressourcerie de Montpellier", "2 rue des Avants", "34070", "Montpellier"))
form("troc-fringues", "Ressourcerie Mtp", "Troc fringues", 6, "10h", "", "2 rue des Avant", "34000", "Montpellier")

# 48 Dans le Genre Égales' talk on women in the ESS, Tuesday 22 evening
agenda("egalite-mtp", "Les femmes dans l'ESS : plafond de verre ou tremplin ?", [(22, "18:00", "20:00")],
       "Le Mouvement associatif Occitanie", A("Espace Martin Luther King", "27 Boulevard Louis Blanc", "34000", "Montpellier",
                                               insee=MTP))
form("egalite-mtp", "LMA Occitanie", "Conférence femmes ESS", 22, "18h", "Espace Martin Luther King", "", "34000",
     "Montpellier")

# 49 the Banque alimentaire's collection day, Friday 25 (platform and a date-only calendar naming the town alone)
plat("banque-alim", "Collecte nationale de la Banque alimentaire", 25, "09:00", "19:00", "Banque Alimentaire de l'Hérault",
     P("Carrefour Lattes", "Route de la Foire", "34970", "Lattes"))
cal("banque-alim", "collecte-banque-alimentaire-34", SD(25), ED(25), SUM("Grande collecte Banque alimentaire"), LOC("Lattes"))

# ───────────────────────── the metropolis ─────────────────────────

# 50 Castelnau-le-Lez's repair café, Saturday 12 afternoon
plat("rc-castelnau", "Repair Café de Castelnau-le-Lez", 12, "14:00", "17:00", "Repair Café Castelnau",
     P("Maison des associations", "28 rue Jules Ferry", "34170", "Castelnau-le-Lez"))
form("rc-castelnau", "Repair Café Castelnau", "Repair Café", 12, "14h-17h", "Maison des associations", "28 rue Jules Ferry",
     "34170", "Castelnau le Lez")

# 51 Juvignac's repair café, Saturday 26 afternoon
plat("rc-juvignac", "Repair café juvignacois", 26, "14:00", "17:30", "Mairie de Juvignac",
     P("Salle des fêtes", "Place du Soleil", "34990", "Juvignac"))
cal("rc-juvignac", "repair-cafe-juvignac-2611", SZ(26, "14:00"), EZ(26, "17:30"), SUM("Repair Café - Juvignac"),
    LOC("Juvignac"))

# 52 Castelnau-le-Lez's ESS business breakfast, Friday 18 morning
agenda("castelnau-pdj", "Petit-déjeuner des entreprises de l'ESS castelnauviennes", [(18, "08:30", "10:00")],
       "Ville de Castelnau-le-Lez", A("Hôtel de ville de Castelnau-le-Lez", "2 rue de la Crouzette", "34170",
                                       "Castelnau-le-Lez", insee=CASTELNAU))
form("castelnau-pdj", "Mairie Castelnau", "Petit déjeuner ESS", 18, "8h30", "Mairie", "", "34170", "Castelnau-le-Lez")

# 53 Lattes' job forum of the integration companies, Thursday 24
plat("lattes-iae", "Forum de l'insertion par l'activité économique", 24, "09:00", "13:00", "Montpellier Méditerranée Métropole",
     P("Salle Lattara", "Avenue de Montpellier", "34970", "Lattes"))
agenda("lattes-iae", "Forum emploi IAE : rencontrez les SIAE de la Métropole", [(24, "09:00", "13:00")],
       "Maison de l'Emploi Montpellier Métropole", A("Salle Lattara", "Avenue de Montpellier", "34970", "Lattes",
                                                      insee=LATTES))
form("lattes-iae", "3M", "Forum IAE", 24, "matin", "Salle Lattara", "", "34970", "LATTES")

# 54 Pérols' bike workshop on Wednesday 16 (look-alike of the Vieux Biclou's)
agenda("velo-perols", "Atelier réparation vélo", [(16, "17:00", "19:00")], "Vélocité Grand Montpellier",
       A("Espace Yves Abric", "Rue Yves Abric", "34470", "Pérols", insee=PEROLS))
form("velo-perols", "Vélocité GM", "Atelier vélo", 16, "17h-19h", "Espace Yves Abric", "", "34470", "Perols")

# 55 Grabels' disco soupe at the weekly market, Sunday 13
plat("grabels-disco", "Disco soupe anti-gaspi au marché", 13, "10:00", "13:00", "Mairie de Grabels",
     P("Place du marché", "Place Jean Jaurès", "34790", "Grabels"))
form("grabels-disco", "Ville de Grabels", "Disco soupe", 13, "matin", "Marché", "", "34790", "Grabels")

# 56 Saint-Jean-de-Védas' tiers-lieu: a circular economy talk, Thursday 24 evening (calendar and platform)
cal("stjean-circ", "conference-economie-circulaire-stjean", S(24, "18:30"), E(24, "20:30"),
    SUM("Conférence : l'économie circulaire près de chez vous"), LOC("La Fabrique, Saint-Jean-de-Védas"))
plat("stjean-circ", "L'économie circulaire près de chez vous", 24, "18:30", "20:30", "La Fabrique tiers-lieu",
     P("La Fabrique", "12 rue de la Capucière", "34430", "Saint-Jean-de-Védas"))

# 57 Juvignac's Mois de l'ESS exhibition at the médiathèque, Tuesday 8 to Saturday 19 (agenda and form)
agenda("juvignac-expo", "Exposition : l'ESS, qu'est-ce que c'est ?", [(8, "10:00", "18:00")],
       "Médiathèque de Juvignac", A("Médiathèque Théodore Monod", "Allée de la Source", "34990", "Juvignac", insee=JUVIGNAC))
form("juvignac-expo", "Médiathèque Juvignac", "Expo ESS", 8, "", "Médiathèque", "", "34990", "Juvignac")

# 58 Castelnau-le-Lez' ressourcerie open day, Saturday 5
plat("castelnau-ressourcerie", "Portes ouvertes de la ressourcerie", 5, "10:00", "17:00", "Ressourcerie Castelnau",
     P("Ressourcerie", "215 avenue de l'Europe", "34170", "Castelnau-le-Lez"))
agenda("castelnau-ressourcerie", "La ressourcerie ouvre ses portes", [(5, "10:00", "17:00")], "Ressourcerie de Castelnau",
       A("Ressourcerie", "215 Avenue de l'Europe", "34170", "Castelnau-le-Lez", insee=CASTELNAU))
cal("castelnau-ressourcerie", "po-ressourcerie-castelnau", SD(5), SUM("Portes ouvertes Ressourcerie Castelnau"),
    LOC("Castelnau-le-Lez"))

# ───────────────────────── Nîmes ─────────────────────────

# 59 Nîmes Métropole's job dating, Tuesday 22 morning (the form credits the town)
plat("jd-nimes", "Job dating de l'économie sociale et solidaire", 22, "09:00", "12:30", "Nîmes Métropole",
     P("Le Colisée", "3 rue du Colisée", "30000", "Nîmes"))
agenda("jd-nimes", "Job Dating ESS : 40 offres à pourvoir", [(22, "09:00", "12:30")], "Nîmes Métropole - Direction de l'emploi",
       A("Colisée - Nîmes Métropole", "3 Rue du Colisée", "30000", "Nîmes", insee=NIMES))
form("jd-nimes", "Ville de Nîmes", "Job dating", 22, "matin", "Colisée", "3 rue du Colisée", "30947", "Nîmes cedex 9")

# 60 the Ville de Nîmes' associations evening, the same Tuesday
plat("nimes-assos", "Soirée de la vie associative nîmoise", 22, "18:30", "21:00", "Ville de Nîmes",
     P("Hôtel de Ville", "Place de l'Hôtel de Ville", "30000", "Nîmes"))
form("nimes-assos", "Mairie de Nîmes", "Soirée des associations", 22, "18h30", "Hôtel de ville", "", "30000", "Nimes")

# 61 the Fresque du Climat in Nîmes, Thursday 17 evening
agenda("fresque-nimes", "Fresque du Climat - Nîmes", [(17, "18:30", "21:30")], "La Fresque du Climat",
       A("Le Hangar", "5 Rue Pierre Semard", "30000", "Nîmes", insee=NIMES))
cal("fresque-nimes", "fresque-climat-hangar-nimes", S(17, "18:30"), E(17, "21:30"), SUM("Fresque du climat au Hangar"),
    LOC("Le Hangar, Nîmes"))

# 62 Unîmes' talk on social entrepreneurship, Monday 7
plat("unimes", "Conférence : entreprendre autrement, l'entrepreneuriat social", 7, "14:00", "16:00", "Université de Nîmes",
     P("Université de Nîmes - site Vauban", "Rue du Docteur Georges Salan", "30000", "Nîmes"))
form("unimes", "UNIMES", "Conférence entrepreneuriat social", 7, "14h", "Site Vauban", "", "30021", "Nîmes Cedex 1")

# 63 France Active Airdie-Occitanie's permanence in Nîmes, Wednesday 9 (agenda and form)
agenda("fao-nimes", "Permanence France Active : faire financer son projet", [(9, "09:30", "12:30")],
       "France Active Airdie-Occitanie", A("Pépinière Nîmes Métropole", "1 rue Alfred Nobel", "30000", "Nîmes", insee=NIMES))
form("fao-nimes", "FAO", "Permanence financement", 9, "matin", "Pépinière", "1 rue Alfred Nobel", "30900", "Nîmes")

# 64 the Nîmes ressourcerie's upcycling workshop, Saturday 19 afternoon
plat("nimes-upcycling", "Atelier upcycling : relooker un meuble", 19, "14:00", "17:00", "Ressourcerie Nîmoise",
     P("La Ressourcerie nîmoise", "Chemin de Saint-Gilles", "30900", "Nîmes"))
agenda("nimes-upcycling", "Relooking de meubles à la ressourcerie", [(19, "14:00", "17:00")], "Ressourcerie Nîmoise",
       A("Ressourcerie", "Chemin de Saint-Gilles", "30900", "Nîmes", insee=NIMES))
form("nimes-upcycling", "La Ressourcerie Nimoise", "Atelier upcycling", 19, "", "", "chemin de St Gilles", "30900", "Nîmes")

# 65 Envie Gard's open day, Thursday 10
plat("envie-gard", "Portes ouvertes d'Envie Gard : l'électroménager reconditionné", 10, "10:00", "16:00", "Envie Gard",
     P("Envie Gard", "1040 avenue Joliot-Curie", "30900", "Nîmes"))
cal("envie-gard", "portes-ouvertes-envie-gard", SZ(10, "10:00"), EZ(10, "16:00"), SUM("Portes ouvertes Envie"),
    LOC("Nîmes"))
form("envie-gard", "ENVIE", "Portes ouvertes", 10, "journée", "", "1040 av Joliot Curie", "30900", "Nîmes")

# 66 the Gard's social entrepreneurs' prize at Nîmes Métropole, Thursday 24 evening
agenda("nm-prix", "Prix de l'initiative solidaire de Nîmes Métropole", [(24, "18:00", "20:30")], "Nîmes Métropole",
       A("Le Colisée", "3 Rue du Colisée", "30000", "Nîmes", insee=NIMES))
form("nm-prix", "Nimes Metropole", "Prix initiative solidaire", 24, "soirée", "Colisée", "", "30000", "Nîmes")

# 67 the Secours populaire's solidarity brunch, Sunday 27 (platform alone)
plat("nimes-brunch", "Brunch solidaire", 27, "11:00", "14:00", "Secours populaire du Gard",
     P("Salle Jean Jaurès", "Rue Jean Jaurès", "30000", "Nîmes"))

# 68 URSCOP's workshop on Scic in Nîmes, Thursday 3 afternoon (form and calendar)
cal("urscop-scic-nimes", "atelier-scic-nimes", SU(3, "14:00"), EU(3, "17:00"), SUM("Créer une SCIC : atelier pratique"),
    LOC("Le Hangar, Nîmes"))
form("urscop-scic-nimes", "URSCOP", "Atelier SCIC", 3, "14h-17h", "Le Hangar", "5 rue Pierre Sémard", "30000", "Nîmes")

# ───────────────────────── Alès, Uzès, Bagnols-sur-Cèze ─────────────────────────

# 69 Alès Agglomération's job dating, Tuesday 22 morning
plat("jd-ales", "Job dating ESS d'Alès Agglomération", 22, "09:00", "12:00", "Alès Agglomération",
     P("Pôle culturel et scientifique de Rochebelle", "155 faubourg de Rochebelle", "30100", "Alès"))
form("jd-ales", "Alès Agglo", "Job dating", 22, "matin", "Rochebelle", "", "30100", "Alès")
agenda("jd-ales", "Job dating : les structures de l'ESS recrutent", [(22, "09:00", "12:00")], "Alès Agglomération - Maison de l'emploi",
       A("Pôle culturel et scientifique", "155 Faubourg de Rochebelle", "30100", "Alès", insee=ALES))

# 70 IMT Mines Alès' social innovation hackathon, Friday 18 and Saturday 19
plat("imt-hackathon", "Hackathon de l'innovation sociale", 18, "09:00", "18:00", "IMT Mines Alès",
     P("IMT Mines Alès", "6 avenue de Clavières", "30100", "Alès"), day2=19)
agenda("imt-hackathon", "Hackathon innovation sociale et territoire", [(18, "09:00", "18:00"), (19, "09:00", "17:00")],
       "IMT Mines Alès - Incubateur", A("IMT Mines Alès", "6 Avenue de Clavières", "30100", "Alès", insee=ALES))
form("imt-hackathon", "Ecole des Mines d'Alès", "Hackathon", "18/11/2022", "", "Mines Alès", "6 avenue de Clavières", "30319",
     "Alès cedex")

# 71 Alès' ressourcerie's repair workshop, Saturday 5 morning, and 72 its talk the same afternoon
RESSO_ALES = P("Ressourcerie des Cévennes", "12 rue Jules Guesde", "30100", "Alès")
plat("ales-atelier", "Atelier réparation de petit électroménager", 5, "09:30", "12:00", "Ressourcerie des Cévennes", RESSO_ALES)
form("ales-atelier", "Ressourcerie des Cevennes", "Atelier réparation", 5, "matin", "", "12 rue Jules Guesde", "30100", "Ales")
agenda("ales-conf", "Le réemploi, une économie d'avenir pour les Cévennes", [(5, "14:30", "16:30")],
       "Ressourcerie des Cévennes", A("Ressourcerie des Cévennes", "12 Rue Jules Guesde", "30100", "Alès", insee=ALES))
form("ales-conf", "Ressourcerie des Cévennes", "Conférence réemploi", 5, "après-midi", "", "12 rue Jules Guesde", "30100", "Alès")

# 73 Uzès' local currency evening, Friday 25
plat("uzes-monnaie", "Soirée découverte de la monnaie locale La Luciole", 25, "18:30", "20:30", "Association La Luciole",
     P("Salle de l'Évêché", "Place de l'Évêché", "30700", "Uzès"))
cal("uzes-monnaie", "soiree-monnaie-locale-uzes", S(25, "18:30"), E(25, "20:30"), SUM("Monnaie locale : soirée découverte"),
    LOC("Uzès"))
form("uzes-monnaie", "La Luciole", "Soirée monnaie locale", 25, "18h30", "Évêché", "", "30700", "Uzes")

# 74 Bagnols-sur-Cèze' social and solidarity forum, Saturday 19
plat("bagnols-forum", "Forum de l'économie sociale et solidaire du Gard rhodanien", 19, "09:30", "17:00",
     "Agglomération du Gard rhodanien", P("Espace Saint-Gilles", "Avenue de la Mayre", "30200", "Bagnols-sur-Cèze"))
agenda("bagnols-forum", "Forum ESS Gard rhodanien", [(19, "09:30", "17:00")], "Communauté d'agglomération du Gard rhodanien",
       A("Espace Saint-Gilles", "Avenue de la Mayre", "30200", "Bagnols-sur-Cèze", insee=BAGNOLS))
form("bagnols-forum", "Agglo Gard Rhodanien", "Forum ESS", 19, "Toute la journée", "Espace St Gilles", "", "30200",
     "Bagnols sur Cèze")

# 75 Uzès' AMAP farm visit, Saturday 12 morning (form alone)
form("uzes-amap", "AMAP de l'Uzège", "Visite de ferme", 12, "matin", "Mas des Garrigues", "", "30700", "Uzès")

# ───────────────────────── Béziers, Sète, Lodève, Lunel ─────────────────────────

# 76 / 77 two ciné-débats of « Animal » on Tuesday 15 evening: Sète and Béziers
plat("cine-sete", "Ciné-débat « Animal » de Cyril Dion", 15, "20:00", "22:30", "Colibris Sète",
     P("Cinéma Le Comoedia", "Place Aristide Briand", "34200", "Sète"))
form("cine-sete", "Colibris Sete", "Ciné débat Animal", 15, "20h", "Comoedia", "", "34200", "Sète")
agenda("cine-sete", "Ciné-rencontre : Animal, de Cyril Dion", [(15, "20:00", "22:30")], "Colibris - groupe local de Sète",
       A("Cinéma Comoedia", "Place Aristide Briand", "34200", "Sète", insee=SETE))
agenda("cine-beziers", "Projection-débat : Animal", [(15, "20:00", "22:30")], "Alternatiba Béziers",
       A("Cinéma Le Vénus", "Avenue Wilson", "34500", "Béziers", insee=BEZIERS))
form("cine-beziers", "Alternatiba", "Ciné débat Animal", 15, "soirée", "Cinéma Vénus", "", "34500", "Béziers")

# 78 the Réseau Cocagne's regional meeting, Thursday 24, and 79 the Thau garden's open day the same day
plat("cocagne-reseau", "Rencontre régionale des Jardins de Cocagne d'Occitanie", 24, "09:30", "16:30", "Réseau Cocagne",
     P("Maison des agriculteurs", "Mas de Saporta", "34970", "Lattes"))
agenda("cocagne-reseau", "Journée régionale du Réseau Cocagne : l'insertion par le maraîchage bio", [(24, "09:30", "16:30")],
       "Réseau Cocagne", A("Mas de Saporta - Maison des agriculteurs", "Mas de Saporta", "34970", "Lattes", insee=LATTES))
plat("cocagne-thau", "Portes ouvertes des Jardins de Cocagne de Thau", 24, "10:00", "16:00", "Jardins de Cocagne de Thau",
     P("Jardins de Cocagne de Thau", "Chemin de la Mourre", "34200", "Sète"))
cal("cocagne-thau", "portes-ouvertes-cocagne-thau", SZ(24, "10:00"), EZ(24, "16:00"), SUM("Portes ouvertes au jardin"),
    LOC("Jardins de Cocagne de Thau, Sète"))
form("cocagne-thau", "Réseau Cocagne", "Portes ouvertes", 24, "journée", "Jardin de Cocagne", "Chemin de la Mourre", "34200",
     "Sète")

# 80 Sète's médiathèque: a zero-waste family workshop, Wednesday 9
agenda("sete-zd", "Atelier famille zéro déchet", [(9, "14:30", "16:30")], "Médiathèque François Mitterrand",
       A("Médiathèque François Mitterrand", "Boulevard Danielle Casanova", "34200", "Sète", insee=SETE))
form("sete-zd", "Sète Agglopôle Méditerranée", "Atelier zéro déchet", 9, "14h30", "Médiathèque Mitterrand", "", "34200",
     "Sete")

# 81 the Sète tiers-lieu La Palanquée's open evening, Friday 4 (calendar and platform)
cal("palanquee", "soiree-ouverte-la-palanquee", SF(4, "18:00"), EF(4, "22:00"), SUM("Soirée portes ouvertes La Palanquée"),
    LOC("La Palanquée"))
plat("palanquee", "La Palanquée ouvre ses portes : soirée découverte du tiers-lieu", 4, "18:00", "22:00", "La Palanquée",
     P("La Palanquée", "8 quai de la Résistance", "34200", "Sète"))
form("palanquee", "Cie des Tiers-Lieux", "Portes ouvertes tiers-lieu", 4, "soirée", "La Palanquée", "8 quai de la Résistance",
     "34200", "Sète")

# 82 Béziers' ESS fair at the Palais des congrès, Saturday 12
plat("beziers-salon", "Salon de l'ESS du Biterrois", 12, "10:00", "18:00", "Béziers Méditerranée",
     P("Palais des congrès", "29 avenue Saint-Saëns", "34500", "Béziers"))
agenda("beziers-salon", "Salon de l'économie sociale et solidaire du Biterrois", [(12, "10:00", "18:00")],
       "Communauté d'agglomération Béziers Méditerranée", A("Palais des Congrès", "29 Avenue Saint-Saëns", "34500", "Béziers",
                                                              insee=BEZIERS))
form("beziers-salon", "Agglo Béziers", "Salon ESS", 12, "10h-18h", "Palais des Congrès", "29 av Saint Saens", "34500",
     "BEZIERS")
cal("beziers-salon", "salon-ess-biterrois", SD(12), SUM("Salon ESS Béziers"), LOC("Béziers"))

# 83 Béziers' CCI breakfast on social entrepreneurship, Tuesday 29 (form alone)
form("beziers-cci", "CCI", "Petit déjeuner entrepreneuriat social", 29, "8h", "CCI Hérault", "26 allées Paul Riquet", "34500",
     "Béziers")

# 84 Lodève's tiers-lieu: a café-débat on the rural ESS, Thursday 17 (calendar and form, same evening as the fresques)
cal("lodeve-cafe", "cafe-debat-ess-rurale-lodeve", S(17, "18:30"), E(17, "20:30"), SUM("Café-débat : l'ESS en milieu rural"),
    LOC("La Manufacture, Lodève"))
form("lodeve-cafe", "La Manufacture", "Café débat ESS rurale", 17, "18h30", "Tiers-lieu La Manufacture", "", "34700",
     "Lodève")

# 85 Lodève's Emmaüs community open sale, Saturday 19
plat("emmaus-lodeve", "Grande vente solidaire d'Emmaüs", 19, "09:00", "17:00", "Emmaüs Lodève",
     P("Communauté Emmaüs", "Route de Clermont", "34700", "Lodève"))
form("emmaus-lodeve", "Emmaüs", "Vente solidaire", 19, "journée", "Communauté", "Route de Clermont", "34700", "Lodève")

# 86 Lunel's associations' forum on volunteering, Saturday 5
plat("lunel-benevolat", "Forum du bénévolat", 5, "10:00", "17:00", "Ville de Lunel",
     P("Espace Louis Feuillade", "111 rue Louis Feuillade", "34400", "Lunel"))
agenda("lunel-benevolat", "Forum du bénévolat et de l'engagement", [(5, "10:00", "17:00")], "Mairie de Lunel",
       A("Espace Feuillade", "111 Rue Louis Feuillade", "34400", "Lunel", insee=LUNEL))
form("lunel-benevolat", "Ville de Lunel", "Forum bénévolat", 5, "", "Espace Feuillade", "", "34400", "Lunel")

# 87 Lunel's « Pays de Lunel » jobs afternoon, Monday 14 (platform and form)
plat("lunel-emploi", "Après-midi de l'emploi solidaire", 14, "14:00", "17:00", "Communauté de communes du Pays de Lunel",
     P("Maison de l'emploi", "150 avenue des Abrivados", "34400", "Lunel"))
form("lunel-emploi", "CCPL", "Emploi solidaire", 14, "après-midi", "Maison de l'emploi", "", "34400", "Lunel")

# ───────────────────────── Perpignan ─────────────────────────

HOTEL_AGGLO_PMM = P("Hôtel d'agglomération", "11 boulevard Saint-Assiscle", "66000", "Perpignan")
HOTEL_AGGLO_PMM_A = A("Hôtel d'Agglomération Perpignan Méditerranée", "11 Boulevard Saint-Assiscle", "66000", "Perpignan",
                      insee=PERPIGNAN)

# 88 / 89 Perpignan Méditerranée Métropole's morning workshop and afternoon talk, Thursday 10
plat("pmm-atelier", "Atelier : créer son activité dans l'ESS", 10, "09:30", "12:00", "Perpignan Méditerranée Métropole",
     HOTEL_AGGLO_PMM)
form("pmm-atelier", "PMM", "Atelier création ESS", 10, "matin", "Hôtel d'agglo", "11 bd St Assiscle", "66000", "Perpignan")
agenda("pmm-conf", "Conférence : l'ESS, moteur du développement territorial catalan", [(10, "14:00", "16:30")],
       "Perpignan Méditerranée Métropole", HOTEL_AGGLO_PMM_A)
plat("pmm-conf", "Conférence ESS et territoire", 10, "14:00", "16:30", "Perpignan Méditerranée Métropole", HOTEL_AGGLO_PMM)
form("pmm-conf", "Mairie de Perpignan", "Conférence ESS", 10, "après-midi", "", "11 boulevard Saint-Assiscle", "66000",
     "Perpignan")

# 90 UPVD's student social entrepreneurship day, Wednesday 23
plat("upvd", "Journée de l'entrepreneuriat social étudiant", 23, "09:00", "17:00", "Université de Perpignan Via Domitia",
     P("Université de Perpignan", "52 avenue Paul Alduy", "66100", "Perpignan"))
agenda("upvd", "Entreprendre pour l'impact : journée étudiante", [(23, "09:00", "17:00")], "UPVD - Pépite",
       A("UPVD - Campus Moulin à Vent", "52 Avenue Paul Alduy", "66100", "Perpignan", insee=PERPIGNAN))
form("upvd", "UPVD", "Journée entrepreneuriat", 23, "Toute la journée", "Campus", "", "66860", "Perpignan cedex 9")

# 91 the Perpignan disco soupe, Sunday 20 morning
agenda("disco-perpignan", "Disco Soupe sur le marché", [(20, "10:00", "13:00")], "Disco Soupe 66",
       A("Marché de la place Cassanyes", "Place Cassanyes", "66000", "Perpignan", insee=PERPIGNAN))
form("disco-perpignan", "Disco Soupe 66", "Disco soupe", 20, "matin", "Place Cassanyes", "", "66000", "Perpignan")

# 92 the Catalan Scic's tour, Saturday 26 (platform and calendar)
plat("perpi-scic", "Visite de la Scic Tiers-lieu Le Mas : coopérer autrement", 26, "10:00", "12:00", "Scic Le Mas",
     P("Le Mas", "Chemin du Mas Bresson", "66000", "Perpignan"))
cal("perpi-scic", "visite-scic-le-mas", SU(26, "10:00"), EU(26, "12:00"), SUM("Visite du tiers-lieu Le Mas"),
    LOC("Perpignan"))

# 93 France Active's permanence in Perpignan, Thursday 17 (form alone: date only)
form("fao-perpignan", "AIRDIE", "Permanence FAO Perpignan", 17, "", "", "", "66000", "Perpignan")

# 94 the Mairie de Perpignan's solidarity breakfast for associations, Saturday 19
plat("perpi-assos", "Petit-déjeuner des associations solidaires", 19, "09:00", "11:00", "Mairie de Perpignan",
     P("Hôtel de ville", "Place de la Loge", "66000", "Perpignan"))
form("perpi-assos", "Ville de Perpignan", "P'tit déj assos", 19, "9h", "Mairie", "Place de la Loge", "66000", "Perpignan")

# ───────────────────────── Narbonne, Carcassonne ─────────────────────────

# 95 the Narbonne disco soupe, Sunday 20 morning (look-alike of Perpignan's)
plat("disco-narbonne", "Disco soupe : cuisinons les invendus", 20, "10:00", "13:00", "Le Grand Narbonne",
     P("Halles de Narbonne", "1 boulevard du Docteur Ferroul", "11100", "Narbonne"))
form("disco-narbonne", "Grand Narbonne", "Disco soupe", 20, "10h-13h", "Les Halles", "", "11100", "Narbonne")

# 96 Le Grand Narbonne's ESS conference, Tuesday 29
plat("narbonne-conf", "Conférence : l'ESS dans le Grand Narbonne", 29, "18:00", "20:00", "Le Grand Narbonne",
     P("Médiathèque du Grand Narbonne", "1 boulevard Frédéric Mistral", "11100", "Narbonne"))
agenda("narbonne-conf", "L'économie sociale et solidaire dans le Narbonnais : état des lieux", [(29, "18:00", "20:00")],
       "Communauté d'agglomération Le Grand Narbonne", A("Médiathèque", "1 Boulevard Frédéric Mistral", "11100", "Narbonne",
                                                           insee=NARBONNE))
form("narbonne-conf", "Grand Narbonne", "Conférence ESS", 29, "18h-20h", "Médiathèque", "", "11100", "Narbonne")

# 97 the Narbonne Scop's open day, Friday 4 (agenda alone)
agenda("narbonne-scop", "Portes ouvertes d'une Scop du BTP : Les Bâtisseurs narbonnais", [(4, "14:00", "17:00")],
       "Les Bâtisseurs narbonnais", A("Zone artisanale de Croix Sud", "Rue Paul Vieu", "11100", "Narbonne", insee=NARBONNE))

# 98 Carcassonne Agglo's ESS forum, Saturday 26
plat("carca-forum", "Forum de l'ESS du Carcassonnais", 26, "10:00", "17:00", "Carcassonne Agglo",
     P("Dôme", "Route de Montréal", "11000", "Carcassonne"))
agenda("carca-forum", "Forum ESS Carcassonne Agglo", [(26, "10:00", "17:00")], "Carcassonne Agglo",
       A("Le Dôme", "Route de Montréal", "11000", "Carcassonne", insee=CARCASSONNE))
form("carca-forum", "Carcassonne Agglo", "Forum ESS", 26, "journée", "Le Dôme", "", "11000", "Carcassonne")

# 99 Carcassonne's repair workshop by the Régie de quartier, Wednesday 23 afternoon
plat("carca-repair", "Atelier répar'acteurs à la Régie de quartier", 23, "14:00", "17:00", "Régie de quartier Carcassonne",
     P("Régie de quartier", "Rue Antoine Marty", "11000", "Carcassonne"))
form("carca-repair", "RDQ Carcassonne", "Atelier réparation", 23, "14h", "Régie de quartier", "rue Antoine Marty", "11000",
     "Carcassonne")

# 100 Le Mouvement associatif's training in Carcassonne, Saturday 12 morning (agenda and form)
agenda("lma-carca", "Formation des bénévoles : le projet associatif", [(12, "09:30", "12:30")], "Le Mouvement associatif Occitanie",
       A("Maison des associations", "2 Rue Jean Bringer", "11000", "Carcassonne", insee=CARCASSONNE))
form("lma-carca", "LMA Occitanie", "Formation bénévoles", 12, "matin", "Maison des associations", "2 rue Jean Bringer", "11000",
     "Carcassonne")

# ───────────────────────── Mende ─────────────────────────

# 101 Mende's ESS day at the Espace Évasion, Thursday 17
plat("mende-journee", "Journée de l'ESS en Lozère", 17, "09:30", "17:00", "Lozère Développement",
     P("Espace Évasion", "Avenue du 11 Novembre", "48000", "Mende"))
agenda("mende-journee", "Journée lozérienne de l'économie sociale et solidaire", [(17, "09:30", "17:00")],
       "Lozère Développement", A("Espace Evasion", "Avenue du 11 novembre", "48000", "Mende", insee=MENDE))
form("mende-journee", "Lozère Dev", "Journée ESS Lozère", 17, "journée", "Espace Evasion", "", "48000", "MENDE")

# 102 Mende's recyclerie workshop, Saturday 19 (platform and form)
plat("mende-recyclerie", "Atelier couture et réparation textile", 19, "14:00", "17:00", "Recyclerie de Lozère",
     P("La Recyclerie", "Zone du Causse d'Auge", "48000", "Mende"))
form("mende-recyclerie", "Recyclerie Lozère", "Atelier couture", 19, "après-midi", "", "ZA du Causse d'Auge", "48000", "Mende")

# 103 the MSA's webinar on rural solidarity, Tuesday 8 afternoon (Mende's organiser, online)
plat("web-msa", "Webinaire : les solidarités en milieu rural", 8, "14:00", "15:00", "MSA Languedoc",
     {"name": "En ligne"}, modality="En ligne")
form("web-msa", "MSA", "Solidarités rurales", 8, "14h", "", "", "", "Mende", "Visio")

# 104 Le Mouvement associatif's second webinar, on the republican commitment contract, Tuesday 29 morning
agenda("web-lma-29", "Le contrat d'engagement républicain : ce qui change pour les associations", [(29, "10:00", "11:00")],
       "Le Mouvement associatif Occitanie", {}, mode=2, onlineAccessLink=TEAMS_LMA)
cal("web-lma-29", "webinaire-cer-lma-occitanie", SZ(29, "10:00"), EZ(29, "11:00"), SUM("Webinaire CER (LMA Occitanie)"),
    CONF(TEAMS_LMA))
form("web-lma-29", "LMA", "Webinaire CER", 29, "10h-11h", "", "", "", "", "Visio")

# 105 France Active's webinar on the DLA, Thursday 10 afternoon
plat("web-fao-dla", "Le Dispositif local d'accompagnement (DLA) : se faire accompagner", 10, "14:00", "15:00",
     "France Active Airdie-Occitanie", {"name": "En ligne"}, modality="En ligne")
form("web-fao-dla", "FAO", "Webinaire DLA", 10, "après-midi", "", "", "", "", "En ligne")

# 106 Sète's farmers' solidarity market, Saturday 19 morning
plat("sete-marche", "Marché paysan et solidaire", 19, "08:30", "13:00", "Sète Agglopôle Méditerranée",
     P("Halles de Sète", "Rue Gambetta", "34200", "Sète"))
form("sete-marche", "Sète Agglo", "Marché paysan", 19, "matin", "Halles", "rue Gambetta", "34200", "Sète")

# 107 Béziers' mission locale: the ESS jobs forum, Wednesday 30
plat("beziers-metiers", "Forum des métiers de l'ESS", 30, "09:30", "16:00", "Mission locale jeunes Béziers",
     P("Mission locale", "6 rue Françoise Giroud", "34500", "Béziers"))
agenda("beziers-metiers", "Découvrir les métiers de l'économie sociale et solidaire : le forum", [(30, "09:30", "16:00")],
       "Mission Locale Jeunes du Biterrois", A("Mission Locale", "6 Rue Françoise Giroud", "34500", "Béziers", insee=BEZIERS))
form("beziers-metiers", "MLJ Béziers", "Forum métiers", 30, "journée", "", "6 rue F. Giroud", "34500", "Beziers")

# 108 Grabels' tiers-lieu: a compost workshop, Saturday 19 morning
cal("grabels-compost", "atelier-compost-grabels", S(19, "10:00"), E(19, "12:00"), SUM("Atelier compostage"),
    LOC("Le Jardin partagé, Grabels"))
form("grabels-compost", "Ville de Grabels", "Atelier compost", 19, "10h", "Jardin partagé", "", "34790", "Grabels")

# 109 Pérols' talk on the blue economy, Thursday 3 evening
plat("perols-conf", "Conférence : l'économie bleue et solidaire de l'étang de l'Or", 3, "18:30", "20:30", "Mairie de Pérols",
     P("Espace Yves Abric", "Rue Yves Abric", "34470", "Pérols"))
agenda("perols-conf", "Économie bleue et solidaire : conférence", [(3, "18:30", "20:30")], "Ville de Pérols",
       A("Salle Yves Abric", "Rue Yves Abric", "34470", "Pérols", insee=PEROLS))

# 110 Alternatiba Montpellier's ciné-débat at the Utopia, Monday 7
plat("mtp-cine", "Ciné-débat « Douce France »", 7, "20:00", "22:30", "Alternatiba Montpellier",
     P("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"))
cal("mtp-cine", "cine-debat-douce-france", SU(7, "20:00"), SUM("Ciné-débat Douce France"), LOC("Utopia Montpellier"))

# 111 the URSCOP's forum of cooperatives in Nîmes, Saturday 26
agenda("nimes-coop", "Forum des coopératives du Gard", [(26, "10:00", "16:00")], "Les Scop Occitanie",
       A("Maison des Scop du Gard", "20 Rue de la République", "30000", "Nîmes", insee=NIMES))
form("nimes-coop", "URSCOP", "Forum coop", 26, "", "", "20 rue de la République", "30000", "Nîmes")

# 112 Emmaüs Perpignan's open sale, Saturday 12
plat("emmaus-perpignan", "Vente solidaire d'Emmaüs Perpignan", 12, "09:00", "17:00", "Emmaüs Perpignan",
     P("Communauté Emmaüs", "Chemin de la Fauceille", "66100", "Perpignan"))
form("emmaus-perpignan", "Emmaus 66", "Vente solidaire", 12, "journée", "", "chemin de la Fauceille", "66100", "Perpignan")

# 113 Carcassonne's ciné-débat on the ESS, Thursday 17 evening (agenda alone)
agenda("carca-cine", "Ciné-débat : « Les Coriaces »", [(17, "20:30", "22:30")], "Ciném'Aude",
       A("Cinéma Le Colisée", "14 Rue Victor Hugo", "11000", "Carcassonne", insee=CARCASSONNE))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
