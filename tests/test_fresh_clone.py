"""From a fresh clone, `make build`, `invoke offline` and `invoke gh-pages` all work.

Everything they need must be committed. Uses the already-installed virtual environment
(Make's BIN and STAMP overridden) since installing from the lock needs the network.
Checks the committed HEAD, not uncommitted edits.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


def _run(command: list[str], cwd: Path, **env: str) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("git and make are needed: `apt-get install git make`")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    top = tmp_path_factory.mktemp("fresh")
    clone = top / "clone"
    _run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], top)
    for key, value in (("user.name", "Test"), ("user.email", "test@example.org")):
        _run(["git", "config", key, value], clone)
    return clone


def test_make_build(clone: Path, tmp_path: Path) -> None:
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than the clone's requirements.lock: Make skips the bootstrap
    _run(["make", "build", f"BIN={VENV_BIN}", f"STAMP={stamp}"], clone)
    assert (clone / "output" / "index.html").is_file()
    assert sorted(p.name for p in clone.iterdir() if p.name.startswith("output")) == ["output"]


def test_invoke_offline_writes_a_zip_named_for_today(clone: Path) -> None:
    before = dt.datetime.now(dt.UTC).date()
    _run([str(VENV_BIN / "invoke"), "offline"], clone)
    days = {before, dt.datetime.now(dt.UTC).date()}  # the build may straddle midnight
    zips = sorted((clone / "dist").glob("*.zip"))
    assert [z.name for z in zips] in ([f"backfile-archive-{d.isoformat()}.zip"] for d in days)
    name = zips[0].stem
    with zipfile.ZipFile(zips[0]) as archive:
        assert {f"{name}/index.html", f"{name}/README.txt"} <= set(archive.namelist())


def test_invoke_gh_pages_commits_the_published_site(clone: Path) -> None:
    _run([str(VENV_BIN / "invoke"), "gh-pages", "--no-push"], clone,
         BACKFILE_SITEURL="https://ann.github.io/news", BACKFILE_CNAME="news.example.org")
    files = _run(["git", "ls-tree", "--name-only", "gh-pages"], clone).split()
    assert {".nojekyll", "CNAME", "index.html"} <= set(files)
    feed = _run(["git", "show", "gh-pages:feeds/all.atom.xml"], clone)
    assert 'href="https://ann.github.io/news/' in feed
    assert _run(["git", "rev-parse", "--abbrev-ref", "HEAD"], clone).strip() != "gh-pages"
