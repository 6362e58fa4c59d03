"""`mois-ess`: the command line of the pipeline (run the main job; later: geocode, report).

Dagster and the definitions are imported by the commands that run them, not at import: an argument error or
`mois-ess geocode` answers without loading them."""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import json
import logging
import os
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from assets.lib.collector import fewer_collections, settled_heap
from assets.lib.config import ConfigError, edition_years, sources, sources_file, use_sources_file
from assets.lib.fingerprint import (
    BuildPlan,
    forget_fingerprints,
    plan_build,
    published_digests,
    published_stats,
    store_fingerprints,
)
from assets.lib.staged_release import discard_staging
from assets.lib.vocabularies import check_vocabularies

if TYPE_CHECKING:
    import dagster as dg

    from pipelines.jobs import Stage

# The console shows one line per stage as it starts and ends, then the run summary with the runs' warnings
# grouped by source (print_warnings); Dagster's own lines stay in the run logs (`make dev` shows them).
QUIET_CONSOLE = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
EDITIONS_TAG, STAGE_TAG = "mois_ess/editions", "mois_ess/etape"


@dataclass
class StageFailure(Exception):
    stage: str
    messages: list[str]


class OperatorError(Exception):
    """An expected mistake of whoever runs the pipeline: one line in French, exit code 2, nothing written."""


OPERATOR_EXIT = 2
OS_REASONS = {
    errno.ENOENT: "n'existe pas",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.ENOTDIR: "ce n'est pas un dossier",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.EIO: "erreur de lecture du disque",
}


def french_os_error(error: OSError) -> str:
    return OS_REASONS.get(error.errno, error.strerror or str(error))


def french_years(years: list[int]) -> str:
    """[2008, ..., 2022] -> '2008 à 2022'; [2019, 2021] -> '2019 et 2021'; [] -> 'aucune'."""
    years = sorted(years)
    if not years:
        return "aucune"
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]} à {years[-1]}"
    return ", ".join(map(str, years[:-1])) + (" et " if len(years) > 1 else "") + str(years[-1])


def editions_with_data(raw_dir: Path) -> list[int]:
    """Opened editions that have at least one snapshot folder under data/raw for some source; an unreadable
    data/raw (or source folder) is an OperatorError."""
    if not raw_dir.exists():
        raise OperatorError(
            f"le dossier des données reçues {raw_dir} n'existe pas : y déposer les instantanés des sources "
            "(voir data/raw/README.md) ou indiquer le bon dossier de données dans MOIS_ESS_DATA_DIR"
        )
    found = set()
    folder = raw_dir
    try:
        os.listdir(raw_dir)
        for source in sources().values():
            for year in edition_years():
                folder = raw_dir / source.location / str(year)
                if folder.is_dir() and any(p.is_dir() for p in folder.iterdir()):
                    found.add(year)
    except OSError as error:
        raise OperatorError(f"impossible de lire {folder} : {french_os_error(error)}") from error
    return sorted(found)


def unread_raw_data(raw_dir: Path) -> list[str]:
    """Data under data/raw that no run reads, said rather than skipped: a year past derniere_edition (the edition is
    not opened yet), and files dropped straight in an edition's folder instead of a snapshot folder of it."""
    lines, last = [], edition_years()[-1]
    for source in sources().values():
        root = raw_dir / source.location
        if not root.is_dir():
            continue
        for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) == 4):
            loose = sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
            if int(folder.name) > last and any(p.is_dir() for p in folder.iterdir()):
                lines.append(f"données {folder.name} sous data/raw/{source.location} non lues : édition non ouverte "
                             f"(relever derniere_edition dans {sources_file()}).")
            elif loose and source.covers(int(folder.name)):
                lines.append(f"data/raw/{source.location}/{folder.name} : {', '.join(loose[:3])}"
                             f"{' …' if len(loose) > 3 else ''} hors d'un dossier d'instantané, non lu(s) : les "
                             "placer dans un sous-dossier daté (voir data/raw/README.md).")
    return lines


