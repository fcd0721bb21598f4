"""Normalisation and quote location with exact original spans."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policylabel.evidence import SourceText, Span, normalise


@pytest.mark.parametrize("raw, expected", [
    ("\u201cHello\u201d \u2018world\u2019", "\"Hello\" 'world'"),
    ("a\u2013b\u2014c\u2212d\u2011e", "a-b-c-d-e"),
    ("\u2022 item one", "item one"),
    ("wait\u2026", "wait..."),
    ("  many \t\n spaces\u00a0and\u200bzero  ", "many spaces and zero"),
    ("\ufb01le", "file"),  # NFKC ligature
    ("Case Kept", "Case Kept"),
    ("cafe\u0301", "caf\u00e9"),
    ("\u2033quoted\u2033", "\"quoted\""),
    ("", ""),
])
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_locate_maps_back_to_original() -> None:
    text = "Intro line\n\u2022 We \u201cnever\u201d  sell\u00a0your data\u2014ever.\nEnd"
    src = SourceText(text)
    spans = src.locate('We "never" sell your data-ever.')
    assert len(spans) == 1
    sp = spans[0]
    assert src.excerpt(sp) == "We \u201cnever\u201d  sell\u00a0your data\u2014ever."
    assert (sp.line, sp.column) == (2, 3)
    assert (sp.end_line, sp.end_column) == (2, 3 + len(src.excerpt(sp)))


def test_locate_all_non_overlapping() -> None:
    src = SourceText("aaaa")
    assert [(s.start, s.end) for s in src.locate("aa")] == [(0, 2), (2, 4)]
    assert src.locate("b") == []
    assert src.locate("   ") == []


def test_locate_across_line_break() -> None:
    src = SourceText("we do not\r\nsell data")
    (sp,) = src.locate("do not sell")
    assert (sp.line, sp.column, sp.end_line, sp.end_column) == (1, 4, 2, 5)


def test_position_and_lines() -> None:
    src = SourceText("ab\ncd\r\nef\rgh")
    assert src.position(0) == (1, 1)
    assert src.position(3) == (2, 1)
    assert src.position(7) == (3, 1)
    assert src.position(10) == (4, 1)
    assert src.position(999) == (4, 3)


def test_closest_finds_near_miss() -> None:
    src = SourceText("Preamble.\nWe will never sell your personal information to anyone.\nEnd.")
    span, score = src.closest("We will never sell your personal informaton to anybody")
    assert score > 80
    assert "never sell" in src.excerpt(span)
    assert src.closest("") == (src.span(0, 0), 0.0)
    assert SourceText("").closest("x")[1] == 0.0


def test_sha256_and_from_file(tmp_path: Path) -> None:
    raw = "\ufeffHello \u201cworld\u201d\n".encode("utf-8")
    p = tmp_path / "p.txt"
    p.write_bytes(raw)
    src = SourceText.from_file(p)
    assert src.text.startswith("Hello")
    import hashlib
    assert src.sha256 == hashlib.sha256(raw).hexdigest()
    assert SourceText("x").sha256 == hashlib.sha256(b"x").hexdigest()


def test_from_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xff\xfe")
    with pytest.raises(UnicodeDecodeError):
        SourceText.from_file(bad)
    with pytest.raises(OSError):
        SourceText.from_file(tmp_path / "missing.txt")


def test_span_is_frozen() -> None:
    sp = Span(0, 1, 1, 1, 1, 2)
    with pytest.raises(AttributeError):
        sp.start = 3  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(0, 50), st.integers(1, 30))
@example("1\u00bc", 0, 1)  # NFKC turns the fraction into "1⁄4": no match may start or end inside it
@example("0\u094d", 0, 1)  # a quote that splits a character from its combining mark is not that character
@example("0\u00af", 1, 1)  # NFKC turns the macron into a space and a combining mark
def test_any_substring_is_found_at_a_span_that_normalises_to_it(text: str, a: int, n: int) -> None:
    src = SourceText(text)
    quote = text[a: a + n]
    needle = normalise(quote)
    for sp in src.locate(quote):
        assert normalise(src.excerpt(sp)) == needle
    whole = (a == 0 or not unicodedata.combining(text[a:a + 1] or " ")) and not unicodedata.combining(
        text[a + n:a + n + 1] or " ")
    if needle and whole:
        # A quote taken from the text without splitting a character from its combining marks is found.
        assert src.locate(quote)
