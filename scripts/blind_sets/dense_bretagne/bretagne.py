"""Blind set dense_bretagne-1 (helper, 7 Dec 2026): Bretagne, DENSE, written before reading the merge rules. About 160
real events of November 2022 in Rennes and its quarters (Villejean and the Rennes 2 campus, Beauregard, Le Blosne,
Maurepas, Cleunay, Bréquigny / Sud-Gare; « RENNES », « Rennes Cedex » of Rennes Métropole and the Région), its
neighbours (Cesson-Sévigné, Saint-Jacques-de-la-Lande, Chantepie, Bruz, Langouët, Hédé-Bazouges, Bécherel,
Montfort-sur-Meu), Brest (Capucins, Bellevue, Saint-Marc, UBO), Plougastel-Daoulas, Le Relecq-Kerhuon, Plouguerneau,
Quimper, Douarnenez, Concarneau, Trégunc, Quimperlé, Pont-l'Abbé, Lorient, Lanester, Hennebont, Vannes (Tohannic
campus), Séné, Pontivy, La Gacilly, Saint-Brieuc, Plérin, Lannion, Mellionnec, Rostrenen, Saint-Malo, Morlaix,
Fougères, Vitré and Redon. Four sources: the national platform's JSON, CRESS Bretagne's OpenAgenda (insee, coordinates,
attendanceMode 2 with onlineAccessLink, several timings of a two-day salon and of a three-day exhibition), the Réseau
ESS Bretagne's iCalendar (UTC « Z », TZID, floating, VALUE=DATE, RRULE weekly sessions, one VEVENT per day, LOCATION
naming the venue, the quarter, the town alone, a venue with its town, or a street; URL / CONFERENCE links;
« Visioconférence »), the CRESS registration form (Windows-1252 `;` CSV: acronyms, « 14h-17h », « 14h30 »,
« matin », « après-midi », « Toute la journée », no hour at all, « du 15 au 17 novembre », « Visio », « Webinaire »,
the quarter as the town, Cedex codes, capitals). Hard negatives: three repair cafés in Rennes on Saturday 19 (Villejean
and Maurepas the same afternoon, Cleunay the morning) with a bike workshop in Le Blosne that afternoon, two repair cafés
in Brest and two in the Lorient area the same afternoon, repair cafés in Saint-Jacques, Cesson, Quimper and Morlaix
the same Saturday 26; five Fresques du Climat the same Thursday evening (Rennes, Brest, Quimper, Vannes, Pontivy) with
a Fresque du numérique in Rennes; one film in Rennes, Lorient and Morlaix the same evening; three job datings the
same Tuesday morning (Rennes, Brest, Saint-Brieuc); two webinars at 10:00 on the 8th and two at lunchtime on the 17th;
two all-day regional meetings on the 17th (Saint-Brieuc, Pontivy); weekly sessions of a CAE meeting, of a bike
workshop and of a sewing workshop (and a sewing workshop in Montfort the same hours); one venue used twice a day
(Rennes Métropole, the Maison des associations, Rennes 2, UBO, UBS, Espace associatif of Quimper, Redon, the Capucins'
forum and its conference, the Saint-Malo salon and its conference); two sessions of a governance cycle."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-bretagne-openagenda", "reseau-ess-bretagne-ical", "cress-bretagne-tableur")


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


RENNES, BREST, QUIMPER, LORIENT, VANNES = "35238", "29019", "29232", "56121", "56260"
STBRIEUC, STMALO, LANNION, MORLAIX, CONCARNEAU = "22278", "35288", "22113", "29151", "29039"
FOUGERES, VITRE, REDON, PONTIVY, DZ = "35115", "35360", "35236", "56178", "29046"
CESSON, STJACQUES, LANESTER, PLERIN = "35051", "35281", "56098", "22187"

ZOOM_FAB = "https://us02web.zoom.us/j/86612340987?pwd=QnJldGFnbmVBY3RpdmU"
TEAMS_SCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2NvcE91ZXN0VHJhbnNtaXNzaW9u@thread.v2/0"
JITSI_LMA = "https://meet.jit.si/LMA-Bretagne-CER"
ZOOM_CRESS = "https://us06web.zoom.us/j/84455667788"
MEET_TILAB = "https://meet.google.com/tlb-numr-esp"
ZOOM_SCOP_SCIC = "https://us02web.zoom.us/j/81122334455"
ZOOM_HABITAT = "https://us06web.zoom.us/j/87766554433"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau ESS Bretagne - Mois de l'ESS 2022\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(1), itertools.count(9001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, day2=None, **more):
    """The national platform: one start and one end (a range for several days)."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day2 or day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Bretagne's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@reseau-ess-bretagne.bzh", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"BZH-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ───────────────────────── Rennes: the région's evenings ─────────────────────────

# 1 regional launch at the Champs Libres, four sources
plat("lancement", "Soirée de lancement du Mois de l'ESS en Bretagne", 3, "18:00", "21:00", "CRESS Bretagne",
     P("Les Champs Libres", "10 cours des Alliés", "35000", "Rennes"),
     description="Ouverture régionale du Mois de l'ESS : présentation du programme breton, table ronde et concert.")
agenda("lancement", "Lancement régional du Mois de l'Économie sociale et solidaire", [(3, "18:00", "21:30")],
       "Chambre régionale de l'économie sociale et solidaire de Bretagne",
       A("Les Champs Libres", "10 Cours des Alliés", "35000", "Rennes", insee=RENNES, latitude=48.1056, longitude=-1.6747))
cal("lancement", "lancement-moisess-2022", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS 2022 : soirée de lancement"),
    LOC("Les Champs Libres"))
form("lancement", "CRESS Bretagne", "Lancement du mois de l'ESS", 3, "18h-21h", "Champs Libres", "10 cours des Alliés", "35000", "RENNES")

# 2 the ESS prizes at the Hôtel de Région, Tuesday 29
plat("prix", "Cérémonie des Prix de l'ESS en Bretagne", 29, "18:00", "20:30", "CRESS Bretagne",
     P("Hôtel de Région", "283 avenue du Général Patton", "35700", "Rennes"))
agenda("prix", "Remise des Prix de l'économie sociale et solidaire 2022", [(29, "18:00", "20:30")], "CRESS Bretagne",
       A("Conseil régional de Bretagne", "283 avenue du Général George S. Patton", "35711", "Rennes Cedex 7", insee=RENNES))
cal("prix", "prix-ess-bzh-2022", SZ(29, "18:00"), EZ(29, "20:30"), SUM("Prix de l'ESS - remise des prix"), LOC("Région Bretagne, Rennes"))

# 3 / 4 Rennes Métropole on Tuesday 29 at its Hôtel: conference in the morning, workshop for SIAE in the afternoon
plat("rm-achats", "Conférence : la commande publique responsable, un levier pour l'ESS", 29, "09:00", "12:00", "Rennes Métropole",
     P("Hôtel de Rennes Métropole", "4 avenue Henri Fréville", "35200", "Rennes"))
form("rm-achats", "Rennes Métropole - Mission ESS", "Commande publique responsable", 29, "matin", "Hôtel de Rennes Métropole",
     "4 av. Henri Fréville - CS 93111", "35031", "Rennes Cedex")
agenda("rm-siae", "Atelier : répondre à un marché public quand on est une SIAE", [(29, "14:00", "16:30")], "Rennes Métropole",
       A("Hôtel de Rennes Métropole", "4 avenue Henri Fréville", "35200", "Rennes", insee=RENNES))
form("rm-siae", "Rennes Métropole - Mission ESS", "Atelier marchés publics & SIAE", 29, "après-midi", "Hôtel de Rennes Métropole",
     "4 av. Henri Fréville", "35031", "Rennes Cedex")

# 5 / 6 the Galléco, Monday 14 at the Maison des associations: workshop in the afternoon, conference in the evening;
# 7 / 8 the Mouvement associatif's governance cycle, Mondays 14 and 21 at the same house
MDA = P("Maison des associations", "6 cours des Alliés", "35000", "Rennes")
plat("galleco-atelier", "Atelier : ouvrir un compte en Galléco", 14, "14:00", "16:00", "Galléco", MDA)
form("galleco-atelier", "Association Galléco", "Atelier ouverture de compte Galléco", 14, "14h-16h", "MDA", "6 cours des Alliés", "35000", "Rennes")
plat("galleco-conf", "Conférence : une monnaie locale pour l'Ille-et-Vilaine, le Galléco", 14, "18:30", "20:00", "Galléco", MDA)
agenda("galleco-conf", "La monnaie locale Galléco : conférence-débat", [(14, "18:30", "20:00")], "Association Galléco",
       A("Maison des Associations de Rennes", "6 Cours des Alliés", "35000", "Rennes", insee=RENNES))
form("galleco-conf", "Association Galléco", "Conférence monnaie locale", 14, "", "Maison des associations", "", "35000", "Rennes")
plat("gouv-1", "Cycle gouvernance associative - séance 1 : le rôle du conseil d'administration", 14, "18:00", "20:00",
     "Le Mouvement associatif de Bretagne", MDA)
agenda("gouv-1", "Gouvernance associative (1/2) : le conseil d'administration", [(14, "18:00", "20:00")], "LMA Bretagne",
       A("Maison des associations", "6 cours des Alliés", "35000", "Rennes", insee=RENNES))
plat("gouv-2", "Cycle gouvernance associative - séance 2 : partager les responsabilités", 21, "18:00", "20:00",
     "Le Mouvement associatif de Bretagne", MDA)
form("gouv-2", "Le Mouvement Associatif Bretagne", "Gouvernance associative séance 2", 21, "18h-20h", "Maison des associations",
     "6 cours des Alliés", "35000", "Rennes")

# 9 the lunch of France Active's financers at the CRESS, Thursday 24
plat("pdj-fab", "Petit-déjeuner des financeurs solidaires", 24, "08:30", "10:00", "France Active Bretagne",
     P("CRESS Bretagne", "15 rue Martenot", "35000", "Rennes"))
form("pdj-fab", "Bretagne Active", "P'tit déj des financeurs", 24, "8h30-10h", "CRESS", "15 rue Martenot", "35000", "Rennes")

