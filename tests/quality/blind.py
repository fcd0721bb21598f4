"""Scores on the blind corpus (tests/data/draft-blind): statements per line, and detected contradictions."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from policylabel.evidence import SourceText
from policylabel.segment import sentences
from policylabel.statements import extract

CORPUS = Path(__file__).resolve().parents[1] / "data" / "draft-blind"


@dataclass
class LineScore:
    required: int = 0
    found: int = 0  # required pairs drafted
    drafted: int = 0  # pairs drafted on listed lines
    correct: int = 0  # drafted pairs that are required or acceptable
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.drafted if self.drafted else 1.0


def cases() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.txt"))


def expectation(case: str) -> dict:
    return json.loads((CORPUS / f"{case}.expect.json").read_text(encoding="utf-8"))


def source(case: str) -> SourceText:
    return SourceText((CORPUS / f"{case}.txt").read_text(encoding="utf-8"), f"{case}.txt")


def pairs_per_line(case: str) -> dict[int, set[str]]:
    """Drafted ``practice polarity`` pairs per line of one case."""
    src = source(case)
    kind = expectation(case)["kind"]
    out: dict[int, set[str]] = {}
    for read in extract(src, sentences(src), kind):
        for s in read.statements:
            out.setdefault(read.unit.span.line, set()).add(f"{s.practice} {s.polarity}")
    return out


def score_lines() -> LineScore:
    total = LineScore()
    for case in cases():
        exp = expectation(case)
        drafted = pairs_per_line(case)
        for line_s, wanted in exp["lines"].items():
            line = int(line_s)
            required = {w for w in wanted if not w.endswith("?")}
            acceptable = required | {w[:-1] for w in wanted if w.endswith("?")}
            got = drafted.get(line, set())
            total.required += len(required)
            total.found += len(required & got)
            total.drafted += len(got)
            total.correct += len(got & acceptable)
            total.misses += [f"{case}:{line}: {w}" for w in sorted(required - got)]
            total.extras += [f"{case}:{line}: {w}" for w in sorted(got - acceptable)]
    return total


@dataclass
class ContradictionScore:
    planted: int = 0
    found: int = 0
    traps: int = 0
    traps_reported: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score_contradictions(detect: Callable[[SourceText], list[set[int]]]) -> ContradictionScore:
    """``detect`` gives, for a text, the set of lines of each reported contradiction."""
    total = ContradictionScore()
    for case in cases():
        exp = expectation(case)
        reported = detect(source(case))
        for a, b in exp["contradictions"]:
            total.planted += 1
            if any({a, b} <= lines for lines in reported):
                total.found += 1
            else:
                total.misses.append(f"{case}: lines {a} and {b}")
        for a, b in exp["traps"]:
            total.traps += 1
            if any({a, b} <= lines for lines in reported):
                total.traps_reported.append(f"{case}: lines {a} and {b}")
    return total


def detector(src: SourceText) -> list[set[int]]:
    """The lines of every finding the detector reports (all rules)."""
    from policylabel.consistency.detector import detect

    kind = "terms-of-service" if "terms" in src.path else "privacy-policy"
    return [{loc.span.line for loc in f.locations} for f in detect(src, sentences(src), kind)]
