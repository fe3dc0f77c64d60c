"""Rendering a `Story` as a Pelican Markdown page: `Key: value` header, blank line, body.

Story text is untrusted: the body and summary are escaped so that Markdown and HTML in a
story (`<script>`, `# not a heading`, `*not emphasis*`) show as the text they are.
"""

from __future__ import annotations

import hashlib
import html
import re

from .model import Story
from .partial_date import PartialDate

# HTML's three specials become entities; Markdown's inline specials get a backslash.
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", **{c: "\\" + c for c in "\\`*_{}[]!#|"}}
_SPECIAL = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
_STARTERS = frozenset(" -+=:~>0123456789")
_LINE_START = re.compile(r"^(\s*)([-+=:~>]|\d+(?=[.)]))")


def escape_markdown(text: str) -> str:
    """Text that Python-Markdown (with Pelican's extensions) renders as exactly itself.
    HTML character references left in scraped text (`B&#233;ziers`) are decoded first."""
    text = html.unescape(text) if "&" in text else text
    text = _SPECIAL.sub(lambda m: _ESCAPES[m.group()], " ".join(text.split()))

    def start(match: re.Match[str]) -> str:
        mark = match.group(2)
        return match.group(1) + (f"{mark}\\" if mark.isdigit() else f"&#{ord(mark)};")

    return _LINE_START.sub(start, text, count=1) if text[:1] in _STARTERS else text


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def format_list(items: list[str]) -> str:
    """`a; b` or `a;`: always a `;`, so Pelican never splits a name on its comma."""
    items = [_one_line(i).replace(";", ",") for i in items if _one_line(i)]
    if not items:
        return ""
    return "; ".join(items) + (";" if len(items) == 1 else "")


def _aliases(story: Story) -> list[str]:
    return [
        f"{name} = {' | '.join(forms)}"
        for name, forms in story.entities.aliases.items() if forms
    ]


def header(story: Story) -> list[tuple[str, str]]:
    """The metadata, in the contract's order (Checksum is added by `render`)."""
    precision = story.date_precision
    date_text = (
        PartialDate(story.date, precision).value.isoformat() if story.date else ""
    )
    fields = [
        ("Title", _one_line(html.unescape(story.title))),
        ("Date", date_text),
        ("Date-Precision", precision),
        ("Date-Source", story.date_source),
        ("Category", _one_line(story.section)),
        ("Kicker", _one_line(story.kicker)),
        ("Slug", story.slug),
        ("Summary", escape_markdown(story.summary)),
        ("Truncated", "true" if story.truncated else "false"),
        ("Source", f"{story.dump}#L{story.first_line}-L{story.last_line}"),
        ("Source-Hash", story.source_hash),
        ("Dateline", _one_line(story.dateline)),
        ("Byline", _one_line(story.byline)),
        ("Credits", format_list(story.credits)),
        ("Signoff", _one_line(story.signoff)),
        ("Event-Dates", "; ".join(d.isoformat() for d in story.event_dates)),
        ("Original-Url", _one_line(story.url)),
        ("People", format_list(story.entities.people)),
        ("Places", format_list(story.entities.places)),
        ("Organizations", format_list(story.entities.organizations)),
        ("Tags", format_list(list(dict.fromkeys([*story.entities.tags, *story.tags])))),
        ("Keywords", format_list(story.tags)),  # the source's own tags, shown on the page
        ("Aliases", format_list(_aliases(story))),
    ]
    always = {"Title", "Date", "Category", "Kicker", "Summary", "Truncated", "Source",
              "People", "Places", "Organizations", "Tags"}
    return [(k, v) for k, v in fields if v or k in always]


def body(story: Story) -> str:
    """Escaped paragraphs, blank-line separated; a truncated story ends in an ellipsis (the
    theme says "Truncated in the source" from the `Truncated` header)."""
    paragraphs = [escape_markdown(p) for p in story.paragraphs]
    if story.truncated and paragraphs:
        paragraphs[-1] = paragraphs[-1].rstrip() + "…"
    return "\n\n".join(paragraphs) + "\n"


def checksum(text_without_checksum: str) -> str:
    return hashlib.sha256(text_without_checksum.encode("utf-8")).hexdigest()


def strip_checksum(text: str) -> tuple[str, str | None]:
    """The page text without its Checksum header line, and the checksum it recorded."""
    head, sep, rest = text.partition("\n\n")
    kept, recorded = [], None
    for line in head.split("\n"):
        if line.startswith("Checksum:"):
            recorded = line.partition(":")[2].strip()
        else:
            kept.append(line)
    return "\n".join(kept) + sep + rest, recorded


def render(story: Story) -> str:
    """The full page text, ending with a Checksum of everything else in it."""
    head = "\n".join(f"{key}: {value}".rstrip() for key, value in header(story))
    text = body(story)
    recorded = checksum(f"{head}\n\n{text}")
    return f"{head}\nChecksum: {recorded}\n\n{text}"


def is_hand_edited(text: str) -> bool:
    """Whether a page the ingest wrote was changed since (its Checksum no longer matches)."""
    rest, recorded = strip_checksum(text)
    return recorded is None or checksum(rest) != recorded
