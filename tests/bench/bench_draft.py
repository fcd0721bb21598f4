"""Benchmark of `policylabel draft` and the statement extractor on one 45 KB text (after start-up).

``run()`` returns a dict; tests/bench/run.py calls it. The goal: draft of a 45 KB text in under a second.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

from policylabel.draft import draft_document, to_yaml  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
from policylabel.segment import sentences  # noqa: E402
from policylabel.statements import extract  # noqa: E402
from policylabel.statements.lexicon import lexicon  # noqa: E402

TEXT = ROOT / "vendors" / "kajeet" / "terms-of-service.txt"  # 45 KB


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        lexicon().forget()  # a first reading: no unit's tokens remembered from the previous run
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def run() -> dict[str, float]:
    source = SourceText.from_file(TEXT)
    units = sentences(source)
    draft_document(source, TEXT, document="bench")  # warm: vocabulary, lexicon, segmenter
    best, median = _best(lambda: to_yaml(draft_document(SourceText.from_file(TEXT), TEXT, document="bench")))
    ext_best, _ = _best(lambda: extract(source, units, "terms-of-service"))
    # About 1 MB: 22 copies, each line numbered differently so that no unit repeats (repeats are read once).
    big = SourceText("".join(f"{i}-{n} {line}\n" for i in range(22)
                             for n, line in enumerate(source.text.splitlines())))
    big_units = sentences(big)
    lexicon().forget()
    t = time.perf_counter()
    extract(big, big_units, "terms-of-service")
    big_time = time.perf_counter() - t
    return {
        "text KB": round(len(source.text.encode("utf-8")) / 1024, 1),
        "draft of the 45 KB text, best s": round(best, 3),
        "draft of the 45 KB text, median s": round(median, 3),
        "statement extraction only, best s": round(ext_best, 3),
        "extraction of 1 MB (22 varied copies), s": round(big_time, 3),
        "extraction per byte, 1 MB vs 45 KB": round(big_time / (ext_best * 22), 2),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:45} {value}")
