"""Blind hand-written set (lead, 7 Dec 2026): one edition of four Grand Est sources together, through the connectors.
Pairwise precision/recall of the merge against the real events."""
import itertools, sys, tempfile
from pathlib import Path
from tests.lib.test_dedup_through_connectors import Feeds, at, ONLINE, PLATFORM, AGENDA, CALENDAR, SHEET, KIND
from tests.lib import test_dedup_through_connectors as T
from assets.lib.dedup import CommuneIndex, deduplicate, use_territories
from assets.lib.normalize import normalize_records
from assets.lib.records import payload_json
from assets.lib.sources import KINDS
from assets.lib.sources.base import parse_options
import pandas as pd

def P(name, address, cp, city, **more): return {"name": name, "address": address, "postal_code": cp, "city": city, **more}
def A(name, address, cp, city, **more): return {"name": name, "address": f"{address}, {cp} {city}", "postalCode": cp, "city": city, **more}
def row(i, org, title, date, hours="", lieu="", adresse="", cp="", ville="", fmt="Présentiel"):
    return {"N° inscription": i, "Nom de la structure": org, "Titre de l'événement": title, "Date": date, "Horaires": hours,
            "Lieu": lieu, "Adresse": adresse, "Code postal": cp, "Ville": ville, "Format": fmt}

f = Feeds()
# 1 / 2: two repair cafés in Strasbourg the same afternoon
f.on_platform("repair-neudorf", 1, "Repair Café du Neudorf", at(12, "14:00"), at(12, "17:00"), "Repair Café Strasbourg",
              P("Centre socioculturel du Neudorf", "1 place du Marché", "67100", "Strasbourg"))
f.in_calendar("repair-neudorf", "rc-neudorf@ees", "DTSTART;TZID=Europe/Paris:20221112T140000",
              "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Repair café Neudorf", "LOCATION:CSC du Neudorf")
f.on_agenda("repair-neudorf", 2001, "Repair café - Neudorf", [(at(12, "14:00"), at(12, "17:00"))], "Repair Café Strasbourg",
            A("CSC Neudorf", "1 place du Marché", "67100", "Strasbourg", insee="67482", latitude=48.5703, longitude=7.7640))
f.on_platform("repair-cronenbourg", 2, "Repair café de Cronenbourg", at(12, "14:00"), at(12, "18:00"),
              "Les Petits Débrouillards Grand Est", P("Maison de quartier de Cronenbourg", "56 rue du Rieth", "67200", "Strasbourg"))
f.in_calendar("repair-cronenbourg", "rc-cronenbourg@ees", "DTSTART:20221112T140000Z", "DTEND:20221112T180000Z",
              "SUMMARY:Repair café Cronenbourg", "LOCATION:Strasbourg")
# 3: webinar
f.on_platform("scic", 3, "Webinaire « Créer une SCIC »", at(15, "12:30"), at(15, "13:30"),
              "Union régionale des Scop et Scic Grand Est", ONLINE, modality="En ligne")
