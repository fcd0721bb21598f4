"""`policylabel build` as a user runs it: all or nothing, --keep-going, root causes, the build cache
(equivalence with --no-cache after any edit; bad entries ignored), worker processes, signals, output
folders, pagination and the preview server."""

from __future__ import annotations

import http.client
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylabel import cache as cache_module
from policylabel import paths, pipeline, site
from policylabel.cli import main

REPO = Path(__file__).resolve().parents[1]
ACME = REPO / "tests/site/data/vendors/acme"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _vendors(root: Path, copies: int = 2) -> Path:
    """A vendors folder with ``copies`` copies of the test vendor (acme, acme-1, ...)."""
    vendors = root / "vendors"
    for i in range(copies):
        vid = "acme" if i == 0 else f"acme-{i}"
        shutil.copytree(ACME, vendors / vid)
        y = vendors / vid / "vendor.yaml"
        y.write_text(re.sub(r"(?m)^id: .*$", f"id: {vid}", y.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    return vendors


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def _break_quote(doc: Path) -> None:
    """Make one evidence quote of ``doc`` unfindable in its text (a check error, the YAML stays valid)."""
    text = doc.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^(      - )(\S)", r"\1Nowhere in the text, \2", text, count=1)
    assert new != text
    doc.write_text(new, encoding="utf-8")


# ------------------------------------------------------------------------------------------ semantics

def test_all_or_nothing_keeps_the_previous_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path)
    out = tmp_path / "_site"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    before = _tree(out)
    _break_quote(vendors / "acme-1/privacy-policy.yaml")
    code, text = _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")
    assert code == 1
    assert "site-not-published" in text and "--keep-going" in text
    assert "acme-1/privacy-policy is not published: quote-not-found" in text
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site", "vendors"]


def test_keep_going_publishes_the_valid_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path)
    _break_quote(vendors / "acme-1/privacy-policy.yaml")
    out = tmp_path / "_site"
    code, text = _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache", "--keep-going")
    assert code == 1
    assert text.count("is not published") == 1 and "site-not-published" not in text
    assert (out / "acme-1/terms-of-service/index.html").is_file()
    assert (out / "acme/privacy-policy/index.html").is_file()
    assert not (out / "acme-1/privacy-policy").exists()
    assert "acme-1/privacy-policy/" not in (out / "index.html").read_text(encoding="utf-8")


def test_a_document_that_fails_to_load_reports_its_root_cause_only(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path, 1)
    (vendors / "acme/privacy-policy.yaml").write_text("id: privacy-policy\nclaims: [\n", encoding="utf-8")
    code, text = _run(capsys, "check", str(vendors))
    assert code == 1
    assert "privacy-policy.yaml:" in text
    assert "appears in none of the vendor's texts" not in text
    code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / "s"), "--no-cache", "--keep-going")
    assert code == 1 and "appears in none" not in text
    assert text.count("is not published") == 1


def test_jobs_do_not_change_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path, 3)
    for jobs in ("1", "2"):
        code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / f"s{jobs}"), "--no-cache",
                          "--jobs", jobs)
        assert code == 0, text
    assert _tree(tmp_path / "s1") == _tree(tmp_path / "s2")
    code, text = _run(capsys, "check", str(vendors), "--jobs", "2", "--format", "json")
    assert code == 0 and text.count('"document":') == 6



_STOPPED_AT_ONCE = """
from policylabel.forkpool import fork_pool
from policylabel.pipeline import _init_worker, terminate_as_interrupt

with terminate_as_interrupt():
    for _ in range(300):
        with fork_pool(2, initializer=_init_worker):
            pass  # leaving the block terminates the pool while its workers may still be starting
print("stopped")
"""


