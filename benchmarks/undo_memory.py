"""Resident memory of the undo history: 1,000 point edits with 1,000,000 points (issue 19).

In one process: the main window with 1,000,000 Regression points (the tab not built, so the
figure is the history's, not the drawing's), the undo stack then cleared, the RSS read
(garbage collected) — the RSS with no history; then 1,000 point edits (add, move, delete in
turn), each one undo step as a person's edit makes it, and the RSS read again. The figure is
the ratio of the two (goal < 2). Quick mode: 50 edits. The recorder's memory of the last
seconds of states (File > Record animation) is set to 0 s here: it is not the undo history,
and it holds every state of its window whatever their size.
"""

from __future__ import annotations

import gc
import time

from common import Figure, qt_app
from memory import rss_mib


def measure(quick: bool) -> list[Figure]:
    qt_app()
    from lossstudio.model import regression as model
    from lossstudio.ui.main_window import MainWindow

    points, edits = (1_000_000, 50) if quick else (1_000_000, 1_000)
    window = MainWindow()
    recorder = getattr(getattr(window, "record", None), "recorder", None)
    if recorder is not None:
        # the recording memory (every state of the last seconds, for "export the last
        # seconds") is not the undo history: measured apart, it is off here
        recorder.history.keep_seconds = 0.0
    stand_in = window.pages.peek("regression")
    xs = tuple(float(i % 1000) * 0.01 for i in range(points))
    ys = tuple(2.0 * x + 1.0 for x in xs)
    state = model.with_data(stand_in.state(), xs, ys)
    commit = _committer(window)
    commit(stand_in.state(), state)
    window.undo_stack.clear()
    del xs, ys
    gc.collect()
    before = rss_mib()
    start = time.perf_counter()
    for i in range(edits):
        old = state
        if i % 3 == 0:
            state = model.add_point(old, 0.5, 0.001 * i)
        elif i % 3 == 1:
            state = model.move_point(old, i % points, 0.25, 0.002 * i)
        else:
            state = model.delete_point(old, 0)
        commit(old, state)
    seconds = time.perf_counter() - start
    gc.collect()
    after = rss_mib()
    kept, held = window.undo_stack.count(), window.undo_memory.held() / 2**20
    return [
        Figure(
            "undo_rss_ratio",
            after / before,
            f"RSS {before:.0f} MiB with {points:,} points and no history, {after:.0f} MiB after "
            f"{edits:,} point edits ({seconds:.1f} s); the history keeps {kept} steps "
            f"({held:.0f} MiB of sequences, budget {window.undo_memory.budget / 2**20:.0f} MiB)",
        )
    ]


def _committer(window):
    """One undo step from ``before`` to ``after`` on the Regression tab, as a person's edit
    makes it: through the session where there is one, else through the tab's stand-in."""
    session = getattr(window, "session", None)
    if session is not None:
        return lambda before, after: session.apply("regression", after)

    def commit(before, after):
        window.pages.peek("regression").set_state(after)
        window._record(window.pages.peek("regression"), before, after)

    return commit
