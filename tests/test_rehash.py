"""`policylabel rehash`: records the new hash in place, keeps everything else, refuses while quotes miss."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policylabel.rehash import rehash
from test_claim_checks import TEXT, claim, doc, make_vendor

BODY = "# a comment that must survive\n" + doc(
    claim("sale", "denied", ["We do not sell your personal information."]),
    tail="# trailing comment\n")


def test_rehash_edits_only_the_hash_line(tmp_path: Path) -> None:
    y = make_vendor(tmp_path, TEXT, BODY, sha="0" * 64)
    before = y.read_text(encoding="utf-8").splitlines()
    diags, message = rehash(y)
    assert not [d for d in diags if d.is_error] and "recorded sha256" in message
    after = y.read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    new = hashlib.sha256(TEXT.encode()).hexdigest()
    assert changed == [(f"  sha256: {'0' * 64}", f"  sha256: {new}")]
    diags, message = rehash(y)
    assert diags == [] and "already up to date" in message


def test_rehash_refuses_while_quotes_do_not_match(tmp_path: Path) -> None:
    body = doc(claim("sale", "denied", ["We never ever sell your personal information."]))
    y = make_vendor(tmp_path, TEXT, body, sha="0" * 64)
    before = y.read_bytes()
    diags, message = rehash(y)
    assert message == ""
    assert {d.code for d in diags} >= {"quote-not-found", "rehash-refused"}
    assert y.read_bytes() == before
