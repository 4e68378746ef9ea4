"""The Loss Catalog tab with real mouse drags, real key presses and typed values."""

import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from lossstudio.engine.curves import descend_1d, loss_slope, loss_value
from lossstudio.engine.losses import LOSSES
from lossstudio.model.catalog import LOSS_KEYS, CatalogState
from lossstudio.ui import style
from lossstudio.ui.catalog import CatalogTab
from tests.ui import mouse


@pytest.fixture
def tab(qtbot):
    widget = CatalogTab()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.commits = []
    widget.committed.connect(lambda before, after: widget.commits.append((before, after)))
    return widget


def readout(tab, name):
    return tab.findChild(object, f"catalog.{name}")


def tangent_slope(tab):
    x, y = tab.single.tangent.getData()
    return (y[1] - y[0]) / (x[1] - x[0])


def assert_single_matches_engine(tab):
    state = tab.state()
    value = float(loss_value(state.loss, state.label, state.prediction))
    slope = float(loss_slope(state.loss, state.label, state.prediction))
    assert readout(tab, "loss_value").property("value") == value
    assert readout(tab, "slope_value").property("value") == slope
    assert_allclose(tangent_slope(tab), slope)
    x, y = tab.single.marker.pos().x(), tab.single.marker.pos().y()
    assert (x, y) == pytest.approx((state.prediction, value))


def type_into(qtbot, field: QLineEdit, text: str):
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # what an input method delivers: the whole text at once
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_dragging_the_marker_updates_readout_and_tangent(tab):
    assert_single_matches_engine(tab)
    plot = tab.single.plot
    start = tab.state()
    mouse.drag(plot, plot.getPlotItem(), (2.0, 1.0), (-1.0, 4.0))
    a = tab.state().prediction
    assert a == pytest.approx(-1.0, abs=0.05)
    assert_single_matches_engine(tab)
    assert readout(tab, "loss_value").text() == f"{(1 - a) ** 2:.4g}"
    # the whole drag is one undo step
    assert len(tab.commits) == 1 and tab.commits[0][0] == start


