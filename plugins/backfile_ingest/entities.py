"""The one place the ingest calls the entity tagger (plugins/backfile_entities).

If the tagger is not installed the ingest still works, with no entity tags.
"""

from __future__ import annotations

from .model import Entities, Story

try:
    from backfile_entities import tag as _tag
except ImportError:  # the tagger is optional
    _tag = None


def tag_story(story: Story) -> Entities:
    """The story's people, places and organisations (empty without the tagger)."""
    if _tag is None:
        return Entities()
    return _tag(story.title, story.paragraphs, dateline=story.dateline)
