"""Messages by one channel sent and not sent (see spec/consistency.md, "Statement rules"): "Qatra never sends
text messages to its users" / "By turning on reminders you agree to receive push notifications and text
messages"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.units import CASE_WORDS, Item, Report, item, keep, pairs, word_list
from policylabel.statements import Read, Statement

# The channels, by the five-letter stems of the words naming them.
_CHANNELS = (("text messages", frozenset({"text", "sms", "texts", "texte"})),
             ("calls", frozenset({"call", "calls", "phone", "telep", "ring"})),
             ("WhatsApp messages", frozenset({"whats"})))
# Words of selling: a denial of marketing messages leaves messages about the service alone.
_SELLING = frozenset({"marke", "promo", "offer", "sales", "sell", "deal", "deals", "adver", "newsl"})
# A case the unit names ("unless you ask us to call", "after the follow-up period ends", "only to captains").
_CASES = CASE_WORDS | {"after", "before", "while", "only", "without"}


def _channels(s: Statement) -> frozenset[str]:
    """The channels a statement names by its words."""
    stems = {w[:5] for w in s.objects} | {w.lower()[:5] for w in s.cue.split()}
    return frozenset(name for name, words in _CHANNELS if words & stems)


def _selling(s: Statement) -> bool:
    return any(w[:5] in _SELLING for w in s.objects)


def message_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """The first party's unconditional denial that it sends messages by a channel, against messages by that
    channel the reader agrees to or the first party sends: a denial of selling messages only against selling ones
    ("We will never call or text you with promotional offers" leaves "we may text you about your workshop time")."""
    denied: list[Item] = []
    sent: list[Item] = []
    for r in reads:
        for st in r.statements:
            if st.practice != "communications-consent" or st.conditions or st.exceptions or not _channels(st):
                continue
            if st.polarity == "denied" and st.actor == "first-party" and _CASES.isdisjoint(word_list(r.unit.text)):
                keep(denied, item(st, r))
            elif st.polarity == "affirmed":
                keep(sent, item(st, r))
    for a, b in pairs(denied, sent, spend):
        shared = _channels(a.statement) & _channels(b.statement)
        if shared and (not _selling(a.statement) or _selling(b.statement)):
            report.add(a, b, f"{sorted(shared)[0]}: none sent on line {a.line}, but sent on line {b.line}")
