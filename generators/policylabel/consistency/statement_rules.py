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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any

from policylabel.consistency.ages import age_findings
from policylabel.consistency.findings import PAIR_LIMIT, Analysis, DetectedFinding, Location
from policylabel.consistency.units import (
    MAX_PER_BUCKET,
    Item,
    Report,
    names_region,
    other_product,
    word_list,
    word_set,
)
from policylabel.evidence import SourceText
from policylabel.statements import Read, Statement
from policylabel.statements.amounts import number
from policylabel.statements.lexicon import CAPITALISED_WORD, lexicon
from policylabel.statements.places import find as place_finder
from policylabel.statements.places import place_firsts, places
from policylabel.statements.words import (
    CONSENT,
    DATA_VERBS,
    DOCUMENT_WORDS,
    FIRST_PERSON,
    GIVING_VERBS,
    LIMITS,
    PARENTS,
    PROVIDER_NAMES,
    READER_SIDE,
    RECEIVING,
    SECOND_PERSON,
    SIGNALS,
    TEMPORAL,
    USER_ROLES,
    object_form,
    thing_form,
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
_NOTICE = frozenset({"notice", "advance", "before", "effect", "effective"})  # "take effect 30 days after"
_ALIKE_WORDS = 3  # words two statements share that make them about one thing
_BARE_WORDS = 4  # "Targeted advertising: No", "We sell no data"
_AT_ONCE = frozenset({"immediately", "immediate", "soon", "forthwith"})
_WARNING = frozenset({"notice", "warning", "notification"})  # "without notice", "without warning"
_SIDES = (("below", ("within", "under", "up to", "less than", "fewer than", "first", "below")),
          ("above", ("more than", "over", "beyond", "above", "exceeding", "after", "least")))
# (the extractor's consent words, and their verbs: "unless the account holder consents")
_CONSENTING = CONSENT | {"consents", "consented", "agree", "agrees", "authorise", "authorize", "authorises",
                         "authorizes", "opt", "opts"}
_IN_EFFECT = frozenset({"effect", "effective", "apply"})
_POSTED = frozenset({"post", "publish", "publication", "posting", "display"})  # made public: posted, displayed
_LEGAL = frozenset({"legal-compliance"})  # purposes whose exception covers what authorities are given
_CHARGING_STEMS = frozenset(w[:5] for w in _CHARGING)  # "charged": the cue's stem
_FREE_WORDS = frozenset({"free", "non", "no", "expire", "expiry"})  # the denial's own wording, not its object
_STORAGE = frozenset({"retention", "deletion"})
# What is kept for a time, and may be kept indefinitely: data, and credit ("remain on your account indefinitely").
_KEPT_FOR_A_TIME = _STORAGE | {"account-balance"}
# A denial to "anyone" names every recipient, processors included ("never share ... with anyone").
_EVERYONE = frozenset({"anyone", "anybody"})
_CREDITED = frozenset({"account-balance", "refunds"})
# Credit given, not bought, by the stems of its words ("referral", "referring"; "promotional", "promo")
_GIVEN_CREDIT = frozenset(object_form(w)[:5] for w in ("promotional", "bonus", "referral", "reward", "loyalty"))
_ESSENTIAL = frozenset({"session", "essential", "essen", "necessary", "neces", "strictly", "login", "log",
                        "functional", "funct"})  # words (and cue stems) of cookies a service needs
_TRACKING_WORDS = frozenset({"track", "use", "techn", "simil"})  # cue stems naming no one technology
_ALLOWANCE = frozenset({"plan", "subscription", "allowance", "include", "included", "bundled"})
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
_INDEFINITE = frozenset({"indefinitely"})  # retention-policies terms that keep without end
_INFINITE = frozenset({float("inf")})
_GENERIC_OBJECTS = frozenset({"day", "month", "year", "week", "hour", "time", "information", "data", "personal",
                              "site", "term", "use", "your", "any", "other", "minute", "direct", "directly",
                              "only", "certain", "such", "additional", "extra", "some", "all", "new", "reasonable",
                              "applicable", "available", "also", "including", "include", "account", "apply",
                              "provide"})
_DEFAULT_DATA = ("personal-information",)
# Words of time and keeping, the same in any two periods ("after the account is closed"): no thing kept.
_PERIOD_STEMS = frozenset({"after", "until", "close", "delet", "remov", "erase", "purge", "retai", "store", "while",
                           "remai", "befor", "recor", "activ", "inact", "perio", "perma", "autom", "destr"})
_ADVERTISING = frozenset({"cross-context-advertising", "targeted-advertising"})
# Practices that reach no recipient: "across third-party websites" says where, not to whom.
_DATA_FREE = frozenset({"tracking"})
# Practices every wording of which names one thing: "free" denies what "a charge" affirms, "as is" what "we
# guarantee" gives.
_MEANS = frozenset({"click", "clicking", "settings", "setting", "toggle", "untick", "link", "button", "switch"})
# "no refunds are given for any reason", "under any circumstances": every case of the practice, whatever it names
_EVERY_CASE = frozenset({"reason", "circumstance", "whatsoever", "whatever", "anything", "kind"})
_HOLDING = frozenset({"use", "retention", "location-services"})  # practices on data that must be collected first
_RESPONSE = frozenset({"respond", "response", "answer", "reply", "hear", "handl", "handle", "deal", "dealt", "fulfil",
                       "fulfill", "complet", "complete"})  # what a request's period times ("answered", "handled", "completed")
_ANSWERED = frozenset({"exercising-rights", "data-subject-right"})  # practices a request of the reader's times
_DEIDENTIFIED = "deidentified"  # data no longer about a person: its source data named beside it are not shared
# Goods an age may be required for, whatever the service's own minimum age.
_NAME_TIMES = 3
# What was paid, and how refunds are given: none of it narrows a refusal of refunds ("Monthly fees are
# non-refundable", "we do not issue refunds").
_PAID = frozenset({"payment", "purchase", "sale", "order", "fee", "charge", "final", "amount", "money", "monthly", "pay",
                   "booking", "reservation", "price", "cost",
                   "annual", "weekly", "yearly", "issue", "give", "make", "provide", "offer"})
_BOUGHT_HELD = frozenset({"buy", "bought", "app", "account", "wallet", "hold", "held", "keep", "load", "top"})
_NONE: frozenset[str] = frozenset()
# The user's side of what the first party gives: receiving it, or asking for it ("you may request a full refund").
_USER_SIDE = RECEIVING | {"request", "claim", "ask"}
_ORDINALS = frozenset({"first", "second", "third", "additional", "subsequent", "extra", "further",
                       "replacement", "standard", "express", "basic", "premium", "priority"})  # and service tiers
# Words of one tier: "a second driver" is an extra one, beyond the first.
_BEYOND_FIRST = frozenset({"second", "additional", "extra", "further", "subsequent"})


def _tiers(s: Statement) -> frozenset[str]:
    """The tiers or items a statement names by ordinals, those beyond the first as one."""
    tiers = _ORDINALS & s.objects
    return (tiers - _BEYOND_FIRST) | {"additional"} if tiers & _BEYOND_FIRST else tiers


# Around an age, naming nobody: "must be at least", "aged", "of", "under".
# Who an age may be said of: the reader by any name, and groups by age, which differ from the reader.
# ("adults aged 18 or older" is everyone's minimum, not a group)
_WHOLE_GOODS = frozenset({"warranty-disclaimer"})  # about the goods a text is about, named however often
_GIVEN = frozenset({"warrant", "warrants", "warranted", "guarantee", "guarantees", "guaranteed"})  # a warranty given by the first party's verb
_STATUTE = ("law", "statut", "legislation", "cannot be excluded", "can not be excluded")
# Kinds of loss beyond the harm itself: "indirect loss", "loss of profit or business opportunity"
_INDIRECT = frozenset({"indirect", "consequential", "incidental", "special", "punitive", "exemplary", "profit",
                       "revenue", "goodwill", "opportunity", "earnings"})
_CAUSED = frozenset({"caus", "cause", "caused", "result", "arise", "arising"})  # a harm named with its cause
_BROUGHT = frozenset({"bring", "brought", "supply", "supplied"})  # what the reader brings: theirs, not ours
_FAULT = frozenset({"negligence", "negligent", "fault", "breach", "wilful", "fraud"})  # the first party's own
_EXCEPTING_ALL = frozenset({"described", "describe", "stated", "state", "set", "outlined", "explained", "below", "above",
                            "policy", "notice", "terms", "section", "permitted", "allowed", "otherwise"})
_TIME_WORDS = frozenset({"month", "months", "year", "years", "day", "days", "week", "weeks", "past", "preceding",
                         "last", "before", "since", "after", "until", "during"})
_HELD_MONEY = frozenset({"deposit", "bond"})  # money held and given back, not paid for something
_KIND_OF_FEE = frozenset(w[:5] for w in _HELD_MONEY)  # their cue stems: fee words naming one kind of charge
_AS_IS = frozenset({"as is", "as available", "as-is", "as seen", "as they are", "as it is", "as found"})
# "no warranty of any kind"; the implied warranties of quality ("fitness for a particular purpose")
_EVERY_KIND = frozenset({"kind", "whatsoever", "fitness", "merchantability"})
_ONE_WORDING = frozenset({"fees-and-payment", "warranty-disclaimer", "indemnity", "refunds", "account-balance",
                          "do-not-track", "global-privacy-control"})  # every wording names one thing
_CASE_OPENERS = frozenset({"if", "where", "when", "unless", "except", "only", "the", "a", "an", "your", "our", "its",
                           "their", "this", "that", "in", "case", "any", "itself"})
_CASE_FILLERS = frozenset({"itself", "themselves", "yourself", "does", "do", "has", "have", "had", "is", "are", "was",
                           "were", "be", "been", "will", "shall", "must", "may", "can", "cannot", "not", "to"})
# The reader's side of a contract (who cancels, withdraws, misses a session), against the provider's.
_READER_PARTY = USER_ROLES | SECOND_PERSON | READER_SIDE
# Liability is compared between an exclusion ("not responsible for belongings left in the hut") and an acceptance
# ("We'll pay for belongings lost ... in the hut") of the same harm; a cap ("limited to", "shall not exceed", an
# amount) or a carve-out ("Nothing in these terms limits ...", "This cap does not apply to ...") is neither.
_CAPPING = frozenset({"limit", "cap", "capp", "exceed", "total", "aggregate"})
_CARVING_OUT = frozenset({"nothing", "apply", "limit", "cap", "exceed"})
_LIABILITY_WORDS = frozenset({"liabl", "liabi", "respo", "accep", "compa", "own", "caus", "full", "suffe", "resul",
                              "durin", "while", "risk"})  # five-letter stems of words any liability clause may hold
_BLANKET_TERMS = frozenset({"refunds"})  # terms whose unconditional denial every conditional grant contradicts
# What the reader owes the first party ("shall pay ...", "must give 14 days' notice"), stated as the reader's.
_OWED = frozenset({"indemnity", "fees-and-payment", "termination-by-user"})
_READERS_OWN = frozenset({"indemnity", "termination-by-user"})  # compared denied, too ("not required to indemnify")
_FIRST_PARTY_ROLES = PROVIDER_NAMES  # who gives a warranty, not what it is about
# The parties, and their being required, say nothing of what a term covers.
_PARTIES_REQUIRED = _FIRST_PARTY_ROLES | USER_ROLES | {"you", "requir", "require", "required", "ask", "asked"}
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


def _related_any(vocab: Vocabulary, set_name: str, a: Iterable[str], b: Iterable[str]) -> bool:
    return any(vocab.related(set_name, x, y) for x in a for y in b)


def _narrower_any(vocab: Vocabulary, set_name: str, narrow: Iterable[str], broad: Iterable[str]) -> bool:
    """Some term of ``narrow`` is a term of ``broad`` or below it."""
    return any(b in vocab.ancestors(set_name, n) for n in narrow for b in broad)


# Words too frequent in the document to tell one thing from another (the vendor's own name, "service").
_frequent: frozenset[str] = frozenset()
_vendor: frozenset[str] = frozenset()  # the vendor's name in the text being read
_named: frozenset[str] = frozenset()  # five-letter stems of the names the text being read capitalises (_names)


def _same_object(a: Statement, b: Statement, besides: frozenset[str] = frozenset()) -> bool:
    """The words next to each cue say the statements are about the same thing ("setup fee", "gem purchases");
    the words of a data verb's own cue do not ("passed to the studio" / "never pass personal data"), nor words
    ``besides``."""
    shared: frozenset[str] | set[str] = ((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS \
        - _frequent - _FIRST_PARTY_ROLES - besides
    if not shared and a.practice == b.practice == "fees-and-payment":
        # ("Machines not collected ... incur a storage charge" / "Machines awaiting collection are stored free")
        drop = _GENERIC_OBJECTS | _frequent | _FIRST_PARTY_ROLES | besides
        stems = {w[:5] for w in a.anchors - drop}, {w[:5] for w in b.anchors - drop}
        shared = (stems[0] & {w[:5] for w in b.objects - drop}) | (stems[1] & {w[:5] for w in a.objects - drop})
    if shared and a.practice in DATA_VERBS:
        shared = {w for w in shared if w[:5] not in a.cue_stems and w[:5] not in b.cue_stems}
    return bool(shared)


_PEOPLES_RECORDS = frozenset({"customer", "client", "member", "user", "guest", "traveller", "file", "record",
                              "detail", "profile", "list", "anyone", "anybody", "ever", "will", "never"})


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
        (denied.anchors & affirmed.anchors) - _GENERIC_OBJECTS - _frequent - _FIRST_PARTY_ROLES - _RECORDS)


def _same_party_words(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    """Both name the party by words of one stem, whatever categories the vocabulary reads ("not disclosed to
    insurers" / "passed to our underwriting partner, ..., which insures each guarantee")."""
    stems = _party_stems(vocab)
    return bool({w[:5] for w in denied.objects} & {w[:5] for w in affirmed.objects} & stems)


_LEFT_UNUSED = frozenset({"any", "unus", "unused", "leave", "left", "remain", "remaining", "consecutive",
                          "inactive", "inactivity", "balance", "hold", "held", "date", "purchase", "buy", "bought",
                          "issu", "issue"})  # (and when the time starts: "24 months after the date of purchase")


def _any_balance(s: Statement) -> bool:
    """The statement is about any balance left unused ("Any credit balance left unused for twelve consecutive
    months"): besides its time, nothing says which."""
    own = s.objects - _GENERIC_OBJECTS - _frequent - _LEFT_UNUSED - _FIRST_PARTY_ROLES \
        - {w for w in s.objects if number(w) is not None}
    return not own and not {"unus", "unused", "leave", "left"}.isdisjoint(s.objects)


def _only_generic(s: Statement) -> bool:
    """The statement names nothing but someone's data in general ("a customer file", "member details")."""
    return not (s.objects - _GENERIC_OBJECTS - _PEOPLES_RECORDS)


def _same_stem(a: Statement, b: Statement) -> bool:
    """The words next to both cues share a stem of five letters ("reference reports" / "referencing files",
    "membership details" / "former members' contact information"): one thing, worded twice."""
    def stems(words: frozenset[str]) -> set[str]:
        return {w[:5] for w in words - _GENERIC_OBJECTS - _frequent - _FIRST_PARTY_ROLES
                if len(w) >= 5 and w.isalpha() and w[:5] not in _PERIOD_STEMS}
    return bool(stems(a.anchors) & stems(b.anchors))


def _same_name(a: Statement, b: Statement) -> bool:
    """Both statements name their practice by the same phrase of several words, outside the generic data verbs
    ("do not participate in the Data Privacy Framework" / "adheres to the Data Privacy Framework"), each in a
    sentence of its own (not a list of topics) and not inside another name or noun ("the services of ...")."""
    size = len(a.cue.split())
    return a.practice not in DATA_VERBS and size > 1 and a.cue.lower() == b.cue.lower() \
        and min(a.words, b.words) > size + 2


def _frequent_words(statements: list[Statement]) -> frozenset[str]:
    # Counted once per clause: the several practices one clause states are not several uses of its words.
    clauses = {(s.start, s.end): s.objects for s in statements}
    counts = Counter(chain.from_iterable(clauses.values()))
    limit = max(6, len(clauses) // 20)
    return frozenset(w for w, n in counts.items() if n > limit)


def _vendor_names(text: str, names: frozenset[str] | None = None) -> frozenset[str]:
    """The names (words written capitalised inside sentences three times or more) the text's title holds: the
    vendor's ("Glasswater" in "Glasswater Paddle Co. Terms of Service"), not a plan's or a place's."""
    title = set(word_list(text[:text.find("\n") if "\n" in text else len(text)]))
    return frozenset(w for w in (_names(text) if names is None else names) if w in title)


def _names(text: str) -> frozenset[str]:
    """Words the text writes capitalised inside its sentences at least three times: names (the vendor's, its
    product's), which say nothing of what one statement is about ("Acme credits never expire")."""
    counts = Counter(m.lower() for m in CAPITALISED_WORD.findall(text))
    found = {w for w, n in counts.items() if n >= _NAME_TIMES}
    return frozenset(found | {w[:-1] for w in found if w.endswith("s")})


def _comparable(s: Statement, periods: bool = False) -> bool:
    # A denial whose exception names what it excepts ("except to a buyer") is compared outside that exception;
    # a notice period is that period whatever it excepts ("30 days' notice, save for a serious breach").
    # An indemnity the reader owes ("Customer shall indemnify Provider") is a term of the first party's. "We do
    # not knowingly collect ... from them" denies nothing it knows of; liability is compared only as excluded or
    # accepted, not capped.
    return (s.actor == "first-party" or _received(s)
            or (s.actor == "user" and s.practice in _OWED and (s.polarity == "affirmed" or s.practice in _READERS_OWN))) \
        and not s.defining and s.practice not in _NOT_COMPARED \
        and (not s.exceptions or periods or (s.polarity == "denied" and (bool(s.excepted) or _excepted_case(s) is not None
                                                                     or (s.practice in DATA_VERBS
                                                                         and _named_exceptions(s))))
             or ((s.practice in _WHOLE_GOODS or s.practice in _BLANKET_TERMS) and _statutory(s))) \
        and s.words <= MAX_WORDS and not (s.embedded and s.practice not in DATA_VERBS and s.practice != "tracking") \
        and not (s.polarity == "denied" and "knowingly" in s.objects) \
        and (s.practice != "liability-limitation" or _excludes_or_accepts(s))


def _caps(s: Statement) -> bool:
    """A liability clause that caps liability ("limited to the fees you paid", "shall not exceed £1,000")."""
    return bool((_CAPPING - _ANY_CLAIM) & s.objects or any(a.kind == "money" for a in s.amounts)) \
        and "nothing" not in s.objects


def _measure(s: Statement) -> tuple[frozenset[float], bool]:
    """What a cap is measured by: its sums of money, and whether it is what the reader paid."""
    return frozenset(a.value for a in s.amounts if a.kind == "money"), bool({"pay", "paid", "fee", "price"} & s.objects)


# Liability accepted without a cap ("accepts full liability", "unlimited liability", "pay for the repairs in full")
_IN_FULL = frozenset({"full", "unlimited", "uncapped", "fully"})
_ANY_CLAIM = frozenset({"total", "aggregate", "any", "claim", "all"})  # a cap on every claim, not one harm's


def _excludes_or_accepts(s: Statement) -> bool:
    """A liability statement that excludes liability for some harm, or accepts it: not a cap or a carve-out."""
    if s.polarity == "denied":
        # ("liable without limit": no limit named)
        return _CARVING_OUT.isdisjoint(s.objects - _CAPPING if "without" in s.objects else s.objects)
    return _CAPPING.isdisjoint(s.objects) and not any(a.kind == "money" for a in s.amounts)


def _same_harm(denied: Statement, affirmed: Statement, accepted: frozenset[str] | None = None) -> bool:
    """Liability accepted and excluded for the same harm or thing: a word (by its stem) both name, other than the
    words of any liability clause ("injuries" / "any injury", "belongings ... the hut"). ``accepted``: the words
    of the acceptance, when more than its objects (those of its case)."""
    # (``denied``: liability accepted; ``affirmed``: liability limited) "no liability for injury caused by another
    # horse" / "liable for injury caused by the negligence of its staff": two causes of harm
    words = denied.objects if accepted is None else accepted
    if _CAUSED & affirmed.objects and _FAULT & words and not _FAULT & affirmed.objects \
            and not _EVERY_CASE & affirmed.objects:  # (but "not liable for any injury, whatever its cause")
        return False
    if _INDIRECT & affirmed.objects and not _INDIRECT & words:
        return False  # "not liable for indirect loss" / "liable for the loss of records": the loss itself
    if _BROUGHT & affirmed.objects and _READER_PARTY & affirmed.objects and not _READER_PARTY & words:
        return False  # "not liable for illness caused by food brought in by the Client" / "... food it prepared"
    # (the people either names, "guests", say whose harm or whose act, not which harm)
    shared = ({w[:5] for w in words} & {w[:5] for w in affirmed.objects}) - _LIABILITY_WORDS - _PARTY_STEMS_OF_HARM
    if not shared - _named:
        return False  # the names the text gives the parties ("the Owner", "the Hirer") name no harm
    if accepted is None and _harm_anchors(denied) and _harm_anchors(affirmed):
        # Both name what their cue is about: one of them is what the other names ("responsible for loss of ... your
        # bike" / "not liable for accessories left on the bike": what was left on the bike, not the bike)
        anchored = {w[:5] for w in denied.anchors | affirmed.anchors}
        return bool(shared & anchored)
    return bool(shared)


def _harm_anchors(s: Statement) -> frozenset[str]:
    """Stems of the words next to a liability cue that may name a harm: not the words of any liability clause, a
    party, a name, or a word joining clauses ("even where the crew was at fault")."""
    return frozenset(w[:5] for w in s.anchors - _JOINING_WORDS) - _LIABILITY_WORDS - _CAPPING - _PARTY_STEMS_OF_HARM \
        - _named


_JOINING_WORDS = frozenset({"even", "where", "when", "if", "whether", "without", "with", "as", "so", "while", "though",
                            "it", "them", "they", "this", "that"})
_PARTY_STEMS_OF_HARM = frozenset(w[:5] for w in _READER_PARTY | _FIRST_PARTY_ROLES)


def _statutory(s: Statement) -> bool:
    """Every exception keeps only what the law imposes ("except for any guarantees that cannot be excluded under
    the Consumer Law"): a disclaimer of all the first party could give, all the same."""
    return all(any(w in e.lower() for w in _STATUTE) for e in s.exceptions)


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


def _granted_in_refused_case(denied: Statement, affirmed: Statement) -> bool:
    """A refund refused whenever the reader does something ("If you cancel, your deposit is not refunded") meets
    one granted to readers who do it ("Customers who cancel at least fourteen days before departure get their
    deposit back"): the grant lies within the refusal's case. A refusal bounded by a time or an amount ("if you
    cancel within 24 hours") is one side of a rule, never compared so."""
    if denied.practice not in _BLANKET_TERMS or len(denied.conditions) != 1 or len(affirmed.conditions) > 1 \
            or denied.amounts or any(w not in ("a", "an") and number(w) is not None for w in word_list(denied.conditions[0])):
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
            object_form(granted[1])[:5] == act or {act, object_form(granted[1])[:5]} <= _LEAVING_ACTS)
    stems = {w[:5] for w in affirmed.objects}
    return act in stems and bool(stems & _READER_STEMS)


def _case_denied(denied: Statement, affirmed: Statement) -> bool:
    """The affirmation's condition is the very case the denial is about ("Decorating the bus with ribbons,
    flowers or a sign costs nothing extra" / "A decoration fee of $95 applies whenever ribbons, flowers or signs
    are fixed to the bus"): two of its words name what the denial names."""
    if denied.practice not in _CASE_NAMED_PRACTICES:
        return False
    named = {object_form(w) for c in affirmed.conditions for w in word_list(c)}
    return len((named & denied.objects) - _GENERIC_OBJECTS - _frequent - _FIRST_PARTY_ROLES) >= 2


_CASE_NAMED_PRACTICES = frozenset({"fees-and-payment", "account-balance", "warranty-disclaimer"})


def _readers_say(clause: str) -> bool:
    """A condition or exception that is the reader's say-so: consent, permission, a request, a choice."""
    return not _SAYING.isdisjoint(word_list(clause))


_SAYING = frozenset({"consent", "consents", "consented", "permission", "ask", "asks", "asked", "request", "requests",
                     "requested", "choose", "chooses", "agree", "agrees", "agreed", "authorise", "authorize", "tap",
                     "opt", "instruct", "instructs", "approve", "approves"})


# Terms on what is sold, charged or given back: "other" goods or services there are the rest of those named
_GOODS_TERMS = frozenset({"fees-and-payment", "refunds", "warranty-disclaimer", "account-balance"})


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
    supplied by the Company")."""
    named_a, named_b = _others_named(others, text, a), _others_named(others, text, b)
    return (named_a is not None and named_b is None and bool(named_a & b.objects)) \
        or (named_b is not None and named_a is None and bool(named_b & a.objects))


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
    if (affirmed.anchors - denied.objects) - _GENERIC_OBJECTS - _frequent - _PAID - _REFUND_WORDS:
        return False
    case = {thing_form(w) for c in affirmed.conditions for w in word_list(c)}
    # (a word of the case, not of what is refused or of time: "refunds for handmade items" / "if an item arrives
    # damaged"; "less than 72 hours before" / "72 hours or more before")
    return bool((denied.objects & case) - denied.anchors - _GENERIC_OBJECTS - _frequent - _PAID - _FIRST_PARTY_ROLES
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
    if words[k] not in _PROVIDER_SUBJECTS and words[k] not in _vendor:
        return False
    return any(w[:5] in _FAILING for w in words[k + 1:k + 4])


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


def _other_kind_of_credit(a: Statement, b: Statement) -> bool:
    """Credit given, not bought, named on one side only or differently ("Your card balance does not expire" /
    "Promotional credits expire at the end of the month"): two kinds of balance."""
    if a.practice not in _CREDITED or b.practice not in _CREDITED:
        return False
    ka = {w[:5] for w in a.anchors | a.objects} & _GIVEN_CREDIT
    kb = {w[:5] for w in b.anchors | b.objects} & _GIVEN_CREDIT
    if bool(ka) != bool(kb) or (bool(ka) and not ka & kb):
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
        return _same_harm(denied, affirmed, frozenset(named) - _GENERIC_OBJECTS - _frequent)
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
    if affirmed.practice == "account-balance" and not _periods(affirmed) \
            and any(_readers_act(c) for c in affirmed.conditions):
        return False  # "never expires" / "unused credit is lost when you close your account": no time runs out
    if denied.practice in _WHOLE_GOODS and "cover" in affirmed.anchors and not _blanket(affirmed):
        return False  # "guaranteed for twelve months" / "the guarantee does not cover drops": what it covers
    if affirmed.opt_out and affirmed.practice == denied.practice and affirmed.practice not in SIGNALS:
        # "you may opt out of..." is handled by the opt-out rule (a signal honoured as an opt-out is the signal's)
        return False
    if not _affirms(vocab, denied.practice, affirmed):
        return False
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
                         and (denied.objects & affirmed.objects) - _RECORDS - _GENERIC_OBJECTS - _frequent
                         - _FIRST_PARTY_ROLES):
            return False  # "we have no access to X" names no data: only the same words make it the same
        if denied.recipients and denied.practice not in _DATA_FREE and not (denied.absolute and _EVERYONE & denied.objects) \
                and not (_narrower_any(vocab, "recipients", affirmed.recipients, denied.recipients)
                         or _same_party_words(vocab, denied, affirmed)
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
                if len(w) >= 4 and w.isalpha()} - _AD_STEMS - _named
    return bool(_CHOSEN_BY & affirmed.objects) and bool(stems(denied) & stems(affirmed))

# Notice before a booking, by the words around its period: "less than 48 hours before", "within 14 days of the
# event" (shorter), "more than", "at least", "up to 24 hours before" (longer; cancelling up to a time is cancelling
# that long ahead or more), or exactly ("If you cancel 10 days before").
_SHORTER = (("less", "than"), ("fewer", "than"), ("within",), ("under",))
_LONGER = (("more", "than"), ("over",), ("at", "least"), ("up", "to"), ("no", "later", "than"))
_AHEAD = frozenset({"before", "ahead", "prior", "notice", "of", "in"})
# What is done without notice, by the openings of its words: cancelling ("cancellations", "call off") and moving
# a booking ("rescheduled") are two acts.
_NOTICED_ACTS = (("cancel", ("cancel", "withdr")), ("move", ("resched", "rebook", "postpon")))
_WINDOW_TERMS = frozenset({"refunds", "fees-and-payment"})
_Window = tuple[float, float, bool, bool]  # low, high, and whether each end is included


def _noticed_act(text: str, s: Statement) -> str | None:
    """The one act a statement's unit times by a notice: cancelling or moving a booking."""
    words = {t.norm for t in lexicon().front(text[s.unit_start:s.unit_end])[0]}
    acts = {act for act, openings in _NOTICED_ACTS if any(w.startswith(openings) for w in words)}
    if {"call", "off"} <= words:
        acts.add("cancel")
    return acts.pop() if len(acts) == 1 else None


def _notice_windows(text: str, s: Statement) -> list[_Window]:
    """The notices a statement's unit names, as intervals of days ahead."""
    _toks, lemmas, _hits, amts = lexicon().front(text[s.unit_start:s.unit_end])
    out: list[_Window] = []
    for a in amts:
        if a.kind != "period" or a.days is None or lemmas[a.last + 1:a.last + 2] == [] \
                or lemmas[a.last + 1] not in _AHEAD:
            continue
        before = tuple(lemmas[max(0, a.first - 3):a.first])
        if any(before[-len(m):] == m for m in _SHORTER):
            out.append((0.0, a.days, True, False))
        elif any(before[-len(m):] == m for m in _LONGER):
            out.append((a.days, float("inf"), True, False))
        elif lemmas[a.last + 1] == "before":
            out.append((a.days, a.days, True, True))
    joined = " ".join(lemmas)
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


def _blanket(disclaimer: Statement) -> bool:
    """A disclaimer of every warranty ("provided as is", "without warranties of any kind"): whatever the first
    party guarantees by its own verb contradicts it."""
    return disclaimer.cue.lower() in _AS_IS or bool(_EVERY_KIND & disclaimer.objects)


def _same_goods(a: Statement, b: Statement) -> bool:
    """The same words next to the cues, however often the text uses them: a warranty the first party gives by
    its verb ("warrants", "guarantees") is about the goods the whole text is about ("vehicles are rented as
    is" / "the Company warrants that every vehicle has passed a safety inspection"); warranties named as nouns
    ("passes on the manufacturers' warranties") are someone else's."""
    # (or a word of both the text does not use throughout: what a disclaimer covers often stands past the
    # words next to its cue, "without any warranty ... as to output or yield" / "will produce 90% of its output")
    return bool(((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES) \
        or bool((a.objects & b.objects) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES - _frequent - _ORDINALS)


def _takes_data(vocab: Vocabulary, practice: str) -> bool:
    """The practice is about personal data (its claims take data). Limits that take none (warranties) are about
    goods and services: words the vocabulary reads as data there ("fitness for a particular purpose", "uploaded
    models") name what the term covers, not personal data."""
    return "data" in vocab.term("practices", practice).extra.get("attributes", ("data",))


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
    if denied.practice not in _PASSING or denied.recipients or affirmed.recipients:
        return False
    clause = text[denied.start:denied.end].lower()
    at = clause.find(denied.cue.lower())
    to = clause.find(" to ", at) if at >= 0 else -1  # (a cue may hold it: "pass ... to")
    if to < 0:
        return False
    words = word_list(clause[to + 4:].split(",")[0].split(".")[0])
    end = next((i for i, w in enumerate(words) if w in _PARTY_ENDS), len(words))  # "to other firms for marketing"
    named = {object_form(w) for w in words[:end]} - _GENERIC_OBJECTS - _GENERIC_PARTIES - _frequent
    return bool(named) and not named & (affirmed.objects | affirmed.anchors)


def _anyone_else(denied: Statement, affirmed: Statement) -> bool:
    """A denial of disclosure to any third party ("not shown to anyone outside the Committee") and data shared
    with a party the vocabulary does not name: that party is a third party."""
    return set(denied.recipients) == {"third-parties"} and not denied.exceptions and not denied.purposes \
        and affirmed.practice == "sharing" and bool(affirmed.data)


def _marketers(vocab: Vocabulary, denied: Statement, affirmed: Statement) -> bool:
    """Unnamed recipients that get data for marketing or advertising ("Pet food brands receive your email
    address so they can send you offers") are advertisers: against a denial naming advertisers."""
    return any("advertisers" in vocab.ancestors("recipients", r) for r in denied.recipients) \
        and any({"marketing", "advertising"} & set(vocab.ancestors("purposes", p)) for p in affirmed.purposes)


def _same_words(a: Statement, b: Statement) -> bool:
    """A word of one's clause in the other's, wherever it stands ("No refunds are given for work that has been
    completed" / "A Customer unhappy with finished work may claim their money back")."""
    return bool((a.objects & b.objects) - _GENERIC_OBJECTS - _frequent - _FIRST_PARTY_ROLES - _PARTIES_REQUIRED)


def _specific(s: Statement) -> bool:
    """The statement narrows its practice with words of its own ("setup fee", "gem purchases"); what was paid
    does not narrow a refund ("All payments are final and non-refundable" covers every refund), and neither do
    the reader or the first party being required ("No User shall be required to indemnify the Company")."""
    # (a word frequent in the document still names which fee, "no booking fee" in a text about bookings, unless
    # the denial covers any: "not charged any fee for using the App")
    own: frozenset[str] | set[str] = s.objects - _GENERIC_OBJECTS - (_NONE if s.practice == "fees-and-payment" and not s.absolute else _frequent) \
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


def _periods(s: Statement) -> frozenset[float]:
    """Periods in days; keeping something indefinitely is a period too (infinite)."""
    days = frozenset(a.days for a in s.amounts if a.kind == "period" and a.days is not None)
    return days | _INFINITE if _INDEFINITE & set(s.retention) and s.practice in _KEPT_FOR_A_TIME else days


def _notice_period(s: Statement) -> bool:
    """A period of notice or advance warning ("at least 30 days' notice before", "two months before it takes
    effect")."""
    return bool(_NOTICE & s.objects) and any(a.kind == "period" for a in s.amounts)


def _at_once(s: Statement) -> bool:
    """Done at once or without notice ("with or without notice", "as soon as they are posted", "effective on the
    day it is posted")."""
    return bool(_AT_ONCE & s.objects) or ("without" in s.objects and bool(_WARNING & s.objects)) \
        or {"straight", "away"} <= s.objects or {"right", "away"} <= s.objects or (
        bool(_IN_EFFECT & s.objects) and bool(_POSTED & s.objects) and not any(a.kind == "period" for a in s.amounts))


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


def _clause_places(text: str, s: Statement) -> list[tuple[str, str]]:
    """The places the statement's clause names: each as written (lower-cased) and its code."""
    span = text[s.start:s.end]
    toks = lexicon().front(span)[0]
    firsts = place_firsts().intersection(t.norm for t in toks)
    if not firsts:
        return []
    return [(" ".join(t.norm for t in toks[first:last + 1]), code)
            for first, last, code in place_finder(toks, span, firsts)]


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
                    and prev.lower() not in _NOT_KINDS and prev.lower() not in _vendor:
                before.setdefault(w, set()).add(prev.lower())
        found = named[key] = {k: frozenset(v) for k, v in before.items()}
    return found


def _period_conflict(vocab: Vocabulary, a: Statement, b: Statement, same_kind: bool = False) -> bool:
    """Two periods for one thing. ``same_kind``: both name the same kind of data ("cycle data"); different
    kinds may still be one ("booking records", "appointment records")."""
    if a.polarity != "affirmed" or b.polarity != "affirmed":
        return False
    # "deleted when a title is returned" / "retained for 18 months": the event is when, not whether
    at_event = (_deleted_at_an_event(a) and not b.conditions and b.practice == "retention" and bool(_periods(b))) \
        or (_deleted_at_an_event(b) and not a.conditions and a.practice == "retention" and bool(_periods(a)))
    if (a.conditions or b.conditions) and not at_event:
        return False
    if not a.cue and not b.cue:
        return False  # two rows of one schedule under a heading ("Clips, standard plan: 7 days"): two things
    if not (a.practice == b.practice or {a.practice, b.practice} <= _STORAGE):
        return False
    if _other_kind_of_credit(a, b) or _prefixed_apart(a, b):
        return False
    pa, pb = _periods(a), _periods(b)
    # (data deleted at an event, "at the end of each term", is kept for no fixed time: against a period of keeping
    # the same data, two answers)
    if not at_event and (not pa or not pb or pa & pb):
        return False
    # (three words both name say it is one thing, whatever categories each is read as: "Clinical records of adult
    # patients" / "Adult patient files")
    alike = len({thing_form(w) for w in a.objects} & {thing_form(w) for w in b.objects} - _GENERIC_OBJECTS
                - _TIME_WORDS - _FIRST_PARTY_ROLES) >= _ALIKE_WORDS
    if a.data and b.data and not alike and not _related_any(vocab, "data-categories", a.data, b.data):
        return False
    # The same specific data on both sides is the same thing ("photos" kept 30 days, and 60); so is the notice
    # one practice asks for ("cancel on 30 days' notice", "cancellation requires 60 days' notice").
    # (one specific kind of data both name is the same data: "job photos uploaded by customers", "pictures you
    # attach to a job request")
    shared_data = (_narrowest(vocab, a.data) & _narrowest(vocab, b.data)) - set(_DEFAULT_DATA)
    if a.data and b.data and not shared_data and not alike and not (a.anchors & b.anchors) - _GENERIC_OBJECTS - _frequent:
        return False  # two kinds of data, each named next to its own period ("tax returns", "chat transcripts")
    return _same_object(a, b) or same_kind or _same_stem(a, b) or bool(shared_data) or alike \
        or (a.practice not in DATA_VERBS and _notice_period(a) and _notice_period(b)) \
        or _same_words_anywhere(a, b)


def _same_words_anywhere(a: Statement, b: Statement) -> bool:
    """A word of what is kept that both clauses hold, anywhere in them, other than the words of time, of keeping
    and of the events periods run from ("Raw ring readings are kept for 24 months" / "Raw sensor data from the
    ring is held for five years"; not "after your account is closed")."""
    shared = (a.objects & b.objects) - _GENERIC_OBJECTS - _frequent - _FIRST_PARTY_ROLES \
        - {w for w in a.objects if number(w) is not None} - _TIME_OBJECTS
    return bool(shared)


# Words of a period, of keeping and of the events a period runs from: they say nothing of what is kept.
_TIME_OBJECTS = frozenset({"day", "week", "month", "year", "hour", "after", "before", "end", "last", "first", "period",
                           "time", "date", "delete", "keep", "retain", "hold", "store", "erase", "remove", "purge",
                           "close", "closed", "closure", "cancel", "cancellation", "leave", "expire", "expiry",
                           "terminate", "termination", "lapse", "until", "while", "active", "open", "remain", "stop",
                           "season", "term", "semester", "quarter"})


def _deleted_at_an_event(s: Statement) -> bool:
    """Data deleted at an event, with no period: "deleted when a title is returned", "deleted at the end of each
    term" (a time of the statement's own, not a condition of whether)."""
    return s.practice == "deletion" and s.polarity == "affirmed" and not _periods(s) and (
        (bool(s.conditions) and all(c.split(None, 1)[0].lower() in _AT_EVENT for c in s.conditions))
        or (not s.conditions and "end" in s.anchors))


_AT_EVENT = frozenset({"when", "once", "after", "as"})


def _narrowest(vocab: Vocabulary, data: tuple[str, ...]) -> set[str]:
    """The data named, less those a narrower one named beside them falls under ("photos" uploaded: photos)."""
    wider = {w for d in data for w in vocab.ancestors("data-categories", d)[1:]}
    return set(data) - wider


def _label(vocab: Vocabulary, practice: str) -> str:
    return f"'{vocab.term('practices', practice).label}'"


def _what(vocab: Vocabulary, a: Statement, b: Statement) -> str:
    data = [vocab.term("data-categories", d).label.lower() for d in (b.data or a.data)[:2]]
    if data:
        return f" ({', '.join(data)})"
    shared = sorted(((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS - _frequent)
    return f" ({', '.join(shared[:3])})" if shared else ""


def _lines(items: list[tuple[Item, bool]]) -> str:
    lines = sorted({it.line for it, _o in items})
    return ("lines " if len(lines) > 1 else "line ") + ", ".join(str(n) for n in lines)


def _periods_text(s: Statement) -> str:
    periods = sorted({a.iso or "" for a in s.amounts if a.kind == "period"})
    if not periods and _deleted_at_an_event(s):
        return "deleted at an event"
    return ", ".join(periods + (["indefinitely"] if float("inf") in _periods(s) else []))


def detect_statements(source: SourceText, reads: Iterable[Read], vocab: Vocabulary | None = None,
                      analysis: Analysis | None = None) -> list[DetectedFinding]:
    """Contradictions between the statements of one text, sorted by first location. Meeting the comparison
    budget (``PAIR_LIMIT``) is an ``analysis-limit`` notice in ``analysis``."""
    global _frequent, _vendor, _named
    vocab = vocab or load_vocabulary()
    reads = list(reads)
    names = _names(source.text)
    _named = frozenset(w[:5] for w in names)
    _frequent = _frequent_words([s for r in reads for s in r.statements]) | names
    _vendor = _vendor_names(source.text, names)
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
            elif s.exceptions and _notice_period(s) and _comparable(s, periods=True):
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
                if d.statement.practice in _GOODS_TERMS and _the_others(others, source.text, d.statement, a.statement):
                    continue  # "free on tyres we supply" / "Puncture repairs on other tyres are charged": the rest
                if (_polarity_conflict(vocab, d.statement, a.statement, bool(kd & ka))
                        or _windows_overlap(source.text, d.statement, a.statement)) \
                        and not _other_people(whose, source.text, d.statement, a.statement) \
                        and not _named_items(named, source.text, d.statement, a.statement) \
                        and not _other_rows(source.text, d.statement, a.statement) \
                        and not _opposite_states(source.text, d.statement, a.statement) \
                        and not _other_places(placed, source.text, d.statement, a.statement) \
                        and not _other_recipient(source.text, d.statement, a.statement) \
                        and not (d.statement.practice == "children" and _separate(source.text, a.statement)) \
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
    # Two caps on every claim, by different measures ("will not exceed the fees you paid in the three months
    # before the claim" / "In no event will our aggregate liability exceed US$100").
    general = [it for it in caps if _ANY_CLAIM & it.statement.objects]
    for i, a in enumerate(general):
        for b in general[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and _measure(a.statement) != _measure(b.statement):
                report.add(a, b, f"two different caps on liability: line {a.line} and line {b.line}")
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
              for names in [_place_names(source.text, st)] if names][:MAX_PER_BUCKET]
    for i, (a, names_a) in enumerate(venues):
        for b, names_b in venues[i + 1:]:
            if spend(b) and a.quote_span != b.quote_span and names_a.isdisjoint(names_b):
                report.add(a, b, f"two governing laws or venues: {', '.join(sorted(names_a))} on line {a.line}, "
                                 f"{', '.join(sorted(names_b))} on line {b.line}")
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
    return sorted(report.found.values(), key=lambda f: (f.locations[0].span.start, f.key))


_COURT_WORDS = frozenset({"court", "courts"})
# Courts an arbitration clause leaves their part: enforcing an award, injunctions, small claims.
_ARBITRATION_WORDS = frozenset({"arbitration", "arbitrator", "arbitral"})
_COURT_CARVE_OUTS = frozenset({"award", "awards", "judgment", "judgement", "enforce", "enforced", "enforcement",
                               "injunction", "injunctive", "small"}) | _ARBITRATION_WORDS
_INSTEAD = frozenset({"instead", "rather"})
_DISPUTE_WORDS = frozenset({"dispute", "disputes", "claim", "claims", "jurisdiction", "heard", "proceedings",
                            "disagreement", "disagreements", "sue", "sued", "lawsuit", "lawsuits"})


# Practices whose periods are never a request's answer time: money, notices and ages.
_NOT_ANSWERING = frozenset({"fees-and-payment", "refunds", "account-balance", "children", "policy-change",
                            "termination-by-provider", "termination-by-user"})
_ARRIVING = frozenset({"arrive", "reach"}) | GIVING_VERBS


def _answers_request(s: Statement) -> bool:
    """The statement times the answer to a request, whatever practice its words name ("allow up to four months
    for an answer to an access or deletion request"), or the copy of one's data sent ("A copy of the information
    held about you can take up to 90 days to arrive")."""
    return ("request" in s.objects and bool((_RESPONSE | {"process"}) & s.objects)) \
        or ("copy" in s.objects and bool(_ARRIVING & s.objects)
            and (s.practice in _ANSWERED or not _GENERIC_OBJECTS.isdisjoint(s.objects) or bool(s.data)))


def _rules_excluded(exception: str) -> bool:
    """An exception of a governing law that leaves out a body of rules, not a place or a case ("excluding the UN
    Convention on Contracts for the International Sale of Goods", "excluding its conflict-of-law rules")."""
    return exception.lower().startswith(("exclud", "without regard", "other than its conflict"))


def _courts_hear(text: str, s: Statement) -> bool:
    """The clause sends disputes to the courts ("any dispute shall be heard in the District Court", "the courts of
    Singapore have exclusive jurisdiction"), not to an arbitrator, and for no award, injunction or small claim."""
    words = set(word_list(text[s.start:s.end]))
    # ("before the High Court instead of going to arbitration": the court in place of an arbitrator)
    carve_outs = _COURT_CARVE_OUTS - _ARBITRATION_WORDS if _INSTEAD & words else _COURT_CARVE_OUTS
    return not _COURT_WORDS.isdisjoint(words) and not _DISPUTE_WORDS.isdisjoint(words) \
        and carve_outs.isdisjoint(words)


def _place_names(text: str, s: Statement) -> frozenset[str]:
    """The places a clause names, as written (lower-cased): a state is not its country here, whose laws differ;
    a place's law or courts named by its adjective are the place's ("Scots law": "scotland")."""
    words = word_list(text[s.start:s.end])
    demonyms = places().demonyms
    named = {demonyms[w] for w, after in pairwise(words) if w in demonyms and after in _LAW_WORDS}
    return frozenset(name for name, _code in _clause_places(text, s)) | named


_LAW_WORDS = frozenset({"law", "laws", "court", "courts", "jurisdiction", "legislation"})


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
    """The numbers in the statement's clause with the side of them it is on ("within 25 miles": below)."""
    words = word_list(text[s.start:s.end])
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


def _in_exception(denied: Statement, affirmed: Statement) -> bool:
    """The affirmation names a word the denial's exceptions name ("Apart from the hotel you book, ..." / "the
    hotel receives your name"): it may be what is excepted."""
    if not denied.exceptions or denied.practice not in DATA_VERBS:
        return False  # (terms of service compare the case an exception names: _excepted_case)
    # (what the denial itself is about names no exception: "exact camera coordinates ..., unless you make a camera
    # public" / "councils are sent the coordinates of any camera")
    words = {object_form(w) for e in denied.exceptions for w in word_list(e)} - _GENERIC_OBJECTS - _frequent \
        - denied.objects
    # (what the affirmation's own conditions name counts: "when you set up a debit order")
    named = affirmed.objects | affirmed.anchors | {object_form(w) for c in affirmed.conditions for w in word_list(c)}
    return bool(words & named)


def _separate(text: str, s: Statement) -> bool:
    """The statement's clause is about something set apart ("welcome in the separate Junior Voices group")."""
    return "separate" in word_set(text[s.start:s.end])


def _offers_means(text: str) -> bool:
    """The unit says how to do it: "by clicking", "by turning on", a setting, a link or a button."""
    words = word_list(text)
    return not _MEANS.isdisjoint(words) or any(a == "by" and b.endswith("ing") for a, b in pairwise(words))
