"""The words a story writes in lower case (`tagger.LOWER_WORD`), which tell a name from a
common word: whole words of two letters or more, a possessive's `'s` left off, none taken
from inside a web address, a contraction or a hyphenated word."""

import re

from backfile_entities.tagger import LOWER_WORD
from hypothesis import given, settings
from hypothesis import strategies as st

# The look-behind form it replaced (slower: tried at every character), as the oracle.
BEFORE = re.compile(
    r"(?<![\w'\u2019.-])([a-z][a-z]+)(?:['\u2019]s)?(?![\w'\u2019-]|\.\w)")


def test_lower_words() -> None:
    text = ("the bank's chief, at amazon.co.uk, said x-ray results were fine. "
            "ok ab'c don\u2019t Mr smith.jones the3 _under rock 'n' roll")
    assert LOWER_WORD.findall(text) == [
        "the", "bank", "chief", "at", "said", "results", "were", "fine", "ok",
        "rock", "roll"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abzAZ09 '\u2019.-_,\u00e9\u0131\n"), max_size=60))
def test_the_same_words_as_the_look_behind_form(text: str) -> None:
    assert LOWER_WORD.findall(text) == BEFORE.findall(text)
