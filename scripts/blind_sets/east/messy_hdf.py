"""Blind set east-3 (blind-east, 7 Dec 2026): a MESSY Hauts-de-France edition. HTML entities and tags left by an
exporter, titles cut at 50/60 characters, capitals, an English-speaking network's calendar, a source listing one
event twice (never merged with itself: distinct truth), « ANNULÉ » / « REPORTÉ au 24/11 » in titles, an OpenAgenda
festival with several timings, « 9h-12h et 14h-17h » in the spreadsheet."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib_east import *

f = Feeds()
# 1 Lille festival over three days: platform one record, agenda three timings, ICS all-day three days, sheet first day
f.on_platform("festisol", 1, "Festival des solidarités de Lille", at(18, "10:00"), at(20, "18:00"),
              "Collectif Festisol Lille", P("Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"))
f.on_agenda("festisol", 5001, "Festival des Solidarit&eacute;s &amp; de l'ESS",
            [(at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00")), (at(20, "10:00"), at(20, "18:00"))],
            "Festisol Lille", A("Gare Saint Sauveur", "17 bd Jean-Baptiste Lebas", "59000", "Lille", insee="59350"))
f.in_calendar("festisol", "festisol@lille-green-expats", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221121",
              "SUMMARY:Solidarity Festival (Festisol)", "LOCATION:Gare Saint-Sauveur\\, Lille")
# 2 Roubaix repair café (Alma); ICS in English
f.on_platform("rc-alma", 2, "Repair Café : vélos et petits appareils", at(12, "14:00"), at(12, "17:00"),
              "Repair Café Roubaix", P("Centre social de l'Alma", "35 rue de France", "59100", "Roubaix"))
f.on_agenda("rc-alma", 5002, "Repair Caf&eacute; &amp; v&eacute;los - Alma", [(at(12, "14:00"), at(12, "17:00"))],
            "Repair Café Roubaix", A("CS Alma", "35 rue de France", "59100", "Roubaix", insee="59512"))
f.in_calendar("rc-alma", "rc-alma@lille-green-expats", "DTSTART:20221112T130000Z", "DTEND:20221112T160000Z",
              "SUMMARY:Repair Café – fix your bike", "LOCATION:Centre social de l'Alma\\, Roubaix")
# 3 Roubaix repair café (Pile) the same afternoon (hard negative)
f.on_platform("rc-pile", 3, "Repair café du Pile", at(12, "14:00"), at(12, "18:00"), "Les Ateliers du Pile",
              P("Maison de quartier du Pile", "8 rue de Condé", "59100", "Roubaix"))
f.in_calendar("rc-pile", "rc-pile@lille-green-expats", "DTSTART:20221112T130000Z", "DTEND:20221112T170000Z",
              "SUMMARY:Repair Café – Pile district", "LOCATION:Roubaix")
# 4 Amiens conference, long title: sheet cut at 50, agenda with tags
f.on_platform("conf-amiens", 4, "L'économie sociale et solidaire face aux défis de la transition écologique des territoires",
              at(22, "18:00"), at(22, "20:00"), "Université de Picardie Jules Verne",
              P("Logis du Roy", "Square Jules Bocquet", "80000", "Amiens"))
f.on_agenda("conf-amiens", 5004, "<b>Conférence</b> : l'ESS face aux défis de la transition écologique",
            [(at(22, "18:00"), at(22, "20:00"))], "UPJV", A("Logis du Roy", "Square Jules Bocquet", "80000", "Amiens"))
# 5 Arras compost workshop, called off: ICS says ANNULÉ
f.on_platform("compost-arras", 5, "Atelier compostage en pied d'immeuble", at(16, "14:00"), at(16, "16:00"),
              "Arras Compost", P("Résidence Les Hochettes", "Rue Jean Monnet", "62000", "Arras"))
f.in_calendar("compost-arras", "compost@lille-green-expats", "DTSTART;TZID=Europe/Paris:20221116T140000",
              "DTEND;TZID=Europe/Paris:20221116T160000", "SUMMARY:ANNULÉ - Composting workshop",
              "LOCATION:Résidence Les Hochettes\\, Arras")
# 6 Valenciennes ciné-débat moved to 24/11: agenda still on 17/11 with « REPORTÉ au 24/11 », platform and sheet on 24/11
f.on_platform("cine-valenciennes", 6, "Ciné-débat « Femmes de la terre »", at(24, "20:00"), at(24, "22:30"),
              "Cinéma Le Gaumont associatif", P("Cinéma Gaumont", "Place d'Armes", "59300", "Valenciennes"))
f.on_agenda("cine-valenciennes", 5006, "REPORTÉ au 24/11 - Ciné-débat : Femmes de la terre",
            [(at(17, "20:00"), at(17, "22:30"))], "Le Gaumont associatif",
            A("Cinéma Gaumont", "Place d'Armes", "59300", "Valenciennes", insee="59606"))
# 7 Dunkerque advice day, sheet « 9h-12h et 14h-17h »
f.on_platform("perm-dk", 7, "Journée conseil aux associations", at(23, "09:00"), at(23, "17:00"),
              "Maison de la vie associative de Dunkerque", P("MVA", "Rue du 11 novembre 1918", "59140", "Dunkerque"))
# 8 Calais: the platform lists one event twice (two submissions): distinct in the truth
f.on_platform("collecte-calais", 8, "Collecte de vêtements chauds", at(19, "09:00"), at(19, "12:00"),
              "Secours populaire Calais", P("Local du Secours populaire", "12 rue Neuve", "62100", "Calais"))
f.on_platform("collecte-calais-bis", 9, "Collecte de vêtements chauds pour l'hiver", at(19, "09:00"), at(19, "12:00"),
              "Secours Populaire Français - Calais", P("Local du Secours populaire", "12 rue Neuve", "62100", "Calais"))
# 9 Lens: the agenda lists the job forum twice, the platform once (the second agenda copy is its own « event »)
f.on_platform("forum-lens", 10, "Forum emploi de l'insertion", at(17, "09:00"), at(17, "13:00"),
              "Réseau IAE du Bassin minier", P("Stade Bollaert-Delelis", "Avenue Alfred Maës", "62300", "Lens"))
f.on_agenda("forum-lens", 5010, "Forum emploi de l'insertion", [(at(17, "09:00"), at(17, "13:00"))],
            "Réseau IAE du Bassin minier", A("Stade Bollaert-Delelis", "Avenue Alfred Maës", "62300", "Lens"))
f.on_agenda("forum-lens-bis", 5011, "FORUM EMPLOI IAE - LENS", [(at(17, "09:00"), at(17, "13:00"))],
            "IAE Bassin minier", A("Stade Bollaert", "Av. Alfred Maës", "62300", "Lens"))
# 10 Beauvais visit: sheet in capitals
f.on_platform("ressourcerie-beauvais", 11, "Visite de la ressourcerie La Fabrique", at(25, "14:00"), at(25, "16:00"),
              "La Fabrique Beauvais", P("La Fabrique", "5 rue de la Tour", "60000", "Beauvais"))
# 11 Compiègne café-débat: agenda with <p> tags
f.on_platform("cafe-compiegne", 12, "Café-débat : les monnaies locales", at(15, "19:00"), at(15, "21:00"),
              "La Gazelle monnaie locale", P("Café Le Bouquin", "14 rue des Domeliers", "60200", "Compiègne"))
f.on_agenda("cafe-compiegne", 5012, "<p>Café-débat : les monnaies locales</p>", [(at(15, "19:00"), at(15, "21:00"))],
            "La Gazelle", A("Le Bouquin", "14 rue des Domeliers", "60200", "Compiègne"))
# 12 Saint-Quentin round table, ICS summary cut at 60
f.on_platform("habitat-sq", 13, "Table ronde : les coopératives d'habitants, une réponse à la crise du logement ?",
              at(29, "18:30"), at(29, "20:30"), "Habicoop Hauts-de-France",
              P("Espace Créatis", "Rue Ledru-Rollin", "02100", "Saint-Quentin"))
f.in_calendar("habitat-sq", "habitat@lille-green-expats", "DTSTART;TZID=Europe/Paris:20221129T183000",
              "DTEND;TZID=Europe/Paris:20221129T203000",
              "SUMMARY:Table ronde : les coopératives d'habitants\\, une réponse à",
              "LOCATION:Espace Créatis\\, Saint-Quentin")
# 13 Webinar, online link on agenda and ICS (English)
f.on_platform("web-mecenat", 14, "Webinaire : le mécénat de compétences", at(15, "12:30"), at(15, "13:30"),
              "Le Mouvement associatif Hauts-de-France", ONLINE, modality="En ligne")
f.on_agenda("web-mecenat", 5014, "Webinaire mécénat de compétences", [(at(15, "12:30"), at(15, "13:30"))],
            "Mouvement associatif HdF", {}, mode=2,
            onlineAccessLink="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzA")
f.in_calendar("web-mecenat", "mecenat@lille-green-expats", "DTSTART:20221115T113000Z", "DTEND:20221115T123000Z",
              "SUMMARY:Webinar: skills-based sponsorship", "LOCATION:Online",
              "URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3NzA")
# 14 / 15 Lille: two ciné-débats the same evening (hard negative)
f.on_platform("cine-lille-demain", 15, "Ciné-débat « Demain »", at(18, "20:00"), at(18, "22:30"), "Colibris Lille",
              P("Cinéma L'Univers", "16 rue Georges Danton", "59000", "Lille"))
f.in_calendar("cine-lille-demain", "demain@lille-green-expats", "DTSTART:20221118T190000Z",
              "SUMMARY:Film screening & discussion: Demain (Tomorrow)", "LOCATION:Lille")
f.on_platform("cine-lille-gateau", 16, "Ciné-débat « Ma part du gâteau »", at(18, "20:00"), at(18, "22:30"),
              "ATTAC Lille", P("Le Majestic", "54 rue de Béthune", "59000", "Lille"))
f.on_agenda("cine-lille-gateau", 5016, "Ciné-débat &laquo; Ma part du g&acirc;teau &raquo;", [(at(18, "20:00"), at(18, "22:30"))],
            "Attac Lille", A("Le Majestic", "54 rue de Béthune", "59000", "Lille", insee="59350"))
# 16 / 17 Tourcoing: one organiser's two workshops the same day (hard negative)
f.on_platform("cv-tourcoing", 17, "Atelier CV", at(21, "09:30"), at(21, "11:30"), "Maison de l'emploi Tourcoing",
              P("Maison de l'emploi", "15 rue de Tournai", "59200", "Tourcoing"))
f.on_platform("entretien-tourcoing", 18, "Atelier entretien d'embauche", at(21, "14:00"), at(21, "16:00"),
              "Maison de l'emploi Tourcoing", P("Maison de l'emploi", "15 rue de Tournai", "59200", "Tourcoing"))
# 18 Boulogne-sur-Mer beach clean-up: sheet capitals and cut, ICS English
f.on_platform("plage-boulogne", 19, "Nettoyage de la plage de Boulogne-sur-Mer avec les habitants", at(26, "10:00"),
              at(26, "12:00"), "Nausicaá Citoyens", P("Plage de Boulogne", "Boulevard Sainte-Beuve", "62200", "Boulogne-sur-Mer"))
f.in_calendar("plage-boulogne", "beach@lille-green-expats", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Beach clean-up in Boulogne",
              "LOCATION:Boulevard Sainte-Beuve\\, Boulogne-sur-Mer")
# 19 Laon games evening called off: sheet « ANNULÉ »
f.on_platform("jeux-laon", 20, "Soirée jeux coopératifs", at(25, "19:00"), at(25, "23:00"), "Ludothèque de Laon",
              P("Ludothèque", "Place Aubry", "02000", "Laon"))
# 20 Maubeuge open day: agenda &amp;
f.on_platform("po-maubeuge", 21, "Journée portes ouvertes et visite du chantier d'insertion", at(24, "09:00"), at(24, "16:00"),
              "Jardins de la Sambre", P("Jardins de la Sambre", "Rue de la Croix", "59600", "Maubeuge"))
f.on_agenda("po-maubeuge", 5021, "Portes ouvertes &amp; visite - Jardins de la Sambre", [(at(24, "09:00"), at(24, "16:00"))],
            "Les Jardins de la Sambre", A("Jardins de la Sambre", "rue de la Croix", "59600", "Maubeuge"))
# 21 Lille apéro ESS: clean copies
f.on_platform("apero-lille", 22, "Apéro de l'ESS", at(10, "18:30"), at(10, "21:00"), "CRESS Hauts-de-France",
              P("La Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille"))
f.on_agenda("apero-lille", 5022, "L'Apéro ESS de novembre", [(at(10, "18:30"), at(10, "21:00"))], "CRESS Hauts-de-France",
            A("Maison Folie Wazemmes", "70 rue des Sarrazins", "59000", "Lille", insee="59350"))

f.in_form([
    ("festisol", row("HDF-001", "Collectif Festisol", "FESTIVAL DES SOLIDARITES", "18/11/2022", "10h-18h",
                     "Gare Saint-Sauveur", "", "59000", "Lille")),
    ("conf-amiens", row("HDF-002", "UPJV", "L'économie sociale et solidaire face aux défis de ", "22/11/2022", "18h-20h",
                        "Logis du Roy", "", "80000", "Amiens")),
    ("cine-valenciennes", row("HDF-003", "Gaumont associatif", "Ciné-débat Femmes de la terre (reporté)", "24/11/2022",
                              "20h", "Cinéma Gaumont", "Place d'Armes", "59300", "Valenciennes")),
    ("perm-dk", row("HDF-004", "MVA Dunkerque", "Journée conseil aux assos", "23/11/2022", "9h-12h et 14h-17h", "MVA",
                    "rue du 11 Novembre", "59140", "Dunkerque")),
    ("ressourcerie-beauvais", row("HDF-005", "LA FABRIQUE", "VISITE DE LA RESSOURCERIE", "25/11/2022", "14H-16H",
                                  "LA FABRIQUE", "5 RUE DE LA TOUR", "60000", "BEAUVAIS")),
    ("cv-tourcoing", row("HDF-006", "MDE Tourcoing", "Atelier CV", "21/11/2022", "9h30-11h30", "Maison de l'emploi",
                         "15 rue de Tournai", "59200", "Tourcoing")),
    ("entretien-tourcoing", row("HDF-007", "MDE Tourcoing", "Atelier entretien d'embauche", "21/11/2022", "14h-16h",
                                "Maison de l'emploi", "15 rue de Tournai", "59200", "Tourcoing")),
    ("plage-boulogne", row("HDF-008", "Nausicaa Citoyens", "NETTOYAGE DE LA PLAGE DE BOULOGNE-SUR-MER AVEC LES HA",
                           "26/11/2022", "10h-12h", "Plage", "Bd Sainte-Beuve", "62200", "BOULOGNE SUR MER")),
    ("jeux-laon", row("HDF-009", "Ludothèque de Laon", "ANNULÉ - Soirée jeux coopératifs", "25/11/2022", "19h-23h",
                      "Ludothèque", "Place Aubry", "02000", "Laon")),
    ("rc-alma", row("HDF-010", "Repair Café Roubaix", '"Repair Café &amp; vélos"', "12/11/2022", "14h-17h",
                    "CS Alma", "35 rue de France", "59100", "Roubaix")),
    ("po-maubeuge", row("HDF-011", "Jardins de la Sambre", "<b>Portes ouvertes</b> chantier d'insertion", "24/11/2022",
                        "9h-12h et 14h-16h", "", "Rue de la Croix", "59600", "Maubeuge")),
])

if __name__ == "__main__":
    events, groups = run(f, cancelled={"compost-arras", "jeux-laon"})
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
