"""No junk tags: sentence-initial words, weekdays, months, credits, bare titles, demonyms."""

from backfile_entities import tag


def names(title: str, paragraphs: list[str]) -> set[str]:
    entities = tag(title, paragraphs)
    return {*entities.tags, *(a for forms in entities.aliases.values() for a in forms)}


def test_sentence_initial_function_words_are_not_tags() -> None:
    found = names("", [
        "When the talks ended, Angela Merkel left Berlin. Shortly after, Merkel flew to Paris.",
        "However, Merkel said on Monday that talks in Paris would go on in March.",
    ])
    assert "Angela Merkel" in found
    assert not found & {"When", "Shortly", "However", "Monday", "March"}


def test_credit_words_and_bare_titles_are_not_tags() -> None:
    found = names("", [
        "President Joe Biden met Prime Minister Rishi Sunak in London on Tuesday.",
        "Photo: Reuters",
        "The President said Biden and Sunak agreed. The Prime Minister said little.",
    ])
    assert {"Joe Biden", "Rishi Sunak"} <= found
    assert not found & {"President", "Prime Minister", "Photo", "Tuesday", "Reuters"}


def test_a_capitalised_job_title_is_not_a_person() -> None:
    found = names("Gig sells out", [
        "Tickets sold out within hours, said Mike Eccleshall, the venue's Promotions "
        "Coordinator. Eccleshall said the band would play again.",
        "The Policy Adviser at the council, Jane Hill, said the gig was a success.",
    ])
    assert "Mike Eccleshall" in found
    assert not found & {"Promotions Coordinator", "Policy Adviser"}


def test_demonyms_used_as_adjectives_are_not_tags() -> None:
    found = names("", [
        "Russian President Vladimir Putin and Taiwanese officials spoke of Chinese pressure.",
        "Putin said Russian and North Korean forces held drills near China.",
    ])
    assert "Vladimir Putin" in found
    assert not found & {"Russian", "Taiwanese", "Chinese", "North Korean", "Russian President"}


def test_verb_fragments_are_not_tags() -> None:
    entities = tag("", ["Boris Johnson spoke in Leeds. Johnson said the plan was fair, "
                        "Johnson told reporters, and Johnson added: \"We will win.\""])
    assert entities.people == ["Boris Johnson"]
    assert all(not n.endswith((" said", " told", " added")) for n in entities.tags)


def test_capitalised_common_words_at_sentence_start_are_not_tags() -> None:
    found = names("", ["Spy satellites could help the army. Spy agencies in Seoul agree.",
                       "Nearly all of Seoul was dark, officials in South Korea said."])
    assert "Spy" not in found
    assert "Nearly" not in found
    assert "Seoul" in found or "South Korea" in found


def test_a_surname_that_looks_like_a_demonym_is_still_a_name() -> None:
    entities = tag("Safin plays down Wimbledon hopes", [
        "Australian Open champion Marat Safin has ruled out winning Wimbledon.",
        "Safin said he had given up on grass. However, Safin is hopeful, said analyst Mike Lake.",
    ])
    assert "Marat Safin" in entities.people  # not "of Safi", a Moroccan province
    assert "Safin" in entities.aliases["Marat Safin"]
    assert "Mike Lake" not in entities.places


def test_weekday_plurals_and_disease_acronyms_are_not_tags() -> None:
    found = names("Library extends hours", [
        "The library will open until 8 p.m. on Saturdays from April, director Vailey Oehlke said.",
        "Hospitals strained by the COVID pandemic and by MRSA cases will get more staff, the "
        "World Health Organization said.",
    ])
    assert "Vailey Oehlke" in found
    assert not found & {"Saturdays", "COVID", "MRSA"}
