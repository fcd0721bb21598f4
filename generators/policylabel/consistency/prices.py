"""Two prices for one thing (see spec/consistency.md, "Statement rules"): the same thing, named by the same words,
charged two different sums in one currency for the same stretch of time ("Single-frame adoption: S$180 per year"
/ "The single-frame plan is priced at S$240 for each year of adoption")."""

from __future__ import annotations

from collections.abc import Callable

from policylabel.consistency import alike
from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.units import MAX_PER_BUCKET, Item, Report, names_region, other_product, unit_label
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.amounts import number

# Words of pricing and billing, the same whatever is priced ("plan", "priced", "billed", "costs")
_PRICING = frozenset({"price", "priced", "pricing", "cost", "costs", "fee", "fees", "charge", "charged", "pay", "paid",
                      "payable", "bill", "billed", "billing", "rate", "plan", "tariff", "amount", "sum", "total",
                      "per", "each", "every", "only", "just", "set", "standard", "normal", "usual", "regular"})
# The stretch of time a price is for, by its words ("per year", "annually", "a month")
_TIME_UNITS = {"year": "year", "annual": "year", "annually": "year", "yearly": "year", "month": "month",
               "monthly": "month", "week": "week", "weekly": "week", "day": "day", "daily": "day", "night": "night",
               "nightly": "night", "hour": "hour", "hourly": "hour", "session": "session"}
_OTHER_CASE = frozenset({"extra", "additional", "surcharge", "discount", "discounted", "reduced", "concession",
                         "deposit", "late", "penalty", "instead", "increase", "increased", "rise", "new", "from",
                         "after", "until", "introductory", "first", "second", "renewal", "renew"})  # another case
_MIN_WORDS = 2  # five-letter stems naming the thing priced, at least


def _price(s: Statement) -> tuple[str, float] | None:
    """The statement's one sum of money, by currency; None when it holds none, several or a percentage."""
    money = {(a.unit, a.value) for a in s.amounts if a.kind == "money"}
    if len(money) != 1 or any(a.kind == "percent" for a in s.amounts):
        return None
    return next(iter(money))


def _thing(s: Statement) -> frozenset[str]:
    """Five-letter stems of what the statement prices, beyond words of pricing, time, numbers and names."""
    return frozenset(w[:5] for w in s.objects | s.anchors
                     if w.isalpha() and len(w) >= 3 and number(w) is None and w not in _PRICING
                     and w not in _TIME_UNITS and w not in _GENERIC_OBJECTS and w not in _FIRST_PARTY_ROLES
                     and w not in alike.frequent and w not in alike.vendor)


def price_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """Add to ``report`` the pairs of prices for one thing that disagree (``spend``: the comparison budget)."""
    # (a table's rows each price a thing of their own: "Half day | NZ$65 per kayak" / "Full day | NZ$95 per kayak")
    priced = [(it, price, _thing(s), frozenset(_TIME_UNITS[w] for w in s.objects | s.anchors if w in _TIME_UNITS))
              for r in reads for s in r.statements
              if s.practice == "fees-and-payment" and s.polarity == "affirmed" and s.actor != "other"
              and not s.conditions and not s.exceptions and not s.defining and not s.embedded
              and _OTHER_CASE.isdisjoint(s.objects | s.anchors)
              for price in [_price(s)] if price is not None
              if "|" not in r.unit.text and not names_region(r.unit.text) and not other_product(r.unit.text)
              for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    labels = {it.quote_span: unit_label(source.text[it.quote_span[0]:it.quote_span[1]]) for it, *_ in priced}
    for i, (a, price_a, thing_a, per_a) in enumerate(priced):
        for b, price_b, thing_b, per_b in priced[i + 1:]:
            if not spend(b):
                break
            # (the same words name the thing, all of them: "Car pitch" / "Van or car with trailer" are two)
            if a.line != b.line and price_a[0] == price_b[0] and price_a[1] != price_b[1] and per_a == per_b \
                    and len(thing_a) >= _MIN_WORDS and thing_a == thing_b \
                    and not (labels[a.quote_span] and labels[b.quote_span]
                             and labels[a.quote_span] != labels[b.quote_span]):
                report.add(a, b, f"two different prices for the same thing: {price_a[1]:g} on line {a.line}, "
                                 f"{price_b[1]:g} on line {b.line}")
