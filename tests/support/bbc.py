"""BBC stories from `../shared` for search tests, or a skip saying where they were looked for."""

from __future__ import annotations

import pytest
from backfile_search.bbc import BBC_DIR, read_bbc
from backfile_search.documents import SearchDoc

from tests.support.node import ROOT


def bbc_docs_or_skip(per_section: int) -> list[SearchDoc]:
    """The first `per_section` stories of each BBC section; skip if the corpus is absent."""
    corpus = ROOT / BBC_DIR
    if not corpus.is_dir():
        pytest.skip(f"BBC corpus not found at {corpus}")
    return read_bbc(corpus, per_section)
