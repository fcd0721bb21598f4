"""JSON-LD output: the context, expansion without loss, RDF equivalence, compaction, DPV/schema.org terms."""

from __future__ import annotations

import json
import socket
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld as pyld
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import SDO

from policylabel import dpvterms, export, jsonld, paths
from test_jsonld_support import all_graphs, checked, offline_loader

GRAPHS = all_graphs()
IDS = [name for name, _ in GRAPHS]
OPTIONS = {"documentLoader": offline_loader}


ATTEMPTS: list[object] = []


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):
    """Any connection attempt, or any use of pyld's default loader, is recorded and fails the test."""
    def refuse(*args: object, **kwargs: object) -> None:
        ATTEMPTS.append(args)
        raise AssertionError("network access attempted")

    ATTEMPTS.clear()
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(pyld, "_default_document_loader", refuse)
    yield
    if request.node.name != "test_default_loader_is_never_used":
        assert ATTEMPTS == [], "network access attempted"


def test_context_file_is_generated_from_the_tables() -> None:
    assert paths.CONTEXT.read_text(encoding="utf-8") == jsonld.dumps(jsonld.context())


def test_default_loader_is_never_used() -> None:
    graph = GRAPHS[0][1]
    with pytest.raises(pyld.JsonLdError):
        pyld.expand(graph)  # no loader given: pyld falls back on the (trapped) default loader
    assert ATTEMPTS, "the trap did not see pyld's default loader"
    ATTEMPTS.clear()
    assert pyld.expand(graph, OPTIONS)  # the local loader serves our context
    assert ATTEMPTS == []


def test_unknown_context_url_is_refused_offline() -> None:
    with pytest.raises(Exception, match="loading remote context failed"):
        pyld.expand({"@context": "https://example.org/ctx.jsonld", "name": "x"}, OPTIONS)


def count(node: dict, kinds: list[str] | None = None) -> int:
    """The values of a node: each type (``kinds`` when given: a node in a type map names none), each value
    of a list, one for any other value (a type map holds one node)."""
    n = sum(len(v) if isinstance(v, list) else 1 for k, v in node.items() if k not in ("@id", "@type"))
    return n + len(jsonld.types(node) if kinds is None else kinds)


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_expansion_drops_nothing(name: str, graph: dict) -> None:
    dropped: list[object] = []
    expanded = pyld.expand(graph, OPTIONS, on_property_dropped=dropped.append)
    assert dropped == []
    # every node (top-level or embedded) and every value survives: count them on both sides
    blank: list[int] = []  # the values of each node without IRI (selectors)

    def expanded_nodes(value: object) -> list[dict]:
        out: list[dict] = []
        if isinstance(value, list):
            for v in value:
                out += expanded_nodes(v)
        elif isinstance(value, dict):
            if "@id" in value and len(value) > 1:
                out.append(value)
            elif "@id" not in value and "@type" in value and "@value" not in value:
                blank.append(count(value))
            for k, v in value.items():
                if k not in ("@id", "@type", "@value"):
                    out += expanded_nodes(v)
        return out

    base = jsonld.graph_base(graph)
    ours = {jsonld.resolve(base, n["@id"]): (n, kinds) for n, kinds in jsonld.typed_nodes(graph) if "@id" in n}
    by_id = {n["@id"]: n for n in expanded_nodes(expanded)}
    assert set(by_id) == set(ours)
    assert sorted(blank) == sorted(count(n, kinds) for n, kinds in jsonld.typed_nodes(graph) if "@id" not in n)
    assert all(kinds[0] in jsonld.BLANK_SUFFIXES for n, kinds in jsonld.typed_nodes(graph) if "@id" not in n)
    assert all(i.startswith(("https://", "http://")) for i in by_id)

    for iri, (node, kinds) in ours.items():
        assert count(node, kinds) == count(by_id[iri]), iri


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_own_nquads_equal_pyld_to_rdf(name: str, graph: dict) -> None:
    theirs = pyld.to_rdf(graph, {**OPTIONS, "format": "application/n-quads"})
    ours = export.nquads(graph)
    # The selectors are blank nodes, labelled after their target here (pyld numbers them). Each has one
    # owner: named by its incoming edge (subject and predicate), both sides must give the same lines.
    def by_owner(nq: str) -> list[str]:
        lines = nq.splitlines(keepends=True)
        owner: dict[str, str] = {}
        for line in lines:
            s, p, o = line.split(" ", 2)
            if o.startswith("_:"):
                label = o.split(" ", 1)[0]
                assert label not in owner, label  # one owner each
                owner[label] = f"[{s} {p}]"

        def named(line: str) -> str:
            s, p, o = line.split(" ", 2)
            s = owner.get(s, s)
            if o.startswith("_:"):
                label, rest = o.split(" ", 1)
                o = f"{owner[label]} {rest}"
            return f"{s} {p} {o}"

        return sorted({named(line) for line in lines})

    assert ours == "".join(sorted(set(ours.splitlines(keepends=True))))
    assert by_owner(ours) == by_owner(theirs)
    assert ("_:" in ours) == any("evidence" in n for n in jsonld.iter_nodes(graph))


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_rdflib_parses_the_same_graph(name: str, graph: dict) -> None:
    from_nquads = Graph()
    from_nquads.parse(data=export.nquads(graph), format="nt")
    # rdflib's own JSON-LD parser, given the context inline (it must not fetch it either)
    ctx = graph["@context"]
    inline_ctx = ([jsonld.context()["@context"]] + ctx[1:] if isinstance(ctx, list)
                  else jsonld.context()["@context"])
    inline = dict(graph, **{"@context": inline_ctx})
    from_jsonld = Graph()
    from_jsonld.parse(data=json.dumps(inline), format="json-ld")
    assert len(from_nquads) == len(set(export.graph_triples(graph)))
    assert isomorphic(from_nquads, from_jsonld)


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_compaction_round_trips(name: str, graph: dict) -> None:
    ctx = json.loads(paths.CONTEXT.read_text(encoding="utf-8"))
    if jsonld.graph_base(graph) is not None:  # relative IRIs: compact against the same @base
        ctx = {"@context": [ctx["@context"], {"@base": jsonld.graph_base(graph)}]}
    compacted = pyld.compact(pyld.expand(graph, OPTIONS), ctx, OPTIONS)
    compacted["@context"] = graph["@context"]
    assert compacted == graph


