"""An outlet named as a quoted journalist's employer ("BBC labour affairs correspondent X",
"the BBC's political editor") is a news source, like "told BBC News": not what the story is
about unless the story also names it otherwise."""

from backfile_entities import tag
from backfile_entities.mentions import find_mentions


def _source(text: str, name: str) -> bool:
    return next(m.source for m in find_mentions(text) if m.text == name)


def test_an_outlet_before_a_journalist_is_a_source() -> None:
    assert _source("A deal is close, said BBC labour affairs correspondent Stephen Cape.", "BBC")
    assert _source("But the BBC's business editor, Jeff Randall, said otherwise.", "BBC")
    assert _source("Carol Walker, BBC News 24 political correspondent, added a note.", "BBC News")
    assert not _source("The BBC said its licence fee would rise.", "BBC")


def _story(bbc_sentence: str) -> list[str]:
    return [
        "Civil servants in the PCS union will strike over pension changes, Unison said.",
        "Leader Dave Prentis said talks with Alan Johnson had failed.",
        "Members of Unison and the PCS will walk out in London and Cardiff on 23 March. "
        + bbc_sentence,
    ]


def test_a_story_that_only_quotes_the_outlet_is_not_tagged_with_it() -> None:
    quoted = tag("Unions plan strike", _story(
        "Talks will go on, said BBC labour affairs correspondent Stephen Cape."))
    acting = tag("Unions plan strike", _story("The BBC said its own staff would join the strike."))
    assert "BBC" not in quoted.organizations
    assert "BBC" in acting.organizations
    assert "Unison" in quoted.organizations
