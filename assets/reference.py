"""Reference geography (INSEE COG 2026 and commune contours) loaded from the vendored files into the warehouse,
where the assets that code or match places read it."""

import dagster as dg
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from assets.lib.geocode_tables import shared_polygons
from assets.lib.maps import DEPARTEMENT_CONTOURS_TABLE
from assets.lib.reference import (
    COG_VINTAGE,
    COLLECTIVITY_CONTOURS_PATH,
    CONTOURS_PATH,
    DEPARTEMENT_CONTOURS_PATH,
    WKB_COLUMN,
    geometry_table,
    load_collectivity_contours,
    load_communes,
    load_departements,
    load_epci,
    load_former_communes,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
    verify_manifest,
)
from assets.lib.reference_tables import (
    COG_TABLES,
    CONTOURS_TABLE,
    COVERED_COLUMN,
    EPCI_TABLE,
    FORMER_TABLE,
    ISLANDS_TABLE,
    OVERSEAS_TABLE,
    covered_column,
    warehouse_coders,
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
def cog_collectivites_outre_mer(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per commune of an overseas collectivity (975, 977, 978, 984, 986-989), outside the COG communes;
    key code_commune_insee."""
    return _load(OVERSEAS_TABLE, load_overseas_collectivities(reference.path), duckdb)


@dg.asset(**_COMMON)
def cog_communes_anciennes(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per name a commune bore and bears no more (renamed since 2008, absorbed whenever), with the commune of
    today; key code_commune_ancienne + nom_commune_ancienne. The coder and the dedup's index read these names too."""
    return _load(FORMER_TABLE, load_former_communes(reference.path), duckdb)


@dg.asset(**_COMMON)
def cog_epci(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per intercommunality (EPCI à fiscalité propre, EPT of the Grand Paris) with its member communes; key
    code_epci. The coder reads their names: « Quimper Bretagne Occidentale » in a commune field is no commune."""
    return _load(EPCI_TABLE, load_epci(reference.path), duckdb)


@dg.asset(**_COMMON)
def commune_contours(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """Simplified WGS84 commune polygons (GPL-3.0, kept apart); key code_commune_insee + type_commune, geometry
    as WKB; autres_communes_couvertes names the restored communes without a polygon that one still covers."""
    # The WKB of the file goes to the table as it is: parsing it into shapely to write the same bytes back was most
    # of this step (the coder parses the table's WKB, commune_coders).
    contours = geometry_table(CONTOURS_PATH, reference.path)
    shared = shared_polygons(load_manifest(reference.path))
    keys = contours.select(["code_commune_insee", "type_commune"]).to_pandas()
    covered = pa.array(covered_column(keys, shared).tolist(), type=pa.string())
    table = contours.add_column(contours.column_names.index(WKB_COLUMN), COVERED_COLUMN, covered)
    result = _load("commune_contours", table, duckdb)
    by_origin = contours.column("source_geometrie").to_pandas().value_counts().to_dict()
    result.metadata.update({f"geometries_{origin}": int(n) for origin, n in sorted(by_origin.items())})
    return result


@dg.asset(**_COMMON)
def contours_collectivites_outre_mer(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One polygon per island of the overseas collectivities (Natural Earth 1:10m, public domain);
    code_commune_insee set where the island is one commune; geometry as WKB."""
    if not (reference.path / COLLECTIVITY_CONTOURS_PATH).exists():  # a reference built before the islands
        islands = load_collectivity_contours(reference.path)
        frame = islands.drop(columns="geometry").assign(geometry_wkb=islands.geometry.to_wkb())
        return _load(ISLANDS_TABLE, frame, duckdb)
    return _load(ISLANDS_TABLE, geometry_table(COLLECTIVITY_CONTOURS_PATH, reference.path), duckdb)


@dg.asset(**_COMMON)
def departement_contours(duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One simplified polygon per département (GPL-3.0, dissolved from the commune contours when the reference
    was built); key code_departement, geometry as WKB. The outlines of the report's maps."""
    return _load(DEPARTEMENT_CONTOURS_TABLE, geometry_table(DEPARTEMENT_CONTOURS_PATH, reference.path), duckdb)


@dg.asset(deps=[*COG_TABLES, CONTOURS_TABLE, ISLANDS_TABLE], group_name="reference", kinds={"duckdb", "python"})
def commune_coders(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """The commune coder (events_geo) and the dedup's commune index (events_unique), built from the reference
    tables once per reference content: an edition run uses them as they are, a new process loads them from
    warehouse/cache/ (assets.lib.reference_tables)."""
    with duckdb.get_connection() as con:
        memos = warehouse_coders(con)
    return dg.MaterializeResult(metadata={
        f"memo_{kind}": dg.MetadataValue.path(str(memo)) for kind, memo in memos.items() if memo is not None
    })
