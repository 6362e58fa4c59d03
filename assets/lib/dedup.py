"""Cross-source deduplication: the same real event listed by several sources becomes one row.

Blocking: records of one edition whose start days are equal or adjacent (a naive overseas time read as
Paris time can move an event to the next day). Within a block every pair of records from two different
sources is scored; a record is never merged with another record of its own source (two repair cafés
of one agenda are two events; repeats of one source id were merged upstream).

A pair matches when nothing contradicts it and the evidence is strong enough:

- vetoes (any one keeps the records apart): starts more than 150 minutes apart (7 hours when one place
  is overseas: spreadsheets write local times without offset); communes that cannot be the same (the
  candidate communes of each record, from the INSEE code, postal code or folded name, do not meet);
  coordinates more than 2 km apart; two street addresses (number, street) that differ; two known postal
  codes that differ while the places differ too (Paris 11e and Paris 18e); venue/address and organiser
  both clearly different; one record online and the other in a known place;
- evidence: normalised titles (case, accents, punctuation, "Mois de l'ESS" boilerplate removed) at
  least 90 % similar with the same commune (candidate communes meet, or the written names are 80 %
  similar when one is not in the COG), the same street address, close coordinates (< 1 km) or both
  online; or at least 75 % similar with the same commune, the same start (± 30 min) and the same venue,
  organiser or point.

Clusters are built greedily from the best pair down, so transitivity (A~B, B~C) merges A, B and C only
when no pair across the two groups is vetoed and no source appears twice. A record with two equally good
candidates in one source (two identical repair cafés, one record too vague to tell them apart) is left
alone rather than merged with a guess.

Merge rule, per field: the primary record is the platform's, else the most complete one (then by source
name): it gives `identifiant`, `source`, `source_identifiant`, title, description, type, organiser, URL;
an empty field is filled from the next record in that order. Dates come from the first record (same
order) that has a start time. The place (venue, address, postal code, commune, INSEE code) is taken
whole from the record with the most complete place, coordinates from it or the next one that has some.
Themes, publics and co-organisers are the union; `date_mise_a_jour` the latest; `sources_fusionnees`
lists the other records as `source:identifiant`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from assets.lib.text import fold

MERGE_MOTIF = "même événement dans une autre source"
PRIMARY_SOURCE = "plateforme"

TIME_TOLERANCE_MIN = 150
OVERSEAS_TOLERANCE_MIN = 7 * 60
SAME_TIME_MIN = 30
FAR_KM = 2.0
NEAR_KM = 1.0
TITLE_STRONG = 90
TITLE_WEAK = 75
AMBIGUITY_MARGIN = 3.0

# Boilerplate that sources add to titles and that says nothing about the event.
_BOILERPLATE = re.compile(
    r"\b(?:dans le cadre du |a l occasion du )?mois (?:de l )?(?:ess|economie sociale et solidaire)"
    r"(?: (?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b|\bess\b"
)
_ARRONDISSEMENT = re.compile(
    r"^(paris|lyon|marseille)(?: \d{1,2}(?: ?(?:e|er|eme|ème))?)?(?: arrondissement)?$"
)
_CEDEX = re.compile(r"\bcedex(?: \d+)?\b")
_ONLINE = re.compile(r"\b(?:en ligne|visio(?:conference)?|zoom|distanciel|webinaire|online)\b")
_ABBREVIATIONS = {
    "r": "rue",
    "av": "avenue",
    "ave": "avenue",
    "bd": "boulevard",
    "bld": "boulevard",
    "pl": "place",
    "ch": "chemin",
    "imp": "impasse",
    "all": "allee",
    "st": "saint",
    "ste": "sainte",
    "mais": "maison",
}
_STREET = re.compile(
    r"\b(\d{1,4})(?: (?:bis|ter))? (rue|avenue|boulevard|place|chemin|allee|impasse|quai|cours|route"
    r"|square|esplanade|promenade) ((?:[a-z]+ ?){1,3})"
)
# Métropole, Corse and the five DROM: coordinates elsewhere are a source error (swapped lat/lon, 0,0).
_FRANCE_BOXES = [
    (41.2, 51.2, -5.3, 9.7),
    (15.8, 16.6, -61.9, -60.9),
    (14.3, 14.95, -61.3, -60.75),
    (2.0, 5.9, -54.7, -51.5),
    (-21.45, -20.85, 55.2, 55.9),
    (-13.05, -12.6, 45.0, 45.35),
]

PLACE_FIELDS = ("lieu", "adresse", "code_postal", "commune", "code_insee_source")
UNION_FIELDS = ("thematiques", "publics", "co_organisateurs")


def title_key(title: str | None) -> str:
    """Comparison key of a title: folded, without the edition's boilerplate."""
    text = fold(title)
    text = _BOILERPLATE.sub(" ", text)
    return " ".join(text.split())


