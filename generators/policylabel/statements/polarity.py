"""Whether a clause affirms or denies a practice it states.

A negation within reach of the practice's cue denies it (:func:`policylabel.statements.clauses.is_negated`);
the rules here read the other ways a clause says no ("refunds are not given", "We collect no personal data",
"Refunds: none", "non-refundable", "free of charge", "you must be 18 or older") and the cues that are never
denied (a right described, a limit).
"""

from __future__ import annotations

from itertools import pairwise

from policylabel.statements.amounts import Amount
from policylabel.statements.clauses import Clause, is_negated, negated_after
from policylabel.statements.lexicon import CueHit
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    AD_REACH,
    ADS_CHOSEN,
    ADULT_AGE,
    APPLYING,
    BARRING,
    BE,
    BETWEEN_PARTICIPLES,
    CHOOSING,
    CHOOSING_PHRASES,
    CONCESSIVE,
    DATA_VERBS,
    DEVICE_FREE,
    DEVICE_LOCKED,
    DISCLAIMING,
    DISCLAIMING_STEMS,
    EXPIRY,
    FREE,
    GIVING,
    IGNORING,
    KEPT_IN_PLACE,
    LIMITS,
    LIMITS_OF_LIABILITY,
    MAKING_GOOD,
    MONEY_TERMS,
    NEGATORS,
    NO_CAP,
    NOTHING_DENIES,
    PARENTS,
    SIGNAL_VERBS,
    SIGNALS,
    STAYING,
    TAXES,
    WORSE_FOR_RIGHTS,
    clause_number,
)

NONE_OBJECT = frozenset({"no", "nothing", "none"})  # a data verb's object denying it
# Words that limit what a party is liable for ("liable only for", "liable up to", "limited to")
_LIMITING = frozenset({"only", "limit", "limited", "exceed", "cap", "capped", "maximum", "not", "no", "never",
                       "except", "unless", "solely", "total", "aggregate"})
_USE_REACH = 10  # from "use" to the ads it is for: "use your information to show you targeted advertisements"
# Before a limiting word, what makes it no limit ("liable without limit", "nothing in these terms limits it")
_NO_LIMIT = frozenset({"without", "nothing"})
_USED_UP = frozenset({"use", "used", "spend", "spent", "redeem", "redeemed", "exhausted", "cleared"})
_PARTICIPLE = ("ed", "en")  # "not used", "not taken": a participle a negation qualifies
_EXPIRING = EXPIRY | {"forfeit", "forfeited"}
_BEFORE_EXPIRING = frozenset({"do", "will", "shall", "ever", "have", "an", "any", "a", "set"})  # "does not have an expiry"
_ABOUT_DATA = frozenset({"targeted-advertising", "cross-context-advertising", "tracking"})
_VERB_NEGATORS = frozenset({"not", "never"})  # negating a verb ("no" often qualifies a noun: "with no names")
_PRICE_CHANGES = frozenset({"increase", "rise", "raise", "go", "change", "alter"})  # a price raised (or "go up")
_MORE = frozenset({"more", "longer", "later", "less", "further", "one"})  # "share no more than", "no one but"
# What is given in place of a practice: "instead of", "rather than", "in lieu of", "in place of" (not "the place
# of purchase")
_INSTEAD = frozenset({("instead", "of"), ("rather", "than"), ("lieu", "of"), ("place", "of")})


_LABEL_TOKENS = 14  # a label before its colon: "Minimum age to hold an adoption in one's own name: 18 years"
_REFUSING = frozenset({"refuse", "reject", "decline", "bar", "exclude"})  # and "turn down", "turn away"
_REFUSING_REACH = 6  # tokens from the refusing verb to the age
_UNDER_REACH = 5  # tokens from a group's age to the negation of what it may do ("under 18 years may not")
_UNPROTECTED = frozenset({"unencrypted", "plain"})  # cues of data kept with no measure: "unencrypted", "plain text"
_KEPT = frozenset({"keep", "kept", "lose", "lost", "forfeit", "forfeited", "forfeits", "retain", "retained"})  # money paid and kept


def _instead_of(lemmas: list[str], first: int, start: int) -> bool:
    """The cue at ``first`` follows "instead of" (or "rather than", "in lieu of"), with at most an article
    between ("credit instead of a refund")."""
    k = first - 1
    if lemmas[k] in ("a", "an", "the", "any") and k - 2 >= start:
        k -= 1
    pair = (lemmas[k - 1], lemmas[k])
    return pair in _INSTEAD and (pair != ("place", "of") or (k - 2 >= start and lemmas[k - 2] == "in"))


# Ways of making a request that a text may refuse ("Requests made through an agent are not accepted", "no appeal
# is available"): denied when negated, unlike a way described ("No charge is made for access requests").
_REFUSABLE = frozenset({"accept", "appeal", "agent", "behalf"})


