"""`policylabel rehash`: record a changed source's SHA-256 once every quote matches again.

Only the hash is rewritten, at the position the loader recorded, so comments and layout survive
byte for byte.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from policylabel.diagnostics import Diagnostic, error
from policylabel.validate import Target, validate


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
    # Replace the 64 hex digits in place: comments, quoting and layout stay exactly as written.
    text = document.read_text(encoding="utf-8")
    loaded = validation.loaded.get(document)
    line, col = loaded.position("/source/sha256") if loaded else (0, 0)
    lines = text.splitlines(keepends=True)
    old = report.document.sha256
    if not (0 < line <= len(lines)) or old not in lines[line - 1][col - 1:]:
        return [error("rehash-refused", "cannot find the recorded sha256 value to replace", document, line, col)], ""
    at = lines[line - 1].index(old, col - 1)
    lines[line - 1] = lines[line - 1][:at] + new + lines[line - 1][at + len(old):]
    fd, tmp = tempfile.mkstemp(dir=document.parent, prefix=".rehash-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("".join(lines))
    os.replace(tmp, document)
    return [], f"{document}: recorded sha256 {new}"
