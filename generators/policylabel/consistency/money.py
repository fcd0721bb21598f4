"""Money in two statements (see spec/consistency.md, "Statement rules"): fees, refunds and credits, the case each
is stated for (who cancels, which item, which tier, which notice), and whether two are about one charge."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from policylabel.consistency import alike
from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS, _statutory
from policylabel.consistency.units import unit_word_set, word_list
from policylabel.statements import Statement
from policylabel.statements.amounts import number
from policylabel.statements.lexicon import lexicon
from policylabel.statements.words import (
    FIRST_PERSON,
    PROVIDER_NAMES,
    READER_SIDE,
    SECOND_PERSON,
    STOP,
    USER_ROLES,
    clause_number,
    object_form,
    thing_form,
)
from policylabel.vocabulary import Vocabulary

_CREDITED = frozenset({"account-balance", "refunds"})
# Credit given, not bought, by the stems of its words ("referral", "referring"; "promotional", "promo")
_GIVEN_CREDIT = frozenset(object_form(w)[:5] for w in ("promotional", "bonus", "referral", "reward", "loyalty", "birthday",
                                                   "welcome", "goodwill", "compensation"))
_GIFT = frozenset({"gift", "gifts", "present", "presents"})
_ALLOWANCE = frozenset({"plan", "subscription", "allowance", "include", "included", "bundled"})
# What was paid, and how refunds are given: none of it narrows a refusal of refunds ("Monthly fees are
# non-refundable", "we do not issue refunds").
_PAID = frozenset({"payment", "purchase", "sale", "order", "fee", "charge", "final", "amount", "money", "monthly", "pay",
                   "booking", "reservation", "price", "cost",
                   "annual", "weekly", "yearly", "issue", "give", "make", "provide", "offer"})
# Tiers above the standard one: upgrades on what a price includes
UPGRADE_TIERS = frozenset({"express", "premium", "priority"})
_ORDINALS = frozenset({"first", "second", "third", "additional", "subsequent", "extra", "further",
                       "replacement", "standard", "basic"}) | UPGRADE_TIERS  # and service tiers
# Words of one tier: "a second driver" is an extra one, beyond the first.
_BEYOND_FIRST = frozenset({"second", "additional", "extra", "further", "subsequent"})


def _tiers(s: Statement) -> frozenset[str]:
    """The tiers or items a statement names by ordinals, those beyond the first as one."""
    tiers = _ORDINALS & s.objects
    return (tiers - _BEYOND_FIRST) | {"additional"} if tiers & _BEYOND_FIRST else tiers
_CASE_OPENERS = frozenset({"if", "where", "when", "unless", "except", "only", "the", "a", "an", "your", "our", "its",
                           "their", "this", "that", "in", "case", "any", "itself"})
_CASE_FILLERS = frozenset({"itself", "themselves", "yourself", "does", "do", "has", "have", "had", "is", "are", "was",
                           "were", "be", "been", "will", "shall", "must", "may", "can", "cannot", "not", "to",
                           # (what the reader does, not that they decide to: "if you decide to stop climbing")
                           "decide", "decides", "choose", "chooses", "wish", "wishes", "want", "wants", "elect",
                           "elects"})
# The reader's side of a contract (who cancels, withdraws, misses a session), against the provider's.
_READER_PARTY = USER_ROLES | SECOND_PERSON | READER_SIDE
_BLANKET_TERMS = frozenset({"refunds"})  # terms whose unconditional denial every conditional grant contradicts
# Words by which a refusal says it holds in every case: "however early you cancel", "whatever the reason"
# (not "whenever", which names a case as often: "kept whenever the Customer cancels")
_EVERY_WAY = frozenset({"however", "whatever", "whichever", "regardless", "irrespective"})
_REFUSED_ANYWAY = frozenset({"refunds", "fees-and-payment"})


_LEFT_UNUSED = frozenset({"any", "unus", "unused", "leave", "left", "remain", "remaining", "consecutive",
                          "inactive", "inactivity", "balance", "hold", "held", "date", "purchase", "buy", "bought",
                          "issu", "issue"})  # (and when the time starts: "24 months after the date of purchase")


def _any_balance(s: Statement) -> bool:
    """The statement is about any balance left unused ("Any credit balance left unused for twelve consecutive
    months"): besides its time, nothing says which."""
    own = s.objects - _GENERIC_OBJECTS - alike.frequent - _LEFT_UNUSED - _FIRST_PARTY_ROLES \
        - {w for w in s.objects if number(w) is not None}
    return not own and not {"unus", "unused", "leave", "left"}.isdisjoint(s.objects)


def _case(clause: str) -> tuple[str, str] | None:
    """Who acts and how in a condition or exception ("where the Club closes the course": the provider's side,
    "close"; "if a guest cancels": the reader's side, "cancel"): its subject's side and its verb's stem."""
    words = word_list(clause)
    k = _subject_at(words)
    if k is None:
        return None
    side = "reader" if words[k] in _READER_PARTY else "provider"
    k += 1
    while k < len(words) and words[k] in _CASE_FILLERS:
        k += 1
    return (side, words[k][:5]) if k < len(words) and words[k].isalpha() else None


_READER_STEMS = frozenset(w[:5] for w in _READER_PARTY)
# The reader's ending a contract, by the stems of its verbs ("cancels", "withdraws", "terminates", "resigns")
_LEAVING_ACTS = frozenset({"cance", "withd", "termi", "resig", "quit", "leave"})
# ... and the same end told as what is given up ("stops the membership", "vacates the unit", "surrenders the berth")
_ENDING_ACTS = _LEAVING_ACTS | {"stop", "stops", "vacat", "surre"}


def _granted_in_refused_case(denied: Statement, affirmed: Statement) -> bool:
    """A refund refused whenever the reader does something ("If you cancel, your deposit is not refunded") meets
    one granted to readers who do it ("Customers who cancel at least fourteen days before departure get their
    deposit back"): the grant lies within the refusal's case. A refusal bounded by a time or an amount ("if you
    cancel within 24 hours") is one side of a rule, never compared so; a sum the refusal names ("the deposit of
    EUR 100") or "a month" bounds no case."""
    if denied.practice not in _BLANKET_TERMS or len(denied.conditions) != 1 or len(affirmed.conditions) > 1 \
            or any(a.kind != "money" and a.value != 1 for a in denied.amounts) or any(w not in ("a", "an") and number(w) is not None for w in word_list(denied.conditions[0])):
        return False
    case = _case(denied.conditions[0])
    if case is None or case[0] != "reader":
        return False
    act = object_form(case[1])[:5]
    if affirmed.conditions:
        # "The deposit is not refundable if the Client cancels" / "If the Client withdraws ... fourteen days or
        # more before the shoot, the deposit is repaid": the reader's ending it, however worded
        granted = _case(affirmed.conditions[0])
        return granted is not None and granted[0] == "reader" and (
            object_form(granted[1])[:5] == act or {act, object_form(granted[1])[:5]} <= _ENDING_ACTS)
    stems = {w[:5] for w in affirmed.objects}
    return act in stems and bool(stems & _READER_STEMS)


def _case_denied(denied: Statement, affirmed: Statement) -> bool:
    """The affirmation's condition is the very case the denial is about ("Decorating the bus with ribbons,
    flowers or a sign costs nothing extra" / "A decoration fee of $95 applies whenever ribbons, flowers or signs
    are fixed to the bus"): two of its words name what the denial names."""
    if denied.practice not in _CASE_NAMED_PRACTICES:
        return False
    named = {object_form(w) for c in affirmed.conditions for w in word_list(c)}
    return len((named & denied.objects) - _GENERIC_OBJECTS - alike.frequent - _FIRST_PARTY_ROLES) >= 2


_CASE_NAMED_PRACTICES = frozenset({"fees-and-payment", "account-balance", "warranty-disclaimer"})


def _others_named(others: dict[tuple[int, int], frozenset[str] | None], text: str,
                  s: Statement) -> frozenset[str] | None:
    """What the clause calls "other" ("on other tyres": tyre), or None when it says no "other"."""
    key = (s.start, s.end)
    if key not in others:
        words = word_list(text[s.start:s.end])
        others[key] = frozenset(object_form(w) for i, o in enumerate(words) if o == "other"
                                for w in words[i + 1:i + 3]) if "other" in words else None
    return others[key]


def _the_others(others: dict[tuple[int, int], frozenset[str] | None], text: str, a: Statement,
                b: Statement) -> bool:
    """One is about the others of something the other names and does not call other ("on other tyres" / "tyres
    supplied by the Company"), or calls its own ("the Company's own ATMs" / "ATMs of other banks")."""
    named_a, named_b = _others_named(others, text, a), _others_named(others, text, b)
    if (named_a is None) != (named_b is None):
        # (the first party's own against others': "Withdrawals at the Company's own ATMs are free" / "Withdrawals
        # at ATMs of other banks cost PEN 6.50 each")
        plain, other = (a, b) if named_a is None else (b, a)
        words = word_list(text[plain.start:plain.end])
        if any(w == "own" and object_form(x) in other.objects for w, x in pairwise(words)):
            return True
    return (named_a is not None and named_b is None and bool(named_a & b.objects)) \
        or (named_b is not None and named_a is None and bool(named_b & a.objects))


# Words after a group's noun that make it some of the people or orders, not all: "Members on the social tariff",
# "Customers aged 65 or over", "guests staying in the town", "Groups of fewer than eight", "patients over 70"
_SOME_OF = frozenset({"on", "aged", "over", "under", "who", "staying", "living", "holding", "with", "of", "from",
                      "fewer", "more", "below", "above", "enrolled", "registered", "booking", "buying", "ordering"})
_WAIVING = frozenset({"free", "waived", "charge", "charged", "cost"})  # "free for ...", "waived for ...", "no charge to"
_GROUP_WORDS = 6  # "Cash payments at our Phnom Penh counter": a group's noun phrase, at most


@lru_cache(maxsize=4096)
def _some_group(text: str) -> frozenset[str]:
    """The words that single out the people or orders a charge is waived for, when the denial names such a group
    as its subject ("Members on the social tariff pay no monthly fee": "social", "tariff") or after "free for" or
    "waived for" ("Home collection is free for patients over 70": "70"); none when it names no group, or everyone
    ("Members pay no entry fee", "free to Members"). ``text``: the denial's unit up to the end of its clause, read
    once."""
    words = word_list(text)
    group: list[int] = []
    pay = next((i for i in range(1, len(words) - 1) if words[i] in ("pay", "pays") and words[i + 1] in ("no", "nothing")),
               None)
    if pay is not None:
        group = [i for i in range(max(0, pay - _GROUP_WORDS), pay) if i or not clause_number(words[i])]
    else:
        k = next((i + 1 for i in range(len(words) - 2) if words[i] in _WAIVING and words[i + 1] in ("for", "to")), None)
        if k is None:
            k = next((i + 3 for i in range(len(words) - 3) if words[i:i + 3] == ["free", "of", "charge"]
                      and words[i + 3] in ("for", "to")), None)
        if k is not None:
            group = list(range(k + 1, min(len(words), k + 1 + _GROUP_WORDS)))
    first = next((i for i in group[1:] if words[i] in _SOME_OF), None)
    if first is None:
        return frozenset()
    return frozenset(words[i] for i in group if i > first) - _SOME_OF - _GENERIC_OBJECTS - _NOT_A_GROUP


_NOT_A_GROUP = frozenset({"the", "a", "an", "our", "your", "their", "or", "and", "than", "in", "at", "within", "per",
                          "any", "all", "every", "each"})


def _waived_for_some(text: str, denied: Statement, affirmed: Statement) -> bool:
    """The denial waives a charge for some people or orders the affirmation does not name and does not include
    by charging all ("Customers aged 65 or over pay no packing fee" / "The packing service costs BHD 4 per week"):
    an exception, not another answer."""
    if denied.practice != "fees-and-payment":
        return False
    some = _some_group(text[denied.unit_start:denied.end])
    if not some:
        return False
    # (unless the affirmation charges everyone, the group too: "Every delivery attracts a $15 charge, however many
    # cylinders are ordered")
    words = unit_word_set(text[affirmed.unit_start:affirmed.end])
    return not some & words and _CHARGED_TO_ALL.isdisjoint(words)


_CHARGED_TO_ALL = frozenset({"every", "all", "however", "regardless", "whatever", "whoever", "always", "everyone",
                       "anyone"})


_DEDUCTING = frozenset(object_form(w) for w in ("minus", "less", "deduct", "deducting", "deduction", "excluding"))


def _two_fees(denied: Statement, affirmed: Statement, kinds_denied: frozenset[str],
              kinds_affirmed: frozenset[str]) -> bool:
    """Each names its fee by a word before it (``kinds_...``: "membership", "entry") that the other's clause does
    not hold ("Membership fees are not refundable" / "the club refunds any entry fee"): two fees."""
    if _DEDUCTING & affirmed.objects:
        return False  # "we return what you paid, minus an admin fee": the fee named is the one kept
    own_d = {k for k in kinds_denied - affirmed.objects if k[:5] not in denied.cue_stems}
    own_a = {k for k in kinds_affirmed - denied.objects if k[:5] not in affirmed.cue_stems}
    return bool(own_d) and bool(own_a) and kinds_denied.isdisjoint(kinds_affirmed)


def _case_named(denied: Statement, affirmed: Statement) -> bool:
    """A refusal with no condition names the case a grant is made in ("non-refundable, including for partly used
    months" / "If you cancel partway through a month, we refund the days you have not used")."""
    if denied.practice not in _BLANKET_TERMS or denied.conditions or not affirmed.conditions:
        return False
    # (what the grant gives back is named by the refusal, or by no word of its own: "Day passes bought online are
    # refunded ..." names other passes than "Season passes are not refunded")
    if (affirmed.anchors - denied.objects) - _GENERIC_OBJECTS - alike.frequent - _PAID - _REFUND_WORDS:
        return False
    case = {thing_form(w) for c in affirmed.conditions for w in word_list(c)}
    # (a word of the case, not of what is refused or of time: "refunds for handmade items" / "if an item arrives
    # damaged"; "less than 72 hours before" / "72 hours or more before")
    return bool((denied.objects & case) - denied.anchors - _GENERIC_OBJECTS - alike.frequent - _PAID - _FIRST_PARTY_ROLES
                - _TIME_OBJECTS)


_REFUND_WORDS = frozenset({"full", "value", "back", "whole", "return", "repay"})  # how much is given back, not of what


def _prefixed_apart(a: Statement, b: Statement) -> bool:
    """One names a group by "non-" and a word the other names bare ("non-member boats" / "a Member's own boat",
    "Non-binding estimates" / "the price on a binding estimate"): two groups."""
    return any(w.startswith("non") and w not in other.objects
               and w[3:8] in {o[:5] for o in other.objects}
               for one, other in ((a, b), (b, a)) for w in one.objects if len(w) > 5)


def _providers_failure(s: Statement) -> bool:
    """Granted only in a case where the first party fails to give what was paid for ("If we cannot finish the
    build", "if we cancel the course"): a refusal of refunds keeps what was paid for what is given, and never
    covers that case."""
    if len(s.conditions) != 1:
        return False
    words = word_list(s.conditions[0])
    k = _subject_at(words)
    if k is None:
        return False
    # (the first party by its role, or by the name the text's title gives it: "If Sugarbird cannot")
    if words[k] not in _PROVIDER_SUBJECTS and words[k] not in alike.vendor:
        return False
    return any(w[:5] in _FAILING for w in words[k + 1:k + 4])


def providers_failure_opening(text: str) -> bool:
    """A unit opening with a case in which a party the text names with a capital, not the reader, fails to give
    what was paid for ("Should the Engraver miss the agreed delivery date, ...", "If the Studio cancels, ..."):
    the case of _providers_failure, when the reader has not taken it for a condition."""
    head = text.split(",", 1)[0]
    words = head.split()
    if len(words) < 3 or words[0].lower() not in _OPENING_CASES:
        return False
    k = 2 if words[1].lower() == "the" else 1
    party = words[k].strip("'’s")
    if not party[:1].isupper() or party.lower() in _READER_PARTY or party.lower().rstrip("s") in _READER_PARTY:
        return False
    return any(w.lower()[:5] in _FAILING or w.lower()[:4] == "miss" for w in words[k + 1:k + 4])


_OPENING_CASES = frozenset({"if", "should", "where", "when", "in", "whenever"})
# The first party failing to deliver, by the stems of its verbs ("cannot", "is unable to", "cancels", "fails")
_FAILING = frozenset({"canno", "can't", "unabl", "cance", "fail", "fails", "faile", "postp", "withd"})
_PROVIDER_SUBJECTS = FIRST_PERSON | PROVIDER_NAMES


def _subject_at(words: list[str]) -> int | None:
    """Where the subject of a condition or exception stands: its first word past the openers ("if the")."""
    return next((i for i, w in enumerate(words) if w not in _CASE_OPENERS), None)


def _readers_act(clause: str) -> bool:
    """A condition whose subject is the reader ("when you do", "if the member leaves")."""
    words = word_list(clause)
    k = _subject_at(words)
    return k is not None and words[k] in _READER_PARTY


def _excepted_case(s: Statement) -> tuple[str, str] | None:
    """The case a blanket denial excepts, when one clause names who does what ("unless the Studio cancels")."""
    if s.practice not in _BLANKET_TERMS or s.polarity != "denied" or len(s.exceptions) != 1 or _statutory(s):
        return None
    return _case(s.exceptions[0])


def _other_kind_of_credit(a: Statement, b: Statement) -> bool:
    """Credit given, not bought, named on one side only or differently ("Your card balance does not expire" /
    "Promotional credits expire at the end of the month"): two kinds of balance."""
    if a.practice not in _CREDITED or b.practice not in _CREDITED:
        return False
    ka = {w[:5] for w in a.anchors | a.objects} & _GIVEN_CREDIT
    kb = {w[:5] for w in b.anchors | b.objects} & _GIVEN_CREDIT
    if bool(ka) != bool(kb) or (bool(ka) and not ka & kb):
        return True
    # A gift card or voucher, bought as a present, and a credit the first party issues ("Gift vouchers are valid
    # for 12 months" / "Rain credits, issued when bad weather cuts a walk short, never expire")
    wa, wb = a.anchors | a.objects | set(a.cue.lower().split()), b.anchors | b.objects | set(b.cue.lower().split())
    if bool(_GIFT & wa) != bool(_GIFT & wb) and any(w.startswith("credit") for w in (wb if _GIFT & wa else wa)):
        return True
    # An allowance a plan includes is not credit bought ("Unused seals in a monthly plan expire at the end of
    # each month" / "credits bought as a prepaid bundle stay valid until used")
    return a.practice == b.practice == "account-balance" \
        and bool(_ALLOWANCE & (a.anchors | a.objects)) != bool(_ALLOWANCE & (b.anchors | b.objects))


def _charge_words(vocab: Vocabulary) -> dict[str, str]:
    """Each word naming a kind of charge (the vocabulary's ``charge-kinds`` of fees), as objects are compared."""
    found = _CHARGE_WORDS.get(id(vocab))
    if found is None or found[0] is not vocab:
        kinds = vocab.term("practices", "fees-and-payment").extra.get("charge-kinds") or {}
        # (as a word of the text is compared: its object form, or its lemma next to a cue, "processing" ->
        # "process")
        lemma = lexicon().lemma
        found = _CHARGE_WORDS[id(vocab)] = (vocab, {form: kind for kind, words in sorted(kinds.items())
                                                    for w in words for form in (object_form(w), lemma(w))})
    return found[1]


_CHARGE_WORDS: dict[int, tuple[Vocabulary, dict[str, str]]] = {}  # built once: read for every pair of fee statements


def _charge_kinds(vocab: Vocabulary, s: Statement) -> frozenset[str]:
    """The kinds of charge a fee statement names next to its cue ("booking fee", "service charge ... at
    checkout": booking; "sign-up fee", "activation fee": joining)."""
    found = _CHARGE_KINDS_OF.get(id(s))
    if found is not None and found[0] is s:
        return found[1]
    kinds = _read_charge_kinds(vocab, s)
    _CHARGE_KINDS_OF[id(s)] = (s, kinds)
    return kinds


_CHARGE_KINDS_OF: dict[int, tuple[Statement, frozenset[str]]] = {}  # per text read: each statement's kinds, once


def _read_charge_kinds(vocab: Vocabulary, s: Statement) -> frozenset[str]:
    words = _charge_words(vocab)
    return frozenset(words[w] for w in s.objects | s.anchors | {object_form(w) for w in s.cue.lower().split()} if w in words)

# Notice before a booking, by the words around its period: "less than 48 hours before", "within 14 days of the
# event" (shorter), "more than", "at least", "up to 24 hours before" (longer; cancelling up to a time is cancelling
# that long ahead or more), or exactly ("If you cancel 10 days before").
_SHORTER = (("less", "than"), ("fewer", "than"), ("within",), ("under",))
_LONGER = (("more", "than"), ("over",), ("at", "least"), ("up", "to"), ("no", "later", "than"))
_AHEAD = frozenset({"before", "ahead", "prior", "notice", "of", "in"})
_SHORTER_AFTER = frozenset({("or", "less"), ("or", "fewer"), ("or", "under")})
_LONGER_AFTER = frozenset({("or", "more"), ("or", "longer"), ("or", "over")})
# What is done without notice, by the openings of its words: cancelling ("cancellations", "call off") and moving
# a booking ("rescheduled") are two acts.
_NOTICED_ACTS = (("cancel", ("cancel", "withdr")), ("move", ("resched", "rebook", "postpon")))
_WINDOW_TERMS = frozenset({"refunds", "fees-and-payment"})
_Window = tuple[float, float, bool, bool]  # low, high, and whether each end is included


# What each unit of the text last compared times by a notice, read once per unit (every pair of a bucket asks):
# the text, held and recognised as the same object, and per unit span its act and its windows.
_unit_notices: list[tuple[str, dict[tuple[int, int], tuple[str | None, list[_Window]]]]] = []


def _notices(text: str, s: Statement) -> tuple[str | None, list[_Window]]:
    if not _unit_notices or _unit_notices[0][0] is not text:
        _unit_notices[:] = [(text, {})]
    known = _unit_notices[0][1]
    key = (s.unit_start, s.unit_end)
    found = known.get(key)
    if found is None:
        found = known[key] = (_read_noticed_act(text, s), _read_notice_windows(text, s))
    return found


def _noticed_act(text: str, s: Statement) -> str | None:
    """The one act a statement's unit times by a notice: cancelling or moving a booking."""
    return _notices(text, s)[0]


def _notice_windows(text: str, s: Statement) -> list[_Window]:
    """The notices a statement's unit names, as intervals of days ahead."""
    return _notices(text, s)[1]


def _read_noticed_act(text: str, s: Statement) -> str | None:
    words = {t.norm for t in lexicon().front(text[s.unit_start:s.unit_end])[0]}
    acts = {act for act, openings in _NOTICED_ACTS if any(w.startswith(openings) for w in words)}
    if {"call", "off"} <= words:
        acts.add("cancel")
    return acts.pop() if len(acts) == 1 else None


def _read_notice_windows(text: str, s: Statement) -> list[_Window]:
    _toks, lemmas, _hits, amts = lexicon().front(text[s.unit_start:s.unit_end])
    out: list[_Window] = []
    for a in amts:
        # ("60 days or less before the event": the bound after the period)
        after = tuple(lemmas[a.last + 1:a.last + 3])
        ahead = a.last + (3 if after in _SHORTER_AFTER or after in _LONGER_AFTER else 1)
        if a.kind != "period" or a.days is None or lemmas[ahead:ahead + 1] == [] or lemmas[ahead] not in _AHEAD:
            continue
        before = tuple(lemmas[max(0, a.first - 3):a.first])
        if any(before[-len(m):] == m for m in _SHORTER) or after in _SHORTER_AFTER:
            out.append((0.0, a.days, True, False))
        elif any(before[-len(m):] == m for m in _LONGER) or after in _LONGER_AFTER:
            out.append((a.days, float("inf"), True, False))
        elif lemmas[ahead] == "before":
            out.append((a.days, a.days, True, True))
    joined = " ".join(lemmas)
    if " any time before " in f" {joined} ":
        out.append((0.0, float("inf"), True, False))  # "at any time before your session": every notice
    if " on the day " in f" {joined} " or " same day " in f" {joined} ":
        out.append((0.0, 0.0, True, True))  # "on the day of hire": no notice at all
    return out


def _windows_overlap(text: str, denied: Statement, affirmed: Statement) -> bool:
    """A refund refused, or a change free, for cancelling within one notice, and granted, or charged, for cancelling
    within another that overlaps it ("Cancellations made less than fourteen days before the hire date are
    non-refundable" / "If the Customer cancels up to 48 hours before delivery, the hire fee is refunded in full");
    notices that meet at one boundary do not ("more than 48 hours before" / "less than 48 hours before")."""
    if not (denied.practice == affirmed.practice and denied.practice in _WINDOW_TERMS) or denied.exceptions:
        return False  # (a notice a refusal excepts is the case it grants: "non-refundable unless you cancel ...")
    act = _noticed_act(text, denied)
    if act is None or _noticed_act(text, affirmed) != act:
        return False  # ("moved free up to 24 hours before" / "cancelled with less than 48 hours' notice")
    for lo, hi, lo_in, hi_in in _notice_windows(text, denied):
        for lo2, hi2, lo2_in, hi2_in in _notice_windows(text, affirmed):
            low, high = max(lo, lo2), min(hi, hi2)
            if low < high or (low == high and (lo_in if low == lo else True) and (lo2_in if low == lo2 else True)
                              and (hi_in if high == hi else True) and (hi2_in if high == hi2 else True)):
                return True
    return False


# Words of a period, of keeping and of the events a period runs from: they say nothing of what is kept.
_TIME_OBJECTS = frozenset({"day", "week", "month", "year", "hour", "after", "before", "end", "last", "first", "period",
                           "time", "date", "delete", "keep", "retain", "hold", "store", "erase", "remove", "purge",
                           "close", "closed", "closure", "cancel", "cancellation", "leave", "expire", "expiry",
                           "terminate", "termination", "lapse", "until", "while", "active", "open", "remain", "stop",
                           "season", "term", "semester", "quarter"})


def _refused_every_way(denied: Statement, affirmed: Statement) -> bool:
    """A refund or charge refused whatever the case ("No money is returned when you cancel a booking, whatever
    notice you give", "Missing a booked session carries no charge, however little notice you give") and granted in
    one, about a thing both sentences name ("Cancellations made at least 24 hours ahead are refunded in full")."""
    if denied.practice != affirmed.practice or denied.practice not in _REFUSED_ANYWAY \
            or denied.exceptions or affirmed.exceptions:
        return False
    if denied.conditions and affirmed.conditions:
        refused, granted = _case(denied.conditions[0]), _case(affirmed.conditions[0])
        if refused is not None and granted is not None and refused[0] != granted[0]:
            return False  # "non-refundable if you cancel, whatever the reason" / "If the School has to cancel a class"
    denying = alike.unit_set(denied)
    if _EVERY_WAY.isdisjoint(denying):
        return False
    # (beyond the words of paying, refunding and notice, and the cues themselves: what is paid for or done)
    said = denied.cue_stems | affirmed.cue_stems | _PAYING_STEMS

    def own(words: frozenset[str]) -> set[str]:
        return {w[:5] for w in words - _NOT_THE_THING if len(w) >= 4 and w.isalpha() and w not in alike.vendor} - said
    return bool(own(denying) & own(alike.unit_set(affirmed)))


# (nor how much or how early, nor who: "however far ahead", "however many your team uses")
_NOT_THE_THING = _GENERIC_OBJECTS | _PAID | _EVERY_WAY | _REFUND_WORDS | _FIRST_PARTY_ROLES | STOP | frozenset({
    "paid", "monies", "many", "much", "through", "less", "ahead", "far", "little", "early", "late", "long", "soon",
    "team", "group", "family", "days", "weeks", "months", "hours"})
# (stems of paying and giving back: "refunded", "returned", "repaid", "carries no charge", "is given", "receive")
_PAYING_STEMS = frozenset({"refun", "retur", "repay", "repai", "charg", "money", "notic", "costs", "carri", "carry",
                           "given", "recei", "whole"})
