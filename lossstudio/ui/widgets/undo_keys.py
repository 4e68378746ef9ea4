"""The window's Undo and Redo keys in a text field that has nothing of its own to undo.

A QLineEdit takes Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y for its own text history (it accepts the
``ShortcutOverride`` event), so the window's Undo never saw them while the cursor stayed in a
number field: type 1.5 into w, press Enter, press Ctrl+Z, and nothing happened. With
:func:`pass_undo_keys` a field keeps those keys while it has typing to undo or redo, and
otherwise lets them through to the window's actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget


def _is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or _combination(event) == QKeySequence(
        "Ctrl+Z"
    )


def _is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or _combination(event) in (
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
    )


def _combination(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(event.keyCombination().key().value | modifiers.value)


class _PassUndoKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        edit = watched.lineEdit() if isinstance(watched, QAbstractSpinBox) else watched
        if not isinstance(edit, QLineEdit):
            return False
        if _is_undo(event) and not edit.isUndoAvailable():
            event.ignore()  # not taken by the field: the window's shortcut acts
            return True
        if _is_redo(event) and not edit.isRedoAvailable():
            event.ignore()
            return True
        return False


_FILTER: _PassUndoKeys | None = None


def pass_undo_keys(widget: QWidget) -> None:
    """Let the window's Undo / Redo keys through ``widget`` (a line edit or spin box) whenever
    it has no typing of its own to undo or redo."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _PassUndoKeys(QApplication.instance())
    widget.installEventFilter(_FILTER)
