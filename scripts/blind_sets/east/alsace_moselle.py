"""Blind set east-1 (blind-east, 7 Dec 2026): Grand Est rural and Alsace-Moselle, one edition, four sources.
Communes with German names and hyphens, « 67 » / « Bas-Rhin » / « Alsace » mixed, intercommunalities as organisers."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib_east import *

f = Feeds()
# 1 Metz Borny repair café: platform, ICS venue only, agenda
f.on_platform("rc-borny", 1, "Repair Café de Borny", at(12, "14:00"), at(12, "17:00"), "Metz Répare",
              P("Maison de quartier de Borny", "1 boulevard de Provence", "57070", "Metz"))
f.in_calendar("rc-borny", "rc-borny-2022@metz-transition", "DTSTART;TZID=Europe/Paris:20221112T140000",
              "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Repair café Borny", "LOCATION:MQ Borny")
f.on_agenda("rc-borny", 3001, "Repair café - Metz Borny", [(at(12, "14:00"), at(12, "17:00"))], "Metz Répare",
            A("Maison de quartier de Borny", "1 bd de Provence", "57070", "Metz", insee="57463"))
# 2 Metz Sablon repair café, same afternoon (hard negative with 1)
f.on_platform("rc-sablon", 2, "Repair café du Sablon", at(12, "14:30"), at(12, "17:30"), "MJC Metz-Sud",
              P("MJC Metz-Sud", "87 rue du XXe Corps Américain", "57000", "Metz"))
f.in_calendar("rc-sablon", "rc-sablon-2022@metz-transition", "DTSTART:20221112T143000Z",
              "DTEND:20221112T173000Z", "SUMMARY:Repair café Sablon", "LOCATION:Metz")
# 3 Thionville forum: platform, agenda, sheet with acronym
f.on_platform("forum-thionville", 3, "Forum « Entreprendre autrement »", at(17, "09:30"), at(17, "16:00"),
              "France Active Lorraine", P("Médiathèque Puzzle", "1 place Malraux", "57100", "Thionville"))
f.on_agenda("forum-thionville", 3003, "Entreprendre autrement : le forum de l'entrepreneuriat social",
            [(at(17, "09:30"), at(17, "16:00"))], "France Active Lorraine",
            A("Puzzle - médiathèque", "1 place André Malraux", "57100", "Thionville", insee="57672"))
# 4 / 5 Colmar: two ciné-débats the same evening (hard negative)
f.on_platform("cine-colmar-demain", 4, "Ciné-débat « Demain »", at(18, "20:00"), at(18, "22:30"),
              "Colibris Colmar", P("Cinéma CGR Colmar", "4 rue Roesselmann", "68000", "Colmar"))
f.in_calendar("cine-colmar-demain", "demain@colibris68", "DTSTART;TZID=Europe/Paris:20221118T200000",
              "SUMMARY:Projection Demain + débat", "LOCATION:Colmar")
f.on_platform("cine-colmar-animal", 5, "Ciné-débat « Animal »", at(18, "20:00"), at(18, "22:30"),
              "Alternatiba Centre Alsace", P("Salle Europe", "13 rue d'Amsterdam", "68000", "Colmar"))
f.on_agenda("cine-colmar-animal", 3005, "Projection-débat : Animal de Cyril Dion", [(at(18, "20:00"), at(18, "22:30"))],
            "Alternatiba Centre Alsace", A("Salle Europe", "13 rue d'Amsterdam", "68000", "Colmar, Alsace", insee="68066"))
# 6 Mulhouse Motoco open day
f.on_platform("motoco", 6, "Portes ouvertes de Motoco", at(19, "10:00"), at(19, "18:00"), "Motoco",
              P("Motoco - Site DMC", "13 rue de Pfastatt", "68200", "Mulhouse"))
f.on_agenda("motoco", 3006, "Journée portes ouvertes - Motoco (more to come)", [(at(19, "10:00"), at(19, "18:00"))],
            "MOTOCO", A("Motoco", "13 rue de Pfastatt", "68200", "Mulhouse", insee="68224"))
# 7 Épinal compost workshop; sheet date only
f.on_platform("compost-epinal", 7, "Atelier compostage au jardin partagé", at(9, "14:00"), at(9, "16:00"),
              "Les Jardins d'Épinal", P("Jardin partagé de la Vierge", "Rue de la Vierge", "88000", "Épinal"))
# 8 Charleville-Mézières conference, FOL 08
f.on_platform("conf-charleville", 8, "Conférence : l'ESS dans les territoires ruraux ardennais", at(22, "18:30"),
              at(22, "20:30"), "Ligue de l'enseignement des Ardennes",
              P("Maison de la vie associative", "25 rue Irénée Carré", "08000", "Charleville-Mézières"))
f.on_agenda("conf-charleville", 3008, "L'ESS en milieu rural ardennais : conférence", [(at(22, "18:30"), at(22, "20:30"))],
            "Ligue de l'enseignement 08", A("MVA", "25 rue Irénée Carré", "08000", "Charleville-Mézières", insee="08105"))
# 9 Troyes Christmas market: platform 10-18, ICS all-day over two days
f.on_platform("noel-troyes", 9, "Marché de Noël solidaire et équitable", at(26, "10:00"), at(27, "18:00"),
              "Artisans du Monde Troyes", P("Halle de l'Hôtel de Ville", "Place Alexandre Israël", "10000", "Troyes"))
f.in_calendar("noel-troyes", "noel-troyes@adm", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221128",
              "SUMMARY:Marché de Noël équitable", "LOCATION:Place Alexandre Israël\\, Troyes")
# 10 Sarreguemines language café, half-German title on the agenda
f.on_platform("sprachcafe", 10, "Café des langues franco-allemand", at(16, "18:00"), at(16, "20:00"),
              "Maison de l'Europe Sarreguemines", P("Casino des Faïenceries", "Rue du Maréchal Foch", "57200", "Sarreguemines"))
f.on_agenda("sprachcafe", 3010, "Sprachcafé / Café des langues", [(at(16, "18:00"), at(16, "20:00"))],
            "Maison de l'Europe", A("Casino des Faïenceries", "Rue du Maréchal Foch", "57200", "Sarreguemines", insee="57631"))
# 11 Haguenau couture workshop, ICS prefixed
f.on_platform("couture-haguenau", 11, "Atelier couture zéro déchet", at(23, "14:00"), at(23, "17:00"),
              "Emmaüs Haguenau", P("Espace Saint-Martin", "2 rue Saint-Martin", "67500", "Haguenau"))
f.in_calendar("couture-haguenau", "couture@ess-nord-alsace", "DTSTART;TZID=Europe/Paris:20221123T140000",
              "DTEND;TZID=Europe/Paris:20221123T170000", "SUMMARY:[Mois ESS] Couture zéro déchet",
              "LOCATION:Espace St-Martin\\, Haguenau (67)")
# 12 Eurométropole webinar, online link on agenda
f.on_platform("webinaire-ems", 12, "Webinaire : les marchés publics responsables", at(15, "11:00"), at(15, "12:00"),
              "Eurométropole de Strasbourg", ONLINE, modality="En ligne")
f.on_agenda("webinaire-ems", 3012, "Marchés publics responsables et ESS (webinaire)", [(at(15, "11:00"), at(15, "12:00"))],
            "Eurométropole de Strasbourg", {}, mode=2, onlineAccessLink="https://eurometropole.webex.com/meet/ess2022")
# 13 Val d'Argent recyclerie visit
f.on_platform("recyclerie-va", 13, "Visite de la recyclerie du Val d'Argent", at(24, "14:00"), at(24, "16:00"),
              "CC du Val d'Argent", P("Recyclerie du Val d'Argent", "ZA Bois l'Abbesse", "68160", "Sainte-Marie-aux-Mines"))
f.on_agenda("recyclerie-va", 3013, "Découvrez la recyclerie !", [(at(24, "14:00"), at(24, "16:00"))],
            "Communauté de communes du Val d'Argent",
            A("Recyclerie", "ZA Bois l'Abbesse", "68160", "Ste-Marie-aux-Mines", insee="68298"))
# 14 Illkirch job forum: platform + sheet
f.on_platform("emploi-illkirch", 14, "Forum de l'emploi solidaire", at(10, "09:00"), at(10, "13:00"),
              "Mission locale Illkirch", P("Illiade", "11 allée François Mitterrand", "67400", "Illkirch-Graffenstaden"))
# 15 / 16 Schiltigheim: one organiser's two events the same day, same venue (hard negative)
f.on_platform("bourse-schilick", 15, "Bourse aux vêtements d'hiver", at(19, "09:00"), at(19, "12:00"),
              "Le Relais Est", P("Salle des fêtes", "1 rue de la Mairie", "67300", "Schiltigheim"))
f.on_platform("reparation-schilick", 16, "Atelier réparation de vêtements", at(19, "14:00"), at(19, "17:00"),
              "Le Relais Est", P("Salle des fêtes", "1 rue de la Mairie", "67300", "Schiltigheim"))
f.on_agenda("bourse-schilick", 3015, "Bourse aux vêtements", [(at(19, "09:00"), at(19, "12:00"))], "Le Relais Est",
            A("Salle des fêtes de Schiltigheim", "1 rue de la Mairie", "67300", "Schiltigheim", insee="67447"))
f.on_agenda("reparation-schilick", 3016, "Réparer ses vêtements : atelier", [(at(19, "14:00"), at(19, "17:00"))],
            "Le Relais Est", A("Salle des fêtes de Schiltigheim", "1 rue de la Mairie", "67300", "Schiltigheim", insee="67447"))
# 17 Saint-Dié ciné-débat: ICS with a UTC slip
f.on_platform("cine-stdie", 17, "Ciné-débat « Après demain »", at(25, "20:30"), at(25, "23:00"),
              "Ciné-club déodatien", P("Cinéma Excelsior", "20 rue Thiers", "88100", "Saint-Dié-des-Vosges"))
f.in_calendar("cine-stdie", "apresdemain@vosges-ess", "DTSTART:20221125T203000Z", "DTEND:20221125T230000Z",
              "SUMMARY:Après demain - ciné débat", "LOCATION:Excelsior\\, St-Dié")
# 18 CeA regional meeting: platform, agenda, sheet CeA
f.on_platform("rencontre-cea", 18, "Rencontre alsacienne de l'économie sociale et solidaire", at(29, "09:00"),
              at(29, "12:30"), "Collectivité européenne d'Alsace",
              P("Hôtel d'Alsace", "Place du Quartier Blanc", "67000", "Strasbourg"))
f.on_agenda("rencontre-cea", 3018, "Rencontre ESS d'Alsace", [(at(29, "09:00"), at(29, "12:30"))],
            "Collectivité européenne d'Alsace", A("Hôtel d'Alsace", "1 place du Quartier Blanc", "67000", "Strasbourg", insee="67482"))
# 19 Ungersheim seed swap, village
f.on_platform("graines-ungersheim", 19, "Troc de graines et de plants", at(26, "10:00"), at(26, "13:00"),
              "Ungersheim en transition", P("Salle des fêtes", "Rue de l'École", "68190", "Ungersheim"))
f.in_calendar("graines-ungersheim", "troc@ungersheim-transition", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T130000", "SUMMARY:Troc graines & plants",
              "LOCATION:Salle des fêtes d'Ungersheim (68)")
# 20 / 21 one network, two bodies: France Active Alsace in Strasbourg and Lorraine in Metz, same breakfast (hard negative)
f.on_platform("pdj-fa-alsace", 20, "Petit-déjeuner de la finance solidaire", at(24, "08:30"), at(24, "10:00"),
              "France Active Alsace", P("Maison de l'emploi", "1 rue du Marais Vert", "67000", "Strasbourg"))
f.on_platform("pdj-fa-lorraine", 21, "Petit-déjeuner de la finance solidaire", at(24, "08:30"), at(24, "10:00"),
              "France Active Lorraine", P("BLIIIDA", "7 avenue de Blida", "57000", "Metz"))
f.on_agenda("pdj-fa-alsace", 3020, "Petit déj' finance solidaire", [(at(24, "08:30"), at(24, "10:00"))],
            "France Active Alsace", A("Maison de l'emploi", "1 rue du Marais-Vert", "67000", "Strasbourg"))
f.on_agenda("pdj-fa-lorraine", 3021, "Petit déj' finance solidaire", [(at(24, "08:30"), at(24, "10:00"))],
            "France Active Lorraine", A("Bliiida", "7 avenue de Blida", "57000", "Metz"))
# 22 Colmar weekly legal help, three Tuesdays: platform one record per date, ICS RRULE
for n, d in ((22, 8), (23, 15), (24, 22)):
    f.on_platform(f"perm-colmar-{d}", 100 + n, "Permanence juridique pour les associations", at(d, "17:00"), at(d, "19:00"),
                  "Maison des associations de Colmar", P("Maison des associations", "6 route d'Ingersheim", "68000", "Colmar"))
f.in_calendar({"2022-11-08": "perm-colmar-8", "2022-11-15": "perm-colmar-15", "2022-11-22": "perm-colmar-22"},
              "perm@mda-colmar", "DTSTART;TZID=Europe/Paris:20221108T170000", "DTEND;TZID=Europe/Paris:20221108T190000",
              "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Permanence juridique associations", "LOCATION:MDA Colmar")
# 23 Bar-le-Duc habitat participatif; sheet has no commune
f.on_platform("habitat-bld", 25, "Goûter-débat : l'habitat participatif", at(20, "15:00"), at(20, "17:30"),
              "Habitat partagé Meuse", P("Maison de l'habitat", "12 rue Jeanne d'Arc", "55000", "Bar-le-Duc"))
# 24 Forbach job dating
f.on_platform("jobdating-forbach", 26, "Job dating de l'insertion", at(8, "09:00"), at(8, "12:00"),
              "Réseau IAE Moselle-Est", P("Agence Pôle emploi", "2 rue de la Gare", "57600", "Forbach"))
# 25 Kaysersberg: visite domaine bio, spelling of the commune
f.on_platform("visite-kaysersberg", 27, "Visite d'une coopérative viticole bio", at(26, "15:00"), at(26, "17:00"),
              "Cave coopérative de Kientzheim-Kaysersberg", P("Cave de Kientzheim-Kaysersberg", "10 rue des Vieux Moulins",
                                                               "68240", "Kaysersberg Vignoble"))
f.on_agenda("visite-kaysersberg", 3027, "Visite de la cave coopérative", [(at(26, "15:00"), at(26, "17:00"))],
            "Cave de Kientzheim-Kaysersberg", A("Cave coopérative", "10 rue des Vieux-Moulins", "68240", "Kaysersberg-Vignoble"))

f.in_form([
    ("forum-thionville", row("GE-101", "FA Lorraine", "Forum Entreprendre autrement", "17/11/2022", "9h30-16h",
                             "Médiathèque Puzzle", "1 pl. Malraux", "57100", "Thionville")),
    ("compost-epinal", row("GE-102", "Jardins d'Epinal", "Atelier compost", "09/11/2022", "", "Jardin de la Vierge", "",
                           "88", "Epinal")),
    ("conf-charleville", row("GE-103", "FOL 08", "Conf ESS territoires ruraux", "22/11/2022", "18h30",
                             "MVA", "25 r. Irénée Carré", "08000", "Charleville-Mézières")),
    ("noel-troyes", row("GE-104", "Artisans du Monde", "Marché de Noël solidaire", "26/11/2022", "Toute la journée",
                        "Halle Hôtel de Ville", "", "10000", "Troyes")),
    ("rc-sablon", row("GE-105", "MJC Metz Sud", "Repair Café Sablon", "12/11/2022", "14h30-17h30", "MJC Metz-Sud",
                      "87 rue du XXème Corps Américain", "57000", "Metz")),
    ("emploi-illkirch", row("GE-106", "Mission Locale", "Forum emploi solidaire", "10/11/2022", "matin", "L'Illiade",
                            "11 allée F. Mitterrand", "67400", "Illkirch")),
    ("rencontre-cea", row("GE-107", "CeA", "Rencontre alsacienne de l'ESS", "29/11/2022", "9h-12h30", "Hôtel d'Alsace",
                          "Place du Quartier Blanc", "67", "Strasbourg")),
    ("habitat-bld", row("GE-108", "Habitat Partagé 55", "Goûter débat habitat participatif", "20/11/2022", "15h",
                        "Maison de l'habitat - Bar-le-Duc", "", "", "")),
    ("jobdating-forbach", row("GE-109", "Réseau IAE Moselle Est", "Job Dating IAE", "08/11/2022", "de 9h à 12h",
                              "Pôle emploi", "2 rue de la Gare", "57600", "Forbach - Moselle")),
    ("couture-haguenau", row("GE-110", "Emmaüs", "Atelier couture zéro déchet", "23/11/2022", "14h-17h",
                             "Espace Saint-Martin", "", "67", "Haguenau")),
    ("graines-ungersheim", row("GE-111", "Ungersheim en Transition", "Troc de graines", "26/11/2022", "10h-13h",
                               "Salle des fêtes", "rue de l'Ecole", "68190", "Ungersheim - Haut-Rhin")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
