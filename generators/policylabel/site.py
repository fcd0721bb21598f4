"""The static site: checked reports -> HTML pages, JSON-LD, P3P, sitemap; written atomically.

Pages are rendered with Jinja2 (autoescape on) from ``site/templates``; every link is relative so the
site works under any base path and from ``file://``. All files go through one :class:`SiteWriter`, into
a temporary folder beside the target that replaces the previous site only once everything is written.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import functools
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from policylabel import badge as badges
from policylabel import charts, jsonld, p3p, paths, site_versions
from policylabel.check import DocumentReport
from policylabel.diagnostics import Diagnostic, display_path, error
from policylabel.evidence import field_values, python_class
from policylabel.gcpolicy import rare_collections
from policylabel.label import NO, YES, Label, Summary, build_label, fragment, statement_anchor
from policylabel.minimap import build_minimap
from policylabel.model import Contact, Vendor
from policylabel.progress import Progress
from policylabel.siteserver import make_server, serve
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

@python_class  # a test replaces its write method
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


def _swap_into_place(tmp: Path, out: Path, trash: Path | None = None) -> None:
    """Replace ``out`` with ``tmp``: an atomic exchange where Linux offers one, else two renames. The previous
    site is removed, or moved into ``trash`` (a folder on the same file system, emptied by a later run) where it
    can be: the command need not wait for thousands of files to be unlinked."""
    if not out.exists():
        os.rename(tmp, out)
        return
    libc_name = ctypes.util.find_library("c")
    renameat2 = getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None) if libc_name else None
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        if renameat2(at_fdcwd, os.fsencode(tmp), at_fdcwd, os.fsencode(out), rename_exchange) == 0:
            _discard(tmp, trash)  # now holds the previous site
            return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    os.rename(tmp, out)
    _discard(old, trash)


def _discard(tree: Path, trash: Path | None) -> None:
    if trash is not None:
        try:
            trash.mkdir(parents=True, exist_ok=True)
            os.rename(tree, trash / tree.name)
            return
        except OSError:
            pass  # another file system: removed now
    shutil.rmtree(tree, ignore_errors=True)


def empty_trash(trash: Path) -> None:
    """Remove what :func:`_swap_into_place` moved into ``trash`` before now (previous sites)."""
    try:
        trees = list(trash.iterdir())
    except OSError:
        return
    for tree in trees:
        shutil.rmtree(tree, ignore_errors=True)


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
    env.filters["count"] = lambda n, noun: load_vocabulary().count(n, noun)  # "3 findings": plurals as spelt
    # Hot-loop fragments rendered in Python (a Jinja macro call costs far more than the markup it makes).
    env.globals["status_html"] = status_html
    env.globals["quote_link"] = quote_link
    env.globals["statement_html"] = statement_html
    env.globals["statements_html"] = statements_html
    env.globals["grid_html"] = grid_html
    env.globals["findings_html"] = findings_html
    env.globals["source_html"] = source_html
    env.globals["charts"] = charts  # inline SVG pictures (heat map, minimap, findings chart)
    env.globals["symbols"] = SYMBOLS
    return env


try:  # markupsafe's C escaper on plain str, without wrapping each result in Markup
    from markupsafe import _speedups

    _escape_inner: Callable[[str], str] | None = _speedups._escape_inner
except ImportError:  # pragma: no cover - pure-Python markupsafe
    _escape_inner = None


def _esc(value: Any) -> str:
    """Escape exactly as Jinja's autoescape (markupsafe) does, for text built here."""
    kind = type(value)
    if kind is str and _escape_inner is not None:
        return _escape_inner(value)
    if kind is int:
        return str(value)  # digits and a sign: nothing to escape
    return str(escape(value))


# _esc for a value known to be a plain str (a slice of a text, an id made here): no check, no call between.
_esc_str = _escape_inner if _escape_inner is not None else _esc


@functools.lru_cache(maxsize=64)
def status_html(s: str, short: bool = False) -> Markup:
    """A status: its word, after the decorative symbol the stylesheet draws for its class (``.st-yes::before``,
    one rule per entry of ``SYMBOLS``, which a test keeps in step) with no text for screen readers."""
    word = SYMBOLS[s][1]
    if short:
        word = word.split(",")[0]
    return Markup(f'<span class="st st-{_esc(s)}">{_esc(word)}</span>')


