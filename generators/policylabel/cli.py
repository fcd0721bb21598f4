"""Command line: argument parsing, output format and exit codes only; the work is done elsewhere.

Exit codes: 0 no errors (warnings allowed), 1 errors in the data, 2 usage, I/O or internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from policylabel import __version__, paths
from policylabel.diagnostics import (
    FORMATTERS,
    Diagnostic,
    error,
    format_json,
    has_errors,
    json_safe,
    raised_at,
    sorted_diagnostics,
    terminal_safe,
)
from policylabel.gcpolicy import rare_collections

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {terminal_safe(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="vendors folder, vendor folder or YAML file (default: ./vendors)")
    p.add_argument("--format", choices=["text", "github", "json"], default=None,
                   help="output format (default: text; github when GITHUB_ACTIONS is set)")
    p.add_argument("--changed", metavar="REV",
                   help="only the vendor folders that differ from git revision REV")


def _jobs(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 256:
        raise argparse.ArgumentTypeError(f"expected a number of worker processes from 1 to 256, got {value!r}")
    return int(value)


def _port(value: str) -> int:
    """A TCP port, 1..65535, checked while parsing (so nothing is built for a port that cannot be used)."""
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1 to 65535)")
    return int(value)


def _base_url(value: str) -> str:
    from policylabel.site import base_url_problem

    problem = base_url_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


def _add_jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                   help="worker processes, a vendor at a time (default: the number of cores)")


def _add_build_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    p.add_argument("--out", type=Path, default=Path("_site"), help="output folder (default: _site)")
    p.add_argument("--keep-going", action="store_true",
                   help="publish the valid documents when some fail (default: publish nothing, exit 1)")
    p.add_argument("--cache-dir", type=Path, default=None, metavar="DIR",
                   help="build cache folder (default: .policylabel-cache)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the build cache")
    _add_jobs(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="policylabel", description="Machine-readable privacy policies and terms of service.")
    parser.add_argument("--version", action="version", version=f"policylabel {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("validate", help="check vendor YAML against the schema and the vocabulary")
    _add_inputs(p)
    _add_jobs(p)

    p = sub.add_parser("check", help="validate, then check every claim against the original text")
    _add_inputs(p)
    p.add_argument("--strict", action="store_true", help="unreviewed sentences are errors, not warnings")
    _add_jobs(p)

    p = sub.add_parser("scan", help="segment a raw policy text and detect contradictions in it (no YAML)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("draft", help="propose a document YAML from a policy text (every claim marked for review)")
    p.add_argument("file", type=Path, metavar="FILE.txt")
    p.add_argument("--vendor", metavar="ID", help="write into vendors/ID/ (the text must already be there)")
    p.add_argument("--document", metavar="ID", help="document id (default: from the file name)")
    p.add_argument("--kind", choices=["privacy-policy", "terms-of-service"], default=None)
    p.add_argument("--out", type=Path, metavar="DOC.yaml", help="write the YAML here instead of printing it")
    p.add_argument("--merge", type=Path, metavar="DOC.yaml",
                   help="add proposed claims to an existing document, for the sentences it leaves unreviewed")
    p.add_argument("--vendors", type=Path, default=paths.DEFAULT_VENDORS, help=argparse.SUPPRESS)

    p = sub.add_parser("new", help="scaffold a vendor folder (and a document from a source text)")
    p.add_argument("vendor_id")
    p.add_argument("--document", metavar="ID", help="document id, e.g. privacy-policy")
    p.add_argument("--source", type=Path, metavar="FILE", help="the original text to copy beside the YAML")
    p.add_argument("--kind", choices=["privacy-policy", "terms-of-service"], default=None)
    p.add_argument("--vendors", type=Path, default=paths.DEFAULT_VENDORS, help="vendors folder (default: ./vendors)")
    p.add_argument("--draft", action="store_true", help="with --source: propose claims with `policylabel draft`")

    p = sub.add_parser("rehash", help="record a changed source text's SHA-256 once every quote matches again")
    p.add_argument("documents", nargs="+", type=Path, metavar="DOCUMENT.yaml")

    p = sub.add_parser("update", help="install a new version of a document's text and re-anchor its quotes")
    p.add_argument("document", type=Path, metavar="DOCUMENT.yaml")
    p.add_argument("new_text", type=Path, metavar="NEW.txt")
    p.add_argument("--date", help="when the new text was captured, YYYY-MM-DD (default: today, UTC)")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("export", help="write JSON-LD, N-Quads or P3P without building the site")
    _add_inputs(p)
    p.set_defaults(format=None)
    p.add_argument("--to", dest="export_format", choices=["jsonld", "nquads", "p3p"], default="jsonld",
                   help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help="write files into this folder instead of stdout")
    _add_jobs(p)

    p = sub.add_parser("build", help="check the vendors and build the static site")
    _add_build_options(p)
    p.add_argument("--base-url", type=_base_url,
                   help="absolute http(s) URL the site is published at (for JSON-LD IRIs and sitemap)")
    p.add_argument("--format", choices=["text", "github", "json"], default=None)

    p = sub.add_parser("serve", help="build the site and serve it on 127.0.0.1 for a local preview")
    _add_build_options(p)
    p.add_argument("--port", type=_port, default=8000, help="port on 127.0.0.1, 1 to 65535 (default: 8000)")
    return parser


def _emit(diagnostics: Sequence[Diagnostic], fmt: str | None, documents: Sequence[dict[str, Any]] = ()) -> None:
    fmt = fmt or _default_format()
    diags = sorted_diagnostics(diagnostics)
    if fmt == "json":
        sys.stdout.write(format_json(diags, documents))
    else:
        sys.stdout.write(FORMATTERS[fmt](diags))


def _inputs(args: argparse.Namespace) -> tuple[list[Any], list[Diagnostic], bool]:
    """Targets from the command line; the third value is False on a usage problem."""
    from policylabel.validate import discover

    inputs: list[Path] = list(args.paths) or [paths.DEFAULT_VENDORS]
    if getattr(args, "changed", None):
        from policylabel.changed import changed_vendor_folders

        folders, problem = changed_vendor_folders(args.changed, inputs)
        if problem:
            return [], [error("usage", problem, ".")], False
        inputs = folders
        if not inputs:
            return [], [], True
    targets, diags = discover(inputs)
    return targets, diags, not any(d.code == "io" for d in diags)


def cmd_validate(args: argparse.Namespace) -> int:
    from policylabel.pipeline import check_paths

    targets, diags, ok = _inputs(args)
    if not ok:
        _emit(diags, args.format)
        return EXIT_USAGE
    result = check_paths(targets, "validate", jobs=args.jobs)
    diags += result.diagnostics
    _emit(diags, args.format, result.summaries)
    return EXIT_ERRORS if has_errors(diags) else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from policylabel.pipeline import check_paths

    targets, diags, ok = _inputs(args)
    if not ok:
        _emit(diags, args.format)
        return EXIT_USAGE
    # A stream of vendors: each one's reports are summarised and dropped by the worker that checked it.
    result = check_paths(targets, "check", strict=args.strict, jobs=args.jobs)
    diags += result.diagnostics
    _emit(diags, args.format, result.summaries)
    return EXIT_ERRORS if has_errors(diags) else EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    import json

    from policylabel.scan import format_scan_text, scan

    try:
        result = scan(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        diag = getattr(exc, "diagnostic", None) or error("io", f"cannot read: {getattr(exc, 'strerror', '') or exc}",
                                                         args.file)
        _emit([diag], "text")
        return EXIT_USAGE
    if args.format == "json":
        sys.stdout.write(json_safe(json.dumps(result, indent=2, ensure_ascii=False)) + "\n")
    else:
        sys.stdout.write(terminal_safe(format_scan_text(result), keep_newlines=True))
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    from policylabel.draft import run

    diags, text, written = run(args.file, document=args.document, kind=args.kind, out=args.out, merge=args.merge,
                               vendor=args.vendor, vendors=args.vendors)
    if diags:
        _emit(diags, "text")
    if text is None:
        return EXIT_USAGE if any(d.code in ("usage", "io", "encoding", "exists") for d in diags) else EXIT_ERRORS
    if written is None:
        sys.stdout.write(text)
    else:
        print(f"wrote {written}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from policylabel.scaffold import scaffold

    if args.draft and args.source is None:
        _emit([error("usage", "--draft needs --source FILE (the text to draft from)", args.vendor_id)], "text")
        return EXIT_USAGE
    diags, created = scaffold(args.vendors, args.vendor_id, args.document, args.source, args.kind)
    if args.draft and not has_errors(diags):
        from policylabel.draft import replace_scaffold

        yaml_path = next(p for p in created if p.suffix == ".yaml" and p.name != paths.VENDOR_FILE)
        text_path = next(p for p in created if p.suffix != ".yaml")
        diags += replace_scaffold(yaml_path, text_path, args.kind)
    for path in created:
        print(f"created {terminal_safe(str(path))}")
    if diags:
        _emit(diags, "text")
    return EXIT_USAGE if has_errors(diags) else EXIT_OK


def cmd_rehash(args: argparse.Namespace) -> int:
    from policylabel.rehash import rehash

    status = EXIT_OK
    all_diags: list[Diagnostic] = []
    for doc in args.documents:
        diags, message = rehash(doc)
        all_diags += diags
        if message:
            print(terminal_safe(message))
        if has_errors(diags):
            status = EXIT_ERRORS
    if all_diags:
        _emit(all_diags, "text")
    return status


def cmd_update(args: argparse.Namespace) -> int:
    from policylabel.update import update

    outcome, diags = update(args.document, args.new_text, args.date)
    if outcome is None:
        _emit(diags, "text")
        return EXIT_USAGE
    sys.stdout.write(outcome.to_json() if args.format == "json" else outcome.to_text())
    return EXIT_ERRORS if outcome.needs_review else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from policylabel.export import export

    if args.out is not None and args.out.exists() and not args.out.is_dir():
        _emit([error("usage", "--out must be a folder (this is a file)", args.out,
                     hint="give a new or existing folder; without --out the export goes to stdout")], "text")
        return EXIT_USAGE
    if args.out is not None and args.export_format in ("jsonld", "nquads", "p3p"):
        # To a folder: a stream of vendors, each one's files written by the worker that checked it.
        from policylabel.pipeline import export_folder

        targets, diags, ok = _inputs(args)
        if not ok:
            _emit(diags, "text")
            return EXIT_USAGE
        diags += export_folder(targets, args.export_format, args.out, jobs=args.jobs)
        if has_errors(diags):
            sys.stderr.write(FORMATTERS["text"](sorted_diagnostics(d for d in diags if d.is_error)))
        return EXIT_ERRORS if has_errors(diags) else EXIT_OK
    if args.export_format not in ("jsonld", "nquads", "p3p"):
        return export([], args.export_format, None, sys.stdout)
    # To stdout: one document, written a vendor at a time as the workers check them.
    from policylabel.pipeline import export_stdout

    targets, diags, ok = _inputs(args)
    if not ok:
        _emit(diags, "text")
        return EXIT_USAGE
    diags += export_stdout(targets, args.export_format, sys.stdout, jobs=args.jobs)
    if has_errors(diags):
        sys.stderr.write(FORMATTERS["text"](sorted_diagnostics(d for d in diags if d.is_error)))
    return EXIT_ERRORS if has_errors(diags) else EXIT_OK


def _build(args: argparse.Namespace) -> tuple[int, list[Diagnostic]]:
    from policylabel.pipeline import build_site

    result = build_site(list(args.paths) or [paths.DEFAULT_VENDORS], args.out, base_url=args.base_url,
                        keep_going=args.keep_going, jobs=args.jobs, cache_dir=args.cache_dir,
                        use_cache=not args.no_cache)
    if result.usage:
        return EXIT_USAGE, result.diagnostics
    return (EXIT_ERRORS if has_errors(result.diagnostics) else EXIT_OK), result.diagnostics


def cmd_build(args: argparse.Namespace) -> int:
    code, diags = _build(args)
    _emit(diags, args.format)
    return code


def cmd_serve(args: argparse.Namespace) -> int:
    from policylabel.site import make_server

    args.format, args.base_url = "text", None
    try:  # the port first: a port in use is reported before any work, and nothing claims to serve on it
        server = make_server(args.out, args.port)
    except OSError as exc:
        _emit([error("io", f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", args.out,
                     hint="choose another --port")], "text")
        return EXIT_USAGE
    with server:
        code, diags = _build(args)
        _emit(diags, "text")
        if code == EXIT_USAGE or not (args.out / "index.html").is_file():
            return code or EXIT_ERRORS
        print(f"serving {args.out} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": cmd_validate, "check": cmd_check, "scan": cmd_scan, "draft": cmd_draft, "new": cmd_new,
    "rehash": cmd_rehash, "update": cmd_update,
    "export": cmd_export, "build": cmd_build, "serve": cmd_serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # `export --format jsonld` names the output format; the diagnostics of export are always text.
    if argv[:1] == ["export"]:
        argv = ["export"] + [("--to" if a == "--format" else a) for a in argv[1:]]
        argv = [a.replace("--format=", "--to=") if a.startswith("--format=") else a for a in argv]
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    from policylabel.pipeline import terminate_as_interrupt

    try:
        # SIGTERM is Ctrl-C's for the whole command, its clean-up included (a stop that arrives after the
        # work, while old cache entries are collected, still exits as stopped, never by the bare signal)
        with terminate_as_interrupt(), rare_collections():
            return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the environment (permissions, a full disk...), not the data: located, exit 2
        where = exc.filename if exc.filename is not None else "."
        diag = error("io", f"{exc.strerror or exc}" + (f" ({exc.filename2})" if exc.filename2 else ""), where,
                     hint="check this path: its folders, permissions and free space")
        sys.stderr.write(FORMATTERS["text"]([diag]))
        return EXIT_USAGE
    except Exception as exc:
        pool = sys.modules.get("policylabel.forkpool")  # (imported with the first worker, not before)
        if pool is not None and isinstance(exc, pool.WorkerLost):
            diag = error("worker", str(exc), ".", hint="a worker process was killed, or ran out of memory: run the "
                         "command again, with fewer --jobs if memory is short")
            sys.stderr.write(FORMATTERS["text"]([diag]))
            return EXIT_USAGE
        diag = error("internal", f"internal error: {type(exc).__name__}: {exc}", ".",
                     hint=f"please report this with the input that caused it ({raised_at(exc)})")
        sys.stderr.write(FORMATTERS["text"]([diag]))
        return EXIT_USAGE
