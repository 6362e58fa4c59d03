"""Blind set (blind-west, 7 Dec 2026): Centre-Val de Loire, one edition of four sources. Habits: the CRESS keeps an
XLSX workbook (real Excel dates and times, organiser cells merged over a structure's rows, « Lieu » holding the venue
and its address together, the commune sometimes only in the address, dates without hours); the network's ICS is a
Nextcloud export with TZID and the title prefixed « Mois de l'ESS - », all-day events for fairs; the platform's titles
are complete; OpenAgenda carries the online link and sometimes no venue name."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from datetime import datetime, time
from lib import *


def d(day): return datetime(2022, 11, day)
def h(hour, minute=0): return time(hour, minute)
def bk(ref, org, title, day, start=None, end=None, lieu=None, adresse=None, cp=None, commune=None, last=None, desc=None):
    return {"Réf": ref, "Structure organisatrice": org, "Événement": title, "Date de début": d(day),
            "Date de fin": d(last) if last else None, "Heure début": start, "Heure fin": end, "Lieu": lieu,
            "Adresse complète": adresse, "CP": cp, "Commune": commune, "Descriptif": desc}


f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"

# 1 / 2 HARD NEGATIVE: two repair cafés in Tours the same Saturday morning
f.on_platform("rc-fontaines", 1, "Repair café des Fontaines", at(12, "09:30"), at(12, "12:30"), "Centre social Pluriel(le)s",
              P("Centre social Pluriel(le)s", "2 rue Gabriel Fauré", "37200", "Tours"))
f.on_platform("rc-europe", 2, "Repair Café Tours Nord", at(12, "09:30"), at(12, "12:00"), "Repair Café Tours",
              P("Maison de quartier de l'Europe", "35 avenue de l'Europe", "37100", "Tours"))
f.in_calendar("rc-europe", "a1b2c3-rc-europe", "DTSTART;TZID=Europe/Paris:20221112T093000",
              "DTEND;TZID=Europe/Paris:20221112T120000", "SUMMARY:Mois de l'ESS - Repair café", "LOCATION:Tours Nord")
f.in_calendar("rc-fontaines", "a1b2c3-rc-fontaines", "DTSTART;TZID=Europe/Paris:20221112T093000",
              "DTEND;TZID=Europe/Paris:20221112T123000", "SUMMARY:Mois de l'ESS - Repair café",
              "LOCATION:Centre social Pluriel(le)s\\, Tours")

# 3 Orléans forum: four sources
f.on_platform("forum-orleans", 3, "Forum des initiatives solidaires du Loiret", at(19, "10:00"), at(19, "18:00"),
              "Chambre régionale de l'économie sociale et solidaire Centre-Val de Loire",
              P("Salle Eiffel", "Rue Eiffel", "45000", "Orléans"))
f.on_agenda("forum-orleans", 4003, "Forum des initiatives solidaires", [(at(19, "10:00"), at(19, "18:00"))], "CRESS Centre-Val de Loire",
            A("Salle Eiffel", "rue Eiffel", "45000", "Orléans", insee="45234"))
f.in_calendar("forum-orleans", "a1b2c3-forum", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:Mois de l'ESS - Forum des initiatives solidaires",
              "LOCATION:Salle Eiffel\\, rue Eiffel\\, 45000 Orléans")

# 4 Bourges conférence gesticulée
f.on_platform("gesticulee", 4, "Conférence gesticulée « Le travail, c'est la santé ? »", at(17, "20:00"), at(17, "22:00"),
              "Scop Le Pavé Berry", P("Auditorium", "Rue Henri Sellier", "18000", "Bourges"))
f.on_agenda("gesticulee", 4004, "Le travail c'est la santé ? Conférence gesticulée", [(at(17, "20:00"), at(17, "22:00"))],
            "Le Pavé Berry", A("Auditorium de Bourges", "rue Henri Sellier", "18000", "Bourges", insee="18033"))

# 5 Blois fresque de l'économie circulaire (typo in the calendar)
f.on_platform("fresque-blois", 5, "Fresque de l'économie circulaire", at(23, "14:00"), at(23, "17:00"), "Agglopolys",
              P("Maison de la Magie", "1 place du Château", "41000", "Blois"))
f.in_calendar("fresque-blois", "a1b2c3-fresque", "DTSTART;TZID=Europe/Paris:20221123T140000",
              "DTEND;TZID=Europe/Paris:20221123T170000", "SUMMARY:Mois de l'ESS - Fresque de l'économie circularie",
              "LOCATION:Maison de la Magie")

# 6 Chartres Scop visit, date-only in the workbook
f.on_platform("visite-scop", 6, "Visite de l'imprimerie coopérative Chartres Impressions", at(24, "15:00"), at(24, "16:30"),
              "Chartres Impressions", P("Chartres Impressions", "8 rue Gabriel Lelong", "28000", "Chartres"))

# 7 / 8 HARD NEGATIVE: CRESS's two webinars the same day
f.on_platform("clauses", 7, "Webinaire : les clauses sociales dans les marchés publics", at(15, "10:00"), at(15, "11:30"),
              "CRESS Centre-Val de Loire", ONLINE, modality="En ligne")
f.on_agenda("clauses", 4007, "Clauses sociales et marchés publics (webinaire)", [(at(15, "10:00"), at(15, "11:30"))],
            "CRESS Centre-Val de Loire", {}, mode=2, onlineAccessLink="https://meet.jit.si/CRESS-CVL-clauses-sociales")
f.in_calendar("clauses", "a1b2c3-clauses", "DTSTART;TZID=Europe/Paris:20221115T100000",
              "DTEND;TZID=Europe/Paris:20221115T113000", "SUMMARY:Mois de l'ESS - Webinaire clauses sociales", "LOCATION:En ligne")
f.on_platform("achats", 8, "Webinaire : achats responsables des collectivités", at(15, "14:00"), at(15, "15:30"),
              "CRESS Centre-Val de Loire", ONLINE, modality="En ligne")
f.on_agenda("achats", 4008, "Achats responsables : le rôle des collectivités (webinaire)", [(at(15, "14:00"), at(15, "15:30"))],
            "CRESS Centre-Val de Loire", {}, mode=2, onlineAccessLink="https://meet.jit.si/CRESS-CVL-achats-responsables")

# 9 / 10 HARD NEGATIVE: one network's two régions' bodies, same webinar title and time
f.on_platform("fa-cvl", 9, "Webinaire : financer sa création d'entreprise solidaire", at(22, "12:30"), at(22, "13:30"),
              "France Active Centre-Val de Loire", ONLINE, modality="En ligne")
f.on_agenda("fa-cvl", 4009, "Financer sa création d'entreprise solidaire", [(at(22, "12:30"), at(22, "13:30"))],
            "France Active Centre-Val de Loire", {}, mode=2, onlineAccessLink="https://zoom.us/j/91122233344")
f.on_platform("fa-normandie", 10, "Webinaire : financer sa création d'entreprise solidaire", at(22, "12:30"), at(22, "13:30"),
              "France Active Normandie", ONLINE, modality="En ligne")

# 11 Tours ciné-débat
f.on_platform("cine-tours", 11, "Ciné-débat « Les Liberterres »", at(18, "20:00"), at(18, "22:30"), "Terre de Liens Centre",
              P("Cinéma Les Studio", "2 rue des Ursulines", "37000", "Tours"))
f.on_agenda("cine-tours", 4011, "Projection-débat Les Liberterres", [(at(18, "20:00"), at(18, "22:30"))],
            "Terre de Liens Centre-Val de Loire", A("Les Studio", "2 rue des Ursulines", "37000", "Tours", insee="37261"))
f.in_calendar("cine-tours", "a1b2c3-cine", "DTSTART;TZID=Europe/Paris:20221118T200000",
              "DTEND;TZID=Europe/Paris:20221118T223000", "SUMMARY:Mois de l'ESS - Ciné-débat : Les Liberterres",
              "LOCATION:Cinémas Studio")

# 12 Orléans two-day fair (all-day in the calendar)
f.on_platform("salon", 12, "Salon régional de l'ESS", at(25, "09:00"), at(26, "18:00"), "CRESS Centre-Val de Loire",
              P("Centre de conférences", "Place du 6 Juin 1944", "45000", "Orléans"))
f.in_calendar("salon", "a1b2c3-salon", "DTSTART;VALUE=DATE:20221125", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Mois de l'ESS - Salon régional de l'ESS", "LOCATION:Centre de conférences d'Orléans")
f.on_agenda("salon", 4012, "Salon régional de l'économie sociale et solidaire",
            [(at(25, "09:00"), at(25, "18:00")), (at(26, "09:00"), at(26, "18:00"))], "CRESS Centre-Val de Loire",
            A("Centre de Conférences", "Place du 6 juin 1944", "45000", "Orléans", insee="45234"))

# 13 Vierzon Christmas market
f.on_platform("noel-vierzon", 13, "Marché de Noël solidaire", at(26, "10:00"), at(26, "18:00"), "Emmaüs Vierzon",
              P("Forum République", "Place de la République", "18100", "Vierzon"))

# 14 Romorantin Jardin de Cocagne open day, agenda with only the street
f.on_platform("cocagne", 14, "Journée portes ouvertes du Jardin de Cocagne", at(19, "10:00"), at(19, "16:00"),
              "Jardin de Cocagne de Sologne", P("Jardin de Cocagne", "Route de Selles-sur-Cher", "41200", "Romorantin-Lanthenay"))
f.on_agenda("cocagne", 4014, "Portes ouvertes : Jardin de Cocagne", [(at(19, "10:00"), at(19, "16:00"))],
            "Cocagne Sologne", A("", "Route de Selles-sur-Cher", "41200", "Romorantin-Lanthenay", insee="41194"))

# 15 Dreux plant swap, calendar place the town alone
f.on_platform("troc-dreux", 15, "Troc de plantes et de graines", at(13, "10:00"), at(13, "12:30"), "Dreux en Transition",
              P("Jardin partagé des Bâtes", "Rue Pierre Mendès-France", "28100", "Dreux"))
f.in_calendar("troc-dreux", "a1b2c3-troc", "DTSTART;TZID=Europe/Paris:20221113T100000", "DTEND;TZID=Europe/Paris:20221113T123000",
              "SUMMARY:Mois de l'ESS - Troc de graines", "LOCATION:Dreux")

# 16 / 17 HARD NEGATIVE: one organiser's compost workshops, same time, Joué-lès-Tours and Saint-Avertin
f.on_platform("compost-joue", 16, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Zéro Déchet Touraine",
              P("Jardin des Rabière", "Rue de la Rabière", "37300", "Joué-lès-Tours"))
f.on_platform("compost-avertin", 17, "Atelier compostage", at(26, "10:00"), at(26, "12:00"), "Zéro Déchet Touraine",
              P("Parc de la Bergeonnerie", "Rue de Cangé", "37550", "Saint-Avertin"))
f.in_calendar("compost-joue", "a1b2c3-compost-joue", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T120000", "SUMMARY:Mois de l'ESS - Atelier compostage", "LOCATION:Joué-lès-Tours")

# 18 Orléans apéro, calendar from another file (UTC, correct)
f.on_platform("apero", 18, "Apéro des entrepreneurs de l'ESS", at(10, "18:30"), at(10, "20:30"), "Orléans Métropole",
              P("Le 108", "108 rue de Bourgogne", "45000", "Orléans"))
f.in_calendar("apero", "a1b2c3-apero", "DTSTART:20221110T173000Z", "DTEND:20221110T193000Z",
              "SUMMARY:Mois de l'ESS - Apéro entrepreneurs ESS", "LOCATION:Le 108")

# 19 Bourges games night
f.on_platform("jeux-bourges", 19, "Soirée jeux coopératifs", at(25, "20:00"), at(25, "23:30"), "Ludothèque La Boîte à Jeux",
              P("Maison des associations", "28 rue Gambon", "18000", "Bourges"))

# 20 Tours urban walk: venue name vs address
f.on_platform("balade", 20, "Balade urbaine « L'ESS au Sanitas »", at(16, "14:00"), at(16, "16:00"), "Centre social du Sanitas",
              P("Centre social du Sanitas", "10 place Neuve", "37000", "Tours"))
f.on_agenda("balade", 4020, "Balade ESS au Sanitas", [(at(16, "14:00"), at(16, "16:00"))], "CS Sanitas",
            A("", "10 place Neuve", "37000", "Tours", insee="37261"))

# 21 Châteauroux CV workshop
f.on_platform("cv", 21, "Atelier CV et entretien d'embauche", at(17, "09:30"), at(17, "12:00"), "Régie de quartier de Châteauroux",
              P("Régie de quartier", "4 rue Jean Zay", "36000", "Châteauroux"))

f.in_book([
    ("rc-fontaines", bk("CVL-01", "Centre social Pluriel(le)s", "Repair café", 12, h(9, 30), h(12, 30),
                        "Centre social Pluriel(le)s - 2 rue Gabriel Fauré, 37200 Tours")),
    ("rc-europe", bk("CVL-02", "Repair Café Tours", "Repair café", 12, h(9, 30), h(12),
                     "MQ de l'Europe - 35 av. de l'Europe, 37100 Tours")),
    ("forum-orleans", bk("CVL-03", "CRESS CVL", "Forum initiatives solidaires", 19, h(10), h(18), "Salle Eiffel", None, "45000", "Orléans")),
    ("clauses", bk("CVL-04", "CRESS CVL", "Webinaire clauses sociales", 15, h(10), h(11, 30), "Visioconférence")),
    ("achats", bk("CVL-05", "CRESS CVL", "Webinaire achats responsables", 15, h(14), h(15, 30), "Visioconférence")),
    ("salon", bk("CVL-06", "CRESS CVL", "Salon régional ESS", 25, None, None, "Centre de conférences", None, "45000", "Orléans", last=26)),
    ("gesticulee", bk("CVL-07", "Le Pavé", "Conférence gesticulée", 17, h(20), None, "Auditorium, rue Henri Sellier", None, "18000", "Bourges")),
    ("visite-scop", bk("CVL-08", "Chartres Impressions (Scop)", "Visite imprimerie coopérative", 24, None, None, None,
                       "8 rue G. Lelong", "28000", "Chartres")),
    ("fa-cvl", bk("CVL-09", "France Active CVL", "Webinaire financement création", 22, h(12, 30), h(13, 30), "En ligne")),
    ("cine-tours", bk("CVL-10", "Terre de Liens", "Ciné-débat Les Liberterres", 18, h(20), None, "Cinémas Studio", None, "37000", "Tours")),
    ("noel-vierzon", bk("CVL-11", "Emmaüs", "Marché de Noël", 26, h(10), h(18), "Forum République", None, None, "Vierzon")),
    ("cocagne", bk("CVL-12", "Cocagne Sologne", "Portes ouvertes Jardin de Cocagne", 19, None, None, "Jardin de Cocagne", None,
                   "41200", "Romorantin")),
    ("compost-joue", bk("CVL-13", "Zéro Déchet Touraine", "Atelier compostage", 26, h(10), h(12), "Jardin de la Rabière", None,
                        "37300", "Joué-lès-Tours")),
    ("compost-avertin", bk("CVL-14", "Zéro Déchet Touraine", "Atelier compostage", 26, h(10), h(12), "Parc de la Bergeonnerie",
                           None, "37550", "St-Avertin")),
    ("jeux-bourges", bk("CVL-15", "La Boîte à Jeux", "Soirée jeux", 25, h(20), None, "Maison des asso.", "28 r. Gambon",
                        "18000", "Bourges")),
    ("cv", bk("CVL-16", "Régie de quartier", "Atelier CV", 17, h(9, 30), h(12), None, "4 rue Jean Zay", "36000", "Chateauroux")),
    ("balade", bk("CVL-17", "Centre social du Sanitas", "Balade urbaine ESS", 16, h(14), h(16), "Place Neuve", None, "37000", "Tours")),
], merged=("Structure organisatrice",))

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
