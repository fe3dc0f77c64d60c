"""The one place the ingest calls the entity tagger (plugins/backfile_entities).

If the tagger is not installed the ingest still works, with no entity tags.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from functools import cache
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
    from .cues import is_editors_note  # (cues imports this module)

    # an editor's note (`EDITOR'S NOTE \u2014 This story contains ...`) is about the story
    paragraphs = [p for p in story.paragraphs if not is_editors_note(p)]
    return _tag(story.title, paragraphs, dateline=story.dateline)


def keep_tagger_tables(folder: Path) -> None:
    """Let the tagger keep the gazetteer tables it builds in `folder` between builds."""
    if _tag is None:
        return
    from backfile_entities import gazetteer

    gazetteer.keep_on_disk(folder)


def load_tagger_tables() -> None:
    """Build (or read back) the tagger's gazetteer in this process now. Called before the
    ingest forks its workers, so they share one copy instead of each building their own
    (about 0.8 CPU-second a build, the first tag in every worker of a full build)."""
    if _tag is None:
        return
    from backfile_entities.gazetteer import load

    with suppress(Exception):  # (each story's tagging meets it again and reports it)
        load()


def known_place(name: str) -> bool:
    """Whether the tagger's gazetteer knows `name` (`NEW DELHI`, `Mumbai`) as a place: an
    Indian paper's `NEW DELHI: ` opening the lede is its dateline, not a kicker. Loads the
    gazetteer only when asked (False without the tagger)."""
    if _tag is None:
        return False
    from backfile_entities.evidence import place_of
    from backfile_entities.gazetteer import load

    return place_of(name.title(), load()) is not None


def known_given_name(word: str) -> bool:
    """Whether the tagger's gazetteer lists `word` as a given name (`Marie`, `Hans-Jürgen` by
    its first part, `JOÃO`; not `Three`, `County`): a byline opened by `Par`, `Von`, `Por`, `Di`
    or `Door` counts only then. The tagger leaves month names out of its given names ("Jan 5" is
    a date), but right after a byline's opener "Jan" is Jan de Vries. Loads the gazetteer only
    when asked (False without the tagger)."""
    if _tag is None:
        return False
    names = _byline_given_names()
    return word.lower() in names or word.lower().split("-")[0] in names


@cache
def _byline_given_names() -> frozenset[str]:
    from backfile_entities.gazetteer import load
    from backfile_entities.lexicon import MONTHS

    return load().given_names | MONTHS
