"""One entity, one name within a story: surnames, acronyms, country forms, CJK forms."""

from backfile_entities import tag


def test_surname_after_full_name_is_the_same_person() -> None:
    entities = tag("Putin meets Kim", [
        "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok.",
        "Putin said the talks went well. Kim praised Putin.",
    ])
    assert entities.people[:2] == ["Vladimir Putin", "Kim Jong-un"]
    assert "Putin" in entities.aliases["Vladimir Putin"]
    assert "Kim" in entities.aliases["Kim Jong-un"]
    assert "Putin" not in entities.tags and "Kim" not in entities.tags


def test_title_and_surname_join_the_full_name() -> None:
    entities = tag("", ["Patricia Hewitt set out the plan.", "Ms Hewitt said it was fair.",
                        "Mrs Hewitt told the BBC more."])
    assert entities.people == ["Patricia Hewitt"]


def test_us_forms_are_one_place() -> None:
    entities = tag("", ["The US said it would act. U.S. officials agreed.",
                        "The United States has said so before, US envoys added."])
    assert entities.places == ["United States"]
    assert {"US", "U.S."} <= set(entities.aliases["United States"])


def test_acronym_definition_gives_an_alias() -> None:
    entities = tag("", [
        "Mainland Affairs Council (MAC) Minister Chiu Chui-cheng said the rules would change.",
        "The MAC said the council would review applications. MAC officials agreed.",
    ])
    assert "Mainland Affairs Council" in entities.organizations
    assert "MAC" in entities.aliases["Mainland Affairs Council"]
    assert "MAC" not in entities.tags


def test_cjk_form_in_parentheses_is_an_alias() -> None:
    entities = tag("", [
        "Mainland Affairs Council Minister Chiu Chui-cheng (邱垂正) said yesterday. President "
        "William Lai (賴清德) agreed. Chiu said more later.",
    ])
    assert {"Chiu Chui-cheng", "William Lai"} <= set(entities.people)
    assert "邱垂正" in entities.aliases["Chiu Chui-cheng"]
    assert "賴清德" in entities.aliases["William Lai"]


def test_tagging_is_deterministic() -> None:
    text = ["Pope Francis lay in state in St Peter's Basilica.", "Francis died in the Vatican."]
    assert tag("", text) == tag("", text)


def test_capital_that_acts_is_its_country_but_a_venue_stays_a_city() -> None:
    acting = tag("", ["China has warned Taiwan. Beijing has long opposed the visit, and talks "
                      "with Beijing stalled as China pressed on."])
    assert "Beijing" in acting.aliases.get("China", [])
    assert "Beijing" not in acting.places
    venue = tag("", ["China hosted the games. Athletes arrived in Beijing on Monday and "
                     "trained in Beijing all week while China watched."])
    assert "Beijing" in venue.places


def test_town_names_in_a_sports_report_are_clubs() -> None:
    entities = tag("Chelsea held by Fulham", [
        "Chelsea were held to a draw by Fulham in the Premiership, and the league leaders "
        "saw their unbeaten run end after the match.",
        "Chelsea boss Jose Mourinho said his players deserved the win. Fulham scored a late "
        "goal through their striker.",
    ])
    assert {"Chelsea", "Fulham"} <= set(entities.organizations)
    assert "Jose Mourinho" in entities.people


def test_an_acronym_written_as_a_word_joins_its_full_name() -> None:
    entities = tag("Net body backs new domains", [
        "The Internet Corporation for Assigned Names and Numbers has approved two new domains.",
        "A spokesman for Icann said the names would be available next year, and Icann "
        "members agreed.",
        "The Department for Work and Pensions (DWP) was not involved.",
    ])
    assert "Icann" in entities.aliases["Internet Corporation for Assigned Names and Numbers"]
    assert "Icann" not in entities.tags


def test_a_city_is_not_the_paper_named_after_it() -> None:
    entities = tag("Oscars move", [
        "The ceremony moved to Los Angeles in 1944, the Los Angeles Times reported.",
        "Los Angeles has hosted it since. The Los Angeles Times said tickets sold out.",
    ])
    assert "Los Angeles" in entities.places
    assert "Los Angeles" not in entities.aliases.get("Los Angeles Times", [])
