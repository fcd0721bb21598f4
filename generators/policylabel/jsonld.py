"""JSON-LD labels (DPV + schema.org + W3C Web Annotation evidence), built directly from the model.

Pure functions over the model and check reports, serialised as JSON text: no JSON-LD processor in the build
path. Every node has an IRI derived from vendor, document, claim and finding ids (``spec/format.md`` §6), or,
for a quoted passage, from its offsets in the text, so output is byte-identical across rebuilds. The only
blank nodes are the selectors of a passage, embedded in it without ``@id`` (nothing refers to them); N-Quads
label them after their passage (``blank_label``), so every subject still belongs to one vendor and N-Quads
written a vendor at a time join into one document (``export.stdout_nquads``). A node of one type writes it as a
string, as compaction against the context does; a node a property always holds alone (an annotation, a
selector) sits in a type map, ``{"Annotation": {...}}``, its type the key.

Controlled-term IRIs come from ``schemas/vocabulary.yaml``; the properties and classes used to connect them
are the table ``PROPERTIES`` / ``CLASSES`` below, from which ``schemas/context.jsonld`` is generated
(``python -m policylabel.jsonld --write-context``; a test keeps the file in step).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote

try:
    import orjson
except ImportError:  # pragma: no cover - the standard encoder writes the same text, slower
    orjson = None  # type: ignore[assignment]

from policylabel import paths
from policylabel.check import DocumentReport
from policylabel.evidence import Span, decode_source, occurrences
from policylabel.jsonld_versions import version_fields, version_nodes
from policylabel.model import Claim, Contact, Document, Finding, Quote, Vendor
from policylabel.vocabulary import CLAIM_LIST_ATTRIBUTES, Term, Vocabulary, load_vocabulary

BASE_URL_DEFAULT = "https://policylabel.github.io/"
CONTEXT_FILE = "context.jsonld"  # site-relative path where the site publishes schemas/context.jsonld
CATALOGUE_FILE = "catalogue.jsonld"
CONTEXT_SIZE = 32  # characters of prefix/suffix in a TextQuoteSelector
# Where the site publishes vendors (site.vendor_dir/document_dir: at the top level, <vendor>/<document>/),
# so that every IRI is the URL of a published page.
VENDORS_DIR = ""

# Prefixes the vocabulary does not need (it names no term in them) but the graph's structure does.
EXTRA_PREFIXES: dict[str, str] = {
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class Prop:
    """A JSON key of our output: its IRI (CURIE), value kind and whether it always holds a list."""

    curie: str
    kind: str = "str"  # "str" | "id" (an IRI) | "vocab" (an IRI or a term of TERMS) | "int" (JSON number) | a
    # datatype CURIE such as "xsd:date"
    many: bool = False
    # A node written in a type map, ``{"<type>": node}``: its one type as the key. One node only: a list in a
    # type map loses its type in some processors (rdflib's among them).
    by_type: bool = False
    description: str = ""  # required for pl: properties: published on the site's /ns/ page


PROPERTIES: dict[str, Prop] = {
    # schema.org: organisations, documents, contact details
    "identifier": Prop("schema:identifier"),
    "name": Prop("schema:name"),
    "legalName": Prop("schema:legalName", many=True),
    "description": Prop("schema:description"),
    "url": Prop("schema:url", "id"),
    "address": Prop("schema:address", "id", many=True),
    "addressText": Prop("schema:address"),  # a postal contact as the text gives it, unparsed
    "streetAddress": Prop("schema:streetAddress"),
    "addressLocality": Prop("schema:addressLocality"),
    "addressRegion": Prop("schema:addressRegion"),
    "postalCode": Prop("schema:postalCode"),
    "addressCountry": Prop("schema:addressCountry"),
    "email": Prop("schema:email", many=True),
    "telephone": Prop("schema:telephone", many=True),
    "contactPoint": Prop("schema:contactPoint", "id", many=True),
    "contactType": Prop("schema:contactType"),
    "termsOfService": Prop("schema:termsOfService", "id", many=True),
    "inLanguage": Prop("schema:inLanguage"),
    "dateModified": Prop("schema:dateModified", "xsd:date"),
    "datePublished": Prop("schema:datePublished", "xsd:date"),
    "version": Prop("schema:version"),
    "wasRevisionOf": Prop("prov:wasRevisionOf", "id"),
    "publisher": Prop("schema:publisher", "id"),
    "encoding": Prop("schema:encoding", "id"),
    "encodingFormat": Prop("schema:encodingFormat"),
    "sha256": Prop("schema:sha256"),
    "mainEntityOfPage": Prop("schema:mainEntityOfPage", "id"),
    "duration": Prop("schema:duration"),
    "about": Prop("schema:about", "id", many=True),
    # DPV: the vendor's notices and DPO; what a claim is about
    "notice": Prop("dpv:hasNotice", "id", many=True),
    "dataProtectionOfficer": Prop("dpv:hasDataProtectionOfficer", "id"),
    "personalData": Prop("dpv:hasPersonalData", "id", many=True),
    "dataSource": Prop("dpv:hasDataSource", "id", many=True),
    "purpose": Prop("dpv:hasPurpose", "id", many=True),
    "recipient": Prop("dpv:hasRecipient", "id", many=True),
    "legalBasis": Prop("dpv:hasLegalBasis", "id", many=True),
    "right": Prop("dpv:hasRight", "id", many=True),
    "technology": Prop("dpv:isImplementedUsingTechnology", "id", many=True),
    "measure": Prop("dpv:hasTechnicalOrganisationalMeasure", "id", many=True),
    "dataSubject": Prop("dpv:hasDataSubject", "id", many=True),
    "jurisdiction": Prop("dpv:hasJurisdiction", "id", many=True),
    "country": Prop("dpv:hasCountry", "id", many=True),
    # W3C Web Annotation: evidence
    "body": Prop("oa:hasBody", "id"),
    "target": Prop("oa:hasTarget", "id", many=True),
    "motivation": Prop("oa:motivatedBy", "vocab"),
    "source": Prop("oa:hasSource", "id"),
    "selector": Prop("oa:hasSelector", "id", by_type=True),
    "exact": Prop("oa:exact"),
    "prefix": Prop("oa:prefix"),
    "suffix": Prop("oa:suffix"),
    "comment": Prop("rdfs:comment"),
    # policylabel: where neither DPV nor schema.org has the term
    "claim": Prop("pl:claim", "id", many=True, description="A claim (a stated practice) of the document."),
    "finding": Prop("pl:finding", "id", many=True,
                    description="A finding (contradiction, omission...) about the document."),
    "practice": Prop("pl:practice", "id",
                     description="The practice a claim is about: a DPV concept or a policylabel term."),
    "polarity": Prop("pl:polarity", "id",
                     description="Whether the document affirms (pl:Affirmed) or denies (pl:Denied) the practice."),
    "evidence": Prop("pl:evidence", "id", by_type=True,
                     description="A Web Annotation whose target is a passage of the source text backing a claim "
                                 "or a finding."),
    "relatedEvidence": Prop("pl:relatedEvidence", "id", by_type=True,
                            description="Evidence of a finding taken from another document of the same vendor."),
    "choice": Prop("pl:choice", "id", description="How a person controls the practice: always, opt-in or opt-out."),
    "retention": Prop("pl:retention", "id", description="The retention policy the claim states."),
    "mechanism": Prop("pl:mechanism", "id", many=True,
                      description="A transfer safeguard or dispute-resolution mechanism the claim names."),
    "rating": Prop("pl:rating", "id", description="ToS;DR-style rating of a terms-of-service point."),
    "age": Prop("pl:age", "int", description="An age (in years) the claim's text states."),
    "statedDate": Prop("pl:statedDate", "xsd:date", description="A date the claim's text states."),
    "effectiveDate": Prop("pl:effectiveDate", "xsd:date",
                          description="The date from which the document states it is effective."),
    "channel": Prop("pl:contactChannel", "id", description="The channel of a contact point (email, phone...)."),
    "status": Prop("pl:status",
                   description="For a detected finding: acknowledged (a curated finding covers it), dismissed "
                               "(a curator judged it not to be one) or open."),
}

# Short terms for the Web Annotation classes and motivation each piece of evidence names, as the Web
# Annotation context itself names them (types and "vocab" values are written with these).
TERMS: dict[str, str] = {
    "Annotation": "oa:Annotation",
    "TextQuoteSelector": "oa:TextQuoteSelector",
    "describing": "oa:describing",
}

# Classes of our namespace (the vocabulary's pl: terms are published too, see namespace_terms()).
CLASSES: dict[str, str] = {
    "pl:Claim": "One practice a document states, positive or negative, with its evidence.",
    "pl:Finding": "What a careful reader notices that a label reader must know, with every statement involved.",
    "pl:DetectedFinding": "A contradiction found in the text by policylabel's detector.",
}

# Classes and individuals of other vocabularies used by the graph's structure.
STRUCTURE_CURIES: tuple[str, ...] = (
    "schema:Organization", "schema:PostalAddress", "schema:ContactPoint", "schema:Person",
    "schema:DigitalDocument", "schema:MediaObject", "schema:DataCatalog", "dpv:Organisation",
    "dpv:DataProtectionOfficer", "oa:Annotation", "oa:TextQuoteSelector",
    "oa:describing",
)


def dpv_curies() -> list[str]:
    """Every CURIE of the graph's structure (properties and classes), for the DPV term subset."""
    return [p.curie for p in PROPERTIES.values()] + list(STRUCTURE_CURIES)


