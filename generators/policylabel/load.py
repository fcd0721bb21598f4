"""YAML -> plain data + the position of every key and value. All input limits live here.

Scalars stay strings unless they are plain integers, booleans or nulls: dates are never turned into date
objects (an impossible date is then a located schema error, not a traceback). Anchors, aliases and merge
keys are refused before anything is expanded, so an alias bomb costs nothing.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policylabel.diagnostics import Diagnostic, error
from policylabel.loadclasses import EncodingRefused, ReadRefused, resolver_class

MAX_BYTES = 1024 * 1024  # a YAML file
MAX_SOURCE_BYTES = 8 * 1024 * 1024  # a source text (the longest real policies are a few hundred KB)
MAX_DEPTH = 64  # nesting of YAML collections
# Below this bound on the nesting (see _depth_bound) the C parser is safe and fast; above it, the pure
# parser's event stream is read first: the C composer recurses without a limit (a segmentation fault on
# deep nesting) and its parser's cost grows with depth times length.
_FAST_DEPTH_BOUND = 1024  # the C composer first fails beyond 20,000 levels
_MAX_INT_DIGITS = 18  # larger plain integers are refused (no field takes one; Python refuses > 4300 digits)

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_TOO_LARGE = object()  # what _scalar gives for an integer with too many digits
_BOOL = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
# Where an anchor or alias could start a node: line start, after "- ", ":", "? ", a flow indicator or a tag.
# Text without such a place has none, and the event scan below can be skipped (it doubles the parse time).
# A tag starts only after whitespace or a flow indicator, so a run of "!" is scanned once (linear time).
_MAYBE_ANCHOR = re.compile(r"(?:^|[\[{,]|[-?][ \t]|:|(?<![^\s\[{,])![^\s]*+[ \t])[ \t]*[&*][^\s,\[\]{}]",
                           re.MULTILINE)
# A line break of str.splitlines followed by indentation and block indicators (see _depth_bound).
_LINE_PREFIX = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029][ \t?:-]+")
# A YAML escape such as "\\ud800" makes one; it is no character (chr: mypyc takes no surrogate in a literal).
_SURROGATE = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")
_COLLECTION_START = ("MappingStartEvent", "SequenceStartEvent")
_COLLECTION_END = ("MappingEndEvent", "SequenceEndEvent")


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
    t = token if type(token) is str else str(token)
    if "~" in t or "/" in t:
        t = t.replace("~", "~0").replace("/", "~1")
    return f"{parent}/{t}"


class _Refused(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in a few words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or :class:`ReadRefused`.

    The kind is checked on the opened descriptor (a FIFO is opened without waiting for a writer) and the
    limit while reading, so neither a device nor a file that grows can make the read unbounded.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ReadRefused(error("io", f"cannot read {what}: {exc.strerror or exc}", path)) from None
    try:
        mode = os.fstat(fd).st_mode
        chunks: list[bytes] = []
        size = 0
        while stat.S_ISREG(mode) and size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ReadRefused(error("io", f"cannot read {what}: {exc.strerror or exc}", path)) from None
    finally:
        os.close(fd)
    if not stat.S_ISREG(mode):
        raise ReadRefused(error("not-a-file", f"the {what} is {file_kind(mode)}, not a regular file", path,
                                hint="give a regular file"))
    if size > limit:
        raise ReadRefused(error("file-too-large", f"the {what} is larger than the limit of {_size(limit)}", path,
                                hint="split the content or check that this is the right file"))
    return b"".join(chunks)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit % (1024 * 1024) == 0 else f"{limit} bytes"


def encoding_error(raw: bytes, exc: UnicodeDecodeError, path: str | Path, code: str = "encoding") -> Diagnostic:
    """A located diagnostic for bytes that are not UTF-8 (line and column of the first bad byte)."""
    line, col = _line_col_of_byte(raw, exc.start)
    return error(code, f"not valid UTF-8: byte 0x{raw[exc.start]:02x} cannot start or continue a character",
                 path, line, col, hint="save the file as UTF-8")


def read_source(path: Path) -> tuple[bytes, str]:
    """A source text's bytes (within :data:`MAX_SOURCE_BYTES`) and its text: strict UTF-8, a BOM dropped.

    Raises :class:`ReadRefused` or :class:`EncodingRefused`, both carrying a located diagnostic.
    """
    raw = read_bytes(path, MAX_SOURCE_BYTES, "source text")
    try:
        return raw, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # utf-8-sig offsets count from after a BOM; locate in the bytes as stored.
        shift = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
        moved = UnicodeDecodeError(exc.encoding, raw, exc.start + shift, exc.end + shift, exc.reason)
        raise EncodingRefused(moved, encoding_error(raw, moved, path)) from None


def source_unreadable(exc: Exception, path: str | Path) -> Diagnostic:
    """The ``source-unreadable`` diagnostic of a failed :func:`read_source`, located where possible."""
    found: Diagnostic | None = getattr(exc, "diagnostic", None)
    if found is None:
        return error("source-unreadable", f"cannot read the source text: {exc}", path)
    return error("source-unreadable", f"cannot read the source text: {found.message}", path, found.line,
                 found.column, hint=found.hint)


def read_text(path: Path, what: str = "file") -> tuple[str | None, list[Diagnostic]]:
    """Read a UTF-8 file within the size limit; diagnostics instead of exceptions."""
    text, _, diags = _read_utf8(path, what)
    return text, diags


def _read_utf8(path: Path, what: str) -> tuple[str | None, bytes, list[Diagnostic]]:
    """:func:`read_text`, with the UTF-8 bytes of the text it gives (a BOM dropped)."""
    try:
        raw = read_bytes(path, MAX_BYTES, what)
    except ReadRefused as refused:
        return None, b"", [refused.diagnostic]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, b"", [encoding_error(raw, exc, path)]
    if text.startswith("\ufeff"):
        text, raw = text[1:], raw[3:]
    return text, raw, []


def _depth_bound(text: str) -> int:
    """An upper bound on the nesting depth of the YAML ``text``, in linear time, without parsing it.

    Flow collections nest at most twice per "[" (an entry ``[a: b]`` is a single-pair mapping inside the
    sequence) and once per "{". A block collection starts on a line, within the
    indentation and "- ", "? ", ": " indicators that open it, at a column deeper than its parent's (a
    sequence under a mapping key may share the key's column): at most two levels per column of that prefix.
    Any line break YAML knows is a line break of ``splitlines``.
    """
    # The longest run of those characters at the start of a line: the first line's, or one after a break.
    first = len(text) - len(text.lstrip(" \t-?:"))
    prefix = max(first, max(map(len, _LINE_PREFIX.findall(text)), default=1) - 1)  # a match holds its break
    return 2 * text.count("[") + text.count("{") + 2 * (prefix + 1)


def _maybe_anchor(text: str) -> bool:
    """``_MAYBE_ANCHOR.search(text)``, on the lines holding "&" or "*" only: none of its parts crosses a
    "\n" (the only line break of ``^`` in MULTILINE mode), and most files have no such line."""
    if "&" not in text and "*" not in text:
        return False
    search = _MAYBE_ANCHOR.search
    return any(search(line) for line in text.split("\n") if "&" in line or "*" in line)


def _prescan(text: str, path: Path, deep: bool) -> Diagnostic | None:
    """Refuse anchors, aliases and deep nesting from the event stream, before anything is composed."""
    from ruamel.yaml import YAML

    if not deep and not _maybe_anchor(text):
        return None
    # The pure parser for a text that may nest deeply: its event stream is read lazily and left at the
    # first level too deep, so its cost stays bounded.
    yaml = YAML(typ="safe", pure=deep)
    depth = 0
    for event in yaml.parse(text):
        kind = type(event).__name__
        anchor = getattr(event, "anchor", None)
        if anchor:
            m = event.start_mark
            kind = "alias *" if kind == "AliasEvent" else "anchor &"
            return error("yaml-anchor", f"anchors and aliases are not allowed (found {kind}{anchor})",
                         path, m.line + 1, m.column + 1,
                         hint="write the value out in full; curated data must not share nodes")
        if kind in _COLLECTION_START:
            depth += 1
            if depth > MAX_DEPTH:
                m = event.start_mark
                return error("yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", path, m.line + 1,
                             m.column + 1, hint="no part of the format nests that deep; check the brackets")
        elif kind in _COLLECTION_END:
            depth -= 1
    return None


def load_yaml(path: Path) -> tuple[Loaded | None, list[Diagnostic]]:
    """Parse one YAML file, refusing everything the format forbids, each refusal with a location."""
    text, raw, diags = _read_utf8(path, "YAML file")
    if text is None:
        return None, diags
    if not text.strip():
        return None, [error("empty-file", "the file is empty", path, 1, 1,
                            hint="a vendor.yaml needs at least `id` and `name`; see spec/format.md")]
    # Deep nesting included: the event reading stops at its depth bound, long before the C parser's cost
    # grows with the depth (its look-ahead is bounded: a simple key spans at most 1024 characters).
    fast = _load_events(text, path, raw)
    if fast is not None:
        return fast, []
    return _load_composed(text, path, _depth_bound(text) > _FAST_DEPTH_BOUND)


def _load_composed(text: str, path: Path, deep: bool) -> tuple[Loaded | None, list[Diagnostic]]:
    """Compose the node tree, then convert it: every refusal located (see :func:`load_yaml`)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe")  # the C parser (ruamel.yaml.clib): 15x faster, same marks
    yaml.Resolver = resolver_class()
    try:
        refused = _prescan(text, path, deep)
        if refused is not None:
            return None, [refused]
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
    except _Refused as refusal:
        return None, [refusal.diagnostic]
    if problems:
        return None, problems
    return loaded, []


