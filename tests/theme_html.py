"""Read built pages with the stdlib HTML parser: links, resources and JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class PageLinks:
    """Every URL-bearing attribute on a page, by element."""

    refs: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # tag, url, attrs
    inline_scripts: list[tuple[str, str]] = field(default_factory=list)      # type, text


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = PageLinks()
        self._script: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for key in ("href", "src", "action"):
            if key in values:
                self.result.refs.append((tag, values[key], values))
        if tag == "script" and "src" not in values:
            self._script, self._buffer = values.get("type", ""), []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.result.inline_scripts.append((self._script, "".join(self._buffer)))
            self._script = None


def page_links(path: Path) -> PageLinks:
    parser = _Collector()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.result


def json_ld(path: Path) -> dict:
    """The page's schema.org JSON-LD block, parsed."""
    blocks = [t for kind, t in page_links(path).inline_scripts if kind == "application/ld+json"]
    assert len(blocks) == 1, f"{path}: expected one JSON-LD block, found {len(blocks)}"
    return json.loads(blocks[0])
