"""Claim checks (spec/consistency.md, "Claim checks"): one small vendor per rule, built in tmp_path."""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

import pytest

from policylabel.check import CheckResult, check
from policylabel.consistency.claims import dates_in, durations_in, iso_duration_days, numbers_in
from policylabel.diagnostics import Diagnostic
from policylabel.validate import Target, validate

TEXT = """Example Privacy Policy

Last updated: March 5, 2024

We do not sell your personal information.
We keep account records for thirty (30) days after you close your account.
We do not knowingly collect personal information from children under the age of thirteen.
Contact our privacy team at privacy@example.com or call 1-800-555-0100.
Example, Inc., 100 Main Street, Springfield, IL 62701
"""


def make_vendor(root: Path, text: str, body: str, *, sha: str | None = None, vendor_extra: str = "",
                kind: str = "privacy-policy", doc_id: str = "privacy-policy") -> Path:
    """A vendor folder ``root/example`` with one document; returns the document YAML's path."""
    folder = root / "example"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vendor.yaml").write_text("id: example\nname: Example\n" + vendor_extra, encoding="utf-8")
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    digest = sha or hashlib.sha256(text.encode("utf-8")).hexdigest()
    yaml_path = folder / f"{doc_id}.yaml"
    yaml_path.write_text(
        f"id: {doc_id}\nkind: {kind}\ntitle: Example\nsource:\n  file: {doc_id}.txt\n  sha256: {digest}\n"
        + textwrap.dedent(body), encoding="utf-8")
    return yaml_path


def run(yaml_path: Path, strict: bool = False) -> tuple[CheckResult, list[Diagnostic]]:
    validation = validate([Target(yaml_path.parent)])
    errors = [d for d in validation.diagnostics if d.is_error]
    assert not errors, errors
    result = check(validation, strict=strict)
    return result, result.diagnostics


def codes(diags: list[Diagnostic]) -> list[tuple[str, str, str]]:
    return [(d.severity.value, d.code, d.pointer) for d in diags]


def claim(practice: str, polarity: str, quotes: list[str], extra: str = "") -> str:
    ev = "".join(f"      - {q!r}\n".replace("'", "'") for q in quotes)
    return (f"  - practice: {practice}\n    polarity: {polarity}\n    summary: A plain summary of the claim.\n{extra}"
            f"    evidence:\n{ev}")


def doc(*claims: str, tail: str = "") -> str:
    return "claims:\n" + "".join(claims) + tail


# ------------------------------------------------------------------ quotes

def test_clean_document_has_no_claim_diagnostics(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We do not sell your personal information."])))
    _, diags = run(y)
    assert [d for d in diags if d.code != "unreviewed"] == []


def test_quote_not_found_has_did_you_mean_hint_with_line(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We never sell your personal information."])))
    _, diags = run(y)
    [d] = [d for d in diags if d.code == "quote-not-found"]
    assert d.is_error and d.pointer == "/claims/0/evidence/0" and d.file == str(y)
    assert d.line == 12  # the quote's line in the YAML
    assert 'did you mean "' in d.hint and "sell your personal information" in d.hint
    assert "line 5 of the source" in d.hint


def test_quote_without_similar_passage(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["Zebras quietly graze upon the tundra plains."])))
    _, diags = run(y)
    [d] = [d for d in diags if d.code == "quote-not-found"]
    assert "no similar passage" in d.hint


def test_quote_matches_across_typography(tmp_path: Path) -> None:
    text = "We don\u2019t sell\u00a0your  personal\ninformation \u2014 ever.\n"
    y = make_vendor(tmp_path, text, doc(claim("sale", "denied", ["We don't sell your personal information - ever."])))
    _, diags = run(y)
    assert not [d for d in diags if d.is_error]


def test_short_quote_warning_unless_value(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(
        claim("sale", "denied", ["do not sell"]),
        claim("contact", "affirmed", ["privacy@example.com"]),
    ))
    _, diags = run(y)
    short = [d for d in diags if d.code == "quote-too-short"]
    assert codes(short) == [("warning", "quote-too-short", "/claims/0/evidence/0")]


# ------------------------------------------------------------------ drift