def quote_link(q: Any, n: int, context: str, prefix: str = "") -> Markup:
    """The link from a quote to its passage in the source view (macros.html's ``quote_link``)."""
    return Markup(_quote_link(q, _esc(n), _esc(context), _esc(prefix)))


def _quote_link(q: Any, n: str, context: str, prefix: str) -> str:
    """:func:`quote_link` from values already escaped."""
    if q.target:
        line = f", line {_esc(q.line)}" if q.line else ""
        return (f'<a href="{prefix}source.html#{_esc(q.target)}">Quote {n}'
                f'<span class="vh"> for {context}</span>{line}</a>')
    return f'<span class="qlink missing">Quote {n} not found in the text</span>'


def statement_html(st: Any) -> Markup:
    """One statement of the label's list (label.html): its status, practice, summary, facts, curator's note
    and quote links. Rendered here rather than in the template: it is the page's hot loop."""
    return Markup(_statement_html(st))


def _statement_html(st: Any) -> str:
    status = status_html(st.rating) if st.rating else status_html(st.status)
    practice = _esc(st.practice_label)
    # The list's class styles its items (.statement-list): the summary, the facts (a <dl> of name and value
    # pairs), the curator's note and the quote links (the last paragraph) need no class of their own.
    out = [f'<li id="{_esc(st.anchor)}"><p>{status} <strong>{practice}</strong> {_esc(st.summary)}</p>']
    if st.facts:
        out.append("<dl>")
        out += [f"<dt>{_esc(f.name)}</dt><dd>{_esc(f.value)}</dd>" for f in st.facts]
        out.append("</dl>")
    if st.note:
        out.append(f'<p class="note"><span class="note-label">Curator\'s note:</span> {_esc(st.note)}</p>')
    links = " ".join([_quote_link(q, str(n), practice, "") for n, q in enumerate(st.quotes, 1)])
    out.append(f"<p>{links}</p></li>")
    return "".join(out)


def grid_html(label: Any) -> Markup:
    """The data grid's table (label.html): one cell per data category and column, each its status linked to
    the first statement behind it. Rendered here: it is the page's largest loop."""
    columns = label.columns
    heads = [_esc(heading) for _, heading in columns]
    out = ['<table class="grid">\n<caption id="grid-caption">What the document says about each kind of data. '
           'Select a status to read the statement behind it.</caption>\n<thead><tr><th scope="col">Data</th>']
    out += [f'<th scope="col">{h}</th>' for h in heads]
    out.append("</tr></thead>\n<tbody>\n")
    append = out.append
    for row in label.grid:
        append(f'<tr><th scope="row">{_esc(row.label)}</th>')
        for head, cell in zip(heads, row.cells, strict=True):  # one cell per column, by construction
            shown = cell.choice if cell.status == "yes" and cell.choice else cell.status
            if cell.refs:  # the link is the status (its class on the link: no span inside it)
                status = (f'<a class="st st-{_esc(shown)}" href="#{_esc(fragment(cell.refs[0]))}">'
                          f"{_esc(SYMBOLS[shown][1])}</a>")
            else:
                status = status_html(shown)
            details = f'<span class="details">{_join(cell.details)}</span>' if cell.details else ""
            append(f'<td data-col="{head}">{status}{details}</td>')
        append("</tr>\n")
    append("</tbody>\n</table>")
    return Markup("".join(out))


def _join(items: Sequence[Any]) -> str:
    """``items|join(", ")`` as Jinja's autoescape renders it."""
    if any(hasattr(x, "__html__") for x in items):
        return str(Markup(", ").join(items))
    return _esc(", ".join(map(str, items)))


