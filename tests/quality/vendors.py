"""The detector against the findings curated in vendors/ (contradiction, undercut-promise, inconsistent-contact).

A curated finding is recovered when the detector reports a finding whose every location overlaps one of the
curated finding's quotes (what `check` calls acknowledged).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from policylabel.consistency import quotes
from policylabel.consistency.findings import DetectedFinding
from policylabel.evidence import SourceText
from policylabel.validate import discover, validate

VENDORS = Path(__file__).resolve().parents[2] / "vendors"
KINDS = ("contradiction", "undercut-promise", "inconsistent-contact")


@dataclass
class FindingScore:
    curated: int = 0
    recovered: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recovered / self.curated if self.curated else 1.0


def score_vendor_findings(detect: Callable[[SourceText, str], list[DetectedFinding]],
                          vendors: Path = VENDORS) -> FindingScore:
    targets, _ = discover([vendors])
    result = validate(targets)
    total = FindingScore()
    for vendor in result.vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            matches, _ = quotes.locate_all(doc, source)
            found = detect(source, doc.kind)
            for f in doc.findings:
                if f.kind not in KINDS:
                    continue
                spans = [s for q in f.evidence for s in matches.get(q.pointer, ())]
                total.curated += 1
                if any(all(any(loc.span.start < s.end and s.start < loc.span.end for s in spans)
                           for loc in d.locations) for d in found):
                    total.recovered += 1
                else:
                    total.missed.append(f"{vendor.id}/{doc.id}: {f.kind}: {f.message[:90]}")
    return total


def detector(source: SourceText, kind: str) -> list[DetectedFinding]:
    from policylabel.consistency.detector import detect

    return detect(source, None, kind)
