"""Held-out evaluation of the contradiction detector.

The cases in ``tests/data/contradictions-heldout/`` were written blind (without reading the detector,
its spec or its tuning corpus). This test measures generalisation: it prints overall and per-kind
precision/recall plus per-case misses and false alarms, and asserts only a loose floor. Do not tune
the detector to these cases.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from policylabel.consistency.detector import detect
from policylabel.evidence import SourceText

CORPUS = Path(__file__).parent / "data" / "contradictions-heldout"
CASES = sorted(p.stem for p in CORPUS.glob("*.txt"))

PRECISION_FLOOR = 0.7
RECALL_FLOOR = 0.5


def _lines(finding) -> set[int]:
    return {loc.span.line for loc in finding.locations}


def _matches(finding, expected: dict) -> bool:
    return finding.kind == expected["kind"] and set(expected["lines"]) <= _lines(finding)


def _load(case: str) -> tuple[str, list[dict]]:
    text = (CORPUS / f"{case}.txt").read_text(encoding="utf-8")
    expected = json.loads((CORPUS / f"{case}.json").read_text(encoding="utf-8"))["expected"]
    return text, expected


def test_heldout_corpus_shape() -> None:
    assert len(CASES) >= 40
    for case in CASES:
        assert (CORPUS / f"{case}.json").exists(), case


def test_heldout_precision_recall() -> None:
    tp = fp = fn = 0
    kind_tp: Counter[str] = Counter()
    kind_total: Counter[str] = Counter()
    kind_fp: Counter[str] = Counter()
    report: list[str] = []
    for case in CASES:
        text, expected = _load(case)
        found = detect(SourceText(text, "<case>"), kind="privacy-policy")
        for e in expected:
            kind_total[e["kind"]] += 1
            if any(_matches(f, e) for f in found):
                tp += 1
                kind_tp[e["kind"]] += 1
            else:
                fn += 1
                report.append(f"  MISS        {case}: {e['kind']} lines {e['lines']}")
        for f in found:
            if not any(_matches(f, e) for e in expected):
                fp += 1
                kind_fp[f.kind] += 1
                report.append(f"  FALSE ALARM {case}: {f.kind} lines {sorted(_lines(f))}"
                              f" - {getattr(f, 'message', '')}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\nheld-out contradiction corpus: {len(CASES)} cases, tp={tp} fp={fp} fn={fn} "
          f"precision={precision:.3f} recall={recall:.3f}")
    for kind in sorted(set(kind_total) | set(kind_fp)):
        total = kind_total[kind]
        rec = f"{kind_tp[kind]}/{total} = {kind_tp[kind] / total:.2f}" if total else "n/a"
        print(f"  {kind:22s} recall {rec}  false alarms {kind_fp[kind]}")
    print("\n".join(report) if report else "  no misses, no false alarms")
    assert precision >= PRECISION_FLOOR, f"precision {precision:.3f} < {PRECISION_FLOOR}"
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f} < {RECALL_FLOOR}"
