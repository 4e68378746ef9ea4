"""The Classification tab driven as a person would: keys into cells, drags on the plots."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from lossstudio.engine import classification as engine
from lossstudio.model import classification as model
from lossstudio.model.numbers import NumberError, parse_number
from lossstudio.ui.classification import ClassificationTab
from lossstudio.ui.classification.items import VALUE_ROLE
from lossstudio.ui.classification.students import FIRST_PROBABILITY
from lossstudio.ui.widgets.number_field import number_error_message
from tests.ui import mouse


@pytest.fixture
def tab(qtbot):
    page = ClassificationTab()
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    qtbot.waitExposed(page)
    return page


def loss_column(tab) -> int:
    return tab.students.table.columnCount() - 2


def send_text(editor, text):
    """Real key presses carrying ``text`` one character at a time (any script, full-width too)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(editor, event)


def type_into_cell(qtbot, table, row, column, text, *, paste=False):
    """Select a cell, open its editor with F2, type ``text`` and press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit, "classification.cell_editor")
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == ""
    if paste:
        editor.insert(text)  # nobody types 10,000 characters one by one
    else:
        send_text(editor, text)
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits through a queued call: let it run
    qtbot.waitUntil(lambda: table.findChild(QLineEdit, "classification.cell_editor") is None)


def test_defaults_show_the_chapter_losses_and_total(tab):
    table = tab.students.table
    column = loss_column(tab)
    shown = [table.item(row, column).text() for row in range(4)]
    assert shown == ["0.51", "0.36", "1.20", "0.51"]
    expected = model.sample_losses(tab.state())
    bars = [table.item(row, column + 1).data(VALUE_ROLE) for row in range(4)]
    np.testing.assert_allclose(bars, expected)
    assert "2.58" in tab.findChild(type(tab.students.total), "classification.total").text()
    assert "0.65" in tab.students.mean.text()
    assert table.item(2, 2).text() == "[0, 0, 1]"


def test_typing_a_probability_updates_row_bar_and_totals(qtbot, tab):
    table = tab.students.table
    steps = []
    tab.committed.connect(lambda before, after: steps.append(after))
    type_into_cell(qtbot, table, 0, FIRST_PROBABILITY, "0.8")
    assert tab.state().students[0].predicted == (0.8,)
    assert len(steps) == 1
    loss = float(engine.binary_cross_entropy(1.0, 0.8))
    column = loss_column(tab)
    assert table.item(0, column).data(VALUE_ROLE) == pytest.approx(loss)
    assert table.item(0, column + 1).data(VALUE_ROLE) == pytest.approx(loss)
    assert table.item(0, column).text() == f"{loss:.2f}"
    assert table.item(0, FIRST_PROBABILITY + 1).text() == "0.2"
    total = float(np.sum(model.sample_losses(tab.state())))
    assert f"{total:.2f}" in tab.students.total.text()


@pytest.mark.parametrize(
    ("text", "paste"),
    [
        ("abc", False),
        ("1.5", False),
        ("-0.2", False),
        ("nan", False),
        ("", False),
        ("9" * 10_000, True),
    ],
)
def test_bad_input_gives_its_message_and_keeps_the_value(qtbot, tab, text, paste):
    table = tab.students.table
    before = tab.state()
    type_into_cell(qtbot, table, 2, FIRST_PROBABILITY + 1, text, paste=paste)
    assert tab.state() == before
    assert table.item(2, FIRST_PROBABILITY + 1).text() == "0.5"
    with pytest.raises(NumberError) as refused:
        parse_number(text, minimum=0.0, maximum=1.0)
    assert number_error_message(refused.value) in tab.students.status.text()
    assert "C" in tab.students.status.text()


@pytest.mark.parametrize("text", ["０.９", "0,9"])
def test_full_width_and_comma_decimals_are_accepted(qtbot, tab, text):
    type_into_cell(qtbot, tab.students.table, 1, FIRST_PROBABILITY, text)
    assert tab.state().students[1].predicted == (0.9,)
    assert tab.students.status.text() == ""


def test_a_row_that_does_not_sum_to_one_offers_normalise(qtbot, tab):
    type_into_cell(qtbot, tab.students.table, 2, FIRST_PROBABILITY, "0.5")
    student = tab.state().students[2]
    assert student.predicted == (0.5, 0.5, 0.3)
    cell = tab.students.sum_cells[2]
    assert "1.3" in cell.label.text()
    button = tab.findChild(QPushButton, "classification.normalise.2")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    fixed = tab.state().students[2]
    assert math.fsum(fixed.predicted) == pytest.approx(1.0)
    np.testing.assert_allclose(fixed.predicted, np.array([0.5, 0.5, 0.3]) / 1.3)
    assert not button.isVisible()


def test_zero_probability_on_the_true_class_is_infinite_and_can_be_clipped(qtbot, tab):
    state = tab.state()
    c = replace(state.students[2], predicted=(0.5, 0.5, 0.0))
    tab.apply(state.with_student(2, c))
    column = loss_column(tab)
    assert tab.students.table.item(2, column).text() == "∞"
    assert tab.students.infinity_note.isVisible()
    assert "−ln 0 = ∞" in tab.students.infinity_note.text()
    assert "∞" in tab.students.total.text()
    assert "nan" not in tab.students.mean.text()
    tab.students.clip.click()
    assert tab.state().clip
    expected = -math.log(model.EPSILON)
    assert tab.students.table.item(2, column).data(VALUE_ROLE) == pytest.approx(expected)
    assert not tab.students.infinity_note.isVisible()
    assert "1e-07" in tab.students.clip.text()


def test_dragging_a_student_on_the_binary_plot_changes_the_table(qtbot, tab):
    steps = []
    tab.committed.connect(lambda before, after: steps.append(after))
    plot = tab.binary_plot
    start = plot.point_position(0)
    end_a = 0.9
    mouse.drag(plot.view, plot.plot, start, (end_a, start[1]))
    a = tab.state().students[0].predicted[0]
    assert a == pytest.approx(end_a, abs=0.02)
    assert tab.students.table.item(0, FIRST_PROBABILITY).text() == f"{a:g}"
    assert plot.point_position(0)[1] == pytest.approx(-math.log(a))
    assert len(steps) == 1  # the whole drag is one undo step
    assert tab.state().students[1].predicted == (0.7,)


def test_the_binary_plot_title_is_true_without_a_two_class_student(tab):
    """Lesson step 24 shows only the three-class students C and D: the title said "drag a
    student" although no point was on the plot."""
    state = tab.state()
    three = tuple(s for s in state.students if not s.binary)
    assert three and len(three) < len(state.students)
    tab.apply(replace(state, students=three))
    title = tab.binary_plot.plot.titleLabel.text
    assert "drag" not in title and "no two-class student" in title
    tab.apply(state)
    assert "drag a student" in tab.binary_plot.plot.titleLabel.text


