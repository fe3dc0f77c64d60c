"""The GitHub Pages workflow builds with the README's command and pinned actions."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = (ROOT / ".github" / "workflows" / "pages.yml").read_text()
USES = re.findall(r"^\s*(?:-\s+)?uses:\s*(\S+)", WORKFLOW, flags=re.MULTILINE)


def test_every_action_is_pinned_to_a_commit() -> None:
    assert USES, "no actions found"
    for action in USES:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action


def test_pages_actions_are_all_used() -> None:
    names = {action.split("@")[0] for action in USES}
    assert {"actions/configure-pages", "actions/upload-pages-artifact",
            "actions/deploy-pages"} <= names


def test_build_uses_publishconf_with_the_configured_base_url() -> None:
    assert re.search(r"run:\s*make build SETTINGS=publishconf\.py", WORKFLOW)
    assert "BACKFILE_SITEURL: ${{ steps.pages.outputs.base_url }}" in WORKFLOW
    assert re.search(r"id: pages\s+uses: actions/configure-pages@", WORKFLOW)
    assert re.search(r"upload-pages-artifact@\S+.*\n\s+with:\s+path: output\b", WORKFLOW)


def test_the_readme_documents_the_same_build_command() -> None:
    assert "make build SETTINGS=publishconf.py" in (ROOT / "README.md").read_text()


def test_make_passes_the_settings_to_invoke() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "SETTINGS ?= pelicanconf.py" in makefile
    assert "invoke build --settings $(SETTINGS)" in makefile


def test_runs_on_push_to_main_with_pages_permissions() -> None:
    assert re.search(r"on:\s+push:\s+branches: \[main\]", WORKFLOW)
    assert "pages: write" in WORKFLOW and "id-token: write" in WORKFLOW
