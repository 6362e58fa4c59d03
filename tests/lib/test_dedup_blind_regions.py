"""Nine sets of one edition's listings written blind (without reading the merge rules first) as four sources of a
région list them, read by the connectors and merged together (events of a set compete with each other, as in a real
edition): every real event published once, no two merged (see docs/dedoublonnage.md, « un jeu écrit à
l'aveugle »)."""

import pytest

from tests.lib.test_dedup_through_connectors import ONLINE, Feeds, at, read_and_merge


def place(name: str, address: str, postal: str, city: str, **more) -> dict:
    """A place of the national platform's JSON."""
    return {"name": name, "address": address, "postal_code": postal, "city": city, **more}


def location(name: str, address: str, postal: str, city: str, **more) -> dict:
    """A location object of an OpenAgenda export."""
    return {"name": name, "address": f"{address}, {postal} {city}", "postalCode": postal, "city": city, **more}


def row(number: str, organiser: str, title: str, date: str, hours: str = "", venue: str = "", address: str = "",
        postal: str = "", town: str = "", form: str = "Présentiel") -> dict:
    """A row of the CRESS registration form's export."""
    return {"N° inscription": number, "Nom de la structure": organiser, "Titre de l'événement": title, "Date": date,
            "Horaires": hours, "Lieu": venue, "Adresse": address, "Code postal": postal, "Ville": town,
            "Format": form}


