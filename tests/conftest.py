"""Shared, session-scoped builds of the theme's fixture archive (each built once per run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.archive_build import build_archive


@pytest.fixture(scope="session")
def archive_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture stories as built locally (relative SITEURL), three to a list page."""
    return build_archive(tmp_path_factory.mktemp("archive"),
                         extra_settings="DEFAULT_PAGINATION = 3")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same stories built as for GitHub Pages under a sub-path (absolute SITEURL)."""
    return build_archive(tmp_path_factory.mktemp("published"),
                         siteurl="https://example.org/backfile")
