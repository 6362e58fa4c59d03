"""Blind set 3 (blind-multi, issue 15): Occitanie, time at the edges of days: evenings crossing midnight, copies that
give only the end (« jusqu'à 22h ») or « à partir de 18h », all-day ICS copies a day early (a UTC exporter's DATE),
cancelled (« ANNULÉ ») copies against live ones. Hard negatives: two night concerts in one town, one organiser's
afternoon workshop and evening apéro, a breakfast the day before a forum whose shifted copy lands on it, a cancelled
ciné-débat and the one that replaced it the same evening, two evenings of one play."""
import sys; sys.path[:0] = [__import__("pathlib").Path(__file__).resolve().parents[1].as_posix(), __import__("pathlib").Path(__file__).resolve().parents[1].as_posix()]
from lib_multi import *

def nxt(day, hour):  # an ISO time on the 1st December for 30 November evenings
    return f"2022-12-{day:02d}T{hour}:00+01:00"

f = Feeds()
# 1 Toulouse: Nuit de l'ESS 20h -> 2h
f.on_platform("nuit-ess", 301, "La Nuit de l'ESS", at(18, "20:00"), at(19, "02:00"), "CRESS Occitanie",
              P("La Cave Poésie", "71 rue du Taur", "31000", "Toulouse"))
f.on_agenda("nuit-ess", 9301, "Nuit de l'économie sociale et solidaire", [(at(18, "20:00"), at(19, "02:00"))], "CRESS Occitanie",
            A("Cave Poésie René-Gouzenne", "71 rue du Taur", "31000", "Toulouse", insee="31555"))
f.in_calendar("nuit-ess", "nuit-ess-2022@toulouse-ess", "DTSTART:20221118T190000Z", "DTEND:20221119T010000Z",
              "SUMMARY:Nuit de l'ESS 2022", "LOCATION:Cave Poésie\\, 71 rue du Taur\\, Toulouse")
# 2 hard negative: the same night another concert in Toulouse, 21h -> 1h
f.on_platform("concert-restos", 302, "Concert de soutien aux Restos du Cœur", at(18, "21:00"), at(19, "01:00"), "Les Restos du Cœur de la Haute-Garonne",
              P("Le Metronum", "2 rond-point Madame de Mondonville", "31200", "Toulouse"))
f.in_calendar("concert-restos", "concert-restos31@toulouse-ess", "DTSTART:20221118T210000", "DTEND:20221119T010000",
              "SUMMARY:Concert solidaire Restos du Coeur", "LOCATION:Metronum")

# 3 Saint-Jean-de-Védas: concert 21h -> 0h30
f.on_platform("concert-spf", 303, "Concert solidaire du Secours populaire", at(25, "21:00"), at(26, "00:30"), "Secours populaire français - Hérault",
              P("Victoire 2", "Domaine du Mas de Grille", "34430", "Saint-Jean-de-Védas"))
f.on_agenda("concert-spf", 9303, "Concert solidaire au Victoire 2", [(at(25, "21:00"), at(26, "00:30"))], "SPF 34",
            A("Victoire 2", "Mas de Grille", "34430", "Saint-Jean-de-Védas"))
f.in_calendar("concert-spf", "concert-spf34@ess-montpellier", "DTSTART:20221125T200000Z", "DTEND:20221125T233000Z",
              "SUMMARY:Concert du Secours Pop' - Victoire 2", "LOCATION:Victoire 2\\, Saint-Jean-de-Védas")

# 4 Nîmes: apéro des entrepreneurs « à partir de 18h »; 5 the same network's afternoon workshop at the same place
f.on_platform("apero-nimes", 304, "Apéro des entrepreneurs solidaires", at(15, "18:00"), at(15, "21:00"), "Réseau ESS Gard",
              P("Pôle ESS de Nîmes", "5 rue Fernand Pelloutier", "30000", "Nîmes"))
f.on_agenda("apero-nimes", 9304, "Apéro entrepreneurs ESS", [(at(15, "18:00"), at(15, "21:00"))], "Réseau ESS du Gard",
            A("Pôle ESS", "5 rue Fernand Pelloutier", "30000", "Nîmes"))
