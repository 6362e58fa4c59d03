"""Controlled vocabularies of the event table and the mapping of source labels onto them."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

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
                    raise ValueError(f"{path}: label {label!r} of {name} maps to both {synonyms[key]} and {code}")
                synonyms[key] = code
        vocabularies[name] = Vocabulary(name, {c: e["libelle"] for c, e in entries.items()}, synonyms)
    return vocabularies
