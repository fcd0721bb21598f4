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


# Control characters (C0, DEL, C1) a terminal or a CI log would act on: escape sequences, bell, carriage
# return. Text from vendor files and source texts reaches the terminal only through terminal_safe.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))}
_CONTROLS_KEEP_NEWLINE = {c: v for c, v in _CONTROLS.items() if c != 0x0A}


def terminal_safe(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as a visible ``\\xNN`` escape."""
    return text.translate(_CONTROLS_KEEP_NEWLINE if keep_newlines else _CONTROLS)


def display_path(path: str | Path) -> str:
    """A path relative to the current directory where possible, with forward slashes."""
    p = Path(path)
    try:
        # The folder is resolved, the name is kept: a symlink is shown as itself, not as what it names.
        rel = os.path.relpath(p.parent.resolve() / p.name if p.is_absolute() else p)
    except ValueError:
        rel = str(p)
    return rel.replace(os.sep, "/")


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def format_text(diagnostics: Sequence[Diagnostic]) -> str:
    """``path:line:col: severity[code]: message`` then an indented hint and related locations.

    Every field is :func:`terminal_safe`: one diagnostic cannot print a second line or drive the terminal.
    """
    lines: list[str] = []
    safe = terminal_safe
    for d in diagnostics:
        lines.append(f"{safe(display_path(d.file))}:{d.line}:{d.column}: {d.severity.value}[{safe(d.code)}]: "
                     f"{safe(d.message)}")
        if d.pointer:
            lines.append(f"  at {safe(d.pointer)}")
        if d.hint:
            lines.append(f"  hint: {safe(d.hint)}")
        for r in d.related:
            lines.append(f"  see {safe(display_path(r.file))}:{r.line}:{r.column}: {safe(r.message)}".rstrip(": "))
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = sum(1 for d in diagnostics if d.severity is Severity.WARNING)
    lines.append(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(lines) + "\n"


def _github_escape(value: str, is_property: bool = False) -> str:
    # The hint's line break is the only one a message keeps (as %0A); other controls are made visible.
    value = terminal_safe(value, keep_newlines=not is_property)
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
        message = terminal_safe(d.message) + (f"\n{terminal_safe(d.hint)}" if d.hint else "")
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
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=False)) + "\n"


_JSON_CONTROLS = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def json_safe(text: str) -> str:
    """JSON text with DEL and the C1 controls escaped too (``json`` escapes only C0 when not ASCII-only)."""
    return text.translate(_JSON_CONTROLS)


FORMATTERS = {"text": format_text, "github": format_github}


WORKER_NOTE = "raised in a worker process at "  # the note a worker adds to an exception a task raised


def raised_at(exc: BaseException) -> str:
    """Where an exception was raised, as "file.py:line": in the worker process that raised it, when one did."""
    import traceback

    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, str) and note.startswith(WORKER_NOTE):
            return note.removeprefix(WORKER_NOTE)
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"
