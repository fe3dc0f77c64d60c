"""Backfile's archive pages: what Pelican doesn't give a news archive.

Date archives with calendars, entity directory and A-Z index, related stories,
neighbours, home-page timeline, about/404 pages, sitemap and OpenSearch
description, summary-only entity feeds and feed entries titled with the headline as text
(feeds.py), story listings numbered from the oldest page (pagination.py). Everything is
computed once per build in ArchiveGenerator's context step (linear or n log n in the
archive's size), so templates only read precomputed values.
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from .cards import card
from .feed_entries import install as entry_once
from .feeds import install as text_feed_titles
from .feeds import summaries_only
from .generator import ArchiveGenerator
from .pagination import install as stable_pagination
from .presentation import human_date, iso_date, plural, script_json
from .raw_dumps import publish_as_text

PAGINATED = {"archive_period": None, "entity_letter": 100, "entity_kind": 100}


def _configure(pelican: Any) -> None:
    """Add our Jinja filters and paginated templates before Pelican builds its generators."""
    settings = pelican.settings
    settings["JINJA_FILTERS"] = {
        **settings.get("JINJA_FILTERS", {}),
        "human_date": human_date, "iso_date": iso_date, "plural": plural,
        "script_json": script_json, "card": card,
    }
    settings["PAGINATED_TEMPLATES"] = {**PAGINATED, **settings["PAGINATED_TEMPLATES"]}
    stable_pagination()
    text_feed_titles()
    entry_once()
    siteurl = settings.get("SITEURL", "")
    settings["BACKFILE_SITE_ROOT"] = siteurl if siteurl.startswith(("http://", "https://")) else ""


def _keep_original_url(sender: Any, metadata: dict[str, Any]) -> None:
    """A story's original address (`Original-Url:`, or `Url:` as the contract first named
    it) becomes `original_url`. A `Url:` key must not stay: Pelican would take it as the
    page's own URL (override_url) and every link to the story would leave the archive."""
    if "url" in metadata:
        metadata["original_url"] = metadata.pop("url")
    if metadata.get("original-url"):
        metadata["original_url"] = metadata["original-url"]


def _generators(pelican: Any) -> type[ArchiveGenerator]:
    return ArchiveGenerator


def register() -> None:
    signals.initialized.connect(_configure)
    signals.article_generator_context.connect(_keep_original_url)
    signals.get_generators.connect(_generators)
    signals.feed_generated.connect(summaries_only)
    signals.static_generator_finalized.connect(publish_as_text)
