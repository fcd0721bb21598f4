"""Hostile policy texts: every analysis finishes in time linear in the text (issue 13, rows 1-5, 17, 23).

Each case runs the real command in a child process with a generous ceiling in seconds: a regression to
exponential or quadratic behaviour turns into a timeout, never into a hung test run. Speed figures are in
``tox -e bench`` (tests/bench/bench_hostile.py), not here.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from testpaths import REPO

# Hang regressions only: each case takes a few seconds of CPU when linear, minutes or more before; the
# ceiling leaves room for a loaded machine.
CEILING_S = 60
MB = 1_000_000


def _fill(unit: str, size: int = MB) -> str:
    return unit * max(1, size // len(unit))


# Row -> (text, what the case is about). Sizes are those that hung or took tens of seconds before.
HOSTILE: dict[str, str] = {
    # 1: the "without (your |the |\w+ )* consent" qualifier backtracked exponentially.
    "row1-without-qualifier": "We do not share your data without " + "your " * 30 + "x.\n",
    # 2: "[\w-]+\W+" in the passive-agent pattern: "-" matches both.
    "row2-passive-hyphens": "Your data is collected " + "a-" * 60 + "a!\n",
    # 3: a recipient pattern re-run for every verb of one long line.
    "row3-verb-per-line": "we share marketing " * 2000 + "\n",
    # 4: every denial paired with every affirmation (and grouped again for each).
    "row4-pairs": ("We do not sell your personal information.\n"
                   "We sell your personal information to advertisers.\n") * 2000,
    # 5: e-mail and self-name scans quadratic on long runs; a line with "|" is never split.
    "row5-pipe-line": "|" + "a" * 200_000 + " @\n",
    "row5-at-lines": _fill("|" + "a" * 20_000 + " @\n"),
    "row5-self-name": _fill('"we" ' + "a-" * 2_000 + "a\n"),
}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generators")}
    return subprocess.run([sys.executable, "-m", "policylabel", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=CEILING_S, check=False)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_scan_finishes(tmp_path: Path, case: str) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(HOSTILE[case], encoding="utf-8")
    proc = _run(["scan", "--format", "json", str(path)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["sentences"] >= 1
    assert "Traceback" not in proc.stderr


def _vendor(root: Path, text: str, quotes: list[str]) -> Path:
    folder = root / "example"
    folder.mkdir(parents=True)
    (folder / "vendor.yaml").write_text("id: example\nname: Example\n", encoding="utf-8")
    (folder / "privacy-policy.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    evidence = "".join(f"      - {json.dumps(q)}\n" for q in quotes)
    (folder / "privacy-policy.yaml").write_text(
        f"id: privacy-policy\nkind: privacy-policy\ntitle: Example\nsource:\n  file: privacy-policy.txt\n"
        f"  sha256: {digest}\nclaims:\n  - practice: sale\n    polarity: denied\n    summary: A plain summary.\n"
        f"    evidence:\n{evidence}", encoding="utf-8")
    return folder


def _check(root: Path) -> tuple[int, dict]:
    proc = _run(["check", "--format", "json", str(root)], root)
    assert "Traceback" not in proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize("case", ["row1-without-qualifier", "row2-passive-hyphens", "row3-verb-per-line"])
def test_check_finishes(tmp_path: Path, case: str) -> None:
    text = "We do not sell your personal information.\n" + HOSTILE[case]
    _vendor(tmp_path, text, ["We do not sell your personal information."])
    code, out = _check(tmp_path)
    assert code == 0, out["diagnostics"]
    assert out["documents"][0]["claims"] == 1


def test_many_missing_quotes_in_a_large_text(tmp_path: Path) -> None:
    """Row 17: the did-you-mean search is bounded: 3,000 misses in 1 MB still finish in seconds."""
    text = _fill("Cookies are small text files that a website places on your device when you visit it. ")
    missing = [f"We never share the zebra number {i} with anyone at all." for i in range(3000)]
    _vendor(tmp_path, text, missing)
    code, out = _check(tmp_path)
    assert code == 1
    misses = [d for d in out["diagnostics"] if d["code"] == "quote-not-found"]
    assert len(misses) == 3000
    assert all(d["hint"] for d in misses)


def test_quote_matching_too_many_times_is_an_error(tmp_path: Path) -> None:
    """Row 23: a quote found more than 20 times is an error located at the quote, with a hint; the
    document is not published."""
    root = tmp_path / "vendors"
    _vendor(root, "Privacy\n" + "x y z w " * 60_000 + "\n", ["x y z w"])
    code, out = _check(root)
    assert code == 1
    [diag] = [d for d in out["diagnostics"] if d["code"] == "quote-ambiguous"]
    assert diag["severity"] == "error"
    assert diag["file"].endswith("privacy-policy.yaml") and diag["line"] > 0
    assert "60,000" in diag["message"] and "context" in diag["hint"]
    proc = _run(["build", "--out", str(tmp_path / "site"), str(root)], tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "site" / "example" / "privacy-policy").exists()


def test_quote_matching_twenty_times_passes(tmp_path: Path) -> None:
    sentence = "We do not sell your personal information. "
    _vendor(tmp_path, "Privacy\n" + sentence * 20 + "\n", [sentence.strip()])
    code, out = _check(tmp_path)
    assert not [d for d in out["diagnostics"] if d["code"] == "quote-ambiguous"]
    assert code == 0


# ------------------------------------------------------------------ budgets

def test_long_sentence_is_read_up_to_its_budget_with_a_warning(tmp_path: Path) -> None:
    from policylabel.consistency.detector import analyse
    from policylabel.consistency.findings import SENTENCE_CHARS
    from policylabel.evidence import SourceText

    # Statements are compared clause by clause in a unit this long: the first clause is a sale.
    long_unit = "| we sell your personal information to advertisers; " + "x " * SENTENCE_CHARS + "\n"
    source = SourceText("We do not sell your personal information.\n" + long_unit)
    analysis = analyse(source)
    assert [(n.kind, n.locations[0].span.line) for n in analysis.notices] == [("long-sentence", 2)]
    # What lies within the budget is still read: the sale at the start of the long row is found.
    assert [f.kind for f in analysis.findings] == ["contradiction"]
    path = tmp_path / "policy.txt"
    path.write_text(source.text, encoding="utf-8")
    proc = _run(["scan", str(path)], tmp_path)
    assert f"{path}:2:1: long-sentence: " in proc.stdout


def test_pair_budget_is_a_located_error_in_check(tmp_path: Path) -> None:
    from policylabel.consistency.findings import PAIR_LIMIT

    n = int(PAIR_LIMIT ** 0.5) + 10  # n denials and n affirmations of one practice: n * n comparisons
    text = "Privacy\n" + ("We do not sell your personal information.\n"
                          "We sell your personal information to advertisers.\n") * n
    _vendor(tmp_path, text, ["We do not sell your personal information."])
    code, out = _check(tmp_path)
    assert code == 1
    [limit] = [d for d in out["diagnostics"] if d["code"] == "analysis-limit"]
    assert limit["severity"] == "error" and limit["file"].endswith("privacy-policy.txt") and limit["line"] > 2
    assert f"{PAIR_LIMIT:,}" in limit["message"]


def test_distinct_contact_budget(tmp_path: Path) -> None:
    from policylabel.consistency.detector import analyse
    from policylabel.consistency.findings import VALUE_LIMIT
    from policylabel.evidence import SourceText

    text = "".join(f"Privacy questions: write to privacy{i}@example.com.\n" for i in range(VALUE_LIMIT + 1))
    analysis = analyse(SourceText(text))
    assert [(n.kind, n.locations[0].span.line) for n in analysis.notices] == [("analysis-limit", 1)]
    few = analyse(SourceText(text.split("\n", 3)[0] + "\n" + text.split("\n", 3)[1] + "\n"))
    assert not few.notices and [f.kind for f in few.findings] == ["inconsistent-contact"]


def test_no_backtracking_engine_on_policy_text() -> None:
    """The modules that read policy text compile their patterns with RE2 only (policylabel.textpattern);
    evidence.py keeps one anchored, unambiguous ASCII-run pattern that it matches at given offsets."""
    import re

    package = REPO / "generators" / "policylabel"
    readers = ["segment.py", "scan.py", "consistency/claims.py", "consistency/quotes.py", "consistency/coverage.py",
               "consistency/detected.py", "consistency/detector.py", "consistency/statement_rules.py",
               "consistency/conflict.py", "consistency/apart.py",
               "consistency/alike.py", "consistency/money.py", "consistency/harms.py", "consistency/periods.py",
               "consistency/venues.py", "consistency/ages.py",
               "consistency/contacts.py", "consistency/dates.py", "consistency/sections.py"]
    readers += [str(p.relative_to(package)) for p in sorted((package / "statements").glob("*.py"))]
    for name in readers:
        source = (package / name).read_text(encoding="utf-8")
        assert not re.search(r"^import re$|^from re import|\bre\.(?:compile|search|match|sub|finditer)\(", source,
                             re.M), name
    evidence = (package / "evidence.py").read_text(encoding="utf-8")
    assert re.findall(r"\bre\.compile\(", evidence) == ["re.compile("]


def test_re2_never_falls_back() -> None:
    from policylabel import textpattern

    with pytest.raises(textpattern.Error):
        textpattern.compile(r"a(?=b)")
    with pytest.raises(textpattern.Error):
        textpattern.compile(r"(a)\1")


# ------------------------------------------------------------------ growth

_POLICY_TOKENS = [
    "we", "We", "do", "not", "never", "sell", "share", "shared", "disclose", "collect", "keep", "retain", "track",
    "use", "for", "advertising", "marketing", "your", "the", "personal", "information", "data", "email", "address",
    "to", "with", "third", "parties", "advertisers", "service", "providers", "by", "without", "consent", "except",
    "if", "opt", "out", "of", "sale", "is", "are", "collected", "Acme", "Inc", "\"we\"", "(", ")", "\"", ",", ";",
    ":", "!", "?", ".", "@", "|", "privacy@acme.com", "555-123-4567", "Last", "updated:", "May", "1,", "2024",
]
_HYPHEN_RUNS = st.integers(1, 60).map(lambda n: "a-" * n + "a")
_LONG_TOKENS = st.integers(20, 400).map(lambda n: "x" * n)
_PUNCT_RUNS = st.tuples(st.sampled_from("-!.,;:@|\"'()"), st.integers(2, 200)).map(lambda t: t[0] * t[1])
_PIECE = st.one_of(st.sampled_from(_POLICY_TOKENS), _HYPHEN_RUNS, _LONG_TOKENS, _PUNCT_RUNS)


def _cpu(text: str) -> float:
    from policylabel.consistency.detector import analyse
    from policylabel.evidence import SourceText
    from policylabel.segment import sentences

    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        source = SourceText(text)
        analyse(source, sentences(source))
        best = min(best, time.process_time() - t0)
    return best


@settings(max_examples=16, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(_PIECE, min_size=1, max_size=24), repeat_word=st.booleans(), lines=st.booleans())
# The shapes of rows 1-3 and 5, always tried: one long line of them.
@example(pieces=["we", "share", "marketing"], repeat_word=False, lines=False)
@example(pieces=["your", "We", "do", "not", "share", "your", "data", "without"], repeat_word=True, lines=False)
@example(pieces=["Your", "data", "is", "collected", "a-" * 60 + "a", "!"], repeat_word=False, lines=False)
@example(pieces=["|", "\"we\"", "a-" * 60 + "a", "@"], repeat_word=False, lines=False)
def test_analysis_grows_linearly(pieces: list[str], repeat_word: bool, lines: bool,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A text against its doubling: the detector's time (the extractor and every rule) grows about twofold
    (a coarse ratio), never fourfold. Long lines are read whole (the sentence budget lifted), so the analysis
    itself is measured, not the budget."""
    import policylabel.statements as statements
    from policylabel.consistency import detector

    monkeypatch.setattr(statements, "MAX_UNIT_CHARS", 10**9)
    monkeypatch.setattr(detector, "SENTENCE_CHARS", 10**9)
    unit = " ".join(pieces) + (" " + pieces[0]) * 20 * repeat_word
    unit += "\n" if lines else " "
    size = 12_000
    text = unit * max(1, size // len(unit))
    once, twice = _cpu(text), _cpu(text + text)
    assert twice <= 3.0 * once + 0.02, (once, twice)
