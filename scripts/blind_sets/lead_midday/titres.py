"""Lead's blind set (8 Dec 2026): Pays de la Loire, titles dressed by each source: hashtags, emojis, « Mois de l'ESS 2022 | »,
« (complet) », « Nouveau ! », « GRATUIT – », « sur inscription », capitals, the organiser before or after."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
f.on_platform("compost-nantes", 1, "Atelier compostage collectif", at(12, "10:00"), at(12, "12:00"), "Compostri",
              P("Jardin des Ronces", "5 rue des Ronces", "44300", "Nantes"))
f.on_agenda("compost-nantes", 6001, "🌱 #MoisESS22 Atelier compostage collectif 🌱", [(at(12, "10:00"), at(12, "12:00"))], "Compostri",
            A("Jardin des Ronces", "5 rue des Ronces", "44300", "Nantes"))
f.in_calendar("compost-nantes", "compost-1112@compostri", "DTSTART:20221112T090000Z", "DTEND:20221112T110000Z",
              "SUMMARY:[COMPLET] Atelier compostage collectif - Compostri", "LOCATION:Jardin des Ronces\\, Nantes")
f.on_platform("velo-angers", 2, "Balade à vélo : découverte des lieux de l'ESS", at(13, "14:00"), at(13, "17:00"), "Place au Vélo Angers",
              P("Parvis de la gare Saint-Laud", "Esplanade de la gare", "49100", "Angers"))
f.on_agenda("velo-angers", 6002, "Mois de l'ESS 2022 | Balade vélo à la découverte des lieux ESS", [(at(13, "14:00"), at(13, "17:00"))],
            "Place au vélo", A("Gare Saint-Laud", "Esplanade de la Gare", "49100", "Angers"))
f.on_platform("cafe-lemans", 3, "Café-débat : consommer local, un acte militant ?", at(17, "19:00"), at(17, "21:00"), "Le Mans en Transition",
              P("Café associatif L'Épicerie du Pré", "31 rue du Pré", "72100", "Le Mans"))
f.in_calendar("cafe-lemans", "cafe-debat-1117@lmet", "DTSTART;TZID=Europe/Paris:20221117T190000",
              "SUMMARY:NOUVEAU ! Café-débat « Consommer local : un acte militant ? »", "LOCATION:L'Épicerie du Pré\\, 31 rue du Pré\\, Le Mans")
f.on_platform("forum-laval", 4, "Forum de l'emploi et de l'ESS", at(24, "09:00"), at(24, "13:00"), "Maison de l'emploi de Laval",
              P("Salle polyvalente", "Rue du Britais", "53000", "Laval"))
f.on_agenda("forum-laval", 6004, "GRATUIT – Forum emploi & ESS (sur inscription)", [(at(24, "09:00"), at(24, "13:00"))],
            "MDE Laval", A("Salle Polyvalente", "rue du Britais", "53000", "Laval"))
f.on_platform("conf-larochesuryon", 5, "Conférence « L'habitat participatif en Vendée »", at(22, "20:00"), at(22, "22:00"),
              "Coop'Habitat Vendée", P("Maison de quartier du Bourg", "Rue Jean Moulin", "85000", "La Roche-sur-Yon"))
f.in_calendar("conf-larochesuryon", "habitat-1122@coophab", "DTSTART:20221122T190000Z", "DTEND:20221122T210000Z",
              "SUMMARY:Coop'Habitat Vendée : conférence habitat participatif", "LOCATION:MQ du Bourg\\, La Roche-sur-Yon")
# hard negatives: one organiser's two titles dressed alike the same day
f.on_platform("stnazaire-1", 6, "Mois de l'ESS | Visite de la ressourcerie", at(19, "10:00"), at(19, "11:30"), "Ressourcerie de l'Estuaire",
              P("Ressourcerie de l'Estuaire", "12 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
f.on_platform("stnazaire-2", 7, "Mois de l'ESS | Atelier réparation petit électroménager", at(19, "14:00"), at(19, "17:00"),
              "Ressourcerie de l'Estuaire", P("Ressourcerie de l'Estuaire", "12 rue de la Ville Halluard", "44600", "Saint-Nazaire"))
f.on_agenda("stnazaire-2", 6007, "#MoisESS22 Répar'café électroménager", [(at(19, "14:00"), at(19, "17:00"))], "Ressourcerie de l'Estuaire",
            A("Ressourcerie de l'Estuaire", "12 rue de la Ville-Halluard", "44600", "Saint-Nazaire"))
f.on_platform("cholet", 8, "Portes ouvertes de l'entreprise d'insertion", at(25, "14:00"), at(25, "17:00"), "Ateliers du Choletais",
              P("Ateliers du Choletais", "8 rue du Carteron", "49300", "Cholet"))

f.in_form([
    ("compost-nantes", row("PL-01", "COMPOSTRI", "ATELIER COMPOSTAGE", "12/11/2022", "10H-12H", "Jardin des Ronces", "5 rue des Ronces", "44300", "NANTES")),
    ("cafe-lemans", row("PL-02", "LMET", "Café débat consommer local", "17/11/2022", "19h", "Epicerie du Pré", "", "72100", "Le Mans")),
    ("forum-laval", row("PL-03", "Maison de l'Emploi", "Forum Emploi ESS Laval", "24/11/2022", "matinée", "Salle polyvalente", "", "53000", "LAVAL")),
    ("stnazaire-1", row("PL-04", "Ressourcerie Estuaire", "Visite ressourcerie (Mois ESS)", "19/11/2022", "10h", "", "12 rue Ville Halluard", "44600", "St-Nazaire")),
    ("cholet", row("PL-05", "Les Ateliers du Choletais (EI)", "Portes ouvertes EI", "25/11/2022", "14h-17h", "", "8 rue du Carteron", "49300", "Cholet")),
])

if __name__ == "__main__":
    run(f)
