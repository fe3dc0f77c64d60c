"""`invoke offline`'s zip unpacks anywhere into a site that works from file://."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from backfile_publish.links import check_folder
from backfile_publish.offline import make_offline_zip

BUILT_ON = dt.date(2026, 3, 9)


@pytest.fixture(scope="module")
def unpacked(offline_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive = make_offline_zip(offline_site, tmp_path_factory.mktemp("dist"), BUILT_ON)
    assert archive.name == "backfile-archive-2026-03-09.zip"
    target = tmp_path_factory.mktemp("somewhere else")  # a space in the path, on purpose
    with zipfile.ZipFile(archive) as opened:
        assert {name.split("/")[0] for name in opened.namelist()} == {
            "backfile-archive-2026-03-09"}, "everything sits in one dated folder"
        opened.extractall(target)
    return target / "backfile-archive-2026-03-09"


def test_zip_holds_every_file_of_the_site(offline_site: Path, unpacked: Path) -> None:
    built = {p.relative_to(offline_site) for p in offline_site.rglob("*") if p.is_file()}
    packed = {p.relative_to(unpacked) for p in unpacked.rglob("*") if p.is_file()}
    assert packed == built | {Path("README.txt")}
    assert (unpacked / "index.html").read_bytes() == (offline_site / "index.html").read_bytes()


def test_readme_says_how_to_open_it_and_when_it_was_built(unpacked: Path) -> None:
    readme = (unpacked / "README.txt").read_text()
    assert "index.html" in readme and "2026-03-09" in readme


def test_unpacked_archive_has_no_broken_links(unpacked: Path) -> None:
    problems = check_folder(unpacked)
    assert problems == [], "\n".join(map(str, problems[:40]))


def test_no_zip_is_left_when_the_site_is_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="build the site first"):
        make_offline_zip(tmp_path / "output", tmp_path / "dist", BUILT_ON)
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())
