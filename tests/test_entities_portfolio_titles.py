"""A title, `for` and a portfolio before a name (`Minister for Foreign Affairs Penny Wong`,
`Secretary of State for Health Wes Streeting`, as governments outside the US style their
ministers): the person is the name after the portfolio, not the portfolio and the name."""

from backfile_entities import tag


def test_the_portfolio_is_no_part_of_the_name() -> None:
    entities = tag("Talks go on", [
        "The Minister for Foreign Affairs Adela Korvin said on Friday that talks would go on. "
        "Ms Korvin spoke in Canberra.",
        "Secretary of State for Health Wes Tarrant said the plan would work.",
        "The Commissioner for Human Rights Dunja Velikovic said the law was wrong.",
    ])
    assert {"Adela Korvin", "Wes Tarrant", "Dunja Velikovic"} <= set(entities.people)
    assert not any(p.startswith(("Foreign", "Health", "Human")) for p in entities.people)


def test_a_portfolio_alone_names_no_one() -> None:
    entities = tag("Talks go on", [
        "The Minister for Foreign Affairs said the talks would go on in Canberra."])
    assert entities.people == []


def test_a_nationality_and_a_portfolio_before_a_minister_name_no_body() -> None:
    entities = tag("Oil output cut", [
        "Saudi Energy Minister Abdulaziz bin Salman told reporters in Vienna the cut would hold.",
        "Qatari Energy Minister Prince Khalid al-Thani agreed, and Kuwait's oil minister too.",
        "British Energy chief executive Bill Coley said prices would rise.",
    ])
    assert "Abdulaziz bin Salman" in entities.people
    assert not {"Saudi Energy", "Qatari Energy"} & set(entities.organizations)
    assert "British Energy" in entities.organizations
