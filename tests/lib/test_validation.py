"""Validation of written CSV tables: Frictionless reads every row not already found valid with the same bytes
under the same schema, the whole-table rules are checked on every row, and the errors are the ones
Frictionless itself reports on the whole file (same rows, same fields), cold or after a memo."""

import json
import re

import pandas as pd
import pytest
from frictionless import Package

from assets.lib.publish import table_resources, write_csv
from assets.lib.schema import typed_frame
from assets.lib.validation import PARALLEL_CELLS, RowMemo, start_validation

LEVELS = ["france", "region", "departement"]


def indicators(editions=range(2015, 2020), territories=40, per_territory=3) -> pd.DataFrame:
    rows = [{"edition": e, "niveau": LEVELS[t % 3], "code_territoire": "FR" if t == 0 else f"{t:02d}",
             "nom_territoire": f"Territoire {t}", "indicateur": f"evenements.part_{k}", "valeur": t * 1.5 + k,
             "unite": "nombre"} for e in editions for t in range(territories) for k in range(per_territory)]
    return pd.DataFrame(rows)


def events(count=30) -> pd.DataFrame:
    """Events with multi-line descriptions, quotes and commas: records spanning several lines."""
    from assets.lib.schema import field_names

    frame = pd.DataFrame({name: [None] * count for name in field_names("evenements")})
    frame["identifiant"] = [f"mess-2019-{i:010x}" for i in range(count)]
    frame["edition"], frame["numero_edition"] = 2019, 12
    frame["titre"] = [f'Atelier "n°{i}", suite' for i in range(count)]
    frame["description"] = [f"Première ligne {i}\nseconde, avec « guillemets » et \"citation\"" for i in range(count)]
    frame["date_debut"] = "2019-11-05"
    frame["date_heure_debut"] = "2019-11-05T10:00:00+01:00"
    frame["geocodage_methode"] = "aucun"
    frame["source"], frame["source_identifiant"] = "plateforme", [str(i) for i in range(count)]
    frame["url"] = [f"https://exemple.org/e/{i}" for i in range(count)]
    frame["co_organise"] = ([True, False, None] * count)[:count]
    return frame


def write_package(folder, name, frame) -> None:
    """One CSV resource, as publish() writes it (without bytes and hash: the files are edited by hand)."""
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(typed_frame(frame, name), folder / f"{name}.csv")
    resource = table_resources(name, name, name, "Essai.")[0]
    (folder / "datapackage.json").write_text(json.dumps({"name": "essai", "resources": [resource]}), encoding="utf-8")


def edit_line(folder, name, line: int, edit) -> None:
    """Apply `edit` to the text of physical line `line` (1 = header) of the CSV."""
    path = folder / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = edit(lines[line - 1])
    path.write_text("\n".join(lines), encoding="utf-8")


def ours(folder, memo=None) -> set[tuple[str, str]]:
    errors = start_validation(folder / "datapackage.json", memo=memo).errors()
    found = set()
    for error in errors:
        match = re.search(r": ligne (\S+), champ (\S+):", error)
        assert match, error
        found.add((match[1], match[2]))
    return found


def frictionless_itself(folder) -> set[tuple[str, str]]:
    report = Package(str(folder / "datapackage.json")).validate()
    return {(str(row) if row else "-", field or "-")
            for row, field in report.flatten(["rowNumber", "fieldName"])}


# (description, physical line, edit) on the indicators table: each breaks a different Frictionless rule.
INDICATOR_EDITS = [
    ("type", 5, lambda line: line.replace("2015", "deux-mille-quinze", 1)),
    ("enum", 7, lambda line: line.replace("nombre", "kilos")),
    ("pattern", 9, lambda line: line.replace("evenements.part_", "Evenements part ")),
    ("required", 11, lambda line: re.sub(r",Territoire \d+,", ",,", line)),
    ("missing cell", 13, lambda line: line.rsplit(",", 1)[0]),
    ("extra cell", 15, lambda line: line + ",en trop"),
    ("duplicate key", 17, lambda line: "2015,france,FR,Territoire 0,evenements.part_0,0,nombre"),
    ("header", 1, lambda line: line.replace("nom_territoire", "nom")),
    ("blank row", 19, lambda line: ""),
]


