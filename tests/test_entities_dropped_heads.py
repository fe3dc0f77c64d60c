"""A site or body named without its first words joins its full name in the same story:
"Arms Park" is "Cardiff Arms Park", "Borders Council" is "Scottish Borders Council"; a party
is not its local branch, and a full form that only starts a sentence takes in its first
word ("Holders Manchester United") and is no full name."""

from tests.support.entities import candidates_of


def names(title: str, paragraphs: list[str]) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in candidates_of(title, paragraphs)}


def test_a_name_without_its_first_word_joins_the_full_name() -> None:
    found = names("All Black magic", [
        "The All Blacks last played at Cardiff Arms Park in 1989.",
        "The crowd at Arms Park was the biggest of the season, and Arms Park was full.",
    ])
    assert "Arms Park" in found.get("Cardiff Arms Park", [])
    assert "Arms Park" not in found


def test_a_party_and_a_sentence_start_stay_apart() -> None:
    found = names("Party row", [
        "The Labour Party said members of the Stevenage Labour Party had complained.",
        "Holders Manchester United lost. Manchester United were beaten at home.",
    ])
    assert "Labour Party" in found and "Stevenage Labour Party" in found
    assert "Manchester United" in found
    assert "Manchester United" not in found.get("Holders Manchester United", [])
