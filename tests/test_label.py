"""The label as data (policylabel.label): grid, sections, findings and summary of the synthetic vendor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

import sitedata
from policylabel.label import NO, NONE, YES, build_label, duration_text
from policylabel.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def labels() -> dict:
    reports, _, _ = sitedata.load(sitedata.TEST_VENDORS)
    return {r.document.id: build_label(r) for r in reports}


def test_summary(labels: dict) -> None:
    s = labels["privacy-policy"].summary
    assert (s.sells, s.ad_sharing, s.cross_site_tracking, s.min_age) == (NO, YES, YES, 13)
    assert s.rights == ("Access", "Correction", "Deletion")
    assert s.findings == 2 and s.claims == 18


def test_grid(labels: dict) -> None:
    grid = {row.category: row for row in labels["privacy-policy"].grid}
    cols = [c for c, _ in labels["privacy-policy"].columns]
    name = dict(zip(cols, grid["name"].cells, strict=True))
    assert name["collected"].status == YES and name["collected"].details == ("From you",)
    assert name["sold"].status == NONE
    device = dict(zip(cols, grid["device-identifiers"].cells, strict=True))
    assert device["tracking"].status == YES and device["tracking"].choice == "opt-out"
    assert device["tracking"].refs == ("claim/targeted-advertising[1]",)
    assert dict(zip(cols, grid["personal-information"].cells, strict=True))["sold"].status == NO


def test_sections_follow_the_label_order(labels: dict) -> None:
    assert [s.id for s in labels["privacy-policy"].sections] == [
        "data", "rights", "retention", "security", "children", "transfers", "tracking", "changes", "contact",
        "general"]
    terms = labels["terms-of-service"].sections
    assert [st.rating for s in terms if s.id == "terms" for st in s.statements] == [
        "neutral", "bad", "bad", "good", "blocker", "neutral"]


def test_findings_carry_their_quotes(labels: dict) -> None:
    f = labels["privacy-policy"].findings
    assert [x.anchor for x in f] == ["finding/contradiction[1]", "finding/cross-document-contradiction[2]"]
    assert all(q.target and q.target.startswith("s") for q in f[0].quotes)
    assert f[1].related[0].document == "terms-of-service" and f[1].related[0].target



def test_card_lines_link_to_their_statements_and_quotes(labels: dict) -> None:
    label = labels["privacy-policy"]
    card = label.card
    statements = {st.anchor: st for sec in label.sections for st in sec.statements}
    lines = {line.key: line for line in card.lines}
    assert [(k, lines[k].status) for k in ("sells", "ads", "tracks")] == [("sells", NO), ("ads", YES), ("tracks", YES)]
    assert lines["age"].value == "13+"
    for line in card.lines:  # a stated line leads to a statement of its kind and to that statement's quote
        assert line.statement in statements, line
        assert line.quote is not None and line.quote.target in {q.target for q in statements[line.statement].quotes}
    assert statements[lines["sells"].statement].practice == "sale"
    assert card.rights == ("Access", "Correction", "Deletion") and card.rights_more == 0
    assert card.rights_statement in statements and card.findings == 2
    assert card.rights_quote in statements[card.rights_statement].quotes


def test_terms_card_counts_the_points_against_the_user(labels: dict) -> None:
    label = labels["terms-of-service"]
    line = next(x for x in label.card.lines if x.key == "against")
    assert (line.status, line.value) == (YES, "3 of 6")  # bad, bad and blocker of six rated points
    statements = {st.anchor: st for sec in label.sections for st in sec.statements}
    assert statements[line.statement].rating == "bad" and line.quote in statements[line.statement].quotes
    assert all(x.key != "against" for x in labels["privacy-policy"].card.lines)


def test_card_groups_data_as_the_app_stores_do(labels: dict) -> None:
    vocab = load_vocabulary()
    label = labels["privacy-policy"]
    groups = {g.key: g for g in label.card.groups}
    assert [g.name for g in label.card.groups] == ["Data linked to you", "Data used to track you", "Data not collected"]
    names = {t.app_store for t in vocab.sets["data-categories"].terms.values()}
    statements = {st.anchor: st for sec in label.sections for st in sec.statements}
    collected = {c.practice for c in label.report.document.claims if c.affirmed and c.practice == "collection"}
    assert collected and groups["linked"].categories
    for g in groups.values():
        for name, anchor in g.categories:
            assert name in names and anchor in statements
    assert all(statements[a].practice == "collection" for _, a in groups["linked"].categories)
    assert "Identifiers" in [n for n, _ in groups["tracking"].categories]  # device identifiers, targeted ads
    linked = {n for n, _ in groups["linked"].categories}
    assert not linked & {n for n, _ in groups["not-collected"].categories}


def test_card_of_a_document_stating_nothing_is_all_not_stated() -> None:
    from policylabel.label import build_card

    card = build_card(load_vocabulary(), [], 0)
    assert all(line.status == NONE and line.statement is None for line in card.lines)
    assert card.rights == () and all(g.categories == () for g in card.groups)


@pytest.mark.parametrize("value,text", [("P30D", "30 days"), ("P1Y", "1 year"), ("PT24H", "24 hours"),
                                        ("P1Y6M", "1 year, 6 months"), ("bogus", "bogus")])
def test_duration_text(value: str, text: str) -> None:
    assert duration_text(value) == text


# ---------------------------------------------------------------- the built site's words and pictures

@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the test vendor, the seed vendors and the injection vendor, built once."""
    import evil
    from policylabel.site import build

    reports, vendors, _ = sitedata.load(sitedata.TEST_VENDORS, sitedata.SEED_VENDORS)
    ereports, evendors = evil.evil_reports()
    out = tmp_path_factory.mktemp("site") / "_site"
    diags = build(reports + ereports, vendors + evendors, out, progress=False)
    assert all(d.code == "not-published" for d in diags), diags
    return out


