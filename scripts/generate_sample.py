#!/usr/bin/env python
"""Generate the SYNTHETIC sample of the 15 editions (2008–2022) in data/raw/, and its dedup ground truth.

Usage (from the repository root, with the project virtualenv)::

    python scripts/generate_sample.py            # rewrites data/raw/ and tests/fixtures/dedup/verite.csv.gz
    python scripts/generate_sample.py --check    # regenerates into a temporary folder and compares hashes

Everything comes from one seeded random generator walked in a fixed order, so two runs give byte-identical
files (XLSX zip entries carry a fixed date, no set is iterated, JSON is written with sorted keys).

What it models, edition by edition (see data/raw/README.md for the French description):

- volumes following the national bilans (1,513 events in 2010, 1,732 in 2011, 1,707 in 2012, about 2,000 in
  2016 and 2018, about 1,800 in 2019 with ~1,000 meetings/fairs/forums, ~350 trainings and open days and ~400
  cultural events, a Covid edition in 2020 mostly online), interpolated in between;
- places drawn from the COG 2026 communes (data/reference) in proportion to population and to the weight of
  the ESS in the region, with Corse, the five DROM, a few events abroad and online-only events; coordinates
  are
  points drawn inside the commune's contour;
- organisers persisting from one edition to the next (about 0.65 main organiser per event, 70 % associations);
- each edition split between the national platform and the regional sources of that year (CRESS OpenAgenda
  agendas, iCalendar feeds, CSV/XLSX spreadsheets, and the national archive spreadsheets of 2008–2012), the
  same event often listed in two or three of them with small differences;
- pre-2016 region names, communes since merged (written with their former name), address defects, contacts,
  HTML, and a small share of broken records (missing title, impossible dates, out-of-edition dates, bad
  coordinates, repeated ids, unreadable entries, a spreadsheet whose date column was renamed).

The ground truth (which records are the same real event) is written to tests/fixtures/dedup/verite.csv.gz,
keyed by (edition, source, source_identifiant) as the pipeline computes them; it is read by
scripts/bench_dedup.py and never published.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import random
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import shapely

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from assets.lib.reference import (  # noqa: E402
    load_commune_contours,
    load_communes,
    load_departements,
    load_regions,
)

SEED = 20081101
FIRST, LAST = 2008, 2022
EDITIONS = list(range(FIRST, LAST + 1))
PARIS = ZoneInfo("Europe/Paris")
UTC = ZoneInfo("UTC")

# Unique real events per edition: the bilans' figures where published, interpolated elsewhere.
VOLUMES = {
    2008: 640,
    2009: 1090,
    2010: 1513,
    2011: 1732,
    2012: 1707,
    2013: 1790,
    2014: 1860,
    2015: 1930,
    2016: 2010,
    2017: 2060,
    2018: 2000,
    2019: 1800,
    2020: 1180,
    2021: 1560,
    2022: 1790,
}
# Share of events by type (2019 bilan: ~1,000 meetings/fairs/forums, ~350 trainings/open days, ~400 cultural).
TYPE_MIX = {
    "conference_debat": 0.233,
    "forum_salon": 0.167,
    "rencontre_professionnelle": 0.156,
    "formation_atelier": 0.122,
    "portes_ouvertes_visite": 0.072,
    "evenement_culturel": 0.128,
    "projection": 0.094,
    "collecte_solidaire": 0.014,
    "concours_prix": 0.014,
}
# Share of the ESS in private employment by current region (%), used as a weight beside population.
ESS_WEIGHT = {
    "53": 14.0,
    "52": 13.7,
    "76": 13.3,
    "75": 12.9,
    "27": 12.8,
    "28": 11.9,
    "93": 11.5,
    "44": 11.3,
    "84": 11.2,
    "32": 11.2,
    "24": 11.2,
    "94": 9.8,
    "11": 7.2,
    "01": 11.0,
    "02": 11.0,
    "03": 9.0,
    "04": 12.0,
    "06": 8.0,
}
# Chance that an event's organiser already runs another event of the same edition in the same commune:
# tuned so that main organisers are about 0.65 per event (2011 bilan: 1,125 for 1,732 events).
BUSY, BUSY_NEARBY = 0.6, 0.17
FAMILIES = [
    ("association", 0.70),
    ("cooperative", 0.09),
    ("entreprise_ess", 0.06),
    ("collectivite", 0.05),
    ("mutuelle", 0.03),
    ("fondation", 0.025),
    ("reseau_ess", 0.03),
    ("enseignement_recherche", 0.015),
]
FORMER_REGIONS = {
    "Alsace": "67 68",
    "Aquitaine": "24 33 40 47 64",
    "Auvergne": "03 15 43 63",
    "Basse-Normandie": "14 50 61",
    "Bourgogne": "21 58 71 89",
    "Bretagne": "22 29 35 56",
    "Centre": "18 28 36 37 41 45",
    "Champagne-Ardenne": "08 10 51 52",
    "Corse": "2A 2B",
    "Franche-Comté": "25 39 70 90",
    "Haute-Normandie": "27 76",
    "Île-de-France": "75 77 78 91 92 93 94 95",
    "Languedoc-Roussillon": "11 30 34 48 66",
    "Limousin": "19 23 87",
    "Lorraine": "54 55 57 88",
    "Midi-Pyrénées": "09 12 31 32 46 65 81 82",
    "Nord-Pas-de-Calais": "59 62",
    "Pays de la Loire": "44 49 53 72 85",
    "Picardie": "02 60 80",
    "Poitou-Charentes": "16 17 79 86",
    "Provence-Alpes-Côte d'Azur": "04 05 06 13 83 84",
    "Rhône-Alpes": "01 07 26 38 42 69 73 74",
    "Guadeloupe": "971",
    "Martinique": "972",
    "Guyane": "973",
    "Réunion": "974",
    "Mayotte": "976",
}
OLD_REGION_OF = {dep: name for name, deps in FORMER_REGIONS.items() for dep in deps.split()}
ZONES = {
    "971": "America/Guadeloupe",
    "972": "America/Martinique",
    "973": "America/Cayenne",
    "974": "Indian/Reunion",
    "976": "Indian/Mayotte",
}
ABROAD = [
    ("Bruxelles", "1000", "BE", 50.8466, 4.3528),
    ("Genève", "1204", "CH", 46.2044, 6.1432),
    ("Montréal", "H2X 1Y4", "CA", 45.5088, -73.5878),
    ("Dakar", "", "SN", 14.7167, -17.4677),
    ("Luxembourg", "L-1111", "LU", 49.6116, 6.1319),
    ("Tunis", "1000", "TN", 36.8065, 10.1815),
]

# ------------------------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # plateforme | openagenda | ical | tableur | laureats
    region: str | None  # current region code; None = national
    editions: tuple[int, ...]
    coverage: float  # share of the region's events this source lists (before the at-least-one rule)
    snapshot_day: str = "1201T000000Z"

    @property
    def location(self) -> str:
        return self.name

    def snapshot(self, edition: int) -> str:
        return f"{edition}{self.snapshot_day}"


def _years(first: int, last: int) -> tuple[int, ...]:
    return tuple(range(first, last + 1))


SOURCES = [
    Source("plateforme", "plateforme", None, _years(2012, 2022), 0.78),
    Source("archives-ess-france", "tableur", None, _years(2008, 2012), 0.93, "0301T000000Z"),
    Source("cress-paca-tableur", "tableur", "93", _years(2010, 2022), 0.62, "1205T080000Z"),
    Source("cress-pdl-tableur", "tableur", "52", _years(2012, 2022), 0.6, "1206T090000Z"),
    Source("cress-grand-est-tableur", "tableur", "44", _years(2016, 2022), 0.55, "1203T070000Z"),
    Source("cress-bretagne-openagenda", "openagenda", "53", _years(2015, 2022), 0.7, "1202T060000Z"),
    Source("cress-occitanie-openagenda", "openagenda", "76", _years(2017, 2022), 0.6, "1202T061500Z"),
    Source("cress-aura-openagenda", "openagenda", "84", _years(2018, 2022), 0.55, "1202T063000Z"),
    Source("cress-nouvelle-aquitaine-ical", "ical", "75", _years(2016, 2022), 0.6, "1204T050000Z"),
    Source("cress-hdf-ical", "ical", "32", _years(2014, 2022), 0.55, "1204T053000Z"),
]
LAUREATS = Source("prix-ess", "laureats", None, _years(2016, 2022), 1.0, "1215T000000Z")
SOURCE_BY_NAME = {s.name: s for s in SOURCES}
ICAL_DOMAINS = {
    "cress-nouvelle-aquitaine-ical": "cress-na.example.org",
    "cress-hdf-ical": "cress-hdf.example.org",
}

# ------------------------------------------------------------------------------------------- wording

TYPE_LABELS = {
    "conference_debat": ["Conférence", "Débat", "Table ronde", "Conférence-débat", "Café-débat", "Colloque"],
    "forum_salon": ["Forum", "Salon", "Marché solidaire", "Village ESS", "Foire"],
    "rencontre_professionnelle": [
        "Rencontre professionnelle",
        "Rencontre d'affaires",
        "Afterwork",
        "Petit-déjeuner",
        "Networking",
    ],
    "formation_atelier": ["Atelier", "Formation", "Atelier participatif", "Workshop"],
    "portes_ouvertes_visite": ["Portes ouvertes", "Visite", "Visite d'entreprise", "Découverte"],
    "evenement_culturel": ["Concert", "Spectacle", "Exposition", "Théâtre", "Festival"],
    "projection": ["Projection", "Ciné-débat", "Documentaire", "Projection-débat"],
    "collecte_solidaire": ["Collecte", "Collecte solidaire", "Braderie", "Bourse aux vêtements"],
    "concours_prix": ["Concours", "Remise de prix", "Trophées", "Hackathon"],
}
UNMAPPED_LABELS = ["Animation", "Évènement", "Mois de l'ESS", "Temps fort", "Divers"]
THEMES = {
    "economie_circulaire": (
        ["Économie circulaire", "Réemploi", "Zéro déchet", "Réparation"],
        [
            "le réemploi",
            "le zéro déchet",
            "l'économie circulaire",
            "la réparation des objets",
            "les ressourceries",
            "l'anti-gaspillage",
        ],
    ),
    "transition_ecologique": (
        ["Transition écologique", "Environnement", "Climat", "Énergie"],
        [
            "la transition écologique",
            "les énergies citoyennes",
            "le climat et nous",
            "la sobriété énergétique",
            "la biodiversité en ville",
        ],
    ),
    "insertion_professionnelle": (
        ["Insertion", "Insertion professionnelle", "IAE"],
        ["l'insertion par l'activité économique", "le retour à l'emploi", "les chantiers d'insertion"],
    ),
    "emploi_formation": (
        ["Emploi", "Emploi formation", "Métiers de l'ESS", "Orientation"],
        ["les métiers de l'ESS", "l'emploi dans l'ESS", "s'orienter dans l'ESS"],
    ),
    "egalite_femmes_hommes": (
        ["Égalité femmes-hommes", "Égalité", "Parité"],
        ["l'égalité femmes-hommes", "l'entrepreneuriat des femmes"],
    ),
    "action_sociale": (
        ["Solidarité", "Action sociale", "Précarité"],
        ["la lutte contre la précarité", "les solidarités de proximité", "l'aide alimentaire"],
    ),
    "inclusion": (
        ["Inclusion", "Handicap", "Inclusion numérique"],
        ["l'inclusion numérique", "le handicap et l'emploi", "l'accessibilité"],
    ),
    "culture": (["Culture", "Arts", "Patrimoine"], ["la culture solidaire", "les tiers-lieux culturels"]),
    "alimentation": (
        ["Alimentation", "Circuits courts", "AMAP", "Agriculture"],
        ["les circuits courts", "l'alimentation durable", "les épiceries solidaires"],
    ),
    "finance_solidaire": (
        ["Finance solidaire", "Épargne solidaire", "Monnaie locale"],
        ["la finance solidaire", "les monnaies locales", "le financement participatif"],
    ),
    "sante": (["Santé", "Prévention"], ["la santé pour tous", "la prévention santé"]),
    "education_jeunesse": (
        ["Jeunesse", "Éducation populaire", "Éducation"],
        ["l'éducation populaire", "les jeunes et l'ESS", "l'ESS à l'école"],
    ),
    "habitat_logement": (
        ["Habitat", "Logement", "Habitat participatif"],
        ["l'habitat participatif", "le logement solidaire"],
    ),
    "mobilite": (["Mobilité", "Vélo", "Transport"], ["la mobilité solidaire", "le vélo pour tous"]),
    "numerique": (["Numérique", "Logiciel libre"], ["le numérique responsable", "les logiciels libres"]),
    "entrepreneuriat_ess": (
        ["Entrepreneuriat", "Création d'activité", "SCOP", "SCIC", "Entreprendre autrement"],
        ["entreprendre autrement", "la reprise en SCOP", "créer une SCIC", "les coopératives d'activité"],
    ),
    "developpement_local": (
        ["Développement local", "Territoire", "Tiers-lieu"],
        ["le développement local", "les tiers-lieux", "la coopération territoriale"],
    ),
    "cooperation_internationale": (
        ["Commerce équitable", "Solidarité internationale"],
        ["le commerce équitable", "la solidarité internationale"],
    ),
}
THEME_CODES = list(THEMES)
PUBLIC_LABELS = [
    "Tout public",
    "Grand public",
    "Professionnels",
    "Étudiants",
    "Scolaires",
    "Jeunes",
    "Élus",
    "Demandeurs d'emploi",
    "Porteurs de projet",
    "Seniors",
]
FAMILY_LABELS = {
    "association": ["Association", "Association loi 1901", "Asso", "association"],
    "cooperative": ["SCOP", "SCIC", "Coopérative", "CAE"],
    "entreprise_ess": ["Entreprise ESUS", "Entreprise d'insertion", "Entreprise de l'ESS"],
    "collectivite": ["Collectivité", "Mairie", "Collectivité territoriale"],
    "mutuelle": ["Mutuelle"],
    "fondation": ["Fondation", "Fonds de dotation"],
    "reseau_ess": ["CRESS", "Réseau", "Tête de réseau"],
    "enseignement_recherche": ["Université", "Établissement d'enseignement", "Lycée"],
}
FILMS = [
    "Les Communs d'abord",
    "Ensemble, autrement",
    "La Coopérative du coin",
    "Terres partagées",
    "Nos Ressources",
    "Le Bon Sens",
    "Ceux qui réparent",
    "Les Semeurs",
    "L'Autre Économie",
    "Mains solidaires",
    "Le Fil commun",
    "Villages en transition",
    "Le Goût des autres",
]
NOUNS = [
    "Bricoleurs",
    "Jardins",
    "Ateliers",
    "Passeurs",
    "Semeurs",
    "Colibris",
    "Chantiers",
    "Ruches",
    "Fabriques",
    "Possibles",
    "Liens",
    "Ponts",
    "Tisserands",
    "Cigales",
    "Racines",
    "Voisins",
    "Compagnons",
    "Potagers",
    "Récoltes",
    "Alizés",
    "Remparts",
    "Moulins",
]
ADJECTIVES = [
    "Solidaires",
    "Partagés",
    "du Cœur",
    "Citoyens",
    "Nomades",
    "de Demain",
    "Ouverts",
    "Buissonniers",
    "d'Ici",
    "Vagabonds",
    "Coopératifs",
    "en Transition",
    "Malins",
    "du Quartier",
]
SINGLE = [
    "Le Chaînon",
    "La Fabrique",
    "Trait d'union",
    "Le Relais",
    "La Clé",
    "L'Escale",
    "Le Maillon",
    "La Navette",
    "Le Phare",
    "La Boussole",
    "L'Étincelle",
    "La Passerelle",
    "Le Grenier",
    "L'Envol",
    "La Ruche",
    "Le Comptoir",
    "La Source",
    "L'Atelier",
    "Le Tremplin",
    "La Courte Échelle",
]
STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "place de la Mairie",
    "rue Victor Hugo",
    "boulevard Pasteur",
    "rue du Général de Gaulle",
    "allée des Tilleuls",
    "rue de la Gare",
    "rue Jules Ferry",
    "chemin des Écoliers",
    "rue des Écoles",
    "avenue de la Libération",
    "rue Saint-Martin",
    "quai des Arts",
    "rue du Moulin",
    "impasse des Lilas",
    "rue Pierre Curie",
    "place du Marché",
    "rue de l'Église",
    "avenue Gambetta",
    "rue Émile Zola",
    "cours Lafayette",
]
VENUES = [
    "Maison des associations",
    "Salle des fêtes",
    "Médiathèque",
    "Tiers-lieu La Fabrique",
    "Espace culturel",
    "Maison de l'ESS",
    "Centre social",
    "Salle polyvalente",
    "Hôtel de ville",
    "La Ressourcerie",
    "Café associatif",
    "Pépinière d'entreprises",
    "Cinéma Le Rex",
    "Université",
    "Maison de quartier",
    "Halle du marché",
    "Foyer rural",
    "Maison de la vie associative",
]
MAIL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net"]
FIRST_NAMES = [
    "Marie",
    "Julien",
    "Sophie",
    "Karim",
    "Nathalie",
    "Thomas",
    "Fatima",
    "Pierre",
    "Camille",
    "Nicolas",
    "Aïcha",
    "Laurent",
    "Claire",
    "Mehdi",
    "Élodie",
    "François",
    "Inès",
    "Yann",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "Fontaine",
    "Chevalier",
    "Benali",
    "Nguyen",
    "Le Gall",
    "Garcia",
    "Perrin",
    "Morel",
]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def choose_weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


# ---------------------------------------------------------------------------------------- geography


@dataclass
class Geography:
    communes: list[dict]  # COM rows eligible for events, with weights
    weights: np.ndarray
    arms: dict[str, list[dict]]  # COM code of Paris/Lyon/Marseille -> its ARM rows
    former: dict[str, list[str]]  # COM code -> names of its communes déléguées/associées
    departements: dict[str, str]
    regions: dict[str, str]
    contours: dict[str, object]  # (code, type) key "code|type" -> geometry

    @classmethod
    def load(cls) -> Geography:
        table = load_communes()
        com = table[table["type_commune"] == "COM"].copy()
        com["population"] = com["population"].fillna(0).astype("int64")
        com = com[com["population"] > 0].sort_values("code_commune_insee").reset_index(drop=True)
        ess = com["code_region"].map(ESS_WEIGHT).fillna(10.0).astype(float).to_numpy()
        # Events gather in towns more than people do: a slightly super-linear weight of population.
        weights = np.power(com["population"].to_numpy(dtype=float), 1.12) * ess / 10.0
        communes = [
            {
                "code": r.code_commune_insee,
                "nom": r.nom_commune,
                "dep": r.code_departement,
                "reg": r.code_region,
                "cps": [c for c in str(r.codes_postaux or "").split("|") if c],
                "pop": int(r.population),
            }
            for r in com.itertuples(index=False)
        ]
        arm_rows = table[table["type_commune"] == "ARM"].sort_values("code_commune_insee")
        arms: dict[str, list[dict]] = {}
        for r in arm_rows.itertuples(index=False):
            arms.setdefault(r.code_commune_parente, []).append(
                {
                    "code": r.code_commune_insee,
                    "nom": r.nom_commune,
                    "cps": [c for c in str(r.codes_postaux or "").split("|") if c],
                    "pop": int(r.population)
                    if r.population == r.population and r.population is not None
                    else 1,
                }
            )
        former_rows = table[table["type_commune"].isin(["COMD", "COMA"])].sort_values(
            ["code_commune_insee", "type_commune"]
        )
        former: dict[str, list[str]] = {}
        for r in former_rows.itertuples(index=False):
            former.setdefault(r.code_commune_parente, []).append(r.nom_commune)
        departements = dict(
            zip(load_departements()["code_departement"], load_departements()["nom_departement"], strict=True)
        )
        regions = dict(zip(load_regions()["code_region"], load_regions()["nom_region"], strict=True))
        contours_frame = load_commune_contours()
        contours = {
            f"{c}|{t}": g
            for c, t, g in zip(
                contours_frame["code_commune_insee"],
                contours_frame["type_commune"],
                contours_frame.geometry,
                strict=True,
            )
        }
        return cls(communes, weights / weights.sum(), arms, former, departements, regions, contours)

    def point_in(self, code: str, kind: str, nprng: np.random.Generator) -> tuple[float, float] | None:
        geometry = self.contours.get(f"{code}|{kind}")
        if geometry is None or geometry.is_empty:
            return None
        minx, miny, maxx, maxy = geometry.bounds
        for _ in range(50):
            xs = nprng.uniform(minx, maxx, 16)
            ys = nprng.uniform(miny, maxy, 16)
            inside = shapely.contains_xy(geometry, xs, ys)
            if inside.any():
                index = int(np.argmax(inside))
                return round(float(ys[index]), 6), round(float(xs[index]), 6)
        centroid = geometry.representative_point()
        return round(centroid.y, 6), round(centroid.x, 6)


# --------------------------------------------------------------------------------------- organisers


@dataclass
class Organiser:
    key: int
    name: str
    family: str
    family_label: str
    siret: str | None
    website: str | None
    email: str
    phone: str
    commune: str


class OrganiserPool:
    """Organisers by commune, reused from one edition to the next."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.by_commune: dict[str, list[Organiser]] = {}
        self.names: set[str] = set()
        self.count = 0
        self.active: dict[str, list[Organiser]] = {}  # organisers of the current edition, by commune

    def new_edition(self) -> None:
        self.active = {}

    def _name(self, family: str, commune: dict, geo: Geography) -> str:
        rng, town = self.rng, commune["nom"]
        core = (
            rng.choice(SINGLE) if rng.random() < 0.35 else f"Les {rng.choice(NOUNS)} {rng.choice(ADJECTIVES)}"
        )
        region = geo.regions.get(commune["reg"], "")
        templates = {
            "association": [
                f"Association {core}",
                core,
                f"{core} de {town}",
                f"Collectif {core}",
                f"Centre social {rng.choice(SINGLE)}",
                f"Régie de quartier de {town}",
                f"AMAP {core}",
                f"Ressourcerie {rng.choice(SINGLE)}",
                f"Repair café {town}",
            ],
            "cooperative": [
                f"SCOP {core}",
                f"SCIC {core}",
                f"Coopérative {core}",
                f"CAE {core}",
                f"Biocoop {town}",
            ],
            "entreprise_ess": [f"{core} Insertion", f"Entreprise d'insertion {core}", f"{core} Services"],
            "collectivite": [f"Mairie de {town}", f"Communauté de communes de {town}", f"Ville de {town}"],
            "mutuelle": [f"Mutuelle {core}", f"Mutuelle de {region}" if region else f"Mutuelle {core}"],
            "fondation": [f"Fondation {rng.choice(LAST_NAMES)}", f"Fondation {core}"],
            "reseau_ess": [
                f"Pôle ESS de {town}",
                f"Réseau {core}",
                f"Pôle territorial de coopération de {town}",
            ],
            "enseignement_recherche": [
                f"Université de {town}",
                f"IUT de {town}",
                f"Lycée {rng.choice(LAST_NAMES)}",
            ],
        }[family]
        name = rng.choice(templates)
        if name in self.names:
            name = f"{name} ({commune['dep']})"
        number = 2
        while name in self.names:
            name = f"{re.sub(r' [0-9]+$', '', name)} {number}"
            number += 1
        self.names.add(name)
        return name

    def new(self, commune: dict, geo: Geography) -> Organiser:
        rng = self.rng
        family = choose_weighted(rng, FAMILIES)
        name = self._name(family, commune, geo)
        self.count += 1
        slug = slugify(name)[:30].strip("-")
        domain = f"{slug}.example.org"
        phone = "0" + rng.choice("1234567") + "".join(f" {rng.randrange(100):02d}" for _ in range(4))
        organiser = Organiser(
            key=self.count,
            name=name,
            family=family,
            family_label=rng.choice(FAMILY_LABELS[family]),
            siret="".join(str(rng.randrange(10)) for _ in range(14)) if rng.random() < 0.4 else None,
            website=f"https://{domain}" if rng.random() < 0.7 else None,
            email=f"{rng.choice(['contact', 'accueil', 'bonjour', 'info'])}@{domain}",
            phone=phone,
            commune=commune["code"],
        )
        self.by_commune.setdefault(commune["code"], []).append(organiser)
        return organiser

    def pick(self, commune: dict, geo: Geography, reuse: float, busy: float = 0.0) -> Organiser:
        """An organiser of the commune: one already running an event this edition (`busy`), one from a
        past edition (`reuse`), or a new one."""
        active = self.active.get(commune["code"], [])
        if active and self.rng.random() < busy:
            return self.rng.choice(active)
        nearby = self.active.get(commune["dep"], [])
        if nearby and busy and self.rng.random() < BUSY_NEARBY:
            return self.rng.choice(
                nearby
            )  # an association running events in several towns of its département
        known = self.by_commune.get(commune["code"], [])
        organiser = self.rng.choice(known) if known and self.rng.random() < reuse else self.new(commune, geo)
        if busy and organiser not in active:
            self.active.setdefault(commune["code"], []).append(organiser)
            self.active.setdefault(commune["dep"], []).append(organiser)
        return organiser


