"""Blind set « networks » (helper blind-themes, 7 Dec 2026): Occitanie, federations and networks relaying their members'
events under the network's name while the member lists them under its own; co-organised events with two names in one
field. The CRESS workbook (XLSX) holds the registrations. Hard negatives: two members of one network holding the same
kind of event the same day in neighbouring towns or in one town."""
import sys, shutil, tempfile
from pathlib import Path
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
from tests.lib.test_dedup_through_connectors import _day, _clock

f = Feeds()
# 1 / 2 hard negative: Secours populaire, two comités' braderies the same day, Toulouse and Blagnac (neighbours)
f.on_platform("spf-toulouse", 1, "Braderie solidaire", at(19, "09:00"), at(19, "17:00"), "Secours populaire français - Fédération de la Haute-Garonne",
              P("Comité Secours populaire Toulouse Nord", "12 rue des Chamois", "31200", "Toulouse"))
f.on_agenda("spf-toulouse", 4001, "Braderie du Secours populaire de Toulouse Nord", [(at(19, "09:00"), at(19, "17:00"))],
            "Secours populaire - comité de Toulouse Nord", A("Local du Secours populaire", "12 rue des Chamois", "31200", "Toulouse", insee="31555"))
f.on_platform("spf-blagnac", 2, "Braderie solidaire", at(19, "09:00"), at(19, "17:00"), "Secours populaire français - Fédération de la Haute-Garonne",
              P("Salle des fêtes", "Place des Arts", "31700", "Blagnac"))
# 3 / 4 hard negative: two Familles Rurales associations, one parenting workshop each the same evening, Rodez and Onet-le-Château
f.on_platform("fr-rodez", 3, "Atelier parentalité : les écrans en famille", at(17, "18:30"), at(17, "20:30"), "Fédération Familles Rurales de l'Aveyron",
              P("Maison des associations", "15 avenue Tarayre", "12000", "Rodez"))
f.on_platform("fr-onet", 4, "Atelier parentalité : les écrans en famille", at(17, "18:30"), at(17, "20:30"), "Fédération Familles Rurales de l'Aveyron",
              P("Espace Angèle Mercadier", "Rue des Coquelicots", "12850", "Onet-le-Château"))
f.in_calendar("fr-onet", "ecrans-onet@famillesrurales12", "DTSTART;TZID=Europe/Paris:20221117T183000", "DTEND;TZID=Europe/Paris:20221117T203000",
              "SUMMARY:Les écrans en famille - atelier parents", "LOCATION:Espace Angèle Mercadier\\, Onet-le-Château")
# 5 Emmaüs: the national network's agenda entry vs the community
f.on_platform("emmaus-vente", 5, "Grande vente solidaire de l'hiver", at(26, "09:30"), at(26, "17:30"), "Emmaüs Montpellier",
              P("Communauté Emmaüs", "1260 route de Lodève", "34080", "Montpellier"))
f.on_agenda("emmaus-vente", 4005, "Grande vente d'hiver chez Emmaüs Montpellier", [(at(26, "09:30"), at(26, "17:30"))], "Emmaüs France",
            A("Emmaüs Montpellier", "1260 route de Lodève", "34080", "Montpellier"))
# 6 / 7 hard negative: Croix-Rouge, two unités locales, the same initiation the same morning, Nîmes (two venues)
f.on_platform("crf-nimes-centre", 6, "Initiation aux gestes qui sauvent", at(19, "09:00"), at(19, "11:00"), "Croix-Rouge française",
              P("Unité locale de Nîmes", "3 rue de la République", "30000", "Nîmes"))
f.on_platform("crf-nimes-pissevin", 7, "Initiation aux gestes qui sauvent", at(19, "09:00"), at(19, "11:00"), "Croix-Rouge française",
              P("Centre social Pissevin", "Place Pythagore", "30900", "Nîmes"))
f.on_agenda("crf-nimes-pissevin", 4007, "Gestes qui sauvent : initiation gratuite", [(at(19, "09:00"), at(19, "11:00"))],
            "Délégation territoriale du Gard de la Croix-Rouge française", A("Centre social Pissevin", "Place Pythagore", "30900", "Nîmes"))
# 8 ADMR: the federation's listing vs the local association
f.on_platform("admr-portes", 8, "Portes ouvertes de l'ADMR", at(18, "10:00"), at(18, "16:00"), "Fédération ADMR du Tarn",
              P("ADMR de Castres", "8 rue Émile Zola", "81100", "Castres"))
f.on_agenda("admr-portes", 4008, "L'ADMR de Castres ouvre ses portes", [(at(18, "10:00"), at(18, "16:00"))], "ADMR de Castres",
            A("Association ADMR", "8 rue Emile Zola", "81100", "Castres"))
