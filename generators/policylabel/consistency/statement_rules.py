"""Contradictions between statements (see spec/consistency.md, "Statement rules").

Statements come from the one extractor (:mod:`policylabel.statements`); they are compared through the
vocabulary's hierarchies (``broader``), never through word lists of their own:

* a practice denied and the same or a narrower practice affirmed, for related data, recipients and purposes
  (or, outside data practices, the same object words: "setup fee", "gem purchases");
* two different periods for keeping or deleting the same thing, or two different minimum ages
  (:mod:`policylabel.consistency.ages`);
* an opt-out offered for a practice denied.

Precision first: only the first party's own, unqualified statements are compared (a denial with an exception
or a condition is never compared; a conditional affirmation only against an absolute denial such as "never"
or "under any circumstances"); definitions, described rights and de-identified data are left alone.
Statements are paired only inside buckets keyed by the practice's root and the data's root, with a budget
of comparisons, so the cost stays linear in the number of statements.

This module pairs the statements and compares their practices, data, recipients and purposes; what two
statements say of other things is compared in modules named for it: :mod:`~policylabel.consistency.money`
(fees, refunds, credits), :mod:`~policylabel.consistency.harms` (liability, warranties),
:mod:`~policylabel.consistency.periods` (keeping, deleting, notices), :mod:`~policylabel.consistency.venues`
(governing law, courts) and :mod:`~policylabel.consistency.ages`, all on the words of
:mod:`~policylabel.consistency.alike`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from policylabel.consistency import alike
from policylabel.consistency.ages import age_findings, other_thing
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
)
from policylabel.consistency.findings import PAIR_LIMIT, Analysis, DetectedFinding, Location
from policylabel.consistency.harms import (
    _ANY_CLAIM,
    _CAPPING,
    _EVERY_CASE,
    _PARTY_STEMS_OF_HARM,
    _blanket,
    _capped_harm,
    _caps,
    _excludes_or_accepts,
    _measure,
    _same_goods,
    _same_harm,
)
from policylabel.consistency.money import (
    _BLANKET_TERMS,
    _CHARGE_KINDS_OF,
    _CREDITED,
    _LEAVING_ACTS,
    _PAID,
    _READER_STEMS,
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
    _the_others,
    _tiers,
    _two_fees,
    _windows_overlap,
    providers_failure_opening,
)
from policylabel.consistency.periods import (
    _ANSWERED,
    _DEFAULT_DATA,
    _RESPONSE,
    _STORAGE,
    _TIME_WORDS,
    _answers_request,
    _at_once,
    _deleted_at_an_event,
    _notice_period,
    _period_conflict,
    _periods,
    _periods_text,
)
from policylabel.consistency.prices import price_findings
from policylabel.consistency.units import (
    MAX_PER_BUCKET,
    Item,
    Report,
    names_region,
    other_product,
    unit_label,
    word_list,
    word_set,
)
from policylabel.consistency.venues import (
    _clause_places,
    _courts_hear,
    _place_names,
    _rules_excluded,
    court_names,
    law_or_court,
    place_codes,
)
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.lexicon import lexicon
from policylabel.statements.places import places
from policylabel.statements.words import (
    CONSENT,
    DATA_VERBS,
    DOCUMENT_WORDS,
    LIMITS,
    PARENTS,
    RECEIVING,
    SIGNALS,
    TEMPORAL,
    object_form,
)
from policylabel.vocabulary import Vocabulary, load_vocabulary

MAX_SIDE = 6  # denials, and affirmations, located by one finding
# Statements read from longer units are not compared: long sentences stack qualifications the extractor
# does not model, and precision comes first.
MAX_WORDS = 40
_NOT_COMPARED = frozenset({"data-subject-right", "exercising-rights", "scope", "contact", "complaint",
                           "legal-basis", "controller-role", "third-party-services", "other-term",
                           "acceptable-use", "policy-change", "security", "content-licence", "service-limits",
                           "device-restrictions", "governing-law",
                           "parental-responsibility", "communications-consent", "acceptance",
                           "marketing-choice", "non-discrimination"})
# A fee is stated, not just mentioned, with an amount or a charging verb.
_CHARGING = frozenset({"charge", "bill", "pay", "add", "fee"})
# Words of a plan or tier: an exception naming one is another case, with its own period ("unless you have a Plus
# subscription")
_PLANS = frozenset({"plan", "plans", "subscription", "subscriptions", "tier", "tiers", "premium", "package"})
_BARE_WORDS = 4  # "Targeted advertising: No", "We sell no data"
_SIDES = (("below", ("within", "under", "up to", "less than", "fewer than", "first", "below")),
          ("above", ("more than", "over", "beyond", "above", "exceeding", "after", "least")))
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
_ARTICLES_OR_OWN = frozenset({"the", "a", "an", "our", "your", "their", "its", "all", "any", "each", "every"})
_PASSING = frozenset({"sharing", "sale"})  # practices that pass data to someone
_RECORDS = frozenset({"detail", "details", "record", "records", "information", "data", "file", "list"})
_PERSONS_RECORDS = frozenset({"detail", "details", "record", "records", "history", "log", "logs", "file", "files"})
_TOTALS = frozenset({"total", "totals", "aggregate", "statistic", "statistics", "count", "counts", "figure", "figures"})
_PARTY_ENDS = frozenset({"for", "without", "unless", "except", "in", "under", "so", "when", "if", "who", "which",
                         "that", "because", "as"})  # where the names of the parties end
# Parties named generically: whoever receives the data is one of them.
_GENERIC_PARTIES = frozenset(object_form(w) for w in (
    "anyone", "anybody", "third", "party", "parties", "company", "companies", "business", "businesses",
    "organisation", "organization", "other", "outside", "any", "the", "a", "an", "another", "firm", "entity",
    "entities", "people", "person", "one"))
_ADVERTISING = frozenset({"cross-context-advertising", "targeted-advertising"})
# Practices that reach no recipient: "across third-party websites" says where, not to whom.
_DATA_FREE = frozenset({"tracking"})
# Practices every wording of which names one thing: "free" denies what "a charge" affirms, "as is" what "we
# guarantee" gives.
_MEANS = frozenset({"click", "clicking", "settings", "setting", "toggle", "untick", "link", "button", "switch"})
_HOLDING = frozenset({"use", "retention", "location-services"})  # practices on data that must be collected first
_DEIDENTIFIED = "deidentified"  # data no longer about a person: its source data named beside it are not shared
_BOUGHT_HELD = frozenset({"buy", "bought", "app", "account", "wallet", "hold", "held", "keep", "load", "top"})
_NONE: frozenset[str] = frozenset()
# The user's side of what the first party gives: receiving it, or asking for it ("you may request a full refund").
_USER_SIDE = RECEIVING | {"request", "claim", "ask"}


# Around an age, naming nobody: "must be at least", "aged", "of", "under".
# Who an age may be said of: the reader by any name, and groups by age, which differ from the reader.
# ("adults aged 18 or older" is everyone's minimum, not a group)
_WHOLE_GOODS = frozenset({"warranty-disclaimer"})  # about the goods a text is about, named however often
_OUTSIDE_COVER = frozenset({"cover", "exclud"})  # a guarantee's limits: "does not cover", "excluded from"
_GIVEN = frozenset({"warrant", "warrants", "warranted", "guarantee", "guarantees", "guaranteed"})  # a warranty given by the first party's verb
_EXCEPTING_ALL = frozenset({"described", "describe", "stated", "state", "set", "outlined", "explained", "below", "above",
                            "policy", "notice", "terms", "section", "permitted", "allowed", "otherwise"})
_HELD_MONEY = frozenset({"deposit", "bond"})  # money held and given back, not paid for something
_KIND_OF_FEE = frozenset(w[:5] for w in _HELD_MONEY)  # their cue stems: fee words naming one kind of charge
_ONE_WORDING = frozenset({"fees-and-payment", "warranty-disclaimer", "indemnity", "refunds", "account-balance",
                          "do-not-track", "global-privacy-control"})  # every wording names one thing
# What the reader owes the first party ("shall pay ...", "must give 14 days' notice"), stated as the reader's.
_OWED = frozenset({"indemnity", "fees-and-payment", "termination-by-user"})
def _when_paying(s: Statement) -> bool:
    """A charge denied at the time the reader pays or books ("when you pay online"): when, not whether."""
    return all(words[:2] in (["when", "you"], ["whenever", "you"]) and not _PAYING.isdisjoint(words[2:4])
               for words in map(word_list, s.conditions))


_PAYING = frozenset({"pay", "book", "order", "buy", "purchase", "check", "top", "renew"})
_HARM_CASES = frozenset({"if", "where", "when", "should"})  # "if a camera is lost": a harm's case
_EXPIRING = frozenset({"expir", "lapse", "forfe", "valid", "void", "lost", "lose"})  # stems: a balance running out
_READERS_OWN = frozenset({"indemnity", "termination-by-user"})  # compared denied, too ("not required to indemnify")
# The document itself, and "nothing" in it, narrow no practice ("Nothing in this Agreement requires ...")
_NAMING_NOTHING = DOCUMENT_WORDS | {"nothing"}
# Nouns that a word before names a kind of data ("audiogram data", "server logs", "stamp histories").
_HEAD_NOUNS = frozenset({"data", "information", "record", "records", "log", "logs", "history", "histories",
                         "details", "readings", "profile", "profiles", "recordings", "files", "number", "numbers",
                         "fee", "fees", "charge", "charges", "deposit", "deposits", "credit", "credits"})
_NOT_KINDS = frozenset({"your", "our", "the", "their", "its", "his", "her", "this", "these", "that", "those", "any",
                        "all", "such", "other", "of", "and", "or", "no", "some", "my", "own", "a", "an"})
# The practice an opt-out right is about.
_RIGHT_PRACTICES: dict[str, tuple[str, ...]] = {"opt-out-sale": ("sale",)}
# Who a condition may name that makes it one of whether, not when ("when an adult has made the booking").
_GUARDIANS = PARENTS | {"adult", "adults", "accompanied"}
_MARKETED = frozenset({"use"})  # the first party's own use of data for marketing: what opting out of marketing stops


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


def _comparable(s: Statement, periods: bool = False) -> bool:
    # A denial whose exception names what it excepts ("except to a buyer") is compared outside that exception;
    # a notice period is that period whatever it excepts ("30 days' notice, save for a serious breach").
    # An indemnity the reader owes ("Customer shall indemnify Provider") is a term of the first party's. "We do
    # not knowingly collect ... from them" denies nothing it knows of; liability is compared only as excluded or
    # accepted, not capped.
    return (s.actor == "first-party" or _received(s)
            or (s.actor == "user" and s.practice in _OWED and (s.polarity == "affirmed" or s.practice in _READERS_OWN))
            # (a balance the reader holds that never expires is the first party's term: "You can buy credit, and
            # credit you have bought never expires")
            or (s.actor == "user" and s.practice == "account-balance" and s.polarity == "denied")
            # (and a charge denied for the reader's leaving: "You can cancel your membership at any time, at no cost")
            or (s.actor == "user" and s.practice == "fees-and-payment" and s.polarity == "denied"
                and not _LEAVING_ACTS.isdisjoint(w[:5] for w in s.objects | {s.cue.lower()})
                and "further" not in s.objects)) \
        and not s.defining and s.practice not in _NOT_COMPARED \
        and (not s.exceptions or periods or (s.polarity == "denied" and (bool(s.excepted) or _excepted_case(s) is not None
                                                                     or ((s.practice in DATA_VERBS
                                                                          or s.practice == "tracking")
                                                                         and _named_exceptions(s))))
             or ((s.practice in _WHOLE_GOODS or s.practice in _BLANKET_TERMS) and _statutory(s))) \
        and s.words <= MAX_WORDS and not (s.embedded and s.practice not in DATA_VERBS and s.practice != "tracking") \
        and not (s.polarity == "denied" and "knowingly" in s.objects) \
        and (s.practice != "liability-limitation" or _excludes_or_accepts(s))


# Liability accepted without a cap ("accepts full liability", "unlimited liability", "pay for the repairs in full")
_IN_FULL = frozenset({"full", "unlimited", "uncapped", "fully"})


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


def _received(s: Statement) -> bool:
    """The user receives what the first party gives ("you ... receive a full refund"): the first party's practice,
    seen from the user's side (data practices excepted: "you receive our newsletter" says nothing of your data)."""
    return s.actor == "user" and s.practice not in DATA_VERBS and bool(_USER_SIDE & (s.anchors | s.objects))


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


