"""Page slugs: ASCII, unique across the archive, and the same on every re-ingest.

A slug is the story's date (as far as it is known) and its headline, run through Pelican's
own `slugify`. Stories whose slugs collide (same date, same headline) are told apart by the
first characters of their source hash, which depend only on their text: the first story in
dump order keeps the plain slug.
"""

from __future__ import annotations

from pelican.utils import slugify

from .model import Story

MAX_LENGTH = 80
_SUBSTITUTIONS = [(r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-")]


def base_slug(story: Story, date_text: str) -> str:
    """`2025-04-23-pope-francis-is-be-laid-to-rest` (cut at a hyphen to 80 characters)."""
    words = slugify(story.title, regex_subs=_SUBSTITUTIONS, use_unicode=False) or "story"
    slug = f"{date_text}-{words}" if date_text else words
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def assign_slugs(stories: list[Story], date_texts: list[str]) -> None:
    """Give every story a unique slug, in place."""
    taken: set[str] = set()
    for story, date_text in zip(stories, date_texts, strict=True):
        base = base_slug(story, date_text)
        slug, copy = base, 1
        while slug in taken:  # the same text twice over gets -2, -3, ... in dump order
            slug = f"{base}-{story.source_hash[:8]}" + (f"-{copy}" if copy > 1 else "")
            copy += 1
        taken.add(slug)
        story.slug = slug
