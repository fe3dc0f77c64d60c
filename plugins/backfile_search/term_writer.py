"""Whoosh's posting writer fed a term at a time instead of a posting at a time.

Flushing a segment hands Whoosh's field writer every posting, sorted by field, term and
document, and `FieldWriter.add_postings` handles them one by one in Python: order checks, a
`start_term`/`finish_term` test, a `W3PostingsWriter.add_posting` call with its type
assertions and block statistics (about a fifth of a 10,000-story first build's indexing CPU).
`TermFieldWriter.add_postings` takes each term's postings together (`itertools.groupby`, in C)
and fills the posting writer's block buffers with them whole, then lets Whoosh's own
`_write_block`, `finish_postings` and term table write exactly the bytes they would have
written (tests/test_search_term_writer.py compares the files).

It covers what the index writes (no per-block length statistics, `index.make_codec`: every
posting's length is 0, and no spelling postings); a call with a length reader goes through
Whoosh's own loop. Segments still name a plain W3Codec (`new_segment`), so any Whoosh opens them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import Any

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter

# A posting is (fieldname, term bytes, docnum, weight, value bytes).
_TERM, _DOC, _WEIGHT, _VALUE = itemgetter(0, 1), itemgetter(2), itemgetter(3), itemgetter(4)


class TermFieldWriter(W3FieldWriter):
    """W3FieldWriter whose add_postings hands the posting writer a term's postings at once."""

    def add_postings(self, schema: Any, perdocreader: Any,
                     items: Iterable[tuple[str, bytes, int, float, bytes | None]]) -> None:
        if perdocreader is not None:  # block length statistics wanted: Whoosh's own loop
            return super().add_postings(schema, perdocreader, items)
        lastfn: str | None = None
        lasttext = b""
        writer: Any = None
        for (fieldname, btext), group in groupby(items, _TERM):
            if fieldname != lastfn:
                if lastfn is not None:
                    if fieldname < lastfn:
                        raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                writer, lastfn = self._postwriter, fieldname
            elif btext <= lasttext:  # a term seen again after others: not sorted
                raise OutOfOrderError(f"Term {fieldname}:{lasttext!r} .. {fieldname}:{btext!r}")
            lasttext = btext
            postings = list(group)
            docnums = list(map(_DOC, postings))
            if -1 in docnums:  # spelling words ride as docnum -1: never postings
                postings = [posting for posting in postings if posting[2] != -1]
                if not postings:
                    continue
                docnums = list(map(_DOC, postings))
            self.start_term(btext)
            _fill_term(writer, docnums, list(map(_WEIGHT, postings)), list(map(_VALUE, postings)))
            self.finish_term()
        if lastfn is not None:
            self.finish_field()
        return None


def _fill_term(writer: Any, docnums: list[int], weights: list[float],
               values: list[bytes | None]) -> None:
    """Put one term's postings into W3PostingsWriter's block buffers as `add_posting` would,
    writing every full block when the next posting arrives (so the last, which
    `finish_postings` writes, may be full)."""
    limit, count = writer._blocklimit, len(docnums)
    for start in range(0, count, limit):
        end = start + limit
        block = weights[start:end]
        writer._ids = array("I", docnums[start:end])
        writer._weights = array("f", block)
        writer._values = list(filter(None, values[start:end]))  # add_posting skips empty ones
        top = max(block)  # add_posting keeps the first weight above the largest so far (from 0)
        writer._maxweight = top if top > 0 else 0
        writer._minlength, writer._maxlength = None, 0   # every length is 0
        if end < count:
            writer._write_block()


class TermCodec(W3Codec):
    """W3Codec writing postings through TermFieldWriter; its segments name a plain W3Codec."""

    def field_writer(self, storage: Any, segment: Any) -> TermFieldWriter:
        return TermFieldWriter(self, storage, segment)

    def new_segment(self, storage: Any, indexname: str) -> Any:
        segment = super().new_segment(storage, indexname)
        segment._codec = self.plain()
        return segment

    def plain(self) -> W3Codec:
        """Whoosh's own class with the same settings (what a segment records)."""
        codec = W3Codec(self._blocklimit, self._compression, self._inlinelimit)
        codec.length_stats = self.length_stats
        return codec
