"""Cases of the merge issue's classes written by hand in regions no earlier case was written in: Normandie,
Centre-Val de Loire, Bretagne (Finistère, Morbihan: Breton place names, bilingual signs), Guadeloupe, Martinique,
Guyane and Mayotte (addresses by building, estate, district or « section », each territory's own time zone and feeds
written in UTC or in Paris time), as the four sources of a region list them (see test_dedup_regions). Each case gives
the groups of more than one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate, place_key, street_of
from tests.lib.test_dedup import merged_keys
from tests.lib.test_dedup_regions import AGENDA, ICS, NO_PLACE, PLATFORM, ROUBAIX, SHEET, at, frame

# Normandie
CHERBOURG = dict(ROUBAIX, lieu="Jardin partagé du Maupas", adresse="12 rue Jean Bart", code_postal="50130",
                 commune="Cherbourg-en-Cotentin", organisateur="Zéro Déchet Cotentin",
                 titre="Atelier compostage collectif", date_debut="2021-11-13T10:00:00+01:00",
                 date_fin="2021-11-13T12:00:00+01:00")
ALENCON = dict(ROUBAIX, lieu="Halle au Blé", adresse="Place de la Halle au Blé", code_postal="61000",
               commune="Alençon", organisateur="CRESS Normandie", titre="Forum de l'emploi dans l'ESS",
               date_debut="2021-11-18T09:30:00+01:00", date_fin="2021-11-18T16:30:00+01:00")
SAINT_LO = dict(ROUBAIX, lieu="Cinéma Le Drakkar", adresse="Rue de la Marne", code_postal="50000", commune="Saint-Lô",
                organisateur="Les Amis du Monde diplomatique de la Manche", titre="Ciné-débat « Après demain »",
                date_debut="2021-11-25T20:30:00+01:00", date_fin="2021-11-25T23:00:00+01:00",
                type_evenement="projection")
EVREUX = dict(ROUBAIX, lieu="Maison de quartier de la Madeleine", adresse="Place Jean Moulin", code_postal="27000",
              commune="Évreux", organisateur="Évreux Solidaires", titre="Disco Soupe",
              date_debut="2021-11-19T18:00:00+01:00", date_fin="2021-11-19T21:00:00+01:00", type_evenement="autre")
WEBINAR_CAEN = dict(ROUBAIX, **NO_PLACE, organisateur="Maison des associations de Caen", modalite="en_ligne",
                    titre="Webinaire : tenir la comptabilité de son association",
                    date_debut="2021-11-23T18:00:00+01:00", date_fin="2021-11-23T19:30:00+01:00")
# Centre-Val de Loire
BLOIS = dict(ROUBAIX, lieu="Halle aux grains", adresse="2 place Jean Jaurès", code_postal="41000", commune="Blois",
             organisateur="Blois Ressourcerie", titre="Grande braderie du réemploi",
             date_debut="2021-11-20T09:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00", type_evenement="autre")
CHATEAUROUX = dict(ROUBAIX, lieu="Maison des entreprises", adresse="24 place Gambetta", code_postal="36000",
                   commune="Châteauroux",
                   organisateur="Association pour le droit à l'initiative économique",
                   titre="Permanence création d'entreprise : le microcrédit",
                   date_debut="2021-11-16T14:00:00+01:00", date_fin="2021-11-16T17:00:00+01:00")
SAINT_AMAND = dict(ROUBAIX, lieu="Salle des fêtes", adresse="Place de la République", code_postal="18200",
                   commune="Saint-Amand-Montrond", organisateur="Familles Rurales du Cher",
                   titre="Bourse aux jouets solidaire",
                   date_debut="2021-11-21T09:00:00+01:00", date_fin="2021-11-21T17:00:00+01:00", type_evenement="autre")
JOUE = dict(ROUBAIX, lieu="Espace Malraux", adresse="Parc des Bretonnières", code_postal="37300",
            commune="Joué-lès-Tours", organisateur="Ville de Joué-lès-Tours",
            titre="Conférence : consommer local et solidaire",
            date_debut="2021-11-24T18:30:00+01:00", date_fin="2021-11-24T20:30:00+01:00")
# Bretagne: Finistère, Morbihan
QUIMPER = dict(ROUBAIX, lieu="Ti ar Vro Kemper", adresse="3 esplanade François Mitterrand", code_postal="29000",
               commune="Quimper", organisateur="Ti ar Vro Kemper", titre="Fest-deiz solidaire",
               date_debut="2021-11-14T14:30:00+01:00", date_fin="2021-11-14T18:30:00+01:00", type_evenement="autre")
PLOUZANE = dict(ROUBAIX, lieu="Ferme de Kerscao", adresse="Lieu-dit Kervoac'h", code_postal="29280",
                commune="Plouzané", organisateur="Terre de Liens Bretagne",
                titre="Visite de ferme : l'installation paysanne",
                date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00")
LORIENT = dict(ROUBAIX, lieu="Maison de quartier de Kervénanec", adresse="Rue Pierre Loti", code_postal="56100",
               commune="Lorient", organisateur="Optim'ism", titre="Troc'plantes",
               date_debut="2021-11-13T10:00:00+01:00", date_fin="2021-11-13T12:30:00+01:00", type_evenement="autre")
VANNES = dict(ROUBAIX, lieu="Le Kiosque", adresse="10 rue de la Tannerie", code_postal="56000", commune="Vannes",
              organisateur="Réseau des AMAP du Morbihan", titre="Soirée rencontre avec les paysans des AMAP",
              date_debut="2021-11-18T18:30:00+01:00", date_fin="2021-11-18T21:00:00+01:00", type_evenement="autre")
PLOERMEL = dict(ROUBAIX, lieu="Espace Ti Ker Ploërmel", adresse="7 rue du Général Dubreton", code_postal="56800",
                commune="Ploërmel", organisateur="Pays de Ploërmel Cœur de Bretagne",
                titre="Rencontre des entrepreneurs sociaux",
                date_debut="2021-11-16T09:00:00+01:00", date_fin="2021-11-16T12:00:00+01:00")
LANESTER = dict(ROUBAIX, lieu="", adresse="Zone de Lann Sévelin", code_postal="56600", commune="Lanester",
                organisateur="Emmaüs Lanester", titre="Vente solidaire spéciale jouets",
                date_debut="2021-11-27T09:00:00+01:00", date_fin="2021-11-27T17:00:00+01:00", type_evenement="autre")
# Guadeloupe, Martinique (UTC-4), Guyane (UTC-3), Mayotte (UTC+3)
JARRY = dict(ROUBAIX, lieu="Immeuble Le Squale", adresse="Rue Ferdinand Forest, ZI de Jarry", code_postal="97122",
             commune="Baie-Mahault", organisateur="CRESS Guadeloupe",
             titre="Petit-déjeuner des entrepreneurs de l'ESS",
             date_debut="2021-11-17T08:00:00-04:00", date_fin="2021-11-17T10:00:00-04:00")
ABYMES = dict(ROUBAIX, lieu="Centre culturel Sonis", adresse="Section Boisvin", code_postal="97139",
              commune="Les Abymes", organisateur="Association Kalbas Kréyòl", titre="Atelier vannerie et réemploi",
              date_debut="2021-11-20T09:00:00-04:00", date_fin="2021-11-20T12:00:00-04:00")
POINTE_A_PITRE = dict(ROUBAIX, lieu="Mémorial ACTe", adresse="Rue Raspail, Darboussier", code_postal="97110",
                      commune="Pointe-à-Pitre", organisateur="Initiative Guadeloupe",
                      titre="Soirée des lauréats du prêt d'honneur",
                      date_debut="2021-11-25T18:30:00-04:00", date_fin="2021-11-25T21:00:00-04:00")
FORT_DE_FRANCE = dict(ROUBAIX, lieu="Résidence Les Hibiscus", adresse="Route de Châteauboeuf", code_postal="97200",
                      commune="Fort-de-France", organisateur="Association Agir pour l'Environnement Martinique",
                      titre="Atelier zéro déchet au quotidien",
                      date_debut="2021-11-13T09:00:00-04:00", date_fin="2021-11-13T11:30:00-04:00")
LAMENTIN = dict(ROUBAIX, lieu="Lotissement Acajou", adresse="Quartier Acajou", code_postal="97232",
                commune="Le Lamentin",
                organisateur="Chambre régionale de l'économie sociale et solidaire de Martinique",
                titre="Forum de l'ESS en Martinique",
                date_debut="2021-11-19T08:30:00-04:00", date_fin="2021-11-19T16:00:00-04:00")
MORNE_ROUGE = dict(ROUBAIX, lieu="Maison des associations", adresse="Route de la Propreté", code_postal="97260",
                   commune="Le Morne-Rouge", organisateur="Jardins créoles du Nord",
                   titre="Marché paysan et solidaire",
                   date_debut="2021-11-27T07:00:00-04:00", date_fin="2021-11-27T12:00:00-04:00", type_evenement="autre")
CAYENNE = dict(ROUBAIX, lieu="Immeuble Simeg", adresse="Route de Baduel", code_postal="97300", commune="Cayenne",
               organisateur="Couveuse d'entreprises de Guyane", titre="Café création : entreprendre en coopérative",
               date_debut="2021-11-18T17:30:00-03:00", date_fin="2021-11-18T19:30:00-03:00")
KOUROU = dict(ROUBAIX, lieu="Lotissement Les Roches", adresse="Avenue des Roches", code_postal="97310",
              commune="Kourou", organisateur="Association Kourou Recyclerie", titre="Repair café",
              date_debut="2021-11-20T09:00:00-03:00", date_fin="2021-11-20T12:00:00-03:00", type_evenement="autre")
MAMOUDZOU = dict(ROUBAIX, lieu="Immeuble Jacaranda", adresse="Place Mariage", code_postal="97600",
                 commune="Mamoudzou", organisateur="CRESS de Mayotte",
                 titre="Rencontre des structures de l'insertion",
                 date_debut="2021-11-16T09:00:00+03:00", date_fin="2021-11-16T12:00:00+03:00")
DIEPPE = dict(ROUBAIX, lieu="Salle Paul Éluard", adresse="Rue Notre-Dame", code_postal="76200", commune="Dieppe",
              organisateur="Secours catholique de Dieppe", titre="Marché de Noël solidaire",
              date_debut="2021-11-28T10:00:00+01:00", date_fin="2021-11-28T18:00:00+01:00", type_evenement="autre")
GRANVILLE = dict(ROUBAIX, lieu="Station nautique", adresse="Boulevard des Amiraux Granvillais", code_postal="50400",
                 commune="Granville",
                 organisateur="Comité régional des pêches maritimes et des élevages marins de Normandie",
                 titre="Conférence : la pêche durable en Normandie",
                 date_debut="2021-11-19T18:00:00+01:00", date_fin="2021-11-19T20:00:00+01:00")
BOURGES = dict(ROUBAIX, lieu="La Rustine", adresse="23 rue Édouard Vaillant", code_postal="18000", commune="Bourges",
               organisateur="La Rustine Berruyère", titre="Atelier réparation de vélos",
               date_debut="2021-11-20T14:00:00+01:00", date_fin="2021-11-20T17:00:00+01:00")
VIERZON = dict(ROUBAIX, lieu="Maison de l'emploi", adresse="9 rue Marcel Perrin", code_postal="18100",
               commune="Vierzon",
               organisateur="Union régionale des structures d'insertion par l'économique Centre-Val de Loire",
               titre="Job dating de l'insertion", date_debut="2021-11-25T09:00:00+01:00",
               date_fin="2021-11-25T12:00:00+01:00")
BASSE_TERRE = dict(ROUBAIX, lieu="Salle Rémy Nainsouta", adresse="Rue Lardenoy", code_postal="97100",
                   commune="Basse-Terre", organisateur="Collectif des associations de Basse-Terre",
                   titre="Soirée contes et solidarité", date_debut="2021-11-26T19:00:00-04:00",
                   date_fin="2021-11-26T21:30:00-04:00", type_evenement="autre")
LE_ROBERT = dict(ROUBAIX, lieu="Maison du quartier", adresse="Quartier Pontaléry", code_postal="97231",
                 commune="Le Robert", organisateur="Association Pontaléry Solidarité",
                 titre="Veillée solidaire de quartier", date_debut="2021-11-20T18:30:00-04:00",
                 date_fin="2021-11-20T21:00:00-04:00", type_evenement="autre")
MARTINIQUE_WEBINAR = dict(ROUBAIX, **NO_PLACE, organisateur="Initiative Martinique Active", modalite="en_ligne",
                          titre="Webinaire : financer sa structure de l'ESS",
                          date_debut="2021-11-23T10:00:00-04:00", date_fin="2021-11-23T11:30:00-04:00")
SAINT_LAURENT = dict(ROUBAIX, lieu="Camp de la Transportation", adresse="Rue Thiers", code_postal="97320",
                     commune="Saint-Laurent-du-Maroni", organisateur="Association Maroni Solidaire",
                     titre="Forum des associations du Maroni", date_debut="2021-11-13T08:00:00-03:00",
                     date_fin="2021-11-13T13:00:00-03:00", type_evenement="autre")
MATOURY = dict(ROUBAIX, lieu="Lotissement Cogneau-Lamirande", adresse="Route de la Rocade", code_postal="97351",
               commune="Matoury", organisateur="Jardins partagés de Matoury", titre="Atelier semences paysannes",
               date_debut="2021-11-17T16:00:00-03:00", date_fin="2021-11-17T18:00:00-03:00")
KOUNGOU = dict(ROUBAIX, lieu="Plateau polyvalent", adresse="Route nationale 1", code_postal="97690", commune="Koungou",
               organisateur="Association Nayma", titre="Tournoi solidaire de football",
               date_debut="2021-11-14T08:00:00+03:00", date_fin="2021-11-14T13:00:00+03:00", type_evenement="autre")
PAMANDZI = dict(ROUBAIX, lieu="Place de la mairie", adresse="Rue de la mairie", code_postal="97615", commune="Pamandzi",
                organisateur="Ville de Pamandzi", titre="Marché des producteurs de Petite-Terre",
                date_debut="2021-11-27T07:00:00+03:00", date_fin="2021-11-27T12:00:00+03:00", type_evenement="autre")
MAYOTTE_WEBINAR = dict(ROUBAIX, **NO_PLACE, organisateur="Association pour le droit à l'initiative économique",
                       modalite="en_ligne", titre="Webinaire : créer son activité à Mayotte",
                       date_debut="2021-11-18T14:00:00+03:00", date_fin="2021-11-18T15:00:00+03:00")
KAWENI = dict(ROUBAIX, lieu="Pôle d'échange de Kawéni", adresse="Quartier Kawéni", code_postal="97600",
              commune="Mamoudzou", organisateur="Mlézi Maoré", titre="Journée portes ouvertes du chantier d'insertion",
              date_debut="2021-11-23T08:00:00+03:00", date_fin="2021-11-23T15:00:00+03:00")


def ics(base: dict, identifier: str, location: str, start: str, **changes) -> dict:
    """A local network's iCalendar copy: its LOCATION in `adresse`, no organiser, no end."""
    fields = {**NO_PLACE, "adresse": location, "organisateur": "", "date_fin": "", **changes}
    return at(base, ICS, identifier, **fields, date_debut=start)


