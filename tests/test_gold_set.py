"""The entity gold set is well formed, points at real stories, matches its hand-written source."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT / ".." / "shared"
CORPORA = SHARED / "corpora"
SECTIONS = {"business", "entertainment", "politics", "sport", "tech"}
TYPES = {"person", "place", "organization"}
MIN_BBC, MIN_SAMPLE, MAX_PER_STORY = 150, 5, 10


def _load(name: str) -> ModuleType:
    """Load tests/gold/<name>.py by path: `select` would otherwise resolve to the stdlib module."""
    spec = importlib.util.spec_from_file_location(f"gold_{name}", GOLD / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    lines = (GOLD / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _story_file(story: dict) -> Path:
    base = CORPORA if story["id"].startswith("bbc/") else SHARED
    return base / story["path"]


def test_schema(stories: list[dict]) -> None:
    for story in stories:
        assert set(story) <= {"id", "path", "lines", "entities"}, story["id"]
        assert isinstance(story["id"], str) and isinstance(story["path"], str)
        assert 1 <= len(story["entities"]) <= MAX_PER_STORY, story["id"]
        for entity in story["entities"]:
            assert set(entity) == {"name", "type", "aliases"}, (story["id"], entity)
            assert entity["type"] in TYPES, (story["id"], entity)
            assert entity["name"].strip() == entity["name"] != "", (story["id"], entity)
            assert all(isinstance(a, str) and a.strip() for a in entity["aliases"])
            assert entity["name"] not in entity["aliases"], (story["id"], entity)


def test_ids_unique_and_bbc_ids_match_paths(stories: list[dict]) -> None:
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids))
    for story in (s for s in stories if s["id"].startswith("bbc/")):
        _, section, number = story["id"].split("/")
        assert story["path"] == f"bbc-2004-2005/{section}/{number}.txt"


def test_counts_and_sections(stories: list[dict]) -> None:
    bbc = [s for s in stories if s["id"].startswith("bbc/")]
    sample = [s for s in stories if s["id"].startswith("sample/")]
    assert len(bbc) >= MIN_BBC and len(sample) >= MIN_SAMPLE
    assert {s["id"].split("/")[1] for s in bbc} == SECTIONS


def test_no_duplicate_names_within_a_story(stories: list[dict]) -> None:
    for story in stories:
        names = Counter(e["name"].casefold() for e in story["entities"])
        forms = Counter(f.casefold() for e in story["entities"] for f in [e["name"], *e["aliases"]])
        assert [n for n, c in names.items() if c > 1] == [], story["id"]
        assert [f for f, c in forms.items() if c > 1] == [], story["id"]


def test_one_type_per_canonical_name(stories: list[dict]) -> None:
    types: dict[str, set[str]] = {}
    for entity in (e for s in stories for e in s["entities"]):
        types.setdefault(entity["name"], set()).add(entity["type"])
    assert {n: t for n, t in types.items() if len(t) > 1} == {}


def test_jsonl_is_compiled_from_annotations(stories: list[dict]) -> None:
    source = (GOLD / "annotations.txt").read_text(encoding="utf-8")
    assert _load("compile").parse(source) == stories, "run: python tests/gold/compile.py"


def test_sample_junk_list_never_names_a_gold_entity(stories: list[dict]) -> None:
    rows = [
        line.split("\t")
        for line in (GOLD / "sample_junk.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rows and all(len(row) == 3 and row[2].strip() for row in rows)
    sample_ids = {s["id"] for s in stories if s["id"].startswith("sample/")}
    assert {row[0] for row in rows} <= sample_ids
    gold_forms = {
        form.casefold()
        for s in stories
        for e in s["entities"]
        for form in [e["name"], *e["aliases"]]
    }
    assert [row for row in rows if row[2].casefold() in gold_forms] == []


def test_readme_counts_are_current() -> None:
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    assert _load("stats").table() in readme, "paste `python tests/gold/stats.py` into README"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared (BBC corpus and sample seed) is absent")
def test_stories_exist_and_aliases_occur_in_text(stories: list[dict]) -> None:
    for story in stories:
        path = _story_file(story)
        assert path.is_file(), f"{story['id']}: {path} missing"
        text = path.read_bytes().decode("utf-8", errors="replace")
        if "lines" in story:
            first, last = story["lines"]
            lines = text.splitlines()
            assert 1 <= first <= last <= len(lines), story["id"]
            text = "\n".join(lines[first - 1 : last])
        for alias in (a for e in story["entities"] for a in e["aliases"]):
            assert alias in text, f"{story['id']}: alias {alias!r} not in the story text"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared (BBC corpus and sample seed) is absent")
def test_sample_junk_strings_occur_in_their_story(stories: list[dict]) -> None:
    by_id = {s["id"]: s for s in stories}
    for line in (GOLD / "sample_junk.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        story_id, _kind, junk = line.split("\t")
        story = by_id[story_id]
        first, last = story["lines"]
        lines = _story_file(story).read_text(encoding="utf-8").splitlines()[first - 1 : last]
        assert junk in "\n".join(lines), f"{story_id}: {junk!r} not in the story"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared (BBC corpus and sample seed) is absent")
def test_bbc_selection_is_the_seeded_one(stories: list[dict]) -> None:
    chosen = set(_load("select").select(CORPORA / "bbc-2004-2005"))
    assert {s["id"] for s in stories if s["id"].startswith("bbc/")} <= chosen
