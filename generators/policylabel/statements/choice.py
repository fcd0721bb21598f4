"""Which of the practices cued in a clause it states, and which others come with them.

A clause often cues several practices ("we use your email to send receipts and share it with couriers"):
the one it states is ranked first (the vocabulary's order of practices, with the rules below for a data verb
in a relative clause, an infinitive, a means of accepting, a framing prohibition or responsibility, a
transfer); some practices come with another ("sharing" with "use", an age with "children", a location with
"location services").
"""

from __future__ import annotations

from operator import itemgetter

from policylabel.statements.clauses import Clause
from policylabel.statements.implied import Unit
from policylabel.statements.lexicon import CueHit, Lexicon
from policylabel.statements.parties import is_passive, reader_may, rights_described, whose_child
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ABSORBING,
    AD_WORDS,
    BE,
    BESIDE_A_TRANSFER,
    BOTH_PARTIES,
    BY_PLACE,
    CIRCUMSTANCE_SUBJECTS,
    CONTENT_NOUNS,
    DATA_VERBS,
    DOCUMENT_WORDS,
    FRAMES,
    LIMITS,
    LIMITS_OF_LIABILITY,
    LOCATION_OF_COLLECTION,
    LOCATION_USED,
    MEANS_OF_ACCEPTING,
    MODALS,
    MONEY_TERMS,
    NEGATORS,
    PAID_FOR,
    POSSESSIVE,
    PROHIBITING,
    PROMOTING,
    RANK,
    RECEIVER_MODIFIERS,
    RECORD_NOUNS,
    SHOWN_IN_PROMOTION,
    SIGNALS,
    TEMPORAL,
    TERMINATION,
)

_FIRST = itemgetter(3)  # CueHit.first
_AS_ACCEPTING = frozenset({"mean", "means", "constitute", "constitutes", "as", "deem", "deemed", "count", "counts"})
_COORDINATING = frozenset({"and", "or", ","})
_CHARGE_NOUNS = frozenset({"fee", "charge", "cost", "surcharge", "levy", "commission"})
_RECOGNITION = frozenset({"biometric"})  # data a technology takes from a body: using it collects it
_FROM_A_BALANCE = frozenset({"from", "into", "to", "against"})  # "deducted from your balance", "into your wallet"


_GOODS_LEFT = frozenset({"uncollected", "unclaimed", "abandoned", "disposal", "not", "donate", "donated"})


_USE_TO_REACH = 12  # tokens from a use to its "to"


_WHICH = frozenset({"which", "whom"})
_BEFORE_WHICH = frozenset({"to", "for", "under", "in", "by", "of", "on", "with"})
_WHICH_REACH = 4  # words from "to which" to the practice it introduces ("to which the right to limit")


def _later_infinitive(lemmas: list[str], first: int, at: int) -> bool:
    """The cue at ``at`` stands in an infinitive after the first one (``first``), joined to it by a comma or
    "and": "to dispatch your batteries, to take your payment and to answer your questions"."""
    to = next((k for k in range(at - 1, max(first, at - 4), -1) if lemmas[k] == "to"), None)
    # (a negated one is a denial of its own: "only to give you insights and never to decide which ads you see")
    return to is not None and lemmas[to - 1] not in NEGATORS \
        and any(lemmas[k] == "," or lemmas[k] in _COORDINATING for k in range(first + 1, to))


# Words before a participle that make it a modifier of the noun after it ("missed or cancelled bookings", "the
# recorded calls"), and words after a participle that make it a verb ("cancelled by you", "recorded for training")
_BEFORE_A_MODIFIER = frozenset({"of", "or", "and", "the", "a", "an", "any", "your", "our", "their", "its", "no",
                                "every", "each", "all"})
_AFTER_A_VERB = frozenset({"by", "to", "for", "at", "in", "on", "with", "from", "within", "after", "before", "if",
                           "when", "and", "or", "as", "because", "unless", "until", "without", "under", "into",
                           "once", "then", "immediately", "automatically"})
_COORDINATED = frozenset({"or", "and", ",", "either", "neither", "nor", "both"})
_AUXILIARY = frozenset({"be", "have", "get", "may", "will", "can", "shall", "must", "would", "could", "might"})


