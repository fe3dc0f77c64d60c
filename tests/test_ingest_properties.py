"""Property: for any text the ingest returns stories that hold every non-blank source line
exactly once and in order (headline, kicker, dateline, byline, credits and sign-off
accounted for), or raises the documented `IngestError`; it never crashes."""

from __future__ import annotations

from backfile_ingest.cues import glued_rule, is_document_mark, is_rule, unmark
from backfile_ingest.ocr import strip_column_debris
from backfile_ingest.problems import IngestError
from backfile_ingest.read import decode_dump
from backfile_ingest.segment import segment
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ingest_support import ingest_string

FRAGMENTS = [
    "", " ", "---", "* * *", "\f", "SECURITY: Taiwan must act, Chiu said When Hong Kong applies",
    "TAIPEI, April 24 (Reuters) - Officials said on Saturday", "SALVADOR, Feb 26 - Rain fell.",
    "By Jane Doe", "Photo: Kremlin via Reuters", "Reuter", "(AP)", "Monday, 14 September 2023",
    "PUTIN AND KIM MEET", "Ad sales boost Time Warner profit", "The end.", "It was cut off mid",
    "“Quoted,” she said yesterday.", "<script>alert(1)</script>", "# heading? * list",
    "邱垂正 said on March 13 that", "CARROT AND STICK: While x, China did y last year Nearly all",
    "Title: Mayor unveils plan", "Date: 2019-06-14T09:15:00Z", "BYLINE: Patrick Wintour",
    "LOAD-DATE: March 3, 2004", "BODY:", "1 of 2 DOCUMENTS", "The Guardian (London)",
    "March 3, 2004 Wednesday", "tags: [a, b]", "# Scientists map the ocean floor",
    "*By Priya Natarajan* | 12 May 2022", "**Madrid, 13 May 2022**", "@highlight",
]
LINES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60))
TEXTS = st.one_of(st.lists(LINES, max_size=25).map("\n".join), st.text(max_size=300))


def _chars(text: str) -> str:
    return "".join(text.split())


def _expected(text: str) -> str:
    text = strip_column_debris(text)[0]  # OCR's column debris is no story text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Separator lines (rules, form feeds, record counters) are not story text: the segmenter
    # consumes them, and a rule glued to a line's front (`---- Headline`) too.
    return "".join(_chars(line.replace("\f", "")[glued_rule(line.replace("\f", "")):])
                   for line in lines
                   if not is_rule(line.replace("\f", "")) and not is_document_mark(line))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("A-\nb")  # a word split at the edge, joined without its hyphen
@example("# Scientists map the ocean floor\n# Scientists map the ocean floor\n"
         "*By Priya Natarajan* | 12 May 2022")  # a marked subhead over a byline is the deck
@example("PUTIN AND KIM MEET\nPUTIN AND KIM MEET\n"
         "SECURITY: Taiwan must act, Chiu said When Hong Kong applies")  # a stacked head's deck,
# then a kicker's deck run into the lede: both decks kept (the second overwrote the first)
def test_every_line_is_accounted_for_once_in_order(text: str) -> None:
    try:
        stories = ingest_string(text)
    except IngestError as error:
        assert error.problem.path == "dumps/t.txt"
        assert not _expected(text)  # only text with nothing in it is refused
        return
    pieces = [piece for story in stories for piece in story.pieces]
    assert "".join(_chars(p.text) for p in pieces) == _expected(text)
    assert [p.line for p in pieces] == sorted(p.line for p in pieces)
    for story in stories:
        # A deck is shown without Markdown's marks (`# Subhead` over a byline); its piece keeps
        # every source character, and a body line its marks.
        prose = [unmark(p.text) if p.role == "deck" else p.text
                 for p in story.pieces if p.role in ("deck", "body")]
        # (a word split at a column's edge, `gov-` / `ernment`, is joined without the
        # typesetter's hyphen: hyphens.py; every other character is kept)
        assert _chars("".join(prose)).replace("-", "") == _chars(
            "".join(story.paragraphs)).replace("-", "")
        assert story.first_line <= story.last_line
        roles = {p.role: p.text for p in story.pieces}
        if story.title_from_source:  # a headline line, or a `Title:` field's value
            given = [unmark(roles["headline"])] if "headline" in roles else [
                p.text.partition(":")[2] for p in story.pieces if p.role == "field"]
            forms = {_chars(g).lower() for g in given}
            assert _chars(story.title).lower() in forms | {f.strip("\"'") for f in forms}
        assert story.credits == [p.text for p in story.pieces if p.role == "credit"]
        assert len(story.title) > 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_each_story_accounts_for_its_own_segment(text: str) -> None:
    """The anatomy's share of the property, whatever the segmenter decided."""
    try:
        stories = ingest_string(text)
    except IngestError:
        return
    segments = segment(text)
    assert len(segments) == len(stories)
    for part, story in zip(segments, stories, strict=True):
        assert "".join(_chars(p.text) for p in story.pieces) == "".join(
            _chars(line.text) for line in part.lines)
        assert (story.first_line, story.last_line) == (part.first_line, part.last_line)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), TEXTS.map(lambda t: t.encode("cp1252", "replace"))))
def test_any_bytes_are_ingested_or_refused_with_the_documented_error(data: bytes) -> None:
    try:
        stories = ingest_string(decode_dump(data, "dumps/t.txt").text)
    except IngestError as error:
        assert error.problem.path == "dumps/t.txt" and error.problem.level == "error"
        return
    assert all(story.pieces for story in stories)
