"""Build guarantees of the static site, without a browser: refusal, atomicity, determinism, safety."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

import evil
import sitedata
from policylabel import site
from policylabel.diagnostics import Severity


@pytest.fixture(scope="module")
def acme() -> tuple[list, list]:
    reports, vendors, _ = sitedata.load(sitedata.TEST_VENDORS)
    assert [r.errors for r in reports] == [0, 0]
    return reports, vendors


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(acme: tuple[list, list], tmp_path: Path) -> None:
    reports, vendors = acme
    assert site.build(reports, vendors, tmp_path / "a", progress=False) == []
    assert site.build(list(reversed(reports)), vendors, tmp_path / "b", progress=False) == []
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_document_with_errors_publishes_nothing(acme: tuple[list, list], tmp_path: Path) -> None:
    """All or nothing: one document with errors, and the previous site stays byte for byte."""
    reports, vendors = acme
    out = tmp_path / "out"
    assert site.build(reports, vendors, out, progress=False) == []
    before = _tree(out)
    bad = dataclasses.replace(reports[0], errors=2)
    diags = site.build([bad, reports[1]], vendors, out, progress=False)
    assert [(d.severity, d.code) for d in diags] == [(Severity.ERROR, "not-published"),
                                                     (Severity.ERROR, "site-not-published")]
    assert "--keep-going" in diags[1].hint
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_keep_going_publishes_the_rest(acme: tuple[list, list], tmp_path: Path) -> None:
    reports, vendors = acme
    bad = dataclasses.replace(reports[0], errors=2)
    diags = site.build([bad, reports[1]], vendors, tmp_path / "out", progress=False, keep_going=True)
    assert [(d.severity, d.code) for d in diags] == [(Severity.ERROR, "not-published")]
    assert "acme/privacy-policy" in diags[0].message and "2 errors" in diags[0].message
    assert not (tmp_path / "out/acme/privacy-policy").exists()
    assert (tmp_path / "out/acme/terms-of-service/index.html").exists()
    assert "privacy-policy/index.html" not in (tmp_path / "out/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt()])
def test_failed_build_leaves_previous_site_untouched(acme: tuple[list, list], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, failure: BaseException) -> None:
    reports, vendors = acme
    out = tmp_path / "_site"
    assert site.build(reports, vendors, out, progress=False) == []
    before = _tree(out)
    real = site.SiteWriter.write

    def failing(self: site.SiteWriter, rel: str, content: str | bytes) -> None:
        if rel == "compare.html":  # half the site is written by now
            raise failure
        real(self, rel, content)

    monkeypatch.setattr(site.SiteWriter, "write", failing)
    if isinstance(failure, OSError):
        diags = site.build(reports, vendors, out, progress=False)
        assert [d.code for d in diags] == ["site-output"]
    else:
        with pytest.raises(KeyboardInterrupt):
            site.build(reports, vendors, out, progress=False)
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]  # no temporary folder left behind


def test_refuses_to_replace_a_folder_it_did_not_build(acme: tuple[list, list], tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine/notes.txt").write_text("keep me", encoding="utf-8")
    diags = site.build(*acme, tmp_path / "mine", progress=False)
    assert [d.code for d in diags] == ["site-output"]
    assert (tmp_path / "mine/notes.txt").read_text(encoding="utf-8") == "keep me"


def test_writer_refuses_a_path_twice(tmp_path: Path) -> None:
    w = site.SiteWriter(tmp_path)
    w.write("a/b.html", "x")
    with pytest.raises(ValueError, match="twice"):
        w.write("a/b.html", "y")
    with pytest.raises(ValueError, match="outside"):
        w.write("../escape.html", "y")


@pytest.mark.parametrize("url,expected", [
    ("https://example.com/p", "https://example.com/p"), ("mailto:a@b.example", "mailto:a@b.example"),
    ("tel:+15550100", "tel:+15550100"), ("javascript:alert(1)", None), (" JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None), ("data:text/html,<script>", None), ("//evil.example", None),
    ("https:///nohost", None), ("vbscript:x", None), ("", None), (None, None),
])
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert site.safe_url(url) == expected


def test_script_json_cannot_close_the_element() -> None:
    out = str(site.script_json({"a": "</script><!-- & \u2028"}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert out == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'


def test_injected_vendor_renders_as_text(tmp_path: Path) -> None:
    from lxml import html as lxml_html

    reports, vendors = evil.evil_reports()
    assert site.build(reports, vendors, tmp_path / "s", progress=False) == []
    for rel in ("evil/index.html", "evil/privacy-policy/index.html", "evil/privacy-policy/source.html", "index.html"):
        tree = lxml_html.fromstring((tmp_path / "s" / rel).read_bytes())
        # The templates' own pictures only: the badge and the inline SVGs of the label (by their classes).
        assert not tree.xpath("//img[@src!='badge.svg']|//svg[not(@class='hm' or @class='fc' or "
                              "@class='hm-key')]|//iframe|//object|//b|//i"), rel
        assert not [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")], rel
        assert all(s.get("src", "").endswith("static/site.js") or s.get("type") == "application/ld+json"
                   for s in tree.xpath("//script")), rel
        assert not tree.xpath("//@href[starts-with(normalize-space(translate(., 'JAVSCRIPT', 'javscript')), "
                              "'javascript:')]"), rel
        assert "<script>alert(1)</script>" in tree.text_content(), rel


def test_parallel_check_gives_the_serial_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """`policylabel build` checks vendors in forked workers when there are many: same diagnostics, same
    reports, in the same order, pointing at the caller's Vendor objects."""
    from policylabel import check
    from policylabel.validate import discover, validate

    targets, _ = discover([sitedata.SEED_VENDORS, sitedata.TEST_VENDORS])
    validation = validate(targets)
    serial = check.check(validation)
    monkeypatch.setattr(check, "PARALLEL_MIN_DOCUMENTS", 0)
    parallel = check.check(validation)
    assert [str(d) for d in parallel.diagnostics] == [str(d) for d in serial.diagnostics]
    # SourceText compares by identity: compare its text, and the rest of each report as it is.
    assert [r.source.text for r in parallel.reports] == [r.source.text for r in serial.reports]
    assert ([dataclasses.replace(r, source=None) for r in parallel.reports]
            == [dataclasses.replace(r, source=None) for r in serial.reports])
    vendors = {id(v) for v in validation.vendors}
    assert all(id(r.vendor) in vendors for r in parallel.reports)


