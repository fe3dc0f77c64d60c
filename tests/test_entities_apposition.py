"""A short noun phrase set off by a comma right after a name says what it names ("Sumitomo
Mitsui, the bank", "Kent, a county"); a phrase that goes on past its noun ("the Bank of Japan
governor") or belongs to someone ("the club's captain") says nothing of the name."""

from backfile_entities import tag


def test_the_bank_after_a_name_makes_an_organisation() -> None:
    entities = tag("Bank profits", [
        "Sumitomo Mitsui, the bank that lends most to carmakers, said profits rose on Monday.",
        "Sumitomo Mitsui also raised its dividend.",
    ])
    assert "Sumitomo Mitsui" in entities.organizations
    assert "Sumitomo Mitsui" not in entities.people


def test_a_phrase_that_goes_on_past_its_noun_says_nothing() -> None:
    entities = tag("Rates held", [
        "Haruhiko Kuroda, the Bank of Japan governor, said rates would stay low on Tuesday.",
        "Kuroda said prices were rising slowly.",
    ])
    assert "Haruhiko Kuroda" in entities.people


def test_someone_of_a_body_stays_a_person() -> None:
    entities = tag("Captain injured", [
        "Tom Baxendale, the club's captain, was injured in training on Friday.",
        "Baxendale said he hoped to play next week.",
    ])
    assert "Tom Baxendale" in entities.people


def test_a_body_named_inside_the_phrase_is_not_the_name() -> None:
    entities = tag("Carmaker talks", [
        "Umberto Caviglia, the godfather of the group, wanted to keep control of the carmaker.",
        "Caviglia said he preferred the offer from Detroit.",
    ])
    assert "Umberto Caviglia" in entities.people
