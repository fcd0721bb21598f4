"""Reading one unit (a sentence, list item or heading) into statements.

A unit is tokenized and lemmatized once, its cues found by the lexicon's automaton, then cut into clauses
at ";", at contrast words ("but", "however") and where a new subject starts (", we", "and you"). In each
clause, the part after a condition word ("if", "when") is a condition and the part after an exception word
("except", "unless") an exception; practices are read in the clause's core only. Every step walks the
tokens a bounded number of times: cost linear in the length of the unit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from policylabel.statements.amounts import Amount
from policylabel.statements.lexicon import CueHit, Lexicon
from policylabel.statements.places import find as place_finder
from policylabel.statements.places import kept_in, located_in, place_firsts, sent_to
from policylabel.statements.tokens import Token

NEGATORS = frozenset({"not", "never", "no", "none", "neither", "nor", "nobody", "nothing"})
# Negator phrases that negate nothing ("including but not limited to", "no longer", "not only").
_NOT_NEGATIONS = (("not", "limited"), ("no", "longer"), ("not", "only"), ("or", "not"), ("no", "later"),
                  ("not", "just"), ("no", "matter"))
_ABSOLUTE = frozenset({"never", "any", "all", "anyone", "circumstance", "whatsoever", "ever", "none", "anything"})
_CONDITION_WORDS = frozenset({"if", "when", "whenever", "where", "provided", "only"})
_EXCEPTION_WORDS = frozenset({"except", "unless", "excluding", "apart", "save", "other", "exception"})
_EXCEPTION_NEXT = {"apart": ("from",), "save": ("for", "where", "when", "that", "as", "in"), "other": ("than",),
                   "only": ("if",), "exception": ("of",)}
_CONTRAST = frozenset({"but", "however", "whereas", "although", "though", "while"})
_CUT_WORDS = _CONTRAST | _CONDITION_WORDS | {",", "and", "or"}  # words a clause may be cut at
_LEADING_EXCEPTIONS = frozenset({"unless", "except", "apart"})
_CUT_AFTER = frozenset({";", ".", "!", "?", ":"})  # a clause may start after these
# "information about when you are at home", "whether": what is meant, not a condition
_ABOUT = frozenset({"about", "of", "on", "regarding", "concerning", "to"})
_QUALIFYING = _EXCEPTION_WORDS | _CONDITION_WORDS | {"without"}
_CONSENT = frozenset({"consent", "permission", "authorization", "authorisation", "approval"})
_SUBJECTS = frozenset({"we", "you", "they", "it", "our", "us", "i", "he", "she", "this", "these", "users",
                       "user", "customers", "customer"})
_SUBORDINATORS = frozenset({"that", "which", "who", "what", "how", "whether", "as", "if", "than", "where", "when"})
_AUXILIARIES = frozenset({"have", "do", "will", "may", "can", "shall", "would", "could"})
# A leading "when you ..." says when, not whether: it does not make the statement conditional.
TEMPORAL = frozenset({"when", "whenever", "once", "after"})
# "When you ...", "When a child presses ...": a subject follows, so the clause says when (a participle, "When
# required by law", says whether).
_NEW_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "its", "their", "this", "these"})
_WHEN_SUBJECTS = frozenset({"you", "a", "an", "the", "your", "we"})
# A subject narrowed by a relative clause states a rule for that group only ("Anyone who posts jobs must ..."):
# a condition.
_RESTRICTED_SUBJECTS = (("anyone", "who"), ("those", "who"), ("whoever",), ("anybody", "who"))
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "ours"})
_SUBJECT_FIRST_PERSON = frozenset({"we", "i"})
_MAY_CUT = _CUT_WORDS | _SUBJECT_FIRST_PERSON  # a token that may start a clause (or a token after _CUT_AFTER)
_CLAUSE_MARKS = _MAY_CUT | _CUT_AFTER | _QUALIFYING  # the tokens _clauses looks at
# A negation before these words is theirs ("not responsible for the collection").
_OBLIGATIONS = frozenset({"indemnity"})  # what the reader is required to do: not required is denied
_NEG_BLOCKERS = frozenset({"responsible", "liable", "able", "obligated", "required"})
_IMPERATIVE_OPENERS = frozenset({"never", "please", "always", "avoid"})
ADULT_AGE = 16  # a minimum age from this one up excludes children (the highest age of digital consent)
_PARENTS = frozenset({"parent", "parents", "guardian", "guardians"})
# Verbs of a recipient receiving data ("advertisers receive your email address").
RECEIVING = frozenset({"receive", "get", "obtain", "see", "view", "access"})
# Data verbs a recipient performs on the first party's behalf when passive with an agent ("held by a provider").
_KEPT_FOR_US = frozenset({"retention", "use"})
_NOT_NEGATED_AFTER = frozenset({"limit", "limited", "only", "just", "longer", "later", "matter"})
_DATA_NOUNS = frozenset({"data", "information", "list", "lists"})  # "donor lists are rented": data sold
# A warranty is given by these words, unless negated or disclaimed ("provided as is, without warranty").
_GIVING = frozenset({"warrant", "guarantee", "promise", "warranty"})
_DISCLAIMING = frozenset({"merchantability", "fitness", "without", "limit", "limited"})  # and "as is"
_DISCLAIMING_STEMS = ("disclaim", "exclu")  # nouns that name data whatever qualifies them
# Words inside a cue that deny it ("free of charge", "at no cost", "included in the fee": nothing more to pay).
_FREE = frozenset({"free", "no", "nothing", "include"})
# What a lead-in's list items enumerate whatever they name: data collected, uses, recipients ("We collect:" /
# "- room temperature readings;"). A schedule of periods ("how long we keep each record:") is read by its rows'
# own words.
PARTY_NAMES = frozenset({"provider", "supplier", "vendor", "seller"})  # what a contract calls the first party
_ARTICLES = frozenset({"the", "a", "an", "your", "our", "their", "its", "this", "these", "those", "any", "such"})
_ANSWERS = frozenset({"no", "yes", "never"})  # an answer to a heading's question states its practice
_LISTED = frozenset({"collection", "use", "sharing", "acceptable-use"})
_KEPT = frozenset({"retention", "deletion"})  # practices whose periods a heading's fragments give
_LOCATION_OF_COLLECTION = "location data collected"  # the cue of location services a collection states
KEPT_IN_PLACE = "kept in a place"  # the cue of a transfer denied by naming where data stays ("stays in the UK")
LOCATED_IN = "handled in a place"  # the cue of a transfer to where people handling the data are
_BY_PLACE = frozenset({KEPT_IN_PLACE, LOCATED_IN})
_PLACE_WORDS = frozenset({"in", "within", "from", "to"})  # a place that states a transfer follows one of these
_LEAVING = frozenset({"outside", "leave", "beyond", "out"})  # "outside the EEA": the place left, not reached
ADS_CHOSEN = "ads chosen for the person"  # the cue of targeted advertising read from ads chosen by someone's data
_AD_NOUNS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "offer", "offers",
                       "promotion", "promotions"})
_CHOOSING = frozenset({"chosen", "choose", "selected", "select", "picked", "pick", "targeted", "target", "tailored",
                       "tailor", "personalised", "personalized", "matched", "ranked"})
_CHOOSING_PHRASES = frozenset({"based", "according", "basis"})  # "based on", "according to", "on the basis of"
_PERSON = frozenset({"you", "your", "they", "their", "child", "children", "member", "members", "user", "users",
                     "customer", "customers", "patient", "patients", "player", "players"})
_WHICH = frozenset({"which", "what"})
_DECIDING = frozenset({"choose", "chosen", "decide", "select", "pick", "determine", "tailor", "personalise",
                       "personalize"})
_AD_REACH = 14  # tokens from the ad noun to the choosing word, and from it to the person
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
# After a data verb, what follows these words says when or why, not what is done ("deleted after the
# verification check", "kept in case the police ask for them").
_CIRCUMSTANCE = (("after",), ("before",), ("until",), ("once",), ("in", "case"))
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
_ANCHOR = 3  # tokens either side of a cue that say what it is about
_SECOND_PERSON = frozenset({"you"})
_ON_DEVICE = (("locally",), ("on", "your", "device"), ("on", "the", "device"))
# Qualifiers that narrow a statement to part of the data or to a time window: never compared.
_NARROWING = (("last", "four"), ("last", "4"), ("partial",), ("truncated",), ("masked",), ("preceding",),
              ("past",), ("previous",), ("prior", "to"), ("formerly",), ("next", "year"), ("in", "the", "future"))
# Words after a negated cue that make it a limit ("do not retain ... longer than necessary").
_LIMIT_AFTER = (("longer", "than"), ("more", "than"), ("beyond",), ("no", "longer", "than"))
# An opt-out offered: a means of exercising it follows.
_MECHANISMS = frozenset({"click", "clicking", "link", "email", "emailing", "contact", "contacting", "form", "setting",
                         "settings", "visit", "visiting", "call", "calling", "write", "writing", "toggle", "button",
                         "submit", "submitting", "send", "sending", "dashboard", "page", "unsubscribe"})
_OTHER_PRONOUNS = frozenset({"they", "their"})
_SUBJECTS_NEGATED = frozenset({"we", "i", "you", "they"})  # a new subject: a negation before it is not this verb's
_QUANTIFIERS = frozenset({"some", "certain", "other", "these", "those", "many", "most", "all", "such", "selected"})
# Agents of a passive that are not the first party ("can only be accessed by the customer").
_OTHER_AGENTS = frozenset({"they", "them", "you", "customer", "customers", "client", "clients", "user", "users",
                           "third", "other", "others", "browser", "browsers", "it"})
_BE = frozenset({"be"})
_MAY = frozenset({"may", "might", "can", "could"})
_WILL = frozenset({"will", "shall", "would"})
_MUST = frozenset({"must"})
_MODALS = _MAY | _WILL | _MUST
_READER_ENDPOINTS = frozenset({"email", "inbox", "mailbox", "phone", "mobile", "device", "address", "account", "app",
                               "home", "door", "registered"})  # "sent to your email address" reaches the reader
# What terms call the party they bind besides the first party (as the subject of a modal verb).
_USER_ROLES = frozenset({"customer", "customers", "user", "users", "member", "members", "subscriber", "subscribers",
                         "holder", "holders", "client", "clients", "buyer", "buyers", "purchaser", "guest", "guests",
                         "hirer", "renter", "tenant", "licensee", "participant", "participants", "student",
                         "students", "passenger", "passengers", "cardholder", "cardholders", "patient", "patients"})
_BOTH_PARTIES = (("either", "party"), ("each", "party"), ("both", "party"), ("both", "parties"))
_DEFINING = frozenset({"means", "mean", "defined", "define", "defines", "definition", "refers", "describe",
                       "describes", "explain", "explains"})
_RIGHT_WORDS = frozenset({"right", "rights", "request", "entitled"})
_RIGHT_WORDS_OPT = _RIGHT_WORDS | {"opt"}
# What frames an opt-out as a right rather than offering it ("you have the right to opt out"); "submit a
# request to opt out ... by email" offers it.
_RIGHT_FRAMING = frozenset({"right", "rights", "entitled"})
# Words between "opt out of" and the practice opted out of ("of our", "of cross-site", "of offline sales").
_OPTED_MODIFIERS = frozenset({"the", "our", "us", "any", "such", "this", "your", "cross", "site", "online",
                              "offline", "further", "future"})
_OPT_OUT = (("opt", "out"), ("unsubscribe",), ("withdraw",), ("opt", "outs"))
# Verbs that are also nouns: not a practice when a determiner or a noun modifier precedes them.
_NOUNY_VERBS = frozenset({"use", "record", "log", "process", "store", "transfer", "capture", "keep", "share",
                          "hold", "release"})
_IMPERATIVE_VERBS = _NOUNY_VERBS | {"collect", "share", "sell"}
_THIRD_PERSON = frozenset({"it", "that", "which", "who", "app", "service", "website", "site", "device", "company",
                           "also", "automatically", "only"})
_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "his", "her", "this", "that",
                          "these", "those", "any", "such", "of", "order", "call", "acceptable", "fair", "app",
                          "personal", "commercial", "data", "online", "in", "for", "each", "every", "medical",
                          "and", "or", "my"})
# Practices a clause's other cues defer to, most specific first; the generic data verbs come last.
PRIORITY: tuple[str, ...] = (
    "do-not-track", "global-privacy-control", "cross-context-advertising", "targeted-advertising", "arbitration",
    "indemnity", "warranty-disclaimer", "liability-limitation", "governing-law", "refunds", "account-balance",
    "fees-and-payment", "termination-by-user", "termination-by-provider", "content-licence", "acceptable-use",
    "device-restrictions", "parental-responsibility", "non-discrimination", "exercising-rights",
    "data-subject-right", "marketing-choice", "policy-change", "unilateral-changes", "acceptance", "scope",
    "controller-role", "children", "communications-consent", "service-limits",
    "location-services", "contact", "complaint", "legal-basis", "international-transfer", "sale", "tracking",
    "third-party-services", "security", "deletion", "retention", "sharing", "collection", "use", "other-term",
)
# Practices stated by the words opening a clause, whatever it goes on to name.
_FRAMES = ("acceptable-use", "parental-responsibility")
# Practices that are limits by nature: "not liable", "no warranty", "you may not" state them, not deny them.
LIMITS = frozenset({"liability-limitation", "warranty-disclaimer", "acceptable-use", "device-restrictions",
                    "service-limits", "security", "non-discrimination"})
# Practices about honouring a signal: only the first party's own words say whether it does.
_SIGNALS = frozenset({"do-not-track", "global-privacy-control"})
_OPTABLE = frozenset({"tracking", "targeted-advertising", "cross-context-advertising"})
_SIGNAL_NOUNS = frozenset({"signal", "signals", "request", "requests", "setting", "settings", "feature",
                           "features", "preference", "preferences", "header", "headers", "browser", "mechanism"})
# What is done with a signal: word beginnings ("responds", "honoured", "recognise").
_SIGNAL_VERBS = ("respond", "response", "honor", "honour", "recogni", "process", "support", "compl", "treat", "respect",
                 "act", "follow", "accept", "obey", "observe", "detect", "interpret", "ignore", "disregard")
_SIGNAL_OTHERS = frozenset({"browser", "browsers", "some", "many", "most", "feature", "features"})
# A label before a colon ("Marketing Purposes: We use ...") is this short at most.
_LABEL_WORDS = 5
_AMOUNT_CUES = frozenset({"price", "free"})  # the cues the reader makes of a money amount and a label's "free"
LABEL_DENIALS = frozenset({"none", "no", "nil", "free", "never", "not"})  # a label's value that denies it
_TITLE_WORDS = 12  # a title-cased unit this short is a heading, not a sentence with names in it
# A unit longer than this (a table row, a run-on text) is measured by its clauses: the clause is what is compared.
_LONG_UNIT = 400
# A practice after these words is reported, not stated ("whether and how we have sold").
_EMBEDDING = frozenset({"whether", "how", "what"})
_WH = frozenset({"how", "what", "which", "whether", "why", "who", "whom", "where"})
# Topics that state the practice even after a data verb ("we collect data from children": children).
ABSORBING = frozenset({"tracking", "children", "targeted-advertising", "cross-context-advertising", "do-not-track",
                       "global-privacy-control", "sale", "international-transfer", "deletion", "retention",
                       "data-subject-right", "exercising-rights", "location-services", "sharing", "collection"})
DATA_VERBS = frozenset({"collection", "use", "sharing", "sale", "retention", "deletion"})
_RANK = {p: i for i, p in enumerate(PRIORITY)}
_LONGER_SETS = frozenset({"data-categories", "recipients", "purposes"})  # whose cues a practice word may be inside
# Another party receiving data (_received_by_other): the most words its name takes, the words between it and the
# verb, what makes it no other party, and what makes the data its own.
_RECEIVER_WORDS = 8
# Who, besides "you" and the terms' parties, the reader may be, as a subject: what they may ask is a right.
_READER_SIDE = frozenset({"parent", "parents", "guardian", "guardians", "learner", "learners", "subject", "subjects",
                          "resident", "residents", "individual", "individuals", "consumer", "consumers", "donor",
                          "donors", "player", "players", "applicant", "applicants", "data"})
_ASKING = frozenset({"review", "access", "correct", "delete", "erase", "request", "ask", "refuse", "object",
                     "withdraw", "obtain", "see", "view", "download", "export", "rectify", "have"})
_BESIDE_A_TRANSFER = frozenset({"security", "legal-basis", "controller-role", "third-party-services"})  # what a
# clause whose recipient receives data mentions around the transfer, which stays its practice
_PROHIBITING = frozenset({"must", "may", "shall"})  # "... not be resold": a passive prohibition
_CHANGES = frozenset({"policy-change", "unilateral-changes"})  # what a leading condition may name for its clause
_NEVER_HELD = frozenset({"see", "request", "requested", "receive", "reach"})  # with a storage denial: never held
_NEW_OWNERS = frozenset({"your", "our", "their", "its"})  # "... and your backup is kept": a new subject
_MODAL_VERBS = frozenset({"will", "may", "can", "shall", "must", "would", "could", "might"})
_MARKETING_RIGHTS = frozenset({"opt-out-marketing"})  # rights whose use is the marketing choice
# Nouns that name someone's data whatever its kind ("receive the booking details", "a monthly report").
_RECORD_NOUNS = frozenset({"data", "information", "detail", "details", "record", "records", "history", "report",
                           "reports", "profile", "profiles", "document", "documents", "count", "counts", "summary",
                           "summaries", "list", "lists", "number", "numbers"})
_RECEIVER_MODIFIERS = frozenset({"can", "may", "will", "only", "also", "never", "not", "do", "cannot", "then",
                                 "always", "could", "would", "shall", "automatically", "directly", "still"})
_FIRST_PARTY_NOUNS = _FIRST_PERSON | {"app", "service", "services", "website", "site", "platform", "device", "company"}
_NOT_RECEIVERS = _SUBJECTS | _FIRST_PARTY_NOUNS | {"those", "that", "which", "who", "what", "if", "when", "where",
                                                   "whether", "unless", "once", "after", "before", "as", "by", "whose"}
_RECEIVER_OWN = frozenset({"their", "its", "own", "his", "her", "it", "them", "that"})
_OBJECT_SETS = frozenset({"data-categories", "recipients"})  # whose cues may be a verb's object
_OPT_WORDS = frozenset({"not", "opt"})  # in a right's cue: an opt-out's name
_IS_WORD = itemgetter(3)  # Token.word
_NORM = itemgetter(0)  # Token.norm
_FIRST, _LAST = itemgetter(3), itemgetter(4)  # CueHit.first, CueHit.last
_AT = itemgetter(0)  # of a content pair (index, object form)
_FORM = itemgetter(1)


@dataclass(frozen=True)
class Statement:
    """One statement: a practice, affirmed or denied, with what it is about. Offsets index the source."""

    practice: str
    polarity: str  # affirmed | denied
    modality: str  # does | may | will | must
    actor: str  # first-party | user | other
    start: int  # the clause
    end: int
    unit_start: int  # the whole unit (sentence, list item)
    unit_end: int
    cue: str
    data: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    retention: tuple[str, ...] = ()
    amounts: tuple[Amount, ...] = ()
    conditions: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    opt_out: bool = False
    opted_out: tuple[str, ...] = ()  # the practices an offered opt-out names ("opt out of the sale")
    absolute: bool = False  # a denial with "never", "any", "under any circumstances"...
    defining: bool = False  # the clause defines a term rather than stating a practice
    legal_term: bool = False  # the clause uses a word in its legal sense ("as defined in the CCPA")
    embedded: bool = False  # the cue qualifies a noun ("the services of ...") or ends a longer name ("BBB ... X")
    mentions: tuple[str, ...] = ()  # every practice cued in the clause
    objects: frozenset[str] = field(default_factory=frozenset)  # content lemmas of the core: what it is about
    anchors: frozenset[str] = field(default_factory=frozenset)  # content lemmas next to the cue: its object
    words: int = 0  # length of the unit in words
    cue_stems: frozenset[str] = field(default_factory=frozenset)  # five-letter stems of the practice's cue words
    # What the clause's exceptions name, as "set:term": recipients, purposes and data ("except to a buyer").
    excepted: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # where data is kept or handled (ISO 3166 codes, "EU", "EEA"): transfers only


_STATEMENT_FIELDS = frozenset(f.name for f in fields(Statement))


def _statement(**values: object) -> Statement:
    """A Statement from a value for every field (given in field order): what its generated ``__init__`` makes,
    without one ``object.__setattr__`` call per field (a frozen dataclass's cost). Anything else goes through
    ``__init__``."""
    if values.keys() != _STATEMENT_FIELDS:
        return Statement(**values)  # type: ignore[arg-type]
    st = object.__new__(Statement)
    st.__dict__.update(values)
    return st


def shifted(st: Statement, delta: int) -> Statement:
    """``st`` moved by ``delta`` characters (the reading of a repeated unit): what ``dataclasses.replace`` makes,
    through ``_statement``."""
    values = dict(st.__dict__)
    values.update(start=st.start + delta, end=st.end + delta, unit_start=st.unit_start + delta,
                  unit_end=st.unit_end + delta)
    return _statement(**values)


class _Clause(NamedTuple):  # a tuple: one made per clause, without a call to a generated __init__
    first: int
    last: int  # inclusive token indices
    core_last: int  # last token of the core (before a condition or exception)
    conditions: list[tuple[int, int]]
    exceptions: list[tuple[int, int]]


# The phrase tables whose starts every unit needs, and each table's phrases by first word (the words after the
# first, per table): one look-up of the unit's words serves them all.
_PHRASE_TABLES = (_ON_DEVICE, _NARROWING, _OPT_OUT, _LIMIT_AFTER, _CIRCUMSTANCE, _RESTRICTED_SUBJECTS, _NOT_NEGATIONS)


def _by_first_word(tables: tuple[tuple[tuple[str, ...], ...], ...]) -> dict[str, list[tuple[int, list[list[str]]]]]:
    """For each first word: the tables with phrases starting with it, and those phrases' other words (an empty
    list first: a phrase of that one word)."""
    out: dict[str, list[tuple[int, list[list[str]]]]] = {}
    for k, table in enumerate(tables):
        for first in dict.fromkeys(p[0] for p in table):
            rests = [list(p[1:]) for p in table if p[0] == first]
            out.setdefault(first, []).append((k, sorted(rests, key=len)))
    return out


_PHRASE_FIRSTS = _by_first_word(_PHRASE_TABLES)


def _phrase_starts(lemmas: list[str]) -> list[list[int]]:
    """Where the phrases of each of ``_PHRASE_TABLES`` start, ascending: one pass for every table."""
    out: list[list[int]] = [[] for _ in _PHRASE_TABLES]
    for i in [i for i, w in enumerate(lemmas) if w in _PHRASE_FIRSTS]:
        for k, rests in _PHRASE_FIRSTS[lemmas[i]]:
            for rest in rests:
                if not rest or lemmas[i + 1:i + 1 + len(rest)] == rest:
                    out[k].append(i)
                    break
    return out


def _clauses(toks: list[Token], lemmas: list[str], text: str = "") -> list[_Clause]:
    cuts: list[int] = [0]
    n = len(toks)
    # A leading condition ("If you cancel, ...", "Label: when you ..., the app ...") ends at its first comma.
    cond_open = lemmas[0] in _CONDITION_WORDS
    # "Unless otherwise stated, X is ...", "Other than for abusive conduct, ...": to its first comma
    exception_open = lemmas[0] in _LEADING_EXCEPTIONS or (lemmas[0] == "other" and lemmas[1:2] == ["than"])
    # Most tokens cut nothing: only a cut word, a first-person subject or a token after a mark may; those, and
    # the words that qualify a clause, are found in one pass (a set test per token), then tested in order.
    may_cut: set[int] = set()
    qualifying: list[int] = []
    for i in [i for i, lem in enumerate(lemmas) if lem in _CLAUSE_MARKS]:
        lem = lemmas[i]
        if lem in _CUT_AFTER:
            may_cut.add(i + 1)
        if lem in _MAY_CUT:
            may_cut.add(i)
        if lem in _QUALIFYING:
            qualifying.append(i)
    may_cut.discard(0)
    may_cut.discard(n)
    for i in sorted(may_cut):
        lem = lemmas[i]
        prev = lemmas[i - 1]
        if lem not in _CUT_WORDS and prev not in _CUT_AFTER and not (cond_open and lem in _SUBJECT_FIRST_PERSON):
            continue
        nxt = lemmas[i + 1] if i + 1 < n else ""
        if (prev in (";", ".", "!", "?") and i - 1 > cuts[-1] and not (prev == "." and _lower_at(text, toks[i], toks[i - 1]))) \
                or (lem in _CONTRAST and prev not in ("and", "or") and not (lem == "while" and prev.isalnum())) \
                or (prev == ":" and lem in _CONDITION_WORDS and lem != "only"):
            cuts.append(i)
            cond_open = lem in _CONDITION_WORDS and lem != "only"
        elif lem == "," and exception_open and i + 2 < n:
            cuts.append(i + 1)
            exception_open = cond_open = False
        elif lem == "," and cond_open and nxt in _NEW_SUBJECT_DETERMINERS and i + 2 < n:
            cuts.append(i + 1)  # "when you record a hike, the app collects ..."
            cond_open = False
        elif cond_open and lem in _SUBJECT_FIRST_PERSON and i > cuts[-1] + 1 and i + 1 < n \
                and lemmas[cuts[-1]] in TEMPORAL and prev not in _SUBORDINATORS:
            cuts.append(i)  # "When you place an order we ask for ...": no comma, a new subject
            cond_open = False
        elif lem in ("and", "or", ",") and nxt in _SUBJECTS and i + 2 < n:
            cuts.append(i + 1)
        elif lem == "and" and nxt in _NEW_OWNERS and i + 3 < n \
                and any(lemmas[k] in _BE or lemmas[k] in _MODAL_VERBS for k in range(i + 2, min(n, i + 5))) \
                and any(lemmas[k] in _BE or lemmas[k] in _MODAL_VERBS for k in range(cuts[-1], i)):
            cuts.append(i + 1)  # "your account is suspended and your backup is kept for 15 days": a new subject
        elif lem == "and" and prev == "," and nxt in _AUXILIARIES and i + 2 < n:
            cuts.append(i + 1)  # "..., and has not sold ...": the same subject, a new statement
    cuts = sorted(set(cuts))
    out: list[_Clause] = []
    new = tuple.__new__  # _Clause's own __new__ is a Python function
    for k, a in enumerate(cuts):
        b = (cuts[k + 1] if k + 1 < len(cuts) else n) - 1
        if b < a:
            continue
        core_last = b
        conditions: list[tuple[int, int]] = []
        exceptions: list[tuple[int, int]] = []
        for i in qualifying:
            if i < a or i > b:
                continue
            lem = lemmas[i]
            if lem in _EXCEPTION_WORDS and (lem not in _EXCEPTION_NEXT or (i + 1 <= b and lemmas[i + 1] in _EXCEPTION_NEXT[lem])):
                exceptions.append((i, b))
                core_last = min(core_last, i - 1)
                break
            if (lem in _CONDITION_WORDS and i > a and not (lem == "only" and (i + 1 > b or lemmas[i + 1] != "if"))
                    and lemmas[i - 1] not in _ABOUT) \
                    or (lem == "without" and i > a and not _CONSENT.isdisjoint(lemmas[i + 1:min(b, i + 5) + 1])):
                # "without your prior written consent" is "unless you consent": a condition
                conditions.append((i, b))
                core_last = min(core_last, i - 1)
                break
        if lemmas[a] in _CONDITION_WORDS and lemmas[a] != "only":
            conditions.append((a, b))
        out.append(new(_Clause, (a, b, core_last, conditions, exceptions)))
    return out


def _lower_at(text: str, tok: Token, prev: Token) -> bool:
    """A word in small letters after a space: after "Co. does" or "e.g. the" the sentence goes on."""
    return tok.start > prev.end and text[tok.start:tok.start + 1].islower()


def _negated(lemmas: list[str], cue: CueHit, lo: int, in_cues: set[int], not_negating: set[int], window: int = 7,
             first_other: int | None = None) -> bool:
    """A negator in the few tokens before the cue, in the same clause core, not part of another (several-word)
    cue (``in_cues``: the positions they cover). A negator belongs to the nearest practice after it ("never
    sell what we collect": collect is not negated), except across a coordination ("do not sell or share");
    ``first_other`` is where the clause's first cue of another practice ends; ``not_negating``: where the
    unit's ``_NOT_NEGATIONS`` start."""
    first_other = len(lemmas) if first_other is None else first_other
    for i in range(cue.first - 1, max(lo, cue.first - window) - 1, -1):
        lem = lemmas[i]
        if lem in _SUBJECTS_NEGATED and first_other < i:
            break  # "never sell what we collect": "we collect" has its own subject, after another verb
        if lem in _NEG_BLOCKERS and cue.term not in _OBLIGATIONS:
            break  # "we are not required to share" still may; "no user shall be required to indemnify" never must
        if (lem in (";", ":") and i < cue.first - 1 and window <= 7) or lem in _WH:
            break
        if lem == "without" and i >= cue.first - 2:
            return True  # "without refund", "without charge"
        if lem in NEGATORS and i not in in_cues and i not in not_negating and i - 1 not in not_negating \
                and not _in_relative_clause(lemmas, i, cue.first, lo):
            return True
    return False


def _negated_after(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int, hits: list[CueHit]) -> bool:
    """A noun cue as the subject of a negated verb: "Refunds are not given", "Fees will not be charged". Only
    the clause's opening noun, and no other practice's cue in between."""
    # Before the noun: determiners and words naming which ("A booking fee"), never a subject ("we", "you").
    if cue.first > lo + 3 or cue.last + 3 > hi or any(
            not toks[i].word or lemmas[i] in _SUBJECTS or lemmas[i] in _FIRST_PERSON or lemmas[i] in NEGATORS
            or any(h.first == i for h in hits) for i in range(lo, cue.first)):
        return False
    i = cue.last + 1
    if lemmas[i] in _WILL or lemmas[i] in _MAY:
        i += 1
    if lemmas[i] not in _BE and lemmas[i] not in ("do", "have"):
        return False
    return lemmas[i + 1] in NEGATORS and not any(h.first == i + 2 for h in hits) \
        and lemmas[i + 2] not in _NOT_NEGATED_AFTER


def _banned_activity(toks: list[Token], lemmas: list[str]) -> bool:
    """A unit opening with "No" and an activity: a house rule ("No sleeping overnight", "No filming members")."""
    return len(toks) > 2 and lemmas[0] == "no" and toks[1].word and len(toks[1].norm) > 5 \
        and toks[1].norm.endswith("ing")


def _signal_refused(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int) -> bool:
    """A signal not honoured by a verb after it ("Do Not Track settings are not responded to") or, farther
    than a negation reaches, before it ("does not currently respond to browser signals such as ... Do Not
    Track")."""
    for i in range(cue.last + 1, hi + 1):
        if toks[i].norm.startswith(_SIGNAL_VERBS):
            return any(lemmas[k] in NEGATORS for k in range(cue.last + 1, i))
    for i in range(cue.first - 1, lo - 1, -1):
        if toks[i].norm.startswith(_SIGNAL_VERBS):
            return any(lemmas[k] in NEGATORS for k in range(max(lo, i - 3), i))
    return False


def _in_relative_clause(lemmas: list[str], i: int, cue_first: int, lo: int) -> bool:
    """The negator at ``i`` lies in a relative clause set off by commas before the cue ("Crash reports, which
    contain no name, are kept"; "counts, from which no one can be identified, are used"): it is the clause's."""
    if "," not in lemmas[i + 1:cue_first]:
        return False
    for k in range(i - 1, max(lo, i - 6) - 1, -1):
        if lemmas[k] in _RELATIVES:
            return lemmas[k - 1] == "," or (k >= 2 and lemmas[k - 2] == "," and lemmas[k - 1] in ("from", "in", "of"))
        if lemmas[k] == ",":
            return False
    return False


def _modality(lemmas: list[str], cue: CueHit, lo: int) -> str:
    for i in range(cue.first - 1, max(lo, cue.first - 6) - 1, -1):
        lem = lemmas[i]
        if lem in _MAY:
            return "may"
        if lem in _WILL:
            return "will"
        if lem in _MUST:
            return "must"
    return "does"


def _actor(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int, recipient_ends: dict[int, int],
           on_device: list[int]) -> str:
    head = lemmas[lo:cue.first]
    start = lo + len(head) - head[::-1].index(":") if ":" in head else lo  # after a "Label:"
    first = next(filter(str.isalnum, islice(lemmas, start, None)), None)
    if (first in _IMPERATIVE_OPENERS and _SUBJECT_FIRST_PERSON.isdisjoint(islice(lemmas, start, None))) or \
            (cue.first > start and lemmas[start] != "no"  # "No setup fee is charged": a noun's negation
             and all(w in NEGATORS or w in ("do", "please") for w in lemmas[start:cue.first] if w.isalnum())) or \
            (cue.first == start and cue.first == cue.last and lemmas[start] in _IMPERATIVE_VERBS
             and toks[start].norm == lemmas[start]):
        return "user"  # an imperative: "Don't use the service while driving", "Never send..."
    if on_device and any(lo <= i <= hi for i in on_device):
        return "other"  # "stored locally on your device": not kept by the first party
    if _passive(toks, lemmas, cue, start):
        # "Email addresses of our customers are disclosed to ...": the subject is what is acted on; the
        # actor is the first party unless an agent follows ("are collected by advertising networks").
        return "other" if any(lemmas[i] == "by" and _other_agent(lemmas, i + 1, hi, recipient_ends)
                              for i in range(cue.last + 1, min(hi, cue.last + 6) + 1)) else "first-party"
    if any(lemmas[k] == "own" and lemmas[k - 1] in ("their", "its") for k in range(cue.last + 2, min(hi, cue.last + 3) + 1)) \
            and _SUBJECT_FIRST_PERSON.isdisjoint(lemmas[start:cue.first]):
        return "other"  # "Pharmacies ... may sell their own customer data": the subject's own practice
    for i in range(start, cue.first):  # the clause's first subject-like word, up to the cue
        lem = lemmas[i]
        if lem in _SUBJECT_FIRST_PERSON or (i == start + 1 and lem == "company" and lemmas[start] == "the"):
            return "first-party"
        if lem in _SECOND_PERSON or (lem in _USER_ROLES and i + 1 < cue.first and lemmas[i + 1] in _MODALS):
            return "user"  # "you may", "The Customer may end the agreement": the other party to the terms
        if lem in _OTHER_PRONOUNS or (i in recipient_ends and all(
                not w[:1].isalnum() or w in _DETERMINERS or w in _QUANTIFIERS for w in lemmas[start:recipient_ends[i]])):
            # a recipient that opens the clause ("Our partners may collect"), not one that qualifies an object
            # ("uses third-party advertising cookies"); but cookies others place on the first party's own pages
            # are tracking it allows ("Advertising partners place cookies on our checkout page").
            if cue.term == "tracking" and any(lemmas[k] == "on" and lemmas[k + 1] == "our"
                                              for k in range(cue.last + 1, hi)):
                return "first-party"
            return "other"
        if lem in _BE:
            return "first-party"  # passive: "is shared", "are collected"
    return "first-party"


def _other_agent(lemmas: list[str], i: int, hi: int, recipient_ends: dict[int, int]) -> bool:
    """The agent after "by" is another party: a recipient, "them", the reader, a customer or a third party."""
    while i <= hi and lemmas[i] in ("the", "a", "an", "any", "such", "these", "those", "their", "its", "your"):
        i += 1
    if i > hi:
        return False
    return lemmas[i] in _OTHER_AGENTS or any(r in recipient_ends for r in range(i, min(hi, i + 2) + 1))


def _passive(toks: list[Token], lemmas: list[str], cue: CueHit, start: int) -> bool:
    """A participle after a form of "be", maybe with a negator or adverb between ("is not passed on")."""
    if toks[cue.first].norm == lemmas[cue.first]:
        return False
    for i in range(cue.first - 1, max(start, cue.first - 4) - 1, -1):
        lem = lemmas[i]
        if lem in _BE:
            return True
        if lem not in NEGATORS and not lem.endswith("ly") and lem not in ("also", "then", "only"):
            return False
    return False


def _transfer_places(lemmas: list[str], unit_places: list[tuple[int, int, str]], lo: int, hi: int) -> tuple[str, ...]:
    """Where a transfer keeps or sends the data: the clause's places, but none named as what it leaves
    ("outside the EEA", "leave the UK")."""
    return tuple(dict.fromkeys(code for first, _last, code in unit_places if lo <= first <= hi
                               and not _LEAVING.intersection(lemmas[max(lo, first - 3):first])))


def _ads_chosen(lemmas: list[str]) -> int | None:
    """Where ads or offers are named that are chosen by what the person does or is ("ads for toys chosen
    according to the books your child reads", "offers ... selected on the basis of the games they play"):
    targeted advertising, whatever words name it. The index of the ad noun, or None."""
    n = len(lemmas)
    for i, lem in enumerate(lemmas):
        if lem not in _AD_NOUNS:
            continue
        if any(lemmas[k] in _WHICH and k > 0 and lemmas[k - 1] in _DECIDING for k in range(max(0, i - 3), i)):
            return i  # "to choose which offers are shown", "to decide which adverts you see"
        for j in range(i + 1, min(n, i + _AD_REACH)):
            if lemmas[j] in _CHOOSING or (lemmas[j] in _CHOOSING_PHRASES and lemmas[j + 1:j + 2] in (["on"], ["to"])):
                if any(lemmas[k] in _PERSON for k in range(j + 1, min(n, j + _AD_REACH))):
                    return i
                break
            if lemmas[j] in (";", ".") or lemmas[j] in _AD_NOUNS:
                break
    return None


def _reader_may(lemmas: list[str], lo: int, hi: int) -> bool:
    """The clause opens with the reader's side ("Parents", "Learners", "you") and what they may ask for
    ("may review", "can ask for access to", "may request")."""
    i = lo
    while i <= hi and (lemmas[i] in _DETERMINERS or not lemmas[i][:1].isalnum()):
        i += 1
    if i > hi or not (lemmas[i] in _SECOND_PERSON or lemmas[i] in _USER_ROLES or lemmas[i] in _READER_SIDE):
        return False
    j = i + 1
    if j < hi and lemmas[j] in _READER_SIDE:
        j += 1  # "data subjects"
    return j < hi and lemmas[j] in _MAY and lemmas[j + 1] in _ASKING


def _passive_prohibition(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where "must not be", "may not be" or "shall not be" opens a passive ("must not be resold"), or None."""
    for i in range(lo, hi - 2):
        if lemmas[i] in _PROHIBITING and lemmas[i + 1] == "not" and lemmas[i + 2] == "be":
            return i
    return None


def _to_reader(lemmas: list[str], i: int) -> bool:
    """"to you", "to yourself", "to your email address": what is sent there reaches the reader."""
    return i < len(lemmas) and (lemmas[i] in ("you", "yourself") or (
        lemmas[i] == "your" and i + 1 < len(lemmas) and lemmas[i + 1] in _READER_ENDPOINTS))


def _after_opt_out(lemmas: list[str], cue: CueHit) -> bool:
    """"opt out of our sharing": the noun names the practice opted out of."""
    i = cue.first - 1
    while i >= 0 and lemmas[i] in ("the", "our", "any", "such", "this"):
        i -= 1
    return i >= 2 and lemmas[i] in ("of", "from") and lemmas[i - 2:i] == ["opt", "out"]


def _in_name(toks: list[Token], text: str, base: int, cue: CueHit) -> bool:
    """A one-word cue capitalised inside a capitalised name ("the Federal Trade Commission")."""
    if cue.last != cue.first or cue.term not in DATA_VERBS or cue.first == 0:
        return False  # the cheap tests first

    def capital(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].word and text[toks[i].start - base:toks[i].start - base + 1].isupper()
    i = cue.first
    if not (cue.last == cue.first and cue.term in DATA_VERBS and i > 0 and not _starts_sentence(toks, i) and capital(i)
            and (capital(i - 1) or capital(i + 1))):
        return False
    words = [k for k, t in enumerate(toks) if t.word and t.norm.isalpha()]
    # Not a title ("Information We Collect"): short and mostly capitalised.
    return len(words) > _TITLE_WORDS or 2 * sum(1 for k in words if capital(k)) < len(words)


def _starts_sentence(toks: list[Token], i: int) -> bool:
    """Token ``i`` starts a sentence or label (a capital there says nothing)."""
    return i == 0 or toks[i - 1].norm in (".", ":", ";", "!", "?", '"', "\u201c", "(")


def _is_noun_use(toks: list[Token], lemmas: list[str], cue: CueHit,
                 object_starts: set[int] | frozenset[int] = frozenset()) -> bool:
    if cue.last != cue.first or lemmas[cue.first] not in _NOUNY_VERBS:
        return False
    nxt = lemmas[cue.first + 1] if cue.first + 1 < len(lemmas) else ""
    if cue.first > 0 and lemmas[cue.first - 1] in ("and", "or"):
        return nxt == "of"  # "collection and use of": nouns; "sell or share your data": verbs
    if cue.first > 0 and lemmas[cue.first - 1] in _DETERMINERS:
        # "the app records the precise position": an object after it makes it a verb whatever came before
        return lemmas[cue.first - 1] in _ARTICLES or not (
            nxt in _DETERMINERS - {"of", "and", "or", "in", "for"} or cue.first + 1 in object_starts)
    if cue.first == 0:
        # "Store credit expires...": a capitalised first word, not an imperative; but a gerund with its object
        # ("Keeping your information") names the practice.
        return not (toks[0].norm.endswith("ing") and (nxt in _DETERMINERS or 1 in object_starts))
    if nxt in _DETERMINERS - {"of", "and", "or", "in", "for"} or cue.first + 1 in object_starts:
        return False  # "the doorbell records your visitors", "Delta shares email addresses"
    if nxt in _BE or nxt in _MAY or nxt in _WILL:
        return True  # "order records are kept"
    # "order records are kept": a plural after a noun; "the app records" would say "it records" or "we record".
    return toks[cue.first].norm.endswith("s") and cue.first > 0 and lemmas[cue.first - 1] not in _THIRD_PERSON


def _transfer(toks: list[Token], lemmas: list[str], core: list[CueHit], lo: int, hi: int,
              recipients: list[CueHit], data: list[CueHit]) -> CueHit | None:
    """Data reaching a recipient stated from the recipient's side: a recipient opening the clause receives or
    gets data ("Ad networks get your device ID", "our partners receive your email address"), or data is kept
    or processed by a recipient ("Data is held by our hosting provider"). Both are the first party's sharing;
    the cue returned is the verb's."""
    if not recipients:
        return None  # both ways need a recipient
    opening = next((r for r in recipients if lo <= r.first <= hi), None)
    # (a few words may qualify it first: "Retail partners", "Parking enforcement contractors")
    if opening is not None and opening.first - lo <= 3 + sum(
            1 for i in range(lo, opening.first) if lemmas[i] in _DETERMINERS or lemmas[i] in _QUANTIFIERS) \
            and all(not toks[i].word or lemmas[i] in _DETERMINERS or lemmas[i] in _QUANTIFIERS
                    or (lemmas[i] not in _NOT_RECEIVERS and lemmas[i].isalpha())
                    for i in range(lo, opening.first)):
        # "The ad networks that serve ads in the free version receive ...": past a relative clause
        reach = 12 if opening.last + 1 <= hi and lemmas[opening.last + 1] in _RELATIVES | {"that"} else 8
        for i in range(opening.last + 1, min(hi, opening.last + reach) + 1):
            # What is received is data the text names, or the reader's own ("receive your sleep diary entries").
            if lemmas[i] in RECEIVING and (any(i < d.first <= hi for d in data)
                                           or (i < hi and lemmas[i + 1] == "your")):
                return CueHit("practices", "sharing", lemmas[i], i, i)
            if lemmas[i] in (",", ";") or lemmas[i] in _SUBJECTS_NEGATED:
                break
    for r in recipients:  # "a specialist contractor that receives your name": a recipient's relative clause
        if lo <= r.first and r.last + 3 <= hi and lemmas[r.last + 1] in ("that", "who", "which") \
                and lemmas[r.last + 2] in RECEIVING and (lemmas[r.last + 3] == "your"
                                                         or any(r.last + 2 < d.first <= hi for d in data)):
            return CueHit("practices", "sharing", lemmas[r.last + 2], r.last + 2, r.last + 2)
    for h in core:
        if h.term not in _KEPT_FOR_US or not _passive(toks, lemmas, h, lo):
            continue
        by = next((i for i in range(h.last + 1, min(hi, h.last + 3) + 1) if lemmas[i] == "by"), None)
        if by is not None and any(by < r.first and r.last <= min(hi, by + 5) for r in recipients):
            return CueHit("practices", "sharing", h.cue, h.first, h.last)
    return None


def _main_practices(toks: list[Token], lemmas: list[str], text: str, core: list[CueHit], hi: int,
                    circumstances: list[int]) -> list[CueHit]:
    """The practices a clause states when a data verb is among them: not those in a circumstance after it
    ("deleted within 90 days after the verification check"), and not children named as whose data it is ("we
    collect the child's school year", "information about a child"), while "from children" and "data about
    children under 13" stay a topic. ``circumstances``: where the unit's ``_CIRCUMSTANCE`` phrases start."""
    verbs = [h.first for h in core if h.term in DATA_VERBS and h.cue]
    if not verbs:
        return core
    first_verb = min(verbs)
    after = next((i for i in circumstances if first_verb < i <= hi), None)
    kept = [h for h in core if h.term in DATA_VERBS or after is None or h.first < after]
    kept = [h for h in kept if not (h.term == "children" and h.cue and (
        text[toks[h.last].end:toks[h.last].end + 2] in _POSSESSIVE
        or (h.first >= 2 and toks[h.first].norm == "child" and lemmas[h.first - 1] in ("a", "the", "your", "their")
            and lemmas[h.first - 2] == "about")))]
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
        by_practice["location-services"] = [h._replace(cue=_LOCATION_OF_COLLECTION) for h in by_practice[verb_of]]
        out.append("location-services")
    return out


def _document_subject(lemmas: list[str], cue: CueHit, lo: int) -> bool:
    """A scope cue opening the clause ("This covers", "These terms govern"): the document is the subject."""
    return all(lemmas[i] in ("this", "these", "the") or not lemmas[i][:1].isalnum() for i in range(lo, cue.first)) \
        and lemmas[cue.first] in ("this", "these")


def _names_advertising(purposes: list[CueHit], lo: int, hi: int, lex: Lexicon) -> bool:
    """The clause names advertising, or a purpose below it, among its purposes."""
    return any(lo <= h.first <= hi and "advertising" in lex.vocab.ancestors("purposes", h.term) for h in purposes)


def _received_by_other(toks: list[Token], lemmas: list[str], text: str, lo: int, hi: int,
                       data: list[CueHit]) -> CueHit | None:
    """Another party named by common nouns receives, gets or sees someone's data ("the creator receives your
    name", "Drug manufacturers receive patients' names", "Instructors see only the learner's first name",
    "People on the same trip see each other's photo"): the first party's sharing, stated from the recipient's
    side. The subject is a few lowercase words (a capitalised one is a name, often the first party's own); the
    reader, the first party, the app or the service as subject, or the subject's own data ("their progress"),
    is no other party's receiving."""
    verb = None
    for i in range(lo, min(hi, lo + _RECEIVER_WORDS + 3) + 1):
        lemma = lemmas[i]
        if lemma in RECEIVING and i > lo and verb is None and lemmas[i - 1] not in _DETERMINERS:
            verb = i
            break
        if not toks[i].word:
            if lemma not in ("-", "&"):
                return None
        elif lemma == "you" and i >= lo + 2 and lemmas[lo] in _ARTICLES and lemmas[lo] != "your":
            continue  # "The lender you choose receives ...": the reader in the subject's relative clause
        elif lemma in _NOT_RECEIVERS or (i > lo and not text[toks[i].start:toks[i].start + 1].islower()):
            return None
    if verb is None:
        return None
    subject = [i for i in range(lo, verb) if toks[i].word and lemmas[i] not in _RECEIVER_MODIFIERS]
    if not subject or len(subject) > _RECEIVER_WORDS or lemmas[subject[-1]] in _DETERMINERS:
        return None
    for i in range(verb + 1, min(hi, verb + 8) + 1):
        lemma = lemmas[i]
        if lemma in (",", ";", ".") or lemma in _RECEIVER_OWN:
            return None  # "see their progress", "see it": nobody else's data
        end = toks[i].end
        if lemma in ("your", "you") or (toks[i].word and (
                text[end:end + 2] in _POSSESSIVE or (text[end:end + 1] in ("'", "\u2019") and toks[i].norm.endswith("s")))) \
                or any(d.first == i for d in data) or lemma in _RECORD_NOUNS:
            return CueHit("practices", "sharing", lemmas[verb], verb, verb)
    return None



def _receiving_is_no_collection(toks: list[Token], lemmas: list[str], text: str, h: CueHit, lo: int) -> bool:
    """A collection cued by a verb of receiving whose subject is no first party ("the Customer receives the face
    value", "Requests receive a response", "the hotel receives the booking details"): someone else receives
    something, the first party collects nothing. A participle ("data received from partners") or a passive
    ("is received") keeps its sense."""
    i = h.first
    if not (h.term == "collection" and h.last == i and lemmas[i] in RECEIVING and i > lo
            and not toks[i].norm.endswith("ed") and lemmas[i - 1] not in _BE):
        return False
    words = [j for j in range(lo, i) if toks[j].word and lemmas[j] not in _RECEIVER_MODIFIERS]
    # The first party is "we", its app or service, or a name ("The Company receives", "Acme receives").
    return bool(words) and _FIRST_PARTY_NOUNS.isdisjoint(lemmas[lo:i]) \
        and all(text[toks[j].start:toks[j].start + 1].islower() for j in words[1:]) \
        and not (len(words) == 1 and not toks[words[0]].norm.endswith("s"))


def _defined_party(toks: list[Token], lemmas: list[str], text: str, h: CueHit) -> bool:
    """A one-word recipient cue written as a contract's defined name ("the Provider may deactivate ...",
    "Provider will not use ..."): the first party's name; "Service Providers", "our providers" or "the
    Processor" stay recipients."""
    i = h.first
    return h.last == i and toks[i].norm in PARTY_NAMES and text[toks[i].start:toks[i].start + 1].isupper() \
        and (i == 0 or lemmas[i - 1] == "the" or not text[toks[i - 1].start:toks[i - 1].start + 1].isupper())


def _pronoun_object(lemmas: list[str], lo: int, hi: int) -> int | None:
    """A clause opening with "we" and taking "it" or "them" as its object within a few words ("we may apply
    them", "we will not share it"): where the pronoun is."""
    if lemmas[lo] in _CONTRAST and lo < hi:
        lo += 1  # "but we will not apply them"
    if lemmas[lo] not in _SUBJECT_FIRST_PERSON:
        return None
    return next((i for i in range(lo + 2, min(hi, lo + 5) + 1) if lemmas[i] in ("it", "them")), None)


def _adults_only(lemmas: list[str], age: Amount) -> bool:
    """A minimum age of 16 or more for the reader ("at least 18", "18 or older", "aged 18 and over"): the
    service is not for children in any legal sense (16 is the highest age of digital consent); a lower minimum
    admits some. An age of a parent or guardian ("a parent aged 18 or over") is not the reader's minimum."""
    if age.value < ADULT_AGE:
        return False
    before = lemmas[max(0, age.first - 2):age.first]
    after = lemmas[age.last + 1:age.last + 3]
    minimum = "least" in before or "over" in before[-1:] or after[:1] == ["+"] \
        or "minimum" in lemmas[max(0, age.first - 8):age.first] \
        or lemmas[max(0, age.first - 4):age.first] in (["from", "the", "age", "of"], ["from", "age"]) \
        or (after[:1] in (["or"], ["and"]) and after[1:2] in (["older"], ["over"], ["above"], ["up"]))
    return minimum and not _PARENTS & set(lemmas[max(0, age.first - 4):age.first])


def _terms(hits: list[CueHit], first: int, last: int) -> tuple[str, ...]:
    if not hits:
        return ()
    return tuple(dict.fromkeys(h.term for h in hits if first <= h.first <= last))


def _opted(lemmas: list[str], opt_at: int, hits: list[CueHit], recipients: list[CueHit]) -> tuple[str, ...]:
    """The practice an offered opt-out names: the first word after "opt out of" (and its determiners) must be
    its cue ("opt out of the sale", "of our collection of"); not another party's ("tracking by ad networks")."""
    i = opt_at
    while i < len(lemmas) and lemmas[i] not in ("of", "from"):
        if i > opt_at + 3:
            return ()
        i += 1
    i += 1
    while i < len(lemmas) and lemmas[i] in _OPTED_MODIFIERS:
        i += 1
    if i < len(lemmas) and lemmas[i] == "receive":
        return ()  # "opt out of receiving marketing emails" is about messages, not collection
    named = [h for h in hits if h.first == i and (h.term in DATA_VERBS or h.term in _OPTABLE)]
    if not named:
        return ()
    after = lemmas[named[0].last + 1:named[0].last + 4]
    if "by" in after and any(named[0].last < r.first <= named[0].last + 4 for r in recipients):
        return ()
    return (named[0].term,)


def _names_the_signal(toks: list[Token], lemmas: list[str], cue: CueHit, text: str, base: int) -> bool:
    """"Do Not Track" names the browser signal when capitalised, quoted, abbreviated or followed by a noun
    such as "signals"; "we do not track you" is a denial of tracking."""
    words = [toks[i] for i in range(cue.first, cue.last + 1)]
    if len(words) == 1 or any(t.norm == "dnt" for t in words):
        return True
    if all(text[t.start - base:t.start - base + 1].isupper() for t in words):
        return True
    before = lemmas[cue.first - 1] if cue.first > 0 else ""
    after = lemmas[cue.last + 1] if cue.last + 1 < len(lemmas) else ""
    return before in ('"', "'", "\u201c", "(") or after in _SIGNAL_NOUNS


def _object_form(lem: str) -> str:
    """A content word as objects are compared: plural -s and a past -ed stripped ("gems", "gem"; "added",
    "add"), so words the lexicon does not lemmatize still meet."""
    if lem.endswith("s") and len(lem) > 3 and not lem.endswith("ss"):
        return lem[:-1]
    if lem.endswith("ed") and len(lem) > 4 and not lem.endswith("eed"):
        return lem[:-2]
    return lem


@lru_cache(maxsize=1 << 14)
def _content_form(lem: str) -> str:
    """The object form of a content word; "" for a stop word, a number or a word of one or two letters."""
    if lem in _STOP or lem.isdigit() or len(lem) <= 2:
        return ""
    return _object_form(lem)


def _covered(h: CueHit, longer_at: dict[int, list[CueHit]], longest: int) -> bool:
    """A strictly longer cue of another term covers ``h``. Only cues starting within the longest cue's length
    before ``h`` can: a bounded look-up per hit, whatever the number of cues in the unit."""
    size = h.last - h.first
    for first in range(max(0, h.last - longest), h.first + 1):
        for o in longer_at.get(first, ()):
            if o.last >= h.last and o.last - o.first > size and o.term != h.term:
                return True
    return False


def _leftmost_longest(hits: list[CueHit]) -> list[CueHit]:
    chosen: list[CueHit] = []
    end = -1
    for h in hits:  # sorted by first, then longest first
        if h.first > end:
            chosen.append(h)
            end = h.last
    return chosen


_STOP = frozenset({"the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "by", "we", "you", "our",
                   "your", "us", "it", "is", "be", "that", "this", "these", "those", "any", "all", "at", "as",
                   "from", "not", "no", "never", "do", "will", "may", "can", "shall", "must", "have", "their",
                   "they", "its", "which", "who", "such", "other", "more", "than", "each", "per", "after",
                   "within", "up", "if", "when", "once", "so", "only", "also", "then", "there", "into", "about"})


def link_offers(text: str, base: int, lex: Lexicon) -> list[Statement]:
    """A heading or link that names an opt-out ("Do Not Sell My Personal Information") offers it: one
    statement per opt-out right it names. Headings state nothing else."""
    toks, lemmas, hits, _amounts = lex.front(text)  # token offsets index ``text``
    rights = [h for h in hits if h.set == "rights" and {"not", "opt"} & set(lemmas[h.first:h.last + 1])]
    if not rights:
        return []
    data = tuple(dict.fromkeys(h.term for h in _leftmost_longest([h for h in hits if h.set == "data-categories"])))
    return [Statement(practice="data-subject-right", polarity="affirmed", modality="does", actor="first-party",
                      start=base + toks[0].start, end=base + toks[-1].end, unit_start=base + toks[0].start,
                      unit_end=base + toks[-1].end, cue=text[toks[h.first].start:toks[h.last].end], data=data,
                      rights=(h.term,), opt_out=True, words=sum(1 for t in toks if t.word))
            for h in rights]


def read_unit(text: str, base: int, lex: Lexicon, practices_allowed: frozenset[str] | None = None,
              inherited: tuple[str, str] | None = None, item: bool = False) -> list[Statement]:
    """Statements of one unit of text starting at source offset ``base``. ``inherited`` (practice, polarity)
    is what a lead-in ("We use your data to:") or a heading states for a unit that names no practice itself;
    an ``item`` of a lead-in's list takes it whatever it names ("- room temperature readings;")."""
    toks, lemmas, hits, unit_amounts = lex.front(text)  # token offsets index ``text``
    if not toks:
        return []
    by_set: dict[str, list[CueHit]] = {}
    for h in hits:
        by_set.setdefault(h.set, []).append(h)
    banned = (practices_allowed is None or "acceptable-use" in practices_allowed) and _banned_activity(toks, lemmas)
    # A short label before a colon ("Marketing Purposes: We use ...") names a topic, not a practice, unless
    # its value denies it ("Refunds: none", "Delivery: free").
    head = lemmas[:min(len(lemmas) - 1, _LABEL_WORDS + 1)]
    label_end = head.index(":") if ":" in head else -1
    label_denied = label_end >= 0 and lemmas[label_end + 1] in LABEL_DENIALS
    words = set(lemmas)
    # (a set test first: most units name no place)
    firsts = place_firsts().intersection(words) if not _PLACE_WORDS.isdisjoint(words) else ()
    # (a place is written with a capital: "send it to us" names none, a search of the text in C tells)
    unit_places = place_finder(toks, text, firsts) if firsts and any(
        w.capitalize() in text or w.upper() in text for w in firsts) else []
    chosen_ads = _ads_chosen(lemmas) if not _AD_NOUNS.isdisjoint(words) else None
    if inherited is None and "practices" not in by_set and "rights" not in by_set and not banned and not unit_places \
            and chosen_ads is None \
            and not (label_denied and lemmas[label_end + 1] == "free") \
            and not any(a.kind in ("age", "money") for a in unit_amounts) \
            and not (not RECEIVING.isdisjoint(lemmas)
                     and ("recipients" in by_set or "data-categories" in by_set or "your" in lemmas)):
        return []  # nothing cues a practice: most units of a text, read no further
    all_practice_hits = [h for h in by_set.get("practices", [])
                         if (practices_allowed is None or h.term in practices_allowed)
                         and not (h.term == "do-not-track" and not _names_the_signal(toks, lemmas, h, text, 0))]
    practice_hits: list[CueHit] = []
    if all_practice_hits:
        # A practice word inside a longer data, recipient or purpose phrase names that ("sale of assets"); so do
        # opt-out names ("Do Not Sell My Personal Information", "opt out of the sale"): they name a right. One
        # loop over the hits (comprehensions and generators each cost a call, and the hits are few).
        longer_at: dict[int, list[CueHit]] = {}  # by first token: a hit is looked up among those that may cover it
        longest = 0
        object_starts: set[int] = set()
        for h in hits:
            name = h.set
            if name in _OBJECT_SETS:
                object_starts.add(h.first)
            if name in _LONGER_SETS or (name == "rights" and not _OPT_WORDS.isdisjoint(lemmas[h.first:h.last + 1])):
                longer_at.setdefault(h.first, []).append(h)
                longest = max(longest, h.last - h.first)
        for h in all_practice_hits:
            if h.last > h.first:
                longer_at.setdefault(h.first, []).append(h)
                longest = max(longest, h.last - h.first)
        # The cheap tests of _is_noun_use, _in_name and _covered first: most hits need no call.
        practice_hits = [h for h in all_practice_hits
                         if (h.last != h.first or lemmas[h.first] not in _NOUNY_VERBS
                             or not _is_noun_use(toks, lemmas, h, object_starts) or _after_opt_out(lemmas, h))
                         and (h.last != h.first or h.term not in DATA_VERBS or h.first == 0
                              or not _in_name(toks, text, 0, h))
                         and not (longer_at and _covered(h, longer_at, longest))
                         and not (lemmas[h.last] == "free" and lemmas[h.last + 1:h.last + 2] in (["to"], ["from"]))
                         # shown or passed "to you" reaches the reader, no other party
                         and not (h.term == "sharing" and lemmas[h.last] == "to" and _to_reader(lemmas, h.last + 1))
                         and not (h.first < label_end and label_end + 3 < len(lemmas)
                                  and lemmas[label_end + 1] not in LABEL_DENIALS)
                         and not (h.term == "data-subject-right" and h.first >= 2
                                  and lemmas[h.first - 1] == "the" and lemmas[h.first - 2] in ("reserve", "reserves"))
                         # "keep track of your streak" follows something, with no tracking technology
                         and not (h.term == "tracking" and h.first > 0 and lemmas[h.first - 1] == "keep"
                                  and lemmas[h.last + 1:h.last + 2] == ["of"])]
    data_hits = _leftmost_longest(by_set.get("data-categories", []))
    recipient_hits = _leftmost_longest(by_set.get("recipients", []))
    if recipient_hits:
        # "the Provider", "the Supplier": a contract's defined name of the first party, no recipient
        recipient_hits = [h for h in recipient_hits if not _defined_party(toks, lemmas, text, h)]
    purpose_hits = _leftmost_longest(by_set.get("purposes", []))
    # Rights and retention policies are seldom cued: no call for none.
    right_hits = _leftmost_longest(by_set["rights"]) if "rights" in by_set else []
    retention_hits = _leftmost_longest(by_set["retention-policies"]) if "retention-policies" in by_set else []
    recipient_ends = {h.last: h.first for h in recipient_hits} if recipient_hits else {}
    exception_terms = recipient_hits + purpose_hits + data_hits
    in_cues = {i for h in practice_hits if h.last > h.first for i in range(h.first, h.last + 1)}
    out: list[Statement] = []
    clauses = _clauses(toks, lemmas, text)
    present = words
    on_device, narrowing_at, opt_out_at, limit_at, circumstances, restricted_at, not_negations = \
        _phrase_starts(lemmas)
    not_negating = set(not_negations)
    pending_conditions: list[str] = []
    carried: list[CueHit] = []  # a change named by a leading condition, for the clause after it
    previous: str | None = None  # the practice the previous clause stated: what "it" and "them" go back to
    # A leading time window ("In the preceding 12 months, we have not sold") or exception ("Unless otherwise
    # stated, ..."): an exception of the clause that follows.
    pending_window: tuple[str, ...] = ()
    unit_start, unit_end = base + toks[0].start, base + toks[-1].end

    def span_text(a: int, b: int) -> str:
        return text[toks[a].start:toks[b].end]

    # "(as those terms are defined in the CCPA)", "as the term "sell" is defined in ..." qualify a word by its
    # legal sense; they define nothing.
    qualifier = {i for i in range(len(lemmas)) if lemmas[i] in ("define", "defined")
                 and ("as" in lemmas[max(0, i - 7):i] or "(" in lemmas[max(0, i - 6):i])} \
        if not present.isdisjoint(("define", "defined")) else set()

    def defines_at(i: int) -> bool:
        return lemmas[i] in _DEFINING and i not in qualifier

    unit_data = tuple(dict.fromkeys(h.term for h in data_hits)) if data_hits else ()
    unit_words = sum(map(_IS_WORD, toks))
    for cl in clauses:
        core = [h for h in practice_hits if cl.first <= h.first and h.last <= cl.core_last]
        ages: list[Amount] = []
        if unit_amounts:  # most units have none
            ages = [a for a in unit_amounts if a.kind == "age" and cl.first <= a.first <= cl.last
                    and not _PARENTS & set(lemmas[max(cl.first, a.first - 6):a.first])]  # a parent's age is not the audience
            if ages and (practices_allowed is None or "children" in practices_allowed) \
                    and not any(h.term == "children" for h in core):
                core.append(CueHit("practices", "children", "age", ages[0].first, ages[0].last))
        if unit_places and (practices_allowed is None or "international-transfer" in practices_allowed):
            for first, last, _code in unit_places:
                if cl.first <= first <= cl.core_last:
                    how = KEPT_IN_PLACE if kept_in(lemmas, first, cl.first) else \
                        LOCATED_IN if located_in(toks, lemmas, first, cl.first) or sent_to(lemmas, first, cl.first) \
                        else ""
                    if how:
                        core.append(CueHit("practices", "international-transfer", how, first, last))
                        break
        if chosen_ads is not None and cl.first <= chosen_ads <= cl.core_last \
                and (practices_allowed is None or "targeted-advertising" in practices_allowed) \
                and not any(h.term == "targeted-advertising" for h in core):
            core.append(CueHit("practices", "targeted-advertising", ADS_CHOSEN, chosen_ads, chosen_ads))
        if banned and cl is clauses[0] and not core:  # "No smoking on site.": a rule, stated
            core.append(CueHit("practices", "acceptable-use", lemmas[cl.first + 1], cl.first + 1, cl.first + 1))
        if unit_amounts:
            money = [a for a in unit_amounts if a.kind == "money" and cl.first <= a.first <= cl.core_last]
            if money and not core and (practices_allowed is None or "fees-and-payment" in practices_allowed):
                core.append(CueHit("practices", "fees-and-payment", "price", money[0].first, money[0].last))  # "for $9.99"
        if label_denied and cl is clauses[0] and not core and lemmas[label_end + 1] == "free" \
                and (practices_allowed is None or "fees-and-payment" in practices_allowed):
            core.append(CueHit("practices", "fees-and-payment", "free", label_end + 1, label_end + 1))  # "Delivery: free."
        if cl.exceptions and cl.exceptions[0][0] == cl.first and cl is not clauses[-1] \
                and lemmas[cl.last] == ",":
            pending_window += (span_text(cl.first, cl.last),)  # "Unless otherwise stated, ..." qualifies what follows
            continue
        leading_condition = bool(cl.conditions) and cl.conditions[0][0] == cl.first
        if lemmas[cl.first] == "by" and cl is not clauses[-1] \
                and any(h.term == "acceptance" and h.first > cl.last for h in practice_hits):
            leading_condition = True  # "By buying a subscription, you agree to these terms": the means is no fee
        if leading_condition and cl is not clauses[-1]:
            if not (lemmas[cl.first] in TEMPORAL and cl.first + 1 < len(lemmas) and lemmas[cl.first + 1] in _WHEN_SUBJECTS):
                pending_conditions.append(span_text(cl.first, cl.last))  # "If you cancel, ..." qualifies what follows
            # "If we make material changes, we will notify you ...": the change is what the next clause is about
            carried = [h for h in core if h.term in _CHANGES]
            continue
        if carried and not core:
            core = carried
            pending_conditions = []  # the change is the practice here, not a condition of it
        carried = []
        rights_here = [h for h in right_hits if cl.first <= h.first <= cl.last] if right_hits else []
        # (Without a recipient, or a determiner opening the clause, neither is looked for: no call.)
        transfer = (_transfer(toks, lemmas, core, cl.first, cl.core_last, recipient_hits, data_hits)
                    if recipient_hits else None) \
            or (_received_by_other(toks, lemmas, text, cl.first, cl.core_last, data_hits)
                if not present.isdisjoint(RECEIVING) else None)
        if transfer is not None:  # the verb states sharing, whatever other data verb it is a cue of
            core = [transfer] + [h for h in core if not (h.first <= transfer.first <= h.last and h.term in DATA_VERBS)]
        elif core and not present.isdisjoint(RECEIVING):
            core = [h for h in core if not _receiving_is_no_collection(toks, lemmas, text, h, cl.first)]
        if not core and not rights_here and previous is not None:
            again = _pronoun_object(lemmas, cl.first, cl.core_last)
            if again is not None:  # "..., and we may apply them without prior notice": the same practice again
                core = [CueHit("practices", previous, lemmas[again], again, again)]
        if not core and not rights_here and inherited is None:
            window_at = [i for i in narrowing_at if cl.first <= i <= cl.last]
            if window_at and lemmas[cl.last] == ",":
                pending_window = (span_text(window_at[0], min(cl.last, window_at[0] + 3)),)
            continue  # nothing cued here (most clauses): the same as below, sooner
        cl_set = set(lemmas[cl.first:cl.last + 1])  # the clause's words, once
        if rights_here and (practices_allowed is None or "data-subject-right" in practices_allowed) and (
                cl_set & _RIGHT_WORDS_OPT
                or (any(lemmas[i] in _SECOND_PERSON for i in range(cl.first, rights_here[0].first))
                    # "you can complain to ...", "you can unsubscribe": the practice the words also cue
                    and not any(p.first == rights_here[0].first and p.last == rights_here[0].last for p in core))):
            h = rights_here[0]
            # Opting out of marketing is the marketing choice ("opt out of marketing emails", "unsubscribe").
            practice = "marketing-choice" if h.term in _MARKETING_RIGHTS and (
                practices_allowed is None or "marketing-choice" in practices_allowed) else "data-subject-right"
            core.append(CueHit("practices", practice, h.cue, h.first, h.last))
        if inherited is not None:
            # "Messages you send to your matches." under a heading: the reader's act names what is listed
            core = [h for h in core if not (h.term in DATA_VERBS and h.first > 0 and lemmas[h.first - 1] == "you")]
        if inherited is not None and not any(
                h.term in DATA_VERBS or (h.term in _SIGNALS and set(lemmas[cl.first:h.first]) & _FIRST_PERSON)
                for h in core):
            # Under a lead-in ("We use your data to:"), an item's topic words do not restate the practice; its
            # amounts still do ("Retainers: $149 per set." under a heading on fees).
            core = [h for h in core if h.cue in _AMOUNT_CUES]
        if not core and inherited is not None and (practices_allowed is None or inherited[0] in practices_allowed) \
                and ((item and cl is clauses[0] and (inherited[0] in _LISTED or lemmas[cl.first] in _ANSWERS))
                     # "Clips, standard plan: 7 days." under a heading on keeping data: a period of it
                     or (inherited[0] in _KEPT and any(a.kind == "period" and cl.first <= a.first <= cl.last
                                                        for a in unit_amounts))
                     or any(cl.first <= h.first <= cl.last
                                                         for name in ("data-categories", "recipients", "purposes")
                                                         for h in by_set.get(name, ()))):
            core.append(CueHit("practices", inherited[0], "", cl.first, cl.first - 1))
        core_terms = {h.term for h in core}  # one set for the tests below (a generator each would cost a call)
        if "sale" in core_terms:
            business_transfer = any(h.term == "business-transfer" and cl.first <= h.first <= cl.last
                                    for h in purpose_hits)
            # "Listening data is not sold": data named by a word the vocabulary has no category for is still data.
            clause_has_object = any(cl.first <= h.first <= cl.last for h in data_hits + recipient_hits) \
                or not _DATA_NOUNS.isdisjoint(cl_set)
            # (an answer to a heading's question, "No.", sells what the question names)
            core = [h for h in core if not (h.term == "sale" and h.cue and (business_transfer or not clause_has_object))]
        if not core_terms.isdisjoint(_SIGNALS):  # dropping sales above dropped no signal
            signal_at = min(h.first for h in core if h.term in _SIGNALS)
            other_at = next((i for i in range(cl.first, signal_at) if lemmas[i] in _SIGNAL_OTHERS), None)
            if cl_set.isdisjoint(_FIRST_PERSON) and other_at is not None \
                    and not any(toks[i].norm.startswith(_SIGNAL_VERBS) for i in range(signal_at + 1, cl.last + 1)) \
                    and not any(toks[i].norm.startswith(_SIGNAL_VERBS) for i in range(cl.first, other_at)):
                # "some browsers have a Do Not Track feature"; but "browser Do Not Track settings are not
                # responded to" and "does not respond to browser signals" say what is done with them.
                core = [h for h in core if h.term not in _SIGNALS]
            if any(h.term in _SIGNALS for h in core) and not any(
                    toks[i].norm.startswith(_SIGNAL_VERBS) for i in range(cl.first, cl.last + 1)):
                # A signal is honoured or not only with a verb that says so ("respond to", "honor"); "Uniform
                # standards for DNT signals have not been adopted" states nothing about the first party.
                core = [h for h in core if h.term not in _SIGNALS]
        if not core:
            window_at = [i for i in narrowing_at if cl.first <= i <= cl.last]
            if window_at and lemmas[cl.last] == ",":
                pending_window = (span_text(window_at[0], min(cl.last, window_at[0] + 3)),)
            continue
        core = _main_practices(toks, lemmas, text, core, cl.core_last, circumstances)
        if core and (practices_allowed is None or "data-subject-right" in practices_allowed) \
                and any(h.term in DATA_VERBS for h in core) and _reader_may(lemmas, cl.first, cl.core_last):
            # "Parents may review their child's information, have it deleted and refuse further collection": the
            # data verbs name what the reader may ask for, a right, not the first party's practice.
            verbs = [h for h in core if h.term in DATA_VERBS]
            core = [h for h in core if h.term not in DATA_VERBS] + [
                CueHit("practices", "data-subject-right", verbs[0].cue, verbs[0].first, verbs[0].last)]
        # "We use the information we collect to ...": a data verb in a relative clause without "that" names
        # which data; another data verb is the clause's own (both are stated).
        relative = {h.term for h in core if h.term in DATA_VERBS and h.first >= 2 and lemmas[h.first - 1] == "we"
                    and lemmas[h.first - 2] in _RECORD_NOUNS} if len(core) > 1 else set()
        # A practice in an infinitive after another ("we use X to maintain records") states a purpose.
        if len(core) > 1:
            earliest = min(map(_FIRST, core))
            core = [h for h in core if h.first == earliest or h.first == 0 or lemmas[h.first - 1] != "to"] or core
        mentions = tuple(sorted({h.term for h in all_practice_hits if cl.first <= h.first <= cl.last}))
        by_practice: dict[str, list[CueHit]] = {}
        for h in core:
            by_practice.setdefault(h.term, []).append(h)
        ranked = sorted(by_practice, key=lambda p: _RANK.get(p, len(_RANK))) if len(by_practice) > 1 \
            else list(by_practice)
        top = ranked[0]
        if transfer is not None and top in _BESIDE_A_TRANSFER:
            top = "sharing"  # "Translators receive your documents under confidentiality agreements": the receiving
        if top in relative:
            top = next((p for p in ranked if p in DATA_VERBS and p not in relative), top)
        if top not in ABSORBING:
            verbs_before = [p for p in ranked if p in DATA_VERBS and p != "use"
                            and any(by_practice[p][0].first < h.first < by_practice[top][0].first
                                    for h in data_hits + recipient_hits)]
            if verbs_before:
                top = verbs_before[0]  # "we share your email with ... newsletters": the verb states the practice
        if top == "location-services" and any(p in DATA_VERBS for p in ranked):
            # "GPS traces are kept for six months": the location cue names the data, the verb the practice (a
            # collection or use of location is location services again below).
            top = next(p for p in ranked if p in DATA_VERBS)
        if "scope" in by_practice and _document_subject(lemmas, by_practice["scope"][0], cl.first):
            top = "scope"  # "These terms govern the paid subscription": the document says what it covers
        if (practices_allowed is None or "acceptable-use" in practices_allowed) and top != "acceptable-use" \
                and not any(cl.first <= d.first <= cl.last for d in data_hits):
            forbidden = _passive_prohibition(lemmas, cl.first, cl.core_last)
            if forbidden is not None:
                # "Tickets must not be resold", "Passes must not be lent, sold or transferred": a rule for the
                # reader about the goods, not the first party's sale or sharing of data
                by_practice["acceptable-use"] = [CueHit("practices", "acceptable-use", "must not be", forbidden,
                                                        forbidden + 2)]
                top = "acceptable-use"
                ranked = ["acceptable-use"]
        framing = [p for p in _FRAMES if p in by_practice and by_practice[p][0].first <= cl.first + 1]
        if framing:
            # A clause opening with a prohibition or a responsibility states it; the practices after it are what
            # is prohibited or answered for ("You may not move a payment off the platform to avoid fees").
            top = framing[0]
        if top == "use" and "sharing" not in by_practice and (practices_allowed is None or "sharing" in practices_allowed):
            used = by_practice["use"][0]
            hired = next((r for r in recipient_hits if used.last < r.first <= used.last + 5
                          and not any(used.last < d.first < r.first for d in data_hits)), None)
            if hired is not None:
                # "We use a small number of processors for hosting": the first party uses other parties, which
                # is sharing the data they handle for it.
                by_practice["sharing"] = [CueHit("practices", "sharing", used.cue, used.first, used.last)]
                top = "sharing"
        chosen = [top] + (["use"] if top == "sharing" and "use" in by_practice else [])
        if top == "termination-by-provider" and "termination-by-user" not in by_practice \
                and any(tuple(lemmas[i:i + 2]) in _BOTH_PARTIES for i in range(cl.first, by_practice[top][0].first)):
            by_practice["termination-by-user"] = by_practice[top]  # "Either party may end this agreement"
            chosen.append("termination-by-user")
        placed = by_practice.get("international-transfer")
        if placed and placed[0].cue in _BY_PLACE and top != "international-transfer":
            chosen.append("international-transfer")  # a place is stated whatever else the clause says
        if top in _SIGNALS:  # "signals such as Global Privacy Control or Do Not Track": each one
            chosen += [p for p in ranked if p in _SIGNALS and p != top]
        if top == "sharing" and (practices_allowed is None or "targeted-advertising" in practices_allowed) \
                and _names_advertising([h for h in purpose_hits if not any(r.first <= h.first <= r.last
                                                                           for r in recipient_hits)],
                                       cl.first, cl.last, lex):
            # Data passed on so that ads can be picked for the person ("so they can show you relevant ads").
            by_practice["targeted-advertising"] = by_practice["sharing"]
            chosen.append("targeted-advertising")
        if top == "use" and _names_advertising(purpose_hits, cl.first, cl.last, lex) \
                and (practices_allowed is None or "targeted-advertising" in practices_allowed):
            # Using personal data to advertise to the person is targeted advertising.
            by_practice["targeted-advertising"] = by_practice["use"]
            chosen.append("targeted-advertising")
        if (top != "children" and "children" in by_practice and any(h.cue == "age" for h in by_practice["children"])) or (
                top == "parental-responsibility" and "children" in by_practice):
            # An age states children whatever else the clause states ("Drivers aged 19 or over may join by
            # paying"; "users under 18 need a parent's permission").
            chosen.append("children")
        if top in DATA_VERBS:
            chosen += [p for p in ranked if p in DATA_VERBS and p not in ("use", top)]
        data = (_terms(data_hits, cl.first, cl.core_last) if data_hits else ()) or unit_data
        if "collection" in by_practice or "tracking" in by_practice or "use" in by_practice:  # what it looks for
            verb_hits = by_practice.get("collection", by_practice.get("tracking", by_practice.get("use")))
            chosen = _location_practices(lex, chosen, by_practice,
                                         [h for h in data_hits if cl.first <= h.first <= cl.core_last], practices_allowed,
                                         bool(verb_hits) and _passive(toks, lemmas, verb_hits[0], cl.first))
        recipients = _terms(recipient_hits, cl.first, cl.core_last) if recipient_hits else ()
        purposes = _terms(purpose_hits, cl.first, cl.last) if purpose_hits else ()
        rights = _terms(right_hits, cl.first, cl.last) if right_hits else ()
        retention = _terms(retention_hits, cl.first, cl.last) if retention_hits else ()
        clause_amounts = tuple(a for a in unit_amounts if cl.first <= a.first <= cl.last) if unit_amounts else ()
        lem_set = cl_set
        opt_at = next((i for i in opt_out_at if cl.first <= i <= cl.last), None) if opt_out_at else None
        opt_out = opt_at is not None
        conditions = tuple(pending_conditions) + (tuple(span_text(a, b) for a, b in cl.conditions)
                                                  if cl.conditions else ())
        restricted = next((i for i in restricted_at if cl.first <= i <= min(cl.first + 3, cl.core_last)), None) \
            if restricted_at else None
        if restricted is not None:
            conditions += (span_text(restricted, min(cl.core_last, restricted + 6)),)
        exceptions: tuple[str, ...] = ()
        excepted: tuple[str, ...] = ()
        if cl.exceptions:
            exceptions = tuple(span_text(a, b) for a, b in cl.exceptions)
            excepted = tuple(dict.fromkeys(f"{h.set}:{h.term}" for a, b in cl.exceptions for h in exception_terms
                                           if a <= h.first <= b))
        narrowing = [i for i in narrowing_at if cl.first <= i <= cl.last] if narrowing_at else []
        if narrowing:
            exceptions += (span_text(narrowing[0], min(cl.last, narrowing[0] + 3)),)
        exceptions += pending_window
        pending_window = ()
        if opt_out:
            # The clause's words: its lemmas and its tokens as written.
            clause_norms = toks[cl.first:cl.last + 1]
            # Offered: a means follows ("by clicking"), or the reader is told they may ("you may opt out of").
            offered = not _MECHANISMS.isdisjoint(cl_set) or not _MECHANISMS.isdisjoint(map(_NORM, clause_norms)) or (
                opt_at is not None and any(lemmas[i] in _MAY for i in range(max(cl.first, opt_at - 3), opt_at))
                and "you" in lemmas[cl.first:opt_at])
            opt_out = offered and _RIGHT_FRAMING.isdisjoint(cl_set) \
                and _RIGHT_FRAMING.isdisjoint(map(_NORM, clause_norms)) \
                and not any(lemmas[i] in NEGATORS for i in range(cl.first, opt_at or cl.first))
        # What is opted out of: the practice named right after "opt out of" ("of cross-site tracking").
        opted = _opted(lemmas, opt_at, all_practice_hits, recipient_hits) if opt_out and opt_at is not None else ()
        pending_conditions = []
        content = [(i, form) for i, form in enumerate(map(_content_form, lemmas[cl.first:cl.core_last + 1]), cl.first)
                   if form and toks[i].word]
        content_forms = frozenset(map(_FORM, content))
        previous = chosen[0]
        for practice in chosen:
            cues = by_practice[practice]
            cue = cues[0]
            # What the clause is about: its content words without the practice's own one-word cues ("fee",
            # "refund"), plural -s stripped ("gems" and "gem" are one object).
            own: set[str] = set()
            for h in cues:
                if h.first == h.last:
                    w = lemmas[h.first]
                    own.add(w)
                    if w.endswith("s"):
                        own.add(w[:-1])  # "fees" leaves out "fee" too
            objects = content_forms.difference(own)
            # The content words within _ANCHOR tokens of the cues (content is in token order).
            near = content[bisect_left(content, cue.first - _ANCHOR, key=_AT):
                           bisect_right(content, max(map(_LAST, cues)) + _ANCHOR, key=_AT)]
            anchors = frozenset(map(_FORM, near)).difference(own)
            window = 40 if practice == "children" else 7  # "nor do we knowingly collect ... from children"
            # "we do not knowingly collect ... from children": the verb's negation is the children's too
            first_other = min((h.last for h in practice_hits if h.term != practice and h.last >= cl.first),
                              default=len(lemmas)) if practice != "children" else len(lemmas)
            negated = _negated(lemmas, cue, cl.first, in_cues, not_negating, window, first_other) if len(cues) == 1 \
                else any(_negated(lemmas, c, cl.first, in_cues, not_negating, window, first_other) for c in cues)
            polarity = "denied" if negated else "affirmed"
            if polarity == "affirmed" and (
                    (cue.first <= cl.first + 3 and cue.last + 3 <= cl.core_last  # (its cheap tests first)
                     and _negated_after(toks, lemmas, cue, cl.first, cl.core_last, practice_hits))
                    or (practice in _SIGNALS and _signal_refused(toks, lemmas, cue, cl.first, cl.last))):
                polarity = "denied"  # "refunds are not given", "payments are not refundable"
            if label_denied and cue.last < label_end and practice not in LIMITS:
                polarity = "denied"  # "Refunds: none for completed orders"
            if polarity == "denied" and any(cue.last < i <= cl.core_last for i in limit_at):
                polarity = "affirmed"  # "we do not keep it longer than necessary" states a limit
            if not cue.cue and inherited is not None and inherited[1] == "denied":
                polarity = "denied"
            if cue.cue == "age" and polarity == "affirmed" and _adults_only(lemmas, ages[0]):
                polarity = "denied"  # "you must be 18 or older": the service is not for children
            if cue.cue == ADS_CHOSEN:
                # "Learning data is never used to decide which adverts you see": the verb's negation is the ads'
                polarity = "denied" if any(lemmas[k] in NEGATORS for k in range(cl.first, cue.first)) else "affirmed"
            if cue.cue == KEPT_IN_PLACE:
                polarity = "affirmed" if polarity == "denied" else "denied"  # kept in a place: no transfer out
            if practice == "warranty-disclaimer" and polarity == "affirmed" and not _GIVING.isdisjoint(cl_set) \
                    and _DISCLAIMING.isdisjoint(cl_set) \
                    and not any(t.norm.startswith(_DISCLAIMING_STEMS) for t in toks[cl.first:cl.last + 1]) \
                    and not any(lemmas[i] == "as" and lemmas[i + 1] in ("be", "is")  # "as is", not "as designed"
                                for i in range(cl.first, cl.last)):
                polarity = "denied"  # "the Operator guarantees that every bike is checked": a warranty given
            elif practice == "data-subject-right" or practice in LIMITS:
                polarity = "affirmed"  # "you have the right not to be..." describes a right all the same
            if any(lemmas[c.first] == "non" or (lemmas[c.first].startswith("non") and len(lemmas[c.first]) > 6)
                   or not _FREE.isdisjoint(lemmas[c.first:c.last + 1]) for c in cues
                   if c.first == cue.first or (practice == "fees-and-payment" and c.last > c.first)):
                polarity = "denied"  # non-refundable; "is free", "at no cost", "can be cancelled free of charge": no fee
            if practice == "account-balance" and polarity == "affirmed" and "indefinitely" in cl_set:
                polarity = "denied"  # "stays on the voucher indefinitely": it never expires
            if practice == "liability-limitation" and lemmas[cl.first] == "nothing":
                polarity = "denied"  # "Nothing in these Terms limits liability for fraud": a limit ruled out
            actor = "first-party" if cue is transfer or cue.cue in _BY_PLACE or cue.cue == ADS_CHOSEN else _actor(toks, lemmas, cue, cl.first, cl.last,
                                                                   recipient_ends, on_device)
            name = practice
            if practice == "termination-by-provider" and actor == "user" and "termination-by-user" not in chosen:
                name = "termination-by-user"
            if practices_allowed is not None and name not in practices_allowed:
                continue
            absolute = polarity == "denied" and bool(lem_set & _ABSOLUTE)
            out.append(_statement(
                practice=name, polarity=polarity, modality=_modality(lemmas, cue, cl.first), actor=actor,
                start=base + toks[cl.first].start, end=base + toks[cl.last].end, unit_start=unit_start,
                unit_end=unit_end,
                cue=(span_text(cue.first, cue.last) if cue.last >= cue.first else "") if cue.cue not in _BY_PLACE
                else cue.cue, data=data, recipients=recipients, purposes=purposes,
                rights=rights, retention=retention, amounts=clause_amounts, conditions=conditions,
                exceptions=exceptions, opt_out=opt_out, opted_out=opted, absolute=absolute,
                defining=(not cl_set.isdisjoint(_DEFINING) and any(defines_at(i) for i in range(cl.first, cl.last + 1)))
                or not _EMBEDDING.isdisjoint(lemmas[cl.first:cue.first]),
                legal_term=bool(qualifier) and any(cl.first <= i <= cl.last for i in qualifier),
                # (a capitalised cue after a capitalised word: "the Acme Sharing Program", not "Wi-Fi is free")
                embedded=cue.first > 0 and (lemmas[cue.first - 1] == "of" or (
                    not _starts_sentence(toks, cue.first - 1) and toks[cue.first - 1].word
                    and text[toks[cue.first - 1].start:toks[cue.first - 1].start + 1].isupper()
                    and text[toks[cue.first].start:toks[cue.first].start + 1].isupper())),
                mentions=mentions, objects=objects, anchors=anchors,
                words=unit_words if unit_words <= _LONG_UNIT else sum(1 for t in toks[cl.first:cl.last + 1] if t.word),
                cue_stems=frozenset(w.removeprefix("non")[:5] for c in cues for w in lemmas[c.first:c.last + 1]
                                    if w.isalpha() and w not in _STOP), excepted=excepted,
                places=_transfer_places(lemmas, unit_places, cl.first, cl.last) if name == "international-transfer"
                else ()))
            if name == "retention" and polarity == "denied" and "collection" not in chosen \
                    and (absolute or not _NEVER_HELD.isdisjoint(cl_set)) \
                    and (practices_allowed is None or "collection" in practices_allowed):
                # "We never see or store your card number", "neither requested nor stored": never held at all
                out.append(replace(out[-1], practice="collection"))
    return out
