"""Practices a clause states without a word of the practice: an age (children), a place data is kept or sent
(international transfers), ads chosen by what a person does (targeted advertising), a house rule or a rule of
conduct (acceptable use), being paid for data or passing it on at a price (sale), a party ending what it
provides (termination), a price (fees), data shown in the first party's promotion (use), put down where it keeps
it or given by the reader (collection), and what a label's value says ("From tutors: ...", "Delivery: free").
"""

from __future__ import annotations

from typing import NamedTuple

from policylabel.statements.amounts import Amount
from policylabel.statements.clauses import Clause
from policylabel.statements.devices import DEVICE_BESIDE, DEVICE_GATE, device_rule
from policylabel.statements.lexicon import CueHit, lexicon
from policylabel.statements.parties import paid_for_data, provider_ends, provider_subject, reader_obliged
from policylabel.statements.places import kept_in, located_in, processed_in, sent_out_of, sent_to
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    AD_WORDS,
    ADS_CHOSEN,
    AFTER_A_NOUN,
    BE,
    CEILINGS,
    CONTENT_NOUNS,
    DATA_VERBS,
    DEMOTING,
    DETERMINERS,
    DEVICE_FREE,
    DEVICE_LOCKED,
    EXPIRY,
    FIRST_PERSON,
    GIVEN_BACK,
    HARMS,
    JOINED,
    KEPT_IN_PLACE,
    LEFT_PLACE,
    LOCATED_IN,
    LOSING,
    MAILING_CHOICE,
    MAILING_GATE,
    MAILINGS,
    MAKING_GOOD,
    MARKETING_NOUNS,
    MODALS,
    NEGATORS,
    NO_CAP,
    NO_WORSE_FOR_RIGHTS,
    PAID_FOR,
    PAID_MONEY,
    PARENTS,
    PROMOTION_PLACES,
    PROVIDER_ENDING,
    READER_LEAVING,
    READER_SIDE,
    RECORD_NOUNS,
    RECORD_PLACES,
    RECORDED,
    RECORDED_LEMMAS,
    REMEDIES,
    RESPONSIBLE,
    RIGHT_USED,
    RIGHTS_ACTS,
    SECOND_PERSON,
    SERVING_PLURAL,
    SERVING_VERBS,
    SHOWN_IN,
    SHOWN_IN_PROMOTION,
    TERMINATION,
    USER_ROLES,
    WORSE,
    WORSE_FOR_RIGHTS,
)


class Unit(NamedTuple):
    """What reading a unit found before its clauses: the same for each of them."""

    text: str
    toks: list[Token]
    lemmas: list[str]
    words: set[str]  # its lemmas, as a set
    allowed: frozenset[str] | None  # the practices of the document kind (None: all)
    amounts: list[Amount]
    places: list[tuple[int, int, str]]  # (first, last, code) of each place named
    by_set: dict[str, list[CueHit]]  # its cue hits by vocabulary set
    all_practice_hits: list[CueHit]
    data_hits: list[CueHit]
    label_end: int  # where a short label before a colon ends, or -1
    label_denied: bool  # the label's value denies it ("Refunds: none")
    banned: bool  # a house rule ("No smoking on site")
    chosen_ads: int | None  # where ads chosen by what a person does are named
    ending: bool  # a word of a provider ending what it provides
    paid: bool  # "pay" is among its words

    def allows(self, practice: str) -> bool:
        return self.allowed is None or practice in self.allowed