def test_arrow_keys_and_typing_move_the_marker(qtbot, tab):
    plot = tab.single.plot
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert tab.state().prediction == pytest.approx(2.1)
    qtbot.keyClick(plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert tab.state().prediction == pytest.approx(2.09)
    assert_single_matches_engine(tab)
    field = tab.single.prediction.field
    type_into(qtbot, field, "－０，５")  # full-width minus, digits and a comma decimal
    assert tab.state().prediction == -0.5
    type_into(qtbot, field, "abc")
    assert tab.state().prediction == -0.5 and "abc" in field.last_error
    assert len(tab.commits) == 3


def test_switching_loss_and_label_changes_curve_formula_readout(qtbot, tab):
    tab.losses = tab.panel.losses
    tab.losses.setFocus()
    for key in LOSS_KEYS[::-1]:
        tab.losses.setCurrentRow(LOSS_KEYS.index(key))
        state = tab.state()
        assert state.loss == key
        assert tab.panel.formula.formula() == f"catalog_{key}"
        x, y = tab.single.curve.getData()
        expected = LOSSES[key].function(state.label, np.sign(x) if key == "zero_one" else x)
        assert_allclose(y, expected)
        assert_single_matches_engine(tab)
    # 0-1 loss: labels +-1, and the plot says how it is drawn
    assert "sign(a)" in tab.single.note.toPlainText()
    qtbot.mouseClick(tab.panel.label_low, Qt.MouseButton.LeftButton)
    assert tab.state().label == -1.0
    assert_single_matches_engine(tab)
    # keyboard: the list follows the arrow keys
    tab.losses.setFocus()
    qtbot.keyClick(tab.losses, Qt.Key.Key_Down)
    assert tab.state().loss == "absolute"
    type_into(qtbot, tab.panel.label_value, "2,5")
    assert tab.state().label == 2.5
    assert_single_matches_engine(tab)


def test_all_six_table_agrees_with_engine_at_the_cursor(qtbot, tab):
    tab.pages.setCurrentWidget(tab.margin)
    page = tab.margin
    mouse.drag(page.plot, page.plot.getPlotItem(), (0.5, 2.0), (-1.2, 2.0))
    t = tab.state().margin
    assert t == pytest.approx(-1.2, abs=0.05)
    for row, key in enumerate(LOSS_KEYS):
        value = page.table.item(row, 1).data(Qt.ItemDataRole.UserRole)
        slope = page.table.item(row, 2).data(Qt.ItemDataRole.UserRole)
        assert value == float(LOSSES[key].margin(np.array([t]))[0])
        assert slope == float(LOSSES[key].margin_derivative(np.array([t]))[0])
        # the surrogates bound the 0-1 loss
        assert value >= float(LOSSES["zero_one"].margin(np.array([t]))[0])
    assert len(tab.commits) == 1
    page.plot.setFocus()
    qtbot.keyClick(page.plot, Qt.Key.Key_Right)
    assert tab.state().margin == pytest.approx(t + 0.05)
    qtbot.mouseClick(page.toggles["exponential"], Qt.MouseButton.LeftButton)
    assert tab.state().shown == (True,) * 5 + (False,)
    assert not page.curves["exponential"].isVisible()


def test_table_3_1_defaults_and_typing(qtbot, tab):
    tab.pages.setCurrentWidget(tab.table)
    page = tab.table

    def shown(name):
        return readout(tab, name).property("value")

    assert shown("absolute_sum_first") == 3 and shown("squared_sum_first") == 5
    assert shown("absolute_sum_second") == 4 and shown("squared_sum_second") == 8
    assert "1.33" in readout(tab, "absolute_growth").text()
    assert "1.6" in readout(tab, "squared_growth").text()
    assert "punishes the larger miss harder" in readout(tab, "table_verdict").text()
    type_into(qtbot, page.fields["table_second"][2], "５")
    assert tab.state().table_second == (1, 3, 5)
    assert shown("absolute_sum_second") == 6 and shown("squared_sum_second") == 20
    assert shown("squared_growth") == 4.0
    type_into(qtbot, page.fields["table_first"][1], "1")
    type_into(qtbot, page.fields["table_first"][2], "1")
    assert readout(tab, "absolute_growth").text().endswith("∞</b>")
    assert "nan" not in readout(tab, "table_verdict").text()


def test_descent_steps_follow_the_update_rule(qtbot, tab):
    tab.pages.setCurrentWidget(tab.descent)
    page = tab.descent
    state = tab.state()
    x, _values = page.points.getData()
    expected = descend_1d(state.loss, state.label, state.start, state.learning_rate, 5)
    assert_allclose(x, expected.path)
    for k in range(5):
        derivative = float(LOSSES["squared"].derivative(1.0, x[k]))
        assert x[k + 1] == x[k] - state.learning_rate * derivative
    qtbot.mouseClick(page.step_button, Qt.MouseButton.LeftButton)
    assert tab.state().steps == 6 and len(page.points.getData()[0]) == 7
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert tab.state().steps == 0
    type_into(qtbot, page.learning_rate.field, "1.2")
    for _ in range(5):
        qtbot.mouseClick(page.step_button, Qt.MouseButton.LeftButton)
    assert "too large" in page.message.text()
    type_into(qtbot, page.learning_rate.field, "9")
    for _ in range(20):
        page.step()
    assert "Diverged" in page.message.text()
    assert not page.step_button.isEnabled()


def test_descent_on_log_loss_and_zero_one(qtbot, tab):
    tab.apply(dataclasses.replace(tab.state().with_loss("log"), start=0.2, learning_rate=0.05))
    tab.pages.setCurrentWidget(tab.descent)
    for _ in range(12):
        tab.descent.step()
    assert "outside 0 ≤ a ≤ 1" in tab.descent.message.text()
    tab.apply(tab.state().with_loss("zero_one"))
    assert "cannot move" in tab.descent.message.text()


def test_play_is_one_undo_step(qtbot, tab):
    tab.pages.setCurrentWidget(tab.descent)
    tab.apply(dataclasses.replace(tab.state(), steps=0))
    tab.commits.clear()
    tab.descent.timer.setInterval(1)
    qtbot.mouseClick(tab.descent.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.state().steps >= 3)
    assert tab.descent.play_button.text() == "Pause"  # while it plays (it kept saying "Play")
    qtbot.mouseClick(tab.descent.play_button, Qt.MouseButton.LeftButton)
    assert not tab.descent.timer.isActive() and tab.descent.play_button.text() == "Play"
    assert len(tab.commits) == 1 and tab.commits[0][0].steps == 0


def test_set_state_renders_any_state_exactly(qtbot, tab):
    states = [
        CatalogState(),
        CatalogState(loss="log", label=0.0, prediction=0.0, start=0.5, steps=0),
        CatalogState(loss="exponential", label=-1.0, prediction=-3.0, margin=-3.0, steps=50),
        CatalogState(loss="zero_one", label=1.0, prediction=0.0, shown=(False,) * 6),
    ]
    for state in states:
        for page in (tab.single, tab.margin, tab.table, tab.descent):
            tab.pages.setCurrentWidget(page)
            tab.set_state(state)
        tab.pages.setCurrentWidget(tab.single)
        assert tab.state() == state
        assert_single_matches_engine(tab)
        assert "nan" not in readout(tab, "loss_value").text()
        assert tab.margin.cursor.value() == state.margin
        assert tab.panel.formula.formula() == f"catalog_{state.loss}"
    assert readout(tab, "loss_value").text() == "1"
    log = CatalogState(loss="log", label=1.0, prediction=0.0, start=0.5)
    tab.set_state(log)
    assert readout(tab, "loss_value").text() == "∞"
    assert tab.commits == []


def test_theme_and_language_changes_rerender(qtbot, tab):
    before = style.theme()
    try:
        style.set_theme(style.Theme("dark", 1.6))
        assert_single_matches_engine(tab)
        tab.retranslate()
        assert tab.pages.tabText(2) == "Table 3-1"
    finally:
        style.set_theme(before)
    image = tab.grab()
    assert not image.isNull()


def test_a_theme_change_restyles_the_curve_the_drag_leaves_alone(qtbot, tab):
    """The curve's pens are set only when the loss, label, theme or language change (a drag
    frame moves the marker and the tangent only): a new theme must still reach them."""
    before = style.theme()
    mouse_x = tab.state().prediction
    tab.preview(dataclasses.replace(tab.state(), prediction=mouse_x - 0.5))
    tab.finish()
    try:
        style.set_theme(style.Theme("dark", 1.6))
        assert tab.single.curve.opts["pen"].widthF() == pytest.approx(3.0 * 1.6)
        assert tab.single.tangent.opts["pen"].widthF() == pytest.approx(3.0 * 1.6)
        assert tab.single.marker.pen.color().name() == style.theme().foreground
        assert_single_matches_engine(tab)
    finally:
        style.set_theme(before)


def test_readouts_and_the_sentence_show_one_number_alike(tab):
    """A negative slope reads with the minus sign U+2212 and the digits of the sentence under
    it (it said "slope = -5.0462" above "... = −5.046")."""
    tab.set_state(dataclasses.replace(tab.state(), loss="squared", label=1.0, prediction=-1.5231))
    slope = readout(tab, "slope_value").text()
    assert slope == "−5.046" and "-" not in readout(tab, "loss_value").text()
    assert readout(tab, "loss_value").text() == "6.366"
    assert f"= {slope}." in tab.single.slope_note.text()
    tab.show_page("margin")
    cells = [tab.margin.table.item(row, 2).text() for row in range(tab.margin.table.rowCount())]
    assert not any("-" in text for text in cells)


@pytest.mark.parametrize("size", [(1300, 800), (900, 600)])
def test_the_zero_one_note_stands_above_the_loss_not_on_it(qtbot, tab, size):
    """The 0-1 loss's note "plotted as the 0-1 loss of the predicted class sign(a)" sat on the
    loss = 1 line, which ran through its text."""
    tab.resize(*size)
    tab.apply(tab.state().with_loss("zero_one"))
    QApplication.processEvents()
    page = tab.single
    box = page.plot.getPlotItem().getViewBox()
    note = page.note.mapRectToScene(page.note.boundingRect())
    one = box.mapViewToScene(pg.Point(0.0, 1.0)).y()  # the line at loss = 1, in scene pixels
    assert page.note.toPlainText().startswith("plotted as")
    assert note.bottom() < one - 2, (note, one)
