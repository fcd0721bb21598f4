"""Amounts in a token sequence: periods ("30 days", "thirty (30) days"), money and percentages, ages, dates.

Token-level reading (no pattern on raw text): each reader looks at a number token and its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Final

from policylabel.statements.currencies import BEFORE_WORDS, DOLLARS, SIGNS, code_unit, name_unit
from policylabel.statements.tokens import Token

_NUMBER_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "fifty": 50, "seventy": 70, "eighty": 80, "twentyone": 21, "twentyfive": 25, "thirty": 30, "forty": 40, "fortyfive": 45, "sixty": 60, "ninety": 90, "hundred": 100, "a": 1,
    "an": 1,
}
# Days per unit; ISO 8601 designator.
_UNITS: Final[dict[str, tuple[float, str]]] = {
    "hour": (1 / 24, "H"), "day": (1, "D"), "week": (7, "W"), "month": (30, "M"), "year": (365, "Y"),
    "business day": (1, "D"),
}
TIME_UNITS: Final = tuple(u for u in _UNITS if " " not in u)  # "hour", "day", "week", "month", "year"
_MONTHS: Final = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                  "august", "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_PRICE_BEFORE: Final = frozenset({"at", "of", "is", "are", "costs", "cost", "pay", "pays", "charge", "charges", "fee", ":", "|",
                                  ",", "from", "to", "and", "or", "contribute", "contributes", "be", "only", "just", "for"})
_PRICE_AFTER: Final = frozenset({"per", "each", "a", "an", "for", "monthly", "annually", "yearly", "weekly"})
_DIGITS: Final = frozenset("0123456789")
_TENS: Final = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS_WORDS: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_UNIT_INITIALS: Final = frozenset(u[0] for u in _UNITS) | {"b"}  # how a word _unit_at reads starts ("business day")
_PERIOD_KINDS: Final = frozenset({"calendar", "school", "academic", "financial", "fiscal", "tax", "full", "complete",
                                  "consecutive", "clear", "whole", "entire"})  # words between a number and its unit
_AGE_BEFORE: Final = {"under", "over", "age", "aged", "least", "below", "younger", "older"}


@dataclass(frozen=True)
class Amount:
    """``kind``: "period" (``days`` set, ``iso`` like P30D), "money" (``unit`` a currency), "percent" or "age"."""

    kind: str
    value: float
    unit: str
    first: int  # token indices, inclusive
    last: int
    days: float | None = None
    iso: str | None = None
    bound: str = ""  # of an age: "under" for a group below it ("children under 13"), "" for a minimum or a plain age

    def __reduce__(self) -> tuple[type[Amount], tuple[object, ...]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return Amount, tuple(getattr(self, f.name) for f in fields(self))


def number(norm: str) -> float | None:
    if norm in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[norm])
    digits = norm.replace(",", "")
    if _digits(digits.replace(".", "", 1)) and len(digits) <= 12:
        return float(digits)
    return None


def _digits(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts superscripts and other scripts' digits."""
    return text.isascii() and text.isdigit()


def _unit_at(toks: list[Token], i: int) -> tuple[str, int] | None:
    """The time unit starting at token ``i`` (plural or not), and its last index."""
    if i >= len(toks):
        return None
    norm = toks[i].norm
    if norm in ("business", "working") and i + 1 < len(toks) and toks[i + 1].norm.startswith("day"):
        return "business day", i + 1  # (before the plural -s goes: "business" is not a plural)
    w = norm.rstrip("s") if norm not in ("days", "hours") else norm[:-1]
    if w in _UNITS:
        return w, i
    return None


def _written(tok: Token, text: str | None) -> str:
    return text[tok.start:tok.end] if text is not None else ""


def _currency_before(toks: list[Token], i: int, text: str | None) -> tuple[str, int] | None:
    """The currency written before the number at ``i`` ("EUR 5,400", "NZ$18.50", "\u20b1500", "Rs. 500", "KES 1,500"),
    and the index of its first token."""
    if i == 0:
        return None
    prev = toks[i - 1]
    if prev.norm == "$" and i > 1 and toks[i - 2].norm in DOLLARS and toks[i - 2].end == prev.start:
        return DOLLARS[toks[i - 2].norm], i - 2  # "NZ$18.50", "A$9.95", "RD$3,200"
    if not prev.word:
        if prev.norm in SIGNS:
            return SIGNS[prev.norm], i - 1
        if prev.norm == "." and i > 1 and toks[i - 2].norm in BEFORE_WORDS:
            return BEFORE_WORDS[toks[i - 2].norm], i - 2  # "Rs. 500"
        return None
    code = code_unit(prev.norm, _written(prev, text))
    if code is not None:
        return code, i - 1
    if prev.norm in BEFORE_WORDS:
        return BEFORE_WORDS[prev.norm], i - 1  # "Rp 5,000", "KSh 500"
    return None