def test_information_panel_defaults_and_stacked_bar(tab):
    panel = tab.information
    shown = [panel.table.item(row, 2).text() for row in range(3)]
    assert shown == ["0.36", "1.61", "2.30"]
    assert "0.804" in panel.chapter_entropy.text()
    p, q = np.array(model.TABLE_3_2_P), np.array(model.DEFAULT_Q)
    h = float(engine.entropy(p))
    kl = float(engine.kl_divergence(p, q))
    assert f"{h:.3f}" in panel.entropy.text()
    assert f"{kl:.3f}" in panel.kl.text()
    assert panel.entropy_bar.opts["width"][0] == pytest.approx(h)
    assert panel.kl_bar.opts["x0"][0] == pytest.approx(h)
    assert panel.kl_bar.opts["width"][0] == pytest.approx(kl)
    assert panel.cross_bar.opts["width"][0] == pytest.approx(float(engine.cross_entropy(p, q)))
    assert h + kl == pytest.approx(panel.cross_bar.opts["width"][0])


def test_information_panel_typing_and_normalise(qtbot, tab):
    tab.panels.setCurrentIndex(1)
    panel = tab.information
    type_into_cell(qtbot, panel.table, 0, 3, "0,6")
    assert tab.state().q == (0.6, 0.3, 0.2)
    assert panel.normalise_q.isEnabled()
    type_into_cell(qtbot, panel.table, 0, 1, "2")
    assert tab.state().p == model.TABLE_3_2_P
    assert "1" in panel.status.text()
    qtbot.mouseClick(panel.normalise_q, Qt.MouseButton.LeftButton)
    assert math.fsum(tab.state().q) == pytest.approx(1.0)


