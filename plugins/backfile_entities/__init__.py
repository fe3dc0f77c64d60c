"""Entity tags: the people, places and organisations each story is about (a Pelican plugin).

`tag()` is what the ingest calls for each story; `metadata.header_fields()` turns its result
into the page header. At build time the plugin makes names consistent across the archive
(canon.py) and applies the editor's overrides in content/entities.toml (overrides.py).
"""

from __future__ import annotations

from pelican import signals

from .build import apply_to_generator
from .tagger import tag

__all__ = ["register", "tag"]


def register() -> None:
    """Pelican entry point: the archive-wide pass runs before tag pages are made."""
    signals.article_generator_pretaxonomy.connect(apply_to_generator)
