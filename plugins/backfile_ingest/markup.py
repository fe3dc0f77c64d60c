"""Markup dumps (saved web pages, XML/SGML news records, RSS and Atom feeds) as labelled text.

A story saved as HTML, a Reuters-21578 or TREC file of `<REUTERS>`/`<DOC>` records, an NITF
document or a feed export holds the same parts as a text dump, in elements instead of lines.
This module reads them with the standard library's tolerant HTML parser (which copes with SGML
and XML too) and writes each story as the labelled text the rest of the ingest already reads
(`Title:`, `Date:`, `Byline:`... a blank line, the body; stories separated by `---`), with the
source line each output line came from, so pages still cite the dump's own lines.

Which elements give what: a record element (`article`, `REUTERS`, `DOC`, `item`, `entry`...)
is one story. In an XML/SGML record, `TITLE`/`HEADLINE`/`hl1`, `DATE`/`pubDate`, `DATELINE`,
`BYLINE`/`author`, `category` and `link` give those parts and a body element (`BODY`, `TEXT`,
`p`, `content`, `description`) the paragraphs; other text (topic codes, ids) is left out. In a
web page, `<h1>` gives the headline, `<time datetime>` the date, an element of class `byline`
or `author` the byline, and everything else but navigation, scripts and styles is body text.
A data file's body may itself hold a web page's markup, as text (RSS descriptions escape it)
or in a CDATA section (`content:encoded`): that is read as a web page's body too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xml", ".sgm", ".sgml", ".nitf", ".rss",
                      ".atom"})
RECORDS = frozenset({"article", "reuters", "doc", "item", "entry", "nitf", "newsitem", "story"})
_SKIPPED = frozenset({"script", "style", "noscript", "nav", "footer", "aside", "form", "svg",
                      "template", "button", "select", "iframe", "figure"})
_HEAD_ONLY = frozenset({"head"})
_BLOCKS = frozenset({"p", "div", "br", "li", "blockquote", "tr", "section", "h2", "h3", "h4",
                     "h5", "h6", "pre", "dd", "dt", "hr", "table", "ul", "ol"})
_VOID = frozenset({"br", "hr", "meta", "link", "img", "input", "source", "wbr"})
_BODY = frozenset({"body", "text", "p", "content", "content:encoded", "description", "block",
                   "body.content", "lp", "td"})
# What an element gives. In a data file (XML/SGML records) the names are the export's own;
# in a web page only <h1> and <time datetime> (and a byline class) say anything.
_DATA_ROLES = {"title": "headline", "headline": "headline", "hl1": "headline",
               "hedline": "headline", "date": "date", "pubdate": "date", "published": "date",
               "dc:date": "date", "dateline": "dateline", "byline": "byline", "author": "byline",
               "dc:creator": "byline", "creator": "byline", "category": "section",
               "section": "section", "link": "url", "url": "url", "topics": "tags",
               "keywords": "tags"}
_WEB_ROLES = {"h1": "headline", "time": "date"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A web page (or a fragment of one), not a data file: TREC and Reuters files have <P> and
# <BODY> too, in capitals, but never these.
_WEB_PAGE = re.compile(
    r"<(?:[Hh][Tt][Mm][Ll]|!DOCTYPE [Hh][Tt][Mm][Ll])\b|<(?:div|article|h1|main)\b")
_MARKUP_START = re.compile(r"^\s*(?:<\?xml|<!DOCTYPE|<html\b)", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")  # markup inside a body's text
_CDATA = "CDATA["


def is_markup(text: str, suffix: str) -> bool:
    """Whether a dump is markup to be read element by element."""
    return suffix.lower() in SUFFIXES or bool(_MARKUP_START.match(text[:200]))


@dataclass
class _Story:
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)  # role -> (value, line)
    body: list[tuple[str, int]] = field(default_factory=list)  # (text, source line)


def _role(tag: str, attrs: dict[str, str | None], web: bool) -> str | None:
    classes = (attrs.get("class") or "").lower()
    if "byline" in classes or "author" in classes.split() or attrs.get("rel") == "author":
        return "byline"
    role = (_WEB_ROLES if web else _DATA_ROLES).get(tag)
    if role is not None:
        return role
    return "body" if tag in _BODY else None


_FIELD_ROLES = frozenset({"headline", "date", "byline", "section", "dateline", "url", "deck",
                          "tags", "source"})


# A web page's own description of its story in its <head>, read where its body says nothing:
# Open Graph and article meta tags, and the schema.org JSON-LD news sites embed for search
# engines (`{"@type": "NewsArticle", "headline": ..., "datePublished": ..., "author": ...}`).
_META_ROLES = {"og:title": "headline", "twitter:title": "headline",
               "article:published_time": "date", "datepublished": "date", "pubdate": "date",
               "publishdate": "date", "date": "date", "dc.date": "date", "dc.date.issued": "date",
               "parsely-pub-date": "date", "sailthru.date": "date",
               "author": "byline", "article:author": "byline", "dc.creator": "byline",
               "parsely-author": "byline", "byl": "byline",
               "article:section": "section", "og:url": "url"}
_LD_ROLES = {"headline": "headline", "datePublished": "date", "author": "byline",
             "articleSection": "section", "url": "url"}
_LD_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                       "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting", "Report"})


def _ld_article(data: object) -> dict[str, object] | None:
    """The news article a JSON-LD block describes (alone, in a list or in an `@graph`)."""
    if isinstance(data, list):
        return next((a for a in map(_ld_article, data) if a is not None), None)
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if kinds & _LD_TYPES:
        return data
    return _ld_article(data.get("@graph"))


def _ld_text(value: object) -> str | None:
    """A JSON-LD value as text: a name's `name`, a list's names joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        names = [t for t in map(_ld_text, value) if t]
        return ", ".join(names) or None
    return None


