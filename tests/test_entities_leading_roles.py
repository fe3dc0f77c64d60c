"""A role noun that starts a sentence is not part of the name after it: "Rapper Eminem",
"Sprinters Kostas Kenteris and ...", "Judges Simon Cowell"; and titles with no one named
("Director General of the British Chambers of Commerce") are no person at all."""

from tests.support.entities import candidate_types


def test_a_singular_role_noun_before_one_name_is_dropped() -> None:
    types = candidate_types("Awards night", [
        "Rapper Eminem won two prizes at the ceremony.",
        "Eminem thanked his fans.",
    ])
    assert types.get("Eminem") == "person"
    assert "Rapper Eminem" not in types


def test_a_plural_role_noun_before_a_full_name_is_dropped() -> None:
    types = candidate_types("Athletes cleared", [
        "Sprinters Kostas Kenteris and Katerina Thanou were cleared on Friday.",
    ])
    assert types.get("Kostas Kenteris") == "person"
    assert not any(name.startswith("Sprinters") for name in types)


def test_a_common_noun_pair_at_a_sentence_start_is_kept_whole() -> None:
    names = candidate_types("Film news", ["Star Trek returns to cinemas next year."])
    assert "Trek" not in names


def test_titles_before_of_name_no_person() -> None:
    types = candidate_types("Business confidence falls", [
        "Director General of the British Chambers of Commerce David Frost said sales fell.",
        "Chief Executive of AOL UK Karen Thomson said the service would grow.",
    ])
    assert not any(name.startswith(("General of", "Executive of")) for name in types)
