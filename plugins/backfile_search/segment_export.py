"""Export one Whoosh segment as the client's immutable data files, in `s/<key>/` of the export.

A segment never changes after Whoosh writes it (only its deletion set does, and that lives in the
manifest), so its files are written once and kept until a merge removes the segment. Layout of
one segment's folder:

- t/<n>.js     term shard n: for every term hashing to n, per field: the segment's document
               frequency and its postings, or a reference to chunk files if the list is long;
               then the cards (display record less summary and excerpt) of the stories in the
               shard's short headline, entity and keyword lists (CARD_FIELDS, at most CARD_LIST_DOCS
               stories), by local document number. A bare word ranks a story that has it in its
               headline or tags first, so the files a query loads anyway usually hold the cards
               of its top results: the page shows them without a display-file round, and fills
               their snippets from the display files after that frame. A small segment
               (WHOLE_CHARS of postings or less: a day's dump) has one shard, t/0.js, which the
               search page loads as it opens ("whole" in the manifest), so a query asks for no
               file of it where it asked for one per word.
- c/<k>/<i>.js chunk i of the segment's k-th long posting list (segment_postings.CHUNK_CHARS);
               a term's first chunk also holds the term's entry as in its shard, and the cards
               of its headline and entity lists of at most CHUNK_CARD_LIST_DOCS stories, so a
               page that knows the term's lists are long (h/) asks for its chunks only.
- p/<n>.js     positions shard n (same idea, larger files): loaded only for phrase queries.
- q/<k>/<i>.js chunk i of the k-th long positions list.
- l/<i>.js     lexicon part i: terms in Whoosh's order, each with a bit mask of its fields and its
               largest document frequency (for prefix* expansion and "did you mean").
- d/<n>.js     display data (url, title, date, section, entities, summary, excerpt) of
               DOCS_PER_FILE documents by local document number.
- f/<n>.js     facet codes of FACET_DOCS documents: the block's distinct (section, year) pairs
               and one number per document pointing into them, so the search page counts and
               filters section and year over every result of a query for about one byte a
               document, instead of loading display files. The page loads them as it opens
               (a file or two per segment), so the frame that shows a query's results draws
               its facets too without waiting for more files than the display files.
- w/<n>.js     the same documents' dates as day numbers, for sorting every result by date
               (loaded only when the reader sorts by date).
- h/<n>.js     the long-list index: which terms' lists are in chunk files, with the same
               references as their term shards, cut by term hash into parts of about
               LONG_PART_CHARS. The search page loads them while it opens, so a typed query asks
               for a long list's chunks beside its term shards.
- meta.json    what the manifest needs about the segment (sizes, shard count, lexicon bounds,
               number of h/ parts).

The long-list index is never in the manifest: it grows with the segment's vocabulary, and the
manifest must not (every page that searches loads it, and every commit rewrites it). A query
whose long-list parts are not loaded (a page opened with the query in its URL) asks for a long
list's chunks as soon as that term's shard, which says the same, has arrived.

A posting is (docnum gap, term frequency, field length as Whoosh scores it), and its position
gaps live apart (tf numbers per posting, same order), so the client computes BM25F exactly as
Whoosh does, with idf and average field lengths taken from the whole index as Whoosh's
multi-segment searcher does. Postings of documents deleted
after the segment was written stay in the files: Whoosh still counts them in document
frequencies and prefix expansions, and the client drops them with the manifest's deletion set.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from whoosh.reading import SegmentReader

from .encoding import decode_numbers, encode_numbers, shard_of
from .files import js_call
from .schema import SEARCH_FIELDS
from .segment_postings import TermPostings, posting_lists

TARGET_SHARD_CHARS = 20_000   # average term shard size the shard count aims for
POSITION_SHARD_CHARS = 200_000  # positions are loaded only by phrase queries: fewer, larger
POSITION_CHUNK_CHARS = 400_000  # files, so they cost the file count little; positions
POSITION_LIST_CHARS = 64_000    # of a term longer than this go to chunk files
MIN_SHARDS = 8                # a small segment still gets this many shards (if each keeps
MIN_SHARD_CHARS = 4_000       # at least this much): a query loads one shard per segment
WHOLE_CHARS = 96_000          # ... unless its shards hold at most this much: then it is one
                              # "whole" shard the page loads as it opens (a day's dump)
SHARD_LIST_CHARS = 8_000      # longer posting lists live in chunk files, not in a term shard
LEXICON_CHARS = 40_000        # size of one lexicon part
LONG_PART_CHARS = 8_000       # about the size of one part of the long-list index (h/)
DOCS_PER_FILE = 30            # documents per display file
CARD_FIELDS = ("title", "people", "places", "organizations", "keywords")  # the boosted fields
CARD_LIST_DOCS = 64           # a card rides with a term's list of at most this many stories
CHUNK_CARD_LIST_DOCS = 256    # ... or, in the first chunk of a term with a long list, this many
CARD = 8                      # a card is the display record's first CARD items (no snippets)
FACET_DOCS = 16384            # documents per facet (f/) and date (w/) file: 15-35 kB each
META = "meta.json"
GROUP_TERMS = "terms.pickle"  # a group member's term shards (entries, cards), until the merge
EPOCH = date(1970, 1, 1).toordinal()  # w/ files count days from 1970-01-01, as JS Dates do


@dataclass
class SegmentExport:
    """One exported segment: what the manifest and the build log need about it."""

    key: str                       # folder name under s/: Whoosh's segment id + export format
    doc_count_all: int             # documents written in the segment, deleted ones included
    field_lengths: dict[str, int]  # total field lengths (Whoosh's avg_field_length sums these)
    shards: int
    lexicon: list[str]             # first term of each lexicon part, in Whoosh's order
    position_shards: int = 0
    files: int = 0
    bytes: int = 0
    largest_file: int = 0
    chunk_files: int = 0
    doc_files: int = 0
    facet_files: int = 0
    facet_docs: int = 0            # documents per f/ and w/ file
    terms: int = 0
    chunked_lists: dict[str, int] = field(default_factory=dict)
    long_parts: int = 0            # h/ files (the long-list index, cut by term hash)
    cards: int = 0                 # cards in the term shards (a story's in several shards)
    whole: bool = False            # one term shard, loaded by the search page as it opens
    group_files: int = 0           # a group's g/ files (in its first member's folder)
    group: list[str] = field(default_factory=list)  # keys of the segments sharing its term
                                   # files (group_export.py), the first holding them; or none

    @classmethod
    def load(cls, folder: Path) -> SegmentExport:
        return cls(**json.loads((folder / META).read_text("utf-8")))


class _Writer:
    """Writes a segment's files into a fresh folder, counting them."""

    def __init__(self, folder: Path, info: SegmentExport) -> None:
        self.folder, self.info = folder, info

    def write(self, relpath: str, text: str) -> None:
        path = self.folder / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        self.info.files += 1
        self.info.bytes += len(data)
        self.info.largest_file = max(self.info.largest_file, len(data))