def test_stylesheet_draws_the_symbol_of_every_status() -> None:
    """Status symbols are drawn by the stylesheet (``.st-<status>::before``): one rule per status, with the
    symbol of ``site.SYMBOLS`` and an empty alternative text."""
    import re

    from policylabel import paths

    css = (paths.STATIC / "style.css").read_text(encoding="utf-8")
    drawn: dict[str, str] = {}
    for selectors, code in re.findall(r"([^{}]+)\{ content: \"\\([0-9A-F]+)\"; content: \"\\\2\" / \"\"; \}", css):
        for sel in selectors.split(","):
            m = re.fullmatch(r"\s*\.st-([a-z-]+)::before\s*", sel)
            if m:
                drawn[m.group(1)] = chr(int(code, 16))
    # "warn": the findings count of the catalogue's tables, with the symbol of a conflict
    assert drawn == {**{status: sym for status, (sym, _) in site.SYMBOLS.items()}, "warn": site.SYMBOLS["mixed"][0]}


def test_rendering_a_vendor_ties_none_of_its_data_into_reference_cycles(acme: tuple[list, list]) -> None:
    """A vendor's labels, pages and reports are freed as soon as its files are made, not at the next collection:
    a template macro bound to a page's context would tie them into a cycle (macros are imported without it)."""
    import gc

    reports, vendors = acme
    site.prepare()
    vendor = next(v for v in vendors if any(r.vendor.id == v.id for r in reports))
    mine = [r for r in reports if r.vendor.id == vendor.id]
    site.render_vendor(vendor, mine)  # templates compiled, caches warm
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds unreachable is kept in gc.garbage
    try:
        files, _ = site.render_vendor(vendor, mine)
        assert any(rel.endswith("/index.html") for rel, _ in files)
        del files
        gc.collect()
        tied = {type(o).__module__ + "." + type(o).__qualname__ for o in gc.garbage
                if type(o).__module__.startswith(("policylabel", "jinja2"))}
        assert not tied
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_source_view_keeps_a_run_of_out_of_scope_sentences_in_one_span() -> None:
    """Bookmarks inside an out-of-scope run do not cut its span; a tag, a passage or a back link does, and the
    text reads as the source does (the back link's words aside)."""
    from lxml import html as lhtml

    from policylabel.sourceview import Backref, Piece, SourceView

    def piece(text: str, *, region: str | None = "Navigation", tags: tuple[str, ...] = (), marks: tuple = (),
              evidence: tuple[str, ...] = (), backrefs: tuple = ()) -> Piece:
        return Piece(text, evidence, evidence[:1], region, False, tags, backrefs, marks)

    view = SourceView((
        piece("Home\n", tags=("Out of scope: Navigation",), marks=("t0",)),
        piece("About\n", marks=("t5",)),
        piece("Blog\n", marks=("t11",), backrefs=(Backref("finding/x", "Omission"),)),
        piece("Jobs\n", marks=("t16",)),
        piece("We sell nothing.", region=None, evidence=("s21-37",)),
        piece(" Contact\n", marks=("t38",), tags=("Out of scope: Heading",)),
    ), 1, 2, 0)
    markup = str(site.source_html(view))
    root = lhtml.fragment_fromstring(f'<div class="source">{markup}</div>')
    spans = root.xpath("span[@class='oos']")
    assert [s.xpath("string()") for s in spans] == ["Home\nAbout\nBlog\n", "Jobs\n", " Contact\n"]
    # a bookmark that starts a span (after a tag or a back link) comes before it
    assert [s.xpath("span/@id") for s in spans] == [["t5", "t11"], [], []]
    assert root.xpath("span[@id][not(@class)]/@id") == ["t0", "t16", "t38"]
    assert root.xpath("mark/@id") == ["s21-37"] and root.xpath("a/@href") == ["index.html#finding/x"]
    assert root.xpath("string()").replace("Out of scope: Navigation", "").replace("Out of scope: Heading", "") \
        .replace("Omission", "") == "Home\nAbout\nBlog\nJobs\nWe sell nothing. Contact\n"
