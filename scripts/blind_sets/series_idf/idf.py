"""Blind set series_idf-1 (helper, December 2026): Île-de-France, November 2022, RECURRING SESSIONS AND SERIES,
written before reading the merge rules (only the harness's `Feeds` was read). 78 real events and 163 listings, three
quarters of the events sessions of weekly or fortnightly series, over four sources: the national platform's JSON, CRESS Île-de-France's
OpenAgenda (insee of the arrondissement or the commune, attendanceMode 2 with onlineAccessLink, a series as several
timings of one event), the REFER (Réseau francilien du réemploi: ressourceries, repair cafés, ateliers vélo, tiers-lieux)
iCalendar, and the CRESS registration form (Windows-1252 `;` CSV: acronyms, « 14h-17h », « soirée », « matin »,
« après-midi », date alone, « samedi 19 novembre »).

Truth: each session (one day) is its own real event; a listing of the session of the 16th is the ICS occurrence of the
16th and no other; an OpenAgenda record with several timings is the real event of its first timing.

Series in the calendar (one VEVENT with RRULE each): repair café of La Collecterie in Montreuil every Saturday afternoon
(BYDAY=SA;UNTIL, TZID, LOCATION the venue alone) and the couture workshop of the same ressourcerie on Saturday mornings
(floating, COUNT); the Cyclofficine d'Ivry every Wednesday evening (UTC « Z », COUNT=5, LOCATION the street address);
Coopaname's information meeting every other Tuesday (INTERVAL=2, floating, UNTIL floating); La Petite Rockette's
small-appliance repair every Thursday since 6 October (only the 27 October session of the margin and the November
ones are read; the 27 October session is a real event of its own); the Friday upcycling of a Vitry ressourcerie with
EXDATE on the 11th (Armistice); Emmaüs Connect's Monday smartphone workshop in Saint-Denis with a RECURRENCE-ID moving
the 21st to the morning in the médiathèque; the Méliès' Thursday film cycle (each session another film, the platform
and the agenda naming the film, the ICS the cycle); the Cergy bike workshop every other Saturday; the Versailles compost
workshop every Wednesday (LOCATION « Versailles »); the Répar'Ordi of Mains d'Œuvres in Saint-Ouen every Tuesday,
written as Paris time with a « Z » (one hour late once read); the Cité maraîchère's Wednesday visits in Romainville;
a Monday-and-Thursday permanence in Melun (BYDAY=MO,TH); La REcyclerie's Sunday swap-and-repair afternoons in Paris 18e
(BYDAY=SU, UNTIL in UTC, LOCATION the venue with its street). The other sources list one session alone, two sessions as
two records, or the series as timings; titles dressed (« Mois de l'ESS – », « [Novembre ESS] », « séance 2/4 »,
« (tous les samedis) »), venue against street, acronym against full name.

Hard negatives: the repair café and the couture workshop of La Collecterie (same venue, Saturdays, morning and
afternoon); a repair café in Pantin the afternoon of Montreuil's 19th; the Mouvement associatif's governance cycle of
three Tuesdays each listed by one source alone; the Fresque du Climat of Nanterre morning and afternoon of one
Saturday; two webinars at 11:00 on the 8th; two listed sessions of one series on different days everywhere.

One-off events (a quarter): launch and closing evenings, a job forum, debates, a film, webinars, a market, open days,
a conference, a Disco Soupe, listed by one to four sources."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-idf-openagenda", "refer-reemploi-idf-ical", "cress-idf-tableur")


def _ts(day, hm, month=11): return f"2022{month:02d}{day:02d}T{hm.replace(':', '')}00"
def S(day, hm): return f"DTSTART;TZID=Europe/Paris:{_ts(day, hm)}"
def E(day, hm): return f"DTEND;TZID=Europe/Paris:{_ts(day, hm)}"
def _utc(day, hm): return (datetime(2022, 11, day, int(hm[:2]), int(hm[3:])) - timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
def SZ(day, hm): return f"DTSTART:{_utc(day, hm)}"
def EZ(day, hm): return f"DTEND:{_utc(day, hm)}"
def SF(day, hm): return f"DTSTART:{_ts(day, hm)}"
def EF(day, hm): return f"DTEND:{_ts(day, hm)}"
def SBADZ(day, hm): return f"DTSTART:{_ts(day, hm)}Z"  # Paris time written with a Z: read one hour late
def EBADZ(day, hm): return f"DTEND:{_ts(day, hm)}Z"
def SD(day): return f"DTSTART;VALUE=DATE:202211{day:02d}"
def ED(day): return "DTEND;VALUE=DATE:" + (datetime(2022, 11, day) + timedelta(days=1)).strftime("%Y%m%d")
def _esc(text): return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
def SUM(text): return "SUMMARY:" + _esc(text)
def LOC(text): return "LOCATION:" + _esc(text)
def DESC(text): return "DESCRIPTION:" + _esc(text)
def ORG(name, mail): return f"ORGANIZER;CN={name}:mailto:{mail}"
def OA(text): return {"fr": text}
def days(event, *ds): return {f"2022-11-{d:02d}": f"{event}-{d}" for d in ds}


PARIS4, PARIS11, PARIS12, PARIS18, PARIS19, PARIS20 = "75104", "75111", "75112", "75118", "75119", "75120"
MONTREUIL, STDENIS, NANTERRE, IVRY, VITRY, CRETEIL = "93048", "93066", "92050", "94041", "94081", "94028"
PANTIN, VERSAILLES, EVRY, CERGY, MELUN, ROMAINVILLE = "93055", "78646", "91228", "95127", "77288", "93063"
STOUEN, BAGNOLET, VINCENNES = "93070", "93006", "94080"

ZOOM_FAIDF = "https://us02web.zoom.us/j/83344556677?pwd=RmFJZEZwcm9qZXQ"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2NpY0lERg@thread.v2/0"
ZOOM_REFER = "https://us06web.zoom.us/j/89900112233"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:REFER - agenda du réemploi en Île-de-France\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_np, _na, _nf = itertools.count(301), itertools.count(11001), itertools.count(1)


def plat(event, title, day, h1, h2, org, place, **more):
    """The national platform: one start and one end."""
    f.on_platform(event, next(_np), title, at(day, h1), at(day, h2) if h2 else None, org, place, **more)


def agenda(event, title, timings, org, location, **more):
    """CRESS Île-de-France's OpenAgenda: one timing per (day, begin, end)."""
    f.on_agenda(event, next(_na), title, [(at(d, a), at(d, b)) for d, a, b in timings], org, location, **more)


