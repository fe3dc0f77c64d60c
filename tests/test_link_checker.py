"""The link checker finds each kind of broken or non-portable link, and only those."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from backfile_publish.links import LinkProblem, check_folder, check_served

from tests.conftest import QuietHandler

HEAD = ('<head><link rel="icon" href="{up}favicon.svg">'
        '<link rel="stylesheet" href="{up}s.css"></head>')
GOOD_HOME = HEAD.format(up="") + """<body><h1 id="top">Home</h1>
<a href="stories/a.html">A</a> <a href="stories/a.html#para-2">A, para 2</a>
<a href="#top">top</a> <a href="search.html?q=kim">search</a> <a href="https://example.org/">out</a>
<a href="mailto:desk@example.org">mail</a> <img src="img/p%20q.png" srcset="img/p%20q.png 2x">
<a href="dumps/d.txt#L3-L9">source</a>
</body>"""
GOOD_STORY = HEAD.format(up="../") + """<body><p id="para-2">Two</p><a href="../index.html">home</a>
<a name="old-style"></a></body>"""


def _site(root: Path, home: str = GOOD_HOME) -> Path:
    (root / "stories").mkdir(parents=True)
    (root / "img").mkdir()
    (root / "dumps").mkdir()
    (root / "index.html").write_text(home)
    (root / "search.html").write_text(HEAD.format(up="") + "<body></body>")
    (root / "stories" / "a.html").write_text(GOOD_STORY)
    (root / "img" / "p q.png").write_bytes(b"png")
    (root / "dumps" / "d.txt").write_text("raw")
    (root / "favicon.svg").write_text("<svg/>")
    (root / "s.css").write_text("body { background: url('img/p%20q.png') }")
    return root


def test_a_good_site_has_no_problems(tmp_path: Path) -> None:
    assert check_folder(_site(tmp_path)) == []


@pytest.mark.parametrize(("link", "reason"), [
    ('<a href="stories/missing.html">x</a>', "does not exist"),
    ('<a href="stories/a.html#nowhere">x</a>', "no id 'nowhere'"),
    ('<a href="#nowhere">x</a>', "no id 'nowhere'"),
    ('<a href="/stories/a.html">x</a>', "root-absolute"),
    ('<link rel="alternate" href="/feeds/all.atom.xml">', "root-absolute"),
    ('<a href="stories/">x</a>', "folder"),
    ('<a href="./">x</a>', "folder"),
    ('<a href="stories">x</a>', "does not exist"),
    ('<a href="../elsewhere.html">x</a>', "above the site's root"),
    ('<img src="img/missing.png">', "does not exist"),
    ('<script src="/search.js"></script>', "root-absolute"),
    ('<div style="background: url(/bg.png)"></div>', "root-absolute"),
])
def test_each_broken_link_is_reported_with_page_and_line(tmp_path: Path, link: str,
                                                          reason: str) -> None:
    _site(tmp_path, GOOD_HOME.replace("</body>", f"\n{link}\n</body>"))
    problems = check_folder(tmp_path)
    assert len(problems) == 1, problems
    assert problems[0].page == "index.html"
    assert problems[0].line == GOOD_HOME.count("\n") + 2
    assert reason in problems[0].reason


def test_a_page_without_an_icon_is_reported(tmp_path: Path) -> None:
    _site(tmp_path)
    (tmp_path / "search.html").write_text("<body>no head</body>")
    assert [p.page for p in check_folder(tmp_path)] == ["search.html"]
    assert "favicon" in check_folder(tmp_path)[0].reason


def test_root_absolute_url_in_a_stylesheet_is_reported(tmp_path: Path) -> None:
    _site(tmp_path)
    (tmp_path / "s.css").write_text("a {}\nb { background: url(\"/img/p.png\") }")
    assert check_folder(tmp_path) == [
        LinkProblem("s.css", 2, "/img/p.png",
                    "root-absolute URL: breaks under a sub-path and from file://")]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """`tmp_path/repo` served by http.server at http://127.0.0.1:<port>/repo/."""
    root = _site(tmp_path / "repo")
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/repo/"
    finally:
        server.shutdown()
        server.server_close()


def test_served_site_checks_over_http(served: tuple[Path, str]) -> None:
    root, base = served
    assert check_served(root, base) == []
    (root / "stories" / "a.html").write_text(
        GOOD_STORY + f'<a href="{base}index.html">abs</a><a href="../img">dir</a>')
    reasons = sorted(p.reason for p in check_served(root, base))
    assert reasons == ["absolute link to this site: make it relative",
                       "target img does not exist"]
