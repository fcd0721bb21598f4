"""Periods in statements (see spec/consistency.md, "Statement rules"): how long something is kept, when it is
deleted, the notice given, the time a request is answered in, and two periods for one thing."""

from __future__ import annotations

from policylabel.consistency import alike
from policylabel.consistency.alike import _FIRST_PARTY_ROLES, _GENERIC_OBJECTS, _related_any, _same_object, _same_stem
from policylabel.consistency.money import _TIME_OBJECTS, _other_kind_of_credit, _prefixed_apart
from policylabel.statements import Statement
from policylabel.statements.amounts import number
from policylabel.statements.words import DATA_VERBS, GIVING_VERBS, thing_form
from policylabel.vocabulary import Vocabulary

_NOTICE = frozenset({"notice", "advance", "before", "beforehand", "ahead", "prior", "effect", "effective"})  # "take effect 30 days after"
_ALIKE_WORDS = 3  # words two statements share that make them about one thing
_AT_ONCE = frozenset({"immediately", "immediate", "soon", "forthwith"})
_WARNING = frozenset({"notice", "warning", "notification"})  # "without notice", "without warning"
_IN_EFFECT = frozenset({"effect", "effective", "apply", "bind"})
_POSTED = frozenset({"post", "publish", "publication", "posting", "display", "appear", "announce"})  # made public
_STORAGE = frozenset({"retention", "deletion"})
# What is kept for a time, and may be kept indefinitely: data, and credit ("remain on your account indefinitely").
_KEPT_FOR_A_TIME = _STORAGE | {"account-balance"}
_INDEFINITE = frozenset({"indefinitely"})  # retention-policies terms that keep without end
_INFINITE = frozenset({float("inf")})
_DEFAULT_DATA = ("personal-information",)
_RESPONSE = frozenset({"respond", "response", "answer", "reply", "hear", "back", "handl", "handle", "deal", "dealt", "fulfil",
                       "fulfill", "complet", "complete"})  # what a request's period times ("answered", "handled", "completed")
_ANSWERED = frozenset({"exercising-rights", "data-subject-right"})  # practices a request of the reader's times
_ACT_BY = frozenset({"before", "prior", "ahead", "advance", "notice"})  # a time to act by: "cancel 48 hours before"
_LEAVING = frozenset({"cancel", "cancellation", "cancels", "withdraw", "withdrawal", "leave", "terminate"})
_RECORDS = frozenset({"record", "records", "file", "files", "log", "logs", "history", "histories"})
_TIME_WORDS = frozenset({"month", "months", "year", "years", "day", "days", "week", "weeks", "past", "preceding",
                         "last", "before", "since", "after", "until", "during"})


def _periods(s: Statement) -> frozenset[float]:
    """Periods in days; keeping something indefinitely is a period too (infinite)."""
    days = frozenset(a.days for a in s.amounts if a.kind == "period" and a.days is not None)
    return days | _INFINITE if _INDEFINITE & set(s.retention) and s.practice in _KEPT_FOR_A_TIME else days


def _notice_period(s: Statement) -> bool:
    """A period of notice or advance warning ("at least 30 days' notice before", "two months before it takes
    effect")."""
    return bool(_NOTICE & s.objects) and any(a.kind == "period" for a in s.amounts)


def _at_once(s: Statement) -> bool:
    """Done at once or without notice ("with or without notice", "as soon as they are posted", "effective on the
    day it is posted")."""
    return bool(_AT_ONCE & s.objects) or ("without" in s.objects and bool(_WARNING & s.objects)) \
        or {"straight", "away"} <= s.objects or {"right", "away"} <= s.objects or (
        bool(_IN_EFFECT & s.objects) and bool(_POSTED & s.objects) and not any(a.kind == "period" for a in s.amounts))