_FAST_MAX_DEPTH = MAX_DEPTH - 2  # deeper is left to the composed path, whose refusals say where
_PLAIN_SPECIAL = frozenset(_NULL) | frozenset(_BOOL)
_INT_START = frozenset("+-0123456789")


def _load_events(text: str, path: Path, raw: bytes | None = None) -> Loaded | None:
    """The common case of a decoded text (no lone surrogates) in one pass over the C parser's events: a single document without anchors, tags,
    duplicate or complex keys, odd characters or huge numbers, nesting well within :data:`MAX_DEPTH`.

    None for anything else (a syntax error included): :func:`_load_composed` then loads the text and says
    what is wrong, so each refusal keeps one source. For the texts it accepts the result is the composed
    path's: the same data, and the same positions (the composer takes a node's mark from its event).
    Composing builds a node per value and resolves each plain scalar's tag; this reads each event once.
    ``raw``: ``text`` encoded in UTF-8, when at hand (the file's bytes): the parser reads those bytes, and is
    given them instead of encoding ``text`` again.
    """
    try:
        from _ruamel_yaml import CParser
        from ruamel.yaml.events import (
            DocumentEndEvent,
            DocumentStartEvent,
            MappingEndEvent,
            MappingStartEvent,
            ScalarEvent,
            SequenceEndEvent,
            SequenceStartEvent,
            StreamEndEvent,
            StreamStartEvent,
        )
    except ImportError:
        return None
    values: dict[str, tuple[int, int]] = {}
    keys: dict[str, tuple[int, int]] = {}
    special, int_start, surrogate, too_large = _PLAIN_SPECIAL, _INT_START, _SURROGATE.search, _TOO_LARGE
    plain = _plain_scalar
    # The open collection (None: at the top) and its pointer, depth, next index (a sequence) or pending key
    # and its pointer (a mapping); the enclosing ones on the stack.
    stack: list[tuple[Any, bool, str, int, int]] = []
    cur: Any = None
    in_map = False
    cur_ptr = ""
    cur_depth = -1
    index = 0
    key: str | None = None
    key_ptr = ""
    root: Any = None
    documents = 0
    try:
        get_event = CParser(raw if raw is not None else text).get_event
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is not None or event.ctag is not None:
                    return None
                value = event.value
                style = event.style
                # Only an escape makes a lone surrogate: the text itself is strict UTF-8.
                if style == '"' and not value.isascii() and surrogate(value):
                    return None
                mark = event.start_mark
                if in_map:
                    if key is None:
                        if value in cur or (value == "<<" and not style):
                            return None
                        key = value
                        key_ptr = f"{cur_ptr}/{value}" if "~" not in value and "/" not in value \
                            else pointer_join(cur_ptr, value)
                        keys[key_ptr] = (mark.line + 1, mark.column + 1)
                        continue
                if style:
                    node: Any = value
                elif value in special or (value[:1] in int_start and _INT.fullmatch(value)):
                    node = plain(value)
                    if node is too_large:
                        return None
                else:
                    node = value
                # The most common events, placed here: a mapping's value, a sequence's item.
                if in_map:
                    cur[key] = node
                    values[key_ptr] = (mark.line + 1, mark.column + 1)
                    key = None
                    continue
                if cur is not None:
                    pointer = f"{cur_ptr}/{index}"
                    index += 1
                    cur.append(node)
                    values[pointer] = (mark.line + 1, mark.column + 1)
                    continue
                collection = False
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.ctag is not None or (in_map and key is None):
                    return None  # an anchor, a tag, or a complex key
                mark = event.start_mark
                node = {} if kind is MappingStartEvent else []
                collection = True
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                cur, in_map, cur_ptr, cur_depth, index = stack.pop()
                key = None
                continue
            elif kind is DocumentStartEvent:
                documents += 1
                continue
            elif kind is StreamEndEvent:
                break
            elif kind is StreamStartEvent or kind is DocumentEndEvent:
                continue
            else:
                return None  # an alias, or an event this reading does not know
            if cur is None:
                if documents != 1:
                    return None
                pointer = ""
                root = node
            elif in_map:
                pointer = key_ptr
                cur[key] = node
                key = None
            else:
                pointer = f"{cur_ptr}/{index}"
                index += 1
                cur.append(node)
            values[pointer] = (mark.line + 1, mark.column + 1)
            if collection:
                if cur_depth + 1 >= _FAST_MAX_DEPTH:
                    return None
                stack.append((cur, in_map, cur_ptr, cur_depth, index))
                cur, in_map, cur_ptr, cur_depth, index = node, kind is MappingStartEvent, pointer, cur_depth + 1, 0
    except Exception:  # a syntax error (or worse): the composed path reports it, located
        return None
    if documents != 1 or stack:
        return None
    return Loaded(path, root, values, keys)


