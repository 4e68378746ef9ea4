"""Every input of the app against hostile and odd text, typed with real key events.

The inputs are found programmatically in the whole main window (every tab and sub-page), so a
new field is covered without touching this file: each :class:`NumberField` (alone or inside a
:class:`SliderField`), each :class:`IntegerField` spin box, and each editable table cell. Any
other line edit or spin box fails the census: every field must go through the shared helper.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
)

from lossstudio.ui import plain
from lossstudio.ui.tab import Tab
from lossstudio.ui.widgets.number_field import IntegerField, NumberField

KEPT = "The previous value is kept."

#: line edits that are not one number of a tab, each held by tests of its own
FREE_TEXT = {
    # a number or an order of students (C A D B), read with parse_number / parse_order:
    # tests/ui/test_practice.py, test_a_typed_answer_that_is_no_number_costs_no_try
    "practice.answer",
}


@dataclass
class Input:
    """One place where a person types a number."""

    name: str
    widget: object  # NumberField, IntegerField or QTableWidget (with row, column)
    tab: Tab
    minimum: float
    maximum: float
    integer: bool = False
    row: int = -1
    column: int = -1


def owning_tab(widget) -> Tab:
    parent = widget
    while parent is not None and not isinstance(parent, Tab):
        parent = parent.parentWidget()
    assert parent is not None, widget.objectName()
    return parent


def reveal(widget) -> None:
    """Bring every tab page and stacked page holding ``widget`` to the front."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
            if isinstance(parent.parentWidget(), QTabWidget):
                parent.parentWidget().setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    QApplication.processEvents()


def show_every_page(window) -> None:
    """Show every tab and every page of the tab widgets inside them once, so that tabs and
    pages built on first show (the catalog's pages, for one) exist; the tab on show stays."""
    shown = window.tabs.currentIndex()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for inner in window.tabs.widget(index).findChildren(QTabWidget):
            current = inner.currentIndex()
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
            inner.setCurrentIndex(current)
        QApplication.processEvents()
    window.tabs.setCurrentIndex(shown)
    QApplication.processEvents()


def census(window) -> list[Input]:
    """Every input of the window (building lazily built tabs and pages first)."""
    show_every_page(window)
    inputs: list[Input] = []
    for field in window.findChildren(NumberField):
        low, high = field.range()
        name = field.objectName() or field.parentWidget().objectName()
        inputs.append(Input(name, field, owning_tab(field), low, high))
    for spin in window.findChildren(QAbstractSpinBox):
        assert isinstance(spin, IntegerField), f"{spin.objectName()} bypasses parse_number"
        name = spin.objectName()
        inputs.append(Input(name, spin, owning_tab(spin), spin.minimum(), spin.maximum(), True))
    for edit in window.findChildren(QLineEdit):
        if edit.objectName() in FREE_TEXT:
            continue
        assert isinstance(edit, NumberField) or isinstance(edit.parentWidget(), IntegerField), (
            f"{edit.objectName()} is a line edit outside the shared number helper"
        )
    for table in window.findChildren(QTableWidget):
        if table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            continue
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is None or not item.flags() & Qt.ItemFlag.ItemIsEditable:
                    continue
                delegate = table.itemDelegateForColumn(column)
                assert hasattr(delegate, "minimum"), f"{table.objectName()} column {column}"
                inputs.append(
                    Input(
                        f"{table.objectName()}[{row},{column}]",
                        table,
                        owning_tab(table),
                        delegate.minimum,
                        delegate.maximum,
                        row=row,
                        column=column,
                    )
                )
    return inputs


def send_text(target, text: str) -> None:
    """Type ``text`` as key events (one event carrying non-ASCII or very long text)."""
    if text.isascii() and len(text) <= 50:
        QTest.keyClicks(target, text)
    else:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)


