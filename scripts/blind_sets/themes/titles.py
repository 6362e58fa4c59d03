"""Blind set « titles » (helper blind-themes, 7 Dec 2026): Centre-Val de Loire, titles retyped by people. The CRESS
staffer retyped every title in the registration sheet from memory; the CRESS agenda prefixes a theme; an association
network's ICS uses its own short names. Hard negatives: one organiser's different events the same day at one venue."""
import sys, shutil, tempfile
from pathlib import Path
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
MDA_TOURS = P("Maison des associations", "3 rue Jehan Alain", "37000", "Tours")
MDA_TOURS_A = A("Maison des associations de Tours", "3 rue Jehan Alain", "37000", "Tours", insee="37261")
# 1 / 2 hard negative: one organiser, two trainings the same day at one venue
f.on_platform("compta", 1, "Formation : la comptabilité associative pour les débutants", at(15, "18:00"), at(15, "20:00"),
              "Le Mouvement associatif Centre-Val de Loire", MDA_TOURS)
f.on_agenda("compta", 3001, "[Vie associative] Initiation à la comptabilité des associations", [(at(15, "18:00"), at(15, "20:00"))],
            "Le Mouvement associatif CVL", MDA_TOURS_A)
f.on_platform("employeur", 2, "Formation : être employeur dans une association", at(15, "14:00"), at(15, "16:30"),
              "Le Mouvement associatif Centre-Val de Loire", MDA_TOURS)
f.on_agenda("employeur", 3002, "[Vie associative] La fonction employeur associative", [(at(15, "14:00"), at(15, "16:30"))],
            "Le Mouvement associatif CVL", MDA_TOURS_A)
# 3 rencontre élus / entrepreneurs
f.on_platform("elus", 3, "Rencontre entre entrepreneurs de l'ESS et élus locaux", at(17, "17:30"), at(17, "19:30"), "CRESS Centre-Val de Loire",
              P("Hôtel de Région", "9 rue Saint-Pierre Lentin", "45000", "Orléans"))
f.on_agenda("elus", 3003, "Table ronde : élus et entrepreneurs sociaux, coopérer sur les territoires", [(at(17, "17:30"), at(17, "19:30"))],
            "CRESS Centre-Val de Loire", A("Hôtel de Région Centre-Val de Loire", "9 rue Saint-Pierre Lentin", "45000", "Orléans"))
# 4 fresque dév. durable, Blois
f.on_platform("fresque-dd", 4, "Atelier Fresque du développement durable", at(18, "09:30"), at(18, "12:30"), "Les Petits Débrouillards Centre",
              P("Espace Quinière", "1 avenue du Maréchal Juin", "41000", "Blois"))
f.in_calendar("fresque-dd", "fdd-blois@asso41", "DTSTART;TZID=Europe/Paris:20221118T093000", "DTEND;TZID=Europe/Paris:20221118T123000",
              "SUMMARY:Fresque DD", "LOCATION:Espace Quinière")
# 5 ciné-débat, Bourges, typo in the sheet, ICS short
f.on_platform("cine", 5, "Ciné-débat autour du film « Nourrir autrement »", at(22, "20:00"), at(22, "22:30"), "AMAP de Bourges",
              P("Cinéma de la Maison de la Culture", "34 rue Henri Sellier", "18000", "Bourges"))
f.in_calendar("cine", "cine-nourrir@asso18", "DTSTART:20221122T190000Z", "DTEND:20221122T213000Z",
              "SUMMARY:Projection Nourrir autrement + débat", "LOCATION:MCB Bourges")
# 6 Scop / Scic breakfast, Tours
f.on_platform("pdj-coop", 6, "Petit-déjeuner de la coopération : découvrir les Scop et les Scic", at(24, "08:30"), at(24, "10:00"),
              "Union régionale des Scop et Scic Centre-Val de Loire", P("Le Hub Tours", "10 rue Édouard Vaillant", "37000", "Tours"))
f.on_agenda("pdj-coop", 3006, "[Entreprendre] Découvrir les SCOP et SCIC autour d'un café", [(at(24, "08:30"), at(24, "10:00"))],
            "URSCOP Centre-Val de Loire", A("Le Hub", "10 rue Edouard Vaillant", "37000", "Tours"))
# 7 repair café, Orléans, ICS abbreviation
f.on_platform("repair", 7, "Repair café de l'Argonne", at(19, "14:00"), at(19, "17:30"), "Répar'Acteurs Orléans",
              P("Maison de quartier de l'Argonne", "1 place Mozart", "45000", "Orléans"))
