"""A statement: what one clause says of one practice, with what it is about and where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from policylabel.statements.amounts import Amount

_NO_WORDS: frozenset[str] = frozenset()  # the default of the frozenset fields (immutable: one serves all)


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
    opted_out: tuple[str, ...] = ()  # the practices an offered opt-out names ("opt out of the sale")
    absolute: bool = False  # a denial with "never", "any", "under any circumstances"...
    defining: bool = False  # the clause defines a term rather than stating a practice
    legal_term: bool = False  # the clause uses a word in its legal sense ("as defined in the CCPA")
    embedded: bool = False  # the cue qualifies a noun ("the services of ...") or ends a longer name ("BBB ... X")
    mentions: tuple[str, ...] = ()  # every practice cued in the clause
    objects: frozenset[str] = field(default_factory=frozenset)  # content lemmas of the core: what it is about
    anchors: frozenset[str] = field(default_factory=frozenset)  # content lemmas next to the cue: its object
    words: int = 0  # length of the unit in words
    cue_stems: frozenset[str] = field(default_factory=frozenset)  # five-letter stems of the practice's cue words
    # What the clause's exceptions name, as "set:term": recipients, purposes and data ("except to a buyer").
    excepted: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # where data is kept or handled (ISO 3166 codes, "EU", "EEA"): transfers only
    # done whatever the reader does or says ("whether or not you have asked", "without parents being asked")
    regardless: bool = False
    learned: bool = False  # read by the learned weights, not by the rules: proposed for review, paired only when plain

    def __init__(self, practice: str, polarity: str, modality: str, actor: str, start: int, end: int,
                 unit_start: int, unit_end: int, cue: str, data: tuple[str, ...] = (),
                 recipients: tuple[str, ...] = (), purposes: tuple[str, ...] = (), rights: tuple[str, ...] = (),
                 retention: tuple[str, ...] = (), amounts: tuple[Amount, ...] = (), conditions: tuple[str, ...] = (),
                 exceptions: tuple[str, ...] = (), opt_out: bool = False, opted_out: tuple[str, ...] = (),
                 absolute: bool = False, defining: bool = False, legal_term: bool = False, embedded: bool = False,
                 mentions: tuple[str, ...] = (), objects: frozenset[str] = _NO_WORDS,
                 anchors: frozenset[str] = _NO_WORDS, words: int = 0, cue_stems: frozenset[str] = _NO_WORDS,
                 excepted: tuple[str, ...] = (), places: tuple[str, ...] = (), regardless: bool = False,
                 learned: bool = False) -> None:
        # Written out: the __init__ dataclass generates for a frozen class sets each field through
        # object.__setattr__ looked up at every call, interpreted even where the class is compiled (a few
        # microseconds a statement); compiled, this one is a direct call. Same fields, order and defaults
        # (tests/test_statement_init.py compares them).
        init = object.__setattr__
        init(self, "practice", practice)
        init(self, "polarity", polarity)
        init(self, "modality", modality)
        init(self, "actor", actor)
        init(self, "start", start)
        init(self, "end", end)
        init(self, "unit_start", unit_start)
        init(self, "unit_end", unit_end)
        init(self, "cue", cue)
        init(self, "data", data)
        init(self, "recipients", recipients)
        init(self, "purposes", purposes)
        init(self, "rights", rights)
        init(self, "retention", retention)
        init(self, "amounts", amounts)
        init(self, "conditions", conditions)
        init(self, "exceptions", exceptions)
        init(self, "opt_out", opt_out)
        init(self, "opted_out", opted_out)
        init(self, "absolute", absolute)
        init(self, "defining", defining)
        init(self, "legal_term", legal_term)
        init(self, "embedded", embedded)
        init(self, "mentions", mentions)
        init(self, "objects", objects)
        init(self, "anchors", anchors)
        init(self, "words", words)
        init(self, "cue_stems", cue_stems)
        init(self, "excepted", excepted)
        init(self, "places", places)
        init(self, "regardless", regardless)
        init(self, "learned", learned)

    def __hash__(self) -> int:
        # The hash dataclass would generate (of every field, in order), compiled: statements are hashed by the
        # hundred per document (sets and dicts of them), and the generated one is interpreted.
        return hash((self.practice, self.polarity, self.modality, self.actor, self.start, self.end, self.unit_start,
                     self.unit_end, self.cue, self.data, self.recipients, self.purposes, self.rights, self.retention,
                     self.amounts, self.conditions, self.exceptions, self.opt_out, self.opted_out, self.absolute,
                     self.defining, self.legal_term, self.embedded, self.mentions, self.objects, self.anchors,
                     self.words, self.cue_stems, self.excepted, self.places, self.regardless, self.learned))

    def __reduce__(self) -> tuple[type[Statement], tuple[object, ...]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return Statement, tuple(getattr(self, f.name) for f in fields(self))


def shifted(st: Statement, delta: int) -> Statement:
    """``st`` moved by ``delta`` characters (the reading of a repeated unit)."""
    return replace(st, start=st.start + delta, end=st.end + delta, unit_start=st.unit_start + delta,
                   unit_end=st.unit_end + delta)
