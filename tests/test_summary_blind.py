"""The summary check on blind cases (tests/data/summary_blind.yaml, written before the check ran on them):
every case in one document, findings compared with what a reviewer expects. Floors, not goals: the figures
measured the first time the check ran on the cases."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from test_claim_checks import make_vendor, run

CASES = YAML(typ="safe").load((Path(__file__).parent / "data" / "summary_blind.yaml").read_text(encoding="utf-8"))
CODES = {"summary-drops-qualifier", "summary-absolute", "value-not-quoted"}


def _found(tmp_path: Path) -> list[set[str]]:
    cases = CASES["cases"]
    text = "Example Privacy Policy\n\n" + "\n".join(c["quote"] for c in cases) + "\n"
    claims = []
    for c in cases:
        extra = "".join(f"    {k}: [{', '.join(c[k])}]\n" for k in ("data", "purposes", "recipients") if k in c)
        claims.append(f"  - practice: {c['practice']}\n    polarity: {c.get('polarity', 'affirmed')}\n"
                      f"    summary: {c['summary']!r}\n{extra}    evidence:\n      - {c['quote']!r}\n")
    _, diags = run(make_vendor(tmp_path, text, "claims:\n" + "".join(claims)))
    found: list[set[str]] = [set() for _ in cases]
    for d in diags:
        if d.code not in CODES:
            continue
        index = int(d.pointer.split("/")[2])
        if d.code == "value-not-quoted":
            attr, value = d.pointer.split("/")[3], d.message.split("'")[1]
            found[index].add(f"{d.code}: {attr}={value}")
        else:
            found[index].add(f"{d.code}: {d.message.split(chr(34))[1]}")
    return found


def test_blind_cases(tmp_path: Path) -> None:
    found = _found(tmp_path)
    expected = [set(c["expect"]) for c in CASES["cases"]]
    faithful = [i for i, e in enumerate(expected) if not e]
    unfaithful = [i for i, e in enumerate(expected) if e]
    false_alarms = [(i, found[i]) for i in faithful if found[i]]
    caught = [i for i in unfaithful if found[i] & expected[i]]
    hits = sum(len(found[i] & expected[i]) for i in range(len(expected)))
    reported = sum(len(f) for f in found)
    wanted = sum(len(e) for e in expected)
    print(f"summary check, blind: {len(caught)}/{len(unfaithful)} unfaithful summaries caught, "
          f"{len(false_alarms)}/{len(faithful)} faithful ones questioned; findings precision {hits}/{reported}, "
          f"recall {hits}/{wanted}")
    assert false_alarms == []
    # Blind (first run): 12/14 caught, 0/10 questioned, precision 15/15, recall 15/18. After one change (a
    # modal no longer keeps "certain"): recall 16/18. Missed: "some features may not" (a scope noun outside
    # the list), a purpose whose description shares a word with the quote ("site").
    assert len(caught) >= 12
    assert hits >= 16 and reported - hits <= 1
