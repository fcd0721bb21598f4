"""Draft against the curated seeds (vendors/): does `draft` recover what curators wrote?

A curated claim is recovered when a drafted claim has the same practice and polarity and evidence
overlapping one of its quotes; precision is the share of drafted claims that match a curated claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from policylabel.consistency import quotes
from policylabel.draft import propose
from policylabel.evidence import SourceText, Span
from policylabel.validate import discover, validate

VENDORS = Path(__file__).resolve().parents[2] / "vendors"


@dataclass
class SeedScore:
    curated: int = 0
    recovered: int = 0
    drafted: int = 0
    matching: int = 0
    per_document: list[tuple[str, int, int, int, int]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recovered / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        return self.matching / self.drafted if self.drafted else 1.0


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def score_seeds(vendors: Path = VENDORS) -> SeedScore:
    targets, _ = discover([vendors])
    result = validate(targets)
    total = SeedScore()
    for vendor in result.vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            matches, _ = quotes.locate_all(doc, source)
            curated = [(c.practice, c.polarity, [s for q in c.evidence for s in matches.get(q.pointer, ())])
                       for c in doc.claims]
            _, _, _, proposed = propose(source, doc.source_path, doc.kind)
            drafted = [(p.practice, p.polarity, [u.span for u in p.units]) for p in proposed]

            def same(c: tuple, d: tuple) -> bool:
                return c[0] == d[0] and c[1] == d[1] and any(_overlap(a, b) for a in c[2] for b in d[2])

            rec = sum(1 for c in curated if any(same(c, d) for d in drafted))
            mat = sum(1 for d in drafted if any(same(c, d) for c in curated))
            total.curated += len(curated)
            total.recovered += rec
            total.drafted += len(drafted)
            total.matching += mat
            total.per_document.append((f"{vendor.id}/{doc.id}", len(curated), rec, len(drafted), mat))
    return total
