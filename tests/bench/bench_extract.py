"""Benchmark of the statement extractor and the detector: CPU time per document, after start-up.

Every text of vendors/ is segmented once (outside the timed part), then read by ``extract`` for its kind, and
its reading given to the detector (``analyse``), as ``check`` does. Process time, best of several runs: the
machine may be shared, and process time is what other load changes least. Each run reads the texts afresh
(``forget``), as a first reading would.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

from policylabel.consistency.detector import analyse  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
from policylabel.segment import Sentence, sentences  # noqa: E402
from policylabel.statements import extract  # noqa: E402
from policylabel.statements.lexicon import lexicon  # noqa: E402
from policylabel.validate import discover, validate  # noqa: E402

RUNS = 7
LARGEST = ("kajeet", "terms-of-service")  # the 45 KB text of bench_check


def _best_ms(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        lexicon().forget()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return round(1000 * best, 2)


def run() -> dict[str, float]:
    targets, _ = discover([ROOT / "vendors"])
    validation = validate(targets)
    docs: list[tuple[str, str, SourceText, list[Sentence]]] = []
    for vendor in validation.vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            docs.append((f"{vendor.id}/{doc.id}", doc.kind, source, sentences(source)))
    extract(docs[0][2], docs[0][3], docs[0][1])  # start-up: the lexicon is built once per process
    reads = {name: extract(source, units, kind) for name, kind, source, units in docs}
    n = len(docs)
    figures = {"documents": n,
               "extract_ms_per_document": round(_best_ms(
                   lambda: [extract(source, units, kind) for _n, kind, source, units in docs]) / n, 2),
               "detector_ms_per_document": round(_best_ms(
                   lambda: [analyse(source, units, kind, reads[name]) for name, kind, source, units in docs]) / n, 2)}
    name, kind, source, units = next(d for d in docs if d[0] == "/".join(LARGEST))
    figures["largest_bytes"] = len(source.text.encode("utf-8"))
    figures["largest_extract_ms"] = _best_ms(lambda: extract(source, units, kind))
    figures["largest_detector_ms"] = _best_ms(lambda: analyse(source, units, kind, reads[name]))
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
