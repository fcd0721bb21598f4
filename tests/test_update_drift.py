"""`check` explains drift with the re-anchoring of `update`, and checks the versions a document lists."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from policylabel.check import check
from policylabel.cli import main
from policylabel.validate import discover, validate
from testpaths import DATA

OLD = (DATA / "valid" / "acme" / "policy.txt").read_text(encoding="utf-8")


def _check(folder: Path):
    targets, _ = discover([folder])
    validation = validate(targets)
    return validation.diagnostics + check(validation).diagnostics


@pytest.fixture
def acme(tmp_path: Path) -> Path:
    folder = tmp_path / "vendors" / "acme"
    shutil.copytree(DATA / "valid" / "acme", folder)
    return folder


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
                    *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_drift_is_explained_from_the_committed_text(acme: Path, capsys) -> None:
    root = acme.parent.parent
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "seed")
    (acme / "policy.txt").write_text(
        OLD.replace("We do not sell your personal information.", "We do not sell any personal information.")
        .replace("Contact us at privacy@acme.example with any questions.\n", ""), encoding="utf-8")
    [d] = [d for d in _check(acme.parent) if d.code == "source-changed"]
    assert "2 quotes unchanged" in d.hint and "1 would be reworded" in d.hint and "1 removed" in d.hint
    assert "policylabel update" in d.hint
    messages = sorted(r.message for r in d.related)
    assert messages == ["would be removed: not found again",
                        'would be reworded to "We do not sell any personal information."']
    # The command the hint gives does what it says.
    code = main(["update", str(acme / "policy.yaml"), str(acme / "policy.txt"), "--date", "2025-01-01"])
    assert code == 1
    assert "We do not sell any personal information." in (acme / "policy.yaml").read_text(encoding="utf-8")
    assert (acme / "history" / "policy" / "2024-03-03.txt").read_text(encoding="utf-8") == OLD
    codes = {d.code for d in _check(acme.parent) if d.is_error}
    assert "source-changed" not in codes


def test_drift_without_the_recorded_text_says_how_to_get_it(acme: Path) -> None:
    (acme / "policy.txt").write_text(OLD + "More text.\n", encoding="utf-8")
    [d] = [d for d in _check(acme.parent) if d.code == "source-changed"]
    assert "not available" in d.hint and "policylabel update" in d.hint


def test_versions_must_exist_and_keep_their_hash(acme: Path, tmp_path: Path, capsys) -> None:
    new = tmp_path / "new.txt"
    new.write_text(OLD + "We may update this policy.\n", encoding="utf-8")
    assert main(["update", str(acme / "policy.yaml"), str(new), "--date", "2025-01-01"]) == 0
    kept = acme / "history" / "policy" / "2024-03-03.txt"
    assert not [d for d in _check(acme.parent) if d.is_error]
    kept.write_text(OLD + "tampered\n", encoding="utf-8")
    [d] = [d for d in _check(acme.parent) if d.is_error]
    assert d.code == "version-changed" and d.pointer == "/source/versions/0/sha256" and d.line > 0
    kept.unlink()
    [d] = [d for d in _check(acme.parent) if d.is_error]
    assert d.code == "version-missing" and d.pointer == "/source/versions/0/file"


def test_a_version_outside_the_vendor_folder_is_refused(acme: Path, tmp_path: Path) -> None:
    (tmp_path / "elsewhere.txt").write_text(OLD, encoding="utf-8")
    yaml_path = acme / "policy.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    import hashlib

    sha = hashlib.sha256(OLD.encode()).hexdigest()
    yaml_path.write_text(text.replace(
        "  sha256:", f'  versions:\n    - date: "2024-01-01"\n      sha256: {sha}\n      file: ../../elsewhere.txt\n'
                     "  sha256:", 1), encoding="utf-8")
    codes = [d.code for d in _check(acme.parent) if d.is_error]
    assert codes == ["version-outside"]
