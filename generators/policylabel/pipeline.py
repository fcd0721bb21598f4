"""Vendor by vendor: validate, check and render each vendor folder in worker processes, as a stream.

A vendor's reports, labels and pages live only in the worker that makes them: the worker writes the
vendor's files (into the build's staging folder) and sends back its diagnostics and a small summary per
document (what the home, comparison and search pages need). Memory therefore stays flat whatever the
number of documents. Results are consumed in vendor-folder order, so output and diagnostics are the same
with any number of workers. With a cache, a vendor whose inputs are unchanged is not checked or rendered
again: its files and diagnostics come from the cache entry.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from policylabel import paths
from policylabel.diagnostics import Diagnostic, Related, Severity, display_path, error
from policylabel.validate import Target

if TYPE_CHECKING:
    from policylabel.cache import Cache

Mode = Literal["validate", "check", "build", "export"]


@dataclass
class Outcome:
    """What one vendor folder leaves once its worker is done."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    documents: int = 0  # document files of the folder (for progress)
    summaries: list[dict[str, Any]] = field(default_factory=list)  # per document, for --format json
    entry: Any = None  # site.VendorEntry of a build, None when the vendor has no page
    skipped: int = 0  # documents not published
    part: str | None = None  # the folder below the staging root that holds the vendor's files
    cached: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"diagnostics": [diagnostic_to_json(d) for d in self.diagnostics], "documents": self.documents,
                "summaries": self.summaries, "entry": self.entry.to_json() if self.entry else None,
                "skipped": self.skipped}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Outcome:
        from policylabel.site import VendorEntry

        return cls([diagnostic_from_json(x) for x in d["diagnostics"]], int(d["documents"]), list(d["summaries"]),
                   VendorEntry.from_json(d["entry"]) if d["entry"] else None, int(d["skipped"]))


def diagnostic_to_json(d: Diagnostic) -> dict[str, Any]:
    return {"severity": d.severity.value, "code": d.code, "message": d.message, "file": d.file, "line": d.line,
            "column": d.column, "pointer": d.pointer, "hint": d.hint,
            "related": [[r.file, r.line, r.column, r.message] for r in d.related]}


def diagnostic_from_json(d: dict[str, Any]) -> Diagnostic:
    return Diagnostic(Severity(d["severity"]), str(d["code"]), str(d["message"]), str(d["file"]), int(d["line"]),
                      int(d["column"]), str(d["pointer"]), str(d["hint"]),
                      tuple(Related(str(f), int(li), int(c), str(m)) for f, li, c, m in d["related"]))


@dataclass
class _Run:
    """One run's settings; a module global so that forked workers inherit it without pickling."""

    targets: list[Target]
    mode: Mode
    strict: bool = False
    stage: Path | None = None  # the build's staging folder
    cache: Any = None  # cache.Cache
    shared_key: str = ""
    export: tuple[str, Path] | None = None  # (format, folder) of an export


_RUN: _Run | None = None
_SETTLED = False  # this process froze what its first vendor left behind (see _work)
COLLECT_EVERY = 32  # vendors checked and rendered between two full collections of a process (see _work)
_UNCOLLECTED = 0  # vendors done since this process's last full collection


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _init_worker() -> None:
    import gc

    # (signals: the pool sets them as the worker is forked, policylabel.forkpool)
    gc.freeze()  # what the worker inherited (templates, vocabulary) is never garbage: out of every collection


def _load_for_workers(mode: Mode) -> None:
    """Load here, before workers are forked, what every worker would otherwise load on its first vendor:
    the modules of the mode's stages and the per-process tables made from the schemas and the vocabulary."""
    from policylabel.validate import _fast_validator

    for name in ("vendor.schema.json", "document.schema.json"):
        _fast_validator(name)
    if mode == "validate":
        return
    import ahocorasick  # noqa: F401  (quotes are located with it)

    from policylabel import check, segment  # noqa: F401
    from policylabel.consistency import claims, coverage, drift, quotes, review, summary  # noqa: F401
    from policylabel.statements import lexicon
    from policylabel.vocabulary import load_vocabulary

    segment._get_boundaries()
    lexicon()
    summary._grouped_cues(load_vocabulary())