def test_drift_is_one_error_naming_the_document(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(
        claim("sale", "denied", ["We do not sell your personal information."]),
        claim("sale", "denied", ["Not in the text at all, sadly for us."]),
    ), sha="0" * 64)
    result, diags = run(y)
    [d] = [d for d in diags if d.code == "source-changed"]
    assert d.is_error and d.pointer == "/source/sha256" and "example/privacy-policy" in d.message
    assert "1 of 2 quotes still match" in d.hint
    assert [r.message for r in d.related] == ["quote no longer matches"]
    assert result.reports[0].stale


# ------------------------------------------------------------------ values

@pytest.mark.parametrize("age, ok", [(13, True), (16, False)])
def test_age_backed_by_number_words(tmp_path: Path, age: int, ok: bool) -> None:
    q = "We do not knowingly collect personal information from children under the age of thirteen."
    y = make_vendor(tmp_path, TEXT, doc(claim("children", "denied", [q], extra=f"    age: {age}\n")))
    _, diags = run(y)
    bad = [d for d in diags if d.code == "value-not-backed"]
    assert (bad == []) is ok
    if not ok:
        assert bad[0].pointer == "/claims/0/age" and bad[0].is_error


@pytest.mark.parametrize("duration, ok", [("P30D", True), ("P1M", True), ("P90D", False), ("P1Y", False)])
def test_duration_iso_vs_words(tmp_path: Path, duration: str, ok: bool) -> None:
    q = "We keep account records for thirty (30) days after you close your account."
    y = make_vendor(tmp_path, TEXT, doc(claim("retention", "affirmed", [q], extra=f"    duration: {duration}\n")))
    _, diags = run(y)
    bad = [d for d in diags if d.code == "value-not-backed"]
    assert (bad == []) is ok
    if not ok:
        assert bad[0].pointer == "/claims/0/duration" and "30 days" in bad[0].hint


def test_value_parsers() -> None:
    assert 13 in numbers_in("children under thirteen") and 13 in numbers_in("under 13")
    assert iso_duration_days("P90D") == 90 and 90 in durations_in("for 90 days")
    assert 90 in durations_in("ninety (90) days") and 1 in durations_in("24 hours")
    assert iso_duration_days("P1Y") in durations_in("one (1) year")
    assert iso_duration_days("nonsense") is None
    from datetime import date
    d = date(2024, 3, 5)
    for form in ["March 5, 2024", "5 March 2024", "2024-03-05", "03/05/2024", "5th of March, 2024", "Mar. 5 2024"]:
        assert d in dates_in(form), form
    assert date(2024, 5, 3) in dates_in("03/05/2024")  # day-first reading kept too


@pytest.mark.parametrize("value, ok", [("2024-03-05", True), ("2024-03-06", False)])
def test_date_backed(tmp_path: Path, value: str, ok: bool) -> None:
    y = make_vendor(tmp_path, "Terms\n\nThese terms are effective as of March 5, 2024 for all users.\n",
                    doc(claim("acceptance", "affirmed", ["These terms are effective as of March 5, 2024 for all users."],
                              extra=f"    date: \"{value}\"\n")), kind="terms-of-service", doc_id="terms")
    _, diags = run(y)
    bad = [d for d in diags if d.code == "value-not-backed"]
    assert (bad == []) is ok


@pytest.mark.parametrize("channel, value, ok", [
    ("email", "privacy@example.com", True),
    ("email", "PRIVACY@example.com", True),
    ("email", "privacy@example.co", False),  # a prefix of the address in the text is not it
    ("phone", "1-800-555-0100", True),
    ("phone", "+1 (800) 555-0100", True),
    ("phone", "1-800-555-0199", False),
    ("postal", "Example, Inc., 100 Main Street, Springfield, IL 62701", True),
    ("postal", "Example, Inc., 100 Main Street, Shelbyville, IL 62701", False),
])
def test_contacts_backed_by_source(tmp_path: Path, channel: str, value: str, ok: bool) -> None:
    q = "Contact our privacy team at privacy@example.com or call 1-800-555-0100."
    extra = f"    contacts:\n      - channel: {channel}\n        value: \"{value}\"\n"
    y = make_vendor(tmp_path, TEXT, doc(claim("contact", "affirmed", [q], extra=extra)))
    _, diags = run(y)
    bad = [d for d in diags if d.code == "value-not-backed"]
    assert (bad == []) is ok, bad
    if not ok:
        assert bad[0].pointer == "/claims/0/contacts/0/value"


