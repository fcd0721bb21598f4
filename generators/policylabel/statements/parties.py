"""Who does what a clause states (the first party, the reader or another party), and data reaching a
recipient stated from the recipient's side ("Ad networks get your device ID"). Bounded looks around the cue:
linear in the length of the unit."""

from __future__ import annotations

from itertools import islice

from policylabel.statements.lexicon import DEFINED_TERMS, CueHit, lexicon
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ARTICLES,
    ASKING,
    BE,
    BUYING,
    DATA_NOUNS,
    DETERMINERS,
    FIRST_PARTY_NOUNS,
    GIVEN_REACH,
    GIVING_VERBS,
    GOING,
    HANDED,
    HANDLED_BY,
    HANDLED_BY_NEXT,
    HIRING,
    IMPERATIVE_OPENERS,
    IMPERATIVE_VERBS,
    KEPT_FOR_US,
    MAY,
    MODALS,
    NAME_WORDS,
    NEGATORS,
    NOT_CONDUCT,
    NOT_RECEIVERS,
    OBLIGING,
    OTHER_AGENTS,
    OTHER_PRONOUNS,
    OTHERS_DETERMINERS,
    OWN_PEOPLE,
    OWNING,
    PARENTS,
    PARTY_NAMES,
    PARTY_OPENERS,
    PEOPLE_OF,
    PERSON,
    POSSESSIVE,
    PROVIDER_NAMES,
    QUANTIFIERS,
    READER_ENDPOINTS,
    READER_SIDE,
    RECEIVER_MODIFIERS,
    RECEIVER_OWN,
    RECEIVER_WORDS,
    RECEIVING,
    RECORD_NOUNS,
    RELATIVES,
    RIGHT_VERBS,
    RIGHTS_SUBJECT_REACH,
    SECOND_PERSON,
    SENDING,
    STAYING,
    SUBJECT_FIRST_PERSON,
    SUBJECT_REACH,
    SUBJECTS_NEGATED,
    TIME_UNITS,
    TOLD,
    USER_ROLES,
)


def actor_of(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int, recipient_ends: dict[int, int],
             on_device: list[int], text: str = "") -> str:
    """Who does what ``cue`` states in its clause (``lo`` to ``hi``): "first-party", "user" (the reader, an
    imperative, the party the terms bind) or "other" (a recipient or pronoun opening the clause, an agent after
    a passive, data kept on the reader's device)."""
    head = lemmas[lo:cue.first]
    start = lo + len(head) - head[::-1].index(":") if ":" in head else lo  # after a "Label:"
    if lemmas[start] in _LEADING_TIMES:
        # "When you sign up, Tidyhound asks for ...", "After you leave, the app keeps ...": the subject follows the
        # leading clause
        comma = next((k for k in range(start + 1, cue.first) if lemmas[k] == ","), None)
        if comma is not None:
            start = comma + 1
    if lemmas[start] in SECOND_PERSON:
        # "You agree that we may share ...", "you allow advertisers to collect ...": whoever follows acts
        start = _another_acting(lemmas, start + 1, cue.first) or start
    first = next(filter(str.isalnum, islice(lemmas, start, None)), None)
    if (first in IMPERATIVE_OPENERS and SUBJECT_FIRST_PERSON.isdisjoint(islice(lemmas, start, None))) or \
            (cue.first > start and lemmas[start] != "no"  # "No setup fee is charged": a noun's negation
             and toks[cue.first].norm == lemmas[cue.first]  # (not a participle: "Household composition: not collected")
             and all(w in NEGATORS or w in ("do", "please") for w in lemmas[start:cue.first] if w.isalnum())) or \
            (cue.first == start and cue.first == cue.last and lemmas[start] in IMPERATIVE_VERBS
             and toks[start].norm == lemmas[start]):
        return "user"  # an imperative: "Don't use the service while driving", "Never send..."
    if cue.term in _READERS_ACTS and any(lemmas[k] in _URGING and lemmas[k + 1:k + 3] == ["you", "to"]
                                         for k in range(start, cue.first - 2)):
        return "user"  # "We encourage you to use websites and share information with caution": the reader's act
    if on_device and any(lo <= i <= hi for i in on_device):
        return "other"  # "stored locally on your device": not kept by the first party
    if is_passive(toks, lemmas, cue, start):
        # "Email addresses of our customers are disclosed to ...": the subject is what is acted on; the
        # actor is the first party unless an agent follows ("are collected by advertising networks").
        return "other" if any(lemmas[i] == "by" and _other_agent(lemmas, i + 1, hi, recipient_ends)
                              for i in range(cue.last + 1, min(hi, cue.last + 6) + 1)) else "first-party"
    if SUBJECT_FIRST_PERSON.isdisjoint(lemmas[start:cue.first]) and any(
            lemmas[k] in HANDLED_BY_NEXT and (toks[k - 1].norm in HANDLED_BY or lemmas[k - 2:k] == ["dealt", "with"])
            and _others_matter(toks, lemmas, text, k + 1, hi) for k in range(cue.last + 2, min(hi, cue.last + 12) + 1)):
        return "other"  # "Refunds for tickets bought from resellers are handled by the reseller"
    if any(lemmas[k] == "own" and lemmas[k - 1] in ("their", "its")
           and (k <= cue.last + 3 or lemmas[k - 2] == "under") for k in range(cue.last + 2, min(hi, cue.last + 6) + 1)) \
            and SUBJECT_FIRST_PERSON.isdisjoint(lemmas[start:cue.first]):
        # "Pharmacies ... may sell their own customer data", "that lender may charge late fees under its own
        # contract": the subject's own practice
        return "other"
    if any(lemmas[j] in ("which", "who") for j in range(max(start, cue.first - 3), cue.first)) and any(
            lemmas[k] == "own" and lemmas[k - 1] in ("their", "its") and lemmas[k - 2] == "under"
            for k in range(cue.last + 3, hi + 1)):
        # "Payments go through a payment firm, which may ask for your ID under its own rules": the relative
        # clause's party acts under its own rules
        return "other"
    if any(lemmas[k] == "own" and lemmas[k - 1] == "whose" for k in range(max(start + 1, cue.first - 4), cue.first)):
        return "other"  # "sold by the ferry operator, whose own cancellation and refund rules apply"
    if lemmas[start] in ("some", "many", "most") and cue.first == start + 2 and toks[start + 1].norm.endswith("s") \
            and lemmas[start + 1] not in FIRST_PARTY_NOUNS and lemmas[start + 1] not in _OWN_THINGS:
        return "other"  # "Some hotels ask for passport details": other parties' own practice
    if cue.first > start + 3 and lemmas[start] in ("the", "a", "an", "each") and lemmas[start + 1] in _HOLDERS \
            and lemmas[start + 2] == "of" and lemmas[start + 3] not in SECOND_PERSON:
        return "other"  # "The owner of the rehearsal venue ... requires every hirer to indemnify it"
    verb_at: int | None = None  # where a verb of being or staying last stands before the cue (found once)
    for i in range(start, cue.first):  # the clause's first subject-like word, up to the cue
        lem = lemmas[i]
        if lem in SUBJECT_FIRST_PERSON or (i == start + 1 and lem == "company" and lemmas[start] == "the"):
            return "first-party"
        if lem in SECOND_PERSON and i > start and lemmas[i - 1].isalpha() and lemmas[i - 1] not in _BEFORE_A_SUBJECT:
            if verb_at is None:
                verb_at = max((k for k in range(start, cue.first + 1)
                               if (lemmas[k] in BE and k < cue.first) or lemmas[k] in STAYING), default=-1)
            if verb_at < i + 2:
                return "user"  # "you may", "you agree": the reader, the other party to the terms
            # "Everything you enter is stored ...", "Every bid you place stays on file": the reader in a relative
            # clause of the subject
            continue
        if lem in SECOND_PERSON or (lem in USER_ROLES and i + 1 < cue.first and lemmas[i + 1] in MODALS):
            return "user"  # "you may", "The Customer may end the agreement": the other party to the terms
        if lem in _EVERYONE and i + 1 < cue.first and lemmas[i + 1] in ("who", "that"):
            continue  # "Everyone who books is put on the mailing list": the readers who do it, no other party
        # ("they carry no expiry date": the vouchers themselves, no other party)
        if (lem in OTHER_PRONOUNS and cue.term != "account-balance") or (i in recipient_ends and all(
                not w[:1].isalnum() or w in DETERMINERS or w in QUANTIFIERS for w in lemmas[start:recipient_ends[i]])):
            # a recipient that opens the clause ("Our partners may collect"), not one that qualifies an object
            # ("uses third-party advertising cookies"); but cookies others place on the first party's own pages
            # are tracking it allows ("Advertising partners place cookies on our checkout page").
            if cue.term == "tracking" and any(lemmas[k] == "on" and lemmas[k + 1] == "our"
                                              for k in range(cue.last + 1, hi)):
                return "first-party"
            return "other"
        if lem in BE:
            return "first-party"  # passive: "is shared", "are collected"
    return "first-party"


