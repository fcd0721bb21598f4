"""The static site: checked reports -> HTML pages, JSON-LD, P3P, sitemap; written atomically.

Pages are rendered with Jinja2 (autoescape on) from ``site/templates``; every link is relative so the
site works under any base path and from ``file://``. All files go through one :class:`SiteWriter`, into
a temporary folder beside the target that replaces the previous site only once everything is written.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import http.server
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TextIO
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from policylabel import jsonld, p3p, paths, site_versions
from policylabel.check import DocumentReport
from policylabel.diagnostics import Diagnostic, display_path, error
from policylabel.gcpolicy import rare_collections
from policylabel.label import NO, YES, Label, build_label, fragment, statement_anchor
from policylabel.model import Contact, Vendor
from policylabel.sourceview import Backref, evidence_index, source_view
from policylabel.vocabulary import Vocabulary, load_vocabulary

# A file in every built site: the build only ever replaces a folder that holds it (or an empty one), so a
# mistyped --out never deletes someone's files.
MARKER = ".policylabel-site"
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_EMAIL = re.compile(r"^[^@\s<>\"'()\[\]\\,;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{4,}$")


# ---------------------------------------------------------------- values that reach HTML

def safe_url(value: str | None) -> str | None:
    """``value`` if it is an http(s), mailto or tel URL without control characters, else None."""
    if not value or _CONTROL.search(value.strip()):
        return None
    value = value.strip()
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return None
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not urlsplit(value).netloc:
        return None
    return value


def contact_href(contact: Contact) -> str | None:
    """A link for a contact when its value is a well-formed address, number or URL; else None (text)."""
    v = contact.value.strip()
    if contact.channel == "email" and _EMAIL.match(v):
        return safe_url("mailto:" + v)
    if contact.channel == "phone" and _PHONE.match(v):
        return safe_url("tel:" + re.sub(r"[^0-9+]", "", v))
    if contact.channel in ("web-form", "unsubscribe-link", "in-product"):
        return safe_url(v) if v.lower().startswith(("http://", "https://")) else None
    return None


def script_json(data: Any) -> Markup:
    """JSON safe inside a <script> element: no ``<``, ``>``, ``&`` or line separators left raw."""
    return Markup(jsonld.script_escape(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))))


# ---------------------------------------------------------------- output

class SiteWriter:
    """The one owner of file output: writes below ``root`` and refuses to write a path twice."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: set[str] = set()
        self._dirs: set[Path] = set()

    def write(self, rel: str, content: str | bytes) -> None:
        if rel in self.written:
            raise ValueError(f"site: {rel} written twice")
        if rel.startswith("/") or ".." in rel.split("/"):
            raise ValueError(f"site: {rel} is outside the site")
        self.written.add(rel)
        path = self.root / rel
        if path.parent not in self._dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(path.parent)
        data = content.encode("utf-8") if isinstance(content, str) else content
        with open(path, "wb") as fh:
            fh.write(data)

    def claim(self, rel: str) -> None:
        """Record ``rel`` as written (by a render worker, below the same root); refuses a path twice."""
        if rel in self.written:
            raise ValueError(f"site: {rel} written twice")
        self.written.add(rel)

    def copy(self, rel: str, source: Path) -> None:
        self.write(rel, source.read_bytes())


