"""The model's objects built without their generated __init__ equal those it builds: every field set."""

from __future__ import annotations

import dataclasses

from policylabel.model import Claim, Quote
from policylabel.validate import discover, validate
from testpaths import REPO


def test_quotes_are_whole_dataclass_instances() -> None:
    validation = validate(discover([REPO / "vendors"])[0])
    quotes = [q for v in validation.vendors for d in v.documents for q in d.quotes()]
    assert quotes
    names = [f.name for f in dataclasses.fields(Quote)]
    for q in quotes:
        assert list(vars(q)) == names
        assert q == Quote(**vars(q)) and hash(q) == hash(Quote(**vars(q)))


def test_claims_are_whole_dataclass_instances() -> None:
    validation = validate(discover([REPO / "vendors"])[0])
    claims = [c for v in validation.vendors for d in v.documents for c in d.claims]
    assert claims
    names = [f.name for f in dataclasses.fields(Claim)]
    for c in claims:
        assert list(vars(c)) == names
        assert c == Claim(**vars(c))


def test_label_statements_are_whole_dataclass_instances() -> None:
    """Labels make their statements, facts and quote references the same way."""
    from policylabel.check import check
    from policylabel.label import Fact, QuoteRef, Statement, build_label

    validation = validate(discover([REPO / "vendors"])[0])
    reports = check(validation).reports
    statements = [st for r in reports for sec in build_label(r).sections for st in sec.statements]
    assert statements
    for cls, items in ((Statement, statements), (Fact, [f for st in statements for f in st.facts]),
                       (QuoteRef, [q for st in statements for q in st.quotes])):
        assert items
        names = [f.name for f in dataclasses.fields(cls)]
        for x in items:
            assert list(vars(x)) == names
            assert x == cls(**vars(x)) and hash(x) == hash(cls(**vars(x)))
