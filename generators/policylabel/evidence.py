"""Evidence: normalise policy text and find verbatim quotes in it, with exact original locations.

A quote cited by a curator is matched against the policy text after both have gone through the same
normalisation (see ``spec/consistency.md``). The normalised text keeps, for every character, the
original offsets it came from, so every match maps back to an exact span of the original text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from policylabel import textpattern as tp

# Explicit mappings win over NFKC: NFKC would turn ″ into two primes, and leaves curly quotes alone.
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_BULLETS = "\u2022\u25e6\u25aa\u2023\u00b7\u25cf"
# Characters that are invisible but separate words in scraped text; str.isspace() misses them.
_INVISIBLE_SPACES = "\u200b\u180e"
# Invisible characters that join or shape letters inside a word (zero-width (non-)joiner, word joiner, a
# BOM used as one): never a word boundary, so they are dropped like a soft hyphen.
_INVISIBLE_JOINERS = "\u200c\u200d\u2060\ufeff"

_CHAR_MAP: dict[str, str] = {}
_CHAR_MAP.update({c: "'" for c in _SINGLE_QUOTES})
_CHAR_MAP.update({c: '"' for c in _DOUBLE_QUOTES})
_CHAR_MAP.update({c: "-" for c in _DASHES})
_CHAR_MAP.update({c: " " for c in _BULLETS})
_CHAR_MAP.update({c: " " for c in _INVISIBLE_SPACES})
_CHAR_MAP["\u2026"] = "..."
_CHAR_MAP["\u00ad"] = ""  # soft hyphen: a hyphenation hint, never content
_CHAR_MAP.update({c: "" for c in _INVISIBLE_JOINERS})


# Characters of a needle's start in the automaton of :func:`occurrences`.
_KEY_CHARS = 12

_LINE_BREAK = tp.compile(r"\r\n|\r|\n")


def _map_cluster(cluster: str) -> str:
    """Normalise one base character with its combining marks."""
    if len(cluster) == 1 and cluster in _CHAR_MAP:
        return _CHAR_MAP[cluster]
    out = unicodedata.normalize("NFKC", cluster)
    if any(c in _CHAR_MAP for c in out):
        out = "".join(_CHAR_MAP.get(c, c) for c in out)
    return out


# Printable ASCII words separated by single spaces: already normal, copied in bulk. Python's engine, as
# it is matched at given offsets (RE2's binding re-encodes the whole text per call); it cannot backtrack
# more than one character: a run is consumed once, and a space is only taken before another run.
_CLEAN_RUN = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")


class OffsetMap:
    """The original ``[start, end)`` of every normalised character, kept by runs rather than per character.

    A run is either *copied* (its characters come one for one from consecutive original characters: a
    run of printable ASCII) or a single normalised character made from one original passage (a collapsed
    whitespace run, a mapped character or cluster). Lookups bisect the runs: memory and building time grow
    with the number of runs, not of characters.
    """

    __slots__ = ("_at", "_end", "_orig", "size")

    def __init__(self) -> None:
        self._at: list[int] = []  # normalised index where each run begins
        self._orig: list[int] = []  # original offset of the run's first character
        self._end: list[int] = []  # -1: a copied run; else the original end of its one character
        self.size = 0  # normalised characters mapped

    def copied(self, start: int, count: int) -> None:
        """``count`` characters copied from the original text at ``start``."""
        self._at.append(self.size)
        self._orig.append(start)
        self._end.append(-1)
        self.size += count

    def one(self, start: int, end: int) -> None:
        """One normalised character made from the original ``[start, end)``."""
        self._at.append(self.size)
        self._orig.append(start)
        self._end.append(end)
        self.size += 1

    def drop_last(self) -> None:
        """Forget the last normalised character."""
        self.size -= 1
        if self._at[-1] == self.size:
            self._at.pop()
            self._orig.pop()
            self._end.pop()

    def __len__(self) -> int:
        return self.size

    def _index(self, i: int) -> int:
        """``i`` as a list index: from the end when negative; IndexError outside."""
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("normalised index out of range")
        return i

    def start(self, i: int) -> int:
        """Original offset where normalised character ``i`` starts (a negative ``i`` counts from the end)."""
        if not 0 <= i < self.size:
            i = self._index(i)
        k = bisect_right(self._at, i) - 1
        return self._orig[k] + (i - self._at[k]) if self._end[k] < 0 else self._orig[k]

    def end(self, i: int) -> int:
        """Original offset where normalised character ``i`` ends (a negative ``i`` counts from the end)."""
        if not 0 <= i < self.size:
            i = self._index(i)
        k = bisect_right(self._at, i) - 1
        end = self._end[k]
        return self._orig[k] + (i - self._at[k]) + 1 if end < 0 else end

    def count_ending_by(self, offset: int) -> int:
        """How many normalised characters end at or before original ``offset`` (ends never decrease)."""
        at, orig, ends = self._at, self._orig, self._end
        lo, hi = 0, len(at)
        while lo < hi:  # the last run whose first character ends at or before offset
            mid = (lo + hi) // 2
            first_end = orig[mid] + 1 if ends[mid] < 0 else ends[mid]
            if first_end <= offset:
                lo = mid + 1
            else:
                hi = mid
        k = lo - 1
        if k < 0:
            return 0
        length = (at[k + 1] if k + 1 < len(at) else self.size) - at[k]
        return at[k] + (min(length, offset - orig[k]) if ends[k] < 0 else length)


_ASCII_SPACES = frozenset(chr(c) for c in range(128) if chr(c).isspace())


def _normalise_with_map(text: str) -> tuple[str, OffsetMap]:
    """Normalised text plus, per normalised character, the original [start, end) it came from.

    NFKC is applied per cluster (a character and the combining marks after it) so that each output
    character can be traced to the original characters that produced it. Runs of printable ASCII
    are copied in bulk: they are already normal.
    """
    chars: list[str] = []
    offsets = OffsetMap()
    n = len(text)
    i = 0
    pending_space = -1  # original offset of the first whitespace of an unflushed run
    pending_end = -1
    clean = _CLEAN_RUN.match
    combining = unicodedata.combining
    while i < n:
        m = clean(text, i)
        if m:  # plain ASCII run (single spaces inside map to themselves)
            k = m.end()
            if pending_space >= 0:
                if chars:  # leading whitespace is stripped
                    chars.append(" ")
                    offsets.one(pending_space, pending_end)
                pending_space = -1
            chars.append(m.group())
            offsets.copied(i, k - i)
            i = k
            if i >= n:
                break
        j = i + 1
        while j < n and combining(text[j]):
            j += 1
        if j == i + 1 and text[i] in _ASCII_SPACES:  # a line break or tab alone: whitespace, as NFKC keeps it
            if pending_space < 0:
                pending_space = i
            pending_end = j
            i = j
            continue
        c0 = i
        if combining(text[i]) and chars and offsets.start(offsets.size - 1) == i - 1 \
                and offsets.end(offsets.size - 1) == i:
            # A combining mark after a bulk-copied ASCII letter: renormalise the pair as one cluster.
            c0 = i - 1
            last = chars.pop()
            if len(last) > 1:
                chars.append(last[:-1])
            offsets.drop_last()
        cluster = text[c0:j]
        mapped = " " if cluster == " " else _map_cluster(cluster)
        for ch in mapped:
            if ch.isspace() or ch in _INVISIBLE_SPACES:
                if pending_space < 0:
                    pending_space = c0
                pending_end = j
                continue
            if pending_space >= 0:
                if chars:
                    chars.append(" ")
                    offsets.one(pending_space, pending_end)
                pending_space = -1
            chars.append(ch)
            offsets.one(c0, j)
        if not mapped and pending_space >= 0:
            pending_end = j  # a removed character inside a whitespace run stays inside it
        i = j
    # trailing whitespace is stripped: a pending run is simply dropped
    return "".join(chars), offsets


def _line_starts(text: str) -> list[int]:
    """Offsets where lines start: a line ends at \\n, \\r\\n or a lone \\r."""
    if "\r" in text:
        return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    out = [0]
    at = text.find("\n")
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1)
    return out


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """The matching form of ``text``: NFKC, plain quotes/dashes, no bullets, single spaces, stripped."""
    if text.isascii():
        # ASCII is NFKC-stable and maps nothing: only whitespace runs collapse (same isspace set).
        return " ".join(text.split())
    return _normalise_with_map(text)[0]


def decode_source(data: bytes) -> str:
    """The text of a source file's bytes: strict UTF-8, a BOM allowed and dropped (raises UnicodeDecodeError)."""
    return data.decode("utf-8-sig")


