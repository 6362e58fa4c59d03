"""A sheet that gives only the first sentence of the organiser's text, found whole in the text another agenda pastes,
at the same venue that day by the same organiser or a calendar naming none (online, the organiser's meetings that day),
is that event however its title is reworded (described_within); another organiser, another venue or another sentence
is not."""

import pytest

from assets.lib.dedup import deduplicate

from .test_dedup import event
from .test_dedup_descriptions import edition_around, together

FIRST_SENTENCE = "Les Bricoleurs vous invitent à réparer ensemble."
ORGANISER_TEXT = (
    f"{FIRST_SENTENCE} Au programme : diagnostic des grille-pain en panne, initiation à la soudure électronique et "
    "démonstration de couture sur machine ancienne. Un goûter clôturera l'après-midi autour de crêpes maison. Entrée "
    "libre et gratuite."
)
SHEET = "cress-aura-tableur"
# The platform's listing at 14:00 (BASE's venue, Maison des associations, 28 rue Denfert-Rochereau, Lyon).
PLATFORM = dict(titre="Café bricole de la Croix-Rousse", description=ORGANISER_TEXT, organisateur="Les Bricoleurs")
# The sheet's row: its own title, the organiser written in capitals, the first sentence only.
ROW = dict(titre="Réparer plutôt que jeter !", description=FIRST_SENTENCE, organisateur="LES BRICOLEURS")
DAY_ONLY = dict(date_debut="2019-11-16", date_fin="2019-11-16")


def joined(index, **row_changes) -> bool:
    platform = event("plateforme", "p1", **PLATFORM)
    row = event(SHEET, "t1", **{**ROW, **row_changes})
    return together(deduplicate(edition_around(platform, row), index), "plateforme:p1", f"{SHEET}:t1")


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(DAY_ONLY, id="the row without a time"),
        pytest.param(dict(date_debut="2019-11-16T13:30:00+01:00", date_fin=""), id="the row at the doors' opening"),
    ],
)
def test_a_first_sentence_found_whole_in_the_organisers_text_is_that_event(index, when):
    assert joined(index, **when)


def test_online_the_organisers_meeting_that_day_stands_for_the_venue(index):
    online = dict(lieu="", adresse="", code_postal="", commune="", latitude=None, longitude=None, modalite="en_ligne")
    platform = event("plateforme", "p1", **{**PLATFORM, **online, "url": "https://meet.jit.si/bricoleurs-lyon"})
    row = event(SHEET, "t1", **{**ROW, **online, **DAY_ONLY, "lieu": "En ligne (lien envoyé)"})
    assert together(deduplicate(edition_around(platform, row), index), "plateforme:p1", f"{SHEET}:t1")


def test_a_calendar_naming_no_organiser_at_the_venue(index):
    # An iCalendar without ORGANIZER, its LOCATION the venue and its address, the day only; the opening sentence does
    # not name the organiser (whose words the platform's record leaves out of its text, see _description_words).
    opening = "Venez réparer ensemble !"
    calendar = dict(organisateur="", lieu="Maison des associations", adresse="28 rue Denfert-Rochereau, 69004 Lyon",
                    code_postal="", commune="", latitude=None, longitude=None, description=opening)
    platform = event("plateforme", "p1", **{**PLATFORM, "description": ORGANISER_TEXT.replace(FIRST_SENTENCE, opening)})
    row = event("reseau-lyon-ical", "i1", **{**ROW, **calendar, **DAY_ONLY})
    assert together(deduplicate(edition_around(platform, row), index), "plateforme:p1", "reseau-lyon-ical:i1")
    elsewhere = event("reseau-lyon-ical", "i1", **{**ROW, **calendar, **DAY_ONLY, "lieu": "La Ruche",
                                                  "adresse": "5 rue Burdeau, 69001 Lyon"})
    assert not together(deduplicate(edition_around(platform, elsewhere), index), "plateforme:p1", "reseau-lyon-ical:i1")


def test_without_the_descriptions_the_reworded_row_stays_apart(index):
    # The titles alone share no word: the sentence is what says they are one event.
    assert not joined(index, **DAY_ONLY, description="")


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param(dict(lieu="La Ruche", adresse="5 rue Burdeau"), id="another venue of the town"),
        pytest.param(dict(organisateur="Graines de Lyon"), id="another organiser"),
        pytest.param(dict(description="Les Bricoleurs vous invitent à un ciné-débat."), id="another sentence"),
    ],
)
def test_a_first_sentence_needs_the_same_organiser_at_the_same_venue(index, changes):
    assert not joined(index, **DAY_ONLY, **changes)
