"""Summaries against their quotes (spec/consistency.md 7.8): one small vendor per rule, and mutations of the
curated vendors (insert "only", delete "may", move a data value out of the quotes), each caught."""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from policylabel.check import check
from policylabel.consistency import summary as sc
from policylabel.diagnostics import Diagnostic
from policylabel.validate import Target, validate
from test_claim_checks import make_vendor, run

CODES = {"summary-drops-qualifier", "summary-absolute", "value-not-quoted"}
VENDORS = Path(__file__).resolve().parent.parent / "vendors"

TEXT = """Example Privacy Policy

How we share information
We may share your email address with service providers that send our newsletters.
We currently keep usage logs for analytics, subject to certain exceptions.
We collect your name when you sign up.

Your California Privacy Rights
You can ask us to delete your personal information.
"""


def one_claim(practice: str, summary: str, quotes: list[str], extra: str = "") -> str:
    ev = "".join(f"      - {q!r}\n" for q in quotes)
    return (f"claims:\n  - practice: {practice}\n    polarity: affirmed\n    summary: {summary!r}\n{extra}"
            f"    evidence:\n{ev}")


def _line_of(path: Path, prefix: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(prefix))


def summary_diags(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d.code in CODES]


SHARE = "We may share your email address with service providers that send our newsletters."
KEEP = "We currently keep usage logs for analytics, subject to certain exceptions."
NAME = "We collect your name when you sign up."
DELETE = "You can ask us to delete your personal information."


# ------------------------------------------------------------------ golden cases, one per rule

@pytest.mark.parametrize("summary, quote, extra, expected", [
    # a faithful summary: nothing
    ("May share email addresses with service providers that send newsletters.", SHARE,
     "    data: [email-address]\n    recipients: [service-providers]\n", set()),
    # possibility: the modal's verb stated without it
    ("Shares email addresses with service providers that send newsletters.", SHARE, "",
     {("summary-drops-qualifier", "may")}),
    # time and exception and quantity: all dropped
    ("Keeps usage logs for analytics.", KEEP, "",
     {("summary-drops-qualifier", "currently"), ("summary-drops-qualifier", "subject to"),
      ("summary-drops-qualifier", "certain")}),
    ("Currently keeps usage logs for analytics, subject to certain exceptions.", KEEP, "", set()),
    # an absolute no quote backs
    ("Only collects your name when you sign up.", NAME, "", {("summary-absolute", "only")}),
    ("Never collects anything but your name.", NAME, "",
     {("summary-absolute", "never"), ("summary-absolute", "any")}),
    # ability: "can" dropped where the summary states its verb
    ("Deletes your personal information on request.", DELETE, "", set()),
    ("You ask it to delete your personal information.", DELETE, "", {("summary-drops-qualifier", "can")}),
])
def test_rules(tmp_path: Path, summary: str, quote: str, extra: str, expected: set) -> None:
    y = make_vendor(tmp_path, TEXT, one_claim("sharing", summary, [quote], extra))
    _, diags = run(y)
    found = set()
    for d in summary_diags(diags):
        word = d.message.split('"')[1]
        found.add((d.code, word))
        assert d.pointer == "/claims/0/summary" and d.file == str(y) and d.line == _line_of(y, "    summary:")
        assert d.severity.value == "warning" and d.hint
    assert found == expected


def test_value_not_in_the_quotes_points_at_the_value(tmp_path: Path) -> None:
    body = one_claim("collection", "Collects your name when you sign up.", [NAME],
                     "    data: [name]\n    purposes: [account-management, marketing]\n")
    y = make_vendor(tmp_path, TEXT, body)
    _, diags = run(y)
    # "sign up" names no purpose, so neither value is named: both reported, each at its own item.
    found = [(d.code, d.pointer) for d in summary_diags(diags)]
    assert found == [("value-not-quoted", "/claims/0/purposes/0"), ("value-not-quoted", "/claims/0/purposes/1")]
    [d] = [d for d in summary_diags(diags) if d.pointer.endswith("/1")]
    assert "purposes 'marketing' (Marketing)" in d.message
    assert d.related[0].line == _line_of(y, "      - ") and d.related[0].file == str(y)  # the quote in the YAML


