"""Normalisation's column-wise paths give what the value-by-value reference gives, on hostile inputs: source
moments (every shape datetime.fromisoformat reads, the days Paris' clocks change, odd offsets and years, non-texts)."""

import functools
import random
from datetime import UTC, date, datetime

from assets.lib.normalize import _FAILED, _moment_row, _moment_rows


def _one_by_one(function, values: list) -> list:
    """[function(value) for value in values], _FAILED where it raises: what the column paths give."""
    results = []
    for value in values:
        try:
            results.append(function(value))
        except Exception:  # noqa: BLE001 - the column path marks it _FAILED
            results.append(_FAILED)
    return results


def _hostile_moments() -> list:
    days = ["2019-11-16", "2019-03-31", "2019-10-27", "2019-03-30", "2019-10-26", "2019-10-28", "2020-02-29",
            "2019-02-29", "2019-02-30", "2019-13-01", "2019-00-10", "1979-12-31", "1980-01-01", "2199-12-31",
            "2200-01-01", "0001-01-01", "9999-12-31", "2019-11-31", "1995-09-24", "2024-10-27"]
    clocks = ["00:00:00", "01:30:00", "02:30:00", "22:59:59", "23:30:00", "24:00:00", "23:60:00", "23:59:60"]
    zones = ["", "Z", "+01:00", "+02:00", "-05:00", "+14:00", "-12:00", "+23:59", "+24:00", "+00:00", "-00:00",
             "+99:99", "+05:30", "+0100", "+01", "z"]
    values: list = [day for day in days]
    values += [f"{day}T{clock}{zone}" for day in days for clock in clocks for zone in zones]
    values += [
        None, "", " ", "2019-11-16 ", " 2019-11-16T10:00:00Z", "2019-11-16T10:00:00.123Z", "2019-11-16T10:00:00.5",
        "2019-11-16 10:00:00", "20191116T100000Z", "2019-W46-6", "2019-320", "16/11/2019", "2019-11-16T10:00",
        "2019-11-16T10Z", "٢٠١٩-١١-١٦", "2019-11-16T10:00:00+01:00:30", "2019-11-16T10:00:00\n", "2019-11-16\u00a0",
        "2019-11-16T10:00:00\u200f", "demain", "2019-11-16T10:00:00+01:00 ", "2019-11-16t10:00:00Z",
        20191116, 2019.0, True, ["2019-11-16"], {"a": 1}, date(2019, 11, 16), datetime(2019, 11, 16, 10),
        datetime(2019, 10, 27, 2, 30), datetime(2019, 11, 16, 10, tzinfo=UTC),
    ]
    rng = random.Random(13)
    values += [rng.choice(values) for _ in range(500)]  # repeats: each distinct value is read once
    rng.shuffle(values)
    return values


def test_moments_read_by_column_match_the_value_by_value_reading():
    values = _hostile_moments()
    for field_name in ("date_debut", "date_fin", "date_mise_a_jour"):
        got = _moment_rows(values, field_name)
        wanted = _one_by_one(functools.partial(_moment_row, field_name=field_name), values)
        assert [(type(row), repr(row)) for row in got] == [(type(row), repr(row)) for row in wanted], field_name
    rows = _moment_rows(values, "date_debut")
    assert sum(row is _FAILED for row in rows) > 100 and sum(row is not _FAILED for row in rows) > 300


def test_moments_on_paris_clock_changes_keep_their_offsets():
    # As datetime reads them: a floating time in the spring gap keeps the winter offset (fold 0).
    rows = _moment_rows(["2019-10-27T00:30:00Z", "2019-10-27T01:30:00Z", "2019-10-27T02:30:00",
                         "2019-03-31T02:30:00", "2019-10-26T22:30:00Z"], "date_debut")
    assert [row[1] for row in rows] == ["2019-10-27T02:30:00+02:00", "2019-10-27T02:30:00+01:00",
                                        "2019-10-27T02:30:00+02:00", "2019-03-31T02:30:00+01:00",
                                        "2019-10-27T00:30:00+02:00"]


