"""A sentence's first word shaped like an adverb or participle ("Injured", "Unseeded",
"Eventually") is no part of the name after it; a name whose own words say what it is, or that
starts with a given name or a place, keeps its first word."""

from tests.support.entities import candidate_types


def test_a_participle_before_a_name_is_dropped() -> None:
    types = candidate_types("Defender out", [
        "Injured Rio Ferdinand will miss the game on Saturday.",
        "Unseeded Nicolas Almagro beat the champion.",
    ])
    assert types.get("Rio Ferdinand") == "person"
    assert types.get("Nicolas Almagro") == "person"
    assert not any(name.startswith(("Injured", "Unseeded")) for name in types)


def test_names_that_start_with_such_a_word_stay_whole() -> None:
    types = candidate_types("Street news", [
        "Downing Street said the talks would go on.",
        "Kelly Holmes won the race.",
        "Housing Corporation figures were out on Monday.",
    ])
    assert "Kelly Holmes" in types
    assert "Housing Corporation" in types
    assert "Street" not in types
