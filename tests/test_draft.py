"""`policylabel draft`: the proposed document validates, checks clean apart from review markers, on any text."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylabel.cli import main
from testpaths import DATA

BLIND = DATA / "draft-blind"
POLICY = """Example Privacy Policy
Last updated: March 3, 2025
Sharing
We do not sell your personal information.
We share your email address with service providers who send our newsletters.
Retention
We keep account records for 30 days after you close your account.
\u00a9 2025 Example Inc. All rights reserved.
"""


def _codes(diags_text: str) -> list[str]:
    return [line.split("[", 1)[1].split("]", 1)[0] for line in diags_text.splitlines() if ": error[" in line]


def _draft_into(tmp: Path, text: bytes, name: str = "privacy-policy.txt", *extra: str) -> tuple[int, Path]:
    src = tmp / name
    src.write_bytes(text)
    code = main(["new", "acme", "--source", str(src), "--draft", "--vendors", str(tmp / "vendors"), *extra])
    return code, tmp / "vendors" / "acme" / f"{Path(name).stem}.yaml"


def test_draft_prints_a_document_with_every_claim_proposed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "privacy-policy.txt"
    src.write_text(POLICY, encoding="utf-8")
    assert main(["draft", str(src)]) == 0
    out = capsys.readouterr().out
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(out)
    assert doc["kind"] == "privacy-policy" and doc["id"] == "privacy-policy"
    assert doc["dates"] == {"last-updated": "2025-03-03"}
    pairs = {(c["practice"], c["polarity"]) for c in doc["claims"]}
    assert {("sale", "denied"), ("sharing", "affirmed"), ("retention", "affirmed")} <= pairs
    assert all(c["review"] == "proposed" for c in doc["claims"])
    assert all(r["review"] == "proposed" for r in doc["out-of-scope"])
    sharing = next(c for c in doc["claims"] if c["practice"] == "sharing")
    assert sharing["recipients"] == ["service-providers"] and "email-address" in sharing["data"]
    assert sharing["evidence"] == ["We share your email address with service providers who send our newsletters."]
    retention = next(c for c in doc["claims"] if c["practice"] == "retention")
    assert retention["duration"] == "P30D"
    reasons = {r["start"]: r["reason"] for r in doc["out-of-scope"]}
    assert reasons["Sharing"] == "heading"
    assert {r for s, r in reasons.items() if "\u00a9" in s or "rights reserved" in s} == {"footer"}


def test_new_draft_then_check_warns_and_strict_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, yaml_path = _draft_into(tmp_path, POLICY.encode())
    assert code == 0 and yaml_path.is_file()
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "vendors")]) == 0
    assert main(["check", str(tmp_path / "vendors")]) == 0
    out = capsys.readouterr().out
    assert "warning[review-proposed]" in out
    assert main(["check", "--strict", str(tmp_path / "vendors")]) == 1
    assert "error[review-proposed]" in capsys.readouterr().out


@pytest.mark.parametrize("case", sorted(p.stem for p in BLIND.glob("*.txt")))
def test_blind_drafts_check_without_errors(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _draft_into(tmp_path, (BLIND / f"{case}.txt").read_bytes(), f"{case}.txt")
    assert code == 0
    capsys.readouterr()
    main(["check", str(tmp_path / "vendors")])
    errors = [c for c in _codes(capsys.readouterr().out) if c != "review-proposed"]
    assert errors == []


def test_output_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = BLIND / "07-doorbell-camera.txt"
    main(["draft", str(src)])
    first = capsys.readouterr().out
    main(["draft", str(src)])
    assert capsys.readouterr().out == first


def test_out_writes_and_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "terms.txt"
    src.write_text("Fees\nThere is no setup fee.\n", encoding="utf-8")
    out = tmp_path / "terms.yaml"
    assert main(["draft", str(src), "--out", str(out)]) == 0
    assert "kind: terms-of-service" in out.read_text(encoding="utf-8")
    before = out.read_bytes()
    assert main(["draft", str(src), "--out", str(out)]) == 2
    assert out.read_bytes() == before
    assert "exists" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["draft", "missing.txt"], ["draft", "x.txt", "--document", "Bad Id"],
                                  ["new", "acme", "--draft"]])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_text("We sell data.\n", encoding="utf-8")
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(args) == 2
    finally:
        os.chdir(cwd)
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err


def test_not_utf8_is_a_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "p.txt"
    src.write_bytes(b"We sell \xff data.\n")
    assert main(["draft", str(src)]) == 2
    assert "not valid UTF-8 at byte 8" in capsys.readouterr().out


def test_merge_proposes_only_for_unreviewed_sentences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, yaml_path = _draft_into(tmp_path, POLICY.encode())
    assert code == 0
    text_path = yaml_path.with_suffix(".txt")
    # The curator confirmed everything; then the text gains a sentence.
    confirmed = "\n".join(line for line in yaml_path.read_text(encoding="utf-8").splitlines()
                          if "review: proposed" not in line) + "\n"
    yaml_path.write_text(confirmed, encoding="utf-8")
    text_path.write_text(POLICY + "We sell your location to data brokers.\n", encoding="utf-8")
    main(["rehash", str(yaml_path)])
    capsys.readouterr()
    assert main(["draft", str(text_path), "--merge", str(yaml_path)]) == 0
    merged = capsys.readouterr().out
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(merged)
    proposed = [c for c in doc["claims"] if c.get("review") == "proposed"]
    assert [(c["practice"], c["polarity"], c["evidence"]) for c in proposed] == [
        ("sale", "affirmed", ["We sell your location to data brokers."])]
    assert len(doc["claims"]) > len(proposed)  # the confirmed claims are kept


policy_words = st.sampled_from(
    ["We", "do", "not", "never", "sell", "share", "collect", "your", "personal", "information", "data", "with",
     "third", "parties", "advertisers", "for", "30", "days", "except", "if", "unless", "you", "may", "opt", "out",
     "-", "--", ":", ";", ",", ".", "\n", "\n\n", "|", "•", "1.", "(a)", "Fees", "refund", "non-refundable",
     "\u00a9", "\u200b", "\u2028", "\x85", "\t", "\"", "'", "\\", "#", "&", "*", "{", "[", "!", "@", "é", "\U0001f600"])
texts = st.one_of(st.text(max_size=300), st.lists(policy_words, max_size=80).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_drafts_without_traceback_and_validates(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        code, _ = _draft_into(tmp_path, text.encode("utf-8", "replace"))
        out = capsys.readouterr()
        assert "Traceback" not in out.out + out.err and "internal error" not in out.out + out.err
        assert code == 0, out.out
        assert main(["validate", str(tmp_path / "vendors")]) == 0, capsys.readouterr().out
        capsys.readouterr()
        shutil.rmtree(tmp_path / "vendors")


def test_source_view_shows_what_the_extractor_read_in_unreviewed_sentences(tmp_path: Path) -> None:
    from policylabel import check
    from policylabel.site import source_html
    from policylabel.sourceview import source_view
    from policylabel.validate import discover, validate

    code, yaml_path = _draft_into(tmp_path, POLICY.encode())
    assert code == 0
    text = yaml_path.read_text(encoding="utf-8")
    # The curator has not reviewed the sale sentence yet: drop the claim that quotes it.
    kept = text.split("  - practice: sale")[0] + "  - practice: sharing" + text.split("  - practice: sharing", 1)[1]
    yaml_path.write_text(kept, encoding="utf-8")
    targets, _ = discover([tmp_path / "vendors"])
    report = check.check(validate(targets)).reports[0]
    assert [u.text for u in report.unreviewed if "sell" in u.text] == ["We do not sell your personal information."]
    view = source_view(report, {})
    tags = [t for p in view.pieces for t in p.tags]
    assert "Read as: Sells: No" in tags
    assert "Read as: Sells: No" in str(source_html(view))
    # The check carries what it read to the page; a report without it is read again, to the same tags here.
    assert report.readings
    again = source_view(dataclasses.replace(report, readings=None), {})
    assert [t for p in again.pieces for t in p.tags] == tags


def test_vendor_option_writes_beside_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, yaml_path = _draft_into(tmp_path, POLICY.encode())
    assert code == 0
    text_path = yaml_path.with_suffix(".txt")
    vendors = str(tmp_path / "vendors")
    assert main(["draft", str(text_path), "--vendor", "acme", "--document", "second", "--vendors", vendors]) == 0
    second = yaml_path.with_name("second.yaml")
    assert "id: second" in second.read_text(encoding="utf-8")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(POLICY, encoding="utf-8")
    capsys.readouterr()
    assert main(["draft", str(outside), "--vendor", "acme", "--vendors", vendors]) == 2
    assert "not in the vendor folder" in capsys.readouterr().out


def test_a_drafted_transfer_names_its_countries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "privacy-policy.txt"
    src.write_text("Privacy\n\nYour information stays in the UK.\n\nOur support team in Manila can view your orders.\n",
                   encoding="utf-8")
    assert main(["draft", str(src)]) == 0
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(capsys.readouterr().out)
    transfers = {c["polarity"]: c.get("countries") for c in doc["claims"] if c["practice"] == "international-transfer"}
    assert transfers == {"denied": ["GB"], "affirmed": ["PH"]}


_CONTENTS = ("Privacy Policy\n\nContents\n\n- Information We Collect\n- How We Share Information\n\n"
             "Information We Collect\n\nWe collect your email address when you sign up.\n\n"
             "How We Share Information\n\nWe share your email address with our payment processor.\n")


def test_a_table_of_contents_is_navigation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """List items that repeat later headings are a table of contents: no claim takes them as evidence, and they are
    proposed as navigation."""
    src = tmp_path / "privacy-policy.txt"
    src.write_text(_CONTENTS, encoding="utf-8")
    assert main(["draft", str(src)]) == 0
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(capsys.readouterr().out)
    evidence = [q for c in doc["claims"] for q in c["evidence"]]
    assert "Information We Collect" not in evidence and "How We Share Information" not in evidence
    assert {"We collect your email address when you sign up.",
            "We share your email address with our payment processor."} <= set(evidence)
    navigation = [r["start"] for r in doc["out-of-scope"] if r["reason"] == "navigation"]
    assert navigation == ["Information We Collect", "How We Share Information"]


def test_one_item_naming_a_heading_is_no_table_of_contents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "privacy-policy.txt"
    src.write_text("Privacy\n\nWe may:\n\n- share your email address with our payment processor\n\n"
                   "Share your email address with our payment processor\n\nOnly when you pay.\n", encoding="utf-8")
    assert main(["draft", str(src)]) == 0
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(capsys.readouterr().out)
    assert not [r for r in doc.get("out-of-scope", []) if r["reason"] == "navigation"]


def test_the_readers_own_conduct_or_wish_is_no_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "privacy-policy.txt"
    src.write_text("Privacy\n\nWe use cookies to keep you signed in.\n\nIf you don't want cookies, most web browsers "
                   "include an option that allows you to not accept them.\n\nDon't share your password with anyone.\n",
                   encoding="utf-8")
    assert main(["draft", str(src)]) == 0
    from ruamel.yaml import YAML

    doc = YAML(typ="safe").load(capsys.readouterr().out)
    assert {(c["practice"], c["polarity"]) for c in doc["claims"]} == {("tracking", "affirmed")}
