"""The detector: every rule over one text (spec/consistency.md §5).

* ``contradiction``: from the statements the extractor reads (:mod:`statement_rules`);
* ``inconsistent-contact`` and the obfuscated-address ``empty-disclosure`` (:mod:`contacts`);
* ``inconsistent-date`` (:mod:`dates`);
* ``empty-section`` and ``empty-disclosure`` (:mod:`sections`).

Each rule is linear in the text (spec section 4a); the budgets of :mod:`findings` turn what is left into
notices (``Analysis.notices``).
"""

from __future__ import annotations

from policylabel.consistency.contacts import contacts
from policylabel.consistency.dates import dates
from policylabel.consistency.findings import SENTENCE_CHARS, Analysis, DetectedFinding, unit_location
from policylabel.consistency.sections import empty_sections
from policylabel.consistency.statement_rules import detect_statements, pairable_learned
from policylabel.evidence import SourceText
from policylabel.segment import Sentence, sentences
from policylabel.statements import Read, extract, with_learned


def learned_wanted(reads: list[Read]) -> frozenset[int]:
    """The starts of the units whose learned reading the detector may pair: the short plain ones
    (:func:`~policylabel.consistency.statement_rules.pairable_learned`)."""
    return frozenset(r.unit.span.start for r in reads if pairable_learned(r.unit.text))


def analyse(source: SourceText, units: list[Sentence] | None = None, kind: str | None = None,
            reads: list[Read] | None = None) -> Analysis:
    """All findings in ``source``, sorted by first location (then kind and key), and the budgets it met.
    ``kind`` limits the practices read to the document kind's; ``reads``: the extractor's reading of ``units``
    for ``kind``, when the caller has it already (it is the costly part), with what the learned weights read in
    the units :func:`learned_wanted` names."""
    if units is None:
        units = sentences(source)
    analysis = Analysis()
    for u in units:
        if len(u.text) > SENTENCE_CHARS:
            analysis.limit("long-sentence", f"a {u.kind} of {len(u.text):,} characters is read for statements up to "
                           f"its first {SENTENCE_CHARS:,} only", unit_location(source, u))
    if reads is None:
        reads = extract(source, units, kind)
        reads = with_learned(reads, kind, learned_wanted(reads))
    findings = (detect_statements(source, reads, analysis=analysis) + contacts(source, units, analysis)
                + dates(source, units, analysis) + empty_sections(source, units))
    unique = {f.key + "|" + f.message: f for f in findings}
    analysis.findings = sorted(unique.values(),
                               key=lambda f: (f.locations[0].span.start if f.locations else 0, f.kind, f.key))
    analysis.notices.sort(key=lambda f: (f.locations[0].span.start, f.kind, f.message))
    return analysis


def detect(source: SourceText, units: list[Sentence] | None = None, kind: str | None = None) -> list[DetectedFinding]:
    """The findings of :func:`analyse`."""
    return analyse(source, units, kind).findings
