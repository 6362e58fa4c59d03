"""A CRESS sheet typed as a printed programme, through the whole run: its totals, repeated header and month banner are
counted apart from the records (neither read nor quarantined), listed in the quarantine file with their own field, and
the release still reconciles; a row hidden in a workbook is a record, quarantined with its reason, never published."""

import io
from datetime import datetime

import duckdb
import openpyxl
import pandas as pd

from pipelines.cli import materialize_all, print_summary
from pipelines.definitions import REPO_ROOT, build_resources
from tests.conftest import FIXTURES, drop_platform_export

SAMPLE = FIXTURES / "editions" / "raw"
SHEET = next((SAMPLE / "cress-paca-tableur" / "2019").glob("*/*.csv")).read_bytes()
PDL = next((SAMPLE / "cress-pdl-tableur" / "2019").glob("*/*.xlsx")).read_bytes()


def query(data_dir, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "warehouse" / "pipeline.duckdb"), read_only=True) as con:
        return con.execute(sql).df()


def test_layout_lines_are_counted_apart_and_hidden_rows_quarantined_through_the_run(tmp_path, capsys):
    drop_platform_export(tmp_path, 2019, FIXTURES / "plateforme" / "2019")
    lines = SHEET.rstrip(b"\r\n").split(b"\r\n")
    width = lines[0].count(b";")
    printed = [lines[0], b"NOVEMBRE 2019" + b";" * width, *lines[1:4], lines[0], *lines[4:],
               b";TOTAL" + b";" * (width - 2) + b";" + str(len(lines) - 1).encode()]
    paca = tmp_path / "raw" / "cress-paca-tableur" / "2019" / "20191205T080000Z"
    paca.mkdir(parents=True)
    (paca / "agenda.csv").write_bytes(b"\r\n".join(printed) + b"\r\n")
    workbook = openpyxl.load_workbook(io.BytesIO(PDL))
    sheet = workbook.worksheets[0]
    sheet.row_dimensions[sheet.max_row].hidden = True  # the last event, hidden by the CRESS
    hidden_title = next(cell.value for cell in sheet[sheet.max_row] if isinstance(cell.value, str))
    assert not any(isinstance(cell.value, datetime) and cell.value.year != 2019 for cell in sheet[sheet.max_row])
    pdl = tmp_path / "raw" / "cress-pdl-tableur" / "2019" / "20191206T090000Z"
    pdl.mkdir(parents=True)
    workbook.save(pdl / "agenda.xlsx")
    resources = build_resources(tmp_path, reference_dir=REPO_ROOT / "data" / "reference")

    materialize_all(resources, [2019])

    audit = query(tmp_path, "SELECT * FROM release_audit").set_index("source")
    assert (audit["ecart"] == 0).all()
    assert audit.loc["cress-paca-tableur", "hors_evenement"] == 3 and audit["hors_evenement"].sum() == 3
    records = query(tmp_path, "SELECT count(*) AS n FROM raw_events WHERE source = 'cress-paca-tableur'")["n"][0]
    assert audit.loc["cress-paca-tableur", "lus"] == records == len(lines) - 1
    layout = query(tmp_path, "SELECT position, champ, motif FROM quarantine WHERE champ = 'ligne' ORDER BY position")
    assert [motif.split(" : ")[0] for motif in layout["motif"]] == [
        "intertitre, pas un événement", "en-tête répété, pas un événement", "ligne de total, pas un événement"]
    hidden = query(tmp_path, "SELECT champ, motif, contenu FROM quarantine WHERE source = 'cress-pdl-tableur' "
                             "AND motif LIKE 'ligne masquée%'")
    assert len(hidden) == 1 and hidden["champ"][0] == "enregistrement" and hidden_title in hidden["contenu"][0]
    assert hidden["motif"][0].startswith(f"ligne masquée dans le classeur : ligne {sheet.max_row} de la feuille")
    published = (tmp_path / "published" / "evenements.csv").read_text(encoding="utf-8")
    assert "NOVEMBRE 2019" not in published and "TOTAL" not in published

    capsys.readouterr()
    print_summary(tmp_path / "warehouse" / "pipeline.duckdb", tmp_path / "published")
    summary = capsys.readouterr().out
    assert "hors_evenement" in summary
    layout_part = summary.split("Lignes hors événement par motif")[1].split("\n\n")[0]
    assert "ligne de total, pas un événement" in layout_part
    assert "ligne de total" not in summary.split("Quarantaine par champ et motif")[1].split("\n\n")[0]