def _readers_say(clause: str) -> bool:
    """A condition or exception that is the reader's say-so: consent, permission, a request, a choice."""
    return not _SAYING.isdisjoint(word_list(clause))


_SAYING = frozenset({"consent", "consents", "consented", "permission", "ask", "asks", "asked", "request", "requests",
                     "requested", "choose", "chooses", "agree", "agrees", "agreed", "authorise", "authorize", "tap",
                     "opt", "instruct", "instructs", "approve", "approves"})


# Terms on what is sold, charged or given back: "other" goods or services there are the rest of those named
_GOODS_TERMS = frozenset({"fees-and-payment", "refunds", "warranty-disclaimer", "account-balance"})


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
        return _same_harm(denied, affirmed, frozenset(named) - _GENERIC_OBJECTS - alike.frequent)
    if denied.practice == affirmed.practice == "liability-limitation" and affirmed.conditions \
            and not denied.conditions and all(c.split(None, 1)[0].lower() in _HARM_CASES for c in affirmed.conditions):
        # An exclusion in the case of a harm ("We accept no liability if a camera is lost or damaged while it is at
        # the workshop") meets liability accepted for that harm in every case: the case names it.
        named = affirmed.objects | {object_form(w) for c in affirmed.conditions for w in word_list(c)}
        return _same_harm(denied, replace(affirmed, objects=frozenset(named)))
    if denied.practice == "fees-and-payment" and denied.conditions and _when_paying(denied):
        # ("no booking fee when you pay online" / "a surcharge on every online payment": the same way of paying)
        way = {object_form(w) for c in denied.conditions for w in word_list(c)[3:]} - _GENERIC_OBJECTS
        if not way & (affirmed.objects | affirmed.anchors):
            return False
    if _prefixed_apart(denied, affirmed):
        return False  # "Launch fee for non-member boats: R150" / "Guests sailing in a Member's own boat pay no launch fee"
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
        return denied.practice == affirmed.practice and _same_harm(denied, affirmed)
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
    if _other_kind_of_credit(denied, affirmed):
        return False
    if denied.practice == "account-balance" and denied.actor == "user" and not _periods(affirmed) \
            and _EXPIRING.isdisjoint(w[:5] for w in affirmed.objects | {affirmed.cue.lower()}):
        return False  # "money you put in your account does not expire" / "all money in your wallet will transfer"
    if affirmed.practice == "account-balance" and not _periods(affirmed) \
            and any(_readers_act(c) for c in affirmed.conditions):
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
        # where the denial kept it from, or not ("stays within the EEA" / "data centres in Germany").
        return not places().within(affirmed.places, denied.places)
    if denied.legal_term and denied.practice == "sharing" and not _advertising(vocab, affirmed):
        return False  # "share" as the CCPA defines it is disclosure for cross-context advertising
    if affirmed.practice == "fees-and-payment" and not (
            any(a.kind in ("money", "percent") for a in affirmed.amounts)
            or _CHARGING & ({w.rstrip("s") for w in affirmed.cue.lower().split()} | affirmed.objects)
            or _CHARGING_STEMS & affirmed.cue_stems or _KIND_OF_FEE & affirmed.cue_stems):
        return False
    if denied.practice == affirmed.practice == "targeted-advertising" and _ads_by_denied_data(denied, affirmed):
        return True
    # (the goods a warranty covers are no data: "no warranty of fitness or safety" names no fitness data; nor is
    # the card a fee named by the same words is charged to: "Memberships do not renew automatically" / "Your
    # membership fee is charged to the card on file every month")
    if denied.practice in DATA_VERBS or denied.practice in _DATA_FREE or (
            (denied.data or affirmed.data) and denied.practice not in _WHOLE_GOODS
            and not ((denied.practice in LIMITS or denied.practice in _CREDITED
                      or (denied.practice in _ONE_WORDING and _same_object(denied, affirmed, _CHARGING)))
                     and not _takes_data(vocab, denied.practice))):
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
                and (denied.cue_stems & affirmed.cue_stems or denied.practice in _DATA_FREE)) \
                and not _same_name(denied, affirmed) and not _party_by_its_noun(denied, affirmed) \
                and not (denied.practice in _PASSING and _RECORDS & denied.objects and affirmed.data
                         and not _TOTALS & affirmed.objects
                         and (denied.objects & affirmed.objects) - _RECORDS - _GENERIC_OBJECTS - alike.frequent
                         - _FIRST_PARTY_ROLES):
            return False  # "we have no access to X" names no data: only the same words make it the same
        if denied.recipients and denied.practice not in _DATA_FREE and not (denied.absolute and _EVERYONE & denied.objects) \
                and not (_narrower_any(vocab, "recipients", affirmed.recipients, denied.recipients)
                         or _same_party_words(vocab, denied, affirmed)
                         or _any_outside_party(denied, affirmed)
                         or (not affirmed.recipients and (_same_object(denied, affirmed)
                                                          or _marketers(vocab, denied, affirmed) or same_kind
                                                          or _anyone_else(denied, affirmed)))):
            return False
        if not affirmed.data and broad_denial and not affirmed.recipients:
            return False
        if _LEGAL & set(affirmed.purposes) and denied.practice == "sharing" and not denied.legal_term \
                and not _narrower_any(vocab, "recipients", ("authorities",), denied.recipients):
            return False  # what the law requires to be reported is no sharing a denial of sharing promised away
        purposes = [p for p in denied.purposes if f"purposes:{p}" not in denied.excepted]  # not the exception's
        # Targeted advertising is for advertising whether or not its clause says so.
        own = affirmed.purposes + (("targeted-advertising",) if affirmed.practice in _ADVERTISING else ())
        if purposes and not _related_any(vocab, "purposes", own, purposes):
            return False
        # With no data named on either side, only the same words say it is the same thing.
        return bool(denied.data or affirmed.data or denied.recipients) or _same_object(denied, affirmed) or same_kind \
            or technology
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
    bare = denied.practice in _ADVERTISING and denied.words <= _BARE_WORDS and not denied.conditions \
        and not denied.exceptions and all(
        w[:5] in denied.cue_stems or w in _GENERIC_OBJECTS for w in denied.objects)
    return charged or bare or (same_cue and (in_case or any_credit or _case_denied(denied, affirmed) or _same_object(denied, affirmed) or _same_stem(denied, affirmed) or same_kind
                                     or not _specific(denied)
                          or (denied.practice in _BLANKET_TERMS and _same_words(denied, affirmed))
                          or (denied.practice == "fees-and-payment" and bool(_KIND_OF_FEE & shared))
                          or (denied.absolute and bool(_EVERY_CASE & denied.objects))
                          or (len(shared) > 1 and denied.cue.lower() != affirmed.cue.lower())
                          or (denied.practice in _WHOLE_GOODS and denied.cue.lower() in _GIVEN
                              and (_same_goods(denied, affirmed) or _blanket(affirmed))))) \
        or _same_name(denied, affirmed)


