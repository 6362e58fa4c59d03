"""An agenda without organiser field that credits its organiser in the title (« [Maison de pays des Deux Rives] … »,
« … (Maison de pays des Deux Rives) », « MPDR : … »): when the edition names that organiser in an organiser field, the
name tells two organisers apart, as a field would; it never makes two records the same organiser's."""

import pytest

from assets.lib.dedup import CommuneIndex, deduplicate
from tests.lib.test_dedup import event, frame, merged_keys

AGENDA = "cress-occitanie-openagenda"
PLACE = dict(lieu="Domaine de Candie", adresse="39 allée Lakanal", code_postal="30000", commune="Nîmes",
             latitude=None, longitude=None)
# Another group's workshop at the same venue, at the same hour: the platform gives its organiser.
WORKSHOP = dict(PLACE, titre="Atelier cycles en libre-service", organisateur="Ressourcerie du Pays Cathare",
                date_debut="2021-11-20T14:30:00+01:00", date_fin="2021-11-20T16:30:00+01:00", edition=2021)
# The agenda's talk: its form has no organiser field, nor an end.
TALK = dict(PLACE, titre="Ce que changent les épiceries itinérantes", organisateur="",
            date_debut="2021-11-20T14:30:00+01:00", date_fin="", edition=2021)
# The edition names the talk's organiser in an organiser field (another of its events, another day).
ELSEWHERE = dict(PLACE, titre="Marché de producteurs", organisateur="Maison de pays des Deux Rives",
                 date_debut="2021-11-06T09:00:00+01:00", date_fin="2021-11-06T12:00:00+01:00", edition=2021)


@pytest.fixture(scope="module")
def index():
    return CommuneIndex.from_reference()


@pytest.mark.parametrize(
    ("title", "merged"),
    [
        pytest.param("[Maison de pays des Deux Rives] Ce que changent les épiceries itinérantes", False,
                     id="between brackets"),
        pytest.param("Ce que changent les épiceries itinérantes (Maison de pays des Deux Rives)", False,
                     id="between parentheses"),
        pytest.param("Maison de pays des Deux Rives : Ce que changent les épiceries itinérantes", False,
                     id="before a colon"),
        pytest.param("MPDR : Ce que changent les épiceries itinérantes", False, id="by its acronym"),
        # The same organiser set apart: nothing tells them apart, the reworded title at one place and minute is kept.
        pytest.param("[Ressourcerie du Pays Cathare] Atelier : des vélos en libre-service", True,
                     id="the platform's organiser"),
        # Set apart, a text naming no organiser of the edition: no credit read.
        pytest.param("[Entrée libre] Atelier : des vélos en libre-service", True, id="no organiser named"),
    ],
)
def test_an_organiser_set_apart_in_the_title_tells_two_organisers_apart(index, title, merged):
    workshop = event("plateforme", "p1", **WORKSHOP)
    talk = event(AGENDA, "a1", **{**TALK, "titre": title})
    result = deduplicate(frame(workshop, talk, event("plateforme", "p2", **ELSEWHERE)), index)
    assert (frozenset({"plateforme:p1", f"{AGENDA}:a1"}) in merged_keys(result)) is merged
