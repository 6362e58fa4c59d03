"""The coder's fast paths give what the plain paths give, on hostile inputs: points in prepared polygons against the
spatial index's own `within` query (vertices, edges, shared borders, holes, far away), text columns taken in Arrow
against row-by-row conversion, postal codes cleaned once per text against the uncached rules, and the lazily
made name lookups against plain dicts."""

import re

import numpy as np
import pandas as pd
import pytest
import shapely

from assets.lib.geocode import Geocoder, _taken, _text_values
from assets.lib.geocode_tables import CodeSets, Groups, _Positions, make_entry
from assets.lib.geocode_text import _CEDEX, clean_postal_code


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.from_reference()


def _hostile_points(geocoder) -> np.ndarray:
    """Points on the vertices and edge midpoints of real commune polygons (shared borders included), their
    centroids, points in holes, just beside a border, in the sea, abroad and at the antipodes."""
    polygons = geocoder.points.com_geometry
    picked = polygons[polygons.index.isin(["75056", "13055", "69123", "35238", "35047", "2A004", "97411", "29168"])]
    points = []
    for polygon in picked.to_numpy():
        ring = shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(polygon)[0]))
        points += [tuple(xy) for xy in ring[::7]]  # vertices, each shared with the neighbour on a border
        points += [tuple(xy) for xy in ((ring[:-1] + ring[1:]) / 2)[::11]]  # on the edges
        points += [tuple(xy) for xy in ring[::13] + 1e-9]  # just beside
        points.append(tuple(shapely.get_coordinates(shapely.centroid(polygon))[0]))
        for part in shapely.get_parts(polygon):
            for hole in range(shapely.get_num_interior_rings(part)):
                inner = shapely.get_interior_ring(part, hole)
                points.append(tuple(shapely.get_coordinates(shapely.point_on_surface(shapely.Polygon(inner)))[0]))
                points += [tuple(xy) for xy in shapely.get_coordinates(inner)[::5]]
    points += [(-4.8, 48.2), (7.42, 43.73), (2.35, 48.85), (0.0, 0.0), (-178.0, -45.0), (55.45, -20.88), (9.0, 42.0)]
    rng = np.random.default_rng(13)
    points += [tuple(xy) for xy in np.column_stack([rng.uniform(-5, 9, 300), rng.uniform(41, 51, 300)])]
    return shapely.points(np.array(points))


def test_points_in_prepared_polygons_are_the_within_query(geocoder):
    points = _hostile_points(geocoder)
    expected = geocoder.points.com_geometry.sindex.query(points, predicate="within")
    found = geocoder.points._within(points)
    assert len(expected[0]) > 100
    np.testing.assert_array_equal(found[0], expected[0])
    np.testing.assert_array_equal(found[1], expected[1])
    again = geocoder.points._within(points)  # the polygons now prepared: the same pairs
    np.testing.assert_array_equal(again[0], expected[0])
    np.testing.assert_array_equal(again[1], expected[1])
    empty = geocoder.points._within(shapely.points(np.zeros((0, 2))))
    assert len(empty[0]) == len(empty[1]) == 0


@pytest.mark.parametrize(
    "values",
    [
        ["75056", "", "13055", "Saint-Étienne", "L'Haÿ-les-Roses", "=1+1", "a\nb", "🙂"],
        [None, "x", float("nan"), ""],
        ["", ""],
        [1, "x", 2.5],  # not only texts: row by row
    ],
)
def test_text_columns_taken_in_arrow_are_the_rows_converted_one_by_one(values):
    distinct = np.empty(len(values), dtype=object)
    distinct[:] = values
    positions = np.random.default_rng(3).integers(0, len(values), 50)
    index = pd.Index(np.arange(100, 150) * 3)
    expected = pd.Series(_text_values(distinct)[positions], index=index, dtype=str)
    found = _taken(distinct, positions, index)
    pd.testing.assert_series_equal(found, expected)
    assert found.array._pa_array.type == expected.array._pa_array.type


def _clean_postal_code_reference(value) -> tuple[str, bool]:
    """clean_postal_code as written before its cache."""
    if value is None:
        return "", False
    text = str(value).strip()
    if not text or text.lower() == "nan":
        return "", False
    text = _CEDEX.sub("", text)
    text = re.sub(r"^\s*f\s*-\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\.0+$", "", text.strip())
    digits = re.sub(r"\s+", "", text)
    if re.fullmatch(r"\d{5}", digits):
        return digits, False
    if re.fullmatch(r"\d{4}", digits):
        return "0" + digits, True
    return "", False


