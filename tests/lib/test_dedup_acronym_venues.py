"""A venue written as an acronym alone (« MCB ») is looked up among the edition's venues by their initials, not spelled
against each of them: an edition of many one-word venues and many named ones (a hostile or a careless feed) stays
linear. The count of spelled comparisons is checked, not a duration."""

import random

from assets.lib import dedup
from assets.lib.dedup import deduplicate
from tests.lib.test_dedup import event, frame

WORDS = ["maison", "centre", "salle", "espace", "culture", "associations", "jeunes", "quartier", "sport", "musique"]


def _edition(size: int) -> list[dict]:
    """`size` events at named venues of Rennes, and `size` others the next day at a one-word venue nothing places."""
    draw = random.Random(7)
    rows = []
    for number in range(size):
        rows.append(event("plateforme", f"p{number}", edition=2022, titre=f"Evenement {number}",
                          lieu=" ".join(draw.sample(WORDS, 3)) + f" {number}", adresse="", code_postal="35000",
                          commune="Rennes", date_debut="2022-11-15", date_fin="", organisateur=f"Org {number}",
                          latitude=None, longitude=None))
        letters = "".join(draw.choice("mcsaejq") for _ in range(draw.randint(3, 5)))
        rows.append(event("cress-tableur", f"t{number}", edition=2022, titre=f"Autre {number}", lieu="",
                          adresse=letters, code_postal="", commune="", date_debut="2022-11-16", date_fin="",
                          organisateur=f"Org2 {number}", latitude=None, longitude=None))
    return rows


def test_one_word_venues_are_looked_up_not_spelled_against_every_venue(index, monkeypatch):
    calls = 0
    spells_out = dedup.spells_out

    def counted(acronym: str, name: str) -> bool:
        nonlocal calls
        calls += 1
        return spells_out(acronym, name)

    monkeypatch.setattr(dedup, "spells_out", counted)
    size = 400
    deduplicate(frame(*_edition(size)), index)
    assert calls < 5 * size, calls  # spelled against every venue of its first letter: about 60 per record
