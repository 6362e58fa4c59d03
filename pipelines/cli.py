"""`mois-ess`: the command line of the pipeline (run the main job; later: geocode, report)."""

import argparse
import os
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from assets.lib.config import ConfigError, edition_years, sources, use_sources_file
from assets.lib.counts import format_counts, quarantine_reasons, record_counts
from assets.lib.warehouse import table_exists
from pipelines.jobs import ALL_JOBS, STAGES, Stage

# The console shows one line per stage and the run summary; Dagster's step events stay in the run logs
# (`make dev` shows them).
QUIET_CONSOLE = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
EDITIONS_TAG, STAGE_TAG = "mois_ess/editions", "mois_ess/etape"


@dataclass
class StageFailure(Exception):
    stage: str
    messages: list[str]


def editions_with_data(raw_dir: Path) -> list[int]:
    """Opened editions that have at least one snapshot folder under data/raw for some source."""
    found = set()
    for source in sources().values():
        for year in edition_years():
            folder = raw_dir / source.location / str(year)
            if folder.is_dir() and any(p.is_dir() for p in folder.iterdir()):
                found.add(year)
    return sorted(found)


def run_tags(stage: Stage, years: list[int]) -> dict[str, str]:
    """Tags telling the runs of `mois-ess run` apart in the Dagster UI: editions and stage, plus the partition
    range of a partitioned stage (one single-run backfill for every edition)."""
    tags = {EDITIONS_TAG: ",".join(map(str, years)), STAGE_TAG: stage.label}
    if stage.partitioned:
        tags |= {RANGE_START: str(years[0]), RANGE_END: str(years[-1])}
    return tags


def materialize_all(resources: dict, years: list[int], instance: dg.DagsterInstance | None = None,
                    until: str | None = None, on_stage=None) -> list:
    """Run the stages' jobs (pipelines.jobs.STAGES) in order for `years`, up to the stage labelled `until`
    (all by default); raises StageFailure naming the stage. `on_stage(label, seconds)` is called when a
    stage starts (seconds None) and when it ends."""
    from pipelines.definitions import all_assets, all_checks

    defs = dg.Definitions(assets=all_assets, asset_checks=all_checks, jobs=ALL_JOBS, resources=resources,
                          executor=dg.in_process_executor)
    results = []
    for stage in STAGES:
        started = time.monotonic()
        if on_stage:
            on_stage(stage.label, None)
        result = defs.resolve_job_def(stage.job.name).execute_in_process(
            instance=instance, tags=run_tags(stage, years), raise_on_error=False, run_config=QUIET_CONSOLE)
        # A WARN check (e.g. edition_counts_stable) flags data for review without stopping the run.
        failed_checks = [c.check_name for c in result.get_asset_check_evaluations()
                         if not c.passed and c.severity != dg.AssetCheckSeverity.WARN]
        if not result.success or failed_checks:
            messages = [event.message or "" for event in result.all_events if event.is_failure]
            raise StageFailure(stage.label, messages + [f"contrôle en échec : {name}" for name in failed_checks])
        if on_stage:
            on_stage(stage.label, time.monotonic() - started)
        results.append(result)
        if stage.label == until:
            break
    return results


def _instance() -> dg.DagsterInstance:
    # With DAGSTER_HOME set (make run does), runs are kept and show in `dagster dev`.
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def _french_seconds(seconds: float) -> str:
    return f"{seconds:.1f}".replace(".", ",") + " s"


def print_stage(label: str, seconds: float | None) -> None:
    """One console line when a stage starts and one when it ends, with its duration."""
    if seconds is None:
        print(f"… {label}", flush=True)
    else:
        print(f"✓ {label} ({_french_seconds(seconds)})", flush=True)


def check_config() -> str | None:
    """The configuration mistake that stops the run before anything is written, or None."""
    try:
        sources()
    except ConfigError as error:
        return str(error)
    return None


def run_main_job(editions: list[int] | None = None) -> int:
    problem = check_config()
    if problem:
        print(f"mois-ess : configuration invalide, rien n'a été exécuté.\n{problem}", file=sys.stderr)
        return 2
    from pipelines.definitions import defs

    resources = defs.resources
    raw_dir = Path(resources["platform_feed"].raw_dir)
    years = editions or editions_with_data(raw_dir)
    if not years:
        print(f"Aucune édition à construire : rien sous {raw_dir}", file=sys.stderr)
        return 1
    started = time.monotonic()
    retired = retired_sources(Path(resources["duckdb"].database), set(sources()))
    print(f"Éditions {', '.join(map(str, years))}")
    try:
        with _instance() as instance:
            materialize_all(resources, years, instance, on_stage=print_stage)
    except StageFailure as failure:
        print(f"Échec de l'étape {failure.stage} ; la publication précédente est conservée.", file=sys.stderr)
        for message in failure.messages:
            print(f"  {message}", file=sys.stderr)
        return 1
    print_summary(Path(resources["duckdb"].database), Path(resources["publisher"].output_dir))
    for name, rows in sorted(retired.items()):
        print(f"Source retirée de la configuration : {name} ({rows} enregistrements de la publication "
              "précédente, retirés avec elle des éditions reconstruites)")
    print_headlines(Path(resources["publisher"].output_dir))
    print(f"\nDurée : {_french_seconds(time.monotonic() - started)}")
    return 0


