"""Detected contradictions: each must be acknowledged by a curated finding or dismissed with a reason."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from policylabel.consistency.detector import analyse
from policylabel.diagnostics import Diagnostic, Related, error, warning
from policylabel.evidence import SourceText, Span, field_values
from policylabel.model import Document, Quote
from policylabel.segment import Sentence
from policylabel.statements import Read


@dataclass(frozen=True)
class DetectedReport:
    """A contradiction found in the text by the detector, and whether the YAML accounts for it."""

    kind: str
    message: str
    key: str
    locations: tuple[tuple[Span, str], ...]  # (span in the source, quoted text)
    status: str  # "acknowledged" (a curated finding covers it) | "dismissed" | "open"
    by: str | None = None  # the acknowledging finding's key, or the dismissal's reason

    def __reduce__(self) -> tuple[type[DetectedReport], tuple[object, ...]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return DetectedReport, field_values(self)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _covers(quotes: Iterable[Quote], matches: Mapping[str, tuple[Span, ...]], locations: list[Span]) -> bool:
    spans = [s for q in quotes for s in matches.get(q.pointer, ())]
    return bool(spans) and all(any(_overlaps(loc, s) for s in spans) for loc in locations)


def check(doc: Document, source: SourceText, units: list[Sentence], matches: Mapping[str, tuple[Span, ...]],
          reads: list[Read] | None = None) -> tuple[list[DetectedReport], list[Diagnostic]]:
    """``reads``: the extractor's reading of ``units`` for the document's kind, when the caller has it."""
    reports: list[DetectedReport] = []
    diags: list[Diagnostic] = []
    analysis = analyse(source, units, doc.kind, reads)
    for notice in analysis.notices:
        # A budget met: a long unit is read in part (a warning); an analysis cut short is an error.
        make = error if notice.kind == "analysis-limit" else warning
        at = notice.locations[0].span
        diags.append(make(notice.kind, notice.message, doc.source_path, at.line, at.column,
                          hint="see the analysis budgets in spec/consistency.md; split or correct the text"))
    for found in analysis.findings:
        locs = [loc.span for loc in found.locations]
        status, by = "open", None
        for f in doc.findings:
            if _covers(f.evidence, matches, locs):
                status, by = "acknowledged", f.key
                break
        else:
            for d in doc.dismissals:
                if _covers(d.evidence, matches, locs):
                    status, by = "dismissed", d.reason
                    break
        reports.append(DetectedReport(found.kind, found.message, found.key,
                                      tuple((loc.span, loc.quote) for loc in found.locations), status, by))
        if status == "open":
            first = found.locations[0].span if found.locations else None
            diags.append(warning(
                f"detected-{found.kind}", found.message, doc.source_path,
                first.line if first else 0, first.column if first else 0,
                hint=f"record it as a finding in {doc.yaml_path.name} quoting these statements, "
                     "or add a dismissal with the reason it is not one",
                related=[Related(str(doc.source_path), loc.span.line, loc.span.column, loc.quote[:100])
                         for loc in found.locations]))
    return reports, diags
