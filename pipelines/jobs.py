"""Jobs: refresh the reference geography, build editions (partitioned), compute indicators, publish the release,
put it on data.gouv.fr.

STAGES is the one definition of the run order: `mois-ess run` and the tests run these jobs, in this order.
"""

from dataclasses import dataclass
from typing import Any

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
compute_indicators_job = dg.define_asset_job(
    "compute_indicators_job", selection=dg.AssetSelection.groups("indicators"),
    description="Compute the indicators of every built edition; their blocking checks gate the release.",
)
publish_events_job = dg.define_asset_job(
    "publish_events_job", selection=dg.AssetSelection.groups("publish") - DATAGOUV,
    description="Write and validate the open data release from all built editions, then its copies and report.",
)


@dataclass(frozen=True)
class Stage:
    """One step of the main run: a job, its French label for the console, and whether it runs the selected
    editions (a single-run backfill) or the whole history (unpartitioned)."""

    label: str
    job: Any  # what dg.define_asset_job returns (its class is not part of Dagster's public API)
    partitioned: bool


# Dagster runs partitioned and unpartitioned assets separately, hence one job per stage.
STAGES = [
    Stage("référentiel géographique", refresh_reference_job, False),
    Stage("éditions", build_editions_job, True),
    Stage("indicateurs", compute_indicators_job, False),
    Stage("publication", publish_events_job, False),
]

publish_datagouv_job = dg.define_asset_job(
    "publish_datagouv_job", selection=DATAGOUV,
    description="Check the last release and publish it on data.gouv.fr (dry run by default: the plan only).",
)

ALL_JOBS = [*(stage.job for stage in STAGES), publish_datagouv_job]