def _after_an_auxiliary(toks: list[Token], lemmas: list[str], first: int, at: int) -> bool:
    """The participle at ``at`` ends a list of verbs after an auxiliary ("may have collected, used, and shared
    personal information", "is either redacted or deleted"): a verb, not a modifier."""
    k = at - 1
    while k >= first and (lemmas[k] in _COORDINATED or toks[k].norm.endswith("ed")):
        k -= 1
    return k >= first and lemmas[k] in _AUXILIARY


def choose(unit: Unit, cl: Clause, core: list[CueHit], cl_set: set[str], data: tuple[str, ...],
           transfer: CueHit | None, recipient_hits: list[CueHit], purpose_hits: list[CueHit],
           circumstances: list[int], lex: Lexicon) -> tuple[list[str], dict[str, list[CueHit]]] | None:
    """The practices the clause ``cl`` states, first the one it is about, and the cues of each; None when its
    cues (``core``) state none. ``data``: the data it names; ``transfer``: a cue of data reaching another party."""
    found = _cues_stated(unit, cl, core, recipient_hits, circumstances)
    if found is None:
        return None
    core, relative = found
    top, ranked, by_practice, kept_refund = _top(unit, cl, core, relative, transfer, recipient_hits)
    return _with_top(unit, cl, top, ranked, by_practice, kept_refund, cl_set, data, recipient_hits, purpose_hits,
                     lex), by_practice