f.on_agenda("scic", 2003, "Créer une Scic : webinaire d'information", [(at(15, "12:30"), at(15, "13:30"))], "URSCOP Grand Est",
            {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/81234567890")
# 4: forum emploi Metz
METZ_CC = P("Centre des congrès Robert Schuman", "100 rue aux Arènes", "57000", "Metz")
f.on_platform("forum-metz", 4, "Forum de l'emploi dans l'ESS", at(17, "09:30"), at(17, "16:30"), "CRESS Grand Est", METZ_CC)
f.on_agenda("forum-metz", 2004, "Forum emploi & ESS 2022", [(at(17, "09:30"), at(17, "16:30"))], "CRESS Grand Est",
            A("Centre des congrès Robert Schuman", "100 rue aux Arènes", "57000", "Metz", insee="57463"))
# 5 / 6: two ciné-débats at one Nancy cinema, different days
CAMEO = P("Cinéma Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy")
f.on_platform("cine-forets", 5, "Ciné-débat « Le Temps des forêts »", at(18, "20:00"), at(18, "22:30"),
              "Les Amis de la Terre Nancy", CAMEO)
f.on_agenda("cine-forets", 2005, "Projection-débat : Le temps des forêts", [(at(18, "20:00"), at(18, "22:30"))],
            "Amis de la Terre Nancy", A("Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy", insee="54395"))
f.on_platform("cine-douce", 6, "Ciné-débat « Douce France »", at(22, "20:00"), at(22, "22:30"), "Alternatiba Nancy", CAMEO)
f.on_agenda("cine-douce", 2006, "Ciné-débat : Douce France", [(at(22, "20:00"), at(22, "22:30"))], "Alternatiba Nancy",
            A("Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy", insee="54395"))
# 7: Colmar Christmas market
f.on_platform("noel-colmar", 7, "Marché de Noël solidaire", at(26, "10:00"), at(26, "18:00"), "Emmaüs Colmar",
              P("Koïfhus", "29 Grand'Rue", "68000", "Colmar"))
# 8a/8b: two visits of a Mulhouse ressourcerie
f.on_platform("visite-matin", 8, "Visite guidée de la ressourcerie", at(16, "10:00"), at(16, "11:30"),
              "Ressourcerie de Mulhouse", P("Ressourcerie de Mulhouse", "9 rue de Thann", "68200", "Mulhouse"))
# 9: Reims conference
f.on_platform("conf-reims", 9, "Conférence « L'ESS, moteur de la transition »", at(15, "18:30"), at(15, "20:30"), "URCA",
              P("Campus Croix-Rouge", "57 rue Pierre Taittinger", "51100", "Reims"))
f.on_agenda("conf-reims", 2009, "L'ESS, moteur de la transition écologique ? Conférence-débat", [(at(15, "18:30"), at(15, "20:30"))],
            "Université de Reims Champagne-Ardenne", A("Campus Croix-Rouge", "57 rue Pierre Taittinger", "51100", "Reims"))
# 10: bike repair workshop, venue only in the calendar
f.on_platform("velo", 10, "Mois de l'ESS – Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "17:00"), "Bretz'selle",
              P("Atelier Bretz'selle", "6 rue du Bouclier", "67000", "Strasbourg"))
f.in_calendar("velo", "velo@ees", "DTSTART;TZID=Europe/Paris:20221119T140000", "DTEND;TZID=Europe/Paris:20221119T170000",
              "SUMMARY:Atelier réparation de vélos", "LOCATION:Bretz'selle")
f.on_agenda("velo", 2010, "Atelier d'autoréparation de vélos", [(at(19, "14:00"), at(19, "17:00"))], "Bretz'selle",
            A("Bretz'selle", "6 rue du Bouclier", "67000", "Strasbourg", insee="67482"))
# 11: games afternoon Épinal
f.on_platform("jeux-epinal", 11, "Après-midi jeux coopératifs", at(20, "14:00"), at(20, "18:00"), "Ludothèque Les Dés Vosgiens",
              P("Ludothèque Les Dés Vosgiens", "12 rue Saint-Michel", "88000", "Épinal"))
# 12 / 13: one organiser's two breakfasts, Troyes and Reims
f.on_platform("pdj-troyes", 12, "Petit-déjeuner des entrepreneurs de l'ESS", at(24, "08:30"), at(24, "10:00"),
              "France Active Champagne-Ardenne", P("Maison de l'Économie", "1 boulevard Charles Baltet", "10000", "Troyes"))
f.on_agenda("pdj-troyes", 2012, "Petit déj' ESS : financer son projet", [(at(24, "08:30"), at(24, "10:00"))],
            "France Active Champagne-Ardenne", A("Maison de l'Économie", "1 bd Charles Baltet", "10000", "Troyes"))
f.on_platform("pdj-reims", 13, "Petit-déjeuner des entrepreneurs de l'ESS", at(25, "08:30"), at(25, "10:00"),
              "France Active Champagne-Ardenne", P("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
f.on_agenda("pdj-reims", 2013, "Petit déj' ESS à Reims", [(at(25, "08:30"), at(25, "10:00"))],
            "France Active Champagne-Ardenne", A("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
# 14a/14b: toy collection on two Saturdays
f.on_platform("jouets-19", 14, "Collecte solidaire de jouets", at(19, "09:00"), at(19, "12:00"), "Secours populaire Thionville",
              P("Local du Secours populaire", "3 rue de la Paix", "57100", "Thionville"))
# 15: round table, calendar a UTC slip
f.on_platform("femmes", 15, "Table ronde « Femmes et ESS »", at(22, "18:00"), at(22, "20:00"), "CRESS Grand Est",
              P("Maison des associations", "1a place des Orphelins", "67000", "Strasbourg"))
f.in_calendar("femmes", "femmes@ees", "DTSTART:20221122T180000Z", "DTEND:20221122T200000Z", "SUMMARY:Table-ronde : femmes & ESS",
              "LOCATION:Maison des associations\\, 1a place des Orphelins\\, Strasbourg")
f.on_agenda("femmes", 2015, "Femmes et ESS : table ronde", [(at(22, "18:00"), at(22, "20:00"))], "CRESS Grand Est",
            A("Maison des associations", "1a place des Orphelins", "67000", "Strasbourg"))
# 16: disco soupe Metz
f.on_platform("disco", 16, "Disco soupe", at(26, "11:00"), at(26, "15:00"), "Slow Food Metz", P("Place Saint-Louis", "", "57000", "Metz"))
# 17: open days of a Scop in Haguenau
f.on_platform("scop-haguenau", 17, "Portes ouvertes de la menuiserie coopérative Bois & Co", at(18, "10:00"), at(18, "17:00"),
              "Bois & Co", P("Bois & Co", "14 route de Strasbourg", "67500", "Haguenau"))
f.on_agenda("scop-haguenau", 2017, "Journée portes ouvertes chez Bois & Co (Scop)", [(at(18, "10:00"), at(18, "17:00"))],
            "Bois & Co SCOP SARL", A("Bois & Co", "14 route de Strasbourg", "67500", "Haguenau"))
# 18: CV workshop Mulhouse
f.on_platform("cv", 18, "Atelier CV et lettre de motivation", at(17, "14:00"), at(17, "16:00"), "Régie de quartier de Mulhouse",
              P("Régie de quartier", "10 rue de Pfastatt", "68200", "Mulhouse"))
# 19: local currency conference, the calendar naming the bookshop alone
f.on_platform("stuck", 19, "Conférence : le Stück, la monnaie locale strasbourgeoise", at(16, "19:00"), at(16, "21:00"), "Le Stück",
              P("Librairie Kléber", "1 rue des Francs-Bourgeois", "67000", "Strasbourg"))
f.in_calendar("stuck", "stuck@ees", "DTSTART;TZID=Europe/Paris:20221116T190000", "DTEND;TZID=Europe/Paris:20221116T210000",
              "SUMMARY:Le Stück\\, monnaie locale : conférence", "LOCATION:Librairie Kléber")
f.on_agenda("stuck", 2019, "Le Stück : une monnaie locale pour Strasbourg", [(at(16, "19:00"), at(16, "21:00"))],
            "Association Le Stück", A("Librairie Kléber", "1 rue des Francs-Bourgeois", "67000", "Strasbourg"))
# 20: Jardin de Cocagne
f.on_platform("cocagne", 20, "Visite du Jardin de Cocagne", at(19, "10:00"), at(19, "12:00"), "Jardins de Cocagne Nancy",
              P("Jardin de Cocagne", "Chemin de la Sapinière", "54500", "Vandoeuvre-les-Nancy"))
# 21: games evening Châlons
f.on_platform("jeux-chalons", 21, "Soirée jeux de société", at(18, "20:00"), at(18, "23:00"), "Ludothèque Ludi'Châlons",
              P("Ludothèque", "6 rue Chevalier", "51000", "Châlons-en-Champagne"))
# 22: volunteers' training
f.on_platform("benevoles", 22, "Formation des bénévoles", at(21, "09:00"), at(21, "12:00"), "Ligue de l'enseignement des Ardennes",
              P("Maison de la vie associative", "25 rue Irénée Carré", "08000", "Charleville-Mézières"))
f.on_agenda("benevoles", 2022, "Formation : accueillir et fidéliser ses bénévoles", [(at(21, "09:00"), at(21, "12:00"))],
            "Ligue de l'Enseignement 08", A("Maison de la vie associative", "25 rue Irénée Carré", "08000", "Charleville-Mézières"))
# 23 / 24: one organiser's two webinars on one day
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4"
f.on_platform("achats", 23, "Webinaire : les achats responsables dans les collectivités", at(23, "11:00"), at(23, "12:00"),
              "CRESS Grand Est", ONLINE, modality="En ligne")
f.on_agenda("achats", 2023, "Achats responsables et collectivités (webinaire)", [(at(23, "11:00"), at(23, "12:00"))],
            "CRESS Grand Est", {}, mode=2, onlineAccessLink=TEAMS)
f.in_calendar("achats", "achats@ees", "DTSTART;TZID=Europe/Paris:20221123T110000", "DTEND;TZID=Europe/Paris:20221123T120000",
              "SUMMARY:Webinaire achats responsables", f"LOCATION:{TEAMS}")
f.on_platform("commande", 24, "Webinaire : l'ESS et la commande publique", at(23, "14:00"), at(23, "15:30"),
              "CRESS Grand Est", ONLINE, modality="En ligne")
f.on_agenda("commande", 2024, "L'ESS et la commande publique (webinaire)", [(at(23, "14:00"), at(23, "15:30"))],
            "CRESS Grand Est", {}, mode=2, onlineAccessLink="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk5")
# 25: photo exhibition over two weeks
f.on_platform("expo", 25, "Exposition photo « Visages de l'ESS »", at(14, "10:00"), at(30, "18:00"), "CRESS Grand Est",
              P("Médiathèque Les Augustins", "2 rue des Augustins", "55100", "Verdun"))
# 26 / 27: two repair cafés at the same time in two towns
f.on_platform("repair-colmar", 26, "Repair café", at(19, "09:00"), at(19, "12:00"), "Repair Café Colmar",
              P("Salle Europe", "13 rue d'Amsterdam", "68000", "Colmar"))
f.on_platform("repair-selestat", 27, "Repair café", at(19, "09:00"), at(19, "12:00"), "Repair Café Sélestat",
              P("Salle Sainte-Barbe", "Boulevard du Général Leclerc", "67600", "Sélestat"))
f.on_agenda("repair-selestat", 2027, "Repair Café de Sélestat", [(at(19, "09:00"), at(19, "12:00"))], "Repair Café Sélestat",
            A("Salle Sainte-Barbe", "Boulevard du Général Leclerc", "67600", "Sélestat"))
# 28: producers' market
f.on_platform("marche-sarreguemines", 28, "Marché des producteurs locaux", at(20, "09:00"), at(20, "13:00"), "Les Paniers Sarrois",
              P("Place du Marché", "", "57200", "Sarreguemines"))
f.on_agenda("marche-sarreguemines", 2028, "Marché de producteurs locaux et solidaires", [(at(20, "09:00"), at(20, "13:00"))],
            "Les Paniers Sarrois", A("Place du Marché", "Place du Marché", "57200", "Sarreguemines"))
# 29: elected officials' meeting
f.on_platform("elus", 29, "Rencontre élus et acteurs de l'ESS", at(24, "14:00"), at(24, "17:00"),
              "Conseil départemental de la Haute-Marne", P("Hôtel du Département", "1 rue du Commandant Hugueny", "52000", "Chaumont"))
# 30 / 31: one organiser's compost workshops, same time, two neighbouring towns
f.on_platform("compost-schilick", 30, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Eco-Conseil",
              P("Jardin partagé du Parc de la Résistance", "Rue de la Patrie", "67300", "Schiltigheim"))
f.in_calendar("compost-schilick", "compost-1@ees", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Atelier compostage", "LOCATION:Jardin partagé\\, Schiltigheim")
f.on_platform("compost-stras", 31, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Eco-Conseil",
              P("Jardin des Deux Rives", "Rue des Cavaliers", "67100", "Strasbourg"))
f.in_calendar("compost-stras", "compost-2@ees", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Atelier compostage", "LOCATION:Jardin des Deux Rives\\, Strasbourg")
# 32 / 33: a climate fresk twice at one venue
OCTROI = A("L'Octroi", "47 boulevard d'Austrasie", "54000", "Nancy")
f.on_platform("fresque-17", 32, "Fresque du Climat", at(17, "18:00"), at(17, "21:00"), "La Fresque du Climat Lorraine",
              P("L'Octroi", "47 boulevard d'Austrasie", "54000", "Nancy"))
f.on_agenda("fresque-17", 2032, "Atelier La Fresque du Climat", [(at(17, "18:00"), at(17, "21:00"))], "Fresque du Climat", OCTROI)
f.on_agenda("fresque-24", 2033, "Atelier La Fresque du Climat", [(at(24, "18:00"), at(24, "21:00"))], "Fresque du Climat", OCTROI)
# 34: concert
f.on_platform("concert", 34, "Concert solidaire", at(25, "20:30"), at(25, "23:30"), "Le Noumatrouff",
              P("Le Noumatrouff", "57 rue de la Mertzau", "68100", "Mulhouse"))
f.on_agenda("concert", 2034, "Concert solidaire au Noumatrouff", [(at(25, "20:30"), at(25, "23:30"))], "Noumatrouff",
            A("Le Noumatrouff", "57 rue de la Mertzau", "68100", "Mulhouse"))
# 35: a two-day hackathon
f.on_platform("hack", 35, "Hackathon ESS & numérique", at(18, "09:00"), at(19, "18:00"), "BLIIIDA",
              P("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
f.on_agenda("hack", 2035, "Hackathon « Numérique et ESS »", [(at(18, "09:00"), at(18, "18:00")), (at(19, "09:00"), at(19, "18:00"))],
            "BLIIIDA", A("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
# 36: urban walk
f.on_platform("balade", 36, "Balade urbaine « L'ESS dans mon quartier »", at(19, "14:00"), at(19, "16:00"), "Centre social Orgeval",
              P("Place d'Erlon", "", "51100", "Reims"))
# 37: sewing
f.on_platform("couture", 37, "Atelier couture zéro déchet", at(23, "14:00"), at(23, "17:00"), "Le Fil Solidaire",
              P("Le Fil Solidaire", "18 rue Nationale", "57600", "Forbach"))
# 38: regional PTCE meeting, four sources
f.on_platform("ptce", 38, "Rencontre régionale des PTCE", at(29, "09:30"), at(29, "16:00"), "CRESS Grand Est",
              P("Hôtel de Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
f.in_calendar("ptce", "ptce@ees", "DTSTART:20221129T093000Z", "DTEND:20221129T160000Z",
              "SUMMARY:Rencontre régionale des pôles territoriaux de coopération économique", "LOCATION:Hôtel de Région")
f.on_agenda("ptce", 2038, "Rencontre régionale des Pôles territoriaux de coopération économique (PTCE)",
            [(at(29, "09:30"), at(29, "16:00"))], "CRESS Grand Est", A("Maison de la Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
# 39: plant swap, the calendar's place the town alone
f.on_platform("troc", 39, "Troc de plantes", at(12, "10:00"), at(12, "12:00"), "Illkirch en transition",
              P("Parvis de la médiathèque", "Place de l'Hôtel de Ville", "67400", "Illkirch-Graffenstaden"))
f.in_calendar("troc", "troc@ees", "DTSTART;TZID=Europe/Paris:20221112T100000", "DTEND;TZID=Europe/Paris:20221112T120000",
              "SUMMARY:Troc plantes", "LOCATION:Illkirch")
# 40: digital workshop for seniors
f.on_platform("numerique", 40, "Atelier numérique pour les seniors", at(22, "14:00"), at(22, "16:00"), "Familles Rurales Vosges",
              P("Espace Georges-Sadoul", "Quai Jeanne d'Arc", "88100", "Saint-Dié-des-Vosges"))

f.in_form([
    ("scic", row("GE-001", "UR Scop Grand Est", "Créer une SCIC (webinaire)", "15/11/2022", "12h30-13h30", "Visio", fmt="Distanciel")),
    ("forum-metz", row("GE-002", "CRESS GE", "Forum Emploi ESS", "17/11/2022", "Toute la journée", "Centre des congrès", "", "57000", "METZ")),
    ("cine-forets", row("GE-003", "Les Amis de la Terre", "Ciné-débat Le Temps des forets", "18/11/2022", "20h", "Caméo", "16 rue de la Commanderie", "54000", "Nancy")),
    ("noel-colmar", row("GE-004", "Emmaüs Colmar", "Marché de Noël solidaire et équitable", "26/11/2022", "10h-18h", "Koifhus", "Grand'Rue", "68000", "Colmar")),
    ("visite-matin", row("GE-005", "Ressourcerie de Mulhouse", "Visite de la ressourcerie (matin)", "16/11/2022", "10h", "", "9 rue de Thann", "68200", "Mulhouse")),
    ("visite-aprem", row("GE-006", "Ressourcerie de Mulhouse", "Visite de la ressourcerie (après-midi)", "16/11/2022", "14h30", "", "9 rue de Thann", "68200", "Mulhouse")),
    ("jeux-epinal", row("GE-007", "Les Dés Vosgiens", "Jeux coopératifs", "20/11/2022", "", "Ludothèque", "12 rue St-Michel", "88000", "Epinal")),
    ("pdj-troyes", row("GE-008", "France Active", "P'tit déj des entrepreneurs ESS", "24/11/2022", "8h30", "Maison de l'Économie", "", "10000", "Troyes")),
    ("jouets-19", row("GE-009", "Secours populaire", "Collecte de jouets", "19/11/2022", "9h-12h", "", "3 rue de la Paix", "57100", "Thionville")),
    ("jouets-26", row("GE-010", "Secours populaire", "Collecte de jouets", "26/11/2022", "9h-12h", "", "3 rue de la Paix", "57100", "Thionville")),
    ("disco", row("GE-011", "Slow Food Metz", "Disco Soupe anti-gaspi", "26/11/2022", "11h-15h", "Place St-Louis", "", "", "Metz")),
    ("scop-haguenau", row("GE-012", "Bois & Co", "Portes ouvertes Bois & Co", "18/11/2022", "10h-17h", "", "14 rte de Strasbourg", "67500", "Haguenau")),
    ("cv", row("GE-013", "Régie de Quartier", "Atelier CV", "17/11/2022", "14h-16h", "", "10 rue de Pfastatt", "68200", "Mulhouse")),
    ("cocagne", row("GE-014", "Jardins de Cocagne", "Visite du jardin + vente de légumes", "19/11/2022", "10h", "Jardin de Cocagne", "", "", "Vandœuvre")),
    ("expo", row("GE-015", "CRESS Grand Est", "Expo photo Visages de l'ESS", "14/11/2022", "", "Médiathèque", "", "55100", "Verdun")),
    ("repair-colmar", row("GE-016", "Repair Café Colmar", "Repair Café", "19/11/2022", "9h-12h", "Salle Europe", "", "", "Colmar")),
    ("elus", row("GE-017", "CD52", "Rencontre élus / acteurs ESS", "24/11/2022", "14h-17h", "", "", "52000", "Chaumont")),
    ("fresque-17", row("GE-018", "Fresque du Climat Lorraine", "Atelier Fresque du Climat", "17/11/2022", "", "L'Octroi", "", "", "Nancy")),
    ("fresque-24", row("GE-019", "Fresque du Climat Lorraine", "Atelier Fresque du Climat", "24/11/2022", "", "L'Octroi", "", "", "Nancy")),
    ("hack", row("GE-020", "BLIIIDA", "Hackathon ESS et numérique", "18/11/2022", "", "BLIIIDA", "", "57000", "Metz")),
    ("balade", row("GE-021", "CS Orgeval", "Ballade urbaine l'ESS dans mon quartier", "19/11/2022", "14h-16h", "Place d'Erlon", "", "", "Reims")),
    ("ptce", row("GE-022", "CRESS Grand Est", "Rencontre régionale PTCE", "29/11/2022", "", "Région Grand Est", "", "", "Strasbourg")),
    ("numerique", row("GE-023", "Familles Rurales", "Atelier informatique seniors", "22/11/2022", "14h", "Espace Sadoul", "", "", "St-Dié")),
    ("couture", row("GE-024", "Le Fil Solidaire", "Atelier couture zero dechet", "23/11/2022", "14h-17h", "", "18 rue Nationale", "", "Forbach")),
])

def run(feeds):
    index = CommuneIndex.from_reference(); use_territories(index)
    root = Path(tempfile.mkdtemp())
    rows, options = [], {}
    for source, (folder, raw_options) in feeds.write(root).items():
        kind = KINDS[KIND[source]]
        options[source] = parse_options(kind.options, raw_options)
        read = kind.read(folder, T.EDITION, source, options[source])
        assert not read.problems, read.problems
        rows += [{"edition": r.edition, "source": r.source, "source_kind": KIND[source], "source_record_id": r.source_record_id,
                  "position": r.position, "file": r.file, "payload": payload_json(r.payload)} for r in read.records]
    norm = normalize_records(pd.DataFrame(rows), options)
    assert norm.quarantine.empty, norm.quarantine.to_dict("records")
    events = norm.events
    def real(source, ident, start):
        e = feeds.truth[source, ident.split("#")[0] if source == CALENDAR else ident]
        return e[start[:10]] if isinstance(e, dict) else e
    truth = {(r.source, r.source_identifiant): real(r.source, r.source_identifiant, str(r.date_debut)) for r in events.itertuples()}
    result = deduplicate(events, index)
    groups = []
    for r in result.events.itertuples():
        groups.append([(r.source, r.source_identifiant)] + [tuple(k.split(":", 1)) for k in filter(None, r.sources_fusionnees.split("|"))])
    keys = list(truth)
    true_pairs = {frozenset(p) for p in itertools.combinations(keys, 2) if truth[p[0]] == truth[p[1]]}
    pred = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    ok = true_pairs & pred
    print(f"listings {len(keys)} real events {len(set(truth.values()))} published {len(groups)}; true pairs {len(true_pairs)} "
          f"predicted {len(pred)} correct {len(ok)}: precision {len(ok)/max(1,len(pred)):.4f} recall {len(ok)/max(1,len(true_pairs)):.4f}")
    for p in sorted(pred - true_pairs, key=str): print("  WRONG", sorted(p), [truth[k] for k in p])
    for p in sorted(true_pairs - pred, key=str): print("  MISSED", sorted(p), truth[next(iter(p))])
    return events, groups

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
