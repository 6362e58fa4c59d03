"""CITATION.cff, what GitHub's « Cite this repository » and reference managers read, says what the README says."""

import re
import tomllib
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_the_citation_file_names_this_version_and_the_readmes_method_sections():
    citation = yaml.safe_load((REPO_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "dataset"
    assert str(citation["version"]) == project["version"]
    from pipelines.resources import Publisher

    assert Publisher.model_fields["version"].default == project["version"]  # datapackage.json's version
    assert citation["license"] == "etalab-2.0"  # the SPDX identifier of the Licence Ouverte 2.0 the data carry
    headings = set(re.findall(r"^## (.+)$", (REPO_ROOT / "README.md").read_text(encoding="utf-8"), re.MULTILINE))
    named = re.findall(r"« ([^»]+) »", " ".join(citation["message"].split()))
    assert named and all(section in headings for section in named), (named, headings)
