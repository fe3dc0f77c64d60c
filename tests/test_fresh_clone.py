"""`make build` works from a fresh clone: everything the build needs is committed.

Uses the already-installed virtual environment (Make's BIN and STAMP overridden) since
installing from the lock needs the network. Checks the committed HEAD, not uncommitted
edits.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_make_build_from_a_fresh_clone(tmp_path: Path) -> None:
    if shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("git and make are needed: `apt-get install git make`")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)],
                   check=True)
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than the clone's requirements.lock: Make skips the bootstrap
    venv_bin = Path(sys.executable).parent
    result = subprocess.run(["make", "build", f"BIN={venv_bin}", f"STAMP={stamp}"], cwd=clone,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (clone / "output" / "index.html").is_file()
    assert sorted(p.name for p in clone.iterdir() if p.name.startswith("output")) == ["output"]