# Words of ads and of choosing them, the same in any two statements about advertising.
_AD_STEMS = frozenset(w[:5] for w in (
    "advertise", "advertisement", "advert", "ads", "offer", "show", "see", "choose", "decide", "pick", "select",
    "target", "tailor", "personal", "personalise", "personalize", "sponsor", "market", "promote", "promotional",
    "use", "partner", "brand", "base", "bas", "according", "match", "never", "kind", "other", "otherwise", "app"))
# How an affirmation says its ads are chosen by the reader's data ("based on", "picked according to", "to match").
_CHOSEN_BY = frozenset({"bas", "base", "according", "match", "pick", "choose", "select", "tailor", "personalise",
                        "personalize", "personalized", "personalised", "target"})


def _ads_by_denied_data(denied: Statement, affirmed: Statement) -> bool:
    """Ads chosen by the data a denial kept from advertising, named by a word both share, however often the text
    uses it ("We never use your brushing records to decide which ads you see" / "Based on your brushing
    patterns, the app shows you personalized offers"); the product's own name says nothing."""
    def stems(st: Statement) -> set[str]:
        return {w[:5] for w in st.objects - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES - _PEOPLES_RECORDS
                if len(w) >= 4 and w.isalpha()} - _AD_STEMS - alike.named
    return bool(_CHOSEN_BY & affirmed.objects) and bool(stems(denied) & stems(affirmed))

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


