"""Eighth blind set (lead): Nouvelle-Aquitaine, online events written every way."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
GM = "https://meet.google.com/xyz-abcd-efg"
# 1 Google Meet link on the platform, « Visioconférence » in the sheet, « Distanciel » in the agenda (no link)
f.on_platform("w1", 1, "Webinaire : mobiliser des bénévoles en milieu rural", at(15, "18:00"), at(15, "19:30"), "Le Mouvement associatif Nouvelle-Aquitaine",
              ONLINE, modality="En ligne", url=GM)
f.on_agenda("w1", 8001, "Mobiliser des bénévoles en milieu rural", [(at(15, "18:00"), at(15, "19:30"))], "LMA Nouvelle-Aquitaine",
            {"name": "Distanciel"}, mode=2)
# 2 Facebook live on the agenda, « En ligne » on the platform
f.on_platform("live2", 2, "Live : l'ESS racontée par ses acteurs", at(17, "12:30"), at(17, "13:15"), "CRESS Nouvelle-Aquitaine",
              ONLINE, modality="En ligne")
f.on_agenda("live2", 8002, "En direct : l'ESS racontée par celles et ceux qui la font", [(at(17, "12:30"), at(17, "13:15"))],
            "CRESS NA", {}, mode=2, onlineAccessLink="https://www.facebook.com/cressna/live")
# 3 Zoom webinar, ICS with URL only and LOCATION « Zoom », slip
Z = "https://us02web.zoom.us/j/86543210987"
f.on_platform("w3", 3, "Webinaire : monter une SCIC", at(22, "10:00"), at(22, "11:30"), "URSCOP Nouvelle-Aquitaine", ONLINE, modality="En ligne", url=Z)
f.in_calendar("w3", "w3@na", "DTSTART:20221122T100000Z", "DTEND:20221122T113000Z", "SUMMARY:Monter une SCIC (webinaire)",
              "LOCATION:Zoom", f"URL:{Z}")
# 4 hard negative: the same organiser, another webinar that morning at another Zoom id
f.on_platform("w4", 4, "Webinaire : la SCOP d'amorçage", at(22, "11:45"), at(22, "12:30"), "URSCOP Nouvelle-Aquitaine", ONLINE,
              modality="En ligne", url="https://us02web.zoom.us/j/81112223334")
# 5 a registration page (HelloAsso) against a Teams link; the sheet « lien envoyé après inscription »
T = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1@thread.v2/0"
f.on_platform("w5", 5, "Atelier en ligne : rédiger ses statuts associatifs", at(24, "18:30"), at(24, "20:00"), "Ligue de l'enseignement de la Gironde",
              ONLINE, modality="En ligne", url="https://www.helloasso.com/associations/ligue-33/evenements/statuts")
f.on_agenda("w5", 8005, "Rédiger les statuts de son association (atelier à distance)", [(at(24, "18:30"), at(24, "20:00"))],
            "Ligue de l'enseignement 33", {}, mode=2, onlineAccessLink=T)
# 6 Bordeaux presential event and its online twin the same day by the same org at another time (hard negative)
f.on_platform("pres6", 6, "Café-débat : la finance solidaire", at(18, "18:00"), at(18, "20:00"), "France Active Nouvelle-Aquitaine",
              P("Café associatif Le Samovar", "18 rue Camille Sauvageau", "33800", "Bordeaux"))
f.on_platform("w7", 7, "Webinaire : la finance solidaire", at(18, "12:30"), at(18, "13:30"), "France Active Nouvelle-Aquitaine", ONLINE,
              modality="En ligne", url="https://zoom.us/j/82223334445")
# 8 hybrid: platform presential with a stream link; agenda online only
f.on_platform("hyb8", 8, "Conférence : l'ESS face aux crises", at(25, "18:00"), at(25, "20:00"), "Université de Poitiers",
              P("Maison des étudiants", "1 rue Neuma", "86000", "Poitiers"), modality="Hybride", url="https://www.youtube.com/live/Ab12Cd34")
f.on_agenda("hyb8", 8008, "L'ESS face aux crises (conférence retransmise)", [(at(25, "18:00"), at(25, "20:00"))], "Université de Poitiers",
            {}, mode=2, onlineAccessLink="https://youtu.be/Ab12Cd34")
# 9 Limoges: webinar « Visio », sheet with acronym and date only
f.on_platform("w9", 9, "Visio : découvrir le dispositif local d'accompagnement", at(29, "14:00"), at(29, "15:00"), "DLA Haute-Vienne",
              ONLINE, modality="En ligne")

f.in_form([
    ("w1", row("NA-01", "Le Mouvement Associatif", "Mobiliser des bénévoles en rural", "15/11/2022", "18h-19h30", "Visioconférence", fmt="En ligne")),
    ("w5", row("NA-02", "Ligue 33", "Rédiger ses statuts", "24/11/2022", "18h30", "En ligne (lien envoyé après inscription)", fmt="En ligne")),
    ("w9", row("NA-03", "DLA 87", "Découvrir le DLA (visio)", "29/11/2022", "", "Visio", fmt="En ligne")),
    ("w3", row("NA-04", "URSCOP NA", "Webinaire SCIC", "22/11/2022", "10h-11h30", "Zoom", fmt="En ligne")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
