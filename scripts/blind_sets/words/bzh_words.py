"""Blind set (blind-words, 7 Dec 2026): Bretagne 2022, four sources, WORDS: bilingual and borrowed titles (Repair
Café / Café réparation, Disco Soupe / Disco soup', Give box / boîte à dons), inclusive writing, abbreviations (AG,
conf', ciné-déb', tbc), numbers in words or figures, quotes and guillemets. Hard negatives: two associations' AG the
same evening in one town, two repair cafés the same afternoon, two « 10 ans » the same day, a Disco Soupe series."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

def ics(f, event, uid, day, start, end, summary, location="", *more, tz=True):
    if tz:
        lines = [f"DTSTART;TZID=Europe/Paris:202211{day:02d}T{start.replace(':', '')}00",
                 f"DTEND;TZID=Europe/Paris:202211{day:02d}T{end.replace(':', '')}00"]
    else:  # UTC written by the association's tool: Paris minus one hour in November
        h1, m1 = start.split(":"); h2, m2 = end.split(":")
        lines = [f"DTSTART:202211{day:02d}T{int(h1)-1:02d}{m1}00Z", f"DTEND:202211{day:02d}T{int(h2)-1:02d}{m2}00Z"]
    f.in_calendar(event, uid, *lines, f"SUMMARY:{summary}", *([f"LOCATION:{location}"] if location else []), *more)

f = Feeds()
# 1 Rennes, Blosne: Repair Café, four copies, French translation on the agenda
BLOSNE = P("Maison de quartier du Blosne", "7 boulevard de Yougoslavie", "35200", "Rennes")
f.on_platform("repair-blosne", 1, "Repair Café du Blosne", at(12, "14:00"), at(12, "17:30"), "Repair Café Rennes", BLOSNE)
f.on_agenda("repair-blosne", 3001, "Café réparation au Blosne", [(at(12, "14:00"), at(12, "17:30"))], "Repair Café Rennes",
            A("Maison de quartier du Blosne", "7 bd de Yougoslavie", "35200", "Rennes", insee="35238", latitude=48.0838, longitude=-1.6664))
ics(f, "repair-blosne", "repair-blosne@rennes-transition", 12, "14:00", "17:30", "Repair café - Blosne", "Maison de quartier du Blosne")
# 2 Rennes, Villejean: another repair café the same afternoon (hard negative with 1)
f.on_platform("repair-villejean", 2, "Café réparation de Villejean", at(12, "14:00"), at(12, "18:00"), "Les Compagnons Bâtisseurs Bretagne",
              P("Espace social commun Villejean", "43 cours Kennedy", "35000", "Rennes"))
ics(f, "repair-villejean", "repair-villejean@rennes-transition", 12, "14:00", "18:00", "Repair Café Villejean", "ESC Villejean\\, Rennes")
# 3 Brest: Disco Soupe, borrowed word spelled three ways
CAPUCINS = P("Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest")
f.on_platform("disco-19", 3, "Disco Soupe anti-gaspi aux Capucins", at(19, "11:00"), at(19, "15:00"), "Slow Food Brest", CAPUCINS)
f.on_agenda("disco-19", 3003, "Disco soup' des Capucins", [(at(19, "11:00"), at(19, "15:00"))], "Slow Food Brest",
            A("Les Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest", insee="29019"))
ics(f, "disco-19", "disco-1911@brest-zd", 19, "11:00", "15:00", "DISCO SOUPE", "Capucins", tz=False)
# 4 Brest: the next Disco Soupe a week later, same place (a series: hard negative with 3)
f.on_agenda("disco-26", 3004, "Disco soup' des Capucins", [(at(26, "11:00"), at(26, "15:00"))], "Slow Food Brest",
            A("Les Ateliers des Capucins", "25 rue de Pontaniou", "29200", "Brest", insee="29019"))
ics(f, "disco-26", "disco-2611@brest-zd", 26, "11:00", "15:00", "DISCO SOUPE", "Capucins", tz=False)
# 5 Lorient: Give box inauguration, English on the platform, French on the agenda
f.on_platform("givebox", 5, "Inauguration de la Give box de Kervénanec", at(16, "17:00"), at(16, "18:30"), "Centre social de Kervénanec",
              P("Centre social de Kervénanec", "Rue Henri Matisse", "56100", "Lorient"))
f.on_agenda("givebox", 3005, "Inauguration de la boîte à dons de Kervénanec", [(at(16, "17:00"), at(16, "18:30"))],
            "CS Kervénanec", A("Centre social Kervénanec", "Rue Henri Matisse", "56100", "Lorient", insee="56121"))
# 6 / 7 Quimper: two associations' AG the same evening at the Maison des associations (hard negative)
MDA_QUIMPER = P("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper")
f.on_platform("ag-tyvert", 6, "Assemblée générale de Ty Vert", at(17, "18:30"), at(17, "20:30"), "Ty Vert", MDA_QUIMPER)
f.on_agenda("ag-arstal", 3007, "AG de l'épicerie solidaire Ar Stal", [(at(17, "18:30"), at(17, "20:30"))], "Épicerie solidaire Ar Stal",
            A("Maison des associations", "53 impasse de l'Odet", "29000", "Quimper", insee="29232"))
ics(f, "ag-arstal", "ag-arstal@cornouaille-ess", 17, "18:30", "20:30", "AG Ar Stal", "MDA Quimper")
# 8 / 9 Rennes: the Repair Café's AG and Rennes en Transition's AG the same evening, two venues (hard negative)
f.on_platform("ag-repair", 8, "AG du Repair Café Rennes", at(24, "19:00"), at(24, "21:00"), "Repair Café Rennes",
              P("Maison de la consommation et de l'environnement", "48 boulevard Magenta", "35200", "Rennes"))
ics(f, "ag-repair", "ag-repair@rennes-transition", 24, "19:00", "21:00", "Assemblée générale Repair Café", "MCE\\, 48 bd Magenta")
f.on_platform("ag-transition", 9, "Assemblée générale de Rennes en Transition", at(24, "19:00"), at(24, "21:30"),
              "Rennes en Transition", P("La Cohue", "5 rue de la Cohue", "35000", "Rennes"))
ics(f, "ag-transition", "ag-ret@rennes-transition", 24, "19:00", "21:30", "AG Rennes en Transition", "La Cohue")
# 10 Vannes: conf' on habitat participatif
f.on_platform("conf-habitat", 10, "Conférence : l'habitat participatif en Bretagne", at(22, "18:30"), at(22, "20:30"),
              "Parasol Bretagne", P("Palais des Arts", "Place de Bretagne", "56000", "Vannes"))
ics(f, "conf-habitat", "conf-habitat@golfe-ess", 22, "18:30", "20:30", "Conf' habitat participatif", "Palais des Arts\\, Vannes")
# 11 Vannes: another conf' the same evening elsewhere (hard negative with 10)
f.on_platform("conf-monnaie", 11, "Conférence : la Galais, monnaie locale du Golfe", at(22, "18:30"), at(22, "20:00"),
              "La Galais", P("Médiathèque de Beaupré-Lalande", "Rue Émile Jourdan", "56000", "Vannes"))
ics(f, "conf-monnaie", "conf-monnaie@golfe-ess", 22, "18:30", "20:00", "Conf' monnaie locale", "Médiathèque Beaupré\\, Vannes")
# 12 Lannion: ciné-déb'
f.on_platform("cine-demain", 12, "Ciné-débat « Demain »", at(18, "20:30"), at(18, "23:00"), "Cinéma Les Baladins",
              P("Cinéma Les Baladins", "34 avenue du Général de Gaulle", "22300", "Lannion"))
f.on_agenda("cine-demain", 3012, "Projection-débat du film Demain", [(at(18, "20:30"), at(18, "23:00"))], "Lannion en transition",
            A("Les Baladins", "34 av. du Général de Gaulle", "22300", "Lannion", insee="22113"))
ics(f, "cine-demain", "cine-demain@tregor-ess", 18, "20:30", "23:00", "Ciné-déb' : Demain", "Les Baladins")
# 13 Saint-Brieuc: 2e édition / deuxième édition
f.on_platform("forum-sb", 13, "Forum de l'ESS de Saint-Brieuc - 2e édition", at(25, "10:00"), at(25, "17:00"), "Pôle ESS Pays de Saint-Brieuc",
              P("Hermione", "Rue de la Croix Lormel", "22000", "Saint-Brieuc"))
f.on_agenda("forum-sb", 3013, "Deuxième édition du Forum ESS de Saint-Brieuc", [(at(25, "10:00"), at(25, "17:00"))],
            "ADESS Pays de Saint-Brieuc", A("Espace Hermione", "Rue de la Croix Lormel", "22000", "Saint-Brieuc", insee="22278"))
# 14 Rennes: 10 ans de l'Élaboratoire / dix ans
f.on_platform("dix-elabo", 14, "Les 10 ans de l'Élaboratoire", at(26, "14:00"), at(26, "23:00"), "L'Élaboratoire",
              P("L'Élaboratoire", "48 boulevard Villebois-Mareuil", "35000", "Rennes"))
f.on_agenda("dix-elabo", 3014, "L'Elaboratoire fête ses dix ans !", [(at(26, "14:00"), at(26, "23:00"))], "Collectif Élaboratoire",
            A("L'Elaboratoire", "48 bd Villebois-Mareuil", "35000", "Rennes", insee="35238"))
# 15 Rennes: another association's 10 ans the same day (hard negative with 14)
f.on_platform("dix-jardin", 15, "Les 10 ans du Jardin des Mille Pattes", at(26, "14:00"), at(26, "18:00"), "Les Mille Pattes",
              P("Jardin des Mille Pattes", "Rue de Fougères", "35700", "Rennes"))
f.on_agenda("dix-jardin", 3015, "Le Jardin des Mille Pattes a 10 ans", [(at(26, "14:00"), at(26, "18:00"))], "Les Mille Pattes",
            A("Jardin des Mille Pattes", "Rue de Fougères", "35700", "Rennes", insee="35238"))
# 16 Morlaix: inclusive writing
f.on_platform("acteurs-morlaix", 16, "Rencontre des acteur·rices de l'ESS du Pays de Morlaix", at(15, "09:30"), at(15, "12:30"),
              "ADESS Pays de Morlaix", P("Espace des Sources", "Rue de la Villeneuve", "29600", "Morlaix"))
ics(f, "acteurs-morlaix", "acteurs@morlaix-ess", 15, "09:30", "12:30", "Rencontre acteur.ices ESS", "Espace des Sources\\, Morlaix")
# 17 Saint-Malo: inclusive writing with hyphens
f.on_platform("epicerie-malo", 17, "Réunion d'information pour les habitant-es : l'épicerie participative", at(21, "18:00"), at(21, "19:30"),
              "Les Épiceries participatives malouines", P("Maison de quartier de Rocabey", "Rue Ernest Renan", "35400", "Saint-Malo"))
f.on_agenda("epicerie-malo", 3017, "Épicerie participative : réunion d'info habitant·e·s", [(at(21, "18:00"), at(21, "19:30"))],
            "Épiceries participatives malouines", A("Maison de quartier Rocabey", "Rue Ernest Renan", "35400", "Saint-Malo", insee="35288"))
# 18 Concarneau: quotes
f.on_platform("zd-concarneau", 18, "Atelier \"Zéro déchet\" au quotidien", at(23, "14:00"), at(23, "16:00"), "Concarneau en transition",
              P("Maison des associations", "2 rue Dumont d'Urville", "29900", "Concarneau"))
f.on_agenda("zd-concarneau", 3018, "Atelier “Le zéro déchet au quotidien”", [(at(23, "14:00"), at(23, "16:00"))],
            "Concarneau en transition", A("Maison des associations", "2 rue Dumont d'Urville", "29900", "Concarneau", insee="29039"))
# 19 Brest: swap party / troc de vêtements
f.on_platform("swap", 19, "Swap party : troc de vêtements", at(20, "14:00"), at(20, "18:00"), "Les Petites Pousses",
              P("Maison de quartier de Bellevue", "1 rue Sisley", "29200", "Brest"))
ics(f, "swap", "swap@brest-zd", 20, "14:00", "18:00", "Troc de fringues (swap)", "MQ Bellevue\\, Brest")
# 20 Rennes: Fresque du numérique, sheet « tbc »
f.on_platform("fresque-num", 20, "Fresque du Numérique", at(17, "18:00"), at(17, "21:00"), "La Fresque du Numérique Rennes",
              P("Le Tiers-lieu Le Pôle", "2 rue du Bois Perrin", "35700", "Rennes"))
# 21 Saint-Brieuc: « Troc'livres » / book swap
f.on_platform("troc-livres", 21, "Troc'livres", at(19, "10:00"), at(19, "12:30"), "Bibliothèque solidaire",
              P("Médiathèque André Malraux", "1 rue du 71e RI", "22000", "Saint-Brieuc"))
f.on_agenda("troc-livres", 3021, "Book swap : troc de livres", [(at(19, "10:00"), at(19, "12:30"))], "Bibliothèque solidaire",
            A("Médiathèque André Malraux", "1 rue du 71e Régiment d'Infanterie", "22000", "Saint-Brieuc", insee="22278"))

f.in_form([
    ("repair-blosne", row("BZH-01", "Repair Café Rennes", "Café-réparation", "12/11/2022", "14h-17h30", "MQ Blosne", "7 bd de Yougoslavie", "35200", "RENNES")),
    ("disco-19", row("BZH-02", "Slow Food Brest", "Disco-soupe", "19/11/2022", "11h-15h", "Capucins", "", "29200", "Brest")),
    ("givebox", row("BZH-03", "CS Kervénanec", "Inauguration givebox", "16/11/2022", "17h", "", "rue H. Matisse", "56100", "Lorient")),
    ("ag-tyvert", row("BZH-04", "Ty Vert", "AG", "17/11/2022", "18h30", "MDA", "", "29000", "Quimper")),
    ("conf-habitat", row("BZH-05", "Parasol", "Conf habitat partagé", "22/11/2022", "18h30-20h30", "Palais des Arts", "", "56000", "Vannes")),
    ("forum-sb", row("BZH-06", "ADESS Pays de St-Brieuc", "Forum ESS 2ème éd.", "25/11/2022", "10h-17h", "Hermione", "", "22000", "St-Brieuc")),
    ("dix-elabo", row("BZH-07", "Élaboratoire", "10 ans Elabo", "26/11/2022", "à partir de 14h", "", "48 bd Villebois-Mareuil", "35000", "Rennes")),
    ("acteurs-morlaix", row("BZH-08", "ADESS Morlaix", "Rencontre des acteurs et actrices de l'ESS", "15/11/2022", "9h30-12h30", "Espace des Sources", "", "29600", "Morlaix")),
    ("epicerie-malo", row("BZH-09", "Epiceries participatives malouines", "Réunion habitant.e.s épicerie participative", "21/11/2022", "18h", "", "rue E. Renan", "35400", "St-Malo")),
    ("fresque-num", row("BZH-10", "Fresque du Numérique", "Fresque du numérique (tbc)", "17/11/2022", "tbc", "Le Pôle", "", "35700", "Rennes")),
    ("swap", row("BZH-11", "Les Petites Pousses", "Swap-party", "20/11/2022", "14h-18h", "MQ Bellevue", "", "29200", "Brest")),
    ("ag-arstal", row("BZH-12", "Ar Stal", "Assemblée Générale", "17/11/2022", "18h30-20h30", "MDA", "53 imp. de l'Odet", "29000", "Quimper")),
    ("cine-demain", row("BZH-13", "Lannion en Transition", "Ciné-débat \"Demain\"", "18/11/2022", "20h30", "Les Baladins", "", "22300", "Lannion")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
