"""Département choropleths for the report: contours dissolved from the commune contours (cached), drawn with
geopandas + matplotlib, mainland France in Lambert-93 and the five DROM as insets (never dropped)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pandas as pd

from assets.lib.charts import INK, MUTED, figure_png, french_number, style
from assets.lib.reference import (
    COMMUNES_PATH,
    CONTOURS_PATH,
    load_commune_contours,
    load_communes,
    load_manifest,
)

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
_MEMORY: dict = {}  # reference key -> département shapes
PALETTE = ["#d4e9d7", "#9fd1ab", "#5fb07e", "#2e8a5b", "#0f5e3c"]  # light to dark green, 5 classes


def _reference_key(reference_root: Path) -> str:
    """A short key of the reference files the shapes come from (their sha256 in MANIFEST.json)."""
    try:
        files = {f["path"]: f["sha256"] for f in load_manifest(reference_root)["files"]}
        material = files[CONTOURS_PATH] + files[COMMUNES_PATH]
    except Exception:  # no manifest: hash the files themselves
        material = "".join(
            hashlib.sha256((reference_root / p).read_bytes()).hexdigest()
            for p in (CONTOURS_PATH, COMMUNES_PATH)
        )
    return hashlib.sha256(f"{material}|{SIMPLIFY_DEGREES}".encode()).hexdigest()[:12]


def departement_shapes(reference_root: Path, cache_dir: Path):
    """One polygon per département (code_departement, geometry; EPSG:4326), dissolved from the commune
    contours and simplified. Cached in `cache_dir` under a name keyed by the reference files' sha256, and
    in memory for the rest of the process."""
    import geopandas as gpd
    import shapely

    key = _reference_key(reference_root)
    if key in _MEMORY:  # one dissolve per process (the tests build many releases)
        return _MEMORY[key].copy()
    cache = cache_dir / f"departements-{key}.geoparquet"
    if cache.exists():
        _MEMORY[key] = gpd.read_parquet(cache)
        return _MEMORY[key].copy()
    contours = load_commune_contours(reference_root)
    communes = load_communes(reference_root)
    communes = communes.loc[communes["type_commune"] == "COM", ["code_commune_insee", "code_departement"]]
    contours = contours[(contours["type_commune"] == "COM") & contours.geometry.notna()]
    merged = contours.merge(communes, on="code_commune_insee")
    merged = merged.set_geometry(shapely.make_valid(merged.geometry.values))
    dissolved = merged[["code_departement", "geometry"]].dissolve("code_departement").reset_index()
    # Simplify the outline only, keeping shared borders: tiny slivers between communes vanish in the union.
    dissolved["geometry"] = dissolved.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
    dissolved = gpd.GeoDataFrame(
        dissolved.sort_values("code_departement").reset_index(drop=True), geometry="geometry", crs="EPSG:4326"
    )
    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = cache.with_name(f".{cache.name}.tmp-{os.getpid()}")
    dissolved.to_parquet(staging)
    os.replace(staging, cache)
    _MEMORY[key] = gpd.read_parquet(cache)  # the cached copy, so first and later runs draw the same shapes
    return _MEMORY[key].copy()


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


def choropleth_png(shapes, values: pd.Series, legend_title: str, integer: bool = True) -> str:
    """PNG data URI of a département choropleth of `values` (indexed by code_departement): mainland in
    Lambert-93,
    DROM in insets on the left, zero in grey, positive values in quantile classes."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    frame = shapes.copy()
    frame["valeur"] = frame["code_departement"].map(values).astype(float).fillna(0.0)
    breaks = class_breaks(frame["valeur"], integer=integer)
    positive = frame.loc[frame["valeur"] > 0, "valeur"]
    index = np.searchsorted(np.array(breaks), frame["valeur"].to_numpy(), side="left")
    colors = [
        PALETTE[len(PALETTE) - len(breaks) + i] if breaks else NO_EVENT_COLOR for i in range(len(breaks))
    ]
    frame["couleur"] = [
        NO_EVENT_COLOR if v <= 0 else colors[min(i, len(colors) - 1)]
        for v, i in zip(frame["valeur"], index, strict=True)
    ]
    drom = {code for code, _, _ in DROM_INSETS}
    with style():
        figure = Figure(figsize=(7.6, 6.4))
        main = figure.add_axes((0.22, 0.0, 0.78, 0.94))
        mainland = frame[~frame["code_departement"].isin(drom)].to_crs(MAINLAND_CRS)
        mainland.plot(ax=main, color=mainland["couleur"], edgecolor="white", linewidth=0.35)
        main.set_axis_off()
        main.set_aspect("equal")
        for position, (code, name, crs) in enumerate(DROM_INSETS):
            inset = figure.add_axes((0.01, 0.80 - position * 0.19, 0.18, 0.15))
            shape = frame[frame["code_departement"] == code].to_crs(crs)
            shape.plot(ax=inset, color=shape["couleur"], edgecolor=MUTED, linewidth=0.3)
            inset.set_title(name, fontsize=7.5, color=INK, pad=2)
            inset.set_xticks([])
            inset.set_yticks([])
            inset.set_xlabel("")
            inset.set_ylabel("")
            for spine in inset.spines.values():
                spine.set_visible(True)
                spine.set_edgecolor("#bbbbbb")
                spine.set_linewidth(0.5)
            inset.set_aspect("equal")
        low = float(positive.min()) if not positive.empty else 0.0
        handles = [Patch(facecolor=NO_EVENT_COLOR, edgecolor="none", label="0")]
        handles += [
            Patch(facecolor=c, edgecolor="none", label=label)
            for c, label in zip(
                colors,
                class_labels(
                    breaks, low, integer, decimals_for(positive, integer) if not positive.empty else 0
                ),
                strict=True,
            )
        ]
        main.legend(
            handles=handles,
            title=legend_title,
            loc="upper left",
            bbox_to_anchor=(0.0, 1.0),
            fontsize=7.5,
            title_fontsize=8,
            frameon=False,
            alignment="left",
        )
        return figure_png(figure)
