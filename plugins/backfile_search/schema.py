"""The Whoosh schema, analyzer and query parser shared by the index, the export and the client.

Analyzer: Whoosh's StemmingAnalyzer (Unicode word tokenizer, lower case, English stop words,
words shorter than 2 characters dropped, Porter stemmer). News readers search for topics, not
word forms: "elections" must find "election" and "elected", so we stem; stop words ("the", "of")
carry no topic and would make every story a match, so we drop them. The JavaScript client ports
exactly this chain (tokenizer pattern, stop list and Porter stemmer), so both sides agree on terms.
"""

from __future__ import annotations

from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, STORED, Schema
from whoosh.qparser import MultifieldParser

from .analysis import NewsText

# Whoosh's default tokenizer pattern (whoosh.analysis.tokenizers.default_pattern, `\w+(\.?\w+)*`)
# with its group made non-capturing: the same words, and the indexing loop (analysis.py) can
# take them with one findall instead of a Match object each.
TOKEN_PATTERN = r"\w+(?:\.?\w+)*"
# Unbounded stem cache: an archive's vocabulary is some hundred thousand words, and the default
# bounded cache's use counting costs more per token than it saves in memory.
ANALYZER = StemmingAnalyzer(expression=TOKEN_PATTERN, cachesize=-1)
STOPLIST = sorted(STOP_WORDS)
MINSIZE = 2

# Fields a reader can search with `field:term`; all share ANALYZER so the client needs one chain.
SEARCH_FIELDS = (
    "title", "kicker", "summary", "body", "people", "places", "organizations", "section",
    "keywords",
)
# Fields searched by a bare word, and how much a match in each counts. A headline, entity or
# keyword match says more about what a story is about than one word in the body. `keywords` is
# the source's own tags (a dump's Tags/Keywords field, the page's `Keywords:` header): an editor
# chose them to say what the story is about, so they count like the tagged names.
DEFAULT_FIELDS = ("title", "kicker", "body", "people", "places", "organizations", "keywords")
FIELD_BOOSTS = {"title": 2.0, "people": 1.5, "places": 1.5, "organizations": 1.5,
                "keywords": 1.5}


def make_schema() -> Schema:
    """One document per story; searchable text fields plus what a result needs to display."""
    text = {name: NewsText(analyzer=ANALYZER, phrase=True) for name in SEARCH_FIELDS}
    text["title"] = NewsText(analyzer=ANALYZER, phrase=True, stored=True)
    return Schema(
        slug=ID(stored=True, unique=True),
        url=ID(stored=True),
        date=DATETIME(stored=True, sortable=True),
        checksum=ID(stored=True),
        display=STORED(),  # section name, entities, summary, date precision, body text for snippets
        **text,
    )


def make_parser(schema: Schema) -> MultifieldParser:
    """Whoosh's default query syntax over DEFAULT_FIELDS (AND between words)."""
    return MultifieldParser(list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS)
