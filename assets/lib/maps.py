"""Département choropleths for the report as inline SVG: contours dissolved from the commune contours (once, by
scripts/build_reference.py, then loaded by the departement_contours reference asset), projected and simplified
once per reference and kept beside the warehouse (mainland France in Lambert-93, the five DROM as insets in their
own projection, never dropped), then each map only chooses a fill per département. Text (titles, legend) stays in
the HTML."""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from assets.lib.charts import french_number
from assets.lib.state import read_pickle, write_pickle

# DROM drawn as insets, each in its local projected CRS (UTM of the official geodetic system).
DROM_INSETS = [
    ("971", "Guadeloupe", "EPSG:5490"),
    ("972", "Martinique", "EPSG:5490"),
    ("973", "Guyane", "EPSG:2972"),
    ("974", "La Réunion", "EPSG:2975"),
    ("976", "Mayotte", "EPSG:4471"),
]
MAINLAND_CRS = "EPSG:2154"  # Lambert-93
SIMPLIFY_DEGREES = 0.004  # about 400 m: invisible at report size, keeps each map SVG small
NO_EVENT_COLOR = "#e6e6e6"
_MEMORY: dict = {}  # digest of the shapes -> their SVG outlines
PALETTE = ["#d4e9d7", "#9fd1ab", "#5fb07e", "#2e8a5b", "#0f5e3c"]  # light to dark green, 5 classes
MAINLAND_TOLERANCE_M = 1000  # drawn at most ~1,000 px wide for ~1,150 km: 1 km is below a pixel
MAINLAND_UNIT_M = 1000  # one SVG unit per km
INSET_SIZE = 200  # each DROM inset is scaled into a 200 x 200 box
DEPARTEMENT_CONTOURS_TABLE = "departement_contours"  # warehouse table of the reference asset of that name


def shapes_key(material: str) -> str:
    """A short key of the shapes drawn from reference data identified by `material` (a digest of it)."""
    return hashlib.sha256(f"{material}|{SIMPLIFY_DEGREES}".encode()).hexdigest()[:12]


def read_departement_shapes(con):
    """The département outlines the departement_contours reference asset materialised (code_departement,
    geometry; EPSG:4326, sorted by code)."""
    import geopandas as gpd

    frame = con.execute(f"SELECT * FROM {DEPARTEMENT_CONTOURS_TABLE} ORDER BY code_departement").df()
    wkb = [bytes(value) for value in frame.pop("geometry_wkb")]
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries.from_wkb(wkb, crs="EPSG:4326"), crs="EPSG:4326")


def dissolve_departements(contours, communes: pd.DataFrame):
    """One polygon per département (code_departement, geometry; EPSG:4326, sorted by code), dissolved from the
    commune contours (COM rows of `contours`, placed in their département by the COG `communes`) and
    simplified. A few seconds of GEOS unions: scripts/build_reference.py runs it once and vendors the result
    (contours/departements.geoparquet), which the departement_contours reference asset loads."""
    import geopandas as gpd
    import shapely

    communes = communes.loc[communes["type_commune"] == "COM", ["code_commune_insee", "code_departement"]]
    contours = contours[(contours["type_commune"] == "COM") & contours.geometry.notna()]
    merged = contours.merge(communes, on="code_commune_insee")
    merged = merged.set_geometry(shapely.make_valid(merged.geometry.values))
    dissolved = merged[["code_departement", "geometry"]].dissolve("code_departement").reset_index()
    # Simplify the outline only, keeping shared borders: tiny slivers between communes vanish in the union.
    dissolved["geometry"] = dissolved.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
    return gpd.GeoDataFrame(
        dissolved.sort_values("code_departement").reset_index(drop=True), geometry="geometry", crs="EPSG:4326"
    )


def decimals_for(values: pd.Series, integer: bool) -> int:
    """Decimals shown for class bounds: none for counts, 1 for rates from 10 up, else 2."""
    if integer:
        return 0
    return 1 if values.max() >= 10 else 2


