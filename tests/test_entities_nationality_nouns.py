"""A nationality noun on its own ("the Spaniard", "the Scot") and a plural event word ("Grand
Slams") name no entity: they are junk of the kinds the issue lists (demonyms, events)."""

from backfile_entities import tag

from tests.support.entities import candidate_names


def test_nationality_nouns_alone_are_no_candidates() -> None:
    names = candidate_names("Nadal through", [
        "Rafael Nadal beat Dutchman Sjeng Schalken in Melbourne. The Spaniard will meet "
        "Lleyton Hewitt next, while the Scot Andy Murray lost. The Swede was also out.",
    ])
    assert not names & {"Spaniard", "Scot", "Swede", "Dutchman"}
    assert {"Rafael Nadal", "Lleyton Hewitt"} <= names


def test_plural_event_words_are_no_candidates() -> None:
    names = candidate_names("Safin eyes more titles", [
        "Marat Safin has won two Grand Slams and wants more. Safin said the Grand Slams "
        "were what mattered, and Safin will play in Melbourne.",
    ])
    assert "Grand Slams" not in names


def test_a_story_about_a_spaniard_is_not_tagged_with_the_word() -> None:
    entities = tag("Spaniard wins in Doha", [
        "Spaniard Rafael Nadal won the Qatar Open on Sunday. The Spaniard beat Ivan Ljubicic.",
        "The Spaniard said he was happy. The Spaniard will now rest.",
    ])
    assert "Spaniard" not in entities.tags


def test_turks_and_kashmiris_are_peoples_and_the_new_year_a_date() -> None:
    """Irregular demonyms ("Turk", from Turkey; "Kashmiri", from a region) and the New Year
    were tags of BBC business/277, politics/139 and four stories once the spread cue weighed
    them; "Player of the Year" is an award."""
    names = candidate_names("Turkey's young workforce", [
        "By 2014, one in four Turks will be under 20. Farming employs one in three Turks.",
        "Kashmiris on both sides welcomed the bus. It will help Kashmiris, the minister said.",
        "Traders expect the dollar to weaken into the New Year, said Mark Evans.",
        "Evans, named Player of the Year in 2003, agreed.",
    ])
    assert not names & {"Turks", "Kashmiris", "New Year", "Player of the Year"}, names
    assert "Mark Evans" in names