# 10 Sciences Po's lunchtime round table (agenda alone)
agenda("scpo-finance", "Table ronde : la finance solidaire, comment ça marche ?", [(10, "12:30", "14:00")], "Sciences Po Rennes",
       A("Sciences Po Rennes", "104 boulevard de la Duchesse Anne", "35700", "Rennes", insee=RENNES))

# 11 the URSCOP training, all day Wednesday 9
plat("scic-formation", "Formation : la gouvernance partagée en Scic", 9, "09:00", "17:00", "Union régionale des Scop de l'Ouest",
     P("Maison de la coopération", "2 allée Marie Berhaut", "35000", "Rennes"))
agenda("scic-formation", "Gouvernance partagée en Scic : journée de formation", [(9, "09:00", "17:00")], "Les Scop de l'Ouest",
       A("Maison de la coopération", "2 allée Marie Berhaut", "35000", "Rennes", insee=RENNES))
form("scic-formation", "URSCOP Ouest", "Formation gouvernance SCIC", 9, "Toute la journée", "", "2 allée Marie Berhaut", "35000", "Rennes")

# 12-15 Elan Créateur's information meeting every Tuesday: RRULE, the platform two sessions, the form one
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "reunion-info-elan-createur@reseau-ess-bretagne.bzh", SZ(8, "09:30"), EZ(8, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective - CAE Elan Créateur"), LOC("Elan Créateur, 2 allée Marie Berhaut, Rennes"))
plat("cae-8", "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", 8, "09:30", "11:30",
     "Elan Créateur", P("Elan Créateur", "2 allée Marie Berhaut", "35000", "Rennes"))
plat("cae-22", "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", 22, "09:30", "11:30",
     "Elan Créateur", P("Elan Créateur", "2 allée Marie Berhaut", "35000", "Rennes"))
form("cae-15", "Elan Créateur (CAE)", "Réunion d'info CAE", 15, "9h30-11h30", "", "2 allée Marie Berhaut", "35000", "Rennes")

# 16 / 17 two afterworks on Thursday 10: Rennes (Hôtel Pasteur) and Lorient below; 18 the Hôtel Pasteur's open day
PASTEUR = P("Hôtel Pasteur", "2 place Pasteur", "35000", "Rennes")
plat("afterwork-rennes", "Afterwork des entrepreneurs sociaux", 10, "18:30", "21:00", "Mouves Bretagne", PASTEUR)
cal("afterwork-rennes", "afterwork-mouves-1011", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Rennes"))
plat("pasteur-po", "Portes ouvertes de l'Hôtel Pasteur", 12, "14:00", "18:00", "Hôtel Pasteur", PASTEUR)
cal("pasteur-po", "po-hotel-pasteur", S(12, "14:00"), E(12, "18:00"), SUM("L'Hôtel Pasteur ouvre ses portes"), LOC("Hôtel Pasteur"))

# 19 Fresque du numérique at the Hôtel Pasteur the evening of the Fresques du Climat
cal("fresque-num-rennes", "fresque-numerique-rennes-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Numérique"),
    LOC("Hôtel Pasteur, Rennes"))
agenda("fresque-num-rennes", "Atelier La Fresque du Numérique", [(17, "18:30", "21:30")], "Ti Lab - laboratoire régional d'innovation publique",
       A("Hôtel Pasteur", "2 place Pasteur", "35000", "Rennes", insee=RENNES))

# 20 Fresque du Climat in Rennes, Thursday 17 (Brest, Quimper, Vannes and Pontivy the same evening, below)
plat("fresque-rennes", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat", MDA)
agenda("fresque-rennes", "Atelier Fresque du Climat - Rennes", [(17, "18:30", "21:30")], "Fresque du Climat Bretagne",
       A("Maison des Associations", "6 cours des Alliés", "35000", "Rennes", insee=RENNES))
form("fresque-rennes", "La Fresque du Climat", "Fresque du Climat", 17, "18h30", "Maison des associations", "", "35000", "Rennes")

# 21 job dating in Rennes, Tuesday 22 morning (Brest and Saint-Brieuc the same morning, below)
plat("jobdating-rennes", "Job dating de l'ESS : l'ESS recrute à Rennes", 22, "09:00", "12:30", "Rennes Métropole",
     P("Couvent des Jacobins", "20 place Sainte-Anne", "35000", "Rennes"),
     description="Rencontrez en entretiens courts des associations, coopératives et structures d'insertion qui recrutent.")
agenda("jobdating-rennes", "Mois de l'ESS – Job dating « L'ESS recrute ! »", [(22, "09:00", "12:30")], "Rennes Métropole et Pôle emploi",
       A("Couvent des Jacobins - Centre des congrès", "20 place Sainte-Anne", "35000", "Rennes", insee=RENNES))
form("jobdating-rennes", "RM", "Job-dating ESS", 22, "9h-12h30", "Centre des congrès", "", "35000", "RENNES")

# 22 ciné-débat « Douce France » at the Arvor, Tuesday 15 (Lorient and Morlaix the same evening, below)
plat("cine-rennes", "Ciné-débat : Douce France, de Geoffrey Couanon", 15, "20:00", "22:30", "Alternatiba Rennes",
     P("Cinéma Arvor", "11 rue de Châtillon", "35000", "Rennes"))
agenda("cine-rennes", "Projection-débat « Douce France »", [(15, "20:00", "22:30")], "Alternatiba Rennes",
       A("Cinéma Arvor", "11 rue de Châtillon", "35000", "Rennes", insee=RENNES),
       description=OA("Projection du film de Geoffrey Couanon suivie d'un débat sur les terres agricoles et l'alimentation locale."))
cal("cine-rennes", "cine-doucefrance-rennes", SZ(15, "20:00"), SUM("Ciné-débat Douce France"), LOC("Arvor"))

# 23 the two-day solidarity Christmas market, Saturday 26 and Sunday 27
plat("noel-rennes", "Marché de Noël solidaire et équitable", 26, "10:00", "18:00", "Artisans du Monde Rennes",
     P("Salle de la Cité", "10 rue Saint-Louis", "35000", "Rennes"), day2=27)
agenda("noel-rennes", "Marché solidaire de Noël", [(26, "10:00", "19:00"), (27, "10:00", "18:00")], "Artisans du Monde",
       A("Salle de la Cité", "10 rue Saint-Louis", "35000", "Rennes", insee=RENNES))
cal("noel-rennes", "marche-noel-adm-j1", SD(26), ED(26), SUM("Marché de Noël solidaire (samedi)"), LOC("Salle de la Cité"))
cal("noel-rennes", "marche-noel-adm-j2", SD(27), ED(27), SUM("Marché de Noël solidaire (dimanche)"), LOC("Salle de la Cité"))
form("noel-rennes", "Artisans du Monde Rennes", "Marché de Noël équitable", 26, "10h-19h", "Salle de la Cité", "10 rue St-Louis", "35000", "Rennes")

# 24 disco soupe at the Lices market, Saturday 12
agenda("discosoupe", "Disco Soupe au marché des Lices", [(12, "10:00", "13:00")], "Disco Soupe Rennes",
       A("Place des Lices", "Place des Lices", "35000", "Rennes", insee=RENNES))
cal("discosoupe", "disco-soupe-lices", SF(12, "10:00"), EF(12, "13:00"), SUM("Disco soupe anti-gaspi"), LOC("Place des Lices"))

# 25 the three-day exhibition at the Champs Libres (15-17)
plat("expo-coop", "Exposition : un siècle de coopératives en Bretagne", 15, "10:00", "18:00", "Fédération des coopératives de Bretagne",
     P("Les Champs Libres", "10 cours des Alliés", "35000", "Rennes"), day2=17)
agenda("expo-coop", "Un siècle de coopératives en Bretagne (exposition)", [(15, "10:00", "18:00"), (16, "10:00", "18:00"), (17, "10:00", "18:00")],
       "Coop de France Ouest", A("Les Champs Libres", "10 cours des Alliés", "35000", "Rennes", insee=RENNES))
form("expo-coop", "Coop de France Ouest", "Expo coopératives bretonnes", "du 15 au 17 novembre", "10h-18h", "Les Champs Libres", "", "35000", "Rennes")

# 26 MCE's lunchtime talk, Thursday 17
plat("mce-midi", "Les midis de la MCE : consommer local et solidaire", 17, "12:15", "13:45", "Maison de la consommation et de l'environnement",
     P("MCE", "48 boulevard Magenta", "35200", "Rennes"))
agenda("mce-midi", "Midi de la MCE – Consommer local & solidaire", [(17, "12:15", "13:45")], "MCE Rennes",
       A("Maison de la consommation et de l'environnement", "48 bd Magenta", "35200", "Rennes", insee=RENNES))

# ───────────────────────── Rennes: the quarters ─────────────────────────

# 27-29 three repair cafés in Rennes on Saturday 19: Villejean and Maurepas the same afternoon, Cleunay the morning
plat("rc-villejean", "Repair Café", 19, "14:00", "17:00", "Repair Café Rennes",
     P("Maison de quartier de Villejean", "2 rue de Bourgogne", "35000", "Rennes"))
cal("rc-villejean", "rc-villejean-1911", S(19, "14:00"), E(19, "17:00"), SUM("Repair café de Villejean"), LOC("Villejean"))
form("rc-villejean", "Repair Café Rennes", "Repair café - Villejean", 19, "14h-17h", "MQ Villejean", "2 rue de Bourgogne", "35000", "Rennes")
agenda("rc-maurepas", "Repair Café de Maurepas", [(19, "14:00", "17:30")], "Centre social de Maurepas",
       A("Pôle associatif de la Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes", insee=RENNES))
form("rc-maurepas", "CS Maurepas", "Repair café", 19, "14h-17h30", "Pôle Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes")
cal("rc-cleunay", "rc-cleunay-1911", SF(19, "10:00"), EF(19, "12:30"), SUM("Repair Café Cleunay"),
    LOC("Antipode MJC, 2 rue André Trasbot, Rennes"))
agenda("rc-cleunay", "Café réparation à Cleunay", [(19, "10:00", "12:30")], "Antipode MJC",
       A("Antipode MJC", "2 rue André Trasbot", "35000", "Rennes", insee=RENNES))

# 30 the bike workshop in Le Blosne the same afternoon
agenda("velo-blosne", "Atelier vélo au Blosne", [(19, "14:00", "17:00")], "La Petite Rennes",
       A("Place de Zagreb", "Place de Zagreb", "35200", "Rennes", insee=RENNES))
cal("velo-blosne", "velo-blosne-1911", SF(19, "14:00"), EF(19, "17:00"), SUM("Atelier d'autoréparation vélo"), LOC("Le Blosne"))

# 31-34 La Petite Rennes' bike workshop every Wednesday evening (9, 16, 23, 30)
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-lpr@reseau-ess-bretagne.bzh", S(9, "18:00"), E(9, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier d'autoréparation vélo"), LOC("La Petite Rennes, 12 rue de Redon, Rennes"))
plat("velo-16", "Mois de l'ESS – Atelier d'autoréparation vélo", 16, "18:00", "20:00", "La Petite Rennes",
     P("La Petite Rennes", "12 rue de Redon", "35000", "Rennes"))
