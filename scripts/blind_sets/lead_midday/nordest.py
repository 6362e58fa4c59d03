"""Lead's blind set (8 Dec 2026): Hauts-de-France and Grand Est, mutuals, banks, ESAT, IAE and charities; acronyms and
départements, online wordings, 1-hour slips, venues given by name or by street."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
f.calendar_head = "X-WR-TIMEZONE:Europe/Paris\r\n"
# 1 / 2: two job datings IAE in Lille the same morning, two structures
f.on_platform("jobdating-lille-sud", 1, "Job dating de l'insertion", at(15, "09:00"), at(15, "12:00"), "Chantier École Hauts-de-France",
              P("Maison de l'emploi Lille Sud", "262 rue du Faubourg des Postes", "59000", "Lille"))
f.on_agenda("jobdating-lille-sud", 5001, "Job Dating IAE", [(at(15, "09:00"), at(15, "12:00"))], "Chantier École HDF",
            A("Maison de l'Emploi", "262 rue du Fbg des Postes", "59000", "Lille"))
f.on_platform("jobdating-fives", 2, "Job dating IAE de Fives", at(15, "09:30"), at(15, "12:30"), "Ensemblier Fives Solidaire",
              P("Centre social Albert Jacquard", "12 rue de Bouvines", "59800", "Lille"))
# 3: ESAT open day, « ESAT Les Ateliers du Bocage » / « Ateliers du Bocage (ESAT) », date only in the sheet
f.on_platform("esat-bocage", 3, "Portes ouvertes de l'ESAT", at(18, "10:00"), at(18, "16:00"), "ESAT Les Ateliers du Bocage",
              P("ESAT Les Ateliers du Bocage", "3 rue de la Fosse aux Chênes", "59200", "Tourcoing"))
# 4: Mutualité Française Grand Est conference in Nancy, agenda in UTC, ICS with « MFGE »
f.on_platform("mutu-nancy", 4, "Conférence : la santé mentale des jeunes", at(17, "18:30"), at(17, "20:30"), "Mutualité Française Grand Est",
              P("Salle Poirel", "3 rue Victor Poirel", "54000", "Nancy"))
f.on_agenda("mutu-nancy", 5004, "Santé mentale des jeunes : parlons-en !", [("2022-11-17T17:30:00Z", "2022-11-17T19:30:00Z")],
            "Mutualité Française Grand Est", A("Salle Poirel", "3 rue Victor Poirel", "54000", "Nancy"))
f.in_calendar("mutu-nancy", "conf-sante-mentale@mfge", "DTSTART:20221117T183000", "DTEND:20221117T203000",
              "SUMMARY:Conf. santé mentale des jeunes (MFGE)", "LOCATION:Salle Poirel")
# 5 / 6: two banks' events the same evening in Strasbourg
f.on_platform("credit-coop-stras", 5, "Soirée finance solidaire : épargner utile", at(22, "18:00"), at(22, "20:00"), "Crédit Coopératif",
              P("Agence Crédit Coopératif", "16 rue du 22 Novembre", "67000", "Strasbourg"))
f.in_calendar("credit-coop-stras", "finance-solidaire@cc", "DTSTART;TZID=Europe/Paris:20221122T180000",
              "SUMMARY:Épargner utile - soirée finance solidaire", "LOCATION:16 rue du Vingt-Deux Novembre\\, Strasbourg")
f.on_platform("credit-mut-stras", 6, "Soirée finance solidaire", at(22, "18:00"), at(22, "20:00"), "Crédit Mutuel Enseignant Strasbourg",
              P("Espace Crédit Mutuel", "34 rue du Wacken", "67000", "Strasbourg"))
# 7: Restos du cœur in Metz, département number vs name
f.on_platform("restos-metz", 7, "Collecte nationale des Restos du cœur", at(25, "09:00"), at(25, "19:00"), "Les Restaurants du Cœur de Moselle",
              P("Hypermarché Cora", "Route de Thionville", "57050", "Metz"))
# 8: Emmaüs Connect webinar: « En ligne » / Zoom; Emmaüs France's other webinar the same hour (hard negative)
f.on_platform("emmaus-connect", 8, "Webinaire : l'inclusion numérique, où en est-on ?", at(16, "11:00"), at(16, "12:00"),
              "Emmaüs Connect", ONLINE, modality="En ligne")
f.on_agenda("emmaus-connect", 5008, "Inclusion numérique : où en est-on ? (webinaire)", [(at(16, "11:00"), at(16, "12:00"))],
            "Emmaüs Connect", {}, mode=2, onlineAccessLink="https://us02web.zoom.us/j/86012345678")
f.on_platform("emmaus-france", 9, "Webinaire : l'économie circulaire solidaire", at(16, "11:00"), at(16, "12:30"),
              "Emmaüs France", ONLINE, modality="En ligne")
# 10: Reims, Ligue de l'enseignement de la Marne / « Ligue 51 », a typo in one title
f.on_platform("ligue-reims", 10, "Rencontre : l'éducation populaire et l'ESS", at(23, "14:00"), at(23, "17:00"),
              "Ligue de l'enseignement de la Marne", P("Maison de la vie associative", "122 bis rue du Barbâtre", "51100", "Reims"))
f.in_calendar("ligue-reims", "rencontre-edpop@ligue51", "DTSTART:20221123T130000Z", "DTEND:20221123T160000Z",
              "SUMMARY:Rencontre éducation populiare & ESS", "LOCATION:MVA Reims")
# 11: Amiens, a week of the finance solidaire (several days) listed as a span and a first day
f.on_platform("semaine-amiens", 11, "Semaine de la finance solidaire à Amiens", at(14, "09:00"), at(18, "18:00"), "France Active Picardie",
              P("Maison des associations", "12 rue Frédéric Petit", "80000", "Amiens"))
f.on_agenda("semaine-amiens", 5011, "Semaine de la finance solidaire", [(at(14, "09:00"), at(18, "18:00"))], "France Active Picardie",
            A("Maison des Associations", "12 rue F. Petit", "80000", "Amiens"))
# 12: Valenciennes, venue given by name in the sheet, by street in the platform
f.on_platform("valenciennes-forum", 12, "Forum de l'économie circulaire", at(19, "10:00"), at(19, "17:00"), "Valenciennes Métropole",
              P("", "Place d'Armes", "59300", "Valenciennes"))
# 13: Mulhouse, a repair café ICS without commune, 1-hour slip
f.on_platform("repair-mulhouse", 13, "Repair Café de Mulhouse", at(26, "14:00"), at(26, "17:00"), "Repair Café Mulhouse",
              P("Cité de l'habitat", "Rue de la Cité", "68200", "Mulhouse"))
f.in_calendar("repair-mulhouse", "repair-mulhouse-1126@framagenda", "DTSTART:20221126T140000Z", "DTEND:20221126T170000Z",
              "SUMMARY:Repair café", "LOCATION:Cité de l'Habitat")

f.in_form([
    ("jobdating-fives", row("GE-01", "Ensemblier Fives Solidaire", "Job dating IAE", "15/11/2022", "9h30 - 12h30", "CS A. Jacquard", "12 rue de Bouvines", "59800", "Lille")),
    ("esat-bocage", row("GE-02", "Ateliers du Bocage (ESAT)", "Journée portes ouvertes ESAT", "18/11/2022", "", "", "3 rue Fosse aux Chênes", "59200", "TOURCOING")),
    ("restos-metz", row("GE-03", "Restos du Coeur 57", "Collecte Restos", "25/11/2022", "9h-19h", "Cora Metz", "", "57050", "Metz")),
    ("ligue-reims", row("GE-04", "Ligue 51", "Educ pop et ESS : rencontre", "23/11/2022", "14h", "Maison de la Vie Associative", "", "51100", "Reims")),
    ("valenciennes-forum", row("GE-05", "Valenciennes Métropole", "Forum économie circulaire", "19/11/2022", "10h-17h", "Hôtel de ville", "", "59300", "Valenciennes")),
    ("emmaus-connect", row("GE-06", "Emmaüs Connect", "Webinaire inclusion numérique", "16/11/2022", "11h", "", "", "", "", "Distanciel")),
    ("credit-mut-stras", row("GE-07", "CME Strasbourg", "Soirée finance solidaire", "22/11/2022", "18h", "Espace Crédit Mutuel", "34 rue du Wacken", "67000", "Strasbourg")),
])

if __name__ == "__main__":
    run(f)