def polarity_of(toks: list[Token], lemmas: list[str], cl: Clause, practice: str, cues: list[CueHit],
                ages: list[Amount], cl_set: set[str], practice_hits: list[CueHit], in_cues: set[int],
                not_negating: set[int], window: int, first_other: int, denied_label: int, limit_at: list[int],
                inherited: tuple[str, str] | None) -> str:
    """"affirmed" or "denied": how the clause ``cl`` states ``practice``, cued by ``cues`` (the first one is
    the practice's). ``denied_label``: where a label whose value denies it ends ("Refunds: none"), else -1;
    ``limit_at``: where limits start ("longer than necessary"); ``inherited``: what a heading or lead-in states."""
    cue = cues[0]
    negated = is_negated(lemmas, cue, cl.first, in_cues, not_negating, window, first_other) if len(cues) == 1 \
        else any(is_negated(lemmas, c, cl.first, in_cues, not_negating, window, first_other) for c in cues)
    if not negated and practice == "cross-context-advertising":
        # "do not sell ... or share it for cross-context behavioral advertising": the verb's negation is its own
        shared = next((k for k in range(max(cl.first, cue.first - _PASSING_REACH), cue.first) if lemmas[k] in _PASSING),
                      None)
        negated = shared is not None and is_negated(lemmas, CueHit(cue.set, cue.term, "share", shared, shared),
                                                    cl.first, in_cues, not_negating, window, first_other)
    if not negated and practice == "targeted-advertising" and cue.first >= 3:
        # "does not use your information to show you targeted advertisements": the use's negation is the ads'
        used = next((k for k in range(cue.first - 2, max(cl.first, cue.first - _USE_REACH) - 1, -1)
                     if lemmas[k] == "use" and "to" in lemmas[k + 1:cue.first]), None)
        negated = used is not None and is_negated(lemmas, CueHit(cue.set, cue.term, "use", used, used),
                                                  cl.first, in_cues, not_negating, window, first_other)
    polarity = "denied" if negated else "affirmed"
    if negated and cue.first >= 3 and any(lemmas[k] == "opt" and lemmas[k + 1] == "out"
                                          for k in range(max(cl.first, cue.first - 6), cue.first - 1)):
        # "There is no way to opt out of this arbitration agreement", "You cannot opt out of arbitration": the
        # negation is the opting out's; the practice stands
        polarity = "affirmed"
    if polarity == "affirmed" and (
            (cue.first <= cl.first + 3 and cue.last + 3 <= cl.core_last  # (its cheap tests first)
             and negated_after(toks, lemmas, cue, cl.first, cl.core_last, practice_hits))
            or (practice in SIGNALS and _signal_refused(toks, lemmas, cue, cl.first, cl.last))):
        polarity = "denied"  # "refunds are not given", "payments are not refundable"
    if polarity == "affirmed" and (practice in MONEY_TERMS or practice in DATA_VERBS) and cue.last - cue.first >= 2 \
            and not _VERB_NEGATORS.isdisjoint(lemmas[cue.first + 1:cue.last]):
        polarity = "denied"  # a negation in a cue's gap: "Deposits are not returned", "money is never returned"
    if polarity == "affirmed" and any(
            lemmas[k] == "no" and (k == cl.first or lemmas[k - 1] == "," or not any(c.isalpha() for c in lemmas[k - 1]))
            and _no_subject_passive(toks, lemmas, cue, k)
            for k in (cl.first, *range(max(cl.first + 1, cue.first - _NO_REACH), cue.first))):
        # "No information about your health is requested or held", "If you cancel, no part of the fee is refunded",
        # "10.2 No money is returned ..."
        polarity = "denied"
    if polarity == "affirmed" and practice in DATA_VERBS and cue.last + 2 <= cl.core_last \
            and lemmas[cue.last + 1] in NONE_OBJECT and lemmas[cue.last + 2] not in _MORE:
        polarity = "denied"  # "We collect no personal data", "shares nothing from your diary"
    if polarity == "affirmed" and _can_no_longer(lemmas, cue, cl):
        polarity = "denied"  # "the parent can no longer cancel the booking", "can no longer be cancelled once ..."
    if polarity == "affirmed" and practice == "fees-and-payment" and _charged_nothing(lemmas, cue, cl):
        polarity = "denied"  # "you pay nothing at the desk", "costs you nothing", "fees are waived", "KRW 0"
    if polarity == "affirmed" and cue.first >= cl.first + 2 and _instead_of(lemmas, cue.first, cl.first):
        polarity = "denied"  # "store credit is issued instead of a refund": what is given is not the practice
    if polarity == "affirmed" and practice == "fees-and-payment" and any(
            lemmas[k] in _VERB_NEGATORS and not _PRICE_CHANGES.isdisjoint(lemmas[k + 1:k + 4])
            for k in range(cl.first, cl.core_last)):
        polarity = "denied"  # "Prices will not increase", "shall not increase livery fees": no higher charge
    if cue.last < denied_label and practice not in LIMITS:
        polarity = "denied"  # "Refunds: none for completed orders"
    if polarity == "denied" and any(cue.last < i <= cl.core_last for i in limit_at):
        polarity = "affirmed"  # "we do not keep it longer than necessary" states a limit
    if not cue.cue and inherited is not None and (inherited[1] == "denied" or (
            (inherited[0] in DATA_VERBS or inherited[0] in _ABOUT_DATA)
            and any(lemmas[k] in _VERB_NEGATORS for k in range(cl.first, cl.core_last + 1)))):
        polarity = "denied"  # (a fragment under a heading that says no: "Ads in the app are never personalised")
    if cue.cue == "age" and polarity == "affirmed" and _adults_only(lemmas, ages[0]):
        polarity = "denied"  # "you must be 18 or older": the service is not for children
    if cue.cue == "age" and polarity == "affirmed" and ages[0].bound == "under" \
            and any(lemmas[k] in _REFUSING or (lemmas[k] == "turn" and lemmas[k + 1] in ("down", "away"))
                    for k in range(max(cl.first, ages[0].first - _REFUSING_REACH), ages[0].first)):
        polarity = "denied"  # "we turn down applications from anyone under 18", "we refuse bookings from anyone under 16"
    if practice == "children" and polarity == "affirmed" and ages and ages[0].bound == "under" and any(
            lemmas[k] in _VERB_NEGATORS and lemmas[k - 1] in BARRING
            for k in range(ages[0].last + 2, min(cl.core_last, ages[0].last + _UNDER_REACH) + 1)):
        polarity = "denied"  # "Persons under 18 may not book", "Passengers under 16 are not carried": kept out
    if cue.cue == ADS_CHOSEN:
        # "Learning data is never used to decide which adverts you see": the verb's negation is the ads'
        polarity = "denied" if any(lemmas[k] in NEGATORS for k in range(cl.first, cue.first)) else "affirmed"
    if cue.cue == KEPT_IN_PLACE:
        polarity = "affirmed" if polarity == "denied" else "denied"  # kept in a place: no transfer out
    if practice == "warranty-disclaimer" and polarity == "affirmed" and not GIVING.isdisjoint(cl_set) \
            and not _disclaiming(lemmas, cue, cl, cl_set) and NEGATORS.isdisjoint(lemmas[cue.first:cue.last + 1]) \
            and not any(lemmas[k] in NEGATORS and lemmas[k + 1] in _REACHING  # "That guarantee shall not cover ..."
                        for k in range(cue.last + 1, min(cl.core_last, cue.last + 3))) \
            and not any(t.norm.startswith(DISCLAIMING_STEMS) for t in toks[cl.first:cl.last + 1]) \
            and not any(lemmas[i] == "as" and lemmas[i + 1] in ("be", "is")  # "as is", not "as designed"
                        for i in range(cl.first, cl.last)):
        polarity = "denied"  # "the Operator guarantees that every bike is checked": a warranty given
    elif practice == "liability-limitation" and polarity == "affirmed" and cue.first == cue.last \
            and (lemmas[cue.first] in _LIABLE or lemmas[cue.first] in _LIABILITY) \
            and not any(lemmas[i] in _LIMITING and _NO_LIMIT.isdisjoint(lemmas[max(cl.first, i - 5):i])
                        for i in range(cl.first, cl.last + 1)) and (
                not _ACCEPTING.isdisjoint(lemmas[max(cl.first, cue.first - 3):cue.first])
                or (cue.first > cl.first and lemmas[cue.first - 1] == "be")):
        # "The Workshop accepts full liability for ...", "We take responsibility for ...", "The Company shall be
        # liable for ..."
        polarity = "denied"
    elif practice == "liability-limitation" and polarity == "affirmed" and lemmas[cue.first] in MAKING_GOOD:
        polarity = "denied"  # "We'll pay for belongings that are lost", "We will repair any damage": harm made good
    elif practice == "liability-limitation" and _liability_kept(lemmas, cue, cl):
        polarity = "denied"  # "We remain liable for ...", "The liability limit does not apply to ...": accepted there
    elif practice == "security" and polarity == "denied" and lemmas[cue.first].startswith(_MEASURES):
        pass  # "stored without encryption", "not encrypted": a measure not taken (not a limit of those taken)
    elif practice == "security" and lemmas[cue.first] in _UNPROTECTED:
        # "Customer files sit unencrypted on the office server", "Passwords are kept in plain text": a measure not
        # taken ("never stored in plain text": taken)
        polarity = "affirmed" if polarity == "denied" else "denied"
    elif practice == "data-subject-right" and _right_refused(lemmas, cue, cl):
        polarity = "denied"  # "Drivers have no right to object", "The right to erasure does not cover invoices"
    elif (practice == "data-subject-right"
          or (practice == "exercising-rights" and _REFUSABLE.isdisjoint(lemmas[cue.first:cue.last + 1]))) \
            or (practice in LIMITS and lemmas[cue.first] not in APPLYING) \
            or practice == "other-term":
        # "you have the right not to be..." describes a right all the same, "No charge is made for access
        # requests" a way of making one; "nothing in these Terms
        # creates an employment relationship" is a term all the same; but a limit that does not apply
        # limits nothing there
        polarity = "affirmed"
    # ("Prices include VAT" says what the price is made of: a tax charged, not a thing given free)
    if practice not in LIMITS and not ("include" in lemmas[cue.first:cue.last + 1] and not TAXES.isdisjoint(cl_set)) \
            and any(
           lemmas[c.first] == "non" or (lemmas[c.first].startswith("non") and len(lemmas[c.first]) > 6)
           or not FREE.isdisjoint(lemmas[c.first:c.last + 1]) for c in cues
           if c.first == cue.first or (practice == "fees-and-payment" and c.last > c.first)):
        polarity = "denied"  # non-refundable; "is free", "at no cost", "can be cancelled free of charge": no fee
    if practice == "acceptance" and polarity == "denied" and lemmas[cl.first] == "if":
        polarity = "affirmed"  # "If you don't agree to these Terms, don't use the Service": using them is agreeing
    if practice == "refunds" and lemmas[cue.last] == "final":
        polarity = "denied"  # "All sales are final": nothing is refunded
    if practice == "refunds" and not _KEPT.isdisjoint(lemmas[cue.first:cue.last + 1]):
        # "The deposit is kept by the Company", "the deposit is forfeited": nothing is returned (and a deposit
        # "not kept" is returned)
        polarity = "affirmed" if polarity == "denied" else "denied"
    if practice == "account-balance" and polarity == "affirmed" and ("indefinitely" in cl_set or (
            "until" in cl_set and any(lemmas[k] == "until" and not _USED_UP.isdisjoint(lemmas[k + 1:k + 4])
                                      for k in range(cl.first, cl.last)))):
        polarity = "denied"  # "stays on the voucher indefinitely", "valid until they are used": it never expires
    if practice == "account-balance":
        # A word of expiry says whether the balance expires, whatever else is negated ("Store credit issued when
        # ... never expires", "has no expiry date", "never run out"; "Credit not used within a year expires")
        expires = _expires(lemmas, cl.first, cl.last)
        if expires is False:
            polarity = "denied"
        elif expires and any(lemmas[k] in NEGATORS and (lemmas[k + 1] in _USED_UP or toks[k + 1].norm.endswith(_PARTICIPLE))
                             for k in range(cl.first, cl.last)):
            polarity = "affirmed"  # the negation is the use's ("not used", "not taken"), not the expiry's
    if practice == "liability-limitation" and cue.cue == NO_CAP:
        return "denied"  # "There is no cap on what we owe you": liability accepted without limit
    if practice == "device-restrictions" and cue.cue in (DEVICE_FREE, DEVICE_LOCKED):
        return "denied" if cue.cue == DEVICE_FREE else "affirmed"  # read with the rule, its modality included
    if practice == "non-discrimination" and cue.cue == WORSE_FOR_RIGHTS:
        polarity = "denied"  # "Guests who ask us to erase their details lose their discount"
    if practice == "arbitration" and polarity == "affirmed" and lemmas[cue.first].startswith("arbitra") \
            and _arbitration_excluded(lemmas, cue, cl):
        polarity = "denied"
    if practice == "targeted-advertising" and polarity == "affirmed" and _choice_negated(lemmas, cue, cl):
        polarity = "denied"  # "Adverts in the app are never based on your smoking log": not chosen by the person
    if practice == "account-balance" and (carried := _carried_over(lemmas, cl)) is not None \
            and not _for_a_period(lemmas, cl):
        # "Unused credit rolls over from one year to the next": kept, not expiring; "do not carry over": lost
        # ("rolls over and can be used for up to three months" names its period: it expires)
        polarity = "denied" if carried else "affirmed"
    if practice == "account-balance" and polarity == "affirmed" and _without_end(lemmas, cl):
        polarity = "denied"  # "stays valid for as long as your account is open", "with no end date": no expiry
    if practice == "marketing-choice":
        polarity = _marketing_choice(lemmas, cue, cl, polarity)
    if practice == "complaint" and polarity == "affirmed" and _outside_refused(lemmas, cl):
        polarity = "denied"  # "cannot be taken to any outside authority": no complaint to a regulator
    if practice == "arbitration" and polarity == "affirmed" and lemmas[cue.first].startswith("class") \
            and _class_action_open(lemmas, cue, cl):
        polarity = "denied"  # "You may take any claim to court, including as part of a class action": no waiver
    # (or a later clause opening so: "..., and nothing in these terms obliges them to use arbitration")
    if practice in NOTHING_DENIES and (lemmas[_past_number(lemmas, cl.first, cl.last)] == "nothing" or any(
            lemmas[k] in _JOINING_WORDS and lemmas[k + 1] == "nothing" and lemmas[k + 2] == "in"
            for k in range(max(cl.first, cue.first - _NOTHING_REACH), cue.first - 2))):
        # "Nothing in these Terms limits liability for fraud", "Nothing in this Agreement requires the
        # Customer to indemnify the Company": ruled out
        polarity = "denied"
    return polarity


