"""Worse treatment for using a privacy right, against a promise of none (see spec/consistency.md, "Statement
rules"): "We will not charge you more because you used a privacy right" / "Customers who ask us to delete their
data lose the repeat-customer discount"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.units import Item, Report, item, keep, pairs
from policylabel.statements import Read


def treatment_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """The first party's promise, with no condition or exception, that using a right changes nothing, and a
    clause naming those who use one treated worse (whose group is the case it names: no condition of its own)."""
    promised: list[Item] = []
    worse: list[Item] = []
    for r in reads:
        for st in r.statements:
            if st.practice != "non-discrimination" or st.exceptions:
                continue
            if st.polarity == "affirmed" and st.actor == "first-party" and not st.conditions:
                keep(promised, item(st, r))
            elif st.polarity == "denied":  # (a promise is never denied by its negation)
                keep(worse, item(st, r))
    for a, b in pairs(promised, worse, spend):
        report.add(a, b, f"non-discrimination: promised on line {a.line}, but those who use a right are treated "
                         f"worse on line {b.line}")
