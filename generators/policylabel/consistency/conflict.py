"""Whether a denial and an affirmation of one practice contradict (see spec/consistency.md, "Statement rules"):
their practices, data, recipients and purposes compared through the vocabulary's hierarchies, and the conditions,
exceptions, cases and kinds of charge that leave a pair alone. :mod:`~policylabel.consistency.statement_rules`
pairs the statements; :mod:`~policylabel.consistency.apart` reads what sets two apart in the text around them."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from policylabel.consistency import alike
from policylabel.consistency.alike import (
    _FIRST_PARTY_ROLES,
    _GENERIC_OBJECTS,
    _PARTIES_REQUIRED,
    _PEOPLES_RECORDS,
    _narrower_any,
    _only_generic,
    _related_any,
    _same_name,
    _same_object,
    _same_stem,
    _same_words,
    _statutory,
    clause_words,
    purpose_stems,
)
from policylabel.consistency.harms import (
    _EVERY_CASE,
    _blanket,
    _same_goods,
    _same_harm,
    other_cause,
    other_goods,
)
from policylabel.consistency.money import (
    _BLANKET_TERMS,
    _CREDITED,
    _LEAVING_ACTS,
    _PAID,
    _READER_STEMS,
    UPGRADE_TIERS,
    _any_balance,
    _case,
    _case_denied,
    _case_named,
    _charge_kinds,
    _excepted_case,
    _granted_in_refused_case,
    _other_kind_of_credit,
    _prefixed_apart,
    _providers_failure,
    _readers_act,
    _refused_every_way,
    _tiers,
)
from policylabel.consistency.periods import (
    _DEFAULT_DATA,
    _periods,
)
from policylabel.consistency.units import (
    word_list,
)
from policylabel.statements import Statement
from policylabel.statements.places import places
from policylabel.statements.words import (
    CONSENT,
    DATA_VERBS,
    DOCUMENT_WORDS,
    GIVING_VERBS,
    LIMITS,
    PARENTS,
    SIGNALS,
    STOP,
    TEMPORAL,
    object_form,
)
from policylabel.vocabulary import Vocabulary

# A fee is stated, not just mentioned, with an amount or a charging verb.
_CHARGING = frozenset({"charge", "bill", "pay", "add", "fee"})


_BARE_WORDS = 4  # "Targeted advertising: No", "We sell no data"


# (the extractor's consent words, and their verbs: "unless the account holder consents")
_CONSENTING = CONSENT | {"consents", "consented", "agree", "agrees", "authorise", "authorize", "authorises",
                         "authorizes", "opt", "opts"}


_LEGAL = frozenset({"legal-compliance"})  # purposes whose exception covers what authorities are given


_CHARGING_STEMS = frozenset(w[:5] for w in _CHARGING)  # "charged": the cue's stem


_FREE_WORDS = frozenset({"free", "non", "no", "expire", "expiry"})  # the denial's own wording, not its object


# A denial to "anyone" names every recipient, processors included ("never share ... with anyone").
_EVERYONE = frozenset({"anyone", "anybody"})


_ESSENTIAL = frozenset({"session", "essential", "essen", "necessary", "neces", "strictly", "login", "log",
                        "functional", "funct"})  # words (and cue stems) of cookies a service needs


_TRACKING_WORDS = frozenset({"track", "use", "techn", "simil"})  # cue stems naming no one technology


_PASSING = frozenset({"sharing", "sale"})  # practices that pass data to someone


_RECORDS = frozenset({"detail", "details", "record", "records", "information", "data", "file", "list"})


_PERSONS_RECORDS = frozenset({"detail", "details", "record", "records", "history", "log", "logs", "file", "files"})


_TOTALS = frozenset({"total", "totals", "aggregate", "statistic", "statistics", "count", "counts", "figure", "figures"})


_ADVERTISING = frozenset({"cross-context-advertising", "targeted-advertising"})


# Practices that reach no recipient: "across third-party websites" says where, not to whom.
_DATA_FREE = frozenset({"tracking"})


_HOLDING = frozenset({"use", "retention", "location-services"})  # practices on data that must be collected first
_LIFECYCLE = frozenset({"deletion", "retention"})  # how long data lives, whatever it is kept for


_DEIDENTIFIED = "deidentified"  # data no longer about a person: its source data named beside it are not shared


_BOUGHT_HELD = frozenset({"buy", "bought", "app", "account", "wallet", "hold", "held", "keep", "load", "top"})


_NONE: frozenset[str] = frozenset()


# Around an age, naming nobody: "must be at least", "aged", "of", "under".
# Who an age may be said of: the reader by any name, and groups by age, which differ from the reader.
# ("adults aged 18 or older" is everyone's minimum, not a group)
_WHOLE_GOODS = frozenset({"warranty-disclaimer"})  # about the goods a text is about, named however often


_OUTSIDE_COVER = frozenset({"cover", "exclud"})  # a guarantee's limits: "does not cover", "excluded from"


# A warranty given by the first party's verb, its cue's first word ("guarantees", "promise that"; not "warranty")
_GIVEN = frozenset({"warrant", "warrants", "warranted", "guarantee", "guarantees", "guaranteed", "promise", "promises",
                    "promised"})


_HELD_MONEY = frozenset({"deposit", "bond"})  # money held and given back, not paid for something


_KIND_OF_FEE = frozenset(w[:5] for w in _HELD_MONEY)  # their cue stems: fee words naming one kind of charge


_ONE_WORDING = frozenset({"fees-and-payment", "warranty-disclaimer", "indemnity", "refunds", "account-balance",
                          "do-not-track", "global-privacy-control"})  # every wording names one thing


def _when_paying(s: Statement) -> bool:
    """A charge denied at the time the reader pays or books ("when you pay online"): when, not whether."""
    return all(words[:2] in (["when", "you"], ["whenever", "you"]) and not _PAYING.isdisjoint(words[2:4])
               for words in map(word_list, s.conditions))


_PAYING = frozenset({"pay", "book", "order", "buy", "purchase", "check", "top", "renew"})


_HARM_CASES = frozenset({"if", "where", "when", "should"})  # "if a camera is lost": a harm's case


_EXPIRING = frozenset({"expir", "lapse", "forfe", "valid", "void", "lost", "lose"})  # stems: a balance running out


def _readers_own_ends(clause: str) -> bool:
    """A condition on the reader's own account or membership ending ("when your membership ends")."""
    words = word_list(clause)
    return any(w in _READER_OWNING for w in words) and any(w[:5] in _ENDING for w in words)


_READER_OWNING = frozenset({"your", "their", "his", "her"})
_ENDING = frozenset({"end", "ends", "ended", "endin", "close", "termi", "cance", "expir", "lapse"})


