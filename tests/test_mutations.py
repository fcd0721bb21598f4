"""Mutation tests on real vendor copies: each small corruption must be caught by its specific diagnostic."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from policylabel.check import check
from policylabel.consistency.claims import is_negated
from policylabel.diagnostics import Diagnostic
from policylabel.model import Document
from policylabel.validate import Target, validate

VENDORS = Path(__file__).resolve().parent.parent / "vendors"


def _copy(tmp_path: Path, vendor: str) -> Path:
    dest = tmp_path / vendor
    shutil.copytree(VENDORS / vendor, dest)
    for p in dest.iterdir():
        os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    return dest


def _run(folder: Path) -> tuple[list[Document], list[Diagnostic]]:
    validation = validate([Target(folder)])
    assert not [d for d in validation.diagnostics if d.is_error]
    result = check(validation)
    return [d for v in validation.vendors for d in v.documents], validation.diagnostics + result.diagnostics


def _doc(folder: Path, doc_id: str) -> Document:
    docs, diags = _run(folder)
    assert not [d for d in diags if d.is_error], "the unmodified copy must be clean"
    return next(d for d in docs if d.id == doc_id)


def _edit_line(path: Path, line: int, old: str, new: str) -> None:
    """Replace the first ``old`` at or after 1-based ``line``."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i in range(line - 1, len(lines)):
        if old in lines[i]:
            lines[i] = lines[i].replace(old, new, 1)
            path.write_text("".join(lines), encoding="utf-8")
            return
    raise AssertionError(f"{old!r} not found after line {line}")


def _codes_at(diags: list[Diagnostic], pointer: str) -> set[str]:
    return {d.code for d in diags if d.pointer == pointer}


@pytest.mark.parametrize("vendor, doc_id", [("kandji", "privacy-policy"), ("kajeet", "terms-of-service")])
def test_one_word_of_a_quote(tmp_path: Path, vendor: str, doc_id: str) -> None:
    folder = _copy(tmp_path, vendor)
    doc = _doc(folder, doc_id)
    quote = next(q for c in doc.claims for q in c.evidence if re.search(r"\b[a-z]{6,}\b", q.text))
    word = re.search(r"\b[a-z]{6,}\b", quote.text).group()
    _edit_line(doc.yaml_path, quote.line, word, word[:-1] + ("x" if word[-1] != "x" else "y"))
    _, diags = _run(folder)
    assert "quote-not-found" in _codes_at(diags, quote.pointer)


def test_flipped_polarity(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "kandji")
    doc = _doc(folder, "privacy-policy")
    text = doc.source_path.read_text(encoding="utf-8")
    from policylabel.evidence import SourceText
    src = SourceText(text)

    def negated(c) -> list[bool]:
        return [is_negated(src.excerpt(src.locate(q.text)[0])) for q in c.evidence]

    target = next(c for c in doc.claims if c.polarity == "denied" and all(negated(c)))
    _edit_line(doc.yaml_path, target.line, "polarity: denied", "polarity: affirmed")
    _, diags = _run(folder)
    assert "polarity" in _codes_at(diags, target.pointer + "/polarity")
    target2 = next(c for c in doc.claims if c.polarity == "affirmed" and not any(negated(c)))
    folder2 = _copy(tmp_path / "b", "kandji")
    _edit_line(folder2 / "privacy-policy.yaml", target2.line, "polarity: affirmed", "polarity: denied")
    _, diags = _run(folder2)
    assert "polarity" in _codes_at(diags, target2.pointer + "/polarity")


def test_changed_age(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "kajeet")
    doc = _doc(folder, "privacy-policy")
    target = next(c for c in doc.claims if c.age is not None)
    _edit_line(doc.yaml_path, target.line, f"age: {target.age}", f"age: {target.age + 1}")
    _, diags = _run(folder)
    assert "value-not-backed" in _codes_at(diags, target.pointer + "/age")


@pytest.mark.parametrize("vendor, doc_id", [("kandji", "privacy-policy"), ("ujet", "privacy-notice")])
def test_one_byte_of_the_source(tmp_path: Path, vendor: str, doc_id: str) -> None:
    folder = _copy(tmp_path, vendor)
    doc = _doc(folder, doc_id)
    data = bytearray(doc.source_path.read_bytes())
    at = len(data) - 1 - data[::-1].index(b" "[0])  # the last space: quoted or not, the hash changes
    data[at:at + 1] = b"\t"
    doc.source_path.write_bytes(bytes(data))
    _, diags = _run(folder)
    drift = [d for d in diags if d.code == "source-changed"]
    assert len(drift) == 1 and drift[0].is_error and doc.ref in drift[0].message
    assert drift[0].pointer == "/source/sha256"
