"""The edition report's page data on small frames: the rows each page shows, as the pandas selections gave them."""

import numpy as np
import pandas as pd
import pytest

from assets.lib.charts import french_number
from assets.lib.report import TOP, _object_texts, _top_rows, _value, category_values, laureate_rows


def _departements(texts: str) -> pd.DataFrame:
    return pd.DataFrame({
        "edition": [2019] * 14,
        "code_departement": pd.array(["44", "35", "2A", "2B", "75", "13", "69", "59", "33", "31", "06", "67", "974",
                                      "01"], dtype=texts),
        "nom_departement": pd.array([f"Département {i}" for i in range(14)], dtype=texts),
        "evenements": [5, 7, 7, 0, 12, 3, 3, 3, 1, 9, 2, 4, 0, 7],
        "evenements_pour_100000_habitants": [0.5, 1.25, np.nan, 0.0, 2.0, 0.1, 0.3, 0.2, 0.05, 1.0, 0.4, 0.7, 0.0,
                                             1.5],
        "communes_avec_evenement": [2, 3, 1, 0, 1, 2, 2, 1, 1, 4, 1, 2, 0, 5],
    })


@pytest.mark.parametrize("texts", ["str", object])
def test_top_rows_are_the_rows_pandas_sorts_first(texts):
    frame = _departements(texts)
    expected = frame[frame["evenements"] > 0].sort_values(["evenements", "code_departement"],
                                                          ascending=[False, True]).head(TOP).to_dict("records")
    rows = _top_rows(_object_texts(frame), "code_departement", "nom_departement", "communes_avec_evenement")
    assert [row["code"] for row in rows] == [record["code_departement"] for record in expected]
    assert rows == [{"code": r["code_departement"], "nom": r["nom_departement"],
                     "evenements": french_number(r["evenements"]),
                     "taux": french_number(r["evenements_pour_100000_habitants"], 2),
                     "extra": french_number(r["communes_avec_evenement"])} for r in expected]
    # A missing code: the rows pandas sorts (missing last), the same records.
    missing = frame.assign(code_departement=frame["code_departement"].astype(object).where(frame.index != 1, None))
    assert [row["code"] for row in _top_rows(missing, "code_departement", "nom_departement")] == [
        r["code_departement"] for r in missing[missing["evenements"] > 0].sort_values(
            ["evenements", "code_departement"], ascending=[False, True]).head(TOP).to_dict("records")]


def test_indicator_values_of_one_edition_in_the_frame_order():
    france = pd.DataFrame({
        "edition": [2019, 2019, 2019, 2020, 2019, 2019, 2019, 2019],
        "indicateur": ["evenements_par_type.forum_salon", "evenements_par_type.projection", None,
                       "evenements_par_type.autre", "evenements_par_modalite.en_ligne",
                       "laureats_prix_ess_par_niveau_angle.national.utilite_sociale", "evenements_par_type.autre",
                       "evenements_par_typee.autre"],
        "valeur": [4.0, 0.0, 3.0, 9.0, 2.0, 1.0, 6.0, 5.0],
    })
    for frame in (france, _object_texts(france.astype({"indicateur": "str"}))):
        assert [value for _, value in category_values(frame, 2019, "evenements_par_type", "type_evenement")] == [
            6.0, 4.0]  # 2020's row, the zero and the other family left out
        assert _value(frame, 2019, "evenements_par_modalite.en_ligne") == 2.0
        assert _value(frame, 2019, "evenements_par_modalite.hybride") is None
        assert _value(frame, 2020, "evenements_par_type.autre") == 9.0
        assert [row["laureats"] for row in laureate_rows(frame, 2019)] == ["1"]
