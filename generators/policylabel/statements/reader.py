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
_CONDITION_WORDS = frozenset({"if", "when", "whenever", "where", "provided", "only"})
_EXCEPTION_WORDS = frozenset({"except", "unless", "excluding", "apart", "save", "other"})
_EXCEPTION_NEXT = {"apart": "from", "save": "for", "other": "than", "only": "if"}
_CONTRAST = frozenset({"but", "however", "whereas", "although", "though", "while"})
_SUBJECTS = frozenset({"we", "you", "they", "it", "our", "us", "i", "he", "she", "this", "these", "users",
                       "user", "customers", "customer"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "ours"})
_SUBJECT_FIRST_PERSON = frozenset({"we", "i"})
# A negation before these words is theirs ("not responsible for the collection").
_NEG_BLOCKERS = frozenset({"responsible", "liable", "able", "obligated", "required"})
_IMPERATIVE_OPENERS = frozenset({"never", "please", "always", "avoid"})
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
_BE = frozenset({"be"})
_MAY = frozenset({"may", "might", "can", "could"})
_WILL = frozenset({"will", "shall", "would"})
_MUST = frozenset({"must"})
_DEFINING = frozenset({"means", "mean", "defined", "define", "defines", "definition", "refers", "describe",
                       "describes", "explain", "explains"})
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
    "do-not-track", "global-privacy-control", "cross-context-advertising", "targeted-advertising", "arbitration",
    "indemnity", "warranty-disclaimer", "liability-limitation", "governing-law", "refunds", "account-balance",
    "fees-and-payment", "termination-by-user", "termination-by-provider", "content-licence", "acceptable-use",
    "device-restrictions", "parental-responsibility", "non-discrimination", "exercising-rights",
    "data-subject-right", "marketing-choice", "policy-change", "unilateral-changes", "acceptance", "scope",
    "controller-role", "third-party-services", "children", "communications-consent", "service-limits",
    "location-services", "contact", "complaint", "legal-basis", "international-transfer", "sale", "tracking",
    "security", "deletion", "retention", "sharing", "collection", "use", "other-term",
)
# Practices that are limits by nature: "not liable", "no warranty", "you may not" state them, not deny them.
LIMITS = frozenset({"liability-limitation", "warranty-disclaimer", "acceptable-use", "device-restrictions",
                    "service-limits", "security", "non-discrimination"})
# Practices about honouring a signal: only the first party's own words say whether it does.
_SIGNALS = frozenset({"do-not-track", "global-privacy-control"})
_SIGNAL_OTHERS = frozenset({"browser", "browsers", "some", "many", "most", "feature", "features"})
# A practice after these words is reported, not stated ("whether and how we have sold").
_EMBEDDING = frozenset({"whether", "how", "what"})
_WH = frozenset({"how", "what", "which", "whether", "why", "who", "whom", "where"})
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
    anchors: frozenset[str] = field(default_factory=frozenset)  # content lemmas next to the cue: its object
    words: int = 0  # length of the unit in words
    cue_stems: frozenset[str] = field(default_factory=frozenset)  # five-letter stems of the practice's cue words


@dataclass
class _Clause:
    first: int
    last: int  # inclusive token indices
    core_last: int  # last token of the core (before a condition or exception)
    conditions: list[tuple[int, int]]
    exceptions: list[tuple[int, int]]


