"""Blind set (blind-words, 7 Dec 2026): Bourgogne-Franche-Comté 2022, four sources, ORGANISERS named every way:
federations and their local bodies, a CAE and its brand, a SCIC's name vs its project's, a commune's service vs the
mayor's office (Ville / Mairie / CCAS de X), an agglomeration's names, one copy crediting the venue as organiser.
Hard negatives: a federation's event and its local member's event the same day in one town, a commune's CCAS and its
town hall the same afternoon, one regional union's two events the same day."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

def ics(f, event, uid, day, start, end, summary, location="", *more, tz=True):
    if tz:
        lines = [f"DTSTART;TZID=Europe/Paris:202211{day:02d}T{start.replace(':', '')}00",
                 f"DTEND;TZID=Europe/Paris:202211{day:02d}T{end.replace(':', '')}00"]
    else:
        h1, m1 = start.split(":"); h2, m2 = end.split(":")
        lines = [f"DTSTART:202211{day:02d}T{int(h1)-1:02d}{m1}00Z", f"DTEND:202211{day:02d}T{int(h2)-1:02d}{m2}00Z"]
    f.in_calendar(event, uid, *lines, f"SUMMARY:{summary}", *([f"LOCATION:{location}"] if location else []), *more)

f = Feeds()
# 1 Besançon: the regional Ligue's training (federation) ...
f.on_platform("ligue-bfc", 1, "Formation des dirigeants associatifs : le projet associatif", at(19, "09:30"), at(19, "12:30"),
              "Ligue de l'enseignement de Bourgogne-Franche-Comté", P("Maison de l'économie sociale", "14 rue Violet", "25000", "Besançon"))
f.on_agenda("ligue-bfc", 4001, "Projet associatif : formation des dirigeant·es", [(at(19, "09:30"), at(19, "12:30"))],
            "Ligue de l'enseignement BFC", A("Maison de l'ESS", "14 rue Violet", "25000", "Besançon", insee="25056"))
# 2 ... and the Doubs federation's training the same morning in Besançon (hard negative with 1)
f.on_platform("ligue-25", 2, "Formation des bénévoles : la comptabilité associative", at(19, "09:30"), at(19, "12:00"),
              "Ligue de l'enseignement du Doubs", P("Ligue de l'enseignement du Doubs", "14 rue Gambetta", "25000", "Besançon"))
ics(f, "ligue-25", "compta@fol25", 19, "09:30", "12:00", "Formation bénévoles - comptabilité", "FOL 25\\, 14 rue Gambetta\\, Besançon",
    "ORGANIZER;CN=FOL 25:mailto:contact@fol25.org")
# 3 Dijon: the Côte-d'Or federation of centres sociaux's day ...
f.on_platform("fcs21", 3, "Journée départementale des centres sociaux", at(24, "09:00"), at(24, "17:00"),
              "Fédération des centres sociaux de Côte-d'Or", P("Salle Devosge", "5 rue Devosge", "21000", "Dijon"))
f.on_agenda("fcs21", 4003, "Journée des centres sociaux de Côte-d'Or", [(at(24, "09:00"), at(24, "17:00"))],
            "FCS 21", A("Salle Devosge", "5 rue Devosge", "21000", "Dijon", insee="21231"))
# 4 ... and one member centre's open afternoon the same day in Dijon (hard negative with 3)
f.on_platform("cs-fontaine", 4, "Portes ouvertes du centre social", at(24, "14:00"), at(24, "18:00"),
              "Centre social de la Fontaine d'Ouche", P("Centre social Fontaine d'Ouche", "2 place de la Fontaine d'Ouche", "21000", "Dijon"))
f.on_agenda("cs-fontaine", 4004, "Le centre social ouvre ses portes", [(at(24, "14:00"), at(24, "18:00"))],
            "Centre social Fontaine d'Ouche", A("Centre social", "2 place de la Fontaine d'Ouche", "21000", "Dijon", insee="21231"))
# 5 Dijon: a CAE under its name and its brand
f.on_platform("cae", 5, "Entreprendre autrement : découvrir la coopérative d'activité", at(17, "12:00"), at(17, "14:00"),
              "Coopilote", P("Coopilote", "2 rue des Corroyeurs", "21000", "Dijon"))
f.on_agenda("cae", 4005, "Découvrir la CAE : entreprendre autrement", [(at(17, "12:00"), at(17, "14:00"))],
            "Coopérative d'Activités et d'Emploi Coopilote", A("Coopilote", "2 rue des Corroyeurs", "21000", "Dijon", insee="21231"))
ics(f, "cae", "cae@ess21", 17, "12:00", "14:00", "Info coll. CAE", "Coopilote", "ORGANIZER;CN=Les Entrepreneurs Coopilote:mailto:info@coopilote.fr")
# 6 Lons-le-Saunier: a SCIC under its name and under its project's name
f.on_platform("enr", 6, "Visite d'une centrale solaire citoyenne", at(26, "10:00"), at(26, "12:00"),
              "SCIC ENR Citoyennes Jura", P("Toiture de la salle des fêtes", "Rue des Écoles", "39000", "Lons-le-Saunier"))
f.on_agenda("enr", 4006, "Visite de la centrale villageoise", [(at(26, "10:00"), at(26, "12:00"))],
            "Centrales Villageoises du Pays Lédonien", A("Salle des fêtes", "Rue des Écoles", "39000", "Lons-le-Saunier", insee="39300"))
# 7 Besançon: the commune's forum, named Ville / Mairie / service
f.on_platform("forum-bes", 7, "Forum des associations solidaires", at(26, "10:00"), at(26, "18:00"), "Ville de Besançon",
              P("Grande Halle des Prés-de-Vaux", "Chemin des Prés-de-Vaux", "25000", "Besançon"))
f.on_agenda("forum-bes", 4007, "Forum des associations solidaires 2022", [(at(26, "10:00"), at(26, "18:00"))],
            "Direction Vie associative - Ville de Besançon", A("Grande Halle", "Chemin des Prés de Vaux", "25000", "Besançon", insee="25056"))
ics(f, "forum-bes", "forum@besancon-ess", 26, "10:00", "18:00", "Forum assos solidaires", "Grande Halle\\, Besançon",
    "ORGANIZER;CN=Mairie de Besançon:mailto:vie.associative@besancon.fr")
# 8 / 9 Belfort: the CCAS's afternoon and the town hall's afternoon, same day (hard negative)
f.on_platform("ccas-belfort", 8, "Après-midi d'information sur l'accès aux droits", at(22, "14:00"), at(22, "17:00"), "CCAS de Belfort",
              P("CCAS", "4 rue de l'Ancien Théâtre", "90000", "Belfort"))
ics(f, "ccas-belfort", "droits@belfort", 22, "14:00", "17:00", "Accès aux droits : après-midi d'info", "CCAS de Belfort",
    "ORGANIZER;CN=Centre communal d'action sociale:mailto:ccas@mairie-belfort.fr")
f.on_platform("ville-belfort", 9, "Après-midi de rencontre des associations de quartier", at(22, "14:00"), at(22, "17:30"), "Ville de Belfort",
              P("Hôtel de ville", "Place d'Armes", "90000", "Belfort"))
f.on_agenda("ville-belfort", 4009, "Rencontre des associations de quartier", [(at(22, "14:00"), at(22, "17:30"))],
            "Mairie de Belfort", A("Hôtel de Ville", "Place d'Armes", "90000", "Belfort", insee="90010"))
# 10 Chalon-sur-Saône: the agglomeration's names
f.on_platform("chalon", 10, "Rencontres de l'économie circulaire", at(18, "14:00"), at(18, "18:00"), "Le Grand Chalon",
              P("Espace des Arts", "5 bis avenue Nicéphore Niépce", "71100", "Chalon-sur-Saône"))
f.on_agenda("chalon", 4010, "Économie circulaire : les rencontres", [(at(18, "14:00"), at(18, "18:00"))],
            "Communauté d'agglomération du Grand Chalon", A("Espace des Arts", "5 bis av. Nicéphore Niépce", "71100", "Chalon-sur-Saône", insee="71076"))
# 11 Dijon: a concert credited to the venue in one copy
f.on_platform("concert", 11, "Concert de soutien aux épiceries solidaires", at(25, "20:30"), at(25, "23:30"), "Association Zutique Productions",
              P("La Vapeur", "42 avenue de Stalingrad", "21000", "Dijon"))
f.on_agenda("concert", 4011, "Concert solidaire pour les épiceries", [(at(25, "20:30"), at(25, "23:30"))], "La Vapeur",
            A("La Vapeur", "42 av. de Stalingrad", "21000", "Dijon", insee="21231"))
ics(f, "concert", "concert@ess21", 25, "20:30", "23:30", "Concert soutien épiceries solidaires", "La Vapeur")
# 12 Nevers: a regional union under three names
f.on_platform("urscop", 12, "Petit-déjeuner : reprendre son entreprise en Scop", at(15, "08:30"), at(15, "10:30"),
              "Union régionale des Scop et Scic Bourgogne-Franche-Comté", P("Maison des entreprises", "Route de Marzy", "58000", "Nevers"))
f.on_agenda("urscop", 4012, "Reprise d'entreprise en Scop : petit-déjeuner", [(at(15, "08:30"), at(15, "10:30"))],
            "Les Scop BFC", A("Maison des entreprises", "Route de Marzy", "58000", "Nevers", insee="58194"))
# 13 Nevers: the same union's afternoon workshop the same day (one organiser's two events; hard negative with 12)
f.on_platform("urscop-pm", 13, "Atelier : la gouvernance en Scop", at(15, "14:00"), at(15, "16:30"),
              "Union régionale des Scop et Scic Bourgogne-Franche-Comté", P("Maison des entreprises", "Route de Marzy", "58000", "Nevers"))
# 14 Auxerre: Emmaüs names
f.on_platform("emmaus", 14, "Grande vente solidaire", at(19, "09:00"), at(19, "17:00"), "Communauté Emmaüs de l'Yonne",
              P("Emmaüs", "Route de Chevannes", "89000", "Auxerre"))
f.on_agenda("emmaus", 4014, "Vente solidaire chez Emmaüs", [(at(19, "09:00"), at(19, "17:00"))], "Emmaüs Auxerre",
            A("Communauté Emmaüs", "Route de Chevannes", "89000", "Auxerre", insee="89024"))
# 15 Lons-le-Saunier: Familles Rurales federation of the Jura ...
f.on_platform("fr-jura", 15, "Conférence : parentalité et numérique", at(17, "20:00"), at(17, "22:00"),
              "Fédération départementale Familles Rurales du Jura", P("Salle de la Comédie", "Place de la Comédie", "39000", "Lons-le-Saunier"))
ics(f, "fr-jura", "parentalite@fr39", 17, "20:00", "22:00", "Conférence parentalité & écrans", "Salle de la Comédie\\, Lons",
    "ORGANIZER;CN=Familles Rurales 39:mailto:fd.jura@famillesrurales.org")
# 16 ... and the Lons local association of Familles Rurales the same evening (hard negative with 15)
f.on_platform("fr-lons", 16, "Soirée jeux en famille", at(17, "20:00"), at(17, "22:30"), "Familles Rurales Association de Lons-le-Saunier",
              P("Maison des associations", "Rue de Pavigny", "39000", "Lons-le-Saunier"))
# 17 Mâcon: a venue credited as organiser in the spreadsheet
f.on_platform("macon", 17, "Ciné-débat « Les Nouveaux Chiens de garde »", at(21, "20:00"), at(21, "22:30"), "Attac Mâcon",
              P("Cinéma Les Cinémas Pathé", "Rue Gambetta", "71000", "Mâcon"))
# 18 Besançon: France Active regional vs territorial
f.on_platform("fa", 18, "Webinaire : financer son projet associatif", at(23, "12:30"), at(23, "13:30"),
              "France Active Franche-Comté", ONLINE, modality="En ligne")
f.on_agenda("fa", 4018, "Financer son projet associatif (webinaire)", [(at(23, "12:30"), at(23, "13:30"))],
            "France Active Bourgogne-Franche-Comté", {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/85512340000")
# 19 Dole: the Mouvement associatif
f.on_platform("ma", 19, "Rencontre : bénévolat et engagement des jeunes", at(16, "18:00"), at(16, "20:00"),
              "Le Mouvement associatif de Bourgogne-Franche-Comté", P("La Commanderie", "Rue Mont-Roland", "39100", "Dole"))
f.on_agenda("ma", 4019, "Bénévolat et engagement des jeunes : rencontre", [(at(16, "18:00"), at(16, "20:00"))],
            "Mouvement associatif BFC", A("La Commanderie", "Rue Mont-Roland", "39100", "Dole", insee="39198"))
# 20 Montbéliard: ADIE under its acronym and full name
f.on_platform("adie", 20, "Permanence création d'entreprise", at(21, "09:00"), at(21, "12:00"),
              "Association pour le droit à l'initiative économique", P("Pôle emploi", "9 rue de la Schliffe", "25200", "Montbéliard"))
ics(f, "adie", "adie@nfc-ess", 21, "09:00", "12:00", "Permanence Adie : créer sa boîte", "Montbéliard", "ORGANIZER;CN=Adie BFC:mailto:x@adie.org")

f.in_form([
    ("ligue-bfc", row("BFC-01", "Ligue de l'Enseignement BFC", "Formation dirigeants : projet asso", "19/11/2022", "9h30-12h30", "Maison de l'ESS", "14 r. Violet", "25000", "Besançon")),
    ("ligue-25", row("BFC-02", "Ligue 25", "Compta asso pour bénévoles", "19/11/2022", "9h30-12h", "", "14 rue Gambetta", "25000", "Besancon")),
    ("fcs21", row("BFC-03", "Fédé des Centres Sociaux 21", "Journée départementale centres sociaux", "24/11/2022", "Journée", "Salle Devosge", "", "21000", "Dijon")),
    ("cae", row("BFC-04", "CAE Coopilote", "Réunion d'info CAE", "17/11/2022", "12h-14h", "", "2 rue des Corroyeurs", "21000", "Dijon")),
    ("enr", row("BFC-05", "Centrales Villageoises Lédoniennes", "Visite centrale PV", "26/11/2022", "10h", "Salle des fêtes", "", "39000", "Lons-le-Saunier")),
    ("forum-bes", row("BFC-06", "CCAS de Besançon", "Forum des associations solidaires", "26/11/2022", "10h-18h", "Grande Halle", "", "25000", "BESANCON")),
    ("ccas-belfort", row("BFC-07", "Ville de Belfort - CCAS", "Accès aux droits", "22/11/2022", "14h-17h", "CCAS", "4 r. de l'Ancien Théâtre", "90000", "Belfort")),
    ("chalon", row("BFC-08", "Grand Chalon Agglomération", "Rencontres éco circulaire", "18/11/2022", "14h-18h", "Espace des Arts", "", "71100", "Chalon/Saône")),
    ("urscop", row("BFC-09", "URSCOP BFC", "P'tit déj reprise en Scop", "15/11/2022", "8h30", "Maison des entreprises", "", "58000", "Nevers")),
    ("urscop-pm", row("BFC-10", "URSCOP BFC", "Atelier gouvernance", "15/11/2022", "14h", "Maison des entreprises", "", "58000", "Nevers")),
    ("emmaus", row("BFC-11", "Emmaüs France - Yonne", "Vente solidaire", "19/11/2022", "9h-17h", "", "rte de Chevannes", "89000", "Auxerre")),
    ("fr-lons", row("BFC-12", "Familles Rurales Lons", "Soirée jeux", "17/11/2022", "20h", "MDA", "", "39000", "Lons-le-Saunier")),
    ("macon", row("BFC-13", "Cinéma Pathé Mâcon", "Ciné-débat Les nouveaux chiens de garde", "21/11/2022", "20h", "Pathé", "", "71000", "Mâcon")),
    ("fa", row("BFC-14", "France Active BFC", "Webinaire financement asso", "23/11/2022", "12h30-13h30", "Visio", fmt="Distanciel")),
    ("adie", row("BFC-15", "ADIE", "Permanence création d'entreprise", "21/11/2022", "matin", "Pôle Emploi", "9 r. de la Schliffe", "25200", "Montbéliard")),
    ("fr-jura", row("BFC-16", "FD Familles Rurales 39", "Conférence parentalité et numérique", "17/11/2022", "20h-22h", "Salle de la Comédie", "", "39000", "Lons le Saunier")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
