"""Summaries that never say more than their quotes (spec/consistency.md, section 7.8).

Three lexical rules compare a claim's summary and values with the claim's own quotes:

- a hedge or qualifier of the quotes ("may", "subject to", "certain" ...) that the summary drops;
- an absolute of the summary ("only", "never", "must" ...) that no quote backs;
- a value (data, purposes, recipients, audience, retention) that no quote names.

Everything is token-level: texts are cut into lower-case word tokens once and compared by sets of word
n-grams, so the cost is linear in the length of the texts (no pattern ever runs over policy text).
A claim with ``summary-reviewed: <reason>`` is a deliberate, reviewed paraphrase and is not checked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from policylabel.diagnostics import Diagnostic, Related, error, warning
from policylabel.evidence import SourceText, Span, normalise
from policylabel.load import Loaded, pointer_join
from policylabel.model import Claim, Document, Quote
from policylabel.segment import Sentence
from policylabel.vocabulary import CLAIM_LIST_ATTRIBUTES, CLAIM_SCALAR_ATTRIBUTES, Term, Vocabulary, load_vocabulary

MAX_PHRASE = 4  # the longest phrase (in words) the rules compare
STEM = 5  # words are compared by their first five letters where stems are asked for

# ---------------------------------------------------------------------------------------------- tokens

_CONTRACTIONS = (("can't", "cannot"), ("won't", "will not"), ("n't", " not"), ("'s", ""))


# One character class repeated: a single left-to-right scan, no backtracking possible.
_WORD = re.compile(r"[^\W_]+")
# For ASCII the same tokens come from splitting at every character that is not a letter or digit (a bytes
# table: bytes.translate maps by index, several times faster than str.translate's mapping lookups).
_NOT_ALNUM = bytes(c if chr(c).isalnum() else ord(" ") for c in range(256))


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case word tokens (letters and digits), contractions expanded; linear in the text."""
    # ASCII needs no normalising: it only collapses whitespace, and no contraction holds a space.
    t = (text if text.isascii() else normalise(text)).lower()
    if "'" in t or "`" in t:  # every contraction holds one; normalise already makes typographic quotes "'"
        t = t.replace("`", "'")
        for old, new in _CONTRACTIONS:
            t = t.replace(old, new)
    if t.isascii():
        return tuple(t.encode("ascii").translate(_NOT_ALNUM).decode("ascii").split())
    return tuple(_WORD.findall(t))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM]


