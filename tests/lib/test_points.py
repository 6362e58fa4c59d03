"""Coordinates the coder rejected are not published raw: repaired when swapped, dropped when abroad."""

import math

import pandas as pd
import pytest

from assets.lib.geocode import Geocoder
from assets.lib.points import published_points
from assets.lib.research import geojson_features


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.from_reference()


# (label, latitude, longitude, commune text, expected published point or None, alert expected to contain)
CASES = [
    ("Rennes, as given", 48.1106, -1.6779, "Rennes", (48.1106, -1.6779), ""),
    ("Rennes, swapped", -1.6779, 48.1106, "Rennes", (48.1106, -1.6779), "latitude et longitude inversées"),
    ("Lille, swapped, no text", 3.0573, 50.6292, "", (50.6292, 3.0573), "latitude et longitude inversées"),
    ("Madrid, with a French text", 40.4168, -3.7038, "Rennes", None, "hors de France"),
    ("Gulf of Guinea, no text", 0.5, 0.5, "", None, "hors de France"),
    ("Brussels, no text", 50.8467, 4.3525, "", None, "hors de France"),
    ("Saint-Martin (COM, no contour)", 18.0708, -63.0501, "Marigot", (18.0708, -63.0501), ""),
    ("Saint-Denis de La Réunion", -20.8789, 55.4481, "Saint-Denis", (-20.8789, 55.4481), ""),
    ("La Réunion, swapped", 55.4481, -20.8789, "", (-20.8789, 55.4481), "latitude et longitude inversées"),
    ("no point", None, None, "Rennes", None, ""),
]


def _frame():
    return pd.DataFrame({
        "latitude": pd.array([c[1] for c in CASES], dtype="Float64"),
        "longitude": pd.array([c[2] for c in CASES], dtype="Float64"),
        "commune": [c[3] for c in CASES], "code_postal": "", "adresse": "",
    }, index=[f"row{i}" for i in range(len(CASES))])


def test_swapped_points_are_repaired_and_foreign_points_dropped(geocoder):
    frame = _frame()
    codes = geocoder.code(frame)
    points = published_points(geocoder, frame, codes["geocodage_alerte"])
    assert list(points.index) == list(frame.index)
    for (label, _, _, _, expected, alert), row in zip(CASES, points.to_dict("records"), strict=True):
        got = None if pd.isna(row["latitude"]) else (row["latitude"], row["longitude"])
        assert got == expected, label
        assert alert in row["geocodage_alerte"], (label, row["geocodage_alerte"])
        if expected is None and alert:
            assert pd.isna(row["longitude"]), label
    # The Madrid point next to a French commune name: the alert says the point was ignored.
    assert "coordonnées hors de France ignorées" in points.loc["row3", "geocodage_alerte"]
    # A point kept as given gets no new alert.
    assert points.loc["row0", "geocodage_alerte"] == codes.loc["row0", "geocodage_alerte"]


def test_the_geojson_point_is_the_published_one(geocoder):
    frame = _frame()
    points = published_points(geocoder, frame, geocoder.code(frame)["geocodage_alerte"])
    events = pd.DataFrame({"identifiant": [f"mess-2019-{i:010x}" for i in range(len(CASES))], "edition": 2019,
                           "latitude": points["latitude"].to_numpy(), "longitude": points["longitude"].to_numpy()})
    features = {f["id"]: f["geometry"]["coordinates"] for f in geojson_features(events)}
    expected = {f"mess-2019-{i:010x}": [c[4][1], c[4][0]] for i, c in enumerate(CASES) if c[4] is not None}
    assert features == expected
    assert all(not math.isnan(x) for point in features.values() for x in point)
