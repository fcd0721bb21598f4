"""The loader's fast path: skipping the anchor scan is safe only when no anchor or alias can be present."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylabel.load import _MAYBE_ANCHOR

PIECES = ["a", "b: ", "- ", "? ", ": ", "&x ", "*x", "&", "*", "!!str ", "!t ", "[", "]", "{", "}", ", ", "\n",
          "  ", "\"", "'", "AT&T", "#", "|\n", "1", "x"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_every_anchor_or_alias_is_caught_by_the_prefilter(pieces: list[str]) -> None:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    text = "".join(pieces)
    try:
        events = list(YAML(typ="safe").parse(text))
    except (YAMLError, ValueError):
        return  # not YAML: the parser reports it with a location
    if any(getattr(e, "anchor", None) for e in events):
        assert _MAYBE_ANCHOR.search(text), repr(text)


# The one-pass event reading must give exactly what composing gives, or step aside: plain scalars that resolve
# (or nearly), keys of every kind, flow and block collections, several documents, tags, escapes, bad syntax.
SCALARS = ["", "~", "null", "Null", "NULL", "nul", "true", "True", "TRUE", "tRue", "false", "yes", "no", "on",
           "0", "-0", "+1", "12", "0123", "1_000", "0x1f", "0o17", "0b11", "1.5", "1e3", ".inf", ".nan",
           "2024-01-31", "2024-02-30", "12:30", "1234567890123456789", "123456789012345678", "<<", "a b",
           "\"<<\"", "'x'", "\"\\ud800\"", "\"\\U0001F600\"", "\"\\x1b\"", "!!str 1", "!!int x", "!t y", "! z",
           "&a v", "*a", "|\n  text\n", ">-\n  folded\n", "\"quoted: yes\"", "é", "? k\n: v"]
SHAPES = ["{k}: {v}\n", "- {v}\n", "{k}:\n  - {v}\n", "{k}:\n  {k}: {v}\n", "[{v}, {v}]\n", "{{{k}: {v}}}\n",
          "---\n", "...\n", "%YAML 1.1\n---\n", "{k}: [{v}, {{{k}: {v}}}]\n", "{k}: {v}\n{k}: {v}\n",
          "  {k}: {v}\n", "- - {v}\n", "# c\n", "{k}:\n", "- \n"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SHAPES), st.sampled_from(SCALARS), st.sampled_from(SCALARS)),
                min_size=1, max_size=8))
def test_the_event_reading_equals_the_composed_one_or_steps_aside(parts: list[tuple[str, str, str]]) -> None:
    from pathlib import Path

    from policylabel.load import _load_composed, _load_events

    text = "".join(shape.format(k=k, v=v) for shape, k, v in parts)
    path = Path("x.yaml")
    fast = _load_events(text, path)
    if fast is None:
        return
    slow, diags = _load_composed(text, path, deep=False)
    assert slow is not None and not diags, (text, diags)
    assert repr(fast.data) == repr(slow.data), text
    assert list(fast.values.items()) == list(slow.values.items()), text
    assert list(fast.keys.items()) == list(slow.keys.items()), text


def test_the_event_reading_takes_the_common_case_and_leaves_the_rest() -> None:
    from pathlib import Path

    from policylabel.load import _load_events

    path = Path("x.yaml")
    taken = _load_events("id: a\nn: 12\nok: true\nnone: ~\nlist: [x, 'y']\nmap:\n  - {k: v}\n", path)
    assert taken is not None
    assert taken.data == {"id": "a", "n": 12, "ok": True, "none": None, "list": ["x", "y"], "map": [{"k": "v"}]}
    assert taken.values["/map/0/k"] == (7, 9) and taken.keys["/map"] == (6, 1)
    for text in ("a: &x 1\nb: *x\n", "a: 1\na: 2\n", "a: !!str 1\n", "a: 1\n---\nb: 2\n", "a: [1\n",
                 "<<: {a: 1}\n", "a: \"\\ud800\"\n", f"a: {'9' * 19}\n", "? [a]\n: 1\n", "# only\n",
                 "a:\n" + "".join(f"{'  ' * i}- \n" for i in range(1, 70))):
        assert _load_events(text, path) is None, text


@pytest.mark.parametrize("text", ["[" * 1_000_000, "{a: " * 250_000, "- " * 500_000,
                                  "".join(" " * i + "k:\n" for i in range(1400)), "x: " + "[" * 63 + "]" * 63])
def test_the_event_reading_leaves_deep_nesting_early(text: str) -> None:
    import time
    from pathlib import Path

    from policylabel.load import _load_events

    start = time.process_time()
    assert _load_events(text, Path("x.yaml")) is None
    assert time.process_time() - start < 1.0  # stopped at its depth bound, not after reading the megabyte
