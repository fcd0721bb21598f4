"""`policylabel validate` on one vendor folder vs check-jsonschema with the same schema, as whole processes."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VENDOR = REPO / "vendors" / "kandji"
RUNS = 15


def _wall(cmd: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, float]:
    bindir = Path(sys.executable).parent
    ours = [str(bindir / "policylabel"), "validate", str(VENDOR)]
    cjs_bin = shutil.which("check-jsonschema", path=str(bindir)) or "check-jsonschema"
    # check-jsonschema validates only the document file with our schema; we validate the whole folder
    # (vendor.yaml too) and do more (vocabulary hints, cross-file rules).
    theirs = [cjs_bin, "--schemafile", str(REPO / "schemas" / "document.schema.json"),
              str(VENDOR / "privacy-policy.yaml")]
    subprocess.run(ours, stdout=subprocess.DEVNULL, check=False)  # warm the file cache
    subprocess.run(theirs, stdout=subprocess.DEVNULL, check=False)
    a, b = _wall(ours), _wall(theirs)
    return {"validate_one_vendor_s": round(a, 4), "check_jsonschema_s": round(b, 4), "ratio": round(a / b, 3)}
