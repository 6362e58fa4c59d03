#!/usr/bin/env python
"""Precision and recall of the cross-source deduplication on the synthetic sample's ground truth.

Usage (after `mois-ess run`, which fills the warehouse's `events` table)::

    python scripts/bench_dedup.py                      # every edition of data/warehouse/pipeline.duckdb
    python scripts/bench_dedup.py --edition 2019 -v    # one edition, with the misses and wrong merges

The truth (tests/fixtures/dedup/verite.csv.gz, written by scripts/generate_sample.py) says which real
event each record stands for. Two records of different sources form a *true pair* when they stand for
the same event; the merge predicts a pair when it puts them in one row. Precision = predicted true pairs /
predicted pairs; recall = predicted true pairs / true pairs. Records absent from `events` (quarantined)
and broken records (no real event behind them) are left out. The labelled *hard negatives* are the
pairs of different events with the same normalised title, the same day and the same commune.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from assets.lib.dedup import CommuneIndex, deduplicate, title_key  # noqa: E402

TRUTH = REPO_ROOT / "tests" / "fixtures" / "dedup" / "verite.csv.gz"
KEY = ["edition", "source", "source_identifiant"]


def load_truth(path: Path = TRUTH) -> pd.DataFrame:
    truth = pd.read_csv(path, dtype=str, keep_default_na=False)
    truth["edition"] = truth["edition"].astype(int)
    return truth.drop_duplicates(KEY)


def pairs_of(groups: pd.Series) -> set[tuple[str, str]]:
    """Unordered pairs of record keys sharing a group label (cross-source only: keys hold the source)."""
    found = set()
    for _, members in groups.groupby(groups):
        keys = sorted(members.index)
        for a, b in itertools.combinations(keys, 2):
            if a.split("|")[1] != b.split("|")[1]:
                found.add((a, b))
    return found


def evaluate(events: pd.DataFrame, truth: pd.DataFrame, index: CommuneIndex) -> dict:
    events = events.copy()
    events["edition"] = events["edition"].astype(int)
    labelled = events.merge(truth, on=KEY, how="inner")
    labelled = labelled[labelled["evenement"] != ""].reset_index(drop=True)
    result = deduplicate(labelled.drop(columns=["evenement", "variantes"]), index)
    key = labelled["edition"].astype(str) + "|" + labelled["source"] + "|" + labelled["source_identifiant"]
    predicted_group = pd.Series(key.values, index=key.values)
    merged_into = {}
    for row in result.events.itertuples(index=False):
        own = f"{row.edition}|{row.source}|{row.source_identifiant}"
        merged_into[own] = own
        for other in filter(None, str(row.sources_fusionnees or "").split("|")):
            source, _, identifier = other.partition(":")
            merged_into[f"{row.edition}|{source}|{identifier}"] = own
    predicted_group = predicted_group.map(lambda k: merged_into.get(k, k))
    true_group = pd.Series(labelled["evenement"].values, index=key.values)
    true_pairs, predicted_pairs = pairs_of(true_group), pairs_of(predicted_group)
    good = true_pairs & predicted_pairs
    # Hard negatives: same title key, same day, same true commune… different events.
    labelled["_t"] = labelled["titre"].map(title_key)
    labelled["_d"] = labelled["date_debut"].astype(str).str[:10]
    labelled["_c"] = labelled["commune"].astype(str).str.lower()
    labelled["_k"] = key.values
    hard = set()
    for _, block in labelled.groupby(["edition", "_t", "_d", "_c"]):
        if block["evenement"].nunique() > 1:
            for a, b in itertools.combinations(block.to_dict("records"), 2):
                if a["evenement"] != b["evenement"] and a["source"] != b["source"]:
                    hard.add(tuple(sorted((a["_k"], b["_k"]))))
    variants = Counter()
    missed_by_variant = Counter()
    variant_of = dict(zip(key.values, labelled["variantes"], strict=True))
    for a, b in true_pairs:
        for name in filter(None, (variant_of[a] + "," + variant_of[b]).split(",")):
            variants[name] += 1
            if (a, b) not in predicted_pairs:
                missed_by_variant[name] += 1
    return {
        "records": len(labelled),
        "true_pairs": len(true_pairs),
        "predicted_pairs": len(predicted_pairs),
        "correct": len(good),
        "precision": len(good) / len(predicted_pairs) if predicted_pairs else 1.0,
        "recall": len(good) / len(true_pairs) if true_pairs else 1.0,
        "hard_negatives": len(hard),
        "hard_negatives_merged": len(hard & predicted_pairs),
        "missed": sorted(true_pairs - predicted_pairs),
        "wrong": sorted(predicted_pairs - true_pairs),
        "recall_by_variant": {k: round(1 - missed_by_variant[k] / v, 4) for k, v in sorted(variants.items())},
        "labelled": labelled.set_index("_k"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=REPO_ROOT / "data" / "warehouse" / "pipeline.duckdb")
    parser.add_argument(
        "--events", type=Path, help="a Parquet file of `events` rows instead of the warehouse"
    )
    parser.add_argument("--edition", type=int, action="append")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.events:
        events = pd.read_parquet(args.events)
    else:
        with duckdb.connect(str(args.database), read_only=True) as con:
            events = con.execute("SELECT * FROM events").df()
    if args.edition:
        events = events[events["edition"].astype(int).isin(args.edition)]
    report = evaluate(events, load_truth(), CommuneIndex.from_reference())
    print(
        f"records {report['records']}, true pairs {report['true_pairs']}, predicted pairs "
        f"{report['predicted_pairs']}, correct {report['correct']}"
    )
    print(f"precision {report['precision']:.4f}  recall {report['recall']:.4f}")
    print(
        f"hard negatives (same title, day and commune, different events): {report['hard_negatives']}, "
        f"merged by mistake: {report['hard_negatives_merged']}"
    )
    print("recall by difference:", report["recall_by_variant"])
    if args.verbose:
        columns = [
            "source",
            "titre",
            "date_debut",
            "lieu",
            "adresse",
            "code_postal",
            "commune",
            "latitude",
            "longitude",
            "organisateur",
            "evenement",
            "variantes",
        ]
        for label in ("missed", "wrong"):
            print(f"\n{label}:")
            for a, b in report[label][:25]:
                print(report["labelled"].loc[[a, b], columns].to_string(header=False))
                print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
