"""Blind set (lead, 7 Dec 2026 afternoon): La Réunion, national webinars listed on two clocks. Sources: the platform
(national webinars in Paris time, local events at +04:00), CRESS Réunion's OpenAgenda naming no zone (timings
« +0400 »), a network's iCalendar (X-WR-TIMEZONE Indian/Reunion), CRESS Réunion's registration form (CSV, its
`fuseau` set to Indian/Reunion, hours of national webinars written on both clocks)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("cress-reunion-openagenda", "reseau-reunion-ical", "cress-reunion-tableur")
f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Indian/Reunion\r\n"
re_ = "re"
ZOOM = "https://us06web.zoom.us/j/81234567890"
# 1 national webinar, ESS France, 14h Paris = 17h Réunion
f.on_platform("essfr-financer", 1, "Webinaire national : financer son projet d'ESS", "2022-11-19T14:00:00+01:00",
              "2022-11-19T15:30:00+01:00", "ESS France", ONLINE, modality="En ligne")
f.on_agenda("essfr-financer", 501, "Financer son projet ESS - webinaire ESS France",
            [("2022-11-19T17:00:00+0400", "2022-11-19T18:30:00+0400")], "ESS France", {}, mode=2,
            onlineAccessLink=ZOOM)
# 4 hard negative: France Active Réunion's own webinar, same day, 17h local
f.on_agenda("fa-financer", 502, "Financer son projet à La Réunion : les outils de France Active",
            [("2022-11-19T17:00:00+0400", "2022-11-19T18:00:00+0400")], "France Active Réunion", {}, mode=2,
            onlineAccessLink="https://franceactive-reunion.webex.com/meet/financement")
# 2 Forum ESS Saint-Pierre, local
MEDIA = P("Médiathèque Raphaël Barquissau", "2 rue Amiral Lacaze", "97410", "Saint-Pierre")
f.on_platform("forum-stpierre", 2, "Forum de l'ESS du Sud", local(22, "09:00", re_), local(22, "12:00", re_),
              "CRESS de La Réunion", MEDIA)
f.on_agenda("forum-stpierre", 503, "Forum ESS du Sud – Saint-Pierre", [("2022-11-22T09:00:00+0400",
            "2022-11-22T12:00:00+0400")], "CRESS Réunion",
            A("Médiathèque Raphaël Barquissau", "2 rue Amiral Lacaze", "97410", "Saint-Pierre"))
# 3 CRESS Réunion's webinar on responsible purchasing
f.on_agenda("achats", 504, "Les achats responsables, une opportunité pour l'ESS",
            [("2022-11-24T10:00:00+0400", "2022-11-24T11:30:00+0400")], "CRESS Réunion", {}, mode=2,
            onlineAccessLink="https://us06web.zoom.us/j/89876543210")
f.in_calendar("achats", "achats-2022@reseau-reunion", "DTSTART:20221124T100000", "DTEND:20221124T113000",
              "SUMMARY:Webinaire achats responsables (CRESS)", "LOCATION:Zoom")
# 5 repair café Saint-Denis; 6 hard negative: repair café Le Port, same morning
SOURCE = P("Case de la Source", "12 rue du Pont", "97400", "Saint-Denis")
f.on_platform("repair-stdenis", 3, "Repair café de La Source", local(26, "09:00", re_), local(26, "12:00", re_),
              "Association Lakour Réparé", SOURCE)
f.in_calendar("repair-stdenis", "repair-source@reseau-reunion", "DTSTART:20221126T090000", "DTEND:20221126T120000",
              "SUMMARY:Repair café - La Source", "LOCATION:Case de la Source\\, Saint-Denis")
f.on_platform("repair-leport", 4, "Repair café du Port", local(26, "09:00", re_), local(26, "12:00", re_),
              "Ressourcerie Le Port", P("Médiathèque Benoîte Boulard", "3 rue Evenor Lucas", "97420", "Le Port"))
# 7 ciné-débat Saint-Paul
f.on_agenda("cine-stpaul", 505, "Ciné-débat : « Demain » et après ?", [("2022-11-18T18:30:00+0400",
            "2022-11-18T21:30:00+0400")], "Collectif Transition Ouest",
            A("Cinéma Plaza", "19 rue Rhin et Danube", "97460", "Saint-Paul"))
f.in_calendar("cine-stpaul", "cine-demain@reseau-reunion", "DTSTART:20221118T183000", "DTEND:20221118T213000",
              "SUMMARY:Ciné-débat Demain", "LOCATION:Cinéma Plaza\\, Saint-Paul")
# 8 national webinar 2, CG Scop, 10h Paris = 13h Réunion
f.on_platform("scic", 5, "Les Scic, mode d'emploi", "2022-11-15T10:00:00+01:00", "2022-11-15T11:30:00+01:00",
              "Confédération générale des Scop et des Scic", ONLINE, modality="En ligne")
f.in_calendar("scic", "scic-webinaire@reseau-reunion", "DTSTART;TZID=Europe/Paris:20221115T100000",
              "DTEND;TZID=Europe/Paris:20221115T113000", "SUMMARY:Webinaire Les SCIC mode d'emploi (CG Scop)",
              "LOCATION:En ligne")
f.in_form([
    ("essfr-financer", row("R-101", "ESS France", "Financer son projet ESS (webinaire national)", "19/11/2022",
                           "14h (heure de Paris) / 17h (heure de La Réunion)", "", "", "", "", "En ligne")),
    ("fa-financer", row("R-102", "France Active Réunion", "Les outils de France Active pour financer son projet",
                        "19/11/2022", "17h-18h", "", "", "", "", "Visio")),
    ("forum-stpierre", row("R-103", "CRESS Réunion", "Forum ESS Sud", "22/11/2022", "9h-12h",
                           "Médiathèque Raphaël Barquissau", "", "", "Saint-Pierre")),
    ("achats", row("R-104", "CRESS Réunion", "Achats responsables (webinaire)", "24/11/2022", "10h-11h30",
                   "", "", "", "", "En ligne")),
    ("repair-stdenis", row("R-105", "Lakour Réparé", "Repair café", "26/11/2022", "9h-12h", "Case de la Source",
                           "12 rue du Pont", "97400", "Saint-Denis")),
    ("repair-leport", row("R-106", "Ressourcerie Le Port", "Repair café", "26/11/2022", "9h-12h",
                          "Médiathèque Benoîte Boulard", "", "", "Le Port")),
    ("scic", row("R-107", "URSCOP", "Les Scic mode d'emploi", "15/11/2022", "10h-11h30 (heure de Paris) soit 13h-14h30 à La Réunion",
                 "", "", "", "", "En ligne")),
])
name, content, options = f.sheet
f.sheet = (name, content, dict(options, fuseau="Indian/Reunion"))
if __name__ == "__main__":
    events, groups = run(f)
    if "-v" in sys.argv:
        print(events[["source", "source_identifiant", "titre", "date_heure_debut", "date_heure_fin", "commune"]].to_string())
