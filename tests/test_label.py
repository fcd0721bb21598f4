"""The label as data (policylabel.label): grid, sections, findings and summary of the synthetic vendor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

import sitedata
from policylabel.label import NO, NONE, YES, build_label, duration_text


@pytest.fixture(scope="module")
def labels() -> dict:
    reports, _, _ = sitedata.load(sitedata.TEST_VENDORS)
    return {r.document.id: build_label(r) for r in reports}


def test_summary(labels: dict) -> None:
    s = labels["privacy-policy"].summary
    assert (s.sells, s.ad_sharing, s.cross_site_tracking, s.min_age) == (NO, YES, YES, 13)
    assert s.rights == ("Access", "Correction", "Deletion")
    assert s.findings == 2 and s.claims == 18


def test_grid(labels: dict) -> None:
    grid = {row.category: row for row in labels["privacy-policy"].grid}
    cols = [c for c, _ in labels["privacy-policy"].columns]
    name = dict(zip(cols, grid["name"].cells, strict=True))
    assert name["collected"].status == YES and name["collected"].details == ("From you",)
    assert name["sold"].status == NONE
    device = dict(zip(cols, grid["device-identifiers"].cells, strict=True))
    assert device["tracking"].status == YES and device["tracking"].choice == "opt-out"
    assert device["tracking"].refs == ("claim/targeted-advertising[1]",)
    assert dict(zip(cols, grid["personal-information"].cells, strict=True))["sold"].status == NO


def test_sections_follow_the_label_order(labels: dict) -> None:
    assert [s.id for s in labels["privacy-policy"].sections] == [
        "data", "rights", "retention", "security", "children", "transfers", "tracking", "changes", "contact",
        "general"]
    terms = labels["terms-of-service"].sections
    assert [st.rating for s in terms if s.id == "terms" for st in s.statements] == [
        "neutral", "bad", "bad", "good", "blocker", "neutral"]


def test_findings_carry_their_quotes(labels: dict) -> None:
    f = labels["privacy-policy"].findings
    assert [x.anchor for x in f] == ["finding/contradiction[1]", "finding/cross-document-contradiction[2]"]
    assert all(q.target and q.target.startswith("s") for q in f[0].quotes)
    assert f[1].related[0].document == "terms-of-service" and f[1].related[0].target


@pytest.mark.parametrize("value,text", [("P30D", "30 days"), ("P1Y", "1 year"), ("PT24H", "24 hours"),
                                        ("P1Y6M", "1 year, 6 months"), ("bogus", "bogus")])
def test_duration_text(value: str, text: str) -> None:
    assert duration_text(value) == text
