"""Screenshot a page of the published report in headless Chromium (Debian `chromium`).

    .venv/bin/python scripts/capture_report.py          # rapport/index.html -> rapport/capture-index.png
    .venv/bin/python scripts/capture_report.py edition-2019.html -o /tmp/2019.png --height 3200
"""

import argparse
import sys
from pathlib import Path

from assets.lib.browser import BrowserError, screenshot

REPORT_DIR = Path(__file__).resolve().parents[1] / "data" / "published" / "rapport"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default="index.html", help="page du rapport (défaut : index.html)")
    parser.add_argument("-o", "--output", type=Path, help="fichier PNG (défaut : rapport/capture-<page>.png)")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2600)
    parser.add_argument("--report-dir", type=Path, default=REPORT_DIR)
    args = parser.parse_args(argv)
    page = args.report_dir / args.page
    if not page.exists():
        print(f"{page} n'existe pas : lancer d'abord « mois-ess run ».", file=sys.stderr)
        return 1
    target = args.output or args.report_dir / f"capture-{page.stem}.png"
    try:
        screenshot(page, target, width=args.width, height=args.height)
    except BrowserError as error:
        print(error, file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
