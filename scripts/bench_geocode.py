"""Accuracy and speed of the commune coder on the labelled evaluation set (scripts/geocode_eval_set.py).

Prints, overall and per defect family, precision (right among answered), recall (right among
answerable) and correct abstention (abstained among the rows where abstaining is right), next to a
naive exact join on (postal code, upper-cased name); then the wall time and peak memory of
`mois-ess geocode` on 1,000,000-row files built by repeating the set (text-only rows, coordinate
rows, and coordinate rows made distinct by a small jitter).

    python scripts/bench_geocode.py [--rows 1000000] [--skip-speed] [--eval-csv PATH] [--errors PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assets.lib.geocode import Geocoder  # noqa: E402
from assets.lib.geocode_points import coordinate_values  # noqa: E402
from assets.lib.parallel import worker_count  # noqa: E402
from scripts.naive_join import naive_join  # noqa: E402


def _eval_module():
    spec = importlib.util.spec_from_file_location("geocode_eval_set", REPO / "scripts" / "geocode_eval_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores(expected: pd.Series, predicted: pd.Series) -> dict[str, float]:
    expected, predicted = expected.to_numpy(dtype=object), predicted.to_numpy(dtype=object)
    answerable = expected != ""
    answered = predicted != ""
    right = answered & (predicted == expected)
    return {
        "lignes": len(expected),
        "precision": right.sum() / answered.sum() if answered.any() else float("nan"),
        "rappel": right[answerable].sum() / answerable.sum() if answerable.any() else float("nan"),
        "abstention": (~answered[~answerable]).sum() / (~answerable).sum() if (~answerable).any() else float("nan"),
        "faux": int((answered & ~right).sum()),
    }


def _pct(value: float) -> str:
    return "   -  " if value != value else f"{100 * value:6.2f}"


def accuracy(frame: pd.DataFrame, errors_path: Path | None) -> None:
    geocoder = Geocoder.from_reference()
    started = time.perf_counter()
    coded = geocoder.code(frame)
    elapsed = time.perf_counter() - started
    naive = naive_join(frame)
    frame = frame.assign(
        obtenu=coded["code_commune_insee"].to_numpy(),
        arm=coded["code_arrondissement_municipal"].to_numpy(),
        methode=coded["geocodage_methode"].to_numpy(),
        alerte=coded["geocodage_alerte"].to_numpy(),
        naif=naive.to_numpy(),
    )
    print(
        f"Jeu d'évaluation : {len(frame)} lignes, {frame['famille'].nunique()} familles "
        f"({(frame['attendu_code_commune'] != '').sum()} avec réponse, "
        f"{(frame['attendu_code_commune'] == '').sum()} "
        f"où il faut s'abstenir) ; codé en {elapsed:.2f} s\n"
    )
    header = (
        f"{'famille':<22}{'lignes':>7} | {'précision':>9} {'rappel':>7} {'abst.':>7} {'faux':>5} | "
        f"{'naïf préc.':>10} {'rappel':>7} {'abst.':>7} {'faux':>5}"
    )
    print(header)
    print("-" * len(header))
    groups = [(name, part) for name, part in frame.groupby("famille", sort=True)] + [("ENSEMBLE", frame)]
    for name, part in groups:
        ours = scores(part["attendu_code_commune"], part["obtenu"])
        base = scores(part["attendu_code_commune"], part["naif"])
        if name == "ENSEMBLE":
            print("-" * len(header))
        print(
            f"{name:<22}{ours['lignes']:>7} | {_pct(ours['precision']):>9} {_pct(ours['rappel']):>7} "
            f"{_pct(ours['abstention']):>7} {ours['faux']:>5} | {_pct(base['precision']):>10} "
            f"{_pct(base['rappel']):>7} {_pct(base['abstention']):>7} {base['faux']:>5}"
        )
    with_arm = frame[frame["attendu_arrondissement"] != ""]
    arm_right = (with_arm["arm"] == with_arm["attendu_arrondissement"]).sum()
    arm_wrong = ((with_arm["arm"] != "") & (with_arm["arm"] != with_arm["attendu_arrondissement"])).sum()
    print(
        f"\nArrondissements municipaux : {arm_right}/{len(with_arm)} justes, {arm_wrong} faux, "
        f"{len(with_arm) - arm_right - arm_wrong} laissés vides"
    )
    print(
        "\nMéthodes (part des lignes) : "
        + ", ".join(f"{m} {v:.1%}" for m, v in frame["methode"].value_counts(normalize=True).items())
    )
    wrong = frame[(frame["obtenu"] != "") & (frame["obtenu"] != frame["attendu_code_commune"])]
    missed = frame[(frame["obtenu"] == "") & (frame["attendu_code_commune"] != "")]
    print(f"\nFaux : {len(wrong)} ; réponses manquées : {len(missed)}")
    if errors_path:
        pd.concat([wrong.assign(erreur="faux"), missed.assign(erreur="manquee")]).to_csv(errors_path, index=False)
        print(f"Détail des erreurs : {errors_path}")


NAIVE_SCRIPT = """
import sys
import pandas as pd
from scripts.naive_join import naive_join

frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False, na_filter=False)
frame["code_commune_insee"] = naive_join(frame).to_numpy()
frame.to_csv(sys.argv[2], index=False)
"""

# Peak memory is read by the child itself (VmHWM of /proc/self/status): the rusage of a forked child
# keeps the high-water mark of the parent it was forked from (here, the 1,000,000-row frames).
# Peak memory and CPU of the process and of its forked worker (the coder codes half of each chunk in one):
# the peaks are added, as if both peaked at once.
PEAK = """
import re, resource
own = resource.getrusage(resource.RUSAGE_SELF)
worker = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) + worker.ru_maxrss
print("VmHWM", peak, file=__import__("sys").stderr)
print("CPU", own.ru_utime + own.ru_stime + worker.ru_utime + worker.ru_stime, file=__import__("sys").stderr)
"""
CLI_SCRIPT = """
import sys
from pipelines.cli import main
status = main(["geocode", sys.argv[1], "-o", sys.argv[2], "--no-progression"])
""" + PEAK + """
sys.exit(status)
"""


def _run_cli(source: Path, target: Path, naive: bool = False) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of `mois-ess geocode
    source -o target`, or of the naive exact join doing the same reading and writing (`naive`). The
    CPU time is what the run costs whatever else the machine is doing; the wall time is the user's."""
    started = time.perf_counter()
    script = NAIVE_SCRIPT + PEAK if naive else CLI_SCRIPT
    process = subprocess.run(
        [sys.executable, "-c", script, str(source), str(target)], cwd=REPO, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"mois-ess geocode a échoué : {process.stderr}")
    peak = re.search(r"VmHWM (\d+)", process.stderr)
    cpu = re.search(r"CPU ([\d.]+)", process.stderr)
    return wall, float(cpu.group(1)) if cpu else float("nan"), (int(peak.group(1)) / 1024 if peak else float("nan"))


def speed(frame: pd.DataFrame, rows: int) -> None:
    inputs = ["adresse", "code_postal", "commune", "latitude", "longitude", "code_insee_source"]
    has_point = frame["latitude"] != ""
    text_rows = frame.loc[~has_point, inputs]
    point_rows = frame.loc[has_point, inputs]
    rng = np.random.default_rng(0)
    print(
        f"\nDébit de `mois-ess geocode` sur {rows:_} lignes (lecture CSV, codage, écriture CSV ; "
        f"{os.cpu_count()} cœurs ; processus de calcul du codeur : {worker_count()} ; CPU et mémoire max "
        "additionnent ses processus) :".replace("_", " ")
    )
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        text_big = text_rows.iloc[np.arange(rows) % len(text_rows)]
        runs.append(("texte seul (répété)", text_big))
        point_big = point_rows.iloc[np.arange(rows) % len(point_rows)].copy()
        runs.append(("coordonnées (répétées)", point_big))
        jittered = point_big.copy()
        lat = coordinate_values(jittered["latitude"], 90) + rng.uniform(-2e-4, 2e-4, rows)
        lon = coordinate_values(jittered["longitude"], 180) + rng.uniform(-2e-4, 2e-4, rows)
        jittered["latitude"] = np.char.mod("%.6f", lat)
        jittered["longitude"] = np.char.mod("%.6f", lon)
        runs.append(("coordonnées distinctes", jittered))
        for label, big in runs:
            source, target = Path(tmp) / "entree.csv", Path(tmp) / "sortie.csv"
            big.to_csv(source, index=False)
            naive_wall, naive_cpu, naive_peak = _run_cli(source, target, naive=True)
            wall, cpu, peak = _run_cli(source, target)
            out_rows = len(pd.read_csv(target, usecols=["geocodage_methode"], dtype=str))
            assert out_rows == rows, (out_rows, rows)
            print(
                f"  {label:<26} {wall:6.1f} s (CPU {cpu:5.1f} s)  {rows / wall:>10,.0f} lignes/s   "
                f"mémoire max {peak:,.0f} Mio   | jointure naïve {naive_wall:5.1f} s (CPU {naive_cpu:5.1f} s), "
                f"{naive_peak:,.0f} Mio   | débit relatif {naive_wall / wall:.0%} (en CPU "
                f"{naive_cpu / cpu:.0%})".replace(",", " ")
            )
        print(f"  (charge de la machine : {' '.join(f'{x:.1f}' for x in os.getloadavg())})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--eval-csv", type=Path, help="jeu d'évaluation déjà écrit (sinon il est généré)")
    parser.add_argument("--per-family", type=int, default=260)
    parser.add_argument("--errors", type=Path, help="écrire les lignes fausses ou manquées dans ce CSV")
    args = parser.parse_args(argv)
    if args.eval_csv:
        frame = pd.read_csv(args.eval_csv, dtype=str, keep_default_na=False)
    else:
        frame = _eval_module().build_eval_set(per_family=args.per_family)
    accuracy(frame, args.errors)
    if not args.skip_speed:
        speed(frame, args.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
