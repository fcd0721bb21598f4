"""Liability and warranties in two statements (see spec/consistency.md, "Statement rules"): which harm an
exclusion or an acceptance is about, caps, and what a guarantee covers."""

from __future__ import annotations

from policylabel.consistency import alike
from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS
from policylabel.consistency.money import _ORDINALS, _READER_PARTY
from policylabel.consistency.units import singular, word_list
from policylabel.statements import Statement
from policylabel.statements.words import object_form

# "no refunds are given for any reason", "under any circumstances": every case of the practice, whatever it names
_EVERY_CASE = frozenset({"reason", "circumstance", "whatsoever", "whatever", "anything", "kind"})
# Kinds of loss beyond the harm itself: "indirect loss", "loss of profit or business opportunity"
_INDIRECT = frozenset({"indirect", "consequential", "incidental", "special", "punitive", "exemplary", "profit",
                       "revenue", "goodwill", "opportunity", "earnings", "income", "business", "savings", "reputation"})
_CAUSED = frozenset({"caus", "cause", "caused", "result", "arise", "arising"})  # a harm named with its cause
_CAUSE_STEMS = frozenset({"caus", "cause", "resul", "arise", "arisi", "due"})  # "caused by", "resulting from"
_HARM_STEMS = frozenset({"damag", "loss", "injur", "harm", "death", "illne"})  # harms any cause may bring
_BROUGHT = frozenset({"bring", "brought", "supply", "supplied"})  # what the reader brings: theirs, not ours
_FAULT = frozenset({"negligence", "negligent", "fault", "breach", "wilful", "fraud", "failure", "defect", "defective",
                    "faulty", "wrong", "wrongly", "error", "mistake", "mistaken"})  # the first party's own
_AS_IS = frozenset({"as is", "as available", "as-is", "as seen", "as they are", "as it is", "as found"})
# "no warranty of any kind"; the implied warranties of quality ("fitness for a particular purpose")
_EVERY_KIND = frozenset({"kind", "whatsoever", "fitness", "merchantability"})
# Liability is compared between an exclusion ("not responsible for belongings left in the hut") and an acceptance
# ("We'll pay for belongings lost ... in the hut") of the same harm; a cap ("limited to", "shall not exceed", an
# amount) or a carve-out ("Nothing in these terms limits ...", "This cap does not apply to ...") is neither.
_CAPPING = frozenset({"limit", "cap", "capp", "exceed", "total", "aggregate"})
_CARVING_OUT = frozenset({"nothing", "apply", "limit", "cap", "exceed"})
_LIABILITY_WORDS = frozenset({"liabl", "liabi", "respo", "accep", "compa", "own", "caus", "full", "suffe", "resul",
                              "durin", "while", "risk"})  # five-letter stems of words any liability clause may hold
_OF_ANY_HARM = frozenset({"perso"})  # "personal" injury, belongings, data: no harm named by itself


def _caps(s: Statement) -> bool:
    """A liability clause that caps liability ("limited to the fees you paid", "shall not exceed £1,000")."""
    return bool((_CAPPING - _ANY_CLAIM) & s.objects or any(a.kind == "money" for a in s.amounts)) \
        and "nothing" not in s.objects


def _measure(s: Statement) -> tuple[frozenset[float], bool]:
    """What a cap is measured by: its sums of money, and whether it is what the reader paid."""
    return frozenset(a.value for a in s.amounts if a.kind == "money"), bool({"pay", "paid", "fee", "price"} & s.objects)
_ANY_CLAIM = frozenset({"total", "aggregate", "any", "claim", "all"})  # a cap on every claim, not one harm's


def _excludes_or_accepts(s: Statement) -> bool:
    """A liability statement that excludes liability for some harm, or accepts it: not a cap or a carve-out."""
    if s.polarity == "denied":
        # ("liable without limit": no limit named)
        return _CARVING_OUT.isdisjoint(s.objects - _CAPPING if "without" in s.objects else s.objects)
    return _CAPPING.isdisjoint(s.objects) and not any(a.kind == "money" for a in s.amounts)


