"""Blind set 2b (blind-places): Auvergne-Rhône-Alpes, Lyon and Villeurbanne (the national platform also lists a
Marseille event). Arrondissements every way (« Lyon 7ème », « Lyon 7 », « 69007 », « Lyon 3e », « 3e arr. »),
tiers-lieux known by name (Hôtel71, Les Halles du Faubourg, Le Rize), places given by a métro station or a quarter
(Guillotière, Jean Macé, Croix-Rousse, Vaise). Hard negatives: one title in two arrondissements the same evening, one
title in Lyon 3e and Marseille 3e the same day."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 / 2: two solidarity Christmas markets the same day, Lyon 7e and Lyon 4e (Croix-Rousse)
f.on_platform("noel-7", 1, "Marché de Noël solidaire", at(26, "10:00"), at(26, "19:00"), "Les Halles du Faubourg",
              P("Les Halles du Faubourg", "10 impasse des Chalets", "69007", "Lyon"))
f.on_agenda("noel-7", 6001, "Marché de Noël solidaire aux Halles du Faubourg", [(at(26, "10:00"), at(26, "19:00"))], "Halles du Faubourg",
            A("Halles du Faubourg", "10 impasse des Chalets", "69007", "Lyon", insee="69387"))
f.in_calendar("noel-7", "noel-faubourg@lyon-ess", "DTSTART;TZID=Europe/Paris:20221126T100000", "DTEND;TZID=Europe/Paris:20221126T190000",
              "SUMMARY:Marché de Noël solidaire", "LOCATION:Halles du Faubourg")
f.on_platform("noel-4", 2, "Marché de Noël solidaire", at(26, "10:00"), at(26, "18:00"), "Croix-Rousse Solidaire",
              P("Place de la Croix-Rousse", "", "69004", "Lyon"))
f.in_calendar("noel-4", "noel-xrousse@lyon-ess", "DTSTART;TZID=Europe/Paris:20221126T100000", "DTEND;TZID=Europe/Paris:20221126T180000",
              "SUMMARY:Marché de Noël solidaire", "LOCATION:Croix-Rousse")
# 3: walk in the Guillotière quarter
f.on_platform("guillotiere", 3, "Balade : l'ESS à la Guillotière", at(12, "10:00"), at(12, "12:00"), "Lyon à double sens",
              P("Place Gabriel Péri", "", "69007", "Lyon"))
f.on_agenda("guillotiere", 6003, "Balade urbaine ESS - quartier Guillotière", [(at(12, "10:00"), at(12, "12:00"))], "Lyon à Double Sens",
            A("Place Gabriel Péri", "Place Gabriel Péri", "69007", "Lyon", insee="69387", latitude=45.7540, longitude=4.8425))
f.in_calendar("guillotiere", "balade-guillo@lyon-ess", "DTSTART;TZID=Europe/Paris:20221112T100000",
              "DTEND;TZID=Europe/Paris:20221112T120000", "SUMMARY:Balade ESS Guillotière", "LOCATION:M° Guillotière")
# 4 / 5: bike workshops the same evening, 7e (Jean Macé) and 1er (Pentes)
f.on_platform("velo-7", 4, "Atelier d'autoréparation vélo", at(16, "18:00"), at(16, "21:00"), "Le Chat Perché",
              P("Atelier du Chat Perché", "3 rue Pierre Robin", "69007", "Lyon"))
f.in_calendar("velo-7", "velo-chatperche@lyon-ess", "DTSTART:20221116T170000Z", "DTEND:20221116T200000Z",
              "SUMMARY:Atelier vélo", "LOCATION:Le Chat Perché (M° Jean Macé)")
f.on_platform("velo-1", 5, "Atelier d'autoréparation vélo", at(16, "18:00"), at(16, "21:00"), "Le Recycleur",
              P("Atelier Le Recycleur", "12 rue Burdeau", "69001", "Lyon"))
f.in_calendar("velo-1", "velo-recycleur@lyon-ess", "DTSTART:20221116T170000Z", "DTEND:20221116T200000Z",
              "SUMMARY:Atelier vélo", "LOCATION:Le Recycleur\\, Pentes de la Croix-Rousse")
# 6: meet-up at Hôtel71 (2e)
f.on_platform("hotel71", 6, "Meet-up des entrepreneurs sociaux", at(17, "18:30"), at(17, "21:00"), "Ronalpia",
              P("Hôtel71", "71 quai Perrache", "69002", "Lyon"))
f.on_agenda("hotel71", 6006, "Meet up entrepreneuriat social", [(at(17, "18:30"), at(17, "21:00"))], "Ronalpia",
            A("Hôtel71", "71 Quai Perrache", "69002", "Lyon", insee="69382"))
f.in_calendar("hotel71", "meetup@lyon-ess", "DTSTART;TZID=Europe/Paris:20221117T183000", "SUMMARY:Meet-up Ronalpia", "LOCATION:Hôtel71")
# 7: conference at Le Rize, Villeurbanne
f.on_platform("rize", 7, "Conférence : l'histoire des coopératives ouvrières", at(22, "18:30"), at(22, "20:30"), "Le Rize",
              P("Le Rize", "23-25 rue Valentin Haüy", "69100", "Villeurbanne"))
f.in_calendar("rize", "conf-coop@lyon-ess", "DTSTART;TZID=Europe/Paris:20221122T183000", "DTEND;TZID=Europe/Paris:20221122T203000",
              "SUMMARY:Histoire des coopératives ouvrières (conférence)", "LOCATION:Le Rize")
# 8 / 9: job fair, Lyon 3e; the same title in Marseille 3e the same day (national platform)
f.on_platform("forum-lyon", 8, "Forum emploi de l'ESS", at(24, "09:30"), at(24, "16:30"), "CRESS Auvergne-Rhône-Alpes",
              P("Bourse du Travail", "Place Guichard", "69003", "Lyon"))
f.on_agenda("forum-lyon", 6008, "Forum de l'emploi dans l'ESS - Lyon", [(at(24, "09:30"), at(24, "16:30"))], "CRESS AURA",
            A("Bourse du Travail", "Place Guichard", "69003", "Lyon", insee="69383"))
f.in_calendar("forum-lyon", "forum@lyon-ess", "DTSTART;TZID=Europe/Paris:20221124T093000", "DTEND;TZID=Europe/Paris:20221124T163000",
              "SUMMARY:Forum emploi ESS", "LOCATION:Place Guichard")
f.on_platform("forum-marseille", 9, "Forum emploi de l'ESS", at(24, "09:30"), at(24, "16:30"), "CRESS Provence-Alpes-Côte d'Azur",
              P("Friche la Belle de Mai", "41 rue Jobin", "13003", "Marseille"))
# 10: repair café at Vaise (9e)
f.on_platform("vaise", 10, "Repair café de Vaise", at(19, "14:00"), at(19, "17:00"), "Repair Café Lyon 9",
              P("Maison des associations de Vaise", "16 rue Sergent Michel Berthet", "69009", "Lyon"))
f.in_calendar("vaise", "rc-vaise@lyon-ess", "DTSTART;TZID=Europe/Paris:20221119T140000", "DTEND;TZID=Europe/Paris:20221119T170000",
              "SUMMARY:Repair café", "LOCATION:Vaise")
# 11: exhibition in Gerland over a week
f.on_platform("expo", 11, "Exposition « L'ESS en images »", at(14, "09:00"), at(25, "18:00"), "CRESS Auvergne-Rhône-Alpes",
              P("Mairie du 7e arrondissement", "16 place Jean Macé", "69007", "Lyon"))
f.on_agenda("expo", 6011, "L'ESS en images : exposition", [(at(d, "09:00"), at(d, "18:00")) for d in (14, 15, 16, 17, 18, 21, 22, 23, 24, 25)],
            "CRESS AURA", A("Mairie du 7ème", "16 place Jean Macé", "69007", "Lyon", insee="69387"))
# 12: zero-waste workshop at the Croix-Rousse
f.on_platform("zd", 12, "Atelier zéro déchet : cosmétiques maison", at(20, "10:00"), at(20, "12:00"), "Zero Waste Lyon",
              P("Salle de la Ficelle", "65 boulevard des Canuts", "69004", "Lyon"))
f.on_agenda("zd", 6012, "Cosmétiques maison : atelier zéro déchet", [(at(20, "10:00"), at(20, "12:00"))], "Zero Waste Lyon",
            A("Salle de la Ficelle", "65 bd des Canuts", "69004", "Lyon", insee="69384"))

f.in_form([
    ("noel-7", row("ARA-01", "Halles du Faubourg", "Marché de Noël solidaire", "26/11/2022", "10h-19h", "Halles du Faubourg", "", "", "Lyon 7ème")),
    ("noel-4", row("ARA-02", "Croix-Rousse Solidaire", "Marché de Noël solidaire", "26/11/2022", "10h-18h", "Place de la Croix-Rousse", "", "", "Lyon 4")),
    ("guillotiere", row("ARA-03", "LADS", "Balade ESS", "12/11/2022", "10h-12h", "La Guillotière", "", "", "Lyon")),
    ("velo-7", row("ARA-04", "Chat Perché", "Atelier vélo", "16/11/2022", "18h-21h", "Le Chat Perché", "3 rue P. Robin", "69007", "Lyon")),
    ("velo-1", row("ARA-05", "Le Recycleur", "Atelier vélo", "16/11/2022", "18h-21h", "", "12 rue Burdeau", "", "Lyon 1er")),
    ("hotel71", row("ARA-06", "Ronalpia", "Meet-up entrepreneurs sociaux", "17/11/2022", "18h30", "Hotel 71", "", "", "Lyon 2")),
    ("forum-lyon", row("ARA-07", "CRESS AURA", "Forum emploi ESS", "24/11/2022", "9h30-16h30", "Bourse du travail", "", "", "Lyon 3e")),
    ("vaise", row("ARA-08", "Repair Café Lyon 9", "Repair café", "19/11/2022", "14h-17h", "MDA Vaise", "", "69009", "")),
    ("expo", row("ARA-09", "CRESS AURA", "Expo L'ESS en images", "14/11/2022", "", "Mairie du 7e", "", "", "Lyon 7e arr.")),
    ("rize", row("ARA-10", "Le Rize", "Conférence coopératives ouvrières", "22/11/2022", "18h30-20h30", "Le Rize", "", "", "Villeurbanne")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
