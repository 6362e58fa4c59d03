#!/usr/bin/env python
"""Generate a labelled evaluation set for the cross-source deduplication: one region, four source styles.

Usage (from the repository root, with the project virtualenv)::

    python scripts/dedup_eval_set.py --seed 1 --output /tmp/eval.csv   # rows of `events` + truth columns

Used by scripts/bench_dedup.py (which generates the sets itself from seeds; nothing is stored).

What it models: about 300 real events per edition in Bretagne, each listed by one to four of the sources
a CRESS region has, written the way each source's reader leaves them in the `events` table:

- `plateforme` (the national platform): full place, coordinates, offsets, the organiser's full name,
  sometimes the edition's boilerplate around the title;
- `cress-bretagne-openagenda` (the CRESS OpenAgenda agenda): INSEE code, coordinates, sometimes only the
  venue or only the street, the organiser's acronym, online events as « En ligne » with or without the link;
- `reseau-rennes-ical` (a local network's iCalendar, mostly Rennes metropole): LOCATION in `adresse` only,
  often the venue name alone or only the town, times without time zone read as UTC (a one-hour slip), the
  organiser often missing, online events as « Visio », « Zoom », a link or nothing;
- `cress-bretagne-tableur` (the CRESS registration spreadsheet, Windows-1252 `;`): titles in capitals or
  without accents, typing errors, dates without time, acronyms, abbreviated streets, no coordinates,
  « Distanciel » / « A distance » for online events.

Look-alikes are generated on purpose: the same kind of event the same day in the same town (two repair
cafés in Rennes one afternoon, with different venues and organisers), weekly series (same title, other
days), and generic venue names shared by several towns (« Maison des associations »).

Each record carries `variantes`, the differences between it and the event as it really is (comma-separated):
titre_habillage (prefix/suffix, case, accents), titre_reformule, titre_faute, sigle_organisateur, sans_heure,
heure_decalee, sans_commune, lieu_ou_adresse, en_ligne_libelle. A pair of records carries the union of both.
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from assets.lib.normalize import EVENT_COLUMNS, event_identifier  # noqa: E402

PARIS = timezone(timedelta(hours=1))  # November: no daylight saving
SOURCES = ("plateforme", "cress-bretagne-openagenda", "reseau-rennes-ical", "cress-bretagne-tableur")
REGION = "53"

# (INSEE code, name, postal code, latitude, longitude, weight); Rennes métropole first (the ICS network).
COMMUNES = [
    ("35238", "Rennes", "35000", 48.1113, -1.6800, 14),
    ("35051", "Cesson-Sévigné", "35510", 48.1213, -1.6030, 2),
    ("35047", "Bruz", "35170", 48.0247, -1.7461, 2),
    ("35281", "Saint-Jacques-de-la-Lande", "35136", 48.0873, -1.7173, 1),
    ("29019", "Brest", "29200", 48.3904, -4.4861, 8),
    ("29232", "Quimper", "29000", 47.9960, -4.1024, 5),
    ("56121", "Lorient", "56100", 47.7483, -3.3700, 5),
    ("56260", "Vannes", "56000", 47.6582, -2.7608, 5),
    ("22278", "Saint-Brieuc", "22000", 48.5141, -2.7603, 4),
    ("35288", "Saint-Malo", "35400", 48.6493, -2.0257, 3),
    ("22113", "Lannion", "22300", 48.7326, -3.4566, 2),
    ("29151", "Morlaix", "29600", 48.5776, -3.8280, 2),
    ("35115", "Fougères", "35300", 48.3516, -1.1999, 2),
    ("35360", "Vitré", "35500", 48.1236, -1.2085, 2),
    ("35236", "Redon", "35600", 47.6515, -2.0845, 1),
    ("29039", "Concarneau", "29900", 47.8753, -3.9189, 1),
    ("56178", "Pontivy", "56300", 48.0684, -2.9631, 1),
    ("22050", "Dinan", "22100", 48.4555, -2.0503, 1),
    ("22070", "Guingamp", "22200", 48.5625, -3.1500, 1),
    ("29103", "Landerneau", "29800", 48.4508, -4.2494, 1),
]
GENERIC_VENUES = ["Maison des associations", "Salle des fêtes", "Médiathèque", "Hôtel de ville", "Centre social"]
NAMED_VENUES = [
    "Tiers-lieu La Grenouillère", "Espace Social Commun", "MJC du Plateau", "Le Jardin Moderne",
    "Café associatif L'Écume", "Pôle ESS du Pays", "La Recyclerie", "Maison de quartier Bellevue",
    "Ferme urbaine des Prairies", "Atelier du Chat Perché", "Le Bon Accueil", "Halle de la Courrouze",
    "Espace Jeunes", "La Petite Rockette", "Maison du vélo", "Cinéma Le Celtic", "Auditorium Chaptal",
    "Pépinière Créativ", "Campus Beaulieu", "Salle Guy Ropartz",
]
STREET_TYPES = [("rue", "r."), ("avenue", "av."), ("boulevard", "bd"), ("place", "pl."), ("allée", "all."),
                ("quai", "quai"), ("chemin", "ch.")]
STREET_NAMES = ["de la Gare", "Jean Jaurès", "Victor Hugo", "du Port", "de Brest", "Saint-Hélier", "de Nantes",
                "Pasteur", "du Général de Gaulle", "des Lices", "Anatole France", "de la Liberté", "Gambetta",
                "Jules Ferry", "du Moulin", "de la République", "Alphonse Guérin", "d'Antrain", "de Lorient",
                "Émile Zola", "des Forges", "Duguay-Trouin"]
ORG_HEADS = ["Association", "Collectif", "Réseau", "Fédération", "Coopérative", "Union régionale", "Maison",
             "Agence", "Groupement", "Comité"]
ORG_TAILS = ["pour l'Économie Solidaire", "des Initiatives Locales", "de l'Habitat Partagé", "Bretonne d'Insertion",
             "des Finances Solidaires", "des Jardins Partagés", "pour le Développement Durable",
             "des Entrepreneurs Sociaux", "de l'Éducation Populaire", "des Monnaies Locales",
             "pour la Mobilité Douce", "des Acteurs du Réemploi", "Citoyenne pour l'Énergie",
             "de l'Emploi Accompagné", "des Circuits Courts", "pour l'Accès au Numérique"]
SHORT_ORGS = ["Les Bricoleurs", "Vélo Utile", "Repair café Rennes", "La Feuille d'Érable", "Envie Bretagne",
              "Emmaüs Action Ouest", "Les Petits Débrouillards", "Bretagne Active", "Cigales de Bretagne",
              "Néo56", "Oxalis", "Le Galléco"]
TOPICS = [
    ("la finance solidaire", "finance solidaire"), ("l'économie circulaire", "économie circulaire"),
    ("l'habitat participatif", "habitat partagé"), ("les monnaies locales", "monnaie locale"),
    ("l'entrepreneuriat social", "entreprendre autrement"), ("les coopératives", "le modèle coopératif"),
    ("le réemploi", "réemploi et recyclage"), ("l'alimentation durable", "bien manger local"),
    ("l'insertion par l'activité économique", "insertion par l'activité"), ("les circuits courts", "circuits courts"),
    ("la transition énergétique", "énergies citoyennes"), ("le numérique responsable", "numérique responsable"),
    ("le bénévolat", "s'engager bénévolement"), ("les SCIC", "sociétés coopératives d'intérêt collectif"),
    ("la mobilité douce", "se déplacer autrement"), ("l'égalité femmes-hommes", "égalité femmes hommes dans l'ESS"),
    ("l'emploi des jeunes", "jeunes et emploi"), ("le commerce équitable", "commerce équitable"),
    ("l'agriculture paysanne", "agriculture paysanne"), ("la silver économie", "bien vieillir"),
]
FILMS = ["Demain", "Après-demain", "Les Liberterres", "Merci patron", "Le Grand Saut", "Ma part du gâteau"]
# Kind -> phrasings; {t} a topic form, {f} a film, {v} the venue, {c} the commune.
KINDS = {
    "conference": ["Conférence sur {t}", "Conférence-débat : {t}", "Rencontre autour de {t}",
                   "{T} : de quoi parle-t-on ?"],
    "atelier": ["Atelier {t}", "Atelier participatif : {t}", "Atelier découverte de {t}", "{T} : atelier pratique"],
    "forum": ["Forum {t}", "Salon de {t}", "Forum des acteurs de {t}"],
    "cine": ["Ciné-débat « {f} »", "Projection-débat : {f}", "Projection du film {f} suivie d'un débat"],
    "visite": ["Visite de {v}", "Portes ouvertes à {v}", "Découverte de {v}"],
    "webinaire": ["Webinaire : {t}", "Visioconférence sur {t}", "Conférence en ligne : {t}"],
    "repair": ["Repair café", "Repair Café de {c}", "Café réparation"],
    "velo": ["Atelier d'autoréparation vélo", "Atelier réparation de vélos", "Répare ton vélo !"],
    "marche": ["Marché solidaire", "Marché de Noël solidaire", "Marché des artisans solidaires"],
    "petitdej": ["Petit-déjeuner de l'ESS", "Petit déjeuner des entrepreneurs solidaires",
                 "Petit-déj' des acteurs de l'ESS"],
}
KIND_WEIGHTS = {"conference": 16, "atelier": 16, "forum": 6, "cine": 8, "visite": 8, "webinaire": 0, "repair": 10,
                "velo": 6, "marche": 6, "petitdej": 6}
ONLINE_HOSTS = ["zoom.us/j/{n}", "meet.jit.si/CressBzh{n}", "teams.microsoft.com/l/meetup-join/{n}",
                "visio.cress-bretagne.org/b/ess-{n}", "bbb.reseau-rennes.org/rooms/{n}"]
ONLINE_WORDS = {
    "cress-bretagne-openagenda": ["En ligne", "En ligne", "Événement en ligne"],
    "reseau-rennes-ical": ["Visio", "En ligne (Zoom)", "Webinaire", "visioconférence", "{link}", ""],
    "cress-bretagne-tableur": ["Distanciel", "A distance", "En ligne", "Visio"],
}


@dataclass
class Organiser:
    name: str
    acronym: str


@dataclass
class Venue:
    name: str
    number: int
    street_type: int
    street: str
    commune: tuple

    def street_line(self, abbreviated: bool = False) -> str:
        kind = STREET_TYPES[self.street_type][1 if abbreviated else 0]
        return f"{self.number} {kind} {self.street}"


@dataclass
class Event:
    key: str
    edition: int
    kind: str
    phrasing: int
    topic: int
    film: str
    venue: Venue | None  # None: online
    organiser: Organiser
    day: date
    minute: int | None  # minutes after midnight, Paris time; None: all-day
    duration: int
    link: str


def _initials(name: str) -> str:
    words = name.replace("'", " ").replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in {"de", "des", "du", "la", "le", "les", "l",
                                                                     "d", "et", "pour", "en", "au", "aux"})


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    operation = rng.choice(("swap", "drop", "double"))
    if operation == "swap":
        word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
    elif operation == "drop":
        word = word[:j] + word[j + 1:]
    else:
        word = word[:j] + word[j] + word[j:]
    words[i] = word
    return " ".join(words)


class World:
    """Organisers and venues of the region, shared by the editions of one seed."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        names = {f"{h} {t}" for h in ORG_HEADS for t in ORG_TAILS}
        long = rng.sample(sorted(names), 45)
        self.organisers = [Organiser(n, _initials(n)) for n in long] + [Organiser(n, "") for n in SHORT_ORGS]
        self.venues: dict[str, list[Venue]] = {}
        for commune in COMMUNES:
            count = max(2, commune[5] // 2 + 1)
            chosen = rng.sample(GENERIC_VENUES, 2) + rng.sample(NAMED_VENUES, count)
            self.venues[commune[0]] = [
                Venue(name, rng.randint(1, 120), rng.randrange(len(STREET_TYPES)), rng.choice(STREET_NAMES), commune)
                for name in chosen
            ]

    def commune(self) -> tuple:
        return self.rng.choices(COMMUNES, weights=[c[5] for c in COMMUNES])[0]


def _events(world: World, edition: int, count: int, rng: random.Random) -> list[Event]:
    events: list[Event] = []
    kinds = list(KIND_WEIGHTS)

    def new_event(**fixed) -> Event:
        online = rng.random() < 0.1
        kind = "webinaire" if online and rng.random() < 0.6 else rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]
        commune = world.commune()
        venue = None if online else rng.choice(world.venues[commune[0]])
        all_day = kind == "marche" and rng.random() < 0.5 or rng.random() < 0.04
        values = dict(
            key=f"V{edition}-{len(events):04d}", edition=edition, kind=kind,
            phrasing=rng.randrange(len(KINDS[kind])), topic=rng.randrange(len(TOPICS)), film=rng.choice(FILMS),
            venue=venue, organiser=rng.choice(world.organisers),
            day=date(edition, 11, rng.randint(1, 30)),
            minute=None if all_day else rng.choice(range(9 * 60, 20 * 60 + 1, 30)),
            duration=rng.choice((60, 90, 120, 180)),
            link="https://" + rng.choice(ONLINE_HOSTS).format(n=rng.randint(10_000, 99_999)) if online else "",
        )
        values.update(fixed)
        return Event(**values)

    while len(events) < count:
        base = new_event()
        events.append(base)
        roll = rng.random()
        if roll < 0.14 and base.venue is not None:
            # A look-alike: same kind, same day, same town, another venue and organiser, near the same time.
            others = [v for v in world.venues[base.venue.commune[0]] if v.name != base.venue.name]
            minute = base.minute
            if minute is not None and rng.random() >= 0.4:
                minute += rng.choice((-60, 60, 90))
            events.append(new_event(kind=base.kind, phrasing=base.phrasing, topic=base.topic, film=base.film,
                                    venue=rng.choice(others), day=base.day, minute=minute,
                                    organiser=rng.choice([o for o in world.organisers if o != base.organiser])))
        elif roll < 0.19:
            # A weekly series: the same title, venue and organiser another day.
            later = base.day + timedelta(days=7 if base.day.day <= 23 else -7)
            events.append(new_event(kind=base.kind, phrasing=base.phrasing, topic=base.topic, film=base.film,
                                    venue=base.venue, organiser=base.organiser, day=later, minute=base.minute,
                                    duration=base.duration, link=base.link))
    return events[:count]


