"""Lead's blind set (8 Dec 2026): Auvergne-Rhône-Alpes online and hybrid: « En ligne » without a link, links in
onlineAccessLink, in URL, in CONFERENCE, in DESCRIPTION; a spreadsheet's « Distanciel » and « Visio » with no time;
hybrid events against their in-person copies; two organisers' webinars at one hour; one organiser's two in a day."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
f.on_platform("web-achats", 1, "Webinaire : les achats responsables dans les collectivités", at(8, "10:00"), at(8, "11:30"),
              "Auvergne-Rhône-Alpes Commande publique responsable", ONLINE, modality="En ligne")
f.on_agenda("web-achats", 9101, "Achats responsables des collectivités (webinaire)", [(at(8, "10:00"), at(8, "11:30"))],
            "Réseau commande publique AURA", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/webinar/register/WN_abc123")
f.in_calendar("web-achats", "achats-resp-1108@reseau", "DTSTART:20221108T090000Z", "DTEND:20221108T103000Z",
              "SUMMARY:Webinaire achats responsables", "URL:https://us02web.zoom.us/webinar/register/WN_abc123")
# the same hour, another organiser's webinar (hard negative)
f.on_platform("web-mobilite", 2, "Webinaire : la mobilité solidaire en zone rurale", at(8, "10:00"), at(8, "11:00"),
              "Wimoov Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.on_agenda("web-mobilite", 9102, "Mobilité solidaire en zone rurale", [(at(8, "10:00"), at(8, "11:00"))], "Wimoov",
            {}, mode=2, onlineAccessLink="https://meet.google.com/abc-defg-hij")
# one organiser's two webinars the same day
f.on_platform("web-cae-1", 3, "Découvrir la coopérative d'activité et d'emploi", at(15, "12:30"), at(15, "13:30"), "Oxalis",
              ONLINE, modality="En ligne")
f.on_platform("web-cae-2", 4, "Entreprendre en coopérative : témoignages", at(15, "18:00"), at(15, "19:30"), "Oxalis",
              ONLINE, modality="En ligne")
f.in_calendar("web-cae-1", "cae-decouverte@oxalis", "DTSTART;TZID=Europe/Paris:20221115T123000", "DTEND;TZID=Europe/Paris:20221115T133000",
              "SUMMARY:Découverte CAE - visio", "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.jit.si/OxalisDecouverteCAE")
f.in_calendar("web-cae-2", "cae-temoignages@oxalis", "DTSTART;TZID=Europe/Paris:20221115T180000", "DTEND;TZID=Europe/Paris:20221115T193000",
              "SUMMARY:Témoignages d'entrepreneurs-salariés (visio)",
              "DESCRIPTION:Rejoindre la visio : https://meet.jit.si/OxalisTemoignages")
# hybrid: in person in Grenoble and streamed; the agenda lists it hybrid, the sheet in person
f.on_platform("hybride-grenoble", 5, "Conférence : l'habitat participatif, où en est-on ?", at(17, "18:30"), at(17, "20:30"),
              "Les Habiles", P("Maison de l'habitant", "2 rue Georges Jacquet", "38000", "Grenoble"))
f.on_agenda("hybride-grenoble", 9105, "Habitat participatif : où en est-on ? Conférence", [(at(17, "18:30"), at(17, "20:30"))],
            "Les Habiles", A("Maison de l'Habitant", "2 rue G. Jacquet", "38000", "Grenoble"), mode=3,
            onlineAccessLink="https://www.youtube.com/watch?v=Xy12AbC")
# Clermont: « En ligne » on the platform, a Teams link in the ICS description, one hour off
f.on_platform("web-clermont", 6, "Les jeudis de l'ESS : financer son association", at(24, "17:00"), at(24, "18:00"),
              "CRESS Auvergne-Rhône-Alpes", ONLINE, modality="En ligne")
f.in_calendar("web-clermont", "jeudi-ess-1124@cress", "DTSTART:20221124T170000Z", "DTEND:20221124T180000Z",
              "SUMMARY:Jeudi de l'ESS - financer son asso",
              "DESCRIPTION:Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1@thread.v2/0?context=%7b%7d")
# Saint-Étienne: an event moved online, the sheet still in person
f.on_platform("moved-online", 7, "Atelier : rédiger ses statuts d'association", at(22, "18:00"), at(22, "20:00"),
              "Maison des associations de Saint-Étienne", ONLINE, modality="En ligne")
f.on_agenda("moved-online", 9107, "Rédiger les statuts de son association", [(at(22, "18:00"), at(22, "20:00"))],
            "Maison des associations de Saint-Étienne", {}, mode=2, onlineAccessLink="https://zoom.us/j/93456789012")

f.in_form([
    ("web-achats", row("AU-01", "Réseau Commande Publique", "Webinaire achats responsables", "08/11/2022", "", "", "", "", "", "Distanciel")),
    ("web-mobilite", row("AU-02", "Wimoov", "Webinaire mobilité rurale", "08/11/2022", "10h", "Visio", "", "", "", "En ligne")),
    ("web-cae-2", row("AU-03", "Oxalis Scop", "Webinaire témoignages CAE", "15/11/2022", "18h-19h30", "", "", "", "", "Distanciel")),
    ("hybride-grenoble", row("AU-04", "Les Habiles", "Conférence habitat participatif", "17/11/2022", "18h30", "Maison de l'Habitant", "", "38000", "Grenoble")),
    ("moved-online", row("AU-05", "MDA Saint-Etienne", "Atelier statuts association", "22/11/2022", "18h-20h", "Maison des associations", "4 rue A. Malraux", "42000", "St-Étienne")),
])

if __name__ == "__main__":
    run(f)
