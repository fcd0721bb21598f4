"""`policylabel update`: replace a document's text by a new version, keeping the old one and re-anchoring every quote.

The previous text goes to ``history/<document>/<date>.txt`` under the vendor folder and is listed in the YAML
(``source.versions``); the new text is installed byte for byte; every quote is followed into it
(``reanchor``); quotes that were reworded are rewritten, and each claim, finding or out-of-scope region with
a reworded or removed quote is marked ``review: proposed``. The YAML is edited in place, value by value, so
comments, layout and line endings stay as written; the result is parsed again and checked before anything
is written, and all files are replaced atomically.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import os
import re
import stat
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policylabel.diagnostics import Diagnostic, display_path, error
from policylabel.evidence import SourceText, decode_source
from policylabel.load import Loaded
from policylabel.model import Document
from policylabel.reanchor import MOVED, REMOVED, REWORDED, UNCHANGED, Result, reanchor

MAX_TEXT_BYTES = 8 * 1024 * 1024
HISTORY = "history"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FOLD_WIDTH = 110


@dataclass(frozen=True)
class QuoteChange:
    """One quote of the document and what became of it."""

    owner: str  # the claim's key (or the finding's, the dismissal's, the region's)
    pointer: str  # JSON pointer of the quote in the YAML
    old: str
    new: str | None
    status: str
    line: int
    column: int


@dataclass
class Outcome:
    """What `update` did (or would do): the quotes, the sentences, the files written."""

    document: Document
    quotes: list[QuoteChange] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    identical: bool = False

    @property
    def needs_review(self) -> bool:
        return any(q.status in (REWORDED, REMOVED) for q in self.quotes)

    def to_json(self) -> str:
        payload: dict[str, Any] = {
            "version": 1,
            "document": self.document.ref,
            "quotes": [{"claim": q.owner, "old": q.old, "new": q.new, "status": q.status} for q in self.quotes],
            "sentences": {"added": self.added, "removed": self.removed},
        }
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        doc = self.document
        lines: list[str] = []
        for q in self.quotes:
            if q.status == REWORDED:
                lines.append(f"{display_path(doc.yaml_path)}:{q.line}:{q.column}: reworded [{q.owner}]: "
                             f"{_terminal(q.old)!r} -> {_terminal(q.new or '')!r}")
            elif q.status == REMOVED:
                lines.append(f"{display_path(doc.yaml_path)}:{q.line}:{q.column}: removed [{q.owner}]: "
                             f"{_terminal(q.old)!r}")
        counts = {s: sum(1 for q in self.quotes if q.status == s) for s in (UNCHANGED, MOVED, REWORDED, REMOVED)}
        if self.identical:
            lines.append(f"{doc.ref}: the new text is identical; nothing changed")
        else:
            lines.append(f"{doc.ref}: {counts[UNCHANGED]} unchanged, {counts[MOVED]} moved, {counts[REWORDED]} "
                         f"reworded, {counts[REMOVED]} removed; {len(self.added)} sentences added, "
                         f"{len(self.removed)} removed")
        for path in self.written:
            lines.append(f"wrote {display_path(path)}")
        if self.needs_review:
            lines.append("review the claims marked `review: proposed`, then delete the marker; "
                         "run `policylabel check --strict` until it is clean")
        return "\n".join(lines) + "\n"


def _terminal(text: str) -> str:
    """Control characters shown escaped, never sent raw to a terminal."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}"
                   for c in text)


