"""Presenter keys as a clicker sends them: real key events through the window, on every tab and
inner page, after a click on a plot, and never taken from a text field that uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication, QLineEdit, QPushButton, QWidget

from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model.catalog import LOSS_KEYS

#: in the slow stage (`pytest -m slow`, which .ci/run runs): the default suite stays about
#: five minutes
pytestmark = pytest.mark.slow

K = Qt.Key


def clicker(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a device sends it: into the window, to whatever has focus."""
    QTest.keyClick(window.windowHandle(), key, modifier)
    QApplication.processEvents()


def click_on(widget: QWidget) -> None:
    """A real click (focus follows it as with a mouse) near the top-left of a plot's area."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    QApplication.processEvents()


def test_catalog_pages_next_loss_and_figure_3_1_points(window):
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    for name in ("single", "margin", "table"):
        tab.pages.setCurrentWidget(getattr(tab, name))
        page = getattr(tab, name)
        page.setFocus()
        start = LOSS_KEYS.index(tab.state().loss)
        clicker(window, K.Key_PageUp)
        assert tab.state().loss == LOSS_KEYS[start - 1]
        clicker(window, K.Key_PageDown)
        clicker(window, K.Key_PageDown)
        assert tab.state().loss == LOSS_KEYS[min(start + 1, len(LOSS_KEYS) - 1)]
        assert not tab.presenter_play()  # nothing plays here
    tab.apply(tab.state().with_loss("squared"))
    tab.pages.setCurrentWidget(tab.descent)
    click_on(tab.descent.plot)
    assert QApplication.focusWidget() is tab.descent.plot
    steps = tab.state().steps
    clicker(window, K.Key_PageDown)
    assert tab.state().steps == steps + 1
    clicker(window, K.Key_Right)
    assert tab.state().steps == steps + 2
    clicker(window, K.Key_PageUp)
    clicker(window, K.Key_Left)
    assert tab.state().steps == steps
    clicker(window, K.Key_Space)
    assert tab.descent.timer.isActive()
    clicker(window, K.Key_Space)
    assert not tab.descent.timer.isActive()


def test_regression_walks_the_chapters_four_lines_on_every_inner_page(window):
    window.show_tab("regression")
    tab = window.pages["regression"]
    lines = [(w, b) for w, b, _ in CHAPTER_LINES]
    for index in range(tab.views.views.count()):
        tab.views.views.setCurrentIndex(index)
        tab.set_state(tab.default_state())
        click_on(tab.plot)
        assert (tab.state().w, tab.state().b) == lines[0]
        for line in lines[1:]:
            clicker(window, K.Key_PageDown)
            assert (tab.state().w, tab.state().b) == line
        clicker(window, K.Key_PageDown)  # the last line stays
        assert (tab.state().w, tab.state().b) == lines[-1]
        clicker(window, K.Key_PageUp)
        assert (tab.state().w, tab.state().b) == lines[-2]
    clicker(window, K.Key_Space)  # nothing plays: no change, no error
    assert (tab.state().w, tab.state().b) == lines[-2]


def test_descent_steps_and_plays_from_a_button_and_a_plot(window):
    window.show_tab("descent")
    tab = window.pages["descent"]
    click_on(tab.panel.findChild(QPushButton, "descent.step"))
    assert tab.state().iteration == 1  # the click itself
    clicker(window, K.Key_PageDown)
    clicker(window, K.Key_Right)
    assert tab.state().iteration == 3
    clicker(window, K.Key_PageUp)
    assert tab.state().iteration == 2
    clicker(window, K.Key_Space)
    assert tab.state().playing
    clicker(window, K.Key_Space)
    assert not tab.state().playing
    tab.plots.contour.setFocus()
    clicker(window, K.Key_Left)
    assert tab.state().iteration in (1, 2, 3)  # back one from wherever play paused


def test_classification_next_student_outcome_and_z(window):
    window.show_tab("classification")
    tab = window.pages["classification"]
    tab.panels.setCurrentIndex(0)
    click_on(tab.binary_plot.findChild(QWidget, "classification.binary_plot") or tab.binary_plot)
    assert tab.students.selected_row() == 0
    clicker(window, K.Key_PageDown)
    assert tab.students.selected_row() == 1
    clicker(window, K.Key_PageDown)
    clicker(window, K.Key_PageUp)
    assert tab.students.selected_row() == 1
    tab.panels.setCurrentIndex(1)
    tab.information.view.setFocus()
    table = tab.information.table
    table.setCurrentCell(0, 1)
    clicker(window, K.Key_PageDown)
    assert table.currentRow() == 1
    clicker(window, K.Key_PageDown)
    clicker(window, K.Key_PageDown)  # the last outcome stays
    assert table.currentRow() == table.rowCount() - 1 == 2
    tab.panels.setCurrentIndex(2)
    tab.why_not_mse.setFocus()
    z = tab.state().z
    clicker(window, K.Key_PageDown)
    assert tab.state().z == z + 1
    clicker(window, K.Key_PageUp)
    clicker(window, K.Key_PageUp)
    assert tab.state().z == z - 1


@pytest.mark.parametrize("key", [K.Key_B, K.Key_Period])
def test_black_screen_and_back_keeps_the_state(window, key):
    window.set_presenting(True, full_screen=False)
    window.show_tab("descent")
    tab = window.pages["descent"]
    tab.plots.contour.setFocus()
    clicker(window, key)
    black = window.findChild(QWidget, "presenter.black")
    assert black.isVisible() and black.geometry() == window.rect()
    clicker(window, K.Key_PageDown)  # nothing changes unseen
    assert tab.state().iteration == 0
    clicker(window, key)
    assert not black.isVisible()
    assert QApplication.focusWidget() is tab.plots.contour
    clicker(window, K.Key_PageDown)
    assert tab.state().iteration == 1


def test_no_black_screen_at_the_desk(window):
    """Not presenting and no lesson: B and . are what they are elsewhere (a student typing 0.5
    into a list's search, a combo box's), never a black window."""
    window.show_tab("catalog")
    window.pages["catalog"].setFocus()
    for key in (K.Key_B, K.Key_Period):
        clicker(window, key)
        assert not window.findChild(QWidget, "presenter.black").isVisible()


def test_no_shortcut_acts_behind_the_black_screen(window):
    window.set_presenting(True, full_screen=False)
    window.show_tab("catalog")
    tab = window.pages["catalog"]
    tab.single.setFocus()
    before = tab.state().loss
    clicker(window, K.Key_PageUp)  # the previous loss: one undo step
    changed = tab.state().loss
    assert changed != before
    clicker(window, K.Key_B)
    clicker(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, unseen: refused
    clicker(window, K.Key_F5)
    assert tab.state().loss == changed and window.presenting
    clicker(window, K.Key_B)
    clicker(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.state().loss == before


def test_escape_leaves_presentation_and_black_screen(window):
    window.set_presenting(True, full_screen=False)
    window.show_tab("regression")
    window.pages["regression"].plot.setFocus()
    clicker(window, K.Key_B)
    clicker(window, K.Key_Escape)  # first the black screen goes
    assert window.presenting
    clicker(window, K.Key_Escape)
    assert not window.presenting


def test_keys_are_not_taken_from_a_text_field(window):
    window.show_tab("descent")
    tab = window.pages["descent"]
    field = tab.findChild(QLineEdit, "descent.start_w") or tab.findChildren(QLineEdit)[0]
    click_on(field)
    assert QApplication.focusWidget() is field
    field.setCursorPosition(0)
    clicker(window, K.Key_Right)
    assert field.cursorPosition() == 1  # the cursor moved, no step
    clicker(window, K.Key_B)
    clicker(window, K.Key_Space)
    assert "b " in field.text()
    assert not window.findChild(QWidget, "presenter.black").isVisible()
    assert tab.state().iteration == 0 and not tab.state().playing
    clicker(window, K.Key_PageDown)  # means nothing in a one-line field: the clicker's step
    assert tab.state().iteration == 1


def all_shortcuts(window) -> list[str]:
    from PySide6.QtGui import QAction, QShortcut

    keys = [k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            keys += [k.toString() for k in shortcut.keys()]  # noqa: SIM118 (a QShortcut)
    return keys


def test_every_shortcut_sequence_is_bound_once(window):
    for key in ("regression", "descent", "classification"):
        window.show_tab(key)  # their own shortcuts are built with them
    keys = all_shortcuts(window)
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    redo = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo
    assert "Ctrl+Z" in [k.toString() for k in window.undo_action.shortcuts()]


def test_ctrl_z_ctrl_shift_z_and_ctrl_y_with_the_changed_tab_shown(window):
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.show_tab("classification")
    classification = window.pages["classification"]
    before = classification.state()
    classification.presenter_step(1)  # a student row: no state change
    from dataclasses import replace

    classification.apply(replace(before, z=-2.0))
    window.show_tab("regression")
    regression = window.pages["regression"]
    regression.plot.setFocus()
    clicker(window, K.Key_Z, ctrl)
    assert window.current_key() == "classification"  # shown first, then undone
    assert classification.state() == before
    window.show_tab("regression")
    regression.plot.setFocus()
    clicker(window, K.Key_Z, ctrl | shift)
    assert window.current_key() == "classification"
    assert classification.state().z == -2.0
    clicker(window, K.Key_Z, ctrl)
    assert classification.state() == before
    window.show_tab("catalog")
    clicker(window, K.Key_Y, ctrl)
    assert window.current_key() == "classification"
    assert classification.state().z == -2.0


def mnemonics(menu) -> list[str]:
    """The Alt+letter of every entry of ``menu`` (its own entries, submenus included)."""
    letters = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(window, language):
    from PySide6.QtWidgets import QMenu

    window.set_language(language)
    try:
        menus = [window.menuBar(), *window.findChildren(QMenu)]
        for menu in menus:
            letters = mnemonics(menu)
            assert len(letters) == len(set(letters)), (menu.title(), letters)
    finally:
        window.set_language("en")


def test_right_and_left_step_while_a_hall_watches_whatever_has_focus(window):
    """Issue 14: after a click on a plot that nudges with the arrows (the Catalog's loss
    curve and margin plot, the Regression data plot) or on a slider, a clicker's Right / Left
    nudged the point instead of stepping. Presenting (or in a lesson) they step wherever the
    focus is; Up / Down and Shift+arrows still nudge; at the desk the arrows nudge as before."""
    window.show_tab("catalog")
    catalog = window.pages["catalog"]
    for presenting in (True, False):
        window.set_presenting(presenting, full_screen=False)
        for page in (catalog.single, catalog.margin):
            catalog.pages.setCurrentWidget(page)
            catalog.apply(catalog.state().with_loss("hinge"))
            click_on(page.plot)
            assert QApplication.focusWidget() is page.plot
            before = catalog.state()
            clicker(window, K.Key_Right)
            stepped = catalog.state().loss != before.loss
            assert stepped == presenting, (page.objectName(), presenting)
            assert (catalog.state() != before) and (stepped or catalog.state().loss == "hinge")
    window.set_presenting(True, full_screen=False)
    click_on(catalog.single.plot)
    before = catalog.state()
    clicker(window, K.Key_Up)  # the nudge, presenting too
    assert catalog.state().loss == before.loss and catalog.state() != before

    window.show_tab("regression")
    tab = window.pages["regression"]
    tab.set_state(tab.default_state())
    click_on(tab.plot)
    lines = [(w, b) for w, b, _ in CHAPTER_LINES]
    assert (tab.state().w, tab.state().b) == lines[0]
    clicker(window, K.Key_Right)  # the chapter's next line, not a turn of w
    assert (tab.state().w, tab.state().b) == lines[1]
    clicker(window, K.Key_Left)
    assert (tab.state().w, tab.state().b) == lines[0]
    clicker(window, K.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # a fine turn of w
    assert tab.state().w > lines[0][0] and tab.state().b == lines[0][1]

    window.show_tab("classification")
    students = window.pages["classification"].students
    slider = students.findChildren(QAbstractSlider)[0]
    slider.setFocus()
    row = students.table.currentRow()
    value = slider.value()
    clicker(window, K.Key_Right)  # the next student, not the slider
    assert students.table.currentRow() != row and slider.value() == value
    window.set_presenting(False, full_screen=False)
    slider.setFocus()
    clicker(window, K.Key_Right)  # at the desk: the slider's own key
    assert slider.value() != value or slider.value() == slider.maximum()


def test_help_says_which_keys_step(window):
    from lossstudio.ui.presenter import keys_text

    actions = [a.text() for a in window.help_menu.actions()]
    assert "Presenter &keys" in actions
    text = keys_text()
    assert "Page Down" in text and "Right / Left" in text and "Shift+Left" in text