def _grand_est() -> Feeds:
    """Grand Est: 42 events, 95 listings; two repair cafés one afternoon in Strasbourg, one
    organiser's two webinars in a day, the Région's seat named four ways."""
    f = Feeds()
    # 1 / 2: two repair cafés in Strasbourg the same afternoon
    f.on_platform("repair-neudorf", 1, "Repair Café du Neudorf", at(12, "14:00"), at(12, "17:00"),
                  "Repair Café Strasbourg",
                  place("Centre socioculturel du Neudorf", "1 place du Marché", "67100", "Strasbourg"))
    f.in_calendar("repair-neudorf", "rc-neudorf@ees", "DTSTART;TZID=Europe/Paris:20221112T140000",
                  "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Repair café Neudorf", "LOCATION:CSC du Neudorf")
    f.on_agenda("repair-neudorf", 2001, "Repair café - Neudorf", [(at(12, "14:00"), at(12, "17:00"))],
                "Repair Café Strasbourg",
                location("CSC Neudorf", "1 place du Marché", "67100", "Strasbourg", insee="67482", latitude=48.5703,
                         longitude=7.7640))
    f.on_platform("repair-cronenbourg", 2, "Repair café de Cronenbourg", at(12, "14:00"), at(12, "18:00"),
                  "Les Petits Débrouillards Grand Est",
                  place("Maison de quartier de Cronenbourg", "56 rue du Rieth", "67200", "Strasbourg"))
    f.in_calendar("repair-cronenbourg", "rc-cronenbourg@ees", "DTSTART:20221112T140000Z", "DTEND:20221112T180000Z",
                  "SUMMARY:Repair café Cronenbourg", "LOCATION:Strasbourg")
    # 3: webinar
    f.on_platform("scic", 3, "Webinaire « Créer une SCIC »", at(15, "12:30"), at(15, "13:30"),
                  "Union régionale des Scop et Scic Grand Est", ONLINE, modality="En ligne")
    f.on_agenda("scic", 2003, "Créer une Scic : webinaire d'information", [(at(15, "12:30"), at(15, "13:30"))],
                "URSCOP Grand Est",
                {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/81234567890")
    # 4: forum emploi Metz
    METZ_CC = place("Centre des congrès Robert Schuman", "100 rue aux Arènes", "57000", "Metz")
    f.on_platform("forum-metz", 4, "Forum de l'emploi dans l'ESS", at(17, "09:30"), at(17, "16:30"), "CRESS Grand Est",
                  METZ_CC)
    f.on_agenda("forum-metz", 2004, "Forum emploi & ESS 2022", [(at(17, "09:30"), at(17, "16:30"))], "CRESS Grand Est",
                location("Centre des congrès Robert Schuman", "100 rue aux Arènes", "57000", "Metz", insee="57463"))
    # 5 / 6: two ciné-débats at one Nancy cinema, different days
    CAMEO = place("Cinéma Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy")
    f.on_platform("cine-forets", 5, "Ciné-débat « Le Temps des forêts »", at(18, "20:00"), at(18, "22:30"),
                  "Les Amis de la Terre Nancy", CAMEO)
    f.on_agenda("cine-forets", 2005, "Projection-débat : Le temps des forêts", [(at(18, "20:00"), at(18, "22:30"))],
                "Amis de la Terre Nancy",
                location("Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy", insee="54395"))
    f.on_platform("cine-douce", 6, "Ciné-débat « Douce France »", at(22, "20:00"), at(22, "22:30"),
                  "Alternatiba Nancy", CAMEO)
    f.on_agenda("cine-douce", 2006, "Ciné-débat : Douce France", [(at(22, "20:00"), at(22, "22:30"))],
                "Alternatiba Nancy",
                location("Caméo Commanderie", "16 rue de la Commanderie", "54000", "Nancy", insee="54395"))
    # 7: Colmar Christmas market
    f.on_platform("noel-colmar", 7, "Marché de Noël solidaire", at(26, "10:00"), at(26, "18:00"), "Emmaüs Colmar",
                  place("Koïfhus", "29 Grand'Rue", "68000", "Colmar"))
    # 8a/8b: two visits of a Mulhouse ressourcerie
    f.on_platform("visite-matin", 8, "Visite guidée de la ressourcerie", at(16, "10:00"), at(16, "11:30"),
                  "Ressourcerie de Mulhouse", place("Ressourcerie de Mulhouse", "9 rue de Thann", "68200", "Mulhouse"))
    # 9: Reims conference
    f.on_platform("conf-reims", 9, "Conférence « L'ESS, moteur de la transition »", at(15, "18:30"), at(15, "20:30"),
                  "URCA",
                  place("Campus Croix-Rouge", "57 rue Pierre Taittinger", "51100", "Reims"))
    f.on_agenda("conf-reims", 2009, "L'ESS, moteur de la transition écologique ? Conférence-débat",
                [(at(15, "18:30"), at(15, "20:30"))],
                "Université de Reims Champagne-Ardenne",
                location("Campus Croix-Rouge", "57 rue Pierre Taittinger", "51100", "Reims"))
    # 10: bike repair workshop, venue only in the calendar
    f.on_platform("velo", 10, "Mois de l'ESS – Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "17:00"),
                  "Bretz'selle",
                  place("Atelier Bretz'selle", "6 rue du Bouclier", "67000", "Strasbourg"))
    f.in_calendar("velo", "velo@ees", "DTSTART;TZID=Europe/Paris:20221119T140000",
                  "DTEND;TZID=Europe/Paris:20221119T170000",
                  "SUMMARY:Atelier réparation de vélos", "LOCATION:Bretz'selle")
    f.on_agenda("velo", 2010, "Atelier d'autoréparation de vélos", [(at(19, "14:00"), at(19, "17:00"))], "Bretz'selle",
                location("Bretz'selle", "6 rue du Bouclier", "67000", "Strasbourg", insee="67482"))
    # 11: games afternoon Épinal
    f.on_platform("jeux-epinal", 11, "Après-midi jeux coopératifs", at(20, "14:00"), at(20, "18:00"),
                  "Ludothèque Les Dés Vosgiens",
                  place("Ludothèque Les Dés Vosgiens", "12 rue Saint-Michel", "88000", "Épinal"))
    # 12 / 13: one organiser's two breakfasts, Troyes and Reims
    f.on_platform("pdj-troyes", 12, "Petit-déjeuner des entrepreneurs de l'ESS", at(24, "08:30"), at(24, "10:00"),
                  "France Active Champagne-Ardenne",
                  place("Maison de l'Économie", "1 boulevard Charles Baltet", "10000", "Troyes"))
    f.on_agenda("pdj-troyes", 2012, "Petit déj' ESS : financer son projet", [(at(24, "08:30"), at(24, "10:00"))],
                "France Active Champagne-Ardenne",
                location("Maison de l'Économie", "1 bd Charles Baltet", "10000", "Troyes"))
    f.on_platform("pdj-reims", 13, "Petit-déjeuner des entrepreneurs de l'ESS", at(25, "08:30"), at(25, "10:00"),
                  "France Active Champagne-Ardenne",
                  place("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
    f.on_agenda("pdj-reims", 2013, "Petit déj' ESS à Reims", [(at(25, "08:30"), at(25, "10:00"))],
                "France Active Champagne-Ardenne",
                location("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
    # 14a/14b: toy collection on two Saturdays
    f.on_platform("jouets-19", 14, "Collecte solidaire de jouets", at(19, "09:00"), at(19, "12:00"),
                  "Secours populaire Thionville",
                  place("Local du Secours populaire", "3 rue de la Paix", "57100", "Thionville"))
    # 15: round table, calendar a UTC slip
    f.on_platform("femmes", 15, "Table ronde « Femmes et ESS »", at(22, "18:00"), at(22, "20:00"), "CRESS Grand Est",
                  place("Maison des associations", "1a place des Orphelins", "67000", "Strasbourg"))
    f.in_calendar("femmes", "femmes@ees", "DTSTART:20221122T180000Z", "DTEND:20221122T200000Z",
                  "SUMMARY:Table-ronde : femmes & ESS",
                  "LOCATION:Maison des associations\\, 1a place des Orphelins\\, Strasbourg")
    f.on_agenda("femmes", 2015, "Femmes et ESS : table ronde", [(at(22, "18:00"), at(22, "20:00"))], "CRESS Grand Est",
                location("Maison des associations", "1a place des Orphelins", "67000", "Strasbourg"))
    # 16: disco soupe Metz
    f.on_platform("disco", 16, "Disco soupe", at(26, "11:00"), at(26, "15:00"), "Slow Food Metz",
                  place("Place Saint-Louis", "", "57000", "Metz"))
    # 17: open days of a Scop in Haguenau
    f.on_platform("scop-haguenau", 17, "Portes ouvertes de la menuiserie coopérative Bois & Co", at(18, "10:00"),
                  at(18, "17:00"),
                  "Bois & Co", place("Bois & Co", "14 route de Strasbourg", "67500", "Haguenau"))
    f.on_agenda("scop-haguenau", 2017, "Journée portes ouvertes chez Bois & Co (Scop)",
                [(at(18, "10:00"), at(18, "17:00"))],
                "Bois & Co SCOP SARL", location("Bois & Co", "14 route de Strasbourg", "67500", "Haguenau"))
    # 18: CV workshop Mulhouse
    f.on_platform("cv", 18, "Atelier CV et lettre de motivation", at(17, "14:00"), at(17, "16:00"),
                  "Régie de quartier de Mulhouse",
                  place("Régie de quartier", "10 rue de Pfastatt", "68200", "Mulhouse"))
    # 19: local currency conference, the calendar naming the bookshop alone
    f.on_platform("stuck", 19, "Conférence : le Stück, la monnaie locale strasbourgeoise", at(16, "19:00"),
                  at(16, "21:00"), "Le Stück",
                  place("Librairie Kléber", "1 rue des Francs-Bourgeois", "67000", "Strasbourg"))
    f.in_calendar("stuck", "stuck@ees", "DTSTART;TZID=Europe/Paris:20221116T190000",
                  "DTEND;TZID=Europe/Paris:20221116T210000",
                  "SUMMARY:Le Stück\\, monnaie locale : conférence", "LOCATION:Librairie Kléber")
    f.on_agenda("stuck", 2019, "Le Stück : une monnaie locale pour Strasbourg", [(at(16, "19:00"), at(16, "21:00"))],
                "Association Le Stück",
                location("Librairie Kléber", "1 rue des Francs-Bourgeois", "67000", "Strasbourg"))
    # 20: Jardin de Cocagne
    f.on_platform("cocagne", 20, "Visite du Jardin de Cocagne", at(19, "10:00"), at(19, "12:00"),
                  "Jardins de Cocagne Nancy",
                  place("Jardin de Cocagne", "Chemin de la Sapinière", "54500", "Vandoeuvre-les-Nancy"))
    # 21: games evening Châlons
    f.on_platform("jeux-chalons", 21, "Soirée jeux de société", at(18, "20:00"), at(18, "23:00"),
                  "Ludothèque Ludi'Châlons",
                  place("Ludothèque", "6 rue Chevalier", "51000", "Châlons-en-Champagne"))
    # 22: volunteers' training
    f.on_platform("benevoles", 22, "Formation des bénévoles", at(21, "09:00"), at(21, "12:00"),
                  "Ligue de l'enseignement des Ardennes",
                  place("Maison de la vie associative", "25 rue Irénée Carré", "08000", "Charleville-Mézières"))
    f.on_agenda("benevoles", 2022, "Formation : accueillir et fidéliser ses bénévoles",
                [(at(21, "09:00"), at(21, "12:00"))],
                "Ligue de l'Enseignement 08",
                location("Maison de la vie associative", "25 rue Irénée Carré", "08000", "Charleville-Mézières"))
    # 23 / 24: one organiser's two webinars on one day
    TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4"
    f.on_platform("achats", 23, "Webinaire : les achats responsables dans les collectivités", at(23, "11:00"),
                  at(23, "12:00"),
                  "CRESS Grand Est", ONLINE, modality="En ligne")
    f.on_agenda("achats", 2023, "Achats responsables et collectivités (webinaire)",
                [(at(23, "11:00"), at(23, "12:00"))],
                "CRESS Grand Est", {}, mode=2, onlineAccessLink=TEAMS)
    f.in_calendar("achats", "achats@ees", "DTSTART;TZID=Europe/Paris:20221123T110000",
                  "DTEND;TZID=Europe/Paris:20221123T120000",
                  "SUMMARY:Webinaire achats responsables", f"LOCATION:{TEAMS}")
    f.on_platform("commande", 24, "Webinaire : l'ESS et la commande publique", at(23, "14:00"), at(23, "15:30"),
                  "CRESS Grand Est", ONLINE, modality="En ligne")
    f.on_agenda("commande", 2024, "L'ESS et la commande publique (webinaire)", [(at(23, "14:00"), at(23, "15:30"))],
                "CRESS Grand Est", {}, mode=2,
                onlineAccessLink="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk5")
    # 25: photo exhibition over two weeks
    f.on_platform("expo", 25, "Exposition photo « Visages de l'ESS »", at(14, "10:00"), at(30, "18:00"),
                  "CRESS Grand Est",
                  place("Médiathèque Les Augustins", "2 rue des Augustins", "55100", "Verdun"))
    # 26 / 27: two repair cafés at the same time in two towns
    f.on_platform("repair-colmar", 26, "Repair café", at(19, "09:00"), at(19, "12:00"), "Repair Café Colmar",
                  place("Salle Europe", "13 rue d'Amsterdam", "68000", "Colmar"))
    f.on_platform("repair-selestat", 27, "Repair café", at(19, "09:00"), at(19, "12:00"), "Repair Café Sélestat",
                  place("Salle Sainte-Barbe", "Boulevard du Général Leclerc", "67600", "Sélestat"))
    f.on_agenda("repair-selestat", 2027, "Repair Café de Sélestat", [(at(19, "09:00"), at(19, "12:00"))],
                "Repair Café Sélestat",
                location("Salle Sainte-Barbe", "Boulevard du Général Leclerc", "67600", "Sélestat"))
    # 28: producers' market
    f.on_platform("marche-sarreguemines", 28, "Marché des producteurs locaux", at(20, "09:00"), at(20, "13:00"),
                  "Les Paniers Sarrois",
                  place("Place du Marché", "", "57200", "Sarreguemines"))
    f.on_agenda("marche-sarreguemines", 2028, "Marché de producteurs locaux et solidaires",
                [(at(20, "09:00"), at(20, "13:00"))],
                "Les Paniers Sarrois", location("Place du Marché", "Place du Marché", "57200", "Sarreguemines"))
    # 29: elected officials' meeting
    f.on_platform("elus", 29, "Rencontre élus et acteurs de l'ESS", at(24, "14:00"), at(24, "17:00"),
                  "Conseil départemental de la Haute-Marne",
                  place("Hôtel du Département", "1 rue du Commandant Hugueny", "52000", "Chaumont"))
    # 30 / 31: one organiser's compost workshops, same time, two neighbouring towns
    f.on_platform("compost-schilick", 30, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Eco-Conseil",
                  place("Jardin partagé du Parc de la Résistance", "Rue de la Patrie", "67300", "Schiltigheim"))
    f.in_calendar("compost-schilick", "compost-1@ees", "DTSTART;TZID=Europe/Paris:20221126T100000",
                  "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Atelier compostage",
                  "LOCATION:Jardin partagé\\, Schiltigheim")
    f.on_platform("compost-stras", 31, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Eco-Conseil",
                  place("Jardin des Deux Rives", "Rue des Cavaliers", "67100", "Strasbourg"))
    f.in_calendar("compost-stras", "compost-2@ees", "DTSTART;TZID=Europe/Paris:20221126T100000",
                  "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Atelier compostage",
                  "LOCATION:Jardin des Deux Rives\\, Strasbourg")
    # 32 / 33: a climate fresk twice at one venue
    OCTROI = location("L'Octroi", "47 boulevard d'Austrasie", "54000", "Nancy")
    f.on_platform("fresque-17", 32, "Fresque du Climat", at(17, "18:00"), at(17, "21:00"),
                  "La Fresque du Climat Lorraine",
                  place("L'Octroi", "47 boulevard d'Austrasie", "54000", "Nancy"))
    f.on_agenda("fresque-17", 2032, "Atelier La Fresque du Climat", [(at(17, "18:00"), at(17, "21:00"))],
                "Fresque du Climat", OCTROI)
    f.on_agenda("fresque-24", 2033, "Atelier La Fresque du Climat", [(at(24, "18:00"), at(24, "21:00"))],
                "Fresque du Climat", OCTROI)
    # 34: concert
    f.on_platform("concert", 34, "Concert solidaire", at(25, "20:30"), at(25, "23:30"), "Le Noumatrouff",
                  place("Le Noumatrouff", "57 rue de la Mertzau", "68100", "Mulhouse"))
    f.on_agenda("concert", 2034, "Concert solidaire au Noumatrouff", [(at(25, "20:30"), at(25, "23:30"))],
                "Noumatrouff",
                location("Le Noumatrouff", "57 rue de la Mertzau", "68100", "Mulhouse"))
    # 35: a two-day hackathon
    f.on_platform("hack", 35, "Hackathon ESS & numérique", at(18, "09:00"), at(19, "18:00"), "BLIIIDA",
                  place("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
    f.on_agenda("hack", 2035, "Hackathon « Numérique et ESS »",
                [(at(18, "09:00"), at(18, "18:00")), (at(19, "09:00"), at(19, "18:00"))],
                "BLIIIDA", location("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
    # 36: urban walk
    f.on_platform("balade", 36, "Balade urbaine « L'ESS dans mon quartier »", at(19, "14:00"), at(19, "16:00"),
                  "Centre social Orgeval",
                  place("Place d'Erlon", "", "51100", "Reims"))
    # 37: sewing
    f.on_platform("couture", 37, "Atelier couture zéro déchet", at(23, "14:00"), at(23, "17:00"), "Le Fil Solidaire",
                  place("Le Fil Solidaire", "18 rue Nationale", "57600", "Forbach"))
    # 38: regional PTCE meeting, four sources
    f.on_platform("ptce", 38, "Rencontre régionale des PTCE", at(29, "09:30"), at(29, "16:00"), "CRESS Grand Est",
                  place("Hôtel de Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
    f.in_calendar("ptce", "ptce@ees", "DTSTART:20221129T093000Z", "DTEND:20221129T160000Z",
                  "SUMMARY:Rencontre régionale des pôles territoriaux de coopération économique",
                  "LOCATION:Hôtel de Région")
    f.on_agenda("ptce", 2038, "Rencontre régionale des Pôles territoriaux de coopération économique (PTCE)",
                [(at(29, "09:30"), at(29, "16:00"))], "CRESS Grand Est",
                location("Maison de la Région", "1 place Adrien Zeller", "67000", "Strasbourg"))
    # 39: plant swap, the calendar's place the town alone
    f.on_platform("troc", 39, "Troc de plantes", at(12, "10:00"), at(12, "12:00"), "Illkirch en transition",
                  place("Parvis de la médiathèque", "Place de l'Hôtel de Ville", "67400", "Illkirch-Graffenstaden"))
    f.in_calendar("troc", "troc@ees", "DTSTART;TZID=Europe/Paris:20221112T100000",
                  "DTEND;TZID=Europe/Paris:20221112T120000",
                  "SUMMARY:Troc plantes", "LOCATION:Illkirch")
    # 40: digital workshop for seniors
    f.on_platform("numerique", 40, "Atelier numérique pour les seniors", at(22, "14:00"), at(22, "16:00"),
                  "Familles Rurales Vosges",
                  place("Espace Georges-Sadoul", "Quai Jeanne d'Arc", "88100", "Saint-Dié-des-Vosges"))

    f.in_form([
        ("scic",
         row("GE-001", "UR Scop Grand Est", "Créer une SCIC (webinaire)", "15/11/2022", "12h30-13h30", "Visio",
             form="Distanciel")),
        ("forum-metz",
         row("GE-002", "CRESS GE", "Forum Emploi ESS", "17/11/2022", "Toute la journée", "Centre des congrès", "",
             "57000", "METZ")),
        ("cine-forets",
         row("GE-003", "Les Amis de la Terre", "Ciné-débat Le Temps des forets", "18/11/2022", "20h", "Caméo",
             "16 rue de la Commanderie", "54000", "Nancy")),
        ("noel-colmar",
         row("GE-004", "Emmaüs Colmar", "Marché de Noël solidaire et équitable", "26/11/2022", "10h-18h", "Koifhus",
             "Grand'Rue", "68000", "Colmar")),
        ("visite-matin",
         row("GE-005", "Ressourcerie de Mulhouse", "Visite de la ressourcerie (matin)", "16/11/2022", "10h", "",
             "9 rue de Thann", "68200", "Mulhouse")),
        ("visite-aprem",
         row("GE-006", "Ressourcerie de Mulhouse", "Visite de la ressourcerie (après-midi)", "16/11/2022", "14h30", "",
             "9 rue de Thann", "68200", "Mulhouse")),
        ("jeux-epinal",
         row("GE-007", "Les Dés Vosgiens", "Jeux coopératifs", "20/11/2022", "", "Ludothèque", "12 rue St-Michel",
             "88000", "Epinal")),
        ("pdj-troyes",
         row("GE-008", "France Active", "P'tit déj des entrepreneurs ESS", "24/11/2022", "8h30",
             "Maison de l'Économie", "", "10000", "Troyes")),
        ("jouets-19",
         row("GE-009", "Secours populaire", "Collecte de jouets", "19/11/2022", "9h-12h", "", "3 rue de la Paix",
             "57100", "Thionville")),
        ("jouets-26",
         row("GE-010", "Secours populaire", "Collecte de jouets", "26/11/2022", "9h-12h", "", "3 rue de la Paix",
             "57100", "Thionville")),
        ("disco",
         row("GE-011", "Slow Food Metz", "Disco Soupe anti-gaspi", "26/11/2022", "11h-15h", "Place St-Louis", "", "",
             "Metz")),
        ("scop-haguenau",
         row("GE-012", "Bois & Co", "Portes ouvertes Bois & Co", "18/11/2022", "10h-17h", "", "14 rte de Strasbourg",
             "67500", "Haguenau")),
        ("cv",
         row("GE-013", "Régie de Quartier", "Atelier CV", "17/11/2022", "14h-16h", "", "10 rue de Pfastatt", "68200",
             "Mulhouse")),
        ("cocagne",
         row("GE-014", "Jardins de Cocagne", "Visite du jardin + vente de légumes", "19/11/2022", "10h",
             "Jardin de Cocagne", "", "", "Vandœuvre")),
        ("expo",
         row("GE-015", "CRESS Grand Est", "Expo photo Visages de l'ESS", "14/11/2022", "", "Médiathèque", "", "55100",
             "Verdun")),
        ("repair-colmar",
         row("GE-016", "Repair Café Colmar", "Repair Café", "19/11/2022", "9h-12h", "Salle Europe", "", "", "Colmar")),
        ("elus",
         row("GE-017", "CD52", "Rencontre élus / acteurs ESS", "24/11/2022", "14h-17h", "", "", "52000", "Chaumont")),
        ("fresque-17",
         row("GE-018", "Fresque du Climat Lorraine", "Atelier Fresque du Climat", "17/11/2022", "", "L'Octroi", "", "",
             "Nancy")),
        ("fresque-24",
         row("GE-019", "Fresque du Climat Lorraine", "Atelier Fresque du Climat", "24/11/2022", "", "L'Octroi", "", "",
             "Nancy")),
        ("hack",
         row("GE-020", "BLIIIDA", "Hackathon ESS et numérique", "18/11/2022", "", "BLIIIDA", "", "57000", "Metz")),
        ("balade",
         row("GE-021", "CS Orgeval", "Ballade urbaine l'ESS dans mon quartier", "19/11/2022", "14h-16h",
             "Place d'Erlon", "", "", "Reims")),
        ("ptce",
         row("GE-022", "CRESS Grand Est", "Rencontre régionale PTCE", "29/11/2022", "", "Région Grand Est", "", "",
             "Strasbourg")),
        ("numerique",
         row("GE-023", "Familles Rurales", "Atelier informatique seniors", "22/11/2022", "14h", "Espace Sadoul", "",
             "", "St-Dié")),
        ("couture",
         row("GE-024", "Le Fil Solidaire", "Atelier couture zero dechet", "23/11/2022", "14h-17h", "",
             "18 rue Nationale", "", "Forbach")),
    ])
    return f


def _auvergne_rhone_alpes() -> Feeds:
    """Auvergne-Rhône-Alpes: 25 events, 59 listings; several differences per pair, « ATTAC 42 »
    for Attac Saint-Étienne."""
    f = Feeds()
    ZOOM = "https://us06web.zoom.us/j/87654321098?pwd=abcDEF"
    # 1 online webinar: link vs « Webinaire », reworded, acronym
    f.on_platform("w-ess-cooperer", 1, "Webinaire : coopérer entre structures de l'ESS", at(8, "10:00"), at(8, "11:30"),
                  "Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes", ONLINE,
                  modality="En ligne", url=ZOOM)
    f.on_agenda("w-ess-cooperer", 3001, "Coopérer entre structures : retours d'expériences",
                [(at(8, "10:00"), at(8, "11:30"))],
                "CRESS AURA", {}, mode=2, onlineAccessLink=ZOOM)
    f.in_calendar("w-ess-cooperer", "coop@ra", "DTSTART:20221108T100000Z", "DTEND:20221108T113000Z",
                  "SUMMARY:Webinaire CRESS - coopérer",
                  "LOCATION:En ligne")
    # 2 Lyon repair café, venue vs address, date-only sheet, typo
    f.on_platform("rc-guillotiere", 2, "Repair Café de la Guillotière", at(12, "14:00"), at(12, "18:00"),
                  "Repair Café Lyon 7",
                  place("Maison pour tous des Rancy", "249 rue Vendôme", "69003", "Lyon"))
    f.on_agenda("rc-guillotiere", 3002, "Repair café Guillotière", [(at(12, "14:00"), at(12, "18:00"))],
                "Repair Café Lyon 7",
                location("MPT des Rancy", "249 rue Vendôme", "69003", "Lyon", insee="69383"))
    f.in_calendar("rc-guillotiere", "rc7@ra", "DTSTART;TZID=Europe/Paris:20221112T140000",
                  "DTEND;TZID=Europe/Paris:20221112T180000",
                  "SUMMARY:Repair Caffé Guillotière", "LOCATION:249 rue Vendôme\\, Lyon")
    # 3 hard negative: another Lyon repair café same afternoon
    f.on_platform("rc-croixrousse", 3, "Repair café de la Croix-Rousse", at(12, "14:00"), at(12, "17:30"),
                  "Les Bricoleurs",
                  place("Maison des associations", "28 rue Denfert-Rochereau", "69004", "Lyon"))
    f.in_calendar("rc-croixrousse", "rc4@ra", "DTSTART:20221112T140000Z", "DTEND:20221112T173000Z",
                  "SUMMARY:Repair café",
                  "LOCATION:Lyon")
    # 4 Grenoble forum, multi-sources, organiser acronym
    f.on_platform("forum-grenoble", 4, "Forum des métiers de l'ESS", at(17, "13:30"), at(17, "17:30"),
                  "Maison de l'emploi de Grenoble",
                  place("Maison de l'emploi", "20 rue Pierre Sémard", "38000", "Grenoble"))
    f.on_agenda("forum-grenoble", 3004, "Forum Métiers ESS 2022", [(at(17, "13:30"), at(17, "17:30"))], "MDE Grenoble",
                location("Maison de l'Emploi", "20 rue Pierre Semard", "38000", "Grenoble"))
    # 5 Saint-Étienne ciné-débat with UTC slip and LOCATION venue only
    f.on_platform("cine-ste", 5, "Ciné-débat « La Part des autres »", at(15, "20:00"), at(15, "22:30"),
                  "Attac Saint-Étienne",
                  place("Cinéma Le Méliès Jean Jaurès", "8 place Jean Jaurès", "42000", "Saint-Étienne"))
    f.in_calendar("cine-ste", "cine@ra", "DTSTART:20221115T200000Z", "DTEND:20221115T223000Z",
                  "SUMMARY:Projection débat La part des autres",
                  "LOCATION:Le Méliès")
    # 6 Clermont-Ferrand: open days of a Scic, title prefix
    f.on_platform("scic-clermont", 6, "Portes ouvertes de la Scic Épicentre", at(19, "10:00"), at(19, "16:00"),
                  "Épicentre Scic",
                  place("Épicentre", "12 rue de l'Oradou", "63000", "Clermont-Ferrand"))
    f.on_agenda("scic-clermont", 3006, "Mois de l'ESS 2022 - Journée portes ouvertes Epicentre",
                [(at(19, "10:00"), at(19, "16:00"))],
                "Epicentre", location("Epicentre", "12 rue de l'Oradou", "63000", "Clermont-Ferrand"))
    # 7 Annecy: conference with organiser person-like and venue vs address
    f.on_platform("conf-annecy", 7, "Conférence : l'habitat participatif, pourquoi pas vous ?", at(22, "18:30"),
                  at(22, "20:30"),
                  "Habitat Participatif Savoie Mont-Blanc",
                  place("Bonlieu Scène nationale", "1 rue Jean Jaurès", "74000", "Annecy"))
    # 8 Chambéry market, date-only + typo
    f.on_platform("marche-chambery", 8, "Marché de Noël équitable", at(26, "09:00"), at(26, "18:00"),
                  "Artisans du Monde Chambéry",
                  place("Place Saint-Léger", "", "73000", "Chambéry"))
    f.on_agenda("marche-chambery", 3008, "Marché de Noël équitable et solidaire", [(at(26, "09:00"), at(26, "18:00"))],
                "Artisans du Monde", location("Place Saint-Léger", "Place Saint-Léger", "73000", "Chambéry"))
    # 9 Villeurbanne: a training over two half-days (two sessions, two events)
    f.on_platform("formation-j1", 9, "Formation : monter un projet coopératif (1/2)", at(14, "09:00"), at(14, "12:30"),
                  "Union régionale des Scop AURA", place("Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne"))
    f.on_platform("formation-j2", 10, "Formation : monter un projet coopératif (2/2)", at(21, "09:00"), at(21, "12:30"),
                  "Union régionale des Scop AURA", place("Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne"))
    # 11 Vénissieux: Disco soupe with sheet "Disco-soupe" and address only
    f.on_platform("disco-venissieux", 11, "Disco soupe géante", at(19, "11:00"), at(19, "15:00"),
                  "Centre social Eugénie Cotton",
                  place("Place Léon Sublet", "", "69200", "Vénissieux"))
    # 12 Valence: online+hybrid? an apéro-débat, title reworded, acronym
    f.on_platform("apero-valence", 12, "Apéro-débat : la finance solidaire, comment ça marche ?", at(24, "18:30"),
                  at(24, "20:30"),
                  "France Active Drôme Ardèche", place("Le Cause Toujours", "8 rue Balais", "26000", "Valence"))
    f.on_agenda("apero-valence", 3012, "Finance solidaire : apéro-débat", [(at(24, "18:30"), at(24, "20:30"))], "FADA",
                location("Café associatif Le Cause Toujours", "8 rue Balais", "26000", "Valence"))
    # 13 Roanne: visit of a recyclerie, two sessions morning / afternoon listed separately by the sheet
    f.on_platform("visite-roanne-matin", 13, "Visite de la recyclerie", at(16, "10:00"), at(16, "11:30"),
                  "Recyclerie du Roannais",
                  place("Recyclerie du Roannais", "10 rue Benoît Malon", "42300", "Roanne"))
    # 14 Bourg-en-Bresse: conference « Numérique responsable », platform and ICS (slip), sheet date-only
    f.on_platform("num-bourg", 14, "Conférence « Numérique responsable »", at(23, "18:00"), at(23, "20:00"),
                  "Ain Numérique Solidaire",
                  place("Médiathèque Élisabeth et Roger Vailland", "1 rue du Moulin de Brou", "01000",
                        "Bourg-en-Bresse"))
    f.in_calendar("num-bourg", "num@ra", "DTSTART:20221123T180000Z", "DTEND:20221123T200000Z",
                  "SUMMARY:Numérique responsable : conférence",
                  "LOCATION:Médiathèque Vailland\\, Bourg-en-Bresse")
    # 15 Aurillac: repair café, hard negative on title with 2/3 at same time other town
    f.on_platform("rc-aurillac", 15, "Repair café", at(12, "14:00"), at(12, "18:00"), "Repair Café Aurillac",
                  place("Maison des associations", "8 place de la Paix", "15000", "Aurillac"))
    # 16 Le Puy: soirée jeux
    f.on_platform("jeux-lepuy", 16, "Soirée jeux coopératifs", at(18, "20:00"), at(18, "23:00"),
                  "Ludothèque La Marelle",
                  place("Ludothèque La Marelle", "2 rue Portail d'Avignon", "43000", "Le Puy-en-Velay"))
    f.on_agenda("jeux-lepuy", 3016, "Soirée jeux coop'", [(at(18, "20:00"), at(18, "23:00"))], "La Marelle",
                location("La Marelle", "2 rue Portail d'Avignon", "43000", "Le Puy-en-Velay"))
    # 17 Montluçon: webinar online, « Visio » sheet, platform online
    f.on_platform("w-montlucon", 17, "Webinaire : créer son association", at(29, "18:00"), at(29, "19:30"),
                  "Maison des associations de Montluçon",
                  ONLINE, modality="En ligne")
    # 18 Vichy: forum asso
    f.on_platform("forum-vichy", 18, "Forum de l'engagement bénévole", at(26, "10:00"), at(26, "17:00"),
                  "France Bénévolat Allier",
                  place("Centre omnisports", "Rue Pierre Coubertin", "03200", "Vichy"))
    f.on_agenda("forum-vichy", 3018, "Forum du bénévolat", [(at(26, "10:00"), at(26, "17:00"))], "France Bénévolat 03",
                location("Centre Omnisports Pierre Coulon", "Rue Pierre Coubertin", "03200", "Vichy"))
    # 19 Annonay: expo over days
    f.on_platform("expo-annonay", 19, "Exposition « L'ESS en Ardèche »", at(7, "09:00"), at(25, "18:00"),
                  "Pôle ESS Nord Ardèche",
                  place("Espace Montgolfier", "Place des Cordeliers", "07100", "Annonay"))
    # 20 Lyon: table ronde at Hôtel de Région (Lyon seat: Hôtel de Région, 1 esplanade François Mitterrand 69002)
    f.on_platform("tr-region", 20, "Table ronde : l'ESS dans les territoires ruraux", at(24, "14:00"), at(24, "17:00"),
                  "CRESS Auvergne-Rhône-Alpes",
                  place("Hôtel de Région", "1 esplanade François Mitterrand", "69002", "Lyon"))
    f.on_agenda("tr-region", 3020, "L'ESS dans les territoires ruraux - Table ronde",
                [(at(24, "14:00"), at(24, "17:00"))],
                "CRESS AURA", location("Hôtel de Région", "1 esplanade François Mitterrand", "69002", "Lyon"))
    f.in_calendar("tr-region", "tr@ra", "DTSTART;TZID=Europe/Paris:20221124T140000",
                  "DTEND;TZID=Europe/Paris:20221124T170000",
                  "SUMMARY:Table-ronde ESS et ruralité", "LOCATION:Hôtel de Région\\, Lyon Confluence")
    # 21 Grenoble: atelier vélo, title typo, ICS venue only, slip
    f.on_platform("velo-grenoble", 21, "Atelier d'autoréparation vélo", at(19, "14:00"), at(19, "17:00"),
                  "Un P'tit Vélo dans la Tête",
                  place("Atelier Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
    f.in_calendar("velo-grenoble", "velo@ra", "DTSTART:20221119T140000Z", "DTEND:20221119T170000Z",
                  "SUMMARY:Atelier autoréparation vélo",
                  "LOCATION:Un p'tit vélo dans la tête")
    f.on_agenda("velo-grenoble", 3021, "Atelier auto-réparation de vélo", [(at(19, "14:00"), at(19, "17:00"))],
                "Un P'tit Vélo dans la Tête",
                location("Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
    # 22 hard negative: another atelier vélo Grenoble same day morning
    f.on_platform("velo-grenoble-matin", 22, "Atelier d'autoréparation vélo", at(19, "09:30"), at(19, "12:00"),
                  "Un P'tit Vélo dans la Tête",
                  place("Atelier Un P'tit Vélo dans la Tête", "12 rue Colbert", "38000", "Grenoble"))
    # 23 Saint-Étienne: hackathon two days
    f.on_platform("hack-ste", 23, "Hackathon « Tech for good »", at(25, "09:00"), at(26, "18:00"), "Openfactory",
                  place("Le Mixeur", "3 rue Javelin-Pagnon", "42000", "Saint-Étienne"))
    f.on_agenda("hack-ste", 3023, "Tech for Good : hackathon solidaire",
                [(at(25, "09:00"), at(25, "18:00")), (at(26, "09:00"), at(26, "18:00"))],
                "Open Factory", location("Le Mixeur", "3 rue Javelin Pagnon", "42000", "Saint-Etienne"))
    # 24 Clermont: petit-déj
    f.on_platform("pdj-clermont", 24, "Petit-déjeuner de l'ESS", at(18, "08:30"), at(18, "10:00"),
                  "CRESS Auvergne-Rhône-Alpes",
                  place("Maison de l'Économie Sociale", "6 rue Blatin", "63000", "Clermont-Ferrand"))
    f.in_calendar("pdj-clermont", "pdj@ra", "DTSTART;TZID=Europe/Paris:20221118T083000",
                  "DTEND;TZID=Europe/Paris:20221118T100000",
                  "SUMMARY:P'tit déj ESS", "LOCATION:6 rue Blatin\\, 63000 Clermont-Ferrand")

    f.in_form([
        ("w-ess-cooperer",
         row("AURA-01", "CRESS AURA", "Coopérer entre structures ESS (webinaire)", "08/11/2022", "10h-11h30", "",
             form="En ligne")),
        ("rc-guillotiere",
         row("AURA-02", "Repair Café Lyon 7e", "Repair café", "12/11/2022", "", "MPT Rancy", "249 r. Vendôme", "69003",
             "LYON")),
        ("forum-grenoble",
         row("AURA-03", "Maison de l'Emploi", "Forum métiers de l'ESS", "17/11/2022", "13h30-17h30", "",
             "20 rue P. Sémard", "38000", "Grenoble")),
        ("cine-ste",
         row("AURA-04", "ATTAC 42", "Ciné débat : La part des autres", "15/11/2022", "20h", "Méliès", "", "",
             "St-Etienne")),
        ("marche-chambery",
         row("AURA-05", "Artisans du Monde Chambéry", "Marche de Noel equitable", "26/11/2022", "", "Place St Léger",
             "", "", "Chambery")),
        ("formation-j1",
         row("AURA-06", "URSCOP AURA", "Formation monter un projet coopératif", "14/11/2022", "9h-12h30",
             "Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne")),
        ("formation-j2",
         row("AURA-07", "URSCOP AURA", "Formation monter un projet coopératif", "21/11/2022", "9h-12h30",
             "Maison de l'ESS", "15 rue Racine", "69100", "Villeurbanne")),
        ("disco-venissieux",
         row("AURA-08", "CS Eugénie Cotton", "Disco-soupe", "19/11/2022", "11h-15h", "", "Place Léon Sublet", "69200",
             "Vénissieux")),
        ("visite-roanne-matin",
         row("AURA-09", "Recyclerie du Roannais", "Visite recyclerie", "16/11/2022", "10h", "", "10 rue Benoît Malon",
             "42300", "Roanne")),
        ("visite-roanne-aprem",
         row("AURA-10", "Recyclerie du Roannais", "Visite recyclerie", "16/11/2022", "14h", "", "10 rue Benoît Malon",
             "42300", "Roanne")),
        ("num-bourg",
         row("AURA-11", "Ain Numérique Solidaire", "Numérique responsable", "23/11/2022", "", "Médiathèque", "",
             "01000", "Bourg en Bresse")),
        ("conf-annecy",
         row("AURA-12", "HPSMB", "Habitat participatif : conférence", "22/11/2022", "18h30", "Bonlieu", "", "74000",
             "Annecy")),
        ("w-montlucon",
         row("AURA-13", "Maison des Associations", "Créer son asso (webinaire)", "29/11/2022", "18h-19h30", "Visio",
             form="Distanciel")),
        ("expo-annonay",
         row("AURA-14", "Pôle ESS Nord Ardèche", "Expo L'ESS en Ardèche", "07/11/2022", "", "Espace Montgolfier", "",
             "", "Annonay")),
        ("rc-aurillac",
         row("AURA-15", "Repair Café Aurillac", "Repair café", "12/11/2022", "14h-18h", "Maison des asso", "", "15000",
             "Aurillac")),
        ("pdj-clermont",
         row("AURA-16", "CRESS AURA", "Petit déjeuner ESS", "18/11/2022", "8h30", "", "6 rue Blatin", "63000",
             "Clermont-Fd")),
    ])
    return f


def _hauts_de_france() -> Feeds:
    """Hauts-de-France: 20 events, 42 listings; persons credited, a hybrid event, a weekly series,
    one organiser's two workshops in a day."""
    f = Feeds()
    # 1 Lille conference hybrid: platform hybrid with link, agenda offline (mode 3?), sheet « Présentiel + visio »
    f.on_platform("conf-lille", 1, "Conférence : entreprendre autrement avec l'ESS", at(16, "18:00"), at(16, "20:00"),
                  "APES Hauts-de-France", place("Maison de l'ESS", "235 boulevard Paul Painlevé", "59000", "Lille"),
                  modality="Hybride",
                  url="https://meet.google.com/abc-defg-hij")
    f.on_agenda("conf-lille", 4001, "Entreprendre autrement : conférence ESS", [(at(16, "18:00"), at(16, "20:00"))],
                "Acteurs Pour une Économie Solidaire",
                location("Maison de l'ESS", "235 bd Paul Painlevé", "59000", "Lille"), mode=3,
                onlineAccessLink="https://meet.google.com/abc-defg-hij")
    # 2 Roubaix: atelier zéro déchet, person as organiser in sheet
    f.on_platform("zd-roubaix", 2, "Atelier zéro déchet : les produits ménagers", at(19, "10:00"), at(19, "12:00"),
                  "Association Zéro Déchet Roubaix", place("La Ferme du Sens", "4 rue de Lannoy", "59100", "Roubaix"))
    f.in_calendar("zd-roubaix", "zd@hdf", "DTSTART;TZID=Europe/Paris:20221119T100000",
                  "DTEND;TZID=Europe/Paris:20221119T120000",
                  "SUMMARY:Fabriquer ses produits ménagers", "LOCATION:La Ferme du Sens")
    # 3 Tourcoing: same workshop theme, same day, different time and place (hard negative with 2)
    f.on_platform("zd-tourcoing", 3, "Atelier zéro déchet : les produits ménagers", at(19, "14:00"), at(19, "16:00"),
                  "Association Zéro Déchet Roubaix",
                  place("Médiathèque André Malraux", "26 rue Famelart", "59200", "Tourcoing"))
    f.in_calendar("zd-tourcoing", "zd2@hdf", "DTSTART;TZID=Europe/Paris:20221119T140000",
                  "DTEND;TZID=Europe/Paris:20221119T160000",
                  "SUMMARY:Fabriquer ses produits ménagers", "LOCATION:Médiathèque Malraux\\, Tourcoing")
    # 4 Amiens: forum, agenda with typo and acronym organiser
    f.on_platform("forum-amiens", 4, "Forum régional de la finance solidaire", at(22, "09:00"), at(22, "17:00"),
                  "France Active Picardie",
                  place("Mégacité", "101 avenue de l'Hippodrome", "80000", "Amiens"))
    f.on_agenda("forum-amiens", 4004, "Forum régional finance solidare", [(at(22, "09:00"), at(22, "17:00"))], "FAP",
                location("Megacité", "101 av. de l'Hippodrome", "80000", "Amiens"))
    # 5 Arras: visit of an ESAT, date-only sheet, « Portes ouvertes » reworded
    f.on_platform("esat-arras", 5, "Portes ouvertes de l'ESAT des Ateliers de l'Artois", at(18, "09:30"),
                  at(18, "16:00"),
                  "Ateliers de l'Artois",
                  place("ESAT des Ateliers de l'Artois", "12 rue Jean Monnet", "62000", "Arras"))
    # 6 Dunkerque: ciné-débat with a person in organiser
    f.on_platform("cine-dk", 6, "Ciné-débat « Ma part du gâteau »", at(24, "20:00"), at(24, "22:30"), "Studio 43",
                  place("Studio 43", "Pôle Marine, rue des Fusiliers Marins", "59140", "Dunkerque"))
    f.on_agenda("cine-dk", 4006, "Projection débat : Ma part du gâteau", [(at(24, "20:00"), at(24, "22:30"))],
                "Studio 43 - Cinéma", location("Studio 43", "Pôle Marine", "59140", "Dunkerque"))
    # 7 Valenciennes: atelier CV series Tuesdays (RRULE) vs platform one session
    f.in_calendar({"2022-11-08": "cv-val-1", "2022-11-15": "cv-val-2", "2022-11-22": "cv-val-3",
                   "2022-11-29": "cv-val-4"}, "cv@hdf",
                  "DTSTART;TZID=Europe/Paris:20221108T140000", "DTEND;TZID=Europe/Paris:20221108T160000",
                  "RRULE:FREQ=WEEKLY;COUNT=4",
                  "SUMMARY:Atelier CV", "LOCATION:Maison de quartier Saint-Saulve\\, Valenciennes")
    f.on_platform("cv-val-2", 7, "Atelier CV et lettre de motivation", at(15, "14:00"), at(15, "16:00"),
                  "Régie de quartier de Valenciennes",
                  place("Maison de quartier Saint-Saulve", "8 rue de Lille", "59300", "Valenciennes"))
    # 8 Beauvais: webinar online, ICS CONFERENCE Teams, platform « En ligne », sheet « Teams »
    TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HDF42"
    f.on_platform("w-beauvais", 8, "Webinaire : l'ESS dans l'Oise", at(25, "11:00"), at(25, "12:00"),
                  "CRESS Hauts-de-France", ONLINE,
                  modality="En ligne")
    f.in_calendar("w-beauvais", "w@hdf", "DTSTART;TZID=Europe/Paris:20221125T110000",
                  "DTEND;TZID=Europe/Paris:20221125T120000",
                  "SUMMARY:L'ESS dans l'Oise (webinaire CRESS)", f"CONFERENCE;VALUE=URI:{TEAMS}")
    # 9 Compiègne: repair café + hard negative same day other town Beauvais
    f.on_platform("rc-compiegne", 9, "Repair Café", at(26, "14:00"), at(26, "17:00"), "Repair Café Compiègne",
                  place("Centre social Belle Rive", "1 rue des Remparts", "60200", "Compiègne"))
    f.on_platform("rc-beauvais", 10, "Repair Café", at(26, "14:00"), at(26, "17:00"), "Repair Café Beauvaisis",
                  place("Maison des associations", "4 rue du Donjon", "60000", "Beauvais"))
    f.in_calendar("rc-compiegne", "rc@hdf", "DTSTART:20221126T140000Z", "DTEND:20221126T170000Z",
                  "SUMMARY:Repair café Compiègne",
                  "LOCATION:CS Belle Rive")
    # 11 Lens: match d'impro solidaire, platform and sheet with 1h difference (20h vs 20h30 doors?)
    f.on_platform("impro-lens", 11, "Match d'improvisation solidaire", at(18, "20:30"), at(18, "22:30"),
                  "Ligue d'impro de Lens",
                  place("Salle Jean Nohain", "Rue Paul Bert", "62300", "Lens"))
    # 12 Calais: distribution / collecte with org acronym
    f.on_platform("collecte-calais", 12, "Grande collecte de vêtements", at(12, "09:00"), at(12, "17:00"),
                  "Emmaüs Calais",
                  place("Bric-à-brac Emmaüs", "Route de Gravelines", "62100", "Calais"))
    f.on_agenda("collecte-calais", 4012, "Collecte solidaire de vêtements chauds",
                [(at(12, "09:00"), at(12, "17:00"))], "Emmaus",
                location("Emmaüs", "Route de Gravelines", "62100", "Calais"))
    # 13 Villeneuve-d'Ascq: hackathon
    f.on_platform("hack-vda", 13, "Hackathon ESS & innovation sociale", at(25, "09:00"), at(26, "17:00"),
                  "Université de Lille",
                  place("Campus Cité scientifique", "Avenue Paul Langevin", "59650", "Villeneuve-d'Ascq"))
    # 14 Saint-Quentin: balade
    f.on_platform("balade-sq", 14, "Balade à la découverte des jardins partagés", at(13, "10:00"), at(13, "12:00"),
                  "Saint-Quentin en transition",
                  place("Jardin partagé du Faubourg d'Isle", "Rue de la Chaussée Romaine", "02100", "Saint-Quentin"))
    # 15 Laon: conférence at Mairie vs Hôtel de ville
    f.on_platform("conf-laon", 15, "Conférence « Les monnaies locales »", at(17, "18:30"), at(17, "20:30"),
                  "La Picoise",
                  place("Hôtel de ville", "Place du Général Leclerc", "02000", "Laon"))
    f.on_agenda("conf-laon", 4015, "Les monnaies locales : conférence-débat", [(at(17, "18:30"), at(17, "20:30"))],
                "Association La Picoise",
                location("Mairie de Laon", "Place du Général Leclerc", "02000", "Laon"))
    # 16 Boulogne: visit of a Scop with two Scop forms
    f.on_platform("scop-boulogne", 16, "Visite de la Scop Nord Pêche Solidaire", at(21, "14:00"), at(21, "16:00"),
                  "Nord Pêche Solidaire SCOP SA",
                  place("Nord Pêche Solidaire", "Quai Gambetta", "62200", "Boulogne-sur-Mer"))
    f.on_agenda("scop-boulogne", 4016, "Découvrir une coopérative de pêche", [(at(21, "14:00"), at(21, "16:00"))],
                "Nord Pêche Solidaire",
                location("Nord Pêche Solidaire", "Quai Gambetta", "62200", "Boulogne-sur-Mer"))
    # 17 Lille: another APES event same day (hard negative with 1): afternoon workshop
    f.on_platform("atelier-apes", 17, "Atelier : créer son entreprise en coopérative", at(16, "14:00"),
                  at(16, "16:30"), "APES Hauts-de-France",
                  place("Maison de l'ESS", "235 boulevard Paul Painlevé", "59000", "Lille"))

    f.in_form([
        ("conf-lille",
         row("HDF-01", "APES", "Conférence Entreprendre autrement", "16/11/2022", "18h-20h", "Maison de l'ESS + visio",
             "235 bd Painlevé", "59000", "Lille", form="Hybride")),
        ("zd-roubaix",
         row("HDF-02", "Marie Lefebvre (Zéro Déchet Roubaix)", "Atelier produits ménagers", "19/11/2022", "10h-12h",
             "Ferme du Sens", "4 rue de Lannoy", "59100", "Roubaix")),
        ("esat-arras",
         row("HDF-03", "ESAT Ateliers de l'Artois", "Journée portes ouvertes ESAT", "18/11/2022", "", "",
             "12 rue Jean Monnet", "62000", "Arras")),
        ("cine-dk",
         row("HDF-04", "Studio 43", "Ciné-débat Ma part du gateau", "24/11/2022", "20h", "Studio 43", "", "",
             "Dunkerque")),
        ("cv-val-3",
         row("HDF-05", "Régie de quartier", "Atelier CV", "22/11/2022", "14h-16h", "Maison de quartier", "", "",
             "Valenciennes")),
        ("w-beauvais",
         row("HDF-06", "CRESS HDF", "Webinaire ESS dans l'Oise", "25/11/2022", "11h", "Teams", form="En ligne")),
        ("rc-beauvais",
         row("HDF-07", "Repair Café Beauvaisis", "Repair café", "26/11/2022", "14h-17h", "Maison des associations", "",
             "60000", "Beauvais")),
        ("impro-lens",
         row("HDF-08", "LIL", "Match d'impro solidaire", "18/11/2022", "20h", "Salle Jean Nohain", "", "", "Lens")),
        ("hack-vda",
         row("HDF-09", "Université de Lille", "Hackathon ESS et innovation sociale", "25/11/2022", "",
             "Cité scientifique", "", "", "Villeneuve d'Ascq")),
        ("balade-sq",
         row("HDF-10", "St-Quentin en Transition", "Balade jardins partagés", "13/11/2022", "10h", "", "", "",
             "St-Quentin")),
        ("scop-boulogne",
         row("HDF-11", "Nord Pêche Solidaire", "Visite Scop", "21/11/2022", "14h", "", "Quai Gambetta", "",
             "Boulogne sur mer")),
    ])
    return f


def _ile_de_france() -> Feeds:
    """Île-de-France: 13 events, 29 listings; arrondissements (two forums at two town
    halls at one time), one organiser's two webinars in a day, two events one evening at one venue."""
    f = Feeds()
    # 1 Paris 11e: forum at the Mairie du 11e; sheet « Paris 11 », agenda 75011
    f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"),
                  "Mairie du 11e",
                  place("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
    f.on_agenda("forum-11", 5001, "Forum ESS Paris 11", [(at(19, "10:00"), at(19, "18:00"))], "Ville de Paris - 11e",
                location("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee="75111"))
    # 2 hard negative: Paris 20e forum same day same time
    f.on_platform("forum-20", 2, "Forum de l'ESS du 20e arrondissement", at(19, "10:00"), at(19, "18:00"),
                  "Mairie du 20e",
                  place("Mairie du 20e", "6 place Gambetta", "75020", "Paris"))
    # 3 Paris 18e La REcyclerie: repair café; ICS LOCATION venue only
    f.on_platform("rc-recyclerie", 3, "Repair café de La REcyclerie", at(13, "14:00"), at(13, "18:00"), "La REcyclerie",
                  place("La REcyclerie", "83 boulevard Ornano", "75018", "Paris"))
    f.in_calendar("rc-recyclerie", "rc18@idf", "DTSTART;TZID=Europe/Paris:20221113T140000",
                  "DTEND;TZID=Europe/Paris:20221113T180000",
                  "SUMMARY:Repair Café - Recyclerie", "LOCATION:La Recyclerie")
    # 4 Montreuil: Marché de Noël solidaire, sheet date only
    f.on_platform("noel-montreuil", 4, "Marché de Noël solidaire de Montreuil", at(27, "11:00"), at(27, "19:00"),
                  "Ville de Montreuil",
                  place("Place Jean Jaurès", "", "93100", "Montreuil"))
    # 5 Saint-Denis (93): conference at Université Paris 8, organiser acronym
    f.on_platform("conf-p8", 5, "Conférence : les communs et l'ESS", at(16, "18:00"), at(16, "20:00"),
                  "Université Paris 8",
                  place("Université Paris 8 - Amphi X", "2 rue de la Liberté", "93200", "Saint-Denis"))
    f.on_agenda("conf-p8", 5005, "Les communs et l'économie sociale et solidaire : conférence",
                [(at(16, "18:00"), at(16, "20:00"))],
                "Univ. Paris 8", location("Université Paris 8", "2 rue de la Liberté", "93200", "Saint-Denis"))
    # 6 online: webinar France Active IDF; platform link, agenda link, sheet « Zoom »
    Z = "https://zoom.us/j/91234567890"
    f.on_platform("w-fa", 6, "Webinaire : financer son entreprise sociale", at(22, "12:30"), at(22, "13:30"),
                  "France Active Île-de-France",
                  ONLINE, modality="En ligne", url=Z)
    f.on_agenda("w-fa", 5006, "Financer son entreprise sociale (webinaire)", [(at(22, "12:30"), at(22, "13:30"))],
                "France Active IDF",
                {}, mode=2, onlineAccessLink=Z + "?pwd=xyz")
    # 7 online: another webinar same day same org (hard negative)
    f.on_platform("w-fa-2", 7, "Webinaire : les garanties bancaires pour l'ESS", at(22, "17:00"), at(22, "18:00"),
                  "France Active Île-de-France",
                  ONLINE, modality="En ligne", url="https://zoom.us/j/99999999999")
    # 8 Nanterre: visite jardin, ICS with Z slip
    f.on_platform("jardin-nanterre", 8, "Visite de la ferme urbaine du Parc du Chemin de l'Île", at(12, "10:00"),
                  at(12, "12:00"),
                  "Ferme du Bonheur", place("Parc du Chemin de l'Île", "Avenue Hoche", "92000", "Nanterre"))
    f.in_calendar("jardin-nanterre", "f@idf", "DTSTART:20221112T100000Z", "DTEND:20221112T120000Z",
                  "SUMMARY:Ferme urbaine : visite",
                  "LOCATION:Parc du Chemin de l'Ile\\, Nanterre")
    # 9 Ivry: atelier vélo
    f.on_platform("velo-ivry", 9, "Atelier vélo participatif", at(26, "14:00"), at(26, "18:00"), "Vélo Ivry Solidaire",
                  place("La Cyclofficine d'Ivry", "6 rue Jean-Jacques Rousseau", "94200", "Ivry-sur-Seine"))
    f.on_agenda("velo-ivry", 5009, "Cyclofficine : atelier vélo participatif", [(at(26, "14:00"), at(26, "18:00"))],
                "La Cyclofficine",
                location("Cyclofficine", "6 rue J.-J. Rousseau", "94200", "Ivry-sur-Seine"))
    # 10 Paris 10e: ciné-débat at Le Louxor, sheet « Paris 10e »
    f.on_platform("cine-louxor", 10, "Ciné-débat « Debout les femmes ! »", at(23, "20:00"), at(23, "22:30"),
                  "Cinéma Le Louxor",
                  place("Le Louxor", "170 boulevard de Magenta", "75010", "Paris"))
    # 11 Vincennes: petit-déj ESS at Cœur de ville, agenda
    f.on_platform("pdj-vincennes", 11, "Petit-déjeuner des entreprises de l'ESS", at(24, "08:30"), at(24, "10:00"),
                  "Ville de Vincennes",
                  place("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes"))
    f.on_agenda("pdj-vincennes", 5011, "P'tit déj ESS de Vincennes", [(at(24, "08:30"), at(24, "10:00"))],
                "Mairie de Vincennes",
                location("Coeur de Ville", "98 rue de Fontenay", "94300", "Vincennes"))
    # 12 Paris 19e: table ronde at Ground Control? (12e) — Ground Control Paris 12e
    f.on_platform("tr-gc", 12, "Table ronde : l'alimentation durable en ville", at(17, "19:00"), at(17, "21:00"),
                  "Les Canaux",
                  place("Ground Control", "81 rue du Charolais", "75012", "Paris"))
    f.in_calendar("tr-gc", "gc@idf", "DTSTART;TZID=Europe/Paris:20221117T190000",
                  "DTEND;TZID=Europe/Paris:20221117T210000",
                  "SUMMARY:Alimentation durable en ville - table ronde",
                  "LOCATION:Ground Control\\, 81 rue du Charolais\\, 75012 Paris")
    # 13 Paris 12e other event same evening at Ground Control (hard negative): concert
    f.on_platform("concert-gc", 13, "Concert solidaire", at(17, "21:00"), at(17, "23:30"), "Ground Control",
                  place("Ground Control", "81 rue du Charolais", "75012", "Paris"))

    f.in_form([
        ("forum-11",
         row("IDF-01", "Mairie du 11e", "Forum ESS 11e", "19/11/2022", "10h-18h", "Mairie du 11ème", "", "",
             "Paris 11")),
        ("forum-20",
         row("IDF-02", "Mairie du 20e", "Forum ESS 20e", "19/11/2022", "10h-18h", "Mairie du 20ème", "", "",
             "Paris 20")),
        ("noel-montreuil",
         row("IDF-03", "Ville de Montreuil", "Marché de Noël solidaire", "27/11/2022", "", "Place Jean-Jaurès", "",
             "93100", "Montreuil")),
        ("conf-p8",
         row("IDF-04", "Paris 8", "Conférence communs & ESS", "16/11/2022", "18h", "Amphi X", "2 rue de la Liberté",
             "", "St-Denis")),
        ("w-fa",
         row("IDF-05", "France Active IDF", "Webinaire financer son entreprise sociale", "22/11/2022", "12h30", "Zoom",
             form="En ligne")),
        ("velo-ivry",
         row("IDF-06", "Vélo Ivry Solidaire", "Atelier vélo", "26/11/2022", "14h-18h", "Cyclofficine", "", "", "Ivry")),
        ("cine-louxor",
         row("IDF-07", "Le Louxor", "Ciné débat Debout les femmes", "23/11/2022", "20h", "Louxor", "", "75010",
             "Paris 10e")),
        ("tr-gc",
         row("IDF-08", "Les Canaux", "Table ronde alimentation durable", "17/11/2022", "19h-21h", "Ground Control", "",
             "", "Paris 12e")),
    ])
    return f


def _pays_de_la_loire_normandie() -> Feeds:
    """Pays de la Loire and Normandie: 12 events, 28 listings; a festival
    over three days, all-day listings, capitals and emoji, two events one day in one hall."""
    f = Feeds()
    # 1 Nantes: a three-day festival; platform range; agenda 3 timings; ICS all-day 3 days; sheet « du 17 au 19/11 »
    f.on_platform("festival-nantes", 1, "Festival des solidarités nantaises", at(17, "10:00"), at(19, "18:00"),
                  "Collectif Nantes Solidaire",
                  place("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes"))
    f.on_agenda("festival-nantes", 6001, "Festisol Nantes 2022",
                [(at(17, "10:00"), at(17, "18:00")), (at(18, "10:00"), at(18, "18:00")),
                (at(19, "10:00"), at(19, "18:00"))], "Collectif Nantes Solidaire",
                location("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes"))
    f.in_calendar("festival-nantes", "festisol@pdl", "DTSTART;VALUE=DATE:20221117", "DTEND;VALUE=DATE:20221120",
                  "SUMMARY:Festival des Solidarités", "LOCATION:Cité des Congrès\\, Nantes")
    # 2 Angers: portes ouvertes ressourcerie, title in capitals with emoji in agenda
    f.on_platform("po-angers", 2, "Portes ouvertes de la Ressourcerie des Biscottes", at(19, "10:00"), at(19, "17:00"),
                  "La Ressourcerie des Biscottes",
                  place("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
    f.on_agenda("po-angers", 6002, "♻️ PORTES OUVERTES À LA RESSOURCERIE ♻️", [(at(19, "10:00"), at(19, "17:00"))],
                "Ressourcerie des Biscottes",
                location("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
    # 3 Le Mans: conference, organiser with legal form, time 18h00-20h00 vs 18:00
    f.on_platform("conf-lemans", 3, "Conférence : les SCIC, un outil pour les territoires", at(22, "18:00"),
                  at(22, "20:00"), "Coopérer en Sarthe SCIC SAS",
                  place("Espace Gambetta", "1 rue Gambetta", "72000", "Le Mans"))
    f.in_calendar("conf-lemans", "scic@pdl", "DTSTART;TZID=Europe/Paris:20221122T180000",
                  "DTEND;TZID=Europe/Paris:20221122T200000",
                  "SUMMARY:Les SCIC\\, un outil pour les territoires", "LOCATION:Espace Gambetta - Le Mans")
    # 4 La Roche-sur-Yon: repas solidaire at the Salle polyvalente; sheet date only; a loto there that evening
    f.on_platform("repas-lry", 4, "Repas solidaire et partagé", at(20, "12:00"), at(20, "15:00"),
                  "Secours catholique Vendée",
                  place("Salle polyvalente des Oudairies", "Rue de la Simbrandière", "85000", "La Roche-sur-Yon"))
    f.on_platform("loto-lry", 5, "Loto solidaire", at(20, "20:00"), at(20, "23:30"), "Amicale laïque des Oudairies",
                  place("Salle polyvalente des Oudairies", "Rue de la Simbrandière", "85000", "La Roche-sur-Yon"))
    # 6 Caen: online webinar with registration link (HelloAsso) in platform and meeting link in agenda
    f.on_platform("w-caen", 6, "Webinaire : comptabilité associative, les bases", at(24, "18:00"), at(24, "19:30"),
                  "Ligue de l'enseignement de Normandie",
                  ONLINE, modality="En ligne",
                  url="https://www.helloasso.com/associations/ligue-normandie/evenements/compta")
    f.on_agenda("w-caen", 6006, "Comptabilité associative : les bases (webinaire)",
                [(at(24, "18:00"), at(24, "19:30"))],
                "Ligue de l'Enseignement Normandie", {}, mode=2,
                onlineAccessLink="https://us02web.zoom.us/j/83456789012")
    # 7 Rouen: ciné-débat with co-organisers, ICS slip
    f.on_platform("cine-rouen", 7, "Ciné-débat « Les Liberterres »", at(18, "20:00"), at(18, "22:30"),
                  "Omnia République",
                  place("Cinéma Omnia République", "28 rue de la République", "76000", "Rouen"))
    f.in_calendar("cine-rouen", "cine@norm", "DTSTART:20221118T200000Z", "SUMMARY:Projection-débat : Les Liberterres",
                  "LOCATION:Omnia\\, Rouen")
    # 8 Le Havre: balade, sheet shouting
    f.on_platform("balade-havre", 8, "Balade urbaine : l'ESS au Havre", at(26, "10:00"), at(26, "12:00"),
                  "Le Havre en transition",
                  place("Place de l'Hôtel de Ville", "", "76600", "Le Havre"))
    # 9 Cherbourg: visite d'une recyclerie, commune nouvelle « Cherbourg-Octeville » in sheet
    f.on_platform("visite-cherbourg", 9, "Visite de la recyclerie Tri-Tout", at(16, "14:00"), at(16, "16:00"),
                  "Tri-Tout",
                  place("Recyclerie Tri-Tout", "12 rue de l'Abbaye", "50100", "Cherbourg-en-Cotentin"))
    # 10 Laval: forum, agenda and platform, ICS venue only
    f.on_platform("forum-laval", 10, "Forum de l'emploi dans l'ESS", at(15, "09:30"), at(15, "12:30"),
                  "Maison de l'emploi de Laval",
                  place("Salle polyvalente", "Rue du Britais", "53000", "Laval"))
    f.on_agenda("forum-laval", 6010, "Forum emploi ESS", [(at(15, "09:30"), at(15, "12:30"))], "MDE Laval",
                location("Salle Polyvalente de Laval", "Rue du Britais", "53000", "Laval"))
    f.in_calendar("forum-laval", "forum@pdl", "DTSTART;TZID=Europe/Paris:20221115T093000",
                  "SUMMARY:Forum de l'emploi ESS",
                  "LOCATION:Salle polyvalente")
    # 11 Saint-Nazaire: atelier, 14h-17h vs 14:00-17:00, organiser person
    f.on_platform("atelier-stn", 11, "Atelier réparation de petit électroménager", at(12, "14:00"), at(12, "17:00"),
                  "Répar'Acteurs Saint-Nazaire",
                  place("Maison de quartier de Kerlédé", "70 rue Ferdinand Buisson", "44600", "Saint-Nazaire"))
    # 12 Évreux: marché de Noël solidaire; agenda date-range; sheet typos
    f.on_platform("noel-evreux", 12, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"), "Ville d'Évreux",
                  place("Place du Général de Gaulle", "", "27000", "Évreux"))

    f.in_form([
        ("festival-nantes",
         row("PDL-01", "Collectif Nantes Solidaire", "Festival des solidarités", "17/11/2022", "", "Cité des Congrès",
             "", "44000", "Nantes")),
        ("repas-lry",
         row("PDL-02", "Secours Catholique", "Repas solidaire", "20/11/2022", "", "Salle des Oudairies", "", "",
             "La Roche sur Yon")),
        ("conf-lemans",
         row("PDL-03", "Coopérer en Sarthe", "Conférence SCIC et territoires", "22/11/2022", "18h00 - 20h00",
             "Espace Gambetta", "", "", "LE MANS")),
        ("w-caen",
         row("PDL-04", "Ligue de l'enseignement 14", "Compta associative : les bases", "24/11/2022", "18h-19h30", "",
             form="Visio")),
        ("balade-havre",
         row("PDL-05", "LE HAVRE EN TRANSITION", "BALADE URBAINE ESS", "26/11/2022", "10H", "", "", "", "LE HAVRE")),
        ("visite-cherbourg",
         row("PDL-06", "Tri-Tout", "Visite recyclerie", "16/11/2022", "14h", "Tri Tout", "12 rue de l'Abbaye", "50100",
             "Cherbourg-Octeville")),
        ("atelier-stn",
         row("PDL-07", "Marc Le Goff - Répar'Acteurs", "Atelier réparation électroménager", "12/11/2022", "14h-17h",
             "MQ Kerlédé", "", "", "St-Nazaire")),
        ("noel-evreux",
         row("PDL-08", "Mairie d'Evreux", "Marche de noel solidaire", "26/11/2022", "", "Pl. du Gal de Gaulle", "", "",
             "Evreux")),
    ])
    return f


def _bretagne_centre_bourgogne() -> Feeds:
    """Bretagne, Centre-Val de Loire, Bourgogne-Franche-Comté: 12 events, 26 listings; titles
    dressed, partners credited, the place in a DESCRIPTION, a venue by its acronym, two sessions of a visit."""
    f = Feeds()
    # 1 Rennes: [Mois de l'ESS] prefix, « – Rennes » suffix, sheet with everything in Lieu
    f.on_platform("tr-rennes", 1, "[Mois de l'ESS] Table ronde : habiter autrement – Rennes", at(17, "18:30"),
                  at(17, "20:30"),
                  "Parasol (en partenariat avec la Ville de Rennes)",
                  place("Maison de quartier La Bellangerais", "5 rue du Morbihan", "35700", "Rennes"))
    f.in_calendar("tr-rennes", "tr@bzh", "DTSTART:20221117T173000Z", "DTEND:20221117T193000Z",
                  "SUMMARY:Habiter autrement : table ronde",
                  "DESCRIPTION:Rendez-vous à la Maison de quartier La Bellangerais\\, 5 rue du Morbihan\\, Rennes.")
    # 2 Brest: two sessions of a visit (morning/afternoon), sheet date-only row for one of them (ambiguous)
    f.on_platform("visite-brest-matin", 2, "Visite de la Recyclerie Un Peu d'R", at(16, "10:00"), at(16, "11:30"),
                  "Un Peu d'R",
                  place("Un Peu d'R", "15 rue Anatole France", "29200", "Brest"))
    f.on_platform("visite-brest-aprem", 3, "Visite de la Recyclerie Un Peu d'R", at(16, "14:30"), at(16, "16:00"),
                  "Un Peu d'R",
                  place("Un Peu d'R", "15 rue Anatole France", "29200", "Brest"))
    # 4 Lorient: concert with co-organisers; agenda « de 20h à 23h » in title?
    f.on_platform("concert-lorient", 4, "Concert solidaire au profit des Restos du Cœur", at(25, "20:00"),
                  at(25, "23:00"), "Le Manège",
                  place("Le Manège", "Place de Kervénanec", "56100", "Lorient"))
    f.on_agenda("concert-lorient", 7004, "Concert solidaire (Restos du cœur) - 20h",
                [(at(25, "20:00"), at(25, "23:00"))],
                "Le Manège & Les Restos du Cœur du Morbihan",
                location("Le Manège", "Place de Kervénanec", "56100", "Lorient"))
    # 5 Tours: atelier « sur inscription », venue vs address
    f.on_platform("atelier-tours", 5, "Atelier « Créer son activité en coopérative » (sur inscription)",
                  at(15, "09:30"), at(15, "12:00"),
                  "Coopérative d'activité et d'emploi Coopaxis", place("Coopaxis", "17 rue Michelet", "37000", "Tours"))
    f.on_agenda("atelier-tours", 7005, "Créer son activité en coopérative", [(at(15, "09:30"), at(15, "12:00"))],
                "Coopaxis",
                location("17 rue Michelet", "17 rue Michelet", "37000", "Tours"))
    # 6 Orléans: marché, organiser a person + association in the sheet
    f.on_platform("marche-orleans", 6, "Marché des producteurs et artisans solidaires", at(26, "09:00"),
                  at(26, "13:00"), "Les Jardins du Loiret",
                  place("Place du Martroi", "", "45000", "Orléans"))
    # 7 Bourges: conférence at the Maison de la Culture, ICS venue only, same time UTC correct
    f.on_platform("conf-bourges", 7, "Conférence : la culture, un bien commun ?", at(22, "18:30"), at(22, "20:30"),
                  "Cultures du Cœur Cher",
                  place("Maison de la Culture de Bourges", "34 rue Henri Sellier", "18000", "Bourges"))
    f.in_calendar("conf-bourges", "mcb@cvl", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z",
                  "SUMMARY:La culture\\, un bien commun ? (conférence)",
                  "LOCATION:MCB")
    # 8 Dijon: forum, agenda with different title; sheet « Dijon Métropole » as commune
    f.on_platform("forum-dijon", 8, "Forum des initiatives solidaires", at(19, "10:00"), at(19, "17:00"),
                  "Ville de Dijon",
                  place("Salle de Flore", "Place de la Libération", "21000", "Dijon"))
    f.on_agenda("forum-dijon", 7008, "Salon des initiatives solidaires et citoyennes",
                [(at(19, "10:00"), at(19, "17:00"))], "Mairie de Dijon",
                location("Salle de Flore - Palais des Ducs", "Place de la Libération", "21000", "Dijon"))
    # 9 Besançon: two repair cafés the same afternoon, the calendar giving the town alone
    f.on_platform("rc-besancon-centre", 9, "Repair café du centre-ville", at(19, "14:00"), at(19, "17:00"),
                  "Repair Café Besançon",
                  place("Maison de quartier Battant", "8 rue des Chaprais", "25000", "Besançon"))
    f.on_platform("rc-besancon-planoise", 10, "Repair café de Planoise", at(19, "14:00"), at(19, "17:00"),
                  "Repair Café Planoise",
                  place("Maison de quartier de Planoise", "5 rue Picasso", "25000", "Besançon"))
    f.in_calendar("rc-besancon-planoise", "rcp@bfc", "DTSTART:20221119T140000Z", "SUMMARY:Repair Café Planoise",
                  "LOCATION:Besançon")
    # 11 Chartres: soirée jeux, sheet « de 20h à minuit »
    f.on_platform("jeux-chartres", 11, "Soirée jeux de société", at(18, "20:00"), at(18, "23:59"),
                  "Ludothèque de Chartres",
                  place("Ludothèque", "12 rue de la Volaille", "28000", "Chartres"))
    # 12 Vannes: hybrid conference, platform « Hybride », agenda presential with link, sheet « présentiel et visio »
    f.on_platform("conf-vannes", 12, "Conférence : l'ESS et la mer", at(24, "18:00"), at(24, "20:00"),
                  "Pôle ESS Pays de Vannes",
                  place("Palais des Arts", "Place de Bretagne", "56000", "Vannes"), modality="Hybride",
                  url="https://meet.jit.si/ess-et-mer")
    f.on_agenda("conf-vannes", 7012, "L'ESS et la mer : conférence", [(at(24, "18:00"), at(24, "20:00"))],
                "Pôle ESS du Pays de Vannes",
                location("Palais des Arts et des Congrès", "Place de Bretagne", "56000", "Vannes"), mode=3,
                onlineAccessLink="https://meet.jit.si/ess-et-mer")

    f.in_form([
        ("tr-rennes",
         row("BZH-01", "Parasol", "Table-ronde Habiter autrement", "17/11/2022", "de 18h30 à 20h30",
             "MQ Bellangerais - 5 rue du Morbihan - 35700 Rennes", "", "", "")),
        ("visite-brest-matin",
         row("BZH-02", "Un Peu d'R", "Visite recyclerie", "16/11/2022", "10h", "Un peu d'R", "15 rue Anatole France",
             "29200", "Brest")),
        ("marche-orleans",
         row("BZH-03", "Claire Martin (Les Jardins du Loiret)", "Marché producteurs et artisans", "26/11/2022",
             "9h-13h", "Pl. du Martroi", "", "", "Orléans")),
        ("forum-dijon",
         row("BZH-04", "Ville de Dijon", "Forum initiatives solidaires", "19/11/2022", "10h-17h", "Salle de Flore", "",
             "", "Dijon Métropole")),
        ("rc-besancon-centre",
         row("BZH-05", "Repair Café Besançon", "Repair café centre ville", "19/11/2022", "14h-17h", "MQ Battant", "",
             "", "Besancon")),
        ("jeux-chartres",
         row("BZH-06", "Ludothèque de Chartres", "Soirée jeux", "18/11/2022", "de 20h à minuit", "Ludothèque", "",
             "28000", "Chartres")),
        ("conf-vannes",
         row("BZH-07", "Pôle ESS Pays de Vannes", "Conférence ESS et mer", "24/11/2022", "18h-20h", "Palais des Arts",
             "", "", "Vannes", form="Présentiel et visio")),
    ])
    return f


def _nouvelle_aquitaine_online() -> Feeds:
    """Nouvelle-Aquitaine online: 9 events, 18 listings; meeting links,
    registration pages, lives and « Distanciel », « Visio », « lien envoyé après inscription »."""
    f = Feeds()
    GM = "https://meet.google.com/xyz-abcd-efg"
    # 1 Google Meet link on the platform, « Visioconférence » in the sheet, « Distanciel » in the agenda (no link)
    f.on_platform("w1", 1, "Webinaire : mobiliser des bénévoles en milieu rural", at(15, "18:00"), at(15, "19:30"),
                  "Le Mouvement associatif Nouvelle-Aquitaine",
                  ONLINE, modality="En ligne", url=GM)
    f.on_agenda("w1", 8001, "Mobiliser des bénévoles en milieu rural", [(at(15, "18:00"), at(15, "19:30"))],
                "LMA Nouvelle-Aquitaine",
                {"name": "Distanciel"}, mode=2)
    # 2 Facebook live on the agenda, « En ligne » on the platform
    f.on_platform("live2", 2, "Live : l'ESS racontée par ses acteurs", at(17, "12:30"), at(17, "13:15"),
                  "CRESS Nouvelle-Aquitaine",
                  ONLINE, modality="En ligne")
    f.on_agenda("live2", 8002, "En direct : l'ESS racontée par celles et ceux qui la font",
                [(at(17, "12:30"), at(17, "13:15"))],
                "CRESS NA", {}, mode=2, onlineAccessLink="https://www.facebook.com/cressna/live")
    # 3 Zoom webinar, ICS with URL only and LOCATION « Zoom », slip
    Z = "https://us02web.zoom.us/j/86543210987"
    f.on_platform("w3", 3, "Webinaire : monter une SCIC", at(22, "10:00"), at(22, "11:30"),
                  "URSCOP Nouvelle-Aquitaine", ONLINE, modality="En ligne", url=Z)
    f.in_calendar("w3", "w3@na", "DTSTART:20221122T100000Z", "DTEND:20221122T113000Z",
                  "SUMMARY:Monter une SCIC (webinaire)",
                  "LOCATION:Zoom", f"URL:{Z}")
    # 4 hard negative: the same organiser, another webinar that morning at another Zoom id
    f.on_platform("w4", 4, "Webinaire : la SCOP d'amorçage", at(22, "11:45"), at(22, "12:30"),
                  "URSCOP Nouvelle-Aquitaine", ONLINE,
                  modality="En ligne", url="https://us02web.zoom.us/j/81112223334")
    # 5 a registration page (HelloAsso) against a Teams link; the sheet « lien envoyé après inscription »
    T = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1@thread.v2/0"
    f.on_platform("w5", 5, "Atelier en ligne : rédiger ses statuts associatifs", at(24, "18:30"), at(24, "20:00"),
                  "Ligue de l'enseignement de la Gironde",
                  ONLINE, modality="En ligne", url="https://www.helloasso.com/associations/ligue-33/evenements/statuts")
    f.on_agenda("w5", 8005, "Rédiger les statuts de son association (atelier à distance)",
                [(at(24, "18:30"), at(24, "20:00"))],
                "Ligue de l'enseignement 33", {}, mode=2, onlineAccessLink=T)
    # 6 Bordeaux presential event and its online twin the same day by the same org at another time (hard negative)
    f.on_platform("pres6", 6, "Café-débat : la finance solidaire", at(18, "18:00"), at(18, "20:00"),
                  "France Active Nouvelle-Aquitaine",
                  place("Café associatif Le Samovar", "18 rue Camille Sauvageau", "33800", "Bordeaux"))
    f.on_platform("w7", 7, "Webinaire : la finance solidaire", at(18, "12:30"), at(18, "13:30"),
                  "France Active Nouvelle-Aquitaine", ONLINE,
                  modality="En ligne", url="https://zoom.us/j/82223334445")
    # 8 hybrid: platform presential with a stream link; agenda online only
    f.on_platform("hyb8", 8, "Conférence : l'ESS face aux crises", at(25, "18:00"), at(25, "20:00"),
                  "Université de Poitiers",
                  place("Maison des étudiants", "1 rue Neuma", "86000", "Poitiers"), modality="Hybride",
                  url="https://www.youtube.com/live/Ab12Cd34")
    f.on_agenda("hyb8", 8008, "L'ESS face aux crises (conférence retransmise)", [(at(25, "18:00"), at(25, "20:00"))],
                "Université de Poitiers",
                {}, mode=2, onlineAccessLink="https://youtu.be/Ab12Cd34")
    # 9 Limoges: webinar « Visio », sheet with acronym and date only
    f.on_platform("w9", 9, "Visio : découvrir le dispositif local d'accompagnement", at(29, "14:00"), at(29, "15:00"),
                  "DLA Haute-Vienne",
                  ONLINE, modality="En ligne")

    f.in_form([
        ("w1",
         row("NA-01", "Le Mouvement Associatif", "Mobiliser des bénévoles en rural", "15/11/2022", "18h-19h30",
             "Visioconférence", form="En ligne")),
        ("w5",
         row("NA-02", "Ligue 33", "Rédiger ses statuts", "24/11/2022", "18h30",
             "En ligne (lien envoyé après inscription)", form="En ligne")),
        ("w9", row("NA-03", "DLA 87", "Découvrir le DLA (visio)", "29/11/2022", "", "Visio", form="En ligne")),
        ("w3", row("NA-04", "URSCOP NA", "Webinaire SCIC", "22/11/2022", "10h-11h30", "Zoom", form="En ligne")),
    ])
    return f


def _provence_sessions() -> Feeds:
    """Provence-Alpes-Côte d'Azur: 13 events, 23 listings; a weekly series against one
    session, a visit twice a day, a two-day forum, two events one afternoon at one venue, an exhibition over weeks."""
    f = Feeds()
    # 1 Marseille: a compost workshop every Saturday (RRULE), the platform listing the second
    MAR = place("Jardin de la Friche", "41 rue Jobin", "13003", "Marseille")
    f.in_calendar({"2022-11-05": "compost-1", "2022-11-12": "compost-2", "2022-11-19": "compost-3",
                   "2022-11-26": "compost-4"},
                  "compost@paca", "DTSTART;TZID=Europe/Paris:20221105T100000",
                  "DTEND;TZID=Europe/Paris:20221105T120000",
                  "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Atelier compost", "LOCATION:Jardin de la Friche\\, Marseille")
    f.on_platform("compost-2", 1, "Atelier compostage au jardin", at(12, "10:00"), at(12, "12:00"),
                  "Compost'Marseille", MAR)
    # 2 Nice: a visit twice the same day (10h and 15h), the sheet listing the second
    NICE = place("Recyclerie Nice Côte d'Azur", "12 boulevard Gorbella", "06100", "Nice")
    f.on_platform("visite-nice-10", 2, "Visite de la recyclerie", at(16, "10:00"), at(16, "11:00"),
                  "Recyclerie Nice Côte d'Azur", NICE)
    f.on_platform("visite-nice-15", 3, "Visite de la recyclerie", at(16, "15:00"), at(16, "16:00"),
                  "Recyclerie Nice Côte d'Azur", NICE)
    # 4 Avignon: a two-day forum, agenda two timings, platform range, sheet date of day 1
    f.on_platform("forum-avignon", 4, "Forum régional de l'ESS", at(24, "09:00"), at(25, "17:00"), "CRESS Sud",
                  place("Parc des expositions", "Chemin des Félons", "84000", "Avignon"))
    f.on_agenda("forum-avignon", 9004, "Forum régional ESS 2022",
                [(at(24, "09:00"), at(24, "17:00")), (at(25, "09:00"), at(25, "17:00"))],
                "CRESS Provence-Alpes-Côte d'Azur",
                location("Parc des Expositions d'Avignon", "Chemin des Félons", "84000", "Avignon"))
    # 5 Toulon: ciné-débat, ICS in UTC correctly, title typo
    f.on_platform("cine-toulon", 5, "Ciné-débat « Sur le fil »", at(18, "20:30"), at(18, "23:00"), "Cinéma Le Royal",
                  place("Cinéma Le Royal", "2 rue du Docteur Jean Bertholet", "83000", "Toulon"))
    f.in_calendar("cine-toulon", "cine@paca", "DTSTART:20221118T193000Z", "DTEND:20221118T220000Z",
                  "SUMMARY:Cine-débat Sur le fill",
                  "LOCATION:Le Royal\\, Toulon")
    # 6 Aix-en-Provence: two events at the Cité du Livre the same afternoon (hard negative)
    AIX = place("Cité du Livre", "8-10 rue des Allumettes", "13090", "Aix-en-Provence")
    f.on_platform("conf-aix", 6, "Conférence : l'économie circulaire en Provence", at(19, "14:00"), at(19, "16:00"),
                  "Aix en Transition", AIX)
    f.on_platform("atelier-aix", 7, "Atelier d'écriture solidaire", at(19, "14:00"), at(19, "16:00"),
                  "Les Écrits du Sud", AIX)
    f.in_calendar("conf-aix", "conf@paca", "DTSTART;TZID=Europe/Paris:20221119T140000",
                  "SUMMARY:Économie circulaire en Provence (conférence)",
                  "LOCATION:Cité du Livre\\, Aix")
    # 8 Gap: market, date-only sheet; platform 9-13
    f.on_platform("marche-gap", 8, "Marché paysan et solidaire", at(26, "09:00"), at(26, "13:00"),
                  "Confédération paysanne des Hautes-Alpes",
                  place("Place Jean Marcellin", "", "05000", "Gap"))
    # 9 Digne: webinaire online, sheet « Zoom »
    f.on_platform("w-digne", 9, "Webinaire : créer un tiers-lieu rural", at(23, "18:00"), at(23, "19:30"),
                  "Tiers-lieux Sud", ONLINE,
                  modality="En ligne", url="https://zoom.us/j/85555555555")
    # 10 Arles: exhibition every day 14-30, agenda one timing per week-day? (one record), sheet start date
    f.on_platform("expo-arles", 10, "Exposition « Les coopératives en Camargue »", at(14, "10:00"), at(30, "18:00"),
                  "Musée de la Camargue",
                  place("Musée de la Camargue", "Mas du Pont de Rousty", "13200", "Arles"))

    f.in_form([
        ("visite-nice-15",
         row("PACA-01", "Recyclerie NCA", "Visite recyclerie (après-midi)", "16/11/2022", "15h", "Recyclerie",
             "12 bd Gorbella", "06100", "Nice")),
        ("forum-avignon",
         row("PACA-02", "CRESS Sud", "Forum régional de l'ESS", "24/11/2022", "", "Parc Expo", "", "", "Avignon")),
        ("marche-gap",
         row("PACA-03", "Conf' 05", "Marché paysan", "26/11/2022", "", "Pl. Jean Marcellin", "", "", "GAP")),
        ("w-digne",
         row("PACA-04", "Tiers-Lieux Sud", "Créer un tiers lieu rural (webinaire)", "23/11/2022", "18h", "Zoom",
             form="En ligne")),
        ("expo-arles",
         row("PACA-05", "Musée de la Camargue", "Expo Les coopératives en Camargue", "14/11/2022", "",
             "Musée de la Camargue", "", "", "Arles")),
        ("compost-3",
         row("PACA-06", "Compost'Marseille", "Atelier compost", "19/11/2022", "10h-12h", "Jardin de la Friche",
             "41 rue Jobin", "13003", "Marseille")),
    ])
    return f


def _occitanie_many_differences() -> Feeds:
    """Occitanie: 13 events, 34 listings, each copy differing in four to six ways (an hour off in
    UTC, the venue alone, an acronym, no time, title reworded)."""
    f = Feeds()
    def trio(ev, n, title, start, end, org, place, ics_title, ics_loc, ics_start, sheet):
        f.on_platform(ev, n, title, start, end, org, place)
        if ics_title:
            f.in_calendar(ev, f"{ev}@oc", f"DTSTART:{ics_start}", "SUMMARY:" + ics_title, "LOCATION:" + ics_loc)
        if sheet:
            rows.append((ev, sheet))
    rows = []
    trio("compost-tlse", 1, "Atelier compostage collectif", at(12, "10:00"), at(12, "12:00"), "Toulouse en Transition",
         place("Jardin partagé des Izards", "Chemin des Izards", "31200", "Toulouse"),
         "Compost : atelier collectif", "Jardin des Izards", "20221112T100000Z",
         row("OC-01", "TET", "Atelier compostage", "12/11/2022", "", "", "ch. des Izards", "", "TOULOUSE"))
    trio("cine-mtp", 2, "Ciné-débat « Un monde nouveau »", at(15, "20:30"), at(15, "23:00"),
         "Les Amis du Monde Diplomatique Montpellier",
         place("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"),
         "Projection Un Monde Nouveau + débat", "Utopia", "20221115T203000Z",
         row("OC-02", "AMD 34", "Cine debat Un monde nouveau", "15/11/2022", "20h30", "Utopia Montpellier", "", "",
             "Montpellier"))
    trio("forum-nimes", 3, "Forum de l'emploi solidaire", at(17, "09:00"), at(17, "13:00"),
         "Maison de l'emploi de Nîmes Métropole",
         place("Parc des expositions", "230 avenue du Languedoc", "30900", "Nîmes"),
         "Forum emploi solidaire - Nîmes", "Parc expo Nîmes", "20221117T090000Z",
         row("OC-03", "MDE Nîmes", "Forum emploi ESS", "17/11/2022", "9h-13h", "Parc des Expositions", "", "30000",
             "NIMES"))
    trio("marche-perpignan", 4, "Marché paysan et solidaire", at(19, "08:00"), at(19, "13:00"),
         "Confédération paysanne des Pyrénées-Orientales",
         place("Place de la République", "", "66000", "Perpignan"),
         "Marché paysan", "Perpignan", "20221119T080000Z",
         row("OC-04", "Conf' 66", "Marche paysan solidaire", "19/11/2022", "", "Pl. de la République", "", "",
             "Perpignan"))
    trio("conf-albi", 5, "Conférence : l'économie circulaire dans le Tarn", at(22, "18:00"), at(22, "20:00"), "Trifyl",
         place("Salle Athanor", "Place de l'Amitié entre les Peuples", "81000", "Albi"),
         "Economie circulaire (conférence)", "Athanor\\, Albi", "20221122T180000Z",
         row("OC-05", "TRIFYL", "Conférence économie circulaire", "22/11/2022", "18h", "Athanor", "", "81000", "Albi"))
    trio("visite-rodez", 6, "Visite de la recyclerie", at(23, "14:00"), at(23, "16:00"), "Recyclerie du Rouergue",
         place("Recyclerie du Rouergue", "ZA de Bel Air", "12000", "Rodez"),
         "Recyclerie : visite", "ZA Bel Air", "20221123T140000Z",
         row("OC-06", "Recyclerie Rouergue", "Visite recyclerie", "23/11/2022", "14h-16h", "", "ZA Bel Air", "12000",
             "Rodez"))
    trio("apero-tarbes", 7, "Apéro des entrepreneurs sociaux", at(24, "18:30"), at(24, "20:30"),
         "Réseau des entrepreneurs sociaux 65",
         place("Le Celtic", "8 rue Brauhauban", "65000", "Tarbes"),
         "Apéro entrepreneurs sociaux", "Le Celtic", "20221124T183000Z",
         row("OC-07", "RES 65", "Apero entrepreneurs", "24/11/2022", "18h30", "Bar Le Celtic", "", "", "Tarbes"))
    trio("troc-auch", 8, "Troc de graines et de plantes", at(26, "10:00"), at(26, "12:00"),
         "Incroyables Comestibles Auch",
         place("Médiathèque Auch", "Place Saluste du Bartas", "32000", "Auch"),
         "Troc graines & plantes", "Médiathèque\\, Auch", "20221126T100000Z",
         row("OC-08", "Les Incroyables Comestibles", "Troc graines", "26/11/2022", "10h", "", "Pl. Saluste du Bartas",
             "32000", "Auch"))
    trio("jeux-cahors", 9, "Après-midi jeux en famille", at(20, "14:00"), at(20, "18:00"), "Ludothèque La Ludo du Lot",
         place("Espace Clément Marot", "Place Bessières", "46000", "Cahors"),
         "Jeux en famille", "Espace Clément Marot", "20221120T140000Z",
         row("OC-09", "Ludo du Lot", "Après midi jeux famille", "20/11/2022", "", "Esp. Clément Marot", "", "",
             "Cahors"))
    trio("hack-mtp", 10, "Journée « Numérique inclusif »", at(18, "09:00"), at(18, "17:00"), "La Gazette Café",
         place("La Halle Tropisme", "121 rue Fontcouverte", "34070", "Montpellier"),
         "Numérique inclusif - journée", "Halle Tropisme", "20221118T090000Z",
         row("OC-10", "Gazette Café", "Journee numerique inclusif", "18/11/2022", "9h-17h", "Tropisme", "", "",
             "Montpellier"))
    # hard negatives
    trio("cine-mtp-2", 11, "Ciné-débat « Douce France »", at(22, "20:30"), at(22, "23:00"),
         "Les Amis du Monde Diplomatique Montpellier",
         place("Cinéma Utopia", "5 avenue du Docteur Pezet", "34090", "Montpellier"), "", "", "", None)
    trio("compost-tlse-2", 12, "Atelier compostage collectif", at(12, "14:00"), at(12, "16:00"),
         "Toulouse en Transition",
         place("Jardin partagé de la Reynerie", "Place Abbal", "31100", "Toulouse"),
         "Compost : atelier collectif", "Jardin de la Reynerie", "20221112T140000Z", None)
    trio("marche-narbonne", 13, "Marché paysan et solidaire", at(19, "08:00"), at(19, "13:00"),
         "Confédération paysanne de l'Aude",
         place("Cours Mirabeau", "", "11100", "Narbonne"), "", "", "", None)
    f.in_form(rows)
    return f


SETS = {"grand_est": _grand_est, "auvergne_rhone_alpes": _auvergne_rhone_alpes, "hauts_de_france": _hauts_de_france,
        "ile_de_france": _ile_de_france, "pays_de_la_loire_normandie": _pays_de_la_loire_normandie,
        "bretagne_centre_bourgogne": _bretagne_centre_bourgogne,
        "nouvelle_aquitaine_online": _nouvelle_aquitaine_online,
        "provence_sessions": _provence_sessions,
        "occitanie_many_differences": _occitanie_many_differences}


@pytest.mark.parametrize("name", list(SETS))
def test_a_blind_set_of_four_sources(name, tmp_path, index):
    assert_each_event_published_once(SETS[name](), tmp_path, index)


def assert_each_event_published_once(feeds: Feeds, tmp_path, index) -> None:
    """The listings of `feeds` read, normalised and merged: no two real events merged, each published once."""
    _, published = read_and_merge(feeds, tmp_path, index)
    merged_apart = [group for group in published if len(group) > 1]
    assert merged_apart == [], f"different events merged: {merged_apart}"
    alone = sorted(event for (event,) in published)
    real = {e for v in feeds.truth.values() for e in (v.values() if isinstance(v, dict) else [v])}
    assert alone == sorted(real), f"published twice: {sorted(e for e in alone if alone.count(e) > 1)}"