def implied(unit: Unit, cl: Clause, first_clause: bool, core: list[CueHit]) -> tuple[list[CueHit], list[Amount]]:
    """The clause's practice cues (``core``) with those its other words imply, and the ages it names (of the
    audience, not of a parent)."""
    text, toks, lemmas, words, amounts, places = unit.text, unit.toks, unit.lemmas, unit.words, unit.amounts, unit.places
    data_hits, label_end, label_denied, allows = unit.data_hits, unit.label_end, unit.label_denied, unit.allows
    chosen_ads = unit.chosen_ads
    ages: list[Amount] = []
    if amounts:  # most units have none
        ages = [a for a in amounts if a.kind == "age" and cl.first <= a.first <= cl.last
                and not PARENTS & set(lemmas[max(cl.first, a.first - 6):a.first])]  # a parent's age is not the audience
        if ages and allows("children") \
                and not any(h.term == "children" for h in core):
            core.append(CueHit("practices", "children", "age", ages[0].first, ages[0].last))
    if any(h.term == "account-balance" and lemmas[h.first] in EXPIRY for h in core):
        # "before the twelve-month term expires", "when the lease expires": a term running out, no balance
        # (where the clause first names a term and a balance: found once, whatever the number of expiries)
        term = next((k for k in range(cl.first, cl.last + 1) if lemmas[k] in _TERMS_RUNNING), cl.last + 1)
        balance = next((k for k in range(cl.first, cl.last + 1) if lemmas[k] in _BALANCES), cl.last + 1)
        core = [h for h in core if not (h.term == "account-balance" and lemmas[h.first] in EXPIRY
                                        and _term_runs_out(lemmas, cl.first, h.first, term, balance))]
    if places and allows("international-transfer"):
        inside = [(first, last) for first, last, _code in places if cl.first <= first <= cl.core_last]
        # (data kept in a place says where the servers it names are: "stored on servers in London and stays within
        # the United Kingdom")
        kept = next(((first, last) for first, last in inside if kept_in(lemmas, first, cl.first)), None)
        if kept is not None:
            core.append(CueHit("practices", "international-transfer", KEPT_IN_PLACE, *kept))
        for first, last in [] if kept is not None else inside:
            how = LOCATED_IN if located_in(toks, lemmas, first, last, cl.first) or sent_to(lemmas, first, cl.first) \
                or processed_in(toks, lemmas, text, first, cl.first) \
                else LEFT_PLACE if sent_out_of(lemmas, first, cl.first) else ""
            if how:
                core.append(CueHit("practices", "international-transfer", how, first, last))
                break
    if chosen_ads is not None and cl.first <= chosen_ads <= cl.core_last \
            and allows("targeted-advertising") \
            and not any(h.term == "targeted-advertising" for h in core):
        core.append(CueHit("practices", "targeted-advertising", ADS_CHOSEN, chosen_ads, chosen_ads))
    if "no" in words and allows("targeted-advertising") \
            and not any(h.term == "targeted-advertising" for h in core):
        at = next((i + 1 for i in range(cl.first, cl.core_last) if lemmas[i] == "no" and lemmas[i + 1] in AD_WORDS
                   and (i + 2 >= len(lemmas) or lemmas[i + 2] in AFTER_A_NOUN)), None)
        if at is not None:  # "There is no advertising in the app", "shows no ads": none, targeted or not
            core.append(CueHit("practices", "targeted-advertising", lemmas[at], at, at))
    if not core and allows("use") and not MAILINGS.isdisjoint(words):
        at = _mailed_to_reader(toks, lemmas, cl.first, cl.core_last)
        if at is not None:  # "Subscribers are emailed a page of offers": their details used to market to them
            core.append(CueHit("practices", "use", lemmas[at], at, at))
    if not core and allows("use") and (data_hits or not RECORD_NOUNS.isdisjoint(words)):
        at = _data_serves(toks, lemmas, data_hits, cl.first, cl.core_last)
        if at is not None:  # "Your listening history powers the Up Next shelf": the data is used
            core.append(CueHit("practices", "use", lemmas[at], at, at))
    if not core and allows("use") and not SHOWN_IN.isdisjoint(words) and not PROMOTION_PLACES.isdisjoint(words):
        at = _shown_in_promotion(lemmas, data_hits, cl.first, cl.core_last)
        if at is not None:  # "Short clips from the weddings we film show up in our promotional reels": used to promote
            core.append(CueHit("practices", "use", SHOWN_IN_PROMOTION, at, at))
    if not core and allows("collection") and (data_hits or "photocopy" in words) \
            and not RECORDED_LEMMAS.isdisjoint(words):
        at = _written_down(toks, lemmas, data_hits, cl.first, cl.core_last,
                           any(a.kind == "money" and cl.first <= a.first <= cl.last for a in amounts))
        if at is not None:  # "The date of birth of every model is entered on the booking form": collected
            core.append(CueHit("practices", "collection", lemmas[at], at, at))
    if not core and allows("collection") and data_hits and not _READER_GIVING.isdisjoint(words):
        at = _reader_gives(lemmas, data_hits, cl.first, cl.core_last)
        if at is not None:  # "Members give their birth date at sign-up": what the reader gives is collected
            core.append(CueHit("practices", "collection", lemmas[at], at, at))
    if allows("non-discrimination") and not RIGHTS_ACTS.isdisjoint(words) \
            and not any(h.term == "non-discrimination" for h in core):
        found = _worse_for_rights(lemmas, cl.first, cl.core_last)
        if found is not None:  # "Guests who ask us to erase their details lose their discount": treated worse
            at, promised = found
            core = [CueHit("practices", "non-discrimination", NO_WORSE_FOR_RIGHTS if promised else WORSE_FOR_RIGHTS,
                           at, at)]
    if allows("device-restrictions") and not DEVICE_GATE.isdisjoint(words) \
            and all(h.term in DEVICE_BESIDE for h in core) \
            and not any(cl.first <= d.first <= cl.core_last for d in data_hits):
        rule = device_rule(lemmas, cl.first, cl.core_last)
        if rule is not None:  # "The Customer must not open the lamp housing", "You are free to take it abroad"
            at, _family, forbidden = rule
            core = [CueHit("practices", "device-restrictions", DEVICE_LOCKED if forbidden else DEVICE_FREE, at, at)]
            return core, ages
    if allows("refunds") and not PAID_MONEY.isdisjoint(words) and not GIVEN_BACK.isdisjoint(words) \
            and not any(h.term == "refunds" for h in core):
        given = _money_given_back(lemmas, cl.first, cl.core_last)
        if given is not None:  # "Money paid for preorders is never returned", "Deposits ... are kept"
            noun, at = given
            core = [h for h in core if not (h.term == "fees-and-payment" and h.first == noun)] + [
                CueHit("practices", "refunds", lemmas[at], at, at)]
    if allows("marketing-choice") and not MAILING_GATE.isdisjoint(words) and not MAILING_CHOICE.isdisjoint(words) \
            and not any(h.term == "marketing-choice" for h in core):
        at = _chosen_mailing(lemmas, cl.first, cl.last)
        if at is not None:  # "We send newsletters only if you tick the box", "... unless they opt out"
            core = [h for h in core if h.term not in DATA_VERBS] + [
                CueHit("practices", "marketing-choice", lemmas[at], at, at)]
    if ("no" in words or "without" in words) and not CEILINGS.isdisjoint(words) and not _OWING.isdisjoint(words) \
            and allows("liability-limitation"):
        ceiling = _no_ceiling(lemmas, cl.first, cl.last)
        # (liability its own words accept stays as read: "We are liable without limit for ...")
        if ceiling is not None and not (lemmas[ceiling - 1] == "without"
                                        and any(h.term == "liability-limitation" for h in core)):
            # "There is no cap on what we owe you", "no upper limit on the compensation we pay", "compensates in
            # full, without any upper limit, for damage"
            core = [h for h in core if h.term not in ("fees-and-payment", "liability-limitation")] + [
                CueHit("practices", "liability-limitation", NO_CAP, ceiling, ceiling)]
    if unit.banned and first_clause and not core:  # "No smoking on site.": a rule, stated
        core.append(CueHit("practices", "acceptable-use", lemmas[cl.first + 1], cl.first + 1, cl.first + 1))
    if allows("acceptable-use") and (not core or all(
            h.term == "retention" and lemmas[h.first] == "keep" for h in core)):
        at = reader_obliged(lemmas, cl.first, cl.core_last)
        if at is not None:
            # "You must wear your life jacket at all times", "The Member shall keep the plot under
            # cultivation": a rule of conduct for the reader
            core = [CueHit("practices", "acceptable-use", lemmas[at], at, at)]
    if unit.paid and allows("sale"):
        at = paid_for_data(lemmas, cl.first, cl.core_last, bool(data_hits) or not RECORD_NOUNS.isdisjoint(words)
                            or any(h.term == "sharing" for h in unit.by_set.get("practices", ())))
        if at is not None:
            # "Brands pay us for lists of parents", "which pays the Company a fee for each report": a sale
            core = [h for h in core if not (h.term == "fees-and-payment" and h.first == at)] + [
                CueHit("practices", "sale", PAID_FOR, at, at)]
    if amounts and any(h.term == "sharing" for h in core) and not any(h.term == "sale" for h in core) \
            and any(cl.first <= d.first <= cl.last for d in data_hits) and allows("sale"):
        # "made available to retailers at $0.40 per record", "passed to a broker for £300 a quarter": data
        # passed on at a price is sold
        price = next((a for a in amounts if a.kind == "money" and cl.first < a.first <= cl.core_last
                      and lemmas[a.first - 1] in ("at", "for")
                      and any(h.term == "sharing" and h.last < a.first for h in core)), None)
        if price is not None:
            core.append(CueHit("practices", "sale", PAID_FOR, price.first, price.last))
    if not (HARMS.isdisjoint(words) and REMEDIES.isdisjoint(words)) and allows("liability-limitation") \
            and not any(h.term == "liability-limitation" for h in core):
        at = _responsible_for_harm(toks, lemmas, text, cl.first, cl.core_last, lexicon().names)
        if at is not None:  # "We are responsible for any injury caused by our negligence": liability accepted
            # (paying for what is lost is making it good, not a fee)
            core = [h for h in core if not (h.term == "fees-and-payment" and h.first <= at <= h.last)] + [
                CueHit("practices", "liability-limitation", lemmas[at], at, at)]
    if not READER_LEAVING.isdisjoint(words) and allows("termination-by-user") \
            and not any(h.term in TERMINATION or h.term == "acceptable-use" for h in core):
        at = _reader_leaves(lemmas, cl.first, cl.core_last)
        # ("You may leave the cooperative by giving one month's notice"; those who leave, named by a relative clause
        # beside another practice, are a case of it: "Forms of Customers who leave the service are kept for a year")
        if at is not None and not (lemmas[at - 1] in ("who", "that") and core):
            core = [h for h in core if h.term not in DATA_VERBS] + [
                CueHit("practices", "termination-by-user", lemmas[at], at, at)]
    if unit.ending and not any(h.term in TERMINATION for h in core) \
            and allows("termination-by-provider"):
        # "We may end the charter", "The Centre may end livery": a party ending what it provides
        at = next((i for i in range(cl.first + 1, cl.core_last + 1) if lemmas[i] in PROVIDER_ENDING
                   and (lemmas[i - 1] in MODALS or (lemmas[i - 1] in BE and i >= 2 and lemmas[i - 2] in MODALS))
                   and (lemmas[i] == "end" or provider_ends(toks, lemmas, text, cl.first, i))), None)
        if at is not None:
            core.append(CueHit("practices", "termination-by-provider", lemmas[at], at, at))
    if amounts:
        money = [a for a in amounts if a.kind == "money" and cl.first <= a.first <= cl.core_last]
        # ("The annual rent is $48": renting with no data named is what is paid for, not a sale of data)
        if money and allows("fees-and-payment") \
                and all(h.term == "sale" and not data_hits for h in core):
            core = [CueHit("practices", "fees-and-payment", "price", money[0].first, money[0].last)]  # "for $9.99"
    if label_end > 0 and lemmas[0] == "from" and first_clause and data_hits \
            and not any(h.term in DATA_VERBS for h in core) \
            and allows("collection"):
        core.append(CueHit("practices", "collection", "from", 0, 0))  # "From tutors: name, qualifications, ..."
    if label_denied and first_clause and lemmas[label_end + 1] == "free" \
            and not any(h.first > label_end for h in unit.all_practice_hits) \
            and allows("fees-and-payment") and all(h.term not in DATA_VERBS or h.term in _CHARGEABLE for h in core):
        # "Delivery: free.", "Storage of pieces for up to 14 days | free": what the label names costs nothing
        core = [CueHit("practices", "fees-and-payment", "free", label_end + 1, label_end + 1)]
    elif label_end > 0 and first_clause and amounts and allows("fees-and-payment") \
            and not any(h.first > label_end for h in unit.all_practice_hits):
        # "Steaming and pressing before collection: S$60", "Storing a boat in the boathouse: $220 a season": the
        # price of what the label names
        price = next((a for a in amounts if a.kind == "money" and label_end < a.first <= label_end + 2), None)
        if price is not None and all(h.term not in DATA_VERBS or h.term in _CHARGEABLE or h.last < label_end
                                     for h in core):
            core = [CueHit("practices", "fees-and-payment", "price", price.first, price.last)]
    return core, ages