def _two_cases_labelled(text: str, a: Item, b: Item) -> bool:
    """Two rows of a schedule, each labelled by its case in words of its own (three or more), not by the practice
    alone ("Refunds: none"): two cases of one rule."""
    la, lb = _case_label(text[a.quote_span[0]:a.quote_span[1]]), _case_label(text[b.quote_span[0]:b.quote_span[1]])
    return la != lb and len(la) >= _CASE_WORDS and len(lb) >= _CASE_WORDS


def _case_label(text: str) -> list[str]:
    """The words of a row's label, before ": ", when it is one (a clause's colon comes later or not at all)."""
    head, colon, _rest = text[:_CASE_LABEL_CHARS].partition(": ")
    words = head.lower().split()
    return words if colon and len(words) <= _CASE_LABEL_WORDS else []


_CASE_WORDS = 3
_CASE_LABEL_CHARS, _CASE_LABEL_WORDS = 120, 16


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
    # (a prefix test first: it is called for every pair of a bucket, and most units open otherwise)
    if not text[after.unit_start:after.unit_start + _EVENT_OPENER].lower().startswith(_FROM_AN_EVENT_OPENERS):
        return False
    opening = text[after.unit_start:after.unit_end].split(",", 1)[0]
    words = word_list(opening.lower())
    if not words or words[0] not in _FROM_AN_EVENT:
        return False
    if words[1:] in (["that"], ["this"], ["then"]):
        # "After that, the deposit is kept" / "cancel within 10 days and receive your deposit back": the time the
        # other names is the boundary
        return any(a.kind == "period" for a in before.amounts)
    event = {w[:4] for w in words[1:] if len(w) > 2} - _EVENT_FILLERS
    other = word_list(text[before.unit_start:before.unit_end].lower())
    return any(w == "before" and event & {x[:4] for x in other[k + 1:k + _EVENT_WORDS]} for k, w in enumerate(other))


_FROM_AN_EVENT = frozenset({"once", "after"})
_FROM_AN_EVENT_OPENERS = tuple(w + " " for w in sorted(_FROM_AN_EVENT))
_EVENT_OPENER = max(map(len, _FROM_AN_EVENT_OPENERS))
_EVENT_FILLERS = frozenset({"been", "have", "has", "that", "this", "your", "their", "the", "its", "our", "was", "were",
                            "are"})
_EVENT_WORDS = 6  # "before the fabric for your sofa is cut"


def _other_people(whose: dict[tuple[int, int], frozenset[str]], text: str, a: Statement, b: Statement) -> bool:
    """Both statements say whose data it is, by a possessive noun, and name different people ("the sitter's
    phone sends its GPS route" / "we never access the location of an owner's phone")."""
    pa, pb = _possessors(whose, text, a), _possessors(whose, text, b)
    # (a possessor the other statement names next to its cue is one party of both: "given to the patient's
    # employer" / "the employer's programme coordinator")
    return bool(pa) and bool(pb) and not pa & pb and not pa <= b.anchors and not pb <= a.anchors


def _possessors(whose: dict[tuple[int, int], frozenset[str]], text: str, s: Statement) -> frozenset[str]:
    """The nouns before "'s" in a statement's words ("sitter", "owner"), singular; pronouns are not read."""
    key = (s.start, s.end)
    found = whose.get(key)
    if found is None:
        lex = lexicon()
        names = set()
        for apostrophe in ("'s ", "\u2019s "):
            at = text.find(apostrophe, s.start, s.end)
            while at != -1:
                begin = at
                while begin > s.start and text[begin - 1].isalpha():
                    begin -= 1
                if begin < at:
                    names.add(lex.lemma(text[begin:at].lower()))  # "children's", "child's": one person
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
    if to < 0 and denied.cue.lower() == "share":  # "share ... with"
        joint = " with "
        to = clause.find(joint, at)
    if to < 0:
        return False
    words = word_list(clause[to + len(joint):].split(",")[0].split(".")[0])
    end = next((i for i, w in enumerate(words) if w in _PARTY_ENDS), len(words))  # "to other firms for marketing"
    named = {object_form(w) for w in words[:end]} - _GENERIC_OBJECTS - _GENERIC_PARTIES - alike.frequent
    return bool(named) and not named & (affirmed.objects | affirmed.anchors)


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


def _kinds(kinds: dict[tuple[int, int], frozenset[str]], text: str, s: Statement) -> frozenset[str]:
    """The words naming which data a statement is about, before a head noun ("audiogram data", "cycle data",
    "stamp histories"): the same such word on two statements names the same data however often the text uses it."""
    key = (s.start, s.end)
    found = kinds.get(key)
    if found is None:
        words = word_list(text[s.start:s.end])
        found = kinds[key] = frozenset(w for w, head in pairwise(words) if head in _HEAD_NOUNS and w.isalpha()
                                       and w not in _GENERIC_OBJECTS and w not in _NOT_KINDS)
    return found


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
    """One statement says something is in a state and the other in its opposite, neither both; or one speaks of
    the time outside something and the other of the time during it ("Outside an active trip" / "While a trip is
    under way"): two cases."""
    ua, ub = text[a.unit_start:a.unit_end], text[b.unit_start:b.unit_end]
    sa, sb = _unit_states(ua), _unit_states(ub)
    return any(len(sa & pair) == 1 and len(sb & pair) == 1 and sa & pair != sb & pair
               for pair in _OPPOSITE_STATES) or _outside_and_during(ua, ub) or _outside_and_during(ub, ua)


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
            if w in s.objects and w.islower() and prev.isalpha() and prev[0].isupper() \
                    and prev.lower() not in _NOT_KINDS and prev.lower() not in alike.vendor:
                before.setdefault(w, set()).add(prev.lower())
        found = named[key] = {k: frozenset(v) for k, v in before.items()}
    return found


def _label(vocab: Vocabulary, practice: str) -> str:
    return f"'{vocab.term('practices', practice).label}'"


def _licence_kinds(text: str, s: Statement) -> frozenset[str]:
    """What a content clause is about: "ownership" (owns, owner, property, the rights kept) and/or "licence"."""
    words = word_list(text[s.start:s.end].lower())
    return frozenset(k for k, stems in _LICENCE_KINDS if any(w.startswith(stems) for w in words))


# ("own" alone is mostly an adjective: "on the Company's own channels")
_LICENCE_KINDS = (("ownership", ("owns", "owned", "owner", "propert", "rights")), ("licence", ("licen",)))


def _licence_words(text: str, s: Statement, words: frozenset[str]) -> bool:
    """The clause claims (a grant to the first party, something becoming its property) or disclaims (the first
    party claims none, the reader keeps or retains it, it remains theirs) by one of ``words``; a licence granted to
    the reader ("No license is granted to you") is the first party's own content, not the reader's."""
    found = word_list(text[s.start:s.end].lower())
    return not words.isdisjoint(found) and not any(
        w in _GRANTING and ("you" in found[k + 1:k + 3]) for k, w in enumerate(found))


