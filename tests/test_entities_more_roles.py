"""More kinds of person before a name ("publicist Wendy Day", "bassist John Deacon", "conductor
Marcello Viotti") say person, so a surname that is also a word ("Day") stays a name; nouns as
often before a body ("campaigners", "promoters") do not."""

from backfile_entities.lexicon import PERSON_NOUNS

from tests.support.entities import candidate_types


def test_the_new_role_nouns_are_person_nouns() -> None:
    assert {"publicist", "bassist", "conductor", "scientist", "girlfriend"} <= PERSON_NOUNS
    assert not {"campaigner", "promoter", "uncle"} & PERSON_NOUNS


def test_a_publicist_with_a_word_for_a_surname_is_a_person() -> None:
    types = candidate_types("Kidman wins battle", [
        "The day ended well, said Kidman's publicist Wendy Day.",
        "Promoters Regular Music booked the hall, and campaigners HACAN Clearskies objected.",
    ])
    assert types.get("Wendy Day") == "person"
    assert types.get("Regular Music") != "person"
    assert types.get("HACAN Clearskies") != "person"


def test_an_award_after_a_role_noun_is_still_no_person() -> None:
    types = candidate_types("Bening wins praise", [
        "Bening did not win the best supporting actress Academy Award last year.",
    ])
    assert types.get("Academy Award") != "person"