# 9 France Active co-organised with the CRESS
f.on_platform("fa-pdj", 9, "Petit-déjeuner : financer son projet d'ESS", at(22, "08:30"), at(22, "10:00"), "France Active Occitanie",
              P("La Cité", "55 avenue Louis Breguet", "31400", "Toulouse"))
f.on_agenda("fa-pdj", 4009, "Petit-déjeuner financement de projets ESS", [(at(22, "08:30"), at(22, "10:00"))],
            "France Active Occitanie et la CRESS Occitanie", A("La Cité", "55 avenue Louis Breguet", "31400", "Toulouse"))
# 10 Réseau des ressourceries: the network's agenda, the member's platform listing
f.on_platform("ressourcerie-po", 10, "Portes ouvertes de la Ressourcerie Le Comptoir", at(23, "14:00"), at(23, "18:00"), "Ressourcerie Le Comptoir",
              P("Ressourcerie Le Comptoir", "4 rue du Sabot", "34500", "Béziers"))
f.on_agenda("ressourcerie-po", 4010, "Portes ouvertes : Ressourcerie Le Comptoir (Béziers)", [(at(23, "14:00"), at(23, "18:00"))],
            "Réseau des Ressourceries", A("Le Comptoir", "4 rue du Sabot", "34500", "Béziers"))
# 11 / 12 hard negative: two ressourceries of one network in Montpellier, one upcycling workshop each the same afternoon
f.on_platform("upcycling-gare", 11, "Atelier upcycling : donner une seconde vie aux meubles", at(26, "14:00"), at(26, "17:00"),
              "Ressourcerie La Gerbe", P("Ressourcerie La Gerbe", "35 rue de la Gare", "34000", "Montpellier"))
f.on_platform("upcycling-mosson", 12, "Atelier upcycling : relooker un meuble", at(26, "14:00"), at(26, "17:00"),
              "Ressourcerie de la Mosson", P("Ressourcerie de la Mosson", "200 avenue de Heidelberg", "34080", "Montpellier"))
# 13 Le Mouvement associatif and the Ligue de l'enseignement co-organise a forum
f.on_platform("forum-asso", 13, "Forum des associations et du bénévolat", at(19, "10:00"), at(19, "17:00"),
              "Le Mouvement associatif Occitanie / Ligue de l'enseignement de la Haute-Garonne",
              P("Salle Barcelone", "22 allée de Barcelone", "31000", "Toulouse"))
f.on_agenda("forum-asso", 4013, "Forum associations & bénévolat", [(at(19, "10:00"), at(19, "17:00"))],
            "Ligue de l'enseignement 31 en partenariat avec Le Mouvement associatif Occitanie",
            A("Salle Barcelone", "22 allées de Barcelone", "31000", "Toulouse"))
f.in_calendar("forum-asso", "forum-asso@ligue31", "DTSTART;TZID=Europe/Paris:20221119T100000", "DTEND;TZID=Europe/Paris:20221119T170000",
              "SUMMARY:Forum des assos et du bénévolat", "LOCATION:Salle Barcelone")
# 14 Ligue de l'enseignement's ciné-débat listed by the Ligue, by the cinema and by the sheet under the FOL acronym
f.on_platform("cine-service-civique", 14, "Ciné-débat : l'engagement des jeunes en service civique", at(24, "20:00"), at(24, "22:30"),
              "Ligue de l'enseignement - FOL du Tarn-et-Garonne", P("Cinéma Le Paris", "20 rue de la République", "82000", "Montauban"))
f.in_calendar("cine-service-civique", "cine-sc@ligue82", "DTSTART:20221124T190000Z", "DTEND:20221124T213000Z",
              "SUMMARY:Ciné-débat service civique", "LOCATION:Cinéma Le Paris")
# 15 CRESS conference co-organised with the métropole
f.on_platform("conf-metropole", 15, "Conférence : l'ESS, levier de développement des territoires", at(25, "14:00"), at(25, "17:00"),
              "CRESS Occitanie", P("Hôtel de Métropole", "50 place Zeus", "34000", "Montpellier"))
f.on_agenda("conf-metropole", 4015, "L'ESS, un levier pour le développement territorial", [(at(25, "14:00"), at(25, "17:00"))],
            "Montpellier Méditerranée Métropole", A("Hôtel de Métropole", "50 place Zeus", "34000", "Montpellier"))
# 16 Familles Rurales bourse aux jouets: fédération vs association
f.on_platform("fr-bourse", 16, "Bourse aux jouets et vêtements d'enfants", at(20, "09:00"), at(20, "17:00"), "Familles Rurales Lot",
              P("Salle des fêtes", "Place de la Mairie", "46300", "Gourdon"))
