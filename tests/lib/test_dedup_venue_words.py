"""Venues' words a source shortens (« Parc expo » for the Parc des expositions, « Ctre social » for a centre social)
or writes otherwise (« 11ème », « 11e ») or by its acronym (« MCB » for the Maison de la Culture de Bourges),
the town's name glued after them in an iCalendar LOCATION that gives no commune. Each case gives the groups of more than
one record the merge must publish (none: every record alone)."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, lieu: str, commune: str,
           **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        "lieu": lieu, "commune": commune, **more})


NIMES = dict(lieu="Parc des expositions", commune="Nîmes", adresse="230 avenue du Languedoc", code_postal="30900")
CASES = {
    "« Parc expo Nîmes » in a LOCATION an hour off, no organiser": (
        [listed(PLATFORM, "1", "Forum de l'emploi solidaire", "Maison de l'emploi de Nîmes Métropole",
                "2022-11-17T09:00:00+01:00", **NIMES),
         listed(ICS, "i1", "Forum emploi solidaire - Nîmes", "", "2022-11-17T09:00:00Z", "", "",
                adresse="Parc expo Nîmes")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« Parc Expo » at its town in a spreadsheet, date only": (
        [listed(PLATFORM, "1", "Salon des solutions durables", "Ville de Colmar", "2022-11-19T10:00:00+01:00",
                "Parc des expositions", "Colmar", adresse="Avenue de la Foire aux Vins", code_postal="68000"),
         listed(SHEET, "t1", "Salon solutions durables", "Ville de Colmar", "2022-11-19", "Parc Expo", "Colmar")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« Ctre social Belle Rive » / « Centre social Belle Rive »": (
        [listed(PLATFORM, "1", "Repair Café", "Repair Café Compiègne", "2022-11-26T14:00:00+01:00",
                "Centre social Belle Rive", "Compiègne", adresse="1 rue des Remparts", code_postal="60200"),
         listed(ICS, "i1", "Repair café Compiègne", "", "2022-11-26T14:00:00Z", "", "",
                adresse="Ctre social Belle Rive")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« Mairie du 11ème » / « Mairie du 11e arrondissement »": (
        [listed(AGENDA, "o1", "Forum ESS Paris 11", "Ville de Paris - 11e", "2022-11-19T10:00:00+01:00",
                "Mairie du 11e arrondissement", "Paris", adresse="12 place Léon Blum", code_postal="75011"),
         listed(SHEET, "t1", "Forum ESS 11e", "Mairie du 11e", "2022-11-19T10:00:00+01:00", "Mairie du 11ème",
                "Paris 11")],
        [{f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "« Mairie du XIe, Paris » in an Outlook LOCATION / « Mairie du 11e »": (
        [listed(PLATFORM, "1", "Forum de l'ESS du 11e arrondissement", "Mairie du 11e arrondissement",
                "2022-11-19T10:00:00+01:00", "Mairie du 11e", "Paris", adresse="12 place Léon Blum",
                code_postal="75011"),
         listed(ICS, "i1", "Forum ESS Paris 11", "", "2022-11-19T10:00:00+01:00", "", "",
                adresse="Mairie du XIe, Paris")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« Mairie du XIIe » in a spreadsheet / « Mairie du 12e », date only": (
        [listed(PLATFORM, "1", "Conférence : l'ESS et la ville", "Mairie du 12e", "2022-11-22T19:00:00+01:00",
                "Mairie du 12e", "Paris", adresse="130 avenue Daumesnil", code_postal="75012"),
         listed(SHEET, "t1", "Conférence ESS et ville", "Mairie du 12ème", "2022-11-22", "Mairie du XIIe", "PARIS",
                code_postal="75012")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    "« MCB » alone in a LOCATION / « Maison de la Culture de Bourges »": (
        [listed(PLATFORM, "1", "Conférence : la culture, un bien commun ?", "Cultures du Cœur Cher",
                "2022-11-22T18:30:00+01:00", "Maison de la Culture de Bourges", "Bourges",
                adresse="34 rue Henri Sellier",
                code_postal="18000"),
         listed(ICS, "i1", "La culture, un bien commun ? (conférence)", "", "2022-11-22T17:30:00Z", "", "",
                adresse="MCB")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« MCB, Bourges » / « Maison de la Culture de Bourges »": (
        [listed(PLATFORM, "1", "Conférence : la culture, un bien commun ?", "Cultures du Cœur Cher",
                "2022-11-22T18:30:00+01:00", "Maison de la Culture de Bourges", "Bourges",
                adresse="34 rue Henri Sellier",
                code_postal="18000"),
         listed(ICS, "i1", "La culture, un bien commun ? (conférence)", "", "2022-11-22T17:30:00Z", "", "",
                adresse="MCB, Bourges")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« MVA Reims » in a LOCATION / « Maison de la vie associative », a typo in the title": (
        [listed(PLATFORM, "1", "Rencontre : l'éducation populaire et l'ESS", "Ligue de l'enseignement de la Marne",
                "2022-11-23T14:00:00+01:00", "Maison de la vie associative", "Reims", adresse="122 bis rue du Barbâtre",
                code_postal="51100"),
         listed(ICS, "i1", "Rencontre éducation populiare & ESS", "", "2022-11-23T13:00:00Z", "", "",
                adresse="MVA Reims")],
        [{f"{PLATFORM}:1", f"{ICS}:i1"}]),
    "« MJC de Vannes » / « Maison des jeunes et de la culture », an hour off": (
        [listed(AGENDA, "o1", "Ciné-débat : Demain", "Cinéma d'éducation populaire du Morbihan",
                "2022-11-18T20:30:00+01:00", "Maison des jeunes et de la culture", "Vannes",
                adresse="Rue du Commandant Charcot", code_postal="56000"),
         listed(ICS, "i1", "Demain - projection et débat", "", "2022-11-18T20:30:00Z", "", "",
                adresse="MJC de Vannes")],
        [{f"{AGENDA}:o1", f"{ICS}:i1"}]),
    # Apart: an acronym and a town that two venues there spell out; the venue the edition places in another town.
    "« MVA Reims », two venues of Reims it spells": (
        [listed(PLATFORM, "1", "Rencontre : l'éducation populaire et l'ESS", "Ligue de l'enseignement de la Marne",
                "2022-11-23T14:00:00+01:00", "Maison de la vie associative", "Reims", adresse="122 bis rue du Barbâtre",
                code_postal="51100"),
         listed(PLATFORM, "2", "Rencontre : l'éducation populaire et l'ESS", "Francas de la Marne",
                "2022-11-23T14:00:00+01:00", "Médiathèque Vergers Aymard", "Reims", adresse="2 rue Joliot-Curie",
                code_postal="51100"),
         listed(ICS, "i1", "Rencontre éducation populiare & ESS", "", "2022-11-23T13:00:00Z", "", "",
                adresse="MVA Reims")],
        []),
    "« MVA Épernay » / the Maison de la vie associative of Reims": (
        [listed(PLATFORM, "1", "Rencontre : l'éducation populaire et l'ESS", "Ligue de l'enseignement de la Marne",
                "2022-11-23T14:00:00+01:00", "Maison de la vie associative", "Reims", adresse="122 bis rue du Barbâtre",
                code_postal="51100"),
         listed(ICS, "i1", "Rencontre éducation populaire & ESS", "", "2022-11-23T13:00:00Z", "", "",
                adresse="MVA Épernay")],
        []),
    # Apart: an acronym two venues of the edition spell out (« MCB »: the Maison de la Culture and the Maison des
    # Citoyens de Bourges), the title the other venue's event's.
    "« MCB » alone, two venues of Bourges it spells": (
        [listed(PLATFORM, "1", "Conférence : la culture, un bien commun ?", "Cultures du Cœur Cher",
                "2022-11-22T18:30:00+01:00", "Maison de la Culture de Bourges", "Bourges",
                adresse="34 rue Henri Sellier",
                code_postal="18000"),
         listed(PLATFORM, "2", "Conférence : la culture, un bien commun ?", "Maison des Citoyens",
                "2022-11-22T18:30:00+01:00", "Maison des Citoyens de Bourges", "Bourges", adresse="2 rue Moyenne",
                code_postal="18000"),
         listed(ICS, "i1", "La culture, un bien commun ? (conférence)", "", "2022-11-22T17:30:00Z", "", "",
                adresse="MCB")],
        []),
    # Apart: another park of the town, the same title at the same time by another organiser; another arrondissement.
    "« Mairie du 11ème » / « Mairie du 12e »": (
        [listed(AGENDA, "o1", "Forum de l'ESS", "Ville de Paris", "2022-11-19T10:00:00+01:00", "Mairie du 12e",
                "Paris"),
         listed(SHEET, "t1", "Forum de l'ESS", "Ville de Paris", "2022-11-19T10:00:00+01:00", "Mairie du 11ème",
                "Paris")],
        []),
    "« Mairie du XIIe » / « Mairie du 11e »": (
        [listed(PLATFORM, "1", "Conférence : l'ESS et la ville", "Ateliers de Paris", "2022-11-22T19:00:00+01:00",
                "Mairie du 11e", "Paris", adresse="12 place Léon Blum", code_postal="75011"),
         listed(ICS, "i1", "Conférence ESS et ville", "", "2022-11-22T19:00:00+01:00", "", "",
                adresse="Mairie du XIIe, Paris")],
        []),
    "« Parc expo » / « Parc des sports », two organisers": (
        [listed(PLATFORM, "1", "Forum des associations", "Ville de Nîmes", "2022-11-12T10:00:00+01:00", **NIMES),
         listed(SHEET, "t1", "Forum des associations", "Office municipal des sports", "2022-11-12T10:00:00+01:00",
                "Parc des sports", "Nîmes")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_venue_written_short(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
