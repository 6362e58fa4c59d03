"""The edition report: static HTML pages (overview of all editions + one page per edition) built from the
researchers' database mois_ess.duckdb, with inline SVG charts and PNG maps; opens from file:// without a
server, and the same release gives the same bytes."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jinja2
import numpy as np
import pandas as pd

from assets.lib.charts import editions_chart, french_number, french_percent, shares_chart
from assets.lib.indicators import FIRST_EDITION, NOT_GIVEN
from assets.lib.maps import MapGeometry
from assets.lib.reference import CODED_COLLECTIVITIES
from assets.lib.state import read_state, write_state
from assets.lib.vocabularies import VOCABULARY_FILE, load_vocabularies

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "rapport"
INDEX_PAGE = "index.html"
ONLINE_SHIFT_EDITION = 2020  # the edition of the health crisis, when events moved online
TOP = 10
# Files the report owns in its folder; anything else there (e.g. a screenshot) is left alone.
OWNED_PATTERNS = ("index.html", "edition-*.html")
# The code a page's bytes depend on, besides the templates: a change there re-renders every page.
CODE_FILES = [Path(__file__), Path(__file__).with_name("charts.py"), Path(__file__).with_name("maps.py"),
              Path(__file__).with_name("vocabularies.py"), VOCABULARY_FILE]

FAMILY_CHARTS = [
    ("evenements_par_type", "type_evenement", "Formes d'événements", "événements"),
    (
        "evenements_par_public",
        "publics",
        "Publics visés",
        "événements (un événement compte pour chacun de ses publics)",
    ),
    (
        "evenements_par_thematique",
        "thematiques",
        "Thématiques",
        "événements (un événement compte pour chacune de ses thématiques)",
    ),
    (
        "evenements_par_famille_organisateur",
        "organisateur_famille",
        "Familles d'organisateurs",
        "événements, selon la famille de l'organisateur principal",
    ),
]


@dataclass
class ReportData:
    summary: pd.DataFrame  # indicateurs_editions
    france: pd.DataFrame  # indicateurs, niveau france: edition, indicateur, valeur
    regions: pd.DataFrame  # view indicateurs_regions
    departements: pd.DataFrame  # view indicateurs_departements
    communes: pd.DataFrame  # view evenements_par_commune
    about: dict
    # events in the overseas collectivities, per edition and commune: no contours there, so a table
    collectivites: pd.DataFrame = dataclasses.field(
        default_factory=lambda: pd.DataFrame(
            columns=["edition", "code_departement", "departement", "code_commune_insee", "nom_commune", "evenements"]
        )
    )



def _with_commune_names(collectivites: pd.DataFrame, overseas_communes: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(overseas_communes["code_commune_insee"], overseas_communes["nom_commune"], strict=True))
    named = collectivites.assign(nom_commune=[names.get(code, "") for code in collectivites["code_commune_insee"]])
    return named[["edition", "code_departement", "departement", "code_commune_insee", "nom_commune", "evenements"]]

def load_report_data(database: Path, overseas_communes: pd.DataFrame) -> ReportData:
    """Everything the report shows, read from the published mois_ess.duckdb; the names of the overseas
    collectivities' communes (not in the database's `communes`) come from `overseas_communes`
    (code_commune_insee, nom_commune: the warehouse's reference table)."""
    with duckdb.connect(str(database), read_only=True) as con:

        def query(sql: str) -> pd.DataFrame:
            return con.execute(sql).df()

        about = {k: v for k, v in con.execute("SELECT cle, valeur FROM metadonnees ORDER BY cle").fetchall()}
        return ReportData(
            summary=query("SELECT * FROM indicateurs_editions ORDER BY edition"),
            france=query(
                "SELECT edition, indicateur, valeur FROM indicateurs WHERE niveau = 'france' "
                "ORDER BY edition, indicateur"
            ),
            regions=query("SELECT * FROM indicateurs_regions ORDER BY edition, code_region"),
            departements=query("SELECT * FROM indicateurs_departements ORDER BY edition, code_departement"),
            communes=query("SELECT * FROM evenements_par_commune ORDER BY edition, code_commune_insee"),
            about=about,
            collectivites=_with_commune_names(query(
                "SELECT edition, code_departement, departement, code_commune_insee, "
                "count(*) AS evenements FROM evenements "
                f"WHERE code_departement IN ({', '.join(repr(c) for c in CODED_COLLECTIVITIES)}) "
                "GROUP BY ALL ORDER BY edition, code_departement, code_commune_insee"
            ), overseas_communes),
        )


# --- figures and tables ------------------------------------------------------------------------------


def _label(field: str, code: str) -> str:
    if code == NOT_GIVEN:
        return "Non renseigné"
    return load_vocabularies()[field].labels.get(code, code)


def _indicator_rows(frame: pd.DataFrame, edition: int, keep: Callable[[str], bool]) -> list[tuple[str, float]]:
    """(indicateur, valeur) of the rows of `frame` (edition, indicateur, valeur) of `edition` whose indicator `keep`
    takes, in the frame's order, as Python values (a few dozen rows: no frame per selection)."""
    return [(name, value) for year, name, value in zip(frame["edition"].tolist(), frame["indicateur"].tolist(),
                                                       frame["valeur"].tolist(), strict=True)
            if year == edition and isinstance(name, str) and keep(name)]


def _value(frame: pd.DataFrame, edition: int, indicator: str):
    rows = _indicator_rows(frame, edition, indicator.__eq__)
    return None if not rows else float(rows[0][1])


def category_values(france: pd.DataFrame, edition: int, family: str, field: str) -> list[tuple[str, float]]:
    """(French label, count) of a family for one edition, largest first, zeros left out."""
    pairs = [
        (_label(field, name.split(".", 1)[1]), float(v))
        for name, v in _indicator_rows(france, edition, lambda name: name.startswith(family + "."))
        if v > 0
    ]
    return sorted(pairs, key=lambda p: (-p[1], p[0]))


def laureate_rows(france: pd.DataFrame, edition: int) -> list[dict]:
    """Prix de l'ESS laureates of an edition by level and angle, with French labels (empty when none)."""
    from assets.lib.sources.laureats import CATEGORIES

    prefix = "laureats_prix_ess_par_niveau_angle."
    rows = _indicator_rows(france, edition, lambda name: name.startswith(prefix))
    levels = {"national": "National", "regional": "Régional"}
    out = []
    for name, count in rows:
        level, _, angle = name.removeprefix(prefix).partition(".")
        out.append(
            {
                "niveau": levels.get(level, level),
                "angle": CATEGORIES.get(angle, angle),
                "laureats": french_number(count),
            }
        )
    return sorted(out, key=lambda r: (r["niveau"], r["angle"]))


def headline_table(summary: pd.DataFrame) -> pd.DataFrame:
    """The per-edition headline figures with French column names (CLI and report)."""

    def num(column, decimals=0):
        return summary[column].map(lambda v: french_number(v, decimals))

    def pct(column, signed=False):
        return summary[column].map(lambda v: french_percent(v, 1, signed))

    return pd.DataFrame(
        {
            "Édition": summary["edition"].astype(int).astype(str),
            "N°": summary["numero_edition"].astype(int).astype(str),
            "Événements": num("evenements"),
            "Évol. év.": pct("evolution_evenements", signed=True),
            "Organisateurs": num("organisateurs"),
            "Évol. org.": pct("evolution_organisateurs", signed=True),
            "Co-organisés": pct("part_evenements_co_organises"),
            "En ligne / hybrides": pct("part_evenements_a_distance"),
            "Communes": num("communes_avec_evenement"),
            "Départements": num("departements_avec_evenement"),
            "Régions": num("regions_avec_evenement"),
            "Pour 100 000 hab.": num("evenements_pour_100000_habitants", 2),
            "DROM": pct("part_evenements_drom"),
            "COM": pct("part_evenements_com"),
            "Localisés": pct("part_evenements_localises"),
            "À vérifier": [_to_check(row) for _, row in summary.iterrows()],
        }
    )


def _to_check(row: pd.Series) -> str:
    """What the summary table says of an edition to check: a count far from the year before's, an edition published
    without the merge across sources (its counts hold duplicates)."""
    said = ["oui"] if bool(row["variation_a_verifier"]) else []
    if bool(row.get("fusion_non_faite", False)):
        said.append("fusion non faite")
    return " ; ".join(said)


def _cards(row: pd.Series, previous: int | None) -> list[dict]:
    def evolution(column):
        value = row.get(column)
        if value is None or pd.isna(value) or previous is None:
            return ""
        return f"{french_percent(value, 1, signed=True)} par rapport à {previous}"

    cards = [
        {
            "id": "evenements",
            "valeur": french_number(row["evenements"]),
            "libelle": "événements",
            "note": evolution("evolution_evenements"),
        },
        {
            "id": "organisateurs",
            "valeur": french_number(row["organisateurs"]),
            "libelle": "structures organisatrices",
            "note": evolution("evolution_organisateurs"),
        },
        {
            "id": "communes_avec_evenement",
            "valeur": french_number(row["communes_avec_evenement"]),
            "libelle": "communes",
            "note": f"dans {french_number(row['departements_avec_evenement'])} départements et "
            f"{french_number(row['regions_avec_evenement'])} régions",
        },
        {
            "id": "part_evenements_co_organises",
            "valeur": french_percent(row["part_evenements_co_organises"]),
            "libelle": "des événements co-organisés",
            "note": "",
        },
        {
            "id": "part_evenements_a_distance",
            "valeur": french_percent(row["part_evenements_a_distance"]),
            "libelle": "en ligne ou hybrides",
            "note": "",
        },
        {
            "id": "evenements_pour_100000_habitants",
            "valeur": french_number(row["evenements_pour_100000_habitants"], 2),
            "libelle": "événements pour 100 000 habitants",
            "note": "",
        },
        {
            "id": "part_evenements_drom",
            "valeur": french_percent(row["part_evenements_drom"]),
            "libelle": "des événements localisés dans les DROM",
            "note": "",
        },
    ]
    if not pd.isna(row.get("laureats_prix_ess")):
        cards.append(
            {
                "id": "laureats_prix_ess",
                "valeur": french_number(row["laureats_prix_ess"]),
                "libelle": "lauréats des Prix de l'ESS",
                "note": "",
            }
        )
    return cards


def _top_rows(frame: pd.DataFrame, code: str, name: str, extra: str | None = None) -> list[dict]:
    counts, codes = frame["evenements"].to_numpy(), frame[code].tolist()
    if counts.dtype.kind not in "iu" or not all(isinstance(c, str) for c in codes):  # missing values: pandas sorts
        frame = frame[frame["evenements"] > 0].sort_values(["evenements", code], ascending=[False, True]).head(TOP)
        records = frame.to_dict("records")
    else:  # the same rows in the same order, as to_dict gives them (Python values), without a frame per step
        counts = counts.tolist()
        top = sorted((i for i, count in enumerate(counts) if count > 0), key=lambda i: (-counts[i], codes[i]))[:TOP]
        wanted = [c for c in dict.fromkeys([code, name, "evenements", "evenements_pour_100000_habitants", extra])
                  if c is not None and c in frame.columns]
        columns = {c: frame[c].to_numpy()[top].tolist() for c in wanted}
        records = [{c: columns[c][k] for c in wanted} for k in range(len(top))]
    rows = []
    for record in records:
        rows.append(
            {
                "code": record[code],
                "nom": record[name],
                "evenements": french_number(record["evenements"]),
                "taux": french_number(record.get("evenements_pour_100000_habitants"), 2),
                "extra": french_number(record.get(extra)) if extra else "",
            }
        )
    return rows


def category_bars(pairs: list[tuple[str, float]]) -> list[dict]:
    """Rows of a horizontal bar chart drawn in HTML (label, French value, bar length in % of the largest)."""
    top = max((v for _, v in pairs), default=0) or 1
    return [{"libelle": label, "valeur": french_number(v), "largeur": f"{100 * v / top:.1f}"} for label, v in pairs]


def _map(geometry, departements: pd.DataFrame, column: str, title: str, legend: str, integer: bool) -> dict:
    from assets.lib.maps import choropleth, choropleth_svg

    values = departements.set_index("code_departement")[column]
    drawn = choropleth(values, integer=integer)
    decimals = 0 if integer else 2
    return {
        "titre": title,
        "legende_titre": legend,
        "svg": choropleth_svg(geometry, drawn.fills),
        "legende": [{"couleur": c, "libelle": label} for c, label in drawn.legend],
        "lignes": [
            [f"{name} ({code})", french_number(v, decimals)]
            for code, name, v in zip(departements["code_departement"], departements["nom_departement"],
                                     departements[column], strict=True)
        ],
    }


def _edition_page(data: ReportData, edition: int, geometry, editions: list[int]) -> dict:
    from assets.lib.maps import outlines_svg

    row = data.summary[data.summary["edition"] == edition].iloc[0]
    previous = edition - 1 if edition - 1 in editions else None
    charts = []
    for family, field, title, axis in FAMILY_CHARTS:
        pairs = category_values(data.france, edition, family, field)
        charts.append({"titre": title, "unite": axis, "barres": category_bars(pairs)})
    departements = data.departements[data.departements["edition"] == edition].sort_values("code_departement")
    maps = []
    if geometry is not None:
        maps = [
            _map(geometry, departements, "evenements", "Événements par département", "Événements", True),
            _map(geometry, departements, "evenements_pour_100000_habitants",
                 "Événements pour 100 000 habitants par département", "Pour 100 000 habitants", False),
        ]
    modes = {
        mode: _value(data.france, edition, f"evenements_par_modalite.{mode}") or 0
        for mode in ("presentiel", "en_ligne", "hybride")
    }
    return {
        "edition": edition,
        "numero": edition - (FIRST_EDITION - 1),
        "row": row,
        "cards": _cards(row, previous),
        "laureats": laureate_rows(data.france, edition),
        "charts": charts,
        "maps": maps,
        "contours": outlines_svg(geometry) if maps else "",
        "a_verifier": bool(row["variation_a_verifier"]),
        "fusion_non_faite": bool(row.get("fusion_non_faite", False)),
        "phrase": _bilan_sentence(row, modes),
        "regions": _top_rows(
            data.regions[data.regions["edition"] == edition],
            "code_region",
            "nom_region",
            "communes_avec_evenement",
        ),
        "departements": _top_rows(
            departements, "code_departement", "nom_departement", "communes_avec_evenement"
        ),
        "communes": _top_rows(
            data.communes[data.communes["edition"] == edition],
            "code_commune_insee",
            "nom_commune",
            "population",
        ),
        "collectivites": [
            {
                "collectivite": f"{r['departement']} ({r['code_departement']})",
                "commune": f"{r['nom_commune']} ({r['code_commune_insee']})",
                "evenements": french_number(r["evenements"]),
            }
            for r in data.collectivites.to_dict("records")
            if r["edition"] == edition
        ],
        "precedente": edition - 1 if edition - 1 in editions else None,
        "suivante": edition + 1 if edition + 1 in editions else None,
    }


def _bilan_sentence(row: pd.Series, modes: dict) -> str:
    ordinal = "1re" if row["numero_edition"] == 1 else f"{int(row['numero_edition'])}e"
    text = (
        f"Pour sa {ordinal} édition, en novembre {int(row['edition'])}, le Mois de l'ESS a réuni "
        f"{french_number(row['evenements'])} événements proposés par {french_number(row['organisateurs'])} "
        f"structures organisatrices, dans {french_number(row['communes_avec_evenement'])} communes de "
        f"{french_number(row['departements_avec_evenement'])} départements."
    )
    if row["evenements"] > 0:
        # Shares are over the events whose source says it; an edition where none does gets no figure.
        unknown_co = _count(row, "evenements_co_organisation_inconnue")
        known_co = int(row["evenements"]) - unknown_co
        if known_co > 0:
            text += f" {french_percent(row['part_evenements_co_organises'])} des événements étaient co-organisés"
            text += (f" (sur les {french_number(known_co)} dont la source le dit)" if unknown_co else "") + " ;"
        else:
            text += " Les sources de cette édition ne disent pas si les événements étaient co-organisés ;"
        text += (
            f" {french_number(modes['en_ligne'])} se tenaient en ligne et "
            f"{french_number(modes['hybride'])} en format hybride"
        )
        unknown_mode = _count(row, "evenements_modalite_inconnue")
        text += f" (modalité inconnue pour {french_number(unknown_mode)})." if unknown_mode else "."
    return text


def _count(row: pd.Series, column: str) -> int:
    value = row.get(column)
    return 0 if value is None or pd.isna(value) else int(value)


def _both_widths(chart, editions: list[int], *args) -> dict:
    """A chart drawn for wide screens and for phones (the page shows one of them, by screen width)."""
    if not editions:
        return {"large": "", "etroit": ""}
    return {"large": chart(editions, *args), "etroit": chart(editions, *args, narrow=True)}


def _overview(data: ReportData, editions: list[int]) -> dict:
    summary = data.summary
    latest = summary.iloc[-1] if len(summary) else None
    series = {
        "Événements": summary["evenements"].astype(float).tolist(),
        "Organisateurs": summary["organisateurs"].astype(float).tolist(),
    }
    shares = {}
    for label, column in (
        ("Présentiel", "evenements_presentiel"),
        ("En ligne", "evenements_en_ligne"),
        ("Hybride", "evenements_hybrides"),
    ):
        # Over the events of known modality: an unknown one is neither in person nor online.
        unknown = summary.get("evenements_modalite_inconnue", pd.Series(0, index=summary.index))
        known = summary["evenements"].astype(float) - unknown.astype(float).fillna(0)
        total = known.where(known > 0)
        shares[label] = (summary[column].astype(float) / total * 100).fillna(0).tolist()
    shift = None
    if ONLINE_SHIFT_EDITION in editions:
        now = summary[summary["edition"] == ONLINE_SHIFT_EDITION].iloc[0]
        before = summary[summary["edition"] == ONLINE_SHIFT_EDITION - 1]
        shift = (
            f"En {ONLINE_SHIFT_EDITION}, année de crise sanitaire, "
            f"{french_percent(now['part_evenements_a_distance'])} des événements se sont tenus en ligne "
            "ou en format hybride"
        )
        shift += (
            f", contre {french_percent(before.iloc[0]['part_evenements_a_distance'])} en "
            f"{ONLINE_SHIFT_EDITION - 1}."
            if not before.empty
            else "."
        )
    regions = data.regions.pivot(index=["code_region", "nom_region"], columns="edition", values="evenements")
    region_rows = [
        {"code": code, "nom": name, "valeurs": [french_number(v) for v in values]}
        for (code, name), values in zip(regions.index, regions.to_numpy().tolist(), strict=True)
    ]
    table = headline_table(summary)
    return {
        "latest": None
        if latest is None
        else {
            "edition": int(latest["edition"]),
            "numero": int(latest["numero_edition"]),
            "cards": _cards(
                latest, int(latest["edition"]) - 1 if int(latest["edition"]) - 1 in editions else None
            ),
        },
        "editions_chart": _both_widths(editions_chart, editions, series, ONLINE_SHIFT_EDITION, "titre-evolution"),
        "editions_chart_rows": [
            [str(e), *(french_number(series[k][i]) for k in series)] for i, e in enumerate(editions)
        ],
        "editions_chart_columns": list(series),
        "shares_chart": _both_widths(shares_chart, editions, shares, ONLINE_SHIFT_EDITION, "titre-modalites"),
        "shares_chart_rows": [
            [str(e), *(french_percent(shares[k][i]) for k in shares)] for i, e in enumerate(editions)
        ],
        "shares_chart_columns": list(shares),
        "shift": shift,
        "table_columns": table.columns.tolist(),
        "table_rows": [
            {"edition": int(e), "cells": cells}
            for e, cells in zip(summary["edition"], table.to_numpy().tolist(), strict=True)
        ],
        "region_editions": [int(e) for e in regions.columns],
        "region_rows": region_rows,
    }


# --- rendering ---------------------------------------------------------------------------------------


@functools.cache
def _environment(template_cache: Path | None = None) -> jinja2.Environment:
    """The templates' environment; with `template_cache` (a folder), each template's compiled code is kept there
    (Jinja's bytecode cache, keyed by the template's name and source, Jinja's and Python's versions): a run that
    renders a page does not compile the templates again."""
    if template_cache is not None:
        template_cache.mkdir(parents=True, exist_ok=True)
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(template_cache)) if template_cache is not None else None,
    )