def _title(event: Event, phrasing: int, topic_form: int) -> str:
    template = KINDS[event.kind][phrasing % len(KINDS[event.kind])]
    topic = TOPICS[event.topic][topic_form]
    venue = event.venue.name if event.venue else "la CRESS"
    commune = event.venue.commune[1] if event.venue else "Bretagne"
    title = template.format(t=topic, T=topic[0].upper() + topic[1:], f=event.film, v=venue, c=commune)
    for wrong, right in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" de Hôtel", " de l'Hôtel"),
                         (" à Hôtel", " à l'Hôtel")):
        title = title.replace(wrong, right)
    return title


def _moment(day: date, minute: int, style: str) -> str:
    minute = min(minute, 23 * 60 + 45)
    local = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=PARIS)
    if style == "offset":
        return local.isoformat(timespec="seconds")
    # A floating time read as UTC: the wall time is kept and called UTC, one hour after the real start.
    wall = local.replace(tzinfo=None)
    return wall.isoformat(timespec="seconds") + ("Z" if style == "utc" else "")


def _record(event: Event, source: str, number: int, rng: random.Random) -> dict:
    variants: list[str] = []
    online = event.venue is None
    # Title.
    phrasing, topic_form = event.phrasing, 0
    if source != "plateforme" and rng.random() < 0.22:
        phrasing, topic_form = phrasing + rng.randrange(1, len(KINDS[event.kind])), rng.randrange(2)
        variants.append("titre_reformule")
    title = _title(event, phrasing, topic_form)
    dressing = rng.random()
    if dressing < 0.12:
        title = rng.choice(["Mois de l'ESS – ", "Mois de l'ESS 2019 : ", "[Mois de l'ESS] "]) + title
        variants.append("titre_habillage")
    elif dressing < 0.2:
        suffix = event.organiser.acronym or event.organiser.name
        title += rng.choice([f" – {suffix}", f" ({event.venue.commune[1] if event.venue else 'en ligne'})",
                             f" par {event.organiser.name}"])
        variants.append("titre_habillage")
    if source == "cress-bretagne-tableur" and rng.random() < 0.45:
        title = title.upper() if rng.random() < 0.5 else _strip_accents(title)
        variants.append("titre_habillage")
    if source in ("cress-bretagne-tableur", "reseau-rennes-ical", "cress-bretagne-openagenda") and rng.random() < 0.1:
        title = _typo(rng, title)
        variants.append("titre_faute")
    # Organiser.
    organiser = event.organiser.name
    if event.organiser.acronym and rng.random() < {"plateforme": 0.05, "cress-bretagne-tableur": 0.35}.get(source, 0.2):
        organiser = event.organiser.acronym
        variants.append("sigle_organisateur")
    if source == "reseau-rennes-ical" and rng.random() < 0.5:
        organiser = ""
    # Dates.
    if event.minute is None:
        start, end = event.day.isoformat(), event.day.isoformat()
    elif source == "cress-bretagne-tableur" and rng.random() < 0.3 or rng.random() < 0.04:
        start, end = event.day.isoformat(), ""
        variants.append("sans_heure")
    elif source == "reseau-rennes-ical" and rng.random() < 0.5:
        style = rng.choice(("utc", "floating"))
        start = _moment(event.day, event.minute, style)
        end = _moment(event.day, event.minute + event.duration, style)
        variants.append("heure_decalee")
    else:
        start = _moment(event.day, event.minute, "offset")
        end = _moment(event.day, event.minute + event.duration, "offset") if rng.random() < 0.8 else ""
    row = {
        "edition": event.edition, "titre": title, "description": "", "date_debut": start, "date_fin": end,
        "type_evenement": "autre", "thematiques": "", "publics": "", "modalite": "presentiel",
        "organisateur": organiser, "organisateur_famille": "", "co_organisateurs": "", "lieu": "", "adresse": "",
        "code_postal": "", "commune": "", "latitude": None, "longitude": None, "url": "", "source": source,
        "sources_fusionnees": "", "date_mise_a_jour": f"{event.edition}-10-{rng.randint(1, 31):02d}",
        "code_insee_source": "",
    }
    if online:
        words = ONLINE_WORDS.get(source)
        if source in ("plateforme", "cress-bretagne-openagenda"):
            row["modalite"] = "en_ligne"
        if source == "plateforme" or rng.random() < 0.5:
            row["url"] = event.link
        else:
            row["url"] = f"https://openagenda.com/cress-bretagne/events/e{number}" if "openagenda" in source else ""
        if words:
            word = rng.choice(words).format(link=event.link)
            row["lieu" if source != "reseau-rennes-ical" else "adresse"] = word
        if source != "plateforme":
            variants.append("en_ligne_libelle")
    else:
        venue = event.venue
        insee, commune, postal, lat, lon, _ = venue.commune
        point = (round(lat + rng.uniform(-0.002, 0.002), 5), round(lon + rng.uniform(-0.003, 0.003), 5))
        if source in ("plateforme", "cress-bretagne-openagenda"):
            row.update(lieu=venue.name, adresse=venue.street_line(), code_postal=postal, commune=commune,
                       latitude=point[0], longitude=point[1])
            if source == "cress-bretagne-openagenda":
                row["code_insee_source"] = insee
                if rng.random() < 0.2:
                    row["lieu" if rng.random() < 0.5 else "adresse"] = ""
                    variants.append("lieu_ou_adresse")
        elif source == "reseau-rennes-ical":
            roll = rng.random()
            if roll < 0.4:
                row["adresse"] = venue.name
                variants += ["sans_commune", "lieu_ou_adresse"]
            elif roll < 0.7:
                row.update(adresse=f"{venue.name}, {venue.street_line()}, {postal} {commune}", code_postal=postal,
                           commune=commune)
            elif roll < 0.88:
                row.update(adresse=f"{venue.street_line()}, {postal} {commune}", code_postal=postal, commune=commune)
                variants.append("lieu_ou_adresse")
            else:
                row["adresse"] = commune
                variants.append("lieu_ou_adresse")
        else:
            row.update(lieu=venue.name, adresse=venue.street_line(abbreviated=rng.random() < 0.5),
                       code_postal=postal, commune=commune.upper() if rng.random() < 0.5 else commune)
            if rng.random() < 0.15:
                row["lieu" if rng.random() < 0.5 else "adresse"] = ""
                variants.append("lieu_ou_adresse")
    identifier = {
        "plateforme": f"{number}", "cress-bretagne-openagenda": f"{40_000_000 + number}",
        "reseau-rennes-ical": f"{number:05d}@reseau-rennes.org", "cress-bretagne-tableur": f"ligne-{number}",
    }[source]
    row["source_identifiant"] = identifier
    row["identifiant"] = event_identifier(event.edition, source, identifier)
    row["numero_edition"] = event.edition - 2007
    row["evenement"] = event.key
    row["variantes"] = ",".join(dict.fromkeys(variants))
    row["region"] = "" if online else REGION
    return row


def _sources_of(event: Event, rng: random.Random) -> list[str]:
    local = event.venue is None or event.venue.commune[0] in ("35238", "35051", "35047", "35281")
    chances = {"plateforme": 0.6, "cress-bretagne-openagenda": 0.5, "reseau-rennes-ical": 0.55 if local else 0.05,
               "cress-bretagne-tableur": 0.35}
    chosen = [s for s in SOURCES if rng.random() < chances[s]]
    return chosen or [rng.choice(SOURCES[:2])]


def generate(seed: int, editions: tuple[int, ...] = (2019, 2021), count: int = 300) -> pd.DataFrame:
    """Rows of the `events` table for `count` real events per edition, with `evenement` (the real event),
    `variantes` and `region` (the true région code, empty for online events) beside them."""
    rng = random.Random(seed)
    world = World(rng)
    rows = []
    number = 0
    for edition in editions:
        for event in _events(world, edition, count, rng):
            for source in _sources_of(event, rng):
                number += 1
                rows.append(_record(event, source, number, rng))
    frame = pd.DataFrame(rows)
    return frame[[*EVENT_COLUMNS, "evenement", "variantes", "region"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    generate(args.seed).to_csv(args.output, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
