"""Pack a built site into a dated zip that works from file:// once unzipped anywhere.

The zip holds one folder, `backfile-archive-YYYY-MM-DD/`, so unzipping never spills
files into the current folder; in it are the site and a README.txt that says how to
open it. The date is the day the archive was built (UTC), so copies made on
different days sort by name and never overwrite each other.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

ARCHIVE_PREFIX = "backfile-archive"

README_TEXT = """\
{name}
{underline}

This is a complete copy of the {site} news archive, built on {date} (UTC).
It needs no server, no network and no installation.

To read it: open index.html (in this folder) in a web browser, e.g. by
double-clicking it. Every page, the sections, the entity pages, the archive by
day, month and year, and the search box work straight from disk (file://).

The raw text dumps each story was cut from are in dumps/; every story page links
to the lines it came from.

Made with Backfile, a static site generator for news archives.
"""


def archive_name(built_on: dt.date) -> str:
    """`backfile-archive-YYYY-MM-DD`: the zip's file name (without .zip) and its folder."""
    return f"{ARCHIVE_PREFIX}-{built_on.isoformat()}"


def readme_text(name: str, built_on: dt.date, site: str = "Backfile") -> str:
    """The README.txt put at the top of the offline archive."""
    return README_TEXT.format(name=name, underline="=" * len(name), site=site,
                              date=built_on.isoformat())


def make_offline_zip(site: Path, destination: Path, built_on: dt.date | None = None,
                     site_name: str = "Backfile") -> Path:
    """Zip the built site in `site` into `destination`/<archive_name>.zip and return it.

    Written under a temporary name and renamed at the end, so a failed run never
    leaves a truncated zip with the final name.
    """
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site / 'index.html'} is missing: build the site first")
    built_on = built_on or dt.datetime.now(dt.UTC).date()
    name = archive_name(built_on)
    destination.mkdir(parents=True, exist_ok=True)
    final = destination / f"{name}.zip"
    partial = destination / f".{name}.zip.partial"
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{name}/README.txt", readme_text(name, built_on, site_name))
            for path in sorted(site.rglob("*")):
                if path.is_file():
                    archive.write(path, f"{name}/{path.relative_to(site).as_posix()}")
        partial.replace(final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final
