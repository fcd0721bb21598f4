"""Benchmark: JSON-LD export of 1,000 documents, synthesised by repeating the seed reports.

``run()`` is called by tests/bench/run.py; it returns the figures. Run alone with
``PYTHONPATH=generators python tests/bench/bench_export.py``.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

from policylabel import export  # noqa: E402
from policylabel.check import DocumentReport  # noqa: E402

N_DOCS = 1000
PER_VENDOR = 5  # documents per synthetic vendor


def synthesise(seed: list[DocumentReport], n: int = N_DOCS) -> list[DocumentReport]:
    """``n`` reports: the seed reports repeated under new vendor and document ids (distinct IRIs)."""
    out: list[DocumentReport] = []
    i = 0
    while len(out) < n:
        r = seed[i % len(seed)]
        vid = f"v{len(out) // PER_VENDOR:04d}"
        doc = dataclasses.replace(r.document, vendor_id=vid, id=f"{r.document.id}-{i:04d}")
        vendor = dataclasses.replace(r.vendor, id=vid, documents=(doc,))
        out.append(dataclasses.replace(r, vendor=vendor, document=doc))
        i += 1
    return out


def run() -> dict[str, float]:
    _, seed, _ = export.load_reports([REPO / "vendors"])
    reports = synthesise(sorted(seed, key=lambda r: r.document.ref))
    figures: dict[str, float] = {"documents": float(len(reports))}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("jsonld", "nquads", "p3p"):
            t0 = time.perf_counter()
            export.export(reports, fmt, Path(tmp) / fmt)
            elapsed = time.perf_counter() - t0
            figures[f"export_{fmt}_1000_docs_s"] = round(elapsed, 3)
            if fmt == "jsonld":
                figures["export_1000_docs_s"] = round(elapsed, 3)
                figures["docs_per_s"] = round(len(reports) / elapsed, 1)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
