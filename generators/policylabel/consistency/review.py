"""Review markers: what `draft` or `update` proposed stays out of the published label until a person confirms it."""

from __future__ import annotations

from collections.abc import Iterator

from policylabel.diagnostics import Diagnostic, error, warning
from policylabel.load import Loaded, pointer_join
from policylabel.model import Document


def _marked(doc: Document) -> Iterator[tuple[str, str]]:
    """(pointer, what) of every claim, finding and out-of-scope region marked `review: proposed`."""
    for c in doc.claims:
        if c.review:
            yield c.pointer, f"claim '{c.key}'"
    for f in doc.findings:
        if f.review:
            yield f.pointer, f"finding '{f.key}'"
    for r in doc.out_of_scope:
        if r.review:
            yield r.pointer, f"out-of-scope region ({r.reason})"


def check(doc: Document, loaded: Loaded | None, refuse: bool) -> list[Diagnostic]:
    """One `review-proposed` diagnostic per marked item: a warning, or an error when ``refuse``."""
    make = error if refuse else warning
    out: list[Diagnostic] = []
    for pointer, what in _marked(doc):
        ptr = pointer_join(pointer, "review")
        line, col = loaded.position(ptr, key=True) if loaded else (0, 0)
        out.append(make("review-proposed", f"{what} was proposed by a tool and is not yet confirmed",
                        doc.yaml_path, line, col, ptr,
                        hint="read its quotes in the source text, correct it if needed, then delete `review: proposed`"))
    return out
