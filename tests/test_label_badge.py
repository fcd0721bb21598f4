"""The embeddable badge (policylabel.badge): measured, deterministic, accessible, well-formed and escaped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

import evil
import sitedata
from policylabel import badge
from policylabel.label import build_label

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def labels() -> dict:
    reports, _, _ = sitedata.load(sitedata.TEST_VENDORS)
    ereports, _ = evil.evil_reports()
    return {r.document.ref: build_label(r) for r in reports + ereports}


def _parse(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def test_text_width_comes_from_the_table() -> None:
    assert badge.text_width("") == 0
    assert badge.text_width("il") == pytest.approx(6.12)
    assert badge.text_width("WW") > badge.text_width("ii") * 3
    assert badge.text_width("\u4e2d") == badge.WIDE  # CJK counts as an em


def test_privacy_badge_says_sale_and_findings(labels: dict) -> None:
    b = badge.document_badge(labels["acme/privacy-policy"])
    assert b.text == "privacy label: sells data: no \u00b7 2 findings"
    assert b.tone == "warn"  # findings to know about
    root = _parse(badge.svg(b))
    assert root.tag == SVG + "svg" and root.get("role") == "img" and root.get("aria-label") == b.text
    assert root.find(SVG + "title").text.startswith("privacy label of Acme")
    texts = [t.text for t in root.iter(SVG + "text")]
    assert texts == ["privacy label", "sells data: no \u00b7 2 findings"]
    # The badge is as wide as its measured texts, and each text is drawn to its measured length.
    assert int(root.get("width")) == b.width == sum(b.widths)
    lengths = [int(t.get("textLength")) for t in root.iter(SVG + "text")]
    assert lengths == [round(badge.text_width(x) * 10) for x in texts]


def test_terms_badge_counts_findings(labels: dict) -> None:
    b = badge.document_badge(labels["acme/terms-of-service"])
    assert b.left == "terms label" and b.right.endswith(("finding", "findings"))


def test_badge_is_deterministic_and_self_contained(labels: dict) -> None:
    label = labels["acme/privacy-policy"]
    one, two = badge.svg(badge.document_badge(label)), badge.svg(badge.document_badge(label))
    assert one == two
    assert "http" not in one.replace("http://www.w3.org/2000/svg", "")  # no external font, image or link
    assert "@import" not in one and "href" not in one


def test_injected_vendor_stays_text_in_the_badge(labels: dict) -> None:
    b = badge.document_badge(labels["evil/privacy-policy"])
    text = badge.svg(b)
    root = _parse(text)  # well-formed despite quotes, tags and U+2028 in the vendor's strings
    assert {el.tag for el in root.iter()} == {SVG + n for n in ("svg", "title", "clipPath", "rect", "g", "text")}
    assert all(not name.startswith("on") for el in root.iter() for name in el.attrib)
    assert "<script>alert(1)</script>" in root.find(SVG + "title").text
    assert badge.xml_text("a\x00b\x1fc<") == "abc&lt;"
