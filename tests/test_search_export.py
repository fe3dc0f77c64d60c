"""The export is incremental and immutable: one folder per Whoosh segment, written once.

A commit that adds stories writes only the new segment's files and a new manifest; files are
never changed in place (the build's staging output is hard-linked to the published one), and
segments merged away lose their files.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from backfile_search.documents import SearchDoc
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.stage import update_search


def story(n: int, words: str = "") -> SearchDoc:
    return SearchDoc(slug=f"s{n}", url=f"stories/s{n}.html", title=f"Story number {n}",
                     body=f"Markets moved on day {n}. {words}", date=date(2005, 1, 1 + n % 28),
                     section="Business", people=["Jane Doe"])


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """relative path -> (inode, bytes) of every file."""
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.read_bytes())
            for p in folder.rglob("*") if p.is_file()}


def manifest(out: Path) -> str:
    return (out / "manifest.js").read_text("utf-8")


def test_adding_stories_writes_only_a_new_segment(tmp_path: Path) -> None:
    ix = open_index(tmp_path / "index")
    out = tmp_path / "search"
    update_index(ix, [story(n) for n in range(40)])
    first = export_index(ix, out)
    assert (first.segments, first.new_segments) == (1, 1)
    before = snapshot(out)

    update_index(ix, [story(n) for n in range(45)])
    second = export_index(ix, out)
    after = snapshot(out)
    assert (second.segments, second.new_segments, second.removed_segments) == (2, 1, 0)
    kept = {k: v for k, v in before.items() if k != "manifest.js"}
    assert all(after[k] == v for k, v in kept.items()), "an existing segment file changed"
    new_files = set(after) - set(before)
    assert new_files and all(f.startswith("s/") for f in new_files)
    assert second.new_files + 1 == len(new_files)  # + the new segment's meta.json
    assert after["manifest.js"][0] != before["manifest.js"][0]  # a new file, not rewritten
    assert '"docCountAll":45' in manifest(out)

    third = export_index(ix, out)  # nothing changed
    assert (third.new_segments, third.manifest_written) == (0, False)
    assert snapshot(out) == after


def test_hard_linked_staging_leaves_the_published_copy_alone(tmp_path: Path) -> None:
    published, staging = tmp_path / "published", tmp_path / "staging"
    ix = open_index(tmp_path / "index")
    update_index(ix, [story(n) for n in range(30)])
    export_index(ix, published)
    shutil.copytree(published, staging, copy_function=os.link)
    before = snapshot(published)
    update_index(ix, [story(n, "revised") if n == 3 else story(n) for n in range(29)])
    export_index(ix, staging)
    assert snapshot(published) == before
    assert manifest(staging) != manifest(published)


def test_merged_segments_lose_their_files(tmp_path: Path) -> None:
    ix = open_index(tmp_path / "index")
    out = tmp_path / "search"
    for end in (10, 20, 30):
        update_index(ix, [story(n) for n in range(end)])
        export_index(ix, out)
    assert len(list((out / "s").iterdir())) == 3
    ix.optimize()
    report = export_index(ix, out)
    assert (report.segments, report.removed_segments) == (1, 3)
    assert [p.name for p in (out / "s").iterdir()] == [report_key(ix)]


def report_key(ix) -> str:
    from backfile_search.export import segment_key

    (segment,) = ix._segments()
    return segment_key(segment)


def test_update_search_reports_one_line(tmp_path: Path) -> None:
    docs = [story(n) for n in range(12)]
    line = update_search(docs, tmp_path / "index", tmp_path / "search")
    assert line.startswith("search: 12 added, 0 updated, 0 deleted, 0 unchanged; exported 1 new")
    line = update_search(docs[:11], tmp_path / "index", tmp_path / "search")
    assert line.startswith("search: 0 added, 0 updated, 1 deleted, 11 unchanged;")
    assert '"deleted":"B"' in manifest(tmp_path / "search")  # local docnum 11, encoded
    line = update_search(docs[:11], tmp_path / "index", tmp_path / "search")
    assert "export unchanged" in line and "\n" not in line


def test_checksum_side_file_is_used_only_for_its_generation(tmp_path: Path) -> None:
    from backfile_search.index import indexed_checksums

    ix = open_index(tmp_path / "index")
    update_index(ix, [story(n) for n in range(5)])
    side = tmp_path / "index" / "checksums.json"
    assert side.is_file()
    expected = {d.slug: d.checksum() for d in (story(n) for n in range(5))}
    assert indexed_checksums(ix) == expected
    stale = side.read_text("utf-8")
    update_index(ix, [story(n) for n in range(6)])
    side.write_text(stale, "utf-8")  # an older generation's file: ignored, the index is read
    assert indexed_checksums(ix) == {**expected, "s5": story(5).checksum()}
    side.unlink()
    assert update_index(ix, [story(n) for n in range(6)]).unchanged == 6
