"""The built site in headless Chromium: every page loads cleanly and offline, label <-> quote navigation,
home-page filters and search, file:// use, screenshots, and axe-core with zero violations."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import AXE_JS, html_pages

LABEL = "acme/privacy-policy/index.html"
PAGE_TYPES = {
    "home": "index.html",
    "label": LABEL,
    "terms-label": "acme/terms-of-service/index.html",
    "source": "acme/privacy-policy/source.html",
    "vendor": "acme/index.html",
    "compare": "compare.html",
    "namespace": "ns/index.html",
    "not-found": "404.html",
    "injection-label": "evil/privacy-policy/index.html",
    "version-change": "acme/privacy-policy/versions/2023-06-01/index.html",
}


class PageWatch:
    """Console errors, page errors, dialogs, failed requests and requests leaving 127.0.0.1."""

    def __init__(self, context: Any) -> None:
        self.problems: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname != "127.0.0.1":
            self.problems.append(f"external request: {url}")
            route.abort()
        else:
            route.continue_()

    def attach(self, page: Any) -> Any:
        page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(
            f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        return page


def test_every_page_loads_without_errors_or_external_requests(browser: Any, base_url: str, site_dir: Path) -> None:
    context = browser.new_context()
    watch = PageWatch(context)
    page = watch.attach(context.new_page())
    pages = html_pages(site_dir)
    assert len(pages) > 10
    for rel in pages:
        if rel == "404.html":
            continue  # loaded on purpose below, where its 404 status is expected
        page.goto(base_url + rel, wait_until="networkidle")
    context.close()
    assert watch.problems == []


def test_unknown_address_serves_the_404_page(browser: Any, base_url: str) -> None:
    page = browser.new_page()
    response = page.goto(base_url + "404.html")
    assert response.status == 200 and page.locator("h1").inner_text() == "Page not found"
    response = page.goto(base_url + "no/such/page")
    assert response.status == 404 and page.locator("h1").inner_text() == "Page not found"
    page.close()


def test_statement_links_to_its_highlighted_quote_and_back(browser: Any, base_url: str) -> None:
    # imported here: the default env collects this module without playwright
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(base_url + LABEL)
    statement = page.locator('.statement-list > li[id="claim/sale[1]"]')
    page.locator("details.fold", has=statement).locator("summary").click()  # sections are folded
    assert "Does not sell" in statement.inner_text()
    statement.locator("p:last-child a").first.click()
    page.wait_for_url("**/source.html#s*")
    target = urlsplit(page.url).fragment
    marks = page.locator(f'mark[data-s~="{target}"], mark[id="{target}"]:not([data-s])')
    assert marks.count() >= 1
    assert "We do not sell your personal information." in " ".join(marks.all_inner_texts())
    for mark in marks.all():  # every piece of the quote is highlighted
        expect(mark).to_have_class(re.compile(r"\bcurrent\b"))
    assert marks.first.is_visible()
    back = page.locator('.source a[href="index.html#claim/sale%5B1%5D"]')
    assert back.count() == 1
    back.click()
    page.wait_for_url("**/index.html#claim/sale%5B1%5D")
    assert page.evaluate("document.querySelector(':target').id") == "claim/sale[1]"
    page.close()


def test_grid_cell_leads_to_its_statement(browser: Any, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + LABEL)
    page.locator(".data-grid summary").click()  # the grid is folded
    row = page.locator("table.grid tbody tr", has=page.locator("th", has_text="Device identifiers"))
    row.locator("td a").first.click()
    assert page.evaluate("document.querySelector(':target').id").startswith("claim/targeted-advertising")
    page.close()


def test_home_filters_work_without_and_with_javascript(browser: Any, base_url: str) -> None:
    for js in (False, True):
        context = browser.new_context(java_script_enabled=js)
        page = context.new_page()
        page.goto(base_url + "index.html")
        rows = page.locator("table.catalogue tbody tr")
        total = rows.count()
        page.locator("a.filter", has_text="Terms of service").click()
        visible = [r for r in rows.all() if r.is_visible()]
        assert 0 < len(visible) < total
        assert all(r.get_attribute("data-kind") == "terms-of-service" for r in visible)
        page.locator("a.filter", has_text="All").click()
        assert sum(r.is_visible() for r in rows.all()) == total
        assert page.locator("#search").is_visible() is js  # the search box exists only with JavaScript
        if js:
            page.fill("#search", "acme widgets terms")
            visible = [r for r in rows.all() if r.is_visible()]
            assert len(visible) == 1 and "Terms of Service" in visible[0].inner_text()
            assert page.locator("#search-status").inner_text() == f"1 of {total} documents shown"
            page.fill("#search", "")
            page.locator("table.catalogue thead th", has_text="Findings").locator("button").click()
            page.locator("table.catalogue thead th", has_text="Findings").locator("button").click()
            first = rows.first.locator("td").nth(6).get_attribute("data-sort")
            assert int(first) == max(int(r.locator("td").nth(6).get_attribute("data-sort")) for r in rows.all())
        context.close()


def test_site_works_from_file_urls(browser: Any, site_dir: Path) -> None:
    from playwright.sync_api import expect

    context = browser.new_context()
    watch = PageWatch(context)
    page = watch.attach(context.new_page())
    page.goto((site_dir / LABEL).as_uri())
    assert page.evaluate("getComputedStyle(document.querySelector('.label')).borderTopStyle") == "solid"
    page.locator("section.card a.card-q").first.click()  # the card's quote link (the sections are folded)
    page.wait_for_url("file://**/source.html#s*")  # waits for the load event, so the script has run
    expect(page.locator("mark.current").first).to_be_visible()  # it ran under file:// and its CSP
    context.close()
    assert watch.problems == []


@pytest.mark.parametrize("width,scheme", [(1280, "light"), (1280, "dark"), (390, "light"), (390, "dark")])
def test_label_screenshots(browser: Any, base_url: str, artifacts: Path, width: int, scheme: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                  device_scale_factor=1)
    page = context.new_page()
    page.goto(base_url + LABEL)
    name = "desktop" if width > 600 else "phone"
    page.screenshot(path=str(artifacts / f"label-{name}-{scheme}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, "the page must not scroll sideways; wide tables scroll inside their region"
    if width < 600:  # the data grid reflows into cards: nothing scrolls sideways, each status names its column
        page.locator(".data-grid summary").click()  # unfold it
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        region = page.locator(".data-grid .table-scroll")
        assert region.evaluate("r => r.scrollWidth - r.clientWidth") <= 0
        cell = page.locator("table.grid tbody td").first
        column = page.locator("table.grid thead th").nth(1).inner_text()
        assert cell.evaluate("c => getComputedStyle(c, '::before').content") == f'"{column}"'
    if width == 1280 and scheme == "light":
        page.emulate_media(media="print")
        page.screenshot(path=str(artifacts / "label-print.png"), full_page=True)
        assert not page.locator(".site-header").is_visible()
    context.close()


def test_no_page_scrolls_sideways_at_phone_width(browser: Any, base_url: str, site_dir: Path) -> None:
    """Every page of the site (every page type, and the real vendors' long source views among them) fits a
    390 px wide screen: wide tables scroll inside their own region, long words and back-links wrap."""
    pages = html_pages(site_dir)
    kinds = {re.sub(r"[^/]+/", "*/", p) for p in pages}
    assert {"index.html", "compare.html", "404.html", "*/index.html", "*/*/index.html", "*/*/source.html"} <= kinds
    assert "ns/index.html" in pages
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    wide = []
    for rel in pages:
        page.goto(base_url + rel)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            wide.append(f"{rel}: {overflow}px")
    context.close()
    assert wide == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_reports_no_violations(browser: Any, base_url: str, kind: str, scheme: str, artifacts: Path) -> None:
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)  # the pages' CSP forbids injected scripts
    page = context.new_page()
    page.goto(base_url + PAGE_TYPES[kind])
    page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    context.close()
    violations = [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                  for v in result["violations"]]
    (artifacts / f"axe-{kind}-{scheme}.json").write_text(json.dumps(violations, indent=2), encoding="utf-8")
    assert violations == []