@pytest.mark.parametrize("edit", INDICATOR_EDITS, ids=[e[0] for e in INDICATOR_EDITS])
def test_errors_are_frictionless_own_cold_and_after_a_memo(tmp_path, edit):
    _, line, change = edit
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators())
    assert ours(folder, memo) == set() == frictionless_itself(folder)
    edit_line(folder, "indicateurs", line, change)
    expected = frictionless_itself(folder)
    assert expected
    assert ours(folder, memo) == expected  # only the edited row is read again by Frictionless
    assert ours(folder) == expected  # cold: every row


def test_a_bad_row_in_one_edition_is_caught_after_the_others_were_validated(tmp_path):
    # The one-edition rebuild: the other editions' rows are in the memo, the rebuilt edition's are not.
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators())
    assert ours(folder, memo) == set()
    rebuilt = indicators()
    rebuilt.loc[rebuilt["edition"] == 2017, "valeur"] += 1  # new bytes for one edition's rows
    rebuilt.loc[(rebuilt["edition"] == 2017) & (rebuilt.index % 50 == 7), "unite"] = "litres"
    write_package(folder, "indicateurs", rebuilt)
    expected = frictionless_itself(folder)
    assert len(expected) == ((rebuilt["unite"] == "litres").sum())
    assert ours(folder, memo) == expected
    rebuilt.loc[rebuilt["unite"] == "litres", "unite"] = "nombre"  # fixed: valid again, and remembered
    write_package(folder, "indicateurs", rebuilt)
    assert ours(folder, memo) == set()


def test_known_rows_repeated_are_a_duplicate_key(tmp_path):
    # Every row's bytes were validated before, yet the table repeats one: the key is checked on all rows.
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    frame = indicators(editions=[2019])
    write_package(folder, "indicateurs", frame)
    assert ours(folder, memo) == set()
    write_package(folder, "indicateurs", pd.concat([frame, frame.iloc[[3]]]).sort_values(["code_territoire"]))
    expected = frictionless_itself(folder)
    assert len(expected) == 1
    assert ours(folder, memo) == expected


def test_multiline_records_keep_their_row_numbers(tmp_path):
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "evenements", events())
    assert ours(folder, memo) == set() == frictionless_itself(folder)
    text = (folder / "evenements.csv").read_text(encoding="utf-8")
    assert text.count("\n") > 2 * 30  # each record spans two lines
    # Row 21 (physical line 2 * 20 + 2): an identifier off its pattern and a second row with a taken one.
    (folder / "evenements.csv").write_text(
        text.replace("mess-2019-0000000013", "MESS-2019").replace("mess-2019-0000000016", "mess-2019-0000000002"),
        encoding="utf-8")
    expected = frictionless_itself(folder)
    assert {row for row, _ in expected} == {str(0x13 + 2), str(0x16 + 2)}
    assert ours(folder, memo) == expected
    assert ours(folder) == expected


def test_a_file_frictionless_reads_with_another_dialect_is_validated_whole(tmp_path):
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators(editions=[2019]))
    assert ours(folder, memo) == set()
    path = folder / "indicateurs.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    assert ours(folder, memo) == set() == frictionless_itself(folder)  # it sniffs ";" and reads the same rows
    edit_line(folder, "indicateurs", 4, lambda text: text.replace("nombre", "kilos"))
    expected = frictionless_itself(folder)
    assert expected == {("4", "unite")}
    assert ours(folder, memo) == expected


