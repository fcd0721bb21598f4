"""`policylabel export`: files in --out, or one document on stdout, for every format."""

from __future__ import annotations

import io
import json
from pathlib import Path

from lxml import etree
from rdflib import Graph

from policylabel import export, jsonld
from test_jsonld_support import checked


def test_jsonld_to_folder(tmp_path: Path) -> None:
    vendors, reports = checked()
    assert export.export(list(reports), "jsonld", tmp_path) == 0
    for r in reports:
        data = json.loads((tmp_path / jsonld.document_path(r)).read_text(encoding="utf-8"))
        assert data == jsonld.document_graph(r)
        # the evidence's source, byte for byte as the offsets count it
        assert (tmp_path / jsonld.source_path(r.document)).read_bytes().decode("utf-8") == r.source.text
    for v in vendors:  # built as the union of the document graphs: must equal vendor_graph
        data = json.loads((tmp_path / jsonld.vendor_path(v)).read_text(encoding="utf-8"))
        assert data == jsonld.vendor_graph(v, list(reports))
    assert (tmp_path / "catalogue.jsonld").is_file() and (tmp_path / "context.jsonld").is_file()


def test_nquads_to_folder_parse(tmp_path: Path) -> None:
    _, reports = checked()
    assert export.export(list(reports), "nquads", tmp_path) == 0
    files = sorted(tmp_path.rglob("*.nq"))
    assert len(files) == len(reports) + len({r.vendor.id for r in reports}) + 1
    for f in files:
        Graph().parse(f, format="nt")


def test_p3p_to_folder(tmp_path: Path) -> None:
    _, reports = checked()
    assert export.export(list(reports), "p3p", tmp_path) == 0
    assert (tmp_path / "w3c" / "p3p.xml").is_file()
    policies = sorted(tmp_path.rglob("p3p.xml"))
    assert len(policies) == 1 + sum(r.document.kind == "privacy-policy" for r in reports)


def test_stdout_is_one_parseable_document() -> None:
    _, reports = checked()
    out = io.StringIO()
    assert export.export(list(reports), "jsonld", None, out) == 0
    graph = json.loads(out.getvalue())
    ids = [n["@id"] for n in graph["@graph"]]
    assert len(ids) == len(set(ids))
    out = io.StringIO()
    assert export.export(list(reports), "nquads", None, out) == 0
    assert len(Graph().parse(data=out.getvalue(), format="nt")) > 0
    out = io.StringIO()
    assert export.export(list(reports), "p3p", None, out) == 0
    etree.fromstring(out.getvalue().encode("utf-8"))


def test_unknown_format() -> None:
    assert export.export([], "rdfxml", None, io.StringIO()) == 2


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    _, reports = checked()
    for fmt in export.FORMATS:
        a, b = tmp_path / f"{fmt}-a", tmp_path / f"{fmt}-b"
        export.export(list(reports), fmt, a)
        export.export(list(reports), fmt, b)
        files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
        assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
