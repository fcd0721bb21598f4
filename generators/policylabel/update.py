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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policylabel.diagnostics import Diagnostic, display_path, error
from policylabel.evidence import SourceText, decode_source
from policylabel.load import Loaded
from policylabel.model import Document
from policylabel.reanchor import MOVED, REMOVED, REWORDED, UNCHANGED, Result, reanchor
from policylabel.yamledit import YamlText, render_scalar, scalar_inline

MAX_TEXT_BYTES = 8 * 1024 * 1024
HISTORY = "history"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    if not history.parent.resolve().is_relative_to(doc.yaml_path.parent.resolve()):
        raise UpdateError(error("update-refused", f"{HISTORY}/ resolves outside the vendor folder (symlink?)",
                                history.parent, hint="versions are kept inside the vendor folder"))
    relative = history.relative_to(doc.yaml_path.parent).as_posix()
    old_yaml = read_bounded(doc.yaml_path, "the document YAML", 1024 * 1024)
    yaml_bytes = _edit_yaml(doc, loaded, outcome, new_sha, today, (old_date, doc.sha256, relative))
    # The description as it stood for the previous text: the site compares labels across versions with it.
    writes = [(history, old_bytes), (history.with_suffix(".yaml"), old_yaml), (doc.source_path, new_bytes),
              (doc.yaml_path, yaml_bytes)]
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
        taken = any(p.exists() or p.is_symlink() for p in (path, path.with_suffix(".yaml")))
        if not taken or (_maybe(path) == data and not path.with_suffix(".yaml").exists()):
            return path
    raise UpdateError(error("io", "too many versions on one day", folder))


# ---------------------------------------------------------------- YAML edits


def _edit_yaml(doc: Document, loaded: Loaded, outcome: Outcome, new_sha: str, day: str,
               version: tuple[str, str, str]) -> bytes:
    """The YAML with the new hash, date, version and quotes, and the review markers; checked by parsing it.

    Positions come from the validated load (``loaded``): no second parse before the final check.
    """
    raw = read_bounded(doc.yaml_path, "the document YAML", 1024 * 1024)
    bom = raw.startswith(b"\xef\xbb\xbf")
    y = YamlText((raw[3:] if bom else raw).decode("utf-8"))
    edits: list[tuple[int, int, str]] = []
    # The hash: its 64 digits replaced where they stand.
    sha_at = y.index(*loaded.position("/source/sha256"))
    s = y.text.index(doc.sha256, sha_at)
    edits.append((s, s + len(doc.sha256), new_sha))
    # The capture date and the earlier version, on new lines after the hash's line.
    after_sha = y.line_end(s)
    indent = " " * (loaded.position("/source/sha256", key=True)[1] - 1)
    nl = y.newline
    if "/source/captured" in loaded.values:
        at = y.index(*loaded.position("/source/captured"))
        edits.append((at, y.scalar_end(at, loaded.position("/source/captured", key=True)[1] - 1), f'"{day}"'))
        inserted = ""
    else:
        inserted = f'{indent}captured: "{day}"{nl}'
    old_date, old_sha, relative = version
    item = [f'- date: "{old_date}"', f"  sha256: {old_sha}", f"  file: {scalar_inline(relative)}"]
    if "/source/versions/0" in loaded.values:
        first = y.index(*loaded.position("/source/versions/0"))
        line_start = y.line_start(first)
        dash = y.text.rfind("-", line_start, first)
        if dash < 0 or y.text[line_start:dash].strip():
            raise UpdateError(error("update-refused", "`source.versions` must be a block list to be extended",
                                    doc.yaml_path, *loaded.position("/source/versions")))
        pad = " " * (dash - line_start)
        edits.append((line_start, line_start, "".join(f"{pad}{x}{nl}" for x in item)))
    elif "/source/versions" in loaded.values:
        raise UpdateError(error("update-refused", "`source.versions` must be a block list to be extended",
                                doc.yaml_path, *loaded.position("/source/versions")))
    else:
        inserted += f"{indent}versions:{nl}" + "".join(f"{indent}  {x}{nl}" for x in item)
    if inserted:
        edits.append((after_sha, after_sha, inserted))
    # Reworded quotes rewritten; their owners (and those of removed quotes) marked for review.
    for q in outcome.quotes:
        if q.status == REWORDED and q.new is not None and q.new != q.old:
            edits.append(_replace_quote(y, loaded, q.pointer, q.new, doc))
    by_pointer = {q.pointer: q for q in outcome.quotes}
    for pointer in _owners_to_mark(doc, by_pointer):
        if pointer + "/review" not in loaded.values:
            edits.append(_insert_review(y, loaded, pointer, doc))
    edits.sort(key=lambda e: (e[0], e[1]))
    for (_, a1, _), (b0, _, _) in itertools.pairwise(edits):
        if b0 < a1:
            raise UpdateError(error("update-refused", "overlapping edits of the YAML", doc.yaml_path))
    out = y.text
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


