"""Per-record validation: schema_violations gives, row by row, the verdict Frictionless gives cell by cell."""

import pandas as pd
import pytest

from assets.lib.schema import _frictionless_schema, load_schema, schema_violations

# Values chosen to hit each shortcut of schema_violations: http(s) URLs read without the uri format, other
# URLs through it, columns mixing Python types (1, 1.0 and True are equal in Python, not for Frictionless),
# missing values as None, NaN and pd.NA, and repeated values.
COLUMNS = {
    "url": ["https://exemple.fr/a", "HTTP://EXEMPLE.FR", "http://a b", "https://x.fr/" + "a" * 2100, "https:",
            "http:/x", "ftp://x.fr", "x", "//x.fr", "mailto:a@b.fr", "http://é.fr/ü", "http://x|y/",
            "http://[bad/", "", None, "https://exemple.fr/a", "x", "http://x\ny", "javascript:alert(1)"],
    "nombre_seances": [1, True, 1.0, "1", None, float("nan"), pd.NA, 0, -2, "x", 2.5, 1, 0, 3, None, 1, 1.0,
                       "deux", False],
    "co_organise": [True, "true", 1, None, "oui", False, 0, "x", pd.NA, 2.0, True, False, "false", None, 1,
                    True, "vrai", 0.0, True],
    "latitude": [1.5, 91.0, None, float("nan"), "12", "abc", -90, 90.0001, 0, True, 5, 1.5, -91, 45.0, 45,
                 None, "45,5", 1e308, -0.0],
    "titre": ["Forum", "", None, "x" * 301, "Forum", "x" * 300, 12, "  ", pd.NA, "Atelier", "", "Forum",
              "Ciné-débat", "y" * 400, "Forum", "a", "b", "c", "d"],
    "code_postal": ["75001", "7501", 75001, None, "2A004", "75001", "97411", "", "750011", "75 001", "75001",
                    "01000", 1000, "01000", None, "x", "75001", "99999", "00000"],
}


def frictionless_verdicts(frame: pd.DataFrame) -> dict:
    """{row: field} of the first failing field per row, by Frictionless' Field.read_cell on each cell."""
    schema, failures = _frictionless_schema("evenements"), {}
    for descriptor in load_schema("evenements")["fields"]:
        if descriptor["name"] not in frame.columns:
            continue
        field = schema.get_field(descriptor["name"])
        for index, value in frame[descriptor["name"]].items():
            missing = value is None or value is pd.NA or (isinstance(value, float) and value != value)
            cell = "" if missing else value
            _, notes = field.read_cell(str(cell) if descriptor["type"] == "string" else cell)
            if notes and index not in failures:
                failures[index] = descriptor["name"]
    return failures


@pytest.mark.parametrize("columns", [list(COLUMNS), ["url"], ["titre", "url"], ["nombre_seances", "co_organise"]])
def test_schema_violations_match_frictionless_cell_by_cell(columns):
    rows = range(100, 100 + len(COLUMNS["url"]))  # an index that is not the positions
    frame = pd.DataFrame({name: pd.Series(COLUMNS[name], index=rows, dtype=object) for name in columns})
    found = schema_violations(frame, "evenements")
    assert {index: name for index, (name, _) in found.items()} == frictionless_verdicts(frame)
    assert found  # each column set holds failing cells
    assert all(reason for _, reason in found.values())


def test_schema_violations_name_the_constraint_and_value():
    frame = pd.DataFrame({"url": pd.Series(["https://x.fr/" + "a" * 2100, "x", "https://ok.fr"], dtype=object)})
    assert schema_violations(frame, "evenements") == {
        0: ("url", "texte trop long : 2113 caractères pour 2000 au plus"),
        1: ("url", "type non conforme au schéma : 'x'"),
    }


def test_schema_violations_on_an_empty_frame():
    assert schema_violations(pd.DataFrame({"url": pd.Series([], dtype=object)}), "evenements") == {}


# Columns holding only text, the case schema_violations vouches for without Frictionless when a cell surely
# passes (length, pattern, enum, missing value): boundaries, a pattern's "$" before a final newline, an
# enum value in another case, blanks, URLs that only look like http(s).
TEXT_COLUMNS = {
    "identifiant": ["mess-2019-0123456789", "mess-2019-0123456789\n", "mess-2019-012345678",
                    "MESS-2019-0123456789", "", " mess-2019-0123456789", "mess-19-0123456789", "mess-2019-0123456789",
                    "x", "mess-2019-abcdefabcd", "mess-2019-ABCDEFABCD"],
    "titre": ["Forum", "", "x" * 300, "x" * 301, " ", "\n", "Forum", "=1+1", "é" * 300, "a", "Ciné-débat"],
    "statut": ["programme", "Programme", "", "annule", "programme\n", "complet", "provisoire", " programme",
               "reprogramme", "deplace_en_ligne", "x"],
    "thematiques": ["culture", "culture|sante", "culture|", "Culture", "", "culture\n", "sante|culture",
                    "culture||sante", "x", "culture|inclusion|numerique", "culture sante"],
    "code_postal": ["75001", "7501", "750011", "", "75001\n", "2A004", "75 001", "０１２３４", "97411", "x", "00000"],
    "url": ["https://exemple.fr/a", "HTTP://EXEMPLE.FR", "http://a b", "https://x.fr/" + "a" * 1988, "https:",
            "https://x.fr/" + "a" * 1987, "", "ftp://x.fr", "http://x\ny", "https://x.fr/\n", "javascript:alert(1)"],
    "source": ["plateforme", "Plateforme", "", "cress-bretagne", "-x", "x_y", "a", "plateforme\n", "é", "1", "ok-1"],
    "description": ["", "x" * 10000, "x" * 10001, "<p>x</p>", "\n", "a", "b", "c", "d", "e", "f"],
}


