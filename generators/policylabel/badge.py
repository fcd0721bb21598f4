"""The embeddable badge of a document (``badge.svg``): "privacy label | sells data: no · 3 findings".

A flat two-part badge in the style of the shields badges, as a standalone SVG: no external fonts or
files, text widths measured from a table (so the same label gives the same bytes on every machine), and
``textLength`` so that whatever font the viewer substitutes fills exactly the measured box. Accessible:
``role="img"``, an ``aria-label`` and a ``<title>``. Every string from vendor data is escaped and stripped
of characters XML cannot carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import escape

from policylabel.label import MIXED, NO, NONE, YES, Label
from policylabel.vocabulary import Vocabulary, load_vocabulary

# Advance widths in pixels of DejaVu Sans at 11 px (the badge's first font; Verdana's are within a few per
# cent), read from the font's hmtx table. Characters not listed count as a wide letter (WIDE beyond CJK).
WIDTHS: dict[str, float] = {
    " ": 3.5, "!": 4.41, '"': 5.06, "#": 9.22, "$": 7.0, "%": 10.45, "&": 8.58, "'": 3.02, "(": 4.29,
    ")": 4.29, "*": 5.5, "+": 9.22, ",": 3.5, "-": 3.97, ".": 3.5, "/": 3.71, "0": 7.0, "1": 7.0, "2": 7.0,
    "3": 7.0, "4": 7.0, "5": 7.0, "6": 7.0, "7": 7.0, "8": 7.0, "9": 7.0, ":": 3.71, ";": 3.71, "<": 9.22,
    "=": 9.22, ">": 9.22, "?": 5.84, "@": 11.0, "A": 7.52, "B": 7.55, "C": 7.68, "D": 8.47, "E": 6.95,
    "F": 6.33, "G": 8.52, "H": 8.27, "I": 3.24, "J": 3.24, "K": 7.21, "L": 6.13, "M": 9.49, "N": 8.23,
    "O": 8.66, "P": 6.63, "Q": 8.66, "R": 7.64, "S": 6.98, "T": 6.72, "U": 8.05, "V": 7.52, "W": 10.88,
    "X": 7.54, "Y": 6.72, "Z": 7.54, "[": 4.29, "\\": 3.71, "]": 4.29, "^": 9.22, "_": 5.5, "`": 5.5,
    "a": 6.74, "b": 6.98, "c": 6.05, "d": 6.98, "e": 6.77, "f": 3.87, "g": 6.98, "h": 6.97, "i": 3.06,
    "j": 3.06, "k": 6.37, "l": 3.06, "m": 10.72, "n": 6.97, "o": 6.73, "p": 6.98, "q": 6.98, "r": 4.52,
    "s": 5.73, "t": 4.31, "u": 6.97, "v": 6.51, "w": 9.0, "x": 6.51, "y": 6.51, "z": 5.77, "{": 7.0,
    "|": 3.71, "}": 7.0, "~": 9.22, "\u00b7": 3.5, "\u2013": 5.5, "\u2014": 11.0, "\u2019": 3.5, "\u2026": 11.0,
}
DEFAULT_WIDTH = 7.0
WIDE = 11.0
FONT = "DejaVu Sans,Verdana,Geneva,sans-serif"
HEIGHT = 20
PAD = 6  # horizontal padding on each side of a text

# Background of the right part; white text on each has a contrast ratio of at least 4.5:1.
COLOURS = {"good": "#1e6b2a", "warn": "#8a4b00", "bad": "#a3231f", "neutral": "#44546a", "left": "#505050"}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def text_width(text: str) -> float:
    """The width of ``text`` in pixels at 11 px, from the width table."""
    return round(sum(WIDTHS.get(ch, WIDE if ord(ch) >= 0x2E80 else DEFAULT_WIDTH) for ch in text), 2)


def xml_text(value: str) -> str:
    """``value`` escaped for XML text or a quoted attribute, without characters XML 1.0 forbids."""
    return str(escape(_NOT_XML.sub("", value)))


@dataclass(frozen=True)
class Badge:
    left: str
    right: str
    tone: str  # a key of COLOURS
    title: str  # the longer text of <title>: names the vendor and the document

    @property
    def widths(self) -> tuple[int, int]:
        """The widths of the left and right parts, in pixels."""
        return round(text_width(self.left) + 2 * PAD), round(text_width(self.right) + 2 * PAD)

    @property
    def width(self) -> int:
        return sum(self.widths)

    @property
    def text(self) -> str:
        """What the badge says, as one line (its accessible name)."""
        return f"{self.left}: {self.right}"


def document_badge(label: Label, vocab: Vocabulary | None = None) -> Badge:
    """What the badge of a document says, from its summary: sale status and number of findings."""
    doc = label.report.document
    findings = label.summary.findings
    counted = (vocab or load_vocabulary()).count(findings, "finding")
    if doc.kind == "privacy-policy":
        sells = label.summary.sells
        word = {YES: "yes", NO: "no", MIXED: "conflicting", NONE: "not stated"}[sells]
        right = f"sells data: {word} \u00b7 {counted}"
        tone = ("bad" if sells == YES else "warn" if sells == MIXED or findings else
                "good" if sells == NO else "neutral")
        left = "privacy label"
    else:
        right = counted
        tone = "warn" if findings else "neutral"
        left = "terms label"
    title = f"{left} of {label.report.vendor.name}: {doc.title} \u2014 {right}"
    return Badge(left, right, tone, title)


def svg(badge: Badge) -> str:
    """The badge as a standalone SVG document (deterministic: the same badge gives the same bytes)."""
    lw, rw = badge.widths
    width = lw + rw
    name = xml_text(badge.text)

    def text(x0: int, w: int, value: str) -> str:
        # Drawn at ten times the size and scaled down, as the shields badges do, for finer positioning.
        length = round(text_width(value) * 10)
        return (f'<text x="{(x0 * 2 + w) * 5}" y="140" transform="scale(.1)" textLength="{length}" '
                f'lengthAdjust="spacingAndGlyphs">{xml_text(value)}</text>')

    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{HEIGHT}" '
        f'viewBox="0 0 {width} {HEIGHT}" role="img" aria-label="{name}">'
        f"<title>{xml_text(badge.title)}</title>"
        f'<clipPath id="r"><rect width="{width}" height="{HEIGHT}" rx="3" fill="#fff"/></clipPath>'
        f'<g clip-path="url(#r)"><rect width="{lw}" height="{HEIGHT}" fill="{COLOURS["left"]}"/>'
        f'<rect x="{lw}" width="{rw}" height="{HEIGHT}" fill="{COLOURS[badge.tone]}"/></g>'
        f'<g fill="#fff" text-anchor="middle" font-family="{FONT}" font-size="110">'
        f"{text(0, lw, badge.left)}{text(lw, rw, badge.right)}</g></svg>\n"
    )