def test_a_pool_stopped_while_its_workers_start_does_not_hang() -> None:
    """A build that stops at once (an error in all-or-nothing mode) terminates its pool while its workers may be
    just forked, under the main process's own SIGTERM handler: the SIGTERM each gets must end it, whenever it
    arrives (a worker that lost it kept the pool, and the build, waiting for ever)."""
    run = subprocess.run([sys.executable, "-c", _STOPPED_AT_ONCE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "stopped", run.stderr[-2000:]


# ------------------------------------------------------------------------------------------ cache

EDITS = st.lists(st.sampled_from(["title", "text", "vendor", "template", "static", "vocabulary", "base-url",
                                  "add-vendor", "remove-document"]), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def cache_world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("world")
    _vendors(root, 2)
    shutil.copytree(paths.SITE, root / "site-data")
    shutil.copytree(paths.SCHEMAS, root / "schemas")
    return root


def _edit(world: Path, kind: str, n: int) -> list[str]:
    """Apply one edit to a dependency of the site; returns extra build arguments."""
    vendors = world / "vendors"
    if kind == "title":
        p = vendors / "acme/terms-of-service.yaml"
        p.write_text(re.sub(r"(?m)^title: (.*)$", rf"title: \1 {n}", p.read_text(encoding="utf-8"), count=1),
                     encoding="utf-8")
    elif kind == "text":  # the text no longer matches its recorded hash: drift errors
        p = vendors / "acme-1/terms-of-service.txt"
        p.write_text(p.read_text(encoding="utf-8") + f"\nAdded sentence number {n}.\n", encoding="utf-8")
    elif kind == "vendor":
        p = vendors / "acme/vendor.yaml"
        p.write_text(re.sub(r"(?m)^name: (.*)$", rf"name: \1 {n}", p.read_text(encoding="utf-8"), count=1),
                     encoding="utf-8")
    elif kind == "template":
        p = world / "site-data/templates/label.html"
        p.write_text(p.read_text(encoding="utf-8").replace("</main>", "</main>", 1) + f"{{# edit {n} #}}\n"
                     "", encoding="utf-8")
        p = world / "site-data/templates/vendor.html"
        p.write_text(p.read_text(encoding="utf-8").replace("<h2 id=\"docs-h\">Documents",
                                                           f"<h2 id=\"docs-h\">Documents {n}", 1), encoding="utf-8")
    elif kind == "static":
        p = world / "site-data/static/style.css"
        p.write_text(p.read_text(encoding="utf-8") + f"\n/* edit {n} */\n", encoding="utf-8")
    elif kind == "vocabulary":
        p = world / "schemas/vocabulary.yaml"
        text = p.read_text(encoding="utf-8")
        p.write_text(re.sub(r"(?m)^(\s+label: )(Sells|Sale)(.*)$", rf"\1\2\3 {n}", text, count=1), encoding="utf-8")
    elif kind == "base-url":
        return ["--base-url", f"https://example{n}.org/labels/"]
    elif kind == "add-vendor":
        dest = vendors / f"acme-x{n}"
        if not dest.exists():
            shutil.copytree(vendors / "acme-1", dest)
            y = dest / "vendor.yaml"
            y.write_text(re.sub(r"(?m)^id: .*$", f"id: acme-x{n}", y.read_text(encoding="utf-8"), count=1),
                         encoding="utf-8")
    elif kind == "remove-document":
        for p in sorted(vendors.glob("acme-x*/terms-of-service.yaml"))[:1]:
            p.unlink()
    return []


def _use_world(monkeypatch: pytest.MonkeyPatch, world: Path) -> None:
    monkeypatch.setattr(paths, "SITE", world / "site-data")
    monkeypatch.setattr(paths, "TEMPLATES", world / "site-data/templates")
    monkeypatch.setattr(paths, "STATIC", world / "site-data/static")
    monkeypatch.setattr(paths, "SCHEMAS", world / "schemas")
    monkeypatch.setattr(paths, "VOCABULARY", world / "schemas/vocabulary.yaml")
    site.environment.cache_clear()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, seed=st.integers(0, 10_000))
def test_a_cached_build_equals_a_no_cache_build(cache_world: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str], edits: list[str],
                                                seed: int) -> None:
    """After random edits of any dependency (document, text, vendor, templates, static files, vocabulary,
    base URL, vendors added or removed), the cached build is byte-identical to a --no-cache build, with the
    same diagnostics and exit status."""
    _use_world(monkeypatch, cache_world)
    try:
        vendors, cache_dir = cache_world / "vendors", cache_world / "cache"
        common = ["build", str(vendors), "--cache-dir", str(cache_dir), "--keep-going"]
        _run(capsys, *common, "--out", str(cache_world / "warm"))  # fills the cache before the edits
        extra: list[str] = []
        for i, kind in enumerate(edits):
            extra += _edit(cache_world, kind, seed + i)
        with_cache = _run(capsys, *common, "--out", str(cache_world / "cached"), *extra)
        again = _run(capsys, *common, "--out", str(cache_world / "cached2"), *extra)  # every vendor a hit
        without = _run(capsys, *common[:2], "--keep-going", "--no-cache", "--out", str(cache_world / "fresh"), *extra)
        assert with_cache == without == again
        assert _tree(cache_world / "cached") == _tree(cache_world / "fresh") == _tree(cache_world / "cached2")
    finally:
        site.environment.cache_clear()
        for name in ("warm", "cached", "cached2", "fresh"):
            shutil.rmtree(cache_world / name, ignore_errors=True)


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("*.entry"))


