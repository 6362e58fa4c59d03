"""Blind set 1 (blind-places): rural Normandie (Manche, Calvados, Orne). Communes nouvelles against their communes
déléguées or old names, hamlets and lieux-dits as the only place, postal codes shared by many communes, CEDEX codes,
« salle des fêtes » with no street. Hard negatives: two events of one kind the same day in two déléguées of one
commune nouvelle, in two neighbouring villages, under one shared postal code, in two homonymous villages."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 / 2: one organiser's two repair cafés, one day, two communes déléguées of Souleuvre en Bocage
f.on_platform("repair-beny", 1, "Repair café du Bény-Bocage", at(12, "09:30"), at(12, "12:30"), "Repair café du Bocage virois",
              P("Salle des fêtes", "", "14350", "Souleuvre en Bocage"))
f.on_agenda("repair-beny", 3001, "Repair Café - Le Bény-Bocage", [(at(12, "09:30"), at(12, "12:30"))], "Repair café du Bocage virois",
            A("Salle des fêtes du Bény-Bocage", "Le Bény-Bocage", "14350", "Souleuvre en Bocage", insee="14061"))
f.in_calendar("repair-beny", "rc-beny-2022@bocage", "DTSTART:20221112T083000Z", "DTEND:20221112T113000Z",
              "SUMMARY:Repair café", "LOCATION:Salle des fêtes\\, Le Bény-Bocage")
f.on_platform("repair-campeaux", 2, "Repair café de Campeaux", at(12, "14:00"), at(12, "17:30"), "Repair café du Bocage virois",
              P("Salle des fêtes de Campeaux", "", "14350", "Souleuvre en Bocage"))
f.in_calendar("repair-campeaux", "rc-campeaux-2022@bocage", "DTSTART:20221112T130000Z", "DTEND:20221112T163000Z",
              "SUMMARY:Repair café", "LOCATION:Salle des fêtes\\, Campeaux")
# 3 / 4: one waste syndicate's two compost workshops at the same hour, two neighbouring villages of one EPCI
f.on_platform("compost-tinch", 3, "Atelier compostage et paillage", at(19, "10:00"), at(19, "12:00"), "SIRTOM de la région flérienne",
              P("Salle polyvalente", "Rue de Domfront", "61800", "Tinchebray-Bocage"))
f.in_calendar("compost-tinch", "compost-tinchebray@sirtom", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T120000", "SUMMARY:Atelier compostage", "LOCATION:Salle polyvalente\\, Tinchebray")
f.on_platform("compost-chanu", 4, "Atelier compostage et paillage", at(19, "10:00"), at(19, "12:00"), "SIRTOM de la région flérienne",
              P("Salle des fêtes", "Le Bourg", "61800", "Chanu"))
f.in_calendar("compost-chanu", "compost-chanu@sirtom", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T120000", "SUMMARY:Atelier compostage", "LOCATION:Salle des fêtes de Chanu")
# 5: farm open day, lieu-dit; calendar names the old commune (déléguée) Le Chefresne
f.on_platform("ferme", 5, "Portes ouvertes à la ferme : bio et circuits courts", at(20, "10:00"), at(20, "17:00"), "GAEC de la Rivière",
              P("GAEC de la Rivière", "Lieu-dit La Rivière", "50410", "Percy-en-Normandie"))
f.on_agenda("ferme", 3005, "Ferme ouverte au GAEC de la Rivière", [(at(20, "10:00"), at(20, "17:00"))], "Civam de la Manche",
            A("GAEC de la Rivière", "La Rivière, Le Chefresne", "50410", "Percy-en-Normandie", insee="50393", latitude=48.8975, longitude=-1.1594))
f.in_calendar("ferme", "ferme-riviere@civam50", "DTSTART;VALUE=DATE:20221120", "SUMMARY:Visite de ferme bio (GAEC de la Rivière)",
              "LOCATION:La Rivière\\, Le Chefresne")
# 6: ciné-débat at Vire (Vire Normandie)
f.on_platform("cine-vire", 6, "Ciné-débat « Les Mains dans la terre »", at(17, "20:30"), at(17, "22:30"), "Cinéma Le Basselin",
              P("Cinéma Le Basselin", "Rue des Halles", "14500", "Vire Normandie"))
f.in_calendar("cine-vire", "cine-basselin@tdl", "DTSTART;TZID=Europe/Paris:20221117T203000", "SUMMARY:Ciné-débat Les mains dans la terre",
              "LOCATION:Le Basselin\\, Vire")
# 7: départemental meeting, CEDEX addresses
f.on_platform("cd50", 7, "Rencontre départementale de l'ESS de la Manche", at(24, "09:00"), at(24, "16:30"), "Département de la Manche",
              P("Maison du Département", "98 route de Candol", "50050", "Saint-Lô Cedex"))
f.on_agenda("cd50", 3007, "Rencontre départementale ESS Manche 2022", [(at(24, "09:00"), at(24, "16:30"))], "CRESS Normandie",
            A("Maison du Département", "98 route de Candol", "50000", "Saint-Lô", insee="50502"))
# 8 / 9: two bike swaps the same day in two déléguées of Cherbourg-en-Cotentin
f.on_platform("velo-tourla", 8, "Bourse aux vélos solidaire", at(26, "10:00"), at(26, "16:00"), "Vélo Cotentin",
              P("Salle Paul-Éluard", "Rue Paul-Éluard", "50110", "Cherbourg-en-Cotentin"))
f.in_calendar("velo-tourla", "bourse-velo@velocotentin", "DTSTART;TZID=Europe/Paris:20221126T100000",
              "DTEND;TZID=Europe/Paris:20221126T160000", "SUMMARY:Bourse aux vélos", "LOCATION:Tourlaville")
f.on_platform("velo-equeur", 9, "Bourse aux vélos", at(26, "10:00"), at(26, "16:00"), "Atelier vélo La Roue libre",
              P("Espace Jean Maréchal", "Rue de la Paix", "50120", "Cherbourg-en-Cotentin"))
# 10: producers' market in the medieval halls of Saint-Pierre-sur-Dives (now Saint-Pierre-en-Auge)
f.on_platform("halles", 10, "Marché des producteurs et de l'ESS", at(20, "09:00"), at(20, "13:00"), "Pays d'Auge en transition",
              P("Halles médiévales", "Place du Marché", "14170", "Saint-Pierre-en-Auge"))
f.on_agenda("halles", 3010, "Marché de producteurs locaux & acteurs de l'ESS", [(at(20, "09:00"), at(20, "13:00"))], "Pays d'Auge en Transition",
            A("Les Halles", "Place du Marché", "14170", "Saint-Pierre-en-Auge", insee="14654"))
# 11: farm transmission conference at Livarot (Livarot-Pays-d'Auge)
f.on_platform("livarot", 11, "Conférence : transmettre sa ferme", at(22, "20:00"), at(22, "22:00"), "Terre de Liens Normandie",
              P("Salle des fêtes", "Place Georges Bisson", "14140", "Livarot-Pays-d'Auge"))
f.in_calendar("livarot", "transmission@tdl", "DTSTART:20221122T190000Z", "DTEND:20221122T210000Z",
              "SUMMARY:Transmettre sa ferme : conférence-débat", "LOCATION:Salle des fêtes de Livarot")
# 12: digital workshop at Aunay-sur-Odon (Les Monts d'Aunay)
f.on_platform("aunay", 12, "Atelier numérique : démarches en ligne", at(16, "14:00"), at(16, "16:00"), "Familles Rurales Calvados",
              P("Médiathèque", "Place de l'Hôtel de Ville", "14260", "Les Monts d'Aunay"))
# 13: volunteer work day at a hamlet harbour of La Hague
f.on_platform("hable", 13, "Chantier participatif : murets de pierre sèche", at(19, "09:00"), at(19, "17:00"), "Les Amis du Hâble",
              P("Port du Hâble", "", "50440", "La Hague"))
f.on_agenda("hable", 3013, "Chantier pierre sèche au Hâble", [(at(19, "09:00"), at(19, "17:00"))], "Amis du Hâble",
            A("Port du Hâble", "Le Hâble, Omonville-la-Rogue", "50440", "La Hague", insee="50041", latitude=49.7047, longitude=-1.8358))
f.in_calendar("hable", "chantier-hable@amis", "DTSTART;VALUE=DATE:20221119", "SUMMARY:Chantier participatif pierre sèche",
              "LOCATION:Le Hâble\\, Omonville-la-Rogue")
# 14 / 15: two games evenings the same night under the shared postal code 61100
f.on_platform("jeux-caligny", 14, "Soirée jeux de société en famille", at(18, "20:00"), at(18, "23:00"), "Foyer rural de Caligny",
              P("Salle des fêtes", "Le Bourg", "61100", "Caligny"))
f.in_calendar("jeux-caligny", "jeux@foyercaligny", "DTSTART;TZID=Europe/Paris:20221118T200000", "SUMMARY:Soirée jeux",
              "LOCATION:Caligny")
f.on_platform("jeux-lande", 15, "Soirée jeux de société", at(18, "20:30"), at(18, "23:30"), "Ludothèque du Pays de Flers",
              P("Salle des fêtes", "Rue du Stade", "61100", "La Lande-Patry"))
f.on_agenda("jeux-lande", 3015, "Soirée jeux de société (tout public)", [(at(18, "20:30"), at(18, "23:30"))], "Ludothèque du Pays de Flers",
            A("Salle des fêtes de La Lande-Patry", "Rue du Stade", "61100", "La Lande-Patry", insee="61218"))
# 16 / 17: two open days the same Saturday under postal code 50800
f.on_platform("recyc-villedieu", 16, "Portes ouvertes de la Recyclerie du Pays de Villedieu", at(26, "10:00"), at(26, "17:00"),
              "Recyclerie du Pays de Villedieu", P("Recyclerie", "ZA de la Gare", "50800", "Villedieu-les-Poêles-Rouffigny"))
f.on_agenda("recyc-villedieu", 3016, "Journée portes ouvertes à la recyclerie", [(at(26, "10:00"), at(26, "17:00"))],
            "Recyclerie du Pays de Villedieu", A("La Recyclerie", "ZA de la Gare", "50800", "Villedieu-les-Poêles", insee="50639"))
f.on_platform("aci-trinite", 17, "Portes ouvertes de l'atelier chantier d'insertion", at(26, "10:00"), at(26, "16:00"),
              "Le Trait d'Union", P("Atelier Le Trait d'Union", "Le Bourg", "50800", "La Trinité"))
# 18: exhibition over two weeks at Condé-sur-Noireau (Condé-en-Normandie)
f.on_platform("expo-conde", 18, "Exposition « Ils font l'ESS dans le Bocage »", at(14, "10:00"), at(26, "18:00"), "CRESS Normandie",
              P("Médiathèque", "Rue Saint-Martin", "14110", "Condé-en-Normandie"))
f.in_calendar("expo-conde", "expo-bocage@cress", "DTSTART;VALUE=DATE:20221114", "DTEND;VALUE=DATE:20221127",
              "SUMMARY:Expo Ils font l'ESS dans le Bocage", "LOCATION:Médiathèque de Condé-sur-Noireau")
# 19: agricultural chamber meeting, CEDEX in the spreadsheet
f.on_platform("installation", 19, "Rencontre : s'installer en agriculture avec l'ESS", at(23, "14:00"), at(23, "17:00"),
              "Chambre d'agriculture de Normandie", P("Chambre régionale d'agriculture", "6 rue des Roquemonts", "14000", "Caen"))
# 20: walk at the loop of the Orne, Thury-Harcourt-le-Hom
f.on_platform("balade-hom", 20, "Balade à la rencontre des acteurs de l'ESS de la Suisse normande", at(13, "14:00"), at(13, "17:00"),
              "CPIE Vallée de l'Orne", P("Parking de la Boucle du Hom", "Le Hom", "14220", "Thury-Harcourt-le-Hom"))
f.in_calendar("balade-hom", "balade@cpie", "DTSTART;TZID=Europe/Paris:20221113T140000", "DTEND;TZID=Europe/Paris:20221113T170000",
              "SUMMARY:Balade ESS en Suisse normande", "LOCATION:Boucle du Hom\\, Thury-Harcourt")
# 21 / 22: seed swaps the same day in the two Courcy (Calvados and Manche)
f.on_platform("troc-courcy14", 21, "Troc de graines et de plants", at(27, "10:00"), at(27, "12:30"), "Les Jardins de Courcy",
              P("Salle des fêtes", "", "14170", "Courcy"))
f.on_platform("troc-courcy50", 22, "Troc de graines", at(27, "14:00"), at(27, "17:00"), "Coutances en transition",
              P("Salle des fêtes", "", "50200", "Courcy"))
f.in_calendar("troc-courcy50", "troc-graines@coutances", "DTSTART;TZID=Europe/Paris:20221127T140000",
              "DTEND;TZID=Europe/Paris:20221127T170000", "SUMMARY:Troc de graines", "LOCATION:Salle des fêtes de Courcy")

f.in_form([
    ("repair-beny", row("NOR-01", "Repair café Bocage", "Repair café", "12/11/2022", "9h30-12h30", "Salle des fêtes", "", "14350", "Le Beny Bocage")),
    ("repair-campeaux", row("NOR-02", "Repair café Bocage", "Repair café", "12/11/2022", "14h-17h30", "Salle des fêtes", "", "14350", "Campeaux")),
    ("compost-tinch", row("NOR-03", "SIRTOM Flers", "Atelier compostage", "19/11/2022", "10h-12h", "Salle polyvalente", "", "", "Tinchebray")),
    ("compost-chanu", row("NOR-04", "SIRTOM Flers", "Atelier compostage", "19/11/2022", "10h-12h", "Salle des fêtes", "", "", "Chanu")),
    ("cine-vire", row("NOR-05", "Terre de Liens", "Ciné-débat Les mains dans la terre", "17/11/2022", "20h30", "Cinéma Le Basselin", "", "14500", "Vire")),
    ("cd50", row("NOR-06", "CD 50", "Rencontre départementale ESS", "24/11/2022", "Journée", "Maison du Département - 98 rte de Candol", "", "50008", "SAINT LO CEDEX")),
    ("velo-tourla", row("NOR-07", "Vélo Cotentin", "Bourse aux vélos", "26/11/2022", "10h-16h", "Salle P. Eluard", "", "50110", "Tourlaville")),
    ("velo-equeur", row("NOR-08", "La Roue Libre", "Bourse vélos", "26/11/2022", "10h-16h", "Espace J. Maréchal", "", "50120", "Equeurdreville")),
    ("halles", row("NOR-09", "PAET", "Marché producteurs + ESS", "20/11/2022", "matin", "Halle médiévale", "", "14170", "St Pierre sur Dives")),
    ("livarot", row("NOR-10", "TDL Normandie", "Transmettre sa ferme", "22/11/2022", "20h", "Salle des fêtes", "", "14140", "Livarot")),
    ("aunay", row("NOR-11", "Familles Rurales 14", "Atelier démarches en ligne", "16/11/2022", "14h-16h", "Médiathèque", "", "14260", "Aunay sur Odon")),
    ("jeux-caligny", row("NOR-12", "Foyer rural", "Soirée jeux", "18/11/2022", "20h", "Salle des fêtes de Caligny", "", "61100", "")),
    ("jeux-lande", row("NOR-13", "Ludothèque Pays de Flers", "Soirée jeux", "18/11/2022", "20h30", "Salle des fêtes", "", "61100", "La Lande Patry")),
    ("recyc-villedieu", row("NOR-14", "Recyclerie Villedieu", "Portes ouvertes", "26/11/2022", "10h-17h", "", "ZA de la Gare", "50800", "VILLEDIEU")),
    ("aci-trinite", row("NOR-15", "Le Trait d'Union", "Portes ouvertes ACI", "26/11/2022", "10h-16h", "", "", "50800", "La Trinité")),
    ("expo-conde", row("NOR-16", "CRESS Normandie", "Expo Ils font l'ESS", "14/11/2022", "", "Médiathèque", "", "14110", "Condé sur Noireau")),
    ("installation", row("NOR-17", "CRAN", "S'installer en agriculture avec l'ESS", "23/11/2022", "14h-17h", "Chambre d'agriculture", "6 rue des Roquemonts", "14053", "CAEN CEDEX 4")),
    ("troc-courcy14", row("NOR-18", "Jardins de Courcy", "Troc graines", "27/11/2022", "10h-12h30", "Salle des fêtes", "", "", "Courcy")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