def _no_advertising(denied: Statement, affirmed: Statement) -> bool:
    """The first party shows no advertising at all ("PantauBanjir shows no advertising of any kind"), and shows ads
    picked for the reader on its own service: the denial names nothing but the advertising, the affirmation no
    case of its own."""
    return denied.absolute and denied.actor == affirmed.actor == "first-party" and not affirmed.conditions \
        and not affirmed.exceptions and not (denied.objects - _GENERIC_OBJECTS - alike.title - _SHOWING) \
        and not (_ACROSS & affirmed.objects)


_SHOWING = frozenset({"show", "display", "carry", "serve", "run", "kind", "type", "form", "ad", "ads", "advert",
                      "advertising", "advertisement", "app", "website", "site", "service"})


def _kind_word(s: Statement, stem: str) -> str:
    """The word naming which kind, right before the first word of the clause with this stem ("Gift" in "Gift
    vouchers never expire"; "" for none, or for a determiner: "Any voucher", "your wallet")."""
    words = clause_words(s)
    at = next((i for i, w in enumerate(words) if w[:5] == stem), 0)
    before = words[at - 1] if at else ""
    # (a number is a clause's, a name the first party's: "3.3 Credits", "Acme vouchers")
    return "" if before in _NOT_KINDS or before in _LEFT_OVER or before in alike.vendor \
        or not before.isalpha() else before


_LEFT_OVER = frozenset({"each", "every", "unused", "unspent", "remaining", "outstanding", "left", "held"})


def _same_kind_of(a: Statement, b: Statement, stem: str) -> bool:
    """Two balances named by one noun are one unless each names a kind of its own ("Night credits" / "Courtesy
    credits"; not "Gift vouchers" / "A voucher")."""
    ka, kb = _kind_word(a, stem), _kind_word(b, stem)
    return not (ka and kb and ka != kb)


def _running_out(s: Statement) -> bool:
    """The statement's words say a balance runs out, its cue's words too ("Store credit ... expires")."""
    return not _EXPIRING.isdisjoint({w[:5] for w in s.objects | {s.cue.lower()}} | s.cue_stems)


# The document itself, and "nothing" in it, narrow no practice ("Nothing in this Agreement requires ...")
_NAMING_NOTHING = DOCUMENT_WORDS | {"nothing"}


_NOT_KINDS = frozenset({"your", "our", "the", "their", "its", "his", "her", "this", "these", "that", "those", "any",
                        "all", "such", "other", "of", "and", "or", "no", "some", "my", "own", "a", "an"})


# Who a condition may name that makes it one of whether, not when ("when an adult has made the booking").
_GUARDIANS = PARENTS | {"adult", "adults", "accompanied"}


def _data(vocab: Vocabulary, s: Statement) -> tuple[str, ...]:
    return s.data or (_DEFAULT_DATA if s.practice in DATA_VERBS else ())


def _affirms(vocab: Vocabulary, denied: str, affirmed: Statement) -> bool:
    """The affirmation states the denied practice or a narrower one; a clause that names tracking
    ("advertising cookies that follow you across sites") affirms tracking whatever else it states; using,
    keeping or locating named data presupposes collecting it ("the store finder uses your phone's GPS
    position" / "we do not collect your precise location"); data disclosed to advertisers for advertising is
    cross-context behavioural advertising."""
    return denied in vocab.ancestors("practices", affirmed.practice) \
        or (denied in _DATA_FREE and denied in affirmed.mentions) \
        or (denied == "collection" and affirmed.practice in _HOLDING and bool(affirmed.data)) \
        or (denied == "cross-context-advertising" and affirmed.practice in ("sharing", "targeted-advertising")
            and any("advertisers" in vocab.ancestors("recipients", r) for r in affirmed.recipients)
            and any("advertising" in vocab.ancestors("purposes", p) for p in affirmed.purposes))


def _party_stems(vocab: Vocabulary) -> frozenset[str]:
    """Five-letter stems of the trades that name recipients in the vocabulary's cues (agent nouns: "insurer",
    "broker", "auditor"), less those any kind of party is called by ("partner", "provider", "customer"): what
    says which party."""
    if _PARTY_STEMS[0] is not vocab:
        stems = {w[:5] for term in vocab.sets["recipients"].terms.values() for cue in term.cues
                 for w in word_list(cue) if len(w) >= 6 and w.rstrip("s").endswith(("er", "or"))}
        _PARTY_STEMS[:] = [vocab, frozenset(stems - _ANY_PARTY)]
    return _PARTY_STEMS[1]


_PARTY_STEMS: list[Any] = [None, frozenset()]  # (the vocabulary, its stems): computed once per vocabulary


_ANY_PARTY = frozenset(w[:5] for w in ("partner", "provider", "customer", "holder", "member", "owner", "other",
                                       "processor", "subprocessor", "sub-processor", "contractor", "vendor", "supplier"))


def _party_by_its_noun(denied: Statement, affirmed: Statement) -> bool:
    """Data denied to a party the vocabulary has no word for, then given to a recipient named by the same noun
    next to both cues ("never shared with supermarkets" / "Partner supermarkets receive ...")."""
    return denied.practice in _PASSING and bool(affirmed.recipients) and bool(
        (denied.anchors & affirmed.anchors) - _GENERIC_OBJECTS - alike.frequent - _FIRST_PARTY_ROLES - _RECORDS)


