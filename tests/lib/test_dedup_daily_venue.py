"""An event over several days listed once by one source and day by day by another (one VEVENT a day): a later day's
listing in the source's own words joins the event when that source's listing of another of its days is already the
event's, at the same venue. What stays apart: a listing at another venue, a reworded listing of a source that lists no
other day of the event, and another activity at the venue."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import ICS, SHEET, event, frame, merged_keys

TRAINING = dict(titre="Temps de formation : l'emploi des seniors", organisateur="Centre social Les Tilleuls",
                lieu="Maison des associations", adresse="28 rue Denfert-Rochereau", code_postal="69004",
                commune="Lyon", latitude=None, longitude=None, description="")
# What the network's iCalendar gives of each day: the venue's name as LOCATION, no organiser, the date alone.
VEVENT = dict(organisateur="", adresse="", code_postal="", commune="")


def listing(source: str, identifier: str, day: int, **changes) -> dict:
    return event(source, identifier, **{**TRAINING, "date_debut": f"2019-11-{day}", "date_fin": "", **changes})


@pytest.mark.parametrize(
    ("last_day", "joined"),
    [
        pytest.param({}, True, id="its venue, the title reworded"),
        pytest.param({"lieu": "Salle des fêtes", "adresse": "3 place des Terreaux", "code_postal": "69001",
                      "commune": "Lyon"}, False, id="another venue"),
        pytest.param({"titre": "Atelier couture solidaire"}, False, id="another activity at its venue"),
    ],
)
def test_a_sources_reworded_listing_of_a_later_day_joins_the_event_it_lists_day_by_day(index, last_day, joined):
    # The platform lists the training once, 15 to 17 November; the iCalendar one VEVENT a day at the venue, the first
    # two under the platform's title, the last in its own words: that day of the training.
    once = listing("plateforme", "1", 15, date_fin="2019-11-17")
    days = [listing(ICS, "d15", 15, **VEVENT), listing(ICS, "d16", 16, **VEVENT),
            listing(ICS, "d17", 17, **{**VEVENT, "titre": "Comprendre l'emploi des seniors (formation)", **last_day})]
    keys = merged_keys(deduplicate(frame(once, *days), index))
    assert (frozenset(["plateforme:1", f"{ICS}:d15", f"{ICS}:d16", f"{ICS}:d17"]) in keys) is joined


def test_a_reworded_listing_of_a_source_listing_no_other_day_stays_apart(index):
    # The spreadsheet's row of the 17th in its own words, the spreadsheet listing no other day of the training: its
    # venue and date alone do not make it that day of the training (the venue may hold another event then).
    once = listing("plateforme", "1", 15, date_fin="2019-11-17")
    days = [listing(ICS, "d15", 15, **VEVENT), listing(ICS, "d16", 16, **VEVENT),
            listing(SHEET, "t17", 17, titre="Comprendre l'emploi des seniors (formation)", organisateur="")]
    keys = merged_keys(deduplicate(frame(once, *days), index))
    assert frozenset(["plateforme:1", f"{ICS}:d15", f"{ICS}:d16"]) in keys
    assert frozenset([f"{SHEET}:t17"]) in keys


def test_a_reworded_listing_beside_another_event_of_its_source_at_the_venue_that_day_stays_apart(index):
    # The iCalendar lists, on the 17th at the venue, the training's last day in its own words and a sewing workshop:
    # its listing of the training's other days does not tell which of the two is the training's.
    once = listing("plateforme", "1", 15, date_fin="2019-11-17")
    days = [listing(ICS, "d15", 15, **VEVENT), listing(ICS, "d16", 16, **VEVENT),
            listing(ICS, "d17", 17, **{**VEVENT, "titre": "Comprendre l'emploi des seniors (formation)"}),
            listing(ICS, "couture", 17, **{**VEVENT, "titre": "Atelier couture : réparer ses vêtements"})]
    keys = merged_keys(deduplicate(frame(once, *days), index))
    assert frozenset(["plateforme:1", f"{ICS}:d15", f"{ICS}:d16"]) in keys
    assert frozenset([f"{ICS}:d17"]) in keys
