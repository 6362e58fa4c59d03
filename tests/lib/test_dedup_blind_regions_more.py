"""More sets of one edition's listings written blind (without rereading the merge rules first) as four sources of
a région list them, read by the connectors and merged together: every real event published once, no two merged (see
docs/dedoublonnage.md, « Séance du 7 décembre 2026 (12:05 UTC) »). Written after the nine of
test_dedup_blind_regions.py, each found classes of misses, fixed with their own tests."""

import pytest

from tests.lib.test_dedup_blind_regions import assert_each_event_published_once, location, place, row
from tests.lib.test_dedup_through_connectors import ONLINE, Feeds, at


def _marseille_crowded_saturday() -> Feeds:
    """Provence-Alpes-Côte d'Azur: a crowded Saturday, 19 events, 44 listings; twins of one kind
    the same day in one town (two repair cafés, two ciné-débats at one cinema, two bike workshops, two webinars)."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    # 1 / 2: two repair cafés in Marseille 1er the same afternoon
    f.on_platform("rc-belsunce", 1, "Repair café de Belsunce", at(19, "14:00"), at(19, "17:00"),
                  "Repair Café Marseille Centre",
                  place("Maison pour tous Belsunce", "16 rue Bernard du Bois", "13001", "Marseille"))
    f.in_calendar("rc-belsunce", "rc-belsunce@reseau", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
                  "SUMMARY:Repair Café", "LOCATION:MPT Belsunce")
    f.on_platform("rc-canebiere", 2, "Repair Café des Petits Débrouillards", at(19, "14:00"), at(19, "18:00"),
                  "Les Petits Débrouillards PACA",
                  place("Cité des associations", "93 La Canebière", "13001", "Marseille"))
    f.on_agenda("rc-canebiere", 3002, "Repair Café", [(at(19, "14:00"), at(19, "18:00"))], "Petits Débrouillards",
                location("Cité des Associations", "93 la Canebière", "13001", "Marseille", insee="13201"))
    # 3 / 4: two ciné-débats at one cinema, at two hours
    f.on_platform("cine-demain", 3, "Ciné-débat : « Demain »", at(19, "18:30"), at(19, "20:30"),
                  "Ciné-club ESS Marseille",
                  place("Cinéma Le Gyptis", "136 rue Loubon", "13003", "Marseille"))
    f.in_calendar("cine-demain", "demain@reseau", "DTSTART:20221119T183000", "DTEND:20221119T203000",
                  "SUMMARY:Projection-débat Demain (C. Dion, M. Laurent)", "LOCATION:Le Gyptis, Marseille")
    f.on_platform("cine-glaneurs", 4, "Ciné-débat « Les Glaneurs et la Glaneuse »", at(19, "20:45"), at(19, "22:45"),
                  "Alternatiba Marseille", place("Cinéma Le Gyptis", "136 rue Loubon", "13003", "Marseille"))
    # 5 / 6: two bike workshops the same morning in the 6th
    f.on_platform("velo-sapiens", 5, "Atelier d'autoréparation vélo", at(19, "10:00"), at(19, "12:00"), "Vélo Sapiens",
                  place("Atelier Vélo Sapiens", "12 rue des Trois Rois", "13006", "Marseille"))
    f.on_agenda("velo-sapiens", 3005, "Atelier réparation de vélos", [(at(19, "10:00"), at(19, "12:00"))],
                "Vélo Sapiens",
                location("Vélo Sapiens", "12 rue des 3 Rois", "13006", "Marseille"))
    f.on_platform("velo-cours-julien", 6, "Atelier vélo participatif", at(19, "10:00"), at(19, "12:30"),
                  "Collectif Vélos en Ville",
                  place("Cours Julien", "Cours Julien", "13006", "Marseille"))
    f.in_calendar("velo-cours-julien", "cvv-1119@reseau", "DTSTART;TZID=Europe/Paris:20221119T100000",
                  "DTEND;TZID=Europe/Paris:20221119T123000", "SUMMARY:Atelier vélo - Cours Ju",
                  "LOCATION:Cours Julien, 13006 Marseille")
    # 7 / 8: two conferences at 18:00 by two régional bodies, in two buildings of the Région
    f.on_platform("conf-energie", 7, "Conférence : l'ESS face à la crise énergétique", at(19, "18:00"),
                  at(19, "20:00"), "CRESS PACA",
                  place("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
    f.on_agenda("conf-energie", 3007, "L'ESS face à la crise de l'énergie - conférence",
                [(at(19, "18:00"), at(19, "20:00"))],
                "Chambre régionale de l'ESS Provence-Alpes-Côte d'Azur",
                location("Hôtel de Région", "27 place Jules Guesde", "13002", "Marseille"))
    f.on_platform("conf-finance", 8, "Finance solidaire : comment investir ?", at(19, "18:00"), at(19, "19:30"),
                  "France Active PACA",
                  place("Maison de la Région", "61 La Canebière", "13001", "Marseille"))
    # 9 / 10: two webinars at 12:30
    f.on_platform("web-cae", 9, "Webinaire : entreprendre en coopérative d'activité et d'emploi", at(19, "12:30"),
                  at(19, "13:30"),
                  "Cap Services", ONLINE, modality="En ligne")
    f.on_agenda("web-cae", 3009, "Entreprendre en CAE (webinaire)", [(at(19, "12:30"), at(19, "13:30"))],
                "Cap Services",
                {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/84512345678?pwd=abc")
    f.on_platform("web-clauses", 10, "Les clauses sociales dans les marchés publics", at(19, "12:30"), at(19, "14:00"),
                  "Union régionale des SIAE PACA", ONLINE, modality="En ligne")
    f.in_calendar("web-clauses", "clauses@reseau", "DTSTART;TZID=Europe/Paris:20221119T123000",
                  "DTEND;TZID=Europe/Paris:20221119T140000",
                  "SUMMARY:Webinaire clauses sociales", "LOCATION:Réunion Microsoft Teams",
                  "URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk0@thread.v2/0")
    # 11: market, all day in the ICS
    f.on_platform("marche-plaine", 11, "Marché paysan et solidaire de la Plaine", at(19, "09:00"), at(19, "13:00"),
                  "Marseille en Transition", place("Place Jean Jaurès", "Place Jean Jaurès", "13005", "Marseille"))
    f.in_calendar("marche-plaine", "marche@reseau", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
                  "SUMMARY:Marché solidaire - La Plaine", "LOCATION:La Plaine, Marseille")
    # 12 / 13: two recycleries' open days
    f.on_platform("po-panier", 12, "Portes ouvertes de la Recyclerie du Panier", at(19, "10:00"), at(19, "17:00"),
                  "La Recyclerie du Panier", place("La Recyclerie du Panier", "4 rue du Refuge", "13002", "Marseille"))
    f.on_agenda("po-panier", 3012, "Portes ouvertes", [(at(19, "10:00"), at(19, "17:00"))], "Recyclerie du Panier",
                location("Recyclerie du Panier", "4 rue du Refuge", "13002", "Marseille"))
    f.on_platform("po-mistral", 13, "Journée portes ouvertes", at(19, "10:00"), at(19, "17:00"), "Recyclerie Mistral",
                  place("Recyclerie Mistral", "85 boulevard Danielle Casanova", "13014", "Marseille"))
    # 14: Aix forum, 1-hour slip in the ICS (floating, written in UTC by the site)
    f.on_platform("forum-aix", 14, "Forum emploi et ESS du Pays d'Aix", at(19, "09:30"), at(19, "16:30"),
                  "Pôle emploi Aix-en-Provence",
                  place("Centre des congrès", "14 boulevard Carnot", "13100", "Aix-en-Provence"))
    f.on_agenda("forum-aix", 3014, "Forum Emploi & ESS", [(at(19, "09:30"), at(19, "16:30"))], "Pôle Emploi",
                location("Centre des Congrès d'Aix", "14 bd Carnot", "13100", "Aix-en-Provence"))
    f.in_calendar("forum-aix", "forum-aix@reseau", "DTSTART:20221119T083000", "DTEND:20221119T153000",
                  "SUMMARY:Forum de l'emploi ESS", "LOCATION:Centre des congrès")
    # 15 / 16: one series of breakfasts in Toulon, two Saturdays
    f.on_platform("cafe-toulon-19", 15, "Petit-déjeuner de l'ESS", at(19, "08:30"), at(19, "10:00"), "CRESS PACA",
                  place("La Fabrique", "25 rue Nicolas Laugier", "83000", "Toulon"))
    f.on_platform("cafe-toulon-26", 16, "Petit-déjeuner de l'ESS", at(26, "08:30"), at(26, "10:00"), "CRESS PACA",
                  place("La Fabrique", "25 rue Nicolas Laugier", "83000", "Toulon"))
    # 17: Nice compost, ICS venue only and UTC
    f.on_platform("compost-nice", 17, "Atelier compostage au jardin", at(19, "10:00"), at(19, "12:00"), "Nice Compost",
                  place("Jardin partagé du Ray", "23 avenue du Ray", "06100", "Nice"))
    f.in_calendar("compost-nice", "compost@reseau", "DTSTART:20221119T090000Z", "DTEND:20221119T110000Z",
                  "SUMMARY:Compostage : atelier pratique", "LOCATION:Jardin partagé du Ray")
    # 18 / 19: two disco soupes in Avignon at 11:00, by two organisers in two places
    f.on_platform("disco-pie", 18, "Disco soupe", at(19, "11:00"), at(19, "14:00"), "Slow Food Avignon",
                  place("Place Pie", "Place Pie", "84000", "Avignon"))
    f.on_agenda("disco-pie", 3018, "Disco Soupe anti-gaspi", [(at(19, "11:00"), at(19, "14:00"))], "Slow Food Avignon",
                location("Les Halles", "Place Pie", "84000", "Avignon"))
    f.on_platform("disco-gare", 19, "Disco soupe solidaire", at(19, "11:00"), at(19, "13:00"),
                  "Banque alimentaire de Vaucluse",
                  place("Parvis de la gare centre", "Boulevard Saint-Roch", "84000", "Avignon"))

    f.in_form([
        ("rc-belsunce",
         row("PACA-01", "Repair Café Marseille", "Repair café Belsunce", "19/11/2022", "14h-17h",
             "Maison pour tous Belsunce", "16 rue B. du Bois", "13001", "MARSEILLE")),
        ("rc-canebiere",
         row("PACA-02", "Petits Débrouillards PACA", "Repair café", "19/11/2022", "après-midi",
             "Cité des associations", "", "13001", "Marseille")),
        ("cine-glaneurs",
         row("PACA-03", "Alternatiba", "Les glaneurs et la glaneuse - ciné débat", "19/11/2022", "20h45", "Gyptis", "",
             "13003", "Marseille")),
        ("conf-energie",
         row("PACA-04", "CRESS PACA", "Conférence énergie et ESS", "19/11/2022", "18h", "Hôtel de Région", "", "13002",
             "Marseille")),
        ("conf-finance",
         row("PACA-05", "FA PACA", "Conférence finance solidaire", "19/11/2022", "18h-19h30", "Maison de la Région",
             "61 la Canebière", "13001", "Marseille")),
        ("web-cae", row("PACA-06", "Cap Services", "Webinaire CAE", "19/11/2022", "12h30", "", "", "", "", "Visio")),
        ("marche-plaine",
         row("PACA-07", "Marseille en Transition", "Marché paysan la Plaine", "19/11/2022", "matin",
             "Place Jean Jaurès", "", "13005", "Marseille")),
        ("po-mistral",
         row("PACA-08", "Recyclerie Mistral", "Portes ouvertes recyclerie", "19/11/2022", "", "", "85 bd D. Casanova",
             "13014", "Marseille")),
        ("cafe-toulon-19",
         row("PACA-09", "CRESS PACA", "Petit déj ESS", "19/11/2022", "8h30", "La Fabrique", "", "83000", "Toulon")),
        ("cafe-toulon-26",
         row("PACA-10", "CRESS PACA", "Petit déj ESS", "26/11/2022", "8h30", "La Fabrique", "", "83000", "Toulon")),
        ("disco-gare",
         row("PACA-11", "Banque Alimentaire 84", "Disco-soupe", "19/11/2022", "11h", "Gare centre", "", "84000",
             "Avignon")),
    ])
    return f


def _normandie_villages() -> Feeds:
    """Normandie: 15 events, 35 listings; villages' salles des fêtes, intercommunalities, CCAS,
    « Ville de » / « Mairie de », a Google calendar with the address in its DESCRIPTION."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    # 1: Falaise intercommunality's forum, « CC Pays de Falaise » in the sheet
    f.on_platform("forum-falaise", 1, "Forum des associations et de l'ESS du Pays de Falaise", at(12, "10:00"),
                  at(12, "17:00"),
                  "Communauté de communes du Pays de Falaise",
                  place("Salle de l'Attache", "Boulevard de la Libération", "14700", "Falaise"))
    # 2 / 3: two salles des fêtes the same Saturday, two villages, one kind of event (loto solidaire)
    f.on_platform("loto-bretteville", 2, "Loto solidaire", at(19, "20:00"), at(19, "23:00"),
                  "Comité des fêtes de Bretteville",
                  place("Salle des fêtes", "Rue de l'Église", "14760", "Bretteville-sur-Odon"))
    f.on_platform("loto-verson", 3, "Loto solidaire du Secours populaire", at(19, "20:00"), at(19, "23:30"),
                  "Secours populaire français Calvados",
                  place("Salle des fêtes", "Place du Général de Gaulle", "14790", "Verson"))
    f.on_agenda("loto-verson", 4003, "Loto solidaire", [(at(19, "20:00"), at(19, "23:30"))], "Secours Populaire 14",
                location("Salle des fêtes de Verson", "Place du Gal de Gaulle", "14790", "Verson"))
    # 4: CCAS conference, « Centre communal d'action sociale de Caen » / « CCAS Caen »
    f.on_platform("ccas-caen", 4, "Conférence : vieillir chez soi, les solutions solidaires", at(17, "14:30"),
                  at(17, "16:30"),
                  "Centre communal d'action sociale de Caen",
                  place("Hôtel de ville", "Esplanade Jean-Marie Louvel", "14000", "Caen"))
    f.on_agenda("ccas-caen", 4004, "Vieillir chez soi : solutions solidaires (conférence)",
                [(at(17, "14:30"), at(17, "16:30"))],
                "CCAS Caen",
                location("Abbaye aux Hommes - Hôtel de Ville", "Esplanade Jean-Marie Louvel", "14000", "Caen"))
    f.in_calendar("ccas-caen", "ccas-caen-1117@google.com", "DTSTART:20221117T133000Z", "DTEND:20221117T153000Z",
                  "SUMMARY:Conférence vieillir chez soi", "LOCATION:Hôtel de Ville de Caen",
                  "DESCRIPTION:Conférence organisée par le CCAS.\\nAdresse : Esplanade Jean-Marie Louvel\\, 14000 Caen")
    # 5 / 6: « Ville de Rouen » and « Mairie de Rouen », one event; and a second event of the Ville the same afternoon
    f.on_platform("rouen-marche", 5, "Marché de l'ESS de Rouen", at(26, "10:00"), at(26, "18:00"), "Ville de Rouen",
                  place("Halle aux Toiles", "Place de la Basse-Vieille-Tour", "76000", "Rouen"))
    f.in_calendar("rouen-marche", "marche-ess@rouen", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221127",
                  "SUMMARY:Marché ESS", "LOCATION:Halle aux Toiles\\, Rouen")
    f.on_platform("rouen-conf", 6, "Table ronde : commande publique responsable", at(26, "14:00"), at(26, "16:00"),
                  "Mairie de Rouen",
                  place("Hôtel de ville", "2 place du Général de Gaulle", "76000", "Rouen"))
    # 7: Le Havre, organiser « LH Solidaire », town written « Le Havre » / « LE HAVRE » / « Havre (Le) »
    f.on_platform("havre-troc", 7, "Troc de vêtements", at(20, "14:00"), at(20, "18:00"), "Le Havre Solidaire",
                  place("Fort de Tourneville", "55 rue du 329e RI", "76600", "Le Havre"))
    f.on_agenda("havre-troc", 4007, "Troc'fringues", [(at(20, "14:00"), at(20, "18:00"))], "Le Havre Solidaire",
                location("Fort de Tourneville", "55 rue du 329ème R.I.", "76600", "Le Havre"))
    # 8 / 9: two ciné-débats the same evening in Cherbourg (one cinema, two rooms)
    f.on_platform("cine-cherbourg-1", 8, "Ciné-débat « Nous paysans »", at(22, "20:00"), at(22, "22:30"),
                  "Attac Cotentin",
                  place("Cinéma CGR Odéon", "41 rue Maréchal Foch", "50100", "Cherbourg-en-Cotentin"))
    f.in_calendar("cine-cherbourg-1", "nous-paysans@attac", "DTSTART;TZID=Europe/Paris:20221122T200000",
                  "SUMMARY:Nous paysans - projection débat", "LOCATION:CGR Odéon, Cherbourg")
    f.on_platform("cine-cherbourg-2", 9, "Ciné-débat « La Sociale »", at(22, "20:15"), at(22, "22:30"),
                  "Mutualité française Normandie",
                  place("Cinéma CGR Odéon", "41 rue Maréchal Foch", "50100", "Cherbourg-en-Cotentin"))
    # 10: Évreux webinar, « En ligne » vs Jitsi link
    f.on_platform("web-evreux", 10, "Webinaire : financer son projet associatif", at(15, "18:00"), at(15, "19:30"),
                  "Maison des associations d'Évreux", ONLINE, modality="En ligne")
    f.on_agenda("web-evreux", 4010, "Financer son projet associatif - webinaire", [(at(15, "18:00"), at(15, "19:30"))],
                "MDA Évreux", {}, mode=2, onlineAccessLink="https://meet.jit.si/MDA-Evreux-financement")
    # 11: Alençon, date-only sheet row, venue acronym « MDA » for the Maison de la vie associative
    f.on_platform("alencon-portes", 11, "Portes ouvertes de la Maison de la vie associative", at(18, "14:00"),
                  at(18, "19:00"),
                  "Ville d'Alençon", place("Maison de la vie associative", "25 rue Demées", "61000", "Alençon"))
    # 12: Lisieux, organiser « Commune de Lisieux » / « Lisieux », 1-hour slip ICS
    f.on_platform("lisieux-repair", 12, "Repair café de Lisieux", at(5, "09:30"), at(5, "12:30"), "Lisieux Repair Café",
                  place("Espace Victor Hugo", "Place Victor Hugo", "14100", "Lisieux"))
    f.in_calendar("lisieux-repair", "repair-lisieux-1105@gmail.com", "DTSTART:20221105T093000Z",
                  "DTEND:20221105T123000Z",
                  "SUMMARY:Repair Café", "LOCATION:Espace Victor Hugo\\, Lisieux")
    # 13 / 14: one organiser's two events the same day in Saint-Lô, morning and afternoon
    f.on_platform("stlo-matin", 13, "Atelier : créer son entreprise coopérative", at(24, "09:30"), at(24, "12:00"),
                  "URSCOP Ouest",
                  place("Pôle d'entrepreneuriat", "12 rue de la Libération", "50000", "Saint-Lô"))
    f.on_platform("stlo-aprem", 14, "Rencontre : reprendre une entreprise en Scop", at(24, "14:00"), at(24, "16:30"),
                  "URSCOP Ouest",
                  place("Pôle d'entrepreneuriat", "12 rue de la Libération", "50000", "Saint-Lô"))
    f.in_calendar("stlo-aprem", "reprise-scop@urscop", "DTSTART;TZID=Europe/Paris:20221124T140000",
                  "DTEND;TZID=Europe/Paris:20221124T163000", "SUMMARY:Reprise d'entreprise en Scop",
                  "LOCATION:Saint-Lô")
    # 15: Dieppe, three days festival: platform span, ICS day by day
    f.on_platform("dieppe-festival", 15, "Festival des solidarités de Dieppe", at(18, "10:00"), at(20, "18:00"),
                  "Collectif Festisol Dieppe", place("Salle Paul Éluard", "Rue Thiers", "76200", "Dieppe"))

    f.in_form([
        ("forum-falaise",
         row("NO-01", "CC Pays de Falaise", "Forum asso et ESS", "12/11/2022", "10h00 - 17h00", "Salle de l'Attache",
             "Bd de la Libération", "14700", "FALAISE")),
        ("loto-bretteville",
         row("NO-02", "Comité des fêtes", "Loto solidaire", "19/11/2022", "20h", "Salle des fêtes", "", "14760",
             "Bretteville sur Odon")),
        ("rouen-conf",
         row("NO-03", "Ville de Rouen", "Table-ronde commande publique", "26/11/2022", "14h-16h", "Hôtel de Ville", "",
             "76000", "Rouen")),
        ("havre-troc",
         row("NO-04", "LH Solidaire", "Troc de vêtements", "20/11/2022", "14h00 - 18h00", "Fort de Tourneville", "",
             "76600", "Havre (Le)")),
        ("cine-cherbourg-2",
         row("NO-05", "Mutualité Française", "La Sociale - ciné débat", "22/11/2022", "20h15", "CGR Odéon", "",
             "50100", "Cherbourg")),
        ("alencon-portes",
         row("NO-06", "Mairie d'Alençon", "Portes ouvertes MVA", "18/11/2022", "", "MVA", "25 rue Demées", "61000",
             "Alençon")),
        ("lisieux-repair",
         row("NO-07", "Repair Café Lisieux", "Repair Café", "05/11/2022", "9h30-12h30", "Espace V. Hugo", "", "14100",
             "Lisieux")),
        ("stlo-matin",
         row("NO-08", "Urscop", "Créer son entreprise en coopérative", "24/11/2022", "matin", "",
             "12 rue de la Libération", "50000", "Saint-Lô")),
        ("dieppe-festival",
         row("NO-09", "Festisol Dieppe", "Festival des solidarités", "18/11/2022", "", "Salle Paul Eluard", "",
             "76200", "Dieppe")),
        ("dieppe-festival",
         row("NO-10", "Festisol Dieppe", "Festival des solidarités", "19/11/2022", "", "Salle Paul Eluard", "",
             "76200", "Dieppe")),
        ("dieppe-festival",
         row("NO-11", "Festisol Dieppe", "Festival des solidarités", "20/11/2022", "", "Salle Paul Eluard", "",
             "76200", "Dieppe")),
    ])
    return f


