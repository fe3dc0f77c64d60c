"""Run the search client under Node against an export, as the parity and message tests do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "theme" / "static" / "search" / "engine.js"
HARNESS = ROOT / "tests" / "support" / "search_harness.js"


def node_or_skip() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node is not installed: apt-get install nodejs")
    return node


def run_client(export_dir: Path, queries: list[str], *flags: str,
               env: dict[str, str] | None = None) -> list:
    """The client's answer to each query: repr, message, total and top-20 [docnum, score]
    (with "--analyze": the client's analyzer output for each text instead)."""
    out = subprocess.run(
        [node_or_skip(), str(HARNESS), str(ENGINE), str(export_dir), *flags],
        input=json.dumps(queries), capture_output=True, text=True, check=True, timeout=600,
        env={**os.environ, **(env or {})},
    )
    return json.loads(out.stdout)
