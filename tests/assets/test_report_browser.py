"""The HTML report as a reader's browser shows it: Debian's headless Chromium driven by chromedriver, at a
phone's width (390 px) and a desktop's (1,400 px), for the overview and every edition page. No page scrolls
sideways, no text is drawn under 11 px (charts included), axe-core finds no serious accessibility violation,
headings are in order; the screenshots are written under build/captures/ for review (not beside the release: they
show this test's build, not the published one)."""

import os
import re
import shutil
import subprocess

import pandas as pd
import pytest

from assets.lib.browser import WebDriver, audit, chromium_path
from assets.lib.charts import french_number
from pipelines.definitions import REPO_ROOT
from tests.builds import copy_build, platform_2019_2020

# CI sets MOIS_ESS_REQUIRE_BROWSER=1 after installing chromium: a missing browser fails, not skips.
REQUIRED = os.environ.get("MOIS_ESS_REQUIRE_BROWSER") == "1"
pytestmark = pytest.mark.skipif(
    (chromium_path() is None or shutil.which("chromedriver") is None) and not REQUIRED,
    reason="chromium n'est pas installé (Debian : apt-get install chromium chromium-driver ; voir .ci/run)",
)
AXE_VERSION = "4.10.3"  # axe-core from the npm registry, installed once into .venv/npm by this test
AXE_DIR = REPO_ROOT / ".venv" / "npm"
CAPTURES = REPO_ROOT / "build" / "captures"
YEARS = [2019, 2020]
PAGES = ["index.html", *[f"edition-{y}.html" for y in YEARS]]
WIDTHS = [390, 1400]
MIN_TEXT_PX = 11


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    assert chromium_path() is not None, "MOIS_ESS_REQUIRE_BROWSER=1 but chromium is not installed"
    return copy_build(platform_2019_2020(tmp_path_factory), tmp_path_factory.mktemp("browser")) / "published"


@pytest.fixture(scope="module")
def axe_script() -> str:
    script = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
    package = AXE_DIR / "node_modules" / "axe-core" / "package.json"
    if not (script.exists() and f'"version": "{AXE_VERSION}"' in package.read_text(encoding="utf-8")):
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is needed to install axe-core (Debian: apt-get install npm)")
        subprocess.run([npm, "install", "--prefix", str(AXE_DIR), "--no-audit", "--no-fund", "--no-save",
                        f"axe-core@{AXE_VERSION}"], check=True, capture_output=True, timeout=300)
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser():
    with WebDriver() as driver:
        yield driver


@pytest.fixture(scope="module")
def audits(report, axe_script, browser) -> dict:
    """(page, width) -> what the browser measured; screenshots written on the way."""
    results = {}
    for page in PAGES:
        for width in WIDTHS:
            results[page, width] = audit(browser, report / "rapport" / page, width, axe_script)
            browser.screenshot(CAPTURES / f"{page.removesuffix('.html')}-{width}px.png")
    return results


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_no_page_scrolls_sideways(audits, page, width):
    seen = audits[page, width]
    assert seen["innerWidth"] == width
    assert seen["scrollWidth"] <= seen["innerWidth"], seen["wide"]
    assert seen["wide"] == []  # no element sticks out of the window (wide tables scroll inside their box)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_no_text_is_drawn_under_11_px(audits, page, width):
    texts = audits[page, width]["texts"]
    assert any(t["chart"] for t in texts) == (page == "index.html")  # the overview's two charts are SVG
    small = [t for t in texts if t["size"] < MIN_TEXT_PX]
    assert small == []


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_violation_and_headings_are_in_order(audits, page, width):
    seen = audits[page, width]
    serious = [v for v in seen["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert not [v for v in seen["violations"] if v["id"] in ("heading-order", "page-has-heading-one")]
    assert seen["lang"] == "fr"
    levels = seen["headings"]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))


def test_at_1400_px_the_key_figures_table_shows_every_column(audits, report):
    seen = audits["index.html", 1400]
    box = next(b for b in seen["boxes"] if b["name"] == "titre-tableau-editions")
    assert box["scrollWidth"] <= box["clientWidth"]
    index = (report / "rapport" / "index.html").read_text(encoding="utf-8")
    assert '<th scope="col">À vérifier</th>' in index and "« À vérifier » : le nombre d'événements" in index
    # On a phone it scrolls inside its own box, edition first, and the page itself does not.
    phone = next(b for b in audits["index.html", 390]["boxes"] if b["name"] == "titre-tableau-editions")
    assert phone["clientWidth"] <= 390 < phone["scrollWidth"]


def test_screenshots_are_written_for_review(audits):
    from matplotlib import image

    for page in PAGES:
        for width in WIDTHS:
            pixels = image.imread(CAPTURES / f"{page.removesuffix('.html')}-{width}px.png")
            assert pixels.shape[1] == width and pixels.shape[0] > 1000
            assert pixels[..., :3].std() > 0.05  # not a blank page


def cards(dom: str) -> dict[str, str]:
    return dict(re.findall(r'data-indicateur="([a-z0-9_]+)"><span class="valeur">([^<]+)</span>', dom))


def test_the_overview_shows_the_published_figures_and_their_charts(report):
    summary = pd.read_csv(report / "indicateurs_editions.csv")
    latest = summary.iloc[-1]
    page = (report / "rapport" / "index.html").read_text(encoding="utf-8")
    figures = cards(page)
    assert figures["evenements"] == french_number(latest["evenements"])
    assert figures["organisateurs"] == french_number(latest["organisateurs"])
    assert figures["communes_avec_evenement"] == french_number(latest["communes_avec_evenement"])
    # Two charts, each drawn wide and narrow, named by their heading and followed by their numbers.
    assert len(re.findall(r'<svg class="graphique"[^>]*role="img" aria-labelledby="titre-', page)) == 4
    assert page.count("<summary>Les chiffres du graphique</summary>") == 2
    for year, events in zip(summary["edition"], summary["evenements"], strict=True):
        assert f'<tr data-edition="{year}">' in page
        assert f"<tr><th scope=\"row\">{year}</th><td>{french_number(events)}</td>" in page


def test_an_edition_page_gives_its_charts_and_maps_as_numbers(report):
    summary = pd.read_csv(report / "indicateurs_editions.csv").set_index("edition")
    page = (report / "rapport" / "edition-2019.html").read_text(encoding="utf-8")
    assert cards(page)["evenements"] == french_number(summary.loc[2019, "evenements"])
    assert page.count('<table class="barres">') == 4 and "Conférence / débat" in page
    # Two maps over the same outlines (defined once), every département and DROM drawn, with their numbers.
    assert page.count('<svg class="metropole"') == 2 and page.count('<path id="d') == 101
    assert page.count("<use href=") == 2 * 101
    assert page.count("<summary>Les chiffres de la carte, par département</summary>") == 2
    assert "Mayotte (976)" in page and "en encarts" in page  # the DROM are drawn as insets, not dropped
