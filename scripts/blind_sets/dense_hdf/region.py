"""Blind set dense_hdf-2 (helper, 7 Dec 2026): Hauts-de-France outside the Métropole lilloise, DENSE: 76 real
events of November 2022 in Amiens (80000 / 80080 / 80090), Arras, Dunkerque (Malo-les-Bains 59240, Petite-Synthe
59640, Saint-Pol-sur-Mer 59430, communes associées), Beauvais, Saint-Quentin, Valenciennes (the UPHF campus's cedex),
Lens, Liévin, Loos-en-Gohelle, Douai, Calais, Compiègne, Creil and villages (Felleries, Steenvoorde, Gerberoy, Guise,
Wormhout, Crécy-en-Ponthieu, Hirson…), listed by the national platform, the CRESS OpenAgenda, a Picardie network's
calendar WITHOUT X-WR-TIMEZONE (floating times read in the source's zone, UTC « Z », TZID, all-day dates, RRULE, one
VEVENT per day of a training) and the CRESS's own XLSX workbook (Excel dates and times, start time missing, the end
day of a span, venue + address + town in one cell, « Visioconférence » as the place). Hard negatives: two repair cafés
in Amiens and two in Dunkerque the same Saturday, a Fresque du Climat morning and afternoon, Fresques in Lens and
Liévin the same evening, a salon and a workshop at one venue the same day, a colloque and a job dating in Valenciennes
the same day, two webinars at the same hour, weekly sessions of a cycle and of a bike workshop."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, time, timedelta
from lib import *


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


AMIENS, ARRAS, DUNKERQUE, BEAUVAIS, SQ, VALENCIENNES, LENS = "80021", "62041", "59183", "60057", "02691", "59606", "62498"
ZOOM_COORACE = "https://us02web.zoom.us/j/89012345671?pwd=Q09PUkFDRUhERg"
TEAMS_URIOPSS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_UriopssHdF_RGPD%40thread.v2/0"

f = Feeds()
f.calendar_head = ""  # the network's calendar has no X-WR-TIMEZONE: floating times in the source's zone
book = []

# ══════════ AMIENS ══════════
DEWAILLY = P("Espace Dewailly", "3 place Au Feurre", "80000", "Amiens")
f.on_platform("forum-somme", 101, "Forum de l'ESS de la Somme", at(10, "09:00"), at(10, "17:00"), "CRESS Hauts-de-France",
              DEWAILLY, description="Stands, ateliers et conférences : l'économie sociale et solidaire de la Somme se présente.")
f.on_agenda("forum-somme", 70001, "Mois de l'ESS – Forum ESS Somme 2022", [(at(10, "09:00"), at(10, "17:00"))],
            "Amiens Métropole", A("Espace Dewailly", "3 place Au Feurre", "80000", "Amiens", insee=AMIENS))
f.in_calendar("forum-somme", "forum-somme-2022@reseau-picardie", S(10, "09:00"), E(10, "17:00"), SUM("[Amiens] Forum ESS"),
              LOC("Espace Dewailly"))
book.append(("forum-somme", bk("R-001", "CRESS HDF", "Forum de l'ESS - Somme", 10, h(9), h(17), "Espace Dewailly",
                               "3 place au Feurre", "80000", "AMIENS")))
f.on_platform("jobdating-amiens", 102, "Job dating : les métiers du soin et de l'accompagnement", at(16, "14:00"), at(16, "17:00"),
              "Pôle emploi Amiens", DEWAILLY)
book.append(("jobdating-amiens", bk("R-002", "Pôle Emploi / CRESS", "Job dating métiers du soin", 16, h(14), h(17),
                                    "Espace Dewailly, Amiens")))
# Fresque du Climat, morning and afternoon, Bibliothèque Louis Aragon, 5 Nov
ARAGON = P("Bibliothèque Louis Aragon", "50 rue de la République", "80000", "Amiens")
f.on_platform("fresque-amiens-am", 103, "La Fresque du Climat (matin)", at(5, "09:30"), at(5, "12:30"), "Amiens en Transition", ARAGON)
f.on_platform("fresque-amiens-pm", 104, "La Fresque du Climat (après-midi)", at(5, "14:00"), at(5, "17:00"), "Amiens en Transition",
              ARAGON)
f.on_agenda("fresque-amiens-am", 70002, "Fresque du Climat à la bibliothèque Aragon", [(at(5, "09:30"), at(5, "12:30")),
            (at(5, "14:00"), at(5, "17:00"))], "Amiens en transition",
            A("Bibliothèque Louis-Aragon", "50 rue de la République", "80000", "Amiens", insee=AMIENS))
book.append(("fresque-amiens-am", bk("R-003", "Amiens en Transition", "Fresque du climat", 5, h(9, 30), h(12, 30),
                                     "Bibliothèque L. Aragon", None, "80000", "Amiens")))
book.append(("fresque-amiens-pm", bk("R-004", "Amiens en Transition", "Fresque du climat", 5, h(14), h(17),
                                     "Bibliothèque L. Aragon", None, "80000", "Amiens")))
# Incubateur: three Monday workshops (7, 14, 21)
INCUB = {"2022-11-07": "incub-7", "2022-11-14": "incub-14", "2022-11-21": "incub-21"}
f.in_calendar(INCUB, "incubateur-ess-cycle@reseau-picardie", SF(7, "18:00"), EF(7, "20:00"), "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3",
              SUM("Cycle « Monter son projet ESS »"), LOC("La Machinerie, Amiens"))
f.on_agenda("incub-7", 70003, "Monter son projet d'ESS : cycle de 3 ateliers", [(at(d, "18:00"), at(d, "20:00")) for d in (7, 14, 21)],
            "Incubateur ESS Somme", A("La Machinerie", "12 rue Dijon", "80000", "Amiens", insee=AMIENS))
f.on_platform("incub-7", 105, "Monter son projet dans l'ESS (cycle de 3 ateliers, les lundis 7, 14 et 21 novembre)",
              at(7, "18:00"), at(7, "20:00"), "Incubateur ESS de la Somme", P("La Machinerie", "12 rue Dijon", "80000", "Amiens"))
book.append(("incub-7", bk("R-005", "Incubateur ESS Somme", "Atelier 1 : de l'idée au projet", 7, h(18), h(20), "La Machinerie",
                           "12 rue Dijon", "80000", "Amiens")))
book.append(("incub-14", bk("R-006", "Incubateur ESS Somme", "Atelier 2 : modèle économique", 14, h(18), h(20), "La Machinerie",
                            "12 rue Dijon", "80000", "Amiens")))
book.append(("incub-21", bk("R-007", "Incubateur ESS Somme", "Atelier 3 : financer son projet", 21, h(18), h(20), "La Machinerie",
                            "12 rue Dijon", "80000", "Amiens")))
# Ciné-débat, Orson Welles, 14 Nov
f.on_platform("cine-amiens", 106, "Ciné-débat « La Part des autres »", at(14, "20:00"), at(14, "22:30"), "Les Amis du Monde diplomatique",
              P("Cinéma Orson Welles - Maison de la Culture", "2 place Léon Gontier", "80000", "Amiens"))
f.in_calendar("cine-amiens", "cine-partdesautres@reseau-picardie", SZ(14, "20:00"), EZ(14, "22:30"),
              SUM("La part des autres : projection + débat"), LOC("Ciné Orson Welles"))
# two repair cafés the same Saturday afternoon, 19 Nov
f.on_platform("rc-etouvie", 107, "Repair café d'Étouvie", at(19, "14:00"), at(19, "17:00"), "Centre social Étouvie",
              P("Centre social et culturel d'Étouvie", "7 rue du Languedoc", "80080", "Amiens"))
book.append(("rc-etouvie", bk("R-008", "CSC Etouvie", "Repair café", 19, h(14), h(17), "Centre social Etouvie", None, "80080",
                              "Amiens")))
f.on_agenda("rc-saintleu", 70004, "Repair Café Saint-Leu", [(at(19, "14:00"), at(19, "17:30"))], "Repair Café Amiens",
            A("Espace Saint-Leu", "52 rue Saint-Leu", "80000", "Amiens", insee=AMIENS))
f.in_calendar("rc-saintleu", "rc-saintleu-1911@reseau-picardie", SF(19, "14:00"), EF(19, "17:30"), SUM("Repair café"),
              LOC("Amiens"))
# UPJV conference, 22 Nov
f.on_platform("conf-upjv", 108, "L'économie sociale et solidaire face aux défis de la transition écologique", at(22, "18:00"),
              at(22, "20:00"), "Université de Picardie Jules Verne",
              P("Campus de la Citadelle", "10 rue des Français Libres", "80080", "Amiens"))
f.on_agenda("conf-upjv", 70005, "Conférence : l'ESS et la transition écologique", [(at(22, "18:00"), at(22, "20:00"))], "UPJV",
            A("Citadelle - UPJV", "10 rue des Français libres", "80080", "Amiens", insee=AMIENS))
book.append(("conf-upjv", bk("R-009", "UPJV", "Conférence ESS & transition écologique", 22, h(18), None, "Citadelle",
                             None, None, "Amiens")))
f.on_platform("web-rural", 109, "Webinaire : entreprendre en ESS en milieu rural", at(24, "14:00"), at(24, "15:30"),
              "Somme Rurale Solidaire", ONLINE, modality="En ligne")
f.on_agenda("web-rural", 70006, "L'ESS en milieu rural (webinaire)", [(at(24, "14:00"), at(24, "15:30"))], "Somme rurale solidaire",
            {}, mode=2, onlineAccessLink="https://meet.jit.si/SommeRuraleESS")
f.on_platform("epicerie-amiens", 110, "Visite de l'épicerie solidaire Le Panier Picard", at(25, "10:00"), at(25, "11:30"),
              "Le Panier Picard", P("Le Panier Picard", "14 rue Jean Moulin", "80090", "Amiens"))

# ══════════ ARRAS ══════════
CITADELLE = P("Citadelle d'Arras", "Boulevard du Général de Gaulle", "62000", "Arras")
f.on_platform("forum-arras", 111, "Forum emploi ESS de l'Arrageois", at(15, "09:00"), at(15, "13:00"), "Communauté urbaine d'Arras",
              CITADELLE)
f.on_agenda("forum-arras", 70007, "Forum de l'emploi dans l'ESS", [(at(15, "09:00"), at(15, "13:00"))], "CUA",
            A("Citadelle", "Bd du Général de Gaulle", "62000", "Arras", insee=ARRAS))
f.in_calendar("forum-arras", "forum-emploi-arras@reseau-picardie", SF(15, "09:00"), EF(15, "13:00"), SUM("Forum emploi ESS"),
              LOC("Citadelle d'Arras"))
book.append(("forum-arras", bk("R-010", "Communauté Urbaine d'Arras", "Forum emploi ESS", 15, h(9), h(13),
                               "Citadelle - Bd du Général de Gaulle - 62000 Arras")))
f.on_platform("asso-arras", 112, "Atelier : créer son association", at(15, "09:30"), at(15, "12:00"),
              "Fédération des œuvres laïques du Pas-de-Calais", P("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
book.append(("asso-arras", bk("R-011", "FOL 62", "Créer son asso", 15, h(9, 30), h(12), "Maison des Sociétés",
                              "16 rue A. Briand", "62000", "Arras")))
f.on_agenda("cine-arras", 70008, "Ciné-débat « Douce France »", [(at(17, "20:00"), at(17, "22:15"))], "Arras en transition",
            A("Cinémovida Arras", "12 rue Émile Legrelle", "62000", "Arras", insee=ARRAS))
f.in_calendar("cine-arras", "douce-france-arras@reseau-picardie", SZ(17, "20:00"), SUM("Douce France – film & débat"),
              LOC("Cinémovida, Arras"))
f.on_platform("rc-arras", 113, "Repair Café d'Arras", at(19, "14:00"), at(19, "17:00"), "Repair Café Arras",
              P("Centre social Torchy", "7 rue Jean Moulin", "62000", "Arras"))
f.in_calendar("rc-arras", "rc-arras-1911@reseau-picardie", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café Arras"),
              LOC("Centre social Torchy"))
book.append(("marche-arras", bk("R-012", "Terre de Liens / Confédération paysanne 62", "Marché paysan et solidaire", 26, h(8),
                                h(13), "Place des Héros", None, "62000", "Arras")))
# two-day training for association leaders, 28-29 Nov: platform span, one VEVENT a day, workbook start and end days
f.on_platform("formation-dirigeants", 114, "Formation des dirigeant·es associatif·ves (2 jours)", at(28, "09:00"), at(29, "17:00"),
              "Le Mouvement associatif Hauts-de-France", P("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
f.in_calendar("formation-dirigeants", "fda-j1@reseau-picardie", S(28, "09:00"), E(28, "17:00"),
              SUM("Formation dirigeants associatifs – J1"), LOC("Maison des Sociétés, Arras"))
f.in_calendar("formation-dirigeants", "fda-j2@reseau-picardie", S(29, "09:00"), E(29, "17:00"),
              SUM("Formation dirigeants associatifs – J2"), LOC("Maison des Sociétés, Arras"))
book.append(("formation-dirigeants", bk("R-013", "LMA HDF", "Formation dirigeants bénévoles", 28, h(9), h(17),
                                        "Maison des Sociétés", "16 rue Aristide Briand", "62000", "Arras", last=29)))

# ══════════ DUNKERQUE ══════════
f.on_platform("forum-dk", 115, "Forum de l'ESS du Dunkerquois", at(18, "10:00"), at(18, "18:00"), "Entreprendre Ensemble",
              P("Halle aux sucres", "9003 route du Quai Freycinet 3", "59140", "Dunkerque"))
f.on_agenda("forum-dk", 70009, "Le Forum ESS du Dunkerquois revient à la Halle aux sucres !", [(at(18, "10:00"), at(18, "18:00"))],
            "Communauté urbaine de Dunkerque", A("Halle aux Sucres", "Môle 1, 9003 route du quai Freycinet 3", "59140",
                                                 "Dunkerque", insee=DUNKERQUE))
f.in_calendar("forum-dk", "forum-dk@reseau-picardie", SD(18), ED(18), SUM("Forum ESS Dunkerque"), LOC("Halle aux Sucres"))
book.append(("forum-dk", bk("R-014", "Entreprendre Ensemble", "Forum ESS du Dunkerquois", 18, None, None, "Halle aux Sucres",
                            None, "59140", "Dunkerque")))
f.on_platform("tr-educpop", 116, "Table ronde : l'éducation populaire aujourd'hui", at(23, "18:00"), at(23, "20:00"),
              "Ligue de l'enseignement du Nord", P("Maison de la vie associative", "Rue du 11 Novembre", "59140", "Dunkerque"))
book.append(("tr-educpop", bk("R-015", "FOL 59", "Table ronde éducation populaire", 23, h(18), h(20), "MVA", None, None,
                              "Dunkerque")))
f.on_agenda("rc-malo", 70010, "Repair café de Malo", [(at(12, "14:00"), at(12, "17:00"))], "Repair Café Dunkerque",
            A("Maison de quartier de Malo", "Rue Belle Rade", "59240", "Dunkerque", insee=DUNKERQUE))
f.in_calendar("rc-malo", "rc-malo-1211@reseau-picardie", SZ(12, "14:00"), EZ(12, "17:00"), SUM("Repair café"),
              LOC("Malo-les-Bains"))
f.on_platform("rc-petitesynthe", 117, "Repair café de Petite-Synthe", at(12, "14:00"), at(12, "17:00"), "Repair Café Dunkerque",
              P("Maison de quartier du Pont-Loby", "Rue de la Concorde", "59640", "Dunkerque"))
book.append(("rc-petitesynthe", bk("R-016", "Repair Café Dunkerque", "Repair café", 12, h(14), h(17), "MQ Pont Loby", None,
                                   "59640", "Petite-Synthe")))
f.on_platform("jardin-gs", 118, "Visite du jardin d'insertion des Jardins de Grande-Synthe", at(21, "10:00"), at(21, "12:00"),
              "Jardins de Grande-Synthe", P("Jardins de Grande-Synthe", "Rue Jean Jaurès", "59760", "Grande-Synthe"))
f.on_agenda("numerique-stpol", 70011, "Atelier numérique : les démarches administratives en ligne", [(at(24, "14:00"), at(24, "16:00"))],
            "Espace Jeunes de Saint-Pol", A("Espace Jeunes", "Rue de la République", "59430", "Saint-Pol-sur-Mer",
                                            insee=DUNKERQUE))
book.append(("numerique-stpol", bk("R-017", "Ville de Dunkerque", "Atelier démarches en ligne", 24, h(14), h(16), "Espace Jeunes",
                                   "rue de la République", "59430", "Dunkerque")))
# bike workshop every Saturday (5, 12, 19, 26)
VELO_DK = {f"2022-11-{d:02d}": f"velo-dk-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(VELO_DK, "atelier-velo-dk@reseau-picardie", SZ(5, "10:00"), EZ(5, "12:00"), "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4",
              SUM("Atelier vélo solidaire"), LOC("La Roue Libre, Dunkerque"))
f.on_platform("velo-dk-5", 119, "Atelier vélo solidaire", at(5, "10:00"), at(5, "12:00"), "La Roue Libre",
              P("La Roue Libre", "25 rue du Leughenaer", "59140", "Dunkerque"))
f.on_platform("velo-dk-19", 120, "Atelier vélo solidaire", at(19, "10:00"), at(19, "12:00"), "La Roue Libre",
              P("La Roue Libre", "25 rue du Leughenaer", "59140", "Dunkerque"))

# ══════════ BEAUVAIS / OISE ══════════
MALADRERIE = P("Maladrerie Saint-Lazare", "203 rue de Paris", "60000", "Beauvais")
f.on_platform("salon-oise", 121, "Salon de l'ESS de l'Oise", at(19, "10:00"), at(19, "18:00"), "CRESS Hauts-de-France", MALADRERIE)
f.on_agenda("salon-oise", 70012, "Salon ESS Oise 2022 à la Maladrerie", [(at(19, "10:00"), at(19, "18:00"))],
            "Communauté d'agglomération du Beauvaisis", A("Maladrerie St-Lazare", "203 rue de Paris", "60000", "Beauvais",
                                                         insee=BEAUVAIS))
f.in_calendar("salon-oise", "salon-oise@reseau-picardie", SF(19, "10:00"), EF(19, "18:00"), SUM("Salon de l'ESS – Beauvais"),
              LOC("Maladrerie Saint-Lazare, Beauvais"))
book.append(("salon-oise", bk("R-018", "CRESS Hauts-de-France", "Salon ESS de l'Oise", 19, h(10), h(18),
                              "Maladrerie St Lazare - 203 rue de Paris - Beauvais")))
f.on_platform("velo-beauvais", 122, "Atelier : réparer son vélo", at(19, "14:00"), at(19, "17:00"), "Vélo Beauvaisis", MALADRERIE)
book.append(("velo-beauvais", bk("R-019", "Vélo Beauvaisis", "Atelier réparation vélo", 19, h(14), h(17), "Maladrerie",
                                 None, "60000", "Beauvais")))
f.on_platform("conf-scic-beauvais", 123, "Conférence : les Scic au service des territoires ruraux", at(18, "18:30"), at(18, "20:30"),
              "URSCOP Hauts-de-France", P("Salle du Pré-Martinet", "Rue du Pré Martinet", "60000", "Beauvais"))
f.in_calendar("conf-scic-beauvais", "conf-scic-oise@reseau-picardie", S(18, "18:30"), E(18, "20:30"),
              SUM("Les SCIC et la ruralité (conférence)"), LOC("Beauvais"))
book.append(("financer-compiegne", bk("R-020", "Maison des associations de Compiègne", "Atelier financer son association", 9,
                                      h(18), h(20), "MDA", "4 rue Saint-Fiacre", "60200", "Compiègne")))
f.on_platform("forum-creil", 124, "Forum emploi et ESS du Creillois", at(29, "09:00"), at(29, "12:00"), "Agglomération Creil Sud Oise",
              P("Espace Matisse", "Boulevard Salvador Allende", "60100", "Creil"))
f.on_agenda("forum-creil", 70013, "Forum Emploi & ESS", [(at(29, "09:00"), at(29, "12:00"))], "ACSO",
            A("Espace Matisse", "Bd Salvador Allende", "60100", "Creil", insee="60175"))
f.on_platform("gerberoy", 125, "Conférence : le tourisme solidaire en Pays de Bray", at(13, "15:00"), at(13, "17:00"),
              "Office de tourisme du Pays de Bray", P("Salle des fêtes", "Rue du Logis du Roy", "60380", "Gerberoy"))

# ══════════ SAINT-QUENTIN / AISNE ══════════
f.on_platform("forum-sq", 126, "Forum des métiers de l'ESS", at(24, "13:30"), at(24, "17:00"), "Ville de Saint-Quentin",
              P("Palais de Fervaques", "28 rue Victor Basch", "02100", "Saint-Quentin"))
f.on_agenda("forum-sq", 70014, "Forum métiers ESS - Saint-Quentin", [(at(24, "13:30"), at(24, "17:00"))],
            "Agglo du Saint-Quentinois", A("Palais de Fervaques", "28 rue Victor Basch", "02100", "Saint-Quentin", insee=SQ))
book.append(("forum-sq", bk("R-021", "Ville de St-Quentin", "Forum des métiers ESS", 24, h(13, 30), None, "Palais de Fervaques",
                            None, "02100", "St-Quentin")))
f.in_calendar("cine-sq", "en-quete-de-sens@reseau-picardie", SF(10, "20:00"), EF(10, "22:00"),
              SUM("Ciné-débat « En quête de sens »"), LOC("Cinéma CGR, Saint-Quentin"))
f.on_agenda("web-iae-aisne", 70015, "Webinaire : l'insertion par l'activité économique dans l'Aisne", [(at(29, "10:00"), at(29, "11:00"))],
            "Inser'Eco 02", {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/84400220202")
book.append(("web-iae-aisne", bk("R-022", "Inser'Eco Aisne", "Webinaire IAE Aisne", 29, h(10), h(11), "Visioconférence")))
f.on_platform("familistere", 127, "Visite du Familistère de Guise : l'utopie coopérative de Godin", at(20, "14:30"), at(20, "16:00"),
              "Familistère de Guise", P("Familistère de Guise", "Place du Familistère", "02120", "Guise"))
f.on_agenda("familistere", 70016, "Visite guidée « Godin et la coopération »", [(at(20, "14:30"), at(20, "16:00"))],
            "Le Familistère", A("Le Familistère", "Place du Familistère", "02120", "Guise", insee="02361"))
book.append(("familistere", bk("R-023", "Familistère", "Visite Familistère Godin", 20, h(14, 30), None, "Familistère",
                               None, None, "Guise")))
f.on_agenda("forum-hirson", 70017, "Forum de l'emploi rural", [(at(17, "09:00"), at(17, "12:00"))], "Maison de l'emploi de Thiérache",
            A("Salle des fêtes", "Place Victor Hugo", "02500", "Hirson", insee="02381"))
book.append(("forum-hirson", bk("R-024", "MDE Thiérache", "Forum emploi rural", 17, h(9), h(12), "Salle des fêtes", None, "02500",
                                "Hirson")))

# ══════════ VALENCIENNES / HAINAUT ══════════
f.on_platform("colloque-uphf", 128, "Colloque : innovation sociale et territoires", at(22, "09:00"), at(22, "17:00"),
              "Université Polytechnique Hauts-de-France", P("Campus du Mont Houy", "Le Mont Houy", "59300", "Aulnoy-lez-Valenciennes"))
f.on_agenda("colloque-uphf", 70018, "Innovation sociale & territoires : colloque de l'UPHF", [(at(22, "09:00"), at(22, "17:30"))],
            "UPHF", A("Campus Mont Houy", "Le Mont Houy", "59313", "Valenciennes Cedex 9", insee=VALENCIENNES))
book.append(("colloque-uphf", bk("R-025", "UPHF", "Colloque innovation sociale", 22, h(9), h(17), "Université Polytechnique - Mont Houy",
                                 None, None, "Valenciennes")))
book.append(("jobdating-val", bk("R-026", "PLIE du Valenciennois", "Job dating IAE", 22, h(14), h(17), "Maison de l'emploi",
                                 "2 rue du Quesnoy", "59300", "Valenciennes")))
f.on_platform("phenix", 129, "Spectacle-débat : la coopération, ça se joue !", at(16, "19:00"), at(16, "21:00"), "Cie Les Coopérateurs",
              P("Le Phénix", "Boulevard Harpignies", "59300", "Valenciennes"))
f.in_calendar("phenix", "phenix-coop@reseau-picardie", SZ(16, "19:00"), EZ(16, "21:00"), SUM("La coopération ça se joue – spectacle"),
              LOC("Le Phénix, scène nationale, Valenciennes"))
f.on_platform("rc-val", 130, "Repair café de Valenciennes", at(26, "14:00"), at(26, "17:00"), "Valenciennes en transition",
              P("Maison de quartier Saint-Waast", "Rue de Lille", "59300", "Valenciennes"))
f.on_agenda("rc-val", 70019, "Repair Café", [(at(26, "14:00"), at(26, "17:00"))], "Valenciennes en transition",
            A("MQ Saint-Waast", "Rue de Lille", "59300", "Valenciennes", insee=VALENCIENNES))
f.in_calendar("rc-val", "rc-val-2611@reseau-picardie", SF(26, "14:00"), EF(26, "17:00"), SUM("Repair café"),
              LOC("Valenciennes"))
f.on_platform("tierslieu-stamand", 131, "Portes ouvertes du tiers-lieu La Fabrique", at(19, "10:00"), at(19, "18:00"),
              "La Fabrique Amandinoise", P("La Fabrique", "15 rue d'Orchies", "59230", "Saint-Amand-les-Eaux"))
f.on_agenda("tierslieu-stamand", 70020, "La Fabrique ouvre ses portes", [(at(19, "10:00"), at(19, "18:00"))], "La Fabrique",
            A("Tiers-lieu La Fabrique", "15 rue d'Orchies", "59230", "Saint-Amand-les-Eaux", insee="59526"))
f.on_platform("pommes-felleries", 132, "Fête du jus de pomme solidaire", at(6, "10:00"), at(6, "17:00"), "Avesnois Vergers Solidaires",
              P("Place de la mairie", "", "59740", "Felleries"))
f.in_calendar("pommes-felleries", "jus-pomme@reseau-picardie", SD(6), ED(6), SUM("Fête du jus de pomme"), LOC("Felleries"))
book.append(("compost-avesnes", bk("R-027", "Communauté de communes du Cœur de l'Avesnois", "Atelier compostage", 5, h(10), None,
                                   "Déchetterie", None, "59440", "Avesnes-sur-Helpe")))
f.on_agenda("rc-trelon", 70021, "Repair café de Trélon", [(at(26, "14:00"), at(26, "17:00"))], "Trélon Demain",
            A("Salle des fêtes", "Rue Clavon Collignon", "59132", "Trélon", insee="59601"))

# ══════════ LENS / BASSIN MINIER / DOUAI ══════════
f.on_platform("base11", 133, "Visite de la Base 11/19 et de ses acteurs de l'ESS", at(12, "10:00"), at(12, "12:30"),
              "CPIE Chaîne des Terrils", P("Base 11/19", "Rue de Bourgogne", "62750", "Loos-en-Gohelle"))
f.on_agenda("base11", 70022, "La Base 11/19, un site d'économie solidaire : visite", [(at(12, "10:00"), at(12, "12:30"))],
            "CPIE Chaîne des terrils", A("Base 11/19", "Rue de Bourgogne", "62750", "Loos-en-Gohelle", insee="62528"))
f.in_calendar("base11", "visite-base11@reseau-picardie", SZ(12, "10:00"), EZ(12, "12:30"), SUM("Visite Base 11/19"),
              LOC("Loos-en-Gohelle"))
f.on_platform("louvre-lens", 134, "Conférence : culture et économie sociale et solidaire", at(17, "18:30"), at(17, "20:00"),
              "Louvre-Lens Vallée", P("Louvre-Lens", "99 rue Paul Bert", "62300", "Lens"))
book.append(("louvre-lens", bk("R-028", "Louvre Lens Vallée", "Conférence culture et ESS", 17, h(18, 30), h(20), "Musée du Louvre-Lens",
                               "99 rue Paul Bert", "62300", "Lens")))
f.on_agenda("fresque-lens", 70023, "Fresque du Climat", [(at(15, "18:30"), at(15, "21:30"))], "Lens en Transition",
            A("Maison des associations", "Rue Édouard Vaillant", "62300", "Lens", insee=LENS))
f.in_calendar("fresque-lens", "fresque-lens-1511@reseau-picardie", SF(15, "18:30"), EF(15, "21:30"), SUM("Fresque du climat"),
              LOC("Lens"))
f.on_platform("fresque-lievin", 135, "Fresque du Climat", at(15, "18:30"), at(15, "21:30"), "La Fresque du Climat",
              P("Médiathèque Jean Macé", "Rue Jean-Baptiste Defernez", "62800", "Liévin"))
book.append(("fresque-lievin", bk("R-029", "Fresque du Climat", "Fresque du Climat", 15, h(18, 30), h(21, 30), "Médiathèque",
                                  None, "62800", "Liévin")))
f.on_platform("conf-douai", 136, "Conférence : l'insertion par l'activité économique", at(22, "14:00"), at(22, "16:00"),
              "Chantier École Hauts-de-France", P("Hôtel de ville", "83 rue de la Mairie", "59500", "Douai"))
f.in_calendar("conf-douai", "conf-iae-douai@reseau-picardie", S(22, "14:00"), E(22, "16:00"), SUM("Conférence IAE"),
              LOC("Mairie de Douai"))
f.on_agenda("amap-douai", 70024, "Soirée découverte des AMAP du Douaisis", [(at(8, "19:00"), at(8, "21:00"))], "Réseau des AMAP HDF",
            A("Maison de la Vie Associative", "161 rue des Foulons", "59500", "Douai", insee="59178"))
book.append(("amap-douai", bk("R-030", "AMAP Hauts-de-France", "Découvrir les AMAP", 8, h(19), None, "MVA",
                              "161 rue des Foulons", "59500", "Douai")))

# ══════════ CÔTE D'OPALE / FLANDRE / VILLAGES ══════════
f.on_platform("po-calais", 137, "Portes ouvertes de la Recyclerie du Calaisis", at(5, "10:00"), at(5, "17:00"),
              "Recyclerie du Calaisis", P("Recyclerie du Calaisis", "Rue de Judée", "62100", "Calais"))
f.in_calendar("po-calais", "po-recyclerie-calais@reseau-picardie", SD(5), ED(5), SUM("Portes ouvertes Recyclerie"),
              LOC("Recyclerie du Calaisis, rue de Judée, Calais"))
f.on_agenda("peche-boulogne", 70025, "Conférence : pêche durable et économie solidaire", [(at(10, "18:00"), at(10, "20:00"))],
            "Fish & Co Boulogne", A("Maison des associations", "Rue de Wicardenne", "62200", "Boulogne-sur-Mer", insee="62160"))
f.on_agenda("marche-steenvoorde", 70026, "Marché paysan de Steenvoorde", [(at(19, "09:00"), at(19, "12:00"))],
            "Flandre Paysanne", A("Place Jean Moulin", "Place Jean Moulin", "59114", "Steenvoorde", insee="59580"))
book.append(("marche-steenvoorde", bk("R-031", "Flandre paysanne", "Marché paysan", 19, h(9), h(12), "Place J. Moulin", None,
                                      "59114", "Steenvoorde")))
f.on_platform("demain-wormhout", 138, "Ciné-débat « Demain »", at(18, "20:00"), at(18, "22:30"), "Wormhout en transition",
              P("Salle des fêtes", "Place du Général de Gaulle", "59470", "Wormhout"))
f.in_calendar("demain-wormhout", "demain-wormhout@reseau-picardie", SF(18, "20:00"), SUM("Projection « Demain » + débat"),
              LOC("Wormhout"))
f.in_calendar("jeux-montreuil", "jeux-montreuil@reseau-picardie", SF(25, "19:00"), EF(25, "23:00"),
              SUM("Soirée jeux au café associatif"), LOC("Le Café Caché, Montreuil-sur-Mer"))
f.on_platform("amap-crecy", 139, "Rencontre des producteurs bio et des AMAP du Ponthieu", at(12, "10:00"), at(12, "12:00"),
              "Bio en Hauts-de-France", P("Salle polyvalente", "Rue du Marais", "80150", "Crécy-en-Ponthieu"))
book.append(("amap-crecy", bk("R-032", "Bio en HDF", "Rencontre producteurs / AMAP", 12, h(10), h(12), "Salle polyvalente",
                              None, "80150", "Crécy en Ponthieu")))
book.append(("poterie-desvres", bk("R-033", "Atelier d'insertion Terre de Desvres", "Atelier poterie et insertion", 16, h(14), None,
                                   "Atelier", "Rue Jean Jaurès", "62240", "Desvres")))

# ══════════ ONLINE, région-wide ══════════
f.on_platform("web-coorace", 140, "Webinaire : recruter en contrat d'insertion", at(14, "14:00"), at(14, "15:30"),
              "COORACE Hauts-de-France", ONLINE, modality="En ligne")
f.on_agenda("web-coorace", 70027, "Recruter en parcours d'insertion : mode d'emploi (webinaire)", [(at(14, "14:00"), at(14, "15:30"))],
            "Coorace HDF", {}, mode=2, onlineAccessLink=ZOOM_COORACE)
f.in_calendar("web-coorace", "coorace-web-1411@reseau-picardie", SZ(14, "14:00"), EZ(14, "15:30"),
              SUM("Webinaire COORACE – recruter en insertion"), f"URL:{ZOOM_COORACE}")
book.append(("web-coorace", bk("R-034", "COORACE", "Webinaire recrutement insertion", 14, h(14), h(15, 30), "Visioconférence")))
f.on_platform("web-uriopss", 141, "Webinaire : le RGPD pour les associations", at(14, "14:00"), at(14, "15:00"),
              "Uriopss Hauts-de-France", ONLINE, modality="En ligne",
              description=f"Rejoindre la réunion Teams : {TEAMS_URIOPSS}")
book.append(("web-uriopss", bk("R-035", "URIOPSS HDF", "Webinaire RGPD", 14, h(14), h(15), "En ligne")))
f.on_agenda("web-esper", 70028, "Enseigner l'ESS au collège et au lycée", [(at(30, "17:00"), at(30, "18:00"))], "L'ESPER",
            {}, mode=2, onlineAccessLink="https://meet.jit.si/ESPER-enseigner-ESS")

# ══════════ Listings of one source only, several of them look-alikes of events above ══════════
book.append(("rc-etouvie-26", bk("R-036", "CSC Etouvie", "Repair café", 26, h(14), h(17), "Centre social Etouvie", None, "80080",
                                 "Amiens")))
f.in_calendar("fresque-arras", "fresque-arras-1511@reseau-picardie", SF(15, "18:30"), EF(15, "21:30"), SUM("Fresque du climat"),
              LOC("Arras"))
f.on_platform("web-coorace-mad", 142, "Webinaire : la mise à disposition de personnel par les associations intermédiaires",
              at(21, "14:00"), at(21, "15:30"), "COORACE Hauts-de-France", ONLINE, modality="En ligne")
f.on_agenda("forum-aisne", 70029, "Forum de l'ESS de l'Aisne", [(at(10, "09:00"), at(10, "17:00"))], "CRESS Hauts-de-France",
            A("Maison des associations", "Rue du Docteur Schweitzer", "02000", "Laon", insee="02408"))
f.on_platform("cine-lens", 143, "Ciné-débat « Douce France »", at(18, "20:00"), at(18, "22:15"), "Lens en Transition",
              P("Cinéma Pathé Lens", "Rue Jean Letienne", "62300", "Lens"))
book.append(("velo-dk-23", bk("R-037", "La Roue Libre", "Atelier vélo solidaire", 23, h(17), h(19), "La Roue Libre",
                              "25 rue du Leughenaer", "59140", "Dunkerque")))
f.in_calendar("soiree-entrepreneurs-dk", "soiree-es-dk@reseau-picardie", SF(18, "18:30"), EF(18, "20:30"),
              SUM("Soirée réseau des entrepreneurs sociaux"), LOC("Halle aux Sucres, Dunkerque"))
f.on_platform("rc-amiens-nord", 145, "Repair café", at(19, "09:30"), at(19, "12:00"), "MJC Amiens Nord",
              P("MJC Amiens Nord", "Place du Pays d'Auge", "80080", "Amiens"))
f.on_agenda("fresque-upjv", 70030, "Fresque du Climat", [(at(5, "14:00"), at(5, "17:00"))], "Climate Fresk UPJV",
            A("Pôle universitaire Cathédrale", "10 placette Lafleur", "80000", "Amiens", insee=AMIENS))
book.append(("asso-arras-22", bk("R-039", "FOL 62", "Créer son asso", 22, h(9, 30), h(12), "Maison des Sociétés",
                                 "16 rue A. Briand", "62000", "Arras")))
f.in_calendar("noel-beauvais", "noel-solidaire-beauvais@reseau-picardie", SD(26), ED(26), SUM("Marché de Noël solidaire"),
              LOC("Beauvais"))
f.on_platform("learning-dk", 146, "Visite du Learning center Ville durable", at(9, "15:00"), at(9, "16:30"), "Communauté urbaine de Dunkerque",
              P("Halle aux sucres", "9003 route du Quai Freycinet 3", "59140", "Dunkerque"))
# more copies of events above
book.append(("rc-malo", bk("R-038", "Repair Café Dunkerque", "Repair café Malo", 12, h(14), h(17), "Maison de quartier", None,
                           "59240", "Malo-les-Bains")))
f.in_calendar("forum-creil", "forum-creil@reseau-picardie", SF(29, "09:00"), EF(29, "12:00"), SUM("Forum emploi/ESS Creil"),
              LOC("Espace Matisse, Creil"))
f.on_platform("cine-arras", 144, "Ciné-débat « Douce France »", at(17, "20:00"), at(17, "22:15"), "Arras en Transition",
              P("Cinémovida", "12 rue Émile Legrelle", "62000", "Arras"))

f.in_book(book, title_row="Mois de l'ESS 2022 - programme hors métropole lilloise (CRESS Hauts-de-France)")

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