class UpdateError(Exception):
    """A usage or I/O problem: reported as a diagnostic, exit 2."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def read_bounded(path: Path, what: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (devices, FIFOs and folders refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise UpdateError(error("io", f"cannot read {what}: {exc.strerror or exc}", path)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UpdateError(error("io", f"{what} is not a regular file", path))
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise UpdateError(error("file-too-large", f"{what} is larger than {limit} bytes", path))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise UpdateError(error("io", f"cannot read {what}: {exc.strerror or exc}", path)) from None
    finally:
        os.close(fd)


def _decode(data: bytes, path: Path, what: str) -> str:
    try:
        return decode_source(data)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise UpdateError(error("encoding", f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x})", path,
                                line, col, hint="save the text as UTF-8")) from None


def previous_text(doc: Document) -> bytes | None:
    """The bytes whose SHA-256 the YAML records: the current file, a kept version, or git's last commit."""
    candidates: list[Path] = [doc.source_path] + [v.path for v in doc.versions if v.sha256 == doc.sha256]
    for path in candidates:
        try:
            data = read_bounded(path, "text")
        except UpdateError:
            continue
        if hashlib.sha256(data).hexdigest() == doc.sha256:
            return data
    return _from_git(doc.source_path, doc.sha256)


def _from_git(path: Path, sha256: str) -> bytes | None:
    """The committed content of ``path`` (HEAD), when git has it and its hash is ``sha256``."""
    folder = path.parent
    try:
        done = subprocess.run(["git", "-C", str(folder), "show", "--end-of-options", f"HEAD:./{path.name}"],
                              capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or len(done.stdout) > MAX_TEXT_BYTES:
        return None
    return done.stdout if hashlib.sha256(done.stdout).hexdigest() == sha256 else None


def _quotes(doc: Document) -> list[tuple[str, Any]]:
    """(owner key, quote) of every quote of the document's own text, with out-of-scope passages."""
    out: list[tuple[str, Any]] = []
    for c in doc.claims:
        out += [(c.key, q) for q in c.evidence]
    for f in doc.findings:
        out += [(f.key, q) for q in f.evidence]
    for i, d in enumerate(doc.dismissals):
        out += [(f"dismissals[{i + 1}]", q) for q in d.evidence]
    for i, r in enumerate(doc.out_of_scope):
        out += [(f"out-of-scope[{i + 1}]", q) for q in (r.start, r.end) if q is not None]
    return out


def plan(doc: Document, loaded: Loaded, new_path: Path, date: str | None) -> tuple[Outcome, list[tuple[Path, bytes]]]:
    """What `update` will write, computed without writing: the outcome and (path, bytes) in write order."""
    new_bytes = read_bounded(new_path, "the new text")
    new_text = _decode(new_bytes, new_path, "the new text")
    new_sha = hashlib.sha256(new_bytes).hexdigest()
    old_bytes = previous_text(doc)
    if old_bytes is None:
        raise UpdateError(error(
            "previous-text-missing", f"no copy of the recorded text (SHA-256 {doc.sha256[:12]}...) was found",
            doc.yaml_path, *loaded.position("/source/sha256"), "/source/sha256",
            hint="the recorded text is needed to follow the quotes: restore it (e.g. `git checkout` the .txt) "
                 "and run update again"))
    old_text = _decode(old_bytes, doc.source_path, "the recorded text")
    result = reanchor(SourceText(old_text), SourceText(new_text), [q.text for _, q in _quotes(doc)])
    outcome = _outcome(doc, result)
    if new_sha == doc.sha256:
        outcome.identical = True
        outcome.added, outcome.removed = [], []
        current = _maybe(doc.source_path)
        return outcome, ([] if current == new_bytes else [(doc.source_path, new_bytes)])
    today = date or datetime.datetime.now(datetime.UTC).date().isoformat()
    old_date = doc.captured or next((doc.dates[k] for k in ("last-updated", "effective", "issued")
                                     if doc.dates.get(k)), today)
    if old_date > today:
        raise UpdateError(error("usage", f"--date {today} is before the recorded text's date {old_date}",
                                doc.yaml_path, hint="give the date the new text was captured"))
    history = _history_path(doc, old_date, old_bytes)
    relative = history.relative_to(doc.yaml_path.parent).as_posix()
    yaml_bytes = _edit_yaml(doc, loaded, outcome, new_sha, today, (old_date, doc.sha256, relative))
    writes = [(history, old_bytes), (doc.source_path, new_bytes), (doc.yaml_path, yaml_bytes)]
    outcome.written = [p for p, _ in writes]
    return outcome, writes


def _maybe(path: Path) -> bytes | None:
    try:
        return read_bounded(path, "text")
    except UpdateError:
        return None


def _outcome(doc: Document, result: Result) -> Outcome:
    outcome = Outcome(doc)
    for (owner, q), anchor in zip(_quotes(doc), result.anchors, strict=True):
        new = anchor.new if anchor.status != REMOVED else None
        outcome.quotes.append(QuoteChange(owner, q.pointer, q.text, new, anchor.status, q.line, q.column))
    outcome.added = result.added_sentences()
    outcome.removed = result.removed_sentences()
    return outcome


def _history_path(doc: Document, day: str, data: bytes) -> Path:
    """``history/<document>/<day>.txt``; ``<day>-2.txt``... when that name holds another text."""
    folder = doc.yaml_path.parent / HISTORY / doc.id
    for n in range(1, 1000):
        path = folder / (f"{day}.txt" if n == 1 else f"{day}-{n}.txt")
        existing = _maybe(path) if path.exists() or path.is_symlink() else None
        if not (path.exists() or path.is_symlink()) or existing == data:
            return path
    raise UpdateError(error("io", "too many versions on one day", folder))


# ---------------------------------------------------------------- YAML edits


def _edit_yaml(doc: Document, loaded: Loaded, outcome: Outcome, new_sha: str, day: str,
               version: tuple[str, str, str]) -> bytes:
    """The YAML with the new hash, date, version and quotes, and the review markers; checked by parsing it."""
    raw = read_bounded(doc.yaml_path, "the document YAML", 1024 * 1024)
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")
    from ruamel.yaml import YAML

    root = YAML(typ="safe").compose(text)
    edits: list[tuple[int, int, str]] = []
    source = _child(root, "source")
    sha_node = _child(source, "sha256")
    s = text.index(doc.sha256, sha_node.start_mark.index, sha_node.end_mark.index)
    edits.append((s, s + len(doc.sha256), new_sha))
    # Insertions after the sha256 line: the capture date, then the earlier version.
    after_sha = _line_end(text, sha_node.end_mark.index)
    indent = " " * _key(source, "sha256").start_mark.column
    captured = _child(source, "captured")
    if captured is not None:
        edits.append((captured.start_mark.index, captured.end_mark.index, f'"{day}"'))
    versions = _child(source, "versions")
    old_date, old_sha, relative = version
    item = [f'- date: "{old_date}"', f"  sha256: {old_sha}", f"  file: {_scalar_inline(relative)}"]
    inserted = "" if captured is not None else f'{indent}captured: "{day}"{newline}'
    if versions is None:
        inserted += f"{indent}versions:{newline}" + "".join(f"{indent}  {x}{newline}" for x in item)
    elif versions.flow_style or not versions.value:
        raise UpdateError(error("update-refused", "`source.versions` must be a block list to be extended",
                                doc.yaml_path, versions.start_mark.line + 1, versions.start_mark.column + 1))
    else:
        first = versions.value[0]
        dash_col = _dash_column(text, first.start_mark.index)
        at = first.start_mark.index - (first.start_mark.column - dash_col)
        pad = " " * dash_col
        block = item[0] + newline + "".join(f"{pad}{x}{newline}" for x in item[1:]) + pad
        edits.append((at, at, block))
    if inserted:
        edits.append((after_sha, after_sha, inserted))
    # Quotes rewritten, owners marked.
    by_pointer = {q.pointer: q for q in outcome.quotes}
    marked: set[str] = set()
    for q in outcome.quotes:
        if q.status == REWORDED and q.new is not None and q.new != q.old:
            node, parent = _at(root, q.pointer)
            edits.append(_replace_scalar(text, node, parent, q.new, newline))
    for pointer in _owners_to_mark(doc, by_pointer):
        if pointer in marked:
            continue
        marked.add(pointer)
        mapping, _ = _at(root, pointer)
        if _child(mapping, "review") is None:
            edits.append(_insert_review(text, mapping, newline, doc))
    edits.sort(key=lambda e: (e[0], e[1]))
    for (_, a1, _), (b0, _, _) in itertools.pairwise(edits):
        if b0 < a1:
            raise UpdateError(error("update-refused", "overlapping edits of the YAML", doc.yaml_path))
    out = text
    for a, b, repl in reversed(edits):
        out = out[:a] + repl + out[b:]
    _verify(out, doc, outcome, new_sha)
    return (b"\xef\xbb\xbf" if bom else b"") + out.encode("utf-8")


def _owners_to_mark(doc: Document, by_pointer: dict[str, QuoteChange]) -> list[str]:
    """Pointers of the claims, findings and out-of-scope regions with a reworded or removed quote."""
    def changed(quotes: Any) -> bool:
        return any(by_pointer[q.pointer].status in (REWORDED, REMOVED) for q in quotes if q.pointer in by_pointer)

    out = [c.pointer for c in doc.claims if changed(c.evidence)]
    out += [f.pointer for f in doc.findings if changed(f.evidence)]
    out += [r.pointer for r in doc.out_of_scope if changed([q for q in (r.start, r.end) if q is not None])]
    return out


def _child(node: Any, key: str) -> Any:
    for k, v in getattr(node, "value", ()) if _is_mapping(node) else ():
        if k.value == key:
            return v
    return None


def _key(node: Any, key: str) -> Any:
    for k, _ in node.value:
        if k.value == key:
            return k
    return None


def _is_mapping(node: Any) -> bool:
    from ruamel.yaml.nodes import MappingNode

    return isinstance(node, MappingNode)


def _at(root: Any, pointer: str) -> tuple[Any, Any]:
    """The node at a JSON pointer and its parent."""
    node, parent = root, None
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        parent = node
        node = _child(node, token) if _is_mapping(node) else node.value[int(token)]
    return node, parent


def _line_end(text: str, index: int) -> int:
    """Index just after the line break that ends the line holding ``index``."""
    nl = text.find("\n", index)
    cr = text.find("\r", index)
    if cr >= 0 and (nl < 0 or cr < nl):
        return cr + (2 if text.startswith("\r\n", cr) else 1)
    return len(text) if nl < 0 else nl + 1


def _dash_column(text: str, index: int) -> int:
    line_start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
    dash = text.rfind("-", line_start, index)
    return dash - line_start


def _printable(text: str) -> bool:
    return all(c == " " or (c.isprintable() and unicodedata.category(c) not in ("Zl", "Zp")) for c in text)


def _scalar_inline(text: str) -> str:
    """A double-quoted YAML scalar (JSON escapes, which YAML reads alike; non-printables escaped)."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == " " or (c.isprintable() and unicodedata.category(c) not in ("Zl", "Zp")):
            out.append(c)
        else:
            out.append(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def _plain_safe(value: str) -> bool:
    """``value`` reads back as the same string when written plain as a list item."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    if not _printable(value) or value != value.strip() or not value:
        return False
    try:
        return YAML(typ="safe").load(f"- {value}\n") == [value]
    except YAMLError:
        return False


def _replace_scalar(text: str, node: Any, parent: Any, value: str, newline: str) -> tuple[int, int, str]:
    """An edit writing ``value`` in place of a quote's scalar: folded block when the old one was a block scalar
    or the line would be long, double-quoted otherwise."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1  # the block's last line break stays in place
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    owner_col = len(text[line_start:start]) - len(text[line_start:start].lstrip(" "))
    # Under a key (`start: >-`), the block is indented under that key; in a list, under the item's text.
    content_col = owner_col + 2 if _is_mapping(parent) else node.start_mark.column
    in_flow = bool(getattr(parent, "flow_style", False))
    inline = value if not node.style and not in_flow and _plain_safe(value) else _scalar_inline(value)
    if in_flow or not _printable(value) or (node.style not in ("|", ">")
                                             and node.start_mark.column + len(inline) <= _FOLD_WIDTH):
        return start, end, inline
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and content_col + len(current) + 1 + len(word) > _FOLD_WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    pad = " " * content_col
    return start, end, ">-" + "".join(newline + pad + line for line in lines)


def _insert_review(text: str, mapping: Any, newline: str, doc: Document) -> tuple[int, int, str]:
    """An edit adding ``review: proposed`` to a block mapping, just before its second key."""
    if mapping.flow_style or len(mapping.value) < 2:
        raise UpdateError(error("update-refused", "a flow-style mapping cannot be marked for review", doc.yaml_path,
                                mapping.start_mark.line + 1, mapping.start_mark.column + 1,
                                hint="write it in block style"))
    first_key, second_key = mapping.value[0][0], mapping.value[1][0]
    at = second_key.start_mark.index - second_key.start_mark.column
    return at, at, " " * first_key.start_mark.column + "review: proposed" + newline


def _verify(out: str, doc: Document, outcome: Outcome, new_sha: str) -> None:
    """Parse the edited YAML: the hash, the quotes and the markers must be exactly what was meant."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from policylabel.load import pointer_join

    try:
        data = YAML(typ="safe", pure=False).load(out)
    except YAMLError as exc:
        raise UpdateError(error("update-refused", f"the edited YAML does not parse: {exc}", doc.yaml_path)) from None

    def get(pointer: str) -> Any:
        value = data
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            value = value[int(token)] if isinstance(value, list) else value[token]
        return value

    problems = []
    if get("/source/sha256") != new_sha:
        problems.append("sha256")
    for q in outcome.quotes:
        want = q.new if q.status == REWORDED and q.new is not None else q.old
        if get(q.pointer) != want:
            problems.append(q.pointer)
    for pointer in _owners_to_mark(doc, {q.pointer: q for q in outcome.quotes}):
        if get(pointer_join(pointer, "review")) is None:
            problems.append(pointer_join(pointer, "review"))
    if problems:
        raise UpdateError(error("update-refused", f"editing the YAML in place failed at {', '.join(problems)}",
                                doc.yaml_path, hint="please report this with the YAML file"))


# ---------------------------------------------------------------- writing


def write_all(writes: list[tuple[Path, bytes]]) -> None:
    """Write every file to a temporary sibling, then rename them all: a failure leaves the old files in place.

    A file that is a symlink is written through (its target is replaced, the link kept); an existing file
    keeps its permission bits.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in writes:
            target = path.resolve() if path.is_symlink() else path
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".update-", suffix=".tmp")
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            try:
                os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
            except FileNotFoundError:
                os.chmod(tmp, 0o644)
        for tmp, target in staged:
            os.replace(tmp, target)
        staged = []
    finally:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def update(document: Path, new_path: Path, date: str | None) -> tuple[Outcome | None, list[Diagnostic]]:
    """Run `policylabel update`; diagnostics are errors (usage, I/O or invalid document) when nothing was done."""
    from policylabel.validate import Target, validate

    if date is not None and not _valid_date(date):
        return None, [error("usage", f"--date {date!r} is not a date YYYY-MM-DD", document)]
    if document.suffix not in (".yaml", ".yml") or not document.is_file():
        return None, [error("io", "not a document YAML file", document)]
    validation = validate([Target(document.parent, {document})])
    errors = [d for d in validation.diagnostics if d.is_error]
    doc = next((d for v in validation.vendors for d in v.documents if d.yaml_path == document), None)
    loaded = validation.loaded.get(document)
    if errors or doc is None or loaded is None:
        return None, errors or [error("io", "not a document YAML (is vendor.yaml beside it?)", document)]
    try:
        outcome, writes = plan(doc, loaded, new_path, date)
        write_all(writes)
    except UpdateError as exc:
        return None, [exc.diagnostic]
    except OSError as exc:
        return None, [error("io", f"cannot write: {exc.strerror or exc}", exc.filename or document)]
    if outcome.identical:
        outcome.written = [p for p, _ in writes]
    return outcome, []


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
