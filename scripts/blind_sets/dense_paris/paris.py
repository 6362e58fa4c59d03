"""Blind set dense_paris-1 (helper, 8 Dec 2026): Paris and the inner suburbs, DENSE, written without reading the merge
rules. About 120 real events of November 2022 in the Paris arrondissements (Paris Centre and the Carreau du Temple,
the 5e's Maison de la Mutualité, the 11e with the Maison des métallos, La Petite Rockette, Quilombo and its mairie,
the 20e with La Bellevilloise, Coopaname and its mairie, the 10e's Louxor and Comptoir général, the 12e's Ground
Control, the 13e's Amarres, Station F and mairie, the 14e's Cité internationale universitaire and Moulin à café, the
15e, the 17e's Maison des Scop, the 18e's REcyclerie, Station - Gare des Mines and mairie, the 19e's CENTQUATRE, Canaux
and Enercoop, the 9e's mairie) and the inner suburbs (Montreuil, Saint-Denis with Paris 8 and the 6b, Pantin's Cité
fertile and Magasins généraux, Ivry-sur-Seine, Vincennes, Boulogne-Billancourt, Nanterre and its university,
Clichy-sous-Bois' Ateliers Médicis). Four sources: the national platform's JSON (city « Paris », « Paris 11e
Arrondissement », « PARIS »), the CRESS Île-de-France OpenAgenda (insee of the arrondissement or of Paris 75056,
attendanceMode 2 with onlineAccessLink, several timings of a two-day market, of a two-day village and of a five-day
exhibition), the « Réseau des tiers-lieux parisiens » iCalendar (UTC « Z », TZID, floating, floating UTC read as local
time — one hour early —, VALUE=DATE, RRULE weekly sessions, one VEVENT per day of a village and of an exhibition,
LOCATION naming the venue alone, the arrondissement alone (« Paris 14e », « Paris 15 », « PARIS XVIII »), the town
alone, « En ligne » with a URL, CONFERENCE links), the CRESS registration form (Windows-1252 `;` CSV: acronyms « MdM »,
« CRESS IDF », « LMA IDF », « URSCOP IDF », « FA IDF », « REFER », « GPSO », « UPN »; « 14h-17h », « 19h »,
« matin », « après-midi », « Toute la journée », no hour, « du 25 au 26 novembre », « En ligne », « Visio »,
« Webinaire », « Distanciel »; « PARIS XI », « Paris 18ème arrondissement », « Paris 11 », Cedex codes). Hard negatives:
two repair cafés on Saturday 12 afternoon (11e, 20e), four on Saturday 19 afternoon (14e, 15e, 18e, Nanterre), three on
Saturday 26 afternoon (Montreuil, Ivry, Vincennes); three Fresques du Climat on Thursday 17 evening (11e, 13e, Montreuil)
with a Fresque du numérique in the 20e; the same film in Montreuil and Saint-Denis the same evening; three job datings on
Tuesday 22 morning (18e, Montreuil, Saint-Denis); two forums of the ESS on Saturday 19 (11e, 20e) and one in Boulogne;
two afterworks on Thursday 10 (10e, 19e); two disco soupes on Sunday 20 morning (Saint-Denis, 19e); webinars at 10:00 on
the 8th and at 12:30 on the 24th by two networks; a talk and a workshop at one venue the same day (Maison des métallos,
Ground Control, Les Amarres, Cité universitaire, Cité fertile, CENTQUATRE, Bellevilloise, Université Paris Nanterre,
Ateliers Médicis, Paris Centre's mairie and the Carreau du Temple next door); weekly sessions of Coopaname's information
meeting, of La REcyclerie's bike workshop and of La Petite Rockette's sewing workshop (and a sewing workshop in the 20e
the same hours)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-idf-openagenda", "reseau-tiers-lieux-parisiens-ical", "cress-idf-tableur")


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
def OA(text): return {"fr": text}


def ARR(n): return f"751{n:02d}"   # INSEE of an arrondissement
def CP(n): return f"750{n:02d}"    # its postal code
PARIS = "75056"
MONTREUIL, STDENIS, PANTIN, IVRY, VINCENNES = "93048", "93066", "93055", "94041", "94080"
BOULOGNE, NANTERRE, CLICHYSB = "92012", "92050", "93014"

ZOOM_FA = "https://us02web.zoom.us/j/83312457781?pwd=RkFJREZmaW5hbmNlcg"
JITSI_LMA = "https://meet.jit.si/LMA-IDF-contrat-engagement"
TEAMS_ESSF = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RVNTRnJhbmNlTG9pMjAxNA@thread.v2/0"
ZOOM_SCOP = "https://us06web.zoom.us/j/85544332211"
ZOOM_CRESS = "https://us06web.zoom.us/j/81234509876"
MEET_MACIF = "https://meet.google.com/fmc-inno-soc"
ZOOM_PE = "https://us02web.zoom.us/j/86677889900"
LIVESTORM_REFER = "https://app.livestorm.co/refer/le-reemploi-filiere-davenir"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau des tiers-lieux parisiens - Mois de l'ESS\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(1), itertools.count(7501), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Île-de-France's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@tiers-lieux-paris.fr", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"IDF-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── Paris Centre, 2e, 5e ─────────────────────────

# 1 the regional launch at the Carreau du Temple, Thursday 3, four sources
CARREAU = P("Le Carreau du Temple", "4 rue Eugène Spuller", "75003", "Paris")
plat("lancement", "Soirée de lancement du Mois de l'ESS en Île-de-France", 3, "18:30", "21:30", "CRESS Île-de-France", CARREAU,
     description="Ouverture francilienne du Mois de l'ESS : programme, table ronde avec les réseaux et concert.")
agenda("lancement", "Lancement du Mois de l'Économie sociale et solidaire francilien", [(3, "18:30", "22:00")],
       "Chambre régionale de l'économie sociale et solidaire d'Île-de-France",
       A("Carreau du Temple", "4 Rue Eugène Spuller", "75003", "Paris", insee=ARR(3), latitude=48.8641, longitude=2.3620))
cal("lancement", "lancement-mois-ess-idf-2022", SZ(3, "18:30"), EZ(3, "21:30"), SUM("Mois de l'ESS : la soirée de lancement !"),
    LOC("Carreau du Temple"))
form("lancement", "CRESS IDF", "Lancement Mois de l'ESS 2022", 3, "18h30", "Carreau du Temple", "", "75003", "PARIS")

# 2 / 3 Tuesday 8: the Carreau du Temple's upcycling workshop in the afternoon, Paris Centre's mairie next door in the evening
plat("pdc-rencontre", "Rencontre des acteurs de l'ESS de Paris Centre", 8, "18:00", "20:00", "Mairie de Paris Centre",
     P("Mairie de Paris Centre", "2 rue Eugène Spuller", "75003", "Paris"))
cal("pdc-rencontre", "rencontre-ess-paris-centre", SU(8, "18:00"), EU(8, "20:00"), SUM("Rencontre ESS Paris Centre"), LOC("Paris Centre"))
agenda("carreau-upcycling", "Atelier upcycling textile : donner une seconde vie à ses vêtements", [(8, "14:00", "17:00")],
       "Le Carreau du Temple", A("Le Carreau du Temple", "4 rue Eugène Spuller", "75003", "Paris", insee=ARR(3)))
form("carreau-upcycling", "Carreau du Temple", "Atelier upcycling", 8, "après-midi", "Carreau du Temple", "4 rue Eugène Spuller", "75003", "Paris 3e")

# 4 the Ville de Paris' ESS prizes at the Hôtel de Ville, Monday 28
plat("prix-paris", "Remise des Prix de l'économie sociale et solidaire de la Ville de Paris", 28, "18:30", "21:00", "Ville de Paris",
     P("Hôtel de Ville", "Place de l'Hôtel de Ville", "75004", "Paris"))
agenda("prix-paris", "Prix parisiens de l'ESS 2022 : cérémonie", [(28, "18:30", "21:00")], "Ville de Paris - Direction de l'attractivité et de l'emploi",
       A("Hôtel de Ville de Paris", "Place de l'Hôtel-de-Ville", "75004", "Paris", insee=ARR(4)))
form("prix-paris", "Ville de Paris - DAE", "Cérémonie prix ESS", 28, "18h30", "Hôtel de Ville", "", "75004", "Paris 4e")

# 5 the Mutualité's colloquium, all day Tuesday 29
plat("mutualite", "Colloque : la protection sociale solidaire face aux crises", 29, "09:00", "17:30", "Mutualité Française Île-de-France",
     P("Maison de la Mutualité", "24 rue Saint-Victor", "75005", "Paris"))
agenda("mutualite", "Protection sociale solidaire : le colloque de la Mutualité francilienne", [(29, "09:00", "17:30")],
       "Mutualité Française IDF", A("Maison de la Mutualité", "24 rue Saint-Victor", "75005", "Paris", insee=ARR(5)))
form("mutualite", "MFIDF", "Colloque protection sociale", 29, "Toute la journée", "Maison de la Mutualité", "24 rue St Victor", "75005", "Paris")

# 6 the solidarity finance breakfast at the 2e's mairie, Thursday 10
plat("finance-2e", "Petit-déjeuner de la finance solidaire", 10, "08:30", "10:00", "FAIR",
     P("Mairie du 2e arrondissement", "8 rue de la Banque", "75002", "Paris"))
agenda("finance-2e", "P'tit déj : épargner solidaire, comment ça marche ?", [(10, "08:30", "10:00")], "FAIR (ex-Finansol)",
       A("Mairie du 2e", "8 Rue de la Banque", "75002", "Paris", insee=ARR(2)))
form("finance-2e", "Finansol", "Petit déjeuner finance solidaire", 10, "8h30-10h", "Mairie du 2ème", "8 rue de la Banque", "75002", "Paris 2")

# 7 AMAP evening at the MVAC Paris Centre, Wednesday 30
plat("amap-centre", "Soirée découverte des AMAP parisiennes", 30, "19:00", "21:00", "Réseau AMAP Île-de-France",
     P("Maison de la vie associative et citoyenne Paris Centre", "5 rue Perrée", "75003", "Paris"))
cal("amap-centre", "soiree-amap-30", SZ(30, "19:00"), EZ(30, "21:00"), SUM("Découvrir les AMAP"), LOC("MVAC Paris Centre\n5 rue Perrée"))

# 8 legal help for associations, Thursday 10 (form alone)
form("permanence-centre", "MVAC Paris Centre", "Permanence juridique pour les associations", 10, "14h-17h", "MVAC", "5 rue Perrée", "75003", "PARIS")

# ───────────────────────── 11e ─────────────────────────

MDM = P("Maison des métallos", "94 rue Jean-Pierre Timbaud", "75011", "Paris")
# 9 / 10 Wednesday 16 at the Maison des métallos: workshop in the afternoon, conference in the evening
plat("mdm-atelier", "Atelier : la gouvernance partagée en pratique", 16, "14:00", "17:00", "Les Scop Île-de-France", MDM)
form("mdm-atelier", "URSCOP IDF", "Atelier gouvernance partagée", 16, "après-midi", "MdM", "94 rue JP Timbaud", "75011", "Paris")
plat("mdm-conf", "Conférence-débat : les communs, une autre économie ?", 16, "19:00", "21:00", "Maison des métallos", MDM)
agenda("mdm-conf", "Les communs : une autre économie est-elle possible ? (conférence)", [(16, "19:00", "21:00")],
       "Établissement culturel Maison des métallos", A("Maison des Métallos", "94 Rue Jean-Pierre Timbaud", "75011", "Paris", insee=ARR(11)))
cal("mdm-conf", "conf-communs-metallos", SZ(16, "19:00"), SUM("Conférence « Les communs »"), LOC("Maison des métallos"))
form("mdm-conf", "MdM", "Conf. les communs", 16, "19h", "Maison des métallos", "", "75011", "PARIS XI")

# 11 Fresque du Climat at the 11e's mairie, Thursday 17 (13e, Montreuil and the Fresque du numérique the same evening)
plat("fdc-11", "La Fresque du Climat", 17, "19:00", "22:00", "La Fresque du Climat",
     P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris 11e Arrondissement"))
agenda("fdc-11", "Atelier Fresque du Climat - Paris 11", [(17, "19:00", "22:00")], "Fresque du Climat Paris",
       A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee=ARR(11)))
form("fdc-11", "La Fresque du Climat", "Fresque du climat", 17, "19h-22h", "Mairie du 11ème", "12 place Léon Blum", "75011", "PARIS XI")

# 12 repair café at La Petite Rockette, Saturday 12 afternoon (the 20e's the same afternoon, below)
plat("rc-11", "Repair Café de la Petite Rockette", 12, "14:00", "18:00", "La Petite Rockette",
     P("La Petite Rockette - ressourcerie", "125 rue du Chemin Vert", "75011", "Paris"))
cal("rc-11", "repair-cafe-rockette-1211", S(12, "14:00"), E(12, "18:00"), SUM("Repair café"), LOC("La Petite Rockette"))
form("rc-11", "Repair Café Paris 11", "Repair café", 12, "après-midi", "", "125 rue du Chemin Vert", "75011", "Paris 11")

# 13 the ressourcerie's open day, Saturday 26
plat("rockette-po", "Portes ouvertes de la ressourcerie La Petite Rockette", 26, "11:00", "19:00", "La Petite Rockette",
     P("La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris"))
agenda("rockette-po", "La ressourcerie ouvre ses coulisses", [(26, "11:00", "19:00")], "Petite Rockette",
       A("Ressourcerie La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris", insee=PARIS))

# 14-17 La Petite Rockette's sewing workshop every Monday (7, 14, 21, 28)
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (7, 14, 21, 28)}
f.in_calendar(COUTURE, "atelier-couture-rockette@tiers-lieux-paris.fr", S(7, "14:00"), E(7, "16:00"), "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4",
              SUM("Atelier couture & réparation textile"), LOC("La Petite Rockette, Paris 11e"))
plat("couture-14", "Atelier couture : réparer ses vêtements", 14, "14:00", "16:00", "La Petite Rockette",
     P("La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris"))
form("couture-21", "Petite Rockette", "Atelier couture", 21, "après-midi", "Ressourcerie", "125 rue du Chemin vert", "75011", "Paris")
# 18 the 20e's sewing workshop the same Monday hours
agenda("couture-20", "Atelier couture solidaire", [(14, "14:00", "16:00")], "MVAC du 20e",
       A("Maison de la vie associative et citoyenne du 20e", "18 rue Ramus", "75020", "Paris", insee=ARR(20)))

# 19 accounting training at the MVAC 11e, Saturday 5 morning
agenda("mvac11-compta", "Formation : tenir la comptabilité de son association", [(5, "09:30", "12:30")],
       "Maison de la vie associative et citoyenne du 11e", A("MVAC 11", "8 rue du Général Renault", "75011", "Paris", insee=ARR(11)))
form("mvac11-compta", "MVAC 11", "Compta asso", 5, "matin", "MVAC", "8 rue du Général Renault", "75011", "Paris")

# 20 the 11e's ESS forum, Saturday 19 (the 20e's the same day)
plat("forum-11", "Salon de l'ESS du 11e arrondissement", 19, "10:00", "18:00", "Mairie du 11e",
     P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
agenda("forum-11", "Forum de l'économie sociale et solidaire du 11e", [(19, "10:00", "18:00")], "Mairie du 11e arrondissement",
       A("Mairie du 11e - salle des fêtes", "12 place Léon-Blum", "75011", "Paris", insee=ARR(11)))
form("forum-11", "Mairie 11e", "Salon ESS", 19, "10h-18h", "Mairie", "place Léon Blum", "75011", "Paris 11ème arrondissement")

# 21 a signing at Quilombo, Saturday 12
plat("quilombo", "Rencontre-dédicace : « L'économie sociale et solidaire en 100 questions »", 12, "17:00", "19:00", "Librairie Quilombo",
     P("Librairie Quilombo", "23 rue Voltaire", "75011", "Paris"))
cal("quilombo", "dedicace-quilombo", SU(12, "17:00"), SUM("Dédicace - l'ESS en 100 questions"), LOC("Quilombo"))

# ───────────────────────── 20e ─────────────────────────

BELLEVILLOISE = P("La Bellevilloise", "19-21 rue Boyer", "75020", "Paris")
# 22 the two-day Christmas market at La Bellevilloise (26-27) and 23 the round table inside it on the 26th
plat("noel-bellevilloise", "Marché de Noël solidaire et équitable", 26, "11:00", "19:00", "La Bellevilloise", BELLEVILLOISE, day2=27)
agenda("noel-bellevilloise", "Le marché de Noël éthique de la Bellevilloise", [(26, "11:00", "19:00"), (27, "11:00", "18:00")],
       "Sinny&Ooko", A("La Bellevilloise", "19-21 Rue Boyer", "75020", "Paris", insee=ARR(20)))
cal("noel-bellevilloise", "marche-noel-bellevilloise", SD(26), ED(27), SUM("Marché de Noël solidaire"), LOC("La Bellevilloise"))
form("noel-bellevilloise", "La Bellevilloise", "Marché de Noël solidaire", "du 26 au 27 novembre", "11h-19h", "La Bellevilloise",
     "19 rue Boyer", "75020", "Paris")
agenda("bellevilloise-tr", "Table ronde : un Noël plus solidaire, c'est possible ?", [(26, "18:00", "20:00")], "Sinny&Ooko",
       A("La Bellevilloise", "19-21 Rue Boyer", "75020", "Paris", insee=ARR(20)))
cal("bellevilloise-tr", "table-ronde-noel-bellevilloise", S(26, "18:00"), E(26, "20:00"), SUM("Table ronde Noël solidaire"), LOC("Bellevilloise"))

# 24 Alternatives Économiques' evening at La Bellevilloise, Monday 14
plat("alter-eco", "Soirée-débat : quelle place pour l'ESS dans la transition ?", 14, "19:00", "21:30", "Alternatives Économiques",
     BELLEVILLOISE)
agenda("alter-eco", "Débat Alternatives Économiques : l'ESS et la transition écologique", [(14, "19:00", "21:30")], "Alternatives Économiques",
       A("La Bellevilloise", "19-21 rue Boyer", "75020", "Paris", insee=ARR(20)))
cal("alter-eco", "debat-alter-eco-1411", SZ(14, "19:00"), EZ(14, "21:30"), SUM("Soirée Alter Éco"), LOC("Paris 20e"))

# 25 the 20e's ESS forum, Saturday 19
plat("forum-20", "Forum de l'ESS du 20e", 19, "10:00", "17:00", "Mairie du 20e",
     P("Mairie du 20e arrondissement", "6 place Gambetta", "75020", "Paris"))
cal("forum-20", "forum-ess-20e", SF(19, "10:00"), EF(19, "17:00"), SUM("Forum ESS du XXe"), LOC("Mairie du 20e"))
form("forum-20", "Mairie du 20e", "Forum ESS 20e", 19, "10h-17h", "Mairie du XXe", "6 place Gambetta", "75020", "Paris")

# 26 repair café in the 20e, Saturday 12 afternoon
agenda("rc-20", "Repair Café du 20e", [(12, "14:00", "17:30")], "Repair Café Paris 20",
       A("Centre social Soleil Blaise", "7 square Vitruve", "75020", "Paris", insee=ARR(20)))
form("rc-20", "Repair Café Paris 20", "Repair Café", 12, "14h-17h30", "CS Soleil Blaise", "7 square Vitruve", "75020", "Paris 20ème")

# 27-30 Coopaname's information meeting every Tuesday (8, 15, 22, 29)
COOP = {f"2022-11-{d:02d}": f"coopaname-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(COOP, "reunion-info-coopaname@tiers-lieux-paris.fr", S(8, "14:00"), E(8, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective Coopaname"), LOC("Coopaname, 3-7 rue Albert Marquet, Paris"))
plat("coopaname-8", "Entreprendre en coopérative : réunion d'information", 8, "14:00", "16:00", "Coopaname",
     P("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
plat("coopaname-22", "Entreprendre en coopérative : réunion d'information", 22, "14:00", "16:00", "Coopaname",
     P("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
form("coopaname-15", "Coopaname", "Réunion d'info CAE", 15, "14h", "", "3-7 rue Albert Marquet", "75020", "Paris")

# 31 volunteering speed-dating at the MVAC 20e, Thursday 24
plat("benevolat-20", "Speed-dating du bénévolat", 24, "18:30", "20:30", "MVAC du 20e",
     P("MVAC 20", "18 rue Ramus", "75020", "Paris"))
cal("benevolat-20", "speed-dating-benevolat-20", SZ(24, "18:30"), EZ(24, "20:30"), SUM("Speed dating bénévoles / associations"), LOC("Paris 20"))

# 32 Fresque du numérique at the MVAC 20e, Thursday 17
agenda("fresque-num-20", "Atelier La Fresque du Numérique", [(17, "18:30", "21:30")], "La Fresque du Numérique",
       A("Maison de la vie associative et citoyenne du 20e", "18 rue Ramus", "75020", "Paris", insee=ARR(20)))
cal("fresque-num-20", "fresque-numerique-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Numérique"), LOC("MVAC 20e"))

# ───────────────────────── 10e ─────────────────────────

# 33 « Debout les femmes ! » at the Louxor, Tuesday 15
plat("louxor", "Ciné-débat : « Debout les femmes ! »", 15, "20:00", "22:30", "Le Louxor - Palais du cinéma",
     P("Le Louxor", "170 boulevard de Magenta", "75010", "Paris"))
agenda("louxor", "Projection-débat Debout les femmes ! (métiers du lien)", [(15, "20:00", "22:30")], "Cinéma Le Louxor",
       A("Louxor - Palais du cinéma", "170 Boulevard de Magenta", "75010", "Paris", insee=ARR(10)),
       description=OA("Projection du film de François Ruffin et Gilles Perret, suivie d'un débat avec des aides à domicile et une coopérative de services."))
cal("louxor", "cine-debout-les-femmes", SZ(15, "20:00"), SUM("Ciné-débat Debout les femmes"), LOC("Louxor"))

# 34 Impact France's afterwork at the Comptoir général, Thursday 10 (the Canaux's the same evening in the 19e)
plat("afterwork-10", "Afterwork des entrepreneurs à impact", 10, "19:00", "22:00", "Mouvement Impact France",
     P("Le Comptoir Général", "80 quai de Jemmapes", "75010", "Paris"))
form("afterwork-10", "Impact France (ex-Mouves)", "Afterwork impact", 10, "19h", "Comptoir Général", "80 quai de Jemmapes", "75010", "Paris")

# 35 a workshop at the MVAC 10e, Monday 14 (agenda alone)
agenda("mvac10-emploi", "Atelier : recruter en contrat aidé dans son association", [(14, "10:00", "12:00")], "MVAC du 10e",
       A("Maison de la vie associative et citoyenne du 10e", "206 quai de Valmy", "75010", "Paris", insee=ARR(10)))

# ───────────────────────── 12e ─────────────────────────

GC = P("Ground Control", "81 rue du Charolais", "75012", "Paris")
# 36 / 37 Saturday 5 at Ground Control: zero-waste workshop in the afternoon, the 12e's ESS drinks in the evening
plat("gc-zerodechet", "Atelier zéro déchet : fabriquer ses produits ménagers", 5, "15:00", "17:00", "Zero Waste Paris", GC)
cal("gc-zerodechet", "atelier-zd-groundcontrol", SZ(5, "15:00"), EZ(5, "17:00"), SUM("Atelier DIY produits ménagers"), LOC("Ground Control"))
form("gc-zerodechet", "Zero Waste Paris", "Atelier produits ménagers", 5, "après-midi", "Ground Control", "", "75012", "Paris")
agenda("gc-apero", "Apéro-rencontre des acteurs de l'ESS du 12e", [(5, "18:30", "21:00")], "Mairie du 12e",
       A("Ground Control", "81 rue du Charolais", "75012", "Paris", insee=ARR(12)))
cal("gc-apero", "apero-ess-12", S(5, "18:30"), E(5, "21:00"), SUM("Apéro ESS 12e"), LOC("Ground Control, 81 rue du Charolais"))
form("gc-apero", "Mairie du 12e", "Apéro ESS", 5, "18h30-21h", "Ground Control", "81 rue du Charolais", "75012", "Paris 12")

# 38 collaborative housing at the 12e's mairie, Monday 21
plat("habitat-12", "Conférence : l'habitat participatif à Paris", 21, "19:00", "21:00", "Coordin'action des associations de l'habitat participatif",
     P("Mairie du 12e", "130 avenue Daumesnil", "75012", "Paris"))
agenda("habitat-12", "Habiter autrement : l'habitat participatif (conférence)", [(21, "19:00", "21:00")], "Habitat participatif France",
       A("Mairie du 12e arrondissement", "130 avenue Daumesnil", "75012", "Paris", insee=ARR(12)))

# 39 the Viaduc des arts' open day, Saturday 19 (platform alone)
plat("viaduc", "Portes ouvertes des artisans d'art solidaires", 19, "10:00", "18:00", "Viaduc des arts",
     P("Viaduc des arts", "9-129 avenue Daumesnil", "75012", "Paris"))

# ───────────────────────── 13e ─────────────────────────

AMARRES = P("Les Amarres", "24 quai d'Austerlitz", "75013", "Paris")
# 40 / 41 Friday 18 at Les Amarres: anti-waste cooking workshop in the afternoon, the big solidarity dinner in the evening
plat("amarres-tablee", "Grande tablée solidaire aux Amarres", 18, "19:00", "22:00", "Aurore", AMARRES)
agenda("amarres-tablee", "La grande tablée : un repas partagé et solidaire", [(18, "19:00", "22:30")], "Yes We Camp",
       A("Les Amarres", "24 Quai d'Austerlitz", "75013", "Paris", insee=ARR(13)))
cal("amarres-tablee", "tablee-amarres-1811", SZ(18, "19:00"), SUM("Grande tablée"), LOC("Les Amarres"))
form("amarres-tablee", "Aurore - Les Amarres", "Repas solidaire", 18, "19h", "Les Amarres", "24 quai d'Austerlitz", "75013", "Paris")
agenda("amarres-cuisine", "Atelier cuisine anti-gaspi", [(18, "14:00", "16:30")], "Yes We Camp",
       A("Les Amarres", "24 Quai d'Austerlitz", "75013", "Paris", insee=ARR(13)))
form("amarres-cuisine", "Yes We Camp", "Atelier cuisine anti-gaspi", 18, "après-midi", "Les Amarres", "", "75013", "Paris")

# 42 Fresque du Climat at the 13e's mairie, Thursday 17
plat("fdc-13", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat",
     P("Mairie du 13e", "1 place d'Italie", "75013", "Paris"))
cal("fdc-13", "fdc-mairie13-1711", SU(17, "18:30"), EU(17, "21:30"), SUM("Fresque du climat"), LOC("Mairie du 13e"))
form("fdc-13", "Fresque du Climat", "Atelier Fresque du Climat", 17, "18h30-21h30", "Mairie du 13e", "1 place d'Italie", "75013", "Paris 13")

# 43 TZCLD evening at the 13e's mairie, Thursday 3 (the launch's evening)
agenda("tzcld-13", "Territoire zéro chômeur : un an d'EBE 13 Avenir", [(3, "18:00", "20:00")], "ATD Quart Monde",
       A("Mairie du 13e arrondissement", "1 place d'Italie", "75013", "Paris", insee=ARR(13)))
form("tzcld-13", "13 Avenir", "Soirée TZCLD Paris 13", 3, "18h-20h", "Mairie 13e", "1 place d'Italie", "75013", "Paris")

# 44 social entrepreneurs' pitch at Station F, Tuesday 29
plat("stationf", "Soirée pitch : les entrepreneurs sociaux de Ticket for Change", 29, "18:00", "21:00", "Ticket for Change",
     P("Station F", "5 parvis Alan Turing", "75013", "Paris"))
agenda("stationf", "Pitch night de l'entrepreneuriat social", [(29, "18:00", "21:00")], "Ticket for Change",
       A("STATION F", "5 Parvis Alan Turing", "75013", "Paris", insee=ARR(13)))

# ───────────────────────── 14e, 15e ─────────────────────────

CIUP = P("Cité internationale universitaire de Paris - Maison internationale", "17 boulevard Jourdan", "75014", "Paris")
# 45 / 46 Wednesday 16 at the Cité universitaire: students' forum in the afternoon, a conference in the evening
plat("ciup-forum", "Forum de l'engagement étudiant", 16, "14:00", "18:00", "Cité internationale universitaire de Paris", CIUP)
agenda("ciup-forum", "S'engager pendant ses études : le forum", [(16, "14:00", "18:00")], "CIUP",
       A("Maison internationale - Cité U", "17 boulevard Jourdan", "75014", "Paris", insee=ARR(14)))
form("ciup-forum", "Cité U", "Forum engagement", 16, "14h-18h", "Maison internationale", "17 bd Jourdan", "75014", "Paris")
plat("ciup-conf", "Conférence : précarité alimentaire étudiante, quelles réponses solidaires ?", 16, "18:30", "20:30",
     "Cité internationale universitaire de Paris", CIUP)
cal("ciup-conf", "conf-precarite-ciup", SZ(16, "18:30"), EZ(16, "20:30"), SUM("Précarité alimentaire des étudiants"),
    LOC("Cité internationale universitaire de Paris"))

# 47 cooperative games at the Moulin à café, Friday 4
agenda("moulin", "Soirée jeux coopératifs", [(4, "19:00", "23:00")], "Le Moulin à café",
       A("Le Moulin à café", "8 rue Sainte-Léonie", "75014", "Paris", insee=ARR(14)))
cal("moulin", "jeux-coop-moulin", S(4, "19:00"), E(4, "23:00"), SUM("Soirée jeux de société coopératifs"), LOC("Paris 14e"))

# 48 repair café at the MVAC 14e, Saturday 19 (the 15e's, the 18e's and Nanterre's the same afternoon)
plat("rc-14", "Repair Café Paris 14", 19, "14:00", "17:00", "Repair Café Paris 14",
     P("MVAC du 14e", "22 rue Deparcieux", "75014", "Paris"))
form("rc-14", "Repair Café 14", "Repair café", 19, "14h-17h", "MVAC 14", "22 rue Deparcieux", "75014", "Paris 14ème")

# 49 repair café in the 15e, Saturday 19
agenda("rc-15", "Repair Café Brancion", [(19, "14:30", "18:00")], "Repair Café Paris 15",
       A("Centre Paris Anim' Brancion", "18 avenue de la Porte Brancion", "75015", "Paris", insee=ARR(15)))
cal("rc-15", "repair-cafe-brancion", SZ(19, "14:30"), EZ(19, "18:00"), SUM("Repair Café"), LOC("Paris 15"))

# 50 the 14e's ESS meeting, Tuesday 29
plat("ess-14", "Rencontre des acteurs de l'ESS du 14e", 29, "18:30", "20:30", "Mairie du 14e",
     P("Mairie du 14e", "2 place Ferdinand Brunot", "75014", "Paris"))
form("ess-14", "Mairie du 14e", "Rencontre ESS 14", 29, "", "Mairie annexe", "2 pl. Ferdinand Brunot", "75014", "PARIS")

# 51 the 15e's circular economy conference, Tuesday 22 (platform alone)
plat("circulaire-15", "Conférence : l'économie circulaire dans le 15e", 22, "19:00", "21:00", "Mairie du 15e",
     P("Mairie du 15e", "31 rue Péclet", "75015", "Paris"))

# ───────────────────────── 17e, 9e ─────────────────────────

# 52 the SCIC training at the Maison des Scop, Thursday 17
plat("scic-formation", "Formation : créer et piloter une Scic", 17, "09:00", "17:00", "Les Scop Île-de-France",
     P("Maison des Scop", "37 rue Jean Leclaire", "75017", "Paris"))
agenda("scic-formation", "Journée de formation SCIC", [(17, "09:00", "17:00")], "Union régionale des Scop et Scic d'Île-de-France",
       A("Maison des Scop", "37 rue Jean Leclaire", "75017", "Paris", insee=ARR(17)))
form("scic-formation", "URSCOP IDF", "Formation SCIC", 17, "Toute la journée", "", "37 rue Jean Leclaire", "75017", "Paris 17")

# 53 an ESS walk in the Batignolles, Sunday 13
plat("batignolles", "Balade ESS dans le quartier des Batignolles", 13, "10:00", "12:00", "Mairie du 17e",
     P("Mairie du 17e", "16-20 rue des Batignolles", "75017", "Paris"))
form("batignolles", "Mairie 17", "Balade à la découverte de l'ESS", 13, "matin", "Départ mairie", "16 rue des Batignolles", "75017", "Paris")

# 54 the 9e's volunteering forum, Saturday 26
plat("benevolat-9", "Forum du bénévolat", 26, "10:00", "17:00", "Mairie du 9e", P("Mairie du 9e", "6 rue Drouot", "75009", "Paris"))
form("benevolat-9", "France Bénévolat Paris", "Forum bénévolat 9e", 26, "", "Mairie du 9e", "6 rue Drouot", "75009", "Paris")

# ───────────────────────── 18e ─────────────────────────

REC = P("La REcyclerie", "83 boulevard Ornano", "75018", "Paris")
# 55 repair café at La REcyclerie, Saturday 19
plat("rc-18", "Repair Café de La REcyclerie", 19, "14:00", "18:00", "Sinny&Ooko", REC)
agenda("rc-18", "Repair Café", [(19, "14:00", "18:00")], "La REcyclerie",
       A("La REcyclerie", "83 Boulevard Ornano", "75018", "Paris", insee=ARR(18)))
cal("rc-18", "repair-cafe-recyclerie-1911", SZ(19, "14:00"), EZ(19, "18:00"), SUM("Repair café de la REcyclerie"), LOC("La REcyclerie"))
form("rc-18", "REcyclerie", "Repair Café", 19, "après-midi", "La Recyclerie", "83 bd Ornano", "75018", "Paris 18")

# 56-60 La REcyclerie's bike workshop every Wednesday (2, 9, 16, 23, 30)
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (2, 9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-recyclerie@tiers-lieux-paris.fr", S(2, "18:00"), E(2, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5",
              SUM("Atelier vélo participatif"), LOC("La REcyclerie"))
agenda("velo-9", "Atelier d'autoréparation vélo", [(9, "18:00", "20:00")], "La REcyclerie",
       A("La REcyclerie", "83 Boulevard Ornano", "75018", "Paris", insee=ARR(18)))
agenda("velo-23", "Atelier d'autoréparation vélo", [(23, "18:00", "20:00")], "La REcyclerie",
       A("La REcyclerie", "83 Boulevard Ornano", "75018", "Paris", insee=ARR(18)))
form("velo-16", "Sinny & Ooko", "Atelier vélo", 16, "18h-20h", "REcyclerie", "83 boulevard Ornano", "75018", "Paris")

# 61 the Réseau des tiers-lieux parisiens' meeting at La REcyclerie, Monday 28 morning
cal("tiers-lieux-rencontre", "rencontre-reseau-2811", SZ(28, "09:30"), EZ(28, "12:30"), SUM("Rencontre du réseau"), LOC("La REcyclerie"))
agenda("tiers-lieux-rencontre", "Rencontre des tiers-lieux parisiens", [(28, "09:30", "12:30")], "Réseau des tiers-lieux parisiens",
       A("La REcyclerie", "83 Boulevard Ornano", "75018", "Paris", insee=ARR(18)))
form("tiers-lieux-rencontre", "Réseau des tiers-lieux parisiens", "Rencontre réseau tiers-lieux", 28, "matin", "La REcyclerie", "", "75018", "Paris")
# 62 the network's drinks at the CENTQUATRE that evening (calendar alone)
cal("tiers-lieux-apero", "apero-reseau-2811", SZ(28, "18:30"), SUM("Apéro des tiers-lieux"), LOC("Le CENTQUATRE"))

# 63 round table at the Station - Gare des Mines, Friday 25
plat("station", "Table ronde : les tiers-lieux culturels et l'ESS", 25, "18:00", "20:00", "Collectif MU",
     P("La Station - Gare des Mines", "29 avenue de la Porte d'Aubervilliers", "75018", "Paris"))
cal("station", "table-ronde-station-2511", SU(25, "18:00"), EU(25, "20:00"), SUM("Tiers-lieux culturels & ESS"), LOC("La Station - Gare des Mines"))
agenda("station", "Tiers-lieux culturels et économie sociale : table ronde", [(25, "18:00", "20:00")], "MU",
       A("La Station – Gare des Mines", "29 Avenue de la Porte d'Aubervilliers", "75018", "Paris", insee=ARR(18)))

# 64 subsidies workshop at the MVAC 18e, Tuesday 22
agenda("mvac18", "Atelier : monter un dossier de subvention", [(22, "18:00", "20:00")], "MVAC du 18e",
       A("MVAC 18", "15 passage Ramey", "75018", "Paris", insee=ARR(18)))
form("mvac18", "MVAC 18", "Dossier de subvention", 22, "18h-20h", "", "15 passage Ramey", "75018", "Paris")

# 65 job dating at the 18e's mairie, Tuesday 22 morning (Montreuil and Saint-Denis the same morning)
plat("jobdating-18", "Job dating : l'ESS recrute dans le 18e", 22, "09:00", "12:00", "Mairie du 18e",
     P("Mairie du 18e", "1 place Jules Joffrin", "75018", "Paris"))
agenda("jobdating-18", "L'ESS recrute ! Job dating", [(22, "09:00", "12:00")], "Mairie du 18e et Pôle emploi",
       A("Mairie du 18e arrondissement", "1 place Jules Joffrin", "75018", "Paris", insee=ARR(18)))
form("jobdating-18", "Mairie du 18e / Pôle emploi", "Job dating ESS", 22, "matin", "Mairie du 18ème", "1 place Jules Joffrin", "75018",
     "Paris 18ème arrondissement")

# ───────────────────────── 19e ─────────────────────────

CENTQUATRE = P("Le CENTQUATRE-PARIS", "5 rue Curial", "75019", "Paris")
# 66 / 67 the two-day village of solutions at the CENTQUATRE (25-26) and the conference inside it on the 25th
plat("village-104", "Village des solutions de l'ESS", 25, "10:00", "19:00", "CRESS Île-de-France", CENTQUATRE, day2=26)
agenda("village-104", "Le Village de l'ESS au 104", [(25, "10:00", "19:00"), (26, "10:00", "18:00")], "CRESS IDF",
       A("CENTQUATRE-PARIS", "5 rue Curial", "75019", "Paris", insee=ARR(19)))
cal("village-104", "village-ess-104-j1", S(25, "10:00"), E(25, "19:00"), SUM("Village de l'ESS - jour 1"), LOC("Le 104"))
cal("village-104", "village-ess-104-j2", S(26, "10:00"), E(26, "18:00"), SUM("Village de l'ESS - jour 2"), LOC("Le 104"))
form("village-104", "CRESS IDF", "Village ESS au 104", "du 25 au 26 novembre", "10h-19h", "CENTQUATRE", "5 rue Curial", "75019", "Paris")
plat("village-104-conf", "Conférence : l'ESS face à l'inflation", 25, "18:00", "19:30", "CRESS Île-de-France", CENTQUATRE)
form("village-104-conf", "CRESS IDF", "Conférence ESS et inflation", 25, "18h", "104", "5 rue Curial", "75019", "Paris")

# 68 the Canaux's afterwork, Thursday 10
agenda("afterwork-19", "Afterwork des entrepreneurs de l'ESS", [(10, "18:30", "21:00")], "Les Canaux",
       A("Les Canaux - Maison des économies solidaires et innovantes", "6 quai de la Seine", "75019", "Paris", insee=ARR(19)))
cal("afterwork-19", "afterwork-canaux-1011", SZ(10, "18:30"), EZ(10, "21:00"), SUM("Afterwork ESS"), LOC("Les Canaux"))

# 69 responsible purchasing workshop at the Canaux, Monday 7 morning
plat("canaux-achats", "Atelier : vendre aux acheteurs publics et privés", 7, "09:30", "12:30", "Les Canaux",
     P("Les Canaux", "6 quai de la Seine", "75019", "Paris"))
agenda("canaux-achats", "Achats responsables : rencontrer les acheteurs (atelier)", [(7, "09:30", "12:30")], "Les Canaux",
       A("Les Canaux", "6 quai de la Seine", "75019", "Paris", insee=ARR(19)))
form("canaux-achats", "Les Canaux", "Atelier achats responsables", 7, "matin", "Les Canaux", "6 quai de la Seine", "75019", "Paris 19")

# 70 Enercoop's visit and conference, Wednesday 23
plat("enercoop", "Visite et conférence : l'énergie citoyenne", 23, "18:30", "20:00", "Enercoop",
     P("Enercoop", "16-18 quai de Loire", "75019", "Paris"))
cal("enercoop", "enercoop-2311", SZ(23, "18:30"), EZ(23, "20:00"), SUM("Énergie citoyenne - visite Enercoop"), LOC("16-18 quai de Loire, Paris"))

# 71 Emmaüs Connect's digital workshop, Wednesday 9
plat("emmaus-connect", "Atelier numérique solidaire : prendre en main son smartphone", 9, "14:00", "16:00", "Emmaüs Connect",
     P("Emmaüs Connect", "71 rue Archereau", "75019", "Paris"))
form("emmaus-connect", "Emmaus Connect", "Atelier smartphone", 9, "14h-16h", "Espace Emmaüs Connect", "71 rue Archereau", "75019", "Paris")

# 72 makesense's climate workshop at the Pavillon des Canaux, Tuesday 15
agenda("makesense", "Atelier makesense : passer à l'action pour le climat", [(15, "19:00", "21:30")], "makesense",
       A("Pavillon des Canaux", "39 quai de la Loire", "75019", "Paris", insee=ARR(19)))
cal("makesense", "makesense-climat-1511", SU(15, "19:00"), SUM("Passer à l'action pour le climat"), LOC("Pavillon des Canaux"))

# 73 the E2C's open afternoon, Wednesday 23
plat("e2c", "Portes ouvertes de l'École de la 2e chance de Paris", 23, "14:00", "17:00", "E2C Paris",
     P("École de la 2e chance", "15 rue Pierre Girard", "75019", "Paris"))
form("e2c", "E2C Paris", "Portes ouvertes E2C", 23, "après-midi", "", "15 rue Pierre Girard", "75019", "Paris 19ème")

# 74 disco soupe at the place des Fêtes, Sunday 20 morning (Saint-Denis' the same morning)
agenda("disco-19", "Disco Soupe de la place des Fêtes", [(20, "10:00", "13:00")], "Disco Soupe Paris",
       A("Place des Fêtes", "Place des Fêtes", "75019", "Paris", insee=ARR(19)))
form("disco-19", "Disco Soupe", "Disco soupe anti-gaspi", 20, "matin", "Marché place des Fêtes", "", "75019", "Paris")

# ───────────────────────── online ─────────────────────────

# 75 / 76 two webinars at 10:00 on Tuesday 8
plat("web-fa", "Webinaire : financer son projet avec France Active", 8, "10:00", "11:30", "France Active Île-de-France", ONLINE,
     modality="En ligne")
agenda("web-fa", "Financer son projet ESS : les outils de France Active (webinaire)", [(8, "10:00", "11:30")],
       "France Active IDF", {}, mode=2, onlineAccessLink=ZOOM_FA)
form("web-fa", "FA IDF", "Webinaire financement", 8, "10h", "", "", "", "", "En ligne")
agenda("web-lma", "Le contrat d'engagement républicain : ce qui change pour vous (visio)", [(8, "10:00", "11:00")],
       "Le Mouvement associatif Île-de-France", {}, mode=2, onlineAccessLink=JITSI_LMA)
cal("web-lma", "webinaire-cer-lma", SZ(8, "10:00"), EZ(8, "11:00"), SUM("Webinaire contrat d'engagement républicain"), LOC("En ligne"),
    f"URL:{JITSI_LMA}")
form("web-lma", "LMA IDF", "Webinaire CER", 8, "10h-11h", "", "", "", "", "Visio")

# 77 / 78 two webinars at 12:30 on Thursday 24
plat("web-essf", "Webinaire : la loi ESS a 8 ans, quel bilan ?", 24, "12:30", "13:30", "ESS France", ONLINE, modality="En ligne")
cal("web-essf", "webinaire-loi-ess", SZ(24, "12:30"), EZ(24, "13:30"), SUM("La loi ESS a 8 ans"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_ESSF}", ORG("ESS France", "contact@ess-france.org"))
agenda("web-scop", "Reprendre son entreprise en Scop : mode d'emploi (webinaire)", [(24, "12:30", "13:30")], "Les Scop Île-de-France",
       {}, mode=2, onlineAccessLink=ZOOM_SCOP)
form("web-scop", "URSCOP IDF", "Reprise en SCOP - webinaire", 24, "12h30", "", "", "", "", "Webinaire")

# 79 the CRESS's webinar on the Mois, Wednesday 2
plat("web-cress", "Webinaire : participer au Mois de l'ESS, mode d'emploi", 2, "11:00", "12:00", "CRESS Île-de-France", ONLINE,
     modality="En ligne")
agenda("web-cress", "Mois de l'ESS : tout savoir pour y participer", [(2, "11:00", "12:00")], "CRESS IDF", {}, mode=2,
       onlineAccessLink=ZOOM_CRESS)

# 80 REFER's webinar, Monday 21
plat("web-refer", "Webinaire : le réemploi, une filière d'avenir", 21, "14:00", "15:30", "Réseau francilien des acteurs du réemploi",
     ONLINE, modality="En ligne")
form("web-refer", "REFER", "Le réemploi filière d'avenir", 21, "14h-15h30", "", "", "", "", "Distanciel")
cal("web-refer", "webinaire-refer-2111", SZ(21, "14:00"), EZ(21, "15:30"), SUM("Réemploi : filière d'avenir (webinaire)"),
    f"URL:{LIVESTORM_REFER}")

# 81 the Fondation Macif's webinar, Thursday 17
plat("web-macif", "Webinaire : l'innovation sociale dans les territoires", 17, "11:00", "12:00", "Fondation Macif", ONLINE, modality="En ligne")
agenda("web-macif", "Innovation sociale et territoires : webinaire de la Fondation Macif", [(17, "11:00", "12:00")], "Fondation d'entreprise Macif",
       {}, mode=2, onlineAccessLink=MEET_MACIF)

# 82 recruiting in the ESS, Tuesday 8 afternoon
cal("web-emploi", "webinaire-recruter-ess", SZ(8, "14:00"), EZ(8, "15:00"), SUM("Recruter dans l'ESS"), LOC("Visioconférence"), f"URL:{ZOOM_PE}")
form("web-emploi", "Pôle emploi / CRESS IDF", "Webinaire recruter dans l'ESS", 8, "14h", "Zoom", "", "", "", "En ligne")

# ───────────────────────── Montreuil ─────────────────────────

# 83 Est Ensemble's job dating, Tuesday 22 morning
plat("jobdating-montreuil", "Job dating de l'ESS d'Est Ensemble", 22, "09:00", "12:30", "Est Ensemble",
     P("Hôtel de ville de Montreuil", "Place Jean-Jaurès", "93100", "Montreuil"))
agenda("jobdating-montreuil", "L'ESS recrute à Montreuil : job dating", [(22, "09:00", "12:30")], "Établissement public territorial Est Ensemble",
       A("Hôtel de Ville - salle des fêtes", "1 place Jean Jaurès", "93100", "Montreuil", insee=MONTREUIL))
form("jobdating-montreuil", "Est Ensemble", "Job dating ESS", 22, "9h-12h30", "Hôtel de ville", "Place Jean Jaurès", "93100", "MONTREUIL")

# 84 « Nouvelle cordée » at the Méliès, Tuesday 15 (and at L'Écran in Saint-Denis the same evening)
plat("cine-montreuil", "Ciné-débat : Nouvelle cordée, de Marie-Monique Robin", 15, "20:30", "22:45", "Cinéma Le Méliès",
     P("Cinéma Le Méliès", "12 place Jean-Jaurès", "93100", "Montreuil"))
cal("cine-montreuil", "nouvelle-cordee-melies", SZ(15, "20:30"), SUM("Ciné-débat Nouvelle cordée"), LOC("Méliès, Montreuil"))
form("cine-montreuil", "Méliès", "Nouvelle Cordée - projection débat", 15, "20h30", "Cinéma Le Méliès", "", "93100", "Montreuil")

# 85 Simplon's open afternoon, Wednesday 9
agenda("simplon", "Portes ouvertes de Simplon : se former au numérique", [(9, "14:00", "17:00")], "Simplon.co",
       A("Simplon", "55 rue de Vincennes", "93100", "Montreuil", insee=MONTREUIL))
form("simplon", "Simplon.co", "JPO Simplon", 9, "après-midi", "", "55 rue de Vincennes", "93100", "Montreuil sous Bois")

# 86 a benefit concert at La Marbrerie, Saturday 12
plat("marbrerie", "Concert de soutien aux épiceries solidaires", 12, "20:00", "23:30", "La Marbrerie",
     P("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
cal("marbrerie", "concert-epiceries-marbrerie", SF(12, "20:00"), SUM("Concert solidaire"), LOC("La Marbrerie"))

# 87 repair café in Montreuil, Saturday 26 (Ivry's and Vincennes' the same afternoon)
agenda("rc-montreuil", "Repair Café montreuillois", [(26, "14:00", "17:00")], "Repair Café Montreuil",
       A("Maison de quartier Lounès Matoub", "2 rue du Colonel Delorme", "93100", "Montreuil", insee=MONTREUIL))
form("rc-montreuil", "Repair Café Montreuil", "Repair café", 26, "14h-17h", "Maison de quartier", "2 rue du Colonel Delorme", "93100", "Montreuil")

# 88 Fresque du Climat in Montreuil, Thursday 17
agenda("fdc-montreuil", "Fresque du Climat à Montreuil", [(17, "19:00", "22:00")], "La Fresque du Climat",
       A("Maison des associations", "35-37 avenue de la Résistance", "93100", "Montreuil", insee=MONTREUIL))
cal("fdc-montreuil", "fdc-montreuil-1711", SZ(17, "19:00"), EZ(17, "22:00"), SUM("Fresque du Climat"), LOC("Montreuil"))

# 89 makers' market at the Croix-de-Chavaux, Sunday 20
agenda("createurs-montreuil", "Marché de créateurs solidaires", [(20, "10:00", "18:00")], "Ville de Montreuil",
       A("Halle du marché de la Croix-de-Chavaux", "Place de la Croix-de-Chavaux", "93100", "Montreuil", insee=MONTREUIL))
form("createurs-montreuil", "Ville de Montreuil", "Marché des créateurs", 20, "", "Croix de Chavaux", "", "93100", "Montreuil")

# ───────────────────────── Saint-Denis ─────────────────────────

# 90 Plaine Commune's job dating, Tuesday 22 morning
plat("jobdating-stdenis", "Job dating ESS à Saint-Denis", 22, "09:30", "12:30", "Plaine Commune",
     P("Bourse du travail", "9-11 rue Génin", "93200", "Saint-Denis"))
agenda("jobdating-stdenis", "Recrutez et soyez recruté·e·s : job dating de l'ESS", [(22, "09:30", "12:30")], "Plaine Commune",
       A("Bourse du travail de Saint-Denis", "9-11 Rue Génin", "93200", "Saint-Denis", insee=STDENIS))
cal("jobdating-stdenis", "job-dating-plaine-commune", SZ(22, "09:30"), EZ(22, "12:30"), SUM("Job dating ESS"), LOC("Saint-Denis"))

# 91 « Nouvelle cordée » at L'Écran, Tuesday 15
agenda("cine-stdenis", "Nouvelle cordée : projection et débat", [(15, "20:00", "22:30")], "Cinéma L'Écran",
       A("Cinéma L'Écran", "14 passage de l'Aqueduc", "93200", "Saint-Denis", insee=STDENIS))
form("cine-stdenis", "L'Ecran", "Ciné débat Nouvelle cordée", 15, "20h", "Cinéma L'Ecran", "14 passage de l'Aqueduc", "93200", "ST DENIS")

# 92 the 6b's open day, Saturday 19
plat("6b-po", "Portes ouvertes du 6b", 19, "14:00", "19:00", "Le 6b", P("Le 6b", "6-10 quai de Seine", "93200", "Saint-Denis"))
cal("6b-po", "po-6b-1911", S(19, "14:00"), E(19, "19:00"), SUM("Le 6b ouvre ses portes"), LOC("Le 6b"))
form("6b-po", "Le 6B", "Portes ouvertes", 19, "14h-19h", "", "6-10 quai de Seine", "93200", "Saint-Denis")

# 93 Paris 8's colloquium, all day Thursday 10
plat("p8-colloque", "Colloque : l'ESS, une économie pour les quartiers populaires", 10, "09:30", "17:00", "Université Paris 8",
     P("Université Paris 8 Vincennes - Saint-Denis", "2 rue de la Liberté", "93200", "Saint-Denis"))
agenda("p8-colloque", "Colloque ESS et quartiers populaires", [(10, "09:30", "17:00")], "Université Paris 8",
       A("Université Paris 8", "2 rue de la Liberté", "93200", "Saint-Denis", insee=STDENIS))
form("p8-colloque", "Univ. Paris 8", "Colloque ESS et quartiers populaires", 10, "Toute la journée", "Université Paris 8",
     "2 rue de la Liberté", "93526", "Saint-Denis Cedex")

# 94 disco soupe at the Saint-Denis market, Sunday 20 morning
plat("disco-stdenis", "Disco Soupe au marché de Saint-Denis", 20, "10:00", "13:00", "Disco Soupe Saint-Denis",
     P("Marché de Saint-Denis", "Place Jean-Jaurès", "93200", "Saint-Denis"))
cal("disco-stdenis", "disco-soupe-stdenis", SU(20, "10:00"), EU(20, "13:00"), SUM("Disco Soupe"), LOC("Marché de Saint-Denis"))

# ───────────────────────── Pantin ─────────────────────────

CF = P("La Cité fertile", "14 avenue Édouard Vaillant", "93500", "Pantin")
# 95 / 96 Sunday 13 at the Cité fertile: the farmers' market all day, a conference in the afternoon
plat("cf-marche", "Marché paysan et solidaire de la Cité fertile", 13, "11:00", "18:00", "La Cité fertile", CF)
agenda("cf-marche", "Le marché des producteurs de la Cité Fertile", [(13, "11:00", "18:00")], "Sinny&Ooko",
       A("Cité Fertile", "14 Avenue Édouard Vaillant", "93500", "Pantin", insee=PANTIN))
cal("cf-marche", "marche-cite-fertile", SF(13, "11:00"), EF(13, "18:00"), SUM("Marché paysan"), LOC("Cité Fertile"))
agenda("cf-conf", "Conférence : l'agriculture urbaine en Seine-Saint-Denis", [(13, "15:00", "16:30")], "La Cité fertile",
       A("Cité Fertile", "14 Avenue Édouard Vaillant", "93500", "Pantin", insee=PANTIN))
cal("cf-conf", "conf-agri-urbaine-cf", SZ(13, "15:00"), EZ(13, "16:30"), SUM("Agriculture urbaine en 93 : conférence"), LOC("Cité Fertile, Pantin"))

# 97 compost workshop at the Cité fertile, Saturday 5 morning
plat("cf-compost", "Atelier compost et lombricompost", 5, "10:30", "12:30", "La Cité fertile", CF)
form("cf-compost", "Cité Fertile", "Atelier compostage", 5, "matin", "", "14 av. Edouard Vaillant", "93500", "Pantin")

# 98 the five-day exhibition at the Magasins généraux (15-19)
plat("expo-pantin", "Exposition : économie circulaire et design", 15, "11:00", "19:00", "Les Magasins généraux",
     P("Les Magasins généraux", "1 rue de l'Ancien Canal", "93500", "Pantin"), day2=19)
agenda("expo-pantin", "Design & réemploi : l'exposition", [(d, "11:00", "19:00") for d in (15, 16, 17, 18, 19)], "Magasins généraux",
       A("Magasins généraux", "1 rue de l'Ancien Canal", "93500", "Pantin", insee=PANTIN))
form("expo-pantin", "Magasins Généraux", "Expo économie circulaire", "du 15 au 19 novembre", "11h-19h", "Magasins généraux", "", "93500", "Pantin")

# ───────────────────────── Ivry, Vincennes ─────────────────────────

# 99 repair café in Ivry, Saturday 26
plat("rc-ivry", "Repair Café d'Ivry", 26, "14:00", "17:30", "Repair Café Ivry",
     P("Maison de quartier du Petit-Ivry", "44 rue Jean-Jacques Rousseau", "94200", "Ivry-sur-Seine"))
cal("rc-ivry", "repair-cafe-ivry-2611", SZ(26, "14:00"), EZ(26, "17:30"), SUM("Repair Café"), LOC("Ivry-sur-Seine"))

# 100 repair café in Vincennes, Saturday 26
agenda("rc-vincennes", "Repair Café de Vincennes", [(26, "14:00", "17:00")], "Repair Café Vincennes",
       A("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes", insee=VINCENNES))
form("rc-vincennes", "Repair Café Vincennes", "Repair café", 26, "après-midi", "Coeur de Ville", "98 rue de Fontenay", "94300", "Vincennes")

# 101 Ivry's ESS forum, Saturday 12
plat("forum-ivry", "Forum de l'économie sociale et solidaire d'Ivry", 12, "10:00", "17:00", "Ville d'Ivry-sur-Seine",
     P("Espace Robespierre", "2 rue Robespierre", "94200", "Ivry-sur-Seine"))
agenda("forum-ivry", "Forum ESS ivryen", [(12, "10:00", "17:00")], "Ville d'Ivry",
       A("Espace Robespierre", "2 rue Robespierre", "94200", "Ivry-sur-Seine", insee=IVRY))
form("forum-ivry", "Mairie d'Ivry", "Forum ESS", 12, "10h-17h", "Espace Robespierre", "", "94200", "IVRY SUR SEINE")

# 102 La Nef's conference in Vincennes, Thursday 17
plat("nef-vincennes", "Conférence : la finance solidaire, comment ça marche ?", 17, "19:00", "21:00", "La Nef",
     P("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes"))
cal("nef-vincennes", "conf-nef-vincennes", SU(17, "19:00"), EU(17, "21:00"), SUM("Finance solidaire - conférence La Nef"), LOC("Coeur de Ville, Vincennes"))

# ───────────────────────── Boulogne-Billancourt, Nanterre ─────────────────────────

# 103 GPSO's ESS forum in Boulogne, Saturday 19
plat("forum-boulogne", "Forum ESS de Grand Paris Seine Ouest", 19, "10:00", "17:00", "Grand Paris Seine Ouest",
     P("Espace Landowski", "28 avenue André Morizet", "92100", "Boulogne-Billancourt"))
agenda("forum-boulogne", "Le forum de l'économie sociale et solidaire de GPSO", [(19, "10:00", "17:00")], "GPSO",
       A("Espace Landowski", "28 avenue André Morizet", "92100", "Boulogne-Billancourt", insee=BOULOGNE))
form("forum-boulogne", "GPSO", "Forum ESS", 19, "10h-17h", "Espace Landowski", "28 av. André Morizet", "92100", "Boulogne Billancourt")

# 104 textile repair in Boulogne, Wednesday 23 (agenda alone)
agenda("boulogne-textile", "Atelier réparation textile", [(23, "14:00", "17:00")], "Ville de Boulogne-Billancourt",
       A("Carré Belle-Feuille", "60 rue de la Belle-Feuille", "92100", "Boulogne-Billancourt", insee=BOULOGNE))

UPN = P("Université Paris Nanterre", "200 avenue de la République", "92000", "Nanterre")
# 105 / 106 Thursday 24 at the Université Paris Nanterre: forum of trades in the day, conference in the evening
plat("nanterre-forum", "Forum des métiers de l'ESS", 24, "10:00", "16:00", "Université Paris Nanterre", UPN)
agenda("nanterre-forum", "Travailler dans l'ESS : forum des métiers", [(24, "10:00", "16:00")], "Université Paris Nanterre - SUIO",
       A("Université Paris Nanterre - Bâtiment Max Weber", "200 avenue de la République", "92000", "Nanterre", insee=NANTERRE))
form("nanterre-forum", "UPN", "Forum métiers ESS", 24, "10h-16h", "Université Paris Nanterre", "200 av. de la République", "92001", "Nanterre Cedex")
agenda("nanterre-conf", "Conférence : coopératives et transition écologique", [(24, "17:30", "19:30")], "Master ESS - Université Paris Nanterre",
       A("Université Paris Nanterre - Amphi B2", "200 avenue de la République", "92000", "Nanterre", insee=NANTERRE))
cal("nanterre-conf", "conf-coop-transition-upn", SZ(24, "17:30"), EZ(24, "19:30"), SUM("Coopératives & transition écologique"),
    LOC("Université Paris Nanterre"))

# 107 repair café in Nanterre, Saturday 19
plat("rc-nanterre", "Repair Café nanterrien", 19, "14:00", "17:00", "Repair Café Nanterre",
     P("Maison de quartier du Petit-Nanterre", "5 allée du Petit-Nanterre", "92000", "Nanterre"))
agenda("rc-nanterre", "Repair Café - Petit-Nanterre", [(19, "14:00", "17:00")], "Repair Café Nanterre",
       A("Maison de quartier du Petit-Nanterre", "5 allée du Petit-Nanterre", "92000", "Nanterre", insee=NANTERRE))

# ───────────────────────── Clichy-sous-Bois ─────────────────────────

MEDICIS = P("Ateliers Médicis", "4 allée Françoise N'Guyen", "93390", "Clichy-sous-Bois")
# 108 / 109 Saturday 26 at the Ateliers Médicis: theatre-forum in the morning, a meeting in the afternoon
plat("medicis", "Rencontre : artistes et ESS dans les quartiers", 26, "15:00", "18:00", "Ateliers Médicis", MEDICIS)
agenda("medicis", "Artistes & économie sociale et solidaire : la rencontre", [(26, "15:00", "18:00")], "Ateliers Médicis",
       A("Ateliers Médicis", "4 allée Françoise N'Guyen", "93390", "Clichy-sous-Bois", insee=CLICHYSB))
cal("medicis", "rencontre-medicis-2611", SZ(26, "15:00"), EZ(26, "18:00"), SUM("Artistes et ESS"), LOC("Ateliers Médicis"))
form("medicis-theatre", "Ateliers Médicis", "Théâtre-forum : l'emploi des jeunes", 26, "matin", "Ateliers Médicis", "", "93390", "Clichy sous Bois")

# ───────────────────────── more of Paris ─────────────────────────

# 110 the 20e's exhibition « Les visages de l'ESS », Wednesday 16 to Friday 18, day by day in the calendar
plat("expo-20", "Exposition photo : les visages de l'ESS", 16, "10:00", "18:00", "Mairie du 20e",
     P("Mairie du 20e", "6 place Gambetta", "75020", "Paris"), day2=18)
for d in (16, 17, 18):
    cal("expo-20", f"expo-visages-ess-{d}", S(d, "10:00"), E(d, "18:00"), SUM("Expo « Les visages de l'ESS »"), LOC("Mairie du 20e"))
agenda("expo-20", "Les visages de l'ESS : exposition de portraits", [(16, "10:00", "18:00"), (17, "10:00", "18:00"), (18, "10:00", "18:00")],
       "Mairie du 20e arrondissement", A("Mairie du 20e", "6 place Gambetta", "75020", "Paris", insee=ARR(20)))

# 111 the 11e's ESS breakfast at the Maison des métallos, Friday 4
plat("pdj-11", "Petit-déjeuner des entreprises de l'ESS du 11e", 4, "08:30", "10:30", "Mairie du 11e", MDM)
form("pdj-11", "Mairie du 11e", "Petit déj ESS", 4, "matin", "MdM", "", "75011", "Paris 11")

# 112 cooperatives' exhibition opening in the 10e, Friday 4 evening (calendar alone)
cal("vernissage-10", "vernissage-coop-10", SZ(4, "18:30"), SUM("Vernissage : 100 ans de coopération"), LOC("Paris 10e"))

# 113 the 12e's employment forum, Thursday 24
plat("emploi-12", "Forum emploi et insertion du 12e", 24, "09:30", "13:00", "Mairie du 12e",
     P("Mairie du 12e", "130 avenue Daumesnil", "75012", "Paris"))
agenda("emploi-12", "Forum de l'emploi solidaire - Paris 12", [(24, "09:30", "13:00")], "Mairie du 12e / Maison de l'emploi",
       A("Mairie du 12e arrondissement", "130 Avenue Daumesnil", "75012", "Paris", insee=ARR(12)))
form("emploi-12", "Mairie du 12e", "Forum emploi insertion", 24, "9h30-13h", "Mairie du 12ème", "130 av Daumesnil", "75012", "Paris 12")

# 114 the 19e's ESS forum at its mairie, Saturday 26
plat("forum-19", "Forum des acteurs de l'ESS du 19e", 26, "10:00", "17:00", "Mairie du 19e",
     P("Mairie du 19e", "5-7 place Armand Carrel", "75019", "Paris"))
cal("forum-19", "forum-ess-19e", SU(26, "10:00"), EU(26, "17:00"), SUM("Forum ESS 19e"), LOC("Mairie du 19e"))

# 115 a zero-waste picnic at Ground Control, Sunday 13 (agenda alone)
agenda("gc-brunch", "Brunch zéro déchet", [(13, "11:30", "14:30")], "Zero Waste Paris",
       A("Ground Control", "81 rue du Charolais", "75012", "Paris", insee=ARR(12)))

# 116 a solidarity economy tour of the 18e, Saturday 5 (form and calendar)
cal("balade-18", "balade-ess-goutte-dor", SF(5, "10:00"), EF(5, "12:00"), SUM("Balade ESS à la Goutte d'Or"), LOC("PARIS XVIII"))
form("balade-18", "Salle Saint-Bruno", "Balade découverte ESS Goutte d'Or", 5, "10h-12h", "Salle Saint-Bruno", "9 rue Saint-Bruno", "75018", "Paris")

# 117 Boulogne's social entrepreneurs' breakfast, Tuesday 15
plat("pdj-boulogne", "Petit-déjeuner de l'entrepreneuriat social", 15, "08:30", "10:00", "Grand Paris Seine Ouest",
     P("Espace Landowski", "28 avenue André Morizet", "92100", "Boulogne-Billancourt"))
form("pdj-boulogne", "GPSO", "P'tit déj entrepreneurs sociaux", 15, "8h30", "Landowski", "", "92100", "Boulogne-Billancourt")

# 118 Vincennes' ESS evening at the Hôtel de ville, Wednesday 30
agenda("ess-vincennes", "Soirée de l'ESS vincennoise", [(30, "19:00", "21:00")], "Ville de Vincennes",
       A("Hôtel de ville de Vincennes", "53 bis rue de Fontenay", "94300", "Vincennes", insee=VINCENNES))
form("ess-vincennes", "Mairie de Vincennes", "Soirée ESS", 30, "19h", "Hôtel de Ville", "53 bis rue de Fontenay", "94300", "VINCENNES")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
