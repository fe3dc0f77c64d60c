"""Any text in, a small well-formed answer out: the tagger never fails on odd input."""

from backfile_entities import tag
from hypothesis import given, settings
from hypothesis import strategies as st

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=150, deadline=None)
@given(title=TEXT, paragraphs=st.lists(TEXT, max_size=4), dateline=st.none() | TEXT)
def test_any_text_gives_at_most_eight_distinct_tags(title: str, paragraphs: list[str],
                                                   dateline: str | None) -> None:
    entities = tag(title, paragraphs, dateline=dateline)
    assert len(entities.tags) <= 8
    assert len(set(entities.tags)) == len(entities.tags)
    assert all(name.strip() == name and name for name in entities.tags)
    assert set(entities.aliases) <= set(entities.tags)
    assert tag(title, paragraphs, dateline=dateline) == entities


def test_a_dateline_of_only_a_slash_names_no_place() -> None:
    """Hypothesis found it: "/" left an empty place name, which failed the junk test."""
    entities = tag("", [], dateline="/")
    assert entities.tags == []
    assert tag("Talks", ["Officials met."], dateline=" / Main").tags == []


def test_markup_in_names_is_kept_as_text() -> None:
    entities = tag("<script>alert(1)</script> Acme Holdings plc", [
        "Acme Holdings plc said <b>John Smith</b> would lead it. Acme Holdings plc agreed."])
    assert "Acme Holdings plc" in entities.organizations
    assert all("<" not in name and ">" not in name for name in entities.tags)


def test_dateline_is_a_place() -> None:
    entities = tag("Talks resume", ["Officials met again on Tuesday to discuss trade."],
                   dateline="TAIPEI")
    assert entities.places == ["Taipei"]
