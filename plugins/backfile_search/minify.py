"""Minify the search client's scripts in the output, so the search page stays under 50 kB.

The readable sources stay in `theme/static/search/`; only the copies Pelican placed in the
output are replaced. They may be hard links into the live site (a seeded incremental build),
so each is replaced by a new file, never written through.
"""

from __future__ import annotations

import os
from pathlib import Path

from rjsmin import jsmin


def minify_scripts(folder: Path) -> int:
    """Minify every `.js` file in `folder`; return how many were replaced."""
    replaced = 0
    for script in sorted(folder.glob("*.js")):
        text = script.read_text(encoding="utf-8")
        small = jsmin(text)
        if small == text:
            continue
        staging = script.with_name(f".{script.name}.minifying")
        staging.write_text(small, encoding="utf-8")
        os.replace(staging, script)
        replaced += 1
    return replaced
