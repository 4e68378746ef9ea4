"""Undo history kept within a memory budget, saying so when old steps are dropped.

Every undo step holds the states before and after it. States are frozen dataclasses that share
what did not change (a line drag keeps the same point tuples), but a point edit on the
Regression tab makes new ``x`` and ``y`` tuples: with 1,000,000 points that is ~16 MB a step,
so without a limit ten clicks cost more than the data themselves. :class:`UndoMemory` counts
the distinct sequences the history holds (each once, however many states share it) after every
new step and, above :data:`BUDGET_BYTES`, drops the oldest steps (the stack is rebuilt from the
newest ones: QUndoStack can only drop from the front through ``setUndoLimit`` on an empty
stack) and emits :attr:`UndoMemory.dropped` so the window can say it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import traceback
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from lossstudio.allocator import release_free_memory
from lossstudio.ui.session import Session

#: The most memory the undo history's sequences may hold (about 8 bytes an element).
BUDGET_BYTES = 120 * 1024 * 1024
#: The most undo steps kept, whatever their size: past it the oldest go, down to
#: :data:`STEPS_AFTER_LIMIT` at once (so that it is said once in a hundred steps, not each time).
STEP_LIMIT = 1000
STEPS_AFTER_LIMIT = 900
#: How long after the last change of state the heap's free pages go back to the system (ms).
TRIM_AFTER_MS = 2000
_POINTER = 8
_HEADER = 56


def _sequences(value: Any, depth: int = 0) -> Iterable[tuple | list]:
    """The tuples and lists inside a state (dataclass fields, dicts of states), once each."""
    if depth > 4:
        return
    if isinstance(value, (tuple, list)):
        yield value
        if value and len(value) <= 64:  # small tuples of settings or students: look inside
            for item in value:
                if not isinstance(item, (int, float, str)):
                    yield from _sequences(item, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _sequences(getattr(value, field.name), depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _sequences(item, depth + 1)


def command_states(command: QUndoCommand) -> list[Any]:
    """The states an undo command holds (``before`` and ``after``: states or dicts of them)."""
    return [getattr(command, name) for name in ("before", "after") if hasattr(command, name)]


def _held(command: QUndoCommand) -> dict[int, int]:
    """The distinct sequences a command holds: ``{id: bytes}``, worked out once (its states
    never change, and they keep the sequences and so their ids alive)."""
    held = command.__dict__.get("_held")
    if held is None:
        held = {
            id(sequence): _HEADER + _POINTER * len(sequence)
            for state in command_states(command)
            for sequence in _sequences(state)
        }
        command.__dict__["_held"] = held
    return held


def held_bytes(commands: Iterable[QUndoCommand]) -> int:
    """An estimate of the memory the commands' sequences hold, each distinct one counted once."""
    merged: dict[int, int] = {}
    for command in commands:
        merged.update(_held(command))
    return sum(merged.values())


def clone(command: QUndoCommand) -> QUndoCommand:
    """A new command with the same state as ``command`` (its first redo does nothing: the
    state it leads to is already shown)."""
    cls = type(command)
    copy = cls.__new__(cls)
    QUndoCommand.__init__(copy)
    copy.__dict__.update(command.__dict__)
    copy._applied = True
    copy.setText(command.text())
    return copy