@pytest.mark.parametrize(
    "value",
    [None, "", " ", "nan", "NaN", "75011", " 75 011 ", "F-75011", "f - 35000", "35000.0", "5000", "5000.00",
     "35000 CEDEX 9", "35000 cedex", "750110", "7501", "٧٥٠١١", "1e4", 75011, 75011.0, 5000, 5000.0, True,
     float("nan"), "CEDEX", "35 000", "\t35000\n"],
)
def test_postal_codes_cleaned_once_per_text_are_the_rules(value):
    assert clean_postal_code(value) == _clean_postal_code_reference(value)
    assert clean_postal_code(value) == _clean_postal_code_reference(value)  # from the cache


def test_lazy_name_lookups_are_plain_dicts():
    names = [("01001", "Saint-Denis", False), ("93066", "Saint-Denis", False), ("01002", "Le Havre", False),
             ("01002", "Havre", True), ("01003", "", False), ("01004", "Œuvre", True)]
    entries = [make_entry(code, name, alias) for code, name, alias in names]
    positions = _Positions([e.compact for e in entries])
    groups, codes = Groups(entries, positions), CodeSets([e.code for e in entries], positions)
    plain: dict[str, list] = {}
    for entry in entries:
        plain.setdefault(entry.compact, []).append(entry)
    assert groups == plain and dict(groups) == plain
    assert dict(codes) == {key: {e.code for e in found} for key, found in plain.items()}
    assert groups.get("saintdenis") == plain["saintdenis"] and groups.get("absent") is None
    assert groups.get("absent", ()) == () and codes.get("absent") is None
    assert "havre" in groups and "absent" not in codes and len(groups) == len(plain) == len(codes)
    with pytest.raises(KeyError):
        groups["absent"]
    assert _Positions([]).get("x") == () and len(_Positions([])) == 0


def _snap_reference(index, points, lat, lon, code, how, distance) -> None:
    """PointIndex._snap as written before its box filter: every polygon within the query's box measured."""
    from assets.lib.geocode_points import EARTH_M_PER_DEG, FOREIGN_ENCLAVES, _metres

    missing = np.flatnonzero(how == "")
    if not len(missing):
        return
    max_deg = index.tolerance_m / (EARTH_M_PER_DEG * np.cos(np.radians(np.clip(lat[missing], -80, 80))).min())
    near_point, near_poly = index.com_geometry.sindex.query(points[missing], predicate="dwithin", distance=max_deg)
    if not len(near_point):
        return
    source = missing[near_point]
    metres = _metres(lat[source], points[source], index.com_geometry.to_numpy()[near_poly])
    order = np.lexsort((metres, source))
    source, polys_idx, metres = source[order], near_poly[order], metres[order]
    first = np.r_[True, source[1:] != source[:-1]]
    source, polys_idx, metres = source[first], polys_idx[first], metres[first]
    ok = metres <= index.tolerance_m
    for x0, y0, x1, y1 in FOREIGN_ENCLAVES:
        ok &= ~((lon[source] >= x0) & (lon[source] <= x1) & (lat[source] >= y0) & (lat[source] <= y1))
    code[source[ok]] = index.com_geometry.index.to_numpy()[polys_idx[ok]]
    how[source[ok]] = "proche"
    distance[source[ok]] = metres[ok]


