"""Entity tags: the people, places and organisations each story is about (a Pelican plugin).

`tag()` is what the ingest calls for each story; `metadata.header_fields()` turns its result
into the page header. At build time the plugin makes names consistent across the archive
(canon.py) and applies the editor's overrides in content/entities.toml (overrides.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Pelican loads plugins from PLUGIN_PATHS without putting that folder on sys.path; the shared
# data model lives in the sibling plugin backfile_ingest.
_PLUGINS = str(Path(__file__).resolve().parent.parent)
if _PLUGINS not in sys.path:
    sys.path.append(_PLUGINS)

from pelican import signals  # noqa: E402

from .build import apply_to_generator  # noqa: E402
from .tagger import tag  # noqa: E402

__all__ = ["register", "tag"]


def register() -> None:
    """Pelican entry point: the archive-wide pass runs before tag pages are made."""
    signals.article_generator_pretaxonomy.connect(apply_to_generator)
