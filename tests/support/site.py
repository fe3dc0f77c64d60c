"""Build small Pelican sites with the search plugin into a temporary folder (tests only)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STORY = """Title: {title}
Date: {date}
Category: {section}
Slug: {slug}
Summary: {summary}
People: {people};
Places: London;
Organizations: Acme Corp;
Tags: {people}; London; Acme Corp;

{body}
"""


def write_story(content: Path, slug: str, title: str, body: str, date: str = "2005-03-01",
                section: str = "Business", people: str = "Jane Doe") -> None:
    stories = content / "stories"
    stories.mkdir(parents=True, exist_ok=True)
    (stories / f"{slug}.md").write_text(STORY.format(
        title=title, date=date, section=section, slug=slug, summary=body.split(".")[0],
        people=people, body=body), encoding="utf-8")


def build(site: Path) -> subprocess.CompletedProcess[str]:
    settings = site / "conf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"PATH = {str(site / 'content')!r}\nTHEME = {str(ROOT / 'theme')!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
        "PLUGINS = [p for p in PLUGINS if p != 'backfile_ingest']\n"
        "STATIC_PATHS = []\nCACHE_CONTENT = False\nLOAD_CONTENT_CACHE = False\n",
        encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(site / "content"), "-s", str(settings),
         "-o", str(site / "output"), "--debug"],
        cwd=site, capture_output=True, text=True, check=True,
        env={**os.environ, "COLUMNS": "500"})  # keep the log line on one line
