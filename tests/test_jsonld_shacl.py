"""SHACL (schemas/shapes.ttl) on every vendor's output, and shapes that do catch a broken graph."""

from __future__ import annotations

import copy

import pytest
from pyshacl import validate
from rdflib import Graph

from policylabel import export, jsonld, paths
from test_jsonld_support import all_graphs

SHAPES = Graph().parse(paths.SHAPES, format="turtle")
GRAPHS = [(n, g) for n, g in all_graphs() if n.startswith("vendor ") or n == "catalogue"]


def conforms(graph: dict) -> tuple[bool, str]:
    data = Graph().parse(data=export.nquads(graph), format="nt")
    # Warnings (a document stating no date) are reported, not failed: see pls:DocumentDate.
    ok, _, text = validate(data, shacl_graph=SHAPES, inference="none", advanced=True, allow_warnings=True)
    return bool(ok), str(text)


@pytest.mark.parametrize("name,graph", GRAPHS, ids=[n for n, _ in GRAPHS])
def test_every_vendor_graph_conforms(name: str, graph: dict) -> None:
    ok, text = conforms(graph)
    assert ok, text


def _broken(drop: str) -> dict:
    _name, graph = next((n, g) for n, g in all_graphs() if n.startswith("vendor "))
    graph = copy.deepcopy(graph)
    for node, kinds in jsonld.typed_nodes(graph):  # evidence (annotations, targets, selectors) is embedded
        if drop in node and ("pl:Claim" in kinds or "schema:DigitalDocument" in kinds
                             or "source" in node):  # a target (no class: its source and selector make it one)
            del node[drop]
            break
    else:
        raise AssertionError(f"nothing to drop for {drop}")
    return graph


@pytest.mark.parametrize("drop", ["evidence", "publisher", "selector", "polarity"])
def test_shapes_catch_a_missing_part(drop: str) -> None:
    ok, _ = conforms(_broken(drop))
    assert not ok


def test_a_document_without_a_date_is_a_warning() -> None:
    graph = copy.deepcopy(GRAPHS[0][1])
    for node in graph["@graph"]:
        for key in ("dateModified", "datePublished", "effectiveDate"):
            node.pop(key, None)
    data = Graph().parse(data=export.nquads(graph), format="nt")
    ok, _, text = validate(data, shacl_graph=SHAPES, inference="none", advanced=True, allow_warnings=True)
    assert ok and "states no date" in str(text)
