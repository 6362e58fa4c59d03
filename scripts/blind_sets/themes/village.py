"""Blind set « village » (helper blind-themes, 7 Dec 2026): Bourgogne-Franche-Comté, one big day (the Village de l'ESS
at Micropolis, Besançon) with its sub-events in rooms listed by the organiser on the platform and, for some, by the
exhibitors' own sources; the whole day listed too; a few other events of the région. Hard negatives: the sub-events
among themselves, the day against its sub-events."""
import sys, shutil, tempfile
from pathlib import Path
sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
CRESS = "CRESS Bourgogne-Franche-Comté"


def MICRO(room=""):
    return P(f"Micropolis{' - ' + room if room else ''}", "3 boulevard Ouest", "25000", "Besançon")


def MICRO_A(room=""):
    return A(f"Micropolis{' (' + room + ')' if room else ''}", "3 bd Ouest", "25000", "Besançon", insee="25056")


# 0 the whole day
f.on_platform("village", 1, "Village de l'ESS 2022", at(19, "10:00"), at(19, "18:00"), CRESS, MICRO())
f.on_agenda("village", 5001, "Le Village de l'économie sociale et solidaire", [(at(19, "10:00"), at(19, "18:00"))], CRESS, MICRO_A())
# 1 the market, the whole day in Hall 1
f.on_platform("marche", 2, "Marché des créateurs et producteurs solidaires", at(19, "10:00"), at(19, "18:00"), CRESS, MICRO("Hall 1"))
f.on_agenda("marche", 5002, "Village de l'ESS : marché solidaire", [(at(19, "10:00"), at(19, "18:00"))], CRESS, MICRO_A("Hall 1"))
# 2 opening talk
f.on_platform("inaug", 3, "Conférence inaugurale : l'ESS, une économie d'avenir", at(19, "10:30"), at(19, "11:30"), CRESS, MICRO("Amphi"))
f.on_agenda("inaug", 5003, "Village de l'ESS - Conférence d'ouverture", [(at(19, "10:30"), at(19, "11:30"))], CRESS, MICRO_A("Amphithéâtre"))
# 3 / 4 / 7: URSCOP's workshop twice (Salle A, 11h and 15h), France Active's at 11h in Salle B
f.on_platform("coop-11", 4, "Atelier : créer son entreprise en coopérative", at(19, "11:00"), at(19, "12:00"),
              "Union régionale des Scop et Scic Bourgogne-Franche-Comté", MICRO("Salle A"))
f.on_platform("coop-15", 5, "Atelier : créer son entreprise en coopérative", at(19, "15:00"), at(19, "16:00"),
              "Union régionale des Scop et Scic Bourgogne-Franche-Comté", MICRO("Salle A"))
f.on_platform("fa-11", 6, "Atelier : financer son projet avec France Active", at(19, "11:00"), at(19, "12:00"),
              "France Active Franche-Comté", MICRO("Salle B"))
# 5 repair café in Hall 2, its own network's ICS
f.on_platform("repair", 7, "Repair café", at(19, "14:00"), at(19, "17:00"), "Repair Café Besançon", MICRO("Hall 2"))
f.in_calendar("repair", "rc-village@repaircafe25", "DTSTART;TZID=Europe/Paris:20221119T140000", "DTEND;TZID=Europe/Paris:20221119T170000",
              "SUMMARY:Repair café au Village de l'ESS", "LOCATION:Micropolis\\, Besançon")
# 6 round table in the Amphi
f.on_platform("jeunes", 8, "Table ronde : les jeunes et l'engagement", at(19, "14:00"), at(19, "15:30"), "Ligue de l'enseignement du Doubs",
              MICRO("Amphi"))
f.on_agenda("jeunes", 5008, "Village de l'ESS : table ronde jeunesse et engagement", [(at(19, "14:00"), at(19, "15:30"))], CRESS,
            MICRO_A("Amphi"))
# 8 climate fresk, Salle B in the afternoon, the exhibitor's ICS
f.on_platform("fresque", 9, "Fresque du Climat", at(19, "14:00"), at(19, "17:00"), "La Fresque du Climat BFC", MICRO("Salle B"))
f.in_calendar("fresque", "fresque-village@fdc", "DTSTART:20221119T130000Z", "DTEND:20221119T160000Z",
              "SUMMARY:Fresque du Climat - Village ESS Besançon", "LOCATION:Micropolis")
# 9 closing concert, Hall 1
f.on_platform("concert", 10, "Concert de clôture", at(19, "17:30"), at(19, "18:30"), CRESS, MICRO("Hall 1"))
f.on_agenda("concert", 5010, "Village de l'ESS - concert de clôture avec la fanfare Les Cuivrés", [(at(19, "17:30"), at(19, "18:30"))], CRESS,
            MICRO_A("Hall 1"))
# 10 job speed-dating, Salle C
f.on_platform("emploi", 11, "Speed-dating de l'emploi dans l'ESS", at(19, "13:30"), at(19, "15:30"), "Pôle emploi Doubs", MICRO("Salle C"))
# 11 games corner for children, the whole day
f.on_platform("jeux", 12, "Espace jeux coopératifs pour les enfants", at(19, "10:00"), at(19, "18:00"), "Ludothèque Croq'Jeux",
              MICRO("Espace enfants"))
