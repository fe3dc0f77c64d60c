"""A blog platform's post copied whole (the blog's name over its `Subscribe` / `Sign in`
links, the writer and date with bare like and comment counts under them), and a Nigerian
site's `Kindly share this story:` plea under a story, over the next headline."""

from __future__ import annotations

from datetime import date

from ingest_support import ingest_string

POST = """The Long Game

Subscribe
Sign in

Why small towns are winning the remote work boom

New data shows rural counties gained residents for the third straight year

Jane Holloway
Mar 14, 2024
42
8
Share

When the pandemic sent office workers home, many predicted a brief exodus from cities.

Census figures released last week show that rural counties gained about 280,000 residents.

Thanks for reading The Long Game! Subscribe for free to receive new posts and support my work.
"""

PAGES = """Senate passes bill to establish federal university in Kwara

By Adebayo Johnson, Abuja

Published 12 March 2024

The Senate on Tuesday passed a bill seeking to establish a Federal University of Agriculture \
in Kwara State.

Senate President Godswill Akpabio commended the sponsor.

Kindly share this story:

Philippine peso hits 2-month low as oil prices rise

By Ana Reyes - Reporter

March 13, 2024 | 12:01 am

THE PESO weakened to a two-month low against the dollar on Tuesday as higher oil prices \
fuelled inflation worries.
"""


def test_a_blog_post_copied_whole() -> None:
    """The blog's name was the headline, the headline a paragraph, the counts `42 8` one."""
    (post,) = ingest_string(POST)
    assert post.title == "Why small towns are winning the remote work boom"
    assert (post.byline, post.date) == ("Jane Holloway", date(2024, 3, 14))
    assert post.paragraphs == [
        "New data shows rural counties gained residents for the third straight year",
        "When the pandemic sent office workers home, many predicted a brief exodus from cities.",
        "Census figures released last week show that rural counties gained about 280,000 "
        "residents."]


def test_a_share_plea_ends_the_story_above() -> None:
    """The plea's colon made the next headline look like a list it introduced: one story."""
    senate, peso = ingest_string(PAGES)
    assert senate.paragraphs[-1] == "Senate President Godswill Akpabio commended the sponsor."
    assert (peso.title, peso.date) == ("Philippine peso hits 2-month low as oil prices rise",
                                       date(2024, 3, 13))