def test_vanity_phone_and_short_code() -> None:
    from policylabel.consistency.claims import contact_in_text
    from policylabel.model import Contact
    text = "Call Customer Care (611 or 1-866-4kajeet) or 1-866-452-5338 today."
    assert contact_in_text(Contact("phone", "1-866-452-5338"), text)
    assert contact_in_text(Contact("phone", "1-866-4KAJEET"), text)
    assert contact_in_text(Contact("phone", "611"), text)
    assert not contact_in_text(Contact("phone", "612"), text)
    # letters of ordinary words are not phone digits
    assert not contact_in_text(Contact("phone", "4357"), "help me")


def test_vendor_contacts_in_one_of_the_texts(tmp_path: Path) -> None:
    extra = ("contacts:\n  - channel: email\n    value: privacy@example.com\n"
             "  - channel: email\n    value: dpo@example.com\n"
             "  - channel: postal\n    value: 100 Main Street, Springfield, IL 62701\n")
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We do not sell your personal information."])),
                    vendor_extra=extra)
    _, diags = run(y)
    bad = [d for d in diags if d.code == "value-not-backed"]
    assert codes(bad) == [("error", "value-not-backed", "/contacts/1/value")]
    assert bad[0].file.endswith("vendor.yaml")


# ------------------------------------------------------------------ polarity

def test_polarity_warnings(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(
        claim("sale", "affirmed", ["We do not sell your personal information."]),
        claim("retention", "denied", ["We keep account records for thirty (30) days after you close your account."]),
        claim("sale", "denied", ["We do not sell your personal information."]),
    ))
    _, diags = run(y)
    pol = [d for d in diags if d.code == "polarity"]
    assert codes(pol) == [("warning", "polarity", "/claims/0/polarity"), ("warning", "polarity", "/claims/1/polarity")]


# ------------------------------------------------------------------ detected contradictions

CONTRA = ("Privacy\n\nWe do not sell your personal information.\n"
          "You can opt out of the sale of your personal information at any time.\n")
Q1 = "We do not sell your personal information."
Q2 = "You can opt out of the sale of your personal information at any time."


def _detected(tmp_path: Path, tail: str) -> tuple[str, list[Diagnostic]]:
    y = make_vendor(tmp_path, CONTRA, doc(claim("sale", "denied", [Q1]), tail=tail))
    result, diags = run(y)
    [rep] = result.reports
    [found] = rep.detected
    return found.status, [d for d in diags if d.code.startswith("detected-")]


def test_detected_contradiction_open(tmp_path: Path) -> None:
    status, diags = _detected(tmp_path, "")
    assert status == "open"
    assert codes(diags) == [("warning", "detected-contradiction", "")]
    assert len(diags[0].related) == 2


def test_detected_contradiction_acknowledged(tmp_path: Path) -> None:
    tail = f"findings:\n  - kind: contradiction\n    message: The policy denies selling but offers an opt-out of the sale.\n    evidence:\n      - {Q1!r}\n      - {Q2!r}\n"
    status, diags = _detected(tmp_path, tail)
    assert status == "acknowledged" and diags == []


def test_finding_must_cover_every_location(tmp_path: Path) -> None:
    tail = f"findings:\n  - kind: contradiction\n    message: The policy denies selling but offers an opt-out of the sale.\n    evidence:\n      - {Q1!r}\n"
    status, diags = _detected(tmp_path, tail)
    assert status == "open" and len(diags) == 1


def test_detected_contradiction_dismissed(tmp_path: Path) -> None:
    tail = f"dismissals:\n  - reason: not one\n    evidence:\n      - {Q1!r}\n      - {Q2!r}\n"
    status, diags = _detected(tmp_path, tail)
    assert status == "dismissed" and diags == []


def test_a_label_with_a_curated_and_an_open_detected_finding_renders(tmp_path: Path) -> None:
    from policylabel import site as site_module

    tail = f"findings:\n  - kind: contradiction\n    message: The policy denies selling but offers an opt-out of the sale.\n    evidence:\n      - {Q1!r}\n"
    y = make_vendor(tmp_path, CONTRA, doc(claim("sale", "denied", [Q1]), tail=tail))
    validation = validate([Target(y.parent)])
    result = check(validation)
    [rep] = result.reports
    assert [d.status for d in rep.detected] == ["open"]
    out = tmp_path / "site"
    site_module.build(list(result.reports), list(validation.vendors), out, progress=False)
    page = (out / "example" / "privacy-policy" / "index.html").read_text(encoding="utf-8")
    assert page.count("The policy denies selling but offers an opt-out of the sale.") >= 1
