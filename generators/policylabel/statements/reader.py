"""Reading one unit (a sentence, list item or heading) into statements.

A unit is tokenized and lemmatized once and its cues found by the lexicon's automaton; the practice cues that
name a practice are kept (:mod:`~policylabel.statements.cues`), the unit cut into clauses
(:mod:`~policylabel.statements.clauses`), and each clause read in turn: the practices its other words imply
(:mod:`~policylabel.statements.implied`), the one it states and those that come with it
(:mod:`~policylabel.statements.choice`), each affirmed or denied (:mod:`~policylabel.statements.polarity`),
by whom (:mod:`~policylabel.statements.parties`), about what data, recipients, purposes, amounts, under what
conditions and exceptions (here). Every step walks the tokens a bounded number of times: cost linear in the
length of the unit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

from policylabel.statements.choice import choose, passive_prohibition
from policylabel.statements.clauses import Clause, phrase_starts, split_clauses
from policylabel.statements.cues import leftmost_longest, practice_cues, starts_sentence
from policylabel.statements.implied import Unit, implied
from policylabel.statements.lexicon import CueHit, Lexicon
from policylabel.statements.parties import (
    actor_of,
    defined_party,
    given_to_another,
    processed_for_us,
    provider_ends,
    provider_subject,
    received_by_other,
    receiving_is_no_collection,
    recipient_transfer,
    sent_to_another,
    told_to_subject,
)
from policylabel.statements.places import find as place_finder
from policylabel.statements.places import place_firsts
from policylabel.statements.polarity import polarity_of
from policylabel.statements.statement import Statement
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ABSOLUTE,
    AD_NOUNS,
    AD_REACH,
    AD_WORDS,
    AMOUNT_CUES,
    ANCHOR,
    ANSWERS,
    BE,
    BUYING,
    BY_PLACE,
    CHANGES,
    CHOOSING,
    CHOOSING_PHRASES,
    CONTRAST,
    DATA_NOUNS,
    DATA_VERBS,
    DECIDING,
    DEFINING,
    DETERMINERS,
    EMBEDDING,
    ENDING_VERBS,
    FIRST_PARTY_CUES,
    FIRST_PERSON,
    GOING,
    HANDED,
    HARMS,
    HIRING_WORDS,
    KEPT,
    LABEL_DENIALS,
    LABEL_WORDS,
    LEAVING,
    LISTED,
    LOCATION_USED,
    LONG_UNIT,
    MAILINGS,
    MARKETING_RIGHTS,
    MAY,
    MECHANISMS,
    MODALS,
    MUST,
    NAME_WORDS,
    NEGATORS,
    NEVER_HELD,
    NEW_SUBJECT_DETERMINERS,
    OBLIGING,
    OPTABLE,
    OPTED_MODIFIERS,
    PAID_FOR,
    PEOPLE_OF,
    PERSON,
    PLACE_GATE,
    PROVIDER_ENDING,
    PROVIDER_NAMES,
    PURPOSE_AFTER_SO,
    RECEIVING,
    RECORD_NOUNS,
    RELATIVES,
    RESPONSIBLE,
    RIGHT_FRAMING,
    RIGHT_WORDS_OPT,
    SECOND_PERSON,
    SENDING,
    SERVING_PLURAL,
    SERVING_VERBS,
    SHORT_STOP,
    SIGNAL_OTHERS,
    SIGNAL_VERBS,
    SIGNALS,
    STOP,
    SUBJECT_FIRST_PERSON,
    TEMPORAL,
    TERMINATION,
    TOLD_GATE,
    USER_ROLES,
    VERB_ADVERBS,
    WHEN_SUBJECTS,
    WHICH,
    WILL,
    thing_form,
)

_IS_WORD = itemgetter(3)  # Token.word
_NORM = itemgetter(0)  # Token.norm
_FIRST, _LAST = itemgetter(3), itemgetter(4)  # CueHit.first, CueHit.last
_AT = itemgetter(0)  # of a content pair (index, object form)
_FORM = itemgetter(1)


_GERUND_TIMES = frozenset({"before", "after", "without", "when", "while"})  # "before closing your account"

def _banned_activity(toks: list[Token], lemmas: list[str]) -> bool:
    """A unit opening with "No" and an activity: a house rule ("No sleeping overnight", "No filming members")."""
    return len(toks) > 2 and lemmas[0] == "no" and toks[1].word and len(toks[1].norm) > 5 \
        and toks[1].norm.endswith("ing")


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


def _shown_to_reader(lemmas: list[str], i: int) -> bool:
    """The ad noun at ``i`` is shown to the reader, or follows them, for a purpose: "so they can show you ... ads",
    "so that our adverts can follow you"."""
    purpose = any(lemmas[k] == "so" or (lemmas[k] == "to" and lemmas[k + 1] == "show")
                  for k in range(max(0, i - 9), i))
    shown = any(lemmas[k] == "show" and lemmas[k + 1] == "you" for k in range(max(0, i - 5), i - 1)) \
        or (lemmas[i + 1:i + 4] in (["can", "follow", "you"], ["may", "follow", "you"]))
    return purpose and shown


_ELSEWHERE = frozenset({"other", "elsewhere", "across"})  # offers shown on other sites, elsewhere
# What chooses ads by the person: "based on", "according to", "whose readings", "matching", "help us show"
_SELECTING = frozenset({"based", "according", "whose", "depending", "matching", "match", "help", "helps"})
_PERSONS_OWN = frozenset({"your", "their", "whose", "his", "her"})
_DISPLAYING = frozenset({"show", "shown", "see", "display", "displayed"})


def _displayed_to_reader(lemmas: list[str], i: int) -> bool:
    """The ad noun at ``i`` is shown to the reader in the service ("the app shows you offers", "may see sponsored
    offers", "are shown sponsored recipe cards"), not sent to them (a message is marketing)."""
    return any(lemmas[k] in _DISPLAYING for k in range(max(0, i - 4), i))


def _ads_chosen(lemmas: list[str]) -> int | None:
    """Where ads or offers are named that are chosen by what the person does or is ("ads for toys chosen
    according to the books your child reads", "offers ... selected on the basis of the games they play"):
    targeted advertising, whatever words name it. The index of the ad noun, or None."""
    n = len(lemmas)
    for i, lem in enumerate(lemmas):
        if lem not in AD_NOUNS:
            continue
        if any(lemmas[k] in WHICH and k > 0 and lemmas[k - 1] in DECIDING for k in range(max(0, i - 3), i)):
            return i  # "to choose which offers are shown", "to decide which adverts you see"
        if _shown_to_reader(lemmas, i) and (lem in AD_WORDS or not _ELSEWHERE.isdisjoint(lemmas[i + 1:i + 6])):
            # "so they can show you PillPost offers on other websites", "so that our adverts can follow you":
            # ads aimed at the person whose data they got
            return i
        if _displayed_to_reader(lemmas, i) and not _SELECTING.isdisjoint(lemmas) \
                and not (_PERSONS_OWN.isdisjoint(lemmas) and RECORD_NOUNS.isdisjoint(lemmas)):
            # "Based on your brushing patterns, the app shows you personalized offers", "Users whose readings stay
            # high may see sponsored offers", "Your symptom logs help us show you sponsored offers": shown to the
            # person by what they are or do
            return i
        for j in range(i + 1, min(n, i + AD_REACH)):
            if lemmas[j] in CHOOSING or (lemmas[j] in CHOOSING_PHRASES and lemmas[j + 1:j + 2] in (["on"], ["to"])):
                if any(lemmas[k] in PERSON for k in range(j + 1, min(n, j + AD_REACH))):
                    return i
                break
            if lemmas[j] in (";", ".") or lemmas[j] in AD_NOUNS:
                break
    return None


_PICKING_UP = frozenset({"collect", "collecting", "collected"})  # goods picked up, in terms of service


def _after_last_comma(lemmas: list[str], lo: int, hi: int) -> int:
    """Where the last clause joined by ", and" or ", but" before ``hi`` starts ("How long a flight lasts depends
    on the wind, and no assurance is given": the embedded question is over at the comma; not "whether we have
    collected, used, and sold it", a list of verbs)."""
    return next((k + 1 for k in range(hi - 2, lo - 1, -1) if lemmas[k] == "," and lemmas[k + 1] in ("and", "but")
                 and lemmas[k + 2] in _NEW_SUBJECT), lo)


def _first_party_subject(lemmas: list[str], at: int) -> bool:
    """The words before ``at``, back to the start or a comma, are the first party as a subject ("We", "The
    Company", "The Supplier")."""
    lo = next((i + 1 for i in range(at - 1, max(-1, at - 5), -1) if not lemmas[i].isalnum()), max(0, at - 4))
    words = [w for w in lemmas[lo:at] if w not in DETERMINERS]
    return bool(words) and all(w in FIRST_PERSON or w in PROVIDER_NAMES for w in words)


def _serves(lemmas: list[str], lo: int, i: int) -> bool:
    """Token ``i`` is inside a purpose that follows the practice ("so you can ...", "so that ...")."""
    return any(lemmas[j] == "so" and lemmas[j + 1] in PURPOSE_AFTER_SO for j in range(lo, i - 1))


def _pronoun_object(lemmas: list[str], lo: int, hi: int) -> int | None:
    """A clause opening with "we" and taking "it" or "them" as its object within a few words ("we may apply
    them", "we will not share it"): where the pronoun is."""
    if lemmas[lo] in CONTRAST and lo < hi:
        lo += 1  # "but we will not apply them"
    if lemmas[lo] not in SUBJECT_FIRST_PERSON:
        return None
    return next((i for i in range(lo + 2, min(hi, lo + 5) + 1) if lemmas[i] in ("it", "them")), None)


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
    while i < len(lemmas) and lemmas[i] in OPTED_MODIFIERS:
        i += 1
    if i < len(lemmas) and lemmas[i] == "receive":
        return ()  # "opt out of receiving marketing emails" is about messages, not collection
    named = [h for h in hits if h.first == i and (h.term in DATA_VERBS or h.term in OPTABLE)]
    if not named:
        return ()
    after = lemmas[named[0].last + 1:named[0].last + 4]
    if "by" in after and any(named[0].last < r.first <= named[0].last + 4 for r in recipients):
        return ()
    return (named[0].term,)


@lru_cache(maxsize=1 << 14)
def _content_form(lem: str) -> str:
    """The object form of a content word; "" for a stop word, a number, a word of one letter or a short word
    of no meaning alone ("me", "my", "he")."""
    if lem in STOP or lem.isdigit() or len(lem) <= 1 or lem in SHORT_STOP:
        return ""
    return thing_form(lem)


def link_offers(text: str, base: int, lex: Lexicon) -> list[Statement]:
    """A heading or link that names an opt-out ("Do Not Sell My Personal Information") offers it: one
    statement per opt-out right it names. Headings state nothing else."""
    toks, lemmas, hits, _amounts = lex.front(text)  # token offsets index ``text``
    rights = [h for h in hits if h.set == "rights" and {"not", "opt"} & set(lemmas[h.first:h.last + 1])]
    if not rights:
        return []
    data = tuple(dict.fromkeys(h.term for h in leftmost_longest([h for h in hits if h.set == "data-categories"])))
    return [Statement(practice="data-subject-right", polarity="affirmed", modality="does", actor="first-party",
                      start=base + toks[0].start, end=base + toks[-1].end, unit_start=base + toks[0].start,
                      unit_end=base + toks[-1].end, cue=text[toks[h.first].start:toks[h.last].end], data=data,
                      rights=(h.term,), opt_out=True, words=sum(1 for t in toks if t.word))
            for h in rights]


SERVING_WORDS = SERVING_VERBS | SERVING_PLURAL  # (lemmas of the unit: a set test)
_BEHALF_GATE = frozenset({"behalf", "us", "instruction", "instructions", "processor", "processors", "contract",
                          "agreement"})  # a unit without one: no processor read
_NAMED_ALIKE = frozenset({"account-balance"})  # a practice whose cue after a name is still it ("Forge Credits")
_CHANNELS = frozenset({"email", "e-mail", "phone", "telephone", "text", "sms", "post"})


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




# A participle after its noun and before one of these points to a description elsewhere ("described in section
# 5", "defined below"); after a form of "be" it may define ("is defined as").
_NEW_SUBJECT = NEW_SUBJECT_DETERMINERS | {"no", "we", "it", "that", "those", "there", "they", "you", "each", "every",
                                          "any", "all"}
_POINTING = frozenset({"in", "at", "on", "under", "above", "below", "earlier", "later", "elsewhere"})
_REGARDLESS_GATE = frozenset({"whether", "regardless", "without", "routine"})
_ASKED = frozenset({"ask", "asked", "asking", "consent", "permission", "agreement", "approval"})


def _regardless(lemmas: list[str]) -> bool:
    """The unit says it is done whatever the reader does or says: "whether or not", "regardless of", "without
    (parents) being asked", "without asking for permission", "as a matter of routine"."""
    for i, lem in enumerate(lemmas):
        if (lem == "whether" and lemmas[i + 1:i + 3] == ["or", "not"]) \
                or (lem == "regardless" and lemmas[i + 1:i + 2] == ["of"]) \
                or (lem == "routine" and i >= 4 and lemmas[i - 4:i] == ["as", "a", "matter", "of"]) \
                or (lem == "without" and not _ASKED.isdisjoint(lemmas[i + 1:i + 4])):
            return True
    return False


DEIDENTIFIED = "deidentified"  # the data category of data with no identifier attached
_LACKING_ENDS = frozenset({".", ";", ":", "(", ")", "|", "attach", "attached", "include", "included", "that", "which"})
_LACKING_WORDS = 8


@lru_cache(maxsize=256)
def _identifying(lex: Lexicon, term: str) -> bool:
    """Data that identifies someone: names, contact details, identifiers."""
    return not _IDENTIFYING.isdisjoint(lex.vocab.ancestors("data-categories", term))


_IDENTIFYING = frozenset({"contact-info", "identifiers", "government-id"})


def _lacking(lemmas: list[str], data_at: frozenset[int]) -> frozenset[int]:
    """The tokens of what a thing is said to come with none of ("with no host name or address attached"), up to
    the verb or mark that ends the list, when data is named first (``data_at``: where data hits start; "with no
    warranty of fitness" lacks a warranty)."""
    out: set[int] = set()
    for i, lem in enumerate(lemmas):
        if not (lem == "no" and i > 0 and lemmas[i - 1] == "with") or data_at.isdisjoint((i + 1, i + 2)):
            continue
        for k in range(i + 1, min(len(lemmas), i + 1 + _LACKING_WORDS)):
            if lemmas[k] in _LACKING_ENDS or lemmas[k] in BE or lemmas[k] in MODALS:
                break
            out.add(k)
    return frozenset(out)


_ONE_OF = frozenset({"a", "an", "any"})
_FAILING = frozenset({"fail", "fails", "never"})


# A denial of keeping something for a while ("not stored after delivery", "not kept once the order is active"): it
# was held until then
_KEPT_FOR_A_WHILE = frozenset({"after", "once", "beyond", "longer", "until", "when", "past"})
_HOLDING = frozenset({"store"})  # data held is collected; not "keep" or "retain", which say for how long
# Where data is stored ("stored on servers in Montreal", "in an access-controlled database"): not what is collected
_WHERE_HELD = frozenset({"server", "servers", "database", "databases", "cloud", "centre", "center", "there", "here"})


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
    head = lemmas[:min(len(lemmas) - 1, LABEL_WORDS + 1)]
    label_end = head.index(":") if ":" in head else -1
    if label_end < 0 and len(lemmas) - 2 <= LABEL_WORDS + 3 and lemmas[-2:-1] == [":"] and lemmas[-1] in LABEL_DENIALS:
        label_end = len(lemmas) - 2  # a longer label answered by a denial: "Data sent outside the European Union: none"
    if label_end < 0 and text.count("|") == 1 and "|" in lemmas[:-1] and lemmas[lemmas.index("|") + 1] in LABEL_DENIALS:
        # a row of two cells whose value denies it: "Monthly fee | none", "Storage for up to 14 days | free"
        label_end = lemmas.index("|")
    label_denied = label_end >= 0 and lemmas[label_end + 1] in LABEL_DENIALS
    words = set(lemmas)
    # (a set test first: most units name no place)
    firsts = place_firsts().intersection(words) if not PLACE_GATE.isdisjoint(words) else ()
    # (a place is written with a capital: "send it to us" names none, a search of the text in C tells)
    unit_places = place_finder(toks, text, firsts) if firsts and any(
        w.capitalize() in text or w.upper() in text for w in firsts) else []
    chosen_ads = _ads_chosen(lemmas) if not AD_NOUNS.isdisjoint(words) else None
    ending = not PROVIDER_ENDING.isdisjoint(words) \
        and (practices_allowed is None or "termination-by-provider" in practices_allowed)
    paid = "pay" in words or ("return" in words and "in" in words)  # "pays us", "in return for a fee"
    if inherited is None and "practices" not in by_set and "rights" not in by_set and not banned and not unit_places \
            and chosen_ads is None and not ending and not ("no" in words and not AD_WORDS.isdisjoint(words)) \
            and not (label_denied and lemmas[label_end + 1] == "free") \
            and not any(a.kind in ("age", "money") for a in unit_amounts) \
            and not ((not RECEIVING.isdisjoint(lemmas) or not HANDED.isdisjoint(lemmas))
                     and ("recipients" in by_set or "data-categories" in by_set or "your" in lemmas
                          or not PEOPLE_OF.isdisjoint(lemmas) or not RECORD_NOUNS.isdisjoint(words))) \
            and not ("recipients" in by_set and not (GOING.isdisjoint(words) and HIRING_WORDS.isdisjoint(words))) \
            and not (("data-categories" in by_set or not RECORD_NOUNS.isdisjoint(words))
                     and (("to" in words and not SENDING.isdisjoint(words)) or not TOLD_GATE.isdisjoint(words))) \
            and not (SERVING_WORDS.intersection(words) and ("data-categories" in by_set
                                                            or not RECORD_NOUNS.isdisjoint(words))) \
            and not (not HARMS.isdisjoint(words) and not (RESPONSIBLE.isdisjoint(words) and "for" not in words
                                                         and MODALS.isdisjoint(words))) \
            and MAILINGS.isdisjoint(words) \
            and not (not OBLIGING.isdisjoint(words)
                     and (practices_allowed is None or "acceptable-use" in practices_allowed)):
        return []  # nothing cues a practice: most units of a text, read no further
    all_practice_hits, practice_hits = practice_cues(toks, lemmas, text, hits, by_set.get("practices", []),
                                                     practices_allowed, label_end)
    # "notice by email", "reminders via SMS": a channel of the message, no data of the reader's
    data_hits = [h for h in leftmost_longest(by_set.get("data-categories", []))
                 if not (h.first == h.last and h.first > 0 and lemmas[h.first - 1] in ("by", "via")
                         and toks[h.first].norm in _CHANNELS)]
    # "Readings, with no host name or address attached, are passed to ...": what comes with no identifier is
    # de-identified data, and the identifiers it comes without are not what the clause is about (their tokens,
    # ``lacking``, name no object; the rest of the list still does)
    lacking: frozenset[int] = frozenset()
    if "with" in words and "no" in words and data_hits:
        identifying = [h for h in data_hits if _identifying(lex, h.term)]
        within = _lacking(lemmas, frozenset(h.first for h in identifying))
        gone = [h for h in identifying if h.first in within]
        if gone:
            no_at = gone[0].first - 1
            while no_at > 0 and lemmas[no_at] != "no":
                no_at -= 1
            lacking = frozenset(k for h in gone for k in range(h.first, h.last + 1))
            data_hits = sorted([*(h for h in data_hits if h not in gone),
                                CueHit("data-categories", DEIDENTIFIED, "with no", no_at, no_at)], key=_FIRST)
    recipient_hits = leftmost_longest(by_set.get("recipients", []))
    if recipient_hits:
        # "the Provider", "the Supplier": a contract's defined name of the first party, no recipient
        recipient_hits = [h for h in recipient_hits if not defined_party(toks, lemmas, text, h)
                          # ("government identity document": a word of a longer name of data names no recipient)
                          and not any(d.first <= h.first and h.last <= d.last and d.last - d.first > h.last - h.first
                                      for d in data_hits)]
    purpose_hits = leftmost_longest(by_set.get("purposes", []))
    if purpose_hits and data_hits:
        # a purpose word inside a longer name of data is the data's ("Social Security number")
        purpose_hits = [h for h in purpose_hits if not any(
            d.first <= h.first and h.last <= d.last and d.last - d.first > h.last - h.first for d in data_hits)]
    # Rights and retention policies are seldom cued: no call for none.
    right_hits = leftmost_longest(by_set["rights"]) if "rights" in by_set else []
    retention_hits = leftmost_longest(by_set["retention-policies"]) if "retention-policies" in by_set else []
    recipient_ends = {h.last: h.first for h in recipient_hits} if recipient_hits else {}
    exception_terms = recipient_hits + purpose_hits + data_hits
    if any(h.term == "acceptable-use" for h in practice_hits):
        # "The Supplier shall not require ...", "We must not ...": the first party's own undertaking, not a rule
        # for the reader, whose negation is the verb's after it
        practice_hits = [h for h in practice_hits if not (h.term == "acceptable-use"
                                                          and _first_party_subject(lemmas, h.first))]
    in_cues = {i for h in practice_hits if h.last > h.first for i in range(h.first, h.last + 1)}
    out: list[Statement] = []
    clauses = split_clauses(toks, lemmas, text)
    present = words
    on_device, narrowing_at, opt_out_at, limit_at, circumstances, restricted_at, not_negations = \
        phrase_starts(lemmas)
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
        # "exactly as described", "as defined in the Act": a reference to a description, not a definition
        # "the backups described in section 5": a participle after its noun points to a description elsewhere
        return lemmas[i] in DEFINING and i not in qualifier and not (i > 0 and lemmas[i - 1] == "as") \
            and not (toks[i].norm.endswith("ed") and i > 0 and lemmas[i - 1] not in BE
                     and i + 1 < len(lemmas) and lemmas[i + 1] in _POINTING)

    unit = Unit(text, toks, lemmas, words, practices_allowed, unit_amounts, unit_places, by_set, all_practice_hits,
                data_hits, label_end, label_denied, banned, chosen_ads, ending, paid)
    unit_data = tuple(dict.fromkeys(h.term for h in data_hits)) if data_hits else ()
    regardless = not _REGARDLESS_GATE.isdisjoint(words) and _regardless(lemmas)
    unit_words = sum(map(_IS_WORD, toks))
    last_clause = len(clauses) - 1
    for ci, cl in enumerate(clauses):
        basis: list[CueHit] = []  # a legal basis an item under a lead-in names
        # (a choice the reader has stays one in an exception: "... unless they opt out by replying STOP")
        core = [h for h in practice_hits if cl.first <= h.first and (h.last <= cl.core_last or (
            h.term == "marketing-choice" and h.last <= cl.last))]
        core, ages = implied(unit, cl, ci == 0, core)
        if cl.exceptions and cl.exceptions[0][0] == cl.first and ci != last_clause \
                and lemmas[cl.last] == ",":
            pending_window += (span_text(cl.first, cl.last),)  # "Unless otherwise stated, ..." qualifies what follows
            continue
        leading_condition = bool(cl.conditions) and cl.conditions[0][0] == cl.first
        if lemmas[cl.first] == "by" and any(h.term == "acceptance" for h in core):
            # "By paying the deposit, the Hirer accepts these terms" (one clause): the means before the comma is
            # no fee
            comma = next((k for k in range(cl.first + 1, cl.core_last) if lemmas[k] == ","), None)
            if comma is not None and any(h.term == "acceptance" and h.first > comma for h in core):
                core = [h for h in core if h.first > comma]
            elif comma is None:
                # ("By paying a deposit you accept these terms": the means ends where the acceptance begins)
                accepted_at = min(h.first for h in core if h.term == "acceptance")
                if accepted_at > cl.first + 1:
                    core = [h for h in core if h.term == "acceptance" or h.first >= accepted_at]
        if lemmas[cl.first] == "by" and ci != last_clause \
                and any(h.term == "acceptance" and h.first > cl.last for h in practice_hits):
            leading_condition = True  # "By buying a subscription, you agree to these terms": the means is no fee
        if leading_condition and ci != last_clause:
            if not (lemmas[cl.first] in TEMPORAL and cl.first + 1 < len(lemmas) and lemmas[cl.first + 1] in WHEN_SUBJECTS):
                pending_conditions.append(span_text(cl.first, cl.last))  # "If you cancel, ..." qualifies what follows
            # "If we make material changes, we will notify you ...": the change is what the next clause is about;
            # so is a browser's signal ("If your browser sends a Do Not Track signal, we treat it as a refusal")
            carried = [h for h in core if h.term in CHANGES or h.term in SIGNALS]
            continue
        answered: list[str] = []  # signals a leading condition named, which this clause answers
        if carried and any(h.term in SIGNALS for h in carried) and lemmas[cl.first] in SUBJECT_FIRST_PERSON:
            core = [h for h in carried if h.term in SIGNALS] + core
            answered = [h.term for h in carried if h.term in SIGNALS]
            pending_conditions = []
        elif carried and not core:
            core = carried
            pending_conditions = []  # the change is the practice here, not a condition of it
        carried = []
        rights_here = [h for h in right_hits if cl.first <= h.first <= cl.last] if right_hits else []
        # (Without a recipient, or a determiner opening the clause, neither is looked for: no call.)
        transfer = (recipient_transfer(toks, lemmas, core, cl.first, cl.core_last, recipient_hits, data_hits)
                    if recipient_hits else None) \
            or (received_by_other(toks, lemmas, text, cl.first, cl.core_last, data_hits)
                if not (present.isdisjoint(RECEIVING) and present.isdisjoint(BUYING)) else None) \
            or (sent_to_another(toks, lemmas, cl.first, cl.core_last, data_hits)
                if not present.isdisjoint(SENDING) and "to" in present
                and (practices_allowed is None or "sharing" in practices_allowed) else None) \
            or (processed_for_us(lemmas, cl.first, cl.core_last)
                if not _BEHALF_GATE.isdisjoint(present) and (practices_allowed is None or "sharing" in practices_allowed)
                else None) \
            or (told_to_subject(toks, lemmas, cl.first, cl.core_last, data_hits, text)
                or given_to_another(toks, lemmas, text, cl.first, cl.core_last, data_hits,
                                    frozenset(h.first for h in recipient_hits))
                if not TOLD_GATE.isdisjoint(present) and (practices_allowed is None or "sharing" in practices_allowed)
                else None)
        if transfer is not None:  # the verb states sharing, whatever other data verb it is a cue of
            core = [transfer] + [h for h in core if not (h.first <= transfer.first <= h.last and h.term in DATA_VERBS)]
        if core and not present.isdisjoint(RECEIVING):
            core = [h for h in core if not receiving_is_no_collection(toks, lemmas, text, h, cl.first)]
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
                cl_set & RIGHT_WORDS_OPT
                or (any(lemmas[i] in SECOND_PERSON for i in range(cl.first, rights_here[0].first))
                    # "you can complain to ...", "you can unsubscribe": the practice the words also cue
                    and not any(p.first == rights_here[0].first and p.last == rights_here[0].last for p in core))):
            h = rights_here[0]
            # Opting out of marketing is the marketing choice ("opt out of marketing emails", "unsubscribe").
            practice = "marketing-choice" if h.term in MARKETING_RIGHTS and (
                practices_allowed is None or "marketing-choice" in practices_allowed) else "data-subject-right"
            if h.term == "complaint" and all(r.term == "complaint" for r in rights_here) \
                    and (practices_allowed is None or "complaint" in practices_allowed):
                # "the right to lodge a complaint with the Data Protection Commission": a complaint to a regulator
                practice = "complaint"
                core = [c for c in core if c.term != "data-subject-right"]
            core.append(CueHit("practices", practice, h.cue, h.first, h.last))
        if inherited is not None:
            # "Messages you send to your matches." under a heading: the reader's act names what is listed
            core = [h for h in core if not (h.term in DATA_VERBS and h.first > 0 and lemmas[h.first - 1] == "you")]
        if item and inherited is not None and inherited[0] == "acceptable-use" and all(h.term in DATA_VERBS for h in core):
            # "You must not:" / "- transmit above the power limits ...": what the reader must not do, whatever verb
            core = []
        if inherited is not None and not any(
                h.term in DATA_VERBS or (h.term in SIGNALS and set(lemmas[cl.first:h.first]) & FIRST_PERSON)
                for h in core):
            # Under a lead-in ("We use your data to:"), an item's topic words do not restate the practice; its
            # amounts still do ("Retainers: $149 per set." under a heading on fees).
            # Its own word of the same practice stays: "Stair carry | no charge" under "Charges are as follows:";
            # so does a place ("Data is not sent outside the UK" under "How we use your data").
            # A legal basis is stated too ("To run your account (performance of a contract)"), beside the item's
            # practice.
            basis = [h for h in core if h.term == "legal-basis"]
            # (a practice the item itself says no to stays its own: "Premium subscribers see no advertisements")
            core = [h for h in core if h.cue in AMOUNT_CUES or h.cue in BY_PLACE or (item and h.term == inherited[0])
                    or (h.first > 0 and lemmas[h.first - 1] in ("no", "never") and h.term not in DATA_VERBS
                        and h.term != "data-subject-right")]
        if not core and inherited is not None and (practices_allowed is None or inherited[0] in practices_allowed) \
                and ((item and ci == 0 and (inherited[0] in LISTED or lemmas[cl.first] in ANSWERS))
                     # "Clips, standard plan: 7 days." under a heading on keeping data: a period of it
                     or (inherited[0] in KEPT and any(a.kind == "period" and cl.first <= a.first <= cl.last
                                                        for a in unit_amounts))
                     # "Standard sweep of one flue, €85" under "The following charges apply:": a price of it
                     or (inherited[0] == "fees-and-payment" and any(a.kind == "money" and cl.first <= a.first <= cl.last
                                                                    for a in unit_amounts))
                     or any(cl.first <= h.first <= cl.last
                                                         for name in ("data-categories", "recipients", "purposes")
                                                         for h in by_set.get(name, ()))):
            core.append(CueHit("practices", inherited[0], "", cl.first, cl.first - 1))
        elif core and item and ci == 0 and inherited is not None and inherited[0] in LISTED \
                and (practices_allowed is None or inherited[0] in practices_allowed) \
                and all(h.term in DATA_VERBS and h.term != inherited[0] for h in core) \
                and any(lemmas[k] in RELATIVES or lemmas[k] == "that" for k in range(cl.first, min(map(_FIRST, core)))):
            # "Photos you take, which our model analyzes to name the species" under "What we collect": the
            # item is collected; the relative clause says what is done with it
            core.append(CueHit("practices", inherited[0], "", cl.first, cl.first - 1))
        core_terms = {h.term for h in core}  # one set for the tests below (a generator each would cost a call)
        if "sale" in core_terms:
            business_transfer = any(h.term == "business-transfer" and cl.first <= h.first <= cl.last
                                    for h in purpose_hits)
            # "Listening data is not sold": data named by a word the vocabulary has no category for is still data.
            # ("The following goods must not be sold": a rule for the reader about goods, read as such below)
            clause_has_object = any(cl.first <= h.first <= cl.last for h in data_hits + recipient_hits) \
                or not DATA_NOUNS.isdisjoint(cl_set) \
                or ((practices_allowed is None or "acceptable-use" in practices_allowed)
                    and passive_prohibition(lemmas, cl.first, cl.core_last) is not None)
            # (an answer to a heading's question, "No.", sells what the question names)
            core = [h for h in core if not (h.term == "sale" and h.cue and h.cue != PAID_FOR
                                            and (business_transfer or not clause_has_object))]
        if not core_terms.isdisjoint(SIGNALS):  # dropping sales above dropped no signal
            signal_at = min(h.first for h in core if h.term in SIGNALS)
            other_at = next((i for i in range(cl.first, signal_at) if lemmas[i] in SIGNAL_OTHERS), None)
            if cl_set.isdisjoint(FIRST_PERSON) and other_at is not None \
                    and not any(toks[i].norm.startswith(SIGNAL_VERBS) for i in range(signal_at + 1, cl.last + 1)) \
                    and not any(toks[i].norm.startswith(SIGNAL_VERBS) for i in range(cl.first, other_at)):
                # "some browsers have a Do Not Track feature"; but "browser Do Not Track settings are not
                # responded to" and "does not respond to browser signals" say what is done with them.
                core = [h for h in core if h.term not in SIGNALS]
            if any(h.term in SIGNALS for h in core) and not answered and not any(
                    toks[i].norm.startswith(SIGNAL_VERBS) for i in range(cl.first, cl.last + 1)):
                # A signal is honoured or not only with a verb that says so ("respond to", "honor"); "Uniform
                # standards for DNT signals have not been adopted" states nothing about the first party.
                core = [h for h in core if h.term not in SIGNALS]
        if not core:
            window_at = [i for i in narrowing_at if cl.first <= i <= cl.last]
            if window_at and lemmas[cl.last] == ",":
                pending_window = (span_text(window_at[0], min(cl.last, window_at[0] + 3)),)
            continue
        data = (_terms(data_hits, cl.first, cl.core_last) if data_hits else ()) or unit_data
        if not data and practices_allowed is not None and "acceptable-use" in practices_allowed \
                and not any(cl.first <= h.first <= cl.last for h in data_hits):
            # terms of service: "Bikes not collected within 14 days", "Collecting your dog after 5 pm costs ...": goods
            core = [h for h in core if not (h.term == "collection" and h.first == h.last
                                            and lemmas[h.first] in _PICKING_UP)]
            if not core:
                continue
        choice = choose(unit, cl, core, cl_set, data, transfer, recipient_hits, purpose_hits, circumstances, lex)
        if choice is None:
            continue
        chosen, by_practice = choice
        if basis and "legal-basis" not in chosen:
            chosen.append("legal-basis")
            by_practice["legal-basis"] = basis
        mentions = tuple(sorted({h.term for h in all_practice_hits if cl.first <= h.first <= cl.last}))
        recipients = _terms(recipient_hits, cl.first, cl.core_last) if recipient_hits else ()
        purposes = _terms(purpose_hits, cl.first, cl.last) if purpose_hits else ()
        # "used only for appointment reminders, never for promotions": the purposes after it are denied
        never_for = next((k for k in range(cl.first + 2, cl.last - 1) if lemmas[k] in ("never", "not")
                          and lemmas[k + 1] == "for" and lemmas[k - 1] in (",", "but", "and")), None) \
            if purposes and "for" in cl_set else None
        refused: tuple[str, ...] = ()
        if never_for is not None:
            refused = _terms(purpose_hits, never_for + 2, cl.last)
            if refused:
                purposes = _terms(purpose_hits, cl.first, never_for - 1)
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
        # Money kept from those who do not do something is kept in their case ("A Candidate who does not attend
        # forfeits the fee", "Guests who fail to arrive"): a no-show, not everyone
        who = cl.first + 1 if lemmas[cl.first + 1:cl.first + 2] == ["who"] else \
            cl.first + 2 if lemmas[cl.first] in _ONE_OF and lemmas[cl.first + 2:cl.first + 3] == ["who"] else None
        no_show = (span_text(cl.first, min(cl.core_last, who + 4)),) if restricted is None and who is not None \
            and who + 2 <= cl.core_last and (lemmas[who + 1] in _FAILING or lemmas[who + 2] in NEGATORS) else ()
        exceptions: tuple[str, ...] = ()
        excepted: tuple[str, ...] = ()
        if cl.exceptions:
            exceptions = tuple(span_text(a, b) for a, b in cl.exceptions)
            excepted = tuple(dict.fromkeys(f"{h.set}:{h.term}" for a, b in cl.exceptions for h in exception_terms
                                           if a <= h.first <= b))
        # ("including for partial months" extends what is said, it does not narrow it)
        # ("so you can review past exchanges": what the practice serves, not a part of it)
        narrowing = [i for i in narrowing_at if cl.first <= i <= cl.last
                     and "include" not in lemmas[max(cl.first, i - 3):i]
                     and not _serves(lemmas, cl.first, i)] if narrowing_at else []
        narrowed: tuple[str, ...] = (span_text(narrowing[0], min(cl.last, narrowing[0] + 3)),) if narrowing else ()
        exceptions += narrowed
        exceptions += pending_window
        pending_window = ()
        if opt_out:
            # The clause's words: its lemmas and its tokens as written.
            clause_norms = toks[cl.first:cl.last + 1]
            # Offered: a means follows ("by clicking"), or the reader is told they may ("you may opt out of").
            offered = not MECHANISMS.isdisjoint(cl_set) or not MECHANISMS.isdisjoint(map(_NORM, clause_norms)) or (
                opt_at is not None and any(lemmas[i] in MAY for i in range(max(cl.first, opt_at - 3), opt_at))
                and "you" in lemmas[cl.first:opt_at])
            opt_out = offered and RIGHT_FRAMING.isdisjoint(cl_set) \
                and RIGHT_FRAMING.isdisjoint(map(_NORM, clause_norms)) \
                and not any(lemmas[i] in NEGATORS for i in range(cl.first, opt_at or cl.first)
                            # (not inside a relative clause of the subject: "Members who would rather not hear")
                            if RELATIVES.isdisjoint(lemmas[cl.first:i]))
        # What is opted out of: the practice named right after "opt out of" ("of cross-site tracking").
        opted = _opted(lemmas, opt_at, all_practice_hits, recipient_hits) if opt_out and opt_at is not None else ()
        pending_conditions = []
        content = [(i, form) for i, form in enumerate(map(_content_form, lemmas[cl.first:cl.core_last + 1]), cl.first)
                   if form and toks[i].word and i not in lacking]
        content_forms = frozenset(map(_FORM, content))
        # a table row's period cell ("Competition entries | 3 months") keeps what its first cells name
        row_label = frozenset(f for f in map(_content_form, lemmas[:cl.first - 1]) if f) \
            if cl.first > 1 and lemmas[cl.first - 1] == "|" else frozenset()
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
            if "non" in objects:
                # "non-member boats", "non-binding estimates": what the prefix names, as one word ("nonmember")
                # besides its parts
                objects |= {"non" + thing_form(lemmas[k + 1]) for k in range(cl.first, cl.core_last)
                            if lemmas[k] == "non" and lemmas[k + 1].isalpha()
                            and not any(h.first <= k + 1 <= h.last for h in cues)}  # (not "non-refundable")
            if row_label and practice in KEPT:
                objects |= row_label
            # The content words within ANCHOR tokens of the cues (content is in token order).
            near = content[bisect_left(content, cue.first - ANCHOR, key=_AT):
                           bisect_right(content, max(map(_LAST, cues)) + ANCHOR, key=_AT)]
            anchors = frozenset(map(_FORM, near)).difference(own)
            window = 40 if practice == "children" else 7  # "nor do we knowingly collect ... from children"
            # "we do not knowingly collect ... from children": the verb's negation is the children's too
            first_other = min((h.last for h in practice_hits if h.term != practice and h.last >= cl.first),
                              default=len(lemmas)) if practice != "children" else len(lemmas)
            # (a label's own negation is not its value's: "Photos of items you did not sell: deleted after 90 days")
            colon = next((k for k in range(cue.first - 1, cl.first - 1, -1) if lemmas[k] == ":"), -1) \
                if not label_denied and ":" in cl_set else -1
            valued = cl if colon < 0 or colon + 1 > cl.core_last or any(
                h.term == practice and h.first < colon for h in practice_hits) \
                else Clause(colon + 1, cl.last, cl.core_last, cl.conditions, cl.exceptions)
            polarity = polarity_of(toks, lemmas, valued, practice, cues, ages, cl_set, practice_hits, in_cues,
                                   not_negating, window, first_other, label_end if label_denied else -1, limit_at,
                                   inherited)
            actor = "first-party" if cue == transfer or cue.cue in BY_PLACE or cue.cue in FIRST_PARTY_CUES else actor_of(toks, lemmas, cue, cl.first, cl.last,
                                                                   recipient_ends, on_device, text)
            # (not one an order sends the reader to get: "take them to the store to get a refund" is the store's)
            if practice == "refunds" and actor != "first-party" and (
                    actor == "user" or lemmas[cl.first] in USER_ROLES
                    or (lemmas[cl.first] in DETERMINERS and lemmas[cl.first + 1] in USER_ROLES)) \
                    and "to" not in lemmas[max(cl.first, cue.first - 3):cue.first]:
                actor = "first-party"  # "You may ask for your money back", "Customers who ... get their money back": paid by it
            if practice == "fees-and-payment" and cue.first == cue.last and lemmas[cue.first] == "pay" \
                    and actor == "first-party" and _first_party_pays(toks, lemmas, text, cl.first, cue.first):
                continue  # "Sugarbird pays for a replacement", "we will pay its vet bills": no fee the reader pays
            if cue.cue == LOCATION_USED and (polarity == "denied" or actor != "first-party"):
                continue  # "we do not use your location for ads" says nothing of collecting it
            if actor == "other" and practice == "international-transfer" and recipient_hits:
                actor = "first-party"  # "Our analytics provider processes usage data in the United States": ours
            name = practice
            # "Acme will give you 30 days' notice before closing your account": the gerund's subject is the clause's
            provider_gerund = practice in TERMINATION and cue.first > cl.first + 1 \
                and lemmas[cue.first - 1] in _GERUND_TIMES and toks[cue.first].norm.endswith("ing") \
                and provider_subject(lemmas, cl.first, cl.first + 2, lex.names)
            if provider_gerund:
                name, actor = "termination-by-provider", "first-party"
            elif practice == "termination-by-provider" and actor == "user" and "termination-by-user" not in chosen:
                name = "termination-by-user"
            elif practice == "termination-by-user" and lemmas[cue.first] in ENDING_VERBS \
                    and (provider_subject(lemmas, cl.first, cue.first)
                         or (lemmas[cue.first - 1] in MODALS and provider_ends(toks, lemmas, text, cl.first, cue.first))):
                # "We may refuse or cancel any booking", "We may end your membership", "The Committee may cancel a
                # booking" (a name, not the reader's role)
                name = "termination-by-provider"
            if practices_allowed is not None and name not in practices_allowed:
                continue
            # ("No information about your treatment is given to ...": a subject denied whole is denied always)
            absolute = polarity == "denied" and (bool(lem_set & ABSOLUTE) or (lemmas[cl.first] == "no" and name in DATA_VERBS))
            out.append(Statement(
                practice=name, polarity=polarity, modality=_modality(lemmas, cue, cl.first), actor=actor,
                start=base + toks[cl.first].start, end=base + toks[cl.last].end, unit_start=unit_start,
                unit_end=unit_end,
                cue=(span_text(cue.first, cue.last) if cue.last >= cue.first else "") if cue.cue not in BY_PLACE
                else cue.cue, data=data, recipients=recipients, purposes=purposes,
                rights=rights, retention=retention, amounts=clause_amounts,
                conditions=conditions + no_show if name == "refunds" else conditions,
                # (a guarantee "within the previous 7 days" is timed by it, not excepted)
                exceptions=(exceptions if not narrowed or (name != "warranty-disclaimer"
                                                           and not _window_of_a_later_verb(lemmas, cue, narrowing[0]))
                            else tuple(e for e in exceptions if e not in narrowed))
                + (_charged_things(lemmas, cue, cl, span_text) if name == "fees-and-payment" and polarity == "denied"
                   else ()),
                opt_out=opt_out, opted_out=opted, absolute=absolute,
                defining=(not cl_set.isdisjoint(DEFINING) and any(defines_at(i) for i in range(cl.first, cl.last + 1)))
                or not EMBEDDING.isdisjoint(lemmas[_after_last_comma(lemmas, cl.first, cue.first):cue.first]),
                legal_term=bool(qualifier) and any(cl.first <= i <= cl.last for i in qualifier),
                # (a capitalised cue after a capitalised word: "the Acme Sharing Program", not "Wi-Fi is free")
                # (but "from the age of 15" is an age, "Forge Credits" a balance by its name, and a transfer to
                # the places it names is one under any framework's name)
                embedded=cue.first > 0 and name not in _NAMED_ALIKE and not (name == "international-transfer" and unit_places) and (
                    (lemmas[cue.first - 1] == "of" and lemmas[cue.first - 2:cue.first - 1] != ["age"]) or (
                    not starts_sentence(toks, cue.first - 1) and toks[cue.first - 1].word
                    and text[toks[cue.first - 1].start:toks[cue.first - 1].start + 1].isupper()
                    and text[toks[cue.first].start:toks[cue.first].start + 1].isupper()
                    and not text.isupper())),  # (in capitals throughout, no word is a name's)
                mentions=mentions, objects=objects, anchors=anchors,
                words=unit_words if unit_words <= LONG_UNIT else sum(1 for t in toks[cl.first:cl.last + 1] if t.word),
                cue_stems=frozenset(w.removeprefix("non")[:5] for c in cues for w in lemmas[c.first:c.last + 1]
                                    if w.isalpha() and len(w) > 1 and w not in STOP), excepted=excepted,
                places=_transfer_places(lemmas, unit_places, cl.first, cl.last, polarity == "denied")
                if name == "international-transfer" else (),
                regardless=regardless and polarity == "affirmed"))
            if name == "retention" and polarity == "denied" and "collection" not in chosen \
                    and (absolute or not NEVER_HELD.isdisjoint(cl_set)
                         or (bool(data) and not clause_amounts and _KEPT_FOR_A_WHILE.isdisjoint(cl_set))) \
                    and (practices_allowed is None or "collection" in practices_allowed):
                # "We never see or store your card number", "neither requested nor stored": never held at all,
                # which is never collected (what is never held is kept for no time); "We never store your full
                # card number" says both
                if NEVER_HELD.isdisjoint(cl_set) and not {"ask", "collect", "hold"} & cl_set:
                    out.append(replace(out[-1], practice="collection"))
                else:
                    out[-1] = replace(out[-1], practice="collection")
            elif name == "retention" and polarity == "affirmed" and actor == "first-party" and data \
                    and not clause_amounts and not retention and not _HOLDING.isdisjoint(lemmas[cue.first:cue.last + 1]) \
                    and not unit_places and _WHERE_HELD.isdisjoint(cl_set) \
                    and "collection" not in chosen and (practices_allowed is None or "collection" in practices_allowed):
                # "we store the date and the species of your catch": data held is data collected
                out.append(replace(out[-1], practice="collection"))
            elif name == "deletion" and polarity == "affirmed" and "after" in cl_set and "within" not in cl_set \
                    and "retention" not in chosen and any(a.kind == "period" for a in clause_amounts) \
                    and (practices_allowed is None or "retention" in practices_allowed):
                # "Class recordings are deleted 45 days after the course ends": kept until then
                out.append(replace(out[-1], practice="retention"))
            if refused and name in DATA_VERBS and polarity == "affirmed" and out[-1].practice == name \
                    and never_for is not None and never_for > cue.last:
                out.append(replace(out[-1], polarity="denied", purposes=refused))
    if out and (practices_allowed is None or "fees-and-payment" in practices_allowed):
        out += _sums_charged(out)
    return out


# Practices whose sums of money are no charge: a cap on liability, a venue's value limit, an indemnity, a credit
_SUMS_OF_THEIR_OWN = frozenset({"liability-limitation", "governing-law", "arbitration", "indemnity", "fees-and-payment",
                                "refunds", "account-balance"})


def _window_of_a_later_verb(lemmas: list[str], cue: CueHit, at: int) -> bool:
    """A time window after "and" and the cue's verb again narrows that second verb, not the cue ("does not sell
    personal information and has not sold any in the past 12 months")."""
    if cue.last >= at or cue.first < 0:
        return False
    joined = next((k for k in range(cue.last + 1, at) if lemmas[k] == "and"), None)
    return joined is not None and lemmas[cue.first] in lemmas[joined + 1:at]


def _sums_charged(out: list[Statement]) -> list[Statement]:
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
