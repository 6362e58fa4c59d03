"""Blind set (blind-words, 7 Dec 2026): Centre-Val de Loire 2022, four sources, BARE TITLES: a title that is only the
activity (« Atelier couture », « Conférence », « Table ronde », « Projection », « Visite ») in one source and full in
another, the theme in the description. Hard negatives: two « Table ronde » the same afternoon in one town by two
organisers, two « Atelier couture » the same afternoon in one town, two « Conférence » the same evening in one town,
a cooking workshop series on two days."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *
from tests.lib.test_dedup_through_connectors import _day, _clock

def ics(f, event, uid, day, start, end, summary, location="", *more, tz=True):
    if tz:
        lines = [f"DTSTART;TZID=Europe/Paris:202211{day:02d}T{start.replace(':', '')}00",
                 f"DTEND;TZID=Europe/Paris:202211{day:02d}T{end.replace(':', '')}00"]
    else:
        h1, m1 = start.split(":"); h2, m2 = end.split(":")
        lines = [f"DTSTART:202211{day:02d}T{int(h1)-1:02d}{m1}00Z", f"DTEND:202211{day:02d}T{int(h2)-1:02d}{m2}00Z"]
    f.in_calendar(event, uid, *lines, f"SUMMARY:{summary}", *([f"LOCATION:{location}"] if location else []), *more)

def book(i, org, title, day, h1=None, h2=None, lieu="", adresse="", cp="", ville="", desc=""):
    return {"Réf": i, "Structure organisatrice": org, "Événement": title, "Date de début": _day(day),
            "Heure début": h1, "Heure fin": h2, "Lieu": lieu, "Adresse complète": adresse, "CP": cp, "Commune": ville,
            "Descriptif": desc}

f = Feeds()
# 1 Tours: a table ronde full on the platform, bare in the calendar and the workbook
f.on_platform("tr-tours-coop", 1, "Table ronde : les coopératives d'habitants en Touraine", at(19, "14:00"), at(19, "16:30"),
              "Habitat Participatif Touraine", P("Maison des associations", "1 rue de la Tour", "37000", "Tours"),
              description="Trois coopératives d'habitants de Touraine racontent leur projet.")
ics(f, "tr-tours-coop", "tr-coop@tours-ess", 19, "14:00", "16:30", "Table ronde", "Maison des associations\\, Tours",
    "DESCRIPTION:Les coopératives d'habitants en Touraine : témoignages et échanges.")
# 2 Tours: another table ronde the same afternoon, another organiser and venue (hard negative with 1)
f.on_platform("tr-tours-emploi", 2, "Table ronde : l'emploi des jeunes dans l'ESS", at(19, "14:30"), at(19, "16:30"),
              "Mission locale de Touraine", P("Mission locale", "8 rue Michelet", "37000", "Tours"),
              description="Employeurs de l'ESS et jeunes en parcours d'insertion échangent.")
f.on_agenda("tr-tours-emploi", 5002, "Table ronde", [(at(19, "14:30"), at(19, "16:30"))], "Mission locale de Touraine",
            A("Mission locale de Touraine", "8 rue Michelet", "37000", "Tours", insee="37261"),
            description={"fr": "L'emploi des jeunes dans l'ESS : employeurs et jeunes en parcours d'insertion échangent."})
# 3 Orléans: atelier couture, bare in the agenda
f.on_platform("couture-orleans", 3, "Atelier couture : réparer ses vêtements", at(16, "14:00"), at(16, "17:00"),
              "Ressourcerie La Mine", P("Ressourcerie La Mine", "12 rue des Carmes", "45000", "Orléans"),
              description="Apprenez à repriser, recoudre un bouton, poser une pièce.")
f.on_agenda("couture-orleans", 5003, "Atelier couture", [(at(16, "14:00"), at(16, "17:00"))], "La Mine",
            A("La Mine", "12 rue des Carmes", "45000", "Orléans", insee="45234"),
            longDescription={"fr": "Réparer ses vêtements : repriser, recoudre un bouton, poser une pièce. **Apportez vos vêtements !**"})
ics(f, "couture-orleans", "couture-mine@orleans", 16, "14:00", "17:00", "Atelier couture", "La Mine")
# 4 Orléans: another atelier couture the same afternoon, another association (hard negative with 3)
f.on_platform("couture-argonne", 4, "Atelier couture zéro déchet : les tote bags", at(16, "14:00"), at(16, "16:30"),
              "Centre social de l'Argonne", P("Centre social de l'Argonne", "1 place Mozart", "45000", "Orléans"),
              description="Fabriquer ses sacs en tissu à partir de chutes.")
# 5 Bourges: conférence, bare in the calendar
f.on_platform("conf-bourges-monnaie", 5, "Conférence : la monnaie locale, un outil pour le territoire", at(17, "18:30"), at(17, "20:30"),
              "La Pive Berry", P("Salle du Duc Jean", "Rue Jacques Rimbault", "18000", "Bourges"),
              description="Présentation de la Pive, monnaie locale, et de ses usages.")
ics(f, "conf-bourges-monnaie", "conf-pive@berry-ess", 17, "18:30", "20:30", "Conférence", "Salle du Duc Jean",
    "DESCRIPTION:La monnaie locale\\, un outil pour le territoire.")
f.on_agenda("conf-bourges-monnaie", 5005, "Conférence - monnaie locale", [(at(17, "18:30"), at(17, "20:30"))], "La Pive",
            A("Salle du Duc Jean", "Rue Jacques Rimbault", "18000", "Bourges", insee="18033"))
# 6 Bourges: another conférence the same evening (hard negative with 5)
f.on_platform("conf-bourges-climat", 6, "Conférence : climat et agriculture dans le Cher", at(17, "18:30"), at(17, "20:00"),
              "Terre de Liens Centre", P("Médiathèque de Bourges", "Boulevard Lamarck", "18000", "Bourges"),
              description="Quelle agriculture face au changement climatique ?")
ics(f, "conf-bourges-climat", "conf-climat@berry-ess", 17, "18:30", "20:00", "Conférence", "Médiathèque",
    "DESCRIPTION:Climat et agriculture dans le Cher.")
# 7 Blois: projection, bare in the workbook
f.on_platform("proj-blois", 7, "Projection du documentaire « Nouvelle cordée »", at(22, "20:00"), at(22, "22:30"),
              "Cinéma Les Lobis", P("Cinéma Les Lobis", "12 avenue du Maréchal Maunoury", "41000", "Blois"),
              description="Le film de Marie-Monique Robin sur les territoires zéro chômeur, suivi d'un débat.")
f.on_agenda("proj-blois", 5007, "Projection-débat « Nouvelle cordée »", [(at(22, "20:00"), at(22, "22:30"))], "Les Lobis",
            A("Les Lobis", "12 av. du Maréchal Maunoury", "41000", "Blois", insee="41018"))
# 8 Chartres: visite, bare on the agenda
f.on_platform("visite-chartres", 8, "Visite de la ressourcerie Le Relais", at(23, "10:00"), at(23, "11:30"),
              "Le Relais Eure-et-Loir", P("Le Relais", "Rue du Médecin Général Beyne", "28000", "Chartres"))
f.on_agenda("visite-chartres", 5008, "Visite", [(at(23, "10:00"), at(23, "11:30"))], "Le Relais 28",
            A("Le Relais", "Rue du Médecin Général Beyne", "28000", "Chartres", insee="28085"),
            description={"fr": "Visite de la ressourcerie : tri, valorisation et boutique."})
# 9 Châteauroux: atelier cuisine series, two Saturdays (hard negative between the sessions)
for day, n in ((12, 9), (26, 10)):
    f.on_platform(f"cuisine-{day}", n, "Atelier cuisine anti-gaspi", at(day, "10:00"), at(day, "12:00"), "Épicerie solidaire L'Escale",
                  P("Épicerie solidaire L'Escale", "5 rue Grande", "36000", "Châteauroux"))
    ics(f, f"cuisine-{day}", f"cuisine-{day}@indre-ess", day, "10:00", "12:00", "Atelier cuisine", "L'Escale\\, Châteauroux",
        "DESCRIPTION:Cuisiner les invendus.")
# 11 Tours: atelier vélo, bare in the calendar with a UTC time
f.on_platform("velo-tours", 11, "Atelier d'autoréparation de vélos", at(12, "14:00"), at(12, "18:00"), "Le Collectif Cycliste 37",
              P("Atelier du Collectif Cycliste", "17 rue Jules Charpentier", "37000", "Tours"))
ics(f, "velo-tours", "velo@tours-ess", 12, "14:00", "18:00", "Atelier", "Collectif Cycliste 37", "DESCRIPTION:Autoréparation vélo.", tz=False)
# 12 Orléans: table ronde on the agenda full, bare on the platform
f.on_agenda("tr-orleans", 5012, "Table ronde : financer l'ESS par l'épargne solidaire", [(at(24, "17:00"), at(24, "19:00"))],
            "Finansol", A("Le 108", "108 rue de Bourgogne", "45000", "Orléans", insee="45234"))
f.on_platform("tr-orleans", 12, "Table ronde", at(24, "17:00"), at(24, "19:00"), "Finansol", P("Le 108", "108 rue de Bourgogne", "45000", "Orléans"),
              description="Financer l'ESS par l'épargne solidaire : quels placements, quels projets ?")
# 13 Tours: a later table ronde by Habitat Participatif Touraine, another day (hard negative with 1)
f.on_platform("tr-tours-coop2", 13, "Table ronde : habitat participatif et bailleurs sociaux", at(26, "14:00"), at(26, "16:30"),
              "Habitat Participatif Touraine", P("Maison des associations", "1 rue de la Tour", "37000", "Tours"))
# 14 Vierzon: atelier, bare « Atelier » vs full
f.on_platform("compost-vierzon", 14, "Atelier compostage au jardin partagé", at(19, "10:00"), at(19, "12:00"), "Vierzon en transition",
              P("Jardin partagé des Forges", "Rue des Forges", "18100", "Vierzon"))
f.on_agenda("compost-vierzon", 5014, "Atelier", [(at(19, "10:00"), at(19, "12:00"))], "Vierzon en transition",
            A("Jardin partagé des Forges", "Rue des Forges", "18100", "Vierzon", insee="18279"),
            description={"fr": "Compostage : les bons gestes au jardin partagé."})
# 15 Dreux: forum full everywhere (control)
f.on_platform("forum-dreux", 15, "Forum de l'emploi solidaire", at(18, "09:00"), at(18, "13:00"), "Ville de Dreux",
              P("Salle Malraux", "Place Mésirard", "28100", "Dreux"))
f.on_agenda("forum-dreux", 5015, "Forum emploi solidaire", [(at(18, "09:00"), at(18, "13:00"))], "Dreux",
            A("Salle Malraux", "Place Mésirard", "28100", "Dreux", insee="28134"))
# 16 Montargis: conférence bare on the platform, full in the calendar
f.on_platform("conf-montargis", 16, "Conférence", at(25, "18:00"), at(25, "20:00"), "Gâtinais en transition",
              P("Salle des fêtes", "Rue du Général Leclerc", "45200", "Montargis"),
              description="Les circuits courts alimentaires dans le Gâtinais.")
ics(f, "conf-montargis", "conf@gatinais", 25, "18:00", "20:00", "Conférence : les circuits courts dans le Gâtinais", "Salle des fêtes\\, Montargis")
# 17 Joué-lès-Tours: débat, bare title in the workbook only, full on the agenda
f.on_agenda("debat-joue", 5017, "Débat : quelle place pour les associations dans la ville ?", [(at(21, "19:00"), at(21, "21:00"))],
            "Joué Solidaire", A("Espace Malraux", "Parc des Bretonnières", "37300", "Joué-lès-Tours", insee="37122"))

f.in_book([
    ("tr-tours-coop", book("CVL-01", "Habitat Participatif Touraine", "Table ronde", 19, _clock(14), _clock(16, 30), "Maison des associations",
                           "1 rue de la Tour", "37000", "Tours", "Les coopératives d'habitants en Touraine")),
    ("tr-tours-emploi", book("CVL-02", "Mission Locale 37", "Table-ronde emploi des jeunes et ESS", 19, _clock(14, 30), _clock(16, 30), "Mission locale",
                             "8 rue Michelet", "37000", "Tours")),
    ("couture-orleans", book("CVL-03", "Ressourcerie La Mine", "Atelier couture", 16, _clock(14), _clock(17), "La Mine", "12 r. des Carmes", "45000",
                             "Orléans", "Réparer ses vêtements")),
    ("couture-argonne", book("CVL-04", "CS Argonne", "Atelier couture", 16, _clock(14), _clock(16, 30), "Centre social", "1 pl. Mozart", "45000",
                             "Orléans", "Tote bags zéro déchet")),
    ("proj-blois", book("CVL-05", "Cinéma Les Lobis", "Projection", 22, _clock(20), None, "Les Lobis", "", "41000", "Blois",
                        "Nouvelle cordée, documentaire de Marie-Monique Robin, suivi d'un débat")),
    ("conf-bourges-climat", book("CVL-06", "Terre de Liens Centre-Val de Loire", "Conférence", 17, _clock(18, 30), _clock(20), "Médiathèque",
                                 "Bd Lamarck", "18000", "Bourges", "Climat et agriculture")),
    ("conf-bourges-monnaie", book("CVL-07", "La Pive", "Conférence", 17, _clock(18, 30), _clock(20, 30), "Salle du Duc Jean", "", "18000",
                                  "Bourges", "La monnaie locale")),
    ("tr-orleans", book("CVL-08", "Finansol", "Table ronde épargne solidaire", 24, _clock(17), _clock(19), "Le 108", "108 r. de Bourgogne", "45000",
                        "Orléans")),
    ("cuisine-26", book("CVL-09", "L'Escale", "Atelier cuisine", 26, _clock(10), _clock(12), "Épicerie solidaire", "5 r. Grande", "36000",
                        "Châteauroux", "Anti-gaspi")),
    ("debat-joue", book("CVL-10", "Joué Solidaire", "Débat", 21, _clock(19), _clock(21), "Espace Malraux", "", "37300", "Joué-lès-Tours",
                        "Quelle place pour les associations dans la ville ?")),
    ("visite-chartres", book("CVL-11", "Le Relais", "Visite", 23, _clock(10), _clock(11, 30), "", "Rue du Médecin Général Beyne", "28000", "Chartres")),
    ("forum-dreux", book("CVL-12", "Mairie de Dreux", "Forum emploi solidaire", 18, _clock(9), _clock(13), "Salle Malraux", "", "28100", "Dreux")),
    ("compost-vierzon", book("CVL-13", "Vierzon en Transition", "Atelier compost", 19, _clock(10), _clock(12), "Jardin des Forges", "", "18100", "Vierzon")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