f.in_calendar("jeux", "jeux-village@croqjeux", "DTSTART;VALUE=DATE:20221119", "DTEND;VALUE=DATE:20221120",
              "SUMMARY:Croq'Jeux au Village de l'ESS", "LOCATION:Micropolis")
# other events of the région
f.on_platform("repair-dijon", 13, "Repair café des Grésilles", at(19, "14:00"), at(19, "17:00"), "Repair Café Dijon",
              P("Maison-phare", "2 allée de Grenoble", "21000", "Dijon"))
f.on_agenda("repair-dijon", 5013, "Repair café - Grésilles", [(at(19, "14:00"), at(19, "17:00"))], "Repair Café Dijon",
            A("Maison-phare", "2 allée de Grenoble", "21000", "Dijon"))
f.on_platform("conf-belfort", 14, "Conférence : les monnaies locales complémentaires", at(24, "18:30"), at(24, "20:30"), "La Pive",
              P("Maison du peuple", "Place de la Résistance", "90000", "Belfort"))
f.in_calendar("conf-belfort", "pive-belfort@lapive", "DTSTART;TZID=Europe/Paris:20221124T183000", "DTEND;TZID=Europe/Paris:20221124T203000",
              "SUMMARY:La Pive : conférence monnaies locales", "LOCATION:Maison du peuple\\, Belfort")
f.on_platform("cine-besancon", 15, "Ciné-débat « Debout les femmes »", at(22, "20:00"), at(22, "22:30"), "Mouvement associatif BFC",
              P("Cinéma Victor Hugo Lumière", "6 rue Gambetta", "25000", "Besançon"))
f.on_platform("atelier-dole", 16, "Atelier : créer son association", at(16, "18:00"), at(16, "20:00"), "Ligue de l'enseignement du Jura",
              P("Maison des associations", "15 rue des Arènes", "39100", "Dole"))
f.on_agenda("atelier-dole", 5016, "Créer son association : mode d'emploi", [(at(16, "18:00"), at(16, "20:00"))], "Ligue de l'enseignement 39",
            A("Maison des associations", "15 rue des Arènes", "39100", "Dole"))
f.on_platform("chalon", 17, "Visite de la ressourcerie Le Pont", at(23, "10:00"), at(23, "12:00"), "Le Pont",
              P("Ressourcerie Le Pont", "12 rue Jean Moulin", "71100", "Chalon-sur-Saône"))

f.in_form([
    ("village", row("BFC-01", "CRESS BFC", "Village de l'ESS", "19/11/2022", "Toute la journée", "Micropolis", "3 bd Ouest", "25000", "Besançon")),
    ("marche", row("BFC-02", "CRESS BFC", "Marché solidaire (Village ESS)", "19/11/2022", "10h-18h", "Micropolis - Hall 1", "", "25000", "Besançon")),
    ("coop-11", row("BFC-03", "URSCOP BFC", "Atelier créer en Scop (Village ESS) - 1ère session", "19/11/2022", "11h", "Micropolis Salle A", "", "", "Besançon")),
    ("coop-15", row("BFC-04", "URSCOP BFC", "Atelier créer en Scop (Village ESS) - 2e session", "19/11/2022", "15h", "Micropolis Salle A", "", "", "Besançon")),
    ("fa-11", row("BFC-05", "France Active FC", "Atelier financement (Village ESS)", "19/11/2022", "11h-12h", "Micropolis", "", "", "Besançon")),
    ("repair", row("BFC-06", "Repair Café Besançon", "Repair café Village ESS", "19/11/2022", "après-midi", "Micropolis", "", "", "Besançon")),
    ("emploi", row("BFC-07", "Pôle Emploi 25", "Speed dating emploi ESS", "19/11/2022", "13h30-15h30", "Micropolis", "", "", "Besançon")),
    ("jeux", row("BFC-08", "Croq'Jeux", "Espace jeux enfants", "19/11/2022", "", "Micropolis", "", "", "Besançon")),
    ("conf-belfort", row("BFC-09", "La Pive", "Conf monnaie locale", "24/11/2022", "18h30", "Maison du Peuple", "", "", "Belfort")),
    ("cine-besancon", row("BFC-10", "LMA BFC", "Ciné débat Debout les femmes", "22/11/2022", "20h", "Cinéma Victor Hugo", "6 rue Gambetta", "25000", "Besançon")),
    ("chalon", row("BFC-11", "Ressourcerie Le Pont", "Visite ressourcerie", "23/11/2022", "10h-12h", "", "12 rue Jean Moulin", "71100", "Chalon-sur-Saône")),
])

if __name__ == "__main__":
    tempfile.tempdir = tempfile.mkdtemp(prefix="bt-", dir=None)
    try:
        events, groups = run(f)
        if len(sys.argv) > 1:
            for g in groups:
                if any(k[1] in sys.argv[1:] for k in g): print(g)
    finally:
        shutil.rmtree(tempfile.tempdir)