CASES = {
    # Normandie
    "Normandie: the former commune's name in a LOCATION an hour off, the title reworded": (
        [at(CHERBOURG, PLATFORM, "1"),
         ics(CHERBOURG, "i1", "Jardin du Maupas, Cherbourg", "2021-11-13T10:00:00Z", titre="Compostage au jardin")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Normandie: the regional chamber by its full name in capitals, date only, « Pl. »": (
        [at(ALENCON, PLATFORM, "1"),
         at(ALENCON, SHEET, "t1", lieu="", adresse="Pl. de la Halle au Blé", code_postal="",
            organisateur="CHAMBRE REGIONALE DE L'ECONOMIE SOCIALE ET SOLIDAIRE DE NORMANDIE",
            titre="FORUM EMPLOI ESS", date_debut="2021-11-18", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Normandie: a typo in the film's title, the venue without « Cinéma »": (
        [at(SAINT_LO, PLATFORM, "1"),
         at(SAINT_LO, AGENDA, "o1", lieu="Le Drakkar", titre="Projection-débat : Après-demian",
            organisateur="AMD Manche")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Normandie: an online workshop, a Zoom link against « À distance », acronym": (
        [at(WEBINAR_CAEN, PLATFORM, "1", url="https://us02web.zoom.us/j/86512345678"),
         at(WEBINAR_CAEN, AGENDA, "o1", lieu="À distance", organisateur="MDA Caen",
            titre="La comptabilité associative (webinaire)")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Normandie: two Disco Soupes in Évreux the same evening, a LOCATION « Evreux » in UTC at one's hour": (
        [at(EVREUX, PLATFORM, "1"),
         at(EVREUX, AGENDA, "o1", lieu="Maison de quartier de Nétreville", adresse="Rue Pierre Sémard",
            organisateur="Centre social de Nétreville", date_debut="2021-11-19T18:30:00+01:00"),
         ics(EVREUX, "i1", "Evreux", "2021-11-19T17:00:00Z", titre="Disco soupe")],
        # The two stay apart; the LOCATION's copy is the one at its hour (in UTC), not the one half an hour later.
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Normandie: two forums of one title in Alençon the same day at two addresses": (
        [at(ALENCON, PLATFORM, "1"),
         at(ALENCON, AGENDA, "o1", lieu="Maison de la vie associative", adresse="25 rue Demées",
            organisateur="Ville d'Alençon", date_debut="2021-11-18T14:00:00+01:00",
            date_fin="2021-11-18T18:00:00+01:00")],
        []),
    "Normandie: the venue alone in a LOCATION an hour off, no organiser": (
        [at(DIEPPE, PLATFORM, "1"),
         ics(DIEPPE, "i1", "Salle Paul Eluard", "2021-11-28T10:00:00Z", titre="Marché de Noël solidaire 2021")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Normandie: an acronym of six initials, the street without its venue, date only": (
        [at(GRANVILLE, PLATFORM, "1"),
         at(GRANVILLE, SHEET, "t1", lieu="", adresse="Bd des Amiraux Granvillais", organisateur="CRPMEM Normandie",
            titre="CONFERENCE PECHE DURABLE", date_debut="2021-11-19", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Normandie: two Christmas markets in Dieppe the same day, the spreadsheet's town alone": (
        [at(DIEPPE, PLATFORM, "1"),
         at(DIEPPE, AGENDA, "o1", lieu="Église Saint-Rémy", adresse="Place Saint-Rémy",
            organisateur="Paroisse de Dieppe"),
         at(DIEPPE, SHEET, "t1", **{**NO_PLACE, "commune": "Dieppe"}, organisateur="", titre="MARCHE DE NOEL",
            date_debut="2021-11-28", date_fin="")],
        []),
    # Centre-Val de Loire
    "Centre-Val de Loire: the square without its venue, the title with a prefix and a typo": (
        [at(BLOIS, PLATFORM, "1"),
         at(BLOIS, AGENDA, "o1", lieu="", adresse="Place Jean-Jaurès",
            titre="Mois de l'ESS : grande braderie du réemplio")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Centre-Val de Loire: the acronym of the full name, the venue in a LOCATION with the postal code": (
        [at(CHATEAUROUX, PLATFORM, "1"),
         at(CHATEAUROUX, SHEET, "t1", organisateur="ADIE", titre="Permanence microcrédit", date_debut="2021-11-16",
            date_fin=""),
         ics(CHATEAUROUX, "i1", "Maison des entreprises, 36000 Châteauroux", "2021-11-16T13:00:00Z",
             titre="Le microcrédit pour créer son entreprise")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1", f"{ICS}:i1"}]),
    "Centre-Val de Loire: « St-Amand », no postal code, date only": (
        [at(SAINT_AMAND, PLATFORM, "1"),
         at(SAINT_AMAND, SHEET, "t1", commune="St-Amand-Montrond", code_postal="", adresse="Pl. de la République",
            lieu="", titre="BOURSE AUX JOUETS", date_debut="2021-11-21", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Centre-Val de Loire: « Joue les Tours » in a LOCATION with the venue, an hour off": (
        [at(JOUE, PLATFORM, "1"),
         ics(JOUE, "i1", "Espace Malraux - Joue les Tours", "2021-11-24T18:30:00Z",
             titre="Consommer local et solidaire : conférence")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Centre-Val de Loire: two bourses aux jouets in one town the same day, two organisers": (
        [at(SAINT_AMAND, PLATFORM, "1"),
         at(SAINT_AMAND, AGENDA, "o1", lieu="Centre social", adresse="12 rue de la Laiterie",
            organisateur="Secours populaire français – Fédération du Cher"),
         at(SAINT_AMAND, SHEET, "t1", commune="St-Amand-Montrond", code_postal="", adresse="12 r. de la Laiterie",
            lieu="", organisateur="SPF 18", titre="BOURSE AUX JOUETS", date_debut="2021-11-21", date_fin="")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "Centre-Val de Loire: the title reworded with the edition's prefix, the venue and town in UTC": (
        [at(BOURGES, PLATFORM, "1"),
         at(BOURGES, AGENDA, "o1", titre="Mois de l'ESS – Atelier d'autoréparation vélo", organisateur="La Rustine"),
         ics(BOURGES, "i1", "La Rustine - Bourges", "2021-11-20T13:00:00Z", titre="Autoréparation de vélos")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{ICS}:i1"}]),
    "Centre-Val de Loire: the network's acronym with its region, a typo, date only": (
        [at(VIERZON, PLATFORM, "1"),
         at(VIERZON, SHEET, "t1", organisateur="URSIE Centre-Val de Loire", titre="Job datting insertion",
            lieu="", adresse="9, rue Marcel-Perrin", date_debut="2021-11-25", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Centre-Val de Loire: two bike workshops in Bourges the same afternoon, a LOCATION « Bourges » in UTC": (
        [at(BOURGES, PLATFORM, "1"),
         at(BOURGES, AGENDA, "o1", lieu="Maison des associations", adresse="28 rue Gambon",
            organisateur="Vélo Bourges Solidaire", date_debut="2021-11-20T15:00:00+01:00",
            date_fin="2021-11-20T18:00:00+01:00"),
         ics(BOURGES, "i1", "Bourges", "2021-11-20T13:00:00Z", titre="Atelier réparation vélos")],
        # The LOCATION's copy is at one's hour in UTC, or at the other's as a floating time read in UTC: two plausible
        # partners, merged with neither.
        []),
    # Bretagne
    "Bretagne: the town's Breton name in a LOCATION, the venue alone": (
        [at(QUIMPER, PLATFORM, "1"),
         ics(QUIMPER, "i1", "Ti ar Vro, Kemper", "2021-11-14T13:30:00Z", titre="Fest deiz solidaire")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Bretagne: « c'h » written « ch », the farm's name alone, date only": (
        [at(PLOUZANE, PLATFORM, "1"),
         at(PLOUZANE, SHEET, "t1", lieu="", adresse="Kervoach", titre="VISITE DE FERME", organisateur="TDL Bretagne",
            date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Bretagne: « Lieu-dit Kervoac'h » written « Kervoach », no venue, date only": (
        [at(PLOUZANE, PLATFORM, "1", lieu=""),
         at(PLOUZANE, SHEET, "t1", lieu="", adresse="lieu dit Kervoach", titre="VISITE DE FERME",
            organisateur="TDL Bretagne", date_debut="2021-11-20", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Bretagne: « ar C'hoat » written « ar Choat », the title reworded": (
        [at(PLOUZANE, PLATFORM, "1", lieu="", adresse="Lieu-dit Penn ar C'hoat"),
         at(PLOUZANE, AGENDA, "o1", lieu="", adresse="Lieu dit Penn ar Choat", titre="L'installation paysanne",
            date_debut="2021-11-20T13:00:00Z")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Bretagne: the venue's district in a LOCATION, the town without its accent": (
        [at(PLOERMEL, PLATFORM, "1"),
         ics(PLOERMEL, "i1", "Ti Ker, Ploermel", "2021-11-16T08:00:00Z", titre="Rencontre entrepreneurs sociaux")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Bretagne: Vannes as « Gwened » on a bilingual sign, the organiser's acronym": (
        [at(VANNES, PLATFORM, "1"),
         at(VANNES, AGENDA, "o1", commune="Vannes / Gwened", organisateur="Réseau AMAP 56",
            titre="Rencontre avec les paysans des AMAP")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Bretagne: a zone named « Lann », « ZA » for « Zone », date only": (
        [at(LANESTER, PLATFORM, "1"),
         at(LANESTER, SHEET, "t1", adresse="ZA de Lann Sevelin", titre="VENTE SOLIDAIRE JOUETS",
            organisateur="EMMAUS LANESTER", date_debut="2021-11-27", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Bretagne: two Troc'plantes in Lorient the same morning, a LOCATION « Lorient » an hour off": (
        [at(LORIENT, PLATFORM, "1"),
         at(LORIENT, AGENDA, "o1", lieu="Jardin partagé de Kerentrech", adresse="Rue de Kerentrech",
            organisateur="Les Jardins de Kerentrech"),
         ics(LORIENT, "i1", "Lorient", "2021-11-13T10:00:00Z", titre="Troc plantes")],
        []),
    "Bretagne: two « Ker- » farms' visits of one title the same afternoon in one commune": (
        [at(PLOUZANE, PLATFORM, "1"),
         at(PLOUZANE, AGENDA, "o1", lieu="Ferme de Kerallan", adresse="Lieu-dit Kerallan",
            organisateur="Civam 29")],
        []),
    # Guadeloupe
    "Guadeloupe: the building and the industrial zone, a feed in Paris time": (
        [at(JARRY, PLATFORM, "1"),
         at(JARRY, AGENDA, "o1", lieu="", adresse="Immeuble Le Squale, ZI Jarry",
            date_debut="2021-11-17T13:00:00+01:00", date_fin="2021-11-17T15:00:00+01:00",
            titre="Petit déjeuner ESS", organisateur="CRESS de Guadeloupe")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Guadeloupe: a « Section » address, a local time written as Paris time": (
        [at(ABYMES, PLATFORM, "1"),
         at(ABYMES, SHEET, "t1", lieu="", adresse="Section Boisvin", code_postal="", titre="ATELIER VANNERIE",
            date_debut="2021-11-20T09:00:00+01:00", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Guadeloupe: an evening event the next day in UTC, a LOCATION with the venue and the town": (
        [at(POINTE_A_PITRE, PLATFORM, "1"),
         ics(POINTE_A_PITRE, "i1", "Mémorial ACTe, Pointe-à-Pitre", "2021-11-25T22:30:00Z",
             titre="Soirée lauréats prêts d'honneur")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Guadeloupe: a floating LOCATION time read as UTC, « PAP »": (
        [at(POINTE_A_PITRE, PLATFORM, "1"),
         ics(POINTE_A_PITRE, "i1", "Memorial ACTe, PAP", "2021-11-25T18:30:00Z",
             titre="Soirée des lauréats prêt d'honneur")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Guadeloupe: two workshops of one title in Les Abymes the same morning, in two « sections »": (
        [at(ABYMES, PLATFORM, "1", lieu=""),
         at(ABYMES, AGENDA, "o1", lieu="", adresse="Section Dothémare", organisateur="Association Dothémare Avenir",
            date_debut="2021-11-20T09:30:00-04:00"),
         at(ABYMES, SHEET, "t1", lieu="", adresse="Section Boisvin", code_postal="", titre="ATELIER VANNERIE",
            date_debut="2021-11-20T09:00:00+01:00", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Guadeloupe: an evening written the next day in Paris time": (
        [at(BASSE_TERRE, PLATFORM, "1"),
         at(BASSE_TERRE, AGENDA, "o1", titre="Contes et solidarité : la soirée", date_debut="2021-11-27T00:00:00+01:00",
            date_fin="2021-11-27T02:30:00+01:00", organisateur="Collectif associatif de Basse-Terre")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Guadeloupe: the evening's copy the next day in UTC, the venue alone, and a spreadsheet's date": (
        [at(BASSE_TERRE, PLATFORM, "1"),
         ics(BASSE_TERRE, "i1", "Salle Rémy Nainsouta", "2021-11-26T23:00:00Z", titre="Soirée contes solidaires"),
         at(BASSE_TERRE, SHEET, "t1", lieu="", adresse="", titre="SOIREE CONTES ET SOLIDARITE",
            date_debut="2021-11-26", date_fin="")],
        [{f"{PLATFORM}:1", f"{ICS}:i1", f"{SHEET}:t1"}]),
    # Martinique
    "Martinique: a residence and its road, the title reworded, Paris time": (
        [at(FORT_DE_FRANCE, PLATFORM, "1"),
         at(FORT_DE_FRANCE, AGENDA, "o1", lieu="", adresse="Résidence Les Hibiscus, Route de Châteauboeuf",
            titre="Zéro déchet : les gestes du quotidien", date_debut="2021-11-13T14:00:00+01:00",
            date_fin="2021-11-13T16:30:00+01:00", organisateur="AAPE Martinique")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Martinique: the regional chamber by its acronym, « Lamentin », date only": (
        [at(LAMENTIN, PLATFORM, "1"),
         at(LAMENTIN, SHEET, "t1", organisateur="CRESS Martinique", commune="Lamentin", code_postal="",
            titre="FORUM ESS MARTINIQUE", date_debut="2021-11-19", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Martinique: « Morne-Rouge » without its article, the market in UTC": (
        [at(MORNE_ROUGE, PLATFORM, "1"),
         ics(MORNE_ROUGE, "i1", "Maison des associations, Morne-Rouge", "2021-11-27T11:00:00Z",
             titre="Marché paysan solidaire")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Martinique: two forums of the ESS in two towns the same day": (
        [at(LAMENTIN, PLATFORM, "1"),
         at(LAMENTIN, AGENDA, "o1", lieu="Maison des associations", adresse="Route de la Propreté", code_postal="97260",
            commune="Le Morne-Rouge", organisateur="Ville du Morne-Rouge", titre="Forum de l'ESS")],
        []),
    "Martinique and Guadeloupe: one forum's title in Le Lamentin and in Lamentin, with their postal codes": (
        [at(LAMENTIN, PLATFORM, "1"),
         at(LAMENTIN, AGENDA, "o1", lieu="", adresse="Quartier Acajou", code_postal="97129", commune="Lamentin",
            organisateur="Ville de Lamentin", titre="Forum de l'ESS")],
        []),
    "Martinique: an evening in Paris time, the venue written otherwise, « Robert »": (
        [at(LE_ROBERT, PLATFORM, "1"),
         at(LE_ROBERT, AGENDA, "o1", lieu="Maison de quartier de Pontaléry", adresse="", commune="Robert",
            code_postal="", date_debut="2021-11-20T23:30:00+01:00", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Martinique: a Teams link against « En ligne », the feed in Paris time": (
        [at(MARTINIQUE_WEBINAR, PLATFORM, "1", url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ"),
         at(MARTINIQUE_WEBINAR, AGENDA, "o1", lieu="En ligne", titre="Financer sa structure ESS (webinaire)",
            organisateur="IMA", date_debut="2021-11-23T15:00:00+01:00", date_fin="2021-11-23T16:30:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Martinique: two evenings of one title in Le Robert, four hours apart in their own zone": (
        [at(LE_ROBERT, PLATFORM, "1"),
         at(LE_ROBERT, AGENDA, "o1", date_debut="2021-11-20T14:30:00-04:00", date_fin="2021-11-20T17:00:00-04:00",
            titre="Veillée solidaire")],
        []),
    # Guyane
    "Guyane: a building on a road, a feed in UTC, acronym": (
        [at(CAYENNE, PLATFORM, "1"),
         at(CAYENNE, AGENDA, "o1", lieu="", adresse="Immeuble Simeg, route de Baduel", organisateur="CEG",
            titre="Café création : la coopérative", date_debut="2021-11-18T20:30:00Z", date_fin="")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Guyane: an estate alone, a local time written as Paris time": (
        [at(KOUROU, PLATFORM, "1"),
         at(KOUROU, SHEET, "t1", lieu="", adresse="Lotissement Les Roches", titre="REPAIR CAFE",
            date_debut="2021-11-20T09:00:00+01:00", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Guyane: two repair cafés in Kourou the same morning": (
        [at(KOUROU, PLATFORM, "1"),
         at(KOUROU, AGENDA, "o1", lieu="Médiathèque", adresse="Avenue des Îles", organisateur="Médiathèque de Kourou",
            date_debut="2021-11-20T09:30:00-03:00")],
        []),
    "Guyane: « St Laurent du Maroni », the title reworded, date only": (
        [at(SAINT_LAURENT, PLATFORM, "1"),
         at(SAINT_LAURENT, SHEET, "t1", commune="St Laurent du Maroni", code_postal="", lieu="",
            adresse="Camp de la Transportation", titre="FORUM ASSOCIATIONS MARONI", date_debut="2021-11-13",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Guyane: a floating LOCATION time read as UTC, the estate and the town": (
        [at(MATOURY, PLATFORM, "1"),
         ics(MATOURY, "i1", "Lotissement Cogneau-Lamirande, Matoury", "2021-11-17T16:00:00Z",
             titre="Semences paysannes : atelier")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Guyane: the same workshop in UTC, a LOCATION of the town alone": (
        [at(MATOURY, PLATFORM, "1"),
         ics(MATOURY, "i1", "Matoury", "2021-11-17T19:00:00Z", titre="Atelier semences paysannes")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    # Mayotte
    "Mayotte: the building alone in a LOCATION, a feed in Paris time": (
        [at(MAMOUDZOU, PLATFORM, "1"),
         ics(MAMOUDZOU, "i1", "Immeuble Jacaranda, Mamoudzou", "2021-11-16T07:00:00+01:00",
             titre="Rencontre des SIAE")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Mayotte: a village of Mamoudzou for its commune, the title reworded, date only": (
        [at(KAWENI, PLATFORM, "1"),
         at(KAWENI, SHEET, "t1", lieu="", adresse="Kawéni", commune="Kaweni", code_postal="",
            titre="PORTES OUVERTES CHANTIER INSERTION", organisateur="MLEZI MAORE", date_debut="2021-11-23",
            date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Mayotte: a commune's apostrophe left out, the spreadsheet's day": (
        [at(KAWENI, PLATFORM, "1", lieu="Plateau sportif", adresse="Rue de la mairie", code_postal="97650",
            commune="M'Tsangamouji", titre="Tournoi solidaire de football", organisateur="Association Nayma"),
         at(KAWENI, SHEET, "t1", lieu="", adresse="", code_postal="", commune="Mtsangamouji", titre="TOURNOI FOOT",
            organisateur="NAYMA", date_debut="2021-11-23", date_fin="")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "Mayotte: one tournament's title the same day in two communes, one written with an apostrophe": (
        [at(KAWENI, PLATFORM, "1", lieu="Plateau sportif", adresse="", code_postal="", commune="M'tsamboro",
            titre="Tournoi solidaire de football", organisateur="Association Nayma"),
         at(KAWENI, AGENDA, "o1", lieu="Plateau sportif", adresse="", code_postal="", commune="Mtsangamouji",
            titre="Tournoi solidaire de football", organisateur="Association Nayma")],
        []),
    "Bretagne: a bilingual town field, « Quimper - Kemper », the venue alone elsewhere": (
        [at(QUIMPER, PLATFORM, "1"),
         at(QUIMPER, AGENDA, "o1", commune="Quimper - Kemper", code_postal="", adresse="", titre="Fest-deiz")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Bretagne: two fest-deiz in Quimper and Lorient, the town fields bilingual, no postal code": (
        [at(QUIMPER, PLATFORM, "1", commune="Kemper / Quimper", code_postal="", lieu="Salle polyvalente", adresse=""),
         at(QUIMPER, AGENDA, "o1", commune="An Oriant / Lorient", code_postal="", lieu="Salle polyvalente",
            adresse="")],
        []),
    "Mayotte: two meetings of one title in Mamoudzou the same day, morning and afternoon": (
        [at(MAMOUDZOU, PLATFORM, "1"),
         at(MAMOUDZOU, AGENDA, "o1", lieu="Hôtel de ville", adresse="Boulevard Halidi Selemani",
            organisateur="Ville de Mamoudzou", date_debut="2021-11-16T14:00:00+03:00",
            date_fin="2021-11-16T17:00:00+03:00")],
        []),
    "Mayotte: a floating LOCATION time read as UTC, the venue and the road": (
        [at(KOUNGOU, PLATFORM, "1"),
         ics(KOUNGOU, "i1", "Plateau polyvalent, RN1, Koungou", "2021-11-14T08:00:00Z",
             titre="Tournoi de foot solidaire")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "Mayotte: a webinar on Zoom against « Visio », Paris time, the acronym": (
        [at(MAYOTTE_WEBINAR, PLATFORM, "1", url="https://zoom.us/j/91234567890"),
         at(MAYOTTE_WEBINAR, AGENDA, "o1", lieu="Visio", organisateur="ADIE", titre="Créer son activité à Mayotte",
            date_debut="2021-11-18T12:00:00+01:00", date_fin="2021-11-18T13:00:00+01:00")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1"}]),
    "Mayotte: two producers' markets the same morning in Pamandzi and Dzaoudzi, one postal code": (
        [at(PAMANDZI, PLATFORM, "1"),
         at(PAMANDZI, AGENDA, "o1", lieu="Place du marché", adresse="Boulevard des Crabes", commune="Dzaoudzi",
            organisateur="Ville de Dzaoudzi-Labattoir")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_hand_written_cases_of_regions_not_written_before(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}


@pytest.mark.parametrize(("written", "as_often"), [
    ("12 Lieu-dit Kervoac'h", "12 lieu dit Kervoach"), ("3 rue ar C'hoat", "3 rue ar Choat"),
    ("Penmarc’h", "Penmarch")])
def test_breton_ch_written_ch_is_one_place_key(written, as_often):
    assert place_key(written) == place_key(as_often)
    assert street_of(place_key(written)) == street_of(place_key(as_often))


@pytest.mark.parametrize(("written", "communes"), [
    ("Kemper / Quimper", {"29232"}), ("Quimper - Kemper", {"29232"}), ("Naoned / Nantes", {"44109"}),
    ("Naoned", {"44109"}), ("An Oriant / Lorient", {"56121"}),
    ("Rennes / Brest", set()), ("Roazhon / Brest", set()),  # two towns: neither
])
def test_a_town_beside_its_regional_language_name_is_that_town(index, written, communes):
    """Both parts of « Kemper / Quimper » name Quimper (Kemper: REGIONAL_NAMES, scripts/build_reference.py)."""
    assert index.candidates("", "", written) == communes
