"""The dump's own tags (a `Tags:`/`Keywords:` label, a JSON Lines `tags` list) reach the site.

They were read, written into the page's `Tags:` header, and then dropped: the build keeps only
people, places and organisations as entity tags, so a CMS export's keywords showed nowhere.
They are written as `Keywords:` too, listed on the story page (as text) and in its JSON-LD.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from ingest_support import page_header
from sitebuild import build, make_site

LABELLED = """Title: Library Opens Late-Night Reading Room
Date: 2023-11-05
Keywords: libraries, <b>reading</b>

The Central Library in Leeds opened a reading room that stays open until midnight.
"""
JSONL = json.dumps({"title": "Observatory Spots New Comet", "date": "2022-08-19",
                    "body": "Astronomers at the Kielder Observatory spotted a new comet.",
                    "tags": ["astronomy", "comets"]}) + "\n"


def test_source_keywords_are_on_the_story_page(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=0)
    (site / "content" / "dumps" / "cms.txt").write_text(LABELLED, encoding="utf-8")
    (site / "content" / "dumps" / "feed.jsonl").write_text(JSONL, encoding="utf-8")
    build(site)
    stories = site / "content" / "stories"
    expected = {"library": ["libraries", "<b>reading</b>"], "comet": ["astronomy", "comets"]}
    for word, keywords in expected.items():
        (page,) = stories.glob(f"*{word}*.md")
        assert page_header(page)["Keywords"] == "; ".join(keywords)
        shown = (site / "output" / "stories" / f"{page.stem}.html").read_text(encoding="utf-8")
        block = shown.split("<dt>Keywords</dt>", 1)[1].split("</dd>", 1)[0]
        assert [html.unescape(k) for k in re.findall(r"<li>(.*?)</li>", block)] == keywords
        assert "<b>reading" not in shown
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', shown,
                                  re.S).group(1))
        assert set(keywords) <= set(ld["keywords"])
