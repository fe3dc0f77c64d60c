"""A Pelican writer that leaves unchanged output files alone and removes ones no longer produced.

Pelican rewrites every page on every build; a publish then has to upload everything. This
writer lets Pelican render as usual, compares the bytes with the file already there, and only
replaces the file (write to a staging name, then rename) when they differ. Renaming rather than
rewriting in place also keeps a hard-linked copy of the previous output (an atomic build that
starts from a linked copy of output/) intact; a file that does not exist yet is written directly.
Pelican's own bookkeeping (`_open_w`: files written twice, overrides) runs unchanged.

Files the writer produced in the previous build but not in this one (a story removed, a tag
gone) are deleted at the end, from a manifest kept in the cache folder, so an incremental build
leaves the same tree as a build from scratch. Files other plugins wrote are never touched.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican import writers as pelican_writers
from pelican.writers import Writer

from backfile_speed.skip import Fingerprints

STAGING = ".backfile-staging"
PAGINATED = ("articles", "dates")  # the lists Pelican's write_file paginates by default
MANIFEST = "backfile_written.txt"


@dataclass
class WriteStats:
    """What this build's writer did, for the summary line and the benchmark."""

    produced: set[str] = field(default_factory=set)  # absolute paths this build produced
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0                                 # not even rendered (see skip.py)
    reused: set[str] = field(default_factory=set)    # listing pages kept without rendering
    last_call: list[str] = field(default_factory=list)  # what the current write call produced


class _CompareOnClose(io.StringIO):
    """Collects the text; on close, replaces the target only if its bytes differ."""

    def __init__(self, target: str, encoding: str, stats: WriteStats) -> None:
        super().__init__()
        self.target, self.codec, self.stats = target, encoding, stats

    def close(self) -> None:
        if self.closed:
            return
        data = self.getvalue().encode(self.codec)
        super().close()
        self.stats.produced.add(self.target)
        self.stats.last_call.append(self.target)
        same = _same_bytes(self.target, data)
        if same:
            if self.target in self.stats.reused:
                self.stats.skipped += 1
            else:
                self.stats.unchanged += 1
            return
        self.stats.changed += 1
        if same is None:  # nothing there yet: nothing to keep intact
            with open(self.target, "wb") as handle:
                handle.write(data)
            return
        staging = self.target + STAGING
        with open(staging, "wb") as handle:
            handle.write(data)
        os.replace(staging, self.target)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            super().close()  # a failed render leaves the old file as it was
            return
        self.close()


def _same_bytes(path: str, data: bytes) -> bool | None:
    """Whether the file holds exactly data; None if there is no such file."""
    try:
        if os.path.getsize(path) != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except FileNotFoundError:
        return None
    except OSError:
        return False


class _PageByPage:
    """A paginated call's template whose render() keeps each listing page that did not change.

    Pelican renders a paginated template once per page, inside one write call. When the call's
    fingerprint changed (one story of thousands was edited), this proxy fingerprints each page
    on its own and, for an unchanged page whose file is still there, returns that file's text
    instead of rendering: Pelican then writes it as usual and the writer finds the bytes equal.
    """

    def __init__(self, template: Any, writer: ChangedOnlyWriter) -> None:
        self.template, self.writer = template, writer
        self.name, self.environment = template.name, template.environment

    def render(self, localcontext: dict[str, Any]) -> str:
        fingerprints, output = self.writer.fingerprints, self.writer.output_path
        assert fingerprints is not None
        page = "page:" + localcontext["output_file"]
        # The lists being paginated count as their paginator does (which stories, in which
        # order), not by every story's contents: those of this page are in `<list>_page`.
        scope = {**localcontext, **{name: localcontext[f"{name}_paginator"]
                                    for name in PAGINATED if f"{name}_paginator" in localcontext}}
        key = fingerprints.page_key(page, self.template, scope, {}, _variant(localcontext),
                                   reuse=False)
        kept = fingerprints.unchanged(page, key, output)
        if kept is not None:
            try:
                with open(kept[0], encoding="utf-8") as handle:
                    text = handle.read()
                self.writer.stats.reused.add(kept[0])
                fingerprints.current[page] = fingerprints.previous[page]
                return text
            except (OSError, UnicodeDecodeError):
                pass
        text = self.template.render(localcontext)
        if key is not None:
            fingerprints.current[page] = (key, [localcontext["output_file"]])
        return text


def _variant(localcontext: dict[str, Any]) -> str | None:
    """"front" or "frozen" for a page of a stable listing (backfile_archive/pagination.py)."""
    for name in PAGINATED:
        front = getattr(localcontext.get(f"{name}_page"), "front", None)
        if front is not None:
            return "front" if front else "frozen"
    return None