_DISCLAIMING_CLAIM = frozenset({"claim", "claims", "keep", "keeps", "retain", "retains", "remain", "remains",
                                "belong", "belongs"})
_CLAIMING = frozenset({"grant", "grants", "granted", "become", "becomes", "transfer", "transfers", "assign",
                       "assigns"})
_GRANTING = frozenset({"grant", "grants", "granted", "licensed", "licenced"})


def _same_content(a: Statement, b: Statement) -> bool:
    """Both name the same content by a word other than those of owning, licensing and the parties."""
    drop = _PARTY_STEMS_OF_HARM | alike.named  # (stems of the parties, and of the names the text gives them)
    words_a = {w[:5] for w in a.objects - _GENERIC_OBJECTS if not w.startswith(_LICENSING)} - drop
    words_b = {w[:5] for w in b.objects - _GENERIC_OBJECTS if not w.startswith(_LICENSING)} - drop
    return bool(words_a & words_b)


_LICENSING = ("own", "propert", "licen", "claim", "grant", "right", "keep", "remain", "perpetual", "worldwide",
              "royalty")


def _courts_apart(courts: frozenset[str], names: frozenset[str], other_names: frozenset[str], other_seat: str) -> bool:
    """Courts by a name the places do not know, against courts the other clause seats in a known town or region
    ("the Pirkanmaa District Court" / "the Helsinki District Court"; "the courts of Nevsehir" / "the courts of
    London"): two venues. Against a country ("the courts of Finland") the unknown court may lie in it."""
    return bool(courts) and not names and bool(other_names) and other_seat != "law" \
        and other_names.isdisjoint(places().countries) and courts.isdisjoint(other_names)