class UndoMemory(QObject):
    """Keeps ``stack`` within ``budget`` bytes of held sequences."""

    #: (steps dropped, steps kept, for memory: else for the step limit) after steps were dropped
    dropped = Signal(int, int, bool)

    def __init__(self, stack: QUndoStack, budget: int = BUDGET_BYTES, parent=None):
        super().__init__(parent if parent is not None else stack)
        self.stack = stack
        self.budget = budget
        self._busy = False
        self._seen: list[QUndoCommand] = []
        # a change of state frees the old one's arrays and objects: once the person pauses,
        # the heap's free pages go back to the system (a few ms; lossstudio/allocator.py)
        self.trim_timer = QTimer(self, singleShot=True, interval=TRIM_AFTER_MS)
        self.trim_timer.timeout.connect(release_free_memory)
        stack.indexChanged.connect(self._changed)

    def message(self, dropped: int, kept: int, for_memory: bool) -> str:
        """What the window says after :attr:`dropped`."""
        if for_memory:
            text = self.tr(
                "Undo keeps the last {kept} steps: {dropped} older ones were dropped to stay "
                "within {megabytes} MB of memory."
            )
        else:
            text = self.tr(
                "Undo keeps the last {kept} steps: {dropped} older ones were dropped (it keeps "
                "at most {limit})."
            )
        megabytes = self.budget // (1024 * 1024)
        return text.format(kept=kept, dropped=dropped, megabytes=megabytes, limit=STEP_LIMIT)

    def commands(self) -> list[QUndoCommand]:
        return [self.stack.command(i) for i in range(self.stack.count())]

    def held(self) -> int:
        return held_bytes(self.commands())

    def _changed(self, index: int) -> None:
        if self._busy or not shiboken6.isValid(self.stack):
            return
        self.release_deleted()
        self.trim_timer.start()
        count = self.stack.count()
        # a push leaves the index at the top; undo and redo move it, and cost nothing new
        if index != count or count == 0:
            return
        self._seen.append(self.stack.command(count - 1))
        if count >= 2:
            self.enforce()

    def release_deleted(self) -> int:
        """Free the states of commands Qt has deleted (a redo branch a new step replaced, the
        steps dropped here): PySide keeps every pushed command's Python object referenced from
        the stack's even after Qt deletes the command, and with it both of its states."""
        alive, released = [], 0
        for command in self._seen:
            if shiboken6.isValid(command):
                alive.append(command)
            else:
                command.__dict__.clear()
                released += 1
        self._seen = alive
        return released

    def enforce(self) -> int:
        """Drop the oldest steps until the rest fit the budget (the newest always stays);
        returns how many were dropped."""
        commands = self.commands()
        held = [_held(command) for command in commands]
        users: dict[int, int] = {}
        sizes: dict[int, int] = {}
        for entry in held:
            for key, size in entry.items():
                users[key] = users.get(key, 0) + 1
                sizes[key] = size
        total = sum(sizes.values())
        first = 0
        too_many = len(commands) > STEP_LIMIT
        while first < len(commands) - 1 and (
            total > self.budget or (too_many and len(commands) - first > STEPS_AFTER_LIMIT)
        ):
            for key in held[first]:  # what only the dropped step held is freed
                users[key] -= 1
                if users[key] == 0:
                    total -= sizes[key]
            first += 1
        for_memory = first > (len(commands) - STEPS_AFTER_LIMIT if too_many else 0)
        if first == 0:
            return 0
        kept = [clone(command) for command in commands[first:]]
        self._busy = True
        try:
            self.stack.clear()
            for command in kept:
                self.stack.push(command)
        finally:
            self._busy = False
        self.release_deleted()
        release_free_memory()  # the dropped states' arrays were freed in the heap's middle
        self._seen.extend(kept)
        self.dropped.emit(first, len(kept), for_memory)
        return first


class StateCommand(QUndoCommand):
    """One finished change on one tab: undo shows the state before, redo the state after."""

    def __init__(self, session: Session, key: str, before, after, show=None):
        super().__init__()
        self.session, self.key, self.before, self.after = session, key, before, after
        self.show = show  # shows the tab first, so the change is seen where it happens
        self._applied = True  # the session already holds ``after`` when the command is pushed

    def undo(self) -> None:
        self._show_state(self.before, self.after)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._show_state(self.after, self.before)

    def _show_state(self, state, fallback) -> None:
        """Show the tab, then ``state``: no exception may leave a QUndoCommand (inside
        QUndoStack it kills the app); if the tab cannot show ``state`` it shows ``fallback``."""
        try:
            if self.show is not None:
                self.show(self.key)
            self.session.set_state(self.key, state)
        except Exception:
            traceback.print_exc()
            with contextlib.suppress(Exception):
                self.session.set_state(self.key, fallback)
