"""Run every benchmark (tests/bench/bench_*.py, each with `run() -> dict`) and print the figures.

Figures also go to test-artifacts/bench.json. Numbers are measurements, not assertions.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    results: dict[str, dict[str, float]] = {}
    sys.path.insert(0, str(HERE))
    from benchpath import installed, native, use_policylabel

    use_policylabel()
    results["package"] = {"installed": installed(), "statement_reader_compiled": native()}
    print(f"== package: {'installed' if installed() else 'source tree'}, statement reader "
          f"{'compiled' if native() else 'pure Python'}", flush=True)
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {name}", flush=True)
        figures = module.run()
        results[name] = figures
        for key, value in figures.items():
            print(f"   {key:40} {value}")
    out = HERE.parents[1] / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