_HOSTILE_LABELS = ["Atelier", "atelier", "ATELIER", "Ateliers", "Atelier participatif zéro déchet", "Conférence",
                   "Conference", "Confe\u0301rence", "Conf\u00e9rence\u00a0", "Cœur de l'ESS", "Coeur de l'ESS",
                   "Économie circulaire", "E\u0301conomie  circulaire", "ÉCONOMIE CIRCULAIRE", "Tout public",
                   "Tout\u00a0public", "Jeunes", "Jeunes 🎉", "🎉", "", " ", "Mois de l'ESS", "ﬁlm", "Film", "Ciné",
                   "Projection-débat", "Autre", "Seniors", "Élus", "Scolaires", "Grand public", "Forum", "Salon",
                   "Visite", "<b>Atelier</b>", "Atelier &amp; forum", "\u202eAtelier", "Ａｔｅｌｉｅｒ"]


def _hostile_label_columns(count: int = 600) -> tuple[list, list, list]:
    """(type labels, category keys, label keys) as normalize_candidates builds them (None: read record by
    record), random mixes of hostile labels."""
    rng = random.Random(7)
    types = [*_HOSTILE_LABELS, None, 1, 1.0, True, "1", ["Atelier"], "  "]

    def key():
        roll = rng.random()
        if roll < 0.05:
            return None
        return tuple(rng.choice(_HOSTILE_LABELS) for _ in range(rng.randrange(0, 5)))

    return ([rng.choice(types) for _ in range(count)], [key() for _ in range(count)], [key() for _ in range(count)])


def test_label_codes_by_column_match_the_value_by_value_lookup():
    from assets.lib.normalize import _codes_of, _event_type_of, _event_types, _joined_codes_column

    type_labels, categories, labels = _hostile_label_columns()
    for name in ("thematiques", "publics", "type_evenement"):
        got = _joined_codes_column(name, categories, labels)
        wanted = [_codes_of(name, (first or ()) + (second or ()))
                  for first, second in zip(categories, labels, strict=True)]
        assert got == wanted, name
    assert len({code for code in got if code}) > 5  # codes found, several at once
    got = _event_types(type_labels, categories)
    for label, key, code in zip(type_labels, categories, got, strict=True):
        if key is None or not isinstance(label, (str, int, float, type(None))):
            # a record read by normalize_candidate: only an unreadable label must be marked
            assert code is _FAILED or key is None
            continue
        assert code == _event_type_of(label, key), (label, key)
    assert len(set(got) - {_FAILED}) > 4


# ------------------------------------------------------------------------------ html_to_text, one tag scan

def _reference_html_to_text(value):
    """html_to_text as written before its tags were scanned once and its blank runs collapsed in one pass."""
    import html as html_module

    from assets.lib.text import (
        _BLANK_LINES,
        _HORIZONTAL_BLANKS,
        _HTML_TAGS,
        _PARAGRAPH,
        _TAG,
        _drop_tags,
        _TextExtractor,
        _unescaped,
    )

    def escape_non_tags(text):
        parts, position = [], 0
        for match in _TAG.finditer(text):
            if match.group(1) is None or match.group(1).lower() in _HTML_TAGS:
                parts += [text[position:match.start()].replace("<", "&lt;"), match.group(0)]
                position = match.end()
        parts.append(text[position:].replace("<", "&lt;"))
        return "".join(parts)

    def is_html(text):
        return any(m.group(1) is None or m.group(1).lower() in _HTML_TAGS for m in _TAG.finditer(text))

    if not value:
        return ""
    if "<" not in value and "&" not in value:
        if value.isprintable():
            return value.strip()
        lines = [line.replace("\t", " ").strip() for line in value.replace("\xa0", " ").splitlines()]
        return _BLANK_LINES.sub(_PARAGRAPH, "\n".join(lines)).strip()
    html_source = is_html(value)
    if not html_source:
        unescaped = html_module.unescape(value)
        html_source = is_html(unescaped)
        value = unescaped
    if html_source:
        text = _TextExtractor().text_of(escape_non_tags(value))
    else:
        text = value
    text = _drop_tags(_unescaped(text).replace("\xa0", " "))  # entities decoded until none is left
    lines = []
    for line in text.splitlines():
        line = _HORIZONTAL_BLANKS.sub(" ", line) if html_source else line.replace("\t", " ")
        lines.append(line.strip())
    return _BLANK_LINES.sub(_PARAGRAPH, "\n".join(lines)).strip()


