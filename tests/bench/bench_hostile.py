"""Benchmark of `policylabel scan` on 1 MB of each hostile text family, next to 1 MB of real policy text.

The families are those of issue 13 (rows 1-5) and the shapes the linear-growth property test draws from
(long tokens, punctuation and hyphen runs, one long line). For each: CPU seconds of ``scan()`` (read,
segment, the statement extractor and every detector rule) and of the detector alone on segmented text
(``detector.analyse``), and the ratio of each to the real text's (goal: no family above 3).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

from policylabel.consistency.detector import analyse  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
from policylabel.scan import scan  # noqa: E402
from policylabel.segment import sentences  # noqa: E402

SIZE = 1_000_000


def _fill(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def families() -> dict[str, str]:
    """Name -> 1 MB of text (a whole number of repeats of each family's unit, cut to 1 MB)."""
    real = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "vendors").glob("*/*.txt")))
    return {
        "real policy text": _fill(real + "\n"),
        "row 1: without your ... x": _fill("We do not share your data without " + "your " * 30 + "x.\n"),
        "row 2: collected a-a-...!": _fill("Your data is collected " + "a-" * 60 + "a!\n"),
        "row 3: we share marketing (line)": _fill("we share marketing " * 500 + "\n"),
        "row 4: denials and affirmations": _fill("We do not sell your personal information.\n"
                                                 "We sell your personal information to advertisers.\n"),
        "row 5: | a*200,000 @": _fill("|" + "a" * 200_000 + " @\n"),
        "row 5: | a*20,000 @ lines": _fill("|" + "a" * 20_000 + " @\n"),
        "row 5: \"we\" a-a-... lines": _fill('"we" ' + "a-" * 2_000 + "a\n"),
        "one long token": _fill("x"),
        "punctuation run": _fill("!"),
        "hyphen run": _fill("-"),
        "repeated word, one line": _fill("share "),
        "policy words, one line": _fill("we do not sell or share your personal information with third parties "),
    }


def _cpu(text: str, folder: Path) -> tuple[float, float]:
    """CPU seconds of ``scan`` on ``text`` as a file, and of the detector alone. CPU, not wall time: the
    analysis is single-threaded, and CPU time is what other processes on the machine do not change."""
    path = folder / "bench.txt"
    path.write_text(text, encoding="utf-8")
    t0 = time.process_time()
    scan(path)
    t1 = time.process_time()
    source = SourceText(text, "bench.txt")
    analyse(source, sentences(source))
    return t1 - t0, time.process_time() - t1


def run() -> dict[str, float]:
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _cpu("We do not sell your data.\nWe sell your data to advertisers.\n", folder)  # imports, untimed
        base: tuple[float, float] | None = None
        for name, text in families().items():
            scan_s, rules_s = _cpu(text, folder)
            if base is None:
                base = (scan_s, rules_s)
            out[f"{name}: scan CPU s per MB"] = round(scan_s * SIZE / len(text), 3)
            out[f"{name}: scan x real"] = round(scan_s / base[0], 2)
            out[f"{name}: detector x real"] = round(rules_s / base[1], 2)
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:55} {value}")