def _same_harm(denied: Statement, affirmed: Statement, accepted: frozenset[str] | None = None) -> bool:
    """Liability accepted and excluded for the same harm or thing: a word (by its stem) both name, other than the
    words of any liability clause ("injuries" / "any injury", "belongings ... the hut"). ``accepted``: the words
    of the acceptance, when more than its objects (those of its case)."""
    # (``denied``: liability accepted; ``affirmed``: liability limited) "no liability for injury caused by another
    # horse" / "liable for injury caused by the negligence of its staff": two causes of harm
    words = denied.objects if accepted is None else accepted
    if _CAUSED & affirmed.objects and _FAULT & words and not _FAULT & affirmed.objects \
            and not _EVERY_CASE & affirmed.objects:  # (but "not liable for any injury, whatever its cause")
        return False
    if _INDIRECT & affirmed.objects and not _INDIRECT & words:
        return False  # "not liable for indirect loss" / "liable for the loss of records": the loss itself
    if _BROUGHT & affirmed.objects and _READER_PARTY & affirmed.objects and not _READER_PARTY & words:
        return False  # "not liable for illness caused by food brought in by the Client" / "... food it prepared"
    # (the people either names, "guests", say whose harm or whose act, not which harm)
    shared = ({w[:5] for w in words} & {w[:5] for w in affirmed.objects}) - _LIABILITY_WORDS - _PARTY_STEMS_OF_HARM
    if shared and shared <= _subject_stems(denied) & _subject_stems(affirmed):
        return False  # "The municipality stays liable for ..." / "The municipality is not liable if ...": who, not what
    if not shared - alike.named - _OF_ANY_HARM:
        # the names the text gives the parties ("the Owner", "the Hirer") name no harm, nor "personal" alone
        # ("personal injury" / "personal belongings")
        return False
    if _CAUSE_STEMS & {w[:5] for w in words} and _CAUSE_STEMS & {w[:5] for w in affirmed.objects} \
            and not _EVERY_CASE & affirmed.objects and not shared - _HARM_STEMS - alike.named:
        return False  # "damage caused by soot" / "damage resulting from defects in a chimney": two causes
    anchors_denied, anchors_affirmed = _harm_anchors(denied), _harm_anchors(affirmed)
    if accepted is None and anchors_denied and anchors_affirmed:
        # Both name what their cue is about: one of them is what the other names ("responsible for loss of ... your
        # bike" / "not liable for accessories left on the bike": what was left on the bike, not the bike)
        return bool(shared & (anchors_denied | anchors_affirmed))
    return bool(shared)


def _subject_stems(s: Statement) -> frozenset[str]:
    """Five-letter stems of the words of the statement's clause before its cue: who is or is not liable."""
    words = alike.clause_words(s)
    first = s.cue.lower().split()[0] if s.cue else ""
    return frozenset(w[:5] for w in words[:words.index(first)]) if first in words else frozenset()


def _capped_harm(cap: Statement, accepted: Statement) -> bool:
    """A cap on liability for the very harm the first party accepts liability for, which undercuts the acceptance
    ("responsible for damage that our drivers cause to your property" / "Our liability for any loss connected with
    a delivery, including damage to your property, is limited to the price of the box"). The harm may stand in the
    cap's condition ("Where injury results from a pilot's negligence, ... limited to the price of the ticket"). A
    cap on "any other loss", or on a harm named only by the words every harm is named by ("loss", "damage"), is
    about something else."""
    if _OTHER & cap.objects or cap.exceptions:
        return False
    words = cap.objects | {object_form(w) for c in cap.conditions for w in word_list(c)}
    if _OTHER & words:
        return False
    shared = ({w[:5] for w in accepted.objects} & {w[:5] for w in words}) - _LIABILITY_WORDS \
        - _CAPPING_STEMS - _PARTY_STEMS_OF_HARM - alike.named - _GENERIC_STEMS
    named = shared - _CAUSE_STEMS
    return (bool(named & _HARMS) and bool(named - _HARMS)) or len(named) >= 2


_OTHER = frozenset({"other", "otherwise", "subject", "remaining"})
_CAPPING_STEMS = frozenset(w[:5] for w in _CAPPING)
_GENERIC_STEMS = frozenset(w[:5] for w in _GENERIC_OBJECTS)
_HARMS = _HARM_STEMS | {"break", "broke", "theft", "stole", "lost"}  # stems of harms, "breakage", "stolen"


