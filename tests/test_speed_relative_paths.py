"""A story's path relative to the content folder is worked out once (backfile_speed/
relative_paths.py) and reads exactly as Pelican's own answer, wherever the build runs."""

from __future__ import annotations

from types import SimpleNamespace

from backfile_speed import relative_paths


def _content(base: str, source: str | None) -> SimpleNamespace:
    return SimpleNamespace(settings={"PATH": base}, source_path=source)


CASES = [("/site/content", "/site/content/stories/a.md", None),
         ("/site/content", "/site/content/stories/a.md", "/site/content/dumps/x.txt"),
         ("/site/content/", "/site/content/../content/stories/b.md", None),
         ("/site/content", "/elsewhere/c.md", None),
         ("content", "content/stories/d.md", None),
         ("content", "stories/e.md", None),
         ("/site/content", None, None)]


def test_memoised_paths_read_as_pelicans(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    expected = [relative_paths._original(_content(b, s), a) for b, s, a in CASES]
    for _ in range(2):  # the second round is answered from the memo
        assert [relative_paths._relative_source_path(_content(b, s), a)
                for b, s, a in CASES] == expected


def test_the_working_folder_is_part_of_the_memo(tmp_path, monkeypatch) -> None:
    """With a relative content folder the answer depends on where the build runs."""
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "two").mkdir()
    story = _content("content", str(tmp_path / "one" / "content" / "f.md"))
    answers = []
    for folder in (tmp_path / "one", tmp_path / "one" / "two"):
        monkeypatch.chdir(folder)
        assert relative_paths._relative_source_path(story) == relative_paths._original(story)
        answers.append(relative_paths._relative_source_path(story))
    assert answers[0] != answers[1]


def test_installed_on_pelicans_content() -> None:
    from pelican.contents import Content

    relative_paths.install()
    relative_paths.install()
    assert Content.get_relative_source_path is relative_paths._relative_source_path
