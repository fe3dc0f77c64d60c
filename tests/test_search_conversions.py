"""The search stage converts (HTML to text) only stories it has not seen as they are now, and
the index still ends up holding exactly the stories it is handed."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from backfile_search import SearchJob, conversions
from backfile_search.documents import ArticleText
from backfile_search.index import open_index
from backfile_search.query import search


def _story(n: int, body: str) -> ArticleText:
    return ArticleText(slug=f"story-{n}", url=f"stories/story-{n}.html", title=f"Story {n}",
                       content=f"<p>{body}</p>", date=date(2004, 5, n), category="News",
                       metadata={"people": "Tony Blair;"})


@pytest.fixture
def converted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = conversions.from_article_text

    def counting(text: ArticleText):  # type: ignore[no-untyped-def]
        seen.append(text.slug)
        return real(text)

    monkeypatch.setattr(conversions, "from_article_text", counting)
    return seen


def _run(tmp_path: Path, stories: list[ArticleText]) -> str:
    return SearchJob(stories=stories, index_dir=tmp_path / "index", out_dir=tmp_path / "search",
                     procs=1).run()


def _slugs(tmp_path: Path, query: str) -> list[str]:
    return [hit.url for hit in search(open_index(tmp_path / "index"), query, 10)]


def test_unchanged_stories_are_not_converted_again(tmp_path: Path, converted: list[str]) -> None:
    stories = [_story(n, f"Budget talks day {n} in Westminster.") for n in (1, 2, 3)]
    _run(tmp_path, stories)
    assert sorted(converted) == ["story-1", "story-2", "story-3"]
    converted.clear()
    summary = _run(tmp_path, stories)
    assert converted == []
    assert "3 unchanged" in summary


def test_an_edited_story_is_converted_and_found_by_its_new_words(
        tmp_path: Path, converted: list[str]) -> None:
    stories = [_story(n, f"Budget talks day {n} in Westminster.") for n in (1, 2, 3)]
    _run(tmp_path, stories)
    converted.clear()
    stories[1] = _story(2, "Floods close the river bridge.")
    summary = _run(tmp_path, stories)
    assert converted == ["story-2"]
    assert "1 updated" in summary
    assert _slugs(tmp_path, "floods") == ["stories/story-2.html"]
    assert sorted(_slugs(tmp_path, "westminster")) == ["stories/story-1.html",
                                                      "stories/story-3.html"]


def test_a_lost_index_is_refilled_in_full(tmp_path: Path) -> None:
    stories = [_story(n, f"Budget talks day {n}.") for n in (1, 2)]
    _run(tmp_path, stories)
    memo = (tmp_path / "index" / conversions.MEMO_FILE).read_text("utf-8")
    shutil.rmtree(tmp_path / "index")
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / conversions.MEMO_FILE).write_text(memo, "utf-8")  # memo survives
    summary = _run(tmp_path, stories)
    assert "2 added" in summary
    assert len(_slugs(tmp_path, "budget")) == 2
