"""Events coded with their official commune, département and région (current COG)."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.geocode import Geocoder
from assets.lib.schema import field_names
from assets.lib.warehouse import read_editions, replace_editions
from assets.partitions import editions, partition_years
from pipelines.resources import ReferenceData


@dg.asset(
    partitions_def=editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=["events", "cog_communes", "cog_departements", "cog_regions", "commune_contours"],
    group_name="geo",
    kinds={"duckdb", "geopandas"},
)
def events_geo(context: dg.AssetExecutionContext, duckdb: DuckDBResource, reference: ReferenceData) -> dg.MaterializeResult:
    """One row per event and edition with its INSEE codes and how they were decided; key (edition, identifiant)."""
    years = partition_years(context)
    geocoder = Geocoder.from_reference(reference.path)
    with duckdb.get_connection() as con:
        frame = read_editions(con, "events", years)
        codes = geocoder.code(frame)
        coded = pd.concat([frame, codes.drop(columns="nom_commune")], axis=1)[field_names("evenements")]
        replace_editions(con, "events_geo", coded, years)
    methods = coded["geocodage_methode"].value_counts(normalize=True).round(4)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(coded),
        "share_by_method": dg.MetadataValue.json({k: float(v) for k, v in sorted(methods.items())}),
    })
