"""Units that state nothing: headings, navigation, footers. Proposed as out-of-scope regions."""

from __future__ import annotations

from policylabel.segment import Sentence
from policylabel.statements.tokens import tokenize

_FOOTER = (("all", "rights", "reserved"), ("\u00a9",), ("copyright",))
_NAVIGATION = (("skip", "to"), ("back", "to", "top"), ("cookie", "settings"), ("sign", "in"), ("log", "in"),
               ("menu",), ("home",), ("print",), ("share", "this"))


def _has(norms: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(norms[i:i + n]) == phrase for i in range(len(norms) - n + 1))


def region_reason(unit: Sentence) -> str | None:
    """``heading``, ``footer`` or ``navigation`` for a unit that states no practice; None otherwise."""
    head = unit.text[:200]
    if unit.kind != "heading" and not any(w in head.lower() for w in ("\u00a9", "rights reserved", "copyright")):
        return None  # a cheap test first: only headings and copyright lines are regions
    norms = [t.norm for t in tokenize(head)]
    if any(_has(norms, p) for p in _FOOTER) and len(norms) <= 30:
        return "footer"
    if unit.kind == "heading":
        words = [n for n in norms if n.isalnum()]
        if len(words) <= 4 and any(_has(norms, p) for p in _NAVIGATION):
            return "navigation"
        return "heading"
    return None
