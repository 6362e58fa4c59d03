"""Lookup tables of the commune coder, built once from the vendored reference data: the places a code
can name (communes of France and of the overseas collectivities), postal codes, names and former names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from assets.lib.collector import fewer_collections
from assets.lib.geocode_text import compact, name_key, without_article
from assets.lib.reference import (
    load_communes,
    load_departements,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
)

# Overseas collectivities whose communes are coded (INSEE codes 975xx, 977xx, 978xx, 986xx, 987xx,
# 988xx). The COG gives each one code used at both the département and the région level. The TAAF
# (984) and Clipperton (989) have no commune and stay an abstention.
CODED_COLLECTIVITIES = ("975", "977", "978", "986", "987", "988")


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


def postal_prefix(cp: str) -> str:
    """The département-like prefix of a postal code: three digits overseas (971, 987…), else two."""
    return cp[:3] if cp[:2] in ("97", "98") else cp[:2]


def _split(value) -> list[str]:
    return [v for v in str(value or "").split("|") if v]


@dataclass
class Tables:
    places: pd.DataFrame  # index code: nom_commune, code_departement, departement, code_region, region
    by_postal: dict[str, tuple[str, ...]]  # postal code -> commune codes
    arm_by_postal: dict[str, str]  # PLM postal code -> ARM
    arm_parent: dict[str, str]
    insee: dict[str, tuple[str, str, str]]  # any known code -> (COM, ARM, "COM"|"ARM"|"ancien")
    entries_by_postal: dict[str, list[Entry]]
    entries_by_dep: dict[str, list[Entry]]
    national: dict[str, set[str]]  # compact key -> commune codes
    national_noart: dict[str, set[str]]
    national_own: set[str]  # compact keys that are the name of a current commune (not only a former one)
    deps_by_prefix: dict[str, set[str]]
    overseas_postal: set[str]  # postal codes of the collectivities that are not coded
    overseas_codes: set[str]
    overseas_names: set[str]
    shared_polygons: dict[str, set[str]]  # COM whose polygon also covers restored communes -> those
    entries_by_compact: dict[str, list[Entry]]  # every name of every commune by compact key
    entries_by_noart: dict[str, list[Entry]]  # and by compact key without leading article
    dep_of: dict[str, str]  # commune -> département (or collectivity) code
    entries_by_length: dict[int, list[Entry]]  # every name by length, for typos in a name given alone
    territory_keys: set[str]  # compact names of départements and régions (never typo-corrected to a commune)


@dataclass(frozen=True)
class ReferenceFrames:
    """The reference tables the coder is built from, whether read from the vendored files or from the
    warehouse tables the reference assets wrote. `shared_polygons` as returned by shared_polygons()."""

    communes: pd.DataFrame
    departements: pd.DataFrame
    regions: pd.DataFrame
    overseas: pd.DataFrame
    shared_polygons: dict[str, set[str]]

    @classmethod
    def from_files(cls, root: Path) -> ReferenceFrames:
        return cls(
            communes=load_communes(root),
            departements=load_departements(root),
            regions=load_regions(root),
            overseas=load_overseas_collectivities(root),
            shared_polygons=shared_polygons(load_manifest(root)),
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
        for cp in _split(postal):
            out[cp].add(code)
    return out


def _insee_index(com: pd.DataFrame, subs: pd.DataFrame, arm_parent: dict[str, str], coded) -> dict:
    insee: dict[str, tuple[str, str, str]] = {}
    for code, former in zip(com["code_commune_insee"].tolist(), com["anciens_codes"].fillna("").tolist(), strict=False):
        for old in _split(former):
            insee.setdefault(old, (code, "", "ancien"))
    for code, parent in zip(subs["code_commune_insee"].tolist(), subs["code_commune_parente"].tolist(), strict=False):
        insee[code] = (parent, "", "ancien")
    for code, parent in arm_parent.items():
        insee[code] = (parent, code, "ARM")
    for code in [*com["code_commune_insee"].tolist(), *coded["code_commune_insee"].tolist()]:
        insee[code] = (code, "", "COM")
    return insee


def _name_indexes(entries: list[Entry], by_postal: dict[str, set[str]], dep_of: dict[str, str]) -> dict:
    """The name lookups of the coder, filled in one pass over the entries (each list keeps their order)."""
    postal_of: dict[str, list[str]] = {}
    for cp, codes in by_postal.items():
        for code in codes:
            postal_of.setdefault(code, []).append(cp)
    by_cp: dict[str, list[Entry]] = defaultdict(list)
    by_dep: dict[str, list[Entry]] = defaultdict(list)
    by_compact: dict[str, list[Entry]] = defaultdict(list)
    by_noart: dict[str, list[Entry]] = defaultdict(list)
    by_length: dict[int, list[Entry]] = defaultdict(list)
    national: dict[str, set[str]] = defaultdict(set)
    national_noart: dict[str, set[str]] = defaultdict(set)
    national_own: set[str] = set()
    no_postal: list[str] = []
    for entry in entries:
        code, _, key, noart, alias = entry
        for cp in postal_of.get(code, no_postal):
            by_cp[cp].append(entry)
        by_dep[dep_of[code]].append(entry)
        by_compact[key].append(entry)
        by_noart[noart].append(entry)
        by_length[len(key)].append(entry)
        national[key].add(code)
        national_noart[noart].add(code)
        if not alias:
            national_own.add(key)
            national_own.add(noart)
    return {
        "entries_by_postal": dict(by_cp),
        "entries_by_dep": dict(by_dep),
        "entries_by_compact": dict(by_compact),
        "entries_by_noart": dict(by_noart),
        "entries_by_length": dict(by_length),
        "national": dict(national),
        "national_noart": dict(national_noart),
        "national_own": national_own,
    }


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


def _territory_keys(frames: ReferenceFrames) -> set[str]:
    names = [*frames.departements["nom_departement"], *frames.regions["nom_region"]]
    return {compact(without_article(name_key(n))) for n in names} | {compact(name_key(n)) for n in names}


def build_tables(root: Path) -> Tables:
    """Every lookup table of the coder over the reference files in `root`."""
    return build_tables_from_frames(ReferenceFrames.from_files(root))


def build_tables_from_frames(frames: ReferenceFrames) -> Tables:
    """Every lookup table of the coder over reference tables already read (files or warehouse)."""
    # Hundreds of thousands of containers (names, lists, sets), all kept: the collector would walk them for nothing.
    with fewer_collections():
        return _build_tables(frames)


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
    entries = [
        make_entry(c, n, False) for c, n in zip(places.index.tolist(), places["nom_commune"].tolist(), strict=False)
    ]
    entries += [
        make_entry(p, n, True)
        for p, n in zip(subs["code_commune_parente"].tolist(), subs["nom_commune"].tolist(), strict=False)
    ]
    dep_of = dict(zip(places.index.tolist(), places["code_departement"].tolist(), strict=True))
    names = _name_indexes(entries, by_postal, dep_of)
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
        territory_keys=_territory_keys(frames),
        **names,
    )
