"""Export the Whoosh index as small classic-script files for the JavaScript client.

Why scripts: over file:// Chromium blocks fetch, XHR, workers and modules, but a <script src> that
calls a global callback still loads. Layout under `<output>/search/`:

- manifest.js  collection statistics (doc count, average field lengths, BM25F parameters, analyzer
               settings, shard counts). Fixed size, loaded once.
- t/<n>.js     one term shard: for every term hashing to n, per field: document frequency, Whoosh's
               idf (exact float) and the posting list, or the number of chunk files if it is long.
- c/<n>/<k>.js chunk k of a long posting list (n = the list's key); each file at most CHUNK_CHARS.
- l/<key>.js   lexicon for prefix* queries: the terms whose first two characters are `key`
               (hex code points), each with a bit mask of the fields it occurs in and its
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
from pathlib import Path
from typing import Any

from whoosh.index import Index

from .encoding import encode_numbers, shard_of
from .schema import DEFAULT_FIELDS, FIELD_BOOSTS, MINSIZE, SEARCH_FIELDS, STOPLIST

TARGET_SHARD_CHARS = 24_000   # average term shard size the shard count aims for
CHUNK_CHARS = 48_000          # posting lists longer than this are split into chunk files
DOCS_PER_FILE = 25            # documents per display file
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
    field_terms: dict[str, int] = field(default_factory=dict)


def _js(call: str, *args: Any) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    return f"{CALLBACK}.{call}({body});\n"


def _posting_lists(reader: Any, searcher: Any) -> dict[str, dict[str, list[Any]]]:
    """term -> field -> [df, idf, encoded postings] over every searchable field."""
    terms: dict[str, dict[str, list[Any]]] = {}
    for fieldname in SEARCH_FIELDS:
        for btext in reader.lexicon(fieldname):
            text = btext.decode("utf-8")
            numbers: list[int] = []
            last = -1
            matcher = reader.postings(fieldname, btext)
            while matcher.is_active():
                docnum = matcher.id()
                weight = matcher.weight()
                positions = matcher.value_as("positions")
                if weight != int(weight):
                    raise ValueError(f"non-integral weight {weight} for {fieldname}:{text}")
                length = reader.doc_field_length(docnum, fieldname, 1)
                numbers += [docnum - last, int(weight), length, len(positions)]
                prev = -1
                for pos in positions:
                    numbers.append(pos - prev)
                    prev = pos
                last = docnum
                matcher.next()
            if last < 0:
                continue  # every posting deleted
            df = reader.doc_frequency(fieldname, btext)
            idf = searcher.idf(fieldname, btext)
            terms.setdefault(text, {})[fieldname] = [df, idf, numbers]
    return terms


def _split_postings(numbers: list[int]) -> list[list[int]]:
    """Cut an encoded posting list into runs that each encode to at most CHUNK_CHARS.

    Each run restarts its docnum gaps from -1 so chunks decode independently.
    """
    runs: list[list[int]] = [[]]
    size = 0
    i = 0
    docnum = -1
    while i < len(numbers):
        gap, weight, length, count = numbers[i:i + 4]
        docnum += gap
        posting_end = i + 4 + count
        first_gap = docnum + 1 if not runs[-1] else gap
        posting = [first_gap, weight, length, count, *numbers[i + 4:posting_end]]
        cost = len(encode_numbers(posting))
        if runs[-1] and size + cost > CHUNK_CHARS:
            runs.append([])
            size = 0
            posting[0] = docnum + 1
            cost = len(encode_numbers(posting))
        runs[-1] += posting
        size += cost
        i = posting_end
    return runs


def _display(searcher: Any) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for docnum, stored in searcher.reader().iter_docs():
        d = stored.get("display", {})
        when = stored.get("date")
        body = d.get("body", "")
        excerpt = body[:EXCERPT_CHARS]
        if len(body) > EXCERPT_CHARS:
            excerpt = excerpt.rsplit(" ", 1)[0] + " …"
        out[docnum] = [
            stored.get("url", ""), stored.get("title", ""),
            when.date().isoformat() if when else "", d.get("precision", "day"),
            d.get("section", ""), d.get("people", []), d.get("places", []),
            d.get("organizations", []), d.get("summary", ""), excerpt,
        ]
    return out


def lex_key(term: str) -> str:
    """File key of a term's lexicon file: hex code points of its first two characters."""
    return "_".join(format(ord(ch), "x") for ch in term[:2])


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
        total = sum(len(encode_numbers(p[2])) for fields in terms.values() for p in fields.values())
        shards = 1
        while shards < 4096 and total / shards > TARGET_SHARD_CHARS:
            shards *= 2
        shard_terms: list[dict[str, dict[str, list[Any]]]] = [{} for _ in range(shards)]
        chunk_key = 0
        for text, fields in terms.items():
            entry: dict[str, list[Any]] = {}
            for fieldname, (df, idf, numbers) in fields.items():
                runs = _split_postings(numbers)
                if len(runs) == 1:
                    entry[fieldname] = [df, idf, encode_numbers(numbers)]
                    continue
                for k, run in enumerate(runs):
                    _write(out_dir / "c" / str(chunk_key) / f"{k}.js",
                           _js("chunk", chunk_key, k, encode_numbers(run)), report)
                    report.chunk_files += 1
                entry[fieldname] = [df, idf, {"key": chunk_key, "chunks": len(runs)}]
                chunk_key += 1
                report.field_terms[fieldname] = report.field_terms.get(fieldname, 0) + 1
            shard_terms[shard_of(text, shards)][text] = entry
        report.terms = len(terms)
        for n, entries in enumerate(shard_terms):
            _write(out_dir / "t" / f"{n}.js", _js("terms", n, entries), report)
        report.shards = shards

        lexicon: dict[str, dict[str, list[int]]] = {}
        for text, fields in terms.items():
            mask = sum(1 << SEARCH_FIELDS.index(f) for f in fields)
            df = max(p[0] for p in fields.values())  # ranks "did you mean" candidates
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
