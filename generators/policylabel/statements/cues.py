"""Which of a unit's practice cues name a practice it states.

The lexicon finds every cue; a cue inside a longer data, recipient or purpose phrase names that ("sale of
assets"), a verb used as a noun names a thing ("order records are kept"), a capitalised word inside a name
names the name ("the Federal Trade Commission"), and a few words cue a practice only in some company ("Do Not
Track" as the signal, "free" unless "free to cancel").
"""

from __future__ import annotations

from typing import Final

from policylabel.statements.lexicon import CueHit, lexicon
from policylabel.statements.parties import to_reader
from policylabel.statements.polarity import NONE_OBJECT
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ARTICLES,
    AUXILIARIES,
    BE,
    DATA_VERBS,
    DETERMINERS,
    LABEL_DENIALS,
    LONGER_SETS,
    MAY,
    NOUNY_VERBS,
    OBJECT_SETS,
    OPT_WORDS,
    PERSON,
    SIGNAL_NOUNS,
    THIRD_PERSON,
    TIME_UNITS,
    TITLE_WORDS,
    VERB_ADVERBS,
    WILL,
)

_FEE_AS_TIME: Final = frozenset({"billing", "paid", "due"})  # fee words that may qualify a time ("billing period", "due date")
_PAID_TIMES: Final = frozenset({"period", "cycle", "month", "year", "week", "term", "plan", "tier", "subscription", "date",
                         "plans", "tiers", "subscriptions"})
# Nouns that make a verb-like word before them the first noun of a compound ("collection day")
_NOUN_AFTER: Final = frozenset({"day", "days", "date", "dates", "time", "times", "point", "points", "slot", "slots", "window",
                         "schedule", "round", "check", "checks"})
_ONE_THING_BEFORE: Final = frozenset({"the", "a", "an", "each", "every"})  # a singular subject's determiner
_AFTER_A_NOUN: Final = frozenset({"of", "from", "for", "in", "on", "at", "to", "with", "that", "which", "and", "or", "older",
                           "kept", "held", "stored", "relating", "about", "showing", "containing", "include", "including"})
_PICKUPS: Final = frozenset({"collection", "collections"})
_COUNTED: Final = frozenset({"a", "an", "each", "every", "one", "per", "next", "first", "last", "your", "their"})
_DATA_NOUNS: Final = frozenset({"record", "log"})  # verbs of collection that are also nouns for what is collected
_FREE_FOR: Final = PERSON | {"all", "every", "any", "our", "guest", "guests"}  # "free to all members": no fee
_OWED_REACH: Final = 12


def _owed(lemmas: list[str], start: int) -> bool:
    """A balance still owed: "payable", "due", or paid in the passive after it ("The balance, plus GST at 9%, must
    be paid"); not "a balance to pay your daily charge", the reader's money paying for something."""
    for k in range(start, min(len(lemmas), start + _OWED_REACH)):
        if lemmas[k] in ("payable", "due") or (lemmas[k] in ("pay", "paid") and lemmas[k - 1] == "be"):
            return True
        if lemmas[k] in (".", ";"):
            break
    return False