def stream(run: _Run, jobs: int) -> Iterator[Outcome]:
    """The outcome of every target, in target order, from ``jobs`` worker processes (1: this process)."""
    import multiprocessing

    global _RUN, _SETTLED
    _RUN, _SETTLED = run, False
    try:
        count = len(run.targets)
        if jobs < 2 or count < 2 or "fork" not in multiprocessing.get_all_start_methods():
            import gc

            gc.freeze()  # as in a worker: the per-vendor collections leave this process's own objects alone
            try:
                for i in range(count):
                    yield _work(i)
            finally:
                gc.unfreeze()
            return
        # Workers are replaced now and then, so that no cache inside one grows with the number of vendors;
        # each new one inherits what its vendors need from this process, instead of loading it itself.
        _load_for_workers(run.mode)
        from policylabel.forkpool import fork_pool

        with fork_pool(min(jobs, count), initializer=_init_worker, maxtasksperchild=64) as pool:
            yield from pool.imap(_work, range(count), chunksize=1)
    finally:
        _RUN = None
        if run.cache is not None:
            run.cache.remove_temporary()


def _work(index: int) -> Outcome:
    import gc

    global _UNCOLLECTED, _SETTLED
    outcome = None
    try:
        outcome = _work_on(index)
        return outcome
    finally:
        # A vendor's loaded YAML, model, reports and pages make no reference cycles as they are built now (a
        # test keeps the pages so): they are freed as soon as the vendor is done. Cycles another path may make (a failure's
        # traceback and its frames) are reclaimed by a full collection every few vendors, and after a failure,
        # as collections are rare during a run (gcpolicy): memory stays that of a few vendors whatever the
        # number. Each collection walks every young object still alive (caches of the text readers), so one
        # per vendor would cost more than it reclaims. (A vendor served from the cache made no garbage.)
        if outcome is None or not outcome.cached:
            _UNCOLLECTED += 1
        if outcome is None or (not outcome.cached and (_UNCOLLECTED >= COLLECT_EVERY or not _SETTLED)):
            gc.collect()
            _UNCOLLECTED = 0
            if not _SETTLED:
                # What the first vendor loaded for good (modules, vocabulary, lexicon, templates, caches) is
                # most of what a collection would walk through again for every vendor: leave it out of them.
                # Once per process, so at most one vendor's leftovers are kept out of collections.
                gc.freeze()
                _SETTLED = True


def _work_on(index: int) -> Outcome:
    run = _RUN
    assert run is not None
    target = run.targets[index]
    slot = key = None
    if run.cache is not None:
        from policylabel.cache import vendor_key

        slot = f"{run.mode} {target.folder.resolve()} {target.folder}"
        key = vendor_key(run.shared_key, target.folder, target.documents)
        if run.stage is not None:
            # Hard links to the cache's checked objects: an unchanged vendor's files are not written again.
            part = f".parts/{index:06d}"
            meta = run.cache.place(slot, key, run.stage / part, _vendor_folder)
            if meta is not None:
                outcome = Outcome.from_json(meta)
                outcome.part, outcome.cached = (part if (run.stage / part).is_dir() else None), True
                return outcome
        else:
            hit = run.cache.load(slot, key)
            if hit is not None:
                outcome = Outcome.from_json(hit[0])
                outcome.cached = True
                return outcome
    outcome, rendered = _process(run, target)
    files = [(rel, _bytes(content)) for rel, content in rendered]  # encoded once, for the part and the cache
    folder = outcome.entry.id if outcome.entry is not None else None
    if run.mode == "build":
        outcome.part = _write_part(run, index, files, folder)
    if run.cache is not None and slot is not None and key is not None:
        # The files just written to the staging folder become the cache's objects by hard links.
        written = run.stage / outcome.part if run.stage is not None and outcome.part is not None else None
        run.cache.store(slot, key, outcome.to_json(), files, written, folder)
    return outcome


