"""A static file server for the browser benchmarks, run as its own process.

`python -m bench.static_server FOLDER` serves FOLDER on 127.0.0.1 (a free port, printed on the
first line of stdout) over keep-alive HTTP/1.1, as every static host does; Python's default
HTTP/1.0 handler opens a connection per file; Nagle's algorithm is off (TCP_NODELAY), as on
web servers. It runs in a process of its own because a server
thread inside the process that drives the browser (Playwright's sync API) shares that process's
interpreter lock with it, which delayed its responses by tens of milliseconds.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
from pathlib import Path
from typing import Any


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes; with Nagle's algorithm on, the body waits
    # for the client's delayed ACK of the headers on a kept-alive connection: 40-44 ms per file
    # on Linux, which no static host adds.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 64  # a browser opens 6 connections at once; the default backlog is 5

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a closed context's connections
            super().handle_error(request, client_address)


def start(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """Serve `folder` from a child process; its base URL (ends with '/'). Terminate it after."""
    process = subprocess.Popen([sys.executable, "-m", "bench.static_server", str(folder)],
                               cwd=Path(__file__).resolve().parents[1],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    port = int(process.stdout.readline())
    return process, f"http://127.0.0.1:{port}/"


def main() -> None:
    handler = functools.partial(QuietHandler, directory=sys.argv[1])
    server = Server(("127.0.0.1", 0), handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
