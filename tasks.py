"""Backfile's tasks (`invoke --list`). The Makefile only bootstraps the environment."""

from __future__ import annotations

import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))


@task(help={"settings": "Pelican settings file (publishconf.py for the published site)"})
def build(c, settings="pelicanconf.py"):
    """Ingest the dumps, render the site with Pelican and export the search index."""
    c.run(f"{sys.executable} -m pelican content -s {settings} -o output", pty=False)


@task
def test(c):
    """Run the whole test suite (browser and Node tests skip, saying why, where unavailable)."""
    result = c.run(f"{sys.executable} -m pytest", warn=True, pty=False)
    sys.exit(result.exited)
