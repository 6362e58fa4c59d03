"""Loaders for the vendored reference geography (COG 2026 tables, commune contours) in data/reference/.

The files are rebuilt by `scripts/build_reference.py`; `MANIFEST.json` beside them records their
sha256, row counts, licences and source packages. The COG tables are Licence Ouverte 2.0, the
contours GPL-3.0 (see data/reference/contours/LICENSE.md): keep them apart in published outputs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa

from assets.lib.digest import sha256_file

if TYPE_CHECKING:
    import geopandas as gpd

COG_VINTAGE = 2026
REFERENCE_DIR = Path(__file__).resolve().parents[2] / "data" / "reference"
MANIFEST_NAME = "MANIFEST.json"

COMMUNES_PATH = f"cog{COG_VINTAGE}/communes.parquet"
DEPARTEMENTS_PATH = f"cog{COG_VINTAGE}/departements.parquet"
REGIONS_PATH = f"cog{COG_VINTAGE}/regions.parquet"
OVERSEAS_PATH = f"cog{COG_VINTAGE}/collectivites_outre_mer.parquet"
FORMER_COMMUNES_PATH = f"cog{COG_VINTAGE}/communes_anciennes.parquet"
FORMER_COMMUNE_COLUMNS = ["code_commune_ancienne", "nom_commune_ancienne", "code_commune_insee", "code_departement"]
EPCI_PATH = f"cog{COG_VINTAGE}/epci.parquet"
EPCI_COLUMNS = ["code_epci", "nom_epci", "type_epci", "codes_communes"]
CONTOURS_PATH = "contours/communes.geoparquet"
DEPARTEMENT_CONTOURS_PATH = "contours/departements.geoparquet"  # dissolved from CONTOURS_PATH by the builder
COLLECTIVITY_CONTOURS_PATH = "contours_com/collectivites_outre_mer.geoparquet"

# Overseas collectivities whose communes are coded (INSEE codes 975xx, 977xx, 978xx, 986xx, 987xx,
# 988xx). The COG gives each one code used at both the département and the région level. The TAAF
# (984) and Clipperton (989) have no commune and stay an abstention.
CODED_COLLECTIVITIES = ("975", "977", "978", "986", "987", "988")
# INSEE TYPECOM values in communes.parquet; only COM are communes (COMD/COMA/ARM are sub-units).
COMMUNE_TYPES = ("COM", "COMD", "COMA", "ARM")
# How each polygon of the contours was obtained.
GEOMETRY_SOURCES = ("direct", "union_anciennes_communes", "absent")


class ReferenceDataError(RuntimeError):
    """The reference files are missing or differ from what MANIFEST.json records."""


def _root(root: Path | None) -> Path:
    return Path(root) if root is not None else REFERENCE_DIR


# Files read in this process, by path and (size, modification time): every run of a process (the tests build many
# releases) loads the same reference. Callers get a copy.
_LOADED: dict[tuple[str, int, int], pd.DataFrame] = {}


def _read_once(path: Path, loaded: dict, read):
    """read(path), kept in `loaded` by path, size and modification time: read again only when the file changed."""
    if not path.exists():
        raise ReferenceDataError(f"{path} is missing; rebuild it with `python scripts/build_reference.py`")
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in loaded:
        loaded[key] = read(path)
    return loaded[key]


def _cached_read(path: Path, read):
    return _read_once(path, _LOADED, read).copy()


def _read(root: Path | None, relative: str) -> pd.DataFrame:
    return _cached_read(_root(root) / relative, pd.read_parquet)


def load_communes(root: Path | None = None) -> pd.DataFrame:
    """Every COG 2026 entity of France (métropole + DROM): one row per (code_commune_insee, type_commune).

    type_commune is COM, COMD, COMA or ARM; a COMD can share its code with its COM, so filter on
    type_commune == "COM" before counting or joining communes. code_commune_parente is the COM of a
    COMD/COMA/ARM ("" for a COM); codes_postaux and anciens_codes are sorted, "|"-separated.
    Overseas collectivities (975, 977, 978, 98x) are not here: see load_overseas_collectivities().
    """
    return _read(root, COMMUNES_PATH)


def load_departements(root: Path | None = None) -> pd.DataFrame:
    """The 101 départements: code_departement (2A/2B for Corse, 971-976 for DROM), nom, region, chef-lieu."""
    return _read(root, DEPARTEMENTS_PATH)


def load_regions(root: Path | None = None) -> pd.DataFrame:
    """The 18 régions: code_region, nom_region, chef_lieu."""
    return _read(root, REGIONS_PATH)


def load_former_communes(root: Path | None = None) -> pd.DataFrame:
    """The names communes bore and no entity of theirs bears now (since 2008; those of communes absorbed, whenever):
    code_commune_ancienne (the code that bore it), nom_commune_ancienne, and the COM of COG 2026 that code is part of
    (code_commune_insee, code_departement). Empty for a reference folder built before this table."""
    if not (_root(root) / FORMER_COMMUNES_PATH).exists():
        return pd.DataFrame({column: pd.Series(dtype="string") for column in FORMER_COMMUNE_COLUMNS})
    return _read(root, FORMER_COMMUNES_PATH)


def load_epci(root: Path | None = None) -> pd.DataFrame:
    """The intercommunalities (EPCI à fiscalité propre and the Grand Paris' EPT): code_epci (SIREN), nom_epci
    (« CA Quimper Bretagne Occidentale »), type_epci (CC, CA, CU, METRO, MET69, EPT) and codes_communes, their members'
    codes "|"-separated. Empty for a reference folder built before this table."""
    if not (_root(root) / EPCI_PATH).exists():
        return pd.DataFrame({column: pd.Series(dtype="string") for column in EPCI_COLUMNS})
    return _read(root, EPCI_PATH)


def load_overseas_collectivities(root: Path | None = None) -> pd.DataFrame:
    """Communes of the overseas collectivities (975, 977, 978, 984, 986, 987, 988, 989), one row each.

    The collectivity (code_collectivite, nom_collectivite, chef_lieu_collectivite) is repeated on
    each of its communes; `.drop_duplicates("code_collectivite")` gives one row per collectivity.
    """
    return _read(root, OVERSEAS_PATH)


def load_commune_contours(root: Path | None = None) -> gpd.GeoDataFrame:
    """Simplified polygons (EPSG:4326) of every COM and ARM, one row per (code_commune_insee, type_commune).

    A commune with source_geometrie == "absent" has a null geometry. An ARM polygon lies inside its
    commune's: for a point-in-polygon lookup select one type_commune. GPL-3.0 data.
    """
    import geopandas as gpd  # imported here: most callers only need the tables

    return _cached_read(_root(root) / CONTOURS_PATH, gpd.read_parquet)


def load_departement_contours(root: Path | None = None) -> gpd.GeoDataFrame:
    """One simplified polygon (EPSG:4326) per département (code_departement, geometry), dissolved from the
    commune contours by scripts/build_reference.py (maps.dissolve_departements); the report's maps. GPL-3.0."""
    import geopandas as gpd

    return _cached_read(_root(root) / DEPARTEMENT_CONTOURS_PATH, gpd.read_parquet)


# Where GeoParquet records the geometry column and its encoding (the file metadata key of the GeoParquet spec).
_GEO_METADATA = b"geo"
WKB_COLUMN = "geometry_wkb"  # the geometry column of a contours table in the warehouse


def _with_wkb_as_stored(path: Path) -> pa.Table:
    """The GeoParquet file at `path` as an Arrow table whose geometry column, renamed WKB_COLUMN, holds the WKB bytes
    as stored; a file whose geometry is encoded otherwise is parsed (geopandas) and written out as WKB."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    geo = json.loads((table.schema.metadata or {}).get(_GEO_METADATA, b"{}"))
    column = geo.get("primary_column", "geometry")
    encoding = geo.get("columns", {}).get(column, {}).get("encoding")
    if encoding != "WKB" or not pa.types.is_binary(table.schema.field(column).type):
        import geopandas as gpd

        frame = gpd.read_parquet(path)
        return pa.Table.from_pandas(frame.drop(columns=column).assign(**{WKB_COLUMN: frame[column].to_wkb()}),
                                    preserve_index=False)
    # Rebuilt from the columns alone: the file's field metadata (geoarrow.wkb) would make DuckDB type the column
    # GEOMETRY instead of BLOB.
    names = [WKB_COLUMN if name == column else name for name in table.column_names]
    return pa.Table.from_arrays(table.columns, names=names)


# Geometry files read in this process as Arrow tables (immutable, so shared), as _LOADED keeps the frames.
_LOADED_WKB: dict[tuple[str, int, int], pa.Table] = {}


def geometry_table(relative: str, root: Path | None = None) -> pa.Table:
    """The contours file `relative` (CONTOURS_PATH, DEPARTEMENT_CONTOURS_PATH or COLLECTIVITY_CONTOURS_PATH) as the
    reference assets store it: its columns, then its geometry as WKB_COLUMN, the file's WKB bytes unparsed (the
    bytes shapely's to_wkb() writes for the geometries load_*_contours() parse, tests/lib/test_reference.py)."""
    return _read_once(_root(root) / relative, _LOADED_WKB, _with_wkb_as_stored)


def load_manifest(root: Path | None = None) -> dict:
    path = _root(root) / MANIFEST_NAME
    if not path.exists():
        raise ReferenceDataError(f"{path} is missing; rebuild it with `python scripts/build_reference.py`")
    return json.loads(path.read_text(encoding="utf-8"))


def verify_manifest(root: Path | None = None) -> dict:
    """Recompute the sha256 of every file listed in MANIFEST.json; return the manifest.

    Raises ReferenceDataError naming each missing file and each sha256 mismatch (a file edited by
    hand, a partial copy, a rebuild from other sources without updating the manifest).
    """
    base = _root(root)
    manifest = load_manifest(base)
    problems = []
    for entry in manifest.get("files", []):
        path = base / entry["path"]
        if not path.exists():
            problems.append(f"{entry['path']}: missing")
            continue
        actual = sha256_file(path)
        if actual != entry["sha256"]:
            problems.append(f"{entry['path']}: sha256 {actual} but the manifest records {entry['sha256']}")
    if not manifest.get("files"):
        problems.append("the manifest lists no file")
    if problems:
        raise ReferenceDataError(
            f"reference data in {base} does not match {MANIFEST_NAME}:\n  "
            + "\n  ".join(problems)
            + "\nRebuild with `python scripts/build_reference.py` (or restore the files from git)."
        )
    return manifest


def load_collectivity_contours(root: Path | None = None) -> gpd.GeoDataFrame:
    """One polygon (EPSG:4326) per island of the six coded overseas collectivities (Natural Earth
    1:10m): code_collectivite, code_commune_insee (empty where the island holds several communes),
    geometry. Empty when the file is absent (a reference built before it)."""
    import geopandas as gpd

    path = _root(root) / COLLECTIVITY_CONTOURS_PATH
    if not path.exists():
        empty = {"code_collectivite": pd.Series(dtype=str), "code_commune_insee": pd.Series(dtype=str)}
        return gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
    return gpd.read_parquet(path)
