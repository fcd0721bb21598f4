"""Governing law and venues (see spec/consistency.md, "Statement rules"): the places a clause names, and whether
it sends disputes to the courts."""

from __future__ import annotations

from itertools import pairwise

from policylabel.consistency.units import word_list, word_parts
from policylabel.statements import Statement
from policylabel.statements.lexicon import lexicon
from policylabel.statements.places import find as place_finder
from policylabel.statements.places import place_firsts, places


def _clause_places(text: str, s: Statement) -> list[tuple[str, str]]:
    """The places the statement's clause names: each as written (lower-cased) and its code."""
    span = text[s.start:s.end]
    toks = lexicon().front(span)[0]
    firsts = place_firsts().intersection(t.norm for t in toks)
    if not firsts:
        return []
    return [(" ".join(t.norm for t in toks[first:last + 1]), code)
            for first, last, code in place_finder(toks, span, firsts)]


_COURT_WORDS = frozenset({"court", "courts"})
# Courts an arbitration clause leaves their part: enforcing an award, injunctions, small claims.
_ARBITRATION_WORDS = frozenset({"arbitration", "arbitrator", "arbitral"})
_COURT_CARVE_OUTS = frozenset({"award", "awards", "judgment", "judgement", "enforce", "enforced", "enforcement",
                               "injunction", "injunctive", "small"}) | _ARBITRATION_WORDS
_INSTEAD = frozenset({"instead", "rather"})
_DISPUTE_WORDS = frozenset({"dispute", "disputes", "claim", "claims", "jurisdiction", "heard", "proceedings",
                            "disagreement", "disagreements", "sue", "sued", "lawsuit", "lawsuits"})


def _rules_excluded(exception: str) -> bool:
    """An exception of a governing law that leaves out a body of rules, not a place or a case ("excluding the UN
    Convention on Contracts for the International Sale of Goods", "excluding its conflict-of-law rules")."""
    return exception.lower().startswith(("exclud", "without regard", "other than its conflict"))


def _courts_hear(text: str, s: Statement) -> bool:
    """The clause sends disputes to the courts ("any dispute shall be heard in the District Court", "the courts of
    Singapore have exclusive jurisdiction"), not to an arbitrator, and for no award, injunction or small claim."""
    words = word_parts(text[s.start:s.end])  # (and the parts of a compound: "the small-claims court")
    # ("before the High Court instead of going to arbitration": the court in place of an arbitrator)
    carve_outs = _COURT_CARVE_OUTS - _ARBITRATION_WORDS if _INSTEAD & words else _COURT_CARVE_OUTS
    return not _COURT_WORDS.isdisjoint(words) and not _DISPUTE_WORDS.isdisjoint(words) \
        and carve_outs.isdisjoint(words)


def _place_names(text: str, s: Statement) -> frozenset[str]:
    """The places a clause names, as written (lower-cased): a state is not its country here, whose laws differ;
    a place's law or courts named by its adjective are the place's ("Scots law": "scotland")."""
    words = word_list(text[s.start:s.end])
    demonyms = places().demonyms
    named = {demonyms[w] for w, after in pairwise(words) if w in demonyms and after in _LAW_WORDS}
    return frozenset(name for name, _code in _clause_places(text, s)) | named


_LAW_WORDS = frozenset({"law", "laws", "court", "courts", "jurisdiction", "legislation"})
_GOVERNING = frozenset({"law", "laws", "govern", "governed", "governs", "legislation"})
_HEARING = frozenset({"court", "courts", "tribunal", "heard", "jurisdiction", "sitting"})


def law_or_court(text: str, s: Statement) -> str:
    """Whether the clause names only the law that governs ("law"), only where disputes are heard ("court"), or
    both or neither ("")."""
    words = set(word_list(text[s.start:s.end]))
    law, court = not _GOVERNING.isdisjoint(words), not _HEARING.isdisjoint(words)
    return "law" if law and not court else "court" if court and not law else ""


def place_codes(text: str, s: Statement) -> frozenset[str]:
    """The countries of the places the clause names (a city or a state is its country's here)."""
    table = places().by_first
    named = {code for _name, code in _clause_places(text, s)}
    for name in _place_names(text, s):
        first = name.split()[0]
        named.update(code for words, code in table.get(first, ()) if " ".join(words) == name)
    return frozenset(named)


# Words of a court's name that say what kind of court it is, not where: "the Helsinki District Court"
_KIND_OF_COURT = frozenset({"district", "county", "regional", "region", "high", "superior", "supreme", "magistrates",
                            "magistrate", "federal", "state", "circuit", "local", "commercial", "civil", "small",
                            "claims", "justice", "appeal", "appeals", "session", "first", "instance", "the", "of",
                            "court", "courts", "tribunal", "municipal", "city", "family", "crown", "sheriff"})
_COURT_NAMES = 4  # the most capitalised words a court's place takes


def court_names(text: str, s: Statement) -> frozenset[str]:
    """Where the courts a clause names sit, by the capitalised words of their names, when no place the text of
    places knows is among them (those are compared as places): "the District Court of Pirkanmaa" and "the courts
    of Calama" name "pirkanmaa" and "calama", "the Helsinki District Court" "helsinki"; the words saying what kind
    of court it is name no place."""
    span = text[s.start:s.end]
    toks = lexicon().front(span)[0]

    def capital(k: int) -> bool:
        return toks[k].word and span[toks[k].start:toks[k].start + 1].isupper()

    names: set[str] = set()
    for i, t in enumerate(toks):
        if t.norm not in ("court", "courts", "tribunal"):
            continue
        run: list[str] = []
        k = i + 1
        if k < len(toks) and toks[k].norm in ("of", "in", "at") and k + 1 < len(toks) and capital(k + 1):
            k += 1
            while k < len(toks) and capital(k) and len(run) < _COURT_NAMES:
                run.append(toks[k].norm)
                k += 1
        k = i - 1
        while k >= 0 and capital(k) and len(run) < 2 * _COURT_NAMES:
            run.append(toks[k].norm)
            k -= 1
        names.update(w for w in run if w not in _KIND_OF_COURT)
    if names and any(w in name.split() for name, _code in _clause_places(text, s) for w in names):
        return frozenset()  # "the High Court in London": a known place, compared as one
    return frozenset(names)
