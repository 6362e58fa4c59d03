"""Blind set 2 (blind-places): Île-de-France, Grand Paris. Arrondissements written every way (« Paris 11e », « 75011 »,
« Paris XVème », « Paris Centre », 75116 / 75016), tiers-lieux known by name only (La REcyclerie, La Cité Fertile,
Ground Control, Le 6b), a venue given by its métro station or neighbourhood. Hard negatives: one title in two
arrondissements the same evening or afternoon, one organiser's two apéros the same evening."""
import sys; sys.path.insert(0, __import__("pathlib").Path(__file__).resolve().parents[1].as_posix())
from lib import *

f = Feeds()
# 1 / 2: one workshop title, same afternoon, Paris 18e (La REcyclerie) and Paris 19e (Maison des Canaux)
f.on_platform("recyclerie", 1, "Atelier réparation de petit électroménager", at(12, "14:00"), at(12, "17:00"), "Les Amis de la REcyclerie",
              P("La REcyclerie", "83 boulevard Ornano", "75018", "Paris"))
f.on_agenda("recyclerie", 4001, "Répar'café électroménager à La REcyclerie", [(at(12, "14:00"), at(12, "17:00"))], "La REcyclerie",
            A("La REcyclerie", "83 boulevard Ornano", "75018", "Paris", insee="75056", latitude=48.8977, longitude=2.3446))
f.in_calendar("recyclerie", "repa-elec@reseau-paris", "DTSTART;TZID=Europe/Paris:20221112T140000",
              "DTEND;TZID=Europe/Paris:20221112T170000", "SUMMARY:Atelier répa électroménager", "LOCATION:La Recyclerie")
f.on_platform("canaux", 2, "Atelier réparation de petit électroménager", at(12, "14:00"), at(12, "18:00"), "Repair Café Paris 19",
              P("Maison des Canaux", "6 quai de la Seine", "75019", "Paris"))
f.in_calendar("canaux", "repa-elec-19@reseau-paris", "DTSTART;TZID=Europe/Paris:20221112T140000",
              "DTEND;TZID=Europe/Paris:20221112T180000", "SUMMARY:Repair café électroménager", "LOCATION:Maison des Canaux")
# 3 / 4: one network's Fresque du Climat the same evening in the 11e and the 20e
f.on_platform("fresque-11", 3, "Fresque du Climat", at(22, "19:00"), at(22, "22:00"), "La Fresque du Climat Paris",
              P("Maison de la vie associative et citoyenne du 11e", "8 rue du Général Renault", "75011", "Paris"))
f.on_agenda("fresque-11", 4003, "Atelier Fresque du Climat - Paris 11e", [(at(22, "19:00"), at(22, "22:00"))], "Fresque du Climat",
            A("MVAC 11", "8 rue du Général Renault", "75011", "Paris", insee="75056"))
f.in_calendar("fresque-11", "fresque-1122-11@reseau-paris", "DTSTART:20221122T180000Z", "DTEND:20221122T210000Z",
              "SUMMARY:Fresque du Climat", "LOCATION:MVAC 11e - M° Saint-Ambroise")
f.on_platform("fresque-20", 4, "Fresque du Climat", at(22, "19:00"), at(22, "22:00"), "La Fresque du Climat Paris",
              P("Maison de la vie associative et citoyenne du 20e", "18 rue Ramus", "75020", "Paris"))
f.in_calendar("fresque-20", "fresque-1122-20@reseau-paris", "DTSTART:20221122T180000Z", "DTEND:20221122T210000Z",
              "SUMMARY:Fresque du Climat", "LOCATION:MVAC 20e - M° Gambetta")
# 5: tiers-lieux festival at La Cité Fertile, Pantin
f.on_platform("cite-fertile", 5, "Festival des tiers-lieux du Grand Paris", at(19, "11:00"), at(19, "19:00"), "France Tiers-Lieux",
              P("La Cité Fertile", "14 avenue Édouard Vaillant", "93500", "Pantin"))
