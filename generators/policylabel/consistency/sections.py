"""The text's structure: a heading with nothing under it (``empty-section``), an announced list or table followed
by nothing or a table column left empty (``empty-disclosure``)."""

from __future__ import annotations

from policylabel import textpattern as tp
from policylabel.consistency.findings import DetectedFinding, Location, finding, unit_location
from policylabel.evidence import SourceText, normalise
from policylabel.segment import Sentence, lines

Pattern = tp.Pattern
Match = tp.Match

_ANNOUNCE = tp.compile(r"\b(?:as follows|(?:in )?the (?:following )?(?:table|chart|list) below|below is a (?:table|list)|"
                       r"the following (?:table|list|chart))\b")
_TOC = tp.compile(r"^(?:table of )?contents$|^in this (?:policy|notice|statement)$|^quick links$", ignore_case=True)
_MD_HEADING = tp.compile(r"^(#{1,6})\s")


def _announce_words(low: str) -> bool:
    """Whether a lower-cased text holds one of the words every phrase of _ANNOUNCE holds."""
    return "follows" in low or "table" in low or "list" in low or "chart" in low


def _announces(low: str) -> bool:
    """A lower-cased unit announces a table or list in so many words (every phrase of _ANNOUNCE holds one of
    the words tested first, so most units are not searched)."""
    return _announce_words(low) and bool(_ANNOUNCE.search(low))


def _line_end(text: str, offset: int) -> int:
    nl = text.find("\n", offset)
    return len(text) if nl < 0 else nl


_NUMBERED = tp.compile(r"^(?:section |article |part )?(\d+(?:\.\d+)*)\.?\)?\s+\S", ignore_case=True)
# Sections that a policy never divides into subsections of another of these topics.
_TERMINAL_TOPICS: list[tuple[str, Pattern]] = [(name, tp.compile(rx)) for name, rx in [
    ("retention", r"^(?:(?:our |personal )?(?:data|information) )?retention(?: of (?:your )?(?:personal )?(?:data|information))?$|"
                  r"^how long (?:we|do we) (?:keep|retain|store)"),
    ("security", r"^(?:(?:data|information) )?security(?: of (?:your )?(?:personal )?(?:data|information))?$|"
                 r"^how (?:we|do we) (?:protect|secure|safeguard)"),
    ("children", r"^(?:our policy (?:on|regarding) )?childrens? (?:privacy|data|information)$|^children$|^minors$"),
    ("changes", r"^(?:changes|updates|amendments) to (?:this|our|the) (?:privacy )?(?:policy|notice|statement)$"),
    ("contact", r"^(?:how to )?contact(?:ing)? us$|^contact (?:information|details)$|^questions$"),
    ("transfers", r"^international (?:data )?transfers?(?: of (?:personal )?(?:data|information))?$"),
]]


# Topics a policy's top level has, which are never subsections of a section on one of the topics above.
_TOP_TOPIC = tp.compile(r"^(?:your (?:\w+ )?(?:rights|choices)|(?:the )?(?:personal )?(?:information|data) we (?:collect|hold)|"
                        r"what (?:personal )?(?:information|data) (?:we|do we) collect|how (?:we|do we) (?:use|share|collect|"
                        r"disclose)|who we share|(?:sharing|disclosure|use) of (?:your )?(?:personal )?(?:information|data)|"
                        r"cookies(?: and (?:similar|other) (?:tracking )?technologies)?$)")


_SECTION_NUMBER = tp.compile(r"^\W*(?:section |article |part )?\d+(?:\.\d+)*\.?\)?\s*")
_HEADING_NUMBER = tp.compile(r"^\W*\d+(?:\.\d+)*\.?\)?\s*")
_FOLLOWING = tp.compile(r"\bthe following\b")
_TABLE_RULE = tp.compile(r":?-*:?")


def _topic(text: str) -> str | None:
    key = _heading_key(_SECTION_NUMBER.sub("", normalise(text)))
    return next((name for name, rx in _TERMINAL_TOPICS if rx.search(key)), None)


