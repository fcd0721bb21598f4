"""Drift: a source text whose SHA-256 differs from the recorded one makes every claim stale.

When the recorded text can still be found (a version under ``history/``, or git's last commit), the quotes
are followed into the current text with the re-anchoring of ``policylabel update``, so the report says which
would move, be reworded or be removed. Earlier versions listed in the YAML are checked too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from policylabel.diagnostics import Diagnostic, Related, error
from policylabel.evidence import SourceText, Span
from policylabel.load import Loaded
from policylabel.model import Document


def check(doc: Document, source: SourceText, matches: Mapping[str, tuple[Span, ...]],
          loaded: Loaded | None) -> tuple[bool, list[Diagnostic]]:
    """Errors for a changed text (listing what became of each quote) and for missing or altered versions."""
    diags = versions(doc, loaded)
    actual = source.sha256
    if actual == doc.sha256:
        return False, diags
    quotes = doc.quotes()
    line, col = loaded.position("/source/sha256") if loaded else (1, 1)
    explained = _explain(doc, source)
    if explained is not None:
        counts, related = explained
        hint = (f"compared with the recorded text: {counts['unchanged']} quotes unchanged, {counts['moved']} moved, "
                f"{counts['reworded']} would be reworded, {counts['removed']} removed; run `policylabel update "
                f"{doc.yaml_path} {doc.source_path}` to keep the recorded text as a version, rewrite the reworded "
                "quotes and mark their claims for review")
    else:
        missing = [q for q in quotes if not matches.get(q.pointer)]
        related = [Related(str(q.yaml_path), q.line, q.column, "quote no longer matches") for q in missing]
        hint = (f"{len(quotes) - len(missing)} of {len(quotes)} quotes still match; the recorded text is not "
                "available to compare with: restore it (e.g. `git checkout` the .txt), then run `policylabel update "
                f"{doc.yaml_path} NEW.txt` with the new text")
    return True, diags + [error("source-changed",
                                f"the source text of '{doc.ref}' changed (SHA-256 {actual[:12]}..., recorded "
                                f"{doc.sha256[:12]}...): every claim of this document is stale",
                                doc.yaml_path, line, col, "/source/sha256", hint=hint, related=related)]


def _explain(doc: Document, source: SourceText) -> tuple[dict[str, int], list[Related]] | None:
    """What re-anchoring would do to each quote, when the recorded text is available."""
    from policylabel.evidence import decode_source
    from policylabel.reanchor import reanchor
    from policylabel.update import previous_text

    data = previous_text(doc)
    if data is None:
        return None
    try:
        old = SourceText(decode_source(data))
    except UnicodeDecodeError:
        return None
    quotes = doc.quotes()
    result = reanchor(old, source, [q.text for q in quotes])
    counts = {"unchanged": 0, "moved": 0, "reworded": 0, "removed": 0}
    related: list[Related] = []
    for q, anchor in zip(quotes, result.anchors, strict=True):
        counts[anchor.status] += 1
        if anchor.status == "reworded":
            new = anchor.new or ""
            shown = new if len(new) <= 120 else new[:117] + "..."
            related.append(Related(str(q.yaml_path), q.line, q.column, f'would be reworded to "{shown}"'))
        elif anchor.status == "removed":
            related.append(Related(str(q.yaml_path), q.line, q.column, "would be removed: not found again"))
    return counts, related


def versions(doc: Document, loaded: Loaded | None) -> list[Diagnostic]:
    """Every earlier version listed must be a regular file inside the vendor folder with its recorded hash."""
    if not doc.versions:
        return []
    from policylabel.update import UpdateError, read_bounded

    out: list[Diagnostic] = []
    folder = doc.yaml_path.parent.resolve()
    for i, v in enumerate(doc.versions):
        pointer = f"/source/versions/{i}"
        line, col = loaded.position(pointer + "/file") if loaded else (0, 0)
        if not v.path.resolve().is_relative_to(folder) or ".." in v.path.relative_to(doc.yaml_path.parent).parts:
            out.append(error("version-outside", f"version file '{v.path.name}' resolves outside the vendor folder",
                             doc.yaml_path, line, col, pointer + "/file"))
            continue
        try:
            data = read_bounded(v.path, "version text")
        except UpdateError as exc:
            out.append(error("version-missing", f"cannot read the version of {v.date}: {exc.diagnostic.message}",
                             doc.yaml_path, line, col, pointer + "/file",
                             hint="versions are written by `policylabel update`; restore the file"))
            continue
        if hashlib.sha256(data).hexdigest() != v.sha256:
            line, col = loaded.position(pointer + "/sha256") if loaded else (0, 0)
            out.append(error("version-changed", f"the version of {v.date} does not have its recorded SHA-256",
                             doc.yaml_path, line, col, pointer + "/sha256",
                             hint="a kept version is never edited; restore it from git"))
    return out
