"""Blind dense set (dense-aura, 7 Dec 2026): Auvergne-Rhône-Alpes, the other half of one 2022 edition, written before
reading the merge rules: Clermont-Ferrand (and Aubière, Ambert), Saint-Étienne (and Firminy), Valence and
Romans-sur-Isère, Villeurbanne, villages of the Drôme (Die, Dieulefit, Saillans, Eurre, Nyons, Crest), the Ardèche
(Privas, Aubenas, Annonay, Le Teil, Lablachère) and the Cantal (Aurillac, Murat, Saint-Flour, Maurs), and the
région's webinars. Four sources: the national platform, CRESS AURA's OpenAgenda, Le Mouvement associatif AURA's
iCalendar (relaying members, ORGANIZER;CN, TZID / floating / UTC, VALUE=DATE, RRULE, one VEVENT per day of a two-day
event, LOCATION with the town alone as « Clermont-Fd », « St-Étienne », links in DESCRIPTION), CRESS AURA's workbook
(XLSX, Excel dates, start and end columns, times as Excel times or « 14h », dates only). Hard negatives: two repair cafés
in Clermont the same Saturday afternoon, two in Saint-Étienne the same Saturday (morning, afternoon), the Fresque du
Climat network in Clermont and Saint-Étienne the same evening, one film in two towns the same evening, a conference
inside a two-day salon, one organiser's two events the same day (Cocoshaker, Groupe Archer, INSA, CCVA, Epicentre),
two webinars the same hour (twice), weekly sessions of an information meeting and of a bike workshop."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("cress-aura-openagenda", "mouvement-associatif-aura-ical", "cress-aura-tableur")
f = Feeds()


def S(d, hm, z="tz", kind="DTSTART"):
    """An ICS start: z = tz (TZID=Europe/Paris), utc (Z, one hour earlier in November) or float (no zone)."""
    h, m = map(int, hm.split(":"))
    if z == "tz":
        return f"{kind};TZID=Europe/Paris:202211{d:02d}T{h:02d}{m:02d}00"
    if z == "utc":
        return f"{kind}:202211{d:02d}T{h - 1:02d}{m:02d}00Z"
    return f"{kind}:202211{d:02d}T{h:02d}{m:02d}00"


def E(d, hm, z="tz"):
    return S(d, hm, z, "DTEND")


def DAYS(d, n=1):
    return (f"DTSTART;VALUE=DATE:202211{d:02d}", f"DTEND;VALUE=DATE:202211{d + n:02d}")


def ORG(name, mail):
    return f"ORGANIZER;CN={name}:mailto:{mail}"


CLF, STE, VAL, VLB = "Clermont-Ferrand", "Saint-Étienne", "Valence", "Villeurbanne"
ZOOM_FAA = "https://us02web.zoom.us/j/84455667788?pwd=QXV2ZXJnbmU"
JITSI_JEUNES = "https://meet.jit.si/LMAuraEngagementJeunes"
TEAMS_CHIFFRES = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2hpZmZyZXNFU1M@thread.v2/0"
ZOOM_SCOP = "https://us06web.zoom.us/j/81122334455"
JITSI_SOLSTICE = "https://meet.jit.si/SolsticeCAErurale"
ZOOM_DROME = "https://us02web.zoom.us/j/87766554433"

# ───────────────────────── Clermont-Ferrand ─────────────────────────

# 1 the métropole's salon of the ESS and employment, Polydome, four sources
POLYDOME = P("Polydome", "Place du 1er Mai", "63100", CLF)
f.on_platform("clf-salon", 1, "Salon de l'ESS et de l'emploi", at(17, "09:00"), at(17, "17:00"), "Clermont Auvergne Métropole", POLYDOME,
              description="Stands de structures qui recrutent, ateliers CV, conférences sur les métiers de l'ESS.")
f.on_agenda("clf-salon", 7001, "Mois de l'ESS : Salon ESS & Emploi de Clermont", [(at(17, "09:00"), at(17, "17:00"))],
            "Clermont Auvergne Métropole", A("Polydôme", "Place du Premier Mai", "63100", CLF, insee="63113"))
f.in_calendar("clf-salon", "salon-ess-emploi-clf@lma-aura.org", S(17, "09:00", "utc"), E(17, "17:00", "utc"),
              "SUMMARY:Salon ESS et emploi", "LOCATION:Polydome\\, Clermont-Fd",
              ORG("Clermont Auvergne Métropole", "ess@clermontmetropole.eu"))

# 2 / 3 Cocoshaker on Tuesday 15: a lunch of project leaders and the evening presentation of the incubated projects
COCO = P("Cocoshaker", "12 rue Saint-Dominique", "63000", CLF)
f.on_platform("coco-pitch", 2, "Soirée pitch : les projets incubés chez Cocoshaker", at(15, "18:00"), at(15, "20:00"), "Cocoshaker", COCO)
f.on_agenda("coco-pitch", 7002, "Cocoshaker présente sa promo 2022", [(at(15, "18:00"), at(15, "20:00"))], "Cocoshaker - incubateur ESS",
            A("Cocoshaker", "12 rue St-Dominique", "63000", CLF))

# 4 / 5 two repair cafés in Clermont on Saturday 19, the same hours
f.on_platform("clf-rc-stjacques", 4, "Repair café Saint-Jacques", at(19, "14:00"), at(19, "17:00"), "Repair Café Clermont",
              P("Maison de quartier Saint-Jacques", "2 rue du Docteur Chibret", "63000", CLF))
f.in_calendar("clf-rc-stjacques", "rc-stjacques-19@lma-aura.org", S(19, "14:00"), E(19, "17:00"), "SUMMARY:Repair Café",
              "LOCATION:Clermont-Fd", ORG("Repair Café Clermont", "repaircafe63@example.org"))
f.in_calendar("clf-rc-neyrat", "rc-neyrat-19@lma-aura.org", S(19, "14:00"), E(19, "17:00"), "SUMMARY:Repair Café",
              "LOCATION:Clermont-Ferrand", ORG("Les Bricoleurs de la Croix-de-Neyrat", "bricoleurs.neyrat@example.org"))

# 6 / 7 the Fresque du Climat network on Thursday 17, Clermont and Saint-Étienne
f.on_platform("fresque-clf", 6, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Médiathèque de Jaude", "9 place Louis Aragon", "63000", CLF))
f.on_agenda("fresque-clf", 7006, "Atelier la Fresque du Climat", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Clermont",
            A("Médiathèque de Jaude", "9 place Louis-Aragon", "63000", CLF))
f.on_platform("fresque-ste", 7, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Médiathèque de Tarentaize", "20-24 rue Jo Gouttebarge", "42000", STE))
f.in_calendar("fresque-ste", "fdc-ste-17@lma-aura.org", S(17, "18:30"), E(17, "21:30"), "SUMMARY:Fresque du climat",
              "LOCATION:Tarentaize\\, St-Étienne")

# 8 conference on La Doume (local currency)
f.on_agenda("doume", 7008, "La Doume, une monnaie locale pour le Puy-de-Dôme : conférence", [(at(9, "18:30"), at(9, "20:00"))],
            "Association La Doume", A("Médiathèque de Jaude", "9 place Louis-Aragon", "63000", CLF))

# 9 / 10 two webinars on Monday 14 at ten
f.on_platform("webi-faa", 9, "Webinaire : les prêts d'honneur solidaires", at(14, "10:00"), at(14, "11:00"), "France Active Auvergne",
              ONLINE, modality="En ligne")
f.in_calendar("webi-faa", "webi-pret-honneur@lma-aura.org", S(14, "10:00", "utc"), E(14, "11:00", "utc"),
              "SUMMARY:Prêt d'honneur solidaire - webinaire France Active", "LOCATION:Zoom",
              f"DESCRIPTION:Inscription obligatoire. Lien de connexion : {ZOOM_FAA}")
f.on_platform("webi-jeunes-benevoles", 10, "Webinaire : l'engagement bénévole des jeunes", at(14, "10:00"), at(14, "11:30"),
              "Le Mouvement associatif Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.on_agenda("webi-jeunes-benevoles", 7010, "Engagement des jeunes dans les associations (webinaire)", [(at(14, "10:00"), at(14, "11:30"))],
            "LMA AURA", {}, mode=2, onlineAccessLink=JITSI_JEUNES)

# 11 / 12 the film « Animal » on Friday 18 in Clermont (Le Rio) and Saint-Étienne (Le Méliès Saint-François)
f.on_platform("animal-clf", 11, "Ciné-débat « Animal »", at(18, "20:30"), at(18, "23:00"), "Alternatiba Clermont",
              P("Cinéma Le Rio", "178 rue Sous les Vignes", "63100", CLF))
f.on_agenda("animal-clf", 7011, "Projection-débat : Animal, de Cyril Dion", [(at(18, "20:30"), at(18, "23:00"))], "Ciné Rio",
            A("Le Rio", "178 rue Sous-les-Vignes", "63100", CLF))
f.in_calendar("animal-clf", "animal-rio@lma-aura.org", S(18, "20:30"), "SUMMARY:Ciné-débat Animal", "LOCATION:Cinéma le Rio")
f.on_platform("animal-ste", 12, "Ciné-débat « Animal »", at(18, "20:30"), at(18, "23:00"), "Alternatiba Saint-Étienne",
              P("Cinéma Le Méliès Saint-François", "8 rue de la Valse", "42100", STE))

# 13 / 14 Epicentre on Thursday 24: open doors of the coworking, then an afterwork there
EPI = P("Epicentre Factory", "17 rue du Pré-la-Reine", "63100", CLF)
f.on_agenda("epi-po", 7013, "Portes ouvertes d'Epicentre, le coworking coopératif", [(at(24, "17:00"), at(24, "20:00"))], "Epicentre Factory",
            A("Epicentre", "17 rue du Pré la Reine", "63100", CLF))
f.on_platform("epi-afterwork", 14, "Afterwork des entrepreneurs de l'ESS", at(24, "20:00"), at(24, "22:30"), "Réseau Entreprendre Auvergne", EPI)

# 15 conference at the university
f.on_platform("uca-num", 15, "Conférence : ESS et numérique responsable", at(21, "17:00"), at(21, "19:00"), "Université Clermont Auvergne",
              P("Pôle tertiaire", "11 boulevard Charles de Gaulle", "63000", CLF))
f.on_agenda("uca-num", 7015, "Le numérique responsable dans l'ESS (conférence)", [(at(21, "17:00"), at(21, "19:00"))], "UCA",
            A("Pôle Tertiaire", "11 bd Charles-de-Gaulle", "63000", CLF))

# 16 market of solidarity makers, all day in the calendar
f.on_platform("clf-marche", 16, "Marché des créateurs solidaires", at(26, "10:00"), at(26, "18:00"), "Les Créateurs Solidaires d'Auvergne",
              P("Place de la Victoire", "", "63000", CLF))
f.in_calendar("clf-marche", "marche-createurs@lma-aura.org", *DAYS(26), "SUMMARY:Marché de créateurs solidaires", "LOCATION:Place de la Victoire")

# 17-19 CAE Appuy Créateurs: an information meeting every Thursday (10, 17, 24)
APPUY = {f"2022-11-{d:02d}": f"appuy-{d}" for d in (10, 17, 24)}
f.in_calendar(APPUY, "info-cae-appuy@lma-aura.org", S(10, "09:30", "utc"), E(10, "11:30", "utc"), "RRULE:FREQ=WEEKLY;COUNT=3",
              "SUMMARY:Réunion d'information CAE", "LOCATION:Appuy Créateurs\\, Clermont-Ferrand")
for n, d in enumerate((10, 17, 24)):
    f.on_platform(f"appuy-{d}", 17 + n, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi", at(d, "09:30"),
                  at(d, "11:30"), "Coopérative d'activités Appuy Créateurs", P("Appuy Créateurs", "17 rue Jean Claret", "63000", CLF))

# 20 open day of the tiers-lieu Le Bief, Ambert
f.on_platform("bief", 20, "Journée portes ouvertes du Bief", at(12, "10:00"), at(12, "18:00"), "Le Bief, fabrique de territoire",
              P("Le Bief", "Rue du Moulin", "63600", "Ambert"))

# 21 walk in Montferrand
f.on_agenda("montferrand", 7021, "Balade : Montferrand solidaire", [(at(5, "10:00"), at(5, "12:00"))], "Clermont en Transition",
            A("Place de la Rodade", "Place de la Rodade", "63100", CLF))
f.in_calendar("montferrand", "balade-montferrand@lma-aura.org", S(5, "10:00", "float"), E(5, "12:00", "float"),
              "SUMMARY:Balade ESS Montferrand", "LOCATION:Montferrand")

# 22 two-day hackathon on the Cézeaux campus (Aubière): the calendar one VEVENT a day
f.on_platform("hackathon", 22, "Hackathon de l'innovation sociale", at(25, "09:00"), at(26, "18:00"), "Université Clermont Auvergne",
              P("Campus des Cézeaux", "1 rue de la Chebarde", "63170", "Aubière"))
f.in_calendar("hackathon", "hackathon-j1@lma-aura.org", S(25, "09:00"), E(25, "19:00"), "SUMMARY:Hackathon innovation sociale - jour 1",
              "LOCATION:Campus des Cézeaux\\, Aubière")
f.in_calendar("hackathon", "hackathon-j2@lma-aura.org", S(26, "09:00"), E(26, "18:00"), "SUMMARY:Hackathon innovation sociale - jour 2",
              "LOCATION:Campus des Cézeaux\\, Aubière")

# 23 / 24 the Maison des associations on Monday 7: the DLA treasury workshop, then the food bank's volunteers evening
MDA_CLF = P("Maison des associations", "2 rue de la Flèche", "63000", CLF)
f.on_platform("dla-treso", 23, "Atelier DLA : piloter sa trésorerie", at(7, "14:00"), at(7, "17:00"), "DLA du Puy-de-Dôme", MDA_CLF)
f.in_calendar("banque-alim", "benevoles-ba63@lma-aura.org", S(7, "18:00"), E(7, "20:00"), "SUMMARY:Soirée des bénévoles de la Banque alimentaire",
              "LOCATION:Maison des associations\\, 2 rue de la Flèche\\, Clermont-Ferrand")

# ───────────────────────── Saint-Étienne ─────────────────────────

# 25 the two-day salon at the Cité du design (10 and 11), four sources; 26 its inaugural conference
CITE = P("Cité du design", "3 rue Javelin Pagnon", "42000", STE)
f.on_platform("ste-salon", 25, "Salon de l'ESS et de l'innovation sociale", at(10, "09:00"), at(11, "18:00"), "Saint-Étienne Métropole", CITE)
f.on_agenda("ste-salon", 7025, "Salon ESS & Innovation sociale 2022", [(at(10, "09:00"), at(10, "18:00")), (at(11, "09:00"), at(11, "18:00"))],
            "Saint-Etienne Métropole", A("Cité du Design", "3 rue Javelin-Pagnon", "42000", STE, insee="42218"))
f.in_calendar("ste-salon", "salon-ess-ste@lma-aura.org", *DAYS(10, 2), "SUMMARY:Salon de l'ESS", "LOCATION:Cité du design\\, Saint Etienne")
f.on_platform("ste-inaug", 26, "Conférence inaugurale : l'ESS dans la Loire, 10 ans après", at(10, "10:00"), at(10, "11:00"),
              "Saint-Étienne Métropole", CITE)
f.in_calendar("ste-inaug", "conf-inaugurale-ste@lma-aura.org", S(10, "10:00"), E(10, "11:00"), "SUMMARY:Conférence inaugurale du salon ESS",
              "LOCATION:Cité du design")

# 27 / 28 two repair cafés in Saint-Étienne on Saturday 12: Beaubrun in the morning, Tarentaize in the afternoon
f.on_platform("ste-rc-tarentaize", 27, "Repair café de Tarentaize", at(12, "14:00"), at(12, "17:00"), "Repair Café Saint-Étienne",
              P("Médiathèque de Tarentaize", "20-24 rue Jo Gouttebarge", "42000", STE))
f.on_agenda("ste-rc-beaubrun", 7028, "Repair Café Beaubrun", [(at(12, "09:30"), at(12, "12:30"))], "Repair Café Saint-Étienne",
            A("Amicale laïque de Beaubrun", "12 rue Beaubrun", "42000", STE))
f.in_calendar("ste-rc-beaubrun", "rc-beaubrun-12@lma-aura.org", S(12, "09:30", "utc"), E(12, "12:30", "utc"), "SUMMARY:Repair café",
              "LOCATION:Beaubrun\\, Saint-Étienne")

# 29-32 a bike workshop every Saturday (5, 12, 19, 26): RRULE in UTC, agenda one record, workbook the 12th and 19th
VELO = {f"2022-11-{d:02d}": f"ste-velo-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(VELO, "velo-samedi@lma-aura.org", S(5, "10:00", "utc"), E(5, "12:00", "utc"), "RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20221126T235959Z",
              "SUMMARY:Atelier vélo du samedi", "LOCATION:La Ruche à vélos\\, 3 rue Balay\\, Saint-Étienne")
f.on_agenda("ste-velo-5", 7029, "Atelier d'autoréparation vélo - tous les samedis", [(at(d, "10:00"), at(d, "12:00")) for d in (5, 12, 19, 26)],
            "La Ruche à vélos", A("La Ruche à vélos", "3 rue Balay", "42000", STE))

# 33 a visit of the Mixeur
f.on_agenda("mixeur", 7033, "Visite du Mixeur, tiers-lieu créatif", [(at(16, "14:00"), at(16, "16:00"))], "Le Mixeur",
            A("Le Mixeur", "Cité du design, 3 rue Javelin Pagnon", "42000", STE))

# 34 France Active Loire breakfast
f.on_platform("pdj-fal", 34, "Petit-déjeuner des financeurs solidaires", at(22, "08:30"), at(22, "10:00"), "France Active Loire",
              P("CCI Lyon Métropole Saint-Étienne Roanne", "57 cours Fauriel", "42100", STE))
f.on_agenda("pdj-fal", 7034, "P'tit déj : financer son projet solidaire", [(at(22, "08:30"), at(22, "10:00"))], "France Active Loire",
            A("CCI", "57 cours Fauriel", "42100", STE))

# 35 open doors of the Accorderie (calendar alone)
f.in_calendar("accorderie", "po-accorderie-26@lma-aura.org", S(26, "10:00"), E(26, "12:00"), "SUMMARY:Portes ouvertes de l'Accorderie",
              "LOCATION:Accorderie de Saint-Étienne\\, 14 rue de la Ville", ORG("Accorderie de Saint-Étienne", "contact@accorderie42.example"))

# 36 digital workshop at Openfactory
f.on_platform("openfactory", 36, "Atelier : réparer son ordinateur avec des logiciels libres", at(30, "14:00"), at(30, "17:00"),
              "Openfactory", P("Openfactory", "3 rue Javelin Pagnon", "42000", STE))

# 37 conference at the university (Tréfilerie)
f.on_platform("ujm-histoire", 37, "Conférence : histoire de la coopération stéphanoise", at(28, "18:00"), at(28, "20:00"),
              "Université Jean Monnet", P("Campus Tréfilerie", "33 rue du 11 Novembre", "42000", STE))
f.in_calendar("ujm-histoire", "ujm-coop@lma-aura.org", S(28, "18:00", "float"), E(28, "20:00", "float"),
              "SUMMARY:Histoire de la coopération à Saint-Étienne", "LOCATION:Campus Tréfilerie\\, St-Étienne")

# 38 open day of an insertion worksite, Firminy
f.on_agenda("firminy", 7038, "Portes ouvertes du chantier d'insertion Tremplin", [(at(17, "10:00"), at(17, "16:00"))], "Association Tremplin Ondaine",
            A("Chantier Tremplin", "Rue Jean Jaurès", "42700", "Firminy"))

# ───────────────────────── Valence, Romans ─────────────────────────

# 39 ciné-débat at the Lux
f.on_platform("lux", 39, "Ciné-débat « Les Liberterres »", at(24, "20:00"), at(24, "22:30"), "Lux Scène nationale",
              P("Lux Scène nationale", "36 boulevard du Général de Gaulle", "26000", VAL))
f.on_agenda("lux", 7039, "Les Liberterres : projection et débat avec des paysans de la Drôme", [(at(24, "20:00"), at(24, "22:30"))],
            "Le Lux", A("Le Lux", "36 bd du Général-de-Gaulle", "26000", VAL))
f.in_calendar("lux", "liberterres-lux@lma-aura.org", S(24, "20:00", "utc"), E(24, "22:30", "utc"), "SUMMARY:Ciné-débat Les Liberterres",
              "LOCATION:Valence")

# 40 / 41 Valence, Saturday 19: the ESS forum at the Maison de la vie associative, a repair café at Fontbarlettes
f.on_platform("val-forum", 40, "Forum de l'ESS de Valence Romans Agglo", at(19, "10:00"), at(19, "17:00"), "Valence Romans Agglo",
              P("Maison de la vie associative", "74 route de Montélier", "26000", VAL))
f.on_agenda("val-forum", 7040, "Forum ESS Valence-Romans", [(at(19, "10:00"), at(19, "17:00"))], "Pôle ESS 26",
            A("MVA", "74 route de Montélier", "26000", VAL))
f.on_platform("val-rc", 41, "Repair café de Fontbarlettes", at(19, "14:00"), at(19, "17:00"), "Repair Café Valence",
              P("Centre social Fontbarlettes", "2 place Pierre Mendès-France", "26000", VAL))
f.in_calendar("val-rc", "rc-fontbarlettes-19@lma-aura.org", S(19, "14:00"), E(19, "17:00"), "SUMMARY:Repair café",
              "LOCATION:Valence")

# 42 / 43 Groupe Archer on Tuesday 15: a visit in the afternoon, a conference on PTCE in the evening
f.on_platform("archer-visite", 42, "Visite du Groupe Archer, pôle territorial de coopération économique", at(15, "14:00"), at(15, "16:00"),
              "Groupe Archer", P("Groupe Archer", "8 rue Jean-Jacques Rousseau", "26100", "Romans-sur-Isère"))
f.on_agenda("archer-visite", 7042, "Découvrir le Groupe Archer (visite)", [(at(15, "14:00"), at(15, "16:00"))], "Archer",
            A("Archer", "8 rue J.-J. Rousseau", "26100", "Romans-sur-Isère"))
f.on_agenda("archer-conf", 7043, "Conférence : les PTCE, coopérer pour le territoire", [(at(15, "18:30"), at(15, "20:30"))], "Groupe Archer",
            A("Salle Jean Vilar", "Place Jean Jaurès", "26100", "Romans-sur-Isère"))

# 44 / 45 two webinars on Thursday 24 at eleven (Drôme clauses sociales; URSCOP)
f.on_platform("webi-clauses", 44, "Webinaire : les clauses sociales dans les marchés publics", at(24, "11:00"), at(24, "12:00"),
              "Pôle ESS Drôme", ONLINE, modality="En ligne")
f.in_calendar("webi-clauses", "webi-clauses-26@lma-aura.org", S(24, "11:00", "utc"), E(24, "12:00", "utc"),
              "SUMMARY:Clauses sociales : webinaire", f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{ZOOM_DROME}")
f.on_platform("webi-scic", 45, "Webinaire : créer une SCIC", at(24, "11:00"), at(24, "12:00"), "URSCOP AURA", ONLINE, modality="En ligne",
              url=ZOOM_SCOP)

# 46 job dating of insertion structures
f.on_platform("val-jobdating", 46, "Job dating des structures d'insertion de la Drôme", at(29, "09:00"), at(29, "12:00"),
              "Pôle emploi Valence", P("Espace Latour-Maubourg", "Rue Latour-Maubourg", "26000", VAL))
f.on_agenda("val-jobdating", 7046, "Job-dating IAE Drôme", [(at(29, "09:00"), at(29, "12:00"))], "Inser'Drôme",
            A("Espace Latour Maubourg", "rue Latour Maubourg", "26000", VAL))

# ───────────────────────── Villeurbanne ─────────────────────────

# 47 / 48 INSA on Tuesday 22: the lunchtime forum and the evening conference
INSA = P("INSA Lyon", "20 avenue Albert Einstein", "69100", VLB)
f.on_platform("insa-forum", 47, "Forum Engagement & ESS", at(22, "12:00"), at(22, "14:00"), "INSA Lyon", INSA)
f.on_agenda("insa-forum", 7047, "Forum engagement et économie sociale et solidaire à l'INSA", [(at(22, "12:00"), at(22, "14:00"))],
            "INSA Lyon - Centre des Humanités", A("INSA Lyon, bâtiment des Humanités", "20 av. Albert Einstein", "69100", VLB))
f.in_calendar("insa-forum", "forum-engagement-insa@lma-aura.org", S(22, "12:00"), E(22, "14:00"), "SUMMARY:Forum Engagement ESS",
              "LOCATION:Campus de la Doua\\, Villeurbanne")
f.on_platform("insa-conf", 48, "Conférence : ingénieurs et économie sociale et solidaire", at(22, "18:00"), at(22, "20:00"), "INSA Lyon", INSA)

# 49 Villeurbanne repair café
f.in_calendar("vlb-rc", "rc-villeurbanne-26@lma-aura.org", S(26, "10:00", "float"), E(26, "13:00", "float"), "SUMMARY:Repair café de Villeurbanne",
              "LOCATION:Maison du Citoyen")

# 50 the history of mutual societies, Palais du Travail
f.on_platform("mutualite", 50, "Conférence : 150 ans de mutualité à Villeurbanne", at(17, "18:30"), at(17, "20:30"),
              "Mutualité Française Auvergne-Rhône-Alpes", P("Palais du Travail", "9 place Lazare Goujon", "69100", VLB))
f.on_agenda("mutualite", 7050, "Histoire de la mutualité : conférence", [(at(17, "18:30"), at(17, "20:30"))], "Mutualité française AURA",
            A("Palais du Travail", "9 place Lazare-Goujon", "69100", VLB))

# 51 a Sunday market
f.on_platform("vlb-marche", 51, "Marché de Noël des créateurs solidaires", at(27, "10:00"), at(27, "18:00"), "Villeurbanne Solidaire",
              P("Place Lazare Goujon", "", "69100", VLB))

# 52 ciné-débat at Le Zola
f.on_agenda("zola", 7052, "Ciné-débat : « Ma part du gâteau » et l'emploi", [(at(28, "20:00"), at(28, "22:30"))], "Cinéma Le Zola",
            A("Le Zola", "117 cours Émile Zola", "69100", VLB))
f.in_calendar("zola", "cine-zola-28@lma-aura.org", S(28, "20:00"), "SUMMARY:Ciné-débat au Zola", "LOCATION:Le Zola\\, Villeurbanne")

# 53 / 54 the CCVA on Wednesday 16: training « créer son association » then the volunteers' apéro
CCVA = P("Centre culturel et de la vie associative", "234 cours Émile Zola", "69100", VLB)
f.on_platform("ccva-creer", 53, "Formation : créer son association", at(16, "18:30"), at(16, "20:30"), "CCVA Villeurbanne", CCVA)
f.on_agenda("ccva-apero", 7054, "Apéro-rencontre des bénévoles", [(at(16, "20:30"), at(16, "22:00"))], "CCVA",
            A("CCVA", "234 cours Emile Zola", "69100", VLB))

# ───────────────────────── Drôme villages ─────────────────────────

f.on_platform("die-marche", 55, "Marché paysan et solidaire", at(5, "08:00"), at(5, "12:30"), "Biovallée",
              P("Place de la République", "", "26150", "Die"))
f.on_platform("dieulefit", 56, "Conférence : l'habitat partagé en milieu rural", at(18, "20:00"), at(18, "22:00"), "Habitat partagé Drôme Provençale",
              P("Salle des fêtes", "Rue Justin Jouve", "26220", "Dieulefit"))
f.in_calendar("dieulefit", "habitat-dieulefit@lma-aura.org", S(18, "20:00"), "SUMMARY:Habitat partagé en milieu rural", "LOCATION:Dieulefit")
f.on_agenda("saillans", 7057, "Portes ouvertes du tiers-lieu La Fabrique", [(at(12, "10:00"), at(12, "17:00"))], "La Fabrique de Saillans",
            A("La Fabrique", "Grande Rue", "26340", "Saillans"))
f.on_platform("eurre", 58, "Visite de La Gare à Coulisses", at(10, "15:00"), at(10, "17:00"), "La Gare à Coulisses",
              P("La Gare à Coulisses", "Quartier la Gare", "26400", "Eurre"))
f.in_calendar("nyons-rc", "rc-nyons-19@lma-aura.org", S(19, "09:00"), E(19, "12:00"), "SUMMARY:Repair Café de Nyons", "LOCATION:Maison de Pays\\, Nyons")
f.on_platform("crest-fresque", 59, "La Fresque du Climat", at(24, "18:30"), at(24, "21:30"), "La Fresque du Climat",
              P("Espace Soubeyran", "40 quai Soubeyran", "26400", "Crest"))

# ───────────────────────── Ardèche ─────────────────────────

f.on_platform("privas-forum", 60, "Forum des associations et de l'ESS", at(26, "09:00"), at(26, "17:00"), "Ville de Privas",
              P("Espace Ouvèze", "Avenue de Coux", "07000", "Privas"))
f.on_agenda("privas-forum", 7060, "Forum asso & ESS de Privas", [(at(26, "09:00"), at(26, "17:00"))], "Mairie de Privas",
            A("Espace Ouvèze", "Av. de Coux", "07000", "Privas"))
f.in_calendar("privas-forum", "forum-privas@lma-aura.org", *DAYS(26), "SUMMARY:Forum des associations et de l'ESS", "LOCATION:Privas")
f.on_platform("aubenas-cine", 61, "Ciné-débat « Douce France »", at(16, "20:30"), at(16, "23:00"), "Ardèche Transition",
              P("Cinéma Le Navire", "5 boulevard Gambetta", "07200", "Aubenas"))
f.on_agenda("annonay", 7062, "Visite de la ressourcerie", [(at(8, "14:00"), at(8, "16:00"))], "Ressourcerie Trimaran",
            A("Ressourcerie Trimaran", "Zone de Marenton", "07100", "Annonay"))
f.on_platform("teil-rc", 63, "Repair café", at(26, "14:00"), at(26, "17:00"), "Le Teil Solidaire", P("Salle Paul Avon", "Rue Paul Avon", "07400", "Le Teil"))
f.in_calendar("teil-rc", "rc-leteil-26@lma-aura.org", S(26, "14:00"), E(26, "17:00"), "SUMMARY:Repair café du Teil", "LOCATION:Le Teil")
f.on_platform("webi-solstice", 64, "Webinaire : entreprendre en CAE en milieu rural", at(25, "10:00"), at(25, "11:00"), "Solstice",
              ONLINE, modality="En ligne")
f.on_agenda("webi-solstice", 7064, "Se lancer en coopérative d'activité et d'emploi en Ardèche (visio)", [(at(25, "10:00"), at(25, "11:00"))],
            "CAE Solstice", {}, mode=2, onlineAccessLink=JITSI_SOLSTICE)

# ───────────────────────── Cantal ─────────────────────────

f.on_platform("aurillac-forum", 65, "Forum de l'ESS du Cantal", at(24, "14:00"), at(24, "18:00"), "CRESS Auvergne-Rhône-Alpes",
              P("Centre de congrès", "Place des Carmes", "15000", "Aurillac"))
f.on_agenda("aurillac-forum", 7065, "Mois de l'ESS – Forum cantalien de l'ESS", [(at(24, "14:00"), at(24, "18:00"))], "CRESS AURA",
            A("Centre des congrès", "Place des Carmes", "15000", "Aurillac"))
f.on_platform("aurillac-conf", 66, "Conférence : l'économie sociale en milieu rural", at(24, "20:00"), at(24, "22:00"),
              "Cantal Initiatives", P("Médiathèque du Bassin d'Aurillac", "Rue du 139e Régiment d'Infanterie", "15000", "Aurillac"))
f.on_platform("stflour-po", 67, "Portes ouvertes de la Ressourcerie", at(5, "10:00"), at(5, "17:00"), "Ressourcerie du Pays de Saint-Flour",
              P("Ressourcerie", "Avenue du Docteur Mallet", "15100", "Saint-Flour"))
f.in_calendar("stflour-po", "po-ressourcerie-stflour@lma-aura.org", *DAYS(5), "SUMMARY:Portes ouvertes Ressourcerie", "LOCATION:St-Flour")
f.on_agenda("maurs-cine", 7068, "Ciné-débat : « Nos campagnes »", [(at(25, "20:30"), at(25, "22:30"))], "Foyer rural de Maurs",
            A("Salle polyvalente", "Avenue du Général de Gaulle", "15600", "Maurs"))

# ───────────────────────── the région online ─────────────────────────

# 69 the key figures of the ESS, four sources; 70 URSCOP's webinar the same hour
f.on_platform("webi-chiffres", 69, "Webinaire : l'ESS en Auvergne-Rhône-Alpes, les chiffres clés 2022", at(29, "11:00"), at(29, "12:00"),
              "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne", url=TEAMS_CHIFFRES)
f.on_agenda("webi-chiffres", 7069, "Présentation du Panorama de l'ESS en AURA (webinaire)", [(at(29, "11:00"), at(29, "12:00"))],
            "CRESS AURA", {}, mode=2, onlineAccessLink=TEAMS_CHIFFRES)
f.in_calendar("webi-chiffres", "panorama-ess@lma-aura.org", S(29, "11:00", "utc"), E(29, "12:00", "utc"),
              "SUMMARY:Chiffres clés de l'ESS 2022", "LOCATION:En ligne", f"DESCRIPTION:Teams : {TEAMS_CHIFFRES}",
              ORG("CRESS AURA", "contact@cress-aura.org"))
f.on_platform("webi-scop-transition", 70, "Webinaire : les Scop et la transition écologique", at(29, "11:00"), at(29, "12:00"),
              "Les Scop Auvergne-Rhône-Alpes", ONLINE, modality="En ligne", url=ZOOM_SCOP)
f.on_agenda("webi-mutuelle", 7071, "Webinaire : complémentaire santé solidaire, ce qui change", [(at(23, "18:00"), at(23, "19:00"))],
            "Mutualité Française AURA", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/85544332211")

# ───────────────────────── more of the month ─────────────────────────

# 72-76 Saint-Étienne: a farmers' market every Wednesday evening (2 to 30): the platform one listing for the month, RRULE,
# the workbook three sessions
MARCHE = {f"2022-11-{d:02d}": f"marche-mer-{d}" for d in (2, 9, 16, 23, 30)}
f.on_platform("marche-mer-2", 72, "Marché paysan solidaire du mercredi soir (tous les mercredis de novembre)", at(2, "16:00"), at(2, "19:00"),
              "Les Paniers Stéphanois", P("Place Jean Jaurès", "", "42000", STE))
f.in_calendar(MARCHE, "marche-mercredi@lma-aura.org", S(2, "16:00", "float"), E(2, "19:00", "float"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5",
              "SUMMARY:Marché paysan du mercredi", "LOCATION:Place Jean-Jaurès\\, Saint-Étienne")

# 77 an exhibition at the Valence library, the calendar one all-day VEVENT each Wednesday and Saturday it opens
EXPO = {f"2022-11-{d:02d}": "expo-val" for d in (9, 12, 16, 19, 23, 26)}
f.on_platform("expo-val", 73, "Exposition « Paysans d'ici, circuits courts en Drôme »", at(9, "10:00"), at(26, "18:00"), "Terre de Liens Drôme",
              P("Médiathèque publique et universitaire", "Place Charles Huguenel", "26000", VAL))
f.in_calendar(EXPO, "expo-paysans@lma-aura.org", "DTSTART;VALUE=DATE:20221109", "DTEND;VALUE=DATE:20221110",
              "RRULE:FREQ=WEEKLY;BYDAY=WE,SA;COUNT=6", "SUMMARY:Expo Paysans d'ici", "LOCATION:Médiathèque\\, Valence")

# 78 the Fresque du Climat in Montluçon the same Thursday evening as Clermont and Saint-Étienne; 79 a repair café in
# Saint-Chamond (calendar alone); 80 Habitat et Humanisme's webinar (agenda alone)
f.on_platform("fresque-montlucon", 74, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Espace Boris Vian", "27 rue des Faucheroux", "03100", "Montluçon"))
f.in_calendar("rc-stchamond", "rc-stchamond-19@lma-aura.org", S(19, "09:00"), E(19, "12:00"), "SUMMARY:Repair café",
              "LOCATION:Saint-Chamond")
f.on_agenda("webi-habitat-inclusif", 7080, "Webinaire : l'habitat inclusif, de quoi parle-t-on ?", [(at(21, "14:00"), at(21, "15:30"))],
            "Habitat et Humanisme Rhône", {}, mode=2, onlineAccessLink="https://meet.jit.si/HHRhoneHabitatInclusif")

# ───────────────────────── CRESS AURA's workbook ─────────────────────────
f.in_book([
    ("clf-salon", book("ARA-101", "Clermont Auvergne Métropole", "Salon ESS et emploi", day(17), None, clock(9), clock(17), "Polydome",
                       "Place du 1er Mai", "63100", "Clermont-Fd")),
    ("coco-pitch", book("ARA-102", "COCOSHAKER", "Soirée pitch promo 2022", day(15), None, "18h", "20h", "", "12 rue Saint-Dominique",
                        "63000", "Clermont-Ferrand")),
    ("coco-dej", book("ARA-103", "COCOSHAKER", "Déjeuner des porteurs de projets ESS", day(15), None, "12h", "14h", "Cocoshaker", "",
                      "", "Clermont-Ferrand", "Déjeuner partagé entre porteurs de projets de l'ESS, sur inscription.")),
    ("clf-rc-neyrat", book("ARA-104", "Bricoleurs de la Croix de Neyrat", "Repair café", day(19), None, "14h", "17h",
                           "Maison des habitants Croix-de-Neyrat", "Rue Henri Matisse", "63100", "Clermont-Ferrand")),
    ("webi-faa", book("ARA-105", "France Active Auvergne", "Webinaire prêts d'honneur", day(14), None, clock(10), clock(11), "En ligne",
                      "", "", "", "Webinaire sur Zoom, lien envoyé après inscription.")),
    ("epi-po", book("ARA-106", "Epicentre", "Portes ouvertes coworking", day(24), None, "17h", None, "Epicentre Factory", "", "",
                    "Clermont-Ferrand")),
    ("appuy-10", book("ARA-107", "Appuy Créateurs", "Réunions d'info CAE (tous les jeudis)", day(10), day(24), clock(9, 30), clock(11, 30),
                      "Appuy Créateurs", "17 rue Jean Claret", "63000", "Clermont-Ferrand")),
    ("hackathon", book("ARA-108", "UCA", "Hackathon innovation sociale", day(25), day(26), None, None, "Cézeaux", "", "63170", "Aubière")),
    ("dla-treso", book("ARA-109", "DLA 63", "Atelier trésorerie", day(7), None, "14h", "17h", "MDA", "2 rue de la Flèche", "63000",
                       "Clermont-Ferrand")),
    ("ste-salon", book("ARA-110", "Saint-Etienne Métropole", "Salon ESS et innovation sociale", day(10), day(11), clock(9), clock(18),
                       "Cité du Design", "", "42000", "Saint-Etienne")),
    ("ste-rc-tarentaize", book("ARA-111", "Repair Café St-Étienne", "Repair café Tarentaize", day(12), None, "14h", "17h",
                               "Médiathèque Tarentaize", "", "", "St-Etienne")),
    ("ste-velo-12", book("ARA-112", "La Ruche à vélos", "Atelier vélo", day(12), None, "10h", "12h", "La Ruche à vélos", "3 rue Balay",
                         "42000", "Saint-Étienne")),
    ("ste-velo-19", book("ARA-113", "La Ruche à vélos", "Atelier vélo", day(19), None, "10h", "12h", "La Ruche à vélos", "3 rue Balay",
                         "42000", "Saint-Étienne")),
    ("animal-ste", book("ARA-114", "Alternatiba St-Étienne", "Ciné-débat Animal", day(18), None, "20h30", None, "Le Méliès St-François",
                        "", "", "Saint-Étienne")),
    ("pdj-fal", book("ARA-115", "FAL", "Petit-déjeuner financeurs solidaires", day(22), None, clock(8, 30), clock(10), "CCI", "57 cours Fauriel",
                     "42100", "Saint-Etienne")),
    ("val-forum", book("ARA-116", "Valence Romans Agglo", "Forum ESS", day(19), None, clock(10), clock(17), "Maison de la vie associative",
                       "", "", "Valence")),
    ("archer-conf", book("ARA-117", "Archer", "Conférence PTCE", day(15), None, "18h30", None, "Salle Jean Vilar", "", "", "Romans")),
    ("mediatheque-val", book("ARA-118", "Médiathèques Valence Romans Agglo", "Atelier numérique responsable", day(9), None, "14h", "16h",
                             "Médiathèque publique et universitaire", "Place Charles Huguenel", "26000", "Valence")),
    ("ccva-creer", book("ARA-119", "CCVA", "Formation créer son asso", day(16), None, "18h30", "20h30", "CCVA", "234 cours Emile Zola",
                        "69100", "Villeurbanne")),
    ("vlb-rc", book("ARA-120", "Repair Café Villeurbanne", "Repair café", day(26), None, "10h", "13h", "Maison du Citoyen",
                    "9 rue du 4 Août 1789", "69100", "Villeurbanne")),
    ("saillans", book("ARA-121", "La Fabrique", "Portes ouvertes tiers-lieu", day(12), None, None, None, "La Fabrique", "", "26340",
                      "Saillans")),
    ("crest-fresque", book("ARA-122", "Fresque du Climat", "Fresque du climat", day(24), None, "18h30", "21h30", "Espace Soubeyran", "",
                           "", "Crest")),
    ("aubenas-cine", book("ARA-123", "Ardèche Transition", "Ciné débat Douce France", day(16), None, "20h30", None, "Le Navire", "", "",
                          "Aubenas")),
    ("lablachere", book("ARA-124", "Association des producteurs du Pays Beaume-Drobie", "Marché paysan", day(20), None, "9h", "13h",
                        "Place du village", "", "07230", "Lablachère")),
    ("aurillac-forum", book("ARA-125", "CRESS AURA", "Forum ESS Cantal", day(24), None, "14h", "18h", "Centre de congrès", "", "15000",
                            "Aurillac")),
    ("murat", book("ARA-126", "Coopérative fromagère de Planèze", "Visite de la coopérative", day(12), None, "10h", None,
                   "Coopérative", "", "15300", "Murat")),
    ("webi-chiffres", book("ARA-127", "CRESS AURA", "Webinaire chiffres clés ESS", day(29), None, clock(11), clock(12), "Visio", "", "",
                           "", "Présentation du panorama régional de l'ESS.")),
    ("marche-mer-9", book("ARA-128", "Paniers Stéphanois", "Marché paysan", day(9), None, "16h", "19h", "Place Jean Jaurès", "", "42000",
                          "Saint-Étienne")),
    ("marche-mer-16", book("ARA-129", "Paniers Stéphanois", "Marché paysan", day(16), None, "16h", "19h", "Place Jean Jaurès", "", "42000",
                           "Saint-Étienne")),
    ("marche-mer-23", book("ARA-130", "Paniers Stéphanois", "Marché paysan", day(23), None, "16h", "19h", "Place Jean Jaurès", "", "42000",
                           "Saint-Étienne")),
], title_row="Mois de l'ESS 2022 - programme Auvergne-Rhône-Alpes (CRESS AURA)")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
