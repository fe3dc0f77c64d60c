"""What a page template reads is worked out from each template it uses, each parsed once per
kind of page (backfile_speed/skip.py): base.html and _macros.html are in every page's tree."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from backfile_archive import _configure  # noqa: E402
from backfile_speed.skip import Fingerprints  # noqa: E402


class CountingLoader(FileSystemLoader):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.loads: Counter[str] = Counter()

    def get_source(self, environment: Environment, template: str) -> Any:
        self.loads[template] += 1
        return super().get_source(environment, template)


def _theme(tmp_path: Path) -> tuple[Environment, Fingerprints, CountingLoader]:
    settings: dict[str, Any] = {"CACHE_PATH": str(tmp_path), "PAGINATED_TEMPLATES": {},
                                "SITEURL": ""}
    _configure(type("Pelican", (), {"settings": settings})())
    loader = CountingLoader(ROOT / "theme" / "templates")
    env = Environment(loader=loader, autoescape=True)
    env.filters.update(settings["JINJA_FILTERS"])
    return env, Fingerprints(settings), loader


def test_each_template_is_parsed_once_per_kind_of_page(tmp_path: Path) -> None:
    env, fingerprints, loader = _theme(tmp_path)
    pages = [n for n in env.list_templates() if n.endswith(".html") and not n.startswith("_")]
    variants = (None, "front", "frozen")
    found = {(name, variant): fingerprints.variables(env.get_template(name), variant)
             for name in pages for variant in variants}
    loader.loads.clear()  # (get_template loaded each once)
    assert found["tag.html", "front"] and "SITEURL" in found["tag.html", "front"]
    assert "articles_page" in found["index.html", None]
    # a fresh instance over the same templates, loading only through the fingerprints
    again = Fingerprints({"CACHE_PATH": str(tmp_path), "PAGINATED_TEMPLATES": {}})
    for (name, variant), uses in found.items():
        assert again.variables(env.get_template(name), variant) == uses
    # once per kind of page, and once more for the theme's digest (every template's source)
    assert loader.loads["base.html"] == len(variants) + 1
    assert loader.loads["_macros.html"] == len(variants) + 1