f.in_calendar("apero-nimes", "apero-entrepreneurs@ess30", "DTSTART:20221115T170000Z", "SUMMARY:Apéro des entrepreneurs solidaires",
              "LOCATION:Pôle ESS Nîmes")
f.on_platform("atelier-statuts", 305, "Atelier : rédiger les statuts de sa coopérative", at(15, "14:00"), at(15, "17:00"), "Réseau ESS Gard",
              P("Pôle ESS de Nîmes", "5 rue Fernand Pelloutier", "30000", "Nîmes"))

# 6 Perpignan: closing evening, one copy gives only its end
f.on_platform("cloture-perpi", 306, "Soirée de clôture du Mois de l'ESS", at(30, "18:30"), at(30, "22:00"), "CRESS Occitanie",
              P("Le Médiator", "1 avenue du Général Leclerc", "66000", "Perpignan"))
f.on_agenda("cloture-perpi", 9306, "Clôture du Mois de l'ESS en Pyrénées-Orientales", [(at(30, "18:30"), at(30, "22:00"))], "CRESS Occitanie",
            A("Le Médiator", "1 avenue du Général Leclerc", "66000", "Perpignan"))

# 7 Montauban: forum; the ICS exporter writes the all-day date in UTC, a day early; 8 the same body's breakfast that day before
f.on_platform("forum-montauban", 307, "Forum de l'ESS du Tarn-et-Garonne", at(19, "09:00"), at(19, "17:00"), "Pôle ESS 82",
              P("Espace des Augustins", "1 place Léon Bourjade", "82000", "Montauban"))
f.in_calendar("forum-montauban", "forum-ess-82@agenda-ess82", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221119",
              "SUMMARY:Forum ESS 82", "LOCATION:Espace des Augustins")
f.on_platform("petitdej-82", 308, "Petit-déjeuner élus et acteurs de l'ESS", at(18, "08:30"), at(18, "10:00"), "Pôle ESS 82",
              P("Espace des Augustins", "1 place Léon Bourjade", "82000", "Montauban"))
f.on_agenda("petitdej-82", 9308, "Petit-déj' des élus et de l'ESS", [(at(18, "08:30"), at(18, "10:00"))], "Pôle ESS Tarn-et-Garonne",
            A("Espace des Augustins", "1 place Léon Bourjade", "82000", "Montauban"))

# 9 Albi: portes ouvertes, ICS all-day written as UTC midnights (right day once in Paris time); 9b another a day early
f.on_platform("po-albi", 309, "Portes ouvertes de la Recyclerie d'Albi", at(26, "10:00"), at(26, "17:00"), "Trifyl Recyclerie",
              P("Recyclerie d'Albi", "Rue de la Fourchette", "81000", "Albi"))
f.in_calendar("po-albi", "po-recyclerie-albi@agenda-ess81", "DTSTART:20221125T230000Z", "DTEND:20221126T230000Z",
              "SUMMARY:Portes ouvertes Recyclerie", "LOCATION:Recyclerie d'Albi")
f.on_agenda("po-albi", 9309, "Journée portes ouvertes à la Recyclerie", [(at(26, "10:00"), at(26, "17:00"))], "Recyclerie d'Albi",
            A("Recyclerie", "Rue de la Fourchette", "81000", "Albi"))
f.on_platform("troc-castres", 316, "Troc de plantes et de graines", at(13, "10:00"), at(13, "16:00"), "Jardins partagés de Castres",
              P("Jardin partagé de Lameilhé", "Avenue de Lameilhé", "81100", "Castres"))
f.in_calendar("troc-castres", "troc-plantes@agenda-ess81", "DTSTART;VALUE=DATE:20221112", "DTEND;VALUE=DATE:20221113",
              "SUMMARY:Troc plantes & graines", "LOCATION:Jardin de Lameilhé\\, Castres")

