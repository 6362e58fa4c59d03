"""Sets of one edition's listings written blind by helpers on 7 December 2026 (afternoon), read by the connectors and
merged together: every real event published once, no two merged (see docs/dedoublonnage.md, « Séance du 7 décembre
2026 (14:25 UTC) »). The sets of that session that still miss pairs are not here: they would fail by design."""

import pytest

from tests.lib.test_dedup_blind_regions import assert_each_event_published_once, location, place, row
from tests.lib.test_dedup_through_connectors import ONLINE, Feeds, at


def _calendar(f: Feeds, event: str, uid: str, day: int, start: str, end: str, summary: str, location: str = "",
              *more: str, tz: bool = True) -> None:
    """A VEVENT of November 2022 in Paris time; with `tz` false, written in UTC (Paris less one hour in November)."""
    if tz:
        lines = [f"DTSTART;TZID=Europe/Paris:202211{day:02d}T{start.replace(':', '')}00",
                 f"DTEND;TZID=Europe/Paris:202211{day:02d}T{end.replace(':', '')}00"]
    else:
        (h1, m1), (h2, m2) = start.split(":"), end.split(":")
        lines = [f"DTSTART:202211{day:02d}T{int(h1) - 1:02d}{m1}00Z", f"DTEND:202211{day:02d}T{int(h2) - 1:02d}{m2}00Z"]
    f.in_calendar(event, uid, *lines, f"SUMMARY:{summary}", *([f"LOCATION:{location}"] if location else []), *more)


def _guadeloupe(day: int, hour: str) -> str:
    return f"2022-11-{day:02d}T{hour}:00-04:00"


def _guadeloupe_utc(day: int, hour: str) -> str:
    """A Guadeloupe time of November 2022 as an iCalendar UTC time."""
    h, m = map(int, hour.split(":"))
    return f"202211{day:02d}T{h + 4:02d}{m:02d}00Z"


def _guadeloupe_zone(day: int, hour: str) -> str:
    return f"TZID=America/Guadeloupe:202211{day:02d}T{hour.replace(':', '')}00"


