"""Blind set neighbours_hdf (helper, written without reading the merge rules): one edition (November 2022) of the Mois
de l'ESS in the Hauts-de-France, around the metropolises and agglomerations whose events sit in a NEIGHBOURING commune
of the big town: the Métropole européenne de Lille (Lille with Lomme and Hellemmes, Roubaix, Tourcoing,
Villeneuve-d'Ascq, Wattrelos, Loos, Lambersart, La Madeleine, Croix), Amiens Métropole (Amiens, Longueau, Rivery), the
Creil and Compiègne agglomerations (Creil, Nogent-sur-Oise, Montataire; Compiègne, Margny-lès-Compiègne), Arras
(Achicourt, Saint-Laurent-Blangy), Dunkerque (Grande-Synthe, Coudekerque-Branche) and Valenciennes (Anzin,
Saint-Saulve). About a hundred real events over four sources: the national platform's JSON, the CRESS
Hauts-de-France OpenAgenda (insee, attendanceMode 2 with onlineAccessLink), the APES Hauts-de-France iCalendar (UTC
« Z », TZID, floating local, floating UTC read as local — one hour early —, RRULE weekly sessions, « En ligne » with a
URL, ORGANIZER) and the CRESS registration form (Windows-1252 `;` CSV: « 14h-17h », « 18h30 », « matin »,
« après-midi », « Toute la journée », no hour; « En ligne », « Visio »).

Theme 1, WHERE: in about a third of the duplicated events one copy names the big neighbouring town instead of the real
commune — the calendar's « Lille » for Villeneuve-d'Ascq, Roubaix, Tourcoing, Lambersart, Croix; « La Condition
Publique, Lille » for Roubaix's; « Campus Cité scientifique, Lille »; « Amiens » for Longueau and Rivery; « Creil » for
Nogent-sur-Oise; « Compiègne » for Margny-lès-Compiègne; « Arras » for Achicourt and Saint-Laurent-Blangy;
« Dunkerque » for Grande-Synthe and Coudekerque-Branche; « Valenciennes » for Anzin and Saint-Saulve — sometimes with
the venue, sometimes the town alone, sometimes the neighbour's postal code with the big town's name, or the big town's
postal code with the neighbour's name; « Coudekerque » for Coudekerque-Branche. Hard negatives: the big town really has a
look-alike event the same day (repair cafés in Lille-Fives and Villeneuve-d'Ascq on Saturday 5 afternoon, in Roubaix and
Tourcoing on the 19th, in Creil and Nogent-sur-Oise on the 12th, in Valenciennes and Saint-Saulve on the 12th morning, in
Amiens and Rivery on the 26th; job datings in Amiens and Longueau on Tuesday 22 morning; bike workshops in Amiens and
Longueau on the 19th; Fresques du climat in Lille and Villeneuve-d'Ascq on Monday 21 evening; anti-waste cooking in
Lille and La Madeleine on the 9th; disco soupes in Roubaix and Wattrelos, in Dunkerque and Grande-Synthe; compost
workshops in Compiègne and Margny-lès-Compiègne; two insertion worksites open in Arras and Saint-Laurent-Blangy on the
23rd), or it does not.

Theme 2, WHO: a town vs its metropolis or agglomeration (« Ville de Roubaix » / « MEL » / « Métropole Européenne de
Lille », « Amiens Métropole » / « Ville d'Amiens » / « ACM », « CAC » and « Agglomération de la Région de Compiègne »,
« ACSO », « CUA », « CUD », « CAVM »), the venue credited as organiser (« La Condition Publique » for Fashion Green Hub),
a network credited for its member (« CRESS HDF », « APES », « Les Scop HDF », « France Active HDF »). Hard negatives:
the town and its metropolis each holding an event the same day (Roubaix's employment forum and the MEL's responsible
purchasing forum on Thursday 10 morning; Amiens Métropole and the Ville d'Amiens on Monday 14; Dunkerque and the CUD on
Tuesday 15; the CUD and Grande-Synthe on Monday 7; Villeneuve-d'Ascq and the MEL on Friday 25; the MEL's assises and
Lille's council on Wednesday 30), a member and its network each holding its own (Grands Ensemble and Les Scop HDF on
Tuesday 8; SuperQuinquin and the APES on Thursday 24; a Scop of Achicourt and Les Scop HDF in Arras on Thursday 17; two
webinars at 11:00 on Thursday 17 by France Active HDF and the CRESS); two events at La Condition Publique on Wednesday
16; weekly sessions (Grands Ensemble's information meeting on Tuesdays, Anzin's sewing workshop on Wednesdays), each
session a separate real event."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-hdf-openagenda", "apes-hdf-ical", "cress-hdf-tableur")


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
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"


LILLE, ROUBAIX, TOURCOING, VDA, WATTRELOS, LOOS = "59350", "59512", "59599", "59009", "59650", "59360"
LAMBERSART, MADELEINE, CROIX = "59328", "59368", "59163"
AMIENS, LONGUEAU, RIVERY = "80021", "80489", "80674"
CREIL, NOGENT, MONTATAIRE, COMPIEGNE, MARGNY = "60175", "60463", "60414", "60159", "60382"
ARRAS, ACHICOURT, SLB = "62041", "62004", "62753"
DUNKERQUE, GSYNTHE, COUDEKERQUE = "59183", "59271", "59155"
VALENCIENNES, ANZIN, SAINTSAULVE = "59606", "59014", "59544"

ZOOM_FA = "https://us02web.zoom.us/j/84451237790?pwd=RkFIREZmaW5hbmNl"
ZOOM_CRESS = "https://us06web.zoom.us/j/87712093344"
TEAMS_LMA = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TE1BSERGYmVuZXZvbGF0@thread.v2/0"
ZOOM_PICARDIE = "https://us02web.zoom.us/j/81190023456"
JITSI_APES = "https://meet.jit.si/APES-monnaies-locales-2022"
LIVESTORM_URIOPSS = "https://app.livestorm.co/uriopss-hdf/emploi-medico-social"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:APES Hauts-de-France - Mois de l'ESS 2022\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(2201), itertools.count(59001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Hauts-de-France's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@apes-hdf.org", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"HDF-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── the region ─────────────────────────

# 1 the regional launch at the Gare Saint-Sauveur, Thursday 3, four sources
plat("lancement", "Lancement régional du Mois de l'ESS en Hauts-de-France", 3, "18:00", "21:00", "CRESS Hauts-de-France",
     P("Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"),
     description="Soirée d'ouverture : présentation du programme régional, témoignages et concert.")
agenda("lancement", "Soirée de lancement du Mois de l'Économie Sociale et Solidaire", [(3, "18:00", "21:30")],
       "Chambre régionale de l'ESS Hauts-de-France",
       A("Gare Saint Sauveur", "17 Bd Jean-Baptiste Lebas", "59000", "Lille", insee=LILLE, latitude=50.6305, longitude=3.0707))
cal("lancement", "lancement-mois-ess-hdf-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("[Mois de l'ESS] Soirée de lancement régionale"),
    LOC("Gare Saint-Sauveur"), ORG("CRESS HDF", "contact@cress-hdf.org"))
form("lancement", "CRESS HDF", "Lancement du Mois de l'ESS 2022", 3, "18h", "Gare St Sauveur", "Bd JB Lebas", "59000", "LILLE")

# 2 the ESS trophies at the Hôtel de Région, Tuesday 29
plat("trophees", "Remise des Trophées de l'ESS Hauts-de-France", 29, "18:00", "21:00", "CRESS Hauts-de-France",
     P("Hôtel de Région", "151 avenue du Président Hoover", "59555", "Lille"))
agenda("trophees", "Trophées régionaux de l'économie sociale et solidaire 2022 : la cérémonie", [(29, "18:00", "21:00")],
       "Région Hauts-de-France", A("Hôtel de Région Hauts-de-France", "151 Avenue du Président Hoover", "59000", "Lille", insee=LILLE))
cal("trophees", "trophees-ess-hdf-2022", SU(29, "18:00"), EU(29, "21:00"), SUM("Trophées de l'ESS"), LOC("Hôtel de Région, Lille"))
form("trophees", "CRESS HDF", "Trophées ESS 2022", 29, "18h", "Conseil régional", "151 av. du Président Hoover", "59555", "Lille Cedex")

# ───────────────────────── Lille, Lomme, Hellemmes ─────────────────────────

# 3 repair café in Fives (Lille), Saturday 5 afternoon — and 4 Villeneuve-d'Ascq's the same afternoon, which the
# calendar puts in « Lille »
agenda("rc-fives", "Repair Café de Fives", [(5, "14:00", "17:30")], "Repair Café Lille Fives",
       A("Centre social Mosaïque", "11 rue Bourjembois", "59800", "Lille", insee=LILLE))
form("rc-fives", "Repair Café Lille-Fives", "Repair café", 5, "14h-17h30", "CS Mosaïque", "11 rue Bourjembois", "59800", "Lille")
plat("rc-vda", "Repair Café du Pont de Bois", 5, "14:00", "17:00", "Repair Café Villeneuve-d'Ascq",
     P("Maison de quartier du Pont de Bois", "Place Vauban", "59650", "Villeneuve-d'Ascq"))
cal("rc-vda", "repair-cafe-pont-de-bois-0511", SF(5, "14:00"), EF(5, "17:00"), SUM("Repair Café"), LOC("Lille"))
form("rc-vda", "Repair Café VdA", "Repair café Pont de bois", 5, "après-midi", "Maison de quartier", "place Vauban", "59650",
     "Villeneuve d'Ascq")

# 5 / 6 anti-waste cooking on Wednesday 9 afternoon: Wazemmes (Lille) and La Madeleine
plat("cuisine-wazemmes", "Atelier cuisine anti-gaspi", 9, "14:00", "16:30", "Centre social de Wazemmes",
     P("Centre social Wazemmes", "36 rue Jules Guesde", "59000", "Lille"))
cal("cuisine-wazemmes", "cuisine-antigaspi-wazemmes", SZ(9, "14:00"), EZ(9, "16:30"), SUM("Cuisine anti-gaspi à Wazemmes"), LOC("Lille"))
agenda("cuisine-madeleine", "Atelier cuisine : zéro gaspillage alimentaire", [(9, "14:30", "16:30")], "Centre social de La Madeleine",
       A("Centre social Saint-Vital", "rue Saint-Vital", "59110", "La Madeleine", insee=MADELEINE))
form("cuisine-madeleine", "CS La Madeleine", "Atelier cuisine anti gaspi", 9, "après-midi", "", "rue Saint Vital", "59110", "La Madeleine")

# 7 Lomme's insertion job dating, Thursday 17 morning (Lomme is a commune associée of Lille)
plat("jobdating-lomme", "Job dating de l'insertion", 17, "09:00", "12:00", "Maison de l'emploi Lille Lomme Hellemmes",
     P("Mairie de Lomme", "794 avenue de Dunkerque", "59160", "Lomme"))
agenda("jobdating-lomme", "Job dating : les structures d'insertion recrutent", [(17, "09:00", "12:00")], "MDE Lille Lomme Hellemmes",
       A("Salle des fêtes de la mairie de Lomme", "794 avenue de Dunkerque", "59160", "Lille", insee=LILLE))
cal("jobdating-lomme", "jobdating-insertion-lomme", SU(17, "09:00"), EU(17, "12:00"), SUM("Job dating IAE"), LOC("Lille"))

# 8 Hellemmes' bike workshop, Saturday 12 morning
agenda("velo-hellemmes", "Atelier vélo participatif : apprenez à réparer votre vélo", [(12, "10:00", "12:30")], "Droit au vélo - ADAV",
       A("Espace des Acacias", "rue des Acacias", "59260", "Lille-Hellemmes", insee=LILLE))
form("velo-hellemmes", "ADAV", "Atelier vélo", 12, "matin", "Espace des Acacias", "", "59260", "Hellemmes")

# 9 Hellemmes' cooperative games evening, Friday 4
cal("jeux-hellemmes", "soiree-jeux-coop-hellemmes", S(4, "19:00"), E(4, "22:00"), SUM("Soirée jeux coopératifs"), LOC("Lille"))
form("jeux-hellemmes", "Ludothèque d'Hellemmes", "Soirée jeux coopératifs (tout public)", 4, "19h-22h", "Ludothèque", "151 rue Roger Salengro",
     "59260", "Lille-Hellemmes")

# 10 Lomme's urban farm visit, Wednesday 9 morning
plat("ferme-lomme", "Visite de la ferme urbaine du Bocquiau", 9, "10:00", "12:00", "Les Fermes urbaines lommoises",
     P("Ferme urbaine du Bocquiau", "rue du Bocquiau", "59160", "Lomme"))
agenda("ferme-lomme", "Découverte d'une ferme urbaine en insertion", [(9, "10:00", "12:00")], "Fermes urbaines lommoises",
       A("Ferme du Bocquiau", "Rue du Bocquiau", "59160", "Lille", insee=LILLE))

# 11 / 12 Université de Lille: the students' ESS village at the Cité scientifique (Villeneuve-d'Ascq), Tuesday 15, and
# the ESS jobs forum at the law faculty in Lille the same afternoon
plat("village-etudiant", "Village de l'ESS étudiant", 15, "11:00", "16:00", "Université de Lille",
     P("Campus Cité scientifique - Espace Culture", "Avenue Paul Langevin", "59650", "Villeneuve-d'Ascq"))
agenda("village-etudiant", "Le Village de l'ESS s'installe sur le campus !", [(15, "11:00", "16:00")], "Université de Lille - Vie étudiante",
       A("Espace Culture, Cité scientifique", "Avenue Paul Langevin", "59650", "Villeneuve-d'Ascq", insee=VDA))
cal("village-etudiant", "village-ess-cite-scientifique", SZ(15, "11:00"), EZ(15, "16:00"), SUM("Village ESS étudiant"),
    LOC("Campus Cité scientifique, Lille"))
form("village-etudiant", "Université de Lille", "Village ESS", 15, "11h-16h", "Cité scientifique", "", "59655", "Villeneuve d'Ascq cedex")
agenda("forum-metiers-univ", "Forum des métiers de l'ESS", [(15, "13:30", "17:00")], "Université de Lille",
       A("Faculté des sciences juridiques, politiques et sociales", "1 place Déliot", "59000", "Lille", insee=LILLE))
form("forum-metiers-univ", "Univ Lille", "Forum métiers ESS", 15, "après-midi", "Faculté de droit", "1 place Déliot", "59000", "Lille")

# 13 / 14 Fresques du climat on Monday 21 evening: Lille (MRES) and Villeneuve-d'Ascq (calendar: « Lille »)
agenda("fresque-lille", "Fresque du Climat", [(21, "18:30", "21:30")], "La Fresque du Climat - groupe Lille",
       A("Maison régionale de l'environnement et des solidarités", "23 rue Gosselet", "59000", "Lille", insee=LILLE))
form("fresque-lille", "Fresque du climat Lille", "Fresque du climat", 21, "18h30-21h30", "MRES", "23 rue Gosselet", "59000", "Lille")
plat("fresque-vda", "Atelier Fresque du Climat", 21, "18:30", "21:30", "Centre social Flers Sart",
     P("Centre social Flers Sart", "Place Jacques Brel", "59650", "Villeneuve-d'Ascq"))
cal("fresque-vda", "fresque-climat-flers-sart", SZ(21, "18:30"), EZ(21, "21:30"), SUM("Fresque du climat"), LOC("Lille"))

# 15 Le Mouvement associatif's evening debate, Wednesday 30 (Lille)
plat("debat-inflation", "Conférence-débat : les associations face à l'inflation", 30, "18:30", "20:30", "Le Mouvement associatif Hauts-de-France",
     P("Maison des associations de Lille", "72-74 rue Royale", "59000", "Lille"))
agenda("debat-inflation", "Associations et inflation : quelles réponses ? (conférence)", [(30, "18:30", "20:30")],
       "Mouvement associatif HDF", A("Maison des Associations", "72 rue Royale", "59000", "Lille", insee=LILLE))
cal("debat-inflation", "debat-assos-inflation", SF(30, "18:30"), EF(30, "20:30"), SUM("Débat : l'inflation et les assos"),
    LOC("Maison des associations, 72 rue Royale, Lille"))

# 16 Lille's solidarity Christmas market in Wazemmes, Sunday 27
plat("noel-wazemmes", "Marché de Noël solidaire de Wazemmes", 27, "10:00", "18:00", "Ville de Lille",
     P("Halles de Wazemmes", "Place de la Nouvelle Aventure", "59000", "Lille"))
agenda("noel-wazemmes", "Un Noël solidaire à Wazemmes : marché des créateurs de l'ESS", [(27, "10:00", "18:00")], "Métropole Européenne de Lille",
       A("Place de la Nouvelle Aventure", "Place de la Nouvelle Aventure", "59000", "Lille", insee=LILLE))
form("noel-wazemmes", "Mairie de Lille", "Marché de Noël solidaire", 27, "Toute la journée", "Place de la Nouvelle Aventure", "", "59000", "Lille")

# 17 / 18 Wednesday 30: the MEL's ESS assises at Lille Grand Palais, Lille's ESS council in the evening
plat("assises-mel", "Assises métropolitaines de l'ESS", 30, "09:00", "17:00", "Métropole Européenne de Lille",
     P("Lille Grand Palais", "1 boulevard des Cités Unies", "59777", "Lille"))
agenda("assises-mel", "Assises de l'économie sociale et solidaire de la MEL", [(30, "09:00", "17:00")], "Métropole Européenne de Lille",
       A("Lille Grand Palais", "1 Boulevard des Cités Unies", "59777", "Lille", insee=LILLE))
cal("assises-mel", "assises-ess-mel-2022", S(30, "09:00"), E(30, "17:00"), SUM("Assises ESS de la Métropole"), LOC("Lille Grand Palais"),
    ORG("MEL", "ess@lillemetropole.fr"))
form("assises-mel", "MEL", "Assises ESS", 30, "Toute la journée", "Grand Palais", "", "59000", "Lille")
agenda("conseil-lillois", "Conseil lillois de l'économie sociale et solidaire : séance plénière", [(30, "18:00", "20:00")], "Ville de Lille",
       A("Hôtel de ville de Lille", "Place Augustin Laurent", "59000", "Lille", insee=LILLE))
form("conseil-lillois", "Ville de Lille", "Conseil lillois de l'ESS", 30, "18h", "Hôtel de ville", "place Augustin Laurent", "59000", "Lille")

# 19 a walking tour of Wazemmes' ESS, Saturday 26 (calendar alone)
cal("balade-wazemmes", "balade-ess-wazemmes", SF(26, "10:00"), EF(26, "12:00"), SUM("Balade urbaine : l'ESS à Wazemmes"),
    LOC("Marché de Wazemmes, Lille"))

# ───────────────────────── networks and their members in Lille ─────────────────────────

# 20 France Active's financers' breakfast at Euratechnologies, Tuesday 8, credited to the CRESS by the agenda
plat("pdj-financeurs", "Petit-déjeuner des financeurs solidaires", 8, "08:30", "10:30", "France Active Hauts-de-France",
     P("EuraTechnologies", "165 avenue de Bretagne", "59000", "Lille"))
agenda("pdj-financeurs", "P'tit déj : qui finance les projets de l'ESS ?", [(8, "08:30", "10:30")], "CRESS Hauts-de-France",
       A("Euratechnologies", "165 Avenue de Bretagne", "59000", "Lille", insee=LILLE))
form("pdj-financeurs", "France Active HDF", "Petit dej financeurs", 8, "8h30", "Euratechnologies", "165 av de Bretagne", "59160", "Lille")

# 21-24 Grands Ensemble's information meeting every Tuesday (8, 15, 22, 29), listed by the network
GE = {f"2022-11-{d:02d}": f"grands-ensemble-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(GE, "reunion-info-grands-ensemble@apes-hdf.org", S(8, "14:00"), E(8, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Entreprendre en coopérative : réunion d'information"), LOC("Grands Ensemble, 47 rue Jean Jaurès, Lille"),
              ORG("Grands Ensemble", "contact@grandsensemble.coop"))
plat("grands-ensemble-8", "Réunion d'information : entreprendre en CAE", 8, "14:00", "16:00", "Grands Ensemble",
     P("Grands Ensemble", "47 rue Jean Jaurès", "59000", "Lille"))
agenda("grands-ensemble-15", "Tester son activité dans une coopérative d'activité et d'emploi", [(15, "14:00", "16:00")],
       "Les Scop Hauts-de-France", A("Grands Ensemble", "47 rue Jean Jaurès", "59000", "Lille", insee=LILLE))
form("grands-ensemble-22", "Les Scop HDF", "Réunion info CAE", 22, "14h", "", "47 rue Jean Jaurès", "59000", "Lille")
# 25 Les Scop's own morning on Tuesday 8
plat("matinale-scop", "Matinale : transmettre son entreprise à ses salariés", 8, "09:30", "12:00", "Les Scop Hauts-de-France",
     P("Les Scop Hauts-de-France", "115 rue Nationale", "59000", "Lille"))
cal("matinale-scop", "matinale-transmission-scop", SZ(8, "09:30"), EZ(8, "12:00"), SUM("Matinale transmission en Scop"), LOC("Lille"),
    ORG("URSCOP HDF", "contact@scop-hdf.coop"))
form("matinale-scop", "Les Scop HDF", "Matinale reprise en SCOP", 8, "matin", "URSCOP", "115 rue Nationale", "59000", "Lille")

# 26 / 27 Thursday 24 evening: a visit of SuperQuinquin (member of the APES), and the APES' own apéro at the MRES
plat("superquinquin", "Visite du supermarché coopératif SuperQuinquin", 24, "18:00", "20:00", "SuperQuinquin",
     P("SuperQuinquin", "24 rue Pierre Legrand", "59800", "Lille"))
cal("superquinquin", "visite-superquinquin", SF(24, "18:00"), EF(24, "20:00"), SUM("Découvrir SuperQuinquin, le supermarché coopératif"),
    LOC("Lille"), ORG("APES Hauts-de-France", "contact@apes-hdf.org"))
form("superquinquin", "APES", "Découverte supermarché coopératif", 24, "18h", "SuperQuinquin", "", "59000", "Lille")
agenda("apero-apes", "Apéro des acteurs de l'économie solidaire", [(24, "18:30", "21:00")], "APES Hauts-de-France",
       A("MRES", "23 rue Gosselet", "59000", "Lille", insee=LILLE))
cal("apero-apes", "apero-acteurs-apes-2411", S(24, "18:30"), E(24, "21:00"), SUM("L'apéro de l'APES"), LOC("MRES, 23 rue Gosselet, Lille"),
    ORG("APES Hauts-de-France", "contact@apes-hdf.org"))

# ───────────────────────── Roubaix ─────────────────────────

# 28 / 29 Thursday 10 morning: Roubaix's employment forum (credited to the MEL by the agenda) and the MEL's forum
plat("forum-emploi-roubaix", "Forum de l'emploi solidaire", 10, "09:30", "13:00", "Ville de Roubaix",
     P("Hôtel de ville de Roubaix", "17 Grand'Place", "59100", "Roubaix"))
agenda("forum-emploi-roubaix", "Forum emploi : l'ESS recrute à Roubaix", [(10, "09:30", "13:00")], "MEL",
       A("Hôtel de Ville", "17 Grand Place", "59100", "Roubaix", insee=ROUBAIX))
form("forum-emploi-roubaix", "Mairie de Roubaix", "Forum emploi ESS", 10, "9h30-13h", "Salle des fêtes de l'hôtel de ville", "", "59100", "Roubaix")
plat("forum-achats-mel", "Forum métropolitain de l'achat responsable", 10, "09:00", "12:30", "Métropole Européenne de Lille",
     P("Hôtel de la Métropole", "2 boulevard des Cités Unies", "59040", "Lille"))
cal("forum-achats-mel", "forum-achat-responsable-mel", SU(10, "09:00"), EU(10, "12:30"), SUM("Forum achats responsables"), LOC("Lille"),
    ORG("MEL", "achats@lillemetropole.fr"))
form("forum-achats-mel", "MEL", "Forum achat responsable", 10, "matin", "", "", "59000", "Lille")

# 30 / 31 La Condition Publique, Wednesday 16: Fashion Green Hub's apéro-débat (the venue credited by the form, the
# calendar's « Lille »), and the venue's own backstage tour in the afternoon
CONDITION = P("La Condition Publique", "14 place Faidherbe", "59100", "Roubaix")
plat("mode-circulaire", "Apéro-débat : la mode circulaire, c'est maintenant !", 16, "18:30", "21:00", "Fashion Green Hub", CONDITION)
agenda("mode-circulaire", "Mode circulaire : apéro-débat avec Fashion Green Hub", [(16, "18:30", "21:00")], "Fashion Green Hub",
       A("La Condition Publique", "14 Place Faidherbe", "59100", "Roubaix", insee=ROUBAIX, latitude=50.6862, longitude=3.1817))
cal("mode-circulaire", "apero-mode-circulaire", SZ(16, "18:30"), EZ(16, "21:00"), SUM("Apéro débat mode circulaire"),
    LOC("La Condition Publique, Lille"))
form("mode-circulaire", "La Condition Publique", "Apéro débat mode circulaire", 16, "18h30", "Condition Publique", "14 place Faidherbe",
     "59100", "Roubaix")
agenda("cp-coulisses", "Visite des coulisses : de la friche textile au lieu culturel", [(16, "14:00", "16:00")], "La Condition Publique",
       A("La Condition Publique", "14 Place Faidherbe", "59100", "Roubaix", insee=ROUBAIX))
form("cp-coulisses", "La Condition Publique", "Visite coulisses", 16, "14h-16h", "Condition Publique", "14 place Faidherbe", "59100", "Roubaix")

# 32 / 33 repair cafés on Saturday 19 afternoon: Roubaix (Alma) and Tourcoing
plat("rc-roubaix", "Repair café de l'Alma", 19, "14:00", "17:00", "Centre social Alma",
     P("Centre social Alma", "39 rue Jules Guesde", "59100", "Roubaix"))
cal("rc-roubaix", "repair-cafe-alma-1911", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Alma"), LOC("Roubaix"))
agenda("rc-tourcoing", "Repair Café tourquennois", [(19, "14:00", "18:00")], "Repair Café Tourcoing",
       A("Maison des associations", "100 rue de Lille", "59200", "Tourcoing", insee=TOURCOING))
form("rc-tourcoing", "Repair café Tourcoing", "Repair Café", 19, "14h-18h", "Maison des associations", "100 rue de Lille", "59200", "Tourcoing")

# 34 / 35 disco soupes on Saturday 26 morning: Wattrelos (calendar: « Roubaix ») and Roubaix
agenda("disco-wattrelos", "Disco soupe anti-gaspi", [(26, "10:00", "13:00")], "Wattrelos Solidarité",
       A("Place Jean Delvainquière", "Place Jean Delvainquière", "59150", "Wattrelos", insee=WATTRELOS))
cal("disco-wattrelos", "disco-soupe-wattrelos", SF(26, "10:00"), EF(26, "13:00"), SUM("Disco Soupe"), LOC("Roubaix"))
plat("disco-roubaix", "Disco soupe du marché de l'Épeule", 26, "10:00", "13:00", "Maison du Zéro Déchet Roubaix",
     P("Marché de l'Épeule", "Place de l'Abbé Pierre", "59100", "Roubaix"))
form("disco-roubaix", "Maison du Zéro Déchet", "Disco soupe", 26, "matin", "Marché de l'Épeule", "", "59100", "Roubaix")

# 36 Roubaix's zero-waste fair at the town hall, Saturday 12
plat("salon-zd-roubaix", "Salon du zéro déchet", 12, "10:00", "18:00", "Ville de Roubaix",
     P("Hôtel de ville de Roubaix", "17 Grand'Place", "59100", "Roubaix"))
agenda("salon-zd-roubaix", "Roubaix zéro déchet : le salon", [(12, "10:00", "18:00")], "Métropole Européenne de Lille",
       A("Hôtel de Ville de Roubaix", "17 Grand Place", "59100", "Roubaix", insee=ROUBAIX))
form("salon-zd-roubaix", "Ville de Roubaix", "Salon zero dechet", 12, "10h-18h", "Hôtel de ville", "Grand Place", "59100", "Lille")

# 37 an insertion worksite's open day in Roubaix, Friday 18 (calendar: « Lille »)
plat("po-tissel", "Portes ouvertes de l'atelier chantier d'insertion Tissel", 18, "10:00", "16:00", "Tissel",
     P("Atelier Tissel", "75 rue du Luxembourg", "59100", "Roubaix"))
agenda("po-tissel", "Découvrez un atelier textile d'insertion", [(18, "10:00", "16:00")], "Association Tissel",
       A("Tissel - Blanchemaille", "75 rue du Luxembourg", "59100", "Roubaix", insee=ROUBAIX))
cal("po-tissel", "portes-ouvertes-tissel", SF(18, "10:00"), EF(18, "16:00"), SUM("Portes ouvertes Tissel"), LOC("Lille"))

# 38 a CV workshop for the young in Roubaix, Monday 7 (agenda alone)
agenda("cv-roubaix", "Atelier CV et lettre de motivation pour les 16-25 ans", [(7, "14:00", "16:00")], "Mission locale Roubaix",
       A("Mission locale", "44 avenue Jean Lebas", "59100", "Roubaix", insee=ROUBAIX))

# ───────────────────────── Tourcoing, Villeneuve-d'Ascq, Wattrelos, Loos, Lambersart, Croix ─────────────────────────

# 39 / 40 Tuesday 22: the responsible digital forum at Plaine Images (Tourcoing; calendar « Lille »; form credits the
# MEL) and Tourcoing's associations meeting in the evening
plat("numerique-responsable", "Forum du numérique responsable", 22, "14:00", "18:00", "Plaine Images",
     P("Plaine Images", "99A boulevard Constantin Descat", "59200", "Tourcoing"))
cal("numerique-responsable", "forum-numerique-responsable", SZ(22, "14:00"), EZ(22, "18:00"), SUM("Numérique responsable : le forum"),
    LOC("Plaine Images, Lille"))
form("numerique-responsable", "MEL", "Forum numérique responsable", 22, "14h-18h", "Plaine Images", "99a bd Descat", "59200", "Tourcoing")
plat("assos-tourcoing", "Rencontre des associations tourquennoises de l'ESS", 22, "18:00", "20:00", "Ville de Tourcoing",
     P("Hôtel de ville de Tourcoing", "Place Victor Hassebroucq", "59200", "Tourcoing"))
agenda("assos-tourcoing", "Rencontre des assos tourquennoises", [(22, "18:00", "20:00")], "Ville de Tourcoing",
       A("Hôtel de Ville", "Place Victor Hassebroucq", "59200", "Tourcoing", insee=TOURCOING))

# 41 a talk on culture and the ESS at Le Fresnoy (Tourcoing), Thursday 24
agenda("fresnoy", "Conférence : culture et économie sociale et solidaire", [(24, "19:00", "21:00")], "Le Fresnoy - Studio national",
       A("Le Fresnoy", "22 rue du Fresnoy", "59200", "Tourcoing", insee=TOURCOING))
form("fresnoy", "Le Fresnoy", "Culture et ESS", 24, "19h", "Le Fresnoy", "22 rue du Fresnoy", "59200", "Tourcoing")

# 42 the Ferme du Héron's farmers' market, Sunday 6 (Villeneuve-d'Ascq; calendar: the farm « Lille »)
plat("heron", "Marché paysan et solidaire de la Ferme du Héron", 6, "10:00", "17:00", "Ferme du Héron",
     P("Ferme du Héron", "Chemin de la Ferme Lenglet", "59650", "Villeneuve-d'Ascq"))
agenda("heron", "Marché paysan solidaire", [(6, "10:00", "17:00")], "Ville de Villeneuve d'Ascq",
       A("Ferme du Héron", "Chemin de la ferme Lenglet", "59650", "Villeneuve-d'Ascq", insee=VDA))
cal("heron", "marche-paysan-heron", S(6, "10:00"), E(6, "17:00"), SUM("Marché paysan de la Ferme du Héron"), LOC("Ferme du Héron, Lille"))

# 43 / 44 Friday 25 morning: Villeneuve-d'Ascq's employment forum (the form credits the MEL) and the MEL's social
# clauses morning
plat("forum-emploi-vda", "Forum de l'emploi et de l'insertion", 25, "09:00", "13:00", "Ville de Villeneuve-d'Ascq",
     P("Hôtel de ville", "Place Salvador Allende", "59650", "Villeneuve-d'Ascq"))
form("forum-emploi-vda", "MEL", "Forum emploi insertion", 25, "9h-13h", "Hôtel de ville", "place Salvador Allende", "59650", "Villeneuve-d'Ascq")
agenda("clauses-mel", "Matinale des clauses sociales", [(25, "08:30", "11:00")], "Métropole Européenne de Lille",
       A("Hôtel de la Métropole", "2 boulevard des Cités Unies", "59040", "Lille", insee=LILLE))
cal("clauses-mel", "matinale-clauses-sociales", SZ(25, "08:30"), EZ(25, "11:00"), SUM("Matinale clauses sociales"), LOC("Lille"),
    ORG("MEL", "ess@lillemetropole.fr"))

# 45 the recyclerie's open day in Villeneuve-d'Ascq, Saturday 26 (platform alone)
plat("recyclerie-vda", "Journée portes ouvertes de la recyclerie", 26, "10:00", "17:00", "La Recyclerie villeneuvoise",
     P("La Recyclerie villeneuvoise", "rue de la Station", "59491", "Villeneuve-d'Ascq"))

# 46 Loos' ressourcerie open day, Saturday 19 (form: « Lille » with Loos' postal code)
plat("ressourcerie-loos", "Portes ouvertes de la ressourcerie Les Valoristes", 19, "10:00", "17:00", "Les Valoristes",
     P("Ressourcerie Les Valoristes", "56 rue du Maréchal Foch", "59120", "Loos"))
form("ressourcerie-loos", "Les Valoristes", "Portes ouvertes ressourcerie", 19, "10h-17h", "Ressourcerie", "56 rue Foch", "59120", "Lille")

# 47 participative housing talk at Le Colysée (Lambersart), Monday 14 (calendar: « Le Colysée, Lille »)
agenda("habitat-lambersart", "Conférence : l'habitat participatif, comment se lancer ?", [(14, "19:00", "21:00")],
       "Habitat Participatif Hauts-de-France", A("Le Colysée", "Avenue Clémenceau", "59130", "Lambersart", insee=LAMBERSART))
cal("habitat-lambersart", "conf-habitat-participatif", SU(14, "19:00"), EU(14, "21:00"), SUM("L'habitat participatif"), LOC("Le Colysée, Lille"))

# 48 a heritage and insertion visit at the Villa Cavrois (Croix), Saturday 12 (form: « Lille »)
plat("cavrois", "Visite de la Villa Cavrois : patrimoine et chantier d'insertion", 12, "10:00", "12:00", "Centre des monuments nationaux",
     P("Villa Cavrois", "60 avenue du Président John Fitzgerald Kennedy", "59170", "Croix"))
form("cavrois", "CMN", "Visite Villa Cavrois et chantier insertion", 12, "10h", "Villa Cavrois", "60 av. JF Kennedy", "59170", "Lille")

# 49 social entrepreneurs' afterwork in Croix, Tuesday 22 (calendar: « Roubaix »)
agenda("afterwork-croix", "Afterwork des entrepreneurs sociaux", [(22, "18:30", "20:30")], "Réseau Entreprendre Nord",
       A("Maison des entrepreneurs", "2 rue de la Gare", "59170", "Croix", insee=CROIX))
cal("afterwork-croix", "afterwork-entrepreneurs-sociaux", SZ(22, "18:30"), EZ(22, "20:30"), SUM("Afterwork entrepreneuriat social"),
    LOC("Roubaix"))

# ───────────────────────── online ─────────────────────────

# 50 / 51 two webinars at 11:00 on Thursday 17: France Active HDF, the CRESS
plat("web-fa", "Webinaire : financer son projet ESS avec France Active", 17, "11:00", "12:00", "France Active Hauts-de-France", ONLINE,
     modality="En ligne")
agenda("web-fa", "Les outils financiers de France Active (webinaire)", [(17, "11:00", "12:00")], "France Active HDF", {}, mode=2,
       onlineAccessLink=ZOOM_FA)
form("web-fa", "France Active HDF", "Webinaire financement", 17, "11h", "", "", "", "", "En ligne")
agenda("web-cress", "Marchés publics et clauses sociales : webinaire", [(17, "11:00", "12:30")], "CRESS Hauts-de-France", {}, mode=2,
       onlineAccessLink=ZOOM_CRESS)
cal("web-cress", "webinaire-clauses-sociales", SZ(17, "11:00"), EZ(17, "12:30"), SUM("Webinaire : les clauses sociales"), LOC("En ligne"),
    f"URL:{ZOOM_CRESS}")
form("web-cress", "CRESS HDF", "Webinaire clauses sociales", 17, "11h-12h30", "Zoom", "", "", "", "Visio")

# 52 Le Mouvement associatif's webinar on volunteers, Tuesday 29 evening
plat("web-benevolat", "Webinaire : recruter et fidéliser ses bénévoles", 29, "18:00", "19:30", "Le Mouvement associatif Hauts-de-France",
     ONLINE, modality="En ligne")
cal("web-benevolat", "webinaire-benevolat-lma", SU(29, "18:00"), EU(29, "19:30"), SUM("Recruter et fidéliser les bénévoles"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_LMA}")

# 53 Picardie Active's webinar, Tuesday 8 afternoon (the form credits France Active HDF)
plat("web-picardie", "Webinaire : les aides à la création d'entreprise sociale", 8, "14:00", "15:00", "France Active Picardie", ONLINE,
     modality="En ligne")
form("web-picardie", "France Active HDF", "Webinaire création entreprise sociale", 8, "14h", "", "", "", "", "Visio")

# 54 the APES' webinar on local currencies, Monday 28
cal("web-monnaies", "webinaire-monnaies-locales", SZ(28, "12:30"), EZ(28, "13:30"), SUM("Les monnaies locales en Hauts-de-France"),
    LOC("En ligne"), f"URL:{JITSI_APES}")
plat("web-monnaies", "Webinaire : les monnaies locales complémentaires", 28, "12:30", "13:30", "APES Hauts-de-France", ONLINE,
     modality="En ligne")

# 55 URIOPSS' webinar, Thursday 10 (agenda alone)
agenda("web-uriopss", "Emploi dans le médico-social : les métiers qui recrutent", [(10, "14:00", "15:30")], "URIOPSS Hauts-de-France",
       {}, mode=2, onlineAccessLink=LIVESTORM_URIOPSS)

# ───────────────────────── Amiens Métropole ─────────────────────────

# 56 / 57 job datings on Tuesday 22 morning: Amiens and Longueau (whose copies say « Amiens »)
plat("jobdating-amiens", "Job dating de l'ESS", 22, "09:00", "12:00", "Amiens Métropole",
     P("Espace Dewailly", "3 place Dewailly", "80000", "Amiens"))
agenda("jobdating-amiens", "Job dating : les employeurs de l'ESS recrutent", [(22, "09:00", "12:00")], "Ville d'Amiens",
       A("Espace Dewailly", "3 Place Dewailly", "80000", "Amiens", insee=AMIENS))
form("jobdating-amiens", "ACM", "Job dating ESS", 22, "matin", "Espace Dewailly", "", "80000", "Amiens")
plat("jobdating-longueau", "Job dating de l'insertion", 22, "09:30", "12:00", "Ville de Longueau",
     P("Salle des fêtes", "Rue Jean Jaurès", "80330", "Longueau"))
cal("jobdating-longueau", "jobdating-insertion-longueau", SZ(22, "09:30"), EZ(22, "12:00"), SUM("Job dating insertion"), LOC("Amiens"))
form("jobdating-longueau", "Amiens Métropole", "Job dating Longueau", 22, "9h30-12h", "Salle des fêtes", "", "80330", "Amiens")

# 58 a walk in the hortillonnages (Rivery), Saturday 5 morning (agenda: « Amiens »)
plat("hortillonnages", "Balade dans les hortillonnages : maraîchage et insertion", 5, "10:00", "12:00", "Les Jardins de Cocagne d'Amiens",
     P("Chemin de halage des hortillonnages", "Chemin de halage", "80136", "Rivery"))
agenda("hortillonnages", "Balade hortillonnages et maraîchage solidaire", [(5, "10:00", "12:00")], "Jardins de Cocagne",
       A("Les Hortillonnages", "Chemin de halage", "80000", "Amiens", insee=AMIENS))
form("hortillonnages", "Jardins de Cocagne Amiens", "Balade dans les hortillonages", 5, "10h-12h", "Hortillonnages", "chemin de halage",
     "80136", "Rivery")

# 59 / 60 Monday 14: Amiens Métropole's circular economy meeting, the Ville d'Amiens' associations forum in the evening
plat("circulaire-acm", "Rencontre des acteurs de l'économie circulaire", 14, "14:00", "17:00", "Amiens Métropole",
     P("Hôtel de ville d'Amiens", "Place de l'Hôtel de ville", "80000", "Amiens"))
form("circulaire-acm", "ACM", "Rencontre économie circulaire", 14, "14h-17h", "Hôtel de ville", "", "80000", "Amiens")
agenda("forum-assos-amiens", "Forum des associations solidaires", [(14, "17:30", "20:00")], "Ville d'Amiens",
       A("Hôtel de Ville", "Place de l'Hôtel de Ville", "80000", "Amiens", insee=AMIENS))
cal("forum-assos-amiens", "forum-associations-solidaires-amiens", SU(14, "17:30"), EU(14, "20:00"), SUM("Forum associations solidaires"),
    LOC("Hôtel de ville, Amiens"), ORG("Amiens Métropole", "ess@amiens-metropole.com"))

# 61 a film and debate at the Maison de la Culture, Wednesday 16
plat("cine-mca", "Ciné-débat : « Après demain »", 16, "20:00", "22:30", "Maison de la Culture d'Amiens",
     P("Maison de la Culture d'Amiens", "2 place Léonor Fini", "80000", "Amiens"))
agenda("cine-mca", "Projection-débat Après Demain", [(16, "20:00", "22:30")], "Ciné St-Leu",
       A("Maison de la Culture", "2 Place Léonor Fini", "80000", "Amiens", insee=AMIENS))
cal("cine-mca", "cine-debat-apres-demain", SF(16, "20:00"), SUM("Ciné-débat Après demain"), LOC("MCA, Amiens"))

# 62 / 63 bike workshops on Saturday 19 afternoon: Longueau (calendar « Amiens ») and Amiens
plat("velo-longueau", "Atelier réparation vélo", 19, "14:00", "17:00", "Vélo Service Longueau",
     P("Maison des associations", "Rue Paul Doumer", "80330", "Longueau"))
cal("velo-longueau", "atelier-velo-longueau", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Atelier vélo"), LOC("Amiens"))
agenda("velo-amiens", "Atelier d'autoréparation vélo", [(19, "14:00", "18:00")], "Rue de l'Avenir Amiens",
       A("Le Safran", "3 rue Georges Guynemer", "80080", "Amiens", insee=AMIENS))
form("velo-amiens", "Rue de l'Avenir", "Atelier vélo", 19, "après-midi", "Le Safran", "", "80080", "Amiens")

# 64 the university's ESS talk at the Citadelle, Thursday 24
plat("upjv", "Conférence : l'ESS, une économie d'avenir ?", 24, "18:00", "20:00", "Université de Picardie Jules Verne",
     P("Citadelle - UPJV", "10 rue des Français libres", "80080", "Amiens"))
agenda("upjv", "L'économie sociale et solidaire, une économie d'avenir ? Conférence", [(24, "18:00", "20:00")], "UPJV",
       A("La Citadelle", "10 Rue des Français Libres", "80080", "Amiens", insee=AMIENS))
form("upjv", "UPJV", "Conférence ESS", 24, "18h", "Citadelle", "", "80000", "Amiens")

# 65 / 66 repair cafés on Saturday 26 afternoon: Amiens and Rivery (calendar « Amiens »)
agenda("rc-amiens", "Repair Café d'Amiens Nord", [(26, "14:00", "17:30")], "Repair Café Amiens",
       A("Centre social Étouvie", "Avenue du Languedoc", "80080", "Amiens", insee=AMIENS))
form("rc-amiens", "Repair Café Amiens", "Repair café", 26, "14h", "", "Avenue du Languedoc", "80080", "Amiens")
plat("rc-rivery", "Repair Café de Rivery", 26, "14:00", "17:00", "Rivery en transition",
     P("Salle des fêtes", "Rue Baudrez", "80136", "Rivery"))
cal("rc-rivery", "repair-cafe-rivery", SZ(26, "14:00"), EZ(26, "17:00"), SUM("Repair café"), LOC("Amiens"))

# 67 a knitting workshop in Amiens, Thursday 10 (calendar alone)
cal("tricot-amiens", "tricot-solidaire-amiens", S(10, "14:00"), E(10, "16:00"), SUM("Tricot solidaire"), LOC("Maison du quartier Saint-Leu, Amiens"))

# ───────────────────────── Creil, Nogent-sur-Oise, Montataire ─────────────────────────

# 68 the South Oise ESS jobs forum, Thursday 17 morning
plat("forum-acso", "Forum emploi de l'ESS du Sud de l'Oise", 17, "09:00", "13:00", "Agglomération Creil Sud Oise",
     P("Espace Matisse", "Boulevard Salvador Allende", "60100", "Creil"))
agenda("forum-acso", "L'ESS recrute dans le Sud de l'Oise", [(17, "09:00", "13:00")], "Ville de Creil",
       A("Espace Matisse", "Bd Salvador Allende", "60100", "Creil", insee=CREIL))
form("forum-acso", "ACSO", "Forum emploi ESS", 17, "9h-13h", "Espace Matisse", "", "60100", "Creil")

# 69 / 70 repair cafés on Saturday 12 afternoon: Nogent-sur-Oise (calendar « Creil », form Creil's postal code) and Creil
agenda("rc-nogent", "Repair Café nogentais", [(12, "14:00", "17:00")], "Nogent en transition",
       A("Maison des associations", "Rue Faidherbe", "60180", "Nogent-sur-Oise", insee=NOGENT))
cal("rc-nogent", "repair-cafe-nogent", SF(12, "14:00"), EF(12, "17:00"), SUM("Repair Café"), LOC("Creil"))
form("rc-nogent", "Nogent en transition", "Repair café", 12, "après-midi", "Maison des associations", "", "60100", "Nogent sur Oise")
plat("rc-creil", "Repair café du Plateau", 12, "14:00", "18:00", "Centre social Georges Brassens",
     P("Centre social Georges Brassens", "Rue Jean Jaurès", "60100", "Creil"))
cal("rc-creil", "repair-cafe-plateau-creil", SF(12, "14:00"), EF(12, "18:00"), SUM("Repair café du Plateau"), LOC("Creil"))

# 71 a film and debate at Le Palace (Montataire), Friday 18
plat("palace", "Ciné-débat : travailler autrement", 18, "20:00", "22:30", "Cinéma Le Palace",
     P("Cinéma Le Palace", "Rue Jean Jaurès", "60160", "Montataire"))
form("palace", "Le Palace", "Ciné débat", 18, "20h", "Cinéma Le Palace", "", "60160", "Montataire")

# 72 gender equality in the ESS, Creil, Tuesday 29 (platform alone)
plat("egalite-creil", "Conférence : l'égalité femmes-hommes dans l'ESS", 29, "18:30", "20:30", "CIDFF de l'Oise",
     P("La Faïencerie", "Allée Nelson", "60100", "Creil"))

# ───────────────────────── Compiègne, Margny-lès-Compiègne ─────────────────────────

# 73 / 74 Saturday 19: the agglomeration's ESS forum in Compiègne, the recyclerie's open day in Margny-lès-Compiègne
# (calendar and form: « Compiègne »; the form credits the agglomeration)
plat("forum-cac", "Forum de l'ESS de l'agglomération", 19, "10:00", "17:00", "Agglomération de la Région de Compiègne",
     P("Salle Saint-Nicolas", "Rue Saint-Nicolas", "60200", "Compiègne"))
agenda("forum-cac", "Forum de l'économie sociale et solidaire du Compiégnois", [(19, "10:00", "17:00")], "Ville de Compiègne",
       A("Salle Saint Nicolas", "Rue Saint-Nicolas", "60200", "Compiègne", insee=COMPIEGNE))
form("forum-cac", "CAC", "Forum ESS", 19, "10h-17h", "Salle St Nicolas", "", "60200", "Compiègne")
plat("recyclerie-margny", "Portes ouvertes de la Recyclerie du Compiégnois", 19, "10:00", "16:00", "La Recyclerie du Compiégnois",
     P("La Recyclerie du Compiégnois", "Rue Jean Monnet", "60280", "Margny-lès-Compiègne"))
cal("recyclerie-margny", "po-recyclerie-compiegnois", SZ(19, "10:00"), EZ(19, "16:00"), SUM("Portes ouvertes Recyclerie"),
    LOC("Recyclerie, Compiègne"))
form("recyclerie-margny", "CAC", "Portes ouvertes recyclerie", 19, "10h-16h", "Recyclerie", "rue Jean Monnet", "60200", "Compiègne")

# 75 / 76 compost workshops on Wednesday 9 afternoon: Margny-lès-Compiègne and Compiègne
agenda("compost-margny", "Atelier compostage", [(9, "14:00", "16:00")], "Agglomération de la Région de Compiègne",
       A("Jardin partagé du Bac", "Rue du Bac", "60280", "Margny-lès-Compiègne", insee=MARGNY))
form("compost-margny", "CAC", "Atelier compost", 9, "après-midi", "Jardin partagé", "rue du Bac", "60280", "Margny les Compiegne")
plat("compost-compiegne", "Atelier compostage et lombricompostage", 9, "14:30", "16:30", "Ville de Compiègne",
     P("Jardins familiaux du Clos des Roses", "Rue de Paris", "60200", "Compiègne"))
cal("compost-compiegne", "atelier-compost-compiegne", SU(9, "14:30"), EU(9, "16:30"), SUM("Compostage : atelier"), LOC("Compiègne"))

# 77 a low-tech talk at the UTC, Thursday 24
agenda("lowtech-utc", "Conférence : la low-tech, une innovation sociale ?", [(24, "18:30", "20:30")], "UTC - Université de technologie de Compiègne",
       A("Centre Pierre Guillaumat", "Rue du Docteur Schweitzer", "60200", "Compiègne", insee=COMPIEGNE))
form("lowtech-utc", "UTC", "Conférence low tech", 24, "18h30", "Centre P. Guillaumat", "", "60203", "Compiègne cedex")

# 78 a visit of the solidarity grocery in Compiègne, Thursday 10
agenda("epicerie-compiegne", "Visite de l'épicerie solidaire", [(10, "14:00", "16:00")], "Épicerie solidaire Le Panier compiégnois",
       A("Épicerie solidaire", "12 rue des Domeliers", "60200", "Compiègne", insee=COMPIEGNE))
form("epicerie-compiegne", "Le Panier compiégnois", "Visite épicerie solidaire", 10, "", "", "12 rue des Domeliers", "60200", "Compiègne")

# ───────────────────────── Arras, Achicourt, Saint-Laurent-Blangy ─────────────────────────

# 79 the Arras ESS fair, Thursday 10, four sources
plat("salon-arras", "Salon de l'ESS de l'Arrageois", 10, "09:00", "17:00", "Communauté urbaine d'Arras",
     P("Hôtel de ville d'Arras", "Place des Héros", "62000", "Arras"))
agenda("salon-arras", "Salon de l'économie sociale et solidaire", [(10, "09:00", "17:00")], "Ville d'Arras",
       A("Hôtel de Ville - Salle des Mariages", "Place des Héros", "62000", "Arras", insee=ARRAS))
cal("salon-arras", "salon-ess-arrageois", S(10, "09:00"), E(10, "17:00"), SUM("Salon ESS Arrageois"), LOC("Arras"), ORG("CUA", "ess@cu-arras.org"))
form("salon-arras", "CUA", "Salon ESS", 10, "Toute la journée", "Hôtel de ville", "Place des Héros", "62000", "Arras")

# 80 natural gardening in Achicourt, Saturday 5 morning (form: « Arras » with Achicourt's postal code)
plat("jardin-achicourt", "Atelier jardinage au naturel", 5, "10:00", "12:00", "Les Jardins d'Achicourt",
     P("Jardins partagés", "Rue Raoul Briquet", "62217", "Achicourt"))
form("jardin-achicourt", "Jardins d'Achicourt", "Jardinage au naturel", 5, "matin", "Jardins partagés", "", "62217", "Arras")

# 81 / 82 insertion worksites open on Wednesday 23 afternoon: Saint-Laurent-Blangy (calendar « Arras ») and Arras
agenda("chantier-slb", "Découverte du chantier d'insertion de la base nautique", [(23, "14:00", "16:30")], "Artois Insertion Nature",
       A("Base nautique", "Rue Laurent Gers", "62223", "Saint-Laurent-Blangy", insee=SLB))
cal("chantier-slb", "chantier-insertion-base-nautique", SF(23, "14:00"), EF(23, "16:30"), SUM("Visite chantier d'insertion"), LOC("Arras"))
form("chantier-slb", "Artois Insertion Nature", "Chantier insertion base nautique", 23, "14h-16h30", "Base nautique", "", "62223",
     "St Laurent Blangy")
plat("chantier-citadelle", "Découverte d'un chantier d'insertion à la Citadelle", 23, "14:00", "16:00", "Chantier École de l'Artois",
     P("Citadelle d'Arras", "Boulevard du Général de Gaulle", "62000", "Arras"))
form("chantier-citadelle", "Chantier École Artois", "Visite chantier insertion", 23, "14h", "Citadelle", "", "62000", "Arras")

# 83 / 84 Thursday 17: Les Scop's evening in Arras, and an Achicourt Scop's open day credited to the network
plat("soiree-scop-arras", "Soirée des Scop de l'Artois", 17, "18:00", "20:00", "Les Scop Hauts-de-France",
     P("Maison des sociétés", "Rue Aristide Briand", "62000", "Arras"))
cal("soiree-scop-arras", "soiree-scop-artois", SZ(17, "18:00"), EZ(17, "20:00"), SUM("Les Scop de l'Artois se rencontrent"), LOC("Arras"),
    ORG("URSCOP HDF", "contact@scop-hdf.coop"))
plat("po-scop-achicourt", "Portes ouvertes d'une Scop du bâtiment", 17, "14:00", "17:00", "Artois Bâtiment Scop",
     P("Artois Bâtiment", "Zone artisanale des Bonnettes", "62217", "Achicourt"))
agenda("po-scop-achicourt", "Découvrez une Scop du BTP : portes ouvertes", [(17, "14:00", "17:00")], "Les Scop Hauts-de-France",
       A("Artois Bâtiment Scop", "ZA des Bonnettes", "62217", "Achicourt", insee=ACHICOURT))
form("po-scop-achicourt", "Les Scop HDF", "Portes ouvertes Scop", 17, "après-midi", "", "ZA des Bonnettes", "62217", "Arras")

# 85 women and the ESS, Arras, Tuesday 29 (agenda alone)
agenda("femmes-arras", "Café-débat : les femmes entreprennent dans l'ESS", [(29, "18:00", "20:00")], "Femmes de l'Artois",
       A("Café associatif Le Bistrot", "5 rue de la Taillerie", "62000", "Arras", insee=ARRAS))

# ───────────────────────── Dunkerque, Grande-Synthe, Coudekerque-Branche ─────────────────────────

# 86 / 87 Tuesday 15: the CUD's circular economy forum at the Halle aux sucres, and Dunkerque's associations forum
plat("eco-circulaire-cud", "Forum de l'économie circulaire du littoral", 15, "09:00", "17:00", "Communauté urbaine de Dunkerque",
     P("Halle aux sucres", "Môle 1, 9003 route du Quai Freycinet 3", "59140", "Dunkerque"))
agenda("eco-circulaire-cud", "Économie circulaire : le forum du littoral", [(15, "09:00", "17:00")], "CUD",
       A("Halle aux Sucres", "Quai Freycinet 3", "59140", "Dunkerque", insee=DUNKERQUE))
cal("eco-circulaire-cud", "forum-eco-circulaire-littoral", S(15, "09:00"), E(15, "17:00"), SUM("Forum économie circulaire"), LOC("Halle aux sucres"))
form("eco-circulaire-cud", "CUD", "Forum éco circulaire", 15, "9h-17h", "Halle aux sucres", "Môle 1", "59140", "Dunkerque")
agenda("forum-assos-dk", "Forum des associations solidaires", [(15, "17:30", "20:00")], "Ville de Dunkerque",
       A("Hôtel de ville de Dunkerque", "Place Charles Valentin", "59140", "Dunkerque", insee=DUNKERQUE))
form("forum-assos-dk", "Mairie de Dunkerque", "Forum asso solidaires", 15, "17h30", "Hôtel de ville", "", "59140", "Dunkerque")

# 88 / 89 disco soupes on Saturday 19 morning: Grande-Synthe (calendar and form « Dunkerque ») and Dunkerque
agenda("disco-gs", "Disco soupe du marché", [(19, "10:00", "13:00")], "Ville de Grande-Synthe",
       A("Place du marché", "Place François Mitterrand", "59760", "Grande-Synthe", insee=GSYNTHE))
cal("disco-gs", "disco-soupe-grande-synthe", SZ(19, "10:00"), EZ(19, "13:00"), SUM("Disco Soupe"), LOC("Dunkerque"))
form("disco-gs", "Mairie de Grande-Synthe", "Disco soupe", 19, "matin", "Place du marché", "", "59760", "Dunkerque")
plat("disco-dk", "Disco soupe anti-gaspillage", 19, "10:30", "13:00", "Les Amis de la Terre Dunkerque",
     P("Place Jean Bart", "Place Jean Bart", "59140", "Dunkerque"))
form("disco-dk", "Amis de la Terre Dunkerque", "Disco soupe", 19, "10h30-13h", "Place Jean Bart", "", "59140", "Dunkerque")

# 90 the popular university on transition at the Palais du Littoral (Grande-Synthe), Thursday 24 (calendar « Dunkerque »)
plat("upop-gs", "Université populaire : la transition à Grande-Synthe", 24, "18:30", "20:30", "Ville de Grande-Synthe",
     P("Palais du Littoral", "Place François Mitterrand", "59760", "Grande-Synthe"))
cal("upop-gs", "universite-populaire-transition", SU(24, "18:30"), EU(24, "20:30"), SUM("Université populaire de la transition"),
    LOC("Palais du Littoral, Dunkerque"))

# 91 / 92 Monday 7 evening: the CUD's zero-waste families challenge launched in Grande-Synthe, and Grande-Synthe's own
# zero-waste workshops launch
plat("defi-cud", "Lancement du Défi familles zéro déchet", 7, "18:00", "20:00", "Communauté urbaine de Dunkerque",
     P("Maison de quartier du Moulin", "Rue du Moulin", "59760", "Grande-Synthe"))
cal("defi-cud", "defi-familles-zero-dechet", SZ(7, "18:00"), EZ(7, "20:00"), SUM("Défi familles zéro déchet : lancement"),
    LOC("Maison de quartier du Moulin, Dunkerque"))
form("defi-cud", "CUD", "Lancement défi familles zéro déchet", 7, "18h", "Maison de quartier du Moulin", "", "59760", "Grande-Synthe")
agenda("zd-gs", "Lancement des ateliers zéro déchet de Grande-Synthe", [(7, "18:30", "20:30")], "Ville de Grande-Synthe",
       A("Hôtel de ville", "Place François Mitterrand", "59760", "Grande-Synthe", insee=GSYNTHE))
form("zd-gs", "Mairie de Grande-Synthe", "Ateliers zéro déchet : lancement", 7, "18h30", "Hôtel de ville", "", "59760", "Grande-Synthe")

# 93 an insertion company's open morning in Coudekerque-Branche, Friday 18 (form « Coudekerque »)
agenda("po-coudekerque", "Portes ouvertes de l'entreprise d'insertion Rebond", [(18, "09:00", "12:00")], "Rebond Littoral",
       A("Rebond Littoral", "Rue de la Tannerie", "59210", "Coudekerque-Branche", insee=COUDEKERQUE))
form("po-coudekerque", "Rebond Littoral", "Portes ouvertes entreprise d'insertion", 18, "9h-12h", "", "rue de la Tannerie", "59210", "Coudekerque")

# 94 world cuisine workshop in Coudekerque-Branche, Wednesday 30 (calendar « Dunkerque »)
agenda("cuisine-coudekerque", "Atelier cuisines du monde", [(30, "14:00", "17:00")], "Centre social Josette Rousseau",
       A("Centre social", "Rue Pasteur", "59210", "Coudekerque-Branche", insee=COUDEKERQUE))
cal("cuisine-coudekerque", "cuisines-du-monde-coudekerque", SF(30, "14:00"), EF(30, "17:00"), SUM("Cuisines du monde"), LOC("Dunkerque"))

# 95 a film at the Studio 43 (Dunkerque), Monday 21
plat("studio43", "Ciné-débat : « Les Nouveaux Loups »", 21, "20:00", "22:30", "Studio 43",
     P("Studio 43", "Pôle Marine, rue des Fusiliers Marins", "59140", "Dunkerque"))
form("studio43", "Studio 43", "Ciné-débat", 21, "20h", "Studio 43", "", "59140", "Dunkerque")

# ───────────────────────── Valenciennes, Anzin, Saint-Saulve ─────────────────────────

# 96 the disability and employment forum, Thursday 17 morning
plat("forum-handicap-vlc", "Forum emploi, handicap et ESS", 17, "09:00", "12:30", "Valenciennes Métropole",
     P("Hôtel de ville de Valenciennes", "Place d'Armes", "59300", "Valenciennes"))
agenda("forum-handicap-vlc", "Emploi et handicap : le forum de l'ESS", [(17, "09:00", "12:30")], "Ville de Valenciennes",
       A("Hôtel de Ville", "Place d'Armes", "59300", "Valenciennes", insee=VALENCIENNES))
form("forum-handicap-vlc", "CAVM", "Forum emploi handicap", 17, "matin", "Hôtel de ville", "", "59300", "Valenciennes")

# 97 the solidarity hackathon at La Serre numérique (Anzin), Saturday 26 (calendar and form « Valenciennes »)
plat("hackathon-serre", "Hackathon du numérique solidaire", 26, "09:00", "18:00", "La Serre numérique",
     P("La Serre numérique", "Rives créatives de l'Escaut", "59410", "Anzin"))
agenda("hackathon-serre", "Hackathon : le numérique au service de la solidarité", [(26, "09:00", "18:00")], "Serre Numérique",
       A("La Serre numérique", "Rives Créatives de l'Escaut", "59410", "Anzin", insee=ANZIN))
cal("hackathon-serre", "hackathon-numerique-solidaire", SZ(26, "09:00"), EZ(26, "18:00"), SUM("Hackathon numérique solidaire"),
    LOC("La Serre numérique, Valenciennes"))
form("hackathon-serre", "Serre numérique", "Hackathon", 26, "Toute la journée", "Serre numérique", "", "59300", "Valenciennes")

# 98 / 99 repair cafés on Saturday 12 morning: Saint-Saulve (calendar « Valenciennes ») and Valenciennes
agenda("rc-saint-saulve", "Repair café de Saint-Saulve", [(12, "09:30", "12:00")], "Saint-Saulve en transition",
       A("Espace Athéna", "Rue de la Liberté", "59880", "Saint-Saulve", insee=SAINTSAULVE))
cal("rc-saint-saulve", "repair-cafe-saint-saulve", SF(12, "09:30"), EF(12, "12:00"), SUM("Repair Café"), LOC("Valenciennes"))
plat("rc-valenciennes", "Repair café valenciennois", 12, "09:00", "12:00", "Valenciennes Répare",
     P("Maison de quartier Chasse Royale", "Rue de la Chasse Royale", "59300", "Valenciennes"))
form("rc-valenciennes", "Valenciennes Répare", "Repair café", 12, "9h-12h", "Maison de quartier", "", "59300", "Valenciennes")

# 100-103 Anzin's sewing workshop every Wednesday (9, 16, 23, 30), the calendar's « Valenciennes »
COUTURE = {f"2022-11-{d:02d}": f"couture-anzin-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(COUTURE, "atelier-couture-anzin@apes-hdf.org", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier couture solidaire"), LOC("Centre social, Valenciennes"))
plat("couture-anzin-16", "Atelier couture solidaire", 16, "14:00", "16:00", "Centre social d'Anzin",
     P("Centre social Jean Moulin", "Rue Jean Moulin", "59410", "Anzin"))
form("couture-anzin-23", "CS Anzin", "Atelier couture", 23, "après-midi", "Centre social", "rue Jean Moulin", "59410", "Anzin")

# 104 the alternance forum in Saint-Saulve, Monday 14 (form « Valenciennes » with Saint-Saulve's postal code)
agenda("alternance-ss", "Forum de l'alternance solidaire", [(14, "09:00", "12:00")], "Mission locale du Valenciennois",
       A("Salle des fêtes", "Rue Jean Jaurès", "59880", "Saint-Saulve", insee=SAINTSAULVE))
form("alternance-ss", "Mission locale", "Forum alternance", 14, "9h-12h", "Salle des fêtes", "", "59880", "Valenciennes")

# 105 a theatre-forum on precariousness, Anzin, Friday 25
agenda("theatre-anzin", "Théâtre-forum : parlons de la précarité", [(25, "20:00", "22:00")], "Compagnie du Tiroir",
       A("Théâtre d'Anzin", "Rue Jean Jaurès", "59410", "Anzin", insee=ANZIN))
cal("theatre-anzin", "theatre-forum-precarite", SZ(25, "20:00"), EZ(25, "22:00"), SUM("Théâtre forum précarité"), LOC("Théâtre d'Anzin"))

# 106 Valenciennes Métropole's ESS talk, Tuesday 8 (platform alone)
plat("conf-cavm", "Conférence : l'ESS dans le Valenciennois", 8, "18:00", "20:00", "Valenciennes Métropole",
     P("Le Phénix", "Boulevard Harpignies", "59300", "Valenciennes"))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
