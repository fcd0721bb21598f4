"""Version history of a document: the changes between its kept texts, as text and label differences.

Built from the model (``Document.versions``) and the files `policylabel update` keeps under ``history/``: each
earlier text and, beside it, the YAML as it stood for that text. Knows nothing of HTML.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path

from policylabel.evidence import SourceText, decode_source
from policylabel.model import Claim, Document, Version
from policylabel.reanchor import align, line_breaks, units

CONTEXT = 1  # unchanged units shown around each change in a text diff


@dataclass(frozen=True)
class Line:
    """One row of a text diff: ``kind`` is "same", "added", "removed", "moved" or "gap" (units left out)."""

    kind: str
    text: str


@dataclass(frozen=True)
class ClaimChange:
    key: str
    kind: str  # "added" | "removed" | "changed"
    practice: str
    summary: str
    details: tuple[str, ...] = ()  # what changed: "polarity: affirmed -> denied", "data: +x -y"


@dataclass(frozen=True)
class Change:
    """One version change: from an earlier text to the text that replaced it."""

    slug: str  # the earlier text's file name without .txt: the change page's folder
    date: str  # when the newer text was captured
    previous_date: str
    sha256: str  # of the newer text
    previous_sha256: str
    previous: Version


@dataclass(frozen=True)
class Diff:
    added: int
    removed: int
    lines: tuple[Line, ...]
    claims: tuple[ClaimChange, ...] | None  # None: the earlier description was not kept


def changes(doc: Document) -> list[Change]:
    """Every change of the document, newest first (the first one produced the current text)."""
    out: list[Change] = []
    newer_date = doc.captured or ""
    newer_sha = doc.sha256
    for v in doc.versions:
        out.append(Change(v.path.stem, newer_date, v.date, newer_sha, v.sha256, v))
        newer_date, newer_sha = v.date, v.sha256
    return out


def read_kept(path: Path, sha256: str | None = None) -> bytes | None:
    """The bytes of a kept text, if readable and (when given) of that SHA-256."""
    from policylabel.update import UpdateError, read_bounded

    try:
        data = read_bounded(path, "text")
    except UpdateError:
        return None
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        return None
    return data


def diff(doc: Document, index: int, current: SourceText) -> Diff | None:
    """The text and label differences of change ``index`` (0 = the newest), or None if a text is missing."""
    versions = doc.versions
    older = versions[index]
    old_bytes = read_kept(older.path, older.sha256)
    if index == 0:
        new_text = current
    else:
        data = read_kept(versions[index - 1].path, versions[index - 1].sha256)
        if data is None:
            return None
        new_text = SourceText(decode_source(data))
    if old_bytes is None:
        return None
    try:
        old_text = SourceText(decode_source(old_bytes))
    except UnicodeDecodeError:
        return None
    lines, added, removed = text_diff(old_text, new_text)
    new_doc = doc if index == 0 else _snapshot(doc, versions[index - 1])
    old_doc = _snapshot(doc, older)
    claims = label_diff(old_doc, new_doc) if old_doc is not None and new_doc is not None else None
    return Diff(added, removed, tuple(lines), claims)


def text_diff(old: SourceText, new: SourceText) -> tuple[list[Line], int, int]:
    """Rows of the difference, in the new text's order, unchanged stretches shortened; and the counts of
    sentences added and removed."""
    ob, nb = line_breaks(old), line_breaks(new)
    shared = {k for _, k in ob} & {k for _, k in nb}
    ou, nu = units(old, shared, ob), units(new, shared, nb)
    al = align(ou, nu)
    same = sorted((i, j) for i, (j, kind) in al.pairs.items() if kind == "same")
    moved_new = {j for j, kind in al.pairs.values() if kind == "moved"}
    rows: list[Line] = []
    bounds = [(-1, -1), *same, (len(ou), len(nu))]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        for i in range(i0 + 1, i1):
            pair = al.pairs.get(i)
            if pair is None or pair[1] == "reworded":
                rows.append(Line("removed", ou[i].text))
        for j in range(j0 + 1, j1):
            rows.append(Line("moved" if j in moved_new else "added", nu[j].text))
        if j1 < len(nu):
            rows.append(Line("same", nu[j1].text))
    added = sum(1 for r in rows if r.kind == "added")
    removed = sum(1 for r in rows if r.kind == "removed")
    return _shorten(rows), added, removed


def _shorten(rows: list[Line]) -> list[Line]:
    """Unchanged rows further than ``CONTEXT`` from a change become one "gap" row."""
    changed = [k for k, r in enumerate(rows) if r.kind != "same"]
    keep = set()
    for k in changed:
        keep.update(range(k - CONTEXT, k + CONTEXT + 1))
    out: list[Line] = []
    skipped = 0
    for k, r in enumerate(rows):
        if r.kind == "same" and k not in keep:
            skipped += 1
            continue
        if skipped:
            out.append(Line("gap", str(skipped)))
            skipped = 0
        out.append(r)
    if skipped:
        out.append(Line("gap", str(skipped)))
    return out


def _snapshot(doc: Document, version: Version) -> Document | None:
    """The document as described for an earlier text (the YAML kept beside it), if kept and readable."""
    from policylabel.load import load_yaml
    from policylabel.model import build_document

    path = version.path.with_suffix(".yaml")
    if not path.is_file():
        return None
    loaded, _ = load_yaml(path)
    if loaded is None or not isinstance(loaded.data, dict):
        return None
    try:
        return build_document(doc.vendor_id, loaded)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # an old description the current model cannot read: no label diff


def label_diff(old: Document, new: Document) -> tuple[ClaimChange, ...]:
    """Claims added, removed, or whose practice, polarity or attributes changed (matched by key)."""
    before = {c.key: c for c in old.claims}
    after = {c.key: c for c in new.claims}
    out: list[ClaimChange] = []
    for key, c in after.items():
        if key not in before:
            out.append(ClaimChange(key, "added", c.practice, c.summary))
            continue
        details = _claim_details(before[key], c)
        if details:
            out.append(ClaimChange(key, "changed", c.practice, c.summary, tuple(details)))
    for key, c in before.items():
        if key not in after:
            out.append(ClaimChange(key, "removed", c.practice, c.summary))
    return tuple(out)


def _claim_details(a: Claim, b: Claim) -> list[str]:
    details: list[str] = []
    if a.practice != b.practice:
        details.append(f"practice: {a.practice} -> {b.practice}")
    if a.polarity != b.polarity:
        details.append(f"polarity: {a.polarity} -> {b.polarity}")
    for attr in sorted(set(a.terms) | set(b.terms)):
        old, new = set(a.attr(attr)), set(b.attr(attr))
        if old != new:
            parts = [f"+{t}" for t in sorted(new - old)] + [f"-{t}" for t in sorted(old - new)]
            details.append(f"{attr}: {' '.join(parts)}")
    for name in ("choice", "retention", "age", "duration", "date"):
        if getattr(a, name) != getattr(b, name):
            details.append(f"{name}: {getattr(a, name)} -> {getattr(b, name)}")
    return details
