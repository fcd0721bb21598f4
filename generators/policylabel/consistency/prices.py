"""Two prices for one thing (see spec/consistency.md, "Statement rules"): the same thing, named by the same words,
charged two different sums in one currency for the same stretch of time ("Single-frame adoption: S$180 per year"
/ "The single-frame plan is priced at S$240 for each year of adoption")."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from policylabel.consistency import alike
from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.money import _prefixed_apart
from policylabel.consistency.units import MAX_PER_BUCKET, Item, Report, names_region, other_product, unit_label
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.amounts import number
from policylabel.statements.currencies import BEFORE_WORDS, DOLLARS, name_unit
from policylabel.statements.words import ARTICLES, STOP

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
_SHARED_CASES = frozenset({"late"})  # cases two charges may both name and still be one charge
_MIN_WORDS = 2  # five-letter stems naming the thing priced, at least
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters: linear, no backtracking
_BRACKETED = re.compile(r"\([^()]*\)")  # "(3 hours, materials included)": what the row's thing comes with
_ADDED = frozenset({"add", "adds", "added", "addin", "plus", "top", "extra"})  # (stems) a sum on top of another
_CONNECTIVES = frozenset({"the", "and", "for", "with", "from", "into", "onto", "incl", "excl", "including",
                          "included", "plus", "only"})


_DAY_WORDS = frozenset({"of", "day", "working", "business"})


def _days_named(text: str) -> frozenset[str]:
    """"first" where it names a day ("billed on the first of each month", "the first working day"): when a price
    is paid, not a first period priced apart from later ones."""
    words = text.lower().split()
    return frozenset({"first"}) if any(w == "first" and nxt in _DAY_WORDS for w, nxt in pairwise(words)) \
        else frozenset()


def _price(s: Statement) -> tuple[str, float] | None:
    """The statement's one sum of money, by currency; None when it holds none, several or a percentage."""
    money = {(a.unit, a.value) for a in s.amounts if a.kind == "money"}
    if len(money) != 1 or any(a.kind == "percent" for a in s.amounts):
        return None
    return next(iter(money))


def _money_word(w: str, unit: str) -> bool:
    """``w`` names the currency ``unit`` ("eur", "pln", "lari", "rp"): the sum, not the thing priced."""
    return w.upper() == unit or name_unit(w) == unit or BEFORE_WORDS.get(w) == unit or DOLLARS.get(w) == unit


def _names_priced(w: str, unit: str) -> bool:
    """``w`` may name what is priced: no word of pricing, time, numbers, the parties, the vendor's name or the
    currency ``unit``."""
    return w.isalpha() and len(w) >= 3 and number(w) is None and w not in _PRICING and w not in _TIME_UNITS \
        and w not in _GENERIC_OBJECTS and w not in _FIRST_PARTY_ROLES and w not in alike.vendor \
        and not _money_word(w, unit)


def _priced_words(words: frozenset[str], unit: str) -> frozenset[str]:
    """Five-letter stems of ``words`` that may name what is priced (:func:`_names_priced`)."""
    return frozenset(w[:5] for w in words if _names_priced(w, unit))


def _thing(s: Statement, unit: str) -> frozenset[str]:
    """What the statement prices, beyond words the whole text uses often too."""
    return _priced_words((s.objects | s.anchors) - alike.frequent, unit)


_MAIN_VERBS = frozenset({"is", "are", "costs", "cost", "comes", "come", "carries", "carry", "will", "shall", "must",
                         "may", "can", "pays", "pay"})
_DETERMINERS = ARTICLES | {"each", "every", "all", "both", "either", "one"}
_CASE_WORDS = frozenset({"on", "at", "during", "outside", "within", "after", "before", "from", "in", "when", "if",
                         "over", "under", "above", "below", "except", "without"})


_LINKING = frozenset({"of", "by", "for", "with", "from"})  # a phrase of its own after the thing: "piece of luggage"
Subject = tuple[tuple[str, ...], frozenset[str], tuple[bool, ...]]


def _subject(text: str, unit: str) -> Subject | None:
    """What the sentence's subject names, the words before its first main verb, as stems beyond words of pricing,
    in their order ("Each piece of luggage carried by a porter is charged at ₹250": piece, lugga, carri, porte), and
    those of it that name a case ("A visit on a public holiday": publi, holid), and for each stem whether a phrase of
    its own opens right after it ("piece of", "carried by": it does not name a kind of what follows); None when no
    such verb follows a subject."""
    words = [part for w in text.lower().split() for part in w.strip(".,;:()\"'").split("-")]
    for i, w in enumerate(words):
        if w in _MAIN_VERBS:
            if not i:
                return None
            case = next((k for k in range(i) if words[k] in _CASE_WORDS), i)
            at: dict[str, int] = {}
            for k in range(i):
                if words[k] not in _DETERMINERS and words[k] not in STOP and _names_priced(words[k], unit):
                    at.setdefault(words[k][:5], k)
            named = tuple(at)
            linked = tuple(any(words[j] in _LINKING for j in range(at[stem] + 1, nxt))
                           for stem, nxt in zip(named, [*(at[n] for n in named[1:]), i], strict=False))
            return named, _priced_words(frozenset(words[case:i]), unit), linked
    return None


