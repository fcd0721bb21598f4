"""Statement's written-out __init__ stays that of its fields: same names, order and defaults."""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, fields

import pytest

from policylabel.statements.statement import Statement


def _value(i: int, annotation: object) -> object:
    """A value of the field's type that no other field and no default holds."""
    # (a string where annotations are postponed, the type itself in compiled code)
    name = annotation.__name__ if isinstance(annotation, type) else str(annotation)
    return {"str": f"v{i}", "int": 1000 + i, "bool": True, "tuple[str, ...]": (f"v{i}",), "tuple": (f"v{i}",),
            "frozenset[str]": frozenset({f"v{i}"}), "frozenset": frozenset({f"v{i}"})}.get(name, ())


def test_init_takes_the_fields_in_order_with_their_defaults() -> None:
    # (by behaviour, not by signature: a compiled class shows none)
    every = [_value(i, f.type) for i, f in enumerate(fields(Statement))]
    st = Statement(*every)  # type: ignore[arg-type]
    assert [getattr(st, f.name) for f in fields(Statement)] == every
    required = [f for f in fields(Statement) if f.default is MISSING and f.default_factory is MISSING]
    least = Statement(*every[:len(required)])  # type: ignore[arg-type]
    for f in fields(Statement)[len(required):]:
        default = f.default if f.default is not MISSING else f.default_factory()  # type: ignore[misc]
        assert getattr(least, f.name) == default and type(getattr(least, f.name)) is type(default), f.name


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