# ------------------------------------------------------------------------------------------- events


@dataclass
class TrueEvent:
    key: str  # E2019-00042
    edition: int
    type: str
    themes: list[str]
    publics: list[str]
    title: str
    description: str  # plain sentences; HTML is added per source
    modalite: str  # presentiel | en_ligne | hybride
    start: datetime | date  # local wall-clock time (naive) or a date for all-day events
    end: datetime | date | None
    zone: str  # IANA zone of the place
    organiser: Organiser
    partners: list[str]
    contact: dict | None
    venue: str | None
    address: str | None
    postal_code: str | None
    city: str | None  # as the organiser writes it
    commune_code: str | None  # true COM (or ARM) code
    region: str | None
    departement: str | None
    lat: float | None
    lon: float | None
    country: str = "FR"
    updated: datetime = field(default_factory=lambda: datetime(2000, 1, 1))
    sources: list[str] = field(default_factory=list)


def november_day(rng: random.Random, edition: int) -> date:
    weights = {0: 0.8, 1: 1.0, 2: 1.0, 3: 1.25, 4: 1.0, 5: 1.3, 6: 0.25}
    days = [date(edition, 11, d) for d in range(1, 31)]
    return rng.choices(days, weights=[weights[d.weekday()] for d in days], k=1)[0]


