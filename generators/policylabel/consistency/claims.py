"""Claim checks: structured values backed by the claim's quotes, and polarity against negation cues."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from policylabel import durations
from policylabel import textpattern as tp
from policylabel.diagnostics import Diagnostic, error, warning
from policylabel.evidence import SourceText, Span, normalise
from policylabel.load import Loaded, pointer_join
from policylabel.model import Claim, Contact, Document, Vendor
from policylabel.statements.words import LIMITS

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
for _t, _w in enumerate(_TENS):
    if _w:
        NUMBER_WORDS[_w] = _t * 10
        for _o in range(1, 10):
            NUMBER_WORDS[f"{_w}-{_ONES[_o]}"] = _t * 10 + _o
            NUMBER_WORDS[f"{_w} {_ONES[_o]}"] = _t * 10 + _o
NUMBER_WORDS.update({"a hundred": 100, "one hundred": 100, "a": 1, "an": 1, "a single": 1})

_NUM = r"(\d+(?:,\d{3})*|" + "|".join(sorted((tp.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
# A number not glued to a word or a decimal point: the character before it is consumed (a look-behind
# before RE2), so group 1 is the number.
_NOT_AFTER = r"(?:^|[^\w.])"
_NUMBER_RE = tp.compile(_NOT_AFTER + _NUM + r"\b", ignore_case=True)
_UNIT_RE = tp.compile(_NOT_AFTER + _NUM + r"(?:\s*\(\d+\))?[\s-]*(calendar |business |full )?(hours?|days?|weeks?|months?|years?)\b",
                      ignore_case=True)
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RES = [
    (tp.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (tp.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", ignore_case=True), ("M", "d", "y")),
    (tp.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+(\d{4})", ignore_case=True), ("d", "M", "y")),
    (tp.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), ("m", "d", "y")),  # US reading ...
    (tp.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), ("d", "m", "y")),  # ... and the day-first one
]
_NEGATION = tp.compile(
    r"\b(?:not|never|no|none|neither|nor|without|cannot|nothing|nobody|unable)\b|n't\b|n’t\b", ignore_case=True)


def parse_number(token: str) -> int | None:
    t = token.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t)


def numbers_in(text: str) -> set[int]:
    """Every number a text states, in digits or words ("thirteen (13)")."""
    out: set[int] = set()
    for m in _NUMBER_RE.finditer(text):
        n = parse_number(m.group(1))
        if n is not None:
            out.add(n)
    return out


def durations_in(text: str) -> set[float]:
    """Every period a text states, in days ("90 days", "six months", "one (1) year")."""
    out: set[float] = set()
    for m in _UNIT_RE.finditer(text):
        n = parse_number(m.group(1))
        if n is not None:
            out.add(round(n * _UNIT_DAYS[m.group(3).lower().rstrip("s")], 3))
    return out


def iso_duration_days(value: str) -> float | None:
    return durations.days(value)


def dates_in(text: str) -> set[date]:
    """Every calendar date a text states, in the common English and ISO forms."""
    out: set[date] = set()
    for rx, order in _DATE_RES:
        for m in rx.finditer(text):
            parts: dict[str, Any] = dict(zip(order, m.groups(), strict=True))
            try:
                month = _MONTHS[parts["M"].lower().rstrip(".")] if "M" in parts else int(parts["m"])
                out.add(date(int(parts["y"]), month, int(parts["d"])))
            except (KeyError, ValueError):
                continue
    return out


def is_negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


_KEYPAD = str.maketrans({c: str(d) for d, letters in ((2, "abc"), (3, "def"), (4, "ghi"), (5, "jkl"),
                                                       (6, "mno"), (7, "pqrs"), (8, "tuv"), (9, "wxyz"))
                         for ch in letters for c in (ch, ch.upper())})
_NON_DIGIT = tp.compile(r"\D+")
# A phone number as texts write it: digits with spaces, dots, dashes, slashes and brackets, optionally
# ending in vanity letters ("1-866-4KAJEET", "+1 (415) 555-0100").
_PHONE_RUN = tp.compile(r"\+?\(?\d[\d \t().\-/]{4,}(?:[\dA-Za-z]+(?:-[\dA-Za-z]+)*)?")
MIN_PHONE_DIGITS = 7


def phone_digits(value: str) -> str:
    """Digits of a phone number, vanity letters mapped to digits (1-866-4KAJEET)."""
    return _NON_DIGIT.sub("", value.translate(_KEYPAD))


@lru_cache(maxsize=64)
def _phone_numbers(normalised_text: str) -> tuple[str, ...]:
    """The digits of every phone-like run of a (normalised) text."""
    out = []
    for m in _PHONE_RUN.finditer(normalised_text):
        digits = phone_digits(m.group().rstrip(" -./"))
        if len(digits) >= MIN_PHONE_DIGITS:
            out.append(digits)
    return tuple(out)


def _phone_in_text(value: str, normalised_text: str) -> bool:
    digits = phone_digits(value)
    if len(digits) < MIN_PHONE_DIGITS:  # a short code ("611"): the value itself, as a whole word
        return bool(digits) and _word_in(value, normalised_text, ignore_case=True)
    # Same digits; or one adds a country or trunk prefix to the other (+1 866 ... vs 866 ...).
    return any(digits in run or digits.endswith(run) for run in _phone_numbers(normalised_text))


# What may not touch a value on its left, and on its right ("." only before a word character).
_LEFT = {"word": "@.+-", "host": "-", "none": None}
_RIGHT = {"word": "@/-", "host": "-", "url": "-", "none": None}
_DOT_BEFORE_WORD = {"word": True, "host": True, "url": False, "none": False}


def _wordy(c: str) -> bool:
    return c.isalnum() or c == "_"  # Python's \w


@lru_cache(maxsize=8)
def _lower(text: str) -> str:
    return text.lower()


def _word_in(value: str, text: str, ignore_case: bool = False, left: str = "word", right: str = "word") -> bool:
    """``value`` occurs in ``text`` not glued to a longer word, number, address or path (a literal search
    with the neighbouring characters checked: linear in the text)."""
    if not value:
        return False
    if ignore_case:
        value, text = value.lower(), _lower(text)
    no_left, no_right, no_dot = _LEFT[left], _RIGHT[right], _DOT_BEFORE_WORD[right]
    n = len(text)
    pos = text.find(value)
    while pos >= 0:
        end = pos + len(value)
        before = text[pos - 1] if pos else ""
        after = text[end] if end < n else ""
        ok = no_left is None or not before or not (_wordy(before) or before in no_left)
        if ok and no_right is not None and after:
            ok = not (_wordy(after) or after in no_right)
            if ok and no_dot and after == "." and end + 1 < n and _wordy(text[end + 1]):
                ok = False
        if ok:
            return True
        pos = text.find(value, pos + 1)
    return False


def contact_in_text(contact: Contact, normalised_text: str) -> bool:
    """Whether a contact's value appears in a (normalised) text (see spec/consistency.md, Claim checks)."""
    value = normalise(contact.value)
    if contact.channel == "phone":
        return _phone_in_text(value, normalised_text)
    if contact.channel == "email":
        # Scraped text glues words, so only the right end must not continue the address.
        return _word_in(value.removeprefix("mailto:"), normalised_text, ignore_case=True, left="none", right="host")
    if contact.channel == "web-form" and value.startswith(("http://", "https://")):
        bare = value.split("://", 1)[1].rstrip("/")
        return _word_in(bare, normalised_text, left="none", right="url")
    if contact.channel == "postal":
        # Addresses are laid out over several lines, often glued together by scraping: each
        # comma-separated part must appear; a part of up to three characters (a state or country
        # code) as a whole word.
        parts = [part.strip() for part in value.split(",") if part.strip()]
        return bool(parts) and all(
            _word_in(part, normalised_text, ignore_case=True, left="word" if len(part) <= 3 else "none",
                     right="word" if len(part) <= 3 else "none")
            for part in parts)
    return value in normalised_text


