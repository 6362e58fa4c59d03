"""Eleventh blind set (lead): La Réunion and Martinique, local times, « St-Denis », quarters, Creole names."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

def re_at(day, hour): return f"2022-11-{day:02d}T{hour}:00+04:00"
def mq_at(day, hour): return f"2022-11-{day:02d}T{hour}:00-04:00"
f = Feeds()
# 1 Saint-Denis (Réunion): forum, platform local offset, agenda, sheet « St-Denis »
f.on_platform("forum-sd", 1, "Forum de l'ESS de La Réunion", re_at(17, "08:30"), re_at(17, "16:00"), "CRESS de La Réunion",
              P("Parc des expositions", "Rue du Karting", "97400", "Saint-Denis"))
f.on_agenda("forum-sd", 10001, "Forum ESS Réunion 2022", [(re_at(17, "08:30"), re_at(17, "16:00"))], "CRESS Réunion",
            A("Parc Expo Saint-Denis", "Rue du Karting", "97400", "Saint-Denis"))
# 2 Saint-Pierre: repair café; ICS written in Paris time by mistake? (UTC correct here)
f.on_platform("rc-sp", 2, "Repair café de Terre-Sainte", re_at(19, "09:00"), re_at(19, "12:00"), "Répar'Zot",
              P("Case de Terre-Sainte", "Rue Amiral Lacaze", "97410", "Saint-Pierre"))
f.in_calendar("rc-sp", "rc@974", "DTSTART:20221119T050000Z", "DTEND:20221119T080000Z", "SUMMARY:Repair café Terre Sainte",
              "LOCATION:Case de Terre-Sainte\\, Saint-Pierre")
# 3 Le Port: marché forain solidaire, sheet « Le Port » date only
f.on_platform("marche-port", 3, "Marché solidaire et artisanal", re_at(26, "08:00"), re_at(26, "13:00"), "Association Lé Gayar",
              P("Place de l'Hôtel de ville", "", "97420", "Le Port"))
# 4 Fort-de-France: conférence, agenda
f.on_platform("conf-fdf", 4, "Conférence : l'économie sociale et solidaire en Martinique", mq_at(22, "18:00"), mq_at(22, "20:00"),
              "CRESS Martinique", P("Atrium", "6 rue Jacques Cazotte", "97200", "Fort-de-France"))
f.on_agenda("conf-fdf", 10004, "L'ESS en Martinique : conférence", [(mq_at(22, "18:00"), mq_at(22, "20:00"))], "CRESS de Martinique",
            A("Tropiques Atrium", "6 rue Jacques Cazotte", "97200", "Fort-de-France"))
# 5 Le Lamentin (Martinique): atelier, sheet « Lamentin »
f.on_platform("atelier-lam", 5, "Atelier : créer sa coopérative", mq_at(24, "14:00"), mq_at(24, "17:00"), "URSCOP Antilles-Guyane",
              P("Pôle Emploi Lamentin", "Zone de Manhity", "97232", "Le Lamentin"))
# 6 Saint-Paul: balade, ICS floating in local time read via X-WR-TIMEZONE Indian/Reunion? (network calendar in Paris zone)
f.on_platform("balade-stpaul", 6, "Balade découverte des jardins créoles", re_at(12, "08:00"), re_at(12, "11:00"), "Jardins Lontan",
              P("Jardin d'Eden", "155 RN1", "97460", "Saint-Paul"))

f.in_form([
    ("forum-sd", row("RUN-01", "CRESS Réunion", "Forum de l'ESS", "17/11/2022", "8h30-16h", "Parc Expo", "", "", "St-Denis")),
    ("marche-port", row("RUN-02", "Lé Gayar", "Marché solidaire", "26/11/2022", "", "Place de la Mairie", "", "", "Le Port")),
    ("atelier-lam", row("MQ-01", "URSCOP AG", "Créer sa coopérative", "24/11/2022", "14h-17h", "Pôle Emploi", "", "", "Lamentin")),
    ("balade-stpaul", row("RUN-03", "Jardins Lontan", "Balade jardins créoles", "12/11/2022", "8h", "Jardin d'Eden", "", "97460", "Saint-Paul")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