def _iris(graph: dict) -> set[str]:
    """Every IRI the graph emits (types, IRI-valued properties, predicates), expanded."""
    out: set[str] = set()
    for line in export.graph_triples(graph):
        for token in line.split(" "):
            if token.startswith("<") and token.endswith(">"):
                out.add(token[1:-1])
    return out


def test_every_dpv_iri_exists_in_dpv() -> None:
    dpv_ns = tuple(ns for p, ns in jsonld.prefixes().items() if p in dpvterms.DPV_PREFIXES)
    emitted = set().union(*(_iris(g) for _, g in GRAPHS))
    dpv = sorted(i for i in emitted if i.startswith(dpv_ns))
    assert dpv, "no DPV IRI emitted at all"
    missing = [i for i in dpv if not dpvterms.exists(i)]
    assert missing == []


def test_every_vocabulary_and_context_dpv_term_exists() -> None:
    """Not only what the seeds emit: every DPV term the vocabulary or the context can produce."""
    missing = sorted(i for i in dpvterms.wanted_iris() if not dpvterms.exists(i))
    assert missing == []
    data = json.loads(paths.DPV_TERMS.read_text(encoding="utf-8"))
    assert data["dpv-version"] == "2.3" and "W3C Software and Document License" in data["notice"]
    assert (paths.SCHEMAS / "DPV-LICENSE.md").is_file()


def test_every_schema_org_iri_is_a_schema_org_term() -> None:
    emitted = set().union(*(_iris(g) for _, g in GRAPHS))
    emitted |= {jsonld.expand_curie(c) for c in jsonld.dpv_curies() if c.startswith("schema:")}
    # rdflib ships schema.org's term list (a closed namespace): no download needed
    known = {f"https://schema.org/{n}" for n in set(SDO.__annotations__) | set(getattr(SDO, "_extras", []))}
    schema = sorted(i for i in emitted if i.startswith("https://schema.org/"))
    assert schema
    assert [i for i in schema if i not in known] == []


