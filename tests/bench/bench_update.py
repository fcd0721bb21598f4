"""Benchmark of `policylabel update` on the 45 KB seed document: re-anchoring alone and the whole command.

``run()`` returns a dict; tests/bench/run.py calls it. The edited text (sentences reworded, deleted, inserted,
a paragraph moved, lines re-wrapped) is made outside the timed part; the goal is under 1 s for the command.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()
sys.path.insert(0, str(ROOT / "tests"))

from editcorpus import Version, make_case, number_headings, read_seed  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
from policylabel.reanchor import reanchor  # noqa: E402
from policylabel.update import update  # noqa: E402

VENDOR = "kajeet"
DOCUMENT = "terms-of-service"


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run() -> dict[str, float]:
    source = ROOT / "vendors" / VENDOR / f"{DOCUMENT}.txt"
    old_text = source.read_text(encoding="utf-8")
    paragraphs = read_seed(source)
    number_headings(paragraphs)
    rng = random.Random(1)
    donors = [s.words for p in paragraphs for s in p.sentences if len(s.words) >= 6]
    case = make_case("bench", paragraphs, donors, rng, n_quotes=200, n_edits=12)
    old, new = SourceText(case.old), SourceText(case.new)
    figures: dict[str, float] = {"document_kb": round(len(old_text.encode()) / 1024, 1),
                                 "quotes": float(len(case.quotes))}
    figures["reanchor_s"] = round(_best(lambda: reanchor(old, new, case.quotes)), 4)
    # The whole command on the real vendor: validate, read, re-anchor, edit the YAML, write four files.
    with tempfile.TemporaryDirectory() as tmp:
        edited = Version(paragraphs).render()[0]  # the seed re-rendered: every line re-flowed into paragraphs
        new_file = Path(tmp) / "new.txt"
        new_file.write_text(edited + "One more sentence at the end.\n", encoding="utf-8")

        def once() -> None:
            folder = Path(tmp) / "v" / VENDOR
            if folder.exists():
                shutil.rmtree(folder)
            shutil.copytree(ROOT / "vendors" / VENDOR, folder)
            start, cpu = time.perf_counter(), time.process_time()
            outcome, diags = update(folder / f"{DOCUMENT}.yaml", new_file, "2026-01-01")
            once.elapsed = (time.perf_counter() - start, time.process_time() - cpu)  # type: ignore[attr-defined]
            assert outcome is not None, diags

        samples = []
        for _ in range(5):
            once()
            samples.append(once.elapsed)  # type: ignore[attr-defined]
        # Wall time, and the process's CPU time (the figure that does not depend on other load on the machine).
        figures["update_command_s"] = round(min(s[0] for s in samples), 4)
        figures["update_command_cpu_s"] = round(min(s[1] for s in samples), 4)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:30} {value}")
