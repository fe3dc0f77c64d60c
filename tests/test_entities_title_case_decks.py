"""An old paper's Title Case head and decks ("President Taft Anxious", "Executive Waits at White
House for News of Maj. Butt.") name only what the text names: their capitals say nothing."""

from backfile_entities import tag


def test_a_three_word_title_case_head_and_its_deck_make_no_names() -> None:
    entities = tag("President Taft Anxious", [
        "Executive Waits at White House for News of Maj. Butt.",
        "President Taft remained at the White House until a late hour last night awaiting word "
        "of his military aide, Maj. Archibald Butt, who was a passenger on the liner.",
    ])
    assert {"Taft", "Archibald Butt"} <= set(entities.people)
    assert not {"Taft Anxious", "Waits", "Executive Waits"} & set(entities.tags)


def test_a_title_case_deck_does_not_make_an_organisation() -> None:
    entities = tag("Liner Sinks; 1,500 Lost", [
        "Crowds Gather at Cunard Offices Awaiting Lists of Rescued.",
        "Wireless Brings Word From Carpathia Late Last Night.",
        "The liner Titanic sank at 2:20 o'clock Monday morning after striking an iceberg "
        "about 1,150 miles east of New York. The Carpathia picked up the lifeboats.",
    ])
    assert set(entities.tags) <= {"New York", "Carpathia", "Titanic"}
    assert "New York" in entities.places


def test_a_list_of_names_is_no_deck() -> None:
    entities = tag("Cast announced", [
        "The film stars Imelda Staunton, Jim Broadbent and Hugh Grant.",
        "Imelda Staunton, Jim Broadbent, Hugh Grant.",
    ])
    assert {"Imelda Staunton", "Jim Broadbent", "Hugh Grant"} <= set(entities.people)