form("velo-23", "La P'tite Rennes", "Atelier réparation de vélos", 23, "18h-20h", "Atelier", "12 rue de Redon", "35000", "Rennes")

# 35 / 36 Saturday 19 morning: a shared garden opens in Beauregard, a work party at the Villejean garden
plat("jardin-beauregard", "Inauguration du jardin partagé de Beauregard", 19, "10:30", "12:00", "Ville de Rennes - Direction de quartier Nord-Ouest",
     P("Jardin partagé de Beauregard", "Avenue de Cucillé", "35000", "Rennes"))
form("jardin-beauregard", "Ville de Rennes", "Inauguration jardin partagé Beauregard", 19, "matin", "Jardin partagé", "av. de Cucillé", "35000", "Rennes")
agenda("jardin-villejean", "Chantier participatif au jardin partagé", [(19, "10:00", "12:30")], "Les Jardins de Villejean",
       A("Jardin partagé de Villejean", "Rue de Lorraine", "35000", "Rennes", insee=RENNES))
cal("jardin-villejean", "chantier-jardin-villejean", S(19, "10:00"), E(19, "12:30"), SUM("Chantier participatif - jardin de Villejean"),
    LOC("Villejean"))

# 37 / 38 / 39 Rennes 2 (Villejean campus), Thursday 24: forum of trades, the student grocery at lunch, conference in the evening
R2 = P("Université Rennes 2", "Place du Recteur Henri Le Moal", "35000", "Rennes")
plat("forum-r2", "Forum des métiers de l'ESS", 24, "10:00", "17:00", "Université Rennes 2", R2)
cal("forum-r2", "forum-metiers-ess-r2", SZ(24, "10:00"), EZ(24, "17:00"), SUM("Forum métiers ESS"), LOC("Campus Villejean"))
form("forum-r2", "Univ. Rennes 2 - SUIO", "Forum des métiers de l'économie sociale et solidaire", 24, "10h-17h", "Hall B", "Place Recteur Le Moal",
     "35043", "Rennes Cedex")
agenda("epicerie-r2", "Portes ouvertes de l'épicerie solidaire étudiante", [(24, "12:00", "14:00")], "AGORAé Rennes 2",
       A("AGORAé - Bâtiment O", "Place du Recteur Henri Le Moal", "35000", "Rennes", insee=RENNES))
form("epicerie-r2", "Fédé B / AGORAé", "Épicerie solidaire étudiante : portes ouvertes", 24, "12h-14h", "Campus Villejean", "", "35000", "Villejean")
agenda("conf-r2", "Conférence : l'ESS face aux crises", [(24, "18:00", "20:00")], "Master ESS - Université Rennes 2",
       A("Amphi L3 - Université Rennes 2", "Place du Recteur Henri Le Moal", "35000", "Rennes", insee=RENNES))
form("conf-r2", "Université Rennes 2", "Conférence l'ESS face aux crises", 24, "18h-20h", "Amphi L3", "", "35000", "Rennes")

# 40-42 Le Blosne: the jobs forum at the Triangle (16), Envie's visit that afternoon, a walk (5)
plat("blosne-forum", "Forum emploi et insertion du Blosne", 16, "09:00", "12:00", "Maison de l'emploi de Rennes",
     P("Le Triangle", "Boulevard de Yougoslavie", "35200", "Rennes"))
cal("blosne-forum", "forum-insertion-blosne", SZ(16, "09:00"), EZ(16, "12:00"), SUM("Forum insertion Blosne"), LOC("Le Blosne"))
agenda("blosne-forum", "Forum de l'emploi et de l'insertion au Blosne", [(16, "09:00", "12:00")], "Réseau des SIAE d'Ille-et-Vilaine",
       A("Le Triangle - cité de la danse", "Bd de Yougoslavie", "35200", "Rennes", insee=RENNES))
form("envie-visite", "Envie 35", "Visite des ateliers", 16, "14h", "Envie 35", "10 rue du Bignon", "35000", "Rennes")
agenda("balade-blosne", "Balade urbaine : l'ESS au Blosne", [(5, "10:00", "12:00")], "Collectif Blosne en transition",
       A("Métro Triangle", "Boulevard de Yougoslavie", "35200", "Rennes", insee=RENNES))

# 43-45 the zero-waste sewing workshop at Carrefour 18 every Wednesday (9, 16, 23)
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (9, 16, 23)}
f.in_calendar(COUTURE, "couture-zd-carrefour18@reseau-ess-bretagne.bzh", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=3",
              SUM("Atelier couture zéro déchet"), LOC("Carrefour 18"))
agenda("couture-16", "Couture zéro déchet : sacs à vrac et lingettes", [(16, "14:00", "16:00")], "Carrefour 18 - centre social",
       A("Carrefour 18", "7 rue d'Espagne", "35200", "Rennes", insee=RENNES))
form("couture-9", "Carrefour 18", "Atelier couture zéro déchet", 9, "14h-16h", "Carrefour 18", "7 rue d'Espagne", "35200", "Rennes")

# 46 the volunteering forum at Carrefour 18 on Saturday 12
plat("benevolat-sudgare", "Forum du bénévolat du quartier Sud-Gare / Bréquigny", 12, "14:00", "17:00", "France Bénévolat Rennes",
     P("Carrefour 18", "7 rue d'Espagne", "35200", "Rennes"))
form("benevolat-sudgare", "France Bénévolat 35", "Forum bénévolat", 12, "14h-17h", "Carrefour 18", "", "35200", "Bréquigny")

# 47 / 48 Maurepas: cooking workshop at the Grand Cordel (18), open day of the Régie de quartiers (17)
cal("cuisine-maurepas", "cuisine-antigaspi-cordel", SF(18, "18:00"), EF(18, "20:00"), SUM("Atelier cuisine anti-gaspi"),
    LOC("MJC Le Grand Cordel, 18 rue des Plantes, Rennes"))
form("cuisine-maurepas", "MJC Grand Cordel", "Cuisine anti-gaspillage", 18, "18h", "Le Grand Cordel", "18 rue des Plantes", "35700", "Rennes")
plat("regie-po", "Portes ouvertes de la Régie de quartiers", 17, "10:00", "16:00", "Régie de quartiers de Rennes",
     P("Régie de quartiers", "11 rue de la Marbaudais", "35700", "Rennes"))
form("regie-po", "Régie de Quartiers de Rennes", "Journée portes ouvertes", 17, "10h-16h", "", "11 rue de la Marbaudais", "35700", "Maurepas")

# 49 a gesticulated conference at the Grand Cordel, Friday 25
plat("gesticulee", "Conférence gesticulée : « Le travail, c'est pas la santé ? »", 25, "20:00", "22:00", "Scop Le Pavé",
     P("MJC Le Grand Cordel", "18 rue des Plantes", "35700", "Rennes"))
agenda("gesticulee", "Conférence gesticulée sur le travail", [(25, "20:00", "22:00")], "Le Grand Cordel MJC",
       A("Le Grand Cordel", "18 rue des Plantes", "35700", "Rennes", insee=RENNES))

# 50 clothes swap at the Antipode (Cleunay), Sunday 20
agenda("troc-cleunay", "Troc de vêtements", [(20, "10:00", "13:00")], "Antipode MJC",
       A("Antipode MJC", "2 rue André Trasbot", "35000", "Rennes", insee=RENNES))
cal("troc-cleunay", "troc-fringues-cleunay", S(20, "10:00"), E(20, "13:00"), SUM("Troc de fringues à Cleunay"), LOC("Cleunay"))

# 51 the urban farm of la Harpe, Saturday 5
cal("ferme-harpe", "visite-ferme-harpe", S(5, "14:00"), E(5, "16:00"), SUM("Visite de la ferme urbaine de la Harpe"),
    LOC("Avenue Charles Tillon, 35000 Rennes"))
form("ferme-harpe", "Vert le Jardin", "Visite ferme de la Harpe", 5, "14h-16h", "Ferme de la Harpe", "av. Charles Tillon", "35000", "Rennes")

# ───────────────────────── around Rennes ─────────────────────────

# 52 Cesson's employment forum, Thursday 17
plat("cesson-forum", "Forum de l'emploi solidaire", 17, "14:00", "18:00", "Ville de Cesson-Sévigné",
     P("Carré Sévigné", "1 rue du Bac", "35510", "Cesson-Sévigné"))
agenda("cesson-forum", "Forum emploi solidaire de Cesson-Sévigné", [(17, "14:00", "18:00")], "Cesson-Sévigné",
       A("Le Carré Sévigné", "1 rue du Bac", "35510", "Cesson-Sévigné", insee=CESSON))

# 53 / 54 repair cafés the same Saturday 26 afternoon in Saint-Jacques and in Cesson
cal("rc-stjacques", "rc-stjacques-2611", S(26, "14:00"), E(26, "17:00"), SUM("Repair café"), LOC("Saint-Jacques-de-la-Lande"),
    ORG("Repair Café Saint-Jacques", "repaircafe.stjacques@example.org"))
form("rc-stjacques", "Repair café St Jacques", "Repair Café de Saint-Jacques", 26, "14h-17h", "Maison des associations",
     "1 rue des Bergeronnettes", "35136", "St-Jacques-de-la-Lande")
plat("rc-cesson", "Repair Café de Cesson", 26, "14:00", "17:00", "Cesson en transition",
     P("Espace Citoyen", "2 rue de Rennes", "35510", "Cesson-Sévigné"))
cal("rc-cesson", "rc-cesson-2611", SZ(26, "14:00"), EZ(26, "17:00"), SUM("Repair café Cesson"), LOC("Cesson-Sévigné"))

