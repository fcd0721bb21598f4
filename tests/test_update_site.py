"""Versions on the site and in JSON-LD: the Versions section, the change page, earlier texts, Atom feeds."""

from __future__ import annotations

import hashlib
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from lxml import html as lxml_html
from pyld import jsonld as pyld

from policylabel.check import check
from policylabel.site import build
from policylabel.validate import discover, validate
from test_jsonld_support import offline_loader
from testpaths import REPO

FIXTURE = REPO / "tests" / "site" / "data" / "vendors"
ATOM = "{http://www.w3.org/2005/Atom}"
CHANGE = "acme/privacy-policy/versions/2023-06-01/index.html"


def _build(vendors: Path, out: Path) -> Path:
    targets, _ = discover([vendors])
    validation = validate(targets)
    result = check(validation)
    assert not [d for d in validation.diagnostics + result.diagnostics if d.is_error]
    assert build(result.reports, validation.vendors, out, progress=False) == []
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(FIXTURE, tmp_path_factory.mktemp("site") / "_site")


def test_document_page_lists_its_versions(site: Path) -> None:
    page = lxml_html.fromstring((site / "acme/privacy-policy/index.html").read_bytes())
    [section] = page.xpath("//section[@class='versions']")
    rows = section.xpath(".//tbody/tr")
    assert [r.xpath("string(th)").strip() for r in rows] == ["2024-03-01 (current)", "2023-06-01"]
    cells = [c.text_content().strip() for c in rows[0].xpath("td")]
    assert cells[:4] == ["c309674eda20", "3", "2", "2"]  # SHA-256 prefix, sentences added, removed, statements
    assert rows[0].xpath(".//a/@href") == ["source.txt", "versions/2023-06-01/index.html"]
    assert rows[1].xpath(".//a/@href") == ["versions/2023-06-01.txt"]
    # The earlier text is published byte for byte.
    kept = FIXTURE / "acme/history/privacy-policy/2023-06-01.txt"
    assert (site / "acme/privacy-policy/versions/2023-06-01.txt").read_bytes() == kept.read_bytes()


def test_change_page_marks_changes_in_words(site: Path) -> None:
    page = lxml_html.fromstring((site / CHANGE).read_bytes())
    added = [li.text_content() for li in page.xpath("//ol[@class='text-diff']/li[@class='diff-added']")]
    removed = [li.text_content() for li in page.xpath("//ol[@class='text-diff']/li[@class='diff-removed']")]
    assert "Added: We do not respond to Do Not Track signals." in added
    assert "Removed: We keep account information for 90 days after you close your account." in removed
    assert page.xpath("//li[@class='diff-added']/ins") and page.xpath("//li[@class='diff-removed']/del")
    rows = {r.xpath("string(th)").strip(): [c.text_content().strip() for c in r.xpath("td")]
            for r in page.xpath("//table[@class='label-diff']/tbody/tr")}
    assert rows["Do Not Track (do-not-track[1])"][0] == "Added"
    assert rows["Keeps data (retention[1])"][0] == "Changed"
    assert rows["Keeps data (retention[1])"][2] == "duration: P90D -> P30D"


def test_feeds_are_atom(site: Path) -> None:
    for rel in ("feed.xml", "acme/feed.xml"):
        root = ET.fromstring((site / rel).read_bytes())
        assert root.tag == f"{ATOM}feed"
        for child in ("id", "title", "updated", "author"):
            assert root.find(f"{ATOM}{child}") is not None, (rel, child)
        [entry] = root.findall(f"{ATOM}entry")
        assert entry.findtext(f"{ATOM}updated") == "2024-03-01T00:00:00Z"
        assert entry.findtext(f"{ATOM}id").startswith(("http://", "https://", "urn:"))
        [link] = entry.findall(f"{ATOM}link")
        assert link.get("href").endswith("acme/privacy-policy/versions/2023-06-01/")
        assert root.find(f"{ATOM}link[@rel='self']").get("href").endswith(rel)


