"""Checks that a release is safe to publish: no personal contact (plain or obfuscated), no markup, no
spreadsheet formula, no character the Unicode policy forbids, no link other than http/https; on a table
(find_unsafe_cells) or on every published file of a release folder (scan_publication)."""

import functools
import hashlib
import html
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from assets.lib.digest import sha256_file
from assets.lib.person_names import given_and_surnames as person_names
from assets.lib.state import read_state, write_state
from assets.lib.text import (
    BLANK_LOOKING,
    EMAIL,
    EMAIL_OBFUSCATED,
    PHONE,
    SAFE_URL,
    UNSAFE_CHARACTERS,
    as_read,
    contact_in_url,
    fold,
    formula_like,
    has_email,
    has_meeting_link,
    has_open_tag,
    may_hide_email,
    unsafe_characters,
    unsafe_links,
)

FREE_TEXT_FIELDS = (
    "titre", "description", "organisateur", "co_organisateurs", "lieu", "adresse", "commune",
    "nom_initiative", "structure",
)
# Fields where newline and tab are allowed (the Unicode policy keeps them there).
MULTILINE_FIELDS = ("description",)
URL_FIELDS = ("url",)
_TAG_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#[xX][0-9a-fA-F]+);")
# A number ("-1.677793", "+33") is a value for a spreadsheet, not a formula.
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_SINGLE_LINE_UNSAFE = re.compile(UNSAFE_CHARACTERS.pattern[:-1] + "\\t\\n\\r\u2028\u2029]")
_MULTILINE_UNSAFE = re.compile(UNSAFE_CHARACTERS.pattern[:-1] + "\\r\u2028\u2029]")
# Images the report embeds itself (charts and maps rendered to PNG).
_EMBEDDED_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*")
_SCHEME = re.compile(r"^\s*[a-zA-Z][a-zA-Z0-9+.\-]*\s*:")
MAX_PER_RULE = 20


def _text_columns(frame: pd.DataFrame) -> list[str]:
    # Text columns arrive as object, "string" or (pandas 3) "str" dtype: test what they are, not a name.
    return [c for c in frame.columns
            if pd.api.types.is_string_dtype(frame[c]) or pd.api.types.is_object_dtype(frame[c])]


# A source's identifier is published as given, to find the record again in its source; not when it holds a person's
# contact (a registration sheet keyed by e-mail or phone, a calendar UID built from its author's address:
# « 20191112T140000-i1-jean.dupont@orange.fr »): it is then published as a digest of itself, as stable and as unique.
# A generated UID's host (« 989b01228f1b@cress-na.example.org », « recurrent-e2018-00167@… ») is no one's contact.
DIGEST_PREFIX = "empreinte-"
_WORDS = re.compile(r"[a-z]+")
_HEX_WORD = re.compile(r"[a-f]+")
_GENERATED_LOCAL = re.compile(r"(?=[^@]*\d)[0-9a-fA-F._\-]+")  # hex digits and a digit at least: « 989b01228f1b »


def published_identifier(source_id: str) -> str:
    """`source_id`, or its digest when it holds a person's e-mail address or a phone number, or markup (a calendar's
    UID is free text: « <script>…</script>@x » would be the one published text left with a tag)."""
    return DIGEST_PREFIX + hashlib.sha256(source_id.encode("utf-8", "surrogatepass")).hexdigest()[:16] \
        if "<" in source_id or ">" in source_id or _holds_contact(source_id) else source_id


def _holds_contact(source_id: str) -> bool:
    if "@" not in source_id and _MAY_START_PHONE.search(source_id) is None and not may_hide_email(source_id):
        return False
    read = as_read(source_id)
    if ("0" in read or "+" in read) and PHONE.search(read):
        return True
    if "@" in read:
        local = read.split("@", 1)[0]
        if _GENERATED_LOCAL.fullmatch(local) or not EMAIL.search(read):
            return False
        given, surnames = person_names()
        words = [word for word in _WORDS.findall(fold(local)) if len(word) > 2 and not _HEX_WORD.fullmatch(word)]
        return not any(character.isdigit() for character in local) or any(
            word in given or word in surnames for word in words)
    return may_hide_email(read) and EMAIL_OBFUSCATED.search(read) is not None


# Where every PHONE match starts: "+", "00" or "0" and a digit, after no letter but a « tél » label.
_MAY_START_PHONE = re.compile(r"(?:^|[^\w+]|[Tt][EeÉé][Ll][.:]?)(?:\+|0)\d")
# An identifier published_identifier may digest: an « @ », a markup bracket, or where a phone number may start.
_MAY_NOT_PUBLISH = re.compile(rf"[@<>]|{_MAY_START_PHONE.pattern}")


def published_identifiers(column: pd.Series, merged: bool = False) -> pd.Series:
    """A column of identifiers (or, with `merged`, of `sources_fusionnees` values) as published_identifier (or
    published_merged_sources) gives each; only the values holding an "@", a bracket of markup or where a phone number
    may start are looked at, the others cannot hold a contact nor a tag."""
    text = column.astype(str)
    maybe = text.str.contains(_MAY_NOT_PUBLISH.pattern).to_numpy()
    if not maybe.any():
        return column
    published = column.copy()
    published[maybe] = text[maybe].map(published_merged_sources if merged else published_identifier)
    return published


