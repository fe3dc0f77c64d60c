"""Copy pasted with a blank line after every wrapped line (blogs re-posting wire copy): a line
that goes on in lower case from one that ends no sentence continues its paragraph, so the
summary is the whole first sentence ("A debate was heating up" was the summary). A paragraph
that opens in lower case after a full sentence ("eBay said ...") stays a paragraph."""

from __future__ import annotations

from ingest_support import ingest_string

DOUBLE_SPACED = """Calls for logo change spark debate

VALPORT, Feb. 5 (Xinhua) -- A debate was heating up

across the nation after a senior official called for the state broadcaster to

change its 30-year-old logo, the Valport Daily reported on Thursday.

The official said the logos broke the rules.

eBay said it would not comment.
"""


def test_double_spaced_lines_rejoin_their_paragraph() -> None:
    (story,) = ingest_string(DOUBLE_SPACED)
    assert story.paragraphs == [
        "A debate was heating up across the nation after a senior official called for the "
        "state broadcaster to change its 30-year-old logo, the Valport Daily reported on "
        "Thursday.",
        "The official said the logos broke the rules.",
        "eBay said it would not comment."]
    assert story.summary.startswith("A debate was heating up across the nation")