def _page_texts(site: Path) -> dict[str, str]:
    from lxml import html as lxml_html

    return {p.relative_to(site).as_posix(): lxml_html.fromstring(p.read_bytes()).text_content()
            for p in sorted(site.rglob("*.html"))}


def _misspellings(vocab: Vocabulary) -> dict[str, str]:
    """Plural spellings the vocabulary rules out (``privacy policys``), each with the right one."""
    wrong: dict[str, str] = {}
    for singular, plural in vocab.nouns.items():
        if singular + "s" != plural:
            wrong[singular + "s"] = plural
    for tid, term in vocab.sets["document-kinds"].terms.items():
        plural = vocab.plural("document-kinds", tid)
        for stem in (term.label, plural):
            if stem + "s" != plural:
                wrong[stem + "s"] = plural
    return {k.casefold(): v for k, v in wrong.items()}


def test_vocabulary_spells_the_plurals() -> None:
    vocab = load_vocabulary()
    assert vocab.plural("document-kinds", "privacy-policy") == "Privacy policies"
    assert vocab.plural("document-kinds", "terms-of-service") == "Terms of service"
    assert vocab.count(1, "finding") == "1 finding" and vocab.count(3, "finding") == "3 findings"
    assert vocab.count(0, "document") == "0 documents"
    with pytest.raises(KeyError, match="no plural"):
        vocab.count(2, "policy")
    assert {"privacy policys", "terms of services"} <= set(_misspellings(vocab))


def test_site_text_spells_plurals_as_the_vocabulary_does(built: Path) -> None:
    import re

    vocab = load_vocabulary()
    wrong = _misspellings(vocab)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(wrong, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    found = [f"{rel}: {m.group(0)!r} (the vocabulary spells it {wrong[m.group(0).casefold()]!r})"
             for rel, text in _page_texts(built).items() for m in pattern.finditer(text)]
    assert found == []
    compare = _page_texts(built)["compare.html"]
    assert "Privacy policies" in compare and "Terms of service" in compare


def test_every_label_has_a_card_share_preview_and_badge(built: Path) -> None:
    from lxml import etree
    from lxml import html as lxml_html

    labels = sorted(p for p in built.rglob("index.html") if (p.parent / "source.html").exists())
    assert len(labels) >= 5
    for page in labels:
        tree = lxml_html.fromstring(page.read_bytes())
        ids = {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
        card = tree.xpath("//section[@class='card']")
        assert len(card) == 1, page
        for a in card[0].iter("a"):  # every status leads to a statement on the page, or to the source view
            href = a.get("href")
            assert href.startswith(("#", "source.html#s")), href
            if href.startswith("#") and href != "#details-h":
                from urllib.parse import unquote

                assert unquote(href[1:]) in ids, (page, href)
        meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
        assert meta["og:title"] and meta["twitter:card"] == "summary"
        assert meta["og:description"] == meta["description"]
        assert "twitter:title" not in meta and "twitter:description" not in meta  # read from og:title, og:description
        assert meta["og:description"].startswith("Sells data: ")
        svg = etree.fromstring((page.parent / "badge.svg").read_bytes())
        assert svg.get("aria-label") == tree.xpath("//section[@class='embed']//img")[0].get("alt")
    evil = lxml_html.fromstring((built / "evil/privacy-policy/index.html").read_bytes())
    title = next(m.get("content") for m in evil.iter("meta") if m.get("property") == "og:title")
    assert "<script>alert(1)</script>" in title  # an attribute value, never markup


def test_pictures_on_the_built_site(built: Path) -> None:
    from urllib.parse import unquote

    from lxml import html as lxml_html

    allowed = {"svg", "title", "desc", "defs", "pattern", "rect", "circle", "path", "text", "a", "g"}
    for page in sorted(p for p in built.rglob("index.html") if (p.parent / "source.html").exists()):
        tree = lxml_html.fromstring(page.read_bytes())
        source = lxml_html.fromstring((page.parent / "source.html").read_bytes())
        ids = {e.get("id") for e in source.iter() if isinstance(e.tag, str) and e.get("id")}
        minimaps = tree.xpath("//div[@class='mm']")
        assert len(minimaps) == 1, page
        links = minimaps[0].xpath(".//a/@href")
        assert links and all(unquote(h.split("#", 1)[1]) in ids for h in links), page  # lands on its sentence
        assert {el.tag for svg in tree.iter("svg") for el in svg.iter()} <= allowed, page
    compare = lxml_html.fromstring((built / "compare.html").read_bytes())
    for table in compare.xpath("//table[contains(@class, 'compare')]"):
        section = table.getparent().getparent()
        heat = section.xpath(".//svg[@class='hm']")
        assert len(heat) == 1
        assert len(heat[0].xpath(".//text[@class='hm-name']")) == len(table.xpath("./tbody/tr"))
    assert {el.tag for svg in compare.iter("svg") for el in svg.iter()} <= allowed
    home = lxml_html.fromstring((built / "index.html").read_bytes())
    assert len(home.xpath("//svg[@class='fc']")) == 1