f.in_calendar("fr-bourse", "bourse@famillesrurales46", "DTSTART;VALUE=DATE:20221120", "DTEND;VALUE=DATE:20221121",
              "SUMMARY:Bourse aux jouets de Gourdon", "LOCATION:Salle des fêtes de Gourdon")
# 17 / 18 hard negative: two Secours populaire comités in Perpignan, a toy collection each the same Saturday
f.on_platform("spf-perpi-centre", 17, "Collecte de jouets pour Noël", at(26, "09:00"), at(26, "12:00"), "Secours populaire des Pyrénées-Orientales",
              P("Comité du centre-ville", "4 rue Foch", "66000", "Perpignan"))
f.on_platform("spf-perpi-moulin", 18, "Collecte de jouets pour Noël", at(26, "09:00"), at(26, "12:00"), "Secours populaire des Pyrénées-Orientales",
              P("Comité du Moulin-à-Vent", "22 avenue du Canigou", "66000", "Perpignan"))
# 19 Emmaüs Connect workshop
f.on_platform("emmaus-connect", 19, "Atelier numérique : premiers pas sur smartphone", at(21, "14:00"), at(21, "16:00"), "Emmaüs Connect",
              P("Emmaüs Connect Toulouse", "7 rue Paul Mesplé", "31100", "Toulouse"))
f.on_agenda("emmaus-connect", 4019, "Premiers pas sur smartphone (atelier numérique)", [(at(21, "14:00"), at(21, "16:00"))],
            "Emmaüs Connect Toulouse", A("Emmaüs Connect", "7 rue Paul Mesplé", "31100", "Toulouse"))
# 20 Croix-Rouge vestiboutique, unité locale vs délégation
f.on_platform("vestiboutique", 20, "Ouverture exceptionnelle de la Vestiboutique", at(25, "10:00"), at(25, "18:00"),
              "Croix-Rouge française - Unité locale d'Albi", P("Vestiboutique", "14 rue Croix-Verte", "81000", "Albi"))
f.on_agenda("vestiboutique", 4020, "Vestiboutique Croix-Rouge : journée portes ouvertes", [(at(25, "10:00"), at(25, "18:00"))],
            "Croix-Rouge française - Délégation du Tarn", A("Vestiboutique Croix-Rouge", "14 rue Croix Verte", "81000", "Albi"))

