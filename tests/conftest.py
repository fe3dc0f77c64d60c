"""Shared, expensive fixtures: sites built once per test session."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.archive_build import build_archive

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ServedSite:
    """A built site on disk and the URL a local http.server serves it at."""

    root: Path
    base_url: str


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """http.server's file handler without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default build (pelicanconf.py, for file://) of the project's content."""
    from backfile_publish.build import build_site

    return build_site(ROOT, "pelicanconf.py", tmp_path_factory.mktemp("offline") / "output")


@pytest.fixture(scope="session")
def served_publish_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    """The publish build (publishconf.py) served under /repo/, as GitHub Pages serves a fork."""
    from backfile_publish.build import build_site

    top = tmp_path_factory.mktemp("pages")
    handler = functools.partial(QuietHandler, directory=str(top))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/repo/"
    root = build_site(ROOT, "publishconf.py", top / "repo",
                      env={"BACKFILE_SITEURL": base_url.rstrip("/")})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ServedSite(root, base_url)
    finally:
        server.shutdown()
        server.server_close()

@pytest.fixture(scope="session")
def archive_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture stories as built locally (relative SITEURL), three to a list page."""
    return build_archive(tmp_path_factory.mktemp("archive"),
                         extra_settings="DEFAULT_PAGINATION = 3")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same stories built as for GitHub Pages under a sub-path (absolute SITEURL)."""
    return build_archive(tmp_path_factory.mktemp("published"),
                         siteurl="https://example.org/backfile")
