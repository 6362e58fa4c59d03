"""Blind set dense_normandie-1 (helper, Dec 2026): Normandie, DENSE, written before reading the merge rules. 163 real
events (336 listings) of November 2022 in Caen and its quarters (la Guérinière, la Grâce de Dieu, le Chemin Vert, la Pierre
Heuzé; « Caen Cedex » of the Abbaye-aux-Dames and of the campus), Hérouville-Saint-Clair (« Hérouville »), Colombelles
(Le WIP), Rouen and its quarters (Saint-Sever, les Hauts-de-Rouen, Grammont; « Rouen Cedex » of the Hôtel de Région),
Mont-Saint-Aignan, Le Havre, Cherbourg-en-Cotentin and its communes déléguées (Cherbourg-Octeville, Tourlaville,
Équeurdreville; « Cherbourg » alone), Évreux, Alençon, Saint-Lô, Lisieux, Dieppe, Fécamp, Bayeux, Vire Normandie,
Flers, Argentan, Granville, Avranches, Louviers, Vernon, Val-de-Reuil, Elbeuf and villages (Jumièges, Lyons-la-Forêt,
Clécy, Cambremer, Conches-en-Ouche). Four sources: the national platform's JSON, CRESS Normandie's OpenAgenda (insee,
attendanceMode 2 with onlineAccessLink, several timings of a two-day fair and of an exhibition), the Normandie
networks' iCalendar (UTC « Z », TZID, floating, VALUE=DATE, RRULE weekly or fortnightly sessions, one VEVENT per day
of a fair, LOCATION the venue alone, the quarter, the commune déléguée, the town alone, venue and town glued, or a
street address, URL / CONFERENCE links, « Visioconférence »), the CRESS registration form (Windows-1252 `;` CSV:
acronyms, networks instead of members, « 14h-17h », « 14h30 », « matin », « après-midi », « Toute la journée », date
only, « du 14 au 26 novembre », « Visio » / « Webinaire » / « En ligne », « Cedex » codes, towns in capitals or
shortened). Hard negatives: repair cafés of Caen (la Guérinière, la Grâce de Dieu the same Saturday afternoon, the
Chemin Vert the morning), Hérouville, Rouen (Saint-Sever, Hauts-de-Rouen), Tourlaville, Équeurdreville, Le Havre,
Alençon, Vire, Flers, Granville and Elbeuf the same afternoon; seven Fresques du Climat the same Thursday evening;
one film in five towns the same evening (and two other evenings); five job datings and an employment forum the same
Tuesday morning; webinars at the same hour by
different organisers; two events at one venue the same day (Le Dôme, Le 106, the Tetris, Caen la Mer, Bayeux, the
Guérinière, the Hauts-de-Rouen, the Bibliothèque Tocqueville's exhibition and its talk); a CAE's weekly meeting, a
bike workshop's weekly sessions, a sewing workshop, a fortnightly CAE meeting in Rouen; one conference in Rouen and
in Caen on two days; a two-day market in Colombelles and a one-day one in Le Havre."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, timedelta
from south import *

sources("cress-normandie-openagenda", "reseau-normandie-ical", "cress-normandie-tableur")


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


CAEN, HSC, COLOMB, ROUEN, MSA, HAVRE, CHER = "14118", "14327", "14167", "76540", "76451", "76351", "50129"
EVREUX, ALENCON, STLO, LISIEUX, DIEPPE, FECAMP, BAYEUX = "27229", "61001", "50502", "14366", "76217", "76259", "14047"
VIRE, FLERS, ARGENTAN, GRANVILLE, AVRANCHES, LOUVIERS, VERNON, ELBEUF = ("14762", "61169", "61006", "50218", "50025",
                                                                      "27375", "27681", "76231")
ZOOM_FAN = "https://us02web.zoom.us/j/86655443322?pwd=Rk5vcm1hbmRpZUFjdGl2ZQ"
TEAMS_URSCOP = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2NvcE91ZXN0Tm9ybWFuZGll@thread.v2/0"
ZOOM_LMA = "https://us06web.zoom.us/j/81122334455"
ZOOM_CRESS = "https://us06web.zoom.us/j/87766554433"
TEAMS_ESPER = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RVNQRVJOb3JtYW5kaWU@thread.v2/0"
MEET_HABITAT = "https://meet.google.com/hpn-orma-ndi"
ZOOM_SCIC = "https://us02web.zoom.us/j/83377889900"

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Agenda des réseaux de l'ESS en Normandie\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
rows = []
_n = [0]
def R(event, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    _n[0] += 1
    rows.append((event, row(f"NOR-22-{_n[0]:03d}", org, title, date, hours, lieu, adresse, cp, ville, fmt)))

# ───────────────────────── Caen, Hérouville-Saint-Clair, Colombelles ─────────────────────────

# regional launch at the Abbaye-aux-Dames (Région's seat), Thursday 3, four sources
ABBAYE = P("Abbaye-aux-Dames", "Place Reine Mathilde", "14000", "Caen")
f.on_platform("lancement", 1, "Lancement régional du Mois de l'ESS en Normandie", at(3, "18:00"), at(3, "21:00"), "CRESS Normandie", ABBAYE,
              description="Ouverture du Mois de l'ESS : présentation du programme normand, table ronde et cocktail.")
f.on_agenda("lancement", 9001, "Soirée de lancement du Mois de l'Économie sociale et solidaire 2022", [(at(3, "18:00"), at(3, "21:30"))],
            "Chambre régionale de l'économie sociale et solidaire de Normandie",
            A("Abbaye aux Dames - Hôtel de Région", "Place Reine Mathilde", "14035", "Caen Cedex 1", insee=CAEN, latitude=49.1867, longitude=-0.3530))
f.in_calendar("lancement", "lancement-mois-ess-2022@reseau-ess-normandie.fr", SZ(3, "18:00"), EZ(3, "21:00"), SUM("Mois de l'ESS : soirée de lancement"),
              LOC("Abbaye-aux-Dames, Caen"))
R("lancement", "CRESS Normandie", "Lancement Mois de l'ESS", "03/11/2022", "18h-21h", "Abbaye aux Dames", "place Reine Mathilde", "14000", "CAEN")

# repair cafés on Saturday 19: la Guérinière and la Grâce de Dieu the same afternoon, the Chemin Vert the morning
f.on_platform("rc-gueriniere", 2, "Repair Café", at(19, "14:00"), at(19, "17:00"), "Repair Café Caen",
              P("Centre socioculturel CAF de la Guérinière", "10 rue de l'Avenir", "14000", "Caen"))
f.in_calendar("rc-gueriniere", "rc-gueriniere-1911@reseau-ess-normandie.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair café de la Guérinière"),
              LOC("La Guérinière"))
f.on_agenda("rc-grace", 9003, "Repair Café de la Grâce de Dieu", [(at(19, "14:00"), at(19, "17:30"))], "Les Bricoleurs de la Grâce",
            A("Centre d'animation de la Grâce de Dieu", "Place de la Grâce de Dieu", "14000", "Caen", insee=CAEN))
R("rc-grace", "Fédération des centres sociaux du Calvados", "Repair café", "19/11/2022", "14h-17h30", "Centre d'animation Grâce de Dieu",
  "place de la Grace de Dieu", "14000", "Caen")
f.in_calendar("rc-cheminvert", "rc-cheminvert-1911@reseau-ess-normandie.fr", SF(19, "09:30"), EF(19, "12:00"), SUM("Repair Café Chemin Vert"),
              LOC("Maison de quartier du Chemin Vert, 2 rue Léon Blum, Caen"))
R("rc-cheminvert", "Maison de quartier Chemin Vert", "Repair café du Chemin Vert", "19/11/2022", "matin", "Maison de quartier",
  "2 rue Léon Blum", "14000", "Caen")
f.on_platform("rc-herouville", 5, "Repair Café d'Hérouville", at(19, "14:00"), at(19, "17:00"), "Ville d'Hérouville-Saint-Clair",
              P("Maison des associations", "Place de l'Europe", "14200", "Hérouville-Saint-Clair"))
f.on_agenda("rc-herouville", 9005, "Repair café", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Hérouville",
            A("Maison des associations d'Hérouville", "Place de l'Europe", "14200", "Hérouville-Saint-Clair", insee=HSC))

# a repair café in the town centre on Saturday 5 (same organiser as la Guérinière)
f.on_platform("rc-caen-5", 6, "Repair Café", at(5, "14:00"), at(5, "17:00"), "Repair Café Caen",
              P("Maison des associations de Caen", "12 avenue de la Libération", "14000", "Caen"))
f.on_agenda("rc-caen-5", 9006, "Repair café du centre-ville", [(at(5, "14:00"), at(5, "17:00"))], "Repair Café Caen",
            A("Maison des Associations", "12 av. de la Libération", "14000", "Caen", insee=CAEN))

# Fresques du Climat on Thursday 17 evening: Caen and Hérouville (others below: Rouen, Le Havre, Cherbourg, Dieppe, Vernon)
f.on_platform("fresque-caen", 7, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Le Dôme", "3 esplanade Stéphane Hessel", "14000", "Caen"))
f.on_agenda("fresque-caen", 9007, "Atelier Fresque du Climat au Dôme", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Normandie",
            A("Le Dôme", "3 Esplanade Stéphane Hessel", "14000", "Caen", insee=CAEN))
f.in_calendar("fresque-caen", "fdc-caen-1711@reseau-ess-normandie.fr", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"), LOC("Le Dôme, Caen"))
f.in_calendar("fresque-herouville", "fdc-herouville-1711@reseau-ess-normandie.fr", SF(17, "18:30"), EF(17, "21:30"), SUM("Fresque du Climat"),
              LOC("Hérouville-Saint-Clair"))
R("fresque-herouville", "Hérouville en transition", "Atelier fresque du climat", "17/11/2022", "18h30-21h30", "Café des Images", "4 square du Théâtre",
  "14200", "Hérouville")

# one film the same Tuesday 15 evening: Hérouville (Café des Images), below Rouen, Le Havre, Lisieux, Vire
f.on_platform("cine-herouville", 9, "Ciné-débat : Douce France, de Geoffrey Couanon", at(15, "20:00"), at(15, "22:30"), "Café des Images",
              P("Café des Images", "4 square du Théâtre", "14200", "Hérouville-Saint-Clair"))
f.on_agenda("cine-herouville", 9009, "Projection-débat « Douce France »", [(at(15, "20:00"), at(15, "22:30"))], "Café des images",
            A("Cinéma Café des Images", "4 square du Théâtre", "14200", "Hérouville-Saint-Clair", insee=HSC),
            description=OA("Projection du documentaire suivie d'un débat avec des paysans et des jeunes du territoire."))
f.in_calendar("cine-herouville", "cine-doucefrance-hsc@reseau-ess-normandie.fr", SZ(15, "20:00"), SUM("Ciné-débat Douce France"), LOC("Café des Images"))

# the CAE's information meeting every Tuesday afternoon (8, 15, 22, 29): RRULE, the platform two sessions, the form one
CAE = {f"2022-11-{d:02d}": f"cae-caen-{d}" for d in (8, 15, 22, 29)}
f.in_calendar(CAE, "info-cae-elancreateur@reseau-ess-normandie.fr", SZ(8, "14:00"), EZ(8, "16:00"), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",
              SUM("Réunion d'information collective - CAE Elan Créateur"), LOC("Elan Créateur, 2 rue du Rouvre, Caen"))
f.on_platform("cae-caen-8", 10, "Entreprendre en coopérative : réunion d'information", at(8, "14:00"), at(8, "16:00"), "Elan Créateur",
              P("Elan Créateur", "2 rue du Rouvre", "14000", "Caen"))
f.on_platform("cae-caen-22", 11, "Entreprendre en coopérative : réunion d'information", at(22, "14:00"), at(22, "16:00"), "Elan Créateur",
              P("Elan Créateur", "2 rue du Rouvre", "14000", "Caen"))
R("cae-caen-15", "Elan Créateur (CAE)", "Réunion d'info CAE", "15/11/2022", "14h-16h", "", "2 rue du Rouvre", "14000", "Caen")

# four job datings on Tuesday 22 morning: Caen here, Rouen, Saint-Lô and Flers below
f.on_platform("jobdating-caen", 12, "Job dating de l'ESS : l'ESS recrute à Caen", at(22, "09:00"), at(22, "12:30"), "Caen la Mer",
              P("Centre de congrès de Caen", "13 avenue Albert Sorel", "14000", "Caen"),
              description="Rencontrez en entretiens courts des associations, coopératives et structures d'insertion qui recrutent.")
f.on_agenda("jobdating-caen", 9012, "Mois de l'ESS – Job dating « L'ESS recrute ! »", [(at(22, "09:00"), at(22, "12:30"))],
            "Communauté urbaine Caen la Mer et Pôle emploi", A("Centre des congrès", "13 Avenue Albert Sorel", "14000", "Caen", insee=CAEN))
R("jobdating-caen", "CU Caen la mer", "Job-dating ESS", "22/11/2022", "9h-12h30", "Centre de Congrès", "13 av Albert Sorel", "14000", "CAEN")

# three webinars on Tuesday 8 morning
f.on_platform("web-fan", 13, "Webinaire : financer son projet ESS avec France Active", at(8, "10:00"), at(8, "11:30"),
              "France Active Normandie", ONLINE, modality="En ligne")
f.on_agenda("web-fan", 9013, "Financer son projet d'ESS : les outils de France Active (webinaire)", [(at(8, "10:00"), at(8, "11:30"))],
            "France Active Normandie", {}, mode=2, onlineAccessLink=ZOOM_FAN)
f.in_calendar("web-fan", "webinaire-fan-0811@reseau-ess-normandie.fr", SZ(8, "10:00"), EZ(8, "11:30"),
              SUM("Webinaire France Active : financer son projet"), f"URL:{ZOOM_FAN}")
R("web-fan", "FAN", "Webinaire financement", "08/11/2022", "10h-11h30", "", "", "", "", "En ligne")
f.on_platform("web-urscop", 14, "Webinaire : transmettre son entreprise à ses salariés en Scop", at(8, "10:00"), at(8, "11:00"),
              "Union régionale des Scop et Scic de l'Ouest", ONLINE, modality="En ligne")
f.in_calendar("web-urscop", "webinaire-transmission-scop-0811@reseau-ess-normandie.fr", S(8, "10:00"), E(8, "11:00"),
              SUM("Transmission en Scop (webinaire)"), f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_URSCOP}", ORG("URSCOP Ouest", "ouest@scop.coop"))
f.on_agenda("web-lma", 9015, "Association employeuse : les bases du droit du travail (visio)", [(at(8, "11:00"), at(8, "12:00"))],
            "Le Mouvement associatif Normandie", {}, mode=2, onlineAccessLink=ZOOM_LMA)
R("web-lma", "LMA Normandie", "Droit du travail associatif", "08/11/2022", "11h", "", "", "", "", "Visio")

# Le Dôme on Thursday 24: low-tech workshop in the morning, conference in the afternoon
DOME = P("Le Dôme", "3 esplanade Stéphane Hessel", "14000", "Caen")
f.on_platform("dome-lowtech", 16, "Atelier low-tech : fabriquer son four solaire", at(24, "10:00"), at(24, "12:00"), "Relais d'sciences", DOME)
R("dome-lowtech", "Relais d'sciences", "Atelier low tech four solaire", "24/11/2022", "10h-12h", "Le Dôme", "", "14000", "Caen")
f.on_agenda("dome-conf", 9016, "Conférence : sciences participatives et économie sociale", [(at(24, "14:00"), at(24, "16:00"))], "Relais d'sciences",
            A("Le Dôme", "3 esplanade Stéphane Hessel", "14000", "Caen", insee=CAEN))
f.in_calendar("dome-conf", "conf-sciences-participatives@reseau-ess-normandie.fr", S(24, "14:00"), E(24, "16:00"),
              SUM("Sciences participatives & ESS : conférence"), LOC("Dôme, presqu'île de Caen"))

# campus 1 on Thursday 24: internship forum in the afternoon, Enactus's evening conference
f.on_platform("stages-unicaen", 17, "Forum des stages et de l'alternance dans l'ESS", at(24, "13:30"), at(24, "17:00"), "Université de Caen Normandie",
              P("Campus 1 - Maison de l'étudiant", "Esplanade de la Paix", "14032", "Caen Cedex 5"))
f.in_calendar("stages-unicaen", "forum-stages-ess-unicaen@reseau-ess-normandie.fr", SZ(24, "13:30"), EZ(24, "17:00"),
              SUM("Forum stages & alternance ESS"), LOC("Campus 1, Université de Caen"))
R("stages-unicaen", "Unicaen", "Forum stages ESS", "24/11/2022", "13h30-17h", "Maison de l'étudiant", "esplanade de la Paix", "14000", "Caen")
f.on_agenda("enactus-caen", 9017, "Entrepreneuriat social étudiant : conférence-témoignages", [(at(24, "18:00"), at(24, "20:00"))],
            "Enactus Caen", A("Université de Caen - Amphi Pierre Daure", "Esplanade de la Paix", "14000", "Caen", insee=CAEN))

# two-day market of makers at Le WIP, Colombelles (26-27): platform span, agenda two timings, calendar one VEVENT a day, form one row
WIP = P("Le Wip", "Grande Halle, 23 rue de la Grande Halle", "14460", "Colombelles")
f.on_platform("marche-wip", 18, "Marché de Noël solidaire et créatif du WIP", at(26, "10:00"), at(27, "18:00"), "Le Wip", WIP)
f.on_agenda("marche-wip", 9018, "Marché solidaire de Noël", [(at(26, "10:00"), at(26, "19:00")), (at(27, "10:00"), at(27, "18:00"))],
            "WIP Colombelles", A("Le WIP - Grande Halle", "23 rue de la Grande Halle", "14460", "Colombelles", insee=COLOMB))
f.in_calendar("marche-wip", "marche-noel-wip-j1@reseau-ess-normandie.fr", SD(26), ED(26), SUM("Marché de Noël solidaire (samedi)"), LOC("Le Wip"))
f.in_calendar("marche-wip", "marche-noel-wip-j2@reseau-ess-normandie.fr", SD(27), ED(27), SUM("Marché de Noël solidaire (dimanche)"), LOC("Le Wip"))
R("marche-wip", "Le WIP", "Marché de Noël solidaire", "26/11/2022", "Toute la journée", "Grande Halle du WIP", "", "14460", "Colombelles")

# afterworks on Thursday 10 evening: Caen here, Rouen and Le Havre below
f.on_platform("afterwork-caen", 19, "Afterwork des entrepreneurs sociaux", at(10, "18:30"), at(10, "21:00"), "Mouves Normandie",
              P("Le Pavillon", "10 quai François Mitterrand", "14000", "Caen"))
f.in_calendar("afterwork-caen", "afterwork-mouves-caen@reseau-ess-normandie.fr", SZ(10, "18:30"), SUM("Afterwork entrepreneuriat social"), LOC("Caen"))

# zero-waste sewing workshop at the Pierre Heuzé every Wednesday (9, 16, 23)
COUTURE = {f"2022-11-{d:02d}": f"couture-{d}" for d in (9, 16, 23)}
f.in_calendar(COUTURE, "couture-zd-pierreheuze@reseau-ess-normandie.fr", S(9, "14:00"), E(9, "16:00"), "RRULE:FREQ=WEEKLY;COUNT=3",
              SUM("Atelier couture zéro déchet"), LOC("Pierre Heuzé"))
f.on_agenda("couture-16", 9020, "Couture zéro déchet : sacs à vrac et lingettes", [(at(16, "14:00"), at(16, "16:00"))],
            "Centre socioculturel de la Pierre Heuzé", A("CSC Pierre Heuzé", "3 rue des Compagnons", "14000", "Caen", insee=CAEN))
R("couture-9", "CSC Pierre Heuzé", "Atelier couture zéro déchet", "09/11/2022", "14h-16h", "CSC", "3 rue des Compagnons", "14000", "Caen")
R("couture-23", "CSC Pierre Heuzé", "Atelier couture zéro déchet", "23/11/2022", "14h-16h", "CSC", "3 rue des Compagnons", "14000", "Caen")
R("cosmetiques-ph", "CSC Pierre Heuzé", "Atelier cosmétiques maison", "10/11/2022", "18h-20h", "CSC de la Pierre Heuzé", "3 rue des Compagnons",
  "14000", "Caen")

# disco soupe at the Friday market of Saint-Sauveur
f.on_agenda("discosoupe-caen", 9021, "Disco Soupe au marché Saint-Sauveur", [(at(18, "11:00"), at(18, "14:00"))], "Disco Soupe Caen",
            A("Place Saint-Sauveur", "Place Saint-Sauveur", "14000", "Caen", insee=CAEN))
f.in_calendar("discosoupe-caen", "disco-soupe-stsauveur@reseau-ess-normandie.fr", SF(18, "11:00"), EF(18, "14:00"), SUM("Disco soupe anti-gaspi"),
              LOC("Marché Saint-Sauveur"))

# Caen la Mer on Tuesday 29 at its seat: conference in the morning, workshop for SIAE in the afternoon
CLM = P("Hôtel de la Communauté urbaine", "16 rue Rosa Parks", "14000", "Caen")
f.on_platform("clm-achats", 22, "Conférence : la commande publique responsable, levier pour l'ESS", at(29, "09:00"), at(29, "12:00"),
              "Caen la Mer", CLM)
R("clm-achats", "Caen la mer", "Commande publique responsable", "29/11/2022", "matin", "Caen la mer", "16 rue Rosa Parks", "14027",
  "Caen Cedex 9")
f.on_agenda("clm-siae", 9023, "Atelier : répondre à un marché public quand on est une SIAE", [(at(29, "14:00"), at(29, "16:30"))],
            "Caen la Mer", A("Communauté urbaine Caen la mer", "16 rue Rosa Parks", "14000", "Caen", insee=CAEN))
R("clm-siae", "Caen la mer", "Atelier marchés publics SIAE", "29/11/2022", "après-midi", "Caen la mer", "16 rue Rosa Parks", "14027", "Caen Cedex 9")

# the Bibliothèque Alexis de Tocqueville: an exhibition over three weeks, its opening evening, a talk on Saturday 19
TOCQ = P("Bibliothèque Alexis de Tocqueville", "15 quai François Mitterrand", "14000", "Caen")
f.on_platform("expo-tocq", 24, "Exposition : l'ESS en Normandie, 30 portraits", at(8, "10:00"), at(26, "18:00"), "CRESS Normandie", TOCQ)
f.on_agenda("expo-tocq", 9024, "« 30 portraits de l'ESS normande » : exposition photo", [(at(8, "10:00"), at(8, "19:00")),
            (at(15, "10:00"), at(15, "19:00")), (at(22, "10:00"), at(22, "19:00"))], "CRESS Normandie",
            A("Bibliothèque Alexis de Tocqueville", "15 quai François Mitterrand", "14000", "Caen", insee=CAEN))
f.in_calendar("vernissage-tocq", "vernissage-portraits-ess@reseau-ess-normandie.fr", S(8, "18:00"), E(8, "20:00"),
              SUM("Vernissage de l'exposition 30 portraits de l'ESS"), LOC("Bibliothèque Tocqueville, Caen"))
R("vernissage-tocq", "CRESS Normandie", "Vernissage expo 30 portraits", "08/11/2022", "18h", "Bibliothèque Alexis de Tocqueville", "", "14000", "Caen")
f.on_agenda("tocq-conf", 9025, "Rencontre : l'ESS à l'heure du numérique", [(at(19, "15:00"), at(19, "16:30"))], "Bibliothèques de Caen la mer",
            A("Bibliothèque Alexis de Tocqueville - auditorium", "15 quai François Mitterrand", "14000", "Caen", insee=CAEN))
f.in_calendar("tocq-conf", "rencontre-ess-numerique@reseau-ess-normandie.fr", S(19, "15:00"), E(19, "16:30"), SUM("L'ESS et le numérique : rencontre"),
              LOC("15 quai François Mitterrand, 14000 Caen"))

# Hérouville on Saturday 12: the associations' forum, a compost workshop at a garden
f.on_platform("forum-herouville", 26, "Forum des associations et de l'ESS", at(12, "10:00"), at(12, "17:00"), "Ville d'Hérouville-Saint-Clair",
              P("Espace Pierre Mendès-France", "Place François Mitterrand", "14200", "Hérouville-Saint-Clair"))
f.on_agenda("forum-herouville", 9026, "Forum associatif hérouvillais", [(at(12, "10:00"), at(12, "17:00"))], "Hérouville-Saint-Clair",
            A("Espace Pierre Mendès-France", "Place François Mitterrand", "14200", "Hérouville-Saint-Clair", insee=HSC))
f.in_calendar("forum-herouville", "forum-asso-herouville@reseau-ess-normandie.fr", SD(12), SUM("Forum des assos et de l'ESS d'Hérouville"),
              LOC("Hérouville"))
R("compost-herouville", "Jardin partagé des Belles Portes", "Atelier compost", "12/11/2022", "10h-12h", "Jardin partagé", "Quartier des Belles Portes",
  "14200", "Hérouville-Saint-Clair")

# tiers-lieux conference at Le WIP, Wednesday 16; its open doors, Saturday 5
f.on_platform("wip-conf", 28, "Conférence : les tiers-lieux, fabriques de territoire", at(16, "18:00"), at(16, "20:00"), "Tiers-Lieux Normandie", WIP)
f.on_agenda("wip-conf", 9028, "Tiers-lieux et territoires : conférence", [(at(16, "18:00"), at(16, "20:00"))], "Réseau des tiers-lieux normands",
            A("Le WIP", "23 rue de la Grande Halle", "14460", "Colombelles", insee=COLOMB))
f.in_calendar("wip-po", "po-wip@reseau-ess-normandie.fr", S(5, "14:00"), E(5, "18:00"), SUM("Portes ouvertes du Wip"), LOC("Colombelles"))
R("wip-po", "Le Wip", "Portes ouvertes", "05/11/2022", "14h-18h", "Le Wip", "", "14460", "Colombelles")

# la Grâce de Dieu's solidarity grocery, Friday 25
f.on_platform("epicerie-grace", 30, "Inauguration de l'épicerie solidaire de la Grâce de Dieu", at(25, "14:30"), at(25, "16:30"), "Épicerie solidaire Grâce de Dieu",
              P("Épicerie solidaire", "12 rue de Bruxelles", "14000", "Caen"))
R("epicerie-grace", "Épicerie sociale et solidaire de la Grâce de Dieu", "Inauguration épicerie solidaire", "25/11/2022", "14h30", "", "12, rue de Bruxelles",
  "14 000", "CAEN")

# la Guérinière on Monday 14: employment café in the morning, CV workshop in the afternoon
f.on_agenda("cv-gueriniere", 9031, "Atelier CV et lettre de motivation", [(at(14, "14:00"), at(14, "16:00"))], "Ares Normandie",
            A("Centre socioculturel de la Guérinière", "10 rue de l'Avenir", "14000", "Caen", insee=CAEN))
R("cafe-emploi-gueriniere", "CSC CAF Guérinière", "Café emploi de l'ESS", "14/11/2022", "9h30-11h30", "Centre socioculturel", "10 rue de l'Avenir",
  "14000", "Caen")
f.in_calendar("cafe-emploi-gueriniere", "cafe-emploi-gueriniere@reseau-ess-normandie.fr", S(14, "09:30"), E(14, "11:30"), SUM("Café emploi ESS"),
              LOC("CSC de la Guérinière"))

# volunteers' aperitif (calendar alone), URSCOP's training (platform and form)
f.in_calendar("apero-benevoles-caen", "apero-benevoles-caen@reseau-ess-normandie.fr", SF(25, "18:30"), EF(25, "20:30"), SUM("Apéro des bénévoles"),
              LOC("Maison des associations, Caen"))
f.on_platform("formation-scic", 34, "Formation : la gouvernance partagée en Scic", at(9, "09:00"), at(9, "17:00"), "URSCOP Ouest",
              P("Maison des Scop", "3 rue du Docteur Laënnec", "14200", "Hérouville-Saint-Clair"))
R("formation-scic", "Union régionale des Scop de l'Ouest", "Formation gouvernance SCIC", "09/11/2022", "Toute la journée", "", "3 rue du Dr Laennec",
  "14200", "Hérouville St Clair")

# Les Dérailleurs' bike workshop every Wednesday evening (9, 16, 23, 30)
VELO_CAEN = {f"2022-11-{d:02d}": f"velo-caen-{d}" for d in (9, 16, 23, 30)}
f.in_calendar(VELO_CAEN, "atelier-velo-derailleurs@reseau-ess-normandie.fr", SZ(9, "17:30"), EZ(9, "19:30"), "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4",
              SUM("Atelier vélo participatif"), LOC("Les Dérailleurs, Caen"))
f.on_platform("velo-caen-16", 35, "Atelier d'autoréparation vélo", at(16, "17:30"), at(16, "19:30"), "Les Dérailleurs",
              P("Les Dérailleurs", "54 quai Amiral Hamelin", "14000", "Caen"))
R("velo-caen-30", "Dérailleurs", "Atelier vélo", "30/11/2022", "17h30-19h30", "Les Dérailleurs", "54 quai Amiral Hamelin", "14000", "Caen")

# a plant swap (agenda alone), an urban walk in the Chemin Vert (agenda alone)
f.on_agenda("troc-plantes-caen", 9036, "Troc de plantes et de graines", [(at(20, "10:00"), at(20, "12:30"))], "Les Incroyables Comestibles Caen",
            A("Jardin des plantes", "5 place Blot", "14000", "Caen", insee=CAEN))
f.on_agenda("balade-cheminvert", 9037, "Balade urbaine : l'ESS au Chemin Vert", [(at(5, "10:00"), at(5, "12:00"))], "Maison de quartier du Chemin Vert",
            A("Maison de quartier du Chemin Vert", "2 rue Léon Blum", "14000", "Caen", insee=CAEN))

# the conference on Normandy's local currency: Rouen on Wednesday 9, Caen on Wednesday 23
f.on_platform("rollon-rouen", 38, "Conférence : le Rollon, la monnaie locale normande", at(9, "19:00"), at(9, "21:00"), "Le Rollon",
              P("Halle aux Toiles", "Place de la Basse-Vieille-Tour", "76000", "Rouen"))
f.in_calendar("rollon-rouen", "conf-rollon-rouen@reseau-ess-normandie.fr", S(9, "19:00"), E(9, "21:00"), SUM("Le Rollon : conférence"), LOC("Rouen"))
f.on_agenda("rollon-caen", 9039, "Conférence : une monnaie locale pour la Normandie, le Rollon", [(at(23, "19:00"), at(23, "21:00"))], "Le Rollon",
            A("Maison des associations de Caen", "12 avenue de la Libération", "14000", "Caen", insee=CAEN))
R("rollon-caen", "Association Le Rollon", "Conférence monnaie locale", "23/11/2022", "19h-21h", "MDA Caen", "", "14000", "Caen")

# France Active's breakfast of solidarity financers, Thursday 24 (form with a Cedex code)
f.on_platform("pdj-financeurs", 40, "Petit-déjeuner des financeurs solidaires", at(24, "08:30"), at(24, "10:00"), "France Active Normandie", ABBAYE)
R("pdj-financeurs", "France Active Normandie", "P'tit déj financeurs", "24/11/2022", "8h30-10h", "Abbaye-aux-Dames", "place Reine Mathilde", "14035",
  "Caen Cedex 1")

# Hérouville: digital help desk (16), associations' café (29)
f.in_calendar("numerique-herouville", "permanence-numerique-hsc@reseau-ess-normandie.fr", S(16, "14:00"), E(16, "17:00"),
              SUM("Permanence numérique solidaire"), LOC("Espace Citoyen, Hérouville"))
R("numerique-herouville", "Emmaüs Connect", "Permanence numérique", "16/11/2022", "14h-17h", "Espace citoyen", "", "14200", "Herouville-Saint-Clair")
f.on_agenda("cafe-asso-herouville", 9042, "Café des associations", [(at(29, "18:00"), at(29, "20:00"))], "Hérouville Associations",
            A("Maison des associations d'Hérouville", "Place de l'Europe", "14200", "Hérouville-Saint-Clair", insee=HSC))

# closing evening at Le WIP, Wednesday 30, four sources
f.on_platform("cloture", 43, "Soirée de clôture du Mois de l'ESS en Normandie", at(30, "18:00"), at(30, "21:00"), "CRESS Normandie", WIP)
f.on_agenda("cloture", 9043, "Clôture du Mois de l'ESS 2022", [(at(30, "18:00"), at(30, "21:00"))], "CRESS Normandie",
            A("Le WIP", "23 rue de la Grande Halle", "14460", "Colombelles", insee=COLOMB))
f.in_calendar("cloture", "cloture-mois-ess-2022@reseau-ess-normandie.fr", SZ(30, "18:00"), EZ(30, "21:00"), SUM("Mois de l'ESS - soirée de clôture"),
              LOC("Le Wip, Colombelles"))
R("cloture", "CRESS", "Mois de l'ESS - soirée de clôture", "30/11/2022", "18h", "Le WIP", "", "14460", "Colombelles")

# ───────────────────────── Rouen, Mont-Saint-Aignan, Elbeuf and the métropole ─────────────────────────

# Fresque du Climat at the Atrium, Thursday 17 evening
f.on_platform("fresque-rouen", 44, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("L'Atrium", "115 boulevard de l'Europe", "76100", "Rouen"))
R("fresque-rouen", "Fresque du Climat Rouen", "Atelier Fresque du climat", "17/11/2022", "18h30-21h30", "Atrium", "115 bd de l'Europe", "76100", "Rouen")

# repair cafés on Saturday 19 afternoon: Saint-Sever and the Hauts-de-Rouen; Grammont on Saturday 26
f.on_agenda("rc-stsever", 9045, "Repair Café Saint-Sever", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Rouen rive gauche",
            A("Maison de quartier Saint-Sever", "10 rue Saint-Julien", "76100", "Rouen", insee=ROUEN))
f.in_calendar("rc-stsever", "rc-stsever-1911@reseau-ess-normandie.fr", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair café"), LOC("Saint-Sever, Rouen"))
f.on_platform("rc-hauts", 46, "Repair Café des Hauts-de-Rouen", at(19, "14:00"), at(19, "17:00"), "Centre social Malraux",
              P("Centre André Malraux", "Rue François Couperin", "76000", "Rouen"))
R("rc-hauts", "Réseau des Repair Cafés normands", "Repair café Hauts de Rouen", "19/11/2022", "14h-17h", "Centre Malraux", "rue François Couperin",
  "76000", "Rouen")
f.in_calendar("rc-grammont", "rc-grammont-2611@reseau-ess-normandie.fr", S(26, "14:00"), E(26, "17:00"), SUM("Repair Café Grammont"), LOC("Grammont"))
R("rc-grammont", "Centre social Grammont", "Repair café", "26/11/2022", "14h-17h", "Centre social", "Rue Mustel", "76100", "ROUEN")

# Guidoline's bike workshop every Saturday afternoon (5, 12, 19, 26), rive gauche, the day of the Saint-Sever repair café
VELO_ROUEN = {f"2022-11-{d:02d}": f"velo-rouen-{d}" for d in (5, 12, 19, 26)}
f.in_calendar(VELO_ROUEN, "atelier-guidoline@reseau-ess-normandie.fr", SZ(5, "14:00"), EZ(5, "18:00"), "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4",
              SUM("Atelier vélo participatif Guidoline"), LOC("Guidoline, Saint-Sever"))
f.on_platform("velo-rouen-19", 48, "Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "18:00"), "Guidoline",
              P("Guidoline", "2 rue Malherbe", "76100", "Rouen"))
f.on_agenda("velo-rouen-12", 9048, "Répare ton vélo avec Guidoline", [(at(12, "14:00"), at(12, "18:00"))], "Guidoline",
            A("Atelier Guidoline", "2 rue Malherbe", "76100", "Rouen", insee=ROUEN))

# the two-day salon « Made in ESS » at the Halle aux Toiles (18-19)
HALLE = P("Halle aux Toiles", "Place de la Basse-Vieille-Tour", "76000", "Rouen")
f.on_platform("salon-rouen", 49, "Salon Made in ESS : consommer local et solidaire", at(18, "10:00"), at(19, "18:00"), "Métropole Rouen Normandie", HALLE)
f.on_agenda("salon-rouen", 9049, "Salon « Made in ESS » 2022", [(at(18, "10:00"), at(18, "19:00")), (at(19, "10:00"), at(19, "18:00"))],
            "Métropole Rouen Normandie", A("Halle aux Toiles", "Place de la Basse Vieille Tour", "76000", "Rouen", insee=ROUEN))
f.in_calendar("salon-rouen", "salon-made-in-ess@reseau-ess-normandie.fr", S(18, "10:00"), E(19, "18:00"), SUM("Salon Made in ESS (2 jours)"),
              LOC("Halle aux Toiles, Rouen"))
R("salon-rouen", "Métropole Rouen Normandie", "Salon Made in ESS", "18/11/2022", "10h-18h", "Halle aux toiles", "", "76000", "Rouen")

# Le 106 on Saturday 12: round table in the afternoon, solidarity concert in the evening
S106 = P("Le 106", "Quai Jean de Béthencourt", "76100", "Rouen")
f.on_platform("table-106", 50, "Table ronde : musiques actuelles et économie sociale et solidaire", at(12, "14:00"), at(12, "17:00"), "Le 106", S106)
f.on_agenda("table-106", 9050, "Musiques actuelles & ESS : table ronde", [(at(12, "14:00"), at(12, "17:00"))], "SMAC Le 106",
            A("Le 106", "Quai Jean de Béthencourt", "76100", "Rouen", insee=ROUEN))
f.in_calendar("concert-106", "concert-solidaire-106@reseau-ess-normandie.fr", S(12, "20:00"), E(12, "23:30"), SUM("Concert solidaire"), LOC("Le 106"))
R("concert-106", "Le 106", "Concert solidaire au profit des Restos du cœur", "12/11/2022", "20h", "Le 106", "quai Jean de Béthencourt", "76100", "Rouen")

# the ESS prizes of Normandie, Tuesday 29, Hôtel de Région in Rouen, four sources
HDR = P("Hôtel de Région", "5 rue Robert Schuman", "76000", "Rouen")
f.on_platform("prix-ess", 52, "Cérémonie des Prix de l'ESS Normandie", at(29, "18:00"), at(29, "20:30"), "CRESS Normandie", HDR)
f.on_agenda("prix-ess", 9052, "Remise des Prix de l'économie sociale et solidaire 2022", [(at(29, "18:00"), at(29, "20:30"))], "CRESS Normandie",
            A("Hôtel de Région", "5 rue Schuman", "76174", "Rouen Cedex 1", insee=ROUEN))
f.in_calendar("prix-ess", "prix-ess-normandie-2022@reseau-ess-normandie.fr", SZ(29, "18:00"), EZ(29, "20:30"), SUM("Prix de l'ESS - remise des prix"),
              LOC("Hôtel de Région Normandie, 5 rue Robert Schuman, Rouen"))
R("prix-ess", "CRESS Normandie", "Prix ESS 2022", "29/11/2022", "18h-20h30", "Hôtel de Région", "5 rue Robert Schuman", "76174", "Rouen Cedex")

# job dating in Rouen, Tuesday 22 morning (same morning as Caen)
f.on_platform("jobdating-rouen", 53, "Job dating de l'ESS", at(22, "09:00"), at(22, "12:00"), "Pôle emploi Rouen",
              P("Kindarena", "40 rue de Lillebonne", "76000", "Rouen"))
R("jobdating-rouen", "Pôle Emploi Rouen Saint-Sever", "Job dating ESS", "22/11/2022", "matin", "Kindarena", "40 rue de Lillebonne", "76000", "Rouen")

# the film at the Omnia, Tuesday 15
f.on_agenda("cine-rouen", 9054, "Ciné-débat « Douce France »", [(at(15, "20:00"), at(15, "22:30"))], "Alternatiba Rouen",
            A("Cinéma Omnia République", "28 rue de la République", "76000", "Rouen", insee=ROUEN))
R("cine-rouen", "Alternatiba Rouen", "Projection débat Douce France", "15/11/2022", "20h", "Omnia", "28 rue de la République", "76000", "Rouen")

# two webinars on Tuesday 15 at 11:00 by two networks
f.on_agenda("web-achats", 9055, "Webinaire : le guide des achats responsables auprès de l'ESS", [(at(15, "11:00"), at(15, "12:00"))],
            "CRESS Normandie", {}, mode=2, onlineAccessLink=ZOOM_CRESS)
f.in_calendar("web-achats", "webinaire-achats-responsables@reseau-ess-normandie.fr", S(15, "11:00"), E(15, "12:00"),
              SUM("Achats responsables : webinaire de la CRESS"), LOC("Visioconférence"), f"URL:{ZOOM_CRESS}")
R("web-achats", "CRESS Normandie", "Webinaire achats responsables", "15/11/2022", "11h-12h", "Webinaire", "", "", "", "Distanciel")
f.on_platform("web-mecenat", 56, "Webinaire : mécénat et dons, les bons réflexes pour les associations", at(15, "11:00"), at(15, "12:00"),
              "Le Mouvement associatif Normandie", ONLINE, modality="En ligne")
R("web-mecenat", "Mouvement associatif de Normandie", "Webinaire mécénat", "15/11/2022", "11h", "", "", "", "", "En ligne")

# afterwork in Rouen, Thursday 10 (same evening as Caen)
f.on_agenda("afterwork-rouen", 9057, "Afterwork ESS rouennais", [(at(10, "18:30"), at(10, "20:30"))], "Réseau Entreprendre Seine-Estuaire",
            A("Hangar 23", "Boulevard Émile Duchemin", "76000", "Rouen", insee=ROUEN))
R("afterwork-rouen", "Réseau Entreprendre", "Afterwork ESS", "10/11/2022", "18h30-20h30", "Hangar 23", "bd Emile Duchemin", "76000", "Rouen")

# the fortnightly CAE meeting in Rouen (10 and 24): RRULE, the form one session
CAE_ROUEN = {"2022-11-10": "cae-rouen-10", "2022-11-24": "cae-rouen-24"}
f.in_calendar(CAE_ROUEN, "info-cae-rouen@reseau-ess-normandie.fr", S(10, "09:30"), E(10, "11:30"), "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2",
              SUM("Réunion d'information CAE"), LOC("Pôle ESS, 11 rue de la Champmeslé, Rouen"))
R("cae-rouen-24", "Coopérative d'activité et d'emploi Crescendo", "Info collective CAE", "24/11/2022", "9h30-11h30", "", "11 rue de la Champmeslé",
  "76000", "Rouen")

# the Hauts-de-Rouen on Wednesday 16: employment forum in the morning, visit of a work site in the afternoon
f.on_platform("forum-hauts", 59, "Forum emploi et insertion des Hauts-de-Rouen", at(16, "09:00"), at(16, "12:00"), "Ville de Rouen",
              P("Centre André Malraux", "Rue François Couperin", "76000", "Rouen"))
f.in_calendar("forum-hauts", "forum-insertion-hauts-rouen@reseau-ess-normandie.fr", SZ(16, "09:00"), EZ(16, "12:00"), SUM("Forum insertion"),
              LOC("Hauts-de-Rouen"))
R("visite-chantier-hauts", "Réseau IAE Normandie", "Visite d'un chantier d'insertion", "16/11/2022", "14h", "Jardins du Plateau", "", "76000", "Rouen")

# Mont-Saint-Aignan on Thursday 17: engagement forum all day, a conference in the afternoon
f.on_agenda("forum-msa", 9061, "Forum de l'engagement étudiant", [(at(17, "10:00"), at(17, "16:00"))], "Université de Rouen Normandie",
            A("Maison de l'Université", "2 place Émile Blondel", "76130", "Mont-Saint-Aignan", insee=MSA))
R("forum-msa", "Univ. Rouen", "Forum engagement étudiant", "17/11/2022", "10h-16h", "Maison de l'université", "", "76130", "Mont-St-Aignan")
f.on_platform("conf-msa", 62, "Conférence : coopératives et transition écologique", at(17, "14:00"), at(17, "16:00"), "Université de Rouen - IAE",
              P("Maison de l'Université", "2 place Émile Blondel", "76130", "Mont-Saint-Aignan"))

# farmers' market (agenda alone), table ronde at the Hôtel de Région (three sources)
f.on_agenda("marche-rouen", 9063, "Marché des producteurs et de l'ESS", [(at(12, "09:00"), at(12, "13:00"))], "Rouen en transition",
            A("Place Saint-Marc", "Place Saint-Marc", "76000", "Rouen", insee=ROUEN))
f.on_platform("iae-region", 64, "Table ronde : l'insertion par l'activité économique en Normandie", at(21, "14:00"), at(21, "17:00"),
              "Région Normandie", HDR)
f.on_agenda("iae-region", 9064, "L'IAE en Normandie : table ronde régionale", [(at(21, "14:00"), at(21, "17:00"))], "Région Normandie",
            A("Hôtel de Région", "5 rue Robert Schuman", "76000", "Rouen", insee=ROUEN))
f.in_calendar("iae-region", "table-ronde-iae@reseau-ess-normandie.fr", S(21, "14:00"), E(21, "17:00"), SUM("Table ronde IAE"),
              LOC("5 rue Robert Schuman, 76000 Rouen"))

# budget workshops of Crésus the same Thursday 17 afternoon in two quarters
f.in_calendar("budget-hauts", "atelier-budget-hauts@reseau-ess-normandie.fr", S(17, "14:00"), E(17, "16:00"), SUM("Atelier budget"),
              LOC("Centre social (Rouen - Hauts-de-Rouen)"))
R("budget-hauts", "Crésus Normandie", "Atelier budget", "17/11/2022", "14h-16h", "Centre André Malraux", "", "76000", "Rouen")
f.in_calendar("budget-stsever", "atelier-budget-stsever@reseau-ess-normandie.fr", S(17, "14:00"), E(17, "16:00"), SUM("Atelier budget"),
              LOC("Maison de quartier Saint-Sever, Rouen"))

# Emmaüs open day (26), friperie (26), students' escape game (18), film in the Hauts (25)
f.in_calendar("emmaus-rouen", "po-emmaus-rouen@reseau-ess-normandie.fr", SD(26), SUM("Portes ouvertes Emmaüs"), LOC("Communauté Emmaüs, Rouen"))
R("emmaus-rouen", "Emmaüs Rouen", "Journée portes ouvertes", "26/11/2022", "Toute la journée", "Communauté Emmaüs", "213 route de Lyons-la-Forêt",
  "76000", "Rouen")
f.on_agenda("friperie-stsever", 9069, "Friperie solidaire éphémère", [(at(26, "10:00"), at(26, "18:00"))], "La Chiffo",
            A("Centre commercial Saint-Sever - mail", "Avenue de Bretagne", "76100", "Rouen", insee=ROUEN))
f.in_calendar("escape-rouen", "escape-game-ess@reseau-ess-normandie.fr", SF(18, "19:00"), EF(18, "21:00"), SUM("Escape game de l'ESS"),
              LOC("Maison de l'Université - Mont-Saint-Aignan (76)"))
f.on_platform("cine-hauts", 71, "Projection : « Les Invisibles » et échanges", at(25, "18:00"), at(25, "20:30"), "Centre social Malraux",
              P("Centre André Malraux", "Rue François Couperin", "76000", "Rouen"))

# Elbeuf: conference at the Fabrique des Savoirs (25), repair café (19); Saint-Étienne-du-Rouvray's recyclerie (16)
f.on_platform("elbeuf-conf", 72, "Conférence : l'histoire des coopératives drapières d'Elbeuf", at(25, "18:00"), at(25, "19:30"),
              "Métropole Rouen Normandie", P("La Fabrique des Savoirs", "7 cours Gambetta", "76500", "Elbeuf"))
f.in_calendar("elbeuf-conf", "conf-cooperatives-elbeuf@reseau-ess-normandie.fr", S(25, "18:00"), E(25, "19:30"), SUM("Les coopératives drapières : conférence"),
              LOC("Fabrique des Savoirs Elbeuf"))
f.on_agenda("rc-elbeuf", 9073, "Repair café d'Elbeuf", [(at(19, "14:00"), at(19, "17:00"))], "Elbeuf Répare",
            A("Centre social Mosaïque", "Rue Jean Jaurès", "76500", "Elbeuf", insee=ELBEUF))
f.in_calendar("rc-elbeuf", "rc-elbeuf-1911@reseau-ess-normandie.fr", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair Café"), LOC("Elbeuf"))
f.on_agenda("recyclerie-sterouvray", 9074, "Portes ouvertes de la recyclerie", [(at(16, "10:00"), at(16, "17:00"))], "Ressourcerie du Rouvray",
            A("Recyclerie", "Rue de Paris", "76800", "Saint-Étienne-du-Rouvray", insee="76575"))
R("recyclerie-sterouvray", "Ressourcerie du Rouvray", "PO recyclerie", "16/11/2022", "10h-17h", "", "rue de Paris", "76800", "St Etienne du Rouvray")

# a solidarity market in Le Grand-Quevilly (27), a disco soupe in Le Petit-Quevilly (26)
f.on_platform("marche-gq", 75, "Marché solidaire et artisanal", at(27, "10:00"), at(27, "17:00"), "Ville du Grand-Quevilly",
              P("Salle festive", "Rue de l'Aérostat", "76120", "Le Grand-Quevilly"))
f.on_agenda("marche-gq", 9075, "Marché artisanal et solidaire du Grand-Quevilly", [(at(27, "10:00"), at(27, "17:00"))], "Grand-Quevilly",
            A("Salle festive", "Rue de l'Aérostat", "76120", "Le Grand-Quevilly", insee="76322"))
f.in_calendar("discosoupe-pq", "disco-soupe-petit-quevilly@reseau-ess-normandie.fr", SF(26, "11:00"), EF(26, "14:00"), SUM("Disco soupe"),
              LOC("Place Henri Barbusse, Le Petit-Quevilly"))

# the morning employment café in Rouen, Monday 7
f.on_agenda("cafe-emploi-rouen", 9077, "Café emploi de l'ESS", [(at(7, "09:30"), at(7, "11:30"))], "Pôle ESS Rouen",
            A("Pôle ESS", "11 rue de la Champmeslé", "76000", "Rouen", insee=ROUEN))
R("cafe-emploi-rouen", "Pôle ESS Rouen", "Café emploi ESS", "07/11/2022", "9h30", "Pôle ESS", "11 rue de la Champmeslé", "76000", "Rouen")

# ───────────────────────── Le Havre, Fécamp, Dieppe, pays de Caux ─────────────────────────

# Fresque du Climat at the Bibliothèque Oscar Niemeyer, Thursday 17
f.on_agenda("fresque-havre", 9078, "Fresque du Climat", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Le Havre",
            A("Bibliothèque Oscar Niemeyer", "2 place Oscar Niemeyer", "76600", "Le Havre", insee=HAVRE))
f.in_calendar("fresque-havre", "fdc-lehavre-1711@reseau-ess-normandie.fr", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Atelier Fresque du Climat"),
              LOC("Le Havre"))

# the Tetris on Saturday 12: open doors in the afternoon, a concert in the evening
TETRIS = P("Le Tetris", "33 rue de Fontenoy", "76600", "Le Havre")
f.on_platform("tetris-po", 80, "Portes ouvertes du Tetris, fabrique de culture", at(12, "14:00"), at(12, "19:00"), "Papa's Production", TETRIS)
f.on_agenda("tetris-po", 9080, "Le Tetris ouvre ses portes", [(at(12, "14:00"), at(12, "19:00"))], "Le Tetris",
            A("Le Tetris - Fort de Tourneville", "33 rue du 329e RI", "76620", "Le Havre", insee=HAVRE))
f.in_calendar("tetris-po", "po-tetris@reseau-ess-normandie.fr", S(12, "14:00"), E(12, "19:00"), SUM("Portes ouvertes Tetris"),
              LOC("Fort de Tourneville, Le Havre"))
f.in_calendar("tetris-concert", "concert-tetris-1211@reseau-ess-normandie.fr", S(12, "20:30"), E(12, "23:30"), SUM("Concert solidaire au Tetris"),
              LOC("Le Tetris, Le Havre"))

# the ESS forum of Le Havre, Friday 25
f.on_platform("forum-havre", 82, "Forum de l'ESS havrais", at(25, "14:00"), at(25, "19:00"), "Le Havre Seine Métropole",
              P("Hôtel de Ville", "1517 place de l'Hôtel de Ville", "76600", "Le Havre"))
f.on_agenda("forum-havre", 9082, "Forum ESS Le Havre 2022", [(at(25, "14:00"), at(25, "19:00"))], "Le Havre Seine Métropole",
            A("Hôtel de ville du Havre", "Place de l'Hôtel de Ville", "76600", "Le Havre", insee=HAVRE))
R("forum-havre", "LHSM", "Forum ESS", "25/11/2022", "14h-19h", "Hôtel de ville", "", "76600", "LE HAVRE")

# repair café of Le Havre, Saturday 19 afternoon
f.on_platform("rc-havre", 83, "Repair Café", at(19, "14:00"), at(19, "17:00"), "Repair Café Le Havre",
              P("Centre social Jacques Monod", "Rue Jean-Jacques Rousseau", "76620", "Le Havre"))
R("rc-havre", "Repair Café LH", "Repair café", "19/11/2022", "14h-17h", "Centre social J. Monod", "", "76620", "Le Havre")

# the film at the Studio, Tuesday 15
f.on_platform("cine-havre", 84, "Ciné-débat Douce France", at(15, "20:15"), None, "Le Havre en transition",
              P("Cinéma Le Studio", "3 rue du Général Sarrail", "76600", "Le Havre"))
f.in_calendar("cine-havre", "cine-doucefrance-lh@reseau-ess-normandie.fr", S(15, "20:15"), SUM("Projection Douce France + débat"), LOC("Le Studio, Le Havre"))

# the university on Tuesday 22 (agenda alone), its forum on Wednesday 23
f.on_agenda("conf-univ-havre", 9085, "Conférence : l'entrepreneuriat social, pourquoi pas moi ?", [(at(22, "18:00"), at(22, "20:00"))],
            "Université Le Havre Normandie", A("Université Le Havre - Pôle Lebon", "25 rue Philippe Lebon", "76600", "Le Havre", insee=HAVRE))
f.on_agenda("forum-univ-havre", 9086, "Forum ESS & emploi pour les étudiants", [(at(23, "10:00"), at(23, "16:00"))], "Université Le Havre Normandie",
            A("Université Le Havre - Pôle Lebon", "25 rue Philippe Lebon", "76600", "Le Havre", insee=HAVRE))
R("forum-univ-havre", "ULHN", "Forum ESS et emploi", "23/11/2022", "10h-16h", "Pôle Lebon", "25 rue Philippe Lebon", "76600", "Le Havre")

# a one-day Christmas market in the Docks, Saturday 26 (the WIP's is two days)
f.in_calendar("marche-docks", "marche-noel-docks@reseau-ess-normandie.fr", S(26, "10:00"), E(26, "18:00"), SUM("Marché de Noël solidaire"),
              LOC("Docks Café, Le Havre"))
R("marche-docks", "Artisans du Monde Le Havre", "Marché de Noël solidaire", "26/11/2022", "10h-18h", "Docks Café", "Quai Frissard", "76600", "Le Havre")

# the Volcan's talk (24), Montivilliers' walk (20), Harfleur's compost workshop (5)
f.on_platform("volcan-conf", 88, "Rencontre : culture et économie solidaire", at(24, "19:00"), at(24, "21:00"), "Le Volcan, scène nationale",
              P("Le Volcan", "8 place Oscar Niemeyer", "76600", "Le Havre"))
f.in_calendar("volcan-conf", "rencontre-volcan@reseau-ess-normandie.fr", S(24, "19:00"), E(24, "21:00"), SUM("Culture & ESS : rencontre au Volcan"),
              LOC("8 place Oscar Niemeyer, Le Havre"))
f.on_agenda("balade-montivilliers", 9089, "Balade découverte des jardins partagés", [(at(20, "10:00"), at(20, "12:00"))], "Montivilliers en transition",
            A("Abbaye de Montivilliers", "Place François Mitterrand", "76290", "Montivilliers", insee="76447"))
R("compost-harfleur", "Ville d'Harfleur", "Atelier compostage", "05/11/2022", "10h-12h", "Jardin de la mairie", "", "76700", "Harfleur")

# Dieppe: forum (18), market (19), Fresque du Climat (17)
f.on_platform("forum-dieppe", 91, "Forum ESS de la région dieppoise", at(18, "14:00"), at(18, "18:00"), "Dieppe-Maritime",
              P("DSN - Dieppe Scène Nationale", "Quai Bérigny", "76200", "Dieppe"))
f.in_calendar("forum-dieppe", "forum-ess-dieppe@reseau-ess-normandie.fr", SZ(18, "14:00"), EZ(18, "18:00"), SUM("Forum de l'économie sociale et solidaire"),
              LOC("Dieppe"))
R("forum-dieppe", "Agglo Dieppe-Maritime", "Forum ESS", "18/11/2022", "14h-18h", "DSN", "quai Bérigny", "76200", "Dieppe")
f.on_agenda("marche-dieppe", 9092, "Marché paysan et solidaire", [(at(19, "09:00"), at(19, "13:00"))], "Dieppe en transition",
            A("Place Nationale", "Place Nationale", "76200", "Dieppe", insee=DIEPPE))
R("marche-dieppe", "Dieppe en transition", "Marché paysan et solidaire", "19/11/2022", "9h-13h", "Place Nationale", "", "76200", "Dieppe")
R("fresque-dieppe", "Fresque du climat", "Fresque du Climat", "17/11/2022", "18h30", "Médiathèque Jean Renoir", "", "76200", "Dieppe")

# Fécamp: visit (9), conference (25)
f.on_platform("visite-fecamp", 94, "Visite d'une conserverie solidaire", at(9, "14:00"), at(9, "16:00"), "Les Conserveries du Littoral",
              P("Conserverie solidaire", "Quai de la Vicomté", "76400", "Fécamp"))
f.on_agenda("visite-fecamp", 9094, "Découverte de la conserverie d'insertion", [(at(9, "14:00"), at(9, "16:00"))], "Chantier d'insertion du littoral",
            A("Conserverie", "Quai de la Vicomté", "76400", "Fécamp", insee=FECAMP))
f.in_calendar("conf-fecamp", "conf-ess-peche-fecamp@reseau-ess-normandie.fr", S(25, "18:30"), E(25, "20:00"), SUM("Pêche durable et ESS : conférence"),
              LOC("Palais Bénédictine, Fécamp"))

# ───────────────────────── Cherbourg-en-Cotentin and the Manche ─────────────────────────

# the Cotentin's forum at the Espace René Le Bas, Thursday 24, four sources (« Cherbourg », the commune déléguée)
f.on_platform("forum-cotentin", 96, "Forum de l'ESS du Cotentin", at(24, "09:00"), at(24, "17:00"), "CRESS Normandie",
              P("Espace René Le Bas", "Rue des Tanneries", "50100", "Cherbourg-en-Cotentin"))
f.on_agenda("forum-cotentin", 9096, "Forum de l'économie sociale et solidaire du Cotentin", [(at(24, "09:00"), at(24, "17:00"))],
            "CRESS Normandie - antenne Manche", A("Espace René Le Bas", "Rue des Tanneries", "50100", "Cherbourg-en-Cotentin", insee=CHER))
f.in_calendar("forum-cotentin", "forum-ess-cotentin@reseau-ess-normandie.fr", SD(24), ED(24), SUM("Forum ESS Cotentin"), LOC("Cherbourg-Octeville"))
R("forum-cotentin", "CRESS", "Forum ESS 50", "24/11/2022", "9h-17h", "Espace René Le Bas", "", "50100", "Cherbourg")

# repair cafés on Saturday 19 afternoon in Tourlaville and Équeurdreville
f.in_calendar("rc-tourlaville", "rc-tourlaville-1911@reseau-ess-normandie.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair Café"), LOC("Tourlaville"))
R("rc-tourlaville", "Centre socioculturel de Tourlaville", "Repair café de Tourlaville", "19/11/2022", "14h-17h", "Espace Brassens", "", "50110",
  "Tourlaville")
f.on_platform("rc-equeurdreville", 98, "Repair Café d'Équeurdreville", at(19, "14:00"), at(19, "17:00"), "Repair Café Cotentin",
              P("Centre socioculturel Jean-Jaurès", "Rue Jean Jaurès, Équeurdreville-Hainneville", "50120", "Cherbourg-en-Cotentin"))
f.on_agenda("rc-equeurdreville", 9098, "Repair café", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Cotentin",
            A("Centre socioculturel Jean Jaurès", "Rue Jean Jaurès", "50120", "Cherbourg-en-Cotentin", insee=CHER))

# Fresque du Climat at the Médiathèque Jacques Prévert, Thursday 17
f.on_platform("fresque-cherbourg", 99, "La Fresque du Climat", at(17, "18:30"), at(17, "21:30"), "La Fresque du Climat",
              P("Médiathèque Jacques Prévert", "Passage Digard", "50100", "Cherbourg-en-Cotentin"))
f.in_calendar("fresque-cherbourg", "fdc-cherbourg-1711@reseau-ess-normandie.fr", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du climat"),
              LOC("Médiathèque Jacques Prévert, Cherbourg"))

# Octeville's social centre open day (16), the Cité de la Mer's conference (18), a CAE meeting (15), a job dating (22)
f.on_platform("po-octeville", 100, "Portes ouvertes du centre social", at(16, "14:00"), at(16, "18:00"), "Centre social Le Puzzle",
              P("Centre social Le Puzzle", "Rue Jules Guesde", "50130", "Cherbourg-en-Cotentin"))
R("po-octeville", "Le Puzzle", "Portes ouvertes du centre social", "16/11/2022", "après-midi", "Le Puzzle", "rue Jules Guesde", "50130", "Octeville")
f.on_agenda("conf-citemer", 9101, "Conférence : économie bleue et solidaire", [(at(18, "18:00"), at(18, "20:00"))], "Cité de la Mer",
            A("La Cité de la Mer", "Allée du Président Menut", "50100", "Cherbourg-en-Cotentin", insee=CHER))
f.in_calendar("conf-citemer", "conf-economie-bleue@reseau-ess-normandie.fr", SF(18, "18:00"), EF(18, "20:00"), SUM("Économie bleue et solidaire"),
              LOC("Cité de la Mer"))
f.in_calendar("cae-cherbourg", "info-cae-cotentin@reseau-ess-normandie.fr", S(15, "09:30"), E(15, "11:30"), SUM("Réunion d'information CAE"),
              LOC("Cherbourg-en-Cotentin"))
R("cae-cherbourg", "CAE Elan Créateur - antenne Cotentin", "Réunion d'info CAE", "15/11/2022", "9h30-11h30", "Maison de l'emploi", "", "50100",
  "Cherbourg-en-Cotentin")
f.on_platform("jobdating-cherbourg", 104, "Job dating ESS du Cotentin", at(22, "09:00"), at(22, "12:00"), "Pôle emploi Cherbourg",
              P("Espace René Le Bas", "Rue des Tanneries", "50100", "Cherbourg-en-Cotentin"))

# Saint-Lô: job dating (22 morning), meeting of the Centre Manche (10), grocery's open doors (12)
f.on_agenda("jobdating-stlo", 9105, "Job dating : l'ESS recrute", [(at(22, "09:00"), at(22, "12:00"))], "Saint-Lô Agglo",
            A("Salle Beaufils", "Rue de la Marne", "50000", "Saint-Lô", insee=STLO))
f.in_calendar("jobdating-stlo", "jobdating-stlo@reseau-ess-normandie.fr", S(22, "09:00"), E(22, "12:00"), SUM("Job dating ESS"), LOC("Saint-Lô"))
f.on_platform("rencontres-stlo", 106, "Rencontres de l'ESS du Centre Manche", at(10, "14:00"), at(10, "17:30"), "Saint-Lô Agglo",
              P("Le Normandy", "Rue du Maréchal Leclerc", "50000", "Saint-Lô"))
R("rencontres-stlo", "St-Lô Agglo", "Rencontres ESS Centre Manche", "10/11/2022", "14h", "Le Normandy", "", "50000", "SAINT-LO")
f.in_calendar("epicerie-stlo", "po-epicerie-stlo@reseau-ess-normandie.fr", S(12, "10:00"), E(12, "12:30"), SUM("Portes ouvertes de l'épicerie solidaire"),
              LOC("Saint-Lô"))

# Granville: the Archipel's conférence gesticulée (25), a repair café (19); Avranches: forum (26), a talk (17)
f.on_platform("archipel", 108, "Conférence gesticulée : « Travailler moins pour gagner plus ? »", at(25, "20:00"), at(25, "22:00"),
              "L'Archipel", P("L'Archipel", "1 place Maréchal Foch", "50400", "Granville"))
f.on_agenda("archipel", 9108, "Conférence gesticulée « Travailler moins pour gagner plus ? »", [(at(25, "20:00"), at(25, "22:00"))],
            "Théâtre de l'Archipel", A("L'Archipel", "Place du Maréchal Foch", "50400", "Granville", insee=GRANVILLE))
f.in_calendar("archipel", "gesticulee-granville@reseau-ess-normandie.fr", SZ(25, "20:00"), SUM("Conférence gesticulée"), LOC("L'Archipel, Granville"))
f.on_agenda("rc-granville", 9109, "Repair Café de Granville", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Granville Terre et Mer",
            A("Maison des associations", "Rue du Boscq", "50400", "Granville", insee=GRANVILLE))
f.on_platform("forum-avranches", 110, "Forum de l'ESS du Sud Manche", at(26, "10:00"), at(26, "17:00"), "Mont-Saint-Michel Normandie",
              P("Salle Victor Hugo", "Rue Victor Hugo", "50300", "Avranches"))
R("forum-avranches", "Communauté d'agglomération Mont Saint-Michel - Normandie", "Forum ESS Sud Manche", "26/11/2022", "10h-17h", "salle Victor Hugo",
  "", "50300", "Avranches")
f.on_platform("conf-avranches", 111, "Conférence : tourisme solidaire en baie du Mont-Saint-Michel", at(17, "18:30"), at(17, "20:00"),
              "Avranches en transition", P("Scriptorial", "Place d'Estouteville", "50300", "Avranches"))
f.in_calendar("conf-avranches", "conf-tourisme-solidaire@reseau-ess-normandie.fr", S(17, "18:30"), E(17, "20:00"), SUM("Tourisme solidaire : conférence"),
              LOC("Scriptorial d'Avranches"))

# ───────────────────────── Eure ─────────────────────────

# Évreux: forum (19), Fresque du Climat (24), film (24), housing conference (8), garden workshop (9), associations' café (30)
f.on_platform("forum-evreux", 112, "Forum de l'ESS ébroïcien", at(19, "10:00"), at(19, "17:00"), "Évreux Portes de Normandie",
              P("Le Cadran", "Boulevard de Normandie", "27000", "Évreux"))
f.on_agenda("forum-evreux", 9112, "Forum ESS d'Évreux", [(at(19, "10:00"), at(19, "17:00"))], "Agglomération Évreux Portes de Normandie",
            A("Le Cadran", "Bd de Normandie", "27000", "Évreux", insee=EVREUX))
R("forum-evreux", "EPN", "Forum ESS", "19/11/2022", "10h-17h", "Cadran", "", "27000", "EVREUX")
f.on_agenda("fresque-evreux", 9113, "Fresque du Climat", [(at(24, "18:30"), at(24, "21:30"))], "Fresque du Climat Eure",
            A("Médiathèque Rolland-Plaisance", "Square Georges Brassens", "27000", "Évreux", insee=EVREUX))
f.in_calendar("cine-evreux", "cine-doucefrance-evreux@reseau-ess-normandie.fr", S(24, "20:00"), SUM("Ciné-débat Douce France"), LOC("Évreux"))
R("cine-evreux", "Évreux en transition", "Ciné débat Douce France", "24/11/2022", "20h", "Pathé Évreux", "", "27000", "Évreux")
f.on_platform("habitat-evreux", 115, "Conférence : l'habitat partagé et intergénérationnel", at(8, "18:00"), at(8, "20:00"), "Habitat & Humanisme Eure",
              P("Maison de la vie associative", "Rue de la Harpe", "27000", "Évreux"))
f.in_calendar("habitat-evreux", "conf-habitat-partage@reseau-ess-normandie.fr", SZ(8, "18:00"), EZ(8, "20:00"), SUM("Habitat partagé : conférence"),
              LOC("Maison de la vie associative, Évreux"))
R("jardin-evreux", "Jardins de la Madeleine", "Atelier au jardin partagé", "09/11/2022", "14h", "Jardin partagé de la Madeleine", "", "27000", "Evreux")
f.on_agenda("cafe-asso-evreux", 9117, "Café des associations", [(at(30, "18:00"), at(30, "20:00"))], "Maison de la vie associative d'Évreux",
            A("Maison de la vie associative", "Rue de la Harpe", "27000", "Évreux", insee=EVREUX))
f.in_calendar("cafe-asso-evreux", "cafe-asso-evreux@reseau-ess-normandie.fr", S(30, "18:00"), E(30, "20:00"), SUM("Café des assos"),
              LOC("MVA Évreux"))

# Vernon: an exhibition at the Espace Philippe-Auguste (14-26), Fresque du Climat (17)
f.on_platform("expo-vernon", 118, "Exposition : l'ESS dans l'Eure, ceux qui font autrement", at(14, "14:00"), at(26, "18:00"), "Seine Normandie Agglomération",
              P("Espace Philippe-Auguste", "12 avenue Victor Hugo", "27200", "Vernon"))
f.on_agenda("expo-vernon", 9118, "Ceux qui font autrement : exposition", [(at(14, "14:00"), at(14, "18:00")), (at(19, "10:00"), at(19, "18:00")),
            (at(26, "10:00"), at(26, "18:00"))], "SNA", A("Espace Philippe Auguste", "12 av. Victor Hugo", "27200", "Vernon", insee=VERNON))
R("expo-vernon", "Seine Normandie Agglo", "Expo ESS dans l'Eure", "du 14 au 26 novembre", "14h-18h", "Espace Philippe-Auguste", "", "27200", "Vernon")
R("fresque-vernon", "Vernon en transition", "Fresque du climat", "17/11/2022", "18h30-21h30", "Espace Philippe-Auguste", "", "27200", "Vernon")

# Louviers: compost (5); Val-de-Reuil: open day (16)
f.in_calendar("compost-louviers", "compost-louviers@reseau-ess-normandie.fr", SD(5), SUM("Atelier compostage"), LOC("Louviers"))
R("compost-louviers", "Agglo Seine-Eure", "Atelier compostage collectif", "05/11/2022", "", "Jardin du Moulin", "", "27400", "Louviers")
f.on_platform("po-vdr", 121, "Portes ouvertes de la régie de quartier", at(16, "10:00"), at(16, "16:00"), "Régie de quartier de Val-de-Reuil",
              P("Régie de quartier", "Voie des Clouets", "27100", "Val-de-Reuil"))
f.on_agenda("po-vdr", 9121, "Découvrir la régie de quartier", [(at(16, "10:00"), at(16, "16:00"))], "Régies de quartier Normandie",
            A("Régie de quartier de Val-de-Reuil", "Voie des Clouets", "27100", "Val-de-Reuil", insee="27701"))

# ───────────────────────── Orne ─────────────────────────

# Alençon: forum at the Halle au Blé (26), four sources; concert at La Luciole (25); repair café (19); workshop (23)
f.on_platform("forum-alencon", 122, "Forum de l'ESS ornaise", at(26, "10:00"), at(26, "17:00"), "Communauté urbaine d'Alençon",
              P("Halle au Blé", "Place de la Halle au Blé", "61000", "Alençon"))
f.on_agenda("forum-alencon", 9122, "Forum de l'économie sociale et solidaire de l'Orne", [(at(26, "10:00"), at(26, "17:00"))], "CUA",
            A("Halle au blé", "Place de la Halle au Blé", "61000", "Alençon", insee=ALENCON))
f.in_calendar("forum-alencon", "forum-ess-orne@reseau-ess-normandie.fr", S(26, "10:00"), E(26, "17:00"), SUM("Forum ESS de l'Orne"), LOC("Alençon"))
R("forum-alencon", "CRESS Normandie", "Forum ESS Orne", "26/11/2022", "Toute la journée", "Halle au blé", "", "61000", "Alencon")
f.in_calendar("luciole", "concert-luciole-2511@reseau-ess-normandie.fr", SF(25, "20:30"), SUM("Concert solidaire à la Luciole"),
              LOC("La Luciole, 171 route de Bretagne, Alençon"))
f.on_agenda("rc-alencon", 9124, "Repair café alençonnais", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Alençon",
            A("Centre social Croix-Mercier", "Rue Pierre et Marie Curie", "61000", "Alençon", insee=ALENCON))
R("rc-alencon", "Fédération des centres sociaux de l'Orne", "Repair café", "19/11/2022", "14h-17h", "CS Croix Mercier", "", "61000", "Alençon")
f.on_platform("atelier-monnaie-alencon", 125, "Atelier : payer en monnaie locale", at(23, "18:00"), at(23, "19:30"), "La Monnaie de l'Orne",
              P("Médiathèque Aveline", "Cour Carrée de la Dentelle", "61000", "Alençon"))

# Flers: forum (10), job dating (22 morning); Argentan: conference (29), employment forum (22 morning)
f.on_platform("forum-flers", 126, "Forum de l'ESS du Bocage", at(10, "14:00"), at(10, "18:00"), "Flers Agglo",
              P("Salle Athéna", "Rue Schnetz", "61100", "Flers"))
f.on_agenda("forum-flers", 9126, "Forum ESS du Bocage ornais", [(at(10, "14:00"), at(10, "18:00"))], "Flers Agglo",
            A("Athéna", "Rue Schnetz", "61100", "Flers", insee=FLERS))
R("forum-flers", "Flers Agglo", "Forum ESS Bocage", "10/11/2022", "après-midi", "Salle Athéna", "", "61100", "Flers")
f.in_calendar("jobdating-flers", "jobdating-flers@reseau-ess-normandie.fr", SZ(22, "09:00"), EZ(22, "12:00"), SUM("Job dating ESS Flers"), LOC("Flers (61)"))
f.in_calendar("conf-argentan", "conf-argentan-2911@reseau-ess-normandie.fr", S(29, "18:00"), E(29, "20:00"), SUM("L'ESS en milieu rural : conférence"),
              LOC("Quai des Arts, Argentan"))
R("conf-argentan", "Argentan Intercom", "Conférence ESS et ruralité", "29/11/2022", "18h-20h", "Quai des Arts", "", "61200", "Argentan")
f.on_agenda("forum-emploi-argentan", 9129, "Forum emploi et insertion", [(at(22, "09:00"), at(22, "12:00"))], "Argentan Intercom",
            A("Quai des Arts", "Rue de la Feuillée", "61200", "Argentan", insee=ARGENTAN))
R("rc-flers", "Repair Café Flers", "Repair café", "19/11/2022", "14h-17h", "Maison des associations", "", "61100", "FLERS")

# Mortagne-au-Perche: film (10, form alone)
R("cine-mortagne", "Perche en transition", "Ciné-débat Douce France", "10/11/2022", "20h30", "Cinéma Le Rex", "", "61400", "Mortagne-au-Perche")

# ───────────────────────── Calvados: Lisieux, Bayeux, Vire and the Pays d'Auge ─────────────────────────

f.on_platform("conf-lisieux", 132, "Conférence : l'ESS dans le Pays d'Auge", at(17, "18:00"), at(17, "20:00"), "Agglomération Lisieux Normandie",
              P("Espace Victor Hugo", "Rue Victor Hugo", "14100", "Lisieux"))
f.on_agenda("conf-lisieux", 9132, "L'économie sociale et solidaire en Pays d'Auge : conférence", [(at(17, "18:00"), at(17, "20:00"))],
            "Lisieux Normandie", A("Espace Victor-Hugo", "Rue Victor Hugo", "14100", "Lisieux", insee=LISIEUX))
f.in_calendar("rc-lisieux", "rc-lisieux-2611@reseau-ess-normandie.fr", SF(26, "09:30"), EF(26, "12:00"), SUM("Repair café"), LOC("Lisieux"))
R("rc-lisieux", "Centre socioculturel de Lisieux", "Repair Café de Lisieux", "26/11/2022", "9h30-12h", "CSC Hauteville", "", "14100", "Lisieux")
f.on_agenda("cine-lisieux", 9134, "Ciné-débat « Douce France »", [(at(15, "20:00"), at(15, "22:30"))], "Pays d'Auge en transition",
            A("Cinéma Le Majestic", "Boulevard Sainte-Anne", "14100", "Lisieux", insee=LISIEUX))
f.on_platform("po-lisieux", 135, "Portes ouvertes de l'atelier chantier d'insertion", at(16, "09:30"), at(16, "12:00"), "ACI du Pays d'Auge",
              P("Atelier chantier d'insertion", "Rue du Grand Jardin", "14100", "Lisieux"))

# Bayeux on Saturday 12: forum at the Halle ô Grains, a workshop in the afternoon at the same place; a film on Tuesday 22
BAYHALLE = P("Halle ô Grains", "Rue Saint-Malo", "14400", "Bayeux")
f.on_platform("forum-bayeux", 136, "Forum de l'ESS du Bessin", at(12, "10:00"), at(12, "17:00"), "Bayeux Intercom", BAYHALLE)
f.on_agenda("forum-bayeux", 9136, "Forum ESS du Bessin", [(at(12, "10:00"), at(12, "17:00"))], "Bayeux Intercom",
            A("Halle ô Grains", "Rue Saint-Malo", "14400", "Bayeux", insee=BAYEUX))
f.in_calendar("forum-bayeux", "forum-ess-bessin@reseau-ess-normandie.fr", SD(12), SUM("Forum de l'ESS du Bessin"), LOC("Halle ô Grains, Bayeux"))
R("atelier-bayeux", "Bessin en transition", "Atelier réparation textile", "12/11/2022", "14h-16h", "Halle ô Grains", "", "14400", "Bayeux")
f.on_agenda("cine-bayeux", 9138, "Ciné-débat : « Les Liberterres »", [(at(22, "20:00"), at(22, "22:30"))], "Bessin en transition",
            A("Cinéma Le Méliès", "Boulevard Fabien Ware", "14400", "Bayeux", insee=BAYEUX))
f.in_calendar("cine-bayeux", "cine-liberterres-bayeux@reseau-ess-normandie.fr", S(22, "20:00"), SUM("Ciné débat Les Liberterres"), LOC("Bayeux"))

# Vire Normandie: repair café (19), film (15)
f.on_platform("rc-vire", 139, "Repair Café virois", at(19, "14:00"), at(19, "17:00"), "Vire Normandie",
              P("Salle de l'Étoile", "Place du Champ de Foire", "14500", "Vire Normandie"))
f.in_calendar("rc-vire", "rc-vire-1911@reseau-ess-normandie.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair café"), LOC("Vire"))
f.on_agenda("cine-vire", 9140, "Projection débat Douce France", [(at(15, "20:30"), at(15, "23:00"))], "Cinéma Le Basselin",
            A("Cinéma Le Basselin", "Place du Champ de Foire", "14500", "Vire Normandie", insee=VIRE))
R("cine-vire", "Le Basselin", "Ciné débat Douce France", "15/11/2022", "20h30", "Le Basselin", "", "14500", "Vire")

# villages: Jumièges (20), Lyons-la-Forêt (6), Clécy (5), Cambremer (12), Conches-en-Ouche (18), Beuvron-en-Auge (26)
f.in_calendar("ferme-jumieges", "visite-ferme-jumieges@reseau-ess-normandie.fr", S(20, "10:00"), E(20, "12:00"), SUM("Visite d'une ferme en AMAP"),
              LOC("Jumièges"))
f.on_agenda("balade-lyons", 9142, "Balade : la forêt, un bien commun", [(at(6, "14:00"), at(6, "17:00"))], "Office national des forêts et Lyons Nature",
            A("Halles de Lyons-la-Forêt", "Place Isaac Benserade", "27480", "Lyons-la-Forêt", insee="27377"))
R("balade-lyons", "Lyons Nature", "Balade forêt bien commun", "06/11/2022", "14h-17h", "Les Halles", "", "27480", "Lyons la Foret")
f.in_calendar("chantier-clecy", "chantier-participatif-clecy@reseau-ess-normandie.fr", SD(5), SUM("Chantier participatif : restauration d'un lavoir"),
              LOC("Clécy, Suisse normande"))
f.on_agenda("chantier-clecy", 9143, "Chantier participatif au lavoir", [(at(5, "09:00"), at(5, "17:00"))], "Suisse Normande Patrimoine",
            A("Lavoir de Clécy", "Rue du Lavoir", "14570", "Clécy", insee="14162"))
f.on_platform("cidrerie-cambremer", 144, "Visite d'une cidrerie coopérative", at(12, "10:30"), at(12, "12:00"), "Coopérative cidricole du Pays d'Auge",
              P("Cidrerie coopérative", "Route de Crèvecoeur", "14340", "Cambremer"))
R("cidrerie-cambremer", "Coop cidricole Pays d'Auge", "Visite cidrerie coop", "12/11/2022", "10h30", "", "route de Crèvecœur", "14340", "Cambremer")
f.in_calendar("cafe-conches", "cafe-asso-conches@reseau-ess-normandie.fr", SF(18, "18:00"), EF(18, "20:00"), SUM("Café associatif"), LOC("Conches-en-Ouche"))
f.on_platform("marche-beuvron", 146, "Marché de producteurs et d'artisans solidaires", at(26, "09:00"), at(26, "13:00"), "Beuvron-en-Auge",
              P("Place du village", "Place Michel Vermughen", "14430", "Beuvron-en-Auge"))

# ───────────────────────── online, région-wide ─────────────────────────

# two webinars on Wednesday 9 at 14:00: ESPER's (school) and the CRESS's (youth)
f.on_platform("web-esper", 147, "Webinaire : l'ESS à l'école, les outils de l'ESPER", at(9, "14:00"), at(9, "15:30"), "L'ESPER",
              ONLINE, modality="En ligne")
f.on_agenda("web-esper", 9147, "L'ESS s'invite à l'école (webinaire)", [(at(9, "14:00"), at(9, "15:30"))], "ESPER Normandie", {}, mode=2,
            onlineAccessLink=TEAMS_ESPER)
f.in_calendar("web-esper", "webinaire-esper-0911@reseau-ess-normandie.fr", S(9, "14:00"), E(9, "15:30"), SUM("L'ESS à l'école : webinaire"),
              f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{TEAMS_ESPER}")
f.in_calendar("web-jeunes", "webinaire-jeunes-0911@reseau-ess-normandie.fr", S(9, "14:00"), E(9, "15:00"), SUM("Jeunes et ESS : webinaire"),
              LOC("En ligne"), "URL:https://www.cress-normandie.org/agenda/jeunes-ess")
R("web-jeunes", "CRESS Normandie", "Webinaire jeunes et ESS", "09/11/2022", "14h-15h", "", "", "", "", "Visio")

# participatory housing (24, platform and calendar « Visioconférence »), Scic (17, agenda and form), sponsorship (21, agenda)
f.on_platform("web-habitat", 149, "Les coopératives d'habitants, comment ça marche ?", at(24, "18:00"), at(24, "19:30"),
              "Habitat participatif Normandie", ONLINE, modality="En ligne")
f.in_calendar("web-habitat", "visio-habitat-participatif@reseau-ess-normandie.fr", SZ(24, "18:00"), EZ(24, "19:30"),
              SUM("Coopératives d'habitants : comment ça marche ?"), LOC("Visioconférence"), f"URL:{MEET_HABITAT}")
f.on_agenda("web-scic", 9150, "Les Scic, mode d'emploi (webinaire)", [(at(17, "12:30"), at(17, "13:30"))], "URSCOP Ouest", {}, mode=2,
            onlineAccessLink=ZOOM_SCIC)
R("web-scic", "Union régionale des Scop et Scic de l'Ouest - délégation Normandie", "Webinaire SCIC mode d'emploi", "17/11/2022", "12h30-13h30",
  "Webinaire", "", "", "", "Distanciel")
f.on_agenda("web-dons", 9151, "Financer son association par le mécénat d'entreprise", [(at(21, "12:30"), at(21, "13:30"))], "France Bénévolat Normandie",
            {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/84433221100")

# ───────────────────────── more copies of events above ─────────────────────────
R("rc-gueriniere", "Réseau des Repair Cafés normands", "Repair café Guérinière", "19/11/2022", "14h-17h", "CSC CAF Guérinière", "10 rue de l'Avenir",
  "14000", "Caen")
f.in_calendar("rc-grace", "rc-grace-de-dieu-1911@reseau-ess-normandie.fr", S(19, "14:00"), E(19, "17:30"), SUM("Repair Café"), LOC("Grâce de Dieu"))
f.in_calendar("fresque-rouen", "fdc-rouen-1711@reseau-ess-normandie.fr", SZ(17, "18:30"), EZ(17, "21:30"), SUM("Fresque du Climat"), LOC("Atrium, Rouen"))
R("fresque-havre", "Fresque du Climat Le Havre", "La fresque du climat", "17/11/2022", "18h30-21h30", "Bibliothèque Niemeyer", "", "76600", "Le Havre")
f.on_agenda("fresque-cherbourg", 9201, "Fresque du Climat à la médiathèque", [(at(17, "18:30"), at(17, "21:30"))], "Fresque du Climat Cotentin",
            A("Médiathèque Jacques Prévert", "Passage Digard", "50100", "Cherbourg-en-Cotentin", insee=CHER))
f.in_calendar("cine-rouen", "cine-doucefrance-rouen@reseau-ess-normandie.fr", SZ(15, "20:00"), EZ(15, "22:30"), SUM("Ciné-débat Douce France"),
              LOC("Omnia, Rouen"))
R("cine-havre", "Le Havre en Transition", "Ciné débat Douce France", "15/11/2022", "20h15", "Le Studio", "3 rue du Gal Sarrail", "76600", "Le Havre")
f.on_agenda("jobdating-rouen", 9202, "Job dating ESS à la Kindarena", [(at(22, "09:00"), at(22, "12:00"))], "Pôle emploi",
            A("Kindarena", "40 rue de Lillebonne", "76000", "Rouen", insee=ROUEN))
R("jobdating-stlo", "Saint-Lô Agglo", "Job dating ESS", "22/11/2022", "9h-12h", "Salle Beaufils", "rue de la Marne", "50000", "St-Lô")
f.in_calendar("rc-havre", "rc-lehavre-1911@reseau-ess-normandie.fr", SF(19, "14:00"), EF(19, "17:00"), SUM("Repair café"), LOC("Le Havre"))
f.on_agenda("afterwork-caen", 9203, "Afterwork des entrepreneurs sociaux caennais", [(at(10, "18:30"), at(10, "21:00"))], "Mouvement des entrepreneurs sociaux",
            A("Le Pavillon", "10 quai François Mitterrand", "14000", "Caen", insee=CAEN))
f.in_calendar("web-mecenat", "webinaire-mecenat-1511@reseau-ess-normandie.fr", S(15, "11:00"), E(15, "12:00"), SUM("Mécénat et dons (webinaire LMA)"),
              f"URL:{ZOOM_LMA}")
f.in_calendar("forum-evreux", "forum-ess-evreux@reseau-ess-normandie.fr", SD(19), SUM("Forum ESS Évreux"), LOC("Évreux"))
R("conf-lisieux", "Agglo Lisieux Normandie", "Conférence ESS Pays d'Auge", "17/11/2022", "18h", "Espace Victor Hugo", "", "14100", "LISIEUX")
R("tetris-concert", "Le Tetris", "Concert solidaire", "12/11/2022", "20h30", "Le Tetris", "33 rue de Fontenoy", "76600", "Le Havre")
f.in_calendar("rc-alencon", "rc-alencon-1911@reseau-ess-normandie.fr", SZ(19, "14:00"), EZ(19, "17:00"), SUM("Repair Café Alençon"),
              LOC("Centre social Croix-Mercier"))
f.in_calendar("marche-dieppe", "marche-paysan-dieppe@reseau-ess-normandie.fr", S(19, "09:00"), E(19, "13:00"), SUM("Marché paysan solidaire"),
              LOC("Place Nationale, Dieppe"))
R("visite-fecamp", "Chantier d'insertion du littoral", "Visite conserverie", "09/11/2022", "14h-16h", "", "quai de la Vicomté", "76400", "FECAMP")
R("archipel", "L'Archipel Granville", "Conférence gesticulée", "25/11/2022", "20h", "L'Archipel", "", "50400", "Granville")
f.in_calendar("expo-vernon", "expo-ess-eure-vernon@reseau-ess-normandie.fr", SD(14), ED(26), SUM("Exposition : ceux qui font autrement"),
              LOC("Espace Philippe-Auguste, Vernon"))
R("velo-rouen-26", "Guidoline", "Atelier vélo", "26/11/2022", "14h-18h", "Guidoline", "2 rue Malherbe", "76100", "Rouen")
f.in_calendar("rc-equeurdreville", "rc-equeurdreville-1911@reseau-ess-normandie.fr", S(19, "14:00"), E(19, "17:00"), SUM("Repair café"),
              LOC("Équeurdreville"))
f.in_calendar("forum-flers", "forum-ess-bocage@reseau-ess-normandie.fr", SZ(10, "14:00"), EZ(10, "18:00"), SUM("Forum ESS du Bocage"), LOC("Flers"))
f.on_platform("web-scic", 201, "Webinaire : les Scic, mode d'emploi", at(17, "12:30"), at(17, "13:30"), "URSCOP Ouest", ONLINE, modality="En ligne")

f.in_form(rows)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
