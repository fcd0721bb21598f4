"""Leaving at any time against a term that cannot be left (see spec/consistency.md, "Statement rules"): "The
Client may end this agreement at any time by giving 30 days' notice" / "The agreement runs for a minimum term of
12 months, during which the Client may not terminate it"."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.units import Item, Report, item, keep, pairs, word_list
from policylabel.statements import Read
from policylabel.statements.words import USER_ROLES

# A term the reader is held to: "a minimum term of twelve months", "a fixed season", "before the season ends".
_HELD = frozenset({"minimum", "fixed", "before", "during", "until", "early"})
# Words that bound leaving "at any time" itself: "at any time after the minimum term", "once the year is over".
_BOUNDED = frozenset({"minimum", "fixed", "after", "once", "before", "until", "during", "first"})
# Words of leaving, of time and of the rule, the same whatever is left.
_LEAVING_WORDS = frozenset({"cancel", "cancelled", "canceled", "cancellation", "end", "ended", "ends", "terminate",
                            "terminated", "termination", "leave", "withdraw", "quit", "close", "stop", "may", "can",
                            "cannot", "not", "any", "time", "moment", "notice", "give", "giving", "days", "day",
                            "month", "months", "year", "years", "week", "weeks", "written", "writing", "the", "your",
                            "this", "our", "its", "with", "without", "and", "runs", "run", "term", "period",
                            "minimum", "fixed", "before", "during", "until", "early", "after", "once", "over",
                            "which", "applies", "effect", "current", "you", "them", "it", "that", "who", "for",
                            "from", "into", "then", "app", "online", "letter", "email", "e-mail"})


def _at_any_time(words: list[str]) -> bool:
    return any(a == "any" and b in ("time", "moment") for a, b in pairwise(words))


def _thing(words: list[str]) -> frozenset[str]:
    """Five-letter stems of what is left ("subscription", "membership", "hire"), beyond the words of leaving,
    time and the parties."""
    return frozenset(w[:5] for w in words if w.isalpha() and len(w) >= 4 and w not in _LEAVING_WORDS
                     and w not in _GENERIC_OBJECTS and w not in _FIRST_PARTY_ROLES and w not in USER_ROLES)


def leaving_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """The reader may end something "at any time" (nothing bounding it) and, elsewhere, may not end it during a
    minimum or fixed term or before a time, both with no condition or exception and naming it by a word both
    units share."""
    free: list[Item] = []
    held: list[Item] = []
    things: dict[Item, frozenset[str]] = {}
    for r in reads:
        for st in r.statements:
            if st.practice != "termination-by-user" or st.conditions or st.exceptions:
                continue
            words = word_list(r.unit.text)
            if st.polarity == "affirmed" and _at_any_time(words) and _BOUNDED.isdisjoint(words):
                side = free
            elif st.polarity == "denied" and not _HELD.isdisjoint(words):
                side = held
            else:
                continue
            it = item(st, r)
            things[it] = _thing(words)
            if things[it]:
                keep(side, it)
    for a, b in pairs(held, free, spend):
        if things[a] & things[b]:
            report.add(a, b, f"ending: at any time on line {b.line}, but not during the term on line {a.line}")
