"""scan() and its text format; scan must never raise on any UTF-8 text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylabel.scan import format_scan_text, scan

POLICY = (
    "Last updated: May 1, 2024\n"
    "Sharing\n"
    "We do not sell your personal information.\n"
    "Choices\n"
    "Do Not Sell My Personal Information\n"
    "Contact\n"
    "Email [email protected] with questions.\n"
)


def test_scan_result_shape(tmp_path: Path) -> None:
    p = tmp_path / "policy.txt"
    p.write_text(POLICY, encoding="utf-8")
    result = scan(str(p))
    assert result["version"] == 1 and result["file"] == str(p)
    assert result["sentences"] == 7
    kinds = [f["kind"] for f in result["findings"]]
    assert kinds == ["contradiction", "empty-disclosure"]
    c = result["findings"][0]
    assert [(loc["line"], loc["column"]) for loc in c["locations"]] == [(3, 1), (5, 1)]
    assert c["locations"][0]["quote"] == "We do not sell your personal information."
    assert all(loc["file"] == str(p) for loc in c["locations"])
    json.dumps(result)  # JSON-serialisable
    assert scan(p) == {**result, "file": str(p)}  # a Path works too and is deterministic


def test_format_scan_text(tmp_path: Path) -> None:
    p = tmp_path / "policy.txt"
    p.write_text(POLICY, encoding="utf-8")
    out = format_scan_text(scan(str(p)))
    lines = out.splitlines()
    assert lines[0].startswith(f"{p}:3:1: contradiction: ")
    assert f'  {p}:5:1: "Do Not Sell My Personal Information"' in lines
    assert lines[-1] == f"{p}: 7 sentences, 2 findings"


def test_format_without_findings() -> None:
    out = format_scan_text({"version": 1, "file": "x.txt", "sentences": 0, "findings": []})
    assert out == "x.txt: 0 sentences, 0 findings\n"


def test_errors_are_left_to_the_caller(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        scan(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28")
    with pytest.raises(UnicodeDecodeError):
        scan(bad)


_WORDS = st.sampled_from([
    "We", "do", "not", "never", "sell", "share", "personal", "information", "data", "to", "third", "parties",
    "Last", "updated:", "May", "1,", "2024", "privacy@a.com", "privacy@a.co", "call", "555-123-4567", "|", ":",
    "Do Not Sell My Personal Information", "opt out of the sale", "# Heading", "\n", "\n\n", "- ", "1. ",
    "[email protected]", "the table below", "?", ".", "\u2022", "\u201c", "\u00a0", "\u200b", "if", "except",
])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=600), st.lists(_WORDS, max_size=80).map(" ".join)))
def test_scan_never_raises(tmp_path: Path, text: str) -> None:
    p = tmp_path / "random.txt"
    p.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        p.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates are not UTF-8; the CLI reports those
    result = scan(p)
    assert isinstance(format_scan_text(result), str)
    for f in result["findings"]:
        assert f["locations"] and f["kind"] in {"contradiction", "inconsistent-contact", "inconsistent-date",
                                                "empty-section", "empty-disclosure"}
