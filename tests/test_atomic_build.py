"""Builds are atomic: the previous output survives any failed or interrupted build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from backfile_publish.atomic import recover, staged_output
from backfile_publish.build import BuildError, build_site

ROOT = Path(__file__).resolve().parents[1]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _previous_site(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    output = tmp_path / "output"
    (output / "stories").mkdir(parents=True)
    (output / "index.html").write_text("old home")
    (output / "stories" / "a.html").write_text("old story")
    return output, _snapshot(output)


def _beside(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir())


def test_success_replaces_output_and_leaves_nothing_beside(tmp_path: Path) -> None:
    output, _ = _previous_site(tmp_path)
    with staged_output(output) as staging:
        assert staging.parent == output.parent and staging != output
        (staging / "index.html").write_text("new home")
    assert _snapshot(output) == {"index.html": b"new home"}
    assert _beside(output) == ["output"]


def test_symlinked_output_is_built_beside_its_target(tmp_path: Path) -> None:
    real, _ = _previous_site(tmp_path / "disk")
    link = tmp_path / "output"
    link.symlink_to(real)
    with staged_output(link) as staging:
        assert staging.parent == real.parent
        (staging / "index.html").write_text("new home")
    assert link.is_symlink() and (link / "index.html").read_text() == "new home"
    assert _beside(real) == ["output"]


@pytest.mark.parametrize("failure", [RuntimeError("plugin crashed"), KeyboardInterrupt()])
def test_failure_keeps_previous_output(tmp_path: Path, failure: BaseException) -> None:
    output, before = _previous_site(tmp_path)
    with pytest.raises(type(failure)), staged_output(output) as staging:
        (staging / "index.html").write_text("half written")
        raise failure
    assert _snapshot(output) == before
    assert _beside(output) == ["output"]


def test_sigterm_mid_build_keeps_previous_output(tmp_path: Path) -> None:
    output, before = _previous_site(tmp_path)
    script = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from backfile_publish.atomic import staged_output
        from backfile_publish.build import sigterm_raises
        with sigterm_raises(), staged_output(Path({str(output)!r})) as staging:
            (staging / "index.html").write_text("half written")
            print("building", flush=True)
            time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT / "plugins")})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "building"
    assert len(_beside(output)) == 2  # the staging folder exists while building
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=30) == 128 + signal.SIGTERM
    assert _snapshot(output) == before
    assert _beside(output) == ["output"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_next_build_restores_output_lost_between_the_two_renames(tmp_path: Path) -> None:
    output, before = _previous_site(tmp_path)
    pid = _dead_pid()
    output.rename(tmp_path / f"output.previous-{pid}-0abc")  # killed right after this rename
    (tmp_path / f"output.building-{pid}-0def").mkdir()  # its complete-or-not staging
    recover(output)
    assert _snapshot(output) == before
    assert _beside(output) == ["output"]


def test_recover_leaves_running_builds_alone(tmp_path: Path) -> None:
    output, _ = _previous_site(tmp_path)
    mine = tmp_path / f"output.building-{os.getpid()}-0abc"
    mine.mkdir()
    recover(output)
    assert mine.is_dir()


def test_failed_pelican_keeps_previous_output(tmp_path: Path) -> None:
    output, before = _previous_site(tmp_path)
    (tmp_path / "broken.py").write_text("raise RuntimeError('broken settings')\n")
    with pytest.raises(BuildError, match="previous output kept"):
        build_site(ROOT, str(tmp_path / "broken.py"), output)
    assert _snapshot(output) == before
    assert _beside(output) == ["broken.py", "output"]


def test_output_that_is_a_file_is_refused_and_kept(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.write_text("not a site")
    with pytest.raises(BuildError, match="not a folder"):
        build_site(_tiny_project(tmp_path), "settings.py", output,
                   env={"BACKFILE_SITEURL": "https://example.org"})
    assert output.read_text() == "not a site"
    assert _beside(output) == ["output", "project"]


def _tiny_project(tmp_path: Path, theme: str = "simple") -> Path:
    """One story, one of Pelican's own themes and only this plugin: a build in seconds."""
    project = tmp_path / "project"
    (project / "content" / "stories").mkdir(parents=True)
    (project / "content" / "stories" / "one.md").write_text(
        "Title: One\nDate: 2005-03-01\nSlug: one\n\nThe only story.\n")
    (project / "content" / "dumps").mkdir()
    (project / "content" / "dumps" / "raw.txt").write_text("The only story.\n")
    (project / "settings.py").write_text(
        f"import os, sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"THEME = {theme!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
        "PLUGINS = ['backfile_publish']\nSTATIC_PATHS = ['dumps']\nCACHE_CONTENT = False\n"
        "SITEURL = FEED_DOMAIN = os.environ['BACKFILE_SITEURL']\n")
    return project


def test_seeded_build_never_writes_through_to_previous_output(tmp_path: Path) -> None:
    """A build started from hard links to the old output must not change the old files."""
    project = _tiny_project(tmp_path)
    output = tmp_path / "output"
    build_site(project, "settings.py", output, env={"BACKFILE_SITEURL": "https://old.example/a"})
    feed = output / "feeds" / "all.atom.xml"
    kept = tmp_path / "kept-feed.xml"
    os.link(feed, kept)  # sees the old inode whatever happens to the output folder
    old_static = tmp_path / "kept-raw.txt"
    os.link(output / "dumps" / "raw.txt", old_static)
    static_written = old_static.stat().st_mtime_ns
    time.sleep(0.05)
    build_site(project, "settings.py", output, env={"BACKFILE_SITEURL": "https://new.example/b"},
               seed=True)
    assert "https://new.example/b" in feed.read_text()
    assert "https://old.example/a" in kept.read_text()
    assert "https://new.example/b" not in kept.read_text()
    # Pelican copies static files over the old ones in place: the copy must go to a new file.
    assert (output / "dumps" / "raw.txt").read_text() == "The only story.\n"
    assert old_static.stat().st_mtime_ns == static_written


def _stamp(path: Path) -> tuple[int, int]:
    return path.stat().st_ino, path.stat().st_mtime_ns


def test_seeded_build_keeps_unchanged_static_files_and_replaces_changed_ones(
        tmp_path: Path) -> None:
    project = _tiny_project(tmp_path, theme="notmyidea")  # a theme with static files
    output = tmp_path / "output"
    env = {"BACKFILE_SITEURL": "https://example.org/a"}
    build_site(project, "settings.py", output, env=env)
    theme_files = sorted(p for p in (output / "theme").rglob("*") if p.is_file())
    assert theme_files, "notmyidea ships static files"
    before = {p: _stamp(p) for p in theme_files}
    kept = tmp_path / "kept-raw.txt"
    os.link(output / "dumps" / "raw.txt", kept)
    (project / "content" / "dumps" / "raw.txt").write_text("A corrected dump.\n")
    build_site(project, "settings.py", output, env=env, seed=True)
    assert {p: _stamp(p) for p in theme_files} == before  # unchanged: not rewritten at all
    assert (output / "dumps" / "raw.txt").read_text() == "A corrected dump.\n"
    assert kept.read_text() == "The only story.\n"  # the old output never saw the change
    assert not [p for p in output.rglob(".static-*")], "scratch folders are removed"