f.in_calendar("repair", "rc-argonne@reparacteurs", "DTSTART;TZID=Europe/Paris:20221119T140000", "DTEND;TZID=Europe/Paris:20221119T173000",
              "SUMMARY:RC Argonne", "LOCATION:MDQ Argonne\\, Orléans")
# 8 / 9 hard negative: one organiser's two DIY workshops, one afternoon, one venue
RECUP = A("La Ressourcerie de Chartres", "12 rue de la Volaille", "28000", "Chartres")
f.on_agenda("menagers", 3008, "[Transition écologique] Atelier fabrication de produits ménagers au naturel", [(at(26, "14:00"), at(26, "15:30"))],
            "Zéro Déchet Chartres", RECUP)
f.in_calendar("menagers", "menagers@zd28", "DTSTART:20221126T140000", "DTEND:20221126T153000", "SUMMARY:Produits ménagers DIY",
              "LOCATION:La Ressourcerie")
f.on_agenda("cosmetiques", 3009, "[Transition écologique] Atelier cosmétiques au naturel", [(at(26, "16:00"), at(26, "17:30"))],
            "Zéro Déchet Chartres", RECUP)
f.in_calendar("cosmetiques", "cosmetiques@zd28", "DTSTART:20221126T160000", "DTEND:20221126T173000", "SUMMARY:Cosmétiques DIY",
              "LOCATION:La Ressourcerie")
# 10 forum bénévolat, Châteauroux
f.on_platform("forum-benevolat", 10, "Forum du bénévolat et de l'engagement associatif", at(19, "10:00"), at(19, "17:00"), "France Bénévolat Indre",
              P("Halle aux grains", "Place Voltaire", "36000", "Châteauroux"))
f.on_agenda("forum-benevolat", 3010, "[Engagement] Les associations qui recrutent des bénévoles : le forum", [(at(19, "10:00"), at(19, "17:00"))],
            "France Bénévolat 36", A("Halle aux Grains", "Place Voltaire", "36000", "Châteauroux"))
# 11 conférence épargne solidaire, Orléans
f.on_platform("epargne", 11, "Conférence : l'épargne solidaire, comment ça marche ?", at(23, "18:30"), at(23, "20:00"), "France Active Centre-Val de Loire",
              P("Médiathèque d'Orléans", "1 place Gambetta", "45000", "Orléans"))
f.on_agenda("epargne", 3011, "[Finance solidaire] Comment fonctionne l'épargne solidaire ?", [(at(23, "18:30"), at(23, "20:00"))],
            "France Active CVL", A("Médiathèque Orléans", "1 place Gambetta", "45000", "Orléans"))
# 12 visite ressourcerie, ICS name only
f.on_platform("visite", 12, "Visite guidée de la Ressourcerie La Charpentière", at(16, "10:00"), at(16, "11:30"), "La Charpentière",
              P("Ressourcerie La Charpentière", "15 rue de la Charpenterie", "18100", "Vierzon"))
f.in_calendar("visite", "visite@reseau18", "DTSTART;TZID=Europe/Paris:20221116T100000", "DTEND;TZID=Europe/Paris:20221116T113000",
              "SUMMARY:Visite de la ressourcerie", "LOCATION:La Charpentière")
# 13 / 14 hard negative: CRESS two round tables, one day, one venue
TIERS = P("Tiers-lieu Mame", "49 boulevard Preuilly", "37000", "Tours")
f.on_platform("femmes", 13, "Table ronde : entreprendre au féminin dans l'ESS", at(29, "14:00"), at(29, "15:30"), "CRESS Centre-Val de Loire", TIERS)
f.on_agenda("femmes", 3013, "Rencontre - Femmes entrepreneures de l'économie sociale et solidaire", [(at(29, "14:00"), at(29, "15:30"))],
            "CRESS Centre-Val de Loire", A("Mame", "49 bd Preuilly", "37000", "Tours"))
f.on_platform("qpv", 14, "Table ronde : l'ESS dans les quartiers prioritaires", at(29, "16:00"), at(29, "17:30"), "CRESS Centre-Val de Loire", TIERS)
f.on_agenda("qpv", 3014, "Rencontre - Entreprendre dans les quartiers : l'apport de l'ESS", [(at(29, "16:00"), at(29, "17:30"))],
            "CRESS Centre-Val de Loire", A("Mame", "49 bd Preuilly", "37000", "Tours"))
