"""The privacy label of one checked document, as data: the data grid, sections, findings and a summary.

No HTML here: the templates decide how a status looks (a symbol plus a word, never colour alone). Every
statement keeps the anchors of its quotes in the source view, so the label can link each one to its
evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from policylabel import durations
from policylabel.check import DocumentReport
from policylabel.evidence import Span, field_values, python_class
from policylabel.model import Claim, Quote
from policylabel.vocabulary import CLAIM_LIST_ATTRIBUTES, CLAIM_SCALAR_ATTRIBUTES, Vocabulary, load_vocabulary

# Statuses shown on the label; templates map each to a symbol and a word.
YES, NO, MIXED, NONE = "yes", "no", "mixed", "none"

UNSPECIFIED_DATA = "personal-information"


def grid_columns(vocab: Vocabulary) -> tuple[tuple[str, str, frozenset[str], str | None], ...]:
    """The data grid from the vocabulary: (column id, heading, practices feeding it, attribute listed)."""
    return _derived(vocab).columns


@dataclass(frozen=True)
class _Derived:
    """What every label takes from the vocabulary, worked out once per vocabulary."""

    columns: tuple[tuple[str, str, frozenset[str], str | None], ...]
    position: dict[str, dict[str, int]]  # set name -> term id -> its position in the set
    collected: frozenset[str]  # the practices of the grid's "collected" column


_DERIVED: list[tuple[Vocabulary, _Derived]] = []  # a few vocabularies at most (as load_vocabulary keeps)


def _derived(vocab: Vocabulary) -> _Derived:
    for known, derived in _DERIVED:
        if known is vocab:
            return derived
    derived = _Derived(
        tuple((c.id, c.label, vocab.practices_where("label-column", c.id), c.detail) for c in vocab.label_columns),
        {name: {t: i for i, t in enumerate(vocab.ids(name))} for name in ("data-categories", "rights")},
        vocab.practices_where("label-column", "collected"))
    _DERIVED[:] = [*_DERIVED[-3:], (vocab, derived)]
    return derived


def sections(vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The label's sections after the grid, in reading order: (section id, heading)."""
    return tuple((s.id, s.label) for s in vocab.label_sections)


_AGAINST_USER = frozenset({"bad", "blocker"})  # ToS;DR ratings counted as terms against the user
_AD_PURPOSES = frozenset({"advertising", "targeted-advertising"})
_TRACKING_RECIPIENTS = frozenset({"advertisers", "third-parties", "analytics-providers", "business-partners"})


@python_class  # made through its __dict__ (see _quote_refs), compiled or not
@dataclass(frozen=True)
class QuoteRef:
    """A quote as shown on the label: its text and the anchor of its span in a source view."""

    text: str
    target: str | None  # fragment id in the source view; None when the quote was not located
    line: int | None
    document: str | None = None  # another document of the vendor (related evidence)


@python_class  # made through its __dict__ (see _fact), compiled or not
@dataclass(frozen=True)
class Fact:
    """One attribute of a statement: ``name`` is a heading such as "Data", ``value`` its text."""

    name: str
    value: str


@python_class  # made through its __dict__ (see statement), compiled or not
@dataclass(frozen=True)
class Statement:
    """A claim as shown on the label."""

    anchor: str
    practice: str
    practice_label: str
    status: str  # YES or NO
    summary: str
    facts: tuple[Fact, ...]
    quotes: tuple[QuoteRef, ...]
    rating: str | None = None  # ToS;DR rating id
    rating_label: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Cell:
    status: str  # YES, NO, MIXED or NONE
    # "opt-in" (the person's own consent), "customer-opt-in" (a business customer's or account holder's
    # consent) or "opt-out", when every affirming statement says so
    choice: str | None
    details: tuple[str, ...]
    refs: tuple[str, ...]  # anchors of the statements behind the cell


@dataclass(frozen=True)
class GridRow:
    category: str
    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class FindingView:
    anchor: str
    kind: str
    kind_label: str
    message: str
    origin: str  # "curated" or "detected"
    status: str  # "curated", "open", "acknowledged" or "dismissed"
    quotes: tuple[QuoteRef, ...]
    related: tuple[QuoteRef, ...]
    note: str | None = None


