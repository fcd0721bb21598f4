"""Consent by whom: the individual's consent (opt-in) and the business customer's or account holder's
(customer-opt-in) are different choices, worded apart on the label, in P3P and in JSON-LD."""

from __future__ import annotations

from pathlib import Path

import pytest

from policylabel import p3p
from policylabel.label import YES, build_label
from policylabel.site import status_html
from policylabel.vocabulary import load_vocabulary
from test_claim_checks import make_vendor, run

TEXT = """Example Privacy Policy

We share your email address with our marketing partners only with the prior written consent of your employer.
"""
QUOTE = "We share your email address with our marketing partners only with the prior written consent of your employer."


def _report(tmp_path: Path, choice: str):
    body = ("claims:\n  - practice: sharing\n    polarity: affirmed\n"
            "    summary: Shares email addresses with marketing partners only with the employer's prior written "
            "consent.\n    data: [email-address]\n    recipients: [business-partners]\n    purposes: [marketing]\n"
            f"    choice: {choice}\n    evidence:\n      - {QUOTE!r}\n")
    result, diags = run(make_vendor(tmp_path, TEXT, body), strict=True)
    assert [d for d in diags if d.is_error and d.code != "unreviewed"] == []  # the title is not quoted
    return result.reports[0]


def test_the_vocabulary_words_each_consent() -> None:
    choices = load_vocabulary().sets["choices"].terms
    assert "your consent" in choices["opt-in"].label
    own, other = choices["opt-in"], choices["customer-opt-in"]
    assert "customer" in other.label and "account holder" in other.label and "not yours" in other.label
    assert other.iri == "pl:ChoiceCustomerOptIn" and other.p3p == "always" and own.p3p == "opt-in"


@pytest.mark.parametrize("choice, fact, p3p_attr", [
    ("opt-in", "Only with your consent (opt-in)", 'required="opt-in"'),
    ("customer-opt-in", "Only with the customer's or account holder's consent, not yours", None),
])
def test_label_and_p3p(tmp_path: Path, choice: str, fact: str, p3p_attr: str | None) -> None:
    report = _report(tmp_path, choice)
    label = build_label(report)
    [st] = [s for sec in label.sections for s in sec.statements]
    assert ("Choice", fact) in [(f.name, f.value) for f in st.facts]
    cols = [c for c, _ in label.columns]
    [row] = [r for r in label.grid if r.category == "email-address"]
    shared = dict(zip(cols, row.cells, strict=True))["shared"]
    assert shared.status == YES and shared.choice == choice
    xml = p3p.policy_xml(report)
    assert "<marketing" in xml or "<telemarketing" in xml or "<contact" in xml
    if p3p_attr:
        assert p3p_attr in xml
    else:
        assert "required=" not in xml  # the user is not asked: P3P's "always", which takes no attribute


def test_status_words_tell_whose_consent() -> None:
    assert "Only with your consent" in str(status_html("opt-in"))
    assert "customer" in str(status_html("customer-opt-in")) and "st-customer-opt-in" in str(
        status_html("customer-opt-in"))


def test_curated_business_customer_consent() -> None:
    """kajeet's customer data is shared only with the consent of the institutional customer, not the user."""
    from policylabel.validate import discover, validate

    vendors = Path(__file__).resolve().parent.parent / "vendors"
    validation = validate(discover([vendors / "kajeet"])[0])
    doc = next(d for v in validation.vendors for d in v.documents if d.id == "privacy-policy")
    claim = next(c for c in doc.claims if c.key == "customer-data-not-shared")
    assert claim.choice == "customer-opt-in" and "customer's prior written consent" in claim.summary
