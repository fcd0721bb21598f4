"""The crawler's view: JSON-LD extracted from the built HTML (as crawlers do, with extruct) is the same graph
as the standalone file beside the page, and the page links to that file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_jsonld_support import checked


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from policylabel import site as site_module

    vendors, reports = checked()
    out = tmp_path_factory.mktemp("site") / "out"
    diags = site_module.build(list(reports), list(vendors), out, progress=False)
    assert not [d for d in diags if getattr(d, "is_error", False)], diags
    return out


def _pages(site: Path) -> list[tuple[Path, Path]]:
    """(HTML page, standalone JSON-LD file) pairs: labels, vendors and the home page."""
    pairs = [(p.parent / "index.html", p) for p in sorted(site.rglob("label.jsonld"))]
    pairs += [(p.parent / "index.html", p) for p in sorted(site.rglob("vendor.jsonld"))]
    pairs.append((site / "index.html", site / "catalogue.jsonld"))
    return pairs


def test_embedded_jsonld_is_the_standalone_graph(site: Path) -> None:
    from extruct.jsonld import JsonLdExtractor
    from pyld import jsonld as pyld
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from test_jsonld_support import offline_loader

    pairs = _pages(site)
    assert len(pairs) > 3
    for html, standalone in pairs:
        found = JsonLdExtractor().extract(html.read_text(encoding="utf-8"))
        assert len(found) == 1, html
        expected = json.loads(standalone.read_text(encoding="utf-8"))
        assert found[0] == expected, html

        def rdf(doc: dict) -> Graph:
            nq = pyld.to_rdf(doc, {"documentLoader": offline_loader, "format": "application/n-quads"})
            return Graph().parse(data=nq, format="nt")

        assert isomorphic(rdf(found[0]), rdf(expected)), html


def test_label_pages_embed_the_whole_document_graph(site: Path) -> None:
    """Not a summary: a label page's graph holds the document's claims and their evidence selectors."""
    from extruct.jsonld import JsonLdExtractor

    from policylabel import jsonld

    _, reports = checked()
    for r in reports:
        page = site / r.document.vendor_id / r.document.id / "index.html"
        found = JsonLdExtractor().extract(page.read_text(encoding="utf-8"))[0]
        assert found == jsonld.document_graph(r), page
        types = {t for _, kinds in jsonld.typed_nodes(found) for t in kinds}
        if r.document.claims:
            assert {"pl:Claim", "Annotation", "TextQuoteSelector"} <= types, page
            assert any("source" in n and "selector" in n for n in jsonld.iter_nodes(found)), page  # targets


def test_pages_link_their_jsonld(site: Path) -> None:
    from lxml import html as lhtml

    for page, standalone in _pages(site):
        if page == site / "index.html":
            continue
        tree = lhtml.parse(str(page))
        hrefs = tree.xpath('//link[@rel="alternate"][@type="application/ld+json"]/@href')
        assert hrefs and (page.parent / hrefs[0]).resolve() == standalone.resolve(), page


def test_no_script_element_is_closed_early(site: Path) -> None:
    for page, _ in _pages(site):
        text = page.read_text(encoding="utf-8")
        start = text.index('<script type="application/ld+json">')
        body = text[start + len('<script type="application/ld+json">'):text.index("</script>", start)]
        json.loads(body)  # the whole graph sits inside the element


def test_every_page_iri_dereferences_to_a_published_file(site: Path) -> None:
    """IRIs under the site's base URL name pages or files that the build published (fragments aside)."""
    from pyld import jsonld as pyld

    from policylabel.jsonld import BASE_URL_DEFAULT
    from test_jsonld_support import offline_loader

    def iris(node: object) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@id" and isinstance(value, str):
                    found.add(value)
                else:
                    found |= iris(value)
        elif isinstance(node, list):
            for item in node:
                found |= iris(item)
        return found

    checked_files = 0
    for standalone in sorted(site.rglob("*.jsonld")):
        if standalone.name == "context.jsonld":
            continue
        doc = json.loads(standalone.read_text(encoding="utf-8"))
        expanded = pyld.expand(doc, {"documentLoader": offline_loader})
        for iri in sorted(iris(expanded)):
            if not iri.startswith(BASE_URL_DEFAULT):
                continue
            rel = iri[len(BASE_URL_DEFAULT):].split("#", 1)[0]
            target = site / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)
            assert target.is_file(), f"{iri} (from {standalone.relative_to(site)}) is not published"
            checked_files += 1
    assert checked_files > 100
