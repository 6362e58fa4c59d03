"""Third blind set (lead, 7 Dec 2026): Hauts-de-France, sources' habits: persons, hybrid, sessions, heavy rewording."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Lille conference hybrid: platform hybrid with link, agenda offline (mode 3?), sheet « Présentiel + visio »
f.on_platform("conf-lille", 1, "Conférence : entreprendre autrement avec l'ESS", at(16, "18:00"), at(16, "20:00"),
              "APES Hauts-de-France", P("Maison de l'ESS", "235 boulevard Paul Painlevé", "59000", "Lille"), modality="Hybride",
              url="https://meet.google.com/abc-defg-hij")
f.on_agenda("conf-lille", 4001, "Entreprendre autrement : conférence ESS", [(at(16, "18:00"), at(16, "20:00"))],
            "Acteurs Pour une Économie Solidaire", A("Maison de l'ESS", "235 bd Paul Painlevé", "59000", "Lille"), mode=3,
            onlineAccessLink="https://meet.google.com/abc-defg-hij")
# 2 Roubaix: atelier zéro déchet, person as organiser in sheet
f.on_platform("zd-roubaix", 2, "Atelier zéro déchet : les produits ménagers", at(19, "10:00"), at(19, "12:00"),
              "Association Zéro Déchet Roubaix", P("La Ferme du Sens", "4 rue de Lannoy", "59100", "Roubaix"))
f.in_calendar("zd-roubaix", "zd@hdf", "DTSTART;TZID=Europe/Paris:20221119T100000", "DTEND;TZID=Europe/Paris:20221119T120000",
              "SUMMARY:Fabriquer ses produits ménagers", "LOCATION:La Ferme du Sens")
# 3 Tourcoing: same workshop theme, same day, different time and place (hard negative with 2)
f.on_platform("zd-tourcoing", 3, "Atelier zéro déchet : les produits ménagers", at(19, "14:00"), at(19, "16:00"),
              "Association Zéro Déchet Roubaix", P("Médiathèque André Malraux", "26 rue Famelart", "59200", "Tourcoing"))
f.in_calendar("zd-tourcoing", "zd2@hdf", "DTSTART;TZID=Europe/Paris:20221119T140000", "DTEND;TZID=Europe/Paris:20221119T160000",
              "SUMMARY:Fabriquer ses produits ménagers", "LOCATION:Médiathèque Malraux\\, Tourcoing")
# 4 Amiens: forum, agenda with typo and acronym organiser
f.on_platform("forum-amiens", 4, "Forum régional de la finance solidaire", at(22, "09:00"), at(22, "17:00"), "France Active Picardie",
              P("Mégacité", "101 avenue de l'Hippodrome", "80000", "Amiens"))
f.on_agenda("forum-amiens", 4004, "Forum régional finance solidare", [(at(22, "09:00"), at(22, "17:00"))], "FAP",
            A("Megacité", "101 av. de l'Hippodrome", "80000", "Amiens"))
# 5 Arras: visit of an ESAT, date-only sheet, « Portes ouvertes » reworded
f.on_platform("esat-arras", 5, "Portes ouvertes de l'ESAT des Ateliers de l'Artois", at(18, "09:30"), at(18, "16:00"),
              "Ateliers de l'Artois", P("ESAT des Ateliers de l'Artois", "12 rue Jean Monnet", "62000", "Arras"))
# 6 Dunkerque: ciné-débat with a person in organiser
f.on_platform("cine-dk", 6, "Ciné-débat « Ma part du gâteau »", at(24, "20:00"), at(24, "22:30"), "Studio 43",
              P("Studio 43", "Pôle Marine, rue des Fusiliers Marins", "59140", "Dunkerque"))
f.on_agenda("cine-dk", 4006, "Projection débat : Ma part du gâteau", [(at(24, "20:00"), at(24, "22:30"))],
            "Studio 43 - Cinéma", A("Studio 43", "Pôle Marine", "59140", "Dunkerque"))
# 7 Valenciennes: atelier CV series Tuesdays (RRULE) vs platform one session
f.in_calendar({"2022-11-08": "cv-val-1", "2022-11-15": "cv-val-2", "2022-11-22": "cv-val-3", "2022-11-29": "cv-val-4"}, "cv@hdf",
              "DTSTART;TZID=Europe/Paris:20221108T140000", "DTEND;TZID=Europe/Paris:20221108T160000", "RRULE:FREQ=WEEKLY;COUNT=4",
              "SUMMARY:Atelier CV", "LOCATION:Maison de quartier Saint-Saulve\\, Valenciennes")
f.on_platform("cv-val-2", 7, "Atelier CV et lettre de motivation", at(15, "14:00"), at(15, "16:00"), "Régie de quartier de Valenciennes",
              P("Maison de quartier Saint-Saulve", "8 rue de Lille", "59300", "Valenciennes"))
# 8 Beauvais: webinar online, ICS CONFERENCE Teams, platform « En ligne », sheet « Teams »
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HDF42"
f.on_platform("w-beauvais", 8, "Webinaire : l'ESS dans l'Oise", at(25, "11:00"), at(25, "12:00"), "CRESS Hauts-de-France", ONLINE,
              modality="En ligne")
f.in_calendar("w-beauvais", "w@hdf", "DTSTART;TZID=Europe/Paris:20221125T110000", "DTEND;TZID=Europe/Paris:20221125T120000",
              "SUMMARY:L'ESS dans l'Oise (webinaire CRESS)", f"CONFERENCE;VALUE=URI:{TEAMS}")
# 9 Compiègne: repair café + hard negative same day other town Beauvais
f.on_platform("rc-compiegne", 9, "Repair Café", at(26, "14:00"), at(26, "17:00"), "Repair Café Compiègne",
              P("Centre social Belle Rive", "1 rue des Remparts", "60200", "Compiègne"))
f.on_platform("rc-beauvais", 10, "Repair Café", at(26, "14:00"), at(26, "17:00"), "Repair Café Beauvaisis",
              P("Maison des associations", "4 rue du Donjon", "60000", "Beauvais"))
f.in_calendar("rc-compiegne", "rc@hdf", "DTSTART:20221126T140000Z", "DTEND:20221126T170000Z", "SUMMARY:Repair café Compiègne",
              "LOCATION:CS Belle Rive")
# 11 Lens: match d'impro solidaire, platform and sheet with 1h difference (20h vs 20h30 doors?)
f.on_platform("impro-lens", 11, "Match d'improvisation solidaire", at(18, "20:30"), at(18, "22:30"), "Ligue d'impro de Lens",
              P("Salle Jean Nohain", "Rue Paul Bert", "62300", "Lens"))
# 12 Calais: distribution / collecte with org acronym
f.on_platform("collecte-calais", 12, "Grande collecte de vêtements", at(12, "09:00"), at(12, "17:00"), "Emmaüs Calais",
              P("Bric-à-brac Emmaüs", "Route de Gravelines", "62100", "Calais"))
f.on_agenda("collecte-calais", 4012, "Collecte solidaire de vêtements chauds", [(at(12, "09:00"), at(12, "17:00"))], "Emmaus",
            A("Emmaüs", "Route de Gravelines", "62100", "Calais"))
# 13 Villeneuve-d'Ascq: hackathon
f.on_platform("hack-vda", 13, "Hackathon ESS & innovation sociale", at(25, "09:00"), at(26, "17:00"), "Université de Lille",
              P("Campus Cité scientifique", "Avenue Paul Langevin", "59650", "Villeneuve-d'Ascq"))
# 14 Saint-Quentin: balade
f.on_platform("balade-sq", 14, "Balade à la découverte des jardins partagés", at(13, "10:00"), at(13, "12:00"), "Saint-Quentin en transition",
              P("Jardin partagé du Faubourg d'Isle", "Rue de la Chaussée Romaine", "02100", "Saint-Quentin"))
# 15 Laon: conférence at Mairie vs Hôtel de ville
f.on_platform("conf-laon", 15, "Conférence « Les monnaies locales »", at(17, "18:30"), at(17, "20:30"), "La Picoise",
              P("Hôtel de ville", "Place du Général Leclerc", "02000", "Laon"))
f.on_agenda("conf-laon", 4015, "Les monnaies locales : conférence-débat", [(at(17, "18:30"), at(17, "20:30"))], "Association La Picoise",
            A("Mairie de Laon", "Place du Général Leclerc", "02000", "Laon"))
# 16 Boulogne: visit of a Scop with two Scop forms
f.on_platform("scop-boulogne", 16, "Visite de la Scop Nord Pêche Solidaire", at(21, "14:00"), at(21, "16:00"), "Nord Pêche Solidaire SCOP SA",
              P("Nord Pêche Solidaire", "Quai Gambetta", "62200", "Boulogne-sur-Mer"))
f.on_agenda("scop-boulogne", 4016, "Découvrir une coopérative de pêche", [(at(21, "14:00"), at(21, "16:00"))], "Nord Pêche Solidaire",
            A("Nord Pêche Solidaire", "Quai Gambetta", "62200", "Boulogne-sur-Mer"))
# 17 Lille: another APES event same day (hard negative with 1): afternoon workshop
f.on_platform("atelier-apes", 17, "Atelier : créer son entreprise en coopérative", at(16, "14:00"), at(16, "16:30"), "APES Hauts-de-France",
              P("Maison de l'ESS", "235 boulevard Paul Painlevé", "59000", "Lille"))

f.in_form([
    ("conf-lille", row("HDF-01", "APES", "Conférence Entreprendre autrement", "16/11/2022", "18h-20h", "Maison de l'ESS + visio", "235 bd Painlevé", "59000", "Lille", fmt="Hybride")),
    ("zd-roubaix", row("HDF-02", "Marie Lefebvre (Zéro Déchet Roubaix)", "Atelier produits ménagers", "19/11/2022", "10h-12h", "Ferme du Sens", "4 rue de Lannoy", "59100", "Roubaix")),
    ("esat-arras", row("HDF-03", "ESAT Ateliers de l'Artois", "Journée portes ouvertes ESAT", "18/11/2022", "", "", "12 rue Jean Monnet", "62000", "Arras")),
    ("cine-dk", row("HDF-04", "Studio 43", "Ciné-débat Ma part du gateau", "24/11/2022", "20h", "Studio 43", "", "", "Dunkerque")),
    ("cv-val-3", row("HDF-05", "Régie de quartier", "Atelier CV", "22/11/2022", "14h-16h", "Maison de quartier", "", "", "Valenciennes")),
    ("w-beauvais", row("HDF-06", "CRESS HDF", "Webinaire ESS dans l'Oise", "25/11/2022", "11h", "Teams", fmt="En ligne")),
    ("rc-beauvais", row("HDF-07", "Repair Café Beauvaisis", "Repair café", "26/11/2022", "14h-17h", "Maison des associations", "", "60000", "Beauvais")),
    ("impro-lens", row("HDF-08", "LIL", "Match d'impro solidaire", "18/11/2022", "20h", "Salle Jean Nohain", "", "", "Lens")),
    ("hack-vda", row("HDF-09", "Université de Lille", "Hackathon ESS et innovation sociale", "25/11/2022", "", "Cité scientifique", "", "", "Villeneuve d'Ascq")),
    ("balade-sq", row("HDF-10", "St-Quentin en Transition", "Balade jardins partagés", "13/11/2022", "10h", "", "", "", "St-Quentin")),
    ("scop-boulogne", row("HDF-11", "Nord Pêche Solidaire", "Visite Scop", "21/11/2022", "14h", "", "Quai Gambetta", "", "Boulogne sur mer")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
