"""Backfile's tasks (`invoke --list`). The Makefile only bootstraps the environment."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))


@task(help={"settings": "Pelican settings file (publishconf.py for the published site)"})
def build(c, settings="pelicanconf.py"):
    """Ingest the dumps, render the site with Pelican and export the search index."""
    c.run(f"{sys.executable} -m pelican content -s {settings} -o output", pty=False)


@task(help={
    "dumps": "folder of raw dumps",
    "out": "folder for the story pages",
    "settings": "Pelican settings file for the default section and date",
})
def ingest(c, dumps="content/dumps", out="content/stories", settings="pelicanconf.py"):
    """Split raw dumps into one Markdown page per story, printing a summary and problems."""
    from backfile_ingest import settings_from
    from backfile_ingest.pipeline import run_ingest
    from pelican.settings import read_settings

    ingest_settings = settings_from(read_settings(str(ROOT / settings)), ROOT)
    ingest_settings.dumps, ingest_settings.stories = Path(dumps), Path(out)
    ingest_settings.progress = True
    report = run_ingest(ingest_settings)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    if report.errors:
        print(f"{len(report.errors)} dumps or lines could not be ingested (see above); "
              "the rest were.", file=sys.stderr)


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