def _same_subject(a: Subject | None, b: Subject | None) -> bool:
    """Both subjects name the thing by the same words, or one by some of the other's with words that say more of
    it, none naming a case ("The porter fee" / "Each piece of luggage carried by a porter"; not "Each visit" / "A
    visit on a public holiday", nor "A locker" / "A large locker": a word right before the thing names a kind of
    it)."""
    if a is None or b is None or not a[0] or not b[0]:
        return False
    small, large = (a, b) if len(a[0]) <= len(b[0]) else (b, a)
    shared = set(small[0])
    if not shared <= set(large[0]):
        return False
    first = min(large[0].index(w) for w in shared)
    extra = [k for k, w in enumerate(large[0]) if w not in shared]
    return (all(k > first for k in extra) or large[2][first - 1]) and large[1].isdisjoint(large[0][k] for k in extra)


def _named(s: Statement, unit: str) -> frozenset[str]:
    """The words naming what is priced, around the statement's cue, frequent ones included ("Annual membership is
    charged at SDG 300,000": membe): a thing the whole text is about is still one thing."""
    return _priced_words(s.anchors, unit)


def _stems(text: str) -> frozenset[str]:
    """Five-letter stems of the words of ``text`` ("kite-making" is "kite" and "makin")."""
    return frozenset(w[:5] for w in _WORD.findall(text.lower()))


def _row_thing(text: str) -> frozenset[str]:
    """A table row's first cell, which names what the row prices ("Half-day ridge walk | SBD 450"), as stems,
    without what it says in brackets and words of pricing, time or connection."""
    cell = _BRACKETED.sub(" ", text.split("|", 1)[0].strip(" -*"))
    return frozenset(w[:5] for w in _WORD.findall(cell.lower())
                     if len(w) >= 3 and w not in _CONNECTIVES and w not in _PRICING and w not in _TIME_UNITS)


def price_findings(source: SourceText, reads: list[Read], report: Report, spend: Callable[[Item], bool]) -> None:
    """Add to ``report`` the pairs of prices for one thing that disagree (``spend``: the comparison budget)."""
    # (a table's rows each price a thing of their own: "Half day | NZ$65 per kayak" / "Full day | NZ$95 per kayak";
    # a row is compared with sentences only, by its first cell)
    # (a charge in a case of its own, "late", "extra", "deposit", is compared only with one in the same case: "A late
    # payment fee of RON 120 is charged for each missed instalment" / "Each instalment paid late attracts RON 300")
    priced = [(it, price, _thing(s, price[0]), _named(s, price[0]), frozenset(_TIME_UNITS[w] for w in s.objects | s.anchors if w in _TIME_UNITS),
               _row_thing(r.unit.text) if "|" in r.unit.text else None, case)
              for r in reads for s in r.statements
              if s.practice == "fees-and-payment" and s.polarity == "affirmed" and s.actor != "other"
              and not s.conditions and not s.exceptions and not s.defining and not s.embedded
              for case in [_OTHER_CASE & ((s.objects | s.anchors) - _days_named(r.unit.text))]
              if case <= _SHARED_CASES
              for price in [_price(s)] if price is not None
              if not names_region(r.unit.text) and not other_product(r.unit.text)
              for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    labels = {it.quote_span: unit_label(source.text[it.quote_span[0]:it.quote_span[1]]) for it, *_ in priced}
    subjects = {it.quote_span: _subject(source.text[it.quote_span[0]:it.quote_span[1]], price[0])
                for it, price, *_ in priced}
    for i, (a, price_a, thing_a, named_a, per_a, row_a, case_a) in enumerate(priced):
        for b, price_b, thing_b, named_b, per_b, row_b, case_b in priced[i + 1:]:
            if not spend(b):
                break
            if a.line == b.line or price_a[0] != price_b[0] or price_a[1] == price_b[1] or case_a != case_b:
                continue
            if row_a is None and row_b is None:
                # (the same words name the thing, all of them, or those of one are among the other's: "Car pitch" /
                # "Van or car with trailer" are two, "Replacement smart lids" / "A replacement lid" one; or so do
                # the two sentences' subjects)
                same = per_a == per_b and (((len(thing_a & thing_b) >= _MIN_WORDS or (bool(named_a) and named_a == named_b))
                                           and (thing_a <= thing_b or thing_b <= thing_a))
                                           or _same_subject(subjects[a.quote_span], subjects[b.quote_span])) \
                    and not _prefixed_apart(a.statement, b.statement) \
                    and not (labels[a.quote_span] and labels[b.quote_span]
                             and labels[a.quote_span] != labels[b.quote_span])
            elif row_a is None or row_b is None:
                # a row's thing named, every word of it, by a sentence elsewhere ("Half-day ridge walk | SBD 450" /
                # "The half-day ridge walk is priced at SBD 600 a head"), for the same stretch of time if both say
                # (not a sum added to it: "A booking fee of £4.50 per pitch is added at checkout")
                sentence, cell = (b, row_a) if row_b is None else (a, row_b)
                words = _stems(source.text[sentence.quote_span[0]:sentence.quote_span[1]])
                same = cell is not None and bool(cell) and cell <= words and not words & _ADDED \
                    and not (per_a and per_b and per_a != per_b)
            else:
                same = False
            if same:
                report.add(a, b, f"two different prices for the same thing: {price_a[1]:g} on line {a.line}, "
                                 f"{price_b[1]:g} on line {b.line}")
