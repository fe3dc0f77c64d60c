"""Line-level cues: datelines, kickers, bylines, credits, sign-offs, headlines, rules, cuts."""

from __future__ import annotations

import pytest
from backfile_ingest import cues


@pytest.mark.parametrize(
    ("line", "place", "date_text", "agency", "rest"),
    [
        ("SALVADOR, Feb 26 - The army said", "SALVADOR", "Feb 26", None, "The army said"),
        ("TAIPEI, April 24 (Reuters) - Taiwan's", "TAIPEI", "April 24", "Reuters", "Taiwan's"),
        ("LONDON (AP) \u2014 Britain's", "LONDON", None, "AP", "Britain's"),
        ("BEIJING, Oct. 3 (Xinhua) -- China", "BEIJING", "Oct. 3", "Xinhua", "China"),
        ("Paris, 12 May (AFP) \u2013 France", "Paris", "12 May", "AFP", "France"),
        ("SAN JOSE, Calif. (AP) - Apple", "SAN JOSE", None, "AP", "Apple"),
        ("NEW YORK - Stocks fell", "NEW YORK", None, None, "Stocks fell"),
        ("Portland, Maine, Jan. 5, 2021 \u2014 A", "Portland", "Jan. 5, 2021", None, "A"),
    ],
)
def test_dateline_parts(line: str, place: str, date_text: str | None, agency: str | None,
                        rest: str) -> None:
    parsed = cues.parse_dateline(line)
    assert parsed is not None
    assert (parsed.place, parsed.date_text, parsed.agency, parsed.rest) == (
        place, date_text, agency, rest)
    assert cues.dateline(line) == line[: len(line) - len(rest)]


@pytest.mark.parametrize("line", ["Labour - the party of work - won", "He said - then left",
                                  "North Korean leader Kim Jong-un and Russian President"])
def test_not_a_dateline(line: str) -> None:
    assert cues.parse_dateline(line) is None


def test_kicker() -> None:
    assert cues.split_kicker("CARROT AND STICK: While China") == ("CARROT AND STICK", "While China")
    assert cues.kicker("SECURITY: As China is") == "SECURITY: "
    for line in ("10:30: markets open", "Mr Blair: we will win", "Note: this is"):
        assert cues.split_kicker(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("By Jane Doe", "Jane Doe"), ("BY JANE DOE, Reuters", "JANE DOE"),
     ("By Jane Doe and Juan de la Cruz | Staff writers", "Jane Doe and Juan de la Cruz"),
     ("By the end of the year, sales rose.", None), ("Byers said so.", None)],
)
def test_byline(line: str, name: str | None) -> None:
    assert cues.byline(line) == name


@pytest.mark.parametrize(
    ("line", "who"),
    [("Photo: Kremlin via Reuters", "Kremlin via Reuters"), ("(Photo: AP)", "AP"),
     ("Picture: Getty Images", "Getty Images"), ("Photo by Jane Doe", "Jane Doe"),
     ("REUTERS/Kim Kyung-Hoon", "REUTERS/Kim Kyung-Hoon"), ("AFP Photo", "AFP Photo"),
     ("Photos of the event spread quickly across the country.", None),
     ("Pictures by the million arrived at the office of the mayor yesterday.", None)],
)
def test_photo_credit(line: str, who: str | None) -> None:
    assert cues.photo_credit(line) == who


@pytest.mark.parametrize("line", ["Reuter", "REUTER", "(AP)", "-- Reuters", "\u2014 AFP",
                                  "(Reporting by Jane Doe; Editing by Tom Lee)", "ENDS"])
def test_signoff(line: str) -> None:
    assert cues.is_signoff(line)


@pytest.mark.parametrize("line", ["Pa", "The AP said so.", "Reuters reported a rise in sales."])
def test_not_signoff(line: str) -> None:
    assert not cues.is_signoff(line)


@pytest.mark.parametrize(
    ("line", "style"),
    [("ROSNEFT TO BUY YUGANSK UNIT", "caps"), ("Kim And Putin Meet At Cosmodrome", "title"),
     ("Ad sales boost Time Warner profit", "plain"), ("Why did he go?", "plain"),
     ("This is a whole sentence.", None), ("ending with a lower-case word", None),
     ("Photo: Kremlin via Reuters", None), ("By Jane Doe", None), ("---", None)],
)
def test_headline_style(line: str, style: str | None) -> None:
    assert cues.headline_style(line) == style


def test_headline_needs_a_body_below() -> None:
    assert cues.is_headline("Ad sales boost Time Warner profit", "Quarterly profits at US media "
                            "giant TimeWarner jumped 76% to $1.13bn.")
    assert not cues.is_headline("Ad sales boost Time Warner profit", "Yes.")


@pytest.mark.parametrize("line", ["---", "***", "* * *", "=====", "\f", "- - -", "________"])
def test_rule(line: str) -> None:
    assert cues.is_rule(line)


@pytest.mark.parametrize("line", ["", "--", "- a list item", "*** Breaking news ***x"])
def test_not_rule(line: str) -> None:
    assert not cues.is_rule(line)


@pytest.mark.parametrize(
    ("line", "cut"),
    [("organised by the Association. With", True), ("the scale of", True),
     ("Kim said,\u201d", True), ("done.", False), ("time.\u201d", False), ("as follows:", False),
     ("Is it?", False)],
)
def test_ends_mid_sentence(line: str, cut: bool) -> None:
    assert cues.ends_mid_sentence(line) is cut
