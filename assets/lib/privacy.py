"""Checks that a release is safe to publish: no personal contact (plain or obfuscated), no markup, no
spreadsheet formula, no character the Unicode policy forbids, no link other than http/https; on a table
(find_unsafe_cells) or on every published file of a release folder (scan_publication)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from assets.lib.text import (
    EMAIL,
    EMAIL_OBFUSCATED,
    PHONE,
    SAFE_URL,
    UNSAFE_CHARACTERS,
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
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|&(?:[a-zA-Z]+|#\d+);")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
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


def _as_text(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _is_formula(value: str) -> bool:
    return value.startswith(_FORMULA_START) and not _NUMBER.match(value)


def _per_row(distinct: pd.Series, codes, test) -> pd.Series:
    """`test` (a truthy result flags a value) run once per distinct value, spread back over the rows."""
    if not len(distinct):
        return pd.Series([], dtype=bool)
    verdicts = distinct.map(lambda value: bool(test(value))).to_numpy(dtype=bool)
    return pd.Series(verdicts[codes], dtype=bool)


def find_unsafe_cells(frame: pd.DataFrame, *, formulas: bool = True,
                      multiline_fields: tuple[str, ...] = MULTILINE_FIELDS) -> list[str]:
    """Descriptions ("ligne N, champ X : motif") of the cells that must not be published; `formulas`
    checks spreadsheet formulas too (CSV and Parquet, which spreadsheets open). Rows are numbered as in
    a CSV with a header (first data row = line 2)."""
    problems = []
    for column in _text_columns(frame):
        # Plain Python strings and `re`: Arrow-backed string columns cannot hold every pattern (surrogates).
        # Each distinct value is tested once (codes and vocabularies repeat a lot).
        codes, distinct = pd.factorize(pd.Series([_as_text(v) for v in frame[column]], dtype=object))
        distinct = pd.Series(distinct, dtype=object)
        values = pd.Series(distinct.to_numpy()[codes] if len(distinct) else [], dtype=object)

        def per_row(test, distinct=distinct, codes=codes) -> pd.Series:
            return _per_row(distinct, codes, test)

        def matches(pattern: re.Pattern, distinct=distinct, codes=codes) -> pd.Series:
            return _per_row(distinct, codes, pattern.search)

        unsafe = _MULTILINE_UNSAFE if column in multiline_fields else _SINGLE_LINE_UNSAFE
        checks = [("caractère interdit", matches(unsafe))]
        if formulas:
            checks.append(("formule de tableur", per_row(_is_formula)))
        if column in URL_FIELDS:
            checks.append(("lien autre que http(s)", per_row(lambda v: v != "" and not SAFE_URL.fullmatch(v))))
        if column in FREE_TEXT_FIELDS or column in URL_FIELDS:
            checks.append(("adresse électronique", matches(EMAIL) | matches(EMAIL_OBFUSCATED)))
        if column in FREE_TEXT_FIELDS:
            checks += [
                ("numéro de téléphone", matches(PHONE)),
                ("balise ou entité HTML", matches(_MARKUP)),
                ("lien autre que http(s)", per_row(lambda v: bool(unsafe_links(v)))),
            ]
        for reason, mask in checks:
            for row in mask[mask].index[:MAX_PER_RULE]:
                detail = ""
                if reason == "caractère interdit":
                    codes = unsafe_characters(values[row], multiline=column in multiline_fields)
                    detail = f" ({', '.join(codes[:3])})" if codes else ""
                problems.append(f"ligne {row + 2}, champ {column} : {reason}{detail}")
    return problems


# ------------------------------------------------------------------------------------ whole release


def _scan_csv(path: Path) -> list[str]:
    return find_unsafe_cells(pd.read_csv(path, dtype=str, keep_default_na=False))


def _scan_parquet(path: Path) -> list[str]:
    return find_unsafe_cells(pd.read_parquet(path))


def _scan_geojson(path: Path) -> list[str]:
    content = json.loads(path.read_text(encoding="utf-8"))
    features = content.get("features") or []
    frame = pd.DataFrame([feature.get("properties") or {} for feature in features])
    problems = find_unsafe_cells(frame.astype(object).where(frame.notna(), ""), formulas=False)
    ids = pd.Series([str(feature.get("id") or "") for feature in features], dtype=object)
    problems += [f"id : {p.split(' : ', 1)[1]}" for p in find_unsafe_cells(pd.DataFrame({"id": ids}), formulas=False)]
    return [p.replace("ligne ", "objet ", 1) for p in problems]


def _scan_duckdb(path: Path) -> list[str]:
    import duckdb

    problems = []
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal ORDER BY table_name").fetchall()]
        for table in tables:
            text_columns = [row[0] for row in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND data_type = 'VARCHAR' "
                "ORDER BY column_index", [table]).fetchall()]
            if not text_columns:
                continue
            quoted = ", ".join(f'"{c}"' for c in text_columns)
            frame = con.execute(f'SELECT {quoted} FROM "{table}"').df()
            # The metadata table holds the package's description, written on several lines.
            multiline = MULTILINE_FIELDS + (("valeur",) if table == "metadonnees" else ())
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


def _scan_html(path: Path) -> list[str]:
    parser = _ReportText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    problems = []
    for line, text in parser.text:
        codes = unsafe_characters(text, multiline=True)
        if codes:
            problems.append(f"ligne {line} : caractère interdit ({', '.join(codes[:3])})")
        if EMAIL.search(text) or EMAIL_OBFUSCATED.search(text):
            problems.append(f"ligne {line} : adresse électronique")
        if PHONE.search(text):
            problems.append(f"ligne {line} : numéro de téléphone")
        if unsafe_links(text):
            problems.append(f"ligne {line} : lien autre que http(s)")
    for line, attribute, target in parser.links:
        allowed = (SAFE_URL.fullmatch(target.strip()) or not _SCHEME.match(target)
                   or (attribute == "src" and _EMBEDDED_IMAGE.fullmatch(target.strip())))
        if not allowed or unsafe_characters(target):
            problems.append(f"ligne {line}, attribut {attribute} : lien autre que http(s)")
    return problems


SCANNERS = {".csv": _scan_csv, ".parquet": _scan_parquet, ".geojson": _scan_geojson,
            ".duckdb": _scan_duckdb, ".html": _scan_html}


def scan_publication(output_dir: Path, suffixes: tuple[str, ...] = tuple(SCANNERS)) -> list[str]:
    """Unsafe content in every published file under `output_dir` ("fichier : ligne N, champ X : motif"):
    CSV and Parquet tables, the GeoJSON properties, every text column and comment of the DuckDB
    database, and the visible text and links of the HTML report (only the files ending in `suffixes`
    when given). Files are scanned in name order; the quarantine file, which is not published, and
    hidden staging files are skipped."""
    output_dir = Path(output_dir)
    problems = []
    for path in sorted(output_dir.rglob("*")):
        scanner = SCANNERS.get(path.suffix.lower()) if path.suffix.lower() in suffixes else None
        if scanner is None or not path.is_file() or any(part.startswith(".") for part in path.parts[-2:]):
            continue
        if "quarantaine" in path.name:
            continue
        relative = path.relative_to(output_dir).as_posix()
        try:
            found = scanner(path)
        except Exception as error:  # noqa: BLE001 - an unreadable published file is itself a failure
            found = [f"illisible ({type(error).__name__}: {error})"]
        problems += [f"{relative} : {problem}" for problem in found]
    return problems
