"""Clauses of a unit, and what a negation reaches.

A unit is cut into clauses at ";", at contrast words ("but", "however") and where a new subject starts
(", we", "and you"); in each clause, the part after a condition word ("if", "when") is a condition and the
part after an exception word ("except", "unless") an exception. A negator negates a cue a few tokens after
it, in its clause. One pass over the tokens: linear in the length of the unit."""

from __future__ import annotations

from typing import Final, NamedTuple

from policylabel.statements.amounts import number
from policylabel.statements.lexicon import CueHit
from policylabel.statements.tokens import Token
from policylabel.statements.words import (
    ABOUT,
    AUXILIARIES,
    BE,
    CIRCUMSTANCE,
    CLAUSE_MARKS,
    CONDITION_WORDS,
    CONSENT,
    CONTRAST,
    CUT_AFTER,
    CUT_WORDS,
    EXCEPTION_NEXT,
    EXCEPTION_WORDS,
    FIRST_PERSON,
    LEADING_EXCEPTIONS,
    LIMIT_AFTER,
    MAY,
    MAY_CUT,
    MODALS,
    MUST,
    NARROWING,
    NEG_BLOCKERS,
    NEGATORS,
    NEW_OWNERS,
    NEW_SUBJECT_DETERMINERS,
    NOT_NEGATED_AFTER,
    NOT_NEGATIONS,
    OBLIGATIONS,
    ON_DEVICE,
    OPT_OUT,
    PARENTHETICAL,
    QUALIFYING,
    RELATIVES,
    REQUIRING,
    REQUIRING_REACH,
    RESTRICTED_SUBJECTS,
    ROW_CELLS,
    SUBJECT_FIRST_PERSON,
    SUBJECTS,
    SUBJECTS_NEGATED,
    SUBORDINATORS,
    TEMPORAL,
    WH,
    WILL,
)


class Clause(NamedTuple):  # a tuple: one made per clause, without a call to a generated __init__
    """A clause: tokens ``first`` to ``last``; its core (where practices are read) ends at ``core_last``."""
    first: int
    last: int  # inclusive token indices
    core_last: int  # last token of the core (before a condition or exception)
    conditions: list[tuple[int, int]]
    exceptions: list[tuple[int, int]]


# The phrase tables whose starts every unit needs, and each table's phrases by first word (the words after the
# first, per table): one look-up of the unit's words serves them all.
_PHRASE_TABLES: Final = (ON_DEVICE, NARROWING, OPT_OUT, LIMIT_AFTER, CIRCUMSTANCE, RESTRICTED_SUBJECTS, NOT_NEGATIONS)


def _by_first_word(tables: tuple[tuple[tuple[str, ...], ...], ...]) -> dict[str, list[tuple[int, list[list[str]]]]]:
    """For each first word: the tables with phrases starting with it, and those phrases' other words (an empty
    list first: a phrase of that one word)."""
    out: dict[str, list[tuple[int, list[list[str]]]]] = {}
    for k, table in enumerate(tables):
        for first in dict.fromkeys(p[0] for p in table):
            rests = [list(p[1:]) for p in table if p[0] == first]
            out.setdefault(first, []).append((k, sorted(rests, key=len)))
    return out


_PHRASE_FIRSTS: Final = _by_first_word(_PHRASE_TABLES)


def phrase_starts(lemmas: list[str]) -> list[list[int]]:
    """Where the phrases of each of ``_PHRASE_TABLES`` start, ascending: one pass for every table."""
    out: list[list[int]] = [[] for _ in _PHRASE_TABLES]
    for i in [i for i, w in enumerate(lemmas) if w in _PHRASE_FIRSTS]:
        for k, rests in _PHRASE_FIRSTS[lemmas[i]]:
            for rest in rests:
                if not rest or lemmas[i + 1:i + 1 + len(rest)] == rest:
                    out[k].append(i)
                    break
    return out


