"""A one-line progress bar on stderr (documents done / total, rate, time left), drawn only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts documents; redraws at most ten times a second, and only when ``enabled``."""

    def __init__(self, total: int, enabled: bool, label: str = "building site", stream: TextIO | None = None) -> None:
        self.total, self.enabled, self.label = total, enabled, label
        self.stream = stream or sys.stderr
        self.done = 0
        self.start = self._last = time.monotonic()
        self._drawn = False

    def step(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done >= self.total:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 24
        filled = width * min(self.done, self.total) // max(self.total, 1)
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 and self.done < self.total else 0.0
        eta = f"{int(left) // 60}:{int(left) % 60:02d}"
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:.1f} docs/s, {eta} left ")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
