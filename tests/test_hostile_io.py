"""Hostile input at the edges (issue 13): every file read is bounded, every value that reaches git, a
terminal or the schemas is checked, every environment error is a located exit-2 message.

One regression test per row; the ones that used to crash the process (a segmentation fault) or grow its
memory without bound run the CLI in a subprocess, under a memory limit, with generous time ceilings.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policylabel.cli import main
from policylabel.diagnostics import error, format_github, format_json, format_text, terminal_safe
from policylabel.evidence import SourceText
from policylabel.load import MAX_SOURCE_BYTES, load_yaml
from policylabel.rehash import rehash
from test_claim_checks import TEXT, claim, doc, make_vendor
from testpaths import DATA, REPO

CEILING = 60  # seconds: a hang regression, never a speed figure
MEMORY = 1 << 30  # bytes of address space for a CLI run: an unbounded read would hit it
_SECRET = "s3cret-line-that-must-not-be-printed"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process (a crash or a runaway read cannot take the test run with it)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "generators"), os.environ.get("PYTHONPATH", "")]))
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "policylabel", *map(str, args)], capture_output=True, text=True,
                          timeout=CEILING, cwd=cwd, env=env, preexec_fn=_limit_memory)


def assert_clean_failure(run: subprocess.CompletedProcess[str], code: int, *needles: str) -> None:
    out = run.stdout + run.stderr
    assert run.returncode == code, out
    assert "Traceback" not in out and "internal error" not in out, out
    for needle in needles:
        assert needle in out, out


def vendor_folder(root: Path) -> Path:
    """``root/vendors`` holding a copy of the valid sample vendor ``acme``."""
    vendors = root / "vendors"
    shutil.copytree(DATA / "valid" / "acme", vendors / "acme")
    return vendors


# ---------------------------------------------------------------- row 6: runs of "!" in a YAML file

def test_row6_a_run_of_exclamation_marks_is_linear(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    (vendors / "acme" / "bangs.yaml").write_text("title: " + "!" * 200_000 + "\n", encoding="utf-8")
    run = cli("validate", vendors)
    assert_clean_failure(run, 1, "bangs.yaml:1:1: error[schema.required]")


# ---------------------------------------------------------------- row 7: deep nesting (segmentation fault)

@pytest.mark.parametrize("body", [
    "x: " + "[" * 50_000 + "]" * 50_000,
    "[" * 100_000,
    "{a: " * 50_000,
    "- " * 300_000 + "x",
    "".join(" " * i + "k:\n" for i in range(1200)),
], ids=["flow-sequences", "unclosed", "flow-mappings", "block-sequences", "block-mappings"])
def test_row7_deep_nesting_is_a_located_error_not_a_crash(tmp_path: Path, body: str) -> None:
    vendors = vendor_folder(tmp_path)
    (vendors / "acme" / "deep.yaml").write_text(body + "\n", encoding="utf-8")
    run = cli("validate", vendors)
    assert_clean_failure(run, 1, "deep.yaml:", "error[yaml-too-deep]")
    assert "deep.yaml:0:0" not in run.stdout


def test_row7_nesting_within_the_limit_still_loads(tmp_path: Path) -> None:
    # 60 levels of brackets below the root mapping: above the cheap bound, so the event scan runs, and allowed.
    p = tmp_path / "ok.yaml"
    p.write_text("x: " + "[" * 60 + "1" + "]" * 60 + "\n", encoding="utf-8")
    loaded, diags = load_yaml(p)
    assert diags == [] and loaded is not None
    value = loaded.data["x"]
    for _ in range(60):
        value = value[0]
    assert value == 1


def test_row7_many_shallow_flow_lists_take_the_event_scan_and_pass(tmp_path: Path) -> None:
    p = tmp_path / "wide.yaml"
    p.write_text("".join(f"k{i}: [a, [b, c]]\n" for i in range(300)), encoding="utf-8")
    loaded, diags = load_yaml(p)
    assert diags == [] and loaded is not None and loaded.data["k299"] == ["a", ["b", "c"]]


# ---------------------------------------------------------------- row 8: devices, FIFOs, endless files

def test_row8_yaml_symlink_to_dev_zero_is_refused_unread(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    (vendors / "acme" / "zero.yaml").symlink_to("/dev/zero")
    assert_clean_failure(cli("validate", vendors), 1, "zero.yaml:0:0: error[yaml-outside]")


def test_row8_a_fifo_yaml_inside_the_folder_is_refused_without_waiting(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    os.mkfifo(vendors / "acme" / "pipe.yaml")
    assert_clean_failure(cli("validate", vendors), 1, "error[not-a-file]", "named pipe (FIFO)")


def test_row8_a_symlink_to_a_device_inside_the_folder_is_refused(tmp_path: Path) -> None:
    # A symlink that stays inside the folder but names a FIFO: the kind is checked on the opened file.
    vendors = vendor_folder(tmp_path)
    os.mkfifo(vendors / "acme" / "pipe")
    (vendors / "acme" / "linked.yaml").symlink_to("pipe")
    assert_clean_failure(cli("validate", vendors), 1, "linked.yaml:0:0: error[not-a-file]")


@pytest.mark.parametrize("command", [["scan"], ["new", "acme", "--document", "p", "--source"]],
                         ids=["scan", "new"])
@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_row8_scan_and_new_refuse_what_is_not_a_regular_file(tmp_path: Path, command: list[str],
                                                            special: str) -> None:
    target = Path(special) if special.startswith("/") else tmp_path / special
    if special == "fifo":
        os.mkfifo(target)
    elif special == "folder":
        target.mkdir()
    run = cli(*command, target, cwd=tmp_path)
    kind = {"/dev/zero": "a device", "fifo": "a named pipe (FIFO)", "folder": "a folder"}[special]
    assert_clean_failure(run, 2, "error[not-a-file]", f"is {kind}, not a regular file")
    assert not (tmp_path / "vendors").exists()  # new created nothing


def test_row8_a_source_text_over_the_limit_is_refused_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_SOURCE_BYTES + 1)
    assert_clean_failure(cli("scan", big), 2, "error[file-too-large]", "8 MiB")
    assert_clean_failure(cli("new", "acme", "--source", big, cwd=tmp_path), 2, "error[file-too-large]")


def test_row8_a_source_text_that_is_a_fifo_is_reported_by_check(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We do not sell your personal information."])))
    txt = y.with_suffix(".txt")
    txt.unlink()
    os.mkfifo(txt)
    run = cli("check", y.parent)
    assert_clean_failure(run, 1, "error[source-not-a-file]", "is a named pipe (FIFO), not a regular file")
    assert "does not exist" not in run.stdout


# ---------------------------------------------------------------- row 9: YAML symlinks leaving the folder

@pytest.mark.parametrize("command", ["validate", "build"])
def test_row9_yaml_symlink_outside_the_vendor_folder_is_neither_printed_nor_built(tmp_path: Path,
                                                                                command: str) -> None:
    vendors = vendor_folder(tmp_path)
    outside = tmp_path / "outside.yaml"
    outside.write_text(f"{_SECRET}: [\n", encoding="utf-8")  # a syntax error would quote the line
    (vendors / "acme" / "leak.yaml").symlink_to(outside)
    args = ["--out", tmp_path / "site"] if command == "build" else []
    run = cli(command, vendors, *args)
    assert_clean_failure(run, 1, "leak.yaml:0:0: error[yaml-outside]")
    assert _SECRET not in run.stdout + run.stderr


def test_row9_a_valid_yaml_outside_is_not_published(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    shutil.copy(DATA / "valid" / "acme" / "policy.yaml", tmp_path / "elsewhere" / "copy.yaml")
    (vendors / "acme" / "copy.yaml").symlink_to(tmp_path / "elsewhere" / "copy.yaml")
    run = cli("build", vendors, "--out", tmp_path / "site")
    assert_clean_failure(run, 1, "error[yaml-outside]")
    site = tmp_path / "site"
    published = [p for p in site.rglob("*") if "copy" in p.name] if site.exists() else []
    assert published == []


# ---------------------------------------------------------------- row 10: --changed never becomes a git option

def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=repo, check=True,
                   capture_output=True, timeout=CEILING)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for --changed")
def test_row10_changed_values_never_reach_git_as_options(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "base")
    out = tmp_path / "written-by-git"
    for value in (f"--output={out}", "-p", "--no-index", "HEAD --output=x", "no-such-revision"):
        run = cli("validate", f"--changed={value}", "vendors", cwd=tmp_path)
        assert_clean_failure(run, 2, "error[usage]", "--changed")
    assert not out.exists()
    (vendors / "acme" / "vendor.yaml").write_text("id: acme\n", encoding="utf-8")  # now invalid
    run = cli("validate", "--changed=HEAD", "vendors", cwd=tmp_path)
    assert_clean_failure(run, 1, "vendor.yaml:1:1: error[schema.required]")


# ---------------------------------------------------------------- row 11: control characters in text fields

@pytest.mark.parametrize("escape", ["\\x01", "\\0", "\\x1b", "\\e", "\\x7f", "\\x9b", "\\r", "\\uffff"])
def test_row11_control_characters_in_text_fields_are_refused(tmp_path: Path, escape: str) -> None:
    vendors = vendor_folder(tmp_path)
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "title: Acme Privacy Policy", f'title: "Acme{escape}Privacy Policy"', 1), encoding="utf-8")
    vendor = vendors / "acme" / "vendor.yaml"
    vendor.write_text(vendor.read_text(encoding="utf-8").replace("name: Acme", f'name: "Ac{escape}me"', 1),
                      encoding="utf-8")
    assert main(["validate", str(vendors)]) == 1
    run = cli("build", vendors, "--out", tmp_path / "site")
    assert_clean_failure(run, 1, "policy.yaml:4:8: error[control-character]", "vendor.yaml:3:7: error[control-character]")


@pytest.mark.parametrize("where", ['name: "Acme\\ud800"', '"\\udfff": x'], ids=["value", "key"])
def test_row11_a_lone_surrogate_is_a_located_error(tmp_path: Path, where: str) -> None:
    vendors = vendor_folder(tmp_path)
    vendor = vendors / "acme" / "vendor.yaml"
    vendor.write_text(vendor.read_text(encoding="utf-8").replace("name: Acme", where + ("\nname: Acme" if
                      where.startswith('"') else ""), 1), encoding="utf-8")
    run = cli("validate", vendors)
    assert_clean_failure(run, 1, "vendor.yaml:3:")
    # The C parser refuses the escape itself (a syntax error); the pure-Python one decodes it, and the
    # loader refuses the character.
    assert "error[invalid-character]" in run.stdout or "error[yaml-syntax]" in run.stdout, run.stdout


def test_row11_tab_and_line_break_stay_allowed(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "title: Acme Privacy Policy", 'title: "Acme\\tPrivacy\\nPolicy"', 1), encoding="utf-8")
    assert main(["validate", str(vendors)]) == 0


def test_row11_and_row15_a_final_newline_does_not_make_an_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = vendor_folder(tmp_path)
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "  - practice: sale\n", '  - id: "sale\\n"\n    practice: sale\n', 1), encoding="utf-8")
    assert main(["validate", str(vendors)]) == 1
    assert "error[schema.pattern]" in capsys.readouterr().out


# ---------------------------------------------------------------- row 12: terminal control sequences in output

HOSTILE = ("We do not sell your personal information.\x1b]0;owned\x07 We sell your personal information to "
           "advertisers.\x1b[2J\r0 errors, 0 warnings\x9b31m\n")


def test_row12_scan_escapes_control_characters(tmp_path: Path) -> None:
    p = tmp_path / "hostile.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    for fmt in ("text", "json"):
        run = cli("scan", p, "--format", fmt)
        assert run.returncode == 0, run.stderr
        assert not any(c in run.stdout for c in "\x1b\x07\r\x9b"), repr(run.stdout)
        assert "contradiction" in run.stdout


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_row12_check_escapes_control_characters(tmp_path: Path, fmt: str) -> None:
    y = make_vendor(tmp_path, HOSTILE, doc(claim("sale", "denied", ["We do not sell your personal information."])))
    run = cli("check", y.parent, "--format", fmt)
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr
    assert not any(c in run.stdout for c in "\x1b\x07\r\x9b"), repr(run.stdout)
    assert "unreviewed" in run.stdout or "contradiction" in run.stdout


def test_row12_formatters_keep_one_line_per_field() -> None:
    d = error("x", "a\x1b]0;t\x07\nfake: error\r0 errors", "f\x1b.yaml", 1, 2, hint="h\x9b")
    text = format_text([d])
    assert text.count("\n") == 3 and "\\x1b]0;t\\x07\\x0afake" in text and "f\\x1b.yaml:1:2" in text
    github = format_github([d])
    assert github.count("\n") == 1 and "%0Ah\\x9b" in github and "\x1b" not in github
    assert not any(c in format_json([d]) for c in "\x1b\x07\r\x9b")
    assert terminal_safe("a\tb\nc", keep_newlines=True) == "a\\x09b\nc"


# ---------------------------------------------------------------- row 15: ids are matched in full

@pytest.mark.parametrize("args", [["evil\n"], ["acme", "--document", "doc\n", "--source", "p.txt"],
                                  ["evil\n", "--document", "doc", "--source", "p.txt"]])
def test_row15_new_refuses_an_id_with_a_final_newline(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    run = cli("new", *args, cwd=tmp_path)
    assert_clean_failure(run, 2, "error[usage]", "is not a valid")
    assert not (tmp_path / "vendors").exists()


# ---------------------------------------------------------------- row 16: rehash keeps everything but the hash

BODY = "# a comment\n" + doc(claim("sale", "denied", ["We do not sell your personal information."]))


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_row16_rehash_keeps_line_endings_bom_and_mode(tmp_path: Path, newline: str) -> None:
    y = make_vendor(tmp_path, TEXT, BODY, sha="0" * 64)
    before = b"\xef\xbb\xbf" + y.read_bytes().replace(b"\n", newline.encode())
    y.write_bytes(before)
    y.chmod(0o644)
    old_umask = os.umask(0o077)
    try:
        diags, message = rehash(y)
    finally:
        os.umask(old_umask)
    assert not [d for d in diags if d.is_error] and "recorded sha256" in message
    new = hashlib.sha256(TEXT.encode()).hexdigest()
    assert y.read_bytes() == before.replace(b"0" * 64, new.encode())
    assert stat.S_IMODE(y.stat().st_mode) == 0o644


def test_row16_rehash_writes_through_a_symlink_inside_the_folder(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, BODY, sha="0" * 64)
    real = y.parent / "drafts" / "privacy-policy.yaml"
    real.parent.mkdir()
    y.rename(real)
    y.symlink_to(Path("drafts") / "privacy-policy.yaml")
    diags, message = rehash(y)
    assert not [d for d in diags if d.is_error] and "recorded sha256" in message
    assert y.is_symlink() and os.readlink(y) == os.path.join("drafts", "privacy-policy.yaml")
    assert hashlib.sha256(TEXT.encode()).hexdigest() in real.read_text(encoding="utf-8")


def test_row16_rehash_refuses_a_symlink_leaving_the_folder(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, BODY, sha="0" * 64)
    outside = tmp_path / "outside.yaml"
    y.rename(outside)
    y.symlink_to(outside)
    before = outside.read_bytes()
    diags, message = rehash(y)
    assert message == "" and "yaml-outside" in {d.code for d in diags}
    assert outside.read_bytes() == before


# ---------------------------------------------------------------- row 18: huge integers

def test_row18_a_huge_integer_is_a_located_error(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "title: Acme Privacy Policy", "title: " + "7" * 5000, 1), encoding="utf-8")
    assert_clean_failure(cli("validate", vendors), 1, "policy.yaml:4:8: error[number-too-large]")


# ---------------------------------------------------------------- row 19: environment errors, exit 2

def test_row19_validate_dev_zero(tmp_path: Path) -> None:
    assert_clean_failure(cli("validate", "/dev/zero"), 2, "error[io]", "a device")


def test_row19_new_with_vendors_a_file(tmp_path: Path) -> None:
    (tmp_path / "FILE").write_text("x", encoding="utf-8")
    assert_clean_failure(cli("new", "acme", "--vendors", "FILE", cwd=tmp_path), 2, "FILE:0:0: error[usage]")


def test_row19_export_out_a_file(tmp_path: Path) -> None:
    vendors = vendor_folder(tmp_path)
    (tmp_path / "FILE").write_text("x", encoding="utf-8")
    assert_clean_failure(cli("export", vendors, "--out", tmp_path / "FILE"), 2, "FILE:0:0: error[usage]")
    assert (tmp_path / "FILE").read_text(encoding="utf-8") == "x"


def test_row19_export_below_a_file_is_a_located_io_error(tmp_path: Path) -> None:
    # An environment error the command cannot foresee (here: a path component that is a file; a read-only
    # folder behaves alike for users other than root): exit 2 with the path, not "internal error".
    vendors = vendor_folder(tmp_path)
    (tmp_path / "FILE").write_text("x", encoding="utf-8")
    assert_clean_failure(cli("export", vendors, "--out", tmp_path / "FILE" / "out"), 2, "error[io]", "FILE")


@pytest.mark.parametrize("port", ["70000", "-1", "0", "http"])
def test_row19_serve_refuses_a_port_out_of_range_before_building(tmp_path: Path, port: str) -> None:
    vendors = vendor_folder(tmp_path)
    run = cli("serve", vendors, "--out", tmp_path / "site", f"--port={port}")
    assert_clean_failure(run, 2, "argument --port")
    assert not (tmp_path / "site").exists()


# ---------------------------------------------------------------- also: encoding, FIFOs, joiners, BOM

def test_source_encoding_errors_are_located(tmp_path: Path) -> None:
    text = "We do not sell your personal information.\nSecond line caf\xe9 here.\n"
    y = make_vendor(tmp_path, text, doc(claim("sale", "denied", ["We do not sell your personal information."])))
    y.with_suffix(".txt").write_bytes(text.encode("latin-1"))
    run = cli("check", y.parent)
    assert_clean_failure(run, 1, "privacy-policy.txt:2:16: error[source-unreadable]", "byte 0xe9")
    bom = y.with_suffix(".txt")
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("latin-1"))
    assert_clean_failure(cli("scan", bom), 2, "privacy-policy.txt:2:16: error[encoding]")


def test_a_folder_as_source_is_reported_as_a_folder(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, doc(claim("sale", "denied", ["We do not sell your personal information."])))
    txt = y.with_suffix(".txt")
    txt.unlink()
    txt.mkdir()
    run = cli("validate", y.parent)
    assert_clean_failure(run, 1, "error[source-not-a-file]", "is a folder")


def test_a_zero_width_joiner_inside_a_word_is_not_a_space() -> None:
    source = SourceText("We never sell your per\u200dsonal data. Tap\u200bhere.")
    assert len(source.locate("your personal data")) == 1
    assert source.locate("per sonal") == []
    assert len(source.locate("Tap here")) == 1  # a zero-width space still separates words


def test_export_keeps_the_bom_so_the_source_matches_its_hash(tmp_path: Path) -> None:
    import json

    vendors = vendor_folder(tmp_path)
    txt = vendors / "acme" / "policy.txt"
    raw = b"\xef\xbb\xbf" + txt.read_bytes()
    txt.write_bytes(raw)
    policy = vendors / "acme" / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        hashlib.sha256(raw[3:]).hexdigest(), hashlib.sha256(raw).hexdigest()), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(vendors), "--out", str(out)]) == 0
    [exported] = [p for p in out.rglob("*.txt")]
    assert exported.read_bytes() == raw
    label = json.loads((exported.parent / "label.jsonld").read_text(encoding="utf-8"))
    assert hashlib.sha256(raw).hexdigest() in json.dumps(label)


# ---------------------------------------------------------------- the nesting bound is an upper bound

_YAML_TOKENS = st.sampled_from([
    "[", "]", "{", "}", ",", "- ", "-", "? ", ": ", ":", "a", "b: ", "'", '"', "#", "\\", " ", "  ", "\t", "\n",
    "\r", "\r\n", "\x85", "\u2028", "\u2029", "&a ", "*a", "!t ", "!!str ", "|\n", ">\n", "---\n", "...\n", "%",
])


def _event_depth(text: str) -> int:
    """The deepest collection nesting the pure parser reaches before the end or its first error."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    depth = deepest = 0
    try:
        for event in YAML(typ="safe", pure=True).parse(text):
            name = type(event).__name__
            if name in ("MappingStartEvent", "SequenceStartEvent"):
                depth += 1
                deepest = max(deepest, depth)
            elif name in ("MappingEndEvent", "SequenceEndEvent"):
                depth -= 1
    except YAMLError:
        pass
    return deepest


_YAML_LINES = st.lists(st.tuples(
    st.integers(min_value=0, max_value=14),
    st.sampled_from(["", "- ", "? ", ": ", "- - ", "- ? ", "-\t"]),
    st.sampled_from(["a:", "a: b", "a: [", "{x: [", "- a", "'q", "#c", "]", "}", "a: !t", "a: |", "b"]),
), max_size=25).map(lambda lines: "".join(" " * n + ind + body + "\n" for n, ind, body in lines))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_YAML_TOKENS, max_size=60).map("".join), _YAML_LINES))
@example("b: [b: [b: ")  # a flow sequence's entry "b: ..." is a mapping: two levels per "["
def test_the_cheap_nesting_bound_is_never_below_the_real_depth(text: str) -> None:
    from policylabel.load import _depth_bound

    assert _event_depth(text) <= _depth_bound(text)
