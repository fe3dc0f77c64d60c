"""News digests copied from the web: items between rules typed as em dashes (`\u2014\u2014-`,
as a word processor or page turns `----` into dashes), headlines holding an abbreviation with its
full stop (`Aug.`, `Sen.`), and navigation lines such as `Back to top`."""

from __future__ import annotations

from backfile_ingest.cues import headline_style, is_chrome, is_rule

from tests.ingest_support import ingest_string

# Invented text in the layout of an agency's web news digest.
RULE = "\u2014\u2014\u2014-"
DIGEST = "\n".join([
    RULE,
    "Port strike delays Aug. grain shipments from northern harbours",
    "OSLO \u2013 Dock workers at three northern ports walked out on Tuesday over pay, leaving "
    "grain ships waiting at anchor, the port authority said.",
    "The union said the strike would last until the end of the week unless talks resumed.",
    RULE,
    "Sen. Halvorsen to seek third term in regional assembly",
    "BERGEN \u2013 Senator Ingrid Halvorsen said on Tuesday she would stand for a third term, "
    "ending weeks of speculation about her plans.",
    RULE,
    "Back to top",
])


def test_em_dash_rules_separate_the_items_and_each_keeps_its_headline() -> None:
    stories = ingest_string(DIGEST)
    assert [s.title for s in stories] == [
        "Port strike delays Aug. grain shipments from northern harbours",
        "Sen. Halvorsen to seek third term in regional assembly"]
    assert [s.dateline for s in stories] == ["OSLO", "BERGEN"]
    assert stories[0].paragraphs[0].startswith("Dock workers at three northern ports")
    assert stories[1].paragraphs == [
        "Senator Ingrid Halvorsen said on Tuesday she would stand for a third term, ending "
        "weeks of speculation about her plans."]
    assert not any("Back to top" in p for s in stories for p in s.paragraphs)


def test_the_cues_behind_it() -> None:
    for rule in ("\u2014\u2014\u2014-", "\u2013 \u2013 \u2013", "\u2015\u2015\u2015\u2015",
                 "\u2500\u2500\u2500\u2500"):
        assert is_rule(rule), rule
    assert not is_rule("\u2014 Jane Doe")
    assert headline_style("Storm closes Jan. Fair as Gov. Lind calls it off") == "plain"
    assert headline_style("Prices rise. Markets fall") is None  # two sentences still
    assert is_chrome("Back to top") and is_chrome("Return to homepage")
    assert not is_chrome("Back to the drawing board for city planners")
