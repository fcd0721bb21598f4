"""What sets a denial and an affirmation of one practice apart in the text around them (see spec/consistency.md,
"Statement rules"): two cases under labels of their own, one boundary seen from either side, other people's data,
other recipients, places or named items, rows of a table, opposite states, an exception naming the other."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from policylabel.consistency import alike
from policylabel.consistency.alike import (
    _FIRST_PARTY_ROLES,
    _GENERIC_OBJECTS,
    _PARTIES_REQUIRED,
)
from policylabel.consistency.conflict import (
    _NOT_KINDS,
    _PASSING,
    _SAYING,
)
from policylabel.consistency.money import (
    _LEAVING_ACTS,
    _case,
)
from policylabel.consistency.units import (
    Item,
    singular,
    unit_label,
    word_list,
    word_set,
)
from policylabel.consistency.venues import (
    _clause_places,
)
from policylabel.statements import Statement
from policylabel.statements.amounts import TIME_UNITS, number
from policylabel.statements.lexicon import lexicon
from policylabel.statements.places import places
from policylabel.statements.words import (
    DATA_VERBS,
    object_form,
)

_SIDES = (("below", ("within", "under", "up to", "less than", "fewer than", "first", "below", "before", "until",
                     "the last", "final")),
          ("above", ("more than", "over", "beyond", "above", "exceeding", "after", "least")))


_BEFORE_AN_EVENT = frozenset({"before", "prior", "ahead", "advance"})


_ARTICLES_OR_OWN = frozenset({"the", "a", "an", "our", "your", "their", "its", "all", "any", "each", "every"})



# Parties named generically: whoever receives the data is one of them.
_GENERIC_PARTIES = frozenset(object_form(w) for w in (
    "anyone", "anybody", "third", "party", "parties", "company", "companies", "business", "businesses",
    "organisation", "organization", "other", "outside", "any", "the", "a", "an", "another", "firm", "entity",
    "entities", "people", "person", "one"))


def _two_cases_labelled(text: str, a: Item, b: Item) -> bool:
    """Two rows of a schedule, each labelled by its case in words of its own (three or more), not by the practice
    alone ("Refunds: none"): two cases of one rule."""
    la, lb = _case_label(text[a.quote_span[0]:a.quote_span[1]]), _case_label(text[b.quote_span[0]:b.quote_span[1]])
    return la != lb and len(la) >= _CASE_WORDS and len(lb) >= _CASE_WORDS


_CASE_LABEL_CHARS, _CASE_LABEL_WORDS = 120, 16  # a row label: within the first characters, a few words


def _case_label(text: str) -> list[str]:
    """The words of a row's label, before ": ", when it is one (a clause's colon comes later or not at all)."""
    head, colon, _rest = text[:_CASE_LABEL_CHARS].partition(": ")
    words = head.lower().split()
    return words if colon and len(words) <= _CASE_LABEL_WORDS else []


_CASE_WORDS = 3


def _opening_case(text: str, s: Statement) -> str:
    """The case a unit opens with, up to its first comma, when the reader is its subject ("When you cancel an
    annual plan,"), else ""."""
    head, comma, _rest = text[s.unit_start:s.unit_end].partition(",")
    words = word_list(head.lower())
    return head + comma if comma and len(words) >= 3 and words[0] in _CASE_OPENING and words[1] == "you" else ""


_CASE_OPENING = frozenset({"when", "if", "whenever", "once"})


def _one_boundary(text: str, after: Statement, before: Statement) -> bool:
    """A term from an event on ("Once the fabric has been cut, the deposit is not refunded", "Once the locksmith is
    on the way, a cancellation charge applies") and the other before that event ("cancel before the fabric is cut
    and receive the deposit back", "cancel free of charge before the locksmith sets off"): one rule's two sides."""
    words, back = _opening(text[after.unit_start:min(after.unit_end, after.unit_start + _OPENING_REACH)])
    if back:
        # "After that, the deposit is kept", "After those 14 days, the month is not refunded", "If you cancel later
        # than that, no refund" / "cancel within 10 days and receive your deposit back": the time the other names
        # is the boundary
        return any(a.kind == "period" for a in before.amounts) or _names_a_time(text, before)
    # (the words are read only where the cheap tests leave a chance: every pair of a bucket asks)
    if _has(text, after, ("no longer", "No longer", "NO LONGER")) \
            and _no_longer_from(_unit_words(text[after.unit_start:after.unit_end])) \
            and not _UP_TO.isdisjoint(_unit_words(text[before.unit_start:before.unit_end])):
        # "A reservation can no longer be cancelled once you have taken the puppy home" / "You may cancel your
        # reservation at any time before collection": what could be done up to an event, and not from it
        return True
    if not words or words[0] not in _FROM_AN_EVENT:
        return False
    event = {w[:4] for w in words[1:] if len(w) > 2} - _EVENT_FILLERS
    other = _unit_words(text[before.unit_start:before.unit_end])
    return any(w == "before" and event & {x[:4] for x in other[k + 1:k + _EVENT_WORDS]} for k, w in enumerate(other))


_FROM_AN_EVENT = frozenset({"once", "after"})


def _before_and_after(text: str, a: Statement, b: Statement) -> bool:
    """One unit opens with the time before an event, the other names the time after it ("Before the loss is
    reported, the Company bears no responsibility" / "responsible for all transactions ... after the Customer
    reports the loss"): one rule's two sides."""
    for first, second in ((a, b), (b, a)):
        words = _unit_words(text[first.unit_start:first.unit_end])
        if words[:1] == ("before",):
            event = {w[:4] for w in words[1:1 + _EVENT_WORDS] if len(w) > 2} - _EVENT_FILLERS
            other = _unit_words(text[second.unit_start:second.unit_end])
            if any(w == "after" and event & {x[:4] for x in other[k + 1:k + 1 + _EVENT_WORDS]}
                   for k, w in enumerate(other)):
                return True
    return False


def _has(text: str, s: Statement, phrases: tuple[str, ...]) -> bool:
    """The statement's unit holds one of ``phrases`` as written (where each stands in the text is found once per
    text; every pair of a bucket asks)."""
    for phrase in phrases:
        found = _occurrences(text, phrase)
        i = bisect_left(found, s.unit_start)
        if i < len(found) and found[i] + len(phrase) <= s.unit_end:
            return True
    return False


_found_in: list[tuple[str, dict[str, tuple[int, ...]]]] = []  # the last text searched, and where each phrase stands


def _occurrences(text: str, phrase: str) -> tuple[int, ...]:
    """Where ``phrase`` starts in ``text``, in order (one linear search per text and phrase; the text is held and
    recognised as the same object, never compared character by character with another)."""
    if not _found_in or _found_in[0][0] is not text:
        _found_in[:] = [(text, {})]
    known = _found_in[0][1]
    found = known.get(phrase)
    if found is None:
        out = []
        at = text.find(phrase)
        while at != -1:
            out.append(at)
            at = text.find(phrase, at + 1)
        found = known[phrase] = tuple(out)
    return found


@lru_cache(maxsize=4096)
def _unit_words(unit: str) -> tuple[str, ...]:
    """A unit's words in small letters, read once per unit (keyed by its text: the same words wherever it stands)."""
    return tuple(word_list(unit.lower()))


@lru_cache(maxsize=4096)
def _unit_word_set(unit: str) -> frozenset[str]:
    """The set of :func:`_unit_words`, once per unit: what the tests of a pair look words up in."""
    return frozenset(_unit_words(unit))

_UP_TO = frozenset({"before", "until", "till"})
_FROM_ON = _FROM_AN_EVENT | {"when"}


def _missed_without_notice(text: str, refusal: Statement, grant: Statement) -> bool:
    """A refusal for what is missed or cancelled without notice ("Sessions missed without notice are not refunded")
    and a grant for cancelling ahead by a notice period ("If you cancel at least 24 hours ahead, we refund it"):
    the two sides of giving notice."""
    if not _has(text, refusal, _NOTICE_WRITTEN):
        return False
    words = _unit_words(text[refusal.unit_start:refusal.unit_end])
    if not any(a in ("without", "no") and b in _NOTICE_WORDS for a, b in pairwise(words)):
        return False
    other = _unit_words(text[grant.unit_start:grant.unit_end])
    return (any(a.kind == "period" for a in grant.amounts) or _names_a_time(text, grant)) \
        and not _AHEAD.isdisjoint(other)


def _leaving_and_another_case(text: str, refusal: Statement, grant: Statement) -> bool:
    """A refusal in the reader's leaving ("No refund is given for a booking cancelled less than two hours before
    arrival") and a grant in a case that is no leaving of the reader's ("If no porter reaches the coach within 20
    minutes, the fee is refunded"): two cases."""
    if refusal.practice != "refunds" or not grant.conditions or refusal.conditions or refusal.exceptions:
        return False
    words = _unit_words(text[refusal.unit_start:refusal.unit_end])
    # ("not refundable, even when a race day is cancelled": refused in every case)
    if "even" in words or not any(w[:5] in _LEAVING_ACTS for w in words):
        return False
    return not any(w[:5] in _LEAVING_ACTS for c in grant.conditions for w in word_list(c))


_NOTICE_WORDS = frozenset({"notice", "warning", "notification"})
_NOTICE_WRITTEN = tuple(w for n in sorted(_NOTICE_WORDS) for w in (n, n.capitalize(), n.upper()))
_AHEAD = frozenset({"ahead", "before", "advance", "notice", "prior"})


def _no_longer_from(words: tuple[str, ...]) -> bool:
    """The unit says a thing can "no longer" be done from an event on ("... no longer be cancelled once ...")."""
    return any(a == "no" and b == "longer" for a, b in pairwise(words)) and not _FROM_ON.isdisjoint(words)


_PAST_A_TIME = frozenset({"after", "outside", "beyond", "past", "than"})  # "after those 14 days", "later than that"
_BACK = frozenset({"that", "this", "those", "these", "then"})  # words pointing back to what was just said
_OPENING_REACH = 80  # the characters of a unit's opening read for its first clause


@lru_cache(maxsize=4096)
def _opening(head: str) -> tuple[tuple[str, ...], bool]:
    """The words of a unit's first clause (to its first comma, from the unit's first characters ``head``), its
    clause number dropped ("3.2 Once ..."), and whether it counts from a time just named (read once per unit:
    every pair of a bucket asks)."""
    words = word_list(head.split(",", 1)[0])
    if words and _clause_number(words[0]):
        words = words[1:]
    return tuple(words), _back_to_the_other(words)


def _names_a_time(text: str, s: Statement) -> bool:
    """The statement's unit names a stretch of time, in its case too ("If you cancel within 14 days of signing up",
    "more than seven days before the first workshop")."""
    words = word_list(text[s.unit_start:s.unit_end])
    return any(number(w) is not None and nxt.startswith(TIME_UNITS)
               for w, nxt in pairwise(words))


def _clause_number(word: str) -> bool:
    """A clause's number or letter as a text writes it: "3.2", "12.", "(a)", "b)", "iv."."""
    core = word.strip("().")
    return bool(core) and (all(c.isdigit() or c == "." for c in core)
                           or (len(core) <= 3 and core.isalpha() and word != core and core.islower()))


def _back_to_the_other(words: list[str]) -> bool:
    """The opening counts from a time the text has just named ("After that", "After those 14 days", "Outside that
    period", "If you cancel later than that")."""
    return any(w in _PAST_A_TIME and words[i + 1] in _BACK for i, w in enumerate(words[:-1]))


_EVENT_FILLERS = frozenset({"been", "have", "has", "that", "this", "your", "their", "the", "its", "our", "was", "were",
                            "are"})


_EVENT_WORDS = 6  # "before the fabric for your sofa is cut"


def _other_people(whose: dict[tuple[int, int], frozenset[str]], text: str, a: Statement, b: Statement) -> bool:
    """Both statements say whose data it is, by a possessive noun, and name different people ("Surveyors
    photograph the Customer's roofs" / "We do not record images of neighbors' balconies"); a device is no one."""
    pa, pb = _possessors(whose, text, a) - _DEVICES, _possessors(whose, text, b) - _DEVICES
    # (a possessor the other statement names next to its cue is one party of both: "given to the patient's
    # employer" / "the employer's programme coordinator")
    return bool(pa) and bool(pb) and not pa & pb and not pa <= b.anchors and not pb <= a.anchors


def _possessors(whose: dict[tuple[int, int], frozenset[str]], text: str, s: Statement) -> frozenset[str]:
    """The nouns before "'s" or a plural's "s'" in a statement's words ("sitter", "owner", "guest"), singular;
    pronouns are not read."""
    key = (s.start, s.end)
    found = whose.get(key)
    if found is None:
        lex = lexicon()
        names = set()
        # ("children's", "child's": one person; the plural's "guests' home addresses")
        for apostrophe, plural in (("'s ", 0), ("\u2019s ", 0), ("s' ", 1), ("s\u2019 ", 1)):
            at = text.find(apostrophe, s.start, s.end)
            while at != -1:
                begin = end = at + plural
                while begin > s.start and text[begin - 1].isalpha():
                    begin -= 1
                # (not a name's: "the Beekeepers' Association")
                if begin < end and not (text[begin].isupper() and text[at + 3:at + 4].isupper()):
                    names.add(singular(lex.lemma(text[begin:end].lower())))
                at = text.find(apostrophe, at + 3, s.end)
        clause = text[s.start:s.end].lower()
        if " of themselves" in clause or " their own" in clause:
            # "Parents may upload a picture of themselves": the subject's own data
            subject = next((w for w in word_list(clause) if w not in _ARTICLES_OR_OWN), None)
            if subject is not None:
                names.add(lex.lemma(object_form(subject)))
        found = whose[key] = frozenset(names)
    return found


def _other_recipient(text: str, denied: Statement, affirmed: Statement) -> bool:
    """A denial of passing data to a party the vocabulary does not name ("never pass subscriber details to other
    coffee brands") is about that party: data given to a party it does not name ("Our couriers receive your
    name") is another matter. Parties named generically ("to other companies", "to anyone") are everyone."""
    if denied.practice not in _PASSING or denied.recipients:
        return False
    clause = text[denied.start:denied.end].lower()
    at = clause.find(denied.cue.lower())
    joint = " to "
    to = clause.find(joint, at) if at >= 0 else -1  # (a cue may hold it: "pass ... to")
    if to < 0 and denied.cue.lower().startswith("shar"):  # "share ... with", "shares no ... with"
        joint = " with "
        to = clause.find(joint, at)
    if to < 0:
        return False
    words = word_list(clause[to + len(joint):].split(",")[0].split(".")[0])
    end = next((i for i, w in enumerate(words) if w in alike.PARTY_ENDS), len(words))  # "to other firms for marketing"
    named = {object_form(w) for w in words[:end]} - _GENERIC_OBJECTS - _GENERIC_PARTIES - alike.frequent
    return bool(named) and not named & (affirmed.objects | affirmed.anchors)


def _other_places(placed: dict[tuple[int, int], frozenset[str]], text: str, a: Statement, b: Statement) -> bool:
    """Both statements name places, and none of one's is within the other's ("free for sellers in the United
    Kingdom and the European Union" / "Sellers based in Switzerland pay CHF 0.40"): two rules. Transfers are
    compared by their places elsewhere."""
    if a.practice == "international-transfer" or b.practice == "international-transfer":
        return False
    pa, pb = _places_named(placed, text, a), _places_named(placed, text, b)
    home = places()
    if pa and pb and ((home.within(pa, pb) and _other_than_within(text, b)) or (home.within(pb, pa)
                                                                              and _other_than_within(text, a))):
        return True  # "Shipping within Germany is free" / "Deliveries to other EU countries cost €9.90"
    return bool(pa) and bool(pb) and not home.within(pa, pb) and not home.within(pb, pa)


def _other_than_within(text: str, s: Statement) -> bool:
    """The statement's place is named as the others of it ("other EU countries", "outside the UK")."""
    words = word_list(text[s.start:s.end])
    names = {w for name, _code in _clause_places(text, s) for w in word_list(name)[:1]}
    return any(w in names and i > 0 and words[i - 1] in _OTHER_THAN for i, w in enumerate(words)) \
        or any(w in names and i > 1 and words[i - 1] == "the" and words[i - 2] in _OTHER_THAN
               for i, w in enumerate(words))


_OTHER_THAN = frozenset({"other", "outside", "beyond"})


def _places_named(placed: dict[tuple[int, int], frozenset[str]], text: str, s: Statement) -> frozenset[str]:
    key = (s.start, s.end)
    found = placed.get(key)
    if found is None:
        found = placed[key] = frozenset(code for _name, code in _clause_places(text, s))
    return found


def _named_items(named: dict[tuple[int, int], dict[str, frozenset[str]]], text: str, a: Statement,
                 b: Statement) -> bool:
    """Both statements name the thing they share by a capitalised name right before it, and different names
    ("The Free plan includes 5 GB at no cost" / "The Plus plan costs $2.99"): two products of a kind."""
    na, nb = _names_before(named, text, a), _names_before(named, text, b)
    shared = na.keys() & nb.keys()
    return bool(shared) and all(not na[w] & nb[w] for w in shared)


def _other_rows(text: str, a: Statement, b: Statement) -> bool:
    """Rows of a table naming different items in their first cells ("Free plan | No charge" / "Pro plan | $24 a
    year"): each row states its own item's terms."""
    ra, rb = text[a.unit_start:a.unit_end], text[b.unit_start:b.unit_end]
    if " | " not in ra or " | " not in rb:
        return False
    return ra.split(" | ", 1)[0].strip().lower() != rb.split(" | ", 1)[0].strip().lower()


# States a thing is in one at a time ("while the app is open" / "while the app is closed"): two cases.
_OPPOSITE_STATES = (frozenset({"open", "closed"}), frozenset({"in the foreground", "in the background"}),
                    frozenset({"online", "offline"}))


_STATED_AS = (" is ", " are ", " stays ", " remains ")  # how a state is said of something ("the app is open")


_MARKS_TO_SPACES = str.maketrans(".,;:!?()", "        ")


@lru_cache(maxsize=1024)
def _unit_states(unit: str) -> frozenset[str]:
    """The states a unit says something is in (one pass of a few look-ups over its words)."""
    span = " " + " ".join(unit.lower().translate(_MARKS_TO_SPACES).split()) + " "
    return frozenset(x for pair in _OPPOSITE_STATES for x in pair
                     if (x.startswith("in the ") and f" {x} " in span) or any(f"{v}{x} " in span for v in _STATED_AS))


def _opposite_states(text: str, a: Statement, b: Statement) -> bool:
    """One statement says something is in a state and the other in its opposite ("opened" / "unopened"), neither
    both; or one speaks of the time outside something and the other of the time during it ("Outside an active trip"
    / "While a trip is under way"): two cases."""
    ua, ub = text[a.unit_start:a.unit_end], text[b.unit_start:b.unit_end]
    sa, sb = _unit_states(ua), _unit_states(ub)
    return any(len(sa & pair) == 1 and len(sb & pair) == 1 and sa & pair != sb & pair
               for pair in _OPPOSITE_STATES) or _outside_and_during(ua, ub) or _outside_and_during(ub, ua) \
        or _un_and_not(ua, ub) or _un_and_not(ub, ua)


def _un_and_not(ua: str, ub: str) -> bool:
    """One unit names a thing in a state ("Opened skincare products", "whose seal has been broken"), the other in
    the state that undoes it ("returned unopened", "if the seal is unbroken"), neither both."""
    wa, wb = _unit_word_set(ua), _unit_word_set(ub)
    return any(w.endswith(("ed", "en")) and len(w) > 4 and "un" + w in wb and "un" + w not in wa and w not in wb
               for w in wa)


_OUTSIDE = frozenset({"outside"})


_DURING = frozenset({"while", "during", "throughout"})


_SCOPE_SKIPPED = frozenset({"a", "an", "the", "of", "your", "our", "any"})


def _scoped_words(words: list[str], at: frozenset[str], reach: int) -> set[str]:
    """The words (determiners skipped) within ``reach`` after each word of ``at``."""
    out: set[str] = set()
    for i, w in enumerate(words):
        if w in at:
            out.update(x.rstrip("s") for x in words[i + 1:i + 1 + reach] if x not in _SCOPE_SKIPPED)
    return out


def _outside_and_during(outside: str, during: str) -> bool:
    ws, wd = word_list(outside.lower()), word_list(during.lower())
    if _OUTSIDE.isdisjoint(ws) or _DURING.isdisjoint(wd):
        return False
    return bool(_scoped_words(ws, _OUTSIDE, 3) & _scoped_words(wd, _DURING, 3) - _GENERIC_OBJECTS)


def _names_before(named: dict[tuple[int, int], dict[str, frozenset[str]]], text: str,
                  s: Statement) -> dict[str, frozenset[str]]:
    """The capitalised words right before each of a statement's object words ("plan": {"free"})."""
    key = (s.start, s.end)
    found = named.get(key)
    if found is None:
        words = text[s.start:s.end].split()
        before: dict[str, set[str]] = {}
        for i in range(1, len(words)):  # (a name may open the sentence: "Express shipping costs $14.95")
            w, prev = words[i].strip(".,;:()\"'"), words[i - 1].strip(".,;:()\"'")
            # (the vendor's own name, the name the text writes most, says whose, not which kind)
            # (but a word opening the sentence that the text also writes in lower case is no name: "Prepaid ride
            # credits never expire" / "Unused ride credits lapse")
            opening = i == 1 or (i == 2 and words[0][:1].isdigit())
            if w in s.objects and w.islower() and prev.isalpha() and prev[0].isupper() \
                    and prev.lower() not in _NOT_KINDS and prev.lower() not in alike.vendor \
                    and not (opening and alike.written_lower(prev.lower())):
                before.setdefault(w, set()).add(prev.lower())
        found = named[key] = {k: frozenset(v) for k, v in before.items()}
    return found


def _bounds(text: str, s: Statement) -> dict[str, str]:
    """The numbers in the statement's clause with the side of them it is on ("within 25 miles": below); a table
    row's value is read with its label ("Delivery within 15 km | no charge")."""
    start, end = s.start, s.end
    line_start = text.rfind("\n", 0, start) + 1
    if " | " in text[line_start:start]:
        start = line_start
    words = word_list(text[start:end])
    out: dict[str, str] = {}
    for i, w in enumerate(words):
        if w.isdigit():
            before = " ".join(words[max(0, i - 2):i])
            side = next((name for name, marks in _SIDES if any(before.endswith(m) for m in marks)), "")
            if before.endswith("up to") and not _BEFORE_AN_EVENT.isdisjoint(words[i + 1:i + 3]):
                side = "above"  # "cancel free of charge up to 48 hours before": at least that long before
            if side and w not in out:  # (its first mention: "more than 25 miles ... beyond the first 25")
                out[w] = side
    return out


_AREA_INSIDE = frozenset({"within", "inside"})
_AREA_OUTSIDE = frozenset({"outside", "beyond"})
_SCOPE_WORDS = 4  # the words after "within" / "outside" that name the area: "the city of Linz"
_NOT_AREA = frozenset({"the", "a", "an", "of", "our", "your", "its", "their", "this", "that"})


_LEAVING_DATA = frozenset({"international-transfer", "location-services", "tracking"})


def _after_marks(words: list[str], marks: frozenset[str], reach: int) -> list[str]:
    """The words within ``reach`` after each word of ``marks``."""
    return [w for i, m in enumerate(words) if m in marks for w in words[i + 1:i + 1 + reach]]


def _areas(text: str, s: Statement, marks: frozenset[str]) -> set[str]:
    """The words naming the areas the statement's clause puts inside (or outside) its ``marks``."""
    return {w for w in _after_marks(word_list(text[s.start:s.end]), marks, _SCOPE_WORDS)
            if w and w not in _NOT_AREA and not w.isdigit()}


# The other places a text serves, against the one a term is for ("Delivery to other countries is charged at cost").
_OTHER_AREAS = frozenset({"country", "countries", "district", "districts", "area", "areas", "region", "regions", "city",
                          "cities", "town", "towns", "state", "states", "province", "provinces", "island", "islands",
                          "county", "counties", "zone", "zones", "suburb", "suburbs", "address", "addresses"})


def _the_other_areas(text: str, s: Statement) -> bool:
    """The unit speaks of "other" places ("other countries", "the other districts", "other parts of the island")."""
    words = word_list(text[s.unit_start:s.unit_end])
    return any(w == "other" and _OTHER_AREAS.intersection(words[i + 1:i + 3]) for i, w in enumerate(words))


def _inside_and_outside(text: str, a: Statement, b: Statement) -> bool:
    """One statement is about what lies within an area, the other about what lies outside it ("No call-out fee
    for visits within the city" / "For addresses outside the city, a travel charge"), or in the other areas
    ("Delivery within Ireland is free" / "Delivery to other countries is charged at cost"): two cases. (Not for data:
    "Your data stays within the EU" / "Support staff outside the EU can see it" is the data leaving.)"""
    if a.practice in DATA_VERBS or a.practice in _LEAVING_DATA:
        return False
    if (_areas(text, a, _AREA_INSIDE) and _the_other_areas(text, b)) \
            or (_areas(text, b, _AREA_INSIDE) and _the_other_areas(text, a)):
        return True
    return bool(_areas(text, a, _AREA_INSIDE) & _areas(text, b, _AREA_OUTSIDE)) \
        or bool(_areas(text, a, _AREA_OUTSIDE) & _areas(text, b, _AREA_INSIDE))


# Producing a document one then has: "who provides a medical certificate" / "without a medical certificate"
_SHOWING = frozenset({"provides", "provide", "provided", "shows", "show", "presents", "present", "produces", "produce",
                      "submits", "submit"})
_WITH = frozenset({"with", "holding", "having", "have", "has", "out"}) | _SHOWING  # ("if you take out a contract")
_WITHOUT = frozenset({"without", "lacking"})
_QUALIFIER_WORDS = 4  # "without a valid disability certificate"
_NOT_QUALIFIER = frozenset({"a", "an", "the", "any", "your", "their", "its", "our", "valid", "current", "own"})


def _qualified(text: str, s: Statement, marks: frozenset[str]) -> set[str]:
    """The words a unit qualifies people or things by, after ``marks`` ("holding a disability certificate")."""
    return {w[:5] for w in _after_marks(word_list(text[s.unit_start:s.unit_end]), marks, _QUALIFIER_WORDS)
            if len(w) > 3 and w.isalpha() and w not in _NOT_QUALIFIER}


def _with_and_without(text: str, a: Statement, b: Statement) -> bool:
    """One statement is about those with something, the other about those without it ("free of charge for
    passengers holding a disability certificate" / "Passengers without a disability certificate pay"): two cases."""
    cues = a.cue_stems | b.cue_stems  # ("comes with a warranty" / "without any warranty": the practice itself)
    return bool(_qualified(text, a, _WITH) & _qualified(text, b, _WITHOUT) - cues) \
        or bool(_qualified(text, a, _WITHOUT) & _qualified(text, b, _WITH) - cues)


def _either_side(text: str, a: Statement, b: Statement) -> bool:
    """Two statements on either side of one number ("travel within 25 miles is free" / "visits more than 25 miles
    away carry a charge"): one rule's two cases."""
    if a.practice in DATA_VERBS:
        return False
    ba = _bounds(text, a)
    if not ba:
        return False
    bb = _bounds(text, b)
    return any(n in bb and bb[n] != side for n, side in ba.items())


def _other_locating(denied: Statement, affirmed: Statement) -> bool:
    """Locating by another device ("We do not track the location of your mobile phone" / "Each car reports its
    GPS position to us"), a denial of locating, or of reading the location, in a state only ("never tracks your
    phone's location in the background", "does not read your location while it is closed", "Between trips, the app
    does not read your location" / "uses your phone's precise location to show nearby bikes"), or on another
    surface ("Our website never asks for your location" / "the app uses your location"): two practices."""
    located = denied.practice == "location-services" or (denied.practice == "collection" and (
        "location" in denied.objects or any(d.startswith("location") for d in denied.data)))
    if not located:
        return False
    da, aa = _DEVICES & denied.objects, _DEVICES & affirmed.objects
    if denied.practice == "location-services" and da and aa and not da & aa:
        return True
    wd, wa = alike.unit_set(denied), alike.unit_set(affirmed)
    if (_WEB & wd and not _APP & wd and _APP & wa and not _WEB & wa) \
            or (_WEB & wa and not _APP & wa and _APP & wd and not _WEB & wd):
        return True  # (a website and an app; an app and the device it runs on are one surface)
    return not _NOT_ALWAYS.isdisjoint(denied.objects) and not _ALWAYS & affirmed.objects


_DEVICES = frozenset({"phone", "mobile", "watch", "car", "bike", "vehicle", "tracker", "collar", "tablet", "scooter",
                      "ring", "band", "device", "beacon", "handset", "van"})


_ALWAYS = frozenset({"background", "closed", "close", "always", "continuously", "constantly", "continue", "offline"})
_WEB = frozenset({"website", "websites", "web", "webpage", "browser"})
_APP = frozenset({"app", "apps", "application"})
_NOT_ALWAYS = frozenset({"background", "closed", "close", "between"})  # "in the background", "while it is closed", "between trips"


_CASE_WORDS_SHARED = 2


_JOINING_CASE = frozenset({"save", "except", "unless", "where", "when", "if", "the", "a", "an", "for", "of", "in", "to",
                           "is", "are", "be", "it", "its", "their", "that", "this", "or", "and", "by", "on", "at"})


def _unprompted_and_asked(text: str, denied: Statement, affirmed: Statement) -> bool:
    """The denial is of what the first party does unprompted ("does not, on its own initiative, disclose ...",
    "of our own accord"), the affirmation of what it does when the reader asks ("At the Customer's own written
    request, a copy is forwarded"): two cases."""
    words = _unit_words(text[denied.unit_start:denied.unit_end])
    if "own" not in words:
        return False
    unprompted = any(w == "own" and x in _UNPROMPTED for w, x in pairwise(words))
    return unprompted and not _SAYING.isdisjoint(_unit_word_set(text[affirmed.unit_start:affirmed.unit_end]))


_UNPROMPTED = frozenset({"initiative", "accord", "motion"})


def _refused_for_a_reason(text: str, denied: Statement, affirmed: Statement) -> bool:
    """A refund refused for a reason the denial gives ("does not refund tours cancelled because of cloud, wind or
    dust", "we do not refund a purchase because you changed your mind"), against one granted in a case that names
    none of it ("If you cancel a tour at least 48 hours before it starts, ... refunds you in full"): two cases."""
    if denied.practice != "refunds":
        return False
    words = word_list(text[denied.start:denied.end])
    at = next((i for i, w in enumerate(words) if w == "because"), None)
    if at is None or "even" in words[:at]:
        return False  # ("not refundable, even when a race day is cancelled because of the weather": every case)
    reason = {object_form(w) for w in words[at + 1:at + 1 + _REASON_WORDS]} - _GENERIC_OBJECTS - _REASON_FILLERS
    granted = {object_form(w) for w in _unit_words(text[affirmed.unit_start:affirmed.unit_end])}
    return bool(reason) and not reason & granted


_REASON_WORDS = 6  # "because you simply changed your mind"
_REASON_FILLERS = frozenset({"of", "you", "your", "the", "a", "an", "it", "they", "we", "have", "has", "had", "is",
                             "are", "was", "were", "be", "been", "or", "and", "simply", "just", "not", "no"})


def _in_exception(text: str, denied: Statement, affirmed: Statement) -> bool:
    """The affirmation names a word the denial's exceptions name ("Apart from the hotel you book, ..." / "the
    hotel receives your name"), or its unit opens with one ("unless we are served with a court order" / "When a
    court order is served on us, we hand over ..."): it may be what is excepted."""
    if not denied.exceptions:
        return False
    if denied.practice not in DATA_VERBS and denied.practice != "tracking":
        # (terms of service compare the case an exception names, _excepted_case; and a grant in the very case the
        # exception names, in two of its words, is that case: "non-refundable, save where the Company closes the
        # space" / "Where the Company closes the space for more than two days, ... a pro-rata refund")
        case_words = {object_form(w) for e in denied.exceptions for w in word_list(e)} - _GENERIC_OBJECTS \
            - _FIRST_PARTY_ROLES - _PARTIES_REQUIRED - _JOINING_CASE
        named_case = {object_form(w) for c in affirmed.conditions for w in word_list(c)}
        # (not when each names another party's act: "unless the Studio itself cancels" / "If the Customer cancels")
        parties = {_case(e) for e in denied.exceptions} | {_case(c) for c in affirmed.conditions}
        return len((case_words & named_case) - alike.frequent) >= _CASE_WORDS_SHARED \
            and len({p[0] for p in parties if p is not None}) <= 1
    # (terms of service compare the case an exception names: _excepted_case)
    # (what the denial itself is about names no exception: "exact camera coordinates ..., unless you make a camera
    # public" / "councils are sent the coordinates of any camera")
    words = {object_form(w) for e in denied.exceptions for w in word_list(e)} - _GENERIC_OBJECTS - alike.frequent \
        - denied.objects
    # (what the affirmation's own conditions name counts: "when you set up a debit order"; so does the case its unit
    # opens with before the clause)
    case = affirmed.conditions + (text[affirmed.unit_start:affirmed.start],)
    named = affirmed.objects | affirmed.anchors | {object_form(w) for c in case for w in word_list(c)}
    # (the reader's asking, in any of its words: "unless you ask us to" / "at your request")
    return bool(words & named) or bool(words & _ASKING and named & _ASKING)


_ASKING = frozenset({"ask", "request", "instruct", "instruction"})


def _two_labels(text: str, a: Item, b: Item) -> bool:
    """Both units open with a label of their own, and the labels differ ("Minimum age for rooftop visits: 12 years"
    / "Minimum age to hold an adoption: 18 years"): two things."""
    la = unit_label(text[a.quote_span[0]:a.quote_span[1]])
    lb = unit_label(text[b.quote_span[0]:b.quote_span[1]])
    return bool(la) and bool(lb) and la != lb


def _separate(text: str, s: Statement) -> bool:
    """The statement's clause is about something set apart ("welcome in the separate Junior Voices group")."""
    return "separate" in word_set(text[s.start:s.end])
