"""The sample archive, ingested and built for real: one entity page per canonical name."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ["kim-jong-un", "vladimir-putin", "chiu-chui-cheng", "william-lai", "pope-francis",
            "mainland-affairs-council", "north-korea", "russia", "taiwan", "united-states"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    content = root / "content"
    shutil.copytree(ROOT / "content" / "dumps", content / "dumps")
    out = root / "output"
    subprocess.run([sys.executable, "-m", "pelican", str(content), "-s", "pelicanconf.py",
                    "-o", str(out)], cwd=ROOT, check=True, capture_output=True)
    return out


def test_each_sample_entity_has_one_page(site: Path) -> None:
    pages = {p.stem for p in (site / "entities").glob("*.html")}
    missing = [slug for slug in EXPECTED if slug not in pages]
    assert not missing, f"no entity page for {missing}; pages: {sorted(pages)}"
    # Short forms are aliases, never pages of their own.
    assert not pages & {"putin", "kim", "chiu", "mac", "us", "francis", "kremlin", "pyongyang"}


def test_no_junk_pages(site: Path) -> None:
    pages = {p.stem for p in (site / "entities").glob("*.html")}
    junk = {"russian", "taiwanese", "north-korean", "president", "photo", "when", "shortly",
            "saturday", "security", "carrot-and-stick", "putin-said"}
    assert not pages & junk


def test_cjk_and_acronym_aliases_in_the_story_header(site: Path) -> None:
    stories = site.parent / "content" / "stories"
    headers = "".join(p.read_text(encoding="utf-8").split("\n\n", 1)[0]
                      for p in stories.glob("*.md"))
    assert "Chiu Chui-cheng = Chiu | 邱垂正" in headers
    assert "Mainland Affairs Council = MAC" in headers
    assert "William Lai = 賴清德" in headers
