"""The compiled reader (a wheel built with mypyc, generators/build_native.py) reads what its Python source reads.

The same texts are read in this process (the installed package: compiled where the wheel was built with a C
compiler) and in a child process from the source tree; statements and findings must be the same, field by
field. ``POLICYLABEL_EXPECT_COMPILED=1`` (set by tox) also requires this process's reader to be compiled, so
a build that fell back to pure Python is not taken for the compiled one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testpaths import DATA, REPO

# Every vendor text, and corpora of short texts of both kinds (privacy policies and terms).
TEXTS = sorted(str(p) for p in (REPO / "vendors").glob("*/*.txt")) + sorted(
    str(p) for corpus in ("draft-blind", "draft-blind7", "draft-blind14", "draft-blind20")
    for p in (DATA / corpus).glob("*.txt"))


def readings(paths: list[str]) -> list[list[object]]:
    """Per text and document kind: every statement's fields and every finding's kind, key and lines."""
    import dataclasses

    from policylabel.consistency.detector import analyse
    from policylabel.evidence import SourceText
    from policylabel.segment import sentences
    from policylabel.statements import Statement, extract

    names = [f.name for f in dataclasses.fields(Statement)]
    out: list[list[object]] = []
    for path in paths:
        src = SourceText(Path(path).read_text(encoding="utf-8"), Path(path).name)
        units = sentences(src)
        for kind in ("privacy-policy", "terms-of-service"):
            reads = extract(src, units, kind)
            statements = [[sorted(v) if isinstance(v, frozenset) else v
                           for v in (getattr(s, n) for n in names)] for r in reads for s in r.statements]
            findings = [[f.kind, f.key, f.message, [loc.span.line for loc in f.locations]]
                        for f in analyse(src, units, kind, reads).findings]
            out.append([Path(path).name, kind, json.loads(json.dumps([statements, findings], default=repr))])
    return out


def _compiled() -> bool:
    import policylabel.statements.reader as reader

    return not reader.__file__.endswith(".py")


def test_the_reader_is_compiled_where_expected() -> None:
    expected = os.environ.get("POLICYLABEL_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("POLICYLABEL_EXPECT_COMPILED is not set (tox sets it)")
    assert _compiled() == (expected == "1")


def test_compiled_and_source_read_alike() -> None:
    assert TEXTS
    here = readings(TEXTS)
    code = ("import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; from test_native import readings; "
            "import policylabel.statements.reader as r; assert r.__file__.endswith('.py'), r.__file__; "
            "print(json.dumps(readings(sys.argv[3:])))")
    env = {**os.environ, "PYTHONPATH": "", "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", code, str(REPO / "generators"), str(REPO / "tests"), *TEXTS],
                          capture_output=True, text=True, env=env, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    there = json.loads(done.stdout)
    assert len(here) == len(there)
    for mine, theirs in zip(here, there, strict=True):
        assert mine == theirs