def commune_key(name: str | None) -> str:
    """Folded commune name without CEDEX, arrondissement suffix, with St/Ste spelled out."""
    text = _CEDEX.sub(" ", fold(name))
    text = " ".join(text.split())
    text = re.sub(r"^st ", "saint ", text)
    text = re.sub(r"^ste ", "sainte ", text)
    match = _ARRONDISSEMENT.match(text)
    if match:
        return match.group(1)
    return re.sub(
        r" \d{1,2} ?(?:e|er|eme)(?: arrondissement)?$", "", text
    )  # "Mraseille 15e": typo + arrondissement


@dataclass
class CommuneIndex:
    """Candidate current communes (COM codes) of a place from its INSEE code, postal code or name."""

    parent: dict[str, str]  # any COG code (COM, COMD, COMA, ARM) -> its COM
    by_postal: dict[str, frozenset[str]]
    by_name: dict[str, frozenset[str]]

    @classmethod
    def from_reference(cls, root: Path | None = None) -> CommuneIndex:
        from assets.lib.reference import load_communes

        table = load_communes(root)
        codes = table["code_commune_insee"].astype(str)
        parent_codes = table["code_commune_parente"].fillna("").astype(str)
        parents = parent_codes.where(parent_codes != "", codes)
        parent: dict[str, str] = {}
        for code, kind, com in zip(codes, table["type_commune"].astype(str), parents, strict=True):
            if kind == "COM" or code not in parent:
                parent[code] = com
        by_postal: dict[str, set[str]] = {}
        by_name: dict[str, set[str]] = {}
        for com, name, postal in zip(
            parents,
            table["nom_commune"].astype(str),
            table["codes_postaux"].fillna("").astype(str),
            strict=True,
        ):
            for code in postal.split("|"):
                if code:
                    by_postal.setdefault(code, set()).add(com)
            by_name.setdefault(commune_key(name), set()).add(com)
            # "Paris 11e Arrondissement" also answers to "paris"
        for code, old in zip(parents, table["anciens_codes"].fillna("").astype(str), strict=True):
            for former in old.split("|"):
                if former and former not in parent:
                    parent[former] = code
        return cls(
            parent=parent,
            by_postal={k: frozenset(v) for k, v in by_postal.items()},
            by_name={k: frozenset(v) for k, v in by_name.items()},
        )

    def candidates(self, insee: str, postal: str, name: str) -> frozenset[str]:
        """The communes the place can be in; empty when nothing is known."""
        if insee and insee in self.parent:
            return frozenset([self.parent[insee]])
        by_postal = self.by_postal.get(postal, frozenset()) if postal else frozenset()
        by_name = self.by_name.get(commune_key(name), frozenset()) if name else frozenset()
        if by_postal and by_name:
            both = by_postal & by_name
            return both or (by_postal | by_name)  # a typo or a CEDEX name: stay lenient
        return by_postal or by_name

    def is_postal_code(self, postal: str) -> bool:
        return postal in self.by_postal


@dataclass
class DedupResult:
    events: pd.DataFrame  # one row per real event, `sources_fusionnees` filled
    merges: (
        pd.DataFrame
    )  # the records merged away: edition, identifiant (kept row), source, source_identifiant
    clusters: list[list[int]] = field(default_factory=list)  # row positions of the input, clusters of ≥ 2
    pairs_scored: int = 0


