"""The fast paths of the deduplication against their reference: merged rows built a column at a time against
merge_group, the sister-session prefilter against _sister_sessions, texts keyed a column at a time (fold_all,
_commune_keys, _title_keys, _organisers, _title_core) against their one-by-one functions, the commune index
against its row-by-row build, on hostile values."""

import dataclasses
import itertools
import math
import random
import re

import numpy as np
import pandas as pd
import pytest

from assets.lib import dedup
from assets.lib.dedup import (
    _FORMAT_OF,
    _NO_FORMAT,
    _OPEN,
    _ORDINAL,
    _PHRASE,
    _PHRASES,
    _TOWN_LINKS,
    CommuneIndex,
    _commune_key,
    _commune_keys,
    _completeness,
    _drop_ambiguous,
    _forms_begun,
    _group_same_day_listings,
    _lists_the_title_twice,
    _may_be_sisters,
    _merged_rows,
    _no_format,
    _numbers,
    _open_or_not,
    _organiser_keys,
    _organisers,
    _PairMemo,
    _phrases,
    _place,
    _place_of,
    _places,
    _record_features,
    _resolve_streets,
    _resolve_venues,
    _sister_sessions,
    _time_relation,
    _title_core,
    _title_keys,
    _unique_rows,
    arrondissement_of,
    candidate_pairs,
    cluster,
    deduplicate,
    evidence,
    merge_group,
    official_name_key,
    place_key,
    resolve_pairs,
    title_core,
    title_key,
    title_similarities,
    title_similarity,
    vetoed,
)
from assets.lib.normalize import EVENT_COLUMNS, event_identifier
from assets.lib.reference import load_communes
from assets.lib.text import fold, fold_all
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


def sessions_of_one_day(index, hours=("10", "15")) -> list:
    """Records of one day that differ by venue (typos, words, empty, two names of which only one holds the other's
    words: « Maison assoc » / « Maison associations », an asymmetric pair), street, commune, organiser, online
    wording and hour: many sister sessions, copies of one event in four sources, and rivals."""
    venues = ["Maison des associations", "Maison assoc", "Maison associations", "Salle des fêtes", "", "Espace Jeunes"]
    addresses = ["28 rue Denfert-Rochereau", "12 rue Victor Hugo", ""]
    others = [
        ("Lyon", "69004", "Association Les Bricoleurs", "presentiel"), ("Lyon", "", "Les Bricoleurs", "presentiel"),
        ("Villeurbanne", "69100", "Autre asso", "presentiel"), ("", "", "Les Bricoleurs", "en_ligne"),
    ]
    rows = []
    for k, (venue, address, (town, postal, organiser, mode), hour) in enumerate(
        itertools.product(venues, addresses, others, hours)
    ):
        rows.append({**BASE, "source": SOURCES[k % 4], "source_identifiant": str(k), "identifiant": str(k),
                     "lieu": venue, "adresse": address, "commune": town, "code_postal": postal,
                     "organisateur": organiser, "modalite": mode, "date_debut": f"2019-11-16T{hour}:00:00+01:00",
                     "date_heure_debut": "" if k % 7 else "2019-11-16",
                     "url": "https://zoom.us/j/1" if mode == "en_ligne" else ""})
    return _record_features(pd.DataFrame(rows, columns=EVENT_COLUMNS), index)


def test_the_pair_memo_answers_as_the_functions_it_keeps(index):
    """_PairMemo gives evidence, vetoed and _time_relation of a pair in the order asked (evidence is not symmetric:
    the two venues above), asked once or twice, and the sister sessions of a record as _sister_sessions finds them
    among the timed records of its day."""
    records = sessions_of_one_day(index)[::3]
    for position, record in enumerate(records):
        record.row = position  # rows are positions in `records`, as in one edition of deduplicate
    memo = _PairMemo(records)
    asymmetric = 0
    for _ in range(2):
        for a, b in itertools.permutations(records, 2):
            found = evidence(a, b)
            assert memo.evidence(a.row, b.row) == found, (a, b)
            assert memo.veto(a.row, b.row) == vetoed(a, b) and memo.time(a.row, b.row) == _time_relation(a, b)
            asymmetric += found != evidence(b, a)
    assert asymmetric  # a memo keyed by the unordered pair would fail above
    sisters = 0
    for record in records:
        if record.minute is None:
            continue
        expected = [other.row for other in records if other.minute is not None and other.day == record.day
                    and _sister_sessions(record, other)]
        assert memo.sisters(record.row) == expected == memo.sisters(record.row)
        sisters += len(expected)
    assert sisters > 20


