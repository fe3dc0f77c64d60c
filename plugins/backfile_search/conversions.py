"""Stories the index already holds, recognised before their HTML is turned into text.

Every build hands the search stage every story, and turning each one's HTML into text (then
hashing the result, which is how the index tells a changed story) costs about 2 CPU-seconds per
10,000 stories, though an everyday build changes a handful. So the stage remembers, per story, a
digest of what it was handed and the checksum of the document made from it. A story handed over
unchanged gets that checksum without the conversion, and the index, comparing checksums, counts
it unchanged. Any other story, or any the index needs in full, is converted as before. The memo
is keyed by the code that converts, so a change to it converts everything again.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from . import documents
from .documents import ArticleText, SearchDoc, from_article_text

MEMO_FILE = "conversions.json"


@cache
def _code() -> str:
    return hashlib.blake2b(Path(documents.__file__).read_bytes(), digest_size=16).hexdigest()


def source_digest(text: ArticleText) -> str:
    """A digest of everything the document is made from."""
    blob = json.dumps([text.slug, text.url, text.title, text.content, text.date, text.metadata,
                       text.category], default=str, ensure_ascii=False, sort_keys=True)
    return hashlib.blake2b(blob.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class StoryDoc:
    """A story as the index sees it, converted from HTML only when something reads it."""

    def __init__(self, text: ArticleText, digest: str, checksum: str | None = None) -> None:
        self.slug = text.slug
        self.text, self.digest, self._checksum = text, digest, checksum

    @cached_property
    def doc(self) -> SearchDoc:
        return from_article_text(self.text)

    def checksum(self) -> str:
        if self._checksum is None:
            self._checksum = self.doc.checksum()
        return self._checksum

    def __getattr__(self, name: str) -> Any:  # any other field: the converted document's
        if name.startswith("_") or name in ("text", "digest"):
            raise AttributeError(name)
        return getattr(self.doc, name)


def load_memo(folder: Path) -> dict[str, list[str]]:
    """slug -> [source digest, checksum] from the last successful stage, if the code matches."""
    try:
        saved = json.loads((folder / MEMO_FILE).read_text("utf-8"))
        return dict(saved["stories"]) if saved["code"] == _code() else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def story_docs(stories: list[ArticleText], memo: dict[str, list[str]]) -> list[StoryDoc]:
    docs = []
    for text in stories:
        digest = source_digest(text)
        known = memo.get(text.slug)
        docs.append(StoryDoc(text, digest, known[1] if known and known[0] == digest else None))
    return docs


def save_memo(folder: Path, docs: list[StoryDoc]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"code": _code(), "stories": {d.slug: [d.digest, d.checksum()] for d in docs}}
    staging = folder / (MEMO_FILE + ".staging")
    staging.write_text(json.dumps(data), encoding="utf-8")
    staging.replace(folder / MEMO_FILE)
