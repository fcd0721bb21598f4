"""Statement's written-out __init__ stays that of its fields: same names, order and defaults."""

from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, fields

import pytest

from policylabel.statements.statement import Statement


def test_init_takes_the_fields_in_order_with_their_defaults() -> None:
    params = list(inspect.signature(Statement.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in fields(Statement)]
    for p, f in zip(params, fields(Statement), strict=True):
        default = f.default if f.default is not MISSING else (
            f.default_factory() if f.default_factory is not MISSING else inspect.Parameter.empty)
        assert p.default == default, f.name
        assert type(p.default) is type(default), f.name


def test_a_statement_stays_frozen() -> None:
    st = Statement("sale", "denied", "does", "first-party", 0, 5, 0, 5, "sell")
    assert st.objects == frozenset() and st.words == 0
    with pytest.raises(FrozenInstanceError):
        st.practice = "collection"  # type: ignore[misc]


def test_hash_is_the_dataclass_hash_of_every_field() -> None:
    st = Statement("sale", "denied", "does", "first-party", 0, 5, 0, 5, "sell", data=("email",),
                   objects=frozenset({"data"}), words=7)
    assert hash(st) == hash(tuple(getattr(st, f.name) for f in fields(Statement)))
    assert st == Statement("sale", "denied", "does", "first-party", 0, 5, 0, 5, "sell", data=("email",),
                           objects=frozenset({"data"}), words=7)
