"""A body written as its acronym and its town (« MDE Laval », « CCAS Caen », « MJC Vannes ») against the name the
acronym spells, alone (« Maison de l'Emploi ») or with that town (« Centre communal d'action sociale de Caen »): one
body; with another town (« … de Lisieux »), another body. Each case gives the groups of more than one record the merge
must publish (none: every record alone); the relation itself is checked on pairs of names."""

import pytest

from assets.lib.dedup import _named_organisers_relation, _organiser_keys, deduplicate, use_territories
from tests.lib.test_dedup import event, frame, merged_keys

PLATFORM, AGENDA, ICS, SHEET = "plateforme", "cress-openagenda", "reseau-ical", "cress-tableur"
DAY = dict(edition=2022, numero_edition=15, description="", type_evenement="autre", thematiques="", publics="",
           modalite="presentiel", organisateur_famille="", co_organisateurs="", latitude=None, longitude=None, url="",
           date_mise_a_jour="2022-10-20", code_insee_source="", adresse="", code_postal="", date_fin="")


def listed(source: str, identifier: str, titre: str, organisateur: str, date_debut: str, lieu: str, commune: str,
           **more) -> dict:
    return event(source, identifier, **{**DAY, "titre": titre, "organisateur": organisateur, "date_debut": date_debut,
                                        "lieu": lieu, "commune": commune, **more})


@pytest.mark.parametrize(("one", "other", "relation"), [
    ("MDE Laval", "Maison de l'Emploi", "same"),
    ("MDE Laval", "Maison de l'emploi de Laval", "same"),
    ("CCAS Caen", "Centre communal d'action sociale de Caen", "same"),
    ("MJC Vannes", "Maison des jeunes et de la culture", "same"),
    ("CIDFF Rouen", "Centre d'information sur les droits des femmes et des familles", "same"),
    ("MDE Laval", "Maison de l'emploi de Rennes", "other"),
    ("CCAS Caen", "Centre communal d'action sociale de Lisieux", "other"),
    ("MJC Vannes", "Maison des Jeunes et de la Culture de Lorient", "other"),
])
def test_an_acronym_and_its_town_against_the_name_it_spells(index, one, other, relation):
    use_territories(index)
    assert _named_organisers_relation(*_organiser_keys(one), *_organiser_keys(other)) == relation
    assert _named_organisers_relation(*_organiser_keys(other), *_organiser_keys(one)) == relation


LAVAL = dict(lieu="Salle polyvalente", commune="Laval", adresse="Rue du Britais", code_postal="53000")
CASES = {
    "Laval: « MDE Laval » on the agenda, « Maison de l'Emploi » in the spreadsheet, date only": (
        [listed(PLATFORM, "1", "Forum de l'emploi et de l'ESS", "Maison de l'emploi de Laval",
                "2022-11-24T09:00:00+01:00", **LAVAL),
         listed(AGENDA, "o1", "GRATUIT – Forum emploi & ESS (sur inscription)", "MDE Laval",
                "2022-11-24T09:00:00+01:00", **LAVAL),
         listed(SHEET, "t1", "Forum Emploi ESS Laval", "Maison de l'Emploi", "2022-11-24", "Salle polyvalente",
                "LAVAL")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    "Caen: « CCAS Caen » / « Centre communal d'action sociale de Caen », an hour off": (
        [listed(PLATFORM, "1", "Conférence : vieillir chez soi", "Centre communal d'action sociale de Caen",
                "2022-11-17T14:30:00+01:00", "Hôtel de ville", "Caen", adresse="Esplanade Jean-Marie Louvel",
                code_postal="14000"),
         listed(SHEET, "t1", "Vieillir chez soi (conférence)", "CCAS Caen", "2022-11-17T15:30:00+01:00",
                "Hôtel de Ville", "Caen")],
        [{f"{PLATFORM}:1", f"{SHEET}:t1"}]),
    # An event moved online: the spreadsheet still lists it at the venue, credited to the acronym and its town.
    "Saint-Étienne: moved online, « MDA Saint-Etienne » at the venue in the spreadsheet": (
        [listed(PLATFORM, "1", "Atelier : rédiger ses statuts d'association",
                "Maison des associations de Saint-Étienne", "2022-11-22T18:00:00+01:00", "", "", modalite="en_ligne"),
         listed(AGENDA, "o1", "Rédiger les statuts de son association", "Maison des associations de Saint-Étienne",
                "2022-11-22T18:00:00+01:00", "", "", modalite="en_ligne", url="https://zoom.us/j/93456789012"),
         listed(SHEET, "t1", "Atelier statuts association", "MDA Saint-Etienne", "2022-11-22T18:00:00+01:00",
                "Maison des associations", "St-Étienne", adresse="4 rue André Malraux", code_postal="42000")],
        [{f"{PLATFORM}:1", f"{AGENDA}:o1", f"{SHEET}:t1"}]),
    # Apart: another organiser's workshop of that title at the venue, the online one by the Maison des associations.
    "Saint-Étienne: online by the Maison des associations, at the venue by another association": (
        [listed(PLATFORM, "1", "Atelier : rédiger ses statuts d'association",
                "Maison des associations de Saint-Étienne", "2022-11-22T18:00:00+01:00", "", "", modalite="en_ligne"),
         listed(SHEET, "t1", "Atelier statuts association", "Le Mouvement associatif Loire",
                "2022-11-22T18:00:00+01:00", "Maison des associations", "St-Étienne", adresse="4 rue André Malraux",
                code_postal="42000")],
        []),
    # Apart: the acronym's body of another town holds its own forum the same morning in its own town hall.
    "« MDE Laval » / « Maison de l'emploi de Château-Gontier »": (
        [listed(PLATFORM, "1", "Forum de l'emploi et de l'ESS", "Maison de l'emploi de Château-Gontier",
                "2022-11-24T09:00:00+01:00", "Salle polyvalente", "Laval", adresse="Rue du Britais",
                code_postal="53000"),
         listed(SHEET, "t1", "Forum Emploi ESS", "MDE Laval", "2022-11-24", "Salle polyvalente", "Laval")],
        []),
}


@pytest.mark.parametrize(("records", "groups"), list(CASES.values()), ids=list(CASES))
def test_a_body_written_as_its_acronym_and_town(index, records, groups):
    published = {group for group in merged_keys(deduplicate(frame(*records), index)) if len(group) > 1}
    assert published == {frozenset(group) for group in groups}