# 15 CV workshop, Dreux
f.on_platform("cv", 15, "Atelier CV et simulation d'entretien", at(21, "09:30"), at(21, "12:00"), "Régie de quartier de Dreux",
              P("Régie de quartier", "5 rue Henri Dunant", "28100", "Dreux"))
# 16 jeux coopératifs, Joué-lès-Tours
f.on_platform("jeux", 16, "Après-midi jeux de société coopératifs", at(20, "14:00"), at(20, "18:00"), "Ludothèque La Bulle",
              P("Ludothèque La Bulle", "18 rue Aristide Briand", "37300", "Joué-lès-Tours"))
f.in_calendar("jeux", "jeux@asso37", "DTSTART;TZID=Europe/Paris:20221120T140000", "DTEND;TZID=Europe/Paris:20221120T180000",
              "SUMMARY:Jeux coop en famille", "LOCATION:Ludothèque La Bulle")
# 17 marché, Saint-Jean-de-Braye
f.on_platform("marche", 17, "Marché de producteurs bio et locaux", at(26, "09:00"), at(26, "13:00"), "Les Jardins de Cocagne du Loiret",
              P("Parc des Longues Allées", "Rue de la Mairie", "45800", "Saint-Jean-de-Braye"))
f.on_agenda("marche", 3017, "[Alimentation] Marché paysan : producteurs bio du Loiret", [(at(26, "09:00"), at(26, "13:00"))],
            "Jardins de Cocagne 45", A("Parc des Longues Allées", "Rue de la Mairie", "45800", "Saint-Jean-de-Braye"))
# 18 / 19 hard negative: one organiser's two sewing workshops the same day, one venue
COUTURE = P("Atelier Fil & Fils", "7 rue du Commerce", "41000", "Blois")
f.on_platform("couture-init", 18, "Atelier d'initiation à la couture", at(23, "10:00"), at(23, "12:00"), "Fil & Fils", COUTURE)
f.in_calendar("couture-init", "couture1@asso41", "DTSTART;TZID=Europe/Paris:20221123T100000", "DTEND;TZID=Europe/Paris:20221123T120000",
              "SUMMARY:Couture débutants", "LOCATION:Fil & Fils")
f.on_platform("couture-repa", 19, "Atelier couture : réparer ses vêtements", at(23, "14:00"), at(23, "16:00"), "Fil & Fils", COUTURE)
f.in_calendar("couture-repa", "couture2@asso41", "DTSTART;TZID=Europe/Paris:20221123T140000", "DTEND;TZID=Europe/Paris:20221123T160000",
              "SUMMARY:Réparer ses vêtements", "LOCATION:Fil & Fils")
# 20 webinar mécénat de compétences
ZOOM = "https://us06web.zoom.us/j/84412345678"
f.on_platform("mecenat", 20, "Webinaire : le mécénat de compétences au service des associations", at(25, "12:15"), at(25, "13:30"),
              "Le Mouvement associatif Centre-Val de Loire", ONLINE, modality="En ligne", url=ZOOM)
f.on_agenda("mecenat", 3020, "[Vie associative] Associations : accueillir des salariés en mécénat de compétences", [(at(25, "12:15"), at(25, "13:30"))],
            "Le Mouvement associatif CVL", {}, mode=2, onlineAccessLink=ZOOM)
# 21 balade jardins partagés, Tours
f.on_platform("balade", 21, "Balade à la découverte des jardins partagés", at(20, "10:00"), at(20, "12:00"), "Les Jardiniers Tourangeaux",
              P("Jardin partagé des Fontaines", "Rue de Bordeaux", "37000", "Tours"))
f.in_calendar("balade", "balade@asso37", "DTSTART;TZID=Europe/Paris:20221120T100000", "DTEND;TZID=Europe/Paris:20221120T120000",
              "SUMMARY:Balade des jardins", "LOCATION:Jardin des Fontaines")
# 22 / 23 hard negative: fresque du climat morning, 2tonnes afternoon, same organiser, same venue
LAB = P("Le Lab'O", "1 avenue du Champ de Mars", "45100", "Orléans")
f.on_platform("fresque-climat", 22, "Atelier Fresque du Climat", at(17, "09:00"), at(17, "12:00"), "Orléans en Transition", LAB)
f.on_platform("2tonnes", 23, "Atelier 2tonnes : imaginer un futur bas carbone", at(17, "14:00"), at(17, "17:00"), "Orléans en Transition", LAB)