def findings_html(label: Any, published: dict[str, str]) -> Markup:
    """The list items of the label's findings (label.html), each with its quotes and related quotes."""
    count = load_vocabulary().count
    out: list[str] = []
    append = out.append
    for f in label.findings:
        kind = _esc(f.kind_label)
        badge = ' <span class="badge">detected, not yet reviewed</span>' if f.origin == "detected" else ""
        append(f'<li class="finding" id="{_esc(f.anchor)}"><h3>{kind}{badge}</h3><p>{_esc(f.message)}</p>')
        nquotes = len(f.quotes) + len(f.related)
        if nquotes:
            append(f'<details class="fold quotes-fold"><summary>{_esc(count(nquotes, "quote"))}'
                   f'<span class="vh"> for this {kind}</span></summary><ul class="quotes">')
            for n, q in enumerate(f.quotes, 1):
                append(f"<li><blockquote>{_esc(q.text)}</blockquote> {_quote_link(q, str(n), kind, '')}</li>")
            for q in f.related:
                if q.target and q.document in published:
                    line = f", line {_esc(q.line)}" if q.line else ""
                    where = (f'<a class="qlink" href="../{_esc(q.document)}/source.html#{_esc(q.target)}">'
                             f"In {_esc(published[q.document])}{line}</a>")
                else:
                    where = f'<span class="qlink">In another document ({_esc(q.document)})</span>'
                append(f"<li><blockquote>{_esc(q.text)}</blockquote> {where}</li>")
            append("</ul></details>")
        append("</li>\n")
    return Markup("".join(out))


def statements_html(section: Any) -> Markup:
    """The items of one section's statement list (label.html)."""
    return Markup("".join([f"{_statement_html(st)}\n" for st in section.statements]))


def source_html(view: Any) -> Markup:
    """The annotated text of a source view: every piece wrapped once, so the markup always nests.

    A run of out-of-scope (or unreviewed) pieces that only bookmarks divide stays in one span: the bookmarks
    sit inside it, so a navigation menu of many short sentences costs a span, not one per sentence.
    """
    out: list[str] = []
    append = out.append
    esc, plain = _esc, _esc_str
    wrap = ""  # the class of the span of plain text left open for the next piece, or ""
    for text, evidence, anchors, region, unreviewed, tags, backrefs, marks in view.pieces:
        cls = "" if evidence or anchors or not text else "oos" if region else "unrev" if unreviewed else ""
        if wrap and (tags or cls != wrap):
            append("</span>")
            wrap = ""
        for m in marks:
            append(f'<span id="{plain(m)}"></span>')  # a bookmark: an empty link target (.source span[id])
        for t in tags:
            append(f'<span class="tag{" tag-unrev" if t == "Not reviewed" else ""}">{esc(t)}</span>')
        text = plain(text)
        if evidence or anchors:
            # The first passage starting here is the mark's own id; any other gets an empty anchor in it.
            # data-s lists the passages the piece belongs to (for site.js), unless that is its id alone.
            attrs = f' id="{plain(anchors[0])}"' if anchors else ""
            if region or unreviewed:
                attrs += f' class="{"oos unrev" if region and unreviewed else "oos" if region else "unrev"}"'
            if tuple(evidence) != tuple(anchors[:1]):
                attrs += f' data-s="{plain(" ".join(evidence))}"'
            more = "".join(f'<span id="{plain(a)}"></span>' for a in anchors[1:]) \
                if len(anchors) > 1 else ""
            append(f"<mark{attrs}>{more}{text}</mark>")
        elif cls:
            if cls != wrap:
                append(f'<span class="{cls}">')
                wrap = cls
            append(text)
        else:
            append(text)
        if backrefs:
            if wrap:
                append("</span>")
                wrap = ""
            for b in backrefs:
                where = f"../{esc(b.document)}/" if b.document else ""
                # The only links in the text: the stylesheet styles them (.source a) and draws their arrow,
                # whose alternative text "Back to" starts the link's accessible name (one rule, not a span
                # per link).
                append(f'<a href="{where}index.html#{esc(fragment(b.anchor))}">{esc(b.text)}</a>')
    if wrap:
        append("</span>")
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

PAGE_SIZE = 200  # documents per home and comparison page: each stays well under 2 MB at any catalogue size
SEARCH_INDEX = "search-index.json"