@dataclass(frozen=True)
class Summary:
    """The per-document facts of the home and comparison pages."""

    sells: str
    ad_sharing: str
    cross_site_tracking: str
    min_age: int | None
    rights: tuple[str, ...]
    findings: int
    claims: int
    coverage: float
    finding_kinds: tuple[tuple[str, int], ...] = ()  # (finding kind, number) of the findings shown

    def __reduce__(self) -> tuple[type[Summary], tuple[object, ...]]:
        # Pickled by its fields (a site entry's, from a worker), compiled or not: a compiled frozen dataclass
        # has no __dict__ to restore.
        return Summary, field_values(self)


@dataclass(frozen=True)
class CardLine:
    """One line of the compact card: a status (or a value) with the statement and quote behind it."""

    key: str  # "sells", "ads", "tracks", "age"; "against" for rated terms of service
    name: str  # "Sells data"
    status: str  # YES, NO, MIXED or NONE
    value: str | None  # shown instead of the status word ("13+"), when there is one
    statement: str | None  # anchor of the first statement behind the line
    quote: QuoteRef | None  # that statement's first located quote


@dataclass(frozen=True)
class DataGroup:
    """An app-store group of data ("Data linked to you"): its categories, each with its first statement."""

    key: str  # "linked", "tracking", "not-collected"
    name: str
    categories: tuple[tuple[str, str], ...]  # (app-store category, statement anchor)


# Rights named on a card; the rest are counted. A module constant, not a ClassVar of Card: made compiled, a
# frozen dataclass with a ClassVar fails ("attribute 'RIGHTS_NAMED' is read-only").
CARD_RIGHTS_NAMED = 3


@dataclass(frozen=True)
class Card:
    """The compact card at the top of a label: what a reader takes in within ten seconds."""

    lines: tuple[CardLine, ...]
    rights: tuple[str, ...]  # every right offered, most important first (the vocabulary's order)
    rights_statement: str | None
    groups: tuple[DataGroup, ...]
    findings: int
    rights_quote: QuoteRef | None = None

    @property
    def rights_named(self) -> tuple[str, ...]:
        return self.rights[:CARD_RIGHTS_NAMED]

    @property
    def rights_more(self) -> int:
        return max(0, len(self.rights) - CARD_RIGHTS_NAMED)


@dataclass(frozen=True)
class Label:
    report: DocumentReport
    columns: tuple[tuple[str, str], ...]
    grid: tuple[GridRow, ...]
    sections: tuple[Section, ...]
    findings: tuple[FindingView, ...]
    dismissed: tuple[FindingView, ...]
    summary: Summary
    practices: dict[str, str]  # practice id -> YES / NO / MIXED, for the comparison page
    card: Card | None = None


def span_id(span: Span) -> str:
    """The fragment id of a span in the source view, stable across builds."""
    return f"s{span.start}-{span.end}"


def statement_anchor(claim: Claim) -> str:
    """The id of a claim on the label page: the decoded fragment of the claim's JSON-LD IRI
    (``claim/sale[1]``), so the IRIs of the published graph land on their statement."""
    return f"claim/{claim.key}"


def finding_anchor(key: str) -> str:
    return f"finding/{key}"


@lru_cache(maxsize=4096)  # anchors repeat from document to document ("claim/sale[1]"), and quote() is slow
def fragment(anchor: str) -> str:
    """The percent-encoded form of an id for use after ``#`` in a link (``claim/sale%5B1%5D``)."""
    return quote(anchor, safe="/-")


def duration_text(value: str) -> str:
    """``P30D`` -> ``30 days``; an unparsed value is shown as written."""
    return durations.text(value)


def _labels(vocab: Vocabulary, set_name: str, ids: Iterable[str]) -> list[str]:
    terms = vocab.sets[set_name].terms
    return [terms[i].label if i in terms else i for i in ids]


_new = object.__new__  # with __dict__.update: a frozen dataclass as its __init__ makes it, without a
# __setattr__ call per field (labels make them by the hundred per document)


def _quote_refs(report: DocumentReport, quotes: Iterable[Quote]) -> tuple[QuoteRef, ...]:
    out = []
    own = report.matches  # report.spans(q) of a quote of the document's own text, without the call
    for q in quotes:
        spans = report.spans(q) if q.document else own.get(q.pointer, ())
        ref = _new(QuoteRef)
        if spans:
            first = spans[0]  # its target as span_id(first) makes it
            ref.__dict__.update(text=q.text, target=f"s{first.start}-{first.end}", line=first.line,
                                document=q.document)
        else:
            ref.__dict__.update(text=q.text, target=None, line=None, document=q.document)
        out.append(ref)
    return tuple(out)


