"""The validate command: messages, hints, output formats, exit codes, limits, scaffolding, --changed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policylabel.cli import main
from policylabel.load import MAX_BYTES
from testpaths import DATA, REPO


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_valid_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", str(DATA / "valid"))
    assert code == 0
    assert "0 errors" in out


def test_unknown_term_suggests_closest(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", str(DATA / "invalid" / "unknown-term"))
    assert code == 1
    assert "policy.yaml:14:18: error[unknown-term]: 'emial-address' is not a term of the 'data-categories'" in out
    assert "did you mean 'email-address'" in out


def test_missing_key_says_what_it_is_for(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", str(DATA / "invalid" / "missing-key"))
    assert code == 1
    assert "missing required key 'summary'" in out
    assert "hint: 'summary': One plain sentence" in out


def test_unknown_key_suggests_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "validate", str(DATA / "invalid" / "unknown-key"))
    assert "unknown key 'sumary'" in out and "did you mean 'summary'" in out


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", "--format", "json", str(DATA / "invalid" / "unknown-term"))
    assert code == 1
    payload = json.loads(out)
    assert payload["version"] == 1
    (d,) = payload["diagnostics"]
    assert {k: d[k] for k in ("severity", "code", "line", "column", "pointer")} == {
        "severity": "error", "code": "unknown-term", "line": 14, "column": 18, "pointer": "/claims/0/data/1"}
    assert d["file"].endswith("unknown-term/acme/policy.yaml") and not d["file"].startswith("/")
    assert d["hint"] and d["related"] == []
    assert isinstance(payload["documents"], list)


def test_github_format(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "validate", "--format", "github", str(DATA / "invalid" / "wrong-type"))
    line = out.strip().splitlines()[0]
    assert line.startswith("::error file=") and ",line=4,col=8," in line


def test_github_format_is_default_on_actions(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out = run(capsys, "validate", str(DATA / "invalid" / "wrong-type"))
    assert out.startswith("::error ")


def test_missing_path_is_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = run(capsys, "validate", str(tmp_path / "nope"))
    assert code == 2 and "no such file" in out


def test_bad_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "xml"]) == 2


def test_file_over_one_mebibyte(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copytree(DATA / "valid" / "acme", tmp_path / "acme")
    doc = tmp_path / "acme" / "policy.yaml"
    doc.write_bytes(doc.read_bytes() + b"#" * MAX_BYTES)
    code, out = run(capsys, "validate", str(tmp_path))
    assert code == 1 and "error[file-too-large]" in out


def test_single_file_argument(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(capsys, "validate", str(DATA / "valid" / "acme" / "policy.yaml"))
    assert code == 0


def test_new_scaffolds_a_valid_vendor(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    vendors = tmp_path / "vendors"
    src = tmp_path / "privacy.txt"
    src.write_text("We collect your email address.\n", encoding="utf-8")
    code, out = run(capsys, "new", "new-co", "--document", "privacy-policy", "--source", str(src),
                    "--vendors", str(vendors))
    assert code == 0 and "created" in out
    assert (vendors / "new-co" / "privacy-policy.txt").read_bytes() == src.read_bytes()
    code, out = run(capsys, "validate", str(vendors))
    assert code == 0, out
    code, out = run(capsys, "new", "new-co", "--document", "privacy-policy", "--source", str(src),
                    "--vendors", str(vendors))
    assert code == 2 and "already exists" in out


def test_changed_limits_to_touched_vendors(tmp_path: Path) -> None:
    vendors = tmp_path / "vendors"
    for name in ("one", "two"):
        shutil.copytree(DATA / "valid" / "acme", vendors / name)
        for f in (vendors / name).glob("vendor.yaml"):
            f.write_text(f.read_text().replace("id: acme", f"id: {name}"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=tmp_path, check=True)
    doc = vendors / "two" / "policy.yaml"
    doc.write_text(doc.read_text().replace("title: Acme Privacy Policy", "title: 7\ntitle: dup"))
    cmd = [sys.executable, "-m", "policylabel", "validate", "--format", "json", "--changed", "HEAD", "vendors"]
    env = {"PYTHONPATH": str(REPO / "generators"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env)
    payload = json.loads(proc.stdout)
    files = {d["file"] for d in payload["diagnostics"]}
    assert proc.returncode == 1 and files == {"vendors/two/policy.yaml"}
    bad = subprocess.run([*cmd[:-2], "no-such-rev", "vendors"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert bad.returncode == 2


def test_parallel_validation_gives_the_serial_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many vendor folders are validated in forked workers: same diagnostics, model and positions, same order."""
    from policylabel import validate as validate_module

    inputs = [REPO / "vendors", DATA / "invalid"]
    targets, _ = validate_module.discover(inputs)
    serial = validate_module.validate(targets)
    monkeypatch.setattr(validate_module, "PARALLEL_MIN_DOCUMENTS", 0)
    parallel = validate_module.validate(targets)
    assert parallel.diagnostics == serial.diagnostics and parallel.diagnostics
    assert parallel.vendors == serial.vendors
    assert {str(k): (v.data, v.values) for k, v in parallel.loaded.items()} == \
        {str(k): (v.data, v.values) for k, v in serial.loaded.items()}
    assert parallel.partial == serial.partial
