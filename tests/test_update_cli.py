"""`policylabel update DOC.yaml NEW.txt`: history kept, text installed, quotes re-anchored, YAML edited in place."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


QUOTE = "We collect your name and email address when you create an account."
REWORDED = "We collect your full name and email address when you create an account."


@pytest.mark.parametrize("written", [
    f"      - {QUOTE}  # a comment after the quote",
    f"      - '{QUOTE}'",
    f'      - "{QUOTE}"',
    "      - We collect your name and email address\n        when you create an account.",
    f"      - >-\n        {QUOTE}\n\n  # a comment between claims",
    f"      - |-\n        {QUOTE}",
    f"    evidence: [\"{QUOTE}\"]",
])
def test_every_scalar_style_is_rewritten_in_place(acme: Path, tmp_path: Path, capsys, written: str) -> None:
    yaml_path = acme / "policy.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    if written.startswith("    evidence:"):
        text = text.replace(f"    evidence:\n      - {QUOTE}", written)
    else:
        text = text.replace(f"      - {QUOTE}", written)
    assert written in text
    yaml_path.write_text(text, encoding="utf-8")
    new = _new(tmp_path, OLD.replace(QUOTE, REWORDED))
    code, out, err = _run(capsys, "update", str(yaml_path), str(new), "--date", "2025-01-01", "--format", "json")
    assert code == 1, out + err
    assert json.loads(out)["quotes"][0]["status"] == "reworded"
    after = yaml_path.read_text(encoding="utf-8")
    assert "# a comment" in after if "# a comment" in written else True
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(after)
    assert data["claims"][0]["evidence"] == [REWORDED] and data["claims"][0]["review"] == "proposed"
    assert data["claims"][1]["evidence"] == ["We do not sell your personal information."]
    # Every line that is not the quote, the hash or an addition is kept.
    removed = [line for line in text.splitlines() if line not in after.splitlines()]
    assert all("sha256" in line or "collect your" in line or "create an account" in line for line in removed), removed


def test_a_history_folder_leading_out_of_the_vendor_folder_is_refused(acme: Path, tmp_path: Path, capsys) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, acme / "history")
    before = _snapshot(acme)
    code, out, _ = _run(capsys, "update", str(acme / "policy.yaml"), str(_new(tmp_path, OLD + "More.\n")),
                        "--date", "2025-01-01")
    assert code == 2 and "update-refused" in out
    assert list(outside.iterdir()) == [] and _snapshot(acme) == before


_WORDS = st.sampled_from(["We", "never", "sell", "share", "your", "data", "full", "name", "email", "account",
                          "partners", "13", "children", "\n", "\r\n", ".", "“quoted”", "é", "- ", "1. "])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(["replace", "insert", "delete"]), st.integers(0, 400),
                                st.lists(_WORDS, max_size=4)), max_size=6))
def test_random_edits_never_fail_and_leave_a_valid_document(edits, capsys) -> None:
    import tempfile

    from policylabel.evidence import SourceText
    from policylabel.validate import discover, validate

    text = OLD
    for op, at, words in edits:
        at = min(at, len(text))
        piece = " ".join(words)
        if op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + len(piece) + 3:]
        else:
            end = text.find(" ", at + 1)
            text = text[:at] + piece + (text[end:] if end >= 0 else "")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vendors" / "acme"
        shutil.copytree(DATA / "valid" / "acme", folder)
        new = Path(tmp) / "new.txt"
        new.write_bytes(text.encode("utf-8"))
        code, out, err = _run(capsys, "update", str(folder / "policy.yaml"), str(new), "--date", "2025-01-01",
                              "--format", "json")
        assert code in (0, 1), out + err
        report = json.loads(out)
        targets, _ = discover([folder.parent])
        validation = validate(targets)
        assert not [d for d in validation.diagnostics if d.is_error]
        installed = SourceText.from_file(folder / "policy.txt")
        assert installed.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
        for q in report["quotes"]:
            if q["status"] != "removed":
                assert installed.locate(q["new"]), q
        assert not [p for p in folder.rglob(".update-*")]
