"""`invoke livereload`: serve output/ on 127.0.0.1 and rebuild when a source file changes.

Rebuilds are incremental (see the rest of this plugin), so an editor fixing a story sees it in
a few seconds. The server looks the output folder up by name on every request, so it follows
the atomic build's folder swap. Files the build itself writes (the ingest's story pages) are
told apart from an editor's changes by their stamp right after the build.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable, Iterable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import watchfiles


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def start_server(output: Path, port: int) -> ThreadingHTTPServer:
    """Serve `output` on 127.0.0.1:port in a background thread (port 0: any free port)."""
    handler = functools.partial(_Quiet, directory=str(output))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _stamps(paths: Iterable[Path]) -> dict[str, int]:
    stamps = {}
    for root in paths:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(dirpath, name)
                stamps[os.path.abspath(path)] = os.stat(path).st_mtime_ns
    return stamps


def edits(changes: set[tuple[watchfiles.Change, str]], after_build: dict[str, int]) -> list[str]:
    """The changed paths that are not just what the last build wrote itself."""
    real = []
    for _change, path in changes:
        try:
            stamp = os.stat(path).st_mtime_ns
        except FileNotFoundError:
            stamp = None
        if after_build.get(os.path.abspath(path)) != stamp:
            real.append(path)
    return sorted(real)


def watch_and_build(sources: list[Path], build: Callable[[], None],
                    stop: threading.Event | None = None) -> None:
    """Build, then rebuild each time a file under `sources` changes, until `stop` is set."""
    build()
    after_build = _stamps(sources)
    for changes in watchfiles.watch(*sources, stop_event=stop, debounce=400, rust_timeout=500):
        changed = edits(changes, after_build)
        if not changed:
            continue
        shown = ", ".join(os.path.relpath(p) for p in changed[:3])
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        print(f"changed: {shown}{more}; rebuilding", flush=True)
        started = time.monotonic()
        try:
            build()
        except SystemExit as failure:  # a failed build keeps the old site; keep watching
            print(f"build failed ({failure}); the previous site is still served", flush=True)
        else:
            print(f"rebuilt in {time.monotonic() - started:.1f} s", flush=True)
        after_build = _stamps(sources)
