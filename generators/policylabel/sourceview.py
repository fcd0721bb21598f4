"""The source view of one document, as data: the original text cut into pieces at every boundary of an
evidence span, an out-of-scope region or an unreviewed sentence.

Spans overlap (two claims may quote overlapping passages), so the text is cut into flat pieces that each
carry the set of spans covering them; the template wraps each piece once, so the markup always nests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from policylabel.check import DocumentReport
from policylabel.evidence import Span
from policylabel.vocabulary import Vocabulary, load_vocabulary


@dataclass(frozen=True)
class Backref:
    """A link from a quoted span back to the statement or finding it supports."""

    anchor: str  # fragment id on the label page
    text: str  # the link text, e.g. the practice label
    document: str | None = None  # another document of the vendor; None: this document's label

    def __init__(self, anchor: str, text: str, document: str | None = None) -> None:
        # Written out: the __init__ dataclass generates for a frozen class is interpreted even where the class is
        # compiled; compiled, this one is a direct call (a label page makes one per quote).
        init = object.__setattr__
        init(self, "anchor", anchor)
        init(self, "text", text)
        init(self, "document", document)

    def __reduce__(self) -> tuple[type[Backref], tuple[str, str, str | None]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return Backref, (self.anchor, self.text, self.document)


class Piece(NamedTuple):  # a tuple: a document's view makes one per boundary, by the thousand
    text: str
    evidence: tuple[str, ...]  # ids of the evidence spans covering this piece
    anchors: tuple[str, ...]  # ids of the evidence spans starting here
    region: str | None  # out-of-scope reason label, when inside such a region
    unreviewed: bool
    tags: tuple[str, ...]  # notes shown before the piece: "Out of scope: Navigation", "Not reviewed"
    backrefs: tuple[Backref, ...]  # links shown after the piece (spans ending here)
    marks: tuple[str, ...] = ()  # ids of bookmarks at the piece's start (sentences the minimap links to)


@dataclass(frozen=True)
class SourceView:
    pieces: tuple[Piece, ...]
    spans: int
    regions: int
    unreviewed: int

    def __reduce__(self) -> tuple[type[SourceView], tuple[tuple[Piece, ...], int, int, int]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return SourceView, (self.pieces, self.spans, self.regions, self.unreviewed)


def source_view(report: DocumentReport, evidence: Mapping[tuple[int, int], Sequence[Backref]],
                vocab: Vocabulary | None = None, bookmarks: Iterable[int] = ()) -> SourceView:
    """Cut the report's source text at every boundary; ``evidence`` maps (start, end) to its backrefs;
    ``bookmarks``: offsets that get an anchor ``t<offset>`` (a link target with no highlight)."""
    vocab = vocab or load_vocabulary()
    text = report.source.text if report.source is not None else ""
    reasons = vocab.sets["out-of-scope-reasons"].terms
    regions = [(s.start, s.end, reasons[r].label if r in reasons else r) for r, s in report.out_of_scope]
    unrev = [(s.span.start, s.span.end) for s in report.unreviewed]
    readings = _readings(report, vocab)

    # Sweep over boundary events; each maps an offset to what starts or ends there.
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for key in evidence:
        starts.setdefault(key[0], []).append(key)
        ends.setdefault(key[1], []).append(key)
    bounds = {0, len(text)} | set(starts) | set(ends)
    for a, b, _ in regions:
        bounds.update((a, b))
    for a, b in unrev:
        bounds.update((a, b))
    marks_at = {m: f"t{m}" for m in bookmarks if 0 <= m <= len(text)}
    bounds.update(marks_at)
    region_open: dict[int, list[str]] = {}
    region_close: dict[int, list[str]] = {}
    for a, b, lab in regions:
        region_open.setdefault(a, []).append(lab)
        region_close.setdefault(b, []).append(lab)
    unrev_open: dict[int, int] = {}
    unrev_close: dict[int, int] = {}
    for a, b in unrev:
        unrev_open[a] = unrev_open.get(a, 0) + 1
        unrev_close[b] = unrev_close.get(b, 0) + 1

    points = sorted(b for b in bounds if 0 <= b <= len(text))
    ids = {key: span_id_of(key) for key in evidence}
    # Most points only open or close evidence: regions, unreviewed units, readings and bookmarks are looked
    # up only at the points where one of them is.
    others = region_open.keys() | region_close.keys() | unrev_open.keys() | unrev_close.keys() | readings.keys() \
        | marks_at.keys()
    empty_spans = any(a == b for a, b in evidence)
    # The open evidence spans that cover text (an empty span covers none), in opening order, with their ids.
    active: dict[tuple[int, int], str] = {}
    open_regions: list[str] = []
    open_unrev = 0
    pieces: list[Piece] = []
    make = tuple.__new__  # Piece's own __new__ is a Python function: this is its body, without the call
    last = len(points) - 1
    for i, a in enumerate(points):
        ended = ends.get(a)
        if ended:
            for key in ended:
                active.pop(key, None)
        other = a in others
        if other:
            closed = region_close.get(a)
            if closed:
                for lab in closed:
                    if lab in open_regions:
                        open_regions.remove(lab)
            open_unrev -= unrev_close.get(a, 0)
        opening = starts.get(a, ())
        if opening:
            if len(opening) > 1:
                opening = sorted(opening, key=lambda k: (k[0], -k[1]))
            for key in opening:
                if key[0] < key[1]:
                    active[key] = ids[key]
        tags: list[str] = []
        mark = None
        if other:
            opened = region_open.get(a)
            if opened:
                tags = [f"Out of scope: {lab}" for lab in opened]
                open_regions.extend(opened)
            if unrev_open.get(a) and not open_unrev:
                tags.append("Not reviewed")
            read = readings.get(a)
            if read:
                tags += read
            open_unrev += unrev_open.get(a, 0)
            mark = marks_at.get(a)
        b = points[i + 1] if i < last else a
        # Spans ending where this piece ends get their backrefs here; empty spans where they start.
        closing = [k for k in opening if k[0] == k[1]] if opening and empty_spans else []
        if b != a:
            ending = ends.get(b)
            if ending:
                closing += [k for k in ending if k[0] <= a]
        backrefs: list[Backref] = []
        if closing:
            for key in sorted(closing):
                for ref in evidence[key]:
                    if ref not in backrefs:
                        backrefs.append(ref)
        piece_text = text[a:b]
        if not piece_text and not opening and not tags and not backrefs and not mark:
            continue
        pieces.append(make(Piece, (
            piece_text,
            tuple(active.values()) if piece_text else (),
            tuple([ids[k] for k in opening]) if opening else (),
            open_regions[-1] if open_regions else None,
            open_unrev > 0, tuple(tags), tuple(backrefs), (mark,) if mark else (),
        )))
    return SourceView(tuple(pieces), len(evidence), len(regions), len(unrev))


def _readings(report: DocumentReport, vocab: Vocabulary) -> dict[int, tuple[str, ...]]:
    """What the statement extractor reads in each unreviewed sentence ("Read as: Sells: No"), by its start,
    so a curator sees what `draft` would propose there."""
    if report.source is None or not report.unreviewed:
        return {}
    pairs = report.readings
    if pairs is None:  # a report not made by the check: read the unreviewed units here
        from policylabel.check import _readings as check_readings
        from policylabel.statements import extract

        units = list(report.unreviewed)
        pairs = check_readings(extract(report.source, units, report.document.kind, learned=True), units)
    practices = vocab.sets["practices"].terms
    polarities = vocab.sets["polarities"].terms
    out: dict[int, tuple[str, ...]] = {}
    for start, read in pairs.items():
        seen = dict.fromkeys(f"Read as: {practices[p].label}: {polarities[q].label}" for p, q in read)
        if seen:
            out[start] = tuple(seen)
    return out


def span_id_of(key: tuple[int, int]) -> str:
    """The fragment id of the span (start, end), as :func:`label.span_id` makes it for the label's links."""
    return f"s{key[0]}-{key[1]}"


def evidence_index(items: Iterable[tuple[Span, Backref]]) -> dict[tuple[int, int], list[Backref]]:
    """Group (span, backref) pairs by span, keeping first-seen order of backrefs."""
    out: dict[tuple[int, int], list[Backref]] = {}
    for span, ref in items:
        key = (span.start, span.end)
        refs = out.setdefault(key, [])
        if ref not in refs:
            refs.append(ref)
    return out

