"""Check validated documents against their original texts: the consistency engine's entry point.

Each check lives in its own module under ``consistency/``; this module runs them in order (cheap first)
and assembles one ``DocumentReport`` per document for the renderers (JSON-LD, P3P, site).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from policylabel.consistency.detected import DetectedReport
from policylabel.diagnostics import Diagnostic, Severity
from policylabel.evidence import SourceText, Span
from policylabel.load import source_unreadable
from policylabel.model import Document, Quote, Vendor
from policylabel.segment import Sentence
from policylabel.statements import Read
from policylabel.validate import Validation


@dataclass(frozen=True)
class DocumentReport:
    """Everything the renderers need about one checked document."""

    vendor: Vendor
    document: Document
    source: SourceText | None
    matches: Mapping[str, tuple[Span, ...]]  # quote pointer -> spans in this document's source
    related_matches: Mapping[str, tuple[Span, ...]]  # related quote pointer -> spans in the other document
    sentences: tuple[Sentence, ...] = ()
    unreviewed: tuple[Sentence, ...] = ()
    out_of_scope: tuple[tuple[str, Span], ...] = ()  # (reason, region)
    detected: tuple[DetectedReport, ...] = ()
    # What the extractor reads in each unreviewed unit, by its start: (practice, polarity) pairs, first-seen
    # order; None: not carried from the check (the source view reads them itself).
    readings: Mapping[int, tuple[tuple[str, str], ...]] | None = None
    stale: bool = False
    errors: int = 0
    warnings: int = 0

    @property
    def coverage(self) -> float:
        total = len(self.sentences)
        return 1.0 if total == 0 else (total - len(self.unreviewed)) / total

    def spans(self, quote: Quote) -> tuple[Span, ...]:
        table = self.related_matches if quote.document else self.matches
        return table.get(quote.pointer, ())

    def summary(self) -> dict[str, object]:
        """The per-document entry of ``check --format json``."""
        from policylabel.diagnostics import display_path

        doc = self.document
        findings: list[dict[str, object]] = []
        for f in doc.findings:
            findings.append({
                "kind": f.kind, "message": f.message, "origin": "curated",
                "locations": [self._location(q) for q in f.evidence] + [self._location(q) for q in f.related],
            })
        for d in self.detected:
            findings.append({
                "kind": d.kind, "message": d.message, "origin": "detected", "status": d.status,
                "locations": [{"file": display_path(doc.source_path), "line": s.line, "column": s.column,
                               "quote": text} for s, text in d.locations],
            })
        return {
            "vendor": doc.vendor_id, "document": doc.id, "file": display_path(doc.yaml_path),
            "source": display_path(doc.source_path), "claims": len(doc.claims),
            "quotes": sum(len(c.evidence) for c in doc.claims), "coverage": round(self.coverage, 4),
            "sentences": len(self.sentences), "unreviewed": [s.span.line for s in self.unreviewed],
            "stale": self.stale, "errors": self.errors, "warnings": self.warnings, "findings": findings,
        }

    def _location(self, q: Quote) -> dict[str, object]:
        from policylabel.diagnostics import display_path

        spans = self.spans(q)
        file = self.document.source_path
        if q.document:
            file = self.document.source_path.parent / f"{q.document}.txt"
            other = next((d for d in self.vendor.documents if d.id == q.document), None)
            if other is not None:
                file = other.source_path
        return {"file": display_path(file), "line": spans[0].line if spans else 0,
                "column": spans[0].column if spans else 0, "quote": q.text}


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    reports: list[DocumentReport] = field(default_factory=list)


def check(validation: Validation, strict: bool = False, publish: bool = False) -> CheckResult:
    """Run every consistency check on every valid document.

    ``strict`` makes unreviewed sentences errors; ``strict`` or ``publish`` (build, export) makes claims
    marked ``review: proposed`` errors, so nothing unconfirmed is published.

    Vendors are independent: with many documents they are checked in forked worker processes, and the
    diagnostics and reports are assembled in vendor order, exactly as a serial run gives them. Cycles are
    collected rarely meanwhile, as in every command (gcpolicy), whoever calls.
    """
    from policylabel.gcpolicy import rare_collections

    result = CheckResult()
    with rare_collections():
        for diags, reports in _map_vendors(validation, strict, strict or publish):
            result.diagnostics.extend(diags)
            result.reports.extend(reports)
    return result


PARALLEL_MIN_DOCUMENTS = 24  # below this, starting worker processes costs more than it saves
_STATE: tuple[Validation, bool, bool] | None = None  # inherited by forked workers, never pickled


def _map_vendors(validation: Validation, strict: bool,
                 refuse_proposed: bool) -> list[tuple[list[Diagnostic], list[DocumentReport]]]:
    import multiprocessing
    import os

    global _STATE
    count = len(validation.vendors)
    documents = sum(len(v.documents) for v in validation.vendors)
    workers = min(os.cpu_count() or 1, 8, count)
    if workers < 2 or documents < PARALLEL_MIN_DOCUMENTS or "fork" not in multiprocessing.get_all_start_methods():
        return [_check_vendor(v, validation, strict, refuse_proposed) for v in validation.vendors]
    _STATE = (validation, strict, refuse_proposed)
    try:
        from policylabel.forkpool import fork_pool

        with fork_pool(workers) as pool:
            out = pool.map(_check_vendor_at, range(count), chunksize=max(1, min(8, count // (4 * workers))))
    finally:
        _STATE = None
    # Reports come back as copies: point them at the caller's Vendor objects again.
    return [(diags, [dataclasses.replace(r, vendor=v, document=_same_document(v, r.document)) for r in reports])
            for v, (diags, reports) in zip(validation.vendors, out, strict=True)]


def _same_document(vendor: Vendor, doc: Document) -> Document:
    return next((d for d in vendor.documents if d.id == doc.id), doc)


def _check_vendor_at(index: int) -> tuple[list[Diagnostic], list[DocumentReport]]:
    assert _STATE is not None
    validation, strict, refuse_proposed = _STATE
    return _check_vendor(validation.vendors[index], validation, strict, refuse_proposed)


def _check_vendor(vendor: Vendor, validation: Validation, strict: bool,
                  refuse_proposed: bool = False) -> tuple[list[Diagnostic], list[DocumentReport]]:
    """Every check on one vendor's documents: its diagnostics and one report per readable document."""
    from policylabel.consistency import claims as claim_checks
    from policylabel.consistency import coverage, detected, drift, quotes, review
    from policylabel.consistency import summary as summary_checks
    from policylabel.consistency.detector import learned_wanted
    from policylabel.statements import extract, with_learned

    out_diags: list[Diagnostic] = []
    out_reports: list[DocumentReport] = []
    sources: dict[str, SourceText] = {}
    for doc in vendor.documents:
        try:
            sources[doc.id] = SourceText.from_file(doc.source_path)
        except (OSError, UnicodeDecodeError) as exc:
            out_diags.append(source_unreadable(exc, doc.source_path))
    # Contacts may be backed by a document not loaded here (not asked for, invalid, or its text unreadable):
    # then only the root cause is reported, not every contact as unbacked.
    if vendor.id not in validation.partial and len(sources) == len(vendor.documents):
        out_diags.extend(claim_checks.vendor_contacts(vendor, sources, validation.loaded.get(vendor.yaml_path)))
    for doc in vendor.documents:
        source = sources.get(doc.id)
        if source is None:
            continue
        diags: list[Diagnostic] = []
        matches, qd = quotes.locate_all(doc, source)
        diags += qd
        related, rd = quotes.locate_related(doc, sources)
        diags += rd
        loaded = validation.loaded.get(doc.yaml_path)
        stale, dd = drift.check(doc, source, matches, loaded)
        diags += dd
        diags += review.check(doc, loaded, refuse_proposed)
        if loaded is not None:
            diags += claim_checks.check(doc, source, matches, loaded)
        regions, rdiags = coverage.regions(doc, source)
        diags += rdiags
        units, unreviewed, cd = coverage.check(doc, source, matches, regions, strict)
        diags += cd
        if loaded is not None:
            diags += summary_checks.check(doc, source, matches, loaded, units, strict)
        # Read once: the detector's rules and the source view's readings of unreviewed units share it, with what
        # the learned weights read in the units either wants.
        reads = extract(source, units, doc.kind)
        reads = with_learned(reads, doc.kind, learned_wanted(reads) | frozenset(u.span.start for u in unreviewed))
        found, fd = detected.check(doc, source, units, matches, reads)
        diags += fd
        report = DocumentReport(
            vendor=vendor, document=doc, source=source, matches=matches, related_matches=related,
            sentences=tuple(units), unreviewed=tuple(unreviewed), out_of_scope=tuple(regions),
            detected=tuple(found), stale=stale,
            readings=_readings(reads, unreviewed),
            errors=sum(1 for d in diags if d.severity is Severity.ERROR),
            warnings=sum(1 for d in diags if d.severity is Severity.WARNING),
        )
        out_diags.extend(diags)
        out_reports.append(report)
    return out_diags, out_reports


def _readings(reads: list[Read], unreviewed: list[Sentence]) -> dict[int, tuple[tuple[str, str], ...]]:
    """The (practice, polarity) pairs read in each unreviewed unit, by its start: all the source view needs of
    the reads, small enough to cross to the renderer (and between processes) with the report."""
    starts = {u.span.start for u in unreviewed}
    out: dict[int, tuple[tuple[str, str], ...]] = {}
    if not starts:
        return out
    for read in reads:
        if read.unit.span.start in starts and read.statements:
            out[read.unit.span.start] = tuple(dict.fromkeys((st.practice, st.polarity) for st in read.statements))
    return out