def choose_editions(requested: list[int] | None, raw_dir: Path) -> list[int]:
    """The editions to build: those asked for (each must be opened and have data) or all with data."""
    opened, with_data = edition_years(), editions_with_data(raw_dir)
    where = f"éditions ouvertes : {french_years(opened)} (config/sources.yaml) ; avec des données : " + \
        french_years(with_data)
    unknown = [y for y in requested or [] if y not in opened]
    if unknown:
        plural = len(unknown) > 1
        raise OperatorError(f"édition{'s' if plural else ''} {french_years(unknown)} inconnue{'s' if plural else ''}"
                            f" ; {where}")
    empty = [y for y in requested or [] if y not in with_data]
    if empty:
        raise OperatorError(f"aucune donnée sous {raw_dir} pour l'édition {french_years(empty)} ; {where}")
    years = requested or with_data
    if not years:
        raise OperatorError(f"aucune édition à construire : aucun instantané sous {raw_dir} (voir data/raw/README.md)")
    return years


def locked_message(database: Path, text: str) -> str:
    holder = re.search(r"held in (.+?) \(PID (\d+)\)", text)
    who = f" ({Path(holder.group(1)).name}, PID {holder.group(2)})" if holder else ""
    return (f"la base {database} est verrouillée par un autre programme{who} : attendre la fin de l'autre "
            "exécution ou fermer ce programme (dagster dev, session DuckDB…), puis relancer")


def unopenable(database: Path, error: duckdb.IOException) -> OperatorError:
    """The operator's error for a DuckDB file that does not open (locked by another process, or unreadable)."""
    if "lock" in str(error).lower():
        return OperatorError(locked_message(database, str(error)))
    return OperatorError(f"impossible d'ouvrir la base {database} : {error}")


def check_unlocked(*databases: Path) -> None:
    """Each existing DuckDB file the run writes must be free of another process's lock."""
    for database in databases:
        if not database.exists():
            continue
        try:
            duckdb.connect(str(database)).close()
        except duckdb.IOException as error:
            raise unopenable(database, error) from error


@contextlib.contextmanager
def warehouse_kept_open(warehouse, database: Path):
    """The warehouse kept open for the whole run (see assets.lib.warehouse.kept_open) when its resource can; that
    opening is also the check of its lock (an OperatorError), instead of a first opening that only checked it (each
    opening reads the file's catalogue). Other resources: the lock is checked, each asset opens the file itself."""
    keep = getattr(warehouse, "kept_open", None)
    if keep is None:
        check_unlocked(database)
        yield
        return
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(keep())
        except duckdb.IOException as error:
            raise unopenable(database, error) from error
        yield


def publication_left(before: dict[str, tuple[int, int, int]], published: Path) -> str:
    """What a failed run left of the publication (`before`: published_stats when it started), said as found: the
    release is assembled aside and put in place in one step (published_release), so a failed run leaves it whole;
    anything else (a file changed by hand meanwhile) is named."""
    after = published_stats(published)
    replaced = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
    if not replaced:
        return "la publication précédente est conservée"
    shown = ", ".join(replaced[:6]) + (f" et {len(replaced) - 6} autres" if len(replaced) > 6 else "")
    return (f"la publication est incomplète : {len(replaced)} fichier(s) déjà remplacé(s) ({shown}), les autres non "
            "; relancer pour la terminer")


def operator_error_of(failure: StageFailure, database: Path, published: Path, left: str) -> str | None:
    """The one French line for a stage that failed on an expected operator problem (full disk, locked base); `left`
    says what remains of the publication (publication_left)."""
    text = "\n".join(failure.messages)
    if "No space left on device" in text or "[Errno 28]" in text:
        return (f"disque plein pendant l'étape {failure.stage} : libérer de la place (publication dans "
                f"{published}, base de travail {database.parent}) puis relancer ; {left}")
    if "Could not set lock on file" in text:
        locked = re.search(r'lock on file "([^"]+)"', text)
        return locked_message(Path(locked.group(1)) if locked else database, text)
    return None


def _failure_text(event) -> str:
    """A failure event's message with its error and the error's causes (where an OSError's text lives)."""
    parts = [event.message or ""]
    error = getattr(event.event_specific_data, "error", None)
    while error is not None:
        parts.append(error.message.strip())
        error = error.cause or error.context
    return " | ".join(p for p in parts if p)