def _harm_anchors(s: Statement) -> frozenset[str]:
    """Stems of the words next to a liability cue that may name a harm: not the words of any liability clause, a
    party, a name, or a word joining clauses ("even where the crew was at fault")."""
    return frozenset(w[:5] for w in s.anchors - _JOINING_WORDS) - _LIABILITY_WORDS - _CAPPING - _PARTY_STEMS_OF_HARM \
        - alike.named


_JOINING_WORDS = frozenset({"even", "where", "when", "if", "whether", "without", "with", "as", "so", "while", "though",
                            "it", "them", "they", "this", "that"})
_PARTY_STEMS_OF_HARM = frozenset(w[:5] for w in _READER_PARTY | _FIRST_PARTY_ROLES)


def other_cause(accepted: Statement, excluded: Statement) -> bool:
    """Liability accepted for harm the first party causes ("damage our crew causes", "caused by the negligence of
    its technicians") and excluded for harm with another cause, the reader's doing or what was so before ("if you
    fitted the bars yourself", "units that were already leaking"): two causes. An exclusion of any harm, or
    whatever its cause, is not narrowed so."""
    took = alike.unit_set(accepted)
    if _OURS.isdisjoint(took) or (_CAUSING.isdisjoint(took) and _FAULT.isdisjoint(took)) or not _READERS.isdisjoint(took):
        return False
    refused = alike.unit_set(excluded)
    return _EVERY_CAUSE.isdisjoint(refused) and not (_READERS.isdisjoint(refused) and _BEFORE.isdisjoint(refused))


_CAUSING = _CAUSED | {"causes"}
_OURS = frozenset({"we", "our", "its", "own"})  # the first party as the cause: "our staff", "its lorry", "we cause"
_READERS = _READER_PARTY | {"yourself", "yourselves"}
_BEFORE = frozenset({"already"})  # a harm there before the first party came
# Words by which an exclusion covers every cause: "any injury", "whatever its cause", "even where the crew was at fault"
_EVERY_CAUSE = frozenset({"any", "all", "whatever", "however", "whoever", "whichever", "regardless", "irrespective",
                          "even", "including", "whether"})


def _blanket(disclaimer: Statement) -> bool:
    """A disclaimer of every warranty ("provided as is", "without warranties of any kind"): whatever the first
    party guarantees by its own verb contradicts it."""
    return disclaimer.cue.lower() in _AS_IS or bool(_EVERY_KIND & disclaimer.objects)


def other_goods(guarantee: Statement, disclaimer: Statement) -> bool:
    """A disclaimer "as is" of goods the text names now and then, which the guarantee does not name ("The
    sensor is supplied as is" / "every cylinder ... has passed a pressure test"): those goods only. What the
    text names throughout ("The App is provided as is") is what it is about, and covers every guarantee."""
    if disclaimer.cue.lower() not in _AS_IS:
        return False
    clause = alike.clause_words(disclaimer)
    cue = disclaimer.cue.lower().split()
    head = next((i for i in range(len(clause)) if clause[i:i + len(cue)] == cue), 0)
    subject = clause[:head]
    if not _WHOLE_OFFERING.isdisjoint(subject) or not alike.frequent.isdisjoint(subject):
        return False
    goods = {singular(w)[:5] for w in subject if len(w) > 3 and w.isalpha()} - _GENERIC_STEMS - _PARTY_STEMS_OF_HARM \
        - alike.named
    return bool(goods) and goods.isdisjoint(singular(w)[:5] for w in alike.unit_words(guarantee))


# Words by which a disclaimer names all the first party offers ("The Service", "All work", "all products").
_WHOLE_OFFERING = frozenset({"all", "everything", "service", "services", "product", "products", "work", "goods"})


def _same_goods(a: Statement, b: Statement) -> bool:
    """The same words next to the cues, however often the text uses them: a warranty the first party gives by
    its verb ("warrants", "guarantees") is about the goods the whole text is about ("vehicles are rented as
    is" / "the Company warrants that every vehicle has passed a safety inspection"); warranties named as nouns
    ("passes on the manufacturers' warranties") are someone else's."""
    # (or a word of both the text does not use throughout: what a disclaimer covers often stands past the
    # words next to its cue, "without any warranty ... as to output or yield" / "will produce 90% of its output")
    return bool(((a.anchors & b.objects) | (a.objects & b.anchors)) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES) \
        or bool((a.objects & b.objects) - _GENERIC_OBJECTS - _FIRST_PARTY_ROLES - alike.frequent - _ORDINALS)
