"""The model's objects built without their generated __init__ equal those it builds: every field set."""

from __future__ import annotations

import dataclasses

from policylabel.model import Quote
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
