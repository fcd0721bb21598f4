"""Quality floors for `draft` and the detector (the figures themselves: `tox -e quality`)."""

from __future__ import annotations

from quality import blind, corpora, seeds, vendors


def test_blind_practice_and_polarity_per_line() -> None:
    s = blind.score_lines()
    assert s.required >= 100
    assert s.recall >= 0.8, s.misses
    assert s.precision >= 0.8, s.extras


def test_blind_contradictions_and_no_trap() -> None:
    s = blind.score_contradictions(blind.combined_detector)
    assert s.planted >= 20 and s.traps >= 20
    assert s.recall >= 0.85, s.misses
    assert s.traps_reported == []


def test_draft_against_curated_seeds() -> None:
    s = seeds.score_seeds()
    assert s.curated >= 300
    assert s.recall >= 0.6, s.per_document
    assert s.precision >= 0.7, s.per_document


def test_existing_corpora_no_false_alarm_and_no_lower_recall() -> None:
    from policylabel.consistency.contradictions import detect

    combined = corpora.score_corpora()
    assert combined.false_alarms == 0, combined.alarms
    text_only = 0
    for corpus in corpora.CORPORA:
        for path in sorted((corpora.DATA / corpus).glob("*.txt")):
            import json

            from policylabel.evidence import SourceText

            found = detect(SourceText(path.read_text(encoding="utf-8"), path.name))
            for e in json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]:
                text_only += any(f.kind == e["kind"] and set(e["lines"]) <= {loc.span.line for loc in f.locations}
                                 for f in found)
    assert combined.found >= text_only


def test_detector_recall_on_curated_vendor_findings_does_not_drop() -> None:
    combined = vendors.score_vendor_findings(vendors.combined)
    text_only = vendors.score_vendor_findings(vendors.text_rules_only)
    assert combined.curated >= 20
    assert combined.recovered >= text_only.recovered >= 3


def test_curated_vendors_gain_no_open_detection() -> None:
    """The statement rules add nothing the curators have not already seen in the seeds' texts."""
    from policylabel.consistency.contradictions import detect
    from policylabel.consistency.statement_rules import detect_all
    from policylabel.evidence import SourceText
    from policylabel.validate import discover, validate

    targets, _ = discover([vendors.VENDORS])
    for vendor in validate(targets).vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            assert {f.key for f in detect_all(source, None, doc.kind)} == {f.key for f in detect(source)}, doc.id