def _cues_stated(unit: Unit, cl: Clause, core: list[CueHit], recipient_hits: list[CueHit],
                 circumstances: list[int]) -> tuple[list[CueHit], set[str]] | None:
    """The cues of what the clause states, without those that name its purpose, its means of acceptance, which
    data it is about or goods left behind; and the data verbs that only name which data ("the information we
    collect"). None when none is left."""
    toks, lemmas, text, allows = unit.toks, unit.lemmas, unit.text, unit.allows
    core = _main_practices(toks, lemmas, text, core, cl.core_last, circumstances)
    if any(h.term == "other-term" and lemmas[h.first] in _GOODS_LEFT for h in core):
        # "Unclaimed devices are held for six months before disposal", "Cameras not collected within 90 days may be
        # sold": goods left behind, kept or sold, are no data kept or sold
        core = [h for h in core if h.term not in DATA_VERBS] or core
    if core and allows("data-subject-right") \
            and any(h.term in DATA_VERBS for h in core) and reader_may(lemmas, cl.first, cl.core_last):
        # "Parents may review their child's information, have it deleted and refuse further collection": the
        # data verbs name what the reader may ask for, a right, not the first party's practice.
        verbs = [h for h in core if h.term in DATA_VERBS]
        core = [h for h in core if h.term not in DATA_VERBS] + [
            CueHit("practices", "data-subject-right", verbs[0].cue, verbs[0].first, verbs[0].last)]
    # "We use the information we collect to ...": a data verb in a relative clause without "that" names
    # which data; another data verb is the clause's own (both are stated).
    relative = {h.term for h in core if h.term in DATA_VERBS and h.first >= 2 and lemmas[h.first - 1] == "we"
                and lemmas[h.first - 2] in RECORD_NOUNS} if len(core) > 1 else set()
    if len(core) > 1:
        # "we have not used or disclosed it for purposes to which the right to limit use applies": a practice in a
        # relative clause after a preposition says which purposes; the data verb before it is the clause's own
        relative |= {h.term for h in core if h.term not in DATA_VERBS
                     and any(lemmas[k] in _WHICH and lemmas[k - 1] in _BEFORE_WHICH
                             for k in range(max(cl.first + 1, h.first - _WHICH_REACH), h.first))
                     and any(d.term in DATA_VERBS and d.first < h.first for d in core)}
    # A practice in an infinitive after another ("we use X to maintain records") states a purpose, and so do
    # those coordinated with it after a use ("used to hold reservations, run leagues and keep our centres safe").
    if len(core) > 1:
        earliest = min(map(_FIRST, core))
        # (a transfer after "to" names where data goes: "to overseas recipients", "to other countries")
        used = next((h for h in core if h.first == earliest and h.term == "use"), None)
        # (past the data used, a list too: "use the Customer's name, address and telephone number only to plan")
        infinitive = next((k for k in range(used.last + 1, min(cl.core_last, used.last + _USE_TO_REACH) + 1)
                           if lemmas[k] == "to"), None) if used is not None else None
        # (or in a later infinitive of that use: "We use your details to dispatch ..., and to answer your
        # questions")
        # (nor "referred to arbitration": a noun, where disputes go)
        core = [h for h in core if h.first == earliest or h.first == 0
                or h.term in ("international-transfer", "arbitration")
                or not (lemmas[h.first - 1] == "to" or (infinitive is not None and h.first > infinitive
                                                          and (lemmas[h.first - 1] in _COORDINATING
                                                               or _later_infinitive(lemmas, infinitive, h.first))))] \
            or core
    if any(h.term == "scope" for h in core):
        # "a revised tariff never applies to a booked move": a rule's
        # reach, not the document's ("These terms apply to ..."); a limit's reach is the limit's ("That limit does
        # not apply to damage caused by negligence": liability not limited there)
        core = [h._replace(term="liability-limitation")
                if h.term == "scope" and not LIMITS_OF_LIABILITY.isdisjoint(lemmas[max(cl.first, h.first - 4):h.first])
                and allows("liability-limitation") else h
                for h in core]
        # ("Applies to: our kiosks and the website": a label of the document's own header)
        core = [h for h in core if not (h.term == "scope" and lemmas[h.first] in ("apply", "applies") and not any(
            lemmas[k] in DOCUMENT_WORDS for k in range(max(cl.first, h.first - 4), h.first))
            and not (h.first == 0 and lemmas[h.last + 1:h.last + 2] == [":"]))]
        if not core:
            return None
    if len(core) > 1:
        # "We never close a customer's account because of missed or cancelled bookings": a participle before a
        # noun says which bookings, not what is done, beside a practice another cue states
        # (a measure named by its participle is the measure: "stored in an encrypted booking system")
        attributive = [h for h in core if h.first == h.last and h.term != "security" and toks[h.first].norm.endswith("ed")
                       and h.first > cl.first and lemmas[h.first - 1] in _BEFORE_A_MODIFIER
                       and h.last + 1 <= cl.core_last and toks[h.last + 1].word
                       and lemmas[h.last + 1].isalpha() and lemmas[h.last + 1] not in _AFTER_A_VERB
                       and not _after_an_auxiliary(toks, lemmas, cl.first, h.first)]
        if attributive and len(attributive) < len(core):
            core = [h for h in core if h not in attributive]
    if len(core) > 1 and any(h.term == "deletion" for h in core):
        # "Anonymised counts ... are sent to sponsors": a participle naming which data, before another practice
        core = [h for h in core if not (h.term == "deletion" and h.first == h.last and h.first <= cl.first + 2
                                        and toks[h.first].norm.endswith("ed")
                                        and (h.first == cl.first or lemmas[h.first - 1] not in BE)
                                        and any(o.term != "deletion" and o.first > h.first for o in core))] or core
    if len(core) > 1 and any(h.term == "acceptance" for h in core):
        # "The Customer accepts this Agreement by ... paying the deposit", "These terms bind you once you ...
        # pay a deposit", "by signing the Unit Licence": the means of accepting states nothing else
        accepted = min(h.first for h in core if h.term == "acceptance")
        means = next((i for i in range(accepted, cl.last) if lemmas[i] in MEANS_OF_ACCEPTING), None)
        if means is not None:
            core = [h for h in core if h.term == "acceptance" or h.first < means]
        # "Making a booking and paying for it means you accept these terms", "By buying a membership, the
        # Member agrees to be bound": a gerund before the acceptance is its means too
        core = [h for h in core if h.term == "acceptance" or h.first > accepted
                or not (toks[h.first].norm.endswith("ing") and h.first == h.last)]
        # A clause that opens with its means ("By uploading a file ... you accept", "Signing our estimate, or
        # paying the deposit on it, means you accept", "Payment of the deposit shall be taken as acceptance"):
        # what comes before the acceptance is how it is given
        if lemmas[cl.first] == "by" or toks[cl.first].norm.endswith("ing") \
                or not _AS_ACCEPTING.isdisjoint(lemmas[max(cl.first, accepted - 4):accepted]):
            core = [h for h in core if h.term == "acceptance" or h.first > accepted]
    if recipient_hits and any(h.term == "collection" and lemmas[h.last] == "our" for h in core) \
            and allows("sharing"):
        # "Voice messages are sent to our research partner": to a recipient of ours, not to our servers
        starts = {r.first for r in recipient_hits}
        core = [h._replace(term="sharing") if h.term == "collection" and lemmas[h.last] == "our"
                and lemmas[h.last - 1] == "to" and not starts.isdisjoint(range(h.last + 1, h.last + 4)) else h
                for h in core]
    return core, relative


