"""Site pages of a document's versions: the "Versions" section, one page per change, each earlier text,
and the Atom feeds of changes (``feed.xml``, and one per vendor).

Called from ``site`` (one hook per document, one for the feeds); the differences come from ``versions``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from policylabel import versions as history
from policylabel.check import DocumentReport
from policylabel.versions import Diff

ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class VersionRow:
    """One row of a document's "Versions" section."""

    date: str
    sha256: str
    href: str | None  # the change page that produced this version (None for the first one)
    text_href: str  # the text of this version
    added: int | None
    removed: int | None
    claims: int | None  # claims added, removed or changed by the change (None: not known)


def document_files(report: DocumentReport, doc_dir: str, render: Callable[..., str],
                   vocab: Any) -> tuple[list[VersionRow], list[tuple[str, str | bytes]]]:
    """The rows of the "Versions" section and the files: each earlier text and each change page.

    ``render(rel, template, **context)`` renders a page at ``rel`` (relative to the site root).
    """
    doc = report.document
    changes = history.changes(doc)
    if not changes or report.source is None:
        return [], []
    files: list[tuple[str, str | bytes]] = []
    rows: list[VersionRow] = []
    diffs: list[Diff | None] = []
    for k, change in enumerate(changes):
        d = history.diff(doc, k, report.source)
        diffs.append(d)
        data = history.read_kept(change.previous.path, change.previous.sha256)
        if data is not None:
            files.append((f"{doc_dir}versions/{change.slug}.txt", data))
        rel = f"{doc_dir}versions/{change.slug}/index.html"
        newer_text = "../../source.txt" if k == 0 else f"../{changes[k - 1].slug}.txt"
        files.append((rel, render(rel, "versions.html", report=report, change=change, diff=d,
                                  previous_text=f"../{change.slug}.txt" if data is not None else None,
                                  newer_text=newer_text, practice_label=_practice_label(vocab))))
    # Rows newest first: the current text, produced by the newest change, then each earlier text.
    for k, change in enumerate(changes):
        d = diffs[k]
        text_href = "source.txt" if k == 0 else f"versions/{changes[k - 1].slug}.txt"
        rows.append(VersionRow(change.date or "(not recorded)", change.sha256, f"versions/{change.slug}/index.html",
                               text_href, d.added if d else None, d.removed if d else None,
                               len(d.claims) if d and d.claims is not None else None))
    oldest = changes[-1]
    rows.append(VersionRow(oldest.previous_date, oldest.previous_sha256, None, f"versions/{oldest.slug}.txt",
                           None, None, None))
    return rows, files


def _practice_label(vocab: Any) -> Callable[[str], str]:
    def label(practice: str) -> str:
        try:
            return vocab.term("practices", practice).label
        except (KeyError, AttributeError):
            return practice
    return label


# ---------------------------------------------------------------- Atom feeds


def _xml_text(value: str) -> str:
    """Characters XML 1.0 cannot carry are dropped (control characters from a YAML escape, say)."""
    return "".join(c for c in value if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c > "\uffff")


@dataclass(frozen=True)
class FeedEntry:
    """One version change as the feeds need it: kept, instead of the report, once the vendor is rendered."""

    date: str
    vendor_id: str
    document_id: str
    slug: str
    vendor_name: str
    title: str
    sha256: str
    previous_date: str
    previous_sha256: str

    def sort_key(self) -> tuple[str, str, str, str]:
        return (self.date, self.vendor_id, self.document_id, self.slug)


FEED_SIZE = 100  # entries in the site-wide feed: the newest changes, so that it stays small at any scale


def entries(reports: Iterable[DocumentReport]) -> list[FeedEntry]:
    """The version changes of ``reports``, newest first (ties in a fixed order: builds are byte-identical)."""
    out = [FeedEntry(change.date or change.previous_date, r.document.vendor_id, r.document.id, change.slug,
                     r.vendor.name, r.document.title, change.sha256, change.previous_date, change.previous_sha256)
           for r in reports for change in history.changes(r.document)]
    return sorted(out, key=FeedEntry.sort_key, reverse=True)


def feed(items: Iterable[FeedEntry], base: str, rel: str, title: str,
         doc_dir: Callable[[str, str], str]) -> str:
    """An Atom 1.0 feed of the version changes ``items`` (newest first), to be written at ``rel``."""
    absolute = base.startswith(("http://", "https://"))
    root = base if absolute else ""

    def href(path: str) -> str:
        if absolute:
            return root + path
        depth = rel.count("/")
        return "../" * depth + path

    def iri(path: str) -> str:
        return (root + path) if absolute else "urn:policylabel:" + path.replace("/", ":").strip(":")

    items = list(items)
    ET.register_namespace("", ATOM)
    f = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(f, f"{{{ATOM}}}id").text = iri(rel)
    ET.SubElement(f, f"{{{ATOM}}}title").text = _xml_text(title)
    updated = max((e.date for e in items), default="1970-01-01")
    ET.SubElement(f, f"{{{ATOM}}}updated").text = f"{updated}T00:00:00Z"
    author = ET.SubElement(f, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "policylabel"
    ET.SubElement(f, f"{{{ATOM}}}link", {"rel": "self", "href": href(rel)})
    for c in items:
        page = f"{doc_dir(c.vendor_id, c.document_id)}versions/{c.slug}/"
        e = ET.SubElement(f, f"{{{ATOM}}}entry")
        ET.SubElement(e, f"{{{ATOM}}}id").text = iri(page)
        ET.SubElement(e, f"{{{ATOM}}}title").text = _xml_text(f"{c.vendor_name}: {c.title} changed ({c.date})")
        ET.SubElement(e, f"{{{ATOM}}}updated").text = f"{c.date}T00:00:00Z"
        ET.SubElement(e, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": href(page)})
        ET.SubElement(e, f"{{{ATOM}}}summary").text = _xml_text(
            f"A new text of {c.title} by {c.vendor_name}, captured {c.date} (SHA-256 {c.sha256[:12]}), "
            f"replaced the text of {c.previous_date} (SHA-256 {c.previous_sha256[:12]}).")
    ET.indent(f)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(f, encoding="unicode") + "\n"


def newest(items: Iterable[FeedEntry], limit: int = FEED_SIZE) -> list[FeedEntry]:
    """The ``limit`` newest entries, newest first."""
    import heapq

    return heapq.nlargest(limit, items, key=FeedEntry.sort_key)
