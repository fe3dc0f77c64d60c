"""An event named after its city ("Berlin Film Festival", "Dubai Tennis Championships") puts the
city in the story when the story names the city on its own, headline included; and the city
that holds the event is a place, not a club, even in a sports report."""

from tests.support.entities import candidate_types, candidates_of


def test_the_city_of_a_festival_named_in_the_headline_is_named_in_the_text() -> None:
    entities = candidates_of("Berlin celebrates European cinema", [
        "Organisers say this year's Berlin Film Festival will celebrate European cinema.",
        "The festival runs for ten days.",
    ])
    berlin = next(e for e in entities if e.name == "Berlin")
    assert berlin.type == "place"
    assert any(loc.where == "lede" for loc in berlin.mentions)


def test_the_city_holding_a_tournament_is_no_club() -> None:
    types = candidate_types("Safin slumps to shock Dubai loss", [
        "Marat Safin suffered a shock loss to Nicolas Kiefer in round one of the Dubai Tennis "
        "Championships.",
        "Kiefer won the match in three sets and will play the second seed in the next round "
        "of the tournament, the coach said after the match.",
    ])
    assert types.get("Dubai") == "place"
