"""Blind set dense_paca-1 (helper, 7 Dec 2026): Provence-Alpes-Côte d'Azur, DENSE, written before reading the merge
rules. 160 real events of November 2022 listed 329 times (223 true pairs) by four sources: Marseille and its arrondissements
and quarters (Belsunce and Coco Velten, Noailles, La Belle de Mai and the Friche, Le Panier, La Joliette and the Docks,
Castellane and the Cours Julien, Saint-Barnabé, the quartiers Nord: Merlan, Sainte-Marthe, La Viste, L'Estaque,
Les Aygalades; the Hôtel de Région « Marseille Cedex 20 »), Aix-en-Provence (« Aix », Les Milles), Aubagne, Gémenos
(Scop-Ti), La Ciotat, Martigues, Istres, Salon, Vitrolles, Gardanne, Arles, Tarascon, Avignon, Carpentras, Orange,
Cavaillon, Apt, Cucuron, Toulon, La Seyne-sur-Mer (« La Seyne »), Hyères, Six-Fours, Brignoles, Draguignan, Fréjus,
Correns, Nice (Le 109, L'Ariane), Cannes, Antibes, Valbonne-Sophia Antipolis, Grasse, Mouans-Sartoux,
Saint-Martin-Vésubie, Gap, Briançon, Embrun, Digne-les-Bains, Manosque, Forcalquier, Mane, Sisteron.
Four sources: the national platform's JSON; the CRESS PACA's OpenAgenda (insee of the arrondissement or of the
commune, attendanceMode 2 with onlineAccessLink, several timings of a two-day market or of an exhibition's open days);
the regional network's iCalendar (UTC « Z », TZID, floating, VALUE=DATE all-day and multi-day spans, RRULE weekly
sessions, one VEVENT per day of a fair, LOCATION the venue alone, the quarter, « Marseille 3e », « 13014 », the town
alone, the venue with the town glued on or a street address, CONFERENCE / URL of webinars); the CRESS registration
form (Windows-1252 `;` CSV: acronyms, networks credited for their members, « 14h-17h », « 14h30 », « matin »,
« après-midi », « Toute la journée », a date without hours, « du 4 au 26 novembre », « Visio », « Webinaire »,
« Cedex » codes, towns in capitals or abbreviated).
Hard negatives (about a third of the events): four repair cafés in Marseille the same Saturday 19 (Belsunce, Belle
de Mai, Cours Julien the afternoon, Saint-Barnabé the morning) plus Aix (afternoon; Les Milles the morning), Salon
(morning), Toulon, Nice-Ariane, Apt, Orange, La Seyne; seven Fresques du Climat the evening of Thursday 17 (Marseille, Aix,
Gardanne, Toulon, Nice, Avignon, Gap) with a Fresque du numérique in Marseille and a Fresque de la biodiversité in
Manosque that evening, and a second Fresque at Marseille's Cité des associations a week later; one film the evening of Tuesday 15 in Marseille, Aix, Avignon and Gap; job datings the morning
of Tuesday 22 (Marseille, Nice, Toulon, Vitrolles) and afternoon ones (quartiers Nord, Nice Ouest, Brignoles); three
webinars at 11:00 on Tuesday 15 and two at 14:00 on Thursday 10; afterworks the evening of Thursday 10 in Marseille,
Aix, Nice and Cannes; morning and afternoon at the Hôtel de Région (3), the Friche (12), Noailles (12), the Cité des
associations (24) and Le 109 (18); a forum and its round table at the Pharo; an exhibition and its vernissage; two
sessions of a course, two visits of Scop-Ti, two walks of Hôtel du Nord; weekly series (CAE meetings, bike workshops,
sewing workshops); two ressourceries' open days the same Saturday; two Christmas markets the same week-end in
Marseille and Avignon (and one day in Aix); two events the same day in Carpentras, Martigues, La Seyne, Arles."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
import itertools
from datetime import datetime, timedelta
from south import *

sources("cress-paca-openagenda", "reseau-paca-ical", "cress-paca-tableur")


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
def CONF(link): return f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{link}"
def URL(link): return f"URL:{link}"
def OA(text): return {"fr": text}


pid = itertools.count(1).__next__          # the platform's ids
aid = itertools.count(22001).__next__      # OpenAgenda uids
_fid = itertools.count(1).__next__
def fid(): return f"SUD-22-{_fid():03d}"  # the form's registration numbers

MRS = "13055"
ARR = {n: f"132{n:02d}" for n in range(1, 17)}          # Marseille's arrondissements (INSEE)
AIX, AUBAGNE, CIOTAT, MARTIGUES, ARLES, GEMENOS = "13001", "13005", "13028", "13056", "13004", "13042"
AVIGNON, CARPENTRAS, ORANGE, CAVAILLON, APT = "84007", "84031", "84087", "84035", "84003"
TOULON, SEYNE, HYERES = "83137", "83126", "83069"
NICE, CANNES, ANTIBES, GRASSE, VALBONNE, MOUANS = "06088", "06029", "06004", "06069", "06152", "06084"
GAP, BRIANCON, DIGNE, MANOSQUE, FORCALQUIER = "05061", "05023", "04070", "04112", "04088"

ZOOM_FA = "https://us02web.zoom.us/j/86123456789?pwd=RnJhbmNlQWN0aXZlUEFDQQ"
ZOOM_CRESS = "https://us06web.zoom.us/j/81234509876"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VXJzY29wU3VkVHJhbnNtaXNzaW9u@thread.v2/0"
TEAMS_REGION = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_UmVnaW9uU3VkQWlkZXNFU1M@thread.v2/0"
ZOOM_LMA = "https://us02web.zoom.us/j/84455667788"
ZOOM_DLA = "https://us06web.zoom.us/j/87766554433"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Réseau ESS Sud - agenda du Mois de l'ESS\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []

# ───────────────────────── Marseille: Hôtel de Région, Joliette, Panier ─────────────────────────

# 1 regional launch evening at the Hôtel de Région, four sources; 2 France Active's morning at the same place
f.on_platform("lancement", pid(), "Soirée de lancement du Mois de l'ESS en Provence-Alpes-Côte d'Azur", at(3, "18:00"), at(3, "21:00"),
              "CRESS Provence-Alpes-Côte d'Azur", P("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"),
              description="Ouverture régionale du Mois de l'ESS : table ronde, présentation du programme et cocktail.")
f.on_agenda("lancement", aid(), "Lancement régional du Mois de l'Économie Sociale et Solidaire", [(at(3, "18:00"), at(3, "21:30"))],
            "Chambre régionale de l'économie sociale et solidaire PACA",
            A("Hôtel de Région - hémicycle", "27 Place Jules Guesde", "13002", "Marseille", insee=ARR[2], latitude=43.3028, longitude=5.3697))
f.in_calendar("lancement", "lancement-mois-ess-2022@reseau-ess-sud.org", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS : soirée de lancement"),
              LOC("Hôtel de Région, Marseille"))
rows.append(("lancement", row(fid(), "CRESS PACA", "Lancement Mois de l'ESS", "03/11/2022", "18h-21h", "Hôtel de Région",
                              "27 place Jules Guesde", "13481", "Marseille Cedex 20")))
f.on_platform("financeurs-region", pid(), "Rencontre des financeurs solidaires", at(3, "09:30"), at(3, "12:00"), "France Active Provence-Alpes-Côte d'Azur",
              P("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
rows.append(("financeurs-region", row(fid(), "France Active PACA", "Matinée des financeurs solidaires", "03/11/2022", "matin", "Hôtel de Région",
                                      "27 pl. Jules Guesde", "13002", "MARSEILLE")))

# 3 the URSCOP's training day at the Docks the same Thursday
f.on_agenda("scic-formation", aid(), "Formation : créer et gouverner une Scic", [(at(3, "09:00"), at(3, "17:00"))], "Union régionale des Scop et Scic Sud",
            A("Les Docks - Atrium 10.4", "10 place de la Joliette", "13002", "Marseille", insee=ARR[2]))
rows.append(("scic-formation", row(fid(), "URSCOP Sud", "Formation Scic", "03/11/2022", "Toute la journée", "Les Docks", "10 place de la Joliette",
                                   "13002", "Marseille")))

# 4-7 Cap Services' information meeting every Tuesday (8, 15, 22, 29): RRULE, two platform sessions, one form row
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "reunion-info-cae-capservices@reseau-ess-sud.org", SZ(8, "09:30"), EZ(8, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective CAE"), LOC("Cap Services, Les Docks, 10 place de la Joliette, Marseille"))
f.on_platform("cae-8", pid(), "Entreprendre en coopérative d'activité et d'emploi : réunion d'information", at(8, "09:30"), at(8, "11:30"),
              "Cap Services", P("Cap Services - Les Docks", "10 place de la Joliette", "13002", "Marseille"))
f.on_platform("cae-22", pid(), "Entreprendre en coopérative d'activité et d'emploi : réunion d'information", at(22, "09:30"), at(22, "11:30"),
              "Cap Services", P("Cap Services - Les Docks", "10 place de la Joliette", "13002", "Marseille"))
rows.append(("cae-15", row(fid(), "Cap Services (CAE)", "Réunion d'info CAE", "15/11/2022", "9h30-11h30", "", "10 place de la Joliette", "13002",
                           "Marseille")))

# 8 the closing evening at the Docks, and 9 a talk at the Mucem the same evening
f.on_platform("cloture", pid(), "Soirée de clôture du Mois de l'ESS", at(30, "18:00"), at(30, "21:00"), "CRESS Provence-Alpes-Côte d'Azur",
              P("Les Docks Village", "10 place de la Joliette", "13002", "Marseille"))
f.on_agenda("cloture", aid(), "Clôture du Mois de l'ESS 2022 en région Sud", [(at(30, "18:00"), at(30, "21:00"))], "CRESS PACA",
            A("Les Docks", "10 Place de la Joliette", "13002", "Marseille", insee=ARR[2]))
f.in_calendar("cloture", "cloture-mois-ess-2022@reseau-ess-sud.org", S(30, "18:00"), E(30, "21:00"), SUM("Soirée de clôture - Mois de l'ESS"),
              LOC("La Joliette"))
rows.append(("cloture", row(fid(), "CRESS", "Mois de l'ESS - clôture", "30/11/2022", "18h", "Docks Village", "", "13002", "Marseille")))
f.on_platform("mucem", pid(), "Rencontre : l'alimentation durable en Méditerranée", at(30, "18:30"), at(30, "20:00"), "Mucem",
              P("Mucem - auditorium Germaine Tillion", "7 promenade Robert Laffont", "13002", "Marseille"))
f.on_agenda("mucem", aid(), "Mois de l'ESS – Nourrir la Méditerranée autrement : rencontre au Mucem", [(at(30, "18:30"), at(30, "20:00"))],
            "Mucem", A("Mucem", "7 Promenade Robert Laffont", "13002", "Marseille", insee=ARR[2]))
f.in_calendar("mucem", "rencontre-mucem-alimentation@reseau-ess-sud.org", SZ(30, "18:30"), EZ(30, "20:00"),
              SUM("Alimentation durable en Méditerranée (rencontre)"), LOC("Mucem, Marseille"))

# 10 a conference at the Archives départementales (Joliette)
f.on_agenda("archives-mutuelles", aid(), "Conférence : deux siècles de sociétés de secours mutuels à Marseille", [(at(18, "18:00"), at(18, "19:30"))],
            "Archives et bibliothèque départementales", A("Archives départementales Gaston Defferre", "18-20 rue Mirès", "13003", "Marseille",
                                                           insee=ARR[3]))
rows.append(("archives-mutuelles", row(fid(), "AD13", "Conférence histoire des mutuelles", "18/11/2022", "18h-19h30", "Archives départementales",
                                       "18 rue Mirès", "13003", "Marseille")))

# 11 / 12 Hôtel du Nord's walks: Le Panier (Saturday 5) and the quartiers Nord (Saturday 19)
f.on_platform("balade-panier", pid(), "Balade urbaine : l'économie solidaire au Panier", at(5, "10:00"), at(5, "12:00"), "Coopérative Hôtel du Nord",
              P("Place de Lenche", "Place de Lenche", "13002", "Marseille"))
f.in_calendar("balade-panier", "balade-panier-0511@reseau-ess-sud.org", S(5, "10:00"), E(5, "12:00"), SUM("Balade ESS au Panier"), LOC("Le Panier"))
f.on_agenda("balade-nord", aid(), "Balade patrimoniale : les quartiers Nord qui coopèrent", [(at(19, "10:00"), at(19, "12:30"))], "Hôtel du Nord",
            A("Gare de Saint-Louis", "Boulevard Henri Barnier", "13015", "Marseille", insee=ARR[15]))
rows.append(("balade-nord", row(fid(), "Coopérative Hôtel du Nord", "Balade quartiers Nord", "19/11/2022", "10h-12h30", "Gare de St-Louis", "",
                                "13015", "Marseille")))

# 13-16 a sewing workshop at the Baussenque social centre (Le Panier) every Monday: RRULE, an agenda session, a form row
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (7, 14, 21, 28)}
f.in_calendar(COUTURE, "atelier-couture-baussenque@reseau-ess-sud.org", SF(7, "14:00"), EF(7, "16:00"), "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4",
              SUM("Atelier couture & réemploi"), LOC("Centre social Baussenque, Marseille 2e"))
f.on_agenda("couture-21", aid(), "Couture zéro déchet : sacs à vrac et tote bags", [(at(21, "14:00"), at(21, "16:00"))],
            "Centre social Baussenque", A("Centre social Baussenque", "34 rue Baussenque", "13002", "Marseille", insee=ARR[2]))
rows.append(("couture-14", row(fid(), "CS Baussenque", "Atelier couture réemploi", "14/11/2022", "14h-16h", "Centre social", "34 rue Baussenque",
                               "13002", "Marseille")))

# 17 the Vieille Charité's round table
f.on_platform("charite-table-ronde", pid(), "Table ronde : culture et économie sociale, quelles alliances ?", at(16, "18:00"), at(16, "20:00"),
              "Réseau Sud Tiers-lieux", P("La Vieille Charité", "2 rue de la Charité", "13002", "Marseille"))
f.on_agenda("charite-table-ronde", aid(), "Culture & ESS : table ronde à la Vieille Charité", [(at(16, "18:00"), at(16, "20:00"))], "Sud Tiers-Lieux",
            A("Centre de la Vieille Charité", "2 Rue de la Charité", "13002", "Marseille", insee=ARR[2]))

# 18 La Plateforme_'s Fresque du numérique, Thursday 17 evening (the Fresques du Climat are below)
f.in_calendar("fresque-num-mrs", "fresque-numerique-laplateforme@reseau-ess-sud.org", SZ(17, "18:30"), EZ(17, "21:00"), SUM("Fresque du Numérique"),
              LOC("La Plateforme_, 8 rue d'Hozier, Marseille"))
f.on_agenda("fresque-num-mrs", aid(), "Atelier Fresque du numérique", [(at(17, "18:30"), at(17, "21:00"))], "La Plateforme_",
            A("La Plateforme_", "8 rue d'Hozier", "13002", "Marseille", insee=ARR[2]))

# 19 / 20 the hackathon of La Plateforme_ over two days (25-26), one VEVENT per day; 21 the CRESS's breakfast at its seat
f.on_platform("hackathon", pid(), "Hackathon Tech for Good : des outils numériques pour l'ESS", at(25, "09:00"), at(26, "18:00"), "La Plateforme_",
              P("La Plateforme_", "8 rue d'Hozier", "13002", "Marseille"))
f.in_calendar("hackathon", "hackathon-tfg-j1@reseau-ess-sud.org", S(25, "09:00"), E(25, "19:00"), SUM("Hackathon Tech for Good (jour 1)"),
              LOC("La Plateforme_"))
f.in_calendar("hackathon", "hackathon-tfg-j2@reseau-ess-sud.org", S(26, "09:00"), E(26, "18:00"), SUM("Hackathon Tech for Good (jour 2)"),
              LOC("La Plateforme_"))
f.on_agenda("hackathon", aid(), "Hackathon « Tech for Good »", [(at(25, "09:00"), at(25, "19:00")), (at(26, "09:00"), at(26, "18:00"))], "La Plateforme_",
            A("La Plateforme_", "8 rue d'Hozier", "13002", "Marseille", insee=ARR[2]))
f.on_platform("pdj-cress", pid(), "Petit-déjeuner de l'ESS : les achats socialement responsables", at(18, "08:30"), at(18, "10:00"), "CRESS PACA",
              P("CRESS PACA", "2 place Sadi Carnot", "13002", "Marseille"))
rows.append(("pdj-cress", row(fid(), "Chambre régionale de l'ESS", "P'tit déj achats responsables", "18/11/2022", "8h30-10h", "CRESS",
                              "2 pl. Sadi Carnot", "13002", "Marseille")))

# 22 a round table of the CRESS on equality, Tuesday 8
f.on_platform("egalite-cress", pid(), "Table ronde : l'égalité femmes-hommes dans l'ESS", at(8, "18:00"), at(8, "20:00"), "CRESS PACA",
              P("CRESS PACA", "2 place Sadi Carnot", "13002", "Marseille"))
f.in_calendar("egalite-cress", "table-ronde-egalite@reseau-ess-sud.org", SZ(8, "18:00"), SUM("Égalité femmes/hommes dans l'ESS : table ronde"),
              LOC("2 place Sadi Carnot, 13002 Marseille"))

# ───────────────────────── Belsunce, Noailles, Cours Julien, Castellane ─────────────────────────

# 23 the Cité des associations on Thursday 24: training in the morning, legal desk in the afternoon; 24 a digital workshop the 9th
CITE = P("Cité des associations", "93 La Canebière", "13001", "Marseille")
f.on_platform("cite-benevoles", pid(), "Formation des bénévoles : animer une assemblée générale", at(24, "09:30"), at(24, "12:30"),
              "Cité des associations de la Ville de Marseille", CITE)
rows.append(("cite-benevoles", row(fid(), "Cité des Associations", "Formation bénévoles AG", "24/11/2022", "matin", "Cité des associations",
                                   "93 la Canebière", "13001", "Marseille")))
f.on_agenda("cite-juridique", aid(), "Permanence juridique gratuite pour les associations", [(at(24, "14:00"), at(24, "17:00"))],
            "Cité des associations", A("Cité des associations", "93 La Canebière", "13001", "Marseille", insee=ARR[1]))
rows.append(("cite-juridique", row(fid(), "Cité des Associations", "Permanence juridique assos", "24/11/2022", "après-midi", "Cité des associations",
                                   "93 la Canebière", "13001", "Marseille")))
f.on_agenda("cite-numerique", aid(), "Atelier numérique : créer le site web de son association", [(at(9, "14:00"), at(9, "16:00"))],
            "Cité des associations", A("Cité des associations", "93 La Canebière", "13001", "Marseille", insee=ARR[1]))
rows.append(("cite-numerique", row(fid(), "Cité des associations", "Atelier créer son site internet", "09/11/2022", "14h-16h", "",
                                   "93 La Canebière", "13001", "Marseille")))

# 26 the Fresque du Climat of Marseille, Thursday 17 (Cité des associations)
f.on_platform("fresque-mrs", pid(), "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat", CITE)
f.on_agenda("fresque-mrs", aid(), "Atelier Fresque du Climat - Marseille", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Marseille",
            A("Cité des Associations", "93 la Canebière", "13001", "Marseille", insee=ARR[1]))
rows.append(("fresque-mrs", row(fid(), "Fresque du climat", "Fresque du Climat", "17/11/2022", "18h30-21h30", "Cité des assos", "", "13001",
                                "Marseille")))

# 26b a second Fresque du Climat at the Cité des associations a week later (Thursday 24)
f.in_calendar("fresque-mrs-24", "fresque-climat-marseille-2411@reseau-ess-sud.org", S(24, "18:30"), E(24, "21:30"), SUM("Fresque du Climat"),
              LOC("Cité des associations, Marseille"))
rows.append(("fresque-mrs-24", row(fid(), "Fresque du climat", "Fresque du Climat (2e session)", "24/11/2022", "18h30-21h30", "Cité des assos", "",
                                   "13001", "Marseille")))

# 27-29 repair cafés on Saturday 19: Belsunce (Coco Velten), Belle de Mai and Cours Julien the afternoon
f.on_platform("rc-belsunce", pid(), "Repair Café Belsunce", at(19, "14:00"), at(19, "17:00"), "Repair Café Marseille",
              P("Coco Velten", "16 rue Bernard du Bois", "13001", "Marseille"))
f.in_calendar("rc-belsunce", "repair-cafe-belsunce-1911@reseau-ess-sud.org", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café"), LOC("Belsunce"))
rows.append(("rc-belsunce", row(fid(), "Repair Café Marseille", "Repair café à Coco Velten", "19/11/2022", "14h-17h", "Coco Velten", "", "13001",
                                "Marseille")))
f.on_agenda("rc-bellemai", aid(), "Repair Café de la Belle de Mai", [(at(19, "14:00"), at(19, "18:00"))], "Les Têtes de l'Art",
            A("Les Têtes de l'Art", "29 rue Toussaint", "13003", "Marseille", insee=ARR[3]))
f.in_calendar("rc-bellemai", "repair-cafe-belledemai-1911@reseau-ess-sud.org", S(19, "14:00"), E(19, "18:00"), SUM("Repair Café Belle de Mai"),
              LOC("Marseille 3e"))
f.on_platform("rc-julien", pid(), "Repair café du Cours Julien", at(19, "14:30"), at(19, "17:30"), "L'Équitable Café",
              P("L'Équitable Café", "54 cours Julien", "13006", "Marseille"))
rows.append(("rc-julien", row(fid(), "Equitable Café", "Repair Café", "19/11/2022", "14h30", "L'Equitable Café", "54 cours Julien", "13006",
                              "Marseille")))

# 30 a cooperative games night at L'Équitable Café (calendar alone)
f.in_calendar("jeux-equitable", "soiree-jeux-coop-equitable@reseau-ess-sud.org", SF(4, "19:00"), EF(4, "22:00"), SUM("Soirée jeux coopératifs"),
              LOC("L'Équitable Café, 54 cours Julien, 13006 Marseille"))

# 31 / 32 Noailles on Saturday 12: disco soupe at the market at midday, a visit of the quarter's solidarity shops in the afternoon
f.on_agenda("discosoupe-noailles", aid(), "Disco Soupe au marché de Noailles", [(at(12, "11:00"), at(12, "14:00"))], "Disco Soupe Marseille",
            A("Marché des Capucins", "Place des Capucins", "13001", "Marseille", insee=ARR[1]))
f.in_calendar("discosoupe-noailles", "disco-soupe-noailles@reseau-ess-sud.org", SZ(12, "11:00"), EZ(12, "14:00"), SUM("Disco soupe anti-gaspi"),
              LOC("Noailles"))
f.on_platform("visite-noailles", pid(), "Visite : les commerces solidaires de Noailles", at(12, "14:30"), at(12, "16:30"), "Noailles Ensemble",
              P("Marché des Capucins", "Place des Capucins", "13001", "Marseille"))

# 33 the women entrepreneurs' coffee at Coco Velten, Monday 7
f.in_calendar("cafe-entrepreneuses", "cafe-entrepreneuses-0711@reseau-ess-sud.org", S(7, "09:30"), E(7, "11:30"),
              SUM("Café des entrepreneuses de l'ESS"), LOC("Coco Velten, Marseille"))
rows.append(("cafe-entrepreneuses", row(fid(), "Les Premières Sud", "Café-rencontre entrepreneuses ESS", "07/11/2022", "9h30-11h30", "Coco Velten",
                                        "16 rue Bernard du Bois", "13001", "Marseille")))

# 34 the afterwork of social entrepreneurs, Thursday 10 (Coco Velten again)
f.on_platform("afterwork-mrs", pid(), "Afterwork des entrepreneurs sociaux", at(10, "18:30"), at(10, "21:00"), "Mouves Sud",
              P("Coco Velten", "16 rue Bernard du Bois", "13001", "Marseille"))
f.in_calendar("afterwork-mrs", "afterwork-mouves-sud@reseau-ess-sud.org", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Marseille"))

# 35 the ciné-débat « Bigger Than Us » at Les Variétés, Tuesday 15 (Aix, Avignon and Gap below)
f.on_platform("cine-mrs", pid(), "Ciné-débat : Bigger Than Us", at(15, "20:00"), at(15, "22:30"), "Alternatiba Marseille",
              P("Cinéma Les Variétés", "37 rue Vincent Scotto", "13001", "Marseille"))
f.on_agenda("cine-mrs", aid(), "Projection-débat « Bigger than us » de Flore Vasseur", [(at(15, "20:00"), at(15, "22:30"))], "Alternatiba Marseille",
            A("Les Variétés", "37 Rue Vincent Scotto", "13001", "Marseille", insee=ARR[1]),
            description=OA("Projection du documentaire suivie d'un débat avec des jeunes engagés de l'ESS marseillaise."))
f.in_calendar("cine-mrs", "cine-bigger-marseille@reseau-ess-sud.org", SZ(15, "20:00"), SUM("Ciné-débat Bigger than Us"), LOC("Cinéma Les Variétés"))

# 36 « Douce France » at Le César, place Castellane, Thursday 10 (La Ciotat has it on the 18th)
f.on_platform("cine-cesar", pid(), "Ciné-débat « Douce France » : quelle terre pour demain ?", at(10, "20:00"), at(10, "22:30"), "Terre de Liens PACA",
              P("Cinéma Le César", "4 place Castellane", "13006", "Marseille"))
rows.append(("cine-cesar", row(fid(), "Terre de liens Provence-Alpes-Côte d'Azur", "Projection débat Douce France", "10/11/2022", "20h",
                               "Cinéma César", "", "13006", "Marseille")))

# 37 the café of associations of the 6th, Monday 14
f.in_calendar("cafe-asso-6e", "cafe-associations-6e@reseau-ess-sud.org", S(14, "18:00"), E(14, "20:00"), SUM("Café des associations du 6e"),
              LOC("Marseille 6e"))
rows.append(("cafe-asso-6e", row(fid(), "Mairie des 6e et 8e arrondissements", "Café des assos", "14/11/2022", "18h-20h", "Mairie de secteur",
                                 "125 rue du Commandant Rolland", "13008", "Marseille")))

# 38-42 Vélos en Ville's participatory workshop every Wednesday (2 to 30): RRULE, the platform the 16th, the form the 9th
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (2, 9, 16, 23, 30)}
f.in_calendar(VELO, "atelier-velo-participatif@reseau-ess-sud.org", S(2, "17:00"), E(2, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5",
              SUM("Atelier vélo participatif"), LOC("Collectif Vélos en Ville, Marseille 1er"))
f.on_platform("velo-16", pid(), "Atelier d'autoréparation de vélos", at(16, "17:00"), at(16, "20:00"), "Collectif Vélos en Ville",
              P("Atelier du Collectif Vélos en Ville", "5 rue d'Anvers", "13001", "Marseille"))
rows.append(("velo-9", row(fid(), "CVV", "Atelier vélo", "09/11/2022", "17h-20h", "Atelier CVV", "5 rue d'Anvers", "13001", "Marseille")))

# ───────────────────────── La Belle de Mai ─────────────────────────

# 43 / 44 the Friche on Saturday 12: farmers' market in the morning, a conference in the afternoon
FRICHE = P("Friche la Belle de Mai", "41 rue Jobin", "13003", "Marseille")
f.on_platform("marche-friche", pid(), "Marché paysan et solidaire de la Friche", at(12, "09:00"), at(12, "13:00"), "Friche la Belle de Mai", FRICHE)
f.in_calendar("marche-friche", "marche-paysan-friche-1211@reseau-ess-sud.org", S(12, "09:00"), E(12, "13:00"), SUM("Marché paysan de la Friche"),
              LOC("Friche la Belle de Mai"))
f.on_agenda("conf-friche", aid(), "Conférence : les communs urbains, une autre manière de faire la ville", [(at(12, "15:00"), at(12, "17:00"))],
            "Friche la Belle de Mai", A("Friche la Belle de Mai - Petit Plateau", "41 Rue Jobin", "13003", "Marseille", insee=ARR[3]))
f.in_calendar("conf-friche", "conf-communs-friche@reseau-ess-sud.org", SZ(12, "15:00"), EZ(12, "17:00"), SUM("Les communs urbains (conférence)"),
              LOC("La Friche, Marseille"))
rows.append(("conf-friche", row(fid(), "SCIC Friche Belle de Mai", "Conférence communs urbains", "12/11/2022", "15h-17h", "Friche Belle de Mai",
                                "41 rue Jobin", "13003", "Marseille")))

# 45 open doors of the Couvent Levat (Saturday 26), 46 the opening of the Belle de Mai solidarity grocery (Friday 25)
f.on_platform("couvent-levat", pid(), "Portes ouvertes du Couvent Levat", at(26, "14:00"), at(26, "18:00"), "Juxtapoz",
              P("Couvent Levat", "52 rue Levat", "13003", "Marseille"))
f.on_agenda("couvent-levat", aid(), "Le Couvent Levat ouvre ses portes", [(at(26, "14:00"), at(26, "18:30"))], "Association Juxtapoz",
            A("Couvent Levat", "52 rue Levat", "13003", "Marseille", insee=MRS))
rows.append(("epicerie-bdm", row(fid(), "Épicerie solidaire Belle de Mai", "Inauguration de l'épicerie solidaire", "25/11/2022", "11h", "",
                                 "12 boulevard National", "13003", "Marseille")))
f.in_calendar("epicerie-bdm", "inauguration-epicerie-bdm@reseau-ess-sud.org", S(25, "11:00"), E(25, "13:00"), SUM("Inauguration épicerie solidaire"),
              LOC("Belle de Mai"))

# ───────────────────────── Saint-Barnabé, the quartiers Nord, the 13e-16e ─────────────────────────

# 47 repair café of Saint-Barnabé, Saturday 19 morning; 48 its farmers' market on Wednesday 16
f.in_calendar("rc-stbarnabe", "repair-cafe-saint-barnabe-1911@reseau-ess-sud.org", S(19, "09:30"), E(19, "12:30"), SUM("Repair Café Saint-Barnabé"),
              LOC("Saint-Barnabé, Marseille 12e"))
rows.append(("rc-stbarnabe", row(fid(), "CIQ Saint-Barnabé", "Repair café", "19/11/2022", "matin", "Salle Saint-Barnabé", "Place Caire", "13012",
                                 "Marseille")))
f.on_platform("marche-stbarnabe", pid(), "Marché des producteurs de Saint-Barnabé", at(16, "08:00"), at(16, "12:30"), "CIQ Saint-Barnabé",
              P("Place Caire", "Place Caire", "13012", "Marseille"))

# 49 the employment forum of the quartiers Nord, Tuesday 22 afternoon
f.on_platform("forum-emploi-qn", pid(), "Forum de l'emploi ESS des quartiers Nord", at(22, "14:00"), at(22, "17:00"), "Centre social Agora",
              P("Centre social Agora", "34 boulevard Gay-Lussac", "13014", "Marseille"))
f.in_calendar("forum-emploi-qn", "forum-emploi-qn-2211@reseau-ess-sud.org", S(22, "14:00"), E(22, "17:00"), SUM("Forum emploi ESS quartiers Nord"),
              LOC("13014"))

# 50 a conference at the Théâtre du Merlan, Thursday 10
f.on_platform("merlan-conf", pid(), "Conférence : entreprendre dans les quartiers populaires", at(10, "18:00"), at(10, "20:00"), "Cap au Nord Entreprendre",
              P("Théâtre du Merlan", "Avenue Raimu", "13014", "Marseille"))
f.on_agenda("merlan-conf", aid(), "Entreprendre dans les quartiers : conférence-débat", [(at(10, "18:00"), at(10, "20:00"))], "Cap au Nord",
            A("Le Zef - Théâtre du Merlan", "Avenue Raimu", "13014", "Marseille", insee=ARR[14]))
rows.append(("merlan-conf", row(fid(), "Cap au Nord Entreprendre", "Conférence entreprendre quartiers populaires", "10/11/2022", "18h-20h",
                                "Théâtre du Merlan", "av. Raimu", "13014", "Marseille")))

# 51 / 52 two ressourceries open on Saturday 26 (Sainte-Marthe, 14e; La Viste, 15e)
f.on_platform("ress-14", pid(), "Portes ouvertes de la Ressourcerie Nord Récup'", at(26, "10:00"), at(26, "17:00"), "Nord Récup'",
              P("Ressourcerie Nord Récup'", "22 chemin de Sainte-Marthe", "13014", "Marseille"))
f.in_calendar("ress-14", "po-nordrecup@reseau-ess-sud.org", SD(26), ED(26), SUM("Portes ouvertes - ressourcerie"), LOC("Sainte-Marthe, Marseille 14e"))
rows.append(("ress-14", row(fid(), "Nord Récup", "Journée portes ouvertes", "26/11/2022", "10h-17h", "Ressourcerie", "22 ch. de Ste-Marthe",
                            "13014", "Marseille")))
f.on_agenda("ress-15", aid(), "Journée portes ouvertes de la Recyclerie de la Viste", [(at(26, "10:00"), at(26, "16:00"))], "La Recyclerie de la Viste",
            A("Recyclerie de la Viste", "Avenue de la Viste", "13015", "Marseille", insee=ARR[15]))
rows.append(("ress-15", row(fid(), "Recyclerie La Viste", "Portes ouvertes", "26/11/2022", "10h-16h", "", "av. de la Viste", "13015", "Marseille")))

# 53 the shared garden of L'Estaque (Saturday 5), 54 a visit of the Cité des arts de la rue (Friday 25), 55 the Talus farm (26)
f.on_agenda("jardin-estaque", aid(), "Portes ouvertes du jardin partagé de l'Estaque", [(at(5, "10:00"), at(5, "16:00"))], "Les Jardins de l'Estaque",
            A("Jardin partagé de l'Estaque", "Plage de l'Estaque", "13016", "Marseille", insee=ARR[16]))
f.in_calendar("jardin-estaque", "jardin-estaque-0511@reseau-ess-sud.org", SD(5), ED(5), SUM("Jardin partagé : portes ouvertes"), LOC("L'Estaque"))
f.on_agenda("cite-arts-rue", aid(), "Visite de la Cité des arts de la rue", [(at(25, "14:00"), at(25, "16:00"))], "Cité des arts de la rue",
            A("Cité des arts de la rue", "225 avenue des Aygalades", "13015", "Marseille", insee=ARR[15]))
f.in_calendar("cite-arts-rue", "visite-cite-arts-rue@reseau-ess-sud.org", SZ(25, "14:00"), EZ(25, "16:00"), SUM("Visite Cité des arts de la rue"),
              LOC("225 avenue des Aygalades, 13015 Marseille"))
f.on_agenda("talus", aid(), "Visite de la ferme urbaine du Talus", [(at(26, "10:00"), at(26, "12:00"))], "Cité de l'agriculture",
            A("Le Talus", "Rue Paul Coxe", "13014", "Marseille", insee=ARR[14]))
rows.append(("talus", row(fid(), "Cité de l'Agriculture", "Visite ferme urbaine Le Talus", "26/11/2022", "10h-12h", "Le Talus", "", "13014",
                          "Marseille")))

# 56 the regional meeting of integration through work, Tuesday 8 at the Hôtel du Département
f.on_platform("rencontres-iae", pid(), "Rencontres régionales de l'insertion par l'activité économique", at(8, "09:00"), at(8, "17:00"),
              "Inser'Sud", P("Hôtel du Département", "52 avenue de Saint-Just", "13004", "Marseille"))
f.on_agenda("rencontres-iae", aid(), "Les Rencontres de l'IAE en région Sud", [(at(8, "09:00"), at(8, "17:00"))], "Réseau Inser'Sud",
            A("Hôtel du Département des Bouches-du-Rhône", "52 Avenue de Saint-Just", "13256", "Marseille Cedex 20", insee=ARR[4]))
rows.append(("rencontres-iae", row(fid(), "INSER'SUD", "Rencontres IAE", "08/11/2022", "9h-17h", "Hôtel du Département", "", "13004", "Marseille")))

# ───────────────────────── Marseille: the 7e, the 8e, the Cité des métiers ─────────────────────────

# 57 / 58 the forum of the ESS at the Pharo (Saturday 19) and the round table inside it
PHARO = P("Palais du Pharo", "58 boulevard Charles Livon", "13007", "Marseille")
f.on_platform("forum-pharo", pid(), "Forum marseillais de l'ESS", at(19, "10:00"), at(19, "18:00"), "Ville de Marseille", PHARO,
              description="Stands, ateliers et conférences : l'économie sociale et solidaire marseillaise se présente.")
f.on_agenda("forum-pharo", aid(), "Mois de l'ESS : le Forum de l'économie sociale et solidaire de Marseille", [(at(19, "10:00"), at(19, "18:00"))],
            "Ville de Marseille", A("Palais du Pharo", "58 Boulevard Charles Livon", "13007", "Marseille", insee=ARR[7]))
f.in_calendar("forum-pharo", "forum-ess-marseille-2022@reseau-ess-sud.org", SD(19), ED(19), SUM("Forum ESS de Marseille"), LOC("Pharo"))
rows.append(("forum-pharo", row(fid(), "Ville de Marseille - Mission ESS", "Forum ESS", "19/11/2022", "10h-18h", "Palais du Pharo", "", "13007",
                                "Marseille")))
f.on_platform("pharo-table-ronde", pid(), "Table ronde : l'ESS dans la ville de demain", at(19, "11:00"), at(19, "12:30"), "CRESS PACA", PHARO)
f.in_calendar("pharo-table-ronde", "table-ronde-pharo@reseau-ess-sud.org", S(19, "11:00"), E(19, "12:30"), SUM("L'ESS et la ville de demain"),
              LOC("Palais du Pharo, Marseille"))

# 59 / 60 the Cité des métiers: the job dating of Tuesday 22 morning, four sources; a CV workshop on Friday 25
METIERS = P("Cité des métiers de Marseille", "4 rue des Consuls", "13002", "Marseille")
f.on_platform("jobdating-mrs", pid(), "Job dating : l'ESS recrute !", at(22, "09:00"), at(22, "12:30"), "Cité des métiers de Marseille", METIERS,
              description="Entretiens courts avec des associations, coopératives et entreprises d'insertion qui recrutent.")
f.on_agenda("jobdating-mrs", aid(), "Mois de l'ESS – Job dating « L'ESS recrute »", [(at(22, "09:00"), at(22, "12:30"))],
            "Cité des métiers et Pôle emploi", A("Cité des Métiers", "4 rue des Consuls", "13002", "Marseille", insee=ARR[2]))
f.in_calendar("jobdating-mrs", "jobdating-ess-marseille@reseau-ess-sud.org", S(22, "09:00"), E(22, "12:30"), SUM("Job-dating ESS"),
              LOC("Cité des métiers, Marseille 2e"))
rows.append(("jobdating-mrs", row(fid(), "Cité des Métiers", "L'ESS recrute - job dating", "22/11/2022", "9h-12h30", "Cité des métiers",
                                  "4 rue des Consuls", "13002", "MARSEILLE")))
f.on_agenda("atelier-cv", aid(), "Atelier CV : valoriser son engagement associatif", [(at(25, "14:00"), at(25, "16:00"))], "Cité des métiers",
            A("Cité des Métiers", "4 rue des Consuls", "13002", "Marseille", insee=ARR[2]))
rows.append(("atelier-cv", row(fid(), "Cité des Métiers", "Atelier CV engagement", "25/11/2022", "14h-16h", "Cité des métiers", "", "13002",
                               "Marseille")))

# 61 / 62 Tuesday 29: the Crédit Coopératif's lunch talk, the Mutualité's conference; 63 the prizes that evening
f.on_platform("finance-solidaire", pid(), "Conférence : la finance solidaire, comment ça marche ?", at(29, "12:30"), at(29, "14:00"),
              "Crédit Coopératif", P("Crédit Coopératif - agence de Marseille", "26 rue de la République", "13001", "Marseille"))
f.on_agenda("finance-solidaire", aid(), "Midi de la finance solidaire", [(at(29, "12:30"), at(29, "14:00"))], "Crédit Coopératif",
            A("Crédit Coopératif", "26 rue de la République", "13001", "Marseille", insee=ARR[1]))
f.on_platform("mutualite", pid(), "Conférence : la protection sociale solidaire", at(29, "17:00"), at(29, "19:00"), "Mutualité Française Sud",
              P("Mutualité Française Sud", "29 rue Montgrand", "13006", "Marseille"))
f.on_agenda("mutualite", aid(), "Protection sociale : les mutuelles face aux nouveaux besoins", [(at(29, "17:00"), at(29, "19:00"))],
            "Mutualité Française Provence-Alpes-Côte d'Azur", A("Mutualité Française", "29 rue Montgrand", "13006", "Marseille", insee=ARR[6]))
f.on_platform("prix-ess", pid(), "Cérémonie des Prix de l'ESS Provence-Alpes-Côte d'Azur", at(29, "18:30"), at(29, "21:00"), "CRESS PACA",
              P("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
f.on_agenda("prix-ess", aid(), "Remise des Prix de l'économie sociale et solidaire 2022", [(at(29, "18:30"), at(29, "21:00"))], "CRESS PACA",
            A("Hôtel de Région", "27 place Jules Guesde", "13481", "Marseille Cedex 20", insee=ARR[2]))
f.in_calendar("prix-ess", "prix-ess-sud-2022@reseau-ess-sud.org", SZ(29, "18:30"), EZ(29, "21:00"), SUM("Prix de l'ESS - remise des prix"),
              LOC("Hôtel de Région Provence-Alpes-Côte d'Azur, Marseille"))

# 64 / 65 the course « Créer son entreprise de l'ESS »: session 1 (Wednesday 9) and session 2 (Wednesday 23)
PARCOURS = A("Marseille Solutions", "2 rue Henri Barbusse", "13001", "Marseille", insee=ARR[1])
f.on_agenda("parcours-1", aid(), "Parcours « Créer son entreprise de l'ESS » - atelier 1 : de l'idée au projet", [(at(9, "14:00"), at(9, "17:00"))],
            "Marseille Solutions", PARCOURS)
rows.append(("parcours-1", row(fid(), "Marseille Solutions", "Créer son entreprise ESS - séance 1", "09/11/2022", "14h-17h", "Marseille Solutions",
                               "2 rue Henri Barbusse", "13001", "Marseille")))
f.on_agenda("parcours-2", aid(), "Parcours « Créer son entreprise de l'ESS » - atelier 2 : le modèle économique", [(at(23, "14:00"), at(23, "17:00"))],
            "Marseille Solutions", PARCOURS)
f.in_calendar("parcours-2", "parcours-creer-ess-s2@reseau-ess-sud.org", S(23, "14:00"), E(23, "17:00"), SUM("Créer son entreprise de l'ESS (atelier 2)"),
              LOC("Marseille Solutions, 2 rue Henri Barbusse, Marseille"))

# 66 the exhibition at the Alcazar (4 to 26), and 67 its vernissage the first evening
f.on_platform("expo-alcazar", pid(), "Exposition : Marseille solidaire, un siècle d'entraide", at(4, "10:00"), at(26, "19:00"), "Bibliothèque de l'Alcazar",
              P("Bibliothèque de l'Alcazar", "58 cours Belsunce", "13001", "Marseille"))
f.on_agenda("expo-alcazar", aid(), "Marseille solidaire : un siècle d'entraide (exposition)",
            [(at(d, "11:00"), at(d, "19:00")) for d in (4, 5, 8, 9, 10, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26)],
            "BMVR Alcazar", A("Alcazar - BMVR", "58 Cours Belsunce", "13001", "Marseille", insee=ARR[1]))
f.in_calendar("expo-alcazar", "expo-marseille-solidaire@reseau-ess-sud.org", SD(4), ED(26), SUM("Expo « Marseille solidaire »"), LOC("Alcazar"))
rows.append(("expo-alcazar", row(fid(), "BMVR", "Expo Marseille solidaire", "du 4 au 26 novembre", "11h-19h", "Bibliothèque de l'Alcazar",
                                 "58 cours Belsunce", "13001", "Marseille")))
f.in_calendar("vernissage-alcazar", "vernissage-marseille-solidaire@reseau-ess-sud.org", S(4, "18:30"), E(4, "20:30"),
              SUM("Vernissage de l'expo Marseille solidaire"), LOC("Alcazar, Marseille"))
rows.append(("vernissage-alcazar", row(fid(), "Bibliothèque de l'Alcazar", "Vernissage exposition Marseille solidaire", "04/11/2022", "18h30",
                                       "Alcazar", "58 cours Belsunce", "13001", "Marseille")))

# 68 the Christmas market of the ESS at the Docks (26-27): a span, two days, one VEVENT a day, a form row for the Saturday
f.on_platform("noel-mrs", pid(), "Marché de Noël solidaire et équitable", at(26, "10:00"), at(27, "18:00"), "Collectif Sud Commerce Équitable",
              P("Les Docks Village", "10 place de la Joliette", "13002", "Marseille"))
f.on_agenda("noel-mrs", aid(), "Marché de Noël de l'ESS et du commerce équitable", [(at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Collectif Commerce Équitable Sud", A("Les Docks", "10 place de la Joliette", "13002", "Marseille", insee=ARR[2]))
f.in_calendar("noel-mrs", "marche-noel-solidaire-j1@reseau-ess-sud.org", SD(26), ED(26), SUM("Marché de Noël solidaire (samedi)"), LOC("Les Docks"))
f.in_calendar("noel-mrs", "marche-noel-solidaire-j2@reseau-ess-sud.org", SD(27), ED(27), SUM("Marché de Noël solidaire (dimanche)"), LOC("Les Docks"))
rows.append(("noel-mrs", row(fid(), "Collectif Commerce Equitable Sud", "Marché de Noël solidaire", "26/11/2022", "Toute la journée", "Docks Village",
                             "", "13002", "Marseille")))

# 69 a shared lunch of Les Petites Cantines (platform alone); 70 ADIE's micro-credit meeting (form alone)
f.on_platform("petites-cantines", pid(), "Repas partagé aux Petites Cantines", at(23, "12:00"), at(23, "14:00"), "Les Petites Cantines Marseille",
              P("Les Petites Cantines", "28 rue de la Loge", "13002", "Marseille"))
rows.append(("adie", row(fid(), "Adie PACA", "Réunion d'information micro-crédit", "21/11/2022", "14h", "Agence Adie", "", "13001", "Marseille")))

# ───────────────────────── webinars ─────────────────────────

# 71-73 three webinars on Tuesday 15 at 11:00 (France Active, the CRESS, the URSCOP)
f.on_platform("web-financer", pid(), "Webinaire : financer son projet d'ESS", at(15, "11:00"), at(15, "12:00"), "France Active Provence-Alpes-Côte d'Azur",
              ONLINE, modality="En ligne")
f.on_agenda("web-financer", aid(), "Financer son projet ESS (webinaire)", [(at(15, "11:00"), at(15, "12:00"))], "France Active PACA", {}, mode=2,
            onlineAccessLink=ZOOM_FA)
rows.append(("web-financer", row(fid(), "France Active PACA", "Webinaire financement", "15/11/2022", "11h-12h", "Visio", "", "", "", "Distanciel")))
f.on_agenda("web-achats", aid(), "Webinaire : acheter auprès des structures de l'ESS", [(at(15, "11:00"), at(15, "12:00"))], "CRESS PACA", {}, mode=2,
            onlineAccessLink=ZOOM_CRESS)
f.in_calendar("web-achats", "webinaire-achats-ess@reseau-ess-sud.org", S(15, "11:00"), E(15, "12:00"), SUM("Acheter responsable auprès de l'ESS"),
              CONF(ZOOM_CRESS), URL("https://www.cresspaca.org/agenda/webinaire-achats"))
f.on_platform("web-scop", pid(), "Transmettre son entreprise à ses salariés en Scop (webinaire)", at(15, "11:00"), at(15, "12:30"),
              "Union régionale des Scop et Scic Sud", ONLINE, modality="En ligne")
f.in_calendar("web-scop", "webinaire-transmission-scop@reseau-ess-sud.org", SZ(15, "11:00"), EZ(15, "12:30"), SUM("Transmission d'entreprise en Scop"),
              LOC("Visioconférence"), CONF(TEAMS_URSCOP))
rows.append(("web-scop", row(fid(), "URSCOP", "Transmission en SCOP", "15/11/2022", "11h-12h30", "Webinaire", "", "", "", "Distanciel")))

# 74 / 75 two webinars on Thursday 10 at 14:00 (the Région, Le Mouvement associatif)
f.on_platform("web-region", pid(), "Webinaire : les aides de la Région Sud pour l'ESS", at(10, "14:00"), at(10, "15:00"), "Région Sud", ONLINE,
              modality="En ligne")
f.on_agenda("web-region", aid(), "Les dispositifs régionaux de soutien à l'ESS (webinaire)", [(at(10, "14:00"), at(10, "15:00"))],
            "Région Provence-Alpes-Côte d'Azur", {}, mode=2, onlineAccessLink=TEAMS_REGION)
f.in_calendar("web-region", "webinaire-aides-region@reseau-ess-sud.org", SZ(10, "14:00"), EZ(10, "15:00"), SUM("Aides régionales ESS - webinaire"),
              CONF(TEAMS_REGION))
f.in_calendar("web-benevolat", "webinaire-benevolat-competences@reseau-ess-sud.org", S(10, "14:00"), E(10, "15:30"),
              SUM("Le bénévolat de compétences"), LOC("En ligne"), URL(ZOOM_LMA))
rows.append(("web-benevolat", row(fid(), "Le Mouvement associatif Sud", "Webinaire bénévolat de compétences", "10/11/2022", "14h-15h30", "Visio",
                                  "", "", "", "Distanciel")))

# 76 the DLA's lunchtime webinar, Thursday 24
f.on_platform("web-dla", pid(), "Webinaire : le DLA, un accompagnement pour les associations employeuses", at(24, "12:30"), at(24, "13:30"),
              "DLA des Bouches-du-Rhône", ONLINE, modality="En ligne")
rows.append(("web-dla", row(fid(), "DLA 13 - Ligue de l'enseignement", "Webinaire DLA", "24/11/2022", "12h30-13h30", "Webinaire", "", "", "",
                            "Distanciel")))

# ───────────────────────── Aix-en-Provence ─────────────────────────

# 77 / 78 the repair cafés of Aix on Saturday 19: Jas de Bouffan in the afternoon, Les Milles in the morning
f.on_platform("rc-aix", pid(), "Repair Café du Jas de Bouffan", at(19, "14:00"), at(19, "17:00"), "Repair Café Pays d'Aix",
              P("Maison de quartier du Jas de Bouffan", "Rue Jean Giraudoux", "13090", "Aix-en-Provence"))
f.in_calendar("rc-aix", "repair-cafe-jas-1911@reseau-ess-sud.org", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café"), LOC("Aix"))
f.in_calendar("rc-milles", "repair-cafe-les-milles-1911@reseau-ess-sud.org", SF(19, "09:00"), EF(19, "12:00"), SUM("Repair café des Milles"),
              LOC("Les Milles, Aix-en-Provence"))
rows.append(("rc-milles", row(fid(), "Repair Café Pays d'Aix", "Repair café Les Milles", "19/11/2022", "9h-12h", "Salle des fêtes des Milles", "",
                              "13290", "Aix-en-Provence")))

# 79 the Fresque du Climat of Aix, Thursday 17
f.on_platform("fresque-aix", pid(), "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Maison de la vie associative du Ligourès", "Place Romée de Villeneuve", "13090", "Aix-en-Provence"))
f.in_calendar("fresque-aix", "fresque-climat-aix-1711@reseau-ess-sud.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"),
              LOC("Aix-en-Provence"))

# 80 « Bigger Than Us » at the Mazarin, Tuesday 15
f.on_agenda("cine-aix", aid(), "Ciné-débat « Bigger Than Us »", [(at(15, "20:00"), at(15, "22:30"))], "Pays d'Aix en transition",
            A("Cinéma Le Mazarin", "6 rue Laroque", "13100", "Aix-en-Provence", insee=AIX))
rows.append(("cine-aix", row(fid(), "Pays d'Aix en Transition", "Projection débat Bigger than us", "15/11/2022", "20h", "Le Mazarin", "6 rue Laroque",
                             "13100", "AIX EN PROVENCE")))

# 81 the ESS aperitif of Aix the evening of Thursday 10 (like the Marseille, Nice and Cannes afterworks)
f.on_platform("apero-aix", pid(), "Apéro ESS du Pays d'Aix", at(10, "18:30"), at(10, "20:30"), "Pays d'Aix Initiative",
              P("Le Hublot", "6 rue de la Fonderie", "13100", "Aix-en-Provence"))
rows.append(("apero-aix", row(fid(), "Pays d'Aix Initiative", "Apéro ESS", "10/11/2022", "18h30-20h30", "Le Hublot", "", "13100", "Aix")))

# 82 / 83 two talks in Aix the evening of Wednesday 16: Sciences Po and the Cité du Livre
f.on_agenda("conf-sciencespo", aid(), "Conférence : l'économie sociale et solidaire face aux crises", [(at(16, "18:00"), at(16, "20:00"))],
            "Sciences Po Aix", A("Sciences Po Aix - amphi Bruno Étienne", "25 rue Gaston de Saporta", "13100", "Aix-en-Provence", insee=AIX))
f.in_calendar("conf-sciencespo", "conf-ess-crises-spaix@reseau-ess-sud.org", S(16, "18:00"), E(16, "20:00"), SUM("L'ESS face aux crises"),
              LOC("Sciences Po Aix"))
f.on_platform("conf-citelivre", pid(), "Rencontre-débat : lire, produire et consommer autrement", at(16, "18:30"), at(16, "20:00"), "Bibliothèque Méjanes",
              P("Cité du Livre", "8-10 rue des Allumettes", "13100", "Aix-en-Provence"))
rows.append(("conf-citelivre", row(fid(), "Bibliothèques Méjanes", "Rencontre consommer autrement", "16/11/2022", "18h30", "Cité du livre",
                                   "8/10 rue des Allumettes", "13100", "Aix-en-Provence")))

# 84 the forum of ESS trades at the Schuman campus, Thursday 24
f.on_platform("forum-schuman", pid(), "Forum des métiers de l'ESS", at(24, "10:00"), at(24, "16:00"), "Aix-Marseille Université",
              P("Campus Schuman", "3 avenue Robert Schuman", "13100", "Aix-en-Provence"))
f.on_agenda("forum-schuman", aid(), "Forum métiers & stages de l'économie sociale et solidaire", [(at(24, "10:00"), at(24, "16:00"))], "AMU",
            A("Faculté de droit et de science politique", "3 avenue Robert Schuman", "13628", "Aix-en-Provence Cedex 1", insee=AIX))
rows.append(("forum-schuman", row(fid(), "Aix Marseille Université", "Forum métiers ESS", "24/11/2022", "10h-16h", "Campus Schuman", "",
                                  "13100", "Aix")))

# 85 the day of the associations of Aix at the Ligourès (Saturday 5); 86 Aix's one-day Christmas market (26)
f.in_calendar("assos-aix", "journee-associations-aix@reseau-ess-sud.org", SD(5), ED(5), SUM("Journée des associations aixoises"),
              LOC("Le Ligourès, Aix-en-Provence"))
rows.append(("assos-aix", row(fid(), "Maison de la vie associative d'Aix", "Journée des associations", "05/11/2022", "Toute la journée",
                              "MVA Le Ligourès", "Place Romée de Villeneuve", "13090", "Aix-en-Provence")))
f.on_platform("noel-aix", pid(), "Marché de Noël de l'ESS aixoise", at(26, "10:00"), at(26, "18:00"), "Ville d'Aix-en-Provence",
              P("Place de l'Hôtel de Ville", "Place de l'Hôtel de Ville", "13100", "Aix-en-Provence"))
rows.append(("noel-aix", row(fid(), "Ville d'Aix", "Marché de Noël solidaire", "26/11/2022", "10h-18h", "Place de l'Hôtel de Ville", "", "13100",
                             "Aix-en-Provence")))

# ───────────────────────── Aubagne, Gémenos, La Ciotat, Martigues, Istres, Salon, Vitrolles, Gardanne ─────────────────────────

# 87 / 88 two visits of Scop-Ti in Gémenos (Thursday 10, Thursday 24)
SCOPTI = P("Scop-Ti", "500 avenue du Pic de Bertagne", "13420", "Gémenos")
f.on_platform("scopti-10", pid(), "Visite de Scop-Ti, la coopérative des 1336", at(10, "10:00"), at(10, "12:00"), "Scop-Ti", SCOPTI)
f.on_agenda("scopti-10", aid(), "Visite de l'usine Scop-Ti (thés 1336)", [(at(10, "10:00"), at(10, "12:00"))], "SCOP-TI",
            A("Scop-Ti", "500 Avenue du Pic de Bertagne", "13420", "Gémenos", insee=GEMENOS))
f.on_platform("scopti-24", pid(), "Visite de Scop-Ti, la coopérative des 1336", at(24, "10:00"), at(24, "12:00"), "Scop-Ti", SCOPTI)
rows.append(("scopti-24", row(fid(), "URSCOP Sud", "Visite Scop-Ti", "24/11/2022", "10h-12h", "Scop-Ti", "Parc d'activités de la Plaine de Jouques",
                              "13420", "Gémenos")))

# 89 / 90 Aubagne: a talk on Scic (Tuesday 8), the creators' market (Sunday 20)
f.on_agenda("aubagne-scic", aid(), "Conférence : les Scic, des coopératives pour les territoires", [(at(8, "18:00"), at(8, "20:00"))],
            "Pays d'Aubagne et de l'Étoile", A("Espace des Libertés", "Avenue Antide Boyer", "13400", "Aubagne", insee=AUBAGNE))
rows.append(("aubagne-scic", row(fid(), "Ville d'Aubagne", "Conférence SCIC et territoires", "08/11/2022", "18h", "Espace des Libertés", "", "13400",
                                 "AUBAGNE")))
f.on_platform("aubagne-createurs", pid(), "Marché des créateurs solidaires", at(20, "09:00"), at(20, "18:00"), "Office de tourisme d'Aubagne",
              P("Cours Foch", "Cours Foch", "13400", "Aubagne"))
f.in_calendar("aubagne-createurs", "marche-createurs-aubagne@reseau-ess-sud.org", SD(20), ED(20), SUM("Marché des créateurs"), LOC("Aubagne"))

# 91 / 92 La Ciotat: « Douce France » at the Eden (Friday 18), visit of an integration site at the shipyard (Wednesday 16)
f.on_platform("cine-eden", pid(), "Ciné-débat « Douce France »", at(18, "20:00"), at(18, "22:30"), "Colibris La Ciotat",
              P("Eden Théâtre", "25 boulevard Georges Clemenceau", "13600", "La Ciotat"))
f.in_calendar("cine-eden", "cine-douce-france-ciotat@reseau-ess-sud.org", SF(18, "20:00"), SUM("Projection Douce France + débat"),
              LOC("Eden Théâtre, La Ciotat"))
f.in_calendar("ciotat-chantier", "visite-chantier-insertion-ciotat@reseau-ess-sud.org", S(16, "10:00"), E(16, "12:00"),
              SUM("Visite d'un chantier d'insertion"), LOC("Chantier naval, La Ciotat"))
rows.append(("ciotat-chantier", row(fid(), "ACI Les Compagnons du Port", "Visite chantier d'insertion", "16/11/2022", "10h", "Chantier naval", "",
                                    "13600", "La Ciotat")))

# 93 / 94 Martigues on Friday 25: the forum all day, a show-and-debate at the Salins in the evening
f.on_platform("forum-martigues", pid(), "Forum de l'ESS du Pays de Martigues", at(25, "09:00"), at(25, "17:00"), "Ville de Martigues",
              P("Halle de Martigues", "Route de Port-de-Bouc", "13500", "Martigues"))
f.on_agenda("forum-martigues", aid(), "Forum économie sociale et solidaire - Pays de Martigues", [(at(25, "09:00"), at(25, "17:00"))],
            "Ville de Martigues", A("Halle de Martigues", "Route de Port de Bouc", "13500", "Martigues", insee=MARTIGUES))
f.in_calendar("forum-martigues", "forum-ess-martigues@reseau-ess-sud.org", SD(25), ED(25), SUM("Forum ESS Martigues"), LOC("Martigues"))
rows.append(("forum-martigues", row(fid(), "Mairie de Martigues", "Forum ESS", "25/11/2022", "9h-17h", "La Halle", "", "13500", "Martigues")))
f.on_agenda("salins", aid(), "Spectacle-débat : « Coopérer, mode d'emploi »", [(at(25, "20:00"), at(25, "22:00"))], "Théâtre des Salins",
            A("Théâtre des Salins", "19 quai Paul Doumer", "13500", "Martigues", insee=MARTIGUES))
rows.append(("salins", row(fid(), "Les Salins - scène nationale", "Spectacle débat coopération", "25/11/2022", "20h", "Théâtre des Salins", "", "13500",
                           "Martigues")))

# 95-98 Istres (compost workshop), Salon (repair café, Saturday 19 morning), Vitrolles (job dating Tuesday 22 morning), Gardanne (Fresque 17)
f.on_platform("compost-istres", pid(), "Atelier compostage", at(9, "14:00"), at(9, "16:00"), "Ville d'Istres",
              P("Jardins familiaux", "Chemin du Castellan", "13800", "Istres"))
f.in_calendar("rc-salon", "repair-cafe-salon-1911@reseau-ess-sud.org", S(19, "09:00"), E(19, "12:00"), SUM("Repair Café"), LOC("Salon-de-Provence"))
f.on_platform("jobdating-vitrolles", pid(), "Job dating de l'ESS", at(22, "09:00"), at(22, "12:00"), "Maison de l'emploi Ouest Provence",
              P("Salle Guy Obino", "Avenue Jean Monnet", "13127", "Vitrolles"))
f.on_agenda("fresque-gardanne", aid(), "Fresque du Climat", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Provence",
            A("Médiathèque Nelson Mandela", "Boulevard Paul Cézanne", "13120", "Gardanne", insee="13041"))

# ───────────────────────── Arles, Tarascon ─────────────────────────

# 99 / 100 Arles on Saturday 12: the forum of associations, the urban farm's visit the afternoon
f.on_platform("forum-arles", pid(), "Forum des associations et de l'ESS arlésienne", at(12, "10:00"), at(12, "17:00"), "Ville d'Arles",
              P("Maison de la vie associative", "2 boulevard des Lices", "13200", "Arles"))
f.on_agenda("forum-arles", aid(), "Forum ESS et associations d'Arles", [(at(12, "10:00"), at(12, "17:00"))], "Maison de la vie associative d'Arles",
            A("Maison de la Vie Associative", "2 bd des Lices", "13200", "Arles", insee=ARLES))
rows.append(("ferme-arles", row(fid(), "Les Jardins de l'Abbaye", "Visite ferme urbaine", "12/11/2022", "14h", "", "Chemin de Montmajour", "13200",
                                "Arles")))

# 101 Luma's talk on textile circular economy (Thursday 17); 102 the farmers' market of Tarascon (Sunday 13)
f.on_agenda("luma", aid(), "Conférence : l'économie circulaire du textile", [(at(17, "18:00"), at(17, "19:30"))], "Atelier Luma",
            A("Atelier Luma", "45 chemin des Minimes", "13200", "Arles", insee=ARLES))
f.in_calendar("luma", "conf-textile-luma@reseau-ess-sud.org", SZ(17, "18:00"), EZ(17, "19:30"), SUM("Textile et économie circulaire"),
              LOC("Parc des Ateliers, Arles"))
f.in_calendar("marche-tarascon", "marche-paysan-tarascon@reseau-ess-sud.org", SF(13, "08:00"), EF(13, "13:00"), SUM("Marché paysan"),
              LOC("Tarascon"))

# ───────────────────────── Vaucluse ─────────────────────────

# 103 the forum of the Grand Avignon, Tuesday 22, four sources
f.on_platform("forum-avignon", pid(), "Forum de l'ESS du Grand Avignon", at(22, "09:00"), at(22, "17:00"), "Grand Avignon",
              P("Centre des congrès du Palais des Papes", "Place du Palais", "84000", "Avignon"))
f.on_agenda("forum-avignon", aid(), "Forum ESS Grand Avignon 2022", [(at(22, "09:00"), at(22, "17:00"))], "Communauté d'agglomération du Grand Avignon",
            A("Palais des Papes - centre de congrès", "Place du Palais", "84000", "Avignon", insee=AVIGNON))
f.in_calendar("forum-avignon", "forum-ess-grand-avignon@reseau-ess-sud.org", S(22, "09:00"), E(22, "17:00"),
              SUM("Forum de l'économie sociale et solidaire"), LOC("Palais des Papes, Avignon"))
rows.append(("forum-avignon", row(fid(), "Grand Avignon", "Forum ESS", "22/11/2022", "9h-17h", "Palais des Papes", "", "84000", "Avignon")))

# 104 / 105 Avignon: « Bigger Than Us » at Utopia (Tuesday 15), the Fresque (Thursday 17)
f.in_calendar("cine-avignon", "cine-bigger-avignon@reseau-ess-sud.org", S(15, "20:00"), SUM("Ciné-débat Bigger than us"),
              LOC("Utopia Manutention, Avignon"))
rows.append(("cine-avignon", row(fid(), "Avignon en transition", "Bigger Than Us (ciné-débat)", "15/11/2022", "20h", "Cinéma Utopia",
                                 "4 rue des Escaliers Sainte-Anne", "84000", "Avignon")))
f.in_calendar("fresque-avignon", "fresque-climat-avignon-1711@reseau-ess-sud.org", SF(17, "18:30"), EF(17, "21:30"), SUM("Atelier Fresque du Climat"),
              LOC("Avignon"))

# 106 / 107 Avignon: a café-débat at La Manutention (Wednesday 9), the meeting of Vaucluse's tiers-lieux (Thursday 24)
f.on_platform("habitat-manutention", pid(), "Café-débat : l'habitat participatif", at(9, "18:30"), at(9, "20:30"), "Habitat Participatif Vaucluse",
              P("La Manutention", "4 rue des Escaliers Sainte-Anne", "84000", "Avignon"))
f.on_agenda("habitat-manutention", aid(), "Habiter autrement : café-débat sur l'habitat participatif", [(at(9, "18:30"), at(9, "20:30"))],
            "Habitat Participatif 84", A("Bar de la Manutention", "4 Rue des Escaliers Sainte-Anne", "84000", "Avignon", insee=AVIGNON))
f.in_calendar("tiers-lieux-84", "rencontre-tiers-lieux-84@reseau-ess-sud.org", S(24, "14:00"), E(24, "17:00"),
              SUM("Rencontre des tiers-lieux du Vaucluse"), LOC("Le Grenier à sel, Avignon"))
rows.append(("tiers-lieux-84", row(fid(), "Sud Tiers-Lieux", "Rencontre tiers-lieux 84", "24/11/2022", "14h-17h", "Grenier à Sel",
                                   "2 rue du Rempart Saint-Lazare", "84000", "Avignon")))

# 108 the Christmas market of Avignon the same week-end as Marseille's (26-27)
f.on_agenda("noel-avignon", aid(), "Marché de Noël solidaire", [(at(26, "10:00"), at(26, "18:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Artisans du Monde Avignon", A("Cloître Saint-Louis", "20 rue du Portail Boquier", "84000", "Avignon", insee=AVIGNON))
f.in_calendar("noel-avignon", "marche-noel-avignon@reseau-ess-sud.org", SD(26), ED(27), SUM("Marché de Noël solidaire"), LOC("Avignon"))

# 109 / 110 Carpentras on Friday 18: the market in the morning, the local currency's conference in the evening
f.on_agenda("marche-carpentras", aid(), "Marché des producteurs et artisans solidaires", [(at(18, "08:00"), at(18, "13:00"))], "Ville de Carpentras",
            A("Place de l'Hôtel de Ville", "Place Maurice Charretier", "84200", "Carpentras", insee=CARPENTRAS))
rows.append(("marche-carpentras", row(fid(), "Mairie de Carpentras", "Marché solidaire", "18/11/2022", "matin", "Centre-ville", "", "84200",
                                      "Carpentras")))
f.on_platform("roue-carpentras", pid(), "Conférence : La Roue, la monnaie locale du Vaucluse", at(18, "18:30"), at(18, "20:00"), "La Roue",
              P("Espace Auzon", "Boulevard du Maréchal Leclerc", "84200", "Carpentras"))
f.in_calendar("roue-carpentras", "conf-monnaie-roue@reseau-ess-sud.org", S(18, "18:30"), E(18, "20:00"), SUM("La Roue : une monnaie locale"),
              LOC("Carpentras"))

# 111 Orange's employment forum (Thursday 10); 112 Orange's repair café (Saturday 19)
f.on_platform("forum-orange", pid(), "Forum emploi et insertion", at(10, "09:00"), at(10, "12:00"), "Ville d'Orange",
              P("Salle Pourtoules", "Cours Pourtoules", "84100", "Orange"))
rows.append(("forum-orange", row(fid(), "Mairie d'Orange - service emploi", "Forum emploi insertion", "10/11/2022", "9h-12h", "Salle Pourtoules",
                                 "Cours Pourtoules", "84100", "ORANGE")))
f.on_agenda("rc-orange", aid(), "Repair Café d'Orange", [(at(19, "14:00"), at(19, "17:00"))], "MJC d'Orange",
            A("MJC d'Orange", "Rue des Phocéens", "84100", "Orange", insee=ORANGE))

# 113 / 114 Cavaillon: the market garden's open day (Wednesday 16), La Garance's evening (Saturday 19)
f.on_platform("jardin-cavaillon", pid(), "Portes ouvertes du chantier d'insertion maraîcher", at(16, "10:00"), at(16, "16:00"), "Les Jardins de Cocagne du Luberon",
              P("Jardin de Cocagne", "Chemin des Puits Neufs", "84300", "Cavaillon"))
f.in_calendar("jardin-cavaillon", "po-jardin-cocagne-cavaillon@reseau-ess-sud.org", SZ(16, "10:00"), EZ(16, "16:00"), SUM("Portes ouvertes au Jardin"),
              LOC("Cavaillon"))
f.on_agenda("garance", aid(), "Soirée « Économie du partage » à La Garance", [(at(19, "20:00"), at(19, "22:30"))], "La Garance - scène nationale",
            A("La Garance", "Rue du Languedoc", "84300", "Cavaillon", insee=CAVAILLON))
f.in_calendar("garance", "soiree-partage-garance@reseau-ess-sud.org", S(19, "20:00"), SUM("Économie du partage - soirée"), LOC("La Garance, Cavaillon"))

# 115 the repair café of Apt (Saturday 19 afternoon); 116 a walk with Luberon farmers in Cucuron (Sunday 13)
rows.append(("rc-apt", row(fid(), "Repair Café Pays d'Apt", "Repair café", "19/11/2022", "14h-17h", "Maison Bonhomme", "Avenue de Viton", "84400",
                           "Apt")))
f.in_calendar("rc-apt", "repair-cafe-apt-1911@reseau-ess-sud.org", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café d'Apt"), LOC("Apt"))
f.on_agenda("balade-cucuron", aid(), "Balade : à la rencontre des paysans du Luberon", [(at(13, "09:30"), at(13, "12:30"))], "Terre de Liens PACA",
            A("Place de l'Étang", "Place de l'Étang", "84160", "Cucuron", insee="84042"))

# ───────────────────────── Var ─────────────────────────

# 117 the Var's launch at Le Telegraphe (Friday 4); 118 the Fresque of Toulon there (Thursday 17)
TELEGRAPHE = A("Le Telegraphe", "2 rue Hippolyte Duprat", "83000", "Toulon", insee=TOULON)
f.on_platform("lancement-var", pid(), "Lancement du Mois de l'ESS dans le Var", at(4, "18:00"), at(4, "21:00"), "CRESS PACA - délégation Var",
              P("Le Telegraphe", "2 rue Hippolyte Duprat", "83000", "Toulon"))
f.in_calendar("lancement-var", "lancement-var-2022@reseau-ess-sud.org", SF(4, "18:00"), EF(4, "21:00"), SUM("Mois de l'ESS : lancement varois"),
              LOC("Le Télégraphe Toulon"))
f.on_agenda("fresque-toulon", aid(), "Fresque du Climat au Telegraphe", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Var", TELEGRAPHE)
rows.append(("fresque-toulon", row(fid(), "La Fresque du Climat", "Fresque du Climat", "17/11/2022", "18h30", "Le Telegraphe", "", "83000",
                                   "Toulon")))

# 119 the forum of the Var's ESS at the Palais Neptune, Thursday 17, four sources
f.on_platform("forum-var", pid(), "Forum de l'ESS varoise", at(17, "09:00"), at(17, "17:00"), "Toulon Provence Méditerranée",
              P("Palais Neptune", "Place Besagne", "83000", "Toulon"))
f.on_agenda("forum-var", aid(), "Forum économie sociale et solidaire du Var", [(at(17, "09:00"), at(17, "17:00"))], "Métropole TPM",
            A("Palais des congrès Neptune", "Place Besagne", "83000", "Toulon", insee=TOULON))
f.in_calendar("forum-var", "forum-ess-var-2022@reseau-ess-sud.org", SZ(17, "09:00"), EZ(17, "17:00"), SUM("Forum ESS du Var"), LOC("Toulon"))
rows.append(("forum-var", row(fid(), "TPM", "Forum ESS varois", "17/11/2022", "9h-17h", "Palais Neptune", "place Besagne", "83000", "TOULON")))

# 120-122 Toulon: the repair café (Saturday 19), the job dating (Tuesday 22 morning), a talk on the sea (Friday 18)
f.in_calendar("rc-toulon", "repair-cafe-toulon-1911@reseau-ess-sud.org", S(19, "14:00"), E(19, "17:00"), SUM("Repair Café"), LOC("Toulon"))
f.on_agenda("jobdating-toulon", aid(), "Job dating ESS", [(at(22, "09:00"), at(22, "12:00"))], "Pôle emploi Toulon",
            A("Palais Neptune", "Place Besagne", "83000", "Toulon", insee=TOULON))
f.in_calendar("jobdating-toulon", "jobdating-toulon-2211@reseau-ess-sud.org", S(22, "09:00"), E(22, "12:00"), SUM("Job dating : l'ESS recrute"),
              LOC("Palais Neptune, Toulon"))
f.on_agenda("conf-mer", aid(), "Conférence-débat : la mer, un bien commun", [(at(18, "18:00"), at(18, "20:00"))], "Université de Toulon",
            A("Campus Porte d'Italie", "70 avenue Roger Devoucoux", "83000", "Toulon", insee=TOULON))
f.in_calendar("conf-mer", "conf-mer-bien-commun@reseau-ess-sud.org", SZ(18, "18:00"), EZ(18, "20:00"), SUM("La mer, bien commun ?"),
              LOC("70 avenue Roger Devoucoux, Toulon"))

# 123 / 124 La Seyne on Saturday 19: the forum of associations all day, a talk at the Villa Tamaris; 125 its repair café
f.on_platform("forum-seyne", pid(), "Forum des associations seynoises", at(19, "10:00"), at(19, "17:00"), "Ville de La Seyne-sur-Mer",
              P("Esplanade Marine", "Quai Saturnin Fabre", "83500", "La Seyne-sur-Mer"))
f.in_calendar("forum-seyne", "forum-assos-la-seyne@reseau-ess-sud.org", SD(19), ED(19), SUM("Forum des associations"), LOC("La Seyne-sur-Mer"))
f.on_agenda("tamaris", aid(), "Conférence : la pêche artisanale, une économie solidaire ?", [(at(19, "15:00"), at(19, "16:30"))], "Villa Tamaris",
            A("Villa Tamaris centre d'art", "295 avenue de la Grande Maison", "83500", "La Seyne-sur-Mer", insee=SEYNE))
rows.append(("tamaris", row(fid(), "Villa Tamaris", "Conférence pêche artisanale", "19/11/2022", "15h-16h30", "Villa Tamaris", "", "83500", "La Seyne")))
rows.append(("rc-seyne", row(fid(), "Repair Café Seynois", "Repair café", "19/11/2022", "14h-17h", "Bourse du travail", "Avenue Gambetta", "83500",
                             "La Seyne")))

# 126 / 127 Hyères: the organic market (Sunday 20), a talk at the Park Hôtel (Friday 25)
f.on_agenda("marche-hyeres", aid(), "Marché bio et solidaire", [(at(20, "08:00"), at(20, "13:00"))], "Ville d'Hyères",
            A("Place Clemenceau", "Place Georges Clemenceau", "83400", "Hyères", insee=HYERES))
rows.append(("marche-hyeres", row(fid(), "Mairie d'Hyères", "Marché bio solidaire", "20/11/2022", "matin", "Place Clemenceau", "", "83400",
                                  "HYERES")))
f.on_platform("park-hyeres", pid(), "Conférence : agriculture et économie sociale dans le Var", at(25, "18:00"), at(25, "20:00"), "Chambre d'agriculture du Var",
              P("Park Hôtel", "Avenue de Belgique", "83400", "Hyères"))

# 128 Correns, first organic village: a guided visit (Saturday 26), three sources
f.on_platform("correns", pid(), "Visite de Correns, premier village bio de France", at(26, "10:00"), at(26, "12:00"), "Commune de Correns",
              P("Mairie de Correns", "Place Général de Gaulle", "83570", "Correns"))
f.on_agenda("correns", aid(), "Correns, village bio : balade commentée", [(at(26, "10:00"), at(26, "12:30"))], "Mairie de Correns",
            A("Mairie", "Place du Général de Gaulle", "83570", "Correns", insee="83045"))
f.in_calendar("correns", "visite-correns@reseau-ess-sud.org", SZ(26, "10:00"), SUM("Visite du village bio"), LOC("Correns"))

# 129-132 Brignoles (job dating Tuesday 22 afternoon), Draguignan (café-débat Thursday 3), Fréjus (zero waste 30), Six-Fours (repair café 26)
rows.append(("jobdating-brignoles", row(fid(), "Mission locale Ouest Var", "Job dating insertion", "22/11/2022", "après-midi", "Mission locale",
                                        "", "83170", "Brignoles")))
f.in_calendar("cafe-draguignan", "cafe-debat-draguignan@reseau-ess-sud.org", S(3, "18:30"), E(3, "20:30"), SUM("Café-débat : c'est quoi l'ESS ?"),
              LOC("Draguignan"))
f.on_agenda("zd-frejus", aid(), "Atelier zéro déchet : produits ménagers maison", [(at(30, "14:00"), at(30, "16:00"))], "Estérel Zéro Déchet",
            A("Maison des associations", "Rue Henri Vadon", "83600", "Fréjus", insee="83061"))
f.on_platform("rc-sixfours", pid(), "Repair Café de Six-Fours", at(26, "09:00"), at(26, "12:00"), "Repair Café Six-Fours",
              P("Espace Malraux", "Avenue du Maréchal Juin", "83140", "Six-Fours-les-Plages"))
rows.append(("rc-sixfours", row(fid(), "Repair café Six-Fours", "Repair café", "26/11/2022", "9h-12h", "Espace Malraux", "", "83140", "Six-Fours")))

# ───────────────────────── Alpes-Maritimes ─────────────────────────

# 133 / 134 Le 109 on Friday 18: the forum of tiers-lieux in the morning, a workshop in the afternoon
f.on_platform("forum-109", pid(), "Forum des tiers-lieux azuréens", at(18, "09:30"), at(18, "12:30"), "Sud Tiers-Lieux",
              P("Le 109", "89 route de Turin", "06300", "Nice"))
f.on_agenda("forum-109", aid(), "Forum des tiers-lieux des Alpes-Maritimes", [(at(18, "09:30"), at(18, "12:30"))], "Réseau Sud Tiers-Lieux",
            A("Le 109 - pôle de cultures contemporaines", "89 Route de Turin", "06300", "Nice", insee=NICE))
rows.append(("forum-109", row(fid(), "Sud Tiers Lieux", "Forum tiers-lieux 06", "18/11/2022", "9h30-12h30", "Le 109", "89 route de Turin", "06300",
                              "Nice")))
f.in_calendar("atelier-109", "atelier-monter-tiers-lieu@reseau-ess-sud.org", S(18, "14:00"), E(18, "17:00"), SUM("Atelier : monter son tiers-lieu"),
              LOC("Le 109, Nice"))
rows.append(("atelier-109", row(fid(), "Sud Tiers Lieux", "Atelier monter un tiers-lieu", "18/11/2022", "14h-17h", "Le 109", "89 route de Turin",
                                "06300", "Nice")))

# 135 the Fresque of Nice (Thursday 17), at Le 109 as well
f.on_platform("fresque-nice", pid(), "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Le 109", "89 route de Turin", "06300", "Nice"))
f.in_calendar("fresque-nice", "fresque-climat-nice-1711@reseau-ess-sud.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat - Nice"),
              LOC("Le 109"))

# 136 / 137 Nice's job datings on Tuesday 22: the morning at the CUM, Nice Ouest in the afternoon
f.on_platform("jobdating-nice", pid(), "Job dating de l'ESS", at(22, "09:00"), at(22, "12:00"), "Métropole Nice Côte d'Azur",
              P("Centre universitaire méditerranéen", "65 promenade des Anglais", "06000", "Nice"))
rows.append(("jobdating-nice", row(fid(), "Métropole NCA", "Job dating ESS", "22/11/2022", "9h-12h", "CUM", "65 promenade des Anglais", "06000",
                                   "NICE")))
f.in_calendar("jobdating-nice-ouest", "jobdating-insertion-nice-ouest@reseau-ess-sud.org", S(22, "14:00"), E(22, "17:00"),
              SUM("Job dating insertion Nice Ouest"), LOC("Maison de l'emploi, Nice"))
rows.append(("jobdating-nice-ouest", row(fid(), "PLIE Nice Côte d'Azur", "Job dating insertion", "22/11/2022", "14h-17h", "Maison de l'emploi Nice Ouest",
                                         "", "06200", "Nice")))

# 138 the launch in the Alpes-Maritimes at the CUM (Monday 7)
f.on_agenda("lancement-06", aid(), "Lancement du Mois de l'ESS dans les Alpes-Maritimes", [(at(7, "18:00"), at(7, "20:30"))], "CRESS PACA",
            A("CUM - Centre universitaire méditerranéen", "65 Promenade des Anglais", "06000", "Nice", insee=NICE))
f.in_calendar("lancement-06", "lancement-alpes-maritimes@reseau-ess-sud.org", S(7, "18:00"), E(7, "20:30"), SUM("Lancement du Mois de l'ESS 06"),
              LOC("CUM, 65 promenade des Anglais, Nice"))

# 139 the repair café of L'Ariane (Saturday 19); 140 the aperitif of Nice (Thursday 10)
f.on_agenda("rc-ariane", aid(), "Repair Café de l'Ariane", [(at(19, "14:00"), at(19, "17:00"))], "Centre social La Ruche de l'Ariane",
            A("Centre social de l'Ariane", "Boulevard de l'Ariane", "06300", "Nice", insee=NICE))
f.in_calendar("rc-ariane", "repair-cafe-ariane-1911@reseau-ess-sud.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café Ariane"),
              LOC("L'Ariane, Nice"))
f.on_platform("apero-nice", pid(), "Apéro ESS niçois", at(10, "18:30"), at(10, "20:30"), "Mouves Sud - antenne azuréenne",
              P("Le 109", "89 route de Turin", "06300", "Nice"))
f.in_calendar("apero-nice", "apero-ess-nice@reseau-ess-sud.org", S(10, "18:30"), SUM("Apéro ESS Nice"), LOC("Nice"))

# 141-143 Cannes: the employment and disability forum (Tuesday 15), the aperitif (Thursday 10), volunteers' training (Saturday 26)
f.on_platform("forum-handicap-cannes", pid(), "Forum emploi et handicap : l'ESS s'engage", at(15, "09:00"), at(15, "13:00"), "Ville de Cannes",
              P("Palais des Festivals et des Congrès", "1 boulevard de la Croisette", "06400", "Cannes"))
rows.append(("forum-handicap-cannes", row(fid(), "Ville de Cannes", "Forum emploi handicap", "15/11/2022", "9h-13h", "Palais des Festivals", "",
                                          "06400", "Cannes")))
f.on_agenda("apero-cannes", aid(), "Apéro ESS cannois", [(at(10, "18:30"), at(10, "20:30"))], "Initiative Cannes Pays de Lérins",
            A("Maison des associations", "9 rue Louis Braille", "06400", "Cannes", insee=CANNES))
rows.append(("apero-cannes", row(fid(), "Initiative Cannes", "Apéro de l'ESS", "10/11/2022", "18h30", "Maison des associations", "9 rue Louis Braille",
                                 "06400", "CANNES")))
f.on_agenda("benevoles-cannes", aid(), "Formation des bénévoles : la comptabilité associative", [(at(26, "09:00"), at(26, "12:00"))],
            "Maison des associations de Cannes", A("Maison des associations", "9 rue Louis Braille", "06400", "Cannes", insee=CANNES))

# 144 Antibes: a talk at the Médiathèque Albert Camus (Wednesday 23), three sources
f.on_platform("antibes-conf", pid(), "Conférence : consommer local et solidaire", at(23, "18:30"), at(23, "20:00"), "Médiathèques d'Antibes",
              P("Médiathèque Albert Camus", "19 bis boulevard Chancel", "06600", "Antibes"))
f.on_agenda("antibes-conf", aid(), "Consommer local et solidaire : conférence", [(at(23, "18:30"), at(23, "20:00"))], "Ville d'Antibes Juan-les-Pins",
            A("Médiathèque Albert Camus", "19 bis Boulevard Chancel", "06600", "Antibes", insee=ANTIBES))
rows.append(("antibes-conf", row(fid(), "Médiathèque A. Camus", "Conférence consommer local", "23/11/2022", "18h30-20h", "Médiathèque Albert Camus",
                                 "", "06600", "Antibes")))

# 145 the Sophia Antipolis hackathon over the week-end (19-20): a span, one VEVENT per day
f.on_platform("hackathon-sophia", pid(), "Hackathon de l'innovation sociale", at(19, "09:00"), at(20, "17:00"), "SKEMA Business School",
              P("SKEMA Business School", "60 rue Dostoïevski", "06560", "Valbonne"))
f.in_calendar("hackathon-sophia", "hackathon-sophia-j1@reseau-ess-sud.org", SF(19, "09:00"), EF(19, "19:00"), SUM("Hackathon innovation sociale - samedi"),
              LOC("Sophia Antipolis"))
f.in_calendar("hackathon-sophia", "hackathon-sophia-j2@reseau-ess-sud.org", SF(20, "09:00"), EF(20, "17:00"),
              SUM("Hackathon innovation sociale - dimanche"), LOC("Sophia Antipolis"))

# 146 the forum of the Pays de Grasse (Thursday 24); 147 Mouans-Sartoux's visit (Wednesday 16); 148 a work site in the Vésubie (12)
f.on_platform("forum-grasse", pid(), "Forum de l'ESS du Pays de Grasse", at(24, "09:00"), at(24, "17:00"), "Communauté d'agglomération du Pays de Grasse",
              P("Palais des congrès", "22 cours Honoré Cresp", "06130", "Grasse"))
f.on_agenda("forum-grasse", aid(), "Forum ESS Pays de Grasse", [(at(24, "09:00"), at(24, "17:00"))], "CAPG",
            A("Palais des Congrès de Grasse", "22 Cours Honoré Cresp", "06130", "Grasse", insee=GRASSE))
f.in_calendar("forum-grasse", "forum-ess-pays-de-grasse@reseau-ess-sud.org", SD(24), ED(24), SUM("Forum ESS Pays de Grasse"), LOC("Grasse"))
f.on_agenda("mouans", aid(), "Visite de la régie agricole et de la MEAD", [(at(16, "14:00"), at(16, "16:00"))], "Ville de Mouans-Sartoux",
            A("Maison d'éducation à l'alimentation durable", "Chemin du Château", "06370", "Mouans-Sartoux", insee=MOUANS))
rows.append(("mouans", row(fid(), "MEAD Mouans-Sartoux", "Visite régie agricole municipale", "16/11/2022", "14h-16h", "MEAD", "", "06370",
                           "Mouans Sartoux")))
f.in_calendar("vesubie", "chantier-participatif-vesubie@reseau-ess-sud.org", SD(12), ED(12), SUM("Chantier participatif de reconstruction"),
              LOC("Saint-Martin-Vésubie"))

# ───────────────────────── Alpes: Hautes-Alpes, Alpes-de-Haute-Provence ─────────────────────────

# 149-151 Gap: the forum (Saturday 19), « Bigger Than Us » (Tuesday 15), the Fresque (Thursday 17)
f.on_platform("forum-gap", pid(), "Forum de l'ESS des Hautes-Alpes", at(19, "10:00"), at(19, "17:00"), "CRESS PACA - antenne Alpes",
              P("Salle de la Pépinière", "Place de la Pépinière", "05000", "Gap"))
f.on_agenda("forum-gap", aid(), "Forum économie sociale et solidaire des Hautes-Alpes", [(at(19, "10:00"), at(19, "17:00"))], "CRESS PACA",
            A("La Pépinière", "Place de la Pépinière", "05000", "Gap", insee=GAP))
rows.append(("forum-gap", row(fid(), "CRESS - antenne 05", "Forum ESS 05", "19/11/2022", "10h-17h", "Pépinière", "", "05000", "GAP")))
f.on_platform("cine-gap", pid(), "Ciné-débat : Bigger Than Us", at(15, "20:00"), at(15, "22:30"), "Gap en transition",
              P("Cinéma Le Centre", "2 rue Carnot", "05000", "Gap"))
rows.append(("cine-gap", row(fid(), "Gap en Transition", "Ciné débat Bigger than Us", "15/11/2022", "20h-22h30", "Cinéma le Centre", "", "05000",
                             "Gap")))
rows.append(("fresque-gap", row(fid(), "Fresque du Climat Hautes-Alpes", "Fresque du climat", "17/11/2022", "18h30-21h30", "Médiathèque",
                                "137 boulevard Georges Pompidou", "05000", "Gap")))

# 152 Briançon: Les Terrasses Solidaires' talk (Friday 25), three sources; 153 Embrun's farmers' market (Sunday 6)
f.on_platform("briancon", pid(), "Conférence : l'accueil solidaire en montagne", at(25, "18:30"), at(25, "20:30"), "Les Terrasses Solidaires",
              P("Les Terrasses Solidaires", "Route de Grenoble", "05100", "Briançon"))
f.in_calendar("briancon", "conf-accueil-montagne@reseau-ess-sud.org", SZ(25, "18:30"), EZ(25, "20:30"), SUM("Accueil solidaire en montagne"),
              LOC("Briançon"))
rows.append(("briancon", row(fid(), "Terrasses Solidaires", "Conférence accueil solidaire", "25/11/2022", "18h30", "Les Terrasses solidaires", "",
                             "05100", "Briancon")))
f.on_agenda("marche-embrun", aid(), "Marché paysan d'Embrun", [(at(6, "08:00"), at(6, "12:30"))], "Ville d'Embrun",
            A("Place Barthelon", "Place Barthelon", "05200", "Embrun", insee="05046"))

# 154 the forum of the Alpes-de-Haute-Provence in Digne (Thursday 17), three sources
f.on_platform("forum-digne", pid(), "Forum de l'ESS des Alpes-de-Haute-Provence", at(17, "09:30"), at(17, "16:30"), "Provence Alpes Agglomération",
              P("Centre culturel René Char", "45 avenue du 8 mai 1945", "04000", "Digne-les-Bains"))
f.on_agenda("forum-digne", aid(), "Forum ESS 04", [(at(17, "09:30"), at(17, "16:30"))], "Provence Alpes Agglomération",
            A("Centre culturel René Char", "45 Avenue du 8 Mai 1945", "04000", "Digne-les-Bains", insee=DIGNE))
rows.append(("forum-digne", row(fid(), "P2A", "Forum ESS Alpes de Haute Provence", "17/11/2022", "", "Centre René Char", "", "04000", "Digne")))

# 155 / 156 Manosque: the Scop meeting (Tuesday 8), the Fresque de la biodiversité (Thursday 17 evening)
f.on_platform("scop-manosque", pid(), "Rencontre des Scop de Haute-Provence", at(8, "14:00"), at(8, "17:00"), "Union régionale des Scop et Scic Sud",
              P("Maison de l'emploi", "Boulevard Élémir Bourges", "04100", "Manosque"))
rows.append(("scop-manosque", row(fid(), "URSCOP Sud", "Rencontre des Scop 04", "08/11/2022", "14h-17h", "", "bd Elémir Bourges", "04100", "Manosque")))
f.in_calendar("fresque-biodiv-manosque", "fresque-biodiversite-manosque@reseau-ess-sud.org", S(17, "18:30"), E(17, "21:30"),
              SUM("Fresque de la biodiversité"), LOC("Médiathèque d'Herbès, Manosque"))

# 157 / 158 Forcalquier: a film at the Bourguet (Saturday 19), the market of know-hows (Monday 28)
f.on_agenda("cine-forcalquier", aid(), "Ciné-débat « Les Liberterres »", [(at(19, "20:30"), at(19, "23:00"))], "Cinéma Le Bourguet",
            A("Cinéma Le Bourguet", "Place du Bourguet", "04300", "Forcalquier", insee=FORCALQUIER))
f.in_calendar("cine-forcalquier", "cine-liberterres-forcalquier@reseau-ess-sud.org", S(19, "20:30"), SUM("Projection-débat Les Liberterres"),
              LOC("Forcalquier"))
f.on_platform("savoirfaire-forcalquier", pid(), "Marché des savoir-faire solidaires", at(28, "08:00"), at(28, "13:00"), "Forcalquier en transition",
              P("Place du Bourguet", "Place du Bourguet", "04300", "Forcalquier"))
rows.append(("savoirfaire-forcalquier", row(fid(), "Forcalquier en Transition", "Marché des savoir-faire", "28/11/2022", "", "Place du Bourguet", "",
                                            "04300", "Forcalquier")))

# 159 a visit of the Prieuré de Salagon in Mane (Sunday 13); 160 the repair café of Sisteron (Saturday 26)
f.on_agenda("salagon", aid(), "Visite guidée : plantes, savoirs et économie locale", [(at(13, "14:00"), at(13, "16:00"))], "Musée de Salagon",
            A("Prieuré de Salagon", "Chemin de Salagon", "04300", "Mane", insee="04111"))
f.in_calendar("rc-sisteron", "repair-cafe-sisteron-2611@reseau-ess-sud.org", SF(26, "14:00"), EF(26, "17:00"), SUM("Repair Café"), LOC("Sisteron"))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
