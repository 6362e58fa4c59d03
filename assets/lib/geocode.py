"""Commune coding of places against the COG 2026: INSEE codes, names, and how (or why not) they were decided.

Methods, strongest first: the point's commune polygon (`coordonnees`), the source's own INSEE code once
checked (`code_insee_source`), postal code + normalised name with a fuzzy fallback limited to the postal
code's or the département's communes (`code_postal_commune`), former communes and former names mapped to the
commune of today (`ancienne_commune`: déléguées, associées, communes absorbed or renamed; see
data/reference/cog2026/communes_anciennes.parquet), a name without postal code that no other commune bears
(`commune_seule`), a postal code of a single commune (`code_postal_seul`), and a one-line address parsed
for its postal code and town (`adresse_texte`). When they disagree, when a name is a homonym with nothing
to tell the homonyms apart, or when the place is online, abroad or unreadable, the coder abstains
(`aucun`) and says why in `geocodage_alerte`: a wrong code is worse than none.

The communes of the overseas collectivities (975, 977, 978, 986, 987, 988) are coded like the others,
from postal code and name or their INSEE code, with the collectivity's code as département and région.

This module decides; `geocode_text` reads place text, `geocode_points` finds the commune under a point
and `geocode_tables` builds the lookup tables. The work is done once per distinct text key (postal code,
name, INSEE code, country code) and once per distinct point; rows only gather the results, so a million
rows cost what their distinct places cost.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from assets.lib.geocode_points import PointIndex, frame_coordinates, load_point_index, point_index
from assets.lib.geocode_tables import (
    LARGER_NAMESAKE,
    Entry,
    ReferenceFrames,
    Tables,
    build_tables,
    build_tables_from_frames,
    postal_prefix,
    villages_far_away,
)
from assets.lib.geocode_text import (
    LINKING_WORDS,
    NEW_TOWNS,
    NOT_COMMUNE_PLACES,
    VENUE_WORDS,
    ParsedAddress,
    PlaceName,
    abbreviation_readings,
    arrondissements_mentioned,
    clean_postal_code,
    compact,
    dash_parts,
    dash_tails,
    expand_abbreviation,
    expand_first_word,
    is_cedex,
    is_foreign,
    is_foreign_country_code,
    is_intercommunal,
    is_multiple,
    is_online,
    is_placeholder,
    leading_article,
    name_key,
    name_tails,
    names_a_non_commune,
    names_a_territory,
    names_foreign_country,
    parse_address,
    parse_arrondissement,
    parse_place_name,
    slash_as_sur,
    split_postal_cell,
    territory_splits,
    venue_town,
    without_article,
    without_country,
    without_online,
)
from assets.lib.reference import CODED_COLLECTIVITIES, REFERENCE_DIR

OUTPUT_COLUMNS = [
    "code_commune_insee",
    "nom_commune",
    "code_arrondissement_municipal",
    "code_departement",
    "departement",
    "code_region",
    "region",
    "geocodage_methode",
    "geocodage_score",
    "geocodage_alerte",
]
INPUT_COLUMNS = ("adresse", "code_postal", "commune", "latitude", "longitude", "code_insee_source", "code_pays",
                 "code_region_source")

METHODS = (
    "coordonnees",
    "code_insee_source",
    "code_postal_commune",
    "ancienne_commune",
    "commune_seule",
    "commune_region_source",
    "code_postal_seul",
    "adresse_texte",
    "aucun",
)

# A town people write about from this many inhabitants: the more likely meaning of a name one typing error from its
# own under a one-commune postal code of another (« 44000 Renne »: Rennes; see Geocoder._other_commune_named), of a
# déléguée's or former commune's name its own begins (« Villefranche »: Villefranche-sur-Saône), and of a
# département's or région's name it bears (« Vienne »; a smaller commune is not told from the territory: « Landes »,
# « La Réunion »).
TOWN_POPULATION = 20_000
# A city whose name with one of a doubled letter lost (« Montpelier ») is more likely meant than a village one letter
# from it.
CITY_POPULATION = 100_000
# Two typing errors in a word shorter than this are another word (« Bains » / « Bois »), not typos.
REWRITTEN_WORD = 8

# Reasons of abstention (and reservations on a code), as published in geocodage_alerte.

ALERT_ABSENT = "lieu absent"
ALERT_ONLINE = "en ligne"
ALERT_ABROAD = "hors de France"
ALERT_OVERSEAS = "collectivité d'outre-mer hors COG des communes"
ALERT_UNREADABLE = "lieu illisible"
ALERT_MULTIPLE = "lieux multiples ou territoire entier"
# Saint-Barthélemy and Saint-Martin were communes of the Guadeloupe until 2007: still written « (Guadeloupe) »
GUADELOUPE, FORMER_GUADELOUPE = "971", frozenset({"977", "978"})
ALERT_NOT_FOUND = "commune introuvable"
ALERT_UNKNOWN_POSTAL = "code postal inconnu"
ALERT_HOMONYMS = "ambigu : {n} communes homonymes"
_HOMONYMS = re.compile(re.escape(ALERT_HOMONYMS).replace(re.escape("{n}"), r"\d+"))
ALERT_SHORT_NAME = "ambigu : nom court de {name}"
ALERT_SHORT_NAMES = "ambigu : nom court de {n} communes"
_SHORT_NAMES = re.compile(re.escape(ALERT_SHORT_NAMES).replace(re.escape("{n}"), r"\d+"))
ALERT_SHARED_POSTAL = "ambigu : code postal commun à {n} communes"
ALERT_POSTAL_NAME = "conflit entre code postal et commune"
ALERT_INSEE_TEXT = "conflit entre code INSEE source et texte"
ALERT_XY_TEXT = "conflit entre coordonnées et texte"
ALERT_XY_ABROAD = "conflit : coordonnées en France, texte hors de France"
ALERT_SHARED_POLYGON = "ambigu : contour communal partagé avec des communes rétablies"
ALERT_ABROAD_XY_IGNORED = "coordonnées hors de France ignorées"
ALERT_SWAPPED = "latitude et longitude inversées"
ALERT_SNAPPED = "point hors contour, rattaché à la commune la plus proche"
ALERT_NEAR_BORDER = "point dans une commune voisine, texte retenu"
ALERT_POSTAL_OTHER = "code postal d'une autre commune"
ALERT_NAME_UNKNOWN = "nom de commune non reconnu"
ALERT_INSEE_UNKNOWN = "code INSEE source inconnu"
ALERT_INSEE_IS_POSTAL = "code INSEE source égal au code postal, ignoré"
ALERT_ARM_UNSURE = "arrondissement incertain"
ALERT_FUZZY = "nom corrigé"
ALERT_COM_POINT = "point dans une collectivité d'outre-mer, commune non déterminée"

# Corsica's département code until 1976, still written after its towns (« Ajaccio (20) »): both of today's.
CORSICA, CORSICA_DEPARTEMENTS = "20", frozenset({"2A", "2B"})
# « Rennes centre-ville », « Brest hyper-centre »: the town's centre after its name.
_TOWN_CENTRE = re.compile(r"[\s,–-]+(?:hyper[\s-]*)?centre(?:[\s-]+ville)?\s*$", re.IGNORECASE)

# Words that name no commune on their own, whatever commune name they begin or end (_shortened).
_SHORT_NAME_WORDS = frozenset({"saint", "sainte", "sur mer", "mer", "les bains", "bains", "le", "la", "les", "sur",
                               "en", "ville", "cedex", "centre", "nord", "sud", "est", "ouest"})
# The first words of a street's name (a commune named so, Rue or Cours, is not what « Rue de la Gare » means).
_STREET_WORDS = frozenset("rue avenue boulevard bd place chemin allee impasse quai cours route square esplanade parvis "
                          "passage sentier voie rond point lieu dit zone za zi zac".split())
# The words that join a street's name to a town's (« Rue de Brest », « Chemin des Dames »): no town follows them.
_LINK_WORDS = frozenset("de du des d la le les l sur en au aux a et".split())
# « Z.A. », « Z.I. »: an acronym written with points, none a name cut short.
_DOTTED_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_BLANKS = re.compile(r"\s+")
_SPACED_ET = re.compile(r"\set\s", re.IGNORECASE)
# « Tours Nord »: « Nord » after a town's name with a space alone, the cardinal point rather than the département
_NORTH_AFTER_TOWN = re.compile(r"[^\W\d_]\s+nord\s*$", re.IGNORECASE)
NORD = frozenset({"59"})
_FOUR_DIGITS = re.compile(r"\d{4}")

PLM_COMMUNES = {"paris": "75056", "marseille": "13055", "lyon": "69123"}
_ARM_PREFIX = {"paris": ("751", 0), "marseille": ("132", 0), "lyon": ("6938", 0)}


def _arm_code(city: str, number: int) -> str:
    if not number:
        return ""
    if city == "paris":
        return f"751{number:02d}"
    if city == "marseille":
        return f"132{number:02d}"
    return f"6938{number}"


@dataclass(frozen=True)
class Outcome:
    """What the text and source code of one place say: a commune, or an abstention and its reason.

    `candidates` are the communes the text allows when it has no single answer (homonyms, a shared
    postal code, two conflicting readings): coordinates may pick one of them. `veto` means the text
    places the event outside the French communes, which coordinates cannot overrule. `strong` marks
    an answer from an exact name or a checked INSEE code, as opposed to a guess (fuzzy, postal code
    alone, name alone)."""

    code: str = ""
    arm: str = ""
    method: str = "aucun"
    score: float = 0.0
    alert: str = ""
    candidates: tuple[str, ...] = ()
    veto: bool = False
    strong: bool = False
    used_text: bool = False  # the outcome rests on a postal code or a name (not on nothing)


def _abstain(alert: str, candidates=(), veto: bool = False, used_text: bool = True) -> Outcome:
    return Outcome(alert=alert, candidates=tuple(sorted(set(candidates))), veto=veto, used_text=used_text)


_NO_PLACE_ALERTS = [ALERT_ABSENT, ALERT_UNREADABLE, ALERT_NOT_FOUND, ALERT_UNKNOWN_POSTAL]


def _wants_address(outcome: Outcome) -> bool:
    """Postal code, name and INSEE code gave nothing usable, or only a guess: the address may tell more."""
    if outcome.code:
        return not outcome.strong
    return not outcome.candidates and outcome.alert in _NO_PLACE_ALERTS


_PLM_CITY = {code: city for city, code in PLM_COMMUNES.items()}


def _wants_arrondissement(outcome: Outcome) -> bool:
    """Paris, Marseille or Lyon without its arrondissement: a venue or an address may name it (« Mairie du 10e »)."""
    return outcome.code in _PLM_CITY and not outcome.arm


def _join_alerts(*alerts: str) -> str:
    return " ; ".join(a for a in dict.fromkeys(alerts) if a)


def _starting_with(values: np.ndarray, prefix: str) -> np.ndarray:
    """np.char.startswith(values.astype(str), prefix), tested once per distinct value (alerts repeat, and
    astype(str) would copy every item into a fixed-width array as long as the longest)."""
    values = np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(values)
    out = np.array([str(value).startswith(prefix) for value in uniques] + [False], dtype=bool)[codes]
    missing = np.flatnonzero(codes < 0)  # None and NaN, which factorize merges but str() tells apart
    if len(missing):
        out[missing] = np.char.startswith(values[missing].astype(str), prefix)
    return out


def _join_alert_arrays(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """_join_alerts(a, b) item by item over two arrays of alerts, with a Python join only where both
    are given and differ."""
    first, second = np.asarray(first, dtype=object), np.asarray(second, dtype=object)
    out = np.where(first == "", second, first)
    both = np.flatnonzero((first != "") & (second != "") & (first != second))
    out[both] = [f"{a} ; {b}" for a, b in zip(first[both], second[both], strict=True)]
    return out


@dataclass(frozen=True)
class LocatedPoints:
    """The distinct points one Geocoder.code_located call located, in ascending order of their _point_keys, and
    how each one was placed (PointIndex.locate's `how`)."""

    lat: np.ndarray
    lon: np.ndarray
    how: np.ndarray

    def position(self, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """Index of each (lat, lon) among these points when it is exactly one of them (the same floats), else -1."""
        lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
        out = np.full(len(lat), -1, dtype=np.int64)
        rows = np.flatnonzero((np.abs(lat) <= 90) & (np.abs(lon) <= 180))  # NaN and beyond: never located here
        if not len(self.lat) or not len(rows):
            return out
        keys = _point_keys(self.lat, self.lon)
        at = np.minimum(np.searchsorted(keys, _point_keys(lat[rows], lon[rows])), len(keys) - 1)
        same = (self.lat[at] == lat[rows]) & (self.lon[at] == lon[rows])
        out[rows[same]] = at[same]
        return out


def _point_keys(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """One integer per point rounded to the micro-degree (latitude first), for points within ±90 and ±180."""
    return (np.round(lat * 1e6).astype(np.int64) + 90_000_000) * 400_000_000 + (
        np.round(lon * 1e6).astype(np.int64) + 180_000_000
    )


@dataclass
class _Decision:
    """Arrays of one vectorised decision between text outcomes and points, one item per distinct
    (text outcome, point, online flag); the steps of Geocoder._combine fill them in turn."""

    code: np.ndarray
    arm: np.ndarray
    method: np.ndarray
    score: np.ndarray
    alert: np.ndarray
    text_code: np.ndarray
    veto: np.ndarray
    strong: np.ndarray
    used: np.ndarray
    xy: np.ndarray
    xy_arm: np.ndarray
    how: np.ndarray
    plat: np.ndarray
    plon: np.ndarray
    has_point: np.ndarray
    online: np.ndarray
    collectivity: np.ndarray  # collectivity of a point on an island of several communes, else ""
    shared: np.ndarray = None
    covered: np.ndarray = None
    allowed: np.ndarray = None
    has_candidates: np.ndarray = None
    same: np.ndarray = None
    disagree: np.ndarray = None
    near: np.ndarray = None
    points: np.ndarray = None  # the point of each item (shapely, (lon, lat)) where it has one

    @classmethod
    def start(cls, pairs, text, located, point_lat, point_lon, points) -> _Decision:
        """`text`: _outcome_arrays of the text outcomes; `located`: PointIndex.locate_arrays of the distinct points
        (`points`), at `point_lat`, `point_lon`. Arrays are taken by position: no frame of texts is built."""
        text_ids = pairs["text_id"].to_numpy()
        n = len(text_ids)
        has_point = pairs["point_id"].to_numpy() >= 0
        pid = np.where(has_point, pairs["point_id"].to_numpy(), 0)
        if len(located["code"]):
            xy, xy_arm, how, collectivity = (located[c][pid] for c in ("code", "arm", "how", "collectivite"))
            for column in (xy, xy_arm, how, collectivity):
                column[~has_point] = ""
            plat, plon, geometry = point_lat[pid], point_lon[pid], points[pid]
        else:
            xy, xy_arm, how, collectivity = (np.full(n, "", dtype=object) for _ in range(4))
            plat = plon = np.zeros(n)
            geometry = None
        return cls(
            code=text["code"][text_ids],
            arm=text["arm"][text_ids],
            method=text["method"][text_ids],
            score=text["score"][text_ids],
            alert=text["alert"][text_ids],
            text_code=text["code"][text_ids],
            veto=text["veto"][text_ids],
            strong=text["strong"][text_ids],
            used=text["used_text"][text_ids],
            xy=xy,
            xy_arm=xy_arm,
            how=how,
            plat=plat,
            plon=plon,
            has_point=has_point,
            online=pairs["online"].to_numpy(dtype=bool),
            collectivity=collectivity,
            points=geometry,
        )

    @property
    def in_france(self) -> np.ndarray:
        return self.xy != ""

    @property
    def has_text(self) -> np.ndarray:
        return self.text_code != ""

    def clear(self, rows: np.ndarray, alert) -> None:
        self.code[rows] = ""
        self.arm[rows] = ""
        self.method[rows] = "aucun"
        self.score[rows] = 0.0
        self.alert[rows] = alert

    def append_alert(self, rows: np.ndarray, alert: str) -> None:
        self.alert[rows] = _join_alert_arrays(self.alert[rows], np.full(len(self.alert[rows]), alert, dtype=object))

    def agree(self) -> None:
        """Point and text agree: the point decides, the text confirms it."""
        same, how = self.same, self.how
        arm_pick = np.where(self.xy_arm != "", self.xy_arm, self.arm)
        arm_clash = same & (self.xy_arm != "") & (self.arm != "") & (self.xy_arm != self.arm)
        self.method[same] = "coordonnees"
        self.score[same] = np.where(how[same] == "inverse", 0.9, 1.0)
        self.alert[same] = np.where(how[same] == "inverse", ALERT_SWAPPED, "")
        self.arm[same] = arm_pick[same]
        self.arm[arm_clash] = ""
        self.alert[arm_clash] = ALERT_ARM_UNSURE

    def text_near_border(self) -> None:
        """A point just over the border of the commune the text names: the text decides."""
        self.append_alert(self.near & self.has_text & ~self.covered, ALERT_NEAR_BORDER)

    def conflicts(self) -> None:
        """Point and text name places that do not touch: abstain."""
        self.clear(self.disagree & ~self.near, ALERT_XY_TEXT)

    def take_point(self, rows: np.ndarray) -> None:
        how = self.how
        self.code[rows] = self.xy[rows]
        self.arm[rows] = self.xy_arm[rows]
        self.method[rows] = "coordonnees"
        point_score = np.select([how == "dedans", how == "proche"], [0.95, 0.8], 0.75)
        point_score = np.where(self.allowed, 1.0, point_score)
        self.score[rows] = point_score[rows]
        point_alert = np.select([how == "proche", how == "inverse"], [ALERT_SNAPPED, ALERT_SWAPPED], "")
        text_alert_kept = np.where(np.isin(self.alert, [ALERT_ONLINE]) & ~self.used, self.alert, "")
        self.alert[rows] = _join_alert_arrays(point_alert[rows], text_alert_kept[rows])

    def on_collectivity_island(self, text_collectivity: np.ndarray) -> None:
        """A point on an island of an overseas collectivity that holds several communes: it confirms a
        text in that collectivity, contradicts a text elsewhere, and alone names no commune."""
        island = self.collectivity != ""
        self.clear(island & self.has_text & (text_collectivity != self.collectivity), ALERT_XY_TEXT)
        alone = island & ~self.has_text & ~self.veto & ~_starting_with(self.alert, "conflit")
        self.alert[alone] = ALERT_COM_POINT

    def outside_and_online(self, has_polygon: np.ndarray) -> None:
        """A point outside France beside a text answer is ignored (said so when the text's commune has
        a polygon to compare with); with no text answer it explains the abstention; online events."""
        outside = self.has_point & ~self.in_france & (self.collectivity == "")
        self.append_alert(outside & self.has_text & has_polygon, ALERT_ABROAD_XY_IGNORED)
        abroad_only = outside & ~self.has_text & ~self.veto & ~_starting_with(self.alert, "conflit")
        self.alert[abroad_only] = ALERT_ABROAD
        nothing = (
            (self.code == "") & self.online & np.isin(self.alert, [ALERT_ABSENT, ALERT_UNREADABLE, ALERT_NOT_FOUND])
        )
        self.alert[nothing] = ALERT_ONLINE
        self.append_alert((self.code != "") & self.online, ALERT_ONLINE)


@dataclass
class Geocoder:
    """The commune coder: lookup tables, point index, and the decision between what they say."""

    tables: Tables
    root: Path | None  # the vendored files the contours are read from; None when given
    tolerance_m: float = 500.0
    near_m: float = 500.0
    _points: PointIndex | None = field(default=None, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_reference(cls, root: Path | None = None, tolerance_m: float = 500.0) -> Geocoder:
        """A coder over the vendored COG tables and contours in `root` (data/reference by default); the
        contours are read on the first point to locate (a text-only file never needs them)."""
        root = Path(root) if root is not None else REFERENCE_DIR
        return cls(tables=build_tables(root), root=root, tolerance_m=tolerance_m)

    @classmethod
    def from_frames(cls, frames: ReferenceFrames, contours, tolerance_m: float = 500.0, islands=None) -> Geocoder:
        """A coder over reference tables already read (the warehouse tables the reference assets wrote);
        `contours` is a GeoDataFrame like load_commune_contours() returns, `islands` one like
        load_collectivity_contours() returns."""
        points = point_index(contours, tuple(PLM_COMMUNES.values()), tolerance_m, islands)
        return cls(tables=build_tables_from_frames(frames), root=None, tolerance_m=tolerance_m, _points=points)

    def with_name_lookups(self) -> Geocoder:
        """This coder with the lookups over every commune's name, which its text rules would otherwise build on their
        first use, built now: a process forked from it, or a copy unpickled from its memo, has them instead of
        building its own (0.3 to 0.4 s in each of the two processes that code the editions)."""
        self._name_beginnings, self._name_heads, self._collectivity_names  # noqa: B018 - cached on first read
        self._names_by_length()
        return self

    @property
    def points(self) -> PointIndex:
        if self._points is None:
            self._points = load_point_index(self.root, tuple(PLM_COMMUNES.values()), self.tolerance_m)
        return self._points

    @property
    def places(self) -> pd.DataFrame:
        return self.tables.places

    @property
    def com_geometry(self):
        return self.points.com_geometry

    # ------------------------------------------------------------------ text

    def _without_territory(self, name: PlaceName) -> tuple[PlaceName, frozenset[str]]:
        """`name` without the département, région or "France" its field ends with ("Rennes (Ille-et-Vilaine)",
        "Rennes, Bretagne", "Saint-Denis - La Réunion", "Lyon, France"), and the départements that one covers;
        `name` itself when the whole field is a commune's name ("Villeneuve-sur-Lot", "La Réunion") or what would be
        left of it is none."""
        if name.plm_city:
            return name, frozenset()
        # A département written by its code (« Rennes (35) - Bretagne »): a territory after it must cover it
        written = CORSICA_DEPARTEMENTS if name.departement == CORSICA else frozenset(filter(None, [name.departement]))
        if name.departement == CORSICA:
            name = replace(name, departement="")
        key, territory = name.key, frozenset()
        # Never within a commune's name, its article dropped or not (« Chapelle-Saint-Martin » is La
        # Chapelle-Saint-Martin, not Chapelle in Saint-Martin)
        while len(words := key.split()) > 1 and compact(key) not in self.tables.national \
                and compact(without_article(key)) not in self.tables.national_noart \
                and compact(key) not in self.tables.national_former:  # « Civrac-de-Dordogne », absorbed in 2019
            # The longest territory first; « Saint-Denis de la Réunion », « Rennes en Bretagne »: the town before it
            for head, covered in territory_splits(words, self.tables.territory_deps):
                if head not in LINKING_WORDS:
                    key, territory = head, (territory & covered or covered) if territory \
                        else covered  # "Rennes, Bretagne, France": the narrower of the two
                    break
            else:
                break
        # Only a commune's name is left of it, or a town's said short (« Vitry, Val-de-Marne »): "Saint-Laurnet-du-Var"
        # (a typo) is no "Saint-Laurnet-du" in the Var.
        # « Salle Lorraine », « Parc Normandie »: a venue's word without the article of the commune it would be (La
        # Salle, Vosges; Le Parc, Manche) is the venue, named after the territory
        venue = compact(key) in VENUE_WORDS and compact(key) not in self.tables.national
        # a commune absorbed long ago is named so too (« Maroué, Côtes-d'Armor », in Lamballe-Armor)
        former = compact(key) in self.tables.national_former
        if key == name.key or venue or not (compact(key) in self.tables.national or former
                                   or compact(without_article(key)) in self.tables.national_noart
                                   or key in self._name_heads and not self.tables.entries_by_compact.get(
                                       compact(name.key))):  # a former name: « Petit-Paris » is no Petit in Paris
            return name, written if not name.departement else frozenset()
        if written and not written & territory:
            return name, frozenset()  # « Rennes (35), Picardie »: read as written, it names nothing
        territory = written & territory if written else territory
        return replace(name, key=key, departement=next(iter(territory)) if len(territory) == 1 else ""), territory

    def _deps_of_postal(self, cp: str) -> set[str]:
        """The départements a postal code stands for: those of the communes it serves and of its prefix when it is
        known (01310 is not in Haute-Savoie because 01200 serves a commune there); else those of its prefix."""
        if not cp:
            return set()
        by_prefix = self.tables.deps_by_prefix.get(postal_prefix(cp), set())
        served = self.tables.by_postal.get(cp)
        if not served:
            return by_prefix
        return {self.tables.dep_of[code] for code in served} | (by_prefix & {postal_prefix(cp)})

    def _match(self, name: PlaceName, in_scope) -> tuple[set[str], bool]:
        """Communes for which `in_scope(code)` holds whose name equals `name` (then without leading
        article), and whether the match was through a former commune only."""
        target = compact(name.key)
        # « Salle (88) »: a venue's word without the article of the commune it would be names the venue
        lookups = [(self.tables.entries_by_compact, target)] + [
            (self.tables.entries_by_noart, compact(without_article(name.key)))] * (target not in VENUE_WORDS)
        for index, value in lookups:
            hits = [e for e in index.get(value, ()) if in_scope(e.code)]
            if hits:
                own = {e.code for e in hits if not e.alias}
                if own:
                    return own, False
                return {e.code for e in hits}, True
        return set(), False

    def _fuzzy(self, entries: list[Entry], name: PlaceName, strict: bool) -> tuple[str, int, bool]:
        """The one commune among `entries` whose name is a few typing errors away from `name`
        (optimal string alignment distance on the compact keys: a swap of two letters is one error),
        with no other commune as close; ("", 0, False) otherwise. Allowed errors grow with the
        length of the name and are fewer at département scope (`strict`), where a name of five
        letters must be two errors nearer than any rival. A name that is exactly another commune's
        name elsewhere names that place (a conflict), not a typo of this one; natural regions and
        venue words (NOT_COMMUNE_PLACES) are never corrected."""
        query = compact(name.key)
        size = len(query)
        if strict:
            allowed = 0 if size < 5 else 1 if size < 12 else 2
            margin = 2 if size < 6 else 1
        else:
            allowed = 0 if size < 4 else 1 if size < 8 else 2 if size < 15 else 3
            margin = 1  # another commune this close makes the correction a guess
        if not allowed or not entries or name.cut or names_a_non_commune(name.key):
            return "", 0, False
        if query in self.tables.national:
            return "", 0, False
        choices = [e.compact for e in entries]
        return _nearest_alone(query, entries, choices, allowed, margin, _word_count(name.key))

    def _plm(self, cp: str, name: PlaceName, postal_known: bool, cedex: bool = False) -> Outcome:
        code = PLM_COMMUNES[name.plm_city]
        arm_from_name = _arm_code(name.plm_city, name.arrondissement)
        arm_from_postal = self.tables.arm_by_postal.get(cp or name.postal_code, "")
        if arm_from_postal and self.tables.arm_parent.get(arm_from_postal) != code:
            arm_from_postal = ""
        if cp and postal_known and code not in self.tables.by_postal.get(cp, ()) and not cedex:
            # « 13100 Marseille »: Aix-en-Provence's postal code, as « 13008 Aix-en-Provence » (see _by_name)
            return _abstain(ALERT_POSTAL_NAME, (code, *self.tables.by_postal[cp]))
        alert = ""
        if arm_from_name and arm_from_postal and arm_from_name != arm_from_postal:
            arm, alert = "", ALERT_ARM_UNSURE
        else:
            arm = arm_from_name or arm_from_postal
        method = "code_postal_commune" if cp else "commune_seule"
        return Outcome(code, arm, method, 1.0, alert, strong=True, used_text=True)

    def _decide_text(self, cp_raw: str, name_raw: str, address: ParsedAddress | None = None) -> Outcome:
        """Outcome of a postal code and a commune name (and, when they are missing, an address). A
        `code_postal` cell holding the town too ("75011 Paris") is split; a free-text place with dash
        separators ("Salle des fêtes – Plouguerneau") falls back to what follows a separator when the
        whole text is not an exact commune name."""
        cp_cell, town = split_postal_cell(cp_raw)
        if town:
            cp_raw = cp_cell
            name_raw = name_raw or town
        if on_river_name := slash_as_sur(name_raw or ""):
            # « Champigny/Marne », « Châteauneuf/Loire »: the slash of « sur » before a territory's name (not the
            # Champigny of the Marne), when the name with « sur » is read without an alert (the postal code, if any,
            # serves it: « Vaux/Vienne » in 86700 is the Vaux of the Vienne)
            on_river = self._decide_text_once(cp_raw, on_river_name, address)
            if on_river.code and (on_river.strong or on_river.method == "commune_seule") and not on_river.alert:
                return on_river
        outcome = self._decide_text_once(cp_raw, name_raw, address)
        if outcome.strong or outcome.veto:
            return outcome
        if name_raw and self._communes_apart(name_raw):
            if town := self._town_then_quarters(dash_parts(name_raw), cp_raw):
                # « Rennes - Maurepas » under 35200, « Brest - Recouvrance »: the town, its quarter named as a commune
                retry = self._decide_text_once(cp_raw, town, address)
                if retry.code and (retry.strong or retry.method == "commune_seule") and not retry.alert:
                    return retry
            return _abstain(ALERT_MULTIPLE, used_text=False)  # "Brest - Quimper": two places, neither the venue
        parts, towns = self._comma_parts(name_raw) if name_raw else ([], [])
        if len(towns) > 1:
            return _abstain(ALERT_MULTIPLE, used_text=False)  # « Rennes, Brest, Quimper »
        if name_raw:
            retries = self._name_retries(name_raw, address, parts, towns, cp_raw)
        elif address is not None:
            retries = [
                (name_raw, ParsedAddress(address.postal_code, t, address.cedex)) for t in dash_tails(address.town)
            ]
        else:
            retries = []
        dashed = name_raw or (address.town if address is not None else "")
        homonyms = None
        for retry_name, retry_address in retries:
            retry = self._decide_text_once(cp_raw, retry_name, retry_address)
            if retry.code and (retry.strong or retry.method == "commune_seule"):
                if retry.method == "commune_seule" and retry.alert == ALERT_FUZZY:
                    tail = retry_name or (retry_address.town if retry_address is not None else "")
                    return self._corrected_after_town(dashed, tail, retry, cp_raw, address) or retry
                return retry
            if homonyms is None and (_HOMONYMS.fullmatch(retry.alert) or _SHORT_NAMES.fullmatch(retry.alert)):
                homonyms = retry
        # Last, and only when no name was read at all (not even a typo; a postal code alone gives a commune but no
        # name); the town read without any alert
        town = self._town_before_quarter(name_raw) if name_raw and (
            outcome.alert == ALERT_NOT_FOUND or outcome.method == "code_postal_seul") else ""
        if town:
            retry = self._decide_text_once(cp_raw, town, address)
            if retry.code and (retry.strong or retry.method == "commune_seule") and not retry.alert:
                return retry
            if homonyms is None and _HOMONYMS.fullmatch(retry.alert):
                homonyms = retry
        if homonyms is not None and outcome.alert == ALERT_NOT_FOUND and not outcome.candidates:
            # « Salle polyvalente - Saint-Raphaël », « Saint-Raphaël (quartier de la Gare) »: the town's homonyms,
            # which the source's région or a point may tell apart, rather than a place not found
            return homonyms
        return outcome

    def _corrected_after_town(self, text: str, tail: str, corrected: Outcome, cp_raw: str,
                              address: ParsedAddress | None) -> Outcome | None:
        """What a place whose part after a dash reads only as another name corrected (`corrected`, from `tail`) means
        when the part before the dash is a town's own name (« Rennes - Blosne », « Nantes - Bellevue »): a quarter of
        that town when the corrected names are villages of other régions (Losne, Côte-d'Or; Bellevue-la-Montagne,
        Haute-Loire; see geocode_tables.villages_far_away), else two places (« Rennes - Cesson-Sévignée »: a typo of
        the neighbour). None when no town's name comes before the dash (« Salle des fêtes – Plouguernau »)."""
        parts = dash_parts(text)
        if len(parts) < 2 or tail not in dash_tails(text) \
                or compact(name_key(parts[0])) not in self.tables.national_own:
            return None
        town = self._decide_text_once(cp_raw, parts[0], address)
        if town.code and (town.strong or town.method == "commune_seule") and not town.alert:
            regions = self.tables.places["code_region"]
            if villages_far_away([corrected.code], {regions.get(town.code)},
                                 lambda code: self.tables.populations.get(code, 0) >= TOWN_POPULATION, regions.get):
                return town
        return _abstain(ALERT_MULTIPLE, {corrected.code, *([town.code] if town.code else [])})

    def _names_an_area(self, key: str, raw: str) -> bool:
        """Whether a name key that is no commune's own names a wider area than a commune: a département, région or
        overseas collectivity alone (« Île-de-France », « Région Bretagne », « Saint-Pierre-et-Miquelon »), an
        intercommunality's name (« Quimper Bretagne Occidentale »: geocode_tables.intercommunal_names), « Grand »
        and a town or territory (« Grand Paris », « Grand Lyon », « Grand Paris Sud »), or a town or territory and
        another joined by « et » (« Paris et Île-de-France », « Rennes et Brest »)."""
        if self._is_own_name(key):
            return False
        if key == "france" or compact(key) in self.tables.intercommunal_names:
            return True  # « Quimper Bretagne Occidentale », « Plaine Commune »: an intercommunality
        words = key.split()
        if words[0] in ("region", "departement") and len(words) > 1:
            words = words[1:]  # « Région Bretagne »
        if self._is_territory(" ".join(words)):
            return True
        if words[0] == "grand" and len(words) > 1:
            if " ".join(words[:2]) in self._name_beginnings:
                return False  # « Grand-Couronne, Haute-Normandie »
            return any(self._is_own_name(head) or self._is_territory(head)
                       for head in (" ".join(words[1:size]) for size in range(len(words), 1, -1)))
        if "et" in words[1:-1] and _SPACED_ET.search(raw):  # « Messigny-et-Vantoux » mistyped is one name
            at = words.index("et", 1)
            if " ".join(words[:at + 2]) in self._name_beginnings:
                return False  # a commune's name goes on with « et » (« Bourg-et-Comin, Aisne »)
            head, tail = " ".join(words[:at]), " ".join(words[at + 1:])
            return all(self._is_own_name(part) or self._is_territory(part) for part in (head, tail))
        return False

    def _territory_with_its_number(self, name: PlaceName) -> bool:
        """« Dordogne (24) », « Bretagne (35) »: a département or région followed by the number of a département it
        holds, where no commune of that name lies (« Paris (75) » is the commune)."""
        if not name.departement or name.departement not in self.tables.territory_deps.get(name.key, ()):
            return False
        communes = self.tables.national.get(compact(name.key), ())
        return not any(self.tables.dep_of.get(code) == name.departement for code in communes)

    def _is_own_name(self, key: str) -> bool:
        return compact(key) in self.tables.national_own or compact(without_article(key)) in self.tables.national_own

    def _is_territory(self, key: str) -> bool:
        return (key in self.tables.territory_deps and key != "france") or compact(key) in self._collectivity_names

    @functools.cached_property
    def _collectivity_names(self) -> frozenset[str]:
        """The compact names of the overseas collectivities the coder codes (« saintpierreetmiquelon »)."""
        places = self.tables.places
        return frozenset(compact(name_key(name)) for name in
                         places.loc[places["code_departement"].isin(CODED_COLLECTIVITIES), "departement"].unique())

    def _town_before_quarter(self, name_raw: str) -> str:
        """« Strasbourg-Neudorf », « Metz Borny », « Lyon La Duchère »: the key of the town whose own name begins the
        field, a quarter's name after it; "" when some commune's name goes on with the next word (the damaged name of
        another commune: « Bourg en Bresee », « Pont Saint Ezqrrt »), when what follows names or ends with a commune
        (« Rennes et Brest ») or names a territory (« Rennes Gironde »), and for a field holding a digit (codes and
        arrondissements are read elsewhere)."""
        if any(character.isdigit() or character in ",;" for character in name_raw):
            return ""  # codes, arrondissements and the parts between commas are read elsewhere
        # « Z.A. des Landes »: an acronym's points are not a name cut short (« Lay-L. »)
        name = parse_place_name(_DOTTED_ACRONYM.sub(lambda match: match[0].replace(".", ""), name_raw))
        if name.cut or name.key in self.tables.territory_deps or names_a_non_commune(name.key) \
                or is_intercommunal(name_raw):  # « Rennes Métropole » is no quarter of Rennes
            return ""
        words = name.key.split()
        if words and words[0] in _STREET_WORDS:
            return ""  # « Rue de la Gare »: Rue is a commune, not what is meant
        size = self._leading_own_name(words, range(len(words) - 1, 0, -1))  # something follows it
        if not size:
            return ""
        head, rest = " ".join(words[:size]), words[size:]
        # what follows must name no commune, nor another after « et » or « ou » (« Cergy-Pontoise », « Rennes et
        # Brest »; « Z.A. des Landes » is no town of Landes), nor a territory
        ends = [" ".join(rest)] + [" ".join(rest[start + 1:]) for start in range(len(rest) - 1)
                                   if rest[start] in ("et", "ou")]
        if (len(compact(head)) < 3 or head in _SHORT_NAME_WORDS or compact(head) in NOT_COMMUNE_PLACES
                or f"{head} {rest[0]}" in self._name_beginnings
                or any(compact(end) in self.tables.national and not self._far_and_small(compact(end), head)
                       for end in ends)
                or " ".join(rest) in self.tables.territory_deps):
            return ""
        return head

    def _far_and_small(self, key: str, town: str) -> bool:
        """Whether the communes named `key` (compact) are villages (under TOWN_POPULATION) far from the town named
        `town` (geocode_tables.villages_far_away: « Lorient Port », « Toulouse Lalande »)."""
        regions = self.tables.places["code_region"]
        return villages_far_away(self.tables.national.get(key, ()),
                                 {regions.get(code) for code in self.tables.national.get(compact(town), ())},
                                 lambda code: self.tables.populations.get(code, 0) >= TOWN_POPULATION, regions.get)

    def _leading_own_name(self, words: list[str], sizes: range) -> int:
        """The first of `sizes` (longest first) whose first words of `words` are a current commune's own name, word for
        word (« salle des » is not Sallèdes); 0 when none is."""
        for size in sizes:
            head = " ".join(words[:size])
            if any(entry.key == head and not entry.alias
                   for entry in self.tables.entries_by_compact.get(compact(head), ())):
                return size
        return 0

    def _abroad(self, name_raw: str) -> bool:
        """is_foreign(name_raw), except for a foreign city's name inside the French commune's name a comma part of the
        field begins with (« Athis-Mons (Hyper-centre) », « Gare, Athis-Mons », « Saint-Sébastien-sur-Loire Bellevue »:
        not Mons nor San Sebastián)."""
        if not is_foreign(name_raw):
            return False
        if is_foreign(name_raw, cities=False):
            return True  # a country, or a foreign postal code
        return any(is_foreign(part) and self._city_abroad(part) for part in re.split(r"[,;]", name_raw))

    def _city_abroad(self, part: str) -> bool:
        """A foreign city's name in `part` (one of a field's comma parts) is not within the French commune's name the
        part begins with."""
        words = name_key(part).split()
        size = self._leading_own_name(words, range(len(words), 1, -1))  # two words or more: « Mons » may be the city
        return is_foreign(" ".join(words[size:])) if size else True

    @functools.cached_property
    def _name_beginnings(self) -> frozenset[str]:
        """The first two words or more of every name a commune answers to (« pont saint », « pont saint esprit »)."""
        beginnings = set()
        for entries in self.tables.entries_by_compact.values():
            for entry in entries:
                words = entry.key.split()
                beginnings.update(" ".join(words[:size]) for size in range(2, len(words) + 1))
        return frozenset(beginnings)

    def _comma_parts(self, name_raw: str) -> tuple[list[str], list[str]]:
        """The parts of a commune field split by commas, and those that are a commune's own name (none without a
        comma)."""
        parts = [part.strip() for part in re.split(r"[,;]", name_raw) if part.strip()]
        towns = [part for part in parts if self._town_part(part)] if len(parts) > 1 else []
        return parts, towns

    def _town_part(self, part: str) -> bool:
        """Whether a part of a field is a commune's own name, or an arrondissement of Paris, Marseille or Lyon
        (« Paris 15e - Vanves », « Paris 12e, Vincennes »: two places); not the centre of any village said so
        (« Le Bourg, Plouguerneau »: not Le Bourg, Lot)."""
        key = name_key(part)
        return (compact(key) in self.tables.national_own and key not in _LOCALITY_WORDS) \
            or parse_place_name(part).arrondissement > 0

    def _name_retries(self, name_raw: str, address: ParsedAddress | None, parts: list[str], towns: list[str],
                      cp_raw: str = "") -> list[tuple[str, ParsedAddress | None]]:
        """What else a commune field the coder could not read may name, in order (name, address): see each case.
        `parts`, `towns`: _comma_parts(name_raw); `cp_raw`: the postal code cell."""
        # After a town and its département's code, a territory's name is that territory, also when a commune bears it
        # (« Haudricourt (76), Vienne », « Vannes 56 - Creuse » name no commune Vienne or Creuse)
        coded = bool(parse_place_name(name_raw).departement)

        def territory_after_code(town: str) -> bool:
            return coded and name_key(town) in self.tables.territory_deps

        # What follows a dash ("Salle des fêtes – Plouguerneau"), else what precedes it when that is a commune's
        # own name ("Saint-Malo – Intra-muros") and no territory follows ("Rennes - Gironde": not that Rennes)
        tails = [tail for tail in dash_tails(name_raw) if not territory_after_code(tail)]
        head = dash_parts(name_raw)[:1] if tails and not any(
            name_key(tail) in self.tables.territory_deps for tail in tails) else []
        retries = [(tail, address) for tail in tails]
        retries += [(part, address) for part in head if compact(name_key(part)) in self.tables.national_own]
        retries += [(town, address) for town in [venue_town(name_raw)] if town]  # « Mairie de Rennes »
        # A venue and its town in brackets (« Salle polyvalente (Vannes) »), when that is a commune's own name and
        # what precedes is no commune's (« Les Éduts (Paris) » is a town and a territory that disagree)
        bracketed = _BRACKETED_TOWN.search(name_raw)
        before = name_raw[:bracketed.start() + 1] if bracketed else ""
        if bracketed and compact(name_key(bracketed["town"])) in self.tables.national_own \
                and compact(name_key(before)) not in self.tables.national \
                and not parse_place_name(before).arrondissement:  # « Lyon 7e (Villeurbanne) »: two places
            retries.append((bracketed["town"], address))
        retries += [(name, address) for name in [slash_as_sur(name_raw)] if name]
        retries += [(name, address) for name in [self._bilingual_own_name(name_raw)] if name]
        # A hybrid event's town (« Rennes (et en ligne) », « Rennes ou en ligne »)
        retries += [(town, address) for town in [without_online(name_raw)] if town]
        if _TOWN_CENTRE.search(name_raw):
            retries.append((_TOWN_CENTRE.sub("", name_raw), address))
        # « Quartier Villejean, Rennes »: the part that is a commune's own name, unless another names a territory or
        # is a code (« Rennes, Picardie » is not that Rennes)
        if not any(re.fullmatch(r"[\d\s()]+|2[ab]", part, re.IGNORECASE) or name_key(part) in self.tables.territory_deps
                   for part in parts if part not in towns):
            retries += [(town, address) for town in towns if not territory_after_code(town)]
        # « Montpelier, France »: the name before the country, even when it is no commune's own (a typo)
        if len(parts) > 1 and all(name_key(part) == "france" for part in parts[1:]):
            retries.append((parts[0], address))
        retries += [(arrondissement, address) for arrondissement in [self._arrondissement_before_quarter(name_raw)]
                    if arrondissement]
        # A whole address in the commune field (« 12 rue de Brest, Rennes »): its town, with its postal code
        in_field = parse_address(name_raw)
        if in_field.town and in_field.town != name_raw and not territory_after_code(in_field.town):
            retries.append((in_field.town, in_field if in_field.postal_code else address))
        # A long name cut short (« Clermont-Fd », « Charleville-Méz. »): the one commune's name it can stand for, among
        # those of the postal code when one is written; not a name some commune bears (« Saint-Eble », absorbed in
        # Mazeyrat-d'Allier, is no Saint-Escobille cut short)
        key = name_key(name_raw)
        if any(entry.key == key for entry in self.tables.entries_by_compact.get(compact(key), ())):
            return retries
        cp = clean_postal_code(cp_raw)[0] or (address.postal_code if address is not None else "")
        postal = set(self.tables.by_postal.get(cp, ()))
        within = (lambda key: not postal.isdisjoint(self.tables.national.get(compact(key), ()))) if postal else None
        retries += [(name, address) for name in [expand_abbreviation(name_raw, self.tables.abbreviation_heads, within)]
                    if name]
        retries += [(name, address) for name in [expand_first_word(name_raw, self._name_tails, within)] if name]
        return retries

    @functools.cached_property
    def _name_tails(self) -> dict[str, list[str]]:
        """name_tails of every name a commune answers to, former names too (rivals of a first word cut short)."""
        return name_tails(entry.key for entries in self.tables.entries_by_compact.values() for entry in entries)

    def _arrondissement_before_quarter(self, name_raw: str) -> str:
        """« Paris 17e (Batignolles) », « Lyon 3e - Part-Dieu », « Marseille 13ème Château-Gombert »: the key of the
        arrondissement a field begins with, a quarter's name after it; "" when none, or when what follows names a
        commune but villages of other régions (« Paris 15e - Vanves » names two places)."""
        words = name_key(name_raw).split()
        for size in range(len(words) - 1, 1, -1):
            head = " ".join(words[:size])
            city, number, _ = parse_arrondissement(head)
            if city and number:
                rest = compact(" ".join(words[size:]))
                named = rest in self.tables.national or rest in self.tables.national_former
                return "" if named and not self._far_and_small(rest, city) else head
        return ""

    def _bilingual_own_name(self, name_raw: str) -> str:
        """« Naoned / Nantes », « Aiacciu / Ajaccio »: a town's name beside the same town's regional-language, usual or
        former name, the slash between them; the part that is its current name ("" unless both parts name one
        commune, which also keeps two towns, « Rennes / Brest », apart)."""
        parts = [part.strip() for part in name_raw.split("/")]
        if len(parts) != 2 or not all(parts):
            return ""
        keys = [compact(name_key(part)) for part in parts]
        named = [set(self.tables.national.get(key, ())) | set(self.tables.national_former.get(key, ())) for key in keys]
        own = [part for part, key in zip(parts, keys, strict=True) if key in self.tables.national_own]
        return own[0] if len(own) == 1 and len(named[0] & named[1]) == 1 else ""

    def _decide_text_once(self, cp_raw: str, name_raw: str, address: ParsedAddress | None) -> Outcome:
        if name_raw and is_online(name_raw) and not is_foreign(name_raw):
            return _abstain(ALERT_ONLINE, used_text=False)
        cp, padded = clean_postal_code(cp_raw)
        name = parse_place_name(name_raw) if name_raw and not is_placeholder(name_raw) else PlaceName("")
        # A ville nouvelle with no postal code: several communes (with one, the postal code says which)
        new_town = compact(name.key) in NEW_TOWNS and not cp and not name.postal_code and not (
            address is not None and address.postal_code)
        if name.key and (is_multiple(name_raw) or new_town) \
                and compact(name.key) not in self.tables.national:  # « Bairon et ses Environs » is a commune
            return _abstain(ALERT_MULTIPLE, used_text=False)
        if address is not None:
            if not cp and address.postal_code:
                cp = address.postal_code
            if not name.key and address.town and not is_placeholder(address.town):
                name = parse_place_name(address.town)
                # the town read in the address is the name written: « Lieu, Genève » is abroad, not Renève (21)
                name_raw = address.town if not name_raw or is_placeholder(name_raw) else name_raw
        if not cp and name.postal_code:
            cp = name.postal_code
        if not cp and not name.key and name_raw:
            # A commune field holding a postal code alone (« 35000 », the columns shifted): that code, when it is one
            cp = self._postal_alone(name_raw)
        elif cp and not name.key and name_raw:
            # … beside another postal code: the commune that has both (« 35000 » / « 35200 », Rennes; one of the
            # communes each code serves); none when no commune has both (« 35000 » / « 29200 »: which is right?)
            written = self._postal_alone(name_raw)
            if written and written != cp and cp in self.tables.by_postal and written in self.tables.by_postal:
                both = set(self.tables.by_postal[cp]) & set(self.tables.by_postal[written])
                if not both:
                    return _abstain(ALERT_POSTAL_NAME, (*self.tables.by_postal[cp], *self.tables.by_postal[written]))
                if len(both) == 1:
                    arm = self.tables.arm_by_postal.get(cp, "")
                    arm = arm if arm == self.tables.arm_by_postal.get(written, "") else ""
                    return Outcome(both.pop(), arm, "code_postal_seul", 0.8, used_text=True)
        if cp in self.tables.overseas_postal or (
            name.key and not cp and compact(name.key) in self.tables.overseas_names
        ):
            return _abstain(ALERT_OVERSEAS, veto=True)
        postal_known = cp in self.tables.by_postal
        if name.key and not cp and (self._names_an_area(name.key, name_raw) and not name.departement
                                    or self._territory_with_its_number(name)):
            # « Paris et Île-de-France », « Grand Paris », « Dordogne (24) »
            return _abstain(ALERT_MULTIPLE, used_text=False)
        name, territory = self._without_territory(name)
        if territory == NORD and _NORTH_AFTER_TOWN.search(name_raw) and not any(
                self.tables.dep_of.get(code) in NORD for code in self.tables.national.get(compact(name.key), ())):
            # « Tours Nord », « Amiens Nord », « Quartiers Nord »: the north of a town no commune of the Nord bears
            # the name of, as « Rennes Sud » is its south; « Tours (Nord) » says the département
            name, territory = replace(name, departement=""), frozenset()
        deps = self._deps_of_postal(cp) if cp else ({name.departement} if name.departement else set(territory))
        if cp and not deps:
            cp, deps = "", ({name.departement} if name.departement else set(territory))  # not a French postal code
        if name.departement and cp:
            deps = deps & {name.departement} or deps
        elif territory and cp:
            deps = deps & territory or deps
        if not cp and GUADELOUPE in deps:
            deps = deps | FORMER_GUADELOUPE  # « Saint-Martin (Guadeloupe) »: its commune until 2007

        # A CEDEX code is a company's or an office's, not the distribution code of the commune it was given in
        cedex = name.cedex or bool(address is not None and address.cedex) or is_cedex(cp_raw)
        if name.plm_city:
            return self._plm(cp, name, postal_known, cedex)
        if name.key:
            outcome = self._by_name(cp, padded, name, name_raw, postal_known, deps, cedex)
            if outcome.alert == ALERT_NOT_FOUND and (is_intercommunal(name_raw) or names_a_territory(name_raw)):
                # « Rennes Métropole », « Pays de Morlaix », « Île de Ré »: a territory of several communes, not a name
                # the coder failed to find
                outcome = replace(outcome, alert=ALERT_MULTIPLE)
            return outcome
        if postal_known:
            codes = self.tables.by_postal[cp]
            if len(codes) == 1:
                arm = self.tables.arm_by_postal.get(cp, "")
                return Outcome(codes[0], arm, "code_postal_seul", 0.8, used_text=True)
            return _abstain(ALERT_SHARED_POSTAL.format(n=len(codes)), codes)
        if cp:
            return _abstain(ALERT_UNKNOWN_POSTAL)
        if name_raw and self._abroad(name_raw):
            return _abstain(ALERT_ABROAD, veto=True)
        if name_raw and not is_placeholder(name_raw):
            return _abstain(ALERT_UNREADABLE)
        if name_raw:
            return _abstain(ALERT_UNREADABLE, used_text=False)
        return _abstain(ALERT_ABSENT, used_text=False)

    def _by_name(self, cp, padded, name: PlaceName, name_raw, postal_known, deps, cedex: bool = False) -> Outcome:
        # 1. among the communes of the postal code
        if postal_known:
            postal_codes = set(self.tables.by_postal[cp])
            hits, alias = self._match(name, postal_codes.__contains__)
            if len(hits) == 1:
                code = next(iter(hits))
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(
                    code,
                    self.tables.arm_by_postal.get(cp, "") if code in PLM_COMMUNES.values() else "",
                    method,
                    1.0 if not alias else 0.97,
                    strong=True,
                    used_text=True,
                )
            if len(hits) > 1:
                return _abstain(ALERT_HOMONYMS.format(n=len(hits)), hits)
            # a name said short: before the typos and the département's names but its very name ("59890 Quesnoy"
            # is Quesnoy-sur-Deule, not Le Quesnoy elsewhere in the Nord; "62530 Hersin" Hersin-Coupigny, no typo;
            # "51300 Reims" stays Reims under a wrong postal code, not Reims-la-Brulee; "06270 Villeneuve" is
            # Villeneuve-Loubet, a Villeneuve of the Alpes-de-Haute-Provence sharing the 06 prefix is not that)
            home = {self.tables.dep_of[code] for code in postal_codes}
            named = self.tables.entries_by_compact.get(compact(name.key), ())
            # (a former name elsewhere in the département gives way: « 06550 La Roquette » is La Roquette-sur-Siagne,
            # not La Roquette-sur-Var, called La Roquette until 1962)
            code, alias = ("", False) if any(self.tables.dep_of[e.code] in home and not e.alias for e in named) else \
                self._shortened(self.tables.entries_by_postal.get(cp, []), name)
            if code:
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(code, "", method, 0.9, ALERT_FUZZY, used_text=True)
        # 2. among the communes of the département (CEDEX, unknown or wrong postal code)
        if deps:
            hits, alias = self._match(name, lambda code: self.tables.dep_of[code] in deps)
            if len(hits) == 1:
                code = next(iter(hits))
                if postal_known and not cedex:
                    # a postal code that serves other communes and the exact name of one it does not serve name two
                    # places (« 13008 Aix-en-Provence »: Marseille 8e, or Aix?), as across départements; a code
                    # that serves none (a typo, a CEDEX code) or a CEDEX one leaves the name to decide
                    return _abstain(ALERT_POSTAL_NAME, {code, *self.tables.by_postal[cp]})
                alert = ALERT_POSTAL_OTHER if postal_known else ""
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(code, "", method, 0.95 if postal_known else 0.97, alert, strong=True, used_text=True)
            if len(hits) > 1:
                return _abstain(ALERT_HOMONYMS.format(n=len(hits)), hits)
        # 3. typos, among the communes of the postal code then of the département
        if postal_known:
            code, errors, alias = self._fuzzy(self.tables.entries_by_postal.get(cp, []), name, strict=False)
            if code:
                method = "ancienne_commune" if alias else "code_postal_commune"
                # « Marseilel 8e » in 13008: the postal code gives the arrondissement, as for the name well written
                arm = self.tables.arm_by_postal.get(cp, "") if code in PLM_COMMUNES.values() else ""
                return Outcome(code, arm, method, round(0.9 - 0.05 * errors, 3), ALERT_FUZZY, used_text=True)
        dep_entries = [e for dep in sorted(deps) for e in self.tables.entries_by_dep.get(dep, [])]
        if dep_entries:
            code, errors, alias = self._fuzzy(dep_entries, name, strict=True)
            if code:
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(code, "", method, round(0.85 - 0.05 * errors, 3), ALERT_FUZZY, used_text=True)
        # 3b. a town said short, the one of the département whose name begins so (« Vitry (94) »: Vitry-sur-Seine;
        # « Clermont (63) »: Clermont-Ferrand, though communes elsewhere are named Clermont, as « 63000 Clermont »);
        # under a postal code of other communes, the other place a conflict (« 94000 Vitry »: Créteil's code)
        heading = self._headed_within(name, deps)
        if len(heading) == 1 and (name.departement or not self.tables.national.get(compact(name.key))):
            code = heading.pop()
            if postal_known and not cedex:
                return _abstain(ALERT_POSTAL_NAME, {code, *self.tables.by_postal[cp]})
            return Outcome(code, "", "code_postal_commune", 0.85, ALERT_FUZZY, used_text=True)
        return self._no_local_match(cp, padded, name, postal_known, deps, name_raw)

    def _shortened(self, entries: list[Entry], name: PlaceName) -> tuple[str, bool]:
        """The one commune among `entries` (those of a postal code) whose name begins with the words of `name`,
        else the one whose name ends with them: a name said short, as addresses and agendas say it ("13100 Aix"
        for Aix-en-Provence, "73100 Aix" for Aix-les-Bains, "63000 Clermont", "92100 Boulogne", "91000 Evry" for
        Evry-Courcouronnes, the commune nouvelle named after it); ("", False) when none or several do, or the
        words are too short to tell."""
        key = name.key
        if len(compact(key)) < 3 or key in _SHORT_NAME_WORDS or names_a_non_commune(name.key):
            return "", False
        # A name begins the full name before it ends one: "01000 Bourg" is Bourg-en-Bresse, not Saint-Denis-les-Bourg.
        for found in ({e.code: e.alias for e in entries if e.key.startswith(key + " ")},
                      {e.code: e.alias for e in entries if e.key.endswith(" " + key)}):
            if found:
                return next(iter(found.items())) if len(found) == 1 else ("", False)
        return "", False

    def _no_local_match(self, cp, padded, name: PlaceName, postal_known, deps, name_raw) -> Outcome:
        """Outcome of a name found neither among the communes of its postal code nor of its
        département: a conflict, a hamlet under a one-commune postal code, or a name alone. Whether `name_raw`
        names a place abroad is read only here, where it matters (most names are found before)."""
        foreign = self._abroad(name_raw)
        key, noart = compact(name.key), compact(without_article(name.key))
        national = self.tables.national.get(key) or self.tables.national_noart.get(noart, set())
        said = leading_article(name.key)
        if said and national and not self.tables.national.get(key):
            # found without its article, written with another: « Le Marché » is no La Marche (Nièvre)
            national = set(national) & {e.code for e in self.tables.entries_by_noart.get(noart, ())
                                        if leading_article(e.key) == said}
        # The postal code of an overseas collectivity (Saint-Martin, Saint-Barthélemy, Saint-Pierre-et-Miquelon…)
        # names an island or two far from any other commune: under it, a name borne by villages of other territories
        # only is a locality of its own (« 97150 Marigot », Saint-Martin's chef-lieu, is not Le Marigot of Martinique;
        # « 97133 Colombier » a quarter of Saint-Barthélemy); a town's (TOWN_POPULATION) stays a conflict (« 97150
        # Paris », « 97133 Lorient »), as under a département's code, a DROM's included
        served = {self.tables.dep_of[code] for code in self.tables.by_postal.get(cp, ())}
        overseas = bool(served) and all(dep in CODED_COLLECTIVITIES for dep in served)
        if overseas:
            national = self._near_or_towns(national, served)
        # 4. a postal code (or département) and a name that belong to different places (a current commune's: a former
        # name elsewhere, often a hamlet's now, is no conflict)
        if deps:
            if national:
                return _abstain(ALERT_POSTAL_NAME, set(national) | set(self.tables.by_postal.get(cp, ())))
            if foreign:
                return _abstain(ALERT_ABROAD, veto=True)
            if postal_known and not padded and len(self.tables.by_postal[cp]) == 1:
                # a hamlet or a name too damaged to read, under a postal code of one commune; not a name one typing
                # error from another commune's, a former commune's elsewhere or another town's said short (« 44000
                # Renne », « 75012 Vincenne », « 67000 Illkirch »): that commune more likely than a hamlet
                code = self.tables.by_postal[cp][0]
                elsewhere = (self._other_commune_named(name, code) | self._town_heading(name, code, name_raw)
                             | self._cut_short_for(name, name_raw) - {code})
                if overseas:
                    elsewhere = self._near_or_towns(elsewhere, served)
                if elsewhere:
                    return _abstain(ALERT_POSTAL_NAME, {code, *elsewhere})
                return Outcome(
                    code,
                    self.tables.arm_by_postal.get(cp, ""),
                    "code_postal_seul",
                    0.6,
                    ALERT_NAME_UNKNOWN,
                    used_text=True,
                )
            if postal_known:
                return _abstain(ALERT_NOT_FOUND, self.tables.by_postal[cp])
            if not cp and len(heading := self._headed_within(name, deps)) > 1:
                # « Vitry (51) »: Vitry-le-François, Vitry-la-Ville… of the Marne, as « Vitry » alone (see below)
                return _abstain(ALERT_SHORT_NAMES.format(n=len(heading)), heading)
            return _abstain(ALERT_NOT_FOUND)
        # 5. a name alone: a current commune's, else any commune's (see _former_alone)
        if not self.tables.national.get(key):
            national, said_short = self._former_alone(name, key, noart, national)
            if said_short is not None:
                return said_short
        if len(national) == 1 and foreign and not self.tables.national.get(key):
            # a foreign city's name that a French commune bears only with its article: « Liège » is Liège (Belgium)
            # before Le Liège (Indre-et-Loire)
            return _abstain(ALERT_ABROAD, veto=True)
        if len(national) == 1:
            larger = self._larger_namesake(name, next(iter(national)))
            if not larger and not self.tables.national.get(key):
                # found without its article only: a town whose name begins with the name, article included
                # (« La Baule »: La Baule-Escoublac rather than Baule, Loiret), whatever their sizes
                head = self.tables.larger_by_head.get(key)
                larger = head[0] if head is not None and head[0] not in national else ""
            if larger:
                return _abstain(ALERT_SHORT_NAME.format(name=self.tables.places.at[larger, "nom_commune"]),
                                {*national, larger})
            if name.key in self.tables.territory_deps and self.tables.populations.get(
                    next(iter(national)), 0) < TOWN_POPULATION:
                # « La Réunion », « Landes », « Allier » alone: the département or région far more often than the
                # village of that name (La Réunion, Lot-et-Garonne); « Vienne » the town of the Isère
                return _abstain(ALERT_MULTIPLE, national)
            own = self._is_own_name(name.key)
            return Outcome(
                next(iter(national)), "", "commune_seule" if own else "ancienne_commune", 0.9, used_text=True
            )
        if len(national) > 1:
            if name.key in self.tables.territory_deps and all(
                    self.tables.populations.get(code, 0) < TOWN_POPULATION for code in national):
                return _abstain(ALERT_MULTIPLE, national)  # « Bretagne »: the région, not one of two villages
            return _abstain(ALERT_HOMONYMS.format(n=len(national)), national)
        if foreign:
            return _abstain(ALERT_ABROAD, veto=True)
        said_short = self._said_short(name)
        if said_short:
            return said_short
        code, errors, alias = self._national_fuzzy(name)
        if code:
            method = "ancienne_commune" if alias else "commune_seule"
            return Outcome(code, "", method, round(0.8 - 0.05 * errors, 3), ALERT_FUZZY, used_text=True)
        if len(heading := self._headed_by(name)) > 1:
            # « Vitry » alone: Vitry-sur-Seine, Vitry-le-François…; a point, a département or a région may tell which
            return _abstain(ALERT_SHORT_NAMES.format(n=len(heading)), heading)
        return _abstain(ALERT_NOT_FOUND)

    def _headed_by(self, name: PlaceName) -> set[str]:
        """The current communes whose own name begins with the whole name given and goes on (« Vitry »: Vitry-sur-Seine,
        Vitry-le-François…); none for a name too short, cut, a word that names no commune alone (« Saint ») or a
        natural region's."""
        key = name.key
        if len(compact(key)) < 3 or name.cut or key in _SHORT_NAME_WORDS or names_a_non_commune(key):
            return set()
        return set(self._name_heads.get(key, ()))

    def _headed_within(self, name: PlaceName, deps: set[str]) -> set[str]:
        """_headed_by(name) in the départements `deps` (« Vitry (51) »: Vitry-le-François, Vitry-la-Ville…)."""
        return {code for code in self._headed_by(name) if self.tables.dep_of[code] in deps} if deps else set()

    @functools.cached_property
    def _name_heads(self) -> dict[str, frozenset[str]]:
        """The first words (not ending with a linking word) of every current commune's own name -> the communes whose
        name goes on after them (« vitry » -> Vitry-sur-Seine, Vitry-le-François…)."""
        heads: dict[str, set[str]] = {}
        for entries in self.tables.entries_by_compact.values():
            for entry in entries:
                if entry.alias:
                    continue
                words = entry.key.split()
                for size in range(1, len(words)):
                    if words[size - 1] not in LINKING_WORDS:
                        heads.setdefault(" ".join(words[:size]), set()).add(entry.code)
        return {head: frozenset(codes) for head, codes in heads.items()}

    def _near_or_towns(self, codes, territories: set[str]) -> set[str]:
        """`codes` less the communes outside `territories` that have not TOWN_POPULATION inhabitants."""
        return {code for code in codes if self.tables.dep_of[code] in territories
                or self.tables.populations.get(code, 0) >= TOWN_POPULATION}

    def _town_heading(self, name: PlaceName, code: str, name_raw) -> set[str]:
        """The towns of TOWN_POPULATION inhabitants or more, in another département than `code`'s, whose whole name
        begins a name no commune bears, more words following (« Montreuil-sous-Bois », Montreuil's usual name, under
        75011), or, when the name is an intercommunality's, is any run of its words (« Nantes Métropole » under 35000,
        « Métropole du Grand Paris » under 93100, « Grand Nantes » under 29200): that town or its métropole, not a
        hamlet of `code`. A town of the same département may name a hamlet, a quarter or a site of `code` (« Lyon
        Saint-Exupéry » under 69125) and names an intercommunality that holds it (« Rennes Métropole » under 35510); a
        village may name a hamlet anywhere (« Pont-de-Crau » under 13200: Pont, Côte-d'Or)."""
        words = name.key.split()
        if is_intercommunal(name_raw) or words[0] == "grand":  # « Grand Nantes », « Grand Poitiers »
            runs = [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words)]
        else:
            runs = [words[:n] for n in range(len(words) - 1, 0, -1)]
        home = self.tables.dep_of[code]
        return {other for run in runs for other in self.tables.national.get(compact(" ".join(run)), ())
                if other != code and self.tables.dep_of[other] != home
                and self.tables.populations.get(other, 0) >= TOWN_POPULATION}

    def _cut_short_for(self, name: PlaceName, name_raw: str) -> set[str]:
        """The communes of every name a name cut short can stand for, however short the words cut (« Cesson-Sév. »:
        Cesson-Sévigné; « Saint-Laurent-du-V. »: Saint-Laurent-du-Var and -du-Verdon; see abbreviation_readings), or
        its first word cut (« V. d'Ascq »: expand_first_word), read in the field as written when it is only the name
        (its full stops tell cuts)."""
        text = name_raw if name_raw and name_key(name_raw) == name.key else name.key
        keys = [*abbreviation_readings(text, self.tables.abbreviation_heads), expand_first_word(text, self._name_tails)]
        return {code for key in keys if key for code in self.tables.national.get(compact(key), ())}

    def _other_commune_named(self, name: PlaceName, code: str) -> set[str]:
        """The communes other than `code` that a name no current commune bears may mean: a former commune's name, the
        short name of a town (see _said_short), or a commune's name one typing error away (names of five letters or
        more, as _national_fuzzy)."""
        query = compact(name.key)
        found = set(self.tables.national_former.get(query, ()))
        found |= set(self.tables.national_former_noart.get(compact(without_article(name.key)), ()))
        short = self.tables.short_names.get(query) or self.tables.former_short_names.get(query)
        if short:
            found.add(short)
        if len(query) >= 5 and not name.cut:
            # a town people write about, or a neighbour: not a village far away that a quarter's name is one letter
            # from (« 75020 Charonne »: Chavonne, Aisne)
            home = self.tables.dep_of[code]
            found |= {other for other in self._one_typo_away(query) if self.tables.dep_of[other] == home
                      or self.tables.populations.get(other, 0) >= TOWN_POPULATION}
        return found - {code}

    def _former_alone(self, name: PlaceName, key: str, noart: str, national: set[str]
                      ) -> tuple[set[str], Outcome | None]:
        """The communes a name given alone that no current commune bears may be, its former names read too (see
        geocode_tables._name_indexes), and the abstention to return instead when it names two things: `national` the
        communes whose name it is without its article. An absorbed or renamed commune's very name and a current name
        without its article are homonyms (« Rouquette »: La Rouquette, or Rouquette absorbed in Dordogne); a former
        name a current town's name begins is that town's too (« Castel »: Castel-Sarrazin, or the Castel absorbed in
        Moreuil; « Chalons »: Châlons-en-Champagne, or Chalon, Isère, until 2012), unless that town is the former
        commune's (« Ancenis », Ancenis-Saint-Géréon's name until 2019). A territory's name or a natural
        region's (« Meuse », « Ubaye »: also former communes) is not read as a former commune, nor a name cut short
        (« Saint-Cast. » may be Saint-Castin as well as Saint-Cast-le-Guildo, Saint-Cast until 1972). `key`, `noart`:
        the name's compact key with and without its article."""
        if name.key in self.tables.territory_deps or names_a_non_commune(name.key) or name.cut:
            return national, None
        former = set(self.tables.national_former.get(key, ()))
        if not national and not former:
            former = set(self.tables.national_former_noart.get(noart, ()))
        if not former - set(national):
            return national, None
        short = self._said_short(name) if not national else None
        if short is not None and len(former) == 1 and former <= {short.code, *short.candidates}:
            short = None  # the town said short is the former commune's (« Ancenis », not Anceins: its name until 2019)
        if short is not None and short.code:
            return national, _abstain(ALERT_SHORT_NAME.format(name=self.tables.places.at[short.code, "nom_commune"]),
                                      {*former, short.code})
        if short is not None:
            return national, _abstain(short.alert, {*former, *short.candidates})
        return set(national) | former, None

    def _said_short(self, name: PlaceName) -> Outcome | None:
        """The town whose name a name no commune bears begins (« Brive », « Cherbourg », « Sablé »: see
        geocode_tables.short_names), or whose déléguée's or associée's name it begins (« Hellemmes »: Lille, see
        geocode_tables.former_short_names); an abstention when a commune's name is one typing error away and the town
        has not LARGER_NAMESAKE times its population (« Loures »: Loures-Barousse, or Lourdes with a letter lost;
        « Ancenis » is Ancenis-Saint-Géréon, not Anceins); None when the name begins no such town's name."""
        query = compact(name.key)
        code = self.tables.short_names.get(query)
        former = self.tables.former_short_names.get(query) if not code else None
        if not (code or former) or name.cut:
            return None
        code = code or former
        population = self.tables.populations.get(code, 0)
        rivals = {other for other in self._one_typo_away(query) if other != code
                  and population < LARGER_NAMESAKE * max(self.tables.populations.get(other, 0), 1)}
        if rivals:
            return _abstain(ALERT_SHORT_NAME.format(name=self.tables.places.at[code, "nom_commune"]), {code, *rivals})
        return Outcome(code, "", "ancienne_commune" if former else "commune_seule", 0.8, ALERT_FUZZY, used_text=True)

    def _one_typo_away(self, query: str) -> set[str]:
        """The communes a name (compact key) is one typing error away from."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        entries, choices, letters = self._names_of_length(len(query) - 1, len(query) + 1)
        near = np.flatnonzero(letters.within(query, 1)).tolist()
        found = process.extract(query, [choices[k] for k in near], scorer=OSA.distance, limit=None, score_cutoff=1)
        return {entries[near[k]].code for _, _, k in found}

    def _postal_alone(self, text: str) -> str:
        """The postal code a field holds with nothing else but blanks and punctuation (« 35000 », « 35 000 »,
        « F-35000 »), when France or a coded collectivity has it; "" otherwise."""
        place = parse_place_name(text)
        known = place.postal_code in self.tables.by_postal or place.postal_code in self.tables.overseas_postal
        return place.postal_code if known and not place.key and not place.departement else ""

    def _larger_namesake(self, name: PlaceName, code: str) -> str:
        """The commune whose name goes on after the name given alone (« Évry » for Évry-Courcouronnes) when it has
        LARGER_NAMESAKE times the population of `code`, the one commune of that exact name, or more: the name is also
        that town's usual short name; "" otherwise."""
        larger = self.tables.larger_by_head.get(compact(name.key))
        if larger is None or larger[0] == code:
            return ""
        if not self._is_own_name(name.key):
            # a déléguée's or a former commune's name (« Villefranche », in Charny Orée de Puisaye) names a village
            # whose population is not counted: a town of TOWN_POPULATION is the name's more likely meaning
            # (Villefranche-sur-Saône), a village is not (« Loché », in Mâcon, not Loché-sur-Indrois)
            return larger[0] if larger[1] >= TOWN_POPULATION else ""
        population = self.tables.populations.get(code, 0)
        return larger[0] if larger[1] >= LARGER_NAMESAKE * max(population, 1) else ""

    def _national_fuzzy(self, name: PlaceName) -> tuple[str, int, bool]:
        """The one commune of France nearest to a name given without postal code or département: one
        typing error away (two from fourteen letters), every other commune being further (two errors
        further for a name of five letters; shorter names are never corrected), and never for a
        département, région, natural region or venue word (NOT_COMMUNE_PLACES): "Cévennes" is one
        letter from Chevennes, a commune, and no closer to anything else."""
        query = compact(name.key)
        size = len(query)
        allowed = 0 if size < 5 else 1 if size < 14 else 2
        margin = 2 if size < 6 else 1
        if not allowed or name.cut or query in self.tables.territory_keys or names_a_non_commune(name.key):
            return "", 0, False
        # only names whose length is within reach can be that close, and whose letters are: the letters one
        # name has and the other lacks (bag distance) never outnumber the typing errors between them.
        entries, choices, letters = self._names_of_length(size - allowed - margin, size + allowed + margin)
        near = np.flatnonzero(letters.within(query, allowed + margin)).tolist()
        found = _nearest_alone(query, [entries[k] for k in near], [choices[k] for k in near], allowed, margin,
                               _word_count(name.key), spaced=name.key)
        return found if found[0] else self._city_letter_lost(query)

    def _city_letter_lost(self, query: str) -> tuple[str, int, bool]:
        """(code, 1, False) of the city of CITY_POPULATION inhabitants or more whose name is `query` (six letters or
        more) with one of a doubled letter lost, when every other commune one typing error away has not a
        LARGER_NAMESAKE-th of its population: « Montpelier » is Montpellier (310,000) with an « l » lost, not
        Montélier (4,300, a « p » added); not « Mareille » (Marseille, or Mareilles with its « s » lost); ("", 0, False)
        otherwise."""
        if len(query) < 6:
            return "", 0, False
        near = self._one_typo_away(query)
        population = self.tables.populations
        names = self.tables.places["nom_commune"]
        cities = [code for code in near if population.get(code, 0) >= CITY_POPULATION
                  and _doubled_letter_lost(query, compact(name_key(names[code])))]
        if len(cities) != 1:
            return "", 0, False
        city = cities[0]
        if any(population.get(other, 0) * LARGER_NAMESAKE > population[city] for other in near - {city}):
            return "", 0, False
        return city, 1, False

    def _names_of_length(self, shortest: int, longest: int) -> tuple[list[Entry], list[str], LetterCounts]:
        """(every name whose compact key has between `shortest` and `longest` letters, their keys, the letters
        of those keys), gathered once per range."""
        pool = self._cache.get(("length", shortest, longest))
        if pool is None:
            entries, choices, letters = self._names_by_length()
            first, last = np.searchsorted(letters.lengths, [shortest, longest + 1])
            pool = (entries[first:last], choices[first:last], letters.rows(first, last))
            self._cache[("length", shortest, longest)] = pool
        return pool

    def _names_by_length(self) -> tuple[list[Entry], list[str], LetterCounts]:
        """(every name, shortest first, entries order within a length; their keys; the letters of those keys),
        counted once: each range of lengths is a slice of it."""
        pool = self._cache.get("length")
        if pool is None:
            by_length = self.tables.entries_by_length
            entries = [e for n in sorted(by_length) for e in by_length[n]]
            choices = [e.compact for e in entries]
            pool = self._cache["length"] = (entries, choices, LetterCounts.of(choices))
        return pool


    def _decide_insee(self, raw: str) -> tuple[Outcome | None, str]:
        """(outcome of a source INSEE code, or None when absent or unknown; reservation alert)."""
        code = _BLANKS.sub("", str(raw or "")).upper()
        if code.endswith(".0"):
            code = code[:-2]
        if not code or code in ("NAN", "NONE"):
            return None, ""
        if _FOUR_DIGITS.fullmatch(code):
            code = "0" + code
        if code.startswith("99") and len(code) == 5:
            return _abstain(ALERT_ABROAD, veto=True), ""
        if code in self.tables.overseas_codes:
            return _abstain(ALERT_OVERSEAS, veto=True), ""
        found = self.tables.insee.get(code)
        if found is None:
            return None, f"{ALERT_INSEE_UNKNOWN} ({code})"[:80]
        current, arm, kind = found
        if kind == "ancien":
            return Outcome(current, arm, "ancienne_commune", 0.97, strong=True, used_text=True), ""
        return Outcome(current, arm, "code_insee_source", 1.0, strong=True, used_text=True), ""

    def decide(
        self, cp_raw: str, name_raw: str, insee_raw: str = "", address_raw: str = "", country: str = "",
        region: str = "",
    ) -> Outcome:
        """Outcome of one place's text: the source INSEE code checked against the postal code and
        name; the address is read only when they give nothing. A foreign country code (OpenAgenda's
        `countryCode`) or a country named as a part of the commune or address field places the event
        abroad, unless the postal code and name read exactly as a French commune. `region`: the région of a
        regional source (its INSEE code), which tells homonyms apart when one alone is in it."""
        key = (cp_raw, name_raw, insee_raw, address_raw, country, region)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        text = self._decide_text(cp_raw, name_raw)
        if is_foreign_country_code(country):
            text = _abstain(ALERT_ABROAD, veto=True)
        elif not text.strong and (names_foreign_country(name_raw) or names_foreign_country(address_raw)):
            text = _abstain(ALERT_ABROAD, veto=True)  # "…, 1204 Genève, Suisse" is not Suisse (57)
        elif address_raw and text.code and not text.strong:
            if is_foreign(address_raw, cities=False) or is_foreign(name_raw, cities=False):
                text = _abstain(ALERT_ABROAD, veto=True)  # "B-4000 Liège" is not Le Liège (37)
        elif address_raw and _wants_address(text):
            text = self._with_address(text, cp_raw, name_raw, address_raw)
        if _wants_arrondissement(text):
            text = self._with_arrondissement(text, name_raw, address_raw)
        insee, insee_alert = self._decide_insee(insee_raw)
        outcome = self._in_region(self._with_insee(text, insee, insee_alert, cp_raw, insee_raw), region)
        if (region and address_raw and not outcome.code and not outcome.veto and not outcome.candidates
                and not str(cp_raw or "").strip() and not str(name_raw or "").strip() and not insee_raw):
            outcome = self._street_then_town(address_raw, region) or outcome
        if len(self._cache) < 500_000:
            self._cache[key] = outcome
        return outcome

    def _street_then_town(self, address_raw: str, region: str) -> Outcome | None:
        """« 2 rue Jean Jaurès Vannes », « 3 place de la Mairie Plouzané »: a street and its town with no comma nor
        postal code, the only place a regional source wrote. Its last words are the town when they name exactly one
        commune of the source's `region`, after a street (a number or a street's word first, two words at least) and
        not after a linking or a street's word (« Rue de Brest », « Rue Saint-Malo » name streets). Elsewhere the
        last words may be a street's (« Rue Paul Bert » is no Bert), so a national source's address is not read so."""
        words = str(address_raw).split()
        if len(words) < 3 or not (words[0][:1].isdigit() or name_key(words[0]) in _STREET_WORDS):
            return None
        regions = self.tables.places["code_region"]
        for size in range(min(4, len(words) - 2), 0, -1):
            before = name_key(words[-size - 1])
            if before in _LINK_WORDS or before in _STREET_WORDS:
                continue
            key = compact(name_key(" ".join(words[-size:])))
            inside = {code for code in self.tables.national.get(key, ()) if regions.get(code) == region}
            if key in self.tables.national_own and len(inside) == 1:
                return Outcome(inside.pop(), "", "adresse_texte", 0.7, used_text=True)
        return None

    def _with_arrondissement(self, outcome: Outcome, name_raw: str, address_raw: str) -> Outcome:
        """`outcome` (Paris, Marseille or Lyon without its arrondissement) with the arrondissement its commune field or
        address names by its ordinal (« Mairie du 10e, 72 rue du Faubourg Saint-Martin, Paris », « 3e arr. ») and the
        address's postal code agrees with; unchanged when none or several are named."""
        city = _PLM_CITY[outcome.code]
        numbers = arrondissements_mentioned(name_raw, city) | arrondissements_mentioned(address_raw, city)
        if not numbers:
            return outcome
        arms = {_arm_code(city, number) for number in numbers}
        postal = parse_address(address_raw).postal_code if address_raw else ""
        if arm := self.tables.arm_by_postal.get(postal, ""):
            arms.add(arm)
        if len(arms) > 1:
            return replace(outcome, alert=_join_alerts(outcome.alert, ALERT_ARM_UNSURE))
        return replace(outcome, arm=arms.pop())

    def _in_region(self, outcome: Outcome, region: str) -> Outcome:
        """`outcome`, or the one homonym of its abstention in the source's `region` (« La Rochelle » in the agenda
        of the CRESS Nouvelle-Aquitaine is not La Rochelle, Haute-Saône): the agenda of a région lists its own.
        Not when the name is also a larger town's usual short name (_larger_namesake: « Villeneuve » in that agenda
        may be Villeneuve-sur-Lot as well as the village of the Gironde). A commune read by its name alone outside the
        source's région gives way to the one commune of the région that bore that name before a merger or a renaming
        (« Chavagné » in the agenda of Nouvelle-Aquitaine: absorbed in La Crèche, Deux-Sèvres, not Chavagne,
        Ille-et-Vilaine); when it is a town of TOWN_POPULATION inhabitants, the place is either."""
        if not region:
            return outcome
        regions = self.tables.places["code_region"]
        if outcome.code and outcome.method == "commune_seule" and not outcome.alert \
                and regions.get(outcome.code) != region:
            key = compact(name_key(self.tables.places.at[outcome.code, "nom_commune"]))
            inside = {entry.code for entry in self.tables.entries_by_compact.get(key, ())
                      if entry.alias and regions.get(entry.code) == region}
            if len(inside) != 1:
                return outcome
            if self.tables.populations.get(outcome.code, 0) >= TOWN_POPULATION:
                # a town people write about (« Montauban » in the agenda of Bretagne: Montauban-de-Bretagne's name
                # until 1939, or the town of Tarn-et-Garonne?): either
                return _abstain(ALERT_HOMONYMS.format(n=2), {outcome.code, *inside})
            return Outcome(inside.pop(), "", "commune_region_source", 0.8, used_text=True)
        if outcome.code or not (_HOMONYMS.fullmatch(outcome.alert) or _SHORT_NAMES.fullmatch(outcome.alert)):
            return outcome
        inside = [code for code in outcome.candidates if regions.get(code) == region]
        if len(inside) != 1:
            return outcome
        # the homonyms' own name: the field may hold a venue before it (« Salle polyvalente - Valence »)
        name = PlaceName(name_key(self.tables.places.at[inside[0], "nom_commune"]))
        if self._larger_namesake(name, inside[0]):
            return outcome
        return Outcome(inside[0], "", "commune_region_source", 0.8, used_text=True)

    def _town_then_quarters(self, parts: list[str], cp_raw: str) -> str:
        """The first of a place's dash parts, each a commune's own name, when the others name its quarters rather than
        other places: communes that are all villages of other régions than the town's (« Brest - Recouvrance »:
        Recouvrance, Territoire de Belfort; see geocode_tables.villages_far_away), or, under a postal code that serves
        the town, communes all outside the postal code's départements, none a town of the town's région nor a city
        (« Rennes - Maurepas » under 35200: Maurepas, Yvelines; « Lille - Moulins » under 59800). "" otherwise
        (« Brest - Quimper », « Rennes - Vannes » under 35000, « Lille - Roubaix » under 59000)."""
        if len(parts) < 2:
            return ""
        populations, regions = self.tables.populations, self.tables.places["code_region"]
        plm = parse_place_name(parts[0]).plm_city  # « Paris 18e - La Chapelle »
        towns = {PLM_COMMUNES[plm]} if plm else set(self.tables.national.get(compact(name_key(parts[0])), ()))
        cp = clean_postal_code(cp_raw)[0]
        served = towns & set(self.tables.by_postal.get(cp, ())) if cp else set()
        home = {regions.get(code) for code in (served or towns)}
        for part in parts[1:]:
            named = self.tables.national.get(compact(name_key(part)), ())
            if villages_far_away(named, home, lambda code: populations.get(code, 0) >= TOWN_POPULATION, regions.get):
                continue
            if len(served) == 1 and named and not any(
                    self.tables.dep_of[code] in self._deps_of_postal(cp) or populations.get(code, 0) >= CITY_POPULATION
                    or regions.get(code) in home and populations.get(code, 0) >= TOWN_POPULATION for code in named):
                continue
            return ""
        return parts[0]

    def _communes_apart(self, text: str) -> bool:
        """Whether every part between the dashes of a place (two at least), or between slashes or « ou »
        (« Saint-Herblain / Nantes », « Brest ou Quimper »), is a commune's own name or an arrondissement."""
        return any(len(parts) > 1 and all(self._town_part(part) for part in parts)
                   for parts in (dash_parts(text), [part.strip(" ,;") for part in _ALTERNATIVES.split(text)]))

    def _with_address(self, text: Outcome, cp_raw: str, name_raw: str, address_raw: str) -> Outcome:
        """The outcome once the one-line address is read for what postal code, name and INSEE code
        left out; an address that is only a commune's own name ("Quimper") is read as that name."""
        parsed = parse_address(address_raw)
        alone = without_online(address_raw) or without_country(address_raw)  # « Rennes ou en ligne », « Rennes, FR »
        if not parsed.postal_code and not parsed.town and compact(name_key(alone)) in self.tables.national_own:
            parsed = ParsedAddress("", alone, parsed.cedex)
        if parsed.postal_code or parsed.town:
            from_address = self._decide_text(cp_raw, name_raw, parsed)
            if from_address.code:
                text = Outcome(
                    from_address.code,
                    from_address.arm,
                    "adresse_texte",
                    round(from_address.score * 0.95, 3),
                    from_address.alert,
                    from_address.candidates,
                    from_address.veto,
                    from_address.strong,
                    True,
                )
            elif from_address.used_text or not text.used_text:
                text = from_address
        if not text.code and not parsed.postal_code and not str(cp_raw or "").strip() \
                and not str(name_raw or "").strip() and not is_foreign(address_raw):
            # the address is the only place written (an iCalendar LOCATION, an OpenAgenda address without city):
            # read as a commune field would be, it may name a town with its territory, a former name or a venue after
            # the town (« Grenoble, Auvergne-Rhône-Alpes, France », « Cherbourg-Octeville, France », « Toulouse,
            # Parc des expositions »); else what follows a comma, the longest first (« Place du Capitole, Toulouse,
            # Occitanie, France »)
            parts = str(address_raw).split(",")
            for start in range(len(parts)):
                as_name = self._decide_text("", ",".join(parts[start:]).strip())
                if as_name.code:
                    text = replace(as_name, method="adresse_texte", score=round(as_name.score * 0.95, 3),
                                   used_text=True)
                    break
        if not text.code and not text.candidates and not text.used_text:
            if is_online(address_raw):
                text = _abstain(ALERT_ONLINE, used_text=False)
            elif is_foreign(address_raw):
                text = _abstain(ALERT_ABROAD, veto=True)
        return text

    @staticmethod
    def _with_insee(text: Outcome, insee: Outcome | None, insee_alert: str, cp_raw: str, insee_raw: str) -> Outcome:
        if insee is None:
            if insee_alert and text.code:
                return Outcome(
                    text.code,
                    text.arm,
                    text.method,
                    text.score,
                    _join_alerts(text.alert, insee_alert),
                    text.candidates,
                    text.veto,
                    text.strong,
                    text.used_text,
                )
            return text
        if not insee.code:  # the code itself says abroad or overseas
            if text.code:
                return _abstain(ALERT_INSEE_TEXT, (text.code,))
            return insee
        if text.code == insee.code:
            arm = insee.arm or text.arm
            return Outcome(
                insee.code,
                arm,
                insee.method,
                insee.score,
                _join_alerts(text.alert if arm else ""),
                strong=True,
                used_text=True,
            )
        if text.code:
            if clean_postal_code(insee_raw)[0] and clean_postal_code(insee_raw)[0] == clean_postal_code(cp_raw)[0]:
                return Outcome(
                    text.code,
                    text.arm,
                    text.method,
                    text.score,
                    _join_alerts(text.alert, ALERT_INSEE_IS_POSTAL),
                    strong=text.strong,
                    used_text=True,
                )
            if not text.strong:
                return Outcome(insee.code, insee.arm, insee.method, 0.9, "", strong=True, used_text=True)
            return _abstain(ALERT_INSEE_TEXT, (insee.code, text.code))
        if text.veto:
            return _abstain(ALERT_INSEE_TEXT, (insee.code,))
        if text.candidates and insee.code not in text.candidates and text.alert != ALERT_NOT_FOUND:
            return _abstain(ALERT_INSEE_TEXT, (insee.code, *text.candidates))
        score = insee.score if text.used_text else round(insee.score * 0.95, 3)
        return Outcome(insee.code, insee.arm, insee.method, score, "", strong=True, used_text=True)

    # ------------------------------------------------------------------ rows

    def code(self, frame: pd.DataFrame, progress=None) -> pd.DataFrame:
        """OUTPUT_COLUMNS for each row of `frame`, aligned on its index. Reads whichever of the columns
        code_postal, commune, adresse, code_insee_source, code_pays, latitude, longitude (and
        modalite) are present; a frame with none of them gets "lieu absent" everywhere."""
        return self.code_located(frame, progress)[0]

    def code_located(self, frame: pd.DataFrame, progress=None) -> tuple[pd.DataFrame, LocatedPoints]:
        """(code(frame), the distinct points of `frame` as the coder located them), for a caller that needs the
        commune of those points again (assets.lib.points.published_points)."""
        frame = venue_as_address(frame)
        try:
            text_id, outcomes, points_read, online = self._read(frame)
        except UnicodeEncodeError:  # a lone surrogate (a JSON « \\ud800 » escape), which no UTF-8 text holds
            frame = _surrogates_replaced(frame)
            text_id, outcomes, points_read, online = self._read(frame)
        point_id, located, point_lat, point_lon, geometry = points_read
        if progress is not None:
            progress(0.5)
        text = _outcome_arrays(outcomes)
        candidates = pd.DataFrame(
            [(i, c) for i, o in enumerate(outcomes) for c in o.candidates], columns=["text_id", "candidate"]
        )
        # one integer per (text outcome, point, online flag): factorised far faster than a MultiIndex
        points = int(point_id.max()) + 2 if len(point_id) else 1
        packed = (text_id.astype(np.int64) * points + (point_id + 1)) * 2 + online.astype(np.int64)
        pair_id, distinct = pd.factorize(packed)
        distinct_frame = pd.DataFrame(
            {"text_id": distinct // 2 // points, "point_id": distinct // 2 % points - 1, "online": distinct % 2 == 1}
        )
        decided = self._combine(distinct_frame, text, candidates, located, point_lat, point_lon, geometry)
        out = self._describe(decided, pair_id, frame)
        if progress is not None:
            progress(1.0)
        return out, LocatedPoints(point_lat, point_lon, located.get("how", np.zeros(0, dtype=object)))

    def _read(self, frame: pd.DataFrame) -> tuple[np.ndarray, list[Outcome], tuple, np.ndarray]:
        """What code_located reads of each row: (_text_outcomes, _point_outcomes, whether the row is online)."""
        mode_codes, modes = _column_codes(frame, "modalite", len(frame))
        return *self._text_outcomes(frame), self._point_outcomes(frame), (modes == "en_ligne")[mode_codes]

    def _text_outcomes(self, frame: pd.DataFrame) -> tuple[np.ndarray, list[Outcome]]:
        """(text outcome id of each row, the distinct outcomes), decided once per distinct text key.
        The address only matters where postal code, name and INSEE code are all missing or unusable,
        so it is left out of the key elsewhere (addresses are nearly unique)."""
        n = len(frame)
        columns = [_column_codes(frame, c, n)
                   for c in ("code_postal", "commune", "code_insee_source", "code_pays", "code_region_source")]
        key_id = np.zeros(n, dtype=np.int64)
        for codes, uniques in columns:
            key_id, _ = pd.factorize(key_id * len(uniques) + codes)
        key_id = key_id.astype(np.int64)
        count = int(key_id.max()) + 1 if n else 0
        first = np.full(count, n, dtype=np.int64)
        np.minimum.at(first, key_id, np.arange(n))
        # each column's values at the first row of each key, gathered column by column
        taken = [uniques[codes[first]].tolist() for codes, uniques in columns]
        keys = list(zip(*taken, strict=True)) if count else []
        outcomes = [self.decide(c, m, i, country=k, region=r) for c, m, i, k, r in keys]
        needs_address = np.array([_wants_address(o) or _wants_arrondissement(o) for o in outcomes], dtype=bool)
        address_codes, addresses = _column_codes(frame, "adresse", n)
        row_needs = needs_address[key_id] & (addresses[address_codes] != "") if n else np.zeros(0, dtype=bool)
        if row_needs.any():
            # one integer per (text key, address): factorised far faster than a MultiIndex
            width = len(addresses)
            extra_id, extra_keys = pd.factorize(key_id[row_needs] * width + address_codes[row_needs])
            extra_outcomes = [
                self.decide(*keys[k][:3], address_raw=addresses[a], country=keys[k][3], region=keys[k][4])
                for k, a in zip((extra_keys // width).tolist(), (extra_keys % width).tolist(), strict=True)
            ]
            key_id[row_needs] = len(outcomes) + extra_id
            outcomes = outcomes + extra_outcomes
        return key_id, outcomes

    def _point_outcomes(self, frame: pd.DataFrame):
        """(point id of each row or -1, the commune of each distinct point (PointIndex.locate_arrays), their lat,
        lon, and the points built)."""
        lat, lon = frame_coordinates(frame)
        has_point = ~(np.isnan(lat) | np.isnan(lon))
        point_id = np.full(len(frame), -1, dtype=np.int64)
        located = {"code": np.zeros(0, dtype=object)}
        point_lat = point_lon = np.zeros(0)
        points = np.empty(0, dtype=object)
        if has_point.any():
            distinct, inverse = np.unique(_point_keys(lat[has_point], lon[has_point]), return_inverse=True)
            point_id[has_point] = inverse
            point_lat = (distinct // 400_000_000 - 90_000_000) / 1e6
            point_lon = (distinct % 400_000_000 - 180_000_000) / 1e6
            located, points = self.points.locate_arrays(point_lat, point_lon)
        return point_id, located, point_lat, point_lon, points

    def locate(self, lat: np.ndarray, lon: np.ndarray) -> pd.DataFrame:
        """See PointIndex.locate."""
        return self.points.locate(lat, lon)

    def located_how(self, lat: np.ndarray, lon: np.ndarray, known: LocatedPoints | None = None) -> np.ndarray:
        """locate(lat, lon)["how"] as an object array, taken from `known` (points code_located already located)
        for the points it holds exactly, the others located here: a point's commune depends on that point alone."""
        how = np.full(len(lat), "", dtype=object)
        found = known.position(lat, lon) if known is not None else np.full(len(lat), -1, dtype=np.int64)
        held = found >= 0
        if held.any():
            how[held] = known.how[found[held]]
        rest = np.flatnonzero(~held)
        if len(rest):
            how[rest] = self.locate(lat[rest], lon[rest])["how"].to_numpy(dtype=object)
        return how

    def _combine(self, pairs, text, candidates, located, point_lat, point_lon, points) -> dict[str, np.ndarray]:
        """One decision per distinct (text outcome, point, online flag), vectorised: arrays code, arm, method,
        score, alert."""
        d = _Decision.start(pairs, text, located, point_lat, point_lon, points)
        self._mark_agreement(d, pairs, candidates)
        d.agree()
        d.text_near_border()
        d.conflicts()
        self._point_only(d, pairs, candidates)
        # looked up once per text outcome, then taken by item (d.text_code is text["code"] by text_ids)
        text_ids = pairs["text_id"].to_numpy()
        has_polygon = (
            (self.points.com_geometry.index.get_indexer(text["code"]) >= 0)[text_ids]
            if d.has_point.any()
            else np.zeros(len(d.text_code), dtype=bool)
        )
        if (d.collectivity != "").any():
            places = self.tables.places["code_departement"]
            d.on_collectivity_island(places.reindex(text["code"]).fillna("").to_numpy(dtype=object)[text_ids])
        d.outside_and_online(has_polygon)
        return {"code": d.code, "arm": d.arm, "method": d.method, "score": d.score, "alert": d.alert}

    def _mark_agreement(self, d: _Decision, pairs, candidates) -> None:
        """Which points agree with their text, fall under a polygon shared with restored communes, may
        pick among the text's candidates, or disagree from just over a border (within `near_m` of the
        text's commune, or in a commune next to it while the text is an exact reading)."""
        d.shared = np.zeros(len(d.xy), dtype=bool)
        d.covered = np.zeros(len(d.xy), dtype=bool)
        for cover, restored in self.tables.shared_polygons.items():
            under = d.xy == cover
            d.shared |= under
            for code in restored:
                d.covered |= under & (d.text_code == code)
        text_ids = pairs["text_id"].to_numpy()
        d.allowed = np.zeros(len(d.xy), dtype=bool)
        d.has_candidates = np.zeros(len(d.xy), dtype=bool)
        if len(candidates):
            wanted = pd.DataFrame({"text_id": text_ids, "candidate": d.xy, "row": np.arange(len(d.xy))})
            d.allowed[wanted.merge(candidates, on=["text_id", "candidate"])["row"].to_numpy()] = True
            d.has_candidates = np.isin(text_ids, candidates["text_id"].unique())
        d.same = d.in_france & d.has_text & (d.xy == d.text_code)
        d.disagree = d.in_france & d.has_text & ~d.same & ~d.covered
        d.near = np.zeros(len(d.xy), dtype=bool)
        if d.disagree.any():
            rows = np.flatnonzero(d.disagree)
            d.near[rows] = self.points.within_m(
                d.plat[rows], d.plon[rows], d.text_code[rows].astype(str), self.near_m, d.points[rows]
            )
            strong = rows[~d.near[rows] & d.strong[rows]]
            if len(strong):
                d.near[strong] = self.points.neighbours(d.xy[strong], d.text_code[strong])

    def _point_only(self, d: _Decision, pairs, candidates) -> None:
        """No answer from the text: the point decides unless the text rules its commune out; a point
        just over the border of exactly one of the communes the text allows picks it."""
        point_only = d.in_france & ~d.has_text
        excluded = point_only & (d.veto | (d.has_candidates & ~d.allowed))
        unsure = point_only & ~excluded & d.shared
        take_point = point_only & ~excluded & ~unsure
        d.clear(excluded, np.where(d.veto[excluded], ALERT_XY_ABROAD, ALERT_XY_TEXT))
        rescue = np.flatnonzero(excluded & ~d.veto & d.has_candidates)
        if len(rescue):
            wanted = pd.DataFrame({"text_id": pairs["text_id"].to_numpy()[rescue], "row": rescue})
            options = wanted.merge(candidates, on="text_id")
            rows = options["row"].to_numpy()
            close = options[
                self.points.within_m(
                    d.plat[rows], d.plon[rows], options["candidate"].to_numpy(dtype=object), self.near_m, d.points[rows]
                )
            ]
            single = close.groupby("row")["candidate"].agg(["first", "size"])
            single = single[single["size"] == 1]
            picked = single.index.to_numpy()
            d.code[picked] = single["first"].to_numpy(dtype=object)
            d.method[picked] = "coordonnees"
            d.score[picked] = 0.85
            d.alert[picked] = ALERT_NEAR_BORDER
        d.alert[unsure] = ALERT_SHARED_POLYGON
        d.take_point(take_point)

    def _describe(self, result: dict[str, np.ndarray], rows: np.ndarray, frame: pd.DataFrame) -> pd.DataFrame:
        """OUTPUT_COLUMNS of `frame`'s rows from the decisions (`rows`: the decision of each row), aligned on its
        index. Gathered as arrays, so each text column becomes a frame column once."""
        code = result["code"]
        code_id, codes = pd.factorize(code)
        places = self.tables.places.reindex(codes).fillna("")
        at = code_id[rows]
        coded = code != ""
        # (distinct values, position of each row's value among them): each column is taken row by row in Arrow
        columns = {
            "code_commune_insee": (code, rows),
            "nom_commune": (places["nom_commune"].to_numpy(dtype=object), at),
            "code_arrondissement_municipal": (result["arm"], rows),
            "code_departement": (places["code_departement"].to_numpy(dtype=object), at),
            "departement": (places["departement"].to_numpy(dtype=object), at),
            "code_region": (places["code_region"].to_numpy(dtype=object), at),
            "region": (places["region"].to_numpy(dtype=object), at),
            "geocodage_methode": (np.where(coded, result["method"], "aucun"), rows),
        }
        out = {name: _taken(values, positions, frame.index) for name, (values, positions) in columns.items()}
        alerts = np.append(np.asarray(result["alert"], dtype=object), ALERT_NOT_FOUND)
        out["geocodage_alerte"] = _taken(alerts, _place_given_is_not_absent(frame, alerts, rows), frame.index)
        score = np.where(coded, result["score"].astype(float), 0.0).round(3)[rows]
        out["geocodage_score"] = pd.Series(score, index=frame.index)
        return pd.DataFrame(out)[OUTPUT_COLUMNS]


def _column_codes(frame: pd.DataFrame, name: str, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(code of each row, distinct stripped text values) of a column; blank for a missing column or
    cell. Stripping and conversion to text are done on the distinct values only."""
    if name not in frame.columns:
        return np.zeros(n, dtype=np.int64), np.array([""], dtype=object)
    codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
    values = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    values = values.where(values.notna(), "").astype(str).str.strip().to_numpy(dtype=object)
    values = np.append(values, "")  # code -1 (missing) reads the last item
    merged, distinct = pd.factorize(values)
    return merged[codes].astype(np.int64), np.asarray(distinct, dtype=object)


def _surrogates_replaced(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with each lone surrogate of its texts replaced by U+FFFD, as a byte that is not UTF-8 is read."""
    def replaced(value):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if isinstance(value, str) else value

    return frame.apply(lambda column: column.map(replaced) if column.dtype == object else column)


def _place_given_is_not_absent(frame: pd.DataFrame, alerts: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The position in `alerts` (the decisions' alerts, ALERT_NOT_FOUND last) of the alert of each row of `frame`
    (`rows`: the decision of each row), where a row with a place (`lieu` or `adresse`) that could not be coded is
    "commune introuvable", never "lieu absent", so that the coding-rate check counts it as located but not coded."""
    absent = np.flatnonzero((alerts == ALERT_ABSENT)[rows])
    if not len(absent):
        return rows
    has_place = np.zeros(len(absent), dtype=bool)  # read on the rows said absent only
    for name in ("lieu", "adresse"):
        if name in frame.columns:
            has_place |= _given(frame[name].iloc[absent])
    rows = rows.copy()
    rows[absent[has_place]] = len(alerts) - 1
    return rows


def _taken(values: np.ndarray, positions: np.ndarray, index: pd.Index) -> pd.Series:
    """pd.Series(_text_values(values)[positions], index=index, dtype=str), the rows taken in Arrow from the few
    distinct values instead of converting each row's text (the same Arrow large_string column)."""
    import pyarrow as pa

    values = _text_values(values)
    try:
        distinct = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not only texts: converted row by row as before
        return pd.Series(values[positions], index=index, dtype=str)
    return pd.Series(distinct.take(pa.array(positions)), index=index, dtype=str)


def _text_values(values: np.ndarray) -> np.ndarray:
    """An object array of texts with any missing value (None, NaN) as ""."""
    missing = pd.isna(values)
    if missing.any():
        values = values.copy()
        values[missing] = ""
    return values


def _outcome_arrays(outcomes: list[Outcome]) -> dict[str, np.ndarray]:
    """The fields of the text outcomes that the decision reads, one array each."""
    fields = ("code", "arm", "method", "score", "alert", "veto", "strong", "used_text")
    kinds = (object, object, object, float, object, bool, bool, bool)
    values = list(zip(*[(o.code, o.arm, o.method, o.score, o.alert, o.veto, o.strong, o.used_text) for o in outcomes],
                      strict=True)) or [()] * len(fields)
    out = {}
    for name, kind, column in zip(fields, kinds, values, strict=True):
        array = np.empty(len(column), dtype=object) if kind is object else np.array(column, dtype=kind)
        if kind is object:
            array[:] = column
        out[name] = array
    return out


def _given(cells: pd.Series) -> np.ndarray:
    """Whether each cell holds text (neither missing nor blank)."""
    return (cells.astype("string").fillna("").str.strip() != "").to_numpy(dtype=bool)


# Places given as alternatives or a list: « Saint-Herblain / Nantes », « Brest ou Quimper », « Lorient & Vannes »; a
# slash with a blank on one side only is « sur » cut short (« Saint-Mard s/ le-Mont »).
_ALTERNATIVES = re.compile(r"\s+/\s+|\s+(?:ou|&)\s+", re.IGNORECASE)


# The centre of any village or town as addresses name it, beside the town's name (« Le Bourg, Plouguerneau »), though
# communes bear these names (Le Bourg, Lot; Bourg, Gironde and Haute-Marne; Le Quartier, Puy-de-Dôme).
_LOCALITY_WORDS = frozenset({"le bourg", "bourg", "le quartier"})


# A venue followed by its town in brackets: « Salle polyvalente (Vannes) », « Ateliers du Vent (Rennes) ».
_BRACKETED_TOWN = re.compile(r"\S\s*\((?P<town>[^()\d]*[^\W\d_][^()\d]*)\)\s*$")


# A venue's text that may name its town: a postal code, or a part after a comma, a dash, a parenthesis or « de », « à »
# (« Maison de l'ESS, Poitiers », « Le Local - Rennes », « Médiathèque de Poitiers »). A venue's name alone (« Les
# Halles », « Le Château ») may be a commune's name too, and is not read as one.
_VENUE_THEN_TOWN = re.compile(r"\b\d{5}\b|[,(–—]|\s-\s|\s(?:de|du|à)\s|\sd['’]", re.IGNORECASE)


def venue_as_address(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` where a row that places its event by its venue alone (a `lieu`, and no address, postal code, commune,
    INSEE code nor coordinates: a spreadsheet's one « Lieu » column holding « Maison de l'ESS, Poitiers ») reads that
    venue as its address when it may name its town (_VENUE_THEN_TOWN): the town it names is then the only location
    given, coded as an address's (adresse_texte), with the same care (« Café de Paris » alone names no town). Other
    rows, and a frame without `lieu`, as they are."""
    if "lieu" not in frame.columns or frame.empty:
        return frame
    alone = _given(frame["lieu"]) & frame["lieu"].astype("string").fillna("").str.contains(
        _VENUE_THEN_TOWN.pattern, flags=re.IGNORECASE, regex=True).to_numpy(dtype=bool)
    for column in ("adresse", "code_postal", "commune", "code_insee_source", "latitude", "longitude"):
        if column in frame.columns:
            alone &= ~_given(frame[column])
    if not alone.any():
        return frame
    address = frame["adresse"].astype(object) if "adresse" in frame.columns else pd.Series(
        None, index=frame.index, dtype=object)
    return frame.assign(adresse=address.where(~alone, frame["lieu"]))


def decisive_inputs(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its columns modalite, lieu and code_pays reduced to what Geocoder.code_located and
    points.published_points read of them: whether the event is online (modalite "en_ligne"), whether a place name
    is given (lieu, which only tells "commune introuvable" from "lieu absent") and whether code_pays is a foreign
    country code; the other columns as they are. Two rows equal here get the same codes and published point (a
    renamed venue or a country code "FR" added needs no coding again), except a venue read as the address because
    nothing else places the event (venue_as_address)."""
    frame = venue_as_address(frame)
    reduced = {}
    if "modalite" in frame.columns:
        codes, modes = _column_codes(frame, "modalite", len(frame))
        reduced["modalite"] = (modes == "en_ligne")[codes]
    if "lieu" in frame.columns:
        reduced["lieu"] = _given(frame["lieu"])
    if "code_pays" in frame.columns:
        codes, countries = _column_codes(frame, "code_pays", len(frame))
        reduced["code_pays"] = np.array([is_foreign_country_code(c) for c in countries], dtype=bool)[codes]
    return frame.assign(**reduced)


def method_shares(methods: pd.Series) -> dict[str, float]:
    """Share of rows decided by each method (every method listed, 0 when unused)."""
    total = len(methods)
    counts = methods.value_counts()
    return {m: round(float(counts.get(m, 0)) / total, 4) if total else 0.0 for m in METHODS}


LOCATED_CODED_THRESHOLD = 0.97


def coding_summary(editions: pd.Series, coded: pd.DataFrame, modalite: pd.Series | None = None) -> pd.DataFrame:
    """One row per edition: events, share decided by each method, share unknown, located events and
    the share of them that got a commune. An event is located unless it is online (`modalite`
    "en_ligne", or a place the coder read as online) or comes with no place at all: the check on
    that share watches the coder, not the completeness of the sources. `coded` holds
    geocodage_methode, code_commune_insee and geocodage_alerte aligned with `editions`."""
    online = (
        (modalite.astype("string").fillna("") == "en_ligne").to_numpy()
        if modalite is not None
        else np.zeros(len(editions), dtype=bool)
    )
    alerts = coded["geocodage_alerte"].to_numpy(dtype=object)
    online = online | (alerts == ALERT_ONLINE) | (alerts == ALERT_ABSENT)
    frame = pd.DataFrame(
        {
            "edition": editions.astype(int).to_numpy(),
            "methode": coded["geocodage_methode"].to_numpy(),
            "code": coded["code_commune_insee"].to_numpy() != "",
            "located": ~online,
        }
    )
    rows = []
    for edition, part in frame.groupby("edition", sort=True):
        located = part[part["located"]]
        row = {"edition": int(edition), "evenements": len(part)}
        row.update({f"part_{m}": round(float((part["methode"] == m).mean()), 4) for m in METHODS if m != "aucun"})
        row["part_inconnue"] = round(float((~part["code"]).mean()), 4)
        row["evenements_localises"] = len(located)
        row["part_localises_codes"] = round(float(located["code"].mean()), 4) if len(located) else 1.0
        rows.append(row)
    columns = [
        "edition",
        "evenements",
        *(f"part_{m}" for m in METHODS if m != "aucun"),
        "part_inconnue",
        "evenements_localises",
        "part_localises_codes",
    ]
    return pd.DataFrame(rows, columns=columns)


def edition_outcomes(editions: pd.Series, coded: pd.DataFrame, modalite: pd.Series | None = None) -> dict[int, dict]:
    """{edition: what coding it gave}, as JSON values: its coding_summary row (without the edition), and its rows
    counted by method, by alert (non-empty) and without a commune. Editions coded in several runs are reported
    together by coding_report()."""
    summary = coding_summary(editions, coded, modalite)
    frame = pd.DataFrame({"edition": editions.astype(int).to_numpy(), "methode": coded["geocodage_methode"].to_numpy(),
                          "alerte": coded["geocodage_alerte"].to_numpy(),
                          "inconnue": coded["code_commune_insee"].to_numpy() == ""})
    groups = dict(iter(frame.groupby("edition", sort=True)))
    outcomes = {}
    for row in summary.to_dict("records"):
        part = groups[row["edition"]]
        alerts = part.loc[part["alerte"] != "", "alerte"]
        outcomes[int(row["edition"])] = {
            "resume": {key: value.item() if hasattr(value, "item") else value
                       for key, value in row.items() if key != "edition"},
            "methodes": {str(k): int(v) for k, v in part["methode"].value_counts().items()},
            "alertes": {str(k): int(v) for k, v in alerts.value_counts().items()},
            "inconnues": int(part["inconnue"].sum()),
            "lignes": len(part),
        }
    return outcomes


# The outcome of an edition without events (edition_outcomes has no row for it).
NO_EVENTS = {"resume": None, "methodes": {}, "alertes": {}, "inconnues": 0, "lignes": 0}


def coding_report(outcomes: dict[int, dict], top: int = 10) -> dict:
    """The figures of the editions' outcomes (edition_outcomes) put together: rows, share of the rows decided by each
    method and without a commune, the `top` alerts by count (ties by text), each edition's summary."""
    rows = sum(outcome["lignes"] for outcome in outcomes.values())
    methods: dict[str, int] = {}
    alerts: dict[str, int] = {}
    for outcome in outcomes.values():
        for method, count in outcome["methodes"].items():
            methods[method] = methods.get(method, 0) + count
        for alert, count in outcome["alertes"].items():
            alerts[alert] = alerts.get(alert, 0) + count
    return {
        "rows": rows,
        "share_by_method": {method: round(count / rows, 4) for method, count in sorted(methods.items())},
        "share_unknown": sum(outcome["inconnues"] for outcome in outcomes.values()) / rows if rows else 0.0,
        "top_alerts": dict(sorted(alerts.items(), key=lambda item: (-item[1], item[0]))[:top]),
        "by_edition": {str(edition): outcomes[edition]["resume"] for edition in sorted(outcomes)
                       if outcomes[edition]["resume"] is not None},
    }


@dataclass
class LetterCounts:
    """How many times each letter occurs in each of a list of texts, to find at once those within a bag distance
    of a query: the larger of the counts of letters one text has and the other lacks, a lower bound of the
    edit distance (an insertion, deletion or substitution changes it by one at most, a transposition not)."""

    alphabet: dict[str, int]
    counts: np.ndarray  # (texts, letters), a column per letter
    lengths: np.ndarray

    @classmethod
    def of(cls, texts: list[str]) -> LetterCounts:
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        # the distinct letters in code order and each letter's column, by a table over the codes (no sort)
        letters = np.flatnonzero(np.bincount(codes)) if len(codes) else np.zeros(0, dtype=np.int64)
        table = np.zeros(int(letters[-1]) + 1 if len(letters) else 1, dtype=np.int64)
        table[letters] = np.arange(len(letters))
        column = table[codes]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        row = np.repeat(np.arange(len(texts)), lengths)
        # counted letter by letter (a column per letter, contiguous): the transpose is the (texts, letters) table
        counts = np.bincount(column.ravel() * len(texts) + row, minlength=len(texts) * len(letters))
        alphabet = {chr(code): k for k, code in enumerate(letters.tolist())}
        return cls(alphabet, counts.reshape(len(letters), len(texts)).T, lengths)

    def rows(self, first: int, last: int) -> LetterCounts:
        """The counts of texts first to last - 1 (views, the same alphabet: a letter none of them has is a column
        of zeros, which within() counts as it counts a letter outside the alphabet)."""
        return LetterCounts(self.alphabet, self.counts[first:last], self.lengths[first:last])

    def within(self, query: str, distance: int) -> np.ndarray:
        """Whether the bag distance from `query` to each text is at most `distance` (necessary for an edit
        distance at most `distance`)."""
        wanted: dict[int, int] = {}
        unknown = 0  # letters of the query no text has
        for letter in query:
            column = self.alphabet.get(letter)
            if column is None:
                unknown += 1
            else:
                wanted[column] = wanted.get(column, 0) + 1
        # letters of the query a text lacks, then (by the lengths) letters of the text the query lacks
        missing = np.full(len(self.lengths), unknown, dtype=np.int64)
        for column, times in wanted.items():
            missing += np.maximum(times - self.counts[:, column], 0)
        extra = self.lengths - len(query) + missing
        return np.maximum(missing, extra) <= distance


def _word_count(key: str) -> int:
    """The words of a name key, an elided article's letter (« d », « l »: a typo moves or drops it with the
    apostrophe, « Orée 'Anjou », « Le Pas-Sint-'lHomer ») and numbers (« Marseilel 8e ») aside."""
    return sum(len(word) > 1 and word.isalpha() for word in key.split())


def _one_word_rewritten(said: str, name: str) -> bool:
    """Whether two names of as many words differ by two errors or more within one word: another word, not two typing
    errors (« Saint-Gilles-les-Bains », a resort of Saint-Paul, is not Saint-Gilles-les-Bois; « Châtillon-sur-Sèvre »,
    Mauléon's former name, is not Châtillon-sur-Seine)."""
    from rapidfuzz.distance import OSA

    said_words, name_words = said.split(), name.split()
    return len(said_words) == len(name_words) and any(
        OSA.distance(a, b) > 1 and min(len(a), len(b)) < REWRITTEN_WORD and not _letters_dropped(a, b)
        for a, b in zip(said_words, name_words, strict=True))


def _doubled_letter_lost(short: str, word: str) -> bool:
    """Whether `short` is `word` with one of two same letters in a row left out (« montpelier », « villeurbane »)."""
    return len(short) == len(word) - 1 and any(
        word[at] == word[at - 1] and word[:at] + word[at + 1:] == short for at in range(1, len(word)))


def _letters_dropped(short: str, word: str) -> bool:
    """Whether `short` is `word` with letters left out, in order: a word cut short or written as its consonants
    (« Brds » for Bordes), which is no other word."""
    letters = iter(word)
    return all(letter in letters for letter in short)


def _nearest_alone(
    query: str, entries: list[Entry], choices: list[str], allowed: int, margin: int, words: int, spaced: str = ""
) -> tuple[str, int, bool]:
    """(code, errors, alias) of the entry whose key is at most `allowed` errors from `query` with every other
    commune at least `margin` errors further, and no fewer words than the name given (`words`): a word the commune's
    name lacks is no typing error (« Saint-Ts », a word cut short, is not Saintes; « Val-d'An » not Vallan), a word
    it has may be one lost (« Bourg-e-Bresse »); ("", 0, False) when none is, or when it is a guess."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(query, choices, scorer=OSA.distance, limit=10, score_cutoff=allowed + margin)
    if not found or found[0][1] > allowed:
        return "", 0, False
    top = entries[found[0][2]]
    if _word_count(top.key) < words:
        return "", 0, False
    if found[0][1] > 1 and spaced and _one_word_rewritten(spaced, top.key):
        return "", 0, False
    rivals = [d for _, d, i in found[1:] if entries[i].code != top.code]
    if rivals and rivals[0] < found[0][1] + margin:
        return "", 0, False
    return top.code, found[0][1], top.alias
