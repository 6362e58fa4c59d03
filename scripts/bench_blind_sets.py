"""Every blind set of scripts/blind_sets/ run through the connectors and the merge, each in its own process; one
line each: listings, real events, rows published, pairwise precision and recall (see scripts/blind_sets/README.md).

    .venv/bin/python scripts/bench_blind_sets.py [FOLDER ...]     # e.g. places words

Figures, not assertions: the sets that every real event publishes once are also tests (tests/lib/
test_dedup_blind_regions*.py)."""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "scripts" / "blind_sets"
SCORE = re.compile(r"listings (\d+)(?: \(called off \d+\))? real events (\d+) published (\d+)"
                   r"; true pairs (\d+) predicted (\d+) correct (\d+)"
                   r".*precision ([\d.]+) recall ([\d.]+)")
# The sets kept out of rule writing (their authors reported figures only): pooled apart.
HELD_OUT = ("dense_lyon", "dense_normandie", "dense_nouvelle_aquitaine", "dense_pays_de_la_loire")


def main(folders: list[str]) -> int:
    chosen = [HERE / name for name in folders] or sorted(p for p in HERE.iterdir() if p.is_dir()
                                                         and not p.name.startswith("_"))
    # Each set writes its four sources' files in a temporary folder it leaves: all of them go with this one.
    scratch = tempfile.TemporaryDirectory(prefix="blind-sets-")
    environment = dict(os.environ, PYTHONPATH=str(REPO), TMPDIR=scratch.name)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    failed = 0
    pools = {"tous les jeux": [0] * 5, "jeux denses (dense_*)": [0] * 5, f"tenus à l'écart ({', '.join(HELD_OUT)})":
             [0] * 5}
    print(f"{'set':<34}{'listings':>9}{'events':>8}{'published':>11}{'precision':>11}{'recall':>8}")
    for folder in chosen:
        for script in sorted(folder.glob("*.py")):
            done = subprocess.run([sys.executable, str(script)], cwd=REPO, env=environment, capture_output=True,
                                  text=True, check=False)
            found = SCORE.search(done.stdout)
            name = f"{folder.name}/{script.stem}"
            if found is None:
                failed += 1
                print(f"{name:<34} no score (exit {done.returncode}): {(done.stderr or done.stdout).strip()[-200:]}")
                continue
            listings, events, published, true, predicted, correct, precision, recall = found.groups()
            print(f"{name:<34}{listings:>9}{events:>8}{published:>11}{float(precision):>11.2%}{float(recall):>8.2%}")
            counts = [int(events), int(published), int(true), int(predicted), int(correct)]
            for pool, inside in zip(pools.values(), (True, folder.name.startswith("dense_"), folder.name in HELD_OUT),
                                    strict=True):
                if inside:
                    pool[:] = [total + count for total, count in zip(pool, counts, strict=True)]
    # Pairwise figures pooled over the pairs of several sets (not an average of theirs).
    for label, (events, published, true, predicted, correct) in pools.items():
        if not events:
            continue
        print(f"{label} : {events} événements, {published} lignes publiées, précision "
              f"{correct / max(predicted, 1):.2%}, rappel {correct / max(true, 1):.2%} ({correct} paires justes sur "
              f"{true} vraies, {predicted} trouvées)")
    scratch.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
