"""The export's data files: one call per line, its arguments one JSON text in a JavaScript string
that the file hands to JSON.parse (files.js_call; parsed about twice as fast as the same data as
literals). Story text of any kind must come through exactly, as data, in the browser's parser as
in the export's own reader (files.call_args), and never run."""

from __future__ import annotations

import json
import subprocess

from backfile_search.files import call_args, js_call

from tests.support.node import node_or_skip

HOSTILE = ["it's", "\\", "\\'", "'); alert(1); ('", '"quoted" \\"', "</script><script>x=1",
           "line\nbreak\r", "sep\u2028ara\u2029tors", "nel\x85", "tab\t\x00\x1f", "ünï €🎉",
           "\\u2028", "''\\\\''"]
PROBE = """
const vm = require("vm"), calls = [];
const context = vm.createContext({ JSON, BackfileSearch: {
  docs(...args) { calls.push(["docs", args]); },
  chunk(...args) { calls.push(["chunk", args]); } } });
vm.runInContext(require("fs").readFileSync(0, "utf8"), context);
process.stdout.write(JSON.stringify(calls));
"""


def test_hostile_text_reaches_the_callback_and_the_reader_unchanged() -> None:
    records = {str(n): ["stories/x.html", text, "2005-01-01", "day", "News", [text], [], []]
               for n, text in enumerate(HOSTILE)}
    text = js_call("docs", "seg", 0, records) + js_call("chunk", "seg", 3, 0, "ab1", HOSTILE)
    assert text.count("\n") == 2  # one call a line, whatever the text holds
    expected = [["docs", ["seg", 0, records]], ["chunk", ["seg", 3, 0, "ab1", HOSTILE]]]
    assert [[name, args] for name, args in call_args(text)] == expected
    out = subprocess.run([node_or_skip(), "-e", PROBE], input=text, capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert json.loads(out) == expected


def test_the_data_is_a_string_for_json_parse_not_literals() -> None:
    line = js_call("docs", "seg", 0, {"0": ["a", "b"]})
    assert line == ("BackfileSearch.docs.apply(BackfileSearch,"
                    """JSON.parse('["seg",0,{"0":["a","b"]}]'));\n""")