def _valid_point(lat: float, lon: float) -> bool:
    if lat != lat or lon != lon:
        return False
    return any(a <= lat <= b and c <= lon <= d for a, b, c, d in _FRANCE_BOXES)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def place_key(text: str) -> str:
    """Folded venue and address with the usual abbreviations spelled out (r. -> rue, av. -> avenue)."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in fold(text).split())


def street_of(place: str) -> tuple[str, str, str] | None:
    """(number, street type, first word of the street name) of a folded place text, if it has one.

    One word only: a free-text place often runs on into the commune ("12 rue Victor Hugo Rennes")."""
    match = _STREET.search(place)
    if match is None:
        return None
    name = [w for w in match.group(3).split() if w not in ("de", "du", "des", "la", "le", "les", "l", "d")][
        :1
    ]
    return match.group(1), match.group(2), " ".join(name)


@dataclass
class _Record:
    row: int
    source: str
    title: str
    day: int  # days since 1970
    minute: float | None  # minutes since 1970 (UTC) of a timed start; None for a date-only start
    communes: frozenset[str]
    commune: str  # folded commune name as written (compared when a typo hides it from the COG)
    postal: str  # a known postal code, else ""
    point: tuple[float, float] | None
    place: str
    street: tuple[str, str, str] | None
    organiser: str
    online: bool
    overseas: bool


def _records(events: pd.DataFrame, index: CommuneIndex) -> list[_Record]:
    starts = events["date_debut"].fillna("").astype(str)
    if "date_heure_debut" in events.columns:  # the day and, when known, the date-time of the start
        instants_given = events["date_heure_debut"].astype("string").fillna("").astype(str)
        starts = instants_given.where(instants_given != "", starts)
    days = pd.to_datetime(starts.str[:10], format="%Y-%m-%d", errors="coerce")
    day_numbers = ((days - pd.Timestamp("1970-01-01")).dt.days).fillna(-1).astype(int).tolist()
    timed = starts.str.len() > 10
    instants = pd.to_datetime(starts.where(timed, None), utc=True, errors="coerce", format="ISO8601")
    minutes = [None if pd.isna(m) else m.value / 60_000_000_000 for m in instants.tolist()]
    records = []
    for position, row in enumerate(events.itertuples(index=False)):
        postal = str(row.code_postal or "")
        insee = str(row.code_insee_source or "")
        communes = index.candidates(insee, postal, str(row.commune or ""))
        if not communes and row.adresse:
            # A free-text place ("Salle des fêtes, 12 rue X, Amblainville"): its last part names the commune.
            communes = index.candidates("", "", str(row.adresse).rsplit(",", 1)[-1])
        lat, lon = row.latitude, row.longitude
        point = (
            (float(lat), float(lon))
            if lat is not None
            and lon is not None
            and not pd.isna(lat)
            and not pd.isna(lon)
            and _valid_point(float(lat), float(lon))
            else None
        )
        place = place_key(f"{row.lieu or ''} {row.adresse or ''}")
        for word in (postal, fold(row.commune), commune_key(row.commune)):
            if word:
                place = place.replace(word, " ")
        place = " ".join(place.split())
        online = (
            not communes
            and point is None
            and (str(row.modalite) == "en_ligne" or bool(_ONLINE.search(place)))
        )
        if online:
            place = ""
        overseas = (
            postal.startswith("97") or insee.startswith("97") or any(c.startswith("97") for c in communes)
        )
        records.append(
            _Record(
                row=position,
                source=str(row.source),
                title=title_key(row.titre),
                day=day_numbers[position],
                minute=minutes[position],
                communes=communes,
                commune=commune_key(row.commune or str(row.adresse or "").rsplit(",", 1)[-1]),
                postal=postal if index.is_postal_code(postal) else "",
                point=point,
                place=place,
                street=street_of(place),
                organiser=fold(row.organisateur),
                online=online,
                overseas=overseas,
            )
        )
    return records


def _has_place(record: _Record) -> bool:
    return bool(record.communes or record.point or record.place)


def vetoed(a: _Record, b: _Record) -> str | None:
    """Why two records cannot be the same event, or None."""
    if a.source == b.source:
        return "même source"
    if a.minute is not None and b.minute is not None:
        tolerance = OVERSEAS_TOLERANCE_MIN if a.overseas or b.overseas else TIME_TOLERANCE_MIN
        if abs(a.minute - b.minute) > tolerance:
            return "horaires"
    elif a.day != b.day and not (a.overseas or b.overseas):
        return "jour"
    if a.online != b.online and (_has_place(a) if b.online else _has_place(b)):
        return "en ligne / sur place"
    if a.communes and b.communes and not (a.communes & b.communes):
        return "communes"
    if a.point and b.point and _km(a.point, b.point) > FAR_KM:
        return "coordonnées"
    if a.street and b.street and a.street != b.street:
        return "adresses"
    place = fuzz.token_set_ratio(a.place, b.place) if a.place and b.place else None
    if a.postal and b.postal and a.postal != b.postal and (place is None or place < 80):
        return "codes postaux"
    organiser = fuzz.token_set_ratio(a.organiser, b.organiser) if a.organiser and b.organiser else None
    if place is not None and place < 50 and organiser is not None and organiser < 60:
        return "lieu et organisateur"
    if a.online and b.online and organiser is not None and organiser < 60:
        return "organisateurs (en ligne)"
    return None


def score(a: _Record, b: _Record, title: float) -> float | None:
    """Match score of a pair not vetoed (higher is surer), or None when the evidence is too weak."""
    same_commune = bool(a.communes & b.communes)
    if not same_commune and not (a.communes and b.communes) and a.commune and b.commune:
        same_commune = fuzz.ratio(a.commune, b.commune) >= 80  # "Montepllier": a typo the COG cannot resolve
    distance = _km(a.point, b.point) if a.point and b.point else None
    near = distance is not None and distance < NEAR_KM
    both_online = a.online and b.online
    place = fuzz.token_set_ratio(a.place, b.place) if a.place and b.place else 0.0
    organiser = fuzz.token_set_ratio(a.organiser, b.organiser) if a.organiser and b.organiser else 0.0
    same_time = a.minute is not None and b.minute is not None and abs(a.minute - b.minute) <= SAME_TIME_MIN
    same_street = a.street is not None and a.street == b.street
    located = same_commune or near or both_online or same_street
    if not located and not _has_place(a) and not _has_place(b):
        located = organiser >= 85  # two records without any place: the organiser must agree
    if title >= TITLE_STRONG and located:
        pass
    elif (
        title >= TITLE_WEAK
        and same_commune
        and same_time
        and (place >= 80 or organiser >= 85 or (distance is not None and distance < 0.3))
    ):
        pass
    else:
        return None
    return title + 0.05 * place + 0.05 * organiser + (3 if same_time else 0) + (2 if near else 0)


def _title_matrix(left: list[str], right: list[str]) -> np.ndarray:
    """max(ratio, token_set_ratio - 5): a title contained in a longer one counts, slightly less."""
    ratio = process.cdist(left, right, scorer=fuzz.ratio, dtype=np.float32, workers=1)
    token_set = process.cdist(left, right, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1)
    return np.maximum(ratio, token_set - 5)


def candidate_pairs(records: list[_Record]) -> list[tuple[float, int, int]]:
    """(score, i, j) of matching pairs (i < j), blocking by edition-local start day and the next day."""
    by_day: dict[int, list[_Record]] = {}
    for record in records:
        by_day.setdefault(record.day, []).append(record)
    pairs: list[tuple[float, int, int]] = []
    for day in sorted(by_day):
        left = by_day[day]
        right = left + by_day.get(day + 1, [])
        matrix = _title_matrix([r.title for r in left], [r.title for r in right])
        rows, columns = np.nonzero(matrix >= TITLE_WEAK)
        for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
            a, b = left[i], right[j]
            if j < len(left) and j <= i:
                continue  # same-day pairs once
            if a.source == b.source or vetoed(a, b):
                continue
            value = score(a, b, float(matrix[i, j]))
            if value is not None:
                pairs.append((value, min(a.row, b.row), max(a.row, b.row)))
    return pairs


def _drop_ambiguous(
    pairs: list[tuple[float, int, int]], records: list[_Record]
) -> list[tuple[float, int, int]]:
    """Pairs whose record has no rival of nearly the same score in the other record's source."""
    best: dict[tuple[int, str], list[float]] = {}
    for value, i, j in pairs:
        best.setdefault((i, records[j].source), []).append(value)
        best.setdefault((j, records[i].source), []).append(value)

    def clear(record: int, other_source: str, value: float) -> bool:
        rivals = sorted(best[(record, other_source)], reverse=True)
        return value == rivals[0] and (len(rivals) == 1 or rivals[1] < value - AMBIGUITY_MARGIN)

    return [
        (v, i, j) for v, i, j in pairs if clear(i, records[j].source, v) and clear(j, records[i].source, v)
    ]