@pytest.mark.parametrize("damage", ["flip", "flip-entry", "missing-object", "truncate", "empty", "foreign-version",
                                    "other-key", "junk"])
def test_a_bad_cache_entry_is_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    vendors = _vendors(tmp_path, 2)
    cache_dir = tmp_path / "cache"
    args = ["build", str(vendors), "--cache-dir", str(cache_dir)]
    assert _run(capsys, *args, "--out", str(tmp_path / "fresh"))[0] == 0
    fresh = _tree(tmp_path / "fresh")  # read now: published files share their bytes with the cache's objects
    entries = _entries(cache_dir)
    assert len(entries) == 2
    target = entries[0]
    data = target.read_bytes()
    if damage == "flip":  # one byte of a page's object changed: it no longer hashes to its name
        obj = _page_object(cache_dir, data)
        page = obj.read_bytes()
        i = page.rindex(b"<html")
        with open(obj, "r+b") as fh:  # in place, as an edit through a published hard link would
            fh.seek(i)
            fh.write(b"<HTML")
    elif damage == "flip-entry":  # one byte of the entry's header changed: its digest no longer matches
        i = data.rindex(b'"key"')
        target.write_bytes(data[:i] + b'"KEY"' + data[i + 5:])
    elif damage == "missing-object":
        _page_object(cache_dir, data).unlink()
    elif damage == "truncate":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "junk":
        target.write_bytes(os.urandom(4096))
    else:
        c = cache_module.Cache(cache_dir)
        slot = next(s for s in _slots(vendors) if c._slot(s) == target)
        meta, files = c.load(slot, _key_of(c, target))
        files = [(rel, b.replace(b"<body", b"<body data-stale")) for rel, b in files]
        if damage == "foreign-version":
            monkeypatch.setattr(cache_module, "__version__", "0.0.0-other")
            c.store(slot, _key_of(c, target), meta, files)
            monkeypatch.undo()
        else:
            c.store(slot, "0" * 64, meta, files)
    assert _run(capsys, *args, "--out", str(tmp_path / "again"))[0] == 0
    assert _tree(tmp_path / "again") == fresh


def _page_object(cache_dir: Path, entry: bytes) -> Path:
    """The object holding the first HTML page an entry names."""
    import json

    header = json.loads(entry[entry.index(b"\n", len(cache_module.MAGIC)) + 1:])
    sha = next(sha for rel, _, sha in header["files"] if rel.endswith(".html"))
    return cache_dir / cache_module.OBJECTS / sha[:2] / sha


