"""The Dagster code location of mois-ess-data; the only place that reads the environment."""

import os
from pathlib import Path

import dagster as dg

from assets import datagouv, geo, indicators, ingest, normalize, publish, reference, report, research
from assets.lib.config import sources
from pipelines.jobs import ALL_JOBS
from pipelines.resources import CressFeeds, DataGouv, PlatformFeed, Publisher, ReferenceData, Warehouse
from pipelines.schedules import ALL_SCHEDULES
from pipelines.sensors import ALL_SENSORS

REPO_ROOT = Path(__file__).resolve().parents[1]
ASSET_MODULES = [reference, ingest, normalize, geo, indicators, publish, research, report]


def build_resources(data_dir: Path, reference_dir: Path | None = None, platform_url: str = "",
                    source_urls: dict[str, str] | None = None, openagenda_key: str | dg.EnvVar = "",
                    datagouv_key: dg.EnvVar | None = None) -> dict:
    """Resources over one data folder: feeds in raw/, DuckDB file and quarantine in warehouse/, release in
    published/. The defaults are the embedded sample; tests pass a temporary folder. `datagouv_key` is an
    EnvVar or None (no key): a plain string would be written into every run's snapshot (runs.db)."""
    if datagouv_key is not None and not isinstance(datagouv_key, dg.EnvVar):
        raise TypeError("datagouv_key must be dg.EnvVar(...), never the key itself")
    (data_dir / "warehouse").mkdir(parents=True, exist_ok=True)
    return {
        "duckdb": Warehouse(database=str(data_dir / "warehouse" / "pipeline.duckdb")),
        "platform_feed": PlatformFeed(base_url=platform_url, raw_dir=str(data_dir / "raw")),
        "cress_feeds": CressFeeds(raw_dir=str(data_dir / "raw"), urls=source_urls or {}, openagenda_key=openagenda_key),
        "reference": ReferenceData(root=str(reference_dir or data_dir / "reference")),
        "publisher": Publisher(output_dir=str(data_dir / "published"), quarantine_dir=str(data_dir / "warehouse")),
        "datagouv": DataGouv(config_path=str(REPO_ROOT / "config" / "datagouv.yaml"),
                             state_dir=str(data_dir / "warehouse" / "datagouv"),
                             api_key=datagouv_key if datagouv_key is not None else ""),
    }


all_assets = dg.load_assets_from_modules(ASSET_MODULES)
all_checks = dg.load_asset_checks_from_modules(ASSET_MODULES)
# Publication on data.gouv.fr: in the graph and in its own job, never in the main job's path (make run).
publication_assets = dg.load_assets_from_modules([datagouv])

defs = dg.Definitions(
    assets=[*all_assets, *publication_assets],
    asset_checks=all_checks,
    jobs=ALL_JOBS,
    schedules=ALL_SCHEDULES,
    sensors=ALL_SENSORS,
    resources=build_resources(
        Path(os.environ.get("MOIS_ESS_DATA_DIR", REPO_ROOT / "data")),
        platform_url=os.environ.get("MOIS_ESS_PLATFORM_URL", ""),
        # Regional sources: MOIS_ESS_SOURCE_URL_<NAME> per source; the OpenAgenda key stays a secret.
        source_urls={name: os.environ[source.url_env] for name, source in sources().items()
                     if source.source_kind.feed == "cress_feeds" and os.environ.get(source.url_env)},
        openagenda_key=dg.EnvVar("MOIS_ESS_OPENAGENDA_KEY") if os.environ.get("MOIS_ESS_OPENAGENDA_KEY") else "",
        datagouv_key=dg.EnvVar("DATAGOUV_API_KEY") if os.environ.get("DATAGOUV_API_KEY") else None,
    ),
    executor=dg.in_process_executor,  # one DuckDB file, one writer
)