def _plain_siblings(first: str, second: str, topics: dict[str, str | None] | None = None) -> str | None:
    """Why two consecutive unmarked headings are siblings (not parent and child), or None. ``topics``: the
    :func:`_topic` of headings already read in this text (each heading is compared with both neighbours)."""
    a, b = _NUMBERED.match(normalise(first).strip()), _NUMBERED.match(normalise(second).strip())
    if a and b:
        x, y = a.group(1).split("."), b.group(1).split(".")
        if len(x) == len(y) and x[:-1] == y[:-1] and int(y[-1]) == int(x[-1]) + 1:
            return "the next numbered heading"
        return None
    if a or b:
        return None
    if first.rstrip().endswith("?") and second.rstrip().endswith("?"):
        return "the next question"
    t1, t2 = _topic_of(first, topics), _topic_of(second, topics)
    if t1 and t2 and t1 != t2:
        return "the heading of another top-level topic"
    if t1 and _TOP_TOPIC.search(_heading_key(_HEADING_NUMBER.sub("", normalise(second)))):
        return "the heading of another top-level topic"
    return None


def _topic_of(text: str, topics: dict[str, str | None] | None) -> str | None:
    if topics is None:
        return _topic(text)
    if text not in topics:
        topics[text] = _topic(text)
    return topics[text]


def _sibling_or_higher(current: str, following: str) -> bool:
    """Whether heading ``following`` closes the section of heading ``current`` (same or higher level)."""
    a, b = _MD_HEADING.match(current), _MD_HEADING.match(following)
    if a and b:
        return len(b.group(1)) <= len(a.group(1))
    x, y = _NUMBERED.match(normalise(current).strip()), _NUMBERED.match(normalise(following).strip())
    if x and y:
        return len(y.group(1).split(".")) <= len(x.group(1).split(".")) and not y.group(1).startswith(x.group(1) + ".")
    return False


def _toc_order(toc: dict[str, int], first: str, second: str) -> bool:
    """Both headings are entries of the table of contents, ``second`` listed after ``first``."""
    k1, k2 = _heading_key(first), _heading_key(second)
    return k1 in toc and k2 in toc and toc[k2] > toc[k1]


def _heading_key(text: str) -> str:
    return "".join(c for c in normalise(text).lower() if c.isalnum() or c in "_ ").strip()


