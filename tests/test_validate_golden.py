"""Golden tests: one invalid input per rule, with the exact expected diagnostics (code, file, line, column).

Regenerate with `tox -e update-golden` (POLICYLABEL_UPDATE_GOLDEN=1) and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policylabel.validate import discover, validate
from testpaths import DATA, UPDATE_GOLDEN

CASES = sorted(p for p in (DATA / "invalid").iterdir() if p.is_dir())


def _diagnostics(case: Path) -> list[str]:
    targets, diags = discover([case])
    result = validate(targets)
    lines = []
    for d in [*diags, *result.diagnostics]:
        rel = os.path.relpath(d.file, case).replace(os.sep, "/")
        lines.append(f"{d.severity.value} {d.code} {rel}:{d.line}:{d.column} {d.pointer}".rstrip())
    return sorted(lines)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_invalid_case(case: Path) -> None:
    expected_file = case / "expected.txt"
    actual = _diagnostics(case)
    if UPDATE_GOLDEN:
        expected_file.write_text("\n".join(actual) + "\n", encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert actual == expected
    assert any(line.startswith("error ") for line in actual), "every invalid case must produce an error"


def test_valid_sample_has_no_diagnostics() -> None:
    assert _diagnostics(DATA / "valid") == []
