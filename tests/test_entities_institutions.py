"""A one-word short form of an institution ("Lords", "Commons") is that institution ("House of
Lords"), even when another name in the story ("Lords Campaign") also contains the word."""

from backfile_entities import tag


def test_lords_joins_house_of_lords() -> None:
    entities = tag("MPs tout Lords plan", [
        "MPs want reform of the House of Lords, the cross-party group said.",
        "The Lords Campaign backed the plan. The group said the Lords should be elected, and "
        "the House of Lords should be renamed.",
    ])
    assert "House of Lords" in entities.organizations
    assert "Lords" in entities.aliases["House of Lords"]
    assert "Lords" not in entities.tags
