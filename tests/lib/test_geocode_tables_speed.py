"""The coder's name lookups filled in one pass over the entries: the same tables as one loop per lookup (the
reference path, written out below), on the vendored COG and on hostile names; the dedup's address parts,
cached part by part, as taken apart one address at a time."""

import gc
from collections import defaultdict

import pandas as pd
import pytest

from assets.lib.collector import STAGE_THRESHOLDS
from assets.lib.dedup import _address_part, _address_parts, _is_online, place_key, street_of
from assets.lib.geocode_tables import (
    SEAT_TOWNS,
    Entry,
    ReferenceFrames,
    _name_indexes,
    build_tables_from_frames,
    make_entry,
)
from assets.lib.geocode_text import name_key, name_keys, parse_address
from assets.lib.reference import REFERENCE_DIR, load_communes
from assets.lib.text import fold


def reference_name_indexes(current: list[Entry], by_postal: dict[str, set[str]], dep_of: dict[str, str],
                           former: list[Entry] = ()) -> dict:
    """One loop per lookup, as the tables were first built; the former communes' names in the lookups of a postal
    code, a département or a key, and nationwide apart, where no current name is theirs."""
    entries = [*current, *former]
    postal_of = defaultdict(set)
    for cp, codes in by_postal.items():
        for code in codes:
            postal_of[code].add(cp)
    by_cp, by_dep = defaultdict(list), defaultdict(list)
    national, national_noart, national_own = defaultdict(set), defaultdict(set), set()
    for entry in entries:
        for cp in postal_of.get(entry.code, ()):
            by_cp[cp].append(entry)
        by_dep[dep_of[entry.code]].append(entry)
    for entry in current:
        national[entry.compact].add(entry.code)
        national_noart[entry.noart].add(entry.code)
        if not entry.alias:
            national_own.update((entry.compact, entry.noart))
    national_former, national_former_noart = defaultdict(set), defaultdict(set)
    for entry in former:
        if entry.compact not in national:
            national_former[entry.compact].add(entry.code)
        if entry.noart not in national_noart:
            national_former_noart[entry.noart].add(entry.code)

    def grouped(key, among=entries) -> dict:
        out = defaultdict(list)
        for entry in among:
            out[key(entry)].append(entry)
        return dict(out)

    return {
        "entries_by_postal": dict(by_cp),
        "entries_by_dep": dict(by_dep),
        "entries_by_compact": grouped(lambda e: e.compact),
        "entries_by_noart": grouped(lambda e: e.noart),
        "entries_by_length": grouped(lambda e: len(e.compact), current),
        "national": dict(national),
        "national_noart": dict(national_noart),
        "national_own": national_own,
        "national_former": dict(national_former),
        "national_former_noart": dict(national_former_noart),
    }


HOSTILE_NAMES = [
    ("01001", "L'Abergement-Clémenciat", False), ("01002", "Abergement-Clémenciat (L')", True),
    ("01003", "Saint-Denis", False), ("93066", "Saint-Denis", False), ("97411", "Saint-Denis", False),
    ("01003", "St Denis", True), ("01004", "", False), ("01005", "Œuvre-sur-Mer", False),
    ("01006", "Le Havre", False), ("01006", "Havre", True), ("01007", "Y", False), ("01008", "Les Abymes", False),
]
# Names communes bore: a current commune's (Saint-Denis), one without its article (Abymes), the same twice, a name
# of their own
FORMER_NAMES = [("01001", "Saint-Denis"), ("01005", "Abymes"), ("01007", "Ancien-Bourg"), ("01008", "Ancien-Bourg"),
                ("01002", "La Ruche")]


@pytest.mark.parametrize("shuffle", range(5))
def test_name_indexes_in_one_pass_are_the_loops_per_lookup(shuffle):
    entries = [make_entry(code, name, alias) for code, name, alias in HOSTILE_NAMES]
    entries = entries[shuffle:] + entries[:shuffle]
    by_postal = {"01400": {"01001", "01002"}, "93200": {"93066"}, "97400": {"97411"}, "01100": {"01003", "01001"},
                 "76600": {"01006"}, "01000": set()}
    dep_of = {code: code[:2] if not code.startswith("97") else code[:3] for code, _, _ in HOSTILE_NAMES}
    assert _name_indexes(entries, by_postal, dep_of) == reference_name_indexes(entries, by_postal, dep_of)
    former = [make_entry(code, name, True) for code, name in FORMER_NAMES[shuffle:] + FORMER_NAMES[:shuffle]]
    assert _name_indexes(entries, by_postal, dep_of, former) == reference_name_indexes(entries, by_postal, dep_of,
                                                                                         former)


def test_the_tables_are_built_with_fewer_collections_and_the_thresholds_restored():
    """Built with the collector's stage thresholds (hundreds of thousands of containers kept), even when the caller
    (the batch command, a test) did not raise them; the caller's thresholds come back after."""
    frames = ReferenceFrames.from_files(REFERENCE_DIR)
    seen = []

    def record(phase, info):
        if phase == "start":
            seen.append(gc.get_threshold())

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    gc.collect()  # no allocation counted yet: no collection under the caller's thresholds before the block raises them
    gc.callbacks.append(record)
    try:
        build_tables_from_frames(frames)
    finally:
        gc.callbacks.remove(record)
        after = gc.get_threshold()
        gc.set_threshold(*before)
    assert after == (700, 10, 10)
    # the caller's thresholds apply again at the block's end: one collection may follow at once, not hundreds
    assert sum(threshold[0] >= STAGE_THRESHOLDS[0] for threshold in seen) >= 1
    assert sum(threshold == (700, 10, 10) for threshold in seen) <= 1