def _top(unit: Unit, cl: Clause, core: list[CueHit], relative: set[str], transfer: CueHit | None,
         recipient_hits: list[CueHit]) -> tuple[str, list[str], dict[str, list[CueHit]], bool]:
    """The practice the clause is about, its practices ranked, the cues of each, and whether a fee it states is
    non-refundable (its refund denied with it)."""
    toks, lemmas, text, data_hits, allows = unit.toks, unit.lemmas, unit.text, unit.data_hits, unit.allows
    by_practice: dict[str, list[CueHit]] = {}
    for h in core:
        by_practice.setdefault(h.term, []).append(h)
    if len(by_practice) > 1 and "children" in by_practice and not any(
            a.kind == "age" and cl.first <= a.first <= cl.last for a in unit.amounts) \
            and all(whose_child(toks, lemmas, text, h) for h in by_practice["children"]):
        # "We use it to place your child in the right class", "sends the child's nickname to ...": whose data
        # it is, not whether children may use the service
        del by_practice["children"]
    ranked = sorted(by_practice, key=lambda p: RANK.get(p, len(RANK))) if len(by_practice) > 1 \
        else list(by_practice)
    top = ranked[0]
    # "A refundable deposit is taken", "a non-refundable booking fee of $20": the fee is what is stated;
    # "non-refundable" also denies its refund
    kept_refund = False
    if top == "refunds" and "fees-and-payment" in by_practice:
        fee_at = {h.first for h in by_practice["fees-and-payment"]}
        # (not the verb: "does not refund fees", "we will refund booking fees")
        refundable = next((h for h in by_practice["refunds"] if h.last + 1 in fee_at
                           and not (h.first > 0 and lemmas[h.first - 1] in RECEIVER_MODIFIERS)), None)
        if refundable is not None:
            top = "fees-and-payment"
            kept_refund = lemmas[refundable.first].startswith("non")
    fee = by_practice["fees-and-payment"][0] if top == "account-balance" and "fees-and-payment" in by_practice \
        else None
    held = by_practice[top][0].first if fee is not None else 0
    if fee is not None and fee.cue and fee.first < held and lemmas[fee.last] in _CHARGE_NOUNS \
            and not _FROM_A_BALANCE.isdisjoint(lemmas[max(fee.last + 1, held - 4):held]):
        # "A maintenance charge of C$1.50 is deducted from your balance", "no fee to deposit funds into your
        # wallet": a charge taken from the balance is a fee
        top = "fees-and-payment"
    elif fee is not None and fee.cue and held < fee.first <= held + 3 and lemmas[fee.first - 1] in BE \
            and lemmas[held] == "balance":
        top = "fees-and-payment"  # "The balance is charged to your card 48 hours before": what is left to pay
    if transfer is not None and top in BESIDE_A_TRANSFER:
        # "Translators receive your documents under confidentiality agreements": the receiving (when the clause
        # keeps a cue of it)
        top = "sharing" if "sharing" in by_practice else top
    if top in relative:
        top = next((p for p in ranked if p in DATA_VERBS and p not in relative), top)
    if top not in ABSORBING:
        verbs_before = [p for p in ranked if p in DATA_VERBS and p != "use"
                        and any(by_practice[p][0].first < h.first < by_practice[top][0].first
                                for h in data_hits + recipient_hits)]
        if verbs_before:
            top = verbs_before[0]  # "we share your email with ... newsletters": the verb states the practice
    verb = next((by_practice[p][0] for p in ranked if p in DATA_VERBS), None) if top == "location-services" else None
    if verb is not None and not (verb.last < by_practice[top][0].first <= verb.last + _FEATURE_AFTER_VERB
                                 and lemmas[verb.first - 1:verb.first] != ["by"]
                                 and not any(d.first <= h.first and h.last <= d.last
                                             for h in by_practice[top] for d in data_hits)):
        # "GPS traces are kept for six months": the location cue names the data, the verb the practice (a
        # collection or use of location is location services again below); not the feature itself, the verb's
        # object and no data: "The app uses your device's GPS to check you in"
        top = next(p for p in ranked if p in DATA_VERBS)
    if top in MONEY_TERMS and "termination-by-user" in by_practice:
        ending, money = by_practice["termination-by-user"][0], by_practice[top][0]
        if ending.last < money.first and any(lemmas[k] in TEMPORAL for k in range(ending.last + 1, money.first)):
            # "Orders cannot be cancelled once payment has been received": the payment says when, the ending is
            # what the clause states
            top = "termination-by-user"
    if "scope" in by_practice and _document_subject(lemmas, by_practice["scope"][0], cl.first):
        top = "scope"  # "These terms govern the paid subscription": the document says what it covers
    if allows("acceptable-use") and top != "acceptable-use" \
            and not any(cl.first <= d.first <= cl.last for d in data_hits):
        forbidden = passive_prohibition(lemmas, cl.first, cl.core_last)
        # (not one in a relative clause after the clause's own practice: "We are not responsible for damage
        # to garments whose care labels say they must not be machine washed")
        # (nor the first party's own limit the passive states: "We shall not be (held) liable for ...")
        # (nor money the first party charges or pays back: "Park fees ... shall not be charged separately",
        # "Membership fees shall not be refunded")
        if forbidden is not None and not (top in LIMITS and by_practice[top][0].first <= forbidden + _HELD_LIABLE) \
                and not any(forbidden + 3 <= h.first <= forbidden + _ENTITLED_TO
                            or h.first < forbidden < h.last  # ("the price paid shall not be returned")
                            for p in MONEY_TERMS for h in by_practice.get(p, ())):
            # "Tickets must not be resold", "Passes must not be lent, sold or transferred": a rule for the
            # reader about the goods, not the first party's sale or sharing of data
            by_practice["acceptable-use"] = [CueHit("practices", "acceptable-use", "must not be", forbidden,
                                                    forbidden + 2)]
            top = "acceptable-use"
            ranked = ["acceptable-use"]
    framing = [p for p in FRAMES if p in by_practice and by_practice[p][0].first <= cl.first + 1]
    if framing:
        # A clause opening with a prohibition or a responsibility states it; the practices after it are what
        # is prohibited or answered for ("You may not move a payment off the platform to avoid fees").
        top = framing[0]
    if top == "use" and "sharing" not in by_practice and allows("sharing"):
        used = by_practice["use"][0]
        hired = next((r for r in recipient_hits if used.last < r.first <= used.last + 5
                      and not any(used.last < d.first < r.first for d in data_hits)), None)
        if hired is not None:
            # "We use a small number of processors for hosting": the first party uses other parties, which
            # is sharing the data they handle for it.
            by_practice["sharing"] = [CueHit("practices", "sharing", used.cue, used.first, used.last)]
            top = "sharing"
    return top, ranked, by_practice, kept_refund