def class_breaks(values: pd.Series, classes: int = len(PALETTE), integer: bool = True) -> list[float]:
    """Upper bounds of up to `classes` quantile classes of the positive values (zero has its own class),
    rounded up to the decimals shown so that every value falls in the class its label says."""
    positive = values[values > 0].astype(float)
    if positive.empty:
        return []
    scale = 10 ** decimals_for(positive, integer)
    quantiles = np.quantile(positive.to_numpy(), np.linspace(0, 1, classes + 1)[1:])
    bounds = np.ceil(quantiles * scale - 1e-9) / scale
    return sorted(set(float(b) for b in bounds))


def class_labels(breaks: list[float], low: float, integer: bool, decimals: int = 0) -> list[str]:
    decimals = 0 if integer else decimals
    labels, start = [], low
    for bound in breaks:
        text = french_number(start, decimals)
        labels.append(text if start == bound else f"{text} à {french_number(bound, decimals)}")
        start = bound + 1 if integer else bound
    return labels




@dataclass(frozen=True)
class MapGeometry:
    """Projected, simplified outlines as SVG path data: `paths` maps an element id to its `d` attribute."""

    paths: dict[str, str]
    mainland: list[str]  # codes of the mainland départements, in code order
    mainland_box: tuple[int, int]  # viewBox width, height
    insets: list[tuple[str, str, tuple[int, int]]]  # (code, name, viewBox width/height) of each DROM


def _path_data(geometry, origin_x: float, origin_y: float, unit: float) -> str:
    """SVG path data of a (multi)polygon: integer units, y downwards, relative moves, repeated points dropped."""
    import shapely

    parts = []
    polygons = getattr(geometry, "geoms", [geometry])
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            coords = shapely.get_coordinates(ring)
            points = np.rint(np.column_stack([(coords[:, 0] - origin_x) / unit,
                                              (origin_y - coords[:, 1]) / unit])).astype(int)
            keep = np.ones(len(points), dtype=bool)
            keep[1:] = np.any(points[1:] != points[:-1], axis=1)
            points = points[keep]
            if len(points) < 4:  # collapsed below one unit: invisible at this scale
                continue
            steps = np.diff(points[:-1], axis=0)
            parts.append(f"M{points[0, 0]} {points[0, 1]}l" + " ".join(f"{dx} {dy}" for dx, dy in steps) + "z")
    return "".join(parts)


def map_geometry(shapes) -> MapGeometry:
    """The outlines every map of the report shares, computed once per set of shapes (kept in memory)."""
    import shapely

    key = "svg-" + hashlib.sha256(
        b"".join(shapely.to_wkb(shapes.geometry.values)) + "|".join(shapes["code_departement"]).encode()
    ).hexdigest()
    if key in _MEMORY:
        return _MEMORY[key]
    drom = {code for code, _, _ in DROM_INSETS}
    paths: dict[str, str] = {}
    mainland = shapes[~shapes["code_departement"].isin(drom)].sort_values("code_departement").to_crs(MAINLAND_CRS)
    outlines = shapely.coverage_simplify(mainland.geometry.values, MAINLAND_TOLERANCE_M)
    minx, miny, maxx, maxy = shapely.total_bounds(outlines)
    for code, outline in zip(mainland["code_departement"], outlines, strict=True):
        paths[f"d{code}"] = _path_data(outline, minx, maxy, MAINLAND_UNIT_M)
    box = (int(np.ceil((maxx - minx) / MAINLAND_UNIT_M)), int(np.ceil((maxy - miny) / MAINLAND_UNIT_M)))
    insets = []
    for code, name, crs in DROM_INSETS:
        shape = shapes[shapes["code_departement"] == code].to_crs(crs)
        if shape.empty:
            continue
        x0, y0, x1, y1 = shape.total_bounds
        unit = max(x1 - x0, y1 - y0) / INSET_SIZE
        outline = shapely.simplify(shape.geometry.values[0], unit / 2, preserve_topology=True)
        paths[f"d{code}"] = _path_data(outline, x0, y1, unit)
        insets.append((code, name, (int(np.ceil((x1 - x0) / unit)), int(np.ceil((y1 - y0) / unit)))))
    geometry = MapGeometry(paths, mainland["code_departement"].tolist(), box, insets)
    _MEMORY[key] = geometry
    return geometry


