"""A statement's unit of text as the detector pairs it: where the statement stands (:class:`Item`), the unit's
words and label, what they say of its reach (a region's own rule, another product's own notice), and the
report the contradicting pairs are collected in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from policylabel.consistency.findings import DetectedFinding, Location
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement

MAX_PER_BUCKET = 400  # statements of one polarity kept per bucket
MAX_FINDINGS = 50  # per document: past this, more findings say nothing new to a curator
_REGIONAL = frozenset({"eea", "eu", "europe", "european", "uk", "california", "country", "countries",
                       "jurisdiction", "jurisdictions", "region", "state", "states", "local", "law", "laws",
                       "where", "gdpr", "ccpa", "cpra", "coppa", "pipeda", "lgpd"})
_OWN_TERMS = frozenset({"notice", "policy", "terms", "statement"})  # what another product has of its own


class Item(NamedTuple):  # a tuple: made, hashed and compared in C, as often as statements are paired
    statement: Statement
    line: int
    quote_span: tuple[int, int]


def item(st: Statement, r: Read) -> Item:
    """Where ``st`` stands: the line and span of the unit ``r`` read it in."""
    return Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))


def keep(side: list[Item], it: Item) -> None:
    """Add ``it`` to one side of a bucket, up to ``MAX_PER_BUCKET``."""
    if len(side) < MAX_PER_BUCKET:
        side.append(it)


def pairs(left: list[Item], right: list[Item], spend: Callable[[Item], bool]) -> Iterator[tuple[Item, Item]]:
    """Each item of ``left`` with each of ``right`` in another unit, each pair spending one comparison of the
    budget (``spend``)."""
    for a in left:
        for b in right:
            if spend(b) and a.quote_span != b.quote_span:
                yield a, b


class Report:
    """The contradictions found in one text, one per pair (or group) of lines, up to ``MAX_FINDINGS``."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.found: dict[str, DetectedFinding] = {}

    def group(self, items: list[Item], message: str) -> None:
        """One finding over every location of ``items`` (on distinct lines), in text order."""
        ordered = sorted({it.quote_span: it for it in items}.values(), key=lambda i: i.quote_span)
        if len(ordered) < 2 or len(self.found) >= MAX_FINDINGS:
            return
        key = "contradiction:" + ":".join(str(it.line) for it in ordered)
        if key in self.found:
            return
        locs = tuple(Location(span, self.source.excerpt(span))
                     for it in ordered for span in [self.source.span(*it.quote_span)])
        self.found[key] = DetectedFinding("contradiction", message, locs, key)

    def add(self, a: Item, b: Item, message: str) -> None:
        """One finding over two locations, in text order."""
        first, second = sorted((a, b), key=lambda i: i.quote_span)
        if first.quote_span == second.quote_span or len(self.found) >= MAX_FINDINGS:
            return
        key = f"contradiction:{first.line}:{second.line}"
        if key in self.found:
            return
        locs = []
        for it in (first, second):
            span = self.source.span(*it.quote_span)
            locs.append(Location(span, self.source.excerpt(span)))
        self.found[key] = DetectedFinding("contradiction", message, tuple(locs), key)


def word_list(text: str) -> list[str]:
    """A unit's words, in small letters, without the punctuation around them."""
    return [w.strip(".,;:()\"'\u201c\u201d") for w in text.lower().split()]


@lru_cache(maxsize=4096)
def unit_word_set(text: str) -> frozenset[str]:
    """:func:`word_list` of a unit as a set, once per unit text: what the tests of a pair look words up in."""
    return frozenset(word_list(text))


def word_parts(text: str) -> set[str]:
    """The unit's words and the parts of its compounds ("the small-claims court": "small", "claims")."""
    return {part for w in word_list(text) for part in w.split("-")}


# A case a unit names, even one that reads as when rather than whether ("When you export them, ...", "once they
# are saved outside the app"): what the unit says holds there only.
CASE_WORDS = frozenset({"when", "whenever", "if", "once", "unless", "except", "until"})


def singular(word: str) -> str:
    """A plural noun's singular by its "s" alone ("traders" -> "trader", not "class"): for words the lexicon does
    not know."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def word_set(text: str) -> set[str]:
    """The unit's words, once each."""
    return set(word_list(text))


_LABEL_WORDS = 10  # "Minimum age to hold an adoption in one's own name: 18 years"


def unit_label(text: str) -> str:
    """What a short label before a colon names ("Luxury and large SUV classes: ..."), or ""."""
    head, colon, _rest = text[:80].partition(":")
    return " ".join(head.lower().split()) if colon and 0 < len(head.split()) <= _LABEL_WORDS else ""


def other_product(text: str) -> bool:
    """The unit is about another product with a policy of its own ("is covered by its own privacy notice")."""
    lower = text.lower()
    return ("its own" in lower or "separate" in lower) and bool(word_set(text) & _OWN_TERMS)


def names_region(text: str) -> bool:
    """The unit names a law or a region ("Under the GDPR, ...", "California residents ..."): a rule of its own."""
    return not word_set(text).isdisjoint(_REGIONAL)
