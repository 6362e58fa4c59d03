"""Lookup tables of the commune coder, built once from the vendored reference data: the places a code
can name (communes of France and of the overseas collectivities), postal codes, names and former names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from assets.lib.collector import fewer_collections
from assets.lib.geocode_text import (
    LINKING_WORDS,
    NOT_COMMUNE_PLACES,
    abbreviation_heads,
    compact,
    name_key,
    name_keys,
    without_article,
)
from assets.lib.reference import (
    CODED_COLLECTIVITIES,
    load_communes,
    load_departements,
    load_epci,
    load_former_communes,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
)


class Entry(NamedTuple):
    """A name a commune answers to: its own (COM) or that of a former commune (COMD/COMA) it absorbed (a named
    tuple: tens of thousands are built with the coder's tables)."""

    code: str  # current commune (COM)
    key: str
    compact: str
    noart: str
    alias: bool


def make_entry(code: str, name: str, alias: bool) -> Entry:
    key = name_key(name)
    return Entry(code, key, compact(key), compact(without_article(key)), alias)


def _entries(codes: list[str], names: list[str], alias: bool) -> list[Entry]:
    """[make_entry(code, name, alias) for code, name in zip(codes, names)], column by column."""
    keys = name_keys(names)
    noarts = list(map(without_article, keys))
    return list(map(Entry, codes, keys, [k.replace(" ", "") for k in keys], [k.replace(" ", "") for k in noarts],
                    repeat(alias, len(keys))))


def postal_prefix(cp: str) -> str:
    """The département-like prefix of a postal code: three digits overseas (971, 987…), else two."""
    return cp[:3] if cp[:2] in ("97", "98") else cp[:2]


@dataclass
class Tables:
    places: pd.DataFrame  # index code: nom_commune, code_departement, departement, code_region, region
    by_postal: dict[str, tuple[str, ...]]  # postal code -> commune codes
    arm_by_postal: dict[str, str]  # PLM postal code -> ARM
    arm_parent: dict[str, str]
    insee: dict[str, tuple[str, str, str]]  # any known code -> (COM, ARM, "COM"|"ARM"|"ancien")
    entries_by_postal: Mapping[str, list[Entry]]  # Groups: lists made on first lookup
    entries_by_dep: Mapping[str, list[Entry]]
    national: Mapping[str, set[str]]  # compact key -> commune codes (CodeSets)
    national_noart: Mapping[str, set[str]]
    national_own: set[str]  # compact keys that are the name of a current commune (not only a former one)
    # Compact keys of the names communes bore that no current name has (see _name_indexes), with and without article
    national_former: Mapping[str, set[str]]
    national_former_noart: Mapping[str, set[str]]
    deps_by_prefix: dict[str, set[str]]
    overseas_postal: set[str]  # postal codes of the collectivities that are not coded
    overseas_codes: set[str]
    overseas_names: set[str]
    shared_polygons: dict[str, set[str]]  # COM whose polygon also covers restored communes -> those
    entries_by_compact: Mapping[str, list[Entry]]  # every name of every commune by compact key
    entries_by_noart: Mapping[str, list[Entry]]  # and by compact key without leading article
    dep_of: dict[str, str]  # commune -> département (or collectivity) code
    entries_by_length: Mapping[int, list[Entry]]  # every name by length, for typos in a name given alone
    territory_keys: set[str]  # compact names of départements and régions (never typo-corrected to a commune)
    # Names of départements and régions, and "france", as name keys (with and without their article) -> the
    # départements they cover (none for "france"): what a commune field may end with ("Rennes (Ille-et-Vilaine)").
    territory_deps: dict[str, frozenset[str]]
    # Compact key of a name's first words -> (code, population) of the most populous commune whose own name goes on
    # after them (« evry » -> Évry-Courcouronnes): a town's usual short name (see larger_namesakes).
    larger_by_head: dict[str, tuple[str, int]]
    # Compact key of a name no commune bears -> the commune it is the short name of (see short_names).
    short_names: dict[str, str]
    # Compact key of a name no commune bears nor begins -> the commune whose déléguée or associée it is the short name
    # of (« hellemmes » -> Lille, for Hellemmes-Lille: see former_short_names).
    former_short_names: dict[str, str]
    # (first word, initials of its words) -> the name keys of the current communes of that shape: what a name cut short
    # (« Clermont-Fd », « Charleville-Méz. ») is read against (see geocode_text.expand_abbreviation).
    abbreviation_heads: dict[tuple[str, str], list[str]]
    populations: dict[str, int]  # current commune -> its population (missing: 0)
    # Compact keys of the intercommunalities' names, with and without their kind (« quimperbretagneoccidentale »,
    # « caquimperbretagneoccidentale »), none a current commune's own name (see intercommunal_names).
    intercommunal_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ReferenceFrames:
    """The reference tables the coder is built from, whether read from the vendored files or from the
    warehouse tables the reference assets wrote. `shared_polygons` as returned by shared_polygons()."""

    communes: pd.DataFrame
    departements: pd.DataFrame
    regions: pd.DataFrame
    overseas: pd.DataFrame
    shared_polygons: dict[str, set[str]]
    # The names communes bore and bear no more (see load_former_communes); none when not given.
    former: pd.DataFrame | None = None
    # The intercommunalities (see load_epci); none when not given.
    epci: pd.DataFrame | None = None

    @classmethod
    def from_files(cls, root: Path) -> ReferenceFrames:
        return cls(
            communes=load_communes(root),
            departements=load_departements(root),
            regions=load_regions(root),
            overseas=load_overseas_collectivities(root),
            shared_polygons=shared_polygons(load_manifest(root)),
            former=load_former_communes(root),
            epci=load_epci(root),
        )


def _places(communes: pd.DataFrame, overseas: pd.DataFrame, frames: ReferenceFrames) -> pd.DataFrame:
    departements = frames.departements.set_index("code_departement")["nom_departement"]
    regions = frames.regions.set_index("code_region")["nom_region"]
    com = communes[communes["type_commune"] == "COM"]
    places = pd.DataFrame(
        {
            "nom_commune": com["nom_commune"].to_numpy(),
            "code_departement": com["code_departement"].to_numpy(),
            "code_region": com["code_region"].to_numpy(),
        },
        index=pd.Index(com["code_commune_insee"].to_numpy(), name="code"),
    ).astype(str)
    places["departement"] = places["code_departement"].map(departements).astype(str)
    places["region"] = places["code_region"].map(regions).astype(str)
    collectivities = pd.DataFrame(
        {
            "nom_commune": overseas["nom_commune"].to_numpy(),
            "code_departement": overseas["code_collectivite"].to_numpy(),
            "code_region": overseas["code_collectivite"].to_numpy(),
            "departement": overseas["nom_collectivite"].to_numpy(),
            "region": overseas["nom_collectivite"].to_numpy(),
        },
        index=pd.Index(overseas["code_commune_insee"].to_numpy(), name="code"),
    ).astype(str)
    return pd.concat([places, collectivities[places.columns]])


def _postal_index(frame: pd.DataFrame) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for code, postal in zip(
        frame["code_commune_insee"].tolist(), frame["codes_postaux"].fillna("").tolist(), strict=False
    ):
        if postal:
            for cp in str(postal).split("|"):
                if cp:
                    out[cp].add(code)
    return out


def _insee_index(com: pd.DataFrame, subs: pd.DataFrame, arm_parent: dict[str, str], coded) -> dict:
    insee: dict[str, tuple[str, str, str]] = {}
    for code, former in zip(com["code_commune_insee"].tolist(), com["anciens_codes"].fillna("").tolist(), strict=False):
        if former:
            for old in str(former).split("|"):
                if old:
                    insee.setdefault(old, (code, "", "ancien"))
    for code, parent in zip(subs["code_commune_insee"].tolist(), subs["code_commune_parente"].tolist(), strict=False):
        insee[code] = (parent, "", "ancien")
    for code, parent in arm_parent.items():
        insee[code] = (parent, code, "ARM")
    for code in [*com["code_commune_insee"].tolist(), *coded["code_commune_insee"].tolist()]:
        insee[code] = (code, "", "COM")
    return insee


class _MadeOnLookup(Mapping):
    """A read-only mapping key -> a value made on its first lookup from the positions of its entries (see
    Groups, CodeSets): of tens of thousands of keys a run looks up a few thousand."""

    def __init__(self, items: list, positions):
        self._items = items
        self._positions = positions  # key -> ascending positions in `items` (a dict, or _Merged)
        self._made: dict = {}

    def _make(self, positions):
        raise NotImplementedError

    def __getitem__(self, key):
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._make(self._positions[key])
        return found

    def get(self, key, default=None):
        found = self._made.get(key)
        if found is not None:
            return found
        return self[key] if key in self._positions else default

    def __contains__(self, key) -> bool:
        return key in self._positions

    def __iter__(self):
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


class Groups(_MadeOnLookup):
    """key -> list of entries in entries order, made on first lookup."""

    def _make(self, positions) -> list[Entry]:
        entries = self._items
        return [entries[i] for i in positions]


class CodeSets(_MadeOnLookup):
    """key -> set of the commune codes of its entries (see Groups), made on first lookup."""

    def _make(self, positions) -> set[str]:
        codes = self._items
        return {codes[i] for i in positions}


class _Merged:
    """key -> the ascending positions of the entries of the codes `codes_of(key)`, for the keys `keys`; each
    made on first lookup."""

    def __init__(self, keys: set, codes_of, positions_of_code: _Positions):
        self._keys = keys
        self._codes_of = codes_of
        self._of_code = positions_of_code

    def __getitem__(self, key) -> list[int]:
        if key not in self._keys:
            raise KeyError(key)
        of_code = self._of_code
        return sorted(i for code in self._codes_of(key) for i in of_code.get(code, ()))

    def __contains__(self, key) -> bool:
        return key in self._keys

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class _Positions:
    """key -> ascending positions of the items of a list holding it, grouped in one vectorised pass (a sort), each
    list of positions made on lookup."""

    def __init__(self, keys: list):
        if keys:
            codes, uniques = pd.factorize(pd.Series(keys, dtype=object), sort=False)
        else:
            codes, uniques = np.zeros(0, dtype=np.int64), pd.Index([], dtype=object)
        self._order = np.argsort(codes, kind="stable")
        self._starts = np.searchsorted(codes[self._order], np.arange(len(uniques) + 1)).tolist()
        self._group = dict(zip(uniques.tolist(), range(len(uniques)), strict=True))

    def __getitem__(self, key) -> list[int]:
        group = self._group[key]
        return self._order[self._starts[group] : self._starts[group + 1]].tolist()

    def get(self, key, default=()):
        group = self._group.get(key)
        if group is None:
            return default
        return self._order[self._starts[group] : self._starts[group + 1]].tolist()

    def __contains__(self, key) -> bool:
        return key in self._group

    def keys(self):
        return self._group.keys()

    def __iter__(self):
        return iter(self._group)

    def __len__(self) -> int:
        return len(self._group)


def _name_indexes(current: list[Entry], by_postal: dict[str, set[str]], dep_of: dict[str, str],
                  former: list[Entry] = ()) -> dict:
    """The name lookups of the coder (each list keeps the entries' order), grouped in vectorised passes and each
    list made on first lookup: the same tables as one loop over the entries.

    `current`: the names of the COG's communes, déléguées and associées; `former`: the names they bore and bear no
    more (« Saint-Géréon », absorbed in Ancenis-Saint-Géréon in 2019; « Ancenis », its name until then). Such a name
    is read among the communes of a postal code or a département as any other; given alone, only when no current name
    is the same (national_former: « Vouvray » stays the Vouvray of Indre-et-Loire, not the one of the Ain absorbed
    in 1973); never as a typo's correction, nor as the commune a quarter's name stands after (« Metz Borny »), nor as
    a conflict with a postal code of elsewhere."""
    entries = [*current, *former]
    codes = [e.code for e in entries]
    compacts = [e.compact for e in entries]
    noarts = [e.noart for e in entries]
    of_code = _Positions(codes)
    by_compact, by_noart = _Positions(compacts), _Positions(noarts)
    # a postal code (or département) is a key when one of its communes has an entry
    with_entries = of_code.keys()
    postal_keys = {cp for cp, postal_codes in by_postal.items() if not with_entries.isdisjoint(postal_codes)}
    codes_of_dep: dict[str, list[str]] = {}
    for code in of_code:
        codes_of_dep.setdefault(dep_of[code], []).append(code)
    own = [not e.alias for e in current]
    current_compacts, current_noarts = {e.compact for e in current}, {e.noart for e in current}
    former_named = [e for e in former if e.compact not in current_compacts]
    former_noart = [e for e in former if e.noart not in current_noarts]
    return {
        "entries_by_postal": Groups(entries, _Merged(postal_keys, by_postal.__getitem__, of_code)),
        "entries_by_dep": Groups(entries, _Merged(set(codes_of_dep), codes_of_dep.__getitem__, of_code)),
        "entries_by_compact": Groups(entries, by_compact),
        "entries_by_noart": Groups(entries, by_noart),
        "entries_by_length": Groups(current, _Positions([len(e.compact) for e in current])),
        "national": CodeSets([e.code for e in current], _Positions([e.compact for e in current])),
        "national_noart": CodeSets([e.code for e in current], _Positions([e.noart for e in current])),
        "national_own": {e.compact for e, mine in zip(current, own, strict=True) if mine}
        | {e.noart for e, mine in zip(current, own, strict=True) if mine},
        "national_former": CodeSets([e.code for e in former_named],
                                      _Positions([e.compact for e in former_named])),
        "national_former_noart": CodeSets([e.code for e in former_noart],
                                            _Positions([e.noart for e in former_noart])),
    }


def larger_namesakes(communes: pd.DataFrame, populations: dict[str, int], keys: list[str]
                     ) -> dict[str, tuple[str, int]]:
    """{compact key of the first words of a current commune's name: (code, population) of the most populous commune
    whose name goes on after those words} (« Évry-Courcouronnes » gives « evry », « Charleville-Mézières »
    « charleville »), over the communes (COM rows: code_commune_insee, nom_commune) and their `populations` (see
    populations_of), `keys` their names' keys (name_keys). A leading article or « saint » alone is no head."""
    best: dict[str, tuple[str, int]] = {}
    for code, key in zip(communes["code_commune_insee"].tolist(), keys, strict=True):
        population = populations[code]
        for head in _heads(key):
            head_key = "".join(head)
            if population > best.get(head_key, ("", -1))[1]:
                best[head_key] = (code, population)
    return best


def short_names(codes: list[str], keys: list[str], populations: dict[str, int], territories=()) -> dict[str, str]:
    """{compact key of the first words of current communes' names: the code of the one commune whose name goes on
    after them, or of the one with LARGER_NAMESAKE times the population of each other that does}: a town's name said
    short (« Brive », « Cherbourg », « Sablé », « Saint-Dié »; « Châlons » for Châlons-en-Champagne, not
    Chalons-du-Maine; not « Castelnau »: Castelnau-le-Lez, Castelnau-d'Estrétefonds…). Over the current communes'
    `codes`, their names' `keys` (name_keys) and `populations`; a leading article or « saint » alone is no head, nor
    the name of one of `territories` (name keys of départements and régions: « Gironde » is not Gironde-sur-Dropt)."""
    going_on: dict[str, list[tuple[int, str]]] = {}
    for position, head_key in _short_heads(keys, territories):
        going_on.setdefault(head_key, []).append((populations.get(codes[position], 0), codes[position]))
    found = {}
    for head_key, communes in going_on.items():
        communes.sort(reverse=True)
        if len(communes) == 1 or communes[0][0] >= LARGER_NAMESAKE * max(communes[1][0], 1):
            found[head_key] = communes[0][1]
    return found


def villages_far_away(named: Iterable[str], town_regions: Collection[str], is_town: Callable[[str], bool],
                      region_of: Callable[[str], str | None]) -> bool:
    """Whether the communes `named` (those a quarter's name is also the name of) are all villages (not `is_town`) of
    known régions other than `town_regions`, those of the town the quarter is written after (none known: False): a
    quarter named as a village far away (« Lorient Port »: Port, Ain; « Bordeaux Bastide »: La Bastide, Pyrénées-
    Orientales and Var), not a commune of the town's région (« Lille Madeleine ») nor a town (« Rennes Maurepas »:
    Maurepas, Yvelines). The coder and the dedup's commune index read quarters so."""
    return bool(town_regions) and not any(is_town(code) or region_of(code) in (None, *town_regions) for code in named)


# What an intercommunality's name begins with to say its kind (name keys), then the link to its own name.
_EPCI_KINDS = re.compile(r"^(?:c[acu]|communaute (?:de communes|d agglomeration|urbaine)|metropole|eurometropole"
                         r"|agglo(?:meration)?) (?:(?:du|de la|de l|des|de|d) )?")


def intercommunal_names(names: list[str], own: set[str]) -> frozenset[str]:
    """The compact keys an intercommunality of `names` (« CA Quimper Bretagne Occidentale », « Métropole Nice Côte
    d'Azur », « Paris Terres d'Envol ») is written with in a commune field, with its kind and without it (« Quimper
    Bretagne Occidentale »); not one that is a current commune's own name (`own`: « CA de Chaumont » said « Chaumont »
    is the commune), nor one of three letters or fewer."""
    found = set()
    for key in name_keys(names):
        for written in {key, _EPCI_KINDS.sub("", key)}:
            if len(compact(written)) > 3 and compact(written) not in own:
                found.add(compact(written))
    return frozenset(found)


def former_short_names(parents: list[str], keys: list[str], current_keys: list[str], territories=()) -> dict[str, str]:
    """{compact key of the first words of communes déléguées' or associées' names: their current commune} where the
    names going on after those words are of one current commune's déléguées or associées and no current commune's
    name is, nor begins so: a former commune's name said short (« Hellemmes » for Hellemmes-Lille, associée to Lille).
    Over the déléguées' and associées' current communes (`parents`), their names' `keys` (name_keys), and the current
    communes' name keys (`current_keys`); the heads short_names allows (see _may_stand_for_a_town, `territories`)."""
    taken = {compact(key) for key in current_keys}
    taken |= {"".join(head) for key in current_keys for head in _heads(key)}
    going_on: dict[str, set[str]] = {}
    for position, head_key in _short_heads(keys, territories):
        if head_key not in taken:
            going_on.setdefault(head_key, set()).add(parents[position])
    return {head_key: next(iter(found)) for head_key, found in going_on.items() if len(found) == 1}


def _short_heads(keys: list[str], territories=()):
    """(position, compact key) of the first words of each name key of `keys` that may stand for its town alone (see
    _may_stand_for_a_town), not a name of one of `territories` (« Gironde » is not Gironde-sur-Dropt)."""
    named_territories = {compact(key) for key in territories}
    for position, key in enumerate(keys):
        for head in _heads(key):
            head_key = "".join(head)
            if head_key not in named_territories and _may_stand_for_a_town(head):
                yield position, head_key


def _heads(key: str):
    """The first words of a name key, but all (a leading article or « saint » alone is none)."""
    words = key.split()
    for end in range(1, len(words)):
        if end > 1 or words[0] not in _NO_HEADS:
            yield words[:end]


def _may_stand_for_a_town(head: list[str]) -> bool:
    """Whether the first words of a commune's name may stand for it alone: letters enough (not « Ly », « Ax »), a last
    word of its own (« Saint-M. » is not Saint-M'Hervé, « Hauts-de » not Hauts de Bienne), not only words naming a
    place of any town (« Parc », « Marché », « Lac »)."""
    return (len("".join(head)) >= SHORT_NAME_LETTERS and len(head[-1]) >= 2 and head[-1] not in _LINKS
            and not all(word in NOT_COMMUNE_PLACES or word in _PLACE_WORDS for word in head))


def populations_of(communes: pd.DataFrame) -> list[int]:
    """Each row's population, 0 when missing."""
    return pd.to_numeric(communes["population"], errors="coerce").fillna(0).astype(int).tolist()


# A name given alone that is exactly one small commune's and starts the name of a commune this many times as
# populous (« Évry », 402 inhabitants, and Évry-Courcouronnes, 66,919) is that town's short name as often; and a name
# no commune bears that starts the names of several is the short name of one of them this many times as populous.
LARGER_NAMESAKE = 10
# Letters a name said short has at least (see short_names).
SHORT_NAME_LETTERS = 4
# Words of commune names that name a place of any town when said alone (see short_names; NOT_COMMUNE_PLACES too).
_PLACE_WORDS = frozenset("lac fort port pont mont ile bois grand grande petit petite bel beau belle vieux vieille neuf "
                         "neuve nouveau nouvelle".split())
# Words linking a commune name's parts (« Brive-la », « Chalons-en » say no town short).
_LINKS = LINKING_WORDS | frozenset("sous au aux et es lez".split())
# First words that name no town by themselves (« Le Mans » is not the short name of « Le Mans-… »).
_NO_HEADS = frozenset("le la les l saint sainte st ste".split())


def shared_polygons(manifest: dict) -> dict[str, set[str]]:
    """Polygons that still cover communes without a polygon of their own, from the manifest's
    `holes` and `known_issues` (an issue naming a non-hole code and hole codes)."""
    contours = manifest.get("contours", {})
    holes = set(contours.get("holes", []))
    shared: dict[str, set[str]] = defaultdict(set)
    for issue in contours.get("known_issues", []):
        codes = re.findall(r"\b(?:\d{5}|2[AB]\d{3})\b", issue)
        covered = {c for c in codes if c in holes}
        for cover in {c for c in codes if c not in holes}:
            shared[cover] |= covered
    return {k: v for k, v in shared.items() if v}


# The metropolitan régions merged on 1 January 2016 (loi n° 2015-29 du 16 janvier 2015; COG 2015, INSEE) and their
# départements: the editions 2008–2015 name them (« Caen, Basse-Normandie », « Poitiers (Poitou-Charentes) »).
# « Centre » is left out: « Rennes Centre » is a district, not that région.
FORMER_REGIONS = {
    "Alsace": ("67", "68"),
    "Aquitaine": ("24", "33", "40", "47", "64"),
    "Auvergne": ("03", "15", "43", "63"),
    "Basse-Normandie": ("14", "50", "61"),
    "Bourgogne": ("21", "58", "71", "89"),
    "Champagne-Ardenne": ("08", "10", "51", "52"),
    "Franche-Comté": ("25", "39", "70", "90"),
    "Haute-Normandie": ("27", "76"),
    "Languedoc-Roussillon": ("11", "30", "34", "48", "66"),
    "Limousin": ("19", "23", "87"),
    "Lorraine": ("54", "55", "57", "88"),
    "Midi-Pyrénées": ("09", "12", "31", "32", "46", "65", "81", "82"),
    "Nord-Pas-de-Calais": ("59", "62"),
    "Picardie": ("02", "60", "80"),
    "Poitou-Charentes": ("16", "17", "79", "86"),
    "Rhône-Alpes": ("01", "07", "26", "38", "42", "69", "73", "74"),
}


def territory_deps(deps: pd.DataFrame, regions: pd.DataFrame) -> dict[str, frozenset[str]]:
    """{name key of a département or région, current or merged in 2016 (FORMER_REGIONS), with and without its
    article: the départements it covers}, and « france » covering none, from the départements (code_departement,
    nom_departement, code_region) and régions (code_region, nom_region) tables."""
    named = [(n, frozenset({code})) for code, n in zip(deps["code_departement"], deps["nom_departement"], strict=True)]
    named += [(n, frozenset(deps.loc[deps["code_region"] == code, "code_departement"]))
              for code, n in zip(regions["code_region"], regions["nom_region"], strict=True)]
    named += [(n, frozenset(covered)) for n, covered in FORMER_REGIONS.items()]
    keys: dict[str, frozenset[str]] = {"france": frozenset()}
    for name, covered in named:
        for key in (name_key(name), without_article(name_key(name))):
            keys[key] = keys.get(key, frozenset()) | covered
    return keys


def build_tables(root: Path) -> Tables:
    """Every lookup table of the coder over the reference files in `root`."""
    return build_tables_from_frames(ReferenceFrames.from_files(root))


def build_tables_from_frames(frames: ReferenceFrames) -> Tables:
    """Every lookup table of the coder over reference tables already read (files or warehouse)."""
    # Hundreds of thousands of containers (names, lists, sets), all kept: the collector would walk them for nothing.
    with fewer_collections():
        return _build_tables(frames)


# The towns that are the seats of an overseas collectivity coded as one commune (Saint-Barthélemy, Saint-Martin) or
# of a circonscription (Uvea, Wallis-et-Futuna) and that the COG does not name: an address gives them alone
# (« Gustavia », « Marigot »), where « Marigot » read without them was Le Marigot, Martinique. Chefs-lieux as in
# the collectivities' table (chef_lieu_collectivite); town names from the collectivities' own statutes.
SEAT_TOWNS = {"97701": "Gustavia", "97801": "Marigot", "98613": "Mata-Utu"}


def _build_tables(frames: ReferenceFrames) -> Tables:
    communes = frames.communes
    overseas = frames.overseas
    coded = overseas[overseas["code_collectivite"].isin(CODED_COLLECTIVITIES)]
    uncoded = overseas[~overseas["code_collectivite"].isin(CODED_COLLECTIVITIES)]
    com = communes[communes["type_commune"] == "COM"]
    arm = communes[communes["type_commune"] == "ARM"]
    subs = communes[communes["type_commune"].isin(["COMD", "COMA"])]
    places = _places(communes, coded, frames)

    by_postal = _postal_index(pd.concat([com, coded]))
    arm_by_postal = _postal_index(arm)
    arm_parent = dict(zip(arm["code_commune_insee"].tolist(), arm["code_commune_parente"].tolist(), strict=False))
    entries = _entries(places.index.tolist(), places["nom_commune"].tolist(), False)
    entries += _entries(subs["code_commune_parente"].tolist(), subs["nom_commune"].tolist(), True)
    seats = [(code, town) for code, town in SEAT_TOWNS.items() if code in places.index]
    entries += _entries([code for code, _ in seats], [town for _, town in seats], False)
    # The names communes bore and bear no more (see _name_indexes), of communes the coder knows
    known = set(places.index)
    bore = [] if frames.former is None else [
        (code, name) for code, name in zip(frames.former["code_commune_insee"].tolist(),
                                           frames.former["nom_commune_ancienne"].tolist(), strict=True)
        if code in known]
    former = _entries([code for code, _ in bore], [name for _, name in bore], True)
    dep_of = dict(zip(places.index.tolist(), places["code_departement"].tolist(), strict=True))
    names = _name_indexes(entries, by_postal, dep_of, former)
    territories = territory_deps(frames.departements, frames.regions)
    populations = dict(zip(com["code_commune_insee"].tolist(), populations_of(com), strict=True))
    com_keys = name_keys(com["nom_commune"].tolist())
    # The collectivities whose communes are coded, by name (« Nouméa, Nouvelle-Calédonie »)
    for code, name in coded[["code_collectivite", "nom_collectivite"]].drop_duplicates().itertuples(index=False):
        for key in (name_key(name), without_article(name_key(name))):
            territories[key] = territories.get(key, frozenset()) | {code}
    deps_by_prefix: dict[str, set[str]] = defaultdict(set)
    for cp, codes in by_postal.items():
        deps_by_prefix[postal_prefix(cp)].update(dep_of[code] for code in codes)
    return Tables(
        places=places,
        by_postal={cp: tuple(sorted(codes)) for cp, codes in by_postal.items()},
        arm_by_postal={cp: next(iter(codes)) for cp, codes in arm_by_postal.items() if len(codes) == 1},
        arm_parent=arm_parent,
        insee=_insee_index(com, subs, arm_parent, coded),
        deps_by_prefix=dict(deps_by_prefix),
        overseas_postal=set(_postal_index(uncoded)) - set(by_postal),
        overseas_codes=set(uncoded["code_commune_insee"]),
        overseas_names={compact(name_key(n)) for n in uncoded["nom_commune"]} - set(names["national"]),
        shared_polygons=frames.shared_polygons,
        dep_of=dep_of,
        territory_keys={compact(key) for key in territories if key != "france"},
        territory_deps=territories,
        larger_by_head=larger_namesakes(com, populations, com_keys),
        short_names=short_names(com["code_commune_insee"].tolist(), com_keys, populations, territories),
        former_short_names=former_short_names(subs["code_commune_parente"].tolist(),
                                              name_keys(subs["nom_commune"].tolist()), com_keys, territories),
        abbreviation_heads=abbreviation_heads(com_keys),
        populations=populations,
        intercommunal_names=intercommunal_names([] if frames.epci is None else frames.epci["nom_epci"].tolist(),
                                                names["national_own"]),
        **names,
    )
