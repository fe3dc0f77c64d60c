"""Entity tags: the people, places and organisations each story is about (a Pelican plugin).

`tag()` is what the ingest calls for each story; `metadata.header_fields()` turns its result
into the page header. At build time the plugin makes names consistent across the archive
(canon.py) and applies the editor's overrides in content/entities.toml (overrides.py).

Importing this package imports nothing else: the ingest imports `tag` while its own package
is still loading, so the tagger's modules (which use the ingest's data model) load on first use.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backfile_ingest.model import Entities

# Pelican loads plugins from PLUGIN_PATHS without putting that folder on sys.path; the shared
# data model lives in the sibling plugin backfile_ingest, which in turn imports `tag` from here.
_PLUGINS = str(Path(__file__).resolve().parent.parent)
if _PLUGINS not in sys.path:
    sys.path.append(_PLUGINS)

__all__ = ["register", "tag"]


def tag(title: str, paragraphs: list[str], *, dateline: str | None = None) -> Entities:
    """Salient entities of one story, canonical names by type, most salient first."""
    from .tagger import tag as tag_story

    return tag_story(title, paragraphs, dateline=dateline)


def register() -> None:
    """Pelican entry point: the archive-wide pass runs before tag pages are made."""
    from pelican import signals

    from .build import apply_to_generator

    signals.article_generator_pretaxonomy.connect(apply_to_generator)
