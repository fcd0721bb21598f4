"""``policylabel draft``: a document YAML proposed from a policy text, every claim marked for review.

The text is segmented and read by the statement extractor; statements are grouped into claims per
practice and polarity, with their sentences as verbatim evidence in text order; headings,
navigation and footers become out-of-scope regions. Every claim and region carries ``review: proposed``,
so ``check --strict``, ``build`` and ``export`` refuse the document until a person has confirmed it.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policylabel.diagnostics import Diagnostic, error
from policylabel.evidence import SourceText
from policylabel.model import Document
from policylabel.segment import Sentence, sentences
from policylabel.statements import Read, Statement, contents_entries, document_dates, extract, practice_cues
from policylabel.statements.places import places
from policylabel.statements.regions import region_reason
from policylabel.statements.words import DATA_VERBS
from policylabel.vocabulary import Vocabulary, load_vocabulary

REVIEW = "proposed"
# A sentence repeated more often than this (a refrain, a table cell) is not proposed as evidence: the
# checker refuses quotes that match too many times.
MAX_REPEATS = 5
MAX_TITLE = 200


@dataclass
class ProposedClaim:
    practice: str
    polarity: str
    units: list[Sentence] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


def _printable(text: str) -> bool:
    """No control or format character that the schema refuses in text fields (tab aside)."""
    return not any((unicodedata.category(c) in ("Cc", "Cs", "Co") and c != "\t") or c in "\u2028\u2029\ufffe\uffff"
                   for c in text)


def kind_from_name(path: Path) -> str | None:
    """The kind a file name says ("terms-of-service.txt", "privacy-notice.txt"), if it says one."""
    name = path.stem.lower()
    if any(w in name for w in ("terms", "conditions", "tos", "eula")):
        return "terms-of-service"
    if any(w in name for w in ("privacy", "notice", "cookie")):
        return "privacy-policy"
    return None


def guess_kind(path: Path, source: SourceText, units: Sequence[Sentence], vocab: Vocabulary) -> str:
    """``terms-of-service`` when the file name or most of the practice cues of the text say so;
    ``privacy-policy`` otherwise. The cues are found once: reading the text for its kind reuses them."""
    named = kind_from_name(path)
    if named is not None:
        return named
    tos_only = {t.id for t in vocab.sets["practices"].terms.values()
                if t.extra.get("applies-to") == ["terms-of-service"]}
    cued = practice_cues(source, units)
    tos = sum(1 for p in cued if p in tos_only)
    return "terms-of-service" if cued and tos * 2 > len(cued) else "privacy-policy"


def _group(reads: Sequence[Read], skip: set[int]) -> list[ProposedClaim]:
    counts: dict[str, int] = {}
    for r in reads:
        counts[r.unit.text] = counts.get(r.unit.text, 0) + 1
    groups: dict[tuple[str, str], ProposedClaim] = {}
    for r in reads:
        if r.unit.span.start in skip or counts[r.unit.text] > MAX_REPEATS or not _printable(r.unit.text):
            continue
        for s in r.statements:
            if s.actor == "user" and (s.practice in DATA_VERBS or (s.practice == "tracking" and s.polarity == "denied")):
                # "Don't share your password", "If you don't want cookies, ...": the reader's conduct or wish, not a
                # practice of the vendor
                continue
            c = groups.setdefault((s.practice, s.polarity), ProposedClaim(s.practice, s.polarity))
            if not c.units or c.units[-1] is not r.unit:
                c.units.append(r.unit)
            c.statements.append(s)
    return list(groups.values())


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _summary(vocab: Vocabulary, claim: ProposedClaim, data: list[str]) -> str:
    label = vocab.term("practices", claim.practice).label
    what = ", ".join(vocab.term("data-categories", d).label.lower() for d in data[:4])
    text = f"{label}{': ' + what if what else ''}"
    return (text if claim.polarity == "affirmed" else f"Not: {text[0].lower()}{text[1:]}") + "."


def _claim_mapping(vocab: Vocabulary, claim: ProposedClaim) -> dict[str, object]:
    from policylabel.consistency.claims import durations_in, iso_duration_days, numbers_in

    term = vocab.term("practices", claim.practice)
    allowed = set(term.extra.get("attributes", ()))
    quotes = [u.text for u in claim.units]
    joined = "\n".join(quotes)
    data = _unique(d for s in claim.statements for d in s.data)
    out: dict[str, object] = {"practice": claim.practice, "polarity": claim.polarity,
                              "summary": _summary(vocab, claim, data if "data" in allowed else [])}
    lists = {"data": data, "recipients": _unique(r for s in claim.statements for r in s.recipients),
             "purposes": _unique(p for s in claim.statements for p in s.purposes),
             "rights": _unique(r for s in claim.statements for r in s.rights)}
    for key, values in lists.items():
        if key in allowed and values:
            out[key] = values
    # The countries a transfer names ("stays in the UK", "our team in Manila"): ISO codes, not the EU or EEA.
    countries = _unique(c for s in claim.statements for c in s.places if c not in places().unions)
    if "countries" in allowed and countries:
        out["countries"] = countries
    retention = _unique(r for s in claim.statements for r in s.retention)
    if "retention" in allowed and len(retention) == 1:
        out["retention"] = retention[0]
    if "choice" in allowed and any(s.opt_out for s in claim.statements):
        out["choice"] = "opt-out"
    periods = _unique(a.iso for s in claim.statements for a in s.amounts if a.kind == "period" and a.iso)
    if "duration" in allowed and len(periods) == 1:
        days = iso_duration_days(periods[0])
        if days is not None and days in durations_in(joined):
            out["duration"] = periods[0]
    ages = _unique(str(int(a.value)) for s in claim.statements for a in s.amounts if a.kind == "age")
    if "age" in allowed and len(ages) == 1 and int(ages[0]) in numbers_in(joined):
        out["age"] = int(ages[0])
    out["evidence"] = quotes
    out["review"] = REVIEW
    return out


def _regions(reads: Sequence[Read]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    contents = contents_entries([r.unit for r in reads])
    for at, r in enumerate(reads):
        reason = "navigation" if at in contents else region_reason(r.unit)
        if reason is None or r.statements or r.unit.text in seen or not _printable(r.unit.text):
            continue
        seen.add(r.unit.text)
        out.append({"reason": reason, "start": r.unit.text, "review": REVIEW})
    return out


def propose(source: SourceText, path: Path, kind: str | None = None,
            skip: set[int] | None = None) -> tuple[str, list[Sentence], list[Read], list[ProposedClaim]]:
    """The document kind, the units, their statements and the claims proposed from them."""
    vocab = load_vocabulary()
    units = sentences(source)
    kind = kind or kind_from_name(path)
    if kind is None:
        kind = guess_kind(path, source, units, vocab)
    reads = extract(source, units, kind, learned=True)
    return kind, units, reads, _group(reads, skip or set())


def draft_document(source: SourceText, path: Path, *, document: str, kind: str | None = None,
                   title: str | None = None, skip: set[int] | None = None) -> dict[str, object]:
    """The document mapping proposed for ``source`` (see module docstring)."""
    vocab = load_vocabulary()
    kind, units, reads, claims = propose(source, path, kind, skip)
    heading = next((u.text for u in units if u.kind == "heading" and _printable(u.text)), None)
    doc: dict[str, object] = {
        "id": document, "kind": kind,
        "title": (title or heading or document.replace("-", " ").capitalize())[:MAX_TITLE].strip() or document,
        "source": {"file": path.name, "sha256": source.sha256},
    }
    found = document_dates(units)
    if found:
        doc["dates"] = {k: v.isoformat() for k, v in sorted(found.items())}
    doc["claims"] = [_claim_mapping(vocab, c) for c in claims]
    regions = [r for r in _regions(reads) if skip is None or not _region_reviewed(r, reads, skip)]
    if regions:
        doc["out-of-scope"] = regions
    return doc


def _region_reviewed(region: dict[str, object], reads: Sequence[Read], skip: set[int]) -> bool:
    return any(r.unit.text == region["start"] and r.unit.span.start in skip for r in reads)


# ------------------------------------------------------------------------------------------ YAML text

_YAML_WORDS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text[:1].isalpha() and text.isascii() and all(c.isalnum() or c == "-" for c in text) and text.islower() \
            and text not in _YAML_WORDS:
        return text  # ids and terms read as plain strings
    text = json.dumps(text, ensure_ascii=False)
    # JSON strings are YAML double-quoted scalars; escape what YAML reads as a line break or refuses.
    return "".join(c if c not in "\u0085\u2028\u2029\ufeff" and not (0x7f <= ord(c) <= 0x9f) else f"\\u{ord(c):04x}"
                   for c in text)


def _emit(value: object, indent: int, out: list[str], key: str | None = None) -> None:
    pad = " " * indent
    prefix = f"{pad}{key}:" if key is not None else ""
    if isinstance(value, dict):
        if key is not None:
            out.append(prefix)
        for k, v in value.items():
            _emit(v, indent + (2 if key is not None else 0), out, k)
    elif isinstance(value, list):
        if not value:
            out.append(f"{prefix} []")
            return
        if all(not isinstance(v, (dict, list)) for v in value) and key not in ("evidence",):
            out.append(f"{prefix} [{', '.join(_scalar(v) for v in value)}]")
            return
        out.append(prefix)
        for v in value:
            if isinstance(v, dict):
                lines: list[str] = []
                _emit(v, indent + 4, lines)
                first = lines[0]
                out.append(f"{pad}  - {first[indent + 4:]}")
                out.extend(lines[1:])
            else:
                out.append(f"{pad}  - {_scalar(v)}")
    else:
        out.append(f"{prefix} {_scalar(value)}")


def to_yaml(doc: dict[str, object]) -> str:
    """The mapping as YAML text: a schema comment, then block style with JSON-quoted strings."""
    lines = ["# yaml-language-server: $schema=../../schemas/document.schema.json",
             "# Drafted by `policylabel draft`: every claim and region is `review: proposed` until a person has",
             "# read its quotes in the text, corrected it and deleted the marker (see spec/format.md, 4.5)."]
    body: list[str] = []
    _emit(doc, 0, body)
    return "\n".join(lines + body) + "\n"


# ------------------------------------------------------------------------------------------ command

def document_id_for(path: Path) -> str:
    """A document id from a file name ("Privacy Policy.txt" -> "privacy-policy")."""
    out, dash = [], False
    for c in path.stem.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:63] or "document"


def reviewed_starts(doc_path: Path, source: SourceText) -> tuple[set[int], list[Diagnostic], Document | None]:
    """Start offsets of the units an existing document already reviews (quoted or out of scope)."""
    from policylabel.consistency import coverage, quotes
    from policylabel.validate import discover, validate

    targets, diags = discover([doc_path])
    result = validate(targets)
    diags = diags + list(result.diagnostics)
    doc = next((d for v in result.vendors for d in v.documents if d.yaml_path.resolve() == doc_path.resolve()), None)
    if doc is None or any(d.is_error for d in diags):
        return set(), diags, None
    matches, _ = quotes.locate_all(doc, source)
    regions, _ = coverage.regions(doc, source)
    units, unreviewed, _ = coverage.check(doc, source, matches, regions, strict=False)
    open_starts = {u.span.start for u in unreviewed}
    return {u.span.start for u in units if u.span.start not in open_starts}, diags, doc


def merged_yaml(doc_path: Path, proposed: dict[str, object]) -> str:
    """The existing document's YAML with the proposed claims and regions appended (comments kept)."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    data = yaml.load(doc_path.read_text(encoding="utf-8"))
    for key in ("claims", "out-of-scope"):
        new = proposed.get(key) or []
        if not new:
            continue
        if data.get(key) is None:
            data[key] = []
        data[key].extend(new)
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def write_atomically(path: Path, text: str) -> None:
    """Write all or nothing: a temporary file beside ``path``, then a rename."""
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(text_path: Path, *, document: str | None, kind: str | None, out: Path | None, merge: Path | None,
        vendor: str | None = None, vendors: Path | None = None) -> tuple[list[Diagnostic], str | None, Path | None]:
    """The ``draft`` command: diagnostics, the YAML text, and where it was written (None: print it)."""
    import re

    from policylabel.validate import ID_RE

    for value, what in ((document, "document"), (vendor, "vendor")):
        if value is not None and not re.fullmatch(ID_RE, value):
            return [error("usage", f"'{value}' is not a valid {what} id", value,
                          hint="lower-case letters, digits and hyphens")], None, None
    if not text_path.is_file():
        return [error("io", "not a readable regular file", text_path)], None, None
    try:
        source = SourceText.from_file(text_path)
    except UnicodeDecodeError as exc:
        return [error("encoding", f"not valid UTF-8 at byte {exc.start}", text_path,
                      hint="save the file as UTF-8")], None, None
    except OSError as exc:
        return [error("io", f"cannot read: {exc.strerror or exc}", text_path)], None, None
    if vendor is not None and out is None and merge is None:
        out = (vendors or Path("vendors")) / vendor / f"{document or document_id_for(text_path)}.yaml"
        if out.parent.resolve() != text_path.parent.resolve():
            return [error("usage", f"the text is not in the vendor folder {out.parent}", text_path,
                          hint="copy it there with `policylabel new VENDOR --source FILE --draft`, or give --out")], \
                None, None
    if out is not None and out.exists() and (merge is None or out.resolve() != merge.resolve()):
        return [error("exists", "already exists; not overwritten", out)], None, None
    if merge is not None:
        skip, diags, doc = reviewed_starts(merge, source)
        if doc is None:
            return diags or [error("usage", "not a document YAML", merge)], None, None
        if doc.source_path.resolve() != text_path.resolve():
            return [error("usage", f"the document's source is {doc.source_path.name}, not this text", merge)], None, None
        proposed = draft_document(source, text_path, document=doc.id, kind=doc.kind, skip=skip)
        text = merged_yaml(merge, proposed)
    else:
        doc_id = document or document_id_for(text_path)
        text = to_yaml(draft_document(source, text_path, document=doc_id, kind=kind))
    if out is not None:
        try:
            write_atomically(out, text)
        except OSError as exc:
            return [error("io", f"cannot write: {exc.strerror or exc}", out)], None, None
    return [], text, out


def replace_scaffold(yaml_path: Path, text_path: Path, kind: str | None) -> list[Diagnostic]:
    """``new --source FILE --draft``: the freshly scaffolded document YAML replaced by a draft."""
    try:
        source = SourceText.from_file(text_path)
    except (OSError, UnicodeDecodeError) as exc:
        return [error("io", f"cannot read: {exc}", text_path)]
    doc = draft_document(source, text_path, document=yaml_path.stem, kind=kind)
    try:
        write_atomically(yaml_path, to_yaml(doc))
    except OSError as exc:
        return [error("io", f"cannot write: {exc.strerror or exc}", yaml_path)]
    return []
