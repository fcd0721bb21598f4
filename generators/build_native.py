"""Wheel build hook: the modules that read policy text, compiled to C by mypyc.

Reading a text is most of what `check` and `build` cost per document; compiled, the same code runs about
twice as fast. The modules keep their pure Python source, which runs unchanged where nothing is compiled
(a source checkout, an editable install, ``POLICYLABEL_PURE=1``, or a machine with no C compiler, where the
build says so and goes on without).

Nothing is written into the source tree: mypy's cache, the generated C and the built extensions stay in a
temporary folder until the wheel holds them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Compiled: the statement reader and the rules that compare its statements (the package's hot paths), and the
# segmenter, the summary check, the source view (2.6 % fewer instructions per document built), the quote finder
# (2.2 % more), the minimap (0.4 % more), the YAML loader (0.25 % more; its exceptions and its resolver, which
# mypyc cannot compile, stay Python classes in loadclasses.py) and the check's other rules (0.45 % more),
# the JSON-LD, label and P3P builders and the validator (1.5 % more), the site's pages (0.8 % more; the
# preview server's request handler stays a Python class in siteserver.py) and the model (0.4 % more).
# Their frozen dataclasses and texts pickle by their fields; the classes made through their __dict__, caching
# in it or patched by a test stay Python classes (evidence.python_class). They define no nested function:
# compiled, one and its closure refer to each other, a cycle that outlives the call.
NATIVE = ("policylabel/statements/*.py", "policylabel/consistency/statement_rules.py",
          "policylabel/consistency/conflict.py", "policylabel/consistency/apart.py",
          "policylabel/consistency/alike.py", "policylabel/consistency/money.py", "policylabel/consistency/harms.py",
          "policylabel/consistency/periods.py", "policylabel/consistency/venues.py", "policylabel/consistency/ages.py",
          "policylabel/consistency/prices.py", "policylabel/consistency/measures.py",
          "policylabel/consistency/treatment.py", "policylabel/consistency/messages.py",
          "policylabel/consistency/equipment.py", "policylabel/consistency/leaving.py",
          "policylabel/consistency/mailings.py",
          "policylabel/consistency/detector.py",
          "policylabel/consistency/summary.py", "policylabel/sourceview.py", "policylabel/segment.py",
          "policylabel/evidence.py", "policylabel/minimap.py", "policylabel/load.py",
          "policylabel/consistency/detected.py", "policylabel/consistency/coverage.py",
          "policylabel/consistency/quotes.py", "policylabel/consistency/claims.py",
          "policylabel/consistency/contacts.py", "policylabel/consistency/dates.py", "policylabel/consistency/units.py",
          "policylabel/consistency/sections.py", "policylabel/jsonld.py", "policylabel/label.py", "policylabel/p3p.py",
          "policylabel/validate.py", "policylabel/site.py", "policylabel/model.py")

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

tmp, paths = sys.argv[1], sys.argv[2:]
setup(name="policylabel-native", script_args=["build_ext", "--build-lib", tmp + "/lib", "--build-temp", tmp + "/obj"],
      ext_modules=mypycify(["--cache-dir", tmp + "/cache", "--follow-imports=silent", "--ignore-missing-imports",
                            *paths], target_dir=tmp + "/c"))
"""


class NativeBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("POLICYLABEL_PURE"):
            return
        source = Path(self.root) / "generators"
        paths = sorted(str(p.relative_to(source)) for pattern in NATIVE for p in source.glob(pattern))
        self._tmp = tempfile.mkdtemp(prefix="policylabel-native-")
        try:
            done = subprocess.run([sys.executable, "-c", _SETUP, self._tmp, *paths], cwd=source,
                                  capture_output=True, text=True, check=False)
        except OSError as exc:
            done = subprocess.CompletedProcess([], 1, "", str(exc))
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
            self.app.display_warning(f"policylabel: not compiled (pure Python, slower):\n{tail}")
            return
        lib = Path(self._tmp) / "lib"
        for built in sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd")):
            build_data["force_include"][str(built)] = str(built.relative_to(lib))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
