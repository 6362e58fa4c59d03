"""Batch coding of a user's CSV file: the `mois-ess geocode INPUT.csv -o OUTPUT.csv` command.

The input is UTF-8, or Windows-1252 as French spreadsheets save it (read like the pipeline's spreadsheet
reader: strict UTF-8 first), with `,` or `;` as separator and any of the columns adresse, code_postal,
commune, latitude, longitude (and code_insee, code_pays); every other column passes through unchanged,
rows keep their order, and the output adds BATCH_COLUMNS. The output is UTF-8 with the input's
separator (a `;` file comes from a French spreadsheet and goes back to it) and keeps a UTF-8 BOM when
the input had one or was Windows-1252 (so that the spreadsheet reopens it with its accents).

The file is read and written in chunks of CHUNK_ROWS rows: memory does not grow with the file, and the
output is byte-identical to coding the whole file at once (every decision depends on its row alone).
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from assets.lib.collector import fewer_collections
from assets.lib.parallel import PIECE_MIN_ROWS, second_process
from assets.lib.text import fold

BATCH_COLUMNS = [
    "code_commune_insee",
    "nom_commune",
    "code_arrondissement_municipal",
    "code_departement",
    "code_region",
    "geocodage_methode",
    "geocodage_score",
    "geocodage_alerte",
]
# Header spellings accepted for each input role, compared folded ("Code postal" = "code_postal").
_ALIASES = {
    "adresse": {"adresse", "address", "adresse postale", "adresse complete", "adr"},
    "code_postal": {"code postal", "cp", "codepostal", "postal code", "postcode", "code postale"},
    "commune": {"commune", "ville", "localite", "city", "nom commune", "town"},
    "latitude": {"latitude", "lat", "y"},
    "longitude": {"longitude", "lon", "lng", "long", "x"},
    "code_insee_source": {
        "code insee",
        "insee",
        "code commune insee",
        "code insee commune",
        "code_insee_source",
    },
    "code_pays": {"code pays", "pays", "country", "country code", "countrycode", "code_pays"},
    # The INSEE code of the région a regional list covers: tells homonyms apart (Geocoder.decide).
    "code_region_source": {"code region", "code region source", "code_region_source"},
}
CHUNK_ROWS = 200_000
# The part of each chunk this process codes, the rest going to the worker: this process also reads the file and
# writes it. On a million rows (scripts/bench_geocode.py), 0.4 kept both busy best of 0.25 to 0.5.
HERE_SHARE = 0.4
PROGRESS_MIN_ROWS = 50_000


class BatchError(Exception):
    """A file the command cannot code; the message is for the user, in French."""


@dataclass
class BatchReport:
    rows: int
    columns_used: dict[str, str]  # role -> header in the file
    separator: str
    methods: dict[str, int]


def _read_head(path: Path) -> tuple[str, bool, str, int]:
    """(first 64 KiB as text, UTF-8 BOM present, encoding, number of line breaks) of `path`; the
    whole file is scanned once to choose between UTF-8 and Windows-1252."""
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
            encoding, lines = _scan_encoding(f, head)
    except FileNotFoundError as error:
        raise BatchError(f"fichier introuvable : {path}") from error
    except IsADirectoryError as error:
        raise BatchError(f"{path} est un dossier, pas un fichier CSV") from error
    except OSError as error:
        raise BatchError(f"fichier illisible : {path} ({error.strerror})") from error
    bom = head.startswith(b"\xef\xbb\xbf")
    text = head.decode(encoding, errors="ignore")
    if not text.strip():
        raise BatchError(f"{path} est vide")
    if "\x00" in text:
        raise BatchError(f"{path} n'est pas un fichier texte CSV")
    return text, bom, encoding, lines


def _scan_encoding(f, head: bytes) -> tuple[str, int]:
    """("utf-8-sig" when the whole file decodes strictly as UTF-8, else "cp1252", else "latin-1" for
    the five bytes Windows-1252 leaves undefined; line breaks counted on the way, for the progress bar)."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8, cp1252 = True, True
    lines = 0
    block = head
    while block:
        lines += block.count(b"\n")
        if utf8:
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                utf8 = False
        if not utf8 and cp1252 and any(b in block for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")):
            cp1252 = False
        block = f.read(1 << 20)
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    return ("utf-8-sig" if utf8 else "cp1252" if cp1252 else "latin-1"), lines


def detect_separator(text: str) -> str:
    """`;` or `,`: the one that splits the header (and the next lines) into the same number of fields."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1
    for separator in (";", ","):
        try:
            rows = list(csv.reader(lines, delimiter=separator))
        except csv.Error:
            continue
        widths = [len(r) for r in rows[: max(1, len(rows) - 1)]]  # the last line may be cut
        if not widths or widths[0] < 2:
            score = 0
        else:
            score = widths[0] * 10 + sum(w == widths[0] for w in widths)
        if score > best_score:
            best, best_score = separator, score
    return best


def match_columns(headers: list[str]) -> dict[str, str]:
    """Input role -> header of the file, for the headers that name one of the roles."""
    found: dict[str, str] = {}
    for header in headers:
        key = fold(header)
        for role, names in _ALIASES.items():
            if role not in found and (key in names or key == fold(role)):
                found[role] = header
    return found


def geocode_csv(
    source: Path, target: Path, geocoder=None, progress: bool | None = None, chunk_rows: int = CHUNK_ROWS
) -> BatchReport:
    """Code every row of the CSV file `source` into `target`; raises BatchError with a French message
    for an unreadable file or one without any usable column."""
    from assets.lib.geocode import Geocoder

    source, target = Path(source), Path(target)
    head, bom, encoding, lines = _read_head(source)
    separator = detect_separator(head)
    chunks = _read_chunks(source, separator, encoding, chunk_rows)
    first = next(chunks)
    columns, renamed = _columns(source, first)
    geocoder = geocoder or Geocoder.from_reference()
    show = progress if progress is not None else lines >= PROGRESS_MIN_ROWS
    bar = _progress_bar(max(lines - 1, 0), show)
    tmp = target.with_name(f".{target.name}.partiel")
    methods: dict[str, int] = {}
    rows = 0
    # Rows are coded independently: each chunk is shared between this process and one forked worker, which keeps
    # its own distinct-key caches from chunk to chunk. Small files stay in this process.
    workers = None if lines >= PIECE_MIN_ROWS else 1

    def code(part: pd.DataFrame) -> tuple[bytes, dict[str, int]]:
        """The CSV lines of a part of a chunk, coded, and the number of its rows per method."""
        coded = _code_chunk(geocoder, part, columns)
        counts = {method: int(n) for method, n in coded["geocodage_methode"].value_counts().items()}
        return csv_lines([part[c] for c in part.columns] + [coded[c] for c in coded.columns], separator), counts

    def write(lines: bytes, counts: dict[str, int], coded_rows: int) -> None:
        out.write(lines)
        for method, count in counts.items():
            methods[method] = methods.get(method, 0) + count
        bar.update(coded_rows)

    try:
        with open(tmp, "wb") as out, second_process(code, workers) as pair:
            if bom or encoding != "utf-8-sig":
                out.write(codecs.BOM_UTF8)
            # The worker codes the end of each chunk while this process codes its start and writes the end of the
            # chunk before, then reads the next chunk: the worker is not kept waiting on the file (see HERE_SHARE).
            handed, handed_rows = None, 0
            for number, frame in enumerate(_chain(first, chunks)):
                frame = frame.rename(columns=renamed)
                if number == 0:
                    out.write(csv_lines([pd.Series([c]) for c in [*frame.columns, *BATCH_COLUMNS]], separator))
                cut = round(len(frame) * HERE_SHARE) if len(frame) >= PIECE_MIN_ROWS else len(frame)
                coming = pair.hand([frame.iloc[cut:]]) if cut < len(frame) else None
                here = code(frame.iloc[:cut])
                if handed is not None:
                    write(*handed.results()[0], handed_rows)
                write(*here, cut)
                handed, handed_rows = coming, len(frame) - cut
                rows += len(frame)
            if handed is not None:
                write(*handed.results()[0], handed_rows)
        os.replace(tmp, target)
    except OSError as error:
        raise BatchError(f"impossible d'écrire {target} : {error.strerror}") from error
    finally:
        bar.close()
        if tmp.exists():
            tmp.unlink()
    return BatchReport(rows, columns, separator, methods)


def csv_lines(columns: list[pd.Series], separator: str) -> bytes:
    """The UTF-8 bytes of CSV lines whose cells are the text values of `columns` (one Series each,
    same length), every line ended by "\\n": what `DataFrame.to_csv(sep=separator,
    lineterminator="\\n")` writes for text cells (csv.QUOTE_MINIMAL: a cell holding the separator,
    a double quote or a line break is quoted, its quotes doubled; a missing value is an empty cell),
    built column-wise with Arrow compute instead of row by row, five times faster. One deliberate
    difference: a cell holding a carriage return is quoted too (to_csv leaves it bare, and a reader
    then cuts the line there)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not columns or not len(columns[0]):
        return b""
    needs_quotes = f"[{re.escape(separator)}\"\r\n]"
    specials = (separator.encode(), b'"', b"\r", b"\n")
    quote, empty, sep, newline = (pa.scalar(t, pa.large_string()) for t in ('"', "", separator, "\n"))
    cells = []
    for column in columns:
        values = pa.array(column, from_pandas=True)
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        values = pc.fill_null(values.cast(pa.large_string()), empty)
        text = values.buffers()[2]
        text = text.to_pybytes() if text is not None else b""
        if any(special in text for special in specials):  # a memchr over the column before any regex
            mask = pc.match_substring_regex(values, needs_quotes)
            chosen = pc.replace_substring(pc.filter(values, mask), '"', '""')
            values = pc.replace_with_mask(values, mask, pc.binary_join_element_wise(quote, chosen, quote, empty))
        cells.append(values)
    lines = pc.binary_join_element_wise(*cells, sep)
    lines = pc.binary_join_element_wise(lines, empty, newline)  # each line + "\n" + ""
    data = lines.buffers()[2]
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)[lines.offset : lines.offset + len(lines) + 1]
    return data.slice(int(offsets[0]), int(offsets[-1] - offsets[0])).to_pybytes()


