"""Writing story pages without losing anything.

Each page is written to a temporary name and renamed into place. An unchanged page is not
rewritten; a page a person has edited since the ingest wrote it (Checksum mismatch) is kept
as it is and reported; a page whose story has gone from its dump is reported, not deleted.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .model import Story
from .page import is_hand_edited, render


@dataclass
class WriteReport:
    """What happened to each page, by file name."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)  # "x.md (dumps/d.txt#L3-L5)"


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _header_value(text: str, key: str) -> str | None:
    for line in text.partition("\n\n")[0].split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == key.lower():
            return value.strip()
    return None


def write_pages(stories: list[Story], out_dir: Path) -> WriteReport:
    """Write one page per story into `out_dir`; report written, unchanged, kept, vanished."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = WriteReport()
    current = set()
    for story in stories:
        name = f"{story.slug}.md"
        current.add(name)
        path = out_dir / name
        text = render(story)
        if path.exists():
            old = path.read_text(encoding="utf-8", errors="replace")
            if old == text:
                report.unchanged.append(name)
                continue
            if is_hand_edited(old):
                report.kept_edited.append(name)
                continue
        write_atomically(path, text)
        report.written.append(name)
    for path in sorted(out_dir.glob("*.md")):
        if path.name in current:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        source = _header_value(text, "Source")
        if source and _header_value(text, "Source-Hash"):
            report.vanished.append(f"{path.name} ({source})")
    return report
