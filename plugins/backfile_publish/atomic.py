"""Swap a freshly built site into place only when its build succeeded.

A build renders into a staging folder beside the output folder (same filesystem,
so `os.rename` is atomic). On success the old output is renamed aside, the new one
renamed into place, and only then is the old one deleted. A failed or interrupted
build deletes its staging folder and leaves the previous output whole. Leftovers of a
build that was killed outright (SIGKILL, power loss) are removed, or restored, at the
start of the next build, so no stray folders accumulate.

Deleting the old output (tens of thousands of hard links at 10,000 stories) can be left to a
detached process (`staged_output(..., detach_cleanup=True)`, what `invoke build` asks for), so
the build returns as soon as the new site is in place. The old tree is first renamed
`<output>.discard-<pid>-<random>`, a name no build ever restores; each swap hands every such
folder beside the output to its deleter, so trees whose deleter died (killed, a crash) go with
the next build's: there are never more than the builds whose deleters are still at work.

Incremental builds: `staged_output(..., seed=True)` fills the staging folder with a
hard-linked copy of the previous output (no data copied), so a renderer can leave
unchanged files alone. The renderer must then replace files (write a new file and
rename it over the old name) rather than write through them, or it would change the
previous output too: for Pelican, `backfile_publish.writer.ReplacingWriter` (pages and
feeds, unless another plugin's writer does the same) and `static_copies` (theme and
static files) do exactly that.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

STAGING_TAG = "building"  # <output>.building-<pid>-<random>: a build in progress
RETIRED_TAG = "previous"  # <output>.previous-<pid>-<random>: the output being replaced
DISCARD_TAG = "discard"  # <output>.discard-<pid>-<random>: an old output, only ever deleted


class OutputSwapError(RuntimeError):
    """The new site could not be put in place (the previous one is kept)."""


def _sibling_pattern(output: Path, tag: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(output.name)}\.{tag}-(\d+)-[\w]+$")


def _leftovers(output: Path, tag: str) -> list[tuple[Path, int]]:
    """Folders beside `output` left by builds, with the pid that made them."""
    pattern = _sibling_pattern(output, tag)
    found = []
    if output.parent.is_dir():
        for entry in output.parent.iterdir():
            match = pattern.match(entry.name)
            if match and entry.is_dir() and not entry.is_symlink():
                found.append((entry, int(match.group(1))))
    return found


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(output: Path) -> None:
    """Undo what a killed build left beside `output`.

    A build killed between its two renames leaves no `output` but a complete
    `<output>.previous-*`: put that back. Staging and retired folders of builds
    that are no longer running are deleted.
    """
    retired = [(p, pid) for p, pid in _leftovers(output, RETIRED_TAG) if not _is_running(pid)]
    if not output.exists() and retired:
        newest = max(retired, key=lambda item: item[0].stat().st_mtime)[0]
        os.rename(newest, output)
        retired = [item for item in retired if item[0] != newest]
    for path, pid in _leftovers(output, STAGING_TAG) + retired:
        if not _is_running(pid):
            shutil.rmtree(path, ignore_errors=True)


def link_tree(source: Path, destination: Path) -> None:
    """Fill `destination` with hard links to every file under `source`."""
    shutil.copytree(source, destination, copy_function=os.link, dirs_exist_ok=True)


def _sibling(output: Path, tag: str) -> Path:
    """A fresh name beside `output`, tagged with this process id (see `recover`)."""
    return output.with_name(f"{output.name}.{tag}-{os.getpid()}-{secrets.token_hex(4)}")


def _delete_detached(paths: list[Path]) -> None:
    """Delete `paths` in a process of their own that outlives this one (a double fork, so it
    is never left a zombie of a long-lived caller such as `invoke livereload`)."""
    child = os.fork()
    if child:
        os.waitpid(child, 0)
        return
    try:  # the child: start the deleter, and leave at once
        os.setsid()
        if os.fork() == 0:
            quiet = os.open(os.devnull, os.O_RDWR)  # let go of the caller's pipes at once
            for stream in (0, 1, 2):
                os.dup2(quiet, stream)
            for path in paths:
                shutil.rmtree(path, ignore_errors=True)
    finally:
        os._exit(0)


def discard_leftovers(output: Path) -> list[Path]:
    """Every old output waiting beside `output` to be deleted."""
    return [path for path, _pid in _leftovers(output, DISCARD_TAG)]


def swap_in(staging: Path, output: Path, *, detach_cleanup: bool = False) -> None:
    """Put `staging` in place of `output`, deleting the old output only afterwards (with
    `detach_cleanup`, in a detached process, with any old outputs earlier deleters left)."""
    if output.exists() and not output.is_dir():
        raise OutputSwapError(f"{output} exists and is not a folder; move it away and rebuild")
    if output.exists():
        retired = _sibling(output, RETIRED_TAG)
        os.rename(output, retired)
        try:
            os.rename(staging, output)
        except OSError as error:
            os.rename(retired, output)
            raise OutputSwapError(f"could not move {staging} to {output}: {error}") from error
        try:
            if not detach_cleanup:
                raise OSError("delete it here")
            os.rename(retired, _sibling(output, DISCARD_TAG))
        except OSError:  # the new site is in place: the old one goes the slow way
            shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, output)
    if detach_cleanup and (discarded := discard_leftovers(output)):
        _delete_detached(discarded)


@contextlib.contextmanager
def staged_output(output: Path, *, seed: bool = False,
                  detach_cleanup: bool = False) -> Iterator[Path]:
    """Yield a fresh folder to build into; swap it in for `output` if the block succeeds.

    On any exception (KeyboardInterrupt and SystemExit included) the staging folder
    is deleted and `output` is left exactly as it was. A symlinked `output` is
    followed: the build happens beside its target, and the link stays valid.
    """
    output = output.resolve()
    if output.exists() and not output.is_dir():
        raise OutputSwapError(f"{output} exists and is not a folder; move it away and rebuild")
    output.parent.mkdir(parents=True, exist_ok=True)
    recover(output)
    staging = _sibling(output, STAGING_TAG)
    staging.mkdir()
    try:
        if seed and output.is_dir():
            link_tree(output, staging)
        yield staging
        swap_in(staging, output, detach_cleanup=detach_cleanup)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
