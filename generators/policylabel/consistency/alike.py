"""Whether two statements are about the same thing: the words they share beyond those that say nothing (a
text's own names, its most frequent words, words any statement holds), and the vocabulary's hierarchies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

from policylabel.consistency.units import unit_word_set, word_list
from policylabel.statements import Statement
from policylabel.statements.lexicon import CAPITALISED_WORD
from policylabel.statements.words import DATA_VERBS, PROVIDER_NAMES, READER_SIDE, USER_ROLES
from policylabel.vocabulary import Vocabulary

_GENERIC_OBJECTS = frozenset({"day", "month", "year", "week", "hour", "time", "information", "data", "personal",
                              "site", "term", "use", "your", "any", "other", "minute", "direct", "directly",
                              "only", "certain", "such", "additional", "extra", "some", "all", "new", "reasonable",
                              "applicable", "available", "also", "including", "include", "account", "apply",
                              "provide", "make", "made", "every", "each", "particular", "give", "given"})
# Words of time and keeping, the same in any two periods ("after the account is closed"): no thing kept.
_PERIOD_STEMS = frozenset({"after", "until", "close", "delet", "remov", "erase", "purge", "retai", "store", "while",
                           "remai", "befor", "recor", "activ", "inact", "perio", "perma", "autom", "destr"})
# Where the names of the parties a clause passes data to end: an exception, a purpose, a case or a relative clause.
PARTY_ENDS = frozenset({"for", "without", "unless", "except", "in", "under", "so", "when", "if", "who", "which", "that",
                        "because", "as", "where", "but"})
_NAME_TIMES = 3  # a word capitalised this often inside sentences is a name
_STATUTE = ("law", "statut", "legislation", "cannot be excluded", "can not be excluded")
_FIRST_PARTY_ROLES = PROVIDER_NAMES  # who gives a warranty, not what it is about
# The parties, and their being required, say nothing of what a term covers.
_PARTIES_REQUIRED = _FIRST_PARTY_ROLES | USER_ROLES | {"you", "requir", "require", "required", "ask", "asked"}


def _related_any(vocab: Vocabulary, set_name: str, a: Iterable[str], b: Iterable[str]) -> bool:
    return any(vocab.related(set_name, x, y) for x in a for y in b)


def _narrower_any(vocab: Vocabulary, set_name: str, narrow: Iterable[str], broad: Iterable[str]) -> bool:
    """Some term of ``narrow`` is a term of ``broad`` or below it."""
    return any(b in vocab.ancestors(set_name, n) for n in narrow for b in broad)


# What the text being compared says of itself (set by read_text): words too frequent in it to tell one thing
# from another (the vendor's own name, "service"), the vendor's name, and the five-letter stems of the names it
# capitalises (_names).
frequent: frozenset[str] = frozenset()
vendor: frozenset[str] = frozenset()
named: frozenset[str] = frozenset()
title: frozenset[str] = frozenset()  # the words of the text's first line ("PantauBanjir Privacy Policy")


_text = ""  # the text itself: the words of a statement's clause (clause_words)
_lower: frozenset[str] | None = None  # the words the text writes in lower case, read when first asked
# The words of each unit or clause of the text last read, by its span (as many as the text has units and clauses)
_words: dict[tuple[int, int], list[str]] = {}


def read_text(text: str, statements: list[Statement]) -> None:
    """Set what ``text`` says of itself, from its statements."""
    global frequent, vendor, named, title, _text, _lower, _words
    _text = text
    title = frozenset(word_list(text[:text.find("\n") if "\n" in text else len(text)]))
    _lower = None
    _words = {}
    names = _names(text)
    named = frozenset(w[:5] for w in names)
    frequent = _frequent_words(statements) | names
    vendor = _vendor_names(text, names)


def written_lower(word: str) -> bool:
    """The text last read writes ``word`` in lower case somewhere (a common word, not only a name)."""
    global _lower
    if _lower is None:
        _lower = frozenset(w for w in (w.strip(".,;:()\"'\u201c\u201d") for w in _text.split()) if w.islower())
    return word in _lower


def _same_object(a: Statement, b: Statement, besides: frozenset[str] = frozenset()) -> bool:
    """The words next to each cue say the statements are about the same thing ("setup fee", "gem purchases");
    the words of a data verb's own cue do not ("passed to the studio" / "never pass personal data"), nor words
    ``besides``."""
    shared: frozenset[str] | set[str] = ((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS \
        - frequent - _FIRST_PARTY_ROLES - besides
    if not shared and a.practice == b.practice == "fees-and-payment":
        # ("Machines not collected ... incur a storage charge" / "Machines awaiting collection are stored free")
        drop = _GENERIC_OBJECTS | frequent | _FIRST_PARTY_ROLES | besides
        stems = {w[:5] for w in a.anchors - drop}, {w[:5] for w in b.anchors - drop}
        shared = (stems[0] & {w[:5] for w in b.objects - drop}) | (stems[1] & {w[:5] for w in a.objects - drop})
    if shared and a.practice in DATA_VERBS:
        shared = {w for w in shared if w[:5] not in a.cue_stems and w[:5] not in b.cue_stems}
    return bool(shared)


# Someone's records in general: the people a service serves, by any of their roles ("member details", "a passenger
# file", "viewer data"), and the words of records
_PEOPLES_RECORDS = frozenset({"traveller", "viewer", "listener", "player", "reader", "file", "record",
                              "detail", "profile", "list", "anyone", "anybody", "ever", "will", "never"}) \
    | {w for w in USER_ROLES if not w.endswith("s")}


def _only_generic(s: Statement) -> bool:
    """The statement names nothing but someone's data in general ("a customer file", "member details")."""
    return not (s.objects - _GENERIC_OBJECTS - _PEOPLES_RECORDS)