def cal(event, uid, *lines):
    f.in_calendar(event, f"{uid}@refer-idf.org", *lines)


def form(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    date = f"{date:02d}/11/2022" if isinstance(date, int) else date
    rows.append((event, row(f"IDF-22-{next(_nf):03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))


# ═════════════════════════ SERIES ═════════════════════════

# S1 La Collecterie (Montreuil): repair café every Saturday 14:00-17:00 (5, 12, 19, 26). ICS TZID + BYDAY + UNTIL, venue only.
COLLECTERIE_P = P("La Collecterie", "77 rue de la Fontaine des Hanots", "93100", "Montreuil")
COLLECTERIE_A = A("La Collecterie - ressourcerie", "77 rue de la Fontaine des Hanots", "93100", "Montreuil", insee=MONTREUIL)
cal(days("rc-mtr", 5, 12, 19, 26), "repair-cafe-collecterie", S(5, "14:00"), E(5, "17:00"),
    "RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20221126T235959Z", SUM("Repair Café de la Collecterie"), LOC("La Collecterie"),
    ORG("La Collecterie", "contact@lacollecterie.org"))
plat("rc-mtr-5", "Repair Café de Montreuil", 5, "14:00", "17:00", "La Collecterie", COLLECTERIE_P,
     description="Venez réparer vos objets avec nos bénévoles bricoleurs : petit électroménager, vêtements, vélos, informatique.")
agenda("rc-mtr-12", "Mois de l'ESS – Repair café à la Collecterie", [(12, "14:00", "17:00")], "La Collecterie", COLLECTERIE_A)
form("rc-mtr-19", "La Collecterie", "Repair café (tous les samedis)", 19, "14h-17h", "La Collecterie",
     "77 rue de la Fontaine des Hanots", "93100", "MONTREUIL")
plat("rc-mtr-26", "Repair Café de Montreuil", 26, "14:00", "17:00", "La Collecterie", COLLECTERIE_P)

# S2 La Collecterie: couture / textile re-use workshop every Saturday morning 10:00-12:30 (5, 12, 19, 26), floating.
cal(days("couture-mtr", 5, 12, 19, 26), "atelier-couture-collecterie", SF(5, "10:00"), EF(5, "12:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
    SUM("Atelier couture - réemploi textile"), LOC("La Collecterie, Montreuil"))
agenda("couture-mtr-12", "Atelier couture upcycling : donnez une seconde vie à vos vêtements", [(12, "10:00", "12:30")],
       "La Collecterie", COLLECTERIE_A)
form("couture-mtr-26", "Collecterie", "Atelier couture", 26, "matin", "Collecterie", "77 rue Fontaine des Hanots", "93100", "Montreuil")

# Pantin's repair café the afternoon of Montreuil's 19th (hard negative)
plat("rc-pantin", "Repair Café", 19, "14:00", "18:00", "Repair Café Pantin",
     P("Maison de quartier des Courtillières", "Avenue des Courtillières", "93500", "Pantin"))
agenda("rc-pantin", "Repair café de Pantin", [(19, "14:00", "18:00")], "Association Repair Café Pantin",
       A("Maison de quartier des Courtillières", "Avenue des Courtillières", "93500", "Pantin", insee=PANTIN))
cal("rc-pantin", "repair-cafe-pantin-1911", S(19, "14:00"), E(19, "18:00"), SUM("Repair café"), LOC("Pantin"))

# S3 La Cyclofficine d'Ivry: bike self-repair every Wednesday 18:00-20:00 (2, 9, 16, 23, 30). ICS UTC, COUNT=5, street address.
cal(days("velo-ivry", 2, 9, 16, 23, 30), "cyclofficine-ivry-mercredis", SZ(2, "18:00"), EZ(2, "20:00"), "RRULE:FREQ=WEEKLY;COUNT=5",
    SUM("Atelier vélo participatif"), LOC("10 rue Jean-Jacques Rousseau, 94200 Ivry-sur-Seine"))
plat("velo-ivry-2", "Mois de l'ESS – Atelier d'autoréparation vélo", 2, "18:00", "20:00", "La Cyclofficine d'Ivry",
     P("La Cyclofficine d'Ivry", "10 rue Jean-Jacques Rousseau", "94200", "Ivry-sur-Seine"))
form("velo-ivry-16", "Cyclofficine Ivry", "Atelier vélo participatif", 16, "soirée", "Cyclofficine", "", "94200", "Ivry-sur-Seine")
agenda("velo-ivry-23", "Atelier vélo : apprenez à réparer votre vélo", [(23, "18:00", "20:00"), (30, "18:00", "20:00")],
       "La Cyclofficine", A("La Cyclofficine d'Ivry", "10 rue J.-J. Rousseau", "94200", "Ivry-sur-Seine", insee=IVRY))
form("velo-ivry-30", "La Cyclofficine d'Ivry-sur-Seine", "Atelier d'autoréparation vélo", 30, "18h-20h", "", "10 rue Jean-Jacques Rousseau",
     "94200", "Ivry")

# S4 Coopaname: information meeting every other Tuesday 9:30-11:30 (8, 22), floating, INTERVAL=2, floating UNTIL.
cal(days("coopaname", 8, 22), "info-collective-coopaname", SF(8, "09:30"), EF(8, "11:30"),
    "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20221130T235959", SUM("Réunion d'info collective CAE"), LOC("Coopaname, Paris 20e"),
    ORG("Coopaname", "accueil@coopaname.coop"))
plat("coopaname-8", "Réunion d'information : entreprendre en coopérative d'activité et d'emploi", 8, "09:30", "11:30",
     "Coopaname", P("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
agenda("coopaname-22", "Entreprendre autrement en CAE – séance 2/2", [(22, "09:30", "11:30")], "Coopaname SCOP SA",
       A("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris", insee=PARIS20))
form("coopaname-22", "COOPANAME", "Réunion info Coopaname", 22, "", "", "3/7 rue Albert Marquet", "75020", "Paris 20")

# S5 La Petite Rockette: small-appliance repair every Thursday 14:00-17:00 since 6 October, until 24 November.
ROCKETTE = days("rockette", 3, 10, 17, 24) | {"2022-10-27": "rockette-oct27"}
cal(ROCKETTE, "repar-electromenager-rockette", f"DTSTART;TZID=Europe/Paris:{_ts(6, '14:00', 10)}",
    f"DTEND;TZID=Europe/Paris:{_ts(6, '17:00', 10)}", "RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20221124T235959Z",
    SUM("Atelier répar' petit électroménager"), LOC("La Petite Rockette, Paris"))
plat("rockette-3", "Atelier répar' petit électroménager", 3, "14:00", "17:00", "La Petite Rockette",
     P("La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris"))
agenda("rockette-17", "Atelier de réparation d'électroménager – séance 3", [(17, "14:00", "17:00")], "Ressourcerie La Petite Rockette",
       A("La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris", insee=PARIS11))
form("rockette-24", "LPR", "Répar'électroménager", 24, "14h-17h", "Petite Rockette", "125 r. du Chemin-Vert", "75011", "PARIS")
plat("rockette-10", "Atelier répar' petit électroménager", 10, "14:00", "17:00", "La Petite Rockette",
     P("La Petite Rockette", "125 rue du Chemin Vert", "75011", "Paris"))

# S6 a Vitry ressourcerie: upcycling every Friday 14:00-17:00 (4, [11 removed by EXDATE], 18, 25).
cal(days("upcy-vitry", 4, 18, 25), "vendredis-upcycling-vitry", S(4, "14:00"), E(4, "17:00"), "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=4",
    "EXDATE;TZID=Europe/Paris:20221111T140000", SUM("Les vendredis de l'upcycling"), LOC("Ressourcerie La Fabrique à Neuf, Vitry"))
plat("upcy-vitry-4", "Vendredi upcycling à la ressourcerie", 4, "14:00", "17:00", "La Fabrique à Neuf",
     P("Ressourcerie La Fabrique à Neuf", "12 rue Edouard Tremblay", "94400", "Vitry-sur-Seine"))
plat("upcy-vitry-18", "Vendredi upcycling à la ressourcerie", 18, "14:00", "17:00", "La Fabrique à Neuf",
     P("Ressourcerie La Fabrique à Neuf", "12 rue Edouard Tremblay", "94400", "Vitry-sur-Seine"))
form("upcy-vitry-25", "Fabrique à Neuf (ressourcerie)", "Atelier upcycling", 25, "14h-17h", "", "12 rue Édouard Tremblay", "94400",
     "Vitry sur Seine")
agenda("upcy-vitry-4", "Les vendredis de l'upcycling", [(d, "14:00", "17:00") for d in (4, 18, 25)], "Ressourcerie La Fabrique à Neuf",
       A("La Fabrique à Neuf", "12 rue Édouard Tremblay", "94400", "Vitry-sur-Seine", insee=VITRY))

# S7 Emmaüs Connect Saint-Denis: smartphone workshop every Monday 14:00-16:00 (7, 14, 21, 28); the 21st moved to 10:00-12:00
# at the médiathèque (RECURRENCE-ID).
cal(days("numerique-sd", 7, 14, 21, 28), "atelier-smartphone-saint-denis", S(7, "14:00"), E(7, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
    SUM("Atelier numérique : premiers pas sur smartphone"), LOC("Emmaüs Connect, 2 rue de la République, Saint-Denis"))
f.same_uid("atelier-smartphone-saint-denis@refer-idf.org", "DTSTAMP:20221020T100000Z", "RECURRENCE-ID;TZID=Europe/Paris:20221121T140000",
           S(21, "10:00"), E(21, "12:00"), SUM("Atelier numérique : premiers pas sur smartphone (matin, médiathèque)"),
           LOC("Médiathèque du centre-ville, 4 place de la Légion d'honneur, Saint-Denis"))
plat("numerique-sd-21", "Atelier numérique solidaire : premiers pas sur smartphone", 21, "10:00", "12:00", "Emmaüs Connect",
     P("Médiathèque du centre-ville", "4 place de la Légion d'honneur", "93200", "Saint-Denis"))
agenda("numerique-sd-14", "Premiers pas sur smartphone (séance 2/4)", [(14, "14:00", "16:00")], "Emmaüs Connect Saint-Denis",
       A("Emmaüs Connect", "2 rue de la République", "93200", "Saint-Denis", insee=STDENIS))
form("numerique-sd-28", "Emmaus Connect", "Atelier smartphone", 28, "après-midi", "Emmaüs Connect", "2 rue de la République", "93200",
     "St-Denis")
plat("numerique-sd-7", "Mois de l'ESS – Atelier numérique solidaire (tous les lundis)", 7, "14:00", "16:00", "Emmaüs Connect",
     P("Emmaüs Connect Saint-Denis", "2 rue de la République", "93200", "Saint-Denis"))

# S8 Le Méliès (Montreuil): film cycle every Thursday 20:00-22:30 (10, 17, 24), another film each week.
cal(days("cine-mtr", 10, 17, 24), "cycle-cine-ess-melies", S(10, "20:00"), E(10, "22:30"), "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3",
    SUM("Cycle ciné-débat : l'ESS à l'écran"), LOC("Cinéma Le Méliès, Montreuil"))
agenda("cine-mtr-10", "[Novembre ESS] Ciné-débat : Les Liberterres", [(10, "20:00", "22:30")], "Cinéma Le Méliès",
       A("Cinéma Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil", insee=MONTREUIL))
plat("cine-mtr-17", "Ciné-débat « Douce France »", 17, "20:00", "22:30", "Cinéma public Le Méliès",
     P("Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil"))
form("cine-mtr-24", "Ville de Montreuil - cinéma Le Méliès", "Ciné-débat ESS séance 3/3", 24, "soirée", "Le Méliès", "", "93100", "Montreuil")
agenda("cine-mtr-24", "[Novembre ESS] Ciné-débat : Nul homme n'est une île", [(24, "20:00", "22:30")], "Cinéma Le Méliès",
       A("Cinéma Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil", insee=MONTREUIL))

# S9 Fresque du Climat in Nanterre, Saturday 19: morning and afternoon (two VEVENTs)
ASSOS_NANTERRE = P("Maison des associations", "11 rue des Anciennes Mairies", "92000", "Nanterre")
cal("fresque-nanterre-am", "fresque-nanterre-1911-matin", S(19, "09:30"), E(19, "12:30"), SUM("Fresque du Climat"),
    LOC("Maison des associations, Nanterre"))
cal("fresque-nanterre-pm", "fresque-nanterre-1911-aprem", S(19, "14:00"), E(19, "17:00"), SUM("Fresque du Climat"),
    LOC("Maison des associations, Nanterre"))
plat("fresque-nanterre-am", "La Fresque du Climat (matin)", 19, "09:30", "12:30", "Nanterre en transition", ASSOS_NANTERRE)
plat("fresque-nanterre-pm", "La Fresque du Climat (après-midi)", 19, "14:00", "17:00", "Nanterre en transition", ASSOS_NANTERRE)
form("fresque-nanterre-pm", "Nanterre en Transition", "Fresque du climat", 19, "après-midi", "MDA", "11 rue des Anciennes Mairies", "92000",
     "Nanterre")

# S10 Cergy: bike workshop every other Saturday 10:00-12:00 (5, 19), the platform the 19th, the form the 5th.
cal(days("velo-cergy", 5, 19), "atelier-velo-touleuses", S(5, "10:00"), E(5, "12:00"), "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=2",
    SUM("Atelier vélo solidaire"), LOC("Maison de quartier des Touleuses"))
plat("velo-cergy-19", "Atelier de réparation vélo solidaire", 19, "10:00", "12:00", "Cergy Vélo Solidaire",
     P("Maison de quartier des Touleuses", "Place des Touleuses", "95000", "Cergy"))
form("velo-cergy-5", "CVS", "Atelier vélo", "samedi 5 novembre", "matin", "MDQ Touleuses", "", "95000", "Cergy")

# S11 Versailles: compost workshop every Wednesday 14:00-16:00 (2, 9, 16, 23, 30); LOCATION the town alone.
cal(days("compost-vers", 2, 9, 16, 23, 30), "compost-versailles-mercredi", S(2, "14:00"), E(2, "16:00"),
    "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20221130T225959Z", SUM("Atelier compostage partagé"), LOC("Versailles"))
plat("compost-vers-2", "Atelier compostage (tous les mercredis de novembre)", 2, "14:00", "16:00", "Versailles en transition",
     P("Jardin partagé des Récollets", "Rue des Récollets", "78000", "Versailles"))
agenda("compost-vers-2", "Atelier compostage partagé", [(d, "14:00", "16:00") for d in (2, 9, 16, 23, 30)], "Versailles en Transition",
       A("Jardin partagé des Récollets", "Rue des Récollets", "78000", "Versailles", insee=VERSAILLES))
form("compost-vers-23", "Versailles en transition", "Compostage au jardin des Récollets", 23, "14h-16h", "Jardin des Récollets", "",
     "78000", "Versailles")
form("compost-vers-9", "VET", "Atelier compost", "mercredi 9 novembre", "14h-16h", "Récollets", "", "78000", "Versailles")

# S12 Mains d'Œuvres (Saint-Ouen): Répar'Ordi every Tuesday 18:00-20:00 (8, 15, 22, 29), written as Paris time with a Z.
cal(days("ordi-stouen", 8, 15, 22, 29), "repar-ordi-mains-doeuvres", SBADZ(8, "18:00"), EBADZ(8, "20:00"), "RRULE:FREQ=WEEKLY;COUNT=4",
    SUM("Répar'Ordi"), LOC("Mains d'Œuvres, 1 rue Charles Garnier, Saint-Ouen"))
plat("ordi-stouen-15", "Répar'Ordi : atelier de réparation informatique", 15, "18:00", "20:00", "Mains d'Œuvres",
     P("Mains d'Œuvres", "1 rue Charles Garnier", "93400", "Saint-Ouen-sur-Seine"))
form("ordi-stouen-29", "Mains d'oeuvres", "Répar'ordi (tous les mardis)", 29, "18h-20h", "Mains d'Oeuvres", "1 rue Charles Garnier",
     "93400", "Saint-Ouen")
agenda("ordi-stouen-22", "Répar'Ordi – atelier de réparation d'ordinateurs", [(22, "18:00", "20:00")], "Association Mains d'Œuvres",
       A("Mains d'Œuvres", "1 rue Charles Garnier", "93400", "Saint-Ouen-sur-Seine", insee=STOUEN))

# S13 Romainville: visits of the Cité maraîchère every Wednesday 10:00-11:30 (9, 16, 23), floating.
cal(days("maraichere", 9, 16, 23), "visite-cite-maraichere", SF(9, "10:00"), EF(9, "11:30"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=3",
    SUM("Visite de la Cité maraîchère"), LOC("Cité maraîchère, Romainville"))
CITE_P = P("La Cité maraîchère", "50 rue Albert Giry", "93230", "Romainville")
plat("maraichere-9", "Visite guidée de la Cité maraîchère, ferme urbaine verticale", 9, "10:00", "11:30", "Ville de Romainville", CITE_P)
plat("maraichere-23", "Visite guidée de la Cité maraîchère, ferme urbaine verticale", 23, "10:00", "11:30", "Ville de Romainville", CITE_P)
agenda("maraichere-9", "Découvrez la Cité maraîchère", [(d, "10:00", "11:30") for d in (9, 16, 23)], "Cité maraîchère de Romainville",
       A("Cité maraîchère", "50 rue Albert Giry", "93230", "Romainville", insee=ROMAINVILLE))
form("maraichere-16", "Régie de la Cité maraîchère", "Visite de la ferme urbaine", 16, "", "Cité maraîchère", "", "93230", "Romainville")

# S14 Melun: permanence for ESS project holders Mondays and Thursdays 9:30-12:00 (14, 17, 21, 24).
cal(days("perm-melun", 14, 17, 21, 24), "permanence-ess-melun", S(14, "09:30"), E(14, "12:00"), "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4",
    SUM("Permanence création d'activité ESS"), LOC("Melun"))
plat("perm-melun-14", "Permanence : créer son activité dans l'ESS", 14, "09:30", "12:00", "Maison de l'entrepreneuriat Melun Val de Seine",
     P("Maison de l'entrepreneuriat", "2 avenue Gallieni", "77000", "Melun"))
agenda("perm-melun-21", "Permanence création d'activité ESS", [(21, "09:30", "12:00")], "MEMVS",
       A("Maison de l'entrepreneuriat", "2 avenue Gallieni", "77000", "Melun", insee=MELUN))
agenda("perm-melun-24", "Permanence création d'activité ESS", [(24, "09:30", "12:00")], "MEMVS",
       A("Maison de l'entrepreneuriat", "2 avenue Gallieni", "77000", "Melun", insee=MELUN))
form("perm-melun-17", "Maison de l'entrepreneuriat", "Permanence ESS", 17, "matin", "", "2 av. Gallieni", "77000", "Melun")

# S15 La REcyclerie (Paris 18e): Sunday swap-and-repair afternoons 15:00-18:00 (6, 13, 20, 27), UNTIL in UTC.
cal(days("recyclerie", 6, 13, 20, 27), "dimanches-recyclerie", S(6, "15:00"), E(6, "18:00"),
    "RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20221127T170000Z", SUM("Les dimanches de la REcyclerie : troc & répar'"),
    LOC("La REcyclerie, 83 boulevard Ornano, 75018 Paris"))
plat("recyclerie-13", "Troc et réparation à la REcyclerie", 13, "15:00", "18:00", "La REcyclerie",
     P("La REcyclerie", "83 boulevard Ornano", "75018", "Paris"))
agenda("recyclerie-27", "Dimanche troc & répar' – spécial Mois de l'ESS", [(27, "15:00", "18:00")], "REcyclerie",
       A("La REcyclerie", "83 bd Ornano", "75018", "Paris", insee=PARIS18))
form("recyclerie-20", "La Recyclerie", "Troc & réparation du dimanche", 20, "", "La REcyclerie", "83 bd Ornano", "75018", "Paris 18")

# Governance cycle of the Mouvement associatif (Tuesdays 8, 15, 22, 18:00-20:00): each session listed by one source alone
plat("gouv-1", "Cycle gouvernance partagée – séance 1 : qui décide dans mon association ?", 8, "18:00", "20:00",
     "Le Mouvement associatif Île-de-France", P("Maison de la vie associative et citoyenne du 11e", "8 rue du Général Renault", "75011", "Paris"))
agenda("gouv-2", "Gouvernance partagée (2/3) : animer une assemblée générale vivante", [(15, "18:00", "20:00")], "LMA IDF",
       A("MVAC 11", "8 rue du Général Renault", "75011", "Paris", insee=PARIS11))
form("gouv-3", "Le Mouvement Associatif IDF", "Gouvernance partagée séance 3", 22, "18h-20h", "MVAC 11e", "8 rue du Général Renault",
     "75011", "Paris")

# ═════════════════════════ ONE-OFF EVENTS ═════════════════════════

# O1 the regional launch at the Hôtel de Ville, Thursday 3, four sources
plat("lancement", "Soirée de lancement du Mois de l'ESS en Île-de-France", 3, "18:30", "21:30", "CRESS Île-de-France",
     P("Hôtel de Ville de Paris", "Place de l'Hôtel de Ville", "75004", "Paris"))
agenda("lancement", "Lancement francilien du Mois de l'Économie sociale et solidaire", [(3, "18:30", "21:30")],
       "Chambre régionale de l'économie sociale et solidaire d'Île-de-France",
       A("Hôtel de Ville", "Place de l'Hôtel de Ville", "75004", "Paris", insee=PARIS4))
cal("lancement", "lancement-mois-ess-idf", SZ(3, "18:30"), EZ(3, "21:30"), SUM("Mois de l'ESS 2022 : soirée de lancement"),
    LOC("Hôtel de Ville, Paris"))
form("lancement", "CRESS IDF", "Lancement du Mois de l'ESS", 3, "18h30-21h30", "Hôtel de Ville", "", "75004", "PARIS")

# O2 job forum in Saint-Denis, Tuesday 15 morning
plat("forum-emploi-sd", "Forum « L'ESS recrute » en Seine-Saint-Denis", 15, "09:30", "13:00", "Plaine Commune",
     P("Bourse du travail", "9-11 rue Génin", "93200", "Saint-Denis"))
agenda("forum-emploi-sd", "L'ESS recrute ! Forum emploi de Plaine Commune", [(15, "09:30", "13:00")], "Établissement public territorial Plaine Commune",
       A("Bourse du travail de Saint-Denis", "9 rue Génin", "93200", "Saint-Denis", insee=STDENIS))
form("forum-emploi-sd", "Plaine Commune - Direction emploi", "Forum ESS recrute", 15, "9h30-13h", "Bourse du travail", "9-11 rue Génin",
     "93200", "Saint-Denis")
cal("forum-emploi-sd", "forum-ess-recrute-plaine-commune", S(15, "09:30"), E(15, "13:00"), SUM("Forum L'ESS recrute"),
    LOC("Bourse du travail, Saint-Denis"))

# O3 debate at the Cité fertile (Pantin), Thursday 17
plat("debat-pantin", "Débat : la ville de demain sera-t-elle solidaire ?", 17, "18:30", "20:30", "Cité fertile",
     P("Cité fertile", "14 avenue Édouard Vaillant", "93500", "Pantin"))
cal("debat-pantin", "debat-ville-solidaire-cite-fertile", S(17, "18:30"), E(17, "20:30"), SUM("Débat : ville de demain et solidarités"),
    LOC("Cité fertile"))

# O4 / O5 two webinars at 11:00 on Tuesday 8
plat("web-fa", "Webinaire : financer son projet ESS avec France Active", 8, "11:00", "12:00", "France Active Île-de-France", ONLINE,
     modality="En ligne")
agenda("web-fa", "Financer son projet d'ESS (webinaire France Active)", [(8, "11:00", "12:00")], "France Active IDF", {}, mode=2,
       onlineAccessLink=ZOOM_FAIDF)
form("web-fa", "FA IDF", "Webinaire financement", 8, "11h-12h", "", "", "", "", "En ligne")
agenda("web-scic", "Créer une SCIC : mode d'emploi (webinaire)", [(8, "11:00", "12:00")], "Union régionale des Scop et Scic d'Île-de-France",
       {}, mode=2, onlineAccessLink=TEAMS_URSCOP)
cal("web-scic", "webinaire-scic-0811", SZ(8, "11:00"), EZ(8, "12:00"), SUM("Webinaire : créer une Scic"),
    f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_URSCOP}", ORG("URSCOP IDF", "idf@scop.coop"))

# O6 a film in Saint-Denis, Friday 18
plat("cine-sd", "Projection-débat : « Debout les femmes ! »", 18, "20:00", "22:30", "Cinéma L'Écran",
     P("Cinéma L'Écran", "14 passage de l'Aqueduc", "93200", "Saint-Denis"))
form("cine-sd", "L'Ecran", "Debout les femmes - projection débat", 18, "20h", "Cinéma L'Ecran", "", "93200", "Saint-Denis")
agenda("cine-sd", "Ciné-débat : Debout les femmes !", [(18, "20:00", "22:30")], "L'Écran de Saint-Denis",
       A("Cinéma L'Écran", "14 passage de l'Aqueduc", "93200", "Saint-Denis", insee=STDENIS))

# O7 solidarity market in Créteil, Saturday 26
plat("marche-creteil", "Marché solidaire et créateurs de l'ESS", 26, "10:00", "18:00", "Ville de Créteil",
     P("Place de l'Abbaye", "Place de l'Abbaye", "94000", "Créteil"))
agenda("marche-creteil", "Marché de l'ESS de Créteil", [(26, "10:00", "18:00")], "Créteil Solidarité",
       A("Place de l'Abbaye", "Place de l'Abbaye", "94000", "Créteil", insee=CRETEIL))
cal("marche-creteil", "marche-ess-creteil", SD(26), ED(26), SUM("Marché solidaire de Créteil"), LOC("Créteil"))

# O8 conference in Cergy, Wednesday 16
agenda("conf-cergy", "Conférence : l'entrepreneuriat social, une voie pour les jeunes diplômés", [(16, "18:00", "20:00")],
       "CY Cergy Paris Université", A("Campus des Chênes", "33 boulevard du Port", "95000", "Cergy", insee=CERGY))
form("conf-cergy", "CY Cergy Paris Univ.", "Conférence entrepreneuriat social", 16, "18h-20h", "Campus des Chênes", "33 bd du Port",
     "95000", "Cergy")

# O9 SIAE job dating in Évry-Courcouronnes, Thursday 24 morning
plat("jobdating-evry", "Job dating de l'insertion par l'activité économique", 24, "09:00", "12:00", "Grand Paris Sud",
     P("Maison de l'emploi", "3 allée Jean Ferrat", "91000", "Évry-Courcouronnes"))
agenda("jobdating-evry", "Job dating IAE – Grand Paris Sud", [(24, "09:00", "12:00")], "GPS Agglomération",
       A("Maison de l'emploi", "3 allée Jean Ferrat", "91000", "Évry-Courcouronnes", insee=EVRY))
form("jobdating-evry", "Grand Paris Sud", "Job dating IAE", 24, "9h-12h", "MDE", "", "91080", "EVRY COURCOURONNES")

# O10 meeting of ESS players in Melun, Monday 21 evening
plat("rencontre-melun", "Rencontre des acteurs de l'ESS de Melun Val de Seine", 21, "18:00", "20:30", "Communauté d'agglomération Melun Val de Seine",
     P("Espace Saint-Jean", "26 place Saint-Jean", "77000", "Melun"))
form("rencontre-melun", "CAMVS", "Rencontre acteurs ESS", 21, "18h", "Espace St-Jean", "", "77000", "Melun")

# O11 open day of a Nanterre ressourcerie, Saturday 12
cal("po-ressourcerie-nanterre", "portes-ouvertes-ressourcerie-nanterre", S(12, "10:00"), E(12, "17:00"),
    SUM("Portes ouvertes de la ressourcerie"), LOC("La Ressourcerie de Nanterre, 8 rue des Pâquerettes, 92000 Nanterre"))
plat("po-ressourcerie-nanterre", "Journée portes ouvertes : La Ressourcerie de Nanterre", 12, "10:00", "17:00", "Ressourcerie de Nanterre",
     P("La Ressourcerie", "8 rue des Pâquerettes", "92000", "Nanterre"))

# O12 round table at the Région (Saint-Ouen), Tuesday 22 morning
plat("achats-region", "Table ronde : achats responsables et ESS", 22, "09:30", "12:00", "Région Île-de-France",
     P("Siège du Conseil régional", "2 rue Simone Veil", "93400", "Saint-Ouen-sur-Seine"))
agenda("achats-region", "Achats responsables : l'ESS, partenaire des acheteurs publics", [(22, "09:30", "12:00")], "Région IDF",
       A("Conseil régional d'Île-de-France", "2 rue Simone Veil", "93400", "Saint-Ouen-sur-Seine", insee=STOUEN))
form("achats-region", "Conseil régional IDF", "Table ronde achats responsables", 22, "matin", "Conseil régional", "2 rue Simone Veil",
     "93400", "St Ouen")

# O13 workshop « créer son association » in Paris 12e, Wednesday 9 evening
agenda("creer-asso", "Atelier : créer son association, les premières étapes", [(9, "18:30", "20:30")], "Maison de la vie associative du 12e",
       A("MVAC 12", "181 avenue Daumesnil", "75012", "Paris", insee=PARIS12))
form("creer-asso", "MVAC Paris 12", "Créer son asso", 9, "18h30-20h30", "", "181 av. Daumesnil", "75012", "Paris 12e")

# O14 visit of Enercoop (form alone), Friday 25
form("visite-enercoop", "Enercoop", "Visite : l'énergie coopérative", 25, "14h", "Enercoop", "16-18 quai de Loire", "75019", "Paris")

# O15 volunteering forum in Vincennes, Saturday 19 (agenda alone)
agenda("benevolat-vincennes", "Forum du bénévolat", [(19, "14:00", "18:00")], "Vincennes Solidaire",
       A("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes", insee=VINCENNES))

# O16 REFER's webinar on re-use in public procurement, Thursday 17 lunchtime
cal("web-reemploi", "webinaire-reemploi-marches-publics", SZ(17, "12:30"), EZ(17, "13:30"),
    SUM("Webinaire : intégrer le réemploi dans les marchés publics"), LOC("En ligne"), f"URL:{ZOOM_REFER}")
plat("web-reemploi", "Le réemploi dans la commande publique (webinaire)", 17, "12:30", "13:30", "REFER - Réseau francilien du réemploi",
     ONLINE, modality="En ligne")
form("web-reemploi", "REFER", "Webinaire réemploi & marchés publics", 17, "12h30-13h30", "Zoom", "", "", "", "Visio")

# O17 Disco Soupe, place de la République, Sunday 20
cal("disco-soupe", "disco-soupe-republique", SF(20, "12:00"), EF(20, "16:00"), SUM("Disco Soupe géante"), LOC("Place de la République, Paris"))
agenda("disco-soupe", "Disco Soupe anti-gaspi", [(20, "12:00", "16:00")], "Disco Soupe Paris",
       A("Place de la République", "Place de la République", "75011", "Paris", insee=PARIS11))

# O18 the closing evening at La Bellevilloise, Wednesday 30, four sources
plat("cloture", "Soirée de clôture du Mois de l'ESS francilien", 30, "19:00", "23:00", "CRESS Île-de-France",
     P("La Bellevilloise", "19-21 rue Boyer", "75020", "Paris"))
agenda("cloture", "Clôture du Mois de l'ESS 2022", [(30, "19:00", "23:00")], "CRESS IDF",
       A("La Bellevilloise", "19-21 rue Boyer", "75020", "Paris", insee=PARIS20))
cal("cloture", "cloture-mois-ess-idf", SZ(30, "19:00"), EZ(30, "23:00"), SUM("Clôture du Mois de l'ESS"), LOC("La Bellevilloise"))
form("cloture", "CRESS Ile-de-France", "Mois de l'ESS - soirée de clôture", 30, "19h", "La Bellevilloise", "", "75020", "Paris")

# O19 conférence gesticulée in Bagnolet, Friday 25
plat("gesticulee", "Conférence gesticulée : « Inculture(s) – l'ESS racontée autrement »", 25, "20:30", "22:30", "SCOP Le Pavé",
     P("Le Samovar", "165 avenue Pasteur", "93170", "Bagnolet"))
agenda("gesticulee", "Conférence gesticulée sur l'ESS", [(25, "20:30", "22:30")], "Le Samovar",
       A("Le Samovar", "165 av. Pasteur", "93170", "Bagnolet", insee=BAGNOLET))
form("gesticulee", "Le Samovar", "Conférence gesticulée", 25, "20h30", "Le Samovar", "165 avenue Pasteur", "93170", "Bagnolet")

# O20 a Fresque du Climat in Créteil, Thursday 24 evening (another Fresque than Nanterre's)
plat("fresque-creteil", "La Fresque du Climat", 24, "18:30", "21:30", "La Fresque du Climat",
     P("Maison des associations", "1 rue François Mauriac", "94000", "Créteil"))
form("fresque-creteil", "Fresque du Climat 94", "Fresque du Climat", 24, "18h30", "Maison des associations", "", "94000", "Créteil")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    print(f"listings expected {f.listings}, read {len(events)}")
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