_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody"})
# The reader agreeing that another acts ("You agree that we may ...", "you acknowledge that the Company ..."),
# or letting another act ("you allow us to ...", "You authorise the Company to ..."): the one who acts follows.
_AGREEING = frozenset({"agree", "acknowledge", "accept", "understand", "confirm", "recognise", "recognize"})
_LETTING = frozenset({"allow", "authorise", "authorize", "permit", "let", "instruct", "enable", "empower"})
_AGREEING_ADVERBS = frozenset({"hereby", "expressly", "also", "further", "specifically", "irrevocably",
                              "explicitly", "therefore", "fully"})


def _another_acting(lemmas: list[str], j: int, end: int) -> int | None:
    """After "you" (from ``j`` to the cue at ``end``), a verb by which the reader agrees that, or lets, another
    party act: where that party is named."""
    while j < end and lemmas[j] in _AGREEING_ADVERBS:
        j += 1
    if j + 1 >= end:
        return None
    if lemmas[j] in _AGREEING and (lemmas[j + 1] == "that" or lemmas[j + 1] in SUBJECT_FIRST_PERSON):
        return j + 1 + (lemmas[j + 1] == "that")
    if lemmas[j] in _LETTING and lemmas[j + 1] not in ("yourself", "you", "to"):
        return j + 1
    return None


# Verbs by which the first party advises the reader to act, and the practices that act may be ("We encourage you to
# share information with caution"): the reader's own, not one the first party states of itself
_URGING = frozenset({"encourage", "advise", "recommend", "urge", "remind", "suggest", "invite"})
_READERS_ACTS = frozenset({"sharing", "sale", "use", "tracking", "deletion"})
_BEFORE_A_SUBJECT = frozenset({"and", "or", "but", "so", "then", "if", "when", "unless", "because", "that", "which",
                               "whether", "while", "once", "after", "before", "until", "where", "as"})
_LEADING_TIMES = frozenset({"when", "while", "after", "before", "once", "whenever", "until", "each", "every"})
# Who holds or makes what a clause is about, named by it ("the owner of the hall", "the maker of the ring"):
# another party than the first.
_HOLDERS = frozenset({"owner", "owners", "landlord", "landlords", "manufacturer", "manufacturers", "maker", "makers",
                      "organiser", "organisers", "organizer", "organizers"})
_OWN_THINGS = frozenset({"feature", "features", "page", "pages", "tool", "tools", "product", "products", "app", "apps",
                         "cookie", "cookies", "device", "devices", "camera", "cameras", "sensor", "sensors"})


def _others_matter(toks: list[Token], lemmas: list[str], text: str, i: int, hi: int) -> bool:
    """What follows "handled by", "a matter for", "the responsibility of" is another party: common nouns, none of
    them the first party's own ("our support team", "the company") nor a name (often the first party's)."""
    while i <= hi and lemmas[i] in OTHERS_DETERMINERS:
        i += 1
    if i > hi or not toks[i].word or text[toks[i].start:toks[i].start + 1].isupper():
        return False
    return lemmas[i] not in OWN_PEOPLE and lemmas[i] not in PROVIDER_NAMES and lemmas[i] not in ("customer", "client")


def _other_agent(lemmas: list[str], i: int, hi: int, recipient_ends: dict[int, int]) -> bool:
    """The agent after "by" is another party: a recipient, "them", the reader, a customer or a third party."""
    while i <= hi and lemmas[i] in ("the", "a", "an", "any", "such", "these", "those", "their", "its", "your"):
        i += 1
    if i > hi:
        return False
    return lemmas[i] in OTHER_AGENTS or any(r in recipient_ends for r in range(i, min(hi, i + 2) + 1))


