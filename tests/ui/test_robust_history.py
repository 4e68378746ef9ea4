"""Issue 19 item 15: the undo history stays within a memory budget and says when it drops steps."""

from __future__ import annotations

import dataclasses

from lossstudio.model import regression as model
from lossstudio.ui import history


def test_point_edits_on_large_data_keep_the_history_bounded(window):
    regression = window.pages["regression"]
    x = tuple(float(i) for i in range(20_000))
    regression.apply(model.with_data(regression.state(), x, x))
    per_step = 2 * 8 * len(x)  # each point edit makes new x and y tuples
    window.undo_memory.budget = 5 * per_step
    states = [regression.state()]
    for i in range(12):
        regression.apply(model.add_point(regression.state(), 0.5 + i, 1.0))
        states.append(regression.state())
    stack = window.undo_stack
    assert window.undo_memory.held() <= window.undo_memory.budget
    assert 2 <= stack.count() < 12
    message = window.statusBar().currentMessage()
    assert f"Undo keeps the last {stack.count()} steps" in message and "dropped" in message
    # the steps kept still undo and redo exactly
    kept = stack.count()
    for back in range(1, kept + 1):
        stack.undo()
        assert regression.state() == states[-1 - back]
    assert not stack.canUndo()
    for _ in range(kept):
        stack.redo()
    assert regression.state() == states[-1]


def test_small_steps_are_never_dropped(window):
    catalog = window.pages["catalog"]
    for i in range(200):
        catalog.apply(dataclasses.replace(catalog.state(), prediction=0.001 * (i + 1)))
    assert window.undo_stack.count() == 200
    assert window.undo_memory.held() < history.BUDGET_BYTES


def test_shared_sequences_count_once():
    class Command:
        def __init__(self, before, after):
            self.before, self.after = before, after

    big = tuple(range(1000))
    first = model.RegressionState(x=big, y=big)
    moved = model.with_line(first, 1.0, 1.0)
    commands = [Command(first, moved), Command(moved, model.with_line(moved, 2.0, 2.0))]
    assert history.held_bytes(commands) < 2 * (8 * 1000 + 100)  # x and y, once each