def _vendor_folder(meta: dict[str, Any]) -> str | None:
    """The site folder of a cached vendor (its id), whose files make its part."""
    entry = meta.get("entry")
    return entry.get("id") if isinstance(entry, dict) else None


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _write_part(run: _Run, index: int, files: list[tuple[str, bytes]], folder: str | None) -> str | None:
    """The files of the vendor's site ``folder`` written into a part of the staging folder, which becomes that
    folder by one rename (the others, none in a build, are not written)."""
    if run.stage is None or not files or not folder:
        return None
    part = f".parts/{index:06d}"
    base = f"{run.stage}/{part}/"  # file names of a vendor's files are relative, with "/"
    prefix = f"{folder}/"
    made: set[str] = set()
    for rel, content in files:
        if not rel.startswith(prefix):
            continue
        path = base + rel[len(prefix):]
        directory = path.rpartition("/")[0]
        if directory not in made:
            os.makedirs(directory, exist_ok=True)
            while directory not in made and len(directory) >= len(base) - 1:  # it and the folders it is in
                made.add(directory)
                directory = directory.rpartition("/")[0]
        _write_new(path, content)
    return part if made else None


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _write_new(path: str, content: bytes) -> None:
    """Write a file of the staging folder: a descriptor and its writes, no file object (nor its fstat)."""
    fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _process(run: _Run, target: Target) -> tuple[Outcome, list[tuple[str, str | bytes]]]:
    """Validate (and check, and render) one vendor folder."""
    from policylabel.validate import _validate_target

    validation = _validate_target(target)
    out = Outcome(diagnostics=list(validation.diagnostics))
    wanted = _document_files(target)
    out.documents = len(wanted)
    vendor = validation.vendors[0] if validation.vendors else None
    if run.mode == "validate":
        out.summaries = [{"vendor": d.vendor_id, "document": d.id, "file": str(d.yaml_path), "claims": len(d.claims)}
                         for d in (vendor.documents if vendor else ())]
        return out, []
    reports: list[Any] = []
    if vendor is not None:
        from policylabel.check import _check_vendor

        # What a tool proposed is never published: `review: proposed` is an error for a build.
        diags, reports = _check_vendor(vendor, validation, run.strict, run.strict or run.mode in ("build", "export"))
        out.diagnostics += diags
    if run.mode == "check":
        out.summaries = [r.summary() for r in reports]
        return out, []
    if run.mode == "export":
        out.summaries = _export_vendor(run, vendor, [r for r in reports if r.errors == 0])
        return out, []
    from policylabel import site

    published = [r for r in reports if site.refusal(r) is None]
    ok = {r.document.yaml_path for r in published}
    out.skipped = sum(1 for p in wanted if p not in ok)
    out.diagnostics += _skipped(target, wanted, ok, out.diagnostics, vendor)
    if vendor is None or vendor.id in site.RESERVED_TOP_LEVEL:
        return out, []
    files, out.entry = site.render_vendor(vendor, published)
    return out, files


def _export_vendor(run: _Run, vendor: Any, reports: list[Any]) -> list[dict[str, Any]]:
    """Write one vendor's export files; returns what the catalogue (or the P3P reference file) needs."""
    from policylabel import export, jsonld, p3p

    assert run.export is not None
    fmt, folder = run.export
    if vendor is None or not reports:
        return []
    if folder is None:
        return [_stdout_chunk(vendor, reports, fmt)]
    shared = {p3p.REFERENCE_PATH, jsonld.CONTEXT_FILE, jsonld.catalogue_path().removesuffix(".jsonld") + ".jsonld",
              jsonld.catalogue_path().removesuffix(".jsonld") + ".nq"}
    for rel, content in export._outputs(reports, fmt):
        if rel in shared:
            continue  # written once for all vendors, by the main process
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if fmt == "p3p":
        return [{"policy": [r.document.vendor_id, r.document.id]} for r in reports
                if r.document.kind == "privacy-policy"]
    graph = jsonld.vendor_reference_graph(vendor, [r.document for r in reports], relative=False)
    return [{"vendor": vendor.id, "nodes": graph["@graph"]}]


