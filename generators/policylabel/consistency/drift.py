"""Drift: a source text whose SHA-256 differs from the recorded one makes every claim stale."""

from __future__ import annotations

from collections.abc import Mapping

from policylabel.diagnostics import Diagnostic, Related, error
from policylabel.evidence import SourceText, Span
from policylabel.load import Loaded
from policylabel.model import Document


def check(doc: Document, source: SourceText, matches: Mapping[str, tuple[Span, ...]],
          loaded: Loaded | None) -> tuple[bool, list[Diagnostic]]:
    """One error naming the document, listing which quotes still match, so re-review is quick."""
    actual = source.sha256
    if actual == doc.sha256:
        return False, []
    quotes = doc.quotes()
    missing = [q for q in quotes if not matches.get(q.pointer)]
    related = [Related(str(q.yaml_path), q.line, q.column, "quote no longer matches") for q in missing]
    line, col = loaded.position("/source/sha256") if loaded else (1, 1)
    hint = (f"{len(quotes) - len(missing)} of {len(quotes)} quotes still match; "
            + ("re-review the claims, then run `policylabel rehash " + str(doc.yaml_path) + "`"
               if not missing else "fix the quotes listed below, then run `policylabel rehash`"))
    return True, [error("source-changed",
                        f"the source text of '{doc.ref}' changed (SHA-256 {actual[:12]}..., recorded "
                        f"{doc.sha256[:12]}...): every claim of this document is stale",
                        doc.yaml_path, line, col, "/source/sha256", hint=hint, related=related)]
