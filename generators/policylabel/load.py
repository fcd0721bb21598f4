"""YAML -> plain data + the position of every key and value. All input limits live here.

Scalars stay strings unless they are plain integers, booleans or nulls: dates are never turned into date
objects (an impossible date is then a located schema error, not a traceback). Anchors, aliases and merge
keys are refused before anything is expanded, so an alias bomb costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policylabel.diagnostics import Diagnostic, error

MAX_BYTES = 1024 * 1024

_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_BOOL = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
# Where an anchor or alias could start a node: line start, after "- ", ": ", "? " or a flow indicator. Text
# without such a place has none, and the event scan below can be skipped (it doubles the parse time).
_MAYBE_ANCHOR = re.compile(r"(?:^|[\[{,]|[-:?][ \t]|![^\s]*[ \t])[ \t]*[&*][^\s,\[\]{}]", re.MULTILINE)


@dataclass
class Loaded:
    """A parsed YAML file: its data and, per JSON pointer, where the value (and its key) sit."""

    path: Path
    data: Any
    values: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)

    def position(self, pointer: str, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``pointer``, or of its nearest existing parent."""
        table = self.keys if key and pointer in self.keys else self.values
        p = pointer
        while p not in table and p:
            p = p.rsplit("/", 1)[0]
        return table.get(p, (1, 1))


def pointer_join(parent: str, token: str | int) -> str:
    t = str(token).replace("~", "~0").replace("/", "~1")
    return f"{parent}/{t}"


class _Refused(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def read_text(path: Path, what: str = "file") -> tuple[str | None, list[Diagnostic]]:
    """Read a UTF-8 file within the size limit; diagnostics instead of exceptions."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [error("io", f"cannot read {what}: {exc.strerror or exc}", path)]
    if size > MAX_BYTES:
        return None, [error("file-too-large", f"{what} is {size} bytes; the limit is {MAX_BYTES} (1 MiB)", path,
                            hint="split the content or check that this is the right file")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [error("io", f"cannot read {what}: {exc.strerror or exc}", path)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col_of_byte(raw, exc.start)
        return None, [error("encoding", f"not valid UTF-8: byte 0x{raw[exc.start]:02x} cannot start or continue "
                            f"a character", path, line, col, hint="save the file as UTF-8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, []


def load_yaml(path: Path) -> tuple[Loaded | None, list[Diagnostic]]:
    """Parse one YAML file, refusing everything the format forbids, each refusal with a location."""
    text, diags = read_text(path)
    if text is None:
        return None, diags
    if not text.strip():
        return None, [error("empty-file", "the file is empty", path, 1, 1,
                            hint="a vendor.yaml needs at least `id` and `name`; see spec/format.md")]
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe")  # the C parser (ruamel.yaml.clib): 15x faster, same marks
    try:
        # Refuse anchors and aliases from the event stream, before anything is composed.
        for event in (yaml.parse(text) if _MAYBE_ANCHOR.search(text) else ()):
            anchor = getattr(event, "anchor", None)
            if anchor:
                m = event.start_mark
                kind = "alias *" if type(event).__name__ == "AliasEvent" else "anchor &"
                return None, [error("yaml-anchor", f"anchors and aliases are not allowed (found {kind}{anchor})",
                                    path, m.line + 1, m.column + 1,
                                    hint="write the value out in full; curated data must not share nodes")]
        nodes = list(yaml.compose_all(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "syntax error"
        return None, [error("yaml-syntax", f"YAML syntax error: {problem}", path, line, col,
                            hint="check indentation and quoting around this position")]
    except YAMLError as exc:
        return None, [error("yaml-syntax", f"YAML error: {exc}", path, 1, 1)]
    except RecursionError:
        return None, [error("yaml-syntax", "YAML nesting is too deep", path, 1, 1)]
    nodes = [n for n in nodes if n is not None]
    if not nodes:
        return None, [error("empty-file", "the file holds no YAML content (only comments or blank lines)",
                            path, 1, 1, hint="see spec/format.md for the required keys")]
    if len(nodes) > 1:
        m = nodes[1].start_mark
        return None, [error("multiple-documents", "the file holds more than one YAML document", path,
                            m.line + 1, m.column + 1, hint="keep one document per file; remove the `---` separator")]
    loaded = Loaded(path, None)
    problems: list[Diagnostic] = []
    try:
        loaded.data = _convert(nodes[0], "", loaded, problems, depth=0)
    except _Refused as refused:
        return None, [refused.diagnostic]
    if problems:
        return None, problems
    return loaded, []


def _convert(node: Any, pointer: str, loaded: Loaded, problems: list[Diagnostic], depth: int) -> Any:
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if getattr(node, "anchor", None):
        raise _Refused(error("yaml-anchor", f"anchors and aliases are not allowed (found anchor &{node.anchor})",
                             loaded.path, line, col, pointer,
                             hint="write the value out in full; curated data must not share nodes"))
    if depth > 64:
        raise _Refused(error("yaml-too-deep", "nesting deeper than 64 levels", loaded.path, line, col, pointer))
    loaded.values[pointer] = (line, col)
    if isinstance(node, ScalarNode):
        return _scalar(node)
    if isinstance(node, SequenceNode):
        return [_convert(item, pointer_join(pointer, i), loaded, problems, depth + 1)
                for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, ScalarNode):
                raise _Refused(error("yaml-complex-key", "mapping keys must be plain text", loaded.path,
                                     kline, kcol, pointer))
            if key_node.tag == "tag:yaml.org,2002:merge" or (key_node.value == "<<" and not key_node.style):
                raise _Refused(error("yaml-anchor", "merge keys (<<) are not allowed", loaded.path, kline, kcol,
                                     pointer, hint="write the keys out in full"))
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            if key in out:
                first = loaded.keys[child]
                problems.append(error("duplicate-key", f"duplicate key '{key}' (first defined at line {first[0]})",
                                      loaded.path, kline, kcol, child,
                                      hint="remove one of the two; YAML would silently keep only the last"))
                continue
            loaded.keys[child] = (kline, kcol)
            out[key] = _convert(value_node, child, loaded, problems, depth + 1)
        return out
    raise _Refused(error("yaml-syntax", "unsupported YAML node", loaded.path, line, col, pointer))


def _scalar(node: Any) -> Any:
    value = node.value
    if node.style:  # quoted or block scalar: always text (plain style is None or "")
        return value
    if node.tag not in ("tag:yaml.org,2002:str",) and node.tag.startswith("tag:yaml.org,2002:"):
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        if _INT.match(value):
            return int(value)
    elif value in _NULL and node.tag != "tag:yaml.org,2002:str":
        return None
    return value
