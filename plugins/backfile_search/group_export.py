"""Large segments exported together share their term shards and first chunks (format 7).

A first build indexes in one process per core, each writing a segment of its own, so a 50,000-
story archive has two large segments, and a query asked for a term shard (or a long list's
first chunk) per word in each: the page's cost is the number of files it loads, not their
bytes. The segments one sync exports (export.py) therefore form a group whose members keep all
their own files except these two kinds, which the group shares:

- the group's term shards live in its first member's folder, t/<n>.js, cut by term hash into
  as many shards as its largest member had (so a member's part stays as small as before); the
  file is every member's own `terms` call for that shard, one after the other;
- a term whose posting list is long in some member has one file, g/<hash>.js in the first
  member's folder (<hash>: the term's 32-bit hash, so the page finds it from the term alone;
  terms of one hash share the file), holding the first chunk of each of its long lists in every
  member (their `chunk` calls; the lowest carries the member's term entry and cards) and, for a
  member where the term's lists are all short or absent, its entry and cards (a `chunk` call of
  chunk key -1 without postings). So a query word costs the group one file, however many
  members and long fields it has.

Each shared file settles its own key last (the first member's `terms` call closes a term shard,
a `settle` call a g/ file), when every member's data in it is stored: the page waits on that.

The client ranks each member on its own exactly as before (each call names its segment); only
the files it asks for change. A group stays valid while all its members do: when Whoosh merges
one away, the survivors are exported again (under new folder names) rather than any file being
changed. Only segments of GROUP_MIN_DOCS stories or more are grouped: Whoosh's merge policy
leaves large segments alone, and a day's dump is a "whole" segment (segment_export.py).
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from .encoding import shard_of
from .files import call_args, js_call
from .segment_export import (
    CARD_LIST_DOCS,
    GROUP_TERMS,
    SegmentExport,
    card_docs,
    group_temp,
    write_meta,
)

GROUP_MIN_DOCS = 2_000   # segments with fewer stories are exported alone


def _args(path: Path) -> list[Any]:
    """The arguments of a data file's single call."""
    [(_, args)] = call_args(path.read_text("utf-8"))
    return args


class _Member:
    """One member's term data, re-cut into `shards`: its term shards as the segment's export
    left them (pickled, GROUP_TERMS: they are never published as they are), its long-list
    index from its h/ files."""

    def __init__(self, folder: Path, info: SegmentExport, shards: int) -> None:
        self.folder, self.info = folder, info
        self.entries: list[dict[str, Any]] = [{} for _ in range(shards)]
        self.cards: dict[str, Any] = {}
        held = folder / GROUP_TERMS
        with held.open("rb") as stream:  # one shard at a time, as the export pickled them
            for _ in range(info.shards):
                entries, cards = pickle.load(stream)
                self.cards.update(cards)
                for text, entry in entries.items():
                    self.entries[shard_of(text, shards)][text] = entry
        held.unlink()
        # term -> the chunk keys of its long lists, lowest first (that one carries its entry)
        self.long: dict[str, list[int]] = {}
        for n in range(info.long_parts):
            for text, fields in _args(folder / "h" / f"{n}.js")[2].items():
                self.long[text] = sorted(ck for ck, _ in fields.values())

    def cards_of(self, docs: set[int]) -> dict[str, Any]:
        return {str(d): self.cards[str(d)] for d in sorted(docs) if str(d) in self.cards}


def term_file(text: str) -> str:
    """A term's g/ file name: its 32-bit hash (the client's shardOf(t, 1e10)); two long terms of
    one hash share the file."""
    return str(shard_of(text, 10**10))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def merge_group(dest: Path, infos: list[SegmentExport]) -> None:
    """Merge the members' term shards and first chunks (their folders waiting in group_temp),
    update their meta.json and rename the folders into place."""
    shards = max(info.shards for info in infos)
    keys = [info.key for info in infos]
    members = [_Member(group_temp(dest, info.key), info, shards) for info in infos]
    lead = members[0]
    for m in members:
        m.info.cards = 0
    for n in range(shards):
        calls = []
        for m in [*members[1:], lead]:  # the first member's call last: it settles the file's key
            entries = m.entries[n]
            docs: set[int] = set()
            for entry in entries.values():
                docs |= card_docs(entry, CARD_LIST_DOCS)
            cards = m.cards_of(docs)
            m.info.cards += len(cards)
            calls.append(js_call("terms", m.info.key, n, entries, cards))
        _write(lead.folder / "t" / f"{n}.js", "".join(calls))
    files: dict[str, list[str]] = {}  # g/ file name -> its calls (terms of one hash share one)
    for text in dict.fromkeys(t for m in members for t in m.long):
        calls = files.setdefault(term_file(text), [])
        for m in members:
            if text not in m.long:
                entry = m.entries[shard_of(text, shards)].get(text, {})
                cards = m.cards_of(card_docs(entry, CARD_LIST_DOCS))
                calls.append(js_call("chunk", m.info.key, -1, 0, "", text, entry, cards))
                continue
            for ck in m.long[text]:
                first = m.folder / "c" / str(ck) / "0.js"
                calls.append(first.read_text("utf-8"))
                first.unlink()
                m.info.chunk_files -= 1
                if not any(first.parent.iterdir()):
                    first.parent.rmdir()
    lead.info.group_files = len(files)
    for name, calls in files.items():
        calls.append(js_call("settle", f"s/{lead.info.key}/g/{name}"))
        _write(lead.folder / "g" / f"{name}.js", "".join(calls))
    for m in members:
        m.info.shards, m.info.whole, m.info.group = shards, False, keys
        _recount(m.folder, m.info)
        write_meta(m.folder, m.info)
    for m in members:
        os.replace(m.folder, dest / m.info.key)


def _recount(folder: Path, info: SegmentExport) -> None:
    """Files, bytes and largest file of a member's folder after the merge (meta.json aside)."""
    sizes = [p.stat().st_size for p in folder.rglob("*.js")]
    info.files, info.bytes, info.largest_file = len(sizes), sum(sizes), max(sizes, default=0)