def is_passive(toks: list[Token], lemmas: list[str], cue: CueHit, start: int) -> bool:
    """A participle after a form of "be", maybe with a negator or adverb between ("is not passed on"), or a
    cue that is both ("are removed")."""
    if lemmas[cue.first] in BE and cue.last > cue.first and toks[cue.last].norm != lemmas[cue.last]:
        return True
    if toks[cue.first].norm == lemmas[cue.first] or (toks[cue.last].norm.endswith("ing")
                                                     and not lemmas[cue.last].endswith("ing")):
        return False  # (a present participle after "be" is no passive: "the computer you are using")
    for i in range(cue.first - 1, max(start, cue.first - 6) - 1, -1):
        lem = lemmas[i]
        if lem in BE:
            return True
        # (or another participle coordinated with it: "are never made or stored")
        if lem not in NEGATORS and not lem.endswith("ly") and lem not in ("also", "then", "only", "or", "and") \
                and toks[i].norm == lem:
            return False
    return False


def reader_may(lemmas: list[str], lo: int, hi: int) -> bool:
    """The clause opens with the reader's side ("Parents", "Learners", "you") and what they may ask for
    ("may review", "can ask for access to", "may request")."""
    i = lo
    while i <= hi and (lemmas[i] in DETERMINERS or not lemmas[i][:1].isalnum()):
        i += 1
    if i > hi or not (lemmas[i] in SECOND_PERSON or lemmas[i] in USER_ROLES or lemmas[i] in READER_SIDE):
        return False
    j = i + 1
    if j < hi and lemmas[j] in READER_SIDE:
        j += 1  # "data subjects"
    return j < hi and lemmas[j] in MAY and lemmas[j + 1] in ASKING


_ENDPOINT_REACH = 3  # "to your last known residence", "to your registered e-mail address"


def to_reader(lemmas: list[str], i: int) -> bool:
    """"to you", "to yourself", "to your email address": what is sent there reaches the reader."""
    return i < len(lemmas) and (lemmas[i] in ("you", "yourself") or (
        lemmas[i] == "your" and any(lemmas[k] in READER_ENDPOINTS and all(w.isalpha() for w in lemmas[i + 1:k])
                                    for k in range(i + 1, min(len(lemmas), i + _ENDPOINT_REACH + 1)))))


def recipient_transfer(toks: list[Token], lemmas: list[str], core: list[CueHit], lo: int, hi: int,
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
            1 for i in range(lo, opening.first) if lemmas[i] in DETERMINERS or lemmas[i] in QUANTIFIERS) \
            and all(not toks[i].word or lemmas[i] in DETERMINERS or lemmas[i] in QUANTIFIERS
                    or (lemmas[i] not in NOT_RECEIVERS and lemmas[i].isalpha())
                    for i in range(lo, opening.first)):
        # "The ad networks that serve ads in the free version receive ...": past a relative clause
        # (or examples of it: "Service providers such as our cloud host and email platform receive ...")
        reach = 12 if opening.last + 1 <= hi and lemmas[opening.last + 1] in RELATIVES | {"that", "such"} else 8
        for i in range(opening.last + 1, min(hi, opening.last + reach) + 1):
            # What is received is data the text names, the reader's own ("receive your sleep diary entries") or
            # data by a word of data ("receive only the data they need").
            if lemmas[i] in RECEIVING and (any(i < d.first <= hi for d in data)
                                           or (i < hi and lemmas[i + 1] == "your")
                                           or not DATA_NOUNS.isdisjoint(lemmas[i + 1:min(hi, i + 3) + 1])):
                return CueHit("practices", "sharing", lemmas[i], i, i)
            if lemmas[i] in (",", ";") or lemmas[i] in SUBJECTS_NEGATED:
                break
    if lemmas[lo] in SUBJECT_FIRST_PERSON:
        # "We work with service providers who host our website", "We rely on vendors ...", "We engage
        # processors to ...": the first party has others handle what it holds, which is sharing it
        for i in range(lo + 1, min(hi, lo + 4)):
            size = next((len(p) for p in HIRING if tuple(lemmas[i:i + len(p)]) == p), 0)
            if size and any(i + size <= r.first <= i + size + 2 for r in recipients):
                return CueHit("practices", "sharing", " ".join(lemmas[i:i + size]), i, i + size - 1)
    for r in recipients:  # "a specialist contractor that receives your name": a recipient's relative clause
        k = r.last + 2 if lemmas[r.last + 1:r.last + 2] == [","] else r.last + 1  # (", which receives")
        if lo <= r.first and k + 2 <= hi and lemmas[k] in ("that", "who", "which") \
                and lemmas[k + 1] in RECEIVING and (lemmas[k + 2] == "your"
                                                    or any(k + 1 < d.first <= hi for d in data)):
            return CueHit("practices", "sharing", lemmas[k + 1], k + 1, k + 1)
    for i in range(lo + 1, hi - 1):  # "Delivery details go to our courier partners": data going to a recipient
        if lemmas[i] in GOING and lemmas[i + 1] == "to" and any(i + 1 < r.first <= i + 4 for r in recipients) \
                and (any(lo <= d.first and d.last < i for d in data) or not RECORD_NOUNS.isdisjoint(lemmas[lo:i])):
            return CueHit("practices", "sharing", lemmas[i], i, i + 1)
    for h in core:
        if h.term not in KEPT_FOR_US or not is_passive(toks, lemmas, h, lo):
            continue
        by = next((i for i in range(h.last + 1, min(hi, h.last + 3) + 1) if lemmas[i] == "by"), None)
        if by is not None and any(by < r.first and r.last <= min(hi, by + 5) for r in recipients):
            return CueHit("practices", "sharing", h.cue, h.first, h.last)
    return None


RELATIVE_WORDS = 8  # the longest relative clause between a receiver and its verb


# What "your" names that is the reader's own, not a party: "to your account", "to your own device"
_READERS_OWN_THINGS = frozenset({"own", "profile", "wallet", "basket", "cart", "order", "booking", "library", "album",
                                 "dashboard", "inbox", "computer", "tablet", "laptop", "browser", "car", "vehicle",
                                 "door", "house", "cloud", "drive", "storage", "backup", "card", "bank", "friend",
                                 "family", "child", "children", "contact", "contacts", "team", "group", "list"})
_LEADING_PREPOSITIONS = frozenset({"under", "for", "through", "as", "with", "during", "in", "on", "at", "via"})
_LEADING_WORDS = 8  # the longest leading phrase looked past ("Under the SafeHome Cover scheme,")
_LEADING_CASES = frozenset({"if", "when", "whenever"})