def export_folder(targets: list[Target], fmt: str, folder: Path, *, jobs: int | None = None,
                  progress: bool | None = None) -> list[Diagnostic]:
    """``export --out DIR`` as a stream: each vendor's files written by its worker; the catalogue, context and
    P3P reference file from the small summaries. Documents with errors are left out."""
    from policylabel import export, jsonld, p3p
    from policylabel.progress import Progress

    run = _Run(targets, "export", export=(fmt, folder))
    bar = Progress(sum(len(_document_files(t)) for t in targets),
                   sys.stderr.isatty() if progress is None else progress, label="exporting")
    diags: list[Diagnostic] = []
    parts: list[dict[str, Any]] = []
    with terminate_as_interrupt():
        for outcome in stream(run, jobs or default_jobs()):
            diags += outcome.diagnostics
            parts += outcome.summaries
            bar.step(outcome.documents)
    bar.close()
    files: list[tuple[str, str]] = []
    if fmt == "p3p":
        files.append((p3p.REFERENCE_PATH, p3p.reference_file_for([tuple(x["policy"]) for x in parts])))
    else:
        cat: dict[str, Any] = {"@id": f"{jsonld.BASE_URL_DEFAULT}#catalogue", "@type": ["schema:DataCatalog"],
                               "name": "policylabel", "url": jsonld.BASE_URL_DEFAULT}
        parts.sort(key=lambda x: x["vendor"])
        nodes = [n for x in parts for n in x["nodes"]]
        if parts:
            cat["about"] = [n["@id"] for n in nodes if n["@id"].endswith("#vendor")]
        graph = {"@context": jsonld.context_url(), "@graph": [cat, *nodes]}
        render = jsonld.dumps if fmt == "jsonld" else export.nquads
        files.append((jsonld.catalogue_path().removesuffix(".jsonld") + (".jsonld" if fmt == "jsonld" else ".nq"),
                      render(graph)))
        if fmt == "jsonld":
            files.append((jsonld.CONTEXT_FILE, jsonld.dumps(jsonld.context())))
    for rel, content in files:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8"))
    return diags


def _stdout_chunk(vendor: Any, reports: list[Any], fmt: str) -> dict[str, Any]:
    """One vendor's part of the single document ``export`` writes to stdout, as text."""
    from policylabel import export, jsonld, p3p

    if fmt == "p3p":
        return {"vendor": vendor.id, "text": p3p.policies_part(
            sorted((r for r in reports if r.document.kind == "privacy-policy"), key=lambda r: r.document.id))}
    # Absolute IRIs, no @base: the vendors' graphs are joined into one.
    graph = jsonld.vendor_graph(vendor, reports, relative=False)
    if fmt == "jsonld":
        return {"vendor": vendor.id, "nodes": [[n["@id"], jsonld.node_text(n)] for n in graph["@graph"]]}
    return {"vendor": vendor.id, "lines": sorted(set(export.graph_triples(graph)))}


def export_stdout(targets: list[Target], fmt: str, out: Any, *, jobs: int | None = None,
                  progress: bool | None = None) -> list[Diagnostic]:
    """``export`` to stdout as a stream of vendors: the same single document as ``export.export(..., None,
    out)`` of every checked vendor, written a vendor at a time, so that no more than one vendor's graph is
    held. Documents with errors are left out.

    Vendors come in id order (a vendor's id is its folder's name). N-Quads come by vendor, in the order of
    their folder IRIs (``id/``), each vendor's lines sorted (``export.stdout_nquads``): every subject of a
    vendor's graph lies below its folder's IRI or is a blank-node selector of one of its evidence targets,
    labelled after that target, so no line is shared by two vendors. Two folders with one id (under two inputs) are joined:
    their N-Quads sorted together; their JSON-LD nodes (each written once) and P3P policies in folder order.
    """
    from collections import Counter

    from policylabel import jsonld, p3p
    from policylabel.progress import Progress

    order = (lambda t: t.folder.name + "/") if fmt == "nquads" else (lambda t: t.folder.name)
    targets = sorted(targets, key=order)
    twice = {name for name, n in Counter(t.folder.name for t in targets).items() if n > 1}
    run = _Run(targets, "export", export=(fmt, None))
    bar = Progress(sum(len(_document_files(t)) for t in targets),
                   sys.stderr.isatty() if progress is None else progress, label="exporting")
    diags: list[Diagnostic] = []
    wrote_node = False
    seen: dict[str, set[str]] = {}  # node IRIs of the ids held by two folders, to write each node once
    pending: tuple[str, set[str]] | None = None  # N-Quads of such an id, written once its folders are done

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            out.write("".join(line + "\n" for line in sorted(pending[1])))
            pending = None

    if fmt == "jsonld":
        out.write(f'{{\n  "@context": {jsonld.node_text_value(jsonld.context_url())},\n  "@graph": ')
    elif fmt == "p3p":
        out.write(p3p.policies_head())
    with terminate_as_interrupt():
        for outcome in stream(run, jobs or default_jobs()):
            diags += outcome.diagnostics
            bar.step(outcome.documents)
            for chunk in outcome.summaries:
                vid = chunk["vendor"]
                if fmt == "p3p":
                    out.write(chunk["text"])
                elif fmt == "jsonld":
                    for iri, text in chunk["nodes"]:
                        if vid in twice:
                            ids = seen.setdefault(vid, set())
                            if iri in ids:
                                continue
                            ids.add(iri)
                        out.write(("[\n" if not wrote_node else ",\n") + text)
                        wrote_node = True
                else:
                    if pending is not None and pending[0] != vid:
                        flush()
                    if vid in twice:
                        pending = pending or (vid, set())
                        pending[1].update(chunk["lines"])
                    else:
                        out.write("".join(line + "\n" for line in chunk["lines"]))
    bar.close()
    flush()
    if fmt == "jsonld":
        out.write("\n  ]\n}\n" if wrote_node else "[]\n}\n")
    elif fmt == "p3p":
        out.write(p3p.policies_tail())
    return diags


