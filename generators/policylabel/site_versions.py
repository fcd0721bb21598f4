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
    """One version change, as the feeds need it (kept per vendor between builds)."""

    date: str
    vendor_id: str
    vendor_name: str
    document_id: str
    title: str
    slug: str
    sha256: str
    previous_date: str
    previous_sha256: str

    def to_json(self) -> list[str]:
        return [self.date, self.vendor_id, self.vendor_name, self.document_id, self.title, self.slug, self.sha256,
                self.previous_date, self.previous_sha256]

    @classmethod
    def from_json(cls, row: list[str]) -> FeedEntry:
        return cls(*(str(x) for x in row))


def entries_for(reports: Iterable[DocumentReport]) -> tuple[FeedEntry, ...]:
    """The feed entries of the version changes of ``reports``."""
    out = []
    for r in reports:
        doc = r.document
        for c in history.changes(doc):
            out.append(FeedEntry(c.date or c.previous_date, doc.vendor_id, r.vendor.name, doc.id, doc.title,
                                 c.slug, c.sha256, c.previous_date, c.previous_sha256))
    return tuple(out)


def feed_xml(entries: Iterable[FeedEntry], base: str, rel: str, title: str,
             doc_dir: Callable[[str, str], str]) -> str:
    """An Atom 1.0 feed of version changes, newest first, to be written at ``rel``."""
    absolute = base.startswith(("http://", "https://"))

    def href(path: str) -> str:
        return base + path if absolute else "../" * rel.count("/") + path

    def iri(path: str) -> str:
        return base + path if absolute else "urn:policylabel:" + path.replace("/", ":").strip(":")

    ordered = sorted(entries, key=lambda e: (e.date, e.vendor_id, e.document_id, e.slug), reverse=True)
    ET.register_namespace("", ATOM)
    f = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(f, f"{{{ATOM}}}id").text = iri(rel)
    ET.SubElement(f, f"{{{ATOM}}}title").text = _xml_text(title)
    updated = max((e.date for e in ordered), default="1970-01-01")
    ET.SubElement(f, f"{{{ATOM}}}updated").text = f"{updated}T00:00:00Z"
    author = ET.SubElement(f, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "policylabel"
    ET.SubElement(f, f"{{{ATOM}}}link", {"rel": "self", "href": href(rel)})
    for e in ordered:
        page = f"{doc_dir(e.vendor_id, e.document_id)}versions/{e.slug}/"
        entry = ET.SubElement(f, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = iri(page)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _xml_text(f"{e.vendor_name}: {e.title} changed ({e.date})")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{e.date}T00:00:00Z"
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": href(page)})
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = _xml_text(
            f"A new text of {e.title} by {e.vendor_name}, captured {e.date} (SHA-256 {e.sha256[:12]}), "
            f"replaced the text of {e.previous_date} (SHA-256 {e.previous_sha256[:12]}).")
    ET.indent(f)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(f, encoding="unicode") + "\n"

