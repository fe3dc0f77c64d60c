"""Build a small archive from the fixture stories with Pelican (in a subprocess) for theme tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "archive"


def build_archive(workdir: Path, siteurl: str = "", stories: Path = FIXTURES / "stories",
                  extra_settings: str = "") -> Path:
    """Copy the fixture stories and dump into `workdir`, render them, return the output folder.

    Only the theme's own plugin runs, so these tests do not depend on the ingest.
    """
    content = workdir / "content"
    shutil.copytree(stories, content / "stories")
    shutil.copytree(FIXTURES / "dumps", content / "dumps")
    (content / "pages").mkdir()
    out = workdir / "output"
    settings = workdir / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from pelicanconf import *  # noqa\n"
        f"PATH = {str(content)!r}\nTHEME = {str(ROOT / 'theme')!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nPLUGINS = ['backfile_archive']\n"
        f"CACHE_PATH = {str(workdir / 'cache')!r}\nLOAD_CONTENT_CACHE = False\n"
        f"SITEURL = FEED_DOMAIN = {siteurl!r}\n{extra_settings}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(settings), "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True,
    )
    if result.returncode != 0 or "ERROR" in result.stdout + result.stderr:
        raise RuntimeError(f"Pelican failed:\n{result.stdout}\n{result.stderr}")
    (workdir / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    return out