def _read_chunks(source: Path, separator: str, encoding: str, chunk_rows: int):
    """DataFrames of `chunk_rows` rows (at least one, maybe empty), every cell as text."""
    try:
        reader = pd.read_csv(
            source,
            sep=separator,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=encoding,
            skipinitialspace=False,
            engine="c",
            chunksize=chunk_rows,
        )
        produced = False
        for chunk in reader:
            produced = True
            yield chunk
        if not produced:
            yield pd.DataFrame(columns=reader.orig_options.get("names") or [])
    except (pd.errors.ParserError, csv.Error) as error:
        raise BatchError(f"{source} n'est pas un CSV lisible : {error}") from error
    except pd.errors.EmptyDataError as error:
        raise BatchError(f"{source} est vide") from error


def _chain(first: pd.DataFrame, rest):
    yield first
    yield from rest


def _columns(source: Path, frame: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """(input role -> header after renaming, renaming of headers that clash with BATCH_COLUMNS)."""
    columns = match_columns(list(frame.columns))
    usable = {"adresse", "code_postal", "commune", "code_insee_source"} & set(columns)
    has_point = {"latitude", "longitude"} <= set(columns)
    if not usable and not has_point:
        raise BatchError(
            f"aucune colonne exploitable dans {source} "
            f"(colonnes trouvées : {', '.join(map(str, frame.columns))}) ; "
            "il en faut au moins une parmi adresse, code_postal, commune, ou latitude et longitude"
        )
    clashes = [c for c in BATCH_COLUMNS if c in frame.columns]
    if clashes:
        print(
            f"attention : colonnes déjà présentes renommées avec le suffixe _entree : {', '.join(clashes)}",
            file=sys.stderr,
        )
    renamed = {c: f"{c}_entree" for c in clashes}
    columns = {role: renamed.get(h, h) for role, h in columns.items()}
    if ("latitude" in columns) != ("longitude" in columns):
        columns = {role: h for role, h in columns.items() if role not in ("latitude", "longitude")}
    return columns, renamed


def _code_chunk(geocoder, frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    inputs = pd.DataFrame({role: frame[header] for role, header in columns.items()}, index=frame.index)
    # A chunk's geometries and object arrays stay alive until it is coded: at the default thresholds they set off
    # full collections walking them all (16, 1.1 s of 8.3 s, on a million distinct points in one process).
    with fewer_collections():
        coded = geocoder.code(inputs)[BATCH_COLUMNS]
    score = coded["geocodage_score"].to_numpy(dtype=float)
    distinct, inverse = np.unique(score, return_inverse=True)
    labels = np.array([f"{s:.2f}".rstrip("0").rstrip(".") if s else "0" for s in distinct], dtype=object)
    if len(score):  # the few labels taken row by row in Arrow, as text: the same cells written
        coded["geocodage_score"] = pd.Series(
            pa.array(labels, type=pa.large_string()).take(pa.array(inverse.reshape(-1))), index=coded.index, dtype=str
        )
    else:
        coded["geocodage_score"] = score.astype(object)
    return coded


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, show: bool):
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit=" lignes", unit_scale=True, desc="géocodage", file=sys.stderr)
