"""Writing story pages without losing anything.

Each page is written to a temporary name and renamed into place. An unchanged page is not
rewritten; a page a person has edited since the ingest wrote it (Checksum mismatch) is kept
as it is and reported; a page whose story has gone from its dump is reported, not deleted.
A page nobody edited whose story is still there under another slug (its date or headline
changed: a sidecar dated it, the default date changed) is replaced by the new page, and
reported: kept, it would list the story twice. An edited one is kept beside the new page, and
reported as such, so the editor can choose.

Rendering and re-reading every page to find the few that changed costs about 2 s per 10,000
stories, so a memo (in the ingest cache) records, per page, what it was made from and the
file's stamp after the ingest wrote or checked it. A page whose origin and stamp are both the
same as then is unchanged without being rendered or read. Any other page, including one a
person touched, goes through the full comparison.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .model import Entities, Story
from .page import is_hand_edited, render
from .stories import ArchiveStories


@dataclass
class WriteReport:
    """What happened to each page, by file name."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    # (page, where its story was): ("x.md", "dumps/d.txt#L3-L5")
    vanished: list[tuple[str, str]] = field(default_factory=list)
    # (old page, the new page of the same story): ("old.md", "new.md")
    replaced: list[tuple[str, str]] = field(default_factory=list)  # the old one removed
    moved_edited: list[tuple[str, str]] = field(default_factory=list)  # both kept


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _header_value(text: str, key: str) -> str | None:
    for line in text.partition("\n\n")[0].split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == key.lower():
            return value.strip()
    return None


PAGES_MEMO = "pages.pickle"
Memo = dict[str, tuple[str, tuple[int, int, int]]]  # page name -> (page key, file stamp)


def page_key(story: Story, origin: str) -> str:
    """What a page is made from: its story's origin (the dump's cache key, which covers the
    dump's bytes, the settings and the ingest's code, and its place in the dump), its slug
    (which depends on the other stories) and its tags."""
    return _page_key(story.slug, story.entities, origin)


def _page_key(slug: str, entities: Entities, origin: str) -> str:
    return hashlib.blake2b(f"{origin}\0{slug}\0{entities!r}".encode(
        "utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _slug_and_entities(stories: Sequence[Story], index: int) -> tuple[str, Entities]:
    if isinstance(stories, ArchiveStories):  # without reading a story the cache vouches for
        return stories.slug_and_entities(index)
    return stories[index].slug, stories[index].entities


def _source_hash(stories: Sequence[Story], index: int) -> str:
    if isinstance(stories, ArchiveStories):  # from the brief: no story is read for it
        return stories.briefs[index].source_hash
    return stories[index].source_hash


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def _load_memo(path: Path | None) -> Memo:
    if path is None or not path.exists():
        return {}
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError):
        return {}


def _save_memo(path: Path, memo: Memo) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_suffix(".staging")
    staging.write_bytes(pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(staging, path)


Job = tuple[int, str, str, bool]  # story index, page name, page key, whether the file exists
Outcome = tuple[str, str, tuple[str, tuple[int, int, int]] | None]  # kind, name, memo entry


def write_one(stories: Sequence[Story], out_dir: Path, job: Job, use_memo: bool) -> Outcome:
    """Render one story's page and write it unless it is unchanged or edited by hand."""
    index, name, key, exists = job
    path = out_dir / name
    text = render(stories[index])
    if exists:
        old = path.read_text(encoding="utf-8", errors="replace")
        if old != text and is_hand_edited(old):
            return "kept_edited", name, None  # checked again on every run: not memoised
        kind = "unchanged" if old == text else "written"
        if kind == "written":
            write_atomically(path, text)
    else:
        write_atomically(path, text)
        kind = "written"
    stamp = _stamp(path) if use_memo else None
    return kind, name, (key, stamp) if stamp is not None else None


def write_each(stories: Sequence[Story], out_dir: Path, todo: list[Job], use_memo: bool,
               processes: int) -> dict[int, Outcome]:
    """`write_one` for every job, on `processes` processes when there are enough jobs."""
    from .parallel_pages import run_jobs

    return run_jobs(lambda job: write_one(stories, out_dir, job, use_memo), todo, processes)


def write_pages(stories: Sequence[Story], out_dir: Path, origins: Sequence[str] = (),
                memo_file: Path | None = None, processes: int = 1) -> WriteReport:
    """Write one page per story into `out_dir`; report written, unchanged, kept, vanished.

    With `origins` (one per story, see `page_key`) and a `memo_file`, pages known unchanged
    since the last run are neither rendered nor read. The pages that have to be rendered are
    shared among `processes` (see `parallel_pages`) when there are enough of them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = WriteReport()
    current = set()
    use_memo = memo_file is not None and len(origins) == len(stories)
    before, after = (_load_memo(memo_file) if use_memo else {}), {}
    outcomes: dict[int, Outcome] = {}
    todo: list[Job] = []
    for index in range(len(stories)):
        slug, entities = _slug_and_entities(stories, index)
        name = f"{slug}.md"
        current.add(name)
        path = out_dir / name
        key = _page_key(slug, entities, origins[index]) if use_memo else ""
        stamp = _stamp(path)
        if use_memo and stamp is not None and before.get(name) == (key, stamp):
            outcomes[index] = ("unchanged", name, (key, stamp))
        else:
            todo.append((index, name, key, stamp is not None))
    outcomes.update(write_each(stories, out_dir, todo, use_memo, processes))
    lists = {"written": report.written, "unchanged": report.unchanged,
             "kept_edited": report.kept_edited}
    for index in sorted(outcomes):
        kind, name, memo_entry = outcomes[index]
        lists[kind].append(name)
        if memo_entry is not None:
            after[name] = memo_entry
    if use_memo and memo_file is not None and after != before:
        _save_memo(memo_file, after)
    strays = [path for path in sorted(out_dir.glob("*.md")) if path.name not in current]
    pages_by_hash = {_source_hash(stories, index): f"{_slug_and_entities(stories, index)[0]}.md"
                     for index in range(len(stories))} if strays else {}
    for path in strays:
        text = path.read_text(encoding="utf-8", errors="replace")
        source, source_hash = _header_value(text, "Source"), _header_value(text, "Source-Hash")
        if not (source and source_hash):
            continue
        successor = pages_by_hash.get(source_hash)
        if successor and not is_hand_edited(text):
            path.unlink()
            report.replaced.append((path.name, successor))
        elif successor:
            report.moved_edited.append((path.name, successor))
        else:
            report.vanished.append((path.name, source))
    return report
