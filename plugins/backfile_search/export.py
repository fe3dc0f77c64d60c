"""Export the Whoosh index as small classic-script files for the JavaScript client.

Why scripts: over file:// Chromium blocks fetch, XHR, workers and modules, but a <script src> that
calls a global callback still loads. Layout under `<output>/search/`:

- manifest.js  collection statistics (doc count, average field lengths, BM25F parameters, analyzer
               settings, shard counts). Fixed size, loaded once.
- t/<n>.js     one term shard (about TARGET_SHARD_CHARS): for every term hashing to n, per
               field: document frequency, Whoosh's idf (exact float) and the posting list, or
               the number of chunk files if it is long.
- c/<n>/<k>.js chunk k of a posting list longer than SHARD_LIST_CHARS (n = the list's key); each
               file about CHUNK_CHARS at most, so no file grows with the archive.
- l/<key>.js   lexicon for prefix* queries: the terms whose first character is `key` (hex
               code point), each with a bit mask of the fields it occurs in and its
               largest document frequency (to rank "did you mean" suggestions).
- d/<n>.js     display data (title, url, date, section, entities, excerpt) of DOCS_PER_FILE
               documents, loaded only for the results shown.

A posting is (docnum gap, term frequency, field length as Whoosh scores it, positions gaps...), so
the client computes BM25F exactly as Whoosh does (same formula, same floats) without storing scores.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from whoosh.index import Index

from .encoding import encode_numbers, shard_of
from .schema import DEFAULT_FIELDS, FIELD_BOOSTS, MINSIZE, SEARCH_FIELDS, STOPLIST

TARGET_SHARD_CHARS = 40_000   # average term shard size the shard count aims for
SHARD_LIST_CHARS = 16_000     # longer posting lists live in chunk files, not in a term shard
CHUNK_CHARS = 48_000          # size of those chunk files
DOCS_PER_FILE = 30            # documents per display file
EXCERPT_CHARS = 320           # body text kept per document for snippets
CALLBACK = "BackfileSearch"   # global object whose methods the data files call


@dataclass
class ExportReport:
    """What the export wrote (the benchmark and the tests read these figures)."""

    files: int = 0
    bytes: int = 0
    shards: int = 0
    chunk_files: int = 0
    doc_files: int = 0
    terms: int = 0
    largest_file: int = 0
    chunked_lists: dict[str, int] = field(default_factory=dict)


def _js(call: str, *args: Any) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"{CALLBACK}.{call}({body});\n"


@dataclass
class PostingList:
    """One term in one field: Whoosh's statistics and the encoded postings.

    `postings` holds (docnum, encoded rest) pairs; the rest is term frequency, field length,
    position count and position gaps, so only the docnum gap depends on where a chunk starts.
    """

    df: int
    idf: float
    postings: list[tuple[int, str]]

    def encoded_runs(self) -> list[str]:
        """The list as one or more strings of at most about CHUNK_CHARS each.

        Each run starts its docnum gaps from -1 so chunks decode independently.
        """
        runs: list[list[str]] = [[]]
        size = 0
        last = -1
        for docnum, rest in self.postings:
            if runs[-1] and size > CHUNK_CHARS:
                runs.append([])
                size = 0
                last = -1
            piece = encode_numbers((docnum - last,)) + rest
            runs[-1].append(piece)
            size += len(piece)
            last = docnum
        return ["".join(run) for run in runs]


def _posting_lists(reader: Any, searcher: Any) -> dict[str, dict[str, PostingList]]:
    """term -> field -> PostingList over every searchable field."""
    terms: dict[str, dict[str, PostingList]] = {}
    doccount = reader.doc_count_all()
    for fieldname in SEARCH_FIELDS:
        if getattr(reader.schema[fieldname].format, "field_boost", 1.0) != 1.0:
            raise ValueError(f"{fieldname}: the export assumes weight == term frequency")
        # The length the BM25F scorer sees (Whoosh stores it as a lossy byte).
        lengths = [reader.doc_field_length(d, fieldname, 1) for d in range(doccount)]
        for btext in reader.lexicon(fieldname):
            postings: list[tuple[int, str]] = []
            for docnum, positions in reader.postings(fieldname, btext).items_as("positions"):
                gaps = [positions[0] + 1] + [b - a for a, b in pairwise(positions)]
                count = len(positions)
                postings.append(
                    (docnum, encode_numbers((count, lengths[docnum], count, *gaps))))
            if not postings:
                continue  # every posting deleted
            idf = searcher.idf(fieldname, btext)
            df = reader.doc_frequency(fieldname, btext)
            terms.setdefault(btext.decode("utf-8"), {})[fieldname] = PostingList(df, idf, postings)
    return terms


def _cut(text: str) -> str:
    """At most EXCERPT_CHARS of `text`, cut at a word boundary."""
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def _display(searcher: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for docnum, stored in searcher.reader().iter_docs():
        d = stored.get("display", {})
        when = stored.get("date")
        summary = _cut(d.get("summary", ""))
        body = d.get("body", "")
        # Summaries are usually the first paragraph: then the body excerpt would repeat it.
        excerpt = "" if summary and body.startswith(summary.rstrip(" …")) else _cut(body)
        out[docnum] = [
            stored.get("url", ""), stored.get("title", ""),
            when.date().isoformat() if when else "", d.get("precision", "day"),
            d.get("section", ""), d.get("people", []), d.get("places", []),
            d.get("organizations", []), summary, excerpt,
        ]
    return out


def lex_key(term: str) -> str:
    """File key of a term's lexicon file: the hex code point of its first character."""
    return format(ord(term[0]), "x")


