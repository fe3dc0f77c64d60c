""""I'd", "I'll", "I'm", "I've" are the pronoun's capital, never a name's last word: a quote's
"Like Kevin I'd like to see" named a person "Kevin I'd" (a tag of BBC sport/254 once the
salience cues changed)."""

from tests.support.entities import candidate_names


def test_a_pronoun_contraction_ends_a_name() -> None:
    names = candidate_names("Manager wants players", [
        'Chairman John Wardle said he would speak to Kevin Keegan about a bid.',
        'He said: "Like Kevin I\'d like to see some players come in."',
        "He added: \u201cI think Wardle I\u2019ll back, and Jones I\u2019m told will stay.\u201d",
    ])
    assert not any("I'" in name or "I\u2019" in name for name in names), names
    assert "Kevin Keegan" in names


def test_a_name_with_an_apostrophe_keeps_it() -> None:
    names = candidate_names("Striker signs", [
        "Martin O'Neill said Shaquille O'Neal had written to DJ Lisa I'Anson.",
    ])
    assert {"Martin O'Neill", "Shaquille O'Neal"} <= names
    assert any(name.endswith("Lisa I'Anson") for name in names), names