def _nord_est_networks() -> Feeds:
    """Hauts-de-France and Grand Est: 13 events, 28 listings; mutuals, banks, ESAT, IAE and
    charities, acronyms and départements, online wordings, an hour off."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    # 1 / 2: two job datings IAE in Lille the same morning, two structures
    f.on_platform("jobdating-lille-sud", 1, "Job dating de l'insertion", at(15, "09:00"), at(15, "12:00"),
                  "Chantier École Hauts-de-France",
                  place("Maison de l'emploi Lille Sud", "262 rue du Faubourg des Postes", "59000", "Lille"))
    f.on_agenda("jobdating-lille-sud", 5001, "Job Dating IAE", [(at(15, "09:00"), at(15, "12:00"))],
                "Chantier École HDF",
                location("Maison de l'Emploi", "262 rue du Fbg des Postes", "59000", "Lille"))
    f.on_platform("jobdating-fives", 2, "Job dating IAE de Fives", at(15, "09:30"), at(15, "12:30"),
                  "Ensemblier Fives Solidaire",
                  place("Centre social Albert Jacquard", "12 rue de Bouvines", "59800", "Lille"))
    # 3: ESAT open day, « ESAT Les Ateliers du Bocage » / « Ateliers du Bocage (ESAT) », date only in the sheet
    f.on_platform("esat-bocage", 3, "Portes ouvertes de l'ESAT", at(18, "10:00"), at(18, "16:00"),
                  "ESAT Les Ateliers du Bocage",
                  place("ESAT Les Ateliers du Bocage", "3 rue de la Fosse aux Chênes", "59200", "Tourcoing"))
    # 4: Mutualité Française Grand Est conference in Nancy, agenda in UTC, ICS with « MFGE »
    f.on_platform("mutu-nancy", 4, "Conférence : la santé mentale des jeunes", at(17, "18:30"), at(17, "20:30"),
                  "Mutualité Française Grand Est",
                  place("Salle Poirel", "3 rue Victor Poirel", "54000", "Nancy"))
    f.on_agenda("mutu-nancy", 5004, "Santé mentale des jeunes : parlons-en !",
                [("2022-11-17T17:30:00Z", "2022-11-17T19:30:00Z")],
                "Mutualité Française Grand Est", location("Salle Poirel", "3 rue Victor Poirel", "54000", "Nancy"))
    f.in_calendar("mutu-nancy", "conf-sante-mentale@mfge", "DTSTART:20221117T183000", "DTEND:20221117T203000",
                  "SUMMARY:Conf. santé mentale des jeunes (MFGE)", "LOCATION:Salle Poirel")
    # 5 / 6: two banks' events the same evening in Strasbourg
    f.on_platform("credit-coop-stras", 5, "Soirée finance solidaire : épargner utile", at(22, "18:00"),
                  at(22, "20:00"), "Crédit Coopératif",
                  place("Agence Crédit Coopératif", "16 rue du 22 Novembre", "67000", "Strasbourg"))
    f.in_calendar("credit-coop-stras", "finance-solidaire@cc", "DTSTART;TZID=Europe/Paris:20221122T180000",
                  "SUMMARY:Épargner utile - soirée finance solidaire",
                  "LOCATION:16 rue du Vingt-Deux Novembre\\, Strasbourg")
    f.on_platform("credit-mut-stras", 6, "Soirée finance solidaire", at(22, "18:00"), at(22, "20:00"),
                  "Crédit Mutuel Enseignant Strasbourg",
                  place("Espace Crédit Mutuel", "34 rue du Wacken", "67000", "Strasbourg"))
    # 7: Restos du cœur in Metz, département number vs name
    f.on_platform("restos-metz", 7, "Collecte nationale des Restos du cœur", at(25, "09:00"), at(25, "19:00"),
                  "Les Restaurants du Cœur de Moselle",
                  place("Hypermarché Cora", "Route de Thionville", "57050", "Metz"))
    # 8: Emmaüs Connect webinar: « En ligne » / Zoom; Emmaüs France's other webinar the same hour (hard negative)
    f.on_platform("emmaus-connect", 8, "Webinaire : l'inclusion numérique, où en est-on ?", at(16, "11:00"),
                  at(16, "12:00"),
                  "Emmaüs Connect", ONLINE, modality="En ligne")
    f.on_agenda("emmaus-connect", 5008, "Inclusion numérique : où en est-on ? (webinaire)",
                [(at(16, "11:00"), at(16, "12:00"))],
                "Emmaüs Connect", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/86012345678")
    f.on_platform("emmaus-france", 9, "Webinaire : l'économie circulaire solidaire", at(16, "11:00"), at(16, "12:30"),
                  "Emmaüs France", ONLINE, modality="En ligne")
    # 10: Reims, Ligue de l'enseignement de la Marne / « Ligue 51 », a typo in one title
    f.on_platform("ligue-reims", 10, "Rencontre : l'éducation populaire et l'ESS", at(23, "14:00"), at(23, "17:00"),
                  "Ligue de l'enseignement de la Marne",
                  place("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
    f.in_calendar("ligue-reims", "rencontre-edpop@ligue51", "DTSTART:20221123T130000Z", "DTEND:20221123T160000Z",
                  "SUMMARY:Rencontre éducation populiare & ESS", "LOCATION:MVA Reims")
    # 11: Amiens, a week of the finance solidaire (several days) listed as a span and a first day
    f.on_platform("semaine-amiens", 11, "Semaine de la finance solidaire à Amiens", at(14, "09:00"), at(18, "18:00"),
                  "France Active Picardie",
                  place("Maison des associations", "12 rue Frédéric Petit", "80000", "Amiens"))
    f.on_agenda("semaine-amiens", 5011, "Semaine de la finance solidaire", [(at(14, "09:00"), at(18, "18:00"))],
                "France Active Picardie",
                location("Maison des Associations", "12 rue F. Petit", "80000", "Amiens"))
    # 12: Valenciennes, venue given by name in the sheet, by street in the platform
    f.on_platform("valenciennes-forum", 12, "Forum de l'économie circulaire", at(19, "10:00"), at(19, "17:00"),
                  "Valenciennes Métropole",
                  place("", "Place d'Armes", "59300", "Valenciennes"))
    # 13: Mulhouse, a repair café ICS without commune, 1-hour slip
    f.on_platform("repair-mulhouse", 13, "Repair Café de Mulhouse", at(26, "14:00"), at(26, "17:00"),
                  "Repair Café Mulhouse",
                  place("Cité de l'habitat", "Rue de la Cité", "68200", "Mulhouse"))
    f.in_calendar("repair-mulhouse", "repair-mulhouse-1126@framagenda", "DTSTART:20221126T140000Z",
                  "DTEND:20221126T170000Z",
                  "SUMMARY:Repair café", "LOCATION:Cité de l'Habitat")

    f.in_form([
        ("jobdating-fives",
         row("GE-01", "Ensemblier Fives Solidaire", "Job dating IAE", "15/11/2022", "9h30 - 12h30", "CS A. Jacquard",
             "12 rue de Bouvines", "59800", "Lille")),
        ("esat-bocage",
         row("GE-02", "Ateliers du Bocage (ESAT)", "Journée portes ouvertes ESAT", "18/11/2022", "", "",
             "3 rue Fosse aux Chênes", "59200", "TOURCOING")),
        ("restos-metz",
         row("GE-03", "Restos du Coeur 57", "Collecte Restos", "25/11/2022", "9h-19h", "Cora Metz", "", "57050",
             "Metz")),
        ("ligue-reims",
         row("GE-04", "Ligue 51", "Educ pop et ESS : rencontre", "23/11/2022", "14h", "Maison de la Vie Associative",
             "", "51100", "Reims")),
        ("valenciennes-forum",
         row("GE-05", "Valenciennes Métropole", "Forum économie circulaire", "19/11/2022", "10h-17h", "Hôtel de ville",
             "", "59300", "Valenciennes")),
        ("emmaus-connect",
         row("GE-06", "Emmaüs Connect", "Webinaire inclusion numérique", "16/11/2022", "11h", "", "", "", "",
             "Distanciel")),
        ("credit-mut-stras",
         row("GE-07", "CME Strasbourg", "Soirée finance solidaire", "22/11/2022", "18h", "Espace Crédit Mutuel",
             "34 rue du Wacken", "67000", "Strasbourg")),
    ])
    return f


def _pays_de_la_loire_titles() -> Feeds:
    """Pays de la Loire: 8 events, 20 listings; titles dressed with hashtags, emojis,
    « GRATUIT – », « (sur inscription) », capitals, the organiser before or after."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    f.on_platform("compost-nantes", 1, "Atelier compostage collectif", at(12, "10:00"), at(12, "12:00"), "Compostri",
                  place("Jardin des Ronces", "5 rue des Ronces", "44300", "Nantes"))
    f.on_agenda("compost-nantes", 6001, "🌱 #MoisESS22 Atelier compostage collectif 🌱",
                [(at(12, "10:00"), at(12, "12:00"))], "Compostri",
                location("Jardin des Ronces", "5 rue des Ronces", "44300", "Nantes"))
    f.in_calendar("compost-nantes", "compost-1112@compostri", "DTSTART:20221112T090000Z", "DTEND:20221112T110000Z",
                  "SUMMARY:[COMPLET] Atelier compostage collectif - Compostri", "LOCATION:Jardin des Ronces\\, Nantes")
    f.on_platform("velo-angers", 2, "Balade à vélo : découverte des lieux de l'ESS", at(13, "14:00"), at(13, "17:00"),
                  "Place au Vélo Angers",
                  place("Parvis de la gare Saint-Laud", "Esplanade de la gare", "49100", "Angers"))
    f.on_agenda("velo-angers", 6002, "Mois de l'ESS 2022 | Balade vélo à la découverte des lieux ESS",
                [(at(13, "14:00"), at(13, "17:00"))],
                "Place au vélo", location("Gare Saint-Laud", "Esplanade de la Gare", "49100", "Angers"))
    f.on_platform("cafe-lemans", 3, "Café-débat : consommer local, un acte militant ?", at(17, "19:00"),
                  at(17, "21:00"), "Le Mans en Transition",
                  place("Café associatif L'Épicerie du Pré", "31 rue du Pré", "72100", "Le Mans"))
    f.in_calendar("cafe-lemans", "cafe-debat-1117@lmet", "DTSTART;TZID=Europe/Paris:20221117T190000",
                  "SUMMARY:NOUVEAU ! Café-débat « Consommer local : un acte militant ? »",
                  "LOCATION:L'Épicerie du Pré\\, 31 rue du Pré\\, Le Mans")
    f.on_platform("forum-laval", 4, "Forum de l'emploi et de l'ESS", at(24, "09:00"), at(24, "13:00"),
                  "Maison de l'emploi de Laval",
                  place("Salle polyvalente", "Rue du Britais", "53000", "Laval"))
    f.on_agenda("forum-laval", 6004, "GRATUIT – Forum emploi & ESS (sur inscription)",
                [(at(24, "09:00"), at(24, "13:00"))],
                "MDE Laval", location("Salle Polyvalente", "rue du Britais", "53000", "Laval"))
    f.on_platform("conf-larochesuryon", 5, "Conférence « L'habitat participatif en Vendée »", at(22, "20:00"),
                  at(22, "22:00"),
                  "Coop'Habitat Vendée",
                  place("Maison de quartier du Bourg", "Rue Jean Moulin", "85000", "La Roche-sur-Yon"))
    f.in_calendar("conf-larochesuryon", "habitat-1122@coophab", "DTSTART:20221122T190000Z", "DTEND:20221122T210000Z",
                  "SUMMARY:Coop'Habitat Vendée : conférence habitat participatif",
                  "LOCATION:MQ du Bourg\\, La Roche-sur-Yon")
    # hard negatives: one organiser's two titles dressed alike the same day
    f.on_platform("stnazaire-1", 6, "Mois de l'ESS | Visite de la ressourcerie", at(19, "10:00"), at(19, "11:30"),
                  "Ressourcerie de l'Estuaire",
                  place("Ressourcerie de l'Estuaire", "12 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
    f.on_platform("stnazaire-2", 7, "Mois de l'ESS | Atelier réparation petit électroménager", at(19, "14:00"),
                  at(19, "17:00"),
                  "Ressourcerie de l'Estuaire",
                  place("Ressourcerie de l'Estuaire", "12 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
    f.on_agenda("stnazaire-2", 6007, "#MoisESS22 Répar'café électroménager", [(at(19, "14:00"), at(19, "17:00"))],
                "Ressourcerie de l'Estuaire",
                location("Ressourcerie de l'Estuaire", "12 rue de la Ville-Halluard", "44600", "Saint-Nazaire"))
    f.on_platform("cholet", 8, "Portes ouvertes de l'entreprise d'insertion", at(25, "14:00"), at(25, "17:00"),
                  "Ateliers du Choletais",
                  place("Ateliers du Choletais", "8 rue du Carteron", "49300", "Cholet"))

    f.in_form([
        ("compost-nantes",
         row("PL-01", "COMPOSTRI", "ATELIER COMPOSTAGE", "12/11/2022", "10H-12H", "Jardin des Ronces",
             "5 rue des Ronces", "44300", "NANTES")),
        ("cafe-lemans",
         row("PL-02", "LMET", "Café débat consommer local", "17/11/2022", "19h", "Epicerie du Pré", "", "72100",
             "Le Mans")),
        ("forum-laval",
         row("PL-03", "Maison de l'Emploi", "Forum Emploi ESS Laval", "24/11/2022", "matinée", "Salle polyvalente", "",
             "53000", "LAVAL")),
        ("stnazaire-1",
         row("PL-04", "Ressourcerie Estuaire", "Visite ressourcerie (Mois ESS)", "19/11/2022", "10h", "",
             "12 rue Ville Halluard", "44600", "St-Nazaire")),
        ("cholet",
         row("PL-05", "Les Ateliers du Choletais (EI)", "Portes ouvertes EI", "25/11/2022", "14h-17h", "",
             "8 rue du Carteron", "49300", "Cholet")),
    ])
    return f


def _ile_de_france_calendars() -> Feeds:
    """Île-de-France: 11 events, 27 listings; Outlook zone names, floating times, a Z on
    local times, DURATION, all-day copies, weekly sessions, arrondissements in roman figures."""
    f = Feeds()
    f.calendar_head = ""  # no X-WR-TIMEZONE: floating times are the reader's default zone
    # 1: Outlook « Romance Standard Time »
    f.on_platform("forum-11", 1, "Forum de l'ESS du 11e arrondissement", at(19, "10:00"), at(19, "18:00"),
                  "Mairie du 11e arrondissement",
                  place("Mairie du 11e", "12 place Léon Blum", "75011", "Paris"))
    f.in_calendar("forum-11", "040000008200E00074C5B7101A82E008000000001@outlook",
                  "DTSTART;TZID=Romance Standard Time:20221119T100000",
                  "DTEND;TZID=Romance Standard Time:20221119T180000", "SUMMARY:Forum ESS Paris 11",
                  "LOCATION:Mairie du XIe\\, Paris")
    # 2: a site writing Paris time with a Z, DURATION
    f.on_platform("atelier-montreuil", 2, "Atelier zéro déchet : fabriquer ses produits ménagers", at(16, "18:30"),
                  at(16, "20:30"),
                  "Zero Waste Montreuil",
                  place("La Maison Montreuilloise", "1 place Jean Jaurès", "93100", "Montreuil"))
    f.in_calendar("atelier-montreuil", "zw-1116@zwm", "DTSTART:20221116T183000Z", "DURATION:PT2H",
                  "SUMMARY:Atelier produits ménagers zéro déchet", "LOCATION:Maison Montreuilloise")
    f.on_agenda("atelier-montreuil", 7002, "Fabriquer ses produits ménagers (atelier zéro déchet)",
                [("2022-11-16T17:30:00Z", "2022-11-16T19:30:00Z")],
                "Zero Waste Montreuil",
                location("La Maison Montreuilloise", "1 place Jean-Jaurès", "93100", "Montreuil"))
    # 3: floating times (no zone at all), venue only
    f.on_platform("cine-saint-ouen", 3, "Ciné-débat : « Debout les femmes ! »", at(24, "20:00"), at(24, "22:30"),
                  "Cinéma Le Méliès",
                  place("Espace 1789", "2/4 rue Alexandre Bachelet", "93400", "Saint-Ouen-sur-Seine"))
    f.in_calendar("cine-saint-ouen", "debout-1124@1789", "DTSTART:20221124T200000", "DTEND:20221124T223000",
                  "SUMMARY:Debout les femmes ! + débat", "LOCATION:Espace 1789")
    # 4: all-day copy of a timed event in the ICS
    f.on_platform("marche-vincennes", 4, "Marché de créateurs solidaires", at(26, "10:00"), at(26, "19:00"),
                  "Vincennes Solidaire",
                  place("Cœur de ville", "98 rue de Fontenay", "94300", "Vincennes"))
    f.in_calendar("marche-vincennes", "marche-1126@vincennes", "DTSTART;VALUE=DATE:20221126",
                  "SUMMARY:Marché des créateurs solidaires",
                  "LOCATION:Coeur de Ville\\, 98 rue de Fontenay\\, 94300 Vincennes")
    f.on_agenda("marche-vincennes", 7004, "Marché de créateurs", [(at(26, "10:00"), at(26, "19:00"))],
                "Vincennes Solidaire",
                location("Coeur de Ville", "98 rue de Fontenay", "94300", "Vincennes"))
    # 5: weekly sessions, one RRULE, the platform lists each Tuesday
    sessions = {"2022-11-08": "perm-8", "2022-11-15": "perm-15", "2022-11-22": "perm-22", "2022-11-29": "perm-29"}
    for n, (day, ev) in enumerate(sessions.items()):
        f.on_platform(ev, 10 + n, "Permanence d'accès aux droits", f"{day}T14:00:00+01:00", f"{day}T17:00:00+01:00",
                      "Point d'accès au droit Paris 20",
                      place("Point d'accès au droit", "15 cité Champagne", "75020", "Paris"))
    f.in_calendar({d: e for d, e in sessions.items()}, "perm-pad20@pad", "DTSTART;TZID=Europe/Paris:20221108T140000",
                  "DTEND;TZID=Europe/Paris:20221108T170000", "RRULE:FREQ=WEEKLY;COUNT=4",
                  "SUMMARY:Permanence accès aux droits",
                  "LOCATION:PAD 20\\, 15 cité Champagne\\, 75020 Paris")
    # 6 / 7: hard negatives: two conferences at 19:00 in Paris 11e and Paris 12e, same title
    f.on_platform("conf-11", 14, "Conférence : l'ESS et la ville", at(22, "19:00"), at(22, "21:00"),
                  "Ateliers de Paris",
                  place("Maison des métallos", "94 rue Jean-Pierre Timbaud", "75011", "Paris"))
    f.on_agenda("conf-11", 7014, "L'ESS et la ville - conférence", [(at(22, "19:00"), at(22, "21:00"))],
                "Ateliers de Paris",
                location("Maison des Métallos", "94 rue J.-P. Timbaud", "75011", "Paris"))
    f.on_platform("conf-12", 15, "Conférence : l'ESS et la ville", at(22, "19:00"), at(22, "21:00"), "Mairie du 12e",
                  place("Mairie du 12e", "130 avenue Daumesnil", "75012", "Paris"))
    # 8: Boulogne, « Boulogne-Billancourt » vs « Boulogne », organiser acronym
    f.on_platform("boulogne", 16, "Soirée des entrepreneurs sociaux", at(17, "18:30"), at(17, "21:00"),
                  "Réseau Entreprendre Hauts-de-Seine",
                  place("Espace Landowski", "28 avenue André Morizet", "92100", "Boulogne-Billancourt"))
    f.in_calendar("boulogne", "soiree-es-1117@re92", "DTSTART;TZID=Europe/Paris:20221117T183000",
                  "SUMMARY:Soirée entrepreneurs sociaux (RE 92)",
                  "LOCATION:Espace Landowski\\, Boulogne")

    f.in_form([
        ("forum-11",
         row("IDF-01", "Mairie 11e", "Forum ESS 11e", "19/11/2022", "10h-18h", "Mairie", "12 pl. Léon Blum", "75011",
             "Paris 11")),
        ("cine-saint-ouen",
         row("IDF-02", "Méliès", "Debout les femmes - ciné débat", "24/11/2022", "20h", "Espace 1789", "", "93400",
             "Saint-Ouen")),
        ("conf-12",
         row("IDF-03", "Mairie du 12ème", "Conférence ESS et ville", "22/11/2022", "19h", "Mairie du XIIe", "",
             "75012", "PARIS")),
        ("perm-15",
         row("IDF-04", "PAD 20", "Permanence accès au droit", "15/11/2022", "14h-17h", "", "15 cité Champagne",
             "75020", "Paris")),
    ])
    return f


def _bretagne_calendars_by_hand() -> Feeds:
    """Bretagne (written by a helper): 21 events, 57 listings; a hand-kept calendar writing local
    times with a Z, LOCATION the venue or the town alone, the issue's two repair cafés in Rennes one afternoon."""
    f = Feeds()
    f.calendar_head = ""  # no X-WR-TIMEZONE: floating times read with the source's zone option

    # 1 / 2 HARD NEGATIVE: two repair cafés in Rennes the same Saturday afternoon
    f.on_platform("rc-maurepas", 1, "Repair café de Maurepas", at(19, "14:00"), at(19, "17:30"),
                  "Maurepas en Transition",
                  place("Pôle associatif de la Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes"))
    f.on_agenda("rc-maurepas", 3001, "Repair Café - Maurepas", [(at(19, "14:00"), at(19, "17:30"))],
                "Maurepas en Transition",
                location("Pôle associatif de la Marbaudais", "32 rue de la Marbaudais", "35700", "Rennes",
                         insee="35238",
                  latitude=48.1262, longitude=-1.6589))
    f.on_platform("rc-blosne", 2, "Repair café du Blosne", at(19, "14:00"), at(19, "18:00"), "Les Bricoleurs du Blosne",
                  place("Maison de quartier Le Triangle", "Boulevard de Yougoslavie", "35200", "Rennes"))
    f.in_calendar("rc-blosne", "20221019-rcblosne@rennes-transition", "DTSTART:20221119T140000Z",
                  "DTEND:20221119T180000Z",
                  "SUMMARY:Repair café", "LOCATION:Rennes")
    f.in_calendar("rc-maurepas", "20221019-rcmaurepas@rennes-transition", "DTSTART;TZID=Europe/Paris:20221119T140000",
                  "DTEND;TZID=Europe/Paris:20221119T173000", "SUMMARY:Repair café Maurepas",
                  "LOCATION:Pôle associatif Marbaudais")

    # 3 webinar France Active Bretagne: platform « En ligne », agenda a Zoom link, form « Visio » with acronym
    f.on_platform("fa-webinaire", 3, "Webinaire : financer son projet d'utilité sociale", at(15, "12:15"),
                  at(15, "13:30"),
                  "France Active Bretagne", ONLINE, modality="En ligne")
    f.on_agenda("fa-webinaire", 3003, "Financer son projet d'utilité sociale - webinaire",
                [(at(15, "12:15"), at(15, "13:30"))],
                "France Active Bretagne", {}, mode=2,
                onlineAccessLink="https://us06web.zoom.us/j/84512236671?pwd=RkFCcmV0YWduZQ")

    # 4 / 5 HARD NEGATIVE: two ciné-débats in Brest the same evening, two cinemas
    f.on_platform("cine-studios", 4, "Ciné-débat « Demain »", at(17, "20:00"), at(17, "22:30"), "Brest en Transition",
                  place("Cinéma Les Studios", "136 rue Jean Jaurès", "29200", "Brest"))
    f.in_calendar("cine-studios", "cine-demain-brest@bet", "DTSTART:20221117T200000Z", "DTEND:20221117T223000Z",
                  "SUMMARY:Ciné-débat Demain", "LOCATION:Les Studios")
    f.on_platform("cine-multiplexe", 5, "Ciné-débat « La Part des autres »", at(17, "20:30"), at(17, "23:00"),
                  "Ingalañ",
                  place("Cinéma Multiplexe Liberté", "Avenue Clemenceau", "29200", "Brest"))
    f.on_agenda("cine-multiplexe", 3005, "Projection-débat : La part des autres", [(at(17, "20:30"), at(17, "23:00"))],
                "Ingalañ",
                location("Multiplexe Liberté", "Avenue Georges Clemenceau", "29200", "Brest", insee="29019"))

    # 6 Lorient forum: four sources
    LORIENT_PDC = place("Palais des congrès", "Quai du Péristyle", "56100", "Lorient")
    f.on_platform("forum-lorient", 6, "Forum de l'emploi dans l'économie sociale et solidaire", at(22, "09:30"),
                  at(22, "17:00"),
                  "CRESS Bretagne", LORIENT_PDC)
    f.on_agenda("forum-lorient", 3006, "Forum emploi ESS du Pays de Lorient", [(at(22, "09:30"), at(22, "17:00"))],
                "Chambre régionale de l'économie sociale et solidaire de Bretagne",
                location("Palais des congrès de Lorient", "Quai du Péristyle", "56100", "Lorient", insee="56121"))
    f.in_calendar("forum-lorient", "forum-emploi-lorient@bet", "DTSTART;TZID=Europe/Paris:20221122T093000",
                  "DTEND;TZID=Europe/Paris:20221122T170000", "SUMMARY:Forum Emploi ESS",
                  "LOCATION:Palais des Congrès\\, Lorient")

    # 7 Quimper fresque, calendar with the slip
    f.on_platform("fresque-quimper", 7, "Atelier Fresque du Climat", at(24, "18:00"), at(24, "21:00"),
                  "Quimper en Transition",
                  place("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper"))
    f.in_calendar("fresque-quimper", "fresque-24@bet", "DTSTART:20221124T180000Z", "DTEND:20221124T210000Z",
                  "SUMMARY:Fresque du climat", "LOCATION:Maison des associations\\, 53 impasse de l'Odet\\, Quimper")

    # 8 Saint-Brieuc CAE conference, title reworded, organiser acronym in the form
    f.on_platform("cae-sb", 8, "Conférence : entreprendre autrement en coopérative d'activité et d'emploi",
                  at(16, "18:30"),
                  at(16, "20:30"), "Coopérative d'activité et d'emploi Avant-Premières",
                  place("Espace Lamartine", "1 rue Lamartine", "22000", "Saint-Brieuc"))
    f.on_agenda("cae-sb", 3008, "Entreprendre autrement : la CAE, c'est quoi ?", [(at(16, "18:30"), at(16, "20:30"))],
                "Avant-Premières",
                location("Espace Lamartine", "1 rue Lamartine", "22000", "Saint-Brieuc", insee="22278"))

    # 9 rural market Langouët, calendar all-day
    f.on_platform("marche-langouet", 9, "Marché des producteurs et artisans solidaires", at(26, "09:00"),
                  at(26, "13:00"),
                  "Langouët Solidaire", place("Place de l'Église", "", "35630", "Langouët"))
    f.in_calendar("marche-langouet", "marche-langouet@bet", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221127",
                  "SUMMARY:Marché solidaire de Langouët", "LOCATION:Place de l'église\\, Langouët")

    # 10 farm visit in Plounéour-Ménez
    f.on_platform("ferme", 10, "Visite de la ferme coopérative de Kerouat", at(12, "10:00"), at(12, "12:00"),
                  "Scic Ferme de Kerouat", place("Ferme de Kerouat", "Lieu-dit Kerouat", "29410", "Plounéour-Ménez"))
    f.on_agenda("ferme", 3010, "Visite de la ferme de Kerouat (Scic)", [(at(12, "10:00"), at(12, "12:00"))],
                "Ferme de Kerouat",
                location("Ferme de Kerouat", "Kerouat", "29410", "Plounéour-Ménez", insee="29202"))

    # 11 / 12 HARD NEGATIVE: CRESS Bretagne's two events in Rennes the same day
    f.on_platform("cress-marches", 11, "Matinale : l'ESS et les marchés publics", at(29, "09:00"), at(29, "11:00"),
                  "CRESS Bretagne", place("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes"))
    f.on_agenda("cress-marches", 3011, "Matinale ESS & marchés publics", [(at(29, "09:00"), at(29, "11:00"))],
                "CRESS Bretagne",
                location("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes", insee="35238"))
    f.on_platform("cress-impact", 12, "Atelier : mesurer son impact social", at(29, "14:00"), at(29, "16:30"),
                  "CRESS Bretagne", place("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes"))
    f.on_agenda("cress-impact", 3012, "Mesurer son impact social : atelier pratique",
                [(at(29, "14:00"), at(29, "16:30"))],
                "CRESS Bretagne", location("Maison de l'ESS", "15 rue Martenot", "35000", "Rennes", insee="35238"))

    # 13 webinar URSCOP, Teams link in calendar and agenda
    TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ0ZmFiYzIt%40thread.v2/0"
    f.on_platform("scic", 13, "Webinaire « Créer une SCIC : mode d'emploi »", at(10, "11:00"), at(10, "12:00"),
                  "Union régionale des Scop de l'Ouest", ONLINE, modality="En ligne")
    f.on_agenda("scic", 3013, "Créer une Scic, mode d'emploi (webinaire)", [(at(10, "11:00"), at(10, "12:00"))],
                "URSCOP Ouest", {}, mode=2, onlineAccessLink=TEAMS)
    f.in_calendar("scic", "scic-webinaire@bet", "DTSTART;TZID=Europe/Paris:20221110T110000",
                  "DTEND;TZID=Europe/Paris:20221110T120000", "SUMMARY:Webinaire SCIC", f"LOCATION:{TEAMS}")

    # 14 sewing workshop series in Lorient (three Tuesdays): sessions kept apart
    f.in_calendar({"2022-11-08": "couture-8", "2022-11-15": "couture-15", "2022-11-22": "couture-22"}, "couture@bet",
                  "DTSTART;TZID=Europe/Paris:20221108T140000", "DTEND;TZID=Europe/Paris:20221108T170000",
                  "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Atelier couture récup'",
                  "LOCATION:La Recyclerie du Pays de Lorient")
    f.on_platform("couture-8", 14, "Atelier couture récup'", at(8, "14:00"), at(8, "17:00"),
                  "Recyclerie du Pays de Lorient",
                  place("La Recyclerie", "12 rue Colbert", "56100", "Lorient"))
    f.on_platform("couture-15", 15, "Atelier couture récup'", at(15, "14:00"), at(15, "17:00"),
                  "Recyclerie du Pays de Lorient",
                  place("La Recyclerie", "12 rue Colbert", "56100", "Lorient"))

    # 15 Brest ressourcerie open days, two days
    f.on_platform("po-ressourcerie", 16, "Portes ouvertes de la ressourcerie Un Peu d'R", at(18, "10:00"),
                  at(19, "18:00"),
                  "Un Peu d'R", place("Un Peu d'R", "3 rue Jean-Marie Le Bris", "29200", "Brest"))
    f.in_calendar("po-ressourcerie", "po-unpeudr@bet", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221120",
                  "SUMMARY:Portes ouvertes Un peu d'R", "LOCATION:Un Peu d'R")
    f.on_agenda("po-ressourcerie", 3016, "Portes ouvertes à la ressourcerie",
                [(at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00"))], "Un Peu d'R",
                location("Ressourcerie Un Peu d'R", "3 rue Jean-Marie Le Bris", "29200", "Brest", insee="29019"))

    # 16 Lannion bike workshop: venue in one copy, street in the other
    f.on_platform("velo-lannion", 17, "Atelier d'autoréparation de vélos", at(23, "14:00"), at(23, "18:00"),
                  "Vélo Utile Lannion",
                  place("Atelier Vélo Utile", "", "22300", "Lannion"))
    f.on_agenda("velo-lannion", 3017, "Atelier vélo participatif", [(at(23, "14:00"), at(23, "18:00"))], "Vélo Utile",
                location("", "7 rue de Kerampont", "22300", "Lannion", insee="22113"))

    # 17 Morlaix games evening (alone)
    f.on_platform("jeux-morlaix", 18, "Soirée jeux coopératifs", at(25, "20:00"), at(25, "23:00"),
                  "Ludothèque Au Bois des Jeux",
                  place("Espace du Pouliet", "Rue du Pouliet", "29600", "Morlaix"))

    # 18 Rennes round table, calendar slip and prefix
    f.on_platform("tr-femmes", 19, "Table ronde : les femmes entrepreneuses de l'ESS", at(21, "18:00"), at(21, "20:00"),
                  "Les Premières Bretagne", place("Le Hublot", "2 allée Marie Berhaut", "35000", "Rennes"))
    f.in_calendar("tr-femmes", "tr-femmes@bet", "DTSTART:20221121T180000Z", "DTEND:20221121T200000Z",
                  "SUMMARY:[Mois de l'ESS] Table ronde femmes entrepreneuses", "LOCATION:Le Hublot")
    f.on_agenda("tr-femmes", 3019, "Femmes entrepreneuses de l'ESS : table ronde", [(at(21, "18:00"), at(21, "20:00"))],
                "Les Premières Bretagne",
                location("Le Hublot", "2 allée Marie Berhaut", "35000", "Rennes", insee="35238"))

    # 19 Vannes circular economy, typo in the form
    f.on_platform("eco-circ", 20, "Rencontre : l'économie circulaire en pays de Vannes", at(10, "17:30"),
                  at(10, "19:30"),
                  "Golfe du Morbihan - Vannes agglomération",
                  place("Hôtel de ville", "Place Maurice Marchais", "56000", "Vannes"))

    f.in_form([
        ("rc-maurepas",
         row("BZH-101", "Maurepas en Transition", "Repair Café", "19/11/2022", "14h-17h30", "Pôle asso Marbaudais",
                            "32 r. de la Marbaudais", "35700", "RENNES")),
        ("fa-webinaire",
         row("BZH-102", "FAB", "Webinaire financer son projet", "15/11/2022", "12h15-13h30", "Visio",
             form="Distanciel")),
        ("cine-studios",
         row("BZH-103", "Brest en Transition", "Ciné débat Demain", "17/11/2022", "20h", "Les Studios", "", "29200",
             "Brest")),
        ("forum-lorient", row("BZH-104", "CRESS", "Forum emploi ESS", "22/11/2022", "Toute la journée",
                              "Palais des Congrès quai du Péristyle", "", "56100", "Lorient")),
        ("cae-sb",
         row("BZH-105", "CAE Avant-Premières", "Conférence CAE", "16/11/2022", "18h30", "", "1 r. Lamartine", "22000",
             "St-Brieuc")),
        ("ferme",
         row("BZH-106", "Ferme de Kerouat", "Visite ferme", "12/11/2022", "matin", "Kerouat", "", "29410",
             "Plouneour-Menez")),
        ("cress-marches",
         row("BZH-107", "CRESS Bretagne", "Matinale marchés publics", "29/11/2022", "9h-11h", "Maison de l'ESS",
                              "15 rue Martenot", "35000", "Rennes")),
        ("cress-impact",
         row("BZH-108", "CRESS Bretagne", "Atelier impact social", "29/11/2022", "14h-16h30", "Maison de l'ESS",
                             "15 rue Martenot", "35000", "Rennes")),
        ("couture-8",
         row("BZH-109", "Recyclerie Pays de Lorient", "Atelier couture", "08/11/2022", "14h-17h", "La Recyclerie", "",
                          "56100", "Lorient")),
        ("velo-lannion", row("BZH-110", "Vélo Utile", "Atelier auto-réparation vélo", "23/11/2022", "après-midi", "",
                             "7 r. de Kerampont", "22300", "Lannion")),
        ("eco-circ",
         row("BZH-111", "GMVA", "Rencontre économie circularie", "10/11/2022", "17h30-19h30", "Hôtel de ville", "",
                         "56000", "Vannes")),
        ("jeux-morlaix",
         row("BZH-112", "Au Bois des Jeux", "Soirée jeux", "25/11/2022", "", "Espace du Pouliet", "", "", "Morlaix")),
        ("marche-langouet",
         row("BZH-113", "Langouët Solidaire", "Marché producteurs & artisans", "26/11/2022", "9h-13h",
                                "Place de l'église", "", "35630", "Langouet")),
    ])
    return f


def _nouvelle_aquitaine_date_only() -> Feeds:
    """Nouvelle-Aquitaine (written by a helper): 22 events, 59 listings; date-only rows whose
    « Lieu » holds venue, street and town, a Google calendar in UTC with Meet links, cities in capitals."""
    f = Feeds()
    f.calendar_head = "X-WR-CALNAME:Mois ESS Nouvelle-Aquitaine\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
    def location(name, street, cp, city, **more): return {"name": name, "address": f"{street}, {cp} {city}",
                                                          "postalCode": cp, "city": city, **more}

    # 1 / 2 HARD NEGATIVE: two ciné-débats in Bordeaux the same evening
    f.on_platform("cine-utopia", 1, "Ciné-débat « Nous la mangerons, c'est la moindre des choses »", at(15, "20:30"),
                  at(15, "23:00"), "Terre de Liens Aquitaine",
                  place("Cinéma Utopia", "5 place Camille Jullian", "33000", "BORDEAUX"))
    f.in_calendar("cine-utopia", "5k2v9c@google.com", "DTSTART:20221115T193000Z", "DTEND:20221115T220000Z",
                  "SUMMARY:Ciné-débat Terre de Liens", "LOCATION:Bordeaux")
    f.on_platform("cine-ugc", 2, "Ciné-débat « Animal »", at(15, "20:00"), at(15, "22:30"), "Alternatiba Bordeaux",
                  place("UGC Ciné Cité", "13-15 rue Georges Bonnac", "33000", "BORDEAUX"))
    f.on_agenda("cine-ugc", 5002, "Projection-débat : Animal, de Cyril Dion", [(at(15, "20:00"), at(15, "22:30"))],
                "Alternatiba Bordeaux",
                location("UGC Ciné Cité Bordeaux", "13-15 rue Georges Bonnac", "33000", "Bordeaux"))

    # 3 Limoges forum: four sources
    f.on_platform("forum-limoges", 3, "Forum emploi et engagement dans l'ESS", at(17, "09:00"), at(17, "17:00"),
                  "CRESS Nouvelle-Aquitaine",
                  place("Espace Simone Veil", "3 place Winston Churchill", "87000", "LIMOGES"))
    f.on_agenda("forum-limoges", 5003, "Forum de l'emploi et de l'engagement ESS - Limoges",
                [(at(17, "09:00"), at(17, "17:00"))],
                "CRESS Nouvelle-Aquitaine",
                location("Espace Simone Veil", "3 place Winston Churchill", "87000", "Limoges"))
    f.in_calendar("forum-limoges", "7hq1mm@google.com", "DTSTART:20221117T080000Z", "DTEND:20221117T160000Z",
                  "SUMMARY:Forum emploi ESS Limoges",
                  "LOCATION:Espace Simone Veil\\, 3 Pl. Winston Churchill\\, 87000 Limoges\\, France")

    # 4 Poitiers local currency conference, acronym organiser
    f.on_platform("monnaie", 4, "Conférence : une monnaie locale pour le Poitou ?", at(23, "19:00"), at(23, "21:00"),
                  "Association pour une monnaie locale en Poitou",
                  place("Maison des Trois Quartiers", "23 rue du Pigeon Blanc", "86000", "POITIERS"))
    f.on_agenda("monnaie", 5004, "Une monnaie locale pour le Poitou ? Conférence-débat",
                [(at(23, "19:00"), at(23, "21:00"))],
                "AMLP", location("Maison des 3 Quartiers", "23 rue du Pigeon Blanc", "86000", "Poitiers"))

    # 5 Pau repair café, the second calendar's local time written as Z (slip)
    f.on_platform("rc-pau", 5, "Repair café du Hédas", at(19, "14:00"), at(19, "17:00"), "Pau à Vélo et Répare",
                  place("Maison du Hédas", "Rue du Hédas", "64000", "PAU"))
    f.in_calendar("rc-pau", "repair-hedas-2022@asso-pau.fr", "DTSTART:20221119T140000Z", "DTEND:20221119T170000Z",
                  "SUMMARY:REPAIR CAFÉ", "LOCATION:Maison du Hédas")

    # 6 La Rochelle webinar: « En ligne » on the platform, Meet link in the agenda and the calendar
    MEET = "https://meet.google.com/xkr-ntqa-fjp"
    f.on_platform("nautisme", 6, "Webinaire : économie circulaire et filière nautique", at(24, "11:00"),
                  at(24, "12:00"),
                  "Atlantic Nautisme Circulaire", {"name": "Visioconférence"}, modality="En ligne")
    f.on_agenda("nautisme", 5006, "L'économie circulaire dans le nautisme - webinaire",
                [(at(24, "11:00"), at(24, "12:00"))],
                "Atlantic Nautisme Circulaire", {}, mode=2, onlineAccessLink=MEET)
    f.in_calendar("nautisme", "3gg0ab@google.com", "DTSTART:20221124T100000Z", "DTEND:20221124T110000Z",
                  "SUMMARY:Webinaire nautisme & économie circulaire", f"LOCATION:{MEET}")

    # 7 Saint-Léonard-de-Noblat farmers' market
    f.on_platform("marche-noblat", 7, "Marché paysan et solidaire", at(20, "09:00"), at(20, "13:00"),
                  "Les Amis de la Terre Limousin",
                  place("Place de la République", "", "87400", "SAINT-LÉONARD-DE-NOBLAT"))

    # 8 Bayonne round table, four sources
    f.on_platform("eusko", 8, "Table ronde : l'Eusko, dix ans de monnaie locale", at(22, "18:30"), at(22, "20:30"),
                  "Euskal Moneta",
                  place("Tiers-lieu Ttipi Ttapa", "Rue Pannecau", "64100", "BAYONNE"))
    f.on_agenda("eusko", 5008, "L'Eusko a 10 ans : table ronde", [(at(22, "18:30"), at(22, "20:30"))], "Euskal Moneta",
                location("Ttipi Ttapa", "Rue Pannecau", "64100", "Bayonne"))
    f.in_calendar("eusko", "eusko10@google.com", "DTSTART:20221122T173000Z", "DTEND:20221122T193000Z",
                  "SUMMARY:Table ronde Eusko 10 ans", "LOCATION:Ttipi Ttapa\\, Bayonne")

    # 9 URSCOP webinar, acronym in the agenda
    f.on_platform("scic-na", 9, "Webinaire : la Scic, un outil pour les territoires", at(10, "14:00"), at(10, "15:00"),
                  "Union régionale des Scop et Scic Nouvelle-Aquitaine", ONLINE, modality="En ligne")
    f.on_agenda("scic-na", 5009, "La SCIC, un outil pour les territoires (webinaire)",
                [(at(10, "14:00"), at(10, "15:00"))],
                "URSCOP NA", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/82004455667")

    # 10 / 11 HARD NEGATIVE: ATIS's two events in Bordeaux the same day
    f.on_platform("atis-atelier", 10, "Atelier : entreprendre en coopérative", at(8, "09:30"), at(8, "12:00"), "ATIS",
                  place("Darwin Écosystème", "87 quai des Queyries", "33100", "BORDEAUX"))
    f.on_agenda("atis-atelier", 5010, "Entreprendre en coopérative : atelier découverte",
                [(at(8, "09:30"), at(8, "12:00"))],
                "ATIS - Association Territoires et Innovation Sociale",
                location("Darwin", "87 quai des Queyries", "33100", "Bordeaux"))
    f.on_platform("atis-apero", 11, "Apéro-coop des porteurs de projet", at(8, "18:30"), at(8, "20:30"), "ATIS",
                  place("Darwin Écosystème", "87 quai des Queyries", "33100", "BORDEAUX"))
    f.in_calendar("atis-apero", "atisapero@google.com", "DTSTART:20221108T173000Z", "DTEND:20221108T193000Z",
                  "SUMMARY:Apéro coop ATIS", "LOCATION:Darwin\\, 87 Quai des Queyries\\, 33100 Bordeaux")

    # 12 series: compost initiation on three Thursdays in Poitiers (sessions kept apart)
    f.in_calendar({"2022-11-10": "compost-10", "2022-11-17": "compost-17", "2022-11-24": "compost-24"},
                  "compostpoitiers@google.com",
                  "DTSTART:20221110T170000Z", "DTEND:20221110T190000Z", "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3",
                  "SUMMARY:Initiation compostage", "LOCATION:Jardin des Couronneries\\, Poitiers")
    for n, day in ((12, 10), (13, 17), (14, 24)):
        f.on_platform(f"compost-{day}", n, "Initiation au compostage", at(day, "18:00"), at(day, "20:00"),
                      "Compost'Age Poitiers",
                      place("Jardin partagé des Couronneries", "Boulevard Savari", "86000", "POITIERS"))

    # 13 / 14 HARD NEGATIVE: Familles Rurales, same workshop same time in Guéret and Aubusson
    f.on_platform("num-gueret", 15, "Atelier numérique pour les seniors", at(18, "14:00"), at(18, "16:00"),
                  "Familles Rurales Creuse",
                  place("Médiathèque du Grand Guéret", "7 avenue Pierre Leroux", "23000", "GUÉRET"))
    f.on_platform("num-aubusson", 16, "Atelier numérique pour les seniors", at(18, "14:00"), at(18, "16:00"),
                  "Familles Rurales Creuse",
                  place("Maison de l'emploi et de la formation", "Rue Jules Sandeau", "23200", "AUBUSSON"))
    f.on_agenda("num-aubusson", 5016, "Atelier numérique seniors", [(at(18, "14:00"), at(18, "16:00"))],
                "Familles Rurales 23",
                location("", "Rue Jules Sandeau", "23200", "Aubusson"))

    # 15 Angoulême festival evening
    f.on_platform("festisol", 17, "Soirée d'ouverture du Festival des solidarités", at(18, "19:00"), at(18, "22:00"),
                  "Collectif Festisol Angoulême",
                  place("Espace Franquin", "1 ter boulevard Berthelot", "16000", "ANGOULÊME"))
    f.on_agenda("festisol", 5017, "Festisol : soirée d'ouverture", [(at(18, "19:00"), at(18, "22:00"))],
                "Festisol Angoulême",
                location("Espace Franquin", "1 ter bd Berthelot", "16000", "Angoulême"))

    # 16 Niort mutual conference, acronym organiser in the form
    f.on_platform("mutuelles", 18, "Conférence : les mutuelles, d'hier à demain", at(29, "18:00"), at(29, "20:00"),
                  "Mutualité Française Nouvelle-Aquitaine",
                  place("Le Moulin du Roc", "9 boulevard Main", "79000", "NIORT"))
    f.in_calendar("mutuelles", "mfna-niort@google.com", "DTSTART:20221129T170000Z", "DTEND:20221129T190000Z",
                  "SUMMARY:Les mutuelles d'hier à demain", "LOCATION:Moulin du Roc\\, Niort")

    # 17 Périgueux disco soup (alone)
    f.on_platform("disco", 19, "Disco soupe anti-gaspillage", at(26, "11:00"), at(26, "14:00"), "Slow Food Périgord",
                  place("Place Saint-Louis", "", "24000", "PÉRIGUEUX"))

    # 18 Mérignac recyclerie open days (two days), all-day in the calendar
    f.on_platform("recyclerie", 20, "Portes ouvertes de la recyclerie", at(25, "10:00"), at(26, "18:00"),
                  "Recyclerie de Mérignac",
                  place("La Recyclerie", "14 avenue de la Somme", "33700", "MÉRIGNAC"))
    f.in_calendar("recyclerie", "porecy@google.com", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221127",
                  "SUMMARY:Portes ouvertes Recyclerie", "LOCATION:14 av. de la Somme\\, Mérignac")

    # 19 Agen ESAT visit
    f.on_platform("esat", 21, "Visite de l'ESAT et de ses ateliers", at(16, "10:00"), at(16, "12:00"),
                  "ESAT du Pays de l'Agenais",
                  place("ESAT", "Rue de Sevin", "47000", "AGEN"))
    f.on_agenda("esat", 5021, "Découverte d'un ESAT : visite des ateliers", [(at(16, "10:00"), at(16, "12:00"))],
                "Esat Pays Agenais", location("ESAT du Pays de l'Agenais", "rue de Sevin", "47000", "Agen"))

    # 20 Pessac bike workshop: venue in one copy, street in the other, local-as-Z slip
    f.on_platform("velo-pessac", 22, "Atelier d'autoréparation de vélos", at(12, "14:00"), at(12, "18:00"),
                  "Vélo-Cité Pessac",
                  place("La Cyclerie", "", "33600", "PESSAC"))
    f.in_calendar("velo-pessac", "velocite-pessac@asso-pau.fr", "DTSTART:20221112T140000Z", "DTEND:20221112T180000Z",
                  "SUMMARY:Atelier vélo", "LOCATION:21 rue de Camponac\\, Pessac")

    f.in_form([
        ("cine-utopia",
         row("NA-2022-001", "Terre de Liens", "Ciné-débat Nous la mangerons", "15/11/2022", "",
             "Utopia, 5 place Camille Jullian, Bordeaux")),
        ("forum-limoges",
         row("NA-2022-002", "CRESS NA", "Forum emploi engagement ESS", "17/11/2022", "",
             "Espace Simone Veil, 3 pl. W. Churchill, 87000 Limoges")),
        ("monnaie",
         row("NA-2022-003", "AMLP", "Conférence monnaie locale", "23/11/2022", "19h",
             "Maison des 3 Quartiers, Poitiers")),
        ("nautisme", row("NA-2022-004", "ANC", "Webinaire nautisme", "24/11/2022", "", "En ligne", form="Distanciel")),
        ("marche-noblat",
         row("NA-2022-005", "Amis de la Terre Limousin", "Marché paysan", "20/11/2022", "",
             "Place de la République, St-Léonard-de-Noblat")),
        ("eusko",
         row("NA-2022-006", "Euskal Moneta", "Table ronde Eusko", "22/11/2022", "",
             "Ttipi Ttapa, rue Pannecau, Bayonne")),
        ("atis-atelier",
         row("NA-2022-007", "ATIS", "Atelier entreprendre en coop", "08/11/2022", "9h30", "Darwin, Bordeaux")),
        ("atis-apero", row("NA-2022-008", "ATIS", "Apéro coop", "08/11/2022", "18h30", "Darwin, Bordeaux")),
        ("compost-10",
         row("NA-2022-009", "Compost'Age", "Initiation compostage (1/3)", "10/11/2022", "",
             "Jardin des Couronneries, Poitiers")),
        ("num-gueret",
         row("NA-2022-010", "Familles Rurales 23", "Atelier numérique seniors", "18/11/2022", "",
             "Médiathèque, Guéret")),
        ("festisol",
         row("NA-2022-011", "Festisol", "Soirée d'ouverture Festisol", "18/11/2022", "", "Espace Franquin, Angoulême")),
        ("mutuelles",
         row("NA-2022-012", "MFNA", "Conférence mutuelles", "29/11/2022", "", "Moulin du Roc, 9 bd Main, Niort")),
        ("esat", row("NA-2022-013", "ESAT Pays de l'Agenais", "Visite ESAT", "16/11/2022", "", "rue de Sevin, Agen")),
        ("recyclerie",
         row("NA-2022-014", "Recyclerie de Mérignac", "Portes ouvertes", "25/11/2022", "",
             "La Recyclerie, 14 av. de la Somme, Mérignac")),
        ("disco",
         row("NA-2022-015", "Slow Food Périgord", "Disco soupe", "26/11/2022", "", "Place St-Louis, Périgueux")),
    ], bom=True)
    return f


def _centre_bourgogne_places() -> Feeds:
    """Centre-Val de Loire and Bourgogne: 11 events, 25 listings; places by name in one source
    and by street in another, two venues on one street, one venue name in two towns."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    # 1: Orléans, « Le 108 » by name on the platform, by street in the ICS
    f.on_platform("concert-108", 1, "Concert solidaire au profit des Restos du cœur", at(18, "20:30"), at(18, "23:30"),
                  "Collectif 108",
                  place("Le 108", "108 rue de Bourgogne", "45000", "Orléans"))
    f.in_calendar("concert-108", "concert-solidaire@108", "DTSTART;TZID=Europe/Paris:20221118T203000",
                  "SUMMARY:Concert solidaire (Restos du Coeur)", "LOCATION:108 rue de Bourgogne\\, 45000 Orléans")
    # 2 / 3: two venues on one street in Orléans the same evening, one kind of event
    f.on_platform("astrolabe", 2, "Soirée jeux coopératifs", at(18, "19:00"), at(18, "22:00"), "Ludo'Loire",
                  place("L'Astrolabe", "1 rue Alexandre Avisse", "45000", "Orléans"))
    f.on_agenda("astrolabe", 9002, "Soirée jeux coopératifs", [(at(18, "19:00"), at(18, "22:00"))], "Ludo'Loire",
                location("Astrolabe", "1 r. A. Avisse", "45000", "Orléans"))
    f.on_platform("maison-asso-orleans", 3, "Soirée jeux de société solidaire", at(18, "19:00"), at(18, "22:00"),
                  "Jeux Partage 45",
                  place("Maison des associations", "46 ter rue Sainte-Catherine", "45000", "Orléans"))
    # 4: Tours, the venue by name only in the sheet (town given), street only in the agenda
    f.on_platform("fabrique-tours", 4, "Atelier couture zéro déchet", at(12, "14:00"), at(12, "17:00"),
                  "La Fabrique Solidaire",
                  place("La Fabrique", "17 rue Bernard Palissy", "37000", "Tours"))
    f.on_agenda("fabrique-tours", 9004, "Couture zéro déchet : atelier", [(at(12, "14:00"), at(12, "17:00"))],
                "La Fabrique Solidaire",
                location("", "17 rue B. Palissy", "37000", "Tours"))
    # 5: Dijon, a street with a range of numbers, « 2-4 » / « 4 »
    f.on_platform("dijon-forum", 5, "Forum des initiatives solidaires", at(19, "10:00"), at(19, "18:00"),
                  "Ville de Dijon",
                  place("Salle de Flore", "2-4 rue Lamonnoye", "21000", "Dijon"))
    f.in_calendar("dijon-forum", "forum-solidaire@dijon", "DTSTART;TZID=Europe/Paris:20221119T100000",
                  "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Forum des initiatives solidaires",
                  "LOCATION:4 rue Lamonnoye\\, Dijon")
    # 6 / 7: « Salle des fêtes » in two towns, one title, one time, the sheet naming only the venue and the town
    f.on_platform("sdf-chenove", 6, "Bourse aux vêtements", at(26, "09:00"), at(26, "17:00"),
                  "Familles Rurales Chenôve",
                  place("Salle des fêtes", "Rue Armand Thibaut", "21300", "Chenôve"))
    f.on_platform("sdf-talant", 7, "Bourse aux vêtements", at(26, "09:00"), at(26, "17:00"), "Familles Rurales Talant",
                  place("Salle des fêtes", "Place du 8 Mai 1945", "21240", "Talant"))
    # 8: Auxerre, a venue by name on the agenda and by street in the sheet, date only
    f.on_platform("auxerre-visite", 8, "Visite de la recyclerie", at(23, "14:00"), at(23, "16:00"),
                  "La Recyclerie de l'Yonne",
                  place("La Recyclerie", "12 avenue de la Puisaye", "89000", "Auxerre"))
    f.on_agenda("auxerre-visite", 9008, "Visite guidée de la Recyclerie", [(at(23, "14:00"), at(23, "16:00"))],
                "Recyclerie de l'Yonne",
                location("La Recyclerie", "12 av. de la Puisaye", "89000", "Auxerre"))
    # 9: Blois, the town alone in the ICS, one hour off, with a twin in Blois the same day at another hour
    f.on_platform("blois-cine", 9, "Ciné-débat « Bigger than us »", at(24, "20:00"), at(24, "22:30"),
                  "Cinéma Les Lobis",
                  place("Cinéma Les Lobis", "12 avenue du Maréchal Maunoury", "41000", "Blois"))
    f.in_calendar("blois-cine", "bigger@lobis", "DTSTART:20221124T200000Z", "SUMMARY:Bigger than us - ciné-débat",
                  "LOCATION:Blois")
    f.on_platform("blois-cine-2", 10, "Ciné-débat « Animal »", at(24, "17:00"), at(24, "19:30"), "Cinéma Les Lobis",
                  place("Cinéma Les Lobis", "12 avenue du Maréchal Maunoury", "41000", "Blois"))
    # 11: Chartres, the venue's name differs (« Off » / « L'Off ») and the agenda gives coordinates only
    f.on_platform("chartres", 11, "Rencontre des acteurs de l'ESS d'Eure-et-Loir", at(17, "18:00"), at(17, "20:00"),
                  "CRESS Centre-Val de Loire",
                  place("L'Off", "38 rue des Grandes Filles Dieu", "28000", "Chartres"))
    f.on_agenda("chartres", 9011, "Rencontre ESS Eure-et-Loir", [(at(17, "18:00"), at(17, "20:00"))],
                "CRESS Centre-Val de Loire",
                {"name": "Off", "address": "", "city": "Chartres", "postalCode": "28000", "latitude": 48.4469,
                 "longitude": 1.4891})

    f.in_form([
        ("concert-108",
         row("CB-01", "Collectif 108", "Concert solidaire", "18/11/2022", "20h30", "Le 108", "", "45000", "Orléans")),
        ("maison-asso-orleans",
         row("CB-02", "Jeux Partage 45", "Soirée jeux solidaire", "18/11/2022", "19h-22h", "MDA",
             "46 ter r. Ste-Catherine", "45000", "Orléans")),
        ("fabrique-tours",
         row("CB-03", "Fabrique Solidaire", "Atelier couture", "12/11/2022", "14h", "La Fabrique", "", "", "Tours")),
        ("sdf-chenove",
         row("CB-04", "Familles Rurales", "Bourse aux vêtements", "26/11/2022", "", "Salle des fêtes", "", "",
             "Chenôve")),
        ("sdf-talant",
         row("CB-05", "Familles Rurales", "Bourse aux vêtements", "26/11/2022", "", "Salle des fêtes", "", "",
             "Talant")),
        ("auxerre-visite",
         row("CB-06", "Recyclerie 89", "Visite recyclerie", "23/11/2022", "", "", "12 av de la Puisaye", "89000",
             "AUXERRE")),
        ("dijon-forum",
         row("CB-07", "Ville de Dijon", "Forum initiatives solidaires", "19/11/2022", "10h-18h", "Salle de Flore", "",
             "21000", "Dijon")),
    ])
    return f


def _auvergne_rhone_alpes_online() -> Feeds:
    """Auvergne-Rhône-Alpes online and hybrid: 7 events, 20 listings; links in four places,
    « Distanciel », two organisers' webinars at one hour, an event moved online still at its venue in one source."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    f.on_platform("web-achats", 1, "Webinaire : les achats responsables dans les collectivités", at(8, "10:00"),
                  at(8, "11:30"),
                  "Auvergne-Rhône-Alpes Commande publique responsable", ONLINE, modality="En ligne")
    f.on_agenda("web-achats", 9101, "Achats responsables des collectivités (webinaire)",
                [(at(8, "10:00"), at(8, "11:30"))],
                "Réseau commande publique AURA", {}, mode=2,
                onlineAccessLink="https://us02web.zoom.us/webinar/register/WN_abc123")
    f.in_calendar("web-achats", "achats-resp-1108@reseau", "DTSTART:20221108T090000Z", "DTEND:20221108T103000Z",
                  "SUMMARY:Webinaire achats responsables", "URL:https://us02web.zoom.us/webinar/register/WN_abc123")
    # the same hour, another organiser's webinar (hard negative)
    f.on_platform("web-mobilite", 2, "Webinaire : la mobilité solidaire en zone rurale", at(8, "10:00"), at(8, "11:00"),
                  "Wimoov Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
    f.on_agenda("web-mobilite", 9102, "Mobilité solidaire en zone rurale", [(at(8, "10:00"), at(8, "11:00"))], "Wimoov",
                {}, mode=2, onlineAccessLink="https://meet.google.com/abc-defg-hij")
    # one organiser's two webinars the same day
    f.on_platform("web-cae-1", 3, "Découvrir la coopérative d'activité et d'emploi", at(15, "12:30"), at(15, "13:30"),
                  "Oxalis",
                  ONLINE, modality="En ligne")
    f.on_platform("web-cae-2", 4, "Entreprendre en coopérative : témoignages", at(15, "18:00"), at(15, "19:30"),
                  "Oxalis",
                  ONLINE, modality="En ligne")
    f.in_calendar("web-cae-1", "cae-decouverte@oxalis", "DTSTART;TZID=Europe/Paris:20221115T123000",
                  "DTEND;TZID=Europe/Paris:20221115T133000",
                  "SUMMARY:Découverte CAE - visio",
                  "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.jit.si/OxalisDecouverteCAE")
    f.in_calendar("web-cae-2", "cae-temoignages@oxalis", "DTSTART;TZID=Europe/Paris:20221115T180000",
                  "DTEND;TZID=Europe/Paris:20221115T193000",
                  "SUMMARY:Témoignages d'entrepreneurs-salariés (visio)",
                  "DESCRIPTION:Rejoindre la visio : https://meet.jit.si/OxalisTemoignages")
    # hybrid: in person in Grenoble and streamed; the agenda lists it hybrid, the sheet in person
    f.on_platform("hybride-grenoble", 5, "Conférence : l'habitat participatif, où en est-on ?", at(17, "18:30"),
                  at(17, "20:30"),
                  "Les Habiles", place("Maison de l'habitant", "2 rue Georges Jacquet", "38000", "Grenoble"))
    f.on_agenda("hybride-grenoble", 9105, "Habitat participatif : où en est-on ? Conférence",
                [(at(17, "18:30"), at(17, "20:30"))],
                "Les Habiles", location("Maison de l'Habitant", "2 rue G. Jacquet", "38000", "Grenoble"), mode=3,
                onlineAccessLink="https://www.youtube.com/watch?v=Xy12AbC")
    # Clermont: « En ligne » on the platform, a Teams link in the ICS description, one hour off
    f.on_platform("web-clermont", 6, "Les jeudis de l'ESS : financer son association", at(24, "17:00"), at(24, "18:00"),
                  "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
    f.in_calendar("web-clermont", "jeudi-ess-1124@cress", "DTSTART:20221124T170000Z", "DTEND:20221124T180000Z",
                  "SUMMARY:Jeudi de l'ESS - financer son asso",
                  "DESCRIPTION:Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1@thread.v2/0?context=%7b%7d")
    # Saint-Étienne: an event moved online, the sheet still in person
    f.on_platform("moved-online", 7, "Atelier : rédiger ses statuts d'association", at(22, "18:00"), at(22, "20:00"),
                  "Maison des associations de Saint-Étienne", ONLINE, modality="En ligne")
    f.on_agenda("moved-online", 9107, "Rédiger les statuts de son association", [(at(22, "18:00"), at(22, "20:00"))],
                "Maison des associations de Saint-Étienne", {}, mode=2,
                onlineAccessLink="https://zoom.us/j/93456789012")

    f.in_form([
        ("web-achats",
         row("AU-01", "Réseau Commande Publique", "Webinaire achats responsables", "08/11/2022", "", "", "", "", "",
             "Distanciel")),
        ("web-mobilite",
         row("AU-02", "Wimoov", "Webinaire mobilité rurale", "08/11/2022", "10h", "Visio", "", "", "", "En ligne")),
        ("web-cae-2",
         row("AU-03", "Oxalis Scop", "Webinaire témoignages CAE", "15/11/2022", "18h-19h30", "", "", "", "",
             "Distanciel")),
        ("hybride-grenoble",
         row("AU-04", "Les Habiles", "Conférence habitat participatif", "17/11/2022", "18h30", "Maison de l'Habitant",
             "", "38000", "Grenoble")),
        ("moved-online",
         row("AU-05", "MDA Saint-Etienne", "Atelier statuts association", "22/11/2022", "18h-20h",
             "Maison des associations", "4 rue A. Malraux", "42000", "St-Étienne")),
    ])
    return f


def _bourgogne_co_organisers() -> Feeds:
    """Bourgogne: 8 events, 17 listings; co-organised events credited to both or to one,
    persons in organiser fields, a network credited, one organiser's two events one day."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    f.on_platform("macon-forum", 1, "Forum de l'emploi solidaire du Mâconnais", at(17, "09:00"), at(17, "13:00"),
                  "Mission locale du Mâconnais et Pôle emploi Mâcon",
                  place("Espace Entreprendre", "35 rue de Lyon", "71000", "Mâcon"))
    f.on_agenda("macon-forum", 9201, "Forum emploi solidaire", [(at(17, "09:00"), at(17, "13:00"))],
                "Pôle emploi Mâcon",
                location("Espace Entreprendre", "35 rue de Lyon", "71000", "Mâcon"))
    f.on_platform("chalon-conf", 2, "Conférence : l'agriculture paysanne face au climat", at(22, "19:00"),
                  at(22, "21:00"),
                  "Confédération paysanne 71 / Terre de Liens Bourgogne",
                  place("Maison des syndicats", "2 rue du Pont", "71100", "Chalon-sur-Saône"))
    f.in_calendar("chalon-conf", "conf-climat@tdl", "DTSTART;TZID=Europe/Paris:20221122T190000",
                  "DTEND;TZID=Europe/Paris:20221122T210000",
                  "SUMMARY:Agriculture paysanne et climat - conférence",
                  "LOCATION:Maison des syndicats\\, Chalon-sur-Saône",
                  "ORGANIZER;CN=Terre de Liens Bourgogne-Franche-Comté:mailto:bfc@terredeliens.org")
    f.on_platform("nevers-atelier", 3, "Atelier : créer son entreprise en coopérative", at(15, "14:00"),
                  at(15, "17:00"),
                  "URSCOP BFC en partenariat avec la BGE Nièvre",
                  place("BGE Nièvre", "11 rue des Francs-Bourgeois", "58000", "Nevers"))
    f.on_platform("nevers-soir", 4, "Soirée : témoignages de coopérateurs", at(15, "18:30"), at(15, "20:30"),
                  "URSCOP BFC",
                  place("BGE Nièvre", "11 rue des Francs-Bourgeois", "58000", "Nevers"))
    f.on_platform("dijon-repair", 5, "Repair café des Grésilles", at(19, "14:00"), at(19, "17:00"), "Repair Café Dijon",
                  place("Centre social des Grésilles", "5 rue Camille Flammarion", "21000", "Dijon"))
    f.on_agenda("dijon-repair", 9205, "Repair Café", [(at(19, "14:00"), at(19, "17:00"))],
                "Jean-Pierre Morel - Repair Café Dijon",
                location("Centre social des Grésilles", "5 rue C. Flammarion", "21000", "Dijon"))
    f.on_platform("dijon-repair-2", 6, "Repair café de la Fontaine d'Ouche", at(19, "14:00"), at(19, "17:00"),
                  "Repair Café Dijon",
                  place("Maison de quartier Fontaine d'Ouche", "2 place de la Fontaine d'Ouche", "21000", "Dijon"))
    f.on_platform("auxerre-troc", 7, "Troc de plantes et de graines", at(12, "10:00"), at(12, "12:30"),
                  "Jardins partagés d'Auxerre",
                  place("Jardin du Pont", "Quai de la République", "89000", "Auxerre"))
    f.in_calendar("auxerre-troc", "troc-1112@jardins", "DTSTART:20221112T090000Z", "DTEND:20221112T113000Z",
                  "SUMMARY:Troc plantes & graines", "LOCATION:Jardin du Pont",
                  "ORGANIZER;CN=Marie Dubois:mailto:marie.dubois@example.org")
    f.on_platform("sens-visite", 8, "Visite de la ressourcerie", at(26, "10:00"), at(26, "11:30"),
                  "Ressourcerie du Sénonais",
                  place("Ressourcerie du Sénonais", "4 rue de la Grande Juiverie", "89100", "Sens"))
    f.on_agenda("sens-visite", 9208, "Visite de la Ressourcerie", [(at(26, "10:00"), at(26, "11:30"))],
                "Réseau des ressourceries",
                location("Ressourcerie du Sénonais", "4 rue de la Grande Juiverie", "89100", "Sens"))

    f.in_form([
        ("nevers-atelier",
         row("BO-01", "BGE Nièvre / URSCOP", "Créer son entreprise en coopérative", "15/11/2022", "14h-17h", "BGE",
             "11 rue des Francs Bourgeois", "58000", "Nevers")),
        ("macon-forum",
         row("BO-02", "Mission Locale", "Forum emploi solidaire Mâcon", "17/11/2022", "matin", "Espace Entreprendre",
             "", "71000", "Mâcon")),
        ("dijon-repair-2",
         row("BO-03", "Repair Café Dijon", "Repair café Fontaine d'Ouche", "19/11/2022", "14h-17h",
             "MdQ Fontaine d'Ouche", "", "21000", "Dijon")),
        ("sens-visite",
         row("BO-04", "Ressourcerie du Sénonais (M. Petit)", "Visite ressourcerie", "26/11/2022", "10h", "",
             "4 rue Grande Juiverie", "89100", "Sens")),
    ])
    return f


def _date_only_copies() -> Feeds:
    """Grand Est and Hauts-de-France: 11 events, 22 listings; a spreadsheet giving days alone,
    one workshop in two towns on one day, one organiser's morning and evening events at one venue, a weekly series."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    # one workshop in two towns the same day (a touring bus)
    f.on_platform("bus-epinal", 1, "Le bus de l'ESS : atelier création d'activité", at(15, "09:30"), at(15, "12:00"),
                  "CRESS Grand Est",
                  place("Place des Vosges", "Place des Vosges", "88000", "Épinal"))
    f.on_platform("bus-stdie", 2, "Le bus de l'ESS : atelier création d'activité", at(15, "14:00"), at(15, "16:30"),
                  "CRESS Grand Est",
                  place("Place Saint-Martin", "Place Saint-Martin", "88100", "Saint-Dié-des-Vosges"))
    f.on_agenda("bus-epinal", 9301, "Bus de l'ESS – Épinal", [(at(15, "09:30"), at(15, "12:00"))], "CRESS Grand Est",
                location("Place des Vosges", "Place des Vosges", "88000", "Épinal"))
    f.on_agenda("bus-stdie", 9302, "Bus de l'ESS – Saint-Dié", [(at(15, "14:00"), at(15, "16:30"))], "CRESS Grand Est",
                location("Place Saint-Martin", "Place Saint-Martin", "88100", "Saint-Dié-des-Vosges"))
    # one organiser, one venue, morning and evening, different events
    f.on_platform("reims-matin", 3, "Petit-déjeuner des entrepreneurs sociaux", at(18, "08:30"), at(18, "10:00"),
                  "Réseau Entreprendre Marne",
                  place("Le Quartier Libre", "22 rue de Talleyrand", "51100", "Reims"))
    f.on_platform("reims-soir", 4, "Soirée des lauréats", at(18, "18:30"), at(18, "21:30"), "Réseau Entreprendre Marne",
                  place("Le Quartier Libre", "22 rue de Talleyrand", "51100", "Reims"))
    f.in_calendar("reims-soir", "laureats-1118@re51", "DTSTART;TZID=Europe/Paris:20221118T183000",
                  "SUMMARY:Soirée lauréats 2022",
                  "LOCATION:Quartier Libre\\, Reims")
    # date-only copies of timed events
    f.on_platform("lens-forum", 5, "Forum des métiers de l'aide à domicile", at(22, "09:00"), at(22, "16:00"),
                  "ADMR du Pas-de-Calais",
                  place("Salle Jean Nohain", "Rue Paul Bert", "62300", "Lens"))
    f.on_platform("arras-cafe", 6, "Café des aidants", at(22, "14:00"), at(22, "16:00"),
                  "France Alzheimer Pas-de-Calais",
                  place("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
    f.on_platform("beauvais-repair", 7, "Repair café", at(26, "09:30"), at(26, "12:30"), "Repair Café Beauvais",
                  place("Maison de quartier Argentine", "11 rue du Morvan", "60000", "Beauvais"))
    f.on_agenda("beauvais-repair", 9307, "Repair Café Argentine", [(at(26, "09:30"), at(26, "12:30"))],
                "Repair Café Beauvais",
                location("MQ Argentine", "11 rue du Morvan", "60000", "Beauvais"))
    # weekly series, one date-only copy in the sheet
    for n, d in enumerate((8, 15, 22, 29)):
        f.on_platform(f"yoga-{d}", 10 + n, "Yoga solidaire", at(d, "18:00"), at(d, "19:00"), "Association Souffle",
                      place("Gymnase Camille Claudel", "3 rue des Écoles", "08000", "Charleville-Mézières"))

    f.in_form([
        ("bus-epinal",
         row("GE-10", "CRESS GE", "Bus ESS atelier création", "15/11/2022", "", "Place des Vosges", "", "88000",
             "Epinal")),
        ("bus-stdie",
         row("GE-11", "CRESS GE", "Bus ESS atelier création", "15/11/2022", "", "Place St-Martin", "", "88100",
             "St-Dié")),
        ("reims-soir",
         row("GE-12", "Réseau Entreprendre 51", "Soirée des lauréats", "18/11/2022", "", "Quartier Libre", "", "51100",
             "Reims")),
        ("lens-forum",
         row("HF-13", "ADMR 62", "Forum métiers aide à domicile", "22/11/2022", "", "Salle Nohain", "", "62300",
             "Lens")),
        ("arras-cafe",
         row("HF-14", "France Alzheimer 62", "Café des aidants", "22/11/2022", "", "Maison des Sociétés", "", "62000",
             "Arras")),
        ("beauvais-repair",
         row("HF-15", "Repair café Beauvais", "Repair café", "26/11/2022", "", "", "11 rue du Morvan", "60000",
             "Beauvais")),
        ("yoga-22",
         row("GE-16", "Souffle", "Yoga solidaire", "22/11/2022", "", "Gymnase C. Claudel", "", "08000", "Charleville")),
    ])
    return f


def _hauts_de_france_programme() -> Feeds:
    """Hauts-de-France: one CRESS's own programme, 9 events, 24 listings; weekly series of one
    organiser at one venue, a closing evening whose end one source moved, a partner's workshop at the CRESS."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
    CRESS = place("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille")
    CRESS_A = location("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille")
    matinales = [(8, "Matinale de l'ESS : la commande publique responsable"),
                 (15, "Matinale de l'ESS : financer son projet"),
                 (22, "Matinale de l'ESS : l'emploi des jeunes"), (29, "Matinale de l'ESS : la transition écologique")]
    for n, (day, title) in enumerate(matinales):
        ev = f"matinale-{day}"
        f.on_platform(ev, 1 + n, title, at(day, "08:30"), at(day, "10:00"), "CRESS Hauts-de-France", CRESS)
        f.on_agenda(ev, 8001 + n, title.replace("Matinale de l'ESS : ", "Matinale ESS – "),
                    [(at(day, "08:30"), at(day, "10:00"))],
                    "Chambre régionale de l'économie sociale et solidaire Hauts-de-France", CRESS_A)
    # a copy of the 15th in the ICS, time only and « Matinale #2 »
    f.in_calendar("matinale-15", "matinale-2@cress-hdf", "DTSTART:20221115T073000Z", "DTEND:20221115T090000Z",
                  "SUMMARY:Matinale #2 : financer son projet", "LOCATION:CRESS HDF\\, Lille")
    # cafés ESS, same title each week, another venue, the sheet dates them
    cafes = {9: "Café ESS #1", 16: "Café ESS #2", 23: "Café ESS #3"}
    for n, (day, title) in enumerate(cafes.items()):
        f.on_platform(f"cafe-{day}", 10 + n, title, at(day, "12:30"), at(day, "14:00"), "CRESS Hauts-de-France",
                      place("Le Cerisier", "3 rue Dupuytren", "59000", "Lille"))
    f.in_calendar({"2022-11-09": "cafe-9", "2022-11-16": "cafe-16", "2022-11-23": "cafe-23"}, "cafe-ess@cress-hdf",
                  "DTSTART;TZID=Europe/Paris:20221109T123000", "DTEND;TZID=Europe/Paris:20221109T140000",
                  "RRULE:FREQ=WEEKLY;COUNT=3",
                  "SUMMARY:Café ESS", "LOCATION:Le Cerisier\\, 3 rue Dupuytren\\, Lille")
    # the closing event, and the same day a partner's event at the CRESS
    f.on_platform("cloture", 20, "Soirée de clôture du Mois de l'ESS", at(30, "18:00"), at(30, "22:00"),
                  "CRESS Hauts-de-France",
                  place("Gare Saint-Sauveur", "17 boulevard Jean-Baptiste Lebas", "59000", "Lille"))
    f.on_agenda("cloture", 8020, "Clôture du Mois de l'ESS 2022 – soirée festive",
                [(at(30, "18:00"), at(30, "23:00"))], "CRESS HDF",
                location("Gare Saint Sauveur", "17 bd J.-B. Lebas", "59000", "Lille"))
    f.on_platform("partner-30", 21, "Atelier : monter une SCIC", at(30, "14:00"), at(30, "17:00"),
                  "URSCOP Hauts-de-France",
                  place("CRESS Hauts-de-France", "4 rue des Jardins", "59000", "Lille"))
    f.in_calendar("partner-30", "scic-1130@urscop", "DTSTART;TZID=Europe/Paris:20221130T140000",
                  "DTEND;TZID=Europe/Paris:20221130T170000",
                  "SUMMARY:Monter une Scic (atelier)", "LOCATION:CRESS HDF")

    f.in_form([
        ("matinale-8",
         row("HDF-01", "CRESS HDF", "Matinale commande publique responsable", "08/11/2022", "8h30-10h", "CRESS",
             "4 rue des Jardins", "59000", "Lille")),
        ("matinale-22",
         row("HDF-02", "CRESS HDF", "Matinale emploi des jeunes", "22/11/2022", "8h30", "CRESS", "", "59000", "Lille")),
        ("cafe-16",
         row("HDF-03", "CRESS HDF", "Café ESS", "16/11/2022", "12h30-14h", "Le Cerisier", "", "59000", "Lille")),
        ("cafe-23", row("HDF-04", "CRESS HDF", "Café ESS", "23/11/2022", "", "Le Cerisier", "", "59000", "Lille")),
        ("cloture",
         row("HDF-05", "CRESS HDF", "Soirée de clôture", "30/11/2022", "18h", "Gare St Sauveur", "", "59000", "Lille")),
    ])
    return f


SETS = {"marseille_crowded_saturday": _marseille_crowded_saturday, "normandie_villages": _normandie_villages,
        "nord_est_networks": _nord_est_networks, "pays_de_la_loire_titles": _pays_de_la_loire_titles,
        "ile_de_france_calendars": _ile_de_france_calendars, "bretagne_calendars_by_hand": _bretagne_calendars_by_hand,
        "nouvelle_aquitaine_date_only": _nouvelle_aquitaine_date_only,
        "centre_bourgogne_places": _centre_bourgogne_places,
        "auvergne_rhone_alpes_online": _auvergne_rhone_alpes_online,
        "bourgogne_co_organisers": _bourgogne_co_organisers, "date_only_copies": _date_only_copies,
        "hauts_de_france_programme": _hauts_de_france_programme}


@pytest.mark.parametrize("name", list(SETS))
def test_a_blind_set_of_four_sources(name, tmp_path, index):
    assert_each_event_published_once(SETS[name](), tmp_path, index)