def _fact(name: str, value: str) -> Fact:
    fact = _new(Fact)
    fact.__dict__.update(name=name, value=value)
    return fact


def _facts(vocab: Vocabulary, claim: Claim) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    terms = claim.terms
    if terms:
        for attr, set_name in CLAIM_LIST_ATTRIBUTES.items():
            ids = terms.get(attr)
            if ids:
                facts.append(_fact(vocab.sets[set_name].title if attr != "audience" else "Applies to",
                                   ", ".join(_labels(vocab, set_name, ids))))
    for attr, set_name in CLAIM_SCALAR_ATTRIBUTES.items():
        value = getattr(claim, attr)
        if value and attr != "rating":
            facts.append(Fact(vocab.sets[set_name].title, _labels(vocab, set_name, [value])[0]))
    if claim.age is not None:
        facts.append(Fact("Age", str(claim.age)))
    if claim.duration:
        facts.append(Fact("Period", duration_text(claim.duration)))
    if claim.date:
        facts.append(Fact("Date", claim.date))
    if claim.countries:
        facts.append(Fact("Countries", ", ".join(claim.countries)))
    return tuple(facts)


def statement(vocab: Vocabulary, report: DocumentReport, claim: Claim) -> Statement:
    rating = claim.rating
    st = _new(Statement)
    st.__dict__.update(
        anchor=statement_anchor(claim), practice=claim.practice,
        practice_label=vocab.term("practices", claim.practice).label,
        status=YES if claim.affirmed else NO, summary=claim.summary, facts=_facts(vocab, claim),
        quotes=_quote_refs(report, claim.evidence), rating=rating,
        rating_label=vocab.term("tos-ratings", rating).label if rating else None, note=claim.note,
    )
    return st


def _combine(statuses: Iterable[str]) -> str:
    seen = set(statuses)
    if YES in seen and NO in seen:
        return MIXED
    return YES if YES in seen else NO if NO in seen else NONE


_EMPTY_CELL = Cell(NONE, None, (), ())  # a category no statement of the column names


def _grid(vocab: Vocabulary, claims: list[tuple[Claim, Statement]]) -> tuple[GridRow, ...]:
    # category -> column -> list of (claim, statement)
    table: dict[str, dict[str, list[tuple[Claim, Statement]]]] = {}
    columns = grid_columns(vocab)
    for claim, st in claims:
        for col, _, practices, _ in columns:
            if claim.practice in practices:
                for cat in claim.attr("data") or (UNSPECIFIED_DATA,):
                    table.setdefault(cat, {}).setdefault(col, []).append((claim, st))
    order = _derived(vocab).position["data-categories"]
    rows = []
    for cat in sorted(table, key=lambda c: order.get(c, len(order))):
        cells = []
        for col, _, _, detail_attr in columns:
            entries = table[cat].get(col)
            if not entries:
                cells.append(_EMPTY_CELL)
                continue
            status = _combine(st.status for _, st in entries)
            choices = {c.choice for c, st in entries if st.status == YES}
            choice = next(iter(choices)) if len(choices) == 1 and None not in choices else None
            if choice == "always":
                choice = None
            details: list[str] = []
            if detail_attr:
                set_name = CLAIM_LIST_ATTRIBUTES[detail_attr]
                for c, st in entries:
                    if st.status == YES:
                        for lab in _labels(vocab, set_name, c.attr(detail_attr)):
                            if lab not in details:
                                details.append(lab)
            refs = tuple(dict.fromkeys(st.anchor for _, st in entries))
            cells.append(Cell(status, choice, tuple(details), refs))
        rows.append(GridRow(cat, vocab.term("data-categories", cat).label if cat in order else cat, tuple(cells)))
    return tuple(rows)


