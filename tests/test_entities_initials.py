"""Initials are part of a person's name: "George W. Bush", "Jeffrey R. Immelt" (a middle initial
after a given name), "J. K. Rowling" and "H.G. Wells" (initials before a surname) are people,
and a lone surname later joins the full name. A letter that ends a sentence stays a sentence
end: "Plan B. The", "AT&T. Consolidation", "Malcolm X. Attallah Shabazz" (two names)."""

from tests.support.entities import candidate_types, candidates_of


def test_a_middle_initial_stays_in_the_name() -> None:
    found = {e.name: e for e in candidates_of("Summit", [
        "President George W. Bush met Jeffrey R. Immelt, chairman of GE, on Monday.",
        "Mr. Immelt said Bush had listened.",
    ])}
    assert found["George W. Bush"].type == "person"
    assert "Bush" in found["George W. Bush"].aliases
    assert found["Jeffrey R. Immelt"].type == "person"
    assert "George W" not in found and "Jeffrey R" not in found


def test_initials_before_a_surname_are_a_person() -> None:
    found = candidate_types("Books", ["J. K. Rowling outsold H.G. Wells, the shop said."])
    assert found.get("J.K. Rowling") == "person"
    assert found.get("H.G. Wells") == "person"


def test_a_letter_that_ends_a_sentence_is_no_initial() -> None:
    found = candidate_types("Plans", [
        "They need a Plan B. The daughter of Malcolm X. Attallah Shabazz spoke.",
        "The deal with AT & T. Consolidation is near.",
    ])
    assert "Plan B. The" not in found
    assert "Attallah Shabazz" in found
    assert not any(name.endswith("Consolidation") for name in found)
