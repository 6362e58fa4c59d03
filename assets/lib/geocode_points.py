"""Point lookup for the commune coder: coordinates read from source cells (decimal, comma decimal,
degrees-minutes-seconds), the commune polygon under each point, distances to a commune and whether two
communes share a border.

Nothing here reads place names: these functions only see numbers and polygons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Monaco lies within the snapping tolerance of Beausoleil and Cap-d'Ail: a point there outside every
# French polygon is in Monaco, not "just off the coast". (lon_min, lat_min, lon_max, lat_max)
# Boxes where a point outside every commune polygon is never snapped to a nearby commune: Monaco, and
# Sint Maarten (the Dutch south of Saint-Martin island, whose border the coarse COM contour only
# approximates).
FOREIGN_ENCLAVES = [(7.4090, 43.7247, 7.4398, 43.7519), (-63.1500, 17.9800, -62.9800, 18.0620)]
EARTH_M_PER_DEG = 111_320.0
# Two simplified commune polygons this close (in degrees, ~40 m) are taken as sharing a border: the
# contours are generalised, so neighbours may not touch exactly.
_NEIGHBOUR_GAP_DEG = 0.0004

# 48°51'24"N, 48° 51' 24.5'' N, N 48°51.4', 2°21'7"E, 2d21m7sW, 48º51′24″: degrees, optional minutes
# and seconds, a hemisphere before or after (S, W and French "O" for ouest are negative).
_DMS = re.compile(
    r"^\s*(?P<h1>[NSEWO])?\s*(?P<sign>[-+])?\s*(?P<deg>\d{1,3}(?:[.,]\d+)?)\s*(?:°|º|˚|d|deg)\s*"
    r"(?:(?P<min>\d{1,2}(?:[.,]\d+)?)\s*(?:'|’|′|m|min)\s*)?"
    r"(?:(?P<sec>\d{1,2}(?:[.,]\d+)?)\s*(?:\"|''|’’|”|″|s|sec)\s*)?"
    r"(?P<h2>[NSEWO])?\s*$",
    re.IGNORECASE,
)


def parse_dms(text: str) -> float:
    """Decimal degrees of a degrees(-minutes(-seconds)) cell, NaN when it is not one (or minutes or
    seconds reach 60)."""
    match = _DMS.match(str(text))
    if not match:
        return float("nan")
    minutes = float((match["min"] or "0").replace(",", "."))
    seconds = float((match["sec"] or "0").replace(",", "."))
    if minutes >= 60 or seconds >= 60:
        return float("nan")
    value = float(match["deg"].replace(",", ".")) + minutes / 60 + seconds / 3600
    hemisphere = (match["h1"] or match["h2"] or "").upper()
    if hemisphere in ("S", "W", "O") or match["sign"] == "-":
        value = -value
    return value


def coordinate_values(values: pd.Series, bound: float) -> np.ndarray:
    """Float degrees of a latitude or longitude column: numbers, text with a decimal point or comma
    (a `;` spreadsheet), or degrees-minutes-seconds; NaN when unreadable or beyond ±`bound`."""
    if pd.api.types.is_numeric_dtype(values):
        out = values.astype("float64").to_numpy(na_value=np.nan, copy=True)
    else:
        out = _plain_decimals(values)
        if out is None:
            out = _text_coordinates(values)
    out[np.abs(out) > bound] = np.nan
    return out


# A cell Arrow's cast reads exactly as pd.to_numeric does (both give the nearest double): an optional sign,
# digits with at most one point, an optional exponent. Anything else (blanks around, a comma, DMS…) is left
# to _text_coordinates.
_PLAIN_DECIMAL = r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"


def _plain_decimals(values: pd.Series) -> np.ndarray | None:
    """coordinate_values' degrees (before the bound) of a text column, the plain decimal cells cast in Arrow
    at once and the empty ones NaN; the other cells read by _text_coordinates. None when the column is not
    text that Arrow holds (then _text_coordinates reads it all)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        array = pa.array(values, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return None
    out = np.full(len(array), np.nan)
    plain = pc.fill_null(pc.match_substring_regex(array, _PLAIN_DECIMAL), False)
    rows = np.flatnonzero(plain.to_numpy(zero_copy_only=False))
    if len(rows):
        out[rows] = pc.cast(array.filter(plain), pa.float64()).to_numpy(zero_copy_only=False)
    other = pc.fill_null(pc.invert(pc.or_(plain, pc.equal(array, ""))), False)
    rest = np.flatnonzero(other.to_numpy(zero_copy_only=False))
    if len(rest):
        out[rest] = _text_coordinates(values.iloc[rest])
    return out


def _text_coordinates(values: pd.Series) -> np.ndarray:
    """coordinate_values' degrees (before the bound) of a column of text (or mixed) cells, each distinct cell
    parsed once: pd.to_numeric, else _parse_text_coordinate."""
    # parsed once per distinct cell: coordinates repeat, and a column of blanks is one value
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    uniques = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    parsed = pd.to_numeric(uniques, errors="coerce").astype("float64").to_numpy(na_value=np.nan, copy=True)
    for index in np.flatnonzero(np.isnan(parsed)):
        parsed[index] = _parse_text_coordinate(str(uniques.iloc[index]))
    return np.append(parsed, np.nan)[codes]


def _parse_text_coordinate(text: str) -> float:
    text = text.strip()
    if not text or not re.search(r"\d", text):
        return float("nan")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return parse_dms(text)


def frame_coordinates(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(latitude, longitude) arrays of `frame`, NaN where absent, unreadable or (0, 0)."""
    n = len(frame)
    lat = coordinate_values(frame["latitude"], 90) if "latitude" in frame.columns else np.full(n, np.nan)
    lon = coordinate_values(frame["longitude"], 180) if "longitude" in frame.columns else np.full(n, np.nan)
    zero = (lat == 0) & (lon == 0)
    lat[zero] = lon[zero] = np.nan
    return lat, lon


def _metres(lat: np.ndarray, points, polys) -> np.ndarray:
    import shapely

    lines = shapely.shortest_line(points, polys)
    ends = shapely.get_coordinates(lines).reshape(-1, 2, 2)
    dx = (ends[:, 1, 0] - ends[:, 0, 0]) * EARTH_M_PER_DEG * np.cos(np.radians(lat))
    dy = (ends[:, 1, 1] - ends[:, 0, 1]) * EARTH_M_PER_DEG
    return np.hypot(dx, dy)


@dataclass
class PointIndex:
    """Commune and arrondissement polygons with their spatial indexes."""

    com_geometry: object  # GeoSeries of COM polygons, index = COM code (absent polygons dropped)
    arm_geometry: object
    plm_communes: tuple[str, ...]
    tolerance_m: float = 500.0
    # islands of overseas collectivities that hold several communes: index = collectivity code (987…)
    collectivity_geometry: object = None
    _neighbours: dict = field(default_factory=dict, repr=False)
    _bounds: np.ndarray | None = field(default=None, repr=False)  # of com_geometry's polygons, made on first use

    def locate(self, lat: np.ndarray, lon: np.ndarray) -> pd.DataFrame:
        """Commune of each point: columns code, arm, how ("dedans", "proche", "inverse", "" when
        outside France beyond the tolerance, "collectivite" on an island of an overseas collectivity
        that holds several communes), distance_m (to the polygon when snapped) and collectivite (the
        collectivity code of such an island, else empty)."""
        return pd.DataFrame(self.locate_arrays(lat, lon)[0])

    def locate_arrays(self, lat: np.ndarray, lon: np.ndarray) -> tuple[dict[str, np.ndarray], np.ndarray]:
        """locate's columns as arrays (texts as objects: no conversion to a frame's text columns and back), and
        the points built (shapely, (lon, lat)), for distance_to."""
        import shapely

        n = len(lat)
        code = np.full(n, "", dtype=object)
        arm = np.full(n, "", dtype=object)
        how = np.full(n, "", dtype=object)
        collectivity = np.full(n, "", dtype=object)
        distance = np.zeros(n)
        points = shapely.points(lon, lat) if n else np.empty(0, dtype=object)
        if n:
            self._inside(points, code, how)
            self._snap(points, lat, lon, code, how, distance)
            self._collectivity_islands(points, lat, how, collectivity)
            self._swapped(lat, lon, code, how)
            self._arrondissements(points, lat, lon, code, arm, how)
        columns = {"code": code, "arm": arm, "how": how, "distance_m": distance, "collectivite": collectivity}
        return columns, points

    def _tolerance_deg(self, lat: np.ndarray) -> np.ndarray:
        """For each point, a distance in degrees beyond which no polygon is within `tolerance_m` as _metres
        measures it: _metres shrinks only the longitude difference, by the cosine of the latitude (floored at
        80°, where no commune lies), so a polygon that close is at most this far in plain degrees. Each point
        queried with its own distance, not the largest of a batch: far fewer polygons to measure."""
        return self.tolerance_m / (EARTH_M_PER_DEG * np.cos(np.radians(np.clip(lat, -80, 80))))

    def _collectivity_islands(self, points, lat, how, collectivity) -> None:
        """A point on (or within the tolerance of) an island of an overseas collectivity whose island
        holds several communes: in that collectivity, commune unknown."""
        import shapely

        islands = self.collectivity_geometry
        missing = np.flatnonzero(how == "")
        if islands is None or not len(islands) or not len(missing):
            return
        hit_point, hit_poly = islands.sindex.query(
            points[missing], predicate="dwithin", distance=self._tolerance_deg(lat[missing])
        )
        if not len(hit_point):
            return
        rows = missing[hit_point]
        polygons = islands.to_numpy()
        # a point on the island is 0 m from it: measured only where the prepared polygon does not hold it
        shapely.prepare(polygons[np.unique(hit_poly)])
        close = shapely.intersects(polygons[hit_poly], points[rows])
        off = np.flatnonzero(~close)
        if len(off):
            close[off] = _metres(lat[rows[off]], points[rows[off]], polygons[hit_poly[off]]) <= self.tolerance_m
        how[rows[close]] = "collectivite"
        collectivity[rows[close]] = islands.index.to_numpy()[hit_poly[close]]

    def _inside(self, points, code, how) -> None:
        hit_point, hit_poly = self._within(points)
        code[hit_point] = self.com_geometry.index.to_numpy()[hit_poly]
        how[hit_point] = "dedans"

    def _within(self, points, geometry=None) -> tuple[np.ndarray, np.ndarray]:
        """sindex.query(points, predicate="within") of the commune polygons (or of `geometry`, a GeoSeries): the
        pairs whose boxes meet, in the query's order, kept where the polygon, prepared (its edges indexed once),
        holds the point in its interior — the same pairs at a fraction of the cost of testing each pair on the
        raw polygon."""
        import shapely

        geometry = self.com_geometry if geometry is None else geometry
        hit_point, hit_poly = geometry.sindex.query(points)
        if not len(hit_point):
            return hit_point, hit_poly
        polygons = geometry.to_numpy()
        shapely.prepare(polygons[np.unique(hit_poly)])
        inside = shapely.contains(polygons[hit_poly], points[hit_point])
        return hit_point[inside], hit_poly[inside]

    def _snap(self, points, lat, lon, code, how, distance) -> None:
        """Nearest polygon within the tolerance, in metres at the point's latitude (degrees of
        longitude shrink with latitude, so every polygon within the box is measured)."""
        missing = np.flatnonzero(how == "")
        if not len(missing):
            return
        near_point, near_poly = self.com_geometry.sindex.query(
            points[missing], predicate="dwithin", distance=self._tolerance_deg(lat[missing])
        )
        if not len(near_point):
            return
        # A polygon whose box lies beyond the tolerance can neither be taken nor hide a nearer one that is taken.
        close = ~self._box_beyond(lat[missing[near_point]], lon[missing[near_point]], near_poly, self.tolerance_m)
        near_point, near_poly = near_point[close], near_poly[close]
        if not len(near_point):
            return
        source = missing[near_point]
        metres = _metres(lat[source], points[source], self.com_geometry.to_numpy()[near_poly])
        order = np.lexsort((metres, source))
        source, polys_idx, metres = source[order], near_poly[order], metres[order]
        first = np.r_[True, source[1:] != source[:-1]]
        source, polys_idx, metres = source[first], polys_idx[first], metres[first]
        ok = metres <= self.tolerance_m
        for x0, y0, x1, y1 in FOREIGN_ENCLAVES:
            ok &= ~((lon[source] >= x0) & (lon[source] <= x1) & (lat[source] >= y0) & (lat[source] <= y1))
        code[source[ok]] = self.com_geometry.index.to_numpy()[polys_idx[ok]]
        how[source[ok]] = "proche"
        distance[source[ok]] = metres[ok]

    def _swapped(self, lat, lon, code, how) -> None:
        """Latitude and longitude swapped: only a point strictly inside a polygon is taken."""
        import shapely

        missing = np.flatnonzero(how == "")
        if not len(missing):
            return
        swapped = shapely.points(lat[missing], lon[missing])
        hit_point, hit_poly = self._within(swapped)
        code[missing[hit_point]] = self.com_geometry.index.to_numpy()[hit_poly]
        how[missing[hit_point]] = "inverse"

    def _arrondissements(self, points, lat, lon, code, arm, how) -> None:
        import shapely

        in_plm = np.flatnonzero(np.isin(code, list(self.plm_communes)) & (how != ""))
        if not len(in_plm):
            return
        plm_points = points[in_plm]
        swapped_rows = np.flatnonzero(how[in_plm] == "inverse")
        if len(swapped_rows):
            plm_points[swapped_rows] = shapely.points(lat[in_plm[swapped_rows]], lon[in_plm[swapped_rows]])
        hit_point, hit_poly = self._within(plm_points, self.arm_geometry)
        arm[in_plm[hit_point]] = self.arm_geometry.index.to_numpy()[hit_poly]

    def _box_beyond(self, lat: np.ndarray, lon: np.ndarray, polygon: np.ndarray, limit_m: float) -> np.ndarray:
        """Whether each point is surely more than `limit_m` metres (as _metres measures) from the polygon at
        position `polygon`: already from its bounding box, one metre to spare for rounding (_metres' nearest
        point lies in that box, and its coordinate differences can only be larger)."""
        if self._bounds is None:
            import shapely

            self._bounds = shapely.bounds(self.com_geometry.to_numpy())
        box = self._bounds[polygon]
        dx = np.maximum(np.maximum(box[:, 0] - lon, lon - box[:, 2]), 0.0)
        dy = np.maximum(np.maximum(box[:, 1] - lat, lat - box[:, 3]), 0.0)
        floor = np.hypot(dx * EARTH_M_PER_DEG * np.cos(np.radians(lat)), dy * EARTH_M_PER_DEG)
        return floor > limit_m + 1.0

    def within_m(self, lat: np.ndarray, lon: np.ndarray, codes: np.ndarray, limit_m: float, points=None) -> np.ndarray:
        """distance_to(lat, lon, codes, points) <= limit_m, measured only where the commune's box is that close."""
        out = np.zeros(len(codes), dtype=bool)
        position = self.com_geometry.index.get_indexer(codes)
        rows = np.flatnonzero(position >= 0)
        rows = rows[~self._box_beyond(lat[rows], lon[rows], position[rows], limit_m)]
        if len(rows):
            polys = self.com_geometry.to_numpy()[position[rows]]
            built = points[rows] if points is not None else None
            if built is None:
                import shapely

                built = shapely.points(lon[rows], lat[rows])
            out[rows] = _metres(lat[rows], built, polys) <= limit_m
        return out

    def distance_to(self, lat: np.ndarray, lon: np.ndarray, codes: np.ndarray, points=None) -> np.ndarray:
        """Metres from each point to the polygon of the commune in `codes` (inf without polygon); `points`: the
        points already built (shapely, (lon, lat)), else they are built here."""
        import shapely

        out = np.full(len(codes), np.inf)
        position = self.com_geometry.index.get_indexer(codes)
        has = position >= 0
        if has.any():
            polys = self.com_geometry.to_numpy()[position[has]]
            built = points[has] if points is not None else shapely.points(lon[has], lat[has])
            out[has] = _metres(lat[has], built, polys)
        return out

    def neighbours(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Whether each pair of communes shares a border (False when either has no polygon)."""
        import shapely

        out = np.zeros(len(first), dtype=bool)
        for row, pair in enumerate(zip(first, second, strict=True)):
            known = self._neighbours.get(pair)
            if known is None:
                a = self.com_geometry.get(pair[0])
                b = self.com_geometry.get(pair[1])
                known = bool(a is not None and b is not None and shapely.dwithin(a, b, _NEIGHBOUR_GAP_DEG))
                self._neighbours[pair] = known
            out[row] = known
        return out


def load_point_index(root, plm_communes: tuple[str, ...], tolerance_m: float = 500.0) -> PointIndex:
    """The PointIndex of the commune and arrondissement contours vendored in `root`."""
    from assets.lib.reference import load_collectivity_contours, load_commune_contours

    return point_index(load_commune_contours(root), plm_communes, tolerance_m, load_collectivity_contours(root))


def point_index(contours, plm_communes: tuple[str, ...], tolerance_m: float = 500.0, islands=None) -> PointIndex:
    """The PointIndex of commune and arrondissement contours already read (GeoDataFrame, EPSG:4326),
    and of the islands of the overseas collectivities (load_collectivity_contours(), optional)."""
    contours = contours[contours.geometry.notna() & ~contours.geometry.is_empty]
    communes = contours[contours["type_commune"] == "COM"].set_index("code_commune_insee").geometry
    shared = None
    if islands is not None and len(islands):
        one_commune = islands[islands["code_commune_insee"] != ""]
        # an island that is one commune (Saint-Barthélemy, Wallis…) is that commune's polygon
        extra = one_commune.dissolve(by="code_commune_insee").geometry.set_crs(communes.crs, allow_override=True)
        # A set, not Index.isin: pandas' Arrow strings build one Arrow scalar per commune for isin (~0.4 s).
        known = set(communes.index)
        communes = pd.concat([communes, extra[np.array([code not in known for code in extra.index], dtype=bool)]])
        shared = islands[islands["code_commune_insee"] == ""].set_index("code_collectivite").geometry
    return PointIndex(
        com_geometry=communes,
        arm_geometry=contours[contours["type_commune"] == "ARM"].set_index("code_commune_insee").geometry,
        plm_communes=plm_communes,
        tolerance_m=tolerance_m,
        collectivity_geometry=shared,
    )
