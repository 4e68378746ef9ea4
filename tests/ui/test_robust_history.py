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


def test_the_number_of_steps_is_bounded_too_and_said(window, monkeypatch):
    """Small steps cost little memory each, but a long lecture made thousands (a 15,000-event
    storm held 2,400 of them, each a Python command with two states): past the step limit the
    oldest go, a hundred at a time, and the window says why."""
    monkeypatch.setattr(history, "STEP_LIMIT", 50)
    monkeypatch.setattr(history, "STEPS_AFTER_LIMIT", 40)
    catalog = window.pages["catalog"]
    states = [catalog.state()]
    for i in range(50):
        catalog.apply(dataclasses.replace(catalog.state(), prediction=0.001 * (i + 1)))
        states.append(catalog.state())
    assert window.undo_stack.count() == 50  # at the limit: nothing dropped yet
    assert window.statusBar().currentMessage() == ""
    catalog.apply(dataclasses.replace(catalog.state(), prediction=0.5))
    states.append(catalog.state())
    stack = window.undo_stack
    assert stack.count() == 40
    message = window.statusBar().currentMessage()
    assert (
        message == "Undo keeps the last 40 steps: 11 older ones were dropped (it keeps at most 50)."
    )
    for back in range(1, 41):
        stack.undo()
        assert catalog.state() == states[-1 - back]
    assert not stack.canUndo()


def test_a_commands_held_sequences_are_counted_once_per_command():
    """Every new step counted what every step of the history held, again: the cost of a step
    grew with the history's length."""

    class Command:
        def __init__(self, before, after):
            self.before, self.after = before, after

    state = model.RegressionState(x=(1.0, 2.0), y=(3.0, 4.0))
    command = Command(state, state)
    first = history._held(command)
    assert history._held(command) is first