# 10 Montpellier: conference cancelled, the platform title says so, the agenda status 6, the ICS STATUS; the sheet still live
f.on_platform("conf-finsol", 310, "ANNULÉ - Conférence : la finance solidaire, pour qui ?", at(22, "18:30"), at(22, "20:30"), "Finansol",
              P("Maison de la Démocratie", "16 rue de la République", "34000", "Montpellier"))
f.on_agenda("conf-finsol", 9310, "La finance solidaire, pour qui ? (conférence)", [(at(22, "18:30"), at(22, "20:30"))], "Finansol",
            A("Maison de la Démocratie", "16 rue de la République", "34000", "Montpellier"), status={"id": 6})
f.in_calendar("conf-finsol", "conf-finsol@ess-montpellier", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z", "STATUS:CANCELLED",
              "SUMMARY:Conférence finance solidaire", "LOCATION:Maison de la Démocratie")

# 11 Nîmes: a ciné-débat cancelled, another film shown instead the same evening in the same cinema
f.on_platform("cine-demain", 311, "ANNULÉ Ciné-débat « Demain »", at(17, "20:00"), at(17, "22:30"), "Cinéma Le Sémaphore",
              P("Le Sémaphore", "25 rue Porte de France", "30000", "Nîmes"))
f.on_agenda("cine-demain", 9311, "Ciné-débat : Demain", [(at(17, "20:00"), at(17, "22:30"))], "Le Sémaphore",
            A("Cinéma Le Sémaphore", "25 rue Porte de France", "30000", "Nîmes"), status={"id": 6})
f.on_platform("cine-sociale", 312, "Ciné-débat « La Sociale »", at(17, "20:00"), at(17, "22:30"), "Cinéma Le Sémaphore",
              P("Le Sémaphore", "25 rue Porte de France", "30000", "Nîmes"))
f.in_calendar("cine-sociale", "cine-la-sociale@ess30", "DTSTART;TZID=Europe/Paris:20221117T200000",
              "DTEND;TZID=Europe/Paris:20221117T223000", "SUMMARY:Projection-débat La Sociale", "LOCATION:Le Sémaphore\\, Nîmes")

# 12 Toulouse: théâtre-forum two evenings (24, 25)
THEATRE = {"2022-11-24": "theatre-24", "2022-11-25": "theatre-25"}
f.on_platform("theatre-24", 313, "Théâtre-forum « Précaires, et alors ? »", at(24, "20:30"), at(24, "23:30"), "Compagnie Arc-en-Ciel",
              P("Théâtre du Grand Rond", "23 rue des Potiers", "31000", "Toulouse"))
f.on_platform("theatre-25", 314, "Théâtre-forum « Précaires, et alors ? »", at(25, "20:30"), at(25, "23:30"), "Compagnie Arc-en-Ciel",
              P("Théâtre du Grand Rond", "23 rue des Potiers", "31000", "Toulouse"))
f.in_calendar(THEATRE, "theatre-forum@toulouse-ess", "DTSTART:20221124T193000Z", "DTEND:20221124T223000Z", "RRULE:FREQ=DAILY;COUNT=2",
              "SUMMARY:Théâtre forum - Précaires et alors", "LOCATION:Grand Rond")

# 13 Carcassonne: bal folk from 21h to 2h
f.on_platform("bal-folk", 315, "Bal folk solidaire", at(26, "21:00"), at(27, "02:00"), "Association Trad'Aude",
              P("Salle du Dôme", "Rue Jean-Bringer", "11000", "Carcassonne"))
f.in_calendar("bal-folk", "bal-folk@ess11", "DTSTART:20221126T210000", "DTEND:20221127T020000", "SUMMARY:Bal Folk au profit du Secours Catholique",
              "LOCATION:Salle du Dôme\\, Carcassonne")

# 14 Perpignan: night outreach 22h -> 4h
f.on_agenda("nuit-solidarite", 9317, "Nuit de la solidarité : maraude participative", [(at(19, "22:00"), at(20, "04:00"))], "Croix-Rouge française 66",
            A("Unité locale Croix-Rouge", "12 rue Pierre Bretonneau", "66000", "Perpignan"))