class ChangedOnlyWriter(Writer):
    """Pelican's Writer, but unchanged files keep their bytes, inode and mtime."""

    stats: WriteStats

    def __init__(self, output_path: str, settings: dict[str, Any] | None = None) -> None:
        super().__init__(output_path, settings=settings)
        self.stats = WriteStats()
        self.fingerprints = Fingerprints(self.settings) if self.settings.get(
            "BACKFILE_SKIP_UNCHANGED", True) else None

    def write_file(self, name: str, template: Any, context: dict[str, Any],
                   *args: Any, **kwargs: Any) -> None:
        """Pelican's write_file, skipped when the page's fingerprint is unchanged."""
        key = None
        if self.fingerprints is not None and name:
            call = {**kwargs, "args": list(args)}
            key = self.fingerprints.page_key(name, template, context, call)
            if self._kept(name, key):
                return
            if kwargs.get("template_name") in self.settings.get("PAGINATED_TEMPLATES", {}):
                template = _PageByPage(template, self)
        self.stats.last_call = []
        super().write_file(name, template, context, *args, **kwargs)
        self._remember(name, key)

    def write_feed(self, elements: list[Any], context: dict[str, Any], path: str | None = None,
                   *args: Any, **kwargs: Any) -> Any:
        """Pelican's write_feed, skipped when its items and settings are unchanged."""
        key = None
        if self.fingerprints is not None and path:
            maximum = self.settings.get("FEED_MAX_ITEMS")
            call = {**kwargs, "args": list(args), "path": path}
            key = self.fingerprints.feed_key(context, list(elements[:maximum]), call)
            if self._kept("feed:" + path, key):
                return None
        self.stats.last_call = []
        feed = super().write_feed(elements, context, path, *args, **kwargs)
        if path:
            self._remember("feed:" + path, key)
        return feed

    def _kept(self, name: str, key: str | None) -> bool:
        assert self.fingerprints is not None
        kept = self.fingerprints.unchanged(name, key, self.output_path)
        if kept is None:
            return False
        self.stats.produced.update(kept)
        self.stats.skipped += len(kept)
        previous, current = self.fingerprints.previous, self.fingerprints.current
        current[name] = previous[name]
        for page in ("page:" + p for p in previous[name][1]):  # a listing's own pages
            if page in previous:
                current[page] = previous[page]
        return True

    def _remember(self, name: str, key: str | None) -> None:
        if self.fingerprints is not None and key is not None:
            produced = [os.path.relpath(p, self.output_path) for p in self.stats.last_call]
            self.fingerprints.current[name] = (key, produced)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        """Pelican's own _open_w (its checks for files written twice), answered by a buffer.

        Its final `open(filename, "w")` would truncate the file before we know whether the
        bytes changed, so for the duration of the call the name `open` in pelican.writers
        resolves to a function that returns a compare-on-close buffer instead.
        """
        def buffered_open(name: str, mode: str = "r", encoding: str | None = None) -> Any:
            if name == os.devnull or mode != "w":
                return open(name, mode, encoding=encoding)
            return _CompareOnClose(name, encoding or "utf-8", self.stats)

        pelican_writers.open = buffered_open  # type: ignore[attr-defined]
        try:
            return super()._open_w(filename, encoding, override)
        finally:
            del pelican_writers.open  # type: ignore[attr-defined]


def manifest_path(settings: dict[str, Any]) -> Path:
    return Path(settings["CACHE_PATH"]) / MANIFEST


def prune(output_path: str, settings: dict[str, Any], produced: set[str]) -> list[str]:
    """Delete what the previous build's writer produced and this one did not; save the manifest.

    Returns the removed paths (relative to output_path).
    """
    root = Path(output_path)
    now = {_relative(p, output_path) for p in produced}
    manifest = manifest_path(settings)
    before = set(manifest.read_text(encoding="utf-8").splitlines()) if manifest.exists() else set()
    removed = []
    for relative in sorted(before - now):
        target = root / relative
        if target.is_file():
            target.unlink()
            removed.append(relative)
            _remove_empty_parents(target.parent, root)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    staging = manifest.with_name(manifest.name + STAGING)
    staging.write_text("\n".join(sorted(now)) + "\n", encoding="utf-8")
    os.replace(staging, manifest)
    return removed


def _relative(path: str, root: str) -> str:
    """`path` relative to `root`: a prefix cut for the paths the writer itself joined under it
    (os.path.relpath normalises both paths on each call, 0.2 s per 10,000-story build)."""
    prefix = os.path.join(root, "")
    if path.startswith(prefix) and os.path.normpath(path) == path:
        return path[len(prefix):]
    return os.path.relpath(path, root)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
