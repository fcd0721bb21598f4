"""Segmentation: split a policy text into reviewable units (headings, list items, sentences).

Scraped policies are line-oriented: headings, bullets and table rows each sit on their own line, and
paragraphs are long lines. So the text is first split into blocks on line breaks, each block is
classified, and only prose goes through the sentence segmenter (sentencex, a compiled rule-based
segmenter with English abbreviation lists). Every unit's span maps exactly to the original text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from policylabel import textpattern as tp
from policylabel.evidence import SourceText, Span, python_class

HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 14
# Longer blocks are cut at whitespace before the segmenter sees them, to bound the cost of one call.
_CHUNK = 20_000

# A bullet symbol, or a list number/letter such as "1.", "2)", "(a)", "iv.", followed by space.
_SPACE = r"[\s\x0b\x1c-\x1f\x{85}\p{Z}]"  # what Python's \s matches (RE2's is ASCII)
_BULLET = tp.compile(r"[-*+\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u2013\u2014\u25a0\u25a1\u27a2\u2713\u2714>]" + _SPACE + "+")
_NUMBERED = tp.compile(r"(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,5})[.)]|\(\d{1,3}\)|\([a-z]\))" + _SPACE + "+",
                       ignore_case=True)
_FINAL_PUNCT = ".!:;,"
# A piece ending in a lone letter and a period ("EU-U.", "J.") ends in an initial, not a sentence.
_INITIAL_END = tp.compile(r"(?:^|[^\p{L}\p{N}_'’])[A-Za-z]\." + _SPACE + "*$")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Characters before a letter that make it part of a word, not an initial (a subset of what _INITIAL_END excludes).
_WORD_BEFORE = _ASCII_LETTERS | frozenset("0123456789_'’")
# First characters of a bullet marker (the class of _BULLET): other lines need not be matched against it.
BULLET_CHARS = frozenset("-*+\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u2013\u2014\u25a0\u25a1\u27a2\u2713\u2714>")

_boundaries: Callable[[str, str], list[dict[str, Any]]] | None = None


@python_class  # made through its __dict__ (see sentences), compiled or not
@dataclass(frozen=True)
class Sentence:
    """One reviewable unit: ``kind`` is "sentence", "heading" or "list-item"."""

    span: Span
    text: str
    kind: str


def _get_boundaries() -> Callable[[str, str], list[dict[str, Any]]]:
    global _boundaries
    if _boundaries is None:
        import sentencex  # imported when first needed: `validate` never segments

        _boundaries = sentencex.get_sentence_boundaries
    return _boundaries


def _label_with_figure(text: str) -> bool:
    """A label and a period as its value ("Trip records: 7 years, as required by tax law"): a row of a schedule
    under what it stands under, not a heading ("Section 2: Sharing" has its figure in the label; "Minimum age: 16",
    a label with its value, is read as one)."""
    label, colon, value = text.partition(": ")
    return bool(colon) and bool(label) and any(c.isdigit() for c in value) \
        and any(unit in value.lower() for unit in _PERIOD_UNITS)


_PERIOD_UNITS = ("hour", "day", "week", "month", "year")


def _label_with_value(text: str) -> bool:
    """A label and a value that states something ("Data controller: Acme Ltd, London", "Storage location: servers in
    Mumbai; no copy is sent abroad", "Late cancellation: no refund"): a row of a schedule, not a heading. A numbered
    part's title ("Section 2: Sharing, selling and transfers") is a heading."""
    label, colon, value = text.partition(": ")
    if not colon or not label or not value or any(c.isdigit() for c in label.split(" ", 1)[0]) \
            or label.split(" ", 1)[0].lower() in _PART_WORDS:
        return False
    return "," in value or ";" in value or value.split(" ", 1)[0].lower() in _VALUE_DENIALS


_PART_WORDS = frozenset({"section", "part", "chapter", "article", "schedule", "annex", "appendix", "clause", "step"})
_VALUE_DENIALS = frozenset({"none", "no", "nil", "never", "not", "free", "yes"})  # a value that answers the label


def _item_like(text: str) -> bool:
    """A short line that reads as an item of a list rather than a heading: a comma, or a figure, in it."""
    return "," in text or any(c.isdigit() for c in text)


def is_heading_text(text: str) -> bool:
    """A short line without final punctuation (a question mark is allowed: FAQ-style headings)."""
    t = text.strip()
    if not t or len(t) > HEADING_MAX_CHARS or len(t.split()) > HEADING_MAX_WORDS:
        return False
    if t[-1] in _FINAL_PUNCT or "|" in t:
        return False
    # Addresses, links and numbers run together by scraping are content, not titles.
    if "@" in t or "[" in t or "http" in t.lower() or _digits(t) >= 5:
        return False
    return any(c.isalpha() for c in t)


_ASCII_DIGITS = b"0123456789"


def _digits(text: str) -> int:
    """How many characters of ``text`` are digits (str.isdigit; in ASCII only 0-9 are)."""
    if text.isascii():
        raw = text.encode("ascii")  # bytes.translate deletes in one pass in C, str.translate per character
        return len(raw) - len(raw.translate(None, _ASCII_DIGITS))
    return sum(c.isdigit() for c in text)


def _split_prose(text: str, base: int) -> list[tuple[int, int]]:
    """Sentence offsets (absolute) within a prose block starting at original offset ``base``."""
    pieces: list[tuple[int, int]] = []
    chunks: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > _CHUNK:
        cut = text.rfind(" ", pos + _CHUNK // 2, pos + _CHUNK)
        cut = cut if cut > pos else pos + _CHUNK
        chunks.append((pos, text[pos:cut]))
        pos = cut
    chunks.append((pos, text[pos:]))
    boundaries = _get_boundaries()
    for offset, chunk in chunks:
        try:
            found = [(b["start_index"], b["end_index"]) for b in boundaries("en", chunk)]
        except Exception:
            found = []
        # The segmenter's offsets are code points, as Python's; check they tile the chunk in order.
        cursor = 0
        for a, b in found:
            if a != cursor or b < a or b > len(chunk):
                break
            cursor = b
        if cursor != len(chunk):
            found = [(0, len(chunk))]  # unexpected offsets: the whole chunk is one unit
        if len(found) == 1:
            merged = found  # one piece: nothing to join
        else:
            merged = []
            for a, b in found:
                if merged and _initial_end(chunk[merged[-1][0]:merged[-1][1]]):
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
        base_chunk = base + offset
        for a, b in merged:
            seg = chunk[a:b]
            stripped = seg.strip()
            if stripped:
                lead = len(seg) - len(seg.lstrip())
                pieces.append((base_chunk + a + lead, base_chunk + a + lead + len(stripped)))
    return pieces


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of every non-empty line of ``text``: the runs of characters other than "\\r" and "\\n"."""
    pos = 0
    for part in text.split("\n"):
        if "\r" in part:
            at = pos
            for sub in part.split("\r"):
                if sub:
                    yield at, sub
                at += len(sub) + 1
        elif part:
            yield pos, part
        pos += len(part) + 1


def _list_marker(line: str) -> tuple[int, bool]:
    """Length of a leading bullet/number marker (0 if the line is not a list item), and whether it is a bullet."""
    # Cheap tests first: a bullet starts with one of its symbols; a number or letter marker ends in "." or ")"
    # within its first seven characters ("(123)", "1.2.3)", "(viii.").
    m = _BULLET.match(line) if line[:1] in BULLET_CHARS else None
    if m:
        return m.end(), True
    head = line[:7]
    m = _NUMBERED.match(line) if "." in head or ")" in head else None
    return (m.end(), False) if m else (0, False)


def _initial_end(piece: str) -> bool:
    """The piece ends in a lone letter and a period ("EU-U.", "J."), maybe followed by spaces."""
    end = piece.rstrip()  # str.isspace covers every character of _SPACE
    return len(end) >= 2 and end[-1] == "." and end[-2] in _ASCII_LETTERS \
        and not (len(end) > 2 and end[-3] in _WORD_BEFORE) and bool(_INITIAL_END.search(piece))


def sentences(source: SourceText) -> list[Sentence]:
    """Split ``source`` into headings, list items and sentences, in text order."""
    text = source.text
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, kind: str) -> None:
        # Trim whitespace (including Unicode spaces) so spans hold exactly the unit's text.
        while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\ufeff"):
            end -= 1
        if end > start:
            found.append((start, end, kind))

    in_list = False  # after a line ending with ":", short lines in small letters are its items, not headings
    cased = not text.islower()  # (a text scraped in small letters throughout says nothing by them)
    for at, line in lines(text):
        stripped = line.strip()
        if not stripped or not (stripped[0].isalnum() or any(c.isalnum() for c in stripped)):
            in_list = in_list and bool(stripped)
            continue  # blank lines, table rules ("---|---") and lone symbols carry nothing
        # Whether the line reads as a heading: asked at most once (the body, stripped, is ``stripped``).
        heading = is_heading_text(stripped) if in_list else None
        # (an item too long for a heading, in small letters in a text that writes capitals, keeps the list going:
        # the next short one is an item)
        in_list = in_list and (bool(heading) or (stripped[0].islower() and cased))
        lead = len(line) - len(line.lstrip())
        start = at + lead
        line_end = at + len(line)
        body = line[lead:]
        marker, bullet = _list_marker(body)
        if "|" in body:
            add(start, line_end, "list-item")  # a flattened table row
        elif marker and bullet:
            for a, b in _split_prose(body[marker:], start + marker):
                add(a, b, "list-item")
        elif marker and body[0].isdigit() and is_heading_text(body[marker:]):
            add(start, line_end, "heading")  # "2. Sharing" is a numbered heading, kept whole
        elif marker:
            for a, b in _split_prose(body[marker:], start + marker):
                add(a, b, "list-item")
        elif (heading if heading is not None else is_heading_text(stripped)):
            if (in_list and (stripped[0].islower() or _item_like(stripped))) or _label_with_figure(stripped) \
                    or _label_with_value(stripped):
                # "The following are collected:" / "full name and postcode"; "The following charges apply:" /
                # "Standard sweep of one flue, €85" (a value after a comma, a figure: no heading's)
                add(start, line_end, "list-item")
            else:
                add(start, line_end, "heading")
        else:
            for a, b in _split_prose(body, start):
                add(a, b, "sentence")
        in_list = in_list or stripped.endswith(":")
    units: list[Sentence] = []
    new = object.__new__
    for span, (start, end, kind) in zip(source.spans([(a, b) for a, b, _ in found]), found, strict=True):
        unit = new(Sentence)  # as Sentence(...) makes it, without __setattr__ per field
        unit.__dict__.update(span=span, text=text[start:end], kind=kind)
        units.append(unit)
    return units
