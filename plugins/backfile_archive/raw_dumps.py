"""Raw dumps are published as text, never as pages a browser would run.

Every story links to the dump it was cut from, copied into `output/dumps/` as it is. A dump
that is markup (a saved web page, an XML feed, an SVG) would be rendered there by the browser,
scripts and all, on the archive's own origin. Such a dump is published under its name plus
`.txt` (`dumps/page.html.txt`), which hosts and browsers serve and show as plain text; the
story pages and the About page link to that name. Plain text dumps keep their own names.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

ACTIVE_SUFFIXES = frozenset({
    ".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".svg", ".svgz", ".xml",
    ".xsl", ".xslt", ".rss", ".atom", ".nitf", ".sgm", ".sgml", ".js", ".mjs", ".pdf", ".swf",
})
SAFE_SUFFIX = ".txt"


def published_name(path: str) -> str:
    """Where a dump (path relative to the content folder) is published in the output."""
    suffix = posixpath.splitext(path)[1].lower()
    return path + SAFE_SUFFIX if suffix in ACTIVE_SUFFIXES else path


def publish_as_text(generator: Any) -> None:
    """`static_generator_finalized` receiver: markup copied from a static folder is written
    (and linked) under a plain-text name."""
    for static in generator.staticfiles:
        save_as = static.save_as
        safe = published_name(save_as)
        if safe != save_as:
            static.override_save_as = safe
            static.override_url = published_name(static.url)


class DumpAddresses:
    """Where each raw dump is in the output (dumps are copied as static files), or None.

    A story whose dump has gone from the content folder keeps its page (the ingest never
    deletes one), but its dump is no longer copied: it is named, not linked.
    """

    def __init__(self, content: str | Path) -> None:
        self.content = Path(content)
        self._known: dict[str, str | None] = {}

    def __call__(self, dump: str) -> str | None:
        if dump not in self._known:
            path = posixpath.normpath(dump)
            inside = not path.startswith(("..", "/")) and (self.content / path).is_file()
            self._known[dump] = published_name(path) if inside else None
        return self._known[dump]