def split_clauses(toks: list[Token], lemmas: list[str], text: str = "") -> list[Clause]:
    cuts: list[int] = [0]
    n = len(toks)
    # A leading condition ("If you cancel, ...", "Label: when you ..., the app ...") ends at its first comma.
    cond_open = lemmas[0] in CONDITION_WORDS
    # "Unless otherwise stated, X is ...", "Other than for abusive conduct, ...": to its first comma
    exception_open = lemmas[0] in LEADING_EXCEPTIONS or (lemmas[0] == "other" and lemmas[1:2] == ["than"])
    # Most tokens cut nothing: only a cut word, a first-person subject or a token after a mark may; those, and
    # the words that qualify a clause, are found in one pass (a set test per token), then tested in order.
    may_cut: set[int] = set()
    qualifying: list[int] = []
    cells = 0  # "|" marks table cells: a row of a few is "label | value", a row of many a menu
    for i in [i for i, lem in enumerate(lemmas) if lem in CLAUSE_MARKS]:
        lem = lemmas[i]
        if lem in CUT_AFTER:
            may_cut.add(i + 1)
            cells += lem == "|"
        if lem in MAY_CUT:
            may_cut.add(i)
        if lem in QUALIFYING:
            qualifying.append(i)
    may_cut.discard(0)
    may_cut.discard(n)
    for i in sorted(may_cut):
        lem = lemmas[i]
        prev = lemmas[i - 1]
        if lem not in CUT_WORDS and prev not in CUT_AFTER and not (cond_open and lem in SUBJECT_FIRST_PERSON):
            continue
        nxt = lemmas[i + 1] if i + 1 < n else ""
        if ((prev in (";", ".", "!", "?") or (prev == "|" and cells <= ROW_CELLS)) and i - 1 > cuts[-1] and not (prev == "." and _lower_at(text, toks[i], toks[i - 1]))) \
                or (lem in CONTRAST and prev not in ("and", "or") and not (lem == "while" and prev.isalnum())) \
                or (prev == ":" and lem in CONDITION_WORDS and lem != "only"):
            cuts.append(i)
            cond_open = lem in CONDITION_WORDS and lem != "only"
        elif lem == "," and exception_open and i + 2 < n:
            cuts.append(i + 1)
            exception_open = cond_open = False
        elif lem == "," and cond_open and i + 2 < n and (
                nxt in NEW_SUBJECT_DETERMINERS
                or (lemmas[i + 2] in MODALS and text[toks[i + 1].start:toks[i + 1].start + 1].isupper())):
            cuts.append(i + 1)  # "when you record a hike, the app collects ...", "If you cancel, Acme will refund"
            cond_open = False
        elif cond_open and lem in SUBJECT_FIRST_PERSON and i > cuts[-1] + 1 and i + 1 < n \
                and lemmas[cuts[-1]] in TEMPORAL and prev not in SUBORDINATORS:
            cuts.append(i)  # "When you place an order we ask for ...": no comma, a new subject
            cond_open = False
        elif lem in ("and", "or", ",") and (nxt in SUBJECTS or (lem == "and" and nxt == "neither")) and i + 2 < n:
            cuts.append(i + 1)  # "..., and neither party waives a jury trial": a new subject
        elif lem == "," and nxt == "so" and i + 3 < n and lemmas[i + 2] in ("you", "there"):
            cuts.append(i + 1)  # "Swims never expire, so you can use them whenever ...": a consequence of its own
        elif lem == "and" and nxt in NEW_OWNERS and i + 3 < n \
                and any(lemmas[k] in BE or lemmas[k] in MODALS for k in range(i + 2, min(n, i + 5))) \
                and any(lemmas[k] in BE or lemmas[k] in MODALS for k in range(cuts[-1], i)):
            cuts.append(i + 1)  # "your account is suspended and your backup is kept for 15 days": a new subject
        elif lem == "and" and prev == "," and i + 3 < n and nxt.isalpha() and lemmas[i + 2] in BE \
                and nxt not in SUBORDINATORS and any(lemmas[k] in BE or lemmas[k] in MODALS for k in range(cuts[-1], i)) \
                and any(lemmas[k] in CONDITION_WORDS for k in range(cuts[-1] + 1, i)):
            # "A deposit is payable when you book, and deposits are not refundable": a new subject ends the
            # condition before it
            cuts.append(i + 1)
        elif lem == "and" and prev == "," and nxt in AUXILIARIES and i + 2 < n:
            cuts.append(i + 1)  # "..., and has not sold ...": the same subject, a new statement
        elif lem == "and" and nxt in BE and i + 2 < n and lemmas[i + 2] not in NEGATORS \
                and any(lemmas[k] in BE for k in range(cuts[-1], i)):
            # "A fee is payable for every meeting and is deducted from the price if you go ahead": the same
            # subject's second passive, with conditions of its own
            cuts.append(i + 1)
    cuts = sorted(set(cuts))
    out: list[Clause] = []
    new = tuple.__new__  # Clause's own __new__ is a Python function
    for k, a in enumerate(cuts):
        b = (cuts[k + 1] if k + 1 < len(cuts) else n) - 1
        if b < a:
            continue
        core_last = b
        conditions: list[tuple[int, int]] = []
        exceptions: list[tuple[int, int]] = []
        purpose = next((k for k in range(a, b) if lemmas[k] == "so" and lemmas[k + 1] == "that"), None) \
            if "so" in lemmas[a:b] else None
        for i in qualifying:
            if i < a or i > b:
                continue
            lem = lemmas[i]
            if lem in EXCEPTION_WORDS and (lem not in EXCEPTION_NEXT or (i + 1 <= b and lemmas[i + 1] in EXCEPTION_NEXT[lem])):
                exceptions.append((i, b))
                core_last = min(core_last, i - 1)
                break
            if lem in CONDITION_WORDS and purpose is not None and purpose < i:
                continue  # "... so that they can text you when they pull up": the purpose's own, not the clause's
            if lem == "whenever" and not _AT_WILL.isdisjoint(lemmas[i + 1:min(b, i + 3) + 1]):
                continue  # "can be used whenever you like": any time the reader chooses, no case
            if lem in CONDITION_WORDS and i > a and lemmas[i - 1] == "," and lem != "only":
                close = next((j for j in range(i + 1, min(b - 1, i + PARENTHETICAL) + 1) if lemmas[j] == ","), None)
                if close is not None:
                    # "Permits, where required, are obtained by the Company": a condition set off by commas
                    # qualifies the clause around it, which goes on after it
                    conditions.append((i, close - 1))
                    continue
            if (lem in CONDITION_WORDS and i > a and not (lem == "only" and (i + 1 > b or lemmas[i + 1] != "if"))
                    and lemmas[i - 1] not in ABOUT and lemmas[i - 1] not in _INCLUDING
                    # ("a call-out charge of £45, which is taken off the bill if you go ahead": the aside's case)
                    and not any(lemmas[k] == "," and lemmas[k + 1] in _ASIDES for k in range(a, i - 1))
                    and not (lem == "where" and (lemmas[i - 1] in _KNOWING or lemmas[i - 1] in _PLACE_NOUNS))
                    and not (lem == "when" and lemmas[i - 1] in _KNOWING_WHEN)
                    and not (i + 1 <= b and lemmas[i + 1] in ("and", "or"))) \
                    or (lem == "without" and i > a and not CONSENT.isdisjoint(lemmas[i + 1:min(b, i + 5) + 1])):
                # "without your prior written consent" is "unless you consent": a condition
                conditions.append((i, b))
                core_last = min(core_last, i - 1)
                break
        if lemmas[a] in CONDITION_WORDS and lemmas[a] != "only":
            conditions.append((a, b))
        out.append(new(Clause, (a, b, core_last, conditions, exceptions)))
    return out