def test_resolve_pairs_sharing_one_memo_resolves_as_fresh_passes(index):
    """The memo candidate_pairs filled, shared by both passes of resolve_pairs and the clustering, gives the pairs
    and groups that each step computing everything afresh gives."""
    records = sessions_of_one_day(index, hours=("10", "15", "10"))
    memo = _PairMemo(records)
    pairs = candidate_pairs(records, memo)
    assert pairs == candidate_pairs(records)
    kept = resolve_pairs(pairs, records, memo)
    first = _drop_ambiguous(pairs, records)
    assert kept == _drop_ambiguous(pairs, records, cluster(records, first))
    assert len(pairs) > len(kept) > 0  # ambiguous pairs dropped, others kept: the passes have work to do
    assert cluster(records, kept, memo) == cluster(records, kept)


# Pieces of hostile texts: accents (composed and combining), ligatures, NBSP and other blanks, emoji and flags,
# full-width and circled forms, Greek capital sigma (lower() depends on what follows it), dotted capital I,
# punctuation, commune names and the words the keys write out or stop at.
TEXT_PIECES = [
    "Saint", "St", "Ste", "st", "s/", "ss", "Mt", "chx", "-", " ", "  ", "\t", "\n", "'", "’", ",", ";", "(", ")", "[",
    "/", ".", ":", "é", "É", "e\u0301", "\u0301", "\u0327\u0301", "œ", "Œ", "æ", "ß", "ẞ", "ﬁ", "ﬃ", "\u00a0",
    "\u202f", "\u200b", "\ufeff", "😀", "🇫🇷", "①", "²", "Ｒｅｎｎｅｓ", "Ⅻ", "ΟΔΟΣ", "Σ", "ς", "ΑΣ ", "x\u0345Σ", "İ",
    "ı", "ǅ", "", "Paris", "Lyon", "Marseille", "CEDEX", "cedex 9", "Cedx", "ecdex", "BrestC EDEX", "4e",
    "13008", "(35)", "(Le)", ", La", "XI", "Rennes", "Brest", "Havre", "Croix-Rousse", "Mois de l'ESS 2019",
    "ESS", "2019", "Repair café", "Atelier", "Ateiler", "Table ronde", "portes ouvertes", "Petit-déj",
    "Les Petits Débrouillards", "Association", "SCIC", "P.F.S.", "de la", "du", "l'",
]