def _period_conflict(vocab: Vocabulary, a: Statement, b: Statement, same_kind: bool = False) -> bool:
    """Two periods for one thing. ``same_kind``: both name the same kind of data ("cycle data"); different
    kinds may still be one ("booking records", "appointment records")."""
    if a.polarity != "affirmed" or b.polarity != "affirmed":
        return False
    # "deleted when a title is returned" / "retained for 18 months": the event is when, not whether
    at_event = (_deleted_at_an_event(a) and not b.conditions and b.practice == "retention" and bool(_periods(b))) \
        or (_deleted_at_an_event(b) and not a.conditions and a.practice == "retention" and bool(_periods(a)))
    if (a.conditions or b.conditions) and not at_event:
        return False
    if not a.cue and not b.cue:
        return False  # two rows of one schedule under a heading ("Clips, standard plan: 7 days"): two things
    if not (a.practice == b.practice or {a.practice, b.practice} <= _STORAGE):
        return False
    if _other_kind_of_credit(a, b) or _prefixed_apart(a, b):
        return False
    if a.practice == "refunds" and (bool(_ACT_BY & a.objects) != bool(_ACT_BY & b.objects)
                                    or bool(_LEAVING & a.objects) != bool(_LEAVING & b.objects)):
        # a time to pay a refund in and a time to cancel by ("repaid within 7 days after the event" / "cancel more
        # than 90 days before the event"): two things
        return False
    if _shared_only_in_a_relative_clause(a, b):
        return False
    pa, pb = _periods(a), _periods(b)
    # (data deleted at an event, "at the end of each term", is kept for no fixed time: against a period of keeping
    # the same data, two answers)
    if not at_event and (not pa or not pb or pa & pb):
        return False
    # (three words both name say it is one thing, whatever categories each is read as: "Clinical records of adult
    # patients" / "Adult patient files")
    worded_alike = len({thing_form(w) for w in a.objects} & {thing_form(w) for w in b.objects} - _GENERIC_OBJECTS
                - _TIME_WORDS - _FIRST_PARTY_ROLES) >= _ALIKE_WORDS
    # (records of one thing, whatever categories their words are read as: "Order records" / "Order files")
    same_records = bool(_RECORDS & a.objects) and bool(_RECORDS & b.objects) and _same_words_anywhere(a, b)
    if a.data and b.data and not worded_alike and not same_records \
            and not _related_any(vocab, "data-categories", a.data, b.data):
        return False
    # The same specific data on both sides is the same thing ("photos" kept 30 days, and 60); so is the notice
    # one practice asks for ("cancel on 30 days' notice", "cancellation requires 60 days' notice").
    # (one specific kind of data both name is the same data: "job photos uploaded by customers", "pictures you
    # attach to a job request")
    shared_data = (_narrowest(vocab, a.data) & _narrowest(vocab, b.data)) - set(_DEFAULT_DATA)
    if a.data and b.data and not shared_data and not worded_alike and not same_records \
            and not (a.anchors & b.anchors) - _GENERIC_OBJECTS - alike.frequent:
        return False  # two kinds of data, each named next to its own period ("tax returns", "chat transcripts")
    # (numbers and words of time or records name no thing kept: "six years" / "six months", "payment records" /
    # "the records of former members")
    counted = frozenset(w for w in a.objects | a.anchors | b.objects | b.anchors if number(w) is not None) \
        | _TIME_WORDS | _RECORDS
    return _same_object(a, b, counted) or same_kind or _same_stem(a, b) or bool(shared_data) or worded_alike \
        or (a.practice not in DATA_VERBS and _notice_period(a) and _notice_period(b)) \
        or _same_words_anywhere(a, b)


