"""Commune coding of event places against the COG: codes, names and how they were decided.

First version: postal code + commune name, then postal code alone when it designates one commune.
The coder abstains (method `aucun`, a reason in `geocodage_alerte`) rather than guess.
"""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from assets.lib.reference import REFERENCE_DIR, load_communes, load_departements, load_regions
from assets.lib.text import fold

OUTPUT_COLUMNS = [
    "code_commune_insee", "nom_commune", "code_arrondissement_municipal", "code_departement", "departement",
    "code_region", "region", "geocodage_methode", "geocodage_score", "geocodage_alerte",
]


@dataclass
class Geocoder:
    by_postal_and_name: dict[tuple[str, str], str]  # -> COM or ARM code
    by_postal: dict[str, str]  # postal codes of one commune only
    places: pd.DataFrame  # code -> commune, ARM, names, département, région

    @classmethod
    def from_reference(cls, root: Path = REFERENCE_DIR) -> "Geocoder":
        communes = load_communes(root)
        communes = communes[communes["type_commune"].isin(["COM", "ARM"])].copy()
        communes["code_postal"] = communes["codes_postaux"].fillna("").str.split("|")
        postal = communes.explode("code_postal")
        postal = postal[postal["code_postal"] != ""]
        postal["cle"] = postal["nom_commune"].map(fold)
        pairs = postal.drop_duplicates(["code_postal", "cle"], keep=False)
        com_postal = postal[postal["type_commune"] == "COM"].groupby("code_postal")["code_commune_insee"].unique()
        departements = load_departements(root).set_index("code_departement")["nom_departement"]
        regions = load_regions(root).set_index("code_region")["nom_region"]
        parent = communes["code_commune_parente"].fillna("")
        places = pd.DataFrame({
            "code": communes["code_commune_insee"],
            "code_commune_insee": parent.where(communes["type_commune"] == "ARM", communes["code_commune_insee"]),
            "code_arrondissement_municipal": communes["code_commune_insee"].where(communes["type_commune"] == "ARM", ""),
            "code_departement": communes["code_departement"],
            "code_region": communes["code_region"],
        })
        names = communes[communes["type_commune"] == "COM"].set_index("code_commune_insee")["nom_commune"]
        places["nom_commune"] = places["code_commune_insee"].map(names)
        places["departement"] = places["code_departement"].map(departements)
        places["region"] = places["code_region"].map(regions)
        return cls(
            by_postal_and_name=dict(zip(zip(pairs["code_postal"], pairs["cle"]), pairs["code_commune_insee"])),
            by_postal={cp: codes[0] for cp, codes in com_postal.items() if len(codes) == 1},
            places=places.set_index("code"),
        )

    def code(self, frame: pd.DataFrame) -> pd.DataFrame:
        """GEO columns for each row of `frame` (columns code_postal, commune), aligned on its index."""
        keys = frame[["code_postal", "commune"]].fillna("").astype(str)
        distinct = keys.drop_duplicates()
        decided = [self._decide(cp, name) for cp, name in distinct.itertuples(index=False)]
        lookup = pd.DataFrame(decided, columns=["code", "geocodage_methode", "geocodage_score", "geocodage_alerte"])
        lookup[["code_postal", "commune"]] = distinct.to_numpy()
        coded = keys.reset_index().merge(lookup, on=["code_postal", "commune"], how="left").set_index("index")
        places = self.places.reindex(coded["code"]).reset_index(drop=True)
        places.index = coded.index
        out = pd.concat([places, coded[["geocodage_methode", "geocodage_score", "geocodage_alerte"]]], axis=1)
        out = out.reindex(frame.index)
        for column in OUTPUT_COLUMNS:
            if column not in ("geocodage_score",):
                out[column] = out[column].fillna("")
        return out[OUTPUT_COLUMNS]

    def _decide(self, postal_code: str, name: str) -> tuple[str | None, str, float, str]:
        key = fold(name)
        if postal_code and key and (postal_code, key) in self.by_postal_and_name:
            return self.by_postal_and_name[(postal_code, key)], "code_postal_commune", 1.0, ""
        if postal_code in self.by_postal:
            return self.by_postal[postal_code], "code_postal_seul", 0.9, ""
        if not postal_code and not key:
            return None, "aucun", 0.0, "lieu absent"
        return None, "aucun", 0.0, "commune introuvable"