def test_a_published_file_edited_in_place_is_not_served_again(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Unchanged files are hard links to the cache's objects: an edit of the published file in place (same
    size) damages the object, which then fails its hash and is rendered again."""
    vendors = _vendors(tmp_path, 2)
    args = ["build", str(vendors), "--cache-dir", str(tmp_path / "cache")]
    assert _run(capsys, *args, "--out", str(tmp_path / "site"))[0] == 0
    fresh = _tree(tmp_path / "site")
    page = next(p for p in sorted((tmp_path / "site").rglob("*.html")) if p.stat().st_nlink > 1)
    data = page.read_bytes()
    with open(page, "r+b") as fh:
        fh.write(data[:5].upper() if data[:5] != data[:5].upper() else data[:5].lower())
    assert _run(capsys, *args, "--out", str(tmp_path / "again"))[0] == 0
    assert _tree(tmp_path / "again") == fresh
    assert _run(capsys, *args, "--out", str(tmp_path / "again2"))[0] == 0
    assert _tree(tmp_path / "again2") == fresh


def test_replaced_entries_leave_no_objects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The cache does not grow with the number of builds: objects of replaced entries are removed."""
    import json

    vendors = _vendors(tmp_path, 2)
    cache_dir = tmp_path / "cache"
    args = ["build", str(vendors), "--cache-dir", str(cache_dir), "--out", str(tmp_path / "site")]
    assert _run(capsys, *args)[0] == 0
    yaml = vendors / "acme/vendor.yaml"
    for n in range(3):
        yaml.write_text(re.sub(r"(?m)^name: .*$", f"name: Acme Widgets {n}", yaml.read_text(encoding="utf-8")),
                        encoding="utf-8")
        assert _run(capsys, *args)[0] == 0
    named = set()
    for entry in _entries(cache_dir):
        data = entry.read_bytes()
        named |= {sha for _, _, sha in json.loads(data[data.index(b"\n", len(cache_module.MAGIC)) + 1:])["files"]}
    objects = {p.name for p in (cache_dir / cache_module.OBJECTS).rglob("*") if p.is_file()}
    assert objects == named


