"""Story text is shown as text: HTML and Markdown in a story never become markup."""

from __future__ import annotations

import html as html_text
import re
from pathlib import Path

from backfile_ingest.page import render
from ingest_support import ingest_string
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG

HOSTILE = [
    "Police said <script>alert(1)</script> was found & removed.",
    "# Not a heading, *not emphasis*, [not](a link) and `not code`.",
    "1. Not a list item; - neither; > nor a quote.",
    "- Not a bullet either.",
    ": not a definition, {: .not-an-attribute}, ~~~ and *[HTML]: no abbreviation.",
]


def test_hostile_text_renders_as_itself(tmp_path: Path) -> None:
    [story] = ingest_string("\n".join(HOSTILE) + "\n")
    story.slug = "hostile"
    page = tmp_path / "hostile.md"
    page.write_text(render(story), encoding="utf-8")
    html, metadata = MarkdownReader(dict(DEFAULT_CONFIG)).read(str(page))
    assert "<script>" not in html and "<script>" not in metadata["summary"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for tag in ("<h1", "<em", "<a ", "<code", "<ol", "<ul", "<blockquote", "<dl", "<abbr"):
        assert tag not in html
    paragraphs = [html_text.unescape(p) for p in re.findall(r"<p>(.*?)</p>", html)]
    assert paragraphs == HOSTILE
    assert html_text.unescape(metadata["summary"]) == f"<p>{HOSTILE[0]}</p>"


def test_character_references_in_scraped_text_are_decoded(tmp_path: Path) -> None:
    [story] = ingest_string("Yannick Nyanga (B&#233;ziers) &amp; AT&T scored.\n")
    story.slug = "refs"
    page = tmp_path / "refs.md"
    page.write_text(render(story), encoding="utf-8")
    html, _ = MarkdownReader(dict(DEFAULT_CONFIG)).read(str(page))
    assert html_text.unescape(html) == "<p>Yannick Nyanga (Béziers) & AT&T scored.</p>"
