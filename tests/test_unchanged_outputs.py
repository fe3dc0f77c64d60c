"""A rebuild does not rewrite output files whose bytes did not change (a publish uploads less)."""

from __future__ import annotations

from pathlib import Path

from sitebuild import build, edit_story, make_site


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_nothing_changed_nothing_rewritten(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    build(site)
    first = _stamps(site / "output")
    build(site)
    assert _stamps(site / "output") == first


def test_one_edit_rewrites_only_what_shows_it(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    build(site)
    first = _stamps(site / "output")
    edit_story(site, 5, "Only the body of story five changed.")
    build(site)
    second = _stamps(site / "output")
    rewritten = {name for name in first if second.get(name) != first[name]}
    assert "stories/story-5.html" in rewritten
    assert "stories/story-6.html" not in rewritten
    assert len(rewritten) < len(first) / 2
