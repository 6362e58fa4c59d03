"""Yearly indicators of the Mois de l'ESS by territory (France, région, département) and their checks.

Input: the coded events (columns of schemas/evenements.schema.json), the COG reference tables and,
when present, the Prix de l'ESS laureates. Output: a tidy long table (one row per edition, territory and
indicator; schemas/indicateurs.schema.json) and a one-row-per-edition summary
(schemas/indicateurs_editions.schema.json). The French definitions of every indicator are in those
schemas and in the README's « Méthodes » section; keep the three in step (tests/lib/test_indicators.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd
import pyarrow as pa

from assets.lib.config import FIRST_EDITION
from assets.lib.reference import CODED_COLLECTIVITIES
from assets.lib.text import fold
from assets.lib.vocabularies import load_vocabularies

LONG_COLUMNS = ["edition", "niveau", "code_territoire", "nom_territoire", "indicateur", "valeur", "unite"]
LEVELS = ("france", "region", "departement")
FRANCE_CODE, FRANCE_NAME = "FR", "France"
DROM_DEPARTEMENTS = ("971", "972", "973", "974", "976")
MULTI_SEPARATOR = "|"
NOT_GIVEN = "non_renseigne"
DISTANCE_MODES = ("en_ligne", "hybride")
PER_INHABITANTS = 100_000
DECIMALS = 2  # ratios are rounded; every ratio can be recomputed from the counts beside it

# Units of the `unite` column.
COUNT, PERCENT, RATE, INHABITANTS = "nombre", "pourcentage", "pour_100000_habitants", "habitants"


@dataclass(frozen=True)
class Indicator:
    """One indicator, or a family `<name>.<modalité>` when `field` names a categorical event field."""

    name: str
    unit: str
    levels: tuple[str, ...]
    # France = sum over régions (+ events outside any région), région = sum of its départements
    additive: bool
    field: str | None = None  # categorical field broken down by (one indicator per value)
    multi: bool = False  # values separated by `|`: an event counts once under each of its values


ALL = LEVELS
INDICATORS = [
    Indicator("evenements", COUNT, ALL, True),
    Indicator("evenements_localises", COUNT, ALL, True),
    Indicator("part_evenements_localises", PERCENT, ALL, False),
    Indicator("organisateurs", COUNT, ALL, False),
    Indicator("evenements_co_organises", COUNT, ALL, True),
    Indicator("evenements_co_organisation_inconnue", COUNT, ALL, True),
    Indicator("part_evenements_co_organises", PERCENT, ALL, False),
    Indicator("evenements_par_type", COUNT, ALL, True, field="type_evenement"),
    Indicator("evenements_par_public", COUNT, ALL, True, field="publics", multi=True),
    Indicator("evenements_par_thematique", COUNT, ALL, True, field="thematiques", multi=True),
    Indicator("evenements_par_modalite", COUNT, ALL, True, field="modalite"),
    Indicator("part_evenements_a_distance", PERCENT, ALL, False),
    Indicator("evenements_par_famille_organisateur", COUNT, ALL, True, field="organisateur_famille"),
    Indicator("organisateurs_par_famille", COUNT, ALL, False, field="organisateur_famille"),
    Indicator("communes_avec_evenement", COUNT, ALL, True),
    Indicator("departements_avec_evenement", COUNT, ("france", "region"), True),
    Indicator("regions_avec_evenement", COUNT, ("france",), True),
    Indicator("population", INHABITANTS, ALL, False),
    Indicator("evenements_pour_100000_habitants", RATE, ALL, False),
    Indicator("evenements_drom", COUNT, ("france",), False),
    Indicator("part_evenements_drom", PERCENT, ("france",), False),
    Indicator("evenements_com", COUNT, ("france",), False),
    Indicator("part_evenements_com", PERCENT, ("france",), False),
    Indicator("laureats_prix_ess", COUNT, ("france", "region"), False),
    Indicator("laureats_prix_ess_par_niveau_angle", COUNT, ("france", "region"), False, field="niveau.angle"),
    Indicator("evolution_evenements", PERCENT, ALL, False),
    Indicator("evolution_organisateurs", PERCENT, ALL, False),
]
BY_NAME = {indicator.name: indicator for indicator in INDICATORS}
# Families broken down by an event field (the laureates' one is built from the laureates table).
FIELD_OF_FAMILY = {i.name: i.field for i in INDICATORS if i.field and not i.name.startswith("laureats")}

# Columns of the one-row-per-edition summary, in order (schemas/indicateurs_editions.schema.json).
SUMMARY_COLUMNS = [
    "edition",
    "numero_edition",
    "evenements",
    "evolution_evenements",
    "organisateurs",
    "evolution_organisateurs",
    "evenements_co_organises",
    "evenements_co_organisation_inconnue",
    "part_evenements_co_organises",
    "evenements_presentiel",
    "evenements_en_ligne",
    "evenements_hybrides",
    "evenements_modalite_inconnue",
    "part_evenements_a_distance",
    "communes_avec_evenement",
    "departements_avec_evenement",
    "regions_avec_evenement",
    "evenements_pour_100000_habitants",
    "part_evenements_drom",
    "part_evenements_com",
    "part_evenements_localises",
    "type_principal",
    "thematique_principale",
    "famille_principale",
    "laureats_prix_ess",
    "variation_a_verifier",
    "fusion_non_faite",
]


# --- territories -------------------------------------------------------------------------------------


def territories(communes: pd.DataFrame, departements: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """Every territory of the current COG with its municipal population: columns niveau, code_territoire,
    nom_territoire, code_parent (the région of a département, FR for a région), population. Only `COM`
    rows count (COMD/COMA/ARM are parts of a commune)."""
    com = communes[communes["type_commune"] == "COM"]
    population = com["population"].astype("Float64").fillna(0)
    by_region = population.groupby(com["code_region"].astype(str)).sum()
    by_departement = population.groupby(com["code_departement"].astype(str)).sum()
    france = pd.DataFrame(
        {
            "niveau": ["france"],
            "code_territoire": [FRANCE_CODE],
            "nom_territoire": [FRANCE_NAME],
            "code_parent": [""],
            "population": [float(population.sum())],
        }
    )
    region = pd.DataFrame(
        {
            "niveau": "region",
            "code_territoire": regions["code_region"].astype(str),
            "nom_territoire": regions["nom_region"].astype(str),
            "code_parent": FRANCE_CODE,
        }
    )
    region["population"] = region["code_territoire"].map(by_region).fillna(0).astype(float)
    departement = pd.DataFrame(
        {
            "niveau": "departement",
            "code_territoire": departements["code_departement"].astype(str),
            "nom_territoire": departements["nom_departement"].astype(str),
            "code_parent": departements["code_region"].astype(str),
        }
    )
    departement["population"] = departement["code_territoire"].map(by_departement).fillna(0).astype(float)
    frame = pd.concat(
        [france, region.sort_values("code_territoire"), departement.sort_values("code_territoire")]
    )
    return frame.reset_index(drop=True)


# --- event preparation -------------------------------------------------------------------------------


def organiser_key(name: str | None) -> str:
    """How main organisers are told apart: case, accents, punctuation and spacing ignored."""
    return fold(name)


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[column].astype("string").fillna("").astype(str).str.strip()


TEXT_COLUMNS = (
    "type_evenement",
    "thematiques",
    "publics",
    "modalite",
    "organisateur",
    "organisateur_famille",
    "co_organisateurs",
    "code_commune_insee",
    "code_departement",
    "code_region",
)
# Every event column the indicators and their checks read (the asset reads no other).
EVENT_COLUMNS = ("edition", *TEXT_COLUMNS, "co_organise")


def prepare_events(events: pd.DataFrame) -> pd.DataFrame:
    """The event columns the indicators use, as plain strings ('' when missing) and an int edition."""
    prepared = pd.DataFrame({"edition": events["edition"].astype(int)}, index=events.index)
    for column in TEXT_COLUMNS:
        prepared[column] = _text(events, column)
    prepared["organisateur_cle"] = _per_distinct(prepared["organisateur"], organiser_key)
    named = prepared["co_organisateurs"].str.strip(MULTI_SEPARATOR + " ") != ""
    if "co_organise" in events.columns:
        # true / false / empty (the source has no co-organiser field): unknown stays unknown.
        known = _per_distinct(events["co_organise"], _boolean).astype(object)
        prepared["co_organise_connu"] = known.notna().to_numpy() | named.to_numpy()
        prepared["co_organise"] = (known == True).to_numpy(dtype=bool) | named.to_numpy()  # noqa: E712
    else:  # a frame from before `co_organise` existed: names say yes, their absence says no
        prepared["co_organise_connu"] = True
        prepared["co_organise"] = named
    prepared["localise"] = prepared["code_commune_insee"] != ""
    return prepared.reset_index(drop=True)


# The prepared columns the counts read, taken once as NumPy arrays (text as Python strings): selecting rows of the
# frame's Arrow text columns for each level and check cost more than the counting.
COUNTED_COLUMNS = ("edition", "localise", "organisateur_cle", "co_organise", "co_organise_connu", "code_commune_insee",
                   "code_departement", "code_region")


@dataclass(frozen=True)
class PreparedEvents:
    """Events prepared once (prepare_events) with their field_pairs and counted columns, shared by the table and its
    checks."""

    frame: pd.DataFrame
    pairs: dict[str, _Pairs]
    columns: dict[str, np.ndarray]


def prepared_events(events: pd.DataFrame | PreparedEvents) -> PreparedEvents:
    """`events` prepared with their pairs (as given when already prepared)."""
    if isinstance(events, PreparedEvents):
        return events
    frame = prepare_events(events)
    columns = {name: frame[name].to_numpy(dtype=object if name.startswith(("code", "organisateur")) else None)
               for name in COUNTED_COLUMNS}
    return PreparedEvents(frame, field_pairs(frame), columns)


def _per_distinct(column: pd.Series, function) -> pd.Series:
    """`column.map(function)` with one call per distinct value (the result as object values)."""
    codes, distinct = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=False)
    mapped = np.empty(len(distinct), dtype=object)
    mapped[:] = [function(value) for value in distinct]
    return pd.Series(mapped[codes], index=column.index, dtype=object)


def _boolean(value) -> bool | None:
    """True / False of a boolean cell (a bool, or its CSV text), None when empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return {"true": True, "1": True, "false": False, "0": False}.get(str(value).strip().lower())