def practice_cues(toks: list[Token], lemmas: list[str], text: str, hits: list[CueHit], candidates: list[CueHit],
                  allowed: frozenset[str] | None, label_end: int) -> tuple[list[CueHit], list[CueHit]]:
    """The practice cues of a unit the document kind allows (``candidates``: its practice hits; ``hits``: all
    its cue hits; ``label_end``: where a short label before a colon ends, or -1), and those of them that name a
    practice the unit states."""
    all_practice_hits = [h for h in candidates
                         if (allowed is None or h.term in allowed)
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
            if name in OBJECT_SETS:
                object_starts.add(h.first)
            # (a phrase with a gap names no longer thing: "text ... offer" in "text messages about special offers")
            if (name in LONGER_SETS or (name == "rights" and not OPT_WORDS.isdisjoint(lemmas[h.first:h.last + 1]))) \
                    and " ... " not in h.cue:
                longer_at.setdefault(h.first, []).append(h)
                longest = max(longest, h.last - h.first)
        for h in all_practice_hits:
            if h.last > h.first:
                longer_at.setdefault(h.first, []).append(h)
                longest = max(longest, h.last - h.first)
        # A label's practice is a topic when its value states one of its own ("Marketing Purposes: We use ..."),
        # and stated when the value only qualifies it ("Changes to these terms: notified 14 days in advance").
        # (a word of a name in the value states nothing: "Governing law: Austrian law, excluding the UN Convention
        # on Contracts for the International Sale of Goods")
        valued = label_end >= 0 and any(h.first > label_end and not _in_name(toks, text, 0, h) for h in all_practice_hits)
        # The cheap tests of _is_noun_use, _in_name and _covered first: most hits need no call.
        practice_hits = [h for h in all_practice_hits
                         if (h.last != h.first or lemmas[h.first] not in NOUNY_VERBS
                             or not _is_noun_use(toks, lemmas, h, object_starts) or _after_opt_out(lemmas, h))
                         and (h.last != h.first or h.term not in DATA_VERBS or h.first == 0
                              or not _in_name(toks, text, 0, h))
                         and not (longer_at and h.term != "do-not-track" and _covered(h, longer_at, longest))
                         # "free to cancel", "free from defects"; not "free to members"
                         and not (lemmas[h.last] == "free" and lemmas[h.last + 1:h.last + 2] in (["to"], ["from"])
                                  and _FREE_FOR.isdisjoint(lemmas[h.last + 2:h.last + 4]))
                         # shown or passed "to you" reaches the reader, no other party
                         and not (h.term == "sharing" and lemmas[h.last] == "to" and to_reader(lemmas, h.last + 1))
                         and not (h.first < label_end and label_end + 3 < len(lemmas)
                                  and lemmas[label_end + 1] not in LABEL_DENIALS and valued)
                         and not (h.term == "data-subject-right" and h.first >= 2
                                  and lemmas[h.first - 1] == "the" and lemmas[h.first - 2] in ("reserve", "reserves"))
                         # "returned within fourteen days of collection": a time, counted from an event
                         and not (h.first == h.last and h.term in DATA_VERBS and h.first >= 2
                                  and lemmas[h.first - 1] == "of" and lemmas[h.first - 2] in TIME_UNITS)
                         # "due to calendar limits": because of them, no payment due
                         and not (h.term == "fees-and-payment" and lemmas[h.last] == "due"
                                  and lemmas[h.last + 1:h.last + 2] == ["to"])
                         # "You will not be asked to indemnify", "you will not be charged": a passive, no prohibition
                         and not (h.term == "acceptable-use" and lemmas[h.last] == "not"
                                  and lemmas[h.last + 1:h.last + 2] == ["be"])
                         # "credited against the repair": deducted from a price, no balance held; "The balance
                         # ... must be paid": a sum owed
                         and not (h.term == "account-balance" and h.first == h.last and (
                             (lemmas[h.first] == "credit" and lemmas[h.last + 1:h.last + 2] == ["against"])
                             or (lemmas[h.first] == "balance" and _owed(lemmas, h.last + 1))))
                         # "holds public liability insurance": cover held, no data (but "insurance details")
                         and not (h.first == h.last and h.term in DATA_VERBS and _holds_cover(lemmas, h.last))
                         # ("public liability insurance" is a kind of cover, no term on liability)
                         and not (h.term == "liability-limitation" and lemmas[h.last + 1:h.last + 2] == ["insurance"])
                         # "while a collection is booked", "each collection": a pickup, not data collected (the
                         # practice is "the collection of", "data collection", "collection and use")
                         and not (h.first == h.last and toks[h.first].norm in _PICKUPS and h.first > 0
                                  and lemmas[h.first - 1] in _COUNTED
                                  and lemmas[h.last + 1:h.last + 2] not in (["of"], ["and"], ["or"], ["by"]))
                         # "take charge of a boat", "the person in charge": responsible for it, no fee
                         and not (h.term == "fees-and-payment" and h.first == h.last and lemmas[h.first] == "charge"
                                  and h.first > 0 and lemmas[h.first - 1] in ("take", "in"))
                         # "keep track of your streak" follows something, with no tracking technology
                         and not (h.term == "tracking" and h.first > 0 and lemmas[h.first - 1] == "keep"
                                  and lemmas[h.last + 1:h.last + 2] == ["of"])
                         # "the end of the billing period", "the period you have paid for": a time, no fee
                         and not (h.term == "fees-and-payment" and h.first == h.last
                                  and toks[h.first].norm in _FEE_AS_TIME and (
                                      (lemmas[h.last + 1:h.last + 2] and lemmas[h.last + 1] in _PAID_TIMES)
                                      or (lemmas[h.last + 1:h.last + 2] == ["for"]
                                          and (h.last + 2 >= len(lemmas) or not lemmas[h.last + 2].isalnum()))))
                         # "free with a paying adult", "a fare-paying passenger": who the person is, no fee
                         and not (h.term == "fees-and-payment" and h.first == h.last and _paying_person(toks, h.last))
                         # "This Content Licensing Agreement will terminate": a word of an agreement's name
                         and not (h.first == h.last and _names_an_agreement(toks, text, h.first))]
        signals = [h for h in practice_hits if h.term == "do-not-track"]
        if signals:
            # "does not respond to Do Not Track requests": the signal named inside a gapped cue is what is answered
            practice_hits = [h for h in practice_hits if h.term == "do-not-track"
                             or not any(h.first < d.first and d.last < h.last for d in signals)]
    return all_practice_hits, practice_hits


def _holds_cover(lemmas: list[str], verb: int) -> bool:
    """A verb of holding whose object, within a few words, ends with "insurance": cover held, not a record of it
    ("insurance details") nor a party ("insurance partners")."""
    if lemmas[verb] not in _HOLDING:
        return False
    at = next((k for k in range(verb + 1, min(len(lemmas), verb + 5)) if lemmas[k] == "insurance"), None)
    return at is not None and (at + 1 >= len(lemmas) or lemmas[at + 1] in _AFTER_A_NOUN_PHRASE)


_HOLDING: Final = frozenset({"hold", "keep", "maintain", "carry", "have"})
_AFTER_A_NOUN_PHRASE: Final = frozenset({",", ".", ";", "and", "or", "for", "with", "that", "which", "covering", "to", "at"})


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
    if not (cue.last == cue.first and cue.term in DATA_VERBS and i > 0 and not starts_sentence(toks, i) and capital(i)
            and (capital(i - 1) or capital(i + 1))):
        return False
    words = [k for k, t in enumerate(toks) if t.word and t.norm.isalpha()]
    # Not a title ("Information We Collect"): short and mostly capitalised.
    return len(words) > TITLE_WORDS or 2 * sum(1 for k in words if capital(k)) < len(words)


def _names_an_agreement(toks: list[Token], text: str, at: int) -> bool:
    """The capitalised word at ``at`` comes right before a capitalised "Agreement" ("Content Licensing Agreement",
    "Data Processing Agreement"): part of the agreement's name."""
    return at + 1 < len(toks) and toks[at + 1].norm == "agreement" and text[toks[at].start:toks[at].start + 1].isupper() \
        and text[toks[at + 1].start:toks[at + 1].start + 1].isupper()


_PAYING_PEOPLE: Final = frozenset({"adult", "adults", "guest", "guests", "customer", "customers", "member", "members",
                                   "passenger", "passengers", "visitor", "visitors", "parent", "parents", "person",
                                   "people", "child", "children", "player", "players", "participant", "participants"})


def _paying_person(toks: list[Token], at: int) -> bool:
    """The word at ``at`` is "paying" before a person, or the "fare" of "fare-paying" before one ("free with a
    paying adult"): a description of the person."""
    k = at if toks[at].norm == "paying" else at + 1
    return k + 1 < len(toks) and toks[k].norm == "paying" and toks[k + 1].norm in _PAYING_PEOPLE


def starts_sentence(toks: list[Token], i: int) -> bool:
    """Token ``i`` starts a sentence or label (a capital there says nothing)."""
    return i == 0 or toks[i - 1].norm in (".", ":", ";", "!", "?", '"', "\u201c", "(")


def _is_noun_use(toks: list[Token], lemmas: list[str], cue: CueHit,
                 object_starts: set[int] | frozenset[int] = frozenset()) -> bool:
    if cue.last != cue.first or lemmas[cue.first] not in NOUNY_VERBS:
        return False
    nxt = lemmas[cue.first + 1] if cue.first + 1 < len(lemmas) else ""
    if cue.first > 0 and lemmas[cue.first - 1] in ("and", "or"):
        return nxt == "of"  # "collection and use of": nouns; "sell or share your data": verbs
    if cue.first > 0 and lemmas[cue.first - 1] in DETERMINERS:
        # "the app records the precise position": an object after it makes it a verb whatever came before
        return lemmas[cue.first - 1] in ARTICLES or not (
            nxt in DETERMINERS - {"of", "and", "or", "in", "for"} or cue.first + 1 in object_starts)
    if cue.first == 0:
        # "Store credit expires...": a capitalised first word, not an imperative; but a gerund or a third person
        # with its object ("Keeping your information", "Shares data with advertisers: No") names the practice.
        return not ((toks[0].norm.endswith("ing") and (nxt in DETERMINERS or 1 in object_starts))
                    or (toks[0].norm.endswith("s") and (nxt in DETERMINERS - {"of", "and", "or", "in", "for"}
                                                       or 1 in object_starts)))
    if nxt in DETERMINERS - {"of", "and", "or", "in", "for"} or cue.first + 1 in object_starts or nxt in NONE_OBJECT:
        return False  # "the doorbell records your visitors", "Delta shares email addresses", "Acme shares nothing"
    if nxt in _NOUN_AFTER:
        return True  # "collection day", "record check": the first noun of a compound
    if cue.first >= 2 and lemmas[cue.first - 2] in ("a", "an") and lemmas[cue.first - 1].isalpha():
        return True  # "a surprising record", "an accurate record" (an object after it returned above)
    if lemmas[cue.first - 1] in VERB_ADVERBS and nxt != "of":
        return False  # "the app never records where you drive"
    if nxt in BE or nxt in MAY or nxt in WILL:
        return True  # "order records are kept"
    if toks[cue.first].norm in _DATA_NOUNS and (nxt in (":", "|") or (
            cue.first >= 2 and lemmas[cue.first - 2] in DETERMINERS and lemmas[cue.first - 1].isalpha()
            and lemmas[cue.first - 1] not in THIRD_PERSON and not toks[cue.first - 1].norm.endswith("s")
            and not (cue.first >= 3 and (lemmas[cue.first - 3] in AUXILIARIES or lemmas[cue.first - 3] in MAY)))):
        # "your dose record to send reminders", "Dose record: 24 months": a singular noun after a noun, or a label;
        # "the cameras record when ..." has a plural subject, "What does the collar record?" asks
        return True
    if cue.first == 1 and lemmas[0] in lexicon().names and nxt.isalpha():
        return False  # "Fernleaf uses plant photos": the text's name as the subject, then the verb's object
    # "order records are kept": a plural after a noun; "the app records" would say "it records" or "we record".
    # (but "The monitor records carbon dioxide readings": a singular subject, then the verb's object)
    if toks[cue.first].norm.endswith("s") and cue.first > 0 and lemmas[cue.first - 1] not in THIRD_PERSON:
        if cue.first == 1 and nxt.isalpha() and nxt not in _AFTER_A_NOUN and (
                cue.first + 2 in object_starts or lemmas[cue.first + 2:cue.first + 3] in (["data"], ["information"])):
            return False  # "Acme records essential information": a one-word subject, its verb, a data object
        return not (cue.first >= 2 and lemmas[cue.first - 2] in _ONE_THING_BEFORE and not toks[cue.first - 1].norm.endswith("s")
                    and nxt.isalpha() and nxt not in _AFTER_A_NOUN)
    return False


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
    return before in ('"', "'", "\u201c", "(") or after in SIGNAL_NOUNS


def _covered(h: CueHit, longer_at: dict[int, list[CueHit]], longest: int) -> bool:
    """A strictly longer cue of another term covers ``h``. Only cues starting within the longest cue's length
    before ``h`` can: a bounded look-up per hit, whatever the number of cues in the unit."""
    size = h.last - h.first
    for first in range(max(0, h.last - longest), h.first + 1):
        for o in longer_at.get(first, ()):
            if o.last >= h.last and o.last - o.first > size and o.term != h.term:
                return True
    return False


def leftmost_longest(hits: list[CueHit]) -> list[CueHit]:
    chosen: list[CueHit] = []
    end = -1
    for h in hits:  # sorted by first, then longest first
        if h.first > end:
            chosen.append(h)
            end = h.last
    return chosen
