"""``policylabel scan FILE.txt``: read a policy text and report what the consistency detector finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policylabel.consistency.contradictions import analyse
from policylabel.evidence import SourceText
from policylabel.segment import sentences

SCAN_FORMAT_VERSION = 1
_QUOTE_MAX = 300  # long quotes are shortened in text output only; JSON keeps them whole


def scan(path: str | Path) -> dict[str, Any]:
    """Scan one text file. Raises ``OSError``/``UnicodeDecodeError`` for unreadable files."""
    source = SourceText.from_file(path)
    units = sentences(source)
    analysis = analyse(source, units)
    # Budgets met (long-sentence, analysis-limit) are reported as findings of their own kind.
    findings = sorted(analysis.findings + analysis.notices,
                      key=lambda f: (f.locations[0].span.start if f.locations else 0, f.kind, f.key))
    file = str(path)
    return {
        "version": SCAN_FORMAT_VERSION,
        "file": file,
        "sentences": len(units),
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
    n = len(result.get("findings", []))
    lines.append(f"{file}: {result.get('sentences', 0)} sentences, {n} finding{'s' * (n != 1)}")
    return "\n".join(lines) + "\n"
