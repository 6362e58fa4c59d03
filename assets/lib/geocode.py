"""Commune coding of places against the COG 2026: INSEE codes, names, and how (or why not) they were decided.

Methods, strongest first: the point's commune polygon (`coordonnees`), the source's own INSEE code once
checked (`code_insee_source`), postal code + normalised name with a fuzzy fallback limited to the postal
code's or the département's communes (`code_postal_commune`), former communes mapped to the commune that
absorbed them (`ancienne_commune`), a name without postal code that no other commune bears
(`commune_seule`), a postal code of a single commune (`code_postal_seul`), and a one-line address parsed
for its postal code and town (`adresse_texte`). When they disagree, when a name is a homonym with nothing
to tell the homonyms apart, or when the place is online, abroad or unreadable, the coder abstains
(`aucun`) and says why in `geocodage_alerte`: a wrong code is worse than none.

The work is done once per distinct text key (postal code, name, INSEE code) and once per distinct point;
rows only gather the results, so a million rows cost what their distinct places cost.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from assets.lib.geocode_text import (
    ParsedAddress,
    PlaceName,
    clean_postal_code,
    compact,
    is_foreign,
    is_multiple,
    is_online,
    is_placeholder,
    name_key,
    parse_address,
    parse_place_name,
    without_article,
)
from assets.lib.reference import (
    REFERENCE_DIR,
    load_commune_contours,
    load_communes,
    load_departements,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
)

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
INPUT_COLUMNS = ("adresse", "code_postal", "commune", "latitude", "longitude", "code_insee_source")

METHODS = (
    "coordonnees",
    "code_insee_source",
    "code_postal_commune",
    "ancienne_commune",
    "commune_seule",
    "code_postal_seul",
    "adresse_texte",
    "aucun",
)

# Reasons of abstention (and reservations on a code), as published in geocodage_alerte.
ALERT_ABSENT = "lieu absent"
ALERT_ONLINE = "en ligne"
ALERT_ABROAD = "hors de France"
ALERT_OVERSEAS = "collectivité d'outre-mer hors COG des communes"
ALERT_UNREADABLE = "lieu illisible"
ALERT_MULTIPLE = "lieux multiples ou territoire entier"
ALERT_NOT_FOUND = "commune introuvable"
ALERT_UNKNOWN_POSTAL = "code postal inconnu"
ALERT_HOMONYMS = "ambigu : {n} communes homonymes"
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

PLM_COMMUNES = {"paris": "75056", "marseille": "13055", "lyon": "69123"}
_ARM_PREFIX = {"paris": ("751", 0), "marseille": ("132", 0), "lyon": ("6938", 0)}
# Monaco lies within the snapping tolerance of Beausoleil and Cap-d'Ail: a point there outside every
# French polygon is in Monaco, not "just off the coast". (lon_min, lat_min, lon_max, lat_max)
_FOREIGN_ENCLAVES = [(7.4090, 43.7247, 7.4398, 43.7519)]
_EARTH_M_PER_DEG = 111_320.0


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


def _join_alerts(*alerts: str) -> str:
    return " ; ".join(a for a in dict.fromkeys(alerts) if a)


@dataclass
class _Entry:
    """A name a commune answers to: its own (COM) or that of a former commune (COMD/COMA) it absorbed."""

    code: str  # current commune (COM)
    key: str
    compact: str
    noart: str
    alias: bool


@dataclass
class Geocoder:
    places: pd.DataFrame  # index COM code: nom_commune, code_departement, departement, code_region, region
    by_postal: dict[str, tuple[str, ...]]  # postal code -> COM codes
    arm_by_postal: dict[str, str]  # PLM postal code -> ARM
    arm_parent: dict[str, str]
    insee: dict[str, tuple[str, str, str]]  # any known code -> (COM, ARM, "COM"|"ARM"|"ancien")
    entries_by_postal: dict[str, list[_Entry]]
    entries_by_dep: dict[str, list[_Entry]]
    national: dict[str, set[str]]  # compact key -> COM codes
    national_noart: dict[str, set[str]]
    national_own: set[str]  # compact keys that are the name of a current commune (not only a former one)
    deps_by_prefix: dict[str, set[str]]
    overseas_postal: set[str]
    overseas_codes: set[str]
    overseas_names: set[str]
    com_geometry: object  # GeoSeries of COM polygons, index = COM code (absent polygons dropped)
    arm_geometry: object
    shared_polygons: dict[str, set[str]]  # COM whose polygon also covers restored communes -> those
    tolerance_m: float = 500.0
    near_m: float = 500.0
    _cache: dict = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ building

    @classmethod
    def from_reference(cls, root: Path | None = None, tolerance_m: float = 500.0) -> Geocoder:
        """A coder over the vendored COG tables and contours in `root` (data/reference by default)."""
        root = Path(root) if root is not None else REFERENCE_DIR
        communes = load_communes(root)
        departements = load_departements(root).set_index("code_departement")["nom_departement"]
        regions = load_regions(root).set_index("code_region")["nom_region"]
        com = communes[communes["type_commune"] == "COM"]
        arm = communes[communes["type_commune"] == "ARM"]
        subs = communes[communes["type_commune"].isin(["COMD", "COMA"])]

        places = pd.DataFrame(
            {
                "nom_commune": com["nom_commune"].to_numpy(),
                "code_departement": com["code_departement"].to_numpy(),
                "code_region": com["code_region"].to_numpy(),
            },
            index=pd.Index(com["code_commune_insee"].to_numpy(), name="code"),
        ).astype(str)
        places["departement"] = places["code_departement"].map(departements).astype(str)
        places["region"] = places["code_region"].map(regions).astype(str)

        by_postal: dict[str, set[str]] = defaultdict(set)
        for code, postal in zip(com["code_commune_insee"], com["codes_postaux"].fillna(""), strict=False):
            for cp in filter(None, str(postal).split("|")):
                by_postal[cp].add(code)
        arm_by_postal: dict[str, set[str]] = defaultdict(set)
        for code, postal in zip(arm["code_commune_insee"], arm["codes_postaux"].fillna(""), strict=False):
            for cp in filter(None, str(postal).split("|")):
                arm_by_postal[cp].add(code)
        arm_parent = dict(zip(arm["code_commune_insee"], arm["code_commune_parente"], strict=False))

        insee: dict[str, tuple[str, str, str]] = {}
        for code, former in zip(com["code_commune_insee"], com["anciens_codes"].fillna(""), strict=False):
            for old in filter(None, str(former).split("|")):
                insee.setdefault(old, (code, "", "ancien"))
        for code, parent in zip(subs["code_commune_insee"], subs["code_commune_parente"], strict=False):
            insee[code] = (parent, "", "ancien")
        for code, parent in arm_parent.items():
            insee[code] = (parent, code, "ARM")
        for code in com["code_commune_insee"]:
            insee[code] = (code, "", "COM")

        entries: list[_Entry] = []
        for code, name in zip(com["code_commune_insee"], com["nom_commune"], strict=False):
            entries.append(cls._entry(code, name, alias=False))
        for parent, name in zip(subs["code_commune_parente"], subs["nom_commune"], strict=False):
            entries.append(cls._entry(parent, name, alias=True))
        postal_of = defaultdict(set)
        for cp, codes in by_postal.items():
            for code in codes:
                postal_of[code].add(cp)
        entries_by_postal: dict[str, list[_Entry]] = defaultdict(list)
        entries_by_dep: dict[str, list[_Entry]] = defaultdict(list)
        national: dict[str, set[str]] = defaultdict(set)
        national_noart: dict[str, set[str]] = defaultdict(set)
        national_own: set[str] = set()
        dep_of = places["code_departement"].to_dict()
        for entry in entries:
            for cp in postal_of.get(entry.code, ()):
                entries_by_postal[cp].append(entry)
            entries_by_dep[dep_of[entry.code]].append(entry)
            national[entry.compact].add(entry.code)
            national_noart[entry.noart].add(entry.code)
            if not entry.alias:
                national_own.update((entry.compact, entry.noart))

        deps_by_prefix: dict[str, set[str]] = defaultdict(set)
        for cp, codes in by_postal.items():
            for code in codes:
                deps_by_prefix[cls._prefix(cp)].add(dep_of[code])

        overseas = load_overseas_collectivities(root)
        overseas_postal = {
            cp for value in overseas["codes_postaux"].fillna("") for cp in str(value).split("|") if cp
        }
        overseas_codes = set(overseas["code_commune_insee"])
        overseas_names = {compact(name_key(n)) for n in overseas["nom_commune"]} - set(national)

        contours = load_commune_contours(root)
        contours = contours[contours.geometry.notna() & ~contours.geometry.is_empty]
        com_geometry = contours[contours["type_commune"] == "COM"].set_index("code_commune_insee").geometry
        arm_geometry = contours[contours["type_commune"] == "ARM"].set_index("code_commune_insee").geometry
        return cls(
            places=places,
            by_postal={cp: tuple(sorted(codes)) for cp, codes in by_postal.items()},
            arm_by_postal={cp: next(iter(codes)) for cp, codes in arm_by_postal.items() if len(codes) == 1},
            arm_parent=arm_parent,
            insee=insee,
            entries_by_postal=dict(entries_by_postal),
            entries_by_dep=dict(entries_by_dep),
            national=dict(national),
            national_noart=dict(national_noart),
            national_own=national_own,
            deps_by_prefix=dict(deps_by_prefix),
            overseas_postal=overseas_postal,
            overseas_codes=overseas_codes,
            overseas_names=overseas_names,
            com_geometry=com_geometry,
            arm_geometry=arm_geometry,
            shared_polygons=cls._shared_polygons(load_manifest(root)),
            tolerance_m=tolerance_m,
        )

    @staticmethod
    def _entry(code: str, name: str, alias: bool) -> _Entry:
        key = name_key(name)
        return _Entry(code, key, compact(key), compact(without_article(key)), alias)

    @staticmethod
    def _prefix(cp: str) -> str:
        return cp[:3] if cp.startswith("97") else cp[:2]

    @staticmethod
    def _shared_polygons(manifest: dict) -> dict[str, set[str]]:
        """Polygons that still cover communes without a polygon of their own, from the manifest's
        `holes` and `known_issues` (an issue naming a non-hole code and hole codes)."""
        contours = manifest.get("contours", {})
        holes = set(contours.get("holes", []))
        shared: dict[str, set[str]] = defaultdict(set)
        for issue in contours.get("known_issues", []):
            codes = re.findall(r"\b(?:\d{5}|2[AB]\d{3})\b", issue)
            covered = {c for c in codes if c in holes}
            for cover in {c for c in codes if c not in holes}:
                shared[cover] |= covered
        return {k: v for k, v in shared.items() if v}

    # ------------------------------------------------------------------ text

    def _deps_of_postal(self, cp: str) -> set[str]:
        return self.deps_by_prefix.get(self._prefix(cp), set()) if cp else set()

    @staticmethod
    def _match(entries: list[_Entry], name: PlaceName) -> tuple[set[str], bool]:
        """Communes among `entries` whose name equals `name` (then without leading article), and
        whether the match was through a former commune only."""
        target = compact(name.key)
        for attribute, value in (("compact", target), ("noart", compact(without_article(name.key)))):
            hits = [e for e in entries if getattr(e, attribute) == value]
            if hits:
                own = {e.code for e in hits if not e.alias}
                if own:
                    return own, False
                return {e.code for e in hits}, True
        return set(), False

    @staticmethod
    def _fuzzy(entries: list[_Entry], name: PlaceName, strict: bool) -> tuple[str, int, bool]:
        """The one commune among `entries` whose name is a few typing errors away from `name`
        (optimal string alignment distance on the compact keys: a swap of two letters is one error),
        with no other commune as close; ("", 0, False) otherwise. Allowed errors grow with the
        length of the name and are fewer at département scope (`strict`)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        query = compact(name.key)
        size = len(query)
        if strict:
            allowed = 0 if size < 6 else 1 if size < 12 else 2
        else:
            allowed = 0 if size < 4 else 1 if size < 8 else 2 if size < 15 else 3
        if not allowed or not entries:
            return "", 0, False
        choices = [e.compact for e in entries]
        found = process.extract(query, choices, scorer=OSA.distance, limit=10, score_cutoff=allowed + 1)
        if not found or found[0][1] > allowed:
            return "", 0, False
        top = entries[found[0][2]]
        rivals = [d for _, d, i in found[1:] if entries[i].code != top.code]
        margin = 2 if strict else 1  # another commune this close makes the correction a guess
        if rivals and rivals[0] < found[0][1] + margin:
            return "", 0, False
        return top.code, found[0][1], top.alias

    def _plm(self, cp: str, name: PlaceName, postal_known: bool) -> Outcome:
        code = PLM_COMMUNES[name.plm_city]
        arm_from_name = _arm_code(name.plm_city, name.arrondissement)
        arm_from_postal = self.arm_by_postal.get(cp or name.postal_code, "")
        if arm_from_postal and self.arm_parent.get(arm_from_postal) != code:
            arm_from_postal = ""
        if cp and postal_known and code not in self.by_postal.get(cp, ()):
            if self.places.at[code, "code_departement"] not in self._deps_of_postal(cp):
                return _abstain(ALERT_POSTAL_NAME, (code, *self.by_postal[cp]))
        alert = ""
        if arm_from_name and arm_from_postal and arm_from_name != arm_from_postal:
            arm, alert = "", ALERT_ARM_UNSURE
        else:
            arm = arm_from_name or arm_from_postal
        method = "code_postal_commune" if cp else "commune_seule"
        return Outcome(code, arm, method, 1.0, alert, strong=True, used_text=True)

    def _decide_text(self, cp_raw: str, name_raw: str, address: ParsedAddress | None = None) -> Outcome:
        """Outcome of a postal code and a commune name (and, when they are missing, an address)."""
        if name_raw and is_online(name_raw) and not is_foreign(name_raw):
            return _abstain(ALERT_ONLINE, used_text=False)
        cp, padded = clean_postal_code(cp_raw)
        name = parse_place_name(name_raw) if name_raw and not is_placeholder(name_raw) else PlaceName("")
        if name.key and is_multiple(name_raw):
            return _abstain(ALERT_MULTIPLE, used_text=False)
        if address is not None:
            if not cp and address.postal_code:
                cp = address.postal_code
            if not name.key and address.town and not is_placeholder(address.town):
                name = parse_place_name(address.town)
        if not cp and name.postal_code:
            cp = name.postal_code
        if cp in self.overseas_postal or (name.key and not cp and compact(name.key) in self.overseas_names):
            return _abstain(ALERT_OVERSEAS, veto=True)
        postal_known = cp in self.by_postal
        deps = self._deps_of_postal(cp) if cp else ({name.departement} if name.departement else set())
        if cp and not deps:
            cp, deps = "", ({name.departement} if name.departement else set())  # not a French postal code
        if name.departement and cp:
            deps = deps & {name.departement} or deps

        if name.plm_city:
            return self._plm(cp, name, postal_known)
        if name.key:
            return self._by_name(cp, padded, name, name_raw, postal_known, deps)
        if postal_known:
            codes = self.by_postal[cp]
            if len(codes) == 1:
                arm = self.arm_by_postal.get(cp, "")
                return Outcome(codes[0], arm, "code_postal_seul", 0.8, used_text=True)
            return _abstain(ALERT_SHARED_POSTAL.format(n=len(codes)), codes)
        if cp:
            return _abstain(ALERT_UNKNOWN_POSTAL)
        if name_raw and is_foreign(name_raw):
            return _abstain(ALERT_ABROAD, veto=True)
        if name_raw and not is_placeholder(name_raw):
            return _abstain(ALERT_UNREADABLE)
        if name_raw:
            return _abstain(ALERT_UNREADABLE, used_text=False)
        return _abstain(ALERT_ABSENT, used_text=False)

    def _by_name(self, cp, padded, name: PlaceName, name_raw, postal_known, deps) -> Outcome:
        foreign = is_foreign(name_raw)
        # 1. among the communes of the postal code
        if postal_known:
            hits, alias = self._match(self.entries_by_postal.get(cp, []), name)
            if len(hits) == 1:
                code = next(iter(hits))
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(
                    code,
                    self.arm_by_postal.get(cp, "") if code in PLM_COMMUNES.values() else "",
                    method,
                    1.0 if not alias else 0.97,
                    strong=True,
                    used_text=True,
                )
            if len(hits) > 1:
                return _abstain(ALERT_HOMONYMS.format(n=len(hits)), hits)
        # 2. among the communes of the département (CEDEX, unknown or wrong postal code)
        dep_entries = [e for dep in sorted(deps) for e in self.entries_by_dep.get(dep, [])]
        if dep_entries:
            hits, alias = self._match(dep_entries, name)
            if len(hits) == 1:
                code = next(iter(hits))
                alert = ALERT_POSTAL_OTHER if postal_known else ""
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(
                    code, "", method, 0.95 if postal_known else 0.97, alert, strong=True, used_text=True
                )
            if len(hits) > 1:
                return _abstain(ALERT_HOMONYMS.format(n=len(hits)), hits)
        # 3. typos, among the communes of the postal code then of the département
        if postal_known:
            code, errors, alias = self._fuzzy(self.entries_by_postal.get(cp, []), name, strict=False)
            if code:
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(code, "", method, round(0.9 - 0.05 * errors, 3), ALERT_FUZZY, used_text=True)
        if dep_entries:
            code, errors, alias = self._fuzzy(dep_entries, name, strict=True)
            if code:
                method = "ancienne_commune" if alias else "code_postal_commune"
                return Outcome(code, "", method, round(0.85 - 0.05 * errors, 3), ALERT_FUZZY, used_text=True)
        national = self.national.get(compact(name.key)) or self.national_noart.get(
            compact(without_article(name.key)), set()
        )
        # 4. a postal code (or département) and a name that belong to different places
        if deps:
            if national:
                return _abstain(ALERT_POSTAL_NAME, set(national) | set(self.by_postal.get(cp, ())))
            if foreign:
                return _abstain(ALERT_ABROAD, veto=True)
            if postal_known and not padded and len(self.by_postal[cp]) == 1:
                # a hamlet or a name too damaged to read, under a postal code of one commune
                code = self.by_postal[cp][0]
                return Outcome(
                    code,
                    self.arm_by_postal.get(cp, ""),
                    "code_postal_seul",
                    0.6,
                    ALERT_NAME_UNKNOWN,
                    used_text=True,
                )
            if postal_known:
                return _abstain(ALERT_NOT_FOUND, self.by_postal[cp])
            return _abstain(ALERT_NOT_FOUND)
        # 5. a name alone
        if len(national) == 1:
            own = (
                compact(name.key) in self.national_own
                or compact(without_article(name.key)) in self.national_own
            )
            return Outcome(
                next(iter(national)), "", "commune_seule" if own else "ancienne_commune", 0.9, used_text=True
            )
        if len(national) > 1:
            return _abstain(ALERT_HOMONYMS.format(n=len(national)), national)
        if foreign:
            return _abstain(ALERT_ABROAD, veto=True)
        return _abstain(ALERT_NOT_FOUND)

    def _decide_insee(self, raw: str) -> tuple[Outcome | None, str]:
        """(outcome of a source INSEE code, or None when absent or unknown; reservation alert)."""
        code = re.sub(r"\s+", "", str(raw or "")).upper()
        if code.endswith(".0"):
            code = code[:-2]
        if not code or code in ("NAN", "NONE"):
            return None, ""
        if re.fullmatch(r"\d{4}", code):
            code = "0" + code
        if code.startswith("99") and len(code) == 5:
            return _abstain(ALERT_ABROAD, veto=True), ""
        if code in self.overseas_codes:
            return _abstain(ALERT_OVERSEAS, veto=True), ""
        found = self.insee.get(code)
        if found is None:
            return None, f"{ALERT_INSEE_UNKNOWN} ({code})"[:80]
        current, arm, kind = found
        if kind == "ancien":
            return Outcome(current, arm, "ancienne_commune", 0.97, strong=True, used_text=True), ""
        return Outcome(current, arm, "code_insee_source", 1.0, strong=True, used_text=True), ""

    def decide(self, cp_raw: str, name_raw: str, insee_raw: str = "", address_raw: str = "") -> Outcome:
        """Outcome of one place's text: the source INSEE code checked against the postal code and
        name; the address is read only when they give nothing."""
        key = (cp_raw, name_raw, insee_raw, address_raw)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        text = self._decide_text(cp_raw, name_raw)
        if address_raw and text.code and not text.strong:
            if is_foreign(address_raw, cities=False) or is_foreign(name_raw, cities=False):
                text = _abstain(ALERT_ABROAD, veto=True)  # "B-4000 Liège" is not Le Liège (37)
        elif address_raw and _wants_address(text):
            parsed = parse_address(address_raw)
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
            if not text.code and not text.candidates and not text.used_text:
                if is_online(address_raw):
                    text = _abstain(ALERT_ONLINE, used_text=False)
                elif is_foreign(address_raw):
                    text = _abstain(ALERT_ABROAD, veto=True)
        insee, insee_alert = self._decide_insee(insee_raw)
        outcome = self._with_insee(text, insee, insee_alert, cp_raw, insee_raw)
        if len(self._cache) < 500_000:
            self._cache[key] = outcome
        return outcome

    @staticmethod
    def _with_insee(
        text: Outcome, insee: Outcome | None, insee_alert: str, cp_raw: str, insee_raw: str
    ) -> Outcome:
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
            if (
                clean_postal_code(insee_raw)[0]
                and clean_postal_code(insee_raw)[0] == clean_postal_code(cp_raw)[0]
            ):
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

    # ------------------------------------------------------------------ coordinates

    def locate(self, lat: np.ndarray, lon: np.ndarray) -> pd.DataFrame:
        """Commune of each point: columns code, arm, how ("dedans", "proche", "inverse", "" when
        outside France beyond the tolerance) and distance_m (to the polygon when snapped)."""
        import shapely

        n = len(lat)
        code = np.full(n, "", dtype=object)
        arm = np.full(n, "", dtype=object)
        how = np.full(n, "", dtype=object)
        distance = np.zeros(n)
        if n == 0:
            return pd.DataFrame({"code": code, "arm": arm, "how": how, "distance_m": distance})
        com_codes = self.com_geometry.index.to_numpy()
        sindex = self.com_geometry.sindex
        points = shapely.points(lon, lat)
        hit_point, hit_poly = sindex.query(points, predicate="within")
        code[hit_point] = com_codes[hit_poly]
        how[hit_point] = "dedans"

        missing = np.flatnonzero(how == "")
        if len(missing):
            # nearest polygon within the tolerance, in metres at the point's latitude (degrees of
            # longitude shrink with latitude, so every polygon within the box is measured)
            scale = np.cos(np.radians(np.clip(lat[missing], -80, 80)))
            max_deg = self.tolerance_m / (_EARTH_M_PER_DEG * scale.min())
            near_point, near_poly = sindex.query(points[missing], predicate="dwithin", distance=max_deg)
            if len(near_point):
                source = missing[near_point]
                polys = self.com_geometry.to_numpy()[near_poly]
                lines = shapely.shortest_line(points[source], polys)
                ends = shapely.get_coordinates(lines).reshape(-1, 2, 2)
                dx = (ends[:, 1, 0] - ends[:, 0, 0]) * _EARTH_M_PER_DEG * np.cos(np.radians(lat[source]))
                dy = (ends[:, 1, 1] - ends[:, 0, 1]) * _EARTH_M_PER_DEG
                metres = np.hypot(dx, dy)
                order = np.lexsort((metres, source))
                source, polys_idx, metres = source[order], near_poly[order], metres[order]
                first = np.r_[True, source[1:] != source[:-1]]
                source, polys_idx, metres = source[first], polys_idx[first], metres[first]
                ok = metres <= self.tolerance_m
                for x0, y0, x1, y1 in _FOREIGN_ENCLAVES:
                    ok &= ~(
                        (lon[source] >= x0) & (lon[source] <= x1) & (lat[source] >= y0) & (lat[source] <= y1)
                    )
                code[source[ok]] = com_codes[polys_idx[ok]]
                how[source[ok]] = "proche"
                distance[source[ok]] = metres[ok]

        missing = np.flatnonzero(how == "")
        if len(missing):
            # latitude and longitude swapped: only a point strictly inside a polygon is taken
            swapped = shapely.points(lat[missing], lon[missing])
            hit_point, hit_poly = sindex.query(swapped, predicate="within")
            code[missing[hit_point]] = com_codes[hit_poly]
            how[missing[hit_point]] = "inverse"

        in_plm = np.flatnonzero(np.isin(code, list(PLM_COMMUNES.values())) & (how != ""))
        if len(in_plm):
            swapped_rows = how[in_plm] == "inverse"
            plm_points = np.where(swapped_rows, shapely.points(lat[in_plm], lon[in_plm]), points[in_plm])
            arm_codes = self.arm_geometry.index.to_numpy()
            hit_point, hit_poly = self.arm_geometry.sindex.query(plm_points, predicate="within")
            arm[in_plm[hit_point]] = arm_codes[hit_poly]
        return pd.DataFrame({"code": code, "arm": arm, "how": how, "distance_m": distance})

    def _distance_to(self, lat: np.ndarray, lon: np.ndarray, codes: np.ndarray) -> np.ndarray:
        """Metres from each point to the polygon of the commune in `codes` (inf without polygon)."""
        import shapely

        out = np.full(len(codes), np.inf)
        position = self.com_geometry.index.get_indexer(codes)
        has = position >= 0
        if has.any():
            polys = self.com_geometry.to_numpy()[position[has]]
            points = shapely.points(lon[has], lat[has])
            lines = shapely.shortest_line(points, polys)
            ends = shapely.get_coordinates(lines).reshape(-1, 2, 2)
            dx = (ends[:, 1, 0] - ends[:, 0, 0]) * _EARTH_M_PER_DEG * np.cos(np.radians(lat[has]))
            dy = (ends[:, 1, 1] - ends[:, 0, 1]) * _EARTH_M_PER_DEG
            out[has] = np.hypot(dx, dy)
        return out

    # ------------------------------------------------------------------ rows

    def code(self, frame: pd.DataFrame, progress=None) -> pd.DataFrame:
        """OUTPUT_COLUMNS for each row of `frame`, aligned on its index. Reads whichever of the columns
        code_postal, commune, adresse, code_insee_source, latitude, longitude (and modalite, lieu)
        are present; a frame with none of them gets "lieu absent" everywhere."""
        n = len(frame)

        def text_column(name: str) -> np.ndarray:
            if name not in frame.columns:
                return np.full(n, "", dtype=object)
            return frame[name].astype("string").fillna("").str.strip().to_numpy(dtype=object)

        cp, name, insee, address = (
            text_column(c) for c in ("code_postal", "commune", "code_insee_source", "adresse")
        )
        online = np.zeros(n, dtype=bool)
        if "modalite" in frame.columns:
            online = frame["modalite"].astype("string").fillna("").to_numpy(dtype=object) == "en_ligne"

        # distinct text keys; the address only matters where postal code, name and INSEE code are all
        # missing or unusable, so it is left out of the key elsewhere (addresses are nearly unique)
        key_frame = pd.DataFrame({"cp": cp, "name": name, "insee": insee})
        key_id, keys = pd.MultiIndex.from_frame(key_frame).factorize()
        outcomes = [self.decide(c, m, i) for c, m, i in keys]
        needs_address = np.array([_wants_address(o) for o in outcomes], dtype=bool)
        row_needs = needs_address[key_id] & (address != "") if len(outcomes) else np.zeros(n, dtype=bool)
        if row_needs.any():
            extra = pd.DataFrame({"k": key_id[row_needs], "a": address[row_needs]})
            extra_id, extra_keys = pd.MultiIndex.from_frame(extra).factorize()
            extra_outcomes = [self.decide(*keys[k], address_raw=a) for k, a in extra_keys]
            key_id = key_id.astype(np.int64)
            key_id[row_needs] = len(outcomes) + extra_id
            outcomes = outcomes + extra_outcomes
        if progress is not None:
            progress(0.5)
        text = pd.DataFrame(
            [(o.code, o.arm, o.method, o.score, o.alert, o.veto, o.strong, o.used_text) for o in outcomes]
            or None,
            columns=["code", "arm", "method", "score", "alert", "veto", "strong", "used_text"],
        )
        candidates = pd.DataFrame(
            [(i, c) for i, o in enumerate(outcomes) for c in o.candidates], columns=["text_id", "candidate"]
        )

        lat, lon = self._coordinates(frame)
        has_point = ~(np.isnan(lat) | np.isnan(lon))
        point_id = np.full(n, -1, dtype=np.int64)
        located = pd.DataFrame({"code": [], "arm": [], "how": [], "distance_m": []})
        point_lat = point_lon = np.zeros(0)
        if has_point.any():
            packed = (np.round(lat[has_point] * 1e6).astype(np.int64) + 90_000_000) * 400_000_000 + (
                np.round(lon[has_point] * 1e6).astype(np.int64) + 180_000_000
            )
            distinct, inverse = np.unique(packed, return_inverse=True)
            point_id[has_point] = inverse
            point_lat = (distinct // 400_000_000 - 90_000_000) / 1e6
            point_lon = (distinct % 400_000_000 - 180_000_000) / 1e6
            located = self.locate(point_lat, point_lon)

        pairs = pd.DataFrame({"text_id": key_id, "point_id": point_id, "online": online})
        pair_id, distinct_pairs = pd.MultiIndex.from_frame(pairs).factorize()
        distinct_frame = distinct_pairs.to_frame(index=False, name=["text_id", "point_id", "online"])
        decided = self._combine(distinct_frame, text, candidates, located, point_lat, point_lon)
        result = decided.iloc[pair_id].reset_index(drop=True)
        out = _source_place_facts(frame, self._describe(result))
        out.index = frame.index
        if progress is not None:
            progress(1.0)
        return out

    @staticmethod
    def _coordinates(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        def number(column: str, bound: float) -> np.ndarray:
            if column not in frame.columns:
                return np.full(len(frame), np.nan)
            values = frame[column]
            if not pd.api.types.is_numeric_dtype(values):
                values = pd.to_numeric(
                    values.astype("string").str.strip().str.replace(",", ".", regex=False), errors="coerce"
                )
            values = values.astype("float64").to_numpy(na_value=np.nan, copy=True)
            values[np.abs(values) > bound] = np.nan
            return values

        lat, lon = number("latitude", 90), number("longitude", 180)
        zero = (lat == 0) & (lon == 0)
        lat[zero] = lon[zero] = np.nan
        return lat, lon

    def _combine(self, pairs, text, candidates, located, point_lat, point_lon) -> pd.DataFrame:
        """One decision per distinct (text outcome, point, online flag), vectorised."""
        t = text.iloc[pairs["text_id"].to_numpy()].reset_index(drop=True)
        has_point = pairs["point_id"].to_numpy() >= 0
        pid = np.where(has_point, pairs["point_id"].to_numpy(), 0)
        if len(located):
            p = located.iloc[pid].reset_index(drop=True)
            p.loc[~has_point, ["code", "arm", "how"]] = ""
            plat, plon = point_lat[pid], point_lon[pid]
        else:
            p = pd.DataFrame({"code": [""] * len(pairs), "arm": "", "how": "", "distance_m": 0.0})
            plat = plon = np.zeros(len(pairs))
        online = pairs["online"].to_numpy()

        code = t["code"].to_numpy(dtype=object).copy()
        arm = t["arm"].to_numpy(dtype=object).copy()
        method = t["method"].to_numpy(dtype=object).copy()
        score = t["score"].to_numpy(dtype=float).copy()
        alert = t["alert"].to_numpy(dtype=object).copy()
        xy = p["code"].to_numpy(dtype=object)
        xy_arm = p["arm"].to_numpy(dtype=object)
        how = p["how"].to_numpy(dtype=object)
        in_france = xy != ""
        text_code = t["code"].to_numpy(dtype=object)
        has_text = text_code != ""

        # the point's polygon also covers restored communes: only the text can tell which
        shared = pd.Index(xy).isin(list(self.shared_polygons))
        covered = np.zeros(len(xy), dtype=bool)
        for cover, restored in self.shared_polygons.items():
            covered |= (xy == cover) & pd.Index(text_code).isin(sorted(restored))

        # candidates of an abstaining text that the point may choose from
        if len(candidates):
            wanted = pd.DataFrame(
                {"text_id": pairs["text_id"].to_numpy(), "candidate": xy, "row": np.arange(len(xy))}
            )
            allowed_rows = wanted.merge(candidates, on=["text_id", "candidate"])["row"].to_numpy()
        else:
            allowed_rows = np.zeros(0, dtype=np.int64)
        allowed = np.zeros(len(xy), dtype=bool)
        allowed[allowed_rows] = True
        has_candidates = np.zeros(len(xy), dtype=bool)
        if len(candidates):
            has_candidates = np.isin(pairs["text_id"].to_numpy(), candidates["text_id"].unique())

        same = in_france & has_text & (xy == text_code)
        near = np.zeros(len(xy), dtype=bool)
        disagree = in_france & has_text & ~same & ~covered
        if disagree.any():
            rows = np.flatnonzero(disagree)
            near[rows] = self._distance_to(plat[rows], plon[rows], text_code[rows].astype(str)) <= self.near_m

        # 1. point and text agree: the point decides, the text confirms it
        arm_pick = np.where(xy_arm != "", xy_arm, arm)
        arm_clash = same & (xy_arm != "") & (arm != "") & (xy_arm != arm)
        method[same] = "coordonnees"
        score[same] = np.where(how[same] == "inverse", 0.9, 1.0)
        alert[same] = np.where(how[same] == "inverse", ALERT_SWAPPED, "")
        arm[same] = arm_pick[same]
        arm[arm_clash] = ""
        alert[arm_clash] = ALERT_ARM_UNSURE
        # 2. a restored commune under the polygon that still covers it, or a point just over the
        #    border of the commune the text names: the text decides
        alert[near & has_text & ~covered] = [
            _join_alerts(a, ALERT_NEAR_BORDER) for a in alert[near & has_text & ~covered]
        ]
        # 3. point and text name different places
        conflict = disagree & ~near
        # 4. no answer from the text: the point decides unless the text rules its commune out
        point_only = in_france & ~has_text
        veto = t["veto"].to_numpy(dtype=bool)
        excluded = point_only & (veto | (has_candidates & ~allowed))
        unsure = point_only & ~excluded & shared
        take_point = point_only & ~excluded & ~unsure
        # 5. text answer and a point outside France: the point is ignored
        outside = has_point & ~in_france
        text_over_outside = outside & has_text

        code[conflict] = ""
        arm[conflict] = ""
        method[conflict] = "aucun"
        score[conflict] = 0.0
        alert[conflict] = ALERT_XY_TEXT
        code[excluded] = ""
        arm[excluded] = ""
        method[excluded] = "aucun"
        score[excluded] = 0.0
        alert[excluded] = np.where(veto[excluded], ALERT_XY_ABROAD, ALERT_XY_TEXT)
        # a point just over the border of exactly one of the communes the text allows picks it
        rescue = np.flatnonzero(excluded & ~veto & has_candidates)
        if len(rescue):
            wanted = pd.DataFrame({"text_id": pairs["text_id"].to_numpy()[rescue], "row": rescue})
            options = wanted.merge(candidates, on="text_id")
            rows = options["row"].to_numpy()
            metres = self._distance_to(plat[rows], plon[rows], options["candidate"].to_numpy(dtype=object))
            close = options[metres <= self.near_m]
            single = close.groupby("row")["candidate"].agg(["first", "size"])
            single = single[single["size"] == 1]
            picked = single.index.to_numpy()
            code[picked] = single["first"].to_numpy(dtype=object)
            method[picked] = "coordonnees"
            score[picked] = 0.85
            alert[picked] = ALERT_NEAR_BORDER
        alert[unsure] = ALERT_SHARED_POLYGON
        code[take_point] = xy[take_point]
        arm[take_point] = xy_arm[take_point]
        method[take_point] = "coordonnees"
        used = t["used_text"].to_numpy(dtype=bool)
        point_score = np.select([how == "dedans", how == "proche"], [0.95, 0.8], 0.75)
        point_score = np.where(allowed, 1.0, point_score)
        score[take_point] = point_score[take_point]
        point_alert = np.select([how == "proche", how == "inverse"], [ALERT_SNAPPED, ALERT_SWAPPED], "")
        text_alert_kept = np.where(np.isin(alert, [ALERT_ONLINE]) & ~used, alert, "")
        alert[take_point] = [
            _join_alerts(a, b)
            for a, b in zip(point_alert[take_point], text_alert_kept[take_point], strict=False)
        ]
        alert[text_over_outside] = [
            _join_alerts(a, ALERT_ABROAD_XY_IGNORED) for a in alert[text_over_outside]
        ]
        # a point far outside France explains the abstention better than homonyms or a missing name
        abroad_only = outside & ~has_text & ~veto & ~np.char.startswith(alert.astype(str), "conflit")
        alert[abroad_only] = ALERT_ABROAD

        # an online event with no place at all
        nothing = (code == "") & online & np.isin(alert, [ALERT_ABSENT, ALERT_UNREADABLE, ALERT_NOT_FOUND])
        alert[nothing] = ALERT_ONLINE
        flagged_online = (code != "") & online
        alert[flagged_online] = [_join_alerts(a, ALERT_ONLINE) for a in alert[flagged_online]]
        return pd.DataFrame({"code": code, "arm": arm, "method": method, "score": score, "alert": alert})

    def _describe(self, result: pd.DataFrame) -> pd.DataFrame:
        places = self.places.reindex(result["code"].to_numpy())
        coded = result["code"].to_numpy() != ""
        out = pd.DataFrame(
            {
                "code_commune_insee": result["code"].to_numpy(),
                "nom_commune": places["nom_commune"].to_numpy(),
                "code_arrondissement_municipal": result["arm"].to_numpy(),
                "code_departement": places["code_departement"].to_numpy(),
                "departement": places["departement"].to_numpy(),
                "code_region": places["code_region"].to_numpy(),
                "region": places["region"].to_numpy(),
                "geocodage_methode": np.where(coded, result["method"].to_numpy(), "aucun"),
                "geocodage_score": np.where(coded, result["score"].to_numpy(dtype=float), 0.0).round(3),
                "geocodage_alerte": result["alert"].to_numpy(),
            }
        )
        for column in OUTPUT_COLUMNS:
            if column != "geocodage_score":
                out[column] = out[column].astype(object).where(out[column].notna(), "").astype(str)
        return out[OUTPUT_COLUMNS]


# ISO 3166 codes of France and of its overseas territories (a location.countryCode of OpenAgenda).
FRENCH_COUNTRY_CODES = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF"})


def _source_place_facts(frame: pd.DataFrame, out: pd.DataFrame) -> pd.DataFrame:
    """What the source said about the place, applied to the coder's answer: a country code other than
    France's (`code_pays_source`) means abroad, whatever the text; a row with a place (`lieu` or
    `adresse`) that could not be coded is "commune introuvable", never "lieu absent" (so the coding-rate
    check counts it)."""
    def text(name: str) -> np.ndarray:
        if name not in frame.columns:
            return np.full(len(frame), "", dtype=object)
        return frame[name].astype("string").fillna("").str.strip().to_numpy(dtype=object)

    country = np.char.upper(text("code_pays_source").astype(str))
    abroad = (country != "") & ~np.isin(country, list(FRENCH_COUNTRY_CODES))
    if abroad.any():
        for column in OUTPUT_COLUMNS:
            if column not in ("geocodage_methode", "geocodage_score", "geocodage_alerte"):
                out.loc[abroad, column] = ""
        out.loc[abroad, "geocodage_methode"] = "aucun"
        out.loc[abroad, "geocodage_score"] = 0.0
        out.loc[abroad, "geocodage_alerte"] = ALERT_ABROAD
    has_place = (text("lieu") != "") | (text("adresse") != "")
    out.loc[has_place & (out["geocodage_alerte"].to_numpy() == ALERT_ABSENT), "geocodage_alerte"] = ALERT_NOT_FOUND
    return out


def method_shares(methods: pd.Series) -> dict[str, float]:
    """Share of rows decided by each method (every method listed, 0 when unused)."""
    total = len(methods)
    counts = methods.value_counts()
    return {m: round(float(counts.get(m, 0)) / total, 4) if total else 0.0 for m in METHODS}


LOCATED_CODED_THRESHOLD = 0.97


def coding_summary(
    editions: pd.Series, coded: pd.DataFrame, modalite: pd.Series | None = None
) -> pd.DataFrame:
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
        row.update(
            {f"part_{m}": round(float((part["methode"] == m).mean()), 4) for m in METHODS if m != "aucun"}
        )
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
