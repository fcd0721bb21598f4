"""Regular expressions for policy text, compiled for RE2, an engine whose matching time is linear in the text.

Policy texts come from anywhere, so no pattern applied to them may backtrack: every such pattern is compiled
here, and a pattern RE2 cannot express (look-around, back-references) is a programming error raised at import,
never a silent fall-back to Python's backtracking ``re``. What look-around used to say is checked in code, on a
bounded window of text (see ``spec/consistency.md``, Linear-time analysis).

RE2's ``\\w``, ``\\b`` and ``\\s`` are ASCII; texts are NFKC-normalised first, and English cue words are ASCII.
The Python binding encodes the whole text on every call, so callers search each text once (``finditer``), or
search bounded slices, and never call ``search(text, pos)`` in a loop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # an unsupported pattern raises re2.error; nothing is printed to stderr
_MAX_MEM = 64 << 20  # DFA memory per pattern; RE2 falls back to its (still linear) NFA beyond it
_OPTIONS.max_mem = _MAX_MEM

Error = re2.error
_PY_ESCAPE = re.compile(r"(?<!\\)\\u([0-9a-fA-F]{4})")  # applied to patterns written in this package, not to texts


class Match(Protocol):
    def group(self, *args: int | str) -> Any: ...
    def groupdict(self) -> dict[str, str | None]: ...
    def groups(self) -> tuple[str | None, ...]: ...
    def start(self, group: int | str = 0) -> int: ...
    def end(self, group: int | str = 0) -> int: ...
    def span(self, group: int | str = 0) -> tuple[int, int]: ...


class Pattern(Protocol):
    @property
    def pattern(self) -> str: ...
    @property
    def groupindex(self) -> Mapping[str, int]: ...
    def search(self, text: str) -> Match | None: ...
    def match(self, text: str) -> Match | None: ...
    def fullmatch(self, text: str) -> Match | None: ...
    def finditer(self, text: str) -> Iterator[Match]: ...
    def findall(self, text: str) -> list[Any]: ...
    def split(self, text: str) -> list[str]: ...
    def sub(self, repl: str | Callable[[Match], str], text: str, count: int = 0) -> str: ...


class _Regexp(re2._Regexp):  # type: ignore[misc]
    """RE2's Python class, with shorter paths for the calls made most.

    For ASCII text (most of a normalised English policy), character offsets are byte offsets: the text is
    encoded once per call and no offset is converted; ``search``, ``match`` and ``fullmatch`` call RE2 once,
    without a generator. ``findall`` on any whole str cuts each match's text from the encoded text, so it
    converts no offset either. Other calls on other texts take the binding's own path.
    """

    __slots__ = ()

    def _match(self, anchor: Any, text: Any, pos: int | None = None, endpos: int | None = None) -> Iterator[Any]:
        if not (isinstance(text, str) and text.isascii()):
            yield from super()._match(anchor, text, pos, endpos)
            return
        n = len(text)
        pos = 0 if pos is None else max(0, min(pos, n))
        endpos = n if endpos is None else max(0, min(endpos, n))
        if pos > endpos:
            return
        data = text.encode("ascii")
        start = pos
        match = self._regexp.Match
        while True:
            spans = match(anchor, data, pos, endpos)
            if spans[0] == _NULL_SPAN:
                return
            yield re2._Match(self, text, start, endpos, spans)
            if pos == endpos:
                return
            pos = pos + 1 if pos == spans[0][1] else spans[0][1]  # past an empty match, or after the match

    def _first(self, anchor: Any, text: Any, pos: int | None, endpos: int | None) -> Any:
        """The first match, as ``next(self._match(...), None)`` gives it, without a generator for ASCII text
        (``search`` and ``match`` run by the thousand on a text's sentences)."""
        if not (isinstance(text, str) and text.isascii()):
            return next(super()._match(anchor, text, pos, endpos), None)
        n = len(text)
        pos = 0 if pos is None else max(0, min(pos, n))
        endpos = n if endpos is None else max(0, min(endpos, n))
        if pos > endpos:
            return None
        spans = self._regexp.Match(anchor, text.encode("ascii"), pos, endpos)
        return None if spans[0] == _NULL_SPAN else re2._Match(self, text, pos, endpos, spans)

    def search(self, text: Any, pos: int | None = None, endpos: int | None = None) -> Any:
        return self._first(_UNANCHORED, text, pos, endpos)

    def match(self, text: Any, pos: int | None = None, endpos: int | None = None) -> Any:
        return self._first(_ANCHOR_START, text, pos, endpos)

    def fullmatch(self, text: Any, pos: int | None = None, endpos: int | None = None) -> Any:
        return self._first(_ANCHOR_BOTH, text, pos, endpos)

    def findall(self, text: Any, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        """The binding's ``findall``, for a whole str read without a match object per match: each match's text
        (or its groups' texts, "" for a group that did not take part) is cut from the text encoded once, and
        no offset is converted between characters and bytes (a text's names are found by the hundred)."""
        if type(text) is not str or pos is not None or endpos is not None:  # a str subclass slices as itself
            return super().findall(text, pos, endpos)  # type: ignore[no-any-return]
        ascii = text.isascii()
        data = text.encode("utf-8")
        end = len(data)
        groups = self._regexp.NumberOfCapturingGroups()
        match = self._regexp.Match
        out: list[Any] = []
        at = 0
        while True:
            spans = match(_UNANCHORED, data, at, end)
            if spans[0] == _NULL_SPAN:
                return out
            cut = [(text[a:b] if ascii else data[a:b].decode("utf-8")) if a >= 0 else ""
                   for a, b in (spans[1:] if groups else spans[:1])]
            out.append(cut[0] if groups <= 1 else tuple(cut))
            if at == end:
                return out
            if at == spans[0][1]:  # an empty match here: step over one character (its UTF-8 bytes)
                at += 1
                while at < end and data[at] & 0xC0 == 0x80:
                    at += 1
            else:
                at = spans[0][1]


_NULL_SPAN = (-1, -1)
_UNANCHORED, _ANCHOR_START, _ANCHOR_BOTH = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START, re2._Anchor.ANCHOR_BOTH


def compile(pattern: str, ignore_case: bool = False) -> Pattern:
    """``pattern`` compiled by RE2 (leftmost-first, as Python's ``re``); raises ``re2.error`` if RE2 cannot.

    Python's ``\\uXXXX`` escapes are written ``\\x{XXXX}`` for RE2.
    """
    pattern = _PY_ESCAPE.sub(r"\\x{\1}", pattern)
    return _Regexp(("(?i)" if ignore_case else "") + pattern, _OPTIONS)


def escape(text: str) -> str:
    """``text`` as a literal inside an RE2 pattern."""
    return re2.escape(text)  # type: ignore[no-any-return]


class PatternSet:
    """Several patterns searched in one pass: which of them occur in a text (RE2's ``Set``).

    Used as a prefilter, so that only the patterns that occur are searched again for their positions.
    """

    def __init__(self, patterns: list[str]) -> None:
        self._set = re2.Set.SearchSet(_OPTIONS)
        for pattern in patterns:
            self._set.Add(_PY_ESCAPE.sub(r"\\x{\1}", pattern))
        self._set.Compile()

    def which(self, text: str) -> list[int]:
        """Indexes of the patterns that occur in ``text``, ascending."""
        return sorted(self._set.Match(text) or ())
