"""The one place the ingest calls the entity tagger (plugins/backfile_entities).

If the tagger is not installed the ingest still works, with no entity tags.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .model import Entities, Story

# Pelican imports plugins from PLUGIN_PATHS without putting that folder on sys.path.
_PLUGINS = str(Path(__file__).resolve().parent.parent)
if _PLUGINS not in sys.path:
    sys.path.append(_PLUGINS)

try:
    from backfile_entities import tag as _tag
except ImportError:  # the tagger is optional
    _tag = None


def tag_story(story: Story) -> Entities:
    """The story's people, places and organisations (empty without the tagger)."""
    if _tag is None:
        return Entities()
    return _tag(story.title, story.paragraphs, dateline=story.dateline)


def keep_tagger_tables(folder: Path) -> None:
    """Let the tagger keep the gazetteer tables it builds in `folder` between builds."""
    if _tag is None:
        return
    from backfile_entities import gazetteer

    gazetteer.keep_on_disk(folder)


def known_place(name: str) -> bool:
    """Whether the tagger's gazetteer knows `name` (`NEW DELHI`, `Mumbai`) as a place: an
    Indian paper's `NEW DELHI: ` opening the lede is its dateline, not a kicker. Loads the
    gazetteer only when asked (False without the tagger)."""
    if _tag is None:
        return False
    from backfile_entities.evidence import place_of
    from backfile_entities.gazetteer import load

    return place_of(name.title(), load()) is not None
