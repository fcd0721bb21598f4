"""The pictures (policylabel.minimap, policylabel.charts: the minimap's grid of links, the inline SVGs): right
data, well-formed, escaped."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

import evil
import sitedata
from policylabel import charts
from policylabel.label import MIXED, NO, NONE, YES, build_label
from policylabel.minimap import BACKS, OUT_OF_SCOPE, UNREVIEWED, build_minimap
from policylabel.vocabulary import load_vocabulary

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def labels() -> dict:
    reports, _, _ = sitedata.load(sitedata.TEST_VENDORS, sitedata.SEED_VENDORS)
    ereports, _ = evil.evil_reports()
    return {r.document.ref: build_label(r) for r in reports + ereports}


def _xml(markup: str) -> etree._Element:
    return etree.fromstring(str(markup).encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def _overlaps(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < b and e > a for s, e in ranges)


def test_minimap_has_a_band_per_sentence_classified_as_a_brute_force_scan_does(labels: dict) -> None:
    vocab = load_vocabulary()
    for ref, label in labels.items():
        r = label.report
        mm = build_minimap(label, vocab)
        assert len(mm.bands) == len(r.sentences), ref
        if ref.startswith("evil/"):
            continue  # its sentences are one sentence repeated, not a segmentation
        assert mm.count(UNREVIEWED) == len(r.unreviewed), ref
        evidence = [tuple(int(x) for x in q.target[1:].split("-")) for s in label.sections for st in s.statements
                    for q in st.quotes if q.target and q.document is None]
        regions = [(s.start, s.end) for _, s in r.out_of_scope]
        quoted = [tuple(int(x) for x in q.target[1:].split("-")) for f in (*label.findings, *label.dismissed)
                  for q in f.quotes if q.target]
        unrev = {s.span.start for s in r.unreviewed}
        for sentence, band in zip(sorted(r.sentences, key=lambda s: s.span.start), mm.bands, strict=True):
            a, b = sentence.span.start, sentence.span.end
            assert band.line == sentence.span.line
            assert band.finding == _overlaps(a, b, quoted)
            if a in unrev:
                assert band.kind == UNREVIEWED and band.target == f"t{a}"
            elif _overlaps(a, b, evidence):
                assert band.kind == BACKS and band.group and band.target.startswith("s")
                s, e = (int(x) for x in band.target[1:].split("-"))
                assert s < b and e > a  # the band links to a quote of this very sentence
            elif _overlaps(a, b, regions):
                assert band.kind == OUT_OF_SCOPE
        assert sum(n for _, _, n in mm.groups) == mm.count(BACKS)


def test_minimap_is_well_formed_and_links_every_band(labels: dict) -> None:
    label = labels["kandji/privacy-policy"]
    mm = build_minimap(label, load_vocabulary())
    root = _xml(charts.minimap_html(mm, "Minimap"))
    assert root.tag == "div" and root.get("aria-hidden") == "true" and root.get("title") == "Minimap"
    groups = list(root)
    assert all(g.tag == "span" for g in groups)  # runs of cells of one kind share a wrapper (and its class)
    links = [a for g in groups for a in g]
    assert all(a.tag == "a" and not a.text and not len(a) for a in links)  # empty cells, placed by the CSS grid
    assert [a.get("href") for a in links] == [f"source.html#{b.target}" for b in mm.bands]  # one per sentence
    assert all(a.get("tabindex") == "-1" for a in links)  # the legend is the keyboard and reader path
    kinds = [g.get("class") for g in groups]
    assert all(a != b for a, b in itertools.pairwise(kinds))  # a new wrapper only where the kind changes
    assert [a.get("class") == "f" for a in links] == [b.finding for b in mm.bands]  # a dot where a finding quotes
    assert sum(b.finding for b in mm.bands) == mm.findings > 0
    legend = charts.minimap_legend(mm)
    assert legend.sentences == len(mm.bands)
    assert sum(n for cls, _, n in legend.items if cls != "mm-f") == len(mm.bands)  # every band counted once


def test_heatmap_draws_a_distinct_symbol_per_status() -> None:
    practices = [("sale", "Sells"), ("sharing", "Shares with"), ("x", "A <b>label</b> & more")]
    rows = [("Vendor <script>alert(1)</script>: Doc", [YES, NO, MIXED]), ("B: doc", [NONE, YES, NO])]
    root = _xml(charts.heatmap_svg("hm-privacy-policy", "Privacy policies", practices, rows, "cap"))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "hm-privacy-policy-t hm-privacy-policy-d"
    assert "2 documents by 3 practices. 2 affirmed, 2 denied, 1 conflicting, 1 not stated." in root.find(
        SVG + "desc").text
    # One path per status, one subpath per cell: squares (affirmed, conflicting), rings, dashes.
    paths = {el.get("class"): el.get("d") for el in root.iter(SVG + "path")}
    assert {k: d.count("M") for k, d in paths.items()} == {"hm-band": 1, "hm-yes": 2, "hm-no": 2, "hm-mixed": 1,
                                                             "hm-none": 1}
    assert paths["hm-yes"].startswith("M234 ") and "a5 5" in paths["hm-no"] and paths["hm-none"].endswith("h6")
    mixed = next(el for el in root.iter(SVG + "path") if el.get("class") == "hm-mixed")
    assert mixed.get("fill") == "url(#hm-privacy-policy-hatch)"
    names = [t.text for t in root.iter(SVG + "text") if t.get("class") == "hm-name"]
    assert names[0].startswith("Vendor <script>") and "<script>" not in etree.tostring(root).decode()
    assert root.find(f"{SVG}defs/{SVG}pattern").get("id") == "hm-privacy-policy-hatch"


def test_fit_cuts_long_names_by_measured_width() -> None:
    assert charts.fit("Short", 100) == "Short"
    cut = charts.fit("A very long vendor name and document title indeed", 100)
    assert cut.endswith("\u2026") and len(cut) < 30


def test_findings_by_kind_totals_the_catalogue(labels: dict) -> None:
    vocab = load_vocabulary()
    kinds = {k: t.label for k, t in vocab.sets["finding-kinds"].terms.items()}
    items = charts.findings_by_kind(kinds, (lb.summary.finding_kinds for lb in labels.values()))
    assert sum(n for _, n in items) == sum(lb.summary.findings for lb in labels.values()) > 0
    assert [label for label, _ in items] == [kinds[k] for k in kinds if label_in(items, kinds[k])]
    root = _xml(charts.findings_chart_svg(items, "Findings by kind"))
    assert root.get("role") == "img" and root.find(SVG + "title").text == "Findings by kind"
    assert [t.text for t in root.iter(SVG + "text") if t.get("class") == "fc-n"] == [str(n) for _, n in items]
    bars = [float(r.get("width")) for r in root.iter(SVG + "rect")]
    assert max(bars) == charts.FC_BAR


def label_in(items: list[tuple[str, int]], label: str) -> bool:
    return any(x == label for x, _ in items)
