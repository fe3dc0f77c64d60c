"""`BACKFILE_DUMPS` elsewhere in the content folder: stories cite and link their raw dump there.

Every `Source:` said `dumps/<file>` whatever the setting, and only `content/dumps` was copied
to the output, so with the dumps in `content/raw` each story cited a file that did not exist
and no story linked to its raw text. The source is named relative to the content folder, and
that folder is published like `dumps/`.
"""

from __future__ import annotations

from pathlib import Path

from backfile_publish.links import check_folder
from ingest_support import page_header
from sitebuild import build, make_site

WIRE = """HARBOUR BRIDGE REOPENS AFTER REPAIRS

PORTSMOUTH, March 11 (Reuters) - The Harbour Bridge reopened on Monday after six months of
repairs, Mayor Helen Okafor said.
"""


def test_stories_cite_and_link_the_configured_dumps_folder(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=0, settings='BACKFILE_DUMPS = "content/raw"')
    raw = site / "content" / "raw" / "2024"
    raw.mkdir(parents=True)
    (raw / "wire-2024-03-11.txt").write_text(WIRE, encoding="utf-8")
    build(site)
    (page,) = (site / "content" / "stories").glob("*.md")
    assert page_header(page)["Source"] == "raw/2024/wire-2024-03-11.txt#L1-L4"
    output = site / "output"
    assert (output / "raw" / "2024" / "wire-2024-03-11.txt").read_text(encoding="utf-8") == WIRE
    story = (output / "stories" / f"{page.stem}.html").read_text(encoding="utf-8")
    assert 'href="../raw/2024/wire-2024-03-11.txt"' in story
    assert not check_folder(output)