def _bretagne_title_words() -> Feeds:
    """Bretagne (written by a helper): 21 events, 56 listings; « AG », « (tbc) », inclusive writing,
    borrowed words, numbers in words; two associations' AGs the same evening at one venue."""
    f = Feeds()
    # 1 Rennes, Blosne: Repair Café, four copies, French translation on the agenda
    BLOSNE = place("Maison de quartier du Blosne", "7 boulevard de Yougoslavie", "35200", "Rennes")
    f.on_platform("repair-blosne", 1, "Repair Café du Blosne", at(12, "14:00"), at(12, "17:30"), "Repair Café Rennes",
                  BLOSNE)
    f.on_agenda("repair-blosne", 3001, "Café réparation au Blosne", [(at(12, "14:00"), at(12, "17:30"))],
                "Repair Café Rennes",
                location("Maison de quartier du Blosne", "7 bd de Yougoslavie", "35200", "Rennes", insee="35238",
                         latitude=48.0838, longitude=-1.6664))
    _calendar(f, "repair-blosne", "repair-blosne@rennes-transition", 12, "14:00", "17:30", "Repair café - Blosne",
              "Maison de quartier du Blosne")
    # 2 Rennes, Villejean: another repair café the same afternoon (hard negative with 1)
    f.on_platform("repair-villejean", 2, "Café réparation de Villejean", at(12, "14:00"), at(12, "18:00"),
                  "Les Compagnons Bâtisseurs Bretagne",
                  place("Espace social commun Villejean", "43 cours Kennedy", "35000", "Rennes"))
    _calendar(f, "repair-villejean", "repair-villejean@rennes-transition", 12, "14:00", "18:00",
              "Repair Café Villejean", "ESC Villejean\\, Rennes")
    # 3 Brest: Disco Soupe, borrowed word spelled three ways
    CAPUCINS = place("Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest")
    f.on_platform("disco-19", 3, "Disco Soupe anti-gaspi aux Capucins", at(19, "11:00"), at(19, "15:00"),
                  "Slow Food Brest", CAPUCINS)
    f.on_agenda("disco-19", 3003, "Disco soup' des Capucins", [(at(19, "11:00"), at(19, "15:00"))], "Slow Food Brest",
                location("Les Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest", insee="29019"))
    _calendar(f, "disco-19", "disco-1911@brest-zd", 19, "11:00", "15:00", "DISCO SOUPE", "Capucins", tz=False)
    # 4 Brest: the next Disco Soupe a week later, same place (a series: hard negative with 3)
    f.on_agenda("disco-26", 3004, "Disco soup' des Capucins", [(at(26, "11:00"), at(26, "15:00"))], "Slow Food Brest",
                location("Les Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest", insee="29019"))
    _calendar(f, "disco-26", "disco-2611@brest-zd", 26, "11:00", "15:00", "DISCO SOUPE", "Capucins", tz=False)
    # 5 Lorient: Give box inauguration, English on the platform, French on the agenda
    f.on_platform("givebox", 5, "Inauguration de la Give box de Kervénanec", at(16, "17:00"), at(16, "18:30"),
                  "Centre social de Kervénanec",
                  place("Centre social de Kervénanec", "Rue Henri Matisse", "56100", "Lorient"))
    f.on_agenda("givebox", 3005, "Inauguration de la boîte à dons de Kervénanec", [(at(16, "17:00"), at(16, "18:30"))],
                "CS Kervénanec",
                location("Centre social Kervénanec", "Rue Henri Matisse", "56100", "Lorient", insee="56121"))
    # 6 / 7 Quimper: two associations' AG the same evening at the Maison des associations (hard negative)
    MDA_QUIMPER = place("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper")
    f.on_platform("ag-tyvert", 6, "Assemblée générale de Ty Vert", at(17, "18:30"), at(17, "20:30"), "Ty Vert",
                  MDA_QUIMPER)
    f.on_agenda("ag-arstal", 3007, "AG de l'épicerie solidaire Ar Stal", [(at(17, "18:30"), at(17, "20:30"))],
                "Épicerie solidaire Ar Stal",
                location("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper", insee="29232"))
    _calendar(f, "ag-arstal", "ag-arstal@cornouaille-ess", 17, "18:30", "20:30", "AG Ar Stal", "MDA Quimper")
    # 8 / 9 Rennes: the Repair Café's AG and Rennes en Transition's AG the same evening, two venues (hard negative)
    f.on_platform("ag-repair", 8, "AG du Repair Café Rennes", at(24, "19:00"), at(24, "21:00"), "Repair Café Rennes",
                  place("Maison de la consommation et de l'environnement", "48 boulevard Magenta", "35200", "Rennes"))
    _calendar(f, "ag-repair", "ag-repair@rennes-transition", 24, "19:00", "21:00", "Assemblée générale Repair Café",
              "MCE\\, 48 bd Magenta")
    f.on_platform("ag-transition", 9, "Assemblée générale de Rennes en Transition", at(24, "19:00"), at(24, "21:30"),
                  "Rennes en Transition", place("La Cohue", "5 rue de la Cohue", "35000", "Rennes"))
    _calendar(f, "ag-transition", "ag-ret@rennes-transition", 24, "19:00", "21:30", "AG Rennes en Transition",
              "La Cohue")
    # 10 Vannes: conf' on habitat participatif
    f.on_platform("conf-habitat", 10, "Conférence : l'habitat participatif en Bretagne", at(22, "18:30"),
                  at(22, "20:30"),
                  "Parasol Bretagne", place("Palais des Arts", "Place de Bretagne", "56000", "Vannes"))
    _calendar(f, "conf-habitat", "conf-habitat@golfe-ess", 22, "18:30", "20:30", "Conf' habitat participatif",
              "Palais des Arts\\, Vannes")
    # 11 Vannes: another conf' the same evening elsewhere (hard negative with 10)
    f.on_platform("conf-monnaie", 11, "Conférence : la Galais, monnaie locale du Golfe", at(22, "18:30"),
                  at(22, "20:00"),
                  "La Galais", place("Médiathèque de Beaupré-Lalande", "Rue Émile Jourdan", "56000", "Vannes"))
    _calendar(f, "conf-monnaie", "conf-monnaie@golfe-ess", 22, "18:30", "20:00", "Conf' monnaie locale",
              "Médiathèque Beaupré\\, Vannes")
    # 12 Lannion: ciné-déb'
    f.on_platform("cine-demain", 12, "Ciné-débat « Demain »", at(18, "20:30"), at(18, "23:00"), "Cinéma Les Baladins",
                  place("Cinéma Les Baladins", "34 avenue du Général de Gaulle", "22300", "Lannion"))
    f.on_agenda("cine-demain", 3012, "Projection-débat du film Demain", [(at(18, "20:30"), at(18, "23:00"))],
                "Lannion en transition",
                location("Les Baladins", "34 av. du Général de Gaulle", "22300", "Lannion", insee="22113"))
    _calendar(f, "cine-demain", "cine-demain@tregor-ess", 18, "20:30", "23:00", "Ciné-déb' : Demain", "Les Baladins")
    # 13 Saint-Brieuc: 2e édition / deuxième édition
    f.on_platform("forum-sb", 13, "Forum de l'ESS de Saint-Brieuc - 2e édition", at(25, "10:00"), at(25, "17:00"),
                  "Pôle ESS Pays de Saint-Brieuc",
                  place("Hermione", "Rue de la Croix Lormel", "22000", "Saint-Brieuc"))
    f.on_agenda("forum-sb", 3013, "Deuxième édition du Forum ESS de Saint-Brieuc", [(at(25, "10:00"), at(25, "17:00"))],
                "ADESS Pays de Saint-Brieuc",
                location("Espace Hermione", "Rue de la Croix Lormel", "22000", "Saint-Brieuc", insee="22278"))
    # 14 Rennes: 10 ans de l'Élaboratoire / dix ans
    f.on_platform("dix-elabo", 14, "Les 10 ans de l'Élaboratoire", at(26, "14:00"), at(26, "23:00"), "L'Élaboratoire",
                  place("L'Élaboratoire", "48 boulevard Villebois-Mareuil", "35000", "Rennes"))
    f.on_agenda("dix-elabo", 3014, "L'Elaboratoire fête ses dix ans !", [(at(26, "14:00"), at(26, "23:00"))],
                "Collectif Élaboratoire",
                location("L'Elaboratoire", "48 bd Villebois-Mareuil", "35000", "Rennes", insee="35238"))
    # 15 Rennes: another association's 10 ans the same day (hard negative with 14)
    f.on_platform("dix-jardin", 15, "Les 10 ans du Jardin des Mille Pattes", at(26, "14:00"), at(26, "18:00"),
                  "Les Mille Pattes",
                  place("Jardin des Mille Pattes", "Rue de Fougères", "35700", "Rennes"))
    f.on_agenda("dix-jardin", 3015, "Le Jardin des Mille Pattes a 10 ans", [(at(26, "14:00"), at(26, "18:00"))],
                "Les Mille Pattes",
                location("Jardin des Mille Pattes", "Rue de Fougères", "35700", "Rennes", insee="35238"))
    # 16 Morlaix: inclusive writing
    f.on_platform("acteurs-morlaix", 16, "Rencontre des acteur·rices de l'ESS du Pays de Morlaix", at(15, "09:30"),
                  at(15, "12:30"),
                  "ADESS Pays de Morlaix", place("Espace des Sources", "Rue de la Villeneuve", "29600", "Morlaix"))
    _calendar(f, "acteurs-morlaix", "acteurs@morlaix-ess", 15, "09:30", "12:30", "Rencontre acteur.ices ESS",
              "Espace des Sources\\, Morlaix")
    # 17 Saint-Malo: inclusive writing with hyphens
    f.on_platform("epicerie-malo", 17, "Réunion d'information pour les habitant-es : l'épicerie participative",
                  at(21, "18:00"), at(21, "19:30"),
                  "Les Épiceries participatives malouines",
                  place("Maison de quartier de Rocabey", "Rue Ernest Renan", "35400", "Saint-Malo"))
    f.on_agenda("epicerie-malo", 3017, "Épicerie participative : réunion d'info habitant·e·s",
                [(at(21, "18:00"), at(21, "19:30"))],
                "Épiceries participatives malouines",
                location("Maison de quartier Rocabey", "Rue Ernest Renan", "35400", "Saint-Malo", insee="35288"))
    # 18 Concarneau: quotes
    f.on_platform("zd-concarneau", 18, "Atelier \"Zéro déchet\" au quotidien", at(23, "14:00"), at(23, "16:00"),
                  "Concarneau en transition",
                  place("Maison des associations", "2 rue Dumont d'Urville", "29900", "Concarneau"))
    f.on_agenda("zd-concarneau", 3018, "Atelier “Le zéro déchet au quotidien”", [(at(23, "14:00"), at(23, "16:00"))],
                "Concarneau en transition",
                location("Maison des associations", "2 rue Dumont d'Urville", "29900", "Concarneau", insee="29039"))
    # 19 Brest: swap party / troc de vêtements
    f.on_platform("swap", 19, "Swap party : troc de vêtements", at(20, "14:00"), at(20, "18:00"), "Les Petites Pousses",
                  place("Maison de quartier de Bellevue", "1 rue Sisley", "29200", "Brest"))
    _calendar(f, "swap", "swap@brest-zd", 20, "14:00", "18:00", "Troc de fringues (swap)", "MQ Bellevue\\, Brest")
    # 20 Rennes: Fresque du numérique, sheet « tbc »
    f.on_platform("fresque-num", 20, "Fresque du Numérique", at(17, "18:00"), at(17, "21:00"),
                  "La Fresque du Numérique Rennes",
                  place("Le Tiers-lieu Le Pôle", "2 rue du Bois Perrin", "35700", "Rennes"))
    # 21 Saint-Brieuc: « Troc'livres » / book swap
    f.on_platform("troc-livres", 21, "Troc'livres", at(19, "10:00"), at(19, "12:30"), "Bibliothèque solidaire",
                  place("Médiathèque André Malraux", "1 rue du 71e RI", "22000", "Saint-Brieuc"))
    f.on_agenda("troc-livres", 3021, "Book swap : troc de livres", [(at(19, "10:00"), at(19, "12:30"))],
                "Bibliothèque solidaire",
                location("Médiathèque André Malraux", "1 rue du 71e Régiment d'Infanterie", "22000", "Saint-Brieuc",
                         insee="22278"))

    f.in_form([
        ("repair-blosne",
         row("BZH-01", "Repair Café Rennes", "Café-réparation", "12/11/2022", "14h-17h30", "MQ Blosne",
             "7 bd de Yougoslavie", "35200", "RENNES")),
        ("disco-19",
         row("BZH-02", "Slow Food Brest", "Disco-soupe", "19/11/2022", "11h-15h", "Capucins", "", "29200", "Brest")),
        ("givebox",
         row("BZH-03", "CS Kervénanec", "Inauguration givebox", "16/11/2022", "17h", "", "rue H. Matisse", "56100",
             "Lorient")),
        ("ag-tyvert", row("BZH-04", "Ty Vert", "AG", "17/11/2022", "18h30", "MDA", "", "29000", "Quimper")),
        ("conf-habitat",
         row("BZH-05", "Parasol", "Conf habitat partagé", "22/11/2022", "18h30-20h30", "Palais des Arts", "", "56000",
             "Vannes")),
        ("forum-sb",
         row("BZH-06", "ADESS Pays de St-Brieuc", "Forum ESS 2ème éd.", "25/11/2022", "10h-17h", "Hermione", "",
             "22000", "St-Brieuc")),
        ("dix-elabo",
         row("BZH-07", "Élaboratoire", "10 ans Elabo", "26/11/2022", "à partir de 14h", "", "48 bd Villebois-Mareuil",
             "35000", "Rennes")),
        ("acteurs-morlaix",
         row("BZH-08", "ADESS Morlaix", "Rencontre des acteurs et actrices de l'ESS", "15/11/2022", "9h30-12h30",
             "Espace des Sources", "", "29600", "Morlaix")),
        ("epicerie-malo",
         row("BZH-09", "Epiceries participatives malouines", "Réunion habitant.e.s épicerie participative",
             "21/11/2022", "18h", "", "rue E. Renan", "35400", "St-Malo")),
        ("fresque-num",
         row("BZH-10", "Fresque du Numérique", "Fresque du numérique (tbc)", "17/11/2022", "tbc", "Le Pôle", "",
             "35700", "Rennes")),
        ("swap",
         row("BZH-11", "Les Petites Pousses", "Swap-party", "20/11/2022", "14h-18h", "MQ Bellevue", "", "29200",
             "Brest")),
        ("ag-arstal",
         row("BZH-12", "Ar Stal", "Assemblée Générale", "17/11/2022", "18h30-20h30", "MDA", "53 imp. de l'Odet",
             "29000", "Quimper")),
        ("cine-demain",
         row("BZH-13", "Lannion en Transition", "Ciné-débat \"Demain\"", "18/11/2022", "20h30", "Les Baladins", "",
             "22300", "Lannion")),
    ])
    return f