class _Stems(dict[str, str]):
    """word -> stem, made on first use; emptied when full, so its size stays bounded."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        out = self[word] = _stem(word)
        return out


_STEMS = _Stems()


def stem(word: str) -> str:
    """A crude, symmetric stem: a plural dropped ("parties" -> "party"), then the first five letters."""
    return _STEMS[word]


class Phrases:
    """The phrases of a text: ``phrase in Phrases(words)`` when the words occur there in a row.

    The words (as a set of words, not of 1-tuples) and the runs of two to MAX_PHRASE words are built on
    first use, per length.
    """

    __slots__ = ("_by_length", "_words")

    def __init__(self, words: Sequence[str]) -> None:
        self._words = words if type(words) is tuple else tuple(words)
        self._by_length: dict[int, frozenset[str] | frozenset[tuple[str, ...]]] = {}

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, tuple) or not 0 < len(phrase) <= MAX_PHRASE:
            return False
        return (phrase[0] if len(phrase) == 1 else phrase) in self._runs(len(phrase))

    def _runs(self, n: int) -> frozenset[str] | frozenset[tuple[str, ...]]:
        runs = self._by_length.get(n)
        if runs is None:
            w = self._words
            runs = self._by_length[n] = frozenset(w) if n == 1 else \
                frozenset(zip(*[w[k:] for k in range(n)], strict=False))  # runs of n words
        return runs

    def any_of(self, grouped: Grouped) -> bool:
        """Whether one of the phrases of ``grouped`` (see :func:`grouped`) occurs here: ``any(p in self ...)``
        as one set test per phrase length, shortest first."""
        for n, group in grouped:  # noqa: SIM110 (a loop: no generator made per call, in the innermost test)
            if not self._runs(n).isdisjoint(group):
                return True
        return False


# Phrases by length (ascending), for Phrases.any_of; single words as words, as Phrases keeps them.
Grouped = tuple[tuple[int, frozenset[str] | frozenset[tuple[str, ...]]], ...]


def grouped(items: Iterable[tuple[str, ...]]) -> Grouped:
    """``items`` by length, shortest first; phrases no Phrases holds (empty, or longer than MAX_PHRASE) left out."""
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for p in items:
        if 0 < len(p) <= MAX_PHRASE:
            by_length.setdefault(len(p), set()).add(p)
    return tuple((n, frozenset(p[0] for p in by_length[n]) if n == 1 else frozenset(by_length[n]))
                 for n in sorted(by_length))


EMPTY = Phrases(())


def phrases(toks: Sequence[str], stemmed: bool = False) -> Phrases:
    """The phrases of a token sequence, compared word for word or by stem."""
    return Phrases(tuple(map(_STEMS.__getitem__, toks)) if stemmed else toks)


def _p(*items: str) -> tuple[tuple[str, ...], ...]:
    """Phrases compared word for word."""
    return tuple(tuple(i.split()) for i in items)


def _s(*items: str) -> tuple[tuple[str, ...], ...]:
    """Phrases compared by stem."""
    return tuple(tuple(stem(w) for w in i.split()) for i in items)


# ---------------------------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Hedge:
    """A family of hedges: ``triggers`` in a quote ask for one of ``kept`` (compared by stem) in the summary."""

    name: str
    triggers: tuple[tuple[str, ...], ...]
    kept: tuple[tuple[str, ...], ...]
    not_before: frozenset[str] = frozenset()  # a trigger followed by one of these is no hedge ("may not")


_MODAL_KEPT = _s("may", "might", "can", "could", "able", "allow", "permit", "option", "optional", "reserve",
                 "sometimes", "possibl", "if", "when", "where", "whether", "choose", "choice", "right", "rights",
                 "would", "will", "occasionally", "in some cases")
HEDGES: tuple[Hedge, ...] = (
    Hedge("possibility", _p("may", "might", "could"), _MODAL_KEPT, frozenset({"not"})),
    Hedge("ability", _p("can"), _MODAL_KEPT, frozenset({"not", "only"})),
    Hedge("recommendation", _p("should"),
          _s("should", "recommend", "encourag", "asked", "ask", "advise", "expect", "suggest", "ought", "may",
             "can", "urge", "invite")),
    Hedge("time", _p("currently", "at present", "at this time", "presently"),
          _s("currently", "present", "presently", "now", "today", "at this time", "as of", "yet", "at the time",
             "so far", "for now")),
    Hedge("exception", _p("subject to", "except", "unless", "excluding", "save as"),
          _s("subject", "except", "excep", "unless", "exclu", "other than", "apart from", "but", "limit", "other",
             "beyond", "outside",
             "restr", "condi", "save as", "certain", "some", "without", "if", "only")),
    Hedge("inclusion", _p("including", "include", "includes", "such as"),
          _s("includ", "such as", "e g", "eg", "for example", "for instance", "among", "like", "other", "etc",
             "examp", "and more", "various")),
    Hedge("condition", _p("to the extent", "as required by", "as permitted by", "where required",
                          "where permitted", "where applicable", "where appropriate", "where necessary",
                          "where possible", "where feasible", "where available", "where allowed",
                          "where legally", "where the law", "if applicable", "as applicable"),
          _s("where", "when", "if", "exten", "requi", "permi", "appli", "neces", "neede", "depen", "allow",
             "law", "laws", "legal", "possi", "feasi", "appro", "avail", "as the law")),
    Hedge("quantity", _p("certain", "some"),
          _s("certa", "some", "somet", "speci", "parti", "limit", "select", "part", "parts", "porti", "subse", "sever",
             "few", "liste", "named", "these", "those", "other")),
    Hedge("generality", _p("generally", "usually", "typically", "normally", "in general", "ordinarily"),
          _s("gener", "usual", "typic", "norma", "most", "often", "ordin", "mainl", "as a rule", "commo")),
)


@dataclass(frozen=True)
class Absolute:
    """An absolute of a summary and the words (compared by stem) of a quote that back it."""

    word: str
    backed_by: tuple[tuple[str, ...], ...]


_ALL = _s("all", "every", "each", "any", "entir", "whole", "fully", "full", "compl", "every", "whate",
          "always", "total")
ABSOLUTES: tuple[Absolute, ...] = (
    Absolute("only", _s("only", "solel", "exclu", "sole", "limit", "just", "without", "unless", "except",
                        "no other", "other than")),
    Absolute("any", (*_ALL, *_s("no", "none", "nothi", "never", "at no time", "anyth", "anyon", "whate",
                                "whichever"))),
    Absolute("all", _ALL),
    Absolute("every", _ALL),
    Absolute("entire", (*_ALL, *_s("sole"))),
    Absolute("never", _s("never", "at no time", "in no event", "under no circu", "no circu", "ever",
                         "any time", "at any time")),
    Absolute("always", _s("alway", "at all times", "in all cases", "every", "whene", "each time", "each",
                          "all")),
    Absolute("must", _s("must", "shall", "requi", "have to", "has to", "need", "needs", "oblig", "manda",
                        "may not", "cannot", "prohi", "not permitted", "agree", "respo", "will be",
                        "are to", "is to", "condition", "only")),
    Absolute("solely", _s("solel", "only", "exclu", "sole", "entir")),
    Absolute("guaranteed", _s("guara", "warra", "assur", "ensur", "promi")),
)
_KEPT: dict[str, Grouped] = {h.name: grouped(h.kept) for h in HEDGES}
_BACKED: dict[str, Grouped] = {a.word: grouped(a.backed_by) for a in ABSOLUTES}
_ABSOLUTE_FORMS: dict[str, str] = {"only": "only", "any": "any", "all": "all", "every": "every",
                                   "everything": "every", "everyone": "every", "entire": "entire",
                                   "entirely": "entire", "never": "never", "always": "always", "must": "must",
                                   "solely": "solely", "guaranteed": "guaranteed", "guarantee": "guaranteed",
                                   "guarantees": "guaranteed", "anything": "any", "anyone": "any"}

# Words that make a list a whole: with one of them, a summary must keep a quote's "including".
_WHOLE = frozenset({"any", "all", "every", "only", "entire", "entirely", "solely", "everything", "anything"})

# Values: the sets the rule covers, and words too general to name any one term.
VALUE_ATTRIBUTES: tuple[str, ...] = ("data", "purposes", "recipients", "audience", "retention")
_GENERIC = frozenset({
    "a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "with", "from", "as", "at", "its", "it",
    "is", "are", "be", "not", "no", "any", "other", "others", "such", "similar", "data", "information", "info",
    "personal", "person", "person's", "people", "their", "them", "they", "we", "our", "us", "you", "your", "vendor",
    "vendor's", "service", "services", "product", "products", "use", "used", "using", "including", "include", "e",
    "g", "etc", "when", "where", "which", "who", "that", "this", "these", "those", "more", "most", "some", "all",
    "general", "unspecified", "stated", "state", "states", "names", "name's", "document", "kind", "kinds", "type",
    "types", "category", "categories", "specific", "given", "provided", "provides", "said", "does", "doing", "done",
    "something", "thing", "things",
})
_VALUE_SETS: tuple[tuple[str, str, bool], ...] = tuple(  # (attribute, its set, a list attribute)
    (a, CLAIM_LIST_ATTRIBUTES.get(a) or CLAIM_SCALAR_ATTRIBUTES[a], a in CLAIM_LIST_ATTRIBUTES)
    for a in VALUE_ATTRIBUTES)
# Words that name a term although its label does not say them: the vendor is "we"; any "data" or
# "information" is personal information in general.
_EXTRA_CUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("recipients", "vendor"): ("we", "us", "our"),
    ("data-categories", "personal-information"): ("personal", "information", "data"),
}


_CUES: dict[int, tuple[Vocabulary, Mapping[tuple[str, str], tuple[tuple[str, ...], ...]]]] = {}


def _value_cues(vocab: Vocabulary) -> Mapping[tuple[str, str], tuple[tuple[str, ...], ...]]:
    """(set, term) -> the stemmed phrases that name it: its label, id and description words, its cues."""
    cached = _CUES.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    out: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
    sets = {CLAIM_LIST_ATTRIBUTES.get(a) or CLAIM_SCALAR_ATTRIBUTES[a] for a in VALUE_ATTRIBUTES}
    for set_name in sets:
        for term in vocab.sets[set_name].terms.values():
            found: list[tuple[str, ...]] = []
            words = [*tokens(term.label), *term.id.split("-"), *tokens(term.description)]
            found += [(stem(w),) for w in words if w not in _GENERIC and len(w) > 2 and not w.isdigit()]
            found += [(stem(w),) for w in _EXTRA_CUES.get((set_name, term.id), ())]
            for cue in (*_cue_strings(term.cues), *_cue_strings(term.extra.get("cues"))):
                found.append(tuple(stem(w) for w in tokens(cue))[:MAX_PHRASE])
            out[(set_name, term.id)] = tuple(dict.fromkeys(c for c in found if c))
        # A term is also named by its narrower terms (`broader` in the vocabulary): "email address" names
        # contact information.
        terms = vocab.sets[set_name].terms
        for term in terms.values():
            extra: list[tuple[str, ...]] = []
            for narrower in _narrower(terms, term.id):
                extra += out[(set_name, narrower)]
            if extra:
                out[(set_name, term.id)] = tuple(dict.fromkeys((*out[(set_name, term.id)], *extra)))
    _CUES[id(vocab)] = (vocab, out)
    return out


_GROUPED_CUES: dict[int, tuple[Vocabulary, dict[tuple[str, str], Grouped]]] = {}


def _grouped_cues(vocab: Vocabulary) -> Mapping[tuple[str, str], Grouped]:
    """:func:`_value_cues`, each term's phrases grouped for Phrases.any_of."""
    cached = _GROUPED_CUES.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    out = {key: grouped(phrases) for key, phrases in _value_cues(vocab).items()}
    _GROUPED_CUES[id(vocab)] = (vocab, out)
    return out