@dataclass(frozen=True)
class DocEntry:
    """What the home, comparison and search pages need of one published document: all that is kept of it."""

    vendor_id: str
    vendor_name: str
    id: str
    title: str
    kind: str
    summary: Summary
    practices: tuple[tuple[str, str], ...]  # (practice id, status), for the comparison pages

    def __reduce__(self) -> tuple[type[DocEntry], tuple[object, ...]]:
        # Pickled by its fields (from a worker), compiled or not: a compiled frozen dataclass has no __dict__.
        return DocEntry, field_values(self)

    @property
    def dir(self) -> str:
        return document_dir(self.vendor_id, self.id)

    def status(self, practice: str) -> str:
        return next((s for p, s in self.practices if p == practice), "none")

    def to_json(self) -> dict[str, Any]:
        return {"vendor_id": self.vendor_id, "vendor_name": self.vendor_name, "id": self.id, "title": self.title,
                "kind": self.kind, "summary": dataclasses.asdict(self.summary),
                "practices": [list(p) for p in self.practices]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DocEntry:
        s = dict(d["summary"])
        s["rights"] = tuple(s["rights"])
        s["finding_kinds"] = tuple((str(k), int(n)) for k, n in s.get("finding_kinds", ()))
        return cls(d["vendor_id"], d["vendor_name"], d["id"], d["title"], d["kind"], Summary(**s),
                   tuple((str(p), str(st)) for p, st in d["practices"]))


@dataclass(frozen=True)
class VendorEntry:
    """What the site-wide pages need of one vendor once its own files are written."""

    id: str
    name: str
    docs: tuple[DocEntry, ...]
    pages: tuple[str, ...]  # the HTML pages written for it, for the sitemap
    catalogue: tuple[tuple[str, str], ...]  # its catalogue nodes, serialised: (@id, compact JSON)
    changes: tuple[site_versions.FeedEntry, ...] = ()  # its documents' version changes, for the site's feed

    def __reduce__(self) -> tuple[type[VendorEntry], tuple[object, ...]]:
        # Pickled by its fields (from a worker), compiled or not: a compiled frozen dataclass has no __dict__.
        return VendorEntry, field_values(self)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "docs": [d.to_json() for d in self.docs],
                "pages": list(self.pages), "catalogue": [list(n) for n in self.catalogue],
                "changes": [dataclasses.asdict(c) for c in self.changes]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> VendorEntry:
        return cls(d["id"], d["name"], tuple(DocEntry.from_json(x) for x in d["docs"]), tuple(d["pages"]),
                   tuple((str(i), str(t)) for i, t in d["catalogue"]),
                   tuple(site_versions.FeedEntry(**c) for c in d.get("changes", ())))


@dataclass
class RenderContext:
    """What rendering needs; a module global so that forked workers inherit it without pickling."""

    env: Environment
    common: dict[str, Any]
    vocab: Vocabulary
    base: str
    config: SiteConfig


_CTX: RenderContext | None = None


def prepare(base_url: str | None = None, bytecode_dir: Path | None = None) -> RenderContext:
    """Load the configuration, vocabulary and templates once (before any worker is forked).

    ``bytecode_dir``: where compiled templates are kept between runs (Jinja's bytecode cache, keyed by each
    template's source checksum and the Python version), so that a rebuild does not compile them again.
    """
    from jinja2 import FileSystemBytecodeCache

    global _CTX
    config = load_config()
    base = (base_url or config.base_url or "").rstrip("/") + "/"
    vocab = load_vocabulary()
    env = environment()
    env.bytecode_cache = None
    if bytecode_dir is not None:
        try:
            bytecode_dir.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(bytecode_dir))
        except OSError:
            pass  # no cache: templates are compiled, as without one
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)  # compiled once here, not once per forked worker
    _CTX = RenderContext(env, {"site": config, "base_url": base, "symbols": SYMBOLS, "vocab": vocab}, vocab, base,
                         config)
    return _CTX


def base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the site's base URL (an absolute http(s) URL, nothing else), or None."""
    if _CONTROL.search(url):
        return "the base URL holds a space or a control character"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"the base URL is not a URL: {exc}"
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "the base URL must be an absolute http:// or https:// URL"
    if parts.query or parts.fragment or any(c in url for c in "<>\"'`\\"):
        return "the base URL may not hold a query, a fragment, quotes, angle brackets or backslashes"
    return None


def output_problem(out: Path) -> Diagnostic | None:
    """Why the site may not be written to ``out`` (a folder that is not a site we built), or None."""
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        return error("site-output", f"{display_path(out)} exists and is not a policylabel site; not replacing it",
                     out, hint="choose another --out folder, or remove it")
    return None