def replace_text(target, text: str) -> None:
    """Select all, delete, type ``text``, Enter: as a person does it."""
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(target, Qt.Key.Key_Delete)
    send_text(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()


def feed(item: Input, text: str) -> str:
    """Type ``text`` into the input; returns the refusal message shown ("" when accepted)."""
    reveal(item.widget)
    if isinstance(item.widget, QTableWidget):
        table = item.widget
        messages: list[str] = []
        delegate = table.itemDelegateForColumn(item.column)

        def record(_row, _column, message):
            messages.append(message)

        delegate.rejected.connect(record)
        try:
            table.setFocus()
            table.setCurrentCell(item.row, item.column)
            QTest.keyClick(table, Qt.Key.Key_F2)
            editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
            assert len(editors) == 1, item.name
            replace_text(editors[0], text)
        finally:
            delegate.rejected.disconnect(record)
        if messages:
            shown = [
                label.text()
                for label in item.tab.findChildren(QLabel)
                if label.isVisible() and messages[-1] in label.text()
            ]
            assert shown, f"{item.name}: the message is not shown in the tab"
        return messages[-1] if messages else ""
    widget = item.widget
    widget.last_error = ""
    widget.setFocus()
    replace_text(widget, text)
    if widget.last_error:
        assert widget.toolTip() == plain.tooltip(widget.last_error), item.name
    return widget.last_error


def shown_value(item: Input) -> str:
    if isinstance(item.widget, QTableWidget):
        return item.widget.item(item.row, item.column).text()
    if isinstance(item.widget, IntegerField):
        return item.widget.lineEdit().text()
    return item.widget.text()


def out_of_range(item: Input, above: bool) -> str:
    bound = item.maximum if above else item.minimum
    step = max(1.0, abs(bound))
    return repr(bound + step if above else bound - step)


#: (name, text, accepted value or None for always refused, the message's key words)
CASES = {
    "empty": ("", None, "empty"),
    "spaces": ("   ", None, "empty"),
    "text": ("abc", None, "is not a number"),
    "overflow": ("1e400", None, "finite"),
    "negative_overflow": ("-1e400", None, "finite"),
    "nan": ("nan", None, "finite"),
    "inf": ("inf", None, "finite"),
    "minus_zero": ("-0", 0.0, None),
    "full_width": ("０.５", 0.5, None),
    "comma": ("0,5", 0.5, None),
    "ten_thousand": ("7" * 10_000, None, "too long"),
    "below_range": (None, None, "smallest allowed"),
    "above_range": (None, None, "largest allowed"),
}


@pytest.fixture(scope="module")
def shared_window(qapp):
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()
    window.activateWindow()
    yield window
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def test_census_finds_the_inputs_of_every_tab(shared_window):
    inputs = census(shared_window)
    tabs = {item.tab.key for item in inputs}
    assert tabs == {"catalog", "regression", "descent", "classification"}
    names = {item.name for item in inputs}
    for expected in (
        "descent.start_w",
        "regression.w_field",
        "catalog.learning_rate",
        "classification.classes",
    ):
        assert expected in names
    assert sum(isinstance(item.widget, QTableWidget) for item in inputs) >= 8


#: cases whose message the default run already covers with a sibling: `pytest -m slow` (the
#: slow stage of .ci/run) runs them, so that the default suite stays about five minutes
_SLOW_CASES = {"spaces", "negative_overflow", "inf", "minus_zero", "ten_thousand", "below_range"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.slow) if case in _SLOW_CASES else case
        for case in sorted(CASES)
    ],
)
def test_every_input_handles(shared_window, qtbot, case):
    text, accepted, words = CASES[case]
    problems = []
    for item in census(shared_window):
        if case in ("below_range", "above_range"):
            if math.isinf(item.maximum if case == "above_range" else item.minimum):
                continue
            text = out_of_range(item, above=case == "above_range")
        reveal(item.widget)
        before = item.tab.state()
        previous = shown_value(item)
        in_range = accepted is not None and item.minimum <= accepted <= item.maximum
        if item.integer and accepted is not None and accepted != int(accepted):
            in_range = False
        message = feed(item, text)
        if in_range:
            if message:
                problems.append(f"{item.name}: refused {text!r}: {message}")
            elif float(shown_value(item).replace("−", "-")) != accepted:
                problems.append(f"{item.name}: shows {shown_value(item)!r} after {text!r}")
            continue
        if not message:
            problems.append(f"{item.name}: no message for {text[:20]!r}")
            continue
        if KEPT not in message or (words and words not in message):
            problems.append(f"{item.name}: unclear message {message!r}")
        if item.tab.state() != before:
            problems.append(f"{item.name}: the tab's state changed on {text[:20]!r}")
        if shown_value(item) != previous:
            problems.append(f"{item.name}: shows {shown_value(item)!r}, not {previous!r}")
    assert not problems, "\n".join(problems)


# --- file dialog results ------------------------------------------------------------------------


def bad_paths(tmp_path, monkeypatch) -> dict[str, str]:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 16)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    unreadable = tmp_path / "unreadable.json"
    unreadable.write_text("x,y\n1,2\n3,4\n", encoding="utf-8")
    unreadable.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a person
        import pathlib

        real_open = pathlib.Path.open

        def guarded(self, *args, **kwargs):
            if self == unreadable:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", guarded)
        real_os_open = os.open

        def guarded_os_open(path, *args, **kwargs):  # the readers open with O_NONBLOCK
            if os.fspath(path) == str(unreadable):
                raise PermissionError(13, "Permission denied")
            return real_os_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", guarded_os_open)
    return {
        "missing": str(tmp_path / "nowhere.csv"),
        "directory": str(tmp_path),
        "unreadable": str(unreadable),
        "binary": str(binary),
        "huge": str(huge),
    }


@pytest.mark.parametrize("kind", ["missing", "directory", "unreadable", "binary", "huge"])
def test_csv_dialog_results(window, tmp_path, monkeypatch, kind):
    path = bad_paths(tmp_path, monkeypatch)[kind]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (path, "")))
    window.show_tab("regression")
    tab = window.pages["regression"]
    before = tab.state()
    QTest.mouseClick(tab.panel.load_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert tab.state() == before
    assert tab.message.isVisible()
    assert "was not loaded" in tab.message.text() and "kept" in tab.message.text()


@pytest.mark.parametrize("kind", ["missing", "directory", "unreadable", "binary", "huge"])
def test_scene_dialog_results(window, tmp_path, monkeypatch, kind):
    path = bad_paths(tmp_path, monkeypatch)[kind]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (path, "")))
    before = {key: page.state() for key, page in window.pages.items()}
    window.open_action.trigger()
    QApplication.processEvents()
    assert {key: page.state() for key, page in window.pages.items()} == before
    assert "Nothing was changed" in window.last_message
    assert window.statusBar().currentMessage() == window.last_message
