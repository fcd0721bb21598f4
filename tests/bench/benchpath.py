"""Which policylabel the benchmarks measure: the installed one (compiled where the wheel was built with a C
compiler, as users run it) when there is one, else the source tree."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "generators"


def installed() -> bool:
    spec = importlib.util.find_spec("policylabel")
    return spec is not None and spec.origin is not None and not Path(spec.origin).is_relative_to(SOURCE)


def use_policylabel() -> str | None:
    """Puts the source tree on ``sys.path`` unless policylabel is installed; returns the folder to add to a child
    process's PYTHONPATH (None: nothing to add)."""
    if installed():
        return None
    if str(SOURCE) not in sys.path:
        sys.path.insert(0, str(SOURCE))
    return str(SOURCE)


def native() -> bool:
    """The statement reader runs compiled."""
    import policylabel.statements.reader as reader

    return not reader.__file__.endswith(".py")