def _shared_only_in_a_relative_clause(a: Statement, b: Statement) -> bool:
    """The words both clauses name stand, on one side, only in a relative clause saying which of its own things
    are meant ("Quotes that do not lead to a policy are kept for ninety days" / "Policy files are kept for seven
    years"): two things."""
    words_a, words_b = alike.clause_words(a), alike.clause_words(b)

    def content(words: list[str]) -> set[str]:  # (five-letter stems: "sketches" / "sketch")
        return {thing_form(w)[:5] for w in words if w.isalpha() and thing_form(w) not in _NAMING_NOTHING}

    def relative(words: list[str]) -> set[str]:
        # (after a noun: "Records of who signed each document", "The log records who signed" name what is
        # recorded, no relative clause)
        at = next((i for i, w in enumerate(words) if w in _RELATIVES and i > 0 and words[i - 1] not in _NO_RELATIVE_AFTER),
                  None)
        return content(words[at + 1:]) - content(words[:at]) if at is not None else set()

    shared = content(words_a) & content(words_b)
    return bool(shared) and (shared <= relative(words_a) or shared <= relative(words_b))


_RELATIVES = frozenset({"that", "who", "which", "whose"})
_NAMING_NOTHING = _GENERIC_OBJECTS | _TIME_WORDS | _RECORDS | _FIRST_PARTY_ROLES | _RELATIVES
_NO_RELATIVE_AFTER = frozenset({"of", "about", "on", "to", "for", "and", "or", "as", "is", "are", "show", "shows", "record",
                         "records", "see", "know"})


def _same_words_anywhere(a: Statement, b: Statement) -> bool:
    """A word of what is kept that both clauses hold, anywhere in them, other than the words of time, of keeping
    and of the events periods run from ("Raw ring readings are kept for 24 months" / "Raw sensor data from the
    ring is held for five years"; not "after your account is closed"). Records are the same records by the words
    that say whose or of what, however often the text uses them ("Records of adult patients" / "Patient files"),
    and never by the word "records" alone ("Payment records" / "The records of former members")."""
    records = bool(_RECORDS & a.objects) and bool(_RECORDS & b.objects)
    shared = (a.objects & b.objects) - _GENERIC_OBJECTS - (frozenset() if records else alike.frequent) \
        - _FIRST_PARTY_ROLES - {w for w in a.objects if number(w) is not None} - _TIME_OBJECTS - _RECORDS
    return bool(shared)


def _deleted_at_an_event(s: Statement) -> bool:
    """Data deleted at an event, with no period: "deleted when a title is returned", "deleted at the end of each
    term" (a time of the statement's own, not a condition of whether)."""
    return s.practice == "deletion" and s.polarity == "affirmed" and not _periods(s) and (
        (bool(s.conditions) and all(c.split(None, 1)[0].lower() in _AT_EVENT for c in s.conditions))
        or (not s.conditions and "end" in s.anchors))


_AT_EVENT = frozenset({"when", "once", "after", "as"})


def _narrowest(vocab: Vocabulary, data: tuple[str, ...]) -> set[str]:
    """The data named, less those a narrower one named beside them falls under ("photos" uploaded: photos)."""
    wider = {w for d in data for w in vocab.ancestors("data-categories", d)[1:]}
    return set(data) - wider


def _periods_text(s: Statement) -> str:
    periods = sorted({a.iso or "" for a in s.amounts if a.kind == "period"})
    if not periods and _deleted_at_an_event(s):
        return "deleted at an event"
    return ", ".join(periods + (["indefinitely"] if float("inf") in _periods(s) else []))
_ARRIVING = frozenset({"arrive", "reach"}) | GIVING_VERBS


def _answers_request(s: Statement) -> bool:
    """The statement times the answer to a request, whatever practice its words name ("allow up to four months
    for an answer to an access or deletion request"), or the copy of one's data sent ("A copy of the information
    held about you can take up to 90 days to arrive")."""
    return ("request" in s.objects and bool((_RESPONSE | {"process"}) & s.objects)) \
        or ("copy" in s.objects and bool(_ARRIVING & s.objects)
            and (s.practice in _ANSWERED or not _GENERIC_OBJECTS.isdisjoint(s.objects) or bool(s.data)))
