"""Prix de l'ESS laureates ("initiatives remarquables"): a small hand-kept CSV read into typed rows.

Input: one CSV (UTF-8 or Windows-1252, `;` or `,`, as for CRESS spreadsheets), one row per prize and
edition, header names below (or the aliases in COLUMNS, compared without case or accents):

    edition;niveau;code_region;region;categorie;nom_initiative;structure;commune;code_postal;description;url
    2019;regional;53;;Utilité sociale;Répar'Tout;Association Répar'Tout;Rennes;35000;Atelier…;https://…

- `niveau`: national or regional ("régional", "nationale" accepted). A regional prize needs its region:
  `code_region` (current INSEE code) or `region`, a current or pre-2016 region name (Rhône-Alpes -> 84:
  every former region lies whole in one current region), so early editions keep their wording.
- `categorie`: the prize's angle as written; coded utilite_sociale, transition_ecologique, coup_de_coeur,
  else autre, the written label kept in `categorie_libelle` (categories vary by year).
Output rows follow schemas/laureats.schema.json; `identifiant` is `prix-<edition>-<10 hex>` from edition,
level, region, category and initiative name, so it survives reordering and description edits.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import field_validator
from pydantic.dataclasses import dataclass as options_dataclass

from assets.lib.config import FIRST_EDITION
from assets.lib.digest import identifier_digest
from assets.lib.http_client import RetryPolicy
from assets.lib.records import FileProblem
from assets.lib.snapshots import SnapshotStore, read_snapshot_files
from assets.lib.sources import spreadsheet
from assets.lib.sources.base import (
    NO_ACCESS,
    OPTIONS_CONFIG,
    FeedAccess,
    ReadResult,
    SourceKind,
    known_encoding,
    known_keys,
    parse_options,
)
from assets.lib.sources.spreadsheet import SourceSchemaError, csv_reader, decode_text, detect_delimiter
from assets.lib.text import clean_text, fold, safe_url

FIELDS = ("identifiant", "edition", "niveau", "code_region", "region", "categorie", "categorie_libelle",
          "nom_initiative", "structure", "commune", "code_postal", "description", "url")
COLUMNS = {
    "edition": ["edition", "annee"],
    "niveau": ["niveau", "echelon"],
    "code_region": ["code_region", "code region insee"],
    "region": ["region", "nom region"],
    "categorie": ["categorie", "angle", "prix", "categorie du prix"],
    "nom_initiative": ["nom_initiative", "initiative", "nom de l initiative", "projet"],
    "structure": ["structure", "structure porteuse", "porteur"],
    "commune": ["commune", "ville"],
    "code_postal": ["code_postal", "cp"],
    "description": ["description", "descriptif"],
    "url": ["url", "site", "site web", "lien"],
}
REQUIRED = ("edition", "niveau", "categorie", "nom_initiative")
PATTERNS = ("*.csv",)
CATEGORIES = {
    "utilite_sociale": "Utilité sociale",
    "transition_ecologique": "Transition écologique",
    "coup_de_coeur": "Coup de cœur",
    "autre": "Autre",
}
NIVEAUX = {"national": "national", "nationale": "national", "nat": "national",
           "regional": "regional", "regionale": "regional", "region": "regional", "reg": "regional"}
# Current regions (COG since 2016) and the names used before the 2016 merger.
REGIONS = {
    "01": "Guadeloupe", "02": "Martinique", "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
    "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté", "28": "Normandie",
    "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire", "53": "Bretagne",
    "75": "Nouvelle-Aquitaine", "76": "Occitanie", "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur", "94": "Corse",
}
FORMER_REGIONS = {
    "Alsace": "44", "Champagne-Ardenne": "44", "Lorraine": "44", "Alsace-Champagne-Ardenne-Lorraine": "44",
    "Aquitaine": "75", "Limousin": "75", "Poitou-Charentes": "75",
    "Aquitaine-Limousin-Poitou-Charentes": "75",
    "Auvergne": "84", "Rhône-Alpes": "84", "Bourgogne": "27", "Franche-Comté": "27",
    "Basse-Normandie": "28", "Haute-Normandie": "28", "Centre": "24",
    "Languedoc-Roussillon": "76", "Midi-Pyrénées": "76", "Languedoc-Roussillon-Midi-Pyrénées": "76",
    "Nord-Pas-de-Calais": "32", "Picardie": "32", "Nord-Pas-de-Calais-Picardie": "32",
    "Réunion": "04", "PACA": "93", "AURA": "84", "IDF": "11", "BFC": "27",
}
REGION_CODES = {fold(name): code for code, name in REGIONS.items()} | {
    fold(name): code for name, code in FORMER_REGIONS.items()}


@dataclass(frozen=True)
class Laureat:
    """One prize of one edition, typed and coded."""

    edition: int
    niveau: str  # national | regional
    code_region: str | None
    region: str | None
    categorie: str  # a CATEGORIES key
    categorie_libelle: str
    nom_initiative: str
    structure: str | None
    commune: str | None
    code_postal: str | None
    description: str | None
    url: str | None

    @property
    def identifiant(self) -> str:
        key = "|".join([str(self.edition), self.niveau, self.code_region or "", self.categorie,
                        fold(self.nom_initiative)])
        return f"prix-{self.edition}-{identifier_digest(key)}"

    def to_row(self) -> dict[str, Any]:
        """The published row, in schema order (absent values as empty strings, as in the CSV)."""
        values = asdict(self) | {"identifiant": self.identifiant}
        return {name: "" if values[name] is None else values[name] for name in FIELDS}


class _RowError(ValueError):
    """French stable part first, then " : " and the value read (counts.reason_family)."""


def _clean(value: Any) -> str | None:
    # The table is published as is: plain text, personal contacts masked, formulas defused.
    text, _ = clean_text(value)
    return text or None


def _category(label: str) -> str:
    folded = fold(label)
    if "utilite sociale" in folded:
        return "utilite_sociale"
    if "ecolog" in folded:
        return "transition_ecologique"
    if "coup de coeur" in folded:
        return "coup_de_coeur"
    return "autre"


def _region(code: str | None, name: str | None) -> tuple[str | None, str | None]:
    if code:
        code = code.zfill(2) if code.isdigit() else code
        if code not in REGIONS:
            raise _RowError(f"code_region qui n'est pas celui d'une région actuelle : {code!r}")
        return code, REGIONS[code]
    if name:
        found = REGION_CODES.get(fold(re.sub(r"(?i)^cress\s+", "", name)))
        if found is None:
            raise _RowError(f"region qui n'est pas un nom de région connu : {name!r}")
        return found, REGIONS[found]
    return None, None


def _laureat(cells: Mapping[str, str | None]) -> Laureat:
    edition_text = cells.get("edition") or ""
    if not re.fullmatch(r"\d{4}", edition_text) or int(edition_text) < FIRST_EDITION:
        raise _RowError(f"edition qui n'est pas une année depuis {FIRST_EDITION} : {edition_text!r}")
    niveau = NIVEAUX.get(fold(cells.get("niveau")))
    if niveau is None:
        raise _RowError(f"niveau ni national ni régional : {cells.get('niveau')!r}")
    code_region, region = _region(cells.get("code_region"), cells.get("region"))
    if niveau == "regional" and code_region is None:
        raise _RowError("prix régional sans code_region ni region")
    label = cells.get("categorie")
    if not label:
        raise _RowError("categorie vide")
    name = cells.get("nom_initiative")
    if not name:
        raise _RowError("nom_initiative vide")
    postal = cells.get("code_postal")
    if postal:
        postal = postal.replace(" ", "")
        postal = "0" + postal if re.fullmatch(r"\d{4}", postal) else postal  # spreadsheets drop the zero
        if not re.fullmatch(r"\d{5}", postal):
            raise _RowError(f"code_postal qui n'a pas 5 chiffres : {cells.get('code_postal')!r}")
    url = cells.get("url")
    if url and not safe_url(url):  # http(s) only, no e-mail, no control or bidi character
        raise _RowError(f"url qui n'est pas une adresse http(s) : {url!r}")
    return Laureat(
        edition=int(edition_text), niveau=niveau, code_region=code_region, region=region,
        categorie=_category(label), categorie_libelle=label, nom_initiative=name,
        structure=cells.get("structure"), commune=cells.get("commune"), code_postal=postal,
        description=cells.get("description"), url=url,
    )


@options_dataclass(config=OPTIONS_CONFIG)
class LaureatsOptions:
    """`colonnes` ({field: header or list of headers} added to the default aliases), `encodage`,
    `separateur_csv`."""

    colonnes: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    encodage: str | None = None
    separateur_csv: str | None = None

    @field_validator("colonnes")
    @classmethod
    def _known_keys(cls, value: Any) -> Any:
        known_keys(value, COLUMNS)  # « anne » for « edition » was accepted and matched nothing
        return value

    _known_encoding = field_validator("encodage")(known_encoding)


def read_laureats(
    path: Path, *, source: str = "laureats", options: LaureatsOptions | Mapping | None = None,
    editions: Iterable[int] = (), text: str | None = None,
) -> tuple[list[Laureat], list[FileProblem]]:
    """Typed laureates of a CSV file, and a FileProblem per row that cannot be read (with its line).

    Only the rows of `editions` are kept (all when empty). A row with a bad year, level, region, postal
    code or URL, or a repeated identifier, is reported and skipped; FileProblem.edition is the row's
    year when readable, else 0. Raises SourceSchemaError when a required column is missing.
    """
    options = parse_options(LaureatsOptions, options)
    path = Path(path)
    if text is None:
        text, _ = decode_text(path.read_bytes(), options.encodage)
    reader = csv_reader(text, options.separateur_csv or detect_delimiter(text))
    header = next(reader, [])
    extra = options.colonnes
    aliases = {key: names + ([extra[key]] if isinstance(extra.get(key), str) else list(extra.get(key) or []))
               for key, names in COLUMNS.items()}
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        for key, names in aliases.items():
            if key not in positions and fold(cell) in {fold(n) for n in names}:
                positions[key] = index
    missing = [key for key in REQUIRED if key not in positions]
    if missing:
        raise SourceSchemaError(source, path.name, missing, aliases)
    wanted = {int(e) for e in editions}
    laureats: list[Laureat] = []
    problems: list[FileProblem] = []
    seen: set[str] = set()
    line = reader.line_num + 1
    for position, cells in enumerate(reader):
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        values = {key: _clean(cells[i]) if i < len(cells) else None for key, i in positions.items()}
        year = int(values["edition"]) if re.fullmatch(r"\d{4}", values.get("edition") or "") else 0
        if wanted and year not in wanted:
            continue
        try:
            laureat = _laureat(values)
        except _RowError as exc:
            problems.append(FileProblem(source, year, path.name, position, f"{exc} (ligne {start})"))
            continue
        if laureat.identifiant in seen:
            reason = f"lauréat en double : {laureat.nom_initiative!r} ({laureat.identifiant}, ligne {start})"
            problems.append(FileProblem(source, year, path.name, position, reason))
            continue
        seen.add(laureat.identifiant)
        laureats.append(laureat)
    return laureats, problems


def read(snapshot: Path, edition: int, source: str, options: LaureatsOptions) -> ReadResult:
    """The laureates of `edition` in every CSV of the snapshot; a file lacking a required column is one
    problem naming it."""
    contents, problems = read_snapshot_files(snapshot, PATTERNS, source=source, edition=edition)
    found: list[Laureat] = []
    for name, raw in contents:
        try:
            rows, bad = read_laureats(Path(snapshot) / name, source=source, options=options, editions=[edition],
                                      text=decode_text(raw, options.encodage)[0])
        except SourceSchemaError as error:
            problems.append(FileProblem(source, edition, name, None, str(error)))
            continue
        except csv.Error as error:
            problems.append(FileProblem(source, edition, name, None, f"CSV illisible : {error}"))
            continue
        found += rows
        problems += bad
    return ReadResult(found, problems)


def fetch(client: httpx.Client, url: str, edition: int, store: SnapshotStore, policy: RetryPolicy,
          options: LaureatsOptions, access: FeedAccess = NO_ACCESS) -> Path:
    return spreadsheet.fetch(client, url, edition, store, policy, spreadsheet.SpreadsheetOptions(), access)


SOURCE_KIND = SourceKind(name="laureats", patterns=PATTERNS, options=LaureatsOptions, fetch=fetch, read=read,
                         table="laureats")
