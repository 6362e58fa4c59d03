"""The open data release: evenements, indicateurs and indicateurs_editions (CSV + Parquet) and
datapackage.json, validated in the staging folder of the release; published_release puts that folder in place of
the previous release once its copies and report are written and checked (assets.lib.staged_release)."""

from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from dagster_duckdb import DuckDBResource

from assets.lib.audit import AuditedTable, audit_warehouse, clean_rows_of
from assets.lib.config import sources
from assets.lib.counts import record_counts, write_merges, write_quarantine
from assets.lib.fingerprint import code_digest
from assets.lib.privacy import published_identifiers, scan_publication
from assets.lib.publish import (
    RELEASE_TABLES,
    SCANS,
    frame_from_arrow,
    kept_release_tables,
    publication_inputs,
    publish,
    remember_release_tables,
    table_resources,
)
from assets.lib.reference import COG_VINTAGE
from assets.lib.schema import SCHEMA_DIR, field_names, load_schema
from assets.lib.staged_release import (
    StagingOfAnotherRun,
    Writer,
    current_staging,
    open_staging,
    staging_folder,
    swap_in,
)
from assets.lib.state import read_pickle, read_state, write_pickle, write_state
from assets.lib.warehouse import TABLES, cache_dir, ensure_table, replace_table, table_exists
from pipelines.resources import Publisher

REPO_ROOT = Path(__file__).resolve().parents[1]

# Tables published beside the events: (resource, schema, warehouse table, description). The laureates are
# published when their schema exists.
EXTRA_TABLES = [
    ("indicateurs", "indicateurs", "indicators_by_territory",
     "Indicateurs de chaque édition aux niveaux France, région et département, une ligne par édition, "
     "territoire et indicateur ; la définition de chaque indicateur est dans la description du champ "
     "`indicateur`."),
    ("indicateurs_editions", "indicateurs_editions", "indicators_by_edition",
     "Chiffres clés nationaux, une ligne par édition (résumé du niveau France de `indicateurs`)."),
]
LAUREATES = ("laureats", "laureats", "laureats",
             "Lauréats des Prix de l'ESS, une ligne par prix et par édition.")

SYNTHETIC_WARNING = (
    "AVERTISSEMENT : DONNÉES SYNTHÉTIQUES. Les événements de cette version sont générés pour la démonstration "
    "et les tests du pipeline ; ce ne sont pas les événements réels du Mois de l'ESS."
)

UNMERGED_WARNING = (
    "\n\nAttention : la fusion entre sources n'a pas pu être faite pour l'édition ou les éditions {editions} (erreur "
    "du programme de fusion). Leurs événements sont publiés tels que chaque source les annonce : un événement annoncé "
    "par plusieurs sources y est compté une fois par source (indicateurs_editions.fusion_non_faite)."
)


def build_package(version: str, editions: list[int], source_names: list[str], synthetic: bool,
                  extra_tables: list[tuple[str, str, str, str]] = (), unmerged: list[int] = ()) -> dict:
    """`unmerged`: the editions published without the merge across sources (it raised there), said in the
    description and listed in `editions_sans_fusion`."""
    configured = sources()
    description = (
        "Événements publics du Mois de l'économie sociale et solidaire (novembre), consolidés depuis la plateforme "
        "nationale et les agendas régionaux, dédoublonnés, nettoyés (texte brut, sans coordonnées personnelles) "
        f"et codés selon le Code officiel géographique {COG_VINTAGE}."
    )
    if unmerged:
        description += UNMERGED_WARNING.format(editions=", ".join(str(edition) for edition in unmerged))
    return {
        "name": "mois-ess-evenements",
        "title": ("[DONNÉES SYNTHÉTIQUES] " if synthetic else "") + "Événements du Mois de l'ESS",
        "description": (SYNTHETIC_WARNING + "\n\n" if synthetic else "") + description,
        "version": version,
        "donnees_synthetiques": synthetic,
        "cog_millesime": COG_VINTAGE,
        "editions": editions,
        "editions_sans_fusion": list(unmerged),
        "keywords": ["economie-sociale-et-solidaire", "mois-de-l-ess", "evenements", "ess"],
        "licenses": [{"name": "etalab-2.0", "title": "Licence Ouverte 2.0",
                      "path": "https://spdx.org/licenses/etalab-2.0.html"}],
        # `name` is the value of the events' `source` column; `path` the source's site, else the folder of
        # the repository holding its snapshots as received (live URLs stay in the environment: keys).
        "sources": [{"name": name, "title": configured[name].title,
                     "path": configured[name].homepage or f"data/raw/{configured[name].location}/"}
                    for name in source_names if name in configured],
        "contributors": [{"title": "Équipe mois-ess-data", "role": "author"}],
        "resources": table_resources(
            "evenements", "evenements", load_schema("evenements")["title"],
            "Un événement par ligne et par édition ; voir le schéma pour la définition de chaque champ.",
        ) + [resource for name, schema, _, text in extra_tables
             for resource in table_resources(schema, name, load_schema(schema)["title"], text)],
    }


