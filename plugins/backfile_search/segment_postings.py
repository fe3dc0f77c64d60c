"""A segment's postings as the export encodes them, read in one pass over the segment.

The export visits every posting of every searchable field once, so how it reads them is most of
its cost. Rather than looking each term up in the term index and stepping a matcher one posting
at a time (three method calls and a tuple per posting), this walks the term file in order
(`items()`, no hash lookups) and takes each posting list a block at a time: Whoosh's block reader
decodes a block's document numbers and values in one go, and a plain loop encodes them.

A posting list written in blocks is read as one piece of the posting file and its blocks taken
apart in memory (`_file_blocks`): the block length, the pickled block info and the pickled
(ids, weights, values) tuple W3PostingsWriter._write_block wrote, decoded as W3LeafMatcher does
(delta-coded ids summed, zlib undone if the info says so) without its per-block seeks, reads
and method calls: about 20 microseconds a term, and a segment of 5,000 stories has some 70,000
terms. Lists short enough to be inlined in their term info come from Whoosh's own matcher.
A posting's value is what Whoosh's Positions format
stored: a 4-byte count and a pickled list of deltas from -0 (whoosh.formats.Positions.encode);
the export's gaps count from -1, so only the first delta changes, and reading the deltas
directly skips decoding to absolute positions and back. Postings of documents deleted since the
segment was written are kept (see segment_export).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from itertools import accumulate
from pickle import Unpickler, loads
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.formats import Positions
from whoosh.reading import SegmentReader
from whoosh.system import _INT_SIZE, unpack_int

from .encoding import NUMBER_CODES, encode_numbers

CHUNK_CHARS = 96_000          # a posting list longer than this is cut into runs of about this
_FAST = len(NUMBER_CODES)     # numbers below this have a precomputed code
_STOP = ord(".")              # the pickle STOP opcode that ends a Positions value


@dataclass
class TermPostings:
    """One term in one field of a segment, deleted documents included.

    `runs` is the posting list (docnum gap, term frequency, field length per posting) as strings
    of about CHUNK_CHARS at most, each restarting its docnum gaps; `positions` the encoded
    position gaps of every posting in the same order (tf numbers each), kept apart because only
    phrase queries need them.
    """

    count: int
    runs: list[str]
    positions: str


def _blocks(postfile: Any, terminfo: Any) -> Iterator[tuple[Any, Any]]:
    """(document numbers, values) of each block of a posting list, in order."""
    if terminfo.is_inlined():  # a short list kept in the term info
        ids, _, values = terminfo.inlined_postings()
        yield ids, values
        return
    offset, length = terminfo.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves struct.unpack's 1-tuple
        (length,) = length
    yield from _file_blocks(postfile.get(offset, length))


def _file_blocks(data: bytes) -> Iterator[tuple[Any, Any]]:
    """The blocks of one posting list as written to the posting file (see the module doc)."""
    if data[:len(WHOOSH3_HEADER_MAGIC)] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    stream = BytesIO(data)
    info = Unpickler(stream)
    at, last = len(WHOOSH3_HEADER_MAGIC), False
    while not last:
        size = unpack_int(data[at:at + _INT_SIZE])[0]
        last = size < 0
        end = at + _INT_SIZE + abs(size)
        stream.seek(at + _INT_SIZE)
        compression = info.load()[3]
        block = data[stream.tell():end]
        ids, _, values = loads(zlib.decompress(block) if compression else block)
        yield tuple(accumulate(ids)), values
        at = end


def _code(n: int) -> str:
    return NUMBER_CODES[n] if n < _FAST else encode_numbers((n,))


def _term_postings(blocks: Iterator[tuple[Any, Any]], lengths: list[str | None],
                   decoded: dict[bytes, tuple[str, str]]) -> TermPostings:
    """Encode one posting list; `lengths` holds each document's encoded field length, `decoded`
    the encoded (position gaps, term frequency) of each stored value met so far: most values
    recur (a word seen once, at one of a few thousand places), so most are unpickled once."""
    codes = NUMBER_CODES
    runs: list[str] = []
    run: list[str] = []
    positions: list[str] = []
    size, last, count = 0, -1, 0
    for docnums, values in blocks:
        count += len(docnums)
        for docnum, value in zip(docnums, values, strict=True):
            known = decoded.get(value)
            if known is None:
                # The stored deltas count from 0; the export's gaps from -1.
                gaps = loads(value[_INT_SIZE:] if value[-1] == _STOP
                             else value[_INT_SIZE:] + b".")
                gaps[0] += 1
                known = decoded[value] = (encode_numbers(gaps), _code(len(gaps)))
            positions.append(known[0])
            if run and size > CHUNK_CHARS:
                runs.append("".join(run))
                run, size, last = [], 0, -1
            gap = docnum - last
            piece = (codes[gap] if gap < _FAST else _code(gap)) + known[1] + lengths[docnum]
            run.append(piece)
            size += len(piece)
            last = docnum
    runs.append("".join(run))
    return TermPostings(count, runs, "".join(positions))


def posting_lists(reader: SegmentReader, fieldnames: tuple[str, ...]
                  ) -> dict[str, dict[str, TermPostings]]:
    """term -> field -> TermPostings over `fieldnames`, terms first seen in field order, each
    field's terms in Whoosh's (UTF-8 byte) order: the order the export writes them in."""
    doccount = reader.doc_count_all()
    per_field: dict[str, list[tuple[str, TermPostings]]] = {name: [] for name in fieldnames}
    terms_reader = reader._terms
    postfile = terms_reader._postfile
    lengths: dict[str, list[str | None]] = {}
    decoded: dict[bytes, tuple[str, str]] = {}
    for name in fieldnames:
        fieldobj = reader.schema[name]
        if not isinstance(fieldobj.format, Positions) or fieldobj.format.field_boost != 1.0:
            raise ValueError(f"{name}: the export reads Positions postings, weight == tf")
        # The length the BM25F scorer sees (Whoosh stores it as a lossy byte; None for a
        # document without the field, which then has no posting in it either).
        field_lengths = (reader.doc_field_length(d, name, 1) for d in range(doccount))
        lengths[name] = [None if n is None else _code(n) for n in field_lengths]
    for (name, btext), terminfo in terms_reader.items():
        if name not in per_field:
            continue
        per_field[name].append((btext.decode("utf-8"), _term_postings(
            _blocks(postfile, terminfo), lengths[name], decoded)))
    terms: dict[str, dict[str, TermPostings]] = {}
    for name in fieldnames:
        for text, postings in per_field[name]:
            terms.setdefault(text, {})[name] = postings
    return terms