_CHARGEABLE = frozenset({"retention"})  # a data verb's noun that also names a service charged for ("Storage")


def _responsible_for_harm(toks: list[Token], lemmas: list[str], text: str, lo: int, hi: int,
                          names: frozenset[str] = frozenset()) -> int | None:
    """Where the provider is, or accepts being, responsible for harm, or makes it good ("We are responsible for
    any injury ...", "The Park accepts responsibility for injuries", "We'll pay for belongings that are lost",
    "SunPeak will repair any damage its crew causes"): the word that says so, or None. Not the reader's or a
    parent's responsibility, nor harm a few words farther."""
    for i in range(lo + 1, hi):
        lemma = lemmas[i]
        if lemma in RESPONSIBLE and (lemmas[i + 1] == "for" or _for_after_aside(lemmas, i + 1, hi)) \
                and (lemmas[i - 1] in BE or lemmas[i - 1] in _ACCEPTING or lemmas[i - 1] == "full"):
            verb = next((k for k in range(i - 1, max(lo, i - 3) - 1, -1)
                         if lemmas[k] in BE or lemmas[k] in _ACCEPTING), None)
        elif (lemma in MAKING_GOOD or (lemma == "pay" and lemmas[i + 1] == "for")) \
                and (lemmas[i - 1] in MODALS or toks[i].norm in _MAKES_GOOD or lemmas[i - 1] == "we"):
            verb = i  # "we will pay for the repairs", "Sugarbird pays for a replacement"
        else:
            continue
        # (the harm after the verb; or, in a unit opening with a case, the harm that case names or the remedy paid
        # for: "If a bike is stolen from the store, the Provider will pay for it", "If our work lets water in, we
        # will pay for the repairs")
        if verb is not None and (any(lemmas[k] in HARMS for k in range(i + 1, min(hi + 1, i + _HARM_REACH)))
                                 or (verb == i and lo > 0 and lemmas[0] in _OPENING_CASES
                                     and (not HARMS.isdisjoint(lemmas[:lo]) or not REMEDIES.isdisjoint(
                                         lemmas[i + 1:min(hi + 1, i + _HARM_REACH)])))) \
                and (provider_subject(lemmas, lo, verb + 1, names) or provider_ends(toks, lemmas, text, lo, verb)):
            return i
    return None


