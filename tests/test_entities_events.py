"""Events, awards and competitions ("Athens Olympics", "Golden Globe", "Grand Slam") are not
people, places or organisations; the place an event is named after still is a place."""

from backfile_entities import tag


def test_events_are_not_tags() -> None:
    entities = tag("Wales chase rugby Grand Slam", [
        "Wales are two wins from the Grand Slam after beating France in Paris on Saturday.",
        "Coach Mike Ruddock said the Grand Slam was not on his mind, and captain Gareth Thomas "
        "said the players would rest before the match against Scotland. The team won the try "
        "count and the points.",
    ])
    assert "Grand Slam" not in entities.tags
    assert "Mike Ruddock" in entities.people


def test_the_place_an_event_is_named_after_stays() -> None:
    entities = tag("Radcliffe recalls Athens", [
        "Paula Radcliffe said she still thinks about the Athens Olympics, where she failed to "
        "finish the marathon.",
        "Radcliffe said the heat in Athens was the problem. The race, the season and the medal "
        "mattered to her, and the coach agreed.",
    ])
    assert "Athens Olympics" not in entities.tags
    assert "Athens" in entities.places
