"""Sixth blind set (lead): Pays de la Loire and Normandie, festivals over days, all-day listings, capitals, emoji."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Nantes: a three-day festival; platform range; agenda 3 timings; ICS all-day 3 days; sheet « du 17 au 19/11 »
f.on_platform("festival-nantes", 1, "Festival des solidarités nantaises", at(17, "10:00"), at(19, "18:00"), "Collectif Nantes Solidaire",
              P("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes"))
f.on_agenda("festival-nantes", 6001, "Festisol Nantes 2022", [(at(17, "10:00"), at(17, "18:00")), (at(18, "10:00"), at(18, "18:00")),
            (at(19, "10:00"), at(19, "18:00"))], "Collectif Nantes Solidaire", A("Cité des Congrès", "5 rue de Valmy", "44000", "Nantes"))
f.in_calendar("festival-nantes", "festisol@pdl", "DTSTART;VALUE=DATE:20221117", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Festival des Solidarités", "LOCATION:Cité des Congrès\\, Nantes")
# 2 Angers: portes ouvertes ressourcerie, title in capitals with emoji in agenda
f.on_platform("po-angers", 2, "Portes ouvertes de la Ressourcerie des Biscottes", at(19, "10:00"), at(19, "17:00"), "La Ressourcerie des Biscottes",
              P("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
f.on_agenda("po-angers", 6002, "♻️ PORTES OUVERTES À LA RESSOURCERIE ♻️", [(at(19, "10:00"), at(19, "17:00"))], "Ressourcerie des Biscottes",
            A("Ressourcerie des Biscottes", "Rue de la Bertauderie", "49100", "Angers"))
# 3 Le Mans: conference, organiser with legal form, time 18h00-20h00 vs 18:00
f.on_platform("conf-lemans", 3, "Conférence : les SCIC, un outil pour les territoires", at(22, "18:00"), at(22, "20:00"), "Coopérer en Sarthe SCIC SAS",
              P("Espace Gambetta", "1 rue Gambetta", "72000", "Le Mans"))
f.in_calendar("conf-lemans", "scic@pdl", "DTSTART;TZID=Europe/Paris:20221122T180000", "DTEND;TZID=Europe/Paris:20221122T200000",
              "SUMMARY:Les SCIC\\, un outil pour les territoires", "LOCATION:Espace Gambetta - Le Mans")
# 4 La Roche-sur-Yon: repas solidaire at the Salle polyvalente; sheet date only; a loto there that evening
f.on_platform("repas-lry", 4, "Repas solidaire et partagé", at(20, "12:00"), at(20, "15:00"), "Secours catholique Vendée",
              P("Salle polyvalente des Oudairies", "Rue de la Simbrandière", "85000", "La Roche-sur-Yon"))
f.on_platform("loto-lry", 5, "Loto solidaire", at(20, "20:00"), at(20, "23:30"), "Amicale laïque des Oudairies",
              P("Salle polyvalente des Oudairies", "Rue de la Simbrandière", "85000", "La Roche-sur-Yon"))
# 6 Caen: online webinar with registration link (HelloAsso) in platform and meeting link in agenda
f.on_platform("w-caen", 6, "Webinaire : comptabilité associative, les bases", at(24, "18:00"), at(24, "19:30"), "Ligue de l'enseignement de Normandie",
              ONLINE, modality="En ligne", url="https://www.helloasso.com/associations/ligue-normandie/evenements/compta")
f.on_agenda("w-caen", 6006, "Comptabilité associative : les bases (webinaire)", [(at(24, "18:00"), at(24, "19:30"))],
            "Ligue de l'Enseignement Normandie", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/83456789012")
# 7 Rouen: ciné-débat with co-organisers, ICS slip
f.on_platform("cine-rouen", 7, "Ciné-débat « Les Liberterres »", at(18, "20:00"), at(18, "22:30"), "Omnia République",
              P("Cinéma Omnia République", "28 rue de la République", "76000", "Rouen"))
f.in_calendar("cine-rouen", "cine@norm", "DTSTART:20221118T200000Z", "SUMMARY:Projection-débat : Les Liberterres",
              "LOCATION:Omnia\\, Rouen")
# 8 Le Havre: balade, sheet shouting
f.on_platform("balade-havre", 8, "Balade urbaine : l'ESS au Havre", at(26, "10:00"), at(26, "12:00"), "Le Havre en transition",
              P("Place de l'Hôtel de Ville", "", "76600", "Le Havre"))
# 9 Cherbourg: visite d'une recyclerie, commune nouvelle « Cherbourg-Octeville » in sheet
f.on_platform("visite-cherbourg", 9, "Visite de la recyclerie Tri-Tout", at(16, "14:00"), at(16, "16:00"), "Tri-Tout",
              P("Recyclerie Tri-Tout", "12 rue de l'Abbaye", "50100", "Cherbourg-en-Cotentin"))
# 10 Laval: forum, agenda and platform, ICS venue only
f.on_platform("forum-laval", 10, "Forum de l'emploi dans l'ESS", at(15, "09:30"), at(15, "12:30"), "Maison de l'emploi de Laval",
              P("Salle polyvalente", "Rue du Britais", "53000", "Laval"))
f.on_agenda("forum-laval", 6010, "Forum emploi ESS", [(at(15, "09:30"), at(15, "12:30"))], "MDE Laval",
            A("Salle Polyvalente de Laval", "Rue du Britais", "53000", "Laval"))
f.in_calendar("forum-laval", "forum@pdl", "DTSTART;TZID=Europe/Paris:20221115T093000", "SUMMARY:Forum de l'emploi ESS",
              "LOCATION:Salle polyvalente")
# 11 Saint-Nazaire: atelier, 14h-17h vs 14:00-17:00, organiser person
f.on_platform("atelier-stn", 11, "Atelier réparation de petit électroménager", at(12, "14:00"), at(12, "17:00"), "Répar'Acteurs Saint-Nazaire",
              P("Maison de quartier de Kerlédé", "70 rue Ferdinand Buisson", "44600", "Saint-Nazaire"))
# 12 Évreux: marché de Noël solidaire; agenda date-range; sheet typos
f.on_platform("noel-evreux", 12, "Marché de Noël solidaire", at(26, "10:00"), at(27, "18:00"), "Ville d'Évreux",
              P("Place du Général de Gaulle", "", "27000", "Évreux"))

f.in_form([
    ("festival-nantes", row("PDL-01", "Collectif Nantes Solidaire", "Festival des solidarités", "17/11/2022", "", "Cité des Congrès", "", "44000", "Nantes")),
    ("repas-lry", row("PDL-02", "Secours Catholique", "Repas solidaire", "20/11/2022", "", "Salle des Oudairies", "", "", "La Roche sur Yon")),
    ("conf-lemans", row("PDL-03", "Coopérer en Sarthe", "Conférence SCIC et territoires", "22/11/2022", "18h00 - 20h00", "Espace Gambetta", "", "", "LE MANS")),
    ("w-caen", row("PDL-04", "Ligue de l'enseignement 14", "Compta associative : les bases", "24/11/2022", "18h-19h30", "", fmt="Visio")),
    ("balade-havre", row("PDL-05", "LE HAVRE EN TRANSITION", "BALADE URBAINE ESS", "26/11/2022", "10H", "", "", "", "LE HAVRE")),
    ("visite-cherbourg", row("PDL-06", "Tri-Tout", "Visite recyclerie", "16/11/2022", "14h", "Tri Tout", "12 rue de l'Abbaye", "50100", "Cherbourg-Octeville")),
    ("atelier-stn", row("PDL-07", "Marc Le Goff - Répar'Acteurs", "Atelier réparation électroménager", "12/11/2022", "14h-17h", "MQ Kerlédé", "", "", "St-Nazaire")),
    ("noel-evreux", row("PDL-08", "Mairie d'Evreux", "Marche de noel solidaire", "26/11/2022", "", "Pl. du Gal de Gaulle", "", "", "Evreux")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
