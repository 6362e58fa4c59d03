"""Cases of the merge issue's classes written by hand in other regions than the generated sets' (Hauts-de-France,
Nouvelle-Aquitaine, Pays de la Loire, Corse, Auvergne-Rhône-Alpes, Occitanie, Île-de-France, La Réunion,
Bourgogne-Franche-Comté, Provence-Alpes-Côte d'Azur, Isère), as four
sources of a region list them: the platform, a CRESS OpenAgenda, a local network's iCalendar (its LOCATION in
`adresse`), a CRESS spreadsheet. Each case gives the groups of more than one record the merge must publish (none: every
record alone)."""

import pytest

from assets.lib.dedup import LISTED_TWICE_MOTIF, deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
NO_PLACE = dict(lieu="", adresse="", code_postal="", commune="")
ROUBAIX = dict(lieu="La Ferme du Sens", adresse="4 rue de Lannoy", code_postal="59100", commune="Roubaix",
               latitude=None, longitude=None, organisateur="Association Zéro Déchet Roubaix",
               titre="Atelier fabrication de produits ménagers", date_debut="2021-11-20T10:00:00+01:00",
               date_fin="2021-11-20T12:00:00+01:00", description="", type_evenement="formation_atelier",
               modalite="presentiel", edition=2021)
BORDEAUX = dict(ROUBAIX, lieu="Darwin Écosystème", adresse="87 quai des Queyries", code_postal="33100",
                commune="Bordeaux", organisateur="École de la Deuxième Chance de Bordeaux",
                titre="Portes ouvertes de l'E2C Bordeaux",
                date_debut="2021-11-17T14:00:00+01:00", date_fin="2021-11-17T17:00:00+01:00")
WEBINAR = dict(ROUBAIX, **NO_PLACE, organisateur="France Active Pays de la Loire", modalite="en_ligne",
               titre="Webinaire : les prêts d'honneur solidaires", date_debut="2021-11-17T12:30:00+01:00",
               date_fin="2021-11-17T13:30:00+01:00")

NANTES = dict(ROUBAIX, lieu="Maison de l'ESS", adresse="8 rue de Saint-Domingue", code_postal="44200", commune="Nantes",
              organisateur="France Active Pays de la Loire", titre="Atelier : financer son projet ESS",
              date_debut="2021-11-18T14:00:00+01:00", date_fin="2021-11-18T16:00:00+01:00")
AJACCIO = dict(ROUBAIX, lieu="Espace Diamant", adresse="Boulevard Pascal Rossini", code_postal="20000",
               commune="Ajaccio", organisateur="CRESS Corse", titre="Table ronde : l'ESS et le tourisme durable",
               date_debut="2021-11-16T17:00:00+01:00", date_fin="2021-11-16T19:00:00+01:00")
GRENOBLE = dict(ROUBAIX, lieu="", adresse="Place de la République", code_postal="38000", commune="Grenoble",
                organisateur="Ville de Grenoble", titre="Marché de Noël solidaire",
                date_debut="2021-11-27T10:00:00+01:00", date_fin="2021-11-27T18:00:00+01:00")
TOULOUSE = dict(ROUBAIX, lieu="Quai des Savoirs", adresse="39 allées Jules Guesde", code_postal="31000",
                commune="Toulouse", organisateur="Toulouse Métropole", titre="Village des initiatives solidaires",
                date_debut="2021-11-13T10:00:00+01:00", date_fin="2021-11-13T17:00:00+01:00")
LYON = dict(ROUBAIX, lieu="Maison de l'économie solidaire", adresse="10 rue Dumenge", code_postal="69004",
            commune="Lyon", organisateur="Rhône Solidarités Numériques",
            titre="Atelier numérique : reconditionner son ordinateur",
            date_debut="2021-11-16T14:00:00+01:00", date_fin="2021-11-16T17:00:00+01:00")
PARIS = dict(ROUBAIX, lieu="La REcyclerie", adresse="83 boulevard Ornano", code_postal="75018", commune="Paris",
             organisateur="Les Canaux", titre="Forum des achats responsables",
             date_debut="2021-11-23T09:30:00+01:00", date_fin="2021-11-23T13:00:00+01:00")
REUNION = dict(ROUBAIX, lieu="Case de quartier", adresse="12 rue Juliette Dodu", code_postal="97400",
               commune="Saint-Denis", organisateur="CRESS de La Réunion", titre="Rencontre des entreprises de l'ESS",
               date_debut="2021-11-18T09:00:00+04:00", date_fin="2021-11-18T12:00:00+04:00")
