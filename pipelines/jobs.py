"""Jobs: refresh the reference geography, build editions (partitioned), publish the release, put it on data.gouv.fr."""

import dagster as dg

# Sending the release to data.gouv.fr is never part of the main path: only its own job runs it.
DATAGOUV = dg.AssetSelection.assets("datagouv_publication")

refresh_reference_job = dg.define_asset_job(
    "refresh_reference_job", selection=dg.AssetSelection.groups("reference"),
    description="Load the vendored COG tables and commune contours into the warehouse.",
)
build_editions_job = dg.define_asset_job(
    "build_editions_job", selection=dg.AssetSelection.groups("ingest", "normalize", "geo"),
    description="Ingest, normalise and code the events of the selected editions.",
)
publish_events_job = dg.define_asset_job(
    "publish_events_job", selection=dg.AssetSelection.groups("indicators", "publish") - DATAGOUV,
    description="Compute the indicators, then write and validate the open data release from all built editions.",
)

publish_datagouv_job = dg.define_asset_job(
    "publish_datagouv_job", selection=DATAGOUV,
    description="Check the last release and publish it on data.gouv.fr (dry run by default: the plan only).",
)

ALL_JOBS = [refresh_reference_job, build_editions_job, publish_events_job, publish_datagouv_job]
