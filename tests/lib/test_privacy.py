import pandas as pd
import pytest

from assets.lib.privacy import find_unsafe_cells


@pytest.mark.parametrize("dtype", [object, "string", "str"])
def test_the_gate_checks_text_columns_whatever_their_dtype(dtype):
    frame = pd.DataFrame({"titre": pd.Series(["=1+1", "Écrire à a@b.fr", "<p>Forum</p>", "Forum"], dtype=dtype)})
    assert find_unsafe_cells(frame) == [
        "ligne 2, champ titre : formule de tableur",
        "ligne 3, champ titre : adresse électronique",
        "ligne 4, champ titre : balise ou entité HTML",
    ]


def test_numbers_read_back_as_text_are_not_formulas():
    published = pd.DataFrame({"longitude": ["-1.677793", "55.45", ""], "titre": ["Forum", "Atelier", "Débat"]})
    assert find_unsafe_cells(published) == []


def test_a_phone_number_in_free_text_is_caught():
    frame = pd.DataFrame({"description": ["Réservation au +262 692 12 34 56"]})
    assert find_unsafe_cells(frame) == ["ligne 2, champ description : numéro de téléphone"]