def edition_ranges(years: list[int]) -> list[tuple[int, int]]:
    """Consecutive editions as (first, last) ranges: a single-run backfill covers one partition range."""
    ranges: list[tuple[int, int]] = []
    for year in sorted(set(years)):
        if ranges and ranges[-1][1] == year - 1:
            ranges[-1] = (ranges[-1][0], year)
        else:
            ranges.append((year, year))
    return ranges


def run_tags(stage: Stage, years: list[int], span: tuple[int, int] | None) -> dict[str, str]:
    """Tags telling the runs of `mois-ess run` apart in the Dagster UI: editions and stage, plus the partition
    range of a partitioned stage (one single-run backfill per range of consecutive editions)."""
    tags = {EDITIONS_TAG: ",".join(map(str, years)), STAGE_TAG: stage.label}
    if span is not None:
        tags |= {RANGE_START: str(span[0]), RANGE_END: str(span[1])}
    return tags


def materialize_all(resources: dict, years: list[int], instance: dg.DagsterInstance | None = None,
                    skip: set[str] = frozenset(), until: str | None = None, on_stage=None) -> list:
    """Run the stages' jobs (pipelines.jobs.STAGES) in order for `years`, except the stages labelled in `skip`
    and after the one labelled `until`; raises StageFailure naming the stage. `on_stage(label, seconds)` is
    called when a stage starts (seconds None) and when it ends."""
    import dagster as dg

    from pipelines.definitions import all_assets, all_checks, publication_assets
    from pipelines.jobs import ALL_JOBS, STAGES

    defs = dg.Definitions(assets=[*all_assets, *publication_assets], asset_checks=all_checks, jobs=ALL_JOBS,
                          resources=resources, executor=dg.in_process_executor)
    results = []
    # The warehouse is opened once for all the stages (a resource that is not a Warehouse opens it per asset).
    kept_open = getattr(resources.get("duckdb"), "kept_open", contextlib.nullcontext)
    with settled_heap() as settle, fewer_collections(), kept_open():
        for stage in STAGES:
            if stage.label in skip:
                continue
            started = time.monotonic()
            if on_stage:
                on_stage(stage.label, None)
            settle()
            for span in (edition_ranges(years) if stage.partitioned else [None]):
                result = defs.resolve_job_def(stage.job.name).execute_in_process(
                    instance=instance, tags=run_tags(stage, years, span), raise_on_error=False,
                    run_config=QUIET_CONSOLE)
                # A WARN check (e.g. edition_counts_stable) flags data for review without stopping the run.
                failed_checks = [c.check_name for c in result.get_asset_check_evaluations()
                                 if not c.passed and c.severity != dg.AssetCheckSeverity.WARN]
                if not result.success or failed_checks:
                    messages = [_failure_text(event) for event in result.all_events if event.is_failure]
                    raise StageFailure(stage.label,
                                       messages + [f"contrôle en échec : {name}" for name in failed_checks])
                results.append(result)
            if on_stage:
                on_stage(stage.label, time.monotonic() - started)
            if stage.label == until:
                break
    return results


def _instance() -> dg.DagsterInstance:
    import dagster as dg

    # With DAGSTER_HOME set (make run does), runs are kept and show in `dagster dev`.
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def build_plan(resources: dict, years: list[int], forced: list[int]) -> BuildPlan:
    """What changed since the last successful run (snapshots, reference, configuration, code, release files)."""
    from pipelines.definitions import REPO_ROOT

    raw_dir = Path(resources["platform_feed"].raw_dir)
    configured = sources().values()
    # A source with a live URL fetches a new snapshot at each run: its editions are always rebuilt.
    fetched = live_sources(resources)
    folders = {year: [raw_dir / s.location / str(year) for s in configured if s.covers(year)] for year in years}
    live = [year for year in years if any(s.name in fetched and s.covers(year) for s in configured)]
    return plan_build(REPO_ROOT, raw_dir, resources["reference"].path, resources["publisher"].path,
                      Path(resources["duckdb"].database), years, folders, forced=forced, live=live)


