"""Blind set (blind-south): the overseas départements, one edition (2022), heavy in online and hybrid events.
Sources: the national platform (all of France, a Seine-Saint-Denis event too), ESS France's « Outre-mer » OpenAgenda
(timings in each island's offset), the Antilles-Guyane network's iCalendar (X-WR-TIMEZONE America/Martinique, TZID per
event, some UTC), CRESS de La Réunion's registration form (Windows-1252 CSV, local hours, « St-Denis » without postal
code)."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from south import *

sources("ess-france-outre-mer-openagenda", "reseau-antilles-guyane-ical", "cress-reunion-tableur")
f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:America/Martinique\r\n"
re, gp, mq, gf = "re", "gp", "mq", "gf"

# 1 Réunion: France Active webinar (Zoom), platform « En ligne », agenda link, form « Visio / Distanciel »
ZOOM_FA = "https://us02web.zoom.us/j/86123456789?pwd=RkFSZXVuaW9u"
f.on_platform("fa-webinaire", 1, "Webinaire : financer son projet ESS à La Réunion", local(16, "14:00", re), local(16, "15:30", re),
              "France Active Réunion", ONLINE, modality="En ligne")
f.on_agenda("fa-webinaire", 3001, "Financer son projet d'ESS (webinaire)", [(local(16, "14:00", re), local(16, "15:30", re))],
            "France Active La Réunion", {}, mode=2, onlineAccessLink=ZOOM_FA)
# 2 Martinique: hybrid round table, Teams, Fort-de-France
TEAMS_MQ = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1Njc4OTAx%40thread.v2/0"
ATRIUM = P("Tropiques Atrium", "6 rue Jacques Cazotte", "97200", "Fort-de-France")
f.on_platform("achats-mq", 2, "Table ronde : achats responsables et ESS en Martinique", local(17, "09:00", mq), local(17, "12:00", mq),
              "CRESS Martinique", ATRIUM, modality="Hybride")
f.in_calendar("achats-mq", "achats-resp@antilles-ess", "DTSTART;TZID=America/Martinique:20221117T090000",
              "DTEND;TZID=America/Martinique:20221117T120000", "SUMMARY:Table ronde achats responsables",
              "LOCATION:Tropiques Atrium", f"CONFERENCE;VALUE=URI;FEATURE=VIDEO:{TEAMS_MQ}")
f.on_agenda("achats-mq", 3002, "Achats responsables : quelle place pour l'ESS ? (table ronde)", [(local(17, "09:00", mq), local(17, "12:00", mq))],
            "Chambre régionale de l'ESS de Martinique", A("Tropiques Atrium", "6 rue Jacques Cazotte", "97200", "Fort-de-France", insee="97209"),
            mode=3, onlineAccessLink=TEAMS_MQ)
# 3 Guadeloupe: café-débat on Jitsi, calendar LOCATION the link, UTC time
JITSI = "https://meet.jit.si/CafeDebatMonnaieLocaleGuadeloupe"
f.on_platform("monnaie", 3, "Café-débat en ligne : une monnaie locale pour la Guadeloupe ?", local(22, "18:30", gp), local(22, "20:00", gp),
              "Kolectif Monnaie Lokal Gwadloup", ONLINE, modality="En ligne")
f.in_calendar("monnaie", "monnaie@antilles-ess", "DTSTART:20221122T223000Z", "DTEND:20221123T000000Z",
              "SUMMARY:Café-débat monnaie locale (visio)", f"LOCATION:{JITSI}")
# 4 Réunion: assembly of tiers-lieux on BigBlueButton, agenda link, form « En ligne »
BBB = "https://bbb.tierslieux.re/b/ass-gen-2022"
f.on_platform("tiers-lieux", 4, "Assemblée des tiers-lieux réunionnais", local(19, "09:00", re), local(19, "12:00", re),
              "Réseau des tiers-lieux de La Réunion", ONLINE, modality="En ligne")
f.on_agenda("tiers-lieux", 3004, "Assemblée des tiers-lieux de La Réunion", [(local(19, "09:00", re), local(19, "12:00", re))],
            "Tiers-lieux Réunion", {"name": "En ligne", "address": "En ligne"}, mode=2, onlineAccessLink=BBB)
# 5 Guyane: SCIC workshop on Google Meet; the calendar floating (Martinique zone) for a Cayenne time: one hour slip
MEET = "https://meet.google.com/xkq-vbnr-tyu"
f.on_platform("scic-gf", 5, "Atelier : créer une SCIC en Guyane", local(23, "17:00", gf), local(23, "18:30", gf),
              "URSCOP Antilles-Guyane", ONLINE, modality="En ligne")
f.in_calendar("scic-gf", "scic-guyane@antilles-ess", "DTSTART:20221123T170000", "DTEND:20221123T183000",
              "SUMMARY:Créer une Scic - atelier en ligne", "LOCATION:Google Meet", f"DESCRIPTION:Lien : {MEET}")
f.on_agenda("scic-gf", 3005, "Créer une Société coopérative d'intérêt collectif", [(local(23, "17:00", gf), local(23, "18:30", gf))],
            "Union régionale des Scop Antilles-Guyane", {}, mode=2, onlineAccessLink=MEET)
# 6 Guadeloupe: Région's webinar on Webex, platform « Région Guadeloupe », agenda « Conseil régional »
WEBEX = "https://regionguadeloupe.webex.com/regionguadeloupe/j.php?MTID=m8a1b2c3d4e5f"
f.on_platform("aap-gp", 6, "Webinaire : l'appel à projets ESS 2023 de la Région", local(24, "10:00", gp), local(24, "11:30", gp),
              "Région Guadeloupe", ONLINE, modality="En ligne")
f.on_agenda("aap-gp", 3006, "Appel à projets Économie sociale et solidaire 2023 : présentation", [(local(24, "10:00", gp), local(24, "11:30", gp))],
            "Conseil régional de la Guadeloupe", {}, mode=2, onlineAccessLink=WEBEX)
f.in_calendar("aap-gp", "aap@antilles-ess", "DTSTART;TZID=America/Guadeloupe:20221124T100000",
              "DTEND;TZID=America/Guadeloupe:20221124T113000", "SUMMARY:Webinaire AAP ESS Région Guadeloupe",
              "LOCATION:En ligne (Webex)", f"URL:{WEBEX}")
# 7 / 8 hard negative: CRESS Réunion's two webinars the same day (two Zoom meetings)
f.on_platform("cress-matin", 7, "Webinaire : la commande publique responsable", local(15, "09:00", re), local(15, "10:30", re),
              "CRESS La Réunion", ONLINE, modality="En ligne")
f.on_agenda("cress-matin", 3007, "La commande publique responsable (webinaire)", [(local(15, "09:00", re), local(15, "10:30", re))],
            "CRESS de La Réunion", {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/81111222333")
f.on_platform("cress-aprem", 8, "Webinaire : l'agrément ESUS, mode d'emploi", local(15, "14:00", re), local(15, "15:30", re),
              "CRESS La Réunion", ONLINE, modality="En ligne")
f.on_agenda("cress-aprem", 3008, "L'agrément ESUS (webinaire)", [(local(15, "14:00", re), local(15, "15:30", re))],
            "CRESS de La Réunion", {}, mode=2, onlineAccessLink="https://us06web.zoom.us/j/84444555666")
# 9 Réunion forum in Saint-Denis; 10 hard negative: the Seine-Saint-Denis forum the same day, same local hour
f.on_platform("forum-974", 9, "Forum de l'ESS et de l'emploi", local(18, "09:00", re), local(18, "16:00", re), "CRESS La Réunion",
              P("Parc des expositions et des congrès", "Avenue de la Trinité", "97400", "Saint-Denis"))
f.on_agenda("forum-974", 3009, "Forum ESS & emploi 2022", [(local(18, "09:00", re), local(18, "16:00", re))], "CRESS de La Réunion",
            A("Parc des expositions (NORDEV)", "Avenue de la Trinité", "97400", "Saint-Denis", insee="97411"))
f.on_platform("forum-93", 10, "Forum de l'ESS et de l'emploi", local(18, "09:00"), local(18, "16:00"), "Plaine Commune",
              P("Bourse du travail", "9-11 rue Génin", "93200", "Saint-Denis"))
# 11 Réunion repair café Saint-Pierre; 12 the Martinique one the same day, same local hour
f.on_platform("repair-974", 11, "Repair café", local(19, "14:00", re), local(19, "17:00", re), "Ressourcerie Sud Réunion",
              P("Case de Terre-Sainte", "Rue Amiral Lacaze", "97410", "Saint-Pierre"))
f.on_platform("repair-972", 12, "Repair café", local(19, "14:00", mq), local(19, "17:00", mq), "Repair Café Nord Caraïbe",
              P("Maison des associations", "Rue Victor Hugo", "97250", "Saint-Pierre"))
f.in_calendar("repair-972", "repair-sp@antilles-ess", "DTSTART;TZID=America/Martinique:20221119T140000",
              "DTEND;TZID=America/Martinique:20221119T170000", "SUMMARY:Repair Café", "LOCATION:Saint-Pierre")
# 13 Guyane: hybrid conference in Cayenne, agenda YouTube live, calendar TZID Cayenne
f.on_platform("conf-gf", 13, "Conférence : l'ESS, levier de développement en Guyane", local(25, "18:00", gf), local(25, "20:00", gf),
              "CRESS Guyane", P("Université de Guyane - Campus de Troubiran", "2091 route de Baduel", "97300", "Cayenne"),
              modality="Hybride")
f.on_agenda("conf-gf", 3013, "L'ESS, un levier pour la Guyane ? Conférence (présentiel et en direct)", [(local(25, "18:00", gf), local(25, "20:00", gf))],
            "Chambre régionale de l'économie sociale et solidaire de Guyane",
            A("Campus de Troubiran", "2091 route de Baduel", "97300", "Cayenne", insee="97302"), mode=3,
            onlineAccessLink="https://www.youtube.com/watch?v=cressGuyane22")
f.in_calendar("conf-gf", "conf-guyane@antilles-ess", "DTSTART;TZID=America/Cayenne:20221125T180000",
              "DTEND;TZID=America/Cayenne:20221125T200000", "SUMMARY:Conférence ESS Guyane",
              "LOCATION:Université de Guyane\\, Cayenne")
# 14 Réunion: ciné-débat Le Port
f.on_platform("cine-port", 14, "Ciné-débat « Demain »", local(17, "18:30", re), local(17, "21:00", re), "Ciné Lumière",
              P("Cinéma Ciné Lumière", "Rue de Saint-Paul", "97420", "Le Port"))
# 15 Réunion: visit of a créole garden, Saint-Paul
f.on_platform("jardin", 15, "Visite du jardin créole partagé", local(26, "08:30", re), local(26, "11:00", re), "Jardins d'insertion de l'Ouest",
              P("Jardin partagé de la Plaine", "Chemin Bruniquel", "97460", "Saint-Paul"))
f.on_agenda("jardin", 3015, "Jardin créole : visite guidée", [(local(26, "08:30", re), local(26, "11:00", re))], "JIO",
            A("Jardin partagé", "Chemin Bruniquel", "97460", "Saint-Paul", insee="97415"))
# 16 Guadeloupe: composting workshop in Les Abymes, calendar UTC
f.on_platform("compost-gp", 16, "Atelier compostage et jardin créole", local(12, "09:00", gp), local(12, "11:00", gp), "Zéro Déchet Guadeloupe",
              P("Maison de quartier de Boisripeaux", "Rue de Boisripeaux", "97139", "Les Abymes"))
f.in_calendar("compost-gp", "compost@antilles-ess", "DTSTART:20221112T130000Z", "DTEND:20221112T150000Z",
              "SUMMARY:Compostage : atelier", "LOCATION:Boisripeaux\\, Abymes")
f.on_agenda("compost-gp", 3016, "Atelier compostage", [(local(12, "09:00", gp), local(12, "11:00", gp))], "Zéro Déchet Gwadloup",
            A("Maison de quartier", "Rue de Boisripeaux", "97139", "Les Abymes", insee="97101"))
# 17 Martinique: producers' market in Le Lamentin, calendar « Lamentin »
f.on_platform("marche-mq", 17, "Marché des producteurs bio et solidaires", local(26, "07:00", mq), local(26, "12:00", mq), "AMAP Matinik",
              P("Place Mahault", "", "97232", "Le Lamentin"))
f.in_calendar("marche-mq", "marche@antilles-ess", "DTSTART;TZID=America/Martinique:20221126T070000",
              "DTEND;TZID=America/Martinique:20221126T120000", "SUMMARY:Marché bio & solidaire", "LOCATION:Place Mahault\\, Lamentin")
# 18 Réunion: legal helpdesk for associations on Teams
TEAMS_RE = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_UmV1bmlvbkFzc28%40thread.v2/0"
f.on_platform("juridique", 18, "Permanence juridique en visio pour les associations", local(22, "13:30", re), local(22, "16:30", re),
              "Le Mouvement associatif Réunion", ONLINE, modality="En ligne", description=f"Sur inscription, lien Teams : {TEAMS_RE}")
# 19 series online: climate fresk in visio on the 15th and 29th (calendar RRULE), platform both, agenda one
f.in_calendar({"2022-11-15": "fresque-15", "2022-11-29": "fresque-29"}, "fresque@antilles-ess",
              "DTSTART;TZID=America/Martinique:20221115T180000", "DTEND;TZID=America/Martinique:20221115T210000",
              "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2", "SUMMARY:Fresque du Climat en ligne",
              "LOCATION:Zoom", "URL:https://fresqueduclimat.org/participer")
f.on_platform("fresque-15", 19, "La Fresque du Climat (en ligne)", local(15, "18:00", mq), local(15, "21:00", mq),
              "La Fresque du Climat Martinique", ONLINE, modality="En ligne")
f.on_platform("fresque-29", 20, "La Fresque du Climat (en ligne)", local(29, "18:00", mq), local(29, "21:00", mq),
              "La Fresque du Climat Martinique", ONLINE, modality="En ligne")
f.on_agenda("fresque-29", 3019, "Fresque du climat - session en visio", [(local(29, "18:00", mq), local(29, "21:00", mq))],
            "Fresque du Climat", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/87770001112")
# 20 Guyane: youth forum, Saint-Laurent-du-Maroni
f.on_platform("jeunes-gf", 21, "Forum jeunesse et ESS", local(16, "08:30", gf), local(16, "13:00", gf), "Mission locale de l'Ouest guyanais",
              P("Salle des fêtes", "Avenue Félix Éboué", "97320", "Saint-Laurent-du-Maroni"))
f.on_agenda("jeunes-gf", 3021, "Forum Jeunesse & ESS", [(local(16, "08:30", gf), local(16, "13:00", gf))], "MLOG",
            A("Salle des fêtes", "Av. Félix Éboué", "97320", "Saint-Laurent-du-Maroni"))
f.in_calendar("jeunes-gf", "jeunes@antilles-ess", "DTSTART;TZID=America/Cayenne:20221116T083000",
              "SUMMARY:Forum jeunesse ESS - St-Laurent", "LOCATION:Saint-Laurent-du-Maroni")
# 21 national launch webinar (ESS France), Paris time on the platform, the island's time in the agenda and the form
f.on_platform("lancement", 22, "Lancement du Mois de l'ESS dans les Outre-mer", local(3, "14:00"), local(3, "15:00"),
              "ESS France", ONLINE, modality="En ligne")
f.on_agenda("lancement", 3022, "Lancement ultramarin du Mois de l'ESS (webinaire)", [(local(3, "17:00", re), local(3, "18:00", re))],
            "ESS France", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/89990001234")
# 22 Réunion: hybrid AG of a Scop in Le Tampon
f.on_platform("scop-tampon", 23, "Portes ouvertes de la Scop Ti Kaz (présentiel et visio)", local(25, "09:00", re), local(25, "12:00", re),
              "Scop Ti Kaz", P("Scop Ti Kaz", "14 rue Hubert Delisle", "97430", "Le Tampon"), modality="Hybride")

f.in_form([
    ("fa-webinaire", row("RE-01", "FAR", "Financer son projet ESS - webinaire", "16/11/2022", "14h-15h30", "Visio", fmt="Distanciel")),
    ("tiers-lieux", row("RE-02", "Réseau Tiers-Lieux 974", "AG des tiers-lieux", "19/11/2022", "9h-12h", "En ligne", fmt="En ligne")),
    ("cress-matin", row("RE-03", "CRESS Réunion", "Webinaire commande publique responsable", "15/11/2022", "9h", "", fmt="Distanciel")),
    ("forum-974", row("RE-04", "CRESS Réunion", "Forum ESS et emploi", "18/11/2022", "Toute la journée", "Parc des Expo", "", "", "St-Denis")),
    ("repair-974", row("RE-05", "Ressourcerie Sud", "Repair Café", "19/11/2022", "14h-17h", "Case de Terre-Sainte", "", "", "St-Pierre")),
    ("cine-port", row("RE-06", "Ciné Lumière", "Ciné débat Demain", "17/11/2022", "", "Ciné Lumière", "", "97420", "Le Port")),
    ("jardin", row("RE-07", "Jardins d'Insertion de l'Ouest (JIO)", "Visite jardin créole", "26/11/2022", "matin", "", "ch. Bruniquel", "", "Saint-Paul")),
    ("juridique", row("RE-08", "LMA Réunion", "Permanence juridique associations", "22/11/2022", "13h30-16h30", "Teams", fmt="Distanciel")),
    ("lancement", row("RE-09", "ESS France", "Lancement Mois ESS Outre-mer", "03/11/2022", "17h", "Zoom", fmt="En ligne")),
    ("scop-tampon", row("RE-10", "Ti Kaz", "Portes ouvertes Scop Ti Kaz", "25/11/2022", "9h-12h", "Ti Kaz + visio", "14 r. Hubert Delisle", "97430", "Le Tampon", fmt="Hybride")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
