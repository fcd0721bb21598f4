"""Shared helpers for the JSON-LD/P3P/export tests (no tests here): reports, an offline pyld loader."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from policylabel import jsonld, paths
from policylabel.check import DocumentReport
from policylabel.export import load_reports
from policylabel.model import Vendor

REPO = Path(__file__).resolve().parent.parent
VENDORS = REPO / "vendors"
UPDATE_GOLDEN = os.environ.get("POLICYLABEL_UPDATE_GOLDEN") == "1"

# Every context URL our outputs may reference -> the file in the repository that serves it.
LOCAL_CONTEXTS: dict[str, Path] = {jsonld.context_url(): paths.CONTEXT}


@lru_cache(maxsize=1)
def checked() -> tuple[tuple[Vendor, ...], tuple[DocumentReport, ...]]:
    """Every seed vendor, validated and checked once per test session."""
    vendors, reports, _ = load_reports([VENDORS])
    return tuple(vendors), tuple(sorted(reports, key=lambda r: r.document.ref))


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that serves only files of the repository; anything else is an error."""
    path = LOCAL_CONTEXTS.get(url)
    if path is None:
        raise AssertionError(f"the test loader has no local copy of {url}; no network access is allowed")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": json.loads(path.read_text(encoding="utf-8"))}


def all_graphs() -> list[tuple[str, dict[str, Any]]]:
    """(name, graph) for every document, every vendor and the catalogue."""
    vendors, reports = checked()
    out = [(r.document.ref, jsonld.document_graph(r)) for r in reports]
    out += [(f"vendor {v.id}", jsonld.vendor_graph(v, list(reports))) for v in vendors]
    out.append(("catalogue", jsonld.catalogue_graph(list(vendors), list(reports))))
    return out
