"""Extremes end in a clear state: huge learning rates and start points, data with one x,
a long CSV (progress, cancel), probabilities of exactly 0 and 1."""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QWidget,
)

from lossstudio.engine import regression as engine
from lossstudio.model import csv_data
from lossstudio.model import regression as regression_model
from lossstudio.ui.regression import loading
from lossstudio.ui.regression import tab as regression_tab
from lossstudio.ui.widgets.number_field import NumberField
from tests.ui.test_inputs import replace_text, show_every_page

NAN = re.compile(r"\bnan\b", re.IGNORECASE)


def field(window, name: str) -> NumberField:
    """The number box called ``name``, or the one inside the SliderField called ``name``."""
    found = window.findChild(QWidget, name)
    if found is None:  # on a page built on first show
        show_every_page(window)
        found = window.findChild(QWidget, name)
    return found if isinstance(found, NumberField) else found.field


def type_into(widget: NumberField, text: str) -> str:
    widget.last_error = ""
    replace_text(widget, text)
    return widget.last_error


def no_nan_anywhere(root) -> None:
    for label in root.findChildren(QLabel):
        assert not NAN.search(label.text()), label.text()


@pytest.mark.parametrize(
    ("tab", "name", "largest"),
    [("descent", "descent.learning_rate", "10"), ("catalog", "catalog.learning_rate", "10")],
)
def test_a_learning_rate_of_a_million_is_refused_with_the_range(window, tab, name, largest):
    window.show_tab(tab)
    box = field(window, name)
    before = window.pages[tab].state()
    message = type_into(box, "1e6")
    assert f"The largest allowed value is {largest}." in message
    assert window.pages[tab].state() == before


def test_the_largest_learning_rate_diverges_clearly_in_descent(window):
    window.show_tab("descent")
    tab = window.pages["descent"]
    assert not type_into(field(window, "descent.learning_rate"), "10")
    state = tab.state()
    assert next(s for s in state.settings if s.name == state.focus).learning_rate == 10.0
    step = window.findChild(QPushButton, "descent.step")
    for _ in range(60):
        if tab.badge.property("kind") not in ("walking", "paused"):  # not ended yet
            break
        step.click()
        QApplication.processEvents()
    assert tab.badge.property("kind") == "diverged"
    assert "diverged" in tab.badge.text()
    no_nan_anywhere(tab)


def test_the_largest_step_size_diverges_clearly_in_the_catalog(window):
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    tab.pages.setCurrentWidget(tab.descent)
    assert not type_into(field(window, "catalog.learning_rate"), "10")
    step = window.findChild(QPushButton, "catalog.step")
    message = window.findChild(QLabel, "catalog.descent_message")
    for _ in range(30):
        step.click()
        QApplication.processEvents()
        if "iverge" in message.text():
            break
    assert "iverge" in message.text()
    no_nan_anywhere(tab)


@pytest.mark.parametrize(
    ("tab", "name"),
    [("descent", "descent.start_w"), ("descent", "descent.start_b"), ("catalog", "catalog.start")],
)
def test_a_start_point_of_1e150_is_refused_with_the_range(window, tab, name):
    window.show_tab(tab)
    before = window.pages[tab].state()
    message = type_into(field(window, name), "1e150")
    assert "The largest allowed value is" in message
    assert window.pages[tab].state() == before
    message = type_into(field(window, name), "-1e150")
    assert "The smallest allowed value is" in message
    assert window.pages[tab].state() == before


def test_the_farthest_allowed_start_ends_in_a_clear_state(window):
    window.show_tab("descent")
    tab = window.pages["descent"]
    assert not type_into(field(window, "descent.start_w"), "1e6")
    assert tab.state().start[0] == 1e6
    QTest.keyClick(window.findChild(QPushButton, "descent.step"), Qt.Key.Key_Space)
    for _ in range(5):
        window.findChild(QPushButton, "descent.step").click()
    QApplication.processEvents()
    no_nan_anywhere(tab)


def test_data_with_every_x_equal_say_there_is_no_best_line(window, tmp_path):
    path = tmp_path / "equal.csv"
    path.write_text("x,y\n2,1\n2,3\n2,4\n", encoding="utf-8")
    window.show_tab("regression")
    tab = window.pages["regression"]
    assert tab.load_csv(str(path))
    assert "none (all x are equal)" in tab.panel.best_loss.text()
    assert math.isfinite(tab.loss())
    window.findChild(QPushButton, "regression.snap").click()
    assert "all x values are equal" in tab.message.text()
    no_nan_anywhere(tab)


def long_csv(tmp_path, rows: int):
    path = tmp_path / "long.csv"
    path.write_text(
        "x,y\n" + "".join(f"{i % 97},{(3 * i) % 89}\n" for i in range(rows)), encoding="utf-8"
    )
    return path


