"""The events stage's read of raw_events (text columns fetched as Arrow: warehouse.frame_of) against DuckDB's own
conversion of the same rows, on hostile payloads."""

import duckdb
import pandas as pd
import pytest

from assets.lib.warehouse import columns_of, read_editions, replace_editions

HOSTILE_PAYLOADS = [
    '{"title": "Atelier"}', "", None, "not json {", '["a list"]', "é\u2028\u0000 😀 \\u00e9 \\ud83d",
    "x" * 200_000, '{"nested": {"deep": [1, 2.5, null, true]}}',
]


def _raw_rows(editions: list[int]) -> pd.DataFrame:
    rows = []
    for edition in editions:
        for position, payload in enumerate(HOSTILE_PAYLOADS if edition != 2022 else [None, None]):
            for source, kind in (("plateforme", "plateforme"), ("cress-x", "tableur")):
                rows.append({"edition": edition, "source": source, "source_kind": kind,
                             "source_record_id": None if position % 3 == 0 else f"id-{position}", "position": position,
                             "file": "page-0001.json", "snapshot": "20191201T000000Z",
                             "synthetique": position % 2 == 0, "payload": payload})
    return pd.DataFrame(rows[::-1])  # written in another order than read


@pytest.mark.parametrize("years", [[2019], [2018, 2019, 2020, 2022], [2021], [], [2022]])
def test_raw_events_read_for_the_events_stage_is_duckdbs_own_frame(tmp_path, years):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        frame = _raw_rows([2018, 2019, 2020, 2022])  # 2022: payloads all missing
        replace_editions(con, "raw_events", frame[columns_of(con, "raw_events")], [2018, 2019, 2020, 2022])
        expected = con.execute("SELECT * FROM raw_events WHERE edition IN (SELECT unnest(?::INTEGER[])) "
                               "ORDER BY edition, source, position", [years]).df()
        got = read_editions(con, "raw_events", years)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    if years and years[0] < 2021:
        assert got["payload"].isna().any() and (got["payload"] == "").any()
