"""The cue lexicon: every cue phrase of the vocabulary, its inflections generated, in one automaton.

Cues are written once, in base form, in ``schemas/vocabulary.yaml``. Each word of a cue gets its regular
inflections (plural, third person, past, participle, gerund; a few irregular verbs from a table), and every
inflected form maps back to its base, its *lemma*. Text and cues are compared as lemma sequences, found by
a trie of the cues' lemmas walked from each token of the text: a look-up per token and per word of a cue
that goes on there, linear in the text (cues have a few words) whatever the number of cues.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import Final, NamedTuple

from policylabel import textpattern
from policylabel.statements.amounts import Amount, amounts
from policylabel.statements.tokens import Token, forget_chunks, tokenize
from policylabel.statements.words import DATA_VERBS, MONEY_MARKS
from policylabel.statements.words import USER_ROLES as _READER_ROLES
from policylabel.vocabulary import Vocabulary, load_vocabulary

# Sets whose cues the extractor reads.
CUE_SETS: Final = ("practices", "data-categories", "recipients", "purposes", "retention-policies", "rights")

_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "sell": ("sold",), "keep": ("kept",), "hold": ("held",), "give": ("gave", "given"), "send": ("sent",),
    "buy": ("bought",), "pay": ("paid",), "repay": ("repaid",), "get": ("got", "gotten"), "make": ("made",), "take": ("took", "taken"),
    "know": ("knew", "known"), "tell": ("told",), "lend": ("lent",), "write": ("wrote", "written"),
    "overwrite": ("overwrote", "overwritten"),
    "show": ("shown",), "choose": ("chose", "chosen"), "forbid": ("forbade", "forbidden"), "child": ("children",),
    "person": ("people",), "ad": ("ads",), "be": ("is", "are", "was", "were", "been", "being", "am"), "bring": ("brought",),
    "seek": ("sought",), "lose": ("lost",), "leave": ("left",), "find": ("found",), "rely": ("relied", "relies"),
    "deny": ("denied", "denies"), "see": ("saw", "seen"), "view": (), "do": ("does", "did", "done", "doing"), "have": ("has", "had", "having"), "study": ("studies", "studied"), "agree": ("agreed", "agrees", "agreeing"),
}
_VOWELS: Final = "aeiou"
GAP: Final = " ... "  # in a cue: a few words go here ("make ... available")
MAX_GAP: Final = 4  # words at most in a gap
_FRONT_MEMO: Final = 4096  # unit texts whose tokens and cue hits are remembered
# Generated forms that are other words in their own right; never mapped back ("fee" + "d").
_NOT_FORMS: Final = frozenset({"feed", "need", "seed", "bed", "red", "news", "tings", "ring", "king", "thing", "things",
                               "sing", "wing", "bring", "string", "ed", "noted", "noting", "nots", "willing", "willed", "wills",
                               "canned", "canning", "cans"})  # "noted" is no "not", "willing" no "will"


def inflections(word: str) -> set[str]:
    """Regular inflected forms of a base word (over-generation is harmless: forms only map back)."""
    out = {word}
    if not word.isalpha() or len(word) < 3:
        return out | set(_IRREGULAR.get(word, ()))
    w = word
    if w.endswith(("s", "x", "z", "ch", "sh")):
        out.add(w + "es")
    elif w.endswith("y") and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    else:
        out.add(w + "s")
    if w.endswith("ee"):
        # agree: agreed, agreeing; not "fee" (a "feed" is none) nor "see" ("seed")
        out |= {w + "s"} | ({w + "d", w + "ing"} if len(w) >= 5 else set())
    elif w.endswith("e"):
        out |= {w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and w[-2] not in _VOWELS:
        out.add(w + "ing")
    else:
        out |= {w + "ed", w + "ing"}
        if w[-1] not in _VOWELS + "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # log: logged; transfer: transferred
    out |= set(_IRREGULAR.get(word, ()))
    return out - (_NOT_FORMS - {word})


class CueHit(NamedTuple):
    """A cue found in a token sequence: tokens ``[first, last]`` inclusive."""

    set: str
    term: str
    cue: str
    first: int
    last: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1


class _Node:
    """A node of the cue trie: the cues whose lemmas end here, and the nodes one lemma further."""

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        # The cues (set, term, cue), and the gapped cues (their index) this is the head or the tail of
        self.cues: tuple[tuple[tuple[str, str, str], ...], tuple[tuple[int, str, str, str], ...],
                         tuple[int, ...]] | None = None


class Lexicon:
    """Lemma map and cue trie built from a vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        cues: list[tuple[str, str, str, list[str]]] = []
        words: set[str] = set()
        # A cue "make ... available" has a head and a tail with a few words between (its object).
        gapped: list[tuple[str, str, str, list[str], list[str]]] = []
        for set_name in CUE_SETS:
            for term in vocab.sets[set_name].terms.values():
                for cue in term.cues:
                    if GAP in cue:
                        head, tail = ([t.norm for t in tokenize(part)] for part in cue.split(GAP, 1))
                        if head and tail:
                            gapped.append((set_name, term.id, cue, head, tail))
                            words.update(head + tail)
                        continue
                    norms = [t.norm for t in tokenize(cue)]
                    if norms:
                        cues.append((set_name, term.id, cue, norms))
                        words.update(norms)
        words |= set(_IRREGULAR)
        self.lemmas: dict[str, str] = {}
        for base in sorted(words):  # sorted: when two bases generate one form, the choice is stable
            for form in sorted(inflections(base)):
                self.lemmas.setdefault(form, base)
        for base in sorted(words):
            self.lemmas.setdefault(base, base)
        self.lemmas.update(_IRREGULAR_FORMS)
        # Each lemma sequence of a cue ends at a node of the trie that holds what a match of it is: the cues it
        # is, and the gapped cues it is the head or the tail of.
        plain: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        heads: dict[tuple[str, ...], list[tuple[int, str, str, str]]] = {}
        tails: dict[tuple[str, ...], list[int]] = {}
        for set_name, term_id, cue, norms in cues:
            plain.setdefault(tuple(self.lemma(n) for n in norms), []).append((set_name, term_id, cue))
        for k, (set_name, term_id, cue, head, tail) in enumerate(gapped):
            heads.setdefault(tuple(self.lemma(n) for n in head), []).append((k, set_name, term_id, cue))
            tails.setdefault(tuple(self.lemma(n) for n in tail), []).append(k)
        self._roots: dict[str, _Node] = {}
        for key in {**plain, **heads, **tails}:
            steps = self._roots
            node = _Node()
            for lemma in key:
                node = steps.get(lemma) or steps.setdefault(lemma, _Node())
                steps = node.next
            # (a sequence's cues in the order find() gives them: by set, then term)
            node.cues = (tuple(sorted(plain.get(key, ()), key=_SET_TERM)), tuple(heads.get(key, ())),
                         tuple(tails.get(key, ())))
        self._front: dict[str, tuple[list[Token], list[str], list[CueHit], list[Amount]]] = {}
        self._owner: tuple[int, int] | None = None
        self.names: frozenset[str] = frozenset()  # the names the document being read uses (document_names)
        # the roles the document defines for the first party ("the Financier"), read as "company" (first_party_roles)
        self.own_roles: frozenset[str] = frozenset()
        self.titled: frozenset[str] = frozenset()  # the words of its title, in small letters (its first line)

    def front(self, text: str) -> tuple[list[Token], list[str], list[CueHit], list[Amount]]:
        """Tokens (offsets index ``text``), lemmas, cue hits and amounts of a unit's text: what reading it
        starts with, whatever the document kind. Remembered (for the document being read, up to a few
        thousand texts), so a text read for several kinds (a kind guessed from its cues), or repeated, is
        tokenized once."""
        known = self._front.get(text)
        if known is not None:
            return known
        toks = tokenize(text)
        # One loop for both (compiled, each step is a C call; map() would call itemgetter and dict.get through
        # Python's calling convention for every token)
        lemma_of = self.lemmas
        norms: list[str] = []
        lemmas: list[str] = []
        for tok in toks:
            norm = tok.norm
            norms.append(norm)
            lemmas.append(lemma_of.get(norm, norm))
        if self.own_roles:
            # (a role the text defines for the first party, written with its capital, is "the Company" by another
            # name; in small letters it is the common noun: "the Provider" / "payment providers")
            own = self.own_roles
            lemmas = [_OWN_ROLE if lem in own and text[tok.start:tok.start + 1].isupper() else lem
                      for lem, tok in zip(lemmas, toks, strict=True)]
        found, amts = self.find(lemmas), amounts(toks, norms, text)
        if amts and found:
            # a word inside an amount names no data ("three school years")
            inside = [(a.first, a.last) for a in amts if a.last - a.first > 1]
            if inside:
                found = [h for h in found if h.set != "data-categories"
                         or not any(lo <= h.first and h.last <= hi for lo, hi in inside)]
        hit = (toks, lemmas, found, amts)
        if len(self._front) >= _FRONT_MEMO:
            self._front.clear()  # bounded memory: the memo is a cache, never needed
        self._front[text] = hit
        return hit

    def forget(self) -> None:
        """Drop the remembered texts (benchmarks time a first reading with it)."""
        self._front.clear()
        forget_chunks()
        self._owner = None
        self.names = frozenset()
        self.own_roles = frozenset()


    def reading(self, document: str) -> None:
        """The units read next belong to ``document`` (its whole text): what was remembered for another
        document is dropped, so the memo serves one document's readings (its kind guessed, then read; its
        repeated rows) and never makes a text read faster because another one held the same sentences."""
        key = hash(document), len(document)
        if key != self._owner:
            self._front.clear()
            forget_chunks()
            self._owner = key
            self.names = document_names(document, self.lemmas)
            self.own_roles = first_party_roles(document)
            # (a title is a short first line that is no sentence: "RedRoute Donors Privacy Notice")
            first_line = document[:document.find("\n")] if "\n" in document[:_TITLE_CHARS] else ""
            self.titled = frozenset(w.strip(".,:;()'\"").lower() for w in first_line.split()) \
                if first_line and not first_line.rstrip().endswith((".", "!", "?")) \
                and len(first_line.split()) <= _TITLE_WORDS else frozenset()

    def lemma(self, norm: str) -> str:
        return self.lemmas.get(norm, norm)

    def lemmatize(self, tokens: Iterable[Token]) -> list[str]:
        norms = list(map(_NORM, tokens))
        return list(map(self.lemmas.get, norms, norms))  # type: ignore[arg-type]  # get(norm, norm): a loop in C

    def find(self, lemmas: list[str]) -> list[CueHit]:
        """Every cue occurrence in a lemma sequence (overlaps included), in text order: by first token, longest
        first, then by set and term."""
        hits: list[CueHit] = []
        append = hits.append
        new = tuple.__new__  # CueHit's own __new__ is a Python function: one call less per hit
        heads: list[tuple[int, str, str, str, int, int]] = []  # gapped cues' heads: (cue index, set, term, cue, first, last)
        tails: dict[tuple[int, int], int] = {}  # gapped cues' tails: (cue index, first token) -> last token
        headed: set[int] = set()  # the gapped cues whose head was found
        tailed: set[int] = set()  # and whose tail was found after it
        roots = self._roots
        n = len(lemmas)
        for first in range(n):
            node = roots.get(lemmas[first])  # most tokens begin no cue
            last = first
            mark, lengths = len(hits), 0
            while node is not None:
                found = node.cues
                if found is not None:
                    plain, head_of, tail_of = found
                    if plain:
                        lengths += 1
                        for set_name, term_id, cue in plain:
                            append(new(CueHit, (set_name, term_id, cue, first, last)))
                    for k, set_name, term_id, cue in head_of:
                        heads.append((k, set_name, term_id, cue, first, last))
                        headed.add(k)
                    if headed:  # (a tail serves only a head before it, and heads are found first)
                        for k in tail_of:
                            if k in headed:
                                tails[(k, first)] = last
                                tailed.add(k)
                last += 1
                if last == n or not node.next:
                    break
                node = node.next.get(lemmas[last])
            if lengths > 1:  # cues of several lengths from this token: the longest first (a stable sort)
                group = hits[mark:]
                group.sort(key=_LAST, reverse=True)
                hits[mark:] = group
        if tailed:
            # in order of their last token, then their first (as a left-to-right scan of the text ends them):
            # gapped cues joined alike keep that order through the stable sort below
            heads = [h for h in heads if h[0] in tailed]
            heads.sort(key=_ENDING)
            joined = len(hits)
            self._join_gaps(hits, heads, tails, lemmas)
            if len(hits) > joined:
                hits.sort(key=_hit_order)
        return hits

    @staticmethod
    def _join_gaps(hits: list[CueHit], heads: list[tuple[int, str, str, str, int, int]],
                   tails: dict[tuple[int, int], int], lemmas: list[str]) -> None:
        """Gapped cues (added to ``hits``): a head, then its tail within ``MAX_GAP`` words with no punctuation
        between, and no other practice's cue after a head that is a noun, followed by "be" ("Passes are refundable up
        to 14 days before": no "pass ... to")."""
        # (a term's cue, not a data verb's: "lift passes is sold to guests" stays what it was read as)
        practice_at = {h.first for h in hits if h.set == "practices" and h.term not in DATA_VERBS}
        for k, set_name, term_id, cue, first, last in heads:
            for j in range(last + 2, min(len(lemmas), last + 2 + MAX_GAP)):
                # (a price goes on with its words: "a deposit of £100 is returned")
                if not (lemmas[j - 1][:1].isalnum() or lemmas[j - 1] in MONEY_MARKS) or lemmas[j - 1] in _GAP_ENDS \
                        or (set_name == "practices" and j - 1 in practice_at and lemmas[last + 1] == "be"):
                    break  # a mark, a new clause begins ("return the kayak before the deposit ..."), another practice
                end = tails.get((k, j))
                if end is not None:
                    hits.append(tuple.__new__(CueHit, (set_name, term_id, cue, first, end)))
                    break


