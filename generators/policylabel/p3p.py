"""Legacy P3P 1.0 (https://www.w3.org/TR/P3P/) policies and policy reference file, from the vocabulary.

P3P ties purposes, recipients, retention and data in STATEMENTs; our claims state them separately and
often partly, so one STATEMENT aggregates what the affirmed claims say (a P3P user agent reads a policy as
the union of its statements anyway). Practices P3P cannot express, denied practices, and required
elements the document does not fill are said in XML comments, never guessed silently (a claim named by its
key, practice and polarity: its summary is on the label). Values come from
the vocabulary's ``p3p`` fields; the few mappings it does not hold yet are the tables below.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from policylabel import jsonld
from policylabel.check import DocumentReport
from policylabel.model import Claim, Contact, Vendor
from policylabel.vocabulary import Vocabulary, load_vocabulary

NS = "http://www.w3.org/2002/01/P3Pv1"
REFERENCE_PATH = "w3c/p3p.xml"

# Spec order of each enumeration (P3P 1.0 §3.3): values are emitted in this order, for stable output.
PURPOSES = ("current", "admin", "develop", "tailoring", "pseudo-analysis", "pseudo-decision",
            "individual-analysis", "individual-decision", "contact", "historical", "telemarketing",
            "other-purpose")
RECIPIENTS = ("ours", "delivery", "same", "other-recipient", "unrelated", "public")
RETENTIONS = ("no-retention", "stated-purpose", "legal-requirement", "business-practices", "indefinitely")
CATEGORIES = ("physical", "online", "uniqueid", "purchase", "financial", "computer", "navigation", "interactive",
              "demographic", "content", "state", "political", "health", "preference", "location", "government",
              "other-category")
# Which choice wins when claims give one purpose different choices: the one promising the least.
_CHOICE_RANK = {"always": 0, "opt-out": 1, "opt-in": 2}



def _statement_practices(vocab: Vocabulary) -> frozenset[str]:
    """Practices whose affirmed claims feed the STATEMENT (their data, purposes, recipients, retention)."""
    return vocab.practices_where("p3p-element", "STATEMENT")


def _element_practices(vocab: Vocabulary) -> dict[str, str]:
    """Practices expressed elsewhere in the policy (ACCESS, DISPUTES-GROUP, ENTITY) -> their element."""
    return {t.id: t.extra["p3p-element"] for t in vocab.sets["practices"].terms.values()
            if t.extra.get("p3p-element") not in (None, "STATEMENT")}


def policy_path(report: DocumentReport) -> str:
    """Site-relative path of a privacy document's P3P policy."""
    return f"{jsonld.VENDORS_DIR}{report.document.vendor_id}/{report.document.id}/p3p.xml"


def _comment(text: str) -> str:
    # "--" may not occur in an XML comment, nor may one end with "-".
    text = " ".join(text.split())
    while "--" in text:
        text = text.replace("--", "- -")
    if text.endswith("-"):
        text += " "
    return f"<!-- {text} -->"


def _choice_attr(choice: str | None) -> str:
    return f' required="{choice}"' if choice and choice != "always" else ""