def test_a_big_table_is_shared_by_two_readers_and_every_part_is_checked(tmp_path):
    frame = indicators(editions=range(2008, 2023), territories=99, per_territory=16)
    assert len(frame) * frame.shape[1] > PARALLEL_CELLS
    folder = tmp_path / "release"
    write_package(folder, "indicateurs", frame)
    lines = len(frame) + 1
    for line in (3, lines // 2, lines // 2 + 1, lines - 1):
        edit_line(folder, "indicateurs", line, lambda text: text.replace("nombre", "kilos"))
    expected = frictionless_itself(folder)
    assert len(expected) == 4
    assert ours(folder) == expected


def test_the_memo_is_tied_to_the_schema_and_header(tmp_path):
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators(editions=[2019]))
    assert ours(folder, memo) == set()
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"]["fields"][5]["constraints"] = {"required": True, "maximum": 5}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    expected = frictionless_itself(folder)
    assert expected
    assert ours(folder, memo) == expected


# Damage a random line can take: each is read by Frictionless as a cell error, a row of its own kind (cell count,
# blank) or a key error; several lines often get the same bad text, reported at each of them.
DAMAGE = [
    lambda line, rng: line.replace("nombre", rng.choice(["kilos", "", "Nombre", "nombre "])),
    lambda line, rng: line.replace(line.split(",")[0], rng.choice(["deux", "1999", "", "2019.0", " 2019"]), 1),
    lambda line, rng: ",".join([*line.split(",")[:2], rng.choice(["ZZ", "", "2A", "976", "FR "]),
                                *line.split(",")[3:]]),
    lambda line, rng: ",".join([*line.split(",")[:3], rng.choice(["", '"Nom, avec virgule"', "\"\"\"cité\"\"\""]),
                                *line.split(",")[4:]]),
    lambda line, rng: rng.choice(["", ",,,,,,", ",,,,,,,", ","]),
    lambda line, rng: line.rsplit(",", rng.randint(1, 3))[0],
    lambda line, rng: line + rng.choice([",en trop", ",", ",,x"]),
    lambda line, rng: ",".join([*line.split(",")[:5], rng.choice(["abc", "", "1e3", "NaN", "-0"]),
                                *line.split(",")[6:]]),
]


@pytest.mark.parametrize("seed", range(4))
def test_random_damage_is_reported_as_frictionless_reports_it(tmp_path, seed):
    import random

    rng = random.Random(seed)
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators(editions=[2018, 2019], territories=30))
    assert ours(folder, memo) == set()
    path = folder / "indicateurs.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    for _ in range(rng.randint(3, 12)):
        damage = rng.choice(DAMAGE)
        for line in rng.sample(range(1, len(lines) - 1), rng.randint(1, 4)):
            lines[line] = damage(lines[line], rng)
    path.write_text("\n".join(lines), encoding="utf-8")
    expected = frictionless_itself(folder)
    assert expected
    assert ours(folder, memo) == expected  # the cells met before are known valid; the others are read
    assert ours(folder) == expected  # cold


def test_a_text_rejected_in_one_field_is_reported_at_every_row_holding_it_and_only_there(tmp_path):
    frame = indicators(editions=[2019])
    frame.loc[[3, 10, 11, 40], "unite"] = "kilos"
    frame.loc[[5], "nom_territoire"] = "kilos"  # valid there: a free name
    folder = tmp_path / "release"
    write_package(folder, "indicateurs", frame)
    expected = frictionless_itself(folder)
    assert expected == {(str(i + 2), "unite") for i in (3, 10, 11, 40)}
    assert ours(folder) == expected


@pytest.mark.parametrize("first", ["Tableau des indicateurs", "", "edition,niveau,code_territoire,nom_territoire"])
def test_a_first_line_frictionless_does_not_take_as_header_is_read_as_it_reads_it(tmp_path, first):
    # Frictionless takes as header the first row about as wide as its sample's rows, which may not be row 1.
    folder, memo = tmp_path / "release", RowMemo(tmp_path / "memo")
    write_package(folder, "indicateurs", indicators(editions=[2019], territories=10))
    assert ours(folder, memo) == set()
    edit_line(folder, "indicateurs", 1, lambda line: first)
    edit_line(folder, "indicateurs", 6, lambda line: line.replace("nombre", "kilos"))
    expected = frictionless_itself(folder)
    assert expected
    assert ours(folder, memo) == expected
    assert ours(folder) == expected