_C = TypeVar("_C", bound=type)


def field_values(obj: object) -> tuple[object, ...]:
    """A frozen dataclass's field values, in order: what it pickles by (its ``__reduce__``), compiled or not (a
    compiled frozen dataclass has no ``__dict__`` to restore)."""
    return tuple(getattr(obj, f.name) for f in fields(obj))  # type: ignore[arg-type]


def python_class(cls: _C) -> _C:
    """``cls`` itself. A class decorator mypyc does not know keeps ``cls`` a Python class where its module is
    compiled (generators/build_native.py): its instances keep the ``__dict__`` they are made through, without an
    ``__init__`` call, by the hundred per text (a compiled frozen dataclass's ``__init__`` is interpreted)."""
    return cls


@python_class  # made through its __dict__ (see SourceText.spans), compiled or not
@dataclass(frozen=True)
class Span:
    """A half-open range of the original text; line/column are 1-based.

    ``line``/``column`` locate ``start``; ``end_line``/``end_column`` locate ``end`` (exclusive).
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


def occurrences(text: str, needles: Iterable[str]) -> dict[str, list[int]]:
    """Where each non-empty needle starts in ``text``, overlapping occurrences included, in order: in one
    reading of the text for all of them (an automaton of the needles' first characters finds every place one
    may start; each is checked in full there)."""
    by_key: dict[str, list[str]] = {}
    places: dict[str, list[int]] = {}
    for needle in dict.fromkeys(needles):
        if needle:
            by_key.setdefault(needle[:_KEY_CHARS], []).append(needle)
            places[needle] = []
    if by_key and text:
        import ahocorasick  # imported when first needed: `validate` never locates quotes

        automaton = ahocorasick.Automaton()
        for key, group in by_key.items():
            automaton.add_word(key, (len(key), group))
        automaton.make_automaton()
        starts_with = text.startswith
        for last, (size, group) in automaton.iter(text):
            pos = last - size + 1
            for needle in group:
                if starts_with(needle, pos):
                    places[needle].append(pos)
    return places


class SourceText:
    """An original policy text, normalised once, with offset and line maps for locating quotes."""

    def __init__(self, text: str, path: str = "<text>") -> None:
        self.path = path
        self.text = text
        self._bytes: bytes | None = None
        self.normalised, self._offsets = _normalise_with_map(text)
        self._line_starts = _line_starts(text)

    @classmethod
    def from_file(cls, path: str | Path) -> SourceText:
        """Read ``path`` as strict UTF-8 (a BOM is allowed and dropped), within the source size limit.

        Raises ``OSError`` (not a regular file, too large, unreadable) or ``UnicodeDecodeError``; both carry a
        located ``diagnostic`` (see ``policylabel.load.read_source``) the caller reports.
        """
        from policylabel.load import read_source

        data, text = read_source(Path(path))
        source = cls(text, str(path))
        source._bytes = data
        return source

    @property
    def raw(self) -> bytes:
        """The bytes as read (a BOM included), or the UTF-8 encoding when built from a string."""
        return self._bytes if self._bytes is not None else self.text.encode("utf-8", "surrogatepass")

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the bytes as read (of the UTF-8 encoding when built from a string)."""
        return hashlib.sha256(self.raw).hexdigest()

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), 1-based, of an original offset."""
        offset = max(0, min(offset, len(self.text)))
        idx = bisect_right(self._line_starts, offset) - 1
        return idx + 1, offset - self._line_starts[idx] + 1

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for original offsets ``[start, end)``."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        # As Span(...) makes it, without one object.__setattr__ per field (a frozen dataclass's cost).
        span = object.__new__(Span)
        span.__dict__.update(start=start, end=end, line=line, column=column, end_line=end_line,
                             end_column=end_column)
        return span

    def spans(self, ranges: Iterable[tuple[int, int]]) -> list[Span]:
        """:meth:`span` of each original ``[start, end)``, in one loop (the segmenter makes one per unit)."""
        starts, size, new, line_of = self._line_starts, len(self.text), object.__new__, bisect_right
        out: list[Span] = []
        for start, end in ranges:
            a = max(0, min(start, size))  # located as position() locates: within the text
            b = max(0, min(end, size))
            i = line_of(starts, a) - 1
            j = line_of(starts, b) - 1
            span = new(Span)
            span.__dict__.update(start=start, end=end, line=i + 1, column=a - starts[i] + 1, end_line=j + 1,
                                 end_column=b - starts[j] + 1)
            out.append(span)
        return out

    def _span_from_normalised(self, a: int, b: int) -> Span:
        offsets = self._offsets
        if not offsets.size:
            return self.span(0, 0)
        if b <= a:
            pos = offsets.start(a) if a < offsets.size else len(self.text)
            return self.span(pos, pos)
        return self.span(offsets.start(a), offsets.end(b - 1))

    def locate(self, quote: str) -> list[Span]:
        """Every non-overlapping exact match of ``normalise(quote)``, as original spans, in order."""
        return list(self.matches(quote))

    def matches(self, quote: str) -> Iterator[Span]:
        """:meth:`locate`'s matches one by one: the text is searched only as far as they are asked for."""
        needle = normalise(quote)
        if not needle:
            return
        hay = self.normalised
        pos = hay.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if self._whole(pos, end):
                yield self._span_from_normalised(pos, end)
                pos = hay.find(needle, end)
            else:
                pos = hay.find(needle, pos + 1)

    def _whole(self, pos: int, end: int) -> bool:
        """Normalised ``[pos, end)`` begins and ends on whole original characters: "1" is not in "¼" (NFKC
        "1⁄4"). A space inside one character's expansion is a boundary too: "¨" is NFKC " \u0308"."""
        hay, start = self.normalised, self._offsets.start
        return (pos == 0 or hay[pos - 1] == " " or start(pos - 1) != start(pos)) and (
            end == len(hay) or hay[end] == " " or start(end) != start(end - 1))

    def locate_many(self, quotes: Iterable[str]) -> dict[str, list[Span]]:
        """:meth:`locate` of every quote, keyed by the quote, the text read once for all of them.

        An automaton of the needles' first characters finds every place one may start, in one pass; each is
        checked in full there. Taking the occurrences of a needle in order, the next after each match's end
        (after a rejected start: the next one), gives what ``locate``'s successive searches give.
        """
        needles = {q: normalise(q) for q in quotes}
        hay = self.normalised
        places = occurrences(hay, needles.values())
        # The matches' original ranges, each needle's in a row, then their spans in one loop.
        counts: list[tuple[str, int]] = []
        ranges: list[tuple[int, int]] = []
        first, last = self._offsets.start, self._offsets.end
        for needle, found in places.items():
            before = len(ranges)
            cursor = 0
            for pos in found:
                if pos < cursor:
                    continue
                end = pos + len(needle)
                if self._whole(pos, end):
                    ranges.append((first(pos), last(end - 1)))  # as _span_from_normalised: b > a here
                    cursor = end
                else:
                    cursor = pos + 1
            counts.append((needle, len(ranges) - before))
        made = self.spans(ranges)
        spans: dict[str, list[Span]] = {}
        at = 0
        for needle, count in counts:
            spans[needle] = made[at: at + count]
            at += count
        return {q: spans.get(n, []) if n else [] for q, n in needles.items()}

    def closest(self, quote: str) -> tuple[Span, float]:
        """The passage most similar to ``quote`` and its similarity, 0..100 (for reporting misses)."""
        from rapidfuzz import fuzz

        needle = normalise(quote)
        if not needle or not self.normalised:
            return self.span(0, 0), 0.0
        al = fuzz.partial_ratio_alignment(needle, self.normalised)
        if al is None:
            return self.span(0, 0), 0.0
        return self._span_from_normalised(al.dest_start, al.dest_end), float(al.score)

    def normalised_index(self, offset: int) -> int:
        """Index of the normalised character that original ``offset`` belongs to (or the next one)."""
        return self._offsets.count_ending_by(offset)

    def span_of_normalised(self, a: int, b: int) -> Span:
        """The original span of normalised characters ``[a, b)``."""
        return self._span_from_normalised(a, b)

    def excerpt(self, span: Span) -> str:
        """The original text of ``span``."""
        return self.text[span.start: span.end]

    def offset_of_normalised(self, index: int) -> int:
        """Original offset where normalised character ``index`` starts (end of text if past it)."""
        if index < self._offsets.size:
            return self._offsets.start(index)
        return len(self.text)

    def __repr__(self) -> str:
        return f"SourceText(path={self.path!r}, chars={len(self.text)})"

    def __reduce__(self) -> tuple[Callable[..., SourceText], tuple[object, ...]]:
        # Pickled by its state, compiled or not (a compiled class is made only through its __init__): a parallel
        # check's reports bring their texts back without normalising them again.
        return _restored, (self.text, self.path, self._bytes, self.normalised, self._offsets, self._line_starts)


def _restored(text: str, path: str, raw: bytes | None, normalised: str, offsets: OffsetMap,
              line_starts: list[int]) -> SourceText:
    """A pickled :class:`SourceText` again, as it was."""
    source = SourceText("", path)
    source.text, source._bytes, source.normalised = text, raw, normalised
    source._offsets, source._line_starts = offsets, line_starts
    return source
