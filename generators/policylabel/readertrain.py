"""The word weights of :mod:`policylabel.statements.learned`, kept in the repository as
``schemas/reader-weights.json``.

Regenerate with::

    python -m policylabel.readertrain tests/data [LAST]

One logistic regression per practice+polarity (scikit-learn, needed only to regenerate: the ``train`` extra)
over the features of every line of the blind corpora in ``TUNING`` (or ``draft-blind`` to
``draft-blind<LAST>``; the held-out corpora are never read), a line's required practice+polarity pairs as its labels;
headings, which state nothing, are left out. Kept: pairs required on at least ``MIN_LINES`` lines; features
found in at least ``MIN_CORPORA`` corpora (no name of a business a corpus invents); weights rounded to three
decimals, those under ``MIN_WEIGHT`` dropped. Run-time code and tests read only the committed file.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from policylabel.evidence import SourceText
from policylabel.segment import sentences
from policylabel.statements.learned import WEIGHTS, features
from policylabel.statements.lexicon import lexicon

# The corpora the weights learn from, and the code was tuned on: draft-blind to draft-blind36, draft-blind46 to
# draft-blind71, draft-blind73 to draft-blind77 and draft-blind79 to draft-blind83 (each after its blind run); the
# held-out corpora, draft-blind37 to draft-blind45, draft-blind72, draft-blind78 and draft-blind84 onwards, are never
# read. (Weights differ between scikit-learn releases: the committed file was made with 1.9.1.)
TUNING: tuple[int, ...] = (*range(1, 37), *range(46, 72), *range(73, 78), *range(79, 84))
MIN_LINES = 10
MIN_CORPORA = 3
MIN_WEIGHT = 0.05
C = 1.0  # inverse regularisation strength


def corpus_dir(data: Path, n: int) -> Path:
    """The folder of the ``n``-th blind corpus under ``data``."""
    return data / f"draft-blind{n if n > 1 else ''}"


def _lines(data: Path, numbers: tuple[int, ...]) -> list[tuple[int, list[str], list[str]]]:
    """(corpus number, features, required pairs) of every line that is no heading."""
    lex = lexicon()
    out = []
    for n in numbers:
        corpus = corpus_dir(data, n)
        for key in sorted(corpus.glob("*.expect.json")):
            case = key.name.removesuffix(".expect.json")
            exp = json.loads(key.read_text(encoding="utf-8"))
            src = SourceText((corpus / f"{case}.txt").read_text(encoding="utf-8"), f"{case}.txt")
            by_line: dict[int, list[str]] = defaultdict(list)
            under: dict[int, list[str]] = {}  # the lemmas of the heading each line stands under
            heading: list[str] = []
            headings = set()
            for unit in sentences(src):
                if unit.kind == "heading":
                    headings.add(unit.span.line)
                    heading = lex.front(unit.text)[1]
                    continue
                by_line[unit.span.line] += lex.front(unit.text)[1]
                under.setdefault(unit.span.line, heading)
            for line, lemmas in sorted(by_line.items()):
                if line in headings:
                    continue
                wanted = exp["lines"].get(str(line), [])
                out.append((n, features(lemmas, exp["kind"], under[line]),
                            [w for w in wanted if not w.endswith("?")]))
    return out


def train(data: Path, numbers: tuple[int, ...] = TUNING) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lines = _lines(data, numbers)
    corpora: dict[str, set[int]] = defaultdict(set)
    for n, feats, _ in lines:
        for f in feats:
            corpora[f].add(n)
    kept = {f for f, ns in corpora.items() if len(ns) >= MIN_CORPORA}
    counts: dict[str, int] = defaultdict(int)
    for _, _, wanted in lines:
        for w in wanted:
            counts[w] += 1
    labels = sorted(w for w, k in counts.items() if k >= MIN_LINES)
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats if f in kept} for _, feats, _ in lines]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # (liblinear's index width)
    names = vec.get_feature_names_out()
    bias: list[float] = []
    weights: dict[str, list[list[float]]] = defaultdict(list)
    for i, label in enumerate(labels):
        y = [label in wanted for _, _, wanted in lines]
        model = LogisticRegression(C=C, l1_ratio=1.0, solver="liblinear", max_iter=5000, random_state=0).fit(x, y)
        bias.append(round(float(model.intercept_[0]), 3))
        for name, w in zip(names, model.coef_[0], strict=True):
            if abs(w) >= MIN_WEIGHT:
                weights[str(name)].append([i, round(float(w), 3)])
    return {"labels": labels, "bias": bias, "weights": dict(sorted(weights.items()))}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = train(Path(argv[0]), tuple(range(1, int(argv[1]) + 1)) if len(argv) > 1 else TUNING)
    WEIGHTS.write_text(json.dumps(out, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{WEIGHTS}: {len(out['labels'])} practice+polarity pairs, {len(out['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
