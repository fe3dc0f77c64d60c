"""manifest.js does not grow with a segment's stories: every page that searches loads it and
every commit rewrites it, so nothing per term (such as which terms have long posting lists) may
live in it. A segment ten times larger, with hundreds of lists in chunk files, gives a manifest
as large, but for the digits of its counts; its long-list index is in more h/ parts instead,
none larger than a small fixed size."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from backfile_search import segment_export, segment_postings
from backfile_search.documents import SearchDoc
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index

WORDS = [f"topic{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(300)]  # no stemming


def stories(count: int) -> list[SearchDoc]:
    rng = random.Random(count)
    return [SearchDoc(slug=f"s{n}", url=f"stories/s{n}.html", title="Markets",
                      body=" ".join(rng.choice(WORDS) for _ in range(40)),
                      date=date(2005, 1, 1), section="Business", people=[])
            for n in range(count)]


def export_one_segment(folder: Path, count: int) -> tuple[int, int, list[int]]:
    """(manifest bytes, chunk files, long-list index part sizes) of an index holding `count`
    stories in one segment, with limits so low that every list longer than a few postings is in
    chunk files."""
    ix = open_index(folder / "index")
    update_index(ix, stories(count))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment_export, "SHARD_LIST_CHARS", 40)
        patch.setattr(segment_postings, "CHUNK_CHARS", 200)
        patch.setattr(segment_export, "LONG_PART_CHARS", 1000)
        report = export_index(ix, folder / "search")
    assert report.segments == 1
    parts = [p.stat().st_size for p in (folder / "search").glob("s/*/h/*.js")]
    return (folder / "search" / "manifest.js").stat().st_size, report.chunk_files, parts


def test_manifest_does_not_grow_with_a_segments_stories(tmp_path: Path) -> None:
    small, small_chunks, small_parts = export_one_segment(tmp_path / "small", 60)
    large, large_chunks, large_parts = export_one_segment(tmp_path / "large", 600)
    assert large_chunks > 5 * small_chunks > 0  # hundreds more lists in chunk files
    # The larger segment's counts (documents, field lengths, shards) have a digit more each.
    assert large - small <= 20, (small, large)
    assert len(large_parts) > len(small_parts) > 0
    assert max(large_parts) < 3 * 1000, large_parts  # parts of about LONG_PART_CHARS each
