"""Blind dense set (dense-occitanie 1, 7 Dec 2026): Occitanie, the western half of one 2022 edition, written before
reading the merge rules. Toulouse and its quarters (Saint-Cyprien, Bagatelle, Empalot, Mirail, Minimes,
Croix-Daurade, Rangueil), the métropole (Blagnac, Colomiers, Ramonville-Saint-Agne, Balma, Tournefeuille), Albi,
Montauban, Tarbes, Rodez, and villages of Ariège, Gers and Lot, plus the région's webinars. Four sources: the national
platform, CRESS Occitanie's OpenAgenda (organiser in a field, several timings, attendanceMode 2 with onlineAccessLink,
descriptions, organiser missing), the iCalendar of a Toulouse network (TZID, floating and UTC times, all-day VALUE=DATE,
RRULE, LOCATION naming the quarter, the venue or the town alone, a Zoom URL), CRESS Occitanie's registration form
(Windows-1252 `;` CSV: « 14h-17h », « matin », « après-midi », dates only, acronyms, « Toulouse Cedex », « TLSE »,
« Ramonville », a quarter instead of the commune). Dense: several events a day in Toulouse. Hard negatives: three repair
cafés on Saturday 19 in Toulouse (Saint-Cyprien, Bagatelle, Minimes), two more on Saturday 12 (Blagnac, Tournefeuille),
Fresques du Climat in Toulouse, Albi and Cahors the same Thursday evening and in Toulouse again a week later, two
ciné-débats the same evening in two Toulouse cinemas, one organiser's two events the same day (Jean-Jaurès campus,
Imaginations Fertiles, URSCOP, a CAE in two towns, the Maison des associations), weekly bike sessions, two sessions of a
training cycle, a composting workshop morning and afternoon, two webinars the same morning, an exhibition and its
vernissage, a two-day Christmas market in Albi."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, timedelta
from south import *

sources("cress-occitanie-openagenda", "reseau-toulouse-ess-ical", "cress-occitanie-tableur")
f = Feeds()
form = []


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


def D(day): return f"{day:02d}/11/2022"


TLS, TLS_INSEE = "Toulouse", "31555"
ZOOM_FAO = "https://us02web.zoom.us/j/84120938812?pwd=RkFPY2NpdGFuaWUyMg"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_TXpJd09UTXpZ@thread.v2/0?context=%7b%22Tid%22%3a%22urscop-occ%22%7d"
ZOOM_CRESS = "https://us06web.zoom.us/j/87766554433?pwd=Q1JFU1NPY2M"
JITSI_LMA = "https://meet.jit.si/LMAOccitanie-CER-2022"
ZOOM_AVISE = "https://avise-org.zoom.us/j/95566001122"
VISIO_DLA = "https://visio.dla31.fr/b/dla-31-mois-ess"
ZOOM_REGION = "https://us02web.zoom.us/j/81100223344"

# ═════════════════════════ TOULOUSE ═════════════════════════

# 1 / 2 / 3 three repair cafés on Saturday 19 in the afternoon (Saint-Cyprien, Bagatelle, Minimes)
ST_CYP = P("Espace Saint-Cyprien", "56 allée Charles de Fitte", "31300", TLS)
f.on_platform("rc-stcyprien", 1, "Repair Café Saint-Cyprien", at(19, "14:00"), at(19, "17:00"), "Repair Café Toulouse",
              ST_CYP, description="Apportez vos objets en panne : petits appareils, textile, vélos. Nos bénévoles vous aident à réparer.")
f.in_calendar("rc-stcyprien", "rc-stcyp-1911@reseau-toulouse-ess.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café"),
              LOC("Saint-Cyprien, Toulouse"))
form.append(("rc-stcyprien", row("OCC-2022-001", "Repair Café Toulouse", "Repair café St Cyprien", D(19), "14h-17h",
                                 "Espace St-Cyprien", "56 allées Charles de Fitte", "31300", "Toulouse")))
f.on_platform("rc-bagatelle", 2, "Repair café de Bagatelle", at(19, "14:00"), at(19, "17:30"), "Les Bricoleurs de Bagatelle",
              P("Maison de quartier de Bagatelle", "11 impasse Abbé Salvat", "31100", TLS))
f.on_agenda("rc-bagatelle", 6002, "Repair Café - quartier Bagatelle", [(at(19, "14:00"), at(19, "17:30"))], "Les Bricoleurs de Bagatelle",
            A("MQ Bagatelle", "11 imp. Abbé Salvat", "31100", TLS, insee=TLS_INSEE),
            description=OA("On répare ensemble petit électroménager, jouets, vêtements. Gratuit et ouvert à tous."))
f.in_calendar("rc-minimes", "rc-minimes-19nov@reseau-toulouse-ess.org", SF(19, "14:00"), EF(19, "18:00"),
              SUM("Repair Café des Minimes"), LOC("Espace des Minimes\\, Toulouse"))
form.append(("rc-minimes", row("OCC-2022-002", "Minimes en Transition", "Repair café", D(19), "14h-18h", "Espace des Minimes",
                               "6 rue Ernest Renan", "31200", "Toulouse")))

# 4 / 5 / 6 / 7 Fresques du Climat: Toulouse, Albi and Cahors on Thursday 17 evening, Toulouse again on the 24th
IMAF = P("Les Imaginations Fertiles", "27 bis allée Maurice Sarraut", "31300", TLS)
f.on_platform("fresque-tls-17", 4, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat", IMAF)
f.on_agenda("fresque-tls-17", 6004, "Atelier Fresque du Climat aux Imaginations Fertiles", [(at(17, "18:30"), at(17, "21:30"))],
            "Fresque du Climat - groupe local Toulouse", A("Les Imaginations Fertiles", "27 bis allée Maurice Sarraut", "31300", TLS))
f.in_calendar("fresque-tls-17", "fdc-tls-17@reseau-toulouse-ess.org", S(17, "18:30"), E(17, "21:30"), SUM("Fresque du climat"),
              LOC("Les Imaginations Fertiles"))
f.on_platform("fresque-albi-17", 5, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Maison des Associations", "Place de l'Amitié entre les Peuples", "81000", "Albi"))
form.append(("fresque-albi-17", row("OCC-2022-003", "Albi en Transition", "Fresque du Climat Albi", D(17), "18h30-21h30",
                                    "Maison des associations", "", "81000", "Albi")))
f.on_agenda("fresque-cahors-17", 6005, "Fresque du Climat", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Lot",
            A("Espace Clément Marot", "Place Bessières", "46000", "Cahors"))
f.on_platform("fresque-tls-24", 6, "La Fresque du Climat", at(24, "18:30"), at(24, "21:30"), "La Fresque du Climat", IMAF)

# 8 job-dating of the ESS, Toulouse, all four sources
SENECHAL = P("Salle du Sénéchal", "17 rue de Rémusat", "31000", TLS)
f.on_platform("jobdating-tls", 8, "Job dating de l'ESS", at(22, "09:00"), at(22, "13:00"), "Pôle emploi Occitanie", SENECHAL,
              description="Une trentaine d'employeurs de l'économie sociale et solidaire recrutent. Venez avec votre CV !")
f.on_agenda("jobdating-tls", 6008, "Mois de l'ESS – Job-dating : l'ESS recrute à Toulouse", [(at(22, "09:00"), at(22, "13:00"))],
            "CRESS Occitanie", A("Salle du Sénéchal", "17 rue de Rémusat", "31000", TLS, insee=TLS_INSEE))
f.in_calendar("jobdating-tls", "jobdating-ess-tls@reseau-toulouse-ess.org", SZ(22, "09:00"), EZ(22, "13:00"),
              SUM("[Toulouse] Job-dating ESS"), LOC("17 rue de Rémusat, 31000 Toulouse"))
form.append(("jobdating-tls", row("OCC-2022-004", "CRESS Occitanie", "Job dating ESS", D(22), "9h-13h", "Le Sénéchal", "rue de Rémusat",
                                  "", "Toulouse")))
# 9 same day, the preparation workshop in the afternoon at the Mission locale
f.on_platform("atelier-cv-tls", 9, "Atelier CV et lettre de motivation : postuler dans l'ESS", at(22, "14:00"), at(22, "16:00"),
              "Mission locale Toulouse", P("Mission locale Toulouse", "40 boulevard de la Marquette", "31000", TLS))
form.append(("atelier-cv-tls", row("OCC-2022-005", "Mission Locale Toulouse", "Atelier CV - travailler dans l'ESS", D(22), "14h-16h",
                                   "Mission locale", "40 bd de la Marquette", "31000", "Toulouse")))

# 10 conference on the Sol-Violette, Maison de la Citoyenneté Centre
f.on_platform("conf-solviolette", 10, "Conférence : la Sol-Violette, dix ans de monnaie locale à Toulouse", at(9, "18:30"),
              at(9, "20:00"), "Association Sol-Violette", P("Maison de la Citoyenneté Centre", "5 rue Paul Mériel", "31000", TLS))
f.on_agenda("conf-solviolette", 6010, "La Sol-Violette a 10 ans : quel bilan pour la monnaie locale toulousaine ?",
            [(at(9, "18:30"), at(9, "20:00"))], "Sol Violette", A("Maison de la citoyenneté", "5 rue Paul Mériel", "31000", TLS))

# 11 / 12 / 13 ciné-débats: ABC two Tuesdays apart, and the American Cosmograph the same first Tuesday
ABC = P("Cinéma ABC", "13 rue Saint-Bernard", "31000", TLS)
f.on_platform("cine-abc-15", 11, "Ciné-débat « Douce France »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Toulouse", ABC)
f.in_calendar("cine-abc-15", "cine-douce-france-abc@reseau-toulouse-ess.org", S(15, "20:00"), SUM("Projection-débat Douce France"),
              LOC("ABC\\, Toulouse"), DESC("Film de Geoffrey Couanon suivi d'un débat avec Alternatiba Toulouse."))
f.on_platform("cine-abc-29", 12, "Ciné-débat « Après demain »", at(29, "20:00"), at(29, "22:30"), "Les Amis de la Terre Midi-Pyrénées",
              ABC)
f.on_agenda("cine-cosmo-15", 6013, "Ciné-débat : « Debout les femmes ! »",
            [(at(15, "20:30"), at(15, "22:45"))], "Attac Toulouse", A("American Cosmograph", "24 rue Montardy", "31000", TLS))

# 14 open morning of the cooperative supermarket (agenda alone)
f.on_agenda("po-chouette", 6014, "Portes ouvertes de La Chouette Coop, supermarché coopératif", [(at(12, "10:00"), at(12, "13:00"))],
            "La Chouette Coop", A("La Chouette Coop", "9 rue Jules Chalande", "31200", TLS),
            description=OA("Découvrez le fonctionnement de notre supermarché coopératif et participatif, géré par ses membres."))

# 15 / 16 two webinars on Tuesday 8 in the morning, two organisers
f.on_platform("webi-fao", 15, "Webinaire : financer son projet de l'ESS", at(8, "11:00"), at(8, "12:00"), "France Active Occitanie",
              ONLINE, modality="En ligne", url=ZOOM_FAO)
f.on_agenda("webi-fao", 6015, "Financer son projet ESS : les outils de France Active", [(at(8, "11:00"), at(8, "12:00"))],
            "France Active Occitanie", {}, mode=2, onlineAccessLink=ZOOM_FAO)
f.on_platform("webi-transmission", 16, "Webinaire : transmettre son entreprise à ses salariés en Scop", at(8, "11:00"),
              at(8, "12:30"), "Union régionale des Scop et Scic d'Occitanie", ONLINE, modality="En ligne")
f.in_calendar("webi-transmission", "webi-transmission@reseau-toulouse-ess.org", S(8, "11:00"), E(8, "12:30"),
              SUM("Transmission d'entreprise en Scop (webinaire)"), f"URL:{TEAMS_URSCOP}", LOC("Teams"))
form.append(("webi-transmission", row("OCC-2022-006", "URSCOP Occitanie", "Transmettre son entreprise en SCOP", D(8), "11h-12h30",
                                      "", "", "", "", fmt="Visio")))

# 17 launch of the month in Occitanie, Hôtel de Région, all four sources
f.on_platform("lancement-occ", 17, "Lancement régional du Mois de l'ESS en Occitanie", at(3, "18:00"), at(3, "20:30"),
              "CRESS Occitanie", P("Hôtel de Région", "22 boulevard du Maréchal Juin", "31400", TLS),
              description="Soirée d'ouverture avec la présidente de Région, les réseaux de l'ESS et les lauréats des trophées.")
f.on_agenda("lancement-occ", 6017, "Soirée de lancement - Mois de l'ESS 2022", [(at(3, "18:00"), at(3, "21:00"))],
            "Chambre régionale de l'ESS Occitanie", A("Hôtel de Région Occitanie", "22 bd du Maréchal Juin", "31406", "Toulouse Cedex 9"))
f.in_calendar("lancement-occ", "lancement-mois-ess-occ@reseau-toulouse-ess.org", SZ(3, "18:00"), SUM("Lancement du Mois de l'ESS"),
              LOC("Hôtel de Région, Toulouse"))
form.append(("lancement-occ", row("OCC-2022-007", "CRESS", "Lancement Mois ESS Occitanie", D(3), "18h", "Hôtel de Région",
                                  "22 bd Maréchal Juin", "31406", "Toulouse Cedex 9")))

# 18 afterwork at Les Imaginations Fertiles
f.on_platform("afterwork-tls", 18, "Afterwork des entrepreneurs sociaux", at(10, "18:30"), at(10, "21:00"), "Make Sense Toulouse", IMAF)
f.in_calendar("afterwork-tls", "afterwork-es-tls@reseau-toulouse-ess.org", SF(10, "18:30"), SUM("Afterwork ESS"),
              LOC("Imaginations Fertiles\\, 27 bis allée Maurice Sarraut\\, Toulouse"))

# 19-22 weekly bike workshop on Wednesdays (9, 16, 23, 30): calendar RRULE, platform the 16th, the form the 23rd
VELO = {f"2022-11-{d:02d}": f"velo-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO, "velo-mercredis@reseau-toulouse-ess.org", S(9, "18:00"), E(9, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier vélo participatif"), LOC("La Maison du Vélo, 12 boulevard Bonrepos, 31000 Toulouse"))
f.on_platform("velo-16", 19, "Atelier d'autoréparation vélo", at(16, "18:00"), at(16, "20:00"), "La Maison du Vélo",
              P("La Maison du Vélo", "12 boulevard Bonrepos", "31000", TLS))
form.append(("velo-23", row("OCC-2022-008", "Maison du vélo", "Atelier vélo", D(23), "18h-20h", "Maison du Vélo", "12 bd Bonrepos",
                            "31000", "Toulouse")))

# 23 / 24 composting workshop, morning and afternoon, Ramonville-Saint-Agne
JARDIN = P("Jardin partagé de la Peyrolière", "Chemin de la Peyrolière", "31520", "Ramonville-Saint-Agne")
f.on_platform("compost-am", 23, "Atelier compostage (matin)", at(26, "09:30"), at(26, "12:00"), "Les Composteurs de Ramonville", JARDIN)
f.on_platform("compost-pm", 24, "Atelier compostage (après-midi)", at(26, "14:00"), at(26, "16:30"), "Les Composteurs de Ramonville",
              JARDIN)
form.append(("compost-am", row("OCC-2022-009", "Composteurs de Ramonville", "Atelier compost", D(26), "matin", "Jardin de la Peyrolière",
                               "", "31520", "Ramonville")))
form.append(("compost-pm", row("OCC-2022-010", "Composteurs de Ramonville", "Atelier compost", D(26), "après-midi",
                               "Jardin de la Peyrolière", "", "31520", "Ramonville")))

# 25 / 26 Jean-Jaurès university (Mirail), Monday 14: a conference and a student fair
UT2J = P("Université Toulouse - Jean Jaurès, Maison de la Recherche", "5 allées Antonio Machado", "31100", TLS)
f.on_platform("ut2j-conf", 25, "Conférence : l'ESS face aux crises", at(14, "17:30"), at(14, "19:30"), "Université Toulouse - Jean Jaurès",
              UT2J)
f.on_agenda("ut2j-conf", 6025, "L'économie sociale et solidaire face aux crises : conférence-débat", [(at(14, "17:30"), at(14, "19:30"))],
            "UT2J - Master ESS", A("Maison de la Recherche", "5 allées Antonio Machado", "31058", "Toulouse Cedex 9"),
            description=OA("Avec les étudiants du master Économie sociale et solidaire et des chercheurs du LEREPS."))
f.in_calendar("ut2j-conf", "ut2j-ess-crises@reseau-toulouse-ess.org", SZ(14, "17:30"), EZ(14, "19:30"),
              SUM("Conférence ESS & crises"), LOC("Campus du Mirail"))
f.on_platform("ut2j-forum", 26, "Forum des associations étudiantes engagées", at(14, "11:00"), at(14, "15:00"),
              "Université Toulouse - Jean Jaurès", P("Arche - UT2J", "5 allées Antonio Machado", "31100", TLS))

# 27 / 28 Colomiers, Saturday 26: a market and open doors at an insertion workshop
f.on_platform("colo-marche", 27, "Marché des producteurs et artisans solidaires", at(26, "09:00"), at(26, "13:00"),
              "Ville de Colomiers", P("Place de l'Hôtel de Ville", "", "31770", "Colomiers"))
form.append(("colo-marche", row("OCC-2022-011", "Mairie de Colomiers", "Marché solidaire", D(26), "9h-13h", "Place de la Mairie",
                                "", "", "Colomiers")))
f.on_platform("colo-envie", 28, "Portes ouvertes de l'atelier d'insertion Envie", at(26, "10:00"), at(26, "17:00"), "Envie Midi-Pyrénées",
              P("Envie Toulouse Ouest", "8 rue de l'Industrie", "31770", "Colomiers"))
f.in_calendar("colo-envie", "po-envie-colomiers@reseau-toulouse-ess.org", SD(26), ED(26), SUM("Journée portes ouvertes Envie"),
              LOC("Colomiers"))

# 29 café-débat in Tournefeuille (agenda alone)
f.on_agenda("tournefeuille-cafe", 6029, "Café-débat : consommer local, ça change quoi ?", [(at(18, "19:00"), at(18, "21:00"))],
            "MJC de Tournefeuille", A("MJC Tournefeuille", "13 chemin de la Ramée", "31170", "Tournefeuille"))

# 30 garden work party in Empalot (calendar alone, floating)
f.in_calendar("chantier-empalot", "chantier-jardin-empalot@reseau-toulouse-ess.org", SF(12, "10:00"), EF(12, "12:00"),
              SUM("Chantier participatif au jardin partagé d'Empalot"), LOC("Jardin partagé, avenue Jean Moulin, Empalot"))

# 31 / 32 two events at the Maison des associations on Wednesday 16
MDA = P("Maison des Associations", "3 place Guy Hersant", "31400", TLS)
f.on_platform("habitat-tls", 31, "Soirée d'information : l'habitat participatif", at(16, "18:30"), at(16, "20:30"),
              "Habitat participatif Occitanie", MDA)
f.on_agenda("habitat-tls", 6031, "Habitat participatif : réunion d'information", [(at(16, "18:30"), at(16, "20:30"))],
            "Habitat Participatif Occitanie", A("Maison des associations", "3 place Guy Hersant", "31400", TLS))
f.on_platform("benevolat-mda", 32, "Permanence : trouver une mission de bénévolat", at(16, "14:00"), at(16, "17:00"),
              "France Bénévolat Toulouse", MDA)

# 33 Emmaüs sale on Saturday 5, all day in the calendar
f.on_platform("emmaus-vente", 33, "Grande vente solidaire", at(5, "09:00"), at(5, "17:00"), "Emmaüs Toulouse",
              P("Communauté Emmaüs Toulouse", "Chemin de Lapujade", "31200", TLS))
f.in_calendar("emmaus-vente", "vente-emmaus-5nov@reseau-toulouse-ess.org", SD(5), ED(5), SUM("Vente solidaire Emmaüs"),
              LOC("Emmaüs Toulouse"))

# 34 / 35 Friday 25 at Les Imaginations Fertiles: tour of tiers-lieux in the afternoon, closing party in the evening
f.on_platform("tour-tl", 34, "Tour des tiers-lieux toulousains", at(25, "14:00"), at(25, "17:00"), "La Coopérative Tiers-Lieux Occitanie",
              IMAF, description="Départ des Imaginations Fertiles, puis visite de trois tiers-lieux à vélo.")
f.on_agenda("tour-tl", 6034, "Balade à vélo : les tiers-lieux de Toulouse", [(at(25, "14:00"), at(25, "17:00"))],
            "Tiers-lieux Occitanie", A("Les Imaginations Fertiles (départ)", "27 bis allée Maurice Sarraut", "31300", TLS))
f.in_calendar("tour-tl", "tour-tiers-lieux@reseau-toulouse-ess.org", S(25, "14:00"), E(25, "17:00"), SUM("Tour des tiers-lieux"),
              LOC("Imaginations Fertiles\\, Toulouse"))
f.on_platform("cloture-tls", 35, "Soirée de clôture du Mois de l'ESS", at(25, "19:00"), at(25, "23:00"), "CRESS Occitanie", IMAF)
f.on_agenda("cloture-tls", 6035, "Mois de l'ESS : soirée de clôture à Toulouse", [(at(25, "19:00"), at(25, "23:30"))], "CRESS Occitanie",
            A("Les Imaginations Fertiles", "27 bis allée Maurice Sarraut", "31300", TLS))
form.append(("cloture-tls", row("OCC-2022-012", "CRESS Occitanie", "Soirée de clôture", D(25), "19h", "Imaginations Fertiles", "",
                                "", "Toulouse")))

# 36 / 37 a training cycle for volunteer board members, two Tuesdays (15 and 22)
f.on_platform("compta-15", 36, "Formation bénévoles : les bases de la comptabilité associative (2 séances, 15 et 22 novembre)",
              at(15, "18:00"), at(15, "20:30"), "Le Mouvement associatif Occitanie", MDA)
form.append(("compta-15", row("OCC-2022-013", "LMA Occitanie", "Formation compta asso (séance 1)", D(15), "18h-20h30", "MDA", "",
                              "", "Toulouse")))
form.append(("compta-22", row("OCC-2022-014", "LMA Occitanie", "Formation compta asso (séance 2)", D(22), "18h-20h30", "MDA", "",
                              "", "Toulouse")))
f.in_calendar({"2022-11-15": "compta-15", "2022-11-22": "compta-22"}, "compta-asso@reseau-toulouse-ess.org", S(15, "18:00"),
              E(15, "20:30"), "RRULE:FREQ=WEEKLY;COUNT=2", SUM("Comptabilité associative pour bénévoles"),
              LOC("Maison des associations, place Guy Hersant"))

# 38 / 39 two webinars on Thursday 17 at 10:00
f.on_agenda("webi-cer", 6038, "Webinaire : le Contrat d'engagement républicain, ce qui change pour les associations",
            [(at(17, "10:00"), at(17, "11:30"))], "Le Mouvement associatif Occitanie", {}, mode=2, onlineAccessLink=JITSI_LMA)
f.in_calendar("webi-cer", "webi-cer@reseau-toulouse-ess.org", S(17, "10:00"), E(17, "11:30"), SUM("Contrat d'engagement républicain - webinaire"),
              LOC("En ligne"), DESC(f"Lien : {JITSI_LMA}"))
f.on_platform("webi-achats", 39, "Webinaire : achats responsables, les collectivités et l'ESS", at(17, "10:00"), at(17, "11:30"),
              "CRESS Occitanie", ONLINE, modality="En ligne", url=ZOOM_CRESS)
f.on_agenda("webi-achats", 6039, "Achats publics responsables et ESS (webinaire)", [(at(17, "10:00"), at(17, "11:30"))],
            "CRESS Occitanie", {}, mode=2, onlineAccessLink=ZOOM_CRESS)

# 40 speed-dating of volunteering at the Cabanis library
f.on_platform("speed-benevolat", 40, "Speed-dating du bénévolat", at(19, "14:00"), at(19, "17:00"), "France Bénévolat Toulouse",
              P("Médiathèque José Cabanis", "1 allée Jacques Chaban-Delmas", "31500", TLS))
form.append(("speed-benevolat", row("OCC-2022-015", "France Bénévolat 31", "Speed dating bénévolat", D(19), "14h-17h", "Médiathèque Cabanis",
                                    "", "", "Toulouse")))

# 41 zero-waste sewing workshop in Croix-Daurade (agenda alone), same Saturday afternoon as the repair cafés
f.on_agenda("couture-cd", 6041, "Atelier couture zéro déchet", [(at(19, "14:00"), at(19, "16:30"))], "Le Fil Solidaire",
            A("Maison de quartier Croix-Daurade", "127 chemin de Nicol", "31200", TLS))

# 42 / 43 Balma, Tuesday 29: a lunch talk and an evening conference on citizen energy at one venue
BALMA = P("Salle polyvalente Lasbordes", "Avenue Pierre Coupeau", "31130", "Balma")
f.on_platform("energie-balma", 42, "Conférence : l'énergie citoyenne, produire son électricité ensemble", at(29, "18:30"), at(29, "20:30"),
              "Énergie Partagée Occitanie", BALMA)
f.on_agenda("energie-balma", 6042, "Énergie citoyenne : les centrales villageoises et coopératives", [(at(29, "18:30"), at(29, "20:30"))],
            "Energie Partagée", A("Salle Lasbordes", "avenue Pierre Coupeau", "31130", "Balma"))
f.in_calendar("energie-balma", "energie-citoyenne-balma@reseau-toulouse-ess.org", SZ(29, "18:30"), EZ(29, "20:30"),
              SUM("L'énergie citoyenne"), LOC("Balma"))
f.on_platform("midi-balma", 43, "Midi de la transition : le compostage collectif", at(29, "12:30"), at(29, "13:30"), "Ville de Balma",
              BALMA)

# 44 round table at TBS Education (agenda alone)
f.on_agenda("tbs-tr", 6044, "Table ronde : entreprendre autrement", [(at(23, "17:00"), at(23, "19:00"))], "TBS Education",
            A("TBS Education", "20 boulevard Lascrosses", "31000", TLS))

# 45 job dating of insertion, Reynerie (Mirail)
f.on_platform("jd-iae-mirail", 45, "Job dating de l'insertion par l'activité économique", at(24, "09:00"), at(24, "12:00"),
              "Pôle emploi Toulouse Mirail", P("Centre social Reynerie", "1 place Abbal", "31100", TLS))
form.append(("jd-iae-mirail", row("OCC-2022-016", "Pôle emploi", "Job dating IAE", D(24), "9h-12h", "Centre social de la Reynerie",
                                  "1 pl. Abbal", "", "Mirail")))

# 46 ESS walk in Saint-Cyprien
f.on_platform("balade-stcyp", 46, "Balade urbaine : l'ESS dans le quartier Saint-Cyprien", at(5, "10:00"), at(5, "12:00"),
              "Toulouse en Transition", P("Place Intérieure Saint-Cyprien", "Place Intérieure Saint-Cyprien", "31300", TLS))
f.in_calendar("balade-stcyp", "balade-stcyp@reseau-toulouse-ess.org", S(5, "10:00"), E(5, "12:00"), SUM("Balade ESS à Saint-Cyprien"),
              LOC("Place St-Cyprien, Toulouse"))

# 47 cooperative games night (agenda alone)
f.on_agenda("jeux-coop", 6047, "Soirée jeux coopératifs", [(at(18, "19:00"), at(18, "23:00"))], "Ludothèque La Ménagerie",
            A("La Ménagerie", "21 rue des Blanchers", "31000", TLS))

# 48 / 49 exhibition at the Grand M library from 7 to 26 (the form one row per week), and its vernissage
GRANDM = P("Médiathèque Grand M", "37 avenue de Saint-Exupéry", "31400", TLS)
f.on_platform("expo-grandm", 48, "Exposition « Visages de l'ESS en Occitanie »", at(7, "10:00"), at(26, "18:00"), "CRESS Occitanie",
              GRANDM)
f.in_calendar("expo-grandm", "expo-visages-occ@reseau-toulouse-ess.org", SD(7), ED(26), SUM("Expo Visages de l'ESS"),
              LOC("Médiathèque Grand M"))
for n, d in ((17, 8), (18, 15), (19, 22)):
    form.append(("expo-grandm", row(f"OCC-2022-0{n}", "CRESS Occitanie", "Expo Visages de l'ESS", D(d), "horaires d'ouverture",
                                    "Médiathèque Grand M", "37 av. de St-Exupéry", "31400", "Toulouse")))
f.on_platform("vernissage-grandm", 49, "Vernissage de l'exposition « Visages de l'ESS en Occitanie »", at(7, "18:00"), at(7, "20:00"),
              "CRESS Occitanie", GRANDM)
f.in_calendar("vernissage-grandm", "vernissage-visages@reseau-toulouse-ess.org", S(7, "18:00"), SUM("Vernissage expo Visages de l'ESS"),
              LOC("Grand M"))

# 50 / 51 URSCOP on Thursday 24: a breakfast in town, the SCIC conference at Toulouse School of Management in the evening
f.on_platform("pdj-scop", 50, "Petit-déjeuner : créer ou reprendre en coopérative", at(24, "08:30"), at(24, "10:00"), "URSCOP Occitanie",
              P("Maison de l'Initiative", "52 rue Jacques Babinet", "31100", TLS))
form.append(("pdj-scop", row("OCC-2022-020", "Les Scop Occitanie", "Petit déj créer/reprendre en Scop", D(24), "8h30",
                             "Maison de l'Initiative", "", "", "Toulouse")))
f.on_agenda("scic-tsm", 6051, "Conférence : la SCIC, un outil pour les territoires", [(at(24, "18:00"), at(24, "20:00"))],
            "Les Scop Occitanie", A("Toulouse School of Management", "2 rue du Doyen Gabriel Marty", "31000", TLS))
f.in_calendar("scic-tsm", "scic-territoires@reseau-toulouse-ess.org", SZ(24, "18:00"), EZ(24, "20:00"),
              SUM("La SCIC\\, outil des territoires"), LOC("TSM\\, Toulouse"))

# 52 / 53 Saturday 12: repair cafés in Blagnac and Tournefeuille, the same hours
f.on_platform("rc-blagnac", 52, "Repair café de Blagnac", at(12, "14:00"), at(12, "17:00"), "Blagnac en Transition",
              P("Maison de quartier du Ritouret", "9 rue des Pyrénées", "31700", "Blagnac"))
f.in_calendar("rc-blagnac", "rc-blagnac-12@reseau-toulouse-ess.org", S(12, "14:00"), E(12, "17:00"), SUM("Repair Café"), LOC("Blagnac"))
f.in_calendar("rc-tournefeuille", "rc-tournefeuille-12@reseau-toulouse-ess.org", S(12, "14:00"), E(12, "17:00"), SUM("Repair Café"),
              LOC("Tournefeuille"))
form.append(("rc-tournefeuille", row("OCC-2022-021", "Repair Café Tournefeuille", "Repair café", D(12), "14h-17h", "L'Escale",
                                     "Place Roger Panouse", "31170", "Tournefeuille")))

# 54 conference on housing cooperatives, Castanet-Tolosan (platform alone)
f.on_platform("coop-hab-castanet", 54, "Conférence : les coopératives d'habitants", at(30, "18:30"), at(30, "20:30"), "Habicoop Occitanie",
              P("Médiathèque de Castanet", "Place Clémence Isaure", "31320", "Castanet-Tolosan"))

# 55 Saturday market in Sol-Violette (calendar alone)
f.in_calendar("marche-sv", "marche-sol-violette-19@reseau-toulouse-ess.org", SF(19, "09:00"), EF(19, "13:00"),
              SUM("Marché en Sol-Violette"), LOC("Place Saint-Aubin, Toulouse"))

# 56 the région's webinar on young people and the ESS, all four sources; 57 its next-week sibling at the same hour
f.on_platform("webi-jeunes", 56, "Webinaire : les jeunes et l'ESS, comment les attirer ?", at(9, "14:00"), at(9, "15:00"),
              "CRESS Occitanie", ONLINE, modality="En ligne")
f.on_agenda("webi-jeunes", 6056, "Attirer les jeunes dans l'ESS - webinaire", [(at(9, "14:00"), at(9, "15:00"))], "CRESS Occitanie", {},
            mode=2, onlineAccessLink=ZOOM_CRESS)
f.in_calendar("webi-jeunes", "webi-jeunes-ess@reseau-toulouse-ess.org", SZ(9, "14:00"), EZ(9, "15:00"),
              SUM("Mois de l'ESS - Webinaire jeunes & ESS"), f"URL:{ZOOM_CRESS}")
form.append(("webi-jeunes", row("OCC-2022-022", "CRESS Occitanie", "Webinaire jeunes et ESS", D(9), "14h-15h", "", "", "", "",
                                fmt="En ligne")))
f.on_platform("webi-fin-asso", 57, "Webinaire : financer son association", at(16, "14:00"), at(16, "15:00"), "CRESS Occitanie",
              ONLINE, modality="En ligne")
f.on_agenda("webi-fin-asso", 6057, "Les financements des associations (webinaire)", [(at(16, "14:00"), at(16, "15:00"))],
            "CRESS Occitanie", {}, mode=2, onlineAccessLink=ZOOM_CRESS)

# 58 Avise webinar (platform alone)
f.on_platform("webi-avise", 58, "Webinaire : mesure d'impact social, par où commencer ?", at(10, "09:30"), at(10, "11:00"), "Avise",
              ONLINE, modality="En ligne", url=ZOOM_AVISE)

# 59 / 60 a CAE on Tuesday 8: open morning in Toulouse, information meeting in Montauban in the afternoon
f.on_platform("cae-tls", 59, "Portes ouvertes : entreprendre en coopérative d'activité et d'emploi", at(8, "09:30"), at(8, "12:00"),
              "Appuy Créateurs", P("Appuy Créateurs", "4 rue Max Baylac", "31300", TLS))
f.on_agenda("cae-tls", 6059, "Découvrir la CAE - matinée portes ouvertes", [(at(8, "09:30"), at(8, "12:00"))], "Appuy Créateurs Scop",
            A("Appuy", "4 rue Max Baylac", "31300", TLS))
f.on_platform("cae-montauban", 60, "Réunion d'information : entreprendre en coopérative d'activité et d'emploi", at(8, "14:00"),
              at(8, "16:00"), "Appuy Créateurs", P("Pépinière d'entreprises Albasud", "1 avenue de l'Europe", "82000", "Montauban"))
f.on_agenda("cae-montauban", 6060, "Entreprendre autrement avec la CAE (réunion d'info)", [(at(8, "14:00"), at(8, "16:00"))],
            "Appuy Créateurs Scop", A("Pépinière Albasud", "1 av. de l'Europe", "82000", "Montauban"))

# 61 Fabrique à initiatives, Ramonville
f.on_platform("fabrique-ramonville", 61, "Atelier d'idéation : la Fabrique à initiatives du Sicoval", at(21, "14:00"), at(21, "17:00"),
              "Sicoval", P("Pôle d'économie solidaire", "Rue Hélène Boucher", "31520", "Ramonville-Saint-Agne"))
f.in_calendar("fabrique-ramonville", "fabrique-initiatives-sicoval@reseau-toulouse-ess.org", S(21, "14:00"), E(21, "17:00"),
              SUM("Fabrique à initiatives - atelier idéation"), LOC("Ramonville St-Agne"))

# 62 trophies of the ESS of Toulouse Métropole at the Capitole, four sources
f.on_platform("trophees-tm", 62, "Trophées de l'ESS de Toulouse Métropole", at(28, "18:00"), at(28, "20:30"), "Toulouse Métropole",
              P("Capitole - Salle des Illustres", "Place du Capitole", "31000", TLS))
f.on_agenda("trophees-tm", 6062, "Remise des Trophées de l'économie sociale et solidaire 2022", [(at(28, "18:00"), at(28, "20:30"))],
            "Toulouse Métropole", A("Capitole de Toulouse", "Place du Capitole", "31000", TLS, insee=TLS_INSEE))
f.in_calendar("trophees-tm", "trophees-ess-tm@reseau-toulouse-ess.org", S(28, "18:00"), SUM("Trophées ESS Toulouse Métropole"),
              LOC("Le Capitole"))
form.append(("trophees-tm", row("OCC-2022-023", "TOULOUSE METROPOLE", "Trophées ESS", D(28), "18h-20h30", "Capitole", "", "31000",
                                "TLSE")))

# 63 Rangueil campus, Thursday 10: a forum of student associations of Paul Sabatier (agenda + form)
f.on_agenda("ups-forum", 6063, "Forum de l'engagement étudiant", [(at(10, "11:00"), at(10, "15:00"))], "Université Toulouse III - Paul Sabatier",
            A("Forum Louis Lareng", "118 route de Narbonne", "31062", "Toulouse"))
form.append(("ups-forum", row("OCC-2022-024", "UPS - Vie étudiante", "Forum engagement étudiant", D(10), "11h-15h", "Campus Rangueil",
                              "118 route de Narbonne", "", "Toulouse")))
# 64 and the same campus, same day, an evening conference on research and the ESS (platform alone)
f.on_platform("ups-conf", 64, "Conférence : la recherche au service des entreprises de l'ESS", at(10, "18:00"), at(10, "19:30"),
              "Université Toulouse III - Paul Sabatier", P("Amphithéâtre Concorde, campus de Rangueil", "118 route de Narbonne", "31062", TLS))

# 65 DLA webinar of Haute-Garonne (platform + agenda)
f.on_platform("webi-dla31", 65, "Webinaire : le DLA, un accompagnement pour votre structure", at(22, "11:00"), at(22, "12:00"),
              "DLA Haute-Garonne", ONLINE, modality="En ligne")
f.on_agenda("webi-dla31", 6065, "Le Dispositif local d'accompagnement en Haute-Garonne", [(at(22, "11:00"), at(22, "12:00"))],
            "", {}, mode=2, onlineAccessLink=VISIO_DLA)

# 66 Régional call for projects webinar, same day later (form + calendar)
form.append(("webi-aap-region", row("OCC-2022-025", "Région Occitanie", "Webinaire AAP ESS", D(22), "14h30", "", "", "", "",
                                    fmt="Webinaire")))
f.in_calendar("webi-aap-region", "webi-aap-ess-region@reseau-toulouse-ess.org", S(22, "14:30"), E(22, "16:00"),
              SUM("Présentation de l'appel à projets ESS de la Région"), f"URL:{ZOOM_REGION}")

# 67 Empalot: soup and debate at the social centre (platform alone)
f.on_platform("soupe-empalot", 67, "Soupe solidaire et débat : se nourrir dignement", at(23, "18:30"), at(23, "21:00"),
              "Centre social Empalot", P("Centre social Empalot", "38 avenue Jean Moulin", "31400", TLS))

# 68 fablab open day at the Imaginations Fertiles' address on Saturday 26 (form alone)
form.append(("fablab-cd", row("OCC-2022-026", "Artilect Fablab", "Portes ouvertes du fablab", D(26), "10h-18h", "Artilect",
                              "27 bis allée Maurice Sarraut", "31300", "Toulouse")))

# ═════════════════════════ TARN, TARN-ET-GARONNE, AVEYRON, HAUTES-PYRÉNÉES ═════════════════════════

# 69 Albi: conference at the Champollion university (platform + calendar)
f.on_platform("albi-conf", 69, "Conférence : coopérer sur son territoire, l'exemple des PTCE", at(22, "18:00"), at(22, "20:00"),
              "INU Champollion", P("INU Champollion", "Place de Verdun", "81000", "Albi"))
f.in_calendar("albi-conf", "ptce-albi@reseau-toulouse-ess.org", SZ(22, "18:00"), EZ(22, "20:00"), SUM("Les PTCE : conférence à Albi"),
              LOC("Université Champollion, Albi"))

# 70 Albi: two-day solidarity Christmas market (26 and 27)
f.on_platform("albi-noel", 70, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"), "Albi Solidaire",
              P("Place du Vigan", "", "81000", "Albi"))
f.on_agenda("albi-noel", 6070, "Marché de Noël solidaire et équitable", [(at(26, "10:00"), at(26, "18:00")), (at(27, "10:00"), at(27, "18:00"))],
            "Collectif Albi Solidaire", A("Place du Vigan", "Place du Vigan", "81000", "Albi"))
f.in_calendar("albi-noel", "noel-albi-sam@reseau-toulouse-ess.org", S(26, "10:00"), E(26, "18:00"), SUM("Marché de Noël solidaire (samedi)"),
              LOC("Place du Vigan, Albi"))
f.in_calendar("albi-noel", "noel-albi-dim@reseau-toulouse-ess.org", S(27, "10:00"), E(27, "18:00"), SUM("Marché de Noël solidaire (dimanche)"),
              LOC("Place du Vigan, Albi"))
# 71 Albi: repair café the Saturday before, same square's neighbourhood (platform alone)
f.on_platform("albi-rc", 71, "Repair café albigeois", at(19, "14:00"), at(19, "17:00"), "Albi en Transition",
              P("Maison de quartier de Lapanouse", "Rue Saint-Exupéry", "81000", "Albi"))

# 72 / 73 Montauban, Thursday 17: the meetings of the ESS in the afternoon, the digital Fresque the same evening
f.on_platform("montauban-rencontres", 72, "Rencontres de l'ESS du Tarn-et-Garonne", at(17, "14:00"), at(17, "19:00"),
              "Grand Montauban", P("Espace des Augustins", "Place des Augustins", "82000", "Montauban"))
f.on_agenda("montauban-rencontres", 6072, "Mois de l'ESS – Les Rencontres de l'économie sociale et solidaire 82",
            [(at(17, "14:00"), at(17, "19:00"))], "CRESS Occitanie", A("Espace des Augustins", "Place des Augustins", "82000", "Montauban"))
f.in_calendar("montauban-rencontres", "rencontres-82@reseau-toulouse-ess.org", SZ(17, "14:00"), SUM("[Montauban] Rencontres ESS"),
              LOC("Les Augustins, Montauban"))
f.on_platform("montauban-fdn", 73, "La Fresque du Numérique", at(17, "18:30"), at(17, "21:30"), "Fresque du Numérique 82",
              P("Médiathèque Mémo", "2 rue Jean Carmet", "82000", "Montauban"))

# 74 / 75 Tarbes, Saturday 19: the forum of the ESS of Hautes-Pyrénées, and a repair café the same afternoon
f.on_platform("tarbes-forum", 74, "Forum de l'ESS des Hautes-Pyrénées", at(19, "10:00"), at(19, "18:00"), "CRESS Occitanie",
              P("Parc des expositions", "Boulevard Kennedy", "65000", "Tarbes"),
              description="Plus de 40 structures, ateliers, conférences et animations pour toute la famille.")
f.on_agenda("tarbes-forum", 6074, "Forum ESS 65 : l'économie sociale et solidaire s'expose", [(at(19, "10:00"), at(19, "18:00"))],
            "Pôle ESS Bigorre", A("Parc des Expositions", "bd Kennedy", "65000", "Tarbes"))
form.append(("tarbes-forum", row("OCC-2022-027", "CRESS Occitanie / Pôle ESS 65", "Forum ESS Hautes-Pyrénées", D(19), "10h-18h",
                                 "Parc Expo", "", "65000", "Tarbes")))
f.on_platform("tarbes-rc", 75, "Repair café de Tarbes", at(19, "14:00"), at(19, "17:00"), "Repair Café Tarbes",
              P("MJC Tarbes Laubadère", "Rue Victor Hugo", "65000", "Tarbes"))
f.in_calendar("tarbes-rc", "rc-tarbes-19@reseau-toulouse-ess.org", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café"), LOC("Tarbes"))

# 76 / 77 Rodez: a ciné-débat (agenda alone), an employment forum of the ESS (platform + form)
f.on_agenda("rodez-cine", 6076, "Ciné-débat : Solutions locales pour un désordre global", [(at(21, "20:00"), at(21, "22:30"))],
            "Aveyron Transition", A("Cap'Cinéma Rodez", "Avenue de Bourran", "12000", "Rodez"))
f.on_platform("rodez-forum", 77, "Forum emploi de l'ESS en Aveyron", at(17, "09:00"), at(17, "13:00"), "Pôle emploi Rodez",
              P("Amphithéâtre de Rodez", "Boulevard du 122e Régiment d'Infanterie", "12000", "Rodez"))
form.append(("rodez-forum", row("OCC-2022-028", "Pôle Emploi Aveyron", "Forum emploi ESS", D(17), "matin", "L'Amphithéâtre", "", "12000",
                                "Rodez")))

# ═════════════════════════ ARIÈGE, GERS, LOT ═════════════════════════

# 78 / 79 Ariège, Saturday 26: repair cafés in Foix (morning) and Lavelanet (afternoon)
f.on_platform("rc-foix", 78, "Repair café", at(26, "09:00"), at(26, "12:00"), "Foix en Transition",
              P("Salle Jean Jaurès", "Rue de la Préfecture", "09000", "Foix"))
f.in_calendar("rc-foix", "rc-foix-26@reseau-toulouse-ess.org", S(26, "09:00"), E(26, "12:00"), SUM("Repair Café de Foix"), LOC("Foix"))
f.on_platform("rc-lavelanet", 79, "Repair café", at(26, "14:00"), at(26, "17:00"), "Pays d'Olmes en Transition",
              P("Salle des fêtes", "Place Henri Dunant", "09300", "Lavelanet"))
# 80 Ariège tiers-lieux day in Saint-Girons (agenda + form)
f.on_agenda("tl-ariege", 6080, "Journée des tiers-lieux ariégeois", [(at(18, "09:30"), at(18, "17:00"))], "Tiers-Lieux Occitanie",
            A("La Fabrique du Couserans", "12 avenue Aristide Bergès", "09200", "Saint-Girons"),
            description=OA("Rencontre des tiers-lieux de l'Ariège : visites, ateliers et repas partagé."))
form.append(("tl-ariege", row("OCC-2022-029", "La Coopérative Tiers-Lieux", "Rencontre tiers-lieux 09", D(18), "9h30-17h",
                              "Fabrique du Couserans", "", "09200", "St-Girons")))
# 81 / 82 Gers: an associations and ESS forum in Auch on Saturday 12, a ciné-débat in Fleurance on Friday 18
f.on_platform("auch-forum", 81, "Forum des associations et de l'ESS du Gers", at(12, "10:00"), at(12, "17:00"), "Ville d'Auch",
              P("Salle du Mouzon", "Rue Guynemer", "32000", "Auch"))
form.append(("auch-forum", row("OCC-2022-030", "Mairie d'Auch", "Forum asso & ESS", D(12), "10h-17h", "Le Mouzon", "", "", "Auch")))
f.in_calendar("fleurance-cine", "cine-fleurance-18@reseau-toulouse-ess.org", SF(18, "20:30"), SUM("Ciné-débat « Douce France »"),
              LOC("Cinéma Grand Angle, Fleurance"))
# 83 / 84 Lot: open doors of a SCIC in Figeac, and Figeac's repair café the same Saturday
f.on_platform("figeac-scic", 83, "Portes ouvertes de la SCIC Figeacteurs", at(12, "10:00"), at(12, "16:00"), "Figeacteurs",
              P("Figeacteurs", "2 rue des Carmes", "46100", "Figeac"))
f.on_agenda("figeac-scic", 6083, "Découvrez Figeacteurs, coopérative d'entrepreneurs (SCIC)", [(at(12, "10:00"), at(12, "16:00"))],
            "Figeacteurs SCIC", A("Figeacteurs", "2 rue des Carmes", "46100", "Figeac"))
f.on_agenda("figeac-rc", 6084, "Repair café", [(at(12, "14:00"), at(12, "17:00"))], "Figeac Répare",
            A("Espace Mitterrand", "Place Vival", "46100", "Figeac"))

# ═════════════════════════ MORE LISTINGS, SEVERAL OF THEM LOOK-ALIKES ═════════════════════════

# third copies of events above
form.append(("afterwork-tls", row("OCC-2022-031", "Makesense", "Afterwork entrepreneurs sociaux", D(10), "18h30-21h",
                                  "Imaginations Fertiles", "27 bis allée M. Sarraut", "31300", "Toulouse")))
f.in_calendar("conf-solviolette", "sol-violette-10ans@reseau-toulouse-ess.org", SF(9, "18:30"), EF(9, "20:00"),
              SUM("Les 10 ans de la Sol-Violette : conférence"), LOC("Maison de la Citoyenneté Centre"))
form.append(("habitat-tls", row("OCC-2022-032", "HPO", "Réunion info habitat participatif", D(16), "18h30", "Maison des associations",
                                "3 pl. Guy Hersant", "31400", "Toulouse")))
form.append(("cae-tls", row("OCC-2022-033", "APPUY CREATEURS", "Matinée portes ouvertes CAE", D(8), "matin", "", "4 rue Max Baylac",
                            "31300", "Toulouse")))
f.in_calendar("figeac-scic", "po-figeacteurs@reseau-toulouse-ess.org", SD(12), ED(12), SUM("Portes ouvertes Figeacteurs"),
              LOC("Figeac"))
form.append(("albi-conf", row("OCC-2022-034", "Université Champollion", "Conférence PTCE", D(22), "18h-20h", "INU Champollion",
                              "Place de Verdun", "81012", "Albi Cedex 9")))

# single listings
f.on_agenda("gratiferia-bagatelle", 6090, "Gratiféria : le marché gratuit de Bagatelle", [(at(19, "10:00"), at(19, "13:00"))],
            "Les Bricoleurs de Bagatelle", A("Maison de quartier de Bagatelle", "11 impasse Abbé Salvat", "31100", TLS))
f.in_calendar("velo-ecole-colomiers", "velo-ecole-colomiers-17@reseau-toulouse-ess.org", S(17, "18:00"), E(17, "20:00"),
              SUM("Vélo-école pour adultes"), LOC("Colomiers"))
f.on_platform("conf-gesticulee", 90, "Conférence gesticulée : « L'argent, le travail et nous »", at(18, "20:30"), at(18, "22:30"),
              "Scop Le Pavé", P("Centre culturel Alban Minville", "1 place Martin Luther King", "31100", TLS))
form.append(("troc-minimes", row("OCC-2022-035", "Minimes en Transition", "Troc de graines et de plantes", D(19), "matin",
                                 "Espace des Minimes", "6 rue Ernest Renan", "31200", "Toulouse")))
f.on_platform("webi-scop-amorcage", 91, "Webinaire : la Scop d'amorçage, créer sa coopérative pas à pas", at(8, "14:00"), at(8, "15:00"),
              "Union régionale des Scop et Scic d'Occitanie", ONLINE, modality="En ligne")

f.in_form(form)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
