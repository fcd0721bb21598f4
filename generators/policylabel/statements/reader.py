"""Reading one unit (a sentence, list item or heading) into statements.

A unit is tokenized and lemmatized once and its cues found by the lexicon's automaton; the practice cues that
name a practice are kept (:mod:`~policylabel.statements.cues`), the unit cut into clauses
(:mod:`~policylabel.statements.clauses`), and each clause read in turn (here): the practices its other words
imply (:mod:`~policylabel.statements.implied`), the one it states and those that come with it
(:mod:`~policylabel.statements.choice`), the data, recipients, purposes, amounts it names, under what conditions
and exceptions, with what opt-out. Each practice chosen then becomes a statement
(:mod:`~policylabel.statements.compose`): affirmed or denied (:mod:`~policylabel.statements.polarity`), by whom
(:mod:`~policylabel.statements.parties`). A clause leaves the next one its leading condition or time window.
Every step walks the tokens a bounded number of times: cost linear in the length of the unit.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from policylabel.statements.amounts import Amount
from policylabel.statements.choice import choose, passive_prohibition
from policylabel.statements.clauses import Clause, phrase_starts, split_clauses
from policylabel.statements.compose import ClauseRead, Reading, Stated, follow_ups, span, statement, sums_charged
from policylabel.statements.cues import leftmost_longest, practice_cues
from policylabel.statements.devices import DEVICE_GATE, DEVICE_MODALITY
from policylabel.statements.implied import Unit, implied
from policylabel.statements.learned import learned
from policylabel.statements.lexicon import CueHit, Lexicon
from policylabel.statements.parties import (
    defined_party,
    given_to_another,
    processed_for_us,
    received_by_other,
    receiving_is_no_collection,
    recipient_transfer,
    sent_to_another,
    told_to_subject,
)
from policylabel.statements.places import find as place_finder
from policylabel.statements.places import place_firsts
from policylabel.statements.sold import sales_function, sells_goods
from policylabel.statements.statement import Statement
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    AD_NOUNS,
    AD_REACH,
    AD_WORDS,
    AMOUNT_CUES,
    ANSWERS,
    BE,
    BUYING,
    BY_PLACE,
    CEILINGS,
    CHANGES,
    CHOOSING,
    CHOOSING_PHRASES,
    CONTRAST,
    DATA_NOUNS,
    DATA_VERBS,
    DECIDING,
    DETERMINERS,
    FIRST_PERSON,
    GIVEN_BACK,
    GOING,
    HANDED,
    HARMS,
    HIRING_WORDS,
    KEPT,
    LABEL_DENIALS,
    LABEL_WORDS,
    LISTED,
    MAILING_CHOICE,
    MAILING_GATE,
    MAILINGS,
    MARKETING_RIGHTS,
    MAY,
    MECHANISMS,
    MODALS,
    NEGATORS,
    NO_WORSE_FOR_RIGHTS,
    OBLIGING,
    OPTABLE,
    OPTED_MODIFIERS,
    PAID_FOR,
    PAID_MONEY,
    PEOPLE_OF,
    PERSON,
    PLACE_GATE,
    PROMOTION_PLACES,
    PROVIDER_ENDING,
    PROVIDER_NAMES,
    PURPOSE_AFTER_SO,
    READER_LEAVING,
    RECEIVING,
    RECORD_NOUNS,
    RECORDED_LEMMAS,
    RELATIVES,
    RESPONSIBLE,
    RIGHT_FRAMING,
    RIGHT_USED,
    RIGHT_WORDS_OPT,
    SECOND_PERSON,
    SENDING,
    SERVING_PLURAL,
    SERVING_VERBS,
    SHORT_STOP,
    SHOWN_IN,
    SIGNAL_OTHERS,
    SIGNAL_VERBS,
    SIGNALS,
    STOP,
    SUBJECT_FIRST_PERSON,
    SUBJECT_PRONOUNS,
    TEMPORAL,
    TOLD_GATE,
    WHEN_SUBJECTS,
    WHICH,
    WORSE_FOR_RIGHTS,
    thing_form,
)

_IS_WORD = itemgetter(3)  # Token.word
_NORM = itemgetter(0)  # Token.norm
_FIRST = itemgetter(3)  # CueHit.first
_FORM = itemgetter(1)  # of a content pair (index, object form)


def _banned_activity(toks: list[Token], lemmas: list[str]) -> bool:
    """A unit opening with "No" and an activity: a house rule ("No sleeping overnight", "No filming members")."""
    return len(toks) > 2 and lemmas[0] == "no" and toks[1].word and len(toks[1].norm) > 5 \
        and toks[1].norm.endswith("ing")


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
_CHANNELS = frozenset({"email", "e-mail", "phone", "telephone", "text", "sms", "post"})


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


class _Carry:
    """What one clause leaves for the clauses after it."""

    def __init__(self) -> None:
        self.conditions: list[str] = []  # a leading condition ("If you cancel, ...")
        self.carried: list[CueHit] = []  # a change or signal a leading condition named, for the clause after it
        self.previous: str | None = None  # the practice the previous clause stated: what "it" and "them" go back to
        # A leading time window ("In the preceding 12 months, we have not sold") or exception ("Unless otherwise
        # stated, ..."): an exception of the clause that follows.
        self.window: tuple[str, ...] = ()


def _label_end(text: str, lemmas: list[str]) -> int:
    """Where a short label before a colon ends ("Marketing Purposes: We use ..."), or -1: it names a topic, not a
    practice, unless its value denies it ("Refunds: none", "Delivery: free")."""
    head = lemmas[:min(len(lemmas) - 1, LABEL_WORDS + 1)]
    label_end = head.index(":") if ":" in head else -1
    if label_end < 0 and len(lemmas) - 2 <= LABEL_WORDS + 3 and lemmas[-2:-1] == [":"] and lemmas[-1] in LABEL_DENIALS:
        label_end = len(lemmas) - 2  # a longer label answered by a denial: "Data sent outside the European Union: none"
    if label_end < 0 and text.count("|") == 1 and "|" in lemmas[:-1] and lemmas[lemmas.index("|") + 1] in LABEL_DENIALS:
        # a row of two cells whose value denies it: "Monthly fee | none", "Storage for up to 14 days | free"
        label_end = lemmas.index("|")
    return label_end


def _cues_nothing(lemmas: list[str], words: set[str], by_set: dict[str, list[CueHit]], unit_amounts: list[Amount],
                  practices_allowed: frozenset[str] | None, label_end: int, label_denied: bool, banned: bool,
                  placed: bool, chosen_ads: int | None, ending: bool) -> bool:
    """Nothing in the unit cues a practice: most units of a text, read no further."""
    return "practices" not in by_set and "rights" not in by_set and not banned and not placed \
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
        and (SHOWN_IN.isdisjoint(words) or PROMOTION_PLACES.isdisjoint(words)) \
        and not ("data-categories" in by_set and not RECORDED_LEMMAS.isdisjoint(words)) and "photocopy" not in words \
        and (MAILING_GATE.isdisjoint(words) or MAILING_CHOICE.isdisjoint(words)) \
        and (PAID_MONEY.isdisjoint(words) or GIVEN_BACK.isdisjoint(words)) \
        and READER_LEAVING.isdisjoint(words) \
        and not (not RIGHT_USED.isdisjoint(words) and ("right" in words or "rights" in words)) \
        and not (("no" in words or "without" in words) and not CEILINGS.isdisjoint(words)) \
        and not (not DEVICE_GATE.isdisjoint(words) and not DEVICE_MODALITY.isdisjoint(words)
                 and (practices_allowed is None or "device-restrictions" in practices_allowed)) \
        and not (not OBLIGING.isdisjoint(words)
                 and (practices_allowed is None or "acceptable-use" in practices_allowed))


def _end_states_dropped(lemmas: list[str], data_hits: list[CueHit], cue_at: int) -> list[CueHit]:
    """``data_hits`` but a word of de-identified data after the practice's cue that says what becomes of the data
    ("Call notes are kept for twelve months and then anonymised", "... before being aggregated"): an end state,
    not which data (but "Data that is anonymised may be shared" names it)."""
    return [h for h in data_hits if not (
        h.term == DEIDENTIFIED and h.first == h.last and h.first > max(cue_at, 1)
        and (lemmas[h.first - 1] in _BECOMING
             or (lemmas[h.first - 1] == "be" and lemmas[h.first - 2] not in _RELATIVE_OPENERS)))]


_BECOMING = frozenset({"then", "being"})
_RELATIVE_OPENERS = frozenset({"that", "which"})
_AFFECTING = frozenset({"affect", "prejudice"})
_AFFECT_REACH = 5  # words from "affect" to the practice it leaves unaffected ("the lawfulness of any processing")


def _without_identifiers(lex: Lexicon, lemmas: list[str], data_hits: list[CueHit]) \
        -> tuple[list[CueHit], frozenset[int]]:
    """"Readings, with no host name or address attached, are passed to ...": what comes with no identifier is
    de-identified data, and the identifiers it comes without are not what the clause is about (their tokens, the
    second value, name no object; the rest of the list still does)."""
    identifying = [h for h in data_hits if _identifying(lex, h.term)]
    within = _lacking(lemmas, frozenset(h.first for h in identifying))
    gone = [h for h in identifying if h.first in within]
    if not gone:
        return data_hits, frozenset()
    no_at = gone[0].first - 1
    while no_at > 0 and lemmas[no_at] != "no":
        no_at -= 1
    return (sorted([*(h for h in data_hits if h not in gone), CueHit("data-categories", DEIDENTIFIED, "with no", no_at,
                                                                     no_at)], key=_FIRST),
            frozenset(k for h in gone for k in range(h.first, h.last + 1)))


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
    label_end = _label_end(text, lemmas)
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
    if inherited is None and _cues_nothing(lemmas, words, by_set, unit_amounts, practices_allowed, label_end,
                                           label_denied, banned, bool(unit_places), chosen_ads, ending):
        return []
    paid = "pay" in words or ("return" in words and "in" in words)  # "pays us", "in return for a fee"
    r = _reading(text, base, lex, practices_allowed, inherited, item, toks, lemmas, hits, words, by_set,
                 unit_amounts, unit_places, label_end, label_denied, banned, chosen_ads, ending, paid)
    out: list[Statement] = []
    carry = _Carry()
    clauses = split_clauses(toks, lemmas, text)
    for ci, cl in enumerate(clauses):
        stated = _stated(r, cl, ci, len(clauses) - 1, carry)
        if stated is None:
            continue
        c = _clause_read(r, cl, stated, carry)
        carry.previous = stated.chosen[0]
        for practice in stated.chosen:
            cue = stated.by_practice[practice][0]
            st = statement(r, c, practice)
            if st is not None:
                out.append(st)
                follow_ups(r, c, cue, out)
    if out and (practices_allowed is None or "fees-and-payment" in practices_allowed):
        out += sums_charged(out)
    return out


def _reading(text: str, base: int, lex: Lexicon, practices_allowed: frozenset[str] | None,
             inherited: tuple[str, str] | None, item: bool, toks: list[Token], lemmas: list[str],
             hits: list[CueHit], words: set[str],
             by_set: dict[str, list[CueHit]], unit_amounts: list[Amount], unit_places: list[tuple[int, int, str]],
             label_end: int, label_denied: bool, banned: bool, chosen_ads: int | None, ending: bool,
             paid: bool) -> Reading:
    """The cues of a unit that cues a practice, sorted by what they name, and the phrases its clauses look up."""
    all_practice_hits, practice_hits = practice_cues(toks, lemmas, text, hits, by_set.get("practices", []),
                                                     practices_allowed, label_end)
    # "notice by email", "reminders via SMS": a channel of the message, no data of the reader's; "held on file":
    # where it is kept, no file of the reader's
    data_hits = [h for h in leftmost_longest(by_set.get("data-categories", []))
                 if not (h.first == h.last and h.first > 0
                         and ((lemmas[h.first - 1] in ("by", "via") and toks[h.first].norm in _CHANNELS)
                              or (lemmas[h.first - 1] == "on" and toks[h.first].norm == "file")))]
    if practice_hits:
        data_hits = _end_states_dropped(lemmas, data_hits, min(h.first for h in practice_hits))
    lacking: frozenset[int] = frozenset()
    if "with" in words and "no" in words and data_hits:
        data_hits, lacking = _without_identifiers(lex, lemmas, data_hits)
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
    if any(h.term == "acceptable-use" for h in practice_hits):
        # "The Supplier shall not require ...", "We must not ...": the first party's own undertaking, not a rule
        # for the reader, whose negation is the verb's after it
        practice_hits = [h for h in practice_hits if not (h.term == "acceptable-use"
                                                          and _first_party_subject(lemmas, h.first))]
    if "privacy" in words and any(h.term == "children" for h in practice_hits):
        # "Protecting the privacy of children is important", "We care about children's privacy": a topic, not a
        # practice towards children (an age or a verb of its own still states one)
        practice_hits = [h for h in practice_hits if not (
            h.term == "children" and h.first == h.last
            and ((h.first >= 2 and lemmas[h.first - 2:h.first] == ["privacy", "of"])
                 or lemmas[h.first + 1:h.first + 2] == ["privacy"]))]
    if not words.isdisjoint(_AFFECTING):
        # "Withdrawing consent does not affect the lawfulness of processing carried out before": what a change
        # leaves unaffected is neither done nor denied by it
        practice_hits = [h for h in practice_hits if not (
            h.term in DATA_VERBS and not _AFFECTING.isdisjoint(lemmas[max(0, h.first - _AFFECT_REACH):h.first]))]
    on_device, narrowing_at, opt_out_at, limit_at, circumstances, restricted_at, not_negations = \
        phrase_starts(lemmas)
    # "(as those terms are defined in the CCPA)", "as the term "sell" is defined in ..." qualify a word by its
    # legal sense; they define nothing.
    qualifier = {i for i in range(len(lemmas)) if lemmas[i] in ("define", "defined")
                 and ("as" in lemmas[max(0, i - 7):i] or "(" in lemmas[max(0, i - 6):i])} \
        if not words.isdisjoint(("define", "defined")) else set()
    unit = Unit(text, toks, lemmas, words, practices_allowed, unit_amounts, unit_places, by_set, all_practice_hits,
                data_hits, label_end, label_denied, banned, chosen_ads, ending, paid)
    unit_words = sum(map(_IS_WORD, toks))
    return Reading(
        unit, base, lex, inherited, item, practice_hits, recipient_hits, purpose_hits, right_hits, retention_hits,
        {h.last: h.first for h in recipient_hits} if recipient_hits else {}, recipient_hits + purpose_hits + data_hits,
        {i for h in practice_hits if h.last > h.first for i in range(h.first, h.last + 1)}, lacking, on_device,
        narrowing_at, opt_out_at, limit_at, circumstances, restricted_at, set(not_negations), qualifier,
        tuple(dict.fromkeys(h.term for h in data_hits)) if data_hits else (),
        not _REGARDLESS_GATE.isdisjoint(words) and _regardless(lemmas), unit_words,
        base + toks[0].start, base + toks[-1].end)


def _stated(r: Reading, cl: Clause, ci: int, last: int, carry: _Carry) -> Stated | None:
    """The practices clause ``cl`` (the ``ci``-th of ``last + 1``) states, or None when it states none (a leading
    condition or exception it leaves in ``carry`` for the next clause)."""
    u, lemmas, inherited = r.unit, r.unit.lemmas, r.inherited
    # (a choice the reader has stays one in an exception: "... unless they opt out by replying STOP")
    core = [h for h in r.practice_hits if cl.first <= h.first and (h.last <= cl.core_last or (
        h.term == "marketing-choice" and h.last <= cl.last))]
    core, ages = implied(u, cl, ci == 0, core)
    if cl.exceptions and cl.exceptions[0][0] == cl.first and ci != last and lemmas[cl.last] == ",":
        carry.window += (span(r, cl.first, cl.last),)  # "Unless otherwise stated, ..." qualifies what follows
        return None
    core, leading_condition = _means_of_acceptance(r, cl, ci, last, core)
    if leading_condition and ci != last:
        if not (lemmas[cl.first] in TEMPORAL and cl.first + 1 < len(lemmas) and lemmas[cl.first + 1] in WHEN_SUBJECTS):
            carry.conditions.append(span(r, cl.first, cl.last))  # "If you cancel, ..." qualifies what follows
        # "If we make material changes, we will notify you ...": the change is what the next clause is about;
        # so is a browser's signal ("If your browser sends a Do Not Track signal, we treat it as a refusal")
        carry.carried = [h for h in core if h.term in CHANGES or h.term in SIGNALS]
        return None
    answered: list[str] = []  # signals a leading condition named, which this clause answers
    carried = carry.carried
    if carried and any(h.term in SIGNALS for h in carried) and lemmas[cl.first] in SUBJECT_FIRST_PERSON:
        core = [h for h in carried if h.term in SIGNALS] + core
        answered = [h.term for h in carried if h.term in SIGNALS]
        carry.conditions = []
    elif carried and not core:
        core = carried
        carry.conditions = []  # the change is the practice here, not a condition of it
    carry.carried = []
    rights_here = [h for h in r.right_hits if cl.first <= h.first <= cl.last] if r.right_hits else []
    transfer = _transfer(r, cl, core)
    if transfer is not None:  # the verb states sharing, whatever other data verb it is a cue of
        core = [transfer] + [h for h in core if not (h.first <= transfer.first <= h.last and h.term in DATA_VERBS)]
    if core and not u.words.isdisjoint(RECEIVING):
        core = [h for h in core if not receiving_is_no_collection(u.toks, lemmas, u.text, h, cl.first)]
    if not core and not rights_here and carry.previous is not None:
        again = _pronoun_object(lemmas, cl.first, cl.core_last)
        if again is not None:  # "..., and we may apply them without prior notice": the same practice again
            core = [CueHit("practices", carry.previous, lemmas[again], again, again)]
    if not core and not rights_here and inherited is None:
        _window_left(r, cl, carry)
        return None  # nothing cued here (most clauses): the same as below, sooner
    cl_set = set(lemmas[cl.first:cl.last + 1])  # the clause's words, once
    if rights_here and not any(h.cue in (WORSE_FOR_RIGHTS, NO_WORSE_FOR_RIGHTS) for h in core):
        # (the right a group used is who the group is: "Patients who request erasure ... are moved to the end")
        core = _with_right(r, cl, core, rights_here, cl_set)
    basis: list[CueHit] = []  # a legal basis an item under a lead-in names
    if inherited is not None:
        core, basis = _under_lead_in(r, cl, ci, core, inherited)
    core = _checked(r, cl, core, cl_set, answered)
    if not core:
        _window_left(r, cl, carry)
        return None
    data = (_terms(u.data_hits, cl.first, cl.core_last) if u.data_hits else ()) or r.data
    if not data and u.allowed is not None and "acceptable-use" in u.allowed and not any(cl.first <= h.first <= cl.last for h in u.data_hits):
        # terms of service: "Bikes not collected within 14 days", "Collecting your dog after 5 pm costs ...": goods
        core = [h for h in core if not (h.term == "collection" and h.first == h.last
                                        and lemmas[h.first] in _PICKING_UP)]
        if not core:
            return None
    choice = choose(u, cl, core, cl_set, data, transfer, r.recipient_hits, r.purpose_hits, r.circumstances, r.lex)
    if choice is None:
        return None
    chosen, by_practice = choice
    if basis and "legal-basis" not in chosen:
        chosen.append("legal-basis")
        by_practice["legal-basis"] = basis
    return Stated(chosen, by_practice, data, transfer, ages, cl_set)


def _window_left(r: Reading, cl: Clause, carry: _Carry) -> None:
    """A clause that states nothing and ends in a comma after a time window leaves the window to the next one."""
    window_at = [i for i in r.narrowing_at if cl.first <= i <= cl.last]
    if window_at and r.unit.lemmas[cl.last] == ",":
        carry.window = (span(r, window_at[0], min(cl.last, window_at[0] + 3)),)


def _means_of_acceptance(r: Reading, cl: Clause, ci: int, last: int, core: list[CueHit]) \
        -> tuple[list[CueHit], bool]:
    """The cues of a clause without the means of accepting the terms ("By paying the deposit, the Hirer accepts
    these terms": no fee), and whether the clause leads into the next one as a condition."""
    lemmas = r.unit.lemmas
    leading_condition = bool(cl.conditions) and cl.conditions[0][0] == cl.first
    if lemmas[cl.first] == "by" and any(h.term == "acceptance" for h in core):
        # (one clause: the means before the comma is no fee)
        comma = next((k for k in range(cl.first + 1, cl.core_last) if lemmas[k] == ","), None)
        if comma is not None and any(h.term == "acceptance" and h.first > comma for h in core):
            core = [h for h in core if h.first > comma]
        elif comma is None:
            # ("By paying a deposit you accept these terms": the means ends where the acceptance begins)
            accepted_at = min(h.first for h in core if h.term == "acceptance")
            if accepted_at > cl.first + 1:
                core = [h for h in core if h.term == "acceptance" or h.first >= accepted_at]
    if lemmas[cl.first] == "by" and ci != last \
            and any(h.term == "acceptance" and h.first > cl.last for h in r.practice_hits):
        leading_condition = True  # "By buying a subscription, you agree to these terms": the means is no fee
    return core, leading_condition


def _transfer(r: Reading, cl: Clause, core: list[CueHit]) -> CueHit | None:
    """A cue of the clause's data reaching another party: recipients named, received or bought by another, sent
    to, processed for the first party, told or given."""
    u = r.unit
    toks, lemmas, text, present, data_hits = u.toks, u.lemmas, u.text, u.words, u.data_hits
    sharing = u.allows("sharing")
    # (Without a recipient, or a determiner opening the clause, neither is looked for: no call.)
    return (recipient_transfer(toks, lemmas, core, cl.first, cl.core_last, r.recipient_hits, data_hits)
            if r.recipient_hits else None) \
        or (received_by_other(toks, lemmas, text, cl.first, cl.core_last, data_hits)
            if not (present.isdisjoint(RECEIVING) and present.isdisjoint(BUYING) and present.isdisjoint(HANDED))
            else None) \
        or (sent_to_another(toks, lemmas, cl.first, cl.core_last, data_hits)
            if not present.isdisjoint(SENDING) and "to" in present and sharing else None) \
        or (processed_for_us(lemmas, cl.first, cl.core_last)
            if not _BEHALF_GATE.isdisjoint(present) and sharing else None) \
        or (told_to_subject(toks, lemmas, cl.first, cl.core_last, data_hits, text)
            or given_to_another(toks, lemmas, text, cl.first, cl.core_last, data_hits,
                                frozenset(h.first for h in r.recipient_hits))
            if not TOLD_GATE.isdisjoint(present) and sharing else None)


def _with_right(r: Reading, cl: Clause, core: list[CueHit], rights_here: list[CueHit],
                cl_set: set[str]) -> list[CueHit]:
    """The cues of a clause with the right it names when it gives the reader one: a data subject's right, a
    marketing choice, a complaint to a regulator."""
    u, lemmas = r.unit, r.unit.lemmas
    if not u.allows("data-subject-right") or not (
            cl_set & RIGHT_WORDS_OPT
            or (any(lemmas[i] in SECOND_PERSON for i in range(cl.first, rights_here[0].first))
                # "you can complain to ...", "you can unsubscribe": the practice the words also cue
                and not any(p.first == rights_here[0].first and p.last == rights_here[0].last for p in core))):
        return core
    h = rights_here[0]
    # Opting out of marketing is the marketing choice ("opt out of marketing emails", "unsubscribe").
    practice = "marketing-choice" if h.term in MARKETING_RIGHTS and u.allows("marketing-choice") \
        else "data-subject-right"
    if h.term == "complaint" and all(x.term == "complaint" for x in rights_here) and u.allows("complaint"):
        # "the right to lodge a complaint with the Data Protection Commission": a complaint to a regulator
        practice = "complaint"
        core = [c for c in core if c.term != "data-subject-right"]
    return core + [CueHit("practices", practice, h.cue, h.first, h.last)]


def _under_lead_in(r: Reading, cl: Clause, ci: int, core: list[CueHit], inherited: tuple[str, str]) \
        -> tuple[list[CueHit], list[CueHit]]:
    """The cues of a clause under a lead-in or heading that states ``inherited``, and the legal basis it names."""
    u, lemmas, item = r.unit, r.unit.lemmas, r.item
    basis: list[CueHit] = []
    # "Messages you send to your matches." under a heading: the reader's act names what is listed
    core = [h for h in core if not (h.term in DATA_VERBS and h.first > 0 and lemmas[h.first - 1] == "you")]
    if item and inherited[0] == "acceptable-use" and all(h.term in DATA_VERBS for h in core):
        # "You must not:" / "- transmit above the power limits ...": what the reader must not do, whatever verb
        core = []
    if not any(h.term in DATA_VERBS or (h.term in SIGNALS and set(lemmas[cl.first:h.first]) & FIRST_PERSON)
               for h in core):
        # Under a lead-in ("We use your data to:"), an item's topic words do not restate the practice; its
        # amounts still do ("Retainers: $149 per set." under a heading on fees).
        # Its own word of the same practice stays: "Stair carry | no charge" under "Charges are as follows:";
        # so does a place ("Data is not sent outside the UK" under "How we use your data").
        # A legal basis is stated too ("To run your account (performance of a contract)"), beside the item's
        # practice.
        basis = [h for h in core if h.term == "legal-basis"]
        # (a practice the item itself says no to stays its own: "Premium subscribers see no advertisements")
        # (and so does one with a subject of its own: "Where we rely on your consent, you have the right to
        # withdraw it" under "We use personal information:")
        core = [h for h in core if h.cue in AMOUNT_CUES or h.cue in BY_PLACE or (item and h.term == inherited[0])
                or (h.first > 0 and lemmas[h.first - 1] in ("no", "never") and h.term not in DATA_VERBS
                    and h.term != "data-subject-right")
                or (item and h.term == "data-subject-right" and set(lemmas[h.first:h.last + 1]) >= _RIGHT_HELD)]
    # (an item with a subject of its own says its own thing: "We might change these Terms from time to time"
    # under "Information we collect includes:")
    if not core and u.allows(inherited[0]) \
            and ((item and ci == 0 and (inherited[0] in LISTED or lemmas[cl.first] in ANSWERS
                                        # ("The following are included in the tour price:" / "- breakfast"):
                                        # what the price includes costs nothing more
                                        or (inherited == ("fees-and-payment", "denied")
                                            and not any(a.kind == "money" for a in u.amounts)))
                  and not (inherited[0] in DATA_VERBS and lemmas[cl.first] in SUBJECT_PRONOUNS))
                 # "Clips, standard plan: 7 days." under a heading on keeping data: a period of it
                 or (inherited[0] in KEPT and any(a.kind == "period" and cl.first <= a.first <= cl.last
                                                    for a in u.amounts))
                 # "Standard sweep of one flue, €85" under "The following charges apply:": a price of it
                 or (inherited[0] == "fees-and-payment" and any(a.kind == "money" and cl.first <= a.first <= cl.last
                                                                for a in u.amounts))
                 or any(cl.first <= h.first <= cl.last for name in ("data-categories", "recipients", "purposes")
                        for h in u.by_set.get(name, ()))):
        core = [CueHit("practices", inherited[0], "", cl.first, cl.first - 1)]
    elif core and item and ci == 0 and inherited[0] in LISTED and u.allows(inherited[0]) \
            and all(h.term in DATA_VERBS and h.term != inherited[0] for h in core) \
            and (lemmas[min(map(_FIRST, core)) - 1] == "," or any(lemmas[k] in RELATIVES or lemmas[k] == "that"
                                                                 for k in range(cl.first, min(map(_FIRST, core))))):
        # "Photos you take, which our model analyzes to name the species" under "What we collect": the
        # item is collected; the relative clause says what is done with it
        core = core + [CueHit("practices", inherited[0], "", cl.first, cl.first - 1)]
    return core, basis


_RIGHT_HELD = frozenset({"you", "have", "right"})  # "you have the right to ...": a right an item states itself
def _checked(r: Reading, cl: Clause, core: list[CueHit], cl_set: set[str], answered: list[str]) -> list[CueHit]:
    """The cues of a clause without a sale of nothing and signals nothing is done with."""
    u, toks, lemmas = r.unit, r.unit.toks, r.unit.lemmas
    core_terms = {h.term for h in core}  # one set for the tests below (a generator each would cost a call)
    if "sale" in core_terms:
        business_transfer = any(h.term == "business-transfer" and cl.first <= h.first <= cl.last
                                for h in r.purpose_hits)
        # "Listening data is not sold": data named by a word the vocabulary has no category for is still data.
        # ("The following goods must not be sold": a rule for the reader about goods, read as such below)
        clause_has_object = any(cl.first <= h.first <= cl.last for h in u.data_hits + r.recipient_hits) \
            or not DATA_NOUNS.isdisjoint(cl_set) \
            or (u.allows("acceptable-use") and passive_prohibition(lemmas, cl.first, cl.core_last) is not None)
        # (an answer to a heading's question, "No.", sells what the question names)
        core = [h for h in core if not (h.term == "sale" and h.cue and h.cue != PAID_FOR
                                        and (business_transfer or not clause_has_object
                                             or sells_goods(lemmas, h, cl.last, u.data_hits)
                                             or sales_function(r.unit.toks, lemmas, h, cl.last)))]
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
    return core


def _clause_read(r: Reading, cl: Clause, stated: Stated, carry: _Carry) -> ClauseRead:
    """What clause ``cl`` says of the practices it states; it takes the conditions and time window ``carry``
    holds for it."""
    u, toks, lemmas, cl_set = r.unit, r.unit.toks, r.unit.lemmas, stated.words
    mentions = tuple(sorted({h.term for h in u.all_practice_hits if cl.first <= h.first <= cl.last}))
    recipients = _terms(r.recipient_hits, cl.first, cl.core_last) if r.recipient_hits else ()
    purposes = _terms(r.purpose_hits, cl.first, cl.last) if r.purpose_hits else ()
    # "used only for appointment reminders, never for promotions": the purposes after it are denied
    never_for = next((k for k in range(cl.first + 2, cl.last - 1) if lemmas[k] in ("never", "not")
                      and lemmas[k + 1] == "for" and lemmas[k - 1] in (",", "but", "and")), None) \
        if purposes and "for" in cl_set else None
    refused: tuple[str, ...] = ()
    if never_for is not None:
        refused = _terms(r.purpose_hits, never_for + 2, cl.last)
        if refused:
            purposes = _terms(r.purpose_hits, cl.first, never_for - 1)
    conditions = tuple(carry.conditions) + (tuple(span(r, a, b) for a, b in cl.conditions) if cl.conditions else ())
    restricted = next((i for i in r.restricted_at if cl.first <= i <= min(cl.first + 3, cl.core_last)), None) \
        if r.restricted_at else None
    if restricted is not None:
        conditions += (span(r, restricted, min(cl.core_last, restricted + 6)),)
    # Money kept from those who do not do something is kept in their case ("A Candidate who does not attend
    # forfeits the fee", "Guests who fail to arrive"): a no-show, not everyone
    who = cl.first + 1 if lemmas[cl.first + 1:cl.first + 2] == ["who"] else \
        cl.first + 2 if lemmas[cl.first] in _ONE_OF and lemmas[cl.first + 2:cl.first + 3] == ["who"] else None
    no_show = (span(r, cl.first, min(cl.core_last, who + 4)),) if restricted is None and who is not None \
        and who + 2 <= cl.core_last and (lemmas[who + 1] in _FAILING or lemmas[who + 2] in NEGATORS) else ()
    exceptions: tuple[str, ...] = ()
    excepted: tuple[str, ...] = ()
    if cl.exceptions:
        exceptions = tuple(span(r, a, b) for a, b in cl.exceptions)
        excepted = tuple(dict.fromkeys(f"{h.set}:{h.term}" for a, b in cl.exceptions for h in r.exception_terms
                                       if a <= h.first <= b))
    # ("including for partial months" extends what is said, it does not narrow it)
    # ("so you can review past exchanges": what the practice serves, not a part of it)
    narrowing = [i for i in r.narrowing_at if cl.first <= i <= cl.last
                 and "include" not in lemmas[max(cl.first, i - 3):i]
                 and not _serves(lemmas, cl.first, i)] if r.narrowing_at else []
    narrowed: tuple[str, ...] = (span(r, narrowing[0], min(cl.last, narrowing[0] + 3)),) if narrowing else ()
    exceptions += narrowed + carry.window
    carry.window = ()
    opt_at = next((i for i in r.opt_out_at if cl.first <= i <= cl.last), None) if r.opt_out_at else None
    opt_out = opt_at is not None and _offered(r, cl, opt_at, cl_set)
    # What is opted out of: the practice named right after "opt out of" ("of cross-site tracking").
    opted = _opted(lemmas, opt_at, u.all_practice_hits, r.recipient_hits) if opt_out and opt_at is not None else ()
    carry.conditions = []
    content = [(i, form) for i, form in enumerate(map(_content_form, lemmas[cl.first:cl.core_last + 1]), cl.first)
               if form and toks[i].word and i not in r.lacking]
    # a table row's period cell ("Competition entries | 3 months") keeps what its first cells name
    row_label = frozenset(f for f in map(_content_form, lemmas[:cl.first - 1]) if f) \
        if cl.first > 1 and lemmas[cl.first - 1] == "|" else frozenset()
    return ClauseRead(
        cl, stated, mentions, recipients, purposes, refused, never_for,
        _terms(r.right_hits, cl.first, cl.last) if r.right_hits else (),
        _terms(r.retention_hits, cl.first, cl.last) if r.retention_hits else (),
        tuple(a for a in u.amounts if cl.first <= a.first <= cl.last) if u.amounts else (),
        conditions, no_show, exceptions, narrowed, narrowing, excepted, opt_out, opted, content,
        frozenset(map(_FORM, content)), row_label)


def _offered(r: Reading, cl: Clause, opt_at: int, cl_set: set[str]) -> bool:
    """The opt-out at ``opt_at`` is offered to the reader: a means follows ("by clicking"), or the reader is told
    they may ("you may opt out of"); not a right described, not one negated."""
    toks, lemmas = r.unit.toks, r.unit.lemmas
    # The clause's words: its lemmas and its tokens as written.
    clause_norms = toks[cl.first:cl.last + 1]
    offered = not MECHANISMS.isdisjoint(cl_set) or not MECHANISMS.isdisjoint(map(_NORM, clause_norms)) or (
        any(lemmas[i] in MAY for i in range(max(cl.first, opt_at - 3), opt_at)) and "you" in lemmas[cl.first:opt_at])
    return offered and RIGHT_FRAMING.isdisjoint(cl_set) and RIGHT_FRAMING.isdisjoint(map(_NORM, clause_norms)) \
        and not any(lemmas[i] in NEGATORS for i in range(cl.first, opt_at or cl.first)
                    # (not inside a relative clause of the subject: "Members who would rather not hear")
                    if RELATIVES.isdisjoint(lemmas[cl.first:i]))


def learned_statements(text: str, base: int, lex: Lexicon, kind: str | None, allowed: frozenset[str] | None,
                       read: list[Statement], heading: list[str] | tuple[str, ...] = ()) -> list[Statement]:
    """Statements of the practices the unit's words state by the learned weights
    (:mod:`~policylabel.statements.learned`) that the rules did not read from it (``read``), over the whole unit:
    what it names of data, recipients, purposes and amounts, its content words as objects, no cue."""
    toks, lemmas, hits, unit_amounts = lex.front(text)
    if not toks:
        return []
    have = {st.practice for st in read}
    found = [(p, pol) for p, pol in learned(lemmas, kind, heading) if p not in have and (allowed is None or p in allowed)]
    if not found:
        return []

    def terms(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.term for h in leftmost_longest([h for h in hits if h.set == name])))

    data, recipients, purposes = terms("data-categories"), terms("recipients"), terms("purposes")
    objects = frozenset(f for f in map(_content_form, lemmas) if f)
    words = sum(map(_IS_WORD, toks))
    start, end = base + toks[0].start, base + toks[-1].end
    out: list[Statement] = []
    for practice, polarity in dict.fromkeys(found):
        if practice in have:
            continue  # (one polarity per practice: the likelier)
        have.add(practice)
        out.append(Statement(practice=practice, polarity=polarity, modality="does", actor="first-party", start=start,
                             end=end, unit_start=start, unit_end=end, cue="", data=data, recipients=recipients,
                             purposes=purposes, amounts=tuple(unit_amounts), objects=objects, words=words,
                             learned=True))
    return out
