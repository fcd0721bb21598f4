"""Review coverage: a unit is reviewed when >= 50% of its non-space characters are quoted or out of scope."""

from __future__ import annotations

from pathlib import Path

from policylabel.consistency.coverage import _merge, covered_share
from test_claim_checks import claim, doc, make_vendor, run

TEXT = "Policy Title\n\nWe do not sell your personal information. We keep logs for a while.\nFooter stuff here\n"
Q = "We do not sell your personal information."


def test_share_counts_non_space_characters_once() -> None:
    starts, ends = _merge([])
    assert covered_share("a b", 0, 3, starts, ends) == 0
    assert covered_share("   ", 0, 3, starts, ends) is None

    class S:
        def __init__(self, a: int, b: int) -> None:
            self.start, self.end = a, b

    starts, ends = _merge([S(0, 2), S(1, 3), S(5, 5)])  # overlapping spans are merged; empty ignored
    assert (starts, ends) == ([0], [3])
    assert covered_share("ab cd", 0, 5, starts, ends) == 0.5


def test_unreviewed_warnings_and_strict(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", [Q])))
    result, diags = run(y)
    unrev = [d for d in diags if d.code == "unreviewed"]
    assert [d.line for d in unrev] == [1, 3, 4] and all(not d.is_error for d in unrev)
    rep = result.reports[0]
    assert [u.text for u in rep.unreviewed] == ["Policy Title", "We keep logs for a while.", "Footer stuff here"]
    assert rep.coverage == 1 / 4
    _, strict = run(y, strict=True)
    assert all(d.is_error for d in strict if d.code == "unreviewed")


def test_out_of_scope_regions_count_as_reviewed(tmp_path: Path) -> None:
    tail = ("out-of-scope:\n  - reason: heading\n    start: Policy Title\n"
            "  - reason: footer\n    start: We keep logs\n    end: stuff here\n")
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", [Q]), tail=tail))
    result, diags = run(y, strict=True)
    assert not [d for d in diags if d.is_error]
    assert result.reports[0].coverage == 1.0


def test_half_covered_sentence_is_reviewed(tmp_path: Path) -> None:
    text = "Alpha beta gamma delta. Epsilon\n"
    y = make_vendor(tmp_path, "aaaa bbbb cccc dddd eeee ffff\n", doc(claim("sale", "denied", ["aaaa bbbb cccc"])))
    result, _ = run(y)
    assert result.reports[0].coverage == 1.0  # 12 of 24 non-space characters
    y = make_vendor(tmp_path, "aaaa bbbb cccc dddd eeee fffff\n", doc(claim("sale", "denied", ["aaaa bbbb cccc"])))
    result, _ = run(y)
    assert result.reports[0].coverage == 0.0  # 12 of 25
    assert text


def test_missing_region_passage_is_an_error(tmp_path: Path) -> None:
    tail = "out-of-scope:\n  - reason: footer\n    start: Not in this text\n"
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", [Q]), tail=tail))
    _, diags = run(y)
    assert [(d.code, d.pointer) for d in diags if d.is_error] == [("quote-not-found", "/out-of-scope/0/start")]
