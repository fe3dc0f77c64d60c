"""Read BBC stories (../shared/corpora/bbc-2004-2005) as SearchDocs for tests and benchmarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .documents import SearchDoc

BBC_DIR = Path("../shared/corpora/bbc-2004-2005")
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def read_bbc(root: Path, per_section: int) -> list[SearchDoc]:
    """The first `per_section` stories of each section; headline on line 1, then paragraphs."""
    docs: list[SearchDoc] = []
    for s, section in enumerate(SECTIONS):
        files = sorted((root / section).glob("*.txt"))[:per_section]
        for i, path in enumerate(files):
            text = path.read_bytes().decode("utf-8", errors="replace")
            title, _, body = text.strip().partition("\n")
            paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
            docs.append(SearchDoc(
                slug=f"{section}-{path.stem}",
                url=f"stories/{section}-{path.stem}.html",
                title=title.strip(),
                body="\n\n".join(paragraphs),
                date=date(2004 + (i + s) % 2, 1 + (i * 7 + s) % 12, 1 + (i * 13) % 28),
                section=section.title(),
                summary=paragraphs[0] if paragraphs else "",
            ))
    return docs
