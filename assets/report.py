"""The edition report: static HTML pages under published/rapport/, built from the researchers' database."""

from functools import partial

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.lib.maps import DEPARTEMENT_CONTOURS_TABLE, kept_map_geometry, read_departement_shapes, shapes_key
from assets.lib.reference_tables import OVERSEAS_TABLE, content_digest
from assets.lib.report import load_report_data, update_report
from assets.lib.staged_release import Writer, current_staging
from assets.lib.warehouse import cache_dir
from assets.research import DATABASE_NAME
from pipelines.resources import Publisher

REPORT_DIR = "rapport"
# The maps' projected outlines, kept beside the warehouse for the reference they were drawn from.
OUTLINES_MEMO = "rapport-contours.pickle"
TEMPLATES_MEMO = "rapport-templates"  # beside the warehouse: the templates' compiled code (report._environment)


@dg.asset(deps=["research_database", DEPARTEMENT_CONTOURS_TABLE, OVERSEAS_TABLE], group_name="publish", kinds={"html"})
def edition_report(context: dg.AssetExecutionContext, duckdb: DuckDBResource,
                   publisher: Publisher) -> dg.MaterializeResult:
    """rapport/index.html (all editions) and rapport/edition-<année>.html (one per edition): headline figures,
    charts, département maps with the DROM in insets, top territories."""
    # The release being assembled, published by published_release.
    release = current_staging(publisher.path, Writer.of(context))
    cache, output = cache_dir(duckdb.database), release / REPORT_DIR
    with duckdb.get_connection() as con:
        overseas = con.execute(f"SELECT code_commune_insee, nom_commune FROM {OVERSEAS_TABLE}").df()
        data = load_report_data(release / DATABASE_NAME, overseas)
        key = shapes_key(content_digest(con, (DEPARTEMENT_CONTOURS_TABLE,)))
        outlines = partial(kept_map_geometry, cache / OUTLINES_MEMO, key, partial(read_departement_shapes, con))
        # Pages whose inputs did not change since the last report are neither rendered nor rewritten.
        outcome = update_report(data, outlines, key, output, cache / "rapport-pages.json", cache / TEMPLATES_MEMO)
    return dg.MaterializeResult(
        metadata={
            "pages": len(outcome["pages"]),
            "pages_rendered": dg.MetadataValue.json(outcome["rendered"]),
            "pages_rewritten": dg.MetadataValue.json(outcome["written"]),
            "index": dg.MetadataValue.path(str(publisher.path / REPORT_DIR / "index.html")),
            "bytes": sum((output / name).stat().st_size for name in outcome["pages"]),
        }
    )
