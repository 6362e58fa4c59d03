"""Fifth blind set (lead): Île-de-France, arrondissements, the inner suburbs, many online events."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Paris 11e: forum at the Mairie du 11e; sheet « Paris 11 », agenda 75011
f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 11e",
              P("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
f.on_agenda("forum-11", 5001, "Forum ESS Paris 11", [(at(19, "10:00"), at(19, "18:00"))], "Ville de Paris - 11e",
            A("Mairie du 11e arrondissement", "12 place Léon Blum", "75011", "Paris", insee="75111"))
# 2 hard negative: Paris 20e forum same day same time
f.on_platform("forum-20", 2, "Forum de l'ESS du 20e arrondissement", at(19, "10:00"), at(19, "18:00"), "Mairie du 20e",
              P("Mairie du 20e", "6 place Gambetta", "75020", "Paris"))
# 3 Paris 18e La REcyclerie: repair café; ICS LOCATION venue only
f.on_platform("rc-recyclerie", 3, "Repair café de La REcyclerie", at(13, "14:00"), at(13, "18:00"), "La REcyclerie",
              P("La REcyclerie", "83 boulevard Ornano", "75018", "Paris"))
f.in_calendar("rc-recyclerie", "rc18@idf", "DTSTART;TZID=Europe/Paris:20221113T140000", "DTEND;TZID=Europe/Paris:20221113T180000",
              "SUMMARY:Repair Café - Recyclerie", "LOCATION:La Recyclerie")
# 4 Montreuil: Marché de Noël solidaire, sheet date only
f.on_platform("noel-montreuil", 4, "Marché de Noël solidaire de Montreuil", at(27, "11:00"), at(27, "19:00"), "Ville de Montreuil",
              P("Place Jean Jaurès", "", "93100", "Montreuil"))
# 5 Saint-Denis (93): conference at Université Paris 8, organiser acronym
f.on_platform("conf-p8", 5, "Conférence : les communs et l'ESS", at(16, "18:00"), at(16, "20:00"), "Université Paris 8",
              P("Université Paris 8 - Amphi X", "2 rue de la Liberté", "93200", "Saint-Denis"))
f.on_agenda("conf-p8", 5005, "Les communs et l'économie sociale et solidaire : conférence", [(at(16, "18:00"), at(16, "20:00"))],
            "Univ. Paris 8", A("Université Paris 8", "2 rue de la Liberté", "93200", "Saint-Denis"))
# 6 online: webinar France Active IDF; platform link, agenda link, sheet « Zoom »
Z = "https://zoom.us/j/91234567890"
f.on_platform("w-fa", 6, "Webinaire : financer son entreprise sociale", at(22, "12:30"), at(22, "13:30"), "France Active Île-de-France",
              ONLINE, modality="En ligne", url=Z)
f.on_agenda("w-fa", 5006, "Financer son entreprise sociale (webinaire)", [(at(22, "12:30"), at(22, "13:30"))], "France Active IDF",
            {}, mode=2, onlineAccessLink=Z + "?pwd=xyz")
# 7 online: another webinar same day same org (hard negative)
f.on_platform("w-fa-2", 7, "Webinaire : les garanties bancaires pour l'ESS", at(22, "17:00"), at(22, "18:00"), "France Active Île-de-France",
              ONLINE, modality="En ligne", url="https://zoom.us/j/99999999999")
# 8 Nanterre: visite jardin, ICS with Z slip
f.on_platform("jardin-nanterre", 8, "Visite de la ferme urbaine du Parc du Chemin de l'Île", at(12, "10:00"), at(12, "12:00"),
              "Ferme du Bonheur", P("Parc du Chemin de l'Île", "Avenue Hoche", "92000", "Nanterre"))
f.in_calendar("jardin-nanterre", "f@idf", "DTSTART:20221112T100000Z", "DTEND:20221112T120000Z", "SUMMARY:Ferme urbaine : visite",
              "LOCATION:Parc du Chemin de l'Ile\\, Nanterre")
# 9 Ivry: atelier vélo
f.on_platform("velo-ivry", 9, "Atelier vélo participatif", at(26, "14:00"), at(26, "18:00"), "Vélo Ivry Solidaire",
              P("La Cyclofficine d'Ivry", "6 rue Jean-Jacques Rousseau", "94200", "Ivry-sur-Seine"))
f.on_agenda("velo-ivry", 5009, "Cyclofficine : atelier vélo participatif", [(at(26, "14:00"), at(26, "18:00"))], "La Cyclofficine",
            A("Cyclofficine", "6 rue J.-J. Rousseau", "94200", "Ivry-sur-Seine"))
# 10 Paris 10e: ciné-débat at Le Louxor, sheet « Paris 10e »
f.on_platform("cine-louxor", 10, "Ciné-débat « Debout les femmes ! »", at(23, "20:00"), at(23, "22:30"), "Cinéma Le Louxor",
              P("Le Louxor", "170 boulevard de Magenta", "75010", "Paris"))
# 11 Vincennes: petit-déj ESS at Cœur de ville, agenda
f.on_platform("pdj-vincennes", 11, "Petit-déjeuner des entreprises de l'ESS", at(24, "08:30"), at(24, "10:00"), "Ville de Vincennes",
              P("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes"))
f.on_agenda("pdj-vincennes", 5011, "P'tit déj ESS de Vincennes", [(at(24, "08:30"), at(24, "10:00"))], "Mairie de Vincennes",
            A("Coeur de Ville", "98 rue de Fontenay", "94300", "Vincennes"))
# 12 Paris 19e: table ronde at Ground Control? (12e) — Ground Control Paris 12e
f.on_platform("tr-gc", 12, "Table ronde : l'alimentation durable en ville", at(17, "19:00"), at(17, "21:00"), "Les Canaux",
              P("Ground Control", "81 rue du Charolais", "75012", "Paris"))
f.in_calendar("tr-gc", "gc@idf", "DTSTART;TZID=Europe/Paris:20221117T190000", "DTEND;TZID=Europe/Paris:20221117T210000",
              "SUMMARY:Alimentation durable en ville - table ronde", "LOCATION:Ground Control\\, 81 rue du Charolais\\, 75012 Paris")
# 13 Paris 12e other event same evening at Ground Control (hard negative): concert
f.on_platform("concert-gc", 13, "Concert solidaire", at(17, "21:00"), at(17, "23:30"), "Ground Control",
              P("Ground Control", "81 rue du Charolais", "75012", "Paris"))

f.in_form([
    ("forum-11", row("IDF-01", "Mairie du 11e", "Forum ESS 11e", "19/11/2022", "10h-18h", "Mairie du 11ème", "", "", "Paris 11")),
    ("forum-20", row("IDF-02", "Mairie du 20e", "Forum ESS 20e", "19/11/2022", "10h-18h", "Mairie du 20ème", "", "", "Paris 20")),
    ("noel-montreuil", row("IDF-03", "Ville de Montreuil", "Marché de Noël solidaire", "27/11/2022", "", "Place Jean-Jaurès", "", "93100", "Montreuil")),
    ("conf-p8", row("IDF-04", "Paris 8", "Conférence communs & ESS", "16/11/2022", "18h", "Amphi X", "2 rue de la Liberté", "", "St-Denis")),
    ("w-fa", row("IDF-05", "France Active IDF", "Webinaire financer son entreprise sociale", "22/11/2022", "12h30", "Zoom", fmt="En ligne")),
    ("velo-ivry", row("IDF-06", "Vélo Ivry Solidaire", "Atelier vélo", "26/11/2022", "14h-18h", "Cyclofficine", "", "", "Ivry")),
    ("cine-louxor", row("IDF-07", "Le Louxor", "Ciné débat Debout les femmes", "23/11/2022", "20h", "Louxor", "", "75010", "Paris 10e")),
    ("tr-gc", row("IDF-08", "Les Canaux", "Table ronde alimentation durable", "17/11/2022", "19h-21h", "Ground Control", "", "", "Paris 12e")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