def _object_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its text columns as Python strings (object dtype): the same values, read cell by cell (the pages'
    small selections, sorts and records) several times cheaper than pandas' Arrow-backed strings."""
    texts = {name: object for name, dtype in frame.dtypes.items() if isinstance(dtype, pd.StringDtype)}
    return frame.astype(texts) if texts else frame


def _one_edition(data: ReportData, edition: int) -> ReportData:
    """The rows of one edition (every other edition's rows left out), so each page filters small frames."""

    def rows(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["edition"] == edition].reset_index(drop=True)

    return ReportData(rows(data.summary), rows(data.france), rows(data.regions), rows(data.departements),
                      rows(data.communes), data.about, rows(data.collectivites))


# Edition pages from which they are rendered by two processes (every other one in a forked worker, which hands back
# their HTML): a full rebuild renders 15, a one-edition rebuild one or two.
SPLIT_PAGES = 6


def render_report(data: ReportData, outlines: Callable[[], MapGeometry] | None,
                  only: set[str] | None = None, template_cache: Path | None = None,
                  workers: int | None = None) -> dict[str, str]:
    """{file name: HTML} of the overview page and of one page per edition (with `only`, just those pages); the
    editions' maps are drawn on the outlines `outlines()` gives (asked for only when an edition page is rendered;
    None: no maps). `template_cache`: see _environment. The edition pages are rendered by `workers` processes (two
    at most; parallel.worker_count() when None) when there are at least SPLIT_PAGES of them: the same pages."""
    from assets.lib.parallel import map_pieces

    environment = _environment(template_cache)
    editions = [int(e) for e in data.summary["edition"]]
    common = {
        "synthetic": json.loads(data.about.get("donnees_synthetiques", "false")) is True,
        "cog": data.about.get("cog_millesime", ""),
        "version": data.about.get("version", ""),
        "editions": editions,
        "shift_edition": ONLINE_SHIFT_EDITION,
    }
    overview = data
    wanted = [e for e in editions if only is None or f"edition-{e}.html" in only]
    geometry = outlines() if outlines is not None and wanted else None
    if wanted:
        data = ReportData(*(_object_texts(getattr(data, f.name)) if isinstance(getattr(data, f.name), pd.DataFrame)
                            else getattr(data, f.name) for f in dataclasses.fields(ReportData)))
        environment.get_template("edition.html.j2")  # compiled before a fork: once for both processes

    def render(group: list[int | str]) -> dict[str, str]:
        pages = {}
        for page in group:
            if page == INDEX_PAGE:
                pages[INDEX_PAGE] = environment.get_template("index.html.j2").render(
                    overview=_overview(overview, editions), **common)
            else:
                pages[f"edition-{page}.html"] = environment.get_template("edition.html.j2").render(
                    page=_edition_page(_one_edition(data, page), page, geometry, editions), **common)
        return pages

    index = [INDEX_PAGE] if only is None or INDEX_PAGE in only else []
    # The overview page goes with the worker's half: it costs about one edition page.
    groups = [wanted[0::2], index + wanted[1::2]] if len(wanted) >= SPLIT_PAGES else [index + wanted]
    rendered = {name: html for group in map_pieces(render, groups, workers) for name, html in group.items()}
    return {name: rendered[name] for name in [*index, *(f"edition-{edition}.html" for edition in wanted)]}


