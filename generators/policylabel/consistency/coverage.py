"""Review coverage: every sentence of the body is covered by a quote or lies in an out-of-scope region."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import Protocol

from policylabel.diagnostics import Diagnostic, error, warning
from policylabel.evidence import SourceText, Span, normalise
from policylabel.model import Document
from policylabel.segment import Sentence, sentences

# A sentence counts as reviewed when at least this share of its non-space characters is covered.
COVERED_SHARE = 0.5


def regions(doc: Document, source: SourceText) -> tuple[list[tuple[str, Span]], list[Diagnostic]]:
    """The out-of-scope regions of a document: from `start` to the first match of `end` after it."""
    out: list[tuple[str, Span]] = []
    diags: list[Diagnostic] = []
    for r in doc.out_of_scope:
        # The first match is all a region needs: the text is searched only that far.
        first = next(source.matches(r.start.text), None)
        if first is None:
            diags.append(error("quote-not-found", "out-of-scope start passage not found in the source text",
                               r.start.yaml_path, r.start.line, r.start.column, r.start.pointer,
                               hint="quote the first words of the region verbatim"))
            continue
        if r.end is None:
            out.append((r.reason, first))
            continue
        last = next((s for s in source.matches(r.end.text) if s.end >= first.end), None)
        if last is None:
            diags.append(error("quote-not-found", "out-of-scope end passage not found after its start",
                               r.end.yaml_path, r.end.line, r.end.column, r.end.pointer,
                               hint="quote the last words of the region verbatim; they must come after `start`"))
            continue
        out.append((r.reason, source.span(first.start, last.end)))
    return out, diags


class _Range(Protocol):
    """What :func:`_merge` reads of a span (compiled, a Protocol takes any object that has them)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _merge(spans: Iterable[_Range]) -> tuple[list[int], list[int]]:
    """Covered intervals, sorted and merged: (starts, ends)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if ends and a <= ends[-1]:
            if b > ends[-1]:
                ends[-1] = b
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


_ASCII_SPACES = str.maketrans("", "", "".join(chr(c) for c in range(128) if chr(c).isspace()))


def _non_space(text: str, start: int, end: int) -> int:
    """Non-whitespace characters of ``text[start:end]`` (str.isspace, as str.split uses)."""
    part = text[start:end]
    if part.isascii():
        return len(part.translate(_ASCII_SPACES))  # one pass, no list of words
    return len("".join(part.split()))


def covered_share(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> float | None:
    """Share of the non-space characters of ``[start, end)`` inside the merged intervals (None: no
    non-space character)."""
    total = _non_space(text, start, end)
    if not total:
        return None
    covered = 0
    i = bisect_right(ends, start)  # first interval ending after start
    while i < len(starts) and starts[i] < end:
        covered += _non_space(text, max(start, starts[i]), min(end, ends[i]))
        i += 1
    return covered / total


def check(doc: Document, source: SourceText, matches: Mapping[str, tuple[Span, ...]],
          out_of_scope: list[tuple[str, Span]], strict: bool) -> tuple[list[Sentence], list[Sentence], list[Diagnostic]]:
    """Segment the text; list the sentences no quote or region covers (warnings, errors with --strict)."""
    units = sentences(source)
    spans = [s for group in matches.values() for s in group] + [span for _, span in out_of_scope]
    starts, ends = _merge(spans)
    unreviewed: list[Sentence] = []
    text = source.text
    count = len(starts)
    for unit in units:
        start, end = unit.span.start, unit.span.end
        i = bisect_right(ends, start)  # the first interval ending after the unit's start
        if i < count and starts[i] <= start and end <= ends[i]:
            continue  # inside one interval: all covered (or nothing to cover)
        if i == count or starts[i] >= end:  # outside every interval: none covered
            part = text[start:end]
            if part and not part.isspace():
                unreviewed.append(unit)
            continue
        share = covered_share(text, start, end, starts, ends)
        if share is not None and share < COVERED_SHARE:
            unreviewed.append(unit)
    make = error if strict else warning
    diags = []
    for unit in unreviewed:
        excerpt = normalise(unit.text)
        if len(excerpt) > 80:
            excerpt = excerpt[:77] + "..."
        diags.append(make("unreviewed", f"{unit.kind} not reviewed: \"{excerpt}\"", doc.source_path,
                          unit.span.line, unit.span.column,
                          hint=f"cite it in a claim's evidence, or declare it out of scope in {doc.yaml_path.name}"))
    return units, unreviewed, diags
