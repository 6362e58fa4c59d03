"""Controlled vocabularies of the event table and the mapping of source labels onto them."""

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from assets.lib.config import ConfigError, read_yaml
from assets.lib.text import fold

VOCABULARY_FILE = Path(__file__).resolve().parents[2] / "config" / "vocabulaires.yaml"


@dataclass(frozen=True)
class Vocabulary:
    name: str
    labels: dict[str, str]  # code -> French label
    synonyms: dict[str, str]  # folded source label -> code
    # folded label -> code found (or None): the same source labels come back in record after record
    _found: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def code_of(self, label: str | None) -> str | None:
        """The code a source label stands for, or None when it matches nothing."""
        key = fold(label)
        if not key:
            return None
        if key not in self._found:
            self._found[key] = self._search(key)
        return self._found[key]

    def _search(self, key: str) -> str | None:
        if key in self.synonyms:
            return self.synonyms[key]
        # Source labels often wrap a known term ("Atelier participatif zéro déchet"): take the longest
        # synonym found as whole words, so "atelier" never matches inside "ateliers-vélo".
        padded = f" {key} "
        best = max((s for s in self.synonyms if f" {s} " in padded), key=len, default=None)
        return self.synonyms[best] if best else None

    def codes_of(self, labels) -> list[str]:
        """Distinct codes of several labels, in vocabulary order."""
        found = {self.code_of(label) for label in labels or []}
        return [code for code in self.labels if code in found]


# The vocabularies the event table codes, and what one code's entry holds.
VOCABULARY_NAMES = ("type_evenement", "thematiques", "publics", "organisateur_famille", "modalite")
ENTRY_KEYS = ("libelle", "synonymes")
_CODE = re.compile(r"[a-z][a-z0-9_]*")


def check_vocabularies(path: Path = VOCABULARY_FILE) -> None:
    """Raise ConfigError (file, line, fix, in French) for a mistake in config/vocabulaires.yaml that would change
    published codes without a word: a vocabulary missing or misspelled, an unknown key (« synonyms: » for
    « synonymes: » dropped every synonym of its code), a label missing or not text, a code written twice, a
    label given to two codes."""
    document, where = read_yaml(path)
    if not isinstance(document, dict):
        raise where.error((), "le fichier doit contenir les vocabulaires " + ", ".join(VOCABULARY_NAMES),
                          "Repartir de la version du dépôt (git checkout config/vocabulaires.yaml).")
    for name in document:
        if name not in VOCABULARY_NAMES:
            raise where.error((str(name),), f"vocabulaire inconnu « {name} »",
                              f"Vocabulaires possibles : {', '.join(VOCABULARY_NAMES)}.")
    for name in VOCABULARY_NAMES:
        entries = document.get(name)
        if not isinstance(entries, dict) or not entries:
            raise where.error((name,) if name in document else (), f"vocabulaire « {name} » absent ou vide",
                              "Chaque vocabulaire donne ses codes, chacun avec « libelle: » et « synonymes: ».")
        for code, entry in entries.items():
            at = (name, str(code))
            if not isinstance(code, str) or not _CODE.fullmatch(code):
                raise where.error(at, f"code « {code} » de {name} illisible",
                                  "Un code s'écrit en minuscules sans accents, mots séparés par « _ ».")
            if not isinstance(entry, dict):
                raise where.error(at, f"le code {code} de {name} n'a ni « libelle: » ni « synonymes: »",
                                  "Donner « libelle: » (texte) et « synonymes: » (liste de textes).")
            unknown = sorted(set(map(str, entry)) - set(ENTRY_KEYS))
            if unknown:
                raise where.error(at + (unknown[0],), f"clé inconnue « {unknown[0]} » pour le code {code} de {name}",
                                  f"Clés possibles : {', '.join(ENTRY_KEYS)}.")
            if not isinstance(entry.get("libelle"), str) or not entry["libelle"].strip():
                raise where.error(at + ("libelle",), f"libellé manquant pour le code {code} de {name}",
                                  "Écrire « libelle: » suivi du libellé publié.")
            synonyms = entry.get("synonymes", [])
            if not isinstance(synonyms, list) or not all(isinstance(label, str) for label in synonyms):
                raise where.error(at + ("synonymes",), f"synonymes du code {code} de {name} illisibles",
                                  "Écrire une liste de textes : « synonymes: [forum, salon] ».")
    try:
        load_vocabularies(path)
    except ValueError as error:
        raise ConfigError(f"{path} : {error}. Donner chaque libellé à un seul code.") from None


@cache
def load_vocabularies(path: Path = VOCABULARY_FILE) -> dict[str, Vocabulary]:
    # libyaml's loader when built in: the same values, several times faster than the pure-Python one.
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    vocabularies = {}
    for name, entries in raw.items():
        synonyms: dict[str, str] = {}
        for code, entry in entries.items():
            for label in [code, entry["libelle"], *entry.get("synonymes", [])]:
                key = fold(label.replace("_", " "))
                if synonyms.get(key, code) != code:
                    raise ValueError(f"le libellé « {label} » de {name} désigne à la fois {synonyms[key]} et {code}")
                synonyms[key] = code
        vocabularies[name] = Vocabulary(name, {c: e["libelle"] for c, e in entries.items()}, synonyms)
    return vocabularies