def _past_number(lemmas: list[str], first: int, last: int) -> int:
    """The clause's first word after the number it opens with, if any ("5.4 Nothing in these terms ...")."""
    return first + 1 if first < last and clause_number(lemmas[first]) else first


_REACHING = frozenset({"cover", "apply", "extend", "include"})  # what a guarantee reaches: "shall not cover"
_EXCLUDING = frozenset({"exclusion", "exclude", "excluded", "waive", "waives", "waived"})
_REFERRED = frozenset({"refer", "referred", "submit", "submitted", "send", "sent", "take", "taken", "go", "put"})
_MEASURES = ("encrypt", "password", "protect")  # measures not taken ("not encrypted", "no password", "not protected by")
_WHOLLY = frozenset({"fully", "wholly", "entirely", "completely"})  # "We are fully liable"
_LIABLE = frozenset({"liable", "responsible"})
_LIABILITY = frozenset({"liability", "responsibility"})
_LIMITED = frozenset({"limit", "limited", "excluded", "exclude", "restricted", "restrict", "capped", "cap"})
_NEGATED_REACH = 5  # words from a negator to the limiting verb it negates ("nothing in these terms limits")
_OWN_REACH = 3  # words from the limiting verb to the liability it limits ("excludes its liability")
_ACCEPTING = frozenset({"accept", "take"})  # "accepts full liability", "take responsibility for"


