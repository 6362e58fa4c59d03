"""Checks that a table is safe to publish: no personal contact, no markup, no spreadsheet formula."""

import re

import pandas as pd

from assets.lib.text import EMAIL, PHONE

FREE_TEXT_FIELDS = (
    "titre", "description", "organisateur", "co_organisateurs", "lieu", "adresse", "commune",
    "nom_initiative", "structure",
)
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|&(?:[a-zA-Z]+|#\d+);")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number ("-1.677793", "+33") is a value for a spreadsheet, not a formula.
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def find_unsafe_cells(frame: pd.DataFrame) -> list[str]:
    """Descriptions ("ligne N, champ X : motif") of the cells that must not be published."""
    problems = []
    # Text columns arrive as object, "string" or (pandas 3) "str" dtype: test what they are, not a name.
    text_columns = [c for c in frame.columns
                    if pd.api.types.is_string_dtype(frame[c]) or pd.api.types.is_object_dtype(frame[c])]
    for column in text_columns:
        values = frame[column].fillna("").astype(str)
        checks = [("formule de tableur", values.str.startswith(_FORMULA_START) & ~values.str.match(_NUMBER))]
        if column in FREE_TEXT_FIELDS:
            checks += [
                ("adresse électronique", values.str.contains(EMAIL)),
                ("numéro de téléphone", values.str.contains(PHONE)),
                ("balise ou entité HTML", values.str.contains(_MARKUP)),
            ]
        for reason, mask in checks:
            for row in mask[mask].index[:20]:
                problems.append(f"ligne {row + 2}, champ {column} : {reason}")
    return problems