# 55 Emmaüs of Hédé, open day Saturday 19
agenda("emmaus-hede", "Portes ouvertes de la communauté Emmaüs", [(19, "09:00", "17:00")], "Emmaüs Rennes",
       A("Communauté Emmaüs", "La Chaîne", "35630", "Hédé-Bazouges", insee="35130"))
form("emmaus-hede", "Emmaus Hédé", "Journée portes ouvertes", 19, "9h-17h", "", "La Chaîne", "", "Hédé-Bazouges")

# 56 Langouët, the ecological village, Saturday 5
plat("langouet", "Visite de Langouët, village écologique", 5, "10:00", "12:00", "Commune de Langouët",
     P("Mairie", "1 rue des Chênes", "35630", "Langouët"))
cal("langouet", "visite-langouet", SZ(5, "10:00"), SUM("Visite village écologique"), LOC("Langouet"))

# 57 compost workshop in Chantepie the morning of Saturday 5 (Séné the same morning, below)
agenda("compost-chantepie", "Atelier compostage de quartier", [(5, "10:00", "12:00")], "Rennes Métropole",
       A("Jardin des Gantelles", "Rue des Landelles", "35135", "Chantepie", insee="35055"))

# 58 farmers' market of Bruz (form alone)
form("marche-bruz", "Bruz en transition", "Marché paysan et solidaire", 26, "8h-12h", "Place du Docteur Joly", "", "35170", "Bruz")

# 59 Bécherel, the market of know-hows (13)
agenda("becherel", "Marché des savoir-faire de la Cité du livre", [(13, "10:00", "18:00")], "Commune de Bécherel",
       A("Place Alphonse Jégou", "Place Alphonse Jégou", "35190", "Bécherel", insee="35022"))
cal("becherel", "marche-savoirfaire-becherel", SD(13), ED(13), SUM("Marché des savoir-faire"), LOC("Bécherel"))

# 60 a sewing workshop in Montfort-sur-Meu, the same hours as Carrefour 18's on the 9th
form("couture-montfort", "Montfort Communauté", "Atelier couture zéro déchet", 9, "14h-16h", "Médiathèque Lagirafe", "", "35160", "Montfort-sur-Meu")

# ───────────────────────── webinars ─────────────────────────

# 61 / 62 two webinars at 10:00 on Tuesday 8; 63 a third at 11:00
plat("web-fab", "Webinaire : financer son projet ESS avec France Active", 8, "10:00", "11:30", "France Active Bretagne", ONLINE,
     modality="En ligne")
agenda("web-fab", "Financer son projet d'ESS : les outils de France Active (webinaire)", [(8, "10:00", "11:30")],
       "France Active Bretagne", {}, mode=2, onlineAccessLink=ZOOM_FAB)
cal("web-fab", "webinaire-fab-0811", SZ(8, "10:00"), EZ(8, "11:30"), SUM("Webinaire France Active : financer son projet"), f"URL:{ZOOM_FAB}")
form("web-fab", "FAB", "Webinaire financement", 8, "10h-11h30", "", "", "", "", "En ligne")
plat("web-scop", "Webinaire : transmettre son entreprise à ses salariés en Scop", 8, "10:00", "11:00", "Les Scop de l'Ouest", ONLINE,
     modality="En ligne")