f.in_book([
    ("spf-toulouse", {"Réf": "OCC-001", "Structure organisatrice": "SPF 31 - Comité Toulouse Nord", "Événement": "Braderie",
                      "Date de début": _day(19), "Heure début": _clock(9), "Heure fin": _clock(17), "Lieu": "Local SPF",
                      "Adresse complète": "12 rue des Chamois", "CP": "31200", "Commune": "Toulouse"}),
    ("spf-blagnac", {"Réf": "OCC-002", "Structure organisatrice": "SPF 31 - Comité de Blagnac", "Événement": "Braderie",
                     "Date de début": _day(19), "Heure début": _clock(9), "Heure fin": _clock(17), "Lieu": "Salle des fêtes",
                     "Adresse complète": "Place des Arts", "CP": "31700", "Commune": "Blagnac"}),
    ("fr-rodez", {"Réf": "OCC-003", "Structure organisatrice": "Familles Rurales de Rodez", "Événement": "Atelier écrans et parentalité",
                  "Date de début": _day(17), "Heure début": _clock(18, 30), "Lieu": "MDA", "Adresse complète": "15 av. Tarayre",
                  "CP": "12000", "Commune": "Rodez"}),
    ("emmaus-vente", {"Réf": "OCC-004", "Structure organisatrice": "Emmaüs Communauté de Montpellier", "Événement": "Vente solidaire d'hiver",
                      "Date de début": _day(26), "Heure début": _clock(9, 30), "Heure fin": _clock(17, 30),
                      "Lieu": "Communauté Emmaüs, 1260 rte de Lodève", "Commune": "Montpellier"}),
    ("crf-nimes-centre", {"Réf": "OCC-005", "Structure organisatrice": "Croix-Rouge française - UL de Nîmes", "Événement": "Initiation gestes qui sauvent",
                          "Date de début": _day(19), "Heure début": _clock(9), "Heure fin": _clock(11), "Lieu": "Unité locale",
                          "Adresse complète": "3 rue de la République", "CP": "30000", "Commune": "Nîmes"}),
    ("admr-portes", {"Réf": "OCC-006", "Structure organisatrice": "ADMR Castres", "Événement": "Portes ouvertes ADMR",
                     "Date de début": _day(18), "Lieu": "", "Adresse complète": "8 rue E. Zola", "CP": "81100", "Commune": "Castres"}),
    ("fa-pdj", {"Réf": "OCC-007", "Structure organisatrice": "France Active Occitanie / CRESS Occitanie", "Événement": "Petit déj financement ESS",
                "Date de début": _day(22), "Heure début": _clock(8, 30), "Heure fin": _clock(10), "Lieu": "La Cité",
                "CP": "31400", "Commune": "Toulouse"}),
    ("ressourcerie-po", {"Réf": "OCC-008", "Structure organisatrice": "Le Comptoir (Réseau des Ressourceries)", "Événement": "Portes ouvertes ressourcerie",
                         "Date de début": _day(23), "Heure début": _clock(14), "Heure fin": _clock(18), "Lieu": "",
                         "Adresse complète": "4 rue du Sabot", "CP": "34500", "Commune": "Béziers"}),
    ("upcycling-gare", {"Réf": "OCC-009", "Structure organisatrice": "La Gerbe", "Événement": "Atelier upcycling meubles",
                        "Date de début": _day(26), "Heure début": _clock(14), "Heure fin": _clock(17), "Lieu": "Ressourcerie La Gerbe",
                        "CP": "34000", "Commune": "Montpellier"}),
    ("upcycling-mosson", {"Réf": "OCC-010", "Structure organisatrice": "Ressourcerie Mosson", "Événement": "Atelier upcycling",
                          "Date de début": _day(26), "Heure début": _clock(14), "Heure fin": _clock(17), "Lieu": "",
                          "Adresse complète": "200 av. de Heidelberg", "CP": "34080", "Commune": "Montpellier"}),
    ("forum-asso", {"Réf": "OCC-011", "Structure organisatrice": "LMA Occitanie et Ligue 31", "Événement": "Forum des associations",
                    "Date de début": _day(19), "Heure début": _clock(10), "Heure fin": _clock(17), "Lieu": "Salle Barcelone",
                    "CP": "31000", "Commune": "Toulouse"}),
    ("cine-service-civique", {"Réf": "OCC-012", "Structure organisatrice": "FOL 82", "Événement": "Ciné-débat Service civique",
                              "Date de début": _day(24), "Heure début": _clock(20), "Lieu": "Cinéma Le Paris", "CP": "82000",
                              "Commune": "Montauban"}),
    ("conf-metropole", {"Réf": "OCC-013", "Structure organisatrice": "CRESS Occitanie x 3M", "Événement": "Conférence ESS et territoires",
                        "Date de début": _day(25), "Heure début": _clock(14), "Heure fin": _clock(17), "Lieu": "Hôtel de Métropole",
                        "CP": "34000", "Commune": "Montpellier"}),
    ("fr-bourse", {"Réf": "OCC-014", "Structure organisatrice": "Familles Rurales de Gourdon", "Événement": "Bourse aux jouets",
                   "Date de début": _day(20), "Heure début": _clock(9), "Heure fin": _clock(17), "Lieu": "Salle des fêtes",
                   "CP": "46300", "Commune": "Gourdon"}),
    ("spf-perpi-centre", {"Réf": "OCC-015", "Structure organisatrice": "SPF 66", "Événement": "Collecte de jouets",
                          "Date de début": _day(26), "Heure début": _clock(9), "Heure fin": _clock(12), "Lieu": "Comité centre-ville",
                          "Adresse complète": "4 rue Foch", "CP": "66000", "Commune": "Perpignan"}),
    ("spf-perpi-moulin", {"Réf": "OCC-016", "Structure organisatrice": "SPF 66", "Événement": "Collecte de jouets",
                          "Date de début": _day(26), "Heure début": _clock(9), "Heure fin": _clock(12), "Lieu": "Comité Moulin à Vent",
                          "Adresse complète": "22 av. du Canigou", "CP": "66000", "Commune": "Perpignan"}),
    ("vestiboutique", {"Réf": "OCC-017", "Structure organisatrice": "Croix-Rouge Albi", "Événement": "Vestiboutique portes ouvertes",
                       "Date de début": _day(25), "Heure début": _clock(10), "Heure fin": _clock(18), "Lieu": "Vestiboutique",
                       "Adresse complète": "14 rue Croix-Verte", "CP": "81000", "Commune": "Albi"}),
])

if __name__ == "__main__":
    tempfile.tempdir = tempfile.mkdtemp(prefix="bt-", dir=None)
    try:
        events, groups = run(f)
        if len(sys.argv) > 1:
            for g in groups:
                if any(k[1] in sys.argv[1:] for k in g): print(g)
    finally:
        shutil.rmtree(tempfile.tempdir)
