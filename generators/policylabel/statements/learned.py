"""Practices read from a unit's words by weights learned from annotated text (``schemas/reader-weights.json``,
made by :mod:`policylabel.readertrain`), for what the rules do not read.

A unit's features are its words and pairs of adjacent words (lemmas, lower case, letters only), the
document kind and the words of the heading it stands under; each practice+polarity has a weight per feature and a bias, and is stated when their sum
reaches the logit of ``THRESHOLD``. Features are summed in the order the unit's words come (floating-point
sums in one order: the same result on every run). Linear in the length of the unit.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import pairwise
from typing import Final

from policylabel import paths

WEIGHTS: Final = paths.SCHEMAS / "reader-weights.json"
# The probability a practice must reach to be stated: the best F1 per line on the seventy-ninth to eighty-third
# corpora with weights learned from the other tuning corpora (0.852 at 0.8, 0.861 at 0.6, 0.867 at 0.5, 0.867 at 0.4).
THRESHOLD: Final = 0.5
_LOGIT: Final = math.log(THRESHOLD / (1 - THRESHOLD))


def features(lemmas: list[str], kind: str | None, heading: list[str] | tuple[str, ...] = ()) -> list[str]:
    """A unit's features, in the order its words come, each once; then the document kind and the words of the
    heading it stands under ("^" before each)."""
    words = [w.lower() for w in lemmas if w.isalpha()]
    out = [*words, *(f"{a} {b}" for a, b in pairwise(words))]
    if kind is not None:
        out.append(f"__{kind}")
    out += [f"^{w.lower()}" for w in heading if w.isalpha()]
    return list(dict.fromkeys(out))


Weights = tuple[tuple[int, float], ...]


@lru_cache(maxsize=1)
def _weights() -> tuple[tuple[tuple[str, str], ...], tuple[float, ...], dict[str, Weights],
                        dict[str, dict[str, Weights]]]:
    """The labels, the biases, the weights of single features and those of pairs of words by their first word
    (a pair is looked up without building its name)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    labels = tuple((p, pol) for p, pol in (label.split() for label in data["labels"]))
    weights = {f: tuple((int(i), float(w)) for i, w in entries) for f, entries in data["weights"].items()}
    pairs: dict[str, dict[str, Weights]] = {}
    for f, entries in weights.items():
        if " " in f:
            first, second = f.split(" ", 1)
            pairs.setdefault(first, {})[second] = entries
    return labels, tuple(data["bias"]), {f: e for f, e in weights.items() if " " not in f}, pairs


def learned(lemmas: list[str], kind: str | None, heading: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The (practice, polarity) pairs the unit's words state with a probability of at least ``THRESHOLD``,
    most likely first. The features of :func:`features` are summed in its order, each once."""
    labels, bias, singles, pairs = _weights()
    scores = list(bias)
    words = [w.lower() for w in lemmas if w.isalpha()]
    seen: set[str] = set()
    for w in words:
        if w not in seen:
            seen.add(w)
            for label, weight in singles.get(w, ()):
                scores[label] += weight
    seen_pairs: set[tuple[str, str]] = set()
    for a, b in pairwise(words):
        after = pairs.get(a)
        if after is not None:
            entries = after.get(b)
            if entries is not None and (a, b) not in seen_pairs:
                seen_pairs.add((a, b))
                for label, weight in entries:
                    scores[label] += weight
    extra = ([f"__{kind}"] if kind is not None else []) + [f"^{w.lower()}" for w in heading if w.isalpha()]
    for feature in dict.fromkeys(extra):
        for label, weight in singles.get(feature, ()):
            scores[label] += weight
    ranked = sorted(((s, i) for i, s in enumerate(scores) if s >= _LOGIT), key=lambda x: (-x[0], x[1]))
    return [labels[i] for _s, i in ranked]
