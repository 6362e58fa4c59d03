"""A copy without organiser field whose title opens or closes on the organiser's name, against a copy crediting that
organiser by its acronym (an agenda writes « Union départementale du Pays cathare – Atelier … », a registration sheet
« UDPC »): one organiser, as when the title names it by its acronym or in full against the name in full."""

import pytest

from assets.lib.dedup import _title_end_initials, deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

DAY = "2019-11-14"


def _pair(agenda: str, sheet: str, place: dict, titled: str, credited_title: str, acronym: str) -> list:
    """The agenda's copy (no organiser field, the name in its title, timed) and the sheet's (the acronym, no time)."""
    common = dict(place, latitude=None, longitude=None, description="")
    return [
        event(agenda, "a1", titre=titled, organisateur="", date_debut=f"{DAY}T13:45:00+01:00", date_fin="", **common),
        event(sheet, "s1", titre=credited_title, organisateur=acronym, date_debut=DAY, date_fin=DAY, **common),
    ]


OCCITANIE = dict(lieu="Salle Jean Jaurès", adresse="105 boulevard Pujol", code_postal="31000", commune="Toulouse")
NORD = dict(lieu="Médiathèque communale", adresse="12 rue Royale", code_postal="62100", commune="Calais")
AURA = dict(lieu="La Cordée", adresse="4 place du Champ de Mars", code_postal="26000", commune="Valence")
BRETAGNE = dict(lieu="Le Grand Cordel", adresse="18 rue des Plantes", code_postal="35000", commune="Rennes")


@pytest.mark.parametrize(
    ("agenda", "sheet", "place", "titled", "credited_title", "acronym"),
    [
        pytest.param("cress-occitanie-openagenda", "cress-occitanie-tableur", OCCITANIE,
                     "Union départementale du Pays cathare – Atelier : la forêt et le bois",
                     "Journée de formation : filière bois locale", "UDPC", id="Occitanie, the name heading the title"),
        pytest.param("cress-hauts-de-france-openagenda", "cress-hauts-de-france-tableur", NORD,
                     "Association Solidaire des Flandres : remise en état de vélos", "Vélo : diagnostic et réparation",
                     "ASF", id="Hauts-de-France, an association's name before a colon"),
        pytest.param("cress-auvergne-rhone-alpes-openagenda", "cress-auvergne-rhone-alpes-tableur", AURA,
                     "Coopérative d'alpage Drôme solidaire – Déjeuner du réseau", "Café-croissant des solidaires",
                     "CADS", id="Auvergne-Rhône-Alpes, a cooperative's name with its articles"),
        pytest.param("cress-bretagne-openagenda", "cress-bretagne-tableur", BRETAGNE,
                     "Atelier : les communs numériques (Maison de Pays de l'Ille partagée)",
                     "Install-party : logiciels libres et communs", "MPIP", id="Bretagne, the name closing the title"),
    ],
)
def test_a_title_spelling_out_the_credited_acronym_names_that_organiser(
    index, agenda, sheet, place, titled, credited_title, acronym
):
    rows = _pair(agenda, sheet, place, titled, credited_title, acronym)
    assert frozenset({f"{agenda}:a1", f"{sheet}:s1"}) in merged_keys(deduplicate(frame(*rows), index))


@pytest.mark.parametrize(
    ("place", "titled", "credited_title", "acronym"),
    [
        # Another union of the département credited: the title's name spells « UDPC », not « UDL ».
        pytest.param(OCCITANIE, "Union départementale du Pays cathare – Atelier : la forêt et le bois",
                     "Journée de formation : filière bois locale", "UDL", id="another union's acronym"),
        pytest.param(NORD, "Association Solidaire des Flandres : remise en état de vélos",
                     "Vélo : diagnostic et réparation", "EIF", id="another association's acronym"),
    ],
)
def test_a_title_spelling_another_acronym_names_no_organiser(index, place, titled, credited_title, acronym):
    agenda, sheet = "cress-occitanie-openagenda", "cress-occitanie-tableur"
    rows = _pair(agenda, sheet, place, titled, credited_title, acronym)
    assert frozenset({f"{agenda}:a1", f"{sheet}:s1"}) not in merged_keys(deduplicate(frame(*rows), index))


@pytest.mark.parametrize(
    ("acronym", "title", "spelled"),
    [
        ("udpc", "union departementale du pays cathare atelier la foret", True),
        ("mpap", "dejeuner cooperatif maison de pays de l ariege partagee", True),  # the tail, articles aside
        ("asf", "association solidaire des flandres remise en etat de velos", True),
        # Initials from short words (« au ») are no name: « Contes au coin du feu » spells no « CAC ».
        ("cac", "contes au coin du feu les chantiers d insertion", False),
        ("udpc", "union departementale du pays", False),  # nothing of the title beside the name
        ("as", "association solidaire atelier velo", False),  # two letters say too little
        ("udl", "union departementale du pays cathare atelier", False),
    ],
)
def test_a_title_end_spells_an_acronym_by_its_significant_words(acronym, title, spelled):
    assert _title_end_initials(acronym, title) is spelled