def _findings(vocab: Vocabulary, report: DocumentReport) -> tuple[tuple[FindingView, ...], tuple[FindingView, ...]]:
    kinds = vocab.sets["finding-kinds"].terms
    shown: list[FindingView] = []
    dismissed: list[FindingView] = []
    for f in report.document.findings:
        shown.append(FindingView(finding_anchor(f.key), f.kind, kinds[f.kind].label if f.kind in kinds else f.kind,
                                 f.message, "curated", "curated", _quote_refs(report, f.evidence),
                                 _quote_refs(report, f.related)))
    for i, d in enumerate(report.detected, 1):
        if d.status == "acknowledged":
            continue  # a curated finding above already says it, with its quotes
        quotes = tuple(QuoteRef(text, span_id(s), s.line) for s, text in d.locations)
        view = FindingView(f"d-{i}", d.kind, kinds[d.kind].label if d.kind in kinds else d.kind, d.message,
                           "detected", d.status, quotes, (), d.by if d.status == "dismissed" else None)
        (dismissed if d.status == "dismissed" else shown).append(view)
    return tuple(shown), tuple(dismissed)


def _status_of(claims: Iterable[Claim], test: Callable[[Claim], bool]) -> str:
    return _combine(YES if c.affirmed else NO for c in claims if test(c))


def _sells(c: Claim) -> bool:
    return c.practice == "sale"


def _shares_for_ads(c: Claim) -> bool:
    """CCPA "sharing", or disclosure to advertisers / for advertising purposes."""
    return c.practice == "cross-context-advertising" or (
        c.practice in ("sharing", "targeted-advertising", "sale")
        and (bool(_AD_PURPOSES & set(c.attr("purposes"))) or "advertisers" in c.attr("recipients")))


def _tracks(c: Claim) -> bool:
    return c.practice in ("cross-context-advertising", "targeted-advertising") or (
        c.practice == "tracking" and bool(_TRACKING_RECIPIENTS & set(c.attr("recipients"))))


def _has_age(c: Claim) -> bool:
    return c.age is not None and c.practice in ("children", "parental-responsibility")


def _offers_rights(c: Claim) -> bool:
    return c.affirmed and c.practice in ("data-subject-right", "exercising-rights")


def _right_ids(vocab: Vocabulary, claims: Iterable[Claim]) -> list[str]:
    right_ids: list[str] = []
    for c in claims:
        if _offers_rights(c):
            for r in c.attr("rights"):
                if r not in right_ids:
                    right_ids.append(r)
    order = _derived(vocab).position["rights"]
    right_ids.sort(key=lambda r: order.get(r, len(order)))
    return right_ids


def summarise(vocab: Vocabulary, report: DocumentReport, findings: int,
              kinds: Iterable[str] = ()) -> Summary:
    """The summary of a document; ``kinds``: the kind of each finding shown."""
    claims = report.document.claims
    ages = [c.age for c in claims if c.age is not None and _has_age(c)]  # "is not None" spelt out for mypy
    per_kind: dict[str, int] = {}
    for k in kinds:
        per_kind[k] = per_kind.get(k, 0) + 1
    return Summary(_status_of(claims, _sells), _status_of(claims, _shares_for_ads), _status_of(claims, _tracks),
                   min(ages) if ages else None, tuple(_labels(vocab, "rights", _right_ids(vocab, claims))),
                   findings, len(claims), report.coverage, tuple(sorted(per_kind.items())))


def _first_quote(st: Statement) -> QuoteRef | None:
    return next((q for q in st.quotes if q.target), None)


def _card_line(key: str, name: str, pairs: list[tuple[Claim, Statement]], test: Callable[[Claim], bool]) -> CardLine:
    behind = [st for c, st in pairs if test(c)]
    status = _combine(st.status for st in behind)
    # A conflicting line leads to a statement of each side's first; the findings name the conflict.
    first = behind[0] if behind else None
    return CardLine(key, name, status, None, first.anchor if first else None,
                    _first_quote(first) if first else None)


def _app_store(vocab: Vocabulary, category: str) -> str:
    terms = vocab.sets["data-categories"].terms
    term = terms.get(category)
    return (term.app_store or term.label) if term else category


# Module functions, not closures: compiled, a nested function and its closure refer to each other (a cycle
# that would keep a vendor's labels alive until the next collection).
def _group(vocab: Vocabulary, pairs: list[tuple[Claim, Statement]], order: Mapping[str, int],
           test: Callable[[Claim], bool]) -> dict[str, tuple[int, str]]:
    """The app-store categories of the data of the claims that pass ``test``: (vocabulary position, anchor)."""
    found: dict[str, tuple[int, str]] = {}
    for c, st in pairs:
        if test(c):
            for cat in c.attr("data") or (UNSPECIFIED_DATA,):
                name = _app_store(vocab, cat)
                pos = order.get(cat, len(order))
                if name not in found or pos < found[name][0]:
                    found[name] = (pos, st.anchor)
    return found


