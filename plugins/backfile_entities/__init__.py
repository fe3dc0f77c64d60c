"""Entity tags: the people, places and organisations each story is about (a Pelican plugin).

`tag()` is what the ingest calls for each story. At build time the plugin makes names consistent
across the whole archive (canon.py) and applies the editor's overrides (content/entities.toml).
"""

from __future__ import annotations

from .tagger import tag

__all__ = ["register", "tag"]


def register() -> None:
    """Pelican entry point; the build-time pass lands in build.py."""