class _Reader(HTMLParser):
    """Collects each record element's fields and body lines, with their source lines."""

    def __init__(self, web: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.web = web  # a web page: loose text is body; a data file: only named elements
        self.stories: list[_Story] = []
        self.loose = _Story()  # what lies outside every record element
        self.stack: list[tuple[str, str | None]] = []  # open elements: (tag, role)
        self.skipping = 0  # open elements whose text is not story text (scripts, navigation)
        self.records = 0  # open record elements
        self.capture: tuple[str, str, list[str], int] | None = None  # a field being read
        self.after_block = True  # the next text starts a new line
        self.page_fields: dict[str, tuple[str, int]] = {}  # what the page's <head> says
        self.json_ld: list[str] | None = None  # a JSON-LD block being read

    @property
    def story(self) -> _Story:
        return self.stories[-1] if self.records else self.loose

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        line = self.getpos()[0]
        if self.web and tag == "meta":
            self._meta(values, line)
        if self.web and tag == "script" and values.get("type") == "application/ld+json":
            self.json_ld = []
        if tag in _SKIPPED or (self.web and tag in _HEAD_ONLY):
            self.skipping += 1
        if tag in RECORDS:
            if not self.records:
                self.stories.append(_Story())
            self.records += 1
        if tag == "time" and values.get("datetime"):
            self._field("date", values["datetime"] or "", line)
        if tag in ("date.issue", "date.release") and values.get("norm"):  # NITF
            self._field("date", values["norm"] or "", line)
        if tag == "link" and values.get("href") and not self.web:
            self._field("url", values["href"] or "", line)  # Atom: <link href="..."/>
        if tag in _BLOCKS:
            self._break(line)
        if tag in _VOID and (self.web or tag != "link"):  # RSS's <link> holds the address
            return
        role = _role(tag, values, self.web)
        if role in _FIELD_ROLES and self.capture is None and not self.skipping:
            self.capture = (tag, role, [], line)
        self.stack.append((tag, role))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.json_ld is not None:
            self._json_ld("".join(self.json_ld), self.getpos()[0])
            self.json_ld = None
        if tag in _SKIPPED or (self.web and tag in _HEAD_ONLY):
            self.skipping = max(0, self.skipping - 1)
        if any(open_tag == tag for open_tag, _ in self.stack):
            while self.stack:
                open_tag, _ = self.stack.pop()
                if self.capture is not None and self.capture[0] == open_tag and not any(
                        t == open_tag for t, _ in self.stack):
                    _, role, parts, line = self.capture
                    self._field(role, "".join(parts), line)
                    self.capture = None
                if open_tag == tag:
                    break
        if tag in _BLOCKS:
            self._break(self.getpos()[0])
        if tag in RECORDS and self.records:
            self.records -= 1

    def handle_data(self, data: str) -> None:
        if self.json_ld is not None:
            self.json_ld.append(data)
        if self.skipping:
            return
        data = _CONTROL.sub("", data)
        if self.capture is not None:
            self.capture[2].append(data)
            return
        role = next((r for _, r in reversed(self.stack) if r is not None), None)
        if role is None and not self.web:
            return  # a data file's codes and ids (`<TOPICS>`, `<DOCNO>`)
        line = self.getpos()[0]
        if not self.web and role == "body" and _TAG.search(data):
            self._web_fragment(data, line)
            return
        body = self.story.body
        for offset, text in enumerate(data.split("\n")):
            if offset == 0 and body and not self.after_block:
                body[-1] = (body[-1][0] + text, body[-1][1])
            else:
                body.append((text, line + offset))
            self.after_block = False

    def unknown_decl(self, data: str) -> None:
        """A CDATA section (`<![CDATA[...]]>`) holds text, often a web page's markup."""
        if data.startswith(_CDATA):
            self.handle_data(data[len(_CDATA):])

    def _web_fragment(self, html: str, line: int) -> None:
        """The text of markup found inside a data file's body, read as a web page's body
        (blocks are paragraphs; scripts and styles are left out), cited at its own lines."""
        inner = _Reader(web=True)
        inner.feed(html)
        inner.close()
        self._break(line)
        for story in (inner.loose, *inner.stories):
            for text, number in story.body:
                if text.strip():
                    self.story.body.append((text, line + number - 1))
                    self.after_block = False
                else:
                    self._break(line + number - 1)
        self._break(line)

    def _meta(self, values: dict[str, str | None], line: int) -> None:
        name = (values.get("property") or values.get("name") or values.get("itemprop") or "")
        role = _META_ROLES.get(name.lower())
        content = " ".join((values.get("content") or "").split())
        if role is None or not content or (role == "byline" and "://" in content):
            return  # (`article:author` is often the writer's page, not their name)
        self.page_fields.setdefault(role, (content, line))

    def _json_ld(self, text: str, line: int) -> None:
        try:
            article = _ld_article(json.loads(text))
        except ValueError:
            return  # a page's broken JSON-LD says nothing
        for key, role in _LD_ROLES.items():
            value = _ld_text(article.get(key)) if article else None
            if value and value.strip():
                self.page_fields.setdefault(role, (" ".join(value.split()), line))

    def _field(self, role: str, value: str, line: int) -> None:
        value = " ".join(value.split())
        if value and role not in self.story.fields:
            self.story.fields[role] = (value, line)

    def _break(self, line: int) -> None:
        self.story.body.append(("", line))  # a block boundary: a blank line
        self.after_block = True


def to_labelled_text(text: str) -> tuple[str, list[int]]:
    """The markup's stories as labelled text, and each output line's source line number."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines as segment() counts them
    reader = _Reader(web=bool(_WEB_PAGE.search(text)))
    reader.feed(text)
    reader.close()
    stories = [s for s in reader.stories if s.body or s.fields] or [reader.loose]
    if len(stories) == 1:  # a page of one story: its <head> fills what its body left out
        for role, found in reader.page_fields.items():
            stories[0].fields.setdefault(role, found)
        _drop_shown_heading(stories[0])
    out: list[str] = []
    numbers: list[int] = []
    for index, story in enumerate(stories):
        first = min([line for _, line in story.fields.values()]
                    + [line for t, line in story.body if t.strip()] or [1])
        if index:
            out.append("---")
            numbers.append(first)
        for role, (value, line) in sorted(story.fields.items(), key=lambda kv: kv[1][1]):
            out.append(f"{_LABEL[role]}: {value}")  # in source order, as lines are cited
            numbers.append(line)
        out.append("")
        numbers.append(first)
        for body_text, line in story.body:
            if body_text.strip() or out[-1]:  # runs of blank lines as one
                out.append(body_text.rstrip() if body_text.strip() else "")
                numbers.append(line)
    return "\n".join(out), numbers


HEADING_LINES = 5  # how far down a page's body its shown headline is looked for


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _drop_shown_heading(story: _Story) -> None:
    """A page whose headline came from its <head> shows it in its body too, in an element
    that says nothing (`<h2 class="title">`), with a kicker above and the writer's name and
    date under it: the body starts under those, as it does under an <h1>."""
    headline = story.fields.get("headline")
    lines = [i for i, (text, _) in enumerate(story.body) if text.strip()]
    shown = next((i for i in lines[:HEADING_LINES]
                  if headline and _fold(story.body[i][0]) == _fold(headline[0])), None)
    if shown is None:
        return
    cut = shown + 1
    byline = story.fields.get("byline")
    under = next((i for i in lines if i > shown), None)
    if under is not None and byline and _fold(byline[0]) in _fold(story.body[under][0]) and (
            len(story.body[under][0].split()) <= len(byline[0].split()) + 6):
        cut = under + 1  # `Jane Doe 14 May 2024`, the byline and date the <head> gave
    del story.body[:cut]


_LABEL = {"headline": "Title", "date": "Date", "byline": "Byline", "section": "Section",
          "dateline": "Dateline", "deck": "Summary", "url": "URL", "tags": "Tags",
          "source": "Source"}
