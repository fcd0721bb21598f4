"""`policylabel rehash`: record a changed source's SHA-256 once every quote matches again.

Only the 64 hex digits of the hash are rewritten, at the position the loader recorded: every other byte
(comments, layout, CRLF or CR line endings, a BOM) stays as it was, and so do the file's permissions. A
YAML file that is a symlink (to a file inside its vendor folder; others are refused by validation) keeps
being one: the hash is written into the file it points to.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from policylabel.diagnostics import Diagnostic, error
from policylabel.load import MAX_BYTES, ReadRefused, read_bytes
from policylabel.validate import Target, validate

# The line breaks of the YAML parser, whose line numbers locate the hash.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def rehash(document: Path) -> tuple[list[Diagnostic], str]:
    from policylabel.check import check

    validation = validate([Target(document.parent, {document})])
    errors = [d for d in validation.diagnostics if d.is_error and Path(d.file) == document]
    if errors:
        return errors, ""
    result = check(validation)
    report = next((r for r in result.reports if r.document.yaml_path == document), None)
    if report is None or report.source is None:
        return [d for d in result.diagnostics if d.is_error] or [error("io", "not a document YAML", document)], ""
    blocking = [d for d in result.diagnostics if d.is_error and d.code not in ("source-changed",)
                and Path(d.file) == document]
    if blocking:
        return blocking + [error("rehash-refused", "quotes still do not match; fix them before recording the hash",
                                 document)], ""
    new = report.source.sha256
    if new == report.document.sha256:
        return [], f"{document}: hash already up to date"
    loaded = validation.loaded.get(document)
    line, col = loaded.position("/source/sha256") if loaded else (0, 0)
    problem = _write_hash(document, report.document.sha256, new, line, col)
    if problem is not None:
        return [problem], ""
    return [], f"{document}: recorded sha256 {new}"


def _write_hash(document: Path, old: str, new: str, line: int, col: int) -> Diagnostic | None:
    """Replace ``old`` by ``new`` at (line, col) of ``document`` (or of the file its symlink names)."""
    target = document.resolve()
    if not target.is_relative_to(document.parent.resolve()):
        return error("rehash-refused", "the file resolves outside its vendor folder", document)
    try:
        raw = read_bytes(target, MAX_BYTES, "YAML file")
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except ReadRefused as refused:
        return refused.diagnostic
    # The loader parses the text without its BOM: positions count from after it.
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    try:
        text = raw.decode("utf-8")[len(bom):]
    except UnicodeDecodeError:  # changed since it was validated
        return error("rehash-refused", "the file is no longer UTF-8", document)
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    if not 0 < line <= len(starts):
        return error("rehash-refused", "cannot find the recorded sha256 value to replace", document, line, col)
    end = starts[line] if line < len(starts) else len(text)
    at = text.find(old, starts[line - 1] + col - 1, end)
    if at < 0:
        return error("rehash-refused", "cannot find the recorded sha256 value to replace", document, line, col)
    data = (bom + text[:at] + new + text[at + len(old):]).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".rehash-", suffix=".yaml")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        return error("io", f"cannot write: {exc.strerror or exc}", document)
    return None