# Each published table is sorted by this key (unique: the last column is the table's primary key), so any
# build path (full, one edition, resumed) writes the same bytes. Documented in the README.
PUBLISHED_ORDER = {
    "evenements": ["edition", "date_debut", "identifiant"],
    "indicateurs": ["edition", "niveau", "code_territoire", "indicateur"],
    "indicateurs_editions": ["edition"],
    "laureats": ["edition", "identifiant"],
}
GATE_RECONCILED, GATE_SAFE = "counts_reconcile", "no_unsafe_content"


def read_sorted(con, table: str, resource: str, columns: list[str] | None = None,
                arrow: bool = False) -> pd.DataFrame | pa.Table:
    """A warehouse table in the published order of `resource` (fetched as Arrow: the frame .df() gives, or the
    Arrow table with `arrow`)."""
    if table in TABLES:  # the indicators tables have no fixed DDL: they exist once computed
        ensure_table(con, table)
    selected = ", ".join(columns) if columns else "*"
    fetched = con.sql(f"SELECT {selected} FROM {table} ORDER BY {', '.join(PUBLISHED_ORDER[resource])}"
                      ).to_arrow_table()
    return fetched if arrow else frame_from_arrow(fetched)


def _audited(table: str, resource: str, columns: list[str] | None = None) -> AuditedTable:
    """`table` as read_sorted() reads it for `resource`."""
    return AuditedTable(f"SELECT {', '.join(columns) if columns else '*'} FROM {table}",
                        ", ".join(PUBLISHED_ORDER[resource]))