def _display(reader: SegmentReader) -> dict[int, list[Any]]:
    """Local docnum -> display record of every live document of the segment."""
    out: dict[int, list[Any]] = {}
    for docnum in range(reader.doc_count_all()):
        if reader.is_deleted(docnum):
            continue  # never shown again
        stored = reader.stored_fields(docnum)
        when = stored.get("date")
        precision, section, people, places, orgs, summary, excerpt = stored["display"]
        out[docnum] = [stored.get("url", ""), stored.get("title", ""),
                       when.date().isoformat() if when else "", precision, section,
                       people, places, orgs, summary, excerpt]
    return out


def _docnums(run: str) -> list[int]:
    """Document numbers of one encoded run (gap, tf, field length per posting; gaps from -1)."""
    numbers, docnum, out = decode_numbers(run), -1, []
    for gap in numbers[::3]:
        docnum += gap
        out.append(docnum)
    return out


def card_docs(entry: dict[str, list[Any]], most: int) -> set[int]:
    """Local docnums whose cards ride with a term's entry: its short headline, entity and
    keyword lists (CARD_FIELDS) of at most `most` stories."""
    docs: set[int] = set()
    for fieldname, (count, run) in entry.items():
        if fieldname in CARD_FIELDS and isinstance(run, str) and count <= most:
            docs.update(_docnums(run))
    return docs