# ------------------------------------------------------------------------------------------ context

def prefixes() -> dict[str, str]:
    """Prefix -> namespace: the vocabulary's, plus those of the graph's structure."""
    out = dict(load_vocabulary().prefixes)
    out.update(EXTRA_PREFIXES)
    return out


def context() -> dict[str, Any]:
    """The JSON-LD 1.1 context (the content of ``schemas/context.jsonld``)."""
    ctx: dict[str, Any] = {"@version": 1.1}
    ctx.update(prefixes())
    ctx.update(TERMS)
    for key, prop in PROPERTIES.items():
        d: dict[str, Any] = {"@id": prop.curie}
        if prop.kind == "id":
            d["@type"] = "@id"
        elif prop.kind == "vocab":
            d["@type"] = "@vocab"
        elif prop.kind not in ("str", "int"):
            d["@type"] = prop.kind
        if prop.by_type:
            d["@container"] = "@type"
        elif prop.many:
            d["@container"] = "@set"
        ctx[key] = d
    return {"@context": ctx}


def context_url(base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{base_url}{CONTEXT_FILE}"


def namespace_terms() -> list[Term]:
    """Every term of the ``pl:`` namespace, sorted by local name, for the site's /ns/ page."""
    voc = load_vocabulary()
    found: dict[str, Term] = {}
    for s in voc.sets.values():
        for t in s.terms.values():
            if t.iri.startswith("pl:") and t.iri not in found:
                found[t.iri] = t
    for curie, desc in CLASSES.items():
        found[curie] = Term("classes", curie[3:], curie[3:], desc, curie)
    for key, p in PROPERTIES.items():
        if p.curie.startswith("pl:"):
            found[p.curie] = Term("properties", p.curie[3:], key, p.description, p.curie)
    return sorted(found.values(), key=lambda t: t.iri)


# ------------------------------------------------------------------------------------------ paths

def document_path(report: DocumentReport) -> str:
    """Site-relative path of a document's label JSON-LD."""
    return f"{VENDORS_DIR}{report.document.vendor_id}/{report.document.id}/label.jsonld"


def vendor_path(vendor: Vendor) -> str:
    return f"{VENDORS_DIR}{vendor.id}/vendor.jsonld"


def catalogue_path() -> str:
    return CATALOGUE_FILE


def source_path(doc: Document | None = None, vendor_id: str = "", doc_id: str = "") -> str:
    """Site-relative path where the original text is published (the evidence selectors' source)."""
    if doc is not None:
        vendor_id, doc_id = doc.vendor_id, doc.id
    return f"{VENDORS_DIR}{vendor_id}/{doc_id}/source.txt"


@lru_cache(maxsize=4096)  # keys repeat from document to document ("sale[1]"), and quote() is slow
def _frag(key: str) -> str:
    # Claim keys hold "[n]": not allowed in an IRI, so percent-encoded (a browser decodes it for #anchors).
    return quote(key, safe="-")


def vendor_iri(vendor_id: str, base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{base_url}{VENDORS_DIR}{vendor_id}/#vendor"


def document_page(doc: Document, base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{base_url}{VENDORS_DIR}{doc.vendor_id}/{doc.id}/"


def document_iri(doc: Document, base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{document_page(doc, base_url)}#document"


def claim_fragment(claim: Claim) -> str:
    """The fragment of a claim's IRI (``claim/sale%5B1%5D``); the label page's anchor id is its decoded form."""
    return f"claim/{_frag(claim.key)}"


def claim_iri(doc: Document, claim: Claim, base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{document_page(doc, base_url)}#{claim_fragment(claim)}"


def finding_iri(doc: Document, finding: Finding, base_url: str = BASE_URL_DEFAULT) -> str:
    return f"{document_page(doc, base_url)}#finding/{_frag(finding.key)}"


# ------------------------------------------------------------------------------------------ graph

class _Builder:
    """Collects top-level nodes by IRI, in first-seen order, refusing two different nodes with one IRI.

    With ``vendor_id`` set (vendor graphs) the graph declares that vendor's folder as its ``@base`` and every
    IRI below it is written relative to it (``#vendor``, ``privacy-policy/#claim/sale``); with ``doc_id`` set
    too (document graphs) the base is the document's folder (``#claim/sale``, ``source.txt``, ``../#vendor``),
    which is what a JSON-LD processor's compaction writes against that base; other IRIs stay absolute.

    A document embeds its claims and findings (``claim``, ``finding``: the nodes, not lists of their IRIs),
    each with its own IRI (so the RDF graph is the same as with flat nodes). Evidence is embedded too: each
    annotation sits in its claim's or finding's ``evidence`` (a type map), its targets inside it, and their
    selectors inside them (a type map) as blank nodes (no ``@id``: nothing refers to them, and the IRIs cost
    space twice per page). A target is the quoted passage itself, named by its anchor in the annotated text
    view: written out once, where the graph first quotes it, and referred to by IRI by every other annotation
    quoting the same passage.
    """

    def __init__(self, base_url: str, vendor_id: str | None = None, doc_id: str | None = None) -> None:
        self.base = base_url
        self.vendor_id = vendor_id
        self.doc_id = doc_id if vendor_id is not None else None
        self.voc: Vocabulary = load_vocabulary()
        self.nodes: dict[str, dict[str, Any]] = {}
        self._texts: dict[str, str | None] = {}  # other documents' texts, read once, for related evidence
        self._terms: dict[tuple[str, str], str] = {}
        self._targets: dict[str, dict[str, Any]] = {}  # passages already written out, by IRI
        # A text and, per passage of it, whether the passage's text occurs more than once there.
        self._repeats: tuple[str, dict[tuple[int, int], bool]] | None = None

    def prefix(self, vendor_id: str) -> str:
        """The IRI of a vendor's folder, or "" when IRIs below it are written relative to the graph's base."""
        if vendor_id == self.vendor_id:
            return "../" if self.doc_id is not None else ""
        return f"{self.base}{VENDORS_DIR}{vendor_id}/"

    def add(self, node: dict[str, Any]) -> str:
        iri = node["@id"]
        old = self.nodes.get(iri)
        if old is not None and old != node:
            raise ValueError(f"two different nodes share the IRI {iri}")
        self.nodes[iri] = node
        return iri

    def term(self, set_name: str, term_id: str) -> str:
        key = (set_name, term_id)
        iri = self._terms.get(key)
        if iri is None:
            iri = self._terms[key] = self.voc.term(set_name, term_id).iri
        return iri

    def graph(self) -> dict[str, Any]:
        ctx: Any = context_url(self.base)
        if self.vendor_id is not None:
            folder = f"{self.base}{VENDORS_DIR}{self.vendor_id}/"
            ctx = [ctx, {"@base": folder if self.doc_id is None else f"{folder}{self.doc_id}/"}]
        return {"@context": ctx, "@graph": list(self.nodes.values())}

    # -- vendor
    def contact(self, owner: str, i: int, c: Contact) -> str:
        node: dict[str, Any] = {"@id": f"{owner}/contact/{i}", "@type": "schema:ContactPoint",
                                "channel": self.term("contact-channels", c.channel)}
        if c.purpose:
            node["contactType"] = c.purpose
        if c.channel == "email":
            node["email"] = [c.value]
        elif c.channel == "phone":
            node["telephone"] = [c.value]
        elif c.channel == "postal":
            node["addressText"] = c.value
        elif c.value.startswith(("http://", "https://")):
            node["url"] = c.value
        else:
            node["description"] = c.value
        return self.add(node)

    def vendor(self, vendor: Vendor, docs: Iterable[Document] | None = None) -> str:
        iri = f"{self.prefix(vendor.id)}#vendor"
        node: dict[str, Any] = {"@id": iri, "@type": ["schema:Organization", "dpv:Organisation"],
                                "identifier": vendor.id, "name": vendor.name}
        if vendor.website:
            node["url"] = vendor.website
        if vendor.description:
            node["description"] = vendor.description
        names = [e.name for e in vendor.legal_entities]
        if names:
            node["legalName"] = names
        addresses = []
        for i, e in enumerate(vendor.legal_entities, 1):
            if e.address is None:
                continue
            a = e.address
            addr: dict[str, Any] = {"@id": f"{iri}/address/{i}", "@type": "schema:PostalAddress",
                                    "name": e.name, "addressCountry": a.country}
            for key, value in (("streetAddress", a.street), ("addressLocality", a.locality),
                               ("addressRegion", a.region), ("postalCode", a.postal_code)):
                if value:
                    addr[key] = value
            addresses.append(self.add(addr))
        if addresses:
            node["address"] = addresses
        emails = sorted({c.value for c in vendor.contacts if c.channel == "email"})
        phones = sorted({c.value for c in vendor.contacts if c.channel == "phone"})
        if emails:
            node["email"] = emails
        if phones:
            node["telephone"] = phones
        if vendor.contacts:
            node["contactPoint"] = [self.contact(iri, i, c) for i, c in enumerate(vendor.contacts, 1)]
        if vendor.dpo_name or vendor.dpo_contacts:
            dpo_iri = f"{iri}/dpo"
            dpo: dict[str, Any] = {"@id": dpo_iri, "@type": ["dpv:DataProtectionOfficer", "schema:Person"]}
            if vendor.dpo_name:
                dpo["name"] = vendor.dpo_name
            if vendor.dpo_contacts:
                dpo["contactPoint"] = [self.contact(dpo_iri, i, c) for i, c in enumerate(vendor.dpo_contacts, 1)]
            node["dataProtectionOfficer"] = self.add(dpo)
        docs = list(vendor.documents if docs is None else docs)
        notices = [self.page(d) + "#document" for d in docs if d.kind == "privacy-policy"]
        terms = [self.page(d) + "#document" for d in docs if d.kind == "terms-of-service"]
        if notices:
            node["notice"] = notices
        if terms:
            node["termsOfService"] = terms
        return self.add(node)

    # -- documents
    def page(self, doc: Document) -> str:
        """The reference of a document's folder ("" when it is the graph's base: fragments stand alone)."""
        if doc.id == self.doc_id and doc.vendor_id == self.vendor_id:
            return ""
        return f"{self.prefix(doc.vendor_id)}{doc.id}/"

    def document(self, doc: Document, *, full: bool) -> dict[str, Any]:
        page = self.page(doc)
        node: dict[str, Any] = {
            "@id": f"{page}#document",
            "@type": [self.term("document-kinds", doc.kind), "schema:DigitalDocument"],
            "identifier": doc.ref, "name": doc.title, "inLanguage": doc.language,
            "publisher": f"{self.prefix(doc.vendor_id)}#vendor", "mainEntityOfPage": page or "./",
        }
        if doc.url:
            node["url"] = doc.url
        if doc.version:
            node["version"] = doc.version
        for key, prop in (("last-updated", "dateModified"), ("issued", "datePublished"),
                          ("effective", "effectiveDate")):
            if doc.dates.get(key):
                node[prop] = doc.dates[key]
        node.update(version_fields(doc, page))
        if full:
            node["encoding"] = self.source(doc)
            for v in version_nodes(doc, page, node["@type"][0], node["publisher"]):
                v["encoding"] = self.add(v["encoding"])
                self.add(v)
        return node

    def source(self, doc: Document) -> str:
        return self.add({"@id": f"{self.page(doc)}source.txt", "@type": "schema:MediaObject",
                         "encodingFormat": "text/plain; charset=utf-8", "sha256": doc.sha256})

    def passage(self, source_iri: str, text: str, span: Span) -> dict[str, Any] | str:
        """The target of evidence located in a text: a Specific Resource named by the passage's anchor
        in the annotated text view (``source.html#s120-180``), written out (selectors embedded) where the
        graph first quotes the passage and referred to by that IRI wherever else it is quoted."""
        t_iri = f"{source_iri.removesuffix('source.txt')}source.html#s{span.start}-{span.end}"
        if t_iri in self._targets:
            return t_iri  # the IRI names the source and the offsets: the node written is this one
        node = self._targets[t_iri] = self.target(t_iri, source_iri, text, span, "", self._repeated(text, span))
        return node

    def _repeated(self, text: str, span: Span) -> bool | None:
        """Whether the passage's text occurs more than once in ``text``, when worked out beforehand for it."""
        known = self._repeats
        return known[1].get((span.start, span.end)) if known is not None and known[0] is text else None

    @staticmethod
    def target(t_iri: str, source_iri: str, text: str | None, span: Span, fallback: str,
               repeated: bool | None = None) -> dict[str, Any]:
        """A Web Annotation Specific Resource: its source and its quote selector (embedded) make it one, so the
        class oa:SpecificResource, which the model recommends but does not require, is not written (it would
        repeat on every target). The quote's prefix and suffix are written only where its exact text occurs
        more than once in the source: elsewhere the quote alone locates the passage (its offsets are in the
        target's IRI). ``repeated``: that answer when already known."""
        if text is not None:
            start, end = span.start, span.end
            exact = text[start:end]
            quote_node: dict[str, Any] = {"exact": exact}
            if repeated is None:
                repeated = not exact or text.find(exact) != start or text.find(exact, start + 1) != -1
            if repeated:
                quote_node["prefix"] = text[max(0, start - CONTEXT_SIZE):start]
                quote_node["suffix"] = text[end:end + CONTEXT_SIZE]
        else:
            quote_node = {"exact": fallback}
        return {"@id": t_iri, "source": source_iri, "selector": {"TextQuoteSelector": quote_node}}

    def annotation(self, iri: str, body: str, quotes: Iterable[tuple[str, str | None, tuple[Span, ...], str]]
                   ) -> dict[str, Any]:
        """One annotation with ``body`` as its body and, as its targets, every passage its quotes locate:
        ``quotes`` gives each quote's (source IRI, source text or None, located spans, quoted text)."""
        targets: list[dict[str, Any] | str] = []
        unlocated = 0
        for source_iri, text, spans, fallback in quotes:
            if text is not None and spans:
                targets += [self.passage(source_iri, text, span) for span in spans]
                continue
            # The text is unreadable, or the quote was not located (text changed, or no check run): the quote
            # as given, as a quote selector alone, on a target of the annotation's own.
            for span in spans or (None,):
                unlocated += 1
                t_iri = f"{iri}/target/{unlocated}"
                if span is None:
                    targets.append({"@id": t_iri, "source": source_iri,
                                    "selector": {"TextQuoteSelector": {"exact": fallback}}})
                else:
                    targets.append(self.target(t_iri, source_iri, None, span, fallback))
        return {"@id": iri, "motivation": "describing", "body": body, "target": targets}

    def quotes(self, report: DocumentReport, owner: str, quotes: Iterable[Quote], label: str
               ) -> dict[str, dict[str, Any]]:
        """The evidence of a claim or finding: one annotation (``<owner>/<label>``) targeting every quote, in
        the type map of ``evidence`` (none without quotes)."""
        doc = report.document
        text = report.source.text if report.source is not None else None
        own_source = f"{self.page(doc)}source.txt"
        located = []
        own = report.matches  # report.spans(q) of a quote of the document's own text, without the call
        for q in quotes:
            if q.document:
                # Positions index the other document's text, read here for the exact passage and its context.
                located.append((f"{self.prefix(doc.vendor_id)}{q.document}/source.txt",
                                self.other_text(report, q.document), report.spans(q), q.text))
            else:
                located.append((own_source, text, own.get(q.pointer, ()), q.text))
        return {"Annotation": self.annotation(f"{owner}/{label}", owner, located)} if located else {}

    def other_text(self, report: DocumentReport, doc_id: str) -> str | None:
        key = f"{report.vendor.id}/{doc_id}"
        if key not in self._texts:
            other = next((d for d in report.vendor.documents if d.id == doc_id), None)
            try:
                # The text as SourceText.from_file reads it, without normalising it.
                self._texts[key] = decode_source(other.source_path.read_bytes()) if other else None
            except (OSError, UnicodeDecodeError):
                self._texts[key] = None
        return self._texts[key]

    def claim(self, report: DocumentReport, claim: Claim) -> dict[str, Any]:
        """A claim's node, to embed in its document's ``claim``."""
        doc = report.document
        iri = f"{self.page(doc)}#{claim_fragment(claim)}"
        node: dict[str, Any] = {
            # No schema:identifier: the IRI names the claim, its fragment the key (spec/format.md §6).
            "@id": iri, "@type": "pl:Claim",
            "practice": self.term("practices", claim.practice),
            "polarity": self.term("polarities", claim.polarity), "description": claim.summary,
        }
        terms = claim.terms
        for attr, set_name in CLAIM_LIST_ATTRIBUTES.items() if terms else ():
            values = terms.get(attr)
            if not values:
                continue
            iris = _unique([self.term(set_name, v) for v in values])
            if attr == "audience":
                # An audience is either a place (DPV-LOC: jurisdiction) or a kind of data subject.
                places = [i for i in iris if i.startswith("loc:")]
                people = [i for i in iris if not i.startswith("loc:")]
                if places:
                    node["jurisdiction"] = places
                if people:
                    node["dataSubject"] = people
            else:
                node[_LIST_KEYS[attr]] = iris
        if claim.choice:
            node["choice"] = self.term("choices", claim.choice)
        if claim.retention:
            node["retention"] = self.term("retention-policies", claim.retention)
        if claim.rating:
            node["rating"] = self.term("tos-ratings", claim.rating)
        if claim.age is not None:
            node["age"] = claim.age
        if claim.duration:
            node["duration"] = claim.duration
        if claim.date:
            node["statedDate"] = claim.date
        if claim.countries:
            node["country"] = _unique(f"loc:{c}" for c in claim.countries)
        if claim.contacts:
            node["contactPoint"] = [self.contact(iri, i, c) for i, c in enumerate(claim.contacts, 1)]
        if claim.note:
            node["comment"] = claim.note
        if evidence := self.quotes(report, iri, claim.evidence, "evidence"):
            node["evidence"] = evidence
        return node

    def finding(self, report: DocumentReport, finding: Finding) -> dict[str, Any]:
        """A finding's node, to embed in its document's ``finding``."""
        doc = report.document
        iri = f"{self.page(doc)}#finding/{_frag(finding.key)}"
        node: dict[str, Any] = {"@id": iri, "@type": ["pl:Finding", self.term("finding-kinds", finding.kind)],
                                "description": finding.message}
        if evidence := self.quotes(report, iri, finding.evidence, "evidence"):
            node["evidence"] = evidence
        if finding.related:
            node["relatedEvidence"] = self.quotes(report, iri, finding.related, "related")
        return node

    def detected(self, report: DocumentReport) -> list[dict[str, Any]]:
        """The nodes of the findings detected in a document, to embed in its ``finding``."""
        doc = report.document
        kinds = self.voc.sets["finding-kinds"].terms
        text = report.source.text if report.source is not None else None
        page = self.page(doc)
        source_iri = f"{page}source.txt"
        out = []
        for d in report.detected:
            iri = f"{page}#detected/{_frag(d.key)}"
            types = ["pl:Finding", "pl:DetectedFinding"] + ([kinds[d.kind].iri] if d.kind in kinds else [])
            node: dict[str, Any] = {"@id": iri, "@type": types, "description": d.message, "status": d.status}
            if d.locations:
                node["evidence"] = {"Annotation": self.annotation(f"{iri}/evidence", iri, [
                    (source_iri, text, (span,), quoted) for span, quoted in d.locations])}
            out.append(node)
        return out

    def full_document(self, report: DocumentReport) -> None:
        doc = report.document
        if report.source is not None:
            # Every passage of its own text the document's graph may quote, told unique or not in one reading.
            ranges = [(s.start, s.end) for spans in report.matches.values() for s in spans]
            ranges += [(s.start, s.end) for d in report.detected for s, _ in d.locations]
            self._repeats = (report.source.text, repeated_passages(report.source.text, ranges))
        node = self.document(doc, full=True)
        self.add(node)
        claims = [self.claim(report, c) for c in doc.claims]
        findings = [self.finding(report, f) for f in doc.findings] + self.detected(report)
        if claims:
            node["claim"] = claims
        if findings:
            node["finding"] = findings


def repeated_passages(text: str, ranges: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """Per range of ``text``: whether its text is empty or occurs more than once in ``text`` (overlapping
    occurrences included), as two ``str.find`` calls per range tell, in one reading of the text for all."""
    passages: dict[str, list[tuple[int, int]]] = {}
    for a, b in ranges:
        passages.setdefault(text[a:b], []).append((a, b))
    found = occurrences(text, passages)
    return {r: not exact or len(found[exact]) != 1 for exact, rs in passages.items() for r in rs}


_LIST_KEYS: dict[str, str] = {
    "data": "personalData", "sources": "dataSource", "purposes": "purpose", "recipients": "recipient",
    "legal-bases": "legalBasis", "rights": "right", "technologies": "technology", "measures": "measure",
    "mechanisms": "mechanism",
}


def _unique(items: Iterable[str]) -> list[str]:
    """Items without repeats, in first-seen order (two terms may share one IRI)."""
    return list(dict.fromkeys(items))


def document_graph(report: DocumentReport, base_url: str = BASE_URL_DEFAULT) -> dict[str, Any]:
    """One document: its vendor, the document, its source text, claims, findings and their evidence."""
    b = _Builder(base_url, report.vendor.id, report.document.id)
    b.vendor(report.vendor)
    b.full_document(report)
    return b.graph()


def vendor_graph(vendor: Vendor, reports: Iterable[DocumentReport], base_url: str = BASE_URL_DEFAULT, *,
                 relative: bool = True) -> dict[str, Any]:
    """A vendor with all its documents (those of ``reports`` that belong to it), in document-id order.

    ``relative=False``: every IRI absolute and no ``@base``, for merging several vendors into one graph.
    """
    b = _Builder(base_url, vendor.id if relative else None)
    b.vendor(vendor)
    for r in sorted((r for r in reports if r.document.vendor_id == vendor.id), key=lambda r: r.document.id):
        b.full_document(r)
    return b.graph()


def vendor_reference_graph(vendor: Vendor, docs: Iterable[Document], base_url: str = BASE_URL_DEFAULT, *,
                           relative: bool = True) -> dict[str, Any]:
    """A vendor and its documents by reference (no claims, no evidence), as the site's vendor.jsonld.

    Each document's whole graph is published once, in its own ``label.jsonld``; here a document is its
    ``@id`` and its describing properties. ``relative=False``: absolute IRIs, for the catalogue.
    """
    b = _Builder(base_url, vendor.id if relative else None)
    docs = sorted(docs, key=lambda d: d.id)
    b.vendor(vendor, docs)
    for d in docs:
        b.add(b.document(d, full=False))
    return b.graph()


def catalogue_graph(vendors: Iterable[Vendor], reports: Iterable[DocumentReport],
                    base_url: str = BASE_URL_DEFAULT) -> dict[str, Any]:
    """Every vendor and its documents (no claims): the entry point for crawlers."""
    b = _Builder(base_url)
    cat: dict[str, Any] = {"@id": f"{base_url}#catalogue", "@type": "schema:DataCatalog", "name": "policylabel",
                           "url": base_url}
    b.add(cat)
    about = []
    docs_by_vendor: dict[str, list[Document]] = {}
    for r in reports:
        docs_by_vendor.setdefault(r.document.vendor_id, []).append(r.document)
    for v in sorted(vendors, key=lambda v: v.id):
        docs = sorted(docs_by_vendor.get(v.id, v.documents), key=lambda d: d.id)
        about.append(b.vendor(v, docs))
        for d in docs:
            b.add(b.document(d, full=False))
    if about:
        cat["about"] = about
    for node in broader_nodes(b.voc):
        b.add(node)
    return b.graph()


SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader"


def broader_nodes(voc: Vocabulary) -> list[dict[str, Any]]:
    """The vocabulary's hierarchy (``broader``) for its own ``pl:`` terms, as ``skos:broader`` (DPV publishes
    the hierarchy of its terms itself). Full IRIs, so the context needs no new term."""
    out: dict[str, dict[str, Any]] = {}
    for ts in voc.sets.values():
        for t in ts.terms.values():
            if t.broader and t.iri.startswith("pl:") and ts.terms[t.broader].iri != t.iri:
                out[t.iri] = {"@id": voc.expand(t.iri), SKOS_BROADER: {"@id": voc.expand(ts.terms[t.broader].iri)}}
    return [out[k] for k in sorted(out)]


# ------------------------------------------------------------------------------------------ reading graphs

def graph_base(graph: dict[str, Any]) -> str | None:
    """The ``@base`` a graph built here declares (document and vendor graphs), or None."""
    ctx = graph.get("@context")
    if isinstance(ctx, list):
        for c in ctx:
            if isinstance(c, dict) and "@base" in c:
                return c["@base"]
    return None


def resolve(base: str | None, ref: str) -> str:
    """The absolute IRI of a node reference of our graphs: an IRI, a CURIE, or relative to ``base``.

    Our relative references never hold a colon (ids are ``[a-z0-9-]``, fragments are percent-encoded), so
    "has a colon" tells an absolute IRI or CURIE from a relative one.
    """
    if base is None or ":" in ref:
        return expand_curie(ref)
    return join(base, ref)


def join(base: str, ref: str) -> str:
    """RFC 3986 resolution of the relative references our graphs write against a folder URL ``base``:
    a path below it or a fragment (appended), ``./`` (the folder itself), ``../`` (its parent folder)."""
    while ref.startswith("../"):
        base = base[:base.rstrip("/").rfind("/") + 1]
        ref = ref[3:]
    if ref.startswith("./"):
        ref = ref[2:]
    return base + ref


def types(node: dict[str, Any]) -> list[str]:
    """A node's types as a list (one type is written as a plain string)."""
    t = node.get("@type", [])
    return [t] if isinstance(t, str) else list(t)


def typed_nodes(graph: dict[str, Any]) -> Iterable[tuple[dict[str, Any], list[str]]]:
    """Every node of a graph, top-level and embedded (depth first, in document order), with its types: those
    it names, or for a node in a type map (an annotation, a selector) the map's key."""
    stack: list[tuple[dict[str, Any], list[str]]] = [(n, types(n)) for n in reversed(graph["@graph"])]
    while stack:
        node, kinds = stack.pop()
        yield node, kinds
        children: list[tuple[dict[str, Any], list[str]]] = []
        for key, value in node.items():
            if isinstance(value, dict) and key in PROPERTIES and PROPERTIES[key].by_type:
                children += [(v, [kind]) for kind, v in value.items() if isinstance(v, dict)]
            elif key != "@type" and isinstance(value, list):
                children += [(v, types(v)) for v in value if isinstance(v, dict)]
        stack.extend(reversed(children))


def iter_nodes(graph: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every node of a graph, top-level and embedded (depth first, in document order)."""
    return (node for node, _ in typed_nodes(graph))


# Blank-node label suffixes of the nodes written without an IRI (one of each per target, at most).
BLANK_SUFFIXES = {"TextQuoteSelector": "quote"}


def blank_label(owner: str, kind: str) -> str:
    """The N-Quads label of a node of type ``kind`` embedded without ``@id`` (a selector) in the node of
    absolute IRI ``owner`` (its target): a hash of that IRI and the node's kind, so the same selector has the
    same label in every graph (document, vendor, whole export) and every run, and two targets' selectors never
    share one."""
    digest = hashlib.sha256(owner.encode("utf-8")).hexdigest()[:32]
    return f"_:s{digest}-{BLANK_SUFFIXES[kind]}"


# ------------------------------------------------------------------------------------------ serialising

def dumps(graph: dict[str, Any]) -> str:
    """Deterministic, readable JSON: sorted keys, 2-space indent, UTF-8 text, trailing newline.

    Byte-identical to ``json.dumps(graph, sort_keys=True, indent=2, ensure_ascii=False)`` (a test checks it)
    but several times faster: with ``indent`` the standard library falls back on its pure-Python encoder,
    and our graphs are flat (a list of nodes whose values are scalars or lists of scalars).
    """
    if set(graph) == {"@context", "@graph"}:
        ctx: list[str] = []
        _pretty(graph["@context"], "\n  ", ctx)
        nodes = graph["@graph"]
        if not nodes:
            return f'{{\n  "@context": {"".join(ctx)},\n  "@graph": []\n}}\n'
        return (f'{{\n  "@context": {"".join(ctx)},\n  "@graph": [\n'
                + ",\n".join(node_text(n) for n in nodes) + "\n  ]\n}\n")
    parts: list[str] = []
    _pretty(graph, "\n", parts)
    parts.append("\n")
    return "".join(parts)


def node_text_value(value: Any) -> str:
    """A value (the context) as ``dumps`` writes it at the top level of a graph."""
    out: list[str] = []
    _pretty(value, "\n  ", out)
    return "".join(out)


def node_text(node: dict[str, Any]) -> str:
    """One node as ``dumps`` writes it inside ``@graph`` (indented by 4)."""
    out = ["    {"]
    enc = _encode_str
    first = True
    for key in sorted(node):
        value = node[key]
        out.append("\n      " if first else ",\n      ")
        first = False
        out.append(enc(key))
        out.append(": ")
        if isinstance(value, str):
            out.append(enc(value))
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out.append("[\n        " + ",\n        ".join(map(enc, value)) + "\n      ]")
        else:
            _pretty(value, "\n      ", out)
    out.append("\n    }" if node else "}")
    return "".join(out)


def merge_graphs(graphs: Iterable[dict[str, Any]], base_url: str = BASE_URL_DEFAULT) -> dict[str, Any]:
    """The union of graphs built here, nodes in first-seen order (a shared node is identical in each).

    The graphs of one vendor's documents share that vendor's ``@base``: their union is its vendor graph.
    """
    seen: dict[str, dict[str, Any]] = {}
    ctx: Any = context_url(base_url)
    for i, g in enumerate(graphs):
        if i == 0:
            ctx = g["@context"]
        elif g["@context"] != ctx:
            raise ValueError("merge_graphs: the graphs declare different contexts (bases)")
        for node in g["@graph"]:
            seen.setdefault(node["@id"], node)
    return {"@context": ctx, "@graph": list(seen.values())}


_encode_str = json.encoder.encode_basestring  # the C implementation when available


# Compact serialisation (the site's files): json.dumps(graph, sort_keys=True, separators=(",", ":"),
# ensure_ascii=False), built node by node so that a vendor's graph can be joined from its documents'.
_COMPACT = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, check_circular=False)


def compact_json(value: Any) -> str:
    """``_COMPACT.encode(value)``, written by orjson where it writes the same text, five times faster.

    It does for what graphs hold: text (the same escapes), integers, booleans, null, keys sorted by code
    point (as their UTF-8 bytes sort). It writes some floats otherwise ("0.00001" for "1e-05"), but a graph
    holds none: YAML scalars load as text, integers, booleans or null. What it refuses (a lone surrogate,
    an integer beyond 64 bits, a key that is not text, deep nesting) the standard encoder writes, or refuses.
    """
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError
            pass
    return _COMPACT.encode(value)


@dataclass(frozen=True)
class CompactGraph:
    """A graph serialised compactly: its context and each top-level node's text; ``text`` is the whole."""

    context: str
    nodes: tuple[tuple[str, str], ...]  # (@id, node text)

    @property
    def text(self) -> str:
        return f'{{"@context":{self.context},"@graph":[{",".join(t for _, t in self.nodes)}]}}'


def compact_parts(graph: dict[str, Any]) -> CompactGraph:
    """``graph`` serialised; ``.text`` equals json.dumps(graph, sort_keys=True, compact separators)."""
    if set(graph) != {"@context", "@graph"}:
        raise ValueError("compact_parts: a graph has exactly @context and @graph")
    return CompactGraph(compact_json(graph["@context"]), tuple((n["@id"], compact_json(n)) for n in graph["@graph"]))


def compact_text(graph: dict[str, Any]) -> str:
    """``compact_parts(graph).text`` in one call of the encoder, for a graph whose nodes are not needed apart."""
    if set(graph) != {"@context", "@graph"}:
        raise ValueError("compact_text: a graph has exactly @context and @graph")
    return compact_json(graph)


def compact_merge(parts: Iterable[CompactGraph]) -> CompactGraph:
    """:func:`merge_graphs` on serialised graphs: the union, nodes in first-seen order."""
    seen: dict[str, str] = {}
    context = None
    for p in parts:
        if context is None:
            context = p.context
        elif p.context != context:
            raise ValueError("compact_merge: the graphs declare different contexts (bases)")
        for iri, text in p.nodes:
            old = seen.setdefault(iri, text)
            if old != text:
                raise ValueError(f"two different nodes share the IRI {iri}")
    if context is None:
        raise ValueError("compact_merge: no graph")
    return CompactGraph(context, tuple(seen.items()))


def _pretty(value: Any, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        first = True
        for key in sorted(value):
            out.append(inner if first else "," + inner)
            first = False
            out.append(_encode_str(key))
            out.append(": ")
            _pretty(value[key], inner, out)
        out.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        first = True
        for item in value:
            out.append(inner if first else "," + inner)
            first = False
            _pretty(item, inner, out)
        out.append(newline + "]")
    else:  # numbers, booleans, null
        out.append(json.dumps(value))


# Chained str.replace: each pass is a C-speed scan, many times faster than str.translate on long texts.
_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                   ("\u2029", "\\u2029"))


def script_json(graph: dict[str, Any]) -> str:
    """Compact JSON safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are escaped so no string can close the element or open a comment; U+2028/2029
    so that the text stays valid for JavaScript parsers that predate ES2019.
    """
    return script_escape(json.dumps(graph, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def script_escape(text: str) -> str:
    """JSON text made safe inside a ``<script>`` element (see :func:`script_json`)."""
    for char, escaped in _SCRIPT_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text


def write_context() -> None:
    """Write ``schemas/context.jsonld`` from the table above."""
    paths.CONTEXT.write_text(dumps(context()), encoding="utf-8")


@lru_cache(maxsize=1)
def _prefix_table() -> dict[str, str]:
    return prefixes()


def expand_curie(value: str) -> str:
    """``dpv:Collect`` (or a term of TERMS) -> its IRI; an absolute IRI is returned as is."""
    value = TERMS.get(value, value)
    prefix, sep, local = value.partition(":")
    ns = _prefix_table().get(prefix) if sep else None
    return ns + local if ns is not None else value


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-context"]:
        write_context()
        print(f"wrote {paths.CONTEXT}")
    else:
        print("usage: python -m policylabel.jsonld --write-context", file=sys.stderr)
        sys.exit(2)