def _digest(*parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, pd.DataFrame):
            digest.update("|".join(map(str, part.columns)).encode())
            digest.update(pd.util.hash_pandas_object(part.reset_index(drop=True), index=True).to_numpy().tobytes())
        else:
            digest.update(json.dumps(part, sort_keys=True, default=str).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def page_inputs(data: ReportData, shapes_key: str) -> dict[str, str]:
    """{file name: digest of everything that page is made of}: its rows of the database, the editions list,
    the map outlines and the report's own code and templates. Equal digests give equal bytes."""
    code = _digest(*[
        path.read_bytes().hex()
        for path in sorted([*TEMPLATE_DIR.glob("*.j2"), *CODE_FILES])
    ])
    editions = [int(e) for e in data.summary["edition"]]
    common = (code, data.about, editions)
    inputs = {INDEX_PAGE: _digest(*common, data.summary, data.regions)}
    # Each frame's rows hashed once; an edition's page digests the hashes of its rows, in order.
    frames = [data.summary, data.france, data.regions, data.departements, data.communes, data.collectivites]
    hashed = [(frame["edition"].to_numpy(), "|".join(map(str, frame.columns)).encode(),
               pd.util.hash_pandas_object(frame, index=False).to_numpy()) for frame in frames]
    for edition in editions:
        digest = hashlib.sha256(f"{_digest(*common, shapes_key)}\0rows".encode())
        for values, columns, hashes in hashed:
            digest.update(columns + b"\0" + hashes[np.flatnonzero(values == edition)].tobytes() + b"\0")
        inputs[f"edition-{edition}.html"] = digest.hexdigest()
    return inputs


def write_report(pages: dict[str, str], output_dir: Path, keep: set[str] | frozenset = frozenset()) -> list[Path]:
    """Write the pages into `output_dir`, each under a temporary name then os.replace'd, skipping a page whose
    file already holds the same bytes; remove the report pages neither in `pages` nor in `keep` (editions no
    longer published). Other files in the folder are left alone. Returns the files written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    changed = {}
    for name, html in pages.items():
        target = output_dir / name
        data = html.encode("utf-8")
        if not (target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data):
            changed[name] = data
    staging = output_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        for name, data in changed.items():
            (staging / name).write_bytes(data)
        for name in changed:
            os.replace(staging / name, output_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for pattern in OWNED_PATTERNS:
        for stale in output_dir.glob(pattern):
            if stale.name not in pages and stale.name not in keep:
                stale.unlink()
    return [output_dir / name for name in changed]


def update_report(data: ReportData, outlines: Callable[[], MapGeometry] | None, shapes_key: str, output_dir: Path,
                  state_file: Path, template_cache: Path | None = None) -> dict:
    """Render and write only the pages whose inputs changed since the last report (digests in `state_file`,
    with the sha256 of each file written, so a page edited or removed by hand is rendered again).
    Returns {"rendered": [...], "written": [...], "pages": [...]} (file names). `template_cache`: see
    _environment."""
    inputs = page_inputs(data, shapes_key)
    state = read_state(state_file)

    def up_to_date(name: str) -> bool:
        known, target = state.get(name), output_dir / name
        return (
            isinstance(known, dict) and known.get("entrees") == inputs[name] and target.is_file()
            and hashlib.sha256(target.read_bytes()).hexdigest() == known.get("sha256")
        )

    todo = {name for name in inputs if not up_to_date(name)}
    pages = render_report(data, outlines, only=todo, template_cache=template_cache) if todo else {}
    written = write_report(pages, output_dir, keep=set(inputs))
    write_state(state_file, {
        name: {"entrees": digest, "sha256": hashlib.sha256((output_dir / name).read_bytes()).hexdigest()}
        for name, digest in sorted(inputs.items())
    })
    return {"rendered": sorted(pages), "written": sorted(p.name for p in written), "pages": sorted(inputs)}


def format_headlines(database: Path) -> str:
    """The per-edition headline table of a published mois_ess.duckdb, as aligned text (CLI)."""
    with duckdb.connect(str(database), read_only=True) as con:
        summary = con.execute("SELECT * FROM indicateurs_editions ORDER BY edition").df()
    if summary.empty:
        return "(aucune édition publiée)"
    return headline_table(summary).to_string(index=False).replace("\u202f", " ")
