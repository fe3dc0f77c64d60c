"""Processes import only what they use: `invoke build`'s own process (staging, the freshness
check, the swap) and the search process need nothing of Pelican, and Pelican's process nothing
of Whoosh (the search process indexes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", ["backfile_publish.build", "backfile_publish.freshness",
                                    "backfile_search"])
def test_module_does_not_import_pelican(module: str) -> None:
    check = (f"import sys; sys.path.insert(0, {str(ROOT / 'plugins')!r}); import {module}; "
             "sys.exit('pelican' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", check], timeout=60).returncode == 0


def test_pelican_side_of_search_does_not_import_whoosh() -> None:
    check = (f"import sys; sys.path.insert(0, {str(ROOT / 'plugins')!r}); import backfile_search; "
             "backfile_search.register(); sys.exit('whoosh' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", check], timeout=60).returncode == 0