cal("web-scop", "webinaire-transmission-scop", S(8, "10:00"), E(8, "11:00"), SUM("Transmission en Scop (webinaire)"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_SCOP}", ORG("URSCOP Ouest", "ouest@scop.coop"))
agenda("web-cer", "Le contrat d'engagement républicain : ce qui change pour les associations (visio)", [(8, "11:00", "12:00")],
       "Le Mouvement associatif de Bretagne", {}, mode=2, onlineAccessLink=JITSI_LMA,
       description=OA("Subventions, agréments, obligations : décryptage du contrat d'engagement républicain."))
form("web-cer", "LMA Bretagne", "Contrat d'engagement républicain", 8, "11h", "", "", "", "", "Visio")

# 64 the CRESS's webinar (agenda alone); 65 the DLA's webinar (the form writes « Webinaire » as the place)
agenda("web-achats", "Webinaire : le guide des achats responsables auprès de l'ESS", [(15, "11:00", "12:00")], "CRESS Bretagne",
       {}, mode=2, onlineAccessLink=ZOOM_CRESS)
plat("web-dla", "Webinaire : le DLA, un accompagnement pour les associations", 10, "14:00", "15:00", "DLA d'Ille-et-Vilaine",
     ONLINE, modality="En ligne")
form("web-dla", "DLA 35 - Bretagne Active", "Webinaire DLA", 10, "14h-15h", "Webinaire", "", "", "", "Distanciel")

# 66 / 67 two webinars at lunchtime on Thursday 17
plat("web-numerique", "Webinaire : le numérique responsable dans les associations", 17, "12:30", "13:30", "Ti Lab", ONLINE,
     modality="En ligne")
agenda("web-numerique", "Numérique responsable et associations (webinaire)", [(17, "12:30", "13:30")], "Ti Lab", {}, mode=2,
       onlineAccessLink=MEET_TILAB)
cal("web-scic", "webinaire-creer-scic", SZ(17, "12:30"), EZ(17, "13:30"), SUM("Créer une Scic : mode d'emploi"), LOC("En ligne"),
    f"URL:{ZOOM_SCOP_SCIC}")
form("web-scic", "Scop Ouest", "Webinaire créer une SCIC", 17, "12h30-13h30", "", "", "", "", "Visio")

# 68 the inhabitants' cooperatives, Thursday 24 evening
plat("web-habitat", "Les coopératives d'habitants, comment ça marche ?", 24, "18:00", "19:30", "Parasol - Habitat participatif Bretagne",
     ONLINE, modality="En ligne")
cal("web-habitat", "visio-coop-habitants", SZ(24, "18:00"), EZ(24, "19:30"), SUM("Coopératives d'habitants : comment ça marche ?"),
    LOC("Visioconférence"), f"URL:{ZOOM_HABITAT}")

# ───────────────────────── Brest and the Pays de Brest ─────────────────────────

# 69 / 70 the forum of the Pays de Brest at the Capucins, Saturday 19, and the conference inside it
CAPUCINS = P("Les Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest")
plat("forum-brest", "Forum de l'ESS du Pays de Brest", 19, "10:00", "17:00", "ADESS Pays de Brest", CAPUCINS,
     description="Stands d'associations, coopératives et entreprises solidaires, animations et conférences.")
agenda("forum-brest", "Mois de l'ESS : forum brestois de l'économie sociale et solidaire", [(19, "10:00", "17:00")],
       "Ades Pays de Brest", A("Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest", insee=BREST, latitude=48.3869, longitude=-4.4993))
cal("forum-brest", "forum-ess-brest-1911", S(19, "10:00"), E(19, "17:00"), SUM("Forum ESS Pays de Brest"), LOC("Ateliers des Capucins, Brest"))
form("forum-brest", "ADESS Pays de Brest", "Forum ESS", 19, "10h-17h", "Capucins", "", "29200", "BREST")
plat("conf-brest", "Conférence : l'ESS dans le Finistère, chiffres clés et enjeux", 19, "11:00", "12:00", "CRESS Bretagne", CAPUCINS)
cal("conf-brest", "conf-chiffres-finistere", S(19, "11:00"), E(19, "12:00"), SUM("L'ESS dans le Finistère : les chiffres"),
    LOC("Capucins, Brest"))

# 71 / 72 two repair cafés in Brest the same afternoon (Bellevue, Saint-Marc), 73 a bike workshop that afternoon
cal("rc-bellevue", "rc-bellevue-1911", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Bellevue"), LOC("Bellevue, Brest"))
form("rc-bellevue", "Centre social Couleur Quartier", "Repair café", 19, "14h-17h", "Maison de quartier de Bellevue", "1 rue Pierre Trépos",
     "29200", "Brest")
agenda("rc-stmarc", "Repair café de Saint-Marc", [(19, "14:00", "17:00")], "Maison de quartier de Saint-Marc",
       A("Maison de quartier de Saint-Marc", "4 rue du Bois d'Anjou", "29200", "Brest", insee=BREST))
plat("velo-brest", "Atelier vélo participatif", 19, "14:00", "17:00", "Brest à pied et à vélo",
     P("Atelier BaPaV", "28 rue Danton", "29200", "Brest"))
cal("velo-brest", "atelier-velo-bapav-1911", S(19, "14:00"), E(19, "17:00"), SUM("Atelier vélo BaPaV"), LOC("28 rue Danton, 29200 Brest"))

# 74 Fresque du Climat in Brest, Thursday 17
plat("fresque-brest", "La Fresque du Climat", 17, "18:30", "21:30", "La Fresque du Climat",
     P("Maison du Peuple", "2 place Édouard Mazé", "29200", "Brest"))
cal("fresque-brest", "fdc-brest-1711", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Brest"))

# 75 job dating in Brest, Tuesday 22 morning
plat("jobdating-brest", "Job dating de l'ESS", 22, "09:00", "12:00", "Pôle emploi Brest",
     P("Maison de l'emploi", "1 rue Louis Pidoux", "29200", "Brest"))
form("jobdating-brest", "Pôle Emploi Brest Marine", "Job dating ESS", 22, "matin", "Maison de l'emploi", "1 rue L. Pidoux", "29200", "Brest")

# 76 apéro of Brest, Thursday 10 (agenda alone)
agenda("apero-brest", "Apéro ESS brestois", [(10, "18:30", "20:30")], "ADESS Pays de Brest",
       A("Le Mac Orlan", "65 rue de la Porte", "29200", "Brest", insee=BREST))

# 77 / 78 the UBO, Thursday 24: internship forum in the afternoon, Enactus's evening conference
UBO = P("Faculté Victor Segalen", "12 rue de Kergoat", "29200", "Brest")
cal("ubo-stages", "forum-stages-ess-ubo", SZ(24, "13:30"), EZ(24, "17:00"), SUM("Forum stages & alternance ESS"), LOC("UBO, Brest"))
form("ubo-stages", "UBO", "Forum stages ESS", 24, "13h30-17h", "Fac Segalen", "12 rue de Kergoat", "29238", "Brest Cedex 3")
agenda("ubo-conf", "Entrepreneuriat social étudiant : conférence-témoignages", [(24, "18:00", "20:00")], "Enactus UBO",
       A("Faculté Victor Segalen", "12 rue de Kergoat", "29200", "Brest", insee=BREST))
form("ubo-conf", "Enactus Brest", "Conférence entrepreneuriat social", 24, "18h-20h", "Faculté Segalen", "", "29200", "Brest")

# 79 open day of the recyclerie, Saturday 26
plat("recyclerie-brest", "Portes ouvertes de la recyclerie Un peu d'R", 26, "10:00", "17:00", "Un peu d'R",
     P("Un peu d'R", "33 rue Frédéric Le Guyader", "29200", "Brest"))
agenda("recyclerie-brest", "La recyclerie ouvre ses portes", [(26, "10:00", "17:00")], "Recyclerie Un Peu d'R",
       A("Recyclerie Un peu d'R", "33 rue Frédéric Le Guyader", "29200", "Brest", insee=BREST))

# 80 the CAE Chrysalide's meeting in Brest, Tuesday 15, the hours of Elan Créateur's
plat("cae-brest", "Réunion d'information : entreprendre en coopérative", 15, "09:30", "11:30", "Chrysalide",
     P("Chrysalide", "3 rue Charles Berthelot", "29200", "Brest"))
form("cae-brest", "CAE Chrysalide", "Réunion d'information CAE", 15, "9h30", "", "3 rue Charles Berthelot", "29200", "Brest")

# 81 ciné-débat « Debout les femmes ! » at Les Studios, Thursday 24
agenda("cine-brest", "Ciné-débat « Debout les femmes ! » : les métiers du lien", [(24, "20:00", "22:30")], "UDAF du Finistère",
       A("Cinéma Les Studios", "136 rue Jean Jaurès", "29200", "Brest", insee=BREST))
cal("cine-brest", "cine-debout-femmes-brest", S(24, "20:00"), SUM("Projection Debout les femmes + débat"), LOC("Les Studios, Brest"))

# 82 producers' market at Plougastel, Sunday 27
cal("marche-plougastel", "marche-producteurs-plougastel", SD(27), ED(27), SUM("Marché de producteurs bio et solidaire"),
    LOC("Plougastel-Daoulas"))
form("marche-plougastel", "Plougastel en transition", "Marché producteurs bio & solidaire", 27, "9h-13h", "Place du Calvaire", "",
     "29470", "Plougastel-Daoulas")

# 83 citizen energy in Le Relecq-Kerhuon, Friday 18 (platform alone)
plat("energie-relecq", "Conférence : les coopératives d'énergie citoyenne", 18, "20:00", "22:00", "Énergies citoyennes en Pays de Brest",
     P("Centre culturel Astrolabe", "Rue Vincent Jézéquel", "29480", "Le Relecq-Kerhuon"))

# 84 film in Plouguerneau, Wednesday 16
cal("cine-plouguerneau", "cine-liberterres-plouguerneau", SF(16, "20:00"), SUM("Ciné-débat Les Liberterres"), LOC("Plouguerneau"))
form("cine-plouguerneau", "Plouguerneau en transition", "Ciné débat Les Liberterres", 16, "20h", "Salle Jean Tanguy", "", "29880",
     "Plouguerneau")

# ───────────────────────── Quimper, Cornouaille ─────────────────────────

# 85 / 86 the Espace associatif of Quimper, Friday 18: meetings in the morning, participative housing in the evening
EAQ = P("Espace associatif Quimper Cornouaille", "53 impasse de l'Odet", "29000", "Quimper")
plat("rencontres-cornouaille", "Rencontres de l'ESS en Cornouaille", 18, "09:00", "12:00", "Quimper Bretagne Occidentale", EAQ)
agenda("rencontres-cornouaille", "Les Rencontres de l'économie sociale et solidaire de Cornouaille", [(18, "09:00", "12:30")],
       "Quimper Bretagne Occidentale", A("Espace associatif", "53 impasse de l'Odet", "29000", "Quimper", insee=QUIMPER))
cal("rencontres-cornouaille", "rencontres-ess-cornouaille", S(18, "09:00"), E(18, "12:00"), SUM("Rencontres ESS Cornouaille"), LOC("Quimper"))
cal("habitat-quimper", "soiree-habitat-participatif-quimper", S(18, "18:30"), E(18, "20:30"), SUM("Soirée habitat participatif"),
    LOC("Espace associatif, Quimper"))
form("habitat-quimper", "Parasol Cornouaille", "L'habitat participatif, pourquoi pas vous ?", 18, "18h30", "Espace associatif",
     "53 impasse de l'Odet", "29000", "Quimper")

# 87 Fresque du Climat in Quimper, Thursday 17
agenda("fresque-quimper", "Fresque du Climat à l'Espace associatif", [(17, "18:30", "21:00")], "Fresque du Climat Finistère",
       A("Espace associatif", "53 impasse de l'Odet", "29000", "Quimper", insee=QUIMPER))
form("fresque-quimper", "La Fresque du Climat", "Fresque du Climat", 17, "18h30", "Espace associatif", "", "29000", "Quimper")

# 88 repair café of Quimper, Saturday 26 (Penhars)
plat("rc-quimper", "Repair Café de Quimper", 26, "14:00", "17:30", "MPT de Penhars",
     P("Maison pour tous de Penhars", "5 rue Teilhard de Chardin", "29000", "Quimper"))
cal("rc-quimper", "rc-penhars-2611", S(26, "14:00"), SUM("Repair café"), LOC("Quimper"))

# 89 Douarnenez: a film at Le Club, Friday 25
agenda("cine-dz", "Ciné-débat : « La Sociale »", [(25, "20:30", "22:45")], "Douarnenez solidaire",
       A("Cinéma Le Club", "39 rue Berthelot", "29100", "Douarnenez", insee=DZ))
form("cine-dz", "Douarnenez Solidaire", "Ciné débat La Sociale (G. Perret)", 25, "20h30", "Le Club", "", "29100", "Douarnenez")

# 90 / 91 Concarneau: open day of an insertion yard (12) and an evening on fishing (17)
plat("concarneau-po", "Portes ouvertes de l'atelier chantier d'insertion nautique", 12, "10:00", "17:00", "Ar Vag",
     P("Chantier Ar Vag", "Quai de l'Aiguillon", "29900", "Concarneau"))
cal("concarneau-po", "po-chantier-arvag", SD(12), ED(12), SUM("Portes ouvertes - chantier d'insertion"), LOC("Concarneau"))
agenda("peche-concarneau", "Soirée : pêche durable et coopératives", [(17, "18:30", "20:30")], "Coopérative maritime de Concarneau",
       A("Centre des arts", "9 rue Charles Linement", "29900", "Concarneau", insee=CONCARNEAU))

# 92 Trégunc, all day Sunday 20 (calendar alone)
cal("tregunc", "balade-savoirfaire-tregunc", SD(20), ED(20), SUM("Balade des savoir-faire de Trégunc"), LOC("Trégunc"))

# 93 Quimperlé's forum, Saturday 5
plat("forum-quimperle", "Forum des associations et de l'ESS", 5, "10:00", "17:00", "Ville de Quimperlé",
     P("Espace Benoîte Groult", "Rue Jacques Cartier", "29300", "Quimperlé"))
form("forum-quimperle", "Ville de Quimperlé - vie associative", "Forum des assos et de l'ESS", 5, "Toute la journée", "Espace Benoîte Groult",
     "", "29300", "Quimperlé")

# 94 zero-waste workshop in Pont-l'Abbé (agenda alone)
agenda("zerodechet-pontlabbe", "Atelier zéro déchet : produits ménagers maison", [(23, "14:00", "16:00")], "Pays Bigouden en transition",
       A("Maison des associations", "Rue du Château", "29120", "Pont-l'Abbé", insee="29220"))

# ───────────────────────── Lorient, Lanester, Hennebont ─────────────────────────

# 95 the forum of the Pays de Lorient, Tuesday 22
plat("forum-lorient", "Forum de l'ESS du Pays de Lorient", 22, "14:00", "19:00", "Lorient Agglomération",
     P("Cité Allende", "12 rue Colbert", "56100", "Lorient"))
agenda("forum-lorient", "Forum ESS Lorient 2022", [(22, "14:00", "19:00")], "Maison des associations de Lorient",
       A("Cité Allende", "12 rue Colbert", "56100", "Lorient", insee=LORIENT))
cal("forum-lorient", "forum-ess-lorient", S(22, "14:00"), E(22, "19:00"), SUM("Forum de l'économie sociale et solidaire"), LOC("Lorient"))

# 96 / 97 repair cafés the same Saturday 19 afternoon in Lorient and in Lanester
plat("rc-lorient", "Repair Café", 19, "14:00", "17:00", "Repair Café Lorient",
     P("Maison de quartier du Bois du Château", "Rue Jules Massenet", "56100", "Lorient"))
form("rc-lorient", "Repair Café Lorient", "Repair café Bois du Château", 19, "14h-17h", "MQ Bois du Château", "", "56100", "Lorient")
agenda("rc-lanester", "Repair café de Lanester", [(19, "14:00", "17:00")], "Centre socioculturel Albert Jacquard",
       A("Centre socioculturel Albert Jacquard", "Rue Jean-Paul Sartre", "56600", "Lanester", insee=LANESTER))
cal("rc-lanester", "rc-lanester-1911", S(19, "14:00"), E(19, "17:00"), SUM("Repair Café"), LOC("Lanester"))

# 98 the ressourcerie of Lanester, Saturday 26
cal("ressourcerie-lanester", "po-ressourcerie-lanester", S(26, "10:00"), E(26, "17:00"), SUM("Portes ouvertes de la ressourcerie"),
    LOC("Ressourcerie Trocabi, Lanester"))
form("ressourcerie-lanester", "Trocabi", "Portes ouvertes ressourcerie", 26, "10h-17h", "", "Zone de Kerpont", "56600", "Lanester")

# 99 a Scop visit in Hennebont (agenda alone); 100 the afterwork of Lorient, Thursday 10
agenda("scop-hennebont", "Visite d'entreprise : une Scop de menuiserie", [(18, "14:00", "16:00")], "Les Scop de l'Ouest",
       A("Menuiserie coopérative", "Zone artisanale de Kerandré", "56700", "Hennebont", insee="56083"))
plat("apero-lorient", "Afterwork ESS du Pays de Lorient", 10, "18:30", "20:30", "Réseau ESS Pays de Lorient",
     P("Hôtel Gabriel", "Enclos du Port", "56100", "Lorient"))
form("apero-lorient", "Réseau ESS Pays de Lorient", "Apéro ESS", 10, "18h30", "Hôtel Gabriel", "", "56100", "Lorient")

# 101 « Douce France » in Lorient, Tuesday 15 (the evening of the Arvor's)
agenda("cine-lorient", "Ciné-débat « Douce France »", [(15, "20:30", "22:45")], "Lorient en transition",
       A("Cinéville Lorient", "2 rue Ferdinand Buisson", "56100", "Lorient", insee=LORIENT))
form("cine-lorient", "Lorient en Transition", "Projection débat Douce France", 15, "20h30", "Cinéville", "", "56100", "Lorient")

# ───────────────────────── Vannes, Morbihan ─────────────────────────

# 102 the salon of the Pays de Vannes, Saturday 26
plat("salon-vannes", "Salon de l'ESS du Pays de Vannes", 26, "10:00", "17:00", "Golfe du Morbihan - Vannes agglomération",
     P("Palais des Arts et des Congrès", "Place de Bretagne", "56000", "Vannes"))
agenda("salon-vannes", "Salon de l'économie sociale et solidaire - Vannes", [(26, "10:00", "17:00")], "GMVA",
       A("Palais des Arts", "Place de Bretagne", "56000", "Vannes", insee=VANNES))
form("salon-vannes", "Golfe du Morbihan Vannes Agglo", "Salon ESS", 26, "10h-17h", "PAC", "place de Bretagne", "56000", "VANNES")

# 103 / 104 the Tohannic campus of UBS, Tuesday 15: a forum in the day, a conference in the afternoon
plat("ubs-forum", "Forum de l'engagement étudiant", 15, "10:00", "16:00", "Université Bretagne Sud",
     P("Campus de Tohannic", "Rue André Lwoff", "56000", "Vannes"))
form("ubs-forum", "UBS", "Forum engagement étudiant", 15, "10h-16h", "Campus de Tohannic", "", "56000", "Vannes")
agenda("ubs-conf", "Conférence : coopératives et transition écologique", [(15, "14:00", "16:00")], "Université Bretagne Sud - IAE",
       A("Campus de Tohannic", "Rue André Lwoff", "56000", "Vannes", insee=VANNES))
cal("ubs-conf", "conf-coop-transition-ubs", S(15, "14:00"), E(15, "16:00"), SUM("Coopératives & transition écologique"), LOC("UBS Tohannic, Vannes"))

# 105 Fresque du Climat in Vannes, Thursday 17
cal("fresque-vannes", "fdc-vannes-1711", SF(17, "18:00"), EF(17, "21:00"), SUM("Atelier Fresque du Climat"), LOC("Maison des associations, Vannes"))
form("fresque-vannes", "Fresque du Climat 56", "Fresque du climat", 17, "18h-21h", "Maison des associations", "31 rue Guillaume Le Bartz",
     "56000", "Vannes")

# 106 compost in Séné, Saturday 5 morning
cal("compost-sene", "compost-sene-0511", S(5, "10:00"), E(5, "12:00"), SUM("Atelier compostage partagé"), LOC("Jardin partagé de Cano, Séné"))
form("compost-sene", "Séné en transition", "Atelier compost", 5, "10h-12h", "Jardin de Cano", "", "56860", "Séné")

# 107 / 108 Pontivy, Thursday 17: the meetings of Centre Bretagne all day, a Fresque du Climat in the evening
plat("rencontres-pontivy", "Rencontres de l'ESS du Centre Bretagne", 17, "09:00", "17:00", "Pays de Pontivy",
     P("Palais des congrès", "Place Ernest Jan", "56300", "Pontivy"))
cal("rencontres-pontivy", "rencontres-ess-centre-bretagne", SD(17), ED(17), SUM("Rencontres ESS Centre Bretagne"), LOC("Pontivy"))
form("rencontres-pontivy", "Pays de Pontivy", "Rencontres ESS Centre Bretagne", 17, "Toute la journée", "Palais des congrès", "", "56300",
     "Pontivy")
agenda("fresque-pontivy", "Fresque du Climat", [(17, "18:30", "21:30")], "Fresque du Climat Morbihan",
       A("Médiathèque de Pontivy", "Rue Saint-Jory", "56300", "Pontivy", insee=PONTIVY))

# 109 rural third places at La Gacilly (form alone, no postal code)
form("tierslieux-gacilly", "Tiers-lieux de l'Oust", "Rencontre tiers-lieux en milieu rural", 25, "14h", "La Gacilly - salle des fêtes",
     "", "", "La Gacilly")

# ───────────────────────── Côtes-d'Armor ─────────────────────────

# 110 the meetings of the Côtes-d'Armor's ESS, all day Thursday 17, four sources
plat("rencontres-22", "Rencontres de l'ESS des Côtes-d'Armor", 17, "09:00", "17:00", "Conseil départemental des Côtes-d'Armor",
     P("Espace Brézillet", "Rue Pierre de Coubertin", "22000", "Saint-Brieuc"))
agenda("rencontres-22", "Les Rencontres costarmoricaines de l'économie sociale et solidaire", [(17, "09:00", "17:00")],
       "Département des Côtes d'Armor", A("Espace Brézillet", "Rue Pierre de Coubertin", "22000", "Saint-Brieuc", insee=STBRIEUC))
cal("rencontres-22", "rencontres-ess-22", SD(17), ED(17), SUM("Rencontres ESS 22"), LOC("Saint-Brieuc"))
form("rencontres-22", "CD22", "Rencontres ESS Côtes d'Armor", 17, "9h-17h", "Brézillet", "", "22000", "St-Brieuc")

# 111 job dating in Saint-Brieuc, Tuesday 22 morning (agenda alone)
agenda("jobdating-stbrieuc", "Job dating ESS des Côtes d'Armor", [(22, "09:00", "12:00")], "Pôle emploi Saint-Brieuc",
       A("Maison de l'emploi", "9 rue du 71e RI", "22000", "Saint-Brieuc", insee=STBRIEUC))

# 112 repair café of Plérin, Saturday 19 (the same hours as the others that day)
cal("rc-plerin", "rc-plerin-1911", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café de Plérin"), LOC("Centre social, Plérin"))
form("rc-plerin", "Centre social de Plérin", "Repair Café", 19, "14h-17h", "Centre social", "Rue de la Croix", "22190", "Plérin")

# 113 the solidarity grocery of Saint-Brieuc, Saturday 12 morning
agenda("epicerie-stbrieuc", "Portes ouvertes de l'épicerie solidaire", [(12, "09:30", "12:00")], "Épicerie solidaire briochine",
       A("Épicerie solidaire", "14 rue de Gouët", "22000", "Saint-Brieuc", insee=STBRIEUC))
form("epicerie-stbrieuc", "Epicerie solidaire briochine", "Portes ouvertes", 12, "matin", "", "14 rue de Gouet", "22000", "Saint-Brieuc")

# 114 / 115 Lannion: the Trégor forum (12) and a Fresque du Climat (24)
plat("forum-tregor", "Forum de l'ESS du Trégor", 12, "10:00", "17:00", "Lannion-Trégor Communauté",
     P("Espace Sainte-Anne", "2 rue de Kérampont", "22300", "Lannion"))
cal("forum-tregor", "forum-ess-tregor", S(12, "10:00"), E(12, "17:00"), SUM("Forum ESS Trégor"), LOC("Espace Sainte-Anne, Lannion"))
agenda("fresque-lannion", "Fresque du Climat", [(24, "18:30", "21:30")], "Fresque du Climat Trégor",
       A("Espace Sainte-Anne", "2 rue de Kérampont", "22300", "Lannion", insee=LANNION))

# 116 documentary evening in Mellionnec (agenda alone); 117 citizens' assembly in Rostrenen (platform alone)
agenda("doc-mellionnec", "Soirée documentaire : habiter la campagne autrement", [(26, "20:00", "22:30")], "Ty Films",
       A("Salle des fêtes", "Le Bourg", "22110", "Mellionnec", insee="22146"))
plat("rostrenen", "Café associatif : assemblée citoyenne du Kreiz Breizh", 26, "10:00", "12:00", "Café associatif Ar Gwez",
     P("Café associatif", "Place du Martray", "22110", "Rostrenen"))

# 118 a conference on health in Saint-Brieuc (platform alone)
plat("conf-sante-stbrieuc", "Conférence : ESS et santé, les centres de santé associatifs", 29, "18:00", "20:00", "Mutualité Française Bretagne",
     P("Espace Victor Hugo", "Place du Guesclin", "22000", "Saint-Brieuc"))

# ───────────────────────── Saint-Malo, Morlaix, Fougères, Vitré, Redon ─────────────────────────

# 119 / 120 the two-day salon of Saint-Malo (25-26) and the conference inside it on the 25th
GP = P("La Grande Passerelle", "2 rue Théodore Monod", "35400", "Saint-Malo")
plat("salon-malo", "Salon de l'ESS malouin", 25, "10:00", "18:00", "Saint-Malo Agglomération", GP, day2=26)
agenda("salon-malo", "Salon de l'économie sociale et solidaire de Saint-Malo", [(25, "10:00", "18:00"), (26, "10:00", "18:00")],
       "Saint-Malo Agglomération", A("La Grande Passerelle", "2 rue Théodore Monod", "35400", "Saint-Malo", insee=STMALO))
cal("salon-malo", "salon-ess-stmalo", SD(25), ED(26), SUM("Salon de l'ESS (2 jours)"), LOC("La Grande Passerelle, Saint-Malo"))
form("salon-malo", "St Malo Agglo", "Salon ESS", 25, "10h-18h", "Grande Passerelle", "", "35400", "Saint-Malo")
plat("malo-conf", "Conférence : le tourisme solidaire sur la Côte d'Émeraude", 25, "18:00", "19:30", "Saint-Malo Agglomération", GP)
form("malo-conf", "St Malo Agglo", "Conférence tourisme solidaire", 25, "18h-19h30", "Grande Passerelle", "", "35400", "Saint-Malo")

# 121 / 122 Morlaix: the SEW's open day (12), « Douce France » at La Salamandre (15)
plat("sew-po", "Portes ouvertes du SEW", 12, "14:00", "18:00", "Le SEW - tiers-lieu",
     P("La Manufacture", "41 quai de Léon", "29600", "Morlaix"))
cal("sew-po", "po-sew-morlaix", S(12, "14:00"), E(12, "18:00"), SUM("Le SEW ouvre ses portes"), LOC("Manufacture, Morlaix"))
cal("cine-morlaix", "cine-doucefrance-morlaix", SZ(15, "20:30"), EZ(15, "22:45"), SUM("Ciné-débat : Douce France"), LOC("La Salamandre"))
form("cine-morlaix", "Cinéma La Salamandre", "Douce France - ciné-débat", 15, "20h30", "La Salamandre", "Place Émile Souvestre", "29600", "Morlaix")

# 123 repair café of Morlaix, Saturday 26 (agenda alone)
agenda("rc-morlaix", "Repair café", [(26, "14:00", "17:00")], "Morlaix Repair",
       A("Maison des associations", "2 rue Paul Doumer", "29600", "Morlaix", insee=MORLAIX))

# 124 / 125 Fougères: the forum (19), a film (18)
plat("forum-fougeres", "Forum des associations et de l'ESS du Pays de Fougères", 19, "10:00", "17:00", "Fougères Agglomération",
     P("Espace Aumaillerie", "Rue de la Forêt", "35300", "Fougères"))
agenda("forum-fougeres", "Forum ESS et vie associative", [(19, "10:00", "17:00")], "Fougères Agglomération",
       A("Espace Aumaillerie", "Rue de la Forêt", "35300", "Fougères", insee=FOUGERES))
cal("cine-fougeres", "cine-debout-femmes-fougeres", S(18, "20:00"), E(18, "22:30"), SUM("Ciné-débat Debout les femmes !"),
    LOC("Cinéma Le Club, Fougères"))
form("cine-fougeres", "ADMR Pays de Fougères", "Projection débat Debout les femmes", 18, "20h", "Cinéma Le Club", "", "35300", "Fougères")

# 126 / 127 Vitré, Thursday 24: the ESAT's open day, a conference on peasant farming (agenda alone)
plat("esat-vitre", "Portes ouvertes de l'ESAT", 24, "10:00", "16:00", "ESAT du Pays de Vitré",
     P("ESAT", "Rue Pierre et Marie Curie", "35500", "Vitré"))
form("esat-vitre", "ESAT Pays de Vitré", "Portes ouvertes ESAT", 24, "10h-16h", "", "rue P. et M. Curie", "35500", "Vitré")
agenda("conf-vitre", "Conférence : l'agriculture paysanne en Pays de Vitré", [(24, "20:00", "22:00")], "Terre de Liens Bretagne",
       A("Centre culturel Jacques Duhamel", "2 rue de Strasbourg", "35500", "Vitré", insee=VITRE))

# 128 / 129 Redon, Saturday 26: the forum all day, a workshop on cooperative entrepreneurship that afternoon
plat("forum-redon", "Forum de l'ESS du Pays de Redon", 26, "10:00", "17:00", "Pôle ESS du Pays de Redon",
     P("Salle du Parc", "Avenue Jean Burel", "35600", "Redon"))
cal("forum-redon", "forum-ess-redon", SD(26), ED(26), SUM("Forum ESS Pays de Redon"), LOC("Redon"))
form("forum-redon", "CADES Pays de Redon", "Forum ESS", 26, "Toute la journée", "Salle du Parc", "", "35600", "Redon")
agenda("atelier-redon", "Atelier : créer son entreprise en coopérative", [(26, "14:00", "16:00")], "Pôle ESS du Pays de Redon",
       A("Salle du Parc", "Avenue Jean Burel", "35600", "Redon", insee=REDON))

# ───────────────────────── more copies of events above, and more events ─────────────────────────

# more copies
cal("rc-maurepas", "rc-maurepas-1911", S(19, "14:00"), E(19, "17:30"), SUM("Repair café Maurepas"), LOC("Maurepas"))
cal("jobdating-brest", "jobdating-brest-2211", S(22, "09:00"), E(22, "12:00"), SUM("Job dating : l'ESS recrute"), LOC("Brest"))
form("fresque-brest", "Fresque du Climat Brest", "Atelier Fresque du climat", 17, "18h30-21h30", "Maison du Peuple", "2 pl. Édouard Mazé",
     "29200", "Brest")
form("rc-quimper", "MPT Penhars", "Repair café", 26, "14h", "MPT de Penhars", "", "29000", "Quimper")
agenda("forum-tregor", "Forum de l'économie sociale et solidaire du Trégor", [(12, "10:00", "17:00")], "LTC",
       A("Espace Sainte-Anne", "2 rue de Kérampont", "22300", "Lannion", insee=LANNION))
form("cine-rennes", "Alternatiba Rennes", "Ciné débat Douce France", 15, "20h", "Arvor", "11 rue de Châtillon", "35000", "Rennes")
form("prix", "CRESS Bretagne", "Prix ESS 2022 - cérémonie", 29, "18h-20h30", "Hôtel de Région", "283 av. du Général Patton", "35711",
     "Rennes Cedex 7")
cal("salon-vannes", "salon-ess-vannes", S(26, "10:00"), E(26, "17:00"), SUM("Salon ESS Vannes"), LOC("Palais des Arts, Vannes"))
form("mce-midi", "MCE", "Midi de la MCE consommer local", 17, "12h15-13h45", "MCE", "48 bd Magenta", "35200", "Rennes")
cal("web-cer", "webinaire-cer-lma", S(8, "11:00"), E(8, "12:00"), SUM("Webinaire : le contrat d'engagement républicain"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{JITSI_LMA}")
form("recyclerie-brest", "Un Peu d'R", "Portes ouvertes recyclerie", 26, "10h-17h", "Un peu d'R", "33 rue F. Le Guyader", "29200", "Brest")
cal("cesson-forum", "forum-emploi-cesson", S(17, "14:00"), E(17, "18:00"), SUM("Forum emploi solidaire"), LOC("Carré Sévigné, Cesson-Sévigné"))
form("langouet", "Mairie de Langouët", "Visite village écologique", 5, "10h-12h", "Mairie", "", "35630", "Langouet")
plat("cine-dz", "Ciné-débat « La Sociale »", 25, "20:30", "22:45", "Douarnenez solidaire",
     P("Cinéma Le Club", "39 rue Berthelot", "29100", "Douarnenez"))

# more events, Rennes
plat("rc-bourg-leveque", "Repair Café du Bourg-l'Évêque", 5, "14:00", "17:00", "Repair Café Rennes",
     P("Maison de quartier du Bourg-l'Évêque", "17 rue de la Lande", "35000", "Rennes"))
form("rc-bourg-leveque", "Repair Café Rennes", "Repair café", 5, "14h-17h", "Bourg l'Evêque", "", "35000", "Rennes")
agenda("pitch-tag", "Soirée pitch des projets incubés de TAg35", [(24, "18:00", "20:30")], "TAg35 - incubateur ESS",
       A("Le Mabilay", "2 rue de la Mabilais", "35000", "Rennes", insee=RENNES))
cal("pitch-tag", "pitch-tag35", S(24, "18:00"), E(24, "20:30"), SUM("Soirée pitch TAg35"), LOC("Le Mabilay"))
form("pitch-tag", "Réseau TAg BZH", "Soirée pitch TAg 35", 24, "18h-20h30", "Mabilay", "2 rue de la Mabilais", "35000", "Rennes")
plat("finance-citoyenne", "Soirée : l'épargne solidaire, comment investir local ?", 21, "18:30", "20:30", "Cigales de Bretagne",
     P("Maison de l'ESS - Pôle associatif", "2 rue de l'Hôtel Dieu", "35000", "Rennes"))
agenda("finance-citoyenne", "Cigales : investir local et solidaire", [(21, "18:30", "20:30")], "Association des Cigales de Bretagne",
       A("Pôle associatif", "2 rue de l'Hôtel Dieu", "35000", "Rennes", insee=RENNES))
cal("ess-tour-villejean", "balade-ess-villejean", S(12, "10:00"), E(12, "12:00"), SUM("Balade ESS à Villejean"), LOC("Dalle Kennedy, Villejean"))
form("ess-tour-villejean", "Collectif ESS Villejean", "Balade découverte de l'ESS", 12, "10h", "Dalle Kennedy", "", "35000", "Villejean")
plat("handicap-emploi", "Forum emploi et handicap dans l'ESS", 18, "09:30", "12:30", "APF France handicap Ille-et-Vilaine",
     P("Maison de quartier de la Bellangerais", "5 rue du Morbihan", "35700", "Rennes"))
form("handicap-emploi", "APF 35", "Forum emploi & handicap", 18, "9h30-12h30", "MQ Bellangerais", "5 rue du Morbihan", "35700", "Rennes")
agenda("jeux-cooperatifs", "Après-midi jeux coopératifs en famille", [(20, "14:00", "18:00")], "Ludothèque Au bois des jeux",
       A("Maison de quartier de Villejean", "2 rue de Bourgogne", "35000", "Rennes", insee=RENNES))
plat("tiers-lieux-rennes", "Rencontre régionale des tiers-lieux", 8, "14:00", "18:00", "Bretagne Tiers-Lieux",
     P("Hôtel Pasteur", "2 place Pasteur", "35000", "Rennes"))
cal("tiers-lieux-rennes", "rencontre-tiers-lieux-bzh", SZ(8, "14:00"), EZ(8, "18:00"), SUM("Rencontre des tiers-lieux bretons"),
    LOC("2 place Pasteur, Rennes"))
agenda("tiers-lieux-rennes", "Rencontre régionale des tiers-lieux de Bretagne", [(8, "14:00", "18:00")], "Bretagne Tiers-Lieux",
       A("Hôtel Pasteur", "2 place Pasteur", "35000", "Rennes", insee=RENNES))
form("femmes-entrepreneures", "Entreprendre au féminin Bretagne", "Petit-déjeuner des entrepreneures de l'ESS", 18, "8h30-10h", "CRESS Bretagne",
     "15 rue Martenot", "35000", "Rennes")
plat("femmes-entrepreneures", "Petit-déjeuner des femmes entrepreneures de l'ESS", 18, "08:30", "10:00", "Entreprendre au féminin Bretagne",
     P("CRESS Bretagne", "15 rue Martenot", "35000", "Rennes"))
cal("radio-ess", "emission-radio-ess", S(23, "12:00"), E(23, "13:00"), SUM("Émission spéciale Mois de l'ESS en direct"),
    LOC("Radio Canal B, Rennes"))
plat("coop-habitat-rennes", "Visite d'un habitat participatif", 19, "10:00", "12:00", "Parasol - Habitat participatif Bretagne",
     P("Habitat participatif La Courrouze", "Rue Louis Guilloux", "35000", "Rennes"))
form("coop-habitat-rennes", "PARASOL 35", "Visite habitat participatif", 19, "10h-12h", "La Courrouze", "", "35000", "Rennes")
agenda("ag-cress", "Assemblée générale extraordinaire de la CRESS Bretagne", [(30, "14:00", "17:00")], "CRESS Bretagne",
       A("CRESS Bretagne", "15 rue Martenot", "35000", "Rennes", insee=RENNES))
form("ag-cress", "CRESS", "AG extraordinaire", 30, "après-midi", "CRESS Bretagne", "15 rue Martenot", "35000", "Rennes")
plat("cloture", "Soirée de clôture du Mois de l'ESS en Bretagne", 30, "18:00", "21:00", "CRESS Bretagne",
     P("Le Jardin Moderne", "11 rue du Manoir de Servigné", "35000", "Rennes"))
agenda("cloture", "Clôture du Mois de l'ESS 2022", [(30, "18:00", "21:00")], "CRESS Bretagne",
       A("Jardin Moderne", "11 rue du Manoir de Servigné", "35000", "Rennes", insee=RENNES))
form("cloture", "CRESS Bretagne", "Mois de l'ESS - soirée de clôture", 30, "18h", "Le Jardin Moderne", "", "35000", "Rennes")
cal("cloture", "cloture-moisess-2022", SZ(30, "18:00"), EZ(30, "21:00"), SUM("Clôture du Mois de l'ESS"), LOC("Jardin Moderne, Rennes"))

# more events, the rest of the région
agenda("rc-vannes", "Repair Café de Vannes", [(19, "14:00", "17:00")], "Vannes Repair",
       A("Maison de quartier de Kercado", "Rue Robert Schuman", "56000", "Vannes", insee=VANNES))
form("rc-vannes", "Vannes Repair", "Repair café Kercado", 19, "14h-17h", "MQ Kercado", "", "56000", "Vannes")
plat("fresque-stmalo", "La Fresque du Climat", 24, "18:30", "21:30", "La Fresque du Climat",
     P("Médiathèque La Grande Passerelle", "2 rue Théodore Monod", "35400", "Saint-Malo"))
form("fresque-stmalo", "Fresque du Climat Côte d'Émeraude", "Fresque du Climat", 24, "18h30-21h30", "Grande Passerelle", "", "35400", "St Malo")
cal("conf-brest-mutuelle", "conf-mutuelles-brest", S(29, "17:00"), E(29, "19:00"), SUM("Rencontre : mutuelles et santé au travail"),
    LOC("Maison de la Mutualité, Brest"))
form("conf-brest-mutuelle", "Mutualité Française Finistère", "Mutuelles et santé au travail", 29, "17h00", "Maison de la Mutualité",
     "Place de la Liberté", "29200", "Brest")
plat("guingamp-jobdating", "Job dating de l'ESS du Pays de Guingamp", 29, "09:00", "12:00", "Guingamp-Paimpol Agglomération",
     P("Maison de l'emploi", "11 rue de la Trinité", "22200", "Guingamp"))
agenda("guingamp-jobdating", "Job dating ESS à Guingamp", [(29, "09:00", "12:00")], "GP3A",
       A("Maison de l'emploi", "11 rue de la Trinité", "22200", "Guingamp", insee="22070"))
cal("dinan-marche", "marche-solidaire-dinan", SF(20, "09:00"), EF(20, "13:00"), SUM("Marché solidaire"), LOC("Place du Guesclin, Dinan"))
form("dinan-marche", "Dinan Agglomération", "Marché solidaire de Dinan", 20, "9h-13h", "Place Du Guesclin", "", "22100", "Dinan")
plat("carhaix-forum", "Forum de l'ESS du Poher", 18, "14:00", "18:00", "Poher Communauté",
     P("Espace Glenmor", "Rue Jean Monnet", "29270", "Carhaix-Plouguer"))
cal("carhaix-forum", "forum-ess-poher", S(18, "14:00"), E(18, "18:00"), SUM("Forum ESS du Poher"), LOC("Espace Glenmor, Carhaix"))
form("carhaix-forum", "Poher Communauté", "Forum ESS Poher", 18, "14h-18h", "Glenmor", "", "29270", "Carhaix")
agenda("auray-conf", "Conférence : la conchyliculture en coopérative", [(16, "18:30", "20:00")], "Pays d'Auray",
       A("Espace Athéna", "Place du Four Mollet", "56400", "Auray", insee="56007"))
cal("auray-conf", "conf-conchyliculture-auray", SZ(16, "18:30"), EZ(16, "20:00"), SUM("Conchyliculture et coopératives"), LOC("Auray"))
plat("paimpol-visite", "Visite de la coopérative maritime", 12, "10:00", "12:00", "Coopérative maritime de Paimpol",
     P("Coopérative maritime", "Quai Loti", "22500", "Paimpol"))
cal("paimpol-visite", "visite-coop-paimpol", SD(12), ED(12), SUM("Visite coopérative maritime"), LOC("Paimpol"))
form("landerneau-rc", "Landerneau Repair", "Repair café", 26, "14h-17h", "Salle Saint-Ernel", "", "29800", "Landerneau")
agenda("landerneau-rc", "Repair café de Landerneau", [(26, "14:00", "17:00")], "Landerneau Repair",
       A("Salle Saint-Ernel", "Rue de la Fontaine Blanche", "29800", "Landerneau", insee="29103"))
plat("ploermel-jardin", "Portes ouvertes du jardin d'insertion", 16, "14:00", "17:00", "Jardins de Brocéliande",
     P("Les Jardins de Brocéliande", "Lieu-dit La Ville Jégu", "56800", "Ploërmel"))
plat("lamballe-web", "Webinaire : créer une association employeuse", 22, "12:30", "13:30", "GEIQ Côtes d'Armor", ONLINE, modality="En ligne")
form("lamballe-web", "GEIQ 22", "Association employeuse (webinaire)", 22, "12h30", "", "", "", "", "En ligne")
agenda("web-bénévoles", "Webinaire : recruter et fidéliser ses bénévoles", [(22, "12:30", "13:30")], "France Bénévolat Bretagne", {}, mode=2,
       onlineAccessLink="https://us02web.zoom.us/j/82233445566")
form("web-bénévoles", "France Benevolat Bretagne", "Recruter et fidéliser ses bénévoles", 22, "12h30-13h30", "Zoom", "", "", "", "Visio")
cal("dz-port", "visite-port-rhu", S(12, "14:30"), E(12, "16:30"), SUM("Visite : la coopérative du Port-Rhu"), LOC("Port-Rhu, Douarnenez"))
form("dz-port", "Port-musée", "Visite coopérative Port-Rhu", 12, "14h30", "Port-Rhu", "Place de l'Enfer", "29100", "Douarnenez")
plat("lorient-fresque", "La Fresque du Climat", 24, "18:30", "21:30", "La Fresque du Climat",
     P("Cité Allende", "12 rue Colbert", "56100", "Lorient"))
cal("lorient-fresque", "fdc-lorient-2411", SZ(24, "18:30"), EZ(24, "21:30"), SUM("Fresque du climat"), LOC("Cité Allende, Lorient"))

# two sessions of a training of volunteers in Brest (12 and 26), a bike workshop in Quimper the evening of La Petite
# Rennes' 16th, Brest's two-day Christmas market the week-end of Rennes', a repair café in Saint-Brieuc next to
# Plérin's, a compost workshop in Fougères the morning of Chantepie's and Séné's
plat("compta-1", "Formation des bénévoles : la comptabilité associative (1/2)", 12, "09:30", "12:30", "Maison des associations de Brest",
     P("Maison des associations", "6 rue Pen Ar Creac'h", "29200", "Brest"))
form("compta-1", "MDA Brest", "Comptabilité associative - module 1", 12, "9h30-12h30", "MDA", "6 rue Pen ar Creach", "29200", "Brest")
agenda("compta-2", "Comptabilité associative : formation des bénévoles (2/2)", [(26, "09:30", "12:30")], "Maison des associations de Brest",
       A("Maison des associations", "6 rue Pen Ar Creac'h", "29200", "Brest", insee=BREST))
form("compta-2", "MDA Brest", "Comptabilité associative - module 2", 26, "9h30-12h30", "MDA", "6 rue Pen ar Creach", "29200", "Brest")
plat("velo-quimper", "Atelier d'autoréparation vélo", 16, "18:00", "20:00", "Vélo Cornouaille",
     P("L'atelier vélo de Kerfeunteun", "Rue de Kerfeunteun", "29000", "Quimper"))
cal("velo-quimper", "atelier-velo-kerfeunteun-1611", S(16, "18:00"), E(16, "20:00"), SUM("Atelier vélo"), LOC("Kerfeunteun, Quimper"))
plat("noel-brest", "Marché de Noël solidaire", 26, "10:00", "18:00", "Artisans du Monde Brest",
     P("Salle du Patronage laïque du Pilier Rouge", "Rue Marcellin Duval", "29200", "Brest"), day2=27)
cal("noel-brest", "marche-noel-brest", SD(26), ED(27), SUM("Marché de Noël solidaire et équitable"), LOC("Pilier Rouge, Brest"))
agenda("rc-stbrieuc", "Repair Café briochin", [(19, "14:00", "17:00")], "Repair Café Saint-Brieuc",
       A("Maison de quartier de la Croix Saint-Lambert", "Rue de la Croix Saint-Lambert", "22000", "Saint-Brieuc", insee=STBRIEUC))
form("compost-fougeres", "Fougères Agglo", "Atelier compostage", 5, "10h-12h", "Jardin partagé de la Forêt", "", "35300", "Fougères")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