def hostile_texts(seed: int, count: int, nul: bool = False) -> list[str]:
    """`count` texts made of TEXT_PIECES; with `nul`, a NUL among them (which sends a whole list one by one)."""
    rng = random.Random(seed)
    texts = ["".join(rng.choice(TEXT_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(count)]
    if nul:
        texts[rng.randrange(count)] += "\x00" + rng.choice(TEXT_PIECES)
    return texts


@pytest.mark.parametrize("seed", range(10))
def test_fold_all_is_fold_on_hostile_texts(seed):
    texts = hostile_texts(seed, 300, nul=seed % 3 == 0)
    assert fold_all(texts) == [fold(text) for text in texts]
    for size in range(4):  # also short lists, empty and NUL-holding texts alone
        assert fold_all(texts[:size]) == [fold(text) for text in texts[:size]]


def test_fold_all_keeps_each_text_apart():
    # Texts whose context could leak into their neighbours: lower()'s final sigma, combining marks at a start
    # (canonical reordering), a NUL inside a text, blanks and punctuation at the edges.
    texts = ["ΟΔΟΣ", "ΟΔΟΣΑ", "Σ", "\u0301e", "e\u0327", "\u0327\u0301a", " -Lyon- ", "", "İstanbul", "ﬃ"]
    assert fold_all(texts) == [fold(text) for text in texts]
    assert fold_all([*texts, "ΑΣ\x00Β"]) == [fold(text) for text in [*texts, "ΑΣ\x00Β"]]


# Names each of which takes one path of _commune_key: plain, CEDEX and its typos, articles, PLM, digits, St/Ste.
COMMUNE_NAMES = [
    "Rennes", "Rennes\t", " Rennes", "Rennes -", "Rennes,", "RENNES CEDEX", "Rennes cédex 9", "Brest Cedx",
    "Brest ＣＥＤＥＸ", "Brest ecdex", "Brest Cdex", "Brest cedexx", "Brest Ceddex", "Cedex", "BrestC EDEX", "Cèdre",
    "Excideuil", "Rennes ²", "Rennes ①", "Parisi", "Paris-l'Hôpital", "Paris XI", "Paris 11e", "Lyonnais",
    "XIe arrondissement de Paris", "Lyon 4e", "Mraseille 15e", "Marseille", "35000 Rennes", "Rennes (35)",
    "Havre (Le)", "Sauve, La", "St-Malo", "Ste-Foy-lès-Lyon", "Mt-de-Marsan", "Neuilly s/ Seine", "Œuilly",
    "Ｒｅｎｎｅｓ", "L'Haÿ-les-Roses", "Saint-Étienne", "", " ", "-", "s",
]


@pytest.mark.parametrize("seed", range(10))
def test_commune_keys_are_commune_key_on_hostile_names(seed):
    rng = random.Random(seed)
    names = hostile_texts(100 + seed, 400, nul=seed % 3 == 0) + COMMUNE_NAMES
    names += [f"{rng.choice(COMMUNE_NAMES)}{rng.choice(['', ' ', '-'])}{rng.choice(COMMUNE_NAMES)}" for _ in range(300)]
    rng.shuffle(names)
    assert _commune_keys(names) == [_commune_key(name) for name in names]
    assert _commune_keys([]) == []


def test_commune_keys_are_commune_key_on_official_names():
    names = load_communes()["nom_commune"].astype(str).tolist()
    assert _commune_keys(names) == [official_name_key(name) for name in names]


def reference_index(table: pd.DataFrame) -> CommuneIndex:
    """CommuneIndex.from_communes as it was written before the names were keyed a column at a time: row by row."""
    parent, by_postal, by_name = {}, {}, {}
    columns = ["code_commune_insee", "nom_commune", "type_commune", "code_commune_parente", "codes_postaux",
               "anciens_codes"]
    rows = table[columns].astype(object).fillna("").astype(str).to_dict("records")
    for row in rows:
        com = row["code_commune_parente"] or row["code_commune_insee"]
        if row["type_commune"] == "COM" or row["code_commune_insee"] not in parent:
            parent[row["code_commune_insee"]] = com
        for code in row["codes_postaux"].split("|"):
            if code:
                by_postal.setdefault(code, set()).add(com)
        by_name.setdefault(official_name_key(row["nom_commune"]), set()).add(com)
    for row in rows:
        for former in row["anciens_codes"].split("|"):
            if former and former not in parent:
                parent[former] = row["code_commune_parente"] or row["code_commune_insee"]
    return CommuneIndex(parent, {k: frozenset(v) for k, v in by_postal.items()},
                        {k: frozenset(v) for k, v in by_name.items()})


def test_commune_index_is_its_row_by_row_build():
    table = load_communes()
    # A delegated commune listed before and after a commune of the same code, names on each path of the keys.
    hostile = pd.DataFrame({
        "code_commune_insee": ["99006", "99001", "99002", "99003", "99004", "99005", "99006", "99001"],
        "nom_commune": ["Sainte-Ours", "St-Ours (Le)", "ΟΔΟΣ\u00a0Cedx", "", "Paris 3e", "Ｒｅｎｎｅｓ ②", "Ours",
                        "Ours"],
        "type_commune": ["COMD", "COM", "COMD", "COM", "ARM", "COM", "COM", "COMD"],
        "code_commune_parente": ["99001", None, "99001", "", "75056", None, None, "99005"],
        "codes_postaux": ["99001", "99001|99002", None, "", "75003", "35000", "|99006|", None],
        "anciens_codes": [None, "98001|99002", None, "", "", "99001", "99006|98001", ""],
    })
    # Every official name is keyed as official_name_key keys it (above): a sample of the rows checks the build.
    sample = table.iloc[::7]
    for source in (sample, pd.concat([table.head(500), hostile], ignore_index=True)):
        built, expected = CommuneIndex.from_communes(source), reference_index(source)
        assert (built.parent, built.by_postal, built.by_name) == (
            expected.parent, expected.by_postal, expected.by_name)


@pytest.mark.parametrize("seed", range(5))
def test_title_keys_and_organisers_are_their_functions_on_hostile_texts(seed):
    texts = hostile_texts(200 + seed, 300, nul=seed == 0) + ["", "Mois de l'ESS 2019 : Repair café", "ESS"]
    assert _title_keys(texts) == {text: title_key(text) for text in texts}
    assert _organisers(texts) == {text: _organiser_keys(text) for text in texts}
    assert _title_keys([]) == {} and _organisers([]) == {}


@pytest.mark.parametrize("seed", range(5))
def test_title_core_shortcut_is_title_core(seed):
    rng = random.Random(300 + seed)
    titles = [title_key(text) for text in hostile_texts(300 + seed, 200)]
    noises = [fold(text) for text in hostile_texts(400 + seed, 200)] + ["les petits debrouillards", "lyon", "", "ess"]
    for title in titles:
        noise = [rng.choice(noises) for _ in range(5)]
        if rng.random() < 0.5:  # a title naming its organiser or its town
            noise[0] = " ".join(title.split()[: rng.randint(1, 3)])
        assert _title_core(title, *noise) == title_core(title, *noise), (title, noise)


def test_record_features_are_the_one_by_one_keys(index):
    """Each record's title, core, organiser and place, as the per-record functions give them, on hostile rows."""
    rows = [row for seed in range(30) for row in hostile_rows(500 + seed, 4)]
    texts = hostile_texts(600, len(rows))
    for k, row in enumerate(rows):  # hostile texts in the title, organiser and place fields
        row[("titre", "organisateur", "lieu", "commune", "adresse")[k % 5]] = texts[k]
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    records = _record_features(events, index)
    as_text = events.astype(object).where(events.notna(), "").astype(str)
    for record, row in zip(records, as_text.to_dict("records"), strict=True):
        organiser = _organiser_keys(row["organisateur"])
        place = _place(row["lieu"], row["adresse"], row["code_postal"], row["code_insee_source"], row["commune"],
                       index)
        venue = "" if record.online else place[0]
        assert (record.title, record.organiser, record.organiser_initials, record.organiser_acronym) == (
            title_key(row["titre"]), *organiser)
        assert record.venue == venue
        assert record.core == title_core(title_key(row["titre"]), organiser[0], organiser[1], *place[6], place[0])


def test_a_core_taken_on_first_use_is_the_core_of_the_record_as_made(index):
    """A record's core is taken on first use from the texts it was made with, not from a venue that the edition's
    other records resolved since (« La Petite Rockette Saint-Malo » -> « La Petite Rockette » in Saint-Malo, a
    commune name that is a venue elsewhere): the same cores as taken when the records were made."""
    places = [("La Petite Rockette Saint-Malo", "", "", ""), ("La Petite Rockette", "", "Saint-Malo", "35400"),
              ("", "", "La Forge", ""), ("La Forge", "3 rue de Brest", "Rennes", "35000"),
              ("Maison des associations", "", "", ""), ("Maison des associations", "12 rue X", "Lyon", "69004")]
    titles = ["Atelier vélo à la Petite Rockette", "Repair café La Forge", "Maison des associations : forum",
              "Visite de la Petite Rockette Saint-Malo"]
    rows = [{**BASE, "source": SOURCES[k % 4], "source_identifiant": str(k), "identifiant": str(k), "titre": title,
             "lieu": venue, "adresse": address, "commune": town, "code_postal": postal, "code_insee_source": "",
             "organisateur": "La Forge" if k % 3 == 0 else "Les Bricoleurs", "latitude": None, "longitude": None}
            for k, ((venue, address, town, postal), title) in enumerate(itertools.product(places, titles))]
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    made = [record.core for record in _record_features(events, index)]
    records = _record_features(events, index)
    venues = [record.venue for record in records]
    _resolve_venues(records)
    _resolve_streets(records)
    assert venues != [record.venue for record in records]  # resolution changed venues: the test can fail
    assert [record.core for record in records] == made



def test_title_towns_are_read_on_first_use_as_the_record_was_made(index):
    """A record's title towns (the communes its title ends on naming, in the régions of its communes) are read on
    first use, from the title, organiser and communes it was made with, not from communes that the edition's other
    records resolved since (« La Petite Rockette » alone -> Saint-Malo): the same towns as read when it was made."""
    places = [("La Petite Rockette", "", "", ""), ("La Petite Rockette", "", "Saint-Malo", "35400"),
              ("Le Jardin Moderne", "", "", ""),
              ("Le Jardin Moderne", "11 rue du Manoir de Servigné", "Rennes", "35000"),
              ("Visio", "", "", ""), ("Maison des associations", "12 rue X", "Lyon", "69004")]
    titles = ["Marché solidaire de Saint-Malo", "Atelier vélo de Rennes", "Repair café de Lyon (Ateliers de Rennes)",
              "Coopératives de montagne", "Forum au Puy-en-Velay", "Disco soupe à Fontaine", "Fête de Saint-Malo",
              ""]
    rows = [{**BASE, "source": SOURCES[k % 4], "source_identifiant": str(k), "identifiant": str(k), "titre": title,
             "lieu": venue, "adresse": address, "commune": town, "code_postal": postal, "code_insee_source": "",
             "organisateur": "Ateliers de Rennes" if k % 3 == 0 else "Les Bricoleurs", "latitude": None,
             "longitude": None}
            for k, ((venue, address, town, postal), title) in enumerate(itertools.product(places, titles))]
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)

    def towns(record) -> tuple:
        dedup._read_title_towns(record)
        return record.title_town, record.title_towns, record.home_regions

    made = [towns(record) for record in _record_features(events, index)]
    records = _record_features(events, index)
    unread = [record.towns_from is not None for record in records if record.title and not record.online]
    assert unread and all(unread), "title towns read before use"
    communes = [record.communes for record in records]
    _resolve_venues(records)
    _resolve_streets(records)
    assert communes != [record.communes for record in records]  # resolution changed communes: the test can fail
    assert [towns(record) for record in records] == made
    assert any(title_towns for _, title_towns, _ in made) and any(regions for _, _, regions in made)


@pytest.mark.parametrize("second_title", ["Atelier vélo", "Bal folk"])
def test_a_record_lists_a_title_twice_only_beside_another_of_its_rows(index, second_title):
    """_lists_the_title_twice, worked out on first use, answers as the comparison of each record with the others of
    its source that day in its town: a copy of a record shifted to a later day (_attach_days) is not compared with
    its original, another row of that title is."""
    titles = ["Mois de l'ESS : atelier vélo", second_title]
    rows = [{**BASE, "source": "reseau-rennes-ical", "source_identifiant": str(k), "identifiant": str(k),
             "titre": title, "date_debut": "2019-11-16"} for k, title in enumerate(titles)]
    records = _record_features(pd.DataFrame(rows, columns=EVENT_COLUMNS), index)
    _group_same_day_listings(records)
    twice = second_title == "Atelier vélo"
    copy = dataclasses.replace(records[0], day=records[0].day + 1)
    assert _lists_the_title_twice(copy) is twice
    assert [_lists_the_title_twice(record) for record in records] == [twice, twice]


PLACE_PIECES = {
    "lieu": ["", "Maison des associations", "MAISON DES ASSOCIATIONS (Rennes)", "Le Jardin Moderne - Brest", "Visio",
             "Lien :", "Salle Lyon", "Espace St-Malo", "Salle des fêtes\u00a0", "100 % en ligne", "Café 😀"],
    "adresse": ["", "28 rue Denfert-Rochereau", "Maison des associations, 12 rue X, 35000 Rennes", "12 r. Victor Hugo",
                "Rennes", "Rejoindre :", "https://zoom.us/j/1", "5 av. Jean Jaurès; 69007 Lyon 7e", "Brest Cedx"],
    "code_postal": ["", "69004", "69 004", "6900", "35000", "F-29200", "97400", "abc"],
    "code_insee_source": ["", "69384", "35238", "97411", "2A004", "99999"],
    "commune": ["", "Lyon", "LYON 4E", "Rennes", "Brest Cedx", "St-Malo", "Saint-Denis", "Ｒｅｎｎｅｓ", "Havre (Le)",
                "Villeurbanne\t"],
}


def small_index() -> CommuneIndex:
    """An index over the communes of a few départements (each call a new one: the place caches live in it)."""
    table = load_communes()
    return CommuneIndex.from_communes(table[table["code_departement"].isin(["69", "35", "29", "974", "2A", "13"])])


@pytest.mark.parametrize("seed", range(3))
def test_places_are_place_on_hostile_fields(seed):
    rng = random.Random(700 + seed)
    fields = [tuple(rng.choice(PLACE_PIECES[name]) for name in PLACE_PIECES) for _ in range(600)]
    fields += [tuple(rng.choice(TEXT_PIECES) for _ in PLACE_PIECES) for _ in range(100)]
    reference = small_index()
    assert _places(fields, small_index()) == {place: _place(*place, reference) for place in fields}


ARRONDISSEMENT_TEXTS = [
    "Paris 18e", "PARIS XVIIIe", "3e arrondissement de Lyon", "Marseille 13008", "Lyon 3e arrondissement", "Paris",
    "Paris Cedex 18", "75018 Paris", "Paris (75)", "Paris 18 (75)", "Pa-ris 18", "Lyón 3e", "Paris, Le", "MARSEILLE 4E",
    "Marseille 4e secteur", "ＰＡＲＩＳ 18", "Pari\u0301s 18e", "Paris 18 ecdex", "Lyon 3e - Rhône", "Rennes", "Lyons",
    "Saint-Denis (93)", "Villeneuve/Lot", "12e arr. Paris", "Paris/18e", "paris\u00a018", "Vaulx (Le) 3e", "Parisot",
]


def test_arrondissement_of_parses_only_the_texts_naming_a_city(monkeypatch):
    """arrondissement_of, which parses a commune text only when its folded form holds « paris », « lyon » or
    « marseille », as when it parses every text."""
    texts = ARRONDISSEMENT_TEXTS + [piece for pieces in PLACE_PIECES.values() for piece in pieces] + TEXT_PIECES
    cases = [(insee, postal, text) for text in texts for insee, postal in (("", ""), ("", "75018"), ("69383", ""))]
    found = [arrondissement_of(*case) for case in cases]
    assert {"paris 18", "lyon 3", "marseille 4", ""} <= set(found)
    monkeypatch.setattr(dedup, "_PLM_CITY", re.compile(""))  # every text parsed
    assert found == [arrondissement_of(*case) for case in cases]


@pytest.mark.parametrize("seed", range(3))
def test_venue_key_is_the_venue_without_the_commune_words(seed):
    rng = random.Random(800 + seed)
    venues = PLACE_PIECES["lieu"] + hostile_texts(800 + seed, 100)
    for venue in venues:
        words = frozenset(rng.sample(["salle", "lyon", "maison", "des", "brest", "malo", "saint", "espace"], 3))
        entry = (frozenset(), ("", ""), words, "", False, "", "")
        # The commune's own words, not its articles (« des »), and not a tying word left last.
        kept = [w for w in place_key(venue).split() if w not in words - _TOWN_LINKS] if venue else []
        while kept != place_key(venue).split() and len(kept) > 1 and kept[-1] in _TOWN_LINKS:
            kept.pop()
        assert _place_of(venue, None, "", "", False, entry)[0] == " ".join(kept)


def test_title_similarities_compare_whole_titles_only_where_cores_leave_it_open(index):
    """title_similarities (whole titles compared for the pairs whose cores are neither equal nor the titles) is
    title_similarity pair by pair, over records whose titles name their organiser, venue or commune."""
    records = sessions_of_one_day(index, hours=("10",))
    titles = ["Repair café Les Bricoleurs", "Atelier à la Maison des associations", "Rencontre SCIC à Lyon",
              "Forum des associations de Lyon", "Repair café", "Les Bricoleurs réparent", "", "Visio : la SCIC"]
    for k, record in enumerate(records):
        record.title = title_key(titles[k % len(titles)])  # its core is not taken yet: taken from this title
    pairs = list(itertools.combinations(records, 2))[:3000]
    firsts, seconds = [a for a, _ in pairs], [b for _, b in pairs]
    expected = [title_similarity(a, b) for a, b in pairs]
    assert title_similarities(firsts, seconds).tolist() == expected
    assert len(set(expected)) > 5 and any(a.title != a.core for a in firsts)


@pytest.mark.parametrize("seed", range(5))
def test_numbers_and_phrases_shortcuts_are_their_rules(seed):
    """_numbers (a name without digit nor other character has none; an ordinal is its number) and _phrases (a text
    without the first word of a form, nor of a qualified format word, has none) as their rules say, on hostile texts
    folded or not, digits of other scripts and superscripts included."""
    texts = hostile_texts(1000 + seed, 300) + ["les potagers 33", "mairie du 17e", "1er", "x ٣ y", "a² ²",
                                             "portes ouvertes",
                                             "petit dej a la table ronde", "porte ouverte petits dejeuners", "tables",
                                             "atelier decouverte", "en marche", "scene ouverte", "poretes ouvertes"]
    for text in texts + [fold(text) for text in texts]:
        assert _numbers(text) == frozenset(w if w.isdigit() else _ORDINAL.fullmatch(w).group(1) for w in text.split()
                                           if w.isdigit() or _ORDINAL.fullmatch(w))
        qualified = _OPEN.sub(_open_or_not, _NO_FORMAT.sub(_no_format, text))
        assert _phrases(text) == (_PHRASE.sub(lambda m: _PHRASES[m.group(0)], qualified) if " " in text else text)


def test_forms_begun_is_the_scan_of_every_format_word():
    """_forms_begun (bisection in the sorted format words) gives the words a cut-short word begins as a scan of
    _FORMAT_OF does: on every prefix of every format word, the words themselves, and words around them."""
    prefixes = {form[:k] for form in _FORMAT_OF for k in range(len(form) + 1)}
    words = prefixes | {p + "z" for p in prefixes} | {p[:-1] + "~" for p in prefixes if p} | {"zzz", "0", "é"}
    for stem in words:
        assert sorted(_forms_begun(stem)) == sorted(
            form for form in _FORMAT_OF if len(form) > len(stem) and form.startswith(stem)), stem


def unique_rows_reference(frame: pd.DataFrame, merged: pd.DataFrame, groups_by_edition: list) -> pd.DataFrame:
    """The rows deduplicate gave before _unique_rows: each edition's rows in no group then its merged rows, taken
    edition by edition, the whole then sorted."""
    in_group = np.zeros(len(frame), dtype=bool)
    in_group[[i for _, _, groups in groups_by_edition for group in groups for i in group]] = True
    kept, done = [], 0
    for start, stop, groups in groups_by_edition:
        kept.append(frame.iloc[start + np.flatnonzero(~in_group[start:stop])])
        if groups:
            kept.append(merged.iloc[done : done + len(groups)])
            done += len(groups)
    unique = pd.concat(kept, ignore_index=True)
    return unique.sort_values(["edition", "date_debut", "identifiant"], kind="stable").reset_index(drop=True)


@pytest.mark.parametrize("seed", range(12))
def test_unique_rows_are_the_rows_taken_edition_by_edition_then_sorted(seed):
    """_unique_rows against the per-edition path, values, dtypes and order, ties on the sort keys included
    (hostile starts and identifiers repeat), with editions without groups and sets without any."""
    rng = np.random.default_rng(seed)
    rows = [{**row, "edition": edition} for edition in (2019, 2020, 2021)
            for k in range(3) for row in hostile_rows(seed * 100 + edition % 100 * 10 + k, 2 + k)]
    frame = typed(pd.DataFrame(rows, columns=EVENT_COLUMNS))
    frame = frame.sort_values(["edition", "source", "source_identifiant"], kind="stable").reset_index(drop=True)
    editions = frame["edition"].to_numpy()
    bounds = np.flatnonzero(np.r_[True, editions[1:] != editions[:-1], True]).tolist()
    groups_by_edition = []
    for start, stop in itertools.pairwise(bounds):
        members = rng.permutation(np.arange(start, stop)).tolist()
        groups = [] if seed % 4 == 0 or rng.random() < 0.3 else [sorted(members[:2]), sorted(members[2:5])]
        groups_by_edition.append((start, stop, [group for group in groups if len(group) > 1]))
    clusters = [group for _, _, groups in groups_by_edition for group in groups]
    merged, _ = _merged_rows(frame, clusters, list(frame.columns))
    pd.testing.assert_frame_equal(_unique_rows(frame, merged, groups_by_edition),
                                  unique_rows_reference(frame, merged, groups_by_edition))


def frame_of(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


ARCHIVE = "archives-ess-france"


def archive_rows(seed: int, edition: int) -> list[dict]:
    """Hostile records of one source for `edition`: copies of one event (as other sources would list it), a span over
    three days, a date-only copy, a rescheduled one, and records of other days and places."""
    rows = [row for k in range(4) for row in hostile_rows(seed * 10 + k, 3)]
    rows += [{**BASE, "date_debut": "2019-11-15", "date_fin": "2019-11-17"}, {**BASE, "date_debut": "2019-11-16"},
             {**BASE, "statut": "reprogramme", "date_debut": "2019-11-09T14:00:00+01:00"},
             {**BASE, "titre": "Disco soupe", "commune": "Brest", "code_postal": "29200", "lieu": "Les Capucins"}]
    for k, row in enumerate(rows):
        row.update(edition=edition, source=ARCHIVE, source_identifiant=f"a{seed}-{k}")
        row["identifiant"] = event_identifier(edition, ARCHIVE, row["source_identifiant"])
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_an_edition_one_source_lists_alone_is_not_featured_and_keeps_its_rows(index, monkeypatch, seed):
    """An edition one source lists alone (an archive's early years) has nothing to merge: its records are not featured
    (_record_features), and its rows, merges and groups are those the whole matching gives it, as when a record of
    another source far from all of them makes it an edition of two sources."""
    featured = []
    whole = dedup._record_features

    def spied(events: pd.DataFrame, index: CommuneIndex) -> list:
        featured.append(sorted(set(events["edition"].tolist())))
        return whole(events, index)

    monkeypatch.setattr(dedup, "_record_features", spied)
    several = [row for k in range(3) for row in hostile_rows(700 + seed * 10 + k, 3)]
    alone = frame_of(archive_rows(seed, 2008) + several)
    result = deduplicate(alone, index)
    assert featured == [[2019]]
    assert result.clusters, "the 2019 records of several sources are copies of one event"

    far = {**BASE, "edition": 2008, "source": "plateforme", "source_identifiant": "loin", "titre": "Assemblée générale",
           "date_debut": "2008-03-02T09:00:00+01:00", "date_fin": "", "commune": "Ajaccio", "code_postal": "20000",
           "lieu": "Palais des congrès", "adresse": "", "latitude": 41.92, "longitude": 8.74}
    far["identifiant"] = event_identifier(2008, "plateforme", "loin")
    reference = deduplicate(frame_of([*archive_rows(seed, 2008), far, *several]), index)
    assert featured[-1] == [2008, 2019]
    kept = reference.events[reference.events["source_identifiant"] != "loin"].reset_index(drop=True)
    pd.testing.assert_frame_equal(result.events, kept)
    pd.testing.assert_frame_equal(result.merges, reference.merges)
    # The record added sits after the archive's in the sorted frame (by edition, source, identifier).
    after = len(archive_rows(seed, 2008))
    assert result.clusters == [[k - (k > after) for k in group] for group in reference.clusters]


def test_addresses_several_pieces_give_are_taken_apart_once_before_the_worker_is_forked(index, monkeypatch):
    """The addresses given in more than one piece (editions shared with a worker) are in the index's memory when the
    worker is forked, taken apart as _address_parts takes them: the worker inherits them instead of taking them apart
    again; an address of one piece only is left to the process of that piece. The result is that of one run."""
    def edition(year: int, addresses: list[str]) -> list[dict]:
        return [{**BASE, "edition": year, "source": SOURCES[k % 4], "source_identifiant": f"{year}-{k}",
                 "identifiant": event_identifier(year, SOURCES[k % 4], f"{year}-{k}"), "adresse": address,
                 "date_debut": f"{year}-11-{10 + k}T14:00:00+01:00"} for k, address in enumerate(addresses)]

    shared = ["4, rue de Lannoy 59100 Roubaix", "Maison des associations, 12 rue X, 35000 Rennes", "Visio"]
    rows = edition(2019, [*shared, "28 rue Denfert-Rochereau", ""]) + edition(2020, [*shared, "Le Jardin Moderne"])
    events = frame_of(rows)
    fresh = dataclasses.replace(index, _addresses={})  # nothing taken apart yet
    seen = []
    forked = dedup.map_pieces

    def spied(*arguments, **options):
        seen.append(set(fresh._addresses))
        return forked(*arguments, **options)

    monkeypatch.setattr(dedup, "map_pieces", spied)
    result = dedup.deduplicate_in_pieces(events, fresh, workers=2, min_rows=1)
    assert len(seen) == 1 and seen[0] == set(shared)
    assert all(fresh._addresses[address] == dedup._address_parts(address, dataclasses.replace(index, _addresses={}))
               for address in shared)
    whole = deduplicate(events, index)
    pd.testing.assert_frame_equal(result.events, whole.events)
    assert result.clusters == whole.clusters
