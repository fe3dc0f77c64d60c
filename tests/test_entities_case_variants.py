"""Two spellings of one name that differ only in the writer's capitals ("WorldCom" and
"Worldcom") are one entity of the story; an acronym and a word ("ICO", the regulator, and
"Ico", a game) stay apart."""

from tests.support.entities import candidates_of


def test_names_differing_in_case_are_one_entity() -> None:
    entities = candidates_of("Fraud trial", [
        "Former WorldCom chief Bernie Ebbers told the court he knew nothing of the fraud.",
        "Worldcom collapsed in 2002, the largest bankruptcy in US history.",
        "Prosecutors say Worldcom hid $11bn of costs.",
    ])
    forms = [{e.name, *e.aliases} for e in entities]
    assert {"WorldCom", "Worldcom"} in forms


def test_an_acronym_is_not_a_word_in_other_capitals() -> None:
    names = {e.name for e in candidates_of("Games", [
        "The ICO said Sony had broken no data rules, a spokesman said.",
        "Fans of the cult game Ico were delighted by the sequel, which Ico's makers announced.",
    ])}
    assert "ICO" in names
