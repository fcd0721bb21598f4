"""The learned weights: what they read beside the rules, that their fast path sums what the full features do,
that the detector pairs no affirmation only they read against a denial that is not absolute, and that the
committed weights name nothing of one corpus."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from policylabel.consistency.statement_rules import detect_statements
from policylabel.evidence import SourceText
from policylabel.readertrain import TUNING, corpus_dir
from policylabel.segment import sentences
from policylabel.statements import Read, extract, lexicon, practices_for, read_text
from policylabel.statements.learned import THRESHOLD, WEIGHTS, features, learned

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(("heading", "line", "expected"), [
    ("What we collect", "Your shoe size and preferred running distance, so the right kit can be set aside.",
     ("collection", "affirmed")),
    ("International transfers", "Backups are copied each night to a server in Frankfurt.",
     ("international-transfer", "affirmed")),
])
def test_the_weights_read_what_the_rules_do_not(heading: str, line: str, expected: tuple[str, str]) -> None:
    text = f"{heading}\n{line}\n"
    assert read_text(text, "privacy-policy") == []  # the rules read nothing here
    found = read_text(text, "privacy-policy", learned=True)
    assert [(s.practice, s.polarity) for s in found] == [expected]
    st = found[0]
    assert st.learned and st.cue == "" and text[st.start:st.end] == line


def _reference(lemmas: list[str], kind: str, heading: list[str]) -> list[tuple[str, str]]:
    """The pairs a unit states, summing the weight of every feature of :func:`features` in its order."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    scores = list(data["bias"])
    for feature in features(lemmas, kind, heading):
        for i, w in data["weights"].get(feature, ()):
            scores[i] += w
    logit = math.log(THRESHOLD / (1 - THRESHOLD))
    ranked = sorted(((s, i) for i, s in enumerate(scores) if s >= logit), key=lambda x: (-x[0], x[1]))
    return [(p, pol) for p, pol in (data["labels"][i].split() for _s, i in ranked)]


def test_the_fast_path_sums_every_feature() -> None:
    lex = lexicon()
    text = (DATA / "draft-blind2").glob("*.txt")
    units = [u.text for path in sorted(text)[:3] for u in sentences(SourceText(path.read_text(encoding="utf-8"), "t"))]
    checked = 0
    for kind in ("privacy-policy", "terms-of-service"):
        for heading in ([], lex.front("What we collect and why")[1]):
            for unit in units:
                lemmas = lex.front(unit)[1]
                assert learned(lemmas, kind, heading) == _reference(lemmas, kind, heading), unit
                checked += bool(learned(lemmas, kind, heading))
    assert checked > 10  # the weights state something on many of them


def test_the_detector_pairs_no_learned_affirmation_with_a_plain_denial() -> None:
    text = ("What we share\nWe never share your email address with advertisers.\nOther things you should know\n"
            "Your email address is passed to advertisers who buy space in our newsletter.\n")
    src = SourceText(text, "t")
    reads = extract(src, sentences(src), "privacy-policy")
    assert len(detect_statements(src, reads)) == 1
    marked = [Read(r.unit, tuple(replace(s, learned=True) for s in r.statements), r.offers)
              if r.unit.span.line == 4 else r for r in reads]
    assert detect_statements(src, marked) == []


def test_the_weights_name_vocabulary_pairs_and_words_of_several_corpora() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    vocabulary = set(practices_for("privacy-policy") or ()) | set(practices_for("terms-of-service") or ())
    assert len(data["bias"]) == len(data["labels"])
    for label in data["labels"]:
        practice, polarity = label.split()
        assert practice in vocabulary and polarity in ("affirmed", "denied")
    kinds = {"__privacy-policy", "__terms-of-service"}
    for feature in data["weights"]:
        words = feature.removeprefix("^").split(" ")  # (a heading's word: "^collect")
        assert feature in kinds or all(w.isalpha() and w == w.lower() for w in words), feature
    # Every weighted word occurs in at least three of the corpora the weights come from: no invented name.
    lex = lexicon()
    seen: dict[str, set[int]] = {}
    for n in TUNING:
        corpus = corpus_dir(DATA, n)
        for path in corpus.glob("*.txt"):
            for unit in sentences(SourceText(path.read_text(encoding="utf-8"), "t")):
                for w in lex.front(unit.text)[1]:
                    seen.setdefault(w.lower(), set()).add(n)
    words = {w for f in data["weights"] if f not in kinds for w in f.removeprefix("^").split(" ")}
    assert all(len(seen.get(w, ())) >= 3 for w in words)
