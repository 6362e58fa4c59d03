"""Outputs of a row-by-row stage kept per edition beside the warehouse (emptied with it), keyed by the exact values
of the columns each row's output is computed from: an edition built again computes only its rows whose inputs it
did not have, under the same version (reference, code), when it was last built. Kept as a frame (recall, remember)
or as a dict of Python values (recall_outputs, remember_outputs)."""

from pathlib import Path

import pandas as pd

from assets.lib.state import read_pickle, write_pickle


def row_keys(frame: pd.DataFrame, columns: list[str]) -> pd.Index:
    """Per row, the repr of its values in `columns`: equal exactly when the values are (text, number, -0.0, None and
    NaN each written apart)."""
    return pd.Index(list(map(repr, zip(*(frame[column].tolist() for column in columns), strict=True))), dtype=object)


def _memo_file(folder: Path, year: int) -> Path:
    return folder / f"{int(year)}.pickle"


def recall(folder: Path, version: str, years: list[int]) -> pd.DataFrame | None:
    """The outputs kept for the editions `years` under `version`, indexed by row key (one row per key); None when
    none is kept (a missing or unreadable file, or another version, keeps nothing)."""
    parts = []
    for year in years:
        kept = read_pickle(_memo_file(folder, year))
        if isinstance(kept, dict) and kept.get("version") == version and isinstance(kept.get("rows"), pd.DataFrame):
            parts.append(kept["rows"])
    if not parts:
        return None
    rows = pd.concat(parts) if len(parts) > 1 else parts[0]
    return rows[~rows.index.duplicated()]


def remember(folder: Path, version: str, editions: pd.Series, keys: pd.Index, rows: pd.DataFrame) -> None:
    """Keep `rows` (the outputs, in the order of `keys`, one per row of `editions`) as each edition's memo, in place
    of what it kept before (state.write_pickle)."""
    years = editions.to_numpy()
    for year in pd.unique(years):
        mine = years == year
        part = rows[mine].set_axis(keys[mine])
        write_pickle(_memo_file(folder, year), {"version": version, "rows": part[~part.index.duplicated()]})


def recall_outputs(folder: Path, version: str, years: list[int]) -> dict:
    """{key: output} kept for the editions `years` under `version` by remember_outputs (nothing for an edition
    whose file is missing, unreadable or of another version)."""
    kept = {}
    for year in years:
        stored = read_pickle(_memo_file(folder, year))
        if isinstance(stored, dict) and stored.get("version") == version and isinstance(stored.get("outputs"), dict):
            kept.update(stored["outputs"])
    return kept


def remember_outputs(folder: Path, version: str, outputs: dict, edition_of) -> None:
    """Keep `outputs` ({key: output}) as each edition's memo (`edition_of(key)`), in place of what it kept before."""
    by_edition: dict[int, dict] = {}
    for key, output in outputs.items():
        by_edition.setdefault(int(edition_of(key)), {})[key] = output
    for year, kept in by_edition.items():
        write_pickle(_memo_file(folder, year), {"version": version, "outputs": kept})
