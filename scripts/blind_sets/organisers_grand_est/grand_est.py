"""Blind set organisers_grand_est-1 (helper, 8 Dec 2026): Grand Est, WHO ORGANISES, written without reading the merge
rules. About 80 real events of November 2022 in Strasbourg (Hôtel de Région, Le Shadok, Hôtel de la Métropole, the
Neudorf, Koenigshoffen, Esplanade and Neuhof quarters), Schiltigheim, Bischheim, Illkirch-Graffenstaden, Mundolsheim,
Mulhouse (KMØ, Motoco), Colmar, Sélestat, Metz (Borny, Arsenal), Thionville, Nancy, Vandœuvre-lès-Nancy, Laxou,
Épinal, Saint-Dié, Reims, Châlons-en-Champagne, Troyes and Charleville-Mézières, over four sources: the national
platform's JSON, the CRESS Grand Est's OpenAgenda, a local network's iCalendar (ESS Alsace: TZID, UTC « Z », local
time written as UTC one hour off, VALUE=DATE, weekly RRULE sessions, no ORGANIZER for most events and the organiser
in the title « [Emmaüs Mundo] … », « URL: » / « CONFERENCE » links, « En ligne »), and the CRESS registration form
(Windows-1252 `;` CSV: acronyms, a person as organiser, « 14h-17h », « matin », no hour, « Visio »).

About two thirds of the events are credited differently by their sources, as real listings are: the network for its
member or the member for the network (URSCOP Grand Est / a Scop or a Scic, Emmaüs France / Emmaüs Mundo, Réseau
Alsace de Chantiers d'Insertion / one chantier, Ligue de l'enseignement 54 / FOL 54, Fédération des centres sociaux /
one centre, Le Mouvement associatif / LMA); the public bodies under their several names (Eurométropole de Strasbourg /
Ville de Strasbourg / EMS / Strasbourg Eurométropole, Metz Métropole / CA Metz Métropole, Grand Nancy / Métropole du
Grand Nancy / MGN, CCAS de Reims / Ville de Reims - CCAS, Région Grand Est / Conseil régional Grand Est, CD 67 /
Collectivité européenne d'Alsace / CeA, m2A / Mulhouse Alsace Agglomération, TCM / Troyes Champagne Métropole,
Département des Vosges / CD 88); acronyms and full names (CAE Coopénates, France Active Lorraine / FAL, ADIE,
CRESS GE, MJC, FAS, URIOPSS); the town or the département added or dropped (Repair Café Colmar / Repair Café); a
person as the organiser in the form (« Mme Schmitt (trésorière) »); co-organisers (« X et Y » / « X »); the venue
credited (Le Shadok / Ville de Strasbourg, KMØ / m2A); no organiser at all.

Hard negatives: the open days of two chantiers of the Réseau Alsace de Chantiers d'Insertion the same afternoon in
Strasbourg (both credited to the network on the platform); two Scop visits in Mulhouse the same afternoon (both to
URSCOP); open days of two centres sociaux of one federation the same afternoon in Reims; job forums by the Ville de
Strasbourg and by the Eurométropole the same morning at two venues, compost workshops by the Ville de Nancy and by the
Métropole the same morning; two repair cafés of two associations the same Saturday afternoon in Strasbourg
(Neudorf, Koenigshoffen), two in Colmar; two webinars at 10:00 on the 15th (Le Mouvement associatif, the Fédération
des centres sociaux) and two at 14:00 on the 10th (FAS Grand Est, URIOPSS Grand Est); weekly sessions of
Coopénates' information meeting and of a bike workshop in Strasbourg; Emmaüs sales in Mundolsheim and Metz the same
Saturday."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-grand-est-openagenda", "ess-alsace-ical", "cress-grand-est-tableur")


def _ts(day, hm): return f"202211{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def WZ(day, hm): return f"DTSTART:{_ts(day, hm)}Z"   # local time written as UTC: one hour late once read
def WEZ(day, hm): return f"DTEND:{_ts(day, hm)}Z"
def SF(day, hm): return f"DTSTART:{_ts(day, hm)}"
def EF(day, hm): return f"DTEND:{_ts(day, hm)}"
def SD(day): return f"DTSTART;VALUE=DATE:202211{day:02d}"
def ED(day): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, day) + timedelta(days=1)).strftime("%Y%m%d")
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"
def OA(text): return {"fr": text}


STRASBOURG, SCHILTIGHEIM, ILLKIRCH, MULHOUSE, COLMAR = "67482", "67447", "67218", "68224", "68066"
METZ, THIONVILLE, NANCY, VANDOEUVRE, EPINAL = "57463", "57672", "54395", "54547", "88160"
REIMS, CHALONS, TROYES, CHARLEVILLE = "51454", "51108", "10387", "08105"
MUNDOLSHEIM, BISCHHEIM, SELESTAT, LAXOU, STDIE = "67309", "67043", "67462", "54304", "88413"

ZOOM_CRESS = "https://us06web.zoom.us/j/83312457790"
TEAMS_LMA = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TE1BR3JhbmRFc3Q@thread.v2/0"
ZOOM_FCS = "https://us02web.zoom.us/j/85566778899?pwd=RkNTQWxzYWNl"
MEET_FAS = "https://meet.google.com/fas-gest-web"
ZOOM_URIOPSS = "https://us02web.zoom.us/j/87711223344"
ZOOM_FAGE = "https://us06web.zoom.us/j/89900112233"
JITSI_SCOP = "https://meet.jit.si/URSCOP-GE-transmission"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:ESS Alsace - agenda du Mois de l'ESS\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(1), itertools.count(7001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """The CRESS Grand Est's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@ess-alsace.org", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"GE-2022-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── Strasbourg: the région and the CRESS ─────────────────────────