def _has_cues(term: Term) -> bool:
    return bool(term.cues or term.extra.get("cues"))


def _broader(term: Term) -> list[str]:
    raw = term.broader or term.extra.get("broader")
    return [raw] if isinstance(raw, str) else [b for b in raw if isinstance(b, str)] if isinstance(raw, list) else []


def _narrower(terms: Mapping[str, Term], term_id: str) -> list[str]:
    """Every term whose chain of `broader` terms reaches ``term_id`` (cycles and depth bounded)."""
    out = []
    for t in terms.values():
        seen: set[str] = set()
        frontier = _broader(t)
        while frontier and len(seen) < len(terms):
            if term_id in frontier:
                out.append(t.id)
                break
            seen.update(frontier)
            frontier = [b for f in frontier if f in terms for b in _broader(terms[f]) if b not in seen]
    return out


def _cue_strings(raw: object) -> Iterable[str]:
    """The phrases of a term's ``cues`` entry, whatever its shape (a list, or lists under keys)."""
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, Mapping):
        for v in raw.values():
            yield from _cue_strings(v)
    elif isinstance(raw, (list, tuple)):
        for v in raw:
            yield from _cue_strings(v)


# ---------------------------------------------------------------------------------------------- check


class _Quoted:
    """A quote of a claim, read: its passage, words, stemmed phrases (made when first asked for: only absolutes
    and values need them) and qualifiers."""

    __slots__ = ("_stems", "hits", "quote", "span", "toks")

    # span: the passage quoted; None where only the quote's words are read (its span is then at hand)
    def __init__(self, quote: Quote, span: Span | None, toks: tuple[str, ...], stems: Phrases | None,
                 hits: list[tuple[Hedge, tuple[str, ...], int]]) -> None:
        self.quote, self.span, self.toks, self._stems, self.hits = quote, span, toks, stems, hits

    @property
    def stems(self) -> Phrases:
        if self._stems is None:
            self._stems = phrases(self.toks, stemmed=True)
        return self._stems