class _Policy:
    """Collects one document's P3P values and the comments explaining what could not be expressed."""

    def __init__(self, report: DocumentReport) -> None:
        self.report = report
        self.voc = load_vocabulary()
        self.statement_practices = _statement_practices(self.voc)
        self.elements = _element_practices(self.voc)
        self.purposes: dict[str, str] = {}  # value -> choice
        self.recipients: dict[str, str] = {"ours": "always"}
        self.retention: set[str] = set()
        self.categories: set[str] = set()
        self.access: set[str] = set()
        self.disputes: list[tuple[str, str, str]] = []  # (resolution-type, service, short description)
        self.notes: list[str] = []
        self.opt = False
        for claim in report.document.claims:
            self.claim(claim)

    def _p3p(self, set_name: str, term_id: str) -> str | None:
        return self.voc.term(set_name, term_id).p3p

    def _merge(self, table: dict[str, str], value: str, choice: str) -> None:
        old = table.get(value)
        table[value] = choice if old is None else min(old, choice, key=_CHOICE_RANK.__getitem__)

    def claim(self, c: Claim) -> None:
        where = f"{c.key} ({c.practice}, {c.polarity})"  # the key names the claim; its label gives the summary
        element = self.elements.get(c.practice)
        if c.practice not in self.statement_practices and element is None:
            self.notes.append(f"No P3P 1.0 equivalent for {where}")
            return
        if not c.affirmed:
            self.notes.append(f"P3P 1.0 states only what happens; not expressed: {where}")
            return
        if element == "ACCESS":
            for r in c.attr("rights"):
                value = self._p3p("rights", r)
                if value:
                    self.access.add(value)
                elif r == "complaint":
                    self.disputes.append(("law", "", c.summary))
                else:
                    self.notes.append(f"No P3P 1.0 ACCESS value for the right '{r}' of {c.key}")
            return
        if element == "DISPUTES-GROUP":
            # A dispute mechanism's P3P value is its DISPUTES resolution-type (P3P 1.0 §3.2.6).
            types = [t for t in (self._p3p("mechanisms", m) for m in c.attr("mechanisms")) if t]
            service = _service_uri(c.contacts)
            for t in dict.fromkeys(types or ["service"]):
                self.disputes.append((t, service, c.summary))
            return
        if element == "ENTITY":
            return  # the vendor's contacts go into ENTITY
        # The P3P value of the claim's choice: `required` speaks of the user, so consent given by someone
        # else (a business customer) is "always" for them.
        choice = (self._p3p("choices", c.choice) if c.choice else None) or "always"
        self.opt |= choice in ("opt-in", "opt-out")
        for p in c.attr("purposes"):
            value = self._p3p("purposes", p)
            if value:
                # P3P: `current` takes no `required` attribute; it is always "always".
                self._merge(self.purposes, value, "always" if value == "current" else choice)
        for r in c.attr("recipients"):
            value = self._p3p("recipients", r)
            if value:
                self._merge(self.recipients, value, "always" if value == "ours" else choice)
        for d in c.attr("data"):
            value = self._p3p("data-categories", d)
            if value:
                self.categories.add(value)
        if c.retention:
            value = self._p3p("retention-policies", c.retention)
            if value:
                self.retention.add(value)


def _service_uri(contacts: Iterable[Contact]) -> str:
    for c in contacts:
        if c.value.startswith(("http://", "https://")):
            return c.value
    for c in contacts:
        if c.channel == "email":
            return f"mailto:{c.value}"
    return ""


def _entity(vendor: Vendor) -> list[str]:
    out = [f'<DATA ref="#business.name">{escape(vendor.legal_entities[0].name if vendor.legal_entities else vendor.name)}</DATA>']
    addr = next((e.address for e in vendor.legal_entities if e.address), None)
    if addr is not None:
        for ref, value in (("street", addr.street), ("city", addr.locality), ("stateprov", addr.region),
                           ("postalcode", addr.postal_code), ("country", addr.country)):
            if value:
                out.append(f'<DATA ref="#business.contact-info.postal.{ref}">{escape(value)}</DATA>')
    contacts = list(vendor.dpo_contacts) + list(vendor.contacts)
    email = next((c.value for c in contacts if c.channel == "email"), None)
    phone = next((c.value for c in contacts if c.channel == "phone"), None)
    uri = vendor.website or next((c.value for c in contacts if c.value.startswith(("http://", "https://"))), None)
    if email:
        out.append(f'<DATA ref="#business.contact-info.online.email">{escape(email)}</DATA>')
    if uri:
        out.append(f'<DATA ref="#business.contact-info.online.uri">{escape(uri)}</DATA>')
    if phone:
        # P3P splits a number into intcode/loccode/number/ext; the text gives one string, kept whole.
        out.append(f'<DATA ref="#business.contact-info.telecom.telephone.number">{escape(phone)}</DATA>')
    return out