def _others_of_the_reader(toks: list[Token], lemmas: list[str], i: int, last: int) -> bool:
    """Other users by their role, in the plural, receiving the reader's own data ("Buyers see your first name"):
    not the reader by its role ("Members will receive 30 days' notice")."""
    return toks[i].norm.endswith("s") and i + 2 <= last and lemmas[i + 1] in RECEIVING and lemmas[i + 2] == "your"


def _other_name(norm: str, lemma: str) -> bool:
    """A capitalised word naming a party other than the first party: not in the text's title, where the first party
    is named ("The National Blood Service receives ..." in a blood-drive organiser's notice), nor a role the text
    capitalises ("the Company", "the Customer")."""
    lex = lexicon()
    return bool(lex.titled) and norm not in lex.titled and lemma not in lex.titled and norm.isalpha() \
        and lemma not in PROVIDER_NAMES and lemma not in USER_ROLES and norm not in DEFINED_TERMS


_THE_FIRST_PARTYS = frozenset({"the", "our", "this"})  # "the Company", "our company": the first party


def _other_companies(toks: list[Token], lemmas: list[str], i: int, lo: int) -> bool:
    """The word at ``i`` names companies other than the first party: in the plural or without "the" or "our"
    before it ("Ground-handling companies at each airport receive ...", "a company that buys kits")."""
    return lemmas[i] == "company" and (toks[i].norm != "company" or i == lo or lemmas[i - 1] not in _THE_FIRST_PARTYS)


def received_by_other(toks: list[Token], lemmas: list[str], text: str, lo: int, hi: int,
                      data: list[CueHit]) -> CueHit | None:
    """Another party named by common nouns receives, gets or sees someone's data ("the creator receives your
    name", "Drug manufacturers receive patients' names", "Instructors see only the learner's first name",
    "People on the same trip see each other's photo"): the first party's sharing, stated from the recipient's
    side. The subject is a few lowercase words (a capitalised one is a name, often the first party's own); the
    reader, the first party, the app or the service as subject, or the subject's own data ("their progress"),
    is no other party's receiving."""
    if lemmas[lo] in _LEADING_PREPOSITIONS or lemmas[lo] in _LEADING_CASES:
        # "Under the corporate wellness scheme, employers receive ...", "If you mark a camera as public, other members
        # can see its position": the subject follows the leading phrase
        comma = next((k for k in range(lo + 1, min(hi, lo + _LEADING_WORDS) + 1) if lemmas[k] == ","), None)
        if comma is None or comma + 2 > hi:
            return None
        lo = comma + 1
    if lemmas[lo] == "nobody" or lemmas[lo:lo + 2] == ["no", "one"]:
        return _seen_by_nobody(lemmas, lo, hi, data)
    verb: int | None = None
    named_other = False  # a name of another party opens the subject
    # past "of" after the subject's head in small letters: what follows names what the party deals in ("The publisher
    # of the Lantern Roads books"), its capitals no name of the first party's
    of_a_head = False
    named: set[int] = set()  # a name set off by commas after the subject ("Our insurer, Hive Mutual, receives")
    i, last = lo, min(hi, lo + RECEIVER_WORDS + 3)
    while i <= last:
        lemma = lemmas[i]
        if ((lemma in RECEIVING or lemma in BUYING) and i > lo and verb is None and lemmas[i - 1] not in DETERMINERS) \
                or (lemma in HANDED and i > lo + 1 and lemmas[i + 1:i + 2] != []
                    and (lemmas[i - 1] in BE or (lemmas[i - 1] in NEGATORS and lemmas[i - 2] in BE))
                    and lemmas[i + 1] not in _AFTER_A_THING_SENT):  # "Couriers are given your address", "is never shown"
            verb = i
            break
        if lemma == "," and i > lo and not named:
            # a name ("Our insurer, Hive Mutual, receives") or what the subject is ("Our lead sponsor, a regional
            # grocery chain, receives")
            end = next((j for j in range(i + 1, min(last, i + NAME_WORDS + 1) + 1) if lemmas[j] == ","), None)
            if named_other and i + 1 <= hi and lemmas[i + 1] in ("which", "who"):
                # "Lifecover Assurance, which sponsors our drives, receives ...": past a named party's relative clause
                end = next((j for j in range(i + 2, min(hi, i + RELATIVE_WORDS) + 1) if lemmas[j] == ","), None)
                if end is None:
                    return None
            elif end is None or not (all(text[toks[j].start:toks[j].start + 1].isupper() or not toks[j].word
                                         for j in range(i + 1, end))
                                     or (lemmas[i + 1] in ("a", "an") and all(
                                         toks[j].word and lemmas[j] not in NOT_RECEIVERS for j in range(i + 2, end)))):
                return None
            named.update(range(i, end + 1))
            last = min(hi, end + RECEIVER_WORDS)
            i = end + 1
            continue
        if lemma in ("who", "that", "whose") and i > lo and not named:
            # "Private medical insurers who fund a machine receive ...": past the subject's relative clause
            # (or given it in the passive: "A company that buys kits for its staff is sent a summary")
            end = next((j for j in range(i + 2, min(hi, i + RELATIVE_WORDS) + 1)
                        if (lemmas[j] in RECEIVING and lemmas[j - 1] not in DETERMINERS)
                        or (lemmas[j] in HANDED and lemmas[j - 1] in BE and lemmas[j + 1:j + 2] != []
                            and lemmas[j + 1] not in _AFTER_A_THING_SENT)), None)
            if end is None or any(not toks[j].word or lemmas[j] in RECEIVING for j in range(i + 1, end)):
                return None
            named.update(range(i, end))
            i = end
            continue
        if toks[i].word and not text[toks[i].start:toks[i].start + 1].islower() and lemma not in NOT_RECEIVERS \
                and (i > lo or toks[i].norm in lexicon().names) and _other_name(toks[i].norm, lemma):
            # "The National Blood Service": the words after a name's first are the name's (a capital opening the
            # clause is a name's only where the text capitalises the word inside its sentences too)
            named_other = True
        if lemma == "of" and i > lo + 1 and text[toks[i - 1].start:toks[i - 1].start + 1].islower() \
                and toks[i - 1].word and lemmas[i - 1] not in NOT_RECEIVERS:
            of_a_head = True
        if not toks[i].word:
            if lemma not in ("-", "&"):
                return None
        elif lemma == "you" and ((i >= lo + 2 and ((lemmas[lo] in ARTICLES and lemmas[lo] != "your")
                                                   or lemmas[i - 1] in ("near", "around")))
                                 or (i == lo + 1 and toks[lo].norm.endswith("s"))):
            # "The lender you choose receives ...", "nurseries near you", "Carers you invite can see ...": the
            # reader inside the subject
            pass
        elif i == lo and lemma == "our":
            pass  # "our carrier", "our insurer": a party the first party deals with (not its own people)
        elif (lemma in NOT_RECEIVERS and not (named_other and not text[toks[i].start:toks[i].start + 1].islower())
              and not _other_companies(toks, lemmas, i, lo)) \
                or (i > lo and not text[toks[i].start:toks[i].start + 1].islower()
                    and not (named_other or _other_name(toks[i].norm, lemma)) and not of_a_head) \
                or (i == lo and toks[i].norm in lexicon().titled and toks[i].norm not in ARTICLES) \
                or (i == lo and toks[i].norm in USER_ROLES and not _others_of_the_reader(toks, lemmas, i, last)):
            # (the reader by a role, opening the clause, receives what is sent to it: "Members will receive 30
            # days' notice"; "other members", "our clients", "the hotel a guest books" are others)
            return None
        i += 1
    if verb is None or (lemmas[lo] == "our" and not OWN_PEOPLE.isdisjoint(lemmas[lo + 1:verb])):
        return None
    if lemmas[verb] in BUYING and any((lemmas[k] in SECOND_PERSON or lemmas[k] in SUBJECT_FIRST_PERSON)
                                      and lemmas[k - 1] not in ("near", "around")
                                      for k in range(max(lo, verb - 3), verb)):
        return None  # "the items you have purchased": the reader buying, no data sold
    subject = [i for i in range(lo, verb) if toks[i].word and lemmas[i] not in RECEIVER_MODIFIERS and i not in named]
    if not subject or len(subject) > RECEIVER_WORDS or lemmas[subject[-1]] in DETERMINERS:
        return None
    for i in range(verb + 1, min(hi, verb + 8) + 1):
        lemma = lemmas[i]
        if lemma in (",", ";", ".") or lemma in RECEIVER_OWN:
            return None  # "see their progress", "see it": nobody else's data
        if lemma in _TOTALS and lemmas[verb] in HANDED:
            return None  # "Sponsors are given total member numbers": no one's data
        end = toks[i].end
        if lemma in ("your", "you") or (toks[i].word and toks[i].norm not in TIME_UNITS and (  # not "days' notice"
                text[end:end + 2] in POSSESSIVE or (text[end:end + 1] in ("'", "\u2019") and toks[i].norm.endswith("s")))) \
                or any(d.first == i for d in data) or lemma in RECORD_NOUNS \
                or (lemma in PEOPLE_OF and i > verb + 2 and lemmas[i - 1] == "of"):  # "the progress of pupils"
            # (another party buying it: "Garden centres can purchase your contact details" is a sale)
            return CueHit("practices", "sale" if lemmas[verb] in BUYING else "sharing", lemmas[verb], verb, verb)
    return None


