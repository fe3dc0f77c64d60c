"""What every write call of a template shares (the site-wide variables it reads) is described
once per build, but a variable the call overrides, or one set again in the shared context
(Pelican sets `localsiteurl` there per page), still counts as it is at that call."""

from __future__ import annotations

from pathlib import Path

from backfile_speed.skip import Fingerprints
from jinja2 import DictLoader, Environment

PAGE = "{{ SITENAME }} {{ localsiteurl }} {{ article }} {{ sections|length }}"


def _setup(tmp_path: Path) -> tuple[Fingerprints, object]:
    env = Environment(loader=DictLoader({"page.html": PAGE}))
    prints = Fingerprints({"CACHE_PATH": str(tmp_path), "LOAD_CONTENT_CACHE": False})
    return prints, env.get_template("page.html")


def test_the_shared_part_follows_the_context(tmp_path: Path) -> None:
    prints, template = _setup(tmp_path)
    context = {"SITENAME": "Archive", "localsiteurl": "..", "sections": ["a"]}
    first = prints.page_key("one.html", template, context, {"article": "x"})
    assert prints.page_key("one.html", template, context, {"article": "x"}) == first
    assert prints.page_key("one.html", template, context, {"article": "y"}) != first
    context["localsiteurl"] = "../.."  # set again between two calls
    second = prints.page_key("one.html", template, context, {"article": "x"})
    assert second != first
    context["sections"] = ["a", "b"]  # another object under the same name
    assert prints.page_key("one.html", template, context, {"article": "x"}) != second
    # a call overriding a site-wide variable counts its own value
    assert prints.page_key("one.html", template, context,
                           {"article": "x", "SITENAME": "Other"}) != prints.page_key(
        "one.html", template, context, {"article": "x"})


def test_keys_equal_a_fresh_fingerprinters(tmp_path: Path) -> None:
    """Described once or every time, a page's key is the same."""
    prints, template = _setup(tmp_path)
    contexts = [{"SITENAME": "Archive", "localsiteurl": url, "sections": ["a"]}
                for url in ("..", "../..")]
    for context in contexts * 2:
        fresh, _ = _setup(tmp_path)
        for article in ("x", "y"):
            assert prints.page_key("p.html", template, context, {"article": article}) == (
                fresh.page_key("p.html", template, dict(context), {"article": article},
                               reuse=False))
