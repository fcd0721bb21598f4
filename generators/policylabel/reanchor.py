"""Re-anchoring: follow every quote from an old version of a text to the new one.

Both texts are normalised (``evidence``) and cut into units at sentence ends; line breaks play no part,
so reflowed text aligns with itself. Units are aligned in three passes: identical units in order (the
longest common subsequence), identical units elsewhere (moved), then, between two identical anchors only,
units similar enough to be the same sentence reworded. A quote follows the units it lies in; it is never
carried into a unit that was not aligned with its own. See ``spec/consistency.md`` section 8.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from policylabel.evidence import SourceText, normalise

# Similarity (rapidfuzz ``fuzz.ratio`` of the normalised units, 0-100) from which a unit counts as reworded.
REWORD_MIN = 80.0
# The best candidate must beat every other candidate of either unit by this much, or nothing is paired.
MARGIN = 5.0
# A rewritten quote must keep this much of the old quote (``fuzz.ratio``); below, it is reported removed.
QUOTE_MIN = 60.0
# A quote found verbatim, once in each text, follows into a changed unit this similar to its old one.
SAME_UNIT_MIN = 60.0
# A rewritten quote differs from the old one by at most this many words (or a tenth of its words).
MAX_WORD_EDITS = 2
# Fuzzy candidates per unit: the nearest unaligned units of the same gap, by relative position.
WINDOW = 24
# A unit longer than this is cut at a space (texts without sentence ends).
MAX_UNIT = 2000
# A sentence ends at ". ", "! " or "? " (one character class and a literal: no backtracking).
_SENTENCE_END = re.compile(r"[.!?] ")
# A line of at most this many characters without final punctuation, followed by a line that does not start in
# lower case, is a heading or a list entry: it ends a unit. Other line breaks are spaces.
HEADING_MAX = 60
_BULLETS = "-*+\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u2013\u2014\u25a0\u25a1\u27a2\u2713\u2714>"

UNCHANGED, MOVED, REWORDED, REMOVED = "unchanged", "moved", "reworded", "removed"
_RANK = {UNCHANGED: 0, MOVED: 1, REWORDED: 2, REMOVED: 3}


@dataclass(frozen=True)
class Unit:
    """A sentence-like unit: ``[start, end)`` in the normalised text, and its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Alignment:
    """Old unit index -> (new unit index, "same" | "moved" | "reworded"), plus the units."""

    old: tuple[Unit, ...]
    new: tuple[Unit, ...]
    pairs: dict[int, tuple[int, str]]

    def added(self) -> list[int]:
        """New units that are not an old unit, identical (in place or moved)."""
        kept = {j for j, kind in self.pairs.values() if kind != "reworded"}
        return [j for j in range(len(self.new)) if j not in kept]

    def removed(self) -> list[int]:
        """Old units that are not in the new text identically."""
        return [i for i in range(len(self.old)) if self.pairs.get(i, (0, "reworded"))[1] == "reworded"]

    def reworded(self) -> list[tuple[int, int]]:
        return sorted((i, j) for i, (j, kind) in self.pairs.items() if kind == "reworded")

    @cached_property
    def new_starts(self) -> list[int]:
        return [u.start for u in self.new]

    @cached_property
    def _in_place(self) -> tuple[list[int], list[int]]:
        """Old and new indices of the units aligned in place, in order (both increase together)."""
        pairs = sorted((i, j) for i, (j, kind) in self.pairs.items() if kind == "same")
        return [i for i, _ in pairs], [j for _, j in pairs]

    def in_place_around(self, first: int, last: int) -> tuple[int | None, int | None]:
        """New indices of the nearest units aligned in place before old unit ``first`` and after ``last``."""
        olds, news = self._in_place
        k = bisect_left(olds, first) - 1
        m = bisect_right(olds, last)
        return (news[k] if k >= 0 else None), (news[m] if m < len(news) else None)


@dataclass(frozen=True)
class Anchor:
    """Where one quote went: its status and, unless removed, its text in the new version.

    ``new`` is the new text's own characters (whitespace runs collapsed to one space) and ``span`` their
    original ``[start, end)`` in the new text.
    """

    quote: str
    status: str
    new: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class Result:
    anchors: tuple[Anchor, ...]
    alignment: Alignment

    def added_sentences(self) -> list[str]:
        return [self.alignment.new[j].text for j in self.alignment.added()]

    def removed_sentences(self) -> list[str]:
        return [self.alignment.old[i].text for i in self.alignment.removed()]


