"""American news style: a town named with its state ("Crawford, Texas", "Seattle, Wash.",
"Albany, N.Y.") is a place and the abbreviation is the state; the party and state after a
member of Congress ("Sen. John McCain, R-Ariz.", "(D-N.Y.)") is no name. "Miss" or "Wash"
without a town and a comma before them is no state."""

from tests.support.entities import candidate_types


def test_a_town_with_its_state_is_a_place() -> None:
    found = candidate_types("Storm hits", [
        "The storm reached Crawford, Texas, on Friday and Yakima, Wash., on Sunday.",
        "Officials in Albany, N.Y., said roads were closed.",
    ])
    assert found.get("Crawford") == "place"
    assert found.get("Yakima") == "place"
    assert found.get("Washington State") == "place"
    assert found.get("New York") == "place"
    assert "Wash" not in found


def test_party_and_state_after_a_member_of_congress_is_no_name() -> None:
    found = candidate_types("Budget vote", [
        "Sen. John McCain, R-Ariz., said the Senate would pass it.",
        "Sen. Chuck Schumer (D-N.Y.) and Rep. Tom DeLay, R-Texas, disagreed.",
    ])
    assert found.get("John McCain") == "person"
    assert found.get("Chuck Schumer") == "person"
    assert not any(name.startswith(("R-", "D-")) for name in found)


def test_an_abbreviation_without_a_town_before_it_is_no_state() -> None:
    found = candidate_types("Pageant", [
        "Miss Smith won the title. Firms in Ohio, Texas and Florida grew.",
    ])
    assert "Mississippi" not in found
    assert found.get("Ohio") == "place" and found.get("Texas") == "place"