def _near_borders(geocoder, spread: float) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) of points scattered around the vertices of coastal, border and overseas communes, some in the
    sea, some abroad, some just beyond the snapping tolerance, and at high latitude."""
    polygons = geocoder.points.com_geometry
    picked = polygons[polygons.index.isin(["29168", "06088", "66148", "59350", "2A004", "97411", "97209", "64024",
                                           "74010", "17300", "13055"])]
    rng = np.random.default_rng(29)
    xy = np.concatenate([shapely.get_coordinates(polygon)[::3] for polygon in picked.to_numpy()])
    xy = np.concatenate([xy + rng.normal(0, spread, xy.shape) for _ in range(4)])
    extra = np.array([[7.42, 43.73], [7.43, 43.74], [-63.05, 18.02], [2.35, 60.0], [0.0, 0.0], [-5.2, 48.5]])
    xy = np.concatenate([xy, extra])
    return xy[:, 1], xy[:, 0]


@pytest.mark.parametrize("spread", [0.001, 0.004, 0.02])
def test_snapping_with_the_box_filter_is_the_snapping_of_every_polygon(geocoder, spread):
    index = geocoder.points
    lat, lon = _near_borders(geocoder, spread)
    points = shapely.points(lon, lat)
    arrays = []
    for snap in (index._snap, lambda *a: _snap_reference(index, *a)):
        code = np.full(len(lat), "", dtype=object)
        how = np.full(len(lat), "", dtype=object)
        distance = np.zeros(len(lat))
        index._inside(points, code, how)
        snap(points, lat, lon, code, how, distance)
        arrays.append((code, how, distance))
    (code, how, distance), (code_ref, how_ref, distance_ref) = arrays
    assert (how == "proche").sum() > 10 and (how == "").sum() >= 5
    np.testing.assert_array_equal(code, code_ref)
    np.testing.assert_array_equal(how, how_ref)
    np.testing.assert_array_equal(distance, distance_ref)


@pytest.mark.parametrize("limit", [0.0, 150.0, 500.0, 5000.0])
def test_within_a_distance_is_the_distance_compared(geocoder, limit):
    index = geocoder.points
    lat, lon = _near_borders(geocoder, 0.005)
    rng = np.random.default_rng(31)
    names = np.array(["29168", "06088", "66148", "59350", "2A004", "97411", "13055", "75056", "97501", "00000", ""],
                     dtype=object)
    codes = names[rng.integers(0, len(names), len(lat))]
    points = shapely.points(lon, lat)
    expected = index.distance_to(lat, lon, codes, points) <= limit
    assert expected.any() and not expected.all()
    np.testing.assert_array_equal(index.within_m(lat, lon, codes, limit, points), expected)
    np.testing.assert_array_equal(index.within_m(lat, lon, codes, limit), expected)
    assert len(index.within_m(lat[:0], lon[:0], codes[:0], limit)) == 0


def _coordinate_values_reference(values: pd.Series, bound: float) -> np.ndarray:
    """coordinate_values as written before its Arrow cast: every distinct cell through pd.to_numeric, else the text
    rules."""
    from assets.lib.geocode_points import _text_coordinates

    if pd.api.types.is_numeric_dtype(values):
        out = values.astype("float64").to_numpy(na_value=np.nan, copy=True)
    else:
        out = _text_coordinates(values)
    out[np.abs(out) > bound] = np.nan
    return out


HOSTILE_CELLS = [
    "48.1113", "-1.68", "+2.35", "-0", "0", "0000", "48.", ".5", "+.5", "-.25e1", "1e5", "1E-3", "4.8113e1", "1e400",
    "-1e400", "1e-400", "9" * 40, "0.1234567890123456789012345", "00012.5000", "90", "90.0000001", "-90.000001",
    "180", "180.5", "", " ", " 48.1", "48.1 ", "48,1113", "-1,68", "48°06'40\"N", "1°40'48\"O", "N 48°06.67'",
    "48d6m40s", "nan", "NaN", "inf", "-Infinity", "1_000", "0x1A", "١٢", "48.1.1", "--1", "+-1", "1e", "e5", ".",
    "+", "48.1\n", "\t2.3", "abc", "🙂", "48 .1", "4 8", None,
]


@pytest.mark.parametrize("kind", ["str", "object", "mixed", "numeric_text"])
@pytest.mark.parametrize("bound", [90, 180])
def test_coordinates_cast_in_arrow_are_the_cells_parsed_one_by_one(kind, bound):
    from assets.lib.geocode_points import coordinate_values

    cells = HOSTILE_CELLS * 3
    if kind == "str":
        values = pd.Series(cells, dtype="str")
    elif kind == "object":
        values = pd.Series(np.array(cells, dtype=object), dtype=object)
    elif kind == "mixed":  # numbers among the texts: Arrow refuses the column, read as before
        values = pd.Series(np.array([*cells, 48.5, 2, float("nan")], dtype=object), dtype=object)
    else:  # only plain decimals, with NaN: the whole column cast at once
        values = pd.Series(["48.1", "-1.68", None, "2.35", "1e2", "-0", "180.0"] * 5, dtype="str")
    values.index = np.arange(len(values)) * 7 + 3  # not a range index: rows taken by position
    expected = _coordinate_values_reference(values, bound)
    found = coordinate_values(values, bound)
    np.testing.assert_array_equal(found, expected)
    assert np.signbit(found[~np.isnan(found)]).tolist() == np.signbit(expected[~np.isnan(expected)]).tolist()
    assert np.isfinite(expected).any() and np.isnan(expected).any() or kind == "numeric_text"


def _collectivity_islands_reference(index, points, lat, how, collectivity) -> None:
    """PointIndex._collectivity_islands as written before: one query distance for all points, every pair measured."""
    from assets.lib.geocode_points import EARTH_M_PER_DEG, _metres

    islands = index.collectivity_geometry
    missing = np.flatnonzero(how == "")
    max_deg = index.tolerance_m / (EARTH_M_PER_DEG * np.cos(np.radians(np.clip(lat[missing], -80, 80))).min())
    hit_point, hit_poly = islands.sindex.query(points[missing], predicate="dwithin", distance=max_deg)
    if not len(hit_point):
        return
    rows = missing[hit_point]
    close = _metres(lat[rows], points[rows], islands.to_numpy()[hit_poly]) <= index.tolerance_m
    how[rows[close]] = "collectivite"
    collectivity[rows[close]] = islands.index.to_numpy()[hit_poly[close]]


@pytest.mark.parametrize("spread", [0.0005, 0.004, 0.02])
def test_island_points_held_by_their_polygon_are_the_points_measured(geocoder, spread):
    index = geocoder.points
    islands = index.collectivity_geometry
    rng = np.random.default_rng(37)
    xy = np.concatenate([shapely.get_coordinates(polygon)[::5] for polygon in islands.to_numpy()])
    centres = shapely.get_coordinates(shapely.point_on_surface(islands.to_numpy()))
    far = xy[::3] + rng.normal(0, 0.01, xy[::3].shape)  # a kilometre out: some beyond the tolerance
    xy = np.concatenate([xy + rng.normal(0, spread, xy.shape), centres, xy[:20], far,  # inside, on the coast, at sea
                         [[-149.57, -17.54], [166.45, -22.27], [2.35, 85.0], [0.0, -89.9], [-63.05, 18.02]]])
    lat, lon = xy[:, 1], xy[:, 0]
    points = shapely.points(lon, lat)
    arrays = []
    for islands_step in (index._collectivity_islands, lambda *a: _collectivity_islands_reference(index, *a)):
        how = np.full(len(lat), "", dtype=object)
        collectivity = np.full(len(lat), "", dtype=object)
        islands_step(points, lat, how, collectivity)
        arrays.append((how, collectivity))
    (how, collectivity), (how_ref, collectivity_ref) = arrays
    assert (how == "collectivite").sum() > 20 and (how == "").sum() > 5
    np.testing.assert_array_equal(how, how_ref)
    np.testing.assert_array_equal(collectivity, collectivity_ref)


def test_points_in_prepared_arrondissements_are_the_within_query(geocoder):
    index = geocoder.points
    arrondissements = index.arm_geometry
    rng = np.random.default_rng(41)
    xy = np.concatenate([shapely.get_coordinates(polygon)[::4] for polygon in arrondissements.to_numpy()])
    xy = np.concatenate([xy, (xy[:-1] + xy[1:]) / 2, xy + rng.normal(0, 0.002, xy.shape)])  # vertices, edges, near
    points = shapely.points(xy)
    expected = arrondissements.sindex.query(points, predicate="within")
    found = index._within(points, arrondissements)
    assert len(expected[0]) > 100
    np.testing.assert_array_equal(found[0], expected[0])
    np.testing.assert_array_equal(found[1], expected[1])


def _hostile_frame(geocoder) -> pd.DataFrame:
    """Rows with points on commune borders, near coasts and islands, swapped, abroad, at (0, 0), NaN, off the
    micro-degree grid, duplicated, with texts that agree or not."""
    lat, lon = _near_borders(geocoder, 0.003)
    extra = np.array([[48.1113, -1.68], [-1.68, 48.1113], [-17.54, -149.57], [18.0708, -63.0501], [0.0, 0.0],
                      [50.8467, 4.3525], [48.85661234567, 2.35221987654], [np.nan, 2.0], [43.7384, 7.4246],
                      [-20.8789, 55.4481], [55.4481, -20.8789], [91.0, 2.0], [45.0, 181.0], [-0.0, -0.0]])
    lat = np.concatenate([lat, extra[:, 0], lat[:50]])
    lon = np.concatenate([lon, extra[:, 1], lon[:50]])
    rng = np.random.default_rng(43)
    towns = np.array(["Rennes", "Brest", "", "Marseille", "Paris 11e", "Papeete", "Bruxelles", "Visio"], dtype=object)
    return pd.DataFrame({
        "latitude": pd.array(lat, dtype="Float64"),
        "longitude": pd.array(lon, dtype="Float64"),
        "commune": towns[rng.integers(0, len(towns), len(lat))],
        "code_postal": "",
    }, index=[f"e{i}" for i in range(len(lat))])


def test_points_located_while_coding_are_the_points_located_again(geocoder):
    from assets.lib.points import published_points

    frame = _hostile_frame(geocoder)
    codes, located = geocoder.code_located(frame)
    pd.testing.assert_frame_equal(codes, geocoder.code(frame))
    expected = published_points(geocoder, frame, codes["geocodage_alerte"])
    found = published_points(geocoder, frame, codes["geocodage_alerte"], located)
    pd.testing.assert_frame_equal(found, expected)
    assert found["latitude"].isna().any() and (found["geocodage_alerte"] != "").any()
    # every point: as given, nudged off the grid code() rounds to, and points it never located
    lat = np.concatenate([located.lat, located.lat + 1e-9, [0.0, np.nan, 95.0, 48.1113]])
    lon = np.concatenate([located.lon, located.lon, [0.0, 2.0, 2.0, -1.68]])
    reference = geocoder.locate(lat, lon)["how"].to_numpy(dtype=object)
    np.testing.assert_array_equal(geocoder.located_how(lat, lon, located), reference)
    assert (located.position(lat, lon)[: len(located.lat)] == np.arange(len(located.lat))).all()
    assert (located.position(lat, lon)[len(located.lat) :] == -1).sum() >= len(located.lat)


def _place_given_reference(frame: pd.DataFrame, alerts: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """_place_given_is_not_absent as written before: every row's place read."""
    from assets.lib.geocode import ALERT_ABSENT

    absent = (alerts == ALERT_ABSENT)[rows]
    if not absent.any():
        return rows
    has_place = np.zeros(len(frame), dtype=bool)
    for name in ("lieu", "adresse"):
        if name in frame.columns:
            has_place |= (frame[name].astype("string").fillna("").str.strip() != "").to_numpy(dtype=bool)
    rows = rows.copy()
    rows[has_place & absent] = len(alerts) - 1
    return rows