def units(source: SourceText, honour: set[tuple[str, str]] | None = None,
          candidates: list[tuple[int, tuple[str, str]]] | None = None) -> list[Unit]:
    """Cut a text's normalised form into units (rules in ``spec/consistency.md`` section 8).

    ``honour`` limits the line breaks that cut to those whose key is in it; ``candidates`` are the text's
    :func:`line_breaks`, when already computed.
    """
    norm = source.normalised
    if candidates is None:
        candidates = line_breaks(source)
    breaks = {k for k, key in candidates if honour is None or key[0] == "item" or key in honour}
    ends = {m.start() + 1 for m in _SENTENCE_END.finditer(norm) if _ends_sentence(norm, m.start(), breaks)}
    cuts = sorted(ends | breaks)
    cuts.append(len(norm))
    out: list[Unit] = []
    start = 0
    for cut in cuts:
        while cut - start > MAX_UNIT:  # no sentence end for too long: cut at the last space that fits
            space = norm.rfind(" ", start + 1, start + MAX_UNIT)
            _add_unit(out, norm, start, space if space > start else start + MAX_UNIT)
            start = space + 1 if space > start else start + MAX_UNIT
        if cut > start:
            _add_unit(out, norm, start, cut)
            start = cut
    return out


def _ends_sentence(norm: str, at: int, breaks: set[int]) -> bool:
    """The mark at ``at`` ends a sentence unless it ends a list number or letter ("2.", "a.") that starts a
    unit: at the start of the text, after a line break that cuts, or after another sentence's end."""
    word_start = norm.rfind(" ", 0, at) + 1
    letters = 0
    for c in norm[word_start:at]:
        letters += c.isalpha()
        if letters > 1 or not c.isalnum():
            return True
    starts_unit = word_start == 0 or (word_start - 1) in breaks or norm[word_start - 2] in ".!?:;"
    return not starts_unit


def _add_unit(out: list[Unit], norm: str, start: int, end: int) -> None:
    while start < end and norm[start] == " ":
        start += 1
    while end > start and norm[end - 1] == " ":
        end -= 1
    if end > start:
        out.append(Unit(start, end, norm[start:end]))


def line_breaks(source: SourceText) -> list[tuple[int, tuple[str, str]]]:
    """The line breaks that may end a unit, as (normalised offset, key): after a short line without final
    punctuation that a line not starting in lower case follows (a heading or a list entry; key: that line
    without its list marker), and before a line that starts with a list marker (key: that line).

    Other line breaks are spaces. Between two versions, a heading break is honoured only if both versions
    have its key, so a paragraph re-wrapped into short lines cuts nothing; list items always cut.
    """
    text = source.text
    out: list[tuple[int, tuple[str, str]]] = []
    pos = 0
    n = len(text)
    prev = ""
    while pos < n:
        nl = _find_break(text, pos)
        line = text[pos:nl].strip()
        if line and prev:
            key: tuple[str, str] | None = None
            if _starts_list_item(line):
                key = ("item", normalise(line))
            elif _short_unpunctuated(prev) and not line[0].islower():
                key = ("heading", normalise(prev[_marker_length(prev):]))
            k = source.normalised_index(pos - 1)
            if key and k < len(source.normalised) and source.normalised[k] == " ":
                out.append((k, key))
        if line:
            prev = line
        pos = nl + 1
    return out


