"""One peer under two of her titles ("Lady Hallett", "Baroness Hallett") is one person, and a
board or bureau named with "and" ("Washington Liquor and Cannabis Board") is one body, as a
council or commission is; two names joined by "and" stay two."""

from backfile_entities import tag

from tests.support.entities import candidate_types


def test_a_peer_under_two_titles_is_one_person() -> None:
    found = tag("Inquiry wins ruling", [
        "The judges dismissed the claim, and the lawyer may apply to Lady Marlowe instead.",
        "But Baroness Marlowe, who is leading the inquiry, said it was up to her.",
    ])
    assert found.people == ["Lady Marlowe"]
    assert found.aliases["Lady Marlowe"] == ["Baroness Marlowe"]


def test_a_board_named_with_and_is_one_body() -> None:
    found = candidate_types("Vaccine program falls flat", [
        "Retailers told the Valport Liquor and Cannabis Board on Wednesday that many lack space.",
        "Shares in Barclays and Board Games Ltd rose.",
    ])
    assert found.get("Valport Liquor and Cannabis Board") == "organization"
    assert "Cannabis Board" not in found and "Valport Liquor" not in found
    assert found.get("Barclays") == "organization"
