"""The plain-paragraph reader gives exactly what Pelican's MarkdownReader gives, or steps aside."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from backfile_speed.plain_reader import PlainParagraphReader, split_plain
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG, read_settings

from tests.ingest_support import BBC, BBC_SECTIONS, SEED, ingest

ROOT = Path(__file__).resolve().parents[1]


def _readers(**overrides: object) -> tuple[MarkdownReader, PlainParagraphReader]:
    conf = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(ROOT / "content"),
                                                                 **overrides})
    return MarkdownReader(conf), PlainParagraphReader(conf)


def _both(path: Path, **overrides: object) -> tuple[tuple, tuple]:
    markdown, plain = _readers(**overrides)
    return markdown.read(str(path)), plain.read(str(path))


@pytest.fixture(scope="module")
def story_pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Pages the ingest writes: the sample dump and, where ../shared exists, 100 BBC stories."""
    root = tmp_path_factory.mktemp("pages")
    files: dict[str, str | bytes] = {"seed.txt": SEED.read_text(encoding="utf-8")}
    if BBC.is_dir():
        for section, n in itertools.product(BBC_SECTIONS, range(1, 21)):
            files[f"{section}-{n:03}.txt"] = (BBC / section / f"{n:03}.txt").read_bytes()
    ingest(root, files)
    return sorted((root / "stories").glob("*.md"))


def test_ingested_pages_take_the_fast_path_and_read_the_same(story_pages: list[Path]) -> None:
    fast = 0
    for page in story_pages:
        expected, got = _both(page)
        assert got == expected, page.name
        fast += split_plain(page.read_text(encoding="utf-8")) is not None
    # Most ingested pages are plain paragraphs; a few hold characters Markdown reads as syntax.
    assert fast >= 0.8 * len(story_pages), (fast, len(story_pages))


# Text built from the characters Markdown gives meaning to, so both paths are exercised.
_PIECES = st.sampled_from([
    "word", "Kim Jong-un", " ", "  ", "\t", ".", ",", "1. ", "2004 ", "- ", "+ ", "* ", "#", ":",
    "&", "&amp;", "AT&T", "<b>", ">", "_x_", "`c`", "[a](b)", "!", "|", "\\", "=", "---", "'",
    '"', "(", ")", "é", "邱垂正", "\u00a0", "~", "^", "{", "}", "1)", "3.5", "\x02", "\r",
])
_LINE = st.lists(_PIECES, min_size=0, max_size=8).map("".join)
_BODY = st.lists(_LINE, min_size=0, max_size=8).map("\n".join)
_VALUE = st.lists(_PIECES, min_size=0, max_size=5).map("".join)


@settings(max_examples=600, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(summary=_VALUE, kicker=_VALUE, body=_BODY)
def test_any_page_reads_as_markdown_reads_it(tmp_path: Path, summary: str, kicker: str,
                                             body: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"Title: T\nSummary: {summary}\nKicker: {kicker}\n\n{body}\n",
                    encoding="utf-8")
    expected, got = _both(page)
    assert got == expected


def test_plain_page_is_recognised() -> None:
    header, paragraphs = split_plain("Title: A & B\nSummary: One line.\n\nFirst.\n\nSecond\nline.")
    assert header == [("title", "A & B"), ("summary", "One line.")]
    assert paragraphs == ["First.", "Second\nline."]


@pytest.mark.parametrize("body", [
    "Some *emphasis* here.", "1. a list", "- a list", "    code", "A <b>tag</b>.", "A &amp; B.",
    "[link](x.html)", "Heading\n=======", "line with break  ",
])
def test_markdown_syntax_is_left_to_markdown(body: str) -> None:
    assert split_plain(f"Title: T\n\n{body}") is None


def test_other_markdown_extensions_turn_the_fast_path_off(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Title: T\n\nIt's \"quoted\" -- here.\n", encoding="utf-8")
    config = dict(DEFAULT_CONFIG["MARKDOWN"])
    config["extension_configs"] = {**config["extension_configs"],
                                   "markdown.extensions.smarty": {}}
    expected, got = _both(page, MARKDOWN=config)
    assert got == expected
    assert "&ldquo;" in got[0]  # smarty ran: the page went through Markdown
