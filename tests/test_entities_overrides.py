"""The editor's overrides file (content/entities.toml): merge, rename, retype, block."""

import subprocess
import sys
from pathlib import Path

import pytest
from backfile_entities import overrides
from backfile_ingest.model import Entities

ROOT = Path(__file__).resolve().parents[1]

OVERRIDES = """
[block]
names = ["Balikatan"]

[merge]
"Vladimir Putin" = ["Putin", "V. Putin"]

[rename]
"Macao" = "Macau"

[retype]
"Kremlin" = "organization"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entities.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_means_no_overrides(tmp_path: Path) -> None:
    rules = overrides.load(tmp_path / "nothing.toml")
    story = Entities(people=["Putin"])
    assert overrides.apply(story, rules) == story


def test_block_merge_rename_retype(tmp_path: Path) -> None:
    rules = overrides.load(write(tmp_path, OVERRIDES))
    story = Entities(people=["Putin"], places=["Macao", "Kremlin"],
                     organizations=["Balikatan"], aliases={"Macao": ["Macau"]})
    out = overrides.apply(story, rules)
    assert out.people == ["Vladimir Putin"]
    assert out.places == ["Macau"]
    assert out.organizations == ["Kremlin"]
    assert "Balikatan" not in out.tags
    assert out.aliases["Vladimir Putin"] == ["Putin"]


def test_bad_type_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[retype]\n"Kremlin" = "building"\n')
    with pytest.raises(overrides.OverridesError, match=r"entities\.toml:2: .*building"):
        overrides.load(path)


def test_bad_toml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[merge]\n\"A\" = [\n")
    with pytest.raises(overrides.OverridesError, match=r"entities\.toml"):
        overrides.load(path)


def test_unknown_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(overrides.OverridesError, match=r":1: unknown table \[delete\]"):
        overrides.load(write(tmp_path, "[delete]\nnames = []\n"))


STORY = """Title: {title}
Date: 2024-0{n}-01
Slug: story-{n}
People: {people}
Places: {places}
Tags: {people} {places}
Aliases: {aliases}

Body of story {n}.
"""

SETTINGS = """
PATH = {content!r}
ARTICLE_PATHS = ["stories"]
PLUGIN_PATHS = [{plugins!r}]
PLUGINS = ["backfile_entities"]
RELATIVE_URLS = True
TAG_URL = TAG_SAVE_AS = "entities/{{slug}}.html"
ARTICLE_URL = ARTICLE_SAVE_AS = "stories/{{slug}}.html"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories built by Pelican with the plugin and an overrides file."""
    root = tmp_path_factory.mktemp("site")
    stories = root / "content" / "stories"
    stories.mkdir(parents=True)
    (stories / "one.md").write_text(STORY.format(
        n=1, title="Summit", people="Vladimir Putin; Kim Jong-un;", places="Macao; Russia;",
        aliases="Vladimir Putin = Putin; Macao = Macau;"), encoding="utf-8")
    (stories / "two.md").write_text(STORY.format(
        n=2, title="Talks", people="Putin;", places="Balikatan; Russia;", aliases=""),
        encoding="utf-8")
    (root / "content" / "entities.toml").write_text(
        '[rename]\n"Macao" = "Macau"\n[block]\nnames = ["Balikatan"]\n', encoding="utf-8")
    conf = root / "conf.py"
    conf.write_text(SETTINGS.format(content=str(root / "content"),
                                    plugins=str(ROOT / "plugins")), encoding="utf-8")
    out = root / "output"
    subprocess.run([sys.executable, "-m", "pelican", str(root / "content"), "-s", str(conf),
                    "-o", str(out)], cwd=root, check=True, capture_output=True)
    return out


def test_build_applies_canon_and_overrides(built_site: Path) -> None:
    pages = {p.name for p in (built_site / "entities").glob("*.html")}
    assert "vladimir-putin.html" in pages
    assert "putin.html" not in pages          # story two's "Putin" joined the archive's name
    assert "macau.html" in pages and "macao.html" not in pages   # renamed by the editor
    assert "balikatan.html" not in pages      # blocked by the editor
    putin = (built_site / "entities" / "vladimir-putin.html").read_text(encoding="utf-8")
    assert "Summit" in putin and "Talks" in putin


def test_cached_rebuild_starts_from_the_pages(tmp_path: Path) -> None:
    """With Pelican's article cache on, removing the story that defined "Vladimir Putin" gives
    the same entity pages as a fresh build: cached articles are not re-canonicalised twice."""
    content = tmp_path / "content"
    stories = content / "stories"
    stories.mkdir(parents=True)
    (stories / "one.md").write_text(STORY.format(
        n=1, title="Summit", people="Vladimir Putin;", places="Russia;",
        aliases="Vladimir Putin = Putin;"), encoding="utf-8")
    (stories / "two.md").write_text(STORY.format(
        n=2, title="Talks", people="Putin;", places="Russia;", aliases=""), encoding="utf-8")
    conf = tmp_path / "conf.py"
    conf.write_text(SETTINGS.format(content=str(content), plugins=str(ROOT / "plugins"))
                    .replace("CACHE_CONTENT = False", "CACHE_CONTENT = True")
                    .replace("LOAD_CONTENT_CACHE = False", "LOAD_CONTENT_CACHE = True")
                    + f"CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
                    + 'CONTENT_CACHING_LAYER = "generator"\n', encoding="utf-8")

    def build() -> set[str]:
        out = tmp_path / "output"
        subprocess.run([sys.executable, "-m", "pelican", str(content), "-s", str(conf),
                        "-o", str(out), "--delete-output-directory"], cwd=tmp_path, check=True,
                       capture_output=True)
        return {p.stem for p in (out / "entities").glob("*.html")}

    assert "putin" not in build()
    (stories / "one.md").unlink()
    assert "putin" in build()   # nothing defines "Vladimir Putin" any more
