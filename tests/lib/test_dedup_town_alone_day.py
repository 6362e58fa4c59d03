"""A record without its time that gives its organiser's town alone (or a room nothing places there), against that
organiser's event the same day at a venue of the town, is that event however reworded when the titles name a subject
in common, as at the venue itself; another subject, or another organiser, is not, even in the same words of one
shape of event (« Atelier de sensibilisation … »): an organiser holds several workshops a day in its town."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

SHEET = "cress-aura-tableur"
AT_THE_VENUE = dict(titre="Atelier de sensibilisation à la rénovation des copropriétés",
                    date_debut="2019-11-16T14:00:00+01:00", date_fin="2019-11-16T16:00:00+01:00",
                    organisateur="Habitat Partagé Lyon")
TOWN_ALONE = dict(lieu="", adresse="", code_postal="", latitude=None, longitude=None, commune="Lyon",
                  date_debut="2019-11-16", date_fin="", organisateur="Habitat Partagé Lyon")


@pytest.mark.parametrize(
    ("copy", "merged"),
    [
        pytest.param(dict(titre="Copropriétés : rénover ensemble"), True, id="one subject, no two formats"),
        pytest.param(dict(titre="Rencontre pratique : la rénovation des copropriétés"), True,
                     id="one subject, two formats"),
        pytest.param(dict(titre="Rencontre pratique : la rénovation des copropriétés", lieu="Salle 4",
                          commune="", adresse="Salle 4, Lyon"), True, id="a room nothing places"),
        pytest.param(dict(titre="Rencontre pratique : le jardin partagé"), False, id="another subject"),
        pytest.param(dict(titre="Atelier de sensibilisation au compostage"), False,
                     id="another subject, the same workshop words"),
        pytest.param(dict(titre="Atelier de sensibilisation au compostage", lieu="Salle 4", commune="",
                          adresse="Salle 4, Lyon"), False, id="another subject, the same workshop words, a room"),
        pytest.param(dict(titre="Atelier de sensibilisation"), True, id="the same workshop words, no subject"),
        pytest.param(dict(titre="Copropriétés : rénover ensemble", organisateur="Collectif des Pentes"), False,
                     id="another organiser"),
        pytest.param(dict(titre="Copropriétés : rénover ensemble", commune="Villeurbanne"), False,
                     id="another town"),
    ],
)
def test_an_organisers_date_only_copy_giving_the_town_alone(index, copy, merged):
    platform = event("plateforme", "p1", **AT_THE_VENUE)
    sheet = event(SHEET, "s1", **{**TOWN_ALONE, **copy})
    result = deduplicate(frame(platform, sheet), index)
    assert (frozenset({"plateforme:p1", f"{SHEET}:s1"}) in merged_keys(result)) is merged


def test_a_date_only_copy_at_the_venue_naming_no_organiser_shares_more_than_a_shape(index):
    """At the venue, one record naming no organiser (an iCalendar without ORGANIZER): the same shape of event in the
    same words, each title naming a subject of its own, is another workshop held there that day."""
    platform = event("plateforme", "p1", **AT_THE_VENUE)
    sheet = event(SHEET, "s1", titre="Atelier de sensibilisation au compostage", date_debut="2019-11-16",
                  date_fin="", organisateur="")
    result = deduplicate(frame(platform, sheet), index)
    assert frozenset({"plateforme:p1", f"{SHEET}:s1"}) not in merged_keys(result)
