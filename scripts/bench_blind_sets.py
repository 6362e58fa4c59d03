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
                   r".*precision ([\d.]+) recall ([\d.]+)")


def main(folders: list[str]) -> int:
    chosen = [HERE / name for name in folders] or sorted(p for p in HERE.iterdir() if p.is_dir()
                                                         and not p.name.startswith("_"))
    # Each set writes its four sources' files in a temporary folder it leaves: all of them go with this one.
    scratch = tempfile.TemporaryDirectory(prefix="blind-sets-")
    environment = dict(os.environ, PYTHONPATH=str(REPO), TMPDIR=scratch.name)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    failed = 0
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
            listings, events, published, precision, recall = found.groups()
            print(f"{name:<34}{listings:>9}{events:>8}{published:>11}{float(precision):>11.2%}{float(recall):>8.2%}")
    scratch.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
