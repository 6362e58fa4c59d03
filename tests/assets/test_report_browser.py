"""The HTML report opened in a real headless Chromium (Debian `chromium`) from file://: headline figures,
charts and decoded maps are there, and screenshots are saved."""

import os
import re

import pandas as pd
import pytest
from matplotlib import image

from assets.lib.browser import chromium_path, dump_dom, screenshot
from assets.lib.charts import french_number
from tests.assets.editions import build_release, drop_edition_copy
from tests.conftest import FIXTURES, drop_platform_export

# CI sets MOIS_ESS_REQUIRE_BROWSER=1 after installing chromium: a missing browser fails, not skips.
REQUIRED = os.environ.get("MOIS_ESS_REQUIRE_BROWSER") == "1"
pytestmark = pytest.mark.skipif(
    chromium_path() is None and not REQUIRED,
    reason="chromium n'est pas installé (Debian : apt-get install chromium chromium-driver ; voir .ci/run)",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    assert chromium_path() is not None, "MOIS_ESS_REQUIRE_BROWSER=1 but chromium is not installed"
    data_dir = tmp_path_factory.mktemp("browser")
    drop_platform_export(data_dir, 2019, FIXTURES / "plateforme" / "2019")
    drop_edition_copy(data_dir, 2020)
    build_release(data_dir, [2019, 2020])
    return data_dir / "published"


def cards(dom: str) -> dict[str, str]:
    return dict(re.findall(r'data-indicateur="([a-z0-9_]+)"><span class="valeur">([^<]+)</span>', dom))


def assert_rendered(png):
    pixels = image.imread(png)
    assert pixels.shape[0] >= 1000 and pixels.shape[1] == 1280
    assert pixels[..., :3].std() > 0.05  # not a blank page


def test_the_overview_page_renders_its_figures_and_charts(report, tmp_path):
    summary = pd.read_csv(report / "indicateurs_editions.csv")
    latest = summary.iloc[-1]
    dom = dump_dom(report / "rapport" / "index.html")
    figures = cards(dom)
    assert figures["evenements"] == french_number(latest["evenements"])
    assert figures["organisateurs"] == french_number(latest["organisateurs"])
    assert figures["communes_avec_evenement"] == french_number(latest["communes_avec_evenement"])
    assert len(re.findall(r"<svg\b", dom)) >= 2
    assert "Le Mois de l'ESS en chiffres" in dom and "le passage en ligne" in dom
    for year in summary["edition"]:
        assert f'<tr data-edition="{year}">' in dom
    shot = screenshot(report / "rapport" / "index.html", tmp_path / "capture-index.png")
    assert_rendered(shot)


def test_an_edition_page_renders_charts_and_decoded_maps(report, tmp_path):
    summary = pd.read_csv(report / "indicateurs_editions.csv").set_index("edition")
    dom = dump_dom(report / "rapport" / "edition-2019.html")
    assert cards(dom)["evenements"] == french_number(summary.loc[2019, "evenements"])
    assert len(re.findall(r"<svg\b", dom)) == 4
    assert 'data-images-decodees="2/2"' in dom  # both maps decoded by the browser
    assert "Formes d'événements" in dom and "Conférence / débat" in dom  # French labels, in the SVG text
    shot = screenshot(report / "rapport" / "edition-2019.html", tmp_path / "capture-edition-2019.png")
    assert_rendered(shot)
