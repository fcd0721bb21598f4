"""Typed, immutable model of vendors, documents, claims, evidence and findings.

Built only from data that passed validation; knows nothing of HTML, JSON-LD or the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policylabel.evidence import field_values, python_class
from policylabel.load import Loaded, pointer_join
from policylabel.vocabulary import CLAIM_LIST_ATTRIBUTES


@python_class  # made through its __dict__ (see _quote), compiled or not
@dataclass(frozen=True)
class Quote:
    """A verbatim passage cited as evidence, and where it is written in the YAML."""

    text: str
    pointer: str  # JSON pointer of the quote in its YAML file; unique per file
    yaml_path: Path
    line: int
    column: int
    document: str | None = None  # another document of the same vendor, for related evidence


@dataclass(frozen=True)
class Contact:
    channel: str
    value: str
    purpose: str | None = None

    def __reduce__(self) -> tuple[type[Contact], tuple[object, ...]]:
        return Contact, field_values(self)


@dataclass(frozen=True)
class Address:
    country: str
    street: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None

    def __reduce__(self) -> tuple[type[Address], tuple[object, ...]]:
        return Address, field_values(self)


@dataclass(frozen=True)
class LegalEntity:
    name: str
    role: str | None = None
    address: Address | None = None

    def __reduce__(self) -> tuple[type[LegalEntity], tuple[object, ...]]:
        return LegalEntity, field_values(self)


@python_class  # made through its __dict__ (see build_document), compiled or not
@dataclass(frozen=True)
class Claim:
    """One practice the document states, with its polarity, attributes and evidence."""

    key: str  # ``<practice>[n]`` (n from 1 per practice, in file order) or the claim's own id
    practice: str
    polarity: str
    summary: str
    evidence: tuple[Quote, ...]
    pointer: str
    line: int
    column: int
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # list attribute -> term ids
    choice: str | None = None
    retention: str | None = None
    rating: str | None = None
    age: int | None = None
    duration: str | None = None
    date: str | None = None
    countries: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    note: str | None = None
    review: str | None = None  # "proposed": machine-written, not yet confirmed by a person
    summary_reviewed: str | None = None  # why a paraphrase the summary check questions is faithful

    def attr(self, name: str) -> tuple[str, ...]:
        return self.terms.get(name, ())

    @property
    def affirmed(self) -> bool:
        return self.polarity == "affirmed"


@dataclass(frozen=True)
class Finding:
    """A curated finding: a contradiction, omission or artifact, with every statement involved."""

    key: str
    kind: str
    message: str
    evidence: tuple[Quote, ...]
    related: tuple[Quote, ...]
    pointer: str
    line: int
    column: int
    review: str | None = None

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        return Finding, field_values(self)


@dataclass(frozen=True)
class Dismissal:
    reason: str
    evidence: tuple[Quote, ...]
    pointer: str
    line: int
    column: int

    def __reduce__(self) -> tuple[type[Dismissal], tuple[object, ...]]:
        return Dismissal, field_values(self)


@dataclass(frozen=True)
class OutOfScope:
    reason: str
    start: Quote
    end: Quote | None
    note: str | None
    pointer: str
    review: str | None = None

    def __reduce__(self) -> tuple[type[OutOfScope], tuple[object, ...]]:
        return OutOfScope, field_values(self)


@dataclass(frozen=True)
class Version:
    """An earlier text of a document, kept under the vendor folder."""

    date: str
    sha256: str
    path: Path

    def __reduce__(self) -> tuple[type[Version], tuple[object, ...]]:
        return Version, field_values(self)


@dataclass(frozen=True)
class Document:
    vendor_id: str
    id: str
    kind: str
    title: str
    language: str
    yaml_path: Path
    source_path: Path
    sha256: str
    url: str | None
    dates: Mapping[str, str]
    version: str | None
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    dismissals: tuple[Dismissal, ...]
    out_of_scope: tuple[OutOfScope, ...]
    captured: str | None = None  # when this text was captured
    versions: tuple[Version, ...] = ()  # earlier texts, newest first

    @property
    def ref(self) -> str:
        return f"{self.vendor_id}/{self.id}"

    def quotes(self) -> list[Quote]:
        """Every quote of this document's own text, in file order."""
        out: list[Quote] = []
        for c in self.claims:
            out.extend(c.evidence)
        for f in self.findings:
            out.extend(f.evidence)
        for d in self.dismissals:
            out.extend(d.evidence)
        return out

    def __reduce__(self) -> tuple[type[Document], tuple[object, ...]]:
        return Document, field_values(self)


@dataclass(frozen=True)
class Vendor:
    id: str
    name: str
    yaml_path: Path
    folder: Path
    website: str | None = None
    description: str | None = None
    legal_entities: tuple[LegalEntity, ...] = ()
    contacts: tuple[Contact, ...] = ()
    dpo_name: str | None = None
    dpo_contacts: tuple[Contact, ...] = ()
    documents: tuple[Document, ...] = ()

    def __reduce__(self) -> tuple[type[Vendor], tuple[object, ...]]:
        return Vendor, field_values(self)


def _quote(loaded: Loaded, pointer: str, text: str, document: str | None = None) -> Quote:
    line, col = loaded.position(pointer)
    quote = object.__new__(Quote)  # as Quote(...) makes it, without object.__setattr__ per field
    quote.__dict__.update(text=text, pointer=pointer, yaml_path=loaded.path, line=line, column=col,
                          document=document)
    return quote