def test_a_replaced_site_waits_in_the_trash_for_the_next_build(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The previous site is moved into the cache's trash, not unlinked while the user waits; the next build
    removes it. Without a cache nothing is left anywhere."""
    vendors = _vendors(tmp_path, 1)
    cache_dir, out = tmp_path / "cache", tmp_path / "site"
    args = ["build", str(vendors), "--cache-dir", str(cache_dir), "--out", str(out)]
    assert _run(capsys, *args)[0] == 0
    first = _tree(out)
    assert not (cache_dir / "trash").exists() or not any((cache_dir / "trash").iterdir())
    assert _run(capsys, *args)[0] == 0
    trashed = list((cache_dir / "trash").iterdir())
    assert len(trashed) == 1 and _tree(trashed[0]) == first
    assert _run(capsys, *args)[0] == 0
    now = list((cache_dir / "trash").iterdir())
    assert trashed[0] not in now and len(now) == 1  # the earlier one removed, the one just replaced waiting
    assert _tree(out) == first
    plain = tmp_path / "plain"
    plain.mkdir()
    for _ in range(2):
        assert _run(capsys, "build", str(vendors), "--no-cache", "--out", str(plain / "site"))[0] == 0
    assert [p.name for p in plain.iterdir()] == ["site"]


def _slots(vendors: Path) -> list[str]:
    return [f"build {p.resolve()} {p}" for p in sorted(vendors.iterdir())]


def _key_of(c: cache_module.Cache, entry: Path) -> str:
    import json

    data = entry.read_bytes()
    first = data.index(b"\n", len(cache_module.MAGIC))
    return json.loads(data[first + 1:])["key"]


def test_concurrent_writers_leave_a_whole_entry(tmp_path: Path) -> None:
    """Two processes storing the same slot at once: a reader finds one whole entry or none, and a
    half-written temporary file is never read."""
    c = cache_module.Cache(tmp_path)
    files = [(f"v/{i}.html", os.urandom(50_000)) for i in range(40)]
    meta = {"diagnostics": []}

    def writer() -> None:
        for _ in range(20):
            c.store("slot", "k", meta, files)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    seen = 0
    while any(t.is_alive() for t in threads):
        got = c.load("slot", "k")
        if got is not None:
            assert got == (meta, files)
            seen += 1
    for t in threads:
        t.join()
    assert c.load("slot", "k") == (meta, files)
    (tmp_path / (c._slot("slot").name)).write_bytes(c._slot("slot").read_bytes()[:-1])  # torn copy
    assert c.load("slot", "k") is None
    assert not list(tmp_path.glob(".tmp-*"))


# ------------------------------------------------------------------------------------------ output folders

def test_out_may_be_a_link_to_a_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path, 1)
    real = tmp_path / "real-site"
    assert _run(capsys, "build", str(vendors), "--out", str(real), "--no-cache")[0] == 0
    link = tmp_path / "linksite"
    link.symlink_to(real)
    (vendors / "acme/vendor.yaml").write_text((vendors / "acme/vendor.yaml").read_text(encoding="utf-8")
                                              .replace("name: Acme Widgets", "name: Acme Widgets Two"),
                                              encoding="utf-8")
    code, text = _run(capsys, "build", str(vendors), "--out", str(link), "--no-cache")
    assert code == 0, text
    assert link.is_symlink() and "Acme Widgets Two" in (real / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["linksite", "real-site", "vendors"]


@pytest.mark.parametrize("where", ["vendors/site", "vendors/acme/site", "vendors"])
def test_out_inside_a_vendors_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                where: str) -> None:
    vendors = _vendors(tmp_path, 1)
    code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / where), "--no-cache")
    assert code == 2 and "inside the vendors folder" in text and "Traceback" not in text
    assert not (tmp_path / "vendors/site").exists()


def test_out_in_an_unwritable_place_is_a_located_usage_error(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path, 1)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / "file/site"), "--no-cache")
    # The location is shown relative to the working directory when that is shorter.
    assert code == 2 and "file/site:0:0: error[io]" in text and "internal error" not in text


@pytest.mark.parametrize("url", ["javascript:alert(1)//", "https://example.org/\nDisallow: /", "ftp://x.org/",
                                 "example.org", "https://exa mple.org/", "https://example.org/?q=1"])
def test_base_url_must_be_an_http_url(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    vendors = _vendors(tmp_path, 1)
    code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / "s"), "--base-url", url)
    assert code == 2 and "base URL" in text
    assert not (tmp_path / "s").exists()


# ------------------------------------------------------------------------------------------ pages

def test_long_listings_are_paginated(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from lxml import html as lhtml

    monkeypatch.setattr(site, "PAGE_SIZE", 2)
    vendors = _vendors(tmp_path, 3)  # 6 documents: 3 pages
    out = tmp_path / "s"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    for stem in ("index", "compare"):
        names = [f"{stem}.html", f"{stem}-2.html", f"{stem}-3.html"]
        assert all((out / n).is_file() for n in names) and not (out / f"{stem}-4.html").exists()
        linked = set()
        for n in names:
            tree = lhtml.parse(str(out / n))
            linked |= set(tree.xpath('//nav[@class="pager"]//a/@href'))
            assert tree.xpath('//nav[@class="pager"]//a[@aria-current="page"]/@href') == [n, n]  # top, bottom
            assert tree.xpath('//nav[@class="pager"]/@aria-label') == ["Pages", "More pages"]
        assert linked == set(names)
    rows = [len(lhtml.parse(str(out / n)).xpath("//table[contains(@class,'catalogue')]/tbody/tr"))
            for n in ("index.html", "index-2.html", "index-3.html")]
    assert rows == [2, 2, 2]
    index = json.loads((out / "search-index.json").read_text(encoding="utf-8"))
    assert len(index["documents"]) == 6
    assert all((out / row[2] / "index.html").is_file() for row in index["documents"])
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'data-index="search-index.json"' in home and "application/ld+json\">" not in home
    assert 'href="catalogue.jsonld"' in home


def test_every_page_is_under_two_megabytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vendors = _vendors(tmp_path, 2)
    out = tmp_path / "s"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    assert max(p.stat().st_size for p in out.rglob("*.html")) < 2_000_000


def test_vendor_graphs_refer_to_document_graphs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Lean output: a document's claims are written in its label.jsonld and embedded in its label page only."""
    vendors = _vendors(tmp_path, 1)
    out = tmp_path / "s"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    holders = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                     if p.is_file() and b'"pl:Claim"' in p.read_bytes())
    assert holders == ["acme/privacy-policy/index.html", "acme/privacy-policy/label.jsonld",
                       "acme/terms-of-service/index.html", "acme/terms-of-service/label.jsonld"]
    vendor_page = (out / "acme/index.html").read_text(encoding="utf-8")
    assert 'rel="alternate" type="application/ld+json" href="privacy-policy/label.jsonld"' in vendor_page


