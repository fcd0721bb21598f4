"""``policylabel export``: JSON-LD, N-Quads or P3P without building the site.

N-Quads come from our own serialiser of the graphs ``policylabel.jsonld`` builds (their shape is known:
every node has an IRI but the selectors, blank nodes labelled after their target, every key is a term of our
context), so no JSON-LD processor is needed at run time.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from policylabel import jsonld, p3p
from policylabel.check import DocumentReport
from policylabel.jsonld_versions import version_texts
from policylabel.model import Vendor

FORMATS = ("jsonld", "nquads", "p3p")
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def load_reports(inputs: Iterable[Path]) -> tuple[list[Vendor], list[DocumentReport], list[Any]]:
    """Validate and check ``inputs`` (vendors root, vendor folders or YAML files).

    Returns the vendors, one report per checked document and the diagnostics (for the caller to print).
    """
    from policylabel import check, validate

    targets, diags = validate.discover(list(inputs))
    validation = validate.validate(targets)
    result = check.check(validation)
    return validation.vendors, result.reports, list(diags) + validation.diagnostics + result.diagnostics


# ------------------------------------------------------------------------------------------ N-Quads

def _escape(value: str) -> str:
    # The escapes of N-Quads' STRING_LITERAL_QUOTE, as JSON-LD processors (pyld) write them.
    return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
            .replace('"', '\\"'))


def _literal(value: Any, kind: str) -> str:
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if kind == "int" or (kind == "str" and isinstance(value, int)):
        return f'"{value}"^^<{XSD}integer>'
    if kind == "str":
        return f'"{_escape(value)}"'
    return f'"{_escape(str(value))}"^^<{jsonld.expand_curie(kind)}>'


def graph_triples(graph: dict[str, Any]) -> list[str]:
    """The N-Quads lines (default graph) of a graph built by ``policylabel.jsonld``, unsorted.

    Relative references are resolved against the graph's ``@base``; embedded nodes (evidence) give their
    triples too, those without ``@id`` (selectors) as blank nodes labelled by ``jsonld.blank_label``.
    """
    lines: list[str] = []
    append = lines.append
    predicates = _predicates()
    base = jsonld.graph_base(graph)

    def iri(value: str) -> str:
        if value.startswith(("https://", "http://")):
            return f"<{value}>"
        if base is not None and ":" not in value:
            return f"<{base}{value}>" if value[:1] != "." else f"<{jsonld.join(base, value)}>"
        return _iri_of_curie(value)

    stack: list[tuple[dict[str, Any], str]] = [(n, iri(n["@id"])) for n in reversed(graph["@graph"])]
    while stack:
        node, subject = stack.pop()
        s = f"{subject} "
        children: list[tuple[dict[str, Any], str]] = []
        for key, value in node.items():
            if key == "@id":
                continue
            if key == "@type":
                for t in value if isinstance(value, list) else [value]:
                    append(f"{s}<{RDF_TYPE}> {_iri_of_curie(t)} .")
                continue
            p, kind = predicates[key]
            if isinstance(value, dict):  # a type map: the node under each key has that type
                for t, v in value.items():
                    # A node without IRI (a selector) is a blank node labelled after its owner.
                    o = iri(v["@id"]) if "@id" in v else jsonld.blank_label(subject[1:-1], t)
                    append(f"{s}{p} {o} .")
                    append(f"{o} <{RDF_TYPE}> {_iri_of_curie(t)} .")
                    children.append((v, o))
                continue
            values = value if isinstance(value, list) else [value]
            if kind == "id":
                for v in values:
                    if isinstance(v, dict):
                        o = iri(v["@id"])
                        append(f"{s}{p} {o} .")
                        children.append((v, o))
                    else:
                        append(f"{s}{p} {iri(v)} .")
            elif kind == "vocab":  # a term or a CURIE, never relative to the base
                for v in values:
                    append(f"{s}{p} {_iri_of_curie(v)} .")
            else:
                for v in values:
                    append(f"{s}{p} {_literal(v, kind)} .")
        stack.extend(reversed(children))
    return lines


@lru_cache(maxsize=1)
def _predicates() -> dict[str, tuple[str, str]]:
    return {key: (f"<{jsonld.expand_curie(p.curie)}>", p.kind) for key, p in jsonld.PROPERTIES.items()}


@lru_cache(maxsize=65536)
def _iri_of_curie(value: str) -> str:
    # Vocabulary CURIEs repeat: cached. (Node IRIs are mostly unique: not cached.)
    return f"<{jsonld.expand_curie(value)}>"


def nquads(graph: dict[str, Any]) -> str:
    """Canonically sorted, de-duplicated N-Quads of a graph."""
    lines = sorted(set(graph_triples(graph)))
    return "".join(line + "\n" for line in lines)


# ------------------------------------------------------------------------------------------ export

def _outputs(reports: list[DocumentReport], fmt: str) -> Iterator[tuple[str, str | bytes]]:
    """(site-relative path, content) of every file of ``fmt``, in a stable order, one at a time."""
    reports = sorted(reports, key=lambda r: (r.document.vendor_id, r.document.id))
    vendors: dict[str, Vendor] = {}
    for r in reports:
        vendors.setdefault(r.vendor.id, r.vendor)
    if fmt == "p3p":
        for r in reports:
            if r.document.kind == "privacy-policy":
                yield p3p.policy_path(r), p3p.policy_xml(r)
        yield p3p.REFERENCE_PATH, p3p.reference_file(reports)
        return
    ext = ".jsonld" if fmt == "jsonld" else ".nq"
    render = jsonld.dumps if fmt == "jsonld" else nquads
    # A document's graph is written against its own folder, a vendor's against the vendor's folder: the
    # vendor graph (the union of its documents' graphs) is built on its own.
    by_vendor: dict[str, list[DocumentReport]] = {}
    for r in reports:
        by_vendor.setdefault(r.vendor.id, []).append(r)
        yield jsonld.document_path(r).removesuffix(".jsonld") + ext, render(jsonld.document_graph(r))
    for v in vendors.values():
        yield (jsonld.vendor_path(v).removesuffix(".jsonld") + ext,
               render(jsonld.vendor_graph(v, by_vendor[v.id])))
    yield (jsonld.catalogue_path().removesuffix(".jsonld") + ext,
           render(jsonld.catalogue_graph(list(vendors.values()), reports)))
    if fmt == "jsonld":
        yield jsonld.CONTEXT_FILE, jsonld.dumps(jsonld.context())
        for r in reports:
            if r.source is not None:  # the evidence selectors' source, so offsets can be followed offline
                # The bytes as read, a BOM included: the file matches the SHA-256 the label records.
                yield jsonld.source_path(r.document), r.source.raw
                folder = jsonld.source_path(r.document).removesuffix("source.txt")
                for rel, data in version_texts(r.document):  # earlier texts, at the URLs the graph gives
                    yield folder + rel, data


def export(reports: list[DocumentReport], fmt: str, out: Path | None, stdout: TextIO | None = None) -> int:
    """Write ``fmt`` (jsonld | nquads | p3p) for ``reports`` to the folder ``out``, or to ``stdout``.

    To a folder: one file per document, per vendor and the catalogue (P3P: per privacy policy and the
    reference file), at the paths the site uses. To stdout: one document (see ``_stdout``).
    Returns an exit status (0, or 2 for an unknown format).
    """
    stdout = stdout if stdout is not None else sys.stdout
    if fmt not in FORMATS:
        print(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    if out is None:
        stdout.write(_stdout(reports, fmt))
        return 0
    for rel, content in _outputs(reports, fmt):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # Bytes as given (a source text's CRLFs are part of the offsets, its BOM part of its hash).
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return 0


def _stdout(reports: list[DocumentReport], fmt: str) -> str:
    """One document on stdout: a JSON-LD graph of every vendor, all N-Quads, or P3P policies."""
    reports = sorted(reports, key=lambda r: (r.document.vendor_id, r.document.id))
    vendors: dict[str, Vendor] = {}
    for r in reports:
        vendors.setdefault(r.vendor.id, r.vendor)
    if fmt == "p3p":
        # Several XML documents cannot share one stream; P3P allows many POLICY elements in one POLICIES.
        return p3p.policies_xml([r for r in reports if r.document.kind == "privacy-policy"])
    # One graph across vendors: absolute IRIs (each vendor's graph would declare its own @base).
    if fmt == "nquads":  # vendors in the order of their folder IRIs: see stdout_nquads
        vendors = dict(sorted(vendors.items(), key=lambda kv: kv[0] + "/"))
    graphs = [jsonld.vendor_graph(v, reports, relative=False) for v in vendors.values()]
    seen: set[str] = set()
    parts: list[list[dict[str, Any]]] = []
    for g in graphs:
        parts.append([])
        for node in g["@graph"]:
            if node["@id"] not in seen:
                seen.add(node["@id"])
                parts[-1].append(node)
    if fmt == "jsonld":
        return jsonld.dumps({"@context": jsonld.context_url(), "@graph": [n for part in parts for n in part]})
    return stdout_nquads(nquads({"@graph": part}) for part in parts)


def stdout_nquads(vendor_parts: Iterable[str]) -> str:
    """The N-Quads of several vendors as one document, given each vendor's sorted, de-duplicated lines (its
    subjects all lie below its folder's IRI, or are the blank-node selectors of its evidence targets).

    The order is by vendor, then within it: the vendors in the order of their folder IRIs (``id/``, as
    strings), each vendor's lines sorted by code point. Without blank nodes that is the plain sorted order of
    all lines; a blank node's lines (``_:``, after every ``<``) stay with the vendor of the target that owns
    it, so the document can be written a vendor at a time, in memory bounded by one vendor.
    """
    return "".join(vendor_parts)


def main(argv: list[str] | None = None) -> int:
    """A stand-alone entry (``python -m policylabel.export``) until the CLI wires ``policylabel export``."""
    import argparse

    ap = argparse.ArgumentParser(prog="policylabel export")
    ap.add_argument("paths", nargs="*", type=Path, default=[Path("vendors")])
    ap.add_argument("--format", choices=FORMATS, default="jsonld")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    _, reports, _ = load_reports(args.paths)
    return export(reports, args.format, args.out)


if __name__ == "__main__":
    sys.exit(main())