def _quotes(loaded: Loaded, pointer: str, items: list[str] | None) -> tuple[Quote, ...]:
    """:func:`_quote` of each item of a list of quotes (a document has hundreds), without two calls per item."""
    if not items:
        return ()
    values, path, new = loaded.values, loaded.path, object.__new__
    out = []
    for i, text in enumerate(items):
        ptr = f"{pointer}/{i}"  # pointer_join(pointer, i): an index has nothing to escape
        line, col = values.get(ptr) or loaded.position(ptr)
        quote = new(Quote)
        quote.__dict__.update(text=text, pointer=ptr, yaml_path=path, line=line, column=col, document=None)
        out.append(quote)
    return tuple(out)


def _contacts(raw: list[dict[str, Any]] | None) -> tuple[Contact, ...]:
    return tuple(Contact(c["channel"], str(c["value"]), c.get("purpose")) for c in raw or ())


def build_document(vendor_id: str, loaded: Loaded) -> Document:
    """A Document from a validated document YAML."""
    d = loaded.data
    counts: dict[str, int] = {}
    claims: list[Claim] = []
    for i, c in enumerate(d.get("claims") or ()):
        ptr = pointer_join("/claims", i)
        counts[c["practice"]] = counts.get(c["practice"], 0) + 1
        key = c.get("id") or f"{c['practice']}[{counts[c['practice']]}]"
        line, col = loaded.position(ptr)
        claim = object.__new__(Claim)  # as Claim(...) makes it (every field), without a __setattr__ per field
        claim.__dict__.update(
            key=key, practice=c["practice"], polarity=c["polarity"], summary=c["summary"],
            evidence=_quotes(loaded, pointer_join(ptr, "evidence"), c["evidence"]),
            pointer=ptr, line=line, column=col,
            terms={a: tuple(c[a]) for a in CLAIM_LIST_ATTRIBUTES if a in c},
            choice=c.get("choice"), retention=c.get("retention"), rating=c.get("rating"),
            age=c.get("age"), duration=c.get("duration"), date=c.get("date"),
            countries=tuple(c.get("countries") or ()), contacts=_contacts(c.get("contacts")),
            note=c.get("note"), review=c.get("review"), summary_reviewed=c.get("summary-reviewed"),
        )
        claims.append(claim)
    findings: list[Finding] = []
    for i, f in enumerate(d.get("findings") or ()):
        ptr = pointer_join("/findings", i)
        line, col = loaded.position(ptr)
        related = tuple(
            _quote(loaded, pointer_join(pointer_join(pointer_join(ptr, "related-evidence"), j), "quote"),
                   r["quote"], r["document"])
            for j, r in enumerate(f.get("related-evidence") or ()))
        findings.append(Finding(f.get("id") or f"{f['kind']}[{i + 1}]", f["kind"], f["message"],
                                _quotes(loaded, pointer_join(ptr, "evidence"), f["evidence"]), related,
                                ptr, line, col, f.get("review")))
    dismissals = []
    for i, x in enumerate(d.get("dismissals") or ()):
        ptr = pointer_join("/dismissals", i)
        line, col = loaded.position(ptr)
        dismissals.append(Dismissal(x["reason"], _quotes(loaded, pointer_join(ptr, "evidence"), x["evidence"]),
                                    ptr, line, col))
    regions = []
    for i, r in enumerate(d.get("out-of-scope") or ()):
        ptr = pointer_join("/out-of-scope", i)
        end = _quote(loaded, pointer_join(ptr, "end"), r["end"]) if "end" in r else None
        regions.append(OutOfScope(r["reason"], _quote(loaded, pointer_join(ptr, "start"), r["start"]), end,
                                  r.get("note"), ptr, r.get("review")))
    src = d["source"]
    return Document(
        vendor_id=vendor_id, id=d["id"], kind=d["kind"], title=d["title"], language=d.get("language", "en"),
        yaml_path=loaded.path, source_path=loaded.path.parent / src["file"], sha256=src["sha256"],
        url=src.get("url"), dates=dict(d.get("dates") or {}), version=d.get("version"),
        claims=tuple(claims), findings=tuple(findings), dismissals=tuple(dismissals),
        out_of_scope=tuple(regions), captured=src.get("captured"),
        versions=tuple(Version(v["date"], v["sha256"], loaded.path.parent / v["file"])
                       for v in src.get("versions") or ()),
    )


def build_vendor(loaded: Loaded, documents: list[Document]) -> Vendor:
    """A Vendor from a validated vendor.yaml and its documents (sorted by id)."""
    d = loaded.data
    entities = []
    for e in d.get("legal-entities") or ():
        a = e.get("address")
        addr = Address(a["country"], a.get("street"), a.get("locality"), a.get("region"),
                       a.get("postal-code")) if a else None
        entities.append(LegalEntity(e["name"], e.get("role"), addr))
    dpo = d.get("data-protection-officer") or {}
    return Vendor(
        id=d["id"], name=d["name"], yaml_path=loaded.path, folder=loaded.path.parent,
        website=d.get("website"), description=d.get("description"), legal_entities=tuple(entities),
        contacts=_contacts(d.get("contacts")), dpo_name=dpo.get("name"), dpo_contacts=_contacts(dpo.get("contacts")),
        documents=tuple(sorted(documents, key=lambda doc: doc.id)),
    )
