"""A body named "<body> of/for A, B and C" is one name with its commas ("Ministry of Economy,
Trade and Industry", "Department for Culture, Media and Sport"); a list of bodies after a
name stays a list ("Bank of England, Barclays and HSBC", "Ministry of Defence, Army and
Navy")."""

from backfile_entities.mentions import find_mentions


def texts(paragraph: str) -> list[str]:
    return [m.text for m in find_mentions(paragraph)]


def test_a_ministry_with_a_series_in_its_name_is_one_name() -> None:
    found = find_mentions("Japan's Ministry of Economy, Trade and Industry (METI) said so.")
    ministry = next(m for m in found if m.text.startswith("Ministry"))
    assert ministry.text == "Ministry of Economy, Trade and Industry"
    assert ministry.alias == "METI" and ministry.acronym_defined
    assert "Department for Culture, Media and Sport" in texts(
        "The Department for Culture, Media and Sport said so.")


def test_a_list_of_bodies_stays_a_list() -> None:
    assert texts("The Bank of England, Barclays and HSBC agreed.") == [
        "Bank of England", "Barclays", "HSBC"]
    assert texts("Ministry of Defence, Army and Navy chiefs met.") == [
        "Ministry of Defence", "Army", "Navy"]