def cluster(records: list[_Record], pairs: list[tuple[float, int, int]]) -> list[list[int]]:
    """Groups of ≥ 2 rows, built from the best pair down; a group never holds a vetoed pair nor a source
    twice."""
    group_of = {r.row: r.row for r in records}
    members = {r.row: [r.row] for r in records}
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        sources_i = {records[k].source for k in members[gi]}
        if any(records[k].source in sources_i for k in members[gj]):
            continue
        if any(vetoed(records[a], records[b]) for a in members[gi] for b in members[gj]):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi] += members.pop(gj)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)


def _filled(value) -> bool:
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value) != ""


def _completeness(row: dict) -> int:
    return sum(_filled(value) for key, value in row.items() if key != "sources_fusionnees")


def merge_group(rows: list[dict]) -> tuple[dict, list[dict]]:
    """The merged row of the records of one event (dicts of `events` columns), and the records merged away."""
    ordered = sorted(
        rows,
        key=lambda r: (
            r["source"] != PRIMARY_SOURCE,
            -_completeness(r),
            r["source"],
            str(r["source_identifiant"]),
        ),
    )
    primary = ordered[0]
    merged = dict(primary)
    for column in merged:
        if column in PLACE_FIELDS or column in UNION_FIELDS or column in ("latitude", "longitude"):
            continue
        if not _filled(merged[column]) or (column == "type_evenement" and merged[column] == "autre"):
            for row in ordered[1:]:
                if _filled(row[column]) and not (column == "type_evenement" and row[column] == "autre"):
                    merged[column] = row[column]
                    break
    timed = next((row for row in ordered if _filled(row.get("date_heure_debut"))
                  or len(str(row["date_debut"] or "")) > 10), primary)
    for column in ("date_debut", "date_fin", "date_heure_debut", "date_heure_fin"):
        if column in merged:
            merged[column] = timed[column]
    place_scores = [sum(_filled(row[c]) for c in PLACE_FIELDS) for row in ordered]
    place = ordered[place_scores.index(max(place_scores))]
    for column in PLACE_FIELDS:
        merged[column] = place[column]
    located = next(
        (row for row in [place, *ordered] if _filled(row["latitude"]) and _filled(row["longitude"])), None
    )
    merged["latitude"] = located["latitude"] if located is not None else None
    merged["longitude"] = located["longitude"] if located is not None else None
    for column in UNION_FIELDS:
        values: list[str] = []
        for row in ordered:
            values += [v for v in str(row[column] or "").split("|") if v and v not in values]
        merged[column] = "|".join(sorted(values) if column == "co_organisateurs" else values)
    if "co_organise" in merged:
        # Co-organised when any record names a partner; "no" only when one says no; otherwise unknown.
        said = [row["co_organise"] for row in ordered if _filled(row["co_organise"])]
        merged["co_organise"] = True if merged["co_organisateurs"] else (False if said else pd.NA)
    updates = [str(row["date_mise_a_jour"]) for row in ordered if _filled(row["date_mise_a_jour"])]
    merged["date_mise_a_jour"] = max(updates) if updates else ""
    merged["sources_fusionnees"] = "|".join(
        sorted(f"{row['source']}:{row['source_identifiant']}" for row in ordered[1:])
    )
    merges = [
        {
            "edition": int(row["edition"]),
            "identifiant": merged["identifiant"],
            "source": row["source"],
            "source_identifiant": row["source_identifiant"],
            "motif": MERGE_MOTIF,
        }
        for row in ordered[1:]
    ]
    return merged, merges


