"""`invoke build` with no input changed since the last build does nothing, and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sitebuild import make_site

NOTHING = "Nothing changed since the last build"


def _build(site: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", "invoke", "build", *args], cwd=site,
                            env={**os.environ, **(env or {})}, check=True,
                            capture_output=True, text=True)
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_site(tmp_path_factory.mktemp("fresh") / "site", stories=4)
    assert NOTHING not in _build(folder)
    return folder


def _stamp(site: Path) -> int:
    return (site / "output" / "index.html").stat().st_ino


def test_second_build_does_nothing(site: Path) -> None:
    before = _stamp(site)
    assert NOTHING in _build(site)
    assert _stamp(site) == before


def test_an_edited_story_is_built(site: Path) -> None:
    page = site / "content" / "stories" / "story-1.md"
    page.write_text(page.read_text("utf-8").replace("Story number 1", "Story number one"),
                    "utf-8")
    assert NOTHING not in _build(site)
    assert "Story number one" in (site / "output" / "stories" / "story-1.html").read_text("utf-8")
    assert NOTHING in _build(site)


def test_force_settings_and_environment_each_rebuild(site: Path) -> None:
    assert NOTHING not in _build(site, "--force")
    assert NOTHING not in _build(site, env={"BACKFILE_SITEURL": "https://example.org/a"})
    assert NOTHING not in _build(site)  # the variable is gone again
    conf = site / "pelicanconf.py"
    conf.write_text(conf.read_text("utf-8") + "\nSITESUBTITLE = 'changed'\n", "utf-8")
    assert NOTHING not in _build(site)


def test_missing_output_is_rebuilt(site: Path) -> None:
    assert NOTHING in _build(site)
    (site / "output" / "index.html").unlink()
    assert NOTHING not in _build(site)
    assert (site / "output" / "index.html").is_file()