def test_no_invented_iri_outside_known_namespaces() -> None:
    allowed = tuple(jsonld.prefixes().values()) + ("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                                    jsonld.BASE_URL_DEFAULT)
    emitted = set().union(*(_iris(g) for _, g in GRAPHS))
    # the vendors' own URLs (website, policy URL) are data, not vocabulary
    vocabulary_like = {i for i in emitted if "://policylabel.github.io/" in i or "w3id.org" in i
                       or "schema.org" in i or "w3.org" in i}
    assert [i for i in sorted(vocabulary_like) if not i.startswith(allowed)] == []


def test_every_pl_term_is_published() -> None:
    published = {t.iri for t in jsonld.namespace_terms()}
    emitted = set().union(*(_iris(g) for _, g in GRAPHS))
    pl = jsonld.prefixes()["pl"]
    assert sorted(i for i in emitted if i.startswith(pl) and "pl:" + i[len(pl):] not in published) == []
    assert all(t.description for t in jsonld.namespace_terms())


def test_claim_evidence_points_at_the_quoted_passage() -> None:
    _, reports = checked()
    report = next(r for r in reports if r.document.claims and r.matches)
    graph = jsonld.document_graph(report)
    base = jsonld.graph_base(graph)
    nodes = {jsonld.resolve(base, n["@id"]): n for n in jsonld.iter_nodes(graph) if "@id" in n}
    text = report.source.text
    claim = report.document.claims[0]
    node = nodes[jsonld.claim_iri(report.document, claim)]
    # The IRI names the claim (no schema:identifier beside it): its fragment is the claim's key.
    assert "identifier" not in node and unquote(node["@id"].partition("#claim/")[2]) == claim.key
    written = {n["@id"]: n for n in jsonld.iter_nodes(graph) if "@id" in n}
    # One annotation, embedded in its claim, targets every quoted passage; selectors embedded in the targets.
    # The annotation and the selectors sit in type maps: their one type is the key.
    assert list(node["evidence"]) == ["Annotation"]
    ann = node["evidence"]["Annotation"]
    assert ann["@id"] == f"{node['@id']}/evidence"
    assert ann["body"] == node["@id"] and "@type" not in ann and ann["motivation"] == "describing"
    located = [s for q in claim.evidence for s in report.spans(q)]
    assert len(ann["target"]) == len(located) > 0
    for target, span in zip(ann["target"], located, strict=True):
        # A passage quoted before is referred to by its IRI, the anchor of its highlight in source.html,
        # which holds the passage's offsets in the text.
        target = written[target] if isinstance(target, str) else target
        assert target["@id"] == f"source.html#s{span.start}-{span.end}"
        assert jsonld.resolve(base, target["source"]).endswith(jsonld.source_path(report.document))
        assert "@type" not in target and list(target["selector"]) == ["TextQuoteSelector"]  # source, selector
        quote = target["selector"]["TextQuoteSelector"]
        assert "@type" not in quote and "@id" not in quote  # a blank node: nothing refers to it
        assert text[span.start:span.end] == quote["exact"]
        # prefix and suffix only where the quote alone is ambiguous, and then they tell its place
        exact, start = quote["exact"], span.start
        assert ("prefix" in quote) == (text.find(exact) != start or text.find(exact, start + 1) != -1)
        if "prefix" in quote:
            assert text[:span.start].endswith(quote["prefix"])
            assert text[span.end:].startswith(quote["suffix"])
            assert text.find(quote["prefix"] + exact + quote["suffix"]) == start - len(quote["prefix"])


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_each_quoted_passage_is_written_once(name: str, graph: dict) -> None:
    """Annotations quoting one passage share its target: written out where it is first quoted, referred to
    by IRI after that, never written twice, never referred to without being written."""
    written: list[str] = []
    referred: set[str] = set()
    for node in jsonld.iter_nodes(graph):
        for t in node.get("target", []):
            if isinstance(t, dict):
                written.append(t["@id"])
            else:
                assert t in written, t  # written before (depth-first, document order)
                referred.add(t)
    assert len(written) == len(set(written))
    if "#claim" in json.dumps(graph):
        assert referred, "no passage is quoted twice in this graph"


def test_findings_are_in_the_graph_with_their_quotes() -> None:
    _, reports = checked()
    report = next(r for r in reports if r.document.findings)
    graph = jsonld.document_graph(report)
    base = jsonld.graph_base(graph)
    nodes = {jsonld.resolve(base, n["@id"]): n for n in jsonld.iter_nodes(graph) if "@id" in n}
    doc_node = nodes[jsonld.document_iri(report.document)]
    assert len(doc_node["finding"]) >= len(report.document.findings)
    for f in report.document.findings:
        node = nodes[jsonld.finding_iri(report.document, f)]
        assert "pl:Finding" in jsonld.types(node) and node["description"] == f.message
        ann = node["evidence"]["Annotation"]  # one annotation, a target per located quote
        assert ann["body"] == node["@id"]
        assert len(ann["target"]) == sum(max(1, len(report.spans(q))) for q in f.evidence)


def test_output_is_deterministic() -> None:
    _, reports = checked()
    for r in reports:
        assert jsonld.dumps(jsonld.document_graph(r)) == jsonld.dumps(jsonld.document_graph(r))


@pytest.mark.parametrize("evil", ["</script><script>alert(1)</script>", "<!-- x", "a\u2028b\u2029c & d > e"])
def test_script_json_cannot_close_the_script_element(evil: str) -> None:
    graph = {"@context": jsonld.context_url(), "@graph": [{"@id": "https://x/", "name": evil}]}
    text = jsonld.script_json(graph)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == graph


def test_dumps_format() -> None:
    text = jsonld.dumps({"b": 1, "a": "é"})
    assert text == '{\n  "a": "é",\n  "b": 1\n}\n'


def test_namespace_terms_cover_vocabulary_pl_terms() -> None:
    from policylabel.vocabulary import load_vocabulary

    voc = load_vocabulary()
    pl_terms = {t.iri for s in voc.sets.values() for t in s.terms.values() if t.iri.startswith("pl:")}
    assert pl_terms <= {t.iri for t in jsonld.namespace_terms()}


def test_jsonld_modules_do_not_import_test_libraries() -> None:
    for module in ("jsonld", "p3p", "export", "dpvterms"):
        source = (paths.DATA_ROOT / "generators" / "policylabel" / f"{module}.py")
        if not source.exists():  # installed from a wheel: read the package's source (beside it where compiled)
            import importlib

            source = __import__("pathlib").Path(importlib.import_module(f"policylabel.{module}").__file__)
            source = source.with_name(f"{module}.py")
        text = source.read_text(encoding="utf-8")
        for lib in ("pyld", "rdflib", "pyshacl", "lxml", "extruct"):
            assert f"import {lib}" not in text and f"from {lib}" not in text, (module, lib)


@pytest.mark.parametrize("name,graph", GRAPHS, ids=IDS)
def test_dumps_equals_json_dumps(name: str, graph: dict) -> None:
    assert jsonld.dumps(graph) == json.dumps(graph, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_selector_labels_are_the_same_in_every_graph() -> None:
    """A selector's blank-node label comes from its target's IRI: the selector lines of a document's graph are
    lines of its vendor's graph too, each selector has one label, and no two selectors share one."""
    _, reports = checked()
    report = next(r for r in reports if r.matches)
    doc = export.nquads(jsonld.document_graph(report)).splitlines()
    vendor = set(export.nquads(jsonld.vendor_graph(report.vendor, reports)).splitlines())
    blank = [line for line in doc if line.startswith("_:")]
    assert blank and set(blank) <= vendor
    incoming = [line.split(" ", 3)[2] for line in doc if line.split(" ", 3)[2].startswith("_:")]
    assert len(incoming) == len(set(incoming)) == len({line.split(" ", 1)[0] for line in blank})


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab c", max_size=80), st.lists(st.tuples(st.integers(0, 85), st.integers(0, 40)), max_size=12))
def test_repeated_passages_answer_as_find_does(text: str, picks: list[tuple[int, int]]) -> None:
    """The prefix and suffix of a quote selector are written when its text is not unique: one reading of the
    text for all passages gives, per passage, what two str.find calls give."""
    from policylabel.jsonld import repeated_passages

    ranges = [(a, a + n) for a, n in picks]
    got = repeated_passages(text, ranges)
    for a, b in ranges:
        exact = text[a:b]
        assert got[(a, b)] == (not exact or text.find(exact) != a or text.find(exact, a + 1) != -1), (text, a, b)


@pytest.mark.parametrize("name,graph", GRAPHS, ids=[n for n, _ in GRAPHS])
def test_compact_serialisations_are_json_dumps(name: str, graph: dict) -> None:
    """The site's files: node by node (compact_parts, for merging) or whole (compact_text), the same text."""
    expected = json.dumps(graph, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert jsonld.compact_parts(graph).text == expected
    assert jsonld.compact_text(graph) == expected


@pytest.mark.parametrize("value", [
    {"b": "é\u2028\x00\x1f\x7f\"\\</script>", "a": [1, -2**63, 2**63 - 1, True, None, ("t",)], "é": {}, "Z": []},
    {"big": 2**70}, {"lone": "\ud800"}, {"\udfff": 1}, {1: "x"}, [[[[["deep"]]]]] * 3,
])
def test_compact_json_is_the_standard_encoders_text(value: object) -> None:
    """orjson where it writes the same text; the standard encoder for what it refuses."""
    assert jsonld.compact_json(value) == json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
