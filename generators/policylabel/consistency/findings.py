"""What the detector reports: findings, their locations, the analysis budgets and the notices they raise.

The rules themselves live in modules named for what they compare: :mod:`statement_rules` (practices, from
the statement extractor, with :mod:`conflict`, :mod:`apart`, :mod:`money`, :mod:`harms`, :mod:`periods`,
:mod:`venues` and :mod:`ages`), :mod:`contacts`, :mod:`dates` and :mod:`sections`; :mod:`detector` runs them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from policylabel.evidence import SourceText, Span
from policylabel.segment import Sentence
from policylabel.statements import MAX_UNIT_CHARS

RULES: dict[str, str] = {
    "contradiction": "a practice of the vocabulary is denied in one place and affirmed or offered as an opt-out "
                     "in another, for related data, recipients and purposes; or two different periods or minimum "
                     "ages are given for the same thing",
    "inconsistent-contact": "one contact role is given two different e-mail addresses or phone numbers",
    "inconsistent-date": "the text gives two different 'last updated' dates or two different 'effective' dates",
    "empty-section": "a heading is followed directly by a sibling heading or by the end of the text",
    "empty-disclosure": "an announced list or table is followed by nothing, a table column is empty, or an "
                        "e-mail address was lost to obfuscation ('[email protected]')",
}


@dataclass(frozen=True)
class Location:
    """Where a finding is: ``quote`` is the original text of ``span``."""

    span: Span
    quote: str


@dataclass(frozen=True)
class DetectedFinding:
    """One problem found in the text, with every location involved in text order."""

    kind: str
    message: str
    locations: tuple[Location, ...]
    key: str



# Budgets: a safety net under the linear-time analysis, so no text can make one document's analysis
# unbounded (spec/consistency.md, Budgets). Meeting one is a notice, never a silent cut.
SENTENCE_CHARS = MAX_UNIT_CHARS  # characters of one sentence, list item or table row that statements are read from
PAIR_LIMIT = 50_000  # statement comparisons per document (the largest curated text needs a few thousand)
VALUE_LIMIT = 500  # distinct addresses, phone numbers or dates compared per contact role or date kind
NOTICES: dict[str, str] = {
    "long-sentence": f"a unit longer than {SENTENCE_CHARS:,} characters is read for statements up to that length "
                     "(a warning)",
    "analysis-limit": f"more than {PAIR_LIMIT:,} statement comparisons, or more than {VALUE_LIMIT} "
                      "distinct contacts or dates of one kind: the analysis stops there (an error)",
}


@dataclass
class Analysis:
    """What the detector found in one text, and the budgets the text met (``NOTICES`` kinds)."""

    findings: list[DetectedFinding] = field(default_factory=list)
    notices: list[DetectedFinding] = field(default_factory=list)

    def limit(self, kind: str, message: str, location: Location) -> None:
        self.notices.append(DetectedFinding(kind, message, (location,), finding_key(kind, [location])))


def unit_location(source: SourceText, unit: Sentence) -> Location:
    return Location(unit.span, source.excerpt(unit.span))


def finding_key(kind: str, locations: Iterable[Location], extra: str = "") -> str:
    """``kind:line:line...[:extra]``: stable across runs, and what curated findings are matched by."""
    lines = ":".join(str(loc.span.line) for loc in locations)
    return f"{kind}:{lines}" + (f":{extra}" if extra else "")


def finding(kind: str, message: str, locations: Iterable[Location], extra: str = "") -> DetectedFinding:
    """A finding over ``locations`` (deduplicated, in text order)."""
    locs = tuple(sorted(set(locations), key=lambda loc: (loc.span.start, loc.span.end)))
    return DetectedFinding(kind, message, locs, finding_key(kind, locs, extra))
