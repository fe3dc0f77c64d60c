"""Check every internal link, asset and #fragment of a built site.

Rules (the contract in the common brief): an internal URL is relative, never
root-absolute (`/x` breaks under a /<repo>/ sub-path and under file://), and names a
file (a folder link shows a directory listing from disk); its target exists; its
fragment names an `id` (or `<a name>`) in the target page; and every page declares an
icon, since without one browsers fetch `/favicon.ico` from the server root.

The same checker runs over a folder on disk (`FolderSite`) and over a site served by
HTTP under a sub-path (`ServedSite`): a `Site` only answers "what bytes are at this
site-relative path, if it is a file".
"""

from __future__ import annotations

import posixpath
import re
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

# Attributes that hold one URL, by tag.
URL_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",),
    "img": ("src",), "iframe": ("src",), "embed": ("src",), "source": ("src",),
    "track": ("src",), "audio": ("src",), "video": ("src", "poster"), "input": ("src",),
    "form": ("action",), "object": ("data",), "use": ("href", "xlink:href"),
}
SRCSET_TAGS = ("img", "source")
NOT_CHECKED_SCHEMES = ("mailto", "tel", "data", "javascript", "blob", "about")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass(frozen=True)
class Link:
    """One URL found in a page."""

    url: str
    line: int
    tag: str


@dataclass
class PageLinks:
    """What the checker needs from one HTML page."""

    links: list[Link] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    has_icon: bool = False


@dataclass(frozen=True)
class LinkProblem:
    """A broken or non-portable link: `page` line `line` links to `url`."""

    page: str
    line: int
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.url!r}: {self.reason}"


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(name):
                self.page.anchors.add(values[name])
        for name in URL_ATTRIBUTES.get(tag, ()):
            if name in values:
                self.page.links.append(Link(values[name].strip(), line, tag))
        if tag in SRCSET_TAGS and values.get("srcset"):
            for candidate in values["srcset"].split(","):
                if candidate.strip():
                    self.page.links.append(Link(candidate.split()[0], line, tag))
        if "style" in values:
            self.page.links.extend(Link(m[1], line, tag) for m in CSS_URL.findall(values["style"]))
        if tag == "link" and "icon" in values.get("rel", "").lower().split():
            self.page.has_icon = True
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            line = self.getpos()[0]
            self.page.links.extend(Link(m[1], line, "style") for m in CSS_URL.findall(data))


def parse_page(html: str) -> PageLinks:
    """The links, anchors and icon declaration of one HTML page."""
    parser = _LinkParser()
    parser.feed(html)
    parser.close()
    return parser.page


def css_links(css: str) -> list[Link]:
    """The url(...) references of a stylesheet."""
    return [Link(match.group(2), css.count("\n", 0, match.start()) + 1, "css")
            for match in CSS_URL.finditer(css)]


class Site(Protocol):
    """A built site, addressed by site-relative paths such as `stories/a.html`."""

    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None if there is no file there (a folder counts as none)."""


class FolderSite:
    """A built site in a folder on disk, as seen through file://."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def read(self, path: str) -> bytes | None:
        target = (self.root / path).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            return None
        return target.read_bytes()


class ServedSite:
    """A built site served over HTTP at `base_url` (e.g. http://127.0.0.1:8000/repo/)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/") + "/"

    def read(self, path: str) -> bytes | None:
        url = self.base_url + urllib.request.quote(path)
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(url, timeout=30) as response:
                return response.read() if response.status == 200 else None
        except urllib.error.HTTPError:
            return None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect (http.server's answer to a folder without its slash) is a failure."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def html_pages(root: Path) -> list[str]:
    """Site-relative paths of every HTML file under `root`."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if p.is_file())


