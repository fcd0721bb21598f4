"""Contradictions between statements (see spec/consistency.md, "Statement rules").

Statements come from the one extractor (:mod:`policylabel.statements`); they are compared through the
vocabulary's hierarchies (``broader``), never through word lists of their own:

* a practice denied and the same or a narrower practice affirmed, for related data, recipients and purposes
  (or, outside data practices, the same object words: "setup fee", "gem purchases");
* two different periods for keeping or deleting the same thing, or two different minimum ages;
* an opt-out offered for a practice denied.

Precision first: only the first party's own, unqualified statements are compared (a denial with an exception
or a condition is never compared; a conditional affirmation only against an absolute denial such as "never"
or "under any circumstances"); definitions, described rights and de-identified data are left alone.
Statements are paired only inside buckets keyed by the practice's root and the data's root, with a budget
of comparisons, so the cost stays linear in the number of statements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from policylabel.consistency.contradictions import DetectedFinding, Location
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.reader import DATA_VERBS
from policylabel.vocabulary import Vocabulary, load_vocabulary

MAX_COMPARISONS = 20_000  # per document: a budget, not the mechanism that keeps the cost linear
MAX_PER_BUCKET = 400  # statements of one polarity kept per bucket
_NOT_COMPARED = frozenset({"data-subject-right", "exercising-rights", "scope", "contact", "complaint",
                           "legal-basis", "controller-role", "third-party-services", "other-term",
                           "acceptable-use", "policy-change", "security"})
_STORAGE = frozenset({"retention", "deletion"})
_GENERIC_OBJECTS = frozenset({"day", "days", "month", "year", "week", "hour", "time", "service", "services",
                              "information", "data", "personal", "site", "app", "terms", "account", "use"})
_REGIONAL = frozenset({"eea", "eu", "europe", "european", "uk", "california", "country", "countries",
                       "jurisdiction", "jurisdictions", "region", "state", "states", "local", "law", "laws",
                       "where"})
_DEFAULT_DATA = ("personal-information",)


@dataclass(frozen=True)
class _Item:
    statement: Statement
    line: int
    quote_span: tuple[int, int]


def _data(vocab: Vocabulary, s: Statement) -> tuple[str, ...]:
    return s.data or (_DEFAULT_DATA if s.practice in DATA_VERBS else ())


def _related_any(vocab: Vocabulary, set_name: str, a: Iterable[str], b: Iterable[str]) -> bool:
    return any(vocab.related(set_name, x, y) for x in a for y in b)


def _narrower_any(vocab: Vocabulary, set_name: str, narrow: Iterable[str], broad: Iterable[str]) -> bool:
    """Some term of ``narrow`` is a term of ``broad`` or below it."""
    return any(b in vocab.ancestors(set_name, n) for n in narrow for b in broad)


def _same_object(a: Statement, b: Statement) -> bool:
    return bool((a.objects & b.objects) - _GENERIC_OBJECTS)


def _comparable(s: Statement) -> bool:
    return s.actor == "first-party" and not s.defining and s.practice not in _NOT_COMPARED and not s.exceptions


def _polarity_conflict(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    if denied.conditions or (affirmed.conditions and not denied.absolute):
        return False
    if affirmed.opt_out and affirmed.practice == denied.practice:
        return False  # "you may opt out of..." is handled by the opt-out rule
    if denied.practice not in vocab.ancestors("practices", affirmed.practice):
        return False
    if denied.practice in DATA_VERBS or affirmed.practice in DATA_VERBS or denied.data or affirmed.data:
        da, aa = _data(vocab, denied), _data(vocab, affirmed)
        if not _related_any(vocab, "data-categories", da, aa):
            return False
        if denied.recipients and not _narrower_any(vocab, "recipients", affirmed.recipients, denied.recipients):
            return False
        if denied.purposes and not _related_any(vocab, "purposes", affirmed.purposes, denied.purposes):
            return False
        # With no data named on either side, only the same words say it is the same thing.
        return bool(denied.data or affirmed.data or denied.recipients) or _same_object(denied, affirmed)
    return _same_object(denied, affirmed)


def _periods(s: Statement) -> frozenset[float]:
    return frozenset(a.days for a in s.amounts if a.kind == "period" and a.days is not None)


def _ages(s: Statement) -> frozenset[float]:
    return frozenset(a.value for a in s.amounts if a.kind == "age")


def _period_conflict(vocab: Vocabulary, a: Statement, b: Statement) -> bool:
    if a.conditions or b.conditions or a.polarity != "affirmed" or b.polarity != "affirmed":
        return False
    if not (a.practice == b.practice or {a.practice, b.practice} <= _STORAGE):
        return False
    pa, pb = _periods(a), _periods(b)
    if not pa or not pb or pa & pb:
        return False
    if a.data and b.data and not _related_any(vocab, "data-categories", a.data, b.data):
        return False
    return _same_object(a, b)


class _Report:
    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.found: dict[str, DetectedFinding] = {}

    def add(self, a: _Item, b: _Item, message: str) -> None:
        first, second = sorted((a, b), key=lambda i: i.quote_span)
        if first.line == second.line:
            return
        key = f"contradiction:{first.line}:{second.line}"
        if key in self.found:
            return
        locs = []
        for item in (first, second):
            span = self.source.span(*item.quote_span)
            locs.append(Location(span, self.source.excerpt(span)))
        self.found[key] = DetectedFinding("contradiction", message, tuple(locs), key)


def _label(vocab: Vocabulary, practice: str) -> str:
    return vocab.term("practices", practice).label.lower()


def detect_statements(source: SourceText, reads: Iterable[Read], vocab: Vocabulary | None = None) -> list[DetectedFinding]:
    """Contradictions between the statements of one text, sorted by first location."""
    vocab = vocab or load_vocabulary()
    reads = list(reads)
    items: list[_Item] = []
    for r in reads:
        for s in r.statements:
            if _comparable(s):
                items.append(_Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
    report = _Report(source)
    budget = [MAX_COMPARISONS]

    def spend() -> bool:
        budget[0] -= 1
        return budget[0] >= 0

    # 1. Denied vs affirmed, bucketed by the practice's root and the data's root.
    buckets: dict[tuple[str, str], tuple[list[_Item], list[_Item]]] = {}
    for it in items:
        s = it.statement
        root = vocab.ancestors("practices", s.practice)[-1]
        data_roots = {vocab.ancestors("data-categories", d)[-1] for d in _data(vocab, s)} or {""}
        for dr in sorted(data_roots):
            denied, affirmed = buckets.setdefault((root, dr), ([], []))
            side = denied if s.polarity == "denied" else affirmed
            if len(side) < MAX_PER_BUCKET:
                side.append(it)
    for (_root, _dr), (denied, affirmed) in sorted(buckets.items()):
        for d in denied:
            for a in affirmed:
                if not spend():
                    break
                if _polarity_conflict(vocab, d.statement, a.statement):
                    report.add(d, a, f"the text denies {_label(vocab, d.statement.practice)} here and states "
                                     f"{_label(vocab, a.statement.practice)} there, for the same "
                                     f"{'data' if d.statement.data or a.statement.data else 'thing'}")
    # 2. Opt-outs offered for a practice denied.
    denials = [it for it in items if it.statement.polarity == "denied" and not it.statement.conditions]
    for o in _opt_out_items(source, reads):
        for d in denials:
            if not spend():
                break
            mentioned = set(o.statement.mentions) | {o.statement.practice}
            if any(d.statement.practice in vocab.ancestors("practices", m) for m in mentioned
                   if m in vocab.sets["practices"].terms and m not in _NOT_COMPARED) \
                    and _related_any(vocab, "data-categories", _data(vocab, d.statement) or _DEFAULT_DATA,
                                     _data(vocab, o.statement) or _DEFAULT_DATA):
                report.add(d, o, f"the text denies {_label(vocab, d.statement.practice)} but offers an opt-out of it")
    # 3. Two periods for the same thing; two minimum ages.
    timed: dict[str, list[_Item]] = {}
    for it in items:
        if _periods(it.statement):
            group = "storage" if it.statement.practice in _STORAGE else it.statement.practice
            timed.setdefault(group, []).append(it)
    for group in sorted(timed):
        group_items = timed[group][:MAX_PER_BUCKET]
        for i, a in enumerate(group_items):
            for b in group_items[i + 1:]:
                if not spend():
                    break
                if _period_conflict(vocab, a.statement, b.statement):
                    report.add(a, b, "the text gives two different periods for the same thing")
    aged = [it for r in reads for s in r.statements if _ages(s) and not s.conditions
            for it in [_Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
            if not (set(r.unit.text.lower().split()) & _REGIONAL)][:MAX_PER_BUCKET]
    for i, a in enumerate(aged):
        for b in aged[i + 1:]:
            if not spend():
                break
            if not (_ages(a.statement) & _ages(b.statement)):
                report.add(a, b, "the text gives two different minimum ages")
    return sorted(report.found.values(), key=lambda f: (f.locations[0].span.start, f.key))


def _opt_out_items(source: SourceText, reads: Iterable[Read]) -> list[_Item]:
    return [_Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))
            for r in reads for s in r.statements if s.opt_out and not s.defining and s.actor != "other"]
