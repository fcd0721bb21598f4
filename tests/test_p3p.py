"""P3P 1.0: well-formed, in the P3P namespace, valid against the subset schema written from the spec."""

from __future__ import annotations

import pytest
from lxml import etree

from policylabel import p3p, paths
from test_jsonld_support import checked

NS = "http://www.w3.org/2002/01/P3Pv1"
SCHEMA = etree.XMLSchema(etree.parse(str(paths.SCHEMAS / "p3p" / "p3p-subset.xsd")))
PRIVACY = [r for r in checked()[1] if r.document.kind == "privacy-policy"]


def parse(text: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(text.encode("utf-8"), parser)


@pytest.mark.parametrize("report", PRIVACY, ids=[r.document.ref for r in PRIVACY])
def test_policy_is_valid_p3p(report) -> None:
    root = parse(p3p.policy_xml(report))
    assert root.tag == f"{{{NS}}}POLICIES"
    assert all(el.tag.startswith(f"{{{NS}}}") for el in root.iter() if isinstance(el.tag, str))
    SCHEMA.assertValid(root)
    policy = root.find(f"{{{NS}}}POLICY")
    assert policy.get("name") == report.document.id


def test_reference_file_is_valid_p3p() -> None:
    root = parse(p3p.reference_file(list(checked()[1])))
    assert root.tag == f"{{{NS}}}META"
    SCHEMA.assertValid(root)
    refs = root.findall(f".//{{{NS}}}POLICY-REF")
    assert len(refs) == len(PRIVACY)
    assert all(r.find(f"{{{NS}}}INCLUDE").text.startswith("/") for r in refs)


def test_the_schema_rejects_values_outside_p3p() -> None:
    text = p3p.policy_xml(PRIVACY[0]).replace("<ours/>", "<ourselves/>")
    assert not SCHEMA.validate(parse(text))
    text = p3p.policy_xml(PRIVACY[0]).replace("<current/>", '<current required="opt-in"/>')
    if text != p3p.policy_xml(PRIVACY[0]):
        assert not SCHEMA.validate(parse(text))


def test_values_come_from_the_vocabulary() -> None:
    from policylabel.vocabulary import load_vocabulary

    voc = load_vocabulary()
    allowed = {"purposes": p3p.PURPOSES, "recipients": p3p.RECIPIENTS, "retention-policies": p3p.RETENTIONS,
               "data-categories": p3p.CATEGORIES}
    for set_name, values in allowed.items():
        for t in voc.sets[set_name].terms.values():
            assert t.p3p in values, (set_name, t.id, t.p3p)


def test_practices_without_equivalent_are_commented_not_guessed() -> None:
    report = next(r for r in PRIVACY if any(c.practice == "security" for c in r.document.claims))
    root = parse(p3p.policy_xml(report))
    comments = [c.text for c in root.iter(etree.Comment)]
    assert any("No P3P 1.0 equivalent" in c and "security" in c for c in comments)


def test_terms_of_service_have_no_p3p_policy() -> None:
    tos = next(r for r in checked()[1] if r.document.kind == "terms-of-service")
    with pytest.raises(ValueError):
        p3p.policy_xml(tos)


def test_comment_text_cannot_break_the_comment() -> None:
    assert "--" not in p3p._comment("a -- b ---")[4:-3]
    parse(f"<x>{p3p._comment('ends with -')}</x>")


def test_p3p_is_deterministic() -> None:
    for r in PRIVACY:
        assert p3p.policy_xml(r) == p3p.policy_xml(r)
