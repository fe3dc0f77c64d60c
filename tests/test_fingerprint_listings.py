"""A listing of entities (the A-Z pages) has the same fingerprint from one build to the next.

Its entries link to stories (Pelican Article objects, whose repr is their address): described
by repr, every page of every A-Z letter was rendered again whenever one entity changed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backfile_archive.entities import EntityInfo
from backfile_speed.skip import Fingerprints
from pelican.contents import Article
from pelican.paginator import Paginator
from pelican.settings import read_settings


def _listing(tmp_path: Path, count: int) -> Paginator:
    settings = read_settings(override={"CACHE_PATH": str(tmp_path)})
    story = Article("<p>Text.</p>", metadata={"title": "A story", "date": datetime(2024, 1, 1)},
                    settings=settings, source_path=str(tmp_path / "a.md"))
    entries = [EntityInfo("Ada Lovelace", "people", stories=list(range(count)),
                          first_story=story, last_story=story)]
    return Paginator("entities/az/a.html", "entities/az/a.html", entries, settings, 100)


def _describe(tmp_path: Path, count: int) -> str:
    settings = read_settings(override={"CACHE_PATH": str(tmp_path)})
    return Fingerprints(settings).value(_listing(tmp_path, count))


def test_the_same_entities_give_the_same_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Title: A story\n\nText.\n", encoding="utf-8")
    first, again = _describe(tmp_path, 3), _describe(tmp_path, 3)
    assert first == again


def test_a_changed_count_changes_it(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Title: A story\n\nText.\n", encoding="utf-8")
    assert _describe(tmp_path, 3) != _describe(tmp_path, 4)
