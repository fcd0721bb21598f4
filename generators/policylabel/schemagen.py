"""Generate the JSON Schemas from the vocabulary: ``python -m policylabel.schemagen [--check]``.

The schemas are committed so editors (YAML language server) can use them; a test fails when they are
stale, so a new vocabulary term is one edit plus one regeneration.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from policylabel import durations, paths
from policylabel.vocabulary import (
    CLAIM_LIST_ATTRIBUTES,
    CLAIM_SCALAR_ATTRIBUTES,
    Term,
    Vocabulary,
    compiled_path,
    load_vocabulary,
)

SCHEMA_BASE = "https://policylabel.github.io/schemas/"
ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,62}$"
DATE_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
DURATION_PATTERN = durations.SCHEMA_PATTERN
SHA256_PATTERN = "^[0-9a-f]{64}$"
REVIEW_STATES = ("proposed",)
COUNTRY_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$"
# Every text field: no control character but tab and line feed (C0, DEL, C1), no U+FFFE or U+FFFF. They
# would end up in XML (where they are not allowed), in HTML and on terminals; a YAML escape such as "\x1b"
# or "\0" makes them. (Lone surrogates, which "\ud800" makes, are refused by the loader.)
TEXT_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]*$"
URL_PATTERN = r"^https?://[^\x00-\x20\x7f-\x9f]+$"  # a URL: http(s), no space, no control character


def _text_fields(node: Any) -> Any:
    """``node`` with :data:`TEXT_PATTERN` on every free-text string (one without enum, pattern or format)."""
    if isinstance(node, list):
        return [_text_fields(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _text_fields(v) for k, v in node.items()}
    if out.get("type") == "string" and not {"enum", "pattern", "format"} & out.keys():
        out["pattern"] = TEXT_PATTERN
    return out


# What a curator writes for each vocabulary set, shown by editors on hover and in completion (the sets'
# own descriptions in vocabulary.yaml are written for the vocabulary's maintainers).
_HELP: dict[str, tuple[str, str]] = {  # set -> (the key that takes it, what to write)
    "document-kinds": ("kind", "What kind of document this is."),
    "practices": ("practice", "What the claim is about: one practice. The practice decides which other keys "
                              "the claim may have (listed with each practice)."),
    "polarities": ("polarity", "Whether the text says the practice happens (`affirmed`) or says it does not "
                               "(`denied`, for \"we do not sell ...\")."),
    "data-categories": ("data", "The kinds of personal data the claim's quotes name. Use the most precise term "
                                "the text supports; `personal-information` only when it names no category."),
    "sources": ("sources", "Where the data comes from, as the quotes say."),
    "purposes": ("purposes", "What the data is used for, as the quotes say."),
    "recipients": ("recipients", "Who receives the data, as the quotes name them."),
    "legal-bases": ("legal-bases", "The legal bases the quotes state."),
    "rights": ("rights", "The rights the quotes give people."),
    "retention-policies": ("retention", "How long data is kept, as the quotes say; give a stated period in "
                                        "`duration`."),
    "security-measures": ("measures", "The security measures the quotes name."),
    "technologies": ("technologies", "The tracking technologies the quotes name."),
    "choices": ("choice", "How the person controls the practice. `opt-in` is the person's own consent; "
                          "`customer-opt-in` when the consent is the business customer's or the account "
                          "holder's."),
    "mechanisms": ("mechanisms", "The transfer safeguards or dispute-resolution mechanisms the quotes name."),
    "audiences": ("audience", "Whom the claim is limited to; leave it out when it applies to everyone the "
                              "document covers."),
    "contact-channels": ("channel", "How the contact is reached."),
    "finding-kinds": ("kind", "What the finding is."),
    "out-of-scope-reasons": ("reason", "Why the region states no practice."),
    "tos-ratings": ("rating", "How the terms-of-service point rates for the person, ToS;DR style."),
}
_LIST_SETS = frozenset(CLAIM_LIST_ATTRIBUTES.values())


def _example(set_name: str, term_id: str) -> str:
    key = _HELP.get(set_name, (set_name, ""))[0]
    return f"`{key}: [{term_id}]`" if set_name in _LIST_SETS else f"`{key}: {term_id}`"


def _term_help(vocab: Vocabulary, set_name: str, term: Term) -> str:
    """One term for a curator: its label, what it means, what goes with it, and how it is written."""
    text = f"**{term.label}**: {term.description}"
    if set_name == "practices":
        attrs = term.extra.get("attributes") or []
        kinds = term.extra.get("applies-to") or []
        if attrs:
            text += " Takes " + ", ".join(f"`{a}`" for a in attrs) + "."
        if kinds and len(kinds) < len(vocab.sets["document-kinds"].terms):
            text += " Only in a " + " or a ".join(vocab.term("document-kinds", k).label.lower() for k in kinds) + "."
    return f"{text} Example: {_example(set_name, term.id)}"


# The example of a set when its first term is not a typical one.
_EXAMPLE = {"data-categories": "email-address", "practices": "sharing", "choices": "opt-out"}


def _set_help(vocab: Vocabulary, set_name: str) -> str:
    ts = vocab.sets[set_name]
    lead = _HELP.get(set_name, (set_name, ts.description))[1]
    first = _EXAMPLE[set_name] if _EXAMPLE.get(set_name) in ts.terms else next(iter(ts.terms))
    form = "A list of ids from the values below" if set_name in _LIST_SETS else "One id from the values below"
    return f"{lead} {form}, for example {_example(set_name, first)}."


def _enum(vocab: Vocabulary, set_name: str) -> dict[str, Any]:
    ts = vocab.sets[set_name]
    terms = list(ts.terms.values())
    return {
        "title": ts.title,
        "description": _set_help(vocab, set_name),
        "type": "string",
        "enum": [t.id for t in terms],
        # The YAML language server shows these on hover and in completion.
        "markdownEnumDescriptions": [_term_help(vocab, set_name, t) for t in terms],
        "examples": [terms[0].id],
    }


def with_markdown(node: Any) -> Any:
    """Editors escape markdown in ``description``: a description with markup gets a ``markdownDescription``
    (what the YAML language server shows) and keeps a plain ``description`` for other tools."""
    if isinstance(node, dict):
        out = {k: with_markdown(v) for k, v in node.items()}
        desc = out.get("description")
        if isinstance(desc, str) and ("`" in desc or "**" in desc) and "markdownDescription" not in out:
            out["description"] = desc.replace("**", "").replace("`", "")
            out["markdownDescription"] = desc
        return out
    if isinstance(node, list):
        return [with_markdown(v) for v in node]
    return node


def _quote(description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "description": description,
        "examples": ["We do not sell your personal information."],
    }


def _quotes(description: str) -> dict[str, Any]:
    return {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/quote"}, "description": description}


def _contact() -> dict[str, Any]:
    return {
        "type": "object",
        "title": "Contact",
        "description": "One way of reaching someone.",
        "additionalProperties": False,
        "required": ["channel", "value"],
        "properties": {
            "channel": {"$ref": "#/$defs/contact-channel"},
            "value": {"type": "string", "minLength": 1,
                      "description": "The address, number or URL exactly as the text gives it.",
                      "examples": ["privacy@example.com"]},
            "purpose": {"type": "string", "minLength": 1,
                        "description": "What this contact is for, in a few words.",
                        "examples": ["privacy requests"]},
        },
    }


def document_schema(vocab: Vocabulary) -> dict[str, Any]:
    """The schema of one document YAML (a privacy policy or terms of service and its claims)."""
    return _text_fields(_document_schema(vocab))


def vendor_schema(vocab: Vocabulary) -> dict[str, Any]:
    """The schema of vendor.yaml (the organisation)."""
    return _text_fields(_vendor_schema(vocab))


def _document_schema(vocab: Vocabulary) -> dict[str, Any]:
    claim_props: dict[str, Any] = {
        "id": {"type": "string", "pattern": ID_PATTERN,
               "description": "Optional stable id of the claim, unique in the document."},
        "practice": {"$ref": "#/$defs/practice"},
        "polarity": {"$ref": "#/$defs/polarity"},
        "summary": {"type": "string", "minLength": 3,
                    "description": "One plain sentence saying what the text states, shown on the label.",
                    "examples": ["Does not sell personal information."]},
    }
    for attr, set_name in CLAIM_LIST_ATTRIBUTES.items():
        claim_props[attr] = {"type": "array", "minItems": 1, "uniqueItems": True,
                             "items": {"$ref": f"#/$defs/{set_name}"},
                             "description": _set_help(vocab, set_name)}
    for attr, set_name in CLAIM_SCALAR_ATTRIBUTES.items():
        claim_props[attr] = {"$ref": f"#/$defs/{set_name}"}
    claim_props.update({
        "age": {"type": "integer", "minimum": 0, "maximum": 120,
                "description": "An age the text states (minimum age, age of a child).", "examples": [13]},
        "duration": {"type": "string", "pattern": DURATION_PATTERN,
                     "description": "A period the text states, as an ISO 8601 duration (P30D is 30 days).",
                     "examples": ["P30D"]},
        "date": {"type": "string", "pattern": DATE_PATTERN,
                 "description": "A date the text states, as YYYY-MM-DD (quote it in YAML).",
                 "examples": ["2024-02-16"]},
        "countries": {"type": "array", "minItems": 1, "uniqueItems": True,
                      "items": {"type": "string", "pattern": COUNTRY_PATTERN},
                      "description": "ISO 3166 country or subdivision codes the text names.",
                      "examples": [["US"]]},
        "contacts": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/contact"},
                     "description": "Contact details the text gives for this practice."},
        "note": {"type": "string", "minLength": 1, "description": "A curator's note, shown with the claim."},
        "summary-reviewed": {
            "type": "string", "minLength": 3,
            "description": "Why the summary is a faithful paraphrase although `check` questions it (a dropped "
                           "qualifier, an absolute or a value its quotes do not name); the claim's summary and "
                           "values are then not checked against its quotes.",
            "examples": ["the section heading names California residents"]},
        "evidence": _quotes("Verbatim quotes from the source text that state the claim."),
        "review": {"$ref": "#/$defs/review"},
    })
    defs: dict[str, Any] = {
        "quote": _quote("A verbatim passage of the source text (whitespace and typographic quotes are "
                        "normalised when matching; case is kept)."),
        "contact": _contact(),
        "review": {
            "title": "Review",
            "description": "`proposed`: written by `policylabel draft` or `update` and not yet confirmed by a "
                           "person. `check` warns, `check --strict`, `build` and `export` refuse it; delete "
                           "the key once you have read the quotes and agree.",
            "type": "string",
            "enum": list(REVIEW_STATES),
            "examples": ["proposed"],
        },
        "practice": _enum(vocab, "practices"),
        "polarity": _enum(vocab, "polarities"),
        "contact-channel": _enum(vocab, "contact-channels"),
        "claim": {
            "type": "object",
            "title": "Claim",
            "description": "One practice the document states, with its evidence.",
            "additionalProperties": False,
            "required": ["practice", "polarity", "summary", "evidence"],
            "properties": claim_props,
        },
        "finding": {
            "type": "object",
            "title": "Finding",
            "description": "Something a careful reader noticed: a contradiction, an omission, an artifact.",
            "additionalProperties": False,
            "required": ["kind", "message", "evidence"],
            "properties": {
                "id": {"type": "string", "pattern": ID_PATTERN},
                "kind": {"$ref": "#/$defs/finding-kinds"},
                "message": {"type": "string", "minLength": 3,
                            "description": "What is wrong, in plain words a label reader understands."},
                "evidence": _quotes("Every statement of this document involved."),
                "review": {"$ref": "#/$defs/review"},
                "related-evidence": {
                    "type": "array", "minItems": 1,
                    "description": "Statements of other documents of the same vendor involved.",
                    "items": {
                        "type": "object", "additionalProperties": False,
                        "required": ["document", "quote"],
                        "properties": {
                            "document": {"type": "string", "pattern": ID_PATTERN,
                                         "description": "The id of another document of this vendor."},
                            "quote": {"$ref": "#/$defs/quote"},
                        },
                    },
                },
            },
        },
        "dismissal": {
            "type": "object",
            "title": "Dismissal",
            "description": "A detected contradiction that a curator judged not to be one, with the reason.",
            "additionalProperties": False,
            "required": ["reason", "evidence"],
            "properties": {
                "reason": {"type": "string", "minLength": 3},
                "evidence": _quotes("The statements the detector flagged."),
            },
        },
        "out-of-scope": {
            "type": "object",
            "title": "Out-of-scope region",
            "description": "A region of the captured text that states no practice (navigation, footer...).",
            "additionalProperties": False,
            "required": ["reason", "start"],
            "properties": {
                "reason": {"$ref": "#/$defs/out-of-scope-reasons"},
                "start": _quote("The region starts where this passage starts."),
                "end": _quote("The region ends where the first match of this passage after `start` ends; "
                              "without it the region is `start` itself."),
                "note": {"type": "string", "minLength": 1},
                "review": {"$ref": "#/$defs/review"},
            },
        },
    }
    for set_name in {*CLAIM_LIST_ATTRIBUTES.values(), *CLAIM_SCALAR_ATTRIBUTES.values(),
                     "finding-kinds", "out-of-scope-reasons"}:
        defs[set_name] = _enum(vocab, set_name)
    dates = {name: {"type": "string", "pattern": DATE_PATTERN, "description": desc, "examples": ["2024-02-16"]}
             for name, desc in (("effective", "The date the text says it takes effect."),
                                ("last-updated", "The date the text says it was last updated or modified."),
                                ("issued", "The date the text says it was issued or published."))}
    return with_markdown({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE + "document.schema.json",
        "title": "policylabel document",
        "description": "One privacy policy or terms of service of a vendor, described claim by claim, "
                       "each claim backed by verbatim quotes from the original text stored beside it.",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "kind", "title", "source", "claims"],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN,
                   "description": "The document id; equals the file name without `.yaml`.",
                   "examples": ["privacy-policy"]},
            "kind": _enum(vocab, "document-kinds"),
            "title": {"type": "string", "minLength": 1, "description": "The document's title as published."},
            "language": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                         "description": "BCP 47 language tag of the text.", "examples": ["en"]},
            "source": {
                "type": "object", "title": "Source",
                "description": "The original text this description is checked against.",
                "additionalProperties": False,
                "required": ["file", "sha256"],
                "properties": {
                    "file": {"type": "string", "minLength": 1, "pattern": r"^[^/\\][^\\]*$",
                             "description": "The text file, relative to the vendor folder.",
                             "examples": ["privacy-policy.txt"]},
                    "sha256": {"type": "string", "pattern": SHA256_PATTERN,
                               "description": "SHA-256 of the text file's bytes (`policylabel rehash` records it)."},
                    "url": {"type": "string", "format": "uri", "pattern": URL_PATTERN,
                            "description": "Where the document is published, when known."},
                    "captured": {"type": "string", "pattern": DATE_PATTERN,
                                 "description": "When this text was captured (`policylabel update --date` "
                                                "records it).", "examples": ["2024-02-16"]},
                    "versions": {
                        "type": "array", "title": "Earlier versions",
                        "description": "Earlier texts of the document, newest first, each kept under the "
                                       "vendor folder (`policylabel update` records them).",
                        "items": {
                            "type": "object", "additionalProperties": False,
                            "required": ["date", "sha256", "file"],
                            "properties": {
                                "date": {"type": "string", "pattern": DATE_PATTERN,
                                         "description": "When that text was captured."},
                                "sha256": {"type": "string", "pattern": SHA256_PATTERN,
                                           "description": "SHA-256 of that text's bytes."},
                                "file": {"type": "string", "minLength": 1, "pattern": r"^[^/\\][^\\]*$",
                                         "description": "The text, relative to the vendor folder.",
                                         "examples": ["history/privacy-policy/2024-02-16.txt"]},
                            },
                        },
                    },
                },
            },
            "dates": {"type": "object", "additionalProperties": False, "properties": dates,
                      "description": "Dates the text itself states."},
            "version": {"type": "string", "minLength": 1, "description": "The version the text states."},
            "claims": {"type": "array", "items": {"$ref": "#/$defs/claim"},
                       "description": "Every practice the document states."},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            "dismissals": {"type": "array", "items": {"$ref": "#/$defs/dismissal"}},
            "out-of-scope": {"type": "array", "items": {"$ref": "#/$defs/out-of-scope"},
                             "description": "Regions of the capture that state no practice."},
        },
        "$defs": dict(sorted(defs.items())),
    })


def _vendor_schema(vocab: Vocabulary) -> dict[str, Any]:
    address = {
        "type": "object", "title": "Postal address", "additionalProperties": False,
        "required": ["country"],
        "properties": {
            "street": {"type": "string", "minLength": 1},
            "locality": {"type": "string", "minLength": 1, "description": "City or town."},
            "region": {"type": "string", "minLength": 1, "description": "State, county or province."},
            "postal-code": {"type": "string", "minLength": 1},
            "country": {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2 code.",
                        "examples": ["US"]},
        },
    }
    return with_markdown({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE + "vendor.schema.json",
        "title": "policylabel vendor",
        "description": "The organisation behind a set of policy documents.",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN,
                   "description": "The vendor id; equals the folder name.", "examples": ["example-co"]},
            "name": {"type": "string", "minLength": 1, "description": "The name people know it by."},
            "website": {"type": "string", "format": "uri", "pattern": URL_PATTERN},
            "description": {"type": "string", "minLength": 1},
            "legal-entities": {
                "type": "array", "minItems": 1,
                "items": {
                    "type": "object", "title": "Legal entity", "additionalProperties": False,
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1, "examples": ["Example, Inc."]},
                        "role": {"type": "string", "minLength": 1,
                                 "description": "Its role as the text states it (e.g. data controller, "
                                                "EU representative)."},
                        "address": {"$ref": "#/$defs/address"},
                    },
                },
            },
            "contacts": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/contact"}},
            "data-protection-officer": {
                "type": "object", "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "contacts": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/contact"}},
                },
            },
        },
        "$defs": {
            "address": address,
            "contact": _contact(),
            "contact-channel": _enum(vocab, "contact-channels"),
        },
    })


def vocabulary_markdown(vocab: Vocabulary) -> str:
    """spec/vocabulary.md: the mapping tables, one per set, generated so they never drift."""
    lines = [
        "# The policylabel vocabulary",
        "",
        "Generated from `schemas/vocabulary.yaml` by `python -m policylabel.schemagen`; do not edit by hand.",
        f"Vocabulary version {vocab.version}; IRIs are from the W3C Data Privacy Vocabulary {vocab.dpv_version} "
        "and schema.org, or from the policylabel namespace (`pl:`) where neither has the term.",
        "",
        "| prefix | namespace |",
        "| --- | --- |",
        *[f"| `{p}` | {iri} |" for p, iri in vocab.prefixes.items()],
        "",
        "## The label",
        "",
        "Data grid columns, in order (practices name theirs in `label-column`): "
        + ", ".join(f"`{c.id}` ({c.label}; cells list `{c.detail}`)" for c in vocab.label_columns) + ".",
        "",
        "Sections, in reading order (practices name theirs in `section`): "
        + ", ".join(f"`{s.id}` ({s.label})" for s in vocab.label_sections) + ".",
        "",
    ]
    for name, ts in vocab.sets.items():
        terms = list(ts.terms.values())
        extra_cols = [c for c in ("section", "label-column", "applies-to", "attributes", "p3p-element")
                      if any(c in t.extra for t in terms)]
        has_p3p = any(t.p3p for t in terms)
        has_app = any(t.app_store for t in terms)
        has_broader = any(t.broader for t in terms)
        header = ["term", "label", "IRI"] + (["P3P"] if has_p3p else []) + (["app-store"] if has_app else []) \
            + (["broader"] if has_broader else []) + extra_cols + ["description"]
        lines += [f"## {name}", "", f"{ts.title}: {ts.description}", "",
                  "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        for t in terms:
            row = [f"`{t.id}`", t.label, f"`{t.iri}`"]
            if has_p3p:
                row.append(f"`{t.p3p}`" if t.p3p else "(none)")
            if has_app:
                row.append(t.app_store or "(none)")
            if has_broader:
                row.append(f"`{t.broader}`" if t.broader else "")
            for c in extra_cols:
                v = t.extra.get(c, "")
                row.append(", ".join(v) if isinstance(v, list) else str(v))
            row.append(t.description)
            lines.append("| " + " | ".join(x.replace("|", "\\|") for x in row) + " |")
        lines.append("")
    return "\n".join(lines)


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def outputs(vocab: Vocabulary | None = None) -> dict[Path, str]:
    """Every generated file and its expected content."""
    vocab = vocab or load_vocabulary()
    return {
        paths.SCHEMAS / "document.schema.json": render(document_schema(vocab)),
        paths.SCHEMAS / "vendor.schema.json": render(vendor_schema(vocab)),
        paths.DATA_ROOT / "spec" / "vocabulary.md": vocabulary_markdown(vocab),
        compiled_path(paths.VOCABULARY): compiled_vocabulary(),
    }


def compiled_vocabulary() -> str:
    """schemas/vocabulary.json: the YAML's data as JSON, with the hash of the YAML it came from."""
    import hashlib

    from ruamel.yaml import YAML

    text = paths.VOCABULARY.read_text(encoding="utf-8")
    data = YAML(typ="safe").load(text)
    payload = {"generated-from": "schemas/vocabulary.yaml (edit that file, then run python -m policylabel.schemagen)",
               "source-sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "vocabulary": data}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    stale = [p for p, text in outputs().items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if "--check" in args:
        for p in stale:
            print(f"{p}: stale; run python -m policylabel.schemagen", file=sys.stderr)
        return 1 if stale else 0
    for p, text in outputs().items():
        p.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
