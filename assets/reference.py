"""Reference geography (INSEE COG 2026 and commune contours) loaded from the vendored files into the warehouse."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.lib.reference import (
    COG_VINTAGE,
    load_commune_contours,
    load_communes,
    load_departements,
    load_regions,
    verify_manifest,
)
from assets.lib.warehouse import replace_table
from pipelines.resources import ReferenceData

_COMMON = dict(group_name="reference", kinds={"duckdb"})


def _load(table: str, frame, duckdb: DuckDBResource) -> dg.MaterializeResult:
    with duckdb.get_connection() as con:
        replace_table(con, table, frame)
    return dg.MaterializeResult(metadata={"dagster/row_count": len(frame), "cog_millesime": COG_VINTAGE})


@dg.asset(**_COMMON)
def cog_communes(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per COG entity (commune, arrondissement municipal, commune déléguée or associée); key code + type."""
    verify_manifest(reference.path)
    return _load("cog_communes", load_communes(reference.path), duckdb)


@dg.asset(**_COMMON)
def cog_departements(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per département (101); key code_departement."""
    return _load("cog_departements", load_departements(reference.path), duckdb)


@dg.asset(**_COMMON)
def cog_regions(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per région (18); key code_region."""
    return _load("cog_regions", load_regions(reference.path), duckdb)


@dg.asset(**_COMMON)
def commune_contours(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """Simplified WGS84 commune polygons (GPL-3.0, kept apart); key code_commune_insee, geometry as WKB."""
    contours = load_commune_contours(reference.path)
    frame = contours.drop(columns="geometry").assign(geometry_wkb=contours.geometry.to_wkb())
    result = _load("commune_contours", frame, duckdb)
    by_origin = contours["source_geometrie"].value_counts().to_dict()
    result.metadata.update({f"geometries_{origin}": int(n) for origin, n in sorted(by_origin.items())})
    return result
