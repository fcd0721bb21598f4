"""JSON-LD of a document's versions: its version number and date, the earlier texts it revises.

Each earlier text is a node of its own (a ``schema:DigitalDocument`` of the same kind and publisher) whose
text is published at a stable URL (``<document>/versions/<date>.txt``); the current document and each
earlier version link to the version they revise with ``prov:wasRevisionOf``. Called from ``jsonld``.
"""

from __future__ import annotations

from typing import Any

from policylabel.model import Document


def version_fields(doc: Document, page: str) -> dict[str, Any]:
    """Keys to add to the document node: version, dateModified (when the text states none), wasRevisionOf."""
    if not doc.versions:
        return {}
    out: dict[str, Any] = {"wasRevisionOf": f"{page}versions/{doc.versions[0].path.stem}/#document"}
    if not doc.version:
        out["version"] = str(len(doc.versions) + 1)  # the current text's place in its kept history
    if doc.captured and not doc.dates.get("last-updated"):
        out["dateModified"] = doc.captured
    return out


def version_nodes(doc: Document, page: str, kind_type: str, publisher: str) -> list[dict[str, Any]]:
    """One node per earlier version, newest first, each with its text and the version it revises."""
    nodes: list[dict[str, Any]] = []
    count = len(doc.versions)
    for k, v in enumerate(doc.versions):
        iri = f"{page}versions/{v.path.stem}/#document"
        node: dict[str, Any] = {
            "@id": iri, "@type": [kind_type, "schema:DigitalDocument"],
            "identifier": f"{doc.ref}@{v.date}", "name": f"{doc.title} (text of {v.date})",
            "publisher": publisher, "version": str(count - k), "dateModified": v.date,
            "encoding": {"@id": f"{page}versions/{v.path.stem}.txt", "@type": "schema:MediaObject",
                         "encodingFormat": "text/plain; charset=utf-8", "sha256": v.sha256},
        }
        if k + 1 < count:
            node["wasRevisionOf"] = f"{page}versions/{doc.versions[k + 1].path.stem}/#document"
        nodes.append(node)
    return nodes


def version_texts(doc: Document) -> list[tuple[str, bytes]]:
    """(path relative to the document's folder, bytes) of each earlier version still kept with its hash."""
    from policylabel.versions import read_kept

    out = []
    for v in doc.versions:
        data = read_kept(v.path, v.sha256)
        if data is not None:
            out.append((f"versions/{v.path.stem}.txt", data))
    return out
