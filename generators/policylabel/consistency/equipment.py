"""An act on supplied equipment forbidden and allowed (see spec/consistency.md, "Statement rules"): "You must not
open the sonar's sealed casing" / "Owners may open the casing to replace the battery themselves"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.units import Item, Report, item, keep, pairs, word_list
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.devices import DEVICE_ACTS, act_families
from policylabel.statements.words import USER_ROLES

# Words of the rule itself, the same whatever the device: modals, the acts, where it may go, whose it is.
_RULE_WORDS = frozenset({"must", "may", "shall", "not", "free", "welcome", "only", "abroad", "outside", "property",
                         "supplied", "supply", "hired", "rented", "rent", "hire", "own", "allow", "allowed",
                         "permitted", "yourself", "themselves", "freely", "also", "other", "anyone", "anywhere",
                         "customer", "company", "you", "your", "their", "its"})


def _families(text: str, s: Statement) -> frozenset[str]:
    """The families of the acts the statement's words name."""
    return act_families(word_list(text[s.start:s.end]), s.cue.lower())


def _device_words(s: Statement) -> frozenset[str]:
    """Five-letter stems of the words naming the device: not the acts, the rule's words or the parties."""
    return frozenset(w[:5] for w in s.objects if w.isalpha() and len(w) >= 3 and w not in DEVICE_ACTS
                     and w not in _RULE_WORDS and w not in _GENERIC_OBJECTS and w not in _FIRST_PARTY_ROLES
                     and w not in USER_ROLES)


def equipment_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """An act on equipment the reader may not do and, elsewhere, may do, unconditionally: acts of one family
    (altering, passing on, moving, using with another service) on a device named by a word both share."""
    forbidden: list[Item] = []
    allowed: list[Item] = []
    for r in reads:
        for st in r.statements:
            if st.practice == "device-restrictions" and not st.conditions and not st.exceptions \
                    and _families(source.text, st) and _device_words(st):
                keep(forbidden if st.polarity == "affirmed" else allowed, item(st, r))
    for a, b in pairs(forbidden, allowed, spend):
        shared = _families(source.text, a.statement) & _families(source.text, b.statement)
        if shared and _device_words(a.statement) & _device_words(b.statement):
            report.add(a, b, f"equipment ({sorted(shared)[0]}): forbidden on line {a.line}, allowed on line {b.line}")
