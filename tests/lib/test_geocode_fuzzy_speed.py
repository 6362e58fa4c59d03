"""The national typo search with its letter prefilter against the search over every name of the right length
(the reference path), on hostile names: typos of every kind, letters no commune has, very short and long."""

import random

import numpy as np
import pytest

from assets.lib.geocode import Geocoder, LetterCounts, _nearest_alone, _word_count
from assets.lib.geocode_text import compact, names_a_non_commune, parse_place_name


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.from_reference()


def typos(name: str, rng: random.Random) -> str:
    """`name` with one to three substitutions, insertions, deletions or swaps, some with rare letters."""
    letters = list(name)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(max(len(letters), 1))
        kind = rng.randint(0, 3)
        if kind == 0 and letters:
            letters[at] = rng.choice("abcdefghijklmnopqrstuvwxyz0123456789éñ-")
        elif kind == 1:
            letters.insert(at, rng.choice("aeiouxyzq9ß"))
        elif kind == 2 and len(letters) > 1:
            del letters[at]
        elif at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def reference(geocoder: Geocoder, query: str, words: int, allowed: int, margin: int, spaced: str = ""):
    entries, choices, _ = geocoder._names_of_length(len(query) - allowed - margin, len(query) + allowed + margin)
    return _nearest_alone(query, entries, choices, allowed, margin, words, spaced=spaced)


@pytest.mark.parametrize("seed", range(4))
def test_the_prefiltered_national_search_is_the_full_one(geocoder, seed):
    rng = random.Random(seed)
    names = sorted({e.key for entries in geocoder.tables.entries_by_compact.values() for e in entries})
    queries = [q for name in rng.sample(names, 150) for q in (name, typos(name, rng), typos(name, rng))]
    queries += ["ñandu", "zzzzzzzzzzzzzzz", "saint denis", "qqqqq", "ab", "villeneuve saint georgesss"]
    corrected = 0
    for text in queries:
        name = parse_place_name(text)
        expected = (
            reference(geocoder, compact(name.key), _word_count(name.key), *geocoder_limits(compact(name.key)),
                      spaced=name.key)
            if geocoder_limits(compact(name.key))[0] and compact(name.key) not in geocoder.tables.territory_keys
            and not names_a_non_commune(name.key)
            else ("", 0, False)
        )
        assert geocoder._national_fuzzy(name) == expected, text
        corrected += bool(expected[0])
    assert corrected > 50  # the queries are mostly within reach of one commune: the test can fail


def geocoder_limits(query: str) -> tuple[int, int]:
    """(allowed errors, margin) of _national_fuzzy for a query of this length."""
    size = len(query)
    return (0 if size < 5 else 1 if size < 14 else 2), (2 if size < 6 else 1)


@pytest.mark.parametrize("seed", range(3))
def test_letter_counts_never_exceed_the_edit_distance(seed):
    """The bag distance is a lower bound of the edit distance with transpositions: nothing within reach is
    left out."""
    from rapidfuzz.distance import OSA

    rng = random.Random(seed)
    texts = ["".join(rng.choice("abcdeé") for _ in range(rng.randint(0, 9))) for _ in range(400)]
    counts = LetterCounts.of(texts)
    for _ in range(200):
        query = "".join(rng.choice("abcdefé") for _ in range(rng.randint(0, 9)))
        for distance in range(4):
            within = counts.within(query, distance)
            edits = np.array([OSA.distance(query, text) for text in texts])
            assert within[edits <= distance].all()
    assert LetterCounts.of([]).within("abc", 2).shape == (0,)


def _letter_counts_reference(texts: list[str]) -> LetterCounts:
    """LetterCounts.of as written before its table of codes: the letters and their columns by np.unique."""
    joined = "".join(texts)
    letters, column = np.unique(np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32), return_inverse=True)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    row = np.repeat(np.arange(len(texts)), lengths)
    counts = np.bincount(row * len(letters) + column.ravel(), minlength=len(texts) * len(letters))
    alphabet = {chr(code): k for k, code in enumerate(letters.tolist())}
    return LetterCounts(alphabet, np.asfortranarray(counts.reshape(len(texts), len(letters))), lengths)


@pytest.mark.parametrize(
    "texts",
    [[], [""], ["", "", "a"], ["abc", "cab", "zz"], ["é", "ß", "🙂", "\x00", "\U0010ffff", "aé🙂"], ["saintdenis"] * 3],
)
def test_letters_counted_by_a_table_of_codes_are_the_sorted_letters(texts):
    found, expected = LetterCounts.of(texts), _letter_counts_reference(texts)
    assert found.alphabet == expected.alphabet
    np.testing.assert_array_equal(found.counts, expected.counts)
    np.testing.assert_array_equal(found.lengths, expected.lengths)


def test_names_of_a_range_of_lengths_are_a_slice_of_every_name(geocoder):
    by_length = geocoder.tables.entries_by_length
    rng = random.Random(5)
    queries = ["saintdenis", "ñandu", "qqqqq", "ab", "", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "x9ß🙂", "lehavre", "é"]
    for shortest, longest in [(3, 7), (0, 2), (5, 5), (12, 16), (20, 60), (-3, 1), (40, 50), (9, 8)]:
        entries = [e for n in range(shortest, longest + 1) for e in by_length.get(n, ())]
        choices = [e.compact for e in entries]
        found_entries, found_choices, letters = geocoder._names_of_length(shortest, longest)
        assert found_entries == entries and found_choices == choices
        plain = LetterCounts.of(choices)
        for query in queries + [rng.choice(choices) if choices else "a"]:
            for distance in range(4):
                np.testing.assert_array_equal(letters.within(query, distance), plain.within(query, distance))
