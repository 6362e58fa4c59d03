"""The edition report: static HTML pages under published/rapport/, built from the researchers' database."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.lib.maps import departement_shapes
from assets.lib.report import load_report_data, render_report, write_report
from assets.research import DATABASE_NAME
from pipelines.resources import Publisher, ReferenceData

REPORT_DIR = "rapport"


@dg.asset(deps=["research_database"], group_name="publish", kinds={"html"})
def edition_report(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, publisher: Publisher, reference: ReferenceData
) -> dg.MaterializeResult:
    """rapport/index.html (all editions) and rapport/edition-<année>.html (one per edition): headline figures,
    charts, département maps with the DROM in insets, top territories."""
    data = load_report_data(publisher.path / DATABASE_NAME)
    # The dissolved département contours are cached beside the warehouse, keyed by the reference files.
    shapes = departement_shapes(reference.path, Path(duckdb.database).parent / "cache")
    pages = render_report(data, shapes)
    written = write_report(pages, publisher.path / REPORT_DIR)
    context.log.info(f"report written to {publisher.path / REPORT_DIR}")
    return dg.MaterializeResult(
        metadata={
            "pages": len(written),
            "index": dg.MetadataValue.path(str(publisher.path / REPORT_DIR / "index.html")),
            "bytes": sum(p.stat().st_size for p in written),
        }
    )
