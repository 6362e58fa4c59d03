"""A feed whose starts are most often one hour late (local times written as UTC: an hour late in November) is learned
from the edition (_mark_slippy_sources): its records an hour after another source's are as on time as those at the
same minute; a literal same minute no longer beats the hour the feed is known to slip by."""

import pytest

from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import ICS, REGIONAL, event, frame, merged_keys

# Events the platform and the agenda list at one time, the iCalendar an hour later (or on time, see `listed`).
OTHER_TITLES = ["Troc de plantes", "Disco soupe", "Conférence sur l'habitat partagé", "Café-philo", "Balade urbaine",
                "Atelier compost"]


def listed(late: bool) -> list[dict]:
    """Six events of other days, each listed by the platform and the agenda at 18:00 and by the iCalendar at 19:00
    (`late`) or 18:00."""
    rows = []
    for number, title in enumerate(OTHER_TITLES, start=2):
        common = dict(titre=title, date_debut=f"2019-11-{number:02d}T18:00:00+01:00", date_fin="",
                      lieu="Salle Paul Garcin", adresse="3 rue Pizay")
        ics_start = f"2019-11-{number:02d}T{19 if late else 18}:00:00+01:00"
        rows += [event("plateforme", f"p{number}", **common), event(REGIONAL, f"o{number}", **common),
                 event(ICS, f"i{number}", **{**common, "date_debut": ics_start, "organisateur": ""})]
    return rows


@pytest.mark.parametrize(("late", "merged"), [(True, True), (False, False)])
def test_a_reworded_copy_an_hour_late_in_a_late_feed_is_on_time(index, late, merged):
    # The lunch at its venue, reworded beyond any word in common, its iCalendar copy without organiser: one event when
    # the start agrees, not when it is only a whole hour off (a second session there an hour later is as likely). The
    # feed that lists everything an hour late is on time at 15:00.
    lunch = dict(titre="Déjeuner solidaire des acteurs", date_debut="2019-11-16T14:00:00+01:00", date_fin="")
    copy = dict(lunch, titre="Café de l'ESS", date_debut="2019-11-16T15:00:00+01:00", organisateur="")
    rows = [event("plateforme", "p1", **lunch), event(ICS, "i1", **copy), *listed(late)]
    result = deduplicate(frame(*rows), index)
    assert (frozenset({"plateforme:p1", f"{ICS}:i1"}) in merged_keys(result)) is merged


def test_the_late_feed_is_not_merged_with_the_look_alike_at_its_literal_time(index):
    # Two repair cafés in Lyon that day: the Bricoleurs' at 14:00, another group's at 15:00 elsewhere. The iCalendar
    # says « Lyon » and 15:00, and lists everything an hour late: its copy is the Bricoleurs' (or nobody's), not the
    # one its literal time points to.
    bricoleurs = event("plateforme", "p1")
    other = event("plateforme", "p2", date_debut="2019-11-16T15:00:00+01:00", date_fin="",
                  organisateur="Répar'Lyon", lieu="La Ruche", adresse="5 rue Burdeau")
    ics = event(ICS, "i1", date_debut="2019-11-16T15:00:00+01:00", date_fin="", organisateur="", lieu="",
                adresse="Lyon", code_postal="", latitude=None, longitude=None)
    result = deduplicate(frame(bricoleurs, other, ics, *listed(late=True)), index)
    assert frozenset({"plateforme:p2", f"{ICS}:i1"}) not in merged_keys(result)
    assert "plateforme:p2" in {key for keys in merged_keys(result) if len(keys) == 1 for key in keys}


@pytest.mark.parametrize(("late", "merged"), [(True, True), (False, False)])
def test_the_doors_opening_against_a_start_an_hour_late_in_a_late_feed(index, late, merged):
    # The platform gives the doors' opening (13:30), the iCalendar the talk (14:00) an hour late like the rest of its
    # feed (15:00), reworded, without organiser, at the venue: the doors' opening of that talk. An hour and a half
    # apart in a feed that keeps its times, it is not.
    doors = dict(titre="Conférence sur l'habitat partagé", date_debut="2019-11-16T13:30:00+01:00", date_fin="")
    talk = dict(titre="Rencontre : habiter autrement", date_debut="2019-11-16T15:00:00+01:00", date_fin="",
                organisateur="")
    rows = [event("plateforme", "p1", **doors), event(ICS, "i1", **talk), *listed(late)]
    result = deduplicate(frame(*rows), index)
    assert (frozenset({"plateforme:p1", f"{ICS}:i1"}) in merged_keys(result)) is merged