def check(doc: Document, source: SourceText, matches: Mapping[str, tuple[Span, ...]], loaded: Loaded,
          units: Sequence[Sentence] = (), strict: bool = False, vocab: Vocabulary | None = None
          ) -> list[Diagnostic]:
    """Every summary and value of the document against the claim's own quotes (and their headings)."""
    vocab = vocab or load_vocabulary()
    headings = [u for u in units if u.kind == "heading"]
    starts = [u.span.start for u in headings]
    cache: dict[int, Phrases] = {}
    passages: dict[tuple[int, int], tuple[tuple[str, ...], list[tuple[Hedge, tuple[str, ...], int]]]] = {}
    make = error if strict else warning
    diags: list[Diagnostic] = []
    for claim in doc.claims:
        if claim.summary_reviewed:
            continue  # a reviewed paraphrase
        missing = False  # (loops rather than generators on the per-claim paths: they are cheaper)
        for q in claim.evidence:
            if not matches.get(q.pointer):
                missing = True  # already an error
                break
        if missing:
            continue
        quoted = []
        spans = []
        for q in claim.evidence:
            span = matches[q.pointer][0]
            spans.append(span)
            read = passages.get((span.start, span.end))
            if read is None:  # a passage several claims cite is read once
                toks = tokens(source.excerpt(span))
                read = passages[(span.start, span.end)] = (toks, _hits(toks))
            quoted.append(_Quoted(q, span, read[0], None, read[1]))
        # The headings are read for the values only.
        context = [_heading_stems(headings, starts, span.start, cache) for span in spans] \
            if _has_values(claim) else ()
        summary = tokens(claim.summary)
        for code, message, quote, hint, attr in _findings(vocab, claim, summary, quoted, context):
            ptr = pointer_join(claim.pointer, attr) if attr == "summary" else _value_pointer(claim, attr)
            line, col = loaded.position(ptr)
            if quote is not None:
                passage = matches[quote.quote.pointer][0]  # the quote's span, as read above
                related = [Related(str(quote.quote.yaml_path), quote.quote.line, quote.quote.column, "the quote"),
                           Related(str(doc.source_path), passage.line, passage.column, "its passage")]
            else:
                related = [Related(str(q.quote.yaml_path), q.quote.line, q.quote.column, "a quote") for q in quoted]
            diags.append(make(code, message, doc.yaml_path, line, col, ptr, hint=hint, related=related))
    return diags


