"""Render skipping fingerprints a variable by the attributes a template reads of it, and whole
wherever the template could reach anything else in it (a method call, a loop, a macro argument).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backfile_speed.skip import Fingerprints
from jinja2 import DictLoader, Environment


@dataclass
class Summary:
    count: int
    stories: list[str] = field(default_factory=list)

    def first(self) -> str:
        return self.stories[0]


def _key(template_source: str, summary: Summary, tmp_path) -> str | None:
    env = Environment(loader=DictLoader({"page.html": template_source}))
    prints = Fingerprints({"CACHE_PATH": str(tmp_path), "LOAD_CONTENT_CACHE": False})
    return prints.page_key("page.html", env.get_template("page.html"), {"summary": summary}, {})


def test_a_page_reading_one_attribute_ignores_the_others(tmp_path) -> None:
    page = "{{ summary.count }} stories"
    assert _key(page, Summary(2, ["a", "b"]), tmp_path) == _key(page, Summary(2, ["a", "c"]),
                                                                tmp_path)
    assert _key(page, Summary(2), tmp_path) != _key(page, Summary(3), tmp_path)


def test_a_method_call_or_a_whole_use_counts_everything(tmp_path) -> None:
    for page in ("{{ summary.first() }}", "{% for s in summary.stories %}{{ s }}{% endfor %}"
                 "{{ summary|string }}", "{{ summary.count }}{{ summary }}"):
        assert _key(page, Summary(2, ["a", "b"]), tmp_path) != _key(
            page, Summary(2, ["c", "b"]), tmp_path), page
