"""Slugs: ASCII, unique, the same on every re-ingest."""

from __future__ import annotations

from ingest_support import ingest

SAME = "PRICES RISE\n\nPrices rose again in March.\n"


def test_colliding_headlines_are_told_apart_by_source_hash(tmp_path) -> None:
    report = ingest(tmp_path, {
        "2024-01-02/a.txt": SAME,
        "2024-01-02/b.txt": SAME.replace("again", "sharply"),
        "2024-01-02/c.txt": "ÉLAN À PÉKIN: 北京\n\nCafé owners in Beijing said so.\n",
    })
    a, b, c = (s.slug for s in report.stories)
    assert a == "2024-01-02-prices-rise"
    assert b == f"2024-01-02-prices-rise-{report.stories[1].source_hash[:8]}"
    assert c.isascii() and c.startswith("2024-01-02-")
    again = ingest(tmp_path)
    assert [s.slug for s in again.stories] == [a, b, c]
