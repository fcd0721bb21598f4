"""Quality floors for `draft` and the detector (the figures themselves: `tox -e quality`)."""

from __future__ import annotations

from quality import blind, corpora, seeds, vendors


def test_blind_practice_and_polarity_per_line() -> None:
    s = blind.score_lines()
    assert s.required >= 100
    assert s.recall >= 0.8, s.misses
    assert s.precision >= 0.8, s.extras


def test_blind_contradictions_and_no_trap() -> None:
    s = blind.score_contradictions(blind.detector)
    assert s.planted >= 20 and s.traps >= 20
    assert s.recall >= 0.85, s.misses
    assert s.traps_reported == []


def test_second_blind_corpus_after_tuning() -> None:
    """The second blind corpus (tests/data/draft-blind2), AFTER TUNING: its first run scored recall 0.607,
    precision 0.791 and 10 of 36 contradictions with 2 traps reported (its README); the extractor and the
    statement rules were then improved with general rules on it (0.879, 0.947, 25 of 36, no trap). These
    floors keep those gains, a small margin below; they are not blind figures."""
    s = blind.score_lines(blind.SECOND)
    assert s.required >= 200
    assert s.recall >= 0.85, s.misses
    assert s.precision >= 0.92, s.extras
    c = blind.score_contradictions(blind.detector, blind.SECOND)
    assert c.planted >= 30 and c.traps >= 30
    assert c.found >= 23, c.misses
    assert c.traps_reported == []


def test_third_blind_corpus_after_tuning() -> None:
    """The third blind corpus (tests/data/draft-blind3), AFTER TUNING: held out at first and scored once on the
    extractor of its day (recall 0.747, precision 0.902, 13 of 44 contradictions, 4 of 35 traps reported; its
    README), then used, like the second, to improve the extractor and the statement rules with general rules
    (0.864, 0.942, 24 of 44, one trap left: an age rule for one product against the account minimum). These
    floors keep those gains, a small margin below; they are not blind figures."""
    s = blind.score_lines(blind.THIRD)
    assert s.required >= 200
    assert s.recall >= 0.84, s.misses
    assert s.precision >= 0.92, s.extras
    c = blind.score_contradictions(blind.detector, blind.THIRD)
    assert c.planted >= 40 and c.traps >= 30
    assert c.found >= 22, c.misses
    assert len(c.traps_reported) <= 1, c.traps_reported


def test_fourth_blind_corpus_after_tuning() -> None:
    """The fourth blind corpus (tests/data/draft-blind4), AFTER TUNING: its one blind run scored recall 0.587,
    precision 0.757, 9 of 50 contradictions and 4 of 44 traps reported (its README); it was then used to improve
    the extractor with general rules (0.675, 0.803, 12 of 50, 3 traps). These floors keep those gains, a small
    margin below; they are not blind figures."""
    s = blind.score_lines(blind.FOURTH)
    assert s.required >= 240
    assert s.recall >= 0.65, s.misses
    assert s.precision >= 0.78, s.extras
    c = blind.score_contradictions(blind.detector, blind.FOURTH)
    assert c.planted >= 45 and c.traps >= 40
    assert c.found >= 11, c.misses
    assert len(c.traps_reported) <= 3, c.traps_reported


def test_fifth_blind_corpus_held_out() -> None:
    """The fifth blind corpus (tests/data/draft-blind5), held out: scored once, on the code tuned on the first
    four (recall 0.691, precision 0.833, 11 of 42 contradictions, 7 of 33 traps reported; its README). Nothing is
    changed for it: a guard against regressions at its blind figures, below the goals."""
    s = blind.score_lines(blind.FIFTH)
    assert s.required >= 200
    assert s.recall >= 0.66, s.misses
    assert s.precision >= 0.8, s.extras
    c = blind.score_contradictions(blind.detector, blind.FIFTH)
    assert c.planted >= 40 and c.traps >= 30
    assert c.found >= 10, c.misses
    assert len(c.traps_reported) <= 7, c.traps_reported


def test_draft_against_curated_seeds() -> None:
    s = seeds.score_seeds()
    assert s.curated >= 300
    assert s.recall >= 0.6, s.per_document
    assert s.precision >= 0.7, s.per_document


def test_existing_corpora_no_false_alarm_and_no_lower_recall() -> None:
    """The corpora written for the detector before it read statements: no false alarm, and at least what
    the earlier pattern detector found (114 of 116)."""
    s = corpora.score_corpora()
    assert s.expected >= 116
    assert s.false_alarms == 0, s.alarms
    assert s.found >= 114


def test_detector_recall_on_curated_vendor_findings_does_not_drop() -> None:
    s = vendors.score_vendor_findings(vendors.detector)
    assert s.curated >= 20
    assert s.recovered >= 3, s.missed


def test_curated_vendors_have_no_open_detection() -> None:
    """Every finding the detector reports in the seeds' texts is acknowledged or dismissed by their curators."""
    from policylabel.consistency import detected, quotes
    from policylabel.evidence import SourceText
    from policylabel.segment import sentences
    from policylabel.validate import discover, validate

    targets, _ = discover([vendors.VENDORS])
    for vendor in validate(targets).vendors:
        for doc in vendor.documents:
            source = SourceText.from_file(doc.source_path)
            matches, _ = quotes.locate_all(doc, source)
            reports, _diags = detected.check(doc, source, sentences(source), matches)
            assert [r.key for r in reports if r.status == "open"] == [], doc.id
