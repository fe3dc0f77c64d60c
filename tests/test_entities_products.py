"""Products and technologies ("Windows programs", "the Macintosh computer") are not tagged as
organisations, while a maker named the same way ("Microsoft software") stays when it acts."""

from tests.support.entities import candidate_names as names


def test_a_name_only_used_before_a_product_noun_is_not_an_organisation() -> None:
    found = names("Patches for PC users", [
        "Users are urged to update Windows programs after flaws were found.",
        "The new Macintosh computer goes on sale next week, and the Xbox console costs less.",
    ])
    assert "Windows" not in found
    assert "Macintosh" not in found
    assert "Xbox" not in found


def test_a_maker_that_acts_stays_an_organisation() -> None:
    found = names("Software maker warns users", [
        "Most of the world's desktop computers run Microsoft software.",
        "The flaws are serious, Microsoft said, and Sony has recalled its handsets.",
        "All Sony phones will be replaced for free.",
    ])
    assert "Microsoft" in found
    assert "Sony" in found


def test_an_owner_before_a_product_noun_is_no_product() -> None:
    found = names("Airline chaos", [
        "Passengers blamed Comair's computer breakdown for hundreds of lost flights.",
        "The airline, a subsidiary of Delta, apologised to passengers.",
    ])
    assert "Comair" in found


def test_the_short_form_that_ends_a_product_name_goes_with_it() -> None:
    found = names("Counterfeit copies", [
        "Owners of counterfeit Windows XP software can swap it for a legal copy.",
        "Copies of XP bought before November qualify.",
    ])
    assert "Windows XP" not in found
    assert "XP" not in found
