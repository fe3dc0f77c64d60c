"""A role noun just before a name says the name is a person ("leader Kim Jong-un"); across "of"
it names what the person heads ("president of Intel"), and "rival" is said of firms as often as
of people, so neither makes a person."""

from backfile_entities import tag
from backfile_entities.mentions import find_mentions


def _cue(text: str, name: str) -> str | None:
    return next(m.cue for m in find_mentions(text) if m.text == name)


def test_role_noun_cues() -> None:
    assert _cue("The talks were led by leader Kim Jong-un.", "Kim Jong-un") == "person"
    assert _cue("Paul Otellini, president of Intel, spoke first.", "Intel") != "person"
    assert _cue("Sony hopes to beat rival Apple this year.", "Apple") != "person"


def test_a_company_after_president_of_is_not_a_person() -> None:
    entities = tag("Chip maker plans new factory", [
        "Paul Otellini, president of Intel, said the firm would build a new factory in Arizona.",
        "The company said demand for chips was strong. Analysts said Intel had moved early, "
        "and shares in Intel rose 2%.",
    ])
    assert "Intel" in entities.organizations
    assert "Intel" not in entities.people


def test_a_kind_of_body_before_a_name_says_organisation() -> None:
    assert _cue("Ian Harris, deputy editor of UK magazine Mac Format, said so.",
                "Mac Format") == "org"
    assert _cue("He left the band Fightstar last year.", "Fightstar") == "org"


def test_a_plural_role_noun_before_names_says_people() -> None:
    assert _cue("Greek sprinters Kostas Kenteris and Katerina Thanou missed a test.",
                "Kostas Kenteris") == "people"
    entities = tag("Greek sprinters face hearing", [
        "Greek sprinters Kostas Kenteris and Katerina Thanou will face a hearing next week.",
        "Kenteris and Thanou missed a drugs test. Kenteris denied any wrongdoing, and the "
        "visit of Tri-Nations champions South Africa went ahead.",
    ])
    assert "Kostas Kenteris" in entities.people
    assert "South Africa" not in entities.people


def test_an_analyst_at_a_firm_names_the_firm() -> None:
    assert _cue("said Ian Shepherdson, an economist at Morgan Stanley.", "Morgan Stanley") == "org"
    assert _cue("said Eric Kraus, a strategist at Moscow's Sovlink Securities.", "Moscow") is None
