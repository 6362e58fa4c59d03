"""Files for re-users built from a release: the researchers' DuckDB database (mois_ess.duckdb) and the
events as GeoJSON points (evenements.geojson). Both are written under a temporary name, then os.replace'd."""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from assets.lib.digest import arrow_digest, sha256_file
from assets.lib.leftovers import remove_dead_leftovers
from assets.lib.privacy import geojson_unsafe, scanner_digest
from assets.lib.state import read_pickle, read_state, write_pickle, write_state

# DuckDB storage format of the published database: v1.0.0 opens in every DuckDB since 1.0 (CLI, Python, R).
STORAGE_VERSION = "v1.0.0"
_DUCKDB_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE",
                 "datetime": "TIMESTAMPTZ"}

# Event fields kept as GeoJSON properties: identification, form, organiser and place; the free texts
# (description, address) and the provenance fields stay in evenements.csv.
GEOJSON_PROPERTIES = [
    "identifiant",
    "edition",
    "titre",
    "date_debut",
    "date_fin",
    "date_heure_debut",
    "date_heure_fin",
    "type_evenement",
    "thematiques",
    "publics",
    "modalite",
    "organisateur",
    "organisateur_famille",
    "lieu",
    "commune",
    "nom_commune",
    "code_commune_insee",
    "code_departement",
    "departement",
    "code_region",
    "region",
    "url",
]
COORDINATE_DECIMALS = 6

REFERENCE_TABLES = {
    "communes": (
        "Communes et entités infra-communales du Code officiel géographique de référence (INSEE, Licence "
        "Ouverte 2.0) : une ligne par (code_commune_insee, type_commune) ; ne garder que "
        "type_commune = 'COM' pour compter ou joindre des communes.",
        {
            "code_commune_insee": "Code INSEE sur 5 caractères.",
            "nom_commune": "Libellé officiel.",
            "type_commune": "COM (commune), COMD (commune déléguée), COMA (commune associée), "
            "ARM (arrondissement "
            "municipal de Paris, Lyon ou Marseille).",
            "code_commune_parente": "Commune de rattachement d'une COMD, COMA ou ARM ; NULL pour une COM.",
            "code_departement": "Code du département.",
            "code_region": "Code de la région.",
            "codes_postaux": "Codes postaux La Poste, triés, séparés par |.",
            "population": "Population municipale (NULL pour COMD et COMA).",
            "anciens_codes": "Anciens codes absorbés par la commune, séparés par |.",
            "cog_millesime": "Millésime du COG.",
        },
    ),
    "departements": (
        "Les 101 départements du COG de référence.",
        {
            "code_departement": "Code (2A/2B pour la Corse, 971 à 976 pour les DROM).",
            "nom_departement": "Libellé.",
            "code_region": "Code de la région.",
            "chef_lieu": "Code INSEE de la commune chef-lieu.",
        },
    ),
    "regions": (
        "Les 18 régions du COG de référence.",
        {
            "code_region": "Code de la région.",
            "nom_region": "Libellé.",
            "chef_lieu": "Code INSEE de la commune chef-lieu.",
        },
    ),
    "communes_anciennes": (
        "Anciens noms des communes du COG de référence (historique des communes de l'INSEE, Licence Ouverte 2.0) : "
        "noms portés depuis 2008 par une commune, déléguée ou associée qui ne les porte plus, et noms des communes "
        "absorbées ; une ligne par (code_commune_ancienne, nom_commune_ancienne). Le codeur de communes lit ces noms "
        "(méthode ancienne_commune).",
        {
            "code_commune_ancienne": "Code INSEE qui portait ce nom.",
            "nom_commune_ancienne": "L'ancien nom.",
            "code_commune_insee": "La commune (COM) de référence dont ce code fait partie aujourd'hui.",
            "code_departement": "Le département de cette commune.",
        },
    ),
}
# The reference tables a caller may leave out (a reference folder built before the former names).
_OPTIONAL_REFERENCE = frozenset({"communes_anciennes"})
# The key of each reference table (its first column when not given here).
_REFERENCE_KEYS = {"communes": ["code_commune_insee", "type_commune"],
                   "communes_anciennes": ["code_commune_ancienne", "nom_commune_ancienne"]}

