"""The naive baseline the commune coder is measured against: an exact join on (postal code, upper-cased name).

Its own module so that the benchmark's timed child process imports only what the join needs."""

from __future__ import annotations

import pandas as pd

from assets.lib.reference import load_communes


def naive_join(frame: pd.DataFrame) -> pd.Series:
    """Exact join of (code_postal, upper(commune)) on the COG communes' postal codes and names."""
    communes = load_communes()
    com = communes[communes["type_commune"] == "COM"].copy()
    com["code_postal"] = com["codes_postaux"].fillna("").str.split("|")
    table = com.explode("code_postal")
    table["cle"] = table["nom_commune"].str.upper()
    table = table.drop_duplicates(["code_postal", "cle"])[["code_postal", "cle", "code_commune_insee"]]
    keys = pd.DataFrame(
        {"code_postal": frame["code_postal"].to_numpy(), "cle": frame["commune"].str.upper().to_numpy()}
    )
    joined = keys.merge(table, on=["code_postal", "cle"], how="left")
    return joined["code_commune_insee"].fillna("").astype(str)
