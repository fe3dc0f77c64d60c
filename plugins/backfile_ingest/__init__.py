"""Ingest raw news dumps into one Markdown page per story (a Pelican plugin).

On Pelican's `initialized` signal the dumps in BACKFILE_DUMPS are split into stories and
written to BACKFILE_STORIES, before Pelican reads its content. Problems are logged (errors
name the file and line); they never stop the rest of the archive from building.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from pelican import signals

from .partial_date import parse_partial_date
from .pipeline import IngestReport, IngestSettings, run_ingest

logger = logging.getLogger(__name__)

DEFAULT_DATE = "1970-01-01"  # used (with a warning per story) when nothing else dates a story


def published_as(dumps: Path, content: Path) -> str | None:
    """The dumps folder relative to the content folder, which Pelican copies it to the output
    as (a static path), or None when it lies outside the content folder."""
    try:
        relative = dumps.resolve().relative_to(content.resolve()).as_posix()
    except ValueError:
        return None
    return relative if relative != "." else None


def settings_from(pelican_settings: dict[str, Any], base: Path) -> IngestSettings:
    """Ingest settings from Pelican's (paths relative to `base`, the settings file's folder)."""
    default_date = pelican_settings.get("BACKFILE_DEFAULT_DATE") or DEFAULT_DATE
    dumps = base / pelican_settings.get("BACKFILE_DUMPS", "content/dumps")
    return IngestSettings(
        dumps=dumps,
        published_as=published_as(dumps, base / pelican_settings.get("PATH", "content"))
        or "dumps",
        stories=base / pelican_settings.get("BACKFILE_STORIES", "content/stories"),
        default_section=pelican_settings.get("BACKFILE_DEFAULT_SECTION", "News"),
        default_date=parse_partial_date(str(default_date)),
        tag=pelican_settings.get("BACKFILE_TAG", True),
        progress=False,
        cache=Path(pelican_settings.get("CACHE_PATH") or base / "cache") / "backfile_ingest",
        processes=int(pelican_settings.get("BACKFILE_INGEST_PROCESSES") or os.cpu_count() or 1),
    )


def log_report(report: IngestReport) -> None:
    for problem in report.problems:
        (logger.error if problem.level == "error" else logger.warning)("%s", problem)
    logger.info("%s (%d dumps from the cache)", report.summary(), report.dumps_cached)


def ingest_on_init(pelican: Any) -> None:
    """Run the ingest before Pelican reads content/, and have Pelican publish the raw dumps
    (every story links to its lines) from wherever BACKFILE_DUMPS puts them in content/."""
    base = Path(pelican.settings.get("PATH", "content")).resolve().parent
    settings = settings_from(pelican.settings, base)
    folder = published_as(settings.dumps, Path(pelican.settings.get("PATH", "content")))
    static = pelican.settings.setdefault("STATIC_PATHS", [])
    if folder and folder not in static:
        static.append(folder)
    log_report(run_ingest(settings))


def register() -> None:
    signals.initialized.connect(ingest_on_init)