def _has_values(claim: Claim) -> bool:
    terms = claim.terms  # claim.attr(attr) is terms.get(attr, ())
    for attr, _, listed in _VALUE_SETS:  # noqa: SIM110 (no generator made per claim)
        if terms.get(attr) if listed else getattr(claim, attr):
            return True
    return False


def _value_pointer(claim: Claim, attr: str) -> str:
    """The pointer of one value ("data=email-address"): the list item, or the scalar."""
    name, _, value = attr.partition("=")
    base = pointer_join(claim.pointer, name)
    if name in CLAIM_LIST_ATTRIBUTES:
        return pointer_join(base, claim.attr(name).index(value))
    return base


def _heading_stems(headings: Sequence[Sentence], starts: Sequence[int], offset: int,
                   cache: dict[int, Phrases]) -> Phrases:
    """The stemmed phrases of the heading of the section a quote is in (the nearest heading before it)."""
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return EMPTY
    if i not in cache:
        cache[i] = phrases(tokens(headings[i].text), stemmed=True)
    return cache[i]


def _findings(vocab: Vocabulary, claim: Claim, summary: tuple[str, ...], quoted: list[_Quoted],
              context: Sequence[Phrases] = ()) -> Iterable[tuple[str, str, _Quoted | None, str, str]]:
    """(code, message, quote involved, hint, attribute) for every rule a claim breaks."""
    present: set[str] = set()
    for q in quoted:
        for h, _, _ in q.hits:
            present.add(h.name)
    s_stems: Phrases | None = None  # made when first needed: most quotes have no qualifier
    lemmas: set[tuple[str, ...]] | None = None
    for hedge in HEDGES if present else ():
        if hedge.name not in present or (hedge.name == "inclusion" and _WHOLE.isdisjoint(summary)):
            continue  # examples summarised as examples, or as a plain list: harmless unless made a whole
        if s_stems is None:
            s_stems = phrases(summary, stemmed=True)
        if s_stems.any_of(_KEPT[hedge.name]):
            continue
        if lemmas is None:
            lemmas = {(_lemma_stem(w),) for w in summary}
        hit = _first_trigger(hedge, quoted, lemmas)
        if hit is not None:
            word, q = hit
            yield ("summary-drops-qualifier",
                   f"the quote says \"{word}\" but the summary drops this {hedge.name} qualifier", q,
                   f"keep the qualifier in the summary (\"{word}\" or an equivalent), or add `summary-reviewed:` "
                   "with the reason the paraphrase is faithful", "summary")
    absolutes = () if _ABSOLUTE_FORMS.keys().isdisjoint(summary) else \
        dict.fromkeys(_ABSOLUTE_FORMS[w] for w in summary if w in _ABSOLUTE_FORMS)
    for word in absolutes:
        backed_by = _BACKED[word]
        backed = False
        for q in quoted:
            if q.stems.any_of(backed_by):
                backed = True
                break
        if not backed:
            yield ("summary-absolute",
                   f"the summary says \"{word}\" but no quote of the claim says so", None,
                   "say only what the quotes say, quote the passage that states the absolute, or add "
                   "`summary-reviewed:` with the reason", "summary")
    cues = _grouped_cues(vocab)
    where: tuple[Phrases, ...] | None = None
    for attr, set_name, listed in _VALUE_SETS:
        values = claim.attr(attr) if listed else ((getattr(claim, attr),) if getattr(claim, attr) else ())
        if not values:
            continue
        if where is None:
            where = (*[q.stems for q in quoted], *context)
        terms = vocab.sets[set_name].terms
        named = []
        for v in values:
            group = cues.get((set_name, v), ())
            for p in where:
                if p.any_of(group):
                    named.append(v)
                    break
        for value in values:
            if value in named:
                continue
            # A term with cues must be named itself; without cues its label, id and description words are
            # too few to tell siblings apart, so it is enough that the quotes name one value of the attribute.
            if named and not (value in terms and _has_cues(terms[value])):
                continue
            label = terms[value].label if value in terms else value
            yield ("value-not-quoted",
                   f"{attr} '{value}' ({label}) is named in none of the claim's quotes", None,
                   "quote the passage that names it, remove the value, or add `summary-reviewed:` with "
                   "the reason (for example: named by the section heading)", f"{attr}={value}")