def print_stage(label: str, seconds: float | None) -> None:
    """One console line when a stage starts and one when it ends, with its duration."""
    if seconds is None:
        print(f"… {label}", flush=True)
    else:
        print(f"✓ {label} ({french_number(seconds, 1)} s)", flush=True)


def check_config() -> str | None:
    """The configuration mistake that stops the run before anything is written, or None."""
    try:
        sources()
        check_vocabularies()
    except ConfigError as error:
        return str(error)
    return None


def live_sources(resources: dict) -> set[str]:
    """The sources with a live URL configured: each run fetches a new snapshot of them."""
    return {name for name, source in sources().items() if name in resources["cress_feeds"].urls
            or (source.source_kind.feed == "platform_feed" and resources["platform_feed"].base_url)}


def missing_source_folders(resources: dict) -> tuple[str | None, list[str]]:
    """(the configuration mistake, the warnings) about declared sources with neither a folder of snapshots under
    data/raw nor a live URL. Such a source is not read: a warning, since a data folder may hold some sources only;
    a mistake when a folder of data/raw that no source reads is there too (a mistyped `location` dropped its
    source from every edition without a word)."""
    raw_dir = Path(resources["platform_feed"].raw_dir)
    configured, live = sources(), live_sources(resources)
    missing = [source for name, source in configured.items()
               if name not in live and not (raw_dir / source.location).is_dir()]
    read = {source.location for source in configured.values()}
    unread = sorted(folder.name for folder in raw_dir.iterdir() if folder.is_dir() and folder.name not in read) \
        if raw_dir.is_dir() else []
    if missing and unread:
        return (f"{sources_file()} : " + " ; ".join(f"source {source.name} : dossier data/raw/{source.location} absent"
                                                    for source in missing)
                + f", et data/raw/{', data/raw/'.join(unread)} n'est lu par aucune source. Corriger « location: ».",
                [])
    return None, [f"source {source.name} non lue : ni dossier data/raw/{source.location} ni URL ({source.url_env})."
                  for source in missing]


def run_main_job(editions: list[int] | None = None, resources: dict | None = None) -> int:
    """`mois-ess run`: build what changed since the last successful run (every asset of the editions in
    `editions` when given), print the summary; 0 on success, 1 when a stage failed, 2 for an operator or
    configuration mistake (nothing written)."""
    problem = check_config()
    if problem:
        print(f"mois-ess : configuration invalide, rien n'a été exécuté.\n{problem}", file=sys.stderr)
        return OPERATOR_EXIT
    if resources is None:
        from pipelines.definitions import defs

        resources = defs.resources
    problem, unread = missing_source_folders(resources)
    if problem:
        print(f"mois-ess : configuration invalide, rien n'a été exécuté.\n{problem}", file=sys.stderr)
        return OPERATOR_EXIT
    raw_dir = Path(resources["platform_feed"].raw_dir)
    database, published = Path(resources["duckdb"].database), Path(resources["publisher"].output_dir)
    # One connection to the warehouse from the plan to the summary (see assets.lib.warehouse.kept_open).
    with contextlib.ExitStack() as warehouse:
        try:
            years = choose_editions(editions, raw_dir)
            check_unlocked(published / "mois_ess.duckdb")
            warehouse.enter_context(warehouse_kept_open(resources["duckdb"], database))
        except OperatorError as error:
            print(f"mois-ess run : {error}", file=sys.stderr)
            return OPERATOR_EXIT
        for line in [*unread, *unread_raw_data(raw_dir)]:
            print(f"Attention : {line}", flush=True)
        return _build_and_report(resources, years, editions or [], database, published)