_TOTALS = frozenset({"total", "totals", "aggregate", "aggregated", "anonymous", "anonymised", "anonymized",
                     "statistics", "statistical"})  # what is counted or stripped of names is no one's data
# A passive verb of giving or sending followed by one of these has the thing sent as its subject ("Reminders are sent
# by text message", "Your location is shown to you"), not the party given it ("Couriers are given your address").
_AFTER_A_THING_SENT = frozenset({"to", "by", "on", "in", "at", "beside", "for", "with", "via", "through", "as", "from",
                                 "only", "out", "automatically", "when", "once", "each", "every", ".", ","})


def _seen_by_nobody(lemmas: list[str], lo: int, hi: int, data: list[CueHit]) -> CueHit | None:
    """"Nobody outside our clinic sees your records", "No one outside the team can see your health details": no
    one (the negator the sharing's polarity reads) receives someone's data."""
    verb = next((k for k in range(lo + 1, min(hi, lo + RECEIVER_WORDS + 3) + 1) if lemmas[k] in RECEIVING), None)
    if verb is None or any(lemmas[k] in (",", ";") for k in range(lo, verb)):
        return None
    named = any(lemmas[k] in ("your", "you") or lemmas[k] in RECORD_NOUNS or any(d.first == k for d in data)
                for k in range(verb + 1, min(hi, verb + 4) + 1))
    return CueHit("practices", "sharing", lemmas[verb], verb, verb) if named else None


_ANTECEDENT_GAP = 4  # tokens at most between a relative clause's noun and its pronoun (", in Toronto, which")


def receiving_is_no_collection(toks: list[Token], lemmas: list[str], text: str, h: CueHit, lo: int) -> bool:
    """A collection cued by a verb of receiving whose subject is no first party ("the Customer receives the face
    value", "Requests receive a response", "the hotel receives the booking details"): someone else receives
    something, the first party collects nothing. A participle ("data received from partners") or a passive
    ("is received") keeps its sense."""
    i = h.first
    if not (h.term == "collection" and h.last == i and lemmas[i] in RECEIVING and i > lo
            and not toks[i].norm.endswith("ed") and lemmas[i - 1] not in BE):
        return False
    if lemmas[i - 1] in ("which", "that", "who"):
        # "the charities that receive donated furniture", "a partner company in Toronto, which receives the audio":
        # the noun the relative clause is about receives it, unless it is the first party's own ("our servers")
        # (the clause may begin at the pronoun: the noun is looked for in the unit, a few words back)
        k, lowest = i - 2, max(0, i - 2 - _ANTECEDENT_GAP)
        while k >= lowest and (not toks[k].word or not text[toks[k].start:toks[k].start + 1].islower()
                               or lemmas[k] == "in"):
            k -= 1  # past the comma and a place or a name after the noun
        # ("the Company, which receives ..." is the first party; "a partner company" another)
        return k >= lowest and not (lemmas[k] in FIRST_PARTY_NOUNS and k > 0 and lemmas[k - 1] == "the") \
            and "our" not in lemmas[max(0, k - 3):k] and lemmas[k] not in ("you", "we", "it")
    words = [j for j in range(lo, i) if toks[j].word and lemmas[j] not in RECEIVER_MODIFIERS]
    # The first party is "we", its app or service, or a name ("The Company receives", "Acme receives").
    return bool(words) and FIRST_PARTY_NOUNS.isdisjoint(lemmas[lo:i]) \
        and all(text[toks[j].start:toks[j].start + 1].islower() for j in words[1:]) \
        and not (len(words) == 1 and not toks[words[0]].norm.endswith("s"))