class Staging:
    """A temporary folder beside ``out``: it replaces ``out`` on :meth:`commit` and is removed otherwise.

    ``out`` may be a symbolic link to a site: the site it points to is replaced, the link stays.
    """

    def __init__(self, out: Path) -> None:
        self.out = Path(os.path.realpath(out)) if out.is_symlink() else out
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.build-", dir=self.out.parent))
        self.writer = SiteWriter(self.root)

    def commit(self, trash: Path | None = None) -> None:
        os.chmod(self.root, 0o755)  # mkdtemp makes it 0700; a published folder should be readable
        _swap_into_place(self.root, self.out, trash)

    def close(self) -> None:
        if self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def refusal(r: DocumentReport) -> Diagnostic | None:
    """Why a checked document is not published, or None."""
    if r.document.vendor_id in RESERVED_TOP_LEVEL:
        return error("not-published", f"{r.document.ref} is not published: the vendor id "
                     f"'{r.document.vendor_id}' is reserved by the site", r.vendor.yaml_path,
                     hint="rename the vendor folder and its id")
    if r.errors > 0 or r.source is None:
        why = f"its check found {r.errors} error{'s' * (r.errors != 1)}" if r.errors else "its text is unreadable"
        return error("not-published", f"{r.document.ref} is not published: {why}", r.document.yaml_path,
                     hint="fix the errors `policylabel check` reports, then rebuild")
    return None


def not_published(count: int, out: Path) -> Diagnostic:
    """The all-or-nothing rule's message when something failed."""
    return error("site-not-published", f"the site is not published: {count} document{'s' * (count != 1)} "
                 f"failed; {display_path(out)} is unchanged", out,
                 hint="fix the errors above, or build with --keep-going to publish the valid documents")


def build(reports: list[DocumentReport], vendors: list[Vendor], out: Path, base_url: str | None = None,
          progress: bool | None = None, keep_going: bool = False) -> list[Diagnostic]:
    """Build the site from checked reports into ``out`` atomically.

    All or nothing: when a document cannot be published, nothing is, and ``out`` stays as it was;
    ``keep_going`` publishes the others instead (the refusals are still returned, as errors).
    """
    out = Path(out)
    problem = output_problem(out)
    if problem:
        return [problem]
    diags, published = [], []
    for r in reports:
        why = refusal(r)
        if why is None:
            published.append(r)
        else:
            diags.append(why)
    if diags and not keep_going:
        return [*diags, not_published(len(diags), out)]
    prepare(base_url)
    by_vendor: dict[str, list[DocumentReport]] = {}
    for r in published:
        by_vendor.setdefault(r.document.vendor_id, []).append(r)
    vendor_by_id = {v.id: v for v in vendors}
    for r in published:  # a report's vendor is the authority on it, even when not in `vendors`
        vendor_by_id.setdefault(r.vendor.id, r.vendor)
    listed = sorted((v for v in vendor_by_id.values() if v.id in by_vendor or v.id in {x.id for x in vendors}),
                    key=lambda v: v.id)
    bar = Progress(len(published), sys.stderr.isatty() if progress is None else progress)
    try:
        with Staging(out) as stage, rare_collections(paused=True):
            entries = []
            for v in listed:
                files, entry = render_vendor(v, by_vendor.get(v.id, []))
                for rel, content in files:
                    stage.writer.write(rel, content)
                entries.append(entry)
                bar.step(len(entry.docs))
            bar.close()
            finish_site(stage.writer, entries)
            stage.commit()
    except OSError as exc:
        diags.append(error("site-output", f"cannot write the site: {exc.strerror or exc}", out))
    return diags


