"""Published coordinates: the point the coder accepted, swapped back when the source inverted latitude and
longitude, none when it lies outside France."""

from __future__ import annotations

import numpy as np
import pandas as pd

from assets.lib.geocode import ALERT_ABROAD, ALERT_ABROAD_XY_IGNORED, ALERT_SWAPPED, Geocoder, LocatedPoints

# Overseas collectivities outside the COG commune contours (lon_min, lat_min, lon_max, lat_max): a point
# there is in France although no commune polygon holds it. Saint-Pierre-et-Miquelon, Saint-Barthélemy,
# Saint-Martin, Wallis-et-Futuna, French Polynesia, New Caledonia (each box with a small sea margin).
OVERSEAS_BOXES = (
    (-56.55, 46.70, -56.05, 47.20),
    (-62.98, 17.84, -62.76, 17.99),
    (-63.17, 18.00, -62.95, 18.14),
    (-178.30, -14.45, -176.05, -13.15),
    (-155.00, -28.00, -134.00, -7.50),
    (162.50, -23.20, 169.00, -19.50),
)


def _join(alert: str, extra: str) -> str:
    parts = [a for a in alert.split(" ; ") if a]
    return " ; ".join(parts if extra in parts else [*parts, extra])


def _in_overseas_box(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    inside = np.zeros(len(lat), dtype=bool)
    for lon_min, lat_min, lon_max, lat_max in OVERSEAS_BOXES:
        inside |= (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)
    return inside


def published_points(
    geocoder: Geocoder, frame: pd.DataFrame, alerts: pd.Series, located: LocatedPoints | None = None
) -> pd.DataFrame:
    """Columns latitude, longitude, geocodage_alerte aligned on `frame`'s index: the point as given when the
    coder places it in France (in a commune, or within its tolerance of one), latitude and longitude
    swapped back when only the swapped point is in France (alert "latitude et longitude inversées"),
    and no point when it is outside France (alert "coordonnées hors de France ignorées"). A point in an
    overseas collectivity without commune contours (Saint-Martin, Polynesia…) is kept as given. `located`: the
    points Geocoder.code_located already placed while coding `frame`, not located again."""
    lat = pd.to_numeric(frame["latitude"], errors="coerce").astype("float64").to_numpy(na_value=np.nan, copy=True)
    lon = pd.to_numeric(frame["longitude"], errors="coerce").astype("float64").to_numpy(na_value=np.nan, copy=True)
    alert = alerts.astype("string").fillna("").to_numpy(dtype=object).copy()
    has = ~(np.isnan(lat) | np.isnan(lon))
    if has.any():
        pairs = np.column_stack([lat[has], lon[has]])
        distinct, inverse = np.unique(pairs, axis=0, return_inverse=True)
        how = geocoder.located_how(distinct[:, 0], distinct[:, 1], located)[inverse.ravel()]
        rows = np.flatnonzero(has)
        swapped = rows[how == "inverse"]
        lat[swapped], lon[swapped] = lon[swapped].copy(), lat[swapped].copy()
        for row in swapped:
            alert[row] = _join(alert[row], ALERT_SWAPPED)
        outside = rows[(how == "") & ~_in_overseas_box(lat[rows], lon[rows])]
        lat[outside] = lon[outside] = np.nan
        for row in outside:
            if ALERT_ABROAD not in alert[row].split(" ; "):
                alert[row] = _join(alert[row], ALERT_ABROAD_XY_IGNORED)
    return pd.DataFrame({
        "latitude": pd.array(np.round(lat, 6), dtype="Float64"),
        "longitude": pd.array(np.round(lon, 6), dtype="Float64"),
        "geocodage_alerte": alert.astype(str),
    }, index=frame.index)
