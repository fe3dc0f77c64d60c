"""In a sports report a town that acts as a side ("Chelsea beat Fulham") is its club, but a town
named as the host of an event ("Sydney will host", "the Athens marathon") stays a place."""

from backfile_entities import tag
from backfile_entities.mentions import find_mentions

SPORT = ("The coach said the players and the squad were ready for the match, and the final score "
         "mattered less than the goal of raising money.")


def _venue(text: str, name: str) -> bool:
    return next(m.venue for m in find_mentions(text) if m.text == name)


def test_host_cues() -> None:
    assert _venue("Sydney will host a charity match in June.", "Sydney")
    assert _venue("She failed to finish the Athens marathon.", "Athens")
    assert _venue("The event was hosted by Melbourne last year.", "Melbourne")
    assert _venue("He was hurt in a car crash near Athens.", "Athens")
    assert _venue("He won the London Marathon in 2003 and the London event in 2004.", "London")
    assert not _venue("Chelsea beat Fulham 2-1 on Saturday.", "Chelsea")
    assert not _venue("Morgan is still willing to invest in Liverpool.", "Liverpool")


def test_a_host_city_stays_a_place() -> None:
    entities = tag("Sydney to host charity match", [
        "Sydney will host a charity match in June between the champions and a world side, "
        "the rugby union said.",
        SPORT + " Sydney last staged such a game in 2000.",
    ])
    assert "Sydney" in entities.places
    assert "Sydney" not in entities.organizations


def test_a_town_that_plays_is_still_its_club() -> None:
    entities = tag("Chelsea beat Fulham", [
        "Chelsea beat Fulham 2-1 at Stamford Bridge to stay top of the league.",
        SPORT + " Fulham have now lost three games in a row, and Chelsea lead by five points.",
    ])
    assert {"Chelsea", "Fulham"} <= set(entities.organizations)