def defined_party(toks: list[Token], lemmas: list[str], text: str, h: CueHit) -> bool:
    """A one-word recipient cue written as a contract's defined name ("the Provider may deactivate ...",
    "Provider will not use ..."): the first party's name; "Service Providers", "our providers" or "the
    Processor" stay recipients."""
    i = h.first
    return h.last == i and toks[i].norm in PARTY_NAMES and text[toks[i].start:toks[i].start + 1].isupper() \
        and (i == 0 or lemmas[i - 1] == "the" or not text[toks[i - 1].start:toks[i - 1].start + 1].isupper())


def sent_to_another(toks: list[Token], lemmas: list[str], lo: int, hi: int, data: list[CueHit]) -> CueHit | None:
    """Data sent, reported, uploaded or going to a party that is neither the first party nor the reader
    ("your wear time is reported to Corrib Health", "breathing summaries go to a sleep company", "are hashed and
    uploaded to Meta"): the first party's sharing, whether or not the vocabulary knows the party. Data, or a
    record noun, must come before the verb; "to us", "to our servers", "to your phone" are no other party."""
    for i in range(lo + 1, hi - 1):
        if lemmas[i] not in SENDING or lemmas[i + 1] != "to":
            continue
        if not (any(lo <= d.first < i for d in data) or not RECORD_NOUNS.isdisjoint(lemmas[lo:i])):
            continue
        if not _another_party(toks, lemmas, i + 2, hi):
            continue
        return CueHit("practices", "sharing", lemmas[i], i, i + 1)
    return None


def processed_for_us(lemmas: list[str], lo: int, hi: int) -> CueHit | None:
    """Another party handling data for the first party ("A hosting company and a crash-reporting service handle
    your data for us", "Our cloud host ... process data on our behalf", "an operator acting on our written
    instructions"): the data is disclosed to it, a processor. Not the first party's own processing for others
    ("We process data on behalf of our customers"), nor the reader's."""
    for m in range(lo + 1, hi + 1):
        lemma = lemmas[m]
        reach = _BEHALF_REACH
        if (lemma == "behalf" and lemmas[m - 1] == "our") or (
                lemma == "behalf" and lemmas[m - 1] == "on" and lemmas[m + 1:m + 2] == ["of"]
                and lemmas[m + 2:m + 3] in (["us"], ["the"])):
            at = m - 2 if lemmas[m - 1] == "our" else m - 1  # "on" opens the marker
        elif lemma == "behalf" and m - 2 > lo and lemmas[m - 2] == "on" and lemmas[m - 1].isalpha() \
                and lemmas[m - 1] not in ("your", "their", "its", "his", "her"):
            at = m - 2  # "on Frostline's behalf": a name's, the first party's
        elif lemma == "us" and lemmas[m - 1] == "for":
            at = m - 1
        elif lemma in ("instruction", "instructions") and "our" in lemmas[max(lo, m - 3):m] \
                and "on" in lemmas[max(lo, m - 4):m]:
            at = next(k for k in range(m - 1, max(lo, m - 4) - 1, -1) if lemmas[k] == "on")
        elif lemma in ("processor", "processors") and lemmas[m - 2:m] == ["as", "our"]:
            at = m - 2  # "stores the data as our processor"
        elif lemma in _CONTRACTS and "under" in lemmas[max(lo, m - 4):m]:
            # "stores the app's data in a data centre near Antwerp, under a data processing agreement"
            at = next(k for k in range(m - 1, max(lo, m - 4) - 1, -1) if lemmas[k] == "under")
            reach = _CONTRACT_REACH
        else:
            continue
        verb = next((k for k in range(at - 1, max(lo, at - reach) - 1, -1) if lemmas[k] in _HANDLING_VERBS),
                    None)
        if verb is None or verb == lo:
            continue
        subject = lemmas[lo:verb]
        if not (SUBJECT_FIRST_PERSON.isdisjoint(subject) and SECOND_PERSON.isdisjoint(subject)
                and "us" not in subject):
            continue
        return CueHit("practices", "sharing", lemmas[verb], verb, verb)
    return None


_HANDLING_VERBS = frozenset({"handle", "process", "store", "host", "keep", "hold", "receive", "manage", "act",
                             "acting", "run", "analyse", "analyze"})
_BEHALF_REACH = 8  # tokens back from "for us" to the verb: "process your data for us", "store loyalty data for us"
_CONTRACTS = frozenset({"contract", "agreement"})  # "under a written contract", "under a data processing agreement"
_CONTRACT_REACH = 14  # tokens back from "under" to the verb: where the data is kept may stand between


def _another_party(toks: list[Token], lemmas: list[str], j: int, hi: int, reader_roles: bool = False) -> bool:
    """The words from ``j`` (after "to") name a party that is neither the first party nor the reader: not "us",
    "our servers", "your phone", "them" (nor, with ``reader_roles``, the reader by a role: "to its subscribers")."""
    while j <= hi and lemmas[j] in ("the", "a", "an", "its", "their"):
        j += 1
    return not (j > hi or not toks[j].word or lemmas[j] in NOT_RECEIVERS or lemmas[j] in READER_ENDPOINTS
                or (reader_roles and (lemmas[j] in USER_ROLES or lemmas[j] in READER_SIDE))
                or lemmas[j] in ("your", "our", "us", "you", "them", "it", "this", "that") or not lemmas[j].isalpha())


def _plural_noun(toks: list[Token], lemmas: list[str], i: int) -> bool:
    """The token reads as a plural: a noun, as no verb after "to" takes an "s" ("to journalists")."""
    norm = toks[i].norm
    return toks[i].word and norm.isalpha() and len(norm) > 3 and norm.endswith("s") \
        and not norm.endswith(("ss", "us", "is")) and norm not in _NOT_PLURALS


def _hyphened_plural(toks: list[Token], lemmas: list[str], text: str, i: int, hi: int) -> bool:
    """Words joined by hyphens ending in a plural noun ("infant-formula brands", "pet-food makers")."""
    k = i
    while k + 1 <= hi and text[toks[k].end:toks[k + 1].start] == "-":
        k += 1
    return k > i and (_plural_noun(toks, lemmas, k) or (k + 1 <= hi and _plural_noun(toks, lemmas, k + 1)))