_RELATIVE_REACH = 12  # from "who" to the verb after its clause ("who ask us to delete their visit history lose")
_BEFORE_REACH = 8  # from a charge to the "who" after it ("do not charge a higher hourly rate to customers who")
_WORSE_REACH = 6  # from "be moved" to how ("be moved to the back of the queue")
_RIGHT_WORDS = frozenset({"right", "rights"})
_CHANGING = frozenset({"affect", "mean", "change", "lead", "result", "reduce", "harm", "count", "cost"})


def _worse_at(lemmas: list[str], v: int, hi: int) -> bool:
    """Whether the word at ``v`` says someone is treated worse: "lose", "forfeit", "be moved to the back", "are
    charged a higher fee", "no longer eligible"."""
    lem = lemmas[v]
    return lem in LOSING or (
        lem in DEMOTING and (lemmas[v - 1] in ("be", "get") or lem.startswith("charge"))
        and not WORSE.isdisjoint(lemmas[v + 1:min(hi, v + _WORSE_REACH) + 1])) or (
        lem == "eligible" and lemmas[v - 1] in ("longer", "not"))


def _worse_for_rights(lemmas: list[str], lo: int, hi: int) -> tuple[int, bool] | None:
    """Where a clause says whether those who use a privacy right are treated worse, and whether it denies it:
    "Members who ask us to erase their contact history are moved to the last payout position", "Customers who
    opt out of data sharing lose the frequent-driver discount" (treated worse); "A Guest who exercises these rights
    will not be charged a higher rate", "We do not charge a higher rate to customers who ask to delete their
    data", "Using your rights will never mean a worse room" (not); None when it says neither."""
    def negated(v: int) -> bool:
        # (in "no longer eligible" the negation is the worse treatment)
        end = v - 2 if lemmas[v] == "eligible" else v
        return not NEGATORS.isdisjoint(lemmas[max(lo, end - 3):end])

    if lemmas[lo] in RIGHT_USED or (lemmas[lo] == "the" and lemmas[lo + 1:lo + 2] == ["exercise"]):
        right = next((k for k in range(lo + 1, min(hi, lo + _WORSE_REACH) + 1) if lemmas[k] in _RIGHT_WORDS), None)
        if right is not None:
            v = next((k for k in range(right + 1, min(hi, right + _WORSE_REACH) + 1) if lemmas[k] in _CHANGING), None)
            if v is not None and negated(v):
                return v, True
    for w in range(lo + 1, hi):
        if lemmas[w] not in ("who", "that"):
            continue
        for v in range(w + 2, min(hi, w + _RELATIVE_REACH) + 1):
            if _worse_at(lemmas, v, hi):
                return (v, negated(v)) if not RIGHTS_ACTS.isdisjoint(lemmas[w + 1:v]) else None
        before = next((v for v in range(max(lo, w - _BEFORE_REACH), w) if _worse_at(lemmas, v, w)), None)
        if before is not None and not RIGHTS_ACTS.isdisjoint(lemmas[w + 1:min(hi, w + _WORSE_REACH) + 1]):
            return before, negated(before)
    return None


