"""Backfile's tasks (`invoke --list`). The Makefile only bootstraps the environment."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))  # settings files import pelicanconf


@task(help={"settings": "Pelican settings file (publishconf.py for the published site)",
            "output": "folder the finished site is swapped into",
            "force": "build even if nothing changed since the last build"})
def build(c, settings="pelicanconf.py", output="output", force=False):
    """Ingest the dumps, render the site with Pelican and export the search index.

    Atomic: Pelican writes into a fresh folder beside `output`, which replaces `output`
    only when the build succeeded; a failed or interrupted build keeps the old one.
    When no input changed since the last build into `output`, there is nothing to do.
    """
    from backfile_publish.build import BuildError, build_site
    from backfile_publish.freshness import forget, is_fresh, record

    destination = ROOT / output
    if not force and is_fresh(ROOT, settings, destination):
        print(f"Nothing changed since the last build: {output}/ is up to date "
              "(`invoke build --force` rebuilds anyway).")
        return
    forget(ROOT, settings, destination)
    try:
        # seed: start from a hard-linked copy of the previous output, so unchanged pages
        # are neither re-rendered nor rewritten (backfile_speed; issue 7); the old output is
        # deleted by a detached process once the new one is in place
        build_site(ROOT, settings, destination, seed=True, detach_cleanup=True)
    except BuildError as error:
        sys.exit(f"build failed: {error}")
    record(ROOT, settings, destination)


@task(help={
    "dumps": "folder of raw dumps",
    "out": "folder for the story pages",
    "settings": "Pelican settings file for the default section and date",
})
def ingest(c, dumps="content/dumps", out="content/stories", settings="pelicanconf.py"):
    """Split raw dumps into one Markdown page per story, printing a summary and problems."""
    from backfile_ingest import published_as, settings_from
    from backfile_ingest.pipeline import run_ingest
    from pelican.settings import read_settings

    pelican_settings = read_settings(str(ROOT / settings))
    ingest_settings = settings_from(pelican_settings, ROOT)
    ingest_settings.dumps, ingest_settings.stories = Path(dumps), Path(out)
    ingest_settings.published_as = published_as(
        ROOT / dumps, Path(pelican_settings["PATH"])) or "dumps"
    ingest_settings.progress = True
    report = run_ingest(ingest_settings)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary())
    if report.errors:
        print(f"{len(report.errors)} dumps or lines could not be ingested (see above); "
              "the rest were.", file=sys.stderr)


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

@task(help={"port": "port on 127.0.0.1 (default 8000)",
            "settings": "Pelican settings file"})
def livereload(c, port=8000, settings="pelicanconf.py"):
    """Serve output/ on http://127.0.0.1:PORT/ and rebuild (incrementally) on every change.

    Watches content/ (dumps, story pages, entities.toml), theme/ and the settings file.
    """
    from backfile_speed.serve import start_server, watch_and_build

    server = start_server(ROOT / "output", int(port))
    print(f"serving {ROOT / 'output'} at http://127.0.0.1:{server.server_port}/index.html "
          "(Ctrl-C stops)", flush=True)
    sources = [ROOT / "content", ROOT / "theme", ROOT / settings]
    try:
        watch_and_build(sources, lambda: build(c, settings=settings))
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


@task(help={"dist": "folder the zip is written to"})
def offline(c, dist="dist"):
    """Build the site for file:// and zip it as <dist>/backfile-archive-YYYY-MM-DD.zip.

    The date is the build date (UTC). Unzipped anywhere, its index.html opens in a
    browser straight from disk; a README.txt inside says so.
    """
    from backfile_publish.offline import make_offline_zip

    build(c, settings="pelicanconf.py")
    print(f"wrote {make_offline_zip(ROOT / 'output', ROOT / dist)}")


@task(help={"push": "push the branch (--no-push to only commit it locally)",
            "remote": "git remote to push to", "branch": "branch GitHub Pages serves",
            "settings": "Pelican settings file"})
def gh_pages(c, push=True, remote="origin", branch="gh-pages", settings="publishconf.py"):
    """Build the published site and commit it to the gh-pages branch with ghp-import.

    Adds .nojekyll, and a CNAME file when BACKFILE_CNAME is set (publishconf.py or the
    environment). Without BACKFILE_SITEURL the site URL is worked out from the remote
    (https://<owner>.github.io/<repo>) or the custom domain.
    """
    import os

    from backfile_publish.ghpages import pages_url_from_remote, publish_branch, remote_url
    from pelican.settings import read_settings

    published = read_settings(str(ROOT / settings))
    site_url = published["SITEURL"] or pages_url_from_remote(remote_url(ROOT, remote))
    if not site_url:
        sys.exit("set BACKFILE_SITEURL (e.g. https://you.github.io/repo) or BACKFILE_CNAME")
    build_env = {**os.environ, "BACKFILE_SITEURL": site_url}
    from backfile_publish.build import BuildError, build_site

    try:
        build_site(ROOT, settings, ROOT / "output", env=build_env)
    except BuildError as error:
        sys.exit(f"build failed: {error}")
    os.chdir(ROOT)
    publish_branch(ROOT / "output", branch=branch, remote=remote, push=push,
                   cname=published["BACKFILE_CNAME"])
    print(f"{branch} updated for {site_url}" + (f" (pushed to {remote})" if push else ""))


@task
def lock(c):
    """Re-pin requirements.lock from requirements.in in a throwaway environment."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="backfile-lock-") as scratch:
        venv = Path(scratch) / "venv"
        c.run(f"{sys.executable} -m venv {venv}", pty=False)
        pip = f"{venv}/bin/python -m pip --disable-pip-version-check"
        c.run(f"{pip} install --quiet -r {ROOT / 'requirements.in'}", pty=False)
        frozen = c.run(f"{pip} freeze --all --exclude pip --exclude setuptools", hide=True,
                       pty=False).stdout
    pins = sorted((line for line in frozen.splitlines() if "==" in line), key=str.lower)
    (ROOT / "requirements.lock").write_text("\n".join(pins) + "\n")
    print(f"requirements.lock: {len(pins)} pins")