def _plain_scalar(value: str) -> Any:
    """What :func:`_scalar` makes of a plain scalar without a tag that may not be text."""
    return _scalar(_PlainNode(value, _resolve_plain(value)))


@dataclass(frozen=True)
class _PlainNode:
    value: str
    tag: str
    style: str = ""


@functools.lru_cache(maxsize=256)
def _resolve_plain(value: str) -> str:
    """The tag the composer gives the plain scalar ``value`` (with the loader's default YAML version)."""
    from ruamel.yaml.nodes import ScalarNode

    return str(resolver_class()().resolve(ScalarNode, value, (True, False)))


def _convert(node: Any, pointer: str, loaded: Loaded, problems: list[Diagnostic], depth: int) -> Any:
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    return _Converter(loaded, problems, ScalarNode, SequenceNode, MappingNode).convert(node, pointer, depth)


class _Converter:
    """The data of a composed node tree, every value's (and key's) position recorded by JSON pointer."""

    def __init__(self, loaded: Loaded, problems: list[Diagnostic], scalar: Any, sequence: Any,
                 mapping: Any) -> None:
        self.loaded, self.problems = loaded, problems
        self.scalar, self.sequence, self.mapping = scalar, sequence, mapping

    def convert(self, node: Any, pointer: str, depth: int) -> Any:
        loaded = self.loaded
        mark = node.start_mark
        line, col = mark.line + 1, mark.column + 1
        if node.anchor:
            raise _Refused(error("yaml-anchor", f"anchors and aliases are not allowed (found anchor &{node.anchor})",
                                 loaded.path, line, col, pointer,
                                 hint="write the value out in full; curated data must not share nodes"))
        if depth > MAX_DEPTH:
            raise _Refused(error("yaml-too-deep", f"nesting deeper than {MAX_DEPTH} levels", loaded.path, line, col,
                                 pointer, hint="no part of the format nests that deep"))
        loaded.values[pointer] = (line, col)
        kind = type(node)
        if kind is self.scalar or isinstance(node, self.scalar):
            _refuse_surrogates(node, pointer, loaded)
            value = _scalar(node)
            if value is _TOO_LARGE:
                digits = len(node.value.lstrip("+-"))
                raise _Refused(error("number-too-large", f"the number has {digits} digits; no field takes more "
                                     f"than {_MAX_INT_DIGITS}", loaded.path, line, col, pointer,
                                     hint="quote the value if it is meant as text"))
            return value
        convert = self.convert
        if kind is self.sequence or isinstance(node, self.sequence):
            prefix = pointer + "/"
            return [convert(item, prefix + str(i), depth + 1) for i, item in enumerate(node.value)]
        if kind is self.mapping or isinstance(node, self.mapping):
            out: dict[str, Any] = {}
            keys = loaded.keys
            for key_node, value_node in node.value:
                kmark = key_node.start_mark
                kline, kcol = kmark.line + 1, kmark.column + 1
                if not isinstance(key_node, self.scalar):
                    raise _Refused(error("yaml-complex-key", "mapping keys must be plain text", loaded.path,
                                         kline, kcol, pointer))
                if (key_node.value == "<<" and not key_node.style) or key_node.tag == "tag:yaml.org,2002:merge":
                    raise _Refused(error("yaml-anchor", "merge keys (<<) are not allowed", loaded.path, kline,
                                         kcol, pointer, hint="write the keys out in full"))
                _refuse_surrogates(key_node, pointer, loaded)
                key = str(key_node.value)
                child = pointer_join(pointer, key)
                if key in out:
                    first = keys[child]
                    self.problems.append(error("duplicate-key", f"duplicate key '{key}' (first defined at line "
                                               f"{first[0]})", loaded.path, kline, kcol, child,
                                               hint="remove one of the two; YAML would silently keep only the last"))
                    continue
                keys[child] = (kline, kcol)
                out[key] = convert(value_node, child, depth + 1)
            return out
        raise _Refused(error("yaml-syntax", "unsupported YAML node", loaded.path, line, col, pointer))


def _refuse_surrogates(node: Any, pointer: str, loaded: Loaded) -> None:
    value = node.value
    if isinstance(value, str) and not value.isascii() and (m := _SURROGATE.search(value)):
        raise _Refused(error("invalid-character", f"the text holds U+{ord(m.group()):04X}, a lone surrogate, which "
                             "is not a character", loaded.path, node.start_mark.line + 1, node.start_mark.column + 1,
                             pointer, hint="write the character itself, or its \\U escape for characters beyond U+FFFF"))


def _scalar(node: Any) -> Any:
    value = node.value
    if node.style:  # quoted or block scalar: always text (plain style is None or "")
        return value
    tag = node.tag
    if tag != "tag:yaml.org,2002:str" and tag.startswith("tag:yaml.org,2002:"):
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        if _INT.fullmatch(value):
            # Never converted beyond the limit: int() costs quadratic time and refuses 4300 digits.
            return int(value) if len(value.lstrip("+-")) <= _MAX_INT_DIGITS else _TOO_LARGE
    elif value in _NULL and tag != "tag:yaml.org,2002:str":
        return None
    return value
