"""``policylabel scan FILE.txt``: read a policy text and report what the consistency detector finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policylabel.consistency.detector import analyse
from policylabel.evidence import SourceText
from policylabel.segment import sentences
from policylabel.statements import Read, extract

SCAN_FORMAT_VERSION = 1
_QUOTE_MAX = 300  # long quotes are shortened in text output only; JSON keeps them whole


def scan(path: str | Path) -> dict[str, Any]:
    """Scan one text file. Raises ``OSError``/``UnicodeDecodeError`` for unreadable files."""
    from policylabel.draft import guess_kind, kind_from_name
    from policylabel.vocabulary import load_vocabulary

    source = SourceText.from_file(path)
    units = sentences(source)
    kind = kind_from_name(Path(path)) or guess_kind(Path(path), source, units, load_vocabulary())
    reads = extract(source, units, kind, learned=True)  # read once: the rules and the statement listing share it
    analysis = analyse(source, units, kind, reads)
    # Budgets met (long-sentence, analysis-limit) are reported as findings of their own kind.
    findings = sorted(analysis.findings + analysis.notices,
                      key=lambda f: (f.locations[0].span.start if f.locations else 0, f.kind, f.key))
    file = str(path)
    return {
        "version": SCAN_FORMAT_VERSION,
        "file": file,
        "sentences": len(units),
        "kind": kind,
        "statements": _statements(source, reads),
        "findings": [
            {
                "kind": f.kind,
                "message": f.message,
                "locations": [
                    {"file": file, "line": loc.span.line, "column": loc.span.column, "quote": loc.quote}
                    for loc in f.locations
                ],
            }
            for f in findings
        ],
    }


def _statements(source: SourceText, reads: list[Read]) -> list[dict[str, Any]]:
    """What the statement extractor read, per clause: practice, polarity and the rest (see spec/statements.md)."""
    out: list[dict[str, Any]] = []
    for read in reads:
        for st in read.statements:
            span = source.span(st.start, st.end)
            out.append({
                "line": span.line, "column": span.column, "practice": st.practice, "polarity": st.polarity,
                "modality": st.modality, "actor": st.actor, "data": list(st.data), "recipients": list(st.recipients),
                "purposes": list(st.purposes), "conditions": list(st.conditions), "exceptions": list(st.exceptions),
                "opt-out": st.opt_out, "learned": st.learned, "quote": source.text[st.start:st.end],
            })
    return out


def _statement_line(file: str, st: dict[str, Any]) -> str:
    qualifiers = [st["modality"]] if st.get("modality") not in (None, "does") else []
    if st.get("actor") not in (None, "first-party"):
        qualifiers.append(f"by {'you' if st['actor'] == 'user' else 'another party'}")
    if st.get("conditions"):
        qualifiers.append("conditional")
    if st.get("exceptions"):
        qualifiers.append("with exceptions")
    if st.get("learned"):
        qualifiers.append("learned")  # read by the word weights, not by the rules
    extra = f" ({', '.join(qualifiers)})" if qualifiers else ""
    return f"{file}:{st['line']}:{st['column']}: statement: {st['practice']} {st['polarity']}{extra}: " \
           f"\"{_shorten(st['quote'])}\""


def _shorten(quote: str) -> str:
    one_line = " ".join(quote.split())
    return one_line if len(one_line) <= _QUOTE_MAX else one_line[: _QUOTE_MAX - 3] + "..."


def format_scan_text(result: dict[str, Any]) -> str:
    """``file:line:col: kind: message``, then each location with its quote, then a summary line."""
    lines: list[str] = []
    file = result.get("file", "")
    for f in result.get("findings", []):
        locs = f.get("locations", [])
        first = locs[0] if locs else {"line": 0, "column": 0}
        lines.append(f"{file}:{first['line']}:{first['column']}: {f['kind']}: {f['message']}")
        for loc in locs:
            lines.append(f"  {loc.get('file', file)}:{loc['line']}:{loc['column']}: \"{_shorten(loc['quote'])}\"")
    lines += [_statement_line(file, st) for st in result.get("statements", [])]
    n = len(result.get("findings", []))
    lines.append(f"{file}: {result.get('sentences', 0)} sentences, {n} finding{'s' * (n != 1)}")
    return "\n".join(lines) + "\n"
