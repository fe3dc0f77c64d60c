"""Cards: the term shards (and a long-listed term's first chunk) carry the url, headline, date,
section and tags of the stories in their short headline and entity lists, so the search page can
list a bare word's best results from the files the query loads anyway, and fills their snippets
from the display files after that frame."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from backfile_search import segment_export
from backfile_search.documents import SearchDoc
from backfile_search.encoding import shard_of
from backfile_search.export import export_index
from backfile_search.files import call_args
from backfile_search.index import open_index, update_index


def story(n: int, title: str) -> SearchDoc:
    return SearchDoc(slug=f"s{n}", url=f"stories/s{n}.html", title=title,
                     body=f"Markets moved on day {n}. Traders said little.",
                     summary=f"Summary of story {n}.", date=date(2005, 1, 1 + n % 28),
                     section="Business", people=["Jane Doe"])


def _call_args(path: Path) -> list:
    [(_, args)] = call_args(path.read_text("utf-8"))
    return args


def test_shards_carry_cards_of_short_headline_lists(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(segment_export, "CARD_LIST_DOCS", 3)
    docs = [story(n, "Harbour strike ends" if n < 2 else f"Plain story {n}") for n in range(10)]
    docs += [story(n, "Markets rally again") for n in range(10, 14)]  # 4 > CARD_LIST_DOCS
    ix = open_index(tmp_path / "index")
    update_index(ix, docs)
    export_index(ix, tmp_path / "search")
    (folder,) = (tmp_path / "search" / "s").iterdir()
    shards = int(json.loads((folder / "meta.json").read_text())["shards"])
    cards_of = {}
    for term in ("harbour", "market"):
        _, _, entries, cards = _call_args(folder / "t" / f"{shard_of(term, shards)}.js")
        assert term in entries
        cards_of[term] = cards
    harbour = {card[0]: card for card in cards_of["harbour"].values()}
    assert {"stories/s0.html", "stories/s1.html"} <= set(harbour)
    _, title, when, _, section, people, _, _ = harbour["stories/s0.html"]
    assert (title, when, section, people) == ("Harbour strike ends", "2005-01-01", "Business",
                                              ["Jane Doe"])
    assert all(len(card) == segment_export.CARD for card in harbour.values())  # no snippets
    # "markets" is in four headlines, over the limit: those stories get no card from it.
    assert not {f"stories/s{n}.html" for n in range(10, 14)} & {
        card[0] for card in cards_of["market"].values()}