def _document_files(target: Target) -> list[Path]:
    if target.documents:
        return sorted(target.documents)
    try:
        return sorted(p for p in target.folder.glob("*.yaml") if p.name != paths.VENDOR_FILE)
    except OSError:
        return []


def _skipped(target: Target, wanted: list[Path], ok: set[Path], diags: list[Diagnostic],
             vendor: Any) -> list[Diagnostic]:
    """One line per document that is not published, naming its first error (the root cause)."""
    from policylabel.diagnostics import sorted_diagnostics
    from policylabel.site import RESERVED_TOP_LEVEL

    errors = sorted_diagnostics(d for d in diags if d.is_error)
    vendor_file = str(target.folder / paths.VENDOR_FILE)
    out = []
    for p in wanted:
        if p in ok:
            continue
        ref = f"{target.folder.name}/{p.stem}"
        if vendor is not None and vendor.id in RESERVED_TOP_LEVEL:
            why = f"the vendor id '{vendor.id}' is reserved by the site"
            where: Diagnostic | None = None
        else:
            mine = [d for d in errors if d.file == str(p) or (Path(d.file).parent == target.folder
                    and Path(d.file).stem == p.stem and d.file != vendor_file)]
            where = (mine or [d for d in errors if d.file in (vendor_file, str(target.folder))] or [None])[0]
            why = f"{where.code}: {where.message}" if where else "its text is unreadable"
        loc = (where.file, where.line, where.column) if where else (str(p), 0, 0)
        out.append(error("not-published", f"{ref} is not published: {why}", *loc,
                         hint="fix the errors `policylabel check` reports, then rebuild"))
    return out


# ------------------------------------------------------------------------------------------ commands

@dataclass
class RunResult:
    diagnostics: list[Diagnostic]
    summaries: list[dict[str, Any]]
    usage: bool = False  # a usage or I/O problem (exit 2), not a problem in the data


def check_paths(targets: list[Target], mode: Mode, *, strict: bool = False, jobs: int | None = None,
                progress: bool | None = None) -> RunResult:
    """``validate`` or ``check`` as a stream: diagnostics and per-document summaries only."""
    from policylabel.progress import Progress

    run = _Run(targets, mode, strict)
    bar = Progress(sum(len(_document_files(t)) for t in targets),
                   sys.stderr.isatty() if progress is None else progress, label={"check": "checking", "validate": "validating"}[mode])
    diags: list[Diagnostic] = []
    summaries: list[dict[str, Any]] = []
    with terminate_as_interrupt():
        for outcome in stream(run, jobs or default_jobs()):
            diags += outcome.diagnostics
            summaries += outcome.summaries
            bar.step(outcome.documents)
    bar.close()
    return RunResult(diags, summaries)


def build_site(inputs: list[Path], out: Path, *, base_url: str | None = None, keep_going: bool = False,
               jobs: int | None = None, cache_dir: Path | None = None, use_cache: bool = True,
               progress: bool | None = None) -> RunResult:
    """``policylabel build``: every vendor folder of ``inputs`` checked and rendered into ``out``, atomically.

    All or nothing: with any error, nothing is published and ``out`` stays byte for byte as it was;
    ``keep_going`` publishes the valid documents and lists each skipped one with its first error.
    """
    from policylabel import site
    from policylabel.cache import DEFAULT_DIR, Cache
    from policylabel.validate import discover

    targets, diags = discover(inputs)
    if any(d.code == "io" for d in diags):
        return RunResult(diags, [], usage=True)
    problem = _output_problem(inputs, out)
    if problem is not None:
        return RunResult([*diags, problem], [], usage=True)
    cache = None
    emptier = None
    if use_cache:
        cache = Cache((cache_dir or DEFAULT_DIR).absolute())
        # The sites earlier builds replaced are removed while this one works (a thread: unlinking waits on the
        # file system, not on this process).
        emptier = threading.Thread(target=site.empty_trash, args=(cache.trash,), daemon=True)
        emptier.start()
    try:
        return _build_site(targets, diags, out, site, cache, base_url, keep_going, jobs, progress)
    finally:
        if emptier is not None:
            emptier.join()


