"""The index's text fields (analysis.NewsText) index exactly as Whoosh's TEXT with its analyzer.

NewsText.index does the tokenizer / lower case / stop words / stemmer chain and the Positions
encoding in one loop; whatever the text, it must give the very tuples Whoosh's own chain gives
(terms, frequencies, weights, encoded positions), or the export and the client's ranking drift.
"""

from __future__ import annotations

import pickle
import random
import re

import pytest
from backfile_search.analysis import NewsText
from backfile_search.schema import ANALYZER, TOKEN_PATTERN, make_schema
from whoosh.analysis import StemmingAnalyzer
from whoosh.analysis.tokenizers import default_pattern
from whoosh.fields import TEXT

TEXTS = [
    "",
    "the of and a",                        # nothing but stop words and short words
    "The Prime Minister said on Monday that the elections would go ahead.",
    "a I x elections elected election ELECTIONS",   # renumbering after dropped words
    "Shares rose 3.5% to $1,024.75 in U.S. trading; e.g. www.example.com_rates",
    "«Le président» a dit: Größe STRASSE straße İstanbul Ærøskøbing naïve café",
    "ΟΔΟΣ'Α ΟΔΟΣ οδός Σίσυφος ΣΊΣΥΦΟΣ",  # noqa: RUF001 (Greek final sigma: lower each word)
    "東京 2024年 Москва МОСКВА — “quoted” ‘words’ don't can't O'Neill",  # noqa: RUF001
    "word " * 5000 + "end",                # positions past the precomputed encodings
    "\tTabs\nand\n\nnew lines  between   words_with_underscores 12_000\u00a0nbsp",
]


def random_text(rng: random.Random) -> str:
    vocabulary = ["the", "of", "Election", "elections", "a", "I", "3.5", "U.S.", "co-op",
                  "naïve", "ΣΟΦΙΑ", "straße", "x", "running", "runs", "RUN", "ran", "it's",
                  "—", "...", "Ærø", "İz", "on", "fish", "fishing"]
    return " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(0, 60)))


def whoosh_text() -> TEXT:
    return TEXT(analyzer=StemmingAnalyzer(cachesize=-1), phrase=True)


def news_text() -> NewsText:
    """As the index holds it: pickled in the schema and read back."""
    return pickle.loads(pickle.dumps(NewsText(analyzer=ANALYZER, phrase=True)))


@pytest.mark.parametrize("text", TEXTS)
def test_same_postings_as_whoosh(text: str) -> None:
    assert news_text().index(text) == list(whoosh_text().index(text))


def test_same_postings_on_random_texts() -> None:
    rng = random.Random(7)
    ours, theirs = news_text(), whoosh_text()
    for _ in range(500):
        text = random_text(rng)
        assert ours.index(text) == list(theirs.index(text)), text


def test_token_pattern_finds_whooshs_words() -> None:
    ours, whooshs = re.compile(TOKEN_PATTERN), default_pattern
    for text in [*TEXTS, "a.b.c .x. 1..2 _a_ __ é.ü"]:
        assert ours.findall(text) == [m.group() for m in whooshs.finditer(text)]


def test_other_chains_and_options_go_through_whoosh() -> None:
    plain = NewsText(phrase=True)  # Whoosh's StandardAnalyzer: no stemmer
    assert list(plain.index("Running runs")) == list(TEXT(phrase=True).index("Running runs"))
    ours = news_text()
    assert list(ours.index(["elections", "of"])) == list(whoosh_text().index(["elections", "of"]))
    assert list(ours.index("Elections", mode="query")) == list(
        whoosh_text().index("Elections", mode="query"))


def test_schema_text_fields_are_news_text() -> None:
    schema = make_schema()
    assert all(type(schema[name]) is NewsText for name in ("title", "body", "people"))