def _write(path: Path, text: str, report: ExportReport) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    report.files += 1
    report.bytes += len(data)
    report.largest_file = max(report.largest_file, len(data))


def export_index(ix: Index, out_dir: Path) -> ExportReport:
    """Write the client's data files for `ix` into `out_dir` (replacing what was there)."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    report = ExportReport()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        terms = _posting_lists(reader, searcher)
        runs_of = {(text, f): pl.encoded_runs() for text, fields in terms.items()
                   for f, pl in fields.items()}
        # Size the shards by what stays in them (long lists go to chunk files).
        in_shards = sum(len(runs[0]) + 40 for runs in runs_of.values()  # 40: key, df, idf
                        if len(runs) == 1 and len(runs[0]) <= SHARD_LIST_CHARS)
        shards = max(1, -(-in_shards // TARGET_SHARD_CHARS))
        shard_terms: list[dict[str, dict[str, list[Any]]]] = [{} for _ in range(shards)]
        chunk_key = 0
        for text, fields in terms.items():
            entry: dict[str, list[Any]] = {}
            for fieldname, pl in fields.items():
                runs = runs_of[text, fieldname]
                if len(runs) == 1 and len(runs[0]) <= SHARD_LIST_CHARS:
                    entry[fieldname] = [pl.df, pl.idf, runs[0]]
                    continue
                for k, run in enumerate(runs):
                    _write(out_dir / "c" / str(chunk_key) / f"{k}.js",
                           _js("chunk", chunk_key, k, run), report)
                    report.chunk_files += 1
                entry[fieldname] = [pl.df, pl.idf, {"key": chunk_key, "chunks": len(runs)}]
                chunk_key += 1
                report.chunked_lists[fieldname] = report.chunked_lists.get(fieldname, 0) + 1
            shard_terms[shard_of(text, shards)][text] = entry
        report.terms = len(terms)
        for n, entries in enumerate(shard_terms):
            _write(out_dir / "t" / f"{n}.js", _js("terms", n, entries), report)
        report.shards = shards

        lexicon: dict[str, dict[str, list[int]]] = {}
        for text, fields in terms.items():
            mask = sum(1 << SEARCH_FIELDS.index(f) for f in fields)
            df = max(pl.df for pl in fields.values())  # ranks "did you mean" candidates
            lexicon.setdefault(lex_key(text), {})[text] = [mask, df]
        for key, entries in lexicon.items():
            _write(out_dir / "l" / f"{key}.js", _js("lexicon", key, entries), report)

        display = _display(searcher)
        for start in range(0, searcher.doc_count_all(), DOCS_PER_FILE):
            batch = {n: display[n] for n in range(start, start + DOCS_PER_FILE) if n in display}
            if batch:
                _write(out_dir / "d" / f"{start // DOCS_PER_FILE}.js",
                       _js("docs", start // DOCS_PER_FILE, {str(k): v for k, v in batch.items()}),
                       report)
                report.doc_files += 1

        manifest = {
            "version": 1,
            "docCountAll": searcher.doc_count_all(),
            "docCount": searcher.doc_count(),
            "K1": searcher.weighting.K1,
            "B": searcher.weighting.B,
            "avgfl": {f: (searcher.avg_field_length(f) or 1) for f in SEARCH_FIELDS},
            "fields": list(SEARCH_FIELDS),
            "defaultFields": list(DEFAULT_FIELDS),
            "boosts": FIELD_BOOSTS,
            "stoplist": STOPLIST,
            "minsize": MINSIZE,
            "shards": shards,
            "docsPerFile": DOCS_PER_FILE,
            "lexKeys": sorted(lexicon),
            "deleted": encode_numbers(
                n for n in range(searcher.doc_count_all()) if reader.is_deleted(n)
            ),
            "sections": sorted({v[4] for v in display.values() if v[4]}),
        }
        _write(out_dir / "manifest.js", _js("manifest", manifest), report)
    return report