def published_merged_sources(listed: str) -> str:
    """A `sources_fusionnees` value (« source:identifiant|… ») with each identifier as published_identifier gives it."""
    if not listed:
        return listed
    return "|".join(source + ":" + published_identifier(identifier) if identifier else source
                    for source, _, identifier in (entry.partition(":") for entry in listed.split("|")))


def _as_text(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _texts(values) -> set[str]:
    """{_as_text(value) for value in values}, a string taken as it is."""
    return {value if value.__class__ is str else _as_text(value) for value in values}


# Every text formula_like() takes for a formula matches this (RE2, for Arrow arrays): the others are spared it.
_MAY_BE_FORMULA = f"^[\\s{BLANK_LOOKING}]*[=+\\-@\\t\\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\u2212]"


def _is_formula(value: str) -> bool:
    return formula_like(value) and not _NUMBER.match(value)


# An exact shortcut: a link unsafe_links() reports needs "](" (Markdown), "<" (autolink) or a colon followed by a
# non-blank (a bare scheme), so a value without one cannot match and the costly patterns only read the few values
# that have it (the e-mail rule has its own: text.may_hide_email, inside text.has_email).
_LINK_HINT = re.compile(r"\]\(|<|:\S")


def _has_phone(value: str) -> bool:
    return PHONE.search(as_read(value)) is not None


def _has_markup(value: str) -> bool:
    """A tag (closed, or a known one left open: see text.OPEN_TAG) or an entity a browser decodes (« &amp; »,
    « &#60; »; not « R&D; » nor « &nbps; », typed text)."""
    if "<" in value and (_TAG_MARKUP.search(value) or has_open_tag(value)):
        return True
    return "&" in value and any(html.unescape(match.group(0)) != match.group(0) for match in _ENTITY.finditer(value))


def _has_unsafe_link(value: str) -> bool:
    """bool(unsafe_links(value))."""
    return _LINK_HINT.search(value) is not None and bool(unsafe_links(value))


def _rules(*, multiline: bool, url: bool, free_text: bool) -> tuple:
    """(reason, test) pairs a column's values go through, in the order problems are reported; the formula
    rule (second) is reported only where spreadsheets read the file."""
    unsafe = _MULTILINE_UNSAFE if multiline else _SINGLE_LINE_UNSAFE
    rules = [("caractère interdit", unsafe.search), ("formule de tableur", _is_formula)]
    if url:
        rules.append(("lien autre que http(s)", lambda v: v != "" and not SAFE_URL.fullmatch(v)))
    if free_text or url:
        rules.append(("adresse électronique", has_email))
        rules.append(("lien de réunion privée", has_meeting_link))
    if url:
        rules.append(("coordonnées dans le lien", lambda v: v != "" and contact_in_url(v)))
    if free_text:
        rules += [
            ("numéro de téléphone", _has_phone),
            ("balise ou entité HTML", _has_markup),
            ("lien autre que http(s)", _has_unsafe_link),
        ]
    return tuple(rules)


@functools.lru_cache(maxsize=8)
def _rule_set(multiline: bool, url: bool, free_text: bool) -> tuple:
    return _rules(multiline=multiline, url=url, free_text=free_text)


# A release holds the same texts in every format (the tables audited before publication, their CSV and
# Parquet copies in staging, then the GeoJSON and the DuckDB database): in one process, each distinct value
# of a column kind is tested once however many files hold it (a full release: ~400 k distinct pairs). Per
# kind: text -> row of a boolean matrix (one column per rule), filled rule by rule over the new texts.
_VERDICT_LIMIT = 1 << 20
_verdict_rows: dict[tuple[bool, bool, bool], dict[str, int]] = {}
_verdict_matrix: dict[tuple[bool, bool, bool], np.ndarray] = {}  # grown by doubling; rows past len(rows) unused


_ARROW_TEXTS = 2000  # new texts of a plain column from which its rules run over an Arrow array


def _plain_verdicts(texts: list[str], multiline: bool) -> np.ndarray | None:
    """The verdicts of the rules of a column that is neither free text nor a link ("caractère interdit", then
    "formule de tableur": see _rules) over an Arrow array of `texts`: the character rule by its own character
    class (_sql_unsafe_class, RE2), the formula rule by _is_formula on the texts that start as a formula does
    (the others cannot be one). None when the texts do not make an Arrow array (surrogates)."""
    try:
        array = pa.array(texts, type=pa.large_string())
    except (pa.ArrowException, UnicodeError, TypeError):
        return None
    verdicts = np.zeros((len(texts), 2), dtype=bool)
    verdicts[:, 0] = pc.match_substring_regex(array, _sql_unsafe_class(multiline)).to_numpy(zero_copy_only=False)
    starts = pc.match_substring_regex(array, _MAY_BE_FORMULA)
    for position in np.flatnonzero(starts.to_numpy(zero_copy_only=False)).tolist():
        verdicts[position, 1] = _is_formula(texts[position])
    return verdicts


def _judged(new: list[str], kind: tuple[bool, bool, bool]) -> np.ndarray:
    """(len(new), len(rules)) booleans: whether each rule of the column kind flags each of the texts `new`."""
    rules = _rule_set(*kind)
    plain = _plain_verdicts(new, kind[0]) if not kind[1] and not kind[2] and len(new) >= _ARROW_TEXTS else None
    if plain is not None:
        return plain
    verdicts = np.zeros((len(new), len(rules)), dtype=bool)
    for position, (_, test) in enumerate(rules):
        verdicts[:, position] = np.fromiter(map(bool, map(test, new)), dtype=bool, count=len(new))
    return verdicts


def _keep_verdicts(kind: tuple[bool, bool, bool], new: list[str], verdicts: np.ndarray) -> None:
    """The `verdicts` of the texts `new` (none judged yet for `kind`) kept for the next scans of this process."""
    rows = _verdict_rows.setdefault(kind, {})
    matrix, start = _verdict_matrix.get(kind, np.zeros((0, verdicts.shape[1]), dtype=bool)), len(rows)
    if start + len(new) > len(matrix):
        grown = np.zeros((max(2 * len(matrix), start + len(new), 1024), verdicts.shape[1]), dtype=bool)
        grown[:start] = matrix[:start]
        matrix = _verdict_matrix[kind] = grown
    matrix[start:start + len(new)] = verdicts
    rows.update(zip(new, range(start, start + len(new)), strict=True))


def _verdicts(texts: list[str], kind: tuple[bool, bool, bool]) -> np.ndarray:
    """(len(texts), len(rules)) booleans: whether each rule of the column kind flags each text."""
    rows = _verdict_rows.setdefault(kind, {})
    if len(rows) > _VERDICT_LIMIT:
        rows.clear()
        _verdict_matrix.pop(kind, None)
    new = [text for text in dict.fromkeys(texts) if text not in rows]  # not keys() - keys(): that walks `rows`
    if new:
        _keep_verdicts(kind, new, _judged(new, kind))
    return _verdict_matrix[kind][np.fromiter(map(rows.__getitem__, texts), dtype=np.intp, count=len(texts))]


# New texts of free-text and link columns from which a scan judges them in two processes: below, forking the
# worker costs more than the half of the work it saves (a full rebuild's audit: ~72,000; one edition's: a few
# thousand).
_SPLIT_TEXTS = 10_000


def _judged_piece(piece: dict[tuple[bool, bool, bool], list[str]]) -> dict[tuple[bool, bool, bool], np.ndarray]:
    return {kind: _judged(texts, kind) for kind, texts in piece.items()}


def _judge_ahead(columns: list[tuple[list[str], tuple[bool, bool, bool]]], workers: int) -> None:
    """The verdicts of the texts of `columns` ((distinct texts, column kind) pairs) that this process has not judged,
    for the free-text and link columns, when there are many: half of each kind's (by length) judged in a forked
    worker, which hands back its boolean rows, half here; all kept as _verdicts keeps them, so the scan that follows
    only looks them up. The rules read each text alone: the verdicts are those of one process."""
    from assets.lib.parallel import map_pieces

    new: dict[tuple[bool, bool, bool], dict[str, None]] = {}
    for texts, kind in columns:
        if kind[1] or kind[2]:  # the plain columns are judged over Arrow, at a fraction of the cost
            rows = _verdict_rows.get(kind, {})
            new.setdefault(kind, {}).update(dict.fromkeys(text for text in texts if text not in rows))
    if workers < 2 or sum(map(len, new.values())) < _SPLIT_TEXTS or any(
            len(_verdict_rows.get(kind, {})) + len(texts) > _VERDICT_LIMIT for kind, texts in new.items()):
        return
    pieces: list[dict] = [{}, {}]
    for kind, texts in new.items():
        ordered = list(texts)
        half = int(np.searchsorted(np.cumsum([len(text) for text in ordered]), sum(map(len, ordered)) / 2))
        pieces[0][kind], pieces[1][kind] = ordered[:half], ordered[half:]
    for piece, verdicts in zip(pieces, map_pieces(_judged_piece, pieces, workers), strict=True):
        for kind, texts in piece.items():
            _keep_verdicts(kind, texts, verdicts[kind])


def _distinct_texts(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(code per row, distinct texts) of a column as published text ('' for a missing value)."""
    values = column.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        codes, distinct = pd.factorize(values)  # missing values get code -1
        texts = [str(v) for v in distinct]
        if (codes < 0).any():
            codes = np.where(codes < 0, len(texts), codes)
            texts.append("")
        return codes, texts
    # Mixed Python types: equal values of different types (1, True) must not share one text.
    codes, distinct = pd.factorize(pd.Series([_as_text(v) for v in values], dtype=object))
    return codes, [str(v) for v in distinct]


def find_unsafe_cells(frame: pd.DataFrame, *, formulas: bool = True,
                      multiline_fields: tuple[str, ...] = MULTILINE_FIELDS) -> list[str]:
    """Descriptions ("ligne N, champ X : motif") of the cells that must not be published; `formulas`
    checks spreadsheet formulas too (CSV and Parquet, which spreadsheets open). Rows are numbered as in
    a CSV with a header (first data row = line 2)."""
    problems = []
    for column in _text_columns(frame):
        # Plain Python strings and `re`: Arrow-backed string columns cannot hold every pattern (surrogates).
        # Each distinct value is tested once (codes and vocabularies repeat a lot).
        codes, texts = _distinct_texts(frame[column])
        problems += _column_problems(column, codes, texts, formulas, multiline_fields)
    return problems


def find_unsafe_cells_arrow(table: pa.Table, blank: np.ndarray | None = None, workers: int = 1) -> list[str]:
    """find_unsafe_cells of the frame assets.lib.publish.frame_from_arrow makes of `table` (a table of text,
    numbers and booleans: its text columns are the Arrow string ones), the rows at positions `blank` read as
    empty text; each column's distinct texts come from Arrow's dictionary encoding, without a frame. With two
    `workers`, many new texts are judged in two processes (_judge_ahead): the same problems."""
    columns = []
    for column, kind in zip(table.column_names, table.schema.types, strict=True):
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            continue
        encoded = pc.dictionary_encode(table.column(column).combine_chunks())
        texts = encoded.dictionary.to_pylist()
        codes = pc.fill_null(encoded.indices, len(texts)).to_numpy(zero_copy_only=False).astype(np.intp)
        texts.append("")  # a missing value, and the rows left blank
        if blank is not None and len(blank):
            codes[blank] = len(texts) - 1
        columns.append((column, codes, texts))
    _judge_ahead([(texts, _column_kind(column, MULTILINE_FIELDS)) for column, _, texts in columns], workers)
    problems = []
    for column, codes, texts in columns:
        problems += _column_problems(column, codes, texts, True, MULTILINE_FIELDS)
    return problems


def _column_kind(column: str, multiline_fields: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """(multiline, link, free text): what selects the rules of `column` (_rule_set)."""
    return column in multiline_fields, column in URL_FIELDS, column in FREE_TEXT_FIELDS


def _column_problems(column: str, codes: np.ndarray, texts: list[str], formulas: bool,
                     multiline_fields: tuple[str, ...]) -> list[str]:
    """find_unsafe_cells' descriptions for the column `column` whose cells are texts[code] for each code."""
    kind = _column_kind(column, multiline_fields)
    rules = _rule_set(*kind)
    if not texts:
        return []
    verdicts = _verdicts(texts, kind)
    checked = [position for position, (reason, _) in enumerate(rules) if formulas or reason != "formule de tableur"]
    if not verdicts[:, checked].any():
        return []
    flagged, problems = verdicts[codes], []
    for position in checked:
        reason = rules[position][0]
        for row in np.flatnonzero(flagged[:, position])[:MAX_PER_RULE].tolist():
            detail = ""
            if reason == "caractère interdit":
                found = unsafe_characters(texts[codes[row]], multiline=column in multiline_fields)
                detail = f" ({', '.join(found[:3])})" if found else ""
            problems.append(f"ligne {row + 2}, champ {column} : {reason}{detail}")
    return problems


def any_unsafe(texts, column: str, *, formulas: bool = True,
               multiline_fields: tuple[str, ...] = MULTILINE_FIELDS) -> bool:
    """Whether find_unsafe_cells would report a cell of `column` holding one of `texts` (its distinct values
    as text, '' for a missing one): the scanners test distinct values first and describe cells only when
    one is flagged."""
    kind = _column_kind(column, multiline_fields)
    checked = [position for position, (reason, _) in enumerate(_rule_set(*kind))
               if formulas or reason != "formule de tableur"]
    texts = list(texts)
    return bool(texts) and bool(_verdicts(texts, kind)[:, checked].any())


# ------------------------------------------------------------------------------------ whole release


def _scan_csv(path: Path) -> list[str]:
    return find_unsafe_cells(pd.read_csv(path, dtype=str, keep_default_na=False))


def _scan_parquet(path: Path) -> list[str]:
    return find_unsafe_cells(pd.read_parquet(path))


@dataclass(frozen=True)
class ReadTable:
    """A table file's content as already read: its frame (a CSV's cells as text, a Parquet file as pandas
    reads it) and, when known, each column's distinct texts ('' for a missing value)."""

    frame: pd.DataFrame
    texts: dict[str, list[str]] | None = None


def scan_read(table: ReadTable, path: Path, rows: list[tuple[int, int]] | None = None) -> list[str]:
    """What scan_publication finds in the CSV or Parquet file at `path`, whose content `table` holds. With `rows`
    (ranges of rows, start and stop), the other rows are known clean: only those are read, and the whole table
    when one of them is flagged (for the full report). A cell's verdict is its text's under its column's rules:
    the table is clean exactly when each of its rows is."""
    if rows is not None:
        positions = np.concatenate([np.arange(start, stop) for start, stop in rows]) if rows else []
        if not _scan_read(ReadTable(table.frame.iloc[positions]), path):
            return []
    return _scan_read(table, path)


def _scan_read(table: ReadTable, _path: Path) -> list[str]:
    # The distinct texts first (when known): the cells are described only when one of them is flagged.
    if table.texts is not None and set(table.texts) == set(_text_columns(table.frame)) and not any(
            any_unsafe(texts, column) for column, texts in table.texts.items()):
        return []
    return find_unsafe_cells(table.frame)


def geojson_unsafe(properties: Mapping[str, Iterable[str]], ids: Iterable[str]) -> bool:
    """Whether _scan_geojson finds a problem in a FeatureCollection whose features each hold every property of
    `properties` and an id, the JSON texts of their values being those given (of each property, and of the ids):
    a value of the file reads as json.loads of its text, so these texts are scanned as the file's values (all the
    texts of a property read at once as the elements of a JSON array: the same values, one parse)."""
    if any(any_unsafe(_texts(_json_values(texts)), name, formulas=False) for name, texts in properties.items()):
        return True
    return any_unsafe(_texts(value or "" for value in _json_values(ids)), "id", formulas=False)


def _json_values(texts: Iterable[str]) -> list:
    """[json.loads(text) for text in texts], parsed as one JSON array of them."""
    texts = list(texts)
    values = json.loads("[" + ",".join(texts) + "]")
    if len(values) != len(texts):  # pragma: no cover - a text holding several values: read one by one
        return [json.loads(text) for text in texts]
    return values


def _scan_geojson(path: Path) -> list[str]:
    content = json.loads(path.read_text(encoding="utf-8"))
    features = content.get("features") or []
    properties = [feature.get("properties") or {} for feature in features]
    names = list(dict.fromkeys(name for found in properties for name in found))
    ids = _texts(feature.get("id") or "" for feature in features)
    # Missing properties read as '' (as the table below fills them).
    if not any(any_unsafe(_texts(found.get(name) for found in properties), name, formulas=False)
               for name in names) and not any_unsafe(ids, "id", formulas=False):
        return []
    frame = pd.DataFrame(properties)
    problems = find_unsafe_cells(frame.astype(object).where(frame.notna(), ""), formulas=False)
    ids = pd.Series([str(feature.get("id") or "") for feature in features], dtype=object)
    problems += [f"id : {p.split(' : ', 1)[1]}" for p in find_unsafe_cells(pd.DataFrame({"id": ids}), formulas=False)]
    return [p.replace("ligne ", "objet ", 1) for p in problems]


@functools.cache
def _sql_unsafe_class(multiline: bool) -> str:
    """The characters the "caractère interdit" rule flags, as an RE2 character class for DuckDB's and Arrow's
    regular expressions: every code point Python's pattern matches, listed by scanning all of them (the
    surrogates aside: DuckDB and Arrow text is UTF-8, which cannot hold them)."""
    pattern = _MULTILINE_UNSAFE if multiline else _SINGLE_LINE_UNSAFE
    every = np.arange(0x110000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    ranges: list[list[int]] = []
    for point in sorted({ord(c) for c in pattern.findall(every)} - set(range(0xD800, 0xE000))):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return "[" + "".join(f"\\x{{{a:X}}}" + (f"-\\x{{{b:X}}}" if b > a else "") for a, b in ranges) + "]"


def _flagged_by_characters(con, table: str, columns: list[str], multiline: tuple[str, ...], where: str = ""
                           ) -> set[str]:
    """The columns of `columns` (whose only rule without formulas is "caractère interdit") holding a character
    that rule flags, found by DuckDB over every value at once (of the rows `where` selects, when given)."""
    if not columns:
        return set()
    counts = con.execute("SELECT " + ", ".join(
        f"count(*) FILTER (WHERE regexp_matches(\"{c}\", '{_sql_unsafe_class(c in multiline)}'))" for c in columns)
        + f' FROM "{table}" {where}').fetchone()
    return {column for column, count in zip(columns, counts, strict=True) if count}


def _duckdb_table_flagged(con, table: str, text_columns: list[str], multiline: tuple[str, ...], where: str = ""
                          ) -> bool:
    """Whether a text of the table's `text_columns` (of the rows `where` selects) is flagged by the rules."""
    # Columns that only the character rule reads (neither free text nor links) are tested by DuckDB with that
    # rule's own character class; the others' distinct values go through the rules below.
    plain = [c for c in text_columns if c not in URL_FIELDS and c not in FREE_TEXT_FIELDS]
    flagged = _flagged_by_characters(con, table, plain, multiline, where)
    read = [c for c in text_columns if c not in plain or c in flagged]
    if not read:
        return False
    # Each column's distinct values (NULL read as ''), every column in one scan of the rows.
    distinct = con.execute("SELECT " + ", ".join(f'list(DISTINCT "{c}"), bool_or("{c}" IS NULL)' for c in read)
                           + f' FROM "{table}" {where}').fetchone()
    return any(any_unsafe(_texts([*(distinct[2 * i] or []), *([""] if distinct[2 * i + 1] else [])]), column,
                          formulas=False, multiline_fields=multiline) for i, column in enumerate(read))


_SLICE = "coalesce(CAST(\"edition\" AS VARCHAR), '')"  # an edition's rows in a table with an edition column


def _slice_digests(con, tables: dict[str, tuple[list[str], bool]], contexts: dict[str, str]
                   ) -> dict[str, dict[str, str]]:
    """Per table of `tables` ({name: (text columns, whether it has an edition column)}), {edition (or "*" for a table
    without an edition column): the row count and order-independent hash sum (DuckDB's) of its texts in its text
    columns, with their names and the table's context (`contexts`: the scanning code, DuckDB's version, the table's
    multiline fields)}: equal digests, the same texts in each column, hence the same scan (it reads the text columns
    only, and does not depend on the rows' order). Every table in one query."""
    if not tables:
        return {}
    parts = []
    for position, (table, (text_columns, by_edition)) in enumerate(tables.items()):
        texts, key = ", ".join(f'"{c}"' for c in text_columns), _SLICE if by_edition else "'*'"
        parts.append(f'SELECT {position} AS t, {key} AS slice, count(*), sum(hash({texts})::HUGEINT) FROM "{table}" '
                     "GROUP BY ALL")
    names, found = list(tables), {table: {} for table in tables}
    keys = {table: hashlib.sha256(json.dumps([contexts[table], table, tables[table][0]]).encode()).hexdigest()
            for table in tables}
    for position, edition, count, total in con.execute(" UNION ALL ".join(parts)).fetchall():
        table = names[position]
        found[table][str(edition)] = f"{keys[table]}:{count}:{total}"
    return found


def _scan_duckdb(path: Path, clean: dict[str, dict[str, str]] | None = None, skip: frozenset[str] = frozenset()
                 ) -> list[str]:
    """The problems of the DuckDB database at `path`. With `clean` ({table: {slice: digest}} of the slices, an
    edition's rows, found clean before: _slice_digests), updated in place, only a table's slices whose digest
    changed are read, the whole table when one of them has a problem (its rows numbered in the whole table). The
    rows of the tables in `skip` are not read (their comments are): see scan_duckdb_written."""
    import duckdb

    problems, context = [], f"{_scanner_digest()}:{duckdb.__version__}"
    with duckdb.connect(str(path), read_only=True) as con:
        # Every table's columns in one query: its text columns in order, and whether it has an edition column.
        tables: dict[str, tuple[list[str], bool]] = {}
        for table, column, kind in con.execute(
                "SELECT c.table_name, c.column_name, c.data_type FROM duckdb_columns() c WHERE c.table_name IN "
                "(SELECT table_name FROM duckdb_tables() WHERE NOT internal) ORDER BY c.table_name, c.column_index"
                ).fetchall():
            text_columns, by_edition = tables.get(table, ([], False))
            tables[table] = ([*text_columns, column] if kind == "VARCHAR" else text_columns,
                             by_edition or column == "edition")
        for table in [row[0] for row in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY table_name").fetchall()]:
            tables.setdefault(table, ([], False))
        tables = {table: tables[table] for table in sorted(tables) if tables[table][0] and table not in skip}
        # The metadata table holds the package's description, written on several lines.
        multilines = {table: MULTILINE_FIELDS + (("valeur",) if table == "metadonnees" else ()) for table in tables}
        if clean is not None:
            for gone in set(clean) - set(tables):
                del clean[gone]
            every = _slice_digests(con, tables, {table: f"{context}:{multilines[table]}" for table in tables})
        for table, (text_columns, _) in tables.items():
            multiline = multilines[table]
            if clean is not None:
                digests = every[table]
                stale = sorted(key for key, digest in digests.items() if clean.get(table, {}).get(key) != digest)
                listed = ", ".join("'" + key.replace("'", "''") + "'" for key in stale)
                where = f"WHERE {_SLICE} IN ({listed})" if "*" not in digests and len(stale) < len(digests) else ""
                if not stale or not _duckdb_table_flagged(con, table, text_columns, multiline, where):
                    clean[table] = digests
                    continue
                clean.pop(table, None)
            if not _duckdb_table_flagged(con, table, text_columns, multiline):
                continue
            quoted = ", ".join(f'"{c}"' for c in text_columns)
            frame = con.execute(f'SELECT {quoted} FROM "{table}"').df()
            problems += [f"table {table}, {p}"
                         for p in find_unsafe_cells(frame, formulas=False, multiline_fields=multiline)]
        comments = con.execute(
            "SELECT table_name || '.' || column_name, comment FROM duckdb_columns() WHERE comment IS NOT NULL "
            "UNION ALL SELECT table_name, comment FROM duckdb_tables() WHERE comment IS NOT NULL").fetchall()
        for name, comment in comments:
            codes = unsafe_characters(comment, multiline=True)
            if codes:
                problems.append(f"commentaire {name} : caractère interdit ({', '.join(codes[:3])})")
    return problems


class _ReportText(HTMLParser):
    """Visible text (outside script and style) and link targets of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[tuple[int, str]] = []
        self.links: list[tuple[int, str, str]] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction", "xlink:href", "poster", "srcset") and value:
                self.links.append((self.getpos()[0], name, value))
            elif name.startswith("on"):
                self.links.append((self.getpos()[0], name, f"javascript:{value}"))
            elif value:
                self.text.append((self.getpos()[0], value))  # alt, title, aria-label… are read too

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)

    def handle_data(self, data):
        if not self._hidden:
            self.text.append((self.getpos()[0], data))


@functools.lru_cache(maxsize=1 << 16)  # labels, names and figures repeat across the pages of the report
def _html_text_verdicts(text: str) -> tuple[tuple[str, ...], bool, bool, bool]:
    return (tuple(unsafe_characters(text, multiline=True)), has_email(text), _has_phone(text),
            _has_unsafe_link(text))


def _scan_html(path: Path) -> list[str]:
    parser = _ReportText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    problems = []
    for line, text in parser.text:
        codes, email, phone, links = _html_text_verdicts(text)
        if codes:
            problems.append(f"ligne {line} : caractère interdit ({', '.join(codes[:3])})")
        if email:
            problems.append(f"ligne {line} : adresse électronique")
        if phone:
            problems.append(f"ligne {line} : numéro de téléphone")
        if links:
            problems.append(f"ligne {line} : lien autre que http(s)")
    for line, attribute, target in parser.links:
        allowed = (SAFE_URL.fullmatch(target.strip()) or not _SCHEME.match(target)
                   or (attribute == "src" and _EMBEDDED_IMAGE.fullmatch(target.strip())))
        if not allowed or unsafe_characters(target):
            problems.append(f"ligne {line}, attribut {attribute} : lien autre que http(s)")
    return problems


SCANNERS = {".csv": _scan_csv, ".parquet": _scan_parquet, ".geojson": _scan_geojson,
            ".duckdb": _scan_duckdb, ".html": _scan_html}
# Report pages to scan from which they are scanned by two processes (every other page in a forked worker): a full
# report has 16, a one-edition rebuild changes two or three.
SPLIT_PAGES = 6


def _published(output_dir: Path, suffixes: tuple[str, ...]) -> list[tuple[Path, str, Callable]]:
    """(path, path relative to `output_dir`, scanner) of the published files under `output_dir` ending in one of
    `suffixes`, in name order: hidden files and folders (staging, validation) and the quarantine file are not
    published."""
    files = []
    for path in sorted(output_dir.rglob("*")):
        scanner = SCANNERS.get(path.suffix.lower()) if path.suffix.lower() in suffixes else None
        hidden = any(part.startswith(".") for part in path.relative_to(output_dir).parts)
        if scanner is None or hidden or not path.is_file() or "quarantaine" in path.name:
            continue
        files.append((path, path.relative_to(output_dir).as_posix(), scanner))
    return files


def _scanned(scanner: Callable, path: Path) -> tuple[list[str], bool]:
    """(scanner(path), True), or the problem of an unreadable file and False: an unreadable published file is itself a
    failure, and its verdict is not kept (it is read again)."""
    try:
        return scanner(path), True
    except Exception as error:  # noqa: BLE001 - an unreadable published file is itself a failure
        return [f"illisible ({type(error).__name__}: {error})"], False


def _scan_pages(paths: list[Path]) -> list[tuple[list[str], bool]]:
    return [_scanned(_scan_html, path) for path in paths]


def _pages_scanned_ahead(pages: list[Path]) -> dict[Path, tuple[list[str], bool]]:
    """{page: _scanned(_scan_html, page)} of the report `pages` scan_publication is to scan, when there are at least
    SPLIT_PAGES of them: every other one scanned in a forked worker (parallel.map_pieces), each page alone as
    _scan_html reads it; {} otherwise (scanned in turn)."""
    from assets.lib.parallel import map_pieces

    if len(pages) < SPLIT_PAGES:
        return {}
    halves = [pages[0::2], pages[1::2]]
    return {path: found for half, results in zip(halves, map_pieces(_scan_pages, halves), strict=True)
            for path, found in zip(half, results, strict=True)}


# What a scan's verdict depends on besides the file: the scanning code, its text rules and Unicode tables.
_SCANNER_SOURCES = (Path(__file__), Path(__file__).with_name("text.py"))
MEMO_ENTRIES = 400
DUCKDB_SLICES = "scanned_duckdb_slices.json"  # beside scan_publication's memo: per DuckDB file, its clean slices


def scanner_digest() -> str:
    """What a scan's verdict depends on besides the content scanned (for a writer that keeps its verdicts)."""
    return _scanner_digest()


def _scanner_digest() -> str:
    digest = hashlib.sha256(f"{sys.version}\0{unicodedata.unidata_version}\0".encode())
    for source in _SCANNER_SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _load_memo(memo: Path) -> dict[str, list[str]]:
    content = read_state(memo)
    if content.get("scanner") != _scanner_digest():
        return {}
    results = content.get("results")
    return results if isinstance(results, dict) else {}


def _save_memo(memo: Path, results: dict[str, list[str]]) -> None:
    kept = dict(list(results.items())[-MEMO_ENTRIES:])
    write_state(memo, {"scanner": _scanner_digest(), "results": kept}, sort_keys=False)


def clean_pieces(memo: Path, name: str, header: list[str]) -> dict[str, str]:
    """{label: sha256} of the pieces (validation.Piece) of the CSV table `name` with this `header` that the same
    scanning code found clean, as remember_clean_pieces kept them in `memo` (a JSON file)."""
    state = read_state(memo)
    table = state.get("tables", {}).get(name) if state.get("scanner") == _scanner_digest() else None
    if not isinstance(table, dict) or table.get("header") != header or not isinstance(table.get("pieces"), dict):
        return {}
    return table["pieces"]


def remember_clean_pieces(memo: Path, tables: dict[str, tuple[list[str], dict[str, str]]]) -> None:
    """Keep in `memo` the pieces of each CSV table ({name: (header, {label: sha256})}) found clean (clean_pieces).
    The tables not cut into pieces this time (a CSV copied as published, its bytes unchanged) keep theirs: a
    piece counts as clean only for the bytes it was scanned with."""
    state = read_state(memo)
    kept = state.get("tables") if state.get("scanner") == _scanner_digest() else None
    kept = kept if isinstance(kept, dict) else {}
    write_state(memo, {"scanner": _scanner_digest(), "tables": kept | {
        name: {"header": header, "pieces": pieces} for name, (header, pieces) in tables.items()}})


def scanned_before(memo: Path, path: Path, sha256: str) -> bool:
    """Whether `memo` (scan_publication's) holds what the file `path` with the bytes of `sha256` scans as."""
    return f"{path.suffix.lower()}:{sha256}" in _load_memo(memo)


def scanned_clean(memo: Path, paths: Iterable[Path]) -> set[Path]:
    """The files of `paths` whose present bytes `memo` (scan_publication's) holds as scanned clean."""
    known = _load_memo(memo)
    return {path for path in paths if known.get(f"{path.suffix.lower()}:{sha256_file(path)}") == []}


def scan_duckdb_written(path: Path, loaded_clean: Iterable[str], memo: Path) -> list[str]:
    """What scan_publication finds in the DuckDB database at `path`, for its writer: the tables of `loaded_clean`
    hold the values of CSV or Parquet files scanned clean, whose scan reads the same texts with the same rules and
    spreadsheet formulas besides, so their rows are not read again; of the other tables, the slices `memo`
    (scan_publication's) holds as found clean are not read either (the reference tables, unchanged from one release
    to the next); every comment is read."""
    return _scan_duckdb_slices(path, path.name, memo, frozenset(loaded_clean))


def _scan_duckdb_slices(path: Path, relative: str, memo: Path, skip: frozenset[str] = frozenset()) -> list[str]:
    """_scan_duckdb(path, clean=..., skip=skip) with the clean slices `memo`'s slice file keeps for the database
    published at `relative`, read before and written back after."""
    state = memo.with_name(DUCKDB_SLICES)
    slices = read_state(state)
    found = _scan_duckdb(path, clean=slices.setdefault(relative, {}), skip=skip)
    write_state(state, slices)
    return found


def remember_scan(memo: Path, path: Path, sha256: str, found: list[str]) -> None:
    """Record in `memo` (scan_publication's) that the file `path` with the bytes of `sha256` scans as `found`:
    for a writer that scanned the values a file was written from as the file's scanner reads them."""
    known = _load_memo(memo)
    key = f"{path.suffix.lower()}:{sha256}"
    known.pop(key, None)
    known[key] = found
    _save_memo(memo, known)


def scan_publication(output_dir: Path, suffixes: tuple[str, ...] = tuple(SCANNERS),
                     memo: Path | None = None, tables: Mapping[str, ReadTable] | None = None,
                     same_as_scanned: set[str] = frozenset(), digest=sha256_file,
                     scanned: Mapping[str, list[str]] | None = None) -> list[str]:
    """Unsafe content in every published file under `output_dir` ("fichier : ligne N, champ X : motif"):
    CSV and Parquet tables, the GeoJSON properties, every text column and comment of the DuckDB
    database, and the visible text and links of the HTML report (only the files ending in `suffixes`
    when given). Files are scanned in name order; the quarantine file, which is not published, and
    hidden staging files are skipped.

    With `memo` (a JSON file), what each file content was found to hold is kept there, with a digest of
    the scanning code: a file whose bytes were scanned before by the same code is not read again.
    `tables` maps the relative path of a CSV or Parquet file to its content as already read (ReadTable),
    scanned instead of reading the file again (looked up only when the file is scanned); the
    Parquet files named in `same_as_scanned` were just found to hold the values of their CSV twin, scanned
    here: the twin's verdict is theirs (read only when the twin has a problem, for the full report). `digest`
    gives a file's sha256 (sha256_file, or one that remembers it for unchanged files). `scanned` maps the
    relative path of a CSV or Parquet file to what scan_read() found in its content (read by the caller while
    the file was written): that is its scan."""
    output_dir = Path(output_dir)
    known = _load_memo(memo) if memo is not None else {}
    problems, seen, flagged = [], set(), set()
    files = _published(output_dir, suffixes)
    keys = {path: f"{path.suffix.lower()}:{digest(path)}" if memo is not None else "" for path, _, _ in files}
    pages = _pages_scanned_ahead([path for path, _, _ in files
                                  if path.suffix.lower() == ".html" and keys[path] not in known])
    for path, relative, scanner in files:
        if tables is not None and relative in tables and path.suffix.lower() in (".csv", ".parquet"):
            scanner = functools.partial(lambda read, _path: _scan_read(read(), _path),
                                        functools.partial(tables.__getitem__, relative))  # read when scanned
        if memo is not None and path.suffix.lower() == ".duckdb":  # its tables' slices found clean before are not read
            scanner = functools.partial(_scan_duckdb_slices, relative=relative, memo=memo)
        key = keys[path]
        twin = path.with_suffix(".csv").relative_to(output_dir).as_posix()
        if relative in same_as_scanned and path.suffix.lower() == ".parquet" and twin in seen \
                and twin not in flagged:
            found = []  # its twin (sorted before it) was scanned clean
        elif key in known:
            found = known.pop(key)
        elif scanned is not None and relative in scanned and path.suffix.lower() in (".csv", ".parquet"):
            found = list(scanned[relative])
        else:
            found, readable = pages[path] if path in pages else _scanned(scanner, path)
            key = key if readable else ""  # not kept: read it again
        if key:
            known[key] = found  # last used, last kept
        seen.add(relative)
        if found:
            flagged.add(relative)
        problems += [f"{relative} : {problem}" for problem in found]
    if memo is not None:
        _save_memo(memo, known)
    return problems
