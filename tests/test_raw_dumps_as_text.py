"""A markup dump is published as text: `dumps/page.html` is copied to `dumps/page.html.txt`
and every link to it says so, so its scripts can never run on the archive's origin."""

from __future__ import annotations

from pathlib import Path

from backfile_archive.raw_dumps import published_name
from sitebuild import build, make_site

PAGE = """<!DOCTYPE html>
<html><body><article>
<h1>Fire damages historic town hall</h1>
<time datetime="2016-09-04">September 4, 2016</time>
<p>A fire broke out in the roof of the town hall early on Sunday, the fire service said.</p>
<script>document.title = "ran"</script>
</article></body></html>
"""


def test_only_markup_dumps_get_a_text_name() -> None:
    assert published_name("dumps/page.html") == "dumps/page.html.txt"
    assert published_name("dumps/feed.XML") == "dumps/feed.XML.txt"
    assert published_name("dumps/wire.txt") == "dumps/wire.txt"
    assert published_name("dumps/export.jsonl") == "dumps/export.jsonl"


def test_a_web_page_dump_is_published_and_linked_as_text(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=1)
    (site / "content" / "dumps" / "page.html").write_text(PAGE, encoding="utf-8")
    build(site)
    output = site / "output"
    assert (output / "dumps" / "page.html.txt").read_text(encoding="utf-8") == PAGE
    assert not (output / "dumps" / "page.html").exists()
    story = next((output / "stories").glob("*fire-damages*.html")).read_text(encoding="utf-8")
    assert 'href="../dumps/page.html.txt"' in story
    about = (output / "about.html").read_text(encoding="utf-8")
    assert 'href="./dumps/page.html.txt"' in about
