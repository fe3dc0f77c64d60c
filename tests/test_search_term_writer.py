"""The index's term-at-a-time posting writer (term_writer.py) writes the bytes Whoosh's writes.

The same stories go into two fresh indexes, one through Whoosh's own W3Codec (with the index's
settings: no zlib, no length statistics) and one through TermCodec, unassembled so each segment
file can be read alone: the term tables and posting files must be byte for byte the same. The
stories have terms in one document and in every one (several 128-posting blocks, the last one
full or not), repeated words (weights above 1) and boosted fields.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from backfile_search.documents import SearchDoc
from backfile_search.index import _fields, make_codec
from backfile_search.schema import make_schema
from backfile_search.term_writer import TermCodec
from whoosh import index as whoosh_index
from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3Codec


def stories(count: int) -> list[SearchDoc]:
    docs = []
    for n in range(count):
        rare = f"word{n}"
        body = " ".join(["common"] * (1 + n % 3) + [rare, f"pair{n % 7}", "half"] * (1 + n % 2))
        if n % 2:
            body += " ".join(f" filler{k}" for k in range(n % 11))
        docs.append(SearchDoc(
            slug=f"s{n}", url=f"stories/s{n}.html", title=f"Common {rare} headline",
            body=body, date=date(2004, 1 + n % 12, 1 + n % 28), section="World",
            people=["Jane Doe"] if n < 256 else [], places=[f"Place{n % 3}"]))
    return docs


def segment_files(folder: Path, codec: W3Codec, docs: list[SearchDoc]) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    writer = ix.writer(codec=codec, compound=False)
    for doc in docs:
        writer.add_document(**_fields(doc, doc.checksum()))
    writer.commit()
    segment = ix._read_toc().segments[0]
    return {path.suffix: path.read_bytes() for path in folder.iterdir()
            if path.name.startswith(f"MAIN_{segment.segid}") and path.suffix in (".trm", ".pst")}


@pytest.mark.parametrize("count", [130, 256, 300])
def test_term_writer_writes_whoosh_bytes(tmp_path: Path, count: int) -> None:
    docs = stories(count)
    plain = W3Codec(compression=0)
    plain.length_stats = False
    expected = segment_files(tmp_path / "plain", plain, docs)
    ours = segment_files(tmp_path / "ours", make_codec(), docs)
    assert type(make_codec()) is TermCodec
    assert sorted(expected) == [".pst", ".trm"]
    assert ours == expected


def test_term_writer_refuses_unsorted_postings(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), make_schema())
    segment = make_codec().new_segment(ix.storage, ix.indexname)
    writer = make_codec().field_writer(ix.storage, segment)
    postings = [("body", b"b", 0, 1.0, b"x"), ("body", b"a", 0, 1.0, b"x")]
    with pytest.raises(OutOfOrderError):
        writer.add_postings(ix.schema, None, iter(postings))
    assert type(segment.codec()) is W3Codec  # what the index's table of contents records