def render_vendor(v: Vendor, reports: list[DocumentReport]) -> tuple[list[tuple[str, str | bytes]], VendorEntry]:
    """The files of one vendor (its page, vendor.jsonld, its published documents' files) and its entry.

    Depends on nothing but the vendor, its reports and the render context, so that it can be cached.
    """
    ctx = _CTX
    assert ctx is not None, "prepare() first"
    reports = sorted(reports, key=lambda r: r.document.id)
    vdocs = [_Doc(r, build_label(r, ctx.vocab), document_dir(r.document.vendor_id, r.document.id)) for r in reports]
    # Evidence each source view highlights: its own quotes, plus passages other documents' findings cite
    # (related evidence is always of the same vendor).
    by_ref = {d.report.document.ref for d in vdocs}
    incoming: dict[str, list[tuple[Any, Backref]]] = {}
    for d in vdocs:
        doc = d.report.document
        # The label lists the curated findings first, then the detected ones still open.
        for f, fv in zip(doc.findings, d.label.findings[:len(doc.findings)], strict=True):
            for q in f.related:
                if q.document and f"{doc.vendor_id}/{q.document}" in by_ref:
                    for s in d.report.spans(q):
                        incoming.setdefault(f"{doc.vendor_id}/{q.document}", []).append(
                            (s, Backref(fv.anchor, f"{fv.kind_label} ({doc.title})", doc.id)))
    published = {d.report.document.id: d.report.document.title for d in vdocs}
    files: list[tuple[str, str | bytes]] = []
    for d in vdocs:
        files += _document_files(d, jsonld.compact_text(jsonld.document_graph(d.report, ctx.base)), incoming,
                                 published, v)
    docs = [d.report.document for d in vdocs]
    # The vendor graph names the vendor and its documents and refers to each document's own graph
    # (label.jsonld) by the document's @id instead of copying it.
    vtext = jsonld.compact_parts(jsonld.vendor_reference_graph(v, docs, ctx.base)).text
    files.append((vendor_dir(v.id) + "vendor.jsonld", vtext + "\n"))
    rel = vendor_dir(v.id) + "index.html"
    files.append((rel, ctx.env.get_template("vendor.html").render(
        root=_root_of(rel), path=rel, **ctx.common, vendor=v, docs=vdocs,
        jsonld=Markup(jsonld.script_escape(vtext)), has_jsonld=True)))
    entries = tuple(DocEntry(v.id, v.name, d.report.document.id, d.report.document.title, d.report.document.kind,
                             d.label.summary, tuple(sorted(d.label.practices.items()))) for d in vdocs)
    catalogue = jsonld.compact_parts(jsonld.vendor_reference_graph(v, docs, ctx.base, relative=False)).nodes
    changes = tuple(site_versions.entries(d.report for d in vdocs))
    if changes:
        rel = vendor_dir(v.id) + "feed.xml"
        files.append((rel, site_versions.feed(changes, ctx.base, rel, f"{v.name}: changes", document_dir)))
    pages = tuple(sorted(rel for rel, _ in files if rel.endswith(".html")))
    return files, VendorEntry(v.id, v.name, entries, pages, catalogue, changes)


@dataclass
class _Doc:
    report: DocumentReport
    label: Label
    dir: str  # document folder relative to the root


# Module functions, not closures: compiled, a nested function and its closure refer to each other (a cycle
# that would keep a vendor's pages alive until the next collection).
def _render(ctx: RenderContext, rel: str, template: str, **kw: Any) -> str:
    """The page ``rel`` rendered from ``template``."""
    return ctx.env.get_template(template).render(root=_root_of(rel), path=rel, **ctx.common, **kw)


def _add_page(files: list[tuple[str, str | bytes]], ctx: RenderContext, rel: str, template: str, **kw: Any) -> None:
    files.append((rel, _render(ctx, rel, template, **kw)))


def _write_page(w: SiteWriter, ctx: RenderContext, rel: str, template: str, **kw: Any) -> None:
    w.write(rel, _render(ctx, rel, template, **kw))


