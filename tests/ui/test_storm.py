"""A bounded event storm across the whole app: no exception, no readout showing nan.

CI also runs ``python tools/storm.py --events 3000`` and prints its counts; run
``python tools/storm.py --events 20000`` for the long storm.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location(
    "storm", Path(__file__).resolve().parents[2] / "tools" / "storm.py"
)
storm = importlib.util.module_from_spec(spec)
sys.modules["storm"] = storm  # dataclasses look their module up there
spec.loader.exec_module(storm)


@pytest.mark.slow  # 1,200 gestures; .ci/run also runs tools/storm.py on its own
def test_storm_of_random_gestures_raises_nothing_and_shows_no_nan(window):
    report = storm.Storm(window, seed=20261123).run(1200)
    print(report.summary())
    assert report.events == 1200
    assert not report.exceptions, report.exceptions[0]
    assert not report.nan_texts, report.nan_texts[:5]


@pytest.mark.slow  # the slow stage (`pytest -m slow`): the default suite stays ~5 min
def test_the_storm_does_catch_exceptions(window):
    """The harness itself: an exception raised in a slot is counted, not lost."""

    def broken(*_):
        raise RuntimeError("deliberate")

    window.tabs.currentChanged.connect(broken)
    report = storm.Storm(window, seed=7).run(150)
    window.tabs.currentChanged.disconnect(broken)
    assert report.exceptions and "deliberate" in report.exceptions[0]