def test_a_value_named_by_the_section_heading_is_supported(tmp_path: Path) -> None:
    body = one_claim("data-subject-right", "You can ask Example to delete your personal information.", [DELETE],
                     "    rights: [erasure]\n    audience: [california]\n")
    _, diags = run(make_vendor(tmp_path, TEXT, body))
    assert summary_diags(diags) == []
    body = body.replace("[california]", "[eea]")
    shutil.rmtree(tmp_path / "example")
    _, diags = run(make_vendor(tmp_path, TEXT, body))
    assert [(d.code, d.pointer) for d in summary_diags(diags)] == [("value-not-quoted", "/claims/0/audience/0")]


def test_the_drop_is_located_at_the_summary_and_points_at_quote_and_passage(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, one_claim("sharing", "Shares email addresses with providers.", [NAME, SHARE]))
    _, diags = run(y)
    [d] = summary_diags(diags)
    assert (d.line, d.column) == (_line_of(y, "    summary:"), 14)
    assert [(Path(r.file).name, r.line) for r in d.related] == [("privacy-policy.yaml", _line_of(y, "      - ") + 1),
                                                                 ("privacy-policy.txt", 4)]


def test_strict_makes_them_errors(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, one_claim("sharing", "Only shares email addresses.", [SHARE]))
    _, diags = run(y, strict=True)
    assert {d.code for d in diags if d.is_error} >= {"summary-absolute", "summary-drops-qualifier"}


def test_summary_reviewed_accepts_a_paraphrase(tmp_path: Path) -> None:
    extra = "    summary-reviewed: the newsletter sentence is the only sharing the text describes\n"
    y = make_vendor(tmp_path, TEXT, one_claim("sharing", "Only shares email addresses.", [SHARE], extra))
    _, diags = run(y, strict=True)
    assert summary_diags(diags) == []


def test_summary_reviewed_needs_a_reason(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, one_claim("sharing", "Shares email.", [SHARE], '    summary-reviewed: ""\n'))
    validation = validate([Target(y.parent)])
    assert [d.pointer for d in validation.diagnostics if d.is_error] == ["/claims/0/summary-reviewed"]


def _data_vocab(**terms: object):
    """The vocabulary with a data-categories set of only the given terms (id -> fields to replace)."""
    from dataclasses import replace

    from policylabel.vocabulary import TermSet, load_vocabulary

    vocab = load_vocabulary()
    ts = vocab.sets["data-categories"]
    chosen = {tid: replace(ts.terms[tid], **fields) for tid, fields in terms.items()}  # type: ignore[arg-type]
    return replace(vocab, sets={**vocab.sets, "data-categories": TermSet(ts.name, ts.title, ts.description, chosen)})


def _quoted(text: str) -> list:
    from policylabel.model import Quote

    q = Quote(text, "/claims/0/evidence/0", Path("x.yaml"), 1, 1)
    toks = sc.tokens(text)
    return [sc._Quoted(q, None, toks, sc.phrases(toks, stemmed=True), sc._hits(toks))]  # type: ignore[arg-type]


def _claim(summary: str, data: tuple[str, ...]):
    from policylabel.model import Claim

    return Claim("collection[1]", "collection", "affirmed", summary, (), "/claims/0", 1, 1, terms={"data": data})


def test_cues_make_each_value_checked_on_its_own() -> None:
    """Without cues, naming one value of an attribute is enough; a term with cues must be named itself."""
    claim = _claim("Collects your name and postal code.", ("name", "location-coarse"))
    summary = sc.tokens(claim.summary)
    quoted = _quoted("We collect your name and your postal code.")
    bare = _data_vocab(**{"name": {"cues": (), "broader": None}, "location-coarse": {"cues": (), "broader": None}})
    assert list(sc._findings(bare, claim, summary, quoted)) == []
    cued = _data_vocab(**{"name": {"cues": (), "broader": None},
                          "location-coarse": {"cues": ("city", "region"), "broader": None}})
    assert [(f[0], f[4]) for f in sc._findings(cued, claim, summary, quoted)] == [
        ("value-not-quoted", "data=location-coarse")]
    assert list(sc._findings(cued, claim, summary, _quoted("We collect your name and your city."))) == []