# "whenever you like", "whenever they wish": the reader's choice of time
_AT_WILL: Final = frozenset({"like", "wish", "want", "choose", "please", "prefer"})
# "never refunded, including when a player withdraws", "excluded, even where the crew was at fault": the case is
# included, not a condition
_INCLUDING: Final = frozenset({"include", "including", "even"})
# "the exact spot where you fished": a place's relative clause, not a condition
_PLACE_NOUNS: Final = frozenset({"spot", "place", "location", "area", "site", "point", "address", "country", "town", "city",
                          "room", "spots", "places", "locations", "areas", "sites", "points", "countries", "towns"})
# "Logs showing when each device was online", "We record when you sign in": what is known, not a condition
_KNOWING_WHEN: Final = frozenset({"record", "log", "know", "see", "show", "track", "note", "reveal"})
# "does not record where you are": what is known, not a condition
_KNOWING: Final = frozenset({"record", "track", "know", "log", "store", "see", "monitor", "collect", "follow", "note", "save",
                      "trace", "check", "learn", "detect", "determine", "show", "share", "reveal", "tell"})


def _lower_at(text: str, tok: Token, prev: Token) -> bool:
    """A word in small letters after a space: after "Co. does" or "e.g. the" the sentence goes on."""
    return tok.start > prev.end and text[tok.start:tok.start + 1].islower()


