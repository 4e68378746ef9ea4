"""Issue 14: presentation mode on 720- and 768-line projectors. The side panels fold into
drawers (a handle and F9 open them), the menu bar hides, the readouts the room reads stay in
view, the text is 1.5 times the desk's on a 1280x720 screen, and normal mode is untouched."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from lossstudio.ui import appearance, i18n, layout_check
from lossstudio.ui.tabs import KEYS


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def _present(window, size=(1280, 720)):
    window.screen_lines, window.screen_size = size[1], size
    window.set_presenting(True, full_screen=False)
    window.resize(*size)
    layout_check.settle()


def _leave(window):
    window.set_presenting(False, full_screen=False)
    window.screen_lines = window.screen_size = None


def _panel_shown(tab) -> bool:
    """Whether one control of the tab's side panel is on screen."""
    control = {
        "catalog": lambda: tab.panel.losses,
        "regression": lambda: tab.panel.snap_button,
        "descent": lambda: tab.panel.play,
        "classification": lambda: tab.students.add_binary,
    }[tab.key]()
    return control.isVisible()


def test_the_side_panels_fold_only_in_presentation(window):
    """At the desk every tab's panel is in place and no handle shows; presenting, each panel
    is folded away (its handle on screen), and back at the desk it is where it was."""
    homes = {}
    for key in KEYS:
        window.show_tab(key)
        layout_check.settle()
        tab = window.pages[key]
        drawer = tab.drawers()[0]
        homes[key] = (drawer.panel.parentWidget(), tab.drawers()[0].panel.isVisible())
        assert _panel_shown(tab) and not drawer.handle.isVisible(), key
    _present(window)
    for key in KEYS:
        window.show_tab(key)
        layout_check.settle()
        tab = window.pages[key]
        assert not _panel_shown(tab), key
        assert tab.drawers()[0].handle.isVisible(), key
    assert not window.menuBar().isVisible()
    _leave(window)
    for key in KEYS:
        window.show_tab(key)
        layout_check.settle()
        tab = window.pages[key]
        assert _panel_shown(tab) and not tab.drawers()[0].handle.isVisible(), key
        panel = tab.drawers()[0].panel
        assert (panel.parentWidget(), panel.isVisible()) == homes[key], key
    assert window.menuBar().isVisible()


def test_the_drawer_opens_over_the_plot_and_its_controls_work(window, qtbot):
    """The handle opens the Regression drawer beside it, the full height of the tab; a
    click on its Snap button snaps the line; the handle closes it, Esc closes it too and only
    the next Esc leaves presentation."""
    from PySide6.QtCore import Qt

    window.show_tab("regression")
    _present(window)
    tab = window.pages["regression"]
    drawer = tab.drawer
    qtbot.mouseClick(drawer.handle, Qt.MouseButton.LeftButton)
    layout_check.settle()
    assert drawer.is_open() and drawer.sheet.isVisible()
    assert drawer.sheet.geometry().left() == drawer.handle.geometry().right() + 1
    sheet, strip = drawer.sheet.geometry(), tab.room_strip
    assert sheet.bottom() == tab.rect().bottom()  # down to the bottom, from under J
    assert sheet.top() > strip.mapTo(tab, strip.rect().bottomLeft()).y()
    before = tab.state()
    qtbot.mouseClick(tab.panel.snap_button, Qt.MouseButton.LeftButton)
    assert tab.state() != before
    qtbot.mouseClick(drawer.handle, Qt.MouseButton.LeftButton)
    assert not drawer.is_open()
    drawer.set_open(True)
    qtbot.keyClick(tab.plot.viewport() if hasattr(tab.plot, "viewport") else tab, Qt.Key.Key_Escape)
    assert not drawer.is_open() and window.presenting
    # Esc with the cursor in a field of the drawer: the field passes it on, the drawer closes
    # first (it left presentation at once)
    drawer.set_open(True)
    layout_check.settle()
    field = tab.panel.w.field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not drawer.is_open() and window.presenting
    qtbot.keyClick(tab.plot.viewport() if hasattr(tab.plot, "viewport") else tab, Qt.Key.Key_Escape)
    assert not window.presenting
    _leave(window)


