"""Benchmark of `policylabel check`: 1, 100 and 1,000 documents, and one 45 KB document after start-up.

``run()`` returns a dict; tests/bench/run.py calls it. Copying (synthesising documents from the seed vendors
under new ids) happens outside the timed part.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

from policylabel.check import check  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
from policylabel.statements.lexicon import lexicon  # noqa: E402
from policylabel.validate import discover, validate  # noqa: E402

SEED_VENDORS = ["kajeet", "kandji", "ujet", "xajeet"]


def _synthesise(dest: Path, n_docs: int) -> None:
    """Exactly ``n_docs`` documents: whole seed vendor folders copied under new vendor ids, cycling."""
    sizes = {v: len([y for y in (ROOT / "vendors" / v).glob("*.yaml") if y.name != "vendor.yaml"])
             for v in SEED_VENDORS}
    made, i = 0, 0
    while made < n_docs:
        fitting = [v for v in SEED_VENDORS if sizes[v] <= n_docs - made]
        vendor = fitting[i % len(fitting)]
        new_id = f"{vendor}-{i:04d}"
        shutil.copytree(ROOT / "vendors" / vendor, dest / new_id)
        vfile = dest / new_id / "vendor.yaml"
        vfile.chmod(0o644)
        vfile.write_text(re.sub(r"(?m)^id: .*$", f"id: {new_id}", vfile.read_text(encoding="utf-8"), count=1),
                         encoding="utf-8")
        made += sizes[vendor]
        i += 1


def _time_check(n_docs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _synthesise(root, n_docs)
        targets, _ = discover([root])
        t0 = time.perf_counter()
        validation = validate(targets)
        t1 = time.perf_counter()
        result = check(validation)
        t2 = time.perf_counter()
        docs = len(result.reports)
        errors = sum(1 for d in result.diagnostics if d.is_error)
    return {"documents": docs, "errors": errors, "validate_s": round(t1 - t0, 4), "check_s": round(t2 - t1, 4),
            "total_s": round(t2 - t0, 4), "ms_per_document": round(1000 * (t2 - t0) / max(docs, 1), 2),
            "check_ms_per_document": round(1000 * (t2 - t1) / max(docs, 1), 2)}


def _single_document() -> dict[str, float]:
    """kajeet terms of service: normalise + index once, then every quote located (after start-up)."""
    folder = ROOT / "vendors" / "kajeet"
    targets, _ = discover([folder / "terms-of-service.yaml"])
    validation = validate(targets)
    doc = next(d for v in validation.vendors for d in v.documents if d.id == "terms-of-service")
    quotes = [q.text for q in doc.quotes()]
    text = doc.source_path.read_text(encoding="utf-8")
    SourceText("warm up").locate("warm")  # start-up: imports and compiled patterns
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        source = SourceText(text)
        for q in quotes:
            source.locate(q)
        best = min(best, time.perf_counter() - t0)
    best_check = best_cpu = float("inf")
    for _ in range(5):
        lexicon().forget()  # a first reading: no unit's tokens remembered from the previous run
        t0, c0 = time.perf_counter(), time.process_time()
        check(validation)
        best_check = min(best_check, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)  # what other load on a shared machine changes least
    return {"bytes": len(text.encode("utf-8")), "quotes": len(quotes), "locate_all_ms": round(1000 * best, 2),
            "full_check_of_vendor_ms": round(1000 * best_check, 2),
            "full_check_of_vendor_cpu_ms": round(1000 * best_cpu, 2)}


def run() -> dict:
    sizes = {str(n): _time_check(n) for n in (1, 100, 1000)}
    return {"check": sizes, "single_45kb_document": _single_document()}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