@pytest.mark.parametrize("columns", [list(TEXT_COLUMNS), *[[name] for name in TEXT_COLUMNS]])
def test_schema_violations_on_text_columns_match_frictionless_cell_by_cell(columns):
    rows = range(7, 7 + len(TEXT_COLUMNS["titre"]))
    for dtype in (object, "string"):
        frame = pd.DataFrame({name: pd.Series(TEXT_COLUMNS[name], index=rows, dtype=dtype) for name in columns})
        found = schema_violations(frame, "evenements")
        assert {index: name for index, (name, _) in found.items()} == frictionless_verdicts(frame)
        assert found


def test_schema_violations_give_frictionless_reasons_for_text_columns():
    frame = pd.DataFrame({"titre": ["", "x" * 301, "ok"], "code_postal": ["75001", "75001", "7501"]})
    assert schema_violations(frame, "evenements") == {
        0: ("titre", "valeur obligatoire absente"),
        1: ("titre", "texte trop long : 301 caractères pour 300 au plus"),
        2: ("code_postal", "format non conforme au schéma : '7501'"),
    }


# Float-only columns, vouched for by their bounds: values at and just beyond them, NaN, infinities, -0.0.
NUMBER_COLUMNS = {
    "latitude": [1.5, 90.0, 90.00000000000001, -90.0, -90.00000000000001, float("nan"), float("inf"),
                 float("-inf"), -0.0, 1e-300, 45.123456, 89.99999999999999],
    "longitude": [180.0, 180.00000000000003, -180.0, 0.0, 2.35, float("nan"), 1e308, -1e308, 179.9, -0.0,
                  -179.99999999999997, 4.8],
    "geocodage_score": [0.0, 1.0, 1.0000000000000002, -0.0, -5e-324, 0.5, 0.97, float("nan"), 2.0, 0.9, 1e-9,
                        0.85],
}


@pytest.mark.parametrize("columns", [list(NUMBER_COLUMNS), *[[name] for name in NUMBER_COLUMNS]])
def test_schema_violations_on_float_columns_match_frictionless_cell_by_cell(columns):
    rows = range(3, 3 + len(NUMBER_COLUMNS["latitude"]))
    frame = pd.DataFrame({name: pd.Series(NUMBER_COLUMNS[name], index=rows, dtype=float) for name in columns})
    found = schema_violations(frame, "evenements")
    assert {index: name for index, (name, _) in found.items()} == frictionless_verdicts(frame)
    assert found


# Date and date-time text columns, vouched for by their ISO shape and a real day: impossible days, hours,
# minutes, seconds and offsets at and beyond their range, other shapes that Frictionless reads or refuses.
MOMENT_COLUMNS = {
    "date_debut": ["2019-11-16", "2019-02-29", "2020-02-29", "2019-13-01", "2019-11-31", "", "0000-01-01",
                   "0001-01-01", "2019-11-16T10:00:00", "16/11/2019", "2019-1-16", " 2019-11-16", "2019-11-16\n",
                   "9999-12-31", "２０１９-11-16", "2019-11-16"],
    "date_heure_debut": ["2019-11-16T10:00:00+01:00", "2019-11-16T23:59:59-23:59", "2019-11-16T24:00:00+01:00",
                         "2019-11-16T10:60:00+01:00", "2019-11-16T10:00:60+01:00", "2019-11-16T10:00:00+24:00",
                         "2019-11-16T10:00:00+01:60", "2019-11-16T10:00:00", "2019-11-16T10:00:00Z",
                         "2019-02-30T10:00:00+01:00", "", "2019-11-16 10:00:00+01:00", "2019-11-16T10:00+01:00",
                         "2019-11-16T10:00:00.5+01:00", "0000-11-16T10:00:00+01:00", "2019-11-16T10:00:00-00:00"],
    "date_heure_fin": ["2019-11-16T10:00:00+01:00"] * 8 + ["x", "", "2019-11-16T10:00:00+02:00", "2019",
                                                            "2019-11-16T10:00:00+0100", "2019-11-16", "1", "-"],
}


@pytest.mark.parametrize("columns", [list(MOMENT_COLUMNS), *[[name] for name in MOMENT_COLUMNS]])
def test_schema_violations_on_date_columns_match_frictionless_cell_by_cell(columns):
    from assets.lib.schema import _surely_valid_moment

    rows = range(5, 5 + len(MOMENT_COLUMNS["date_debut"]))
    frame = pd.DataFrame({name: pd.Series(MOMENT_COLUMNS[name], index=rows, dtype=object) for name in columns})
    found = schema_violations(frame, "evenements")
    assert {index: name for index, (name, _) in found.items()} == frictionless_verdicts(frame)
    assert found
    for name in columns:  # every cell vouched for is one Frictionless reads, and the shortcut is used
        field = _frictionless_schema("evenements").get_field(name)
        vouched = [cell for cell in MOMENT_COLUMNS[name] if _surely_valid_moment("evenements", name)(cell)]
        assert vouched and all(not field.read_cell(cell)[1] for cell in vouched)