def _currency_after(tok: Token, text: str | None) -> str | None:
    """The currency written after a number ("30 CHF", "60 GEL", "85 lari", "2,800 pesos", "50.000\u20ab")."""
    if not tok.word:
        return SIGNS.get(tok.norm) if tok.norm != "$" else None
    return code_unit(tok.norm, _written(tok, text)) or name_unit(tok.norm)


def amounts(toks: list[Token], norms: list[str] | None = None, text: str | None = None) -> list[Amount]:
    """Periods, money, percentages and ages in ``toks`` (``norms``: their ``norm``, when the caller has them;
    ``text``: the text they index, which tells a currency code in capitals from a word, "60 GEL" / "hair gel")."""
    out: list[Amount] = []
    n = len(toks)
    if norms is None:
        norms = [t.norm for t in toks]
    consumed = -1  # the last token a compound number word took
    # Most words are no number: the few that may be are found first, in one pass.
    for i in [i for i, w in enumerate(norms) if w[0] in _DIGITS or w in _NUMBER_WORDS or (w[0] == "r" and w[1:2] in _DIGITS)]:
        if norms[i][0] == "r":  # South African rand written as one word with its number: "R120", "R1 200"
            value = number(norms[i][1:])
            # (only where a price is written: "at R120 each", "a fee of R50", "R150 per term"; not "Route R44")
            priced = (i > 0 and norms[i - 1] in _PRICE_BEFORE) or (i + 1 < n and norms[i + 1] in _PRICE_AFTER)
            if value is not None and toks[i].word and priced:
                last = i
                if i + 1 < n and len(norms[i + 1]) == 3 and norms[i + 1].isdigit() and toks[i + 1].start == toks[i].end + 1 \
                        and len(norms[i][1:]) <= 3:
                    value, last = value * 1000 + float(norms[i + 1]), i + 1  # "R1 200": a space groups thousands
                    consumed = last
                out.append(Amount("money", value, "ZAR", i, last))
            continue
        t = toks[i]
        # ("a full year", "a whole month": the kind of period between)
        at = i + 2 if i + 2 < n and norms[i + 1] in _PERIOD_KINDS else i + 1
        if not t.word or (t.norm in ("a", "an") and (at >= n or norms[at][0] not in _UNIT_INITIALS
                                                     or not _unit_at(toks, at))):
            continue  # "a" or "an" is one only before a unit ("a year"; no call before another word)
        value = number(t.norm)
        if value is None:
            continue
        j = i + 1
        if i <= consumed:
            continue  # the "five" of "twenty-five"
        if t.norm in _TENS and j < n and toks[j].norm in _UNITS_WORDS:
            value += _NUMBER_WORDS[toks[j].norm]  # "twenty-five" (the hyphen is dropped): 25
            consumed = j
            j += 1
        if j + 2 < n and toks[j].norm == "(" and number(toks[j + 1].norm) == value and toks[j + 2].norm == ")":
            j += 3  # thirty (30) days
        if j + 1 < n and toks[j].norm in _PERIOD_KINDS:
            j += 1  # one calendar month, three school years
        unit = _unit_at(toks, j)
        if unit is not None:
            name, last = unit
            # ("16 years old", "16 years of age", and a group by its age: "sixteen-year-olds")
            if last + 1 < n and toks[last + 1].norm in ("old", "of", "olds") and name == "year" and \
                    (toks[last + 1].norm != "of" or (last + 2 < n and toks[last + 2].norm == "age")):
                out.append(Amount("age", value, "years", i, last + 1, bound=_age_bound(toks, i, last + 2)))
                continue
            if name == "year" and (_age_named(norms, i) or (i > 0 and norms[i - 1] == "aged")):
                # "Minimum age at enrolment: 4 years", "aged 6 years and over": an age, not a period
                out.append(Amount("age", value, "years", i, last, bound=_age_bound(toks, i, last + 1)))
                continue
            days, designator = _UNITS[name]
            iso = f"PT{int(value)}H" if designator == "H" else f"P{int(value) if value.is_integer() else value}{designator}"
            out.append(Amount("period", value, name, i, last, days=value * days, iso=iso))
            continue
        sign = _currency_before(toks, i, text)
        if sign is not None:
            out.append(Amount("money", value, sign[0], sign[1], i))
            continue
        if j < n and toks[j].norm in ("%", "percent"):
            out.append(Amount("percent", value, "%", i, j))
            continue
        named_currency = _currency_after(toks[j], text) if j < n else None
        if named_currency is not None:
            out.append(Amount("money", value, named_currency, i, j))
            continue
        if value.is_integer() and 1 <= value <= 30 and i > 1 and (norms[i - 1] == "aged" or (
                norms[i - 2:i] == ["age", "of"])) and not (j < n and number(toks[j].norm) is not None):
            # "from the age of eight", "aged 6": an age below ten too (an older one, "aged 65", is no minimum)
            out.append(Amount("age", value, "years", i, j - 1, bound=_age_bound(toks, i, j)))
            continue
        if 10 <= value <= 30 and value.is_integer() and not (j < n and (number(toks[j].norm) is not None
                                                                       or _unit_at(toks, j + 1))):
            # not "at least twenty-four hours" (a number goes on), nor "twenty four hours"
            before = {toks[k].norm for k in range(max(0, i - 4), i)}  # "minimum age to rent: 21"
            after = [toks[k].norm for k in range(j, min(n, j + 2))]
            # "The minimum age for an account is sixteen", "Minimum age to hold an account: 18": the age named
            # farther back, the number after "is" or a label's colon.
            named = _age_named(norms, i)
            # (people "who are 17": the age of those the relative clause names)
            aged_who = i > 1 and norms[i - 2] == "who" and norms[i - 1] in ("are", "is")
            # (someone who "must be 18 to join": a number alone as what a person must be, then "to" or the end)
            must_be = i > 1 and norms[i - 1] == "be" and norms[i - 2] in _REQUIRED_TO_BE \
                and (not after or after[0] in _AFTER_A_BARE_AGE) and not (len(after) > 1 and number(after[1]) is not None)
            if before & _AGE_BEFORE or after[:2] in _OVER_AFTER or after[:1] == ["+"] or named or aged_who or must_be:
                out.append(Amount("age", value, "years", i, j - 1, bound=_age_bound(toks, i, j)))
    return out


