"""The loader's fast path: skipping the anchor scan is safe only when no anchor or alias can be present."""

from __future__ import annotations

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