def _damaged_events(case: str) -> pd.DataFrame:
    frame = events(30)
    if case == "bad cells":
        frame.loc[3, "url"] = "pas une url"
        frame.loc[4, "date_debut"] = "2019-13-45"
        frame.loc[5, "identifiant"] = frame.loc[6, "identifiant"]  # a repeated key
        frame.loc[7, "identifiant"] = None  # a missing key
        frame.loc[8, "titre"] = "x" * 5000
    elif case == "blank row":
        frame.loc[9, :] = None
    elif case == "carriage return":
        frame.loc[2, "titre"] = "retour\rchariot"
    elif case == "nul":
        frame.loc[2, "description"] = "nul\0caractère"
    elif case == "quotes only":
        frame.loc[1, "titre"] = '"'
        frame.loc[2, "titre"] = '""'
        frame.loc[3, "description"] = "\n"
    elif case == "header only":
        frame = frame.iloc[0:0]
    return frame


@pytest.mark.parametrize("case", ["clean", "bad cells", "blank row", "carriage return", "nul", "quotes only",
                                  "header only"])
def test_cells_handed_over_by_the_writer_are_the_cells_of_the_file(tmp_path, case):
    # The fast path (the writer's cells, not parsed again) against the reference path (the file parsed back).
    from assets.lib.validation import _split, cell_list

    folder = tmp_path / "p"
    folder.mkdir()
    written = write_csv(typed_frame(_damaged_events(case), "evenements"), folder / "evenements.csv")
    assert written is not None and isinstance(written.text, bytes)  # the rows joined by Arrow: the file's UTF-8
    assert written.text == (folder / "evenements.csv").read_bytes()
    resource = table_resources("evenements", "evenements", "evenements", "Essai.")[0]
    (folder / "datapackage.json").write_text(json.dumps({"name": "essai", "resources": [resource]}),
                                             encoding="utf-8")
    fast, slow = _split(resource, folder / "evenements.csv", written), _split(resource, folder / "evenements.csv")
    assert (fast is None) == (slow is None)
    if fast is not None:
        assert (fast.header, [cell_list(c) for c in fast.columns], fast.own, fast.regular,
                {key: cell_list(cells) for key, cells in fast.key_cells.items()}, fast.context) \
            == (slow.header, [list(c) for c in slow.columns], slow.own, slow.regular, slow.key_cells, slow.context)
    with_cells = start_validation(folder / "datapackage.json", written={"evenements": written}).errors()
    assert with_cells == start_validation(folder / "datapackage.json").errors()
    assert bool(with_cells) == (case in ("bad cells", "blank row", "carriage return"))
    # The cell files handed over before the file is written (prepare), then the file added: the same errors, also
    # when the cells prepared are not those of the file (they are dropped) or the file is never added.
    from assets.lib.validation import Validation

    other = written.columns[::-1] if len(written.columns) > 1 else written.columns
    renamed = ["autre", *written.header[1:]]  # its header cell file reports a label Frictionless rejects
    for header, columns, added in ((written.header, written.columns, True), (written.header, other, True),
                                   (written.header, [cell_list(c) for c in written.columns], True),
                                   (renamed, written.columns, True), (written.header, written.columns, False),
                                   (renamed, written.columns, False)):
        validation = Validation(folder)
        validation.prepare(resource, header, columns)
        if added:
            validation.add(resource, written)
        assert validation.errors() == (with_cells if added else [])


@pytest.mark.parametrize("missing", [None, ["", "NA"], ["-"]])
def test_string_key_values_are_those_frictionless_reads(missing):
    # The shortcut for string keys (a missing value is None, else the text) against Frictionless' cell reader.
    from assets.lib.validation import _frictionless_schema

    descriptor = {"fields": [{"name": "k", "type": "string", "constraints": {"pattern": "[a-z]+"}}]}
    if missing is not None:
        descriptor["missingValues"] = missing
    field = _frictionless_schema(descriptor).get_field("k")
    read = field.create_cell_reader()
    schema = _frictionless_schema(descriptor)
    known = set(field.missing_values if field.has_defined("missing_values") else schema.missing_values)
    for cell in ["", "NA", "-", "abc", "A B", " ", "None", None, "é"]:
        assert (None if cell is None or cell in known else cell) == read(cell)[0]


