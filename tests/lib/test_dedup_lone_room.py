"""A record not saying where in the other's town (an iCalendar LOCATION naming a room nothing places, « Salle Erdre,
Lyon », or the town alone), from the same start to the same end as a venue's event there, is that event however
reworded when neither source lists anything else in that town then (_alone_then); a second event listed there then by
either source leaves it with no partner."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import ICS, event, frame, merged_keys

ROOM = dict(lieu="", code_postal="", commune="", latitude=None, longitude=None, organisateur="",
            adresse="Salle Erdre, Lyon")
LUNCH = dict(titre="Pause du matin", date_debut="2019-11-16T09:00:00+01:00", date_fin="2019-11-16T11:00:00+01:00")
COPY = dict(ROOM, titre="Café-rencontre entre structures", date_debut="2019-11-16T09:00:00+01:00",
            date_fin="2019-11-16T11:00:00+01:00")
# Another event in Lyon at 9:00 that day, elsewhere in the town, by another group.
OTHER = dict(titre="Troc de graines", date_debut="2019-11-16T09:00:00+01:00", date_fin="2019-11-16T12:00:00+01:00",
             organisateur="Graines de Lyon", lieu="La Ruche", adresse="5 rue Burdeau")


@pytest.mark.parametrize(
    ("others", "merged"),
    [
        pytest.param([], True, id="alone in the town then"),
        pytest.param([event("plateforme", "p2", **OTHER)], False, id="the platform lists another event then"),
        pytest.param([event(ICS, "i2", **{**OTHER, **ROOM, "adresse": "Salle Rhône, Lyon"})],
                     False, id="the iCalendar lists another room then"),
        pytest.param([event("plateforme", "p2", **{**OTHER, "date_debut": "2019-11-16T15:00:00+01:00",
                                                        "date_fin": "2019-11-16T17:00:00+01:00"})],
                     True, id="another event later that day"),
    ],
)
@pytest.mark.parametrize(
    "location", [pytest.param("Salle Erdre, Lyon", id="a room"), pytest.param("Lyon", id="the town")]
)
def test_a_reworded_copy_alone_in_its_town_then_is_the_venues_event(index, others, merged, location):
    platform = event("plateforme", "p1", **LUNCH)
    ics = event(ICS, "i1", **{**COPY, "adresse": location})
    result = deduplicate(frame(platform, ics, *others), index)
    assert (frozenset({"plateforme:p1", f"{ICS}:i1"}) in merged_keys(result)) is merged


def test_a_reworded_room_copy_of_another_length_is_not_joined(index):
    # The same start, another end: an hour's talk is not the two-hour event at the venue.
    platform = event("plateforme", "p1", **LUNCH)
    ics = event(ICS, "i1", **dict(COPY, date_fin="2019-11-16T10:00:00+01:00"))
    assert frozenset({"plateforme:p1", f"{ICS}:i1"}) not in merged_keys(deduplicate(frame(platform, ics), index))
