"""Blind dense set (dense-occitanie 2, 7 Dec 2026): Occitanie, the Mediterranean half of one 2022 edition, written
before reading the merge rules. Montpellier (Écusson, Antigone, Port Marianne, Figuerolles, Celleneuve, the Paul-Valéry
and Triolet campuses; 34000 / 34070 / 34080 / 34090, « Montpellier Cedex 2 », « Mtp »), Castelnau-le-Lez, Lattes,
Grabels, Nîmes, Perpignan (the UPVD campus's cedex), Carcassonne, Narbonne, Béziers, Lozère (Mende, Florac,
Marvejols), and the région's webinars. Four sources: the national platform, CRESS Occitanie's OpenAgenda (organiser in a
field, sometimes empty, several timings, attendanceMode 2 with onlineAccessLink), the iCalendar of a network of the
Hérault WITHOUT X-WR-TIMEZONE (floating times read in the source's zone, UTC « Z », TZID, all-day dates, RRULE, one
VEVENT per day of a salon, LOCATION naming the quarter, the venue or the town alone), and CRESS Occitanie's own XLSX
workbook (Excel dates and times, start time missing, the end day of a span, venue + address + town in one cell,
« Visioconférence » as the place, a quarter instead of the commune). Hard negatives: three repair cafés on Saturday 19
in Montpellier (Figuerolles and Antigone in the afternoon, Celleneuve in the morning), Fresques du Climat in
Montpellier, Nîmes and Perpignan the same Thursday evening and in Montpellier again a week later, two ciné-débats the
same evening in two Montpellier cinemas, a forum and a job dating at one venue the same day in Nîmes, two events on one
campus the same day (Paul-Valéry, UPVD, Triolet), a job dating and a conference by one organiser in Béziers, a training
morning and afternoon, weekly cooking sessions, two sessions of one webinar three weeks apart, two webinars the same
morning (twice), an exhibition and its vernissage, repair cafés in Mende, Carcassonne and Castelnau-le-Lez."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, time, timedelta
from south import *

sources("cress-occitanie-openagenda", "reseau-herault-ess-ical", "cress-occitanie-classeur")
f = Feeds()
f.calendar_head = ""  # the network's calendar has no X-WR-TIMEZONE: floating times in the source's zone
book = []


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
def OA(text): return {"fr": text}


def h(hour, minute=0): return time(hour, minute)
def bk(ref, org, title, day, start=None, end=None, lieu=None, adresse=None, cp=None, commune=None, last=None, desc=None):
    return {"Réf": ref, "Structure organisatrice": org, "Événement": title, "Date de début": datetime(2022, 11, day),
            "Date de fin": datetime(2022, 11, last) if last else None, "Heure début": start, "Heure fin": end, "Lieu": lieu,
            "Adresse complète": adresse, "CP": cp, "Commune": commune, "Descriptif": desc}


MTP, MTP_INSEE, NIMES_INSEE, PERP_INSEE = "Montpellier", "34172", "30189", "66136"
ZOOM_FAO = "https://us02web.zoom.us/j/86612093344?pwd=UHJldGRob25uZXVy"
TEAMS_CRESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U0NJQ01vZGVFbXBsb2k@thread.v2/0"
ZOOM_REGION = "https://us02web.zoom.us/j/81955443322?pwd=Q2xhdXNlc1NvY2lhbGVz"
ZOOM_CPE = "https://us06web.zoom.us/j/83300112299"
ZOOM_ESUS = "https://us06web.zoom.us/j/88877766655?pwd=RVNVUw"
ZOOM_MUT = "https://mutualite.zoom.us/j/91234567812"

# ═════════════════════════ MONTPELLIER ═════════════════════════

# 101 / 102 / 103 three repair cafés on Saturday 19: Figuerolles and Antigone in the afternoon, Celleneuve in the morning
RICOME = P("Maison pour tous Joseph Ricôme", "7 rue Pagès", "34070", MTP)
f.on_platform("rc-figuerolles", 101, "Repair Café Figuerolles", at(19, "14:00"), at(19, "18:00"), "Repair Café Montpellier", RICOME,
              description="Réparons ensemble plutôt que jeter ! Électroménager, informatique, couture, vélos.")
f.on_agenda("rc-figuerolles", 7101, "Repair café à la Maison pour tous Joseph Ricôme", [(at(19, "14:00"), at(19, "18:00"))],
            "Repair Café Montpellier", A("MPT Joseph Ricôme", "7 rue Pagès", "34070", MTP, insee=MTP_INSEE))
book.append(("rc-figuerolles", bk("H-001", "Repair Café Mtp", "Repair café", 19, h(14), h(18), "MPT J. Ricôme", "7 rue Pagès",
                                  "34070", "Montpellier")))
f.on_platform("rc-celleneuve", 102, "Repair café de Celleneuve", at(19, "09:30"), at(19, "12:30"), "Celleneuve Répare",
              P("Maison pour tous Marie Curie", "13 allée Antonin Artaud", "34080", MTP))
f.in_calendar("rc-celleneuve", "rc-celleneuve-1911@reseau-herault-ess", SF(19, "09:30"), EF(19, "12:30"), SUM("Repair café"),
              LOC("Celleneuve"))
f.in_calendar("rc-antigone", "rc-antigone-1911@reseau-herault-ess", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Antigone"),
              LOC("Maison pour tous Mélina Mercouri"))
book.append(("rc-antigone", bk("H-002", "Les Réparateurs d'Antigone", "Repair café Antigone", 19, h(14), h(17),
                               "MPT Mélina Mercouri", "842 rue de la Vieille Poste", "34000", "Antigone")))

# 104 / 105 / 106 / 107 Fresques du Climat: Montpellier, Nîmes and Perpignan on Thursday 17, Montpellier again on the 24th
TROPISME = P("Halle Tropisme", "121 rue Fontcouverte", "34070", MTP)
f.on_platform("fresque-mtp-17", 104, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat", TROPISME)
f.on_agenda("fresque-mtp-17", 7104, "Fresque du Climat à la Halle Tropisme", [(at(17, "18:30"), at(17, "21:30"))],
            "Fresque du Climat - Montpellier", A("Halle Tropisme", "121 rue Fontcouverte", "34070", MTP))
f.in_calendar("fresque-mtp-17", "fdc-mtp-17@reseau-herault-ess", SF(17, "18:30"), EF(17, "21:30"), SUM("Fresque du climat"),
              LOC("Tropisme"))
f.on_platform("fresque-nimes-17", 105, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Maison de l'Environnement", "1 rue Jean Reboul", "30000", "Nîmes"))
book.append(("fresque-nimes-17", bk("H-003", "Nîmes en Transition", "Fresque du Climat - Nîmes", 17, h(18, 30), h(21, 30),
                                    "Maison de l'environnement", None, "30000", "Nîmes")))
f.on_agenda("fresque-perp-17", 7105, "Atelier La Fresque du Climat", [(at(17, "18:00"), at(17, "21:00"))], "Perpignan en Transition",
            A("Casa Musicale", "1 rue Jean Vielledent", "66000", "Perpignan", insee=PERP_INSEE))
f.in_calendar("fresque-perp-17", "fdc-perpignan-17@reseau-herault-ess", SZ(17, "18:00"), EZ(17, "21:00"), SUM("Fresque du Climat"),
              LOC("Perpignan"))
f.on_agenda("fresque-mtp-24", 7106, "Fresque du Climat à la Halle Tropisme", [(at(24, "18:30"), at(24, "21:30"))],
            "Fresque du Climat - Montpellier", A("Halle Tropisme", "121 rue Fontcouverte", "34070", MTP))

# 108 the two-day salon of the ESS at the Corum (18-19), all four sources, the calendar one VEVENT a day
f.on_platform("salon-mtp", 108, "Salon de l'ESS et de la consommation responsable", at(18, "10:00"), at(19, "18:00"),
              "Montpellier Méditerranée Métropole", P("Le Corum", "Esplanade Charles de Gaulle", "34000", MTP),
              description="Deux jours, 120 exposants, conférences et ateliers : consommer autrement à Montpellier.")
f.on_agenda("salon-mtp", 7108, "Mois de l'ESS – Salon de l'ESS 2022", [(at(18, "10:00"), at(18, "19:00")), (at(19, "10:00"), at(19, "18:00"))],
            "CRESS Occitanie", A("Corum - Palais des congrès", "Esplanade Charles-de-Gaulle", "34000", MTP, insee=MTP_INSEE))
f.in_calendar("salon-mtp", "salon-ess-mtp-j1@reseau-herault-ess", SF(18, "10:00"), EF(18, "19:00"), SUM("Salon ESS (jour 1)"),
              LOC("Corum, Montpellier"))
f.in_calendar("salon-mtp", "salon-ess-mtp-j2@reseau-herault-ess", SF(19, "10:00"), EF(19, "18:00"), SUM("Salon ESS (jour 2)"),
              LOC("Corum, Montpellier"))
book.append(("salon-mtp", bk("H-004", "3M / CRESS", "Salon de l'ESS", 18, h(10), h(18), "Le Corum", None, "34000", "MONTPELLIER",
                             last=19)))

# 109 job dating of the ESS at the Hôtel de Métropole (Antigone)
f.on_platform("jobdating-mtp", 109, "Job dating : l'ESS recrute", at(21, "09:00"), at(21, "13:00"), "Pôle emploi Montpellier",
              P("Hôtel de Métropole", "50 place Zeus", "34000", MTP))
f.on_agenda("jobdating-mtp", 7109, "Job-dating ESS Montpellier", [(at(21, "09:00"), at(21, "13:00"))], "CRESS Occitanie",
            A("Hôtel de Montpellier Méditerranée Métropole", "50 place Zeus", "34961", "Montpellier Cedex 2"))
book.append(("jobdating-mtp", bk("H-005", "Pôle Emploi / CRESS Occitanie", "Job dating ESS", 21, h(9), h(13),
                                 "Hôtel de Métropole, 50 place Zeus, Montpellier")))

# 110 / 111 Paul-Valéry university, Monday 14: a conference and a fair of ESS jobs
UPV = P("Université Paul-Valéry Montpellier 3", "Route de Mende", "34090", MTP)
f.on_platform("upv-conf", 110, "Conférence : les communs, une autre économie ?", at(14, "17:30"), at(14, "19:30"),
              "Université Paul-Valéry Montpellier 3", UPV)
f.on_agenda("upv-conf", 7110, "Communs et économie sociale et solidaire : conférence-débat", [(at(14, "17:30"), at(14, "19:30"))],
            "UPV - Master ESS", A("Amphi A, Université Paul-Valéry", "Route de Mende", "34199", "Montpellier Cedex 5"),
            description=OA("Avec les étudiants du master ESS et des chercheurs de l'ART-Dev."))
f.in_calendar("upv-conf", "upv-communs@reseau-herault-ess", SZ(14, "17:30"), EZ(14, "19:30"), SUM("Conférence Communs & ESS"),
              LOC("Campus Route de Mende"))
f.on_platform("upv-forum", 111, "Forum des métiers de l'ESS", at(14, "11:00"), at(14, "15:00"), "Université Paul-Valéry Montpellier 3",
              P("Bâtiment Marc Bloch, Université Paul-Valéry", "Route de Mende", "34090", MTP))
book.append(("upv-forum", bk("H-006", "UPV", "Forum métiers de l'ESS", 14, h(11), h(15), "Université Paul Valéry", "Route de Mende",
                             "34090", "Montpellier")))

# 112 URSCOP breakfast at the city hall (Port Marianne)
f.on_platform("pdj-urscop-mtp", 112, "Petit-déjeuner : reprendre une entreprise en Scop", at(8, "08:30"), at(8, "10:00"),
              "Union régionale des Scop et Scic d'Occitanie", P("Hôtel de Ville", "1 place Georges Frêche", "34267", "Montpellier Cedex 2"))
book.append(("pdj-urscop-mtp", bk("H-007", "URSCOP", "Petit déj reprise en Scop", 8, h(8, 30), None, "Mairie de Montpellier", None,
                                  "34000", "Mtp")))

# 113 / 114 two webinars on Tuesday 22 at 10:00, two organisers
f.on_platform("webi-fao-22", 113, "Webinaire : le prêt d'honneur solidaire", at(22, "10:00"), at(22, "11:00"), "France Active Occitanie",
              ONLINE, modality="En ligne", url=ZOOM_FAO)
f.on_agenda("webi-fao-22", 7113, "Prêt d'honneur solidaire : financer son démarrage (webinaire)", [(at(22, "10:00"), at(22, "11:00"))],
            "France Active Occitanie", {}, mode=2, onlineAccessLink=ZOOM_FAO)
f.on_platform("webi-scic-22", 114, "Webinaire : la SCIC, mode d'emploi", at(22, "10:00"), at(22, "11:30"), "CRESS Occitanie",
              ONLINE, modality="En ligne")
f.in_calendar("webi-scic-22", "webi-scic@reseau-herault-ess", SF(22, "10:00"), EF(22, "11:30"), SUM("La SCIC : mode d'emploi (visio)"),
              f"URL:{TEAMS_CRESS}")
book.append(("webi-scic-22", bk("H-008", "CRESS Occitanie", "Webinaire SCIC", 22, h(10), h(11, 30), "Visioconférence")))

# 115 / 116 exhibition at the Émile Zola library (8-26) and its vernissage
ZOLA = P("Médiathèque Émile Zola", "218 boulevard de l'Aéroport International", "34000", MTP)
f.on_platform("expo-zola", 115, "Exposition « Elles font l'ESS »", at(8, "10:00"), at(26, "18:00"), "CRESS Occitanie", ZOLA)
f.in_calendar("expo-zola", "expo-elles-font-ess@reseau-herault-ess", SD(8), ED(26), SUM("Expo « Elles font l'ESS »"),
              LOC("Médiathèque Zola, Antigone"))
book.append(("expo-zola", bk("H-009", "CRESS Occitanie", "Exposition Elles font l'ESS", 8, None, None, "Médiathèque Emile Zola",
                             "218 bd de l'Aéroport International", "34000", "Montpellier", last=26)))
f.on_platform("vernissage-zola", 116, "Vernissage de l'exposition « Elles font l'ESS »", at(8, "18:00"), at(8, "20:00"),
              "CRESS Occitanie", ZOLA)
f.on_agenda("vernissage-zola", 7116, "Vernissage : Elles font l'ESS", [(at(8, "18:00"), at(8, "20:00"))], "CRESS Occitanie",
            A("Médiathèque Émile Zola", "218 bd de l'Aéroport International", "34000", MTP))

# 117 / 118 two ciné-débats on Tuesday 15 evening: Utopia and Diagonal
f.on_platform("cine-utopia", 117, "Ciné-débat « Douce France »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Montpellier",
              P("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", MTP))
f.in_calendar("cine-utopia", "douce-france-utopia@reseau-herault-ess", SF(15, "20:00"), SUM("Douce France : film + débat"),
              LOC("Utopia Montpellier"))
f.on_agenda("cine-diagonal", 7118, "Ciné-débat « Un pays qui se tient sage » avec la LDH",
            [(at(15, "20:30"), at(15, "23:00"))], "LDH Montpellier", A("Cinéma Diagonal", "5 rue de Verdun", "34000", MTP))
book.append(("cine-diagonal", bk("H-010", "LDH 34", "Ciné débat", 15, h(20, 30), None, "Diagonal", "5 rue de Verdun", "34000",
                                 "Montpellier")))

# 119 repair café in Castelnau-le-Lez, Saturday 26
f.on_platform("rc-castelnau", 119, "Repair café castelnauvien", at(26, "14:00"), at(26, "17:00"), "Castelnau en Transition",
              P("Salle Pierre Hortala", "Rue Jules Ferry", "34170", "Castelnau-le-Lez"))
book.append(("rc-castelnau", bk("H-011", "Castelnau en transition", "Repair café", 26, h(14), h(17), "Salle Hortala", None, None,
                                "Castelnau le Lez")))

# 120 farmers' and solidarity market in Lattes (platform alone)
f.on_platform("marche-lattes", 120, "Marché paysan et solidaire", at(27, "09:00"), at(27, "13:00"), "Ville de Lattes",
              P("Place de l'Europe", "", "34970", "Lattes"))

# 121 garden work party in Grabels (calendar alone)
f.in_calendar("chantier-grabels", "chantier-grabels-12@reseau-herault-ess", SF(12, "09:30"), EF(12, "12:30"),
              SUM("Chantier participatif : plantation de haies"), LOC("Grabels"))

# 122-124 anti-waste cooking lessons on Thursdays (10, 17, 24) at La Cagette
CUISINE = {"2022-11-10": "cuisine-10", "2022-11-17": "cuisine-17", "2022-11-24": "cuisine-24"}
f.in_calendar(CUISINE, "cuisine-antigaspi@reseau-herault-ess", S(10, "18:30"), E(10, "20:30"), "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3",
              SUM("Cuisine anti-gaspi"), LOC("La Cagette, Montpellier"))
f.on_platform("cuisine-10", 122, "Cours de cuisine anti-gaspi (les jeudis 10, 17 et 24 novembre)", at(10, "18:30"), at(10, "20:30"),
              "La Cagette", P("La Cagette", "2 rue Pierre Flourens", "34090", MTP))
book.append(("cuisine-17", bk("H-012", "La Cagette", "Cuisine anti-gaspi #2", 17, h(18, 30), h(20, 30), "La Cagette", None, "34090",
                              "Montpellier")))
book.append(("cuisine-24", bk("H-013", "La Cagette", "Cuisine anti-gaspi #3", 24, h(18, 30), h(20, 30), "La Cagette", None, "34090",
                              "Montpellier")))

# 125 launch of the month in the Hérault
f.on_platform("lancement-34", 125, "Lancement du Mois de l'ESS dans l'Hérault", at(4, "18:00"), at(4, "20:30"),
              "Montpellier Méditerranée Métropole", P("Hôtel de Métropole", "50 place Zeus", "34000", MTP))
f.on_agenda("lancement-34", 7125, "Soirée de lancement du Mois de l'ESS - Hérault", [(at(4, "18:00"), at(4, "21:00"))], "CRESS Occitanie",
            A("Hôtel de Métropole", "50 place Zeus", "34000", MTP))
f.in_calendar("lancement-34", "lancement-herault@reseau-herault-ess", SZ(4, "18:00"), SUM("Lancement Mois ESS 34"),
              LOC("Antigone, Montpellier"))

# 126 / 127 Cap Omega (Port Marianne): afterwork on Thursday 10, the incubator's demo day on Thursday 24
CAPOMEGA = P("Cap Omega", "Rond-point Benjamin Franklin", "34960", "Montpellier")
f.on_platform("afterwork-mtp", 126, "Afterwork des entrepreneurs de l'ESS", at(10, "18:30"), at(10, "21:00"), "Alter'Incub Occitanie",
              CAPOMEGA)
f.on_agenda("afterwork-mtp", 7126, "Afterwork ESS à Port Marianne", [(at(10, "18:30"), at(10, "21:00"))], "Alter'Incub",
            A("Cap Omega", "Rond-point Benjamin Franklin", "34000", MTP))
f.on_platform("demoday-mtp", 127, "Demo day : les projets incubés d'Alter'Incub", at(24, "14:00"), at(24, "17:30"),
              "Alter'Incub Occitanie", CAPOMEGA)
f.in_calendar("demoday-mtp", "demo-day-alterincub@reseau-herault-ess", SZ(24, "14:00"), SUM("Demo Day Alter'Incub"),
              LOC("Cap Omega\\, Port Marianne"))

# 128 zero-waste sewing workshop at the MPT Léo Lagrange, Saturday 19 afternoon (agenda alone)
f.on_agenda("couture-mtp", 7128, "Atelier couture zéro déchet", [(at(19, "14:00"), at(19, "16:30"))], "Les Fils d'Ariane",
            A("Maison pour tous Léo Lagrange", "155 rue de Bologne", "34080", MTP))

# 129 / 130 Espace Martin Luther King, Wednesday 16: housing evening and volunteering permanence
EMLK = P("Espace Martin Luther King", "27 boulevard Louis Blanc", "34000", MTP)
f.on_platform("habitat-mtp", 129, "Soirée d'information : l'habitat participatif", at(16, "18:30"), at(16, "20:30"),
              "Habitat participatif Occitanie", EMLK)
f.on_agenda("habitat-mtp", 7129, "Habitat participatif, pourquoi pas vous ?", [(at(16, "18:30"), at(16, "20:30"))], "",
            A("Espace Martin Luther King", "27 bd Louis Blanc", "34000", MTP))
f.on_platform("benevolat-mtp", 130, "Permanence : trouver une mission de bénévolat", at(16, "14:00"), at(16, "17:00"),
              "France Bénévolat Montpellier", EMLK)

# 131 sale of the ressourcerie, Saturday 5, all day in the calendar
f.on_platform("ressourcerie-vente", 131, "Grande braderie de la ressourcerie", at(5, "10:00"), at(5, "18:00"), "Ressourcerie Montpellier",
              P("Ressourcerie", "360 rue de la Croix Verte", "34090", MTP))
f.in_calendar("ressourcerie-vente", "braderie-ressourcerie@reseau-herault-ess", SD(5), ED(5), SUM("Braderie solidaire"),
              LOC("Ressourcerie de Montpellier"))

# 132 ESS walk in the Écusson, Saturday 5 morning
f.on_platform("balade-ecusson", 132, "Balade urbaine : l'ESS dans l'Écusson", at(5, "10:00"), at(5, "12:00"), "Montpellier en Transition",
              P("Place de la Comédie", "Place de la Comédie", "34000", MTP))
f.in_calendar("balade-ecusson", "balade-ecusson@reseau-herault-ess", SF(5, "10:00"), EF(5, "12:00"), SUM("Balade ESS dans l'Ecusson"),
              LOC("Comédie, Montpellier"))

# 133 quiz night (agenda alone)
f.on_agenda("quiz-mtp", 7133, "Quiz de l'ESS au bar associatif", [(at(23, "19:30"), at(23, "22:00"))], "Le Chat Perché",
            A("Le Chat Perché", "4 rue Terral", "34000", MTP))

# 134 / 135 Triolet campus, Thursday 24: a lunch talk and an evening conference of the mutual insurers
TRIOLET = P("Université de Montpellier, campus Triolet", "Place Eugène Bataillon", "34090", MTP)
f.on_platform("mut-conf", 134, "Conférence : les mutuelles face au vieillissement", at(24, "18:00"), at(24, "20:00"),
              "Mutualité Française Occitanie", TRIOLET)
f.on_agenda("mut-conf", 7134, "Vieillir en bonne santé : quelle place pour les mutuelles ? (conférence)", [(at(24, "18:00"), at(24, "20:00"))],
            "Mutualité Française", A("Campus Triolet - Bât. 36", "Place Eugène Bataillon", "34095", "Montpellier"))
book.append(("midi-triolet", bk("H-014", "Université de Montpellier", "Midi de la recherche : ESS & santé", 24, h(12, 30), h(13, 30),
                                "Campus Triolet", "Place E. Bataillon", "34090", "Montpellier")))

# 136 / 137 ESUS webinar, two sessions (9 and 30) at 11:00
f.on_platform("esus-9", 136, "Webinaire : obtenir l'agrément ESUS", at(9, "11:00"), at(9, "12:00"), "CRESS Occitanie", ONLINE,
              modality="En ligne", url=ZOOM_ESUS)
f.in_calendar("esus-9", "esus-session1@reseau-herault-ess", SF(9, "11:00"), EF(9, "12:00"), SUM("Agrément ESUS - webinaire"),
              f"URL:{ZOOM_ESUS}")
f.on_platform("esus-30", 137, "Webinaire : obtenir l'agrément ESUS", at(30, "11:00"), at(30, "12:00"), "CRESS Occitanie", ONLINE,
              modality="En ligne", url=ZOOM_ESUS)
book.append(("esus-30", bk("H-015", "CRESS Occitanie", "Agrément ESUS (webinaire, session 2)", 30, h(11), h(12), "Visioconférence")))

# ═════════════════════════ GARD ═════════════════════════

# 140 / 141 Nîmes, Thursday 10 at the Espace Pablo Neruda: the forum of the ESS of the Gard, a job dating in the afternoon
NERUDA = P("Espace Pablo Neruda", "1 place Hubert Rouger", "30900", "Nîmes")
f.on_platform("nimes-forum", 140, "Forum de l'ESS du Gard", at(10, "09:00"), at(10, "13:00"), "CRESS Occitanie", NERUDA,
              description="Stands, tables rondes et rencontres : l'économie sociale et solidaire du Gard se présente.")
f.on_agenda("nimes-forum", 7140, "Forum ESS Gard 2022", [(at(10, "09:00"), at(10, "13:00"))], "Nîmes Métropole",
            A("Espace Pablo Neruda", "1 place Hubert Rouger", "30900", "Nîmes", insee=NIMES_INSEE))
book.append(("nimes-forum", bk("H-016", "CRESS Occitanie", "Forum de l'ESS - Gard", 10, h(9), h(13), "Espace P. Neruda", None,
                               "30900", "NIMES")))
f.on_platform("nimes-jobdating", 141, "Job dating : les métiers de l'aide à domicile", at(10, "14:00"), at(10, "17:00"),
              "Pôle emploi Nîmes", NERUDA)
# 142 conference at the Université de Nîmes
f.on_agenda("unimes-conf", 7142, "Conférence : entreprendre en coopérative, retours d'expérience", [(at(22, "18:00"), at(22, "20:00"))],
            "Université de Nîmes", A("Université de Nîmes - site Vauban", "Rue du Docteur Georges Salan", "30021", "Nîmes Cedex 1"))
book.append(("unimes-conf", bk("H-017", "UNIMES", "Entreprendre en coopérative", 22, h(18), None, "Site Vauban", None, None, "Nîmes")))
# 143 repair café in Nîmes, Saturday 26
f.on_platform("nimes-rc", 143, "Repair café nîmois", at(26, "14:00"), at(26, "17:00"), "Nîmes en Transition",
              P("Centre social Simone Veil", "Rue Antoine Gentil", "30900", "Nîmes"))
f.in_calendar("nimes-rc", "rc-nimes-26@reseau-herault-ess", SZ(26, "14:00"), EZ(26, "17:00"), SUM("Repair Café"), LOC("Nîmes"))
# 144 ciné-débat at the Sémaphore
f.in_calendar("nimes-cine", "cine-semaphore-23@reseau-herault-ess", S(23, "20:00"), E(23, "22:30"), SUM("Ciné-débat : « Demain »"),
              LOC("Le Sémaphore, Nîmes"))
book.append(("nimes-cine", bk("H-018", "Colibris 30", "Ciné-débat Demain", 23, h(20), h(22, 30), "Cinéma Le Sémaphore",
                              "25 rue Porte de France", "30900", "Nîmes")))

# ═════════════════════════ PYRÉNÉES-ORIENTALES ═════════════════════════

# 150 / 151 Perpignan, Saturday 19: the forum at the Palais des congrès (four sources), a repair café the same afternoon
f.on_platform("perp-forum", 150, "Forum « Ensemble pour l'ESS » des Pyrénées-Orientales", at(19, "10:00"), at(19, "18:00"),
              "Perpignan Méditerranée Métropole", P("Palais des Congrès Georges Pompidou", "Place Armand Lanoux", "66000", "Perpignan"))
f.on_agenda("perp-forum", 7150, "Ensemble pour l'ESS : le forum catalan de l'économie sociale et solidaire", [(at(19, "10:00"), at(19, "18:00"))],
            "CRESS Occitanie", A("Palais des Congrès", "Place Armand Lanoux", "66000", "Perpignan", insee=PERP_INSEE))
f.in_calendar("perp-forum", "forum-ess-66@reseau-herault-ess", SD(19), ED(19), SUM("[Perpignan] Forum Ensemble pour l'ESS"),
              LOC("Palais des congrès, Perpignan"))
book.append(("perp-forum", bk("H-019", "PMM", "Forum Ensemble pour l'ESS", 19, h(10), h(18), "Palais des Congrès", "Place A. Lanoux",
                              "66000", "Perpignan")))
f.on_platform("perp-rc", 151, "Repair café de Perpignan", at(19, "14:00"), at(19, "17:00"), "Repair Café Perpignan",
              P("Maison de quartier Saint-Mathieu", "Rue Jean Payra", "66000", "Perpignan"))
f.in_calendar("perp-rc", "rc-perpignan-19@reseau-herault-ess", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café"),
              LOC("Saint-Mathieu, Perpignan"))
# 152 / 153 UPVD, Tuesday 15: a conference in the evening and an internships fair during the day
f.on_platform("upvd-conf", 152, "Conférence : l'ESS transfrontalière, Catalogne nord et sud", at(15, "18:00"), at(15, "20:00"),
              "Université de Perpignan Via Domitia", P("UPVD - Amphi 4", "52 avenue Paul Alduy", "66860", "Perpignan Cedex 9"))
f.on_agenda("upvd-conf", 7152, "L'économie sociale et solidaire transfrontalière (conférence)", [(at(15, "18:00"), at(15, "20:00"))],
            "UPVD", A("Université de Perpignan", "52 av. Paul Alduy", "66100", "Perpignan"))
book.append(("upvd-conf", bk("H-020", "Université Perpignan Via Domitia", "Conférence ESS transfrontalière", 15, h(18), h(20), "UPVD",
                             "52 avenue Paul Alduy", "66860", "Perpignan")))
f.on_agenda("upvd-forum", 7153, "Forum stages et emplois dans l'ESS", [(at(15, "10:00"), at(15, "16:00"))], "UPVD - BAIP",
            A("Université de Perpignan - Hall BU", "52 av. Paul Alduy", "66100", "Perpignan"))

# ═════════════════════════ AUDE ═════════════════════════

# 160 Carcassonne: the meetings of the ESS of the Aude, Thursday 24
f.on_platform("carca-rencontres", 160, "Rencontres de l'ESS de l'Aude", at(24, "14:00"), at(24, "18:00"), "Carcassonne Agglo",
              P("Chapelle des Jésuites", "Rue de Verdun", "11000", "Carcassonne"))
f.on_agenda("carca-rencontres", 7160, "Mois de l'ESS : Rencontres audoises de l'économie sociale et solidaire", [(at(24, "14:00"), at(24, "18:00"))],
            "CRESS Occitanie", A("Chapelle des Jésuites", "rue de Verdun", "11000", "Carcassonne"))
f.in_calendar("carca-rencontres", "rencontres-aude@reseau-herault-ess", S(24, "14:00"), E(24, "18:00"), SUM("Rencontres ESS Aude"),
              LOC("Carcassonne"))
# 161 repair café in Carcassonne, Saturday 26 morning (workbook alone)
book.append(("carca-rc", bk("H-021", "Carcassonne en transition", "Repair café", 26, h(9, 30), h(12), "Maison des associations",
                            "Place Carnot", "11000", "Carcassonne")))
# 162 ciné-débat in Narbonne, Friday 18
f.on_platform("narbonne-cine", 162, "Ciné-débat « Demain »", at(18, "20:30"), at(18, "23:00"), "Colibris Narbonne",
              P("Théâtre + Cinéma Scène nationale Grand Narbonne", "2 avenue Maître Hubert Mouly", "11100", "Narbonne"))
book.append(("narbonne-cine", bk("H-022", "Colibris 11", "Projection débat Demain", 18, h(20, 30), None, "Théâtre+Cinéma", None, None,
                                 "Narbonne")))
# 163 market at the Halles de Narbonne, Sunday 20 (platform alone)
f.on_platform("narbonne-marche", 163, "Marché des producteurs solidaires aux Halles", at(20, "08:00"), at(20, "13:00"),
              "Ville de Narbonne", P("Les Halles de Narbonne", "1 cours Mirabeau", "11100", "Narbonne"))

# ═════════════════════════ BÉZIERS ═════════════════════════

# 164 / 165 Béziers, Tuesday 29: a job dating in the morning, a conference in the evening, one organiser
f.on_platform("beziers-jd", 164, "Job dating de l'ESS du Biterrois", at(29, "09:00"), at(29, "12:00"), "Béziers Méditerranée",
              P("Palais des Congrès", "29 avenue Saint-Saëns", "34500", "Béziers"))
f.on_agenda("beziers-jd", 7164, "Job-dating ESS à Béziers", [(at(29, "09:00"), at(29, "12:00"))], "Agglo Béziers Méditerranée",
            A("Palais des congrès de Béziers", "29 av. Saint-Saëns", "34500", "Béziers"))
book.append(("beziers-jd", bk("H-023", "Béziers Méditerranée", "Job dating ESS", 29, None, None, "Palais des Congrès", None, "34500",
                              "Béziers")))
f.on_platform("beziers-conf", 165, "Conférence : l'ESS dans les territoires ruraux du Biterrois", at(29, "18:30"), at(29, "20:30"),
              "Béziers Méditerranée", P("Médiathèque André Malraux", "1 place du 14 Juillet", "34500", "Béziers"))
# 166 / 167 training on being an employer association, Thursday 17 morning and afternoon
book.append(("beziers-form-am", bk("H-024", "Profession Sport & Loisirs 34", "Formation : association employeuse (matin)", 17, h(9), h(12),
                                   "Maison de la vie associative", "2 rue Jeanne Jugan", "34500", "Béziers")))
book.append(("beziers-form-pm", bk("H-025", "Profession Sport & Loisirs 34", "Formation : association employeuse (après-midi)", 17, h(14),
                                   h(17), "Maison de la vie associative", "2 rue Jeanne Jugan", "34500", "Béziers")))
f.on_agenda("beziers-form-am", 7166, "Devenir employeur associatif : les bases (formation)", [(at(17, "09:00"), at(17, "12:00"))],
            "PSL 34", A("Maison de la vie associative", "2 rue Jeanne Jugan", "34500", "Béziers"))

# ═════════════════════════ LOZÈRE ═════════════════════════

# 170 ciné-débat in Mende (calendar alone)
f.in_calendar("mende-cine", "cine-mende-22@reseau-herault-ess", SF(22, "20:30"), SUM("Ciné-débat au Trianon"), LOC("Mende"),
              DESC("Projection du film « Les Champs de la solidarité » suivie d'un débat avec les Jardins de Cocagne."))
# 171 / 172 Saturday 12: the feast of the ESS in Florac, a repair café in Mende
f.on_platform("florac-fete", 171, "Fête de l'ESS en Cévennes", at(12, "10:00"), at(12, "18:00"), "Cévennes Écotourisme",
              P("Salle polyvalente", "Avenue Jean Monestier", "48400", "Florac Trois Rivières"))
f.on_agenda("florac-fete", 7171, "Fête de l'économie sociale et solidaire à Florac", [(at(12, "10:00"), at(12, "18:00"))], "",
            A("Salle polyvalente de Florac", "av. Jean Monestier", "48400", "Florac"))
f.on_platform("mende-rc", 172, "Repair café de Mende", at(12, "14:00"), at(12, "17:00"), "Lozère en Transition",
              P("Espace Saint-Ilpide", "Rue de l'Ange", "48000", "Mende"))
book.append(("mende-rc", bk("H-026", "Lozère en transition", "Repair café", 12, h(14), h(17), "Saint-Ilpide", None, "48000", "Mende")))
# 173 CAE discovery workshop in Marvejols (workbook alone)
book.append(("marvejols-cae", bk("H-027", "Coopérer pour entreprendre", "Atelier découverte CAE", 8, h(14), h(16), "Mairie de Marvejols",
                                 None, "48100", "Marvejols")))

# ═════════════════════════ RÉGION ONLINE ═════════════════════════

# 180 / 181 two webinars on Thursday 3 at 10:00: the Région's social clauses (four sources), the CAE network's
f.on_platform("webi-clauses", 180, "Webinaire : marchés publics et clauses sociales", at(3, "10:00"), at(3, "11:30"), "Région Occitanie",
              ONLINE, modality="En ligne", url=ZOOM_REGION)
f.on_agenda("webi-clauses", 7180, "Clauses sociales dans les marchés publics : webinaire régional", [(at(3, "10:00"), at(3, "11:30"))],
            "Région Occitanie / Pyrénées-Méditerranée", {}, mode=2, onlineAccessLink=ZOOM_REGION)
f.in_calendar("webi-clauses", "webi-clauses-sociales@reseau-herault-ess", SZ(3, "10:00"), EZ(3, "11:30"),
              SUM("Mois de l'ESS - Clauses sociales (webinaire)"), f"URL:{ZOOM_REGION}")
book.append(("webi-clauses", bk("H-028", "Région Occitanie", "Webinaire clauses sociales", 3, h(10), h(11, 30), "Visioconférence")))
f.on_platform("webi-cae", 181, "Webinaire : entreprendre en coopérative d'activité et d'emploi", at(3, "10:00"), at(3, "11:00"),
              "Coopérer pour entreprendre", ONLINE, modality="En ligne", url=ZOOM_CPE)
f.on_agenda("webi-cae", 7181, "Découvrir les CAE (webinaire)", [(at(3, "10:00"), at(3, "11:00"))], "Coopérer pour entreprendre", {},
            mode=2, onlineAccessLink=ZOOM_CPE)
# 182 the mutual insurers' webinar on carers (platform alone)
f.on_platform("webi-aidants", 182, "Webinaire : la santé des aidants, quelles solutions solidaires ?", at(29, "14:00"), at(29, "15:30"),
              "Mutualité Française Occitanie", ONLINE, modality="En ligne", url=ZOOM_MUT)

# ═════════════════════════ MORE, SEVERAL OF THEM LOOK-ALIKES ═════════════════════════

# 183 hackathon of the ESS and digital, Port Marianne, Saturday 26
f.on_platform("hackathon-mtp", 183, "Hackathon ESS & numérique responsable", at(26, "09:00"), at(26, "18:00"), "La Mêlée Numérique",
              P("Halle de l'Innovation", "1 place Pierre Renaudel", "34000", MTP))
f.on_agenda("hackathon-mtp", 7183, "Hack'ESS : 24 heures pour un numérique solidaire", [(at(26, "09:00"), at(26, "18:00"))], "",
            A("Halle de l'Innovation", "1 pl. Pierre Renaudel", "34000", "Port Marianne"))
# 184 two-day Christmas market in Perpignan (26-27)
f.on_platform("perp-noel", 184, "Marché de Noël solidaire et équitable", at(26, "10:00"), at(27, "19:00"), "Artisans du Monde Perpignan",
              P("Place de la République", "", "66000", "Perpignan"))
book.append(("perp-noel", bk("H-029", "Artisans du Monde 66", "Marché de Noël équitable", 26, h(10), h(19), "Place de la République",
                             None, None, "Perpignan", last=27)))
# 185 employment forum of the solidarity economy in Castelnau-le-Lez, Tuesday 8
f.on_platform("castelnau-emploi", 185, "Forum de l'emploi solidaire", at(8, "09:00"), at(8, "12:00"), "Ville de Castelnau-le-Lez",
              P("Salle Frédéric Bazille", "Rue de la Crouzette", "34170", "Castelnau-le-Lez"))
f.in_calendar("castelnau-emploi", "forum-emploi-castelnau@reseau-herault-ess", SZ(8, "09:00"), EZ(8, "12:00"),
              SUM("Forum emploi solidaire"), LOC("Castelnau-le-Lez"))
# 186 conference on water as a commons in Lattes, Thursday 17 (agenda alone)
f.on_agenda("lattes-eau", 7186, "Conférence : l'eau, un bien commun", [(at(17, "18:30"), at(17, "20:30"))], "Eau Secours 34",
            A("Médiathèque Jean de La Fontaine", "Avenue de Montpellier", "34970", "Lattes"))
# 187 visit of a cooperative bookshop in the Écusson, Saturday 26
f.in_calendar("librairie-ecusson", "visite-librairie-coop@reseau-herault-ess", SF(26, "11:00"), EF(26, "12:00"),
              SUM("Visite : une librairie en Scop"), LOC("Écusson, Montpellier"))
book.append(("librairie-ecusson", bk("H-030", "Le Grain des Mots (Scop)", "Visite librairie coopérative", 26, h(11), h(12),
                                     "Le Grain des Mots", "13 rue du Plan Palais", "34000", "Montpellier")))
# 188 workshop: creating an association, Nîmes, Tuesday 8
f.on_platform("nimes-asso", 188, "Atelier : créer son association", at(8, "18:00"), at(8, "20:00"), "Ligue de l'enseignement du Gard",
              P("Maison de la vie associative", "2 place Hubert Rouger", "30900", "Nîmes"))
f.on_agenda("nimes-asso", 7188, "Créer son asso : les étapes clés", [(at(8, "18:00"), at(8, "20:00"))], "Ligue de l'Enseignement 30",
            A("MVA Nîmes", "2 pl. Hubert Rouger", "30900", "Nîmes", insee=NIMES_INSEE))
book.append(("nimes-asso", bk("H-031", "FOL 30", "Créer son association", 8, h(18), None, "Maison de la vie associative", None, "30900",
                              "Nîmes")))
# 189 repair café in Béziers, Saturday 19 afternoon (platform alone)
f.on_platform("beziers-rc", 189, "Repair café", at(19, "14:00"), at(19, "17:00"), "Béziers en Transition",
              P("Maison de quartier La Devèze", "Avenue de la Devèze", "34500", "Béziers"))
# 190 job dating of insertion in Carcassonne, Tuesday 22
f.on_agenda("carca-iae", 7190, "Job dating de l'insertion par l'activité économique", [(at(22, "09:00"), at(22, "12:00"))],
            "Pôle emploi Carcassonne", A("Pôle emploi", "Rue Jean Moulin", "11000", "Carcassonne"))
f.in_calendar("carca-iae", "jd-iae-carcassonne@reseau-herault-ess", SF(22, "09:00"), EF(22, "12:00"), SUM("Job dating IAE"),
              LOC("Carcassonne"))

# third copies of events above
f.in_calendar("vernissage-zola", "vernissage-elles@reseau-herault-ess", SF(8, "18:00"), SUM("Vernissage expo Elles font l'ESS"),
              LOC("Médiathèque Émile Zola"))
book.append(("afterwork-mtp", bk("H-032", "Alter'Incub", "Afterwork ESS", 10, h(18, 30), h(21), "Cap Omega", None, None,
                                 "Port-Marianne")))
f.in_calendar("habitat-mtp", "habitat-participatif-mtp@reseau-herault-ess", SZ(16, "18:30"), EZ(16, "20:30"),
              SUM("Soirée habitat participatif"), LOC("Espace Martin Luther King\, Montpellier"))
f.on_agenda("esus-9", 7136, "Agrément ESUS : mode d'emploi (webinaire, session 1)", [(at(9, "11:00"), at(9, "12:00"))], "CRESS Occitanie",
            {}, mode=2, onlineAccessLink=ZOOM_ESUS)
book.append(("nimes-rc", bk("H-033", "Nîmes en transition", "Repair café", 26, h(14), h(17), "CS Simone Veil", None, None, "Nîmes")))
f.on_agenda("castelnau-emploi", 7185, "Forum emploi et ESS de Castelnau", [(at(8, "09:00"), at(8, "12:00"))], "Mairie de Castelnau-le-Lez",
            A("Salle Bazille", "rue de la Crouzette", "34170", "Castelnau-le-Lez"))

# single listings
f.in_calendar("disco-soupe", "disco-soupe-comedie@reseau-herault-ess", SF(5, "11:00"), EF(5, "14:00"), SUM("Disco Soupe anti-gaspi"),
              LOC("Place de la Comédie, Montpellier"))
f.on_agenda("po-cagette", 7191, "Portes ouvertes de La Cagette, supermarché coopératif", [(at(12, "10:00"), at(12, "13:00"))],
            "La Cagette", A("La Cagette", "2 rue Pierre Flourens", "34090", MTP))
book.append(("nimes-cafe", bk("H-034", "Nîmes Métropole", "Café-rencontre des entrepreneurs sociaux", 10, h(18), h(20),
                              "Espace Pablo Neruda", "1 place Hubert Rouger", "30900", "Nîmes")))
f.on_platform("perp-compost", 192, "Atelier compostage en pied d'immeuble", at(19, "10:00"), at(19, "12:00"), "Perpignan Méditerranée Métropole",
              P("Résidence Vernet Salanque", "Avenue du Languedoc", "66000", "Perpignan"))
f.on_platform("webi-fao-garantie", 193, "Webinaire : la garantie France Active pour les prêts bancaires", at(22, "14:00"), at(22, "15:00"),
              "France Active Occitanie", ONLINE, modality="En ligne", url=ZOOM_FAO)

f.in_book(book, title_row="Mois de l'ESS 2022 - programme Est Occitanie (CRESS Occitanie)")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
