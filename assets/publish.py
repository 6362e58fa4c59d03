"""The open data release: evenements, indicateurs and indicateurs_editions (CSV + Parquet) and
datapackage.json, validated, replaced atomically."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.lib.config import sources
from assets.lib.counts import record_counts
from assets.lib.indicators import published_count_gaps
from assets.lib.privacy import find_unsafe_cells
from assets.lib.publish import publish, table_resources
from assets.lib.reference import COG_VINTAGE
from assets.lib.schema import SCHEMA_DIR, field_names, load_schema
from assets.lib.warehouse import ensure_table, table_exists
from pipelines.resources import Publisher

# Tables published beside the events: (resource, schema, warehouse table, description). The laureates are
# published only when their table and schema exist.
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


def build_package(version: str, editions: list[int], source_names: list[str], synthetic: bool,
                  extra_tables: list[tuple[str, str, str, str]] = ()) -> dict:
    configured = sources()
    description = (
        "Événements publics du Mois de l'économie sociale et solidaire (novembre), consolidés depuis la plateforme "
        "nationale et les agendas régionaux, dédoublonnés, nettoyés (texte brut, sans coordonnées personnelles) "
        f"et codés selon le Code officiel géographique {COG_VINTAGE}."
    )
    return {
        "name": "mois-ess-evenements",
        "title": ("[DONNÉES SYNTHÉTIQUES] " if synthetic else "") + "Événements du Mois de l'ESS",
        "description": (SYNTHETIC_WARNING + "\n\n" if synthetic else "") + description,
        "version": version,
        "donnees_synthetiques": synthetic,
        "cog_millesime": COG_VINTAGE,
        "editions": editions,
        "keywords": ["economie-sociale-et-solidaire", "mois-de-l-ess", "evenements", "ess"],
        "licenses": [{"name": "etalab-2.0", "title": "Licence Ouverte 2.0",
                      "path": "https://spdx.org/licenses/etalab-2.0.html"}],
        "sources": [{"title": configured[name].title, "path": configured[name].homepage}
                    for name in source_names if name in configured],
        "contributors": [{"title": "Équipe mois-ess-data", "role": "author"}],
        "resources": table_resources(
            "evenements", "evenements", load_schema("evenements")["title"],
            "Un événement par ligne et par édition ; voir le schéma pour la définition de chaque champ.",
        ) + [resource for name, schema, _, text in extra_tables
             for resource in table_resources(schema, name, load_schema(schema)["title"], text)],
    }


# Every table published_events reads, through the asset that writes it (counts read the raw, quarantine and
# merge tables of raw_events, events and events_unique).
RELEASE_INPUTS = ["events_geo", "raw_events", "events", "events_unique", "indicators_by_territory", "laureats"]


@dg.asset(deps=RELEASE_INPUTS, group_name="publish", kinds={"csv", "parquet"})
def published_events(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, publisher: Publisher
) -> dg.MaterializeResult:
    """The published event table, all editions; key identifiant. Validated with Frictionless before it
    replaces the previous release."""
    with duckdb.get_connection() as con:
        ensure_table(con, "events_geo")
        frame = con.execute(
            f"SELECT {', '.join(field_names('evenements'))} FROM events_geo ORDER BY edition, date_debut, identifiant"
        ).df()
        synthetic = bool(con.execute("SELECT coalesce(bool_or(synthetique), false) FROM raw_events").fetchone()[0])
        counts = record_counts(con)
        extra = [t for t in EXTRA_TABLES if table_exists(con, t[2])]
        if len(extra) < len(EXTRA_TABLES):
            raise dg.Failure("indicateurs absents de l'entrepôt : matérialiser indicators_by_territory")
        if table_exists(con, LAUREATES[2]) and (SCHEMA_DIR / f"{LAUREATES[1]}.schema.json").exists():
            extra.append(LAUREATES)
        extra_frames = {name: (schema, con.execute(f"SELECT * FROM {table}").df())
                        for name, schema, table, _ in extra}
    unsafe = find_unsafe_cells(frame) + [
        f"{name}, {problem}" for name, (_, table) in extra_frames.items() for problem in find_unsafe_cells(table)
    ]
    if unsafe:
        raise dg.Failure("contenu non publiable, publication annulée : " + "; ".join(unsafe[:10]))
    stale = published_count_gaps(extra_frames["indicateurs"][1], frame)
    if stale:
        raise dg.Failure(f"indicateurs périmés (rematérialiser indicators_by_territory) : {stale[:5]}")
    # Every source that was read is credited, also those whose events all merged into another source's.
    read_sources = set(counts.loc[counts["lus"] > 0, "source"])
    if LAUREATES in extra:
        read_sources |= {name for name, source in sources().items() if source.source_kind.table == "laureats"}
    package = build_package(publisher.version, sorted(frame["edition"].unique().tolist()),
                            sorted(read_sources), synthetic, extra)
    written = publish({"evenements": ("evenements", frame), **extra_frames}, package, publisher.path)
    quarantine_file = publisher.quarantine_path()
    with duckdb.get_connection() as con:
        target = str(quarantine_file).replace("'", "''")  # COPY takes no bound parameter for its path
        con.execute(f"COPY (SELECT * FROM quarantine ORDER BY ALL) TO '{target}' (HEADER, DELIMITER ',')")
    context.log.info(f"published {len(frame)} events to {publisher.path}")
    return dg.MaterializeResult(metadata={
        "dagster/row_count": len(frame),
        "files": dg.MetadataValue.json({p.name: p.stat().st_size for p in written}),
        "datapackage": dg.MetadataValue.path(str(publisher.path / "datapackage.json")),
        "quarantine_file": dg.MetadataValue.path(str(quarantine_file)),
        "counts": dg.MetadataValue.json(counts.to_dict("records")),
        "donnees_synthetiques": synthetic,
    })


@dg.asset_check(asset=published_events, description="Every record read is published, merged or quarantined.")
def counts_reconcile(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    with duckdb.get_connection() as con:
        counts = record_counts(con)
    off = counts[counts["ecart"] != 0]
    return dg.AssetCheckResult(
        passed=off.empty,
        metadata={"records_read": int(counts["lus"].sum()), "published": int(counts["publies"].sum()),
                  "merged": int(counts["fusionnes"].sum()), "quarantined": int(counts["quarantaines"].sum()),
                  "unreconciled": dg.MetadataValue.json(off.to_dict("records"))},
    )


@dg.asset_check(asset=published_events, description="No e-mail, phone, HTML or formula cell in the published CSV.")
def no_personal_contact(publisher: Publisher) -> dg.AssetCheckResult:
    frame = pd.read_csv(publisher.path / "evenements.csv", dtype=str, keep_default_na=False)
    unsafe = find_unsafe_cells(frame)
    return dg.AssetCheckResult(passed=not unsafe, metadata={"unsafe_cells": dg.MetadataValue.json(unsafe[:50])})
