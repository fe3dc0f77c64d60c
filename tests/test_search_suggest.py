""""Did you mean" offers other spellings for the words that find fewer than three stories on
their own, and reads lexicon parts only for those: a query of common words that finds little
together needs fewer words, not other spellings (and the page waits for its suggestions)."""

from __future__ import annotations

from itertools import combinations

import pytest
from backfile_search.export import export_index
from backfile_search.index import open_index, update_index
from backfile_search.schema import make_schema

from tests.support.bbc import bbc_docs_or_skip
from tests.support.node import run_client

pytestmark = [pytest.mark.slow, pytest.mark.node]


@pytest.fixture(scope="module")
def bbc_export(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("suggest")
    ix = open_index(tmp / "index")
    update_index(ix, bbc_docs_or_skip(12))
    export_index(ix, tmp / "search")
    return ix, tmp / "search"


def _common_words(ix) -> dict[str, set[int]]:  # type: ignore[no-untyped-def]
    """Body words found in 5 or more stories that the analyzer keeps as they are, with their
    stories."""
    analyzer = make_schema()["body"].analyzer
    with ix.searcher() as searcher:
        reader = searcher.reader()
        words = {}
        for term in reader.field_terms("body"):
            if (term.isalpha() and len(term) > 3 and reader.doc_frequency("body", term) >= 5
                    and [t.text for t in analyzer(term)] == [term]):
                words[term] = set(searcher.postings("body", term).all_ids())
        return words


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def test_common_words_that_find_little_together_get_no_spellings(bbc_export) -> None:
    ix, export_dir = bbc_export
    words = _common_words(ix)
    pairs = [f"{a} {b}" for a, b in combinations(sorted(words), 2)
             if not words[a] & words[b]][:5]
    assert pairs, "no two common words without a story in common"
    for text, answer in zip(pairs, run_client(export_dir, pairs, "--suggest"), strict=True):
        assert answer["total"] < 3 and answer["alternatives"] == [], (text, answer)
        assert answer["lexicon"] == 0, (text, answer)


def test_a_misspelled_word_still_gets_its_spelling(bbc_export) -> None:
    """A word that finds nothing gets spellings; the common word beside it is left as it is."""
    ix, export_dir = bbc_export
    words = _common_words(ix)
    analyzer = make_schema()["body"].analyzer
    queries = []
    for word in sorted(words):
        typo = word[0] + word[2:]  # the second letter dropped
        stems = [t.text for t in analyzer(typo)]
        if len(stems) == 1 and stems[0] not in words and _distance(stems[0], word) <= 1:
            other = next(w for w in sorted(words, reverse=True) if w != word)
            queries.append((typo, other))
        if len(queries) == 5:
            break
    assert queries, "no word to misspell"
    texts = [f"{typo} {other}" for typo, other in queries]
    for (typo, other), answer in zip(queries, run_client(export_dir, texts, "--suggest"),
                                     strict=True):
        assert answer["alternatives"], (typo, answer)
        for alt in answer["alternatives"]:
            first, second = alt.split()
            assert first != typo and second == other, (typo, answer)
