"""Marketing mailings the reader may choose and may not (see spec/consistency.md, "Statement rules"): "We send
newsletters about seasonal fares only if you tick the box when you book" / "Everyone who books is put on the
seasonal fares mailing list, with no way to opt out"."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency.units import Item, Report, item, keep, pairs
from policylabel.statements import Read, Statement

# What a mailing is, by the five-letter stems of the words naming it: its kind and its channel.
_MAILINGS = frozenset({"newsl", "offer", "offers", "promo", "marke", "email", "e-mai", "text", "texts", "sms",
                       "push", "alert", "alerts", "invit", "news", "appea", "mail", "maili", "messa", "deal",
                       "deals", "brochu", "catal", "bulle", "circu", "updat"})
# Words any marketing mailing is named by: such a choice is about every one of them.
_ANY_MAILING = frozenset({"marke", "promo"})


def _mailing(s: Statement) -> frozenset[str]:
    return frozenset(w[:5] for w in s.objects | {c.lower() for c in s.cue.split()}) & _MAILINGS


def _same_mailing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name one mailing by a word, or one names marketing mailings in general."""
    return bool((a & b) - {"email", "e-mai", "text", "texts", "sms", "messa", "mail"}) \
        or (bool(a & _ANY_MAILING) and bool(b)) or (bool(b & _ANY_MAILING) and bool(a))


def mailing_findings(reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """A choice of marketing mailings offered (sent only to those who opt in, or stopped when they ask) against the
    same mailings sent with no way to stop them."""
    offered: list[Item] = []
    refused: list[Item] = []
    for r in reads:
        for st in r.statements:
            if st.practice != "marketing-choice" or st.actor == "other" or st.defining or not _mailing(st):
                continue
            if st.polarity == "denied" and not st.exceptions:
                keep(refused, item(st, r))
            elif st.polarity == "affirmed":
                keep(offered, item(st, r))
    for a, b in pairs(offered, refused, spend):
        if _same_mailing(_mailing(a.statement), _mailing(b.statement)):
            report.add(a, b, f"marketing mailings the reader may choose or stop on line {a.line}, but not on line {b.line}")