def empty_sections(source: SourceText, units: list[Sentence]) -> list[DetectedFinding]:
    findings: list[DetectedFinding] = []
    text = source.text
    # Table-of-contents entries, in order, from a list/heading run after a "Contents" heading.
    toc: dict[str, int] = {}
    for i, u in enumerate(units):
        if u.kind == "heading" and _TOC.match(normalise(u.text)):
            j = i + 1
            while j < len(units) and units[j].kind in ("list-item", "heading"):
                toc.setdefault(_heading_key(units[j].text), len(toc))
                j += 1
            toc_end = units[j - 1].span.end if j > i + 1 else u.span.end
            break
    else:
        toc_end = -1
    section: Sentence | None = None  # the heading of the section being read
    topics: dict[str, str | None] = {}
    for i, u in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        prev = units[i - 1] if i > 0 else None
        if u.kind == "heading":
            md = _MD_HEADING.match(u.text)
            before, section = section, u
            if nxt is None:
                # Scraped pages end in badges and footers, so only a marked-up heading, or the next of a
                # run of numbered headings, counts here.
                numbered_next = (before is not None and not md
                                 and _plain_siblings(before.text, u.text, topics) == "the next numbered heading")
                if (md or numbered_next) and prev is not None and prev.kind != "heading":
                    findings.append(finding("empty-section", f"the heading {u.text.strip()!r} ends the text with nothing under it",
                                             [unit_location(source, u)]))
                continue
            if nxt.kind != "heading":
                continue
            md_next = _MD_HEADING.match(nxt.text)
            if md and md_next and len(md.group(1)) >= len(md_next.group(1)):
                findings.append(finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by the heading {nxt.text.strip()!r}", [unit_location(source, u), unit_location(source, nxt)]))
                continue
            after = units[i + 2] if i + 2 < len(units) else None
            why = _plain_siblings(u.text, nxt.text, topics)
            if (why and not md and not md_next and u.span.start > toc_end and prev is not None and prev.kind != "heading"
                    and after is not None and after.kind != "heading"):
                findings.append(finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by {why} {nxt.text.strip()!r}", [unit_location(source, u), unit_location(source, nxt)]))
                continue
            if (u.span.start > toc_end >= 0 and _toc_order(toc, u.text, nxt.text)
                    and prev is not None and prev.kind != "heading" and (after is None or after.kind != "heading")):
                findings.append(finding("empty-section", f"the section {u.text.strip()!r} is empty: it is followed "
                                         f"directly by the next section {nxt.text.strip()!r} of the table of contents",
                                         [unit_location(source, u), unit_location(source, nxt)]))
            continue
        if u.text.isascii() and not u.text.rstrip().endswith(":") and not _announce_words(u.text.lower()):
            # What follows is then skipped: normalising ASCII only collapses whitespace, which neither makes
            # nor hides one of the words _announces looks for first, nor a final ":" (most units).
            continue
        low = normalise(u.text).lower()
        explicit = _announces(low)
        if not (explicit or low.endswith(":")) or "|" in u.text:
            continue
        if text[u.span.end:_line_end(text, u.span.end)].strip():
            continue  # the list continues on the same line
        # A bare "...:" before a heading often introduces subsections, so it only counts at the end
        # of the text; an announced table or list cannot be a heading.
        if (not explicit and nxt is not None and nxt.kind == "heading" and section is not None
                and _FOLLOWING.search(low) and _sibling_or_higher(section.text, nxt.text)):
            explicit = True  # "...the following providers:" and then the next section: not its subsections
        if nxt is None or (explicit and nxt.kind == "heading"):
            what = "nothing" if nxt is None else f"the heading {nxt.text.strip()!r}"
            locs = [unit_location(source, u)] + ([unit_location(source, nxt)] if nxt is not None else [])
            findings.append(finding("empty-disclosure", f"a list or table is announced but is followed by {what}", locs))
    findings.extend(_empty_table_columns(source))
    return findings


def _empty_table_columns(source: SourceText) -> list[DetectedFinding]:
    """Flattened tables ("a | b |" lines) where a named column has no value in any row."""
    findings: list[DetectedFinding] = []
    if "|" not in source.text:
        return findings  # no table (most texts)
    rows: list[tuple[int, str]] = []  # (offset, line)
    # The non-empty line just before a table, if it announces it ("...:"), is part of the finding.
    announcer: dict[int, Location] = {}
    previous: tuple[int, str] | None = None
    for at, line in lines(source.text):
        if "|" in line:
            if not rows and previous is not None and previous[1].rstrip().endswith(":"):
                a, b = previous[0], previous[0] + len(previous[1].rstrip())
                sp = source.span(a, b)
                announcer[at] = Location(sp, source.excerpt(sp))
            rows.append((at, line))
        elif line.strip():
            _table_findings(source, rows, announcer, findings)
            rows = []
            previous = (at, line)
    _table_findings(source, rows, announcer, findings)
    return findings


def _table_findings(source: SourceText, rows: list[tuple[int, str]], announcer: dict[int, Location],
                    findings: list[DetectedFinding]) -> None:
    """The empty named columns of one table (its ``rows``), added to ``findings``. A module function, not a
    closure: compiled, a nested function and its closure refer to each other (a cycle)."""
    if len(rows) < 3:
        return
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for _, line in rows]
    header_idx = next((k for k, c in enumerate(cells) if sum(1 for x in c if x) >= 2), None)
    if header_idx is None:
        return
    header = cells[header_idx]
    data = [c for c in cells[header_idx + 1:] if not all(_TABLE_RULE.fullmatch(x) for x in c)]
    if sum(1 for c in data if any(c)) < 2:
        return
    for col, name in enumerate(header):
        if name and all(col >= len(c) or not c[col] for c in data):
            at, hdr = rows[header_idx]
            span = source.span(at, at + len(hdr))
            locs = [Location(span, source.excerpt(span))]
            intro = announcer.get(rows[0][0])
            if intro is not None:
                locs.insert(0, intro)
            findings.append(finding("empty-disclosure", f"the table column {name!r} is empty in every row",
                                     locs, f"column{col}"))