@dg.asset(
    deps=["events_geo", "raw_events", "events", "events_unique", "laureats", "indicators_by_territory"],
    group_name="indicators",
    kinds={"duckdb"},
    check_specs=[
        dg.AssetCheckSpec(GATE_RECONCILED, asset="release_audit", blocking=True, description=(
            "Chaque enregistrement lu est publié, fusionné ou mis en quarantaine (par édition et source) : "
            "sinon la publication n'a pas lieu.")),
        dg.AssetCheckSpec(GATE_SAFE, asset="release_audit", blocking=True, description=(
            "Aucune adresse électronique, aucun téléphone, aucun balisage HTML, lien non http(s) ou formule de "
            "tableur dans les tables à publier : sinon la publication n'a pas lieu.")),
    ],
)
def release_audit(duckdb: DuckDBResource) -> dg.MaterializeResult:
    """What the release is about to publish, audited before the files are replaced: one row per edition and
    source with records read, published, merged and quarantined (`ecart` = read - the three); key (edition,
    source). Its two blocking checks gate published_events (the indicators' totals_add_up and
    no_edition_missing are the other two gates)."""
    with duckdb.get_connection() as con:
        counts = record_counts(con)
        replace_table(con, "release_audit", counts)
        for table in ("events_geo", LAUREATES[2]):
            ensure_table(con, table)
        tables = {"evenements": _audited("events_geo", "evenements", field_names("evenements")),
                  LAUREATES[0]: _audited(LAUREATES[2], LAUREATES[0])}
        tables |= {name: AuditedTable(f"SELECT * FROM {table}")
                   for name, _, table, _ in EXTRA_TABLES if table_exists(con, table)}
        # Editions whose rows an earlier audit found clean, under the same rules, are not read nor scanned again
        # (a one-edition rebuild scans that edition); the state sits beside the warehouse.
        state_file = cache_dir(duckdb.database) / "audit-editions.json"
        # And within an edition read again, the rows it had when found clean are not scanned again.
        rows_file = cache_dir(duckdb.database) / "audit-rows.pickle"
        clean_rows = clean_rows_of(read_pickle(rows_file))
        unsafe, clean, scanned = audit_warehouse(con, tables, read_state(state_file), clean_rows)
    off = counts[counts["ecart"] != 0]
    write_state(state_file, clean)
    write_pickle(rows_file, clean_rows)
    return dg.MaterializeResult(
        metadata={"dagster/row_count": len(counts), "records_read": int(counts["lus"].sum()),
                  "published": int(counts["publies"].sum()), "merged": int(counts["fusionnes"].sum()),
                  "quarantined": int(counts["quarantaines"].sum()),
                  "scanned_editions": dg.MetadataValue.json(scanned)},
        check_results=[
            dg.AssetCheckResult(check_name=GATE_RECONCILED, passed=off.empty,
                                metadata={"unreconciled": dg.MetadataValue.json(off.to_dict("records"))}),
            dg.AssetCheckResult(check_name=GATE_SAFE, passed=not unsafe,
                                metadata={"unsafe_cells": dg.MetadataValue.json(unsafe[:50])}),
        ],
    )


# Also read: quarantine (written by events), merges_same_source and merges_across_sources (events, events_unique),
# for the files listing each quarantined and each merged record.
@dg.asset(deps=["release_audit", "events_geo", "raw_events", "events", "events_unique", "indicators_by_territory",
                "laureats"],
          group_name="publish", kinds={"csv", "parquet"})
def published_events(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, publisher: Publisher
) -> dg.MaterializeResult:
    """The published event table, all editions, with the indicators and laureates; key identifiant. Reads the
    audited tables, validates them (Frictionless, and the safety scan of every written file) and writes them into
    the staging folder of the release, opened here as a copy of the current one; the gates ran before, on
    release_audit and the indicators. published_release publishes that folder."""
    with duckdb.get_connection() as con:
        events = read_sorted(con, "events_geo", "evenements", field_names("evenements"), arrow=True)
        synthetic = bool(con.execute("SELECT coalesce(bool_or(synthetique), false) FROM raw_events").fetchone()[0])
        counts = con.execute("SELECT * FROM release_audit ORDER BY edition, source").df()
        extra = [t for t in EXTRA_TABLES if table_exists(con, t[2])]
        if len(extra) < len(EXTRA_TABLES):
            raise dg.Failure("indicateurs absents de l'entrepôt : matérialiser indicators_by_territory")
        if (SCHEMA_DIR / f"{LAUREATES[1]}.schema.json").exists():
            extra.append(LAUREATES)
        extra_tables = {name: (schema, read_sorted(con, table, name, arrow=True)) for name, schema, table, _ in extra}
    # Every source that was read is credited, also those whose events all merged into another source's.
    read_sources = set(counts.loc[counts["lus"] > 0, "source"])
    if LAUREATES in extra:
        read_sources |= {name for name, source in sources().items() if source.source_kind.table == "laureats"}
    # The editions published without the merge across sources, as the indicators flag them (fusion_non_faite)
    summary = extra_tables["indicateurs_editions"][1]
    unmerged = summary.filter(pc.field("fusion_non_faite")).column("edition").to_pylist()
    package = build_package(publisher.version, sorted(pc.unique(events.column("edition")).to_pylist()),
                            sorted(read_sources), synthetic, extra, unmerged)
    staging = open_staging(publisher.path, Writer.of(context))
    # Tables whose rows, descriptor and code are those the release's files were written from are not written again
    # (one edition rebuilt with unchanged rows): the staging folder holds the release's files, checked by digest.
    inputs = publication_inputs({"evenements": events, **{name: table for name, (_, table) in extra_tables.items()}},
                                package, code_digest(REPO_ROOT))
    memo = publisher.memo_dir() / RELEASE_TABLES
    written = kept_release_tables(staging, inputs, memo)
    rewritten = written is None
    if rewritten:
        frame = frame_from_arrow(events)
        # A source's identifier holding a person's contact is published as its digest (see published_identifier).
        frame["source_identifiant"] = published_identifiers(frame["source_identifiant"])
        frame["sources_fusionnees"] = published_identifiers(frame["sources_fusionnees"], merged=True)
        extra_frames = {name: (schema, frame_from_arrow(table)) for name, (schema, table) in extra_tables.items()}
        written = publish({"evenements": ("evenements", frame), **extra_frames}, package, staging,
                          memo_dir=publisher.memo_dir())
        remember_release_tables(staging, inputs, written, memo, package)
    quarantine_file, merges_file = publisher.quarantine_path(), publisher.merges_path()
    with duckdb.get_connection() as con:
        write_quarantine(con, quarantine_file)
        write_merges(con, merges_file)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": events.num_rows,
        "path": dg.MetadataValue.path(str(publisher.path)),
        "rewritten": rewritten,
        "files": dg.MetadataValue.json({p.name: p.stat().st_size for p in written}),
        "quarantine_file": dg.MetadataValue.path(str(quarantine_file)),
        "merges_file": dg.MetadataValue.path(str(merges_file)),
        "counts": dg.MetadataValue.json(counts.to_dict("records")),
        "donnees_synthetiques": synthetic,
    })