def test_rows_can_be_added_and_removed(qtbot, tab):
    qtbot.mouseClick(tab.students.add_binary, Qt.MouseButton.LeftButton)
    tab.students.classes.setValue(5)
    qtbot.mouseClick(tab.students.add_multi, Qt.MouseButton.LeftButton)
    students = tab.state().students
    assert [s.name for s in students] == ["A", "B", "C", "D", "E", "F"]
    assert students[5].class_count == 5
    assert tab.students.table.rowCount() == 6
    assert tab.students.table.item(5, loss_column(tab)).text() == f"{math.log(5):.2f}"
    tab.students.table.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.students.remove, Qt.MouseButton.LeftButton)
    assert [s.name for s in tab.state().students] == ["B", "C", "D", "E", "F"]


def test_gradient_point_drag_shows_mse_vanishing(qtbot, tab):
    tab.panels.setCurrentIndex(2)
    panel = tab.why_not_mse
    x, y = panel.gradient_points.getData()
    mouse.drag(panel.gradient_view, panel.gradient, (x[1], y[1]), (7.0, y[1]))
    z = tab.state().z
    assert z == pytest.approx(7.0, abs=0.1)
    grad_mse, grad_ce = engine.output_gradients(0.0, engine.sigmoid(z))
    assert abs(float(grad_mse)) < 0.01 < 0.9 < float(grad_ce)
    assert f"{float(grad_ce):.3f}" in panel.gradients.text()


def test_set_state_renders_any_valid_state_and_retranslates(tab):
    state = model.ClassificationState(
        students=(model.multiclass_student("Q", 4, 3), model.binary_student("R", 0, 0.25)),
        clip=True,
        p=(0.5, 0.5, 0.0),
        q=(0.0, 0.5, 0.5),
        w=-2.0,
        b=1.0,
        z=-3.0,
        target=1,
    )
    tab.set_state(model.ClassificationState.from_json(state.to_json()))
    assert tab.students.table.rowCount() == 2
    assert tab.students.combos[1].currentIndex() == 1
    assert tab.why_not_mse.target.currentIndex() == 1
    assert "∞" in tab.information.kl.text()
    for label in (tab.information.entropy, tab.information.cross_entropy, tab.students.total):
        assert "nan" not in label.text()
    tab.retranslate()
    assert tab.state() == state
    tab.set_state(tab.default_state())
    assert tab.students.table.rowCount() == 4


def test_a_refused_value_leaves_the_editor_showing_the_kept_value(tab):
    """An editor still open after a refusal (Enter can keep it open) shows the value kept,
    not the refused text (the 3,000-event storm found a cell editor reading "nan")."""
    table = tab.students.table
    column = FIRST_PROBABILITY + 1
    index = table.model().index(2, column)
    delegate = table.itemDelegateForColumn(column)
    editor = delegate.createEditor(table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    kept = editor.text()
    editor.setText("nan")
    delegate.setModelData(editor, table.model(), index)
    assert editor.text() == kept and kept == table.item(2, column).text()
    editor.deleteLater()