def deduplicate(events: pd.DataFrame, index: CommuneIndex) -> DedupResult:
    """One row per real event across sources, and the records merged away (see the module docstring).

    `events` has the columns of the `events` table; editions are processed independently, so the result
    for one edition does not depend on the others. Output rows keep the input's column order.
    """
    columns = list(events.columns)
    merge_columns = ["edition", "identifiant", "source", "source_identifiant", "motif"]
    if events.empty:
        return DedupResult(events.copy(), pd.DataFrame(columns=merge_columns))
    frame = events.sort_values(["edition", "source", "source_identifiant"], kind="stable").reset_index(
        drop=True
    )
    kept, merges, clusters, scored = [], [], [], 0
    for _, edition_frame in frame.groupby("edition", sort=True):
        positions = edition_frame.index.to_list()
        records = _records(edition_frame.reset_index(drop=True), index)
        pairs = _drop_ambiguous(candidate_pairs(records), records)
        scored += len(pairs)
        groups = cluster(records, pairs)
        grouped = {row for group in groups for row in group}
        kept.append(edition_frame.iloc[[i for i in range(len(edition_frame)) if i not in grouped]])
        rows = []
        as_dicts = edition_frame.to_dict("records") if groups else []
        for group in groups:
            row, merged_away = merge_group([as_dicts[i] for i in group])
            rows.append(row)
            merges += merged_away
            clusters.append([positions[i] for i in group])
        if rows:
            kept.append(pd.DataFrame(rows, columns=columns))
    unique = pd.concat(kept, ignore_index=True) if kept else frame.iloc[0:0]
    unique = unique.sort_values(["edition", "date_debut", "identifiant"], kind="stable").reset_index(
        drop=True
    )
    return DedupResult(unique[columns], pd.DataFrame(merges, columns=merge_columns), clusters, scored)
