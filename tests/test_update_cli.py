"""`policylabel update DOC.yaml NEW.txt`: history kept, text installed, quotes re-anchored, YAML edited in place."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from policylabel.cli import main
from testpaths import DATA

OLD = (DATA / "valid" / "acme" / "policy.txt").read_text(encoding="utf-8")


@pytest.fixture
def acme(tmp_path: Path) -> Path:
    folder = tmp_path / "vendors" / "acme"
    shutil.copytree(DATA / "valid" / "acme", folder)
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _new(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "new.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_identical_text_changes_no_byte(acme: Path, tmp_path: Path, capsys) -> None:
    before = _snapshot(acme)
    code, out, _ = _run(capsys, "update", str(acme / "policy.yaml"), str(_new(tmp_path, OLD)), "--date", "2025-01-01")
    assert code == 0 and "identical" in out
    assert _snapshot(acme) == before


def test_whitespace_only_change_keeps_every_quote(acme: Path, tmp_path: Path, capsys) -> None:
    reflowed = "  " + OLD.replace("\n", "\r\n").replace(" and email", "\n   and  email")
    new = _new(tmp_path, reflowed)
    code, out, _ = _run(capsys, "update", str(acme / "policy.yaml"), str(new), "--date", "2025-01-01",
                        "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert {q["status"] for q in report["quotes"]} == {"unchanged"}
    assert report["sentences"] == {"added": [], "removed": []}
    # The new text is installed byte for byte, the old one kept, and check is clean again.
    assert (acme / "policy.txt").read_bytes() == new.read_bytes()
    assert (acme / "history" / "policy" / "2024-03-03.txt").read_text(encoding="utf-8") == OLD
    assert "review:" not in (acme / "policy.yaml").read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(acme.parent), "--format", "json")
    assert code == 0, out


def test_reworded_and_removed_quotes_are_marked_for_review(acme: Path, tmp_path: Path, capsys) -> None:
    new_text = (OLD.replace("We collect your name and email address", "We collect your full name and email address")
                .replace("We do not sell your personal information.\n", "")
                + "We may update this policy.\n")
    yaml_path = acme / "policy.yaml"
    before = yaml_path.read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "update", str(yaml_path), str(_new(tmp_path, new_text)), "--date", "2025-01-01",
                        "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"version", "document", "quotes", "sentences"}
    assert report["version"] == 1 and report["document"] == "acme/policy"
    by_old = {q["old"]: q for q in report["quotes"]}
    assert all(set(q) == {"claim", "old", "new", "status"} for q in report["quotes"])
    reworded = by_old["We collect your name and email address when you create an account."]
    assert reworded == {"claim": "collection[1]", "old": reworded["old"], "status": "reworded",
                        "new": "We collect your full name and email address when you create an account."}
    assert by_old["We do not sell your personal information."] == {
        "claim": "sale[1]", "old": "We do not sell your personal information.", "new": None, "status": "removed"}
    assert report["sentences"]["added"] == [
        "We collect your full name and email address when you create an account.", "We may update this policy."]
    assert "We do not sell your personal information." in report["sentences"]["removed"]

    after = yaml_path.read_text(encoding="utf-8")
    new_sha = hashlib.sha256(new_text.encode()).hexdigest()
    old_sha = hashlib.sha256(OLD.encode()).hexdigest()
    assert f"  sha256: {new_sha}\n  captured: \"2025-01-01\"\n  versions:\n    - date: \"2024-03-03\"\n" \
           f"      sha256: {old_sha}\n      file: \"history/policy/2024-03-03.txt\"\n" in after
    assert "      - We collect your full name and email address when you create an account.\n" in after
    assert after.count("    review: proposed\n") == 2  # the two claims; the others are untouched
    # Only additions and the changed lines: every other line of the file is kept, comments included.
    old_lines = before.splitlines()
    kept = [line for line in after.splitlines() if line in old_lines]
    assert len(kept) == len(old_lines) - 2  # the hash line and the reworded quote line
    code, out, _ = _run(capsys, "check", str(acme.parent))
    assert code == 1 and "review-proposed" in out and "quote-not-found" in out


def test_a_second_update_lists_versions_newest_first(acme: Path, tmp_path: Path, capsys) -> None:
    second = OLD + "We may update this policy.\n"
    third = second + "Questions are welcome.\n"
    yaml_path = acme / "policy.yaml"
    assert _run(capsys, "update", str(yaml_path), str(_new(tmp_path, second)), "--date", "2025-01-01")[0] == 0
    assert _run(capsys, "update", str(yaml_path), str(_new(tmp_path, third)), "--date", "2025-06-01")[0] == 0
    text = yaml_path.read_text(encoding="utf-8")
    assert text.index('date: "2025-01-01"') < text.index('date: "2024-03-03"')
    assert 'captured: "2025-06-01"' in text and text.count("captured:") == 1
    assert (acme / "history" / "policy" / "2025-01-01.txt").read_text(encoding="utf-8") == second
    code, out, _ = _run(capsys, "check", str(acme.parent), "--format", "json")
    assert code == 0, out


def test_line_endings_mode_and_symlink_are_kept(acme: Path, tmp_path: Path, capsys) -> None:
    real = acme / "policy.real.yaml"
    yaml_path = acme / "policy.yaml"
    real.write_bytes(yaml_path.read_bytes().replace(b"\n", b"\r\n"))
    yaml_path.unlink()
    os.symlink("policy.real.yaml", yaml_path)
    real.chmod(0o640)
    code, out, err = _run(capsys, "update", str(yaml_path), str(_new(tmp_path, OLD + "New sentence here.\n")),
                          "--date", "2025-01-01")
    assert code == 0, out + err
    assert yaml_path.is_symlink()
    data = real.read_bytes()
    assert b"captured" in data and data.count(b"\n") == data.count(b"\r\n")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


@pytest.mark.parametrize("problem", ["missing", "device", "encoding", "date", "folder"])
def test_usage_and_io_errors_exit_2_and_write_nothing(acme: Path, tmp_path: Path, capsys, problem: str) -> None:
    before = _snapshot(acme)
    new = str(_new(tmp_path, OLD + "More.\n"))
    args = ["update", str(acme / "policy.yaml"), new]
    if problem == "missing":
        args[2] = str(tmp_path / "nope.txt")
    elif problem == "device":
        args[2] = "/dev/zero"
    elif problem == "encoding":
        args[2] = str(_new(tmp_path, b"ok line\n\xff\xfe bad\n"))
    elif problem == "date":
        args += ["--date", "2025-02-30"]
    else:
        args[2] = str(tmp_path)
    code, out, err = _run(capsys, *args)
    assert code == 2
    assert "Traceback" not in out + err and "error[" in out + err
    if problem == "encoding":
        assert ":2:1: error[encoding]" in out
    assert _snapshot(acme) == before


def test_without_the_recorded_text_nothing_is_done(acme: Path, tmp_path: Path, capsys) -> None:
    (acme / "policy.txt").write_text(OLD + "Edited by hand.\n", encoding="utf-8")
    before = _snapshot(acme)
    code, out, _ = _run(capsys, "update", str(acme / "policy.yaml"), str(_new(tmp_path, OLD + "Other.\n")))
    assert code == 2 and "previous-text-missing" in out
    assert _snapshot(acme) == before


def test_the_recorded_text_is_found_in_a_kept_version(acme: Path, tmp_path: Path, capsys) -> None:
    """A text replaced by hand after an update: the recorded version is still in history/."""
    second = OLD + "We may update this policy.\n"
    yaml_path = acme / "policy.yaml"
    assert _run(capsys, "update", str(yaml_path), str(_new(tmp_path, second)), "--date", "2025-01-01")[0] == 0
    assert _run(capsys, "update", str(yaml_path), str(_new(tmp_path, OLD)), "--date", "2025-02-01")[0] == 0
    shutil.copy(acme / "history" / "policy" / "2025-01-01.txt", tmp_path / "again.txt")
    (acme / "policy.txt").write_text("overwritten by hand\n", encoding="utf-8")
    code, out, _ = _run(capsys, "update", str(yaml_path), str(tmp_path / "again.txt"), "--date", "2025-03-01")
    assert code == 0, out
    assert (acme / "policy.txt").read_text(encoding="utf-8") == second
