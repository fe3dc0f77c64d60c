"""Pelican settings for the archive as built locally and for offline use.

Every URL is relative and ends in a file name, so the output opens straight
from disk (a link to a folder shows a directory listing under file://).
"""

from pelican.settings import DEFAULT_CONFIG

AUTHOR = "Backfile"
SITENAME = "Backfile"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
ARTICLE_PATHS = ["stories"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["dumps"]  # raw text that every story links back to
THEME = "theme"

PLUGIN_PATHS = ["plugins"]
# backfile_speed first: its stage marks and writer hooks bracket the other plugins.
# backfile_entities before the ingest: it puts the plugins folder on sys.path, so the ingest
# (which calls the tagger while it loads) can import it when Pelican runs as `python -m pelican`.
PLUGINS = [
    "backfile_speed",
    "backfile_entities",
    "backfile_ingest",
    "backfile_search",
    "backfile_publish",
    "backfile_archive",
]

# Backfile's own settings.
BACKFILE_DUMPS = "content/dumps"      # raw dumps to ingest
BACKFILE_STORIES = "content/stories"  # one Markdown page per story, written by the ingest
BACKFILE_DEFAULT_SECTION = "News"     # section for stories with no kicker or sidecar section
BACKFILE_DEFAULT_DATE = "1970-01-01"  # date (YYYY-MM-DD, YYYY-MM or YYYY) for undated stories
BACKFILE_SEARCH_INDEX = "cache/search"  # Whoosh index, kept between builds (gitignored)
BACKFILE_SEARCH_OUTPUT = "search"       # exported index for the search page, in the output

DEFAULT_CATEGORY = BACKFILE_DEFAULT_SECTION
# Every story page carries its own Date and Category, so Pelican's guesses from the file name
# (a leading YYYY-MM-DD) and the folder ("stories") are not wanted: parsing the file-name date
# costs a dateutil parse per page on every build (about 3 s at 10,000 stories), and a page
# without a Category belongs in the default section, not in one called "stories".
FILENAME_METADATA = ""
USE_FOLDER_AS_CATEGORY = False
# Stories are one language and their slugs are unique, so Pelican's translation matching is
# off: it ends in a list-membership loop quadratic in the archive's size (about 3 s at 10,000
# stories, a minute at 50,000). It also sorted stories by slug, which is how stories of the
# same date were ordered; the order below keeps exactly that: newest first, then by slug.
ARTICLE_TRANSLATION_ID = None


def newest_first(article: object) -> tuple[float, str]:
    return (-article.date.timestamp(), article.slug)  # type: ignore[attr-defined]


ARTICLE_ORDER_BY = newest_first
DEFAULT_PAGINATION = 20

ARTICLE_URL = ARTICLE_SAVE_AS = "stories/{slug}.html"
PAGE_URL = PAGE_SAVE_AS = "pages/{slug}.html"
CATEGORY_URL = CATEGORY_SAVE_AS = "sections/{slug}.html"
CATEGORIES_URL = CATEGORIES_SAVE_AS = "sections/index.html"
TAG_URL = TAG_SAVE_AS = "entities/{slug}.html"
# An entity or section called "Index" must not take the place of the list page beside it.
_SLUG_SUBS = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
TAG_REGEX_SUBSTITUTIONS = [*_SLUG_SUBS, (r"\Aindex\Z", "index-entity")]
CATEGORY_REGEX_SUBSTITUTIONS = [*_SLUG_SUBS, (r"\Aindex\Z", "index-section")]
TAGS_URL = TAGS_SAVE_AS = "entities/index.html"
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_URL = ARCHIVES_SAVE_AS = "archive/index.html"
# Year, month and day pages are written by the backfile_archive plugin (calendar grids,
# date precision, linear time); Pelican's own period archives are switched off because
# their grouping is quadratic in the archive's size.
BACKFILE_YEAR_URL = "archive/{date:%Y}/index.html"
BACKFILE_MONTH_URL = "archive/{date:%Y}/{date:%m}/index.html"
BACKFILE_DAY_URL = "archive/{date:%Y}/{date:%m}/{date:%d}/index.html"
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page-{number}.html", "{base_name}/page-{number}.html"),
)

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/sections/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/entities/{slug}.atom.xml"
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 30  # every section and entity has a feed: the latest 30 stories each
ENTITY_FEED_FULL_TEXT = False  # entity feeds: headline, summary, link (backfile_archive/feeds.py)

# Story metadata is plain text: escape it everywhere (bodies are marked safe in templates).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
GZIP_CACHE = False  # Pelican gzips its caches by default: 2 s per build at 10,000 stories
DELETE_OUTPUT_DIRECTORY = False
STATIC_CHECK_IF_MODIFIED = True  # copy a dump to output/dumps/ only when it changed (issue 7)
BACKFILE_ENTITY_OVERRIDES = "entities.toml"  # editor's entity overrides, in the content folder
