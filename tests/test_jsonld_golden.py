"""Golden files: one vendor's JSON-LD and P3P, reviewed. Regenerate with POLICYLABEL_UPDATE_GOLDEN=1
(``tox -e update-golden``) and review the diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylabel import jsonld, p3p
from test_jsonld_support import UPDATE_GOLDEN, checked

VENDOR = "xajeet"
GOLDEN = Path(__file__).resolve().parent / "golden" / VENDOR


def outputs() -> dict[str, str]:
    vendors, reports = checked()
    vendor = next(v for v in vendors if v.id == VENDOR)
    mine = [r for r in reports if r.vendor.id == VENDOR]
    out = {"vendor.jsonld": jsonld.dumps(jsonld.vendor_graph(vendor, mine))}
    for r in mine:  # a document graph is written against the document's folder, a vendor graph the vendor's
        out[f"{r.document.id}.label.jsonld"] = jsonld.dumps(jsonld.document_graph(r))
        if r.document.kind == "privacy-policy":
            out[f"{r.document.id}.p3p.xml"] = p3p.policy_xml(r)
    return out


@pytest.mark.parametrize("name", sorted(outputs()))
def test_golden(name: str) -> None:
    text = outputs()[name]
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert path.is_file(), f"{path} missing: run with POLICYLABEL_UPDATE_GOLDEN=1 and review it"
    assert path.read_text(encoding="utf-8") == text, f"{name} changed: review, then POLICYLABEL_UPDATE_GOLDEN=1"
