"""Backfile's tasks (`invoke --list`). The Makefile only bootstraps the environment."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))


@task(help={"settings": "Pelican settings file (publishconf.py for the published site)"})
def build(c, settings="pelicanconf.py"):
    """Ingest the dumps, render the site with Pelican and export the search index."""
    c.run(f"{sys.executable} -m pelican content -s {settings} -o output", pty=False)


@task(help={"dumps": "folder of raw dumps", "out": "folder for the story pages"})
def ingest(c, dumps="content/dumps", out="content/stories"):
    """Split raw dumps into one Markdown page per story."""
    raise NotImplementedError("lands with issue 2")


@task(help={"query": "Whoosh query syntax", "limit": "how many results", "json": "print JSON"})
def search(c, query, limit=10, json=False):
    """Search the built archive's index from the terminal."""
    raise NotImplementedError("lands with issue 4")


@task(help={"name": "which benchmark: a module in bench/ (e.g. ingest, tagger, search, scale)"})
def bench(c, name):
    """Run a benchmark and print its figures (medians, ratios measured in one run)."""
    importlib.import_module(f"bench.{name}").run()


@task(help={"name": "which evaluation: a module in bench/ (e.g. segmentation, entities)"})
def evaluate(c, name):
    """Measure quality (segmentation, entity tags) against the corpora and gold sets."""
    importlib.import_module(f"bench.eval_{name}").run()


def _node_modules_stale() -> bool:
    """True when node_modules is missing or older than package-lock.json (npm ci then runs)."""
    installed = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    return lock.exists() and (
        not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime)


@task
def test(c):
    """Run the whole test suite (browser and Node tests skip, saying why, where unavailable)."""
    if _node_modules_stale():
        if shutil.which("npm"):
            c.run("npm ci --no-audit --no-fund", warn=True, pty=False)
        else:
            print("npm not found: accessibility tests will skip (apt-get install nodejs npm)")
    result = c.run(f"{sys.executable} -m pytest", warn=True, pty=False)
    sys.exit(result.exited)


@task(help={"site": "built site to photograph (default: output/, or the theme's fixture "
                    "archive when output/ has no stories)",
            "out": "folder for the PNGs"})
def screenshots(c, site="", out="docs"):
    """Screenshot the home, a story and an entity page at 375 and 1280 px for the README."""
    from tests.theme_screenshots import take_screenshots

    for path in take_screenshots(Path(site) if site else None, ROOT / out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


@task
def lock(c):
    """Re-pin requirements.lock from requirements.in in a throwaway environment."""
    raise NotImplementedError
