"""Quotes: every evidence quote must occur in the source text (after normalisation)."""

from __future__ import annotations

from collections.abc import Mapping

from policylabel import textpattern as tp
from policylabel.diagnostics import Diagnostic, error, warning
from policylabel.evidence import SourceText, Span, normalise
from policylabel.model import Document, Quote

MIN_WORDS = 4
# Short quotes are meaningful when they are a value: a number, email, URL or phone number.
_VALUE = tp.compile(
    r"^(?:[\d.,%$€£ ()+-]+|\S+@\S+\.\S+|(?:https?://|www\.)\S+|\+?[\d\s().-]{7,}|[\w.-]+\.(?:com|org|net|io|ai|co)\S*)$",
    ignore_case=True)

# A quote is evidence for one passage: one found more often than this identifies none (and would make
# every page that shows its matches grow with the text).
MAX_MATCHES = 20
# Below this similarity the closest passage is noise, not a near miss.
HINT_MIN_SIMILARITY = 60
# The did-you-mean search reads the whole text for each missing quote: it runs for the first few misses
# of a document only, and compares the first characters of a long quote.
HINT_SEARCHES = 20
HINT_QUOTE_CHARS = 500


class _Hints:
    """Did-you-mean hints for the missing quotes of one document, at most ``HINT_SEARCHES`` searches."""

    def __init__(self) -> None:
        self.left = HINT_SEARCHES

    def __call__(self, source: SourceText, quote: str) -> str:
        if self.left <= 0:
            return (f"quote the text verbatim (case is kept); no similar passage is searched for beyond the first "
                    f"{HINT_SEARCHES} missing quotes of a document")
        self.left -= 1
        return _hint(source, quote)


def _ambiguous(q: Quote, count: int) -> Diagnostic:
    return error("quote-ambiguous", f"quote found {count:,} times in the source text (at most {MAX_MATCHES} allowed)",
                 q.yaml_path, q.line, q.column, q.pointer,
                 hint="quote more context (the whole sentence, or the words around it) so the quote points to "
                      "one passage")


def _hint(source: SourceText, quote: str) -> str:
    span, score = source.closest(quote[:HINT_QUOTE_CHARS])
    text = source.text
    start, end = span.start, span.end
    # Widen the aligned passage to whole words, so the suggestion can be copied as it stands.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    span = source.span(start, end)
    passage = " ".join(source.excerpt(span).split())
    if not passage or score < HINT_MIN_SIMILARITY:
        return "no similar passage in the source; quote the text verbatim (case is kept)"
    if len(passage) > 160:
        passage = passage[:157] + "..."
    return f"did you mean \"{passage}\" (line {span.line} of the source, {score:.0f}% similar)?"


def locate_all(doc: Document, source: SourceText) -> tuple[dict[str, tuple[Span, ...]], list[Diagnostic]]:
    """Spans of every quote of the document, keyed by the quote's pointer; misses are errors."""
    quotes = doc.quotes()
    cache = {text: tuple(spans) for text, spans in source.locate_many(q.text for q in quotes).items()}
    matches: dict[str, tuple[Span, ...]] = {}
    diags: list[Diagnostic] = []
    hint = _Hints()
    for q in quotes:
        spans = cache[q.text]
        if len(spans) > MAX_MATCHES:
            diags.append(_ambiguous(q, len(spans)))
            spans = spans[:MAX_MATCHES]
        matches[q.pointer] = spans
        if not spans:
            diags.append(error("quote-not-found", "quote not found in the source text", q.yaml_path, q.line,
                               q.column, q.pointer, hint=hint(source, q.text)))
        elif _too_short(q.text):
            diags.append(warning("quote-too-short", f"quote of fewer than {MIN_WORDS} words is weak evidence",
                                 q.yaml_path, q.line, q.column, q.pointer,
                                 hint="quote the whole sentence that states the practice"))
    return matches, diags


def _too_short(text: str) -> bool:
    norm = normalise(text)
    # Normalised text separates its words by single spaces: fewer than MIN_WORDS words, fewer spaces.
    return (not norm or norm.count(" ") < MIN_WORDS - 1) and not _VALUE.match(norm)


def locate_related(doc: Document, sources: Mapping[str, SourceText]) -> tuple[dict[str, tuple[Span, ...]],
                                                                               list[Diagnostic]]:
    """Spans of the quotes a finding cites from the vendor's other documents."""
    matches: dict[str, tuple[Span, ...]] = {}
    diags: list[Diagnostic] = []
    hint = _Hints()
    for f in doc.findings:
        for q in f.related:
            other = sources.get(q.document or "")
            if other is None:
                continue  # an unknown or unreadable document is reported elsewhere
            spans = tuple(other.locate(q.text))
            if len(spans) > MAX_MATCHES:
                diags.append(_ambiguous(q, len(spans)))
                spans = spans[:MAX_MATCHES]
            matches[q.pointer] = spans
            if not spans:
                diags.append(error("quote-not-found", f"quote not found in document '{q.document}'", q.yaml_path,
                                   q.line, q.column, q.pointer, hint=hint(other, q.text)))
    return matches, diags


def all_quotes(doc: Document) -> list[Quote]:
    return doc.quotes()