def categories(field: str) -> list[str]:
    """The values a field is broken down by: its vocabulary, plus `non_renseigne` for events whose source
    does not say (every field may be unknown)."""
    return [*load_vocabularies()[field].labels, NOT_GIVEN]


def _values(frame: pd.DataFrame, field: str, multi: bool) -> tuple[np.ndarray, np.ndarray]:
    """The values of a categorical field per event: (row position, value) pairs, a multi-valued field giving
    one pair per distinct value of the event in the order written. An event without any value gives
    `non_renseigne`. Each distinct cell is split once (a few hundred cells for tens of thousands of events)."""
    column = frame[field]
    if not multi:
        return np.arange(len(frame)), column.where(column != "", NOT_GIVEN).to_numpy(dtype=object)
    codes, cells = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=False)
    parts = pd.Series(cells, dtype=column.dtype).str.split(MULTI_SEPARATOR).explode().str.strip()
    written: list[list[str]] = [[] for _ in cells]
    for cell, part in zip(parts.index.tolist(), parts.tolist(), strict=True):
        written[cell].append(part)
    values_of = []
    for values in written:
        distinct = list(dict.fromkeys(values))
        values_of.append([v for v in distinct if v != ""] or [NOT_GIVEN])
    counts = np.array([len(values) for values in values_of], dtype=np.int64)[codes]
    rows = np.repeat(np.arange(len(frame)), counts)
    return rows, np.fromiter(chain.from_iterable(values_of[c] for c in codes.tolist()), dtype=object,
                             count=int(counts.sum()))


