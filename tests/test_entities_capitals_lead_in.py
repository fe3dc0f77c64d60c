"""A newspaper may set a story's first word in capitals ("THE city council voted ..."): such an
article or preposition at a sentence start is no acronym and no name, while "WHO" and "US"
at a sentence start still are."""

from tests.support.entities import candidate_names


def test_a_capitals_lead_in_word_is_no_name() -> None:
    found = candidate_names("Council approves budget", [
        "THE city council approved the budget on Monday, Mayor Jane Doe said.",
        "IN a surprise move, WHO officials and US officials agreed.",
    ])
    assert "THE" not in found and "IN" not in found
    assert "WHO" in found and "United States" in found
