"""The fast paths of the deduplication against their reference: merged rows built a column at a time against
merge_group, the sister-session prefilter against _sister_sessions, on hostile values."""

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from assets.lib.dedup import (
    CommuneIndex,
    _completeness,
    _may_be_sisters,
    _merged_rows,
    _record_features,
    _sister_sessions,
    deduplicate,
    merge_group,
)
from assets.lib.normalize import EVENT_COLUMNS, event_identifier
from tests.lib.test_dedup import BASE  # the same well-formed record the matching tests start from

SOURCES = ["plateforme", "cress-aura-openagenda", "reseau-ics", "cress-tableur"]

# Values a field may hold in a frame built from records (object columns) or read back from the warehouse.
HOSTILE = {
    "titre": ["", None, float("nan"), "Atelier", "  "],
    "description": ["", None, "Texte long", pd.NA],
    "type_evenement": ["autre", "", None, "conference", "formation_atelier"],
    "date_debut": ["2019-11-16", "2019-11-16T14:00:00", "2019-11-16T13:00:00Z", "2019-11-16T14:00:00+01:00", "",
                   None],
    "date_heure_debut": ["", None, "2019-11-16T14:05:00+01:00", "2019-11-16T15:00:00"],
    "date_fin": ["", None, "2019-11-16T17:30:00+01:00"],
    "thematiques": ["", None, "economie_circulaire|emploi", "emploi|emploi", "|emploi|"],
    "publics": ["", "grand_public", "jeunes|grand_public", None],
    "co_organisateurs": ["", None, "B|A", "A", "C|A"],
    "co_organise": [None, True, False, pd.NA],
    "lieu": ["", None, "Salle des fêtes", "Maison des associations"],
    "adresse": ["", "28 rue X", None],
    "code_postal": ["", "69004", None, "69 004"],
    "commune": ["", "Lyon", None],
    "code_insee_source": ["", "69384", None],
    "latitude": [None, float("nan"), 45.77, 0.0],
    "longitude": [None, float("nan"), 4.83, 0.0],
    "organisateur": ["", None, "Les Bricoleurs"],
    "url": ["", "https://exemple.fr", None],
    "date_mise_a_jour": ["", None, "2019-10-28", "2019-11-02T10:00:00"],
    "identifiant": ["", None],
    "nombre_seances": [None, 1, 3, pd.NA],
}


def hostile_rows(seed: int, count: int) -> list[dict]:
    """`count` records of one event in different sources, each field drawn among the hostile values."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(count):
        row = {**BASE, "source": SOURCES[k % len(SOURCES)], "source_identifiant": f"id{seed}-{k}"}
        row["identifiant"] = event_identifier(row["edition"], row["source"], row["source_identifiant"])
        for name, choices in HOSTILE.items():
            if rng.random() < 0.6:
                row[name] = choices[int(rng.integers(len(choices)))]
        rows.append(row)
    return rows


def comparable(value):
    """NA-likes as None, so that a value read from a typed column compares with the same value boxed."""
    if value is None or value is pd.NA or isinstance(value, float) and math.isnan(value):
        return None
    return value


def reference(frame: pd.DataFrame, groups: list[list[int]]) -> list[tuple[dict, list[dict]]]:
    """merge_group of each group, the records boxed one by one (the path before the column-wise one)."""
    records = frame.to_dict("records")
    return [merge_group([records[i] for i in group], [_completeness(records[i]) for i in group]) for group in groups]


def assert_same(frame: pd.DataFrame, groups: list[list[int]]) -> None:
    merged, merges = _merged_rows(frame, groups, list(frame.columns))
    expected = reference(frame, groups)
    assert len(merged) == len(groups)
    for position, (row, _) in enumerate(expected):
        got = merged.iloc[position].to_dict()
        assert {k: comparable(v) for k, v in got.items()} == {k: comparable(v) for k, v in row.items()}
    assert merges == [entry for _, merged_away in expected for entry in merged_away]


@pytest.mark.parametrize("seed", range(40))
def test_merged_rows_are_merge_groups_on_hostile_records(seed):
    rows = [row for k in range(6) for row in hostile_rows(seed * 10 + k, 2 + k % 3)]
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    sizes = [2 + k % 3 for k in range(6)]
    bounds = np.cumsum([0, *sizes]).tolist()
    groups = [list(range(a, b)) for a, b in itertools.pairwise(bounds)]
    assert_same(frame, groups)


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with the dtypes the warehouse gives (text, Int32, boolean, float)."""
    out = frame.copy()
    for column in out.columns:
        if column in ("edition", "numero_edition"):
            out[column] = out[column].astype("int32")
        elif column == "nombre_seances":
            out[column] = pd.array([None if comparable(v) is None else int(v) for v in out[column]], dtype="Int32")
        elif column == "co_organise":
            out[column] = pd.array([comparable(v) for v in out[column]], dtype="boolean")
        elif column in ("latitude", "longitude"):
            out[column] = pd.to_numeric(out[column], errors="coerce").astype("float64")
        else:
            out[column] = pd.Series([comparable(v) for v in out[column]], dtype="str", index=out.index)
    return out


