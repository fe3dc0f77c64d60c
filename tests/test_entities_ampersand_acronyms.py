"""Acronyms with "&" are one name as written ("AT&T", "P&O", "M&S", and "M&S" joins "Marks &
Spencer"); a capitals acronym that is also a function word ("AT" of "AT&T", "US") does not
start the title of a work; and "R&B", "R&D", "Q&A" are common terms, not names."""

from tests.support.entities import candidates_of


def test_an_ampersand_acronym_is_one_name() -> None:
    found = {e.name: e for e in candidates_of("Telecoms deal", [
        "Earlier, SBC agreed to buy AT&T. AT&T shares fell, as did P&O.",
        "Marks & Spencer said M&S would cut prices. His R&B album and R&D budget grew.",
    ])}
    assert found["AT&T"].type == "organization"
    assert found["P&O"].type == "organization"
    assert "M&S" in found["Marks & Spencer"].aliases
    assert "R&B" not in found and "R&D" not in found


def test_a_capitals_acronym_starts_no_title() -> None:
    found = {e.name for e in candidates_of("Rates", [
        "Rates were raised by the US Federal Reserve on Monday, after AT&T reported.",
    ])}
    assert "AT&T" in found
    assert any(name.endswith("Federal Reserve") for name in found)