def _swap_into_place(tmp: Path, out: Path) -> None:
    """Replace ``out`` with ``tmp``: an atomic exchange where Linux offers one, else two renames."""
    if not out.exists():
        os.rename(tmp, out)
        return
    libc_name = ctypes.util.find_library("c")
    renameat2 = getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None) if libc_name else None
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        if renameat2(at_fdcwd, os.fsencode(tmp), at_fdcwd, os.fsencode(out), rename_exchange) == 0:
            shutil.rmtree(tmp)  # now holds the previous site
            return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    os.rename(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total, self.enabled, self.stream, self.done = total, enabled, stream or sys.stderr, 0

    def step(self) -> None:
        self.done += 1
        if self.enabled and (self.done == self.total or self.done % 10 == 0):
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(f"\rbuilding site [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# ---------------------------------------------------------------- configuration and templates

@dataclass(frozen=True)
class SiteConfig:
    title: str
    description: str
    base_url: str


def load_config(path: Path | None = None) -> SiteConfig:
    from ruamel.yaml import YAML

    raw = YAML(typ="safe", pure=True).load((path or paths.SITE / "site.yaml").read_text(encoding="utf-8")) or {}
    return SiteConfig(str(raw.get("title", "policylabel")), str(raw.get("description", "")),
                      str(raw.get("base-url", "")))


@functools.lru_cache(maxsize=2)
def environment(templates: Path | None = None) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates or paths.TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.filters["safe_url"] = safe_url
    env.filters["contact_href"] = contact_href
    env.filters["script_json"] = script_json
    env.filters["fragment"] = fragment
    env.filters["percent"] = lambda x: f"{round(100 * x)}%"
    # Hot-loop fragments rendered in Python (a Jinja macro call costs far more than the markup it makes).
    env.globals["status_html"] = status_html
    env.globals["quote_link"] = quote_link
    env.globals["source_html"] = source_html
    return env


try:  # markupsafe's C escaper on plain str, without wrapping each result in Markup
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - pure-Python markupsafe
    _escape_inner = None


def _esc(value: Any) -> str:
    """Escape exactly as Jinja's autoescape (markupsafe) does, for text built here."""
    if _escape_inner is not None and type(value) is str:
        return _escape_inner(value)
    return str(escape(value))


@functools.lru_cache(maxsize=64)
def status_html(s: str, short: bool = False) -> Markup:
    """A status: a decorative symbol plus a word (what macros.html's ``status`` renders)."""
    sym, word = SYMBOLS[s]
    if short:
        word = word.split(",")[0]
    return Markup(f'<span class="st st-{_esc(s)}"><span class="sym" aria-hidden="true">{_esc(sym)}</span>'
                  f'<span class="word">{_esc(word)}</span></span>')


def quote_link(q: Any, n: int, context: str, prefix: str = "") -> Markup:
    """The link from a quote to its passage in the source view (macros.html's ``quote_link``)."""
    if q.target:
        line = f", line {_esc(q.line)}" if q.line else ""
        return Markup(f'<a class="qlink" href="{_esc(prefix)}source.html#{_esc(q.target)}">Quote {_esc(n)}'
                      f'<span class="vh"> for {_esc(context)}</span>{line}</a>')
    return Markup(f'<span class="qlink missing">Quote {_esc(n)} not found in the text</span>')


def source_html(view: Any) -> Markup:
    """The annotated text of a source view: every piece wrapped once, so the markup always nests."""
    out: list[str] = []
    append = out.append
    for p in view.pieces:
        for t in p.tags:
            append(f'<span class="tag{" tag-unrev" if t == "Not reviewed" else ""}">{_esc(t)}</span>')
        text = _esc(p.text)
        if p.evidence or p.anchors:
            cls = "ev" + (" oos" if p.region else "") + (" unrev" if p.unreviewed else "")
            anchors = "".join(f'<span class="anchor" id="{_esc(a)}"></span>' for a in p.anchors)
            append(f'<mark class="{cls}" data-s="{_esc(" ".join(p.evidence))}">{anchors}{text}</mark>')
        elif p.region:
            append(f'<span class="oos">{text}</span>')
        elif p.unreviewed:
            append(f'<span class="unrev">{text}</span>')
        else:
            append(text)
        for b in p.backrefs:
            where = f"../{_esc(b.document)}/" if b.document else ""
            append(f'<a class="backref" href="{where}index.html#{_esc(fragment(b.anchor))}"><span aria-hidden="true">'
                   f'&#8617;</span><span class="vh">Back to </span>{_esc(b.text)}</a>')
    return Markup("".join(out))


# ---------------------------------------------------------------- locations (relative to the site root)

# Vendor folders sit at the top level, where jsonld.py's IRIs put them; these names are taken by the site.
RESERVED_TOP_LEVEL = frozenset({"ns", "static", "w3c"})


def vendor_dir(vendor_id: str) -> str:
    return f"{jsonld.VENDORS_DIR}{vendor_id}/"


def document_dir(vendor_id: str, document_id: str) -> str:
    return f"{vendor_dir(vendor_id)}{document_id}/"


def _root_of(rel: str) -> str:
    """The relative path from the folder of ``rel`` back to the site root ("" at the top)."""
    return "../" * rel.count("/")


# ---------------------------------------------------------------- build

@dataclass(frozen=True)
class LabelDigest:
    """What the home and comparison pages need of a label (sent back by render workers)."""

    summary: Any  # label.Summary
    practices: dict[str, str]


@dataclass
class _Doc:
    report: DocumentReport
    label: Label | LabelDigest  # the whole label while rendering its vendor; a digest afterwards
    dir: str  # document folder relative to the root


def _refusals(reports: Iterable[DocumentReport]) -> tuple[list[DocumentReport], list[Diagnostic]]:
    ok, diags = [], []
    for r in reports:
        if r.document.vendor_id in RESERVED_TOP_LEVEL:
            diags.append(error("not-published", f"{r.document.ref} is not published: the vendor id "
                               f"'{r.document.vendor_id}' is reserved by the site", r.vendor.yaml_path,
                               hint="rename the vendor folder and its id"))
        elif r.errors > 0 or r.source is None:
            why = f"its check found {r.errors} error{'s' * (r.errors != 1)}" if r.errors else "its text is unreadable"
            diags.append(error("not-published", f"{r.document.ref} is not published: {why}",
                               r.document.yaml_path, hint="fix the errors `policylabel check` reports, then rebuild"))
        else:
            ok.append(r)
    return ok, diags


def build(reports: list[DocumentReport], vendors: list[Vendor], out: Path, base_url: str | None = None,
          progress: bool | None = None) -> list[Diagnostic]:
    """Build the site into ``out`` atomically; documents whose check has errors are not published."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        return [error("site-output", f"{display_path(out)} exists and is not a policylabel site; not replacing it",
                      out, hint="choose another --out folder, or remove it")]
    config = load_config()
    base = (base_url or config.base_url or "").rstrip("/") + "/"
    published, diags = _refusals(reports)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    try:
        with rare_collections(paused=True):
            _render_site(SiteWriter(tmp), published, vendors, config, base,
                         Progress(len(published), sys.stderr.isatty() if progress is None else progress))
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700; a published folder should be readable
        _swap_into_place(tmp, out)
    except OSError as exc:
        diags.append(error("site-output", f"cannot write the site: {exc}", out))
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return diags


def _render_site(w: SiteWriter, reports: list[DocumentReport], vendors: list[Vendor], config: SiteConfig,
                 base: str, progress: Progress) -> None:
    vocab = load_vocabulary()
    env = environment()
    reports = sorted(reports, key=lambda r: (r.document.vendor_id, r.document.id))
    vendor_by_id = {v.id: v for v in vendors}
    for r in reports:  # a report's vendor is the authority on it, even when not in `vendors`
        vendor_by_id.setdefault(r.vendor.id, r.vendor)
    reports_by_vendor: dict[str, list[DocumentReport]] = {}
    for r in reports:
        reports_by_vendor.setdefault(r.document.vendor_id, []).append(r)
    given = {v.id for v in vendors}
    listed_vendors = sorted((v for v in vendor_by_id.values() if v.id in reports_by_vendor or v.id in given),
                            key=lambda v: (v.name.casefold(), v.id))
    common = {"site": config, "base_url": base, "symbols": SYMBOLS, "vocab": vocab}

    def page(rel: str, template: str, **ctx: Any) -> None:
        w.write(rel, env.get_template(template).render(root=_root_of(rel), path=rel, **common, **ctx))

    # Each vendor (its documents' labels, pages and files, its page and vendor.jsonld) is one job, rendered
    # in forked workers when there are many; workers write their files themselves and report the paths,
    # with what the home and comparison pages need of each label.
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)  # compiled once here, not once per forked worker
    global _JOB
    _JOB = _Job(env, common, vocab, base, vendor_by_id, reports_by_vendor, w.root, listed_vendors)
    labels: dict[str, LabelDigest] = {}
    try:
        for rels, digests in _map_vendors(len(listed_vendors)):
            for rel in rels:
                w.claim(rel)
            for ref, digest in digests:
                labels[ref] = digest
                progress.step()
    finally:
        _JOB = None
    progress.close()
    docs = [_Doc(r, labels[r.document.ref], document_dir(r.document.vendor_id, r.document.id)) for r in reports]
    by_vendor: dict[str, list[_Doc]] = {}
    for d in docs:
        by_vendor.setdefault(d.report.document.vendor_id, []).append(d)

    all_reports = [d.report for d in docs]
    graph = jsonld.catalogue_graph(listed_vendors, all_reports, base)
    page("index.html", "home.html", vendors=listed_vendors, by_vendor=by_vendor, docs=docs,
         jsonld=script_json(graph), has_jsonld=True)
    w.write("catalogue.jsonld", compact_json(graph))
    page("compare.html", "compare.html", vendors=listed_vendors, by_vendor=by_vendor,
         tables=_comparison(vocab, docs))
    page("ns/index.html", "ns.html", terms=_namespace_terms(vocab), has_context=paths.CONTEXT.exists())
    page("404.html", "404.html")
    if paths.CONTEXT.exists():
        w.copy("context.jsonld", paths.CONTEXT)
    w.write("w3c/p3p.xml", p3p.reference_file(all_reports, base))
    for rel, feed in site_versions.feeds(all_reports, config.title, base, vendor_dir, document_dir):
        w.write(rel, feed)
    for f in sorted(paths.STATIC.rglob("*")):
        if f.is_file():
            w.copy("static/" + f.relative_to(paths.STATIC).as_posix(), f)
    html_pages = sorted(p for p in w.written if p.endswith(".html") and p != "404.html")
    w.write("sitemap.xml", _sitemap(base, html_pages))
    w.write("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n")
    w.write(MARKER, "This folder is generated by `policylabel build`; it is replaced on every build.\n")


@dataclass
class _Job:
    """What rendering one document needs; a module global so forked workers inherit it without pickling."""

    env: Environment
    common: dict[str, Any]
    vocab: Vocabulary
    base: str
    vendor_by_id: dict[str, Vendor]
    reports_by_vendor: dict[str, list[DocumentReport]]
    root: Path
    vendors: list[Vendor]


_JOB: _Job | None = None
PARALLEL_MIN_DOCUMENTS = 40  # below this, starting worker processes costs more than it saves


def _map_vendors(count: int) -> Iterable[tuple[list[str], int]]:
    """Render vendor jobs ``0..count-1``; yields the paths each wrote and its number of documents.

    Rendered in forked workers when it pays off. Every file's content depends only on its job, never on
    the worker or the order jobs finish in, so builds stay byte-identical.
    """
    import multiprocessing

    job = _JOB
    assert job is not None
    ndocs = sum(len(job.reports_by_vendor.get(v.id, ())) for v in job.vendors)
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or ndocs < PARALLEL_MIN_DOCUMENTS or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_vendor_files_at, range(count))
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_vendor_files_at, range(count), chunksize=4)


def _vendor_files_at(index: int) -> tuple[list[str], list[tuple[str, LabelDigest]]]:
    """Write the files of the ``index``-th vendor (its page, vendor.jsonld, its documents' files).

    Returns the paths written and, per document, what the home and comparison pages need of its label.
    """
    job = _JOB
    assert job is not None
    v = job.vendors[index]
    vdocs = [_Doc(r, build_label(r, job.vocab), document_dir(r.document.vendor_id, r.document.id))
             for r in job.reports_by_vendor.get(v.id, [])]
    # Evidence each source view highlights: its own quotes, plus passages other documents' findings cite
    # (related evidence is always of the same vendor).
    by_ref = {d.report.document.ref for d in vdocs}
    incoming: dict[str, list[tuple[Any, Backref]]] = {}
    for d in vdocs:
        doc = d.report.document
        for f, fv in zip(doc.findings, d.label.findings, strict=True):
            for q in f.related:
                if q.document and f"{doc.vendor_id}/{q.document}" in by_ref:
                    for s in d.report.spans(q):
                        incoming.setdefault(f"{doc.vendor_id}/{q.document}", []).append(
                            (s, Backref(fv.anchor, f"{fv.kind_label} ({doc.title})", doc.id)))
    published = {d.report.document.id: d.report.document.title for d in vdocs}
    w = SiteWriter(job.root)
    graphs: list[Any] = []
    texts: list[Any] = []
    for d in vdocs:
        graph = jsonld.document_graph(d.report, job.base)
        text = jsonld.compact_parts(graph)
        graphs.append(graph)
        texts.append(text)
        for rel, content in _document_files(d, text, incoming, published):
            w.write(rel, content)
    vreports = [d.report for d in vdocs]
    if vreports and all(r.vendor is v or r.vendor == v for r in vreports):
        # The vendor graph is the union of its documents' graphs (same @base, same vendor node):
        # joined from their serialised nodes instead of being built and serialised again.
        vtext = jsonld.compact_merge(texts)
    else:
        vtext = jsonld.compact_parts(jsonld.vendor_graph(v, vreports, job.base))
    w.write(vendor_dir(v.id) + "vendor.jsonld", vtext.text + "\n")
    rel = vendor_dir(v.id) + "index.html"
    # As on label pages: the page embeds the graph of vendor.jsonld, escaped for a <script> element.
    w.write(rel, job.env.get_template("vendor.html").render(
        root=_root_of(rel), path=rel, **job.common, vendor=v, docs=vdocs,
        jsonld=Markup(jsonld.script_escape(vtext.text)), has_jsonld=True))
    return sorted(w.written), [(d.report.document.ref, LabelDigest(d.label.summary, d.label.practices))
                               for d in vdocs]


def _document_files(d: _Doc, graph_text: Any, incoming: dict[str, list[tuple[Any, Backref]]],
                    published: dict[str, str]) -> list[tuple[str, str | bytes]]:
    """The label page, source view, original text, JSON-LD and P3P of one document.

    ``graph_text``: the document's graph serialised (``jsonld.compact_parts``), when JSON-LD is built.
    """
    job = _JOB
    assert job is not None
    r, doc = d.report, d.report.document
    files: list[tuple[str, str | bytes]] = []

    def page(rel: str, template: str, **ctx: Any) -> None:
        files.append((rel, job.env.get_template(template).render(root=_root_of(rel), path=rel, **job.common, **ctx)))

    items: list[tuple[Any, Backref]] = []
    statements = {s.anchor: s for sec in d.label.sections for s in sec.statements}
    for c in doc.claims:
        st = statements[statement_anchor(c)]
        for q in c.evidence:
            for s in r.spans(q):
                items.append((s, Backref(st.anchor, st.practice_label)))
    for f, fv in zip(doc.findings, d.label.findings, strict=True):  # curated findings come first, in file order
        for q in f.evidence:
            for s in r.spans(q):
                items.append((s, Backref(fv.anchor, fv.kind_label)))
    for i, det in enumerate(r.detected, 1):  # anchors as label._findings numbers them
        if det.status != "acknowledged":
            word = "Dismissed contradiction" if det.status == "dismissed" else "Detected contradiction"
            for span, _ in det.locations:
                items.append((span, Backref(f"d-{i}", word)))
    for dis in doc.dismissals:
        for q in dis.evidence:
            for s in r.spans(q):
                items.append((s, Backref("dismissals", "Dismissal")))
    items += incoming.get(doc.ref, [])
    view = source_view(r, evidence_index(items), job.vocab)
    vendor = job.vendor_by_id.get(doc.vendor_id, r.vendor)
    version_rows, version_files = site_versions.document_files(
        r, d.dir, lambda rel, template, **ctx: job.env.get_template(template).render(
            root=_root_of(rel), path=rel, **job.common, **ctx), job.vocab)
    files += version_files
    # The page embeds the document's whole graph, the content of label.jsonld beside it (linked as
    # rel=alternate), escaped so that no string can close the <script> element.
    page(d.dir + "index.html", "label.html", doc=d, label=d.label, vendor=vendor, published=published,
         jsonld=Markup(jsonld.script_escape(graph_text.text)),
         has_p3p=doc.kind == "privacy-policy", has_jsonld=True, versions=version_rows)
    page(d.dir + "source.html", "source.html", doc=d, label=d.label, vendor=vendor, view=view)
    if r.source is not None:
        # The original bytes: the target of the JSON-LD evidence selectors.
        files.append((d.dir + "source.txt", r.source._bytes if r.source._bytes is not None else r.source.text))
    files.append((d.dir + "label.jsonld", graph_text.text + "\n"))
    if doc.kind == "privacy-policy":
        files.append((d.dir + "p3p.xml", p3p.policy_xml(r, job.base)))
    return files


def compact_json(graph: Any) -> str:
    """Deterministic compact JSON (sorted keys): the C encoder, many times faster than indented output."""
    return json.dumps(graph, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def _sitemap(base: str, pages: Sequence[str]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in pages:
        loc = base + (p[: -len("index.html")] if p.endswith("index.html") else p)
        lines.append(f"  <url><loc>{xml_escape(loc)}</loc></url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ComparisonTable:
    title: str
    kind: str
    practices: tuple[tuple[str, str], ...]  # (practice id, label)
    rows: tuple[tuple[_Doc, tuple[str, ...]], ...]  # document, status per practice


def _comparison(vocab: Vocabulary, docs: list[_Doc]) -> list[ComparisonTable]:
    """Documents side by side per practice, one table per document kind; only practices someone states."""
    tables = []
    for kind, term in vocab.sets["document-kinds"].terms.items():
        kdocs = [d for d in docs if d.report.document.kind == kind]
        if not kdocs:
            continue
        stated = set().union(*(d.label.practices for d in kdocs))
        practices = tuple((p, t.label) for p, t in vocab.sets["practices"].terms.items() if p in stated)
        rows = tuple((d, tuple(d.label.practices.get(p, "none") for p, _ in practices)) for d in kdocs)
        tables.append(ComparisonTable(term.label + "s", kind, practices, rows))
    return tables


@dataclass(frozen=True)
class NamespaceTerm:
    id: str  # local name: the fragment of the term's IRI
    label: str
    description: str
    kind: str


def _namespace_terms(vocab: Vocabulary) -> list[NamespaceTerm]:
    """Every ``pl:`` term, so the namespace IRIs dereference to a definition."""
    found: dict[str, NamespaceTerm] = {}
    for t in jsonld.namespace_terms():
        iri = str(getattr(t, "iri", ""))
        if iri.startswith("pl:"):
            found[iri[3:]] = NamespaceTerm(iri[3:], str(t.label), str(t.description), str(getattr(t, "set", "")))
    for s in vocab.sets.values():
        for t in s.terms.values():
            if t.iri.startswith("pl:") and t.iri[3:] not in found:
                found[t.iri[3:]] = NamespaceTerm(t.iri[3:], t.label, t.description, s.title)
    return sorted(found.values(), key=lambda t: t.id)


# Status -> (symbol, word). Symbols are decorative (aria-hidden); the word carries the meaning.
SYMBOLS: dict[str, tuple[str, str]] = {
    YES: ("\u25cf", "Yes"),
    NO: ("\u25cb", "No"),
    "mixed": ("\u26a0", "Conflicting"),
    "none": ("\u2013", "Not stated"),
    "opt-out": ("\u25d0", "Yes, opt-out"),
    "opt-in": ("\u25d1", "Only with consent"),
    "good": ("\u2714", "Good"),
    "neutral": ("\u25cb", "Neutral"),
    "bad": ("\u2718", "Bad"),
    "blocker": ("\u26d4", "Blocker"),
}


# ---------------------------------------------------------------- preview server

class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".jsonld": "application/ld+json", ".xml": "application/xml", ".js": "text/javascript",
                      ".css": "text/css", ".html": "text/html; charset=utf-8"}

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a preview server need not log every request

    def copyfile(self, source: Any, outputfile: Any) -> None:
        try:
            super().copyfile(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser moved on before the file was sent; nothing to report

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def make_server(out: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server for ``out`` bound to 127.0.0.1 only (port 0: any free port)."""
    handler = functools.partial(_Handler, directory=str(out))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve(out: Path, port: int) -> None:
    """Serve the built site on 127.0.0.1 until interrupted."""
    with make_server(out, port) as server:
        server.serve_forever()


__all__ = ["NO", "YES", "SiteWriter", "build", "contact_href", "make_server", "safe_url", "script_json", "serve"]
