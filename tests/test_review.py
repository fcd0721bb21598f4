"""`review: proposed`: a warning for `check`, an error for `check --strict`, `build` and `export`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from policylabel.cli import main
from testpaths import DATA


def _acme(tmp_path: Path, marker_after: str) -> Path:
    """The valid acme vendor with `review: proposed` inserted after the first line containing ``marker_after``."""
    vendors = tmp_path / "vendors"
    shutil.copytree(DATA / "valid", vendors)
    policy = vendors / "acme" / "policy.yaml"
    lines = policy.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if marker_after in line)
    indent = len(lines[at]) - len(lines[at].lstrip(" -"))
    lines.insert(at + 1, " " * indent + "review: proposed\n")
    policy.write_text("".join(lines), encoding="utf-8")
    return vendors


def _codes(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict]]:
    code = main([*argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["diagnostics"]


@pytest.mark.parametrize("marker_after", ["practice: sale", "reason: heading"])
def test_check_warns_at_the_marker(tmp_path: Path, capsys: pytest.CaptureFixture[str], marker_after: str) -> None:
    vendors = _acme(tmp_path, marker_after)
    code, diags = _codes(capsys, "check", str(vendors))
    proposed = [d for d in diags if d["code"] == "review-proposed"]
    assert code == 0
    assert len(proposed) == 1 and proposed[0]["severity"] == "warning"
    policy = (vendors / "acme" / "policy.yaml").read_text(encoding="utf-8").splitlines()
    assert policy[proposed[0]["line"] - 1].strip() == "review: proposed"
    assert proposed[0]["column"] == policy[proposed[0]["line"] - 1].index("review") + 1


def test_strict_check_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _acme(tmp_path, "practice: sale")
    code, diags = _codes(capsys, "check", "--strict", str(vendors))
    assert code == 1
    assert [d["severity"] for d in diags if d["code"] == "review-proposed"] == ["error"]


def test_build_does_not_publish_a_proposed_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _acme(tmp_path, "practice: sale")
    out = tmp_path / "site"
    code, diags = _codes(capsys, "build", str(vendors), "--out", str(out))
    assert code == 1
    assert any(d["code"] == "review-proposed" and d["severity"] == "error" for d in diags)
    assert not (out / "acme" / "policy").exists()


def test_export_refuses_a_proposed_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _acme(tmp_path, "practice: sale")
    assert main(["export", str(vendors), "--format", "jsonld", "--out", str(tmp_path / "out")]) == 1
    assert "review-proposed" in capsys.readouterr().err


def test_unknown_review_state_is_a_schema_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _acme(tmp_path, "practice: sale")
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("review: proposed", "review: done"), encoding="utf-8")
    code, diags = _codes(capsys, "validate", str(vendors))
    assert code == 1 and any(d["pointer"] == "/claims/1/review" for d in diags)