def _same_party_words(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    """Both name the party by words of one stem, whatever categories the vocabulary reads ("not disclosed to
    insurers" / "passed to our underwriting partner, ..., which insures each guarantee")."""
    stems = _party_stems(vocab)
    return bool({w[:5] for w in denied.objects} & {w[:5] for w in affirmed.objects} & stems)


def _denied_party(s: Statement) -> frozenset[str]:
    """Five-letter stems of the words after the denial's last "to" or "with", up to an exception or purpose: the
    party it keeps data from ("to gyms, employers or insurers": gyms, emplo, insur)."""
    words = clause_words(s)
    at = max((i for i, w in enumerate(words) if w in ("to", "with")), default=-1)
    if at < 0:
        return frozenset()
    party: set[str] = set()
    for w in words[at + 1:]:
        if w in alike.PARTY_ENDS:
            break
        if len(w) >= 3 and w.isalpha() and w not in STOP and w not in _GENERIC_OBJECTS and w not in alike.frequent \
                and w not in alike.vendor and w not in _FIRST_PARTY_ROLES:
            party.add(object_form(w)[:5])
    return frozenset(party)


def _party_named_alike(denied: Statement, affirmed: Statement) -> bool:
    """The party a denial names ("to gyms, employers or insurers", "with our sister company") is
    named by a word of the affirmation that is not its data ("Breath readings may be passed to a partner gym
    chain"): the same party, whatever the vocabulary reads it as."""
    party = _denied_party(denied) - {w[:5] for w in denied.anchors}
    return denied.practice in _PASSING and bool(party & {w[:5] for w in affirmed.objects})


def _timed(s: Statement) -> bool:
    """The statement's conditions say when, not whether: "charged when the listing goes live" (outside data
    practices, where "when you consent" is a condition, but not "when you sign up": everyone does)."""
    return (s.practice not in DATA_VERBS or bool(s.conditions)) and all(
        c.split(None, 1)[0].lower() in TEMPORAL and _GUARDIANS.isdisjoint(word_list(c))
        and (s.practice not in DATA_VERBS or _joining(c)) for c in s.conditions)


# How everyone starts using a service ("when you sign up", "when you register", "when you create an account").
_JOINING = (("sign", "up"), ("register",), ("create", "an", "account"), ("open", "an", "account"), ("join",))


def _joining(condition: str) -> bool:
    words = word_list(condition)[:6]
    return _CONSENTING.isdisjoint(word_list(condition)) and any(
        words[k:k + len(j)] == list(j) for j in _JOINING for k in range(1, len(words)))


def _excepted(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    """The affirmation falls under the denial's exception: a recipient, purpose or data related to one it names;
    a legal requirement excepts disclosures to authorities."""
    if any(not _CONSENTING.isdisjoint(word_list(e)) for e in denied.exceptions):
        return True  # "unless the account holder consents": whatever is done may be done with consent
    mine = {"recipients": affirmed.recipients, "purposes": affirmed.purposes, "data-categories": affirmed.data}
    for item in denied.excepted:
        set_name, _, term = item.partition(":")
        if _related_any(vocab, set_name, (term,), mine.get(set_name, ())):
            return True
        if set_name == "purposes" and term in _LEGAL and _narrower_any(vocab, "recipients", affirmed.recipients,
                                                                      ("authorities",)):
            return True
    return not affirmed.recipients and not affirmed.purposes and not affirmed.data


# Words of the reader's say-so a change of terms waits for ("without the Client's written agreement"), and of a
# change made alone ("at its discretion", "at any time", "by publishing a new version", "reserves the right").
_AGREEMENT = frozenset({"agreement", "consent", "agreed", "consented", "approval", "approved", "agree", "consents"})
_ALONE = frozenset({"discretion", "publish", "publishing", "published", "posting", "posted", "reserve", "reserves",
                    "whenever", "unilaterally"})


def _changed_unasked(denied: Statement, affirmed: Statement) -> bool:
    """Terms never changed without the reader's agreement ("The Company may not change these terms without the
    Customer's written agreement") and changed by the first party alone ("may revise these terms at its discretion
    by publishing a new version on its portal")."""
    refusing, changing = alike.unit_set(denied), alike.unit_words(affirmed)
    alone = not _ALONE.isdisjoint(changing) or any(a == "any" and b == "time" for a, b in pairwise(changing))
    return bool(refusing & {"without", "unless"}) and bool(refusing & _AGREEMENT) and alone \
        and _AGREEMENT.isdisjoint(changing) and not affirmed.conditions


def _readers_say(clause: str) -> bool:
    """A condition or exception that is the reader's say-so: consent, permission, a request, a choice."""
    return not _SAYING.isdisjoint(word_list(clause))


_SAYING = frozenset({"consent", "consents", "consented", "permission", "ask", "asks", "asked", "request", "requests",
                     "requested", "choose", "chooses", "agree", "agrees", "agreed", "authorise", "authorize", "tap",
                     "opt", "instruct", "instructs", "approve", "approves"})


def _parent_of_denied(vocab: Vocabulary, affirmed: Statement, denied: Statement) -> bool:
    """The affirmation names the category just above two or more the denial names ("email address and phone
    number never passed on" / "contact details are handed to the club"): what it covers holds what was denied."""
    for parent in affirmed.data:
        if parent in _DEFAULT_DATA:
            continue
        children = {d for d in denied.data if d != parent and vocab.ancestors("data-categories", d)[1:2] == (parent,)}
        if len(children) >= 2:
            return True
    return False


# Upgrades on what a price includes: a charge for one is no charge for what is included
_UPGRADES = UPGRADE_TIERS | {"expedite", "expedited", "same-day", "next-day", "rush"}


# Ways of paying, by their words
_WAYS_OF_PAYING = (frozenset({"cash"}), frozenset({"card", "credit", "debit"}), frozenset({"cheque"}),
                   frozenset({"transfer", "wire"}), frozenset({"m-pesa"}), frozenset({"crypto", "cryptocurrency"}))


def _two_ways_of_paying(a: Statement, b: Statement) -> bool:
    """Each names a way of paying the other does not ("cash" / "card")."""
    ways_a = {i for i, way in enumerate(_WAYS_OF_PAYING) if way & a.objects}
    ways_b = {i for i, way in enumerate(_WAYS_OF_PAYING) if way & b.objects}
    return bool(ways_a) and bool(ways_b) and not ways_a & ways_b


def _polarity_conflict(vocab: Vocabulary, denied: Statement, affirmed: Statement, same_kind: bool = False) -> bool:
    """``same_kind``: both name the same kind of data ("journey records" / "journey history")."""
    # A blanket denial of a term ("Deposits are non-refundable") meets its grant in some case ("If you cancel
    # more than 180 days ahead, your deposit is refunded"); data practices granted on a condition do not.
    # (a guarantee of the goods "when it leaves our base" says when they are as promised, not whether)
    if denied.practice == affirmed.practice == "liability-limitation" and denied.conditions \
            and not affirmed.conditions:
        # Liability accepted in a case ("Where soot escapes onto furnishings, we shall pay for cleaning") meets an
        # exclusion of that harm in every case ("not liable for soot damage to furnishings"): the case names it.
        named = denied.objects | {object_form(w) for c in denied.conditions for w in word_list(c)}
        return _same_harm(denied, affirmed, frozenset(named) - _GENERIC_OBJECTS - alike.frequent) \
            and not other_cause(denied, affirmed)
    if denied.practice == affirmed.practice == "liability-limitation" and affirmed.conditions \
            and not denied.conditions and all(c.split(None, 1)[0].lower() in _HARM_CASES for c in affirmed.conditions):
        # An exclusion in the case of a harm ("We accept no liability if a camera is lost or damaged while it is at
        # the workshop") meets liability accepted for that harm in every case: the case names it.
        named = affirmed.objects | {object_form(w) for c in affirmed.conditions for w in word_list(c)}
        return _same_harm(denied, replace(affirmed, objects=frozenset(named))) and not other_cause(denied, affirmed)
    if denied.practice == "fees-and-payment" and denied.conditions and _when_paying(denied):
        # ("no booking fee when you pay online" / "a surcharge on every online payment": the same way of paying)
        way = {object_form(w) for c in denied.conditions for w in word_list(c)[3:]} - _GENERIC_OBJECTS
        if not way & (affirmed.objects | affirmed.anchors):
            return False
    if _prefixed_apart(denied, affirmed):
        return False  # "Launch fee for non-member boats: R150" / "Guests sailing in a Member's own boat pay no launch fee"
    if denied.practice == affirmed.practice == "unilateral-changes" and _changed_unasked(denied, affirmed):
        return True
    if _refused_every_way(denied, affirmed):
        return True  # "No money is returned, whatever notice you give" / "Cancellations made a day ahead are refunded"
    if denied.practice in _BLANKET_TERMS and _providers_failure(affirmed) and not denied.conditions \
            and not (denied.absolute and _EVERY_CASE & denied.objects):  # (but "non-refundable in all circumstances")
        return False  # "Deposits are non-refundable" / "If we cannot finish the build, we return your deposit"
    # (a denial on the reader's say-so, "unless you ask us to", "without your consent", meets what is done whatever
    # the reader says, "whether or not you have asked": as a denial with no condition)
    if affirmed.regardless and all(_readers_say(c) for c in denied.conditions + denied.exceptions):
        denied = replace(denied, conditions=(), exceptions=(), excepted=())
    # (the case in which a credit is given is no condition of its never expiring: "If the Company closes the kiosk,
    # the Renter receives a rain-check credit that does not expire" / "Rain checks lapse at the end of the season")
    if (denied.conditions and not (denied.practice in _WHOLE_GOODS and _timed(denied))
            and not (denied.practice == "fees-and-payment" and _when_paying(denied))
            and not _granted_in_refused_case(denied, affirmed)
            and not (denied.practice == affirmed.practice == "account-balance" and _same_object(denied, affirmed))) \
            or (affirmed.conditions and not denied.absolute and not _timed(affirmed)
                             and affirmed.practice not in _BLANKET_TERMS and not _case_denied(denied, affirmed)):
        return False
    if "liability-limitation" in (denied.practice, affirmed.practice):
        return denied.practice == affirmed.practice and _same_harm(denied, affirmed) \
            and not other_cause(denied, affirmed)
    case = _excepted_case(denied)
    if case is not None and not denied.excepted:
        # "not refundable, except where the Club closes the course" / "if a guest cancels ..., paid back": a grant
        # in another case (another party's act, or another act) contradicts it; in the case excepted it does not
        if not affirmed.conditions:
            # (unless the grant names the reader's leaving, against a case of the provider's: "save where the
            # Company closes the space" / "A Member who cancels within 14 days gets back all the money paid")
            stems = {w[:5] for w in affirmed.objects}
            if not (case[0] == "provider" and stems & _READER_STEMS and stems & _LEAVING_ACTS):
                return False
        elif any(_case(c) in (None, case) for c in affirmed.conditions):
            return False
    elif denied.exceptions and _excepted(vocab, denied, affirmed) and not (
            denied.practice in _BLANKET_TERMS and _statutory(denied)):
        return False  # (what the law requires excepts no refund the first party grants of its own accord)
    ordinal, other_ordinal = _tiers(denied), _tiers(affirmed)
    if ordinal and other_ordinal and ordinal != other_ordinal and denied.practice not in _WHOLE_GOODS:
        # "free for the first listing", "each additional listing costs $49": different items (but "express or
        # implied" warranties and a "safety standard" name no tier)
        return False
    if denied.practice == affirmed.practice == "fees-and-payment" and _two_ways_of_paying(denied, affirmed):
        # "Cash payments at our counter carry no processing fee" / "Card payments on our website carry a 3%
        # processing fee": two ways of paying
        return False
    if denied.practice == affirmed.practice == "fees-and-payment" and not ordinal \
            and not _UPGRADES.isdisjoint(affirmed.objects) and _UPGRADES.isdisjoint(denied.objects) and not denied.absolute:
        # "Shipping is included in the monthly price" / "Express delivery costs an extra BRL 25 per box": the
        # upgrade is charged, not what is included
        return False
    if _other_kind_of_credit(denied, affirmed):
        return False
    if denied.practice == "account-balance" and denied.actor == "user" and not _periods(affirmed) \
            and not _running_out(affirmed):
        return False  # "money you put in your account does not expire" / "all money in your wallet will transfer"
    if affirmed.practice == "account-balance" and not _periods(affirmed) \
            and any(_readers_act(c) or _readers_own_ends(c) for c in affirmed.conditions):
        return False  # "never expires" / "unused credit is lost when you close your account": no time runs out
    if denied.practice in _WHOLE_GOODS and not _OUTSIDE_COVER.isdisjoint(affirmed.anchors) and not _blanket(affirmed):
        # "guaranteed for twelve months" / "the guarantee does not cover drops", "Ribbons ... are excluded from the
        # guarantee": what it covers
        return False
    if affirmed.opt_out and affirmed.practice == denied.practice and affirmed.practice not in SIGNALS:
        # "you may opt out of..." is handled by the opt-out rule (a signal honoured as an opt-out is the signal's)
        return False
    if not _affirms(vocab, denied.practice, affirmed):
        return False
    if denied.practice in SIGNALS and affirmed.practice == denied.practice:
        return True  # a signal honoured and ignored, whatever data either names ("settings", "preferences")
    if denied.places and affirmed.places:
        # "Your information stays in the UK" / "our team in South Africa can see your orders": the data goes
        # where the denial kept it from, or not ("stays within the EEA" / "data centres in Germany"); two kinds
        # of data each named are two things ("Booking and payment data never leave the EEA" / "Crash reports are
        # processed by a provider in the United States")
        if denied.data and affirmed.data and not same_kind \
                and not _related_any(vocab, "data-categories", _data(vocab, affirmed), _data(vocab, denied)):
            return False
        return not places().within(affirmed.places, denied.places)
    if denied.legal_term and denied.practice == "sharing" and not _advertising(vocab, affirmed):
        return False  # "share" as the CCPA defines it is disclosure for cross-context advertising
    if affirmed.practice == "fees-and-payment" and not (
            any(a.kind in ("money", "percent") for a in affirmed.amounts)
            or _CHARGING & ({w.rstrip("s") for w in affirmed.cue.lower().split()} | affirmed.objects)
            or _CHARGING_STEMS & affirmed.cue_stems or _KIND_OF_FEE & affirmed.cue_stems):
        return False
    if denied.practice == affirmed.practice == "targeted-advertising" and (
            _ads_by_denied_data(denied, affirmed) or _ads_by_readers_doings(denied, affirmed)):
        return True
    # (the goods a warranty covers are no data: "no warranty of fitness or safety" names no fitness data; nor is
    # the card a fee named by the same words is charged to: "Memberships do not renew automatically" / "Your
    # membership fee is charged to the card on file every month")
    if denied.practice in DATA_VERBS or denied.practice in _DATA_FREE or (
            (denied.data or affirmed.data) and denied.practice not in _WHOLE_GOODS
            and not ((denied.practice in LIMITS or denied.practice in _CREDITED
                      or (denied.practice in _ONE_WORDING and _same_object(denied, affirmed, _CHARGING)))
                     and not _takes_data(vocab, denied.practice))):
        return _data_conflict(vocab, denied, affirmed, same_kind)
    return _terms_conflict(vocab, denied, affirmed, same_kind)


# Words of a denial of every use but one ("for any purpose other than", "only to", "except to", "for nothing else").
_ALL_BUT = frozenset({"other", "any", "only", "except", "but", "anything", "else", "nothing", "solely", "exclusively"})


# Where tracking runs, by the words naming it: the website, an app, a television app, a machine, a Wi-Fi portal.
_SURFACES = {"website": "web", "websites": "web", "site": "web", "web": "web", "page": "web", "pages": "web",
             "app": "app", "apps": "app", "application": "app", "applications": "app", "tv": "tv",
             "television": "tv", "machine": "device", "device": "device", "portal": "portal", "wi-fi": "portal",
             "wifi": "portal", "kiosk": "kiosk"}
_ACROSS = frozenset({"other", "across", "third-party", "third", "partner", "partners"})  # "other websites": not one's own


def _surfaces(s: Statement) -> frozenset[str]:
    """Where the statement's unit says its tracking runs ("Our website", "The smart TV apps"), not where it
    follows the reader to ("across other websites")."""
    words = alike.unit_words(s)
    return frozenset(_SURFACES[w] for i, w in enumerate(words)
                     if w in _SURFACES and not (i and words[i - 1] in _ACROSS))


def _across(s: Statement) -> bool:
    """The statement's unit names where it follows the reader to ("on other websites", "across partner apps")."""
    words = alike.unit_words(s)
    return any(w in _SURFACES and i and words[i - 1] in _ACROSS for i, w in enumerate(words))


def _other_surface(denied: Statement, affirmed: Statement) -> bool:
    """Tracking or ads denied on one surface and affirmed on another ("The guest Wi-Fi portal sets no cookies" /
    "Our booking website uses cookies"), or denied only where the reader is followed to and affirmed on a surface
    of the first party's ("no ads targeted on other websites" / "the adverts on our website"): two places (but
    cookies set on the website to follow the reader elsewhere are set on it)."""
    sd, sa = _surfaces(denied), _surfaces(affirmed)
    return (bool(sd) and bool(sa) and not sd & sa) or (not sd and bool(sa) and _across(denied) and not _across(affirmed))


# How a sale is affirmed by its verb or its price ("are sold to", "pays us for", "in return for a fee"), not by
# the noun alone ("livestock sale receipts", "after each sale")
_SELLING = frozenset({"sell", "pay", "fee", "excha", "purch", "buy", "payme"})
_LISTS = _PERSONS_RECORDS | {"list", "lists"}
_BUYER_WORDS = frozenset({"third", "party", "parties", "anyone", "anybody", "outside"})  # the buyer a denial names


def _sale_of_anyones(denied: Statement, affirmed: Statement) -> bool:
    """A denial of selling anyone's data, to anyone ("We never sell passenger details to anyone"), and the first
    party selling people's records ("the passenger list is sold to a travel agency"): whatever the buyer is called."""
    if not (denied.practice == affirmed.practice == "sale" and denied.actor == affirmed.actor == "first-party"):
        return False
    if denied.conditions or denied.exceptions or denied.purposes or affirmed.conditions \
            or not set(denied.recipients) <= {"third-parties"} or not set(denied.data) <= {_DEFAULT_DATA[0]}:
        return False
    own = {w[:5] for w in denied.objects - _GENERIC_OBJECTS - alike._PEOPLES_RECORDS - _FIRST_PARTY_ROLES - _BUYER_WORDS
           - alike.vendor if w.isalpha()}
    return own <= {w[:5] for w in affirmed.objects} and _DEIDENTIFIED not in affirmed.data \
        and not _TOTALS & affirmed.objects and bool(_SELLING & affirmed.cue_stems) \
        and bool(affirmed.data or _LISTS & affirmed.objects)


# Verbs of taking data down, whichever of them a text uses: "We do not record your weight" / "A client's weight is
# noted on the styling sheet" (not "access", "see" or "receive", which name no taking).
_GATHERING = frozenset({"colle", "recor", "note", "noted", "notes", "captu", "gathe", "obtai", "reque", "ask",
                        "asks", "asked", "scan", "scann", "photo"})


# Verbs of passing data on, whichever of them a text uses: "We do not pass your audit report to installers" /
# "All audit reports are forwarded to our partner installers"
_PASSING_ON = frozenset(w[:5] for w in (*GIVING_VERBS, "disclose", "share", "transfer", "tell", "told", "show"))


def _gathering(s: Statement) -> bool:
    """The statement's cue is a verb of collecting data ("collect", "record", "note", "ask for", "scan"), or of
    passing it on for sharing ("pass", "forward", "disclose")."""
    return (s.practice == "collection" and bool(_GATHERING & s.cue_stems)) \
        or (s.practice == "sharing" and bool(_PASSING_ON & s.cue_stems))


def _gathered_alike(denied: Statement, affirmed: Statement) -> bool:
    """Both collect by a verb of taking data down, or share by a verb of passing it on, and at least half the words
    naming what the denial refuses name the affirmation's data too ("the Applicant's religion or caste" / "the
    Applicant's religion and caste category"; not "telephone calls" / "telephone number")."""
    if not (_gathering(denied) and _gathering(affirmed)):
        return False
    drop = _GENERIC_OBJECTS | alike.vendor | _FIRST_PARTY_ROLES
    own = {w[:5] for w in denied.objects - drop if w.isalpha() and w[:5] not in denied.cue_stems}
    theirs = {w[:5] for w in affirmed.objects}
    # (what is passed on is named next to the verb, the party after it: "We don't share your address with the parts
    # importer" / "we give the parts importer your name" share the party only)
    named = {w[:5] for w in denied.anchors - drop if w.isalpha() and w[:5] not in denied.cue_stems}
    if denied.practice == "sharing" and not named <= theirs:
        return False
    return bool(own) and 2 * len(own & theirs) >= len(own)


def _data_conflict(vocab: Vocabulary, denied: Statement, affirmed: Statement, same_kind: bool) -> bool:
    """A denied and an affirmed practice on data: the data, recipients and purposes compared."""
    if denied.practice == affirmed.practice == "tracking" and _other_surface(denied, affirmed):
        return False
    if _sale_of_anyones(denied, affirmed):
        return True
    # The affirmed data must be the denied data or narrower ("no personal data" vs "health data"); data the
    # affirmation leaves unnamed is the same only when the same words say so ("recordings").
    if _DEIDENTIFIED in affirmed.data and _DEIDENTIFIED not in denied.data:
        return False  # "anonymised statistics, derived from location data, are sold": no personal data
    da = _data(vocab, denied) or _DEFAULT_DATA  # "we do not track you": about the person
    # "no personal information to X", or no data named on either side, the same recipients named ("We will
    # never disclose your parking history to insurance companies" / "Partner motor insurers receive ...")
    broad_denial = (denied.data == _DEFAULT_DATA or (not denied.data and not affirmed.data)) \
        and bool(denied.recipients)
    technology = _same_technology(denied, affirmed)
    # "We have never sold a customer file": a sale of anyone's data, in the words any text uses for it
    whole = denied.practice in _PASSING and denied.absolute and not denied.recipients \
        and not denied.purposes and _only_generic(denied)
    # ("We do not sell or share personal information" covers someone's records the affirmation names in words
    # of its own: "Game scores and visit history are disclosed to our advertising partners"; not totals)
    anyones = denied.data == _DEFAULT_DATA and bool(_PERSONS_RECORDS & affirmed.objects) \
        and not _TOTALS & affirmed.objects
    if not (_narrower_any(vocab, "data-categories", affirmed.data, da) or _parent_of_denied(vocab, affirmed, denied)
            or (not affirmed.data and ((_same_object(denied, affirmed) and (affirmed.cue or not denied.data))
                                       or broad_denial or same_kind or technology or whole or anyones))):
        # (a list item under a lead-in, naming no data, is not the data a denial names by a word they share:
        # "We ask about: the type of home, ..." / "We do not photograph the inside of applicants' homes")
        return False
    # (someone's details or records passed to a party the text names, "Volunteer details are not disclosed to
    # corporate sponsors", are personal data when a word of the denial names the affirmation too, "volunteers";
    # the party is compared by its words, _other_recipient; totals are no one's data)
    if not denied.data and not denied.recipients and not same_kind and not technology and not whole and not (
            _same_object(denied, affirmed)
            and (denied.cue_stems & affirmed.cue_stems or denied.practice in _DATA_FREE
                 or _gathered_alike(denied, affirmed))) \
            and not _same_name(denied, affirmed) and not _party_by_its_noun(denied, affirmed) \
            and not (_party_named_alike(denied, affirmed) and denied.cue_stems & affirmed.cue_stems) \
            and not (denied.practice in _PASSING and _RECORDS & denied.objects and affirmed.data
                     and not _TOTALS & affirmed.objects
                     and (denied.objects & affirmed.objects) - _RECORDS - _GENERIC_OBJECTS - alike.frequent
                     - _FIRST_PARTY_ROLES):
        return False  # "we have no access to X" names no data: only the same words make it the same
    if denied.recipients and denied.practice not in _DATA_FREE and not (denied.absolute and _EVERYONE & denied.objects) \
            and not (_narrower_any(vocab, "recipients", affirmed.recipients, denied.recipients)
                     or _same_party_words(vocab, denied, affirmed)
                     or _party_named_alike(denied, affirmed)
                     or _any_outside_party(denied, affirmed)
                     or (not affirmed.recipients and (_same_object(denied, affirmed)
                                                      or _marketers(vocab, denied, affirmed) or same_kind
                                                      or _anyone_else(denied, affirmed)))):
        return False
    if not affirmed.data and broad_denial and not affirmed.recipients \
            and not (denied.absolute and _EVERYONE & denied.objects and _same_object(denied, affirmed)):
        # (but the same thing denied to anyone at all: "Trip plans are never passed to anyone outside the club" /
        # "We share your trip plan with the rescue brigade")
        return False
    if _LEGAL & set(affirmed.purposes) and denied.practice == "sharing" and not denied.legal_term \
            and not _narrower_any(vocab, "recipients", ("authorities",), denied.recipients):
        return False  # what the law requires to be reported is no sharing a denial of sharing promised away
    # (not the exception's; and what data is kept for says why it is not deleted, not which data: "Profiles of closed
    # accounts are never removed from our systems")
    purposes = [p for p in denied.purposes if f"purposes:{p}" not in denied.excepted] \
        if denied.practice not in _LIFECYCLE else []
    # Targeted advertising is for advertising whether or not its clause says so.
    own = affirmed.purposes + (("targeted-advertising",) if affirmed.practice in _ADVERTISING else ())
    if purposes and not _related_any(vocab, "purposes", own, purposes):
        return False
    if denied.practice == affirmed.practice == "use" and not (purposes and own) \
            and _ALL_BUT.isdisjoint(clause_words(denied)):
        # (what the vocabulary cannot compare, the words of the two purposes can: "to award loyalty stamps" /
        # "to set individual prices" are two uses; but "for any purpose other than displaying them" denies all)
        pd, pa = purpose_stems(denied), purpose_stems(affirmed)
        if pd and pa and not pd & pa:
            return False
    # With no data named on either side, only the same words say it is the same thing.
    return bool(denied.data or affirmed.data or denied.recipients) or _same_object(denied, affirmed) or same_kind \
        or technology


def _terms_conflict(vocab: Vocabulary, denied: Statement, affirmed: Statement, same_kind: bool) -> bool:
    """A denied and an affirmed term of service (a fee, a refund, a credit, a warranty): the same wording of the
    practice and the same object."""
    # Elsewhere the same wording of the practice and the same object: "no setup fee" / "a setup fee of $49".
    # Every wording of a fee names one practice: "is free" denies what "a charge" (checked above) affirms; an
    # amount alone ("a badge for $9.99") says what is sold, not that the denied thing is charged for.
    # So is every wording of a warranty ("guarantee", "warrant", "as is").
    if denied.practice == affirmed.practice == "refunds" and "termination-by-provider" in denied.mentions \
            and "termination-by-provider" not in affirmed.mentions:
        return False  # "may remove a camper ... without a refund" / "who cancel ... receive half back": two cases
    if denied.practice == "refunds" and _periods(denied) & _periods(affirmed):
        return False  # "refunded if cancelled more than 48 hours before" / "no refund within 48 hours": one boundary
    if denied.practice == "refunds" and bool(_HELD_MONEY & denied.objects) != bool(_HELD_MONEY & affirmed.objects):
        return False  # "Hire fees are not refundable" / "The deposit is returned": money held is not money paid
    if denied.practice == affirmed.practice == "fees-and-payment" and not _case_denied(denied, affirmed):
        kinds_denied, kinds_affirmed = _charge_kinds(vocab, denied), _charge_kinds(vocab, affirmed)
        if kinds_denied and kinds_affirmed and not kinds_denied & kinds_affirmed and not denied.absolute:
            # "no listing fee" / "a 20% commission on each sale": two kinds of charge (but "not charged any fee")
            return False
        if kinds_denied and not kinds_affirmed and not denied.absolute \
                and not (denied.objects & affirmed.objects) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES:
            # "no setup or onboarding fees" / "a currency conversion fee": a kind of charge denied, another named
            return False
    shared = denied.cue_stems & affirmed.cue_stems
    # An amount charged by a verb ("Home delivery adds $6 per box") is a fee however it is worded.
    same_cue = bool(shared) or (affirmed.practice in _ONE_WORDING and bool(
        affirmed.cue_stems or (_CHARGING & affirmed.objects and any(a.kind == "money" for a in affirmed.amounts))))
    # A denial that names nothing beyond its practice ("your balance never expires") covers every case of it;
    # two cues sharing two words name the same thing ("wallet balances", "the balance on the wallet").
    # Two wordings of one kind of charge ("no booking fee" / "a service charge of £2.50 per reservation")
    charged = denied.practice == "fees-and-payment" and affirmed.practice == "fees-and-payment" \
        and bool(_charge_kinds(vocab, denied) & _charge_kinds(vocab, affirmed))
    # (a refusal whenever the reader does something, and a grant to readers who do it: the case names the thing)
    in_case = (bool(denied.conditions) and _granted_in_refused_case(denied, affirmed)) or _case_named(denied, affirmed)
    # (a forfeiture of any credit left unused covers every credit: "Tournament credits ... never expire" / "Any
    # credit balance left unused for twelve consecutive months is forfeited")
    any_credit = denied.practice == affirmed.practice == "account-balance" and bool(_periods(affirmed)) \
        and _any_balance(affirmed)
    # A short denial naming nothing but its practice ("Targeted advertising: No") covers every case of it.
    bare = denied.practice in _ADVERTISING and not denied.conditions and not denied.exceptions and (
        (denied.words <= _BARE_WORDS and all(w[:5] in denied.cue_stems or w in _GENERIC_OBJECTS for w in denied.objects))
        or _no_advertising(denied, affirmed))
    # An indemnity the reader never owes, for anything, against one it owes the first party ("The Client is never
    # required to indemnify the Clinic for any claim" / "shall indemnify the Clinic against claims brought by
    # porters"; but not "for claims caused by our own negligence": one case)
    owed_nothing = denied.practice == affirmed.practice == "indemnity" and affirmed.actor != "other" \
        and _owes_nothing(denied)
    return owed_nothing or charged or bare or (same_cue and (in_case or any_credit or _case_denied(denied, affirmed) or _same_object(denied, affirmed) or _same_stem(denied, affirmed) or same_kind
                                     or not _specific(denied)
                          or (denied.practice in _BLANKET_TERMS and _same_words(denied, affirmed))
                          or (denied.practice == "fees-and-payment" and bool(_KIND_OF_FEE & shared))
                          or (denied.practice == "fees-and-payment" and _charged_on_every(denied, affirmed))
                          # (every case of the fee it names: "The registration fee is not refundable in any
                          # circumstances" / "Unused prepaid hours are refunded on withdrawal")
                          or (denied.absolute and bool(_EVERY_CASE & denied.objects)
                              and not (denied.practice == "refunds" and _charge_kinds(vocab, denied) - affirmed.objects))
                          or (len(shared) > 1 and denied.cue.lower() != affirmed.cue.lower())
                          # (one kind of balance named by both, however its running out is worded: "Gift
                          # vouchers never expire" / "A voucher lapses twelve months after it was bought")
                          or (denied.practice == affirmed.practice == "account-balance"
                              and any(_same_kind_of(denied, affirmed, stem) for stem in sorted(shared - _EXPIRING)))
                          or (denied.practice in _WHOLE_GOODS and denied.cue.lower().partition(" ")[0] in _GIVEN
                              and (_same_goods(denied, affirmed) or (_blanket(affirmed) and not other_goods(denied, affirmed)))))) \
        or _same_name(denied, affirmed)


_EVERY = frozenset({"every", "all"})
_EVERY_WORDS = 2  # words of the thing charged that both name, at least ("hotel pick-up")


def _charged_on_every(denied: Statement, affirmed: Statement) -> bool:
    """A charge on every one of the thing a denial makes free, named by its words ("Hotel pick-up in Fethiye is
    free of charge" / "A transfer charge of TRY 300 applies to every hotel pick-up"): the free ones among them."""
    if denied.conditions or affirmed.conditions or not _EVERY & affirmed.objects:
        return False
    shared = (denied.objects & affirmed.objects) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES - alike.vendor - _EVERY
    return len({w for w in shared if w.isalpha()}) >= _EVERY_WORDS


# Words of an indemnity refused whatever it is for: "never", "under no obligation", "for any claim", "anything".
_OWING_NOTHING = frozenset({"never", "no", "not", "under", "circumstance", "circumstances", "obligation", "obliged",
                            "duty", "require", "required", "need", "have", "any", "anything", "claim", "claims",
                            "loss", "losses", "term", "terms", "these", "this", "agreement", "third", "party",
                            "parties", "bring", "brought", "against", "whatsoever", "all", "indemnify",
                            "indemnity", "hold", "harmless", "ever", "compensate", "cover", "cost", "costs"})

_OWING_STEMS = frozenset(w[:5] for w in _OWING_NOTHING)


def _owes_nothing(s: Statement) -> bool:
    """An indemnity refused with no word narrowing it: no case, cause or kind of claim named ("Shoppers are not
    required to indemnify Aapasu", "under no circumstances", "for any claim brought by a third party")."""
    # (by five-letter stems, the form objects may take; the names the text gives parties are parties: "the Clinic")
    return not any(w.isalpha() and w[:5] not in _OWING_STEMS and w not in _PARTIES_REQUIRED
                   and w not in _GENERIC_OBJECTS and w not in _FIRST_PARTY_ROLES and w not in alike.vendor
                   and w[:5] not in alike.named for w in s.objects) and not s.conditions and not s.exceptions


# Words of ads and of choosing them, the same in any two statements about advertising.
_AD_STEMS = frozenset(w[:5] for w in (
    "advertise", "advertisement", "advert", "ads", "offer", "show", "see", "choose", "decide", "pick", "select",
    "target", "tailor", "personal", "personalise", "personalize", "sponsor", "market", "promote", "promotional",
    "use", "partner", "brand", "base", "bas", "according", "match", "never", "kind", "other", "otherwise", "app"))


# How an affirmation says its ads are chosen by the reader's data ("based on", "picked according to", "to match").
_CHOSEN_BY = frozenset({"bas", "base", "according", "match", "pick", "choose", "select", "tailor", "personalise",
                        "personalize", "personalized", "personalised", "target"})


def _ad_data_stems(s: Statement) -> set[str]:
    """Five-letter stems of the words naming what chooses the statement's ads, beyond words of ads, records and
    the parties ("brushing records": brush); the product's own name says nothing."""
    return {w[:5] for w in s.objects - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES - _PEOPLES_RECORDS
            if len(w) >= 4 and w.isalpha()} - _AD_STEMS - alike.named


def _ads_by_denied_data(denied: Statement, affirmed: Statement) -> bool:
    """Ads chosen by the data a denial kept from advertising, named by a word both share, however often the text
    uses it ("We never use your brushing records to decide which ads you see" / "Based on your brushing
    patterns, the app shows you personalized offers")."""
    return bool(_CHOSEN_BY & affirmed.objects) and bool(_ad_data_stems(denied) & _ad_data_stems(affirmed))


# How an affirmation says the reader's own doings choose the ads ("decide", "determine", "chosen from").
_DECIDED_BY = _CHOSEN_BY | {"decide", "determine", "chosen", "picked", "selected", "tailored", "matched", "based"}
_READERS = frozenset({"you", "your", "yours"})
# (nor by another's own data: "The app store may show you adverts based on its own data about you")
_NOT_BY_THE_READER = frozenset({"not", "no", "never", "rather", "instead", "regardless", "context", "contextual",
                                "its"})
_GENERAL_DATA = frozenset({"personal-information"})  # "your data", "your details": whatever the reader does
# (stems) words of a denial naming no data of its own: "on the basis of what you do", "behavioural advertising"
_NO_DATA_OF_ITS_OWN = frozenset({"basis", "basi", "what", "do", "does", "behav"})


def _ads_by_readers_doings(denied: Statement, affirmed: Statement) -> bool:
    """A denial of ads chosen by anything about the reader, with no case or data of its own ("We do not show you
    personalised adverts", "We never use your details to target advertising") and ads the reader's own doings
    choose, in the same place ("The pages you browse help decide which adverts appear on your home page"); not
    ads chosen by what is on the page ("by the article you are reading, not by your history")."""
    if denied.conditions or denied.exceptions or affirmed.exceptions or affirmed.actor == "other" \
            or not set(denied.data) <= _GENERAL_DATA or _ad_data_stems(denied) - _NO_DATA_OF_ITS_OWN \
            or _other_surface(denied, affirmed):
        return False
    words = alike.unit_set(affirmed)
    return bool(_DECIDED_BY & (words | affirmed.objects)) and bool(_READERS & words) \
        and _NOT_BY_THE_READER.isdisjoint(words)


def _same_technology(denied: Statement, affirmed: Statement) -> bool:
    """Both name one tracking technology by their cues ("We do not use advertising cookies or tracking pixels" /
    "The Meta Pixel on our checkout page records purchases"): the technology is the thing denied."""
    # (cookies a service needs, "A session cookie keeps you logged in", are not the tracking ones denied)
    # ("tracking cookies or similar technologies" names every tracking technology: a pixel too)
    return denied.practice == affirmed.practice == "tracking" \
        and (bool((denied.cue_stems & affirmed.cue_stems) - _TRACKING_WORDS)
             or {"simil", "techn"} <= denied.cue_stems | {w[:5] for w in denied.objects}) \
        and not (_ESSENTIAL & (affirmed.anchors | affirmed.objects | affirmed.cue_stems)
                 and not _ESSENTIAL & (denied.anchors | denied.objects | denied.cue_stems))


def _takes_data(vocab: Vocabulary, practice: str) -> bool:
    """The practice is about personal data (its claims take data). Limits that take none (warranties) are about
    goods and services: words the vocabulary reads as data there ("fitness for a particular purpose", "uploaded
    models") name what the term covers, not personal data."""
    return "data" in vocab.term("practices", practice).extra.get("attributes", ("data",))


def _anyone_else(denied: Statement, affirmed: Statement) -> bool:
    """A denial of disclosure to any third party ("not shown to anyone outside the Committee") and data shared
    with a party the vocabulary does not name: that party is a third party."""
    return set(denied.recipients) == {"third-parties"} and not denied.exceptions and not denied.purposes \
        and affirmed.practice == "sharing" and bool(affirmed.data)


# Parties outside the first party that a denial to "third parties" with nothing to soften it reaches too
_OUTSIDE_PARTIES = frozenset({"service-providers", "analytics-providers", "professional-advisors", "business-customers",
                              "public", "acquirers"})


def _any_outside_party(denied: Statement, affirmed: Statement) -> bool:
    """An absolute denial of disclosure to third parties, with no exception or purpose ("Personal data is never
    disclosed to third parties"), and data passed to any party outside the first party, however the text names it
    ("Parking enforcement contractors receive the license plate numbers ...")."""
    return set(denied.recipients) == {"third-parties"} and denied.absolute and not denied.exceptions \
        and not denied.purposes and not denied.conditions and _FOR_ENDS.isdisjoint(denied.objects) \
        and bool(_OUTSIDE_PARTIES & set(affirmed.recipients))


_FOR_ENDS = frozenset({"purpose", "purposes", "own", "commercial"})  # "for their own commercial purposes": an end


def _marketers(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    """Unnamed recipients that get data for marketing or advertising ("Pet food brands receive your email
    address so they can send you offers") are advertisers: against a denial naming advertisers."""
    return any("advertisers" in vocab.ancestors("recipients", r) for r in denied.recipients) \
        and any({"marketing", "advertising"} & set(vocab.ancestors("purposes", p)) for p in affirmed.purposes)


def _specific(s: Statement) -> bool:
    """The statement narrows its practice with words of its own ("setup fee", "gem purchases"); what was paid
    does not narrow a refund ("All payments are final and non-refundable" covers every refund), and neither do
    the reader or the first party being required ("No User shall be required to indemnify the Company")."""
    # (a word frequent in the document still names which fee, "no booking fee" in a text about bookings, unless
    # the denial covers any: "not charged any fee for using the App")
    own: frozenset[str] | set[str] = s.objects - _GENERIC_OBJECTS - (_NONE if s.practice == "fees-and-payment" and not s.absolute else alike.frequent) \
        - _FREE_WORDS - _PARTIES_REQUIRED - _NAMING_NOTHING
    if s.practice == "refunds":
        # what was paid, and the refusal's own words ("no money is given back"), name no particular refund
        own = {w for w in own - _PAID if w[:5] not in s.cue_stems}
    elif s.practice == "account-balance":
        # buying credit, or where it is held, names no particular balance ("Credits you buy in the app never expire")
        own = own - _PAID - _BOUGHT_HELD
    return bool(own) \
        or (s.practice == "fees-and-payment" and bool(_KIND_OF_FEE & s.cue_stems))  # "No deposit is required"


def _advertising(vocab: Vocabulary, s: Statement) -> bool:
    """The statement is about advertising: its practice, recipients or purposes say so, or it is an opt-out."""
    return s.opt_out or s.practice in _ADVERTISING \
        or any(set(vocab.ancestors("recipients", r)) & {"advertisers"} for r in s.recipients) \
        or any(set(vocab.ancestors("purposes", p)) & {"advertising"} for p in s.purposes)