def _outlines_version() -> str:
    """This module's code and the libraries that project and simplify: outlines kept by another version are not used."""
    versions = "|".join(importlib.metadata.version(name) for name in ("shapely", "pyproj", "geopandas", "numpy"))
    return hashlib.sha256(Path(__file__).read_bytes() + versions.encode()).hexdigest()[:12]


def kept_map_geometry(memo: Path, key: str, read_shapes: Callable[[], object]) -> MapGeometry:
    """map_geometry() of the shapes `read_shapes` gives, kept in `memo` for `key` (shapes_key of the reference they
    are read from): an unchanged reference is neither read nor projected again by the next run (~0.25 s)."""
    versioned = (key, _outlines_version())
    kept = read_pickle(memo)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == versioned and isinstance(kept[1], MapGeometry):
        return kept[1]
    geometry = map_geometry(read_shapes())
    write_pickle(memo, (versioned, geometry))
    return geometry


@dataclass(frozen=True)
class Choropleth:
    """One map: a fill per département code, and the legend (colour, label) from zero up."""

    fills: dict[str, str]
    legend: list[tuple[str, str]]


def choropleth(values: pd.Series, integer: bool = True) -> Choropleth:
    """Fills of a département choropleth of `values` (indexed by code_departement): zero or missing in grey,
    positive values in quantile classes (the classes' labels say which values each colour holds)."""
    values = values.astype(float).fillna(0.0)
    breaks = class_breaks(values, integer=integer)
    positive = values[values > 0]
    colors = [PALETTE[len(PALETTE) - len(breaks) + i] for i in range(len(breaks))]
    index = np.searchsorted(np.array(breaks), values.to_numpy(), side="left")
    fills = {
        code: NO_EVENT_COLOR if v <= 0 else colors[min(i, len(colors) - 1)]
        for code, v, i in zip(values.index, values, index, strict=True)
    }
    low = float(positive.min()) if not positive.empty else 0.0
    decimals = decimals_for(positive, integer) if not positive.empty else 0
    legend = [(NO_EVENT_COLOR, "0")] + list(zip(colors, class_labels(breaks, low, integer, decimals), strict=True))
    return Choropleth(fills, legend)


def outlines_svg(geometry: MapGeometry) -> str:
    """A hidden <svg> holding every outline once per page; each map then only <use>s them with a fill."""
    paths = "".join(
        f'<path id="{key}" d="{d}" vector-effect="non-scaling-stroke"/>' for key, d in sorted(geometry.paths.items())
    )
    return (
        '<svg class="contours" width="0" height="0" aria-hidden="true" focusable="false">'
        f"<defs>{paths}</defs></svg>\n"
    )


def choropleth_svg(geometry: MapGeometry, fills: dict[str, str]) -> str:
    """The mainland map then the DROM insets (each with its name as HTML text), as inline SVG elements."""
    def uses(codes):
        return "".join(f'<use href="#d{c}" fill="{fills.get(c, NO_EVENT_COLOR)}"/>' for c in codes)

    width, height = geometry.mainland_box
    html = [
        f'<svg class="metropole" viewBox="0 0 {width} {height}" aria-hidden="true" focusable="false">'
        f'<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">{uses(geometry.mainland)}</g></svg>'
    ]
    items = []
    for code, name, (w, h) in geometry.insets:
        items.append(
            f'<li><svg viewBox="-4 -4 {w + 8} {h + 8}" aria-hidden="true" focusable="false">'
            f'<g stroke="#56626b" stroke-width="0.6" stroke-linejoin="round">{uses([code])}</g></svg>'
            f"<span>{name}</span></li>"
        )
    html.append(f'<ul class="encarts">{"".join(items)}</ul>')
    return "".join(html)
