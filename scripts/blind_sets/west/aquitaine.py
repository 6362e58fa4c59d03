"""Blind set (blind-west, 7 Dec 2026): Nouvelle-Aquitaine, one edition of four sources. Habits: the network's ICS is a
Google Calendar export (correct UTC Z times, SUMMARY in the association's own words, LOCATION « venue, street, town »
or a Meet link, one event from a second calendar with local times written as Z); the CRESS form was re-saved as
« CSV UTF-8 » (BOM) and most rows have no hours, the « Lieu » cell holds venue, street and town with the « Ville »
cell empty; OpenAgenda locations have postal code and city but no insee; the platform writes cities in capitals."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-CALNAME:Mois ESS Nouvelle-Aquitaine\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
def O(name, street, cp, city, **more): return {"name": name, "address": f"{street}, {cp} {city}", "postalCode": cp, "city": city, **more}

# 1 / 2 HARD NEGATIVE: two ciné-débats in Bordeaux the same evening
f.on_platform("cine-utopia", 1, "Ciné-débat « Nous la mangerons, c'est la moindre des choses »", at(15, "20:30"),
              at(15, "23:00"), "Terre de Liens Aquitaine", P("Cinéma Utopia", "5 place Camille Jullian", "33000", "BORDEAUX"))
f.in_calendar("cine-utopia", "5k2v9c@google.com", "DTSTART:20221115T193000Z", "DTEND:20221115T220000Z",
              "SUMMARY:Ciné-débat Terre de Liens", "LOCATION:Bordeaux")
f.on_platform("cine-ugc", 2, "Ciné-débat « Animal »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Bordeaux",
              P("UGC Ciné Cité", "13-15 rue Georges Bonnac", "33000", "BORDEAUX"))
f.on_agenda("cine-ugc", 5002, "Projection-débat : Animal, de Cyril Dion", [(at(15, "20:00"), at(15, "22:30"))],
            "Alternatiba Bordeaux", O("UGC Ciné Cité Bordeaux", "13-15 rue Georges Bonnac", "33000", "Bordeaux"))

# 3 Limoges forum: four sources
f.on_platform("forum-limoges", 3, "Forum emploi et engagement dans l'ESS", at(17, "09:00"), at(17, "17:00"),
              "CRESS Nouvelle-Aquitaine", P("Espace Simone Veil", "3 place Winston Churchill", "87000", "LIMOGES"))
f.on_agenda("forum-limoges", 5003, "Forum de l'emploi et de l'engagement ESS - Limoges", [(at(17, "09:00"), at(17, "17:00"))],
            "CRESS Nouvelle-Aquitaine", O("Espace Simone Veil", "3 place Winston Churchill", "87000", "Limoges"))
f.in_calendar("forum-limoges", "7hq1mm@google.com", "DTSTART:20221117T080000Z", "DTEND:20221117T160000Z",
              "SUMMARY:Forum emploi ESS Limoges", "LOCATION:Espace Simone Veil\\, 3 Pl. Winston Churchill\\, 87000 Limoges\\, France")

# 4 Poitiers local currency conference, acronym organiser
f.on_platform("monnaie", 4, "Conférence : une monnaie locale pour le Poitou ?", at(23, "19:00"), at(23, "21:00"),
              "Association pour une monnaie locale en Poitou", P("Maison des Trois Quartiers", "23 rue du Pigeon Blanc", "86000", "POITIERS"))
f.on_agenda("monnaie", 5004, "Une monnaie locale pour le Poitou ? Conférence-débat", [(at(23, "19:00"), at(23, "21:00"))],
            "AMLP", O("Maison des 3 Quartiers", "23 rue du Pigeon Blanc", "86000", "Poitiers"))

# 5 Pau repair café, the second calendar's local time written as Z (slip)
f.on_platform("rc-pau", 5, "Repair café du Hédas", at(19, "14:00"), at(19, "17:00"), "Pau à Vélo et Répare",
              P("Maison du Hédas", "Rue du Hédas", "64000", "PAU"))
f.in_calendar("rc-pau", "repair-hedas-2022@asso-pau.fr", "DTSTART:20221119T140000Z", "DTEND:20221119T170000Z",
              "SUMMARY:REPAIR CAFÉ", "LOCATION:Maison du Hédas")

# 6 La Rochelle webinar: « En ligne » on the platform, Meet link in the agenda and the calendar
MEET = "https://meet.google.com/xkr-ntqa-fjp"
f.on_platform("nautisme", 6, "Webinaire : économie circulaire et filière nautique", at(24, "11:00"), at(24, "12:00"),
              "Atlantic Nautisme Circulaire", {"name": "Visioconférence"}, modality="En ligne")
f.on_agenda("nautisme", 5006, "L'économie circulaire dans le nautisme - webinaire", [(at(24, "11:00"), at(24, "12:00"))],
            "Atlantic Nautisme Circulaire", {}, mode=2, onlineAccessLink=MEET)
f.in_calendar("nautisme", "3gg0ab@google.com", "DTSTART:20221124T100000Z", "DTEND:20221124T110000Z",
              "SUMMARY:Webinaire nautisme & économie circulaire", f"LOCATION:{MEET}")

# 7 Saint-Léonard-de-Noblat farmers' market
f.on_platform("marche-noblat", 7, "Marché paysan et solidaire", at(20, "09:00"), at(20, "13:00"), "Les Amis de la Terre Limousin",
              P("Place de la République", "", "87400", "SAINT-LÉONARD-DE-NOBLAT"))

# 8 Bayonne round table, four sources
f.on_platform("eusko", 8, "Table ronde : l'Eusko, dix ans de monnaie locale", at(22, "18:30"), at(22, "20:30"), "Euskal Moneta",
              P("Tiers-lieu Ttipi Ttapa", "Rue Pannecau", "64100", "BAYONNE"))
f.on_agenda("eusko", 5008, "L'Eusko a 10 ans : table ronde", [(at(22, "18:30"), at(22, "20:30"))], "Euskal Moneta",
            O("Ttipi Ttapa", "Rue Pannecau", "64100", "Bayonne"))
f.in_calendar("eusko", "eusko10@google.com", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z",
              "SUMMARY:Table ronde Eusko 10 ans", "LOCATION:Ttipi Ttapa\\, Bayonne")

# 9 URSCOP webinar, acronym in the agenda
f.on_platform("scic-na", 9, "Webinaire : la Scic, un outil pour les territoires", at(10, "14:00"), at(10, "15:00"),
              "Union régionale des Scop et Scic Nouvelle-Aquitaine", ONLINE, modality="En ligne")
f.on_agenda("scic-na", 5009, "La SCIC, un outil pour les territoires (webinaire)", [(at(10, "14:00"), at(10, "15:00"))],
            "URSCOP NA", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/82004455667")

# 10 / 11 HARD NEGATIVE: ATIS's two events in Bordeaux the same day
f.on_platform("atis-atelier", 10, "Atelier : entreprendre en coopérative", at(8, "09:30"), at(8, "12:00"), "ATIS",
              P("Darwin Écosystème", "87 quai des Queyries", "33100", "BORDEAUX"))
f.on_agenda("atis-atelier", 5010, "Entreprendre en coopérative : atelier découverte", [(at(8, "09:30"), at(8, "12:00"))],
            "ATIS - Association Territoires et Innovation Sociale", O("Darwin", "87 quai des Queyries", "33100", "Bordeaux"))
f.on_platform("atis-apero", 11, "Apéro-coop des porteurs de projet", at(8, "18:30"), at(8, "20:30"), "ATIS",
              P("Darwin Écosystème", "87 quai des Queyries", "33100", "BORDEAUX"))
f.in_calendar("atis-apero", "atisapero@google.com", "DTSTART:20221108T173000Z", "DTEND:20221108T193000Z",
              "SUMMARY:Apéro coop ATIS", "LOCATION:Darwin\\, 87 Quai des Queyries\\, 33100 Bordeaux")

# 12 series: compost initiation on three Thursdays in Poitiers (sessions kept apart)
f.in_calendar({"2022-11-10": "compost-10", "2022-11-17": "compost-17", "2022-11-24": "compost-24"}, "compostpoitiers@google.com",
              "DTSTART:20221110T170000Z", "DTEND:20221110T190000Z", "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3",
              "SUMMARY:Initiation compostage", "LOCATION:Jardin des Couronneries\\, Poitiers")
for n, day in ((12, 10), (13, 17), (14, 24)):
    f.on_platform(f"compost-{day}", n, "Initiation au compostage", at(day, "18:00"), at(day, "20:00"), "Compost'Age Poitiers",
                  P("Jardin partagé des Couronneries", "Boulevard Savari", "86000", "POITIERS"))

# 13 / 14 HARD NEGATIVE: Familles Rurales, same workshop same time in Guéret and Aubusson
f.on_platform("num-gueret", 15, "Atelier numérique pour les seniors", at(18, "14:00"), at(18, "16:00"), "Familles Rurales Creuse",
              P("Médiathèque du Grand Guéret", "7 avenue Pierre Leroux", "23000", "GUÉRET"))
f.on_platform("num-aubusson", 16, "Atelier numérique pour les seniors", at(18, "14:00"), at(18, "16:00"), "Familles Rurales Creuse",
              P("Maison de l'emploi et de la formation", "Rue Jules Sandeau", "23200", "AUBUSSON"))
f.on_agenda("num-aubusson", 5016, "Atelier numérique seniors", [(at(18, "14:00"), at(18, "16:00"))], "Familles Rurales 23",
            O("", "Rue Jules Sandeau", "23200", "Aubusson"))

# 15 Angoulême festival evening
f.on_platform("festisol", 17, "Soirée d'ouverture du Festival des solidarités", at(18, "19:00"), at(18, "22:00"),
              "Collectif Festisol Angoulême", P("Espace Franquin", "1 ter boulevard Berthelot", "16000", "ANGOULÊME"))
f.on_agenda("festisol", 5017, "Festisol : soirée d'ouverture", [(at(18, "19:00"), at(18, "22:00"))], "Festisol Angoulême",
            O("Espace Franquin", "1 ter bd Berthelot", "16000", "Angoulême"))

# 16 Niort mutual conference, acronym organiser in the form
f.on_platform("mutuelles", 18, "Conférence : les mutuelles, d'hier à demain", at(29, "18:00"), at(29, "20:00"),
              "Mutualité Française Nouvelle-Aquitaine", P("Le Moulin du Roc", "9 boulevard Main", "79000", "NIORT"))
f.in_calendar("mutuelles", "mfna-niort@google.com", "DTSTART:20221129T170000Z", "DTEND:20221129T190000Z",
              "SUMMARY:Les mutuelles d'hier à demain", "LOCATION:Moulin du Roc\\, Niort")

# 17 Périgueux disco soup (alone)
f.on_platform("disco", 19, "Disco soupe anti-gaspillage", at(26, "11:00"), at(26, "14:00"), "Slow Food Périgord",
              P("Place Saint-Louis", "", "24000", "PÉRIGUEUX"))

# 18 Mérignac recyclerie open days (two days), all-day in the calendar
f.on_platform("recyclerie", 20, "Portes ouvertes de la recyclerie", at(25, "10:00"), at(26, "18:00"), "Recyclerie de Mérignac",
              P("La Recyclerie", "14 avenue de la Somme", "33700", "MÉRIGNAC"))
f.in_calendar("recyclerie", "porecy@google.com", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Portes ouvertes Recyclerie", "LOCATION:14 av. de la Somme\\, Mérignac")

# 19 Agen ESAT visit
f.on_platform("esat", 21, "Visite de l'ESAT et de ses ateliers", at(16, "10:00"), at(16, "12:00"), "ESAT du Pays de l'Agenais",
              P("ESAT", "Rue de Sevin", "47000", "AGEN"))
f.on_agenda("esat", 5021, "Découverte d'un ESAT : visite des ateliers", [(at(16, "10:00"), at(16, "12:00"))],
            "Esat Pays Agenais", O("ESAT du Pays de l'Agenais", "rue de Sevin", "47000", "Agen"))

# 20 Pessac bike workshop: venue in one copy, street in the other, local-as-Z slip
f.on_platform("velo-pessac", 22, "Atelier d'autoréparation de vélos", at(12, "14:00"), at(12, "18:00"), "Vélo-Cité Pessac",
              P("La Cyclerie", "", "33600", "PESSAC"))
f.in_calendar("velo-pessac", "velocite-pessac@asso-pau.fr", "DTSTART:20221112T140000Z", "DTEND:20221112T180000Z",
              "SUMMARY:Atelier vélo", "LOCATION:21 rue de Camponac\\, Pessac")

f.in_form([
    ("cine-utopia", row("NA-2022-001", "Terre de Liens", "Ciné-débat Nous la mangerons", "15/11/2022", "", "Utopia, 5 place Camille Jullian, Bordeaux")),
    ("forum-limoges", row("NA-2022-002", "CRESS NA", "Forum emploi engagement ESS", "17/11/2022", "", "Espace Simone Veil, 3 pl. W. Churchill, 87000 Limoges")),
    ("monnaie", row("NA-2022-003", "AMLP", "Conférence monnaie locale", "23/11/2022", "19h", "Maison des 3 Quartiers, Poitiers")),
    ("nautisme", row("NA-2022-004", "ANC", "Webinaire nautisme", "24/11/2022", "", "En ligne", fmt="Distanciel")),
    ("marche-noblat", row("NA-2022-005", "Amis de la Terre Limousin", "Marché paysan", "20/11/2022", "", "Place de la République, St-Léonard-de-Noblat")),
    ("eusko", row("NA-2022-006", "Euskal Moneta", "Table ronde Eusko", "22/11/2022", "", "Ttipi Ttapa, rue Pannecau, Bayonne")),
    ("atis-atelier", row("NA-2022-007", "ATIS", "Atelier entreprendre en coop", "08/11/2022", "9h30", "Darwin, Bordeaux")),
    ("atis-apero", row("NA-2022-008", "ATIS", "Apéro coop", "08/11/2022", "18h30", "Darwin, Bordeaux")),
    ("compost-10", row("NA-2022-009", "Compost'Age", "Initiation compostage (1/3)", "10/11/2022", "", "Jardin des Couronneries, Poitiers")),
    ("num-gueret", row("NA-2022-010", "Familles Rurales 23", "Atelier numérique seniors", "18/11/2022", "", "Médiathèque, Guéret")),
    ("festisol", row("NA-2022-011", "Festisol", "Soirée d'ouverture Festisol", "18/11/2022", "", "Espace Franquin, Angoulême")),
    ("mutuelles", row("NA-2022-012", "MFNA", "Conférence mutuelles", "29/11/2022", "", "Moulin du Roc, 9 bd Main, Niort")),
    ("esat", row("NA-2022-013", "ESAT Pays de l'Agenais", "Visite ESAT", "16/11/2022", "", "rue de Sevin, Agen")),
    ("recyclerie", row("NA-2022-014", "Recyclerie de Mérignac", "Portes ouvertes", "25/11/2022", "", "La Recyclerie, 14 av. de la Somme, Mérignac")),
    ("disco", row("NA-2022-015", "Slow Food Périgord", "Disco soupe", "26/11/2022", "", "Place St-Louis, Périgueux")),
], bom=True)

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
