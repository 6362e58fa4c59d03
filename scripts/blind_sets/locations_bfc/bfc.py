"""Blind set locations_bfc-1 (helper, written without reading the merge rules): WHERE an event is, as the sources write
it badly. About 110 real events of November 2022 in Bourgogne-Franche-Comté: Dijon (the Grésilles, Fontaine d'Ouche,
Montchapet, the Port du canal, Latitude21, the Cité de la gastronomie, the Maison régionale de l'innovation, the
Maison des associations) and its metropolis (Chenôve's Le Cèdre, Quetigny's Espace Mendès-France, Talant's L'Écrin,
Longvic, Fontaine-lès-Dijon, Saint-Apollinaire), Besançon (Planoise and its Centre Nelson Mandela, Battant, the
Clairs-Soleils, Montrapon, Palente, La Rodia, the Kursaal, the university), Chalon-sur-Saône, Mâcon's Le Spot, Le
Creusot, Montceau-les-Mines' Embarcadère, Auxerre, Sens, Nevers (Inkub, Café Charbon), Belfort (Maison du Peuple,
Cinéma des Quais), Montbéliard (Le Colisée, the agglomeration's seat), Audincourt (Le Moloco), Dole, Lons-le-Saunier,
Vesoul, Pontarlier, and webinars. Four sources: the national platform's JSON, the CRESS BFC OpenAgenda (insee and
coordinates, attendanceMode 2 with onlineAccessLink, two timings of a two-day fair), the « Réseau des tiers-lieux de
Bourgogne-Franche-Comté » iCalendar (UTC « Z », TZID, floating, floating UTC read as local time — one hour early —,
VALUE=DATE, RRULE weekly sessions, URL and CONFERENCE links), the CRESS BFC registration form (Windows-1252 `;` CSV:
« CRESS BFC », « FA Bourgogne », « FAFC », « URSCOP BFC », « LMA BFC », « ICO », « GBM », « PMA »; « 14h-17h »,
« matin », « après-midi », « Toute la journée », no hour, « Visio », « En ligne », « Webinaire »).
The theme: in about half of the events published twice or more, the calendar's LOCATION or the form's Lieu / Ville
gives only a quarter (« Planoise », « Les Grésilles », « Fontaine d'Ouche », « Battant », « Clairs-Soleils »,
« Montrapon »), a neighbouring town instead of the commune (Chenôve or Longvic written « Dijon », Audincourt written
« Montbéliard »), a misspelled town (« Besancon », « Chalons-sur-Saone », « Montceau les mines », « Dijion »,
« Chenove »), a town in capitals with a Cedex code, the venue alone and sometimes abbreviated (« MJC », « la Rodia »,
« Maison de quartier », « MDA », « CIGV », « MRI »), a street address alone, a postal code alone (« 89100 »,
« 70000 »; Quetigny's 21800 shared with Chevigny), or the town's wrong postal code (Chenôve 21000, Longvic 21000,
Audincourt 25200); « Fontaine » alone between Fontaine d'Ouche and Fontaine-lès-Dijon; a Zoom link as LOCATION. Hard negatives: repair cafés on Saturday 12 afternoon (the Grésilles, Chenôve — whose
calendar entry says « Dijon » —, Sens, Belfort's in its ESS forum's venue), on Saturday 19 (Clairs-Soleils and
Montrapon, both « Maison de quartier » in the form) and on Saturday 26 (Fontaine d'Ouche, Talant, Le Creusot, Mâcon);
two disco-soupes on Sunday 20 in Besançon (Planoise, Battant) and one in Montbéliard; the same film-debate in Belfort
and Montbéliard on Tuesday 22 evening (another film at Dijon's Eldorado); two job datings on Tuesday 22 morning (Chenôve, Quetigny) and two on Tuesday 15 morning
(Montbéliard, Audincourt — its calendar entry saying « Montbéliard »); three Fresques du Climat on Thursday 17 evening
(Dijon, Besançon, Auxerre) with a Fresque du numérique in Dijon; a talk and a workshop at one venue the same day
(Latitude21, Le Cèdre, La Rodia, the Embarcadère, the Maison du Peuple); two « MJC » game or debate evenings (Dijon
Montchapet, Besançon Palente); weekly sessions of Coopilote's information meeting, of La Bécane à Jules' bike workshop
and of Planoise's digital workshop; France Active Bourgogne's webinar on the 8th and the 29th, Le Mouvement
associatif's at the same hour on the 8th."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-bfc-openagenda", "reseau-tiers-lieux-bfc-ical", "cress-bfc-tableur")


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


DIJON, CHENOVE, QUETIGNY, TALANT, LONGVIC, FONTAINE, STAPO = "21231", "21166", "21515", "21617", "21355", "21278", "21540"
BESANCON, MONTBELIARD, AUDINCOURT, PONTARLIER = "25056", "25388", "25031", "25462"
CHALON, MACON, CREUSOT, MONTCEAU = "71076", "71270", "71153", "71306"
AUXERRE, SENS, NEVERS, BELFORT, DOLE, LONS, VESOUL = "89024", "89387", "58194", "90010", "39198", "39300", "70550"

ZOOM_FAB = "https://us02web.zoom.us/j/84417702211?pwd=RkFCb3VyZ29nbmU"
ZOOM_FAB2 = "https://us02web.zoom.us/j/89900114422?pwd=RkFCMjkxMQ"
JITSI_LMA = "https://meet.jit.si/LMA-BFC-engagement-republicain"
TEAMS_CRESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q1JFU1NCRkNNb2lz@thread.v2/0"
ZOOM_SCOP = "https://us06web.zoom.us/j/83366554411"
MEET_ADIE = "https://meet.google.com/adi-bfcm-ois"

f = Feeds()
f.calendar_head = ("X-WR-CALNAME:Réseau des tiers-lieux de Bourgogne-Franche-Comté - Mois de l'ESS\r\n"
                   "X-WR-TIMEZONE:Europe/Paris\r\n")
rows = []
_np, _na, _nf = itertools.count(2101), itertools.count(27001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS BFC's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@tierslieux-bfc.org", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"BFC-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── Dijon: launch, Grésilles, Fontaine d'Ouche ─────────────────────────

# 1 the regional launch in the Salle de Flore (Palais des ducs), Thursday 3, four sources
plat("lancement", "Lancement régional du Mois de l'ESS en Bourgogne-Franche-Comté", 3, "18:00", "21:00", "CRESS Bourgogne-Franche-Comté",
     P("Palais des ducs et des États de Bourgogne - Salle de Flore", "Place de la Libération", "21000", "Dijon"),
     description="Soirée d'ouverture régionale : présentation du programme, table ronde des réseaux, buffet des producteurs.")
agenda("lancement", "Soirée de lancement du Mois de l'Économie sociale et solidaire", [(3, "18:00", "21:00")],
       "Chambre régionale de l'économie sociale et solidaire de Bourgogne-Franche-Comté",
       A("Salle de Flore", "Place de la Libération", "21000", "Dijon", insee=DIJON, latitude=47.3216, longitude=5.0415))
cal("lancement", "lancement-mois-ess-bfc-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS : soirée de lancement en BFC"),
    LOC("Dijion"))
form("lancement", "CRESS BFC", "Lancement Mois de l'ESS 2022", 3, "18h", "Salle de Flore - Hôtel de Ville", "", "21033", "DIJON CEDEX")

# 2 the Grésilles' repair café, Saturday 12 afternoon (Chenôve's the same afternoon, Sens', Belfort's)
GRESILLES = P("Centre social des Grésilles", "1 rue Jean de Cirey", "21000", "Dijon")
plat("rc-gresilles", "Repair Café des Grésilles", 12, "14:00", "17:30", "Centre social des Grésilles", GRESILLES)
cal("rc-gresilles", "repair-cafe-gresilles-1211", S(12, "14:00"), E(12, "17:30"), SUM("Repair café"), LOC("Les Grésilles"))
form("rc-gresilles", "Centre social Grésilles", "Repair café des Grésilles", 12, "14h-17h30", "Centre social", "1 rue Jean de Cirey", "21000", "Dijon")

# 3 Chenôve's repair café at the Maison des associations, Saturday 12 afternoon: the calendar says « Dijon »
agenda("rc-chenove", "Repair Café de Chenôve : on répare ensemble !", [(12, "14:00", "18:00")], "Ville de Chenôve",
       A("Maison des associations", "7 rue Armand Thibaut", "21300", "Chenôve", insee=CHENOVE, latitude=47.2918, longitude=5.0078))
cal("rc-chenove", "repair-cafe-chenove-1211", SF(12, "14:00"), EF(12, "18:00"), SUM("Repair café - Mois de l'ESS"), LOC("Dijon"))
form("rc-chenove", "Mairie de Chenôve", "Repair Café", 12, "après-midi", "Maison des associations", "7 rue Armand Thibaut", "21000", "Chenôve")

# 4 the Grésilles' solidarity clothes sale, Saturday 26 morning
plat("bourse-gresilles", "Bourse aux vêtements solidaire", 26, "09:00", "12:00", "Centre social des Grésilles", GRESILLES)
cal("bourse-gresilles", "bourse-vetements-gresilles", SZ(26, "09:00"), EZ(26, "12:00"), SUM("Bourse aux vêtements"), LOC("Grésilles"))
form("bourse-gresilles", "Centre social des Grésilles", "Bourse aux vêtements solidaire", 26, "matin", "Centre social", "", "", "Dijon")

# 5 ADIE's permanence at the Grésilles, Thursday 10 (calendar and agenda)
agenda("adie-gresilles", "Permanence ADIE : créer son activité grâce au microcrédit", [(10, "14:00", "17:00")], "Adie Bourgogne-Franche-Comté",
       A("Centre social des Grésilles", "1 rue Jean de Cirey", "21000", "Dijon", insee=DIJON))
cal("adie-gresilles", "permanence-adie-gresilles", SU(10, "14:00"), EU(10, "17:00"), SUM("Permanence Adie microcrédit"), LOC("Quartier des Grésilles"))

# 6 the Fontaine d'Ouche repair café at the Maison-Phare, Saturday 26 afternoon (Talant's, Le Creusot's, Mâcon's too)
PHARE = P("Maison-Phare", "2 allée de Grenoble", "21000", "Dijon")
plat("rc-phare", "Repair Café de la Fontaine d'Ouche", 26, "14:00", "17:00", "Maison-Phare", PHARE)
cal("rc-phare", "repair-cafe-fontaine-ouche", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café Fontaine d'Ouche"), LOC("Fontaine d'Ouche"))
form("rc-phare", "Maison Phare", "Repair café", 26, "14h-17h", "Maison-Phare", "", "21000", "")

# 7 the people's university at the Maison-Phare, Monday 21
plat("up-phare", "Université populaire : l'ESS, c'est quoi ?", 21, "18:30", "20:30", "Maison-Phare", PHARE)
cal("up-phare", "universite-populaire-ess", SU(21, "18:30"), EU(21, "20:30"), SUM("Université populaire - l'économie sociale et solidaire"),
    LOC("Maison Phare"))
form("up-phare", "Maison-Phare / Ligue de l'enseignement 21", "UP : c'est quoi l'ESS", 21, "18h30-20h30", "Maison Phare", "",
     "", "Dijon - Fontaine d'Ouche")

# 8 housing evening in Fontaine-lès-Dijon, Thursday 10: the calendar says « Fontaine »
plat("habitat-fontaine", "Soirée d'échanges : l'habitat participatif, pourquoi pas vous ?", 10, "19:00", "21:30",
     "Habitat participatif Bourgogne-Franche-Comté", P("Salle des Pétignys", "Rue Jean Moulin", "21121", "Fontaine-lès-Dijon"))
cal("habitat-fontaine", "soiree-habitat-participatif", SF(10, "19:00"), EF(10, "21:30"), SUM("Habitat participatif : soirée d'échanges"),
    LOC("Fontaine"))

# ───────────────────────── Dijon: east, centre, Port du canal ─────────────────────────

# 9 / 10 Latitude21, Wednesday 9: compost workshop in the afternoon, the metropolis' conference in the evening
LAT21 = P("Latitude21 - Maison de l'architecture et de l'environnement", "33 rue de Montmuzard", "21000", "Dijon")
agenda("lat21-compost", "Atelier : composter en appartement", [(9, "14:00", "16:00")], "Latitude21",
       A("Latitude21", "33 rue de Montmuzard", "21000", "Dijon", insee=DIJON))
form("lat21-compost", "Latitude 21", "Atelier compost", 9, "après-midi", "Latitude 21", "", "", "DIJON")
plat("lat21-conf", "Conférence : l'économie circulaire dans la métropole dijonnaise", 9, "18:30", "20:00", "Dijon Métropole", LAT21)
agenda("lat21-conf", "Économie circulaire : où en est la métropole ? (conférence-débat)", [(9, "18:30", "20:00")],
       "Dijon Métropole", A("Latitude21", "33 rue de Montmuzard", "21000", "Dijon", insee=DIJON, latitude=47.3222, longitude=5.0580))
cal("lat21-conf", "conference-economie-circulaire", SF(9, "18:30"), EF(9, "20:00"), SUM("Conférence économie circulaire"), LOC("Latitude21"))

# 11 the Fresque du Climat at Latitude21, Thursday 17 evening: the calendar has the street alone
plat("fdc-dijon", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat - Dijon", LAT21)
cal("fdc-dijon", "fresque-climat-dijon-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Climat"), LOC("33 rue de Montmuzard"))
form("fdc-dijon", "Alternatiba Dijon", "Atelier Fresque du climat", 17, "18h30-21h30", "Latitude21", "33 rue de Montmuzard", "21000", "Dijon")

# 12 the Fresque du numérique the same evening at the MJC des Grésilles: the calendar says « Dijon »
agenda("fdn-dijon", "Fresque du numérique", [(17, "18:30", "21:30")], "Les Petits Débrouillards Bourgogne-Franche-Comté",
       A("MJC des Grésilles", "5 rue Castel", "21000", "Dijon", insee=DIJON))
cal("fdn-dijon", "fresque-numerique-dijon", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Numérique"), LOC("Dijon"))

# 13 the afterwork at La Péniche Cancale, Thursday 10
plat("afterwork-dijon", "Afterwork de l'ESS dijonnaise", 10, "18:30", "21:00", "CRESS Bourgogne-Franche-Comté",
     P("La Péniche Cancale", "Port du Canal, 1 quai Navier", "21000", "Dijon"))
agenda("afterwork-dijon", "Afterwork ESS sur la péniche", [(10, "18:30", "21:00")], "CRESS BFC",
       A("Péniche Cancale", "Port du canal", "21000", "Dijon", insee=DIJON))
cal("afterwork-dijon", "afterwork-ess-dijon", SZ(10, "18:30"), SUM("Afterwork ESS"), LOC("Péniche Cancale, Port du Canal"))

# 14 Zero Waste Dijon's household products workshop on the péniche, Saturday 5 (platform alone)
plat("zd-peniche", "Atelier zéro déchet : fabriquer ses produits ménagers", 5, "10:00", "12:00", "Zero Waste Dijon",
     P("La Péniche Cancale", "1 quai Navier", "21000", "Dijon"))

# 15 the AMAP evening at the Maison des associations, Thursday 24
MDA = P("Maison des associations", "2 rue des Corroyeurs", "21000", "Dijon")
plat("amap-dijon", "Soirée découverte des AMAP de Côte-d'Or", 24, "19:00", "21:00", "Réseau des AMAP de Bourgogne", MDA)
form("amap-dijon", "AMAP Bourgogne", "Découverte des AMAP", 24, "19h", "MDA", "", "", "Dijon")

# 16 Le Mouvement associatif's evening on volunteering at the Maison des associations, Monday 14
plat("benevolat-dijon", "Rencontre : le bénévolat en question(s)", 14, "18:00", "20:00", "Le Mouvement associatif Bourgogne-Franche-Comté", MDA)
agenda("benevolat-dijon", "Bénévolat : quelles évolutions ? Rencontre-débat", [(14, "18:00", "20:00")], "Le Mouvement associatif BFC",
       A("Maison des associations de Dijon", "2 rue des Corroyeurs", "21000", "Dijon", insee=DIJON))
form("benevolat-dijon", "LMA BFC", "Rencontre bénévolat", 14, "18h-20h", "", "2 rue des Corroyeurs", "", "")

# 17 Initiative Côte-d'Or's laureates evening, Thursday 24 (the AMAP evening the same night)
plat("ico-laureats", "Soirée des lauréats Initiative Côte-d'Or", 24, "18:00", "20:30", "Initiative Côte-d'Or",
     P("Maison régionale de l'innovation", "64A rue Sully", "21000", "Dijon"))
form("ico-laureats", "ICO", "Soirée lauréats", 24, "18h", "MRI", "64 A rue de Sully", "21000", "Dijon")

# 18 the URSCOP's breakfast on transfers to the employees, Thursday 17, four sources
plat("scop-transmission", "Petit-déjeuner : transmettre son entreprise à ses salariés en Scop", 17, "08:30", "10:30", "Les Scop Bourgogne-Franche-Comté",
     P("Maison régionale de l'innovation", "64A rue Sully", "21000", "Dijon"))
agenda("scop-transmission", "P'tit déj de la transmission en Scop", [(17, "08:30", "10:30")], "Union régionale des Scop et Scic BFC",
       A("Maison Régionale de l'Innovation", "64A Rue Sully", "21000", "Dijon", insee=DIJON))
cal("scop-transmission", "ptit-dej-transmission-scop", SU(17, "08:30"), EU(17, "10:30"), SUM("Transmettre en Scop - petit déjeuner"),
    LOC("MRI Dijon"))
form("scop-transmission", "URSCOP BFC", "Petit déjeuner transmission d'entreprise", 17, "8h30", "MRI", "", "", "DIJON CEDEX")

# 19 the metropolis' ESS trophies at the Cité de la gastronomie, Monday 28, four sources
plat("trophees-dm", "Trophées de l'ESS de Dijon Métropole", 28, "18:30", "21:00", "Dijon Métropole",
     P("Cité internationale de la gastronomie et du vin", "12 parvis de l'Unesco", "21000", "Dijon"))
agenda("trophees-dm", "Remise des Trophées de l'économie sociale et solidaire", [(28, "18:30", "21:00")], "Dijon Métropole",
       A("Cité Internationale de la Gastronomie et du Vin", "12 Parvis de l'Unesco", "21000", "Dijon", insee=DIJON))
cal("trophees-dm", "trophees-ess-dijon-metropole", S(28, "18:30"), E(28, "21:00"), SUM("[ESS] Trophées de Dijon Métropole"),
    LOC("Cité de la gastronomie"))
form("trophees-dm", "Dijon Métropole", "Trophées ESS", 28, "18h30", "CIGV", "", "", "Dijon")

# 20 the solidarity finance evening, Tuesday 29 (form alone)
form("finance-dijon", "Crédit Coopératif / France Active Bourgogne", "Conférence : placer son épargne solidaire", 29, "18h30-20h",
     "Agence Crédit Coopératif", "9 place Darcy", "21000", "Dijon")

# 21 the Ligue de l'enseignement's moving debate at the MJC Montchapet, Wednesday 16: the calendar says « MJC »
agenda("debat-montchapet", "Débat mouvant : s'engager dans l'ESS quand on a 20 ans", [(16, "18:00", "20:00")],
       "Ligue de l'enseignement de Côte-d'Or", A("MJC Montchapet", "28 rue de Montchapet", "21000", "Dijon", insee=DIJON))
cal("debat-montchapet", "debat-mouvant-jeunes-ess", S(16, "18:00"), E(16, "20:00"), SUM("Débat mouvant jeunesse et ESS"), LOC("MJC"))

# 22-25 Coopilote's information meeting every Tuesday morning (8, 15, 22, 29)
COOP = {f"2022-11-{d:02d}": f"coopilote-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(COOP, "reunion-info-coopilote@tierslieux-bfc.org", S(8, "09:30"), E(8, "11:30"), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",
              SUM("Réunion d'information - entreprendre en coopérative"), LOC("Coopilote"))
plat("coopilote-8", "Entreprendre en coopérative d'activité et d'emploi : réunion d'information", 8, "09:30", "11:30", "Coopilote",
     P("Coopilote", "8 rue du Lycée", "21000", "Dijon"))
plat("coopilote-22", "Entreprendre en coopérative d'activité et d'emploi : réunion d'information", 22, "09:30", "11:30", "Coopilote",
     P("Coopilote", "8 rue du Lycée", "21000", "Dijon"))
form("coopilote-15", "Coopilote (CAE)", "Réunion d'info collective", 15, "matin", "", "8 rue du Lycée", "", "")

# 26-30 La Bécane à Jules' bike workshop every Wednesday evening (2, 9, 16, 23, 30)
VELO = {f"2022-11-{d:02d}": f"becane-{d}" for d in (2, 9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-becane@tierslieux-bfc.org", SZ(2, "18:00"), EZ(2, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5",
              SUM("Atelier vélo participatif"), LOC("La Bécane à Jules"))
agenda("becane-16", "Atelier d'autoréparation vélo", [(16, "18:00", "20:00")], "La Bécane à Jules",
       A("La Bécane à Jules", "3 rue Ernest Lory", "21000", "Dijon", insee=DIJON))
form("becane-9", "Bécane à Jules", "Atelier vélo", 9, "18h-20h", "Atelier", "3 rue Ernest Lory", "21000", "Dijon")

# ───────────────────────── Dijon Métropole: Chenôve, Quetigny, Talant, Longvic, Saint-Apollinaire ─────────────────────────

# 31 / 32 the job datings of Tuesday 22 morning: Chenôve's Le Cèdre, Quetigny's Espace Mendès-France
CEDRE = P("Le Cèdre", "9 esplanade de la République", "21300", "Chenôve")
plat("jd-chenove", "Job dating de l'ESS", 22, "09:00", "12:00", "Pôle emploi Dijon Sud", CEDRE)
agenda("jd-chenove", "Job dating : recrutez et faites-vous recruter dans l'ESS", [(22, "09:00", "12:00")], "Pôle emploi Bourgogne-Franche-Comté",
       A("Centre culturel Le Cèdre", "9 Esplanade de la République", "21300", "Chenôve", insee=CHENOVE))
cal("jd-chenove", "job-dating-ess-chenove", SZ(22, "09:00"), EZ(22, "12:00"), SUM("Job dating ESS"), LOC("Le Cèdre, Dijon"))
form("jd-chenove", "Pôle emploi / CRESS BFC", "Job dating ESS", 22, "9h-12h", "Le Cèdre", "", "21000", "Chenôve")
plat("jd-quetigny", "Job dating de l'économie sociale et solidaire", 22, "09:00", "12:00", "Ville de Quetigny",
     P("Espace Mendès-France", "Place Centrale Roger Rémond", "21800", "Quetigny"))
form("jd-quetigny", "Mairie de Quetigny", "Job dating ESS", 22, "matin", "Espace Mendès France", "", "21800", "")

# 33 / 34 Le Cèdre, Thursday 24: CV workshop in the afternoon, round table in the evening
agenda("cedre-atelier", "Atelier CV et entretien : postuler dans l'ESS", [(24, "14:00", "16:00")], "Mission locale de l'agglomération dijonnaise",
       A("Le Cèdre", "9 esplanade de la République", "21300", "Chenôve", insee=CHENOVE))
form("cedre-atelier", "Mission locale", "Atelier CV ESS", 24, "14h-16h", "Le Cèdre", "", "21300", "Dijon")
plat("cedre-table-ronde", "Table ronde : travailler dans l'ESS, des métiers qui ont du sens", 24, "18:00", "20:00", "Ville de Chenôve", CEDRE)
cal("cedre-table-ronde", "table-ronde-metiers-ess", SF(24, "18:00"), EF(24, "20:00"), SUM("Table ronde métiers de l'ESS"), LOC("Le Cèdre"))
form("cedre-table-ronde", "Ville de Chenove", "Table ronde travailler dans l'ESS", 24, "18h", "Salle Le Cèdre", "9 esplanade de la République", "", "Chenove")

# 35 Chenôve's ressourcerie open day, Saturday 5
plat("po-ressourcerie-chenove", "Portes ouvertes de la Recyclerie de Chenôve", 5, "10:00", "17:00", "La Recyclerie de Chenôve",
     P("La Recyclerie", "12 rue de Longvic", "21300", "Chenôve"))
agenda("po-ressourcerie-chenove", "La recyclerie ouvre ses portes", [(5, "10:00", "17:00")], "Recyclerie de Chenôve",
       A("La Recyclerie", "12 rue de Longvic", "21300", "Chenôve", insee=CHENOVE))

# 36 Quetigny's solidarity creators' market, Sunday 27 (all day in the calendar)
agenda("marche-quetigny", "Marché des créateurs solidaires", [(27, "10:00", "18:00")], "Ville de Quetigny",
       A("Espace Mendès-France", "Place Centrale Roger Rémond", "21800", "Quetigny", insee=QUETIGNY))
cal("marche-quetigny", "marche-createurs-quetigny", SD(27), ED(27), SUM("Marché des créateurs solidaires"), LOC("Quetigny"))

# 37 Talant's repair café at L'Écrin, Saturday 26 afternoon
agenda("rc-talant", "Repair Café talantais", [(26, "14:00", "17:00")], "Ville de Talant",
       A("L'Écrin", "Place du Souvenir Français", "21240", "Talant", insee=TALANT))
cal("rc-talant", "repair-cafe-talant-2611", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café"), LOC("Talant"))

# 38 a « conférence gesticulée » at L'Écrin, Friday 25
agenda("gesticulee-talant", "Conférence gesticulée : « Inculture(s) économique(s) »", [(25, "20:00", "22:00")], "Ligue de l'enseignement de Côte-d'Or",
       A("L'Écrin", "Place du Souvenir Français", "21240", "Talant", insee=TALANT))
cal("gesticulee-talant", "conference-gesticulee-ecrin", SZ(25, "20:00"), SUM("Conférence gesticulée"), LOC("L'Écrin"))
form("gesticulee-talant", "Ligue 21", "Conférence gesticulée", 25, "20h", "L'Ecrin", "", "21240", "TALANT")

# 39 Envie's open day in Longvic, Friday 18: the calendar says « Dijon », the form Longvic with Dijon's code
plat("envie-longvic", "Portes ouvertes d'Envie Dijon", 18, "10:00", "17:00", "Envie Dijon",
     P("Envie Dijon", "6 rue du Colonel Marchand", "21600", "Longvic"))
cal("envie-longvic", "portes-ouvertes-envie", SF(18, "10:00"), EF(18, "17:00"), SUM("Portes ouvertes Envie"), LOC("Dijon"))
form("envie-longvic", "ENVIE 21", "Portes ouvertes", 18, "Toute la journée", "Envie", "6 rue du Colonel Marchand", "21000", "Longvic")

# 40 a visit of APF Entreprises in Longvic, Wednesday 23
agenda("visite-apf", "Visite d'une entreprise adaptée", [(23, "14:00", "16:00")], "APF Entreprises Côte-d'Or",
       A("APF Entreprises", "Rue de la Mirandole", "21600", "Longvic", insee=LONGVIC))
form("visite-apf", "APF Entreprises 21", "Visite entreprise adaptée", 23, "14h", "APF Entreprises", "ZI rue de la Mirandole", "21600", "Dijon")

# 41 Initiative Côte-d'Or in Saint-Apollinaire, Tuesday 15
plat("entreprendre-stapo", "Rencontre : entreprendre autrement sur l'Est dijonnais", 15, "18:00", "20:00", "Initiative Côte-d'Or",
     P("Mairie de Saint-Apollinaire", "2 rue du Château", "21850", "Saint-Apollinaire"))
form("entreprendre-stapo", "Initiative Cote d'Or", "Entreprendre autrement", 15, "18h-20h", "Salle du conseil", "", "21850", "St Apollinaire")

# ───────────────────────── Besançon ─────────────────────────

# 42 / 43 two disco-soupes on Sunday 20: Planoise in the morning, Battant at midday
agenda("ds-planoise", "Disco Soupe de Planoise", [(20, "10:00", "13:00")], "Maison de quartier de Planoise",
       A("Place Cassin", "Place René Cassin", "25000", "Besançon", insee=BESANCON, latitude=47.2195, longitude=5.9765))
cal("ds-planoise", "disco-soupe-planoise", SZ(20, "10:00"), EZ(20, "13:00"), SUM("Disco-soupe anti-gaspi"), LOC("Planoise"))
form("ds-planoise", "Maison de quartier Planoise", "Disco soupe", 20, "matin", "Maison de quartier", "", "", "BESANCON")
plat("ds-battant", "Disco Soupe au quartier Battant", 20, "11:00", "14:00", "Zéro Déchet Besançon",
     P("Place Bacchus", "Place Bacchus", "25000", "Besançon"))
cal("ds-battant", "disco-soupe-battant", SZ(20, "11:00"), EZ(20, "14:00"), SUM("Disco soupe"), LOC("Battant"))
form("ds-battant", "Zero Dechet Besancon", "Disco-soupe Battant", 20, "11h-14h", "Place Bacchus", "", "25000", "")

# 44 / 45 two repair cafés on Saturday 19 afternoon: Clairs-Soleils and Montrapon, both « Maison de quartier »
agenda("rc-clairs-soleils", "Repair Café des Clairs-Soleils", [(19, "14:00", "17:00")], "Maison de quartier des Clairs-Soleils",
       A("Maison de quartier des Clairs-Soleils", "15 rue Jean Wyrsch", "25000", "Besançon", insee=BESANCON))
cal("rc-clairs-soleils", "repair-cafe-clairs-soleils", S(19, "14:00"), E(19, "17:00"), SUM("Repair café"), LOC("Clairs-Soleils"))
form("rc-clairs-soleils", "MDQ Clairs Soleils", "Repair café", 19, "14h-17h", "Maison de quartier", "", "", "Besançon")
plat("rc-montrapon", "Repair Café de Montrapon", 19, "14:00", "17:30", "Maison de quartier Montrapon-Fontaine-Écu",
     P("Maison de quartier de Montrapon", "1 place Coubertin", "25000", "Besançon"))
form("rc-montrapon", "Maison de quartier Montrapon", "Repair Café", 19, "après-midi", "Maison de quartier Montrapon", "", "25000", "Besançon")

# 46 the Clairs-Soleils' anti-waste cooking workshop, Wednesday 23
agenda("cuisine-clairs-soleils", "Atelier cuisine anti-gaspi en famille", [(23, "14:00", "17:00")], "Maison de quartier des Clairs-Soleils",
       A("Maison de quartier des Clairs-Soleils", "15 rue Jean Wyrsch", "25000", "Besançon", insee=BESANCON))
form("cuisine-clairs-soleils", "Maison de quartier Clairs-Soleils", "Cuisine anti gaspi", 23, "après-midi", "Maison de quartier", "", "25000", "")

# 47 Montrapon's compost workshop, Wednesday 9
agenda("compost-montrapon", "Atelier compostage partagé", [(9, "14:00", "16:00")], "Grand Besançon Métropole",
       A("Jardin partagé de Montrapon", "Rue de Vesoul", "25000", "Besançon", insee=BESANCON))
cal("compost-montrapon", "compost-montrapon-0911", SU(9, "14:00"), EU(9, "16:00"), SUM("Atelier compost"), LOC("Montrapon"))

# 48 / 49 La Rodia, Friday 18: cooperative culture workshop in the afternoon, concert-debate in the evening
plat("rodia-concert", "Concert-débat : la musique, une affaire d'économie sociale ?", 18, "20:00", "23:00", "La Rodia",
     P("La Rodia", "4 avenue de Chardonnet", "25000", "Besançon"))
agenda("rodia-concert", "Concert & débat : musiques actuelles et ESS", [(18, "20:00", "23:00")], "SMAC La Rodia",
       A("La Rodia", "4 Avenue de Chardonnet", "25000", "Besançon", insee=BESANCON, latitude=47.2424, longitude=6.0326))
cal("rodia-concert", "concert-debat-rodia", SZ(18, "20:00"), SUM("Concert-débat musique & ESS"), LOC("la Rodia"))
agenda("rodia-atelier", "Atelier : monter une coopérative culturelle (Scic)", [(18, "14:00", "17:00")], "Les Scop Bourgogne-Franche-Comté",
       A("La Rodia", "4 Avenue de Chardonnet", "25000", "Besançon", insee=BESANCON))
form("rodia-atelier", "URSCOP BFC", "Atelier Scic culture", 18, "14h-17h", "Rodia", "", "", "Besançon")

# 50 the Grand Besançon ESS forum at the Kursaal, Saturday 26, four sources
plat("forum-gbm", "Forum de l'ESS du Grand Besançon", 26, "10:00", "18:00", "Grand Besançon Métropole",
     P("Kursaal", "Place du Théâtre", "25000", "Besançon"))
agenda("forum-gbm", "Forum de l'économie sociale et solidaire", [(26, "10:00", "18:00")], "Grand Besançon Métropole",
       A("Le Kursaal", "2 place du Théâtre", "25000", "Besançon", insee=BESANCON))
cal("forum-gbm", "forum-ess-grand-besancon", SD(26), SUM("Forum ESS Grand Besançon"), LOC("Kursaal"))
form("forum-gbm", "GBM", "Forum ESS", 26, "Toute la journée", "Kursaal", "", "25034", "BESANCON CEDEX")

# 51 France Active Franche-Comté's solidarity finance morning, Thursday 10
plat("fafc-rdv", "Les rendez-vous du financement solidaire", 10, "09:00", "12:00", "France Active Franche-Comté",
     P("France Active Franche-Comté", "46 avenue Villarceau", "25000", "Besançon"))
form("fafc-rdv", "FAFC", "RDV financement solidaire", 10, "9h-12h", "", "46 av. Villarceau", "", "")

# 52 Emmaüs Besançon's special sale, Saturday 12
agenda("emmaus-besancon", "Grande vente solidaire d'Emmaüs", [(12, "09:00", "18:00")], "Emmaüs Besançon",
       A("Communauté Emmaüs", "1 chemin de la Combe Saragosse", "25000", "Besançon", insee=BESANCON))
cal("emmaus-besancon", "vente-emmaus-besancon", SF(12, "09:00"), EF(12, "18:00"), SUM("Vente spéciale Emmaüs"), LOC("Emmaüs, Besançon"))

# 53 the upcycling workshop at the ressourcerie, Saturday 12 afternoon
plat("upcycling-besancon", "Atelier upcycling : transformer un meuble", 12, "14:00", "16:30", "Ressourcerie Juste à Côté",
     P("Ressourcerie Juste à Côté", "12 rue de Dole", "25000", "Besançon"))
cal("upcycling-besancon", "upcycling-meuble-1211", SZ(12, "14:00"), EZ(12, "16:30"), SUM("Atelier upcycling meuble"), LOC("12 rue de Dole"))

# 54 the job dating at the Centre Nelson Mandela, Planoise, Thursday 24 morning, four sources
plat("jd-planoise", "Job dating de l'insertion et de l'ESS", 24, "09:00", "12:00", "Pôle emploi Besançon Planoise",
     P("Centre Nelson Mandela", "13 avenue de l'Île-de-France", "25000", "Besançon"))
agenda("jd-planoise", "Job dating IAE & ESS à Planoise", [(24, "09:00", "12:00")], "Pôle emploi Bourgogne-Franche-Comté",
       A("Centre Nelson Mandela", "13 avenue de l'Ile de France", "25000", "Besançon", insee=BESANCON))
cal("jd-planoise", "job-dating-planoise", SZ(24, "09:00"), EZ(24, "12:00"), SUM("Mois de l'ESS : job dating"), LOC("Planoise"))
form("jd-planoise", "Pôle emploi", "Job dating insertion", 24, "matin", "Centre Mandela", "", "", "Besançon")

# 55-58 the Ligue's digital workshop at the Médiathèque Nelson Mandela every Monday (7, 14, 21, 28)
NUM = {f"2022-11-{d:02d}": f"numerique-{d}" for d in (7, 14, 21, 28)}
f.in_calendar(NUM, "atelier-numerique-planoise@tierslieux-bfc.org", S(7, "14:00"), E(7, "16:00"), "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4",
              SUM("Atelier numérique : démarches en ligne"), LOC("Planoise"))
plat("numerique-14", "Atelier numérique : faire ses démarches en ligne", 14, "14:00", "16:00", "Ligue de l'enseignement du Doubs",
     P("Médiathèque Nelson Mandela", "13 avenue de l'Île-de-France", "25000", "Besançon"))
form("numerique-21", "Ligue de l'enseignement 25", "Atelier numérique", 21, "après-midi", "Médiathèque Mandela", "", "25000", "")
agenda("numerique-28", "Démarches en ligne : atelier d'accompagnement", [(28, "14:00", "16:00")], "Ligue de l'enseignement - FOL 25",
       A("Médiathèque Nelson Mandela", "13 avenue de l'Île-de-France", "25000", "Besançon", insee=BESANCON))

# 59 a guided walk of the ESS in Battant, Saturday 5
agenda("balade-battant", "Balade découverte de l'ESS dans le quartier Battant", [(5, "10:00", "12:00")], "CRESS Bourgogne-Franche-Comté",
       A("Place Bacchus", "Place Bacchus", "25000", "Besançon", insee=BESANCON))
cal("balade-battant", "balade-ess-battant", SU(5, "10:00"), EU(5, "12:00"), SUM("Balade ESS Battant"), LOC("Battant"))
form("balade-battant", "CRESS BFC", "Balade ESS quartier Battant", 5, "10h-12h", "RDV place Bacchus", "", "", "")

# 60 the local currency café-débat in Battant, Wednesday 30
plat("pive-battant", "Café-débat : la Pive, une monnaie locale pour la Franche-Comté", 30, "18:30", "20:30", "La Pive",
     P("Les Passagers du Zinc", "5 rue de Vignier", "25000", "Besançon"))
cal("pive-battant", "cafe-debat-pive", SF(30, "18:30"), EF(30, "20:30"), SUM("Café-débat monnaie locale"), LOC("Battant, Besançon"))
form("pive-battant", "Association La Pive", "Café débat monnaie locale", 30, "18h30", "Passagers du Zinc", "5 rue Vignier", "25000", "BESANCON")

# 61 the URSCOP's meeting of Doubs cooperatives at Le Scènacle, Tuesday 15
plat("scop-doubs", "Rencontre des Scop et Scic du Doubs", 15, "18:00", "20:00", "Les Scop Bourgogne-Franche-Comté",
     P("Le Scènacle", "6 rue de la Vieille Monnaie", "25000", "Besançon"))
form("scop-doubs", "URSCOP", "Rencontre Scop 25", 15, "18h-20h", "Scenacle", "", "25000", "Besançon")

# 62 the cooperative games evening at the MJC Palente, Friday 25: the calendar says « MJC »
agenda("jeux-palente", "Soirée jeux coopératifs", [(25, "19:00", "23:00")], "MJC Palente",
       A("MJC Palente", "24 rue des Roses", "25000", "Besançon", insee=BESANCON))
cal("jeux-palente", "soiree-jeux-cooperatifs", SZ(25, "19:00"), EZ(25, "23:00"), SUM("Soirée jeux coopératifs"), LOC("MJC"))

# 63 the AMAP distribution in Montrapon, Thursday 3 (agenda alone)
agenda("amap-besancon", "Découvrir une AMAP : distribution ouverte", [(3, "18:00", "19:30")], "Réseau des AMAP de Franche-Comté",
       A("Maison de quartier de Montrapon", "1 place Coubertin", "25000", "Besançon", insee=BESANCON))

# 64 the university's colloquium, Thursday 24
plat("colloque-ufc", "Colloque : l'économie sociale et solidaire au cœur des territoires", 24, "09:00", "17:00", "Université de Franche-Comté",
     P("UFR SJEPG", "45D avenue de l'Observatoire", "25000", "Besançon"))
agenda("colloque-ufc", "ESS et territoires : colloque universitaire", [(24, "09:00", "17:00")], "Université de Franche-Comté",
       A("Faculté de droit, économie et gestion", "45D avenue de l'Observatoire", "25000", "Besançon", insee=BESANCON))
form("colloque-ufc", "UFC", "Colloque ESS et territoires", 24, "Toute la journée", "Fac de droit", "45 D av de l'Observatoire", "25030", "BESANCON CEDEX")

# 65 Grand Besançon's ESS businesses breakfast, Thursday 17 (calendar and form)
cal("pdj-gbm", "petit-dej-entreprises-ess-gbm", SU(17, "08:30"), EU(17, "10:00"), SUM("Petit déjeuner des entreprises de l'ESS"),
    LOC("Hôtel de Ville, Besancon"))
form("pdj-gbm", "Grand Besançon Métropole", "Petit-déjeuner entreprises ESS", 17, "8h30-10h", "Hôtel de Ville", "2 rue Mégevand", "25000", "Besançon")

# 66 the Fresque du Climat in Besançon, Thursday 17 evening (Dijon's, Auxerre's the same evening)
agenda("fdc-besancon", "Atelier La Fresque du Climat - Besançon", [(17, "18:30", "21:30")], "La Fresque du Climat",
       A("Tiers-lieu La Fabrikà", "10 rue Gabriel Plançon", "25000", "Besançon", insee=BESANCON))
cal("fdc-besancon", "fresque-climat-besancon-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Climat"), LOC("Besancon"))
form("fdc-besancon", "Fresque du Climat 25", "Fresque du climat", 17, "18h30-21h30", "La Fabrika", "", "", "BESANCON")

# ───────────────────────── Saône-et-Loire ─────────────────────────

# 67 the Grand Chalon forum at the Salle Marcel Sembat, Thursday 17, four sources
plat("forum-chalon", "Forum de l'ESS du Grand Chalon", 17, "09:00", "17:00", "Le Grand Chalon",
     P("Salle Marcel Sembat", "Rue Jean Moulin", "71100", "Chalon-sur-Saône"))
agenda("forum-chalon", "Forum de l'économie sociale et solidaire - Grand Chalon", [(17, "09:00", "17:00")], "Grand Chalon",
       A("Salle Marcel Sembat", "Rue Jean Moulin", "71100", "Chalon-sur-Saône", insee=CHALON))
cal("forum-chalon", "forum-ess-grand-chalon", S(17, "09:00"), E(17, "17:00"), SUM("Forum ESS"), LOC("Chalons-sur-Saone"))
form("forum-chalon", "Grand Chalon", "Forum ESS", 17, "Toute la journée", "Salle Marcel Sembat", "", "71100", "CHALON SUR SAONE")

# 68 a film-debate in Chalon, Tuesday 8
agenda("cine-chalon", "Ciné-débat : « Demain »", [(8, "20:00", "22:30")], "Alternatiba Chalon",
       A("Cinéma Axel", "7 rue Jean Moulin", "71100", "Chalon-sur-Saône", insee=CHALON))
form("cine-chalon", "Alternatiba Chalon", "Ciné débat Demain", 8, "20h", "Cinéma", "", "", "Chalon sur Saône")

# 69 Le Mouvement associatif's workshop at Chalon's Maison des associations, Tuesday 29
plat("asso-chalon", "Atelier : bien démarrer son association", 29, "18:00", "20:00", "Le Mouvement associatif Bourgogne-Franche-Comté",
     P("Maison des associations", "4 rue Jules Ferry", "71100", "Chalon-sur-Saône"))
form("asso-chalon", "LMA BFC", "Créer son asso", 29, "18h-20h", "MDA", "", "", "Chalon")

# 70 the ressourcerie's open day in Chalon, Saturday 19
plat("po-chalon", "Portes ouvertes de la Ressourcerie du Chalonnais", 19, "10:00", "17:00", "Le Pont - ressourcerie",
     P("Ressourcerie Le Pont", "22 rue de la Motte", "71100", "Chalon-sur-Saône"))
form("po-chalon", "Le Pont Ressourcerie", "Portes ouvertes", 19, "", "", "22 rue de la Motte", "71100", "Chalon-s/-Saône")

# 71 Le Spot's open evening in Mâcon, Wednesday 9
plat("spot-macon", "Soirée portes ouvertes du Spot, tiers-lieu mâconnais", 9, "18:00", "21:00", "Le Spot",
     P("Le Spot", "Rue de Lyon", "71000", "Mâcon"))
cal("spot-macon", "portes-ouvertes-le-spot", SF(9, "18:00"), EF(9, "21:00"), SUM("Portes ouvertes du Spot"), LOC("Le Spot"))
form("spot-macon", "Le Spot tiers-lieu", "Soirée portes ouvertes", 9, "18h-21h", "Le Spot", "", "71000", "MACON")

# 72 the Mâcon job dating, Tuesday 29 morning
plat("jd-macon", "Job dating ESS en Mâconnais", 29, "09:00", "12:00", "Pôle emploi Mâcon",
     P("Hôtel de Ville", "Rue Dufour", "71000", "Mâcon"))
agenda("jd-macon", "Job dating de l'ESS", [(29, "09:00", "12:00")], "Pôle emploi Bourgogne-Franche-Comté",
       A("Hôtel de Ville de Mâcon", "Rue Dufour", "71000", "Mâcon", insee=MACON))

# 73 Mâcon's repair café, Saturday 26 (agenda alone)
agenda("rc-macon", "Repair Café mâconnais", [(26, "14:00", "17:00")], "Repair Café Mâcon",
       A("Centre social Marbé", "Rue Pierre de Coubertin", "71000", "Mâcon", insee=MACON))

# 74 Le Creusot's repair café, Saturday 26: the calendar names the town alone
agenda("rc-creusot", "Repair Café du Creusot", [(26, "14:00", "17:00")], "Centre social Harfleur",
       A("Centre social Harfleur", "Rue de Harfleur", "71200", "Le Creusot", insee=CREUSOT))
cal("rc-creusot", "repair-cafe-creusot", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café"), LOC("Le Creusot"))

# 75 France Active Bourgogne's meeting in Le Creusot, Thursday 24
cal("fab-creusot", "financer-association-creusot", SZ(24, "14:00"), EZ(24, "16:00"), SUM("Financer son association : rencontre France Active"),
    LOC("LE CREUSOT"))
form("fab-creusot", "FA Bourgogne", "Financer son asso", 24, "14h-16h", "Pépinière d'entreprises", "Rue Edouard Vaillant", "71200", "Le Creusot")

# 76 / 77 L'Embarcadère in Montceau, Tuesday 15: CAE workshop in the afternoon, IAE conference in the evening
plat("embarcadere-conf", "Conférence : l'insertion par l'activité économique en Bassin minier", 15, "18:00", "20:00", "Ville de Montceau-les-Mines",
     P("L'Embarcadère", "Quai Jules Chagot", "71300", "Montceau-les-Mines"))
cal("embarcadere-conf", "conference-iae-montceau", SF(15, "18:00"), EF(15, "20:00"), SUM("Conférence insertion par l'activité économique"),
    LOC("L'Embarcadère, Montceau les mines"))
form("embarcadere-conf", "Mairie de Montceau", "Conférence IAE", 15, "18h", "L'Embarcadère", "", "", "Montceau les mines")
agenda("embarcadere-cae", "Atelier : créer son activité en coopérative", [(15, "14:00", "16:00")], "Coopilote",
       A("L'Embarcadère", "Quai Jules Chagot", "71300", "Montceau-les-Mines", insee=MONTCEAU))
form("embarcadere-cae", "Coopilote", "Atelier créer son activité en CAE", 15, "14h-16h", "Embarcadère", "", "71300", "MONTCEAU-LES-MINES")

# ───────────────────────── Yonne, Nièvre ─────────────────────────

# 78 the Auxerre forum at Auxerrexpo, Saturday 19
plat("forum-auxerre", "Forum de l'ESS de l'Auxerrois", 19, "10:00", "17:00", "Communauté de l'Auxerrois",
     P("Auxerrexpo", "Rue des Plattes", "89000", "Auxerre"))
agenda("forum-auxerre", "Forum ESS Auxerre", [(19, "10:00", "17:00")], "Communauté d'agglomération de l'Auxerrois",
       A("Auxerrexpo", "Rue des Plattes", "89000", "Auxerre", insee=AUXERRE))
form("forum-auxerre", "CA Auxerrois", "Forum de l'ESS", 19, "Toute la journée", "Auxerrexpo", "", "89000", "AUXERRE")

# 79 the Fresque du Climat in Auxerre, Thursday 17 evening: the calendar names the town alone
cal("fdc-auxerre", "fresque-climat-auxerre", SZ(17, "18:30"), EZ(17, "21:30"), SUM("La Fresque du Climat"), LOC("Auxerre"))
form("fdc-auxerre", "Fresque du Climat Yonne", "Fresque du climat", 17, "18h30", "Maison de quartier Sainte-Geneviève", "", "89000", "Auxerre")

# 80 Le Silex' evening, Friday 18
plat("silex-auxerre", "Soirée « Musiques et ESS » au Silex", 18, "20:00", "23:00", "Le Silex",
     P("Le Silex", "7 rue de l'Île-aux-Plaisirs", "89000", "Auxerre"))
cal("silex-auxerre", "soiree-silex", SU(18, "20:00"), SUM("Soirée Musiques & ESS"), LOC("Le Silex"))

# 81 Sens' repair café, Saturday 12: the calendar gives the postal code alone
plat("rc-sens", "Repair Café sénonais", 12, "14:00", "17:00", "Repair Café Sens",
     P("Salle des Champs Plaisants", "Rue des Champs Plaisants", "89100", "Sens"))
cal("rc-sens", "repair-cafe-sens-1211", S(12, "14:00"), E(12, "17:00"), SUM("Repair Café"), LOC("89100"))

# 82 a talk on short food chains in Sens, Thursday 3
agenda("circuits-sens", "Conférence : manger local, les circuits courts du Sénonais", [(3, "18:30", "20:00")], "Ville de Sens",
       A("Salle des fêtes", "Boulevard du 14 Juillet", "89100", "Sens", insee=SENS))
form("circuits-sens", "Mairie de Sens", "Conférence circuits courts", 3, "18h30", "Salle des fêtes", "", "", "SENS")

# 83 the pitch evening at Inkub Nevers, Thursday 10
plat("inkub-nevers", "Soirée pitch : projets ESS de la Nièvre", 10, "18:00", "20:00", "Inkub Nevers",
     P("Inkub", "2 boulevard Pierre de Coubertin", "58000", "Nevers"))
agenda("inkub-nevers", "Pitchs de projets à impact", [(10, "18:00", "20:00")], "Inkub - Nevers Agglomération",
       A("Inkub", "2 bd Pierre de Coubertin", "58000", "Nevers", insee=NEVERS))
form("inkub-nevers", "Inkub", "Soirée pitch ESS", 10, "18h-20h", "Inkub", "", "58000", "Nevers")

# 84 the solidarity concert at Café Charbon, Friday 25
agenda("charbon-nevers", "Concert solidaire au Café Charbon", [(25, "20:30", "23:30")], "Café Charbon",
       A("Café Charbon", "10 rue Mademoiselle Bourgeois", "58000", "Nevers", insee=NEVERS))
cal("charbon-nevers", "concert-solidaire-charbon", SZ(25, "20:30"), SUM("Concert solidaire"), LOC("Café Charbon"))

# 85 ADIE's morning in Nevers, Wednesday 16
plat("adie-nevers", "Matinée d'information : créer son entreprise avec l'Adie", 16, "09:00", "12:00", "Adie",
     P("Maison de l'emploi", "7 rue du Pont Cizeau", "58000", "Nevers"))
form("adie-nevers", "ADIE", "Matinée création d'entreprise", 16, "matin", "Maison de l'emploi", "", "", "NEVERS")

# ───────────────────────── Nord Franche-Comté ─────────────────────────

# 86 / 87 the same film-debate in Belfort and Montbéliard, Tuesday 22 evening
plat("cine-belfort", "Ciné-débat : « La Part des autres »", 22, "20:00", "22:30", "Ligue de l'enseignement du Territoire de Belfort",
     P("Cinéma des Quais", "1 avenue de la Laurencie", "90000", "Belfort"))
agenda("cine-belfort", "Projection-débat « La Part des autres »", [(22, "20:00", "22:30")], "Ligue de l'enseignement 90",
       A("Cinéma des Quais", "1 avenue de la Laurencie", "90000", "Belfort", insee=BELFORT))
cal("cine-belfort", "cine-debat-part-des-autres-belfort", SZ(22, "20:00"), SUM("Ciné-débat La Part des autres"), LOC("Belfort"))
form("cine-belfort", "Ligue 90", "Ciné débat", 22, "20h", "Cinéma des Quais", "", "90000", "BELFORT")
agenda("cine-montbeliard", "Projection-débat « La Part des autres »", [(22, "20:00", "22:30")], "Ligue de l'enseignement du Doubs",
       A("Cinéma Le Colisée", "13 rue Clemenceau", "25200", "Montbéliard", insee=MONTBELIARD))
cal("cine-montbeliard", "cine-debat-part-des-autres-colisee", SZ(22, "20:00"), SUM("Ciné-débat La Part des autres"), LOC("Colisée"))
form("cine-montbeliard", "Ligue de l'enseignement 25", "Ciné-débat la Part des autres", 22, "20h", "Le Colisée", "", "", "Montbeliard")

# 88 / 89 two job datings on Tuesday 15 morning: Montbéliard, Audincourt (the calendar says « Montbéliard »)
plat("jd-montbeliard", "Job dating de l'ESS du Pays de Montbéliard", 15, "09:00", "12:00", "Pays de Montbéliard Agglomération",
     P("Hôtel de Ville", "Place Saint-Martin", "25200", "Montbéliard"))
form("jd-montbeliard", "PMA", "Job dating ESS", 15, "9h-12h", "Hôtel de ville", "", "25200", "MONTBELIARD")
agenda("jd-audincourt", "Job dating : l'insertion recrute", [(15, "09:00", "12:00")], "Pôle emploi Audincourt",
       A("Centre socioculturel L'Escapade", "1 rue Charles Peugeot", "25400", "Audincourt", insee=AUDINCOURT))
cal("jd-audincourt", "job-dating-insertion-audincourt", SZ(15, "09:00"), EZ(15, "12:00"), SUM("Job dating insertion"), LOC("Montbéliard"))
form("jd-audincourt", "Pôle emploi", "Job dating IAE", 15, "matin", "L'Escapade", "", "", "Audincourt")

# 90 the evening at Le Moloco in Audincourt, Friday 4: the calendar says Montbéliard, the form Montbéliard's code
plat("moloco", "Soirée Musiques & ESS au Moloco", 4, "20:00", "23:30", "Le Moloco",
     P("Le Moloco", "21 rue de Seloncourt", "25400", "Audincourt"))
cal("moloco", "soiree-moloco", SZ(4, "20:00"), EZ(4, "23:30"), SUM("Soirée musiques et ESS"), LOC("Moloco, Montbéliard"))
form("moloco", "Moloco", "Soirée Musiques et ESS", 4, "20h", "Le Moloco", "21 rue de Seloncourt", "25200", "Audincourt")

# 91 PMA's conference at its seat, Thursday 3: the calendar has the street alone
plat("conf-pma", "Conférence : l'ESS, une force pour le Pays de Montbéliard", 3, "18:00", "20:00", "Pays de Montbéliard Agglomération",
     P("Hôtel d'agglomération", "8 avenue des Alliés", "25200", "Montbéliard"))
cal("conf-pma", "conference-ess-pma", SF(3, "18:00"), EF(3, "20:00"), SUM("Conférence ESS Pays de Montbéliard"), LOC("8 avenue des Alliés"))

# 92 / 93 the Maison du Peuple in Belfort, Saturday 12: the forum all day, a repair café inside in the afternoon
plat("forum-belfort", "Forum de l'ESS du Territoire de Belfort", 12, "10:00", "17:00", "Grand Belfort",
     P("Maison du Peuple", "Place de la Résistance", "90000", "Belfort"))
agenda("forum-belfort", "Forum ESS Territoire de Belfort", [(12, "10:00", "17:00")], "Grand Belfort Communauté d'agglomération",
       A("Maison du Peuple", "Place de la Résistance", "90000", "Belfort", insee=BELFORT))
form("forum-belfort", "Grand Belfort", "Forum de l'ESS", 12, "Toute la journée", "Maison du Peuple", "", "90020", "BELFORT CEDEX")
cal("rc-belfort", "repair-cafe-maison-du-peuple", S(12, "14:00"), E(12, "17:00"), SUM("Repair Café du forum"), LOC("Maison du Peuple"))
form("rc-belfort", "Repair Café Belfort", "Repair café", 12, "14h-17h", "Maison du peuple", "", "", "Belfort")

# ───────────────────────── Jura, Haute-Saône, Haut-Doubs ─────────────────────────

# 94 the Jura tiers-lieux meeting in Dole, Wednesday 23
plat("tierslieux-dole", "Rencontre des tiers-lieux du Jura", 23, "14:00", "18:00", "Réseau des tiers-lieux de BFC",
     P("La Fabrique", "2 rue des Arènes", "39100", "Dole"))
agenda("tierslieux-dole", "Rencontre régionale : les tiers-lieux jurassiens", [(23, "14:00", "18:00")], "Réseau des tiers-lieux BFC",
       A("La Fabrique", "2 rue des Arènes", "39100", "Dole", insee=DOLE))
cal("tierslieux-dole", "rencontre-tiers-lieux-jura", SZ(23, "14:00"), EZ(23, "18:00"), SUM("Rencontre tiers-lieux Jura"), LOC("Dole"))

# 95 ADIE's workshop in Dole, Tuesday 8 (form alone)
form("adie-dole", "ADIE", "Atelier micro-crédit", 8, "14h", "Médiathèque", "", "39100", "Dole")

# 96 the ESS market in Lons-le-Saunier, Saturday 26 morning
agenda("marche-lons", "Marché de l'ESS et des producteurs", [(26, "09:00", "13:00")], "Ville de Lons-le-Saunier",
       A("Place de la Liberté", "Place de la Liberté", "39000", "Lons-le-Saunier", insee=LONS))
form("marche-lons", "Mairie de Lons", "Marché ESS", 26, "matin", "Place de la Liberté", "", "", "LONS LE SAUNIER")

# 97 Coopilote's information meeting in Vesoul, Thursday 10
plat("cae-vesoul", "Réunion d'information : entreprendre en CAE à Vesoul", 10, "14:00", "16:00", "Coopilote",
     P("Maison de l'emploi et de la formation", "11 rue Victor Dollé", "70000", "Vesoul"))
form("cae-vesoul", "Coopilote", "Réunion info CAE", 10, "14h", "", "11 rue Victor Dollé", "", "Vesoul")

# 98 the ressourcerie's open day in Vesoul, Saturday 19: the calendar gives the postal code alone
agenda("po-vesoul", "Portes ouvertes de la ressourcerie", [(19, "10:00", "17:00")], "Ressourcerie de Haute-Saône",
       A("Ressourcerie", "Rue des Casernes", "70000", "Vesoul", insee=VESOUL))
cal("po-vesoul", "portes-ouvertes-ressourcerie-70", SD(19), SUM("Portes ouvertes ressourcerie"), LOC("70000"))

# 99 the Haut-Doubs job forum in Pontarlier, Thursday 24 morning
plat("forum-pontarlier", "Forum emploi de l'ESS du Haut-Doubs", 24, "09:00", "12:30", "Mission locale du Haut-Doubs",
     P("Espace Pourny", "Rue de la Paix", "25300", "Pontarlier"))
cal("forum-pontarlier", "forum-emploi-ess-haut-doubs", SU(24, "09:00"), EU(24, "12:30"), SUM("Forum emploi ESS"), LOC("Pontarlier"))

# 100 a talk on fair dairy in Pontarlier, Tuesday 29 (agenda alone)
agenda("lait-pontarlier", "Conférence : un lait équitable pour le Haut-Doubs ?", [(29, "20:00", "22:00")], "Ville de Pontarlier",
       A("Théâtre Bernard Blier", "Place Jules Pagnier", "25300", "Pontarlier", insee=PONTARLIER))

# ───────────────────────── added: Fontaine d'Ouche, Eldorado, Quetigny, Battant, Montbéliard ─────────────────────────

# 107 the sewing workshop at the Fontaine d'Ouche social centre, Saturday 19: the form's town is the quarter
plat("couture-fontaine-ouche", "Atelier couture : réparer plutôt que jeter", 19, "14:00", "17:00", "Centre social Fontaine d'Ouche",
     P("Centre social Fontaine d'Ouche", "3 place de la Fontaine d'Ouche", "21000", "Dijon"))
form("couture-fontaine-ouche", "CS Fontaine d'Ouche", "Atelier couture réparation", 19, "14h-17h", "Centre social", "", "", "Fontaine d'Ouche")

# 108 the film-debate at the Eldorado, Tuesday 22 evening (the Belfort and Montbéliard screenings the same evening)
plat("cine-dijon", "Ciné-débat : « Douce France »", 22, "20:00", "22:30", "Alternatiba Dijon",
     P("Cinéma Eldorado", "21 rue Alfred de Musset", "21000", "Dijon"))
form("cine-dijon", "Alternatiba Dijon", "Ciné-débat Douce France", 22, "20h", "Eldo", "", "", "Dijon")

# 109 fair trade talk at Quetigny's Espace Mendès-France, Wednesday 30: the form has the postal code shared with Chevigny
agenda("equitable-quetigny", "Conférence : le commerce équitable, ici et là-bas", [(30, "18:30", "20:30")], "Artisans du Monde Dijon",
       A("Espace Mendès-France", "Place Centrale Roger Rémond", "21800", "Quetigny", insee=QUETIGNY))
form("equitable-quetigny", "Artisans du Monde", "Conférence commerce équitable", 30, "18h30", "Espace Mendès-France", "", "21800", "")

# 110 the housing talk at the Maison de quartier Battant, Wednesday 16: the calendar names the venue alone
plat("habiter-battant", "Conférence : habiter autrement en Franche-Comté", 16, "18:30", "20:30", "Habitat participatif Bourgogne-Franche-Comté",
     P("Maison de quartier Battant", "22 rue Battant", "25000", "Besançon"))
cal("habiter-battant", "habiter-autrement-battant", SZ(16, "18:30"), EZ(16, "20:30"), SUM("Habiter autrement : conférence"), LOC("Maison de quartier"))
form("habiter-battant", "Habitat participatif BFC", "Conf. habiter autrement", 16, "18h30", "MDQ Battant", "", "25000", "Besançon")

# 111 the disco-soupe at Montbéliard's covered market, Sunday 20 (Besançon's two the same day)
agenda("ds-montbeliard", "Disco Soupe au marché couvert", [(20, "10:30", "13:00")], "Pays de Montbéliard Agglomération",
       A("Marché couvert", "Place Dorian", "25200", "Montbéliard", insee=MONTBELIARD))
cal("ds-montbeliard", "disco-soupe-montbeliard", SZ(20, "10:30"), EZ(20, "13:00"), SUM("Disco soupe"), LOC("Montbeliard"))

# ───────────────────────── online ─────────────────────────

# 101 the CRESS' webinar for organisers, Wednesday 2
plat("web-cress", "Webinaire : participer au Mois de l'ESS, mode d'emploi", 2, "11:00", "12:00", "CRESS Bourgogne-Franche-Comté", ONLINE,
     modality="En ligne")
agenda("web-cress", "Mois de l'ESS 2022 : comment y participer ?", [(2, "11:00", "12:00")], "CRESS BFC", {}, mode=2,
       onlineAccessLink=TEAMS_CRESS)

# 102 / 103 France Active Bourgogne's webinar on the 8th and the 29th
plat("web-fab-8", "Les Matinales de France Active : financer son projet d'ESS", 8, "10:00", "11:30", "France Active Bourgogne", ONLINE,
     modality="En ligne")
agenda("web-fab-8", "Financer son projet ESS - webinaire France Active", [(8, "10:00", "11:30")], "France Active Bourgogne", {}, mode=2,
       onlineAccessLink=ZOOM_FAB)
form("web-fab-8", "FA Bourgogne", "Webinaire financement", 8, "10h", "", "", "", "", "Visio")
plat("web-fab-29", "Les Matinales de France Active : financer son projet d'ESS", 29, "10:00", "11:30", "France Active Bourgogne", ONLINE,
     modality="En ligne")
cal("web-fab-29", "matinale-france-active-2911", SZ(29, "10:00"), EZ(29, "11:30"), SUM("Matinale France Active : financer son projet"),
    LOC("En ligne"), f"URL:{ZOOM_FAB2}")
form("web-fab-29", "France Active Bourgogne", "Matinale financement", 29, "10h-11h30", "Zoom", "", "", "", "En ligne")

# 104 Le Mouvement associatif's webinar at the same hour on the 8th
cal("web-lma", "webinaire-cer-lma-bfc", SZ(8, "10:00"), EZ(8, "11:00"), SUM("Webinaire : le contrat d'engagement républicain"),
    LOC("Visio"), f"URL:{JITSI_LMA}")
form("web-lma", "LMA BFC", "Webinaire CER", 8, "10h-11h", "", "", "", "", "Webinaire")

# 105 the URSCOP's lunch webinar, Thursday 24
plat("web-scop", "Webinaire : reprendre une entreprise en Scop", 24, "12:30", "13:30", "Les Scop Bourgogne-Franche-Comté", ONLINE,
     modality="En ligne")
cal("web-scop", "webinaire-reprise-scop", SU(24, "12:30"), EU(24, "13:30"), SUM("Webinaire reprise en Scop"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{ZOOM_SCOP}")

# 106 ADIE's online information session, Monday 14
agenda("web-adie", "Créer sa micro-entreprise : session d'information en ligne", [(14, "10:00", "11:00")], "Adie", {}, mode=2,
       onlineAccessLink=MEET_ADIE)
form("web-adie", "ADIE BFC", "Info création micro entreprise", 14, "10h", "", "", "", "", "Distanciel")

# 112 the CRESS' webinar on the ESS figures of the region, Tuesday 15, four sources (the calendar's LOCATION a Zoom link)
ZOOM_CRESS = "https://us06web.zoom.us/j/81234598765"
plat("web-chiffres", "Webinaire : les chiffres clés de l'ESS en Bourgogne-Franche-Comté", 15, "11:00", "12:00", "CRESS Bourgogne-Franche-Comté",
     ONLINE, modality="En ligne")
agenda("web-chiffres", "Panorama de l'ESS en BFC : présentation en ligne", [(15, "11:00", "12:00")], "CRESS BFC", {}, mode=2,
       onlineAccessLink=ZOOM_CRESS)
cal("web-chiffres", "webinaire-chiffres-ess-bfc", SZ(15, "11:00"), EZ(15, "12:00"), SUM("Webinaire - chiffres clés de l'ESS"), LOC(ZOOM_CRESS))
form("web-chiffres", "CRESS BFC", "Chiffres clés ESS BFC", 15, "11h-12h", "", "", "", "", "En ligne")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