def _replace_quote(y: YamlText, loaded: Loaded, pointer: str, value: str, doc: Document) -> tuple[int, int, str]:
    """An edit writing ``value`` in place of the quote at ``pointer``."""
    start = y.index(*loaded.position(pointer))
    parent, last = pointer.rsplit("/", 1)
    in_flow = y.text[y.index(*loaded.position(parent))] in "[{"
    if in_flow:
        owner_col = content_col = 0
    elif last.isdigit():  # a list item: it belongs to its dash
        owner_col = y.text.rfind("-", y.line_start(start), start) - y.line_start(start)
        content_col = y.column(start)
    else:  # a mapping value (out-of-scope start/end): it belongs to its key
        owner_col = loaded.position(pointer, key=True)[1] - 1
        content_col = owner_col + 2
    if owner_col < 0:
        raise UpdateError(error("update-refused", "cannot locate the quote to rewrite", doc.yaml_path,
                                *loaded.position(pointer), pointer))
    end = y.flow_scalar_end(start) if in_flow else y.scalar_end(start, owner_col)
    style = y.text[start]
    return start, end, render_scalar(value, style, in_flow, y.column(start), content_col, y.newline)


def _insert_review(y: YamlText, loaded: Loaded, pointer: str, doc: Document) -> tuple[int, int, str]:
    """An edit adding ``review: proposed`` to a block mapping, on a new line just before its second key."""
    prefix = pointer + "/"
    keys = sorted(pos for k, pos in loaded.keys.items() if k.startswith(prefix) and "/" not in k[len(prefix):])
    at_value = y.index(*loaded.position(pointer))
    if len(keys) < 2 or y.text[at_value] == "{":
        raise UpdateError(error("update-refused", "a flow-style mapping cannot be marked for review", doc.yaml_path,
                                *loaded.position(pointer), pointer, hint="write it in block style"))
    (_, first_col), second = keys[0], keys[1]
    at = y.line_start(y.index(*second))
    return at, at, " " * (first_col - 1) + "review: proposed" + y.newline


def _verify(out: str, doc: Document, outcome: Outcome, new_sha: str) -> None:
    """Parse the edited YAML: the hash, the quotes and the markers must be exactly what was meant."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe").load(out)
    except YAMLError as exc:
        raise UpdateError(error("update-refused", f"the edited YAML does not parse: {exc}", doc.yaml_path)) from None

    def get(pointer: str) -> Any:
        value = data
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            value = value[int(token)] if isinstance(value, list) else value.get(token)
        return value

    problems = []
    if get("/source/sha256") != new_sha:
        problems.append("/source/sha256")
    for q in outcome.quotes:
        want = q.new if q.status == REWORDED and q.new is not None else q.old
        if get(q.pointer) != want:
            problems.append(q.pointer)
    for pointer in _owners_to_mark(doc, {q.pointer: q for q in outcome.quotes}):
        if get(pointer + "/review") is None:
            problems.append(pointer + "/review")
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
