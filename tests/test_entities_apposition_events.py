"""A name that an apposition calls an event or a work ("Cebit, the world's largest hi-tech
fair,") is not tagged; a clause after a comma ("Directed by Antoine Fuqua, the film was")
says nothing about the name before it."""

from tests.support.entities import candidate_names as names


def test_a_name_described_as_a_fair_is_an_event() -> None:
    found = names("Mobile music at trade show", [
        "Cebit, the world's largest hi-tech fair, has opened its doors in Hanover.",
        "Sony Ericsson will use Cebit to show off its phones, said analyst Ben Wood.",
    ])
    assert "Cebit" not in found
    assert "Sony Ericsson" in found


def test_a_clause_after_a_comma_is_no_apposition() -> None:
    found = names("Epic flops", [
        "Directed by Antoine Fuqua, the film was poorly received by critics.",
        "Antoine Fuqua said he was proud of the cast.",
    ])
    assert "Antoine Fuqua" in found