f.in_calendar("nuit-solidarite", "maraude-nuit@crf66", "DTSTART:20221119T210000Z", "DTEND:20221120T030000Z", "SUMMARY:Maraude de nuit - Nuit de la solidarité",
              "LOCATION:Croix-Rouge\\, 12 rue Pierre Bretonneau\\, Perpignan")

# 15 Toulouse: disco soupe, the sheet says it is cancelled, the platform still live
f.on_platform("disco", 317, "Disco Soupe au marché Victor Hugo", at(12, "11:00"), at(12, "15:00"), "Slow Food Toulouse",
              P("Marché Victor Hugo", "Place Victor Hugo", "31000", "Toulouse"))
f.on_agenda("disco", 9318, "Disco soupe anti-gaspi", [(at(12, "11:00"), at(12, "15:00"))], "Slow Food Toulouse",
            A("Marché Victor Hugo", "Place Victor Hugo", "31000", "Toulouse"))

f.in_form([
    ("nuit-ess", row("OCC-01", "CRESS Occ.", "Nuit de l'ESS", "18/11/2022", "20h-2h", "Cave Poésie", "71 r. du Taur", "31000", "Toulouse")),
    ("concert-restos", row("OCC-02", "Restos du Coeur 31", "Concert de soutien", "18/11/2022", "21h - 1h du matin", "Le Metronum", "", "31200", "Toulouse")),
    ("concert-spf", row("OCC-03", "SPF 34", "Concert solidaire", "25/11/2022", "21h-0h30", "Victoire 2", "Mas de Grille", "34430", "St-Jean-de-Védas")),
    ("apero-nimes", row("OCC-04", "Réseau ESS 30", "Apéro des entrepreneurs", "15/11/2022", "à partir de 18h", "Pôle ESS", "5 rue F. Pelloutier", "30000", "Nîmes")),
    ("atelier-statuts", row("OCC-05", "Réseau ESS 30", "Atelier statuts coopérative", "15/11/2022", "14h-17h", "Pôle ESS", "5 rue F. Pelloutier", "30000", "Nîmes")),
    ("cloture-perpi", row("OCC-06", "CRESS Occ.", "Soirée de clôture Mois ESS", "30/11/2022", "jusqu'à 22h", "Le Médiator", "1 av. Gal Leclerc", "66000", "Perpignan")),
    ("forum-montauban", row("OCC-07", "Pôle ESS 82", "Forum ESS", "19/11/2022", "Journée", "Espace des Augustins", "", "82000", "Montauban")),
    ("conf-finsol", row("OCC-08", "Finansol", "Conférence finance solidaire", "22/11/2022", "18h30", "Maison de la Démocratie", "16 rue de la République", "34000", "Montpellier")),
    ("theatre-24", row("OCC-09", "Cie Arc-en-Ciel", "Théâtre forum Précaires et alors", "24/11/2022", "20h30", "Grand Rond", "23 r. des Potiers", "31000", "Toulouse")),
    ("theatre-25", row("OCC-10", "Cie Arc-en-Ciel", "Théâtre forum Précaires et alors", "25/11/2022", "20h30", "Grand Rond", "23 r. des Potiers", "31000", "Toulouse")),
    ("bal-folk", row("OCC-11", "Trad'Aude", "Bal folk", "26/11/2022", "à partir de 21h", "Salle du Dôme", "", "11000", "Carcassonne")),
    ("nuit-solidarite", row("OCC-12", "Croix-Rouge 66", "Nuit de la solidarité (maraude)", "19/11/2022", "22h-4h", "UL Croix-Rouge", "12 rue P. Bretonneau", "66000", "Perpignan")),
    ("disco", row("OCC-13", "Slow Food Toulouse", "ANNULÉ - Disco soupe", "12/11/2022", "11h-15h", "Marché V. Hugo", "", "31000", "Toulouse")),
    ("po-albi", row("OCC-14", "Trifyl", "Portes ouvertes recyclerie", "26/11/2022", "10h-17h", "Recyclerie", "rue de la Fourchette", "81000", "Albi")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