# ------------------------------------------------------------------------------------------ progress

def test_progress_only_on_a_terminal(tmp_path: Path) -> None:
    import io

    from policylabel.progress import Progress

    buf = io.StringIO()
    bar = Progress(4, True, stream=buf)
    for _ in range(4):
        bar.step()
    bar.close()
    assert "4/4" in buf.getvalue() and "docs/s" in buf.getvalue() and buf.getvalue().endswith("\n")
    quiet = io.StringIO()
    bar = Progress(4, False, stream=quiet)
    bar.step(4)
    bar.close()
    assert quiet.getvalue() == ""


# ------------------------------------------------------------------------------------------ signals

def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stopped_build_stops_promptly_and_cleanly(tmp_path: Path, signum: int) -> None:
    # 80 documents, in worker processes: the build goes on well after its first parts are written, so that a
    # signal sent then lands while it works (with fewer, it often finished first, and no attempt was stopped)
    vendors = _vendors(tmp_path, 40)
    env = {**os.environ, "PYTHONPATH": str(REPO / "generators")}
    cmd = [sys.executable, "-m", "policylabel", "build", str(vendors), "--out", str(tmp_path / "_site"),
           "--jobs", "2", "--cache-dir", str(tmp_path / "cache")]
    stopped = 0
    for attempt in range(3):
        # (Ctrl-C as in a terminal: a build started from a background job inherits SIGINT ignored, and rightly
        # ignores it)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, preexec_fn=_interruptible)
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("._site.build-*/.parts/*")) and time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            time.sleep(0.02)
        time.sleep(0.05 * attempt)
        # Ctrl-C signals the whole process group; SIGTERM is sent to the main process alone.
        if signum == signal.SIGINT:
            os.killpg(proc.pid, signum)
        else:
            proc.send_signal(signum)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("the build did not stop within 30 s")
        assert proc.returncode in (130, 143, 0), err
        assert b"Traceback" not in err, err.decode()
        assert not list(tmp_path.glob("._site.*")), "a temporary folder was left"
        assert not list((tmp_path / "cache").glob(".tmp-*")), "a temporary cache file was left"
        if proc.returncode == 0:  # the build won the race: a whole site
            assert (tmp_path / "_site/index.html").is_file()
        else:
            stopped += 1
            assert not (tmp_path / "_site").exists() or (tmp_path / "_site/index.html").is_file()
    assert stopped > 0, "no attempt was stopped while building"


def _killed(index: int) -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel ends a worker that runs out of memory


def test_a_worker_killed_mid_build_is_a_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    vendors = _vendors(tmp_path, 4)
    out = tmp_path / "_site"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    before = _tree(out)
    monkeypatch.setattr(pipeline, "_work_on", _killed)  # the workers are forked: they run this
    code, text = _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache", "--jobs", "2")
    assert code == 2 and "error[worker]" in text and "exit code -9" in text and "--jobs" in text, text
    assert "Traceback" not in text and "internal error" not in text
    assert _tree(out) == before and not list(tmp_path.glob("._site.*"))


def _faulty(index: int) -> None:
    raise ValueError("a fault in the code")


