"""Scale: `policylabel build` on 1,000 (and, on request, 10,000) synthetic documents, as a user runs it.

The documents are copies of the real `vendors/` under new vendor ids. Each build runs as its own process
(`python -m policylabel build`), so that its peak memory is measured alone: the largest resident set of
the build process and of every worker it started. Figures per size:

- cold build (empty cache) in documents per second, and its peak RSS;
- KB of output per document;
- an unchanged rebuild (every vendor from the cache) and a rebuild after editing one document;
- whether the cached rebuild equals a --no-cache build byte for byte.

Sizes: the environment variable POLICYLABEL_BENCH_SCALE (default "1000"; "1000,10000" adds the large run),
or the command line: `python tests/bench/bench_scale.py 1000 10000`.
Goals on a 2-core machine: >= 40 documents/s at 1,000; 10,000 in < 300 s under 1 GiB; unchanged rebuild
< 5 s; one-edit rebuild < 3 s; <= 400 KB per document.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchpath import use_policylabel  # noqa: E402

REPO = HERE.parents[1]
SEEDS = REPO / "vendors"


def synthetic_vendors(root: Path, documents: int) -> int:
    """Copies of the vendor folders of `vendors/` (``v00000-kajeet``...) holding ``documents`` documents or
    a few more; returns how many."""
    seeds = sorted(p for p in SEEDS.iterdir() if (p / "vendor.yaml").is_file())
    root.mkdir(parents=True, exist_ok=True)
    count, i = 0, 0
    while count < documents:
        seed = seeds[i % len(seeds)]
        vid = f"v{i:05d}-{seed.name}"
        shutil.copytree(seed, root / vid, symlinks=True)
        yaml = root / vid / "vendor.yaml"
        yaml.write_text(re.sub(r"(?m)^id: .*$", f"id: {vid}", yaml.read_text(encoding="utf-8"), count=1),
                        encoding="utf-8")
        count += sum(1 for p in seed.glob("*.yaml") if p.name != "vendor.yaml")
        i += 1
    return count


def _build(work: Path, out: str, *extra: str) -> tuple[float, float, float, float]:
    """One build in its own process: (seconds, peak RSS in MiB of its largest process, user and system CPU
    seconds of it and its workers). User time is what a shared machine's other load changes least; system time
    is mostly the file system creating the output files, which a busy disk slows."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [use_policylabel(),
                                                                      os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-m", "policylabel", "build", "vendors", "--out", out, *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    assert proc.returncode == 0, err[-2000:]
    # ru_maxrss of a waited-for child covers its own waited-for children: the largest of them all (KiB);
    # its times include theirs.
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime, usage.ru_stime


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def measure(documents: int, report: Any = None) -> dict[str, float]:
    """The figures for one size; ``report(key, value)`` is called as each one is known."""
    figures: dict[str, float] = {}

    def put(key: str, value: float) -> None:
        figures[f"{documents}_{key}"] = value
        if report is not None:
            report(f"{documents}_{key}", value)

    work = Path(tempfile.mkdtemp(prefix=f"bench-scale-{documents}-"))
    try:
        count = synthetic_vendors(work / "vendors", documents)
        put("documents", count)
        cold, cold_rss, cold_user, cold_sys = _build(work, "site")
        put("cold_build_seconds", round(cold, 2))
        put("cold_documents_per_second", round(count / cold, 1))
        put("cold_cpu_seconds_per_document", round((cold_user + cold_sys) / count, 4))
        put("cold_user_cpu_seconds_per_document", round(cold_user / count, 4))
        put("cold_system_cpu_seconds_per_document", round(cold_sys / count, 4))
        put("cold_peak_rss_mib", round(cold_rss, 1))
        site = work / "site"
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        put("kb_per_document", round(size / 1024 / count, 1))
        put("largest_page_kb", round(max(p.stat().st_size for p in site.rglob("*.html")) / 1024, 1))
        unchanged, unchanged_rss, _, _ = _build(work, "site")
        put("unchanged_rebuild_seconds", round(unchanged, 2))
        put("unchanged_rebuild_peak_rss_mib", round(unchanged_rss, 1))
        doc = next(p for p in sorted((work / "vendors").glob("*/*.yaml")) if p.name != "vendor.yaml")
        text = doc.read_text(encoding="utf-8")
        doc.write_text(re.sub(r"(?m)^title: (.*)$", r"title: \1 (edited)", text, count=1), encoding="utf-8")
        edited, _, _, _ = _build(work, "site")
        put("one_edit_rebuild_seconds", round(edited, 2))
        nocache, nocache_rss, nocache_user, nocache_sys = _build(work, "site-nocache", "--no-cache")
        put("no_cache_build_seconds", round(nocache, 2))
        put("no_cache_cpu_seconds_per_document", round((nocache_user + nocache_sys) / count, 4))
        put("no_cache_system_cpu_seconds_per_document", round(nocache_sys / count, 4))
        put("no_cache_peak_rss_mib", round(nocache_rss, 1))
        put("cached_equals_no_cache", float(_digest(site) == _digest(work / "site-nocache")))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def run(sizes: list[int] | None = None) -> dict[str, float]:
    if sizes is None:
        sizes = [int(s) for s in os.environ.get("POLICYLABEL_BENCH_SCALE", "1000").split(",") if s.strip()]
    out: dict[str, float] = {}
    for n in sizes:
        out.update(measure(n))
    return out


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [1000]:
        measure(n, lambda key, value: print(f"{key:40} {value}", flush=True))
