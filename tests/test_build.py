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
    stories = sorted((out / "stories").glob("*.html"))
    assert len(stories) == 5  # the sample dump's five stories
    assert (out / "dumps" / "000_347963c6eb78a301.txt").is_file()  # provenance target
