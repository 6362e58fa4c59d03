"""Blind set 1 (blind-multi, issue 15): Île-de-France, events that span several days. A two-day salon, a month-long
exhibition (ICS all-day range, one spreadsheet row per opening day, platform start/end), a festival with its opening
evening listed apart, two-day trainings and markets; hard negatives: the same organiser's other events on days inside
a span, the opening evening the day before a festival, two repair cafés and two markets the same day in one town."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 Paris 3e: Salon des solutions solidaires, two days (platform range, agenda two timings, ICS all-day range, sheet two rows)
f.on_platform("salon", 101, "Salon des solutions solidaires", at(18, "10:00"), at(19, "18:00"), "CRESS Île-de-France",
              P("Carreau du Temple", "4 rue Eugène Spuller", "75003", "Paris"))
f.on_agenda("salon", 7101, "Salon des Solutions Solidaires 2022", [(at(18, "10:00"), at(18, "18:00")), (at(19, "10:00"), at(19, "18:00"))],
            "CRESS IDF", A("Le Carreau du Temple", "4 Rue Eugène Spuller", "75003", "Paris", insee="75103"))
f.in_calendar("salon", "salon-solidaire-2022@ess-paris", "DTSTART;VALUE=DATE:20221118", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:[Mois de l'ESS] Salon des solutions solidaires", "LOCATION:Carreau du Temple")

# 2 Pantin: exhibition the whole month, Tue-Sat; platform range; ICS all-day range; agenda one timing per week day open
EXPO_DAYS = [d for d in range(2, 31) if d % 7 not in (6, 0)]  # 6 Nov 2022 is a Sunday, 7 a Monday
f.on_platform("expo", 102, "Exposition « Les visages de l'ESS »", at(2, "14:00"), at(30, "19:00"), "Pantin Solidaire",
              P("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
f.on_agenda("expo", 7102, "Expo photo : Les visages de l'économie sociale et solidaire",
            [(at(d, "14:00"), at(d, "19:00")) for d in EXPO_DAYS], "Association Pantin Solidaire",
            A("Halle Papin", "2 rue Denis Papin", "93500", "Pantin", insee="93055"))
f.in_calendar("expo", "expo-visages@pantin-solidaire.fr", "DTSTART;VALUE=DATE:20221102", "DTEND;VALUE=DATE:20221201",
              "SUMMARY:Exposition Les visages de l'ESS", "LOCATION:Halle Papin")
# hard negatives: the same organiser's own events at the same venue on days inside the exhibition's span
f.on_platform("atelier-ecriture", 103, "Atelier d'écriture « Raconte ton ESS »", at(9, "15:00"), at(9, "17:00"), "Pantin Solidaire",
              P("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
f.in_calendar("atelier-ecriture", "atelier-ecriture@pantin-solidaire.fr", "DTSTART;TZID=Europe/Paris:20221109T150000",
              "DTEND;TZID=Europe/Paris:20221109T170000", "SUMMARY:Atelier d'écriture : raconte ton ESS", "LOCATION:Halle Papin")
f.on_platform("tr-pantin", 104, "Table ronde : l'ESS à Pantin, quels besoins ?", at(16, "18:30"), at(16, "20:30"), "Pantin Solidaire",
              P("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))
f.on_agenda("tr-pantin", 7104, "L'ESS à Pantin : table ronde", [(at(16, "18:30"), at(16, "20:30"))], "Association Pantin Solidaire",
            A("Halle Papin", "2 rue Denis Papin", "93500", "Pantin", insee="93055"))
f.in_calendar("visite-expo", "visite-commentee@pantin-solidaire.fr", "DTSTART;TZID=Europe/Paris:20221123T160000",
              "DTEND;TZID=Europe/Paris:20221123T170000", "SUMMARY:Visite commentée de l'expo Les visages de l'ESS",
              "LOCATION:Halle Papin")
f.on_platform("visite-expo", 105, "Visite commentée de l'exposition « Les visages de l'ESS »", at(23, "16:00"), at(23, "17:00"),
              "Pantin Solidaire", P("Halle Papin", "2 rue Denis Papin", "93500", "Pantin"))

# 3 Montreuil: Festival Zéro Déchet 25-27 Nov, its opening evening the 24th listed apart
f.on_platform("festival", 106, "Festival Zéro Déchet de Montreuil", at(25, "10:00"), at(27, "18:00"), "Zero Waste Montreuil",
              P("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
f.on_platform("ouverture", 107, "Soirée d'ouverture du Festival Zéro Déchet", at(24, "19:00"), at(24, "23:00"), "Zero Waste Montreuil",
              P("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
f.on_agenda("festival", 7106, "Festival Zéro Déchet 2022", [(at(25, "10:00"), at(25, "18:00")), (at(26, "10:00"), at(26, "18:00")),
            (at(27, "10:00"), at(27, "18:00"))], "Zero Waste Montreuil", A("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
f.on_agenda("ouverture", 7107, "Festival Zéro Déchet : soirée d'ouverture (concert + apéro)", [(at(24, "19:00"), at(24, "23:00"))],
            "Zero Waste Montreuil", A("La Marbrerie", "21 rue Alexis Lepère", "93100", "Montreuil"))
f.in_calendar("festival", "fzd-2022@zwmontreuil", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221128",
              "SUMMARY:Festival Zéro Déchet", "LOCATION:La Marbrerie\\, Montreuil")
f.in_calendar("ouverture", "fzd-2022-ouverture@zwmontreuil", "DTSTART:20221124T180000Z", "DTEND:20221124T220000Z",
              "SUMMARY:Soirée d'ouverture - Festival Zéro Déchet", "LOCATION:La Marbrerie\\, Montreuil")

# 4 Paris 20e: two-day training at Coopaname; ICS one VEVENT per day; the same organiser's breakfast inside the span
f.on_platform("formation-coop", 108, "Formation : créer sa coopérative (2 jours)", at(14, "09:30"), at(15, "17:00"), "Coopaname",
              P("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
f.in_calendar("formation-coop", "formation-coop-j1@coopaname", "DTSTART;TZID=Europe/Paris:20221114T093000",
              "DTEND;TZID=Europe/Paris:20221114T170000", "SUMMARY:Créer sa coopérative - jour 1", "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")
f.in_calendar("formation-coop", "formation-coop-j2@coopaname", "DTSTART;TZID=Europe/Paris:20221115T093000",
              "DTEND;TZID=Europe/Paris:20221115T170000", "SUMMARY:Créer sa coopérative - jour 2", "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")
f.on_platform("petitdej-coop", 109, "Petit-déjeuner des coopérateurs", at(15, "08:30"), at(15, "09:30"), "Coopaname",
              P("Coopaname", "3-7 rue Albert Marquet", "75020", "Paris"))
f.in_calendar("petitdej-coop", "petitdej@coopaname", "DTSTART;TZID=Europe/Paris:20221115T083000",
              "DTEND;TZID=Europe/Paris:20221115T093000", "SUMMARY:Petit-déj des coopérateurs", "LOCATION:Coopaname\\, 3-7 rue Albert Marquet\\, Paris")

# 5 Versailles: marché solidaire de Noël over a week-end; another association's marché the Saturday elsewhere in town
f.on_platform("marche-versailles", 110, "Marché solidaire de Noël", at(26, "10:00"), at(27, "18:00"), "Secours populaire des Yvelines",
              P("Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles"))
f.on_agenda("marche-versailles", 7110, "Marché de Noël solidaire du Secours populaire", [(at(26, "10:00"), at(26, "18:00")),
            (at(27, "10:00"), at(27, "18:00"))], "Secours populaire français - Yvelines",
            A("Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles"))
f.on_platform("marche-versailles-2", 111, "Marché solidaire et artisanal", at(26, "09:00"), at(26, "17:00"), "Emmaüs Versailles",
              P("Espace Richaud", "78 boulevard de la Reine", "78000", "Versailles"))
f.in_calendar("marche-versailles-2", "marche-emmaus-versailles@ess78", "DTSTART;VALUE=DATE:20221126",
              "SUMMARY:Marché solidaire Emmaüs", "LOCATION:Espace Richaud\\, Versailles")

# 6 Paris 18e: two repair cafés the same Saturday
f.on_platform("rc-18-a", 112, "Repair café de la Goutte d'Or", at(19, "14:00"), at(19, "18:00"), "Repair Café Paris 18",
              P("Salle Saint-Bruno", "9 rue Saint-Bruno", "75018", "Paris"))
f.on_platform("rc-18-b", 113, "Repair café Simplon", at(19, "14:00"), at(19, "17:00"), "Repair Café Paris 18",
              P("Centre Paris Anim' Binet", "66 rue René Binet", "75018", "Paris"))
f.in_calendar("rc-18-a", "rc-goutte-dor@repaircafe18", "DTSTART:20221119T130000Z", "DTEND:20221119T170000Z",
              "SUMMARY:Repair Café Goutte d'Or", "LOCATION:Salle Saint-Bruno")
f.in_calendar("rc-18-b", "rc-binet@repaircafe18", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
              "SUMMARY:Repair Café Binet", "LOCATION:66 rue René Binet")

# 7 online: France Active IDF webinar
Z = "https://us02web.zoom.us/j/81234567890"
f.on_platform("webinaire-fa", 114, "Webinaire : financer son entreprise de l'ESS", at(22, "12:30"), at(22, "13:30"),
              "France Active Île-de-France", ONLINE, modality="En ligne", url="https://www.franceactive-idf.org/agenda/financer")
f.on_agenda("webinaire-fa", 7114, "Financer son entreprise ESS (webinaire)", [(at(22, "12:30"), at(22, "13:30"))], "France Active IDF", {},
            mode=2, onlineAccessLink=Z)

# 8 Saint-Denis: forum de l'emploi solidaire, one day
f.on_platform("forum-emploi", 115, "Forum de l'emploi solidaire", at(17, "09:00"), at(17, "17:00"), "Plaine Commune",
              P("Bourse du travail", "9-11 rue Génin", "93200", "Saint-Denis"))
f.on_agenda("forum-emploi", 7115, "Forum emploi ESS Plaine Commune", [(at(17, "09:30"), at(17, "17:00"))], "Établissement public territorial Plaine Commune",
            A("Bourse du Travail", "9 rue Génin", "93200", "Saint-Denis", insee="93066"))

# 9 Paris 13e: hackathon Tech for Good over a week-end, ICS in UTC across the two days
f.on_platform("hackathon", 116, "Hackathon Tech for Good", at(5, "10:00"), at(6, "18:00"), "Latitudes",
              P("Station F", "5 parvis Alan Turing", "75013", "Paris"))
f.in_calendar("hackathon", "hackathon-tfg@latitudes", "DTSTART:20221105T090000Z", "DTEND:20221106T170000Z",
              "SUMMARY:Hackathon #TechForGood (week-end)", "LOCATION:Station F\\, Paris 13")

# 10 Montreuil: ciné-débat, one evening
f.on_platform("cine-montreuil", 117, "Ciné-débat « Les Liberterres »", at(10, "20:00"), at(10, "22:30"), "Cinéma Le Méliès",
              P("Cinéma Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil"))
f.on_agenda("cine-montreuil", 7117, "Projection-débat : Les Liberterres", [(at(10, "20:00"), at(10, "22:30"))], "Le Méliès",
            A("Le Méliès", "12 place Jean Jaurès", "93100", "Montreuil"))

f.in_form([
    ("salon", row("IDF-001", "CRESS IDF", "Salon des solutions solidaires", "18/11/2022", "10h-18h", "Carreau du Temple", "4 r. Eugène Spuller", "75003", "Paris")),
    ("salon", row("IDF-002", "CRESS IDF", "Salon des solutions solidaires", "19/11/2022", "10h-18h", "Carreau du Temple", "4 r. Eugène Spuller", "75003", "Paris")),
    ("expo", row("IDF-010", "Pantin Solidaire", "Expo Les visages de l'ESS", "02/11/2022", "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
    ("expo", row("IDF-011", "Pantin Solidaire", "Expo Les visages de l'ESS", "09/11/2022", "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
    ("expo", row("IDF-012", "Pantin Solidaire", "Expo Les visages de l'ESS", "16/11/2022", "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
    ("expo", row("IDF-013", "Pantin Solidaire", "Expo Les visages de l'ESS", "23/11/2022", "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
    ("expo", row("IDF-014", "Pantin Solidaire", "Expo Les visages de l'ESS", "30/11/2022", "14h-19h", "Halle Papin", "2 rue D. Papin", "93500", "Pantin")),
    ("tr-pantin", row("IDF-015", "Pantin Solidaire", "Table ronde ESS à Pantin", "16/11/2022", "18h30", "Halle Papin", "", "93500", "Pantin")),
    ("festival", row("IDF-020", "ZW Montreuil", "Festival Zéro Déchet", "du 25 au 27 novembre", "10h-18h", "La Marbrerie - 21 rue Alexis Lepère", "", "93100", "Montreuil")),
    ("ouverture", row("IDF-021", "ZW Montreuil", "Soirée d'ouverture festival ZD", "24/11/2022", "19h", "La Marbrerie - 21 rue Alexis Lepère", "", "93100", "Montreuil")),
    ("formation-coop", row("IDF-030", "Coopaname", "Formation créer sa coopérative", "14/11/2022", "9h30-17h", "Coopaname", "3-7 r. Albert Marquet", "75020", "Paris")),
    ("formation-coop", row("IDF-031", "Coopaname", "Formation créer sa coopérative", "15/11/2022", "9h30-17h", "Coopaname", "3-7 r. Albert Marquet", "75020", "Paris")),
    ("marche-versailles", row("IDF-040", "SPF 78", "Marché solidaire de Noël", "26/11/2022", "10h-18h", "Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles")),
    ("marche-versailles", row("IDF-041", "SPF 78", "Marché solidaire de Noël", "27/11/2022", "10h-18h", "Salle Montgolfier", "9 rue de la Chancellerie", "78000", "Versailles")),
    ("rc-18-a", row("IDF-050", "Repair Café 18", "Repair café Goutte d'Or", "19/11/2022", "14h-18h", "Salle St-Bruno", "9 r. St-Bruno", "75018", "Paris")),
    ("forum-emploi", row("IDF-060", "EPT Plaine Commune", "Forum de l'emploi solidaire", "17/11/2022", "Journée", "Bourse du travail", "", "93200", "Saint-Denis")),
    ("hackathon", row("IDF-070", "Latitudes", "Hackathon Tech for Good", "05/11/2022", "10h", "Station F", "5 parvis Alan Turing", "75013", "Paris")),
    ("webinaire-fa", row("IDF-080", "France Active IDF", "Webinaire financer son entreprise ESS", "22/11/2022", "12h30-13h30", "", "", "", "", "Distanciel")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
