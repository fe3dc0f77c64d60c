"""A body is no person for sharing a person's cues: an acronym before "presidency" holds the
office ("its EU presidency"), where a surname before it names a leader ("the Duterte
presidency"); and a name the noun before it typed ("news site X") is no person because a
word of it is later used alone with "told"."""

from backfile_entities import tag


def test_acronym_before_presidency_is_no_person() -> None:
    entities = tag("Summit", [
        "Ministers met in Lisbon on Friday. The minister said his country chose its ASEAN "
        "presidency priorities well, and the ASEAN summit will run in October.",
        "The ASEAN meeting will focus on trade with the ASEAN partners.",
    ])
    assert "ASEAN" not in entities.people


def test_surname_before_presidency_is_still_a_person() -> None:
    entities = tag("Reform", [
        "Critics said the Marcoski presidency failed. Marcoski said the critics were wrong.",
    ])
    assert "Marcoski" in entities.people


def test_outlet_named_by_its_noun_is_no_person() -> None:
    entities = tag("Coal", [
        "Coal shops are running out, news site Dobrovy Listek reported on Friday. "
        "Karel Novotny of a coal store told Dobrovy that prices had doubled.",
        "Dobrovy Listek said buyers came from abroad.",
    ])
    assert "Dobrovy Listek" not in entities.people
    assert "Dobrovy Listek" in entities.organizations


def test_a_title_still_makes_a_person_of_a_name_a_noun_typed() -> None:
    entities = tag("Tributes paid", [
        "He was praised by his friend and fellow broadcaster Martin Quillby. \"He was a "
        "kind man,\" Mr Quillby said.",
    ])
    assert "Martin Quillby" in entities.people
