"""The sample archive builds end to end."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sample_archive_builds(tmp_path: Path) -> None:
    out = tmp_path / "output"
    subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(out)],
        cwd=ROOT, check=True,
    )
    assert (out / "index.html").is_file()
