"""The reference geography as the reference assets materialised it in the warehouse, and the coders built on it
(the commune coder, the dedup's commune index), built once per process for a given content of those tables, and
kept between runs beside the warehouse (a new `mois-ess run` process loads them instead of building them again).

The assets that code or match places read these tables, which they declare as dependencies, rather than the
vendored files under data/reference/: the lineage Dagster shows is then what the code reads. The batch command
`mois-ess geocode` has no warehouse and keeps reading the files (Geocoder.from_reference).
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from assets.lib.collector import inherited_frozen
from assets.lib.fingerprint import combine, library_versions, tree_digest
from assets.lib.geocode_tables import ReferenceFrames
from assets.lib.parallel import worker_count
from assets.lib.warehouse import cache_dir, frame_of, table_exists

if TYPE_CHECKING:
    import geopandas as gpd

    from assets.lib.dedup import CommuneIndex
    from assets.lib.geocode import Geocoder

# Warehouse table of each reference asset (the table has the asset's name).
COMMUNES_TABLE = "cog_communes"
DEPARTEMENTS_TABLE = "cog_departements"
REGIONS_TABLE = "cog_regions"
OVERSEAS_TABLE = "cog_collectivites_outre_mer"
FORMER_TABLE = "cog_communes_anciennes"  # the names communes bore and bear no more
EPCI_TABLE = "cog_epci"  # the intercommunalities, whose names a commune field may hold
CONTOURS_TABLE = "commune_contours"
ISLANDS_TABLE = "contours_collectivites_outre_mer"  # islands of the overseas collectivities
COG_TABLES = (COMMUNES_TABLE, DEPARTEMENTS_TABLE, REGIONS_TABLE, OVERSEAS_TABLE, FORMER_TABLE, EPCI_TABLE)
GEOCODER_TABLES = (*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE)  # what the commune coder is built from
# What the dedup's commune index is built from (the intercommunalities: a town's neighbours).
INDEX_TABLES = (COMMUNES_TABLE, DEPARTEMENTS_TABLE, REGIONS_TABLE, FORMER_TABLE, EPCI_TABLE)
# commune_contours column: the restored communes (without a polygon of their own) that a polygon still covers,
# "|"-separated, from the contours' known issues in data/reference/MANIFEST.json.
COVERED_COLUMN = "autres_communes_couvertes"

# Coders built in this process, by (kind, content digest of the tables they were built from). A run, and every
# run of a test session, reads the same reference: one build serves them all.
_BUILT: dict[tuple[str, str], object] = {}
_MAX_BUILT = 4
# (memo file, key) of the memos this process found holding their coder or started writing: neither is read again,
# and a writer still at work is not started again.
_KEEPING: set[tuple[Path, tuple]] = set()
# What a built coder depends on besides the reference tables (with the code of assets/lib).
_LIBRARIES = ("numpy", "pandas", "pyarrow", "shapely", "geopandas", "rapidfuzz", "duckdb")


class ReferenceTablesMissing(RuntimeError):
    """A reference table was never materialised in this warehouse."""


def require_tables(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]) -> None:
    """Raise ReferenceTablesMissing when one of the reference `tables` was never materialised in this warehouse."""
    missing = [table for table in tables if not table_exists(con, table)]
    if missing:
        raise ReferenceTablesMissing(
            f"reference table(s) {', '.join(missing)} missing from the warehouse: materialise the reference group "
            "first (refresh_reference_job, the first stage of `mois-ess run`)"
        )


def content_digest(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]) -> str:
    """An order-independent digest of the rows of `tables`, computed by DuckDB (milliseconds on the reference)."""
    require_tables(con, tables)
    parts = []
    for table in tables:
        # fetchall, not fetchone: a result left open stops the next register() on this connection
        ((count, total),) = con.execute(f"SELECT count(*), sum(hash(t)::HUGEINT) FROM {table} AS t").fetchall()
        parts.append(f"{table}:{count}:{total}")
    return "|".join(parts)


def covered_column(contours: pd.DataFrame, shared: dict[str, set[str]]) -> pd.Series:
    """The COVERED_COLUMN value of each contour row: the codes of `shared` its COM polygon also covers."""
    joined = {code: "|".join(sorted(codes)) for code, codes in shared.items()}
    is_com = contours["type_commune"] == "COM"
    return contours["code_commune_insee"].map(joined).where(is_com).fillna("").astype(str)


def _frames(con: duckdb.DuckDBPyConnection, contours: pd.DataFrame) -> ReferenceFrames:
    covered = contours.loc[contours[COVERED_COLUMN] != "", ["code_commune_insee", COVERED_COLUMN]]
    return ReferenceFrames(
        # frame_of: the frame .df() gives, its text columns taken from Arrow (a third of the time on 37,000 rows)
        communes=frame_of(con, con.sql(f"SELECT * FROM {COMMUNES_TABLE}")),
        departements=con.execute(f"SELECT * FROM {DEPARTEMENTS_TABLE}").df(),
        regions=con.execute(f"SELECT * FROM {REGIONS_TABLE}").df(),
        overseas=con.execute(f"SELECT * FROM {OVERSEAS_TABLE}").df(),
        shared_polygons={code: set(codes.split("|")) for code, codes in covered.itertuples(index=False)},
        former=_former_communes(con),
        epci=con.execute(f"SELECT * FROM {EPCI_TABLE}").df(),
    )


def _former_communes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return frame_of(con, con.sql(f"SELECT * FROM {FORMER_TABLE}"))


def _epci(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return frame_of(con, con.sql(f"SELECT code_epci, type_epci, codes_communes FROM {EPCI_TABLE}"))


def read_contours(con: duckdb.DuckDBPyConnection) -> gpd.GeoDataFrame:
    """The commune_contours table as the GeoDataFrame load_commune_contours() gives (geometry from WKB)."""
    return _with_geometry(con.sql(f"SELECT * FROM {CONTOURS_TABLE}").to_arrow_table())


def read_islands(con: duckdb.DuckDBPyConnection) -> gpd.GeoDataFrame:
    """The islands table as load_collectivity_contours() gives it (geometry from WKB)."""
    return _with_geometry(con.sql(f"SELECT * FROM {ISLANDS_TABLE}").to_arrow_table())


def _with_geometry(table) -> gpd.GeoDataFrame:
    """The GeoDataFrame of an Arrow table of the warehouse whose geometry_wkb column holds WKB (null where a
    commune has no polygon): the WKB read from Arrow's buffers as bytes, with no copy per row into Python
    bytearrays and back."""
    import geopandas as gpd
    import shapely

    wkb = table.column("geometry_wkb").to_numpy(zero_copy_only=False)  # bytes, None where null
    frame = table.drop_columns(["geometry_wkb"]).to_pandas()
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(shapely.from_wkb(wkb), crs="EPSG:4326"))


@functools.cache
def _builder_version() -> str:
    """The code of assets/lib, Python's and the libraries' versions: a memo made by another version is not used."""
    lib = Path(__file__).resolve().parent
    return combine(tree_digest([lib], lib), sys.version, *library_versions(_LIBRARIES))


def _memo_file(con: duckdb.DuckDBPyConnection, kind: str) -> Path | None:
    """The memo of `kind` for the warehouse of `con`, <cache_dir>/<kind>.pickle, which holds the key the coder was
    built for, then the coder (None for a database in memory)."""
    ((database,),) = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchall()
    return cache_dir(database) / f"{kind}.pickle" if database else None


def _load_memo(memo: Path, key: tuple):
    """The coder kept in `memo` for `key`, or None (no memo, another key, or a file that does not load)."""
    try:
        with memo.open("rb") as file:
            if pickle.load(file) != key:  # the key comes first: a stale memo is not loaded further
                return None
            return pickle.load(file)
    except Exception:  # noqa: BLE001 - a memo that does not load (truncated, older classes) is built again
        return None


def _memo_key(memo: Path):
    """The key `memo` was written for (its first pickle, the coder not loaded), or None."""
    try:
        with memo.open("rb") as file:
            return pickle.load(file)
    except Exception:  # noqa: BLE001 - no memo, or one that does not load: none kept
        return None


def _write_memo(memo: Path, key: tuple, coder) -> None:
    """`coder` kept in `memo` for `key`, written under a temporary name then renamed (never half a file)."""
    staging = memo.with_name(f".{memo.name}.tmp-{os.getpid()}")
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        with staging.open("wb") as file:
            pickle.dump(key, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(coder, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, memo)
    except OSError:  # a read-only or full disk: the next run builds the coder again
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)


def _keep(memo: Path, key: tuple, coder) -> None:
    """_write_memo in a forked process when this platform forks (it inherits the coder, and pickling half a second
    of a big coder stays off this process's path); here otherwise."""
    if "fork" not in multiprocessing.get_all_start_methods():
        _write_memo(memo, key, coder)
        return
    multiprocessing.get_context("fork").Process(target=inherited_frozen, args=(_write_memo, memo, key, coder),
                                                daemon=False).start()


def _cached(kind: str, digest: str, build, memo: Path | None = None):
    """The coder of `kind` for reference content `digest`: built in this process already, else loaded from `memo`
    when it was made for the same content by the same code, else built. Kept in `memo` unless it holds it already
    (a coder this process built for another warehouse folder is kept in this one's too)."""
    key = (kind, digest)
    versioned = (kind, digest, _builder_version())
    if key not in _BUILT:
        if len(_BUILT) >= _MAX_BUILT:
            _BUILT.clear()
        coder = _load_memo(memo, versioned) if memo else None
        if coder is not None:  # the memo holds it: not read again below
            _KEEPING.add((memo, versioned))
        _BUILT[key] = build() if coder is None else coder
    if memo is not None and (memo, versioned) not in _KEEPING:
        if _memo_key(memo) != versioned:
            _keep(memo, versioned, _BUILT[key])
        _KEEPING.add((memo, versioned))
    return _BUILT[key]


def warehouse_geocoder(con: duckdb.DuckDBPyConnection) -> Geocoder:
    """The commune coder over the warehouse's COG tables and commune contours."""
    from assets.lib.geocode import Geocoder

    def build() -> Geocoder:
        contours = read_contours(con)
        # The name lookups are part of the build, and so of the memo: not built again by each process that codes.
        return Geocoder.from_frames(_frames(con, contours), contours, islands=read_islands(con)).with_name_lookups()

    return _cached("geocoder", content_digest(con, GEOCODER_TABLES), build, _memo_file(con, "geocoder"))


def geocoder_version(con: duckdb.DuckDBPyConnection) -> str:
    """What warehouse_geocoder() builds the coder from: the content of its reference tables, the code of assets/lib
    and the libraries' versions (the key of its memo)."""
    return combine(content_digest(con, GEOCODER_TABLES), _builder_version())


def commune_index_version(con: duckdb.DuckDBPyConnection) -> str:
    """What warehouse_commune_index() builds the index from, as geocoder_version() tells it for the coder."""
    return combine(content_digest(con, INDEX_TABLES), _builder_version())


def _index_communes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The columns of cog_communes the dedup's commune index is built from, with the names of their département and
    région."""
    from assets.lib.dedup import CommuneIndex

    return frame_of(con, con.sql(
        f"SELECT {', '.join(CommuneIndex.COLUMNS)} FROM {COMMUNES_TABLE} "
        f"LEFT JOIN (SELECT code_departement, nom_departement FROM {DEPARTEMENTS_TABLE}) USING (code_departement) "
        f"LEFT JOIN (SELECT code_region, nom_region FROM {REGIONS_TABLE}) USING (code_region)"))


def warehouse_commune_index(con: duckdb.DuckDBPyConnection) -> CommuneIndex:
    """The dedup's commune index over the warehouse's cog_communes table."""
    from assets.lib.dedup import CommuneIndex

    def build() -> CommuneIndex:
        return CommuneIndex.from_communes(_index_communes(con), _former_communes(con), _epci(con))

    return _cached("commune_index", content_digest(con, INDEX_TABLES), build, _memo_file(con, "commune_index"))


def _build_into_memo(memo: Path, key: tuple, communes: pd.DataFrame, former: pd.DataFrame, epci: pd.DataFrame
                     ) -> None:
    """In a forked process: the dedup's commune index over `communes`, the `former` ones and the intercommunalities,
    kept in `memo` for `key`."""
    from assets.lib.dedup import CommuneIndex

    _write_memo(memo, key, CommuneIndex.from_communes(communes, former, epci))


def _commune_index_forked(con: duckdb.DuckDBPyConnection) -> multiprocessing.Process | None:
    """A forked process building the dedup's commune index into its memo, from the table read here (the fork never
    touches the database), when this process may use a second one and has neither the index nor a memo holding it;
    None otherwise."""
    memo = _memo_file(con, "commune_index")
    if memo is None or worker_count() < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    digest = content_digest(con, INDEX_TABLES)
    versioned = ("commune_index", digest, _builder_version())
    if ("commune_index", digest) in _BUILT or (memo, versioned) in _KEEPING or _memo_key(memo) == versioned:
        return None
    process = multiprocessing.get_context("fork").Process(
        target=inherited_frozen,
        args=(_build_into_memo, memo, versioned, _index_communes(con), _former_communes(con), _epci(con)),
        daemon=False)
    process.start()
    return process


def warehouse_coders(con: duckdb.DuckDBPyConnection) -> dict[str, Path | None]:
    """Both coders of the warehouse's reference tables, built (or loaded) now, and the memo file of each kind
    (None for a database in memory). The commune index is built by a second process, which keeps it in its memo,
    while this one builds the commune coder; this one then loads it from that memo (or builds it, when the second
    process did not keep it)."""
    building = _commune_index_forked(con)
    warehouse_geocoder(con)
    if building is not None:
        building.join()
    warehouse_commune_index(con)
    return {kind: _memo_file(con, kind) for kind in ("geocoder", "commune_index")}
