"""Split Pelican's write phase (Jinja rendering, one page after another) across processes.

When the writer is created, the build forks: every process runs Pelican's own generate_output
over the same, already-read context, but each renders only its share of write calls (call i goes
to process i mod N). The order of calls is the same in every process because the code and data
are. The split covers Pelican's article and page generators and then every generator that says
its output may be split (a class attribute `SPLIT_WRITES = True`: it writes through the writer,
and anything it writes directly is the same bytes from every process, put in place by rename,
like the archive plugin's sitemap). Forked processes finish before the first generator that
does not say so (the static files at the latest), hand back what they produced, and exit; from
then on the parent renders every call. It is off when another plugin listens to content_written
or feed_written (those receivers would run in a process that then exits) or with one core.
"""

from __future__ import annotations

import gc
import os
import pickle
import weakref
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator

from backfile_speed.writer import ChangedOnlyWriter

_workers: list[tuple[int, int]] = []  # (pid, read end of its result pipe), parent only
SPLIT_SAFE = (ArticlesGenerator, PagesGenerator)  # Pelican's: everything through the writer


class SplitWriter(ChangedOnlyWriter):
    """ChangedOnlyWriter that renders only its share of calls while the split is on."""

    rank = 0
    size = 1
    calls = 0
    result_fd: int | None = None

    def _mine(self) -> bool:
        mine = self.calls % self.size == self.rank
        self.calls += 1
        return mine

    def write_file(self, *args: Any, **kwargs: Any) -> None:
        if self._mine():
            super().write_file(*args, **kwargs)

    def write_feed(self, *args: Any, **kwargs: Any) -> Any:
        if self._mine():
            return super().write_feed(*args, **kwargs)
        return None


def processes(settings: dict[str, Any]) -> int:
    """How many processes render: BACKFILE_WRITE_PROCESSES, default every core; 1 if unsafe."""
    wanted = int(settings.get("BACKFILE_WRITE_PROCESSES") or os.cpu_count() or 1)
    for signal in (signals.content_written, signals.feed_written):
        for ref in list(signal.receivers.values()):
            receiver = ref() if isinstance(ref, weakref.ref) else ref
            if getattr(receiver, "__module__", "").split(".")[0] != "backfile_speed":
                return 1
    return max(1, wanted)


def start(writer: SplitWriter, size: int) -> None:
    """Fork size-1 renderers; each returns to Pelican's loop with its own rank."""
    if size <= 1:
        return
    gc.freeze()  # keep the collector from touching (and so copying) the shared pages
    for rank in range(1, size):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            writer.rank, writer.size, writer.result_fd = rank, size, write_fd
            _workers.clear()
            return
        os.close(write_fd)
        _workers.append((pid, read_fd))
    writer.rank, writer.size = 0, size


def end_split_before(generator: Any) -> None:
    """Make `generator`'s output start by ending the split (see the module docstring)."""
    generate_output = generator.generate_output

    def after_split(writer: Any) -> None:
        if isinstance(writer, SplitWriter):
            finish(writer)
        generate_output(writer)

    generator.generate_output = after_split


def bound_split(generators: list[Any]) -> None:
    """all_generators_finalized: the split ends before the first generator it cannot cover."""
    for generator in generators:
        if type(generator) in SPLIT_SAFE or getattr(generator, "SPLIT_WRITES", False):
            continue
        end_split_before(generator)
        return


def finish(writer: SplitWriter) -> None:
    """Renderers report and exit; the parent collects and takes over (idempotent)."""
    if writer.size <= 1:
        return
    if writer.rank:
        # pickle, not JSON: the fingerprints of ~10,000 pages took 0.2 s to encode and decode
        payload = pickle.dumps({"produced": writer.stats.produced,
                              "changed": writer.stats.changed,
                              "unchanged": writer.stats.unchanged,
                              "skipped": writer.stats.skipped,
                              "pages": writer.fingerprints.current if writer.fingerprints
                              else {},
                              "story_keys": writer.fingerprints.story_keys.current
                              if writer.fingerprints else {},
                              "kept_keys": writer.fingerprints.story_keys.kept_count
                              if writer.fingerprints else 0}, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer.result_fd, "wb") as pipe:
            pipe.write(payload)
        os._exit(0)
    for pid, read_fd in _workers:
        with os.fdopen(read_fd, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status or not payload:
            raise RuntimeError(f"a page-rendering process ({pid}) failed with status {status}")
        result = pickle.loads(payload)  # from our own forked renderer
        writer.stats.produced.update(result["produced"])
        writer.stats.changed += result["changed"]
        writer.stats.unchanged += result["unchanged"]
        writer.stats.skipped += result["skipped"]
        if writer.fingerprints is not None:
            writer.fingerprints.current.update(result["pages"])
            writer.fingerprints.story_keys.current.update(result["story_keys"])
            writer.fingerprints.story_keys.kept_count += result["kept_keys"]
    _workers.clear()
    writer.size, writer.rank = 1, 0
    gc.unfreeze()