def _ordered(found: dict[str, tuple[int, str]], other: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, anchor) for name, (_, anchor) in
                 sorted(found.items(), key=lambda kv: (kv[0] == other, kv[1][0], kv[0])))


def _data_groups(vocab: Vocabulary, pairs: list[tuple[Claim, Statement]]) -> tuple[DataGroup, ...]:
    """The app-store grouping: data linked to you (collected), used to track you, and not collected."""
    derived = _derived(vocab)
    collected_practices = derived.collected
    order = derived.position["data-categories"]
    linked = _group(vocab, pairs, order, lambda c: c.affirmed and c.practice in collected_practices)
    tracking = _group(vocab, pairs, order, lambda c: c.affirmed and _tracks(c))
    denied = _group(vocab, pairs, order, lambda c: not c.affirmed and c.practice in collected_practices)
    not_collected = {k: v for k, v in denied.items() if k not in linked}

    other = _app_store(vocab, UNSPECIFIED_DATA)  # "Other Data" comes last, as on the app stores
    return (DataGroup("linked", "Data linked to you", _ordered(linked, other)),
            DataGroup("tracking", "Data used to track you", _ordered(tracking, other)),
            DataGroup("not-collected", "Data not collected", _ordered(not_collected, other)))


def build_card(vocab: Vocabulary, pairs: list[tuple[Claim, Statement]], findings: int) -> Card:
    """The compact card of a label, from its claims and their statements."""
    lines = [_card_line("sells", "Sells data", pairs, _sells),
             _card_line("ads", "Shares for advertising", pairs, _shares_for_ads),
             _card_line("tracks", "Tracks across sites", pairs, _tracks)]
    aged = [(c, st) for c, st in pairs if _has_age(c)]
    youngest = min(aged, key=lambda p: p[0].age or 0) if aged else None
    lines.append(CardLine("age", "Minimum age", YES if youngest else NONE,
                          f"{youngest[0].age}+" if youngest else None, youngest[1].anchor if youngest else None,
                          _first_quote(youngest[1]) if youngest else None))
    rated = [st for _, st in pairs if st.rating]
    if rated:  # terms of service: how many of its points are rated against the user
        against = [st for st in rated if st.rating in _AGAINST_USER]
        first = against[0] if against else None
        lines.append(CardLine("against", "Terms against you", YES if against else NO,
                              f"{len(against)} of {len(rated)}", first.anchor if first else None,
                              _first_quote(first) if first else None))
    claims = [c for c, _ in pairs]
    rights_st = next((st for c, st in pairs if _offers_rights(c) and c.attr("rights")), None)
    return Card(tuple(lines), tuple(_labels(vocab, "rights", _right_ids(vocab, claims))),
                rights_st.anchor if rights_st else None, _data_groups(vocab, pairs), findings,
                _first_quote(rights_st) if rights_st else None)


def build_label(report: DocumentReport, vocab: Vocabulary | None = None) -> Label:
    """The label of one document."""
    vocab = vocab or load_vocabulary()
    practices = vocab.sets["practices"].terms
    pairs = [(c, statement(vocab, report, c)) for c in report.document.claims]
    by_section: dict[str, list[Statement]] = {}
    for claim, st in pairs:
        section = practices[claim.practice].extra.get("section", "general") if claim.practice in practices \
            else "general"
        by_section.setdefault(section, []).append(st)
    known = {s for s, _ in sections(vocab)}
    parts = [Section(sid, title, tuple(by_section[sid])) for sid, title in sections(vocab) if sid in by_section]
    parts += [Section(sid, sid.capitalize(), tuple(sts)) for sid, sts in sorted(by_section.items())
              if sid not in known]
    findings, dismissed = _findings(vocab, report)
    per_practice: dict[str, list[str]] = {}
    for _, st in pairs:
        per_practice.setdefault(st.practice, []).append(st.status)
    return Label(
        report=report, columns=tuple((c[0], c[1]) for c in grid_columns(vocab)), grid=_grid(vocab, pairs),
        sections=tuple(parts), findings=findings, dismissed=dismissed,
        summary=summarise(vocab, report, len(findings), (f.kind for f in findings)),
        practices={p: _combine(s) for p, s in per_practice.items()},
        card=build_card(vocab, pairs, len(findings)),
    )
