""""Mr Howard" is someone's surname: it is not "Howard Flight" when the story calls him "Mr
Flight", while "Mr Kim" still joins "Kim Yungmin" (family name first) when nobody is
"Mr Yungmin"."""

from backfile_entities import tag


def test_mr_and_a_given_name_of_another_person_is_a_different_person() -> None:
    entities = tag("Party rejects rethink", [
        "Sacked MP Howard Flight will not be reinstated, the party said.",
        "Mr Flight said he was disappointed. Mr Howard insisted he had followed the rules.",
        "Mr Howard said the party would choose a new candidate. Mr Flight declined to comment.",
    ])
    assert "Howard Flight" in entities.people
    assert "Howard" in entities.people
    assert "Howard" not in entities.aliases.get("Howard Flight", [])


def test_mr_and_a_family_name_written_first_joins_the_full_name() -> None:
    entities = tag("Card firm rescued", [
        "Investors welcomed the deal, said Kim Yungmin, a strategist at a Seoul bank.",
        "Mr Kim added that borrowing costs could rise. Mr Kim expects more rescues.",
    ])
    assert "Kim Yungmin" in entities.people
    assert "Kim" not in entities.people
