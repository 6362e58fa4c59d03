"""Labelled evaluation set of messy place descriptions for the commune coder, built from the reference data.

Every row says which defect family it belongs to and what the right answer is: the current commune
(and arrondissement municipal) the place belongs to, or an empty code where the right answer is to
abstain (online, abroad, unreadable, homonyms with nothing to tell them apart, conflicting clues).
The labels come from the COG tables and the contours alone, never from the coder, and the set is
deterministic for a given seed.

    python scripts/geocode_eval_set.py -o /tmp/geocode_eval.csv [--per-family 260] [--seed 2026]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assets.lib.geocode_tables import FORMER_REGIONS, postal_prefix  # noqa: E402
from assets.lib.geocode_text import compact, name_key, without_article  # noqa: E402
from assets.lib.reference import (  # noqa: E402
    CODED_COLLECTIVITIES,
    REFERENCE_DIR,
    load_collectivity_contours,
    load_commune_contours,
    load_communes,
    load_departements,
    load_manifest,
    load_overseas_collectivities,
    load_regions,
)

COLUMNS = [
    "famille",
    "adresse",
    "code_postal",
    "commune",
    "latitude",
    "longitude",
    "code_insee_source",
    "code_pays",
    "attendu_code_commune",
    "attendu_arrondissement",
    "note",
]
M_PER_DEG = 111_320.0
STREETS = [
    "rue de la République",
    "place de la Mairie",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "chemin des Écoliers",
    "boulevard Pasteur",
    "rue du Moulin",
    "place de l'Église",
    "allée des Tilleuls",
    "rue de la Gare",
    "impasse des Lilas",
    "route de la Forêt",
    "quai des Bateliers",
    "rue Émile Zola",
    "cours Gambetta",
]
VENUES = ["Salle des fêtes", "Maison des associations", "Tiers-lieu La Fabrique", "Médiathèque", "Mairie"]
ONLINE = [
    "En ligne",
    "en ligne",
    "Visioconférence",
    "Webinaire",
    "Zoom",
    "Teams",
    "Distanciel",
    "À distance",
    "https://meet.jit.si/mois-ess",
    "Online",
    "Visio (lien envoyé après inscription)",
    "Facebook Live",
]
GARBAGE = [
    "???",
    "N/A",
    "n.c.",
    "xxx",
    "à définir",
    "A DEFINIR",
    "-",
    "—",
    "TBD",
    "NULL",
    "nan",
    "0",
    "12345",
    "inconnu",
    "Non communiqué",
    "voir description",
    "lieu à confirmer",
    "qsdfgh",
    "azerty",
    "Lieu",
    ".",
    "Sur inscription",
    "à préciser",
]
FOREIGN_TEXT = [
    ("", "Bruxelles", "Rue Neuve 12, 1000 Bruxelles, Belgique"),
    ("1000", "Bruxelles", ""),
    ("", "Genève", "CH-1201 Genève"),
    ("", "Liège", "B-4000 Liège"),
    ("", "Luxembourg", "L-1150 Luxembourg"),
    ("08001", "Barcelona", "Carrer de Pelai 1, 08001 Barcelona, Espagne"),
    ("10115", "Berlin", "Invalidenstraße 10, 10115 Berlin, Allemagne"),
    ("", "Lausanne", "Suisse"),
    ("", "Montréal", "Montréal, Québec, Canada"),
    ("", "Dakar", "Dakar, Sénégal"),
    ("", "Tunis", ""),
    ("", "Casablanca", "Maroc"),
    ("", "Mons", "Grand-Place 22, 7000 Mons, Belgique"),
    ("", "Londres", "Royaume-Uni"),
    ("98000", "Monaco", ""),
]
FOREIGN_POINTS = [  # (name, lat, lon): city centres abroad, several near the French border
    ("Bruxelles", 50.8467, 4.3525),
    ("Genève", 46.2044, 6.1432),
    ("Bâle", 47.5596, 7.5886),
    ("Luxembourg", 49.6116, 6.1319),
    ("Kehl", 48.5731, 7.8163),
    ("Monaco", 43.7384, 7.4246),
    ("Saint-Sébastien", 43.3183, -1.9812),
    ("Turin", 45.0703, 7.6869),
    ("Barcelone", 41.3874, 2.1686),
    ("Andorre-la-Vieille", 42.5063, 1.5218),
    ("Londres", 51.5072, -0.1276),
    ("Mons", 50.4542, 3.9567),
    ("Tournai", 50.6056, 3.3878),
    ("Sarrebruck", 49.2402, 6.9969),
    ("Vintimille", 43.7914, 7.6079),
    ("Mouscron", 50.7446, 3.2139),
    ("Arlon", 49.6833, 5.8167),
    ("Irun", 43.3390, -1.7894),
    ("Lausanne", 46.5197, 6.6323),
    ("Fribourg-en-Brisgau", 47.9990, 7.8421),
]
ABBREVIATIONS = [("Saint-", ["St-", "St ", "ST ", "St.-", "st "]), ("Sainte-", ["Ste-", "Ste ", "STE "])]


def _of(name: str) -> str:
    """« de Rennes », « du Mans », « des Sables-d'Olonne », « de La Rochelle », « d'Angers »."""
    for article, link in (("Le ", "du "), ("Les ", "des ")):
        if name.startswith(article):
            return link + name[len(article):]
    return ("d'" if strip_accents(name[:1]).lower() in "aeiouy" else "de ") + name


def strip_accents(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Builder:
    def __init__(self, root: Path, seed: int):
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.root_dir = root
        communes = load_communes(root)
        self.communes = communes
        self.com = communes[communes["type_commune"] == "COM"].reset_index(drop=True)
        self.com["postaux"] = self.com["codes_postaux"].fillna("").str.split("|")
        self.com["key"] = self.com["nom_commune"].map(lambda n: compact(name_key(n)))
        self.by_code = self.com.set_index("code_commune_insee")
        subs = communes[communes["type_commune"].isin(["COMD", "COMA"])]
        self.subs = subs
        # every name a place answers to (current or former), to know which names are unambiguous
        self.names: dict[str, set[str]] = defaultdict(set)
        for code, name in zip(self.com["code_commune_insee"], self.com["nom_commune"], strict=False):
            self._add_name(name, code)
        for parent, name in zip(subs["code_commune_parente"], subs["nom_commune"], strict=False):
            self._add_name(name, parent)
        self.postal: dict[str, set[str]] = defaultdict(set)
        for code, codes in zip(self.com["code_commune_insee"], self.com["postaux"], strict=False):
            for cp in codes:
                if cp:
                    self.postal[cp].add(code)
        self.overseas = load_overseas_collectivities(root)
        contours = load_commune_contours(root)
        contours = contours[contours.geometry.notna()]
        self.geom = contours[contours["type_commune"] == "COM"].set_index("code_commune_insee").geometry
        self.arm_geom = contours[contours["type_commune"] == "ARM"].set_index("code_commune_insee").geometry
        self.tree = shapely.STRtree(self.geom.to_numpy())
        self.codes = self.geom.index.to_numpy()
        manifest = load_manifest(root)
        self.holes = set(manifest["contours"]["holes"])
        self.rows: list[dict] = []
        self._plain_names: dict[str, list[str]] = {}

    def _add_name(self, name: str, code: str) -> None:
        key = name_key(name)
        self.names[compact(key)].add(code)
        self.names["noart:" + compact(without_article(key))].add(code)

    def nearest_communes(self, text: str, departement: str = "") -> set[str]:
        """The communes (of `departement`, when given) whose name, current or former, is nearest to
        `text` in typing errors (optimal string alignment on compact keys); empty for a text of fewer
        than five letters, which names too many places to point at one."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if departement not in self._plain_names:
            self._plain_names[departement] = sorted(
                k
                for k, codes in self.names.items()
                if not k.startswith("noart:")
                and (not departement or any(self.by_code.loc[c, "code_departement"] == departement for c in codes))
            )
        query = compact(name_key(text))
        if len(query) < 5:
            return set()
        found = process.extract(query, self._plain_names[departement], scorer=OSA.distance, limit=20, score_cutoff=4)
        if not found:
            return set()
        best = found[0][1]
        codes = {code for key, distance, _ in found if distance == best for code in self.names[key]}
        return {c for c in codes if not departement or self.by_code.loc[c, "code_departement"] == departement}

    def named_in(self, name: str, departements: set[str]) -> list[str]:
        """The current communes answering to `name` (see names) in `departements`."""
        return [code for code in self.names.get(compact(name_key(name)), set())
                if code in self.by_code.index and self.by_code.loc[code, "code_departement"] in departements]

    def unique_name(self, name: str) -> bool:
        key = name_key(name)
        return len(self.names[compact(key)]) == 1 and len(self.names["noart:" + compact(without_article(key))]) == 1

    def pick(self, frame: pd.DataFrame, weighted: bool | None = None) -> pd.Series:
        weighted = self.rng.random() < 0.5 if weighted is None else weighted
        if weighted:
            weights = frame["population"].fillna(1).astype(float).clip(lower=1).to_numpy()
            index = self.np_rng.choice(len(frame), p=weights / weights.sum())
        else:
            index = self.rng.randrange(len(frame))
        return frame.iloc[index]

    def departement_written(self, row: pd.Series, deps: pd.DataFrame) -> str:
        """The département written beside the commune `row`: its own, or one time in six one of another région (a
        territory that is not the commune's); `deps` the départements indexed by code, with their code_region."""
        if self.rng.random() < 1 / 6:
            return self.rng.choice([d for d in deps.index if deps.loc[d, "code_region"] != row.code_region])
        return row.code_departement

    def pick_outside_plm(self) -> pd.Series | None:
        """A commune as pick draws it, None for Paris, Marseille or Lyon (a number after them is an arrondissement)."""
        row = self.pick(self.com)
        return None if compact(name_key(row.nom_commune)) in ("paris", "marseille", "lyon") else row

    def postal_of(self, row) -> str:
        return self.rng.choice([c for c in row["postaux"] if c])

    def add(self, family: str, expected: str, arm: str = "", note: str = "", **fields) -> None:
        row = {c: "" for c in COLUMNS}
        row.update({k: ("" if v is None else v) for k, v in fields.items()})
        row.update(famille=family, attendu_code_commune=expected, attendu_arrondissement=arm, note=note)
        self.rows.append(row)

    def address(self, cp: str, town: str) -> str:
        number = self.rng.randint(1, 120)
        street = self.rng.choice(STREETS)
        template = self.rng.choice(
            [
                "{n} {s}, {cp} {t}",
                "{n}, {s} {cp} {t}",
                "{v}, {n} {s}, {cp} {t}",
                "{n} {s} - {cp} {T}",
                "{v} - {n} {s}\n{cp} {t}",
                "{n} {s} {cp} {t} France",
            ]
        )
        return template.format(n=number, s=street, cp=cp, t=town, T=town.upper(), v=self.rng.choice(VENUES))

    # ---------------------------------------------------------------- points

    def point_in(self, code: str) -> tuple[float, float] | None:
        geometry = self.geom.get(code)
        if geometry is None:
            return None
        minx, miny, maxx, maxy = geometry.bounds
        for _ in range(200):
            x, y = self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy)
            if geometry.contains(shapely.Point(x, y)):
                return round(y, 6), round(x, 6)
        return None

    def containing(self, lat: float, lon: float) -> str:
        hits = self.tree.query(shapely.Point(lon, lat), predicate="within")
        return str(self.codes[hits[0]]) if len(hits) else ""

    def nearest(self, lat: float, lon: float, radius_m: float) -> tuple[str, float]:
        point = shapely.Point(lon, lat)
        box = shapely.buffer(point, radius_m * 2 / M_PER_DEG)
        best, best_d = "", float("inf")
        for index in self.tree.query(box):
            line = shapely.shortest_line(point, self.geom.iloc[index])
            (x0, y0), (x1, y1) = shapely.get_coordinates(line)
            d = np.hypot((x1 - x0) * M_PER_DEG * np.cos(np.radians(lat)), (y1 - y0) * M_PER_DEG)
            if d < best_d:
                best, best_d = str(self.codes[index]), d
        return best, best_d

    def border_point(
        self, code: str, metres: float, outward: bool, neighbour: bool = False
    ) -> tuple[float, float] | None:
        """A point `metres` from the boundary of `code`: inside it, outside France (`outward`), or
        in a neighbouring commune (`outward` and `neighbour`)."""
        geometry = self.geom.get(code)
        if geometry is None:
            return None
        ring = max(shapely.get_parts(geometry), key=lambda g: g.area).exterior
        for _ in range(30):
            b = ring.interpolate(self.rng.random(), normalized=True)
            inner = geometry.representative_point()
            dx, dy = inner.x - b.x, inner.y - b.y
            scale = np.hypot(dx * np.cos(np.radians(b.y)), dy) * M_PER_DEG
            if scale == 0:
                continue
            t = metres / scale * (-1 if outward else 1)
            x, y = b.x + dx * t, b.y + dy * t
            lat, lon = round(y, 6), round(x, 6)
            inside = self.containing(lat, lon)
            if outward and (bool(inside) == neighbour) and inside != code:
                return lat, lon
            if not outward and inside == code:
                return lat, lon
        return None

    # ---------------------------------------------------------------- families

    def build(self, n: int) -> pd.DataFrame:
        com = self.com
        for _ in range(n):
            row = self.pick(com)
            self.add("propre", row.code_commune_insee, code_postal=self.postal_of(row), commune=row.nom_commune)
        for _ in range(n):
            row = self.pick(com)
            style = self.rng.choice(["upper", "lower", "noaccent", "upper_noaccent"])
            name = row.nom_commune
            name = {
                "upper": name.upper(),
                "lower": name.lower(),
                "noaccent": strip_accents(name),
                "upper_noaccent": strip_accents(name).upper(),
            }[style]
            self.add(
                "casse_accents",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=name,
                note=style,
            )
        ligatures = com[com["nom_commune"].str.contains("œ|æ|Œ", regex=True)]
        for _ in range(n // 5):
            row = self.pick(ligatures, weighted=False)
            self.add(
                "casse_accents",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=strip_accents(row.nom_commune),
                note="ligature",
            )
        hyphenated = com[com["nom_commune"].str.contains("[-']", regex=True)]
        for _ in range(n):
            row = self.pick(hyphenated)
            variant = self.rng.choice(["space", "none", "curly", "mixed"])
            name = row.nom_commune
            if variant == "space":
                name = name.replace("-", " ").replace("'", " ")
            elif variant == "none":
                name = name.replace("-", "").replace("'", "")
            elif variant == "curly":
                name = name.replace("'", "’").replace("-", " - ")
            else:
                name = name.replace("-", " ", 1).replace("'", "")
            self.add(
                "tirets_apostrophes",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=name,
                note=variant,
            )
        saints = com[com["nom_commune"].str.contains(r"\bSainte?-", regex=True)]
        for _ in range(n):
            row = self.pick(saints)
            name = row.nom_commune
            for full, shorts in ABBREVIATIONS:
                name = name.replace(full, self.rng.choice(shorts))
            if self.rng.random() < 0.3:
                name = strip_accents(name).upper()
            self.add("saint_abrege", row.code_commune_insee, code_postal=self.postal_of(row), commune=name)
        articles = com[com["nom_commune"].str.match(r"^(Le|La|Les) |^L'")]
        for _ in range(n):
            row = self.pick(articles)
            name = row.nom_commune
            if name.startswith("L'"):
                art, rest = "L'", name[2:]
            else:
                art, rest = name.split(" ", 1)
            form = self.rng.choice(["paren", "paren_upper", "dropped"])
            if form == "paren":
                text = f"{rest} ({art})"
            elif form == "paren_upper":
                text = f"{rest} ({art})".upper()
            else:
                text = rest
            self.add(
                "article_postpose",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=text,
                note=form,
            )
        towns = com[(com["population"].fillna(0) > 8000) & ~com["code_commune_insee"].isin(["75056", "13055", "69123"])]
        for _ in range(n):
            row = self.pick(towns)
            cp = self.postal_of(row)
            if self.rng.random() < 0.6:
                prefix = cp[:3] if cp.startswith("97") else cp[:2]
                for _ in range(50):  # a CEDEX code: same département prefix, outside the La Poste base
                    cedex = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(5 - len(prefix)))
                    if cedex not in self.postal:
                        break
                cp = cedex
            number = self.rng.choice(["", " 1", " 9", " 09", " 12"])
            name = (
                self.rng.choice([row.nom_commune, row.nom_commune.upper()])
                + self.rng.choice([" Cedex", " CEDEX"])
                + number
            )
            if self.unique_name(row.nom_commune) or cp in self.postal:
                self.add("cedex", row.code_commune_insee, code_postal=cp, commune=name)
        self._arrondissements(n)
        self._typos(n)
        self._damaged_postal(n)
        self._former(n)
        self._insee(n)
        self._postal_only(n)
        self._addresses(n)
        self._points(n)
        self._borders(n)
        self._homonyms(n)
        self._corse_drom(n)
        self._conflicts(n)
        self._abstentions(n)
        self._name_alone(n)
        self._wrong_postal(n)
        self._holes(n)
        self._not_a_commune(n)
        self._pin_over_border(n)
        self._overseas_collectivities(n)
        self._overseas_points(n, self.root_dir)
        self._foreign_namesakes(n)
        self._comma_articles(n)
        self._dashed_places(n)
        self._spreadsheet_damage(n)
        self._neighbour_points(n)
        self._short_names(n)  # last: the families above draw what they always drew
        self._territory_named(n)
        self._bare_departement(n)
        self._municipal_venues(n)
        self._former_territories(n)
        self._arrondissement_addresses(n // 4)
        self._slashed_sur(n // 2)
        self._cut_names(n)
        self._postal_codes_apart(n // 4)
        self._code_then_territory(n // 4)
        self._slashed_sur_before_territory(n // 4)
        self._prefix_shared_conflicts(n // 4)
        self._quarters(n)
        self._town_in_territory(n // 4)
        frame = pd.DataFrame(self.rows, columns=COLUMNS)
        for column in ("latitude", "longitude"):
            frame[column] = frame[column].map(lambda v: v if isinstance(v, str) else f"{float(v):.6f}")
        return frame

    def _arrondissements(self, n: int) -> None:
        roman = {
            1: "I",
            2: "II",
            3: "III",
            4: "IV",
            5: "V",
            6: "VI",
            7: "VII",
            8: "VIII",
            9: "IX",
            10: "X",
            11: "XI",
            12: "XII",
            13: "XIII",
            14: "XIV",
            15: "XV",
            16: "XVI",
            17: "XVII",
            18: "XVIII",
            19: "XIX",
            20: "XX",
        }
        cities = [
            ("Paris", "75056", 20, "751", "75"),
            ("Marseille", "13055", 16, "132", "13"),
            ("Lyon", "69123", 9, "6938", "69"),
        ]
        for _ in range(n):
            city, code, top, prefix, dep = self.rng.choice(cities)
            k = self.rng.randint(1, top)
            arm = f"{prefix}{k:02d}" if city != "Lyon" else f"{prefix}{k}"
            cp = f"{dep}0{k:02d}" if not (city == "Paris" and k == 16 and self.rng.random() < 0.5) else "75116"
            suffix = "er" if k == 1 else "e"
            form = self.rng.choice(
                ["num", "roman", "eme", "arrondissement", "postal_name", "cp_only_city", "cp_field", "lower"]
            )
            fields = {}
            if form == "num":
                fields = dict(commune=f"{city} {k}{suffix}")
            elif form == "roman":
                fields = dict(commune=f"{city.upper()} {roman[k]}{suffix.upper()}")
            elif form == "eme":
                fields = dict(commune=f"{city} {k}{'er' if k == 1 else 'ème'}")
            elif form == "arrondissement":
                fields = dict(commune=f"{city} {k}{suffix} Arrondissement")
            elif form == "postal_name":
                fields = dict(commune=f"{city} {cp}")
            elif form == "cp_only_city":
                fields = dict(code_postal=cp, commune=city.upper())
            elif form == "cp_field":
                fields = dict(code_postal=cp, commune=f"{city} {k}{suffix}")
            else:
                fields = dict(commune=f"{city.lower()} {k:02d}")
            self.add("arrondissement", code, arm=arm, note=form, **fields)
        for _ in range(n // 5):  # CEDEX of Paris: the commune is sure, the arrondissement is not
            self.add(
                "arrondissement",
                "75056",
                code_postal=f"75{self.rng.randint(300, 999)}",
                commune=f"Paris Cedex {self.rng.randint(1, 20):02d}",
                note="cedex",
            )

    def _code_then_territory(self, n: int) -> None:
        """A commune field with its département's code, then its département or région by name (« Saint-Denis 93 -
        Seine-Saint-Denis », « Rennes 35, Bretagne »; departement_nu): the one commune so named in the département
        written; nothing when the territory named does not cover it (one row in six). Paris, Marseille and Lyon
        aside (a number after them is an arrondissement)."""
        deps = load_departements(self.root_dir).set_index("code_departement")
        regions = load_regions(self.root_dir).set_index("code_region")["nom_region"]
        for _ in range(n):
            row = self.pick_outside_plm()
            if row is None:
                continue
            dep, other = row.code_departement, self.departement_written(row, deps)
            wrong = other != dep
            by_departement = self.rng.random() < 0.5
            region = deps.loc[other, "code_region"]
            territory = deps.loc[other, "nom_departement"] if by_departement else regions[region]
            text = f"{row.nom_commune} {dep}{self.rng.choice([' - ', ', ', ' – '])}{territory}"
            named = self.named_in(row.nom_commune, {dep})
            self.add("departement_nu", named[0] if len(named) == 1 and not wrong else "", commune=text,
                     note="code puis " + ("département" if by_departement else "région")
                     + (" (autre territoire)" if wrong else ""))

    def _postal_codes_apart(self, n: int) -> None:
        """A postal code alone in the commune field (the columns shifted) beside another in the postal code's
        (conflit): nothing when no commune has both (« 35000 » / « 29200 »), the commune when both are its own
        (« 35000 » / « 35200 », Rennes)."""
        several = self.com[self.com["postaux"].map(lambda codes: len([c for c in codes if c]) >= 2)]
        for _ in range(n):
            row, other = self.pick(self.com), self.pick(self.com)
            if row.code_commune_insee == other.code_commune_insee:
                continue
            written, column = self.postal_of(row), self.postal_of(other)
            shared = self.postal[written] & self.postal[column]
            self.add("conflit", next(iter(shared)) if len(shared) == 1 else "", code_postal=column, commune=written,
                     note="deux codes postaux")
            own = several.iloc[self.rng.randrange(len(several))]
            first, second = self.rng.sample([c for c in own.postaux if c], 2)
            shared = self.postal[first] & self.postal[second]
            self.add("conflit", next(iter(shared)) if len(shared) == 1 else "", code_postal=second, commune=first,
                     note="deux codes postaux d'une commune")

    def _cut_names(self, n: int) -> None:
        """A long name with a word cut short as La Poste's 32-character lines, agendas and spreadsheets write it: its
        consonants kept with its first and last letters (« Clermont-Fd », « Aix-en-Pce »), or its head and a full stop
        (« Charleville-Méz. », « Châlons-en-Ch. »); alone or with the postal code. Labelled by a looser reading than the
        coder's (a cut word stands for any word with those letters in that order, or with that head): the commune when
        no other name of that shape can be meant, else nothing; with the postal code, when no other meant has that
        code, or it is that code's only commune."""
        shapes: dict[tuple[str, int], list[tuple[str, list[str]]]] = defaultdict(list)
        for code, name in zip(self.com["code_commune_insee"], self.com["nom_commune"], strict=True):
            words = name_key(name).split()
            shapes[(words[0], len(words))].append((code, words))
        links = frozenset("en de d du des l la le les sur sous aux au et".split())
        cuttable = [(row, i) for row in self.com.itertuples(index=False)
                    for i, word in enumerate(name_key(row.nom_commune).split())
                    if i > 0 and len(word) >= 6 and word not in links]
        for _ in range(n):
            row, position = cuttable[self.rng.randrange(len(cuttable))]
            words = name_key(row.nom_commune).split()
            word = words[position]
            if self.rng.random() < 0.5:
                inner = [letter for letter in word[1:-1] if letter not in "aeiouy"]
                kept = sorted(self.rng.sample(range(len(inner)), min(len(inner), self.rng.choice([0, 1, 2]))))
                cut, form = word[0] + "".join(inner[k] for k in kept) + word[-1], "consonnes"
                stands_for = re.compile("^" + ".*".join(map(re.escape, cut)) + "$")
            else:
                cut, form = word[: self.rng.choice([1, 2, 3, 4])], "tete"
                stands_for = re.compile("^" + re.escape(cut))
            # The official name's own spelling around the cut word, the cut word replaced (accents and case aside)
            parts = re.split(r"([\s'’-]+)", row.nom_commune)
            spelled = [part for part in parts if part and not re.fullmatch(r"[\s'’-]+", part)]
            if len(spelled) != len(words):
                continue
            spelled[position] = cut.capitalize() + ("." if form == "tete" else "")
            texts, k = [], 0
            for part in parts:
                if part and not re.fullmatch(r"[\s'’-]+", part):
                    texts.append(spelled[k])
                    k += 1
                else:
                    texts.append(part)
            text = "".join(texts)
            text = text.upper() if self.rng.random() < 0.2 else text
            meant = [code for code, other in shapes[(words[0], len(words))]
                     if all(a == b or j == position and stands_for.match(b)
                            for j, (a, b) in enumerate(zip(words, other, strict=True)))]
            with_postal = self.rng.random() < 0.5
            postal = self.rng.choice([c for c in row.postaux if c] or [""]) if with_postal else ""
            # With the postal code, the commune when it is the only one meant there, or that code's only commune
            sharing = [code for code in meant if code in self.postal.get(postal, ())] if postal else meant
            expected = row.code_commune_insee if len(sharing) == 1 or postal and self.postal.get(postal) == {
                row.code_commune_insee} else ""
            self.add("mot_coupe", expected, code_postal=postal, commune=text,
                     note=form + (" + code postal" if postal else "") + ("" if len(meant) == 1 else " (ambigu)"))

    def _slashed_sur(self, n: int) -> None:
        """« sur » written as a slash (« Villeneuve/Lot », « Neuilly s/ Seine », « Ivry s/Seine »), with or without
        the postal code: the commune when no other bears its name (saint_abrege)."""
        named = self.com[self.com["nom_commune"].str.contains("-sur-", regex=False)]
        for _ in range(n):
            row = self.pick(named)
            if not self.unique_name(row.nom_commune):
                continue
            form = self.rng.choice(["/", " s/ ", " s/"])
            head, _, tail = row.nom_commune.partition("-sur-")
            text = f"{head}{form}{tail}"
            if self.rng.random() < 1 / 2:
                self.add("saint_abrege", row.code_commune_insee, commune=text, note=f"sur {form.strip()}")
            else:
                self.add("saint_abrege", row.code_commune_insee, code_postal=self.postal_of(row), commune=text,
                         note=f"sur {form.strip()} + code postal")

    def _slashed_sur_before_territory(self, n: int) -> None:
        """« sur » written as a slash before a river named like a département where a commune bears the name before
        it (« Champigny/Marne »: Champigny-sur-Marne, not the Champigny of the Marne), with or without its postal code;
        a bare slash with the other commune's postal code is that commune (saint_abrege)."""
        departements = load_departements(self.root_dir).set_index("nom_departement")["code_departement"]
        named = self.com[self.com["nom_commune"].str.contains("-sur-", regex=False)]
        split = named["nom_commune"].str.partition("-sur-")
        named = named[[river in departements.index and bool(self.named_in(head, {departements[river]}))
                       for head, river in zip(split[0], split[2], strict=True)]]
        for _ in range(n):
            row = self.pick(named, weighted=False)
            if not self.unique_name(row.nom_commune):
                continue
            form = self.rng.choice(["/", " s/ ", " s/"])
            head, _, river = row.nom_commune.partition("-sur-")
            text = f"{head}{form}{river}"
            namesakes = self.named_in(head, {departements[river]})
            postal = {
                code: self.postal_of(self.by_code.loc[code]) for code in namesakes
                if not set(self.by_code.loc[code, "postaux"]) & set(row.postaux)
            }
            # « s/ » is « sur » whatever follows: the other commune's postal code against it is the code_postal_errone
            # family's case; the bare slash may be either, and that postal code says which
            kind = self.rng.choice(["seul", "code postal", "code postal de l'homonyme"] if postal and form == "/"
                                   else ["seul", "code postal"])
            if kind == "seul":
                self.add("saint_abrege", row.code_commune_insee, commune=text, note=f"sur {form.strip()} + territoire")
            elif kind == "code postal":
                self.add("saint_abrege", row.code_commune_insee, code_postal=self.postal_of(row), commune=text,
                         note=f"sur {form.strip()} + territoire + code postal")
            else:
                code, cp = next(iter(postal.items()))
                self.add("saint_abrege", code if len(namesakes) == 1 else "", code_postal=cp, commune=text,
                         note=f"sur {form.strip()} + territoire + code postal de l'homonyme")

    def _prefix_shared_conflicts(self, n: int) -> None:
        """A commune's name with the postal code of another département whose first digits some code of the commune's
        département shares (01310, in the Ain, beside « Annecy »: 01200 serves a commune of Haute-Savoie): a conflict
        all the same, no answer (conflit)."""
        deps_of_prefix = defaultdict(set)
        for cp, codes in self.postal.items():
            deps_of_prefix[postal_prefix(cp)].update(
                self.by_code.loc[code, "code_departement"] for code in codes if code in self.by_code.index)
        deps_of_code = {cp: {self.by_code.loc[c, "code_departement"] for c in codes if c in self.by_code.index}
                        for cp, codes in self.postal.items()}
        # Not the département the prefix names (94390 serves Paray-Vieille-Poste, in the Essonne, but says Val-de-Marne)
        pairs = [(prefix, dep) for prefix, deps in sorted(deps_of_prefix.items()) for dep in sorted(deps)
                 if len(deps) > 1 and dep != prefix]
        for _ in range(n):
            prefix, dep = self.rng.choice(pairs)
            named = self.com[self.com["code_departement"] == dep]
            row = self.pick(named)
            codes = sorted(cp for cp, deps in deps_of_code.items() if cp.startswith(prefix) and dep not in deps)
            if not codes or not self.unique_name(row.nom_commune):
                continue
            self.add("conflit", "", code_postal=self.rng.choice(codes), commune=row.nom_commune,
                     note="code postal / commune (préfixe partagé)")

    def _quarters(self, n: int) -> None:
        """A town followed by one of its quarters (« Strasbourg-Neudorf », « Metz Borny », « Lille (Fives) »), with or
        without its postal code: the town when no other commune bears its name, or none the postal code serves
        (quartier)."""
        towns = self.com[~self.com["nom_commune"].isin(["Paris", "Marseille", "Lyon"])]
        for _ in range(n):
            row = self.pick(towns, weighted=True)
            quarter = self.rng.choice(QUARTERS)
            if any(compact(name_key(text)) in self.names for text in (quarter, f"{row.nom_commune} {quarter}")):
                continue
            form = self.rng.choice(["tiret", "espace", "parenthèses", "virgule"])
            text = {"tiret": f"{row.nom_commune}-{quarter.replace(' ', '-')}", "espace": f"{row.nom_commune} {quarter}",
                    "parenthèses": f"{row.nom_commune} ({quarter})", "virgule": f"{quarter}, {row.nom_commune}"}[form]
            postal = self.postal_of(row) if self.rng.random() < 0.5 else ""
            # The name as written, article included (« Le Lamentin » is not Lamentin, Guadeloupe); with its postal code,
            # the town when no other commune of that name has that code
            namesakes = self.names[compact(name_key(row.nom_commune))]
            unique = len(namesakes) == 1
            expected = row.code_commune_insee if unique or postal and self.postal.get(postal, set()) & namesakes == {
                row.code_commune_insee} else ""
            self.add("quartier", expected, code_postal=postal, commune=text,
                     note=form + (" + code postal" if postal else "") + ("" if unique else " (homonymes)"))

    def _town_in_territory(self, n: int) -> None:
        """A town joined to its territory by a word (« Rennes en Bretagne », « Saint-Denis de la Réunion »): the one
        commune so named there; nothing when several are, or when the territory named is not the commune's (one row in
        six) (territoire_nomme)."""
        deps = load_departements(self.root_dir).set_index("code_departement")
        regions = load_regions(self.root_dir).set_index("code_region")["nom_region"]
        overseas = {"971": "de la Guadeloupe", "972": "de la Martinique", "973": "de Guyane", "974": "de la Réunion",
                    "976": "de Mayotte"}
        drom = self.com[self.com["code_departement"].isin(list(overseas))]
        for _ in range(n):
            row = self.pick(drom if self.rng.random() < 1 / 3 else self.com)
            dep = self.departement_written(row, deps)
            if dep in overseas and self.rng.random() < 1 / 2:
                form, text = "de la", f"{row.nom_commune} {overseas[dep]}"
                scope = {dep}
            else:
                region = deps.loc[dep, "code_region"]
                form, text = "en région", f"{row.nom_commune} en {regions[region]}"
                scope = set(deps.index[deps["code_region"] == region])
            named = self.named_in(row.nom_commune, scope)
            self.add("territoire_nomme", named[0] if len(named) == 1 else "", commune=text,
                     note=form + ("" if dep == row.code_departement else " (autre territoire)"))

    def _arrondissement_addresses(self, n: int) -> None:
        """An address without postal code ending with the arrondissement (« 12 rue de Rivoli, Paris 4e »)."""
        cities = [("Paris", "75056", 20, "751"), ("Marseille", "13055", 16, "132"), ("Lyon", "69123", 9, "6938")]
        for _ in range(n):
            city, code, top, prefix = self.rng.choice(cities)
            k = self.rng.randint(1, top)
            arm = f"{prefix}{k:02d}" if city != "Lyon" else f"{prefix}{k}"
            town = self.rng.choice([f"{city} {k}{'er' if k == 1 else 'e'}", f"{city} {k}{'er' if k == 1 else 'ème'}"])
            self.add("arrondissement", code, arm=arm, note="adresse",
                     adresse=f"{self.rng.randint(1, 80)} {self.rng.choice(STREETS)}, {town}")

    def typo(self, name: str) -> tuple[str, str]:
        letters = [i for i, c in enumerate(name) if c.isalpha()]
        i = self.rng.choice(letters[1:-1] or letters)
        kind = self.rng.choice(["sub", "del", "ins", "swap"])
        alphabet = "abcdefghijklmnopqrstuvwxyz"
        if kind == "sub":
            return name[:i] + self.rng.choice(alphabet) + name[i + 1 :], kind
        if kind == "del":
            return name[:i] + name[i + 1 :], kind
        if kind == "ins":
            return name[:i] + self.rng.choice(alphabet) + name[i:], kind
        return (name[:i] + name[i + 1 : i + 2] + name[i] + name[i + 2 :] if i + 1 < len(name) else name), kind

    def _typos(self, n: int) -> None:
        long_names = self.com[self.com["key"].str.len() >= 6]
        added = 0
        while added < n:
            row = self.pick(long_names)
            typo, kind = self.typo(row.nom_commune)
            form = self.rng.choice(["postal", "postal", "postal", "double", "departement", "alone"])
            if form == "double" and len(row.key) >= 12:
                typo, second = self.typo(typo)
                kind = f"{kind}+{second}"
            if compact(name_key(typo)) == row.key or compact(name_key(typo)) in self.names:
                continue  # not a typo, or a typo that makes another real name
            if form == "departement":  # answerable when nearer one commune of the département than any other
                nearest = self.nearest_communes(typo, row.code_departement)
                self.add(
                    "faute_frappe",
                    row.code_commune_insee if nearest == {row.code_commune_insee} else "",
                    commune=f"{typo} ({row.code_departement})",
                    note=kind + " département",
                )
            elif form == "alone":  # no postal code, no département: only a typo nearer one commune than any other
                expected = row.code_commune_insee if self.nearest_communes(typo) == {row.code_commune_insee} else ""
                self.add("faute_frappe", expected, commune=typo, note=kind + " seule")
            else:
                self.add(
                    "faute_frappe",
                    row.code_commune_insee,
                    code_postal=self.postal_of(row),
                    commune=typo,
                    note=kind,
                )
            added += 1

    def _damaged_postal(self, n: int) -> None:
        for _ in range(n):
            row = self.pick(self.com)
            if row.code_commune_insee in ("75056", "13055", "69123"):
                continue
            cp = self.postal_of(row)
            name = row.nom_commune
            form = self.rng.choice(["zero", "space", "float", "prefix", "cedex_field", "in_name", "name_dep"])
            if form == "zero" and cp.startswith("0"):
                self.add("code_postal_abime", row.code_commune_insee, code_postal=cp[1:], commune=name, note=form)
            elif form == "space":
                self.add(
                    "code_postal_abime",
                    row.code_commune_insee,
                    code_postal=f"{cp[:2]} {cp[2:]}",
                    commune=name,
                    note=form,
                )
            elif form == "float":
                self.add(
                    "code_postal_abime",
                    row.code_commune_insee,
                    code_postal=f"{cp}.0",
                    commune=name,
                    note=form,
                )
            elif form == "prefix":
                self.add(
                    "code_postal_abime",
                    row.code_commune_insee,
                    code_postal=f"F-{cp}",
                    commune=name,
                    note=form,
                )
            elif form == "cedex_field":
                self.add(
                    "code_postal_abime",
                    row.code_commune_insee,
                    code_postal=f"{cp} CEDEX",
                    commune=name,
                    note=form,
                )
            elif form == "in_name":
                self.add(
                    "code_postal_abime",
                    row.code_commune_insee,
                    commune=self.rng.choice([f"{cp} {name}", f"{name} {cp}", f"{name.upper()} - {cp}"]),
                    note=form,
                )
            else:
                dep_names = {
                    c
                    for c in self.names.get(row.key, set())
                    if self.by_code.loc[c, "code_departement"] == row.code_departement
                }
                if dep_names == {row.code_commune_insee}:
                    self.add(
                        "code_postal_abime",
                        row.code_commune_insee,
                        commune=f"{name} ({row.code_departement})",
                        note=form,
                    )

    def _former(self, n: int) -> None:
        subs = self.subs[self.subs["code_commune_parente"].isin(self.by_code.index)]
        subs = subs[
            subs["nom_commune"].map(lambda x: compact(name_key(x)))
            != subs["code_commune_parente"].map(self.by_code["key"])
        ]
        added = 0
        while added < n:
            row = subs.iloc[self.rng.randrange(len(subs))]
            parent = self.by_code.loc[row.code_commune_parente]
            cp = self.rng.choice([c for c in parent.postaux if c])
            key = compact(name_key(row.nom_commune))
            rivals = {c for c in self.names.get(key, set()) if cp in self.by_code.loc[c, "postaux"]}
            if rivals != {row.code_commune_parente}:
                continue  # another commune of that postal code answers to this name
            name = row.nom_commune if self.rng.random() < 0.6 else strip_accents(row.nom_commune).upper()
            self.add(
                "ancienne_commune",
                row.code_commune_parente,
                code_postal=cp,
                commune=name,
                note=row.type_commune,
            )
            added += 1

    def _insee(self, n: int) -> None:
        com = self.com
        for _ in range(n // 2):
            row = self.pick(com)
            code = row.code_commune_insee
            form = self.rng.choice(["alone", "with_text", "no_zero"])
            if form == "no_zero" and code.startswith("0"):
                self.add("code_insee_source", code, code_insee_source=code[1:], note=form)
            elif form == "with_text":
                self.add(
                    "code_insee_source",
                    code,
                    code_insee_source=code,
                    code_postal=self.postal_of(row),
                    commune=row.nom_commune.upper(),
                    note=form,
                )
            else:
                self.add("code_insee_source", code, code_insee_source=code, note="alone")
        arms = self.communes[self.communes["type_commune"] == "ARM"]
        for _ in range(n // 6):
            row = arms.iloc[self.rng.randrange(len(arms))]
            self.add(
                "code_insee_source",
                row.code_commune_parente,
                arm=row.code_commune_insee,
                code_insee_source=row.code_commune_insee,
                note="ARM",
            )
        former = com[com["anciens_codes"].fillna("") != ""]
        for _ in range(n // 3):
            row = self.pick(former)
            old = self.rng.choice(row.anciens_codes.split("|"))
            self.add("code_insee_source", row.code_commune_insee, code_insee_source=old, note="ancien code")
        for _ in range(n // 6):  # a postal code typed in the INSEE field, the text is right
            row = self.pick(com)
            cp = self.postal_of(row)
            if cp == row.code_commune_insee:
                continue
            self.add(
                "code_insee_source",
                row.code_commune_insee,
                code_insee_source=cp,
                code_postal=cp,
                commune=row.nom_commune,
                note="code postal saisi comme code INSEE",
            )

    def _postal_only(self, n: int) -> None:
        single = [cp for cp, codes in self.postal.items() if len(codes) == 1]
        shared = [cp for cp, codes in self.postal.items() if len(codes) > 1]
        for _ in range(n * 2 // 3):
            cp = self.rng.choice(single)
            code = next(iter(self.postal[cp]))
            arm = ""
            if code in ("75056", "13055", "69123"):
                continue
            self.add("code_postal_seul", code, arm=arm, code_postal=cp, note="un seul code")
        for _ in range(n // 3):
            cp = self.rng.choice(shared)
            self.add("code_postal_seul", "", code_postal=cp, note=f"{len(self.postal[cp])} communes")

    def _addresses(self, n: int) -> None:
        for _ in range(n):
            row = self.pick(self.com)
            cp = self.postal_of(row)
            name = self.rng.choice([row.nom_commune, row.nom_commune.upper(), strip_accents(row.nom_commune)])
            if row.code_commune_insee in ("75056", "13055", "69123"):
                arm_cp = cp
                arm = self._arm_of_postal(arm_cp)
            else:
                arm = ""
            self.add("adresse_texte", row.code_commune_insee, arm=arm, adresse=self.address(cp, name))
        for _ in range(n // 4):  # no postal code: the last part is the town
            row = self.pick(self.com)
            if not self.unique_name(row.nom_commune):
                continue
            self.add(
                "adresse_texte",
                row.code_commune_insee,
                adresse=f"{self.rng.randint(1, 80)} {self.rng.choice(STREETS)}, {row.nom_commune}",
                note="sans code",
            )

    def _arm_of_postal(self, cp: str) -> str:
        arms = self.communes[
            (self.communes["type_commune"] == "ARM") & self.communes["codes_postaux"].fillna("").str.contains(cp)
        ]
        return arms["code_commune_insee"].iloc[0] if len(arms) == 1 else ""

    def _points(self, n: int) -> None:
        added = 0
        while added < n:
            row = self.pick(self.com)
            point = self.point_in(row.code_commune_insee)
            if point is None or row.code_commune_insee in self._shared():
                continue
            lat, lon = point
            arm = self._arm_at(lat, lon)
            if self.rng.random() < 0.5:
                self.add("coordonnees", row.code_commune_insee, arm=arm, latitude=lat, longitude=lon, note="seules")
            else:
                self.add(
                    "coordonnees",
                    row.code_commune_insee,
                    arm=arm,
                    latitude=lat,
                    longitude=lon,
                    code_postal=self.postal_of(row),
                    commune=row.nom_commune,
                    note="avec texte",
                )
            added += 1
        for _ in range(n // 5):  # latitude and longitude swapped
            row = self.pick(self.com)
            point = self.point_in(row.code_commune_insee)
            if point is None or row.code_commune_insee in self._shared():
                continue
            self.add(
                "coordonnees",
                row.code_commune_insee,
                arm=self._arm_at(*point),
                latitude=point[1],
                longitude=point[0],
                note="inversées",
            )

    def _arm_at(self, lat: float, lon: float) -> str:
        point = shapely.Point(lon, lat)
        for code, geometry in self.arm_geom.items():
            if geometry.contains(point):
                return str(code)
        return ""

    def _shared(self) -> set[str]:
        return {"15141"}

    def _borders(self, n: int) -> None:
        added = 0
        while added < n // 2:  # inside, a few metres from a commune border
            row = self.pick(self.com, weighted=False)
            metres = self.rng.uniform(5, 60)
            point = self.border_point(row.code_commune_insee, metres, outward=False)
            if point is None or row.code_commune_insee in self._shared():
                continue
            text = {}
            if self.rng.random() < 0.4:
                text = dict(code_postal=self.postal_of(row), commune=row.nom_commune)
            self.add(
                "coordonnees_limite",
                row.code_commune_insee,
                arm=self._arm_at(*point),
                latitude=point[0],
                longitude=point[1],
                note=f"dedans {metres:.0f} m",
                **text,
            )
            added += 1
        tries = 0
        added = 0
        while added < n // 2 and tries < n * 40:  # just outside France: off the coast or over a border
            tries += 1
            row = self.pick(self.com, weighted=False)
            metres = self.rng.uniform(20, 400)
            point = self.border_point(row.code_commune_insee, metres, outward=True)
            if point is None:
                continue
            nearest, distance = self.nearest(*point, radius_m=1000)
            if not nearest or distance > 450 or nearest in self._shared():
                continue
            # Monaco is abroad however close: those points must abstain
            if 7.4090 <= point[1] <= 7.4398 and 43.7247 <= point[0] <= 43.7519:
                continue
            self.add(
                "coordonnees_limite",
                nearest,
                latitude=point[0],
                longitude=point[1],
                note=f"dehors {distance:.0f} m",
            )
            added += 1
        added = 0
        while added < n // 8:  # far off the coast: nobody's commune
            row = self.pick(self.com, weighted=False)
            point = self.border_point(row.code_commune_insee, self.rng.uniform(3000, 15000), outward=True)
            if point is None or self.nearest(*point, radius_m=2000)[1] < 1500:
                continue
            self.add("coordonnees_limite", "", latitude=point[0], longitude=point[1], note="au large")
            added += 1
        for name, lat, lon in FOREIGN_POINTS:  # abroad, some a few kilometres from the border
            for _ in range(3):
                jlat, jlon = lat + self.rng.uniform(-0.004, 0.004), lon + self.rng.uniform(-0.004, 0.004)
                if self.containing(jlat, jlon) or self.nearest(jlat, jlon, 1000)[1] < 800:
                    continue
                self.add(
                    "coordonnees_limite",
                    "",
                    latitude=round(jlat, 6),
                    longitude=round(jlon, 6),
                    note=f"étranger {name}",
                )

    def _homonyms(self, n: int) -> None:
        groups = self.com.groupby("key")["code_commune_insee"].apply(list)
        groups = groups[groups.map(len) > 1]
        keys = list(groups.index)
        for _ in range(n):
            key = self.rng.choice(keys)
            code = self.rng.choice(groups[key])
            row = self.by_code.loc[code]
            form = self.rng.choice(["alone", "alone", "postal", "departement", "point"])
            if form == "alone":
                self.add("homonyme", "", commune=row.nom_commune, note=f"{len(groups[key])} homonymes")
            elif form == "postal":
                cp = self.rng.choice([c for c in row.postaux if c])
                if len({c for c in groups[key] if cp in self.by_code.loc[c, "postaux"]}) > 1:
                    continue
                self.add("homonyme", code, code_postal=cp, commune=row.nom_commune, note="avec code postal")
            elif form == "departement":
                deps = [self.by_code.loc[c, "code_departement"] for c in groups[key]]
                if deps.count(row.code_departement) > 1:
                    continue
                self.add(
                    "homonyme",
                    code,
                    commune=f"{row.nom_commune} ({row.code_departement})",
                    note="département",
                )
            else:
                point = self.point_in(code)
                if point is None or code in self._shared():
                    continue
                self.add(
                    "homonyme",
                    code,
                    commune=row.nom_commune,
                    latitude=point[0],
                    longitude=point[1],
                    arm=self._arm_at(*point),
                    note="avec coordonnées",
                )

    def _corse_drom(self, n: int) -> None:
        corse = self.com[self.com["code_departement"].isin(["2A", "2B"])]
        drom = self.com[self.com["code_departement"].str.startswith("97")]
        for family, frame in (("corse", corse), ("drom", drom)):
            for _ in range(n):
                row = self.pick(frame)
                form = self.rng.choice(["propre", "upper", "point", "address", "insee"])
                cp = self.postal_of(row)
                if form == "propre":
                    self.add(family, row.code_commune_insee, code_postal=cp, commune=row.nom_commune)
                elif form == "upper":
                    name = strip_accents(row.nom_commune).upper()
                    for full, shorts in ABBREVIATIONS:
                        name = name.replace(full.upper(), shorts[0].upper())
                    self.add(family, row.code_commune_insee, code_postal=cp, commune=name)
                elif form == "point":
                    point = self.point_in(row.code_commune_insee)
                    if point:
                        self.add(
                            family,
                            row.code_commune_insee,
                            latitude=point[0],
                            longitude=point[1],
                            note="point",
                        )
                elif form == "address":
                    self.add(family, row.code_commune_insee, adresse=self.address(cp, row.nom_commune))
                else:
                    former = [c for c in str(row.anciens_codes or "").split("|") if c]
                    code = self.rng.choice(former) if former and self.rng.random() < 0.5 else row.code_commune_insee
                    self.add(family, row.code_commune_insee, code_insee_source=code, note="insee " + code)

    def _conflicts(self, n: int) -> None:
        added = 0
        while added < n:
            a, b = self.pick(self.com), self.pick(self.com)
            if a.code_departement == b.code_departement:
                continue
            point = self.point_in(a.code_commune_insee)
            if point is None:
                continue
            form = self.rng.choice(["point_text", "point_text", "insee_text", "postal_name"])
            if form == "point_text":
                if self.adjacent(a.code_commune_insee, b.code_commune_insee):
                    continue  # a point in a neighbour of the named commune keeps the text
                self.add(
                    "conflit",
                    "",
                    latitude=point[0],
                    longitude=point[1],
                    code_postal=self.postal_of(b),
                    commune=b.nom_commune,
                    note="coordonnées / texte",
                )
            elif form == "insee_text":
                self.add(
                    "conflit",
                    "",
                    code_insee_source=a.code_commune_insee,
                    code_postal=self.postal_of(b),
                    commune=b.nom_commune,
                    note="code INSEE / texte",
                )
            else:
                if not self.unique_name(b.nom_commune):
                    continue
                self.add(
                    "conflit",
                    "",
                    code_postal=self.postal_of(a),
                    commune=b.nom_commune,
                    note="code postal / commune",
                )
            added += 1

    def _abstentions(self, n: int) -> None:
        for _ in range(n):
            value = self.rng.choice(ONLINE)
            where = self.rng.choice(["commune", "adresse", "both"])
            fields = {"commune": value} if where == "commune" else {"adresse": value}
            if where == "both":
                fields = {"commune": value, "adresse": self.rng.choice(ONLINE)}
            self.add("en_ligne", "", note=where, **fields)
        for _ in range(n * 2 // 3):
            cp, town, address = self.rng.choice(FOREIGN_TEXT)
            self.add("etranger", "", code_postal=cp, commune=town, adresse=address)
        for _ in range(n):
            value = self.rng.choice(GARBAGE)
            where = self.rng.choice(["commune", "adresse", "both", "postal"])
            if where == "postal":
                self.add(
                    "illisible",
                    "",
                    code_postal=self.rng.choice(["00000", "99999", "ABCDE", "1", "999"]),
                    commune=self.rng.choice(GARBAGE),
                    note=where,
                )
            elif where == "both":
                self.add("illisible", "", commune=value, adresse=self.rng.choice(GARBAGE), note=where)
            else:
                self.add("illisible", "", note=where, **{where: value})
        for _ in range(n // 5):
            self.add("illisible", "", note="vide")

    def unique_overseas(self, name: str) -> bool:
        return compact(name_key(name)) not in self.names

    def _name_alone(self, n: int) -> None:
        added = 0
        while added < n:
            row = self.pick(self.com)
            if not self.unique_name(row.nom_commune) or row.code_commune_insee in ("75056", "13055", "69123"):
                continue
            name = self.rng.choice([row.nom_commune, row.nom_commune.upper(), strip_accents(row.nom_commune)])
            self.add("commune_seule", row.code_commune_insee, commune=name)
            added += 1

    def _wrong_postal(self, n: int) -> None:
        added = 0
        while added < n:
            row = self.pick(self.com)
            dep = self.com[self.com["code_departement"] == row.code_departement]
            other = dep.iloc[self.rng.randrange(len(dep))]
            cp = self.rng.choice([c for c in other.postaux if c])
            key = row.key
            same_dep = {
                c for c in self.names.get(key, set()) if self.by_code.loc[c, "code_departement"] == row.code_departement
            }
            if (
                cp in row.postaux
                or same_dep != {row.code_commune_insee}
                or row.code_commune_insee in ("75056", "13055", "69123")
            ):
                continue
            # The postal code of another commune of the département beside a commune's exact name names two places
            # (« 13008 Aix-en-Provence »): no answer; written CEDEX, it is an office's code and the name decides.
            # Every other row is CEDEX, so that no more random draws are made (the families after it are unchanged).
            if added % 2:
                self.add("code_postal_errone", row.code_commune_insee, code_postal=cp,
                         commune=f"{row.nom_commune} CEDEX")
            else:
                self.add("code_postal_errone", "", code_postal=cp, commune=row.nom_commune, note="conflit")
            added += 1

    def _holes(self, n: int) -> None:
        shared = self.geom.get("15141")
        if shared is None:
            return
        for _ in range(max(n // 10, 10)):
            point = self.point_in("15141")
            if point is None:
                continue
            hole = self.by_code.loc[self.rng.choice(sorted(self.holes))]
            form = self.rng.choice(["alone", "hole_text", "cover_text"])
            if form == "alone":
                self.add("contour_partage", "", latitude=point[0], longitude=point[1], note="point seul")
            elif form == "hole_text":
                self.add(
                    "contour_partage",
                    hole.name,
                    latitude=point[0],
                    longitude=point[1],
                    code_postal=self.postal_of(hole),
                    commune=hole.nom_commune,
                    note="commune rétablie",
                )
            else:
                cover = self.by_code.loc["15141"]
                self.add(
                    "contour_partage",
                    "15141",
                    latitude=point[0],
                    longitude=point[1],
                    code_postal=self.postal_of(cover),
                    commune=cover.nom_commune,
                    note="commune couvrante",
                )

    def _not_a_commune(self, n: int) -> None:
        """A venue or street in the commune field, and a territory named instead of a commune."""
        for _ in range(n * 2 // 3):
            cp = self.rng.choice(sorted(self.postal))
            codes = self.postal[cp]
            if codes & {"75056", "13055", "69123"}:
                continue
            text = self.rng.choice(VENUES + [s.capitalize() for s in STREETS])
            expected = next(iter(codes)) if len(codes) == 1 else ""
            self.add("nom_non_commune", expected, code_postal=cp, commune=text, note=f"{len(codes)} communes")
        from assets.lib.reference import load_departements, load_regions

        territories = list(load_departements().nom_departement) + list(load_regions().nom_region)
        territories = [
            t
            for t in territories
            if compact(name_key(t)) not in self.names
            and "noart:" + compact(without_article(name_key(t))) not in self.names
        ]
        for _ in range(n // 3):
            self.add("nom_non_commune", "", commune=self.rng.choice(territories), note="territoire")

    def _pin_over_border(self, n: int) -> None:
        """Postal code and name right, the point a little over the border in the neighbouring commune."""
        added = 0
        tries = 0
        while added < n // 2 and tries < n * 20:
            tries += 1
            row = self.pick(self.com, weighted=False)
            if row.code_commune_insee in self._shared():
                continue
            metres = self.rng.uniform(20, 300)
            point = self.border_point(row.code_commune_insee, metres, outward=True, neighbour=True)
            if point is None:
                continue
            other = self.containing(*point)
            if not other or other in self._shared():
                continue
            self.add(
                "coordonnees_limite",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=row.nom_commune,
                latitude=point[0],
                longitude=point[1],
                note=f"point {metres:.0f} m chez le voisin",
            )
            added += 1

    # ---------------------------------------------------------------- second bar (issue 12)

    def _overseas_collectivities(self, n: int) -> None:
        """Communes of the overseas collectivities by postal code + name, INSEE code or name alone;
        TAAF and Clipperton (no commune) stay abstentions."""
        coded = self.overseas[self.overseas["code_collectivite"].isin(CODED_COLLECTIVITIES)]
        postal_count = defaultdict(int)
        for value in coded["codes_postaux"].fillna(""):
            for cp in filter(None, value.split("|")):
                postal_count[cp] += 1
        for _ in range(n):
            row = coded.iloc[self.rng.randrange(len(coded))]
            cp = self.rng.choice([c for c in row.codes_postaux.split("|") if c])
            form = self.rng.choice(["postal", "postal", "upper", "insee", "address", "name"])
            code = row.code_commune_insee
            if form == "postal":
                self.add("collectivite_outre_mer", code, code_postal=cp, commune=row.nom_commune)
            elif form == "upper":
                self.add("collectivite_outre_mer", code, code_postal=cp, commune=strip_accents(row.nom_commune).upper())
            elif form == "insee":
                self.add("collectivite_outre_mer", code, code_insee_source=code, note="insee")
            elif form == "address":
                self.add("collectivite_outre_mer", code, adresse=self.address(cp, row.nom_commune))
            elif self.unique_overseas(row.nom_commune) and not self._overseas_homonym(row.nom_commune):
                self.add("collectivite_outre_mer", code, commune=row.nom_commune, note="nom seul")
        others = self.overseas[~self.overseas["code_collectivite"].isin(CODED_COLLECTIVITIES)]
        for _ in range(n // 10):
            row = others.iloc[self.rng.randrange(len(others))]
            self.add("collectivite_outre_mer", "", code_insee_source=row.code_commune_insee, note="sans commune")

    def _overseas_points(self, n: int, root: Path) -> None:
        """Points on the islands of the overseas collectivities (reference contours): an island that is
        one commune codes it; an island of several communes names no commune alone, confirms a text
        of its collectivity and contradicts a text of another one."""
        islands = load_collectivity_contours(root)
        if islands.empty:
            return
        coded = self.overseas[self.overseas["code_collectivite"].isin(CODED_COLLECTIVITIES)]
        for _ in range(n):
            island = islands.iloc[self.rng.randrange(len(islands))]
            point = self.point_in_polygon(island.geometry)
            if point is None:
                continue
            own = island.code_commune_insee
            fields = dict(latitude=f"{point[0]:.6f}", longitude=f"{point[1]:.6f}")
            form = self.rng.choice(["alone", "alone", "same", "other"])
            mates = coded[coded["code_collectivite"] == island.code_collectivite]
            others = coded[coded["code_collectivite"] != island.code_collectivite]
            if form == "alone":
                self.add(
                    "collectivite_point",
                    own,
                    note="point seul" + ("" if own else ", île de plusieurs communes"),
                    **fields,
                )
                continue
            pool = mates if form == "same" else others
            row = pool.iloc[self.rng.randrange(len(pool))]
            if form == "same" and own and row.code_commune_insee != own:
                continue  # on an island of one commune the text names that commune or conflicts
            cp = self.rng.choice([c for c in row.codes_postaux.split("|") if c])
            expected = row.code_commune_insee if form == "same" else ""
            self.add(
                "collectivite_point",
                expected,
                code_postal=cp,
                commune=row.nom_commune,
                note=f"point + texte ({form})",
                **fields,
            )

    def point_in_polygon(self, polygon) -> tuple[float, float] | None:
        """(lat, lon) of a random point inside `polygon`, or None after 200 draws outside it."""
        x0, y0, x1, y1 = polygon.bounds
        for _ in range(200):
            x, y = self.rng.uniform(x0, x1), self.rng.uniform(y0, y1)
            if polygon.contains(shapely.Point(x, y)):
                return y, x
        return None

    def _overseas_homonym(self, name: str) -> bool:
        key = compact(name_key(name))
        return int((self.overseas["nom_commune"].map(lambda v: compact(name_key(v))) == key).sum()) > 1

    def _foreign_namesakes(self, n: int) -> None:
        """Foreign addresses whose country or city is also the name of a French commune (Suisse, 57),
        with a foreign postal code; and events whose OpenAgenda country code is not French."""
        countries = ["Suisse", "Belgique", "Luxembourg", "Allemagne", "Espagne", "Italie", "Canada"]
        namesakes = [c for c in countries if compact(name_key(c)) in self.names] or ["Suisse"]
        for _ in range(n):
            country = self.rng.choice(namesakes + countries)
            postal = str(self.rng.randint(1000, 9999))
            street = self.rng.choice(["Avenue de Rhodanie 2", "Rue du Rhône 1", "Hauptstrasse 5", "Grand-Rue 12"])
            town = self.rng.choice(["Lausanne", "Genève", "Bruxelles", "Zurich", "Luxembourg"])
            form = self.rng.choice(["address", "address_town", "commune_country", "paren"])
            if form == "address":
                self.add("etranger_homonyme", "", adresse=f"{street}, {postal} {town}, {country}", note=form)
            elif form == "address_town":
                self.add(
                    "etranger_homonyme", "", commune=country, adresse=f"{street}, {postal} {town}, {country}", note=form
                )
            elif form == "commune_country":
                self.add("etranger_homonyme", "", commune=country, note=form)
            else:
                self.add("etranger_homonyme", "", commune=f"{town} ({country})", note=form)
        for _ in range(n // 2):
            row = self.pick(self.com)
            self.add(
                "etranger_homonyme",
                "",
                code_postal=self.postal_of(row),
                commune=row.nom_commune,
                code_pays=self.rng.choice(["BE", "CH", "be", "LU", "DE", "CA"]),
                note="code pays",
            )
        for _ in range(n // 2):
            row = self.pick(self.com)
            self.add(
                "etranger_homonyme",
                row.code_commune_insee,
                code_postal=self.postal_of(row),
                commune=row.nom_commune,
                code_pays=self.rng.choice(["FR", "fr", "GP", "RE", ""])
                if not row.code_departement.startswith("97")
                else "",
                note="code pays français",
            )

    def _comma_articles(self, n: int) -> None:
        """The INSEE article postposed after a comma: "Sauve, La", "Mesnuls, Les", "Abergement, L'"."""
        articles = self.com[self.com["nom_commune"].str.match(r"^(Le|La|Les) |^L'")]
        for _ in range(n):
            row = self.pick(articles)
            name = row.nom_commune
            art, rest = ("L'", name[2:]) if name.startswith("L'") else name.split(" ", 1)
            text = self.rng.choice([f"{rest}, {art}", f"{rest},{art}", f"{rest}, {art}".upper()])
            self.add("article_virgule", row.code_commune_insee, code_postal=self.postal_of(row), commune=text)

    def _dashed_places(self, n: int) -> None:
        """Free-text places (ICS LOCATION) with a hyphen, en or em dash before the commune."""
        for _ in range(n):
            row = self.pick(self.com)
            if row.code_commune_insee in ("75056", "13055", "69123"):
                continue
            dash = self.rng.choice([" - ", " – ", " — ", "–"])
            venue = self.rng.choice(VENUES + [f"{self.rng.randint(1, 90)} {s}" for s in STREETS])
            form = self.rng.choice(["address", "address_postal", "commune"])
            if form == "address":
                if not self.unique_name(row.nom_commune):
                    continue
                self.add("lieu_tirets", row.code_commune_insee, adresse=f"{venue}{dash}{row.nom_commune}", note=form)
            elif form == "address_postal":
                cp = self.postal_of(row)
                self.add(
                    "lieu_tirets", row.code_commune_insee, adresse=f"{venue}, {cp}{dash}{row.nom_commune}", note=form
                )
            else:
                self.add(
                    "lieu_tirets",
                    row.code_commune_insee,
                    code_postal=self.postal_of(row),
                    commune=f"{venue}{dash}{row.nom_commune}",
                    note=form,
                )

    def _spreadsheet_damage(self, n: int) -> None:
        """What spreadsheets do to codes and coordinates: lost leading zeros, town in the postal code
        cell, degrees-minutes-seconds, comma decimals."""
        zero = self.com[self.com["code_commune_insee"].str.startswith("0")]
        for _ in range(n):
            form = self.rng.choice(["postal_zero", "insee_zero", "postal_town", "dms", "comma"])
            row = self.pick(zero if form in ("postal_zero", "insee_zero") else self.com)
            code = row.code_commune_insee
            cp = self.postal_of(row)
            if form == "postal_zero":
                self.add("tableur", code, code_postal=cp.lstrip("0"), commune=row.nom_commune, note=form)
            elif form == "insee_zero":
                self.add("tableur", code, code_insee_source=code.lstrip("0"), note=form)
            elif form == "postal_town":
                if code in ("75056", "13055", "69123"):
                    continue
                self.add("tableur", code, code_postal=f"{cp} {row.nom_commune.upper()}", note=form)
            else:
                point = self.point_in(code) if code not in self._shared() else None
                if point is None:
                    continue
                if form == "dms":
                    lat, lon = _dms(point[0], "N", "S"), _dms(point[1], "E", self.rng.choice(["O", "W"]))
                else:
                    lat, lon = f"{point[0]:.6f}".replace(".", ","), f"{point[1]:.6f}".replace(".", ",")
                self.add("tableur", code, latitude=lat, longitude=lon, note=form)

    def _short_names(self, n: int) -> None:
        """Towns named short with their postal code ("13100 Aix", "63000 Clermont", "91000 Évry" for
        Évry-Courcouronnes): the commune of the postal code named so, else the one whose name begins with the
        short name; nothing when several begin with it (a reader cannot tell)."""
        towns = self.com[(self.com["population"].fillna(0) > 5000)]
        towns = towns[towns["nom_commune"].map(short_form) != ""]
        for _ in range(n):
            row = self.pick(towns)
            short, cp = short_form(row.nom_commune), self.postal_of(row)
            key = name_key(short)
            exact = [c for c in self.postal[cp] if self.by_code.loc[c, "key"] == compact(key)]
            begin = [c for c in self.postal[cp] if name_key(self.by_code.loc[c, "nom_commune"]).startswith(key + " ")]
            expected = exact[0] if len(exact) == 1 else begin[0] if not exact and len(begin) == 1 else ""
            style = self.rng.choice(["as_is", "as_is", "upper", "noaccent"])
            text = {"as_is": short, "upper": short.upper(), "noaccent": strip_accents(short)}[style]
            self.add("nom_abrege", expected, code_postal=cp, commune=text, note=f"{row.nom_commune} ({style})")

    def _territory_named(self, n: int) -> None:
        """A commune field ending with its département or région by name, as agendas write it ("Rennes
        (Ille-et-Vilaine)", "Bastia, Haute-Corse", "Saint-Denis, La Réunion", "Rennes, Bretagne, France"): the one
        commune so named there; nothing when several are, or when the territory named is not the commune's
        (one row in six)."""
        deps = load_departements(self.root_dir).set_index("code_departement")
        regions = load_regions(self.root_dir).set_index("code_region")["nom_region"]
        for _ in range(n):
            row = self.pick(self.com)
            dep = self.departement_written(row, deps)
            wrong = dep != row.code_departement
            region = deps.loc[dep, "code_region"]
            form = self.rng.choice(["dep_paren", "dep_comma", "dep_dash", "region_comma", "region_france"])
            territory = deps.loc[dep, "nom_departement"] if form.startswith("dep") else regions[region]
            text = {"dep_paren": f"{row.nom_commune} ({territory})", "dep_comma": f"{row.nom_commune}, {territory}",
                    "dep_dash": f"{row.nom_commune} - {territory}", "region_comma": f"{row.nom_commune}, {territory}",
                    "region_france": f"{row.nom_commune}, {territory}, France"}[form]
            scope = {dep} if form.startswith("dep") else set(deps.index[deps["code_region"] == region])
            named = self.named_in(row.nom_commune, scope)
            expected = named[0] if len(named) == 1 else ""
            self.add("territoire_nomme", expected, commune=text, note=form + (" (autre territoire)" if wrong else ""))

    def _bare_departement(self, n: int) -> None:
        """A commune field ending with its département's code without brackets, as spreadsheets write it ("Nice 06",
        "Bayonne - 64", "Saint-Denis, 974"): the one commune so named there; nothing when several are, or when the
        code is another département's where none is so named (one row in six). Then addresses without postal code
        ending with the town and its département's code, in brackets or not. Paris, Marseille and Lyon aside: a
        number after them is read as an arrondissement."""
        deps = load_departements(self.root_dir)["code_departement"].tolist()
        for _ in range(n):
            row = self.pick_outside_plm()
            if row is None:
                continue
            dep = row.code_departement
            wrong = self.rng.random() < 1 / 6
            if wrong:
                dep = self.rng.choice([d for d in deps if d != row.code_departement])
            form = self.rng.choice(["space", "dash", "comma"])
            text = {"space": f"{row.nom_commune} {dep}", "dash": f"{row.nom_commune} - {dep}",
                    "comma": f"{row.nom_commune}, {dep}"}[form]
            named = self.named_in(row.nom_commune, {dep})
            expected = named[0] if len(named) == 1 else ""
            self.add("departement_nu", expected, commune=text, note=form + (" (autre département)" if wrong else ""))
        # The same code after the town that ends an address without postal code (« 15, rue X, Nantes (44) »)
        for _ in range(n // 4):
            row = self.pick_outside_plm()
            if row is None:
                continue
            dep = row.code_departement
            town = self.rng.choice([f"{row.nom_commune} ({dep})", f"{row.nom_commune} {dep}"])
            named = self.named_in(row.nom_commune, {dep})
            self.add("departement_nu", named[0] if len(named) == 1 else "",
                     adresse=f"{self.rng.randint(1, 80)} {self.rng.choice(STREETS)}, {town}", note="adresse")

    def _municipal_venues(self, n: int) -> None:
        """A town's public building named after it, alone in the commune or address field (« Mairie de Rennes »,
        « Salle des fêtes du Mans », « Médiathèque d'Angers ») of a commune no other bears the name of (as for
        commune_seule): that commune.
        And a street named after a town with no town after it (« Rue de Paris », « 12 avenue de Lyon »): nothing."""
        for _ in range(n):
            row = self.pick(self.com)
            name = row.nom_commune
            if self.rng.random() < 1 / 5:
                street = self.rng.choice(["Rue", "Avenue", "Boulevard", "Place", "Route", "Chemin"])
                text = f"{self.rng.choice(['', f'{self.rng.randint(1, 80)} '])}{street} {_of(name)}"
                self.add("lieu_municipal", "", adresse=text, note="rue")
                continue
            if not self.unique_name(name):
                continue
            venue = self.rng.choice(["Mairie", "Hôtel de Ville", "Salle des fêtes", "Salle polyvalente", "Médiathèque",
                                     "Maison des associations", "Centre culturel", "Foyer rural", "Office de tourisme"])
            text = f"{venue} {_of(name)}"
            if self.rng.random() < 1 / 2:
                self.add("lieu_municipal", row.code_commune_insee, commune=text, note="commune")
            else:
                self.add("lieu_municipal", row.code_commune_insee, adresse=text, note="adresse")

    def _former_territories(self, n: int) -> None:
        """A commune field ending with a territory as older listings name it: a région merged in 2016 (« Caen,
        Basse-Normandie », « Poitiers (Poitou-Charentes) »; one row in six names a région the commune was not in),
        Corsica's code before 1976 (« Ajaccio (20) », « Bastia 20 »): the one commune so named there, else nothing."""
        regions = list(FORMER_REGIONS.items())
        corsica = self.com[self.com["code_departement"].isin(["2A", "2B"])]
        for _ in range(n):
            if self.rng.random() < 1 / 4:
                row = self.pick(corsica, weighted=False)
                scope, text = {"2A", "2B"}, self.rng.choice([f"{row.nom_commune} (20)", f"{row.nom_commune} 20"])
                note = "corse"
            else:
                row = self.pick(self.com)
                own = [(region, deps) for region, deps in regions if row.code_departement in deps]
                if not own:
                    continue
                region, deps = own[0]
                if self.rng.random() < 1 / 6:
                    region, deps = self.rng.choice([r for r in regions if row.code_departement not in r[1]])
                form = self.rng.choice(["paren", "comma", "dash"])
                text = {"paren": f"{row.nom_commune} ({region})", "comma": f"{row.nom_commune}, {region}",
                        "dash": f"{row.nom_commune} - {region}"}[form]
                scope, note = set(deps), form + ("" if row.code_departement in deps else " (autre région)")
            named = self.named_in(row.nom_commune, scope)
            self.add("territoire_ancien", named[0] if len(named) == 1 else "", commune=text, note=note)

    def _neighbour_points(self, n: int) -> None:
        """Postal code and name exact, the point well inside a neighbouring commune (beyond the 500 m
        of the border rule): the text is kept. A point in a commune that does not touch the named one
        stays a conflict (see `conflit`)."""
        added = tries = 0
        while added < n and tries < n * 20:
            tries += 1
            row = self.pick(self.com, weighted=False)
            code = row.code_commune_insee
            if code in self._shared() or code not in self.geom.index or not self.unique_name(row.nom_commune):
                continue
            geometry = self.geom[code]
            neighbours = [
                str(self.codes[i])
                for i in self.tree.query(geometry, predicate="dwithin", distance=0.0004)
                if str(self.codes[i]) != code
            ]
            neighbours = [c for c in neighbours if c not in self._shared()]
            if not neighbours:
                continue
            other = self.rng.choice(neighbours)
            point = self.point_in(other)
            if point is None or self.nearest_to(code, *point) <= 600:
                continue
            self.add(
                "limite_voisine",
                code,
                code_postal=self.postal_of(row),
                commune=row.nom_commune,
                latitude=point[0],
                longitude=point[1],
                note=f"point dans {other}",
            )
            added += 1

    def nearest_to(self, code: str, lat: float, lon: float) -> float:
        point = shapely.Point(lon, lat)
        line = shapely.shortest_line(point, self.geom[code])
        (x0, y0), (x1, y1) = shapely.get_coordinates(line)
        return float(np.hypot((x1 - x0) * M_PER_DEG * np.cos(np.radians(lat)), (y1 - y0) * M_PER_DEG))

    def adjacent(self, first: str, second: str) -> bool:
        a, b = self.geom.get(first), self.geom.get(second)
        return a is not None and b is not None and bool(shapely.dwithin(a, b, 0.0004))


_LINKING = {"en", "sur", "les", "lès", "lez", "de", "du", "des", "la", "le", "sous", "aux", "et", "l", "d"}


def short_form(name: str) -> str:
    """A town's name as people say it short: up to its first linking word ("Aix-en-Provence" -> "Aix",
    "Saint-Jean-de-Luz" -> "Saint-Jean", "Villeneuve-d'Ascq" -> "Villeneuve"), else the first of two parts
    ("Clermont-Ferrand" -> "Clermont"); "" when the name has no shorter form worth saying."""
    parts = name.split("-")
    for i, part in enumerate(parts[1:], start=1):
        if part.lower() in _LINKING or part.lower().startswith(("d'", "l'")):
            short = "-".join(parts[:i])
            break
    else:
        short = parts[0] if len(parts) == 2 else ""
    return short if len(short) >= 3 and short not in ("Saint", "Sainte") and short != name else ""


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return f"{degrees}°{minutes:02d}'{seconds:05.2f}\"{hemisphere}"


# Quarters of French towns, written after the town (_quarters leaves out those a commune is named after: Beaulieu).
QUARTERS = ["Neudorf", "Borny", "Fives", "Mirail", "Bellevue", "Croix-Rousse", "Villejean", "Bercy", "Montmartre",
            "Vauban", "Gare", "Université", "Hyper-centre", "Quartier Est", "Les Halles", "La Duchère",
            "Le Port", "Zone artisanale", "ZI Nord", "Z.A. des Landes", "Beaulieu", "Saint-Marc", "Bourg", "Plage"]


def build_eval_set(root: Path | None = None, per_family: int = 260, seed: int = 2026) -> pd.DataFrame:
    """The labelled evaluation set: COLUMNS, about `per_family` rows for each defect family."""
    return Builder(Path(root) if root else REFERENCE_DIR, seed).build(per_family)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--per-family", type=int, default=260)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    frame = build_eval_set(per_family=args.per_family, seed=args.seed)
    frame.to_csv(args.output, index=False)
    counts = frame.groupby("famille").size()
    print(f"{len(frame)} lignes écrites dans {args.output}")
    print(counts.to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