f.on_agenda("cite-fertile", 4005, "Festival des Tiers-Lieux", [(at(19, "11:00"), at(19, "19:00"))], "France Tiers-Lieux",
            A("Cité Fertile", "14 avenue Édouard Vaillant", "93500", "Pantin", insee="93055"))
f.in_calendar("cite-fertile", "festival-tl@reseau-paris", "DTSTART;TZID=Europe/Paris:20221119T110000",
              "DTEND;TZID=Europe/Paris:20221119T190000", "SUMMARY:Festival tiers-lieux", "LOCATION:Cité Fertile")
# 6: creators' market over a weekend at Ground Control (12e)
f.on_platform("ground", 6, "Marché de créateurs solidaires", at(26, "11:00"), at(27, "19:00"), "Ground Control",
              P("Ground Control", "81 rue du Charolais", "75012", "Paris"))
f.in_calendar("ground", "marche-createurs@reseau-paris", "DTSTART;VALUE=DATE:20221126", "DTEND;VALUE=DATE:20221128",
              "SUMMARY:Marché des créateurs solidaires", "LOCATION:Ground Control")
# 7: walk from the métro Belleville (the agenda puts it in the 11e, the platform in the 20e)
f.on_platform("belleville", 7, "Balade : l'ESS à Belleville", at(13, "14:30"), at(13, "16:30"), "Belleville en transition",
              P("Métro Belleville", "Boulevard de Belleville", "75020", "Paris"))
f.on_agenda("belleville", 4007, "Balade urbaine ESS dans le quartier de Belleville", [(at(13, "14:30"), at(13, "16:30"))],
            "Belleville en Transition", A("Métro Belleville (sortie 1)", "Boulevard de Belleville", "75011", "Paris", insee="75056"))
# 8: open day of a Montreuil ressourcerie
f.on_platform("collecterie", 8, "Portes ouvertes de La Collecterie", at(19, "10:00"), at(19, "18:00"), "La Collecterie",
              P("La Collecterie", "32 rue Gaston Lauriau", "93100", "Montreuil"))
f.in_calendar("collecterie", "po-collecterie@reseau-paris", "DTSTART;TZID=Europe/Paris:20221119T100000",
              "DTEND;TZID=Europe/Paris:20221119T180000", "SUMMARY:La Collecterie ouvre ses portes", "LOCATION:La Collecterie\\, Montreuil")
# 9 / 10: an ESS job fair in two town halls the same day
f.on_platform("forum-15", 9, "Forum emploi de l'ESS", at(17, "10:00"), at(17, "17:00"), "Mairie du 15e arrondissement",
              P("Mairie du 15e", "31 rue Péclet", "75015", "Paris"))
f.on_agenda("forum-15", 4009, "Forum de l'emploi ESS - Paris 15", [(at(17, "10:00"), at(17, "17:00"))], "CRESS Île-de-France",
            A("Mairie du XVe arrondissement", "31 rue Péclet", "75015", "Paris", insee="75056"))
f.on_platform("forum-13", 10, "Forum emploi de l'ESS", at(17, "14:00"), at(17, "18:00"), "Mairie du 13e arrondissement",
              P("Mairie du 13e", "1 place d'Italie", "75013", "Paris"))
# 11: ciné-débat at La Clef (5e)
f.on_platform("clef", 11, "Ciné-débat « Hommes, femmes et coopératives »", at(15, "20:00"), at(15, "22:30"), "Coopératives de France",
              P("Cinéma La Clef Revival", "34 rue Daubenton", "75005", "Paris"))
f.in_calendar("clef", "cine-coop@reseau-paris", "DTSTART:20221115T190000Z", "DTEND:20221115T213000Z",
              "SUMMARY:Projection débat : Hommes\\, femmes et coopératives", "LOCATION:La Clef Revival")
f.on_agenda("clef", 4011, "Hommes, femmes et coopératives : projection et débat", [(at(15, "20:00"), at(15, "22:30"))],
            "Coop FR", A("La Clef", "34 rue Daubenton", "75005", "Paris", insee="75056"))