def test_a_long_csv_shows_progress_and_can_be_cancelled(window, tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "PROGRESS_ROWS", 1000)
    monkeypatch.setattr(csv_data, "CHUNK_ROWS", 500)
    path = long_csv(tmp_path, 5000)
    window.show_tab("regression")
    tab = window.pages["regression"]
    before = tab.state()
    seen = []

    def press_cancel():
        dialog = tab.findChild(QProgressDialog, "regression.load_progress")
        if dialog is None:
            QTimer.singleShot(0, press_cancel)
            return
        seen.append((dialog.labelText(), dialog.maximum()))
        dialog.cancel()

    QTimer.singleShot(0, press_cancel)
    assert not tab.load_csv(str(path))
    assert seen and "5,000 rows" in seen[0][0] and seen[0][1] == 5000
    assert tab.state() == before
    assert "cancelled" in tab.message.text() and "kept" in tab.message.text()
    assert tab.findChild(QProgressDialog, "regression.load_progress") is None or not (
        tab.findChild(QProgressDialog, "regression.load_progress").isVisible()
    )
    # not cancelled: the same file loads, with the dialog closed afterwards
    assert tab.load_csv(str(path))
    assert tab.state().m == 5000
    dialogs = [d for d in tab.findChildren(QProgressDialog) if d.isVisible()]
    assert not dialogs


def test_many_points_draw_a_bounded_sample_and_j_uses_them_all(window):
    rng = np.random.default_rng(7)
    x = rng.uniform(0.0, 10.0, 200_000)
    y = 2.5 * x + 1.0 + rng.normal(0.0, 2.0, x.size)
    window.show_tab("regression")
    tab = window.pages["regression"]
    tab.apply(regression_model.with_data(tab.state(), x, y))
    limit = regression_tab.DRAW_LIMIT
    assert len(tab.points.data) == limit
    assert tab.plot.many_residuals.segment_count() == limit  # drawn as one image
    assert tab.residuals.xData is None or tab.residuals.xData.size == 0
    assert tab.squares.rect_count() <= limit
    assert tab.note.isVisible()
    assert "Showing 5,000 of 200,000 points" in tab.note.textItem.toPlainText()
    state = tab.state()
    expected = float(engine.mse(state.w * x + state.b, y))
    assert tab.loss() == pytest.approx(expected, rel=1e-12)
    assert tab.best() == pytest.approx(engine.least_squares(x, y))
    # a drawn point is found under the pointer with its index in all the data
    _, xs, ys = tab.drawn()
    found = tab.gestures.point_at(float(xs[1234]), float(ys[1234]))
    assert found is not None and (x[found], y[found]) == (xs[1234], ys[1234])
    # the absolute error: contour map and slices on a sample, said so; J on every point
    tab.apply(dataclasses.replace(tab.state(), loss="absolute"))
    assert "sample of 20,000 points" in tab.note.textItem.toPlainText()
    state = tab.state()
    assert tab.loss() == pytest.approx(float(engine.mae(state.w * x + state.b, y)))
    # a few points: no note
    tab.apply(regression_model.with_preset(tab.state(), "chapter"))
    assert not tab.note.isVisible()
    assert len(tab.points.data) == tab.state().m


def test_more_rows_than_the_limit_are_refused_with_the_limit(window, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_data, "MAX_ROWS", 100)
    path = long_csv(tmp_path, 101)
    tab = window.pages["regression"]
    before = tab.state()
    assert not tab.load_csv(str(path))
    assert "more than 100 rows" in tab.message.text()
    assert tab.state() == before


def test_probabilities_of_exactly_0_and_1_give_infinity_with_the_reason(window):
    from tests.ui.test_inputs import Input, feed

    window.show_tab("classification")
    tab = window.pages["classification"]
    table = tab.findChild(QTableWidget, "classification.table")
    note = tab.findChild(QLabel, "classification.infinity_note")
    total = tab.findChild(QLabel, "classification.total")
    loss_column = table.columnCount() - 2
    first = Input("a1", table, tab, 0.0, 1.0, row=0, column=3)
    shown = {}
    for text in ("0", "1"):
        assert feed(first, text) == ""
        shown[text] = table.item(0, loss_column).text()
        no_nan_anywhere(tab)
    # one of a1 = 0 and a1 = 1 gives the true class probability 0, the other probability 1
    assert sorted(shown.values()) == ["0.00", "∞"], shown
    infinite = next(text for text, loss in shown.items() if loss == "∞")
    feed(first, infinite)
    assert note.isVisible() and "−ln 0 = ∞" in note.text()
    assert "∞" in total.text()
    clip = tab.findChild(QCheckBox, "classification.clip")
    clip.click()
    assert table.item(0, loss_column).text() == "16.12"  # −ln ε with ε = 1e-7
    assert not note.isVisible()
    no_nan_anywhere(tab)


def test_x_values_too_close_for_a_best_line_are_not_called_equal(window, tmp_path):
    """0 and 1e-320 are two x values, but their spread underflows: the panel said "all x are
    equal"; the snap button's message already said what it is."""
    path = tmp_path / "tiny.csv"
    path.write_text("x,y\n0,1\n1e-320,2\n2e-320,3\n", encoding="utf-8")
    window.show_tab("regression")
    tab = window.pages["regression"]
    assert tab.load_csv(str(path))
    assert tab.panel.best_loss.text() == "Best fit: none (the x values are too close together)"
    window.findChild(QPushButton, "regression.snap").click()
    assert "too close together" in tab.message.text()
    no_nan_anywhere(tab)


def test_a_csv_of_one_point_says_one_point(window, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("x,y\n1,2\n", encoding="utf-8")
    window.show_tab("regression")
    tab = window.pages["regression"]
    assert not tab.load_csv(str(path))
    assert "it holds 1 point; at least 2 are needed." in tab.message.text(), tab.message.text()
    window.set_language("zh")
    try:
        assert "只有 1 个样本点；至少需要 2 个。" in tab.message.text(), tab.message.text()
    finally:
        window.set_language("en")