@pytest.mark.parametrize("columns", [("lieu", "adresse"), ("lieu",), ("adresse",), ()])
def test_places_read_on_the_rows_said_absent_are_every_row_read(columns):
    from assets.lib.geocode import ALERT_ABSENT, ALERT_NOT_FOUND, _place_given_is_not_absent

    rng = np.random.default_rng(47)
    cells = np.array(["", " ", "\t\n", "Salle des fêtes", None, float("nan"), "  x  ", "\u00a0", "0"], dtype=object)
    n = 300
    frame = pd.DataFrame({name: cells[rng.integers(0, len(cells), n)] for name in columns},
                         index=pd.Index(rng.permutation(n) * 5 + 1))
    if "lieu" in columns:
        frame["lieu"] = frame["lieu"].astype("string")  # one column typed, the other object
    alerts = np.array([ALERT_ABSENT, "en ligne", "", ALERT_ABSENT, ALERT_NOT_FOUND], dtype=object)
    for rows in (rng.integers(0, len(alerts) - 1, n), np.full(n, 2), np.zeros(n, dtype=np.int64)):
        expected = _place_given_reference(frame, alerts, rows)
        np.testing.assert_array_equal(_place_given_is_not_absent(frame, alerts, rows), expected)


@pytest.mark.parametrize(
    "values",
    [
        ["conflit entre code postal et commune", "", "conflit", "Conflit", " conflit", "lieu absent ; conflit",
         "conflit : coordonnées en France, texte hors de France", "conflits", "é" * 300, None, float("nan"), "None"],
        [],
        ["", ""],
    ],
)
def test_prefixes_tested_once_per_distinct_alert_are_every_alert_tested(values):
    from assets.lib.geocode import _starting_with

    array = np.empty(len(values) * 3, dtype=object)
    array[:] = values * 3
    for prefix in ("conflit", "", "none", "None", "é"):
        np.testing.assert_array_equal(_starting_with(array, prefix), np.char.startswith(array.astype(str), prefix))
