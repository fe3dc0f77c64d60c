"""The export's one-pass, block-at-a-time postings reader gives what Whoosh's matchers give.

The reference here reads every posting the plain way: a matcher per term stepped one posting at
a time, positions decoded by Whoosh's Positions format, every posting encoded on its own. The
index has long lists (several posting blocks), several segments, a deleted story (its postings
stay in the files) and numbers past the precomputed codes; long lists are cut into runs.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from backfile_search import segment_postings
from backfile_search.documents import SearchDoc
from backfile_search.encoding import encode_numbers
from backfile_search.index import open_index, update_index
from backfile_search.schema import SEARCH_FIELDS
from whoosh.reading import SegmentReader

WORDS = ("market", "shares", "rally", "bank", "rates", "minister", "vote", "election", "goal",
         "match", "film", "award", "chip", "phone", "budget", "tax")


def story(n: int) -> SearchDoc:
    # Every story says "market" (a list of several blocks); others come and go.
    words = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(n % 23 + 2)]
    body = " ".join(["The market"] + words + ["filler"] * (n % 5) + ["market"])
    return SearchDoc(slug=f"s{n}", url=f"stories/s{n}.html", title=f"Story {words[0]} {n}",
                     body=body, date=date(2005, 1, 1 + n % 28), section="Business",
                     summary=" ".join(words[:3]), people=["Jane Doe"] if n % 3 else [])


def reference(reader: SegmentReader, chunk_chars: int) -> dict[str, dict[str, tuple]]:
    """term -> field -> (count, runs, positions), one posting at a time through matchers."""
    out: dict[str, dict[str, tuple]] = {}
    for name in SEARCH_FIELDS:
        fmt = reader.schema[name].format
        for btext in reader.lexicon(name):
            matcher = reader._terms.matcher(name, btext, fmt)  # deleted documents included
            postings, positions = [], []
            for docnum, value in matcher.all_items():
                absolute = fmt.decode_positions(value)
                gaps = [absolute[0] + 1] + [b - a for a, b in pairwise(absolute)]
                length = reader.doc_field_length(docnum, name, 1)
                postings.append((docnum, encode_numbers((len(gaps), length))))
                positions.append(encode_numbers(gaps))
            runs, run, size, last = [], [], 0, -1
            for docnum, rest in postings:
                if run and size > chunk_chars:
                    runs.append("".join(run))
                    run, size, last = [], 0, -1
                piece = encode_numbers((docnum - last,)) + rest
                run.append(piece)
                size += len(piece)
                last = docnum
            runs.append("".join(run))
            out.setdefault(btext.decode("utf-8"), {})[name] = (
                len(postings), runs, "".join(positions))
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    ix = open_index(tmp_path_factory.mktemp("postings") / "index")
    update_index(ix, [story(n) for n in range(400)])
    update_index(ix, [story(n) for n in range(420) if n != 7])  # a second segment, s7 deleted
    return ix


@pytest.mark.parametrize("chunk_chars", [segment_postings.CHUNK_CHARS, 40])
def test_block_reader_matches_whoosh_matchers(index, chunk_chars: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment_postings, "CHUNK_CHARS", chunk_chars)
    # Make "precomputed" codes end at 8 so gaps, lengths and positions also take the slow path.
    monkeypatch.setattr(segment_postings, "_FAST", 8)
    monkeypatch.setattr(segment_postings, "NUMBER_CODES", segment_postings.NUMBER_CODES[:8])
    segments = index._read_toc().segments
    assert len(segments) == 2 and sum(s.deleted_count() for s in segments) == 1
    longest = 0
    for segment in segments:
        reader = SegmentReader(index.storage, index.schema, segment)
        try:
            expected = reference(reader, chunk_chars)
            got = segment_postings.posting_lists(reader, SEARCH_FIELDS)
        finally:
            reader.close()
        assert list(got) == list(expected)  # same terms, same order (the export's file order)
        for text, fields in expected.items():
            assert list(got[text]) == list(fields), text
            for name, (count, runs, positions) in fields.items():
                tp = got[text][name]
                assert (tp.count, tp.runs, tp.positions) == (count, runs, positions), (text, name)
                longest = max(longest, count)
    assert longest > 300  # a list spanning several of Whoosh's 128-posting blocks
    if chunk_chars == 40:
        assert len(got["market"]["body"].runs) > 1


def test_positions_read_as_the_format_decodes_them(index) -> None:
    """Spot check against the story text: only "The" is a stop word, so a word's position is
    its place in the body, and the first position's gap counts from -1."""
    reader = SegmentReader(index.storage, index.schema, index._read_toc().segments[0])
    try:
        tp = segment_postings.posting_lists(reader, ("body",))["market"]["body"]
    finally:
        reader.close()
    assert tp.count == 400
    places = [i for i, word in enumerate(story(0).body.split()) if word == "market"]
    gaps = [places[0] + 1] + [b - a for a, b in pairwise(places)]
    assert tp.positions.startswith(encode_numbers(gaps))
    assert tp.runs[0].startswith(encode_numbers((1, len(gaps))))  # docnum 0, tf
