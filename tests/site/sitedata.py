"""Checked reports for the site tests and the build benchmark: from vendor folders, and synthetic copies."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from policylabel.check import DocumentReport, check
from policylabel.diagnostics import Diagnostic
from policylabel.model import Vendor
from policylabel.validate import discover, validate

HERE = Path(__file__).resolve().parent
TEST_VENDORS = HERE / "data" / "vendors"
REPO = HERE.parent.parent
SEED_VENDORS = REPO / "vendors"


def load(*roots: Path) -> tuple[list[DocumentReport], list[Vendor], list[Diagnostic]]:
    """Validate and check vendor folders, as `policylabel build` does."""
    targets, diags = discover(list(roots))
    validation = validate(targets)
    result = check(validation)
    return result.reports, validation.vendors, diags + validation.diagnostics + result.diagnostics


def synthetic(reports: list[DocumentReport], count: int) -> tuple[list[DocumentReport], list[Vendor]]:
    """``count`` reports copied round-robin from ``reports`` under new vendor ids (``v0001``...).

    Copies share the seed's text and spans, so the build does the full work of rendering each one.
    """
    seeds = [r for r in reports if r.errors == 0 and r.source is not None]
    out: list[DocumentReport] = []
    vendors: dict[str, Vendor] = {}
    for i in range(count):
        seed = seeds[i % len(seeds)]
        vid = f"v{i // 2:04d}"  # two documents per vendor, so vendor pages have several
        vendor = vendors.get(vid) or dataclasses.replace(seed.vendor, id=vid, name=f"{seed.vendor.name} {i // 2}",
                                                         documents=())
        doc = dataclasses.replace(seed.document, vendor_id=vid, id=f"{seed.document.id}-{i}",
                                  findings=tuple(dataclasses.replace(f, related=()) for f in seed.document.findings))
        vendor = dataclasses.replace(vendor, documents=vendor.documents + (doc,))
        vendors[vid] = vendor
        out.append(dataclasses.replace(seed, vendor=vendor, document=doc))
    # Reports built before their vendor's last document was added point at an older Vendor: refresh them.
    out = [dataclasses.replace(r, vendor=vendors[r.document.vendor_id]) for r in out]
    return out, list(vendors.values())