def _document_files(d: _Doc, graph_text: str, incoming: dict[str, list[tuple[Any, Backref]]],
                    published: dict[str, str], vendor: Vendor) -> list[tuple[str, str | bytes]]:
    """The label page, source view, original text, JSON-LD and P3P of one document.

    ``graph_text``: the document's graph serialised (``jsonld.compact_text``).
    """
    ctx = _CTX
    assert ctx is not None
    r, doc = d.report, d.report.document
    files: list[tuple[str, str | bytes]] = []
    items: list[tuple[Any, Backref]] = []
    statements = {s.anchor: s for sec in d.label.sections for s in sec.statements}
    own = r.matches  # r.spans(q) of a quote of the document's own text, without the call
    for c in doc.claims:
        st = statements[statement_anchor(c)]
        ref = None  # one backref per statement: equal ones, made once
        for q in c.evidence:
            for s in (r.spans(q) if q.document else own.get(q.pointer, ())):
                if ref is None:
                    ref = Backref(st.anchor, st.practice_label)
                items.append((s, ref))
    for f, fv in zip(doc.findings, d.label.findings[:len(doc.findings)], strict=True):  # curated first, in file order
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
    minimap = build_minimap(d.label, ctx.vocab)
    view = source_view(r, evidence_index(items), ctx.vocab, minimap.bookmarks)
    version_rows, version_files = site_versions.document_files(
        r, d.dir, functools.partial(_render, ctx), ctx.vocab)
    files += version_files
    # The page embeds the document's whole graph, the content of label.jsonld beside it (linked as
    # rel=alternate), escaped so that no string can close the <script> element.
    badge = badges.document_badge(d.label, ctx.vocab)
    files.append((d.dir + "badge.svg", badges.svg(badge)))
    _add_page(files, ctx, d.dir + "index.html", "label.html", doc=d, label=d.label, vendor=vendor,
              published=published, jsonld=Markup(jsonld.script_escape(graph_text)),
              has_p3p=doc.kind == "privacy-policy", has_jsonld=True, badge=badge, minimap=minimap,
              versions=version_rows)
    _add_page(files, ctx, d.dir + "source.html", "source.html", doc=d, label=d.label, vendor=vendor, view=view)
    if r.source is not None:
        # The original bytes: the target of the JSON-LD evidence selectors.
        files.append((d.dir + "source.txt", r.source._bytes if r.source._bytes is not None else r.source.text))
    files.append((d.dir + "label.jsonld", graph_text + "\n"))
    if doc.kind == "privacy-policy":
        files.append((d.dir + "p3p.xml", p3p.policy_xml(r, ctx.base)))
    return files


@dataclass(frozen=True)
class Pager:
    """Where a page sits among the pages of a paginated listing (links work without JavaScript)."""

    number: int
    count: int
    stem: str  # "index" or "compare"

    def href(self, n: int) -> str:
        return f"{self.stem}.html" if n == 1 else f"{self.stem}-{n}.html"

    @property
    def rel(self) -> str:
        return self.href(self.number)


