"""Where a line's column debris starts (`ocr._tail`): only the line's last words are read, and
the answer is the one the debris pattern searched over the whole line gives."""

from backfile_ingest import ocr
from hypothesis import given, settings
from hypothesis import strategies as st


def _searched(line: str) -> int:
    """The whole-line search `_tail` answered with before it looked at the last word first."""
    match = ocr._TAIL.search(line)
    if not match or not line[: match.start()].strip() or not ocr._is_junk(match.group(0)):
        return len(line)
    return match.start()


def test_debris_at_a_line_end() -> None:
    assert ocr._tail("ROCKDALE -.-»- I") == len("ROCKDALE")
    assert ocr._tail("INJURED WOMAN j I") == len("INJURED WOMAN")
    assert ocr._tail("the council said it would") == len("the council said it would")
    assert ocr._tail("he said of a") == len("he said of a")  # a hard wrap's last word
    assert ocr._tail("  !") == 3


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aIjxZ19 .-!|»'\"\t\u00a0\u2003é_"), max_size=40))
def test_the_same_answer_as_searching_the_whole_line(line: str) -> None:
    assert ocr._tail(line) == _searched(line)