SAINT_ETIENNE = dict(ROUBAIX, lieu="Salle des fêtes", adresse="Place du Général de Gaulle", code_postal="42000",
                     commune="Saint-Étienne", organisateur="Association Ressourcerie Stéphanoise", titre="Repair café",
                     date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T18:00:00+01:00")
DIJON = dict(ROUBAIX, lieu="Maison des associations", adresse="2 rue des Corroyeurs", code_postal="21000",
             commune="Dijon",
             organisateur="Fédération des œuvres laïques de Côte-d'Or", titre="Ciné-débat : Demain",
             date_debut="2021-11-19T20:00:00+01:00", date_fin="2021-11-19T22:30:00+01:00")
MARSEILLE = dict(ROUBAIX, lieu="Friche la Belle de Mai", adresse="41 rue Jobin", code_postal="13003",
                 commune="Marseille",
                 organisateur="Maison des jeunes et de la culture Belle de Mai", titre="Forum des associations du 3e",
                 date_debut="2021-11-13T10:00:00+01:00", date_fin="2021-11-13T18:00:00+01:00")
LANDERNEAU = dict(ROUBAIX, lieu="Maison des Initiatives", adresse="87 allée Victor Hugo", code_postal="29800",
                  commune="Landerneau", organisateur="Réseau Cohérence", titre="Apéro-débat : la pair-aidance (CIÉR)",
                  date_debut="2021-11-17T18:30:00+01:00", date_fin="2021-11-17T20:30:00+01:00")
RENNES = dict(ROUBAIX, lieu="Maison de quartier de Villejean", adresse="2 rue de Bourgogne", code_postal="35000",
              commune="Rennes", organisateur="Répar'Acteurs Rennes", titre="Repair café de Villejean",
              date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
ROUEN = dict(ROUBAIX, lieu="Le 106", adresse="Quai Jean de Béthencourt", code_postal="76100", commune="Rouen",
             organisateur="Normandie Équitable", titre="Concert solidaire du Mois de l'ESS",
             date_debut="2021-11-19T20:00:00+01:00", date_fin="2021-11-19T23:00:00+01:00", type_evenement="autre")
TOURS = dict(ROUBAIX, lieu="Le Petit Faucheux", adresse="12 rue Léonard de Vinci", code_postal="37000", commune="Tours",
             organisateur="Ciné Off", titre="Ciné-débat « Demain »", date_debut="2021-11-23T20:00:00+01:00",
             date_fin="2021-11-23T22:30:00+01:00", type_evenement="projection")
STRASBOURG = dict(ROUBAIX, lieu="Centre socioculturel du Neudorf", adresse="12 rue Victor Hugo", code_postal="67100",
                  commune="Strasbourg", organisateur="Maison de l'emploi de Strasbourg",
                  titre="Forum de l'emploi dans l'ESS", date_debut="2021-11-18T14:00:00+01:00",
                  date_fin="2021-11-18T18:00:00+01:00")
BEGARD = dict(ROUBAIX, lieu="Ressourcerie Ti Récup", adresse="Lieu-dit Kerampuil", code_postal="22140",
              commune="Bégard", organisateur="Ti Récup", titre="Portes ouvertes de la ressourcerie",
              date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00")
RENNES_MCE = dict(ROUBAIX, lieu="Maison de la consommation et de l'environnement", adresse="48 boulevard Magenta",
                  code_postal="35000", commune="Rennes", organisateur="Les Amis de la Terre Rennes",
                  titre="Conférence : la sobriété numérique", date_debut="2021-11-16T18:30:00+01:00",
                  date_fin="2021-11-16T20:30:00+01:00")
BREST_ROBOTS = dict(ROUBAIX, lieu="Les Capucins", adresse="25 rue de Pontaniou", code_postal="29200", commune="Brest",
                    organisateur="Les Petits Débrouillards Grand Ouest",
                    titre="Fabrique ton robot avec des objets de récup", date_debut="2021-11-13T14:00:00+01:00",
                    date_fin="2021-11-13T17:00:00+01:00")
ORLEANS = dict(ROUBAIX, lieu="Maison des associations", adresse="46 ter rue Sainte-Catherine", code_postal="45000",
               commune="Orléans", organisateur="Loiret Nature Environnement", titre="Brunch solidaire",
               date_debut="2021-11-21T11:00:00+01:00", date_fin="2021-11-21T14:00:00+01:00", type_evenement="autre")
CAEN = dict(ROUBAIX, lieu="Le Pavillon", adresse="10 quai François Mitterrand", code_postal="14000", commune="Caen",
            organisateur="ADRESS Normandie", titre="Table ronde : l'ESS et le climat",
            date_debut="2021-11-18T12:00:00+01:00", date_fin="2021-11-18T14:00:00+01:00", type_evenement="autre")
BESANCON = dict(ROUBAIX, lieu="Maison de quartier de Planoise", adresse="5 rue Picasso", code_postal="25000",
                commune="Besançon", organisateur="Les Jeunes Pousses", titre="Rallye découverte de l'ESS",
                date_debut="2021-11-13T14:00:00+01:00", date_fin="2021-11-13T17:00:00+01:00", type_evenement="autre")
POITIERS = dict(ROUBAIX, lieu="Parc de Blossac", adresse="12 rue de la Tranchée", code_postal="86000",
                commune="Poitiers",
                organisateur="Les Jardins de Cocagne de Poitiers", titre="Marché solidaire des producteurs",
                date_debut="2021-11-20", date_fin="", type_evenement="autre")
CAEN_MARKET = dict(ROUBAIX, lieu="Halle aux Granges", adresse="3 rue Saint-Pierre", code_postal="14000", commune="Caen",
                   organisateur="Artisans du Monde Caen", titre="Marché du commerce équitable",
                   date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T18:00:00+01:00",
                   type_evenement="autre")
NANCY_MRES = dict(ROUBAIX, lieu="Maison Régionale de l'Économie Sociale", adresse="3 rue de Saurupt",
                  code_postal="54000", commune="Nancy", organisateur="CRESS Grand Est",
                  titre="Venez visiter la Maison Régionale de l'Économie Sociale",
                  date_debut="2021-11-21T16:00:00+01:00", date_fin="2021-11-21T17:30:00+01:00", type_evenement="autre")
ANGERS = dict(ROUBAIX, lieu="Maison pour tous des Justices", adresse="5 place des Justices", code_postal="49000",
              commune="Angers", organisateur="Bricol'Angers", titre="Repair café des Justices",
              date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
LE_HAVRE = dict(ROUBAIX, lieu="Le Sillon", adresse="14 avenue du Bassin", code_postal="76600", commune="Le Havre",
                organisateur="Les Films du Bocal", titre="Ciné-débat « Le Dernier Chantier »",
                date_debut="2021-11-18T20:00:00+01:00", date_fin="2021-11-18T22:30:00+01:00",
                type_evenement="projection")
ROUEN_BRECHE = dict(ROUBAIX, lieu="La Brèche", adresse="65 allée Guillaume le Conquérant", code_postal="76000",
                    commune="Rouen", organisateur="Archipel", titre="Marché de l'ESS", type_evenement="autre",
                    date_debut="2021-11-12T14:00:00+01:00", date_fin="2021-11-12T18:00:00+01:00")
HYBRID = dict(lieu="Maison de l'ESS", adresse="8 rue de Saint-Domingue", code_postal="44200", commune="Nantes",
              modalite="hybride", titre="Conférence : les prêts d'honneur solidaires")


def at(base: dict, source: str, identifier: str, **changes) -> dict:
    return event(source, identifier, **{**base, **changes})


CASES = {
    "online: a meeting link, « Distanciel », a LOCATION link an hour off in UTC": (
        [at(WEBINAR, PLATFORM, "1", titre="Webinaire : créer une SCIC", url="https://meet.jit.si/creer-une-scic-hdf",
            organisateur="Union régionale des Scop Hauts-de-France"),
         at(WEBINAR, AGENDA, "o1", titre="Créer une SCIC : mode d'emploi", lieu="Distanciel",
            organisateur="URSCOP HDF"),
         at(WEBINAR, ICS, "i1", titre="Créer une SCIC (visio)", adresse="https://meet.jit.si/creer-une-scic-hdf",
            organisateur="", date_debut="2021-11-17T11:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "online: a registration page against « Lien communiqué après inscription »": (
        [at(WEBINAR, PLATFORM, "1", url="https://www.helloasso.com/associations/fa-pdl/evenements/webinaire-pret"),
         at(WEBINAR, AGENDA, "o1", lieu="Lien communiqué après inscription",
            titre="Les prêts d'honneur solidaires (webinaire)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "online: a Teams link against « Visioconférence », the title reworded": (
        [at(WEBINAR, PLATFORM, "1", titre="Webinaire – Financer son projet ESS avec France Active",
            url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC"),
         at(WEBINAR, AGENDA, "o1", titre="Comment financer son projet ESS ?", lieu="Visioconférence",
            organisateur="France Active PDL")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "the venue alone in a LOCATION an hour off, the title reworded, no organiser": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, ICS, "i1", titre="Fabriquer ses produits ménagers", **{**NO_PLACE, "adresse": "La Ferme du Sens"},
            organisateur="", date_debut="2021-11-20T10:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "the street written « 4, rue », an acronym, no time": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, SHEET, "t1", titre="ATELIER FABRICATION PRODUITS MENAGERS", lieu="", adresse="4, rue de Lannoy",
            organisateur="AZDR", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "a LOCATION in parts between dashes": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, ICS, "i1", **{**NO_PLACE, "adresse": "La Ferme du Sens - 4 rue de Lannoy - 59100 Roubaix"},
            organisateur="", date_debut="2021-11-20T09:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "boilerplate, a typo and a suffix in the title": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, AGENDA, "o1", titre="Mois de l'ESS 2021 - Atelier fabricaiton de produits ménagers (gratuit)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a former commune's name with the postal code of the town that absorbed it": (
        [at(ROUBAIX, PLATFORM, "1", titre="Forum de l'emploi solidaire", lieu="Salle des fêtes",
            adresse="1 place de la Mairie",
            code_postal="59260", commune="Lille", organisateur="Hellemmes Solidarité"),
         at(ROUBAIX, SHEET, "t1", titre="Forum emploi solidaire", lieu="Salle des fêtes", adresse="1 pl. de la Mairie",
            code_postal="", commune="Hellemmes", organisateur="Hellemmes Solidarité", date_debut="2021-11-20",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the organiser's initials in the LOCATION copy's title": (
        [at(ROUBAIX, PLATFORM, "1", titre="Ciné-débat « Demain »", lieu="Cinéma Le Méliès", adresse="Rue Traversière",
            code_postal="59650", commune="Villeneuve-d'Ascq", organisateur="Collectif pour une Transition Citoyenne",
            date_debut="2021-11-25T20:00:00+01:00", date_fin="2021-11-25T22:30:00+01:00"),
         at(ROUBAIX, ICS, "i1", titre="CTC – Projection-débat : Demain",
            **{**NO_PLACE, "adresse": "Le Méliès, Villeneuve-d'Ascq"}, organisateur="",
            date_debut="2021-11-25T19:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "a fair over two days against the LOCATION's day listings": (
        [at(ROUBAIX, PLATFORM, "1", titre="Salon de l'ESS de la Métropole", lieu="Grand Palais",
            adresse="1 boulevard des Cités Unies", code_postal="59800", commune="Lille",
            organisateur="CRESS Hauts-de-France", date_debut="2021-11-25T09:00:00+01:00",
            date_fin="2021-11-26T18:00:00+01:00"),
         at(ROUBAIX, ICS, "i1", titre="Salon de l'ESS (jour 1)", **{**NO_PLACE, "adresse": "Grand Palais, Lille"},
            organisateur="", date_debut="2021-11-25T08:00:00Z", date_fin="2021-11-25T17:00:00Z"),
         at(ROUBAIX, ICS, "i2", titre="Salon de l'ESS (jour 2)", **{**NO_PLACE, "adresse": "Grand Palais, Lille"},
            organisateur="", date_debut="2021-11-26T08:00:00Z", date_fin="2021-11-26T17:00:00Z")],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{ICS}:i2"}]),
    "capitals, « 2e » for « Deuxième », a floating LOCATION time with the venue alone": (
        [at(BORDEAUX, PLATFORM, "1"),
         at(BORDEAUX, SHEET, "t1", organisateur="ECOLE DE LA 2E CHANCE DE BORDEAUX", titre="PORTES OUVERTES E2C",
            date_debut="2021-11-17", date_fin=""),
         at(BORDEAUX, ICS, "i1", titre="Portes ouvertes – École de la 2e Chance", **{**NO_PLACE, "adresse": "Darwin"},
            organisateur="", date_debut="2021-11-17T14:00:00", date_fin="2021-11-17T17:00:00")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "an acronym written with dots": (
        [at(BORDEAUX, PLATFORM, "1", organisateur="Association Zéro Déchet Bordeaux", titre="Atelier furoshiki"),
         at(BORDEAUX, AGENDA, "o1", organisateur="A.Z.D.B.", titre="Atelier Furoshiki : emballer sans jeter")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a visit named after the venue against « Portes ouvertes »": (
        [at(BORDEAUX, PLATFORM, "1", titre="Visite de Darwin Écosystème", organisateur="Darwin"),
         at(BORDEAUX, AGENDA, "o1", titre="Portes ouvertes", organisateur="Darwin")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a title cut at 50 characters with a typo": (
        [at(BORDEAUX, PLATFORM, "1", titre="Conférence : l'économie sociale et solidaire face au défi climatique"),
         at(BORDEAUX, SHEET, "t1", titre="Conférence : l'économie sociale et solidiare face a", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "an HTML entity and an emoji in the title": (
        [at(BORDEAUX, PLATFORM, "1", titre="Troc & Partage de graines"),
         at(BORDEAUX, AGENDA, "o1", titre="🌱 Troc &amp; partage de graines")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a hybrid event at its venue that another source lists as online alone": (
        [at(WEBINAR, PLATFORM, "1", **HYBRID), at(WEBINAR, AGENDA, "o1", lieu="En ligne", titre=HYBRID["titre"])],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "an acronym in two pieces, no time": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, SHEET, "t1", organisateur="FA PDL", titre="Atelier financer son projet", date_debut="2021-11-18",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "a street without a number, abbreviated, against the venue at it; a LOCATION of the town alone": (
        [at(AJACCIO, PLATFORM, "1"),
         at(AJACCIO, AGENDA, "o1", lieu="", adresse="Bd Pascal Rossini", titre="Tourisme durable et ESS : table ronde"),
         at(AJACCIO, ICS, "i1", **{**NO_PLACE, "adresse": "Ajaccio"}, organisateur="",
            titre="Table ronde ESS et tourisme durable", date_debut="2021-11-16T16:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "a square alone against a venue on it, and in a LOCATION with its postal code an hour off": (
        [at(GRENOBLE, PLATFORM, "1"),
         at(GRENOBLE, AGENDA, "o1", lieu="Halle Sainte-Claire", titre="Marché de Noël solidaire 2021"),
         at(GRENOBLE, ICS, "i1", **{**NO_PLACE, "adresse": "Pl. de la République 38000 Grenoble"}, organisateur="",
            date_debut="2021-11-27T09:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "a venue named like a street, before its numbered street or alone": (
        [at(TOULOUSE, PLATFORM, "1"),
         at(TOULOUSE, SHEET, "t1", lieu="", adresse="Quai des Savoirs, 39 allées Jules-Guesde", date_debut="2021-11-13",
            date_fin=""),
         at(TOULOUSE, ICS, "i1", **{**NO_PLACE, "adresse": "Quai des Savoirs, Toulouse"}, organisateur="",
            date_debut="2021-11-13T09:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "an address ending with its country, against the venue": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, AGENDA, "o1", lieu="", adresse="4 Rue de Lannoy, 59100 Roubaix, France",
            titre="Produits ménagers")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a street type of the West and of Lyon (« Mail », « Montée »), against the venue": (
        [at(ROUBAIX, PLATFORM, "1", lieu="Le Mabilay", adresse="2 mail Louise Bourgeois", code_postal="35000",
            commune="Rennes"),
         at(ROUBAIX, SHEET, "t1", lieu="", adresse="2, mail Louise-Bourgeois", code_postal="35000", commune="Rennes",
            date_debut="2021-11-20", date_fin=""),
         at(ROUBAIX, PLATFORM, "2", lieu="Maison des passages", adresse="44 rue Saint-Georges", code_postal="69005",
            commune="Lyon"),
         at(ROUBAIX, AGENDA, "o2", lieu="", adresse="44 montée Saint-Georges", code_postal="69005", commune="Lyon")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "a mall without a number with its country, against the venue on it; the square against a venue alone": (
        [at(ROUBAIX, PLATFORM, "1", lieu="Maison des associations", adresse="Mail d'Antrain", code_postal="35600",
            commune="Redon"),
         at(ROUBAIX, AGENDA, "o1", lieu="", adresse="Mail d'Antrain, 35600 Redon, France", code_postal="35600",
            commune="Redon"),
         at(GRENOBLE, AGENDA, "o2", adresse="Place des Forges", code_postal="35000", commune="Rennes",
            organisateur="Ville de Rennes", titre="Atelier découverte du bénévolat"),
         at(GRENOBLE, ICS, "i2", **{**NO_PLACE, "adresse": "Hôtel de ville"}, organisateur="",
            titre="Atelier découverte du bénévolat", date_debut="2021-11-27", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}, {f"{AGENDA}:o2", f"{ICS}:i2"}]),
    # Forms of other regions the merge read before these cases were written, kept as they are.
    "an arrondissement for the town, no postal code, the number before a comma": (
        [at(LYON, PLATFORM, "1"),
         at(LYON, SHEET, "t1", code_postal="", commune="Lyon 4e", adresse="10, rue Dumenge", date_debut="2021-11-16",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "a CEDEX town with a company's postal code and a CS box": (
        [at(LYON, PLATFORM, "1"),
         at(LYON, SHEET, "t1", adresse="10 rue Dumenge CS 10001", code_postal="69317", commune="Lyon Cedex 04",
            date_debut="2021-11-16", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "the venue and « Paris 18e » in a LOCATION an hour off": (
        [at(PARIS, PLATFORM, "1"),
         at(PARIS, ICS, "i1", **{**NO_PLACE, "adresse": "La Recyclerie, Paris 18e"}, organisateur="",
            titre="Forum achats responsables", date_debut="2021-11-23T08:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "La Réunion: a floating LOCATION time read in Paris time, the département in brackets": (
        [at(REUNION, PLATFORM, "1"),
         at(REUNION, ICS, "i1", **{**NO_PLACE, "adresse": "Case de quartier, Saint-Denis (974)"}, organisateur="",
            titre="Rencontre des entreprises ESS", date_debut="2021-11-18T08:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« St Etienne », « Pl. du Gal de Gaulle », no time": (
        [at(SAINT_ETIENNE, PLATFORM, "1"),
         at(SAINT_ETIENNE, SHEET, "t1", commune="St Etienne", code_postal="", adresse="Pl. du Gal de Gaulle",
            titre="Repair Café", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # Hard negatives.
    "two repair cafés in Saint-Étienne the same afternoon, a LOCATION of the town alone an hour off": (
        [at(SAINT_ETIENNE, PLATFORM, "1"),
         at(SAINT_ETIENNE, AGENDA, "o1", lieu="Amicale laïque Chapelon", adresse="5 rue Chapelon",
            organisateur="Amicale laïque Chapelon"),
         at(SAINT_ETIENNE, ICS, "i1", **{**NO_PLACE, "adresse": "Saint-Étienne"}, organisateur="",
            date_debut="2021-11-20T14:00:00Z", date_fin="")],
        []),
    "one forum title in two arrondissements of Paris": (
        [at(PARIS, PLATFORM, "1"),
         at(PARIS, AGENDA, "o1", code_postal="75011", adresse="12 rue Oberkampf", lieu="Le Pavillon",
            organisateur="Ville de Paris")],
        []),
    "a town's market on two squares the same day": (
        [at(GRENOBLE, PLATFORM, "1"), at(GRENOBLE, AGENDA, "o1", adresse="Place Saint-Bruno"),
         at(GRENOBLE, SHEET, "t1", adresse="Pl. Saint-Bruno", date_debut="2021-11-27", date_fin="")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "a square against a numbered street elsewhere in the town": (
        [at(GRENOBLE, PLATFORM, "1"), at(GRENOBLE, AGENDA, "o1", adresse="12 rue Saint-Laurent")],
        []),
    "an acronym in two pieces that another region's body does not spell, no time": (
        [at(NANTES, PLATFORM, "1", organisateur="France Active Bretagne"),
         at(NANTES, SHEET, "t1", organisateur="FA PDL", titre="Atelier financer son projet", date_debut="2021-11-18",
            date_fin="")],
        []),
    "a hybrid event and another organiser's webinar of its title at its hour": (
        [at(WEBINAR, PLATFORM, "1", **HYBRID),
         at(WEBINAR, AGENDA, "o1", lieu="En ligne", titre=HYBRID["titre"], organisateur="Initiative Loire-Atlantique")],
        []),
    "two Disco Soupes in Lille the same evening, a LOCATION « Lille » an hour off": (
        [at(ROUBAIX, PLATFORM, "1", titre="Disco Soupe", lieu="Gare Saint-Sauveur",
            adresse="17 boulevard Jean-Baptiste Lebas",
            code_postal="59000", commune="Lille", organisateur="Disco Soupe Lille",
            date_debut="2021-11-19T18:00:00+01:00", date_fin="2021-11-19T21:00:00+01:00"),
         at(ROUBAIX, PLATFORM, "2", titre="Disco Soupe", lieu="Maison Folie Wazemmes", adresse="70 rue des Sarrazins",
            code_postal="59000", commune="Lille", organisateur="Les Anges Gardins",
            date_debut="2021-11-19T18:30:00+01:00", date_fin="2021-11-19T21:00:00+01:00"),
         at(ROUBAIX, ICS, "i1", titre="Disco soupe", **{**NO_PLACE, "adresse": "Lille"}, organisateur="",
            date_debut="2021-11-19T18:00:00Z", date_fin="")],
        # The two stay apart; the LOCATION's copy is the one a whole hour off (a time read in UTC), not the one half
        # an hour off.
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "one organiser's two workshops the same day at the same venue": (
        [at(ROUBAIX, PLATFORM, "1", titre="Atelier couture zéro déchet"),
         at(ROUBAIX, PLATFORM, "2", titre="Atelier cosmétiques maison", date_debut="2021-11-20T14:00:00+01:00",
            date_fin="2021-11-20T16:00:00+01:00"),
         at(ROUBAIX, AGENDA, "o1", titre="Atelier couture zéro déchet"),
         at(ROUBAIX, AGENDA, "o2", titre="Atelier cosmétiques maison", date_debut="2021-11-20T14:00:00+01:00",
            date_fin="2021-11-20T16:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}, {f"{PLATFORM}:2", f"{AGENDA}:o2"}]),
    "two organisers' workshops of one title at one venue, morning and afternoon": (
        [at(BORDEAUX, PLATFORM, "1", titre="Atelier vélo", organisateur="Vélo-Cité",
            date_debut="2021-11-20T10:00:00+01:00",
            date_fin="2021-11-20T12:00:00+01:00"),
         at(BORDEAUX, PLATFORM, "2", titre="Atelier vélo", organisateur="Récup'R",
            date_debut="2021-11-20T15:00:00+01:00",
            date_fin="2021-11-20T17:00:00+01:00"),
         at(BORDEAUX, AGENDA, "o1", titre="Atelier vélo", organisateur="Vélo-Cité",
            date_debut="2021-11-20T10:00:00+01:00", date_fin="2021-11-20T12:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "one title at one hour in two towns": (
        [at(BORDEAUX, PLATFORM, "1", titre="Repair café", organisateur="Repair Café Bordeaux",
            lieu="Maison de quartier", adresse="2 rue Mandron", code_postal="33000", commune="Bordeaux"),
         at(BORDEAUX, AGENDA, "o1", titre="Repair café", organisateur="Repair Café Mérignac",
            lieu="Maison des associations", adresse="55 avenue du Maréchal Leclerc", code_postal="33700",
            commune="Mérignac")],
        []),
    "the organiser as its acronym and département number, date only": (
        [at(DIJON, PLATFORM, "1"),
         at(DIJON, SHEET, "s1", organisateur="FOL 21", titre="Ciné débat « Demain »", date_debut="2021-11-19",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a dotted acronym before the rest of the name, the arrondissement as « 3EME », no postal code": (
        [at(MARSEILLE, PLATFORM, "1"),
         at(MARSEILLE, SHEET, "s1", commune="MARSEILLE 3EME", code_postal="", organisateur="M.J.C. Belle de Mai",
            date_debut="2021-11-13", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "an acronym credited, named in the title of a network's copy": (
        [at(LANDERNEAU, AGENDA, "o1"),
         at(LANDERNEAU, SHEET, "s1", organisateur="CIÉR", titre="Apéro-débat : la pair-aidance", lieu="", adresse="",
            date_debut="2021-11-17", date_fin="")],
        [{f"{AGENDA}:o1", f"{SHEET}:s1"}]),
    "an overseas time written as UTC (a floating ICS time) against the same time with its own offset": (
        [at(REUNION, PLATFORM, "1"),
         at(REUNION, ICS, "i1", organisateur="", lieu="", adresse="Case de quartier, Saint-Denis", code_postal="",
            commune="", date_debut="2021-11-18T09:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "two overseas events at one place four hours apart, both with their territory's own offset": (
        [at(REUNION, PLATFORM, "1"),
         at(REUNION, AGENDA, "o1", titre="Après-midi des entreprises de l'ESS", date_debut="2021-11-18T13:00:00+04:00",
            date_fin="2021-11-18T16:00:00+04:00")],
        []),
    "a street named after a person, the given name as its initial, date only": (
        [at(NANTES, PLATFORM, "1", lieu="", adresse="3 avenue Jean-Claude Bonduelle", titre="Repair café",
            code_postal="44000"),
         at(NANTES, SHEET, "s1", lieu="", adresse="3 av. J.-C. Bonduelle", titre="Repair Café", code_postal="44000",
            date_debut="2021-11-18", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a house number range against one of its numbers": (
        [at(LYON, PLATFORM, "1", lieu="", adresse="8-10 rue Dumenge"),
         at(LYON, AGENDA, "o1", lieu="", adresse="10, rue Dumenge", titre="Reconditionner son ordinateur")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "two streets named after a date, one house number, no organiser": (
        [at(GRENOBLE, PLATFORM, "1", adresse="12 rue du 8 Mai 1945", organisateur=""),
         at(GRENOBLE, AGENDA, "o1", adresse="12 rue du 11-Novembre", organisateur="")],
        []),
    "one street named after a date, written with hyphens": (
        [at(GRENOBLE, PLATFORM, "1", adresse="12 rue du 8 Mai 1945"),
         at(GRENOBLE, SHEET, "s1", adresse="12, rue du 8-Mai-1945", date_debut="2021-11-27", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a town hall in two Paris arrondissements, one by its postal code, the other by the commune's name": (
        [at(PARIS, PLATFORM, "1", lieu="Mairie", adresse="", code_postal="75011", organisateur="",
            titre="Forum de l'ESS"),
         at(PARIS, AGENDA, "o1", lieu="Mairie", adresse="", code_postal="", commune="Paris 18e", organisateur="",
            titre="Forum de l'ESS")],
        []),
    "one venue name in two Lyon arrondissements": (
        [at(LYON, PLATFORM, "1", lieu="Maison des associations", adresse="", code_postal="",
            commune="Lyon 3e Arrondissement", organisateur=""),
         at(LYON, AGENDA, "o1", lieu="Maison des associations", adresse="", code_postal="69007", organisateur="")],
        []),
    "one Paris arrondissement by its postal code and by the commune's name": (
        [at(PARIS, PLATFORM, "1"),
         at(PARIS, SHEET, "s1", code_postal="", commune="Paris 18e", adresse="83 bd Ornano", date_debut="2021-11-23",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a compound in a venue's name written with its hyphen and without, date only": (
        [at(NANTES, PLATFORM, "1", lieu="Centre socioculturel Port-Boyer", adresse=""),
         at(NANTES, SHEET, "s1", lieu="Centre socio-culturel du Port Boyer", adresse="", date_debut="2021-11-18",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a talk streamed on YouTube in one source, on Facebook in another": (
        [at(WEBINAR, PLATFORM, "1", url="https://www.youtube.com/watch?v=k3Fq9Zt"),
         at(WEBINAR, AGENDA, "o1", lieu="Facebook Live", url="https://www.facebook.com/franceactivepdl/live")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a Zoom webinar, its YouTube stream in another source": (
        [at(WEBINAR, PLATFORM, "1", url="https://us06web.zoom.us/j/84512345678"),
         at(WEBINAR, ICS, "i1", organisateur="", adresse="En direct : https://youtu.be/k3Fq9Zt",
            date_debut="2021-11-17T11:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "two meeting services at one hour, one organiser": (
        [at(WEBINAR, PLATFORM, "1", url="https://us06web.zoom.us/j/84512345678"),
         at(WEBINAR, AGENDA, "o1", lieu="Teams", titre="Webinaire : le prêt d'honneur solidaire, mode d'emploi",
            url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0")],
        []),
    "a venue « to be confirmed » in one source, named in another": (
        [at(BORDEAUX, PLATFORM, "1"),
         at(BORDEAUX, AGENDA, "o1", lieu="Lieu à confirmer", adresse="", titre="Portes ouvertes E2C Bordeaux")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "an address « given on registration », date only": (
        [at(BORDEAUX, PLATFORM, "1"),
         at(BORDEAUX, SHEET, "s1", lieu="Adresse communiquée à l'inscription", adresse="", date_debut="2021-11-17",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "two exhibitions a venue shows over the same days, two organisers": (
        [at(TOULOUSE, PLATFORM, "1", titre="Exposition « Les visages de l'ESS »",
            date_debut="2021-11-05T10:00:00+01:00", date_fin="2021-11-30T18:00:00+01:00"),
         at(TOULOUSE, AGENDA, "o1", titre="Exposition : 100 ans de coopératives", organisateur="Archives de Toulouse",
            date_debut="2021-11-05T10:00:00+01:00", date_fin="2021-11-30T18:00:00+01:00")],
        []),
    "an exhibition over the month, listed by another source from a later day": (
        [at(TOULOUSE, PLATFORM, "1", titre="Exposition « Les visages de l'ESS »",
            date_debut="2021-11-05T10:00:00+01:00", date_fin="2021-11-30T18:00:00+01:00"),
         at(TOULOUSE, AGENDA, "o1", titre="Exposition : les visages de l'ESS", date_debut="2021-11-12T10:00:00+01:00",
            date_fin="2021-11-27T18:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a workshop listed over the month by one source, its Saturdays one by one by another": (
        [at(TOULOUSE, PLATFORM, "1", titre="Repair café du samedi", date_debut="2021-11-06T14:00:00+01:00",
            date_fin="2021-11-27T17:00:00+01:00"),
         at(TOULOUSE, ICS, "i1", titre="Repair café du samedi", date_debut="2021-11-13T14:00:00+01:00",
            date_fin="2021-11-13T17:00:00+01:00"),
         at(TOULOUSE, ICS, "i2", titre="Repair café du samedi", date_debut="2021-11-20T14:00:00+01:00",
            date_fin="2021-11-20T17:00:00+01:00")],
        []),
    "one venue at the two ends of its range of numbers, one in each source": (
        [at(LYON, PLATFORM, "1", adresse="10 rue Dumenge"),
         at(LYON, AGENDA, "o1", adresse="12 rue Dumenge", titre="Reconditionner son ordinateur")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "two venues next door, one day, one hour, no organiser": (
        [at(LYON, PLATFORM, "1", adresse="10 rue Dumenge", organisateur=""),
         at(LYON, AGENDA, "o1", lieu="Café des Pentes", adresse="12 rue Dumenge", organisateur="")],
        []),
    "two town halls of Paris named by their arrondissement, one title, one hour, no organiser": (
        [at(PARIS, PLATFORM, "1", lieu="Mairie du 18e", adresse="", code_postal="", organisateur="",
            titre="Forum de l'ESS"),
         at(PARIS, AGENDA, "o1", lieu="Mairie du 11e", adresse="", code_postal="", organisateur="",
            titre="Forum de l'ESS")],
        []),
    "two rooms of one venue, two workshops at one hour, no organiser": (
        [at(NANTES, PLATFORM, "1", lieu="Maison de l'ESS - Salle 2", adresse="", organisateur="",
            titre="Atelier compostage"),
         at(NANTES, AGENDA, "o1", lieu="Maison de l'ESS - Salle 3", adresse="", organisateur="",
            titre="Atelier couture zéro déchet")],
        []),
    "one lecture theatre, its letter in both sources": (
        [at(LYON, PLATFORM, "1", lieu="Université Lyon 2, Amphi B", adresse=""),
         at(LYON, SHEET, "s1", lieu="Univ. Lyon 2 - Amphi B", adresse="", date_debut="2021-11-16", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "a neighbourhood house by its two letters (« MQ Villejean »), no commune, beside another repair café": (
        [at(RENNES, PLATFORM, "1"),
         at(RENNES, PLATFORM, "2", lieu="Le Jardin des Mille Pas", adresse="12 rue Francis Sabot",
            organisateur="Vert le Jardin", titre="Repair café du Blosne"),
         at(RENNES, ICS, "i1", lieu="", adresse="MQ Villejean", code_postal="", commune="", organisateur=""),
         at(RENNES, SHEET, "s1", lieu="MQ Villejean", adresse="", titre="repair cafe villejean",
            date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{SHEET}:s1"}]),
    "an activity's name for title and organiser (« Fresque du climat »), two venues, the ICS giving the town only": (
        [at(RENNES, PLATFORM, "1", lieu="Maison des associations", adresse="6 cours des Alliés",
            organisateur="Collectif Transition Rennes", titre="Fresque du climat"),
         at(RENNES, PLATFORM, "2", lieu="Le Tiers-Lieu Ker Kafé", adresse="3 rue Saint-Malo",
            organisateur="La Fresque du Climat", titre="Fresque du climat"),
         at(RENNES, ICS, "i1", lieu="", adresse="Rennes", code_postal="", commune="", organisateur="",
            titre="Fresque du climat", date_debut="2021-11-20T13:00:00Z", date_fin="2021-11-20T16:00:00Z")],
        []),
    "an event moved online, one source not told (the same organiser, title and hour)": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, AGENDA, "o1", modalite="en_ligne", url="https://zoom.us/j/81234567890"),
         at(NANTES, SHEET, "s1", lieu="En ligne", adresse="", code_postal="", commune="", modalite="en_ligne")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:s1"}]),
    "an online copy joins the organiser's online listing, not its listing there at that hour": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, PLATFORM, "2", lieu="", adresse="", code_postal="", commune="", modalite="en_ligne"),
         at(NANTES, AGENDA, "o1", lieu="À distance", adresse="", code_postal="", commune="", modalite="en_ligne",
            titre="[Visio] Atelier : financer son projet ESS")],
        [{f"{PLATFORM}:2", f"{AGENDA}:o1"}]),
    "a name shouted in capitals (« CINE OFF ») on a date-only row": (
        [at(TOURS, PLATFORM, "1"),
         at(TOURS, SHEET, "s1", titre="Ciné débat Demain", date_debut="2021-11-23", date_fin="",
            organisateur="CINE OFF"),
         at(TOURS, ICS, "i1", lieu="", adresse="Petit Faucheux", code_postal="", commune="", organisateur="",
            date_debut="2021-11-23T19:00:00Z", date_fin="2021-11-23T21:30:00Z")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1", f"{ICS}:i1"}]),
    "a venue's number glued to its article (« Le106 »)": (
        [at(ROUEN, PLATFORM, "1"), at(ROUEN, AGENDA, "o1", lieu="Le106", adresse="", organisateur="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "one address, its two points 2 km apart (one source at the town's centre)": (
        [at(MARSEILLE, PLATFORM, "1", latitude=43.3106, longitude=5.3900),
         at(MARSEILLE, AGENDA, "o1", latitude=43.2965, longitude=5.3698, titre="Forum des assos du 3ème")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a hybrid event's meeting link as another source's LOCATION, no organiser, an hour off in UTC": (
        [at(NANTES, PLATFORM, "1", modalite="hybride", url="https://meet.google.com/abc-defg-hij"),
         at(NANTES, ICS, "i1", **{**NO_PLACE, "adresse": "https://meet.google.com/abc-defg-hij"}, organisateur="",
            titre="Atelier : financer son projet ESS (visio)", date_debut="2021-11-18T13:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "a hybrid event and another meeting at its hour, no organiser": (
        [at(NANTES, PLATFORM, "1", modalite="hybride", url="https://meet.google.com/abc-defg-hij"),
         at(NANTES, ICS, "i1", **{**NO_PLACE, "adresse": "https://meet.google.com/zzz-yyyy-xxx"}, organisateur="",
            titre="Webinaire : la comptabilité associative", date_debut="2021-11-18T13:00:00Z", date_fin="")],
        []),
    "the town before the venue in a LOCATION (« Saint-Herblain - Salle des fêtes »), an hour off": (
        [at(NANTES, PLATFORM, "1", lieu="Salle des fêtes", adresse="Rue de l'Église", code_postal="44800",
            commune="Saint-Herblain"),
         at(NANTES, ICS, "i1", **{**NO_PLACE, "adresse": "Saint-Herblain - Salle des fêtes"}, organisateur="",
            date_debut="2021-11-18T13:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "the town before the venue in a LOCATION, another town's venue of that name": (
        [at(NANTES, PLATFORM, "1", lieu="Salle des fêtes", adresse="Rue de l'Église", code_postal="44800",
            commune="Saint-Herblain"),
         at(NANTES, ICS, "i1", **{**NO_PLACE, "adresse": "REZÉ, Salle des fêtes"}, organisateur="",
            date_debut="2021-11-18T13:00:00Z", date_fin="")],
        []),
    "a day written as a date-time at midnight, no end, the title reworded": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, SHEET, "s1", titre="Financer son projet ESS", date_debut="2021-11-18T00:00:00+01:00",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:s1"}]),
    "an overseas evening written at midnight Paris time, no end, and the next morning's session": (
        [at(ROUBAIX, PLATFORM, "1", lieu="Centre culturel Rémy Nainsouta", adresse="Rue Dumanoir", code_postal="97110",
            commune="Pointe-à-Pitre", date_debut="2021-11-18T00:00:00+01:00", date_fin=""),  # 19:00 in Guadeloupe
         at(ROUBAIX, AGENDA, "o1", lieu="Centre culturel Rémy Nainsouta", adresse="Rue Dumanoir", code_postal="97110",
            commune="Pointe-à-Pitre", date_debut="2021-11-18T09:00:00-04:00", date_fin="2021-11-18T11:00:00-04:00")],
        []),
    "two points 3 km apart, no venue nor street, one title at one hour": (
        [at(MARSEILLE, PLATFORM, "1", lieu="", adresse="", latitude=43.3106, longitude=5.3900, organisateur=""),
         at(MARSEILLE, AGENDA, "o1", lieu="", adresse="", latitude=43.2800, longitude=5.4000, organisateur="")],
        []),
    "one generic webinar title, two organisers, one hour": (
        [at(WEBINAR, PLATFORM, "1", titre="Webinaire : financer son projet"),
         at(WEBINAR, AGENDA, "o1", titre="Webinaire : financer son projet", lieu="En ligne",
            organisateur="Initiative Loire-Atlantique")],
        []),
    # One source listing one event twice (a form sent twice, a row copied): one event, with the other sources'
    # copies, which had two plausible partners in that source.
    "the platform lists one event twice, the calendar once, reworded an hour off": (
        [at(ROUBAIX, PLATFORM, "1"), at(ROUBAIX, PLATFORM, "2", titre="ATELIER FABRICATION DE PRODUITS MÉNAGERS"),
         at(ROUBAIX, ICS, "i1", titre="Fabriquer ses produits ménagers (atelier)", date_debut="2021-11-20T10:00:00Z",
            date_fin="", organisateur="")],
        [{f"{PLATFORM}:1", f"{PLATFORM}:2", f"{ICS}:i1"}]),
    "a sheet copies one row": (
        [at(NANTES, SHEET, "s1"), at(NANTES, SHEET, "s2", lieu=NANTES["lieu"].upper())],
        [{f"{SHEET}:s1", f"{SHEET}:s2"}]),
    "a sheet lists one title twice that day at one place, without times: two sessions, maybe": (
        [at(NANTES, SHEET, "s1", date_debut="2021-11-18", date_fin=""),
         at(NANTES, SHEET, "s2", date_debut="2021-11-18", date_fin="", lieu=NANTES["lieu"].upper())],
        []),
    "one source, one title, two sessions of the day": (
        [at(ROUBAIX, PLATFORM, "1"),
         at(ROUBAIX, PLATFORM, "2", date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T16:00:00+01:00")],
        []),
    "one source, one title at one time, two addresses": (
        [at(ROUBAIX, PLATFORM, "1"), at(ROUBAIX, PLATFORM, "2", lieu="Maison des associations",
                                        adresse="84 rue de Lannoy")],
        []),
    "one source, two organisers' webinars of one title at one time": (
        [at(WEBINAR, PLATFORM, "1"), at(WEBINAR, PLATFORM, "2", organisateur="Initiative Loire-Atlantique")],
        []),
    # A calendar's LOCATION naming the intercommunality, not a venue: no place, as if it gave none.
    **{f"an ICS LOCATION « {location} »": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, ICS, "i1", titre="Financer son projet ESS (atelier)", lieu="", adresse=location, code_postal="",
            commune="", organisateur="", date_debut="2021-11-18T14:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}])
       for location in ("Nantes Métropole", "Métropole de Nantes", "Maison de l'ESS, Nantes Métropole",
                        "Nantes Métropole, 44200")},
    # A venue named after it stays a venue: the Hôtel de Rennes Métropole is not the Maison de l'ESS.
    "a venue named after the metropole": (
        [at(NANTES, PLATFORM, "1"),
         at(NANTES, ICS, "i1", lieu="", adresse="Hôtel de Nantes Métropole", code_postal="", commune="",
            organisateur="", date_debut="2021-11-18T14:00:00Z", date_fin="")],
        []),
    "one source, two meetings of one title at one time": (
        [at(WEBINAR, AGENDA, "o1", lien_reunion="https://meet.jit.si/salle-a"),
         at(WEBINAR, AGENDA, "o2", lien_reunion="https://meet.jit.si/salle-b")],
        []),
    # Two associations' talks at one venue, one hour and as long: two subjects and two organisers are two events,
    # unless one organiser is a network credited instead of its member.
    "two associations' talks at one venue and one hour, on two subjects": (
        [at(RENNES_MCE, PLATFORM, "1"),
         at(RENNES_MCE, AGENDA, "o1", titre="Conférence : le logement participatif",
            organisateur="Habitat Participatif Ouest")],
        []),
    "a network credited for its member's open day, the title reworded": (
        [at(BEGARD, PLATFORM, "1"),
         at(BEGARD, AGENDA, "o1", titre="Visite guidée : le réemploi en action",
            organisateur="Réseau des Ressourceries")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "a venue by its acronym in a LOCATION an hour off, no organiser": (
        [at(RENNES_MCE, PLATFORM, "1"),
         at(RENNES_MCE, ICS, "i1", lieu="", adresse="MCE, Rennes", code_postal="", commune="", organisateur="",
            date_debut="2021-11-16T17:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« JPO » for « Portes ouvertes », no time": (
        [at(BEGARD, PLATFORM, "1"),
         at(BEGARD, SHEET, "t1", titre="JPO Ti Récup", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "two films at one cinema and one hour by two associations": (
        [at(TOURS, PLATFORM, "1"),
         at(TOURS, AGENDA, "o1", titre="Ciné-débat « Les Jours heureux »", organisateur="Attac Tours")],
        []),
    # All but the end the same, the organiser named by both: an end changed or rounded by one source.
    **{f"the same screening ending at {end[11:16]} in the agenda": (
        [at(TOURS, PLATFORM, "1"), at(TOURS, AGENDA, "o1", date_fin=end)],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}])
       for end in ("2021-11-23T23:30:00+01:00", "2021-11-24T00:00:00+01:00")},
    "one organiser's talk and workshop at one venue and one start, two lengths": (
        [at(TOURS, PLATFORM, "1", titre="Conférence : le cinéma solidaire", date_fin="2021-11-23T21:00:00+01:00"),
         at(TOURS, AGENDA, "o1", titre="Atelier : programmer un ciné-club", date_fin="2021-11-23T23:00:00+01:00")],
        []),
    # An organisation's regional body and its local antenna: one network's, whichever a source credits.
    "a regional body against its local antenna, no time": (
        [at(BREST_ROBOTS, PLATFORM, "1"),
         at(BREST_ROBOTS, SHEET, "t1", organisateur="Les Petits Débrouillards - antenne de Brest",
            titre="Fabrique ton robot (objets de récup)", date_debut="2021-11-13", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "two local committees of one network at one hall, no time": (
        [at(BREST_ROBOTS, PLATFORM, "1", organisateur="Secours populaire - comité de Brest Bellevue",
            titre="Braderie solidaire"),
         at(BREST_ROBOTS, SHEET, "t1", organisateur="Secours populaire - comité de Brest Saint-Marc",
            titre="Braderie solidaire", date_debut="2021-11-13", date_fin="")],
        []),
    "a house number with a letter for its index, against the venue at that number": (
        [at(BREST_ROBOTS, PLATFORM, "1", adresse="12 rue de Pontaniou"),
         at(BREST_ROBOTS, AGENDA, "o1", lieu="", adresse="12A rue de Pontaniou", titre="Fabrique ton robot !")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    # A street named after a person, written with or without the person's title, given name or initials, against the
    # venue at it: one street.
    **{f"« {full} » against « {short} »": (
        [at(STRASBOURG, PLATFORM, "1", adresse=full),
         at(STRASBOURG, AGENDA, "o1", lieu="", adresse=short, titre="Forum emploi & ESS")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}])
       for full, short in (("12 rue Victor Hugo", "12 rue Hugo"), ("8 boulevard du Général Leclerc", "8 bd Leclerc"),
                           ("5 place Charles de Gaulle", "5 pl. de Gaulle"),
                           ("3 avenue Jean Jaurès", "3 av. J. Jaurès"),
                           ("7 allée Jean-Baptiste Clément", "7 all. J.-B. Clément"))},
    # Two persons' streets sharing a given name are two streets: two forums of two organisers stay apart.
    "« rue Victor Hugo » and « rue Victor Basch », two organisers": (
        [at(STRASBOURG, PLATFORM, "1"),
         at(STRASBOURG, AGENDA, "o1", lieu="", adresse="12 rue Victor Basch", titre="Forum emploi & ESS",
            organisateur="Pôle emploi Strasbourg")],
        []),
    # Street types beyond the usual few: a « Grande Rue » (thousands of towns have one), a lieu-dit, a zone, a
    # rond-point, a presqu'île, against the venue there.
    **{f"the street « {written} » against the venue at « {street} »": (
        [at(BEGARD, PLATFORM, "1", adresse=street),
         at(BEGARD, SHEET, "t1", lieu="", adresse=written, titre="PORTES OUVERTES RESSOURCERIE", organisateur="",
            date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}])
       for street, written in (("12 Grande Rue", "12 Grande-Rue"), ("9 Grand'Rue", "9 Grande Rue"),
                               ("Lieu-dit Kerampuil", "lieu dit Kerampuil"),
                               ("ZA de Kerboulard", "Zone artisanale de Kerboulard"),
                               ("3 rond-point de l'Europe", "3 rond point de l'Europe"),
                               ("1 presqu'île André Malraux", "1 presqu'ile Malraux"),
                               ("5 port de Plaisance", "5 port de plaisance"))},
    # A meal and a meeting one organiser holds at one place from one start to one end: one gathering said two ways.
    "« Café-rencontre des acteurs » against « Brunch solidaire », all else the same": (
        [at(ORLEANS, PLATFORM, "1", titre="Café-rencontre des acteurs de l'ESS"), at(ORLEANS, AGENDA, "o1")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Table ronde » against « Déjeuner solidaire des acteurs », the agenda without end": (
        [at(CAEN, PLATFORM, "1"), at(CAEN, AGENDA, "o1", titre="Déjeuner solidaire des acteurs", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Table ronde » against « Déjeuner », one organiser at one venue an hour apart": (
        [at(CAEN, PLATFORM, "1", date_debut="2021-11-18T11:00:00+01:00", date_fin="2021-11-18T12:00:00+01:00"),
         at(CAEN, AGENDA, "o1", titre="Déjeuner solidaire", date_fin="2021-11-18T13:00:00+01:00")],
        []),
    "a meeting and a brunch of one organiser at one place and start, two lengths": (
        [at(ORLEANS, PLATFORM, "1", titre="Rencontre des bénévoles", date_fin="2021-11-21T12:00:00+01:00"),
         at(ORLEANS, AGENDA, "o1")],
        []),
    "a meeting and a brunch of two organisers at one place and time": (
        [at(ORLEANS, PLATFORM, "1", titre="Rencontre des bénévoles", organisateur="France Bénévolat Loiret"),
         at(ORLEANS, AGENDA, "o1")],
        []),
    # Stands of one organiser from one start to one end: a meeting and a workshop, an exhibition and a brunch, a repair
    # café and an apéro, a café-concert and a brunch are two events each.
    **{f"« {first} » and « {second} » of one organiser at one place and time": (
        [at(ORLEANS, PLATFORM, "1", titre=first), at(ORLEANS, AGENDA, "o1", titre=second)],
        [])
       for first, second in (("Rencontre des bénévoles", "Atelier compost"),
                             ("Exposition photo : nos jardins", "Brunch solidaire"),
                             ("Repair café", "Apéro partagé"), ("Café-concert : Les Zébrures", "Brunch solidaire"))},
    # Games: a rallye, an escape game, a treasure hunt (« Rallye découverte » is a game, not a visit).
    "« Rallye découverte de l'ESS » against « Jeu de piste solidaire », all else the same": (
        [at(BESANCON, PLATFORM, "1"), at(BESANCON, AGENDA, "o1", titre="Jeu de piste solidaire à Besançon")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Escape game » against « Jeu de piste », all else the same": (
        [at(BESANCON, PLATFORM, "1", titre="Escape game : les coopératives"),
         at(BESANCON, AGENDA, "o1", titre="Jeu de piste des coopératives")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Rallye découverte » and « Visite de la ressourcerie » of one organiser at one place and time": (
        [at(BESANCON, PLATFORM, "1"), at(BESANCON, AGENDA, "o1", titre="Visite de la ressourcerie")],
        []),
    # An open stage is a show.
    "« Concert-rencontre » against « Scène ouverte de l'ESS », the agenda without end": (
        [at(BESANCON, PLATFORM, "1", titre="Concert-rencontre « Les droits culturels »"),
         at(BESANCON, AGENDA, "o1", titre="Scène ouverte de l'ESS", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "« Scène ouverte » and « Atelier compost » of one organiser at one place and time": (
        [at(BESANCON, PLATFORM, "1", titre="Scène ouverte de l'ESS"),
         at(BESANCON, AGENDA, "o1", titre="Atelier compost", date_fin="")],
        []),
    # Two listings without a time at one street, where nothing that day is timed, the same title, one credited to a
    # network: the network relaying its member's event.
    "both without a time at one street, the network credited by the sheet": (
        [at(POITIERS, PLATFORM, "1"),
         at(POITIERS, SHEET, "t1", titre="Marché solidaire des producteurs – sur inscription",
            organisateur="Réseau Cocagne", lieu="", adresse="12, rue de la Tranchée")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "both without a time at one street, a federation credited, the title mistyped": (
        [at(POITIERS, PLATFORM, "1", titre="Tribune ouverte : la seconde vie des meubles"),
         at(POITIERS, AGENDA, "o1", titre="TRIIBUNE OUVERTE – LA SECONDE VIE DES MEUBLES",
            organisateur="Fédération des centres sociaux de la Vienne")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "both without a time at one street, two associations": (
        [at(POITIERS, PLATFORM, "1"), at(POITIERS, AGENDA, "o1", organisateur="Les Amis de la Terre Poitou")],
        []),
    "both without a time at one street, a federation, another title on the subject": (
        [at(POITIERS, PLATFORM, "1", titre="Causerie autour de la RSE"),
         at(POITIERS, AGENDA, "o1", titre="Conférence gesticulée : la RSE",
            organisateur="Fédération régionale des Scop")],
        []),
    "both without a time at one street, the network, a title naming a member aside": (
        [at(POITIERS, PLATFORM, "1", titre="Marché solidaire des producteurs [Les Paniers du Clain]"),
         at(POITIERS, AGENDA, "o1", organisateur="Réseau Cocagne")],
        []),
    # The same without a time at one venue named alike in one town, its street given by one record alone (a sheet's
    # row giving the venue and the postal code): the network relaying its member's event, but not two associations',
    # nor a title naming a member aside, nor at a generic name two branches of the town give that day.
    **{f"both without a time at one venue named alike, one street given, {how}": (
        [at(POITIERS, PLATFORM, "1"),
         at(POITIERS, SHEET, "t1", lieu="PARC DE BLOSSAC", adresse="", commune="", **changes)],
        groups)
       for how, changes, groups in (
           ("the network credited by the sheet", {"organisateur": "Réseau Cocagne"},
            [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
           ("two associations", {"organisateur": "Les Amis de la Terre Poitou"}, []),
           ("the network, a title naming a member aside",
            {"organisateur": "Réseau Cocagne", "titre": "Marché solidaire des producteurs [Les Paniers du Clain]"},
            []))},
    "both without a time at one venue named alike, one street given, the network's sheet listing the title twice": (
        [at(POITIERS, PLATFORM, "1"),
         *[at(POITIERS, SHEET, f"t{n}", lieu=place, adresse="", commune="", organisateur="Réseau Cocagne")
           for n, place in ((1, "PARC DE BLOSSAC"), (2, "Parc de Blossac (entrée Tranchée)"))]],
        []),
    "both without a time at a generic venue name two branches of the town give, the network credited": (
        [at(POITIERS, PLATFORM, "1", lieu="Maison de quartier"),
         at(POITIERS, PLATFORM, "2", lieu="Maison de quartier", adresse="3 rue des Écossais",
            organisateur="Les Paniers des Couronneries"),
         at(POITIERS, SHEET, "t1", lieu="Maison de quartier", adresse="", commune="", organisateur="Réseau Cocagne")],
        []),
    # Online, one record without a time (a sheet's row), the same title credited to a network: the network relaying
    # its member's meeting; not two associations, nor when the sheet lists that title twice that day (two sessions).
    **{f"online, one without a time, the same title, {how}": (
        [at(WEBINAR, PLATFORM, "1", organisateur="Cigales de Loire-Atlantique",
            titre="Webinaire : investir dans une entreprise locale"),
         *[at(WEBINAR, SHEET, f"t{n}", organisateur=organiser, lieu=place, date_debut="2021-11-17", date_fin="",
              titre=title) for n, (place, title) in enumerate((
                  ("Visio", "WEBINAIRE : INVESTIR DANS UNE ENTREPRISE LOCALE"),
                  ("100 % distanciel", "Investir dans une entreprise locale (webinaire)"))[:rows], start=1)]],
        groups)
       for how, organiser, rows, groups in (
           ("the network credited by the sheet", "Fédération des Cigales", 1, [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
           ("two associations", "Les Amis de la Terre Nantes", 1, []),
           ("the network credited by a sheet listing the title twice that day", "Fédération des Cigales", 2, []))},
    "online, the member's meeting timed by three sources, the network's sheet listing the title twice that day": (
        [at(WEBINAR, PLATFORM, "1", organisateur="CCLE", date_fin="",
            titre="Mois de l'ESS en Pays de la Loire – Séminaire en ligne : les librairies indépendantes"),
         at(WEBINAR, AGENDA, "o1", organisateur="CCLE", lieu="À distance",
            titre="Séminaire en ligne : les librairies indépendantes (webinaire)"),
         at(WEBINAR, ICS, "i1", organisateur="CCLE", adresse="[lien de réunion masqué]",
            titre="Séminaire en ligne : les librairies indépendantes"),
         at(WEBINAR, SHEET, "t1", organisateur="Réseau des Librairies", lieu="Webinaire Teams",
            date_debut="2021-11-17", date_fin="", titre="Webinaire : Séminaire en ligne : les librairies in"),
         at(WEBINAR, SHEET, "t2", organisateur="Réseau des Librairies", lieu="100 % distanciel",
            date_debut="2021-11-17", date_fin="", titre="Seminaire en ligne : les librairies independantes")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    # A body of a whole région, named after it with no network word (« Normandie Équitable », « Collectif Vélo
    # Normandie »), credited instead of its member under the member's title; not for its own talk on another subject.
    "a member's market credited to a regional body, the title reworded": (
        [at(CAEN_MARKET, PLATFORM, "1"),
         at(CAEN_MARKET, AGENDA, "o1", titre="Marché équitable de Caen", organisateur="Normandie Équitable", lieu="",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "both without a time at one street, a regional collective credited by the sheet": (
        [at(CAEN_MARKET, PLATFORM, "1", date_debut="2021-11-20", date_fin=""),
         at(CAEN_MARKET, SHEET, "t1", organisateur="Collectif Vélo Normandie", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "a regional body's talk and a member's at one venue from one minute to another, two subjects": (
        [at(CAEN_MARKET, PLATFORM, "1", titre="Conférence : la sobriété numérique",
            date_fin="2021-11-20T12:00:00+01:00"),
         at(CAEN_MARKET, AGENDA, "o1", titre="Conférence : le logement participatif", organisateur="Normandie Active",
            date_fin="2021-11-20T12:00:00+01:00")],
        []),
    # A room nothing places (« Salle de réunion, Nancy »), its title naming the venue the other record gives: the room
    # is in it.
    "a room nothing places, its title naming the other's venue, the doors' opening an hour off in UTC": (
        [at(NANCY_MRES, PLATFORM, "1"),
         at(NANCY_MRES, ICS, "i1", **{**NO_PLACE, "adresse": "Salle de réunion, Nancy"}, organisateur="",
            titre="Ouverture exceptionnelle : Maison Régionale de l'Économie Sociale – 15h30/17h30",
            date_debut="2021-11-21T14:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "a room nothing places, its title naming no venue, reworded": (
        [at(NANCY_MRES, PLATFORM, "1"),
         at(NANCY_MRES, ICS, "i1", **{**NO_PLACE, "adresse": "Salle de réunion, Nancy"}, organisateur="",
            titre="Atelier : créer son association", date_debut="2021-11-21T14:30:00Z", date_fin="")],
        []),
    # A record giving the town alone or a room nothing places, its title naming another venue of the town than the
    # venue the other record gives, is another venue's event: the titles read the same once each record's own venue
    # is set aside from its title.
    **{f"{told}, the title naming another venue of the town": (
        [at(NANCY_MRES, PLATFORM, "1", titre="Ouverture exceptionnelle : Maison Régionale de l'Économie Sociale"),
         at(NANCY_MRES, ICS, "i1", **{**NO_PLACE, "adresse": location}, organisateur="",
            titre="Ouverture exceptionnelle : Maison des associations", date_debut="2021-11-21T15:00:00Z",
            date_fin="")],
        [])
       for told, location in (("the town alone", "Nancy"), ("a room nothing places", "Salle de réunion, Nancy"))},
    # One title at one venue (its name, its street given by one record alone) and one time, one end given, one of the
    # names a network's or a regional body's: the network credited instead of its member.
    **{f"one title at one venue named alike, {how}, a network credited": (
        [at(ANGERS, PLATFORM, "1"),
         at(ANGERS, AGENDA, "o1", adresse="", organisateur="Réseau des Repair Cafés des Pays de la Loire",
            titre="REPAIR CAFÉ DES JUSTICES", date_fin="", **changes)],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}])
       for how, changes in (("at one minute", {}), ("an hour off in UTC", {"date_debut": "2021-11-20T13:00:00Z"}),
                            ("from the doors' opening", {"date_debut": "2021-11-20T13:30:00+01:00"}))},
    "one title at one venue named alike and one time, one end given, two associations": (
        [at(ANGERS, PLATFORM, "1"),
         at(ANGERS, AGENDA, "o1", adresse="", organisateur="Les Bricoleurs du Lac de Maine", date_fin="")],
        []),
    "one title at two venues of one generic name in the town, a network credited at one of them, which": (
        [at(ANGERS, PLATFORM, "1", lieu="Maison de quartier", titre="Repair café"),
         at(ANGERS, PLATFORM, "2", lieu="Maison de quartier", adresse="12 rue Saint-Jacques", titre="Repair café",
            organisateur="Les Bricoleurs de Saint-Jacques"),
         at(ANGERS, AGENDA, "o1", lieu="Maison de quartier", adresse="", titre="Repair café", date_fin="",
            organisateur="Réseau des Repair Cafés des Pays de la Loire")],
        []),
    "one venue named alike and one time, one end given, a network's talk on another subject": (
        [at(ANGERS, PLATFORM, "1", titre="Conférence : la sobriété numérique"),
         at(ANGERS, AGENDA, "o1", adresse="", organisateur="Réseau des Repair Cafés des Pays de la Loire",
            titre="Conférence : l'obsolescence programmée", date_fin="")],
        []),
    # An iCalendar LOCATION « {room} ({town}) » whose town is written with its département in brackets: the room of
    # that town, as « Salle polyvalente (Angers) » is.
    **{f"a room and its town with its département in brackets, {which}": (
        [at(ANGERS, PLATFORM, "1"),
         at(ANGERS, ICS, "i1", **{**NO_PLACE, "adresse": f"Salle polyvalente ({town} (49))"}, organisateur="",
            date_debut="2021-11-20T13:00:00Z", date_fin="")],
        groups)
       for which, town, groups in (("the other's town", "Angers", [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
                                   ("another town", "Cholet", []))},
    # A venue whose name begins with the article of its town's (« Le Sillon » in Le Havre), another venue of that name
    # in another town: a LOCATION naming it alone is either, the title tells which.
    "a LOCATION naming alone a venue of two towns, one town's name beginning with the venue's article": (
        [at(LE_HAVRE, PLATFORM, "1"),
         at(LE_HAVRE, PLATFORM, "2", adresse="15 place du Commandant Charcot", code_postal="14000", commune="Caen",
            titre="Atelier d'écriture solidaire", organisateur="Les Mots du Lien",
            date_debut="2021-11-04T18:00:00+01:00", date_fin="2021-11-04T20:00:00+01:00"),
         at(LE_HAVRE, ICS, "i1", **{**NO_PLACE, "adresse": "LE SILLON"}, organisateur="",
            titre="CINÉ-DÉBAT « LE DERNIER CHANTIER »", date_debut="2021-11-18T19:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    # An iCalendar LOCATION naming the venue with a typo that is some commune's name (« La Bèrche » for « La Brèche »
    # is La Berche, Doubs): the venue a typo away, when nothing else of the edition is placed in that commune; that
    # commune when the edition places another event there.
    **{f"a LOCATION naming the venue with a typo that is a commune's name, {which}": (
        [at(ROUEN_BRECHE, PLATFORM, "1"),
         at(ROUEN_BRECHE, ICS, "i1", **{**NO_PLACE, "adresse": "La Bèrche"}, organisateur="",
            date_debut="2021-11-12T13:00:00Z", date_fin=""),
         *others],
        groups)
       for which, others, groups in (
           ("that commune nowhere else in the edition", [], [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
           ("that commune placing another event of the edition",
            [at(ROUEN_BRECHE, AGENDA, "o1", lieu="Salle communale", adresse="1 rue de l'Église", code_postal="25420",
                commune="La Berche", titre="Loto solidaire", organisateur="Comité des fêtes de La Berche",
                date_debut="2021-11-13T20:00:00+01:00", date_fin="")],
            []))},
    "the town alone, the title naming the other's venue": (
        [at(NANCY_MRES, PLATFORM, "1", titre="Ouverture exceptionnelle : Maison Régionale de l'Économie Sociale"),
         at(NANCY_MRES, ICS, "i1", **{**NO_PLACE, "adresse": "Nancy"}, organisateur="",
            titre="Ouverture exceptionnelle : Maison Régionale de l'Économie Sociale",
            date_debut="2021-11-21T15:00:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_hand_written_cases_of_other_regions(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}


@pytest.mark.parametrize("online_first", [True, False])
def test_a_hybrid_event_listed_online_alone_by_another_source_stays_hybrid_at_its_place(index, online_first):
    hybrid = at(WEBINAR, AGENDA if online_first else PLATFORM, "1", **HYBRID)
    online = at(WEBINAR, PLATFORM if online_first else AGENDA, "2", lieu="En ligne", titre=HYBRID["titre"])
    (merged,) = deduplicate(frame(hybrid, online), index).events.to_dict("records")
    assert (merged["modalite"], merged["lieu"], merged["commune"]) == ("hybride", "Maison de l'ESS", "Nantes")


@pytest.mark.parametrize("sheet_first", [True, False])
def test_a_day_written_as_midnight_gives_the_merged_event_no_start_time(index, sheet_first):
    sheet = at(NANTES, SHEET if sheet_first else AGENDA, "s1", date_debut="2021-11-18T00:00:00+01:00", date_fin="")
    timed = at(NANTES, AGENDA if sheet_first else SHEET, "o1", date_debut="2021-11-18T14:00:00")  # floating
    (merged,) = deduplicate(frame(sheet, timed), index).events.to_dict("records")
    assert (merged["date_debut"], merged["date_fin"]) == ("2021-11-18T14:00:00", "2021-11-18T16:00:00+01:00")


def test_a_listing_repeated_under_another_identifier_is_merged_with_its_own_reason(index):
    twice = [at(ROUBAIX, PLATFORM, "1", date_mise_a_jour="2021-10-01"),
             at(ROUBAIX, PLATFORM, "2", date_mise_a_jour="2021-10-05")]
    result = deduplicate(frame(*twice, at(BORDEAUX, AGENDA, "o1")), index)
    assert len(result.events) == 2
    (merge,) = result.merges.to_dict("records")
    (kept,) = result.events[result.events["source"] == PLATFORM].to_dict("records")
    assert merge["motif"] == LISTED_TWICE_MOTIF and merge["identifiant"] == kept["identifiant"]
    assert kept["sources_fusionnees"] == f"{PLATFORM}:{merge['source_identifiant']}"
