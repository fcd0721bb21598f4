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


def features(lemmas: list[str], kind: str | None, heading: list[str] | tuple[str, ...] = (),
             pair_firsts: frozenset[str] | None = None) -> list[str]:
    """A unit's features, in the order its words come, each once; then the document kind and the words of the
    heading it stands under ("^" before each). With ``pair_firsts``, only the pairs opening with one of those
    words (the others have no weight: the same sums, without building them)."""
    words = [w.lower() for w in lemmas if w.isalpha()]
    out = [*words, *(f"{a} {b}" for a, b in pairwise(words) if pair_firsts is None or a in pair_firsts)]
    if kind is not None:
        out.append(f"__{kind}")
    out += [f"^{w.lower()}" for w in heading if w.isalpha()]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _weights() -> tuple[tuple[tuple[str, str], ...], tuple[float, ...], dict[str, tuple[tuple[int, float], ...]],
                        frozenset[str]]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    labels = tuple((p, pol) for p, pol in (label.split() for label in data["labels"]))
    weights = {f: tuple((int(i), float(w)) for i, w in entries) for f, entries in data["weights"].items()}
    firsts = frozenset(f.split(" ", 1)[0] for f in weights if " " in f)  # words that open a weighted pair
    return labels, tuple(data["bias"]), weights, firsts


def learned(lemmas: list[str], kind: str | None, heading: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The (practice, polarity) pairs the unit's words state with a probability of at least ``THRESHOLD``,
    most likely first."""
    labels, bias, weights, firsts = _weights()
    scores = list(bias)
    for feature in features(lemmas, kind, heading, firsts):
        for label, weight in weights.get(feature, ()):
            scores[label] += weight
    ranked = sorted(((s, i) for i, s in enumerate(scores) if s >= _LOGIT), key=lambda x: (-x[0], x[1]))
    return [labels[i] for _s, i in ranked]
