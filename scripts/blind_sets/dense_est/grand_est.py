"""Blind set dense_est-1 (helper, 7 Dec 2026): Grand Est, DENSE, written before reading the merge rules. 92 real
events of November 2022 in Strasbourg and its quarters (Neudorf, Krutenau, Cronenbourg, Hautepierre, Port du Rhin,
Esplanade; « Strasbourg Cedex » of the Maison de la Région), Schiltigheim (« Schilick »), Illkirch-Graffenstaden
(campus, « Illkirch »), Metz (Borny, Saulcy, Blida), Nancy and Vandœuvre-lès-Nancy (« Vandoeuvre »), Reims, Mulhouse,
Colmar, Troyes, Épinal, Charleville-Mézières, Sélestat and villages of Alsace and the Vosges (Ungersheim, Scherwiller,
Muttersholtz, Saulxures-sur-Moselotte), Haguenau, Sarreguemines, Thionville, Verdun, Chaumont and
Saint-Louis, with Alsace-Moselle local-law associations « inscrite au registre ». Four
sources: the national platform's JSON, CRESS Grand Est's OpenAgenda (insee, attendanceMode 2 with onlineAccessLink,
two timings of a two-day market), Le Mouvement associatif Grand Est's iCalendar (UTC « Z », TZID, floating, VALUE=DATE,
RRULE weekly sessions, one VEVENT per day, LOCATION the venue, the quarter or the town alone, URL / CONFERENCE links),
the CRESS registration form (Windows-1252 `;` CSV: acronyms, « 14h-17h », « 14h30 », « matin », « après-midi »,
« Toute la journée », « Visio », the quarter as the town). Hard negatives: three repair cafés in Strasbourg the same
Saturday (Neudorf and Krutenau the same afternoon, Cronenbourg the morning) plus Mulhouse, Nancy and Vandœuvre the same
afternoon, a bike workshop next to the Neudorf repair café, four Fresques du Climat the same evening (Strasbourg, Metz,
Nancy, Troyes) and a Fresque du numérique in Nancy that evening, one film in three towns the same evening, two job
datings the same morning, three webinars the same morning, the Eurométropole's conference and workshop at one venue
the same day, two events on the Illkirch campus, on the Saulcy campus and on the Aiguillettes campus the same day, a
conference inside Metz's forum, weekly sessions of a CAE meeting, a sewing workshop and a bike workshop."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, timedelta
from south import *

sources("cress-grand-est-openagenda", "mouvement-associatif-grand-est-ical", "cress-grand-est-tableur")


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


STRAS, METZ, NANCY, VAND, REIMS, MULH, COLMAR = "67482", "57463", "54395", "54547", "51454", "68224", "68066"
ZOOM_FAGE = "https://us02web.zoom.us/j/83344556677?pwd=RkFHcmFuZEVzdA"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VXJzY29wR0VzdFRyYW5zbWlzc2lvbg@thread.v2/0"
JITSI_LMA = "https://meet.jit.si/LMA-GrandEst-droit-local"
ZOOM_CRESS = "https://us06web.zoom.us/j/85566778899"
ZOOM_MOSELLE = "https://us02web.zoom.us/j/89900112233"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Le Mouvement associatif Grand Est - agenda\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []

# ───────────────────────── Strasbourg ─────────────────────────

# 1 regional launch evening at the Shadok, four sources
SHADOK = P("Le Shadok", "25 presqu'île André Malraux", "67100", "Strasbourg")
f.on_platform("lancement", 1, "Soirée de lancement du Mois de l'ESS en Grand Est", at(3, "18:00"), at(3, "21:00"), "CRESS Grand Est", SHADOK,
              description="Ouverture régionale du Mois de l'ESS : présentation du programme, table ronde et concert.")
f.on_agenda("lancement", 8001, "Lancement régional du Mois de l'Économie sociale et solidaire", [(at(3, "18:00"), at(3, "21:30"))],
            "Chambre régionale de l'économie sociale et solidaire Grand Est",
            A("Shadok - fabrique du numérique", "25 Presqu'île Malraux", "67100", "Strasbourg", insee=STRAS, latitude=48.5752, longitude=7.7614))
f.in_calendar("lancement", "lancement-mois-ess-ge@lma-grandest.org", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS : soirée de lancement"),
              LOC("Shadok, Strasbourg"))
rows.append(("lancement", row("GE-22-001", "CRESS GE", "Lancement Mois de l'ESS", "03/11/2022", "18h-21h", "Shadok", "", "67100", "Strasbourg")))

# 2-4 three repair cafés in Strasbourg on Saturday 19: Neudorf and Krutenau the same afternoon, Cronenbourg the morning
f.on_platform("rc-neudorf", 2, "Repair Café", at(19, "14:00"), at(19, "17:00"), "Repair Café Strasbourg",
              P("Centre socioculturel du Neudorf", "1 place du Marché", "67100", "Strasbourg"))
f.in_calendar("rc-neudorf", "rc-neudorf-1911@lma-grandest.org", S(19, "14:00"), E(19, "17:00"), SUM("Repair café du Neudorf"), LOC("Neudorf"))
f.on_agenda("rc-krutenau", 8003, "Repair Café Krutenau", [(at(19, "14:00"), at(19, "18:00"))], "Les Répar'acteurs de la Krutenau",
            A("Centre socioculturel de la Krutenau", "12 rue Saint-Guillaume", "67000", "Strasbourg", insee=STRAS))
rows.append(("rc-krutenau", row("GE-22-002", "Répar'acteurs Krutenau", "Repair café", "19/11/2022", "14h-18h", "CSC Krutenau",
                                "12 rue St Guillaume", "67000", "Strasbourg")))
f.in_calendar("rc-cronenbourg", "rc-cronenbourg-1911@lma-grandest.org", SF(19, "09:30"), EF(19, "12:00"), SUM("Repair Café Cronenbourg"),
              LOC("Centre socioculturel de Cronenbourg, 56 rue du Rieth, Strasbourg"))

# 5-7 Fresques du Climat the same Thursday evening in Strasbourg, Metz, Nancy (and Troyes, below)
f.on_platform("fresque-stras", 5, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Maison des associations de Strasbourg", "1a place des Orphelins", "67000", "Strasbourg"))
f.on_agenda("fresque-stras", 8005, "Atelier Fresque du Climat - Strasbourg", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Alsace",
            A("Maison des Associations", "1A place des Orphelins", "67000", "Strasbourg", insee=STRAS))
f.on_platform("fresque-metz", 6, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("TCRM-Blida", "7 avenue de Blida", "57000", "Metz"))
f.in_calendar("fresque-metz", "fdc-metz-1711@lma-grandest.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Blida, Metz"))
f.on_agenda("fresque-nancy", 8007, "Fresque du Climat à la Manufacture", [(at(17, "18:30"), at(17, "21:00"))], "Fresque du Climat Lorraine",
            A("Médiathèque de la Manufacture", "10 rue Baron Louis", "54000", "Nancy", insee=NANCY))
rows.append(("fresque-nancy", row("GE-22-003", "La Fresque du Climat", "Fresque du Climat", "17/11/2022", "18h30", "Médiathèque Manufacture",
                                  "", "54000", "Nancy")))

# 8-10 two job datings on Tuesday 22 morning (Strasbourg, Mulhouse), and a forum of trades in Schiltigheim that afternoon
f.on_platform("jobdating-stras", 8, "Job dating de l'ESS : l'ESS recrute à Strasbourg", at(22, "09:00"), at(22, "12:30"),
              "Eurométropole de Strasbourg", P("Centre administratif", "1 parc de l'Étoile", "67000", "Strasbourg"),
              description="Rencontrez en entretiens courts des associations, coopératives et structures d'insertion qui recrutent.")
f.on_agenda("jobdating-stras", 8008, "Mois de l'ESS – Job dating « L'ESS recrute ! »", [(at(22, "09:00"), at(22, "12:30"))],
            "Eurométropole de Strasbourg et Pôle emploi", A("Centre administratif de l'Eurométropole", "1 Parc de l'Étoile", "67076",
                                                           "Strasbourg Cedex", insee=STRAS))
rows.append(("jobdating-stras", row("GE-22-004", "EMS", "Job-dating ESS", "22/11/2022", "9h-12h30", "Centre administratif",
                                    "1 parc de l'Etoile", "67000", "STRASBOURG")))
f.on_platform("jobdating-mulhouse", 9, "Job dating de l'ESS", at(22, "09:00"), at(22, "12:00"), "Pôle emploi Mulhouse",
              P("KMØ", "30 rue François Spoerry", "68100", "Mulhouse"))
rows.append(("jobdating-mulhouse", row("GE-22-005", "Pôle Emploi Mulhouse Europe", "Job dating ESS", "22/11/2022", "matin", "KM0",
                                       "30 rue F. Spoerry", "68100", "Mulhouse")))
f.in_calendar("metiers-schilick", "forum-metiers-schilick@lma-grandest.org", S(22, "14:00"), E(22, "17:00"),
              SUM("Forum des métiers de l'ESS"), LOC("Salle des fêtes, Schiltigheim"), ORG("Ville de Schiltigheim", "vie.asso@ville-schiltigheim.fr"))

# 11-13 one film the same Tuesday evening in Strasbourg, Colmar and Reims
f.on_platform("cine-stras", 11, "Ciné-débat : Animal, de Cyril Dion", at(15, "20:00"), at(15, "22:30"), "Alternatiba Strasbourg",
              P("Cinéma Star Saint-Exupéry", "18 rue du 22 Novembre", "67000", "Strasbourg"))
f.on_agenda("cine-stras", 8011, "Projection-débat « Animal »", [(at(15, "20:00"), at(15, "22:30"))], "Alternatiba Strasbourg",
            A("Star Saint-Ex", "18 rue du 22 Novembre", "67000", "Strasbourg", insee=STRAS),
            description=OA("Projection du film de Cyril Dion suivie d'un débat avec des acteurs locaux de la transition."))
f.in_calendar("cine-stras", "cine-animal-stras@lma-grandest.org", SZ(15, "20:00"), SUM("Ciné-débat Animal"), LOC("Cinéma Star St-Exupéry"))
f.on_agenda("cine-colmar", 8012, "Ciné-débat « Animal »", [(at(15, "20:00"), at(15, "22:30"))], "Colmar en transition",
            A("Cinéma Le Colisée", "10 rue Berthe Molly", "68000", "Colmar", insee=COLMAR))
f.on_platform("cine-reims", 13, "Ciné-débat Animal", at(15, "20:15"), None, "Reims en Transition",
              P("Cinéma Opéra", "3 rue Théodore Dubois", "51100", "Reims"))
rows.append(("cine-reims", row("GE-22-006", "Reims en transition", "Projection débat Animal (C. Dion)", "15/11/2022", "20h15", "Cinéma Opéra",
                               "3 rue Théodore Dubois", "51100", "Reims")))

# 14-17 the CAE's information meeting every Tuesday (8, 15, 22, 29): RRULE, the platform two sessions, the form one
CAE = {f"2022-11-{d:02d}": f"cae-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "info-cae-coopenates@lma-grandest.org", SZ(8, "09:30"), EZ(8, "11:30"), "RRULE:FREQ=WEEKLY;COUNT=4",
              SUM("Réunion d'information collective - CAE"), LOC("Coopénates, 4 rue de Haguenau, Strasbourg"))
f.on_platform("cae-8", 14, "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", at(8, "09:30"),
              at(8, "11:30"), "Coopénates", P("Coopénates", "4 rue de Haguenau", "67000", "Strasbourg"))
f.on_platform("cae-22", 15, "Entreprendre autrement : réunion d'information en coopérative d'activité et d'emploi", at(22, "09:30"),
              at(22, "11:30"), "Coopénates", P("Coopénates", "4 rue de Haguenau", "67000", "Strasbourg"))
rows.append(("cae-15", row("GE-22-007", "Coopénates (CAE)", "Réunion d'info CAE", "15/11/2022", "9h30-11h30", "", "4 rue de Haguenau",
                           "67000", "Strasbourg")))

# 18 open day of Le Galet, Hautepierre (the form writes the quarter as the town)
f.on_platform("galet-po", 18, "Portes ouvertes du centre socioculturel Le Galet", at(12, "10:00"), at(12, "17:00"), "CSC Le Galet",
              P("Centre socioculturel Le Galet", "4 avenue Tolstoï", "67200", "Strasbourg"))
rows.append(("galet-po", row("GE-22-008", "Centre socio-culturel Le Galet", "Journée portes ouvertes", "12/11/2022", "10h-17h", "Le Galet",
                             "4 av. Tolstoi", "67200", "Hautepierre")))

# 19 / 20 the Illkirch campus on Thursday 24: the internship forum in the afternoon, Enactus's evening conference
f.on_platform("stages-illkirch", 19, "Forum des stages et de l'alternance dans l'ESS", at(24, "13:30"), at(24, "17:00"), "Université de Strasbourg",
              P("Pôle API", "300 boulevard Sébastien Brant", "67400", "Illkirch-Graffenstaden"))
f.in_calendar("stages-illkirch", "forum-stages-ess@lma-grandest.org", SZ(24, "13:30"), EZ(24, "17:00"), SUM("Forum stages & alternance ESS"),
              LOC("Campus d'Illkirch"))
f.on_agenda("enactus-illkirch", 8020, "Entrepreneuriat social étudiant : conférence-témoignages", [(at(24, "18:00"), at(24, "20:00"))],
            "Enactus Strasbourg", A("Pôle API - Campus d'Illkirch", "300 bd Sébastien Brant", "67400", "Illkirch-Graffenstaden", insee="67218"))
rows.append(("enactus-illkirch", row("GE-22-009", "Enactus Strasbourg", "Conférence entrepreneuriat social", "24/11/2022", "18h-20h",
                                     "Pôle API", "300 bd S. Brant", "67400", "Illkirch")))

# 21 a lunchtime round table on the Esplanade campus (agenda alone)
f.on_agenda("esplanade-finance", 8021, "Table ronde : la finance solidaire, comment ça marche ?", [(at(10, "12:30"), at(10, "14:00"))],
            "Université de Strasbourg - Faculté des sciences économiques", A("Le Patio", "22 rue René Descartes", "67000", "Strasbourg", insee=STRAS))

# 22-24 three webinars on Tuesday 8 in the morning
f.on_platform("web-fage", 22, "Webinaire : financer son projet ESS avec France Active", at(8, "10:00"), at(8, "11:30"),
              "France Active Grand Est", ONLINE, modality="En ligne")
f.on_agenda("web-fage", 8022, "Financer son projet d'ESS : les outils de France Active (webinaire)", [(at(8, "10:00"), at(8, "11:30"))],
            "France Active Grand Est", {}, mode=2, onlineAccessLink=ZOOM_FAGE)
f.in_calendar("web-fage", "webinaire-fa-0811@lma-grandest.org", SZ(8, "10:00"), EZ(8, "11:30"), SUM("Webinaire France Active : financer son projet"),
              f"URL:{ZOOM_FAGE}")
rows.append(("web-fage", row("GE-22-010", "FAGE", "Webinaire financement", "08/11/2022", "10h-11h30", "", "", "", "", "En ligne")))
f.on_platform("web-urscop", 23, "Webinaire : transmettre son entreprise à ses salariés en Scop", at(8, "10:00"), at(8, "11:00"),
              "Union régionale des Scop et Scic Grand Est", ONLINE, modality="En ligne")
f.in_calendar("web-urscop", "webinaire-transmission-scop@lma-grandest.org", S(8, "10:00"), E(8, "11:00"), SUM("Transmission en Scop (webinaire)"),
              f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_URSCOP}", ORG("URSCOP Grand Est", "grandest@scop.coop"))
f.on_agenda("web-droitlocal", 8024, "Le droit local des associations en Alsace-Moselle (visio)", [(at(8, "11:00"), at(8, "12:00"))],
            "Le Mouvement associatif Grand Est", {}, mode=2, onlineAccessLink=JITSI_LMA,
            description=OA("Association inscrite au registre : capacité juridique, dons et legs, dissolution. Spécificités du droit local."))
rows.append(("web-droitlocal", row("GE-22-011", "LMA Grand Est", "Droit local associatif", "08/11/2022", "11h", "", "", "", "", "Visio")))

# 25 / 26 local-law associations: a workshop in Strasbourg (14), another in Metz (16)
f.on_platform("droitlocal-stras", 25, "Association inscrite au registre : les spécificités du droit local alsacien-mosellan", at(14, "18:00"),
              at(14, "20:00"), "Maison des associations de Strasbourg", P("Maison des associations", "1a place des Orphelins", "67000", "Strasbourg"))
f.on_agenda("droitlocal-stras", 8025, "Atelier : les associations de droit local", [(at(14, "18:00"), at(14, "20:00"))], "MDAS",
            A("Maison des associations de Strasbourg", "1A place des Orphelins", "67000", "Strasbourg", insee=STRAS))
f.in_calendar("droitlocal-metz", "creer-asso-metz@lma-grandest.org", S(16, "18:00"), E(16, "20:00"),
              SUM("Créer son association de droit local (inscrite au registre)"), LOC("Agora, 4 rue Théodore de Gargan, Metz"))
rows.append(("droitlocal-metz", row("GE-22-012", "Ville de Metz - Agora", "Créer son asso (droit local)", "16/11/2022", "18h", "Agora Metz-Nord",
                                    "4 rue Théodore de Gargan", "57050", "Metz")))

# 27 the two-day solidarity Christmas market, Saturday 26 and Sunday 27
f.on_platform("marche-noel", 27, "Marché de Noël solidaire et équitable", at(26, "10:00"), at(27, "18:00"), "Artisans du Monde Strasbourg",
              P("Salle de la Bourse", "1 place du Maréchal de Lattre de Tassigny", "67000", "Strasbourg"))
f.on_agenda("marche-noel", 8027, "Marché solidaire de Noël", [(at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Artisans du Monde", A("Salle de la Bourse", "place de Lattre de Tassigny", "67000", "Strasbourg", insee=STRAS))
f.in_calendar("marche-noel", "marche-noel-j1@lma-grandest.org", SD(26), ED(26), SUM("Marché de Noël solidaire (samedi)"), LOC("Salle de la Bourse"))
f.in_calendar("marche-noel", "marche-noel-j2@lma-grandest.org", SD(27), ED(27), SUM("Marché de Noël solidaire (dimanche)"), LOC("Salle de la Bourse"))

# 28 / 29 two afterworks on Thursday 10: Strasbourg (the Shadok again) and Metz
f.on_platform("afterwork-stras", 28, "Afterwork des entrepreneurs sociaux", at(10, "18:30"), at(10, "21:00"), "Mouves Grand Est", SHADOK)
f.in_calendar("afterwork-stras", "afterwork-mouves@lma-grandest.org", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Strasbourg"))
f.on_agenda("apero-metz", 8029, "Apéro ESS messin", [(at(10, "18:30"), at(10, "20:30"))], "Réseau ESS Metz Métropole",
            A("BLIIIDA", "7 avenue de Blida", "57000", "Metz", insee=METZ))

# 30 open doors of La Coop, Port du Rhin
f.on_platform("lacoop-po", 30, "Portes ouvertes de La Coop", at(18, "16:00"), at(18, "20:00"), "SPL Deux-Rives",
              P("La Coop", "2 rue de Nantes", "67100", "Strasbourg"))
f.on_agenda("lacoop-po", 8030, "Découvrir La Coop, tiers-lieu du Port du Rhin", [(at(18, "16:00"), at(18, "20:00"))], "SPL Deux Rives",
            A("La Coop", "2 rue de Nantes", "67100", "Strasbourg", insee=STRAS))
f.in_calendar("lacoop-po", "po-lacoop@lma-grandest.org", S(18, "16:00"), E(18, "20:00"), SUM("Portes ouvertes La Coop"), LOC("Port du Rhin, Strasbourg"))

# 31 repair café of Schiltigheim, Saturday 26
f.in_calendar("rc-schilick", "rc-schilick-2611@lma-grandest.org", SF(26, "14:00"), EF(26, "17:00"), SUM("Repair Café"), LOC("Schiltigheim"),
              ORG("Repair Café Schiltigheim", "repaircafe.schilick@example.org"))
rows.append(("rc-schilick", row("GE-22-013", "Repair café Schiltigheim", "Repair Café de Schilick", "26/11/2022", "14h-17h", "Le Cheval Blanc",
                                "25 rue Principale", "67300", "Schilick")))

# 32-34 a zero-waste sewing workshop at the Cronenbourg CSC every Wednesday (9, 16, 23)
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (9, 16, 23)}
f.in_calendar(COUTURE, "couture-zd-cronenbourg@lma-grandest.org", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=3",
              SUM("Atelier couture zéro déchet"), LOC("CSC Cronenbourg"))
f.on_agenda("couture-16", 8032, "Couture zéro déchet : sacs à vrac et lingettes", [(at(16, "14:00"), at(16, "16:00"))],
            "Centre socioculturel de Cronenbourg", A("CSC de Cronenbourg", "56 rue du Rieth", "67200", "Strasbourg", insee=STRAS))
rows.append(("couture-9", row("GE-22-014", "CSC Cronenbourg", "Atelier couture zéro déchet", "09/11/2022", "14h-16h", "CSC", "56 rue du Rieth",
                              "67200", "Strasbourg")))
rows.append(("couture-23", row("GE-22-015", "CSC Cronenbourg", "Atelier couture zéro déchet", "23/11/2022", "14h-16h", "CSC", "56 rue du Rieth",
                               "67200", "Strasbourg")))

# 35 disco soupe at the Neudorf market
f.on_agenda("discosoupe", 8035, "Disco Soupe au marché du Neudorf", [(at(12, "11:00"), at(12, "14:00"))], "Disco Soupe Strasbourg",
            A("Place du Marché", "Place du Marché", "67100", "Strasbourg", insee=STRAS))
f.in_calendar("discosoupe", "disco-soupe-neudorf@lma-grandest.org", SF(12, "11:00"), EF(12, "14:00"), SUM("Disco soupe anti-gaspi"), LOC("Neudorf"))

# 36 / 37 the Eurométropole on Tuesday 29 at its centre: conference in the morning, workshop for SIAE in the afternoon
f.on_platform("ems-achats", 36, "Conférence : la commande publique responsable, levier pour l'ESS", at(29, "09:00"), at(29, "12:00"),
              "Eurométropole de Strasbourg", P("Centre administratif", "1 parc de l'Étoile", "67000", "Strasbourg"))
rows.append(("ems-achats", row("GE-22-016", "Eurométropole", "Commande publique responsable", "29/11/2022", "matin", "Centre administratif",
                               "1 parc de l'Etoile", "67000", "Strasbourg")))
f.on_agenda("ems-siae", 8037, "Atelier : répondre à un marché public quand on est une SIAE", [(at(29, "14:00"), at(29, "16:30"))],
            "Eurométropole de Strasbourg", A("Centre administratif", "1 parc de l'Étoile", "67000", "Strasbourg", insee=STRAS))
rows.append(("ems-siae", row("GE-22-017", "Eurométropole", "Atelier marchés publics SIAE", "29/11/2022", "après-midi", "Centre administratif",
                             "1 parc de l'Etoile", "67000", "Strasbourg")))

# 38 Fresque de la Renaissance écologique, Illkirch (calendar alone)
f.in_calendar("fre-illkirch", "fresque-renaissance-illkirch@lma-grandest.org", S(5, "14:00"), E(5, "17:00"),
              SUM("Fresque de la Renaissance écologique"), LOC("Médiathèque de l'Illiade, Illkirch"))

# 39-42 Bretz'selle's bike workshop every Saturday (5, 12, 19, 26) in Neudorf, next to the repair café of the 19th
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(VELO, "atelier-velo-bretzselle@lma-grandest.org", SZ(5, "14:00"), EZ(5, "18:00"), "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4",
              SUM("Atelier vélo participatif"), LOC("Bretz'selle, Neudorf"))
f.on_platform("velo-19", 39, "Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "18:00"), "Bretz'selle",
              P("Bretz'selle", "1 rue de Rathsamhausen", "67100", "Strasbourg"))
f.on_agenda("velo-12", 8039, "Répare ton vélo avec Bretz'selle", [(at(12, "14:00"), at(12, "18:00"))], "Bretz'selle",
            A("Bretz'selle", "1 rue de Rathsamhausen", "67100", "Strasbourg", insee=STRAS))

# 43 film « Debout les femmes ! », Cinéma Vox, Thursday 24
f.on_agenda("cine-vox", 8043, "Ciné-débat « Debout les femmes ! » : les métiers du lien", [(at(24, "20:00"), at(24, "22:30"))],
            "Union départementale des associations familiales du Bas-Rhin", A("Cinéma Vox", "17 rue des Francs-Bourgeois", "67000", "Strasbourg",
                                                                               insee=STRAS))
f.in_calendar("cine-vox", "cine-debout-femmes@lma-grandest.org", S(24, "20:00"), SUM("Projection Debout les femmes + débat"), LOC("Vox, Strasbourg"))

# 44 zero-waste cosmetics at the Krutenau CSC (form alone)
rows.append(("cosmetiques", row("GE-22-018", "CSC Krutenau", "Atelier cosmétiques zéro déchet", "09/11/2022", "18h-20h", "CSC de la Krutenau",
                                "12 rue Saint-Guillaume", "67000", "Strasbourg")))

# 45 / 46 the SIAE network in Hautepierre on Wednesday 16: employment forum in the morning, visit of a work site in the afternoon
f.on_platform("siae-forum", 45, "Forum emploi et insertion de Hautepierre", at(16, "09:00"), at(16, "12:00"), "Réseau des SIAE d'Alsace",
              P("Salle polyvalente de Hautepierre", "Boulevard Balzac", "67200", "Strasbourg"))
f.in_calendar("siae-forum", "forum-insertion-hautepierre@lma-grandest.org", SZ(16, "09:00"), EZ(16, "12:00"), SUM("Forum insertion Hautepierre"),
              LOC("Hautepierre"))
rows.append(("siae-visite", row("GE-22-019", "Réseau SIAE Alsace", "Visite d'un chantier d'insertion", "16/11/2022", "14h", "Jardins de la Montagne Verte",
                                "", "67200", "Strasbourg")))

# 47 / 48 at the Maison de la Région: France Active's breakfast (24) and the ESS prize ceremony (29)
f.on_platform("pdj-fa", 47, "Petit-déjeuner des financeurs solidaires", at(24, "08:30"), at(24, "10:00"), "France Active Alsace",
              P("Maison de la Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
rows.append(("pdj-fa", row("GE-22-020", "France Active Alsace", "P'tit déj financeurs", "24/11/2022", "8h30-10h", "Maison de la Région",
                           "1 place Adrien Zeller", "67070", "Strasbourg Cedex")))
f.on_platform("prix-ess", 48, "Cérémonie des Prix de l'ESS Grand Est", at(29, "18:00"), at(29, "20:30"), "CRESS Grand Est",
              P("Maison de la Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
f.on_agenda("prix-ess", 8048, "Remise des Prix de l'économie sociale et solidaire 2022", [(at(29, "18:00"), at(29, "20:30"))], "CRESS Grand Est",
            A("Hôtel de Région", "1 place Adrien Zeller", "67070", "Strasbourg", insee=STRAS))
f.in_calendar("prix-ess", "prix-ess-ge-2022@lma-grandest.org", SZ(29, "18:00"), EZ(29, "20:30"), SUM("Prix de l'ESS - remise des prix"),
              LOC("Maison de la Région Grand Est, Strasbourg"))

# 49 CRESS webinar on responsible purchasing (agenda alone)
f.on_agenda("web-achats", 8049, "Webinaire : le guide des achats responsables auprès de l'ESS", [(at(15, "11:00"), at(15, "12:00"))],
            "CRESS Grand Est", {}, mode=2, onlineAccessLink=ZOOM_CRESS)

# ───────────────────────── Metz ─────────────────────────

# 50 / 51 the forum of Metz on Saturday 19 (Cloître des Récollets) and the CRESS's conference inside it
RECOLLETS = P("Cloître des Récollets", "1 rue des Récollets", "57000", "Metz")
f.on_platform("forum-metz", 50, "Forum de l'ESS de Metz", at(19, "10:00"), at(19, "17:00"), "Metz Métropole", RECOLLETS,
              description="Stands d'associations, coopératives et entreprises solidaires, animations et conférences.")
f.on_agenda("forum-metz", 8050, "Mois de l'ESS : forum messin de l'économie sociale et solidaire", [(at(19, "10:00"), at(19, "17:00"))],
            "Metz Métropole", A("Cloître des Récollets", "1 rue des Récollets", "57000", "Metz", insee=METZ))
rows.append(("forum-metz", row("GE-22-021", "Metz Métropole", "Forum ESS", "19/11/2022", "10h-17h", "Cloitre des Recollets", "", "57000", "METZ")))
f.on_platform("conf-metz", 51, "Conférence : l'ESS en Moselle, chiffres clés et enjeux", at(19, "11:00"), at(19, "12:00"), "CRESS Grand Est",
              RECOLLETS)
f.in_calendar("conf-metz", "conf-chiffres-moselle@lma-grandest.org", S(19, "11:00"), E(19, "12:00"), SUM("L'ESS en Moselle : les chiffres"),
              LOC("Cloître des Récollets, Metz"))

# 52 repair café in Borny the same afternoon
f.in_calendar("rc-borny", "rc-borny-1911@lma-grandest.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Borny"), LOC("Borny, Metz"))
rows.append(("rc-borny", row("GE-22-022", "Centre social Boileau Prégénie", "Repair café", "19/11/2022", "14h-17h", "Centre social Boileau-Prégénie",
                             "2 rue Boileau", "57070", "Metz")))

# 53 Alter'Incub's pitch evening at BLIIIDA, four sources
f.on_platform("alterincub", 53, "Soirée pitch des projets incubés d'Alter'Incub Grand Est", at(24, "18:00"), at(24, "20:30"), "URSCOP Grand Est",
              P("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
f.on_agenda("alterincub", 8053, "Alter'Incub présente sa promotion 2022", [(at(24, "18:00"), at(24, "20:30"))], "Alter'Incub Grand Est",
            A("Bliiida", "7 av. de Blida", "57000", "Metz", insee=METZ))
f.in_calendar("alterincub", "pitch-alterincub@lma-grandest.org", S(24, "18:00"), E(24, "20:30"), SUM("Soirée pitch Alter'Incub"), LOC("TCRM-Blida"))
rows.append(("alterincub", row("GE-22-023", "Union régionale des Scop et Scic du Grand Est", "Soirée pitch Alter'Incub", "24/11/2022", "18h-20h30",
                               "Blida", "7 avenue de Blida", "57000", "Metz")))

# 54 / 55 the Saulcy campus on Thursday 17: students' forum of the engagement, and a conference in the afternoon
f.on_platform("saulcy-forum", 54, "Forum de l'engagement étudiant", at(17, "10:00"), at(17, "16:00"), "Université de Lorraine",
              P("Campus du Saulcy", "Île du Saulcy", "57000", "Metz"))
rows.append(("saulcy-forum", row("GE-22-024", "Univ. Lorraine", "Forum engagement étudiant", "17/11/2022", "10h-16h", "Campus du Saulcy", "",
                                 "57000", "Metz")))
f.on_agenda("saulcy-conf", 8055, "Conférence : coopératives et transition écologique", [(at(17, "14:00"), at(17, "16:00"))],
            "Université de Lorraine - IAE Metz", A("Campus du Saulcy", "Île du Saulcy", "57000", "Metz", insee=METZ))

# 56 Moselle Active's webinar (the form says « Webinaire » as the place)
f.on_platform("web-moselle", 56, "Webinaire : le DLA, un accompagnement pour les associations", at(10, "14:00"), at(10, "15:00"),
              "France Active Lorraine", ONLINE, modality="En ligne")
rows.append(("web-moselle", row("GE-22-025", "France Active Lorraine - DLA 57", "Webinaire DLA", "10/11/2022", "14h-15h", "Webinaire", "", "",
                                "", "Distanciel")))

# ───────────────────────── Nancy and Vandœuvre ─────────────────────────

# 57 / 58 repair cafés the same Saturday afternoon in Nancy and in Vandœuvre
f.on_platform("rc-nancy", 57, "Repair Café Nancy", at(19, "14:00"), at(19, "17:00"), "Repair Café Nancy",
              P("MJC Lillebonne", "14 rue du Cheval Blanc", "54000", "Nancy"))
f.on_agenda("rc-nancy", 8057, "Repair café à la MJC Lillebonne", [(at(19, "14:00"), at(19, "17:00"))], "MJC Lillebonne",
            A("MJC Lillebonne", "14 rue du Cheval-Blanc", "54000", "Nancy", insee=NANCY))
f.in_calendar("rc-vandoeuvre", "rc-vandoeuvre-1911@lma-grandest.org", S(19, "14:00"), E(19, "17:00"), SUM("Repair café"),
              LOC("Centre social Nomade, Vandœuvre-lès-Nancy"))
rows.append(("rc-vandoeuvre", row("GE-22-026", "Centre social Nomade", "Repair Café Vandoeuvre", "19/11/2022", "14h-17h", "CS Nomade",
                                  "4 rue de Parme", "54500", "Vandoeuvre")))

# 59 job dating in Nancy on Tuesday 15
f.on_platform("jobdating-nancy", 59, "Job dating ESS du Grand Nancy", at(15, "14:00"), at(15, "17:00"), "Métropole du Grand Nancy",
              P("Centre Prouvé", "1 place de la République", "54000", "Nancy"))
f.in_calendar("jobdating-nancy", "jobdating-nancy@lma-grandest.org", SZ(15, "14:00"), EZ(15, "17:00"), SUM("Job-dating : l'ESS recrute"),
              LOC("Centre Prouvé, Nancy"))

# 60 / 61 the Aiguillettes campus on Wednesday 23: ESS and jobs forum, then an evening conférence gesticulée
f.on_agenda("aiguillettes-forum", 8060, "Forum ESS & emploi pour les étudiants", [(at(23, "10:00"), at(23, "16:00"))], "Université de Lorraine",
            A("Faculté des sciences et technologies", "Boulevard des Aiguillettes", "54500", "Vandœuvre-lès-Nancy", insee=VAND))
rows.append(("aiguillettes-forum", row("GE-22-027", "Université de Lorraine", "Forum ESS et emploi", "23/11/2022", "10h-16h",
                                       "Campus Aiguillettes", "bd des Aiguillettes", "54500", "Vandoeuvre-les-Nancy")))
f.on_platform("aiguillettes-gesticulee", 61, "Conférence gesticulée : « Les communs, c'est nous »", at(23, "18:30"), at(23, "20:30"),
              "Association étudiante Campus en transition", P("Campus des Aiguillettes - amphi 8", "Boulevard des Aiguillettes", "54500",
                                                              "Vandœuvre-lès-Nancy"))

# 62 Fresque du numérique in Nancy, the same evening as the Fresque du Climat at the Manufacture
f.in_calendar("fresque-num-nancy", "fresque-numerique-nancy@lma-grandest.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du numérique"),
              LOC("L'Octroi, 47 boulevard d'Austrasie, Nancy"))

# 63 producers' market in Nancy (agenda alone)
f.on_agenda("marche-nancy", 8063, "Marché des producteurs et de l'ESS", [(at(12, "09:00"), at(12, "13:00"))], "Nancy en transition",
            A("Place Charles III", "Place Charles III", "54000", "Nancy", insee=NANCY))

# 64 URSCOP's training in Nancy, all day Wednesday 9
f.on_platform("scic-formation", 64, "Formation : la gouvernance partagée en Scic", at(9, "09:00"), at(9, "17:00"), "URSCOP Grand Est",
              P("Maison de la coopération", "39 rue des Jardiniers", "54000", "Nancy"))
rows.append(("scic-formation", row("GE-22-028", "URSCOP", "Formation gouvernance SCIC", "09/11/2022", "Toute la journée", "", "39 rue des Jardiniers",
                                   "54000", "Nancy")))

# 65 closing evening of the month at L'Octroi, Nancy
f.on_platform("cloture", 65, "Soirée de clôture du Mois de l'ESS", at(30, "18:00"), at(30, "21:00"), "CRESS Grand Est",
              P("L'Octroi Nancy", "47 boulevard d'Austrasie", "54000", "Nancy"))
f.on_agenda("cloture", 8065, "Clôture du Mois de l'ESS 2022 en Grand Est", [(at(30, "18:00"), at(30, "21:00"))], "CRESS Grand Est",
            A("L'Octroi", "47 bd d'Austrasie", "54000", "Nancy", insee=NANCY))
rows.append(("cloture", row("GE-22-029", "CRESS Grand Est", "Mois de l'ESS - soirée de clôture", "30/11/2022", "18h", "L'Octroi", "", "54000",
                            "Nancy")))

# ───────────────────────── Reims, Troyes, Charleville ─────────────────────────

# 66 forum of Reims, Friday 25
f.on_platform("forum-reims", 66, "Forum de l'ESS rémois", at(25, "14:00"), at(25, "19:00"), "Ville de Reims",
              P("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
f.on_agenda("forum-reims", 8066, "Forum ESS Reims 2022", [(at(25, "14:00"), at(25, "19:00"))], "Maison de la vie associative de Reims",
            A("MVA", "122bis rue du Barbâtre", "51100", "Reims", insee=REIMS))
f.in_calendar("forum-reims", "forum-ess-reims@lma-grandest.org", S(25, "14:00"), E(25, "19:00"), SUM("Forum de l'économie sociale et solidaire"),
              LOC("Reims"))

# 67 repair café Croix-Rouge (form alone) and 68 afterwork of Reims (agenda alone), on the 10th like the others
rows.append(("rc-reims", row("GE-22-030", "Maison de quartier Croix-Rouge", "Repair café", "26/11/2022", "9h30-12h", "Maison de quartier",
                             "2 rue Pierre Taittinger", "51100", "Reims")))
f.on_agenda("afterwork-reims", 8068, "Afterwork ESS Champagne", [(at(10, "18:30"), at(10, "20:30"))], "Réseau Entreprendre Champagne",
            A("Le Palais du Vin", "Rue du Temple", "51100", "Reims", insee=REIMS))

# 69 / 70 Troyes: meetings of the Aube's ESS (18) and a Fresque du Climat the evening of the 17th
f.on_platform("rencontres-troyes", 69, "Rencontres de l'ESS auboise", at(18, "09:00"), at(18, "12:00"), "Conseil départemental de l'Aube",
              P("Espace Argence", "20 boulevard du 14 Juillet", "10000", "Troyes"))
f.on_agenda("rencontres-troyes", 8069, "Les Rencontres de l'économie sociale et solidaire de l'Aube", [(at(18, "09:00"), at(18, "12:30"))],
            "Département de l'Aube", A("Espace Argence", "20 bd du 14-Juillet", "10000", "Troyes", insee="10387"))
f.in_calendar("fresque-troyes", "fresque-troyes-1711@lma-grandest.org", SF(17, "18:30"), EF(17, "21:30"), SUM("Atelier Fresque du Climat"), LOC("Troyes"))

# 71 forum of the Ardennes, Thursday 24
f.on_platform("forum-ardennes", 71, "Forum ESS des Ardennes", at(24, "09:00"), at(24, "17:00"), "CRESS Grand Est",
              P("Le Forum", "Place Jacques Félix", "08000", "Charleville-Mézières"))
f.on_agenda("forum-ardennes", 8071, "Forum de l'économie sociale et solidaire ardennaise", [(at(24, "09:00"), at(24, "17:00"))],
            "CRESS Grand Est - antenne Champagne-Ardenne", A("Le Forum", "Place Jacques-Félix", "08000", "Charleville-Mézières", insee="08105"))
rows.append(("forum-ardennes", row("GE-22-031", "CRESS", "Forum ESS 08", "24/11/2022", "9h-17h", "Le Forum", "pl. Jacques Félix", "08000",
                                   "Charleville")))

# ───────────────────────── Mulhouse, Colmar, Alsace villages ─────────────────────────

# 72 open doors of Motoco, Saturday 12
f.on_platform("motoco", 72, "Portes ouvertes de Motoco", at(12, "14:00"), at(12, "19:00"), "Motoco",
              P("Motoco", "13 rue de Pfastatt", "68200", "Mulhouse"))
f.in_calendar("motoco", "po-motoco@lma-grandest.org", S(12, "14:00"), E(12, "19:00"), SUM("Motoco ouvre ses ateliers"),
              LOC("Motoco, DMC, Mulhouse"))

# 73 conference at KMØ, Tuesday 29
f.on_agenda("kmo-conf", 8073, "Conférence : ESS et industrie, quelles coopérations ?", [(at(29, "18:00"), at(29, "20:00"))], "KMØ",
            A("KMØ", "30 rue François Spoerry", "68100", "Mulhouse", insee=MULH))
rows.append(("kmo-conf", row("GE-22-032", "KM0", "Conférence ESS et industrie", "29/11/2022", "18h-20h", "KMØ", "30 rue François Spoerry", "68100",
                             "Mulhouse")))

# 74 repair café of Mulhouse on Saturday 19, the same hours as the Strasbourg and Nancy ones
f.on_platform("rc-mulhouse", 74, "Repair Café", at(19, "14:00"), at(19, "17:00"), "Repair Café Mulhouse",
              P("Centre socioculturel Papin", "4 rue du Tilleul", "68100", "Mulhouse"))
rows.append(("rc-mulhouse", row("GE-22-033", "Repair Café Mulhouse", "Repair café Papin", "19/11/2022", "14h-17h", "CSC Papin", "", "68100",
                                "Mulhouse")))

# 75 the two-day salon of associations in Colmar (5-6), and 76 a compost workshop in Colmar on the 5th
f.on_platform("salon-colmar", 75, "Salon des associations et de l'ESS", at(5, "10:00"), at(6, "18:00"), "Ville de Colmar",
              P("Parc des expositions", "Avenue de la Foire aux Vins", "68000", "Colmar"))
f.in_calendar("salon-colmar", "salon-asso-colmar@lma-grandest.org", SD(5), ED(6), SUM("Salon des associations et de l'ESS de Colmar"),
              LOC("Parc Expo Colmar"))
rows.append(("salon-colmar", row("GE-22-034", "Ville de Colmar - service vie associative", "Salon des associations", "05/11/2022",
                                 "Toute la journée", "Parc des Expositions", "", "68000", "Colmar")))
f.on_agenda("compost-colmar", 8076, "Atelier compostage de quartier", [(at(5, "10:00"), at(5, "12:00"))], "Colmar Agglomération",
            A("Jardin partagé du Grillenbreit", "Rue du Grillenbreit", "68000", "Colmar", insee=COLMAR))

# 77 Ungersheim, village in transition: guided visit, Saturday 12
f.on_platform("ungersheim", 77, "Visite d'Ungersheim, village en transition", at(12, "10:00"), at(12, "12:00"), "Commune d'Ungersheim",
              P("Mairie", "2 rue de Bollwiller", "68190", "Ungersheim"))
f.on_agenda("ungersheim", 8077, "Ungersheim : balade commentée du village en transition", [(at(12, "10:00"), at(12, "12:30"))],
            "Mairie d'Ungersheim", A("Mairie d'Ungersheim", "2 rue de Bollwiller", "68190", "Ungersheim", insee="68343"))
f.in_calendar("ungersheim", "visite-ungersheim@lma-grandest.org", SZ(12, "10:00"), SUM("Visite village en transition"), LOC("Ungersheim"))

# 78 open day at Emmaüs Scherwiller
f.on_agenda("emmaus-scherwiller", 8078, "Portes ouvertes d'Emmaüs Centre Alsace", [(at(19, "09:00"), at(19, "17:00"))], "Emmaüs Centre Alsace",
            A("Emmaüs Scherwiller", "Route de Sélestat", "67750", "Scherwiller", insee="67445"))
rows.append(("emmaus-scherwiller", row("GE-22-035", "Emmaus Scherwiller", "Journée portes ouvertes", "19/11/2022", "9h-17h", "", "route de Selestat",
                                       "", "Scherwiller")))

# 79 walk of know-hows in Muttersholtz (calendar alone, all day)
f.in_calendar("muttersholtz", "balade-savoirfaire-muttersholtz@lma-grandest.org", SD(20), ED(20), SUM("Balade des savoir-faire du Ried"),
              LOC("Muttersholtz"))

# 80 Le Stück's conference in Sélestat (platform alone)
f.on_platform("stuck", 80, "Conférence : une monnaie locale en Alsace, le Stück", at(9, "19:30"), at(9, "21:00"), "Le Stück",
              P("Les Tanzmatten", "Quai de l'Ill", "67600", "Sélestat"))

# ───────────────────────── Vosges ─────────────────────────

# 81 repair café of Épinal, Saturday 26
f.on_platform("rc-epinal", 81, "Repair Café d'Épinal", at(26, "14:00"), at(26, "17:30"), "MJC Savouret",
              P("MJC Savouret", "8 rue du Général Haxo", "88000", "Épinal"))
f.in_calendar("rc-epinal", "rc-epinal-2611@lma-grandest.org", S(26, "14:00"), SUM("Repair café"), LOC("Epinal"))

# 82 open morning of the cooperative grocery of Saulxures (form alone: no postal code)
rows.append(("epicerie-saulxures", row("GE-22-036", "Épicerie coopérative La Cabane", "Portes ouvertes épicerie coop", "12/11/2022", "matin",
                                       "La Cabane", "", "", "Saulxures-sur-Moselotte")))

# 83 film at Saint-Dié, Friday 18
f.on_agenda("cine-stdie", 8083, "Ciné-débat : « Les Liberterres »", [(at(18, "20:00"), at(18, "22:30"))], "Déodatie en transition",
            A("Cinéma l'Excelsior", "38 rue Thiers", "88100", "Saint-Dié-des-Vosges", insee="88413"))
rows.append(("cine-stdie", row("GE-22-037", "Déodatie en Transition", "Ciné débat Les Liberterres", "18/11/2022", "20h", "Excelsior", "", "88100",
                               "St-Dié-des-Vosges")))

# ───────────────────────── more copies of events above, and more events ─────────────────────────
rows.append(("rc-neudorf", row("GE-22-038", "Repair Café Strasbourg", "Repair café Neudorf", "19/11/2022", "14h-17h", "CSC Neudorf",
                               "1 pl. du Marché", "67100", "Strasbourg")))
f.in_calendar("fresque-stras", "fdc-strasbourg-1711@lma-grandest.org", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Climat"),
              LOC("Maison des associations, Strasbourg"))
rows.append(("fresque-metz", row("GE-22-039", "Fresque du Climat Metz", "Atelier Fresque du climat", "17/11/2022", "18h30-21h30", "TCRM Blida",
                                 "7 av. de Blida", "57000", "Metz")))
f.in_calendar("jobdating-mulhouse", "jobdating-mulhouse@lma-grandest.org", S(22, "09:00"), E(22, "12:00"), SUM("Job dating : l'ESS recrute"),
              LOC("KMØ, Mulhouse"))
rows.append(("droitlocal-stras", row("GE-22-040", "MDAS", "Droit local : association inscrite au registre", "14/11/2022", "18h-20h",
                                     "Maison des associations", "1a place des Orphelins", "67000", "Strasbourg")))
rows.append(("afterwork-stras", row("GE-22-041", "Mouves GE", "Afterwork entrepreneurs sociaux", "10/11/2022", "18h30", "Shadok", "", "67100",
                                    "Strasbourg")))
rows.append(("discosoupe", row("GE-22-042", "Disco Soupe Strasbourg", "Disco soupe", "12/11/2022", "11h-14h", "Marché du Neudorf", "", "67100",
                               "Strasbourg")))
f.on_agenda("siae-forum", 8090, "Forum de l'emploi et de l'insertion à Hautepierre", [(at(16, "09:00"), at(16, "12:00"))], "Réseau des SIAE d'Alsace",
            A("Salle polyvalente", "Boulevard Balzac", "67200", "Strasbourg", insee=STRAS))
rows.append(("rc-nancy", row("GE-22-043", "MJC Lillebonne", "Repair Café", "19/11/2022", "14h-17h", "MJC Lillebonne", "14 rue du Cheval Blanc",
                             "54000", "Nancy")))
f.on_agenda("jobdating-nancy", 8091, "Mois de l'ESS : job dating du Grand Nancy", [(at(15, "14:00"), at(15, "17:00"))], "Grand Nancy",
            A("Centre des congrès Prouvé", "1 place de la République", "54000", "Nancy", insee=NANCY))
f.in_calendar("forum-ardennes", "forum-ess-ardennes@lma-grandest.org", SD(24), ED(24), SUM("Forum ESS Ardennes"), LOC("Charleville-Mézières"))
f.on_agenda("motoco", 8092, "Portes ouvertes des ateliers d'artistes de Motoco", [(at(12, "14:00"), at(12, "19:00"))], "Motoco",
            A("Motoco", "13 rue de Pfastatt", "68200", "Mulhouse", insee=MULH))
rows.append(("rc-epinal", row("GE-22-044", "MJC Savouret", "Repair café", "26/11/2022", "14h", "MJC Savouret", "", "88000", "Epinal")))
f.in_calendar("aiguillettes-forum", "forum-ess-emploi-ul@lma-grandest.org", SZ(23, "10:00"), EZ(23, "16:00"), SUM("Forum ESS et emploi étudiants"),
              LOC("Campus des Aiguillettes, Vandoeuvre"))
f.in_calendar("kmo-conf", "conf-ess-industrie@lma-grandest.org", S(29, "18:00"), E(29, "20:00"), SUM("ESS & industrie : conférence"), LOC("KMØ"))
rows.append(("velo-19", row("GE-22-045", "Bretz'selle", "Atelier vélo", "19/11/2022", "14h-18h", "Bretz'selle", "1 rue de Rathsamhausen", "67100",
                            "Strasbourg")))
f.in_calendar("galet-po", "po-galet@lma-grandest.org", S(12, "10:00"), E(12, "17:00"), SUM("Portes ouvertes du Galet"), LOC("Hautepierre"))
rows.append(("stages-illkirch", row("GE-22-046", "Unistra", "Forum stages ESS", "24/11/2022", "13h30-17h", "Pôle API", "", "67400",
                                    "Illkirch-Graffenstaden")))
f.in_calendar("saulcy-forum", "forum-engagement-saulcy@lma-grandest.org", S(17, "10:00"), E(17, "16:00"), SUM("Forum de l'engagement"),
              LOC("Île du Saulcy, Metz"))
f.on_agenda("scic-formation", 8093, "Gouvernance partagée en Scic : journée de formation", [(at(9, "09:00"), at(9, "17:00"))],
            "Union régionale des Scop et Scic Grand Est", A("URSCOP Grand Est", "39 rue des Jardiniers", "54000", "Nancy", insee=NANCY))
f.on_agenda("salon-colmar", 8094, "Salon des associations et de l'économie sociale et solidaire", [(at(5, "10:00"), at(5, "18:00")),
            (at(6, "10:00"), at(6, "18:00"))], "Ville de Colmar", A("Parc des Expositions", "Avenue de la Foire aux Vins", "68000", "Colmar", insee=COLMAR))

# 84 a walk in Neudorf (agenda alone); 85 Haguenau's forum (platform alone); 86 Sarreguemines' ressourcerie (form alone)
f.on_agenda("balade-neudorf", 8095, "Balade urbaine : l'ESS au Neudorf", [(at(5, "10:00"), at(5, "12:00"))], "Neudorf en transition",
            A("Place du Marché", "Place du Marché", "67100", "Strasbourg", insee=STRAS))
f.on_platform("forum-haguenau", 85, "Forum de l'ESS du Nord Alsace", at(18, "14:00"), at(18, "18:00"), "Communauté d'agglomération de Haguenau",
              P("Espace Saint-Martin", "Rue de la Ferme Falk", "67500", "Haguenau"))
rows.append(("ressourcerie-sarreguemines", row("GE-22-047", "Ressourcerie de Sarreguemines", "Portes ouvertes de la ressourcerie", "19/11/2022",
                                               "10h-17h", "", "Rue du Bac", "57200", "Sarreguemines")))
# 87 Fresque du Climat in Thionville the 24th (agenda alone); 88 conference in Verdun (platform alone); 89 repair café in Chaumont (calendar)
f.on_agenda("fresque-thionville", 8096, "Fresque du Climat", [(at(24, "18:30"), at(24, "21:30"))], "Fresque du Climat Lorraine",
            A("Puzzle - médiathèque", "2 faubourg de Metz", "57100", "Thionville", insee="57672"))
f.on_platform("verdun-conf", 88, "Conférence : les coopératives d'habitants", at(16, "20:00"), at(16, "22:00"), "Meuse Habitat Participatif",
              P("Centre mondial de la paix", "Place Monseigneur Ginisty", "55100", "Verdun"))
f.in_calendar("rc-chaumont", "rc-chaumont-1211@lma-grandest.org", S(12, "14:00"), E(12, "17:00"), SUM("Repair Café Chaumont"), LOC("Chaumont"))
# 90 another visit at the Jardins de la Montagne Verte the morning of the 16th (the SIAE network's visit is the afternoon)
f.on_platform("jardins-visite", 90, "Visite des Jardins de la Montagne Verte", at(16, "10:00"), at(16, "12:00"), "Les Jardins de la Montagne Verte",
              P("Jardins de la Montagne Verte", "Rue de l'Unterelsau", "67200", "Strasbourg"))
# 91 a farmers' market in Saint-Louis (form alone); 92 the volunteers' aperitif in Mulhouse (calendar alone)
rows.append(("marche-saintlouis", row("GE-22-048", "Saint-Louis Agglomération", "Marché paysan et solidaire", "26/11/2022", "8h-12h",
                                      "Place de l'Europe", "", "68300", "Saint-Louis")))
f.in_calendar("apero-benevoles-mulhouse", "apero-benevoles-mulhouse@lma-grandest.org", SF(25, "18:30"), EF(25, "20:30"), SUM("Apéro des bénévoles"),
              LOC("Maison des associations, Mulhouse"))

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