def _find_break(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    cr = text.find("\r", pos, nl if nl >= 0 else len(text))
    if cr >= 0:
        return cr
    return nl if nl >= 0 else len(text)


def _short_unpunctuated(line: str) -> bool:
    return len(line) <= HEADING_MAX and line[-1] not in ".!?:;,"


def _starts_list_item(line: str) -> bool:
    return _marker_length(line) > 0


def _marker_length(line: str) -> int:
    """Length of a leading bullet (``- ``) or number (``12. ``, ``3) ``) marker, 0 if none."""
    if len(line) > 1 and line[0] in _BULLETS and line[1].isspace():
        return 2
    digits = 0
    while digits < len(line) and digits < 3 and line[digits].isdigit():
        digits += 1
    if 0 < digits < len(line) - 1 and line[digits] in ".)" and line[digits + 1].isspace():
        return digits + 2
    return 0


def align(old: Sequence[Unit], new: Sequence[Unit]) -> Alignment:
    """Pair the units of two versions: identical in order, identical elsewhere, then reworded."""
    pairs: dict[int, tuple[int, str]] = {}
    # The common head and tail first: most changes are local, and the LCS then runs on the middle only.
    head = 0
    while head < min(len(old), len(new)) and old[head].text == new[head].text:
        pairs[head] = (head, "same")
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail].text == new[-1 - tail].text:
        tail += 1
        pairs[len(old) - tail] = (len(new) - tail, "same")
    middle_old = [u.text for u in old[head: len(old) - tail]]
    middle_new = [u.text for u in new[head: len(new) - tail]]
    for op in Indel.opcodes(middle_old, middle_new):
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                pairs[head + op.src_start + k] = (head + op.dest_start + k, "same")
    anchors = sorted(pairs.items())
    taken = {j for j, _ in pairs.values()}
    # Moved: identical text outside the common subsequence, paired in order of appearance.
    free_new: dict[str, list[int]] = {}
    for j, u in enumerate(new):
        if j not in taken:
            free_new.setdefault(u.text, []).append(j)
    for i, u in enumerate(old):
        if i not in pairs and free_new.get(u.text):
            j = free_new[u.text].pop(0)
            pairs[i] = (j, "moved")
            taken.add(j)
    _pair_reworded(old, new, pairs, taken, anchors)
    return Alignment(tuple(old), tuple(new), pairs)


