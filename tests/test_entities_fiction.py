"""Titles of films, shows, books and games, and fictional characters, are not people, places or
organisations: the words around them say what they are, whatever their capitals look like."""

from backfile_entities import tag
from backfile_entities.fiction import PLAY, TITLE, fiction_cue
from backfile_entities.mentions import find_mentions, tokenize


def _cue(text: str, name: str) -> str | None:
    return next(m.fiction for m in find_mentions(text) if m.text == name)


def test_title_cues() -> None:
    assert _cue("Crowds gathered for the premiere of Polar Express in London.",
                "Polar Express") == TITLE
    assert _cue("He appeared in several films, including 1947's Nicholas Nickleby.",
                "Nicholas Nickleby") == TITLE
    assert _cue("He showed a preview of his next game, Spore.", "Spore") == TITLE
    assert _cue("Bird won an award for his role as designer Edna Mode.", "Edna Mode") == TITLE
    assert _cue("Harbour Lights, starring Nick Berry, was cancelled.", "Harbour Lights") == TITLE


def test_play_cues() -> None:
    assert _cue("Vera Drake star Imelda Staunton was nominated.", "Vera Drake") == PLAY
    assert _cue("He is tipped to become the next James Bond.", "James Bond") == PLAY
    assert _cue("Shrek 2 took $881m around the world.", "Shrek") == PLAY


def test_format_noun_after_a_title() -> None:
    assert _cue("It is a spin-off from the Crime Scene Investigation series.",
                "Crime Scene Investigation") == TITLE
    assert _cue("The set holds 34 John Wayne films.", "John Wayne") is None
    assert _cue("It was shown in the Channel 4 series.", "Channel 4") is None


def test_makers_stars_and_speakers_get_no_cue() -> None:
    assert _cue("He appeared in BBC series Ballykissangel in 1999.", "BBC") is None
    assert _cue("It is the sequel to the Ben Stiller comedy.", "Ben Stiller") is None
    assert _cue("Speaking after the game, Moyes said he was pleased.", "Moyes") is None
    assert _cue("Former Westlife star Brian McFadden sang.", "Westlife") is None


def test_people_places_and_owners_get_no_cue() -> None:
    assert _cue("Tony Blair said the role of Nato was changing.", "Nato") is None
    assert _cue("The story appeared in Brown's first book.", "Brown") is None
    assert _cue("Chelsea 2 Arsenal 1 was the final score.", "Chelsea") is None
    # The cue fires before a place too; the tagger keeps a known place (see below).
    assert fiction_cue(tokenize("Hollywood star Tom Hanks arrived."), 0, 1) == PLAY


def test_a_film_and_its_character_are_not_tagged() -> None:
    entities = tag("Stars gather for Vera Drake premiere", [
        "Hundreds of fans gathered in London for the premiere of Vera Drake on Monday.",
        "Vera Drake star Imelda Staunton said the film, directed by Mike Leigh, was moving. "
        "Actor Clive Owen is tipped to become the next James Bond.",
        "Vera Drake has been nominated for three Oscars. Staunton said James Bond was a hard "
        "act to follow, and Leigh said the film had been years in the making.",
    ])
    assert {"Imelda Staunton", "Mike Leigh"} <= set(entities.people)
    assert "London" in entities.places
    assert not {"Vera Drake", "James Bond"} & set(entities.tags)


def test_a_place_is_still_a_place_before_star() -> None:
    entities = tag("Hanks greeted at premiere", [
        "Hollywood star Tom Hanks was in London for the premiere of Polar Express.",
        "Hanks said Hollywood had never seen anything like it.",
    ])
    assert "Tom Hanks" in entities.people
    assert "Polar Express" not in entities.tags


def test_play_cues_do_not_apply_in_a_sports_report() -> None:
    entities = tag("Federer cruises into final", [
        "Roger Federer beat Andy Roddick in the semi-final and plays Lleyton Hewitt in the final "
        "of the tournament on Sunday.",
        "Federer, the champion and top seed, said Hewitt was a hard player to beat. Hewitt won "
        "his match in straight sets and the coach said the season had started well.",
    ])
    assert "Lleyton Hewitt" in entities.people
