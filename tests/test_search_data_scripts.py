"""The export's data files call the page's callback with their objects as JSON.parse('...') of
JSON text (cheaper for the browser to evaluate than object literals), and the values that reach
the callback are exactly the values written, whatever quotes and backslashes the text holds."""

from __future__ import annotations

import json
import subprocess

from backfile_search.files import js_call, js_call_args

from tests.support.node import node_or_skip

AWKWARD = ["seg\"x\\", 5, {"t": [1, "it's \\ \" q", "JSON.parse('x')", "\u2028 é \U0001f642"]},
           ["'", "\\'", "\\\\"], "tail'\\"]


def test_objects_are_json_parse_strings_and_read_back() -> None:
    script = js_call("terms", *AWKWARD)
    assert script.startswith('BackfileSearch.terms("seg\\"x\\\\",5,JSON.parse(\'{')
    assert ",JSON.parse('[" in script
    assert js_call_args(script) == AWKWARD


def test_the_browser_callback_gets_the_same_values() -> None:
    probe = ("var got, BackfileSearch = { terms: function () { got = [...arguments]; } };\n"
             + js_call("terms", *AWKWARD) + "process.stdout.write(JSON.stringify(got));\n")
    out = subprocess.run([node_or_skip(), "-e", probe], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert json.loads(out) == AWKWARD
