"""The statement extractor: the one place that reads policy language (see spec/statements.md).

Each unit of a segmented text (sentence, list item) becomes zero or more :class:`Statement` s: a practice of
the vocabulary, affirmed or denied, with its modality, actor, data, recipients, purposes, rights, amounts,
conditions and exceptions, and the exact character span of its clause. Cues come from
``schemas/vocabulary.yaml`` through :mod:`policylabel.statements.lexicon`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from policylabel.evidence import SourceText, field_values
from policylabel.segment import Sentence
from policylabel.statements.amounts import Amount, dates
from policylabel.statements.lexicon import Lexicon, lexicon
from policylabel.statements.places import places
from policylabel.statements.reader import learned_statements, link_offers, read_unit
from policylabel.statements.statement import Statement, shifted
from policylabel.statements.tokens import tokenize
from policylabel.statements.words import (
    HOME_CUES,
    LABEL_DENIALS,
    LABEL_WORDS,
    LISTED,
    LOCATED_IN,
    MONEY_MARKS,
    RELATIVES,
    ROW_CELLS,
)

__all__ = ["Amount", "Read", "Statement", "contents_entries", "document_dates", "extract", "practice_cues",
           "practices_for", "read_text"]

# A unit longer than this is read up to it only (documented in spec/statements.md).
MAX_UNIT_CHARS = 5_000


@dataclass(frozen=True)
class Read:
    """A unit and the statements read from it."""

    unit: Sentence
    statements: tuple[Statement, ...]
    offers: tuple[Statement, ...] = ()  # opt-outs a heading offers by naming them (a link's title)

    def __init__(self, unit: Sentence, statements: tuple[Statement, ...], offers: tuple[Statement, ...] = ()) -> None:
        # Written out, one per unit: compiled, a direct call (see Statement.__init__)
        init = object.__setattr__
        init(self, "unit", unit)
        init(self, "statements", statements)
        init(self, "offers", offers)

    def __reduce__(self) -> tuple[type[Read], tuple[object, ...]]:
        # Pickled by its fields, compiled or not (a compiled frozen dataclass has no __dict__ to restore).
        return Read, field_values(self)


def _read(unit: Sentence, statements: tuple[Statement, ...], offers: tuple[Statement, ...] = ()) -> Read:
    """A Read of a unit."""
    return Read(unit, statements, offers)


def practices_for(kind: str | None) -> frozenset[str] | None:
    """The practices that apply to a document kind (None: every practice)."""
    if kind is None:
        return None
    lex = lexicon()
    return frozenset(t.id for t in lex.vocab.sets["practices"].terms.values()
                     if kind in t.extra.get("applies-to", ()))


def extract(source: SourceText, units: Iterable[Sentence], kind: str | None = None, learned: bool = False) -> list[Read]:
    """Statements of every sentence and list item of a segmented text (headings state nothing); with
    ``learned``, also those the learned weights read that the rules do not (see ``learned_statements``)."""
    lex = lexicon()
    lex.reading(source.text)
    allowed = practices_for(kind)
    out: list[Read] = []
    # A text repeats itself (boilerplate, table rows): a unit already read is shifted, not read again.
    memo: dict[tuple[str, tuple[str, str] | None, bool], tuple[int, list[Statement]]] = {}

    def read(text: str, start: int, context: tuple[str, str] | None = None, item: bool = False) -> list[Statement]:
        key = (text, context, item)
        hit = memo.get(key)
        if hit is None:
            found = read_unit(text, start, lex, allowed, context, item)
            memo[key] = (start, found)
            return found
        delta = start - hit[0]
        return [shifted(st, delta) for st in hit[1]]

    heading: tuple[str, str] | None = None  # what the current heading states
    inventory = False  # the current heading names categories of data ("Categories of data")
    question = False  # the heading asks it ("Do we sell your data?")
    lead: tuple[str, str] | None = None  # what the lead-in of the current list states
    # A question asked in the text, its place in ``out``, what it reads, and the heading and flag it stands in for
    asked: tuple[int, list[Statement], tuple[str, str] | None, bool] | None = None
    units = list(units)
    contents = contents_entries(units)
    stated = False  # a unit before this one stated something: the text's introduction is over
    table: tuple[str, str] | None = None  # what the header row of the current table states of its rows
    answered_last = False  # the header's last column names that practice, its cells answering it ("No")
    in_table = False
    for at, unit in enumerate(units):
        text = unit.text[:MAX_UNIT_CHARS]
        if at in contents:
            out.append(_read(unit, ()))  # an entry of a table of contents: what it names, its section states
            continue
        if " | " not in text:
            in_table, table = False, None
        elif not in_table:
            in_table = True
            if at + 1 < len(units) and " | " in units[at + 1].text and _header_row(text):
                # "Recipient | Information shared" over rows: a header states nothing; its practice is its rows'
                found = read(text, unit.span.start)
                table = (found[0].practice, "affirmed") if found else None
                # ("Category | Examples | Collected": a last column that names the practice answers it per row)
                answered_last = table is not None and any(
                    st.practice == table[0] for st in read(text.rsplit("|", 1)[1], unit.span.start))
                out.append(_read(unit, ()))
                continue
        answer_of, asked = asked, None
        if answer_of is not None and unit.kind == "heading":
            out[answer_of[0]] = _read(out[answer_of[0]].unit, tuple(answer_of[1]))  # a question with no answer
            answer_of = None
        if unit.kind == "heading" and heading is not None and heading[0] in LISTED and _labelled(text) \
                and "," in text.partition(":")[2]:
            # "Data we process" / "Booking data: name, email address, ticket type and travel date": a row of the
            # heading's inventory, set out like a heading
            out.append(_read(unit, tuple(read(text, unit.span.start, heading, True))))
            continue
        if unit.kind == "heading" and _label_value(text):
            # "Sells your data: No", "Minimum age: 16": a label with its value, set out like a heading, states it;
            # a row, it heads nothing (what follows stays under the heading above it)
            out.append(_read(unit, tuple(read(text, unit.span.start)), tuple(link_offers(text, unit.span.start, lex))))
            continue
        if unit.kind == "heading":
            inventory = _names_inventory(lex, text)
            found = read(text, unit.span.start)
            heading = (found[0].practice, found[0].polarity) if found else None
            if _names_a_source(lex, text) or ((heading is None or heading[0] == "use" or _data_we_hold(lex, text, heading))
                                              and _names_data(lex, text)):
                # "Information from parents", "Categories of data", "Data processed", "Information we hold": what is
                # collected
                heading = ("collection", "affirmed")
            question = text.rstrip().endswith("?")
            lead = None
            out.append(_read(unit, (), tuple(link_offers(text, unit.span.start, lex))))
            continue
        if unit.kind == "sentence" and text.rstrip().endswith("?") \
                and text.split(None, 1)[0].lower() in _INTERROGATIVES:
            # "What do you collect? Your cycle dates, ...": a question about one practice at most is the heading
            # of its answer (the next unit), and states nothing itself unless the answer states nothing
            found = read(text, unit.span.start)
            if len({st.practice for st in found}) <= 1:
                if answer_of is not None:  # a question after a question: the first has no answer
                    out[answer_of[0]] = _read(out[answer_of[0]].unit, tuple(answer_of[1]))
                    heading, question = answer_of[2], answer_of[3]
                asked = (len(out), found, heading, question)
                heading, question, lead = ((found[0].practice, "affirmed") if found else None), True, None
                out.append(_read(unit, ()))
                continue
        # "To provide the service", "For billing": a purpose phrase; "To the fullest extent ..." is none
        purpose_phrase = text[:4].lower() == "for " or (
            text[:3].lower() == "to " and text[3:].split(" ", 1)[0].lower() not in _NOT_A_VERB)
        # A lead-in's items are list items whether or not they are marked as such: lines that go on after it
        # in small letters or end with ";" ("We collect: / your name and address; / your phone number.").
        # So are short fragments after it ("The following data are processed:" / "Account data: name, email.").
        listed = unit.kind == "list-item" or (lead is not None and (_continues(text) or _fragment(lex, text, allowed)
                                                                    or _labelled(text)))
        if table is not None:
            lead, listed = table, True  # a row under a header row
            if answered_last and text.rsplit("|", 1)[1].strip(" .").lower() in _NO:
                lead = (table[0], "denied")  # "Precise geolocation | GPS coordinates of your device | No"
        fragment = heading is not None and (_fragment(lex, text, allowed)
                                            or (heading[0] == "collection" and _data_phrase(lex, text, allowed)))
        context = lead if listed and lead else (
            heading if purpose_phrase or unit.kind == "list-item" or fragment else None)
        under_heading = context is not None and not (listed and lead)  # what the unit inherits is its heading's
        opening = text.split(None, 1)[0].lower().strip(".,!;:") if fragment and under_heading else ""
        if opening in _ANSWERS:  # "Do we sell your data?" / "No.": the answer states the question's practice
            context = (heading[0], "denied" if opening in _NO else "affirmed") if question and heading else None
            under_heading = False
        # A fragment under a heading is an item of it ("What we gather" / "Your mood check-ins."), and so is a
        # list item ("Fees" / "- Score report by post | free of charge").
        statements = read(text, unit.span.start, context, (listed and lead is not None) or (fragment and not listed)
                          or (unit.kind == "list-item" and under_heading))
        if not stated and at < INTRO_UNITS and unit.kind == "sentence" and (allowed is None or "scope" in allowed) \
                and not any(s.practice == "scope" for s in statements):
            # (what it says it does besides: "Skjaerlog is a phone app that ... lets anglers keep a log")
            statements = _introduction(text, unit.span.start) + statements
        stated = stated or bool(statements)
        if not listed:
            # (what the clause ending in ":" states: "Snorkelling gear is free; other extras are priced as follows:")
            last_end = max((st.end for st in statements), default=-1)
            last = next((st for st in statements if st.end == last_end), None)
            lead = (last.practice, last.polarity) if last is not None and text.rstrip().endswith(":") else None
            if (last is None or lead is None or not last.cue) and _binds_the_reader(lex, text) \
                    and (allowed is None or "acceptable-use" in allowed):
                lead = ("acceptable-use", "affirmed")  # "The Berth Holder must not:" / "- sublet the berth;"
            if lead is not None and lead[0] == "use" and (inventory or _names_inventory(lex, text)
                                                          or _following_data(lex, text)):
                # "The following categories of data are processed:": an inventory of the data collected
                lead = ("collection", lead[1])
                statements = [replace(s, practice="collection") if s.practice == "use" else s for s in statements]
        out.append(_read(unit, tuple(statements)))
        if answer_of is not None:
            if not statements:  # the answer says nothing: the question does
                out[answer_of[0]] = _read(out[answer_of[0]].unit, tuple(answer_of[1]))
            heading, question = answer_of[2], answer_of[3]
    if asked is not None:  # the text ends with a question
        out[asked[0]] = _read(out[asked[0]].unit, tuple(asked[1]))
    out = _kept_home(out)
    return with_learned(out, kind) if learned else out


_CONTENTS_ENTRIES: Final = 2  # list items naming later headings that make a table of contents
_TITLE_SLACK: Final = 8  # characters an entry may have more than its heading (spaces, a final stop)


def _title(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .:;")


def contents_entries(units: list[Sentence]) -> frozenset[int]:
    """The places of the list items that repeat a later heading word for word ("How We Share Information With
    Others" listed at the top, then heading its section): a table of contents, when it has two entries or more."""
    later: set[str] = set()
    found: list[int] = []
    longest = 0  # (a list item longer than every later heading repeats none: not read)
    for at in range(len(units) - 1, -1, -1):
        unit = units[at]
        if unit.kind == "heading":
            later.add(_title(unit.text))
            longest = max(longest, len(unit.text))
        elif unit.kind == "list-item" and len(unit.text) <= longest + _TITLE_SLACK and _title(unit.text) in later:
            found.append(at)
    return frozenset(found) if len(found) >= _CONTENTS_ENTRIES else frozenset()


def with_learned(reads: list[Read], kind: str | None, starts: frozenset[int] | None = None) -> list[Read]:
    """``reads`` with the statements the learned weights read that the rules do not, in each sentence and list
    item (only those starting at ``starts``, when given)."""
    lex = lexicon()
    allowed = practices_for(kind)
    out: list[Read] = []
    heading: list[str] = []  # the lemmas of the heading the unit stands under
    for read in reads:
        unit = read.unit
        if unit.kind == "heading":
            heading = lex.front(unit.text[:MAX_UNIT_CHARS])[1]
        if unit.kind == "heading" or (starts is not None and unit.span.start not in starts):
            out.append(read)
            continue
        more = learned_statements(unit.text[:MAX_UNIT_CHARS], unit.span.start, lex, kind, allowed,
                                  list(read.statements), heading)
        out.append(_read(unit, read.statements + tuple(more), read.offers) if more else read)
    return out


INTRO_UNITS: Final = 6  # the units a text's introduction may take: title, date, a heading or two, the first sentences
_INTRODUCING: Final = ("is a", "is an", "are a", "is the", "lets", "helps", "runs", "rents", "repairs", "provides",
                       "offers", "operates", "sells", "sends", "prints", "publishes", "makes", "delivers", "organises",
                       "organizes", "hosts")


def _introduction(text: str, start: int) -> list[Statement]:
    """The text's first sentence saying what its product is ("Fernleaf is an app that reminds you to water ...",
    "Tidemark is a tide-table app from ..."): what the text covers, `scope` affirmed. A name opens it and a verb of
    being follows within a few words."""
    words = text.split()
    if len(words) < 4 or not words[0][:1].isupper() or text.rstrip().endswith("?"):
        return []
    head = " ".join(words[:_INTRO_REACH]).lower()
    cue = next((c for c in _INTRODUCING if f" {c} " in f" {head} "), None)
    if cue is None or head.split()[0] in _NOT_A_NAME:
        return []
    end = start + len(text.rstrip())
    return [Statement("scope", "affirmed", "does", "first-party", start, end, start, end, cue, words=len(words))]


_INTRO_REACH: Final = 6  # words from the name to its verb of being
_NOT_A_NAME: Final = frozenset({"we", "you", "it", "this", "these", "there", "if", "when", "our", "your", "all", "any"})


def _kept_home(reads: list[Read]) -> list[Read]:
    """People or sites located where the text keeps its data ("Your data stays in the UK" / "our office in
    London"; "kept in Canada and not sent abroad" / "a vendor in Ontario"): no transfer."""
    kept = {p for r in reads for s in r.statements if s.practice == "international-transfer"
            and s.polarity == "denied" and (s.cue in HOME_CUES or (s.cue != LOCATED_IN and not s.exceptions))
            for p in s.places}
    if not kept:
        return reads
    home = places()
    return [r if not any(s.cue == LOCATED_IN and home.within(s.places, kept) for s in r.statements)
            else _read(r.unit, tuple(s for s in r.statements if not (s.cue == LOCATED_IN and home.within(s.places, kept))),
                       r.offers)
            for r in reads]


# A unit this short with no practice cue of its own is a fragment ("Your name. Your age."): what it names
# is what its heading states.
FRAGMENT_WORDS: Final = 12
# How an answer to a heading's question opens ("No.", "Never.", "Not at all.", "Yes, ...").
_NO: Final = frozenset({"no", "never", "not"})
_NOT_A_VERB: Final = frozenset({"the", "a", "an", "our", "your", "any", "all", "this", "these", "its", "their", "my"})
_ANSWERS: Final = _NO | {"yes"}
ITEM_LABEL_WORDS: Final = 4  # words of a label opening a list item ("Guest details: ..."); the reader allows 5 before a colon
FRAGMENT_DATA: Final = 3  # data named in a longer unit that makes it a list of data all the same


_INVENTORY: Final = frozenset({"category", "categories", "type", "types", "kind", "kinds"})


# How a question opens ("What do you collect?", "Is my data sold?"); not "Questions?"
_INTERROGATIVES: Final = frozenset({"what", "who", "whom", "whose", "which", "how", "why", "when", "where", "do", "does",
                                    "did", "is", "are", "was", "can", "could", "will", "would", "may", "should", "have",
                                    "has"})


_IRREGULAR_PARTICIPLES: Final = frozenset({"kept", "sold", "held", "sent", "given", "shown", "taken", "made"})


def _label_value(text: str) -> bool:
    """A short label and its value, a yes or no or a number ("Sells your data: No", "Minimum age: 16"), a
    participle ("Medical notes: deleted at the end of each term"), or a value with a number in it ("Adult
    single: NZ$18.50", "Chat logs: kept for 24 months")."""
    label, colon, value = text.partition(": ")
    if not colon:  # a row of a table: "Score report by post | free of charge", "Credits | expire after 90 days"
        label, colon, value = text.rpartition(" | ")
        if not colon or text.count(" | ") >= ROW_CELLS:
            return False
    if not value.strip():
        return False
    size = len(label.split())
    first = value.split(None, 1)[0].lower().strip(".,;!")
    # (a number makes a longer label a row of a table: "Annual rent for a full plot: £48")
    # (or a participle saying what is done: "Medical notes: deleted at the end of each term")
    # (a yes or no answers a longer label too: "Data sent outside the European Union: none")
    return (size <= LABEL_WORDS + 3 and len(value.split()) == 1 and (first in _ANSWERS or first in LABEL_DENIALS)) \
        or (size <= LABEL_WORDS and (first in _ANSWERS or first in LABEL_DENIALS
                                     or (colon == ": " and ((len(first) > 4 and first.endswith("ed"))
                                                            or first in _IRREGULAR_PARTICIPLES)))) \
        or (size <= LABEL_WORDS + 3 and any(c.isdigit() for c in value)) \
        or (colon == ": " and size <= LABEL_WORDS and first in _CLAUSE_OPENERS and len(value.split()) >= _CLAUSE_WORDS)


# A label's value that is a clause of its own ("Do Not Track: the website honours these signals by ..."): it
# opens with its subject and runs longer than a heading's second half.
_CLAUSE_OPENERS: Final = frozenset({"we", "the", "our", "you", "your", "it", "they", "this", "these"})
_CLAUSE_WORDS: Final = 6


def _following_data(lex: Lexicon, text: str) -> bool:
    """A lead-in introducing data as such: "The following personal data is processed ...:" (not "for the
    following purposes")."""
    _toks, lemmas, hits, _amounts = lex.front(text)
    return any(lemmas[h.first - 1] == "following" or (h.first > 1 and lemmas[h.first - 2] == "following"
                                                       and lemmas[h.first - 1] in _DATA_HEADS)
               for h in hits if h.set == "data-categories" and h.first > 0) \
        or any(lemmas[i] == "following" and lemmas[i + 1] in _DATA_HEADS for i in range(len(lemmas) - 1))


def _header_row(text: str) -> bool:
    """The first row of a table names its columns ("Recipient | Information shared", "Data | Source | Purpose"):
    short cells, no number, no price and no value denying anything ("Stair carry | no charge" is a row)."""
    cells = [c.strip() for c in text.split(" | ")]
    return len(cells) <= ROW_CELLS and all(c and len(c.split()) <= 5 for c in cells) \
        and not any(ch.isdigit() or ch in MONEY_MARKS for ch in text) \
        and not any(c.split(None, 1)[0].lower().strip(".,;:") in LABEL_DENIALS for c in cells[1:])


def _names_inventory(lex: Lexicon, text: str) -> bool:
    """The text names categories, types or kinds of something: a list of data it introduces is an inventory."""
    return not _INVENTORY.isdisjoint(lex.front(text)[1])


_DATA_HEADS: Final = frozenset({"information", "data", "details", "personal"})
_RULE_ENDS: Final = (("must", "not"), ("may", "not"), ("shall", "not"), ("will", "not"), ("not", "to"), ("must",),
                     ("shall",), ("agree", "to"))  # how a lead-in to rules for the reader ends, before its ":"


def _binds_the_reader(lex: Lexicon, text: str) -> bool:
    """A lead-in to rules ("The Berth Holder must not:", "You agree not to:", "Landlords must:")."""
    lemmas = lex.front(text)[1]
    if len(lemmas) < 2 or lemmas[-1] != ":":
        return False
    return any(tuple(lemmas[-1 - len(end):-1]) == end for end in _RULE_ENDS)


def _names_a_source(lex: Lexicon, text: str) -> bool:
    """A heading naming data and whom it comes from or is about ("Information from children", "Data about
    you")."""
    lemmas = lex.front(text)[1]
    return bool(lemmas) and lemmas[0] in _DATA_HEADS and any(w in ("from", "about") for w in lemmas[1:4])


def _data_we_hold(lex: Lexicon, text: str, heading: tuple[str, str]) -> bool:
    """A heading naming the data the first party holds, keeps or has ("Information we hold", "Personal data we
    keep"), with no time: the list under it says what is collected, not how long it is kept."""
    _toks, lemmas, _hits, amounts = lex.front(text)
    return heading[0] == "retention" and "we" in lemmas[1:4] and not amounts \
        and not _HOLDING_WORDS.isdisjoint(lemmas[2:5])


_HOLDING_WORDS: Final = frozenset({"hold", "keep", "have", "store"})


def _names_data(lex: Lexicon, text: str) -> bool:
    """A heading that is about data as such: it opens with a word for data ("Data processed", "Personal data")
    or names categories of it ("Categories of data")."""
    lemmas = lex.front(text)[1]
    words = [w for w in lemmas if w.isalpha()]
    return bool(words) and (words[0] in _DATA_HEADS or (
        not _INVENTORY.isdisjoint(words) and not _DATA_HEADS.isdisjoint(words)))


def _labelled(text: str) -> bool:
    """A line opening with a short label ("Guest details: the name and ..."), not a lead-in itself."""
    head, colon, rest = text.partition(":")
    return bool(colon) and bool(rest.strip()) and len(head.split()) <= ITEM_LABEL_WORDS and not text.rstrip().endswith(":")


def _continues(text: str) -> bool:
    """A line that goes on a list: it starts in small letters or ends with ";"."""
    stripped = text.strip()
    return bool(stripped) and (stripped[0].islower() or stripped.endswith(";"))


_CASE_OPENERS: Final = frozenset({"if", "when", "where", "unless", "should"})
_LINKING: Final = frozenset({"click", "tap"})


def _fragment(lex: Lexicon, text: str, allowed: frozenset[str] | None = None) -> bool:
    """A short unit, or a list of data ("Your profile: first name, age, gender, photos ..."), that cues no
    practice, no right and no age: it takes its heading's practice."""
    toks, lemmas, hits, unit_amounts = lex.front(text)
    label = lemmas.index(":") if ":" in lemmas[:ITEM_LABEL_WORDS + 1] else -1
    if label >= 0 and lemmas[label + 1:label + 2] and lemmas[label + 1] in LABEL_DENIALS:
        label = -1  # "Administration fee: none." denies what its label names
    # A practice word in a label names a topic ("Server logs: 7 days."), one the reader does names data
    # ("Messages you send to your matches."), and one the document kind has not is no practice here.
    # (a labelled list of any length: "Booking details: the address, the date and time, and the treatment")
    # Contact details state no practice of their heading ("Customer services: help@... or 0161 496 0000").
    fragment = (sum(1 for t in toks if t.word) <= FRAGMENT_WORDS or label >= 0
                or sum(1 for h in hits if h.set == "data-categories") >= FRAGMENT_DATA) \
        and not any(h.set == "rights" or (h.set == "practices" and h.last >= label
                                          and (allowed is None or h.term in allowed)
                                          and not (h.first and lemmas[h.first - 1] == "you"))
                    for h in hits) and not any(a.kind == "age" for a in unit_amounts) \
        and "@" not in text and "http" not in text and sum(len(t.norm) for t in toks if t.norm.isdigit()) < 7
    if not fragment or label >= 0 or not lemmas:
        return fragment
    # (a sentence that opens with a case or sends the reader to a link is no fragment, "If located in the European
    # Union click here.", nor is a heading of its own in title case, "End Users.", "Other Privacy Rights
    # Information.")
    if lemmas[0] in _CASE_OPENERS or not _LINKING.isdisjoint(lemmas):
        return False
    words = [t for t in toks if t.word and text[t.start:t.start + 1].isalpha()]
    return len(words) < 2 or not all(text[t.start].isupper() for t in words)



def _data_phrase(lex: Lexicon, text: str, allowed: frozenset[str] | None) -> bool:
    """A unit that names data and says no more of it than a relative clause or a participle after it ("Your
    approximate location, which we use to show people nearby", "Location data: your device's position, used for
    the live map"): a noun phrase, no sentence, which under a heading on collection names data collected."""
    _toks, lemmas, hits, unit_amounts = lex.front(text)
    if "@" in text or any(a.kind == "age" for a in unit_amounts) or any(h.set == "rights" for h in hits):
        return False
    start = lemmas.index(":") + 1 if ":" in lemmas[:ITEM_LABEL_WORDS + 1] else 0
    data = next((h for h in hits if h.set == "data-categories" and h.first >= start), None)
    if data is None or data.first > start + _DATA_OPENING:
        return False
    cues = [h for h in hits if h.set == "practices" and (allowed is None or h.term in allowed)]
    if not cues or cues[0].first <= data.last:
        return False
    at = cues[0].first
    return lemmas[at - 1] == "," or any(lemmas[k] in RELATIVES or lemmas[k] == "that" for k in range(data.last + 1, at))


_DATA_OPENING: Final = 3  # words before the data a noun phrase opens with ("your device's precise position")


def practice_cues(source: SourceText, units: Iterable[Sentence]) -> list[str]:
    """The practice of every practice cue in the text's sentences and list items (headings excluded), before
    any reading: what a text is mostly about. The unit's tokens and cues are remembered for its reading."""
    lex = lexicon()
    lex.reading(source.text)
    return [h.term for u in units if u.kind != "heading" for h in lex.front(u.text[:MAX_UNIT_CHARS])[2]
            if h.set == "practices"]


def read_text(text: str, kind: str | None = None, learned: bool = False) -> list[Statement]:
    """Statements of a plain text (segmented first), by default the rules' alone; for tests and quick looks."""
    from policylabel.segment import sentences

    source = SourceText(text, "<text>")
    return [s for r in extract(source, sentences(source), kind, learned) for s in r.statements]


_DATE_LABELS: Final = (("last-updated", ("updated", "revised", "modified", "amended", "last")),
                       ("effective", ("effective",)), ("issued", ("issued", "published", "dated")))


def document_dates(units: Iterable[Sentence]) -> dict[str, date]:
    """Dates the text states about itself: the first "last updated", "effective" and "issued" date."""
    found: dict[str, date] = {}
    all_labels = tuple(w for _, ws in _DATE_LABELS for w in ws)
    for unit in units:
        head = unit.text[:300]
        if not any(w in head.lower() for w in all_labels):
            continue  # a cheap test first: most units name no date
        toks = tokenize(head)
        words = {t.norm for t in toks[:8]}
        for d, first, _last in dates(toks):
            before = {t.norm for t in toks[max(0, first - 6):first]} | (words if first < 8 else set())
            for key, labels in _DATE_LABELS:
                if key not in found and before & set(labels):
                    found[key] = d
                    break
    return found
