"""Benchmark of `policylabel scan` on 1 MB of each hostile text family, next to 1 MB of real policy text.

The families are those of issue 13 (rows 1-5) and the shapes the linear-growth property test draws from
(long tokens, punctuation and hyphen runs, one long line). ``run()`` returns seconds per family and the
ratio of each family's time per byte to the real text's (goal: no family above 3).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generators"))

from policylabel.consistency.contradictions import analyse  # noqa: E402
from policylabel.evidence import SourceText  # noqa: E402
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


def _time(text: str) -> float:
    source = SourceText(text, "bench.txt")
    t0 = time.perf_counter()
    analyse(source, sentences(source))
    return time.perf_counter() - t0


def run() -> dict[str, float]:
    out: dict[str, float] = {}
    base = None
    for name, text in families().items():
        seconds = _time(text)
        if base is None:
            base = seconds
        out[f"{name}: s per MB"] = round(seconds * SIZE / len(text), 3)
        out[f"{name}: x real"] = round(seconds / base, 2)
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:50} {value}")
