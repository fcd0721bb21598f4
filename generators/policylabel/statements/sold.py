"""What a verb or noun of selling names that is no sale of data: products or services sold, and "sales" as a part
of a business."""

from __future__ import annotations

from policylabel.statements.lexicon import CueHit
from policylabel.statements.tokens import Token

_GOODS_SOLD = frozenset({"product", "products", "service", "services", "goods", "item", "items", "merchandise",
                         "solution", "solutions", "ticket", "tickets", "subscription", "subscriptions", "licence",
                         "licenses", "license", "licences"})
_GOODS_WINDOW = 5  # words after a verb of selling its object is looked for in ("sell theirs and our products")


def sells_goods(lemmas: list[str], cue: CueHit, last: int, data_hits: list[CueHit]) -> bool:
    """The verb of selling takes products or services as its object, within a few words and before any data
    ("to market or sell their and our products or services"): goods sold, no data."""
    end = min(last, cue.last + _GOODS_WINDOW)
    goods = next((k for k in range(cue.last + 1, end + 1) if lemmas[k] in _GOODS_SOLD), None)
    return goods is not None and not any(cue.last < d.first < goods for d in data_hits)


_FUNCTIONS = frozenset({"activity", "activities", "team", "teams", "department", "departments", "staff", "representative",
                        "representatives", "force", "office", "offices", "meeting", "meetings", "call", "calls",
                        "inquiry", "inquiries", "enquiry", "enquiries", "tax", "taxes", "channel", "channels",
                        "process", "processes", "cycle", "pipeline", "opportunity", "opportunities", "event", "events"})
_FUNCTION_WINDOW = 3  # words after "sales" a business function is named in ("sales and marketing activities")


def sales_function(toks: list[Token], lemmas: list[str], cue: CueHit, last: int) -> bool:
    """The noun "sales" names a part of a business ("our sales and marketing activities", "our sales team"): no
    sale of data."""
    return cue.first == cue.last and toks[cue.first].norm == "sales" and any(
        lemmas[k] in _FUNCTIONS or toks[k].norm in _FUNCTIONS
        for k in range(cue.first + 1, min(last, cue.first + _FUNCTION_WINDOW) + 1))
