"""The gazetteer tables are read back from the cache folder instead of being built again, and
built again (not read) when the file is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from backfile_entities import gazetteer


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[int]:
    builds: list[int] = []
    real = gazetteer._build

    def counting() -> gazetteer.Gazetteer:
        builds.append(1)
        return real()

    monkeypatch.setattr(gazetteer, "_build", counting)
    monkeypatch.setattr(gazetteer, "_tables", None)
    monkeypatch.setattr(gazetteer, "_disk_folder", None)
    return builds


def _new_process(monkeypatch: pytest.MonkeyPatch, folder: Path) -> gazetteer.Gazetteer:
    monkeypatch.setattr(gazetteer, "_tables", None)
    gazetteer.keep_on_disk(folder)
    return gazetteer.load()


def test_tables_are_built_once_then_read_back(fresh: list[int], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    first = _new_process(monkeypatch, tmp_path)
    second = _new_process(monkeypatch, tmp_path)
    assert len(fresh) == 1
    assert second is not first and second == first
    assert second.places["heathrow"] == first.places["heathrow"]
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1


def test_a_damaged_file_is_rebuilt(fresh: list[int], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _new_process(monkeypatch, tmp_path)
    [stored] = tmp_path.glob("gazetteer-*.pickle")
    stored.write_bytes(b"not a pickle")
    tables = _new_process(monkeypatch, tmp_path)
    assert len(fresh) == 2 and "heathrow" in tables.places
