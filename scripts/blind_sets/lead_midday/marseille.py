"""Lead's precision-first blind set (8 Dec 2026): PACA, a crowded Saturday (19 November 2022) in Marseille and a few
towns, with twins of one kind the same day in one town."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# 1 / 2: two repair cafés in Marseille 1er the same afternoon
f.on_platform("rc-belsunce", 1, "Repair café de Belsunce", at(19, "14:00"), at(19, "17:00"), "Repair Café Marseille Centre",
              P("Maison pour tous Belsunce", "16 rue Bernard du Bois", "13001", "Marseille"))
f.in_calendar("rc-belsunce", "rc-belsunce@reseau", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
              "SUMMARY:Repair Café", "LOCATION:MPT Belsunce")
f.on_platform("rc-canebiere", 2, "Repair Café des Petits Débrouillards", at(19, "14:00"), at(19, "18:00"),
              "Les Petits Débrouillards PACA", P("Cité des associations", "93 La Canebière", "13001", "Marseille"))
f.on_agenda("rc-canebiere", 3002, "Repair Café", [(at(19, "14:00"), at(19, "18:00"))], "Petits Débrouillards",
            A("Cité des Associations", "93 la Canebière", "13001", "Marseille", insee="13201"))
# 3 / 4: two ciné-débats at one cinema, at two hours
f.on_platform("cine-demain", 3, "Ciné-débat : « Demain »", at(19, "18:30"), at(19, "20:30"), "Ciné-club ESS Marseille",
              P("Cinéma Le Gyptis", "136 rue Loubon", "13003", "Marseille"))
f.in_calendar("cine-demain", "demain@reseau", "DTSTART:20221119T183000", "DTEND:20221119T203000",
              "SUMMARY:Projection-débat Demain (C. Dion, M. Laurent)", "LOCATION:Le Gyptis, Marseille")
f.on_platform("cine-glaneurs", 4, "Ciné-débat « Les Glaneurs et la Glaneuse »", at(19, "20:45"), at(19, "22:45"),
              "Alternatiba Marseille", P("Cinéma Le Gyptis", "136 rue Loubon", "13003", "Marseille"))
# 5 / 6: two bike workshops the same morning in the 6th
f.on_platform("velo-sapiens", 5, "Atelier d'autoréparation vélo", at(19, "10:00"), at(19, "12:00"), "Vélo Sapiens",
              P("Atelier Vélo Sapiens", "12 rue des Trois Rois", "13006", "Marseille"))
f.on_agenda("velo-sapiens", 3005, "Atelier réparation de vélos", [(at(19, "10:00"), at(19, "12:00"))], "Vélo Sapiens",
            A("Vélo Sapiens", "12 rue des 3 Rois", "13006", "Marseille"))
f.on_platform("velo-cours-julien", 6, "Atelier vélo participatif", at(19, "10:00"), at(19, "12:30"), "Collectif Vélos en Ville",
              P("Cours Julien", "Cours Julien", "13006", "Marseille"))
f.in_calendar("velo-cours-julien", "cvv-1119@reseau", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T123000", "SUMMARY:Atelier vélo - Cours Ju", "LOCATION:Cours Julien, 13006 Marseille")
# 7 / 8: two conferences at 18:00 by two régional bodies, in two buildings of the Région
f.on_platform("conf-energie", 7, "Conférence : l'ESS face à la crise énergétique", at(19, "18:00"), at(19, "20:00"), "CRESS PACA",
              P("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
f.on_agenda("conf-energie", 3007, "L'ESS face à la crise de l'énergie - conférence", [(at(19, "18:00"), at(19, "20:00"))],
            "Chambre régionale de l'ESS Provence-Alpes-Côte d'Azur", A("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
f.on_platform("conf-finance", 8, "Finance solidaire : comment investir ?", at(19, "18:00"), at(19, "19:30"), "France Active PACA",
              P("Maison de la Région", "61 La Canebière", "13001", "Marseille"))
# 9 / 10: two webinars at 12:30
f.on_platform("web-cae", 9, "Webinaire : entreprendre en coopérative d'activité et d'emploi", at(19, "12:30"), at(19, "13:30"),
              "Cap Services", ONLINE, modality="En ligne")
f.on_agenda("web-cae", 3009, "Entreprendre en CAE (webinaire)", [(at(19, "12:30"), at(19, "13:30"))], "Cap Services",
            {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/84512345678?pwd=abc")
f.on_platform("web-clauses", 10, "Les clauses sociales dans les marchés publics", at(19, "12:30"), at(19, "14:00"),
              "Union régionale des SIAE PACA", ONLINE, modality="En ligne")
f.in_calendar("web-clauses", "clauses@reseau", "DTSTART;TZID=Europe/Paris:20221119T123000", "DTEND;TZID=Europe/Paris:20221119T140000",
              "SUMMARY:Webinaire clauses sociales", "LOCATION:Réunion Microsoft Teams",
              "URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk0@thread.v2/0")
# 11: market, all day in the ICS
f.on_platform("marche-plaine", 11, "Marché paysan et solidaire de la Plaine", at(19, "09:00"), at(19, "13:00"),
              "Marseille en Transition", P("Place Jean Jaurès", "Place Jean Jaurès", "13005", "Marseille"))
f.in_calendar("marche-plaine", "marche@reseau", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Marché solidaire - La Plaine", "LOCATION:La Plaine, Marseille")
# 12 / 13: two recycleries' open days
f.on_platform("po-panier", 12, "Portes ouvertes de la Recyclerie du Panier", at(19, "10:00"), at(19, "17:00"),
              "La Recyclerie du Panier", P("La Recyclerie du Panier", "4 rue du Refuge", "13002", "Marseille"))
f.on_agenda("po-panier", 3012, "Portes ouvertes", [(at(19, "10:00"), at(19, "17:00"))], "Recyclerie du Panier",
            A("Recyclerie du Panier", "4 rue du Refuge", "13002", "Marseille"))
f.on_platform("po-mistral", 13, "Journée portes ouvertes", at(19, "10:00"), at(19, "17:00"), "Recyclerie Mistral",
              P("Recyclerie Mistral", "85 boulevard Danielle Casanova", "13014", "Marseille"))
# 14: Aix forum, 1-hour slip in the ICS (floating, written in UTC by the site)
f.on_platform("forum-aix", 14, "Forum emploi et ESS du Pays d'Aix", at(19, "09:30"), at(19, "16:30"), "Pôle emploi Aix-en-Provence",
              P("Centre des congrès", "14 boulevard Carnot", "13100", "Aix-en-Provence"))
f.on_agenda("forum-aix", 3014, "Forum Emploi & ESS", [(at(19, "09:30"), at(19, "16:30"))], "Pôle Emploi",
            A("Centre des Congrès d'Aix", "14 bd Carnot", "13100", "Aix-en-Provence"))
f.in_calendar("forum-aix", "forum-aix@reseau", "DTSTART:20221119T083000", "DTEND:20221119T153000",
              "SUMMARY:Forum de l'emploi ESS", "LOCATION:Centre des congrès")
# 15 / 16: one series of breakfasts in Toulon, two Saturdays
f.on_platform("cafe-toulon-19", 15, "Petit-déjeuner de l'ESS", at(19, "08:30"), at(19, "10:00"), "CRESS PACA",
              P("La Fabrique", "25 rue Nicolas Laugier", "83000", "Toulon"))
f.on_platform("cafe-toulon-26", 16, "Petit-déjeuner de l'ESS", at(26, "08:30"), at(26, "10:00"), "CRESS PACA",
              P("La Fabrique", "25 rue Nicolas Laugier", "83000", "Toulon"))
# 17: Nice compost, ICS venue only and UTC
f.on_platform("compost-nice", 17, "Atelier compostage au jardin", at(19, "10:00"), at(19, "12:00"), "Nice Compost",
              P("Jardin partagé du Ray", "23 avenue du Ray", "06100", "Nice"))
f.in_calendar("compost-nice", "compost@reseau", "DTSTART:20221119T090000Z", "DTEND:20221119T110000Z",
              "SUMMARY:Compostage : atelier pratique", "LOCATION:Jardin partagé du Ray")
# 18 / 19: two disco soupes in Avignon at 11:00, by two organisers in two places
f.on_platform("disco-pie", 18, "Disco soupe", at(19, "11:00"), at(19, "14:00"), "Slow Food Avignon",
              P("Place Pie", "Place Pie", "84000", "Avignon"))
f.on_agenda("disco-pie", 3018, "Disco Soupe anti-gaspi", [(at(19, "11:00"), at(19, "14:00"))], "Slow Food Avignon",
            A("Les Halles", "Place Pie", "84000", "Avignon"))
f.on_platform("disco-gare", 19, "Disco soupe solidaire", at(19, "11:00"), at(19, "13:00"), "Banque alimentaire de Vaucluse",
              P("Parvis de la gare centre", "Boulevard Saint-Roch", "84000", "Avignon"))

f.in_form([
    ("rc-belsunce", row("PACA-01", "Repair Café Marseille", "Repair café Belsunce", "19/11/2022", "14h-17h", "Maison pour tous Belsunce", "16 rue B. du Bois", "13001", "MARSEILLE")),
    ("rc-canebiere", row("PACA-02", "Petits Débrouillards PACA", "Repair café", "19/11/2022", "après-midi", "Cité des associations", "", "13001", "Marseille")),
    ("cine-glaneurs", row("PACA-03", "Alternatiba", "Les glaneurs et la glaneuse - ciné débat", "19/11/2022", "20h45", "Gyptis", "", "13003", "Marseille")),
    ("conf-energie", row("PACA-04", "CRESS PACA", "Conférence énergie et ESS", "19/11/2022", "18h", "Hôtel de Région", "", "13002", "Marseille")),
    ("conf-finance", row("PACA-05", "FA PACA", "Conférence finance solidaire", "19/11/2022", "18h-19h30", "Maison de la Région", "61 la Canebière", "13001", "Marseille")),
    ("web-cae", row("PACA-06", "Cap Services", "Webinaire CAE", "19/11/2022", "12h30", "", "", "", "", "Visio")),
    ("marche-plaine", row("PACA-07", "Marseille en Transition", "Marché paysan la Plaine", "19/11/2022", "matin", "Place Jean Jaurès", "", "13005", "Marseille")),
    ("po-mistral", row("PACA-08", "Recyclerie Mistral", "Portes ouvertes recyclerie", "19/11/2022", "", "", "85 bd D. Casanova", "13014", "Marseille")),
    ("cafe-toulon-19", row("PACA-09", "CRESS PACA", "Petit déj ESS", "19/11/2022", "8h30", "La Fabrique", "", "83000", "Toulon")),
    ("cafe-toulon-26", row("PACA-10", "CRESS PACA", "Petit déj ESS", "26/11/2022", "8h30", "La Fabrique", "", "83000", "Toulon")),
    ("disco-gare", row("PACA-11", "Banque Alimentaire 84", "Disco-soupe", "19/11/2022", "11h", "Gare centre", "", "84000", "Avignon")),
])

if __name__ == "__main__":
    run(f)