# (indicator, DuckDB type): counts are integers in the views, shares and rates doubles.
_REGION_VIEW_INDICATORS = [
    ("evenements", "BIGINT"),
    ("organisateurs", "BIGINT"),
    ("evenements_co_organises", "BIGINT"),
    ("evenements_co_organisation_inconnue", "BIGINT"),
    ("part_evenements_co_organises", "DOUBLE"),
    ("evenements_modalite_inconnue", "BIGINT"),
    ("part_evenements_a_distance", "DOUBLE"),
    ("communes_avec_evenement", "BIGINT"),
    ("population", "BIGINT"),
    ("evenements_pour_100000_habitants", "DOUBLE"),
    ("evolution_evenements", "DOUBLE"),
]
_SOURCE_OF = {"evenements_modalite_inconnue": "evenements_par_modalite.non_renseigne"}
_PIVOT_COLUMNS = ", ".join(
    f"CAST(max(valeur) FILTER (WHERE indicateur = '{_SOURCE_OF.get(name, name)}') AS {kind}) AS {name}"
    for name, kind in _REGION_VIEW_INDICATORS
)
VIEWS = {
    "evenements_par_commune": (
        "Événements par édition et par commune (COG de référence ; arrondissements PLM rapportés à leur "
        "commune), avec la population municipale et le nombre d'événements pour 100 000 habitants (arrondi à "
        "2 décimales). Seules les "
        "communes ayant au moins un événement dans l'édition apparaissent.",
        """
        SELECT e.edition, c.code_commune_insee, c.nom_commune, c.code_departement, c.code_region,
               c.population,
               count(*) AS evenements,
               round(count(*) * 100000.0 / nullif(c.population, 0), 2) AS evenements_pour_100000_habitants
        FROM evenements AS e
        JOIN communes AS c ON c.code_commune_insee = e.code_commune_insee AND c.type_commune = 'COM'
        GROUP BY e.edition, c.code_commune_insee, c.nom_commune, c.code_departement, c.code_region,
                 c.population
        ORDER BY e.edition, c.code_commune_insee
        """,
    ),
    **{
        f"indicateurs_{level}s": (
            f"Principaux indicateurs par {label} et par édition (une ligne par édition et {label}), tirés de "
            "la table "
            "indicateurs : mêmes définitions (voir le commentaire de indicateurs.indicateur).",
            f"""
            SELECT edition, code_territoire AS code_{level}, nom_territoire AS nom_{level},
                   {_PIVOT_COLUMNS}
            FROM indicateurs
            WHERE niveau = '{level}'
            GROUP BY ALL
            ORDER BY edition, code_{level}
            """,
        )
        for level, label in (("region", "région"), ("departement", "département"))
    },
}


