"""Backfile's tasks (`invoke --list`). The Makefile only bootstraps the environment."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))


@task(help={"settings": "Pelican settings file (publishconf.py for the published site)",
            "output": "folder the finished site is swapped into"})
def build(c, settings="pelicanconf.py", output="output"):
    """Ingest the dumps, render the site with Pelican and export the search index.

    Atomic: Pelican writes into a fresh folder beside `output`, which replaces `output`
    only when the build succeeded; a failed or interrupted build keeps the old one.
    """
    from backfile_publish.build import BuildError, build_site

    try:
        build_site(ROOT, settings, ROOT / output)
    except BuildError as error:
        sys.exit(f"build failed: {error}")


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


@task
def test(c):
    """Run the whole test suite (browser and Node tests skip, saying why, where unavailable)."""
    result = c.run(f"{sys.executable} -m pytest", warn=True, pty=False)
    sys.exit(result.exited)


@task
def lock(c):
    """Re-pin requirements.lock from requirements.in in a throwaway environment."""
    raise NotImplementedError
