"""Story pages parsed by the read pool reach Pelican's reader cache exactly as Pelican's own
reading would leave them, whether its read loop takes them as they come or never asks."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from backfile_speed import parallel_read
from pelican.readers import MarkdownReader, Readers
from pelican.settings import read_settings

PAGE = "Title: Story {n}\nDate: 2005-03-0{day}\nSummary: The *summary* of {n}.\n\n{body}\n"


def _content(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True)
    names = []
    for n in range(count):
        name = f"story-{n:02}.md"
        body = f"Story {n} is about _things_ & more.\n\nA second paragraph, number {n}."
        (folder / name).write_text(PAGE.format(n=n, day=n % 9 + 1, body=body), encoding="utf-8")
        names.append(name)
    return names


def _generator(content: Path, cache: Path, names: list[str]) -> Any:
    settings = read_settings(override={
        "PATH": str(content), "CACHE_PATH": str(cache), "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": False, "CONTENT_CACHING_LAYER": "reader", "PLUGINS": []})
    return SimpleNamespace(settings=settings, path=str(content),
                           readers=Readers(settings, cache_name="articles"),
                           get_files=lambda paths, exclude=None: list(names))


def _read_all(readers: Readers, content: Path, names: list[str]) -> list[tuple[str, dict]]:
    pages = [readers.read_file(str(content), name) for name in names]
    return [(page._content, page.metadata) for page in pages]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel_read, "CHUNK", 3)  # 10 files: 4 chunks, above 2 * CHUNK


def test_the_read_loop_takes_each_chunk_from_the_pool(tmp_path: Path, small_chunks: None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    names = _content(content, 10)
    expected = _read_all(_generator(content, tmp_path / "plain", names).readers, content, names)
    generator = _generator(content, tmp_path / "cache", names)
    assert parallel_read.prefill(generator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES", 2) == 10

    def not_here(*_args: Any) -> None:  # the workers were forked before this patch
        raise AssertionError("a page was parsed in Pelican's process, not by the pool")

    monkeypatch.setattr(MarkdownReader, "read", not_here)
    assert _read_all(generator.readers, content, names) == expected
    parallel_read.finish(generator)
    assert "get_cached_data" not in vars(generator.readers)  # the class's method again
    parallel_read.finish(generator)  # a second call (pages' signal after articles') is harmless


def test_finish_caches_what_the_loop_never_asked_for(tmp_path: Path, small_chunks: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    names = _content(content, 10)
    generator = _generator(content, tmp_path / "cache", names)
    parallel_read.prefill(generator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES", 2)
    generator.readers.read_file(str(content), names[4])  # the loop read one file only
    parallel_read.finish(generator)
    monkeypatch.setattr(MarkdownReader, "read", lambda *_: pytest.fail("not cached"))
    for name in names:
        assert generator.readers.get_cached_data(str(content / name)) is not None
