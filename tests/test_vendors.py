"""Every curated vendor passes the consistency checks with --strict: one named test per claim, one per document.

Ids read ``<vendor>/<document>/<claim key>``, so ``pytest -k kandji`` selects a vendor and a failing claim is
one named test. The check runs once per session.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from policylabel.check import CheckResult, check
from policylabel.validate import Validation, discover, validate

VENDORS = Path(__file__).resolve().parent.parent / "vendors"
SEEDS = {"kajeet/privacy-policy", "kajeet/terms-of-service", "kandji/privacy-policy", "ujet/privacy-notice",
         "xajeet/privacy-policy"}


def _validation() -> Validation:
    targets, _ = discover([VENDORS])
    return validate(targets)


_VALIDATION = _validation()
DOCS = [(d.ref, d) for v in _VALIDATION.vendors for d in v.documents]
CLAIMS = [(f"{d.ref}/{c.key}", d, c) for _, d in DOCS for c in d.claims]


@pytest.fixture(scope="module")
def checked() -> tuple[CheckResult, dict[tuple[str, str], list]]:
    result = check(_VALIDATION, strict=True)  # as `policylabel check vendors --strict`
    by_pointer: dict[tuple[str, str], list] = defaultdict(list)
    for diag in _VALIDATION.diagnostics + result.diagnostics:
        by_pointer[(str(Path(diag.file).resolve()), diag.pointer)].append(diag)
    return result, by_pointer


def test_vendors_validate() -> None:
    assert [d for d in _VALIDATION.diagnostics if d.is_error] == []


@pytest.mark.parametrize("ref, claim_doc, claim", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_claim(checked, ref, claim_doc, claim) -> None:
    _, by_pointer = checked
    path = str(claim_doc.yaml_path.resolve())
    errors = [d for (file, ptr), diags in by_pointer.items() if file == path
              and (ptr == claim.pointer or ptr.startswith(claim.pointer + "/")) for d in diags if d.is_error]
    assert errors == [], "\n".join(f"{d.code} at {d.pointer}: {d.message}" for d in errors)


@pytest.mark.parametrize("ref, document", DOCS, ids=[d[0] for d in DOCS])
def test_document(checked, ref, document) -> None:
    result, _ = checked
    report = next(r for r in result.reports if r.document is document)
    files = {str(document.yaml_path.resolve()), str(document.source_path.resolve())}
    errors = [d for d in result.diagnostics if d.is_error and str(Path(d.file).resolve()) in files]
    assert errors == [], "\n".join(f"{d.file}:{d.line}: {d.code}: {d.message}" for d in errors)
    assert report.errors == 0 and not report.stale
    if ref in SEEDS:
        gaps = [f"line {u.span.line}: {u.text[:80]}" for u in report.unreviewed]
        assert report.coverage == 1.0, f"{ref} coverage {report.coverage:.1%}; unreviewed:\n" + "\n".join(gaps)


def test_seeds_present() -> None:
    assert {ref for ref, _ in DOCS} >= SEEDS