def _bourgogne_franche_comte_organisers() -> Feeds:
    """Bourgogne-Franche-Comté (written by a helper): 20 events, 56 listings; federations and
    their local bodies, a CAE and its brand, « Ville de » / « Mairie de » / « CCAS de », the venue credited."""
    f = Feeds()
    # 1 Besançon: the regional Ligue's training (federation) ...
    f.on_platform("ligue-bfc", 1, "Formation des dirigeants associatifs : le projet associatif", at(19, "09:30"),
                  at(19, "12:30"),
                  "Ligue de l'enseignement de Bourgogne-Franche-Comté",
                  place("Maison de l'économie sociale", "14 rue Violet", "25000", "Besançon"))
    f.on_agenda("ligue-bfc", 4001, "Projet associatif : formation des dirigeant·es",
                [(at(19, "09:30"), at(19, "12:30"))],
                "Ligue de l'enseignement BFC",
                location("Maison de l'ESS", "14 rue Violet", "25000", "Besançon", insee="25056"))
    # 2 ... and the Doubs federation's training the same morning in Besançon (hard negative with 1)
    f.on_platform("ligue-25", 2, "Formation des bénévoles : la comptabilité associative", at(19, "09:30"),
                  at(19, "12:00"),
                  "Ligue de l'enseignement du Doubs",
                  place("Ligue de l'enseignement du Doubs", "14 rue Gambetta", "25000", "Besançon"))
    _calendar(f, "ligue-25", "compta@fol25", 19, "09:30", "12:00", "Formation bénévoles - comptabilité",
              "FOL 25\\, 14 rue Gambetta\\, Besançon",
        "ORGANIZER;CN=FOL 25:mailto:contact@fol25.org")
    # 3 Dijon: the Côte-d'Or federation of centres sociaux's day ...
    f.on_platform("fcs21", 3, "Journée départementale des centres sociaux", at(24, "09:00"), at(24, "17:00"),
                  "Fédération des centres sociaux de Côte-d'Or",
                  place("Salle Devosge", "5 rue Devosge", "21000", "Dijon"))
    f.on_agenda("fcs21", 4003, "Journée des centres sociaux de Côte-d'Or", [(at(24, "09:00"), at(24, "17:00"))],
                "FCS 21", location("Salle Devosge", "5 rue Devosge", "21000", "Dijon", insee="21231"))
    # 4 ... and one member centre's open afternoon the same day in Dijon (hard negative with 3)
    f.on_platform("cs-fontaine", 4, "Portes ouvertes du centre social", at(24, "14:00"), at(24, "18:00"),
                  "Centre social de la Fontaine d'Ouche",
                  place("Centre social Fontaine d'Ouche", "2 place de la Fontaine d'Ouche", "21000", "Dijon"))
    f.on_agenda("cs-fontaine", 4004, "Le centre social ouvre ses portes", [(at(24, "14:00"), at(24, "18:00"))],
                "Centre social Fontaine d'Ouche",
                location("Centre social", "2 place de la Fontaine d'Ouche", "21000", "Dijon", insee="21231"))
    # 5 Dijon: a CAE under its name and its brand
    f.on_platform("cae", 5, "Entreprendre autrement : découvrir la coopérative d'activité", at(17, "12:00"),
                  at(17, "14:00"),
                  "Coopilote", place("Coopilote", "2 rue des Corroyeurs", "21000", "Dijon"))
    f.on_agenda("cae", 4005, "Découvrir la CAE : entreprendre autrement", [(at(17, "12:00"), at(17, "14:00"))],
                "Coopérative d'Activités et d'Emploi Coopilote",
                location("Coopilote", "2 rue des Corroyeurs", "21000", "Dijon", insee="21231"))
    _calendar(f, "cae", "cae@ess21", 17, "12:00", "14:00", "Info coll. CAE", "Coopilote",
              "ORGANIZER;CN=Les Entrepreneurs Coopilote:mailto:info@coopilote.fr")
    # 6 Lons-le-Saunier: a SCIC under its name and under its project's name
    f.on_platform("enr", 6, "Visite d'une centrale solaire citoyenne", at(26, "10:00"), at(26, "12:00"),
                  "SCIC ENR Citoyennes Jura",
                  place("Toiture de la salle des fêtes", "Rue des Écoles", "39000", "Lons-le-Saunier"))
    f.on_agenda("enr", 4006, "Visite de la centrale villageoise", [(at(26, "10:00"), at(26, "12:00"))],
                "Centrales Villageoises du Pays Lédonien",
                location("Salle des fêtes", "Rue des Écoles", "39000", "Lons-le-Saunier", insee="39300"))
    # 7 Besançon: the commune's forum, named Ville / Mairie / service
    f.on_platform("forum-bes", 7, "Forum des associations solidaires", at(26, "10:00"), at(26, "18:00"),
                  "Ville de Besançon",
                  place("Grande Halle des Prés-de-Vaux", "Chemin des Prés-de-Vaux", "25000", "Besançon"))
    f.on_agenda("forum-bes", 4007, "Forum des associations solidaires 2022", [(at(26, "10:00"), at(26, "18:00"))],
                "Direction Vie associative - Ville de Besançon",
                location("Grande Halle", "Chemin des Prés de Vaux", "25000", "Besançon", insee="25056"))
    _calendar(f, "forum-bes", "forum@besancon-ess", 26, "10:00", "18:00", "Forum assos solidaires",
              "Grande Halle\\, Besançon",
        "ORGANIZER;CN=Mairie de Besançon:mailto:vie.associative@besancon.fr")
    # 8 / 9 Belfort: the CCAS's afternoon and the town hall's afternoon, same day (hard negative)
    f.on_platform("ccas-belfort", 8, "Après-midi d'information sur l'accès aux droits", at(22, "14:00"),
                  at(22, "17:00"), "CCAS de Belfort",
                  place("CCAS", "4 rue de l'Ancien Théâtre", "90000", "Belfort"))
    _calendar(f, "ccas-belfort", "droits@belfort", 22, "14:00", "17:00", "Accès aux droits : après-midi d'info",
              "CCAS de Belfort",
        "ORGANIZER;CN=Centre communal d'action sociale:mailto:ccas@mairie-belfort.fr")
    f.on_platform("ville-belfort", 9, "Après-midi de rencontre des associations de quartier", at(22, "14:00"),
                  at(22, "17:30"), "Ville de Belfort",
                  place("Hôtel de ville", "Place d'Armes", "90000", "Belfort"))
    f.on_agenda("ville-belfort", 4009, "Rencontre des associations de quartier", [(at(22, "14:00"), at(22, "17:30"))],
                "Mairie de Belfort", location("Hôtel de Ville", "Place d'Armes", "90000", "Belfort", insee="90010"))
    # 10 Chalon-sur-Saône: the agglomeration's names
    f.on_platform("chalon", 10, "Rencontres de l'économie circulaire", at(18, "14:00"), at(18, "18:00"),
                  "Le Grand Chalon",
                  place("Espace des Arts", "5 bis avenue Nicéphore Niépce", "71100", "Chalon-sur-Saône"))
    f.on_agenda("chalon", 4010, "Économie circulaire : les rencontres", [(at(18, "14:00"), at(18, "18:00"))],
                "Communauté d'agglomération du Grand Chalon",
                location("Espace des Arts", "5 bis av. Nicéphore Niépce", "71100", "Chalon-sur-Saône", insee="71076"))
    # 11 Dijon: a concert credited to the venue in one copy
    f.on_platform("concert", 11, "Concert de soutien aux épiceries solidaires", at(25, "20:30"), at(25, "23:30"),
                  "Association Zutique Productions",
                  place("La Vapeur", "42 avenue de Stalingrad", "21000", "Dijon"))
    f.on_agenda("concert", 4011, "Concert solidaire pour les épiceries", [(at(25, "20:30"), at(25, "23:30"))],
                "La Vapeur",
                location("La Vapeur", "42 av. de Stalingrad", "21000", "Dijon", insee="21231"))
    _calendar(f, "concert", "concert@ess21", 25, "20:30", "23:30", "Concert soutien épiceries solidaires", "La Vapeur")
    # 12 Nevers: a regional union under three names
    f.on_platform("urscop", 12, "Petit-déjeuner : reprendre son entreprise en Scop", at(15, "08:30"), at(15, "10:30"),
                  "Union régionale des Scop et Scic Bourgogne-Franche-Comté",
                  place("Maison des entreprises", "Route de Marzy", "58000", "Nevers"))
    f.on_agenda("urscop", 4012, "Reprise d'entreprise en Scop : petit-déjeuner", [(at(15, "08:30"), at(15, "10:30"))],
                "Les Scop BFC", location("Maison des entreprises", "Route de Marzy", "58000", "Nevers", insee="58194"))
    # 13 Nevers: the same union's afternoon workshop the same day (one organiser's two events; hard negative with 12)
    f.on_platform("urscop-pm", 13, "Atelier : la gouvernance en Scop", at(15, "14:00"), at(15, "16:30"),
                  "Union régionale des Scop et Scic Bourgogne-Franche-Comté",
                  place("Maison des entreprises", "Route de Marzy", "58000", "Nevers"))
    # 14 Auxerre: Emmaüs names
    f.on_platform("emmaus", 14, "Grande vente solidaire", at(19, "09:00"), at(19, "17:00"),
                  "Communauté Emmaüs de l'Yonne",
                  place("Emmaüs", "Route de Chevannes", "89000", "Auxerre"))
    f.on_agenda("emmaus", 4014, "Vente solidaire chez Emmaüs", [(at(19, "09:00"), at(19, "17:00"))], "Emmaüs Auxerre",
                location("Communauté Emmaüs", "Route de Chevannes", "89000", "Auxerre", insee="89024"))
    # 15 Lons-le-Saunier: Familles Rurales federation of the Jura ...
    f.on_platform("fr-jura", 15, "Conférence : parentalité et numérique", at(17, "20:00"), at(17, "22:00"),
                  "Fédération départementale Familles Rurales du Jura",
                  place("Salle de la Comédie", "Place de la Comédie", "39000", "Lons-le-Saunier"))
    _calendar(f, "fr-jura", "parentalite@fr39", 17, "20:00", "22:00", "Conférence parentalité & écrans",
              "Salle de la Comédie\\, Lons",
        "ORGANIZER;CN=Familles Rurales 39:mailto:fd.jura@famillesrurales.org")
    # 16 ... and the Lons local association of Familles Rurales the same evening (hard negative with 15)
    f.on_platform("fr-lons", 16, "Soirée jeux en famille", at(17, "20:00"), at(17, "22:30"),
                  "Familles Rurales Association de Lons-le-Saunier",
                  place("Maison des associations", "Rue de Pavigny", "39000", "Lons-le-Saunier"))
    # 17 Mâcon: a venue credited as organiser in the spreadsheet
    f.on_platform("macon", 17, "Ciné-débat « Les Nouveaux Chiens de garde »", at(21, "20:00"), at(21, "22:30"),
                  "Attac Mâcon",
                  place("Cinéma Les Cinémas Pathé", "Rue Gambetta", "71000", "Mâcon"))
    # 18 Besançon: France Active regional vs territorial
    f.on_platform("fa", 18, "Webinaire : financer son projet associatif", at(23, "12:30"), at(23, "13:30"),
                  "France Active Franche-Comté", ONLINE, modality="En ligne")
    f.on_agenda("fa", 4018, "Financer son projet associatif (webinaire)", [(at(23, "12:30"), at(23, "13:30"))],
                "France Active Bourgogne-Franche-Comté", {}, mode=2,
                onlineAccessLink="https://us06web.zoom.us/j/85512340000")
    # 19 Dole: the Mouvement associatif
    f.on_platform("ma", 19, "Rencontre : bénévolat et engagement des jeunes", at(16, "18:00"), at(16, "20:00"),
                  "Le Mouvement associatif de Bourgogne-Franche-Comté",
                  place("La Commanderie", "Rue Mont-Roland", "39100", "Dole"))
    f.on_agenda("ma", 4019, "Bénévolat et engagement des jeunes : rencontre", [(at(16, "18:00"), at(16, "20:00"))],
                "Mouvement associatif BFC",
                location("La Commanderie", "Rue Mont-Roland", "39100", "Dole", insee="39198"))
    # 20 Montbéliard: ADIE under its acronym and full name
    f.on_platform("adie", 20, "Permanence création d'entreprise", at(21, "09:00"), at(21, "12:00"),
                  "Association pour le droit à l'initiative économique",
                  place("Pôle emploi", "9 rue de la Schliffe", "25200", "Montbéliard"))
    _calendar(f, "adie", "adie@nfc-ess", 21, "09:00", "12:00", "Permanence Adie : créer sa boîte", "Montbéliard",
              "ORGANIZER;CN=Adie BFC:mailto:x@adie.org")

    f.in_form([
        ("ligue-bfc",
         row("BFC-01", "Ligue de l'Enseignement BFC", "Formation dirigeants : projet asso", "19/11/2022", "9h30-12h30",
             "Maison de l'ESS", "14 r. Violet", "25000", "Besançon")),
        ("ligue-25",
         row("BFC-02", "Ligue 25", "Compta asso pour bénévoles", "19/11/2022", "9h30-12h", "", "14 rue Gambetta",
             "25000", "Besancon")),
        ("fcs21",
         row("BFC-03", "Fédé des Centres Sociaux 21", "Journée départementale centres sociaux", "24/11/2022",
             "Journée", "Salle Devosge", "", "21000", "Dijon")),
        ("cae",
         row("BFC-04", "CAE Coopilote", "Réunion d'info CAE", "17/11/2022", "12h-14h", "", "2 rue des Corroyeurs",
             "21000", "Dijon")),
        ("enr",
         row("BFC-05", "Centrales Villageoises Lédoniennes", "Visite centrale PV", "26/11/2022", "10h",
             "Salle des fêtes", "", "39000", "Lons-le-Saunier")),
        ("forum-bes",
         row("BFC-06", "CCAS de Besançon", "Forum des associations solidaires", "26/11/2022", "10h-18h",
             "Grande Halle", "", "25000", "BESANCON")),
        ("ccas-belfort",
         row("BFC-07", "Ville de Belfort - CCAS", "Accès aux droits", "22/11/2022", "14h-17h", "CCAS",
             "4 r. de l'Ancien Théâtre", "90000", "Belfort")),
        ("chalon",
         row("BFC-08", "Grand Chalon Agglomération", "Rencontres éco circulaire", "18/11/2022", "14h-18h",
             "Espace des Arts", "", "71100", "Chalon/Saône")),
        ("urscop",
         row("BFC-09", "URSCOP BFC", "P'tit déj reprise en Scop", "15/11/2022", "8h30", "Maison des entreprises", "",
             "58000", "Nevers")),
        ("urscop-pm",
         row("BFC-10", "URSCOP BFC", "Atelier gouvernance", "15/11/2022", "14h", "Maison des entreprises", "", "58000",
             "Nevers")),
        ("emmaus",
         row("BFC-11", "Emmaüs France - Yonne", "Vente solidaire", "19/11/2022", "9h-17h", "", "rte de Chevannes",
             "89000", "Auxerre")),
        ("fr-lons",
         row("BFC-12", "Familles Rurales Lons", "Soirée jeux", "17/11/2022", "20h", "MDA", "", "39000",
             "Lons-le-Saunier")),
        ("macon",
         row("BFC-13", "Cinéma Pathé Mâcon", "Ciné-débat Les nouveaux chiens de garde", "21/11/2022", "20h", "Pathé",
             "", "71000", "Mâcon")),
        ("fa",
         row("BFC-14", "France Active BFC", "Webinaire financement asso", "23/11/2022", "12h30-13h30", "Visio",
             form="Distanciel")),
        ("adie",
         row("BFC-15", "ADIE", "Permanence création d'entreprise", "21/11/2022", "matin", "Pôle Emploi",
             "9 r. de la Schliffe", "25200", "Montbéliard")),
        ("fr-jura",
         row("BFC-16", "FD Familles Rurales 39", "Conférence parentalité et numérique", "17/11/2022", "20h-22h",
             "Salle de la Comédie", "", "39000", "Lons le Saunier")),
    ])
    return f


