"""`tox -e fuzz`: feed the commands that read text what a pull request might hold, for a while, and report any
traceback.

Inputs are made of real wordings: the lines of the blind corpora the code was tuned on (never the held-out ones)
and of the vendors' texts, shuffled, cut short, joined, padded with punctuation and odd characters, or decorated
as markdown, list items and table rows. Two families, one update for every nineteen texts:

* texts: segmentation, the statement reader with the learned weights and the detector; every tenth text also
  goes through `new --draft`, `validate`, `check` and `scan` (text and JSON);
* updates: a curated document's text, edited at random, installed with `update`, then `check` and
  `draft --merge`.

Usage: ``python tests/fuzz/run.py [--seconds N] [--seed N]``. Each failing input is written to
test-artifacts/fuzz/ and the exit status is 1. The same seed gives the same inputs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ARTIFACTS = REPO / "test-artifacts" / "fuzz"
# Curated documents whose texts the updates edit (vendor folder, document id).
UPDATED = (("vendors/kajeet", "privacy-policy"), ("vendors/kandji", "privacy-policy"),
           ("vendors/xajeet", "privacy-policy"), ("tests/data/valid/acme", "policy"))
ODD = ["", "-", ":", ";", "(", ")", "|", "\u2022", "\u00a0", "\u200b", "\u2014", "\u2028", "\u202e", "\t", "1.",
       "(a)", "$", "30", "NOT", "never", "unless", "except", "if", "e.g.", "U.S.", "\u00e9", "\U0001f600"]
KINDS = ("privacy-policy", "terms-of-service", None)


def _lines() -> list[str]:
    # the blind corpora the code was tuned on (never the held-out ones)
    from policylabel.readertrain import TUNING, corpus_dir

    files = [p for n in TUNING for p in sorted(corpus_dir(REPO / "tests" / "data", n).glob("*.txt"))]
    files += sorted((REPO / "vendors").glob("*/*.txt"))
    return [line for p in files for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _edits(rng: random.Random, pool: list[str]) -> list[Callable[[str], str]]:
    """Ways to change one line."""
    def words(line: str) -> list[str]:
        return line.split(" ")

    def cut(line: str) -> str:
        w = words(line)
        return " ".join(w[:rng.randrange(1, len(w) + 1)])

    def drop(line: str) -> str:
        w = words(line)
        del w[rng.randrange(len(w))]
        return " ".join(w)

    def pad(line: str) -> str:
        w = words(line)
        w.insert(rng.randrange(len(w) + 1), rng.choice(ODD))
        return " ".join(w)

    return [cut, cut, drop, pad, pad, str.upper, lambda line: line + " " + rng.choice(pool),
            lambda line: "## " + line, lambda line: "<li>" + line + "</li>", lambda line: "| " + line.replace(", ", " | "),
            lambda line: f"{rng.randrange(1, 30)}. " + line, lambda line: "\u2022 " + line, lambda line: line + ":",
            lambda line: line.replace(" ", "\u00a0"), lambda line: line + " " + "x" * rng.randrange(1, 3000),
            lambda line: line, lambda line: line]


def _text(rng: random.Random, pool: list[str], edits: list[Callable[[str], str]]) -> str:
    lines = [rng.choice(edits)(rng.choice(pool)) for _ in range(rng.randrange(1, 45))]
    return rng.choice(["\n", "\n", "\n\n", "\r\n", " "]).join(lines)


def _quiet(run: Callable[[], list[int]]) -> tuple[list[int], str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        codes = run()
    return codes, out.getvalue()


def _check_text(text: str, kind: str | None, commands: bool) -> str | None:
    """What went wrong reading ``text``, or None."""
    from policylabel.cli import main
    from policylabel.consistency.detector import detect
    from policylabel.evidence import SourceText
    from policylabel.segment import sentences
    from policylabel.statements import extract

    src = SourceText(text)
    units = sentences(src)
    for read in extract(src, units, kind, learned=True):
        if any(not 0 <= s.start < s.end <= len(text) for s in read.statements):
            return "a statement's span lies outside the text"
    detect(src, units, kind)
    if not commands:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("terms-of-service.txt" if kind == "terms-of-service" else "privacy-policy.txt")
        path.write_text(text, encoding="utf-8")
        vendors = str(Path(tmp) / "vendors")
        codes, out = _quiet(lambda: [main(["new", "acme", "--source", str(path), "--draft", "--vendors", vendors]),
                                     main(["validate", vendors]), main(["check", vendors]), main(["scan", str(path)]),
                                     main(["scan", "--format", "json", str(path)])])
    if codes[0] != 0 or codes[1] != 0 or any(c not in (0, 1) for c in codes[2:]) \
            or "Traceback" in out or "internal error" in out:
        return f"exit codes {codes}:\n{out[-2000:]}"
    return None


def _check_update(folder: str, doc: str, text: str) -> str | None:
    from policylabel.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        vendor = Path(tmp) / "vendors" / Path(folder).name
        shutil.copytree(REPO / folder, vendor)
        new = Path(tmp) / "new.txt"
        new.write_text(text, encoding="utf-8")
        yaml = str(vendor / f"{doc}.yaml")
        codes, out = _quiet(lambda: [main(["update", yaml, str(new), "--date", "2026-01-01"]),
                                     main(["check", str(vendor.parent)]),
                                     main(["draft", str(vendor / f"{doc}.txt"), "--merge", yaml])])
    if any(c not in (0, 1, 2) for c in codes) or "Traceback" in out or "internal error" in out:
        return f"exit codes {codes}:\n{out[-2000:]}"
    return None


def _edited(rng: random.Random, text: str, edits: list[Callable[[str], str]]) -> str:
    """A new version of a text: lines removed, repeated, edited, shuffled or cut off."""
    lines = text.split("\n")
    for _ in range(rng.randrange(1, 12)):
        k = rng.randrange(len(lines))
        roll = rng.random()
        if roll < 0.2 and len(lines) > 1:
            del lines[k]
        elif roll < 0.35:
            lines.insert(k, rng.choice(lines))
        elif roll < 0.8:
            lines[k] = rng.choice(edits)(lines[k]) if lines[k] else lines[k]
        elif roll < 0.9:
            rng.shuffle(lines)
        else:
            lines = lines[:rng.randrange(1, len(lines) + 1)]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pool = _lines()
    edits = _edits(rng, pool)
    texts = {(folder, doc): (REPO / folder / f"{doc}.txt").read_text(encoding="utf-8") for folder, doc in UPDATED}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    counts = {"texts": 0, "updates": 0}
    failures = 0
    end = time.monotonic() + args.seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        family = "texts" if n % 20 else "updates"
        counts[family] += 1
        if family == "texts":
            kind = rng.choice(KINDS)
            text = _text(rng, pool, edits)
        else:
            folder, doc = rng.choice(UPDATED)
            text = _edited(rng, texts[(folder, doc)], edits)
        try:
            problem = _check_text(text, kind, n % 10 == 1) if family == "texts" else _check_update(folder, doc, text)
        except Exception:
            problem = traceback.format_exc(limit=6)
        if problem is not None:
            failures += 1
            path = ARTIFACTS / f"{family}-seed{args.seed}-{n}.txt"
            path.write_text(text, encoding="utf-8")
            print(f"FAIL ({family}, input in {path.relative_to(REPO)}):\n{problem}", flush=True)
    print(f"seed {args.seed}: {counts['texts']} texts, {counts['updates']} updates, {failures} failures "
          f"in {args.seconds:g} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
