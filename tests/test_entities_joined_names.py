"""Two names run together after an opening phrase that lost its comma ("At La Scala Muti
was ...") are the venue and the person's surname, not one person; a venue named as a body and
as a site ("La Scala", "La Scala Theatre") is one entity."""

from backfile_entities import tag

STORY = [
    "Conductor Riccardo Muti, music director of Milan's La Scala Theatre, has resigned.",
    "Muti, who led La Scala for 19 years, said staff had made his position untenable.",
    "At La Scala Muti conducted more than 40 operas, including a celebrated Otello.",
]


def test_a_venue_and_a_surname_run_together_are_two_names() -> None:
    tags = tag("Muti quits opera house", STORY)
    assert "La Scala Muti" not in tags.tags
    assert "Riccardo Muti" in tags.people
    assert "La Scala Theatre" in tags.places
    assert "La Scala" in tags.aliases["La Scala Theatre"]
    assert "La Scala" not in tags.tags


def test_a_full_name_is_not_split() -> None:
    """The first word is no name of its own when the story uses it for the person."""
    tags = tag("Talks", [
        "North Korean leader Kim Jong-un met officials, the agency said.",
        "Mr Kim said talks in Pyongyang went well.",
        "In Pyongyang Kim Jong-un also visited a factory.",
    ])
    assert "Kim Jong-un" in tags.people


def test_a_given_name_that_is_also_a_town_is_not_split_off() -> None:
    """ "interest in David Beckham": David is a town in Panama, but here a given name."""
    tags = tag("Virus", [
        "Virus writers are trading on interest in David Beckham to spread their wares.",
        "Visitors will not see pictures of Mr Beckham but will have their computers infected.",
    ])
    assert "David Beckham" in tags.people
    assert "David" not in tags.tags
