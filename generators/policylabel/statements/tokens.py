"""Tokens of policy text: words, numbers and punctuation, each with its exact offsets.

Linear in the text, with no regular expression: the text is split at spaces once (``str.split``), and a
chunk that is a plain word, or a word and one punctuation mark ("information.", "data,"), the usual case,
becomes its tokens at once; any other chunk is scanned character by character. Hyphens and dashes
separate words and are dropped, so "third-party" and "third party" read alike; contractions are expanded
("don't" gives "do" "not", "we'll" gives "we" "will"); a possessive "'s" is dropped.
"""

from __future__ import annotations

from typing import Final, NamedTuple

_APOSTROPHES: Final = "'\u2019\u02bc"
_DROPPED: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_*#~`^\u00ad\u200b\u200c\u200d\u2060\ufeff"
_CLITICS: Final = {"'ll": "will", "'re": "are", "'ve": "have", "'d": "would", "'m": "am"}  # a pronoun's verb
_CONTRACTIONS: Final = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                        "shan't": ("shall", "not"), "ain't": ("be", "not")}
# Characters that end a plain chunk as a token of their own ("data," "it."): not word characters, not
# dropped, not apostrophes.
_TRAILING: Final = frozenset(".,;:!?)]}\"\u201d%")
# The tokens of chunks read character by character, offsets from the chunk's start, by chunk: what a chunk
# gives depends on its characters only (and not on their case in an ASCII text, whose chunks are lower-cased).
# Kept for one document's readings, like the lexicon's memo (which drops them with its own: forget_chunks).
_SCANNED: Final[dict[str, tuple[Token, ...]]] = {}
_SCANNED_MAX: Final = 4096
_new: Final = tuple.__new__  # Token's own __new__ is a Python function: one call less per token


def forget_chunks() -> None:
    """Drop the remembered chunks."""
    _SCANNED.clear()


class Token(NamedTuple):
    """``norm`` is the lower-cased form matched against cues; ``start``/``end`` index the scanned text."""

    norm: str
    start: int
    end: int
    word: bool  # a word or number (False: punctuation)


def _word_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(norm, start, end) of the tokens of the word ``text[start:end]``: plain tuples, made into Tokens once,
    at their place in the text, by the caller."""
    raw = text[start:end].lower()
    for a in _APOSTROPHES[1:]:
        raw = raw.replace(a, "'")
    if raw in _CONTRACTIONS:
        first, second = _CONTRACTIONS[raw]
        cut = end - 3  # ca|n't, wo|n't, can|not
        return [(first, start, cut), (second, cut, end)]
    if raw.endswith("n't") and len(raw) > 3:
        return [(raw[:-3], start, end - 3), ("not", end - 3, end)]
    tail = raw[-3:] if raw[-3:] in _CLITICS else raw[-2:] if raw[-2:] in _CLITICS else ""
    if tail and len(raw) > len(tail):  # "we'll", "you're", "we've", "they'd", "I'm"
        cut = end - len(tail)
        return [(raw[:-len(tail)], start, cut), (_CLITICS[tail], cut, end)]
    # (a modifier-letter apostrophe is a letter: "ʼ" or "ʼs" alone is a word, never an empty one)
    if raw.endswith("'s") and len(raw) > 2:
        return [(raw[:-2], start, end - 2)]
    if raw.endswith("'") and len(raw) > 1:
        return [(raw[:-1], start, end - 1)]
    return [(raw, start, end)]


def _scan(text: str, i: int, n: int, base: int, out: list[Token]) -> None:
    """Tokens of ``text[i:n]``, character by character."""
    while i < n:
        c = text[i]
        if c.isspace() or c in _DROPPED:
            i += 1
            continue
        if c.isalnum():
            j = i + 1
            while j < n:
                d = text[j]
                if d.isalnum():
                    j += 1
                elif d in _APOSTROPHES and j + 1 < n and text[j + 1].isalnum():
                    j += 2
                elif d in ".," and c.isdigit() and j + 1 < n and text[j + 1].isdigit():
                    j += 2  # 1,000 and 1.5 stay one number
                else:
                    break
            if j < n and text[j] in _APOSTROPHES and text[j - 1] in "sS":
                j += 1  # "days'" notice
            for norm, a, b in _word_tokens(text, i, j):
                out.append(_new(Token, (norm, a + base, b + base, True)))
            i = j
            continue
        out.append(_new(Token, (c, i + base, i + 1 + base, False)))
        i += 1


def tokenize(text: str, base: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are ``base`` plus the index in ``text``."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token's own __new__ is a Python function: one call less per token
    token = Token  # (compiled, a global name is looked up in the module's dict at each use)
    end = base - 1
    # ASCII (most policy text): lower-cased once, whole; lower() keeps every offset and the class of every
    # character (letters stay letters, punctuation is left alone). Other texts: a chunk at a time.
    ascii_text = text.isascii()
    # Split at single spaces: offsets follow from the lengths; other whitespace goes to the scan below.
    for chunk in (text.lower() if ascii_text else text).split(" "):
        start = end + 1
        end = start + len(chunk)
        if not chunk:
            continue
        if chunk.isalnum():
            norm = chunk if ascii_text else chunk.lower()
            if norm != "cannot":
                append(new(token, (norm, start, end, True)))
                continue
        elif chunk[-1] in _TRAILING and chunk[:-1].isalnum():
            norm = chunk[:-1] if ascii_text else chunk[:-1].lower()
            if norm != "cannot" and not (chunk[-1] in ".," and chunk[-2].isdigit()):
                append(new(token, (norm, start, end - 1, True)))
                append(new(token, (chunk[-1], end - 1, end, False)))
                continue
        # Any other chunk ("(including", "third-party", "don't"): scanned once, its tokens remembered.
        shape = _SCANNED.get(chunk)
        if shape is None:
            part: list[Token] = []
            _scan(text, start - base, end - base, base - start, part)  # offsets from the chunk's start
            if len(_SCANNED) >= _SCANNED_MAX:
                _SCANNED.clear()  # bounded memory: a cache, never needed
            shape = _SCANNED[chunk] = tuple(part)
        for norm, a, b, word in shape:
            append(new(token, (norm, start + a, start + b, word)))
    return out