def _build_and_report(resources: dict, years: list[int], forced: list[int], database: Path, published: Path) -> int:
    from pipelines.jobs import STAGES, refresh_reference_job

    started = time.monotonic()
    plan = build_plan(resources, years, forced=forced)
    reference = refresh_reference_job.name
    skip = {s.label for s in STAGES
            if (s.partitioned and not plan.editions) or (s.job.name == reference and not plan.reference)
            or (not s.partitioned and s.job.name != reference and not plan.release)}
    retired = retired_sources(database, set(sources()))
    print(f"Éditions {', '.join(map(str, years))}")
    if plan.nothing_to_do:
        print("Rien de nouveau depuis la dernière exécution (instantanés, référentiel, configuration, code et "
              "fichiers publiés inchangés) : rien n'est reconstruit.")
    elif set(plan.editions) != set(years):
        unchanged = sorted(set(years) - set(plan.editions))
        print(f"Éditions reconstruites : {', '.join(map(str, plan.editions)) or 'aucune'} "
              f"(inchangées depuis la dernière exécution : {', '.join(map(str, unchanged))})")
    before = published_stats(published)
    try:
        with _instance() as instance:
            results = materialize_all(resources, plan.editions, instance, skip=skip, on_stage=print_stage)
            print_warnings(run_warnings(instance, [r.run_id for r in results]))
    except StageFailure as failure:
        forget_fingerprints(database)
        discard_staging(published)  # the release it was assembling: the next run starts from the published one
        left = publication_left(before, published)
        expected = operator_error_of(failure, database, published, left)
        if expected:
            print(f"mois-ess run : {expected}", file=sys.stderr)
            return OPERATOR_EXIT
        print(f"Échec de l'étape {failure.stage} ; {left}.", file=sys.stderr)
        for message in failure.messages:
            print(f"  {message}", file=sys.stderr)
        return 1
    if not plan.nothing_to_do:
        # Stages skipped had their fingerprints stored already: storing them all again changes nothing.
        files = {f"file:{name}": digest for name, digest in published_digests(published).items()}
        store_fingerprints(database, {**plan.fingerprints, **files}, drop_prefix="file:")
    print_summary(database, published)
    for name, rows in sorted(retired.items()):
        print(f"Source retirée de la configuration : {name} ({french_number(rows)} enregistrements de la "
              "publication précédente, retirés avec elle des éditions reconstruites)")
    print_headlines(published)
    print(f"\nDurée : {french_number(time.monotonic() - started, 1)} s")
    return 0


def retired_sources(database: Path, declared: set[str]) -> dict[str, int]:
    """Sources with records in the warehouse that config/sources.yaml no longer declares (before a run)."""
    from assets.lib.warehouse import connect, table_exists

    if not database.exists():
        return {}
    with connect(database, read_only=True) as con:
        if not table_exists(con, "raw_events"):
            return {}
        rows = con.execute("SELECT source, count(*) FROM raw_events GROUP BY source").fetchall()
    return {name: int(n) for name, n in rows if name not in declared}


def run_warnings(instance: dg.DagsterInstance, run_ids: list[str]) -> list[str]:
    """The warnings and errors the assets logged during these runs (not Dagster's own events)."""
    messages = []
    for run_id in run_ids:
        for entry in instance.all_logs(run_id):
            if entry.level >= logging.WARNING and not entry.is_dagster_event:
                # raw_events logs the lines of one level in one message (assets.ingest.ingest_all): a line each here
                lines = entry.user_message.split("\n") if entry.step_key == "raw_events" else [entry.user_message]
                messages += lines
    return messages