# 12: bike workshop at Le 6b, Saint-Denis
f.on_platform("6b", 12, "Atelier vélo solidaire", at(16, "17:00"), at(16, "20:00"), "La Cycklette",
              P("Le 6b", "6-10 quai de Seine", "93200", "Saint-Denis"))
f.on_agenda("6b", 4012, "Atelier d'autoréparation vélo au 6b", [(at(16, "17:00"), at(16, "20:00"))], "La Cycklette",
            A("Le 6b", "6-10 Quai de Seine", "93200", "Saint-Denis", insee="93066"))
f.in_calendar("6b", "velo-6b@reseau-paris", "DTSTART;TZID=Europe/Paris:20221116T170000", "DTEND;TZID=Europe/Paris:20221116T200000",
              "SUMMARY:Atelier vélo", "LOCATION:Le 6b")
# 13: solidarity finance meeting at the Mairie de Paris Centre (3e)
f.on_platform("centre", 13, "Rencontre : la finance solidaire, comment ça marche ?", at(23, "18:30"), at(23, "20:30"), "Finansol",
              P("Mairie de Paris Centre", "2 rue Eugène Spuller", "75003", "Paris"))
f.in_calendar("centre", "finance-solidaire@reseau-paris", "DTSTART;TZID=Europe/Paris:20221123T183000",
              "SUMMARY:Finance solidaire : rencontre", "LOCATION:Mairie Paris Centre")
# 14: sewing workshop in the 16e (postal code 75116)
f.on_platform("couture-16", 14, "Atelier couture : réparer ses vêtements", at(21, "14:00"), at(21, "17:00"), "Les Fils d'Auteuil",
              P("Maison des associations du 16e", "14 rue Nicolo", "75116", "Paris"))
# 15 / 16: one organiser's two apéros the same evening, 10e and 14e
f.on_platform("apero-10", 15, "Apéro des acteurs de l'ESS", at(24, "18:30"), at(24, "20:30"), "Ville de Paris",
              P("Mairie du 10e", "72 rue du Faubourg Saint-Martin", "75010", "Paris"))
f.in_calendar("apero-10", "apero-10@reseau-paris", "DTSTART;TZID=Europe/Paris:20221124T183000",
              "DTEND;TZID=Europe/Paris:20221124T203000", "SUMMARY:Apéro ESS du 10e", "LOCATION:Mairie du 10e")
f.on_platform("apero-14", 16, "Apéro des acteurs de l'ESS", at(24, "18:30"), at(24, "20:30"), "Ville de Paris",
              P("Mairie du 14e", "2 place Ferdinand Brunot", "75014", "Paris"))
f.in_calendar("apero-14", "apero-14@reseau-paris", "DTSTART;TZID=Europe/Paris:20221124T183000",
              "DTEND;TZID=Europe/Paris:20221124T203000", "SUMMARY:Apéro ESS du 14e", "LOCATION:Mairie du 14e")
# 17: conference at the Maison des Canaux on another day (same venue as 2)
f.on_platform("scic-habitat", 17, "Conférence : les Scic dans l'habitat", at(25, "18:30"), at(25, "20:30"), "Habitat participatif France",
              P("Maison des Canaux", "6 quai de la Seine", "75019", "Paris"))
f.on_agenda("scic-habitat", 4017, "Habitat et Scic : conférence", [(at(25, "18:30"), at(25, "20:30"))], "Habitat Participatif France",
            A("Maison des Canaux", "6 quai de la Seine", "75019", "Paris", insee="75056"))
# 18: zero waste workshop at the Canal Saint-Martin tiers-lieu « La Trockette »? -> here a Croix-Rousse-like quarter name: Butte-aux-Cailles
f.on_platform("butte", 18, "Atelier zéro déchet : produits ménagers maison", at(20, "10:30"), at(20, "12:30"), "Zero Waste Paris",
              P("La Maison du Zéro Déchet", "12 rue de la Butte-aux-Cailles", "75013", "Paris"))
