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