_TEXT_PIECES = [
    "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<script>x=1<2</script>", "<!-- c -->", "<Demain>", "<<Demain>>",
    "< 5 €", "a > b", "<18 ans", "&amp;", "&amp;amp;", "&lt;p&gt;", "&nbsp;", "&#233;", "&eacute", "&", "<", "\xa0",
    "\t", "\f", "\v", "\n", "\n\n\n", "\r\n", "&#12;", "&amp;#12;", "&amp;#x0b;", "&#9;", "&amp;#9;", "&amp;Tab;",
    "\u2028", "\x85", "\x1c", "  ",
    " ", "Café", "Cafe\u0301", "Cœur", "ﬁn", "🎉", "\u202e", "\x00", "mailto:a@b.fr", "javascript:x",
    "<a href='x>y'>lien</a>", "<li>un</li>", "<div>", "<h2>Titre</h2>", "<style>p{}</style>", "<p class=\"x\">",
    "</div>", "<table><tr><td>1</td></tr></table>", "mot", "Réparer", "ß", "<script>", "<svg>", "<!--", "<a href=\"x",
    # The tags _plain_markup_text reads without the parser, and shapes close to them that it leaves to the parser.
    "<strong>", "</strong>", "<em>", "</em>", "<i>", "</i>", "<u>", "<span>", "</span>", "</a>",
    "<a href=\"https://x.fr\">", "<a href=\"mailto:a@b.fr\">", "<a href=\"x&amp;y\">", "<br />", "</br>", "<P>", "<p >",
    "<a  href=\"x\">", "<a href=x>",
    "<a href=\"\n\">", "&#39;", "&quot;", "&lt;b&gt;", "&amp;lt;p&amp;gt;", "&", "a &b", "&#x", "&eacute;t&eacute;",
]


def test_html_to_text_matches_its_reference_on_hostile_texts():
    from assets.lib.text import html_to_text

    rng = random.Random(11)
    texts = [None, "", " ", *_TEXT_PIECES]
    texts += ["".join(rng.choice(_TEXT_PIECES) for _ in range(rng.randrange(1, 12))) for _ in range(2000)]
    assert [html_to_text(text) for text in texts] == [_reference_html_to_text(text) for text in texts]


def test_plain_markup_reads_as_the_parser_reads_it():
    from assets.lib.text import _plain_markup_text, _TextExtractor

    rng = random.Random(23)
    documents = ["".join(rng.choice(_TEXT_PIECES) for _ in range(rng.randrange(1, 12))) for _ in range(20_000)]
    plain_tags = ("<p>", "</p>", "<br>", "<br/>", "<br />", "<b>", "</b>", "<strong>", "</strong>", "</a>",
                  "<a href=\"x&amp;y\">")
    plain_pieces = [piece for piece in _TEXT_PIECES if "<" not in piece or piece in plain_tags]
    documents += ["".join(rng.choice(plain_pieces) for _ in range(rng.randrange(1, 12))) for _ in range(20_000)]
    read = 0
    for document in documents:
        text = _plain_markup_text(document)
        if text is not None:
            assert text == _TextExtractor().text_of(document), document
            read += 1
    assert read > 15_000


# ------------------------------------------------------------------------------ schema checks of Arrow texts

