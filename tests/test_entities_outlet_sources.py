"""An outlet speaking of its own reporting ("BBC Sport understands", "Reuters has learned",
"The Guardian can reveal"), a quoted pundit's outlet and "speaking exclusively to X" make X a
source; a body or outlet named only as the story's source is never a tag, however often."""

from backfile_entities import tag
from backfile_entities.mentions import find_mentions


def _sources(text: str) -> set[str]:
    return {m.text for m in find_mentions(text) if m.source}


def test_an_outlet_on_its_own_reporting_is_a_source() -> None:
    assert "Reuters" in _sources("Reuters has learned that the bank will cut 2,000 jobs.")
    assert "Sky News" in _sources("Sky News understands the deal is close.")
    assert "The Guardian" in _sources("The Guardian can reveal the minister's plan.")


def test_a_pundits_outlet_and_an_exclusive_interview_are_sources() -> None:
    assert "Sky Sports" in _sources("Sky Sports pundit Gary Neville called it a disgrace.")
    assert "Radio Five Live" in _sources(
        "The manager, speaking exclusively to Radio Five Live, denied the report.")


def test_a_source_named_often_is_still_no_tag() -> None:
    tags = tag("Striker signs new deal", [
        "Striker Tom Hale has signed a new three-year contract with Barnsford Rovers.",
        '"I am delighted," Hale told Sky Sports. "This club is my home."',
        'Manager Jim Kerr told Sky Sports: "He is the best finisher in the league."',
        "Sky Sports understands that two Premiership clubs had made offers for Hale.",
    ])
    assert "Sky Sports" not in tags.tags
    assert "Tom Hale" in tags.people