def test_a_fault_in_a_worker_is_reported_where_it_was_raised(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    vendors = _vendors(tmp_path, 4)
    monkeypatch.setattr(pipeline, "_work_on", _faulty)
    code, text = _run(capsys, "build", str(vendors), "--out", str(tmp_path / "_site"), "--no-cache", "--jobs", "2")
    assert code == 2 and "internal error: ValueError: a fault in the code" in text, text
    # (the place in the worker, not where the pool raised it again in the main process)
    assert f"(test_build_pipeline.py:{_faulty.__code__.co_firstlineno + 1})" in text, text
    assert "Traceback" not in text and not (tmp_path / "_site").exists()


# ------------------------------------------------------------------------------------------ serve

@pytest.fixture()
def server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, int]:
    vendors = _vendors(tmp_path, 1)
    out = tmp_path / "s"
    assert _run(capsys, "build", str(vendors), "--out", str(out), "--no-cache")[0] == 0
    srv = site.make_server(out, 0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield "127.0.0.1", srv.server_address[1]
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("path,status", [("/%00", 400), ("/a%00b.html", 400), ("/%ff%fe", 400), ("/static/", 404),
                                         ("/acme/", 200), ("/nothing-here", 404), ("/index.html", 200)])
def test_serve_answers_without_traceback_or_listing(server: tuple[str, int], path: str, status: int,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    conn = http.client.HTTPConnection(*server, timeout=10)
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    assert resp.status == status
    assert b"Directory listing" not in body and b"Index of" not in body
    assert "Traceback" not in capsys.readouterr().err


def test_serve_on_a_port_in_use_fails_before_building(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    vendors = _vendors(tmp_path, 1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        code, text = _run(capsys, "serve", str(vendors), "--out", str(tmp_path / "s"), "--port", str(port))
    assert code == 2 and f"127.0.0.1:{port}" in text and "serving" not in text
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("port", ["70000", "-1", "x"])
def test_serve_refuses_a_bad_port(capsys: pytest.CaptureFixture[str], port: str) -> None:
    code, text = _run(capsys, "serve", "--port", port)
    assert code == 2 and "port" in text


# ------------------------------------------------------------------------------------------ memory

def test_memory_does_not_grow_with_the_number_of_documents(tmp_path: Path) -> None:
    """Peak traced memory of a serial build (every vendor in this process) is about the same for 4 times as
    many documents: a vendor's reports and pages are dropped once written, only a small summary stays."""
    import tracemalloc

    from policylabel.pipeline import build_site

    peaks = []
    for copies in (4, 16):
        root = tmp_path / str(copies)
        vendors = _vendors(root, copies)
        build_site([vendors], root / "warm", jobs=1, use_cache=False)  # caches of the process filled first
        tracemalloc.start()
        result = build_site([vendors], root / "s", jobs=1, use_cache=False, progress=False)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert not [d for d in result.diagnostics if d.is_error]
    assert peaks[1] < 1.3 * peaks[0], peaks


# ------------------------------------------------------------------------------------------ export to stdout

@pytest.mark.parametrize("fmt", ["jsonld", "nquads", "p3p"])
def test_export_to_stdout_streams_the_same_document(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    fmt: str) -> None:
    """Written a vendor at a time, the document on stdout is the one built from all reports at once: vendors
    in id order (acme-x before acme/ in N-Quads' order), a broken document left out, and a vendor id held by
    folders of two inputs written once."""
    from policylabel import export

    vendors = _vendors(tmp_path, 3)
    shutil.move(vendors / "acme-1", vendors / "acme-x")
    y = vendors / "acme-x/vendor.yaml"
    y.write_text(re.sub(r"(?m)^id: .*$", "id: acme-x", y.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    broken = next(p for p in sorted((vendors / "acme-2").glob("*.yaml")) if p.name != "vendor.yaml")
    _break_quote(broken)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copytree(ACME, other / "acme")
    for name in [p.name for p in (other / "acme").glob("*.yaml") if p.name != "vendor.yaml"][1:]:
        (other / "acme" / name).unlink()
    inputs = [vendors, other]
    _, reports, _ = export.load_reports(inputs)
    expected = io.StringIO()
    export.export([r for r in reports if r.errors == 0], fmt, None, expected)
    assert "acme-x" in expected.getvalue() and f"acme-2/{broken.stem}/#claim" not in expected.getvalue()
    if fmt == "nquads":  # blank-node selectors (after every IRI in code-point order) kept with their vendor
        lines = expected.getvalue().splitlines()
        assert lines != sorted(lines) and any(line.startswith("_:") for line in lines)
    for jobs in ("1", "2"):
        code = main(["export", *map(str, inputs), "--to", fmt, "--jobs", jobs])
        assert code == 1  # the broken document
        assert capsys.readouterr().out == expected.getvalue()