_NORM: Final = itemgetter(0)  # Token.norm
_ENDING: Final = itemgetter(5, 4)  # a gapped cue's head: (last token, first token)
_LAST: Final = itemgetter(4)  # CueHit.last
_SET_TERM: Final = itemgetter(0, 1)  # a cue's (set, term)


def _hit_order(h: CueHit) -> tuple[int, int, str, str]:
    """Hits in text order: by first token, longest first, then by set and term."""
    return h.first, h.first - h.last, h.set, h.term
_GAP_ENDS: Final = frozenset({"before", "after", "when", "if", "unless", "until", "while", "because", "so"})
_IRREGULAR_FORMS: Final[dict[str, str]] = {form: base for base, forms in _IRREGULAR.items() for form in forms}


@lru_cache(maxsize=2)
def lexicon(vocab: Vocabulary | None = None) -> Lexicon:
    """The lexicon of the project's vocabulary, built once per process."""
    return Lexicon(vocab or load_vocabulary())


# A capitalised word inside a sentence: after a small letter, a digit, a comma or ";" and a space, or after "("
# (RE2: linear); a brand in two capitals too ("TideMark").
CAPITALISED_WORD: Final = textpattern.compile("(?:[a-z0-9,;)] |\\()([A-Z][a-z]+(?:[A-Z][a-z]+)?)\\b")
# Nouns a text capitalises as defined terms, not names: "the Customer", "the Service".
DEFINED_TERMS: Final = frozenset({"company", "customer", "customers", "service", "services", "user", "users", "member",
                                   "members", "policy", "terms", "agreement", "website", "site", "app", "account",
                                   "privacy", "notice", "client", "provider", "platform", "content", "personal",
                                   "information", "data", "renter", "hirer", "passenger", "guest", "student", "tenant"})


