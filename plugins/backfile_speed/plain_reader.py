"""Read story pages that are plain paragraphs without running Markdown.

Plain Pelican spends most of its reading time in Python-Markdown, twice per story (body and
summary). The ingest writes story pages whose body is plain paragraphs: for such text Markdown's
output is fixed (`<p>` per paragraph, `&` escaped), so we produce it directly. A page that holds
anything Markdown could read as syntax (a hand edit adding emphasis, a list, a link, raw HTML, an
entity, an indented line...) goes to Pelican's MarkdownReader unchanged, as does every page when
the MARKDOWN setting asks for extensions beyond Pelican's defaults. tests/test_plain_reader.py
checks the two readers agree on every page this one accepts.
"""

from __future__ import annotations

import re
from typing import Any

from pelican.readers import MarkdownReader
from pelican.utils import pelican_open

# Pelican's default MARKDOWN extensions (plus meta, which its reader adds): the only ones whose
# output on plain paragraphs this reader reproduces.
KNOWN_EXTENSIONS = frozenset({
    "markdown.extensions.codehilite", "markdown.extensions.extra", "markdown.extensions.meta",
})
_HEADER = re.compile(r"([A-Za-z0-9_-]+):[ \t]*(.*)\Z")  # markdown.extensions.meta's key: value
_SYNTAX = re.compile(r"[\\`*_{}\[\]<>#|~^!\t]|&[#A-Za-z0-9]+;")  # anywhere in a line
_LINE_START = re.compile(r"[-+=:>0-9]")  # lists, rules, setext, definitions, quotes, numbers
_ORDERED = re.compile(r"\d+[.)]\s")
_NORMALISED = re.compile("[\t\x02\x03\r]")  # tabs expanded, STX/ETX dropped, CR as newline


def _plain_line(line: str) -> bool:
    """True when Markdown would render this line of a paragraph as the text itself."""
    if not line or line[0].isspace() or line[-1].isspace() or _SYNTAX.search(line):
        return False
    return not _LINE_START.match(line) or (line[0].isdigit() and not _ORDERED.match(line))


def _html(text: str) -> str:
    return text.replace("&", "&amp;")  # entities were refused above, so every & is literal


def split_plain(text: str, formatted: frozenset[str] = frozenset({"summary"}),
                ) -> tuple[list[tuple[str, str]], list[str]] | None:
    """(header pairs, paragraphs) of a page Markdown would treat as plain text; None otherwise.

    Only the header fields in `formatted` (FORMATTED_FIELDS) go through Markdown, so only their
    values must be plain.
    """
    if _NORMALISED.search(text):
        return None  # Markdown rewrites these before anything else, header values included
    lines = text.split("\n")
    header: list[tuple[str, str]] = []
    at = 0
    while at < len(lines) and lines[at]:
        match = _HEADER.match(lines[at])
        if not match:
            return None
        key, value = match.group(1).lower(), match.group(2).strip()
        if key in formatted and value and not _plain_line(value):
            return None
        header.append((key, value))
        at += 1
    if not header or len({k for k, _ in header}) != len(header):
        return None  # no header (Markdown would read the first line as one) or a repeated key
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines[at + 1:]:
        if not line:
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        if not _plain_line(line):
            return None
        current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    return header, paragraphs


class PlainParagraphReader(MarkdownReader):
    """Pelican's MarkdownReader, with a fast path for pages of plain paragraphs."""

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        extensions = set(self.settings["MARKDOWN"].get("extensions", []))
        formatted = frozenset(self.settings["FORMATTED_FIELDS"])
        if extensions <= KNOWN_EXTENSIONS:
            with pelican_open(source_path) as text:
                plain = split_plain(text, formatted)
            if plain is not None:
                self._source_path = source_path
                header, paragraphs = plain
                content = "\n".join(f"<p>{_html(p)}</p>" for p in paragraphs)
                metadata = {
                    key: self.process_metadata(
                        key, (f"<p>{_html(value)}</p>" if value else "")
                        if key in formatted else value)
                    for key, value in header
                }
                return content, metadata
        return super().read(source_path)


def use_plain_reader(readers: Any) -> None:
    """readers_init receiver: read Markdown files with PlainParagraphReader."""
    for extension in PlainParagraphReader.file_extensions:
        if readers.reader_classes.get(extension) is MarkdownReader:
            readers.reader_classes[extension] = PlainParagraphReader
