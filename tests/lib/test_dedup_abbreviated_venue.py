"""A venue's name whose first word a source shortens to three letters (« Esp. » for « Espace »: a CRESS spreadsheet's
or a network's habit) names the venue the other source writes in full, however short the rest of the name: the two
records of one event are merged. Another « Espace » of the town stays another place."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

# The platform's record of an event in each region, at a venue whose name is short after its kind.
TOULOUSE = dict(
    titre="Forum des métiers de l'économie sociale", date_debut="2021-11-18T09:30:00+01:00",
    date_fin="2021-11-18T16:00:00+01:00", organisateur="Maison de l'emploi de Toulouse", lieu="Espace Job",
    adresse="105 route de Blagnac", code_postal="31200", commune="Toulouse", latitude=43.6183, longitude=1.4237,
    edition=2021,
)
GRENOBLE = dict(
    titre="Théâtre-forum : l'habitat participatif", date_debut="2019-11-07T19:00:00+01:00",
    date_fin="2019-11-07T21:00:00+01:00", organisateur="Les Habiles", lieu="Espace 600",
    adresse="97 galerie de l'Arlequin", code_postal="38100", commune="Grenoble", latitude=45.1664, longitude=5.7335,
)
LORIENT = dict(
    titre="Troc de graines et de plants", date_debut="2019-11-16T14:00:00+01:00",
    date_fin="2019-11-16T17:00:00+01:00", organisateur="Les Jardins du Scorff", lieu="Espace Cité",
    adresse="12 rue de Merville", code_postal="56100", commune="Lorient", latitude=47.7482, longitude=-3.3660,
)


def _copy(platform: dict, lieu: str, source: str, **changes) -> dict:
    return event(source, "copie", **{**platform, "lieu": lieu, "adresse": "", **changes})


SAME_VENUE = [
    pytest.param(TOULOUSE, _copy(TOULOUSE, "Esp. Job", "cress-occitanie-tableur", titre="Les métiers de l'ESS : forum"),
                 id="Occitanie, a spreadsheet's « Esp. », a reworded title"),
    pytest.param(TOULOUSE, _copy(TOULOUSE, "ESP. JOB", "cress-occitanie-tableur", date_debut="2021-11-18", date_fin="",
                                 titre=TOULOUSE["titre"].upper()), id="Occitanie, capitals, no time"),
    pytest.param(GRENOBLE, _copy(GRENOBLE, "Esp. 600", "cress-auvergne-rhone-alpes-tableur",
                                 titre="Théâtre-forum sur l'habitat participatif"),
                 id="Grenoble, « Esp. » and a number"),
    pytest.param(LORIENT, _copy(LORIENT, "Esp. Cité", "cress-bretagne-openagenda", date_debut="2019-11-16",
                                date_fin=""), id="Bretagne, an agenda's date-only entry"),
]


@pytest.mark.parametrize(("platform", "copy"), SAME_VENUE)
def test_a_venue_whose_first_word_is_shortened_is_the_same_venue(platform, copy, index):
    result = deduplicate(frame(event("plateforme", "1", **platform), copy), index)
    assert merged_keys(result) == {frozenset({"plateforme:1", f"{copy['source']}:copie"})}


OTHER_VENUE = [
    pytest.param(TOULOUSE, _copy(TOULOUSE, "Esp. Jeunes", "cress-occitanie-tableur",
                                 titre="Les métiers de l'ESS : forum"), id="Occitanie, another « Espace »"),
    pytest.param(GRENOBLE, _copy(GRENOBLE, "Esp. 400", "cress-auvergne-rhone-alpes-tableur",
                                 titre="Théâtre-forum sur l'habitat participatif"), id="Grenoble, another number"),
    pytest.param(LORIENT, _copy(LORIENT, "Esp. Ados", "cress-bretagne-openagenda", date_debut="2019-11-16",
                                date_fin=""), id="Bretagne, another « Espace », no time"),
]


@pytest.mark.parametrize(("platform", "copy"), OTHER_VENUE)
def test_another_venue_of_that_kind_stays_another_place(platform, copy, index):
    result = deduplicate(frame(event("plateforme", "1", **platform), copy), index)
    assert merged_keys(result) == {frozenset({"plateforme:1"}), frozenset({f"{copy['source']}:copie"})}