def _quote_text(claim: Claim, matches: Mapping[str, tuple[Span, ...]], source: SourceText) -> str:
    parts = []
    for q in claim.evidence:
        spans = matches.get(q.pointer)
        parts.append(source.excerpt(spans[0]) if spans else q.text)
    return normalise(" ".join(parts))


def check(doc: Document, source: SourceText, matches: Mapping[str, tuple[Span, ...]],
          loaded: Loaded) -> list[Diagnostic]:
    """Values backed by quotes and polarity cues, claim by claim."""
    diags: list[Diagnostic] = []
    for claim in doc.claims:
        missing = False  # (a loop, not a generator per claim)
        for q in claim.evidence:
            if not matches.get(q.pointer):
                missing = True  # a missing quote is already an error; do not pile up
                break
        if missing:
            continue
        # The quotes' text is read for the values stated in it only (contacts are sought in the whole text).
        stated = claim.age is not None or claim.duration is not None or claim.date is not None
        if stated or claim.contacts:  # (most claims state no value: nothing to check)
            text = _quote_text(claim, matches, source) if stated else ""
            diags.extend(_values(doc, loaded, claim, text, source))
        diags.extend(_polarity(doc, loaded, claim, matches, source))
    return diags


def _at(loaded: Loaded, claim: Claim, *attr: str | int) -> tuple[int, int, str]:
    ptr = claim.pointer
    for token in attr:
        ptr = pointer_join(ptr, token)
    line, col = loaded.position(ptr)
    return line, col, ptr


