"""Jobs: refresh the reference geography, build editions (partitioned), publish the release."""

import dagster as dg

refresh_reference_job = dg.define_asset_job(
    "refresh_reference_job", selection=dg.AssetSelection.groups("reference"),
    description="Load the vendored COG tables and commune contours into the warehouse.",
)
build_editions_job = dg.define_asset_job(
    "build_editions_job", selection=dg.AssetSelection.groups("ingest", "normalize", "geo"),
    description="Ingest, normalise and code the events of the selected editions.",
)
publish_events_job = dg.define_asset_job(
    "publish_events_job", selection=dg.AssetSelection.groups("indicators", "publish"),
    description="Compute the indicators, then write and validate the open data release from all built editions.",
)

ALL_JOBS = [refresh_reference_job, build_editions_job, publish_events_job]