_NOT_PLURALS = frozenset({"yours", "ours", "theirs", "hers", "does", "goes", "was", "has", "always", "perhaps",
                          "whereas", "unless", "towards", "afterwards", "besides"})


_LISTING = frozenset({",", "and", "or"})
_LIST_GAP = 4  # tokens at most between two data of a list ("your name, phone number")


def given_to_another(toks: list[Token], lemmas: list[str], text: str, lo: int, hi: int,
                     data: list[CueHit], parties: frozenset[int] = frozenset()) -> CueHit | None:
    """The first party giving, sending or passing named data to a party that is neither itself nor the reader
    ("We don't give a child's medical details to anyone outside the camp", "we send the names of finishers to
    the league"): sharing, whether or not the vocabulary knows the party. The data stands between the verb and
    "to"; "to you", "to your phone", "to our servers" reach no other party."""
    for i in range(lo, hi - 2):
        if (lemmas[i] not in GIVING_VERBS and lemmas[i] not in _TWO_OBJECTS) or any(d.first <= i <= d.last for d in data):
            continue
        if lemmas[i] in _TWO_OBJECTS and _party_then_data(toks, lemmas, text, i + 1, hi, data, parties):
            return CueHit("practices", "sharing", lemmas[i], i, i)
        if lemmas[i] not in GIVING_VERBS:
            continue
        # named data, or a word of records ("hand information to law enforcement", "give the footage to the Police")
        # (whichever comes first: "your claim details to your health fund" names the details, not the fund)
        named_last = next((d.last for d in data if i < d.first <= i + GIVEN_REACH), None)
        record = next((k for k in range(i + 1, min(hi, i + GIVEN_REACH) + 1) if lemmas[k] in RECORD_NOUNS), None)
        if named_last is None or (record is not None and record < named_last):
            named_last = record
        if named_last is None:
            continue
        # (a list of data: "send your name, phone number and queue date to the board"; its commas join it)
        listed = named_last
        for d in data:
            if listed < d.first <= listed + _LIST_GAP and all(
                    lemmas[k] in _LISTING or toks[k].word for k in range(listed + 1, d.first)) \
                    and any(lemmas[k] in _LISTING for k in range(listed + 1, d.first)):
                listed = d.last
        to = next((k for k in range(listed + 1, min(hi, listed + GIVEN_REACH) + 1) if lemmas[k] == "to"), None)
        if to is None or any(lemmas[k] in (",", ";") for k in range(i + 1, to) if not named_last < k < listed):
            continue
        # (a party opens with a determiner or a capital, or is one the vocabulary names, ``parties`` holding where
        # those start: "to create an account" is a purpose, "to law enforcement" a party)
        if to + 1 > hi or not (lemmas[to + 1] in PARTY_OPENERS or to + 1 in parties
                               or text[toks[to + 1].start:toks[to + 1].start + 1].isupper()
                               # (a plural noun, no verb after "to": "to journalists", "to infant-formula brands")
                               or _plural_noun(toks, lemmas, to + 1) or _hyphened_plural(toks, lemmas, text, to + 1, hi)
                               # (the reader's own organisation: "to your health plan", "to your employer")
                               or (lemmas[to + 1] == "your" and to + 2 <= hi and (to + 2 in parties or (
                                   lemmas[to + 2] not in READER_ENDPOINTS and toks[to + 2].word
                                   and lemmas[to + 2] not in _READERS_OWN_THINGS)))):
            continue
        if not _another_party(toks, lemmas, to + 2 if lemmas[to + 1] == "your" else to + 1, hi, reader_roles=True):
            continue
        return CueHit("practices", "sharing", lemmas[i], i, i)
    return None


_TWO_OBJECTS = frozenset({"give", "send", "hand", "show"})  # verbs that take the party first: "give the courier your address"
_PARTY_WORDS = 4  # the most words a party named between such a verb and the data takes


def _party_then_data(toks: list[Token], lemmas: list[str], text: str, j: int, hi: int, data: list[CueHit],
                     parties: frozenset[int]) -> bool:
    """From ``j``, a party that is neither the first party nor the reader, then someone's data or records ("the
    attending crew and the receiving hospital the health details", "the operator your number", "the council a
    list of addresses", "Medicare the details it needs"): the verb's two objects."""
    if j > hi or not (lemmas[j] in PARTY_OPENERS or j in parties or text[toks[j].start:toks[j].start + 1].isupper()) \
            or not _another_party(toks, lemmas, j, hi, True):
        return False
    for k in range(j + 1, min(hi, j + 2 * _PARTY_WORDS + 1) + 1):
        if lemmas[k] == "your" or (lemmas[k] in ("the", "a", "any") and k + 1 <= hi and (
                any(d.first in (k + 1, k + 2) for d in data) or lemmas[k + 1] in RECORD_NOUNS)):
            # (the data must follow, named, or be the reader's: "the courier your address")
            return k + 1 <= hi and toks[k + 1].word
        if not toks[k].word or lemmas[k] in RECORD_NOUNS or any(d.first <= k <= d.last for d in data):
            return False
    return False


def told_to_subject(toks: list[Token], lemmas: list[str], lo: int, hi: int, data: list[CueHit],
                    text: str = "") -> CueHit | None:
    """A party as the subject of a passive verb of giving with data as its object ("the reserve warden is told
    your name", "the guest roasters are sent the names of subscribers", "Credit agencies are not given any
    information"): the first party's sharing, stated from the recipient's side. The reader, the first party and
    its own people as subject receive nothing from it ("You are sent a reminder")."""
    for i in range(lo + 1, hi):
        if toks[i].norm not in TOLD or (lemmas[i - 1] not in BE and not (
                lemmas[i - 1] in NEGATORS and i - 2 >= lo and lemmas[i - 2] in BE)):
            continue
        # The subject up to what qualifies it ("the Council, which owns the land", "the roasters featured in")
        end = next((k for k in range(lo, i - 1) if lemmas[k] in (",", "which", "who", "that", "whose")
                    or (k > lo and toks[k].norm.endswith("ed"))), i - 1)
        subject = lemmas[lo:end]
        # ("Our pet-food supplier is sent ...": a party of the first party's, not its own people)
        named = subject[1:] if len(subject) > 1 and subject[0] == "our" else subject
        if not subject or not NOT_RECEIVERS.isdisjoint(named) or not OWN_PEOPLE.isdisjoint(named) \
                or subject[-1] in USER_ROLES or subject[-1] in PERSON:  # its head: "guest roasters" are no guests
            return None
        j = i + 1
        while j <= hi and lemmas[j] in ("the", "a", "an", "any", "each", "every", "all", "their"):
            j += 1
        # (or someone's named data: "the driver is given the passenger's name")
        if j <= hi and (lemmas[j] == "your" or any(d.first == j for d in data) or lemmas[j] in RECORD_NOUNS
                        or (text[toks[j].end:toks[j].end + 2] in POSSESSIVE and any(d.first == j + 1 for d in data))):
            return CueHit("practices", "sharing", toks[i].norm, i, i)
        return None
    return None


