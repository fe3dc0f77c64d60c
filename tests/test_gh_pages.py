"""`invoke gh-pages` commits the built site to a branch with .nojekyll and CNAME."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from backfile_publish.ghpages import pages_url_from_remote, publish_branch, remote_url


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with one commit on main and a bare `origin`, as the cwd."""
    origin = tmp_path / "origin.git"
    work = tmp_path / "work"
    _git(tmp_path, "init", "-q", "--bare", str(origin))
    _git(tmp_path, "init", "-q", "-b", "main", str(work))
    for key, value in (("user.name", "Test"), ("user.email", "test@example.org")):
        _git(work, "config", key, value)
    (work / "README.md").write_text("source\n")
    _git(work, "add", "README.md")
    _git(work, "commit", "-q", "-m", "source")
    _git(work, "remote", "add", "origin", str(origin))
    monkeypatch.chdir(work)
    return work


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "stories").mkdir(parents=True)
    (site / "index.html").write_text("<h1>home</h1>")
    (site / "stories" / "_a.html").write_text("<h1>a</h1>")  # Jekyll would drop a leading _
    return site


def test_branch_holds_the_site_nojekyll_and_cname(repo: Path, site: Path) -> None:
    publish_branch(site, push=False, cname="news.example.org")
    files = sorted(_git(repo, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert files == [".nojekyll", "CNAME", "index.html", "stories/_a.html"]
    assert _git(repo, "show", "gh-pages:CNAME").strip() == "news.example.org"
    assert _git(repo, "show", "gh-pages:index.html") == "<h1>home</h1>"
    assert _git(repo, "rev-parse", "--abbrev-ref", "HEAD").strip() == "main"


def test_no_cname_file_without_a_custom_domain(repo: Path, site: Path) -> None:
    publish_branch(site, push=False)
    assert "CNAME" not in _git(repo, "ls-tree", "--name-only", "gh-pages").split()


def test_push_updates_the_remote_branch(repo: Path, site: Path) -> None:
    publish_branch(site, push=True)
    (site / "index.html").write_text("<h1>home, again</h1>")
    publish_branch(site, push=True)
    origin = Path(remote_url(repo, "origin"))
    assert _git(origin, "show", "gh-pages:index.html") == "<h1>home, again</h1>"


def test_refuses_a_folder_that_is_not_a_built_site(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"index\.html"):
        publish_branch(tmp_path / "nothing", push=False)


@pytest.mark.parametrize(("remote", "url"), [
    ("https://github.com/ann/news.git", "https://ann.github.io/news"),
    ("git@github.com:Ann/news", "https://ann.github.io/news"),
    ("ssh://git@github.com/ann/ann.github.io.git", "https://ann.github.io"),
    ("https://gitlab.com/ann/news.git", ""),
    ("", ""),
])
def test_pages_url_from_remote(remote: str, url: str) -> None:
    assert pages_url_from_remote(remote) == url
