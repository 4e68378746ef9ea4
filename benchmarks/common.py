"""Helpers shared by the benchmark groups: timing, medians, the offscreen Qt application."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


@dataclass
class Figure:
    """One measured figure: its value (None when it could not be measured) and how it came."""

    key: str
    value: float | None
    detail: str = ""
    extra: dict = field(default_factory=dict)


def median(values) -> float:
    return float(statistics.median(values))


def time_calls(call: Callable[[], object], repeats: int, warmup: int = 2) -> list[float]:
    """Seconds per call, ``repeats`` times after ``warmup`` untimed calls."""
    for _ in range(warmup):
        call()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def interleaved(calls: dict[str, Callable[[], object]], repeats: int, warmup: int = 2):
    """Time several calls side by side, alternating, so drift on the machine hits all alike.

    Returns {name: [seconds per call, ...]}.
    """
    for _ in range(warmup):
        for call in calls.values():
            call()
    out: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(repeats):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            out[name].append(time.perf_counter() - start)
    return out


def qt_app():
    """The offscreen QApplication with the app's pyqtgraph settings (as lossstudio.app makes it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    from lossstudio.app import make_application

    app = make_application([sys.argv[0]])
    import pyqtgraph as pg

    pg.setConfigOptions(mouseRateLimit=-1)  # every move counts, as in tests/ui/mouse.py
    return app


def process_events(times: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(times):
        QApplication.processEvents()


def is_placeholder(tab) -> bool:
    """True while a tab is still the 'being built' placeholder (its state is the empty tuple)."""
    return tab.state() == ()


class FrameClock:
    """The Descent race's clock, one step further at every frame a benchmark drives.

    The race steps by its ``QElapsedTimer`` (``speed`` steps a second since play started):
    frames driven back to back, faster than real time, mostly find no step due and draw
    nothing, so a "frame" would time an idle tick. With this clock each ``advance()`` (one
    driven frame) makes exactly one more step due, as at a display's frame whenever the race
    moves on: every timed frame draws a step.
    """

    def __init__(self, tab):
        self.tab = tab
        self.ms = 0.0

    def start(self) -> None:
        self.ms = 0.0

    def elapsed(self) -> int:
        import math

        return math.ceil(self.ms)

    def advance(self) -> None:
        self.ms += 1000.0 / self.tab.state().speed

    @classmethod
    def install(cls, tab) -> FrameClock:
        clock = cls(tab)
        tab.clock = clock
        return clock
