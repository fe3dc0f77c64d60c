"""Occupations news writing puts before a name ("dancer Bez", "referee Graham Poll") say the
name is a person, even a one-word name that would otherwise be typed an organisation; a
capitalised occupation that starts a run splits off only before a name, not before a title's
function word ("Dancer In The Dark")."""

from backfile_entities import tag
from backfile_entities.mentions import find_mentions


def _cue(text: str, name: str) -> str | None:
    return next(m.cue for m in find_mentions(text) if m.text == name)


def test_occupation_nouns_cue_a_person() -> None:
    assert _cue("He was nominated alongside Happy Mondays dancer Bez.", "Bez") == "person"
    assert _cue("The try was ruled out by referee Graham Poll.", "Graham Poll") == "person"
    assert _cue("The deal was backed by financier Mark Paulsmeier.", "Mark Paulsmeier") == "person"


def test_a_one_word_name_after_an_occupation_is_a_person() -> None:
    entities = tag("Dancer leaves reality show", [
        "Viewers voted out Happy Mondays dancer Bez on Friday.",
        "Bez reacted badly to the news. Bez had been among the most popular contestants, "
        "and Bez said he would miss the house.",
    ])
    assert "Bez" in entities.people
    assert "Bez" not in entities.organizations


def test_a_capitalised_occupation_splits_only_before_a_name() -> None:
    texts = [m.text for m in find_mentions(
        "She is working on a film with Dancer In The Dark director Lars Von Trier.")]
    assert "In The Dark" not in texts
    assert "Guy Chambers" in [m.text for m in find_mentions(
        "The album was produced in London. Songwriter Guy Chambers said it was done.")]


def test_prefixed_and_plural_role_nouns_cue_people() -> None:
    assert _cue("He paid tribute to director and co-star Clint Eastwood.",
                "Clint Eastwood") == "person"
    assert _cue("The prize went to writer-director Sofia Coppola.", "Sofia Coppola") == "person"
    assert _cue("He met the press with bandmates Matt Willis and James Bourne.",
                "Matt Willis") == "people"
    assert _cue("Everyone wanted to see the eight-player Mario Kart DS.",
                "Mario Kart DS") is None
