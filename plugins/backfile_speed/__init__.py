"""Backfile's speed plugin: Pelican fast paths for large archives (issue 7).

List it FIRST in PLUGINS so its stage marks bracket the other plugins' work.
"""

from __future__ import annotations

from backfile_speed import timings


def register() -> None:
    timings.register()
