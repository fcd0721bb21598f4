"""A statement: what one clause says of one practice, with what it is about and where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from policylabel.statements.amounts import Amount


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

    def __reduce__(self) -> tuple[type[Statement], tuple[object, ...]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return Statement, tuple(getattr(self, f.name) for f in fields(self))


def shifted(st: Statement, delta: int) -> Statement:
    """``st`` moved by ``delta`` characters (the reading of a repeated unit)."""
    return replace(st, start=st.start + delta, end=st.end + delta, unit_start=st.unit_start + delta,
                   unit_end=st.unit_end + delta)
