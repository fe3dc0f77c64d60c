"""A month's name right after a given name is a surname ("Brian May", "Theresa May"), not the
end of the name; a month before a name or on its own still ends a run."""

from tests.support.entities import candidate_types


def test_a_month_after_a_given_name_is_a_surname() -> None:
    types = candidate_types("Band to tour", [
        "Guitarist Brian May has said he expects to be on the road from April.",
        "Home Secretary Theresa May spoke on Monday.",
    ])
    assert types.get("Brian May") == "person"
    assert types.get("Theresa May") == "person"
    assert "Brian" not in types and "Theresa" not in types


def test_a_month_before_a_name_still_ends_nothing_of_it() -> None:
    types = candidate_types("Vote due", ["In May Tony Blair will call the vote."])
    assert types.get("Tony Blair") == "person"
    assert not any("May" in name for name in types)
