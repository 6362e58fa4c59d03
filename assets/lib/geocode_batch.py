"""Batch coding of a user's CSV file: the `mois-ess geocode INPUT.csv -o OUTPUT.csv` command.

The input is UTF-8 with `,` or `;` as separator and any of the columns adresse, code_postal, commune,
latitude, longitude (and code_insee); every other column passes through unchanged, rows keep their
order, and the output adds BATCH_COLUMNS. The output uses the input's separator (a `;` file comes
from a French spreadsheet and goes back to it) and keeps a UTF-8 BOM when the input had one.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

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
}
CHUNK_ROWS = 200_000
PROGRESS_MIN_ROWS = 50_000


class BatchError(Exception):
    """A file the command cannot code; the message is for the user, in French."""


@dataclass
class BatchReport:
    rows: int
    columns_used: dict[str, str]  # role -> header in the file
    separator: str
    methods: dict[str, int]


def _read_head(path: Path) -> tuple[str, bool]:
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    except FileNotFoundError as error:
        raise BatchError(f"fichier introuvable : {path}") from error
    except IsADirectoryError as error:
        raise BatchError(f"{path} est un dossier, pas un fichier CSV") from error
    except OSError as error:
        raise BatchError(f"fichier illisible : {path} ({error.strerror})") from error
    bom = head.startswith(b"\xef\xbb\xbf")
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut by the 64 KiB read
            raise BatchError(
                f"{path} n'est pas encodé en UTF-8 (octet {head[error.start]:#04x} "
                f"à la position {error.start}) ; "
                "enregistrez-le en « CSV UTF-8 » puis relancez"
            ) from error
        text = head[: error.start].decode("utf-8-sig")
    if not text.strip():
        raise BatchError(f"{path} est vide")
    if "\x00" in text:
        raise BatchError(f"{path} n'est pas un fichier texte CSV")
    return text, bom


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


def geocode_csv(source: Path, target: Path, geocoder=None, progress: bool | None = None) -> BatchReport:
    """Code every row of the CSV file `source` into `target`; raises BatchError with a French message
    for an unreadable file or one without any usable column."""
    from assets.lib.geocode import Geocoder

    source, target = Path(source), Path(target)
    head, bom = _read_head(source)
    separator = detect_separator(head)
    try:
        frame = pd.read_csv(
            source,
            sep=separator,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding="utf-8-sig",
            skipinitialspace=False,
            engine="c",
        )
    except UnicodeDecodeError as error:
        raise BatchError(
            f"{source} n'est pas entièrement encodé en UTF-8 ({error.reason}) ; "
            "enregistrez-le en « CSV UTF-8 » puis relancez"
        ) from error
    except (pd.errors.ParserError, csv.Error) as error:
        raise BatchError(f"{source} n'est pas un CSV lisible : {error}") from error
    except pd.errors.EmptyDataError as error:
        raise BatchError(f"{source} est vide") from error
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
        frame = frame.rename(columns={c: f"{c}_entree" for c in clashes})
        columns = {role: (f"{h}_entree" if h in clashes else h) for role, h in columns.items()}

    geocoder = geocoder or Geocoder.from_reference()
    inputs = pd.DataFrame({role: frame[header] for role, header in columns.items()})
    if "latitude" in inputs and "longitude" not in inputs or "longitude" in inputs and "latitude" not in inputs:
        inputs = inputs.drop(columns=[c for c in ("latitude", "longitude") if c in inputs])
    show = progress if progress is not None else len(frame) >= PROGRESS_MIN_ROWS
    bar = _progress_bar(len(frame), show)
    tmp = target.with_name(f".{target.name}.partiel")
    methods: dict[str, int] = {}
    try:
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
            for start in range(0, max(len(frame), 1), CHUNK_ROWS):
                stop = min(start + CHUNK_ROWS, len(frame))
                coded = geocoder.code(inputs.iloc[start:stop])[BATCH_COLUMNS]
                coded["geocodage_score"] = coded["geocodage_score"].map(
                    lambda s: f"{s:.2f}".rstrip("0").rstrip(".") if s else "0"
                )
                for method, count in coded["geocodage_methode"].value_counts().items():
                    methods[method] = methods.get(method, 0) + int(count)
                chunk = pd.concat([frame.iloc[start:stop], coded.set_axis(frame.index[start:stop])], axis=1)
                chunk.to_csv(out, sep=separator, index=False, header=start == 0, lineterminator="\n")
                bar.update(stop - start)
        os.replace(tmp, target)
    except OSError as error:
        raise BatchError(f"impossible d'écrire {target} : {error.strerror}") from error
    finally:
        bar.close()
        if tmp.exists():
            tmp.unlink()
    return BatchReport(len(frame), columns, separator, methods)


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
