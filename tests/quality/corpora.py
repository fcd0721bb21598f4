"""The detector on the existing contradiction corpora."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from policylabel.consistency.detector import detect
from policylabel.evidence import SourceText

DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = ("contradictions", "contradictions-heldout", "contradictions-heldout2", "contradictions-heldout3")


@dataclass
class CorpusScore:
    expected: int = 0
    found: int = 0
    false_alarms: int = 0
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def score_corpora() -> CorpusScore:
    total = CorpusScore()
    for corpus in CORPORA:
        for path in sorted((DATA / corpus).glob("*.txt")):
            source = SourceText(path.read_text(encoding="utf-8"), path.name)
            expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
            found = detect(source, None, "privacy-policy")

            def same(f: object, e: dict) -> bool:
                return f.kind == e["kind"] and set(e["lines"]) <= {loc.span.line for loc in f.locations}

            total.expected += len(expected)
            total.found += sum(1 for e in expected if any(same(f, e) for f in found))
            for f in found:
                if not any(same(f, e) for e in expected):
                    total.false_alarms += 1
                    total.alarms.append(f"{corpus}/{path.stem}: {f.key}")
    return total