START_HOURS = {
    "conference_debat": ["18:00", "18:30", "19:00", "20:00", "14:00", "09:30"],
    "forum_salon": ["10:00", "09:00", "14:00", "09:30"],
    "rencontre_professionnelle": ["08:30", "09:00", "12:00", "18:00", "17:30"],
    "formation_atelier": ["09:30", "14:00", "10:00", "18:30", "14:30"],
    "portes_ouvertes_visite": ["10:00", "14:00", "09:00"],
    "evenement_culturel": ["20:00", "20:30", "18:00", "15:00"],
    "projection": ["20:00", "20:30", "18:30"],
    "collecte_solidaire": ["09:00", "10:00", "14:00"],
    "concours_prix": ["18:00", "11:00", "17:00"],
}


def make_title(rng: random.Random, kind: str, theme: str, town: str | None, organiser: Organiser) -> str:
    topic = rng.choice(THEMES[theme][1])
    where = town or "en ligne"
    short = re.sub(
        r"^(Association|Collectif|SCOP|SCIC|Coopérative|CAE|Mutuelle|Fondation) ", "", organiser.name
    )
    options = {
        "conference_debat": [
            f"Conférence : {topic}",
            f"Table ronde « {topic} »",
            f"Débat : {topic} à {where}",
            f"Café-débat sur {topic}",
            f"Rencontre-débat : {topic}, quels enjeux ?",
            f"Conférence-débat {topic} et ESS",
        ],
        "forum_salon": [
            f"Forum de l'ESS de {where}",
            f"Salon {topic}",
            f"Village de l'ESS à {where}",
            f"Marché solidaire de {where}",
            f"Forum {topic} et emploi",
            f"Foire aux initiatives de {where}",
        ],
        "rencontre_professionnelle": [
            f"Petit-déjeuner des entrepreneurs de l'ESS de {where}",
            f"Rencontre d'affaires ESS et collectivités : {topic}",
            f"Afterwork de l'ESS à {where}",
            f"Speed-meeting {topic}",
            f"Rencontre professionnelle : {topic}",
        ],
        "formation_atelier": [
            f"Atelier : {topic}",
            "Repair café",
            f"Formation : {topic}",
            f"Atelier participatif {topic}",
            f"Créer son activité : {topic}",
            "Atelier réparation vélo",
            f"Atelier zéro déchet chez {short}",
        ],
        "portes_ouvertes_visite": [
            f"Portes ouvertes de {short}",
            f"Visite de {short}",
            f"Découverte de {topic} avec {short}",
            "Portes ouvertes",
        ],
        "evenement_culturel": [
            f"Concert solidaire de {short}",
            f"Exposition « {topic} »",
            f"Théâtre-forum : {topic}",
            f"Festival {short}",
            f"Spectacle sur {topic}",
        ],
        "projection": [
            f"Ciné-débat « {rng.choice(FILMS)} »",
            f"Projection du documentaire « {rng.choice(FILMS)} »",
            f"Projection-débat : {topic}",
        ],
        "collecte_solidaire": [
            f"Collecte solidaire de {rng.choice(['jouets', 'vêtements', 'livres', 'vélos'])}",
            f"Braderie solidaire de {short}",
            "Bourse aux vêtements",
        ],
        "concours_prix": [
            f"Remise des prix de l'ESS de {where}",
            f"Trophées de l'ESS de {where}",
            f"Hackathon {topic}",
        ],
    }[kind]
    title = (
        rng.choice(options).replace(" de les ", " des ").replace(" de le ", " du ").replace(" à le ", " au ")
    )
    title = title.replace(" de en ligne", " en ligne").replace(" à en ligne", " en ligne")
    return title[0].upper() + title[1:]


def make_description(
    rng: random.Random, event_title: str, organiser: Organiser, theme: str, edition: int
) -> str:
    topic = rng.choice(THEMES[theme][1])
    first = rng.choice(
        [
            f"{organiser.name} vous invite à découvrir {topic}.",
            f"Un temps d'échange autour de {topic}.",
            f"Venez échanger sur {topic} !",
            f"Dans le cadre du Mois de l'ESS {edition}, {organiser.name} propose ce rendez-vous.",
            f"Découvrez les initiatives locales autour de {topic}.",
        ]
    )
    second = rng.choice(
        [
            "Entrée libre.",
            "Gratuit, sur inscription.",
            "Ouvert à toutes et tous.",
            "Suivi d'un pot convivial.",
            "Places limitées.",
            "",
        ]
    )
    text = (first + " " + second).strip()
    return text.replace(" de les ", " des ").replace(" de le ", " du ").replace(" à le ", " au ")


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


class EventFactory:
    def __init__(self, geo: Geography, rng: random.Random, nprng: np.random.Generator):
        self.geo, self.rng, self.nprng = geo, rng, nprng
        self.organisers = OrganiserPool(rng)

    def commune_for(self, edition: int) -> dict:
        index = int(self.nprng.choice(len(self.geo.communes), p=self.geo.weights))
        return self.geo.communes[index]

    def place(self, event_commune: dict, edition: int) -> dict:
        """Where the event is, as its organiser would write it, with the true codes beside."""
        rng, geo = self.rng, self.geo
        code, kind, cps, name = event_commune["code"], "COM", event_commune["cps"], event_commune["nom"]
        written = name
        if code in geo.arms:  # Paris, Lyon, Marseille: an arrondissement
            arm = rng.choices(geo.arms[code], weights=[a["pop"] for a in geo.arms[code]], k=1)[0]
            code, kind, cps = arm["code"], "ARM", arm["cps"]
            number = int(arm["code"][-2:]) if code.startswith("75") else int(arm["code"][-2:])
            suffix = "1er" if number == 1 else f"{number}e"
            written = rng.choice([name, name, f"{name} {suffix}", f"{name.upper()} {number}"])
        elif event_commune["code"] in geo.former:
            # Communes nouvelles: before 2016 (and often after) people write the former commune's name.
            chance = 0.75 if edition < 2016 else 0.35 if edition < 2019 else 0.1
            if rng.random() < chance:
                written = rng.choice(geo.former[event_commune["code"]])
        point = geo.point_in(code, kind, self.nprng)
        postal = rng.choice(cps) if cps else ""
        return {
            "code": code,
            "city": written,
            "postal": postal,
            "lat": point[0] if point else None,
            "lon": point[1] if point else None,
        }

    def event(self, key: str, edition: int, kind: str, commune: dict | None, online: str) -> TrueEvent:
        rng, geo = self.rng, self.geo
        theme = rng.choice(THEME_CODES)
        themes = [theme] + ([rng.choice(THEME_CODES)] if rng.random() < 0.4 else [])
        themes = list(dict.fromkeys(themes))
        publics = rng.sample(PUBLIC_LABELS, k=rng.choice([1, 1, 2]))
        home = commune or self.commune_for(edition)
        organiser = self.organisers.pick(home, geo, reuse=0.55, busy=BUSY)
        partners = []
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            partner = rng.choice(
                [
                    f"Mairie de {home['nom']}",
                    f"CRESS {geo.regions.get(home['reg'], '')}",
                    "France Active",
                    "Crédit Coopératif",
                    "Fondation de France",
                    "MACIF",
                    self.organisers.pick(home, geo, reuse=0.5).name,
                ]
            )
            if partner != organiser.name and partner not in partners:
                partners.append(partner)
        modality = online
        town = None if modality == "en_ligne" else home["nom"]
        title = make_title(rng, kind, theme, town, organiser)
        day = november_day(rng, edition)
        dep = home["dep"]
        zone = ZONES.get(dep, "Europe/Paris")
        if (
            kind == "forum_salon"
            and rng.random() < 0.35
            or kind == "evenement_culturel"
            and rng.random() < 0.2
        ):
            start: datetime | date = day
            end = day + timedelta(days=rng.choice([0, 0, 1, 6])) if rng.random() < 0.6 else None
        else:
            hh, mm = map(int, rng.choice(START_HOURS[kind]).split(":"))
            start = datetime.combine(day, time(hh, mm))
            length = timedelta(
                minutes=rng.choice([60, 90, 120, 120, 150, 180] if kind != "forum_salon" else [360, 420, 480])
            )
            end = start + length if rng.random() < 0.85 else None
        contact = None
        if rng.random() < 0.5:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            contact = {
                "name": f"{first} {last}",
                "email": f"{slugify(first)}.{slugify(last)}@{rng.choice(MAIL_DOMAINS)}",
                "phone": "06 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4)),
            }
        if modality == "en_ligne":
            place = {"code": None, "city": None, "postal": None, "lat": None, "lon": None}
            venue = address = None
        else:
            place = self.place(home, edition)
            venue = rng.choice(VENUES) if rng.random() < 0.9 else None
            if venue in ("Médiathèque", "Centre social", "Maison de quartier") and rng.random() < 0.5:
                venue = f"{venue} {rng.choice(SINGLE)}"
            address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}" if rng.random() < 0.92 else None
        updated = datetime.combine(
            date(edition, 10, 1) + timedelta(days=rng.randrange(55)),
            time(rng.randrange(7, 20), rng.randrange(60), rng.randrange(60)),
        )
        return TrueEvent(
            key=key,
            edition=edition,
            type=kind,
            themes=themes,
            publics=publics,
            title=title,
            description=make_description(rng, title, organiser, theme, edition),
            modalite=modality,
            start=start,
            end=end,
            zone=zone,
            organiser=organiser,
            partners=partners,
            contact=contact,
            venue=venue,
            address=address,
            postal_code=place["postal"],
            city=place["city"],
            commune_code=place["code"],
            region=home["reg"],
            departement=dep,
            lat=place["lat"],
            lon=place["lon"],
            updated=updated,
        )


