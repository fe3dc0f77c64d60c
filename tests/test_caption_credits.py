"""A web page's photo caption above the story: its closing credit (`(Xinhua/Lan Hongguang)`,
`(AP Photo/Evan Vucci)`, `[Photo/Agencies]`) is a credit, not text, and the wire dateline of the
paragraph under the caption is still the story's dateline (its agency was tagged as a place)."""

from __future__ import annotations

from backfile_ingest.cues import trailing_credit
from ingest_support import ingest_string

PAGE = """Premier delivers New Year address

A photo released on Dec. 31 shows Premier Tova Ramek delivering a New Year address to \
audiences via state television. (Xinhua/Lin Hao)

VALPORT, Dec. 31 (Xinhua) -- In a New Year's address broadcast on Saturday, Premier Tova Ramek \
vowed to keep developing friendly exchanges with other countries.

Ramek urged faster reform of the country's economy. [Photo/Agencies]
"""


def test_caption_credits_and_the_dateline_under_a_caption() -> None:
    (story,) = ingest_string(PAGE)
    assert story.credits == ["(Xinhua/Lin Hao)", "[Photo/Agencies]"]
    assert story.dateline == "VALPORT"
    assert story.paragraphs == [
        "A photo released on Dec. 31 shows Premier Tova Ramek delivering a New Year address to "
        "audiences via state television.",
        "In a New Year's address broadcast on Saturday, Premier Tova Ramek vowed to keep "
        "developing friendly exchanges with other countries.",
        "Ramek urged faster reform of the country's economy."]
    assert "(Xinhua" not in story.summary


def test_only_a_credit_closes_a_paragraph() -> None:
    assert trailing_credit("He spoke. (AP Photo/Evan Vucci)") == (
        "He spoke.", "(AP Photo/Evan Vucci)")
    assert trailing_credit("The deal (signed in 2004/5) was good.") is None
    assert trailing_credit("Prices rose (see chart/table).") is None
    assert trailing_credit("(Photo: Jane Doe)") is None  # a credit line alone: photo_credit's