f.in_form([
    ("compta", row("CVL-01", "LMA CVL", "Atelier compta asso (débutants)", "15/11/2022", "18h-20h", "MDA", "3 rue J. Alain", "37000", "Tours")),
    ("employeur", row("CVL-02", "LMA CVL", "Session employeur associatif", "15/11/2022", "14h-16h30", "MDA", "3 rue J. Alain", "37000", "Tours")),
    ("elus", row("CVL-03", "CRESS CVL", "Echange élus / entrepreneurs ESS", "17/11/2022", "17h30", "Hôtel de Région", "", "45000", "Orléans")),
    ("fresque-dd", row("CVL-04", "Petits Débrouillards", "Fresque dév. durable", "18/11/2022", "matin", "Espace Quinière", "", "", "Blois")),
    ("cine", row("CVL-05", "AMAP Bourges", "Ciné débat Nourir autrement", "22/11/2022", "20h", "Maison de la Culture", "", "18000", "Bourges")),
    ("pdj-coop", row("CVL-06", "URSCOP", "P'tit déj coop Scop/Scic", "24/11/2022", "8h30-10h", "Le Hub", "10 r. E. Vaillant", "37000", "Tours")),
    ("repair", row("CVL-07", "Répar'Acteurs", "Réparer ensemble - repair cafe", "19/11/2022", "14h-17h30", "MDQ Argonne", "1 pl. Mozart", "45000", "Orléans")),
    ("menagers", row("CVL-08", "Zero Dechet Chartres", "Fabriquer ses produits d'entretien maison", "26/11/2022", "14h", "Ressourcerie", "12 rue de la Volaille", "28000", "Chartres")),
    ("cosmetiques", row("CVL-09", "Zero Dechet Chartres", "Fabriquer ses cosmétiques", "26/11/2022", "16h", "Ressourcerie", "12 rue de la Volaille", "28000", "Chartres")),
    ("forum-benevolat", row("CVL-10", "France Benevolat", "Forum bénévoles", "19/11/2022", "10h-17h", "Halle aux grains", "", "", "Châteauroux")),
    ("epargne", row("CVL-11", "France Active", "Conf finance solidaire", "23/11/2022", "18h30", "Médiathèque", "", "", "Orléans")),
    ("visite", row("CVL-12", "La Charpentière", "Visite ressourcerie", "16/11/2022", "10h", "", "15 rue de la Charpenterie", "18100", "Vierzon")),
    ("femmes", row("CVL-13", "CRESS CVL", "Echange entreprenariat feminin ESS", "29/11/2022", "14h", "Mame", "", "", "Tours")),
    ("qpv", row("CVL-14", "CRESS CVL", "Echange ESS et quartiers (QPV)", "29/11/2022", "16h", "Mame", "", "", "Tours")),
    ("cv", row("CVL-15", "Régie de Quartier", "Session préparation entretien d'embauche + CV", "21/11/2022", "9h30-12h", "", "5 rue H. Dunant", "28100", "Dreux")),
    ("marche", row("CVL-16", "Cocagne 45", "Marché producteurs locaux bio", "26/11/2022", "matinée", "Parc des Longues Allées", "", "", "St Jean de Braye")),
    ("couture-init", row("CVL-17", "Fil et Fils", "Initiation couture", "23/11/2022", "10h", "", "7 rue du Commerce", "41000", "Blois")),
    ("couture-repa", row("CVL-18", "Fil et Fils", "Couture réparation", "23/11/2022", "14h", "", "7 rue du Commerce", "41000", "Blois")),
    ("mecenat", row("CVL-19", "Mouvement Associatif", "Webinar mécénat compétences", "25/11/2022", "12h15", "Zoom", fmt="Distanciel")),
    ("balade", row("CVL-20", "Jardiniers Tourangeaux", "Ballade jardins partagés", "20/11/2022", "10h-12h", "Jardin des Fontaines", "", "", "Tours")),
    ("fresque-climat", row("CVL-21", "Orléans en Transition", "Fresque climat", "17/11/2022", "9h-12h", "Lab'O", "", "", "Orléans")),
    ("2tonnes", row("CVL-22", "Orléans en Transition", "Atelier 2 tonnes", "17/11/2022", "14h-17h", "Lab'O", "", "", "Orléans")),
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
