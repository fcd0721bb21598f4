"""Reading one unit (a sentence, list item or heading) into statements.

A unit is tokenized and lemmatized once, its cues found by the lexicon's automaton, then cut into clauses
at ";", at contrast words ("but", "however") and where a new subject starts (", we", "and you"). In each
clause, the part after a condition word ("if", "when") is a condition and the part after an exception word
("except", "unless") an exception; practices are read in the clause's core only. Every step walks the
tokens a bounded number of times: cost linear in the length of the unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from policylabel.statements.amounts import Amount, amounts
from policylabel.statements.lexicon import CueHit, Lexicon
from policylabel.statements.tokens import Token, tokenize

NEGATORS = frozenset({"not", "never", "no", "none", "neither", "nor", "nobody", "nothing"})
# Negator phrases that negate nothing ("including but not limited to", "no longer", "not only").
_NOT_NEGATIONS = (("not", "limited"), ("no", "longer"), ("not", "only"), ("or", "not"), ("no", "later"),
                  ("not", "just"), ("no", "matter"))
_ABSOLUTE = frozenset({"never", "any", "all", "anyone", "circumstance", "whatsoever", "ever", "none"})
_CONDITION_WORDS = frozenset({"if", "when", "whenever", "where", "once", "provided", "only", "until", "upon",
                              "after", "before", "in case"})
_EXCEPTION_WORDS = frozenset({"except", "unless", "excluding", "apart", "save", "other"})
_EXCEPTION_NEXT = {"apart": "from", "save": "for", "other": "than", "only": "if"}
_CONTRAST = frozenset({"but", "however", "whereas", "although", "though", "while"})
_SUBJECTS = frozenset({"we", "you", "they", "it", "our", "us", "i", "he", "she", "this", "these", "users",
                       "user", "customers", "customer"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "ours"})
_SECOND_PERSON = frozenset({"you"})
_OTHER_PRONOUNS = frozenset({"they", "their"})
_BE = frozenset({"be"})
_MAY = frozenset({"may", "might", "can", "could"})
_WILL = frozenset({"will", "shall", "would"})
_MUST = frozenset({"must"})
_DEFINING = frozenset({"means", "mean", "defined", "define", "defines", "definition", "refers"})
_RIGHT_WORDS = frozenset({"right", "rights", "request", "entitled"})
_OPT_OUT = (("opt", "out"), ("unsubscribe",), ("withdraw",), ("opt", "outs"))
# Verbs that are also nouns: not a practice when a determiner or a noun modifier precedes them.
_NOUNY_VERBS = frozenset({"use", "record", "log", "process", "store", "transfer", "capture", "keep", "share",
                          "hold", "release"})
_THIRD_PERSON = frozenset({"it", "that", "which", "who", "app", "service", "website", "site", "device", "company",
                           "also", "automatically", "only"})
_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "his", "her", "this", "that",
                          "these", "those", "any", "such", "of", "order", "call", "acceptable", "fair", "app",
                          "personal", "commercial", "data", "online", "in", "for", "each", "every", "medical",
                          "and", "or", "my"})
# Practices a clause's other cues defer to, most specific first; the generic data verbs come last.
PRIORITY: tuple[str, ...] = (
    "do-not-track", "global-privacy-control", "cross-context-advertising", "targeted-advertising",
    "non-discrimination", "exercising-rights", "data-subject-right", "marketing-choice", "policy-change",
    "unilateral-changes", "acceptance", "scope", "controller-role", "third-party-services", "arbitration",
    "indemnity", "warranty-disclaimer", "liability-limitation", "governing-law", "refunds", "account-balance",
    "termination-by-user", "termination-by-provider", "fees-and-payment", "content-licence", "acceptable-use",
    "device-restrictions", "parental-responsibility", "children", "communications-consent", "service-limits",
    "location-services", "complaint", "legal-basis", "international-transfer", "sale", "tracking", "deletion",
    "retention", "sharing", "collection", "security", "use", "contact", "other-term",
)
# Practices that are limits by nature: "not liable", "no warranty", "you may not" state them, not deny them.
LIMITS = frozenset({"liability-limitation", "warranty-disclaimer", "acceptable-use", "device-restrictions",
                    "service-limits"})
# Topics that state the practice even after a data verb ("we collect data from children": children).
ABSORBING = frozenset({"tracking", "children", "targeted-advertising", "cross-context-advertising", "do-not-track",
                       "global-privacy-control", "sale", "international-transfer", "deletion", "retention",
                       "data-subject-right", "exercising-rights", "location-services", "sharing", "collection"})
DATA_VERBS = frozenset({"collection", "use", "sharing", "sale", "retention", "deletion"})
_RANK = {p: i for i, p in enumerate(PRIORITY)}


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
    absolute: bool = False  # a denial with "never", "any", "under any circumstances"...
    defining: bool = False  # the clause defines a term rather than stating a practice
    mentions: tuple[str, ...] = ()  # every practice cued in the clause
    objects: frozenset[str] = field(default_factory=frozenset)  # content lemmas of the core: what it is about


@dataclass
class _Clause:
    first: int
    last: int  # inclusive token indices
    core_last: int  # last token of the core (before a condition or exception)
    conditions: list[tuple[int, int]]
    exceptions: list[tuple[int, int]]


def _starts_with(lemmas: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(lemmas[i:i + len(phrase)]) == phrase


def _clauses(toks: list[Token], lemmas: list[str]) -> list[_Clause]:
    cuts: list[int] = [0]
    n = len(toks)
    for i in range(1, n):
        lem = lemmas[i]
        prev = lemmas[i - 1]
        nxt = lemmas[i + 1] if i + 1 < n else ""
        if (prev in (";", ".", "!", "?") and i - 1 > cuts[-1]) or (lem in _CONTRAST and prev not in ("and", "or")):
            cuts.append(i)
        elif lem in ("and", "or", ",") and nxt in _SUBJECTS and i + 2 < n:
            cuts.append(i + 1)
    cuts = sorted(set(cuts))
    out: list[_Clause] = []
    for k, a in enumerate(cuts):
        b = (cuts[k + 1] if k + 1 < len(cuts) else n) - 1
        if b < a:
            continue
        core_last = b
        conditions: list[tuple[int, int]] = []
        exceptions: list[tuple[int, int]] = []
        for i in range(a, b + 1):
            lem = lemmas[i]
            if lem in _EXCEPTION_WORDS and (lem not in _EXCEPTION_NEXT or (i + 1 <= b and lemmas[i + 1] == _EXCEPTION_NEXT[lem])):
                exceptions.append((i, b))
                core_last = min(core_last, i - 1)
                break
            if lem in _CONDITION_WORDS and i > a and not (lem == "only" and (i + 1 > b or lemmas[i + 1] != "if")):
                if lem in ("after", "before", "until", "upon", "once") and not (i + 1 <= b and lemmas[i + 1] in _SUBJECTS):
                    continue  # "after 60 days" is a period, not a condition
                conditions.append((i, b))
                core_last = min(core_last, i - 1)
                break
        if lemmas[a] in _CONDITION_WORDS and lemmas[a] not in ("only", "after", "before", "upon", "until", "once"):
            conditions.append((a, b))
        out.append(_Clause(a, b, core_last, conditions, exceptions))
    return out


def _negated(lemmas: list[str], cue: CueHit, lo: int, cue_spans: list[tuple[int, int]]) -> bool:
    """A negator in the few tokens before the cue, in the same clause core, not part of another cue."""
    for i in range(cue.first - 1, max(lo, cue.first - 7) - 1, -1):
        lem = lemmas[i]
        if lem in (",", ";", ":") and i < cue.first - 1:
            break
        if lem in NEGATORS and not any(a <= i <= b for a, b in cue_spans) \
                and not any(_starts_with(lemmas, i, p) or (i > 0 and _starts_with(lemmas, i - 1, p))
                            for p in _NOT_NEGATIONS):
            return True
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


def _actor(lemmas: list[str], cue: CueHit, lo: int, recipient_ends: set[int]) -> str:
    for i in range(cue.first - 1, max(lo, cue.first - 9) - 1, -1):
        lem = lemmas[i]
        if lem in _FIRST_PERSON:
            return "first-party"
        if lem in _SECOND_PERSON:
            return "user"
        if lem in _OTHER_PRONOUNS or i in recipient_ends:
            return "other"
        if lem in _BE:
            return "first-party"  # passive: "is shared", "are collected"
    return "first-party"


def _is_noun_use(toks: list[Token], lemmas: list[str], cue: CueHit) -> bool:
    if cue.size != 1 or lemmas[cue.first] not in _NOUNY_VERBS:
        return False
    if cue.first > 0 and lemmas[cue.first - 1] in _DETERMINERS:
        return True
    # "order records are kept": a plural after a noun; "the app records" would say "it records" or "we record".
    return toks[cue.first].norm.endswith("s") and cue.first > 0 and lemmas[cue.first - 1] not in _THIRD_PERSON


def _terms(hits: list[CueHit], first: int, last: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(h.term for h in hits if first <= h.first <= last))


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


def read_unit(text: str, base: int, lex: Lexicon, practices_allowed: frozenset[str] | None = None) -> list[Statement]:
    """Statements of one unit of text starting at source offset ``base``."""
    toks = tokenize(text, base)
    if not toks:
        return []
    lemmas = lex.lemmatize(toks)
    hits = lex.find(lemmas)
    by_set: dict[str, list[CueHit]] = {}
    for h in hits:
        by_set.setdefault(h.set, []).append(h)
    practice_hits = [h for h in by_set.get("practices", [])
                     if (practices_allowed is None or h.term in practices_allowed) and not _is_noun_use(toks, lemmas, h)]
    data_hits = _leftmost_longest(by_set.get("data-categories", []))
    recipient_hits = _leftmost_longest(by_set.get("recipients", []))
    purpose_hits = _leftmost_longest(by_set.get("purposes", []))
    right_hits = _leftmost_longest(by_set.get("rights", []))
    retention_hits = _leftmost_longest(by_set.get("retention-policies", []))
    unit_amounts = amounts(toks)
    recipient_ends = {h.last for h in recipient_hits}
    cue_spans = [(h.first, h.last) for h in practice_hits if h.size > 1]
    out: list[Statement] = []
    clauses = _clauses(toks, lemmas)
    pending_conditions: list[str] = []
    unit_start, unit_end = toks[0].start, toks[-1].end

    def span_text(a: int, b: int) -> str:
        return text[toks[a].start - base:toks[b].end - base]

    unit_data = tuple(dict.fromkeys(h.term for h in data_hits))
    for cl in clauses:
        core = [h for h in practice_hits if cl.first <= h.first and h.last <= cl.core_last]
        ages = [a for a in unit_amounts if a.kind == "age" and cl.first <= a.first <= cl.last]
        if ages and (practices_allowed is None or "children" in practices_allowed) \
                and not any(h.term == "children" for h in core):
            core.append(CueHit("practices", "children", "age", ages[0].first, ages[0].last))
        leading_condition = bool(cl.conditions) and cl.conditions[0][0] == cl.first
        if leading_condition and cl is not clauses[-1]:
            pending_conditions.append(span_text(cl.first, cl.last))  # "If you cancel, ..." qualifies what follows
            continue
        rights_here = [h for h in right_hits if cl.first <= h.first <= cl.last]
        if rights_here and (practices_allowed is None or "data-subject-right" in practices_allowed) and (
                set(lemmas[cl.first:cl.last + 1]) & _RIGHT_WORDS
                or any(lemmas[i] in _SECOND_PERSON for i in range(cl.first, rights_here[0].first))):
            h = rights_here[0]
            core.append(CueHit("practices", "data-subject-right", h.cue, h.first, h.last))
        if not core:
            continue
        mentions = tuple(sorted({h.term for h in practice_hits if cl.first <= h.first <= cl.last}))
        by_practice: dict[str, list[CueHit]] = {}
        for h in core:
            by_practice.setdefault(h.term, []).append(h)
        ranked = sorted(by_practice, key=lambda p: _RANK.get(p, len(_RANK)))
        top = ranked[0]
        verbs_before = [p for p in ranked if p in DATA_VERBS and by_practice[p][0].first < by_practice[top][0].first]
        if top not in ABSORBING and verbs_before:
            top = verbs_before[0]  # "we share your email with ... newsletters": the verb states the practice
        chosen = [top]
        if top in DATA_VERBS:
            chosen += [p for p in ranked if p in DATA_VERBS and p not in ("use", top)]
        data = _terms(data_hits, cl.first, cl.core_last) or unit_data
        recipients = _terms(recipient_hits, cl.first, cl.core_last)
        purposes = _terms(purpose_hits, cl.first, cl.last)
        rights = _terms(right_hits, cl.first, cl.last)
        retention = _terms(retention_hits, cl.first, cl.last)
        clause_amounts = tuple(a for a in unit_amounts if cl.first <= a.first <= cl.last)
        lem_set = set(lemmas[cl.first:cl.last + 1])
        opt_out = any(_starts_with(lemmas, i, p) for i in range(cl.first, cl.last + 1) for p in _OPT_OUT)
        conditions = tuple(pending_conditions) + tuple(span_text(a, b) for a, b in cl.conditions)
        exceptions = tuple(span_text(a, b) for a, b in cl.exceptions)
        pending_conditions = []
        cue_positions = {i for h in hits if cl.first <= h.first <= cl.last and h.set == "practices"
                         for i in range(h.first, h.last + 1)}
        objects = frozenset(lemmas[i] for i in range(cl.first, cl.core_last + 1)
                            if toks[i].word and lemmas[i] not in _STOP and i not in cue_positions
                            and not lemmas[i].isdigit() and len(lemmas[i]) > 2)
        for practice in chosen:
            cues = by_practice[practice]
            cue = cues[0]
            polarity = "denied" if any(_negated(lemmas, c, cl.first, cue_spans) for c in cues) else "affirmed"
            if practice == "data-subject-right" or practice in LIMITS:
                polarity = "affirmed"  # "you have the right not to be..." describes a right all the same
            if any(lemmas[c.first] == "non" or (lemmas[c.first].startswith("non") and len(lemmas[c.first]) > 6)
                   for c in cues if c.first == cue.first):
                polarity = "denied"  # non-refundable
            actor = _actor(lemmas, cue, cl.first, recipient_ends)
            name = practice
            if practice == "termination-by-provider" and actor == "user":
                name = "termination-by-user"
            if practices_allowed is not None and name not in practices_allowed:
                continue
            absolute = polarity == "denied" and bool(lem_set & _ABSOLUTE)
            out.append(Statement(
                practice=name, polarity=polarity, modality=_modality(lemmas, cue, cl.first), actor=actor,
                start=toks[cl.first].start, end=toks[cl.last].end, unit_start=unit_start, unit_end=unit_end,
                cue=span_text(cue.first, cue.last), data=data, recipients=recipients, purposes=purposes,
                rights=rights, retention=retention, amounts=clause_amounts, conditions=conditions,
                exceptions=exceptions, opt_out=opt_out, absolute=absolute,
                defining=bool(lem_set & _DEFINING), mentions=mentions, objects=objects))
    return out
