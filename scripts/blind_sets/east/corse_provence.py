"""Blind set east-2 (blind-east, 7 Dec 2026): Corse (2A / 2B, Corse-du-Sud / Haute-Corse, Corsican place names) and a few
Provence events, one edition, four sources."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib_east import *

f = Feeds()
# 1 Ajaccio forum: platform, agenda, sheet CRESS acronym
f.on_platform("forum-ajaccio", 1, "Forum de l'économie sociale et solidaire de Corse", at(17, "09:00"), at(17, "17:00"),
              "Chambre régionale de l'économie sociale et solidaire de Corse",
              P("Palais des congrès", "Quai l'Herminier", "20000", "Ajaccio"))
f.on_agenda("forum-ajaccio", 4001, "Forum ESS Corse 2022", [(at(17, "09:00"), at(17, "17:00"))], "CRESS Corse",
            A("Palais des Congrès d'Ajaccio", "Quai l'Herminier", "20000", "Ajaccio", insee="2A004"))
# 2 Bastia repair café; ICS UTC slip and venue name only
f.on_platform("rc-bastia", 2, "Repair café de Lupinu", at(12, "14:00"), at(12, "17:00"), "Associu Tutti in Piazza",
              P("Centre social de Lupinu", "Rue Saint-Exupéry", "20600", "Bastia"))
f.in_calendar("rc-bastia", "rc-lupinu@tuttiinpiazza", "DTSTART:20221112T140000Z", "DTEND:20221112T170000Z",
              "SUMMARY:Repair café Lupinu", "LOCATION:Centre social Lupinu")
f.on_agenda("rc-bastia", 4002, "Repair Café - Lupinu", [(at(12, "14:00"), at(12, "17:00"))], "Tutti in Piazza",
            A("Centre social de Lupinu", "Rue Saint-Exupéry", "20600", "Bastia", insee="2B033"))
# 3 Bastia, another repair café the same afternoon in the old town (hard negative)
f.on_platform("rc-bastia-citadelle", 3, "Repair café de la Citadelle", at(12, "14:00"), at(12, "18:00"),
              "Recyclerie de Bastia", P("Salle paroissiale", "Place du Donjon", "20200", "Bastia"))
f.in_calendar("rc-bastia-citadelle", "rc-citadelle@tuttiinpiazza", "DTSTART:20221112T140000Z",
              "DTEND:20221112T180000Z", "SUMMARY:Repair café Citadelle", "LOCATION:Bastia")
# 4 Corte: conference at the university, Corsican names
f.on_platform("conf-corte", 4, "Conférence : l'ESS et le développement de l'intérieur", at(22, "17:30"), at(22, "19:30"),
              "Università di Corsica Pasquale Paoli", P("Campus Mariani", "Avenue Jean Nicoli", "20250", "Corte"))
f.on_agenda("conf-corte", 4004, "L'ESS pour le rural de l'intérieur - conférence", [(at(22, "17:30"), at(22, "19:30"))],
            "Université de Corse", A("Campus Mariani, Amphi Ribellu", "Avenue Jean Nicoli", "20250", "Corti", insee="2B096"))
# 5 Porto-Vecchio: marché de producteurs; sheet date only
f.on_platform("marche-pv", 5, "Marché paysan et solidaire", at(19, "08:00"), at(19, "13:00"), "AMAP di u Sud",
              P("Place de l'Hôtel de ville", "", "20137", "Porto-Vecchio"))
f.in_calendar("marche-pv", "marche-pv@sud-corse", "DTSTART;VALUE=DATE:20221119", "SUMMARY:Marché paysan",
              "LOCATION:Portivechju")
# 6 Village: Cargèse visit, only platform and sheet
f.on_platform("cargese", 6, "Visite de la coopérative oléicole", at(24, "10:00"), at(24, "12:00"), "Oliu di Carghjese",
              P("Moulin coopératif", "Route de Paomia", "20130", "Cargèse"))
# 7 Calvi: chantier d'insertion open day; agenda « Calvi, Haute-Corse »
f.on_platform("calvi", 7, "Portes ouvertes du chantier d'insertion", at(16, "09:00"), at(16, "16:00"),
              "Association Falepa", P("Chantier Falepa", "Lieu-dit Alzi", "20260", "Calvi"))
f.on_agenda("calvi", 4007, "Journée portes ouvertes Falepa", [(at(16, "09:00"), at(16, "16:00"))], "FALEPA",
            A("Chantier d'insertion", "Lieu-dit Alzi", "20260", "Calvi (Haute-Corse)"))
# 8 / 9 Ajaccio: one organiser's two webinars the same day (hard negative)
f.on_platform("web-scic", 8, "Webinaire : créer une SCIC en Corse", at(15, "10:00"), at(15, "11:30"),
              "URSCOP PACA-Corse", ONLINE, modality="En ligne")
f.on_platform("web-cae", 9, "Webinaire : entreprendre en coopérative d'activité", at(15, "14:00"), at(15, "15:30"),
              "URSCOP PACA-Corse", ONLINE, modality="En ligne")
f.on_agenda("web-scic", 4008, "Créer une SCIC en Corse (en ligne)", [(at(15, "10:00"), at(15, "11:30"))],
            "Union régionale des Scop PACA-Corse", {}, mode=2,
            onlineAccessLink="https://us06web.zoom.us/j/84412345678")
f.on_agenda("web-cae", 4009, "Les CAE : entreprendre en coopérative (en ligne)", [(at(15, "14:00"), at(15, "15:30"))],
            "Union régionale des Scop PACA-Corse", {}, mode=2,
            onlineAccessLink="https://us06web.zoom.us/j/84412399999")
# 10 Sartène: projection, ICS without time zone written in UTC (slip), venue only
f.on_platform("cine-sartene", 10, "Projection-débat « Les Liberterres »", at(25, "18:00"), at(25, "20:30"),
              "Cinéma associatif Sartinesu", P("Centre culturel", "Cours Sœur Amélie", "20100", "Sartène"))
f.in_calendar("cine-sartene", "liberterres@corse-ess", "DTSTART:20221125T180000Z", "DTEND:20221125T203000Z",
              "SUMMARY:Les Liberterres : projection + débat", "LOCATION:Centre culturel de Sartè")
# 11 Île-Rousse: atelier compost, sheet « Isula Rossa »
f.on_platform("compost-ile-rousse", 11, "Atelier compostage partagé", at(9, "10:00"), at(9, "12:00"),
              "Syvadec", P("Jardin public", "Avenue Paul Doumer", "20220", "L'Île-Rousse"))
# 12 Bonifacio: nettoyage de plage (platform + agenda)
f.on_platform("plage-bonifacio", 12, "Nettoyage citoyen de la plage", at(20, "09:30"), at(20, "12:30"),
              "Bonifacio Environnement", P("Plage de Sotta Rocca", "", "20169", "Bonifacio"))
f.on_agenda("plage-bonifacio", 4012, "Ramassage des déchets à Sotta Rocca", [(at(20, "09:30"), at(20, "12:30"))],
            "Bonifaziu Ambiente", A("Plage de Sotta Rocca", "Route de Santa Manza", "20169", "Bunifaziu", insee="2A041"))
# 13 / 14 / 15 Ajaccio: three sessions of one training, three Mondays (series)
for n, d in ((13, 14), (14, 21), (15, 28)):
    f.on_platform(f"formation-benevoles-{d}", n, "Formation des bénévoles associatifs", at(d, "18:00"), at(d, "20:00"),
                  "Maison des associations d'Ajaccio", P("Maison des associations", "Rue Paul Colonna d'Istria", "20090", "Ajaccio"))
f.on_agenda("formation-benevoles-14", 4013, "Formation bénévoles (cycle de 3 séances)",
            [(at(14, "18:00"), at(14, "20:00")), (at(21, "18:00"), at(21, "20:00")), (at(28, "18:00"), at(28, "20:00"))],
            "MDA Ajaccio", A("Maison des associations", "Rue Paul Colonna d'Istria", "20090", "Ajaccio"))
# 16 Marseille (Provence): conférence, agenda and sheet
f.on_platform("conf-marseille", 16, "Conférence : finance solidaire et logement", at(23, "18:00"), at(23, "20:00"),
              "Habitat et Humanisme Provence", P("La Friche la Belle de Mai", "41 rue Jobin", "13003", "Marseille"))
f.on_agenda("conf-marseille", 4016, "Finance solidaire & logement", [(at(23, "18:00"), at(23, "20:00"))],
            "Habitat & Humanisme", A("Friche Belle de Mai", "41 rue Jobin", "13003", "Marseille", insee="13203"))
# 17 Aix-en-Provence: atelier vélo, ICS venue only
f.on_platform("velo-aix", 17, "Atelier d'autoréparation de vélos", at(19, "14:00"), at(19, "18:00"), "Roulons en ville à vélo",
              P("Atelier du Cours", "6 cours Gambetta", "13100", "Aix-en-Provence"))
f.in_calendar("velo-aix", "velo-aix@provence-ess", "DTSTART;TZID=Europe/Paris:20221119T140000",
              "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Autoréparation vélo", "LOCATION:Atelier du Cours")
# 18 Avignon: repas partagé; platform + sheet
f.on_platform("repas-avignon", 18, "Repas partagé et disco-soupe", at(26, "12:00"), at(26, "15:00"),
              "Les Petites Cantines Avignon", P("Les Petites Cantines", "12 rue Carnot", "84000", "Avignon"))
# 19 Bastia: Haute-Corse CAF rencontre, agenda 2B insee, sheet « Bastia (2B) »
f.on_platform("rencontre-bastia", 19, "Rencontre des acteurs de l'insertion de Haute-Corse", at(29, "14:00"), at(29, "17:00"),
              "DDETS de la Haute-Corse", P("Théâtre municipal", "Rue Favalelli", "20200", "Bastia"))
f.on_agenda("rencontre-bastia", 4019, "Rencontre insertion Haute-Corse", [(at(29, "14:00"), at(29, "17:00"))],
            "DDETS 2B", A("Théâtre de Bastia", "Rue Favalelli", "20200", "Bastia", insee="2B033"))
# 20 Ajaccio: Corsican-language title on the ICS
f.on_platform("veghja", 20, "Veillée contée en langue corse", at(18, "20:30"), at(18, "22:30"), "Associu Scontri",
              P("Espace Diamant", "Boulevard Pascal Rossini", "20000", "Ajaccio"))
f.in_calendar("veghja", "veghja@scontri", "DTSTART;TZID=Europe/Paris:20221118T203000",
              "DTEND;TZID=Europe/Paris:20221118T223000", "SUMMARY:Veghja in lingua corsa",
              "LOCATION:Espace Diamant\\, Aiacciu")

f.in_form([
    ("forum-ajaccio", row("CO-01", "CRESS Corse", "Forum ESS de Corse", "17/11/2022", "9h-17h", "Palais des Congrès",
                          "Quai l'Herminier", "20000", "Ajaccio")),
    ("marche-pv", row("CO-02", "AMAP di u Sud", "Marché paysan solidaire", "19/11/2022", "matinée",
                      "Place de l'Hôtel de Ville", "", "20137", "Porto Vecchio")),
    ("cargese", row("CO-03", "Oliu di Carghjese", "Visite coopérative oléicole", "24/11/2022", "", "Moulin coopératif",
                    "Route de Paomia", "20130", "Cargese")),
    ("compost-ile-rousse", row("CO-04", "SYVADEC", "Compostage partagé", "09/11/2022", "10h-12h", "Jardin public",
                               "av. Paul Doumer", "20220", "Isula Rossa")),
    ("formation-benevoles-21", row("CO-05", "MDA Ajaccio", "Formation bénévoles - séance 2", "21/11/2022", "18h-20h",
                                   "Maison des associations", "", "2A", "Ajaccio")),
    ("conf-marseille", row("CO-06", "H&H Provence", "Conférence finance solidaire et logement", "23/11/2022", "18h",
                           "Friche Belle de Mai - 41 rue Jobin", "", "13003", "Marseille")),
    ("repas-avignon", row("CO-07", "Petites Cantines", "Repas partagé / disco soupe", "26/11/2022", "midi",
                          "", "12 rue Carnot", "84000", "Avignon")),
    ("rencontre-bastia", row("CO-08", "DDETS 2B", "Rencontre acteurs insertion", "29/11/2022", "14h-17h",
                             "Théâtre municipal", "", "", "Bastia (2B)")),
    ("calvi", row("CO-09", "Falepa", "Portes ouvertes chantier d'insertion", "16/11/2022", "9h-16h", "", "Lieu-dit Alzi",
                  "20260", "Calvi - Haute-Corse")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
