"""A story's URL and output name are worked out once per build, equal to Pelican's own."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from backfile_speed.frozen_urls import freeze_urls
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG


def _story(slug: str, **metadata: object) -> Article:
    settings = {**DEFAULT_CONFIG, "ARTICLE_URL": "stories/{date:%Y}/{slug}.html",
                "ARTICLE_SAVE_AS": "stories/{date:%Y}/{slug}.html"}
    return Article("<p>Text</p>", metadata={"title": slug, "slug": slug,
                                             "date": datetime.datetime(2004, 5, 6), **metadata},
                   settings=settings)


def test_frozen_values_equal_pelicans_and_stay_put() -> None:
    story, draft = _story("budget-row"), _story("not-yet", status="draft")
    expected = {id(s): (s.url, s.save_as) for s in (story, draft)}
    freeze_urls(SimpleNamespace(articles=[story], drafts=[draft]))
    for s in (story, draft):
        assert (s.override_url, s.override_save_as) == expected[id(s)]
    story.slug = "renamed-later"  # the freeze is what later reads get, not a re-format
    assert story.url == "stories/2004/budget-row.html"


def test_an_override_from_the_page_is_kept() -> None:
    story = _story("elected", save_as="special/elected.html")
    freeze_urls(SimpleNamespace(articles=[story]))
    assert story.save_as == "special/elected.html"
    assert story.url == "stories/2004/elected.html"
