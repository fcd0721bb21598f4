"""The built site as files: the Nu HTML Checker over every page in one batch, every internal link and
anchor resolves, and the injection vendor's data never becomes markup."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html as lxml_html

from conftest import VNU_JAR, html_pages


def test_nu_html_checker_reports_no_errors(site_dir: Path, artifacts: Path) -> None:
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} missing: run tests/site/setup.sh")
    proc = subprocess.run(["java", "-jar", str(VNU_JAR), "--format", "json", "--skip-non-html", "--errors-only",
                           str(site_dir)], capture_output=True, text=True, timeout=600)
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    (artifacts / "vnu.json").write_text(json.dumps(messages, indent=2), encoding="utf-8")
    errors = [f"{m.get('url', '').rsplit('/_site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages
              if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert len(html_pages(site_dir)) > 10
    assert errors == []


def _ids(page: Path, cache: dict[Path, set[str]]) -> set[str]:
    if page not in cache:
        tree = lxml_html.fromstring(page.read_bytes())
        cache[page] = {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
    return cache[page]


def test_every_internal_link_and_anchor_resolves(site_dir: Path) -> None:
    cache: dict[Path, set[str]] = {}
    broken: list[str] = []
    checked = 0
    for rel in html_pages(site_dir):
        page = site_dir / rel
        tree = lxml_html.fromstring(page.read_bytes())
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in ("href", "src"):
                url = el.get(attr)
                if url is None:
                    continue
                parts = urlsplit(url)
                if parts.scheme or parts.netloc:
                    assert parts.scheme in ("http", "https", "mailto", "tel"), url
                    continue
                assert not parts.path.startswith("/"), f"{rel}: root-relative link {url} breaks under a base path"
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                checked += 1
                if not target.is_file() or not target.resolve().is_relative_to(site_dir.resolve()):
                    broken.append(f"{rel}: {url}")
                elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target, cache) \
                        and parts.fragment not in ("all",):
                    broken.append(f"{rel}: {url} (no such anchor)")
    assert checked > 100
    assert broken == []


# Every tag and attribute the templates themselves produce; anything else came from the data.
TAGS = {"html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "ul", "ol", "li", "main",
        "footer", "p", "span", "strong", "div", "h1", "h2", "h3", "dl", "dt", "dd", "section", "article", "table",
        "caption", "thead", "tbody", "tr", "th", "td", "blockquote", "mark", "code", "address", "label", "input", "details",
        "summary", "img", "textarea", "figure", "figcaption", "svg", "g", "rect", "desc", "text", "defs",
        "pattern", "path", "line", "circle", "use", "symbol", "tspan"}


def test_injected_markup_renders_as_text(site_dir: Path) -> None:
    pages = [p for p in html_pages(site_dir) if p.startswith("evil/") or "/" not in p]
    assert "evil/privacy-policy/index.html" in pages and "evil/privacy-policy/source.html" in pages
    for rel in pages:
        raw = (site_dir / rel).read_text(encoding="utf-8")
        tree = lxml_html.fromstring(raw)
        for el in tree.iter():
            if not isinstance(el.tag, str):
                assert "javascript" not in (el.text or ""), f"{rel}: a comment came from the data"
                continue
            assert el.tag in TAGS, f"{rel}: <{el.tag}> came from the data"
            for name, value in el.attrib.items():
                assert not name.startswith("on"), f"{rel}: {name}= came from the data"
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    assert urlsplit(value.strip()).scheme in ("", "http", "https", "mailto", "tel"), f"{rel}: {value!r}"
            if el.tag == "script":
                assert el.get("src", "").endswith("static/site.js") or el.get("type") == "application/ld+json"
                if el.get("type") == "application/ld+json":
                    assert "<" not in (el.text or "") and json.loads(el.text)
        text = tree.text_content()
        if rel.startswith("evil/privacy-policy/"):
            assert "<script>alert(1)</script>" in text  # shown, as text


def test_change_feeds_parse_as_atom(site_dir: Path) -> None:
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feeds = sorted(site_dir.rglob("feed.xml"))
    assert site_dir / "feed.xml" in feeds and len(feeds) > 1
    entries = 0
    for path in feeds:
        root = ET.fromstring(path.read_bytes())
        assert root.tag == f"{atom}feed" and root.findtext(f"{atom}id") and root.findtext(f"{atom}updated")
        for entry in root.findall(f"{atom}entry"):
            assert entry.findtext(f"{atom}id") and entry.findtext(f"{atom}title") and entry.find(f"{atom}link") is not None
            entries += 1
    assert entries >= 2  # the test vendor's change, in its vendor feed and in the site's
