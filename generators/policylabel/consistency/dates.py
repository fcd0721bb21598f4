"""Dates the text gives itself: two different "last updated" or two different "effective" dates
(``inconsistent-date``). Patterns run on RE2, a bounded window after each date cue."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from policylabel import textpattern as tp
from policylabel.consistency.findings import VALUE_LIMIT, Analysis, DetectedFinding, Location, finding
from policylabel.evidence import SourceText
from policylabel.segment import Sentence

_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                               "nov", "dec"])}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_FORMS = [
    tp.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
    tp.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})\b"),
    tp.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    tp.compile(r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b"),
    tp.compile(_MONTH + r",?\s+(?P<y>\d{4})\b"),
]
_DATE_CUE = tp.compile(r"\b(?:(?:last )?(?P<upd>updated|modified|revised|amended|changed)|"
                       r"(?P<eff>effective)(?: date)?|(?P<eff2>in effect) (?:as of|from|since)|"
                       r"(?P<eff3>(?:takes|took|take|comes|came|come) (?:into )?effect)(?: on| from| as of)?)\b")
# Every cue holds one of these words: a unit with none of them (most) is not searched.
_CUE_WORDS = ("updated", "modified", "revised", "amended", "changed", "effect")
_CLAUSE_END = tp.compile(r"[.;]\s")
_DATE_SKIP = tp.compile(r"\b(?:previous|prior|earlier|archived?|former|until|superseded|old)\b")

Reading = tuple[int, int, int | None]


def _parse_date(text: str) -> tuple[frozenset[Reading], int, int] | None:
    """Possible (year, month, day) readings of the first date in ``text``, with its offsets."""
    best: tuple[frozenset[Reading], int, int] | None = None
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m or (best is not None and m.start() >= best[1]):
            continue
        g: dict[str, Any] = m.groupdict()
        y = int(g["y"])
        if y < 100:
            y += 2000
        readings: set[Reading] = set()
        if g.get("mon"):
            readings.add((y, _MONTHS[g["mon"][:3]], int(g["d"]) if g.get("d") else None))
        elif g.get("m"):
            readings.add((y, int(g["m"]), int(g["d"])))
        else:
            a, b = int(g["a"]), int(g["b"])
            if a <= 12:
                readings.add((y, a, b))  # month first (US)
            if b <= 12:
                readings.add((y, b, a))  # day first
        readings = {r for r in readings if 1 <= r[1] <= 12 and (r[2] is None or 1 <= r[2] <= 31)}
        if readings:
            best = (frozenset(readings), m.start(), m.end())
    return best


def _same_date(a: frozenset[Reading], b: frozenset[Reading]) -> bool:
    for x in a:
        for y in b:
            if x[:2] == y[:2] and (x[2] is None or y[2] is None or x[2] == y[2]):
                return True
    return False


def dates(source: SourceText, units: list[Sentence], analysis: Analysis) -> list[DetectedFinding]:
    found: dict[str, list[tuple[frozenset[Reading], Location, str]]] = defaultdict(list)
    for u in units:
        low = u.text.lower()
        if not any(map(low.__contains__, _CUE_WORDS)):
            continue
        for m in _DATE_CUE.finditer(low):
            tail = low[m.end(): m.end() + 40]
            parsed = _parse_date(tail)
            if parsed is None:
                continue
            readings, a, b = parsed
            # The date must follow its cue closely ("Last updated: 1 May 2024"), not a later clause.
            if _CLAUSE_END.search(tail[:a]) or len(tail[:a].split()) > 3:
                continue
            if _DATE_SKIP.search(low[: m.end() + b]):
                break  # a previous version's date ("Prior version effective ..."); what follows it is not dated

            kind = "updated" if m.group("upd") else "effective"
            start = u.span.start + m.start()
            end = u.span.start + m.end() + b
            span = source.span(start, end)
            found[kind].append((readings, Location(span, source.excerpt(span)), u.text[m.end() + a: m.end() + b]))
            break
    findings = []
    for kind, items in sorted(found.items()):
        groups: list[list[tuple[frozenset[Reading], Location, str]]] = []
        for item in items:
            for g in groups:
                if _same_date(g[0][0], item[0]):
                    g.append(item)
                    break
            else:
                if len(groups) == VALUE_LIMIT:  # each date is compared with each group's: bounded
                    analysis.limit("analysis-limit", f"more than {VALUE_LIMIT} different {kind} dates: the rest "
                                   "are not compared", item[1])
                    break
                groups.append([item])
        if len(groups) < 2:
            continue
        values = [g[0][2] for g in groups]
        label = "last updated" if kind == "updated" else "effective"
        msg = f"the text gives different {label} dates: {', '.join(repr(v) for v in values)}"
        findings.append(finding("inconsistent-date", msg, [loc for g in groups for _, loc, _ in g], kind))
    return findings