def test_schema_checks_of_arrow_texts_match_the_value_by_value_checks():
    # Arrow text columns are vouched for by column (missing values, lengths, enums in Arrow; patterns by re); the
    # same values as Python objects take the value-by-value path: the same failures, field and reason.
    import numpy as np
    import pandas as pd

    from assets.lib.schema import load_schema, schema_violations

    rng = random.Random(5)
    fields = [f for f in load_schema("evenements")["fields"] if f["type"] == "string"]
    pieces = [*_TEXT_PIECES, *_HOSTILE_LABELS, "mess-2019-0123456789", "mess-2019-0123456789\n", "mess-٢٠١٩-0123456789",
              "75001", "7500", "２A004", "2A004", "programme", "Programme", "grand_public|seniors", "seniors|",
              "https://x.fr", "http://x.fr/\ud7ff", "ftp://x.fr", "a", "x" * 299, "x" * 300, "x" * 301, "é" * 300,
              "🎉" * 150, "🎉" * 151, "e\u0301" * 150, "-", "NA", "n/a", "null", " ", ""]
    rows = 400
    columns = {}
    for field in fields:
        values = [rng.choice(pieces) if rng.random() < 0.9 else None for _ in range(rows)]
        if field.get("constraints", {}).get("maxLength"):
            longest = field["constraints"]["maxLength"]
            values[:4] = ["y" * longest, "y" * (longest + 1), "é" * longest, "🎉" * (longest + 1)]
        columns[field["name"]] = values
    index = pd.Index(np.arange(rows) * 3 + 7)  # failures are keyed by the frame's own index
    arrow = pd.DataFrame({name: pd.array(values, dtype=pd.StringDtype("pyarrow", na_value=np.nan))
                          for name, values in columns.items()}, index=index)
    plain = pd.DataFrame({name: pd.Series(values, dtype=object, index=index) for name, values in columns.items()})
    assert schema_violations(arrow, "evenements") == schema_violations(plain, "evenements")
    failing = set()
    for name in columns:  # each field alone, so that every field's checks are reached
        got = schema_violations(arrow[[name]], "evenements")
        assert got == schema_violations(plain[[name]], "evenements"), name
        failing |= {name} if got else set()
    assert len(failing) > 10


# ------------------------------------------------------------------------------ same-source duplicates

def _reference_merge(events):
    """merge_same_source_duplicates as written before its orders were found on the key columns alone."""
    import pandas as pd

    from assets.lib.normalize import MERGE_COLUMNS

    ordered = events.sort_values(["edition", "source", "source_identifiant", "_updated", "_position"],
                                 ascending=[True, True, True, False, True], kind="stable")
    duplicated = ordered.duplicated(["edition", "source", "source_identifiant"], keep="first")
    kept, dropped = ordered[~duplicated], ordered[duplicated]
    merges = pd.DataFrame({
        "edition": dropped["edition"], "identifiant": dropped["identifiant"], "source": dropped["source"],
        "source_identifiant": dropped["source_identifiant"], "position": dropped["_position"],
        "motif": "identifiant répété dans la même source",
    }, columns=MERGE_COLUMNS)
    kept = kept.sort_values(["edition", "date_debut", "identifiant"], kind="stable")
    return kept, merges.reset_index(drop=True)


