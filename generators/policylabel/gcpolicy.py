"""How a run uses Python's cyclic garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def rare_collections(paused: bool = False) -> Iterator[None]:
    """Collect cycles rarely (or, ``paused``, not at all) for the duration, then restore the caller's settings.

    A run builds many large, mostly acyclic structures (YAML trees with positions, reports, pages, graphs):
    the default collections reclaim little there and cost a quarter to a third of validate, check and build.
    Rendering the site makes only short-lived acyclic objects, so it pauses collection altogether. Forked
    worker processes inherit the setting.
    """
    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    gc.set_threshold(50_000, 50, 1000)
    if paused:
        gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
