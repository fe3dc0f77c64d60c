"""Page slugs: ASCII, unique across the archive, and the same on every re-ingest.

A slug is the story's date (as far as it is known) and its headline, run through Pelican's
own `slugify`. Stories whose slugs collide (same date, same headline) are told apart by the
first characters of their source hash, which depend only on their text: the first story in
dump order keeps the plain slug.
"""

from __future__ import annotations

from pelican.utils import slugify

from .model import Story
from .partial_date import PartialDate

MAX_LENGTH = 80
_SUBSTITUTIONS = [(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")]


def base_slug(story: Story, date_text: str) -> str:
    """`2025-04-23-pope-francis-is-be-laid-to-rest` (cut at a hyphen to 80 characters)."""
    words = slugify(story.title, regex_subs=_SUBSTITUTIONS, use_unicode=False) or "story"
    slug = f"{date_text}-{words}" if date_text else words
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def date_text(story: Story) -> str:
    """The date part of a story's slug: as much of its date as is known."""
    return PartialDate(story.date, story.date_precision).iso() if story.date else ""


def unique_slugs(bases: list[tuple[str, str]]) -> list[str]:
    """The slugs of stories given as (base slug, source hash), in dump order: equal bases are
    told apart by the source hash."""
    taken: set[str] = set()
    slugs = []
    for base, source_hash in bases:
        slug, copy = base, 1
        while slug in taken:  # the same text twice over gets -2, -3, ... in dump order
            slug = f"{base}-{source_hash[:8]}" + (f"-{copy}" if copy > 1 else "")
            copy += 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


def assign_slugs(stories: list[Story], date_texts: list[str]) -> None:
    """Give every story a unique slug, in place."""
    slugs = unique_slugs([(base_slug(story, text), story.source_hash)
                          for story, text in zip(stories, date_texts, strict=True)])
    for story, slug in zip(stories, slugs, strict=True):
        story.slug = slug
