"""backfile_speed changes how fast the site is built, never a byte of what is built.

The same stories are built with and without the plugin (its taxonomy and archive fast paths,
parallel reading and writing, changed-only writer) and the output trees compared.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sitebuild import make_site, tree

WITHOUT = """from pelicanconf import *  # noqa: F403
PLUGINS = [p for p in PLUGINS if p != "backfile_speed"]  # noqa: F405
"""


def _pelican(site: Path, settings: str, output: str) -> None:
    subprocess.run([sys.executable, "-m", "pelican", "content", "-s", settings, "-o", output],
                   cwd=site, check=True, capture_output=True)


def test_same_output_with_and_without_the_plugin(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=24)
    (site / "without.py").write_text(WITHOUT, encoding="utf-8")
    _pelican(site, "pelicanconf.py", "with")
    _pelican(site, "without.py", "without")
    built = tree(site / "with")
    assert len([name for name in built if name.startswith("entities/")]) > 4
    assert built == tree(site / "without")