# 1 the regional launch at the Hôtel de Région, Thursday 3
plat("lancement", "Lancement du Mois de l'ESS en Grand Est", 3, "18:00", "21:00", "CRESS Grand Est",
     P("Hôtel de Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
agenda("lancement", "Soirée de lancement régionale du Mois de l'Économie Sociale et Solidaire", [(3, "18:00", "21:00")],
       "Chambre régionale de l'ESS Grand Est", A("Maison de la Région", "1 place Adrien Zeller", "67000", "Strasbourg", insee=STRASBOURG))
cal("lancement", "lancement-moisess-ge", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Lancement du Mois de l'ESS"),
    LOC("Maison de la Région, Strasbourg"), ORG("CRESS GE", "contact@cress-grandest.org"))
form("lancement", "CRESS GE et Région Grand Est", "Lancement Mois de l'ESS 2022", 3, "18h-21h", "Hôtel de Région",
     "1 place Adrien Zeller", "67000", "STRASBOURG")

# 2 the Région's call for projects information meeting, Tuesday 8 afternoon (same house)
plat("region-aap", "Réunion d'information : appel à projets ESS de la Région Grand Est", 8, "14:00", "16:00", "Région Grand Est",
     P("Hôtel de Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
agenda("region-aap", "Appel à projets « Soutien à l'ESS » : présentation", [(8, "14:00", "16:00")], "Conseil régional Grand Est",
       A("Hôtel de Région", "1 place Adrien Zeller", "67070", "Strasbourg Cedex", insee=STRASBOURG))
form("region-aap", "Conseil Régional du Grand Est - Direction de l'économie", "Présentation AAP ESS", 8, "après-midi", "Maison de la Région",
     "1 pl. Adrien Zeller", "67070", "Strasbourg Cedex")

# 3 the CRESS's « Rencontre des têtes de réseaux » at its office (agenda alone)
agenda("cress-reseaux", "Rencontre des têtes de réseaux de l'ESS", [(14, "09:30", "12:00")], "CRESS Grand Est",
       A("CRESS Grand Est", "13 rue du Faubourg de Pierre", "67000", "Strasbourg", insee=STRASBOURG))

# ───────────────────────── Strasbourg: Ville, Eurométropole, CeA ─────────────────────────

# 4 / 5 two job forums the same Tuesday 22 morning: the Ville at the Neuhof, the Eurométropole at its Hôtel
plat("forum-ville", "Forum de l'emploi solidaire du Neuhof", 22, "09:00", "12:30", "Ville de Strasbourg",
     P("Centre socioculturel du Neuhof", "1 rue de Marienbourg", "67100", "Strasbourg"))
agenda("forum-ville", "Forum emploi : l'ESS recrute au Neuhof", [(22, "09:00", "12:30")], "Ville de Strasbourg - Direction de territoire Neuhof-Meinau",
       A("CSC du Neuhof", "1 rue de Marienbourg", "67100", "Strasbourg", insee=STRASBOURG))
form("forum-ville", "Ville de Strasbourg", "Forum emploi Neuhof", 22, "9h-12h30", "CSC Neuhof", "", "67100", "Strasbourg")
plat("forum-ems", "Job dating de l'économie sociale et solidaire", 22, "09:00", "12:00", "Eurométropole de Strasbourg",
     P("Centre administratif", "1 parc de l'Étoile", "67000", "Strasbourg"))
agenda("forum-ems", "L'ESS recrute : job dating de l'Eurométropole", [(22, "09:00", "12:00")], "Strasbourg Eurométropole",
       A("Centre administratif de la Ville et de l'Eurométropole", "1 parc de l'Étoile", "67076", "Strasbourg Cedex", insee=STRASBOURG))
cal("forum-ems", "jobdating-ess-ems-2211", SZ(22, "09:00"), EZ(22, "12:00"), SUM("Job dating ESS"), LOC("Centre administratif, Strasbourg"),
    ORG("EMS", "ess@strasbourg.eu"))
form("forum-ems", "EMS - Mission ESS", "Job dating ESS", 22, "9h-12h", "Centre administratif", "1 parc de l'Etoile", "67076", "Strasbourg Cedex")

# 6 the responsible purchasing meeting of the Eurométropole, Thursday 17
plat("achats-ems", "Rencontres de l'achat socialement responsable", 17, "14:00", "17:30", "Ville et Eurométropole de Strasbourg",
     P("Centre administratif", "1 parc de l'Étoile", "67000", "Strasbourg"))
cal("achats-ems", "rencontres-achats-responsables", S(17, "14:00"), E(17, "17:30"), SUM("Rencontres achat responsable - clauses sociales"),
    LOC("1 parc de l'Étoile, 67000 Strasbourg"), ORG("Strasbourg Eurométropole", "achats@strasbourg.eu"))
form("achats-ems", "Eurométropole de Strasbourg", "Achat socialement responsable : rencontres acheteurs / SIAE", 17, "14h-17h30",
     "Centre administratif", "", "67000", "Strasbourg")

# 7 Le Shadok's low-tech workshop, Wednesday 16 (a venue of the Ville)
plat("shadok", "Atelier low-tech : réparer et détourner nos objets numériques", 16, "14:00", "18:00", "Ville de Strasbourg",
     P("Le Shadok", "25 presqu'île André Malraux", "67100", "Strasbourg"))
agenda("shadok", "Low-tech et réemploi numérique : atelier", [(16, "14:00", "18:00")], "Le Shadok",
       A("Le Shadok - fabrique du numérique", "25 presqu'île André Malraux", "67100", "Strasbourg", insee=STRASBOURG))
cal("shadok", "lowtech-shadok-1611", S(16, "14:00"), E(16, "18:00"), SUM("Atelier low-tech au Shadok"), LOC("Shadok"))
form("shadok", "Shadok", "Atelier low tech", 16, "14h-18h", "Le Shadok", "25 presqu'île Malraux", "67100", "Strasbourg")

# 8 the CeA's insertion meeting, Thursday 24
plat("cea-insertion", "Rencontre insertion : l'ESS et les allocataires du RSA", 24, "14:00", "16:30", "Collectivité européenne d'Alsace",
     P("Collectivité européenne d'Alsace", "Place du Quartier Blanc", "67000", "Strasbourg"))
agenda("cea-insertion", "RSA et emploi : la place des structures de l'ESS (rencontre)", [(24, "14:00", "16:30")], "CeA",
       A("Hôtel du Département", "Place du Quartier Blanc", "67964", "Strasbourg Cedex 9", insee=STRASBOURG))
form("cea-insertion", "CD 67 - service insertion", "Rencontre insertion RSA / ESS", 24, "14h", "Hôtel du Département",
     "Place du Quartier Blanc", "67000", "Strasbourg")

# 9 the CeA's forum of volunteering in Sélestat (date only in the form)
plat("cea-benevolat", "Forum du bénévolat en Centre Alsace", 19, "10:00", "17:00", "Collectivité européenne d'Alsace",
     P("Les Tanzmatten", "Quai de l'Ill", "67600", "Sélestat"))
form("cea-benevolat", "Conseil Départemental du Bas-Rhin", "Forum bénévolat", 19, "", "Tanzmatten", "", "67600", "Sélestat")
cal("cea-benevolat", "forum-benevolat-selestat", SD(19), ED(19), SUM("Forum du bénévolat - Sélestat"), LOC("Tanzmatten, Sélestat"))

# ───────────────────────── Strasbourg: networks and their members ─────────────────────────

# 10 / 11 two chantiers of the Réseau Alsace de Chantiers d'Insertion open the same Thursday 17 afternoon
plat("raci-montagne", "Portes ouvertes d'un chantier d'insertion", 17, "14:00", "17:00", "Réseau Alsace de Chantiers d'Insertion",
     P("Jardins de la Montagne Verte", "2 rue Saint-Nazaire", "67200", "Strasbourg"))
agenda("raci-montagne", "Portes ouvertes aux Jardins de la Montagne Verte", [(17, "14:00", "17:00")], "Les Jardins de la Montagne Verte",
       A("Jardins de la Montagne Verte", "2 rue Saint-Nazaire", "67200", "Strasbourg", insee=STRASBOURG))
form("raci-montagne", "Jardins de la Montagne Verte", "Portes ouvertes chantier maraîchage", 17, "14h-17h", "", "2 rue St Nazaire", "67200",
     "Strasbourg")
plat("raci-libreobjet", "Portes ouvertes d'un chantier d'insertion", 17, "14:00", "17:00", "Réseau Alsace de Chantiers d'Insertion",
     P("Libre Objet", "10 rue du Hohwald", "67000", "Strasbourg"))
cal("raci-libreobjet", "po-libre-objet-1711", S(17, "14:00"), E(17, "17:00"), SUM("[Libre Objet] Portes ouvertes de l'atelier"),
    LOC("10 rue du Hohwald, Strasbourg"))
form("raci-libreobjet", "RACI", "Portes ouvertes Libre Objet", 17, "14h-17h", "Libre Objet", "10 rue du Hohwald", "67000", "Strasbourg")

# 12 Emmaüs Mundo's solidarity sale, Saturday 12 (Emmaüs Metz the same day, below)
plat("emmaus-mundo", "Grande vente solidaire", 12, "10:00", "17:00", "Emmaüs France",
     P("Emmaüs Mundo", "1 rue de la Paix", "67450", "Mundolsheim"))
agenda("emmaus-mundo", "Vente solidaire d'automne", [(12, "10:00", "17:00")], "Emmaüs Mundo Strasbourg",
       A("Communauté Emmaüs Mundo", "1 rue de la Paix", "67450", "Mundolsheim", insee=MUNDOLSHEIM))
cal("emmaus-mundo", "vente-emmaus-mundo-1211", S(12, "10:00"), E(12, "17:00"), SUM("[Emmaüs Mundo] Vente solidaire"), LOC("Mundolsheim"))
form("emmaus-mundo", "Emmaus Mundo", "Vente solidaire", 12, "10h-17h", "Communauté", "1 rue de la Paix", "67450", "Mundolsheim")

# 13-16 Coopénates' information meeting every Tuesday (RRULE); the platform two sessions, the form one, the agenda one
COOP = {f"2022-11-{d:02d}": f"coop-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(COOP, "reunion-info-coopenates@ess-alsace.org", S(8, "10:00"), E(8, "12:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective"), LOC("Coopénates, 2 rue de Saverne, Strasbourg"))
plat("coop-8", "Entreprendre en coopérative : réunion d'information", 8, "10:00", "12:00", "CAE Coopénates",
     P("Coopénates", "2 rue de Saverne", "67000", "Strasbourg"))
plat("coop-22", "Entreprendre en coopérative : réunion d'information", 22, "10:00", "12:00", "CAE Coopénates",
     P("Coopénates", "2 rue de Saverne", "67000", "Strasbourg"))
form("coop-15", "Coopénates (Coopérative d'Activité et d'Emploi)", "Réunion d'info", 15, "10h-12h", "", "2 rue de Saverne", "67000", "Strasbourg")
agenda("coop-29", "Réunion d'information : tester son activité en CAE", [(29, "10:00", "12:00")], "URSCOP Grand Est",
       A("Coopénates", "2 rue de Saverne", "67000", "Strasbourg", insee=STRASBOURG))

# 17-19 the CADR 67 bike workshop every Wednesday evening (9, 16, 23)
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23)}
f.in_calendar(VELO, "atelier-velo-cadr@ess-alsace.org", S(9, "18:00"), E(9, "20:30"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3",
              SUM("Atelier vélo participatif"), LOC("Vélo-école, 8 rue Schulmeister, Strasbourg"))
plat("velo-16", "Atelier d'autoréparation vélo", 16, "18:00", "20:30", "CADR 67",
     P("Vélo-école CADR", "8 rue Schulmeister", "67100", "Strasbourg"))
form("velo-23", "Comité d'Action Deux Roues du Bas-Rhin", "Atelier réparation vélo", 23, "18h-20h30", "", "8 rue Schulmeister", "67100",
     "Strasbourg")

# 20 the ADIE's permanence, Thursday 10 morning (Nancy's below the same morning)
plat("adie-sxb", "Permanence création d'entreprise avec l'Adie", 10, "09:30", "12:00", "Adie",
     P("Maison de l'emploi", "4 rue Paul Eluard", "67200", "Strasbourg"))
agenda("adie-sxb", "Créer sa micro-entreprise : permanence microcrédit", [(10, "09:30", "12:00")],
       "Association pour le droit à l'initiative économique", A("Maison de l'Emploi de Strasbourg", "4 rue Paul Eluard", "67200", "Strasbourg",
                                                             insee=STRASBOURG))
form("adie-sxb", "ADIE Grand Est", "Permanence microcrédit", 10, "matin", "MDE", "4 rue Paul Eluard", "67200", "Strasbourg")

# 21 / 22 two repair cafés the same Saturday 19 afternoon: Neudorf and Koenigshoffen
plat("rc-neudorf", "Repair Café", 19, "14:00", "17:00", "Repair Café Strasbourg",
     P("Centre socioculturel du Neudorf", "42 rue du Lazaret", "67100", "Strasbourg"))
cal("rc-neudorf", "rc-neudorf-1911", S(19, "14:00"), E(19, "17:00"), SUM("Repair café du Neudorf"), LOC("CSC Neudorf"))
form("rc-neudorf", "M. Klein - président", "Repair café", 19, "14h-17h", "CSC du Neudorf", "42 rue du Lazaret", "67100", "Strasbourg")
agenda("rc-koenigs", "Repair Café de Koenigshoffen", [(19, "14:00", "17:30")], "Koenigshoffen Demain",
       A("Maison des associations de Koenigshoffen", "61 route des Romains", "67200", "Strasbourg", insee=STRASBOURG))
form("rc-koenigs", "Association Koenigshoffen Demain", "Repair café", 19, "14h-17h30", "", "61 route des Romains", "67200", "Strasbourg")

# 23 the AFEV's student volunteering evening at the Esplanade, Tuesday 15
plat("afev", "Soirée d'engagement étudiant : devenir bénévole", 15, "18:30", "20:30", "AFEV Strasbourg",
     P("Université de Strasbourg - Le Patio", "22 rue René Descartes", "67000", "Strasbourg"))
agenda("afev", "S'engager pendant ses études : soirée bénévolat", [(15, "18:30", "20:30")], "Association de la fondation étudiante pour la ville",
       A("Le Patio", "22 rue René Descartes", "67000", "Strasbourg", insee=STRASBOURG))
cal("afev", "soiree-engagement-afev", WZ(15, "18:30"), WEZ(15, "20:30"), SUM("Soirée engagement étudiant"), LOC("Campus Esplanade"))

# 24 a solidarity fashion show at the Hall des Chars (co-organised), Friday 25
plat("defile", "Défilé de mode solidaire et seconde main", 25, "19:00", "22:00", "Le Relais Est et Emmaüs Connect",
     P("Hall des Chars", "10 rue du Hohwald", "67000", "Strasbourg"))
agenda("defile", "Défilé seconde main", [(25, "19:00", "22:00")], "Le Relais Est",
       A("Hall des Chars", "10 rue du Hohwald", "67000", "Strasbourg", insee=STRASBOURG))
form("defile", "Relais Est", "Défilé de mode solidaire", 25, "19h", "Hall des Chars", "", "67000", "Strasbourg")

# 25 the Scic Kaleidoscoop's open day, Saturday 26
plat("kaleido", "Portes ouvertes du Kaléidoscoop", 26, "10:00", "16:00", "Kaléidoscoop",
     P("Kaléidoscoop", "6 rue Jean Monnet", "67201", "Eckbolsheim"))
cal("kaleido", "po-kaleidoscoop", SD(26), ED(26), SUM("Journée portes ouvertes Kaléidoscoop"), LOC("Eckbolsheim"))
form("kaleido", "SCIC Kaléidoscoop", "Portes ouvertes", 26, "10h-16h", "", "6 rue Jean Monnet", "67201", "Eckbolsheim")

# ───────────────────────── around Strasbourg ─────────────────────────

# 26 Schiltigheim's family association, clothes exchange, Saturday 5 (a person as organiser in the form)
plat("bourse-schilick", "Bourse aux vêtements d'hiver", 5, "09:00", "13:00", "Association familiale de Schiltigheim",
     P("Salle des fêtes", "Place de la Mairie", "67300", "Schiltigheim"))
form("bourse-schilick", "Mme Schmitt (trésorière)", "Bourse vêtements hiver", 5, "9h-13h", "Salle des fêtes", "", "67300", "Schiltigheim")
cal("bourse-schilick", "bourse-vetements-schilick", S(5, "09:00"), E(5, "13:00"), SUM("Bourse aux vêtements"), LOC("Schiltigheim"))

# 27 the MJC of Schiltigheim's game night, Friday 18
plat("mjc-schilick", "Soirée jeux coopératifs", 18, "19:00", "23:00", "MJC de Schiltigheim",
     P("MJC", "1 rue de Vendenheim", "67300", "Schiltigheim"))
agenda("mjc-schilick", "Jeux coopératifs : soirée ouverte à tous", [(18, "19:00", "23:00")], "Maison des jeunes et de la culture de Schiltigheim",
       A("Maison des jeunes et de la culture", "1 rue de Vendenheim", "67300", "Schiltigheim", insee=SCHILTIGHEIM))

# 28 Illkirch's associations forum, Saturday 12
plat("illkirch-forum", "Forum de la vie associative et de l'ESS", 12, "10:00", "17:00", "Ville d'Illkirch-Graffenstaden",
     P("L'Illiade", "11 allée François Mitterrand", "67400", "Illkirch-Graffenstaden"))
agenda("illkirch-forum", "Forum des associations", [(12, "10:00", "17:00")], "Illkirch-Graffenstaden",
       A("L'Illiade", "11 allée François Mitterrand", "67400", "Illkirch-Graffenstaden", insee=ILLKIRCH))
form("illkirch-forum", "Mairie d'Illkirch", "Forum vie associative", 12, "10h-17h", "Illiade", "", "67400", "Illkirch")

# 29 Bischheim's solidarity grocery, Wednesday 23 (agenda alone)
agenda("epicerie-bischheim", "Inauguration de l'épicerie solidaire", [(23, "11:00", "12:30")], "CCAS de Bischheim",
       A("Épicerie solidaire", "12 rue du Marais", "67800", "Bischheim", insee=BISCHHEIM))
form("epicerie-bischheim", "Ville de Bischheim", "Inauguration épicerie sociale", 23, "11h", "", "12 rue du Marais", "67800", "Bischheim")

# ───────────────────────── Mulhouse and Colmar ─────────────────────────

# 30 Mulhouse's ESS forum at KMØ, Friday 18
plat("m2a-forum", "Forum de l'économie sociale et solidaire de Mulhouse", 18, "09:00", "17:00", "m2A",
     P("KMØ", "30 rue François Spoerry", "68100", "Mulhouse"))
agenda("m2a-forum", "Forum ESS Sud Alsace", [(18, "09:00", "17:00")], "Mulhouse Alsace Agglomération",
       A("KM0", "30 rue François Spoerry", "68100", "Mulhouse", insee=MULHOUSE))
cal("m2a-forum", "forum-ess-mulhouse", SZ(18, "09:00"), EZ(18, "17:00"), SUM("Forum ESS"), LOC("KMØ, Mulhouse"))
form("m2a-forum", "Ville de Mulhouse / m2A", "Forum de l'ESS", 18, "Toute la journée", "KMO", "30 rue F. Spoerry", "68100", "MULHOUSE")

# 31 KMØ's own afterwork the same evening (the venue credits itself)
agenda("kmo-afterwork", "Afterwork des entrepreneurs engagés", [(18, "18:00", "20:30")], "KMØ",
       A("KMØ", "30 rue François Spoerry", "68100", "Mulhouse", insee=MULHOUSE))
form("kmo-afterwork", "Quartier numérique KM0", "Afterwork", 18, "18h-20h30", "KM0", "", "68100", "Mulhouse")

# 32 / 33 two Scop visits in Mulhouse the same Thursday 17 afternoon (both to URSCOP on the platform)
plat("scop-motoco", "Visite d'entreprise : une coopérative d'artistes", 17, "14:00", "16:00", "URSCOP Grand Est",
     P("Motoco", "13 rue de Pfastatt", "68200", "Mulhouse"))
agenda("scop-motoco", "Découvrir Motoco, Scic d'artistes", [(17, "14:00", "16:00")], "Scic Motoco",
       A("Motoco - DMC", "13 rue de Pfastatt", "68200", "Mulhouse", insee=MULHOUSE))
plat("scop-imprimerie", "Visite d'entreprise : une imprimerie en Scop", 17, "14:00", "16:00", "URSCOP Grand Est",
     P("Imprimerie Coopérative", "8 rue de l'Ill", "68100", "Mulhouse"))
form("scop-imprimerie", "Imprimerie Coopérative (Scop)", "Visite de l'imprimerie", 17, "14h-16h", "", "8 rue de l'Ill", "68100", "Mulhouse")
cal("scop-imprimerie", "visite-imprimerie-coop", WZ(17, "14:00"), WEZ(17, "16:00"), SUM("Visite d'une Scop : l'imprimerie coopérative"),
    LOC("8 rue de l'Ill, Mulhouse"), ORG("Les Scop Grand Est", "grandest@scop.coop"))

# 34 a chantier of the network in Wittenheim (member credited by the form, network by the agenda)
agenda("raci-wittenheim", "Chantier d'insertion : portes ouvertes de la ressourcerie", [(25, "10:00", "16:00")],
       "Réseau Alsace de Chantiers d'Insertion", A("Ressourcerie du Bassin potassique", "3 rue de la Forêt", "68270", "Wittenheim", insee="68376"))
form("raci-wittenheim", "Ressourcerie du Bassin Potassique", "Portes ouvertes ressourcerie", 25, "10h-16h", "", "3 rue de la Forêt", "68270",
     "Wittenheim")

# 35 / 36 two repair cafés in Colmar the same Saturday 26 afternoon
plat("rc-colmar", "Repair Café Colmar", 26, "14:00", "17:00", "Repair Café Colmar",
     P("Salle Europe", "13 rue de Zurich", "68000", "Colmar"))
cal("rc-colmar", "rc-colmar-2611", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café"), LOC("Colmar"))
form("rc-colmar", "Repair Café", "Repair café de novembre", 26, "14h-17h", "Salle Europe", "13 rue de Zurich", "68000", "Colmar")
agenda("rc-colmar-csc", "Répar'café du quartier Ouest", [(26, "14:00", "17:00")], "Centre socioculturel de Colmar",
       A("Centre socioculturel Florimont", "7 rue de Sigolsheim", "68000", "Colmar", insee=COLMAR))
form("rc-colmar-csc", "CSC Colmar", "Repair café", 26, "14h-17h", "Florimont", "7 rue de Sigolsheim", "68000", "Colmar")

# 37 Colmar Agglomération's conference on the circular economy, Tuesday 29
plat("colmar-conf", "Conférence : l'économie circulaire sur le territoire", 29, "18:30", "20:00", "Colmar Agglomération",
     P("Pôle média-culture Edmond Gerrer", "1 rue Jean Henri Lambert", "68000", "Colmar"))
agenda("colmar-conf", "Économie circulaire : conférence-débat", [(29, "18:30", "20:00")], "Ville de Colmar",
       A("Pôle Média Culture", "1 rue Jean-Henri Lambert", "68000", "Colmar", insee=COLMAR))
cal("colmar-conf", "conf-eco-circulaire-colmar", SZ(29, "18:30"), SUM("Conférence économie circulaire"), LOC("Colmar"))

# ───────────────────────── Metz and Thionville ─────────────────────────

# 38 Metz Métropole's circular economy fair, Thursday 24
plat("mm-salon", "Salon de l'économie circulaire et de l'ESS", 24, "10:00", "18:00", "Metz Métropole",
     P("Cloître des Récollets", "1 rue des Récollets", "57000", "Metz"))
agenda("mm-salon", "Salon économie circulaire", [(24, "10:00", "18:00")], "CA Metz Métropole",
       A("Cloître des Récollets", "1 rue des Récollets", "57000", "Metz", insee=METZ))
form("mm-salon", "Metz Métropole - Direction du développement économique", "Salon éco circulaire", 24, "10h-18h", "Récollets",
     "", "57000", "Metz")
cal("mm-salon", "salon-eco-circulaire-metz", SD(24), ED(24), SUM("Salon de l'économie circulaire - Metz"), LOC("Cloître des Récollets"))

# 39 the Ville de Metz's zero-waste workshop at Borny the same afternoon
plat("metz-zd", "Atelier zéro déchet en famille", 24, "14:00", "16:00", "Ville de Metz",
     P("Agora", "4 rue Théodore de Gargan", "57070", "Metz"))
form("metz-zd", "Metz - Agora Borny", "Atelier zéro déchet", 24, "14h-16h", "Agora", "", "57070", "Metz")

# 40 France Active Lorraine's financers' breakfast, Thursday 10
plat("fal-pdj", "Petit-déjeuner des financeurs solidaires", 10, "08:30", "10:00", "France Active Lorraine",
     P("France Active Lorraine", "2 rue Augustin Fresnel", "57070", "Metz"))
agenda("fal-pdj", "P'tit déj de la finance solidaire", [(10, "08:30", "10:00")], "France Active Lorraine (FAL)",
       A("Technopôle - bâtiment Fresnel", "2 rue Augustin Fresnel", "57070", "Metz", insee=METZ))
form("fal-pdj", "FAL", "Petit déjeuner financeurs", 10, "8h30", "", "2 rue A. Fresnel", "57070", "Metz")

# 41 URSCOP's café création in Metz, Tuesday 15
plat("scop-cafe-metz", "Café création : entreprendre en Scop", 15, "18:00", "20:00", "Les Scop Grand Est",
     P("Le Bloc", "5 rue du Bon Pasteur", "57000", "Metz"))
agenda("scop-cafe-metz", "Café création Scop & Scic", [(15, "18:00", "20:00")], "URSCOP Grand Est",
       A("Le Bloc", "5 rue du Bon Pasteur", "57000", "Metz", insee=METZ))
form("scop-cafe-metz", "Union régionale des Scop et Scic Grand Est", "Café création", 15, "18h-20h", "Le Bloc", "", "57000", "Metz")

# 42 Emmaüs Metz's sale the same Saturday 12 as Mundolsheim's
plat("emmaus-metz", "Vente solidaire", 12, "09:30", "17:00", "Emmaüs Metz",
     P("Communauté Emmaüs", "21 rue du Dauphiné", "57070", "Metz"))
cal("emmaus-metz", "vente-emmaus-metz-1211", S(12, "09:30"), E(12, "17:00"), SUM("[Emmaüs Metz] Vente spéciale Mois de l'ESS"), LOC("Metz-Borny"))
form("emmaus-metz", "Emmaüs France - communauté de Metz", "Vente solidaire", 12, "9h30-17h", "", "21 rue du Dauphiné", "57070", "Metz")

# 43 Le Mouvement associatif and the Ville de Metz: training of associations' treasurers, Saturday 19
plat("lma-metz", "Formation : la trésorerie associative", 19, "09:30", "12:30", "Le Mouvement associatif Grand Est et Ville de Metz",
     P("Maison des associations", "1 rue du Coëtlosquet", "57000", "Metz"))
agenda("lma-metz", "Trésorier d'association : les bases (formation)", [(19, "09:30", "12:30")], "Ville de Metz",
       A("Maison des associations", "1 rue du Coëtlosquet", "57000", "Metz", insee=METZ))
form("lma-metz", "LMA Grand Est", "Formation trésorerie associative", 19, "matin", "Maison des associations", "", "57000", "Metz")

# 44 Thionville's jobs forum, Wednesday 16
plat("thionville-forum", "Forum emploi et ESS", 16, "09:00", "13:00", "Ville de Thionville",
     P("Le Puzzle", "Place Malraux", "57100", "Thionville"))
agenda("thionville-forum", "Forum de l'emploi solidaire", [(16, "09:00", "13:00")],
       "Communauté d'agglomération Portes de France-Thionville et Ville de Thionville",
       A("Le Puzzle", "Place Malraux", "57100", "Thionville", insee=THIONVILLE))
form("thionville-forum", "Mairie de Thionville", "Forum emploi ESS", 16, "9h-13h", "Puzzle", "", "57100", "Thionville")

# 45 a repair café in Thionville, Saturday 19 (form alone with the ICS)
form("rc-thionville", "Repair Café Thionville", "Repair café", 19, "14h-17h", "Centre social Le Lierre", "", "57100", "Thionville")
cal("rc-thionville", "rc-thionville-1911", WZ(19, "14:00"), WEZ(19, "17:00"), SUM("Repair Café Thionville"), LOC("Thionville"))

# ───────────────────────── Nancy and around ─────────────────────────

# 46 the Métropole's ESS meetings, Thursday 17
plat("mgn-rencontres", "Rencontres de l'ESS du Grand Nancy", 17, "09:00", "17:00", "Métropole du Grand Nancy",
     P("Centre Prouvé", "1 place de la République", "54000", "Nancy"))
agenda("mgn-rencontres", "Rencontres métropolitaines de l'économie sociale et solidaire", [(17, "09:00", "17:00")], "Grand Nancy",
       A("Centre de congrès Prouvé", "1 place de la République", "54000", "Nancy", insee=NANCY))
cal("mgn-rencontres", "rencontres-ess-grand-nancy", SZ(17, "09:00"), EZ(17, "17:00"), SUM("Rencontres ESS - Métropole du Grand Nancy"),
    LOC("Centre Prouvé, Nancy"))
form("mgn-rencontres", "MGN", "Rencontres de l'ESS", 17, "9h-17h", "Centre Prouvé", "", "54000", "Nancy")

# 47 / 48 compost workshops by the Ville and by the Métropole the same Saturday 5 morning
plat("compost-ville", "Atelier compostage", 5, "10:00", "12:00", "Ville de Nancy",
     P("Parc Sainte-Marie", "Avenue Boffrand", "54000", "Nancy"))
form("compost-ville", "Ville de Nancy - service parcs et jardins", "Atelier compost", 5, "10h-12h", "Parc Ste Marie", "", "54000", "Nancy")
agenda("compost-mgn", "Atelier compostage et lombricompostage", [(5, "10:00", "12:00")], "Métropole du Grand Nancy",
       A("Jardin d'Amélie", "Rue du Jardin Botanique", "54600", "Villers-lès-Nancy", insee="54578"))
form("compost-mgn", "Grand Nancy", "Atelier compostage", 5, "10h-12h", "Jardin botanique", "", "54600", "Villers-lès-Nancy")

# 49 the FOL 54's ciné-débat, Tuesday 22
plat("fol-cine", "Ciné-débat : « Debout les femmes ! »", 22, "20:00", "22:30", "La Ligue de l'enseignement 54",
     P("Cinéma Caméo Saint-Sébastien", "6 rue Léopold Lallement", "54000", "Nancy"))
agenda("fol-cine", "Projection-débat Debout les femmes", [(22, "20:00", "22:30")], "Ligue de l'Enseignement de Meurthe-et-Moselle",
       A("Caméo Saint-Sébastien", "6 rue Léopold Lallement", "54000", "Nancy", insee=NANCY))
form("fol-cine", "FOL 54", "Ciné débat", 22, "20h", "Caméo", "", "54000", "Nancy")
cal("fol-cine", "cine-debat-fol54", S(22, "20:00"), SUM("Ciné-débat Debout les femmes"), LOC("Caméo St-Sébastien"))

# 50 the MJC Lillebonne's swap evening, Friday 25
plat("mjc-lillebonne", "Soirée troc et gratiferia", 25, "18:00", "21:00", "MJC Lillebonne",
     P("MJC Lillebonne", "14 rue du Cheval Blanc", "54000", "Nancy"))
form("mjc-lillebonne", "Maison des Jeunes et de la Culture Lillebonne", "Gratiferia", 25, "18h-21h", "", "14 rue du Cheval Blanc", "54000",
     "Nancy")
agenda("mjc-lillebonne", "Gratiferia : donnez, prenez !", [(25, "18:00", "21:00")], "Lillebonne",
       A("MJC Lillebonne", "14 rue du Cheval Blanc", "54000", "Nancy", insee=NANCY))

# 51 the ADIE in Nancy the same Thursday 10 morning as Strasbourg
plat("adie-nancy", "Permanence création d'entreprise avec l'Adie", 10, "09:30", "12:00", "Adie",
     P("Pôle emploi Nancy Majorelle", "2 rue Majorelle", "54000", "Nancy"))
form("adie-nancy", "Adie Lorraine", "Permanence ADIE", 10, "9h30-12h", "", "2 rue Majorelle", "54000", "Nancy")

# 52 Vandœuvre's ESS forum, Wednesday 30
plat("vandoeuvre-forum", "Forum de l'économie sociale et solidaire", 30, "14:00", "18:00", "Ville de Vandœuvre-lès-Nancy",
     P("Salle des fêtes", "Rue de Parme", "54500", "Vandœuvre-lès-Nancy"))
agenda("vandoeuvre-forum", "Forum ESS de Vandœuvre", [(30, "14:00", "18:00")], "Vandœuvre",
       A("Salle des fêtes", "Rue de Parme", "54500", "Vandœuvre-lès-Nancy", insee=VANDOEUVRE))
form("vandoeuvre-forum", "Mairie de Vandoeuvre", "Forum ESS", 30, "14h-18h", "", "rue de Parme", "54500", "Vandoeuvre-les-Nancy")

# 53 the Jardins du Cœur of Laxou, work party Saturday 19
agenda("laxou-jardin", "Chantier participatif au jardin solidaire", [(19, "09:30", "12:00")], "Les Restos du Cœur de Meurthe-et-Moselle",
       A("Jardins du Cœur", "Rue de la Saône", "54520", "Laxou", insee=LAXOU))
form("laxou-jardin", "Jardins du coeur de Laxou", "Chantier participatif", 19, "matin", "", "Rue de la Saône", "54520", "Laxou")

# ───────────────────────── Vosges ─────────────────────────

# 54 the Département's insertion forum in Épinal, Tuesday 15
plat("cd88-forum", "Forum de l'insertion et de l'ESS", 15, "09:00", "16:00", "Département des Vosges",
     P("Centre des congrès", "7 avenue de Saint-Dié", "88000", "Épinal"))
agenda("cd88-forum", "Forum insertion des Vosges", [(15, "09:00", "16:00")], "Conseil départemental des Vosges",
       A("Centre des Congrès d'Épinal", "7 avenue de Saint-Dié", "88000", "Épinal", insee=EPINAL))
form("cd88-forum", "CD 88", "Forum insertion", 15, "9h-16h", "Centre des congrès", "", "88000", "EPINAL")

# 55 the repair café of Épinal (and the MJC), Saturday 26
plat("rc-epinal", "Repair Café d'Épinal", 26, "14:00", "17:00", "Repair Café Épinal et MJC Savouret",
     P("MJC Savouret", "1 rue de la Louvière", "88000", "Épinal"))
form("rc-epinal", "MJC Savouret", "Repair café", 26, "14h-17h", "MJC", "", "88000", "Epinal")

# 56 the FOL 88 in Saint-Dié, a conference on Friday 18
plat("fol88", "Conférence : l'éducation populaire, un projet d'avenir", 18, "20:00", "22:00", "Ligue de l'enseignement des Vosges",
     P("Espace Georges Sadoul", "33 quai Jeanne d'Arc", "88100", "Saint-Dié-des-Vosges"))
agenda("fol88", "L'éducation populaire aujourd'hui : conférence", [(18, "20:00", "22:00")], "FOL 88",
       A("Espace Georges-Sadoul", "33 quai Jeanne d'Arc", "88100", "Saint-Dié-des-Vosges", insee=STDIE))

# ───────────────────────── Champagne-Ardenne ─────────────────────────

# 57 the CCAS of Reims's solidarity forum, Wednesday 16
plat("ccas-reims", "Forum des solidarités", 16, "14:00", "18:00", "CCAS de Reims",
     P("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
agenda("ccas-reims", "Forum solidarités et accès aux droits", [(16, "14:00", "18:00")], "Ville de Reims - CCAS",
       A("Maison de la Vie Associative", "122 bis rue du Barbâtre", "51100", "Reims", insee=REIMS))
form("ccas-reims", "CCAS Reims", "Forum des solidarités", 16, "14h-18h", "MVA", "122bis rue du Barbâtre", "51100", "Reims")
cal("ccas-reims", "forum-solidarites-reims", SZ(16, "14:00"), EZ(16, "18:00"), SUM("Forum des solidarités"), LOC("Reims"),
    ORG("Ville de Reims", "solidarites@reims.fr"))

# 58 / 59 two centres sociaux of one federation, open days the same Saturday 19 afternoon in Reims
plat("cs-croixrouge", "Portes ouvertes du centre social", 19, "14:00", "17:00", "Fédération des centres sociaux de la Marne",
     P("Centre social Croix-Rouge", "14 rue Pierre Taittinger", "51100", "Reims"))
form("cs-croixrouge", "Centre social Croix Rouge", "Portes ouvertes", 19, "14h-17h", "", "14 rue Pierre Taittinger", "51100", "Reims")
plat("cs-orgeval", "Portes ouvertes du centre social", 19, "14:00", "17:00", "Fédération des centres sociaux de la Marne",
     P("Centre social d'Orgeval", "5 rue Pierre Brossolette", "51100", "Reims"))
agenda("cs-orgeval", "Le centre social d'Orgeval ouvre ses portes", [(19, "14:00", "17:00")], "Centre social Orgeval",
       A("Centre social Orgeval", "5 rue Pierre Brossolette", "51100", "Reims", insee=REIMS))

# 60 the CRESS's Champagne-Ardenne meeting in Reims, Thursday 24
plat("cress-reims", "Rencontre de l'ESS en Champagne-Ardenne", 24, "09:30", "16:30", "CRESS Grand Est",
     P("Campus Croix-Rouge - Université de Reims", "57 rue Pierre Taittinger", "51100", "Reims"))
agenda("cress-reims", "Rencontre territoriale de l'ESS : Champagne-Ardenne", [(24, "09:30", "16:30")],
       "Chambre régionale de l'économie sociale et solidaire du Grand Est",
       A("Université de Reims Champagne-Ardenne", "57 rue Pierre Taittinger", "51100", "Reims", insee=REIMS))
form("cress-reims", "CRESS GE - antenne de Reims", "Rencontre territoriale ESS", 24, "", "URCA Croix-Rouge", "", "51100", "Reims")
cal("cress-reims", "rencontre-ess-ca", SD(24), ED(24), SUM("Rencontre ESS Champagne-Ardenne"), LOC("Reims"), ORG("CRESS GE", "contact@cress-grandest.org"))

# 61 the Grand Reims's conference the same evening as the CCAS forum
agenda("grandreims-conf", "Conférence : alimentation durable dans la restauration collective", [(16, "18:30", "20:00")],
       "Communauté urbaine du Grand Reims", A("Hôtel de la Communauté", "3 rue Eugène Desteuque", "51100", "Reims", insee=REIMS))
form("grandreims-conf", "Grand Reims", "Conférence alimentation durable", 16, "18h30", "", "3 rue Eugène Desteuque", "51100", "Reims")

# 62 the Région's regional ESS assizes in Châlons, Tuesday 29
plat("region-assises", "Assises régionales de l'ESS", 29, "09:00", "17:00", "Région Grand Est",
     P("Hôtel de Région - site de Châlons", "5 rue de Jéricho", "51000", "Châlons-en-Champagne"))
agenda("region-assises", "Les Assises de l'économie sociale et solidaire en Grand Est", [(29, "09:00", "17:00")], "Conseil régional Grand Est",
       A("Maison de la Région", "5 rue de Jéricho", "51037", "Châlons-en-Champagne Cedex", insee=CHALONS))
cal("region-assises", "assises-ess-ge", SD(29), ED(29), SUM("Assises régionales ESS"), LOC("Châlons-en-Champagne"))
form("region-assises", "Région Grand Est et CRESS Grand Est", "Assises ESS", 29, "9h-17h", "Maison de la Région", "5 rue de Jéricho",
     "51000", "Chalons en Champagne")

# 63 the MJC of Châlons, concert Saturday 26
plat("mjc-chalons", "Concert solidaire au profit des Restos du Cœur", 26, "20:00", "23:00", "MJC Calonnière",
     P("MJC Calonnière", "29 rue de la Charrière", "51000", "Châlons-en-Champagne"))
agenda("mjc-chalons", "Concert solidaire", [(26, "20:00", "23:00")], "Maison des jeunes et de la culture de Châlons",
       A("Calonnière", "29 rue de la Charrière", "51000", "Châlons-en-Champagne", insee=CHALONS))

# 64 Troyes Champagne Métropole's ESS fair, Saturday 12
plat("tcm-salon", "Salon de l'ESS troyen", 12, "10:00", "18:00", "Troyes Champagne Métropole",
     P("Espace Argence", "20 boulevard du 14 juillet", "10000", "Troyes"))
agenda("tcm-salon", "Salon ESS de l'agglomération troyenne", [(12, "10:00", "18:00")], "TCM",
       A("Espace Argence", "20 bd du 14 Juillet", "10000", "Troyes", insee=TROYES))
form("tcm-salon", "Ville de Troyes", "Salon ESS", 12, "10h-18h", "Argence", "", "10000", "TROYES")

# 65 a Troyes repair café, Saturday 19
plat("rc-troyes", "Repair Café troyen", 19, "14:00", "17:30", "Repair Café Troyes",
     P("Maison des associations", "63 avenue Pasteur", "10000", "Troyes"))
agenda("rc-troyes", "Repair Café", [(19, "14:00", "17:30")], "Les Amis du Repair Café de l'Aube",
       A("Maison des Associations", "63 avenue Pasteur", "10000", "Troyes", insee=TROYES))

# 66 Ardenne Métropole's job dating in Charleville, Thursday 24
plat("ardenne-jobdating", "Job dating de l'ESS", 24, "09:00", "12:00", "Ardenne Métropole",
     P("Maison de l'emploi", "10 rue Bayard", "08000", "Charleville-Mézières"))
form("ardenne-jobdating", "CA Ardenne Métropole", "Job dating ESS", 24, "9h-12h", "Maison de l'emploi", "", "08000", "Charleville Mézières")
cal("ardenne-jobdating", "jobdating-ess-ardennes", SZ(24, "09:00"), EZ(24, "12:00"), SUM("Job dating ESS Ardennes"), LOC("Charleville-Mézières"))

# 67 the FOL 08 in Charleville, Tuesday 8
agenda("fol08", "Soirée débat : le service civique, un engagement", [(8, "18:30", "20:30")], "Ligue de l'enseignement des Ardennes",
       A("Maison des Sociétés", "1 place de l'Hôtel de Ville", "08000", "Charleville-Mézières", insee=CHARLEVILLE))
form("fol08", "FOL 08", "Soirée service civique", 8, "18h30", "Maison des sociétés", "", "08000", "Charleville-Mézières")

# ───────────────────────── online ─────────────────────────

# 68 the CRESS's webinar on public purchasing, Tuesday 8 morning
plat("web-cress", "Webinaire : vendre aux acheteurs publics quand on est une structure de l'ESS", 8, "11:00", "12:00", "CRESS Grand Est",
     ONLINE, modality="En ligne")
agenda("web-cress", "Marchés publics et ESS (webinaire)", [(8, "11:00", "12:00")], "CRESS GE", {}, mode=2, onlineAccessLink=ZOOM_CRESS)
form("web-cress", "Chambre régionale de l'ESS Grand Est", "Webinaire marchés publics", 8, "11h-12h", "", "", "", "", "Visio")

# 69 / 70 two webinars at 10:00 on Tuesday 15: Le Mouvement associatif, the Fédération des centres sociaux d'Alsace
plat("web-lma", "Webinaire : mécénat et fonds de dotation pour les associations", 15, "10:00", "11:30", "Le Mouvement associatif Grand Est",
     ONLINE, modality="En ligne")
cal("web-lma", "webinaire-mecenat-lma", SZ(15, "10:00"), EZ(15, "11:30"), SUM("Webinaire mécénat"), LOC("En ligne"), f"URL:{TEAMS_LMA}")
form("web-lma", "LMA GE", "Mécénat et fonds de dotation", 15, "10h-11h30", "", "", "", "", "En ligne")
agenda("web-fcs", "Webinaire : les aides à l'emploi associatif", [(15, "10:00", "11:30")], "Fédération des centres sociaux d'Alsace",
       {}, mode=2, onlineAccessLink=ZOOM_FCS)
form("web-fcs", "Fédération des Centres Sociaux et Socioculturels d'Alsace", "Webinaire aides à l'emploi", 15, "10h", "", "", "", "", "Visio")

# 71 / 72 two webinars at 14:00 on Thursday 10: the FAS Grand Est and the URIOPSS Grand Est
plat("web-fas", "Webinaire : l'insertion par l'activité économique en 2023", 10, "14:00", "15:30", "Fédération des acteurs de la solidarité Grand Est",
     ONLINE, modality="En ligne")
agenda("web-fas", "IAE : ce qui change en 2023 (visio)", [(10, "14:00", "15:30")], "FAS Grand Est", {}, mode=2, onlineAccessLink=MEET_FAS)
cal("web-fas", "webinaire-iae-fas", S(10, "14:00"), E(10, "15:30"), SUM("Webinaire IAE 2023"), f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{MEET_FAS}")
plat("web-uriopss", "Webinaire : le secteur médico-social face à la pénurie de personnel", 10, "14:00", "15:30", "URIOPSS Grand Est",
     ONLINE, modality="En ligne")
form("web-uriopss", "Union régionale interfédérale des organismes privés sanitaires et sociaux", "Webinaire pénurie de personnel", 10,
     "14h-15h30", "", "", "", "", "Visio")

# 73 the Scop union's webinar on the transfer to employees, Thursday 24
agenda("web-scop", "Transmettre son entreprise à ses salariés (webinaire)", [(24, "11:00", "12:00")], "Les Scop Grand Est",
       {}, mode=2, onlineAccessLink=JITSI_SCOP)
cal("web-scop", "webinaire-transmission-urscop", SZ(24, "11:00"), EZ(24, "12:00"), SUM("Webinaire transmission-reprise en Scop"),
    f"URL:{JITSI_SCOP}", ORG("URSCOP GE", "grandest@scop.coop"))
form("web-scop", "URSCOP", "Transmission d'entreprise en SCOP", 24, "11h", "", "", "", "", "Webinaire")

# 74 the AGORAé network's webinar (FAGE), Wednesday 23
plat("web-fage", "Webinaire : ouvrir une épicerie solidaire étudiante", 23, "17:00", "18:00", "FAGE", ONLINE, modality="En ligne")
agenda("web-fage", "Les AGORAé en Grand Est : webinaire", [(23, "17:00", "18:00")], "Fédération des associations générales étudiantes",
       {}, mode=2, onlineAccessLink=ZOOM_FAGE)

# 75 France Active Alsace's webinar, Thursday 3 (only one source credits the full name)
plat("web-alsace-active", "Webinaire : les prêts d'honneur solidaires", 3, "10:00", "11:00", "Alsace Active",
     ONLINE, modality="En ligne")
form("web-alsace-active", "France Active Alsace", "Prêts d'honneur (webinaire)", 3, "10h-11h", "Zoom", "", "", "", "Visio")

# ───────────────────────── a few more in the towns ─────────────────────────

# 76 the Ville de Strasbourg's « Village du partage » on place Kléber, Saturday 26 and Sunday 27
plat("village-partage", "Village du partage", 26, "11:00", "19:00", "Ville de Strasbourg", P("Place Kléber", "Place Kléber", "67000", "Strasbourg"),
     day2=27)
agenda("village-partage", "Village du partage - marché solidaire", [(26, "11:00", "19:00"), (27, "11:00", "19:00")], "Ville et Eurométropole de Strasbourg",
       A("Place Kléber", "Place Kléber", "67000", "Strasbourg", insee=STRASBOURG))
cal("village-partage", "village-partage-2022", SD(26), ED(27), SUM("Village du partage"), LOC("Place Kléber, Strasbourg"))

# 77 a Régie de quartier in Metz (network credited by the form)
plat("regie-metz", "Portes ouvertes de la Régie de quartiers", 18, "10:00", "16:00", "Régie de quartiers de Metz-Borny",
     P("Régie de quartiers", "1 rue de Picardie", "57070", "Metz"))
form("regie-metz", "Comité national de liaison des régies de quartier (CNLRQ) Grand Est", "PO régie de quartier", 18, "10h-16h", "",
     "1 rue de Picardie", "57070", "Metz")

# 78 the Banque alimentaire's collection in Nancy (co-organisers), Friday 25 (date-only ICS)
plat("ba-nancy", "Collecte nationale de la Banque alimentaire", 25, "09:00", "19:00", "Banque alimentaire de Meurthe-et-Moselle",
     P("Hypermarché", "Avenue du Rhin", "54100", "Nancy"))
cal("ba-nancy", "collecte-ba54", SD(25), ED(25), SUM("Collecte Banque Alimentaire"), LOC("Nancy"))
form("ba-nancy", "BA 54 et Lions Club Nancy", "Collecte nationale", 25, "", "", "Avenue du Rhin", "54100", "Nancy")

# 79 La Ligue de l'enseignement 54 and its FOL at Vandœuvre: training of young volunteers, Wednesday 23
plat("fol-bafa", "Formation : s'engager dans une association quand on est jeune", 23, "14:00", "17:00", "Fédération des œuvres laïques de Meurthe-et-Moselle",
     P("Ligue de l'enseignement", "49 rue Isabey", "54000", "Nancy"))
agenda("fol-bafa", "Jeunes et engagés : atelier", [(23, "14:00", "17:00")], "La Ligue de l'enseignement 54",
       A("FOL 54", "49 rue Isabey", "54000", "Nancy", insee=NANCY))

# 80 Strasbourg's Emmaüs Connect digital workshop, Monday 21 (the network on the platform, the member in the ICS)
plat("emmaus-connect", "Atelier numérique : bien utiliser son smartphone", 21, "14:00", "16:00", "Emmaüs France",
     P("Emmaüs Connect", "5 rue de la Course", "67000", "Strasbourg"))
cal("emmaus-connect", "atelier-smartphone-ec", S(21, "14:00"), E(21, "16:00"), SUM("[Emmaüs Connect] Atelier smartphone"),
    LOC("5 rue de la Course, Strasbourg"))
form("emmaus-connect", "Emmaüs Connect Strasbourg", "Atelier smartphone", 21, "14h-16h", "", "5 rue de la Course", "67000", "Strasbourg")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