_REQUIRED_TO_BE: Final = frozenset({"must", "to", "should", "shall"})
_AFTER_A_BARE_AGE: Final = frozenset({"to", ".", ",", ";", "and", "or", "before", "if", "when"})


_LABEL_TOKENS: Final = 14


def _age_named(norms: list[str], i: int) -> bool:
    """The number at ``i`` is the value of an age named farther back: after "is" or a label's colon ("The
    minimum age for an account is sixteen", "Minimum age at enrolment: 4 years")."""
    # (a label names it anywhere before its colon: "Minimum age to hold an adoption in one's own name: 18 years")
    return i > 0 and ((norms[i - 1] == "is" and "age" in norms[max(0, i - 8):i])
                      or (norms[i - 1] == ":" and "age" in norms[max(0, i - _LABEL_TOKENS):i]))


_UNDER_BEFORE: Final = frozenset({"under", "below", "younger", "than"})  # "under 13", "younger than 16"
_UNDER_AFTER: Final = (["or", "younger"], ["and", "under"], ["or", "under"], ["and", "younger"])
_OVER_AFTER: Final = (["or", "older"], ["or", "over"], ["and", "over"], ["and", "older"])  # "18 or over": an age


def _age_bound(toks: list[Token], first: int, after: int) -> str:
    """"under" when the age bounds a group from above ("children under 13", "13 or younger"): such an age names
    who is meant, it is no minimum age to compare with another."""
    before = toks[first - 1].norm if first > 0 else ""
    following = [t.norm for t in toks[after:after + 2]]
    # ("up to 15", "up to the age of 15", "until the age of 15": everyone younger too)
    leading = [t.norm for t in toks[max(0, first - 5):first]]
    up_to = leading[-2:] == ["up", "to"] or leading == ["up", "to", "the", "age", "of"] \
        or leading[-4:] == ["until", "the", "age", "of"]
    return "under" if before in _UNDER_BEFORE or following in _UNDER_AFTER or up_to else ""


def dates(toks: list[Token]) -> list[tuple[date, int, int]]:
    """Calendar dates: "March 3, 2025", "3 March 2025", "2025-03-03" (hyphens are dropped by the tokenizer,
    so ISO dates arrive as three numbers)."""
    out: list[tuple[date, int, int]] = []
    n = len(toks)
    for i, t in enumerate(toks):
        try:
            if t.norm in _MONTHS and i + 1 < n:
                k = i + 1
                day = number(toks[k].norm)
                if day is not None and k + 1 < n and toks[k + 1].norm == ",":
                    k += 1
                year = number(toks[k + 1].norm) if k + 1 < n else None
                if day is not None and year is not None and 1900 < year < 2200:
                    out.append((date(int(year), _MONTHS[t.norm], int(day)), i, k + 1))
            elif _digits(t.norm) and len(t.norm) <= 2 and i + 2 < n and toks[i + 1].norm in _MONTHS:
                year = number(toks[i + 2].norm)
                if year is not None and 1900 < year < 2200:
                    out.append((date(int(year), _MONTHS[toks[i + 1].norm], int(t.norm)), i, i + 2))
            elif _digits(t.norm) and len(t.norm) == 4 and i + 2 < n and _digits(toks[i + 1].norm) \
                    and _digits(toks[i + 2].norm) and toks[i + 1].start == t.end + 1:
                out.append((date(int(t.norm), int(toks[i + 1].norm), int(toks[i + 2].norm)), i, i + 2))
        except ValueError:
            continue
    return out
