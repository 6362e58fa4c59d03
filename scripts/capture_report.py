"""Screenshot pages of the published report in headless Chromium (Debian `chromium` + `chromium-driver`), at a
phone's width and a desktop's, into build/captures/ for review (outside the published folder: the screenshots are no
part of the release).

    .venv/bin/python scripts/capture_report.py                 # every page, 390 and 1400 px
    .venv/bin/python scripts/capture_report.py edition-2019.html --width 768
"""

import argparse
import sys
from pathlib import Path

from assets.lib.browser import BrowserError, WebDriver

REPO_ROOT = Path(__file__).resolve().parents[1]
REPORT_DIR = REPO_ROOT / "data" / "published" / "rapport"
CAPTURES_DIR = REPO_ROOT / "build" / "captures"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="pages du rapport (défaut : toutes)")
    parser.add_argument("--width", type=int, action="append", help="largeur en px (défaut : 390 et 1400)")
    parser.add_argument("--report-dir", type=Path, default=REPORT_DIR)
    parser.add_argument("--captures-dir", type=Path, default=CAPTURES_DIR)
    args = parser.parse_args(argv)
    pages = [args.report_dir / p for p in args.pages] or sorted(args.report_dir.glob("*.html"))
    missing = [p for p in pages if not p.exists()]
    if missing or not pages:
        print(f"{missing[0] if missing else args.report_dir} n'existe pas : lancer d'abord « mois-ess run ».",
              file=sys.stderr)
        return 1
    try:
        with WebDriver() as driver:
            for page in pages:
                for width in args.width or [390, 1400]:
                    driver.open(page, width, 900)
                    print(driver.screenshot(args.captures_dir / f"{page.stem}-{width}px.png"))
    except BrowserError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