def _guadeloupe_places() -> Feeds:
    """Guadeloupe (written by a helper): 19 events, 56 listings; local spellings, sections, the island
    or the EPCI alone (« Les Saintes », « Marie-Galante », « Cap Excellence »), « OT des Saintes »."""
    f = Feeds()
    f.calendar_head = "X-WR-TIMEZONE:America/Guadeloupe\r\n"
    # 1: regional forum, Pointe-à-Pitre
    f.on_platform("forum", 1, "Forum régional de l'ESS de Guadeloupe", _guadeloupe(17, "08:30"),
                  _guadeloupe(17, "16:30"), "CRESS des Îles de Guadeloupe",
                  place("Centre des Arts et de la Culture", "Place des Martyrs de la Liberté", "97110",
                        "Pointe-à-Pitre"))
    f.on_agenda("forum", 5001, "Forum ESS Guadeloupe 2022", [(_guadeloupe(17, "08:30"), _guadeloupe(17, "16:30"))],
                "CRESS Îles de Guadeloupe",
                location("Centre des Arts", "Place des Martyrs de la Liberté", "97110", "Pointe-à-Pitre",
                         insee="97120"))
    f.in_calendar("forum", "forum-ess@kreyol-ess", f"DTSTART;{_guadeloupe_zone(17, '08:30')}",
                  f"DTEND;{_guadeloupe_zone(17, '16:30')}",
                  "SUMMARY:Forum ESS", "LOCATION:Centre des Arts\\, Pointe à Pitre")
    # 2 / 3: two craft markets the same morning, Sainte-Anne and Saint-François (both Riviéra du Levant)
    f.on_platform("marche-ste-anne", 2, "Marché artisanal et solidaire", _guadeloupe(19, "08:00"),
                  _guadeloupe(19, "13:00"), "Association Lakou Sent-An",
                  place("Place de l'Église", "", "97180", "Sainte-Anne"))
    f.in_calendar("marche-ste-anne", "marche-sa@kreyol-ess", f"DTSTART:{_guadeloupe_utc(19, '08:00')}",
                  f"DTEND:{_guadeloupe_utc(19, '13:00')}",
                  "SUMMARY:Marché artisanal solidaire", "LOCATION:Bourg de Ste-Anne")
    f.on_platform("marche-st-francois", 3, "Marché artisanal et solidaire", _guadeloupe(19, "08:00"),
                  _guadeloupe(19, "13:00"), "Les Artisans du Levant",
                  place("Place du Marché", "", "97118", "Saint-François"))
    f.on_agenda("marche-st-francois", 5003, "Marché artisanal solidaire de Saint-François",
                [(_guadeloupe(19, "08:00"), _guadeloupe(19, "13:00"))],
                "Artisans du Levant",
                location("Place du marché", "Rue de la République", "97118", "Saint-François", insee="97125"))
    # 4: creole garden visit in the Douville section of Sainte-Anne
    f.on_platform("douville", 4, "Visite du jardin créole et des plantes médicinales", _guadeloupe(12, "09:00"),
                  _guadeloupe(12, "11:30"), "Jardins Lakou",
                  place("Jardin créole de Douville", "Section Douville", "97180", "Sainte-Anne"))
    f.on_agenda("douville", 5004, "Jardin créole : visite guidée",
                [(_guadeloupe(12, "09:00"), _guadeloupe(12, "11:30"))], "Jardins Lakou",
                location("Jardin de Douville", "Douville", "97180", "Sainte-Anne", insee="97128", latitude=16.2564,
                         longitude=-61.3692))
    f.in_calendar("douville", "jardin-douville@kreyol-ess", f"DTSTART;{_guadeloupe_zone(12, '09:00')}",
                  f"DTEND;{_guadeloupe_zone(12, '11:30')}",
                  "SUMMARY:Visite jardin lakou", "LOCATION:Douville")
    # 5: coffee farm at Matouba (Saint-Claude)
    f.on_platform("matouba", 5, "Découverte d'une caféière coopérative", _guadeloupe(20, "09:00"),
                  _guadeloupe(20, "12:00"), "Coopérative des caféiculteurs de Matouba",
                  place("Habitation Matouba", "Matouba", "97120", "Saint-Claude"))
    f.in_calendar("matouba", "cafe-matouba@kreyol-ess", f"DTSTART:{_guadeloupe_utc(20, '09:00')}",
                  f"DTEND:{_guadeloupe_utc(20, '12:00')}",
                  "SUMMARY:Visite caféière coopérative", "LOCATION:Matouba")
    # 6: job dating at Jarry; the spreadsheet gives only the EPCI
    f.on_platform("jobdating", 6, "Job dating de l'ESS", _guadeloupe(23, "09:00"), _guadeloupe(23, "13:00"),
                  "Cap Excellence",
                  place("Pôle emploi Jarry", "Rue Ferdinand Forest, ZI de Jarry", "97122", "Baie-Mahault"))
    f.on_agenda("jobdating", 5006, "Job Dating ESS", [(_guadeloupe(23, "09:00"), _guadeloupe(23, "13:00"))],
                "CRESS Îles de Guadeloupe",
                location("Pôle emploi", "Rue Ferdinand Forest, Jarry", "97122", "Baie-Mahault", insee="97103"))
    # 7: Marie-Galante cooperatives meeting; the spreadsheet gives only the island
    f.on_platform("mg", 7, "Rencontre des coopératives agricoles de Marie-Galante", _guadeloupe(24, "14:00"),
                  _guadeloupe(24, "17:00"), "CCMG",
                  place("Salle polyvalente", "Rue du Docteur Étienne", "97112", "Grand-Bourg"))
    f.on_agenda("mg", 5007, "Coopératives agricoles : rencontre à Marie-Galante",
                [(_guadeloupe(24, "14:00"), _guadeloupe(24, "17:00"))],
                "Communauté de communes de Marie-Galante",
                location("Salle polyvalente de Grand-Bourg", "Rue du Docteur Étienne", "97112", "Grand-Bourg",
                         insee="97112"))
    # 8 / 9: one syndicate's two compost workshops the same morning, Lamentin and Sainte-Rose (Nord Basse-Terre)
    f.on_platform("compost-lamentin", 8, "Atelier compostage", _guadeloupe(26, "09:00"), _guadeloupe(26, "11:00"),
                  "SYVADE",
                  place("Médiathèque", "Rue Schœlcher", "97129", "Lamentin"))
    f.in_calendar("compost-lamentin", "compost-lam@kreyol-ess", f"DTSTART;{_guadeloupe_zone(26, '09:00')}",
                  f"DTEND;{_guadeloupe_zone(26, '11:00')}",
                  "SUMMARY:Atelier compostage", "LOCATION:Médiathèque de Lamentin")
    f.on_platform("compost-ste-rose", 9, "Atelier compostage", _guadeloupe(26, "09:00"), _guadeloupe(26, "11:00"),
                  "SYVADE",
                  place("Salle des fêtes", "", "97115", "Sainte-Rose"))
    f.in_calendar("compost-ste-rose", "compost-sr@kreyol-ess", f"DTSTART;{_guadeloupe_zone(26, '09:00')}",
                  f"DTEND;{_guadeloupe_zone(26, '11:00')}",
                  "SUMMARY:Atelier compostage", "LOCATION:Salle des fêtes de Ste-Rose")
    # 10 / 11: two beach clean-ups the same morning on Grande-Terre, Le Moule and Port-Louis
    f.on_platform("plage-moule", 10, "Nettoyage de plage citoyen", _guadeloupe(13, "07:30"), _guadeloupe(13, "10:30"),
                  "Moul'Environnement",
                  place("Plage de l'Autre Bord", "", "97160", "Le Moule"))
    f.in_calendar("plage-moule", "plage-moule@kreyol-ess", f"DTSTART:{_guadeloupe_utc(13, '07:30')}",
                  f"DTEND:{_guadeloupe_utc(13, '10:30')}",
                  "SUMMARY:Nettoyage plage", "LOCATION:Plage de l'Autre Bord")
    f.on_platform("plage-port-louis", 11, "Nettoyage de plage citoyen", _guadeloupe(13, "07:30"),
                  _guadeloupe(13, "10:30"), "Port-Louis Océan",
                  place("Plage du Souffleur", "", "97117", "Port-Louis"))
    # 12: tourism conference at Terre-de-Haut (Les Saintes)
    f.on_platform("saintes", 12, "Conférence : tourisme solidaire aux Saintes", _guadeloupe(18, "18:00"),
                  _guadeloupe(18, "20:00"), "Office de tourisme des Saintes",
                  place("Salle de la mairie", "Rue Jean Calot", "97137", "Terre-de-Haut"))
    f.in_calendar("saintes", "tourisme-saintes@kreyol-ess", f"DTSTART;{_guadeloupe_zone(18, '18:00')}",
                  "SUMMARY:Tourisme solidaire : conférence",
                  "LOCATION:Terre-de-Haut (Les Saintes)")
    # 13: creole tales evening at Bas-du-Fort, Le Gosier
    f.on_platform("contes", 13, "Soirée contes créoles", _guadeloupe(25, "19:00"), _guadeloupe(25, "21:30"),
                  "Lyannaj Kont",
                  place("Maison des associations", "Bas-du-Fort", "97190", "Le Gosier"))
    f.on_agenda("contes", 5013, "Tim tim ? Bwa sèk ! Soirée contes créoles",
                [(_guadeloupe(25, "19:00"), _guadeloupe(25, "21:30"))], "Lyannaj Kont",
                location("Maison des associations de Bas-du-Fort", "Bas-du-Fort", "97190", "Le Gosier", insee="97113"))
    f.in_calendar("contes", "contes@kreyol-ess", "DTSTART:20221125T190000", "DTEND:20221125T213000",
                  "SUMMARY:Soirée contes", "LOCATION:Bas du Fort\\, Gosier")
    # 14 / 15: two social groceries' open days the same day, Les Abymes (Boissard) and Pointe-à-Pitre (Cap Excellence)
    f.on_platform("epicerie-abymes", 14, "Portes ouvertes de l'épicerie solidaire", _guadeloupe(16, "09:00"),
                  _guadeloupe(16, "12:00"), "Épicerie solidaire Boissard",
                  place("Épicerie solidaire", "Cité Boissard", "97139", "Les Abymes"))
    f.on_agenda("epicerie-abymes", 5014, "Épicerie solidaire de Boissard : portes ouvertes",
                [(_guadeloupe(16, "09:00"), _guadeloupe(16, "12:00"))],
                "Épicerie solidaire Boissard",
                location("Épicerie solidaire", "Boissard", "97139", "Les Abymes", insee="97101"))
    f.on_platform("epicerie-pap", 15, "Portes ouvertes de l'épicerie solidaire", _guadeloupe(16, "09:00"),
                  _guadeloupe(16, "12:30"), "Croix-Rouge Guadeloupe",
                  place("Épicerie sociale de Lauricisque", "Rue Lauricisque", "97110", "Pointe-à-Pitre"))
    # 16: département's meeting at Basse-Terre (the town), CEDEX in the spreadsheet
    f.on_platform("cd971", 16, "Assises départementales de l'économie solidaire", _guadeloupe(22, "08:30"),
                  _guadeloupe(22, "13:00"), "Département de la Guadeloupe",
                  place("Hôtel du Département", "Boulevard Félix Éboué", "97100", "Basse-Terre"))
    f.in_calendar("cd971", "assises@kreyol-ess", f"DTSTART;{_guadeloupe_zone(22, '08:30')}",
                  f"DTEND;{_guadeloupe_zone(22, '13:00')}",
                  "SUMMARY:Assises de l'économie solidaire", "LOCATION:Basse-Terre")
    # 17: basketry workshop at Bananier, Capesterre-Belle-Eau
    f.on_platform("vannerie", 17, "Atelier vannerie traditionnelle", _guadeloupe(21, "14:00"),
                  _guadeloupe(21, "17:00"), "Lakou Bananier",
                  place("Case des associations", "Section Bananier", "97130", "Capesterre-Belle-Eau"))
    f.in_calendar("vannerie", "vannerie@kreyol-ess", f"DTSTART;{_guadeloupe_zone(21, '14:00')}",
                  f"DTEND;{_guadeloupe_zone(21, '17:00')}",
                  "SUMMARY:Atelier vannerie", "LOCATION:Bananier")
    # 18: educational farm at Montebello, Petit-Bourg
    f.on_platform("ferme", 18, "Visite de la ferme pédagogique", _guadeloupe(19, "09:00"), _guadeloupe(19, "12:00"),
                  "Ferme pédagogique de Montebello",
                  place("Ferme de Montebello", "Montebello", "97170", "Petit-Bourg"))
    f.on_agenda("ferme", 5018, "Ferme pédagogique de Montebello : visite",
                [(_guadeloupe(19, "09:00"), _guadeloupe(19, "12:00"))], "Ferme de Montebello",
                location("Ferme pédagogique", "Montebello", "97170", "Petit-Bourg", insee="97118"))
    f.in_calendar("ferme", "ferme-montebello@kreyol-ess", f"DTSTART:{_guadeloupe_utc(19, '09:00')}",
                  f"DTEND:{_guadeloupe_utc(19, '12:00')}",
                  "SUMMARY:Ferme pédagogique", "LOCATION:Montebello\\, Petit Bourg")
    # 19: job fair in Le Lamentin, Martinique, on the national platform (same day and hours as 6, another island)
    f.on_platform("jobdating-mq", 19, "Job dating de l'ESS", "2022-11-23T09:00:00-04:00", "2022-11-23T13:00:00-04:00",
                  "CACEM", place("Pôle emploi", "Zone de Manhity", "97232", "Le Lamentin"))

    f.in_form([
        ("forum",
         row("GP-01", "CRESS IG", "Forum régional ESS", "17/11/2022", "8h30-16h30", "Centre des Arts", "", "", "PAP")),
        ("marche-ste-anne",
         row("GP-02", "Lakou Sent-An", "Marché artisanal", "19/11/2022", "8h-13h", "Place de l'église", "", "",
             "Ste Anne")),
        ("marche-st-francois",
         row("GP-03", "Artisans du Levant", "Marché artisanal", "19/11/2022", "8h-13h", "Place du marché", "", "97118",
             "St François")),
        ("douville",
         row("GP-04", "Jardins Lakou", "Visite jardin créole", "12/11/2022", "9h", "Douville", "", "", "Ste-Anne")),
        ("matouba",
         row("GP-05", "Coop Matouba", "Visite caféière", "20/11/2022", "matin", "Matouba", "", "", "St-Claude")),
        ("jobdating",
         row("GP-06", "Cap Excellence", "Job dating ESS", "23/11/2022", "9h-13h", "Pôle Emploi Jarry", "", "",
             "Cap Excellence")),
        ("mg",
         row("GP-07", "CCMG", "Rencontre coopératives agricoles", "24/11/2022", "14h-17h", "Salle polyvalente", "", "",
             "Marie-Galante")),
        ("compost-lamentin",
         row("GP-08", "SYVADE", "Atelier compostage", "26/11/2022", "9h-11h", "Médiathèque", "", "97129", "Lamentin")),
        ("compost-ste-rose",
         row("GP-09", "SYVADE", "Atelier compostage", "26/11/2022", "9h-11h", "Salle des fêtes", "", "", "Ste-Rose")),
        ("plage-moule",
         row("GP-10", "Moul'Environnement", "Nettoyage de plage", "13/11/2022", "7h30", "Plage de l'Autre Bord", "",
             "", "Moule")),
        ("plage-port-louis",
         row("GP-11", "Port-Louis Océan", "Nettoyage plage", "13/11/2022", "7h30", "Plage du Souffleur", "", "",
             "Port Louis")),
        ("saintes",
         row("GP-12", "OT des Saintes", "Tourisme solidaire", "18/11/2022", "18h", "Mairie", "", "", "Les Saintes")),
        ("contes",
         row("GP-13", "Lyannaj Kont", "Soirée contes créoles", "25/11/2022", "19h", "Bas du Fort", "", "", "Gosier")),
        ("epicerie-abymes",
         row("GP-14", "Épicerie Boissard", "Portes ouvertes épicerie solidaire", "16/11/2022", "9h-12h", "Boissard",
             "", "", "Abymes")),
        ("epicerie-pap",
         row("GP-15", "Croix Rouge", "Portes ouvertes épicerie sociale", "16/11/2022", "9h-12h30", "Lauricisque", "",
             "", "Pointe-à-Pitre")),
        ("cd971",
         row("GP-16", "CD 971", "Assises économie solidaire", "22/11/2022", "matinée", "Hôtel du Département",
             "Bd Félix Eboué", "97109", "BASSE-TERRE CEDEX")),
        ("vannerie",
         row("GP-17", "Lakou Bananier", "Vannerie", "21/11/2022", "14h-17h", "Bananier", "", "", "Capesterre B/E")),
    ])
    return f


