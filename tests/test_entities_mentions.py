"""Name forms the mention finder must get whole: nationality before a name, joiners, surnames
that are also titles, names starting a work's title, events named after places."""

from backfile_entities import tag
from backfile_entities.gazetteer import load
from backfile_entities.mentions import find_mentions


def texts(paragraph: str) -> list[str]:
    return [m.text for m in find_mentions(paragraph)]


def test_nationality_before_a_person_is_not_part_of_the_name() -> None:
    found = texts("He will face Croatian Ivan Ljubicic, while Spaniard Costa plays Russian "
                  "Nikolay Davydenko. British Airways said nothing.")
    assert {"Ivan Ljubicic", "Costa", "Nikolay Davydenko", "British Airways"} <= set(found)
    assert not any(t.startswith(("Croatian", "Spaniard", "Russian")) for t in found)


def test_chained_joiners_stay_inside_the_name() -> None:
    assert "Jeroen van der Veer" in texts("Shell boss Jeroen van der Veer said so.")


def test_a_surname_that_is_also_a_title_keeps_the_name_whole() -> None:
    assert "Paul King" in texts('"It is serious," said Paul King, of Cisco.')
    assert "Richard Gere" in texts("Co-star Richard Gere attended the event.")


def test_a_title_starting_with_a_function_word_is_not_a_name() -> None:
    entities = tag("", ["The film Million Dollar Baby won. Hilary Swank starred in "
                        "Million Dollar Baby, and Million Dollar Baby took $100m."])
    assert not any("Dollar Baby" in name for name in entities.tags)


def test_commander_of_an_order_is_not_a_person() -> None:
    assert not any(t.startswith("of ") for t in texts(
        "Mr Smith, made Commander of the Order of the Bath in the honours, left."))


def test_event_named_after_a_place_counts_for_the_place() -> None:
    entities = tag("Federer wins in Doha", [
        "Roger Federer won the Qatar Open on Sunday.",
        "Federer, who lost in his last Qatar appearance, was happy. Federer flew home.",
    ])
    assert "Qatar" in entities.places


def test_short_city_names_from_the_gazetteer() -> None:
    places = load().places
    assert places["frankfurt"] == "Frankfurt"
    assert places["frankfurt am main"] == "Frankfurt"


def test_given_names_cover_romanised_and_accentless_forms() -> None:
    names = load().given_names
    assert {"sergei", "sergey", "sebastien", "william", "martin"} <= names
    assert not {"true", "north", "wells"} & names  # one list's rare entries are left out


def test_numbered_names_keep_their_number_and_model_numbers_end_a_name() -> None:
    found = texts("DJ duo JK and Joel take over BBC Radio 1's chart show, not the Channel 4 "
                  "one. G7 ministers met; ITV1 showed it. The Airbus A320 landed.")
    assert {"BBC Radio 1", "Channel 4", "G7", "ITV1", "Airbus"} <= set(found)
    assert "Airbus A320" not in found


def test_a_role_noun_starting_the_sentence_is_not_part_of_the_name() -> None:
    mentions = find_mentions("Distributor Sony Pictures said production will begin next year. "
                             "Watchdog Ofcom agreed.")
    assert [(m.text, m.cue) for m in mentions] == [("Sony Pictures", "org"), ("Ofcom", "org")]


def test_pm_is_a_title() -> None:
    assert "John Prescott" in texts("A dinner hosted by deputy PM John Prescott in November.")


def test_a_campaign_named_with_the_stays_whole() -> None:
    texts = [m.text for m in find_mentions(
        "The Elect the Lords Campaign and the Stop the War Coalition marched together.")]
    assert "Elect the Lords Campaign" in texts and "Stop the War Coalition" in texts
    texts = [m.text for m in find_mentions(
        "Launching the Department for Constitutional Affairs, he spoke.")]
    assert "Department for Constitutional Affairs" in texts
    assert not any(t.startswith("Launching the") for t in texts)
