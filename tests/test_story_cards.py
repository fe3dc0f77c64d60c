"""Story cards are rendered once per build and address depth, and reused byte for byte
(backfile_archive/cards.py): a reused card must be exactly what rendering it again would give."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, Template

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from backfile_archive import cards  # noqa: E402
from backfile_archive.presentation import human_date, iso_date, plural  # noqa: E402

LISTING = ('{% from "_macros.html" import story_list, story_item with context %}'
           '{{ story_list(stories, heading) }}|{{ story_item(stories[0], heading) }}')


class Story:
    """A story as the macros read it; counts how often a card reads its title."""

    def __init__(self, slug: str, title: str, summary: str) -> None:
        self._title, self.reads, self.siteurl = title, 0, ""
        self.kicker, self.category = "", "Politics"
        self.metadata = {"summary": summary}
        self.summary = summary
        facts = SimpleNamespace(day=date(2024, 3, 1), precision="day", truncated=False)
        self.backfile = SimpleNamespace(url=f"stories/{slug}.html", facts=facts,
                                        section_url="sections/politics.html",
                                        date_label="1 March 2024")

    @property
    def title(self) -> str:
        self.reads += 1
        return self._title

    def get_siteurl(self) -> str:
        return self.siteurl


def _environment(with_cache: bool = True) -> Environment:
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(iso_date=iso_date, human_date=human_date, plural=plural)
    env.filters["card"] = cards.card if with_cache else (
        lambda macro, story, *args: macro(story, *args))
    return env


def _listing(env: Environment) -> Template:
    return env.from_string(LISTING)


def test_a_card_is_rendered_once_and_reused_byte_for_byte() -> None:
    stories = [Story("a", "Vote <b>count</b> & recount", "<p>In brief.</p>"), Story("b", "B", "")]
    env = _environment()
    first = _listing(env).render(stories=stories, heading="h3", SITEURL="..")
    second = _listing(env).render(stories=stories, heading="h3", SITEURL="..")
    # two renders: the list's card once, the bare story_item (not cached) twice
    assert stories[0].reads == 3
    plain = _listing(_environment(with_cache=False)).render(
        stories=stories, heading="h3", SITEURL="..")
    assert first == second == plain
    assert "Vote &lt;b&gt;count&lt;/b&gt; &amp; recount" in first
    assert '<a href="../stories/a.html">' in first


def test_a_card_at_another_depth_or_heading_is_rendered_anew() -> None:
    story = Story("a", "A story", "")
    env = _environment()
    near = _listing(env).render(stories=[story], heading="h3", SITEURL="..")
    far = _listing(env).render(stories=[story], heading="h3", SITEURL="../../..")
    other = _listing(env).render(stories=[story], heading="h2", SITEURL="..")
    assert '<a href="../../../stories/a.html">' in far.split("|")[0]
    assert '<h2 class="story-item-title">' in other.split("|")[0]
    assert near.split("|")[0] != far.split("|")[0]


def test_a_card_follows_the_address_its_summary_links_are_made_against() -> None:
    story = Story("a", "A story", "<p>In brief.</p>")
    env = _environment()
    _listing(env).render(stories=[story], heading="h3", SITEURL="..")
    reads = story.reads
    story.siteurl = "../.."  # Pelican rewrites the summary's links against this
    _listing(env).render(stories=[story], heading="h3", SITEURL="..")
    assert story.reads == reads + 2  # the list's card was rendered again, not reused


def test_each_environment_keeps_its_own_cards() -> None:
    story = Story("a", "Before", "")
    _listing(_environment()).render(stories=[story], heading="h3", SITEURL="..")
    story._title = "After"  # a later build (a new environment) sees the story as it is then
    again = _listing(_environment()).render(stories=[story], heading="h3", SITEURL="..")
    assert "After" in again.split("|")[0]


def test_the_cards_kept_are_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cards, "MAX_CARDS", 3)
    stories = [Story(str(n), f"Story {n}", "") for n in range(5)]
    env = _environment()
    listing = _listing(env).render(stories=stories, heading="h3", SITEURL="..")
    assert 0 < len(cards._caches[env]) <= 3
    assert _listing(env).render(stories=stories, heading="h3", SITEURL="..") == listing


def test_a_card_dates_its_story_as_story_date_does() -> None:
    """story_item writes story_date's markup out (a nested macro call per card was a third of
    a card's cost): the two must stay the same, for every precision a date can have."""
    env = _environment()
    both = env.from_string('{% from "_macros.html" import story_item, story_date %}'
                           '{{ story_date(s) }}|{{ story_item(s) }}')
    for day, precision, label in ((date(2024, 3, 1), "day", "1 March 2024"),
                                  (date(2024, 3, 1), "month", "March 2024"),
                                  (date(1999, 1, 1), "year", "1999 <approx>")):
        story = Story("a", "A story", "")
        story.backfile.facts = SimpleNamespace(day=day, precision=precision, truncated=False)
        story.backfile.date_label = label
        date_markup, card = both.render(s=story).split("|", 1)
        assert date_markup.startswith("<time datetime=") and date_markup.endswith("</time>")
        assert f'<p class="story-item-meta">{date_markup} · <a href=' in card
