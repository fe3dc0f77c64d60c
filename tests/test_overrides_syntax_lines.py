"""A TOML syntax error in the editor's overrides file names the file and the line.

tomllib says "(at end of document)", with no line, when the file ends inside a value (an
unclosed array or string): the build stopped with the file named but no line, though the
README promises both. Such an error points at the last line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from backfile_entities import overrides

CASES = [
    ('[block]\nnames = ["Northern Star"\n', 2),        # unclosed array: ends the file
    ('[block]\nnames = ["A",\n  "B"\n\n', 4),           # ... over blank lines too
    ('[merge]\n"Kim" = "Kim Jong-un\n', 2),              # unclosed string
    ('[block]\nnames = ["A"]\n[rename]\n"X" = \n', 4),  # a value missing mid-file
]


@pytest.mark.parametrize(("text", "line"), CASES)
def test_a_toml_syntax_error_names_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "entities.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(overrides.OverridesError) as caught:
        overrides.load(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
