"""Composing the statement a clause makes of one practice, once the clause is read
(:mod:`~policylabel.statements.reader`): how it states it (polarity, modality), by whom, about what objects, under
what exceptions; and the statements that come with it (data never held is never collected, a sum of money is a
charge). The records a unit's reading passes from clause to statement are defined here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from operator import itemgetter
from typing import NamedTuple

from policylabel.statements.amounts import Amount
from policylabel.statements.clauses import Clause
from policylabel.statements.cues import starts_sentence
from policylabel.statements.implied import Unit
from policylabel.statements.lexicon import CueHit, Lexicon, lexicon
from policylabel.statements.parties import (
    actor_of,
    provider_ends,
    provider_subject,
)
from policylabel.statements.polarity import polarity_of
from policylabel.statements.statement import Statement
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ABSOLUTE,
    ANCHOR,
    BE,
    BY_PLACE,
    DATA_VERBS,
    DEFINING,
    DETERMINERS,
    EMBEDDING,
    ENDING_VERBS,
    FIRST_PARTY_CUES,
    FIRST_PERSON,
    KEPT,
    LEAVING,
    LOCATION_USED,
    LONG_UNIT,
    MAY,
    MODALS,
    MUST,
    NAME_WORDS,
    NEVER_HELD,
    NEW_SUBJECT_DETERMINERS,
    PROVIDER_NAMES,
    READER_SIDE,
    SECOND_PERSON,
    STOP,
    TERMINATION,
    USER_ROLES,
    VERB_ADVERBS,
    WILL,
    thing_form,
)

_LAST = itemgetter(4)  # CueHit.last
_AT = itemgetter(0)  # of a content pair (index, object form)
_FORM = itemgetter(1)


_GERUND_TIMES = frozenset({"before", "after", "without", "when", "while"})  # "before closing your account"
_NAMED_ALIKE = frozenset({"account-balance"})  # a practice whose cue after a name is still it ("Forge Credits")
_NEW_SUBJECT = NEW_SUBJECT_DETERMINERS | {"no", "we", "it", "that", "those", "there", "they", "you", "each", "every",
                                          "any", "all"}

# A participle after its noun and before one of these points to a description elsewhere ("described in section
# 5", "defined below"); after a form of "be" it may define ("is defined as").
_POINTING = frozenset({"in", "at", "on", "under", "above", "below", "earlier", "later", "elsewhere"})

# A denial of keeping something for a while ("not stored after delivery", "not kept once the order is active"): it
# was held until then
_KEPT_FOR_A_WHILE = frozenset({"after", "once", "beyond", "longer", "until", "when", "past"})
_HOLDING = frozenset({"store"})  # data held is collected; not "keep" or "retain", which say for how long
# Where data is stored ("stored on servers in Montreal", "in an access-controlled database"): not what is collected
_WHERE_HELD = frozenset({"server", "servers", "database", "databases", "cloud", "centre", "center", "there", "here"})

# Practices whose sums of money are no charge: a cap on liability, a venue's value limit, an indemnity, a credit
_SUMS_OF_THEIR_OWN = frozenset({"liability-limitation", "governing-law", "arbitration", "indemnity", "fees-and-payment",
                                "refunds", "account-balance"})


class Reading(NamedTuple):
    """What reading a unit found before its clauses, besides what implying practices needs (``unit``)."""

    unit: Unit
    base: int  # the unit's offset in the source
    lex: Lexicon
    inherited: tuple[str, str] | None  # what a lead-in or heading states, for a unit that names no practice
    item: bool  # an item of a lead-in's list
    practice_hits: list[CueHit]  # the cues that name a practice (``unit.all_practice_hits``: every one)
    recipient_hits: list[CueHit]
    purpose_hits: list[CueHit]
    right_hits: list[CueHit]
    retention_hits: list[CueHit]
    recipient_ends: dict[int, int]  # last token of each recipient: its first
    exception_terms: list[CueHit]  # recipients, purposes and data an exception may name
    in_cues: set[int]  # the tokens of the multi-word practice cues
    lacking: frozenset[int]  # the tokens of identifiers a thing is said to come without
    # where the phrases of each table of ``clauses.phrase_starts`` start: on the device, narrowing to a time or
    # a case, an opt-out, a limit, circumstances, a restriction
    on_device: list[int]
    narrowing_at: list[int]
    opt_out_at: list[int]
    limit_at: list[int]
    circumstances: list[int]
    restricted_at: list[int]
    not_negating: set[int]  # "not" that negates no verb ("not only", "whether or not")
    qualifier: set[int]  # "defined" qualifying a word by its legal sense
    data: tuple[str, ...]  # the unit's data, for a clause that names none
    regardless: bool  # a practice done whether or not something else is ("whether or not you buy")
    words: int  # how many words the unit has
    start: int  # source offsets of the unit's first and last token
    end: int


class Stated(NamedTuple):
    """The practices a clause states, the cues of each, and what choosing them read."""

    chosen: list[str]
    by_practice: dict[str, list[CueHit]]
    data: tuple[str, ...]
    transfer: CueHit | None  # a cue of data reaching another party
    ages: list[Amount]
    words: set[str]  # the clause's lemmas


class ClauseRead(NamedTuple):
    """What a clause says of every practice it states: its objects, amounts, conditions, exceptions, opt-out."""

    cl: Clause
    stated: Stated
    mentions: tuple[str, ...]
    recipients: tuple[str, ...]
    purposes: tuple[str, ...]
    refused: tuple[str, ...]  # purposes denied after "never for"
    never_for: int | None
    rights: tuple[str, ...]
    retention: tuple[str, ...]
    amounts: tuple[Amount, ...]
    conditions: tuple[str, ...]
    no_show: tuple[str, ...]  # those who do not do something ("Guests who fail to arrive")
    exceptions: tuple[str, ...]
    narrowed: tuple[str, ...]  # the exception a narrowing phrase makes ("in the past 12 months")
    narrowing: list[int]
    excepted: tuple[str, ...]  # the terms the exceptions name
    opt_out: bool
    opted: tuple[str, ...]
    content: list[tuple[int, str]]  # (index, object form) of the content words, in token order
    content_forms: frozenset[str]
    row_label: frozenset[str]  # what a table row's first cells name


_MEASURED_BY_A_WINDOW = frozenset({"warranty-disclaimer", "liability-limitation"})


def span(r: Reading, a: int, b: int) -> str:
    toks = r.unit.toks
    return r.unit.text[toks[a].start:toks[b].end]


def _modality(lemmas: list[str], cue: CueHit, lo: int) -> str:
    for i in range(cue.first - 1, max(lo, cue.first - 6) - 1, -1):
        lem = lemmas[i]
        if lem in MAY:
            return "may"
        if lem in WILL:
            return "will"
        if lem in MUST:
            return "must"
    return "does"


def _transfer_places(lemmas: list[str], unit_places: list[tuple[int, int, str]], lo: int, hi: int,
                     denied: bool = False) -> tuple[str, ...]:
    """Where a transfer keeps or sends the data: the clause's places, but none named as what it leaves
    ("outside the EEA", "leave the UK"), unless it never leaves it ("never leaves the EEA": kept there)."""
    return tuple(dict.fromkeys(code for first, _last, code in unit_places if lo <= first <= hi
                               and (denied or not LEAVING.intersection(lemmas[max(lo, first - 3):first]))))


def _after_last_comma(lemmas: list[str], lo: int, hi: int) -> int:
    """Where the last clause joined by ", and" or ", but" before ``hi`` starts ("How long a flight lasts depends
    on the wind, and no assurance is given": the embedded question is over at the comma; not "whether we have
    collected, used, and sold it", a list of verbs)."""
    return next((k + 1 for k in range(hi - 2, lo - 1, -1) if lemmas[k] == "," and lemmas[k + 1] in ("and", "but")
                 and lemmas[k + 2] in _NEW_SUBJECT), lo)


def _charged_things(lemmas: list[str], cue: CueHit, cl: Clause, span_text: Callable[[int, int], str]) -> tuple[str, ...]:
    """What a fee denied for some things only narrows it to: a relative clause after them ("not charged for
    voice calls that ring and do not pick up", "Text messages that are not completed ..." under a lead-in) or a
    list to come ("not charged for the following messages:"); as an exception of the statement."""
    start = cue.last + 1 if cue.cue else cl.first
    for k in range(start + 1, cl.core_last + 1):
        if lemmas[k] in ("that", "which") and lemmas[k - 1].isalpha() and lemmas[k - 1] not in STOP \
                and (not cue.cue or "for" in lemmas[start:k]):
            return (span_text(k, min(cl.last, k + 4)),)
        if lemmas[k] == "following" and lemmas[k - 1] == "the":
            return (span_text(k - 1, min(cl.last, k + 2)),)
    return ()


def _first_party_pays(toks: list[Token], lemmas: list[str], text: str, lo: int, verb: int) -> bool:
    """The verb "pay" in the active voice, its subject the first party by "we" or a capitalised name that is no
    role of the reader ("we will pay", "Sugarbird pays", "the Company pays you"): what the first party pays out,
    not a charge."""
    k = verb - 1
    while k >= lo and (lemmas[k] in MODALS or lemmas[k] in VERB_ADVERBS):
        k -= 1
    if k < lo:
        return False
    lo = next((j + 1 for j in range(k - 1, lo - 1, -1) if lemmas[j] == ","), lo)  # after a leading condition
    # (the name is the clause's whole subject, "Sugarbird pays", "the Company pays", not the end of a longer one,
    # "Sellers based in Switzerland pay"; a plural opening the sentence is people, "Creators pay a fee")
    return lemmas[k] in FIRST_PERSON or (k - lo <= NAME_WORDS and lemmas[k] not in USER_ROLES
                                         and lemmas[k] not in SECOND_PERSON and not toks[k].norm.endswith("s")
                                         and all(lemmas[j] == "the" or text[toks[j].start:toks[j].start + 1].isupper()
                                                 for j in range(lo, k + 1)))


def _objects(r: Reading, c: ClauseRead, practice: str, cues: list[CueHit]) -> tuple[frozenset[str], frozenset[str]]:
    """What a clause is about for ``practice``: its content words without the practice's own one-word cues ("fee",
    "refund"), plural -s stripped ("gems" and "gem" are one object); and those within ANCHOR tokens of the cues."""
    lemmas, cl = r.unit.lemmas, c.cl
    own: set[str] = set()
    for h in cues:
        if h.first == h.last:
            w = lemmas[h.first]
            own.add(w)
            if w.endswith("s"):
                own.add(w[:-1])  # "fees" leaves out "fee" too
    objects = c.content_forms.difference(own)
    if "non" in objects:
        # "non-member boats", "non-binding estimates": what the prefix names, as one word ("nonmember")
        # besides its parts
        objects |= {"non" + thing_form(lemmas[k + 1]) for k in range(cl.first, cl.core_last)
                    if lemmas[k] == "non" and lemmas[k + 1].isalpha()
                    and not any(h.first <= k + 1 <= h.last for h in cues)}  # (not "non-refundable")
    if c.row_label and practice in KEPT:
        objects |= c.row_label
    # (content is in token order)
    near = c.content[bisect_left(c.content, cues[0].first - ANCHOR, key=_AT):
                     bisect_right(c.content, max(map(_LAST, cues)) + ANCHOR, key=_AT)]
    return objects, frozenset(map(_FORM, near)).difference(own)


def _polarity(r: Reading, c: ClauseRead, practice: str, cues: list[CueHit]) -> str:
    """Whether the clause affirms or denies ``practice``."""
    u, lemmas, cl, cl_set, cue = r.unit, r.unit.lemmas, c.cl, c.stated.words, cues[0]
    window = 40 if practice == "children" else 7  # "nor do we knowingly collect ... from children"
    # "we do not knowingly collect ... from children": the verb's negation is the children's too
    first_other = min((h.last for h in r.practice_hits if h.term != practice and h.last >= cl.first),
                      default=len(lemmas)) if practice != "children" else len(lemmas)
    # (a label's own negation is not its value's: "Photos of items you did not sell: deleted after 90 days")
    colon = next((k for k in range(cue.first - 1, cl.first - 1, -1) if lemmas[k] == ":"), -1) \
        if not u.label_denied and ":" in cl_set else -1
    valued = cl if colon < 0 or colon + 1 > cl.core_last or any(
        h.term == practice and h.first < colon for h in r.practice_hits) \
        else Clause(colon + 1, cl.last, cl.core_last, cl.conditions, cl.exceptions)
    return polarity_of(u.toks, lemmas, valued, practice, cues, c.stated.ages, cl_set, r.practice_hits, r.in_cues,
                       r.not_negating, window, first_other, u.label_end if u.label_denied else -1, r.limit_at,
                       r.inherited)


_WARRANTING = frozenset({"warrant", "warrants", "represent", "represents"})  # what a party vouches for, by its verb
_HEEDING = frozenset({"note", "remember"})  # what the reader is told to bear in mind, as an order
_POLITE = frozenset({"please", "kindly", "also", "do"})
_WISHING = frozenset({"wish", "want", "like", "prefer"})  # "does not wish to be tracked": someone's wish


def _actor(r: Reading, c: ClauseRead, practice: str, cue: CueHit, polarity: str) -> str | None:
    """Whose practice the clause states: "first-party", "user" or "other"; None when it states none after all."""
    u, lemmas, cl = r.unit, r.unit.lemmas, c.cl
    actor = "first-party" if cue == c.stated.transfer or cue.cue in BY_PLACE or cue.cue in FIRST_PARTY_CUES \
        else actor_of(u.toks, lemmas, cue, cl.first, cl.last, r.recipient_ends, r.on_device, u.text)
    if lemmas[cue.first] in _HEEDING and u.toks[cue.first].norm == lemmas[cue.first] \
            and all(w in _POLITE for w in lemmas[cl.first:cue.first]):
        return None  # "Please note the following:", "Note the dates below": an order to heed, no practice
    if cue.first >= 3 and lemmas[cue.first - 3] in _WISHING and lemmas[cue.first - 2:cue.first] == ["to", "be"]:
        return None  # "indicating that the user does not wish to be tracked": a wish, no practice
    # (not one an order sends the reader to get: "take them to the store to get a refund" is the store's)
    if practice == "refunds" and actor != "first-party" and (
            actor == "user" or lemmas[cl.first] in USER_ROLES
            or (lemmas[cl.first] in DETERMINERS and lemmas[cl.first + 1] in USER_ROLES)) \
            and "to" not in lemmas[max(cl.first, cue.first - 3):cue.first]:
        actor = "first-party"  # "You may ask for your money back", "Customers who ... get their money back": paid by it
    if practice == "fees-and-payment" and cue.first == cue.last and lemmas[cue.first] == "pay" \
            and actor == "first-party" and _first_party_pays(u.toks, lemmas, u.text, cl.first, cue.first):
        return None  # "Sugarbird pays for a replacement", "we will pay its vet bills": no fee the reader pays
    if cue.cue == LOCATION_USED and (polarity == "denied" or actor != "first-party"):
        return None  # "we do not use your location for ads" says nothing of collecting it
    if practice == "warranty-disclaimer" and polarity == "denied" and lemmas[cue.first] in _WARRANTING and (
            actor == "user" or lemmas[cl.first] in USER_ROLES
            or (lemmas[cl.first] in DETERMINERS and cl.first < cl.last and lemmas[cl.first + 1] in USER_ROLES)):
        return None  # "you represent and warrant that you are authorised", "The Customer warrants ...": the reader's
    if actor == "other" and practice == "international-transfer" and r.recipient_hits:
        actor = "first-party"  # "Our analytics provider processes usage data in the United States": ours
    return actor


def _named(r: Reading, c: ClauseRead, practice: str, cue: CueHit, actor: str) -> tuple[str, str]:
    """The practice a termination cue states, by who ends what, and its actor."""
    lemmas, cl, lex = r.unit.lemmas, c.cl, r.lex
    # "Acme will give you 30 days' notice before closing your account": the gerund's subject is the clause's
    if practice in TERMINATION and cue.first > cl.first + 1 and lemmas[cue.first - 1] in _GERUND_TIMES \
            and r.unit.toks[cue.first].norm.endswith("ing") and provider_subject(lemmas, cl.first, cl.first + 2,
                                                                                 lex.names):
        return "termination-by-provider", "first-party"
    if practice == "termination-by-provider" and actor == "user" and "termination-by-user" not in c.stated.chosen:
        return "termination-by-user", actor
    if practice == "termination-by-user" and lemmas[cue.first] in ENDING_VERBS \
            and (provider_subject(lemmas, cl.first, cue.first)
                 or (lemmas[cue.first - 1] in MODALS and provider_ends(r.unit.toks, lemmas, r.unit.text, cl.first,
                                                                      cue.first))):
        # "We may refuse or cancel any booking", "We may end your membership", "The Committee may cancel a
        # booking" (a name, not the reader's role)
        return "termination-by-provider", actor
    return practice, actor


def _defines(r: Reading, i: int) -> bool:
    """Token ``i`` defines a term; not "exactly as described", "as defined in the Act" (a reference to a
    description), nor "the backups described in section 5" (a participle after its noun points elsewhere)."""
    toks, lemmas = r.unit.toks, r.unit.lemmas
    return lemmas[i] in DEFINING and i not in r.qualifier and not (i > 0 and lemmas[i - 1] == "as") \
        and not (toks[i].norm.endswith("ed") and i > 0 and lemmas[i - 1] not in BE
                 and i + 1 < len(lemmas) and lemmas[i + 1] in _POINTING)


def _embedded(r: Reading, name: str, cue: CueHit) -> bool:
    """The cue is a word of a longer name ("the Acme Sharing Program"), not "Wi-Fi is free": a capitalised cue
    after a capitalised word, or after "of"; but "from the age of 15" is an age, "Forge Credits" a balance by its
    name, and a transfer to the places it names is one under any framework's name."""
    toks, lemmas, text = r.unit.toks, r.unit.lemmas, r.unit.text
    return cue.first > 0 and name not in _NAMED_ALIKE and not (name == "international-transfer" and r.unit.places) \
        and ((lemmas[cue.first - 1] == "of" and lemmas[cue.first - 2:cue.first - 1] != ["age"]) or (
            not starts_sentence(toks, cue.first - 1) and toks[cue.first - 1].word
            and text[toks[cue.first - 1].start:toks[cue.first - 1].start + 1].isupper()
            and text[toks[cue.first].start:toks[cue.first].start + 1].isupper()
            and not text.isupper()))  # (in capitals throughout, no word is a name's)


_KEEPING = frozenset({"keep", "keeps", "retain", "retains"})
# ("You own the logos you upload": what is the reader's stays so; "The Client owns all photographs taken at the
# event" gives it what the first party made)
_OWNING = frozenset({"own", "owns"})
_SUBJECT_WORDS = 8
# Those who make the content a text licenses ("Creators keep the copyright", "The Entrant retains copyright")
_MAKERS = frozenset({"creator", "creators", "author", "authors", "artist", "artists", "photographer", "photographers",
                     "designer", "designers", "producer", "producers", "entrant", "entrants", "contributor",
                     "contributors", "maker", "makers", "owner", "owners", "team", "teams"})
_GRANTING = frozenset({"license", "licence", "licenses", "licences", "licensed", "licenced", "grant", "grants"})


def _kept_by_reader(r: Reading, c: ClauseRead, cue: CueHit) -> bool:
    """The reader's side keeps what it owns ("You keep ownership of ...", "The Entrant retains copyright in ...",
    "You own the logos you upload"), and the unit grants nothing: no right passes to the first party."""
    lemmas, cl = r.unit.lemmas, c.cl
    k = next((i for i in range(max(cl.first, cue.first - 2), cue.last + 1)
              if lemmas[i] in _KEEPING or (lemmas[i] in _OWNING and i > cl.first and lemmas[i - 1] in SECOND_PERSON)),
             None)
    if k is None or not _GRANTING.isdisjoint(lemmas) or not FIRST_PERSON.isdisjoint(lemmas[cl.first:k]):
        return False
    subject = {t.norm for t in r.unit.toks[max(cl.first, k - _SUBJECT_WORDS):k]} | set(lemmas[max(cl.first, k - _SUBJECT_WORDS):k])
    return not (subject.isdisjoint(SECOND_PERSON) and subject.isdisjoint(USER_ROLES) and subject.isdisjoint(READER_SIDE)
                and subject.isdisjoint(_MAKERS))


def _object_at(lemmas: list[str], k: int, last: int) -> int:
    """The first word from ``k`` on past determiners ("your request", "the phone"): what a cue's verb or noun takes."""
    while k <= last and lemmas[k] in DETERMINERS:
        k += 1
    return k


# Verbs of sending and going, after which "right to" says where ("delivered right to your inbox").
_MOTION = frozenset({"deliver", "send", "go", "come", "bring", "ship", "email", "post", "text", "take", "head",
                     "drive", "stream", "push", "forward"})
# Whose rights "the rights of ..." may name besides the reader's: the first party's, or others'.
_OTHERS_RIGHTS = PROVIDER_NAMES | FIRST_PERSON | {"others", "other", "third", "anyone", "any"}


def _not_the_readers_right(lemmas: list[str], cue: CueHit, first: int, last: int) -> bool:
    """"Delivered right to your inbox": "right" after a verb of sending says where; "the rights of kajeet", "the
    rights of others": "right of" followed by the first party (a word of the text's title), another party or
    "others". ``first`` and ``last``: the clause's."""
    if lemmas[cue.first] != "right":
        return False
    if cue.first > first and lemmas[cue.first - 1] in _MOTION:
        return True
    k = _object_at(lemmas, cue.last + 1, last)
    return lemmas[cue.last] == "of" and k <= last and (lemmas[k] in _OTHERS_RIGHTS or lemmas[k] in lexicon().titled)


# What is used when a product is ("use of the phone", "using the app"): no one's data.
_PRODUCTS = frozenset({"phone", "phones", "handset", "device", "devices", "app", "apps", "application", "service",
                       "services", "website", "site", "platform", "product", "products", "control", "controls",
                       "feature", "features", "equipment", "software", "tool", "tools", "machine", "vehicle"})


def _using_a_product(lemmas: list[str], cue: CueHit, last: int) -> bool:
    """The verb or noun of use is followed by a product ("All use of the phone", "using the Parental Controls"),
    past "of" and a determiner and a name or two."""
    k = cue.last + 1
    k = _object_at(lemmas, k + 1 if k <= last and lemmas[k] == "of" else k, last)
    return any(lemmas[i] in _PRODUCTS for i in range(k, min(last, k + 2) + 1))


# What is received that is no one's data: a request, a notice, a payment, an order; and what a pronoun stands for
# ("within one month of receiving it": the request), unless it comes from a source.
_RECEIVED_NOT_DATA = frozenset({"request", "requests", "notice", "notices", "payment", "payments", "order", "orders",
                                "complaint", "complaints", "instruction", "instructions", "return", "returns", "them",
                                "it"})
# The verbs by which a practice takes what follows as its object: receiving for collection, processing for use.
_TAKING = {"collection": frozenset({"receive", "receives", "received", "receiving"}),
           "use": frozenset({"process", "processes", "processed", "processing"})}


def _handling_no_data(lemmas: list[str], cue: CueHit, last: int, practice: str) -> bool:
    """The verb of receiving or processing is followed by a request, a notice, a payment or a pronoun ("once we
    receive your request", "effective once we receive them", "before we process your request"), past a
    determiner: no data is received or used."""
    verbs = _TAKING.get(practice)
    if verbs is None or not any(lemmas[i] in verbs for i in range(cue.first, cue.last + 1)):
        return False
    k = _object_at(lemmas, cue.last + 1, last)
    # ("we receive it from your bank": what comes from a source is data)
    return k <= last and lemmas[k] in _RECEIVED_NOT_DATA and not (lemmas[k] in ("them", "it") and k + 1 <= last
                                                                  and lemmas[k + 1] == "from")


_CONSENTS = frozenset({"consent", "permission", "approval", "agreement", "authorisation", "authorization"})


def _consent_asked(lemmas: list[str], cue: CueHit, last: int) -> bool:
    """A consent, a permission or an approval follows the cue, past a determiner and two words ("obtain your
    prior written consent", "ask for permission")."""
    k = _object_at(lemmas, cue.last + 1, last)
    return any(lemmas[i] in _CONSENTS for i in range(k, min(last, k + 2) + 1))


def statement(r: Reading, c: ClauseRead, practice: str) -> Statement | None:
    """The statement clause ``c`` makes of ``practice``, or None when it makes none after all."""
    u, toks, lemmas, cl, cl_set = r.unit, r.unit.toks, r.unit.lemmas, c.cl, c.stated.words
    cues = c.stated.by_practice[practice]
    cue = cues[0]
    polarity = _polarity(r, c, practice, cues)
    actor = _actor(r, c, practice, cue, polarity)
    if actor is None:
        return None
    name, actor = _named(r, c, practice, cue, actor)
    if not u.allows(name):
        return None
    if name == "data-subject-right" and _not_the_readers_right(lemmas, cue, cl.first, cl.last):
        return None  # "delivered right to your inbox", "violates the rights of Acme": no right of the reader's
    if name == "use" and not c.stated.data and _using_a_product(lemmas, cue, cl.last):
        return None  # "All use of the phone ...", "in addition to using the Parental Controls": no data used
    if not c.stated.data and (_handling_no_data(lemmas, cue, cl.last, name)
                              or (name == "collection" and _consent_asked(lemmas, cue, cl.last))):
        # "once we receive your request", "before we process your request": a request; "We will obtain your
        # consent to any material changes": a consent
        return None
    if name == "sharing" and not c.recipients and lemmas[cue.last] == "to" \
            and _object_at(lemmas, cue.last + 1, cl.last) <= cl.last \
            and lemmas[_object_at(lemmas, cue.last + 1, cl.last)] in _WHERE_HELD:
        return None  # "Personal data is transferred to servers in Canada": where it is kept, no one it is told to
    if name == "content-licence" and polarity == "affirmed" and _kept_by_reader(r, c, cue):
        polarity = "denied"  # "You keep ownership of the photos you upload": no right over them passes
    objects, anchors = _objects(r, c, practice, cues)
    # ("No information about your treatment is given to ...": a subject denied whole is denied always)
    absolute = polarity == "denied" and (bool(cl_set & ABSOLUTE) or (lemmas[cl.first] == "no" and name in DATA_VERBS))
    exceptions = c.exceptions
    if c.narrowed and (name in _MEASURED_BY_A_WINDOW or _window_of_a_later_verb(lemmas, cue, c.narrowing[0])):
        # (a guarantee "within the previous 7 days" is timed by it, a cap "the fees paid in the previous 12 months"
        # measured by it, not excepted)
        exceptions = tuple(e for e in exceptions if e not in c.narrowed)
    if name == "fees-and-payment" and polarity == "denied":
        exceptions += _charged_things(lemmas, cue, cl, lambda a, b: span(r, a, b))
    return Statement(
        practice=name, polarity=polarity, modality=_modality(lemmas, cue, cl.first), actor=actor,
        start=r.base + toks[cl.first].start, end=r.base + toks[cl.last].end, unit_start=r.start, unit_end=r.end,
        cue=(span(r, cue.first, cue.last) if cue.last >= cue.first else "") if cue.cue not in BY_PLACE else cue.cue,
        data=c.stated.data, recipients=c.recipients, purposes=c.purposes, rights=c.rights, retention=c.retention,
        amounts=c.amounts, conditions=c.conditions + c.no_show if name == "refunds" else c.conditions,
        exceptions=exceptions, opt_out=c.opt_out, opted_out=c.opted, absolute=absolute,
        defining=(not cl_set.isdisjoint(DEFINING) and any(_defines(r, i) for i in range(cl.first, cl.last + 1)))
        or not EMBEDDING.isdisjoint(lemmas[_after_last_comma(lemmas, cl.first, cue.first):cue.first]),
        legal_term=bool(r.qualifier) and any(cl.first <= i <= cl.last for i in r.qualifier),
        embedded=_embedded(r, name, cue), mentions=c.mentions, objects=objects, anchors=anchors,
        words=r.words if r.words <= LONG_UNIT else sum(1 for t in toks[cl.first:cl.last + 1] if t.word),
        cue_stems=frozenset(w.removeprefix("non")[:5] for h in cues for w in lemmas[h.first:h.last + 1]
                            if w.isalpha() and len(w) > 1 and w not in STOP), excepted=c.excepted,
        places=_transfer_places(lemmas, u.places, cl.first, cl.last, polarity == "denied")
        if name == "international-transfer" else (),
        regardless=r.regardless and polarity == "affirmed")


def follow_ups(r: Reading, c: ClauseRead, cue: CueHit, out: list[Statement]) -> None:
    """The statements that come with the one just read (``out[-1]``, cued by ``cue``): data never held is never
    collected, data stored is collected, data deleted after a while is kept until then, purposes refused."""
    u, lemmas, cl_set, chosen = r.unit, r.unit.lemmas, c.stated.words, c.stated.chosen
    st = out[-1]
    if st.practice == "retention" and st.polarity == "denied" and "collection" not in chosen \
            and (st.absolute or not NEVER_HELD.isdisjoint(cl_set)
                 or (bool(st.data) and not st.amounts and _KEPT_FOR_A_WHILE.isdisjoint(cl_set))) \
            and u.allows("collection"):
        # "We never see or store your card number", "neither requested nor stored": never held at all,
        # which is never collected (what is never held is kept for no time); "We never store your full
        # card number" says both
        if NEVER_HELD.isdisjoint(cl_set) and not {"ask", "collect", "hold"} & cl_set:
            out.append(replace(st, practice="collection"))
        else:
            out[-1] = replace(st, practice="collection")
    elif st.practice == "retention" and st.polarity == "affirmed" and st.actor == "first-party" and st.data \
            and not st.amounts and not st.retention and not _HOLDING.isdisjoint(lemmas[cue.first:cue.last + 1]) \
            and not u.places and _WHERE_HELD.isdisjoint(cl_set) \
            and "collection" not in chosen and u.allows("collection"):
        # "we store the date and the species of your catch": data held is data collected
        out.append(replace(st, practice="collection"))
    elif st.practice == "deletion" and st.polarity == "affirmed" and "after" in cl_set and "within" not in cl_set \
            and "retention" not in chosen and any(a.kind == "period" for a in st.amounts) and u.allows("retention"):
        # "Class recordings are deleted 45 days after the course ends": kept until then
        out.append(replace(st, practice="retention"))
    if c.refused and st.practice in DATA_VERBS and st.polarity == "affirmed" and out[-1].practice == st.practice \
            and c.never_for is not None and c.never_for > cue.last:
        out.append(replace(out[-1], polarity="denied", purposes=c.refused))


def _window_of_a_later_verb(lemmas: list[str], cue: CueHit, at: int) -> bool:
    """A time window after "and" and the cue's verb again narrows that second verb, not the cue ("does not sell
    personal information and has not sold any in the past 12 months")."""
    if cue.last >= at or cue.first < 0:
        return False
    joined = next((k for k in range(cue.last + 1, at) if lemmas[k] == "and"), None)
    return joined is not None and lemmas[cue.first] in lemmas[joined + 1:at]


def sums_charged(out: list[Statement]) -> list[Statement]:
    """A sum of money in a clause that states no fee, refund, cap or venue states a charge all the same ("A punch card
    of ten glaze firings costs $90 and never expires", "a replacement costs £40"): the first party's fee."""
    clauses = {(st.start, st.end) for st in out if st.practice in _SUMS_OF_THEIR_OWN}
    found: list[Statement] = []
    seen: set[tuple[int, int]] = set()
    for st in out:
        key = (st.start, st.end)
        if key in clauses or key in seen or st.polarity != "affirmed" \
                or not any(a.kind == "money" for a in st.amounts):
            continue
        seen.add(key)
        found.append(replace(st, practice="fees-and-payment", actor="first-party", cue="", cue_stems=frozenset(),
                             data=(), recipients=(), purposes=(), rights=(), retention=(), mentions=(),
                             opt_out=False, opted_out=()))
    return found