class LinkChecker:
    """Checks pages of one `Site`, reading each target at most once."""

    def __init__(self, site: Site, site_url: str = "", require_icon: bool = True) -> None:
        self.site = site
        self.site_url = site_url.rstrip("/")
        self.require_icon = require_icon
        self._bytes: dict[str, bytes | None] = {}
        self._anchors: dict[str, set[str]] = {}

    def _read(self, path: str) -> bytes | None:
        if path not in self._bytes:
            self._bytes[path] = self.site.read(path)
        return self._bytes[path]

    def _anchors_of(self, path: str) -> set[str]:
        if path not in self._anchors:
            data = self._read(path) or b""
            self._anchors[path] = parse_page(data.decode("utf-8", "replace")).anchors
        return self._anchors[path]

    def check(self, pages: Iterable[str]) -> list[LinkProblem]:
        """Every problem in `pages` (site-relative paths of HTML files)."""
        problems: list[LinkProblem] = []
        for page in pages:
            data = self._read(page)
            if data is None:
                problems.append(LinkProblem(page, 0, page, "page itself is missing"))
                continue
            parsed = parse_page(data.decode("utf-8", "replace"))
            self._anchors[page] = parsed.anchors
            if self.require_icon and not parsed.has_icon:
                problems.append(LinkProblem(page, 1, "/favicon.ico", "no <link rel=icon>: "
                                            "browsers would fetch /favicon.ico from the root"))
            for link in parsed.links:
                problems.extend(self._check_link(page, link))
        return problems

    def check_css(self, stylesheets: Iterable[str]) -> list[LinkProblem]:
        """Every broken or root-absolute url(...) in the given stylesheets."""
        problems: list[LinkProblem] = []
        for sheet in stylesheets:
            data = self._read(sheet) or b""
            for link in css_links(data.decode("utf-8", "replace")):
                problems.extend(self._check_link(sheet, link))
        return problems

    def _check_link(self, page: str, link: Link) -> list[LinkProblem]:
        def problem(reason: str) -> list[LinkProblem]:
            return [LinkProblem(page, link.line, link.url, reason)]

        url = link.url
        if self.site_url and (url == self.site_url or url.startswith(self.site_url + "/")):
            if link.tag != "link":  # feeds and canonical links may be absolute, nothing else
                return problem("absolute link to this site: make it relative")
            rest = urlsplit(url[len(self.site_url):])
            target = unquote(rest.path.lstrip("/")) or "index.html"
            return self._check_target(page, link, target, rest.fragment)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            if parts.scheme.lower() in NOT_CHECKED_SCHEMES or parts.netloc:
                return []
            return problem(f"unexpected URL scheme {parts.scheme!r}")
        if parts.path.startswith("/"):
            return problem("root-absolute URL: breaks under a sub-path and from file://")
        if not parts.path:
            target_path = page  # "#x" or "?q=x": this page
        else:
            relative = unquote(parts.path)
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(page), relative))
            if joined == ".." or joined.startswith("../"):
                return problem("points above the site's root folder")
            if parts.path.endswith("/") or joined == ".":
                return problem("links to a folder, not a file (directory listing from disk)")
            target_path = joined
        return self._check_target(page, link, target_path, parts.fragment)

    def _check_target(self, page: str, link: Link, target: str, fragment: str) -> list[LinkProblem]:
        if self._read(target) is None:
            return [LinkProblem(page, link.line, link.url, f"target {target} does not exist")]
        if fragment and target.endswith(".html") and unquote(fragment) not in self._anchors_of(
                target):
            return [LinkProblem(page, link.line, link.url, f"no id {fragment!r} in {target}")]
        return []


def check_folder(root: Path, require_icon: bool = True) -> list[LinkProblem]:
    """Check every HTML file and stylesheet of the site built in `root`."""
    checker = LinkChecker(FolderSite(root), require_icon=require_icon)
    sheets = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.css"))
    return checker.check(html_pages(root)) + checker.check_css(sheets)


def check_served(root: Path, base_url: str, site_url: str = "") -> list[LinkProblem]:
    """Check every HTML file of `root` as served at `base_url`, through HTTP only."""
    checker = LinkChecker(ServedSite(base_url), site_url=site_url or base_url)
    sheets = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.css"))
    return checker.check(html_pages(root)) + checker.check_css(sheets)