_LEMMAS = {"has": "have", "had": "have", "having": "have", "is": "be", "are": "be", "was": "be", "were": "be",
           "been": "be", "does": "do", "did": "do"}
_SKIP_AFTER_MODAL = frozenset({"also", "be", "further", "still", "occasionally", "sometimes", "then", "from",
                               "time", "to", "each", "in", "addition", "directly", "only", "either", "both",
                               "reasonably", "additionally", "automatically", "periodically", "otherwise"})
_FUNCTION_WORDS = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "by", "with", "as", "at",
                             "not", "that", "this", "it", "its", "we", "you", "they", "be"})
CONTEXT = 10  # words either side of a non-modal hedge that say what it qualifies
_QUALIFIED_BY_SUBJECT_TO = frozenset({"excep", "limit", "condi", "restr", "quali", "certa", "avail", "appli",
                                      "law", "laws", "local", "prior", "chang"})
_QUANTIFIED = frozenset({"excep", "circu", "cases", "case", "situa", "condi", "limit", "insta", "infor",
                         "data", "perso", "types", "type", "categ", "of", "kinds", "parts", "right", "rights"})


@lru_cache(maxsize=1 << 16)
def _lemma_stem(word: str) -> str:
    return stem(_LEMMAS.get(word, word))


def _trigger_index() -> dict[str, list[tuple[Hedge, tuple[str, ...]]]]:
    index: dict[str, list[tuple[Hedge, tuple[str, ...]]]] = {}
    for hedge in HEDGES:
        for trig in hedge.triggers:
            index.setdefault(trig[0], []).append((hedge, trig))
    return index