def retired_sources(database: Path, declared: set[str]) -> dict[str, int]:
    """Sources with records in the warehouse that config/sources.yaml no longer declares (before a run)."""
    if not database.exists():
        return {}
    with duckdb.connect(str(database), read_only=True) as con:
        if not table_exists(con, "raw_events"):
            return {}
        rows = con.execute("SELECT source, count(*) FROM raw_events GROUP BY source").fetchall()
    return {name: int(n) for name, n in rows if name not in declared}


def print_summary(database: Path, published: Path) -> None:
    with duckdb.connect(str(database), read_only=True) as con:
        counts = record_counts(con)
        reasons = quarantine_reasons(con)
        stale = con.execute("SELECT source, edition, snapshot, fetched_at, stale_reason FROM raw_snapshots "
                            "WHERE stale_reason <> '' ORDER BY source, edition").fetchall() \
            if table_exists(con, "raw_snapshots") else []
    print("\nEnregistrements par édition et par source (lus = publiés + fusionnés + en quarantaine) :")
    print(format_counts(counts))
    for source, edition, snapshot, fetched_at, reason in stale:
        print(f"Source périmée : {source} {edition}, publiée depuis l'instantané {snapshot}"
              f"{f' (récupéré le {fetched_at})' if fetched_at else ''} ; {reason}")
    if not reasons.empty:
        print("\nQuarantaine par champ et motif :")
        print(reasons.groupby(["champ", "motif"])["n"].sum().reset_index().to_string(index=False))
    print("\nFichiers publiés :")
    for path in sorted(published.glob("*")):
        if path.is_file() and not path.name.startswith("."):
            print(f"  {path}  {path.stat().st_size / 1024:,.1f} Kio")


def run_report() -> int:
    """Rebuild the HTML report from the last release, print the headline figures and where the report is."""
    from assets.lib.report import format_headlines
    from assets.report import REPORT_DIR
    from assets.research import DATABASE_NAME
    from pipelines.definitions import all_assets, defs

    published = Path(defs.resources["publisher"].output_dir)
    if not (published / DATABASE_NAME).exists():
        print(f"Pas de publication dans {published} : lancer d'abord « mois-ess run ».", file=sys.stderr)
        return 1
    with _instance() as instance:
        result = dg.materialize(all_assets, selection=dg.AssetSelection.assets("edition_report"),
                                resources=defs.resources, instance=instance, raise_on_error=False,
                                run_config=QUIET_CONSOLE)
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(f"  {event.message}", file=sys.stderr)
        return 1
    print("Chiffres clés par édition :")
    print(format_headlines(published / DATABASE_NAME))
    print(f"\nRapport : {published / REPORT_DIR / 'index.html'}")
    return 0


def print_headlines(published: Path) -> None:
    from assets.lib.report import format_headlines
    from assets.research import DATABASE_NAME

    print("\nChiffres clés par édition (indicateurs_editions.csv ; rapport : rapport/index.html) :")
    print(format_headlines(published / DATABASE_NAME))


def run_geocode(source: Path, target: Path, progress: bool | None = None) -> int:
    """`mois-ess geocode`: code a user's CSV file; errors are reported in French, exit code 2."""
    from assets.lib.geocode_batch import BatchError, geocode_csv

    started = time.monotonic()
    try:
        report = geocode_csv(source, target, progress=progress)
    except BatchError as error:
        print(f"mois-ess geocode : {error}", file=sys.stderr)
        return 2
    coded = report.rows - report.methods.get("aucun", 0)
    share = f" ({coded / report.rows:.1%})" if report.rows else ""
    used = ", ".join(f"{role} ← « {header} »" for role, header in report.columns_used.items())
    print(f"{report.rows} lignes lues (séparateur « {report.separator} » ; colonnes : {used})")
    print(f"{coded} lignes codées{share} ; par méthode : "
          + ", ".join(f"{m} {n}" for m, n in sorted(report.methods.items(), key=lambda kv: -kv[1])))
    print(f"Écrit : {target}  ({time.monotonic() - started:.1f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mois-ess", description="Pipeline open data du Mois de l'ESS.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="construire toutes les éditions présentes dans data/raw et publier")
    run.add_argument("--edition", type=int, action="append", help="ne reconstruire que cette édition (répétable)")
    run.add_argument("--sources", type=Path, default=None,
                     help="fichier de configuration des sources (par défaut : config/sources.yaml)")
    commands.add_parser("report", help="reconstruire le rapport HTML (data/published/rapport/)")
    geocode = commands.add_parser(
        "geocode", help="coder les lieux d'un fichier CSV (commune, département, région)")
    geocode.add_argument(
        "input", type=Path, help="CSV UTF-8 (, ou ;) avec adresse, code_postal, commune, latitude, longitude")
    geocode.add_argument(
        "-o", "--output", type=Path, required=True, help="fichier CSV écrit (colonnes ajoutées)")
    geocode.add_argument("--progression", action=argparse.BooleanOptionalAction, default=None,
                         help="afficher la barre de progression (par défaut : au-delà de 50 000 lignes)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=dg.BetaWarning)  # backfill_policy: beta, used on purpose
    if args.command == "run":
        if args.sources is not None:
            use_sources_file(args.sources)
        return run_main_job(sorted(args.edition) if args.edition else None)
    if args.command == "report":
        return run_report()
    if args.command == "geocode":
        return run_geocode(args.input, args.output, args.progression)
    return 2


if __name__ == "__main__":
    sys.exit(main())