def test_same_source_duplicates_merge_as_before():
    import numpy as np
    import pandas as pd

    from assets.lib.normalize import merge_same_source_duplicates

    rng = random.Random(3)
    rows = 800
    ids = ["a", "b", "B", "é", "e\u0301", "", "🎉", "1", "01", "'=x"]
    frame = pd.DataFrame({
        "edition": [rng.choice([2019, 2020]) for _ in range(rows)],
        "source": pd.array([rng.choice(["x", "y", "z-1"]) for _ in range(rows)], dtype="str"),
        "source_identifiant": pd.array([rng.choice(ids) for _ in range(rows)], dtype="str"),
        "_updated": pd.array([rng.choice(["", "2019-10-01", "2019-10-01T08:00:00+00:00", "2019-10-02"])
                              for _ in range(rows)], dtype="str"),
        "_position": [rng.randrange(50) for _ in range(rows)],  # ties on every key
        "date_debut": pd.array([rng.choice(["2019-11-16", "2019-11-02", "2020-11-05"]) for _ in range(rows)],
                               dtype="str"),
        "identifiant": pd.array([f"mess-{rng.randrange(30)}" for _ in range(rows)], dtype="str"),
        "titre": pd.array([f"t{index}" for index in range(rows)], dtype="str"),  # tells every row apart
    }, index=np.arange(rows) * 2 + 5)  # dropped rows leave gaps in the index
    frame = frame.drop(index=frame.index[::7])
    kept, merges = merge_same_source_duplicates(frame)
    wanted_kept, wanted_merges = _reference_merge(frame)
    pd.testing.assert_frame_equal(kept, wanted_kept)
    pd.testing.assert_frame_equal(merges, wanted_merges)
    assert len(merges) > 100 and len(kept) > 20
    # Rows left out by position (those the schema refuses) are as if dropped first: neither kept nor merged.
    left_out = sorted(rng.sample(range(len(frame)), 90))
    kept, merges = merge_same_source_duplicates(frame, left_out)
    wanted_kept, wanted_merges = _reference_merge(frame.drop(index=frame.index[left_out]))
    pd.testing.assert_frame_equal(kept, wanted_kept)
    pd.testing.assert_frame_equal(merges, wanted_merges)


def test_coordinates_by_column_match_the_value_by_value_cleaning():
    import numpy as np

    from assets.lib.normalize import _clean_coordinate, _coordinates

    rng = random.Random(17)
    specials = [float("nan"), float("inf"), -float("inf"), 0.0, -0.0, 90.0, 90.0000001, -90.0000005, 180.0, 1e-7,
                5e-324, 1e308, 45.1234565, 45.1234575, 2.5e-6, -2.5e-6, 48.8566, np.float64(48.1), np.float64("nan"),
                True, False, 1, 0, -91, "45,7", "45.7", " 45.7 ", "nan", "inf", "1e3", "", None, [1], {"x": 1}, "x"]
    values = specials + [rng.uniform(-200, 200) for _ in range(500)] + [rng.choice(specials) for _ in range(300)]
    for bound in (90, 180):
        got = _coordinates(values, bound)
        wanted = _one_by_one(lambda value, bound=bound: _clean_coordinate(value, bound), values)
        assert [(type(v), repr(v)) for v in got] == [(type(v), repr(v)) for v in wanted], bound


def test_markdown_texts_read_once_match_a_fresh_reading():
    from assets.lib.text import _MARKDOWN, html_to_text, markdown_to_text

    rng = random.Random(23)
    pieces = [*_TEXT_PIECES, "**gras**", "# Titre", "[lien](https://x.fr)", "[x](javascript:y)", "* un\n* deux",
              "`code`", "\\\\*", "> cite", "[ref]: https://x.fr"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6))) for _ in range(300)]
    for _ in range(2):  # the second time from the memo
        assert [markdown_to_text(text) for text in texts] == [html_to_text(_MARKDOWN.render(text)) for text in texts]
    assert markdown_to_text(None) == markdown_to_text("") == ""


# ------------------------------------------------------------------------- spreadsheet rows mapped column by column

_CELLS = [
    None, "", " ", "\t", "Atelier", " Atelier  zéro\u00a0déchet ", "ATELIER", "atelier", "12/11/2019",
    "12/11/2019 14h-17h30", "du 12 au 14 novembre", "mardi 1er nov. 2019", "2019-11-12", "2019-11-12T10:00:00",
    "2019-11-12 25:00", "14h", "de 14h à 17h30", "20h-1h", "14:30", "25h", "43781", "43781.5", "1234", "01234",
    "35000", "Rennes", "a, b; c/d|e", "a,,b", " , ", "x\ud800", "\u202eRennes", "1er", 0, 1, 1234, 35000, 43781, 1.0,
    0.0, -0.0, 35000.0, 12.5, 1e300, float("nan"), float("inf"), True, False, ["Atelier"], {"a": 1}, [],
]
_HEADERS = ["Titre", "Date", "Date de fin", "Horaires", "Heure début", "Heure fin", "Description", "Lieu", "Adresse",
            "Code postal", "Commune", "Organisateur", "Catégories", "Thématiques", "Publics", "Co-organisateurs",
            "Latitude", "Longitude", "URL", "Code INSEE", "Mis à jour", "Identifiant", "Type", "Modalité", "Région",
            "Autre colonne"]