_TRIGGERS = _trigger_index()


def _hits(toks: tuple[str, ...]) -> list[tuple[Hedge, tuple[str, ...], int]]:
    """Every qualifier of a quote, in text order: (family, trigger, position); one pass over its words."""
    out: list[tuple[Hedge, tuple[str, ...], int]] = []
    if _TRIGGERS.keys().isdisjoint(toks):
        return out  # no trigger word (most quotes): one set test
    # The positions of the trigger words, picked in C (a flag per word) rather than by a Python loop.
    for i in compress(range(len(toks)), map(_TRIGGERS.__contains__, toks)):
        for hedge, trig in _TRIGGERS[toks[i]]:
            if toks[i:i + len(trig)] == trig:
                out.append((hedge, trig, i))
    return out


def _first_trigger(hedge: Hedge, quoted: list[_Quoted], lemmas: set[tuple[str, ...]]
                   ) -> tuple[str, _Quoted] | None:
    """The first trigger of ``hedge`` in a quote that qualifies something the summary says."""
    for q in quoted:
        toks = q.toks
        for h, trig, i in q.hits:
            if h is not hedge:
                continue
            n = len(trig)
            after = toks[i + n: i + n + CONTEXT]
            if after and after[0] in hedge.not_before:
                continue
            if _qualifies(hedge, trig, toks, i, n, after, lemmas):
                return " ".join(trig), q
    return None


def _modal_verbs(after: Sequence[str]) -> list[str]:
    """The verbs a modal governs: the first word after it, and those coordinated with it ("use and disclose")."""
    words = [w for w in after if w not in _SKIP_AFTER_MODAL]
    verbs = words[:1]
    i = 1
    while i + 1 < len(words) and words[i] in ("and", "or"):
        verbs.append(words[i + 1])
        i += 2
    return [v for v in verbs if v not in _FUNCTION_WORDS]


def _qualifies(hedge: Hedge, trig: tuple[str, ...], toks: tuple[str, ...], i: int, n: int,
               after: tuple[str, ...], summary: set[tuple[str, ...]]) -> bool:
    """Whether a hedge at ``toks[i:i+n]`` qualifies what the summary says (compared by stem)."""
    if hedge.name in ("possibility", "ability"):
        # A modal qualifies its verb: the summary states that verb without the modal.
        return any((_lemma_stem(v),) in summary for v in _modal_verbs(after))
    if trig == ("subject", "to") and not any(stem(w) in _QUALIFIED_BY_SUBJECT_TO for w in after[:4]):
        return False  # "subject to the terms" says "governed by", not "with exceptions"
    if hedge.name == "quantity" and not (after and stem(after[0]) in _QUANTIFIED):
        return False  # "some browsers" names whom a sentence is about; "certain information" restricts it
    window = [*toks[max(0, i - CONTEXT): i], *after]
    return any((_lemma_stem(w),) in summary for w in window if w not in _GENERIC and len(w) > 3)
