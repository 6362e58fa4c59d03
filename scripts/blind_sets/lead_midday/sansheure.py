"""Lead's blind set (8 Dec 2026): Grand Est and Hauts-de-France, date-only copies: a spreadsheet giving days alone for
timed events, sessions of one workshop in two towns on one day, a morning and an evening event of one organiser at one
venue, a weekly series."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# one workshop in two towns the same day (a touring bus)
f.on_platform("bus-epinal", 1, "Le bus de l'ESS : atelier création d'activité", at(15, "09:30"), at(15, "12:00"), "CRESS Grand Est",
              P("Place des Vosges", "Place des Vosges", "88000", "Épinal"))
f.on_platform("bus-stdie", 2, "Le bus de l'ESS : atelier création d'activité", at(15, "14:00"), at(15, "16:30"), "CRESS Grand Est",
              P("Place Saint-Martin", "Place Saint-Martin", "88100", "Saint-Dié-des-Vosges"))
f.on_agenda("bus-epinal", 9301, "Bus de l'ESS – Épinal", [(at(15, "09:30"), at(15, "12:00"))], "CRESS Grand Est",
            A("Place des Vosges", "Place des Vosges", "88000", "Épinal"))
f.on_agenda("bus-stdie", 9302, "Bus de l'ESS – Saint-Dié", [(at(15, "14:00"), at(15, "16:30"))], "CRESS Grand Est",
            A("Place Saint-Martin", "Place Saint-Martin", "88100", "Saint-Dié-des-Vosges"))
# one organiser, one venue, morning and evening, different events
f.on_platform("reims-matin", 3, "Petit-déjeuner des entrepreneurs sociaux", at(18, "08:30"), at(18, "10:00"), "Réseau Entreprendre Marne",
              P("Le Quartier Libre", "22 rue de Talleyrand", "51100", "Reims"))
f.on_platform("reims-soir", 4, "Soirée des lauréats", at(18, "18:30"), at(18, "21:30"), "Réseau Entreprendre Marne",
              P("Le Quartier Libre", "22 rue de Talleyrand", "51100", "Reims"))
f.in_calendar("reims-soir", "laureats-1118@re51", "DTSTART;TZID=Europe/Paris:20221118T183000", "SUMMARY:Soirée lauréats 2022",
              "LOCATION:Quartier Libre\\, Reims")
# date-only copies of timed events
f.on_platform("lens-forum", 5, "Forum des métiers de l'aide à domicile", at(22, "09:00"), at(22, "16:00"), "ADMR du Pas-de-Calais",
              P("Salle Jean Nohain", "Rue Paul Bert", "62300", "Lens"))
f.on_platform("arras-cafe", 6, "Café des aidants", at(22, "14:00"), at(22, "16:00"), "France Alzheimer Pas-de-Calais",
              P("Maison des sociétés", "16 rue Aristide Briand", "62000", "Arras"))
f.on_platform("beauvais-repair", 7, "Repair café", at(26, "09:30"), at(26, "12:30"), "Repair Café Beauvais",
              P("Maison de quartier Argentine", "11 rue du Morvan", "60000", "Beauvais"))
f.on_agenda("beauvais-repair", 9307, "Repair Café Argentine", [(at(26, "09:30"), at(26, "12:30"))], "Repair Café Beauvais",
            A("MQ Argentine", "11 rue du Morvan", "60000", "Beauvais"))
# weekly series, one date-only copy in the sheet
for n, d in enumerate((8, 15, 22, 29)):
    f.on_platform(f"yoga-{d}", 10 + n, "Yoga solidaire", at(d, "18:00"), at(d, "19:00"), "Association Souffle",
                  P("Gymnase Camille Claudel", "3 rue des Écoles", "08000", "Charleville-Mézières"))

f.in_form([
    ("bus-epinal", row("GE-10", "CRESS GE", "Bus ESS atelier création", "15/11/2022", "", "Place des Vosges", "", "88000", "Epinal")),
    ("bus-stdie", row("GE-11", "CRESS GE", "Bus ESS atelier création", "15/11/2022", "", "Place St-Martin", "", "88100", "St-Dié")),
    ("reims-soir", row("GE-12", "Réseau Entreprendre 51", "Soirée des lauréats", "18/11/2022", "", "Quartier Libre", "", "51100", "Reims")),
    ("lens-forum", row("HF-13", "ADMR 62", "Forum métiers aide à domicile", "22/11/2022", "", "Salle Nohain", "", "62300", "Lens")),
    ("arras-cafe", row("HF-14", "France Alzheimer 62", "Café des aidants", "22/11/2022", "", "Maison des Sociétés", "", "62000", "Arras")),
    ("beauvais-repair", row("HF-15", "Repair café Beauvais", "Repair café", "26/11/2022", "", "", "11 rue du Morvan", "60000", "Beauvais")),
    ("yoga-22", row("GE-16", "Souffle", "Yoga solidaire", "22/11/2022", "", "Gymnase C. Claudel", "", "08000", "Charleville")),
])

if __name__ == "__main__":
    run(f)
