"""`mois-ess`: the command line of the pipeline (run the main job; later: geocode, report)."""

import argparse
import contextlib
import json
import os
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb

from assets.lib.config import edition_years, sources
from assets.lib.counts import format_counts, quarantine_reasons, record_counts

# The console shows the run summary; Dagster's step events stay in the run logs (`make dev` shows them).
QUIET_CONSOLE = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
# A refusal is printed once, in French, without Dagster's stack trace (kept in the run logs: `make dev`).
SILENT_CONSOLE = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
# The main job in three runs: unpartitioned reference, then the editions in one single-run backfill,
# then the unpartitioned release (Dagster runs partitioned and unpartitioned assets separately).
STAGES = [
    ("référentiel géographique", ("reference",), False),
    ("éditions", ("ingest", "normalize", "geo"), True),
    ("indicateurs", ("indicators",), False),
    ("publication", ("publish",), False),  # release, then mois_ess.duckdb, evenements.geojson and the report
]


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


def materialize_all(resources: dict, years: list[int], instance: dg.DagsterInstance | None = None) -> list:
    """Materialise every asset (and run every check) for `years`; raises StageFailure naming the stage."""
    from pipelines.definitions import all_assets, all_checks

    results = []
    for label, groups, partitioned in STAGES:
        tags = {RANGE_START: str(years[0]), RANGE_END: str(years[-1])} if partitioned else {}
        result = dg.materialize(
            [*all_assets, *all_checks], selection=dg.AssetSelection.groups(*groups), resources=resources,
            instance=instance, tags=tags, raise_on_error=False, run_config=QUIET_CONSOLE,
        )
        # A WARN check (e.g. edition_counts_stable) flags data for review without stopping the run.
        failed_checks = [c.check_name for c in result.get_asset_check_evaluations()
                         if not c.passed and c.severity != dg.AssetCheckSeverity.WARN]
        if not result.success or failed_checks:
            messages = [event.message or "" for event in result.all_events if event.is_failure]
            raise StageFailure(label, messages + [f"contrôle en échec : {name}" for name in failed_checks])
        results.append(result)
    return results


def _instance() -> dg.DagsterInstance:
    # With DAGSTER_HOME set (make run does), runs are kept and show in `dagster dev`.
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def run_main_job(editions: list[int] | None = None) -> int:
    from pipelines.definitions import defs

    resources = defs.resources
    raw_dir = Path(resources["platform_feed"].raw_dir)
    years = editions or editions_with_data(raw_dir)
    if not years:
        print(f"Aucune édition à construire : rien sous {raw_dir}", file=sys.stderr)
        return 1
    started = time.monotonic()
    print(f"Éditions {', '.join(map(str, years))}")
    try:
        with _instance() as instance:
            materialize_all(resources, years, instance)
    except StageFailure as failure:
        print(f"Échec de l'étape {failure.stage} ; la publication précédente est conservée.", file=sys.stderr)
        for message in failure.messages:
            print(f"  {message}", file=sys.stderr)
        return 1
    print_summary(Path(resources["duckdb"].database), Path(resources["publisher"].output_dir))
    print_headlines(Path(resources["publisher"].output_dir))
    print(f"\nDurée : {time.monotonic() - started:.1f} s")
    return 0


def print_summary(database: Path, published: Path) -> None:
    with duckdb.connect(str(database), read_only=True) as con:
        counts = record_counts(con)
        reasons = quarantine_reasons(con)
    print("\nEnregistrements par édition et par source (lus = publiés + fusionnés + en quarantaine) :")
    print(format_counts(counts))
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


def run_publish(environment: str, send: bool, resources: dict | None = None,
                instance: dg.DagsterInstance | None = None) -> int:
    """`mois-ess publish`: plan (default, offline) or publish the last release on data.gouv.fr; the table of
    the plan is printed, refusals and failures are reported in French with exit code 1."""
    from assets.datagouv import plan_file_path
    from assets.lib.datagouv import PlanEntry, format_plan
    from pipelines.definitions import defs, publication_assets

    resources = resources or defs.resources
    config = {"ops": {"datagouv_publication": {"config": {"env": environment, "dry_run": not send}}}}
    with contextlib.nullcontext(instance) if instance is not None else _instance() as run_instance:
        result = dg.materialize(publication_assets, resources=resources, instance=run_instance,
                                raise_on_error=False, run_config={**SILENT_CONSOLE, **config})
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                error = event.step_failure_data.user_failure_data
                message = error.description if error is not None else event.step_failure_data.error.message
                print(f"mois-ess publish : {message}", file=sys.stderr)
        return 1
    plan_file = plan_file_path(resources["datagouv"], environment)
    content = json.loads(plan_file.read_text(encoding="utf-8"))
    # After a real run, the actions done (decided against the dataset on data.gouv.fr) replace the plan's.
    done = {line["fichier"]: line for line in content.get("execute", []) if "fichier" in line}
    plan = [PlanEntry(e["fichier"], e["titre"], e["octets"], e["sha256"],
                      done.get(e["fichier"], {}).get("action", e["action"]),
                      done.get(e["fichier"], {}).get("ressource", e["ressource"]))
            for e in content["plan"]]
    mode = "publication" if send else "simulation (rien n'est envoyé ; --envoyer pour publier)"
    print(f"data.gouv.fr, environnement {environment} ({content['api']}) : {mode}")
    print(format_plan(plan))
    if send:
        uploads = sum(line.get("televersements", 0) for line in content.get("execute", []))
        print(f"Publié : {uploads} fichier(s) téléversé(s), jeu de données {content['jeu_de_donnees']}")
    print(f"Plan : {plan_file}")
    return 0


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
    commands.add_parser("report", help="reconstruire le rapport HTML (data/published/rapport/)")
    geocode = commands.add_parser(
        "geocode", help="coder les lieux d'un fichier CSV (commune, département, région)")
    geocode.add_argument(
        "input", type=Path, help="CSV UTF-8 (, ou ;) avec adresse, code_postal, commune, latitude, longitude")
    geocode.add_argument(
        "-o", "--output", type=Path, required=True, help="fichier CSV écrit (colonnes ajoutées)")
    geocode.add_argument("--progression", action=argparse.BooleanOptionalAction, default=None,
                         help="afficher la barre de progression (par défaut : au-delà de 50 000 lignes)")
    publish = commands.add_parser(
        "publish", help="publier la dernière publication sur data.gouv.fr (par défaut : simulation, sans envoi)")
    publish.add_argument("--env", choices=["demo", "www"], default="demo",
                         help="demo.data.gouv.fr (par défaut) ou www.data.gouv.fr")
    publish.add_argument("--envoyer", action="store_true",
                         help="envoyer réellement (clé d'API dans DATAGOUV_API_KEY) ; sinon, plan seulement")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=dg.BetaWarning)  # backfill_policy: beta, used on purpose
    if args.command == "run":
        return run_main_job(sorted(args.edition) if args.edition else None)
    if args.command == "report":
        return run_report()
    if args.command == "publish":
        return run_publish(args.env, args.envoyer)
    if args.command == "geocode":
        return run_geocode(args.input, args.output, args.progression)
    return 2


if __name__ == "__main__":
    sys.exit(main())