def _policy_element(report: DocumentReport, base_url: str) -> list[str]:
    doc = report.document
    pol = _Policy(report)
    page = jsonld.document_page(doc, base_url)
    discuri = doc.url or page
    opturi = next((c.value for c in report.vendor.contacts if c.value.startswith(("http://", "https://"))
                   and c.channel in ("web-form", "in-product")), discuri)
    attrs = f"name={quoteattr(doc.id)} discuri={quoteattr(discuri)}"
    if pol.opt:
        attrs += f" opturi={quoteattr(opturi)}"
    lines = [f"<POLICY {attrs} xml:lang={quoteattr(doc.language)}>",
             _comment(f"Generated by policylabel from the curated label {page} ({doc.ref}, source sha256 "
                      f"{doc.sha256}). Every value below comes from a claim backed by quotes of the text.")]
    lines += ["<ENTITY>", "<DATA-GROUP>", *_entity(report.vendor), "</DATA-GROUP>", "</ENTITY>"]
    lines.append("<ACCESS>")
    if pol.access:
        # `all` covers every narrower ACCESS value; P3P allows exactly one.
        lines.append("<all/>" if "all" in pol.access else f"<{sorted(pol.access)[0]}/>")
    else:
        lines.append(_comment("The document states no right of access to identified data; P3P requires an "
                              "ACCESS value, and `none` is the one that promises nothing the document does not."))
        lines.append("<none/>")
    lines.append("</ACCESS>")
    if pol.disputes:
        lines.append("<DISPUTES-GROUP>")
        for rtype, service, desc in pol.disputes:
            if not service:
                lines.append(_comment("The document names no address for this recourse; `service` points at "
                                      "the document itself."))
            short = desc if len(desc) <= 255 else desc[:254] + "\u2026"
            lines.append(f"<DISPUTES resolution-type={quoteattr(rtype)} service={quoteattr(service or discuri)} "
                         f"short-description={quoteattr(short)}/>")
        lines.append("</DISPUTES-GROUP>")
    lines += _statement(pol, page)
    lines.append("</POLICY>")
    return lines


def _statement(pol: _Policy, page: str) -> list[str]:
    out = ["<STATEMENT>",
           f"<CONSEQUENCE>{escape('What the curated claims of this document state; see ' + page)}</CONSEQUENCE>"]
    for note in pol.notes:
        out.append(_comment(note))
    out.append("<PURPOSE>")
    if pol.purposes:
        out += [f"<{p}{_choice_attr(pol.purposes[p])}/>" if p != "other-purpose"
                else f"<other-purpose{_choice_attr(pol.purposes[p])}>Other purposes stated in the document</other-purpose>"
                for p in PURPOSES if p in pol.purposes]
    else:
        out.append(_comment("The curated claims state no purpose; P3P requires one."))
        out.append("<other-purpose>Not stated in the document</other-purpose>")
    out.append("</PURPOSE>")
    out.append("<RECIPIENT>")
    if len(pol.recipients) == 1:
        out.append(_comment("`ours` only: the vendor receives what it collects; the claims name no other "
                            "recipient."))
    out += [f"<{r}{_choice_attr(pol.recipients[r])}/>" for r in RECIPIENTS if r in pol.recipients]
    out.append("</RECIPIENT>")
    out.append("<RETENTION>")
    retention = [r for r in RETENTIONS if r in pol.retention]
    if len(retention) > 1:
        out.append(_comment(f"The claims state several retention policies ({', '.join(retention)}); P3P allows "
                            "one per statement, so the longest is given."))
    if retention:
        out.append(f"<{retention[-1]}/>")
    else:
        out.append(_comment("The document states no retention policy; P3P requires one, and `indefinitely` is "
                            "the value that promises nothing the document does not."))
        out.append("<indefinitely/>")
    out.append("</RETENTION>")
    out.append("<DATA-GROUP>")
    out.append('<DATA ref="#dynamic.miscdata">')
    out.append("<CATEGORIES>")
    cats = [c for c in CATEGORIES if c in pol.categories]
    if cats:
        out += [f"<{c}/>" if c != "other-category" else
                "<other-category>Other personal data named in the document</other-category>" for c in cats]
    else:
        out.append("<other-category>Not stated in the document</other-category>")
    out += ["</CATEGORIES>", "</DATA>", "</DATA-GROUP>", "</STATEMENT>"]
    return out


