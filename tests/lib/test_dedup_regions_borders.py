"""Cases of the merge issue's classes written by hand where towns are written in more than one way: Alsace-Moselle
(quarters after the town, bilingual signs), Pays basque and Béarn (Basque names), Corse (Corsican names, quarters),
La Réunion (Saint-Denis and its namesakes, the « Hauts » and their villages), Flandre (Flemish names, former
communes of Dunkerque), Provence and Occitanie (Occitan names, villages of Aix and Marseille), Savoie (communes
nouvelles and their communes déléguées), the arrondissements of Paris, Lyon and Marseille, towns said short,
namesake communes in other départements, the first postal code of a town that has several, as the four sources of a
region list them (see test_dedup_regions). Each case gives the groups of more than one record the merge must publish
(none: every record alone)."""

import pytest

from assets.lib.dedup import CommuneIndex, deduplicate
from tests.lib.test_dedup import merged_keys
from tests.lib.test_dedup_regions import AGENDA, ICS, PLATFORM, ROUBAIX, SHEET, at, frame
from tests.lib.test_dedup_regions_west_overseas import ics

# Alsace-Moselle
NEUDORF = dict(ROUBAIX, lieu="Centre socioculturel du Neudorf", adresse="1 place du Marché", code_postal="67100",
               commune="Strasbourg", organisateur="Repair Café Strasbourg", titre="Repair café du Neudorf",
               date_debut="2021-11-13T14:00:00+01:00", date_fin="2021-11-13T17:00:00+01:00", type_evenement="autre")
MULHOUSE = dict(ROUBAIX, lieu="Temple Saint-Étienne", adresse="Place de la Réunion", code_postal="68100",
                commune="Mulhouse", organisateur="Mulhouse Solidarités", titre="Marché de Noël solidaire",
                date_debut="2021-11-27T10:00:00+01:00", date_fin="2021-11-27T19:00:00+01:00", type_evenement="autre")
BORNY = dict(ROUBAIX, lieu="Boîte à Musiques", adresse="20 boulevard d'Alsace", code_postal="57070", commune="Metz",
             organisateur="Maison de l'emploi de Metz", titre="Forum des métiers de l'ESS",
             date_debut="2021-11-18T09:00:00+01:00", date_fin="2021-11-18T13:00:00+01:00")
SAINT_LOUIS_68 = dict(ROUBAIX, lieu="Forum", adresse="Place de l'Europe", code_postal="68300", commune="Saint-Louis",
                      organisateur="Les Jardins de la Petite Camargue", titre="Conférence : jardiner sans pesticides",
                      date_debut="2021-11-16T19:00:00+01:00", date_fin="2021-11-16T21:00:00+01:00")