def finish_site(w: SiteWriter, vendors: list[VendorEntry]) -> None:
    """The site-wide files, from the vendors' entries: home and comparison pages (paginated), catalogue,
    search index, vocabulary, P3P reference file, static assets, sitemap, robots.txt and the marker."""
    ctx = _CTX
    assert ctx is not None
    base, vocab = ctx.base, ctx.vocab

    vendors = sorted(vendors, key=lambda v: v.id)
    listed = sorted(vendors, key=lambda v: (v.name.casefold(), v.id))
    docs = sorted((d for v in vendors for d in v.docs), key=lambda d: (d.vendor_id, d.id))
    catalogue = _catalogue(vendors, base)
    w.write(jsonld.CATALOGUE_FILE, catalogue + "\n")
    w.write(SEARCH_INDEX, _search_index(docs, vocab))
    count = max(1, -(-len(docs) // PAGE_SIZE))
    # A single page embeds the whole catalogue; a paginated home page only links it (its size grows
    # with the catalogue, and every page must stay small).
    embedded = Markup(jsonld.script_escape(catalogue)) if count == 1 else None
    stated = {kind: {p for d in docs if d.kind == kind for p, _ in d.practices}
              for kind in vocab.sets["document-kinds"].terms}
    kinds = {k: t.label for k, t in vocab.sets["finding-kinds"].terms.items()}
    findings_chart = charts.findings_by_kind(kinds, (d.summary.finding_kinds for d in docs))
    for n in range(1, count + 1):
        chunk = docs[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
        pager = Pager(n, count, "index")
        _write_page(w, ctx, pager.rel, "home.html", vendors=listed, docs=chunk, total=len(docs), pager=pager,
                    jsonld=embedded, has_jsonld=True, search_index=SEARCH_INDEX if count > 1 else None,
                    findings_chart=findings_chart)
        pager = Pager(n, count, "compare")
        _write_page(w, ctx, pager.rel, "compare.html", tables=_comparison(vocab, chunk, stated), pager=pager,
                    total=len(docs))
    _write_page(w, ctx, "ns/index.html", "ns.html", terms=_namespace_terms(vocab), has_context=paths.CONTEXT.exists())
    _write_page(w, ctx, "404.html", "404.html")
    if paths.CONTEXT.exists():
        w.copy("context.jsonld", paths.CONTEXT)
    changes = site_versions.newest(c for v in vendors for c in v.changes)
    w.write("feed.xml", site_versions.feed(changes, base, "feed.xml", f"{ctx.config.title}: changes", document_dir))
    w.write("w3c/p3p.xml", p3p.reference_file_for([(d.vendor_id, d.id) for d in docs if d.kind == "privacy-policy"],
                                                  base))
    for f in sorted(paths.STATIC.rglob("*")):
        if f.is_file():
            w.copy("static/" + f.relative_to(paths.STATIC).as_posix(), f)
    own = {p for p in w.written if p.endswith(".html") and p != "404.html"}
    html_pages = sorted(own | {p for v in vendors for p in v.pages})
    w.write("sitemap.xml", _sitemap(base, html_pages))
    w.write("robots.txt", f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n")
    w.write(MARKER, "This folder is generated by `policylabel build`; it is replaced on every build.\n")


def _catalogue(vendors: list[VendorEntry], base: str) -> str:
    """The catalogue graph (every vendor and its documents, no claims), joined from the vendors' nodes."""
    cat: dict[str, Any] = {"@id": f"{base}#catalogue", "@type": "schema:DataCatalog", "name": "policylabel",
                           "url": base}
    about = [iri for v in vendors for iri, _ in v.catalogue if iri.endswith("#vendor")]
    if about:
        cat["about"] = about
    nodes = [(cat["@id"], compact_json(cat).rstrip("\n"))] + [n for v in vendors for n in v.catalogue]
    return jsonld.CompactGraph(compact_json(jsonld.context_url(base)).rstrip("\n"), tuple(nodes)).text


def _search_index(docs: list[DocEntry], vocab: Vocabulary) -> str:
    """A compact index of every document for the home page's search across pages (one row per document)."""
    kinds = list(vocab.sets["document-kinds"].terms)
    rows = [[d.vendor_name, d.title, d.dir, kinds.index(d.kind) if d.kind in kinds else -1, d.summary.sells,
             d.summary.ad_sharing, d.summary.cross_site_tracking, d.summary.findings] for d in docs]
    return compact_json({"version": 1, "kinds": [vocab.term("document-kinds", k).label for k in kinds],
                         "columns": ["vendor", "title", "dir", "kind", "sells", "ads", "tracks", "findings"],
                         "documents": rows})


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
    rows: tuple[tuple[DocEntry, tuple[str, ...]], ...]  # document, status per practice


def _comparison(vocab: Vocabulary, docs: list[DocEntry], stated: dict[str, set[str]]) -> list[ComparisonTable]:
    """Documents side by side per practice, one table per document kind; only practices some document of
    the whole catalogue states (``stated``, by kind), so that every page of a paginated listing has the same
    columns."""
    tables = []
    for kind in vocab.sets["document-kinds"].terms:
        kdocs = [d for d in docs if d.kind == kind]
        if not kdocs:
            continue
        practices = tuple((p, t.label) for p, t in vocab.sets["practices"].terms.items() if p in stated[kind])
        rows = tuple((d, tuple(d.status(p) for p, _ in practices)) for d in kdocs)
        tables.append(ComparisonTable(vocab.plural("document-kinds", kind), kind, practices, rows))
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
    "opt-in": ("\u25d1", "Only with your consent"),
    "customer-opt-in": ("\u25d1", "Only with the customer's or account holder's consent"),
    "good": ("\u2714", "Good"),
    "neutral": ("\u25cb", "Neutral"),
    "bad": ("\u2718", "Bad"),
    "blocker": ("\u26d4", "Blocker"),
}


__all__ = ["NO", "YES", "SiteWriter", "build", "contact_href", "make_server", "safe_url", "script_json", "serve"]