_OWING = frozenset({"pay", "owe", "compensation", "compensate", "liability", "liable", "claim", "damage", "loss",
                    "damaged", "replace", "replaced", "recover"})


def _no_ceiling(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where a ceiling is refused ("no cap", "no upper limit", "without any upper limit"): the ceiling's word."""
    for k in range(lo, hi - 1):
        if lemmas[k] in ("no", "without"):
            j = k + 1 + (lemmas[k + 1] == "any")
            j += j <= hi and lemmas[j] == "upper"
            if j <= hi and lemmas[j] in CEILINGS:
                return j
    return None


def _chosen_mailing(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where a clause sends mailings only to those who choose them, or until they refuse them: "We send
    newsletters only if you tick the box", "Offers are e-mailed only to owners who have opted in", "Owners receive
    the newsletter unless they opt out", "Promotional e-mails can be switched off at any time"; None otherwise."""
    mailing = next((i for i in range(lo, hi + 1) if _mailing_noun(lemmas, i)), None)
    # (a clause whose subject points back at the mailing the clause before names: "Every user receives the
    # newsletter, and it cannot be switched off")
    opening = lemmas[lo + 1:lo + 2] if lemmas[lo] == "and" else lemmas[lo:lo + 1]
    referring = mailing is None and bool(opening) and opening[0] in _REFERRING \
        and any(_mailing_noun(lemmas, i) for i in range(max(0, lo - _POINTING_BACK), lo))
    if mailing is None and not referring:
        return None
    limited = any(lemmas[i] in ("only", "unless") for i in range(lo, hi + 1))
    for i in range(lo, hi + 1):
        lem, nxt = lemmas[i], lemmas[i + 1:i + 2]
        if lem in MAILING_CHOICE and (limited or lem in _LEAVING or nxt == _LEAVING_AFTER.get(lem)) and (
                lem not in ("switch", "turn") or nxt in (["on"], ["off"])
                or lemmas[i + 2:i + 3] in (["on"], ["off"])) and (lem != "sign" or nxt == ["up"]):
            return i if mailing is None else mailing
    return None


def _term_runs_out(lemmas: list[str], lo: int, at: int, term: int, balance: int) -> bool:
    """The word before an expiry verb at ``at``, a few words back, names a term or contract, not a balance, and the
    clause names no balance before it (``term`` and ``balance``: where the clause first names one)."""
    named = next((lemmas[k] for k in range(at - 1, max(lo, at - _TERM_REACH) - 1, -1) if lemmas[k].isalpha()
                  and lemmas[k] not in DETERMINERS), None)
    # ("may not end the contract before it expires": the pronoun's noun before it)
    return (named in _TERMS_RUNNING or (named in ("it", "they") and term < at)) and balance >= at


_TERMS_RUNNING = frozenset({"term", "contract", "agreement", "lease", "tenancy", "period", "licence", "license"})
_BALANCES = frozenset({"credit", "credits", "balance", "balances", "voucher", "vouchers", "point", "points", "wallet",
                       "gift", "token", "tokens", "pass", "passes"})
_TERM_REACH = 3  # "the agreed term expires", "the twelve-month term expires"


def _reader_leaves(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where the reader leaves what it joined: the verb with what is left as its object ("leave the cooperative",
    "withdraw from the programme"), or with notice or a wish beside it ("Clients wishing to leave must give six
    months' notice", "members who wish to withdraw"); not the first party's subject ("we may withdraw the offer"),
    nor data or things left ("Your data never leaves the EEA", "leave a review")."""
    noticed = "notice" in lemmas[lo:hi + 1]
    # (no first-party subject before the verb: only a verb before the clause's first "we" may be the reader's)
    first_person = next((k for k in range(lo, hi + 1) if lemmas[k] in FIRST_PERSON), hi + 1)
    for i in range(lo, min(hi + 1, first_person)):
        if lemmas[i] not in READER_LEAVING:
            continue
        after = lemmas[i + 1:i + 4]
        if after[:1] == ["from"]:
            after = after[1:]
        named = bool(after) and (after[0] in JOINED or (after[0] in DETERMINERS and after[1:2] != []
                                                        and after[1] in JOINED))
        wished = i >= 2 and lemmas[i - 1] == "to" and lemmas[i - 2] in _WISHING
        if named or ((noticed or wished) and (not after or not after[0].isalpha() or after[0] in _AFTER_LEAVING)):
            return i
    return None


_WISHING = frozenset({"wish", "wishing", "want", "wanting", "decide", "decides"})  # "members who wish to withdraw"
_AFTER_LEAVING = frozenset({"at", "by", "with", "before", "after", "within", "early", "must", "shall", "should",
                            "need", "will", "give", "on", "upon", "without"})


def _money_given_back(lemmas: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """Money paid as the clause's subject, its passive verb saying whether it goes back ("Money paid for milling
    is never returned", "The €100 deposit taken at collection is never returned", "Fees are kept in full"):
    where the noun and the verb are, or None."""
    noun = next((k for k in range(lo, min(hi, lo + _SUBJECT_OPENING) + 1) if lemmas[k] in PAID_MONEY), None)
    # (the money is the subject's head: not "Receipts for ticket payments", "Payment records", "Payment details")
    if noun is None or noun >= hi or not _OF_A_HEAD.isdisjoint(lemmas[lo:noun]) or lemmas[noun + 1] in RECORD_NOUNS \
            or lemmas[noun + 1] in _ABOUT_MONEY:
        return None
    be = next((k for k in range(noun + 1, min(hi, noun + _SUBJECT_LENGTH) + 1) if lemmas[k] in BE
               or lemmas[k] == ","), None)
    if be is None or lemmas[be] == ",":
        return None
    for k in range(be + 1, min(hi, be + _BEFORE_PARTICIPLE) + 1):
        if lemmas[k] in GIVEN_BACK:
            return noun, k
        if not (lemmas[k] in NEGATORS or lemmas[k] in _ADVERBS_BEFORE):
            return None
    return None


_OF_A_HEAD = frozenset({"for", "of", "on", "from", "to", "with", "by", "about"})  # a noun after them is not the head
_ABOUT_MONEY = frozenset({"receipt", "receipts", "method", "methods", "card", "cards", "slip", "slips", "schedule"})
_SUBJECT_OPENING = 3  # words before the noun: "The €100 deposit", "10.2 Money", "Preorder payments"
_SUBJECT_LENGTH = 9  # from the noun to its verb: "Money paid for a bundle of visits is"
_BEFORE_PARTICIPLE = 4  # "shall in no case be returned" (the modal's "be"), "is never returned"
_ADVERBS_BEFORE = frozenset({"in", "no", "case", "always", "then", "still", "simply", "normally", "generally",
                             "usually", "only", "also", "be"})


def _mailing_noun(lemmas: list[str], i: int) -> bool:
    """A word naming mailings sent to sell ("newsletter", "offers", "mailing list"; not "mailing address")."""
    return lemmas[i] in MARKETING_NOUNS or (lemmas[i] == "mail" and lemmas[i + 1:i + 2] == ["list"])


_POINTING_BACK = 24  # tokens before the clause a pronoun opening it may point back over
_REFERRING = frozenset({"it", "they", "these", "this", "there", "with"})  # pointing back ("and it cannot ...")
_LEAVING = frozenset({"unsubscribe", "switch", "turn", "untick", "stop"})  # a way out of a mailing, by its verb
# ... and by a verb and the word after it ("opt out", "taken off the list", "removed from the list")
_LEAVING_AFTER = {"opt": ["out"], "take": ["off"], "taken": ["off"], "remove": ["from"], "removed": ["from"]}


def _for_after_aside(lemmas: list[str], at: int, hi: int) -> bool:
    """A short aside between commas, then "for" ("accept full responsibility, without any cap, for injury")."""
    if lemmas[at] != ",":
        return False
    close = next((k for k in range(at + 1, min(hi, at + _ASIDE)) if lemmas[k] == ","), None)
    return close is not None and close + 1 <= hi and lemmas[close + 1] == "for"


_ASIDE = 6


def _mailed_to_reader(toks: list[Token], lemmas: list[str], lo: int, hi: int) -> int | None:
    """The reader, by any name, as the subject of a passive verb of sending whose object is marketing ("Members
    are sent our newsletter", "Bereaved relatives are sent a brochure of memorial products"): where the verb is."""
    for i in range(lo + 1, hi):
        if toks[i].norm not in _MAILED or lemmas[i - 1] not in BE:
            continue
        if not MAILINGS.isdisjoint(lemmas[i + 1:min(hi, i + 5) + 1]):
            return i
    return None


_MAILED = frozenset({"sent", "emailed", "e-mailed", "texted", "mailed", "posted"})
_ACCEPTING = frozenset({"accept", "accepts", "take", "takes"})
_MAKES_GOOD = frozenset({"pays", "repairs", "replaces", "compensates", "reimburses"})  # a third person's verb
_OPENING_CASES = frozenset({"if", "where", "when", "should", "in"})  # a unit opening with the case of harm
_HARM_REACH = 10  # tokens after the verb: "will repair, at its own cost, any damage"


_SHOWN_THINGS = CONTENT_NOUNS | RECORD_NOUNS | {"clip", "clips", "name", "names", "photograph", "photographs"}
_PROMOTION_REACH = 4  # words from "in" or "on" to where the promotion is ("in the Company's promotional posts")


def _shown_in_promotion(lemmas: list[str], data_hits: list[CueHit], lo: int, hi: int) -> int | None:
    """Data or content named before a verb of appearing, in or on the first party's promotion ("Pictures from
    makeup trials regularly appear in the Company's promotional posts", "may be featured in our fundraising
    letters", "show up in our promotional reels"): where the verb is, or None."""
    for v in range(lo + 1, hi):
        if lemmas[v] not in SHOWN_IN:
            continue
        k = v + 2 if lemmas[v + 1] == "up" else v + 1  # "show up in"
        if k > hi or lemmas[k] not in ("in", "on"):
            continue
        if PROMOTION_PLACES.isdisjoint(lemmas[k + 1:k + 1 + _PROMOTION_REACH]):
            continue
        if any(lo <= d.first < v for d in data_hits) or not _SHOWN_THINGS.isdisjoint(lemmas[lo:v]):
            return v
        return None
    return None


_WRITTEN_REACH = 5  # words from the participle to where it is written ("is entered by name on the passenger manifest")
_TAKEN_WHEN = frozenset({"at", "when", "on", "during", "before"})  # "is taken at booking", "taken when you collect"


def _written_down(toks: list[Token], lemmas: list[str], data_hits: list[CueHit], lo: int, hi: int,
                  money: bool) -> int | None:
    """Data named before a passive participle of putting it down where the first party keeps it ("is entered on
    the booking form", "A photocopy of ... is filed with the order"), or of taking it at a moment ("Your passport
    number is taken at booking"; not a payment: "A deposit of EUR 80 is taken at the start"): where the participle
    is, or None."""
    for v in range(lo + 1, hi + 1):
        norm = toks[v].norm
        if norm not in RECORDED or (lemmas[v - 1] not in BE and not (
                lemmas[v - 1] in NEGATORS and lemmas[v - 2:v - 1] == ["be"])):
            continue
        if not (any(lo <= d.first < v for d in data_hits) or "photocopy" in lemmas[lo:v]):
            return None
        after = lemmas[v + 1:min(hi, v + _WRITTEN_REACH) + 1]
        if norm == "taken":
            return v if not money and after[:1] and after[0] in _TAKEN_WHEN else None
        return v if not RECORD_PLACES.isdisjoint(after) else None
    return None


_READER_GIVING = frozenset({"give", "provide", "show", "enter", "supply", "submit"})
_OWN_GIVEN = frozenset({"their", "your", "his", "her"})
_GIVER_REACH = 4  # words of the subject before the verb ("Every ticket buyer must give")


def _reader_gives(lemmas: list[str], data_hits: list[CueHit], lo: int, hi: int) -> int | None:
    """The reader, by a role, as the clause's subject, giving their own data ("Members give their birth date at
    sign-up", "Every ticket buyer must give their CURP number at checkout"): where the verb is, or None."""
    for v in range(lo + 1, min(hi, lo + _GIVER_REACH + 2) + 1):
        if lemmas[v] not in _READER_GIVING:
            continue
        subject = lemmas[lo:v]
        if not any(w in SECOND_PERSON or w in USER_ROLES or w in READER_SIDE for w in subject) \
                or any(w in FIRST_PERSON for w in subject):
            return None
        if v + 1 <= hi and lemmas[v + 1] in _OWN_GIVEN and any(v + 1 < d.first <= v + 4 for d in data_hits):
            return v
        return None
    return None


def _data_serves(toks: list[Token], lemmas: list[str], data_hits: list[CueHit], lo: int, hi: int) -> int | None:
    """The clause opens with data as its subject, and a verb of serving follows it ("Your listening history powers
    the Up Next shelf", "Sensor readings drive the breathing alerts", "Song histories help the shop stock ..."):
    where the verb is, or None."""
    i = lo
    while i <= hi and lemmas[i] in DETERMINERS:
        i += 1
    named = next((d for d in data_hits if d.first <= i + 2 and d.first >= lo), None)
    end = named.last if named is not None else next(
        (k for k in range(i, min(hi, i + 3) + 1) if lemmas[k] in RECORD_NOUNS or toks[k].norm == "readings"), None)
    if end is None:
        return None
    while True:  # a list of data as the subject: "Your email address and phone number help ..."
        more = next((d.last for d in data_hits if end < d.first <= end + 2), None)
        if more is None:
            break
        end = more
    # (the subject's head may follow the data named: "Sensor readings", "Heart-rate variability readings"; a
    # plural subject takes the plain form: "readings drive", "histories help")
    for verb in range(end + 1, min(hi, end + _SUBJECT_TAIL) + 1):
        norm = toks[verb].norm
        if norm in SERVING_VERBS or (norm in SERVING_PLURAL and (toks[verb - 1].norm.endswith("s")
                                                                  or "and" in lemmas[i:verb])):
            return verb
        if not toks[verb].word or lemmas[verb] in BE or lemmas[verb] in MODALS:
            return None
    return None


_SUBJECT_TAIL = 3  # words between the data named and the verb: the rest of the subject's noun phrase
