"""A word inside a web address is no lower-case use of a name: "orders on the amazon.co.uk
website" left "Amazon's book chart" untagged, as if "amazon" were a common word of the story
(like "Spy satellites" at a sentence start, whose word the story writes in lower case)."""

from tests.support.entities import candidate_names


def test_a_web_address_does_not_make_a_name_a_common_word() -> None:
    names = candidate_names("Potter", [
        "The new Harry Potter book has topped Amazon's chart.",
        "Thousands placed orders on the amazon.co.uk website.",
    ])
    assert "Amazon" in names


def test_a_word_the_story_writes_in_lower_case_is_still_common() -> None:
    names = candidate_names("Space", [
        "Spy satellites watched the border.",
        "Such satellites cost millions.",
    ])
    assert "Spy" not in names
