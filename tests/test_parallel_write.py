"""Splitting the write phase across processes changes nothing in the output.

The split covers Pelican's article and page generators and the archive plugin's pages (date
archives, entity indexes, sitemap): a build rendered by two processes must equal, byte for
byte, the same build rendered by one.
"""

from __future__ import annotations

from pathlib import Path

from sitebuild import build, make_site, site_tree


def _site(folder: Path, processes: int) -> Path:
    site = make_site(folder, stories=30)
    (site / "split.py").write_text(
        f"from pelicanconf import *\nBACKFILE_WRITE_PROCESSES = {processes}\n", encoding="utf-8")
    build(site, "split.py")
    return site


def test_two_renderers_write_what_one_writes(tmp_path: Path) -> None:
    one = site_tree(_site(tmp_path / "one", 1))
    two = site_tree(_site(tmp_path / "two", 2))
    assert any(name.startswith("archive/") for name in one)  # the archive plugin's pages
    assert "sitemap.xml" in one and not any(".partial" in name for name in two)
    assert two == one


class _Declares:
    SPLIT_WRITES = True

    def generate_output(self, writer: object) -> None:
        pass


class _Silent:
    def generate_output(self, writer: object) -> None:
        pass


def test_split_ends_before_the_first_generator_that_does_not_declare_it(monkeypatch) -> None:
    from backfile_speed import parallel_write
    from pelican.generators import ArticlesGenerator

    ended: list[object] = []
    monkeypatch.setattr(parallel_write, "finish", ended.append)
    articles = object.__new__(ArticlesGenerator)
    declares, silent, later = _Declares(), _Silent(), _Silent()
    generators = [articles, declares, silent, later]
    originals = [g.generate_output for g in generators]
    parallel_write.bound_split(generators)
    assert [g.generate_output == o for g, o in zip(generators, originals, strict=True)] == [
        True, True, False, True]
    writer = object.__new__(parallel_write.SplitWriter)
    silent.generate_output(writer)
    assert ended == [writer]