def test_a_narrower_term_names_its_broader_one() -> None:
    """With `broader` in the vocabulary, "GPS coordinates" name a location (a term with cues)."""
    claim = _claim("Collects your phone's GPS coordinates.", ("location",))
    summary = sc.tokens(claim.summary)
    quoted = _quoted("We collect the GPS coordinates of your phone.")
    apart = _data_vocab(location={"cues": ("location", "whereabouts"), "broader": None},
                        **{"location-precise": {"cues": ("gps",), "broader": None}})
    assert [f[4] for f in sc._findings(apart, claim, summary, quoted)] == ["data=location"]
    below = _data_vocab(location={"cues": ("location", "whereabouts"), "broader": None},
                        **{"location-precise": {"cues": ("gps",), "broader": "location"}})
    assert list(sc._findings(below, claim, summary, quoted)) == []


def test_tokens_are_linear_on_hostile_text() -> None:
    """Token-level matching: a megabyte of pathological text costs well under a second (hang regression)."""
    hostile = ("may " * 50_000) + ("a" * 200_000) + (" subject to certain " * 20_000) + "’" * 10_000
    start = time.perf_counter()
    toks = sc.tokens(hostile)
    sc.phrases(toks, stemmed=True)
    assert time.perf_counter() - start < 20  # generous: a hang regression guard, not a benchmark
    assert toks[:2] == ("may", "may") and len(toks) > 100_000


def test_contractions_and_apostrophes() -> None:
    assert sc.tokens("We can’t and won't; it's the user's") == ("we", "cannot", "and", "will", "not", "it", "the",
                                                                "user")
    assert sc.stem("parties") == sc.stem("party") and sc.stem("users") == sc.stem("user")


# ------------------------------------------------------------------ mutations of the curated vendors

def _copy(tmp_path: Path, vendor: str) -> Path:
    dest = tmp_path / vendor
    shutil.copytree(VENDORS / vendor, dest)
    for p in dest.iterdir():
        os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    return dest


def _summary_findings(folder: Path) -> list[Diagnostic]:
    validation = validate([Target(folder)])
    assert not [d for d in validation.diagnostics if d.is_error]
    return summary_diags(check(validation, strict=True).diagnostics)


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_curated_copy_is_clean(tmp_path: Path) -> None:
    assert _summary_findings(_copy(tmp_path, "kandji")) == []


def test_mutation_insert_only(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "kajeet")
    _replace_once(folder / "privacy-policy.yaml", "summary: May share aggregated, anonymous information with its partners.",
                  "summary: May share aggregated, anonymous information only with its partners.")
    found = _summary_findings(folder)
    assert ("summary-absolute", "only") in [(d.code, d.message.split('"')[1]) for d in found]
    assert all(d.is_error for d in found)


def test_mutation_delete_may(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "xajeet")
    _replace_once(folder / "privacy-policy.yaml", "Xajeet may disclose de-identified or aggregated data",
                  "Xajeet discloses de-identified or aggregated data")
    found = _summary_findings(folder)
    assert [(d.code, d.message.split('"')[1]) for d in found] == [("summary-drops-qualifier", "may")]


def test_mutation_move_a_data_value_out_of_the_quotes(tmp_path: Path) -> None:
    """The claim keeps its data values but loses the quote that names them ("this information" remains)."""
    folder = _copy(tmp_path, "xajeet")
    path = folder / "privacy-policy.yaml"
    text = path.read_text(encoding="utf-8")
    quote = ("      - >-\n        Personal Identifiers and Contact Information You Choose to Provide – Xajeet Service "
             "clients and\n        users of the Xajeet Site may provide us with personal identifiers and contact "
             "details\n")
    start = text.index("  - id: contact-details-use")
    end = text.index("  - id: ", start + 10)
    block = text[start:end]
    assert block.count(quote) == 1
    path.write_text(text[:start] + block.replace(quote, "") + text[end:], encoding="utf-8")
    found = _summary_findings(folder)
    data = [d for d in found if d.pointer.startswith("/claims/") and "/data/" in d.pointer]
    assert {d.message.split("'")[1] for d in data} == {"identifiers", "contact-info"}
    assert all(d.code == "value-not-quoted" and d.is_error for d in data)

