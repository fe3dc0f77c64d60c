"""`BACKFILE_STABLE_PAGINATION = False` gives Pelican's numbering from the newest, and builds.

The README offers the setting, but the theme read the stable pages' interface (`previous`,
`front`, ...) that Pelican's own pages lack, so the build stopped with "'Page object' has no
attribute 'previous'". Pages now keep that interface under either numbering.
"""

from __future__ import annotations

import re
from pathlib import Path

from backfile_publish.links import check_folder
from sitebuild import build, make_site

STORY = re.compile(r'<h[23] class="story-item-title"><a href="[./]*stories/(story-\d+)\.html"')


def listed(page: Path) -> list[str]:
    """The stories of the page's list of every story, in order."""
    return STORY.findall(page.read_text(encoding="utf-8"))


def test_pages_are_numbered_from_the_newest_when_the_setting_is_off(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", stories=12, settings=(
        "BACKFILE_STABLE_PAGINATION = False\nDEFAULT_PAGINATION = 3"))
    build(site)
    output = site / "output"
    pages = (site / "content" / "stories").glob("*.md")
    dated = {p.stem: re.search(r"^Date: (.+)$", p.read_text(), re.M).group(1) for p in pages}
    stories = sorted(dated, key=dated.__getitem__, reverse=True)
    assert listed(output / "index.html") == stories[:3]
    assert listed(output / "page-2.html") == stories[3:6]
    assert listed(output / "page-4.html") == stories[9:12]
    assert not (output / "page-1.html").exists()
    assert "counted from the newest" in (output / "page-2.html").read_text(encoding="utf-8")
    assert not check_folder(output)
