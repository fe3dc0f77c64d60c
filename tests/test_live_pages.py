"""Live pages and blogs copied from news sites: their furniture (`Key posts`, `Latest posts`,
`This was published 3 years ago`, a bare `Updated` between posts, `Source link`) stays out of
the stories, the first post's own headline over its byline is the page's deck (it was the
summary, and its writer was tagged), and a caption's glued credit (`... Berejiklian.Credit:
Renee Nowytarger`) is a credit, not a person in the story."""

from __future__ import annotations

from backfile_ingest.entities import tag_story
from ingest_support import ingest_string

PAGE = """As it happened: Valport records 18 new cases; masks mandatory in the north

Advertisement

This was published 3 years ago

Key posts

Latest posts

Premier warns case numbers could go up considerably

By Dana Kirov

Premier Tova Ramek said about a third of the 18 new cases were in isolation for their whole \
infectious period.

\u201cBut some unfortunately were active in the community,\u201d Ms Ramek said.

Premier Tova Ramek at the briefing.Credit: Lena Ostrova

Updated

The chief health officer, Omar Feld, said the cases reflected the previous week.

Source link
"""


def test_a_live_page_keeps_its_posts_not_its_furniture() -> None:
    (page,) = ingest_string(PAGE)
    assert page.title.startswith("As it happened: Valport records 18 new cases")
    assert page.paragraphs[0] == "Premier warns case numbers could go up considerably"
    assert page.summary.startswith("Premier Tova Ramek said about a third")
    assert page.byline == "By Dana Kirov"
    assert page.credits == ["Credit: Lena Ostrova"]
    assert "Premier Tova Ramek at the briefing." in page.paragraphs
    chrome = [p.text for p in page.pieces if p.role == "chrome"]
    assert chrome == ["Advertisement", "This was published 3 years ago", "Key posts",
                      "Latest posts", "Updated", "Source link"]
    text = " ".join(page.paragraphs)
    assert "Updated" not in text and "Source link" not in text
    tags = tag_story(page)
    assert "Lena Ostrova" not in tags.people and "Dana Kirov" not in tags.people
    assert "Tova Ramek" in tags.people


def test_a_sentence_about_publishing_is_no_furniture() -> None:
    from backfile_ingest.cues import is_chrome
    assert is_chrome("This article was published more than 2 years ago")
    assert not is_chrome("This was published in 1998 by Penguin.")