def type_counts(rng: random.Random, n: int, edition: int) -> list[str]:
    mix = dict(TYPE_MIX)
    if edition == 2020:  # lockdown from 30 October 2020: webinars and online talks, few fairs
        mix.update(forum_salon=0.07, conference_debat=0.33, formation_atelier=0.2, evenement_culturel=0.09)
    if edition < 2012:
        mix.update(rencontre_professionnelle=0.10, conference_debat=0.30)
    kinds = list(mix)
    counts = {k: int(mix[k] / sum(mix.values()) * n) for k in kinds}
    for k in rng.sample(kinds, k=len(kinds)):
        if sum(counts.values()) >= n:
            break
        counts[k] += 1
    while sum(counts.values()) < n:
        counts["conference_debat"] += 1
    order = [k for k in kinds for _ in range(counts[k])]
    rng.shuffle(order)
    return order


def modality_for(rng: random.Random, edition: int) -> str:
    online, hybrid = {2020: (0.62, 0.12), 2021: (0.12, 0.12), 2022: (0.05, 0.08)}.get(
        edition, (0.015 if edition < 2015 else 0.03, 0.005 if edition < 2015 else 0.02)
    )
    draw = rng.random()
    return "en_ligne" if draw < online else "hybride" if draw < online + hybrid else "presentiel"