def _values(doc: Document, loaded: Loaded, claim: Claim, text: str, source: SourceText) -> Iterable[Diagnostic]:
    if claim.age is not None and claim.age not in numbers_in(text):
        line, col, ptr = _at(loaded, claim, "age")
        yield error("value-not-backed", f"age {claim.age} does not appear in the claim's quotes", doc.yaml_path,
                    line, col, ptr, hint="quote the sentence that states the age, or correct the value")
    if claim.duration is not None:
        days = iso_duration_days(claim.duration)
        if days is not None and days not in durations_in(text):
            line, col, ptr = _at(loaded, claim, "duration")
            found = sorted(durations_in(text))
            yield error("value-not-backed", f"duration {claim.duration} does not appear in the claim's quotes",
                        doc.yaml_path, line, col, ptr,
                        hint=(f"the quotes state {', '.join(f'{d:g} days' for d in found)}" if found else
                              "the quotes state no period") + "; quote the period or correct the value")
    if claim.date is not None:
        try:
            wanted = date.fromisoformat(claim.date)
        except ValueError:
            wanted = None
        if wanted is not None and wanted not in dates_in(text):
            line, col, ptr = _at(loaded, claim, "date")
            yield error("value-not-backed", f"date {claim.date} does not appear in the claim's quotes",
                        doc.yaml_path, line, col, ptr, hint="quote the sentence that states the date")
    for i, contact in enumerate(claim.contacts):
        if not contact_in_text(contact, source.normalised):
            line, col, ptr = _at(loaded, claim, "contacts", i, "value")
            yield error("value-not-backed", f"{contact.channel} '{contact.value}' does not appear in the source text",
                        doc.yaml_path, line, col, ptr, hint="copy the contact detail exactly as the text gives it")


def _polarity(doc: Document, loaded: Loaded, claim: Claim, matches: Mapping[str, tuple[Span, ...]],
              source: SourceText) -> Iterable[Diagnostic]:
    if claim.practice in LIMITS:
        return  # a limit is stated by a negation ("no warranty") and denied without one ("we guarantee")
    # Read lazily: a denial needs one negated quote, an affirmation one that is not.
    negated = (is_negated(source.excerpt(matches[q.pointer][0])) for q in claim.evidence)
    if claim.polarity == "denied" and not any(negated):
        line, col, ptr = _at(loaded, claim, "polarity")
        yield warning("polarity", "a denied claim whose quotes contain no negation", doc.yaml_path, line, col, ptr,
                      hint="check the polarity, or quote the sentence that denies the practice")
    elif claim.polarity == "affirmed" and all(negated):
        line, col, ptr = _at(loaded, claim, "polarity")
        yield warning("polarity", "an affirmed claim whose every quote is negated", doc.yaml_path, line, col, ptr,
                      hint="check the polarity (`denied` for \"we do not ...\"), or quote the affirming sentence")


def vendor_contacts(vendor: Vendor, sources: Mapping[str, SourceText], loaded: Loaded | None) -> list[Diagnostic]:
    """Every email, phone number and URL in vendor.yaml must appear in one of the vendor's texts."""
    texts = [s.normalised for s in sources.values()]
    if not texts:
        return []
    diags: list[Diagnostic] = []
    groups = [("/contacts", vendor.contacts), ("/data-protection-officer/contacts", vendor.dpo_contacts)]
    for base, contacts in groups:
        for i, c in enumerate(contacts):
            if c.channel not in ("email", "phone", "web-form", "postal"):
                continue
            if not any(contact_in_text(c, t) for t in texts):
                ptr = f"{base}/{i}/value"
                line, col = loaded.position(ptr) if loaded else (1, 1)
                diags.append(error("value-not-backed", f"{c.channel} '{c.value}' appears in none of the vendor's texts",
                                   vendor.yaml_path, line, col, ptr,
                                   hint="copy the contact detail exactly as a text of the vendor gives it"))
    if vendor.website:
        host = vendor.website.split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
        if not any(_word_in(host, t, ignore_case=True, left="host", right="host") for t in texts):
            line, col = loaded.position("/website") if loaded else (1, 1)
            diags.append(warning("value-not-backed", f"the website host '{host}' appears in none of the vendor's texts",
                                 vendor.yaml_path, line, col, "/website"))
    return diags