_PASSING = frozenset({"share", "disclose", "pass", "give", "provide", "transfer", "send", "sell"})
_PASSING_REACH = 10  # from the verb to "for cross-context behavioral advertising" ("share your data with ad networks")
_REFUSED_RIGHT = frozenset({"request", "requested", "accept", "accepted", "object", "delete", "erase", "see", "access",
                            "correct", "ask", "demand"})  # what a reader "cannot" do, or what "cannot be requested"
_USABLE = frozenset({"valid", "usable", "available"})
_FOREVER = frozenset({"forever", "ever", "indefinitely"})
_TIMES = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "season", "date"})


def _right_refused(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """A right refused or narrowed in the clause: "have no right to object", "The right to erasure does not
    cover invoices", "cannot be requested", "You cannot object to ...", "are not accepted"."""
    after = lemmas[cue.last + 1:min(cl.last, cue.last + 5) + 1]
    return any(lemmas[k] == "no" and lemmas[k + 1] == "right"
               for k in range(max(cl.first, cue.first - 3), min(cue.first + 1, cl.last))) \
        or (not NEGATORS.isdisjoint(after) and not (_REACHING | APPLYING).isdisjoint(after)) \
        or any(lemmas[k] in ("cannot", "not") and k + 1 <= cl.last and lemmas[k + 1] in _REFUSED_RIGHT | BE
               and (lemmas[k + 1] not in BE or (k + 2 <= cl.last and lemmas[k + 2] in _REFUSED_RIGHT))
               for k in range(max(cl.first, cue.first - 3), min(cl.last, cue.last + 4)))


def _without_end(lemmas: list[str], cl: Clause) -> bool:
    """A balance kept with no end named ("stays valid for as long as your account is open", "with no end date",
    "no time limit", "stays on your account for ever"): no period of the clause's own."""
    words = lemmas[cl.first:cl.last + 1]
    if not _TIMES.isdisjoint(words) and not ("no" in words and "date" in words):
        return False
    pairs = list(pairwise(words))
    return any(a in STAYING and b in _USABLE for a, b in pairs) or ("no", "end") in pairs \
        or (("time", "limit") in pairs and "no" in words) or any(a == "for" and b in _FOREVER for a, b in pairs) \
        or "forever" in words


# a balance's unused part rolled or carried over to the next period (words, not lemmas: no cue has them)
_CARRIED = frozenset({"roll", "rolls", "rolled", "carry", "carries", "carried"})
_OVER = frozenset({"over", "forward"})


def _carried_over(lemmas: list[str], cl: Clause) -> bool | None:
    """Whether the clause's balance rolls or carries over ("rolls over"), or is negated right before it ("does
    not carry over"); None if neither is said."""
    for i in range(cl.first + 1, cl.last):
        if lemmas[i] in _CARRIED and lemmas[i + 1] in _OVER:
            k = i - 1
            while k > cl.first and lemmas[k] in _BEFORE_EXPIRING:
                k -= 1
            return lemmas[k] not in NEGATORS
    return None


def _choice_negated(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """After the ads the cue names, the word saying what chooses them negated right before it ("are never based on
    your smoking log", "that are not based on your activity", "are never tailored to what you have booked")."""
    for j in range(cue.last + 1, min(cl.last, cue.last + AD_REACH) + 1):
        if lemmas[j] in CHOOSING or (lemmas[j] in CHOOSING_PHRASES and lemmas[j + 1:j + 2] in (["on"], ["to"])):
            return lemmas[j - 1] in _VERB_NEGATORS or (lemmas[j - 1] == "be" and lemmas[j - 2] in _VERB_NEGATORS)
    return False


_PERIOD_BOUNDS = frozenset({"for", "within", "after", "until"})
_ONCE = frozenset({"once", "only", "maximum", "most"})  # "rolls over once", "only to the next month", "at most"
_PERIOD_REACH = 4  # words from "for" or "up to" to the unit of a period ("for up to three months")


def _for_a_period(lemmas: list[str], cl: Clause) -> bool:
    """The clause bounds something by a period ("for up to three months", "within a year"), not only names one
    ("from one year to the next"), or only once ("rolls over once", "only to the next month")."""
    if not _ONCE.isdisjoint(lemmas[cl.first:cl.last + 1]):
        return True
    return any((lemmas[k] in _PERIOD_BOUNDS or (lemmas[k] == "to" and lemmas[k - 1] == "up"))
               and not _TIMES.isdisjoint(lemmas[k + 1:k + 1 + _PERIOD_REACH]) for k in range(cl.first + 1, cl.last))


_CHARGING_VERBS = frozenset({"pay", "pays", "paying", "cost", "costs", "charge", "charges", "bill", "bills"})
_WAIVED = frozenset({"waive", "waived", "waives"})
_ZERO = frozenset({"0", "0.00", "0,00", "zero"})


def _can_no_longer(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """A modal's "no longer" right before the cue ("can no longer cancel", "may no longer be cancelled"): not done
    from then on ("no longer" elsewhere tells of a change or a need: "we no longer share", "no longer needed")."""
    k = cue.first - 1
    if k > cl.first and lemmas[k] in BE:
        k -= 1
    return k - 2 >= cl.first and lemmas[k] == "longer" and lemmas[k - 1] == "no" and lemmas[k - 2] in _CAN


_CAN = frozenset({"can", "may", "could", "might", "shall", "will"})


def _charged_nothing(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """A charge of nothing: a paying verb whose object is nothing ("you pay nothing", "costs you nothing"), a fee
    waived ("Adoption fees are waived"), a sum of zero ("Basic | KRW 0")."""
    if not _ZERO.isdisjoint(lemmas[cue.first:min(cl.core_last, cue.last + 3) + 1]):
        return True
    if any(lemmas[i] in _CHARGING_VERBS and lemmas[k] in NONE_OBJECT and lemmas[k + 1] not in _MORE
           for i in range(cl.first, cl.core_last) for k in range(i + 1, min(cl.core_last, i + 2) + 1)
           if k + 1 < len(lemmas)):
        return True
    return not _WAIVED.isdisjoint(lemmas[cue.last + 1:min(cl.core_last, cue.last + 3) + 1])


_SWITCHED = frozenset({"switch", "switched", "turn", "turned"})  # "cannot be switched off"
_TAKEN = frozenset({"take", "taken"})  # "cannot be taken off the list"
_LEAVING_LIST = frozenset({"stop", "stopped", "unsubscribe", "leave"})  # "no way to unsubscribe" (or to opt out)
# What the reader does to receive marketing: "unless you opt in", "unless you tick the box", "unless you ask for them"
_ASKED_FOR = ("opt", "consent", "tick", "ask", "agree", "request", "subscribe", "sign")
_OUTSIDE = frozenset({"outside", "external", "independent", "supervisory"})  # a body other than the first party
_REFUSING_REACH_WORDS = 5


def _marketing_choice(lemmas: list[str], cue: CueHit, cl: Clause, polarity: str) -> str:
    """Marketing with its way out refused ("... and they cannot be switched off", "there is no way to unsubscribe")
    is no choice; marketing sent only to those who ask for it ("will not send marketing emails unless you tick the
    opt-in box", "to a client who has not opted in", "unless you have given us clear consent") is one."""
    rest = lemmas[cl.first:]
    # (a way out offered besides: "You can unsubscribe from promotional emails, but game-day updates cannot be
    # switched off" refuses it for something else)
    offered = any(lem in ("unsubscribe", "opt") and NEGATORS.isdisjoint(rest[max(0, k - 3):k])
                  and "cannot" not in rest[max(0, k - 3):k] for k, lem in enumerate(rest))
    for k, lem in enumerate([] if offered else rest):
        # ("cannot be stopped", "no way to unsubscribe", "not be switched off"; not "will not stop sending")
        # ("cannot" reads as "can", "not")
        if lem in ("cannot", "no") or (lem == "not" and (rest[k + 1:k + 2] == ["be"] or rest[k - 1:k] == ["can"])):
            ahead = rest[k + 1:k + 6]  # "no way to be taken off"
            if not _LEAVING_LIST.isdisjoint(ahead[:4]) or any(
                    (a in _SWITCHED and b == "off") or (a == "opt" and b == "out") or (a in _TAKEN and b == "off")
                    for a, b in pairwise(ahead)):
                return "denied"
    after = lemmas[cue.last + 1:]
    if polarity == "denied" and (
            any(a in NEGATORS and b.startswith("opt") for a, b in pairwise(after))
            or ("unless" in after and any(w.startswith(_ASKED_FOR) for w in after[after.index("unless") + 1:]))):
        return "affirmed"
    return polarity


def _outside_refused(lemmas: list[str], cl: Clause) -> bool:
    """A complaint kept from any body outside the first party ("cannot be taken to any outside authority", "with
    no appeal to any outside body", "not with any outside authority")."""
    return any(lemmas[k] in _OUTSIDE and any(w in NEGATORS or w == "cannot"
                                             for w in lemmas[max(cl.first, k - _REFUSING_REACH_WORDS):k])
               for k in range(cl.first, cl.last + 1))


_JOINING_WORDS = frozenset({"and", "but", "so", "while", "whereas"})  # "..., and nothing in these terms obliges ..."
_NOTHING_REACH = 10  # from "and nothing in these terms" to the cue it rules out
_NO_REACH = 12  # from "no" opening a main clause to its participle ("no part of the hire charge shall be refunded")
_OPEN_TO = frozenset({"may", "can", "free", "entitle", "entitled", "right", "allow", "allowed", "permit", "permitted"})
_GIVEN_UP = frozenset({"waive", "waiver", "forgo", "forego", "surrender", "renounce", "relinquish"})  # "give up" too


def _class_action_open(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """A class action the reader may bring or join, no negation between ("You may take any claim to court,
    including as part of a class action", "are free to join a class action"): no waiver of it."""
    before = lemmas[cl.first:cue.first]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _OPEN_TO), None)
    return at is not None and NEGATORS.isdisjoint(before) and _GIVEN_UP.isdisjoint(before) \
        and not any(a == "give" and b == "up" for a, b in pairwise(before))


def _arbitration_excluded(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """Arbitration ruled out by words around it: "to the exclusion of arbitration", "the parties waive any
    arbitration", "arbitration does not apply", "arbitration is excluded", "No dispute ... will be referred to
    arbitration"."""
    before = lemmas[max(cl.first, cue.first - 3):cue.first]
    after = lemmas[cue.last + 1:min(cl.last, cue.last + 4) + 1]
    # ("in court instead of going to arbitration", "rather than to arbitration": the court in its place)
    instead = any((lemmas[k] == "instead" and lemmas[k + 1] == "of") or (lemmas[k] == "rather" and lemmas[k + 1] == "than")
                  for k in range(max(cl.first, cue.first - 4), cue.first - 1))
    return instead or not _EXCLUDING.isdisjoint(before) or not _EXCLUDING.isdisjoint(after) \
        or (not NEGATORS.isdisjoint(after) and not APPLYING.isdisjoint(after)) \
        or (lemmas[(first := _past_number(lemmas, cl.first, cl.last))] == "no" and cue.first >= first + 3
            and lemmas[cue.first - 1] == "to" and lemmas[cue.first - 2] in _REFERRED) \
        or _not_insisted_on(lemmas, cue, cl)


_INSISTING = frozenset({"insist", "oblige", "obliged", "require", "required", "compel", "compelled", "force", "forced"})
_INSIST_REACH = 8  # words from the obligation to arbitration ("shall be obliged to submit it to arbitration")


def _not_insisted_on(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """Arbitration nobody is held to: an obligation to it negated right before ("the Club shall not insist on
    arbitration", "neither party shall be obliged to submit it to arbitration")."""
    for k in range(max(cl.first, cue.first - _INSIST_REACH), cue.first):
        if lemmas[k] in _INSISTING:
            before = lemmas[max(cl.first, k - 4):k]
            return not NEGATORS.isdisjoint(before)  # ("neither party" too: "neither" is a negator)
    return False


def _liability_kept(lemmas: list[str], cue: CueHit, cl: Clause) -> bool:
    """Liability accepted: "We remain liable for ...", "We are fully liable for ...", and a limit lifted where it
    does not apply ("The liability limit does not apply to ...", "The cap on our liability does not apply to")."""
    k = cue.first
    if lemmas[k] in _LIABLE and k > cl.first and (
            lemmas[k - 1] in STAYING or (lemmas[k - 1] in _WHOLLY and k - 1 > cl.first and lemmas[k - 2] in BE)) \
            and NEGATORS.isdisjoint(lemmas[cl.first:k]):
        return True
    near = lemmas[max(cl.first, k - 3):min(cl.last, cue.last + 2) + 1]
    after = lemmas[cue.last + 1:min(cl.last, cue.last + 5) + 1]
    if lemmas[k] in _LIABILITY and NEGATORS.isdisjoint(lemmas[cl.first:k]) and (
            "unaffected" in lemmas[cue.last + 1:cl.last + 1]
            or any(lemmas[i] in BE and lemmas[i + 1] == "not" and lemmas[i + 2] in _LIMITED
                   for i in range(cue.last + 1, cl.last - 1))):
        return True  # "Liability for gross negligence remains unaffected", "Our liability ... is not limited by"
    if any(lemmas[j] in _LIMITED and not NEGATORS.isdisjoint(lemmas[max(cl.first, j - _NEGATED_REACH):j])
           and any(lemmas[m] in _LIABILITY for m in range(j + 1, min(cl.last, j + _OWN_REACH) + 1))
           and "your" not in lemmas[j + 1:min(cl.last, j + _OWN_REACH) + 1]
           for j in range(cl.first, cl.last + 1)):
        return True  # "The Provider does not exclude its liability for ...", "nothing in these terms limits that liability"
    return not LIMITS_OF_LIABILITY.isdisjoint(near) and not NEGATORS.isdisjoint(after) \
        and not APPLYING.isdisjoint(after)


def _expires(lemmas: list[str], lo: int, hi: int) -> bool | None:
    """Whether the clause's first word of expiry is affirmed ("credit not used expires") or negated right
    before it ("never expires", "has no expiry date", "does not have an expiry date", "will never run out");
    None without one."""
    for i in range(lo + 1, hi + 1):
        if lemmas[i] in _EXPIRING or (lemmas[i] == "run" and lemmas[i + 1:i + 2] == ["out"]):
            k = i - 1
            while k > lo and lemmas[k] in _BEFORE_EXPIRING:
                k -= 1
            return lemmas[k] not in NEGATORS
    return None


_THE_SIGNAL = frozenset({"the", "this", "such", "these", "that", "those"})
_SIGNAL_VERB_WORDS = 4  # words from a signal named again to what is done with it ("is not acted on")
_AS_ANY_OTHER = frozenset({"like", "same"})  # "treated like any other browser", "treated the same": ignored


def _ignoring(toks: list[Token], lemmas: list[str], i: int) -> bool:
    """The signal verb at ``i`` refuses the signal ("ignores", "treated like any other request")."""
    return toks[i].norm.startswith(IGNORING) or (
        toks[i].norm.startswith("treat") and not _AS_ANY_OTHER.isdisjoint(lemmas[i + 1:i + 3]))


def _signal_refused(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int) -> bool:
    """A signal not honoured by a verb after it ("Do Not Track settings are not responded to") or, farther
    than a negation reaches, before it ("does not currently respond to browser signals such as ... Do Not
    Track")."""
    for i in range(cue.last + 1, hi + 1):
        # (a concessive word after the signal is about something else: "honoured, whatever browser sends it")
        if toks[i].norm.startswith(SIGNAL_VERBS) and not toks[i].norm.startswith(CONCESSIVE):
            return _ignoring(toks, lemmas, i) != any(lemmas[k] in NEGATORS for k in range(cue.last + 1, i))
    # ("... are treated like any other browser, and the signal is not acted on": the next clause's subject is it)
    k = hi + 1
    while k < len(lemmas) and lemmas[k] in (",", "and"):
        k += 1
    if k + 1 < len(lemmas) and lemmas[k] in _THE_SIGNAL and lemmas[k + 1] in ("signal", "signals"):
        for i in range(k + 2, min(len(lemmas), k + 2 + _SIGNAL_VERB_WORDS)):
            if toks[i].norm.startswith(SIGNAL_VERBS):
                return _ignoring(toks, lemmas, i) != any(lemmas[j] in NEGATORS for j in range(k + 2, i))
    for i in range(cue.first - 1, lo - 1, -1):
        if toks[i].norm.startswith(SIGNAL_VERBS):
            # "We ignore Do Not Track signals": a verb that refuses the signal
            return toks[i].norm.startswith(IGNORING) != any(lemmas[k] in NEGATORS for k in range(max(lo, i - 3), i))
    return False


def _disclaiming(lemmas: list[str], cue: CueHit, cl: Clause, cl_set: set[str]) -> bool:
    """The clause holds a word of disclaiming ("without warranty", "fitness", "limited"); a "without" after the
    guarantee's cue is what is guaranteed, unless a warranty word follows it ("grown without chemical pesticides";
    but "guaranteed, without any warranty of fitness")."""
    if DISCLAIMING.isdisjoint(cl_set):
        return False
    if not (DISCLAIMING - {"without"}).isdisjoint(cl_set):
        return True
    return any(lemmas[k] == "without" and (k < cue.first or not GIVING.isdisjoint(lemmas[k + 1:k + _WITHOUT_REACH]))
               for k in range(cl.first, cl.last + 1))


_WITHOUT_REACH = 4  # from "without" to the warranty it refuses ("without any express warranty")


def _adults_only(lemmas: list[str], age: Amount) -> bool:
    """A minimum age of 16 or more for the reader ("at least 18", "18 or older", "aged 18 and over", "must be 18"): the
    service is not for children in any legal sense (16 is the highest age of digital consent); a lower minimum
    admits some. An age of a parent or guardian ("a parent aged 18 or over") is not the reader's minimum."""
    if age.value < ADULT_AGE:
        return False
    before = lemmas[max(0, age.first - 2):age.first]
    after = lemmas[age.last + 1:age.last + 3]
    minimum = "least" in before or "over" in before[-1:] or after[:1] == ["+"] \
        or "minimum" in lemmas[max(0, age.first - (_LABEL_TOKENS if before[-1:] == [":"] else 8)):age.first] \
        or lemmas[max(0, age.first - 4):age.first] in (["from", "the", "age", "of"], ["from", "age"]) \
        or (lemmas[max(0, age.first - 3):age.first] == ["the", "age", "of"] and age.first >= 4
            and lemmas[age.first - 4] in ("reach", "reached", "attain", "attained")) \
        or (after[:1] in (["or"], ["and"]) and after[1:2] in (["older"], ["over"], ["above"], ["up"])) \
        or (before in (["must", "be"], ["to", "be"], ["should", "be"], ["shall", "be"]) and after[:1] != ["or"]) \
        or before[-1:] in (["reach"], ["reached"], ["attain"], ["attained"], ["complete"], ["completed"], ["turn"],
                           ["turned"])  # "who have reached 19 years of age", "has completed 21 years of age"
    return minimum and not PARENTS & set(lemmas[max(0, age.first - 4):age.first])


def _no_subject_passive(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int) -> bool:
    """The clause opens with "No" and its subject, and the cue is a participle of the verb that follows ("No
    information about your health is requested or held"): the verb is denied."""
    be = next((i for i in range(lo + 2, cue.first) if lemmas[i] in BE), None)
    return be is not None and "," not in lemmas[lo:be] and lemmas[lo + 1] != "matter" \
        and toks[cue.first].norm != lemmas[cue.first] and all(
        lemmas[k] in BETWEEN_PARTICIPLES or toks[k].norm.endswith("ed") for k in range(be + 1, cue.first))