def is_negated(lemmas: list[str], cue: CueHit, lo: int, in_cues: set[int], not_negating: set[int], window: int = 7,
               first_other: int | None = None) -> bool:
    """A negator in the few tokens before the cue, in the same clause core, not part of another (several-word)
    cue (``in_cues``: the positions they cover). A negator belongs to the nearest practice after it ("never
    sell what we collect": collect is not negated), except across a coordination ("do not sell or share");
    ``first_other`` is where the clause's first cue of another practice ends; ``not_negating``: where the
    unit's ``_NOT_NEGATIONS`` start."""
    first_other = len(lemmas) if first_other is None else first_other
    # (the marks of a list of modifiers do not count: "do not use analytics, advertising or social media cookies")
    reach = window + min(_LIST_REACH, sum(1 for k in range(max(lo, cue.first - window), cue.first)
                                         if lemmas[k] in _LISTING))
    for i in range(cue.first - 1, max(lo, cue.first - reach) - 1, -1):
        lem = lemmas[i]
        if lem in SUBJECTS_NEGATED and first_other < i:
            break  # "never sell what we collect": "we collect" has its own subject, after another verb
        if lem in NEG_BLOCKERS and cue.term not in OBLIGATIONS:
            break  # "we are not required to share" still may; "no user shall be required to indemnify" never must
        if (lem in (";", ":") and i < cue.first - 1 and window <= 7) or lem in WH:
            break
        if lem == "without" and i >= cue.first - 2:
            return True  # "without refund", "without charge"
        if lem in NEGATORS and i not in in_cues and i not in not_negating and i - 1 not in not_negating \
                and not _in_relative_clause(lemmas, i, cue.first, lo) and not _in_noun_phrase(lemmas, i, cue.first):
            return True
    # "We will never require you to resolve a dispute through arbitration": a negated demand of the reader
    # denies what it would demand, however far into the demand the cue stands
    return any(lemmas[k] in NEGATORS and lemmas[k + 1] in REQUIRING and k not in not_negating
               for k in range(max(lo, cue.first - REQUIRING_REACH), max(lo, cue.first - window))) \
        and not any(lemmas[k] in SUBJECTS_NEGATED for k in range(max(lo, cue.first - REQUIRING_REACH) + 1, cue.first)
                    if k > 0 and lemmas[k - 1] not in REQUIRING)


_LISTING: Final = frozenset({",", "or", "and"})
_PARTICLES: Final = frozenset({"up", "out", "in", "on", "off", "back", "down", "over"})  # "taken up", "signed in"
_ASIDES: Final = frozenset({"which", "who"})  # a relative clause set off by a comma
_LIST_REACH: Final = 3
_AGE_BOUNDS: Final = frozenset({"under", "below", "over", "aged", "age"})