@dataclass(frozen=True)
class _Pairs:
    """(event, value) pairs of a categorical field: the event's row position, the value's code in `names`."""

    rows: np.ndarray
    values: np.ndarray
    names: list[str]


def field_pairs(events: pd.DataFrame) -> dict[str, _Pairs]:
    """The (event, value) pairs of every field an indicator family breaks down by, computed once for prepared
    events (rows by position) and shared by every level and check."""
    out = {}
    for indicator in INDICATORS:
        if indicator.name not in FIELD_OF_FAMILY or indicator.field in out:
            continue
        rows, values = _values(events, indicator.field, indicator.multi)
        codes, names = pd.factorize(values)
        out[indicator.field] = _Pairs(rows, codes, [str(n) for n in names])
    return out


# --- computation -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Grid:
    """Every (edition, territory code) cell of a level, edition by edition: cell = edition position × codes + code
    position. Values over the grid are NumPy arrays, one per indicator (a pandas Series per indicator and level cost
    more than the counting)."""

    editions: list[int]
    codes: list[str]

    @property
    def size(self) -> int:
        return len(self.editions) * len(self.codes)

    def edition_of_cell(self) -> np.ndarray:
        return np.repeat(np.asarray(self.editions, dtype=np.int64), len(self.codes))

    def code_of_cell(self) -> np.ndarray:
        return np.tile(np.asarray(self.codes, dtype=object), len(self.editions))

    def cells(self, editions, codes) -> np.ndarray:
        """The cell of each (edition, code) given, -1 outside the grid."""
        edition_at = pd.Index(self.editions, dtype=np.int64).get_indexer(editions)
        code_at = pd.Index(self.codes, dtype=object).get_indexer(codes)
        return np.where((edition_at >= 0) & (code_at >= 0), edition_at * len(self.codes) + code_at, -1)


def _isin(values: np.ndarray, allowed) -> np.ndarray:
    """Whether each of `values` is among `allowed` (hashed, as pandas' isin)."""
    return pd.Index(values, dtype=object).isin(list(allowed))