CSV_HOSTILE = ["", "x", " lead", "trail ", 'q"uote', '"', '""', "com,ma", ",", "new\nline", "\n", "cr\rx", "\r\n",
               "nul\x00x", "tab\tx", "\u2028sep", "é€😀", "=1+1", "'", "a\\b", "  ", ',"\n\r']


@pytest.mark.parametrize("seed", range(6))
def test_csv_rows_text_is_what_the_csv_module_writes(seed):
    # Columns of hostile texts (quotes, separators, every line break, NUL, blanks, non-ASCII), plain columns,
    # one column, no row, one row of empty fields: the text built column by column is the csv module's.
    import csv
    import io
    import random

    from assets.lib.validation import csv_rows_text

    rng = random.Random(seed)
    for width in (1, 2, 3, 7):
        for height in (0, 1, 2, 25):
            pool = CSV_HOSTILE if seed % 2 else ["a", "b", "", "c d"]
            columns = [[rng.choice(pool) + rng.choice(["", "z"]) * rng.randint(0, 1) for _ in range(height)]
                       for _ in range(width)]
            header = [f"champ{j}" if j % 3 else f"c,{j}" for j in range(width)]
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(header)
            writer.writerows(zip(*columns, strict=True))
            assert csv_rows_text(header, columns) == out.getvalue()
    assert csv_rows_text(["a", "b"], [["", ""], ["", ""]]) == "a,b\n,\n,\n"
    assert csv_rows_text(["a"], [["", "x"]]) == 'a\n""\nx\n'


@pytest.mark.parametrize("seed", range(6))
def test_the_csv_text_joined_by_arrow_is_csv_rows_text(seed):
    # The Arrow join (cells to quote found on their UTF-8 bytes) against the text built from Python strings, on
    # hostile columns (every character the csv module quotes, NUL, multi-byte characters), arrays that are slices
    # of a longer one (their bytes start past the buffer's first one) and columns of one text.
    import random

    import pyarrow as pa

    from assets.lib.publish import arrow_csv_text
    from assets.lib.validation import csv_rows_text

    rng = random.Random(seed)
    for width in (2, 3, 7):
        for height in (0, 1, 2, 25):
            pool = CSV_HOSTILE if seed % 2 else ["a", "b", "", "c d", "€"]
            columns = [[rng.choice(pool) + rng.choice(["", "z", "ü"]) * rng.randint(0, 1) for _ in range(height)]
                       for _ in range(width)]
            header = [f"champ{j}" if j % 3 else f"c,{j}" for j in range(width)]
            expected = csv_rows_text(header, columns)
            arrays = [pa.array(column, type=pa.large_string()) for column in columns]
            assert arrow_csv_text(header, arrays) == expected
            sliced = [pa.array([rng.choice(CSV_HOSTILE), *column, "x,y"], type=pa.large_string())[1:height + 1]
                      for column in columns]
            assert arrow_csv_text(header, sliced) == expected
    same = [[","] * 3, ["a"] * 3]
    assert arrow_csv_text(["a", "b"], [pa.array(c, type=pa.large_string()) for c in same]) == \
        csv_rows_text(["a", "b"], same)