def _same_stem(a: Statement, b: Statement) -> bool:
    """The words next to both cues share a stem of five letters ("reference reports" / "referencing files",
    "membership details" / "former members' contact information"): one thing, worded twice."""
    def stems(words: frozenset[str]) -> set[str]:
        return {w[:5] for w in words - _GENERIC_OBJECTS - frequent - _FIRST_PARTY_ROLES
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


def _statutory(s: Statement) -> bool:
    """Every exception keeps only what the law imposes ("except for any guarantees that cannot be excluded under
    the Consumer Law"): a disclaimer of all the first party could give, all the same."""
    return all(any(w in e.lower() for w in _STATUTE) for e in s.exceptions)


def _span_words(start: int, end: int) -> list[str]:
    """The words of ``start:end`` in the text last read (read_text), read once per span (not to be changed by the
    caller)."""
    found = _words.get((start, end))
    if found is None:
        found = _words[(start, end)] = word_list(_text[start:end])
    return found


def unit_words(s: Statement) -> list[str]:
    """The words of the statement's unit in the text last read."""
    return _span_words(s.unit_start, s.unit_end)


def unit_set(s: Statement) -> frozenset[str]:
    """:func:`unit_words` as a set (units.unit_word_set: once per unit text)."""
    return unit_word_set(_text[s.unit_start:s.unit_end])


def clause_words(s: Statement) -> list[str]:
    """The words of the statement's clause in the text last read."""
    return _span_words(s.start, s.end)


_PURPOSE_OPENERS = frozenset({"to", "for"})
_PURPOSE_WORDS = 6  # "to award loyalty stamps and free tasting flights"


def purpose_stems(s: Statement) -> frozenset[str]:
    """Five-letter stems of what a use is for, as its clause words it ("We use your heating bills to estimate how
    much a heat pump would save you": estim, heat, pump, save): the words after the first "to" or "for" that
    follows the data."""
    words = clause_words(s)
    for i, w in enumerate(words[1:], 1):
        if w in _PURPOSE_OPENERS and (i > 1 and words[i - 1] not in _PURPOSE_OPENERS):
            return frozenset(x[:5] for x in words[i + 1:i + 1 + _PURPOSE_WORDS]
                             if len(x) > 2 and x.isalpha() and x not in _GENERIC_OBJECTS and x not in _NOT_PURPOSE
                             and x not in _WHOSE)
    return frozenset()


_WHOSE = USER_ROLES | READER_SIDE  # ("to debrief trainees" / "to grade trainees": who, not what for)
_NOT_PURPOSE = frozenset({"the", "and", "our", "you", "your", "their", "its", "any", "how", "which", "what", "whether",
                          "other", "with", "from", "that", "this", "who", "would", "can", "may", "will"})


def _same_words(a: Statement, b: Statement) -> bool:
    """A word of one's clause in the other's, wherever it stands ("No refunds are given for work that has been
    completed" / "A Customer unhappy with finished work may claim their money back")."""
    return bool((a.objects & b.objects) - _GENERIC_OBJECTS - frequent - _FIRST_PARTY_ROLES - _PARTIES_REQUIRED)