def negated_after(toks: list[Token], lemmas: list[str], cue: CueHit, lo: int, hi: int, hits: list[CueHit]) -> bool:
    """A noun cue as the subject of a negated verb: "Refunds are not given", "Fees will not be charged". Only
    the clause's opening noun, and no other practice's cue in between."""
    # Before the noun: determiners and words naming which ("A booking fee"), never a subject ("we", "you").
    if cue.first > lo + 3 or cue.last + 3 > hi or any(
            not toks[i].word or lemmas[i] in SUBJECTS or lemmas[i] in FIRST_PERSON or lemmas[i] in NEGATORS
            or any(h.first == i for h in hits) for i in range(lo, cue.first)):
        return False
    n = len(lemmas)

    def at(k: int) -> str:  # (a unit may end anywhere: "Children under 13 years of age")
        return lemmas[k] if k < n else ""

    i = cue.last + 1
    if at(i) in _AGE_BOUNDS and number(at(i + 1)) is not None:
        i += 2  # "Children under 8 are not allowed": the noun's age says which, the verb follows
        while i < hi and at(i) in ("year", "years", "old"):
            i += 1
        if lemmas[i:i + 2] == ["of", "age"]:
            i += 2  # "Children under 7 years of age shall not be carried"
    if at(i) in WILL or at(i) in MAY or at(i) in MUST:
        i += 1
        if at(i) in NEGATORS:  # "Refunds will not be given", "Surcharges will not be applied"
            return i + 2 <= hi and at(i + 1) in BE and at(i + 2) not in NOT_NEGATED_AFTER \
                and not any(h.first == i + 2 for h in hits)
    if at(i) not in BE and at(i) not in ("do", "have"):
        return False
    return at(i + 1) in NEGATORS and not any(h.first == i + 2 for h in hits) \
        and at(i + 2) not in NOT_NEGATED_AFTER


def _in_noun_phrase(lemmas: list[str], i: int, cue_first: int) -> bool:
    """The negator at ``i`` says what a noun lacks ("totals with no names attached, are sold"; "a card with no
    activity for 24 months is forfeited"): the clause's verb comes after that noun, and stays affirmed."""
    return lemmas[i] == "no" and i > 0 and lemmas[i - 1] == "with" \
        and any(lemmas[k] in BE or lemmas[k] in MODALS or lemmas[k] == "," for k in range(i + 2, cue_first))


def _in_relative_clause(lemmas: list[str], i: int, cue_first: int, lo: int) -> bool:
    """The negator at ``i`` lies in a relative clause set off by commas before the cue ("Crash reports, which
    contain no name, are kept"; "counts, from which no one can be identified, are used"): it is the clause's."""
    if "," not in lemmas[i + 1:cue_first]:
        # "Riders who do not bring a hat are charged": a subject's relative clause, ended by the main verb's
        # auxiliary before the cue
        rel = next((k for k in range(i - 1, max(lo, i - 3) - 1, -1) if lemmas[k] in RELATIVES or lemmas[k] == "that"),
                   None)
        if rel is None:
            # "Storage paid for weeks you do not use is refunded", "rent for any month not used shall be refunded":
            # a clause with no pronoun inside the subject, before the main verb's first auxiliary
            return lemmas[i] in ("not", "never") and i > lo + 1 and lemmas[lo] not in SUBJECTS \
                and i + 1 < len(lemmas) and lemmas[i + 1].isalpha() \
                and lemmas[i + 1] not in BE and lemmas[i + 1] not in AUXILIARIES \
                and not any(lemmas[k] in BE or lemmas[k] in MODALS or lemmas[k] in FIRST_PERSON
                            or lemmas[k] == "," for k in range(lo, i)) \
                and any(lemmas[j] in BE or lemmas[j] in MODALS for j in range(i + 2, cue_first))
        # ("Drafts that are never sent ... are deleted": a passive relative clause)
        return rel is not None and rel > lo and all(lemmas[k] in AUXILIARIES or lemmas[k] in SUBJECTS
                                                    or lemmas[k] in BE for k in range(rel + 1, i)) \
            and (any(lemmas[j] in BE or lemmas[j] in MODALS for j in range(i + 2, cue_first + 1))  # ("are removed")
                 # ("A Candidate who does not attend forfeits the fee", "Quotes that were never taken up remain
                 # on file": the main verb after the clause's verb and its particle)
                 or cue_first == i + 2 or (cue_first == i + 3 and lemmas[i + 2] in _PARTICLES))
    for k in range(i - 1, max(lo, i - 6) - 1, -1):
        if lemmas[k] in RELATIVES:
            return lemmas[k - 1] == "," or (k >= 2 and lemmas[k - 2] == "," and lemmas[k - 1] in ("from", "in", "of"))
        if lemmas[k] == ",":
            return False
    return False
