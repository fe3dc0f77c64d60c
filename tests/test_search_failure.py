"""A search stage that fails (it runs in its own process) fails the build and keeps the output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.sitebuild import build, make_site, story_page, tree


def test_failed_search_process_fails_the_build_and_keeps_output(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=4)
    build(site)
    before = tree(site / "output")
    index = site / "cache" / "search"
    shutil.rmtree(index)
    index.write_text("not a folder", encoding="utf-8")  # the index cannot be opened
    (site / "content" / "stories" / "story-9.md").write_text(story_page(9), encoding="utf-8")

    result = subprocess.run([sys.executable, "-m", "invoke", "build"], cwd=site,
                            capture_output=True, text=True)

    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "the search stage failed" in log
    assert "FileExistsError" in log  # the child's traceback reaches the user
    assert tree(site / "output") == before
