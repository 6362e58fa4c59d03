"""Lead's blind set (8 Dec 2026): a spreadsheet's date and time formats against the platform: « mar. 15 nov. »,
« 15-11-22 », « 2022-11-15 », « 15 novembre », « de 14h à 17h », « 14:00 - 17:00 », « 14h00/17h00 », « 9h30-12h »,
« 18 h 30 », « 20H », « midi », a range « du 21 au 23/11 »; one organiser's two events on two of those days."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
V = lambda name, street, cp, town: P(name, street, cp, town)
events = [
    ("e1", 1, "Atelier numérique pour les seniors", 15, "14:00", "17:00", "Les Petits Débrouillards Grand Est", V("Médiathèque Olympe de Gouges", "3 rue Kuhn", "67000", "Strasbourg"),
     ("mar. 15 nov.", "de 14h à 17h", "Médiathèque Olympe de Gouges", "Strasbourg")),
    ("e2", 2, "Forum de l'engagement bénévole", 16, "10:00", "16:00", "France Bénévolat Moselle", V("Arsenal", "3 avenue Ney", "57000", "Metz"),
     ("16-11-22", "10:00 - 16:00", "Arsenal", "Metz")),
    ("e3", 3, "Conférence : l'habitat inclusif", 17, "18:30", "20:30", "Habitat et Humanisme Lorraine", V("Salle Poirel", "3 rue Victor Poirel", "54000", "Nancy"),
     ("2022-11-17", "18 h 30", "Salle Poirel", "Nancy")),
    ("e4", 4, "Repair café de Reims", 19, "09:30", "12:00", "Repair Café Reims", V("Maison de quartier Orgeval", "2 place des Argonautes", "51100", "Reims"),
     ("19 novembre", "9h30-12h", "MQ Orgeval", "Reims")),
    ("e5", 5, "Ciné-débat : « La Sociale »", 22, "20:00", "22:30", "Mutualité française Grand Est", V("Cinéma Palace", "3 rue Général de Gaulle", "88000", "Épinal"),
     ("22/11", "20H", "Palace", "Epinal")),
    ("e6", 6, "Déjeuner solidaire", 24, "12:00", "14:00", "Restos du Cœur de l'Aube", V("Centre social Chantereigne", "8 rue de la Paix", "10000", "Troyes"),
     ("jeudi 24/11/2022", "midi", "Centre social Chantereigne", "Troyes")),
    ("e7", 7, "Atelier : créer son association", 25, "14:00", "17:00", "Ligue de l'enseignement des Ardennes", V("Maison des associations", "2 rue Hoche", "08000", "Charleville-Mézières"),
     ("25.11.2022", "14h00/17h00", "MDA", "Charleville-Mézières")),
    ("e8", 8, "Atelier : créer son association", 29, "14:00", "17:00", "Ligue de l'enseignement des Ardennes", V("Maison des associations", "2 rue Hoche", "08000", "Charleville-Mézières"),
     None),
]
rows = []
for ev, n, title, day, h1, h2, org, place, sheet in events:
    f.on_platform(ev, n, title, at(day, h1), at(day, h2), org, place)
    if sheet:
        date, hours, lieu, ville = sheet
        rows.append((ev, row(f"GE-{n:02d}", org, title, date, hours, lieu, "", "", ville)))
f.on_platform("salon", 9, "Salon des solidarités", at(21, "10:00"), at(23, "18:00"), "Collectif Festisol Colmar",
              P("Parc des expositions", "Avenue de la Foire aux Vins", "68000", "Colmar"))
rows.append(("salon", row("GE-09", "Festisol Colmar", "Salon des solidarités", "du 21 au 23/11", "10h-18h", "Parc Expo", "", "68000", "Colmar")))
f.in_form(rows)

if __name__ == "__main__":
    run(f)