def _indent(lines: list[str], depth: int = 0) -> str:
    """Indent by nesting depth (our elements never mix text and children on one line), from ``depth``."""
    out = []
    for line in lines:
        closing = line.startswith("</")
        if closing:
            depth -= 1
        out.append("  " * depth + line)
        opening = (line.startswith("<") and not line.startswith(("</", "<!--", "<?")) and not line.endswith("/>")
                   and "</" not in line)
        if opening:
            depth += 1
    return "\n".join(out) + "\n"


_HEADER = '<?xml version="1.0" encoding="UTF-8"?>'


def policy_xml(report: DocumentReport, base_url: str = jsonld.BASE_URL_DEFAULT) -> str:
    """The P3P 1.0 policy file of one privacy document (``<POLICIES>`` with one ``<POLICY>``)."""
    if report.document.kind != "privacy-policy":
        raise ValueError(f"{report.document.ref} is not a privacy policy; P3P describes only those")
    return policies_xml([report], base_url)


def policies_xml(reports: list[DocumentReport], base_url: str = jsonld.BASE_URL_DEFAULT) -> str:
    """Several privacy documents' policies in one ``<POLICIES>`` (for stdout)."""
    lines = [f'<POLICIES xmlns="{NS}">']
    for r in reports:
        lines += _policy_element(r, base_url)
    lines.append("</POLICIES>")
    return _HEADER + "\n" + _indent(lines)


def policies_head() -> str:
    """The start of :func:`policies_xml`, for writing it a part at a time."""
    return f'{_HEADER}\n<POLICIES xmlns="{NS}">\n'


def policies_part(reports: list[DocumentReport], base_url: str = jsonld.BASE_URL_DEFAULT) -> str:
    """The ``<POLICY>`` elements of some of :func:`policies_xml`'s reports, as it writes them."""
    lines = [line for r in reports for line in _policy_element(r, base_url)]
    return _indent(lines, depth=1) if lines else ""


def policies_tail() -> str:
    return "</POLICIES>\n"


def reference_file(reports: list[DocumentReport], base_url: str = jsonld.BASE_URL_DEFAULT) -> str:
    """The policy reference file ``/w3c/p3p.xml``: each policy covers its document's label pages."""
    return reference_file_for([(r.document.vendor_id, r.document.id) for r in reports
                               if r.document.kind == "privacy-policy"], base_url)


def reference_file_for(policies: list[tuple[str, str]], base_url: str = jsonld.BASE_URL_DEFAULT) -> str:
    """:func:`reference_file` from the (vendor id, document id) of each privacy policy."""
    root = urlsplit(base_url).path or "/"
    lines = [f'<META xmlns="{NS}">', "<POLICY-REFERENCES>"]
    for vendor_id, doc_id in sorted(policies):
        folder = f"{jsonld.VENDORS_DIR}{vendor_id}/{doc_id}/"
        about = f"{base_url}{folder}p3p.xml#{doc_id}"
        lines += [f"<POLICY-REF about={quoteattr(about)}>",
                  f"<INCLUDE>{escape(root + folder + '*')}</INCLUDE>",
                  "</POLICY-REF>"]
    lines += ["</POLICY-REFERENCES>", "</META>"]
    return _HEADER + "\n" + _indent(lines)