def _with_top(unit: Unit, cl: Clause, top: str, ranked: list[str], by_practice: dict[str, list[CueHit]],
              kept_refund: bool, cl_set: set[str], data: tuple[str, ...], recipient_hits: list[CueHit],
              purpose_hits: list[CueHit], lex: Lexicon) -> list[str]:
    """The practices the clause states: ``top`` first, then those that come with it (a use with a sharing, an
    age, a place, a party that may end the agreement, ...); cues of the practices it adds go into ``by_practice``."""
    toks, lemmas, data_hits, allowed, allows = unit.toks, unit.lemmas, unit.data_hits, unit.allowed, unit.allows
    chosen = [top] + (["use"] if top == "sharing" and "use" in by_practice else []) \
        + (["refunds"] if kept_refund or (top in TERMINATION and "refunds" in by_practice) else [])
    if top == "exercising-rights" and allows("data-subject-right") \
            and rights_described(lemmas, cl.first, cl.core_last):
        chosen.append("data-subject-right")  # "Members may access and correct their information by ..."
        by_practice["data-subject-right"] = by_practice[top]
    if top == "termination-by-provider" and "termination-by-user" not in by_practice \
            and any(tuple(lemmas[i:i + 2]) in BOTH_PARTIES for i in range(cl.first, by_practice[top][0].first)):
        by_practice["termination-by-user"] = by_practice[top]  # "Either party may end this agreement"
        chosen.append("termination-by-user")
    if top in MONEY_TERMS:
        # "You may cancel your membership at any time, with no fee", "The Farm may end any membership by ...
        # refunding the unused part": a party that may end the agreement, and what it costs or returns
        ender = next((by_practice[p][0] for p in ranked if p in TERMINATION), None)
        if ender is not None and ender.first < by_practice[top][0].first and (
                lemmas[ender.first] == "you" or (ender.first > 0 and lemmas[ender.first - 1] in MODALS)):
            chosen.append(ender.term)
    if "sale" not in chosen and any(h.cue == PAID_FOR for h in by_practice.get("sale", ())):
        chosen.append("sale")  # being paid for data is stated whatever else the clause names
    sourced = by_practice.get("collection")
    if sourced and sourced[0].cue == "from" and "collection" not in chosen:
        chosen.append("collection")  # "From tutors: ... for identity verification": collected all the same
    placed = by_practice.get("international-transfer")
    if placed and top != "international-transfer" and (any(h.cue in BY_PLACE for h in placed) or top == "sharing"):
        # a place is stated whatever else the clause says; so is a transfer abroad of what is shared
        # ("we do not disclose personal information to overseas recipients")
        chosen.append("international-transfer")
    if top in DATA_VERBS and any(lemmas[h.first].startswith(("encrypt", "unencrypt", "password"))
                                 for h in by_practice.get("security", ())):
        # "Invoices are stored on our file server without encryption": how it is kept is stated too
        chosen.append("security")
    if top == "arbitration" and "governing-law" in by_practice:
        # "the Yokohama District Court has exclusive jurisdiction, and no dispute will go to arbitration": the
        # courts, and arbitration ruled in or out beside them
        chosen.append("governing-law")
    if top == "cross-context-advertising" and "sale" in by_practice:
        chosen.append("sale")  # "We do not sell personal information or share it for cross-context advertising"
    if top == "cross-context-advertising" and lemmas[by_practice[top][0].first] in AD_WORDS:
        # "uploaded to social networks so that our ads follow them on other websites": ads picked for the person,
        # shown elsewhere, and what is passed on for them
        if allows("targeted-advertising"):
            by_practice.setdefault("targeted-advertising", by_practice[top])
            chosen.append("targeted-advertising")
        if "sharing" in by_practice and by_practice["sharing"][0].first < by_practice[top][0].first:
            chosen.append("sharing")
    if top in SIGNALS:  # "signals such as Global Privacy Control or Do Not Track": each one
        chosen += [p for p in ranked if p in SIGNALS and p != top]
    if top == "sharing" and allows("targeted-advertising") \
            and _names_advertising([h for h in purpose_hits if not any(r.first <= h.first <= r.last
                                                                       for r in recipient_hits)],
                                   cl.first, cl.last, lex):
        # Data passed on so that ads can be picked for the person ("so they can show you relevant ads").
        by_practice["targeted-advertising"] = by_practice["sharing"]
        chosen.append("targeted-advertising")
    if top == "targeted-advertising" and "tracking" in by_practice \
            and any(h.cue for h in by_practice["tracking"]):
        chosen.append("tracking")  # "A pixel ... builds audiences for our ads": the technology is stated too
    if top == "targeted-advertising" and "sharing" in by_practice \
            and by_practice["sharing"][0].first < by_practice[top][0].first:
        chosen.append("sharing")  # "we provide your ad ID to ad networks so they can show you personalized ads"
    if top == "use" and _names_advertising(purpose_hits, cl.first, cl.last, lex) \
            and allows("targeted-advertising") and by_practice["use"][0].cue != SHOWN_IN_PROMOTION:
        # (not what appears in the first party's own advertising: "Photos of your home never appear in our adverts")
        # Using personal data to advertise to the person is targeted advertising.
        by_practice["targeted-advertising"] = by_practice["use"]
        chosen.append("targeted-advertising")
    if (top != "children" and "children" in by_practice and any(h.cue == "age" for h in by_practice["children"])) or (
            top == "parental-responsibility" and "children" in by_practice):
        # An age states children whatever else the clause states ("Drivers aged 19 or over may join by
        # paying"; "users under 18 need a parent's permission").
        chosen.append("children")
    if top in DATA_VERBS:
        chosen += [p for p in ranked if p in DATA_VERBS and p not in ("use", top)
                   and not (p == "collection" and all(_names_which_data(toks, lemmas, cl.first, h, by_practice[top][0])
                                                      for h in by_practice[p]))]
        if top != "use" and "use" in by_practice and _main_verb_after_aside(lemmas, cl.first, by_practice[top][0],
                                                                            by_practice["use"][0]):
            chosen.append("use")  # "Your region, worked out from your IP address, is used to show prices"
    if top == "use" and (not cl_set.isdisjoint(PROMOTING) or by_practice["use"][0].cue == SHOWN_IN_PROMOTION) \
            and (allowed is None or (
            "content-licence" in allowed and "privacy-policy" not in allowed)) \
            and (not {"photos", "user-content"}.isdisjoint(data)
                 or any(lemmas[i] in ("your", "their") and not CONTENT_NOUNS.isdisjoint(lemmas[i + 1:i + 3])
                        for i in range(cl.first, cl.last - 1))):
        # "We will never use your designs in our own marketing": what the first party may do with the reader's
        # work is a licence over it
        by_practice["content-licence"] = by_practice["use"]
        chosen.append("content-licence")
    if "collection" in by_practice or "tracking" in by_practice or "use" in by_practice:  # what it looks for
        verb_hits = by_practice["collection" if "collection" in by_practice else
                                "tracking" if "tracking" in by_practice else "use"]
        chosen = _location_practices(lex, chosen, by_practice,
                                     [h for h in data_hits if cl.first <= h.first <= cl.core_last], allowed,
                                     bool(verb_hits) and is_passive(toks, lemmas, verb_hits[0], cl.first))
    if "location-services" in chosen and "collection" not in chosen and "use" in chosen \
            and by_practice["location-services"][0].cue == LOCATION_OF_COLLECTION \
            and allows("collection"):
        # "The app uses your approximate location": a location the first party uses is one it collects
        # (stated when affirmed, below)
        by_practice["collection"] = [h._replace(cue=LOCATION_USED) for h in by_practice["location-services"]]
        chosen.append("collection")
    if len(chosen) > 1 and "fees-and-payment" in chosen and lemmas[by_practice["fees-and-payment"][0].first] in _WEAK_FEE \
            and not any(a.kind in ("money", "percent") and cl.first <= a.first <= cl.last for a in unit.amounts):
        # "may buy an annual membership", "payment reminders", "paid lessons": a word of paying beside what the
        # clause states, no charge of the first party's
        chosen = [p for p in chosen if p != "fees-and-payment"]
    if chosen == ["use"] and data and all(d in _RECOGNITION for d in data) and allows("collection"):
        # "We do not use facial recognition at our entrances": a recognising technology used is the biometric data
        # it takes, collected
        by_practice["collection"] = by_practice["use"]
        chosen = ["collection"]
    return chosen


