"""Site build throughput: 1,000 synthetic documents (copies of the checked seed vendors) built twice.

Reports documents per second, peak memory (max RSS of the process and of its render workers) and
whether the two builds are byte-identical. Target: >= 100 documents/s on a 2-core machine.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "site"))
sys.path.insert(0, str(HERE))
from benchpath import use_policylabel  # noqa: E402

use_policylabel()

import sitedata  # noqa: E402
from policylabel.site import build  # noqa: E402

DOCUMENTS = 1000


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _synthetic_vendors(root: Path, documents: int) -> int:
    """Copies of the seed vendor folders (``v0000-kajeet``...) holding ``documents`` documents or a few more."""
    seeds = sorted(p for p in sitedata.SEED_VENDORS.iterdir() if (p / "vendor.yaml").is_file())
    count, i = 0, 0
    while count < documents:
        seed = seeds[i % len(seeds)]
        vid = f"v{i:04d}-{seed.name}"
        shutil.copytree(seed, root / vid)
        yaml = root / vid / "vendor.yaml"
        yaml.write_text(re.sub(r"(?m)^id: .*$", f"id: {vid}", yaml.read_text(encoding="utf-8"), count=1),
                        encoding="utf-8")
        count += sum(1 for p in seed.glob("*.yaml") if p.name != "vendor.yaml")
        i += 1
    return count


def end_to_end(documents: int = DOCUMENTS) -> dict[str, float]:
    """`policylabel build` (validate + check + build) on a vendors folder of synthetic copies of the seeds.

    Copying the folders is not timed; the command is, as a user runs it (in this process).
    """
    from contextlib import redirect_stderr, redirect_stdout

    from policylabel.cli import main

    work = Path(tempfile.mkdtemp(prefix="bench-e2e-"))
    try:
        count = _synthetic_vendors(work / "vendors", documents)
        t0 = time.perf_counter()
        with redirect_stdout(io.StringIO()) as out, redirect_stderr(io.StringIO()):
            status = main(["build", str(work / "vendors"), "--out", str(work / "site")])
        elapsed = time.perf_counter() - t0
        assert status == 0, out.getvalue()[-2000:]
        pages = sum(1 for _ in (work / "site").glob("*/*/index.html"))
        assert pages == count, (pages, count)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"end_to_end_documents": count, "end_to_end_seconds": round(elapsed, 3),
            "end_to_end_documents_per_second": round(count / elapsed, 1)}


def run(documents: int = DOCUMENTS) -> dict[str, float]:
    seeds, _, _ = sitedata.load(sitedata.SEED_VENDORS, sitedata.TEST_VENDORS)
    reports, vendors = sitedata.synthetic(seeds, documents)
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        times, digests = [], []
        for i in range(2):
            out = work / f"site{i}"
            t0 = time.perf_counter()
            diags = build(reports, vendors, out, progress=False)
            times.append(time.perf_counter() - t0)
            assert not diags, diags[:3]
            digests.append(_digest(out))
        files = sum(1 for p in (work / "site0").rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in (work / "site0").rglob("*") if p.is_file())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # The same build into memory (tmpfs), where the machine has one: separates the code's cost from the
    # disk's (creating a file costs about a millisecond on some virtual disks, and a build makes thousands).
    in_memory = None
    if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        shm = Path(tempfile.mkdtemp(prefix="bench-build-", dir="/dev/shm"))
        try:
            t0 = time.perf_counter()
            assert not build(reports, vendors, shm / "site", progress=False)
            in_memory = time.perf_counter() - t0
        finally:
            shutil.rmtree(shm, ignore_errors=True)
    return {
        "documents": documents,
        "build_seconds": round(times[0], 3),
        "documents_per_second": round(documents / times[0], 1),
        "files": files,
        "output_megabytes": round(size / 1e6, 1),
        "second_build_seconds": round(times[1], 3),
        "second_build_documents_per_second": round(documents / times[1], 1),
        **({"in_memory_build_seconds": round(in_memory, 3),
            "in_memory_documents_per_second": round(documents / in_memory, 1)} if in_memory else {}),
        # Peak resident memory of this process and of the largest forked render worker (Linux: KiB).
        "max_rss_megabytes": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "max_worker_rss_megabytes": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "byte_identical": float(digests[0] == digests[1]),
        **end_to_end(documents),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:28} {value}")
