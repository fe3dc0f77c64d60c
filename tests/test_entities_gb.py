""""GB" is how sports news abbreviates Great Britain (the United Kingdom); after a number it
is a unit ("a 40 GB disk"), like "MW" and "GHz", and no name at all."""

from tests.support.entities import candidate_types


def test_gb_is_the_united_kingdom() -> None:
    types = candidate_types("Davis Cup tie", [
        "Arvind Parmar will miss GB's Davis Cup tie with Israel.",
        "The GB captain Jeremy Bates said the team was ready.",
    ])
    assert types.get("United Kingdom") == "place"
    assert "GB" not in types


def test_a_unit_after_a_number_is_no_name() -> None:
    names = candidate_types("New player", [
        "The player has a 40 GB hard disk and a 3 GHz chip, and the plant makes 500 MW.",
    ])
    assert not names.keys() & {"GB", "United Kingdom", "GHz", "MW"}
