"""`policylabel new`: a vendor folder with a valid skeleton and the source's hash filled in."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from policylabel.diagnostics import Diagnostic, error
from policylabel.load import read_source
from policylabel.validate import is_id

VENDOR_TEMPLATE = """\
# yaml-language-server: $schema=../../schemas/vendor.schema.json
id: {vendor}
name: {vendor}  # the name people know it by
# website: https://example.com
# legal-entities:
#   - name: Example, Inc.
#     address: {{street: 1 Main St, locality: Springfield, region: CA, postal-code: "90000", country: US}}
# contacts:
#   - {{channel: email, value: privacy@example.com, purpose: privacy requests}}
"""

DOCUMENT_TEMPLATE = """\
# yaml-language-server: $schema=../../schemas/document.schema.json
id: {document}
kind: {kind}
title: {title}
source:
  file: {file}
  sha256: {sha256}
# dates:
#   last-updated: "YYYY-MM-DD"
claims: []
# Each claim: practice, polarity (affirmed|denied), summary, evidence (verbatim quotes); see spec/format.md.
# Start with `policylabel scan {file}` to segment the text and see detected contradictions.
"""


def scaffold(vendors: Path, vendor: str, document: str | None, source: Path | None,
             kind: str | None) -> tuple[list[Diagnostic], list[Path]]:
    """Create the files; never overwrite one. Returns diagnostics and the paths created."""
    if not is_id(vendor):
        return [error("usage", f"{vendor!r} is not a valid vendor id", ".",
                      hint="lower-case letters, digits and hyphens, at most 63 characters")], []
    if vendors.exists() and not vendors.is_dir():
        return [error("usage", "--vendors must be a folder (this is a file)", vendors)], []
    if document is None and source is not None:
        document = re.sub(r"[^a-z0-9-]+", "-", source.stem.lower()).strip("-")[:63] or None
    if document is not None and not is_id(document):
        return [error("usage", f"{document!r} is not a valid document id", ".",
                      hint="lower-case letters, digits and hyphens, at most 63 characters")], []
    if document is not None and source is None:
        return [error("usage", "--document needs --source FILE (the original text)", ".")], []
    folder = vendors / vendor
    created: list[Path] = []
    planned: list[tuple[Path, str | bytes]] = []
    vendor_file = folder / "vendor.yaml"
    if not vendor_file.exists():
        planned.append((vendor_file, VENDOR_TEMPLATE.format(vendor=vendor)))
    if document is not None and source is not None:
        try:
            raw, _ = read_source(source)  # a regular file within the source size limit, strict UTF-8
        except (OSError, UnicodeDecodeError) as exc:
            return [exc.diagnostic if hasattr(exc, "diagnostic") else error("io", f"cannot read source: {exc}", source)], []
        text_file, yaml_file = folder / f"{document}.txt", folder / f"{document}.yaml"
        for p in (text_file, yaml_file):
            if p.exists():
                return [error("exists", "already exists; not overwritten", p)], []
        doc_kind = kind or ("terms-of-service" if re.search(r"terms|conditions|tos", document) else "privacy-policy")
        planned.append((text_file, raw))
        planned.append((yaml_file, DOCUMENT_TEMPLATE.format(
            document=document, kind=doc_kind, title=document.replace("-", " ").capitalize(),
            file=text_file.name, sha256=hashlib.sha256(raw).hexdigest())))
    if not planned:
        return [error("exists", "vendor already exists; give --document and --source to add a document",
                      vendor_file)], []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, content in planned:
            # The bytes that were read and hashed are written (never a second read of the source); "x" never
            # overwrites a file that appeared meanwhile.
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with path.open("xb") as fh:
                fh.write(data)
            created.append(path)
    except OSError as exc:
        return [error("io", f"cannot create: {exc.strerror or exc}", exc.filename or folder)], created
    return [], created