# Pays basque, Béarn
BAYONNE = dict(ROUBAIX, lieu="Maison des associations", adresse="11 allée de Glain", code_postal="64100",
               commune="Bayonne", organisateur="Bizi !", titre="Atelier : réduire ses déchets",
               date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T12:00:00+01:00")
SAINT_JEAN_DE_LUZ = dict(ROUBAIX, lieu="Halle aux poissons", adresse="Boulevard Victor Hugo", code_postal="64500",
                         commune="Saint-Jean-de-Luz", organisateur="Itsas Arima",
                         titre="Rencontre : la pêche artisanale et l'ESS",
                         date_debut="2021-11-19T18:00:00+01:00", date_fin="2021-11-19T20:00:00+01:00")
PAU = dict(ROUBAIX, lieu="Ampli", adresse="Avenue Lacoste", code_postal="64000", commune="Pau",
           organisateur="Université de Pau et des Pays de l'Adour", titre="Hackathon de l'innovation sociale",
           date_debut="2021-11-26T09:00:00+01:00", date_fin="2021-11-26T18:00:00+01:00", type_evenement="autre")
SAINT_PALAIS = dict(ROUBAIX, lieu="Salle Airoski", adresse="Rue du Palais de Justice", code_postal="64120",
                    commune="Saint-Palais", organisateur="Laborantza Ganbara", titre="Marché des producteurs fermiers",
                    date_debut="2021-11-19T09:00:00+01:00", date_fin="2021-11-19T13:00:00+01:00",
                    type_evenement="autre")
# Corse
AJACCIO = dict(ROUBAIX, lieu="Palais des congrès", adresse="Quai l'Herminier", code_postal="20000", commune="Ajaccio",
               organisateur="CRESS Corse", titre="Forum de l'ESS en Corse", date_debut="2021-11-18T09:00:00+01:00",
               date_fin="2021-11-18T17:00:00+01:00", type_evenement="autre")
LUPINU = dict(ROUBAIX, lieu="Centre social de Lupino", adresse="Avenue de la Libération", code_postal="20600",
              commune="Bastia", organisateur="Associu Lupinu Inseme", titre="Atelier cuisine anti-gaspi",
              date_debut="2021-11-17T14:00:00+01:00", date_fin="2021-11-17T17:00:00+01:00")
SALINES = dict(AJACCIO, lieu="Centre social des Salines", adresse="Avenue Maréchal Lyautey", code_postal="20090",
               organisateur="Association Salines Inseme", titre="Atelier couture et réemploi",
               date_debut="2021-11-17T14:00:00+01:00", date_fin="2021-11-17T17:00:00+01:00")
PORTO_VECCHIO = dict(ROUBAIX, lieu="Centre culturel", adresse="Rue du Général de Gaulle", code_postal="20137",
                     commune="Porto-Vecchio", organisateur="Ressourcerie du Sud", titre="Vente solidaire de meubles",
                     date_debut="2021-11-20T09:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00",
                     type_evenement="autre")
CORTE = dict(ROUBAIX, lieu="Université de Corse", adresse="Avenue Jean Nicoli", code_postal="20250", commune="Corte",
             organisateur="Università di Corsica", titre="Conférence : les coopératives agricoles en Corse",
             date_debut="2021-11-23T17:00:00+01:00", date_fin="2021-11-23T19:00:00+01:00")
# La Réunion
SAINT_DENIS_974 = dict(ROUBAIX, lieu="Cité des arts", adresse="23 rue Léopold Rambaud", code_postal="97490",
                       commune="Sainte-Clotilde", organisateur="Réunion Active",
                       titre="Forum de la création d'entreprise",
                       date_debut="2021-11-19T14:00:00+04:00", date_fin="2021-11-19T18:00:00+04:00")
SAINT_DENIS_93 = dict(SAINT_DENIS_974, lieu="Bourse du travail", adresse="9-11 rue Génin", code_postal="93200",
                      commune="Saint-Denis", organisateur="Plaine Commune Active",
                      date_debut="2021-11-19T11:00:00+01:00", date_fin="2021-11-19T15:00:00+01:00")
LE_PORT = dict(ROUBAIX, lieu="Ressourcerie Le Port", adresse="Rue Evariste de Parny", code_postal="97420",
               commune="Le Port", organisateur="Association Ti Tang Récup", titre="Repair café créole",
               date_debut="2021-11-20T09:00:00+04:00", date_fin="2021-11-20T12:00:00+04:00", type_evenement="autre")
HELL_BOURG = dict(ROUBAIX, lieu="Case communale", adresse="Rue Général de Gaulle", code_postal="97433",
                  commune="Salazie", organisateur="Association des Hauts de Salazie",
                  titre="Marché des produits péi", date_debut="2021-11-21T08:00:00+04:00",
                  date_fin="2021-11-21T13:00:00+04:00", type_evenement="autre")
SAINT_GILLES = dict(ROUBAIX, lieu="Kiosque de la plage", adresse="Rue du Général de Gaulle", code_postal="97434",
                    commune="Saint-Paul", organisateur="Vie Océane", titre="Nettoyage solidaire de la plage",
                    date_debut="2021-11-14T07:30:00+04:00", date_fin="2021-11-14T10:30:00+04:00",
                    type_evenement="autre")
PLAINE_DES_CAFRES = dict(ROUBAIX, lieu="Maison du volcan", adresse="RN3, Bourg-Murat", code_postal="97418",
                         commune="Le Tampon", organisateur="Parc national de La Réunion",
                         titre="Balade découverte des plantes endémiques", date_debut="2021-11-27T09:00:00+04:00",
                         date_fin="2021-11-27T12:00:00+04:00", type_evenement="autre")
# Flandre, Hauts-de-France
DUNKERQUE = dict(ROUBAIX, lieu="Halle aux sucres", adresse="9003 route du Quai Freycinet 3", code_postal="59140",
                 commune="Dunkerque", organisateur="Communauté urbaine de Dunkerque",
                 titre="Conférence : l'économie circulaire sur le littoral",
                 date_debut="2021-11-16T18:00:00+01:00", date_fin="2021-11-16T20:00:00+01:00")
SAINT_POL = dict(ROUBAIX, lieu="Salle Jean Cocteau", adresse="Rue de la République", code_postal="59430",
                 commune="Dunkerque", organisateur="Entreprendre Ensemble", titre="Job dating de l'insertion",
                 date_debut="2021-11-23T09:00:00+01:00", date_fin="2021-11-23T12:00:00+01:00")
FIVES = dict(ROUBAIX, lieu="Maison de quartier de Fives", adresse="44 rue Pierre Legrand", code_postal="59800",
             commune="Lille", organisateur="Les Ateliers de Fives", titre="Fresque de la mobilité",
             date_debut="2021-11-24T18:00:00+01:00", date_fin="2021-11-24T21:00:00+01:00")
# Provence, Occitanie
LES_MILLES = dict(ROUBAIX, lieu="Pôle d'activités", adresse="30 avenue Henri Malacrida", code_postal="13290",
                  commune="Aix-en-Provence", organisateur="Pays d'Aix Initiative",
                  titre="Matinale des entrepreneurs solidaires", date_debut="2021-11-18T08:30:00+01:00",
                  date_fin="2021-11-18T10:30:00+01:00")
ESTAQUE = dict(ROUBAIX, lieu="Espace Mistral", adresse="Place de l'Estaque", code_postal="13016", commune="Marseille",
               organisateur="Centre social de l'Estaque", titre="Troc de vêtements",
               date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
NICE = dict(ROUBAIX, lieu="Maison des associations Garibaldi", adresse="12 ter place Garibaldi", code_postal="06300",
            commune="Nice", organisateur="Nice Solidaire", titre="Forum du bénévolat",
            date_debut="2021-11-13T10:00:00+01:00", date_fin="2021-11-13T17:00:00+01:00", type_evenement="autre")
MONTPELLIER = dict(ROUBAIX, lieu="Halle Tropisme", adresse="121 rue Fontcouverte", code_postal="34070",
                   commune="Montpellier", organisateur="Occitanie Coopérative",
                   titre="Soirée : entreprendre en Scop", date_debut="2021-11-25T18:30:00+01:00",
                   date_fin="2021-11-25T21:00:00+01:00")
BAGATELLE = dict(ROUBAIX, lieu="Maison de quartier de Bagatelle", adresse="15 rue Claude Bernard", code_postal="31100",
                 commune="Toulouse", organisateur="Bagatelle Solidaire", titre="Repair café de Bagatelle",
                 date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
VAISE = dict(ROUBAIX, lieu="Mairie du 9e", adresse="6 place du Marché", code_postal="69009", commune="Lyon",
             organisateur="Lyon 9 Solidaire", titre="Forum des associations solidaires du 9e",
             date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
# Savoie, Haute-Savoie
SEYNOD = dict(ROUBAIX, lieu="Auditorium de Seynod", adresse="Place de l'Hôtel de Ville", code_postal="74600",
              commune="Annecy", organisateur="Repair Café Annecy", titre="Repair café",
              date_debut="2021-11-13T14:00:00+01:00", date_fin="2021-11-13T17:00:00+01:00", type_evenement="autre")
ANNECY_LE_VIEUX = dict(ROUBAIX, lieu="Espace Rencontre", adresse="2 rue de la Mairie", code_postal="74940",
                       commune="Annecy", organisateur="Alter'Eco 74", titre="Ciné-débat « Ma part du gâteau »",
                       date_debut="2021-11-19T20:00:00+01:00", date_fin="2021-11-19T22:30:00+01:00",
                       type_evenement="projection")
CHAMBERY = dict(ROUBAIX, lieu="Maison de l'enfance", adresse="Place du Forum", code_postal="73000", commune="Chambéry",
                organisateur="Chambéry Solidarité Internationale", titre="Bourse aux vêtements d'hiver",
                date_debut="2021-11-21T09:00:00+01:00", date_fin="2021-11-21T16:00:00+01:00", type_evenement="autre")
# Towns said short, namesakes
EVRY = dict(ROUBAIX, lieu="Maison de l'Emploi", adresse="2 rue du Bras de Fer", code_postal="91000",
            commune="Évry-Courcouronnes", organisateur="Génération Entrepreneurs Essonne",
            titre="Atelier : créer son entreprise solidaire", date_debut="2021-11-17T14:00:00+01:00",
            date_fin="2021-11-17T16:30:00+01:00")
CHARLEVILLE = dict(ROUBAIX, lieu="Médiathèque Voyelles", adresse="2 place Jacques Félix", code_postal="08000",
                   commune="Charleville-Mézières", organisateur="Ardennes Solidaires",
                   titre="Conférence : la monnaie locale des Ardennes", date_debut="2021-11-24T18:30:00+01:00",
                   date_fin="2021-11-24T20:30:00+01:00")
AIX = dict(ROUBAIX, lieu="Cité du livre", adresse="8-10 rue des Allumettes", code_postal="13100",
           commune="Aix-en-Provence", organisateur="Aix Solidarités",
           titre="Rencontre des acteurs de l'ESS du Pays d'Aix",
           date_debut="2021-11-22T18:00:00+01:00", date_fin="2021-11-22T20:30:00+01:00")
VALENCE = dict(ROUBAIX, lieu="Cité de la musique", adresse="2 rue Jean-Louis Barrault", code_postal="26000",
               commune="Valence", organisateur="Drôme Solidaire", titre="Concert solidaire",
               date_debut="2021-11-26T20:00:00+01:00", date_fin="2021-11-26T23:00:00+01:00", type_evenement="autre")

CASES = {
    # Alsace-Moselle
    "Alsace: the quarter joined to the town in a LOCATION, an hour off": (
        [at(NEUDORF, PLATFORM, "1"),
         ics(NEUDORF, "i1", "CSC Neudorf, Strasbourg-Neudorf", "2021-11-13T13:00:00Z", titre="Repair Café Neudorf")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Alsace: the socio-cultural centre by its acronym in a LOCATION, an hour off": (
        [at(NEUDORF, PLATFORM, "1"),
         ics(NEUDORF, "i1", "CSC Neudorf, Strasbourg", "2021-11-13T13:00:00Z", titre="Repair Café Neudorf")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Rennes: the medico-social centre by its acronym, the town after a dash, date only": (
        [at(NEUDORF, PLATFORM, "1", lieu="Centre médicosocial de Maurepas", adresse="Rue de la Marne",
            code_postal="35700", commune="Rennes", organisateur="Département d'Ille-et-Vilaine",
            titre="Permanence accès aux droits", date_debut="2021-11-16T14:00:00+01:00",
            date_fin="2021-11-16T17:00:00+01:00"),
         at(NEUDORF, SHEET, "t1", lieu="CMS Maurepas - Rennes", adresse="", code_postal="", commune="",
            organisateur="CD35", titre="PERMANENCE ACCES AUX DROITS", date_debut="2021-11-16", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Alsace: two socio-cultural centres' repair cafés, one by its acronym in a LOCATION": (
        [at(NEUDORF, PLATFORM, "1"),
         at(NEUDORF, AGENDA, "o1", lieu="Centre socio-culturel de Cronenbourg", adresse="56 rue du Rieth",
            code_postal="67200", organisateur="CSC Cronenbourg"),
         ics(NEUDORF, "i1", "CSC Cronenbourg, Strasbourg", "2021-11-13T13:00:00Z", titre="Repair café")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "Alsace: « Strasbourg Neudorf » as the town, no postal code, title reworded": (
        [at(NEUDORF, PLATFORM, "1"),
         at(NEUDORF, AGENDA, "o1", commune="Strasbourg Neudorf", code_postal="", adresse="Place du Marché",
            titre="Café réparation au Neudorf")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Alsace: the quarter in capitals, date only": (
        [at(NEUDORF, PLATFORM, "1"),
         at(NEUDORF, SHEET, "t1", lieu="", adresse="", code_postal="", commune="STRASBOURG-NEUDORF",
            titre="REPAIR CAFE", date_debut="2021-11-13", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Alsace: two repair cafés in Strasbourg the same afternoon, in two quarters": (
        [at(NEUDORF, PLATFORM, "1"),
         at(NEUDORF, AGENDA, "o1", lieu="Centre socioculturel de Cronenbourg", adresse="56 rue du Rieth",
            code_postal="", commune="Strasbourg-Cronenbourg", organisateur="CSC Cronenbourg")],
        []),
    "Alsace: a quarter's LOCATION between two repair cafés of two quarters": (
        [at(NEUDORF, PLATFORM, "1"),
         at(NEUDORF, AGENDA, "o1", lieu="Centre socioculturel de Cronenbourg", adresse="56 rue du Rieth",
            code_postal="67200", organisateur="CSC Cronenbourg"),
         ics(NEUDORF, "i1", "Strasbourg-Cronenbourg", "2021-11-13T13:00:00Z", titre="Repair café")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "Alsace: two repair cafés in two quarters of Strasbourg, each source giving its quarter alone": (
        [at(NEUDORF, SHEET, "t1", lieu="", adresse="", code_postal="", commune="STRASBOURG-NEUDORF",
            titre="REPAIR CAFE", date_debut="2021-11-13", date_fin=""),
         at(NEUDORF, AGENDA, "o1", lieu="", adresse="", code_postal="", commune="Strasbourg-Cronenbourg",
            organisateur="CSC Cronenbourg")],
        []),
    "Alsace: one network's repair cafés in two quarters at the same hour, no venue given": (
        [at(NEUDORF, PLATFORM, "1", lieu="", adresse="", code_postal="", commune="Strasbourg Neudorf"),
         at(NEUDORF, AGENDA, "o1", lieu="", adresse="", code_postal="", commune="Strasbourg-Cronenbourg")],
        []),
    "Alsace: « Place de la Réunion » is a square of Mulhouse, a bilingual town field": (
        [at(MULHOUSE, PLATFORM, "1"),
         at(MULHOUSE, AGENDA, "o1", commune="Mulhouse / Milhüsa", code_postal="", lieu="",
            titre="Marché de Noël solidaire au Temple Saint-Étienne")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Alsace: the square of Mulhouse alone in a LOCATION": (
        [at(MULHOUSE, PLATFORM, "1"),
         ics(MULHOUSE, "i1", "Temple Saint-Etienne, place de la Réunion, Mulhouse", "2021-11-27T09:00:00Z",
             titre="Marché de Noël solidaire")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Moselle: « Metz-Borny », the venue written « BAM »": (
        [at(BORNY, PLATFORM, "1"),
         at(BORNY, AGENDA, "o1", lieu="BAM", commune="Metz-Borny", code_postal="", organisateur="MDE Metz",
            titre="Forum métiers ESS")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Alsace: « Saint-Louis » without a postal code, the organiser's acronym, date only": (
        [at(SAINT_LOUIS_68, PLATFORM, "1"),
         at(SAINT_LOUIS_68, SHEET, "t1", lieu="Le Forum", adresse="", code_postal="", organisateur="JPC",
            titre="CONFERENCE JARDINER SANS PESTICIDES", date_debut="2021-11-16", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Alsace and La Réunion: one conference's title in the two Saint-Louis the same day": (
        [at(SAINT_LOUIS_68, PLATFORM, "1"),
         at(SAINT_LOUIS_68, AGENDA, "o1", lieu="Médiathèque", adresse="", code_postal="97450",
            organisateur="Ville de Saint-Louis", date_debut="2021-11-16T19:00:00+04:00",
            date_fin="2021-11-16T21:00:00+04:00")],
        []),
    # Pays basque, Béarn
    "Pays basque: the town's Basque name on a bilingual sign": (
        [at(BAYONNE, PLATFORM, "1"),
         at(BAYONNE, AGENDA, "o1", commune="Bayonne / Baiona", code_postal="", titre="Réduire ses déchets : atelier")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Pays basque: the Basque name alone in a LOCATION with the venue, an hour off": (
        [at(BAYONNE, PLATFORM, "1"),
         ics(BAYONNE, "i1", "Maison des associations, Baiona", "2021-11-20T09:00:00Z",
             titre="Atelier réduire ses déchets")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Pays basque: « Donibane Lohizune » first on a bilingual sign": (
        [at(SAINT_JEAN_DE_LUZ, PLATFORM, "1"),
         at(SAINT_JEAN_DE_LUZ, AGENDA, "o1", commune="Donibane Lohizune - Saint-Jean-de-Luz", code_postal="",
            lieu="Halle aux Poissons", titre="Pêche artisanale et ESS : rencontre")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Pays basque: « St Jean de Luz » in a spreadsheet, date only": (
        [at(SAINT_JEAN_DE_LUZ, PLATFORM, "1"),
         at(SAINT_JEAN_DE_LUZ, SHEET, "t1", commune="St Jean de Luz", code_postal="", lieu="", adresse="Bd Victor Hugo",
            titre="RENCONTRE PECHE ARTISANALE", date_debut="2021-11-19", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Pays basque: one workshop's title in Bayonne and in Biarritz the same morning, one organiser": (
        [at(BAYONNE, PLATFORM, "1"),
         at(BAYONNE, AGENDA, "o1", lieu="Maison des associations", adresse="Rue Darrichon", code_postal="",
            commune="Biarritz / Miarritze")],
        []),
    "Béarn: the university's acronym, the venue alone, a LOCATION with the town": (
        [at(PAU, PLATFORM, "1"),
         at(PAU, AGENDA, "o1", organisateur="UPPA", adresse="", titre="Hackathon innovation sociale"),
         ics(PAU, "i1", "Ampli, Pau", "2021-11-26T08:00:00Z", titre="Hackathon de l'innovation sociale (UPPA)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "Pays basque: « St-Palais » without a postal code, a namesake in three other départements": (
        [at(SAINT_PALAIS, PLATFORM, "1"),
         at(SAINT_PALAIS, SHEET, "t1", commune="St-Palais", code_postal="", lieu="", adresse="",
            titre="MARCHE PRODUCTEURS FERMIERS", date_debut="2021-11-19", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Béarn and Jura: « Lons » is not Lons-le-Saunier": (
        [at(PAU, PLATFORM, "1", lieu="Salle des fêtes", adresse="", code_postal="64140", commune="Lons",
            organisateur="Ville de Lons", titre="Café des parents"),
         at(PAU, AGENDA, "o1", lieu="Salle des fêtes", adresse="", code_postal="39000", commune="Lons-le-Saunier",
            organisateur="Ville de Lons-le-Saunier", titre="Café des parents")],
        []),
    # Corse
    "Corse: the Corsican name on a bilingual sign, the venue without its article": (
        [at(AJACCIO, PLATFORM, "1"),
         at(AJACCIO, AGENDA, "o1", commune="Ajaccio - Aiacciu", code_postal="", lieu="Palais des Congrès d'Ajaccio",
            titre="Forum ESS Corse")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Corse: the Corsican name alone in a LOCATION, an hour off": (
        [at(AJACCIO, PLATFORM, "1"),
         ics(AJACCIO, "i1", "Palais des congrès, Aiacciu", "2021-11-18T08:00:00Z",
             titre="Forum di l'ESS in Corsica")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Corse: the town's first postal code in a spreadsheet, the venue at the other one": (
        [at(SALINES, PLATFORM, "1"),
         at(SALINES, SHEET, "t1", lieu="", adresse="", code_postal="20000", titre="ATELIER COUTURE REEMPLOI",
            organisateur="SALINES INSEME", date_debut="2021-11-17", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Occitanie: « 31000 » for a venue at 31100, the town alone": (
        [at(BAGATELLE, PLATFORM, "1"),
         at(BAGATELLE, AGENDA, "o1", lieu="", adresse="", code_postal="31000", titre="Repair café Bagatelle")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Occitanie: two repair cafés in Toulouse, a spreadsheet's « 31000 » and no venue between them": (
        [at(BAGATELLE, PLATFORM, "1"),
         at(BAGATELLE, AGENDA, "o1", lieu="Maison de quartier Saint-Cyprien", adresse="3 place du Ravelin",
            code_postal="31300", organisateur="Saint-Cyprien Répare"),
         at(BAGATELLE, SHEET, "t1", lieu="", adresse="", code_postal="31000", organisateur="", titre="REPAIR CAFE",
            date_debut="2021-11-20", date_fin="")],
        []),
    "Occitanie: a repair café at 31100 and another organiser's at « 31000 »": (
        [at(BAGATELLE, PLATFORM, "1"),
         at(BAGATELLE, AGENDA, "o1", lieu="", adresse="", code_postal="31000", organisateur="Capitole Répare",
            titre="Repair café")],
        []),
    "Corse: a quarter of Bastia after the town, no postal code": (
        [at(LUPINU, PLATFORM, "1"),
         at(LUPINU, AGENDA, "o1", commune="Bastia Lupino", code_postal="", lieu="Centre social",
            titre="Cuisine anti-gaspi : atelier")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Corse: the network's workshop in Ajaccio, and its copy in « Bastia Lupino » of the one it holds there": (
        [at(LUPINU, PLATFORM, "1", lieu="Maison des associations", adresse="Rue Fesch", code_postal="20000",
            commune="Ajaccio"),
         at(LUPINU, SHEET, "t1", commune="Bastia Lupino", code_postal="", lieu="", adresse="",
            titre="ATELIER CUISINE ANTI-GASPI", date_debut="2021-11-17", date_fin="")],
        []),
    "Moselle: the forum in Metz, and a copy in « Thionville » of the one held there": (
        [at(BORNY, PLATFORM, "1"),
         at(BORNY, SHEET, "t1", commune="Thionville-Garche", code_postal="", lieu="", adresse="",
            titre="FORUM DES METIERS DE L'ESS", date_debut="2021-11-18", date_fin="")],
        []),
    "Provence: the swap at L'Estaque, and a copy in Aix of the one held there": (
        [at(ESTAQUE, PLATFORM, "1"),
         at(ESTAQUE, SHEET, "t1", commune="Aix-en-Provence Jas de Bouffan", code_postal="", lieu="", adresse="",
            titre="TROC DE VETEMENTS", date_debut="2021-11-20", date_fin="")],
        []),
    "Alsace: the LOCATION of a quarter of Mulhouse against a repair café of Strasbourg": (
        [at(NEUDORF, PLATFORM, "1"),
         ics(NEUDORF, "i1", "Mulhouse-Bourtzwiller", "2021-11-13T13:00:00Z", titre="Repair café")],
        []),
    "Corse: the Corsican name of Porto-Vecchio in a spreadsheet, date only": (
        [at(PORTO_VECCHIO, PLATFORM, "1"),
         at(PORTO_VECCHIO, SHEET, "t1", commune="Portivechju", code_postal="20137", lieu="", adresse="",
            titre="VENTE SOLIDAIRE MEUBLES", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Corse: one forum's title in Ajaccio and Bastia the same day, one organiser": (
        [at(AJACCIO, PLATFORM, "1"),
         at(AJACCIO, AGENDA, "o1", lieu="Théâtre municipal", adresse="Rue Favalelli", code_postal="20200",
            commune="Bastia")],
        []),
    # La Réunion
    "La Réunion: Sainte-Clotilde for Saint-Denis, the postal code of the other": (
        [at(SAINT_DENIS_974, PLATFORM, "1"),
         at(SAINT_DENIS_974, AGENDA, "o1", commune="Saint-Denis", code_postal="97400", organisateur="RA",
            titre="Forum création d'entreprise")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "La Réunion: « Ste-Clotilde » alone in a LOCATION, an hour off": (
        [at(SAINT_DENIS_974, PLATFORM, "1"),
         ics(SAINT_DENIS_974, "i1", "Cité des Arts, Ste-Clotilde", "2021-11-19T11:00:00Z",
             titre="Forum de la création d'entreprise 974")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "La Réunion and Seine-Saint-Denis: one forum's title in the two Saint-Denis at the same instant": (
        [at(SAINT_DENIS_974, PLATFORM, "1"),
         at(SAINT_DENIS_93, AGENDA, "o1"),
         at(SAINT_DENIS_974, SHEET, "t1", lieu="", adresse="", code_postal="", commune="Saint-Denis",
            organisateur="Réunion Active", titre="FORUM CREATION ENTREPRISE", date_debut="2021-11-19", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "La Réunion: « Le Port » without a postal code, a namesake in Ariège": (
        [at(LE_PORT, PLATFORM, "1"),
         at(LE_PORT, AGENDA, "o1", code_postal="", titre="Repair café créole au Port",
            organisateur="Ti Tang Récup")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "La Réunion: « Port » for Le Port in a spreadsheet, date only": (
        [at(LE_PORT, PLATFORM, "1"),
         at(LE_PORT, SHEET, "t1", commune="PORT", code_postal="", lieu="", adresse="", titre="REPAIR CAFE",
            date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "La Réunion: a village of the Hauts for its commune, Hell-Bourg for Salazie": (
        [at(HELL_BOURG, PLATFORM, "1"),
         at(HELL_BOURG, AGENDA, "o1", commune="Hell-Bourg", code_postal="", titre="Marché péi de Hell-Bourg")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "La Réunion: Saint-Gilles-les-Bains for Saint-Paul, the postal code given": (
        [at(SAINT_GILLES, PLATFORM, "1"),
         at(SAINT_GILLES, AGENDA, "o1", commune="Saint-Gilles-les-Bains", titre="Nettoyage de la plage",
            organisateur="Association Vie Océane")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "La Réunion: La Plaine-des-Cafres for Le Tampon, in a LOCATION": (
        [at(PLAINE_DES_CAFRES, PLATFORM, "1"),
         ics(PLAINE_DES_CAFRES, "i1", "Maison du Volcan, Plaine des Cafres", "2021-11-27T05:00:00Z",
             titre="Balade plantes endémiques")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "La Réunion: one walk's title in Saint-Paul and Saint-Pierre the same morning, one organiser": (
        [at(PLAINE_DES_CAFRES, PLATFORM, "1", code_postal="97410", commune="Saint-Pierre", lieu="Terre Sainte",
            adresse=""),
         at(PLAINE_DES_CAFRES, AGENDA, "o1", code_postal="97460", commune="Saint-Paul", lieu="Étang de Saint-Paul",
            adresse="")],
        []),
    # Flandre
    "Flandre: the Flemish name on a bilingual sign, the venue alone": (
        [at(DUNKERQUE, PLATFORM, "1"),
         at(DUNKERQUE, AGENDA, "o1", commune="Dunkerque / Duinkerke", code_postal="", adresse="",
            titre="L'économie circulaire sur le littoral")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Flandre: a former commune of Dunkerque in a spreadsheet, date only": (
        [at(SAINT_POL, PLATFORM, "1"),
         at(SAINT_POL, SHEET, "t1", commune="Saint-Pol-sur-Mer", code_postal="", lieu="", adresse="",
            titre="JOB DATING INSERTION", date_debut="2021-11-23", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Flandre: the Flemish name alone in a LOCATION": (
        [at(DUNKERQUE, PLATFORM, "1"),
         ics(DUNKERQUE, "i1", "Halle aux Sucres, Duinkerke", "2021-11-16T17:00:00Z",
             titre="Économie circulaire sur le littoral")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Hauts-de-France: « Lille-Fives » as the town, no postal code": (
        [at(FIVES, PLATFORM, "1"),
         at(FIVES, AGENDA, "o1", commune="Lille-Fives", code_postal="", lieu="MQ Fives",
            titre="Fresque de la Mobilité à Fives")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Hauts-de-France: two mobility frescos in Lille the same evening, Fives and Moulins": (
        [at(FIVES, PLATFORM, "1"),
         at(FIVES, AGENDA, "o1", commune="Lille-Moulins", code_postal="", lieu="Maison Folie Moulins",
            adresse="47/49 rue d'Arras", organisateur="Fresque de la Mobilité Lille")],
        []),
    # Provence, Occitanie
    "Provence: « Aix-les-Milles » for Aix-en-Provence, no postal code": (
        [at(LES_MILLES, PLATFORM, "1"),
         at(LES_MILLES, AGENDA, "o1", commune="Aix-les-Milles", code_postal="", organisateur="PAI",
            titre="Matinale entrepreneurs solidaires")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Provence: « Aix » for Aix-en-Provence in a spreadsheet, date only": (
        [at(AIX, PLATFORM, "1"),
         at(AIX, SHEET, "t1", commune="Aix", code_postal="", lieu="", adresse="",
            titre="RENCONTRE ACTEURS ESS PAYS D'AIX", date_debut="2021-11-22", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Provence: a quarter of Marseille after the town, no postal code": (
        [at(ESTAQUE, PLATFORM, "1"),
         at(ESTAQUE, AGENDA, "o1", commune="Marseille L'Estaque", code_postal="", titre="Troc vêtements à l'Estaque")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Provence: « Marseille 16ème » and « 13016 » against the town and its quarter": (
        [at(ESTAQUE, PLATFORM, "1"),
         at(ESTAQUE, SHEET, "t1", commune="MARSEILLE 16EME", code_postal="", lieu="", adresse="",
            titre="TROC DE VETEMENTS", date_debut="2021-11-20", date_fin=""),
         ics(ESTAQUE, "i1", "Espace Mistral, 13016 Marseille", "2021-11-20T13:00:00Z", titre="Troc de fringues")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "Provence: two clothes swaps in Marseille the same afternoon, 16e and 15e": (
        [at(ESTAQUE, PLATFORM, "1"),
         at(ESTAQUE, AGENDA, "o1", lieu="Centre social", adresse="", code_postal="", commune="Marseille 15e",
            organisateur="Centre social Saint-Louis")],
        []),
    "Provence: Nice as « Nissa » on a bilingual sign": (
        [at(NICE, PLATFORM, "1"),
         at(NICE, AGENDA, "o1", commune="Nice - Nissa", code_postal="", lieu="MDA Garibaldi",
            titre="Forum du bénévolat 2021")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Occitanie: Montpellier as « Montpelhièr », the network's acronym": (
        [at(MONTPELLIER, PLATFORM, "1"),
         at(MONTPELLIER, AGENDA, "o1", commune="Montpellier / Montpelhièr", code_postal="",
            organisateur="URSCOP Occitanie", titre="Entreprendre en Scop : soirée")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Lyon: « Lyon 9e Vaise », the town hall of the arrondissement": (
        [at(VAISE, PLATFORM, "1"),
         at(VAISE, AGENDA, "o1", commune="Lyon 9e Vaise", code_postal="", lieu="Mairie du 9ème",
            titre="Forum des assos solidaires du 9e")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Lyon: « Lyon IXe » and « 69009 » in a LOCATION": (
        [at(VAISE, PLATFORM, "1"),
         at(VAISE, SHEET, "t1", commune="Lyon IXe", code_postal="", lieu="", adresse="",
            titre="FORUM ASSOCIATIONS SOLIDAIRES", date_debut="2021-11-20", date_fin=""),
         ics(VAISE, "i1", "Mairie du 9e, 6 place du Marché, 69009 Lyon", "2021-11-20T09:00:00Z",
             titre="Forum associations solidaires Lyon 9")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    # Savoie, Haute-Savoie
    "Haute-Savoie: the commune déléguée for the commune nouvelle": (
        [at(SEYNOD, PLATFORM, "1"),
         at(SEYNOD, AGENDA, "o1", commune="Seynod", titre="Repair café de Seynod")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Haute-Savoie: two repair cafés in Annecy the same afternoon, Seynod and Cran-Gevrier": (
        [at(SEYNOD, PLATFORM, "1"),
         at(SEYNOD, AGENDA, "o1", lieu="Salle des fêtes", adresse="", code_postal="74960", commune="Cran-Gevrier",
            organisateur="Cran Répare")],
        []),
    "Haute-Savoie: « Annecy le Vieux » in a LOCATION, the film's title written otherwise": (
        [at(ANNECY_LE_VIEUX, PLATFORM, "1"),
         ics(ANNECY_LE_VIEUX, "i1", "Espace Rencontre, Annecy le Vieux", "2021-11-19T19:00:00Z",
             titre="Ciné-débat : Ma part du gâteau")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Savoie: « Chambéry-le-Haut » as the town, no postal code": (
        [at(CHAMBERY, PLATFORM, "1"),
         at(CHAMBERY, AGENDA, "o1", commune="Chambéry-le-Haut", code_postal="", organisateur="CSI Chambéry",
            titre="Bourse aux vêtements")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    # Towns said short, namesakes
    "Essonne: « Evry » for Évry-Courcouronnes, a namesake in the Yonne, date only": (
        [at(EVRY, PLATFORM, "1"),
         at(EVRY, SHEET, "t1", commune="EVRY", code_postal="", lieu="", adresse="",
            titre="ATELIER CREER SON ENTREPRISE SOLIDAIRE", date_debut="2021-11-17", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Ardennes: « Charleville » for Charleville-Mézières, a namesake in the Marne": (
        [at(CHARLEVILLE, PLATFORM, "1"),
         at(CHARLEVILLE, AGENDA, "o1", commune="Charleville", code_postal="", organisateur="Ardennes solidaires",
            titre="La monnaie locale des Ardennes : conférence")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Drôme: « Valence » without a postal code, namesakes in two other départements": (
        [at(VALENCE, PLATFORM, "1"),
         at(VALENCE, SHEET, "t1", code_postal="", lieu="", adresse="", titre="CONCERT SOLIDAIRE",
            date_debut="2021-11-26", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Drôme and Tarn-et-Garonne: one concert's title in the two Valence the same evening": (
        [at(VALENCE, PLATFORM, "1"),
         at(VALENCE, AGENDA, "o1", lieu="Salle des fêtes", adresse="", code_postal="82400",
            organisateur="Comité des fêtes de Valence d'Agen")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_hand_written_cases_of_towns_written_in_more_than_one_way(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}


@pytest.mark.parametrize(("written", "communes"), [
    ("Strasbourg-Neudorf", {"67482"}), ("STRASBOURG NEUDORF", {"67482"}), ("Bastia Lupino", {"2B033"}),
    ("Marseille L'Estaque", {"13055"}), ("Lyon 9e Vaise", {"69123"}), ("Lille-Fives", {"59350"}),
    ("Metz-Borny", {"57463"}),  # Borny, a former commune of Metz's, is no other commune
    ("Chambéry-le-Haut", {"73065"}),
    # a town whose namesakes are villages: La Rochelle (Haute-Saône, about 100 inhabitants), Valence (Charente)
    ("La Rochelle Mireuil", {"17300"}), ("La Rochelle Villeneuve-les-Salines", {"17300"}),
    ("Valence Fontbarlettes", {"26362"}),
    # Not a quarter: another commune, an intercommunality, a territory's word, a town too small or with namesakes
    ("Paris-Saclay", set()), ("Lyon Villeurbanne", set()), ("Nantes Métropole", set()), ("Grenoble Alpes", set()),
    ("Aix-les-Milles", set()), ("Saint-Denis Bas de la Rivière", set()),
    # A quarter named as small communes of other régions (La Bastide, Lalande, Le Port) is a quarter; not as a commune
    # of the town's région (La Madeleine, by Lille; La Trinité, by Nice; Moulins, Aisne) nor a large one (Malakoff,
    # Maurepas, Beauvais)
    ("Bordeaux Bastide", {"33063"}), ("Bordeaux - Bastide", {"33063"}), ("Toulouse - Lalande", {"31555"}),
    ("Lorient Port", {"56121"}), ("Lille Madeleine", set()), ("Nice Trinité", set()), ("Lille-Moulins", set()),
    ("Nantes Malakoff", set()), ("Rennes Maurepas", set()), ("Paris Beauvais", set()), ("Paris Orly", set()),
    ("Nantes Rennes", set()),
])
def test_a_town_with_quarters_written_before_one_is_that_town(index: CommuneIndex, written, communes):
    assert index.candidates("", "", written) == communes
    assert index.is_commune_name(written) == bool(communes)