def test_the_tables_of_the_vendored_cog_are_the_loops_per_lookup():
    frames = ReferenceFrames.from_files(REFERENCE_DIR)
    tables = build_tables_from_frames(frames)
    subs = frames.communes[frames.communes["type_commune"].isin(["COMD", "COMA"])]
    entries = [make_entry(c, n, False) for c, n in zip(tables.places.index, tables.places["nom_commune"], strict=True)]
    entries += [make_entry(p, n, True) for p, n in zip(subs["code_commune_parente"], subs["nom_commune"], strict=True)]
    entries += [make_entry(code, town, False) for code, town in SEAT_TOWNS.items()]
    assert len(entries) > 30_000
    former = [make_entry(code, name, True) for code, name in zip(frames.former["code_commune_insee"],
                                                                   frames.former["nom_commune_ancienne"], strict=True)]
    assert len(former) > 1_000
    by_postal = {cp: set(codes) for cp, codes in tables.by_postal.items()}
    for name, expected in reference_name_indexes(entries, by_postal, tables.dep_of, former).items():
        assert getattr(tables, name) == expected, name


ADDRESSES = [
    "Maison des associations, 12 rue X, 35000 Rennes", "12 rue X; 35000 Rennes\nFrance", "35000 Rennes",
    "Rennes", "", " , ; ", "Visio, https://zoom.us/j/1", "Lien :, 75011 Paris", "12 bis av. Jean Jaurès, 69007",
    "BP 12, 35000 RENNES CEDEX", "35000 Rennes, 35000 Rennes", "Salle 1;Salle 2;Salle 3", "2A004 Ajaccio",
]


@pytest.mark.parametrize("adresse", ADDRESSES)
def test_address_parts_cached_by_part_are_taken_apart_as_before(adresse, tmp_path):
    from assets.lib.dedup import _COUNTRY, _LABEL_ONLY, _PLACE_PARTS, _POSTAL_PART, CommuneIndex, numberless_street_of

    index = CommuneIndex(parent={}, by_postal={}, by_name={})
    texts = [p for p in (p.strip() for p in _PLACE_PARTS.split(adresse))
             if p and not _LABEL_ONLY.match(p) and fold(p) not in _COUNTRY]
    expected = []
    for position, part in enumerate(texts):
        parsed = None
        if _POSTAL_PART.search(part):
            address = parse_address(part if "," in part else f"x, {part}")
            parsed = (address.postal_code, address.town)
        street, online = street_of(place_key(part)) or numberless_street_of(place_key(part)), _is_online(part)
        last = position == len(texts) - 1 and not online and parsed is None
        expected.append((part, street, online, parsed, last))
    _address_part.cache_clear()
    assert _address_parts(adresse, index) == tuple(expected)
    assert _address_parts(adresse, CommuneIndex(parent={}, by_postal={}, by_name={})) == tuple(expected)  # cached


def test_hostile_frames_build_the_same_tables_twice():
    frames = ReferenceFrames.from_files(REFERENCE_DIR)
    communes = pd.concat([frames.communes, frames.communes.head(50)], ignore_index=True)  # repeated rows
    twice = ReferenceFrames(communes, frames.departements, frames.regions, frames.overseas, frames.shared_polygons)
    tables = build_tables_from_frames(twice)
    for code, entries in list(tables.entries_by_postal.items())[:200]:
        assert all(code in tables.by_postal and e.code in tables.by_postal[code] for e in entries)


# Names that take every path of name_key: postposed articles (brackets, comma), slashes, abbreviations at the start,
# between words and alone, ligatures, combining marks, case rules beyond ASCII, a NUL, empty and not texts.
HOSTILE_NAME_TEXTS = [
    "Havre (Le)", "Abergement-Clémenciat (L')", "ROCHELLE [LA]", "Sauve, La", "Mesnuls, Les", "Neuilly s/ Seine",
    "St-Étienne", "Ste Foy-lès-Lyon", "STS Anges", "stes-maries", "S", "s", "Ss", "Bois ss", "ss Bois", "Mt-Dore",
    "Le Mt Dore", "Chx de Loire", "  Œuvre  ", "L'Haÿ-les-Roses", "Straße", "ﬁnistère", "İstanbul", "ΟΔΟΣ",
    "Évry–Courcouronnes", "Saint-Denis (93)", "Saint-Denis, 93", "x/y", "St. Malo", "A\u0301rles", "Paris 11e",
    "a\x00b", "", "   ", None, float("nan"), 75056,
]


def test_names_keyed_all_at_once_are_keyed_as_one_by_one():
    names = load_communes(REFERENCE_DIR)["nom_commune"].tolist() + HOSTILE_NAME_TEXTS
    assert name_keys(names) == [name_key(name) for name in names]
    assert name_keys(HOSTILE_NAME_TEXTS) == [name_key(name) for name in HOSTILE_NAME_TEXTS]
    assert name_keys([]) == []