def generate_events(
    factory: EventFactory, edition: int, volumes: dict[int, int] = VOLUMES
) -> list[TrueEvent]:
    rng = factory.rng
    factory.organisers.new_edition()
    n = volumes[edition]
    kinds = type_counts(rng, n, edition)
    events = []
    twins = max(4, n // 90) // 2 * 2  # same title, same town, same day, different events: the dedup's trap
    number = 0
    for index, kind in enumerate(kinds):
        number += 1
        key = f"E{edition}-{number:05d}"
        if index < twins:
            continue  # filled below
        event = factory.event(key, edition, kind, None, modality_for(rng, edition))
        if rng.random() < 0.003 and event.modalite == "presentiel":
            city, postal, country, lat, lon = rng.choice(ABROAD)
            event.city, event.postal_code, event.country = city, postal, country
            event.commune_code, event.region, event.departement = None, None, None
            event.lat, event.lon, event.zone = lat, lon, "Europe/Paris"
        events.append(event)
    big = [c for c in factory.geo.communes if c["pop"] > 120_000]
    for index in range(twins // 2):
        commune = rng.choice(big)
        kind = rng.choice(["formation_atelier", "portes_ouvertes_visite", "forum_salon", "conference_debat"])
        first = factory.event(f"E{edition}-{index * 2 + 1:05d}", edition, kind, commune, "presentiel")
        second = factory.event(f"E{edition}-{index * 2 + 2:05d}", edition, kind, commune, "presentiel")
        generic = {
            "formation_atelier": ["Repair café", "Atelier réparation vélo", "Atelier zéro déchet"],
            "portes_ouvertes_visite": ["Portes ouvertes", "Journée portes ouvertes"],
            "forum_salon": ["Marché solidaire", "Forum de l'emploi solidaire"],
            "conference_debat": ["Conférence : l'ESS, c'est quoi ?", "Café-débat ESS"],
        }[kind]
        second.title = first.title = rng.choice(generic)
        second.start = first.start
        if isinstance(first.start, datetime) and rng.random() < 0.3:
            second.start = first.start + timedelta(hours=rng.choice([-4, 3, 5]))
        second.end = (
            (second.start + (first.end - first.start))
            if first.end and isinstance(first.start, datetime)
            else first.end
        )
        events += [first, second]
    events.sort(key=lambda e: e.key)
    return events


# ------------------------------------------------------------------------------------ source records


@dataclass
class Record:
    """One event as one source lists it: the fields every writer needs, after the source's habits."""

    event: TrueEvent | None  # None for a broken record that no real event is behind
    source: str
    title: str | None
    description: str
    start: datetime | date | str | None  # str: a written-as-is broken value
    end: datetime | date | str | None
    type_label: str
    theme_labels: list[str]
    public_labels: list[str]
    modalite: str
    organiser: str
    family_label: str
    partners: list[str]
    venue: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    region_name: str | None
    lat: float | None
    lon: float | None
    zone: str
    updated: datetime
    key: str = ""  # the id the writer gives it in the source
    extra: dict = field(default_factory=dict)


def region_name(geo: Geography, event: TrueEvent) -> str | None:
    if event.region is None:
        return None
    if event.edition < 2016:
        return OLD_REGION_OF.get(event.departement, geo.regions.get(event.region))
    return geo.regions.get(event.region)


def base_record(geo: Geography, rng: random.Random, event: TrueEvent, source: str) -> Record:
    theme_labels = [rng.choice(THEMES[t][0]) for t in event.themes]
    type_label = rng.choice(TYPE_LABELS[event.type]) if rng.random() < 0.93 else rng.choice(UNMAPPED_LABELS)
    return Record(
        event=event,
        source=source,
        title=event.title,
        description=event.description,
        start=event.start,
        end=event.end,
        type_label=type_label,
        theme_labels=theme_labels,
        public_labels=list(event.publics),
        modalite=event.modalite,
        organiser=event.organiser.name,
        family_label=event.organiser.family_label,
        partners=list(event.partners),
        venue=event.venue,
        address=event.address,
        postal_code=event.postal_code,
        city=event.city,
        region_name=region_name(geo, event),
        lat=event.lat,
        lon=event.lon,
        zone=event.zone,
        updated=event.updated + timedelta(hours=rng.randrange(0, 200)),
    )


def address_defects(rng: random.Random, record: Record) -> None:
    """The usual defects of typed addresses, on any record."""
    if record.city is None:
        return
    draw = rng.random()
    if draw < 0.05:
        record.postal_code = None
    elif draw < 0.06 and record.postal_code and record.postal_code.isdigit():
        record.postal_code = record.postal_code[:2] + f"{rng.randrange(900, 999)}"  # a CEDEX code
        record.city = f"{record.city} CEDEX"
    if record.city.startswith("Saint-") and rng.random() < 0.35:
        record.city = "St-" + record.city[6:]
    elif record.city.startswith("Sainte-") and rng.random() < 0.35:
        record.city = "Ste-" + record.city[7:]
    if rng.random() < 0.02:
        record.city = typo(rng, record.city)
    if rng.random() < 0.05:
        record.city = record.city.upper()
    if record.address and rng.random() < 0.1:
        record.address = (
            record.address.replace("avenue", "av.").replace("boulevard", "bd").replace("rue ", "r. ")
        )


def variants(rng: random.Random, record: Record, source: Source) -> list[str]:
    """The differences of a second listing of the same event; returns their names (kept in the truth)."""
    applied = []
    pool = [
        "title_case",
        "title_punct",
        "time_shift",
        "no_postal",
        "venue",
        "organiser",
        "address",
        "date_only",
        "title_reword",
    ]
    for name in rng.sample(pool, k=rng.choice([1, 2, 2, 3])):
        if name == "title_case" and record.title:
            record.title = rng.choice([record.title.upper(), record.title.lower(), record.title.title()])
        elif name == "title_punct" and record.title:
            title = record.title
            title = rng.choice(
                [
                    title.replace(" : ", " - ").replace("« ", '"').replace(" »", '"'),
                    title.rstrip(" !?.") + rng.choice([" !", ".", " ..."]),
                    f"Mois de l'ESS : {title}",
                    f"{title} (Mois de l'ESS {record.event.edition})",
                    unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode(),
                    title.replace("'", "’").replace("-", " "),
                ]
            )
            record.title = title
        elif name == "title_reword" and record.title:
            short = re.sub(r"^(Association|Collectif|SCOP|SCIC|Coopérative|CAE) ", "", record.organiser)
            prefix = re.match(r"^[^:«]{3,40} : ", record.title)
            if prefix and rng.random() < 0.6:
                rest = record.title[prefix.end() :]
                record.title = rest[0].upper() + rest[1:]  # the category prefix dropped
            else:
                record.title = rng.choice([f"{record.title} – {short}", f"{short} : {record.title}"])
        elif name == "time_shift" and isinstance(record.start, datetime):
            shift = timedelta(minutes=rng.choice([-60, -30, 30, 30, 60, 90]))
            record.start = record.start + shift
            record.end = record.end + shift if isinstance(record.end, datetime) else record.end
        elif name == "date_only" and isinstance(record.start, datetime) and source.kind != "openagenda":
            # (OpenAgenda timings always carry a time: a day without hours is not something it can say)
            record.start = record.start.date()
            record.end = None
        elif name == "no_postal":
            record.postal_code = None
        elif name == "venue" and record.venue:
            record.venue = rng.choice(
                [
                    record.venue.upper(),
                    f"{record.venue} de {record.city or ''}".strip(),
                    record.venue.replace("Maison", "Mais."),
                ]
            )
        elif name == "organiser":
            record.organiser = (
                re.sub(r"^(Association|Collectif) ", "", record.organiser)
                if rng.random() < 0.5
                else record.organiser.upper()
            )
        elif name == "address" and record.address:
            record.address = (
                record.address.replace("rue", "r.").replace("avenue", "av.").replace(" de la ", " de ")
            )
        else:
            continue
        applied.append(name)
    # Another tool geocoded the place again: the point moves by a few hundred metres at most.
    if record.lat is not None and source.kind in ("openagenda", "ical", "tableur"):
        record.lat = round(record.lat + rng.uniform(-0.002, 0.002), 6)
        record.lon = round(record.lon + rng.uniform(-0.003, 0.003), 6)
    # A different tool, a different vocabulary for the category.
    if record.event is not None:
        record.type_label = rng.choice(TYPE_LABELS[record.event.type])
    return applied


def html_description(rng: random.Random, record: Record, event: TrueEvent) -> str:
    text = record.description
    parts = [f"<p>{text.replace('!', '&nbsp;!')}</p>"]
    if rng.random() < 0.12:
        parts.append(
            f'<p>Renseignements&nbsp;: <a href="mailto:{event.organiser.email}">'
            f"{event.organiser.email}</a> – {event.organiser.phone}</p>"
        )
    if rng.random() < 0.01:
        parts.append("<script>track('mois-ess')</script>")
    if rng.random() < 0.2:
        parts[0] = parts[0].replace(event.organiser.name, f"<strong>{event.organiser.name}</strong>")
    return "".join(parts)


def plain_description(rng: random.Random, record: Record, event: TrueEvent) -> str:
    text = record.description
    if rng.random() < 0.08:
        text += f" Contact : {event.organiser.email} ou {event.organiser.phone}."
    if rng.random() < 0.04:
        text = f"<p>{text}</p>"  # pasted from a web page
    return text


# ----------------------------------------------------------------------------------- source writers


def local_moment(moment, zone: str) -> datetime:
    return moment.replace(tzinfo=ZoneInfo(zone))


def offset_text(moment: datetime, colon: bool = True) -> str:
    text = moment.isoformat(timespec="seconds")
    return text if colon else re.sub(r"([+-]\d{2}):(\d{2})$", r"\1\2", text)


def iso_or_raw(value, zone: str, utc_share: float, rng: random.Random) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        aware = local_moment(value, zone)
        if rng.random() < utc_share:
            return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return offset_text(aware)
    return value.isoformat()


def compact_json(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_snapshot(
    root: Path, source: Source, edition: int, files: list[tuple[str, bytes, int | None]], base_url: str
) -> None:
    folder = root / source.location / str(edition) / source.snapshot(edition)
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, data, count in files:
        (folder / name).write_bytes(data)
        entries.append(
            {
                "file": name,
                "url": f"{base_url}#{name}" if base_url else None,
                "sha256": sha256(data),
                "bytes": len(data),
                "records": count,
            }
        )
    snapshot_id = source.snapshot(edition)
    fetched = (
        f"{snapshot_id[:4]}-{snapshot_id[4:6]}-{snapshot_id[6:8]}T{snapshot_id[9:11]}:{snapshot_id[11:13]}:"
        f"{snapshot_id[13:15]}Z"
    )
    manifest = {
        "source": source.name,
        "edition": edition,
        "fetched_at": fetched,
        "base_url": base_url,
        "complete": True,
        "synthetique": True,
        "generateur": "scripts/generate_sample.py (données synthétiques, voir data/raw/README.md)",
        "pages": entries,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


class Writers:
    def __init__(self, geo: Geography, rng: random.Random, root: Path):
        self.geo, self.rng, self.root = geo, rng, root
        self.platform_id = 31000
        self.truth: list[tuple[int, str, str, str, str]] = []  # edition, source, locator, event key, variants

    # ---------------------------------------------------------------- platform
    def platform(self, source: Source, edition: int, records: list[Record]) -> None:
        rng = self.rng
        events = []
        for record in records:
            if record.extra.get("junk") == "not_an_object":
                events.append(None)
                continue
            event = record.event
            place = None
            if record.modalite != "en_ligne":
                place = {
                    "name": record.venue,
                    "address": record.address,
                    "postal_code": record.postal_code,
                    "city": record.city,
                    "lat": record.lat,
                    "lng": record.lon,
                }
            organizer = {"name": record.organiser, "type": record.family_label}
            if event is not None:
                organiser = event.organiser
                organizer.update({"email": organiser.email, "phone": organiser.phone})
                if organiser.siret:
                    organizer["siret"] = organiser.siret
                if organiser.website:
                    organizer["website"] = organiser.website
            fmt = {
                "presentiel": ["Présentiel", "Présentiel", "Sur place"],
                "en_ligne": ["En ligne", "Distanciel", "Visio"],
                "hybride": ["Hybride", "Mixte"],
            }[record.modalite]
            item = {
                "id": int(record.key) if record.key.isdigit() else record.key,
                "slug": slugify(record.title or "sans-titre"),
                "title": record.title,
                "description": record.extra.get("html") or f"<p>{record.description}</p>",
                "start": iso_or_raw(record.start, record.zone, 0.1, rng),
                "end": iso_or_raw(record.end, record.zone, 0.1, rng),
                "categories": [record.type_label, *record.theme_labels, *record.public_labels],
                "format": rng.choice(fmt),
                "organizer": organizer,
                "partners": record.partners,
                "place": place,
                "url": f"https://lemois-ess.org/evenement/{record.key}",
                "updated_at": record.updated.replace(tzinfo=PARIS)
                .astimezone(UTC)
                .strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            if event is not None and event.contact and rng.random() < 0.6:
                item["contact"] = event.contact
            events.append(item)
            self._truth(edition, source, record, record.key)
        per_page = 100
        pages = []
        total = len(events)
        base = "https://lemois-ess.org/api"
        for number, start in enumerate(range(0, total, per_page), start=1):
            chunk = events[start : start + per_page]
            following = (
                f"{base}/events?edition={edition}&page={number + 1}&per_page={per_page}"
                if start + per_page < total
                else None
            )
            page = {
                "edition": edition,
                "page": number,
                "per_page": per_page,
                "total": total,
                "next": following,
                "events": chunk,
            }
            pages.append((f"page-{number:04d}.json", compact_json(page), len(chunk)))
        write_snapshot(self.root, source, edition, pages, base + "/events")

    # -------------------------------------------------------------- openagenda
    OA_AGENDAS = {
        "cress-bretagne-openagenda": (48151623, "mois-ess-bretagne", "Mois de l'ESS en Bretagne"),
        "cress-occitanie-openagenda": (73920114, "mois-de-l-ess-occitanie", "Mois de l'ESS Occitanie"),
        "cress-aura-openagenda": (5532180, "ess-aura", "L'ESS en Auvergne-Rhône-Alpes"),
    }
    OCCITANIE_TYPES = {
        "conference_debat": 1,
        "forum_salon": 2,
        "rencontre_professionnelle": 3,
        "formation_atelier": 4,
        "portes_ouvertes_visite": 5,
        "evenement_culturel": 6,
        "projection": 7,
        "collecte_solidaire": 8,
        "concours_prix": 9,
    }

    def openagenda(self, source: Source, edition: int, records: list[Record]) -> None:
        rng = self.rng
        agenda_uid, agenda_slug, agenda_title = self.OA_AGENDAS[source.name]
        events = []
        for record in records:
            if record.extra.get("junk") == "not_an_object":
                events.append("evenement supprimé")
                continue
            event = record.event
            timings = []
            if record.start is not None:
                if isinstance(record.start, str):
                    timings = [{"begin": record.start, "end": record.start}]
                else:
                    begin = (
                        record.start
                        if isinstance(record.start, datetime)
                        else datetime.combine(record.start, time(9, 0))
                    )
                    end = (
                        record.end
                        if isinstance(record.end, datetime)
                        else datetime.combine(record.end, time(18, 0))
                        if isinstance(record.end, date)
                        else begin + timedelta(hours=2)
                    )
                    if isinstance(record.end, str):
                        end_text = record.end
                    else:
                        end_text = None
                    days = max(0, (end.date() - begin.date()).days)
                    for offset in range(days + 1 if days <= 6 else 1):  # OpenAgenda: one timing per day
                        day_begin = begin + timedelta(days=offset)
                        day_end = datetime.combine(day_begin.date(), end.time()) if days else end
                        timings.append(
                            {
                                "begin": offset_text(local_moment(day_begin, record.zone), colon=False),
                                "end": end_text
                                or offset_text(local_moment(day_end, record.zone), colon=False),
                            }
                        )
            mode = {"presentiel": 1, "en_ligne": 2, "hybride": 3}[record.modalite]
            status = 1
            if edition == 2020 and mode == 2 and rng.random() < 0.5:
                status, mode = 3, None  # moved online, attendance mode left unset by the editor
            item = {
                "uid": int(record.key),
                "slug": f"{slugify(record.title or 'evenement')}-{record.key[-4:]}",
                "title": {"fr": record.title} if record.title is not None else {"fr": ""},
                "description": {"fr": (record.description or "")[:200]},
                "longDescription": {"fr": record.extra.get("html") or record.description},
                "keywords": {"fr": [record.type_label, *record.theme_labels]},
                "timings": timings,
                "status": status,
                "state": 2,
                "timezone": record.zone,
                "updatedAt": record.updated.replace(tzinfo=PARIS)
                .astimezone(UTC)
                .strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "originAgenda": {"uid": agenda_uid, "title": agenda_title, "slug": agenda_slug},
            }
            if mode is not None:
                item["attendanceMode"] = mode
            if record.modalite != "en_ligne":
                item["location"] = {
                    "uid": rng.randrange(1_000_000, 99_999_999),
                    "name": record.venue or record.organiser,
                    "address": ", ".join(x for x in (record.address, record.postal_code, record.city) if x),
                    "postalCode": record.postal_code,
                    "city": record.city,
                    "adminLevel1": record.region_name,
                    "adminLevel2": self.geo.departements.get(event.departement) if event else None,
                    "latitude": record.lat,
                    "longitude": record.lon,
                    "countryCode": rng.choice(["FR", "FR", "fr"])
                    if event is None or event.country == "FR"
                    else event.country,
                    "timezone": record.zone,
                }
                if event is not None and event.commune_code and rng.random() < 0.5:
                    item["location"]["insee"] = event.commune_code
            else:
                item["onlineAccessLink"] = f"https://visio.example.org/{record.key}"
            if event is not None and rng.random() < 0.5:
                item["registration"] = [
                    {"type": "email", "value": event.organiser.email},
                    {"type": "phone", "value": event.organiser.phone},
                ]
            # Custom fields of each agenda's form (mapped through options.champs in config/sources.yaml).
            if source.name == "cress-occitanie-openagenda":
                if event is not None:
                    item["type-action"] = self.OCCITANIE_TYPES[event.type]
                item["structure-organisatrice"] = record.organiser
            elif source.name == "cress-bretagne-openagenda":
                item["categorie-mois-ess"] = {"id": 1, "label": {"fr": record.type_label}}
                item["organisateur"] = record.organiser
                item["famille-ess"] = record.family_label
                item["publics"] = record.public_labels
            else:
                item["structure"] = record.organiser
                item["statut-juridique"] = [{"label": {"fr": record.family_label}}]
            events.append(item)
            self._truth(edition, source, record, record.key)
        per_page = 100
        pages = []
        base = f"https://api.openagenda.com/v2/agendas/{agenda_uid}/events"
        for number, start in enumerate(range(0, len(events), per_page), start=1):
            chunk = events[start : start + per_page]
            last = next((e for e in reversed(chunk) if isinstance(e, dict)), None)
            after = (
                [
                    last["timings"][0]["begin"] if last and last["timings"] else None,
                    last["uid"] if last else 0,
                ]
                if start + per_page < len(events)
                else None
            )
            page = {"total": len(events), "events": chunk, "sort": "timings.asc", "after": after}
            pages.append((f"page-{number:04d}.json", compact_json(page), len(chunk)))
        write_snapshot(self.root, source, edition, pages, base)

    # -------------------------------------------------------------------- ical
    def ical(self, source: Source, edition: int, records: list[Record], recurring: list[TrueEvent]) -> None:
        import icalendar

        rng = self.rng
        domain = ICAL_DOMAINS
        calendar = icalendar.Calendar()
        calendar.add("PRODID", "-//CRESS//Agenda du Mois de l'ESS//FR")
        calendar.add("VERSION", "2.0")
        calendar.add("CALSCALE", "GREGORIAN")
        calendar.add("X-WR-CALNAME", f"Mois de l'ESS {edition}")
        calendar.add("X-WR-TIMEZONE", "Europe/Paris")
        calendar.add_component(_paris_vtimezone())
        stamp = datetime(edition, 12, 1, 4, 0, tzinfo=UTC)
        for record in records:
            event = record.event
            vevent = icalendar.Event()
            vevent.add("UID", record.key)
            vevent.add("DTSTAMP", stamp)
            if isinstance(record.start, str):
                vevent["DTSTART"] = icalendar.vText(record.start)  # typed by hand in the back office
            elif isinstance(record.start, datetime):
                style = rng.random()
                if record.zone != "Europe/Paris" or style < 0.15:
                    vevent.add("DTSTART", local_moment(record.start, record.zone).astimezone(UTC))
                    if isinstance(record.end, datetime):
                        vevent.add("DTEND", local_moment(record.end, record.zone).astimezone(UTC))
                elif style < 0.25:  # floating: the calendar's X-WR-TIMEZONE applies
                    vevent.add("DTSTART", record.start)
                    if isinstance(record.end, datetime):
                        vevent.add("DTEND", record.end)
                else:
                    vevent.add("DTSTART", local_moment(record.start, record.zone))
                    if isinstance(record.end, datetime):
                        vevent.add("DTEND", local_moment(record.end, record.zone))
                    elif record.end is None and rng.random() < 0.5:
                        vevent.add("DURATION", timedelta(hours=2))
            elif record.start is not None:
                vevent.add("DTSTART", record.start)
                if isinstance(record.end, date):
                    vevent.add("DTEND", record.end + timedelta(days=1))
            vevent.add("SUMMARY", record.title or "")
            description = record.extra.get("plain") or record.description
            vevent.add("DESCRIPTION", description)
            if record.modalite == "en_ligne":
                vevent.add("LOCATION", "En ligne")
            else:
                parts = [
                    record.venue,
                    record.address,
                    " ".join(x for x in (record.postal_code, record.city) if x) or None,
                ]
                vevent.add("LOCATION", ", ".join(p for p in parts if p))
                if record.lat is not None and rng.random() < 0.6:
                    vevent.add("GEO", (record.lat, record.lon))
            vevent.add("CATEGORIES", [record.type_label, *record.theme_labels])
            vevent.add("URL", f"https://{domain[source.name]}/agenda/{slugify(record.title or 'evenement')}")
            vevent.add(
                "ORGANIZER",
                f"mailto:{event.organiser.email}" if event else "mailto:contact@example.org",
                parameters={"CN": record.organiser},
            )
            vevent.add("LAST-MODIFIED", record.updated.replace(tzinfo=PARIS).astimezone(UTC))
            calendar.add_component(vevent)
            self._truth(edition, source, record, record.key)
        for event in recurring:  # a weekly workshop: four Saturdays, one record per occurrence
            uid = f"recurrent-{event.key.lower()}@{domain[source.name]}"
            vevent = icalendar.Event()
            vevent.add("UID", uid)
            vevent.add("DTSTAMP", stamp)
            vevent.add("DTSTART", local_moment(event.start, "Europe/Paris"))
            vevent.add("DTEND", local_moment(event.end, "Europe/Paris"))
            vevent.add("RRULE", {"FREQ": "WEEKLY", "COUNT": 4})
            vevent.add("SUMMARY", event.title)
            vevent.add("DESCRIPTION", event.description + " Tous les samedis de novembre.")
            vevent.add(
                "LOCATION",
                ", ".join(x for x in (event.venue, event.address, f"{event.postal_code} {event.city}") if x),
            )
            vevent.add("CATEGORIES", [rng.choice(TYPE_LABELS[event.type])])
            vevent.add(
                "ORGANIZER", f"mailto:{event.organiser.email}", parameters={"CN": event.organiser.name}
            )
            calendar.add_component(vevent)
            for week in range(4):
                self.truth.append(
                    (
                        edition,
                        source.name,
                        f"uid:{uid}|{(event.start + timedelta(days=7 * week)).date()}",
                        f"{event.key}-R{week}",
                        "",
                    )
                )
        # Events of the previous December stay in the feed; the reader keeps the edition's year only.
        old = icalendar.Event()
        old.add("UID", f"bilan-{edition - 1}@{domain[source.name]}")
        old.add("DTSTAMP", stamp)
        old.add("DTSTART", datetime(edition - 1, 12, 12, 18, 0, tzinfo=PARIS))
        old.add("SUMMARY", f"Soirée bilan du Mois de l'ESS {edition - 1}")
        calendar.add_component(old)
        body = calendar.to_ical()
        write_snapshot(
            self.root,
            source,
            edition,
            [("calendrier.ics", body, len(records) + len(recurring) * 4 + 1)],
            f"https://{domain[source.name]}/agenda/mois-ess.ics",
        )

    # -------------------------------------------------------------- spreadsheets
    def spreadsheet(self, source: Source, edition: int, records: list[Record]) -> None:
        layout = SPREADSHEET_LAYOUTS[source.name](edition)
        rows = []
        for record in records:
            rows.append(layout.row(self, record, edition))
            self._truth(edition, source, record, f"pos:{len(rows) - 1}")
        for row_index in layout.shifted_rows(self.rng, len(rows)):
            rows[row_index] = layout.shift(rows[row_index])
        data = layout.encode(rows, edition)
        write_snapshot(self.root, source, edition, [(layout.file_name(edition), data, len(rows))], "")

    def _truth(self, edition: int, source: Source, record: Record, locator: str) -> None:
        event_key = record.event.key if record.event is not None else ""
        if not locator.startswith(("pos:", "uid:")):
            locator = f"id:{locator}"
        if source.kind == "ical" and locator.startswith("id:"):
            start = record.start
            day = start.date() if isinstance(start, datetime) else start
            locator = f"uid:{locator[3:]}|{day}"
        self.truth.append(
            (edition, source.name, locator, event_key, ",".join(record.extra.get("variants", [])))
        )


def _paris_vtimezone():
    import icalendar

    timezone = icalendar.Timezone()
    timezone.add("TZID", "Europe/Paris")
    standard = icalendar.TimezoneStandard()
    standard.add("DTSTART", datetime(1970, 10, 25, 3, 0))
    standard.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    standard.add("TZOFFSETFROM", timedelta(hours=2))
    standard.add("TZOFFSETTO", timedelta(hours=1))
    standard.add("TZNAME", "CET")
    daylight = icalendar.TimezoneDaylight()
    daylight.add("DTSTART", datetime(1970, 3, 29, 2, 0))
    daylight.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    daylight.add("TZOFFSETFROM", timedelta(hours=1))
    daylight.add("TZOFFSETTO", timedelta(hours=2))
    daylight.add("TZNAME", "CEST")
    timezone.add_component(standard)
    timezone.add_component(daylight)
    return timezone


# ------------------------------------------------------------------------------ spreadsheet layouts

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def french_date(value) -> str:
    return f"{value.day} {MONTHS_FR[value.month - 1]} {value.year}"


def hhmm(moment: datetime, style: str) -> str:
    if style == "h":
        return f"{moment.hour}h{moment.minute:02d}" if moment.minute else f"{moment.hour}h"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _day(value):
    return value.date() if isinstance(value, datetime) else value


class Layout:
    id_column = False
    id_prefix = ""
    headers: list[str] = []

    def __init__(self, edition: int):
        self.edition = edition

    def file_name(self, edition: int) -> str:
        raise NotImplementedError

    def row(self, writers: Writers, record: Record, edition: int) -> list:
        raise NotImplementedError

    def shifted_rows(self, rng: random.Random, n: int) -> list[int]:
        return []

    def shift(self, row: list) -> list:
        return row

    def encode(self, rows: list[list], edition: int) -> bytes:
        raise NotImplementedError

    @staticmethod
    def csv_bytes(headers: list[str], rows: list[list], delimiter: str, encoding: str) -> bytes:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
        return buffer.getvalue().encode(encoding, errors="replace")

    @staticmethod
    def xlsx_bytes(
        headers: list[str], rows: list[list], sheet: str, title_rows: list[str], formats: dict[int, str]
    ) -> bytes:
        import openpyxl

        workbook = openpyxl.Workbook()
        worksheet = workbook.active
        worksheet.title = sheet
        for text in title_rows:
            worksheet.append([text])
        if title_rows:
            worksheet.append([])
        worksheet.append(headers)
        for row in rows:
            worksheet.append(row)
        first = len(title_rows) + (2 if title_rows else 1) + 1
        for column, number_format in formats.items():
            for cells in worksheet.iter_rows(min_row=first, min_col=column + 1, max_col=column + 1):
                for cell in cells:
                    cell.number_format = number_format
        fixed = datetime(2000, 1, 1)
        workbook.properties.created = fixed
        workbook.properties.modified = fixed
        workbook.properties.creator = "generate_sample.py"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so a workbook's bytes do not depend on the clock."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", content)
            target.writestr(fixed, content)
    return out.getvalue()


class ArchiveLayout(Layout):
    """ESS France's archive of the first editions: XLSX up to 2010, then CSV exports in Windows-1252."""

    def __init__(self, edition: int):
        super().__init__(edition)
        title = "Intitulé de l'action" if edition == 2010 else "Titre"
        if edition <= 2010:
            self.headers = [
                title,
                "Date",
                "Horaires",
                "Lieu",
                "Adresse",
                "CP",
                "Ville",
                "Région",
                "Organisateur",
                "Type de structure",
                "Type d'action",
                "Thème",
                "Public",
                "Descriptif",
                "Contact",
                "Tél",
            ]
        else:
            self.headers = [
                "Nom de l'événement",
                "Date de début",
                "Date de fin",
                "Heure",
                "Lieu",
                "Adresse",
                "Code postal",
                "Commune",
                "Région",
                "Structure",
                "Statut",
                "Catégorie",
                "Thématique",
                "Public visé",
                "Présentation",
                "Courriel",
                "Téléphone",
            ]
            if edition == 2012:
                self.headers.append("Site internet")

    def file_name(self, edition: int) -> str:
        return f"mois-ess-{edition}-bilan.xlsx" if edition <= 2010 else f"export_evenements_{edition}.csv"

    def row(self, writers: Writers, record: Record, edition: int) -> list:
        event = record.event
        start = record.start
        contact = event.organiser.email if event else ""
        phone = event.organiser.phone if event else ""
        if edition <= 2010:
            if isinstance(start, str):
                when = start
            elif edition < 2010:
                when = _day(start) if start is not None else None  # an Excel date cell
            else:
                when = french_date(_day(start)) if start is not None else None
            hours = ""
            if isinstance(start, datetime):
                hours = hhmm(start, "h") + (
                    f"-{hhmm(record.end, 'h')}" if isinstance(record.end, datetime) else ""
                )
            return [
                record.title,
                when,
                hours,
                record.venue,
                record.address,
                record.postal_code,
                record.city,
                record.region_name,
                record.organiser,
                record.family_label,
                record.type_label,
                ", ".join(record.theme_labels),
                ", ".join(record.public_labels),
                record.extra.get("plain") or record.description,
                contact,
                phone,
            ]
        begin = start if isinstance(start, str) else _day(start).strftime("%d/%m/%Y") if start else ""
        end = (
            record.end
            if isinstance(record.end, str)
            else _day(record.end).strftime("%d/%m/%Y")
            if record.end is not None and _day(record.end) != _day(start)
            else ""
        )
        hours = hhmm(start, "h") if isinstance(start, datetime) else ""
        row = [
            record.title,
            begin,
            end,
            hours,
            record.venue,
            record.address,
            record.postal_code,
            record.city,
            record.region_name,
            record.organiser,
            record.family_label,
            record.type_label,
            " / ".join(record.theme_labels),
            " / ".join(record.public_labels),
            record.extra.get("plain") or record.description,
            contact,
            phone,
        ]
        if edition == 2012:
            row.append(event.organiser.website if event and event.organiser.website else "")
        return row

    def encode(self, rows: list[list], edition: int) -> bytes:
        if edition <= 2010:
            formats = {1: "DD/MM/YYYY"} if edition < 2010 else {}
            return self.xlsx_bytes(self.headers, rows, f"Evenements {edition}", [], formats)
        return self.csv_bytes(self.headers, rows, ";", "cp1252")


class PacaLayout(Layout):
    """CRESS PACA: a CSV saved by French Excel (Windows-1252, `;`), columns drifting over the years."""

    id_column = True
    id_prefix = "PACA-"

    def __init__(self, edition: int):
        super().__init__(edition)
        date_header = (
            "Jour" if edition == 2014 else "Date"
        )  # renamed once by hand: the required column vanishes
        self.headers = [
            "N°",
            "Titre de l'action",
            date_header,
            "Horaires",
            "Lieu",
            "Adresse",
            "Code postal",
            "Commune",
            "Structure organisatrice",
            "Statut juridique",
            "Catégorie",
            "Thèmes",
            "Public",
            "Descriptif",
            "Contact mail",
            "Contact tél",
        ]
        if edition >= 2017:
            self.headers.append("Lien")
        if edition >= 2019:
            self.headers.remove("Statut juridique")

    def file_name(self, edition: int) -> str:
        return f"agenda-mois-ess-paca-{edition}.csv"

    def row(self, writers: Writers, record: Record, edition: int) -> list:
        rng, event = writers.rng, record.event
        start = record.start
        when = start if isinstance(start, str) else _day(start).strftime("%d/%m/%Y") if start else ""
        hours = ""
        if isinstance(start, datetime):
            hours = hhmm(start, "h") + (
                f"-{hhmm(record.end, 'h')}" if isinstance(record.end, datetime) else ""
            )
            if rng.random() < 0.2:
                hours = f"de {hours.replace('-', ' à ')}"
        values = {
            "N°": record.key,
            "Titre de l'action": record.title,
            "Date": when,
            "Jour": when,
            "Horaires": hours,
            "Lieu": record.venue,
            "Adresse": record.address,
            "Code postal": record.postal_code,
            "Commune": record.city,
            "Structure organisatrice": record.organiser,
            "Statut juridique": record.family_label,
            "Catégorie": record.type_label,
            "Thèmes": ", ".join(record.theme_labels),
            "Public": ", ".join(record.public_labels),
            "Descriptif": record.extra.get("plain") or record.description,
            "Contact mail": event.organiser.email if event else "",
            "Contact tél": event.organiser.phone if event else "",
            "Lien": event.organiser.website if event and event.organiser.website else "",
        }
        return [values[h] for h in self.headers]

    def shifted_rows(self, rng: random.Random, n: int) -> list[int]:
        return [rng.randrange(n)] if n > 20 and rng.random() < 0.5 else []

    def shift(self, row: list) -> list:
        # A cell with an unquoted separator: the line has one cell too many (reported, not read).
        index = self.headers.index("Adresse")
        return row[:index] + [row[index] or "Bât. A", "RDC"] + row[index + 1 :]

    def encode(self, rows: list[list], edition: int) -> bytes:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(self.headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
        return buffer.getvalue().encode("cp1252", errors="replace")


class PdlLayout(Layout):
    """CRESS Pays de la Loire: an XLSX workbook with a title block, real date and time cells."""

    id_column = True
    id_prefix = "PDL"

    def __init__(self, edition: int):
        super().__init__(edition)
        self.headers = [
            "ID",
            "Événement",
            "Date début",
            "Heure début",
            "Heure fin",
            "Structure",
            "Famille ESS",
            "Lieu",
            "Adresse complète",
            "CP",
            "Ville",
            "Thématique",
            "Public",
            "Résumé",
            "Email",
            "Téléphone",
        ]
        if edition >= 2020:
            self.headers.append("Format")

    def file_name(self, edition: int) -> str:
        return f"CRESS_PdL_Mois_ESS_{edition}.xlsx"

    def row(self, writers: Writers, record: Record, edition: int) -> list:
        rng, event = writers.rng, record.event
        start = record.start
        if isinstance(start, str):
            day = start
        else:
            day = datetime.combine(_day(start), time(0)) if start is not None else None
        row = [
            record.key,
            record.title,
            day,
            start.time() if isinstance(start, datetime) else None,
            record.end.time() if isinstance(record.end, datetime) else None,
            record.organiser,
            record.family_label,
            record.venue,
            record.address,
            int(record.postal_code)
            if record.postal_code and record.postal_code.isdigit() and rng.random() < 0.5
            else record.postal_code,
            record.city,
            "; ".join(record.theme_labels),
            "; ".join(record.public_labels),
            record.extra.get("plain") or record.description,
            event.organiser.email if event else None,
            event.organiser.phone if event else None,
        ]
        if edition >= 2020:
            row.append(
                {"presentiel": "Présentiel", "en_ligne": "Distanciel", "hybride": "Mixte"}[record.modalite]
            )
        return row

    def encode(self, rows: list[list], edition: int) -> bytes:
        return self.xlsx_bytes(
            self.headers,
            rows,
            "Agenda",
            [f"Mois de l'ESS {edition} – Pays de la Loire", "Export de l'agenda régional"],
            {2: "DD/MM/YYYY", 3: "HH:MM", 4: "HH:MM"},
        )


class GrandEstLayout(Layout):
    """CRESS Grand Est: CSV in UTF-8 with BOM, comma-separated, French long dates and decimal commas."""

    id_column = True
    id_prefix = "GE-"

    def __init__(self, edition: int):
        super().__init__(edition)
        self.headers = [
            "Identifiant",
            "Nom",
            "Jour",
            "Début",
            "Fin",
            "Organisateur",
            "Type de structure",
            "Type",
            "Thèmes",
            "Lieu",
            "Adresse",
            "CP",
            "Ville",
            "Latitude",
            "Longitude",
            "Description",
            "Inscription",
        ]

    def file_name(self, edition: int) -> str:
        return f"mois-ess-grand-est-{edition}.csv"

    def row(self, writers: Writers, record: Record, edition: int) -> list:
        rng, event = writers.rng, record.event
        start = record.start
        day = start if isinstance(start, str) else french_date(_day(start)) if start is not None else ""
        return [
            record.key,
            record.title,
            day,
            hhmm(start, ":") if isinstance(start, datetime) else "",
            hhmm(record.end, ":") if isinstance(record.end, datetime) else "",
            record.organiser,
            record.family_label,
            record.type_label,
            " | ".join(record.theme_labels),
            record.venue,
            record.address,
            record.postal_code,
            record.city,
            f"{record.lat:.5f}".replace(".", ",") if record.lat is not None else "",
            f"{record.lon:.5f}".replace(".", ",") if record.lon is not None else "",
            record.extra.get("plain") or record.description,
            event.organiser.email if event and rng.random() < 0.5 else "",
        ]

    def encode(self, rows: list[list], edition: int) -> bytes:
        return self.csv_bytes(self.headers, rows, ",", "utf-8-sig")


SPREADSHEET_LAYOUTS = {
    "archives-ess-france": ArchiveLayout,
    "cress-paca-tableur": PacaLayout,
    "cress-pdl-tableur": PdlLayout,
    "cress-grand-est-tableur": GrandEstLayout,
}

# --------------------------------------------------------------------------------------- the editions


def sources_of(event: TrueEvent, rng: random.Random) -> list[str]:
    """Which sources list this event (at least one), the platform first when it does."""
    chosen = []
    for source in SOURCES:
        if event.edition not in source.editions:
            continue
        if source.region is not None and source.region != event.region:
            continue
        if (
            source.kind == "tableur"
            and source.region is not None
            and event.modalite == "en_ligne"
            and rng.random() < 0.5
        ):
            continue
        coverage = source.coverage
        if source.name == "plateforme" and event.edition == 2012:
            coverage = 0.45  # the platform opened during the 2012 edition
        elif source.name == "plateforme" and not any(
            s.region == event.region and event.edition in s.editions for s in SOURCES if s.region
        ):
            coverage = 1.0  # no regional source here: the platform is where the event is
        if rng.random() < coverage:
            chosen.append(source.name)
    if not chosen:
        candidates = [
            s.name for s in SOURCES if event.edition in s.editions and s.region in (None, event.region)
        ]
        chosen = [rng.choice(candidates)]
    return chosen


JUNK_KINDS = ["no_title", "impossible_date", "end_before_start", "out_of_edition"]


def junk_record(geo: Geography, rng: random.Random, template: TrueEvent, source: Source, kind: str) -> Record:
    record = base_record(geo, rng, template, source.name)
    record.event = None
    record.extra["junk"] = kind
    record.title = rng.choice(["Réunion d'information", "Atelier", record.title]) + " (brouillon)"
    if kind == "no_title":
        record.title = rng.choice([None, "", "   "])
    elif kind == "impossible_date":
        record.start = {
            "plateforme": f"{template.edition}-11-31",
            "openagenda": f"{template.edition}-11-31T10:00:00+0100",
            "ical": f"{template.edition}1131",
            "tableur": f"31/11/{template.edition}",
        }[source.kind]
        record.end = None
    elif kind == "end_before_start":
        start = (
            record.start
            if isinstance(record.start, datetime)
            else datetime.combine(_day(record.start), time(14))
        )
        record.start = start
        record.end = start - timedelta(days=rng.choice([1, 2, 31]))
    elif kind == "out_of_edition":
        day = _day(record.start)
        record.start = datetime.combine(
            day.replace(year=template.edition + rng.choice([-1, 72, 1])), time(18)
        )
        record.end = None
    return record


def assign_key(writers: Writers, source: Source, edition: int, record: Record, number: int) -> None:
    """The record's id in its source: platform ids grow over time, OpenAgenda uids are random, iCalendar
    UIDs are opaque, spreadsheets number their rows (the archives have no id column at all)."""
    rng = writers.rng
    if source.kind == "plateforme":
        writers.platform_id += rng.randint(1, 4)
        record.key = str(writers.platform_id)
    elif source.kind == "openagenda":
        record.key = str(rng.randrange(10_000_000, 99_999_999))
    elif source.kind == "ical":
        digest = hashlib.sha1(f"{source.name}|{edition}|{number}".encode()).hexdigest()[:12]
        record.key = f"{digest}@{ICAL_DOMAINS[source.name]}"
    else:
        layout = SPREADSHEET_LAYOUTS[source.name]
        record.key = f"{layout.id_prefix}{edition}-{number + 1:04d}" if layout.id_column else ""


def build_edition(
    geo: Geography, factory: EventFactory, writers: Writers, edition: int, volumes: dict[int, int] = VOLUMES
) -> dict:
    rng = factory.rng
    events = generate_events(factory, edition, volumes)
    per_source: dict[str, list[Record]] = {s.name: [] for s in SOURCES if edition in s.editions}
    stats = {"evenements": len(events), "enregistrements": 0, "doublons_inter_sources": 0, "rebuts": 0}
    recurring: dict[str, list[TrueEvent]] = {}
    for event in events:
        chosen = sources_of(event, rng)
        event.sources = chosen
        # A weekly workshop on an iCalendar feed is one VEVENT with an RRULE: kept out of the other sources.
        if (
            len(chosen) == 1
            and SOURCE_BY_NAME[chosen[0]].kind == "ical"
            and event.type == "formation_atelier"
            and isinstance(event.start, datetime)
            and event.end
            and event.start.weekday() == 5
            and event.start.day <= 7
            and event.modalite == "presentiel"
            and len(recurring.get(chosen[0], [])) < 2
        ):
            recurring.setdefault(chosen[0], []).append(event)
            continue
        for rank, name in enumerate(chosen):
            record = base_record(geo, rng, event, name)
            address_defects(rng, record)
            if rank > 0:
                record.extra["variants"] = variants(rng, record, SOURCE_BY_NAME[name])
                stats["doublons_inter_sources"] += 1
            if rng.random() < 0.004 and record.lat is not None:
                record.lat, record.lon = (record.lon, record.lat) if rng.random() < 0.5 else (0.0, 0.0)
            record.extra["html"] = html_description(rng, record, event)
            record.extra["plain"] = plain_description(rng, record, event)
            per_source[name].append(record)
    for name, records in per_source.items():
        source = SOURCE_BY_NAME[name]
        # Broken records (about 1 %): not real events, quarantined by the pipeline.
        for _ in range(max(1, len(records) // 90)):
            template = rng.choice(events)
            kind = rng.choice(JUNK_KINDS)
            if source.kind == "ical" and kind in ("no_title", "out_of_edition", "end_before_start"):
                kind = "impossible_date"  # feeds keep other years (skipped when read) and always have a SUMMARY
            if source.kind == "tableur" and kind == "end_before_start":
                kind = "no_title"  # most sheets have no end-date column to get wrong
            junk = junk_record(geo, rng, template, source, kind)
            records.insert(rng.randrange(len(records) + 1), junk)
            stats["rebuts"] += 1
        for number, record in enumerate(records):
            assign_key(writers, source, edition, record, number)
        # The same record sent twice (an export run twice, an update appended): same id, merged downstream.
        if source.kind in ("plateforme", "openagenda", "tableur") and len(records) > 10:
            for _ in range(max(1, len(records) // 250)):
                original = rng.choice([r for r in records if r.event is not None and "repeat" not in r.extra])
                copy = Record(**{**original.__dict__, "extra": {**original.extra, "repeat": True}})
                if source.kind != "tableur":
                    copy.updated = original.updated - timedelta(days=rng.randint(1, 20))
                    copy.extra["html"] = original.extra["html"].replace(
                        "</p>", " (version précédente)</p>", 1
                    )
                records.insert(rng.randrange(len(records) + 1), copy)
        if source.kind in ("plateforme", "openagenda") and rng.random() < 0.3:
            nothing = Record(**{**records[0].__dict__, "event": None, "extra": {"junk": "not_an_object"}})
            records.insert(rng.randrange(len(records) + 1), nothing)
        stats["enregistrements"] += len(records)
    for name, records in per_source.items():
        source = SOURCE_BY_NAME[name]
        if source.kind == "plateforme":
            writers.platform(source, edition, records)
        elif source.kind == "openagenda":
            writers.openagenda(source, edition, records)
        elif source.kind == "ical":
            writers.ical(source, edition, records, recurring.get(name, []))
            stats["enregistrements"] += 4 * len(recurring.get(name, []))
        else:
            writers.spreadsheet(source, edition, records)
    main = {e.organiser.key: e.organiser for e in events}
    stats["organisateurs_principaux"] = len(main)
    stats["organisateurs_distincts"] = len(
        {e.organiser.name for e in events} | {p for e in events for p in e.partners}
    )
    stats["associations"] = round(
        sum(o.family == "association" for o in main.values()) / max(1, len(main)), 3
    )
    stats["en_ligne"] = sum(e.modalite == "en_ligne" for e in events)
    return stats


# ------------------------------------------------------------------------------------------ laureates


def write_laureats(geo: Geography, factory: EventFactory, root: Path, editions: list[int] = EDITIONS) -> int:
    rng = factory.rng
    written = 0
    for edition in [e for e in LAUREATS.editions if e in editions]:
        rows = []
        national = [("national", None, "Utilité sociale"), ("national", None, "Transition écologique")]
        if edition >= 2019:
            national.append(("national", None, "Coup de cœur"))
        regional = []
        for code in sorted(ESS_WEIGHT):
            if code in ("03", "06") and edition < 2020:
                continue
            for label in ("Utilité sociale", "Transition écologique"):
                regional.append(("regional", code, label))
        for level, code, label in national + regional:
            if code is None:
                commune = factory.commune_for(edition)
            else:
                candidates = [c for c in geo.communes if c["reg"] == code and c["pop"] > 5000] or [
                    c for c in geo.communes if c["reg"] == code
                ]
                commune = rng.choice(candidates)
            organiser = factory.organisers.pick(commune, geo, reuse=0.3)
            theme = (
                "economie_circulaire"
                if "écolog" in label
                else rng.choice(["insertion_professionnelle", "action_sociale", "inclusion"])
            )
            initiative = rng.choice(
                [
                    f"{rng.choice(SINGLE)}",
                    f"Les {rng.choice(NOUNS)} {rng.choice(ADJECTIVES)}",
                    f"Projet {rng.choice(NOUNS).lower()} solidaires",
                ]
            )
            region = ""
            if code is not None:
                region = geo.regions[code]
                if edition < 2016:
                    region = OLD_REGION_OF.get(commune["dep"], region)
            written_label = (
                label if edition >= 2017 or label != "Utilité sociale" else "Prix de l'utilité sociale"
            )
            rows.append(
                [
                    str(edition),
                    "National" if level == "national" else rng.choice(["Régional", "regional"]),
                    code if code and rng.random() < 0.5 else "",
                    region if code else "",
                    written_label,
                    initiative,
                    organiser.name,
                    commune["nom"],
                    rng.choice(commune["cps"]) if commune["cps"] else "",
                    f"{organiser.name} : {rng.choice(THEMES[theme][1])}, une initiative remarquable.",
                    organiser.website or "",
                ]
            )
        headers = [
            "edition",
            "niveau",
            "code_region",
            "region",
            "categorie",
            "nom_initiative",
            "structure",
            "commune",
            "code_postal",
            "description",
            "url",
        ]
        data = Layout.csv_bytes(headers, rows, ";", "utf-8")
        write_snapshot(root, LAUREATS, edition, [("laureats.csv", data, len(rows))], "")
        written += len(rows)
    return written


# ---------------------------------------------------------------------------------------------- truth


def resolve_truth(
    root: Path, truth: list[tuple[int, str, str, str, str]]
) -> list[tuple[int, str, str, str, str]]:
    """(edition, source, source_identifiant, event key, variants) rows, locators resolved by the pipeline's
    readers."""
    from assets.lib.config import sources as configured_sources
    from assets.lib.sources.ical import read_ical_snapshot
    from assets.lib.sources.spreadsheet import (
        SourceSchemaError,
        map_spreadsheet_event,
        read_spreadsheet_snapshot,
    )

    config = configured_sources() if (REPO_ROOT / "config" / "sources.yaml").exists() else {}
    resolved = []
    cache: dict[tuple[int, str], dict[str, str]] = {}
    for edition, name, locator, event_key, applied in truth:
        source = SOURCE_BY_NAME[name]
        if locator.startswith("id:"):
            resolved.append((edition, name, locator[3:], event_key, applied))
            continue
        if (edition, name) not in cache:
            folder = root / source.location / str(edition) / source.snapshot(edition)
            options = dict(config[name].options) if name in config else {}
            table: dict[str, str] = {}
            if source.kind == "ical":
                records, _ = read_ical_snapshot(folder, source=name, edition=edition, options=options)
                for record in records:
                    start = record.payload.get("dtstart") or ""
                    table[f"uid:{record.payload.get('uid')}|{start[:10]}"] = record.source_record_id
            else:
                try:
                    records, _, _ = read_spreadsheet_snapshot(
                        folder, source=name, edition=edition, options=options
                    )
                except SourceSchemaError:
                    options["colonnes_obligatoires"] = ["titre"]
                    records, _, _ = read_spreadsheet_snapshot(
                        folder, source=name, edition=edition, options=options
                    )
                for record in records:
                    candidate = map_spreadsheet_event(record.payload, {**options, "edition": edition})
                    table[f"pos:{record.position}"] = candidate["source_identifiant"]
            cache[(edition, name)] = table
        identifier = cache[(edition, name)].get(locator)
        if identifier is not None:
            resolved.append((edition, name, identifier, event_key, applied))
    return resolved


def write_truth(path: Path, rows: list[tuple[int, str, str, str, str]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["edition", "source", "source_identifiant", "evenement", "variantes"])
    for row in sorted(set(rows)):
        writer.writerow(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(buffer.getvalue().encode("utf-8"))


README = """# Données d'exemple : SYNTHÉTIQUES

> ⚠️ **Ces données sont fictives.** Elles sont générées par `scripts/generate_sample.py` pour faire tourner
> et tester le pipeline hors ligne. Ce ne sont **pas** les événements réels du Mois de l'ESS : titres,
> organisateurs, adresses, courriels et téléphones sont inventés (domaines `example.org`), seuls les
> noms et codes des communes sont réels. Chaque `manifest.json` porte `"synthetique": true` et la
> publication produite à partir d'eux le signale (`donnees_synthetiques: true`, titre préfixé dans
> `datapackage.json`).

## Régénérer

```bash
.venv/bin/python scripts/generate_sample.py           # réécrit data/raw/ et la vérité de test
.venv/bin/python scripts/generate_sample.py --check   # vérifie que la génération est reproductible
```

La génération est déterministe (graine fixe `{seed}`) : deux exécutions donnent des fichiers identiques
à l'octet. Elle lit le référentiel géographique de `data/reference/` et les lecteurs de sources du
pipeline (pour calculer les identifiants des lignes de tableur).

## Ce qui est modélisé

- **Volumes** : nombre d'événements réels par édition calé sur les bilans nationaux (1 513 en 2010,
  1 732 en 2011, 1 707 en 2012, environ 2 000 en 2016 et 2018, environ 1 800 en 2019 dont un millier de
  rencontres, forums et salons, 350 formations et portes ouvertes, 400 événements culturels ; 2020,
  édition du confinement, majoritairement en ligne), interpolé entre ces points :

{volumes}

- **Lieux** : communes réelles du COG 2026 tirées en proportion de la population et du poids régional de
  l'ESS (Corse et les cinq DROM compris), coordonnées tirées dans le contour de la commune ; quelques
  événements à l'étranger et en ligne ; arrondissements de Paris, Lyon et Marseille.
- **Organisateurs** : environ 0,65 organisateur principal par événement, 70 % d'associations, qui
  reviennent d'une édition à l'autre ; partenaires ; contacts (courriels, téléphones) dans les champs
  dédiés et parfois dans les descriptions.
- **Sources** : chaque édition est répartie entre la plateforme nationale (à partir de 2012) et les
  sources régionales de l'année ; un même événement figure souvent dans deux ou trois sources avec de
  petites différences (casse et ponctuation du titre, horaire décalé, date sans heure, code postal
  absent, libellés de catégorie différents, lieu ou organisateur écrits autrement).
- **Défauts** : noms des 22 anciennes régions avant 2016, communes fusionnées écrites sous leur ancien
  nom, adresses sans code postal, CEDEX, « St » pour Saint, « Paris 11e », fautes de frappe, HTML dans
  les descriptions, coordonnées hors de France, identifiants répétés, enregistrements cassés (titre
  absent, date impossible, fin avant le début, date hors édition, entrée illisible), une ligne de
  tableur décalée, et le tableur PACA 2014 dont la colonne de date a été renommée « Jour » (colonne
  obligatoire absente : la source échoue pour cette édition, les autres continuent).

## Sources et formats

| dossier | type | éditions | format |
|---|---|---|---|
{sources}

Chaque instantané est rangé dans `<source>/<édition>/<horodatage>/` avec un `manifest.json` (empreintes
sha256, nombre d'enregistrements, `"synthetique": true`). La vérité terrain (quels enregistrements sont
le même événement réel) est écrite à part, dans `tests/fixtures/dedup/verite.csv.gz`, pour mesurer la
déduplication (`scripts/bench_dedup.py`) ; elle n'est jamais publiée.

Taille totale : {size}.
"""

FORMATS = {
    "plateforme": "JSON paginé de la plateforme (`docs/format-plateforme.md`)",
    "archives-ess-france": "archives : XLSX (2008–2010), CSV Windows-1252 `;` (2011–2012), sans identifiant",
    "cress-paca-tableur": "CSV Windows-1252 `;`, dates « 12/11/2019 », horaires « 14h-17h30 »",
    "cress-pdl-tableur": "XLSX avec bandeau de titre, cellules date et heure",
    "cress-grand-est-tableur": "CSV UTF-8 avec BOM `,`, dates « 12 novembre 2019 », décimales à virgule",
    "cress-bretagne-openagenda": "OpenAgenda v2 (JSON, pagination `after`)",
    "cress-occitanie-openagenda": "OpenAgenda v2, champ de formulaire à identifiants numériques",
    "cress-aura-openagenda": "OpenAgenda v2",
    "cress-nouvelle-aquitaine-ical": "iCalendar (RFC 5545), fuseaux, GEO, récurrences",
    "cress-hdf-ical": "iCalendar (RFC 5545)",
    "prix-ess": "CSV `;` des lauréats des Prix de l'ESS",
}


def write_readme(root: Path, stats: dict[int, dict]) -> None:
    volumes = "\n".join(
        f"  - {edition} : {s['evenements']} événements réels, {s['enregistrements']} enregistrements dans les "
        f"sources, {s['organisateurs_principaux']} organisateurs principaux ({round(s['associations'] * 100)} % "
        f"d'associations), {s['en_ligne']} en ligne"
        for edition, s in sorted(stats.items())
    )
    rows = [
        f"| `{s.location}/` | {s.kind} | {s.editions[0]}–{s.editions[-1]} | {FORMATS[s.name]} |"
        for s in [*SOURCES, LAUREATS]
    ]
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    text = README.format(seed=SEED, volumes=volumes, sources="\n".join(rows), size=f"{total / 1e6:.1f} Mo")
    (root / "README.md").write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------------------------- main


# The small multi-source fixture of the pipeline tests: two editions, every source kind, events drawn
# mostly in the regions that have a regional source so that each source gets a few records.
FIXTURE_VOLUMES = {2012: 60, 2019: 80}


def generate(root: Path, truth_path: Path, quiet: bool = False, fixture: bool = False) -> dict[int, dict]:
    rng = random.Random(SEED)
    nprng = np.random.default_rng(SEED)
    geo = Geography.load()
    volumes = FIXTURE_VOLUMES if fixture else VOLUMES
    if fixture:
        regional = {s.region for s in SOURCES if s.region}
        boost = np.array([25.0 if c["reg"] in regional else 1.0 for c in geo.communes])
        geo.weights = geo.weights * boost / (geo.weights * boost).sum()
    factory = EventFactory(geo, rng, nprng)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    writers = Writers(geo, rng, root)
    stats = {}
    for edition in sorted(volumes):
        stats[edition] = build_edition(geo, factory, writers, edition, volumes)
        if not quiet:
            print(f"{edition}: {stats[edition]}")
    laureats = write_laureats(geo, factory, root, sorted(volumes))
    if not quiet:
        print(f"lauréats : {laureats}")
    write_truth(truth_path, resolve_truth(root, writers.truth))
    if not fixture:
        write_readme(root, stats)
    return stats


def tree_hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): sha256(p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "data" / "raw")
    parser.add_argument(
        "--truth", type=Path, default=REPO_ROOT / "tests" / "fixtures" / "dedup" / "verite.csv.gz"
    )
    parser.add_argument("--check", action="store_true", help="regenerate into a temporary folder and compare")
    parser.add_argument(
        "--fixture",
        action="store_true",
        help="write the small two-edition test fixture to tests/fixtures/editions/ instead",
    )
    args = parser.parse_args(argv)
    if args.fixture:
        folder = REPO_ROOT / "tests" / "fixtures" / "editions"
        generate(folder / "raw", folder / "verite.csv.gz", fixture=True)
        return 0
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp) / "raw", Path(tmp) / "verite.csv.gz", quiet=True)
            fresh, current = tree_hashes(Path(tmp) / "raw"), tree_hashes(args.out)
            same_truth = sha256((Path(tmp) / "verite.csv.gz").read_bytes()) == sha256(args.truth.read_bytes())
        differing = sorted(k for k in set(fresh) | set(current) if fresh.get(k) != current.get(k))
        if differing or not same_truth:
            print(
                f"{len(differing)} file(s) differ, truth {'same' if same_truth else 'differs'}: {differing[:10]}"
            )
            return 1
        print(f"{len(fresh)} files identical")
        return 0
    stats = generate(args.out, args.truth)
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"{sum(s['evenements'] for s in stats.values())} événements réels, "
        f"{sum(s['enregistrements'] for s in stats.values())} enregistrements, {total / 1e6:.1f} Mo dans {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
