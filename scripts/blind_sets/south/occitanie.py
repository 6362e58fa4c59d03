"""Blind set (blind-south): Occitanie, one edition (2022), heavy in organiser naming: acronyms, « CRESS Occitanie » and
« Chambre régionale de l'ESS », networks relaying their members' events (the relaying network named as organiser).
Sources: the national platform, CRESS Occitanie's OpenAgenda, Le Mouvement associatif Occitanie's iCalendar (relaying
members, ORGANIZER;CN), CRESS Occitanie's registration form (Windows-1252 CSV)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("cress-occitanie-openagenda", "mouvement-associatif-occitanie-ical", "cress-occitanie-tableur")
f = Feeds()

# 1 CRESS regional meeting, Montpellier: four names of the CRESS
CORUM = P("Le Corum", "Esplanade Charles de Gaulle", "34000", "Montpellier")
f.on_platform("rencontre", 1, "Rencontre régionale des acteurs de l'ESS", at(17, "09:00"), at(17, "17:00"), "CRESS Occitanie", CORUM)
f.on_agenda("rencontre", 4001, "Rencontres régionales de l'ESS en Occitanie", [(at(17, "09:00"), at(17, "17:00"))],
            "Chambre régionale de l'économie sociale et solidaire d'Occitanie",
            A("Le Corum - Palais des congrès", "Esplanade Charles-de-Gaulle", "34000", "Montpellier", insee="34172"))
f.in_calendar("rencontre", "rencontre-cress@lmaoccitanie", "DTSTART;TZID=Europe/Paris:20221117T090000",
              "DTEND;TZID=Europe/Paris:20221117T170000", "SUMMARY:Rencontre régionale de l'ESS",
              "ORGANIZER;CN=Chambre Régionale de l'ESS:mailto:contact@cress-occitanie.org", "LOCATION:Corum\\, Montpellier")
# 2 URSCOP breakfast, Toulouse: « Union régionale des Scop et Scic » / « URSCOP » / « Les Scop Occitanie »
f.on_platform("pdj-scop", 2, "Petit-déjeuner : reprendre son entreprise en Scop", at(15, "08:30"), at(15, "10:00"),
              "Union régionale des Scop et Scic d'Occitanie", P("Maison de la coopération", "5 rue Bayard", "31000", "Toulouse"))
f.on_agenda("pdj-scop", 4002, "P'tit déj : la reprise d'entreprise par les salariés", [(at(15, "08:30"), at(15, "10:00"))], "Les Scop Occitanie",
            A("Maison de la coopération", "5 rue Bayard", "31000", "Toulouse", insee="31555"))
# 3 France Active Pyrénées' café, Perpignan: « FAP » in the form
f.on_platform("cafe-fin", 3, "Café des financeurs solidaires", at(22, "09:00"), at(22, "11:00"), "France Active Pyrénées",
              P("Pépinière Catalane", "Avenue de Grande-Bretagne", "66000", "Perpignan"))
f.on_agenda("cafe-fin", 4003, "Café des financeurs", [(at(22, "09:00"), at(22, "11:00"))], "France Active Pyrénées - Airdie Occitanie",
            A("Pépinière d'entreprises", "Av. de Grande Bretagne", "66000", "Perpignan"))
# 4 AFEV, Albi
f.on_platform("afev", 4, "Soirée de l'engagement étudiant", at(24, "18:30"), at(24, "21:00"), "Association de la fondation étudiante pour la ville",
              P("Institut national universitaire Champollion", "Place de Verdun", "81000", "Albi"))
# 5 a member's workshop relayed by Le Mouvement associatif: the calendar's ORGANIZER is the network
f.on_platform("gouvernance", 5, "Atelier : la gouvernance partagée dans les associations", at(10, "18:00"), at(10, "20:30"),
              "Ligue de l'enseignement du Gard", P("Maison de la vie associative", "6 rue du Mail", "30900", "Nîmes"))
f.in_calendar("gouvernance", "gouvernance-fol30@lmaoccitanie", "DTSTART;TZID=Europe/Paris:20221110T180000",
              "DTEND;TZID=Europe/Paris:20221110T203000", "SUMMARY:[Relais FOL 30] Gouvernance partagée : atelier",
              "ORGANIZER;CN=Le Mouvement associatif Occitanie:mailto:contact@lmaoccitanie.org",
              "LOCATION:Maison de la vie associative\\, Nîmes")
# 6 / 7 hard negative: one network's two régional bodies (Scop Occitanie Pyrénées / Méditerranée), same open day
f.on_platform("po-scop-tls", 6, "Portes ouvertes des Scop", at(18, "10:00"), at(18, "17:00"), "URSCOP Occitanie Pyrénées",
              P("Scop Ethiquable", "Route de Saint-Puy", "32500", "Fleurance"))
f.on_platform("po-scop-mtp", 7, "Portes ouvertes des Scop", at(18, "10:00"), at(18, "17:00"), "URSCOP Occitanie Méditerranée",
              P("Scop La Conserverie", "12 rue de la Cavalade", "34000", "Montpellier"))
f.on_agenda("po-scop-mtp", 4007, "Journée portes ouvertes des coopératives", [(at(18, "10:00"), at(18, "17:00"))],
            "Les Scop Occitanie Méditerranée", A("La Conserverie", "12 rue de la Cavalade", "34000", "Montpellier"))
# 8 / 9 hard negative: two repair cafés in Toulouse the same afternoon; the calendar's copy UTC and the town alone
f.on_platform("repair-minimes", 8, "Repair café des Minimes", at(19, "14:00"), at(19, "17:00"), "Les Bricoleurs des Minimes",
              P("Maison de quartier des Minimes", "6 rue Gaston Doumergue", "31200", "Toulouse"))
f.in_calendar("repair-minimes", "repair-minimes@lmaoccitanie", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
              "SUMMARY:Repair Café", "ORGANIZER;CN=Les Bricoleurs des Minimes:mailto:bricoleurs@example.org",
              "LOCATION:Toulouse")
f.on_platform("repair-cyprien", 9, "Repair café Saint-Cyprien", at(19, "14:00"), at(19, "17:00"), "Toulouse en Transition",
              P("Centre culturel Saint-Cyprien", "56 allées Charles de Fitte", "31300", "Toulouse"))
# 10 / 11 hard negative: the CRESS's two workshops the same day at one venue
HOTEL_REG = P("Hôtel de Région", "201 avenue de la Pompignane", "34000", "Montpellier")
f.on_platform("marches", 10, "Atelier : l'ESS et les marchés publics", at(23, "09:30"), at(23, "12:00"), "CRESS Occitanie", HOTEL_REG)
f.on_platform("rse", 11, "Atelier : RSE et ESS, quels ponts ?", at(23, "14:00"), at(23, "16:30"), "CRESS Occitanie", HOTEL_REG)
f.on_agenda("marches", 4010, "Marchés publics et ESS - atelier", [(at(23, "09:30"), at(23, "12:00"))],
            "Chambre Régionale de l'ESS Occitanie", A("Hôtel de Région", "201 av. de la Pompignane", "34000", "Montpellier"))
f.on_agenda("rse", 4011, "RSE & ESS : atelier", [(at(23, "14:00"), at(23, "16:30"))],
            "Chambre Régionale de l'ESS Occitanie", A("Hôtel de Région", "201 av. de la Pompignane", "34000", "Montpellier"))
# 12 ciné-débat in Nîmes: « Collectif Alternatiba Nîmes » / « Alternatiba 30 »
SEMAPHORE = P("Cinéma Le Sémaphore", "25 rue Porte de France", "30900", "Nîmes")
f.on_platform("cine-nimes", 12, "Ciné-débat « Animal »", at(16, "20:00"), at(16, "22:30"), "Collectif Alternatiba Nîmes", SEMAPHORE)
f.on_agenda("cine-nimes", 4012, "Projection-débat : Animal, de Cyril Dion", [(at(16, "20:00"), at(16, "22:30"))], "Alternatiba 30",
            A("Le Sémaphore", "25 rue Porte de France", "30900", "Nîmes", insee="30189"))
f.in_calendar("cine-nimes", "animal@lmaoccitanie", "DTSTART;TZID=Europe/Paris:20221116T200000", "SUMMARY:Ciné-débat Animal",
              "ORGANIZER;CN=Alternatiba Nîmes:mailto:nimes@alternatiba.eu", "LOCATION:Le Sémaphore")
# 13 village market, Saint-Antonin-Noble-Val
f.on_platform("marche-village", 13, "Marché paysan et solidaire", at(20, "09:00"), at(20, "13:00"), "Association des producteurs de la vallée de l'Aveyron",
              P("Place de la Halle", "", "82140", "Saint-Antonin-Noble-Val"))
# 14 Perpignan récup' fair: « Recyclerie Catalane » / « RC66 »
f.on_platform("recup", 14, "Fête de la récup'", at(26, "10:00"), at(26, "18:00"), "La Recyclerie Catalane",
              P("Parc des expositions", "Avenue du Palais des Expositions", "66000", "Perpignan"))
f.on_agenda("recup", 4014, "La Fête de la Récup", [(at(26, "10:00"), at(26, "18:00"))], "Recyclerie catalane",
            A("Parc des Expos", "Av. du Palais des Expositions", "66000", "Perpignan"))
# 15 job forum relayed by the CRESS: the agenda names the CRESS as organiser, the platform Pôle emploi
f.on_platform("forum-emploi", 15, "Forum emploi : travailler dans l'ESS", at(24, "09:00"), at(24, "13:00"), "Pôle emploi Occitanie",
              P("Espace Diversités Laïcité", "38 rue d'Aubuisson", "31000", "Toulouse"))
f.on_agenda("forum-emploi", 4015, "Forum Emploi ESS - Toulouse", [(at(24, "09:00"), at(24, "13:00"))], "CRESS Occitanie",
            A("Espace Diversités Laïcité", "38 rue d'Aubuisson", "31000", "Toulouse", insee="31555"))
# 16 tiers-lieux conference, Montpellier, hybrid: « Tiers-Lieux Occitanie » / « TLO »
f.on_platform("tiers-lieux", 16, "Conférence : tiers-lieux et économie sociale et solidaire", at(9, "17:30"), at(9, "19:30"),
              "Tiers-Lieux Occitanie", P("La Halle Tropisme", "121 rue Fontcouverte", "34070", "Montpellier"), modality="Hybride")
f.on_agenda("tiers-lieux", 4016, "Tiers-lieux & ESS : conférence", [(at(9, "17:30"), at(9, "19:30"))], "Association Tiers-Lieux Occitanie (TLO)",
            A("Halle Tropisme", "121 rue de Fontcouverte", "34070", "Montpellier"), mode=3,
            onlineAccessLink="https://www.youtube.com/live/tlo2022")
# 17 Emmaüs Albi visit
f.on_platform("emmaus", 17, "Visite de la communauté Emmaüs", at(12, "10:00"), at(12, "12:00"), "Communauté Emmaüs d'Albi",
              P("Communauté Emmaüs", "Route de Millau", "81000", "Albi"))
f.in_calendar("emmaus", "emmaus-albi@lmaoccitanie", "DTSTART:20221112T100000", "DTEND:20221112T120000",
              "SUMMARY:Visite Emmaüs Albi", "ORGANIZER;CN=Emmaüs Albi:mailto:albi@emmaus.example", "LOCATION:Emmaüs\\, route de Millau")
# 18 DLA accounting workshop: « DLA 31 » / « Dispositif local d'accompagnement de la Haute-Garonne »
f.on_platform("dla", 18, "Atelier : piloter la trésorerie de son association", at(29, "14:00"), at(29, "17:00"),
              "Dispositif local d'accompagnement de la Haute-Garonne", P("Maison des associations", "3 place Guy Hersant", "31400", "Toulouse"))
f.on_agenda("dla", 4018, "Trésorerie associative : atelier DLA", [(at(29, "14:00"), at(29, "17:00"))], "DLA 31 - France Active MPA",
            A("Maison des Associations", "3 place Guy Hersant", "31400", "Toulouse"))
# 19 ADEPES' Thursday of the ESS: « ADEPES » / « Agence de développement et de promotion de l'économie solidaire »
f.on_platform("jeudi", 19, "Les Jeudis de l'ESS : l'habitat coopératif", at(17, "18:30"), at(17, "20:30"),
              "Agence de développement et de promotion de l'économie solidaire", P("Le Multiple", "14 rue Bayard", "31000", "Toulouse"))
f.in_calendar("jeudi", "jeudi-ess@lmaoccitanie", "DTSTART;TZID=Europe/Paris:20221117T183000", "DTEND;TZID=Europe/Paris:20221117T203000",
              "SUMMARY:Jeudi de l'ESS - habitat coopératif", "ORGANIZER;CN=ADEPES:mailto:contact@adepes.org", "LOCATION:Le Multiple\\, Toulouse")
# 20 URIAE in Tarbes: « URSIAE » / « Union régionale des structures d'insertion par l'activité économique »
f.on_platform("iae", 20, "Rencontre des structures de l'insertion par l'activité économique", at(25, "09:00"), at(25, "12:30"),
              "Union régionale des SIAE d'Occitanie", P("Parc des expositions", "Boulevard Kennedy", "65000", "Tarbes"))
f.on_agenda("iae", 4020, "Rencontre départementale IAE des Hautes-Pyrénées", [(at(25, "09:00"), at(25, "12:30"))], "URSIAE Occitanie",
            A("Parc des expositions", "Bd Kennedy", "65000", "Tarbes"))
# 21 Rodez: cooperative housing evening, « Habitat participatif Occitanie » / « HPO »
f.on_platform("habitat", 21, "Soirée d'information : l'habitat participatif", at(21, "19:00"), at(21, "21:00"), "Habitat participatif Occitanie",
              P("Maison des associations", "15 avenue Tarayre", "12000", "Rodez"))
# 22 Avise webinar relayed: « Avise » / « Agence de valorisation des initiatives socio-économiques »
f.on_platform("avise", 22, "Webinaire : le DLA, comment ça marche ?", at(14, "11:00"), at(14, "12:00"), "Avise", ONLINE, modality="En ligne")
f.on_agenda("avise", 4022, "Le Dispositif local d'accompagnement en 1 heure (webinaire)", [(at(14, "11:00"), at(14, "12:00"))],
            "Agence de valorisation des initiatives socio-économiques", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/82200330044")

f.in_form([
    ("rencontre", row("OC-001", "CRESS Occ.", "Rencontre régionale ESS", "17/11/2022", "9h-17h", "Corum", "", "34000", "Montpellier")),
    ("pdj-scop", row("OC-002", "URSCOP", "Petit déjeuner reprise en Scop", "15/11/2022", "8h30", "", "5 r. Bayard", "31000", "Toulouse")),
    ("cafe-fin", row("OC-003", "FAP", "Café des financeurs", "22/11/2022", "de 9h à 11h", "Pépinière Catalane", "", "", "Perpignan")),
    ("afev", row("OC-004", "AFEV Albi", "Soirée engagement étudiant", "24/11/2022", "18h30", "INU Champollion", "", "", "Albi")),
    ("gouvernance", row("OC-005", "FOL 30", "Atelier gouvernance partagée", "10/11/2022", "18h-20h30", "MVA", "6 rue du Mail", "", "Nîmes")),
    ("repair-cyprien", row("OC-006", "TET", "Repair Café", "19/11/2022", "14h-17h", "Centre culturel St-Cyprien", "", "", "Toulouse")),
    ("marche-village", row("OC-007", "APVA", "Marché paysan & solidaire", "20/11/2022", "matin", "Halle", "", "", "St-Antonin-Noble-Val")),
    ("recup", row("OC-008", "RC66", "Fête de la récup", "26/11/2022", "Journée", "Parc Expo", "", "", "Perpignan")),
    ("tiers-lieux", row("OC-009", "TLO", "Conférence Tiers-lieux & ESS", "09/11/2022", "17h30", "Halle Tropisme", "", "", "Montpellier", fmt="Hybride")),
    ("emmaus", row("OC-010", "Emmaüs", "Visite de la communauté", "12/11/2022", "10h", "", "route de Millau", "81000", "Albi")),
    ("dla", row("OC-011", "DLA 31", "Atelier trésorerie", "29/11/2022", "14h-17h", "Maison des asso", "3 pl. Guy Hersant", "", "Toulouse")),
    ("iae", row("OC-012", "URSIAE", "Rencontre IAE 65", "25/11/2022", "matin", "Parc Expo", "", "65000", "Tarbes")),
    ("habitat", row("OC-013", "HPO", "Soirée habitat participatif", "21/11/2022", "19h", "Maison des associations", "", "", "Rodez")),
    ("marches", row("OC-014", "Chambre régionale de l'ESS", "Atelier marchés publics", "23/11/2022", "matin", "Hôtel de Région", "", "", "Montpellier")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
