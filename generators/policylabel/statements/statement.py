"""A statement: what one clause says of one practice, with what it is about and where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

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


_STATEMENT_FIELDS = frozenset(f.name for f in fields(Statement))


def _statement(**values: object) -> Statement:
    """A Statement from a value for every field (given in field order): what its generated ``__init__`` makes,
    without one ``object.__setattr__`` call per field (a frozen dataclass's cost). Anything else goes through
    ``__init__``."""
    if values.keys() != _STATEMENT_FIELDS:
        return Statement(**values)  # type: ignore[arg-type]
    st = object.__new__(Statement)
    st.__dict__.update(values)
    return st


def shifted(st: Statement, delta: int) -> Statement:
    """``st`` moved by ``delta`` characters (the reading of a repeated unit): what ``dataclasses.replace`` makes,
    through ``_statement``."""
    values = dict(st.__dict__)
    values.update(start=st.start + delta, end=st.end + delta, unit_start=st.unit_start + delta,
                  unit_end=st.unit_end + delta)
    return _statement(**values)