f.in_calendar("butte", "zd-produits@reseau-paris", "DTSTART;TZID=Europe/Paris:20221120T103000",
              "DTEND;TZID=Europe/Paris:20221120T123000", "SUMMARY:Produits ménagers maison (atelier zéro déchet)",
              "LOCATION:Butte-aux-Cailles\\, Paris 13e")
# 19: seminar in Lyon 7e on the national platform only, same day and hour as 9 (another « 7 », another city)
f.on_platform("forum-lyon", 19, "Forum emploi de l'ESS", at(17, "10:00"), at(17, "17:00"), "Métropole de Lyon",
              P("Halle Tony Garnier", "20 place des Docteurs Charles et Christophe Mérieux", "69007", "Lyon"))

f.in_form([
    ("recyclerie", row("IDF-001", "Amis de la Recyclerie", "Atelier réparation électroménager", "12/11/2022", "14h-17h", "La Recyclerie (M° Porte de Clignancourt)", "", "", "Paris 18e")),
    ("canaux", row("IDF-002", "Repair Café 19", "Atelier réparation électroménager", "12/11/2022", "14h-18h", "Maison des Canaux", "6 quai de la Seine", "75019", "Paris")),
    ("fresque-11", row("IDF-003", "Fresque du Climat", "Fresque du climat", "22/11/2022", "19h-22h", "MVAC", "8 rue Gal Renault", "", "Paris 11e")),
    ("fresque-20", row("IDF-004", "Fresque du Climat", "Fresque du climat", "22/11/2022", "19h-22h", "MVAC 20", "18 rue Ramus", "75020", "Paris")),
    ("cite-fertile", row("IDF-005", "France Tiers-Lieux", "Festival des tiers-lieux", "19/11/2022", "11h-19h", "Cité fertile", "", "", "Pantin")),
    ("ground", row("IDF-006", "Ground Control", "Marché créateurs solidaires", "26/11/2022", "", "Ground Control - Gare de Lyon", "", "", "Paris XIIe")),
    ("belleville", row("IDF-007", "Belleville en Transition", "Balade ESS Belleville", "13/11/2022", "14h30", "RDV M° Belleville", "", "", "Paris")),
    ("collecterie", row("IDF-008", "La Collecterie", "Portes ouvertes", "19/11/2022", "10h-18h", "", "32 rue Gaston Lauriau", "93100", "Montreuil-sous-Bois")),
    ("forum-15", row("IDF-009", "Mairie 15e", "Forum emploi ESS", "17/11/2022", "10h-17h", "Mairie du XVème", "", "", "Paris XV")),
    ("forum-13", row("IDF-010", "Mairie 13e", "Forum emploi ESS", "17/11/2022", "14h-18h", "Mairie 13e", "1 place d'Italie", "", "Paris 13")),
    ("clef", row("IDF-011", "Coop FR", "Ciné-débat Hommes femmes et coopératives", "15/11/2022", "20h", "Cinéma La Clef", "", "75005", "")),
    ("6b", row("IDF-012", "La Cycklette", "Atelier vélo", "16/11/2022", "17h-20h", "Le 6B", "", "", "Saint-Denis")),
    ("centre", row("IDF-013", "Finansol", "Rencontre finance solidaire", "23/11/2022", "18h30", "Mairie", "2 rue E. Spuller", "", "Paris Centre")),
    ("couture-16", row("IDF-014", "Fils d'Auteuil", "Atelier couture réparation", "21/11/2022", "14h-17h", "Maison des asso", "14 rue Nicolo", "75016", "Paris 16")),
    ("apero-14", row("IDF-015", "Ville de Paris", "Apéro ESS", "24/11/2022", "18h30-20h30", "Mairie 14", "", "75014", "Paris")),
    ("butte", row("IDF-016", "ZWP", "Atelier produits ménagers", "20/11/2022", "10h30-12h30", "Maison du zéro déchet", "12 r. de la Butte aux Cailles", "75013", "Paris")),
])

if __name__ == "__main__":
    events, groups = run(f)
    if len(sys.argv) > 1:
        for g in groups:
            if any(k[1] in sys.argv[1:] for k in g): print(g)