def _hostile_rows(rng: random.Random, count: int) -> list:
    """Rows of a few tables (each its own headers, some sharing them), cells drawn from _CELLS; some columns of one
    type only (read by the plain path), others mixed."""
    tables = []
    for _ in range(6):
        headers = rng.sample(_HEADERS, rng.randrange(2, len(_HEADERS)))
        pools = {header: rng.choice([_CELLS, [c for c in _CELLS if type(c) is str], [0.0, -0.0, 1.0, 35000.0, None],
                                     [1, True, 0, False], [True, False, None], ["2019-11-12", None, "12/11"]])
                 for header in headers}
        tables.append((headers, pools))
    rows = []
    for _ in range(count):
        headers, pools = rng.choice(tables)
        rows.append({header: rng.choice(pools[header]) for header in headers})
    rows += [dict(row) for row in rng.sample(rows, count // 4)]  # repeated rows: the same identity
    rng.shuffle(rows)
    return rows


def _outcome(value):
    return (type(value).__name__, str(value)) if isinstance(value, Exception) else repr(value)


def test_spreadsheet_rows_by_column_match_the_row_by_row_mapping():
    from assets.lib.sources.spreadsheet import (
        SpreadsheetOptions,
        map_spreadsheet_event,
        map_spreadsheet_events,
        match_columns,
        month_first_table,
        parse_options,
    )

    def month_first_of(rows: list, options) -> list[bool]:
        """Per row, whether its table (the rows with its headers) writes its dates month first."""
        try:
            parsed = parse_options(SpreadsheetOptions, options)
        except Exception:  # noqa: BLE001 - every row raises it
            return [False] * len(rows)
        tables: dict = {}
        for row in rows:
            if type(row) is dict:
                tables.setdefault(tuple(row), []).append(row)
        written: dict = {}
        for headers, table in tables.items():
            try:
                matched = match_columns(headers, parsed)
            except Exception:  # noqa: BLE001 - its rows raise it
                written[headers] = False
                continue
            written[headers] = month_first_table(*([r[matched[key]] for r in table]
                                                  for key in ("date_debut", "date_fin") if key in matched))
        return [type(row) is dict and written[tuple(row)] for row in rows]

    rng = random.Random(17)
    configurations = [
        None,
        {"colonnes": {"date_debut": "Date", "identifiant": ["Identifiant", "id"], "categories": "Catégories"}},
        {"colonnes_identite": ["titre", "code_postal", "latitude"], "separateurs": [";", " "]},
        {"colonnes_identite": ["horaires"]},
        {"colonne_inconnue": 1},  # refused: every row raises OptionsError
    ]
    outcomes = set()
    for options in configurations:
        rows = _hostile_rows(rng, 400)
        rows += [["not", "a", "dict"], {}]
        editions = [rng.choice([2019, 2019, 2020, None]) for _ in rows]
        got = map_spreadsheet_events(rows, options, editions)
        wanted = []
        for row, edition, month_first in zip(rows, editions, month_first_of(rows, options), strict=True):
            try:
                wanted.append(map_spreadsheet_event(row, options, edition, month_first))
            except Exception as error:  # noqa: BLE001 - the column path gives the exception in its place
                wanted.append(error)
        assert [_outcome(value) for value in got] == [_outcome(value) for value in wanted], options
        outcomes |= {type(value).__name__ for value in got}
        if options is None:
            assert sum(isinstance(value, dict) for value in got) > 300
            assert len({value["source_identifiant"] for value in got if isinstance(value, dict)}) > 100
    assert {"dict", "OptionsError", "AttributeError"} <= outcomes  # mapped rows, refused options, a list as a row


def test_white_space_collapses_as_the_pattern_does():
    import re
    import sys

    from assets.lib.text import collapse_white_space

    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20
    pieces = [*spaces, "a", "é", " ", "  ", "x y", "\u200b", "\ufeff", "\x00", "🎉", "\u00ad"]
    rng = random.Random(3)
    texts = ["", *pieces, *("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8))) for _ in range(3000))]
    assert [collapse_white_space(text) for text in texts] == [re.sub(r"\s+", " ", text) for text in texts]


def test_prepared_meanwhile_builds_beside_the_block_and_raises_what_the_build_raised():
    import threading

    import pytest

    from assets.lib.normalize import prepared_meanwhile

    built = []
    with prepared_meanwhile(lambda: built.append(threading.current_thread().name)):
        inside = threading.current_thread().name
    assert built == ["normalize-prepare"] and inside != "normalize-prepare"
    assert "normalize-prepare" not in {thread.name for thread in threading.enumerate()}  # ended with the block

    def broken():
        raise ValueError("schéma illisible")

    with pytest.raises(ValueError, match="schéma illisible"), prepared_meanwhile(broken):
        pass


def test_prepare_reads_the_name_lists_a_forked_worker_then_inherits():
    from assets.lib import person_names
    from assets.lib.normalize import prepare

    person_names._names.cache_clear()
    prepare()
    assert person_names._names.cache_info().currsize == 1


# ------------------------------------------------------------------------------ cancelled titles

def test_cancelled_titles_found_behind_the_word_test_match_the_pattern():
    from assets.lib.normalize import _CANCELLED_TITLE, _cancelled_title

    pieces = ["ANNULÉ", "Annulé", "annule", "AnNuLéE", "annulés", "Annulation", "[", "]", "(", ")", " – ", " - ", ":",
              "!", ".", " ", "Événement ", "evenement ", "Repair café", "non ", "pas ", "dette ", "de ", "d’", "ſ", "K",
              "İ", "ǅ", "\u00a0", "\n", "ＡＮＮＵＬ"]
    rng = random.Random(17)
    titles = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8))) for _ in range(20_000)]
    found = [_cancelled_title(title) for title in titles]
    assert found == [_CANCELLED_TITLE.search(title) is not None for title in titles]
    assert 1000 < sum(found) < len(titles) - 1000