def test_feed_text_cannot_inject_markup_or_break_xml(tmp_path: Path) -> None:
    vendors = tmp_path / "vendors"
    shutil.copytree(FIXTURE, vendors)
    vendor = vendors / "acme" / "vendor.yaml"
    text = vendor.read_text(encoding="utf-8")
    vendor.write_text(text.replace("name: Acme Widgets", 'name: "Acme </title><script>x</script> & co"', 1),
                      encoding="utf-8")
    assert "</script>" in vendor.read_text(encoding="utf-8")
    site = _build(vendors, tmp_path / "_site")
    root = ET.fromstring((site / "feed.xml").read_bytes())
    title = root.find(f"{ATOM}entry").findtext(f"{ATOM}title")
    assert "<script>x</script>" in title  # text, escaped in the XML
    assert b"<script>" not in (site / "feed.xml").read_bytes()
    page = (site / CHANGE).read_text(encoding="utf-8")
    assert "<script>x</script>" not in page


def test_jsonld_links_each_version_and_its_text(site: Path) -> None:
    graph = json.loads((site / "acme/privacy-policy/label.jsonld").read_text(encoding="utf-8"))
    expanded = pyld.expand(graph, {"documentLoader": offline_loader})
    nodes = {n["@id"]: n for n in expanded}
    prov = "http://www.w3.org/ns/prov#wasRevisionOf"
    current = next(n for i, n in nodes.items() if i.endswith("/acme/privacy-policy/#document"))
    [previous] = [v["@id"] for v in current[prov]]
    assert previous.endswith("/acme/privacy-policy/versions/2023-06-01/#document")
    assert current["https://schema.org/version"] == [{"@value": "2"}]
    old = nodes[previous]
    [text] = [v["@id"] for v in old["https://schema.org/encoding"]]
    assert text.endswith("/acme/privacy-policy/versions/2023-06-01.txt")
    kept = (FIXTURE / "acme/history/privacy-policy/2023-06-01.txt").read_bytes()
    assert nodes[text]["https://schema.org/sha256"] == [{"@value": hashlib.sha256(kept).hexdigest()}]
    assert old["https://schema.org/dateModified"][0]["@value"] == "2023-06-01"


def test_a_document_without_versions_has_no_versions_section(site: Path) -> None:
    page = (site / "acme/terms-of-service/index.html").read_text(encoding="utf-8")
    assert 'class="versions"' not in page
    graph = (site / "acme/terms-of-service/label.jsonld").read_text(encoding="utf-8")
    assert "wasRevisionOf" not in graph


def test_characters_xml_cannot_carry_are_dropped_from_feeds() -> None:
    from policylabel.site_versions import _xml_text

    assert _xml_text("a\x01b\x1b[2Jc\ufffed\U0001f600") == "ab[2Jcd\U0001f600"
    ET.fromstring(f"<t>{_xml_text(''.join(chr(i) for i in range(0x20)))}</t>")


def test_graph_with_versions_conforms_to_the_shapes() -> None:
    from policylabel import jsonld
    from test_jsonld_shacl import conforms

    targets, _ = discover([FIXTURE])
    validation = validate(targets)
    result = check(validation)
    report = next(r for r in result.reports if r.document.versions)
    ok, text = conforms(jsonld.document_graph(report))
    assert ok, text


def test_export_writes_each_earlier_text_where_the_graph_points(tmp_path: Path) -> None:
    from policylabel.export import export

    targets, _ = discover([FIXTURE])
    validation = validate(targets)
    result = check(validation)
    assert export(result.reports, "jsonld", tmp_path) == 0
    kept = (FIXTURE / "acme/history/privacy-policy/2023-06-01.txt").read_bytes()
    assert (tmp_path / "acme/privacy-policy/versions/2023-06-01.txt").read_bytes() == kept
    graph = (tmp_path / "acme/privacy-policy/label.jsonld").read_text(encoding="utf-8")
    assert "versions/2023-06-01.txt" in graph