def test_the_rooms_readouts_stay_in_view_with_the_panels_folded(window):
    """Regression's J (the panel's own label, so hidden answers cover it) moves above the data
    plot; Descent's header and Classification's J stay; all are on screen presenting."""
    _present(window)
    window.show_tab("regression")
    layout_check.settle()
    regression = window.pages["regression"]
    assert regression.panel.loss.isVisible() and regression.panel.bar.isVisible()
    assert regression.room_strip.isAncestorOf(regression.panel.loss)
    window.show_tab("descent")
    layout_check.settle()
    descent = window.pages["descent"]
    assert descent.iteration.isVisible() and descent.readout.isVisible()
    window.show_tab("classification")
    layout_check.settle()
    classification = window.pages["classification"]
    assert classification.students.total.isVisible() and classification.students.mean.isVisible()
    assert classification.students.table.isVisible()
    assert not classification.students.add_binary.isVisible()  # in the closed drawer
    _leave(window)
    assert not regression.room_strip.isAncestorOf(regression.panel.loss)


def test_presenting_on_a_1280x720_screen_is_larger_and_fits(window):
    """Issue 14: 1.0 on 1280x720 gave 12-13 px body text; now 1.5 and every page fits."""
    _present(window)
    assert window.scale > 1.4
    body = window.font().pixelSize() if window.font().pixelSize() > 0 else None
    from PySide6.QtGui import QFontInfo

    assert (body or QFontInfo(window.font()).pixelSize()) >= 18
    problems = []
    for page in layout_check.every_page(window):
        problems += [f"{page}: {p}" for p in layout_check.layout_problems(window, (1280, 720))]
    _leave(window)
    assert not problems, problems


def test_f9_opens_the_drawer_only_when_presenting(window):
    window.show_tab("descent")
    assert not window.toggle_drawer()  # at the desk the panel is in place
    _present(window)
    assert window.drawer_action.isEnabled()
    window.drawer_action.trigger()
    assert window.pages["descent"].drawer.is_open()
    sheet = window.findChild(QWidget, "descent.drawer.sheet")
    assert sheet is not None and sheet.isVisible()
    window.drawer_action.trigger()
    assert not window.pages["descent"].drawer.is_open()
    _leave(window)
    assert not window.drawer_action.isEnabled()


@pytest.mark.slow  # tools/screens.py in a child process, on a real 1280x720 offscreen screen
def test_the_descent_inset_keeps_a_usable_width_at_1_15_on_1280x720():
    """Issue 14: at scale 1.15 on a 1280x720 screen (normal mode, after the Chinese notes)
    the race board's notes left the data inset 149 px wide, under a usable plot's 160 px."""
    from tests.ui.test_layout import screens_find_nothing

    screens_find_nothing(
        *("--sizes", "1280x720,1366x768", "--tabs", "descent", "--themes", "light"),
        *("--modes", "normal", "--scales", "1.15"),
        timeout=300,
    )


def test_a_lesson_step_that_points_at_a_control_opens_the_drawer(window):
    """Step 14 says "Drag b in the panel": presenting, the Regression drawer opens on it (its
    b under J, the J(b) slice beside), and closes on the next step; at the desk nothing folds.
    The step's ``panel`` survives the lesson file."""
    from lossstudio.model import lesson as model
    from lossstudio.ui.lesson.controller import read_lesson

    lesson = read_lesson("chapter3")
    assert [i + 1 for i, step in enumerate(lesson.steps) if step.panel] == [14]
    again = model.loads(model.dumps(lesson), model.state_types())
    assert again.steps[13].panel and not again.steps[14].panel
    _present(window)
    assert window.lessons.open("chapter3", 14)
    layout_check.settle()
    drawer = window.pages["regression"].drawer
    assert drawer.is_open()
    assert window.pages["regression"].panel.b.isVisible()
    window.lessons.controller.forward()
    assert not drawer.is_open()
    window.lessons.controller.backward()
    window.lessons.controller.jump(14)
    assert drawer.is_open()
    window.lessons.close()
    _leave(window)
    assert not drawer.is_open()