# The copies written after the tables (GeoJSON, DuckDB, report) are scanned once written; the CSV and Parquet
# tables were scanned by published_events before they were written into the staging folder.
WRITTEN_AFTER_THE_TABLES = (".geojson", ".duckdb", ".html")


@dg.asset_check(asset="edition_report", additional_deps=["research_database", "events_geojson"], blocking=True,
                description="The formats written after the tables (GeoJSON, DuckDB, HTML report) are free of "
                "personal contacts, markup, formulas, forbidden characters and non-http(s) links, like the "
                "CSV and Parquet tables published_events scanned: otherwise the release is not published.")
def published_files_safe(context: dg.AssetCheckExecutionContext, publisher: Publisher) -> dg.AssetCheckResult:
    release = current_staging(publisher.path, Writer.of(context))
    unsafe = scan_publication(release, suffixes=WRITTEN_AFTER_THE_TABLES,
                              memo=publisher.memo_dir() / SCANS)
    return dg.AssetCheckResult(passed=not unsafe, metadata={"unsafe": dg.MetadataValue.json(unsafe[:50]),
                                                            "count": len(unsafe)})


@dg.asset(deps=["published_events", "research_database", "events_geojson", "edition_report"],
          group_name="publish", kinds={"csv", "parquet", "duckdb", "geojson", "html"})
def published_release(context: dg.AssetExecutionContext, publisher: Publisher) -> dg.MaterializeResult:
    """The release as users download it: the staging folder, where every other asset of the publication wrote and
    whose files every check found valid and safe, put in place of the previous release in one step. A run that
    fails before (a copy, the report, a blocking check) leaves the previous release as it was; what it left in the
    staging folder is not published by a later run either (see assets.lib.staged_release)."""
    try:
        changed = swap_in(publisher.path, Writer.of(context))
    except StagingOfAnotherRun as stale:
        raise dg.Failure(
            f"publication non faite : la publication en préparation ({staging_folder(publisher.path)}) a été "
            f"écrite en partie par une exécution qui n'a pas abouti ({stale.args[0]} : échec, arrêt, ou fichier "
            "refusé par published_files_safe) ; la publication en place reste telle quelle. Matérialiser le "
            "groupe publish en entier (ou relancer mois-ess run) la refait.") from None
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(publisher.path)),
        "datapackage": dg.MetadataValue.path(str(publisher.path / "datapackage.json")),
        "files_changed": dg.MetadataValue.json(changed[:100]),
        "files_changed_count": len(changed),
    })