def _ile_de_france_several_days() -> Feeds:
    """Île-de-France (written by a helper): 17 events, 57 listings; an exhibition over the month
    listed whole, day by day and as all-day VEVENTs, a two-day fair, a festival and its opening night."""
    f = Feeds()
    # 1 Paris 3e: Salon des solutions solidaires, two days (platform range, agenda two timings, ICS all-day range,
    # sheet two rows)
    f.on_platform("salon", 101, "Salon des solutions solidaires", at(18, "10:00"), at(19, "18:00"),
                  "CRESS Île-de-France",
                  place("Carreau du Temple", "4 rue Eugène Spuller", "75003", "Paris"))
    f.on_agenda("salon", 7101, "Salon des Solutions Solidaires 2022",
                [(at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00"))],
                "CRESS IDF", location("Le Carreau du Temple", "4 Rue Eugène Spuller", "75003", "Paris", insee="75103"))
    f.in_calendar("salon", "salon-solidaire-2022@ess-paris", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221120",
                  "SUMMARY:[Mois de l'ESS] Salon des solutions solidaires", "LOCATION:Carreau du Temple")

    # 2 Pantin: exhibition the whole month, Tue-Sat; platform range; ICS all-day range; agenda one timing per week
    # day open
    EXPO_DAYS = [d for d in range(2, 31) if d % 7 not in (6, 0)]  # 6 Nov 2022 is a Sunday, 7 a Monday
    f.on_platform("expo", 102, "Exposition « Les visages de l'ESS »", at(2, "14:00"), at(30, "19:00"),
                  "Pantin Solidaire",
                  place("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
    f.on_agenda("expo", 7102, "Expo photo : Les visages de l'économie sociale et solidaire",
                [(at(d, "14:00"), at(d, "19:00")) for d in EXPO_DAYS], "Association Pantin Solidaire",
                location("Halle Papin", "2 rue Denis Papin", "93500", "Pantin", insee="93055"))
    f.in_calendar("expo", "expo-visages@pantin-solidaire.fr", "DTSTART;VALUE=DATE:20221102",
                  "DTEND;VALUE=DATE:20221201",
                  "SUMMARY:Exposition Les visages de l'ESS", "LOCATION:Halle Papin")
    # hard negatives: the same organiser's own events at the same venue on days inside the exhibition's span
    f.on_platform("atelier-ecriture", 103, "Atelier d'écriture « Raconte ton ESS »", at(9, "15:00"), at(9, "17:00"),
                  "Pantin Solidaire",
                  place("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
    f.in_calendar("atelier-ecriture", "atelier-ecriture@pantin-solidaire.fr",
                  "DTSTART;TZID=Europe/Paris:20221109T150000",
                  "DTEND;TZID=Europe/Paris:20221109T170000", "SUMMARY:Atelier d'écriture : raconte ton ESS",
                  "LOCATION:Halle Papin")
    f.on_platform("tr-pantin", 104, "Table ronde : l'ESS à Pantin, quels besoins ?", at(16, "18:30"), at(16, "20:30"),
                  "Pantin Solidaire",
                  place("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
    f.on_agenda("tr-pantin", 7104, "L'ESS à Pantin : table ronde", [(at(16, "18:30"), at(16, "20:30"))],
                "Association Pantin Solidaire",
                location("Halle Papin", "2 rue Denis Papin", "93500", "Pantin", insee="93055"))
    f.in_calendar("visite-expo", "visite-commentee@pantin-solidaire.fr", "DTSTART;TZID=Europe/Paris:20221123T160000",
                  "DTEND;TZID=Europe/Paris:20221123T170000", "SUMMARY:Visite commentée de l'expo Les visages de l'ESS",
                  "LOCATION:Halle Papin")
    f.on_platform("visite-expo", 105, "Visite commentée de l'exposition « Les visages de l'ESS »", at(23, "16:00"),
                  at(23, "17:00"),
                  "Pantin Solidaire", place("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))

    # 3 Montreuil: Festival Zéro Déchet 25-27 Nov, its opening evening the 24th listed apart
    f.on_platform("festival", 106, "Festival Zéro Déchet de Montreuil", at(25, "10:00"), at(27, "18:00"),
                  "Zero Waste Montreuil",
                  place("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
    f.on_platform("ouverture", 107, "Soirée d'ouverture du Festival Zéro Déchet", at(24, "19:00"), at(24, "23:00"),
                  "Zero Waste Montreuil",
                  place("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
    f.on_agenda("festival", 7106, "Festival Zéro Déchet 2022",
                [(at(25, "10:00"), at(25, "18:00")), (at(26, "10:00"), at(26, "18:00")),
                (at(27, "10:00"), at(27, "18:00"))], "Zero Waste Montreuil",
                location("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
    f.on_agenda("ouverture", 7107, "Festival Zéro Déchet : soirée d'ouverture (concert + apéro)",
                [(at(24, "19:00"), at(24, "23:00"))],
                "Zero Waste Montreuil", location("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
    f.in_calendar("festival", "fzd-2022@zwmontreuil", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221128",
                  "SUMMARY:Festival Zéro Déchet", "LOCATION:La Marbrerie\\, Montreuil")
    f.in_calendar("ouverture", "fzd-2022-ouverture@zwmontreuil", "DTSTART:20221124T180000Z", "DTEND:20221124T220000Z",
                  "SUMMARY:Soirée d'ouverture - Festival Zéro Déchet", "LOCATION:La Marbrerie\\, Montreuil")

    # 4 Paris 20e: two-day training at Coopaname; ICS one VEVENT per day; the same organiser's breakfast inside the span
    f.on_platform("formation-coop", 108, "Formation : créer sa coopérative (2 jours)", at(14, "09:30"),
                  at(15, "17:00"), "Coopaname",
                  place("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
    f.in_calendar("formation-coop", "formation-coop-j1@coopaname", "DTSTART;TZID=Europe/Paris:20221114T093000",
                  "DTEND;TZID=Europe/Paris:20221114T170000", "SUMMARY:Créer sa coopérative - jour 1",
                  "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")
    f.in_calendar("formation-coop", "formation-coop-j2@coopaname", "DTSTART;TZID=Europe/Paris:20221115T093000",
                  "DTEND;TZID=Europe/Paris:20221115T170000", "SUMMARY:Créer sa coopérative - jour 2",
                  "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")
    f.on_platform("petitdej-coop", 109, "Petit-déjeuner des coopérateurs", at(15, "08:30"), at(15, "09:30"),
                  "Coopaname",
                  place("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
    f.in_calendar("petitdej-coop", "petitdej@coopaname", "DTSTART;TZID=Europe/Paris:20221115T083000",
                  "DTEND;TZID=Europe/Paris:20221115T093000", "SUMMARY:Petit-déj des coopérateurs",
                  "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")

    # 5 Versailles: marché solidaire de Noël over a week-end; another association's marché the Saturday elsewhere in
    # town
    f.on_platform("marche-versailles", 110, "Marché solidaire de Noël", at(26, "10:00"), at(27, "18:00"),
                  "Secours populaire des Yvelines",
                  place("Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles"))
    f.on_agenda("marche-versailles", 7110, "Marché de Noël solidaire du Secours populaire",
                [(at(26, "10:00"), at(26, "18:00")),
                (at(27, "10:00"), at(27, "18:00"))], "Secours populaire français - Yvelines",
                location("Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles"))
    f.on_platform("marche-versailles-2", 111, "Marché solidaire et artisanal", at(26, "09:00"), at(26, "17:00"),
                  "Emmaüs Versailles",
                  place("Espace Richaud", "78 boulevard de la Reine", "78000", "Versailles"))
    f.in_calendar("marche-versailles-2", "marche-emmaus-versailles@ess78", "DTSTART;VALUE=DATE:20221126",
                  "SUMMARY:Marché solidaire Emmaüs", "LOCATION:Espace Richaud\\, Versailles")

    # 6 Paris 18e: two repair cafés the same Saturday
    f.on_platform("rc-18-a", 112, "Repair café de la Goutte d'Or", at(19, "14:00"), at(19, "18:00"),
                  "Repair Café Paris 18",
                  place("Salle Saint-Bruno", "9 rue Saint-Bruno", "75018", "Paris"))
    f.on_platform("rc-18-b", 113, "Repair café Simplon", at(19, "14:00"), at(19, "17:00"), "Repair Café Paris 18",
                  place("Centre Paris Anim' Binet", "66 rue René Binet", "75018", "Paris"))
    f.in_calendar("rc-18-a", "rc-goutte-dor@repaircafe18", "DTSTART:20221119T130000Z", "DTEND:20221119T170000Z",
                  "SUMMARY:Repair Café Goutte d'Or", "LOCATION:Salle Saint-Bruno")
    f.in_calendar("rc-18-b", "rc-binet@repaircafe18", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
                  "SUMMARY:Repair Café Binet", "LOCATION:66 rue René Binet")

    # 7 online: France Active IDF webinar
    Z = "https://us02web.zoom.us/j/81234567890"
    f.on_platform("webinaire-fa", 114, "Webinaire : financer son entreprise de l'ESS", at(22, "12:30"), at(22, "13:30"),
                  "France Active Île-de-France", ONLINE, modality="En ligne",
                  url="https://www.franceactive-idf.org/agenda/financer")
    f.on_agenda("webinaire-fa", 7114, "Financer son entreprise ESS (webinaire)", [(at(22, "12:30"), at(22, "13:30"))],
                "France Active IDF", {},
                mode=2, onlineAccessLink=Z)

    # 8 Saint-Denis: forum de l'emploi solidaire, one day
    f.on_platform("forum-emploi", 115, "Forum de l'emploi solidaire", at(17, "09:00"), at(17, "17:00"),
                  "Plaine Commune",
                  place("Bourse du travail", "9-11 rue Génin", "93200", "Saint-Denis"))
    f.on_agenda("forum-emploi", 7115, "Forum emploi ESS Plaine Commune", [(at(17, "09:30"), at(17, "17:00"))],
                "Établissement public territorial Plaine Commune",
                location("Bourse du Travail", "9 rue Génin", "93200", "Saint-Denis", insee="93066"))

    # 9 Paris 13e: hackathon Tech for Good over a week-end, ICS in UTC across the two days
    f.on_platform("hackathon", 116, "Hackathon Tech for Good", at(5, "10:00"), at(6, "18:00"), "Latitudes",
                  place("Station F", "5 parvis Alan Turing", "75013", "Paris"))
    f.in_calendar("hackathon", "hackathon-tfg@latitudes", "DTSTART:20221105T090000Z", "DTEND:20221106T170000Z",
                  "SUMMARY:Hackathon #TechForGood (week-end)", "LOCATION:Station F\\, Paris 13")

    # 10 Montreuil: ciné-débat, one evening
    f.on_platform("cine-montreuil", 117, "Ciné-débat « Les Liberterres »", at(10, "20:00"), at(10, "22:30"),
                  "Cinéma Le Méliès",
                  place("Cinéma Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil"))
    f.on_agenda("cine-montreuil", 7117, "Projection-débat : Les Liberterres", [(at(10, "20:00"), at(10, "22:30"))],
                "Le Méliès",
                location("Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil"))

    f.in_form([
        ("salon",
         row("IDF-001", "CRESS IDF", "Salon des solutions solidaires", "18/11/2022", "10h-18h", "Carreau du Temple",
             "4 r. Eugène Spuller", "75003", "Paris")),
        ("salon",
         row("IDF-002", "CRESS IDF", "Salon des solutions solidaires", "19/11/2022", "10h-18h", "Carreau du Temple",
             "4 r. Eugène Spuller", "75003", "Paris")),
        ("expo",
         row("IDF-010", "Pantin Solidaire", "Expo Les visages de l'ESS", "02/11/2022", "14h-19h", "Halle Papin",
             "2 rue D. Papin", "93500", "Pantin")),
        ("expo",
         row("IDF-011", "Pantin Solidaire", "Expo Les visages de l'ESS", "09/11/2022", "14h-19h", "Halle Papin",
             "2 rue D. Papin", "93500", "Pantin")),
        ("expo",
         row("IDF-012", "Pantin Solidaire", "Expo Les visages de l'ESS", "16/11/2022", "14h-19h", "Halle Papin",
             "2 rue D. Papin", "93500", "Pantin")),
        ("expo",
         row("IDF-013", "Pantin Solidaire", "Expo Les visages de l'ESS", "23/11/2022", "14h-19h", "Halle Papin",
             "2 rue D. Papin", "93500", "Pantin")),
        ("expo",
         row("IDF-014", "Pantin Solidaire", "Expo Les visages de l'ESS", "30/11/2022", "14h-19h", "Halle Papin",
             "2 rue D. Papin", "93500", "Pantin")),
        ("tr-pantin",
         row("IDF-015", "Pantin Solidaire", "Table ronde ESS à Pantin", "16/11/2022", "18h30", "Halle Papin", "",
             "93500", "Pantin")),
        ("festival",
         row("IDF-020", "ZW Montreuil", "Festival Zéro Déchet", "du 25 au 27 novembre", "10h-18h",
             "La Marbrerie - 21 rue Alexis Lepère", "", "93100", "Montreuil")),
        ("ouverture",
         row("IDF-021", "ZW Montreuil", "Soirée d'ouverture festival ZD", "24/11/2022", "19h",
             "La Marbrerie - 21 rue Alexis Lepère", "", "93100", "Montreuil")),
        ("formation-coop",
         row("IDF-030", "Coopaname", "Formation créer sa coopérative", "14/11/2022", "9h30-17h", "Coopaname",
             "3-7 r. Albert Marquet", "75020", "Paris")),
        ("formation-coop",
         row("IDF-031", "Coopaname", "Formation créer sa coopérative", "15/11/2022", "9h30-17h", "Coopaname",
             "3-7 r. Albert Marquet", "75020", "Paris")),
        ("marche-versailles",
         row("IDF-040", "SPF 78", "Marché solidaire de Noël", "26/11/2022", "10h-18h", "Salle Montgolfier",
             "9 rue de la Chancellerie", "78000", "Versailles")),
        ("marche-versailles",
         row("IDF-041", "SPF 78", "Marché solidaire de Noël", "27/11/2022", "10h-18h", "Salle Montgolfier",
             "9 rue de la Chancellerie", "78000", "Versailles")),
        ("rc-18-a",
         row("IDF-050", "Repair Café 18", "Repair café Goutte d'Or", "19/11/2022", "14h-18h", "Salle St-Bruno",
             "9 r. St-Bruno", "75018", "Paris")),
        ("forum-emploi",
         row("IDF-060", "EPT Plaine Commune", "Forum de l'emploi solidaire", "17/11/2022", "Journée",
             "Bourse du travail", "", "93200", "Saint-Denis")),
        ("hackathon",
         row("IDF-070", "Latitudes", "Hackathon Tech for Good", "05/11/2022", "10h", "Station F",
             "5 parvis Alan Turing", "75013", "Paris")),
        ("webinaire-fa",
         row("IDF-080", "France Active IDF", "Webinaire financer son entreprise ESS", "22/11/2022", "12h30-13h30", "",
             "", "", "", "Distanciel")),
    ])
    return f


SETS = {"bretagne_title_words": _bretagne_title_words,
        "bourgogne_franche_comte_organisers": _bourgogne_franche_comte_organisers,
        "guadeloupe_places": _guadeloupe_places, "ile_de_france_several_days": _ile_de_france_several_days}


@pytest.mark.parametrize("name", list(SETS))
def test_a_blind_set_of_four_sources(name, tmp_path, index):
    assert_each_event_published_once(SETS[name](), tmp_path, index)