def paid_for_data(lemmas: list[str], lo: int, hi: int, names_data: bool) -> int | None:
    """Where another party pays the first party ("pay us", "pays the Company") in a unit naming data or
    records: the first party is paid for them."""
    if not names_data:
        return None
    for i in range(lo + 1, hi):
        if lemmas[i] == "return" and lemmas[i - 1] == "in" and lemmas[i + 1:i + 2] == ["for"] \
                and not _PAYMENT_WORDS.isdisjoint(lemmas[i + 2:i + 6]):
            return i  # "supplied to Solara Eyewear in return for a commission on each mailing"
        if lemmas[i] != "pay":
            continue
        each = any(lemmas[k] == "for" and lemmas[k + 1] in ("each", "every") for k in range(i + 2, min(hi, i + 8)))
        payee = i + 1 if lemmas[i + 1] in ("us", "we") else \
            i + 2 if lemmas[i + 1] == "the" and i + 2 <= hi and lemmas[i + 2] in PROVIDER_NAMES else \
            i if lemmas[i + 1] in ("a", "an") and each else \
            i + 1 if each and lemmas[i + 1].isalpha() and lemmas[i + 1] not in _NO_PAYEE else None
        # (another party paying "a referral fee for each profile", or a name "$4 for each referral", pays the
        # first party for each item; paid "for" something ("pay us for lists", "a fee for each report"), not "to"
        # do something)
        subject = lemmas[max(lo, i - 3):i]
        if payee is not None and "for" in lemmas[payee + 1:payee + 7] \
                and SECOND_PERSON.isdisjoint(subject) and USER_ROLES.isdisjoint(subject):
            return i
    return None


_PAYMENT_WORDS = frozenset({"commission", "fee", "fees", "payment", "payments", "money", "cash", "price"})
_NO_PAYEE = frozenset({"for", "to", "by", "your", "their", "its", "his", "her", "you", "them", "it", "this", "that",
                       "any", "all", "each", "every", "extra", "more"})


def whose_child(toks: list[Token], lemmas: list[str], text: str, h: CueHit) -> bool:
    """A child named as someone's, or as the owner of something ("your child", "each child's birthday", "the
    child's nickname"): the person data is about."""
    end = toks[h.last].end
    return (h.first > 0 and lemmas[h.first - 1] in OWNING) or text[end:end + 2] in POSSESSIVE \
        or text[end:end + 1] in ("'", "\u2019")


def reader_obliged(lemmas: list[str], lo: int, hi: int) -> int | None:
    """Where "must" or "shall" binds the reader, by any name, near the clause's start ("You must wear", "The
    Hirer shall keep"); not an age ("must be"), a payment ("shall pay") or notice ("must give")."""
    for i in range(lo + 1, min(hi, lo + RIGHTS_SUBJECT_REACH)):
        if lemmas[i] in OBLIGING:
            if not any(lemmas[k] in SECOND_PERSON or lemmas[k] in USER_ROLES or lemmas[k] in READER_SIDE
                       for k in range(lo, i)):
                return None
            return i if i + 1 <= hi and lemmas[i + 1] not in NOT_CONDUCT else None
    return None


def rights_described(lemmas: list[str], lo: int, hi: int) -> bool:
    """The reader, by any name, may access, correct, delete ... data: rights described, however a request is
    then made ("California residents may request to know, delete or correct", "You may access, correct and
    erase your data")."""
    for i in range(lo, min(hi, lo + RIGHTS_SUBJECT_REACH) + 1):
        if lemmas[i] in MAY and i > lo and (lemmas[i - 1] in SECOND_PERSON or lemmas[i - 1] in USER_ROLES
                                            or lemmas[i - 1] in READER_SIDE or lemmas[i - 1] == "resident"):
            j = i + 1
            while j <= hi and lemmas[j] in ("request", "ask", "to", "also"):
                j += 1
            return j <= hi and lemmas[j] in RIGHT_VERBS
    return False


def provider_ends(toks: list[Token], lemmas: list[str], text: str, lo: int, at: int) -> bool:
    """The verb at ``at`` (after a modal) is the provider's withdrawing what it provides: its subject is the first
    party, a name ("Highcairn may withdraw a pass", "The Agent may withdraw an application"), or, in the passive,
    what the provider withdraws ("A listing may be removed"); never the reader ("You may withdraw")."""
    subject = [i for i in range(lo, at) if toks[i].word and lemmas[i] not in MODALS and lemmas[i] not in BE]
    if not subject or any(lemmas[i] in SECOND_PERSON or lemmas[i] in USER_ROLES or lemmas[i] in PERSON
                          or lemmas[i] in PARENTS for i in subject):
        return False
    return lemmas[at - 1] in BE or provider_subject(lemmas, lo, at) \
        or any(text[toks[i].start:toks[i].start + 1].isupper() for i in subject[1:] or subject)


def provider_subject(lemmas: list[str], lo: int, at: int, names: frozenset[str] = frozenset()) -> bool:
    """The subject of the verb at ``at`` is the first party ("we", "the Company", or one of the text's ``names``:
    "Sugarbird pays for a replacement"), a few words before it."""
    for i in range(at - 1, max(lo, at - SUBJECT_REACH) - 1, -1):
        lemma = lemmas[i]
        if lemma in SECOND_PERSON or lemma in USER_ROLES:
            return False  # (a role the text capitalises, "the Customer", is no name of the first party's)
        if lemma in SUBJECT_FIRST_PERSON or lemma in PROVIDER_NAMES or (names and lemma in names):
            return True
    return False
