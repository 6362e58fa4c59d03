"""Sensors: a new snapshot dropped or fetched into data/raw triggers a rebuild of its edition."""

import json
from pathlib import Path

import dagster as dg

from assets.lib.config import edition_years, sources
from pipelines.jobs import build_editions_job
from pipelines.resources import PlatformFeed


def snapshot_folders(raw_dir: Path) -> dict[str, str]:
    """Latest snapshot folder name per `<source>/<edition>` under raw_dir, for the opened editions."""
    latest = {}
    for source in sources().values():
        for year in edition_years():
            folder = raw_dir / source.location / str(year)
            names = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")) \
                if folder.is_dir() else []
            if names:
                latest[f"{source.name}/{year}"] = names[-1]
    return latest


@dg.sensor(job=build_editions_job, minimum_interval_seconds=300, default_status=dg.DefaultSensorStatus.STOPPED)
def build_editions_job_sensor(context: dg.SensorEvaluationContext, platform_feed: PlatformFeed):
    """Request a build of each edition whose latest snapshot changed since the last evaluation."""
    seen = json.loads(context.cursor) if context.cursor else {}
    latest = snapshot_folders(Path(platform_feed.raw_dir))
    changed = sorted({key.split("/")[1] for key, name in latest.items() if seen.get(key) != name})
    for year in changed:
        snapshots = ",".join(f"{k}={v}" for k, v in sorted(latest.items()) if k.endswith(f"/{year}"))
        yield dg.RunRequest(partition_key=year, run_key=f"{year}:{snapshots}")
    context.update_cursor(json.dumps(latest, sort_keys=True))


ALL_SENSORS = [build_editions_job_sensor]