def _starts_with(lemmas: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    return i < len(lemmas) and lemmas[i] == phrase[0] and tuple(lemmas[i:i + len(phrase)]) == phrase


def _positions(lemmas: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where any of ``phrases`` starts, in one pass over the tokens."""
    firsts = {p[0] for p in phrases}
    return [i for i, w in enumerate(lemmas) if w in firsts and any(_starts_with(lemmas, i, p) for p in phrases)]


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
                conditions.append((i, b))
                core_last = min(core_last, i - 1)
                break
        if lemmas[a] in _CONDITION_WORDS and lemmas[a] != "only":
            conditions.append((a, b))
        out.append(_Clause(a, b, core_last, conditions, exceptions))
    return out


def _negated(lemmas: list[str], cue: CueHit, lo: int, cue_spans: list[tuple[int, int]], window: int = 7,
             other_cues: frozenset[int] = frozenset()) -> bool:
    """A negator in the few tokens before the cue, in the same clause core, not part of another cue. A negator
    belongs to the nearest practice after it ("never sell what we collect": collect is not negated), except
    across a coordination ("do not sell or share")."""
    for i in range(cue.first - 1, max(lo, cue.first - window) - 1, -1):
        lem = lemmas[i]
        if i in other_cues and lemmas[i + 1] not in ("or", "and", "nor", ","):
            break
        if lem in _NEG_BLOCKERS:
            break
        if (lem in (";", ":") and i < cue.first - 1 and window <= 7) or lem in _WH:
            break
        if lem == "without" and i >= cue.first - 2:
            return True  # "without refund", "without charge"
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


def _actor(lemmas: list[str], cue: CueHit, lo: int, hi: int, recipient_ends: set[int], on_device: list[int]) -> str:
    start = max([lo] + [i + 1 for i in range(lo, cue.first) if lemmas[i] == ":"])  # after a "Label:"
    lead = [w for w in lemmas[start:cue.first] if w.isalnum()]
    words = [w for w in lemmas[start:] if w.isalnum()]
    if (words[:1] and words[0] in _IMPERATIVE_OPENERS and not set(words) & _SUBJECT_FIRST_PERSON) or \
            (cue.first > start and all(w in NEGATORS or w in ("do", "please") for w in lead)) or \
            (cue.first == start and cue.size == 1 and lemmas[start] in _NOUNY_VERBS | {"collect", "share", "sell"}):
        return "user"  # an imperative: "Don't use the service while driving", "Never send..."
    if any(lo <= i <= hi for i in on_device):
        return "other"  # "stored locally on your device": not kept by the first party
    for i in range(cue.first - 1, lo - 1, -1):  # back to the clause's start: its subject
        lem = lemmas[i]
        if lem in _SUBJECT_FIRST_PERSON:
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
    if cue.first == 0:
        return True  # "Store credit expires...": a capitalised first word, not an imperative
    if cue.first + 1 < len(lemmas) and lemmas[cue.first + 1] in _DETERMINERS - {"of", "and", "or", "in", "for"}:
        return False  # "the doorbell records your visitors"
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


def read_unit(text: str, base: int, lex: Lexicon, practices_allowed: frozenset[str] | None = None,
              inherited: tuple[str, str] | None = None) -> list[Statement]:
    """Statements of one unit of text starting at source offset ``base``. ``inherited`` (practice, polarity)
    is what a lead-in ("We use your data to:") or a heading states for a unit that names no practice itself."""
    toks = tokenize(text, base)
    if not toks:
        return []
    lemmas = lex.lemmatize(toks)
    hits = lex.find(lemmas)
    by_set: dict[str, list[CueHit]] = {}
    for h in hits:
        by_set.setdefault(h.set, []).append(h)
    # A practice word inside a longer data, recipient or purpose phrase names that ("sale of assets").
    longer = [h for name in ("data-categories", "recipients", "purposes") for h in by_set.get(name, ())]
    # Opt-out names ("Do Not Sell My Personal Information", "opt out of the sale") name a right, not a practice.
    longer += [h for h in by_set.get("rights", ()) if {"not", "opt"} & set(lemmas[h.first:h.last + 1])]
    all_practice_hits = [h for h in by_set.get("practices", [])
                         if practices_allowed is None or h.term in practices_allowed]
    longer += [h for h in all_practice_hits if h.size > 1]
    practice_hits = [h for h in all_practice_hits if not _is_noun_use(toks, lemmas, h)
                     and not any(o.first <= h.first and h.last <= o.last and o.size > h.size and o.term != h.term
                                 for o in longer)]
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
    on_device, narrowing_at = _positions(lemmas, _ON_DEVICE), _positions(lemmas, _NARROWING)
    opt_out_at, limit_at = _positions(lemmas, _OPT_OUT), _positions(lemmas, _LIMIT_AFTER)
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
                set(lemmas[cl.first:cl.last + 1]) & (_RIGHT_WORDS | {"opt"})
                or any(lemmas[i] in _SECOND_PERSON for i in range(cl.first, rights_here[0].first))):
            h = rights_here[0]
            core.append(CueHit("practices", "data-subject-right", h.cue, h.first, h.last))
        if inherited is not None and not any(h.term in DATA_VERBS for h in core):
            core = []  # under a lead-in ("We use your data to:"), an item's topic words do not restate the practice
        if not core and inherited is not None and (practices_allowed is None or inherited[0] in practices_allowed) \
                and any(cl.first <= h.first <= cl.last for name in ("data-categories", "recipients", "purposes")
                        for h in by_set.get(name, ())):
            core.append(CueHit("practices", inherited[0], "", cl.first, cl.first - 1))
        business_transfer = any(h.term == "business-transfer" and cl.first <= h.first <= cl.last for h in purpose_hits)
        clause_has_object = any(cl.first <= h.first <= cl.last for h in data_hits + recipient_hits)
        core = [h for h in core if not (h.term == "sale" and (business_transfer or not clause_has_object))]
        if not any(lemmas[i] in _FIRST_PERSON for i in range(cl.first, cl.last + 1)) \
                and set(lemmas[cl.first:cl.last + 1]) & _SIGNAL_OTHERS:
            core = [h for h in core if h.term not in _SIGNALS]  # "some browsers have a Do Not Track feature"
        if not core:
            continue
        # A practice in an infinitive after another ("we use X to maintain records") states a purpose.
        earliest = min(h.first for h in core)
        core = [h for h in core if h.first == earliest or h.first == 0 or lemmas[h.first - 1] != "to"] or core
        mentions = tuple(sorted({h.term for h in all_practice_hits if cl.first <= h.first <= cl.last}))
        by_practice: dict[str, list[CueHit]] = {}
        for h in core:
            by_practice.setdefault(h.term, []).append(h)
        ranked = sorted(by_practice, key=lambda p: _RANK.get(p, len(_RANK)))
        top = ranked[0]
        verbs_before = [p for p in ranked if p in DATA_VERBS and p != "use"
                        and any(by_practice[p][0].first < h.first < by_practice[top][0].first for h in data_hits)]
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
        opt_at = next((i for i in opt_out_at if cl.first <= i <= cl.last), None)
        opt_out = opt_at is not None
        conditions = tuple(pending_conditions) + tuple(span_text(a, b) for a, b in cl.conditions)
        exceptions = tuple(span_text(a, b) for a, b in cl.exceptions)
        narrowing = [i for i in narrowing_at if cl.first <= i <= cl.last]
        if narrowing:
            exceptions += (span_text(narrowing[0], min(cl.last, narrowing[0] + 3)),)
        clause_words = set(lemmas[cl.first:cl.last + 1]) | {t.norm for t in toks[cl.first:cl.last + 1]}
        opt_out = opt_out and bool(clause_words & _MECHANISMS) and not (clause_words & _RIGHT_WORDS) \
            and not any(lemmas[i] in NEGATORS for i in range(cl.first, opt_at or cl.first))
        pending_conditions = []
        content = [(i, lem[:-1] if lem.endswith("s") and len(lem) > 3 and not lem.endswith("ss") else lem)
                   for i in range(cl.first, cl.core_last + 1) for lem in (lemmas[i],)
                   if toks[i].word and lem not in _STOP and not lem.isdigit() and len(lem) > 2]
        for practice in chosen:
            cues = by_practice[practice]
            cue = cues[0]
            # What the clause is about: its content words without the practice's own one-word cues ("fee",
            # "refund"), plural -s stripped ("gems" and "gem" are one object).
            own = {lemmas[h.first] for h in cues if h.size == 1}
            objects = frozenset(w for _, w in content if w not in own and w + "s" not in own)
            anchors = frozenset(w for i, w in content if w not in own and w + "s" not in own
                                and cue.first - _ANCHOR <= i <= cue.last + _ANCHOR)
            window = 40 if practice == "children" else 7  # "nor do we knowingly collect ... from children"
            others = frozenset(h.last for h in practice_hits if h.term != practice) if practice != "children" \
                else frozenset()  # "we do not knowingly collect ... from children": the verb's negation is theirs
            polarity = "denied" if any(_negated(lemmas, c, cl.first, cue_spans, window, others) for c in cues) \
                else "affirmed"
            if polarity == "denied" and any(cue.last < i <= cl.core_last for i in limit_at):
                polarity = "affirmed"  # "we do not keep it longer than necessary" states a limit
            if not cue.cue and inherited is not None and inherited[1] == "denied":
                polarity = "denied"
            if practice == "data-subject-right" or practice in LIMITS:
                polarity = "affirmed"  # "you have the right not to be..." describes a right all the same
            if any(lemmas[c.first] == "non" or (lemmas[c.first].startswith("non") and len(lemmas[c.first]) > 6)
                   for c in cues if c.first == cue.first):
                polarity = "denied"  # non-refundable
            actor = _actor(lemmas, cue, cl.first, cl.last, recipient_ends, on_device)
            name = practice
            if practice == "termination-by-provider" and actor == "user":
                name = "termination-by-user"
            if practices_allowed is not None and name not in practices_allowed:
                continue
            absolute = polarity == "denied" and bool(lem_set & _ABSOLUTE)
            out.append(Statement(
                practice=name, polarity=polarity, modality=_modality(lemmas, cue, cl.first), actor=actor,
                start=toks[cl.first].start, end=toks[cl.last].end, unit_start=unit_start, unit_end=unit_end,
                cue=span_text(cue.first, cue.last) if cue.last >= cue.first else "", data=data, recipients=recipients, purposes=purposes,
                rights=rights, retention=retention, amounts=clause_amounts, conditions=conditions,
                exceptions=exceptions, opt_out=opt_out, absolute=absolute,
                defining=bool(lem_set & _DEFINING) or any(lemmas[i] in _EMBEDDING for i in range(cl.first, cue.first)),
                mentions=mentions, objects=objects, anchors=anchors,
                words=sum(1 for t in toks if t.word),
                cue_stems=frozenset(w.removeprefix("non")[:5] for c in cues for w in lemmas[c.first:c.last + 1]
                                    if w.isalpha() and w not in _STOP)))
    return out
