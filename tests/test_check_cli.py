"""`policylabel check`: exit codes and the JSON report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylabel.cli import main
from test_claim_checks import TEXT, claim, doc, make_vendor

Q = "We do not sell your personal information."


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_exit_0_with_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", [Q])))
    code, out = _json(capsys, str(y.parent))
    assert code == 0
    assert {d["code"] for d in out["diagnostics"]} == {"unreviewed"}
    [entry] = out["documents"]
    assert entry["vendor"] == "example" and entry["document"] == "privacy-policy"
    assert entry["claims"] == 1 and entry["quotes"] == 1
    assert 0 < entry["coverage"] < 1 and entry["unreviewed"] == [1, 3, 6, 7, 8, 9]
    assert main(["check", "--strict", str(y.parent)]) == 1


def test_exit_1_on_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We never sell anything to anyone at all."])))
    code, out = _json(capsys, str(y))
    assert code == 1 and out["documents"][0]["errors"] == 1


def test_exit_2_on_usage_or_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert main(["check", "--bogus"]) == 2
    capsys.readouterr()


def test_findings_curated_and_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ("Privacy\n\nWe do not sell your personal information.\n"
            "You can opt out of the sale of your personal information at any time.\n")
    q2 = "You can opt out of the sale of your personal information at any time."
    tail = (f"findings:\n  - kind: contradiction\n    message: The policy denies selling but offers an opt-out.\n"
            f"    evidence:\n      - {Q!r}\n      - {q2!r}\n")
    y = make_vendor(tmp_path, text, doc(claim("sale", "denied", [Q]), tail=tail))
    code, out = _json(capsys, str(y.parent))
    assert code == 0
    findings = out["documents"][0]["findings"]
    assert [f["origin"] for f in findings] == ["curated", "detected"]
    assert findings[1]["status"] == "acknowledged"
    for f in findings:
        assert [(loc["line"], loc["column"]) for loc in f["locations"]] == [(3, 1), (4, 1)]
        assert all(loc["file"].endswith("privacy-policy.txt") and loc["quote"] for loc in f["locations"])


def test_real_vendors_check_clean(capsys: pytest.CaptureFixture[str]) -> None:
    vendors = Path(__file__).resolve().parent.parent / "vendors"
    code, out = _json(capsys, str(vendors))
    assert code == 0
    assert {f"{d['vendor']}/{d['document']}" for d in out["documents"]} >= {"kandji/privacy-policy"}
