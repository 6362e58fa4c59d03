"""Tenth blind set (lead): Hauts-de-France and Normandie, spreadsheet habits: hours in words, weekday dates, venue and
address in one cell, département numbers after acronyms, an Outlook calendar."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# 1 Arras: atelier, sheet « mardi 15 novembre », « de 9h30 à 12h »
f.on_platform("atelier-arras", 1, "Atelier : créer son association", at(15, "09:30"), at(15, "12:00"), "Fédération des œuvres laïques du Pas-de-Calais",
              P("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
# 2 Lille: forum, sheet « Journée », venue+address one cell
f.on_platform("forum-lille", 2, "Forum des métiers du lien", at(17, "09:00"), at(17, "17:00"), "Pôle emploi Lille",
              P("Grand Palais", "1 boulevard des Cités Unies", "59800", "Lille"))
# 3 Douai: conférence, Outlook calendar W. Europe Standard Time
f.on_platform("conf-douai", 3, "Conférence : l'insertion par l'activité économique", at(22, "14:00"), at(22, "16:00"), "Chantier École Hauts-de-France",
              P("Hôtel de ville", "83 rue de la Mairie", "59500", "Douai"))
f.in_calendar("conf-douai", "040000008200E00074C5B7101A82E0080000000012@outlook", "DTSTART;TZID=W. Europe Standard Time:20221122T140000",
              "DTEND;TZID=W. Europe Standard Time:20221122T160000", "SUMMARY:Conférence IAE", "LOCATION:Mairie de Douai")
# 4 Caen: visite, sheet « après-midi »
f.on_platform("visite-caen", 4, "Visite de l'épicerie solidaire", at(24, "14:00"), at(24, "16:00"), "Épicerie solidaire La Passerelle",
              P("La Passerelle", "4 rue de Falaise", "14000", "Caen"))
# 5 Rouen: ciné, sheet « 20h30 », platform 20:30
f.on_platform("cine-rouen", 5, "Ciné-débat « Les Glaneurs et la Glaneuse »", at(18, "20:30"), at(18, "22:30"), "Ciné-club de l'Omnia",
              P("Omnia République", "28 rue de la République", "76000", "Rouen"))
f.in_calendar("cine-rouen", "cine@nor", "DTSTART;TZID=Europe/Paris:20221118T203000", "SUMMARY:Les glaneurs et la glaneuse (Agnès Varda) - ciné-débat",
              "LOCATION:Omnia République\\n28 rue de la République\\n76000 Rouen")
# 6 Amiens: two sessions the same day, sheet two rows « matin »/« après-midi »
f.on_platform("formation-amiens-matin", 6, "Formation premiers secours (matin)", at(26, "09:00"), at(26, "12:00"), "Croix-Rouge française Somme",
              P("Unité locale Croix-Rouge", "3 rue Jules Barni", "80000", "Amiens"))
f.on_platform("formation-amiens-aprem", 7, "Formation premiers secours (après-midi)", at(26, "14:00"), at(26, "17:00"), "Croix-Rouge française Somme",
              P("Unité locale Croix-Rouge", "3 rue Jules Barni", "80000", "Amiens"))
# 8 Le Havre: marché, sheet with « Toute la journée »
f.on_platform("marche-havre", 8, "Marché solidaire de Noël", at(26, "10:00"), at(26, "18:00"), "Le Havre Solidaire",
              P("Les Docks Vauban", "Quai Frissard", "76600", "Le Havre"))
# 9 Dunkerque: table ronde, organiser « FOL 59 » vs « Ligue de l'enseignement du Nord »
f.on_platform("tr-dk", 9, "Table ronde : l'éducation populaire aujourd'hui", at(23, "18:00"), at(23, "20:00"), "Ligue de l'enseignement du Nord",
              P("Maison de la vie associative", "Rue du 11 novembre", "59140", "Dunkerque"))

f.in_form([
    ("atelier-arras", row("HN-01", "FOL 62", "Créer son asso", "mardi 15 novembre 2022", "de 9h30 à 12h", "Maison des Sociétés", "16 rue A. Briand", "62000", "Arras")),
    ("forum-lille", row("HN-02", "Pôle Emploi", "Forum métiers du lien", "17/11/2022", "Journée", "Grand Palais - 1 bd des Cités Unies - Lille", "", "", "Lille")),
    ("visite-caen", row("HN-03", "La Passerelle", "Visite épicerie solidaire", "24/11/2022", "après-midi", "", "4 rue de Falaise", "14000", "Caen")),
    ("cine-rouen", row("HN-04", "Ciné-club Omnia", "Les Glaneurs et la Glaneuse", "18/11/2022", "20h30", "Omnia", "", "", "Rouen")),
    ("formation-amiens-matin", row("HN-05", "Croix-Rouge 80", "Formation PSC1", "26/11/2022", "matin", "Croix-Rouge", "3 rue Jules Barni", "80000", "Amiens")),
    ("formation-amiens-aprem", row("HN-06", "Croix-Rouge 80", "Formation PSC1", "26/11/2022", "après-midi", "Croix-Rouge", "3 rue Jules Barni", "80000", "Amiens")),
    ("marche-havre", row("HN-07", "Le Havre Solidaire", "Marché de Noël solidaire", "26/11/2022", "Toute la journée", "Docks Vauban", "", "76600", "Le Havre")),
    ("tr-dk", row("HN-08", "FOL 59", "Table ronde éducation populaire", "23/11/2022", "18h-20h", "MVA", "", "", "Dunkerque")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