def _quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _load_table(
    con: duckdb.DuckDBPyConnection, name: str, schema: dict, frame: pd.DataFrame | pa.Table | Path, description: str
) -> int:
    """Create `name` from a Frictionless schema, insert `frame` sorted by the primary key ('' -> NULL); `frame` may be
    the path of a Parquet file, read by DuckDB itself (the rows pyarrow would read, several times cheaper)."""
    fields = schema["fields"]
    columns = ", ".join(f"{f['name']} {_DUCKDB_TYPES[f['type']]}" for f in fields)
    con.execute(f"CREATE TABLE {name} ({columns})")
    selected = [f"NULLIF({f['name']}, '')" if f["type"] in ("string", "date", "datetime") else f["name"]
                for f in fields]
    key = schema.get("primaryKey") or [fields[0]["name"]]
    names = [f["name"] for f in fields]
    if isinstance(frame, Path):
        con.execute(f"INSERT INTO {name} SELECT {', '.join(selected)} FROM (SELECT {', '.join(names)} FROM "
                    f"read_parquet({_quote(frame)})) ORDER BY {', '.join(key)}")
        ((count,),) = con.execute(f"SELECT count(*) FROM {name}").fetchall()
    else:
        # A pyarrow Table (DuckDB scans Arrow without converting Python objects) or a frame.
        con.register("_incoming", frame.select(names) if isinstance(frame, pa.Table) else frame[names])
        try:
            con.execute(
                f"INSERT INTO {name} SELECT {', '.join(selected)} FROM _incoming ORDER BY {', '.join(key)}"
            )
        finally:
            con.unregister("_incoming")
        count = len(frame)
    comments = [f"COMMENT ON TABLE {name} IS {_quote(description)}"]
    for f in fields:
        comment = f"{f.get('title', f['name'])} : {f.get('description', '')}"
        comments.append(f"COMMENT ON COLUMN {name}.{f['name']} IS {_quote(comment)}")
    con.execute(";\n".join(comments))  # one call, one statement each: no round trip per column
    return count


