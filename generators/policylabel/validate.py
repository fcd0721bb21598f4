"""Schema, vocabulary and cross-file validation of vendor folders -> diagnostics and the model.

Cheap checks first: a file that does not load is not schema-checked; a document that fails its schema is
not built into the model, so later stages only ever see valid data.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from policylabel import paths, schemagen
from policylabel.diagnostics import Diagnostic, Related, error, warning
from policylabel.load import Loaded, file_kind, load_yaml, pointer_join
from policylabel.model import Document, Vendor, build_document, build_vendor
from policylabel.vocabulary import (
    CLAIM_LIST_ATTRIBUTES,
    CLAIM_SCALAR_ATTRIBUTES,
    CLAIM_VALUE_ATTRIBUTES,
    load_vocabulary,
)

ID_RE = schemagen.ID_PATTERN  # vendor and document ids, as the schemas check them
_ID = re.compile(ID_RE.removeprefix("^").removesuffix("$"))


def is_id(value: str) -> bool:
    """A valid vendor or document id: the whole value, so a final newline is not one (``$`` allows it)."""
    return _ID.fullmatch(value) is not None


@dataclass
class Target:
    """A vendor folder to validate, and which of its document files (None: all)."""

    folder: Path
    documents: set[Path] | None = None


@dataclass
class Validation:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    vendors: list[Vendor] = field(default_factory=list)
    loaded: dict[Path, Loaded] = field(default_factory=dict)
    partial: set[str] = field(default_factory=set)  # vendors of which only some documents were validated


# ---------------------------------------------------------------- discovery

def discover(inputs: Iterable[Path]) -> tuple[list[Target], list[Diagnostic]]:
    """Turn command-line paths (vendors root, vendor folder or YAML file) into vendor targets."""
    targets: dict[Path, Target] = {}
    diags: list[Diagnostic] = []
    for p in inputs:
        try:
            mode = p.stat().st_mode
        except OSError as exc:
            diags.append(error("io", "no such file or folder" if not p.is_symlink() and not p.exists()
                               else f"cannot read: {exc.strerror or exc}", p))
            continue
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            diags.append(error("io", f"this is {file_kind(mode)}; give a vendors folder, a vendor folder or a "
                               "YAML file", p))
            continue
        if stat.S_ISREG(mode):
            if p.suffix not in (".yaml", ".yml"):
                diags.append(error("io", "not a YAML file; give a vendor folder or a .yaml file", p))
                continue
            t = targets.setdefault(p.parent.resolve(), Target(p.parent, set()))
            if t.documents is not None and p.name != paths.VENDOR_FILE:
                t.documents.add(p)
            continue
        if (p / paths.VENDOR_FILE).exists() or any(p.glob("*.yaml")):
            targets[p.resolve()] = Target(p)
            continue
        subs = sorted(d for d in p.iterdir() if d.is_dir() and not d.name.startswith("."))
        if not subs:
            diags.append(warning("no-vendors", "no vendor folders found here", p))
        for d in subs:
            targets[d.resolve()] = Target(d)
    return [targets[k] for k in sorted(targets)], diags


# ---------------------------------------------------------------- schema

@lru_cache(maxsize=2)
def _validator(name: str) -> Any:
    import jsonschema

    schema = json.loads((paths.SCHEMAS / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls = jsonschema.validators.extend(cls, {"pattern": _pattern_keyword})
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@lru_cache(maxsize=64)
def _ecma_pattern(pattern: str) -> re.Pattern[str]:
    # ECMA-262's "$" (without the m flag) matches only at the end, Python's also before a final newline:
    # "evil\n" must not pass "^[a-z]+$" here when jsonschema-rs refuses it.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern_keyword(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Any:
    """The "pattern" keyword with ECMA-262 semantics for "$" (jsonschema uses Python's ``re.search``)."""
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _ecma_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@lru_cache(maxsize=1)
def _enum_sets() -> dict[tuple[str, ...], str]:
    vocab = load_vocabulary()
    return {tuple(ts.terms): name for name, ts in vocab.sets.items()}


@lru_cache(maxsize=2)
def _fast_validator(name: str) -> Any:
    import jsonschema_rs

    schema = json.loads((paths.SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def _schema_diagnostics(loaded: Loaded, schema_name: str) -> list[Diagnostic]:
    # jsonschema-rs answers "valid?" about a hundred times faster than jsonschema, and most files are
    # valid; jsonschema, whose errors carry the paths and context the diagnostics need, explains the rest.
    # A differential test keeps the two verdicts equal on the corpus and on random mutations.
    if _fast_validator(schema_name).is_valid(loaded.data):
        return []
    from jsonschema.exceptions import best_match

    out: list[Diagnostic] = []
    for err in _validator(schema_name).iter_errors(loaded.data):
        if err.context:
            err = best_match(err.context) or err
        out.append(_describe(loaded, err))
    return out


def _describe(loaded: Loaded, err: Any) -> Diagnostic:
    pointer = "".join(pointer_join("", t) for t in err.absolute_path)
    keyword = err.validator
    code = f"schema.{keyword}"
    line, col = loaded.position(pointer)
    hint = ""
    message = err.message
    value = err.instance
    if keyword == "enum":
        set_name = _enum_sets().get(tuple(err.validator_value))
        field_name = pointer.rsplit("/", 2)[-2] if pointer.rsplit("/", 1)[-1].isdigit() else pointer.rsplit("/", 1)[-1]
        if set_name:
            code = "unknown-term"
            message = f"'{value}' is not a term of the '{set_name}' vocabulary (in '{field_name}')"
            suggestions = load_vocabulary().suggest(set_name, str(value))
            hint = (f"did you mean {' or '.join(repr(s) for s in suggestions)}? " if suggestions else "") + \
                f"see spec/vocabulary.md#{set_name} for the list"
        else:
            message = f"{value!r} is not one of {', '.join(map(repr, err.validator_value))}"
    elif keyword == "required":
        missing = [k for k in err.validator_value if isinstance(err.instance, dict) and k not in err.instance]
        name = missing[0] if missing else "?"
        message = f"missing required key '{name}'"
        prop = (err.schema.get("properties") or {}).get(name, {})
        desc = prop.get("description") or _ref_description(err, prop)
        hint = f"'{name}': {desc}" if desc else "see spec/format.md"
    elif keyword == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        name = extra[0] if extra else "?"
        pointer = pointer_join(pointer, name)
        line, col = loaded.position(pointer, key=True)
        message = f"unknown key '{name}'"
        import difflib

        close = difflib.get_close_matches(name, list(err.schema.get("properties", {})), n=2, cutoff=0.5)
        hint = (f"did you mean {' or '.join(repr(c) for c in close)}? " if close else "") + \
            f"allowed keys: {', '.join(err.schema.get('properties', {}))}"
    elif keyword == "type":
        message = f"expected {err.validator_value}, got {_json_type(value)} {_short(value)}"
        if err.validator_value == "string" and isinstance(value, (int, float, bool)):
            hint = "quote the value to keep it as text"
    elif keyword == "pattern" and err.validator_value == schemagen.TEXT_PATTERN and isinstance(value, str):
        bad = next((c for c in value if not _ecma_pattern(schemagen.TEXT_PATTERN).match(c)), "?")
        code = "control-character"
        what = "noncharacter" if bad in "\ufffe\uffff" else "control character"
        message = f"the text contains the {what} U+{ord(bad):04X}"
        hint = "remove it: a YAML escape such as \\x1b, \\0 or \\r in quoted text makes one; only tab and " \
            "line break are allowed"
    elif keyword == "pattern":
        message = f"{_short(value)} does not have the expected form"
        hint = _PATTERN_HINTS.get(err.validator_value, f"expected to match {err.validator_value}")
    elif keyword == "format":
        message = f"{_short(value)} is not a valid {err.validator_value}"
        hint = "give an absolute URL such as https://example.com/privacy"
    elif keyword in ("minItems", "minLength"):
        message = "must not be empty"
        hint = "remove the key or give at least one value"
    elif keyword == "uniqueItems":
        message = "the list repeats a value"
        hint = "list each value once"
    return error(code, message, loaded.path, line, col, pointer, hint)


def _ref_description(err: Any, prop: dict[str, Any]) -> str:
    ref = prop.get("$ref", "")
    if ref.startswith("#/$defs/"):
        root = err._get_root_schema() if hasattr(err, "_get_root_schema") else None
        if root is None:
            return ""
        return root.get("$defs", {}).get(ref[8:], {}).get("description", "")
    return ""


def _json_type(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "a boolean", int: "a number",
            float: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    s = repr(value)
    return s if len(s) <= 60 else s[:57] + "..."


_PATTERN_HINTS = {
    ID_RE: "ids are lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters",
}


def _pattern_hints() -> None:
    _PATTERN_HINTS.update({
        schemagen.DATE_PATTERN: "write a real date as \"YYYY-MM-DD\"",
        schemagen.DURATION_PATTERN: "write an ISO 8601 duration: P30D (30 days), P6M (6 months), P1Y, PT24H",
        schemagen.SHA256_PATTERN: "64 lower-case hex digits; `policylabel rehash` records it",
        schemagen.COUNTRY_PATTERN: "an ISO 3166 code such as US, GB or US-CA",
        schemagen.URL_PATTERN: "give an http:// or https:// URL, without spaces or control characters",
        r"^[^/\\][^\\]*$": "a path relative to the vendor folder, with forward slashes",
    })


_pattern_hints()


# ---------------------------------------------------------------- cross-file and vocabulary rules

_CLAIM_ATTRIBUTES = (*CLAIM_LIST_ATTRIBUTES, *CLAIM_SCALAR_ATTRIBUTES, *CLAIM_VALUE_ATTRIBUTES)
_CLAIM_ATTRIBUTE_SET = frozenset(_CLAIM_ATTRIBUTES)


def _document_rules(loaded: Loaded, vendor_folder: Path, doc_ids: set[str]) -> list[Diagnostic]:
    vocab = load_vocabulary()
    d = loaded.data
    out: list[Diagnostic] = []
    path = loaded.path
    stem = path.name[: -len(path.suffix)]
    if d.get("id") != stem:
        line, col = loaded.position("/id")
        out.append(error("id-mismatch", f"document id '{d.get('id')}' differs from its file name '{path.name}'",
                         path, line, col, "/id", hint=f"set `id: {stem}` or rename the file"))
    src = (d.get("source") or {}).get("file")
    if isinstance(src, str):
        out.extend(_source_rules(loaded, vendor_folder, src))
    kind = d.get("kind")
    seen_ids: dict[str, str] = {}
    for i, c in enumerate(d.get("claims") or ()):
        ptr = pointer_join("/claims", i)
        practice = c.get("practice")
        term = vocab.sets["practices"].terms.get(practice)
        if term is None:
            continue
        applies = term.extra.get("applies-to", [])
        if kind in applies or not applies:
            pass
        else:
            line, col = loaded.position(pointer_join(ptr, "practice"))
            out.append(error("practice-kind", f"practice '{practice}' does not apply to a {kind} document",
                             path, line, col, pointer_join(ptr, "practice"),
                             hint=f"'{practice}' applies to: {', '.join(applies)}"))
        allowed = set(term.extra.get("attributes", []))
        given = c.keys() & _CLAIM_ATTRIBUTE_SET  # one set operation for the common case: all allowed
        for attr in _CLAIM_ATTRIBUTES if not given <= allowed else ():
            if attr in c and attr not in allowed:
                aptr = pointer_join(ptr, attr)
                line, col = loaded.position(aptr, key=True)
                out.append(error("attribute-not-applicable",
                                 f"practice '{practice}' takes no '{attr}'", path, line, col, aptr,
                                 hint=f"'{practice}' takes: {', '.join(sorted(allowed)) or 'no attributes'}"))
        cid = c.get("id")
        if isinstance(cid, str):
            if cid in seen_ids:
                line, col = loaded.position(pointer_join(ptr, "id"))
                out.append(error("duplicate-id", f"claim id '{cid}' is used twice", path, line, col,
                                 pointer_join(ptr, "id"), hint="claim ids must be unique in a document"))
            seen_ids[cid] = ptr
    for i, f in enumerate(d.get("findings") or ()):
        for j, r in enumerate(f.get("related-evidence") or ()):
            rptr = pointer_join(pointer_join(pointer_join("/findings", i), "related-evidence"), j) + "/document"
            other = r.get("document")
            if other == d.get("id") or other not in doc_ids:
                line, col = loaded.position(rptr)
                out.append(error("unknown-document", f"'{other}' is not another document of this vendor", path,
                                 line, col, rptr,
                                 hint=f"documents of this vendor: {', '.join(sorted(doc_ids - {d.get('id')})) or 'none'}"))
    return out


def _source_rules(loaded: Loaded, vendor_folder: Path, src: str) -> list[Diagnostic]:
    path = loaded.path
    line, col = loaded.position("/source/file")
    ptr = "/source/file"
    parts = Path(src).parts
    if os.path.isabs(src) or src.startswith(("/", "\\")) or ".." in parts:
        return [error("source-outside", f"source file '{src}' is outside the vendor folder", path, line, col, ptr,
                      hint="give a path relative to the vendor folder, without '..'")]
    target = vendor_folder / src
    try:
        # A name of the folder that is no link lies inside it, without resolving either path.
        inside = (len(parts) == 1 and _not_a_link(target)) or target.resolve().is_relative_to(vendor_folder.resolve())
    except OSError:
        inside = False
    if not inside:
        return [error("source-outside", f"source file '{src}' resolves outside the vendor folder (symlink?)",
                      path, line, col, ptr, hint="keep the original text inside the vendor folder")]
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return [error("source-missing", f"source file '{src}' does not exist", path, line, col, ptr,
                      hint="store the original text beside the YAML; `policylabel new` can set this up")]
    except OSError as exc:
        return [error("source-unreadable", f"source file '{src}' cannot be read: {exc.strerror or exc}", path,
                      line, col, ptr)]
    if not stat.S_ISREG(mode):
        return [error("source-not-a-file", f"source file '{src}' is {file_kind(mode)}, not a regular file", path,
                      line, col, ptr, hint="store the original text as a plain file beside the YAML")]
    return []


def _vendor_rules(loaded: Loaded, folder: Path) -> list[Diagnostic]:
    d = loaded.data
    if d.get("id") != folder.name:
        line, col = loaded.position("/id")
        return [error("id-mismatch", f"vendor id '{d.get('id')}' differs from its folder name '{folder.name}'",
                      loaded.path, line, col, "/id", hint=f"set `id: {folder.name}` or rename the folder")]
    return []


# ---------------------------------------------------------------- entry point

def validate(targets: list[Target]) -> Validation:
    """Validate vendor folders; build the model of every document that passed.

    Vendor folders are independent: with many documents they are validated in forked worker processes,
    and the results are assembled in target order, exactly as a serial run gives them.
    """
    result = Validation()
    for part in _map_targets(targets):
        result.diagnostics.extend(part.diagnostics)
        result.vendors.extend(part.vendors)
        result.loaded.update(part.loaded)
        result.partial |= part.partial
    return result


PARALLEL_MIN_DOCUMENTS = 24  # below this, starting worker processes costs more than it saves
_TARGETS: list[Target] | None = None  # inherited by forked workers, never pickled


def _map_targets(targets: list[Target]) -> list[Validation]:
    import os

    global _TARGETS
    workers = min(os.cpu_count() or 1, 8, len(targets))
    documents = sum(1 for t in targets for _ in t.folder.glob("*.yaml")) if workers > 1 else 0
    if workers < 2 or documents < PARALLEL_MIN_DOCUMENTS:
        return [_validate_target(t) for t in targets]
    import multiprocessing  # only now: its import costs start-up time a pre-commit hook notices

    if "fork" not in multiprocessing.get_all_start_methods():
        return [_validate_target(t) for t in targets]
    _TARGETS = targets
    try:
        from policylabel.forkpool import fork_pool

        with fork_pool(workers) as pool:
            return pool.map(_validate_target_at, range(len(targets)),
                            chunksize=max(1, min(8, len(targets) // (4 * workers))))
    finally:
        _TARGETS = None


def _validate_target_at(index: int) -> Validation:
    assert _TARGETS is not None
    return _validate_target(_TARGETS[index])


def _validate_target(target: Target) -> Validation:
    """One vendor folder: its diagnostics, its vendor (when vendor.yaml is valid) and what was loaded."""
    result = Validation()
    folder = target.folder
    if not is_id(folder.name):
        result.diagnostics.append(error("bad-vendor-folder", f"vendor folder name '{folder.name}' is not a "
                                        "valid id", folder, hint=_PATTERN_HINTS[ID_RE]))
        return result
    vendor_file = folder / paths.VENDOR_FILE
    doc_files = sorted(p for p in folder.glob("*.yaml") if p.name != paths.VENDOR_FILE)
    doc_ids = {p.stem for p in doc_files}
    vendor_loaded: Loaded | None = None
    try:
        resolved: Path | None = folder.resolve()  # once for all its files
    except (OSError, RuntimeError):
        resolved = None  # each file then meets the same error, and is refused
    if not vendor_file.exists():
        result.diagnostics.append(error("missing-vendor-file", "vendor folder has no vendor.yaml", folder,
                                        hint="create vendor.yaml with at least `id` and `name`"))
    else:
        vendor_loaded, diags = _load_inside(vendor_file, folder, resolved)
        result.diagnostics.extend(diags)
        if vendor_loaded is not None:
            sdiags = _schema_diagnostics(vendor_loaded, "vendor.schema.json")
            if not sdiags:
                sdiags = _vendor_rules(vendor_loaded, folder)
            result.diagnostics.extend(sdiags)
            if sdiags:
                vendor_loaded = None
            else:
                result.loaded[vendor_file] = vendor_loaded
    wanted = doc_files if target.documents in (None, set()) else sorted(target.documents)
    if len(wanted) < len(doc_files):
        result.partial.add(folder.name)
    documents: list[Document] = []
    for p in wanted:
        if not is_id(p.stem):
            result.diagnostics.append(error("bad-document-name", f"document file name '{p.name}' is not a "
                                            "valid id", p, hint=_PATTERN_HINTS[ID_RE]))
            continue
        loaded, diags = _load_inside(p, folder, resolved)
        result.diagnostics.extend(diags)
        if loaded is None:
            result.partial.add(folder.name)  # the vendor is then known only in part
            continue
        sdiags = _schema_diagnostics(loaded, "document.schema.json")
        if not sdiags:
            sdiags = _document_rules(loaded, folder, doc_ids)
        result.diagnostics.extend(sdiags)
        if not any(x.is_error for x in sdiags):
            result.loaded[p] = loaded
            documents.append(build_document(folder.name, loaded))
        else:
            result.partial.add(folder.name)
    if vendor_loaded is not None:
        result.vendors.append(build_vendor(vendor_loaded, documents))
    return result


def _not_a_link(path: Path) -> bool:
    """Whether ``path`` exists and is not a symbolic link, by one lstat (no path resolved); False when that
    cannot be told, so that the caller resolves the path as before."""
    if path.name in ("", ".", ".."):
        return False
    try:
        return not stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def _load_inside(path: Path, folder: Path, resolved: Path | None = None) -> tuple[Loaded | None, list[Diagnostic]]:
    """Load a YAML file of ``folder`` (``resolved``: the folder resolved, when known); one that resolves
    outside it (a symlink) is refused unread."""
    try:
        if resolved is not None and path.parent == folder and _not_a_link(path):
            inside = True  # a name of the folder that is no link: it resolves to a name of the folder
        else:
            inside = path.resolve().is_relative_to(resolved or folder.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        inside = False
    if not inside:
        return None, [error("yaml-outside", f"'{path.name}' resolves outside the vendor folder (symlink?)", path,
                            hint="keep the file itself inside the vendor folder; it is not read")]
    return load_yaml(path)


def related(file: Path, line: int, column: int, message: str) -> Related:
    return Related(str(file), line, column, message)
