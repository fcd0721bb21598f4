"""`tox -e quality`: how well `draft` and the detector do, on the blind corpus, the curated seeds and corpora.

Prints a plain-text report and writes test-artifacts/quality.json. The floors are asserted by
tests/test_quality.py; this script only measures.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1] / "generators")]

from quality import blind, corpora, seeds, vendors  # noqa: E402


def _blind(corpus: Path, per_practice: dict[str, Counter[str]],
           line_causes: Counter[str], unpaired: Counter[str]) -> dict[str, dict[str, float | int]]:
    """The corpus's figures; its contradictions per practice are added to ``per_practice``, why its required
    pairs were missed to ``line_causes``, why its contradictions read as annotated were not paired to
    ``unpaired``."""
    lines = blind.score_lines(corpus)
    line_causes.update(blind.line_miss_causes(corpus))
    contra = blind.score_contradictions(blind.detector, corpus)
    causes = blind.miss_causes(contra, corpus)
    unpaired.update(blind.unpaired_causes(contra, corpus))
    for practice, counts in blind.by_practice(contra, corpus).items():
        per_practice.setdefault(practice, Counter()).update(counts)
    name = corpus.name
    return {
        f"{name}: practice+polarity per line": {"required": lines.required, "found": lines.found,
                                                "drafted": lines.drafted, "correct": lines.correct,
                                                "recall": round(lines.recall, 3),
                                                "precision": round(lines.precision, 3)},
        f"{name}: contradictions": {"planted": contra.planted, "found": contra.found,
                                    "recall": round(contra.recall, 3), "traps": contra.traps,
                                    "traps reported": len(contra.traps_reported),
                                    **{f"missed, {cause}": n for cause, n in causes.items()}},
    }


def _per_practice(group: str, counts: dict[str, Counter[str]]) -> dict[str, dict[str, float | int]]:
    """Contradictions found and traps reported per practice, over a group of corpora, most planted first."""
    order = sorted(counts, key=lambda p: (-counts[p]["planted"], p))
    return {f"{group}: contradictions about {p}": {
        "planted": counts[p]["planted"], "found": counts[p]["found"],
        "recall": round(counts[p]["found"] / counts[p]["planted"], 3) if counts[p]["planted"] else 1.0,
        "traps": counts[p]["traps"], "traps reported": counts[p]["traps reported"]} for p in order}


def measure() -> dict[str, dict[str, float | int]]:
    seed = seeds.score_seeds()
    found = vendors.score_vendor_findings(vendors.detector)
    old = corpora.score_corpora()
    tuning: dict[str, Counter[str]] = {}
    held_out: dict[str, Counter[str]] = {}
    causes = {"held-out corpora": Counter[str](), "tuning corpora": Counter[str]()}
    unpaired = {"held-out corpora": Counter[str](), "tuning corpora": Counter[str]()}
    per_corpus: dict[str, dict[str, float | int]] = {}
    for corpus in blind.CORPORA:
        group = "held-out corpora" if corpus in blind.HELD_OUT else "tuning corpora"
        per_corpus.update(_blind(corpus, held_out if group == "held-out corpora" else tuning, causes[group],
                                 unpaired[group]))
    return {
        **per_corpus,
        **{f"{group}: required pairs per line missed, by cause": dict(sorted(counts.items()))
           for group, counts in causes.items()},
        **{f"{group}: contradictions read as annotated and not paired, by cause": dict(sorted(counts.items()))
           for group, counts in unpaired.items()},
        **_per_practice("held-out corpora", held_out),
        **_per_practice("tuning corpora", tuning),
        "draft vs curated seeds": {"curated": seed.curated, "recovered": seed.recovered, "drafted": seed.drafted,
                                   "matching": seed.matching, "recall": round(seed.recall, 3),
                                   "precision": round(seed.precision, 3)},
        "detector vs curated vendor findings": {"curated": found.curated, "recovered": found.recovered,
                                                "recall": round(found.recall, 3)},
        "detector on the existing corpora": {"expected": old.expected, "found": old.found,
                                             "false alarms": old.false_alarms, "recall": round(old.recall, 3)},
    }


def main() -> int:
    results = measure()
    for name, figures in results.items():
        print(f"== {name}")
        for key, value in figures.items():
            print(f"   {key:24} {value}")
    out = HERE.parents[1] / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "quality.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