def group_warnings(messages: list[str], source_names: list[str]) -> dict[str, list[str]]:
    """{source: lines} where the same warning over several editions is one line listing the editions; a
    message is attributed to the first declared source named in it (else to « autres »)."""
    grouped: dict[str, dict[str, list[int]]] = {}
    for message in messages:
        source = next((n for n in sorted(source_names, key=len, reverse=True)
                       if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", message)), "autres")
        leading = re.match(r"\s*(\d{4})\s*:\s*", message)
        year = leading or re.search(rf"{re.escape(source)}\s+(\d{{4}})\b", message)
        if leading:  # "2014: source: file [sheet]: what", the file varies with the edition
            what = message[leading.end():].rsplit(": ", 1)[-1]
        else:
            what = message.replace(f"{source} {year.group(1)}" if year else source, "", 1).strip(" :")
        grouped.setdefault(source, {}).setdefault(what, [])
        if year:
            grouped[source][what].append(int(year.group(1)))
    return {
        source: [f"{what} ({french_years(sorted(set(ys)))})" if ys else what for what, ys in lines.items()]
        for source, lines in sorted(grouped.items())
    }


def print_warnings(messages: list[str]) -> None:
    if not messages:
        return
    grouped = group_warnings(messages, list(sources()))
    print(f"\nAvertissements ({french_number(len(messages))}), par source :")
    for source, lines in grouped.items():
        print(f"  {source} :")
        for line in lines:
            print(f"    - {line}")


def french_number(value: float, decimals: int = 0) -> str:
    """12797.8 -> '12 797,8' (no-break space, decimal comma), as the console shows every number."""
    return f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")


def french_size(size: int) -> str:
    return f"{french_number(size / 1024, 1)} Kio"


def print_summary(database: Path, published: Path) -> None:
    from assets.lib.counts import format_counts, merge_reasons, quarantine_reasons, record_counts
    from assets.lib.warehouse import connect, table_exists
    from pipelines.resources import MERGES_FILE, QUARANTINE_FILE

    with connect(database, read_only=True) as con:
        counts = record_counts(con)
        reasons = quarantine_reasons(con)
        layout = quarantine_reasons(con, layout=True)
        merges = merge_reasons(con)
        stale = con.execute("SELECT source, edition, snapshot, fetched_at, stale_reason FROM raw_snapshots "
                            "WHERE stale_reason <> '' ORDER BY source, edition").fetchall() \
            if table_exists(con, "raw_snapshots") else []
        unmerged = con.execute("SELECT f.edition, f.motif, count(u.identifiant) FROM merge_failures f "
                               "LEFT JOIN events_unique u USING (edition) GROUP BY ALL ORDER BY f.edition").fetchall() \
            if table_exists(con, "merge_failures") else []
    print("\nEnregistrements par édition et par source (lus = publiés + fusionnés + en quarantaine ; hors_evenement : "
          "lignes qui ne sont pas des événements, totaux, en-têtes répétés, intertitres, comptées à part) :")
    print(format_counts(counts, number=french_number))
    for source, edition, snapshot, fetched_at, reason in stale:
        print(f"Source périmée : {source} {edition}, publiée depuis l'instantané {snapshot}"
              f"{f' (récupéré le {fetched_at})' if fetched_at else ''} ; {reason}")
    for edition, failure, rows in unmerged:
        print(f"Fusion entre sources non faite pour l'édition {edition} : ses {french_number(rows)} enregistrements "
              f"sont publiés sans fusion (des doublons peuvent y rester) ; erreur du programme : {failure}")
    if not reasons.empty:
        print("\nQuarantaine par champ et motif :")
        by_reason = reasons.groupby(["champ", "motif"])["n"].sum().reset_index()
        by_reason["n"] = by_reason["n"].map(french_number)
        print(by_reason.to_string(index=False))
    if not layout.empty:
        print("\nLignes hors événement par motif (non publiées, listées dans la quarantaine, champ « ligne ») :")
        by_reason = layout.groupby("motif")["n"].sum().reset_index()
        print(by_reason.assign(n=by_reason["n"].map(french_number)).to_string(index=False))
    if not merges.empty:
        print("\nFusions par motif :")
        print(merges.assign(n=merges["n"].map(french_number)).to_string(index=False))
    details = [database.parent / name for name in (QUARANTINE_FILE, MERGES_FILE)
               if (database.parent / name).exists()]
    if details:
        print(f"Détail par enregistrement : {' ; '.join(str(path) for path in details)}")
    print("\nFichiers publiés :")
    for path in sorted(published.glob("*")):
        if path.is_file() and not path.name.startswith("."):
            print(f"  {path}  {french_size(path.stat().st_size)}")


def run_report() -> int:
    """Rebuild the HTML report from the last release, print the headline figures and where the report is."""
    import dagster as dg

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
    import dagster as dg

    from assets.datagouv import plan_file_path
    from assets.lib.datagouv import PlanEntry, format_plan
    from pipelines.definitions import defs, publication_assets

    resources = resources or defs.resources
    config = {"ops": {"datagouv_publication": {"config": {"env": environment, "dry_run": not send}}}}
    with contextlib.nullcontext(instance) if instance is not None else _instance() as run_instance:
        result = dg.materialize(publication_assets, resources=resources, instance=run_instance,
                                raise_on_error=False, run_config={**QUIET_CONSOLE, **config})
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


# argparse's own messages (usage, errors, help headings) in French; argparse reads them through its module-level
# gettext function `_`, which `french_argparse` swaps while the command line is parsed.
ARGPARSE_FR = {
    "usage: ": "usage : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "expected one argument": "une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (possibles : %(matches)s)",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ignored explicit argument %r": "valeur %r ignorée",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue %(parser_name)r (possibles : %(choices)s)",
}


@contextlib.contextmanager
def french_argparse():
    original = argparse._
    argparse._ = lambda message: ARGPARSE_FR.get(message, message)
    try:
        yield
    finally:
        argparse._ = original


class FrenchParser(argparse.ArgumentParser):
    """An argument error is one line (with where to find help), not the usage then the error."""

    def error(self, message: str):
        self.exit(2, f"{self.prog} : erreur : {message} (aide : {self.prog} --help)\n")


def edition_year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"année d'édition attendue (par exemple 2019), pas « {text} »")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    with french_argparse():
        args = parse_arguments(argv)
    if args.command == "run":
        # Importing Dagster and the definitions builds hundreds of thousands of objects that live until the end
        # (the run freezes them at its first stage: settled_heap): at the default thresholds the collector walked
        # all of them several times meanwhile.
        with fewer_collections():
            status = _run(args)
        # The process ends with the run: the collection at exit would walk every object it still holds (Dagster's,
        # the text caches', the coders': 0.5 s of CPU after a full build) only to free what the system frees.
        gc.freeze()
        return status
    if args.command in ("report", "publish"):
        import dagster as dg

        warnings.filterwarnings("ignore", category=dg.BetaWarning)  # backfill_policy: beta, used on purpose
    if args.command == "report":
        return run_report()
    if args.command == "publish":
        return run_publish(args.env, args.envoyer)
    if args.command == "geocode":
        return run_geocode(args.input, args.output, args.progression)
    return 2


def _run(args: argparse.Namespace) -> int:
    import dagster as dg

    warnings.filterwarnings("ignore", category=dg.BetaWarning)  # backfill_policy: beta, used on purpose
    if args.sources is not None:
        use_sources_file(args.sources)
    return run_main_job(sorted(set(args.edition)) if args.edition else None)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = FrenchParser(prog="mois-ess", description="Pipeline open data du Mois de l'ESS.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="commande",
                                     title="commandes")
    run = commands.add_parser("run", help="construire toutes les éditions présentes dans data/raw et publier",
                              description="Construire les éditions présentes dans data/raw et publier.")
    run.add_argument("--edition", type=edition_year, action="append", metavar="ANNÉE",
                     help="ne reconstruire que cette édition (répétable)")
    run.add_argument("--sources", type=Path, default=None, metavar="FICHIER",
                     help="fichier de configuration des sources (par défaut : config/sources.yaml)")
    commands.add_parser("report", help="reconstruire le rapport HTML (data/published/rapport/)")
    geocode = commands.add_parser(
        "geocode", help="coder les lieux d'un fichier CSV (commune, département, région)")
    geocode.add_argument(
        "input", type=Path, metavar="entree",
        help="CSV UTF-8 (, ou ;) avec adresse, code_postal, commune, latitude, longitude")
    geocode.add_argument(
        "-o", "--output", type=Path, required=True, metavar="SORTIE", help="fichier CSV écrit (colonnes ajoutées)")
    geocode.add_argument("--progression", action=argparse.BooleanOptionalAction, default=None,
                         help="afficher la barre de progression (par défaut : au-delà de 50 000 lignes)")
    publish = commands.add_parser(
        "publish", help="publier la dernière publication sur data.gouv.fr (par défaut : simulation, sans envoi)",
        description="Publier data/published sur data.gouv.fr ; sans --envoyer, affiche le plan sans rien envoyer.")
    publish.add_argument("--env", choices=["demo", "www"], default="demo",
                         help="demo.data.gouv.fr (par défaut) ou www.data.gouv.fr")
    publish.add_argument("--envoyer", action="store_true",
                         help="envoyer réellement (clé d'API dans DATAGOUV_API_KEY) ; sinon, plan seulement")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
