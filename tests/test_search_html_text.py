"""A story body's text for the index is the same whichever way html_to_text reads the HTML.

Bodies whose only tags are <p> and </p> (every page the ingest writes) skip Python's HTML parser;
any body, tricky character references included, must give exactly the parser's text.
"""

from __future__ import annotations

import pytest
from backfile_search import documents
from backfile_search.documents import html_to_text

BODIES = [
    "",
    "<p>One paragraph.</p>",
    "<p>First.</p>\n<p>Second, with  spaces\tand\nnew lines.</p>\n",
    "<p>AT&amp;T &lt;b&gt; &quot;q&quot; &#8217; &#x2019; &eacute; &copy &notanentity; a & b</p>",
    "<p>x&am</p>p;y</p><p>&</p><p>&amp</p>",         # references cut by a tag
    "<p>Blank\n\nline inside</p><p></p><p> </p>",
    "text before <p>and after</p> a > b",
    "</p><p>unbalanced",
    "<p>Emphasis <em>here</em></p>",                # another tag: the parser reads it
    "<p class=\"x\">With attributes</p><P>Capitals</P>",
    "<p>A <!-- comment --> and <br> break</p><script>var x = '<p>';</script>",
]


def parsed(markup: str) -> str:
    """html_to_text through the HTML parser alone."""
    parser = documents._TextExtractor()
    parser.feed(markup)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


@pytest.mark.parametrize("markup", BODIES)
def test_same_text_as_the_parser(markup: str) -> None:
    assert html_to_text(markup) == parsed(markup)


def test_plain_paragraphs_skip_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser() -> None:
        raise AssertionError("the parser was used")

    monkeypatch.setattr(documents, "_TextExtractor", no_parser)
    assert html_to_text("<p>Rates &amp; prices</p>\n<p>rose.</p>") == "Rates & prices\n\nrose."