_HELD_LIABLE = 4  # from "shall" to a limit's cue in "shall not be held liable"
_ENTITLED_TO = 6  # from "shall" to a money cue in "shall not be entitled to any refund"


_WEAK_FEE = frozenset({"buy", "purchase", "payment", "paid", "billing"})


def passive_prohibition(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where "must not be", "may not be" or "shall not be" opens a passive ("must not be resold"), or None."""
    for i in range(lo, hi - 2):
        if lemmas[i] in PROHIBITING and lemmas[i + 1] == "not" and lemmas[i + 2] == "be":
            return i
    return None


def _main_practices(toks: list[Token], lemmas: list[str], text: str, core: list[CueHit], hi: int,
                    circumstances: list[int]) -> list[CueHit]:
    """The practices a clause states when a data verb is among them: not those in a circumstance after it
    ("deleted within 90 days after the verification check"), and not children named as whose data it is ("we
    collect the child's school year", "information about a child", "the relationship to the child" after the
    verb), while "from children" and "data about
    children under 13" stay a topic. ``circumstances``: where the unit's ``_CIRCUMSTANCE`` phrases start."""
    verbs = [h.first for h in core if (h.term in DATA_VERBS or h.term == "tracking") and h.cue]
    if not verbs:
        return core
    first_verb = min(verbs)
    after = next((i for i in circumstances if first_verb < i <= hi), None)
    # "kept until you delete it", "erased three years after they are recorded": a data verb of the reader or of
    # the data itself in the circumstance states no practice either
    if after is None:
        kept = core
    else:
        own = after + 1 <= hi and lemmas[after + 1] in CIRCUMSTANCE_SUBJECTS
        # (a verb of being after the circumstance is the clause's own: "Cancellations received more than 90 days
        # before embarkation are refunded")
        kept = [h for h in core if (h.term in DATA_VERBS and not (own and h.first > after)) or h.first < after
                or (h.term not in DATA_VERBS and not BE.isdisjoint(lemmas[after + 1:h.first]))]
    kept = [h for h in kept if not (h.term == "children" and h.cue and (
        text[toks[h.last].end:toks[h.last].end + 2] in POSSESSIVE
        or (h.first >= 2 and toks[h.first].norm == "child" and lemmas[h.first - 1] in ("a", "the", "your", "their")
            and (lemmas[h.first - 2] == "about" or (lemmas[h.first - 2] in ("to", "of") and h.first > first_verb)))
        # "personal information about children", "audio of children" after the verb: whose data it is (but
        # "data about children under 16" names the audience)
        or (h.first > first_verb and toks[h.first].norm in ("children", "child") and lemmas[h.first - 1] in ("about", "of")
            and lemmas[h.first + 1:h.first + 2] not in (["under"], ["below"], ["younger"], ["aged"]))
        # "Records of patients treated as children are kept ...": when the people were children, not an audience
        or (h.first >= 1 and lemmas[h.first - 1] == "as" and toks[h.first].norm in ("children", "child", "minors"))))]
    return kept or core


def _location_practices(lex: Lexicon, chosen: list[str], by_practice: dict[str, list[CueHit]],
                        data: list[CueHit], allowed: frozenset[str] | None, passive: bool = False) -> list[str]:
    """Collecting, using or tracking location data is a use of location services: "we collect the precise GPS position
    of your phone", "we do not access your location", "we do not track the location of your phone" (the verb
    "track" with location data is location tracking, not a tracking technology). The location must be the
    verb's object (after it, or before it in the passive: ``passive``)."""
    verb = by_practice.get("collection", by_practice.get("tracking", by_practice.get("use", [None])))[0]
    # (in the passive the location comes first: "its GPS position is sent to our servers")
    if verb is None or not any("location" in lex.vocab.ancestors("data-categories", d.term)
                               and (d.first > verb.first or passive) for d in data) \
            or not {"collection", "tracking", "use"} & set(chosen) \
            or (allowed is not None and "location-services" not in allowed) or "location-services" in chosen:
        return chosen
    out = list(chosen)
    if "tracking" in out and all(h.cue == "track" for h in by_practice["tracking"]):
        out[out.index("tracking")] = "location-services"
        by_practice["location-services"] = by_practice["tracking"]
    elif "collection" in out or "use" in out:  # "the app uses your phone's precise location"
        verb_of = "collection" if "collection" in out else "use"
        by_practice["location-services"] = [h._replace(cue=LOCATION_OF_COLLECTION) for h in by_practice[verb_of]]
        out.append("location-services")
    return out


_FEATURE_AFTER_VERB = 4  # words from a data verb to the location feature it takes: "uses your device's GPS"


def _document_subject(lemmas: list[str], cue: CueHit, lo: int) -> bool:
    """A scope cue opening the clause ("This covers", "These terms govern"): the document is the subject."""
    return all(lemmas[i] in ("this", "these", "the") or not lemmas[i][:1].isalnum() for i in range(lo, cue.first)) \
        and lemmas[cue.first] in ("this", "these")


def _names_advertising(purposes: list[CueHit], lo: int, hi: int, lex: Lexicon) -> bool:
    """The clause names advertising, or a purpose below it, among its purposes."""
    return any(lo <= h.first <= hi and "advertising" in lex.vocab.ancestors("purposes", h.term) for h in purposes)


def _main_verb_after_aside(lemmas: list[str], lo: int, aside: CueHit, verb: CueHit) -> bool:
    """``aside`` stands in a phrase set off by commas after the subject, and ``verb``, passive, is the clause's
    main verb after it ("Your region, worked out from your IP address, is used to ...")."""
    return aside.last < verb.first and "," in lemmas[lo:aside.first] \
        and "," in lemmas[aside.last + 1:verb.first] and lemmas[verb.first - 1] in BE


def _names_which_data(toks: list[Token], lemmas: list[str], lo: int, cue: CueHit, main: CueHit) -> bool:
    """A collection cue before the clause's main practice that only says which data it is about: a participle
    after a noun ("Location points collected while ... are deleted") or a relative clause ("Health information
    you provide ... is retained", "the information we collect")."""
    if cue.first >= main.first or cue.first <= lo:
        return False
    before = lemmas[cue.first - 1]
    if toks[cue.first].norm.endswith("ed") and cue.first == cue.last and before.isalpha() and before not in BE \
            and before not in MODALS and before not in ("we", "you", "not", "never", "have", "has", "had"):
        return True
    return lemmas[cue.first] in ("we", "you") or (before in ("we", "you") and cue.first - 2 >= lo
                                                  and lemmas[cue.first - 2].isalpha()
                                                  and lemmas[cue.first - 2] not in ("and", "or", "that", "if", "when"))