def test_forked_and_started_workers_report_the_same_errors(tmp_path):
    # The children forked from this process and those started as new interpreters run the same worker: same
    # errors on a damaged table (cells, rows of their own kind, keys) and on the package's metadata; a worker
    # that dies is reported, not waited for forever.
    from assets.lib.validation import Workers

    folder = tmp_path / "release"
    write_package(folder, "indicateurs", indicators(editions=[2018, 2019], territories=30))
    for _, line, change in INDICATOR_EDITS[:7]:
        edit_line(folder, "indicateurs", line, change)
    descriptor = folder / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["licenses"] = [{"title": "sans nom ni chemin"}]
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    reports = []
    for fork in (True, False):
        with Workers(2, fork=fork) as workers:
            reports.append(start_validation(descriptor, workers=workers).errors())
    assert reports[0] == reports[1]
    assert any(e.startswith("datapackage.json") for e in reports[0]) and len(reports[0]) >= 7
    with Workers(1, fork=True) as workers:
        validation = start_validation(descriptor, workers=workers)
        for process, *_ in validation._workers:
            process.kill()
        assert any("validation Frictionless interrompue" in e for e in validation.errors())


def test_tables_handed_over_one_by_one_are_reported_as_frictionless_reports_them(tmp_path):
    # A writer hands each table over as soon as it is written (Validation.add): a big table shared by the two
    # children, then a small one for the least busy, the package's metadata last; every damaged cell, row and key
    # of both is reported as Frictionless reports it on the whole package.
    from assets.lib.validation import Validation

    folder = tmp_path / "release"
    folder.mkdir()
    big = indicators(editions=range(2008, 2023), territories=99, per_territory=16)
    assert len(big) * big.shape[1] > PARALLEL_CELLS
    resources = []
    for name, frame in (("indicateurs", big), ("petit", indicators(editions=[2019], territories=8))):
        write_csv(typed_frame(frame, "indicateurs"), folder / f"{name}.csv")
        resources.append(table_resources("indicateurs", name, name, "Essai.")[0])
    package = {"name": "essai", "resources": resources}
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    lines = len(big) + 1
    for line, edit in ((3, INDICATOR_EDITS[1]), (lines // 2, INDICATOR_EDITS[0]), (lines - 1, INDICATOR_EDITS[4])):
        edit_line(folder, "indicateurs", line, edit[2])
    for line, edit in ((4, INDICATOR_EDITS[2]), (9, INDICATOR_EDITS[5])):
        edit_line(folder, "petit", line, edit[2])
    expected = frictionless_itself(folder)
    assert len(expected) == 5
    validation = Validation(folder, memo=RowMemo(tmp_path / "memo"))
    for resource in resources:
        validation.add(resource)
    validation.finish(package)
    found = validation.errors()
    assert {e.split(":", 1)[0] for e in found} == {"indicateurs", "petit"}
    assert {tuple(re.search(r": ligne (\S+), champ (\S+):", e).groups()) for e in found} == expected


def _declare_missing_values(folder, missing: list[str]) -> None:
    """The release's first resource declares `missing` as its schema's missing values."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"]["missingValues"] = missing
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


@pytest.mark.parametrize("missing", [None, ["", "NA"], ["-"], []])
def test_padded_columns_report_only_the_rows_that_hold_a_text(tmp_path, missing):
    # The cell files pad a shorter column with a missing value where the field may be missing (else with its
    # first text): whatever the schema's missing values, a rejected text is reported where it is, and only there.
    frame = indicators(editions=[2018, 2019], territories=12)
    frame["valeur"] = [float(i) for i in range(len(frame))]  # many texts: the other columns are padded
    frame.loc[0, "niveau"] = "planete"  # the first text of a short column, rejected
    frame.loc[[5, 9], "unite"] = "kilos"
    frame.loc[7, "nom_territoire"] = ""
    folder = tmp_path / "release"
    write_package(folder, "indicateurs", frame)
    if missing is not None:
        _declare_missing_values(folder, missing)
    expected = frictionless_itself(folder)
    assert ("2", "niveau") in expected and ("7", "unite") in expected
    assert ours(folder) == expected


@pytest.mark.parametrize("missing", [None, ["-"]])
def test_a_field_spread_over_several_columns_is_reported_as_frictionless_reports_it(tmp_path, missing):
    # A field with more distinct texts than COLUMN_TEXTS is read as several columns of the cell files: a rejected
    # text is reported at every row holding it, whichever column (or padding) it was read in.
    from assets.lib.validation import COLUMN_TEXTS

    frame = indicators(editions=range(2008, 2023), territories=99, per_territory=4)
    frame["valeur"] = [float(i) for i in range(len(frame))]
    assert len(frame) > 2 * COLUMN_TEXTS + 100
    folder = tmp_path / "release"
    write_package(folder, "indicateurs", frame)
    if missing is not None:
        _declare_missing_values(folder, missing)
    lines = len(frame) + 1
    # The first text of the field (the padding of its last column), one in each column, one repeated across columns,
    # the last row's; a missing value in this required field; a type error in another field.
    bad = {2: "abc", 40: "x1", COLUMN_TEXTS + 5: "1,5", 2 * COLUMN_TEXTS + 7: "abc", lines - 1: "NaN?",
           COLUMN_TEXTS - 1: "", COLUMN_TEXTS + 1: "-"}
    for line, text in bad.items():
        edit_line(folder, "indicateurs", line, lambda row, text=text: ",".join(
            [*row.split(",")[:5], f'"{text}"' if "," in text else text, *row.split(",")[6:]]))
    edit_line(folder, "indicateurs", 3 * COLUMN_TEXTS // 2, lambda row: row.replace(row.split(",")[0], "deux", 1))
    expected = frictionless_itself(folder)
    assert {("2", "valeur"), (str(COLUMN_TEXTS + 5), "valeur"), (str(2 * COLUMN_TEXTS + 7), "valeur")} <= expected
    assert ours(folder) == expected


KEY_CELLS = ["1", "01", "+1", "1.0", "2", "", "NA", " ", "é", "e\u0301", "\u00a0x", "😀", "=1", "a@b.fr", "None"]


@pytest.mark.parametrize("seed", range(8))
def test_keys_told_clean_by_their_codes_are_those_listed_clean(tmp_path, seed):
    # The coded key check (each distinct cell read once, values numbered) against the row-by-row one on hostile
    # keys: integers written several ways ("1", "01", "+1" are one value), missing values, ligatures and combining
    # marks, NBSP, emoji, formulas, e-mails, all-missing keys, short and long rows; each table is either clean or
    # has exactly the errors the row-by-row check lists (Frictionless' own rules, tested above).
    import random

    from assets.lib.validation import _key_codes, _key_errors, _listed_key_errors, _split

    rng = random.Random(seed)
    schema = {"fields": [{"name": "n", "type": "integer"}, {"name": "s", "type": "string"},
                         {"name": "u", "type": "string", "constraints": {"unique": True}}],
              "primaryKey": ["n", "s"], "missingValues": ["", "NA"]}
    outcomes = set()
    for rows in (1, 2, 12, 60):
        for trial in range(6):
            cells = [[str(i // 2), "ab"[i % 2], f"u{i}"] for i in range(rows)]  # one changed cell can repeat a key
            for _ in range(trial):  # damage: a hostile cell somewhere, sometimes a short or long row
                row = rng.randrange(rows)
                cells[row][rng.randrange(len(cells[row]))] = rng.choice([*KEY_CELLS, "a", "b", "0", "u0"])
                if rng.random() < 0.1:
                    cells[row][:2] = ["", "NA"]
                if seed % 3 == 0 and rng.random() < 0.3:
                    cells[row] = cells[row][:rng.randint(1, 2)] if rng.random() < 0.5 else [*cells[row], "x"]
            path = tmp_path / f"t{rows}-{trial}.csv"
            path.write_text("n,s,u\n" + "".join(",".join(c if "," not in c else f'"{c}"' for c in row) + "\n"
                                                for row in cells), encoding="utf-8")
            table = _split({"name": "t", "path": path.name, "format": "csv", "schema": schema}, path)
            assert table is not None
            listed = _listed_key_errors(table)
            assert _key_errors(table) == listed
            if not table.own:
                assert _key_codes(table) is not None  # the coded check ran, and found what the listing found
            outcomes.add(bool(listed))
    assert outcomes == {True, False}