def test_distinct_values_are_mapped_once_each_as_value_by_value():
    # _map_distinct looks at the types among the distinct values only: texts and None keyed by themselves, numbers of
    # several types (1, 1.0 and True are one dict key) keyed by type too; each distinct value computed once.
    from assets.lib.normalize import _map_distinct

    rng = random.Random(31)
    specials = [1, 1.0, True, 0, 0.0, False, "1", "1.0", "True", "", None, "é", "x", 2**70, float("nan")]
    columns = [[rng.choice(specials) for _ in range(400)] for _ in range(30)]
    columns += [[rng.choice([1, 1.0, True, 0, 0.0, False]) for _ in range(50)] for _ in range(10)]
    columns += [[rng.choice(["a", "b", None, "é", ""]) for _ in range(400)], [None] * 5, [], ["a", [1], "a"],
                [rng.choice([1, 2, 3]) for _ in range(50)], [1.5, "1.5", 1.5]]
    for values in columns:
        calls = []

        def typed(value, calls=calls):
            calls.append(value)
            if isinstance(value, list):
                raise TypeError("no list")
            return type(value).__name__, repr(value)

        got = _map_distinct(values, typed)
        wanted = []
        for value in values:
            try:
                wanted.append((type(value).__name__, repr(value)))
            except Exception:  # noqa: BLE001
                wanted.append(_FAILED)
        wanted = [_FAILED if isinstance(value, list) else result for value, result in zip(values, wanted, strict=True)]
        assert got == wanted, values
        if all(value is None or type(value) is str for value in values):
            assert len(calls) == len(set(values))
