"""Property tests: no input, however malformed, produces a traceback; exit codes are 0, 1 or 2."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylabel.cli import main
from testpaths import DATA

VALID_DOC = (DATA / "valid" / "acme" / "policy.yaml").read_bytes()


def _run(doc: bytes, capsys: pytest.CaptureFixture[str], command: str = "validate") -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "acme"
        shutil.copytree(DATA / "valid" / "acme", folder)
        (folder / "policy.yaml").write_bytes(doc)
        code = main([command, tmp])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert "internal error" not in out.out + out.err
    return code


yaml_text = st.recursive(
    st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none(), st.sampled_from(
        ["practice", "claims", "evidence", "&a", "*a", "<<", "---", "- ", ": ", "[", "{", "\t", "'", '"', "\\"])),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_text_never_crashes(capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert _run(text.encode("utf-8", "surrogatepass"), capsys) in (0, 1, 2)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_random_bytes_never_crash(capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    assert _run(data, capsys) in (0, 1, 2)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=len(VALID_DOC) - 1), st.binary(min_size=0, max_size=6),
       st.integers(min_value=0, max_value=8))
def test_mutations_of_a_valid_file_never_crash(capsys: pytest.CaptureFixture[str], at: int, insert: bytes,
                                               delete: int) -> None:
    doc = VALID_DOC[:at] + insert + VALID_DOC[at + delete:]
    assert _run(doc, capsys, "check") in (0, 1, 2)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(yaml_text)
def test_random_structures_never_crash(capsys: pytest.CaptureFixture[str], value: object) -> None:
    import io

    from ruamel.yaml import YAML

    buf = io.StringIO()
    try:
        YAML(typ="safe", pure=True).dump(value, buf)
    except Exception:
        return
    assert _run(buf.getvalue().encode(), capsys, "check") in (0, 1, 2)