def _write_terms(w: _Writer, key: str, terms: dict[str, dict[str, TermPostings]],
                 display: dict[int, list[Any]], shared: bool = False) -> None:
    runs_of = {(text, f): tp.runs for text, fields in terms.items() for f, tp in fields.items()}
    # Size the shards by what stays in them (long lists go to chunk files).
    in_shards = sum(len(runs[0]) + 30 for runs in runs_of.values()  # 30: key and df
                    if len(runs) == 1 and len(runs[0]) <= SHARD_LIST_CHARS)
    target = min(TARGET_SHARD_CHARS, max(MIN_SHARD_CHARS, in_shards // MIN_SHARDS))
    shards = max(1, -(-in_shards // target))
    if in_shards <= WHOLE_CHARS:  # one file the page loads as it opens, not one per word
        shards, w.info.whole = 1, True
    shard_terms: list[dict[str, dict[str, list[Any]]]] = [{} for _ in range(shards)]
    shard_cards: list[set[int]] = [set() for _ in range(shards)]
    long: dict[str, dict[str, list[int]]] = {}  # term -> field -> [chunk key, chunks]
    chunk_key = 0
    for text, fields in terms.items():
        entry: dict[str, list[Any]] = {}
        chunked: list[tuple[int, list[str]]] = []
        for fieldname, tp in fields.items():
            runs = runs_of[text, fieldname]
            if len(runs) == 1 and len(runs[0]) <= SHARD_LIST_CHARS:
                entry[fieldname] = [tp.count, runs[0]]
                continue
            chunked.append((chunk_key, runs))
            entry[fieldname] = [tp.count, {"key": chunk_key, "chunks": len(runs)}]
            long.setdefault(text, {})[fieldname] = [chunk_key, len(runs)]
            chunk_key += 1
            w.info.chunked_lists[fieldname] = w.info.chunked_lists.get(fieldname, 0) + 1
        shard_terms[shard_of(text, shards)][text] = entry
        shard_cards[shard_of(text, shards)].update(card_docs(entry, CARD_LIST_DOCS))
        more = card_docs(entry, CHUNK_CARD_LIST_DOCS) if chunked else set()
        # The first chunk of a term with a long list also holds the term's whole entry and
        # cards: a page that knows the term is long (h/) asks for its chunks, not its shard.
        whole = [text, entry, {str(d): display[d][:CARD] for d in sorted(more) if d in display}]
        for ck, runs in chunked:
            for k, run in enumerate(runs):
                w.write(f"c/{ck}/{k}.js", js_call("chunk", key, ck, k, run, *whole))
                w.info.chunk_files += 1
                whole = []
    # a group member's shards are re-cut by the group's merge: no JSON to write and parse
    # back, each shard pickled in turn into one file (none held until the end: 50,000 stories'
    # shards at once raised the build's peak memory)
    with (w.folder / GROUP_TERMS).open("wb") if shared else nullcontext() as held:
        for n, entries in enumerate(shard_terms):
            cards = {str(d): display[d][:CARD] for d in sorted(shard_cards[n]) if d in display}
            w.info.cards += len(cards)
            if held is not None:
                pickle.dump((entries, cards), held, pickle.HIGHEST_PROTOCOL)
            else:
                w.write(f"t/{n}.js", js_call("terms", key, n, entries, cards))
    w.info.shards = shards
    w.info.terms = len(terms)
    _write_long_hints(w, key, long)


def _write_long_hints(w: _Writer, key: str, long: dict[str, dict[str, list[int]]]) -> None:
    """h/<n>.js: the long-list index (term -> field -> [chunk key, chunks]) cut by term hash into
    parts of about LONG_PART_CHARS, which the search page loads while it opens."""
    size = sum(len(text) + 20 * len(fields) for text, fields in long.items())
    parts = -(-size // LONG_PART_CHARS)
    split: list[dict[str, dict[str, list[int]]]] = [{} for _ in range(parts)]
    for text, fields in long.items():
        split[shard_of(text, parts)][text] = fields
    for n, part in enumerate(split):
        w.write(f"h/{n}.js", js_call("long", key, n, part))
    w.info.long_parts = parts


def _write_positions(w: _Writer, key: str, terms: dict[str, dict[str, TermPostings]]) -> None:
    """Positions, for phrase queries only: shards of about POSITION_SHARD_CHARS by term hash;
    a term's positions longer than POSITION_LIST_CHARS go to chunk files of POSITION_CHUNK_CHARS
    (cut anywhere: the client joins a term's chunks before decoding)."""
    in_shards = sum(len(tp.positions) + 30 for fields in terms.values() for tp in fields.values()
                    if len(tp.positions) <= POSITION_LIST_CHARS)
    shards = max(1, -(-in_shards // POSITION_SHARD_CHARS))
    shard_terms: list[dict[str, dict[str, Any]]] = [{} for _ in range(shards)]
    chunk_key = 0
    for text, fields in terms.items():
        entry: dict[str, Any] = {}
        for fieldname, tp in fields.items():
            if len(tp.positions) <= POSITION_LIST_CHARS:
                entry[fieldname] = tp.positions
                continue
            pieces = [tp.positions[i:i + POSITION_CHUNK_CHARS]
                      for i in range(0, len(tp.positions), POSITION_CHUNK_CHARS)]
            for k, piece in enumerate(pieces):
                w.write(f"q/{chunk_key}/{k}.js", js_call("pchunk", key, chunk_key, k, piece))
            entry[fieldname] = {"key": chunk_key, "chunks": len(pieces)}
            chunk_key += 1
        shard_terms[shard_of(text, shards)][text] = entry
    for n, entries in enumerate(shard_terms):
        w.write(f"p/{n}.js", js_call("positions", key, n, entries))
    w.info.position_shards = shards


def _write_lexicon(w: _Writer, key: str, terms: dict[str, dict[str, TermPostings]]) -> None:
    """Lexicon parts of about LEXICON_CHARS, in code point (= Whoosh's UTF-8 byte) order."""
    parts: list[dict[str, list[int]]] = [{}]
    size = 0
    for text in sorted(terms):
        if size >= LEXICON_CHARS:
            parts.append({})
            size = 0
        fields = terms[text]
        mask = sum(1 << SEARCH_FIELDS.index(f) for f in fields)
        parts[-1][text] = [mask, max(tp.count for tp in fields.values())]
        size += len(text) + 12
    for n, part in enumerate(parts):
        w.write(f"l/{n}.js", js_call("lexicon", key, n, part))
        w.info.lexicon.append(next(iter(part), ""))


def _write_display(w: _Writer, key: str, display: dict[int, list[Any]]) -> None:
    for start in range(0, w.info.doc_count_all, DOCS_PER_FILE):
        batch = {str(n): display[n] for n in range(start, start + DOCS_PER_FILE) if n in display}
        if batch:
            n = start // DOCS_PER_FILE
            w.write(f"d/{n}.js", js_call("docs", key, n, batch))
            w.info.doc_files += 1


def _write_facets(w: _Writer, key: str, display: dict[int, list[Any]]) -> None:
    """f/<n>.js and w/<n>.js per FACET_DOCS documents (see the module docstring).

    A code or day of 0 means a deleted document (or, for days, one without a date); others are
    1 + the pair's index and 1 + days since the block's earliest date.
    """
    w.info.facet_docs = FACET_DOCS
    for start in range(0, w.info.doc_count_all, FACET_DOCS):
        docs = [display.get(n) for n in range(start, min(start + FACET_DOCS, w.info.doc_count_all))]
        pairs: dict[tuple[str, str], int] = {}
        codes: list[int] = []
        days: list[int | None] = []
        for rec in docs:
            if rec is None:
                codes.append(0)
                days.append(None)
                continue
            when = rec[2]
            pair = (rec[4], when[:4])
            codes.append(pairs.setdefault(pair, len(pairs)) + 1)
            days.append(date.fromisoformat(when).toordinal() if when else None)
        n = start // FACET_DOCS
        w.write(f"f/{n}.js", js_call("facets", key, n, {
            "pairs": [list(p) for p in pairs], "codes": encode_numbers(codes)}))
        known = [d for d in days if d is not None]
        first = min(known, default=EPOCH)
        w.write(f"w/{n}.js", js_call("days", key, n, {
            "first": first - EPOCH,
            "days": encode_numbers(0 if d is None else d - first + 1 for d in days)}))
        w.info.facet_files += 2


def export_segment(storage: Any, schema: Any, segment: Any, key: str, dest: Path,
                   publish: bool = True) -> SegmentExport:
    """Write `segment`'s files to dest/<key>/ (built in a temporary folder, then renamed; left in
    the temporary folder, group_temp(dest, key), when not `publish`: a group's are merged first)."""
    reader = SegmentReader(storage, schema, segment)
    try:
        info = SegmentExport(
            key=key, doc_count_all=reader.doc_count_all(),
            field_lengths={f: reader.field_length(f) for f in SEARCH_FIELDS},
            shards=0, lexicon=[],
        )
        temp = dest / f".{key}.{os.getpid()}.tmp" if publish else group_temp(dest, key)
        shutil.rmtree(temp, ignore_errors=True)
        w = _Writer(temp, info)
        display = _display(reader)
        terms = posting_lists(reader, SEARCH_FIELDS)
        _write_terms(w, key, terms, display, shared=not publish)
        _write_positions(w, key, terms)
        _write_lexicon(w, key, terms)
        del terms
        _write_display(w, key, display)
        _write_facets(w, key, display)
    finally:
        reader.close()
    write_meta(temp, info)
    if publish:
        os.replace(temp, dest / key)
    return info


def group_temp(dest: Path, key: str) -> Path:
    """Where a segment exported as part of a group waits for the group's merge."""
    return dest / f".{key}.group.tmp"


def write_meta(folder: Path, info: SegmentExport) -> None:
    (folder / META).write_text(json.dumps(asdict(info)), "utf-8")