def write_research_database(
    target: Path,
    tables: dict[str, tuple[dict, pd.DataFrame | pa.Table | Path, str]],
    reference: dict[str, pd.DataFrame | pa.Table],
    about: dict,
) -> dict[str, int]:
    """Write the researchers' database at `target`: the published `tables` ({name: (Frictionless schema,
    frame, description)}), the COG `reference` tables (communes, departements, regions, and communes_anciennes when
    given; frames or Arrow tables, their integer and float columns typed BIGINT and DOUBLE, the others VARCHAR), the
    VIEWS, and a `metadonnees` table (cle, valeur) from `about`. Every table is sorted by its key, so two builds from
    the same release answer every query identically. Returns the row count of each table."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_leftovers(target.parent, rf"\.{re.escape(target.name)}\.tmp-(\d+)(?:\.wal)?")
    staging = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    for leftover in (staging, staging.with_name(staging.name + ".wal")):
        leftover.unlink(missing_ok=True)
    counts = {}
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 1")  # one thread keeps the insertion order, hence the row groups, stable
        # The commit checkpoints into the file at once instead of first writing the whole database to its WAL.
        con.execute("SET checkpoint_threshold = '0KB'")
        con.execute(f"ATTACH {_quote(staging)} AS mois_ess (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE mois_ess")
        # One commit for every table, view and comment: each statement (some 70) committed to the file on its own.
        con.execute("BEGIN TRANSACTION")
        for name, (schema, frame, description) in tables.items():
            counts[name] = _load_table(con, name, schema, frame, description)
        for name, (description, columns) in REFERENCE_TABLES.items():
            if name in _OPTIONAL_REFERENCE and name not in reference:
                continue
            frame = reference[name]
            schema = {
                "fields": [
                    {"name": c, "type": _reference_type(frame[c]), "title": c, "description": d}
                    for c, d in columns.items()
                ],
                "primaryKey": _REFERENCE_KEYS.get(name, [next(iter(columns))]),
            }
            counts[name] = _load_table(con, name, schema, frame, description)
        for name, (description, sql) in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {sql}")
            con.execute(f"COMMENT ON VIEW {name} IS {_quote(description)}")
        about_rows = pd.DataFrame(
            sorted(
                (k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
                for k, v in about.items()
            ),
            columns=["cle", "valeur"],
        )
        con.register("_about", about_rows)
        con.execute("CREATE TABLE metadonnees AS SELECT * FROM _about ORDER BY cle")
        con.unregister("_about")
        con.execute(
            "COMMENT ON TABLE metadonnees IS "
            "'Métadonnées de la version publiée (extraites de datapackage.json).'"
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT mois_ess")
        con.execute("USE memory")
        con.execute("DETACH mois_ess")
    except BaseException:
        con.close()
        staging.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(staging, target)
    return counts


def database_inputs(tables: dict[str, tuple[dict, pd.DataFrame | Path, str]],
                    reference: dict[str, pd.DataFrame | pa.Table], about: dict) -> str:
    """sha256 of everything write_research_database() builds the database from: each table's name, schema,
    description, columns and rows, the reference tables, the metadata, this module's code and DuckDB's
    version. Two builds with the same digest answer every query identically. A table given as the path of a
    Parquet file (its rows as pyarrow reads them) counts by the file's sha256, an Arrow table by its columns' types,
    nulls and values (arrow_digest)."""
    digest = hashlib.sha256(code_digest().encode())
    digest.update(json.dumps(about, sort_keys=True, ensure_ascii=False, default=str).encode())
    frames = []
    for name, (schema, frame, description) in sorted(tables.items()):
        if isinstance(frame, Path):
            digest.update(json.dumps([name, [schema, description], "parquet", sha256_file(frame)], sort_keys=True,
                                     ensure_ascii=False).encode())
        else:
            frames.append((name, [schema, description], frame))
    frames += [(name, [], frame) for name, frame in sorted(reference.items())]
    for name, described, frame in frames:
        if isinstance(frame, pa.Table):
            digest.update(json.dumps([name, described, "arrow"], sort_keys=True, ensure_ascii=False).encode())
            digest.update(arrow_digest(frame).encode())
            continue
        digest.update(json.dumps([name, described, [[str(c), str(t)] for c, t in frame.dtypes.items()]],
                                 sort_keys=True, ensure_ascii=False).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def code_digest() -> str:
    """sha256 of this module's code and DuckDB's version: what the files it writes depend on besides data."""
    return hashlib.sha256(Path(__file__).read_bytes() + duckdb.__version__.encode()).hexdigest()


def written_from(target: Path, inputs: str, memo: Path) -> dict | None:
    """What remember_written() recorded when it wrote `target` from the same `inputs`, if `target` still has
    the bytes it wrote then (a file altered or replaced since is written again); else None."""
    recorded = read_state(memo)
    if (recorded.get("inputs") == inputs and target.is_file()
            and recorded.get("sha256") == sha256_file(target)):
        return recorded
    return None


def remember_written(target: Path, inputs: str, memo: Path, **facts) -> None:
    """Record that `target`, as it is now, was written from `inputs` (with `facts` to report next time)."""
    write_state(memo, {**facts, "inputs": inputs, "sha256": sha256_file(target)})


def _reference_type(series: pd.Series | pa.ChunkedArray) -> str:
    if isinstance(series, pa.ChunkedArray):  # the type pandas would give the column, as below
        if pa.types.is_integer(series.type):
            return "integer"
        return "number" if pa.types.is_floating(series.type) else "string"
    kind = series.dtype.kind if hasattr(series.dtype, "kind") else "O"
    if str(series.dtype).startswith(("Int", "int")) or kind in "iu":
        return "integer"
    if kind == "f" or str(series.dtype).startswith("Float"):
        return "number"
    return "string"


def _json_values(column: pd.Series | None, size: int, as_int: bool = False) -> np.ndarray:
    """Each value of `column` as JSON text: `null` when missing (None, NA, NaN, ""), else the value as a
    string (an integer with `as_int`). Each distinct value is encoded once."""
    if column is None:
        return np.full(size, "null", dtype=object)
    values = column.to_numpy(dtype=object)

    def encode(value) -> str:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == "":
            return "null"
        # json.dumps(text, ensure_ascii=False) is encode_basestring(text)
        return json.dumps(int(value)) if as_int else encode_basestring(str(value))

    # Values of one Python type are told apart by equality; mixed columns (1, 1.0 and True are equal, but
    # their texts differ) are encoded value by value.
    kind = pd.api.types.infer_dtype(values, skipna=True)
    if kind not in ("string", "integer", "empty"):
        return np.array([encode(value) for value in values], dtype=object)
    codes, distinct = pd.factorize(values, use_na_sentinel=True)  # missing values: code -1, the last text
    # Distinct texts (no missing value among them): encode() of each, without its tests for a missing value.
    texts = [encode_basestring(text) if text != "" else "null" for text in distinct] if kind == "string" \
        else list(map(encode, distinct))
    return np.array([*texts, "null"], dtype=object)[codes]


def geojson_lines(events: pd.DataFrame) -> list[str]:
    """One RFC 7946 Point feature per event with both coordinates (WGS84, [longitude, latitude]), sorted by
    edition then identifiant, as compact JSON with sorted keys; properties are GEOJSON_PROPERTIES, missing
    values as null. Built column by column: the same text as json.dumps(feature, ensure_ascii=False,
    sort_keys=True, separators=(",", ":")) of each feature."""
    return _geojson(events)[0]


def _geojson(events: pd.DataFrame) -> tuple[list[str], dict[str, set[str]], set[str]]:
    """(geojson_lines(events), {property: the JSON texts of its values in those lines}, the JSON texts of the
    features' ids)."""
    _, lines, values, ids = _geojson_rows(events)
    return lines, {name: set(texts.tolist()) for name, texts in values.items()}, set(ids)


def _geojson_rows(events: pd.DataFrame) -> tuple[pd.Series, list[str], dict[str, np.ndarray], list[str]]:
    """(the edition of each line, geojson_lines(events), {property: the JSON text of its value in each line}, the
    JSON text of each line's id). A line's text depends on its event alone."""
    located = events[events["latitude"].notna() & events["longitude"].notna()]
    located = located.sort_values(["edition", "identifiant"], kind="stable")
    size = len(located)
    if not size:
        return located["edition"], [], {}, []
    # Python's round() (correctly rounded), written as json.dumps writes a float (repr; finite here).
    longitudes, latitudes = located["longitude"].to_numpy(dtype=object), located["latitude"].to_numpy(dtype=object)
    point = [f"[{round(float(x), COORDINATE_DECIMALS)!r},{round(float(y), COORDINATE_DECIMALS)!r}]"
             for x, y in zip(longitudes, latitudes, strict=True)]
    ids = [encode_basestring(str(value)) for value in located["identifiant"].to_numpy(dtype=object)]
    values = {name: _json_values(located[name] if name in located.columns else None, size, as_int=name == "edition")
              for name in sorted(GEOJSON_PROPERTIES)}
    properties = [json.dumps(name) + ":" + texts for name, texts in values.items()]
    lines = ['{"geometry":{"coordinates":' + p + ',"type":"Point"},"id":' + i + ',"properties":{' + ",".join(row)
             + '},"type":"Feature"}' for p, i, row in zip(point, ids, zip(*properties, strict=True), strict=True)]
    return located["edition"], lines, values, ids


def geojson_features(events: pd.DataFrame) -> list[dict]:
    """The features of geojson_lines() as dicts."""
    return [json.loads(line) for line in geojson_lines(events)]


def write_geojson(events: pd.DataFrame, target: Path) -> int:
    """Write the events with coordinates as a GeoJSON FeatureCollection (one feature per line, keys sorted:
    the same events give the same bytes, and a file that already has them is not rewritten). Returns the
    number of features."""
    return write_geojson_scanned(events, target)[0]


def edition_digests(table: pa.Table) -> dict[int, str]:
    """{edition: sha256 of its rows of `table` (Arrow, with an `edition` column: arrow_digest), with this module's
    code}: equal digests, equal rows (the same values, types and nulls), and the other way round."""
    editions, digests, code = table.column("edition"), {}, code_digest().encode() + b"\0"
    for year in sorted(pc.unique(editions).to_pylist()):
        digest = hashlib.sha256(code)
        digest.update(arrow_digest(table.filter(pc.equal(editions, year))).encode())
        digests[int(year)] = digest.hexdigest()
    return digests


@dataclass(frozen=True)
class GeojsonPiece:
    """An edition's features in the GeoJSON file: the `digest` of the rows they were written from (edition_digests),
    their lines joined by ",\n" (UTF-8), how many they are, and whether their texts are unsafe to publish
    (privacy.geojson_unsafe) for the scanning code of digest `scanner`."""

    digest: str
    lines: bytes
    features: int
    unsafe: bool
    scanner: str


def geojson_pieces(digests: dict[int, str], events: Callable[[list[int]], pd.DataFrame], memo: Path
                   ) -> list[GeojsonPiece]:
    """Each edition's share of the GeoJSON file (its features sort together), in edition order: built from its rows
    alone (`events(years)`: the rows of those editions) and scanned, or taken from `memo` (a folder, one file per
    edition) when its rows have the digest they had then (`digests`, edition_digests of the same rows) and the same
    scanning code read its texts; each edition built is kept there."""
    scanner, pieces, missing = scanner_digest(), {}, []
    for year, digest in sorted(digests.items()):
        kept = read_pickle(memo / f"{year}.pickle")
        if isinstance(kept, GeojsonPiece) and kept.digest == digest and kept.scanner == scanner:
            pieces[year] = kept
        else:
            missing.append(year)
    if missing:
        for year, piece in zip(missing, _edition_pieces(events(missing), missing, digests, scanner), strict=True):
            pieces[year] = piece
            write_pickle(memo / f"{year}.pickle", piece)
    return [pieces[year] for year in sorted(pieces)]


def _edition_pieces(frame: pd.DataFrame, years: list[int], digests: dict[int, str], scanner: str
                    ) -> list[GeojsonPiece]:
    """The GeojsonPiece of each edition of `years` (sorted) from `frame`, their rows: the features of every edition
    built at once (a line depends on its event alone; they sort by edition first), then cut per edition, each
    share scanned on its own texts."""
    editions, lines, values, ids = _geojson_rows(frame)
    pieces = []
    for year in years:
        rows = np.flatnonzero(editions.eq(year).fillna(False).to_numpy(dtype=bool))
        start, stop = (int(rows[0]), int(rows[-1]) + 1) if len(rows) else (0, 0)
        properties = {name: set(texts[start:stop].tolist()) for name, texts in values.items()} if stop else {}
        pieces.append(GeojsonPiece(digests[year], ",\n".join(lines[start:stop]).encode("utf-8"), stop - start,
                                   geojson_unsafe(properties, set(ids[start:stop])), scanner))
    return pieces


def write_geojson_scanned(events: pd.DataFrame, target: Path, pieces: list[GeojsonPiece] | None = None
                          ) -> tuple[int, str, bool]:
    """write_geojson(events, target), and the sha256 of the file written with whether its content is unsafe to
    publish (privacy.geojson_unsafe: the scan of that file, from the texts it was written from). `pieces`: the
    file's features as geojson_pieces gives them for `events`, when already built. A value of the file is unsafe
    exactly when it is in some edition's share: the file is unsafe when one of its pieces is."""
    if pieces is None:
        lines, properties, ids = _geojson(events)
        pieces = [GeojsonPiece("", ",\n".join(lines).encode("utf-8"), len(lines), geojson_unsafe(properties, ids),
                               "")]
    shares = [piece.lines for piece in pieces if piece.features]
    body = b'{"type":"FeatureCollection","features":[\n' + b",\n".join(shares) + (b"\n" if shares else b"") \
        + b"]}\n"
    if not (target.is_file() and target.stat().st_size == len(body) and target.read_bytes() == body):
        staging = target.with_name(f".{target.name}.tmp-{os.getpid()}")  # else the same bytes: not rewritten
        staging.write_bytes(body)
        os.replace(staging, target)
    return sum(piece.features for piece in pieces), hashlib.sha256(body).hexdigest(), any(
        piece.unsafe for piece in pieces)