@pytest.mark.parametrize("seed", range(20))
def test_merged_rows_are_merge_groups_on_typed_columns(seed):
    rows = [row for k in range(5) for row in hostile_rows(1000 + seed * 10 + k, 2 + k % 4)]
    frame = typed(pd.DataFrame(rows, columns=EVENT_COLUMNS))
    sizes = [2 + k % 4 for k in range(5)]
    bounds = np.cumsum([0, *sizes]).tolist()
    groups = [list(range(a, b)) for a, b in itertools.pairwise(bounds)]
    # groups need not be contiguous nor in frame order
    assert_same(frame, [groups[2], groups[0], *groups[3:], groups[1]])
    assert _merged_rows(frame, [], list(frame.columns))[1] == []


@pytest.fixture(scope="module")
def index():
    return CommuneIndex.from_reference()


def test_deduplicate_merged_rows_are_merge_groups(index):
    """Through deduplicate itself: every merged row is what merge_group makes of its cluster."""
    variants = [
        {}, {"titre": "REPAIR CAFÉ DE LA CROIX-ROUSSE", "type_evenement": "autre", "latitude": None},
        {"date_debut": "2019-11-16", "date_fin": "", "thematiques": "emploi", "co_organisateurs": "Z|B"},
        {"date_debut": "2019-11-16T13:00:00Z", "lieu": "", "code_postal": "", "date_mise_a_jour": "2019-11-03"},
    ]
    rows = []
    for event_number in range(4):
        for k, changes in enumerate(variants[: 2 + event_number % 3]):
            row = {**BASE, **changes, "source": SOURCES[k], "source_identifiant": f"e{event_number}-{k}",
                   "titre": f"{changes.get('titre', BASE['titre'])} {'ABCD'[event_number]}",
                   "date_debut": changes.get("date_debut", BASE["date_debut"]).replace("16", str(16 + event_number), 1)}
            row["identifiant"] = event_identifier(row["edition"], row["source"], row["source_identifiant"])
            rows.append(row)
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    result = deduplicate(frame, index)
    assert result.clusters, "the variants are duplicates: something must be merged"
    ordered = frame.sort_values(["edition", "source", "source_identifiant"], kind="stable").reset_index(drop=True)
    expected = reference(ordered, result.clusters)
    by_id = {row["identifiant"]: row for row in result.events.to_dict("records")}
    for row, _ in expected:
        assert {k: comparable(v) for k, v in by_id[row["identifiant"]].items()} == {
            k: comparable(v) for k, v in row.items()
        }
    assert result.merges.to_dict("records") == [entry for _, merged_away in expected for entry in merged_away]


def test_sister_prefilter_keeps_every_sister(index):
    """_may_be_sisters is False only where _sister_sessions is False, over records of one day that differ by
    venue (typos, words, empty), street, commune, organiser and online wording."""
    venues = ["Maison des associations", "MAISON DES ASSOCIATIONS", "Maison des asso", "Salle des fêtes",
              "Salle Guy Ropartz", "", "Maison associations Lyon", "Espace Jeunes"]
    addresses = ["28 rue Denfert-Rochereau", "28 r. Denfert Rochereau", "12 rue Victor Hugo", ""]
    others = [
        ("Lyon", "69004", "Association Les Bricoleurs", "presentiel"), ("Lyon", "", "Les Bricoleurs", "presentiel"),
        ("Villeurbanne", "69100", "Autre asso", "presentiel"), ("", "", "Les Bricoleurs", "en_ligne"),
    ]
    rows = []
    for k, (venue, address, (town, postal, organiser, mode), hour) in enumerate(
        itertools.product(venues, addresses, others, ("10", "15"))
    ):
        rows.append({**BASE, "source": SOURCES[k % 4], "source_identifiant": str(k), "identifiant": str(k),
                     "lieu": venue, "adresse": address, "commune": town, "code_postal": postal,
                     "organisateur": organiser, "modalite": mode, "date_debut": f"2019-11-16T{hour}:00:00+01:00",
                     "url": "https://zoom.us/j/1" if mode == "en_ligne" else ""})
    records = _record_features(pd.DataFrame(rows, columns=EVENT_COLUMNS), index)
    sisters = 0
    for record in records:
        allowed = _may_be_sisters(record, records)
        for other, may in zip(records, allowed, strict=True):
            if _sister_sessions(record, other):
                sisters += 1
                assert may, (record, other)
    assert sisters > 100  # the set holds many sister sessions, so the test can fail
