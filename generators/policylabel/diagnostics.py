"""Diagnostics: every problem found is a value with a location; formatters render them at the edge."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Related:
    """A second location that explains a diagnostic (the other side of a contradiction, say)."""

    file: str
    line: int
    column: int
    message: str = ""


@dataclass(frozen=True)
class Diagnostic:
    """One problem. ``line`` and ``column`` are 1-based; 0 means the whole file."""

    severity: Severity
    code: str
    message: str
    file: str
    line: int = 0
    column: int = 0
    pointer: str = ""
    hint: str = ""
    related: tuple[Related, ...] = field(default_factory=tuple)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.code, self.message)


def error(code: str, message: str, file: str | Path, line: int = 0, column: int = 0,
          pointer: str = "", hint: str = "", related: Sequence[Related] = ()) -> Diagnostic:
    return Diagnostic(Severity.ERROR, code, message, str(file), line, column, pointer, hint, tuple(related))


def warning(code: str, message: str, file: str | Path, line: int = 0, column: int = 0,
            pointer: str = "", hint: str = "", related: Sequence[Related] = ()) -> Diagnostic:
    return Diagnostic(Severity.WARNING, code, message, str(file), line, column, pointer, hint, tuple(related))


def display_path(path: str | Path) -> str:
    """A path relative to the current directory where possible, with forward slashes."""
    p = Path(path)
    try:
        rel = os.path.relpath(p.resolve() if p.is_absolute() else p)
    except ValueError:
        rel = str(p)
    return rel.replace(os.sep, "/")


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    """``path:line:col: severity[code]: message`` then an indented hint and related locations."""
    lines: list[str] = []
    for d in diagnostics:
        lines.append(f"{display_path(d.file)}:{d.line}:{d.column}: {d.severity.value}[{d.code}]: {d.message}")
        if d.pointer:
            lines.append(f"  at {d.pointer}")
        if d.hint:
            lines.append(f"  hint: {d.hint}")
        for r in d.related:
            lines.append(f"  see {display_path(r.file)}:{r.line}:{r.column}: {r.message}".rstrip(": "))
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = sum(1 for d in diagnostics if d.severity is Severity.WARNING)
    lines.append(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(lines) + "\n"


def _github_escape(value: str, is_property: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if is_property:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands, so problems show as annotations on the pull request."""
    out: list[str] = []
    for d in diagnostics:
        level = {"error": "error", "warning": "warning"}.get(d.severity.value, "notice")
        props = [f"file={_github_escape(display_path(d.file), True)}"]
        if d.line:
            props.append(f"line={d.line}")
        if d.column:
            props.append(f"col={d.column}")
        props.append(f"title={_github_escape(d.code, True)}")
        message = d.message + (f"\n{d.hint}" if d.hint else "")
        out.append(f"::{level} {','.join(props)}::{_github_escape(message)}")
    return "\n".join(out) + ("\n" if out else "")


def to_json_obj(d: Diagnostic) -> dict[str, Any]:
    return {
        "severity": d.severity.value,
        "code": d.code,
        "message": d.message,
        "hint": d.hint,
        "file": display_path(d.file),
        "line": d.line,
        "column": d.column,
        "pointer": d.pointer,
        "related": [
            {"file": display_path(r.file), "line": r.line, "column": r.column, "message": r.message}
            for r in d.related
        ],
    }


def format_json(diagnostics: Sequence[Diagnostic], documents: Sequence[dict[str, Any]] = ()) -> str:
    payload = {
        "version": 1,
        "diagnostics": [to_json_obj(d) for d in diagnostics],
        "documents": list(documents),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


FORMATTERS = {"text": format_text, "github": format_github}
