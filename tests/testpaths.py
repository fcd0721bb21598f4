"""Where the tests' data lives (imported by test modules; conftest modules are not importable by name)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
UPDATE_GOLDEN = os.environ.get("POLICYLABEL_UPDATE_GOLDEN") == "1"
