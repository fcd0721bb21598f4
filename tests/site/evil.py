"""A vendor whose every string carries markup, script, </script>, javascript: URLs and quotes.

Built straight from the model (validation would refuse some of these values), so the renderer's own
escaping is what the injection tests exercise.
"""

from __future__ import annotations

from pathlib import Path

from policylabel.check import DocumentReport
from policylabel.evidence import SourceText
from policylabel.model import Address, Claim, Contact, Document, Finding, LegalEntity, OutOfScope, Quote, Vendor

PAYLOAD = ("\"'><script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)></svg>"
           "</script><!-- javascript:alert(4) <a href=\"javascript:alert(5)\">x</a> &amp; \u2028")
JS_URL = "javascript:alert(document.domain)"


def _p(tag: str) -> str:
    return f"{tag} {PAYLOAD}"


def _quote(text: str, pointer: str, document: str | None = None) -> Quote:
    return Quote(text, pointer, Path("evil/privacy-policy.yaml"), 1, 1, document)


def evil_reports() -> tuple[list[DocumentReport], list[Vendor]]:
    quote_a = "We share " + PAYLOAD + " with partners."
    quote_b = "We never share <b>anything</b> & keep it \"safe\"."
    text = (f"{_p('Navigation')}\n\n{quote_a}\n{quote_b}\nAn unreviewed <i>sentence</i> {PAYLOAD}.\n")
    source = SourceText(text, "evil/privacy-policy.txt")
    contacts = (Contact("email", "x@example.com\"><script>alert(1)</script>", _p("purpose")),
                Contact("web-form", JS_URL, _p("form")), Contact("phone", _p("+1 555"), None),
                Contact("postal", _p("street"), _p("post")))
    claims = (
        Claim("sharing[1]", "sharing", "affirmed", _p("summary"), (_quote(quote_a, "/claims/0/evidence/0"),),
              "/claims/0", 1, 1, {"data": ("name",), "recipients": ("advertisers",)}, choice="opt-out",
              note=_p("note"), contacts=contacts, countries=(_p("XX"),), duration=_p("P1D"), date=_p("date")),
        Claim("</script>", "sale", "denied", _p("sale"), (_quote(quote_b, "/claims/1/evidence/0"),),
              "/claims/1", 1, 1, {}, age=13),
        Claim("contact-x", "contact", "affirmed", _p("contact"), (_quote(quote_b, "/claims/2/evidence/0"),),
              "/claims/2", 1, 1, {}, contacts=contacts),
    )
    findings = (Finding("x\"><script>alert(1)</script>", "contradiction", _p("finding"),
                        (_quote(quote_a, "/findings/0/evidence/0"), _quote(quote_b, "/findings/0/evidence/1")),
                        (_quote(_p("related"), "/findings/0/related-evidence/0/quote", "missing-doc"),),
                        "/findings/0", 1, 1),)
    doc = Document(vendor_id="evil", id="privacy-policy", kind="privacy-policy", title=_p("title"),
                   language="en", yaml_path=Path("evil/privacy-policy.yaml"),
                   source_path=Path("evil/privacy-policy.txt"), sha256=source.sha256, url=JS_URL,
                   dates={"last-updated": _p("date")}, version=_p("version"), claims=claims, findings=findings,
                   dismissals=(), out_of_scope=(OutOfScope("navigation", _quote("Navigation", "/oos/0/start"),
                                                           None, _p("oos"), "/oos/0"),))
    vendor = Vendor(id="evil", name=_p("name"), yaml_path=Path("evil/vendor.yaml"), folder=Path("evil"),
                    website=JS_URL, description=_p("description"),
                    legal_entities=(LegalEntity(_p("entity"), _p("role"),
                                                Address(_p("CC"), _p("street"), _p("city"), _p("region"), _p("zip"))),),
                    contacts=contacts, dpo_name=_p("dpo"), dpo_contacts=contacts, documents=(doc,))
    matches = {q.pointer: tuple(source.locate(q.text)) for q in doc.quotes()}
    nav = source.locate(_p("Navigation"))
    from policylabel.segment import Sentence

    unrev_at = text.index("An unreviewed")
    unreviewed = (Sentence(source.span(unrev_at, len(text) - 1), text[unrev_at:-1], "sentence"),)
    report = DocumentReport(vendor=vendor, document=doc, source=source, matches=matches, related_matches={},
                            sentences=unreviewed * 3, unreviewed=unreviewed,
                            out_of_scope=(("navigation", nav[0]),) if nav else ())
    return [report], [vendor]
