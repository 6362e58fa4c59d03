"""Blind dense set (dense-aura, 7 Dec 2026): Auvergne-Rhône-Alpes, the Alps half of one 2022 edition, written before
reading the merge rules. Grenoble and its agglomeration (Échirolles, Saint-Martin-d'Hères, Fontaine, Saint-Égrève),
Chambéry, Annecy (and its communes déléguées Seynod, Cran-Gevrier), Aix-les-Bains, plus the région's webinars. Four
sources: the national platform, CRESS AURA's OpenAgenda (organiser in a field, several timings, attendanceMode 2 with
onlineAccessLink, descriptions), the iCalendar of a network of the Alps (Alpes Solidaires: TZID, floating and UTC
times, all-day VALUE=DATE, RRULE, LOCATION naming the town alone, a Teams URL, Jitsi in DESCRIPTION), CRESS AURA's
registration form (Windows-1252 `;` CSV, « 14h-17h », « matin », dates only, acronyms, « St-Martin-d'Hères », « SMH »).
Dense: several events a day in one town. Hard negatives: three repair cafés on one Saturday afternoon in the Grenoble
agglomeration, the same Fresque du Climat network in Grenoble and Chambéry the same evening and in Grenoble the next
week, the same organiser's two events the same day (UGA, Oxalis in Chambéry and Annecy, URSCOP, La Bifurk), two
webinars the same morning, a morning and an afternoon session of one composting workshop, weekly bike sessions, two
sessions of a training cycle, an exhibition and its vernissage, repair cafés in two communes déléguées of Annecy."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("cress-aura-openagenda", "alpes-solidaires-ical", "cress-aura-tableur")
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
    end = d + n
    return (f"DTSTART;VALUE=DATE:202211{d:02d}",
            f"DTEND;VALUE=DATE:202211{end:02d}" if end <= 30 else "DTEND;VALUE=DATE:20221201")


ZOOM_FA = "https://us02web.zoom.us/j/83412290551?pwd=RmFBY3RpdmUzOA"
TEAMS_SCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA2YjU1@thread.v2/0?context=%7b%22Tid%22%3a%22scop%22%7d"
JITSI_LMA = "https://meet.jit.si/MecenatCompetencesLMAura"
TEAMS_CRESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Jlc3NqZXVuZXM@thread.v2/0"
ZOOM_CRESS2 = "https://us06web.zoom.us/j/89011223344"
ZOOM_AVISE = "https://avise-org.zoom.us/j/95566778899"
ZOOM_INNOV = "https://us02web.zoom.us/j/81234509876"
ZOOM_FASMB = "https://us06web.zoom.us/j/86600112233"

GRE, ECH, SMH, FON = "Grenoble", "Échirolles", "Saint-Martin-d'Hères", "Fontaine"

# ───────────────────────── Grenoble agglomeration ─────────────────────────

# 1 / 2 / 3 three repair cafés on Saturday 19 in the afternoon (Chorier-Berriat, Abbaye, Saint-Martin-d'Hères)
f.on_platform("rc-chorier", 1, "Repair Café Chorier-Berriat", at(19, "14:00"), at(19, "17:00"), "Repair Café Grenoble",
              P("Maison des habitants Chorier-Berriat", "10 rue Henry Le Chatelier", "38000", GRE),
              description="Venez réparer vos petits appareils, vêtements et vélos avec nos bénévoles.")
f.in_calendar("rc-chorier", "repair-chorier-1911@alpes-solidaires.org", S(19, "14:00", "utc"), E(19, "17:00", "utc"),
              "SUMMARY:Repair café", "LOCATION:Grenoble", "DESCRIPTION:Repair Café Grenoble - Maison des habitants Chorier Berriat")
f.on_platform("rc-abbaye", 2, "Repair café de l'Abbaye", at(19, "14:00"), at(19, "18:00"), "Les Réparateurs de l'Abbaye",
              P("Maison des habitants Abbaye", "1 place de la Commune de 1871", "38100", GRE))
f.on_agenda("rc-abbaye", 5002, "Repair Café - quartier Abbaye", [(at(19, "14:00"), at(19, "18:00"))], "Repair café Abbaye",
            A("MDH Abbaye", "1 pl. de la Commune de 1871", "38100", GRE, insee="38185"),
            description={"fr": "On répare ensemble : électroménager, textile, petits meubles. Gratuit."})
f.in_calendar("rc-smh", "rc-smh-19nov@alpes-solidaires.org", S(19, "14:00", "float"), E(19, "17:00", "float"),
              "SUMMARY:Repair Café SMH", "LOCATION:Maison de quartier Romain Rolland\\, SMH")

# 4 / 5 / 6 the Fresque du Climat network: Grenoble and Chambéry on Thursday 17, Grenoble again on the 24th
BIFURK = P("La Bifurk", "2 rue Gustave Flourens", "38100", GRE)
f.on_platform("fresque-gre-17", 4, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat", BIFURK)
f.on_agenda("fresque-gre-17", 5004, "Atelier Fresque du Climat à la Bifurk", [(at(17, "18:30"), at(17, "21:30"))],
            "Fresque du Climat - groupe local Grenoble", A("La Bifurk", "2 rue Gustave Flourens", "38100", GRE, insee="38185"))
f.in_calendar("fresque-gre-17", "fdc-gre-17@alpes-solidaires.org", S(17, "18:30"), E(17, "21:30"),
              "SUMMARY:Fresque du climat", "LOCATION:La Bifurk")
f.on_platform("fresque-cham-17", 5, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Maison des associations", "67 rue Saint-François de Sales", "73000", "Chambéry"))
f.on_platform("fresque-gre-24", 6, "La Fresque du Climat", at(24, "18:30"), at(24, "21:30"), "La Fresque du Climat", BIFURK)

# 7 job-dating of the ESS, Grenoble, all four sources
MUSEE = P("Ancien Musée de Peinture", "Place de Verdun", "38000", GRE)
f.on_platform("jobdating-gre", 7, "Job dating de l'ESS", at(22, "09:00"), at(22, "13:00"), "Pôle emploi Isère", MUSEE,
              description="Rencontrez des employeurs de l'économie sociale et solidaire qui recrutent. Venez avec votre CV.")
f.on_agenda("jobdating-gre", 5007, "Mois de l'ESS – Job-dating : l'ESS recrute !", [(at(22, "09:00"), at(22, "13:00"))],
            "CRESS Auvergne-Rhône-Alpes", A("Ancien musée de peinture", "Place de Verdun", "38000", GRE, insee="38185"))
f.in_calendar("jobdating-gre", "jobdating-ess-gre@alpes-solidaires.org", S(22, "09:00", "utc"), E(22, "13:00", "utc"),
              "SUMMARY:[Grenoble] Job-dating ESS", "LOCATION:Place de Verdun\\, 38000 Grenoble")
# 8 same morning, same organiser: the preparation workshop before (Mission locale) in the afternoon at another place
f.on_platform("atelier-cv-gre", 8, "Atelier CV et candidature : travailler dans l'ESS", at(22, "14:00"), at(22, "16:00"),
              "Mission locale de Grenoble", P("Mission locale", "27 rue Nicolas Chorier", "38000", GRE))
f.on_agenda("atelier-cv-gre", 5008, "Préparer sa candidature dans l'ESS (atelier)", [(at(22, "14:00"), at(22, "16:00"))],
            "Mission Locale Grenoble", A("Mission Locale", "27 rue Nicolas Chorier", "38000", GRE))

# 9 conference on the Cairn (local currency), MNEI
MNEI = P("Maison de la Nature et de l'Environnement de l'Isère", "5 place Bir-Hakeim", "38000", GRE)
f.on_platform("conf-cairn", 9, "Conférence : le Cairn, 5 ans de monnaie locale à Grenoble", at(9, "18:30"), at(9, "20:00"),
              "Le Cairn, monnaie locale complémentaire et citoyenne", MNEI)
f.on_agenda("conf-cairn", 5009, "Le Cairn a 5 ans : quel bilan pour la monnaie locale ?", [(at(9, "18:30"), at(9, "20:00"))],
            "Association Le Cairn", A("MNEI", "5 place Bir Hakeim", "38000", GRE))

# 10 / 11 ciné-débats at Le Méliès two Tuesdays apart, two organisers
MELIES = P("Cinéma Le Méliès", "28 allée Henri Frenay", "38000", GRE)
f.on_platform("cine-douce", 10, "Ciné-débat « Douce France »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Grenoble", MELIES)
f.in_calendar("cine-douce", "cine-douce-france@alpes-solidaires.org", S(15, "20:00"), "SUMMARY:Projection-débat Douce France",
              "LOCATION:Le Méliès\\, Grenoble", "DESCRIPTION:Film de Geoffrey Couanon suivi d'un débat avec Alternatiba.")
f.on_platform("cine-apres", 11, "Ciné-débat « Après demain »", at(29, "20:00"), at(29, "22:30"), "Les Amis de la Terre Isère",
              MELIES)

# 12 open morning of the cooperative supermarket
f.on_agenda("po-elefan", 5012, "Portes ouvertes de l'Éléfàn, supermarché coopératif", [(at(12, "10:00"), at(12, "13:00"))],
            "L'Éléfàn", A("L'Éléfàn", "73 cours Berriat", "38000", GRE),
            description={"fr": "Découvrez le fonctionnement de notre supermarché coopératif et participatif."})

# 13 / 14 two webinars Tuesday 8 in the morning, two organisers
f.on_platform("webi-fa-isere", 13, "Webinaire : financer son projet de l'ESS", at(8, "11:00"), at(8, "12:00"),
              "France Active Isère", ONLINE, modality="En ligne", url=ZOOM_FA)
f.on_agenda("webi-fa-isere", 5013, "Financer son projet ESS : les outils de France Active", [(at(8, "11:00"), at(8, "12:00"))],
            "France Active Isère", {}, mode=2, onlineAccessLink=ZOOM_FA)
f.on_platform("webi-scop-transmission", 14, "Webinaire : transmettre son entreprise à ses salariés en Scop", at(8, "11:00"),
              at(8, "12:30"), "Union régionale des Scop et Scic Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.in_calendar("webi-scop-transmission", "webi-transmission@alpes-solidaires.org", S(8, "11:00"), E(8, "12:30"),
              "SUMMARY:Transmission d'entreprise en Scop (webinaire)", f"URL:{TEAMS_SCOP}", "LOCATION:Teams")

# 15 launch of the month in Isère, city hall
f.on_platform("lancement-isere", 15, "Lancement du Mois de l'ESS en Isère", at(3, "18:00"), at(3, "20:00"), "Ville de Grenoble",
              P("Hôtel de ville", "11 boulevard Jean Pain", "38000", GRE))
f.on_agenda("lancement-isere", 5015, "Soirée de lancement - Mois de l'ESS 2022 en Isère", [(at(3, "18:00"), at(3, "20:30"))],
            "CRESS AURA", A("Hôtel de Ville de Grenoble", "11 bd Jean Pain", "38000", GRE, insee="38185"))

# 16 afterwork at Le Prunier Sauvage
f.on_platform("afterwork-gre", 16, "Afterwork des entrepreneurs sociaux", at(10, "18:30"), at(10, "21:00"), "Ronalpia",
              P("Le Prunier Sauvage", "63 rue Albert Reynier", "38100", GRE))
f.in_calendar("afterwork-gre", "afterwork-ronalpia@alpes-solidaires.org", S(10, "18:30", "float"),
              "SUMMARY:Afterwork ESS Ronalpia", "LOCATION:Prunier Sauvage\\, 63 rue Albert Reynier\\, Grenoble")

# 17-20 weekly bike workshop on Wednesdays (9, 16, 23, 30): calendar RRULE, agenda one record, platform the 16th
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO, "velo-mercredis@alpes-solidaires.org", S(9, "18:00"), E(9, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              "SUMMARY:Atelier vélo participatif", "LOCATION:Atelier La Clavette\\, 14 rue Jay\\, 38000 Grenoble")
f.on_agenda("velo-9", 5017, "Atelier d'autoréparation vélo (tous les mercredis de novembre)",
            [(at(d, "18:00"), at(d, "20:00")) for d in (9, 16, 23, 30)], "La Clavette Grenobloise",
            A("La Clavette", "14 rue Jay", "38000", GRE))
f.on_platform("velo-16", 17, "Atelier vélo : apprenez à réparer votre vélo", at(16, "18:00"), at(16, "20:00"),
              "La Clavette Grenobloise", P("La Clavette", "14 rue Jay", "38000", GRE))

# 21 / 22 composting workshop, morning and afternoon sessions, Saint-Martin-d'Hères
JARDIN = P("Jardin partagé du Murier", "Rue du Murier", "38400", SMH)
f.on_platform("compost-am", 21, "Atelier compostage (matin)", at(26, "09:30"), at(26, "12:00"), "Les Composteurs d'Hères", JARDIN)
f.on_platform("compost-pm", 22, "Atelier compostage (après-midi)", at(26, "14:00"), at(26, "16:30"), "Les Composteurs d'Hères", JARDIN)
f.on_agenda("compost-am", 5021, "Compostage : atelier pratique", [(at(26, "09:30"), at(26, "12:00")), (at(26, "14:00"), at(26, "16:30"))],
            "Les Composteurs d'Hères", A("Jardin du Murier", "rue du Murier", "38400", SMH))

# 23 / 24 UGA: a conference and a student fair the same day on the campus
f.on_platform("uga-conf", 23, "Conférence : l'ESS face aux crises", at(14, "17:30"), at(14, "19:30"), "Université Grenoble Alpes",
              P("Maison de la Création et de l'Innovation", "339 avenue Centrale", "38400", SMH))
f.on_agenda("uga-conf", 5023, "L'économie sociale et solidaire face aux crises : conférence-débat", [(at(14, "17:30"), at(14, "19:30"))],
            "UGA - Master ESS", A("MaCI", "339 av. Centrale, Domaine universitaire", "38400", SMH),
            description={"fr": "Avec les étudiants du master ESS et des chercheurs du CREG."})
f.in_calendar("uga-conf", "uga-ess-crises@alpes-solidaires.org", S(14, "17:30", "utc"), E(14, "19:30", "utc"),
              "SUMMARY:Conférence ESS & crises", "LOCATION:Campus de Saint-Martin-d'Hères")
f.on_platform("uga-forum", 24, "Forum des associations étudiantes engagées", at(14, "11:00"), at(14, "15:00"),
              "Université Grenoble Alpes", P("Espace Vie Étudiante", "701 avenue Centrale", "38400", SMH))

# 25 / 26 Échirolles, Saturday 26: a market and a day of open doors at an insertion workshop
f.on_platform("ech-marche", 25, "Marché des producteurs et artisans solidaires", at(26, "09:00"), at(26, "13:00"),
              "Ville d'Échirolles", P("Place des Cinq Fontaines", "", "38130", ECH))
f.on_platform("ech-ulisse", 26, "Portes ouvertes des ateliers d'insertion Ulisse", at(26, "10:00"), at(26, "17:00"), "Ulisse Grenoble Solidarité",
              P("Ateliers Ulisse", "24 avenue de Grugliasco", "38130", ECH))
f.in_calendar("ech-ulisse", "po-ulisse@alpes-solidaires.org", *DAYS(26), "SUMMARY:Journée portes ouvertes Ulisse",
              "LOCATION:Échirolles")

# 27 café-débat in Fontaine
f.on_agenda("fon-cafe", 5027, "Café-débat : consommer local, ça change quoi ?", [(at(18, "19:00"), at(18, "21:00"))],
            "MJC Nelson Mandela", A("La Source", "38 avenue Lénine", "38600", FON))

# 28 garden work party (calendar alone, floating)
f.in_calendar("chantier-jardin", "chantier-poucets@alpes-solidaires.org", S(12, "10:00", "float"), E(12, "12:00", "float"),
              "SUMMARY:Chantier participatif au jardin des Poucets", "LOCATION:Jardin des Poucets\\, rue des Trembles\\, Grenoble")

# 29 / 30 two events at the Maison des associations on Wednesday 16
MDA_GRE = P("Maison des Associations", "6 rue Berthe de Boissieux", "38000", GRE)
f.on_platform("habitat-gre", 29, "Soirée d'information : l'habitat participatif", at(16, "18:30"), at(16, "20:30"), "Les Habiles", MDA_GRE)
f.on_agenda("habitat-gre", 5029, "Habitat participatif : réunion d'information", [(at(16, "18:30"), at(16, "20:30"))],
            "Les Habiles", A("Maison des associations", "6 rue Berthe de Boissieux", "38000", GRE))
f.on_platform("benevolat-mda", 30, "Permanence : trouver une mission de bénévolat", at(16, "14:00"), at(16, "17:00"),
              "France Bénévolat Isère", MDA_GRE)

# 31 Emmaüs sale (Saint-Égrève), all-day in the calendar
f.on_platform("emmaus-vente", 31, "Grande vente solidaire", at(5, "09:00"), at(5, "17:00"), "Communauté Emmaüs de Grenoble",
              P("Communauté Emmaüs", "87 avenue de la Monta", "38120", "Saint-Égrève"))
f.in_calendar("emmaus-vente", "vente-emmaus-5nov@alpes-solidaires.org", *DAYS(5), "SUMMARY:Vente solidaire Emmaüs",
              "LOCATION:Emmaüs Saint-Egrève")

# 32 / 33 La Bifurk, Friday 25: a tour of tiers-lieux in the afternoon, the closing party in the evening
f.on_platform("tour-tl", 32, "Tour des tiers-lieux grenoblois", at(25, "14:00"), at(25, "17:00"), "Relief, réseau des tiers-lieux AURA",
              BIFURK, description="Départ de la Bifurk, puis visite de trois tiers-lieux en vélo.")
f.on_agenda("tour-tl", 5032, "Balade à vélo : les tiers-lieux de Grenoble", [(at(25, "14:00"), at(25, "17:00"))], "Relief",
            A("La Bifurk (départ)", "2 rue Gustave Flourens", "38100", GRE))
f.in_calendar("tour-tl", "tour-tiers-lieux@alpes-solidaires.org", S(25, "14:00"), E(25, "17:00"),
              "SUMMARY:Tour des tiers-lieux", "LOCATION:La Bifurk\\, Grenoble")
f.on_platform("cloture-gre", 33, "Soirée de clôture du Mois de l'ESS", at(25, "19:00"), at(25, "23:00"), "CRESS Auvergne-Rhône-Alpes",
              BIFURK)
f.on_agenda("cloture-gre", 5033, "Mois de l'ESS : soirée de clôture à Grenoble", [(at(25, "19:00"), at(25, "23:30"))],
            "CRESS AURA", A("La Bifurk", "2 rue Gustave Flourens", "38100", GRE))

# 34 / 35 a training cycle for volunteer board members, two Tuesdays
f.on_platform("compta-15", 34, "Formation bénévoles : les bases de la comptabilité associative (2 séances, 15 et 22 novembre)",
              at(15, "18:00"), at(15, "20:30"), "Le Mouvement associatif Auvergne-Rhône-Alpes", MDA_GRE)
f.on_agenda("compta-15", 5034, "Comptabilité associative pour bénévoles - cycle de 2 soirées",
            [(at(15, "18:00"), at(15, "20:30")), (at(22, "18:00"), at(22, "20:30"))], "Mouvement associatif AURA",
            A("Maison des Associations", "6 rue Berthe de Boissieux", "38000", GRE))

# 36 / 37 two webinars on Thursday 17 in the morning
f.on_agenda("webi-mecenat", 5036, "Webinaire : le mécénat de compétences pour les associations", [(at(17, "10:00"), at(17, "11:30"))],
            "Le Mouvement associatif AURA", {}, mode=2, onlineAccessLink=JITSI_LMA)
f.in_calendar("webi-mecenat", "mecenat-competences@alpes-solidaires.org", S(17, "10:00"), E(17, "11:30"),
              "SUMMARY:Mécénat de compétences - webinaire", "LOCATION:En ligne", f"DESCRIPTION:Lien : {JITSI_LMA}")
f.on_platform("webi-marches", 37, "Webinaire : les marchés publics responsables, une opportunité pour l'ESS", at(17, "10:00"),
              at(17, "11:30"), "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne", url=ZOOM_CRESS2)
f.on_agenda("webi-marches", 5037, "Marchés publics responsables et ESS (webinaire)", [(at(17, "10:00"), at(17, "11:30"))],
            "CRESS AURA", {}, mode=2, onlineAccessLink=ZOOM_CRESS2)

# 38 speed-dating of volunteering, Bibliothèque Kateb Yacine
f.on_platform("speed-benevolat", 38, "Speed-dating du bénévolat", at(19, "14:00"), at(19, "17:00"), "France Bénévolat Isère",
              P("Bibliothèque Kateb Yacine", "202 Grand'Place", "38100", GRE))

# 39 zero-waste sewing workshop, Saint-Martin-d'Hères (agenda alone), same Saturday afternoon as the repair cafés
f.on_agenda("couture-smh", 5039, "Atelier couture zéro déchet", [(at(19, "14:00"), at(19, "16:30"))], "Le Pas de Côté",
            A("Maison de quartier Fernand Texier", "2 rue Fernand Texier", "38400", SMH))

# 40 / 41 MNEI on Tuesday 29: a lunch talk and the evening conference on village energy cooperatives
f.on_platform("centrales", 40, "Conférence : les Centrales villageoises, l'énergie citoyenne", at(29, "18:30"), at(29, "20:30"),
              "Énergie Partagée Auvergne-Rhône-Alpes", MNEI)
f.on_agenda("centrales", 5040, "Centrales Villageoises : produire son énergie ensemble", [(at(29, "18:30"), at(29, "20:30"))],
            "Energie Partagée", A("Maison de la Nature et de l'Environnement", "5 place Bir-Hakeim", "38000", GRE))
f.in_calendar("centrales", "centrales-villageoises@alpes-solidaires.org", S(29, "18:30", "utc"), E(29, "20:30", "utc"),
              "SUMMARY:Les Centrales Villageoises", "LOCATION:MNEI\\, Grenoble")
f.on_platform("midi-mnei", 41, "Midi de l'environnement : le compostage collectif", at(29, "12:30"), at(29, "13:30"),
              "Maison de la Nature et de l'Environnement de l'Isère", MNEI)

# 42 round table at GEM
f.on_agenda("gem-tr", 5042, "Table ronde : entreprendre autrement", [(at(23, "17:00"), at(23, "19:00"))],
            "Grenoble Ecole de Management", A("GEM", "12 rue Pierre Sémard", "38000", GRE))

# 43 job dating of insertion, Échirolles
f.on_platform("ech-iae", 43, "Job dating de l'insertion par l'activité économique", at(24, "09:00"), at(24, "12:00"),
              "Pôle emploi Échirolles", P("La Rampe", "15 avenue du 8 Mai 1945", "38130", ECH))

# 44 walk in Berriat
f.on_platform("balade-berriat", 44, "Balade urbaine : l'ESS dans le quartier Berriat", at(5, "10:00"), at(5, "12:00"),
              "Grenoble en Transition", P("Place Saint-Bruno", "Place Saint-Bruno", "38000", GRE))
f.in_calendar("balade-berriat", "balade-berriat@alpes-solidaires.org", S(5, "10:00"), E(5, "12:00"),
              "SUMMARY:Balade ESS à Berriat", "LOCATION:Place St-Bruno\\, Grenoble")

# 45 cooperative games night
f.on_agenda("jeux-coop", 5045, "Soirée jeux coopératifs", [(at(18, "19:00"), at(18, "23:00"))], "Ludothèque Le Dé Rouge",
            A("Le Dé Rouge", "21 rue Très-Cloîtres", "38000", GRE))

# 46 / 47 exhibition at the Kateb Yacine library (7 to 26) and its vernissage
KATEB = P("Bibliothèque Kateb Yacine", "202 Grand'Place", "38100", GRE)
f.on_platform("expo-kateb", 46, "Exposition « Visages de l'ESS en Isère »", at(7, "10:00"), at(26, "18:00"), "CRESS Auvergne-Rhône-Alpes",
              KATEB)
f.in_calendar("expo-kateb", "expo-visages-isere@alpes-solidaires.org", *DAYS(7, 20), "SUMMARY:Expo Visages de l'ESS",
              "LOCATION:Bibliothèque Kateb Yacine\\, Grand'Place")
f.on_platform("vernissage-kateb", 47, "Vernissage de l'exposition « Visages de l'ESS en Isère »", at(7, "18:00"), at(7, "20:00"),
              "CRESS Auvergne-Rhône-Alpes", KATEB)
f.in_calendar("vernissage-kateb", "vernissage-visages@alpes-solidaires.org", S(7, "18:00"),
              "SUMMARY:Vernissage expo Visages de l'ESS", "LOCATION:Kateb Yacine")

# 48 / 49 URSCOP on Thursday 24: a breakfast in Grenoble, the SCIC conference at the IAE (Saint-Martin-d'Hères)
f.on_agenda("scic-iae", 5048, "Conférence : la SCIC, un outil pour les territoires", [(at(24, "18:00"), at(24, "20:00"))],
            "Les Scop AURA", A("IAE Grenoble", "525 avenue Centrale", "38400", SMH))
f.in_calendar("scic-iae", "scic-territoires@alpes-solidaires.org", S(24, "18:00", "utc"), E(24, "20:00", "utc"),
              "SUMMARY:La SCIC\\, outil des territoires", "LOCATION:IAE Grenoble")
f.on_platform("pdj-scop-gre", 49, "Petit-déjeuner : créer ou reprendre en coopérative", at(24, "08:30"), at(24, "10:00"),
              "URSCOP AURA", P("Maison de l'Entreprise", "1 place André Malraux", "38000", GRE))

# 50 / 51 Saturday 12: repair cafés in Fontaine and at Teisseire-Malherbe, the same hours
f.on_platform("rc-fontaine", 50, "Repair café de Fontaine", at(12, "14:00"), at(12, "17:00"), "Fontaine en Transition",
              P("Salle Edmond Vigne", "2 rue Edmond Vigne", "38600", FON))
f.in_calendar("rc-fontaine", "rc-fontaine-12@alpes-solidaires.org", S(12, "14:00"), E(12, "17:00"), "SUMMARY:Repair Café",
              "LOCATION:Fontaine")
f.in_calendar("rc-teisseire", "rc-teisseire-12@alpes-solidaires.org", S(12, "14:00"), E(12, "17:00"), "SUMMARY:Repair Café",
              "LOCATION:Grenoble")

# 52 conference in the Échirolles library
f.on_platform("ech-coop-hab", 52, "Conférence : les coopératives d'habitants", at(30, "18:30"), at(30, "20:30"), "Habicoop",
              P("Bibliothèque Pablo Neruda", "12 place de la Libération", "38130", ECH))

# 53 Saturday market accepting the Cairn (calendar alone)
f.in_calendar("marche-cairn", "marche-cairn-19@alpes-solidaires.org", S(19, "09:00", "float"), E(19, "13:00", "float"),
              "SUMMARY:Marché en Cairn", "LOCATION:Place Saint-Bruno\\, Grenoble")

# 54 the region's webinar on young people and the ESS, all four sources
f.on_platform("webi-jeunes", 54, "Webinaire : les jeunes et l'ESS, comment les attirer ?", at(9, "14:00"), at(9, "15:00"),
              "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.on_agenda("webi-jeunes", 5054, "Attirer les jeunes dans l'ESS - webinaire", [(at(9, "14:00"), at(9, "15:00"))], "CRESS AURA", {},
            mode=2, onlineAccessLink=TEAMS_CRESS)
f.in_calendar("webi-jeunes", "webi-jeunes-ess@alpes-solidaires.org", S(9, "14:00", "utc"), E(9, "15:00", "utc"),
              "SUMMARY:Mois de l'ESS - Webinaire jeunes & ESS", f"URL:{TEAMS_CRESS}")
# 55 its next-week sibling, same hour
f.on_platform("webi-financer-asso", 55, "Webinaire : financer son association", at(16, "14:00"), at(16, "15:00"),
              "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.on_agenda("webi-financer-asso", 5055, "Les financements des associations (webinaire)", [(at(16, "14:00"), at(16, "15:00"))],
            "CRESS AURA", {}, mode=2, onlineAccessLink=TEAMS_CRESS)
# 56 Avise webinar
f.on_platform("webi-avise", 56, "Webinaire : mesure d'impact social, par où commencer ?", at(10, "09:30"), at(10, "11:00"), "Avise",
              ONLINE, modality="En ligne", url=ZOOM_AVISE)

# ───────────────────────── Savoie ─────────────────────────

# 57 the Chambéry ESS forum on Saturday 19, four sources; 58 the repair café at the MDA the same afternoon
MANEGE = P("Le Manège", "331 rue de la République", "73000", "Chambéry")
f.on_platform("cham-forum", 57, "Forum « Place aux initiatives » : l'ESS en Savoie", at(19, "10:00"), at(19, "18:00"),
              "Grand Chambéry", MANEGE, description="Plus de 40 structures de l'ESS, ateliers, conférences et animations.")
f.on_agenda("cham-forum", 5057, "Place aux initiatives ! Forum de l'économie sociale et solidaire", [(at(19, "10:00"), at(19, "18:00"))],
            "Alpes Solidaires", A("Le Manège", "331 rue de la République", "73000", "Chambéry", insee="73065"))
f.in_calendar("cham-forum", "place-aux-initiatives@alpes-solidaires.org", S(19, "10:00"), E(19, "18:00"),
              "SUMMARY:Forum Place aux initiatives", "LOCATION:Le Manège\\, Chambéry")
f.on_platform("cham-rc", 58, "Repair café de Chambéry", at(19, "14:00"), at(19, "17:00"), "Repair Café Chambéry",
              P("Maison des associations", "67 rue Saint-François de Sales", "73000", "Chambéry"))
f.in_calendar("cham-rc", "rc-chambery-19@alpes-solidaires.org", S(19, "14:00", "utc"), E(19, "17:00", "utc"),
              "SUMMARY:Repair café", "LOCATION:Chambéry")

# 59 / 60 Oxalis, Tuesday 8: an open morning in Chambéry, an information meeting in Annecy in the afternoon
f.on_platform("oxalis-cham", 59, "Portes ouvertes : entreprendre en coopérative d'activités", at(8, "09:30"), at(8, "12:00"), "Oxalis",
              P("Oxalis", "1 rue du Pré Demaison", "73000", "Chambéry"))
f.on_agenda("oxalis-cham", 5059, "Découvrir la CAE Oxalis - matinée portes ouvertes", [(at(8, "09:30"), at(8, "12:00"))],
            "Oxalis Scop", A("Oxalis", "1 rue du Pré Demaison", "73000", "Chambéry"))
f.on_platform("oxalis-annecy", 60, "Réunion d'information : entreprendre en coopérative d'activités", at(8, "14:00"), at(8, "16:00"),
              "Oxalis", P("Les Papeteries - Image Factory", "3 esplanade Paul Grimault", "74960", "Annecy"))
f.on_agenda("oxalis-annecy", 5060, "Entreprendre autrement avec Oxalis (réunion d'info)", [(at(8, "14:00"), at(8, "16:00"))],
            "Oxalis Scop", A("Les Papeteries", "3 esplanade Paul Grimault", "74960", "Cran-Gevrier"))

# 61 conference at the university (Jacob-Bellecombette)
f.on_platform("usmb-conf", 61, "Conférence-débat : ESS et territoires de montagne", at(10, "14:00"), at(10, "17:00"),
              "Université Savoie Mont Blanc", P("Campus de Jacob-Bellecombette", "27 rue Marcoz", "73000", "Chambéry"))
f.in_calendar("usmb-conf", "usmb-montagne@alpes-solidaires.org", S(10, "14:00"), E(10, "17:00"),
              "SUMMARY:L'ESS en montagne : conférence USMB", "LOCATION:Jacob-Bellecombette")

# 62 ciné-débat at L'Astrée
f.on_agenda("cham-cine", 5062, "Ciné-débat : Solutions locales pour un désordre global", [(at(21, "20:00"), at(21, "22:30"))],
            "Alpes Solidaires", A("Cinéma L'Astrée", "10 boulevard du Théâtre", "73000", "Chambéry"))

# 63 France Active Savoie Mont Blanc webinar
f.on_platform("webi-fasmb", 63, "Webinaire : la garantie bancaire France Active", at(21, "11:00"), at(21, "12:00"),
              "France Active Savoie Mont Blanc", ONLINE, modality="En ligne", url=ZOOM_FASMB)

# 64 solidarity Christmas market in Chambéry, two days (26 and 27): the calendar one VEVENT a day
f.on_platform("cham-noel", 64, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"), "Chambéry Solidarité Internationale",
              P("Place Saint-Léger", "", "73000", "Chambéry"))
f.on_agenda("cham-noel", 5064, "Marché de Noël solidaire et équitable", [(at(26, "10:00"), at(26, "18:00")), (at(27, "10:00"), at(27, "18:00"))],
            "CSI Chambéry", A("Place St-Léger", "Place Saint-Léger", "73000", "Chambéry"))
f.in_calendar("cham-noel", "noel-solidaire-sam@alpes-solidaires.org", S(26, "10:00"), E(26, "18:00"),
              "SUMMARY:Marché de Noël solidaire (samedi)", "LOCATION:Place Saint-Léger\\, Chambéry")
f.in_calendar("cham-noel", "noel-solidaire-dim@alpes-solidaires.org", S(27, "10:00"), E(27, "18:00"),
              "SUMMARY:Marché de Noël solidaire (dimanche)", "LOCATION:Place Saint-Léger\\, Chambéry")

# 65 a walk in Aix-les-Bains
f.on_platform("aix-balade", 65, "Balade découverte des initiatives solidaires", at(12, "10:00"), at(12, "12:00"),
              "Aix-les-Bains en Transition", P("Office de tourisme", "Place Maurice Mollard", "73100", "Aix-les-Bains"))

# ───────────────────────── Haute-Savoie ─────────────────────────

# 66 the Grand Annecy meetings of the ESS, Bonlieu
f.on_platform("annecy-rencontres", 66, "Rencontres de l'ESS du Grand Annecy", at(17, "14:00"), at(17, "19:00"), "Grand Annecy",
              P("Bonlieu Scène nationale", "1 rue Jean Jaurès", "74000", "Annecy"))
f.on_agenda("annecy-rencontres", 5066, "Mois de l'ESS – Les Rencontres de l'économie sociale et solidaire", [(at(17, "14:00"), at(17, "19:00"))],
            "Innovales", A("Bonlieu", "1 rue Jean-Jaurès", "74000", "Annecy", insee="74010"))
f.in_calendar("annecy-rencontres", "rencontres-grand-annecy@alpes-solidaires.org", S(17, "14:00", "utc"),
              "SUMMARY:[Annecy] Rencontres ESS", "LOCATION:Bonlieu\\, Annecy")
# 67 the digital Fresque the same evening in Annecy
f.on_platform("fresque-num-annecy", 67, "La Fresque du Numérique", at(17, "18:30"), at(17, "21:30"), "Fresque du Numérique 74",
              P("Les Papeteries - Image Factory", "3 esplanade Paul Grimault", "74960", "Annecy"))

# 68 / 69 repair cafés on Saturday 26, Seynod in the morning, Cran-Gevrier in the afternoon (communes déléguées of Annecy)
f.on_platform("rc-seynod", 68, "Repair café", at(26, "09:00"), at(26, "12:00"), "Repair Café Seynod",
              P("Centre social Le Polyèdre", "5 rue de l'Annapurna", "74600", "Annecy"))
f.in_calendar("rc-seynod", "rc-seynod-26@alpes-solidaires.org", S(26, "09:00"), E(26, "12:00"), "SUMMARY:Repair Café de Seynod",
              "LOCATION:Seynod")
f.on_platform("rc-cran", 69, "Repair café", at(26, "14:00"), at(26, "17:00"), "Repair Café Cran-Gevrier",
              P("MJC Centre social des Romains", "40 avenue des Romains", "74000", "Annecy"))

# 70 Innovales' DLA webinar
f.on_platform("webi-dla74", 70, "Webinaire : le DLA, un accompagnement pour votre structure", at(22, "11:00"), at(22, "12:00"),
              "Innovales", ONLINE, modality="En ligne")
f.on_agenda("webi-dla74", 5070, "Le Dispositif local d'accompagnement en Haute-Savoie", [(at(22, "11:00"), at(22, "12:00"))],
            "Innovales - DLA 74", {}, mode=2, onlineAccessLink=ZOOM_INNOV)

# 71 afterwork in Annecy (calendar alone, floating)
f.in_calendar("annecy-afterwork", "afterwork-annecy-24@alpes-solidaires.org", S(24, "18:30", "float"), E(24, "21:00", "float"),
              "SUMMARY:Afterwork entrepreneurs sociaux", "LOCATION:Le Cuvier\\, Annecy")

# ───────────────────────── more of the month ─────────────────────────

# 72-79 a help desk for project creators every Monday and Thursday (3 to 28): RRULE, agenda one record, platform two sessions
PERM = {f"2022-11-{d:02d}": f"perm-{d}" for d in (3, 7, 10, 14, 17, 21, 24, 28)}
f.in_calendar(PERM, "permanence-creation@alpes-solidaires.org", S(3, "14:00"), E(3, "17:00"),
              "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20221128T235959Z", "SUMMARY:Permanence création d'activité ESS",
              "LOCATION:Pépinière Alpes Solidaires\\, 5 rue Pierre Dupont\\, Grenoble")
f.on_agenda("perm-3", 5072, "Permanences : créer son activité dans l'ESS (lundis et jeudis)",
            [(at(d, "14:00"), at(d, "17:00")) for d in (3, 7, 10, 14, 17, 21, 24, 28)], "Alpes Solidaires",
            A("Pépinière", "5 rue Pierre Dupont", "38000", GRE))
f.on_platform("perm-14", 72, "Permanence création d'activité", at(14, "14:00"), at(14, "17:00"), "Alpes Solidaires",
              P("Pépinière Alpes Solidaires", "5 rue Pierre Dupont", "38000", GRE))
f.on_platform("perm-21", 73, "Permanence création d'activité", at(21, "14:00"), at(21, "17:00"), "Alpes Solidaires",
              P("Pépinière Alpes Solidaires", "5 rue Pierre Dupont", "38000", GRE))

# 80 / 81 an exhibition at the Chambéry library (14 to 25), the form one row per opening day; its guided visit on the 19th
CURIAL = P("Médiathèque Jean-Jacques Rousseau", "Carré Curial", "73000", "Chambéry")
f.on_platform("expo-cham", 74, "Exposition « Femmes de l'ESS en Savoie »", at(14, "10:00"), at(25, "18:00"), "Alpes Solidaires", CURIAL)
f.in_calendar("expo-cham", "expo-femmes-ess@alpes-solidaires.org", *DAYS(14, 12), "SUMMARY:Expo Femmes de l'ESS",
              "LOCATION:Médiathèque J-J Rousseau\\, Chambéry")
f.on_platform("visite-expo-cham", 75, "Visite commentée de l'exposition « Femmes de l'ESS en Savoie »", at(19, "15:00"), at(19, "16:00"),
              "Alpes Solidaires", CURIAL)

# 82 clothes swap in Saint-Martin-d'Hères (agenda alone); 83 the CRESS's webinar on equality (calendar alone)
f.on_agenda("troc-smh", 5082, "Troc'vêtements solidaire", [(at(20, "10:00"), at(20, "16:00"))], "Centre social Romain Rolland",
            A("Centre social Romain Rolland", "5 rue Romain Rolland", "38400", SMH))
f.in_calendar("webi-egalite", "webi-egalite-fh@alpes-solidaires.org", S(8, "14:00", "utc"), E(8, "15:30", "utc"),
              "SUMMARY:Webinaire : l'égalité femmes-hommes dans l'ESS", "URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_RWdhbGl0ZQ@thread.v2/0",
              "ORGANIZER;CN=CRESS AURA:mailto:contact@cress-aura.org")

# ───────────────────────── the registration form ─────────────────────────
f.in_form([
    ("rc-chorier", row("AURA-2022-001", "Repair Café Grenoble", "Repair café", "19/11/2022", "14h-17h", "MDH Chorier Berriat",
                       "10 rue Henry Le Chatelier", "38000", "Grenoble")),
    ("fresque-cham-17", row("AURA-2022-002", "Fresque du Climat", "Fresque du climat", "17/11/2022", "18h30-21h30", "Maison des Associations",
                            "67 rue St François de Sales", "73000", "Chambery")),
    ("jobdating-gre", row("AURA-2022-003", "CRESS AURA", "Job dating ESS", "22/11/2022", "9h-13h", "Ancien Musée de Peinture", "pl. de Verdun",
                          "", "Grenoble")),
    ("cine-douce", row("AURA-2022-004", "Alternatiba Grenoble", "Ciné-débat Douce France", "15/11/2022", "20h", "Le Méliès", "", "", "Grenoble")),
    ("po-elefan", row("AURA-2022-005", "L'Elefan", "Portes ouvertes supermarché coopératif", "12/11/2022", "10h-13h", "", "73 cours Berriat",
                      "38000", "Grenoble")),
    ("lancement-isere", row("AURA-2022-006", "Ville de Grenoble / CRESS", "Lancement Mois de l'ESS", "03/11/2022", "18h", "Hôtel de ville",
                            "", "", "Grenoble")),
    ("compost-am", row("AURA-2022-007", "Composteurs d'Hères", "Atelier compost", "26/11/2022", "matin", "Jardin du Murier", "", "38400",
                       "St-Martin-d'Hères")),
    ("compost-pm", row("AURA-2022-008", "Composteurs d'Hères", "Atelier compost", "26/11/2022", "après-midi", "Jardin du Murier", "", "38400",
                       "St-Martin-d'Hères")),
    ("ech-marche", row("AURA-2022-009", "Ville d'Echirolles", "Marché solidaire", "26/11/2022", "9h-13h", "Place des 5 Fontaines", "", "",
                       "Echirolles")),
    ("fon-cafe", row("AURA-2022-010", "MJC N. Mandela", "Café débat consommer local", "18/11/2022", "19h", "La Source", "", "", "Fontaine")),
    ("cloture-gre", row("AURA-2022-011", "CRESS AURA", "Soirée de clôture", "25/11/2022", "19h", "La Bifurk", "", "", "Grenoble")),
    ("compta-15", row("AURA-2022-012", "LMA AURA", "Formation compta asso (séance 1)", "15/11/2022", "18h-20h30", "MDA", "", "", "Grenoble")),
    ("compta-22", row("AURA-2022-013", "LMA AURA", "Formation compta asso (séance 2)", "22/11/2022", "18h-20h30", "MDA", "", "", "Grenoble")),
    ("webi-mecenat", row("AURA-2022-014", "Mouvement associatif", "Mécénat de compétences", "17/11/2022", "10h-11h30", "", "", "", "",
                         fmt="En ligne")),
    ("speed-benevolat", row("AURA-2022-015", "France Bénévolat 38", "Speed dating bénévolat", "19/11/2022", "14h-17h", "Bibliothèque Kateb Yacine",
                            "", "", "Grenoble")),
    ("gem-tr", row("AURA-2022-016", "GEM", "Entreprendre autrement - table ronde", "23/11/2022", "17h-19h", "Grenoble Ecole de Management",
                   "12 rue Pierre Semard", "38000", "Grenoble")),
    ("expo-kateb", row("AURA-2022-017", "CRESS AURA", "Expo Visages de l'ESS", "07/11/2022", "horaires d'ouverture", "Bibliothèque Kateb Yacine",
                       "", "", "Grenoble")),
    ("pdj-scop-gre", row("AURA-2022-018", "Les Scop AURA", "Petit déj créer/reprendre en Scop", "24/11/2022", "8h30", "Maison de l'Entreprise",
                         "", "", "Grenoble")),
    ("rc-teisseire", row("AURA-2022-019", "Repair Café Grenoble", "Repair café Teisseire", "12/11/2022", "14h-17h", "MDH Teisseire-Malherbe",
                         "8 rue Ampère", "38100", "Grenoble")),
    ("webi-jeunes", row("AURA-2022-020", "CRESS AURA", "Webinaire jeunes et ESS", "09/11/2022", "14h-15h", "", "", "", "", fmt="En ligne")),
    ("cham-forum", row("AURA-2022-021", "Grand Chambéry", "Forum Place aux initiatives", "19/11/2022", "10h-18h", "Le Manège", "", "73000",
                       "Chambéry")),
    ("oxalis-cham", row("AURA-2022-022", "OXALIS", "Portes ouvertes CAE", "08/11/2022", "9h30-12h", "", "1 rue du Pré Demaison", "", "Chambéry")),
    ("cham-cine", row("AURA-2022-023", "Alpes Solidaires", "Ciné débat", "21/11/2022", "20h", "L'Astrée", "", "", "Chambéry")),
    ("fresque-num-annecy", row("AURA-2022-024", "FDN 74", "Fresque du numérique", "17/11/2022", "18h30", "Les Papeteries", "", "",
                               "Cran-Gevrier")),
    ("annecy-rencontres", row("AURA-2022-025", "Grand Annecy", "Rencontres ESS", "17/11/2022", "14h-19h", "Bonlieu", "", "74000", "Annecy")),
    ("ech-iae", row("AURA-2022-026", "Pôle emploi", "Job dating IAE", "24/11/2022", "9h-12h", "La Rampe", "", "", "Echirolles")),
    ("rc-smh", row("AURA-2022-027", "Repair café SMH", "Repair Café", "19/11/2022", "14h-17h", "MQ Romain Rolland", "", "", "SMH")),
    ("expo-cham", row("AURA-2022-028", "Alpes Solidaires", "Expo Femmes de l'ESS", "15/11/2022", "horaires d'ouverture", "Médiathèque JJ Rousseau",
                      "", "", "Chambéry")),
    ("expo-cham", row("AURA-2022-029", "Alpes Solidaires", "Expo Femmes de l'ESS", "18/11/2022", "horaires d'ouverture", "Médiathèque JJ Rousseau",
                      "", "", "Chambéry")),
    ("expo-cham", row("AURA-2022-030", "Alpes Solidaires", "Expo Femmes de l'ESS", "22/11/2022", "horaires d'ouverture", "Médiathèque JJ Rousseau",
                      "", "", "Chambéry")),
    ("expo-cham", row("AURA-2022-031", "Alpes Solidaires", "Expo Femmes de l'ESS", "25/11/2022", "horaires d'ouverture", "Médiathèque JJ Rousseau",
                      "", "", "Chambéry")),
    ("visite-expo-cham", row("AURA-2022-032", "Alpes Solidaires", "Visite guidée expo Femmes de l'ESS", "19/11/2022", "15h", "Médiathèque JJ Rousseau",
                             "", "", "Chambéry")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
