"""Second blind held-out evaluation of the contradiction detector.

The cases in ``tests/data/contradictions-heldout2/`` were written blind (without reading the
detector, its spec, its tuning corpus or the first held-out corpus). Matching reuses the helpers of
``test_contradictions_heldout`` (a finding matches an expected entry when the kinds agree and the
expected lines are a subset of the finding's lines). The test prints overall and per-kind
precision/recall plus per-case misses and false alarms for the new folder, and a pooled report over
both held-out folders; it asserts only a loose floor on the new folder. Do not tune the detector to
these cases.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from policylabel.consistency.detector import detect
from policylabel.evidence import SourceText
from test_contradictions_heldout import CORPUS as HELDOUT1
from test_contradictions_heldout import _lines, _matches

CORPUS = Path(__file__).parent / "data" / "contradictions-heldout2"
CASES = sorted(p.stem for p in CORPUS.glob("*.txt"))

PRECISION_FLOOR = 0.7
RECALL_FLOOR = 0.5


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.kind_tp: Counter[str] = Counter()
        self.kind_total: Counter[str] = Counter()
        self.kind_fp: Counter[str] = Counter()
        self.report: list[str] = []
        self.cases = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def render(self, title: str, details: bool = True) -> str:
        out = [f"\n{title}: {self.cases} cases, tp={self.tp} fp={self.fp} fn={self.fn} "
               f"precision={self.precision:.3f} recall={self.recall:.3f}"]
        for kind in sorted(set(self.kind_total) | set(self.kind_fp)):
            total = self.kind_total[kind]
            rec = (f"{self.kind_tp[kind]}/{total} = {self.kind_tp[kind] / total:.2f}"
                   if total else "n/a")
            out.append(f"  {kind:22s} recall {rec}  false alarms {self.kind_fp[kind]}")
        if details:
            out.append("\n".join(self.report) if self.report else "  no misses, no false alarms")
        return "\n".join(out)


def score_corpus(corpus: Path, score: Score | None = None) -> Score:
    score = score or Score()
    for txt in sorted(corpus.glob("*.txt")):
        case = txt.stem
        text = txt.read_text(encoding="utf-8")
        expected = json.loads((corpus / f"{case}.json").read_text(encoding="utf-8"))["expected"]
        found = detect(SourceText(text, "<case>"), kind="privacy-policy")
        score.cases += 1
        for e in expected:
            score.kind_total[e["kind"]] += 1
            if any(_matches(f, e) for f in found):
                score.tp += 1
                score.kind_tp[e["kind"]] += 1
            else:
                score.fn += 1
                score.report.append(f"  MISS        {corpus.name}/{case}: {e['kind']} lines {e['lines']}")
        for f in found:
            if not any(_matches(f, e) for e in expected):
                score.fp += 1
                score.kind_fp[f.kind] += 1
                score.report.append(f"  FALSE ALARM {corpus.name}/{case}: {f.kind} lines "
                                    f"{sorted(_lines(f))} - {getattr(f, 'message', '')}")
    return score


def test_heldout2_corpus_shape() -> None:
    assert len(CASES) >= 36
    for case in CASES:
        assert (CORPUS / f"{case}.json").exists(), case


def test_heldout2_precision_recall() -> None:
    score = score_corpus(CORPUS)
    print(score.render("second held-out contradiction corpus"))
    assert score.precision >= PRECISION_FLOOR, f"precision {score.precision:.3f} < {PRECISION_FLOOR}"
    assert score.recall >= RECALL_FLOOR, f"recall {score.recall:.3f} < {RECALL_FLOOR}"


def test_heldout_pooled_report() -> None:
    """Pooled figures over both held-out folders (report only; the floors are asserted per folder)."""
    pooled = score_corpus(CORPUS, score_corpus(HELDOUT1))
    print(pooled.render("pooled held-out corpora (heldout + heldout2)", details=False))
    assert pooled.cases >= len(CASES)
