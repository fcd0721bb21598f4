"""The schema fast path (jsonschema-rs) and jsonschema must agree on whether a file is valid.

Validation trusts a "valid" verdict of jsonschema-rs and asks jsonschema only to explain failures, so a
file the fast path accepts but jsonschema would reject would slip through: these tests look for one.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylabel.load import load_yaml
from policylabel.validate import _fast_validator, _validator
from testpaths import DATA, REPO


def _schema_for(path: Path) -> str:
    return "vendor.schema.json" if path.name == "vendor.yaml" else "document.schema.json"


def _agree(data: Any, schema: str) -> tuple[bool, bool]:
    fast = _fast_validator(schema).is_valid(data)
    slow = next(iter(_validator(schema).iter_errors(data)), None) is None
    return fast, slow


# Every YAML file of the repository that loads (the golden loader cases that do not have no schema verdict).
YAML_FILES = [p for root in (REPO / "vendors", DATA) for p in sorted(root.rglob("*.yaml"))
              if load_yaml(p)[0] is not None]


@pytest.mark.parametrize("path", YAML_FILES, ids=[p.relative_to(REPO).as_posix() for p in YAML_FILES])
def test_fast_and_full_validators_agree_on_every_file(path: Path) -> None:
    loaded, _ = load_yaml(path)
    assert loaded is not None
    fast, slow = _agree(loaded.data, _schema_for(path))
    assert fast == slow


def test_the_corpus_has_both_verdicts() -> None:
    verdicts = {_agree(load_yaml(p)[0].data, _schema_for(p))[1] for p in YAML_FILES}  # type: ignore[union-attr]
    assert verdicts == {True, False}


VALID = load_yaml(REPO / "vendors" / "kandji" / "privacy-policy.yaml")[0]
assert VALID is not None
TRICKY = ["", " ", "x", "X", "a-b", "-a", "a_b", "2024-02-30", "2024-13-01", "2024-01-01", "P90D", "90 days",
          "P1Y2M", "PT0S", "http://example.com", "https://", "ftp://x", "http://x y", "mailto:a@b.c", "tel:+1",
          "a@b.c", "+1 555 0100", "yes", "no", "true", "13", "-1", "0", "é", "\u00a0", "<b>", "sha256", "a" * 64,
          "0" * 64, "privacy-policy", "terms-of-service", "email-address", "marketing", "sale", "affirmed", "denied"]
json_values = st.recursive(
    st.one_of(st.sampled_from(TRICKY), st.text(max_size=12), st.integers(-5, 200), st.booleans(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.sampled_from(["id", "practice", "evidence", "quote", "x", "value"]),
                                               children, max_size=3)),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


ALL_PATHS = _paths(VALID.data)[1:]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["set", "delete", "add-key"]), json_values),
                min_size=1, max_size=3))
def test_validators_agree_on_mutated_documents(edits: list[tuple[tuple[Any, ...], str, Any]]) -> None:
    data = copy.deepcopy(VALID.data)
    for path, op, value in edits:
        parent: Any = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            last = path[-1]
            if op == "set":
                parent[last] = value
            elif op == "delete":
                del parent[last]
            elif isinstance(parent[last], dict):
                parent[last]["unknown-key"] = value
            else:
                parent[last] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed or replaced this path
    fast, slow = _agree(data, "document.schema.json")
    assert fast == slow, (edits, fast, slow)
