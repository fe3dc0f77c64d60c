"""Plain data for one story as the search index sees it, built from a Pelican article."""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

EXCERPT_CHARS = 320  # summary and body text kept per document for snippets


def cut(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut at a word boundary."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


@dataclass
class SearchDoc:
    """Everything the index and the export need about one story."""

    slug: str
    url: str                       # relative to the site root, e.g. stories/x.html
    title: str
    body: str                      # plain text, paragraphs separated by blank lines
    date: date | None = None
    date_precision: str = "day"
    section: str = ""
    kicker: str = ""
    summary: str = ""
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # the source's own tags (page `Keywords:`)

    def display(self) -> list[Any]:
        """What a result shows besides url, title and date (stored in the index, exported as is).

        Only a cut summary and excerpt are kept, not the body: the index stores what the export
        needs and no more.
        """
        summary = cut(self.summary, EXCERPT_CHARS)
        # Summaries are usually the first paragraph: then the body excerpt would repeat it.
        repeats = summary and self.body.startswith(summary.rstrip(" …"))
        excerpt = "" if repeats else cut(self.body, EXCERPT_CHARS)
        return [self.date_precision, self.section, self.people, self.places, self.organizations,
                summary, excerpt]

    def checksum(self) -> str:
        """Hash of everything indexed, so an edited story is re-indexed and nothing else is.

        Every build hashes every story, so this avoids dataclasses.asdict (a deep copy, 3x
        slower): the field values in declaration order, as JSON.
        """
        values = [getattr(self, f.name) for f in fields(self)]
        blob = json.dumps(values, default=str, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class _TextExtractor(HTMLParser):
    """Collects the text of rendered HTML, one paragraph per block element."""

    BLOCKS = frozenset({"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "br", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_PARAGRAPH_TAGS = re.compile(r"(</?p>)")


def _paragraph_parts(markup: str) -> list[str] | None:
    """What _TextExtractor collects from HTML whose only tags are bare <p> and </p> (what the
    ingest's story pages render to), without the parser's per-character work: a paragraph's
    start, and each run of text with its character references replaced (html.unescape, as the
    parser does). None for any other HTML."""
    pieces = _PARAGRAPH_TAGS.split(markup)
    texts = pieces[::2]
    if any("<" in text for text in texts):
        return None
    parts: list[str] = []
    for n, text in enumerate(texts):
        if n:
            tag = pieces[2 * n - 1]
            if tag == "<p>":
                parts.append("\n\n")
        if text:
            parts.append(html.unescape(text) if "&" in text else text)
    return parts


def html_to_text(markup: str) -> str:
    """Plain text of a rendered story body (Pelican gives us HTML)."""
    parts = _paragraph_parts(markup)
    if parts is None:
        parser = _TextExtractor()
        parser.feed(markup)
        parser.close()
        parts = parser.parts
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def split_list(value: Any) -> list[str]:
    """A `; `-separated metadata list (or Pelican's parsed list) as clean names."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


@dataclass
class ArticleText:
    """What the index needs of a Pelican Article, as plain picklable values.

    The build hands these to the search process (a fresh interpreter, so it does not inherit
    Pelican's memory); turning the HTML into text happens there, off Pelican's critical path.
    """

    slug: str
    url: str
    title: str
    content: str                   # rendered HTML body
    date: date | None
    metadata: dict[str, Any]       # the keys from_article_text reads (lower case)
    category: str


_METADATA_KEYS = ("date-precision", "kicker", "summary", "people", "places", "organizations",
                  "keywords")


def article_text(article: Any) -> ArticleText:
    """Copy out of a Pelican Article (metadata keys are lower case) what the index needs."""
    meta = article.metadata
    when = getattr(article, "date", None)
    category = getattr(article, "category", None)
    return ArticleText(
        slug=article.slug,
        url=article.url,
        title=article.title,
        content=article.content,
        date=when.date() if isinstance(when, datetime) else when,
        metadata={key: meta[key] for key in _METADATA_KEYS if key in meta},
        category=str(category) if category else "",
    )


def from_article_text(text: ArticleText) -> SearchDoc:
    """The story as the index sees it: metadata as plain text, the body's HTML as paragraphs."""
    meta = text.metadata
    return SearchDoc(
        slug=text.slug,
        url=text.url,
        title=html.unescape(text.title),  # metadata text, not HTML: keep "<script>" as text
        body=html_to_text(text.content),
        date=text.date,
        date_precision=str(meta.get("date-precision", "day")),
        section=text.category,
        kicker=str(meta.get("kicker", "") or ""),
        summary=html_to_text(str(meta.get("summary", "") or "")),
        people=split_list(meta.get("people")),
        places=split_list(meta.get("places")),
        organizations=split_list(meta.get("organizations")),
        keywords=split_list(meta.get("keywords")),
    )
