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


@task(help={"dumps": "folder of raw dumps", "out": "folder for the story pages"})
def ingest(c, dumps="content/dumps", out="content/stories"):
    """Split raw dumps into one Markdown page per story."""
    raise NotImplementedError("lands with issue 2")


@task(help={"query": "Whoosh query syntax", "limit": "how many results", "json": "print JSON",
            "settings": "Pelican settings file naming the index"})
def search(c, query, limit=10, json=False, settings="pelicanconf.py"):
    """Search the built archive's index from the terminal (Whoosh's own query parser)."""
    import dataclasses
    import json as jsonlib
    import runpy

    from backfile_search import index_path
    from backfile_search.query import search as run_search
    from whoosh import index as whoosh_index

    conf = runpy.run_path(str(ROOT / settings))
    conf.setdefault("PATH", "content")
    conf["PATH"] = str(ROOT / conf["PATH"])
    where = index_path(conf)
    if not whoosh_index.exists_in(str(where)):
        sys.exit(f"No search index at {where}: run `invoke build` first.")
    hits = run_search(whoosh_index.open_dir(str(where)), query, limit=int(limit))
    if json:
        print(jsonlib.dumps([dataclasses.asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        print(f"No stories match {query!r}.")
    for rank, hit in enumerate(hits, 1):
        print(f"{rank:3}. {hit.score:7.3f}  {hit.date or '          '}  {hit.title}\n"
              f"                         {hit.url}")


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
