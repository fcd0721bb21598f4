"""The collector settings of a run are restored afterwards, even when the run fails."""

from __future__ import annotations

import gc

import pytest

from policylabel.gcpolicy import rare_collections


def test_rare_collections_raise_thresholds_and_restore_them() -> None:
    before = gc.get_threshold()
    with rare_collections():
        assert gc.get_threshold()[0] > before[0] and gc.isenabled()
    assert gc.get_threshold() == before and gc.isenabled()


def test_paused_collection_is_resumed_after_an_error() -> None:
    with pytest.raises(RuntimeError), rare_collections(paused=True):
        assert not gc.isenabled()
        raise RuntimeError("a failed build")
    assert gc.isenabled()


def test_a_caller_that_disabled_collection_keeps_it_disabled() -> None:
    gc.disable()
    try:
        with rare_collections(paused=True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
