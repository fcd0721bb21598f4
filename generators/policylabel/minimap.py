"""The minimap of a document's text, as data: one band per sentence, in reading order.

Each band says what the sentence does on the label: it backs a statement (its practice, grouped by the
label section that practice sits in), it is out of scope, or it is not yet reviewed; and whether a finding
cites it. One sweep over the sentences and the spans, both in text order: linear in their number.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple, cast

from policylabel.check import DocumentReport
from policylabel.evidence import python_class
from policylabel.label import Label
from policylabel.vocabulary import Vocabulary

BACKS, OUT_OF_SCOPE, UNREVIEWED, OTHER = "backs", "out-of-scope", "unreviewed", "other"


class Band(NamedTuple):  # a tuple: a document's minimap makes one per sentence, by the hundred
    kind: str  # BACKS, OUT_OF_SCOPE, UNREVIEWED or OTHER (covered only by a finding's quote)
    group: str | None  # for BACKS: the label section of the practice ("data", "rights"...)
    practice: str | None  # for BACKS: the practice label; for OUT_OF_SCOPE: the reason
    line: int
    target: str  # fragment id in the source view: the evidence span's anchor, else a bookmark
    finding: bool  # a finding quotes this sentence


@python_class  # its counts are a cached_property, kept in its __dict__, compiled or not
@dataclass(frozen=True)
class Minimap:
    bands: tuple[Band, ...]
    groups: tuple[tuple[str, str, int], ...]  # (section id, heading, bands) for the sections present

    def count(self, kind: str) -> int:
        return self._counts.get(kind, 0)

    @property
    def findings(self) -> int:
        return self._counts.get(None, 0)

    @cached_property
    def _counts(self) -> dict[str | None, int]:
        """Bands per kind, and (under None) bands a finding quotes: counted once, asked for several times."""
        counts: dict[str | None, int] = {}
        for b in self.bands:
            counts[b.kind] = counts.get(b.kind, 0) + 1
            if b.finding:
                counts[None] = counts.get(None, 0) + 1
        return counts

    @property
    def bookmarks(self) -> tuple[int, ...]:
        """Offsets of sentences with no evidence anchor of their own (the source view marks them)."""
        return tuple(int(b.target[1:]) for b in self.bands if b.target.startswith("t"))


def bookmark_id(offset: int) -> str:
    """The fragment id of a sentence start in the source view (``t120``)."""
    return f"t{offset}"


class _Sweep:
    """Ranges in text order; ``at(start, end)`` gives those overlapping [start, end) as the window moves on
    (the windows must come in order of start)."""

    def __init__(self, ranges: Iterable[tuple[int, int, object]]) -> None:
        self._ranges = sorted(((a, b, i, v) for i, (a, b, v) in enumerate(ranges)), key=lambda x: x[:3])
        self._next = 0
        self._active: list[tuple[int, int, int, object]] = []  # heap by end

    def at(self, start: int, end: int) -> list[tuple[int, int, object]]:
        ranges, active, i = self._ranges, self._active, self._next
        while i < len(ranges) and ranges[i][0] < end:
            a, b, k, v = ranges[i]
            heapq.heappush(active, (b, a, k, v))
            i += 1
        self._next = i
        while active and active[0][0] <= start:
            heapq.heappop(active)
        if not active:
            return []
        if len(active) == 1:  # most sentences: one range or none, nothing to order
            b, a, _, v = active[0]
            return [(a, b, v)] if a < end and b > start else []
        return [(a, b, v) for b, a, _, v in sorted(active, key=lambda x: x[2]) if a < end and b > start]


def _target_range(target: str) -> tuple[int, int]:
    a, _, b = target[1:].partition("-")
    return int(a), int(b)


_START = attrgetter("span.start")  # a sentence's start, got in C


def build_minimap(label: Label, vocab: Vocabulary) -> Minimap:
    """The minimap of a label's document."""
    report: DocumentReport = label.report
    practices = vocab.sets["practices"].terms
    reasons = vocab.sets["out-of-scope-reasons"].terms
    evidence: list[tuple[int, int, object]] = []
    for sec in label.sections:
        for st in sec.statements:
            section = str(practices[st.practice].extra.get("section", "general")) if st.practice in practices \
                else sec.id
            for q in st.quotes:
                if q.target and q.document is None:
                    evidence.append((*_target_range(q.target), (section, st.practice_label, q.target)))
    finding_ranges = [(*_target_range(q.target), None) for f in (*label.findings, *label.dismissed)
                      for q in f.quotes if q.target]
    regions = _Sweep((s.start, s.end, r) for r, s in report.out_of_scope)
    ev, fs = _Sweep(evidence), _Sweep(finding_ranges)
    unreviewed = {s.span.start for s in report.unreviewed}
    bands: list[Band] = []
    # A sweep answers a window the same whichever earlier windows it was asked for (they come in order of
    # start): the regions are looked up only for the sentences no statement backs, the findings' quotes only
    # when there are some.
    make = tuple.__new__  # Band's own __new__ is a Python function: this is its body, without the call
    for sentence in sorted(report.sentences, key=_START):
        a, b, line = sentence.span.start, sentence.span.end, sentence.span.line
        backing = ev.at(a, b)
        finding = bool(finding_ranges) and bool(fs.at(a, b))
        if a in unreviewed:
            bands.append(make(Band, (UNREVIEWED, None, None, line, f"t{a}", finding)))  # bookmark_id(a)
        elif backing:
            # The statement quoting most of the sentence names it; ties go to the earlier statement.
            best = backing[0] if len(backing) == 1 else max(backing, key=lambda x: min(x[1], b) - max(x[0], a))
            section, practice, target = cast("tuple[str, str, str]", best[2])
            bands.append(make(Band, (BACKS, section, practice, line, target, finding)))
        elif region := regions.at(a, b):
            reason = str(region[0][2])
            bands.append(make(Band, (OUT_OF_SCOPE, None, reasons[reason].label if reason in reasons else reason,
                                     line, f"t{a}", finding)))
        else:
            bands.append(make(Band, (OTHER, None, None, line, f"t{a}", finding)))
    present: dict[str, int] = {}
    for band in bands:
        if band.group:
            present[band.group] = present.get(band.group, 0) + 1
    groups = tuple((s.id, s.label, present[s.id]) for s in vocab.label_sections if s.id in present)
    return Minimap(tuple(bands), groups)