def _count_table(ready: PreparedEvents, positions: np.ndarray, codes_of: np.ndarray, grid: _Grid
                 ) -> dict[str, np.ndarray]:
    """Count indicators of the prepared events at `positions` (rows of `ready`), each assigned to the territory code
    `codes_of` gives it, on the full (edition, code) grid, as floats per cell."""
    pairs, prepared = ready.pairs, ready.columns
    size_of_grid = grid.size
    events = {name: column[positions] for name, column in prepared.items()}
    code_at = pd.Index(grid.codes, dtype=object).get_indexer(codes_of)
    edition_at = pd.Index(grid.editions, dtype=np.int64).get_indexer(events["edition"])
    # Cell of each event at `positions` in the grid (-1 outside it), and per prepared row.
    cell = np.where((code_at >= 0) & (edition_at >= 0), edition_at * len(grid.codes) + code_at, -1)
    cell_of_row = np.full(len(ready.frame), -1, dtype=np.int64)
    coded_of_row = np.zeros(len(ready.frame), dtype=bool)  # the event has a territory code of the grid
    cell_of_row[positions] = cell
    coded_of_row[positions] = code_at >= 0

    def per_cell(counts: np.ndarray) -> np.ndarray:
        return counts.astype(float)

    def size(mask: np.ndarray | None = None) -> np.ndarray:
        keep = cell >= 0 if mask is None else (cell >= 0) & np.asarray(mask, dtype=bool)
        return per_cell(np.bincount(cell[keep], minlength=size_of_grid))

    def distinct(column: str, mask: np.ndarray) -> np.ndarray:
        keep = (cell >= 0) & np.asarray(mask, dtype=bool)
        values, _ = pd.factorize(events[column][keep])
        combined = pd.unique(cell[keep].astype(np.int64) * (len(values) + 1) + values)  # hashed: no sort needed
        return per_cell(np.bincount(combined // (len(values) + 1), minlength=size_of_grid))

    out = {
        "evenements": size(),
        "evenements_localises": size(events["localise"]),
        "organisateurs": distinct("organisateur_cle", events["organisateur_cle"] != ""),
        "evenements_co_organises": size(events["co_organise"]),
        "evenements_co_organisation_inconnue": size(~events["co_organise_connu"]),
        "communes_avec_evenement": distinct("code_commune_insee", events["code_commune_insee"] != ""),
        "departements_avec_evenement": distinct("code_departement", events["code_departement"] != ""),
        "regions_avec_evenement": distinct("code_region", events["code_region"] != ""),
        "evenements_drom": size(_isin(events["code_departement"], DROM_DEPARTEMENTS)),
        "evenements_com": size(_isin(events["code_departement"], CODED_COLLECTIVITIES)),
    }
    organisers = None
    for indicator in INDICATORS:
        if indicator.name not in FIELD_OF_FAMILY:
            continue
        field = pairs[indicator.field]
        width = len(field.names)
        keep = coded_of_row[field.rows]
        if indicator.name == "organisateurs_par_famille":
            if organisers is None:
                organisers, names = pd.factorize(prepared["organisateur_cle"])
                organisers = np.where(organisers == list(names).index(""), -1, organisers) if "" in set(
                    names) else organisers
            keep = keep & (organisers[field.rows] >= 0)  # events whose main organiser is named
            row_cells, row_values = cell_of_row[field.rows[keep]], field.values[keep]
            # Distinct (cell, value, organiser) triples, one int64 key each, then counted per (cell, value).
            organiser = organisers[field.rows[keep]].astype(np.int64)
            span = int(organisers.max()) + 2 if len(organisers) else 1
            # cell is -1 outside the grid: shifted by one so that every key is non-negative.
            triples = pd.unique(((row_cells.astype(np.int64) + 1) * width + row_values) * span + organiser)
            row_cells, row_values = triples // span // width - 1, triples // span % width
        else:
            row_cells, row_values = cell_of_row[field.rows[keep]], field.values[keep]
        observed_codes = np.flatnonzero(np.bincount(row_values, minlength=width)).tolist() if len(row_values) else []
        inside = row_cells >= 0
        counts = np.bincount(
            row_cells[inside].astype(np.int64) * width + row_values[inside], minlength=size_of_grid * width
        ).reshape(size_of_grid, width) if width else np.zeros((size_of_grid, 0))
        column_of = {name: i for i, name in enumerate(field.names)}
        vocabulary = categories(indicator.field)
        observed = sorted({field.names[i] for i in observed_codes} - set(vocabulary))
        for value in [*vocabulary, *observed]:
            column = column_of.get(value)
            out[f"{indicator.name}.{value}"] = per_cell(
                counts[:, column] if column is not None else np.zeros(size_of_grid)
            )
    return out


def _ratio(numerator: np.ndarray, denominator: np.ndarray, scale: float = 100.0) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = (numerator / np.where(denominator > 0, denominator, np.nan)) * scale
    return np.round(ratio, DECIMALS)


def _laureates_of_level(frame: pd.DataFrame, editions: list[int], level: str, codes) -> pd.DataFrame:
    """The laureates of `editions` in `frame` (laureats_frame()) counted at `level` (placed in a territory `codes`)."""
    frame = frame[frame["edition"].isin(editions)]
    frame = frame.assign(code=FRANCE_CODE if level == "france" else frame["code_region"])
    return frame[frame["code"].isin(codes)]


def laureate_kinds(laureats: pd.DataFrame | None, editions: list[int], places: pd.DataFrame
                   ) -> dict[str, list[tuple[str, str]]]:
    """Per level, the (niveau_prix, angle) pairs of the laureates of `editions` at that level: the
    `laureats_prix_ess_par_niveau_angle` indicators that indicator_table gives every covered edition."""
    if laureats is None:
        return {}
    frame = laureats_frame(laureats)
    return {level: sorted(set(zip(*(_laureates_of_level(frame, editions, level, places.loc[
        places["niveau"] == level, "code_territoire"])[c] for c in ("niveau_prix", "angle")), strict=True)))
            for level in ("france", "region")}


def _laureate_counts(
    laureats: pd.DataFrame | None, editions: list[int], level: str, grid: _Grid,
    kinds: list[tuple[str, str]] = (),
) -> dict[str, np.ndarray]:
    if laureats is None or level not in ("france", "region"):
        return {}
    everywhere = laureats_frame(laureats)
    # Editions without any laureate in the table are not covered by it: no row rather than a false zero.
    covered = _isin(grid.edition_of_cell(), sorted(set(everywhere.loc[everywhere["edition"].isin(editions),
                                                                         "edition"].tolist())))
    frame = _laureates_of_level(everywhere, editions, level, grid.codes)
    cells = grid.cells(frame["edition"], frame["code"])

    def per_cell(counted: np.ndarray) -> np.ndarray:
        return np.where(covered, np.bincount(counted, minlength=grid.size).astype(float), np.nan)

    out = {"laureats_prix_ess": per_cell(cells)}
    niveaux, angles = frame["niveau_prix"].to_numpy(dtype=object), frame["angle"].to_numpy(dtype=object)
    present = set(zip(niveaux.tolist(), angles.tolist(), strict=True))
    for niveau, angle in sorted(present | set(kinds)):
        out[f"laureats_prix_ess_par_niveau_angle.{niveau}.{angle}"] = per_cell(
            cells[(niveaux == niveau) & (angles == angle)])
    return out


def laureats_frame(laureats: pd.DataFrame) -> pd.DataFrame:
    """Laureates reduced to edition, niveau_prix, angle and code_region (slugs, '' when unknown).

    Reads the columns of the laureates table whichever of the usual names it uses: the level in
    `niveau` (régional / national), the angle in `angle`, `categorie` or `prix`."""

    def pick(*names: str) -> pd.Series:
        for name in names:
            if name in laureats.columns:
                return _text(laureats, name).map(lambda v: "_".join(fold(v).split()) or NOT_GIVEN)
        return pd.Series(NOT_GIVEN, index=laureats.index, dtype=object)

    region = (
        _text(laureats, "code_region")
        if "code_region" in laureats.columns
        else pd.Series("", index=laureats.index, dtype=object)
    )
    return pd.DataFrame(
        {
            "edition": laureats["edition"].astype(int),
            "niveau_prix": pick("niveau", "niveau_prix", "echelon"),
            "angle": pick("angle", "categorie", "prix", "categorie_prix"),
            "code_region": region,
        }
    )


@dataclass(frozen=True)
class _LevelRows:
    """One level's rows of the long table, indicator by indicator then cell by cell: edition and value, the position
    of the indicator in `names` and of the territory in `codes` (named `territory_names`)."""

    edition: np.ndarray
    value: np.ndarray
    name: np.ndarray
    code: np.ndarray
    names: list[str]
    codes: list[str]
    territory_names: list[str]


def _taken(values: list, at: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """values[at] as the text column pandas makes of Python strings (taken by Arrow: the values repeat)."""
    return pd.array(pa.array(values, pa.large_string(), from_pandas=True).take(pa.array(at, pa.int64())),
                    dtype="str")


def _level_rows(
    ready: PreparedEvents, places: pd.DataFrame, level: str, editions: list[int], laureats: pd.DataFrame | None,
    kinds: list[tuple[str, str]] = (), earlier: pd.DataFrame | None = None,
) -> pd.DataFrame:
    codes = places["code_territoire"].tolist()
    grid = _Grid([int(e) for e in editions], codes)
    if level == "france":
        positions = np.arange(len(ready.frame))
        codes_of = np.full(len(positions), FRANCE_CODE, dtype=object)
    else:
        column = ready.columns["code_region" if level == "region" else "code_departement"]
        positions = np.flatnonzero(_isin(column, codes))
        codes_of = column[positions]
    values = _count_table(ready, positions, codes_of, grid)
    by_code = places.set_index("code_territoire")
    pop = np.tile(by_code["population"].reindex(codes).to_numpy(dtype=float, na_value=np.nan), len(grid.editions))
    distance = sum(values[f"evenements_par_modalite.{mode}"] for mode in DISTANCE_MODES)
    # Shares are over the events whose source gives the value; the unknown count is published beside them.
    modality_known = values["evenements"] - values[f"evenements_par_modalite.{NOT_GIVEN}"]
    co_organisation_known = values["evenements"] - values["evenements_co_organisation_inconnue"]
    # At France level the rate counts only events placed in a commune (online or abroad: no population).
    placed = values["evenements_localises"] if level == "france" else values["evenements"]
    values.update(
        {
            "part_evenements_localises": _ratio(values["evenements_localises"], values["evenements"]),
            "part_evenements_co_organises": _ratio(values["evenements_co_organises"], co_organisation_known),
            "part_evenements_a_distance": _ratio(distance, modality_known),
            "population": pop,
            "evenements_pour_100000_habitants": _ratio(placed, pop, PER_INHABITANTS),
            "part_evenements_drom": _ratio(values["evenements_drom"], values["evenements_localises"]),
            "part_evenements_com": _ratio(values["evenements_com"], values["evenements_localises"]),
        }
    )
    values.update(_laureate_counts(laureats, editions, level, grid, kinds))
    # The previous edition's cell of each cell: in the grid, or among the rows `earlier` gives (-1: not built).
    year_cells = grid.cells([e - 1 for e in grid.edition_of_cell().tolist()], grid.code_of_cell())
    for name in ("evenements", "organisateurs"):
        current = values[name]
        previous = np.where(year_cells >= 0, current[year_cells], np.nan)
        if earlier is not None:  # the figures of the editions not computed here
            rows = earlier[(earlier["niveau"] == level) & (earlier["indicateur"] == name)
                           & ~earlier["edition"].isin(editions)]
            following = grid.cells(rows["edition"].to_numpy(dtype=np.int64) + 1, rows["code_territoire"])
            inside = following >= 0
            previous[following[inside]] = rows["valeur"].to_numpy(dtype=float)[inside]
        values[f"evolution_{name}"] = _ratio(current - previous, previous)
    # One row per indicator and grid cell with a value, indicator by indicator (the order of first appearance
    # of the names matters to indicator_table).
    kept = [name for name in values if level in BY_NAME[name.split(".")[0]].levels]
    matrix = np.vstack([values[name] for name in kept]) if kept else np.zeros((0, grid.size))
    indicator_at, cell_at = np.nonzero(~np.isnan(matrix))
    return _LevelRows(edition=grid.edition_of_cell()[cell_at], value=matrix[indicator_at, cell_at],
                      name=indicator_at, code=cell_at % max(len(codes), 1), names=kept, codes=codes,
                      territory_names=by_code["nom_territoire"].reindex(codes).tolist())


def indicator_table(
    events: pd.DataFrame | PreparedEvents,
    places: pd.DataFrame,
    laureats: pd.DataFrame | None = None,
    editions: list[int] | None = None,
    kinds: dict[str, list[tuple[str, str]]] | None = None,
    earlier: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The tidy long table: one row per (edition, niveau, code_territoire, indicateur), every territory of
    `places` (see territories()) for every edition of `editions` (default: the editions of `events`).

    Counts of a category are given for every value of its vocabulary, zeros included; ratios, rates and
    changes are omitted (no row) where their denominator is zero or the previous edition was not built.

    Some editions only (with their events alone): `kinds`, the laureate_kinds() of every edition, and `earlier`,
    rows of this table for the other editions built (at least their `evenements` and `organisateurs`, which the
    changes from the previous edition read), give these editions' rows of the table of every edition; unless a
    category value outside its vocabulary (out_of_vocabulary) is found in another edition."""
    ready = prepared_events(events)
    years = sorted({int(e) for e in (editions if editions is not None else ready.frame["edition"].unique())})
    if not years:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(LONG_COLUMNS, [*["int64"], *[object] * 4, "float64", object], strict=True)
            }
        )
    parts = [
        _level_rows(ready, places[places["niveau"] == level], level, years, laureats, (kinds or {}).get(level, ()),
                    earlier)
        for level in LEVELS
    ]
    # Names ranked by family, then in the order of their first appearance (level by level, indicator by indicator).
    family_rank = {indicator.name: i for i, indicator in enumerate(INDICATORS)}
    seen: dict[str, int] = {}
    names_at = []
    for part in parts:
        mine = np.zeros(len(part.names), dtype=np.int64)
        for local in np.unique(part.name).tolist():
            mine[local] = seen.setdefault(part.names[local], len(seen))
        names_at.append(mine[part.name])
    names = list(seen)
    ordered = sorted(range(len(names)), key=lambda i: (family_rank[names[i].split(".")[0]], i))
    rank_of = np.empty(len(names), dtype=np.int64)
    rank_of[ordered] = np.arange(len(names))
    name_at = np.concatenate(names_at)
    # Territories of every level one after the other (a région and a département may share a code).
    offsets = np.cumsum([0, *(len(part.codes) for part in parts)])
    codes = [code for part in parts for code in part.codes]
    code_at = np.concatenate([part.code + offset for part, offset in zip(parts, offsets.tolist(), strict=False)])
    code_rank, _ = pd.factorize(np.asarray(codes, dtype=object), sort=True)
    level_at = np.repeat(np.arange(len(parts)), [len(part.name) for part in parts])
    edition = np.concatenate([part.edition for part in parts]).astype(np.int64)
    # One row per key (edition, level, territory, indicator): the order does not depend on how the sort breaks ties.
    order = np.lexsort((rank_of[name_at], code_rank[code_at], level_at, edition))
    units = [BY_NAME[name.split(".")[0]].unit for name in names]
    return pd.DataFrame({
        "edition": edition[order],
        "niveau": _taken(list(LEVELS), level_at[order]),
        "code_territoire": _taken(codes, code_at[order]),
        "nom_territoire": _taken([n for part in parts for n in part.territory_names], code_at[order]),
        "indicateur": _taken(names, name_at[order]),
        "valeur": np.concatenate([part.value for part in parts]).astype(np.float64)[order],
        "unite": _taken(units, name_at[order]),
    })


def out_of_vocabulary(long: pd.DataFrame) -> set[int]:
    """Editions of `long` with a row for a category value outside the field's vocabulary: one edition counts events
    under it, and every edition computed with that one has the row (computed alone, an edition would not)."""
    france = long[long["niveau"] == "france"]
    names = pd.unique(france["indicateur"].to_numpy(dtype=object))
    outside = [name for name in names if name.split(".", 1)[0] in FIELD_OF_FAMILY and name.split(".", 1)[1]
               not in categories(FIELD_OF_FAMILY[name.split(".", 1)[0]])]
    return {int(e) for e in france.loc[france["indicateur"].isin(outside), "edition"].unique()}


# --- summary and checks ------------------------------------------------------------------------------


def _top(france: pd.DataFrame, prefix: str) -> pd.Series:
    rows = france[france["indicateur"].str.startswith(prefix + ".")]
    rows = rows[~rows["indicateur"].str.endswith("." + NOT_GIVEN) & (rows["valeur"] > 0)]
    rows = rows.sort_values(["edition", "valeur", "indicateur"], ascending=[True, False, True], kind="stable")
    return rows.drop_duplicates("edition").set_index("edition")["indicateur"].str.split(".").str[1]


def edition_summary(long: pd.DataFrame, max_change_factor: float = 2.0,
                    unmerged: frozenset[int] = frozenset()) -> pd.DataFrame:
    """One row per edition with the national headline figures (France level of `long`). `unmerged`: the editions
    published without the merge across sources (events_unique's merge raised there): flagged, their counts may
    hold a duplicate or more."""
    france = long[long["niveau"] == "france"]
    if france.empty:
        return pd.DataFrame({column: pd.Series(dtype=object) for column in SUMMARY_COLUMNS})
    wide = france.pivot(index="edition", columns="indicateur", values="valeur")
    summary = pd.DataFrame(index=wide.index.rename("edition"))
    summary["numero_edition"] = summary.index - (FIRST_EDITION - 1)
    renamed = {
        "evenements_presentiel": "evenements_par_modalite.presentiel",
        "evenements_en_ligne": "evenements_par_modalite.en_ligne",
        "evenements_hybrides": "evenements_par_modalite.hybride",
        "evenements_modalite_inconnue": f"evenements_par_modalite.{NOT_GIVEN}",
    }
    for column in SUMMARY_COLUMNS[2:]:
        source = renamed.get(column, column)
        if source in wide.columns:
            summary[column] = wide[source]
    summary["type_principal"] = _top(france, "evenements_par_type")
    summary["thematique_principale"] = _top(france, "evenements_par_thematique")
    summary["famille_principale"] = _top(france, "evenements_par_famille_organisateur")
    flagged = {j["edition"] for j in edition_jumps(summary.reset_index(), max_change_factor)}
    summary["variation_a_verifier"] = summary.index.isin(flagged)
    summary["fusion_non_faite"] = summary.index.isin(unmerged)
    summary = summary.reset_index()
    for column in SUMMARY_COLUMNS:
        if column not in summary.columns:
            summary[column] = pd.NA
    return summary[SUMMARY_COLUMNS]


def edition_jumps(summary: pd.DataFrame, max_change_factor: float) -> list[dict]:
    """Editions whose event count is more than `max_change_factor` times, or less than 1/factor times,
    the previous edition's (a drop to zero counts as a jump)."""
    counts = summary.set_index("edition")["evenements"].astype(float).sort_index()
    jumps = []
    for edition, count in counts.items():
        previous = counts.get(edition - 1)
        if previous is None or pd.isna(previous) or previous == 0:
            continue
        ratio = count / previous
        if ratio > max_change_factor or ratio < 1 / max_change_factor:
            jumps.append(
                {
                    "edition": int(edition),
                    "evenements": int(count),
                    "evenements_precedents": int(previous),
                    "rapport": round(float(ratio), 3),
                }
            )
    return jumps


def missing_editions(editions) -> list[int]:
    """Editions absent between the first and the last built edition."""
    years = sorted({int(e) for e in editions})
    return [] if not years else sorted(set(range(years[0], years[-1] + 1)) - set(years))


def published_count_gaps(long: pd.DataFrame, events: pd.DataFrame | pd.Series) -> list[dict]:
    """Editions where the national `evenements` differs from the number of published events (`events`, or their
    count per edition)."""
    national = long[(long["niveau"] == "france") & (long["indicateur"] == "evenements")].set_index("edition")[
        "valeur"
    ]
    published = events if isinstance(events, pd.Series) else events["edition"].astype(int).value_counts()
    editions = sorted(set(national.index) | set(published.index))
    return [
        {
            "edition": int(e),
            "indicateurs": float(national.get(e, 0)),
            "evenements_publies": int(published.get(e, 0)),
        }
        for e in editions
        if float(national.get(e, 0)) != float(published.get(e, 0))
    ]


def additive_gaps(long: pd.DataFrame, events: pd.DataFrame | PreparedEvents, places: pd.DataFrame) -> list[dict]:
    """Additive indicators whose value at a level differs from the sum over the level below plus what the
    level below cannot place (France vs régions: events without a known région; région vs départements:
    events of the région without a known département). Empty when the table is consistent."""
    additive = {i.name for i in INDICATORS if i.additive}
    ready = prepared_events(events)
    editions = sorted(long["edition"].unique().tolist())
    if not editions:
        return []
    # The table's columns as NumPy arrays, its texts as codes, taken once (selecting rows of Arrow text columns costs
    # more); a row's key (edition, territory, indicator) as one integer.
    edition = long["edition"].to_numpy(dtype=np.int64)
    niveau = long["niveau"].to_numpy(dtype=object)
    code_at, code = pd.factorize(long["code_territoire"].to_numpy(dtype=object))
    code = code.tolist()
    missing, nowhere = len(code), len(code) + 1  # the code of a row without one, and of no territory's row
    code_at = np.where(code_at >= 0, code_at, missing)
    valeur = long["valeur"].to_numpy(dtype=float)
    name_at, distinct = pd.factorize(long["indicateur"].to_numpy(dtype=object))  # one test per name, not per row

    def key(editions: np.ndarray, codes: np.ndarray, names: np.ndarray) -> np.ndarray:
        return (editions * (nowhere + 1) + codes) * (len(distinct) + 1) + names

    family = [str(name).split(".")[0] for name in distinct]
    additive_row = np.array([name in additive for name in family], dtype=bool)[name_at]
    codes = {level: places.loc[places["niveau"] == level, "code_territoire"].tolist() for level in LEVELS}
    region, departement = ready.columns["code_region"], ready.columns["code_departement"]
    in_region = _isin(region, codes["region"])
    outside_regions = np.flatnonzero(~in_region)
    outside_departements = np.flatnonzero(in_region & ~_isin(departement, codes["departement"]))
    gaps = []
    for parent_level, child_level, outside, codes_of in (
        ("france", "region", outside_regions, np.full(len(outside_regions), FRANCE_CODE, dtype=object)),
        ("region", "departement", outside_departements, region[outside_departements]),
    ):
        children = places[places["niveau"] == child_level]
        parent_of = dict(zip(children["code_territoire"].tolist(), children["code_parent"].tolist(), strict=True))
        code_position = {value: position for position, value in enumerate(code)}
        # The table's code of each code's parent (`nowhere`: a code without parent, or a parent without rows).
        parent_code = np.array([code_position.get(parent_of.get(value), nowhere) for value in code] + [nowhere],
                               dtype=np.int64)
        grid = _Grid(editions, codes[parent_level])
        extra = _count_table(ready, outside, codes_of, grid)
        child = np.flatnonzero(additive_row & (niveau == child_level))
        # Indicators published at the child level only are compared; one lookup per indicator name.
        compared = np.array([child_level in BY_NAME[name].levels for name in family], dtype=bool)
        parent = np.flatnonzero(additive_row & (niveau == parent_level) & compared[name_at])
        # Each child row summed into its parent's row (the counts are whole numbers: any order of addition gives
        # the same sum); a child without a parent row counts nowhere.
        keys = pd.Index(key(edition[parent], code_at[parent], name_at[parent]))
        into = keys.get_indexer(key(edition[child], parent_code[code_at[child]], name_at[child]))
        summed = into >= 0
        from_children = np.bincount(into[summed], weights=valeur[child][summed], minlength=len(parent))
        from_outside = np.zeros(len(parent))
        cells = grid.cells(edition[parent], np.asarray([*code, None], dtype=object)[code_at[parent]])
        for name_code in np.unique(name_at[parent]).tolist():
            if distinct[name_code] in extra:
                rows = np.flatnonzero((name_at[parent] == name_code) & (cells >= 0))
                from_outside[rows] = extra[distinct[name_code]][cells[rows]]
        expected = from_children + from_outside
        values = valeur[parent]
        for position in np.flatnonzero(expected != values).tolist():
            row = parent[position]
            gaps.append(
                {
                    "edition": int(edition[row]),
                    "niveau": parent_level,
                    "code_territoire": long["code_territoire"].iat[row],
                    "indicateur": distinct[name_at[row]],
                    "valeur": float(values[position]),
                    "somme": float(expected[position]),
                }
            )
    return gaps
