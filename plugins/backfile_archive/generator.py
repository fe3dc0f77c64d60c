"""The Pelican generator that computes the archive data and writes the extra pages."""

from __future__ import annotations

import logging
import os
from functools import partial
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pelican.generators import Generator

from .site import ArchiveSite, build_site

logger = logging.getLogger(__name__)

# Where the extra pages go (all relative to the output root, all ending in a file name).
ENTITY_LETTER_URL = "entities/az/{slug}.html"
ENTITY_KIND_URL = "entities/types/{slug}.html"


def letter_slug(letter: str) -> str:
    return "other" if letter == "#" else letter.lower()


class ArchiveGenerator(Generator):
    """Runs after Pelican's article and page generators (it reads their context)."""

    # Its pages go through the writer and its two direct files (sitemap, OpenSearch) are the
    # same bytes from every process, each put in place by rename: a parallel build may split
    # its output across processes (backfile_speed.parallel_write).
    SPLIT_WRITES = True
    site: ArchiveSite

    def generate_context(self) -> None:
        self.site = build_site(
            self.context.get("articles", []), self.context.get("tags", []),
            self.context.get("categories", []), self.settings,
        )
        self.context["backfile"] = self.site
        self.context["backfile_letter_url"] = lambda letter: ENTITY_LETTER_URL.format(
            slug=letter_slug(letter))
        self.context["backfile_kind_url"] = lambda kind: ENTITY_KIND_URL.format(slug=kind)

    def generate_output(self, writer: Any) -> None:
        write = partial(writer.write_file, relative_urls=self.settings["RELATIVE_URLS"])
        self._write_dates(write)
        self._write_entity_indexes(write)
        for name in ("about", "404"):
            write(f"{name}.html", self.get_template(name), self.context, url=f"{name}.html",
                  page_name=name)
        self._write_sitemap()
        self._write_opensearch()

    def _write_dates(self, write: Any) -> None:
        template = self.get_template("archive_period")
        dates = self.site.dates
        for period in [*dates.years, *dates.months, *dates.days]:
            stories = self.site.stories(period.stories)
            write(period.url, template, self.context, period=period, articles=stories,
                  undated=self.site.stories(period.undated), template_name="archive_period",
                  paginated={"articles": stories}, url=period.url, page_name=period.url[:-5])

    def _write_entity_indexes(self, write: Any) -> None:
        letter_template = self.get_template("entity_letter")
        for letter, entries in self.site.letters.items():
            url = ENTITY_LETTER_URL.format(slug=letter_slug(letter))
            write(url, letter_template, self.context, letter=letter, entries=entries,
                  letters=list(self.site.letters),
                  paginated={"entries": entries}, template_name="entity_letter", url=url,
                  page_name=url[:-5])
        kind_template = self.get_template("entity_kind")
        for kind, entries in self.site.kinds.items():
            if not entries:
                continue
            url = ENTITY_KIND_URL.format(slug=kind)
            write(url, kind_template, self.context, kind=kind, entries=entries,
                  label=self.site.kind_labels[kind],
                  paginated={"entries": entries}, template_name="entity_kind", url=url,
                  page_name=url[:-5])

    def _absolute(self, url: str) -> str:
        root = self.settings.get("BACKFILE_SITE_ROOT", "")
        return f"{root}/{url}" if root else url

    def _write_sitemap(self) -> None:
        """sitemap.xml listing the first page of every page type; absolute when SITEURL is."""
        site = self.site
        urls = ["index.html", "about.html", self.settings["ARCHIVES_URL"],
                self.settings["TAGS_URL"], self.settings["CATEGORIES_URL"]]
        urls += [s.category.url for s in site.sections]
        urls += [p.url for p in (*site.dates.years, *site.dates.months, *site.dates.days)]
        urls += [tag.url for tag in site.tag_by_name.values()]
        urls += [page.url for page in self.context.get("pages", [])]
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for article, facts in zip(site.articles, site.facts, strict=True):
            modified = article.metadata.get("modified")
            lastmod = modified.date().isoformat() if modified else facts.day.isoformat()
            lines.append(f"<url><loc>{escape(self._absolute(article.url))}</loc>"
                         f"<lastmod>{lastmod}</lastmod></url>")
        lines += [f"<url><loc>{escape(self._absolute(u))}</loc></url>" for u in urls]
        lines.append("</urlset>")
        self._write_text("sitemap.xml", "\n".join(lines) + "\n")

    def _write_opensearch(self) -> None:
        """OpenSearch description so browsers can search the archive from the address bar."""
        name = self.settings.get("SITENAME", "Backfile")
        template = quoteattr(self._absolute("search.html") + "?q={searchTerms}")
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n'
            f"  <ShortName>{escape(name[:16])}</ShortName>\n"
            f"  <Description>Search the {escape(name)} news archive</Description>\n"
            "  <InputEncoding>UTF-8</InputEncoding>\n"
            f'  <Url type="text/html" method="get" template={template}/>\n'
            "</OpenSearchDescription>\n"
        )
        self._write_text("opensearch.xml", text)

    def _write_text(self, name: str, text: str) -> None:
        """Write a non-template file, leaving it untouched when its bytes are unchanged."""
        path = os.path.join(self.output_path, name)
        data = text.encode("utf-8")
        try:
            with open(path, "rb") as existing:
                if existing.read() == data:
                    return
        except FileNotFoundError:
            pass
        # Replace rather than write through: the previous output may be hard-linked.
        partial_path = f"{path}.partial-{os.getpid()}"  # one per process (SPLIT_WRITES)
        with open(partial_path, "wb") as out:
            out.write(data)
        os.replace(partial_path, path)
        logger.info('Writing "%s"', path)