def _build_site(targets: list[Target], diags: list[Diagnostic], out: Path, site: ModuleType, cache: Cache | None,
                base_url: str | None, keep_going: bool, jobs: int | None, progress: bool | None) -> RunResult:
    from policylabel.cache import global_key
    from policylabel.gcpolicy import rare_collections
    from policylabel.progress import Progress

    _forget_stale_inputs(global_key(base_url or "", "inputs"))
    site_ctx = site.prepare(base_url, cache.root / "templates" if cache else None)
    run = _Run(targets, "build", stage=None, cache=cache,
               shared_key=global_key(site_ctx.base, "strict=False") if cache else "")
    bar = Progress(sum(len(_document_files(t)) for t in targets), sys.stderr.isatty() if progress is None else progress)
    entries: list[Any] = []
    taken: set[str] = set()
    stored = False  # a vendor was rendered, so its cache entry (and maybe its objects) replaced
    try:
        stage = site.Staging(out)
    except OSError as exc:
        return RunResult([*diags, error("io", f"cannot write the site here: {exc.strerror or exc}", out)], [],
                         usage=True)
    with stage, terminate_as_interrupt(), rare_collections():
        run.stage = stage.root
        for outcome in stream(run, jobs or default_jobs()):
            diags += outcome.diagnostics
            bar.step(outcome.documents)
            stored = stored or not outcome.cached
            entry = outcome.entry
            if entry is None:
                continue
            if entry.id in taken:
                diags.append(error("duplicate-vendor", f"two vendor folders have the id '{entry.id}'; the second "
                                   "is not published", out, hint="give each vendor folder a unique name"))
                continue
            taken.add(entry.id)
            if outcome.part is not None:
                os.rename(stage.root / outcome.part, stage.root / entry.id)  # the part is the vendor's folder
            entries.append(entry)
        bar.close()
        shutil.rmtree(stage.root / ".parts", ignore_errors=True)
        failed = [d for d in diags if d.is_error]
        if failed and not keep_going:
            skipped = sum(1 for d in failed if d.code == "not-published")
            diags.append(site.not_published(skipped or len(failed), out))
            return RunResult(diags, [])
        try:
            site.finish_site(stage.writer, entries)
            stage.commit(cache.trash if cache is not None else None)
        except OSError as exc:
            diags.append(error("io", f"cannot write the site: {exc.strerror or exc}", out))
            return RunResult(diags, [], usage=True)
    if cache is not None and stored:
        cache.collect()
    return RunResult(diags, [])


_LAST_INPUTS: str | None = None


def _forget_stale_inputs(key: str) -> None:
    """Drop what this process derived from the vocabulary and templates when they changed since its last
    build (a long-lived process building again): the cache keys follow the files, so must the output."""
    global _LAST_INPUTS
    if key != _LAST_INPUTS:
        from policylabel import site
        from policylabel.vocabulary import load_vocabulary

        load_vocabulary.cache_clear()
        site.environment.cache_clear()
        _LAST_INPUTS = key


def _output_problem(inputs: list[Path], out: Path) -> Diagnostic | None:
    """Refuse an output folder that is not a site we built, or that lies inside a vendors folder."""
    from policylabel.site import output_problem

    where = Path(os.path.realpath(out))
    for p in inputs:
        root = Path(os.path.realpath(p if p.is_dir() else p.parent))
        if where == root or where.is_relative_to(root):
            return error("usage", f"the site cannot be written inside the vendors folder {display_path(p)}", out,
                         hint="choose an --out folder outside the vendor folders (default: _site)")
    return output_problem(out)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process like Ctrl-C so that the same clean-up runs."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM raised as ``Terminated`` in the main thread while the block runs."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


__all__ = ["Outcome", "RunResult", "Terminated", "build_site", "check_paths", "terminate_as_interrupt"]
