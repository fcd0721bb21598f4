"""A security measure taken and not taken for the same thing (see spec/consistency.md, "Statement rules"):
"Our technicians' tablets are encrypted" / "The tablets our technicians carry are not encrypted"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.units import CASE_WORDS, Item, Report, item, keep, pairs, word_list
from policylabel.statements import Read, Statement
from policylabel.statements.words import USER_ROLES

# The measures, by the stems of the cue that names them.
# ("in plain text": unencrypted)
_MEASURES = (("encryption", frozenset({"encry", "unenc", "plain", "clear"})), ("a password", frozenset({"passw"})))
# Words of keeping, moving and protecting, and where things are kept: the same whatever is protected.
_PLACE_AND_ACT = frozenset({"store", "keep", "kept", "hold", "held", "sit", "sits", "move", "moves", "travel",
                            "send", "sent", "protect", "protected", "secure", "encrypted", "encryption", "password",
                            "without", "rest", "transit", "server", "servers", "system", "systems", "storage",
                            "drive", "file", "files", "record", "records", "detail", "details", "our", "staff",
                            "employee", "employees", "open", "read", "see", "access", "them", "it", "while", "when",
                            "carry", "use", "uses", "every", "all", "any", "form", "end", "one", "only"})


def _measure(s: Statement) -> str:
    """The measure a security statement takes or denies ("" for any other: "secure", "safeguards")."""
    if s.practice != "security" or s.polarity not in ("denied", "affirmed"):
        return ""
    return next((name for name, stems in _MEASURES if stems & s.cue_stems), "")


def _protected(s: Statement, measure: str) -> frozenset[str]:
    """Five-letter stems of the words naming what is protected: not the people, places or acts of keeping, nor the
    measure ("password" is what encryption protects, not what a password does)."""
    return frozenset(w[:5] for w in s.objects if w.isalpha() and len(w) >= 3 and w not in _GENERIC_OBJECTS
                     and (w not in _PLACE_AND_ACT or (w == "password" and measure != "a password"))
                     and w not in _FIRST_PARTY_ROLES and w not in USER_ROLES)


def measure_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """A measure the first party takes, unconditionally, and says elsewhere it does not take, for data of one
    category or named by a word both share ("Readings are encrypted" / "exported reports are not encrypted" name
    two things)."""
    sides: dict[str, tuple[list[Item], list[Item]]] = {}
    for r in reads:
        for st in r.statements:
            measure = _measure(st)
            if measure and st.actor == "first-party" and not st.conditions and not st.exceptions \
                    and CASE_WORDS.isdisjoint(word_list(r.unit.text)):
                keep(sides.setdefault(measure, ([], []))[st.polarity == "affirmed"], item(st, r))
    for measure in sorted(sides):
        for a, b in pairs(*sides[measure], spend):
            if set(a.statement.data) & set(b.statement.data) \
                    or _protected(a.statement, measure) & _protected(b.statement, measure):
                report.add(a, b, f"{measure}: not used on line {a.line}, used on line {b.line}")