def _pair_reworded(old: Sequence[Unit], new: Sequence[Unit], pairs: dict[int, tuple[int, str]], taken: set[int],
                   anchors: list[tuple[int, tuple[int, str]]]) -> None:
    """Within each gap between two units kept in place, pair units that are clearly the same sentence."""
    bounds = [(-1, -1)] + [(i, j) for i, (j, _) in anchors] + [(len(old), len(new))]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        olds = [i for i in range(i0 + 1, i1) if i not in pairs]
        news = [j for j in range(j0 + 1, j1) if j not in taken]
        if not olds or not news:
            continue
        scores: dict[tuple[int, int], float] = {}
        best_old: dict[int, list[float]] = {}
        best_new: dict[int, list[float]] = {}
        for rank, i in enumerate(olds):
            centre = (rank + 0.5) * len(news) / len(olds)
            lo = max(0, min(int(centre) - WINDOW // 2, len(news) - WINDOW))
            for j in news[lo: lo + WINDOW]:
                a, b = old[i].text, new[j].text
                s = fuzz.ratio(a, b, score_cutoff=REWORD_MIN - MARGIN)
                if not s:
                    continue
                scores[(i, j)] = s
                best_old.setdefault(i, []).append(s)
                best_new.setdefault(j, []).append(s)
        # Accepted pairs never cross, so their new indices increase with their old ones: a new pair crosses
        # one of them iff it crosses a neighbour in old-index order.
        acc_old: list[int] = []
        acc_new: list[int] = []
        for (i, j), s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            if s < REWORD_MIN or not (_clear_best(best_old[i], s) and _clear_best(best_new[j], s)):
                continue
            k = bisect_left(acc_old, i)
            if (k > 0 and acc_new[k - 1] > j) or (k < len(acc_old) and acc_new[k] < j):
                continue  # crossing another pair: a move as well as a rewording is not followed
            acc_old.insert(k, i)
            acc_new.insert(k, j)
            pairs[i] = (j, "reworded")
            taken.add(j)


def _clear_best(scores: list[float], s: float) -> bool:
    """``s`` is the best of ``scores`` and every other score is at least ``MARGIN`` below it."""
    ranked = sorted(scores, reverse=True)
    return ranked[0] == s and (len(ranked) == 1 or ranked[1] <= s - MARGIN)


def reanchor(old: SourceText, new: SourceText, quotes: Sequence[str]) -> Result:
    """The status and new text of every quote (in order) when ``old`` is replaced by ``new``."""
    old_breaks, new_breaks = line_breaks(old), line_breaks(new)
    shared = {key for _, key in old_breaks} & {key for _, key in new_breaks}
    old_units, new_units = units(old, shared, old_breaks), units(new, shared, new_breaks)
    alignment = align(old_units, new_units)
    starts = [u.start for u in old_units]
    cache: dict[str, Anchor] = {}
    out = []
    for q in quotes:
        if q not in cache:
            cache[q] = _anchor(q, old, new, alignment, starts)
        out.append(cache[q])
    return Result(tuple(out), alignment)


def _occurrences(hay: str, needle: str) -> list[int]:
    found, pos = [], hay.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = hay.find(needle, pos + len(needle))
    return found


def _anchor(quote: str, old: SourceText, new: SourceText, al: Alignment, starts: list[int]) -> Anchor:
    needle = normalise(quote)
    if not needle:
        return Anchor(quote, REMOVED, None, None)
    occurrences = _occurrences(old.normalised, needle)
    if not occurrences:  # not anchored in the old text: only an exact match in the new one is kept
        hits = _occurrences(new.normalised, needle)
        return _found(quote, new, UNCHANGED, hits[0], hits[0] + len(needle)) if hits else Anchor(
            quote, REMOVED, None, None)
    best: Anchor | None = None
    for a in occurrences:
        found = _follow(quote, needle, a, a + len(needle), old, new, al, starts)
        if found is None or found.status == REWORDED:
            # Units cut differently in the new text: the old units, verbatim, are still there.
            found = _verbatim(quote, a, a + len(needle), old, new, al, starts) or found
        if found is not None and (best is None or _RANK[found.status] < _RANK[best.status]):
            best = found
            if best.status == UNCHANGED:
                break
    if best is None or best.status == REWORDED:
        best = _exact_in_changed_unit(quote, needle, occurrences, old, new, al, starts) or best
    return best or Anchor(quote, REMOVED, None, None)


def _exact_in_changed_unit(quote: str, needle: str, occurrences: list[int], old: SourceText, new: SourceText,
                           al: Alignment, starts: list[int]) -> Anchor | None:
    """A quote unique in both texts whose unit changed around it: found again where the new unit is at least
    ``SAME_UNIT_MIN`` similar to the old one, or one of them nearly holds the other."""
    hits = _occurrences(new.normalised, needle)
    if len(occurrences) != 1 or len(hits) != 1:
        return None
    a, at = occurrences[0], hits[0]
    first = max(0, bisect_right(starts, a) - 1)
    last = max(first, bisect_right(starts, a + len(needle) - 1) - 1)
    new_starts = al.new_starts
    j0 = max(0, bisect_right(new_starts, at) - 1)
    j1 = max(j0, bisect_right(new_starts, at + len(needle) - 1) - 1)
    old_text = old.normalised[al.old[first].start: al.old[last].end]
    new_text = new.normalised[al.new[j0].start: al.new[j1].end]
    # Similar as a whole, or one nearly inside the other (a unit merged with a neighbour, or split).
    if fuzz.ratio(old_text, new_text) < SAME_UNIT_MIN and fuzz.partial_ratio(old_text, new_text) < REWORD_MIN:
        return None
    return _found(quote, new, _place(first, last, at, at + len(needle), new, al), at, at + len(needle))


def _place(first: int, last: int, a: int, b: int, new: SourceText, al: Alignment) -> str:
    """UNCHANGED when new ``[a, b)`` lies between the new places of the units kept in place around old units
    ``first..last``, MOVED otherwise."""
    before, after = al.in_place_around(first, last)
    low = al.new[before].end if before is not None else 0
    high = al.new[after].start if after is not None else len(new.normalised)
    return UNCHANGED if low <= a and b <= high else MOVED


def _verbatim(quote: str, a: int, b: int, old: SourceText, new: SourceText, al: Alignment,
              starts: list[int]) -> Anchor | None:
    """The occurrence found again inside the unique verbatim copy of the old units that hold it."""
    first = max(0, bisect_right(starts, a) - 1)
    last = max(first, bisect_right(starts, b - 1) - 1)
    region_start, region_end = al.old[first].start, al.old[last].end
    region = old.normalised[region_start:region_end]
    hits = _occurrences(new.normalised, region)
    if len(hits) != 1 or old.normalised.count(region) != 1:
        return None
    at = hits[0]
    status = _place(first, last, at, at + len(region), new, al)
    return _found(quote, new, status, at + a - region_start, at + b - region_start)


def _follow(quote: str, needle: str, a: int, b: int, old: SourceText, new: SourceText, al: Alignment,
            starts: list[int]) -> Anchor | None:
    """Carry the occurrence ``[a, b)`` of the old normalised text through its units, or None."""
    first = bisect_right(starts, a) - 1
    last = bisect_right(starts, b - 1) - 1
    if first < 0 or a >= al.old[first].end or b > al.old[last].end:
        return None  # starts or ends on a space between two units: not inside them
    kinds = []
    for k, i in enumerate(range(first, last + 1)):
        pair = al.pairs.get(i)
        if pair is None or pair[0] != al.pairs[first][0] + k:
            return None  # a unit gone, or the units no longer consecutive
        kinds.append(pair[1])
    j0, j1 = al.pairs[first][0], al.pairs[last][0]
    old_region = old.normalised[al.old[first].start: al.old[last].end]
    new_base = al.new[j0].start
    new_region = new.normalised[new_base: al.new[j1].end]
    status = MOVED if "moved" in kinds else UNCHANGED
    rel_a, rel_b = a - al.old[first].start, b - al.old[first].start
    if old_region == new_region:
        return _found(quote, new, status, new_base + rel_a, new_base + rel_b)
    projected = _project(old_region, new_region, rel_a, rel_b)
    if projected is None:
        return None
    na, nb = projected
    text = new_region[na:nb]
    if text == needle:
        return _found(quote, new, status, new_base + na, new_base + nb)
    old_words, new_words = needle.split(" "), text.split(" ")
    if fuzz.ratio(needle, text) < QUOTE_MIN or \
            Levenshtein.distance(old_words, new_words) > max(MAX_WORD_EDITS, len(old_words) // 10):
        return None
    return _found(quote, new, REWORDED, new_base + na, new_base + nb)


def _project(old_region: str, new_region: str, rel_a: int, rel_b: int) -> tuple[int, int] | None:
    """``[rel_a, rel_b)`` of the old region mapped onto the new one through a word alignment."""
    old_words, new_words = old_region.split(" "), new_region.split(" ")
    old_offsets, new_offsets = _word_offsets(old_words), _word_offsets(new_words)
    # The words holding the quote's first and last characters, and how far into them it starts and ends.
    ws = bisect_right(old_offsets, rel_a) - 1
    we = bisect_right(old_offsets, rel_b - 1) - 1
    head = rel_a - old_offsets[ws]
    tail = old_offsets[we] + len(old_words[we]) - rel_b
    ops = Levenshtein.opcodes(old_words, new_words)
    start = end = None
    for op in ops:
        one_for_one = op.tag == "equal" or (op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start)
        if op.src_start <= ws < op.src_end:
            if op.tag == "equal":
                start = new_offsets[op.dest_start + ws - op.src_start] + head
            elif head == 0 and one_for_one:  # a word replaced by another: the quote starts at it
                start = new_offsets[op.dest_start + ws - op.src_start]
            elif head == 0 and op.tag == "delete":  # the first word deleted: start at the next word kept
                start = new_offsets[op.dest_start] if op.dest_start < len(new_words) else None
        if op.src_start <= we < op.src_end:
            k = op.dest_start + we - op.src_start
            if op.tag == "equal":
                end = new_offsets[k] + len(new_words[k]) - tail
            elif tail == 0 and one_for_one:
                end = new_offsets[k] + len(new_words[k])
            elif tail == 0 and op.tag == "delete" and op.dest_start > 0:  # the last word deleted
                end = new_offsets[op.dest_start - 1] + len(new_words[op.dest_start - 1])
    if start is None or end is None or end <= start:
        return None
    return start, end


def _word_offsets(words: list[str]) -> list[int]:
    offsets, pos = [], 0
    for w in words:
        offsets.append(pos)
        pos += len(w) + 1
    return offsets


def _found(quote: str, new: SourceText, status: str, a: int, b: int) -> Anchor:
    span = new.span_of_normalised(a, b)
    text = " ".join(new.text[span.start: span.end].split())
    return Anchor(quote, status, text, (span.start, span.end))
