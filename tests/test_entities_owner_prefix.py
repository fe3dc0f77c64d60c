"""A name written again without the acronym of its owner or country ("Radio 1" after "BBC
Radio 1", "Supreme Court" after "US Supreme Court") is the same organisation."""

from backfile_entities import tag


def test_the_name_without_its_owner_acronym_joins_the_full_name() -> None:
    entities = tag("DJs take over chart show", [
        "The duo are taking over BBC Radio 1's flagship chart show on Sunday.",
        "Radio 1 said the show would move to a later slot. Radio 1 has run it since 1967.",
    ])
    assert "BBC Radio 1" in entities.organizations
    assert "Radio 1" not in entities.organizations
    assert "Radio 1" in entities.aliases["BBC Radio 1"]


def test_a_longer_name_before_it_is_no_owner() -> None:
    entities = tag("Local party row", [
        "The Stevenage Labour Party chairman resigned on Friday after a row over funds.",
        "The Labour Party said the matter was for the local members. The Labour Party "
        "will hold its conference in Brighton.",
    ])
    assert "Labour Party" in entities.organizations