_TITLE_CHARS = 200  # a title is one short line
_TITLE_WORDS = 12


_OWN_ROLE: Final = "company"
_DEFINING_REACH = 60  # characters of a definition's brackets ("the Financier", "we", "us")
_BEFORE_DEFINING = 90  # characters before them that say whom they define
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
# Words naming a legal person, just before a definition of the first party ("Lotus Quay Factoring JSC ("the Financier")")
_LEGAL_FORMS: Final = frozenset({"ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "plc", "gmbh",
                                  "ag", "jsc", "pty", "bv", "nv", "sa", "sas", "sarl", "srl", "spa", "lda", "oy", "ab",
                                  "aps", "kk", "bhd", "pte", "co", "cc", "npc", "llp", "lp", "ug", "kg", "sro",
                                  "zoo", "ooo", "ev", "cic", "trust", "foundation", "association", "cooperative"})
# Words before a definition that name the reader's side ("businesses that sell their invoices ... ("the Client")")
_READER_WORDS: Final = frozenset({"you", "your", "customer", "customers", "client", "clients", "business", "businesses",
                                  "person", "persons", "people", "anyone", "individual", "individuals", "user", "users",
                                  "member", "members", "buyer", "buyers", "hirer", "hirers", "guest", "guests"})


def first_party_roles(text: str) -> frozenset[str]:
    """The roles a text defines for its first party, in small letters: a one-word term in quotes in brackets beside
    "we" or "us" ("("the Workshop", "we")"), after a legal person's name ("Lotus Quay Factoring JSC ("the
    Financier")"), or after a capitalised name that "how", "by", "between" ... introduce with no word of the reader's
    side after it; never a role of the reader's ("the Client") nor a defined thing ("the Service", "the App"). One
    pass over the brackets, each read over a bounded stretch."""
    roles: set[str] = set()
    at = text.find("(")
    while at != -1:
        close = text.find(")", at + 1, at + 1 + _DEFINING_REACH)
        inside = text[at + 1:close] if close != -1 else ""
        if inside[:1] in _QUOTES or (inside[:4].lower() == "the " and inside[4:5] in _QUOTES):
            terms = [t.strip(_QUOTES + " ").removeprefix("the ").removeprefix("The ").strip(_QUOTES + " ")
                     for t in inside.replace(" or ", ",").replace(" and ", ",").split(",")]
            words = [t for t in terms if t and " " not in t]
            lowered = {w.lower() for w in words}
            written = text[max(0, at - _BEFORE_DEFINING):at].split()
            before = [w.strip(".,;:").lower() for w in written]
            # (a legal person's name, or a name after "run by", "how", "between" ...)
            own = bool(lowered & {"we", "us", "our"}) or (bool(before) and (
                before[-1].replace(".", "") in _LEGAL_FORMS or (written[-1][:1].isupper() and _named_by(before))))
            if own:
                roles |= {w.lower() for w in words if w[:1].isupper() and w.isalpha() and len(w) > 2}
        at = text.find("(", at + 1)
    return frozenset(roles - _READER_WORDS - _READER_ROLES - (DEFINED_TERMS - {"provider"}) - {"we", "us", "our"})


_NAMING_THE_PROVIDER: Final = frozenset({"how", "by", "from", "between", "operated", "run", "provided", "offered"})
_NAMED_REACH = 10  # words back from the brackets to "by", "how", "from" ...


def _named_by(before: list[str]) -> bool:
    """The words before a definition name the party that runs or provides the service ("explains how the Melodia
    Piano Examinations Board", "run by Tatran Ski Club, Banska Bystrica, Slovakia"), no word of the reader's side
    after them."""
    tail = before[-_NAMED_REACH:]
    at = max((i for i, w in enumerate(tail) if w in _NAMING_THE_PROVIDER), default=-1)
    return at >= 0 and not _READER_WORDS & set(tail[at + 1:])


def document_names(text: str, known: dict[str, str]) -> frozenset[str]:
    """The words a text writes with a capital inside its sentences at least twice, other than the lexicon's
    words and defined terms: the names it uses ("Fernleaf uses plant photos", "Tidemark does not"), in small
    letters. One search of the text."""
    counts: dict[str, int] = {}
    for word in CAPITALISED_WORD.findall(text):
        low = word.lower()
        counts[low] = counts.get(low, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 2 and w not in known and w not in DEFINED_TERMS)