def _what(vocab: Vocabulary, a: Statement, b: Statement) -> str:
    if a.practice in SIGNALS:
        return ""  # a signal is honoured or not, whatever data its sentence names ("settings")
    data = [vocab.term("data-categories", d).label.lower() for d in (b.data or a.data)[:2]]
    if data:
        return f" ({', '.join(data)})"
    shared = sorted(((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS - alike.frequent)
    return f" ({', '.join(shared[:3])})" if shared else ""


def _lines(items: list[tuple[Item, bool]]) -> str:
    lines = sorted({it.line for it, _o in items})
    return ("lines " if len(lines) > 1 else "line ") + ", ".join(str(n) for n in lines)


def detect_statements(source: SourceText, reads: Iterable[Read], vocab: Vocabulary | None = None,
                      analysis: Analysis | None = None) -> list[DetectedFinding]:
    """Contradictions between the statements of one text, sorted by first location. Meeting the comparison
    budget (``PAIR_LIMIT``) is an ``analysis-limit`` notice in ``analysis``."""
    vocab = vocab or load_vocabulary()
    reads = list(reads)
    alike.read_text(source.text, [s for r in reads for s in r.statements])
    _CHARGE_KINDS_OF.clear()
    items: list[Item] = []
    timed_items: list[Item] = []
    for r in reads:
        if r.statements and other_product(r.unit.text):
            continue  # "Junior, our separate app for children, has its own privacy notice": another product's
        for s in r.statements:
            if _comparable(s):
                items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
                if _periods(s) or _deleted_at_an_event(s):
                    timed_items.append(items[-1])
            elif s.exceptions and (_notice_period(s) or (s.practice in _STORAGE and _periods(s) and not any(
                    _PLANS.intersection(word_list(e)) for e in s.exceptions))) and _comparable(s, periods=True):
                # (a period with an exception is that period in every other case: "overwritten after 31 days unless
                # it is needed for an investigation" / "kept for a year")
                timed_items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
            elif s.practice == "policy-change" and s.polarity == "affirmed" and s.actor == "first-party" \
                    and not s.conditions and s.words <= MAX_WORDS and _notice_period(s):
                # the notice given of changes to the policy: two of them disagree ("at least 30 days' notice
                # before any change takes effect" / "changes take effect ten days after they are posted")
                timed_items.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
    report = Report(source)
    budget = [PAIR_LIMIT]

    def spend(at: Item) -> bool:
        budget[0] -= 1
        if budget[0] == -1 and analysis is not None:
            span = source.span(*at.quote_span)
            analysis.limit("analysis-limit", f"more than {PAIR_LIMIT:,} comparisons of statements: contradictions "
                           "from here on are not reported", Location(span, source.excerpt(span)))
        return budget[0] >= 0

    # 1. Denied vs affirmed, bucketed by the practice's root and the data's root. An affirmation is also put
    # in the buckets of the data-free practices its clause names ("advertising cookies ... across sites").
    buckets: dict[tuple[str, str], tuple[list[Item], list[Item]]] = {}
    members: dict[tuple[str, str, bool], set[Item]] = {}  # what each side of a bucket holds: a test in one look-up
    for it in items:
        s = it.statement
        roots = {vocab.ancestors("practices", s.practice)[-1]}
        if s.polarity == "affirmed":
            roots |= {vocab.ancestors("practices", m)[-1] for m in s.mentions if m in _DATA_FREE}
            if s.practice in _HOLDING and s.data:
                roots.add(vocab.ancestors("practices", "collection")[-1])  # what is used was collected
        data_roots = {vocab.ancestors("data-categories", d)[-1] for d in _data(vocab, s) or _DEFAULT_DATA}
        for key in sorted((r, dr) for r in roots for dr in data_roots):
            denied, affirmed = buckets.setdefault(key, ([], []))
            side = denied if s.polarity == "denied" else affirmed
            held = members.setdefault((*key, side is denied), set())
            if len(side) < MAX_PER_BUCKET and it not in held:
                side.append(it)
                held.add(it)
    whose: dict[tuple[int, int], frozenset[str]] = {}  # the people a statement's words say the data is of
    kinds: dict[tuple[int, int], frozenset[str]] = {}  # the words naming which data a statement is about
    named: dict[tuple[int, int], dict[str, frozenset[str]]] = {}  # the names before each of a statement's nouns
    placed: dict[tuple[int, int], frozenset[str]] = {}  # the places each statement names
    others: dict[tuple[int, int], frozenset[str] | None] = {}  # what each statement calls "other"
    # Each affirmation (or opt-out offered) and every denial it contradicts make one finding.
    against: dict[int, tuple[Item, list[Item], bool]] = {}

    def contradicts(d: Item, a: Item, opt_out: bool) -> None:
        if d.quote_span == a.quote_span:
            return
        entry = against.setdefault(id(a), (a, [], opt_out))
        if len(entry[1]) < MAX_SIDE and all(x.quote_span != d.quote_span for x in entry[1]):
            entry[1].append(d)

    for _key, (denied, affirmed) in sorted(buckets.items()):
        for d in denied:
            for a in affirmed:
                if not spend(a):
                    break
                kd, ka = _kinds(kinds, source.text, d.statement), _kinds(kinds, source.text, a.statement)
                if d.statement.practice in _BLANKET_TERMS and _two_fees(d.statement, a.statement, kd, ka):
                    continue  # "Membership fees are non-refundable" / "the entry fee ... is refunded": two fees
                if d.statement.practice in _BLANKET_TERMS and _two_cases_labelled(source.text, d, a):
                    continue  # "Cancellation less than 48 hours before pick-up: no refund" / "Cancellation by us: full refund"
                if d.statement.practice in _BLANKET_TERMS and not d.statement.conditions and not d.statement.absolute \
                        and providers_failure_opening(source.text[a.quote_span[0]:a.quote_span[1]]):
                    continue  # "no refund once engraving has begun" / "Should the Engraver miss the date, repaid"
                if (d.statement.practice in _BLANKET_TERMS or d.statement.practice == "fees-and-payment") \
                        and (_one_boundary(source.text, d.statement, a.statement)
                             or _one_boundary(source.text, a.statement, d.statement)):
                    continue  # "Once the fabric has been cut, no refund" / "cancel before the fabric is cut: refunded"
                if d.statement.practice in _GOODS_TERMS and _the_others(others, source.text, d.statement, a.statement):
                    continue  # "free on tyres we supply" / "Puncture repairs on other tyres are charged": the rest
                granted = a.statement
                if d.statement.practice in _BLANKET_TERMS and d.statement.conditions and not granted.conditions:
                    # ("When you cancel an annual plan, we refund the months you have not used": the case it opens
                    # with, which says when, is the case a refusal "if you cancel" is about)
                    opening = _opening_case(source.text, granted)
                    if opening:
                        granted = replace(granted, conditions=(opening,))
                if (_polarity_conflict(vocab, d.statement, granted, bool(kd & ka))
                        or _windows_overlap(source.text, d.statement, a.statement)) \
                        and not _other_people(whose, source.text, d.statement, a.statement) \
                        and not _named_items(named, source.text, d.statement, a.statement) \
                        and not _other_rows(source.text, d.statement, a.statement) \
                        and not _opposite_states(source.text, d.statement, a.statement) \
                        and not _other_places(placed, source.text, d.statement, a.statement) \
                        and not _other_recipient(source.text, d.statement, a.statement) \
                        and not (d.statement.practice == "children" and (
                            _separate(source.text, a.statement) or other_thing(source.text, d.statement, a.statement)
                            or _two_labels(source.text, d, a))) \
                        and not _in_exception(d.statement, a.statement) \
                        and not _other_locating(d.statement, a.statement) \
                        and not _either_side(source.text, d.statement, a.statement):
                    contradicts(d, a, False)
    # 2. Opt-outs offered for a practice denied.
    denials = [it for it in items if it.statement.polarity == "denied" and not it.statement.conditions
               and not it.statement.exceptions]
    # No marketing sent at all ("We will not send you marketing emails"): a marketing choice denied, which an
    # unsubscribe link offered contradicts.
    denials += [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)) for r in reads for s in r.statements
                if s.practice == "marketing-choice" and s.polarity == "denied" and s.actor == "first-party"
                and not s.conditions and not s.exceptions and not s.opt_out and not s.defining
                and s.words <= MAX_WORDS and s.purposes][:MAX_PER_BUCKET]
    for o in _opt_out_items(source, reads):
        for d in denials:
            if not spend(o):
                break
            # What is opted out of: the right the clause names ("opt out of the sale" -> sale).
            mentioned = {p for r in o.statement.rights for p in _RIGHT_PRACTICES.get(r, ())} \
                | set(o.statement.opted_out)
            # Opting out of marketing ("you can unsubscribe at any time") is opting out of data used or shared
            # for marketing ("We never use your details for marketing").
            marketing = ("opt-out-marketing" in o.statement.rights or o.statement.practice == "marketing-choice") \
                and (d.statement.practice in _MARKETED or d.statement.practice == "marketing-choice") and any(
                    "marketing" in vocab.ancestors("purposes", p) for p in d.statement.purposes)
            if (marketing or any(d.statement.practice in vocab.ancestors("practices", m) for m in mentioned)) \
                    and _related_any(vocab, "data-categories", _data(vocab, d.statement) or _DEFAULT_DATA,
                                     _data(vocab, o.statement) or _DEFAULT_DATA):
                contradicts(d, o, True)
    # Affirmations stated, and opt-outs offered, contradicting the same denials: one finding of each.
    groups: dict[tuple[bool, tuple[tuple[int, int], ...]], list[tuple[Item, bool]]] = {}
    for a, dens, opt_out in against.values():
        groups.setdefault((opt_out, tuple(sorted({d.quote_span for d in dens}))), []).append((a, opt_out))
    denial_at = {d.quote_span: d for _a, dens, _o in against.values() for d in dens}
    for (_opt_out, spans), all_affs in sorted(groups.items()):
        dens = [denial_at[n] for n in spans]
        affs = sorted(all_affs, key=lambda x: x[0].quote_span)[:MAX_SIDE]
        d0 = dens[0].statement
        a0, opt_out = min(affs, key=lambda x: x[0].quote_span)
        how = f"an opt-out of it is offered on {_lines(affs)}" if all(o for _a, o in affs) else \
            f"{_label(vocab, a0.statement.practice)} is stated on {_lines(affs)}{_what(vocab, d0, a0.statement)}"
        report.group(dens + [a for a, _o in affs], f"{_label(vocab, d0.practice)} is denied on "
                                                   f"{_lines([(d, False) for d in dens])} but {how}")
    # 3. Two periods for the same thing; two minimum ages.
    timed: dict[str, list[Item]] = {}
    for it in timed_items:
        if _periods(it.statement) or _deleted_at_an_event(it.statement):
            group = "storage" if it.statement.practice in _STORAGE else it.statement.practice
            timed.setdefault(group, []).append(it)
    for group in sorted(timed):
        group_items = timed[group][:MAX_PER_BUCKET]
        for i, a in enumerate(group_items):
            for b in group_items[i + 1:]:
                if not spend(b):
                    break
                if _period_conflict(vocab, a.statement, b.statement, bool(
                        _kinds(kinds, source.text, a.statement) & _kinds(kinds, source.text, b.statement))):
                    report.add(a, b, f"two different periods for the same thing: {_periods_text(a.statement)} on line "
                                     f"{a.line}, {_periods_text(b.statement)} on line {b.line}"
                                     f"{_what(vocab, a.statement, b.statement)}")
    # Two times to answer a request (rights requests are otherwise not compared), where no law or region is
    # named: "we respond within thirty days" / "you will hear back no later than two weeks".
    # (a right's request answered, or its copy sent, in a time: "Requests for a copy of your data can take up to 90
    # days to answer", "allow up to ninety days for us to send you a copy of your data")
    answers = [it for r in reads for s in r.statements
               if _periods(s) and not s.conditions and s.practice not in _NOT_ANSWERING
               and ((s.practice in _ANSWERED and _RESPONSE & s.objects) or _answers_request(s))
               for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
               if not names_region(r.unit.text)][:MAX_PER_BUCKET]
    for i, a in enumerate(answers):
        for b in answers[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and not _periods(a.statement) & _periods(b.statement):
                report.add(a, b, f"two different times to answer a request: {_periods_text(a.statement)} on line "
                                 f"{a.line}, {_periods_text(b.statement)} on line {b.line}")
    # A cap on all liability, or on liability for a harm, and liability accepted in full or without limit: "Our
    # total liability for any claim is limited to the fees you paid" / "accepts unlimited liability for losses
    # caused by a breach of its security obligations".
    caps = [it for r in reads for s in r.statements
            if s.practice == "liability-limitation" and s.polarity == "affirmed" and s.actor == "first-party"
            and not s.defining and not s.conditions and not s.exceptions and _caps(s)
            for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    in_full = [it for r in reads for s in r.statements
               if s.practice == "liability-limitation" and s.polarity == "denied" and s.actor == "first-party"
               and not s.defining and _IN_FULL & s.objects and _CAPPING.isdisjoint(s.objects)
               for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    for a in caps:
        for b in in_full:
            if spend(b) and a.quote_span != b.quote_span \
                    and (_ANY_CLAIM & a.statement.objects or _same_harm(b.statement, a.statement)):
                report.add(a, b, f"liability is capped on line {a.line} but accepted in full on line {b.line}")
    # A cap on liability for the very harm liability is accepted for, without "in full": the cap undercuts it.
    capped = [it for r in reads for s in r.statements
              if s.practice == "liability-limitation" and s.polarity == "affirmed" and s.actor == "first-party"
              and not s.defining and not s.exceptions and _caps(s)
              for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    accepted = [it for r in reads for s in r.statements
                if s.practice == "liability-limitation" and s.polarity == "denied" and s.actor == "first-party"
                and not s.defining and not s.conditions and not s.exceptions and not _IN_FULL & s.objects
                and _excludes_or_accepts(s) and _CAPPING.isdisjoint(s.objects)
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    for a in capped:
        for b in accepted:
            if spend(b) and a.quote_span != b.quote_span and _capped_harm(a.statement, b.statement):
                report.add(a, b, f"liability for a harm is capped on line {a.line} but accepted on line {b.line}")
    # Two caps on every claim, by different measures ("will not exceed the fees you paid in the three months
    # before the claim" / "In no event will our aggregate liability exceed US$100").
    general = [it for it in caps if _ANY_CLAIM & it.statement.objects]
    for i, a in enumerate(general):
        for b in general[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and _measure(a.statement) != _measure(b.statement):
                report.add(a, b, f"two different caps on liability: line {a.line} and line {b.line}")
    # Ownership, or a licence, of the reader's content disclaimed and claimed ("claims no licence over your games" /
    # "You grant the Club a licence to publish your game records"); a licence against no claim of ownership is no
    # contradiction ("We claim no ownership of your photos" / "you grant us a licence to display them").
    licences = [(it, _licence_kinds(source.text, s)) for r in reads for s in r.statements
                if s.practice == "content-licence" and s.actor != "other" and not s.defining and s.words <= MAX_WORDS
                for it in [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    disclaimed = [(it, kinds) for it, kinds in licences if it.statement.polarity == "denied"
                  and not it.statement.conditions and not it.statement.exceptions
                  and _licence_words(source.text, it.statement, _DISCLAIMING_CLAIM)]
    claimed = [(it, kinds) for it, kinds in licences if it.statement.polarity == "affirmed"
               and _licence_words(source.text, it.statement, _CLAIMING)]
    for d, kinds_d in disclaimed:
        for a, kinds_a in claimed:
            if spend(a) and a.line != d.line and kinds_d & kinds_a and _same_content(d.statement, a.statement):
                what = " and ".join(sorted(kinds_d & kinds_a))
                report.add(d, a, f"{what} of content disclaimed on line {d.line} but claimed on line {a.line}")
    # 4. A notice period for something, and the same thing done at once or without notice.
    noticed: dict[str, tuple[list[Item], list[Item]]] = {}
    for r in reads:
        for s in r.statements:
            # (a time is no condition: "Changes take effect immediately when posted")
            if s.practice in DATA_VERBS or s.polarity != "affirmed" or s.defining or (s.conditions and not _timed(s)) \
                    or s.actor == "other" or s.words > MAX_WORDS:
                continue
            notice, at_once = _notice_period(s), _at_once(s) and not s.exceptions
            # A notice promised with an exception ("unless the account is used for fraud") is still promised
            # in every other case: against "at any time, without notice" it contradicts.
            if notice != at_once:
                side = noticed.setdefault(s.practice, ([], []))[0 if notice else 1]
                if len(side) < MAX_PER_BUCKET:
                    side.append(Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end)))
    for practice in sorted(noticed):
        with_notice, without = noticed[practice]
        for a in with_notice:
            for b in without:
                if spend(b) and a.quote_span != b.quote_span:
                    report.add(a, b, f"{_label(vocab, practice)}: a notice period ({_periods_text(a.statement)}) on "
                                     f"line {a.line}, but none on line {b.line}")
    # 5. Two governing laws or venues: places named by one that the other does not name ("governed by the laws
    # of Queensland" / "governed by the law of New South Wales"; not "the laws of England" / "the courts of England").
    venues = [(it, names) for r in reads for st in r.statements
              if st.practice == "governing-law" and st.polarity == "affirmed" and st.actor == "first-party"
              and not st.conditions and all(_rules_excluded(e) for e in st.exceptions) and st.words <= MAX_WORDS
              for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]
              for names in [(_place_names(source.text, st), court_names(source.text, st))] if names[0] or names[1]
              ][:MAX_PER_BUCKET]
    # (each clause's kind and countries, once: "law" or "court" alone, and where)
    seats = [(law_or_court(source.text, it.statement), place_codes(source.text, it.statement)) for it, _ in venues]
    for i, (a, (names_a, courts_a)) in enumerate(venues):
        for j, (b, (names_b, courts_b)) in enumerate(venues[i + 1:], i + 1):
            # (courts by names the places do not know are compared with courts only: "the laws of Austria" and
            # "the courts of Linz" agree, "the District Court of Pirkanmaa" and "the Helsinki District Court" do not)
            if not spend(b) or a.quote_span == b.quote_span:
                continue
            if names_a and names_b and names_a.isdisjoint(names_b):
                # (a law and a court, each named alone, agree within one country: "governed by the laws of
                # Queensland" / "heard in the District Court sitting in Brisbane")
                if {seats[i][0], seats[j][0]} == {"law", "court"} and not seats[i][1].isdisjoint(seats[j][1]):
                    continue
                where_a, where_b = names_a, names_b
            elif courts_a and courts_b and courts_a.isdisjoint(courts_b):
                where_a, where_b = courts_a, courts_b
            elif _courts_apart(courts_a, names_a, names_b, seats[j][0]) \
                    or _courts_apart(courts_b, names_b, names_a, seats[i][0]):
                where_a, where_b = courts_a or names_a, courts_b or names_b
            else:
                continue
            report.add(a, b, f"two governing laws or venues: {', '.join(sorted(where_a))} on line {a.line}, "
                             f"{', '.join(sorted(where_b))} on line {b.line}")
    # 6. Disputes heard by the courts, and disputes settled by arbitration ("The courts of Singapore have
    # exclusive jurisdiction over any dispute" / "All disputes shall be finally resolved by arbitration"); not a
    # law named alone, nor courts that enforce an award, grant an injunction or hear small claims.
    courts = [it for r in reads for st in r.statements
              if st.practice == "governing-law" and st.polarity == "affirmed" and not st.conditions
              and not st.exceptions and st.words <= MAX_WORDS and _courts_hear(source.text, st)
              for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET]
    arbitrated = [it for r in reads for st in r.statements
                  if st.practice == "arbitration" and st.polarity == "affirmed" and not st.conditions
                  and not st.exceptions and not st.opt_out and st.actor != "other" and st.words <= MAX_WORDS
                  and "small" not in word_list(r.unit.text)  # (small claims go to court)
                  for it in [Item(st, r.unit.span.line, (r.unit.span.start, r.unit.span.end))]][:MAX_PER_BUCKET] \
        if courts else []
    for a in courts:
        for b in arbitrated:
            if spend(b) and a.quote_span != b.quote_span:
                report.add(a, b, f"disputes go to the courts on line {a.line}, to arbitration on line {b.line}")
    age_findings(source, reads, report, spend, _GENERIC_OBJECTS)
    price_findings(source, reads, report, spend)
    return sorted(report.found.values(), key=lambda f: (f.locations[0].span.start, f.key))


# Practices whose periods are never a request's answer time: money, notices and ages.
_NOT_ANSWERING = frozenset({"fees-and-payment", "refunds", "account-balance", "children", "policy-change",
                            "termination-by-provider", "termination-by-user"})


def _opt_out_items(source: SourceText, reads: Iterable[Read]) -> list[Item]:
    """Opt-outs offered: a practice opted out of, or an opt-out right with the means to use it ("by turning on
    'Do Not Sell My Info' in the app"); a right merely described ("you have the right to opt out of the sale")
    offers nothing."""
    offered = [Item(s, r.unit.span.line, (r.unit.span.start, r.unit.span.end))
               for r in reads for s in r.statements + r.offers
               if (s.opt_out or (s.practice == "data-subject-right" and any(x in _RIGHT_PRACTICES for x in s.rights)
                                 and _offers_means(r.unit.text)))
               and not s.defining and s.actor != "other"]
    # "If you would rather your name not be passed to our sponsors, tick the opt-out box": the practice wished
    # away is done unless the reader opts out
    return offered + [Item(replace(s, opt_out=True, opted_out=(s.practice,), polarity="affirmed", conditions=()),
                           r.unit.span.line, (r.unit.span.start, r.unit.span.end))
                      for r in reads if _rather_not(r.unit.text)
                      for s in r.statements if s.practice in DATA_VERBS and s.polarity == "denied"
                      and s.actor != "other"]


_RATHER = ("if you would rather", "if you'd rather", "if you would prefer", "if you'd prefer", "if you prefer")
_OPTING = ("opt-out", "opt out", "untick", "unsubscribe", "tick the", "let us know", "tell us", "email us",
           "contact us", "switch off", "turn off")


def _rather_not(text: str) -> bool:
    """A unit opening with the reader's wish that something not be done, then what to do about it."""
    low = text.lower()
    if not low.startswith(_RATHER):
        return False
    wish, _, rest = low.partition(",")
    return " not " in wish and any(o in rest for o in _OPTING)


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
            if side and w not in out:  # (its first mention: "more than 25 miles ... beyond the first 25")
                out[w] = side
    return out


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
    GPS position to us"), or a denial of locating in the background only ("never tracks your phone's location in
    the background" / "uses your phone's precise location to show nearby bikes"): two practices."""
    if denied.practice != "location-services":
        return False
    da, aa = _DEVICES & denied.objects, _DEVICES & affirmed.objects
    if da and aa and not da & aa:
        return True
    return "background" in denied.objects and not _ALWAYS & affirmed.objects


_DEVICES = frozenset({"phone", "mobile", "watch", "car", "bike", "vehicle", "tracker", "collar", "tablet", "scooter",
                      "ring", "band", "device", "beacon", "handset", "van"})
_ALWAYS = frozenset({"background", "closed", "always", "continuously", "constantly", "continue", "offline"})


def _named_exceptions(s: Statement) -> bool:
    """Every exception of a denial names something of its own ("Apart from the hotel you book", "other than the
    player's coach"): not a time window ("in the preceding 12 months") nor whatever the text describes ("except as
    described in this policy")."""
    return all(_EXCEPTING_ALL.isdisjoint(w := set(word_list(e))) and _TIME_WORDS.isdisjoint(w) for e in s.exceptions)


_CASE_WORDS_SHARED = 2
_JOINING_CASE = frozenset({"save", "except", "unless", "where", "when", "if", "the", "a", "an", "for", "of", "in", "to",
                           "is", "are", "be", "it", "its", "their", "that", "this", "or", "and", "by", "on", "at"})


def _in_exception(denied: Statement, affirmed: Statement) -> bool:
    """The affirmation names a word the denial's exceptions name ("Apart from the hotel you book, ..." / "the
    hotel receives your name"): it may be what is excepted."""
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
    # (what the affirmation's own conditions name counts: "when you set up a debit order")
    named = affirmed.objects | affirmed.anchors | {object_form(w) for c in affirmed.conditions for w in word_list(c)}
    return bool(words & named)


def _two_labels(text: str, a: Item, b: Item) -> bool:
    """Both units open with a label of their own, and the labels differ ("Minimum age for rooftop visits: 12 years"
    / "Minimum age to hold an adoption: 18 years"): two things."""
    la = unit_label(text[a.quote_span[0]:a.quote_span[1]])
    lb = unit_label(text[b.quote_span[0]:b.quote_span[1]])
    return bool(la) and bool(lb) and la != lb


def _separate(text: str, s: Statement) -> bool:
    """The statement's clause is about something set apart ("welcome in the separate Junior Voices group")."""
    return "separate" in word_set(text[s.start:s.end])


def _offers_means(text: str) -> bool:
    """The unit says how to do it: "by clicking", "by turning on", a setting, a link or a button."""
    words = word_list(text)
    return not _MEANS.isdisjoint(words) or any(a == "by" and b.endswith("ing") for a, b in pairwise(words))
