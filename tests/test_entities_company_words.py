"""Company words: "Meta Platforms", "WMC Resources" are organisations by their last word (not
a person with the given name Meta), an acronym that is a company's trading name joins its full
name ("WMC" is "WMC Resources", "ABC" is "ABC Inc"; "BBC" stays apart from "BBC News"), "a
headset called Vision Pro" names a product, never a tag, and a noun before a name ("Dutch firm
Tulip Computers") keeps it a name though the story writes "computers" in lower case."""

from tests.support.entities import candidate_types, candidates_of


def test_platforms_ends_a_company_name() -> None:
    found = candidate_types("Shares", ["Meta Platforms shares fell 3% on Monday, traders said."])
    assert found.get("Meta Platforms") == "organization"


def test_an_acronym_joins_the_company_it_trades_as() -> None:
    entities = candidates_of("Bid", [
        "Australian mining firm WMC Resources has rejected a bid from Xstrata.",
        "WMC said the offer was too low, and WMC shares rose.",
    ])
    names = {e.name: e.aliases for e in entities}
    assert "WMC" not in names and "WMC" in names.get("WMC Resources", [])


def test_an_outlet_is_not_the_body_that_owns_it() -> None:
    names = {e.name for e in candidates_of("Licence fee", [
        "The BBC said on Monday it would cut jobs at BBC News, and BBC News said nothing.",
    ])}
    assert {"BBC", "BBC News"} <= names


def test_a_product_called_by_its_name_is_no_entity() -> None:
    found = candidate_types("Apple unveils headset", [
        "Apple Inc. on Monday unveiled a mixed-reality headset called Vision Pro, its biggest "
        "product launch in years.",
        "Chief Executive Tim Cook showed the device at the company's conference.",
    ])
    assert "Vision Pro" not in found and found.get("Tim Cook") == "person"


def test_a_noun_before_a_name_keeps_a_common_last_word() -> None:
    found = candidate_types("Commodore", [
        "Commodore was sold to Dutch firm Tulip Computers in 1997.",
        "Home computers were still rare then.",
    ])
    assert found.get("Tulip Computers") == "organization"


def test_a_capitalised_common_noun_is_still_no_name() -> None:
    names = candidate_types("Missiles", [
        "The navy will buy Naval Strike Missiles, the ministry said.",
        "The missiles cost $2m each.",
    ])
    assert "Naval Strike Missiles" not in names
