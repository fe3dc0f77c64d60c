"""A name split at a line end with a hyphen, its second half capitalised ("Mc-" / "Knight"),
is one word again: closed up when the story writes it so elsewhere or the prefix is written
closed ("Mc"), hyphen kept when the hyphen is the name's ("Jean-" / "Paul")."""

from backfile_entities import tag
from ingest_support import ingest_string

WRAPPED = """Chairman quits over merger

The merger was approved on Friday by the board after Patrick Mc-
Knight, the chairman of the firm, resigned. The deal was agreed
with the French group headed by Jean-
Paul Moreau, who said he was pleased with the result of the
talks, which had lasted for more than a year. Analysts said the
merger would cut costs by a fifth over the next three years and
that the board expected more jobs to go in the next two months.
"""

ONE_PARAGRAPH_A_LINE = """Singer signs deal

The label said it had signed the singer Aoife Mac-
Namara, whose first album sold well. MacNamara said she was thrilled.
"""


def test_a_name_split_at_the_margin_is_joined() -> None:
    story = ingest_string(WRAPPED)[0]
    text = " ".join(story.paragraphs)
    assert "Patrick McKnight, the chairman" in text
    assert "Jean-Paul Moreau" in text
    assert "Patrick McKnight" in tag(story.title, story.paragraphs).people


def test_the_closed_form_elsewhere_drops_the_hyphen() -> None:
    story = ingest_string(ONE_PARAGRAPH_A_LINE)[0]
    assert story.paragraphs[0].endswith("singer Aoife MacNamara, whose first album sold well. "
                                        "MacNamara said she was thrilled.")
