"""Worse treatment for using a privacy right, against a promise of none (see spec/consistency.md, "Statement
rules"): "We will not charge you more because you used a privacy right" / "Customers who ask us to delete their
data lose the repeat-customer discount"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.units import MAX_PER_BUCKET, Item, Report
from policylabel.statements import Read


def treatment_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """The first party's promise, with no condition or exception, that using a right changes nothing, and a
    clause naming those who use one treated worse (whose group is the case it names: no condition of its own)."""
    promised: list[Item] = []
    worse: list[Item] = []
    for r in reads:
        for st in r.statements:
            if st.practice != "non-discrimination":
                continue
            if st.polarity == "affirmed" and st.actor == "first-party" and not st.conditions and not st.exceptions:
                side = promised
            elif st.polarity == "denied" and not st.exceptions:  # (a promise is never denied by its negation)
                side = worse
            else:
                continue
            if len(side) < MAX_PER_BUCKET:
                side.append(Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
    for a in promised:
        for b in worse:
            if spend(b) and a.quote_span != b.quote_span:
                report.add(a, b, f"non-discrimination: promised on line {a.line}, but those who use a right are "
                                 f"treated worse on line {b.line}")
