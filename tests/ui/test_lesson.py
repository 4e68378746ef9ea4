"""Walking the built-in Chapter 3 lesson with the keys a presenter clicker sends."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from lossstudio.model import lesson as model
from lossstudio.ui import appearance, i18n
from lossstudio.ui.lesson.controller import read_lesson
from lossstudio.ui.tab import PLACEHOLDER
from tests.ui import mouse

CHAPTER = read_lesson("chapter3")


@pytest.fixture(autouse=True)
def _back_to_defaults():
    yield
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)


def press(window, qtbot, key, text=None):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


def texts_on(tab) -> str:
    """Every label and table cell the tab shows now, as one text."""
    parts = [label.text() for label in tab.findChildren(QLabel) if label.isVisibleTo(tab)]
    for table in tab.findChildren(QTableWidget):
        if not table.isVisibleTo(tab):
            continue
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None and not table.isColumnHidden(column):
                    parts.append(item.text())
    return "\n".join(parts)


def covered(tab, name) -> bool:
    """Whether answer ``name`` shows its placeholder (or is held back) on ``tab``."""
    key = tab.key
    if key == "regression":
        label = tab.panel.loss if name == "loss" else tab.panel.best_loss
        return label.text() == PLACEHOLDER
    if key == "catalog":
        if name == "loss":
            return tab.single.loss_value.text() == PLACEHOLDER
        if name == "margin":
            return all(tab.margin.table.item(r, 1).text() == PLACEHOLDER for r in range(6))
        return all(label.text().endswith("= ?") for label in tab.table.sums.values())
    if key == "descent":  # the cross, and the note that names the best fit and J_min
        centre = tab.words.centre
        held = centre.isHidden() or not centre.text()
        return not tab.plots.surface_item.minimum.isVisible() and held
    info = tab.information
    return {
        "losses": lambda: tab.students.total.text().endswith("= ?"),
        "information": lambda: info.table.item(0, 2).text() == PLACEHOLDER,
        "entropy": lambda: info.entropy.text().endswith("= ?"),
        "cross_entropy": lambda: info.kl.text().endswith("= ?"),
        "convexity": lambda: (
            not any(word in tab.why_not_mse.maps[1].titleLabel.text for word in ("convex", "凸"))
        ),
        "gradients": lambda: tab.why_not_mse.gradients.text() == PLACEHOLDER,
    }[name]()


#: the numbers the chapter prints, on the step that shows them (all answers revealed)
PRINTED = {
    "the loss is a sum": ["= <b>1</b>", "= <b>2</b>"],  # not Table 3-1's: step 8 asks those
    "the contour idea": ["0.047890"],
    "Table 3-1": ["= <b>3</b>", "= <b>5</b>", "= <b>4</b>", "= <b>8</b>", "1.33", "1.6"],
    "(a) z = 2x + 2": ["0.530669"],
    "(b) z = 2x + 2.5": ["0.164647"],
    "(c) z = 2x + 3,": ["0.048626"],
    "(d) z = 2x + 3.5": ["0.182604"],
    "Figure 3-5": ["0.530669"],
    "Figure 3-6": ["0.218000"],
    "Table 3-2": ["0.36", "1.61", "2.30"],
    " · entropy": ["0.804"],
    "students A and B": ["0.51", "0.36"],
    "students C and D": ["1.20", "0.51"],
}


def check_step(window, controller, seen):
    step = controller.step()
    tab = window.current_tab()
    assert tab.key == step.tab and tab.current_page() == (step.page or tab.PAGES[0])
    number = controller.position.step + 1
    assert window.lessons.bar.heading.text().startswith(f"{number} / {len(CHAPTER.steps)} · ")
    revealed = controller.position.revealed
    for index, name in enumerate(step.reveal):
        assert covered(tab, name) == (index >= revealed), (number, name, revealed)
    if revealed == len(step.reveal):
        shown = texts_on(tab)
        for key, numbers in PRINTED.items():
            if key in step.title.en:
                for text in numbers:
                    assert text in shown, (number, key, text)
                seen.add(key)
    assert not window.grab().isNull()


def walk(window, qtbot):
    controller = window.lessons.controller
    seen: set[str] = set()
    presses = 0
    check_step(window, controller, seen)
    while True:
        before = controller.position
        press(window, qtbot, Qt.Key.Key_PageDown if presses % 2 else Qt.Key.Key_Space)
        presses += 1
        if controller.position == before:
            break
        check_step(window, controller, seen)
    assert controller.position == model.last(CHAPTER)
    assert presses == len(CHAPTER.steps) + sum(len(s.reveal) for s in CHAPTER.steps)
    assert seen == set(PRINTED)


#: two of the four walks run by default (each language, each size once); the other two in
#: the slow stage (`pytest -m slow`), which keeps the default suite within about five minutes
WALKS = [
    pytest.param((1024, 768), "en", id="1024x768-en"),
    pytest.param((1920, 1080), "zh", id="1920x1080-zh"),
    pytest.param((1024, 768), "zh", id="1024x768-zh", marks=pytest.mark.slow),
    pytest.param((1920, 1080), "en", id="1920x1080-en", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("size", "language"), WALKS)
def test_walk_the_whole_chapter_in_presentation_mode(window, qtbot, language, size):
    window.set_language(language)
    window.set_presenting(True, full_screen=False)
    window.resize(*size)
    assert window.lessons.open("chapter3")
    assert window.lessons.toolbar.isVisible()
    walk(window, qtbot)
    bar = window.lessons.bar
    assert bar.minimumSizeHint().width() <= size[0]  # the bar never widens the window
    if language == "zh":
        assert "均方差损失函数" in " ".join(window.lessons.controller.titles())


def test_back_home_end_and_typed_numbers(window, qtbot):
    assert window.lessons.open("chapter3")
    controller = window.lessons.controller
    press(window, qtbot, Qt.Key.Key_End)
    assert controller.position == model.last(CHAPTER)
    press(window, qtbot, Qt.Key.Key_Home)
    assert controller.position == model.first(CHAPTER)
    for key in (Qt.Key.Key_1, Qt.Key.Key_1):
        press(window, qtbot, key)
    assert "11" in window.lessons.bar.typed.text()
    press(window, qtbot, Qt.Key.Key_Return)
    assert controller.position == model.Position(10, 0) and not window.lessons.keys.typed
    assert window.pages["regression"].panel.loss.text() == PLACEHOLDER
    press(window, qtbot, Qt.Key.Key_Right)  # reveal
    assert window.pages["regression"].panel.loss.text() == "0.048626"
    press(window, qtbot, Qt.Key.Key_Left)  # hide it again
    assert window.pages["regression"].panel.loss.text() == PLACEHOLDER
    press(window, qtbot, Qt.Key.Key_PageUp)  # the step before, all revealed
    assert controller.position == model.Position(9, 1)
    assert window.pages["regression"].panel.loss.text() == "0.164647"
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return):
        press(window, qtbot, key)
    assert controller.position == model.Position(9, 1)  # no step 99: stays


def test_a_step_is_live_and_shown_as_authored_when_coming_back(window, qtbot):
    assert window.lessons.open("chapter3", step=9, revealed=True)
    tab = window.current_tab()
    assert tab.panel.loss.text() == "0.530669"
    mouse.drag(tab.plot, tab.data_box, (0.5, 3.0), (0.6, 3.5))
    assert tab.state().b != 2.0 and tab.panel.loss.text() != "0.530669"  # live
    press(window, qtbot, Qt.Key.Key_PageDown)
    press(window, qtbot, Qt.Key.Key_PageUp)
    press(window, qtbot, Qt.Key.Key_PageUp)
    assert tab.state() == CHAPTER.steps[8].state  # as authored again
    assert tab.panel.loss.text() == PLACEHOLDER


def test_typing_in_a_field_keeps_its_keys_but_not_the_clicker(window, qtbot):
    assert window.lessons.open("chapter3", step=9)
    controller = window.lessons.controller
    field = window.current_tab().panel.b.field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_5)
    assert controller.position == model.Position(8, 0)  # the field had them
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert controller.position == model.Position(8, 1)


def test_closing_the_lesson_shows_every_answer_and_frees_the_keys(window, qtbot):
    assert window.lessons.open("chapter3", step=9)
    window.lessons.close()
    assert not window.lessons.toolbar.isVisible()
    assert window.pages["regression"].panel.loss.text() == "0.530669"
    window.pages["regression"].plot.setFocus()
    qtbot.keyClick(window.pages["regression"].plot, Qt.Key.Key_Up)  # the plot's own nudge
    assert window.pages["regression"].state().b > 2.0


def test_a_step_past_the_end_and_a_damaged_file_change_nothing(window, tmp_path):
    assert not window.lessons.open("chapter3", step=99)
    assert "27 steps" in window.last_message and not window.lessons.controller.active()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "lossstudio-lesson", "version": 1, "steps": [{"tab": "x"}]}')
    state = window.pages["regression"].state()
    assert not window.lessons.open(str(bad))
    assert "bad.json" in window.last_message and "damaged" in window.last_message
    assert window.pages["regression"].state() is state


def test_a_lesson_survives_a_language_switch(window):
    assert window.lessons.open("chapter3", step=8)
    window.set_language("zh")
    assert "表 3-1" in window.lessons.bar.heading.text()
    assert window.lessons.controller.position == model.Position(7, 0)
    window.set_language("en")
    assert "Table 3-1" in window.lessons.bar.heading.text()


def test_the_shipped_font_covers_the_built_in_lesson(qapp):
    from PySide6.QtGui import QRawFont

    from lossstudio.resources import resource_path
    from lossstudio.ui.fonts import FONT_FILE

    raw = QRawFont(str(resource_path("fonts", FONT_FILE)), 12)
    text = model.dumps(CHAPTER)
    missing = {c for c in text if ord(c) > 127 and not raw.supportsCharacter(ord(c))}
    assert not missing, "rerun python tools/subset_font.py: " + "".join(sorted(missing))


def test_presenter_view_only_with_two_screens(window, qtbot, monkeypatch):
    lessons = window.lessons
    assert lessons.open("chapter3", step=9)
    window.set_presenting(True, full_screen=False)
    assert lessons.presenter is None or not lessons.presenter.isVisible()  # one screen
    window.set_presenting(False, full_screen=False)
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(lessons), "screens", staticmethod(lambda: [screen, screen]))
    window.set_presenting(True, full_screen=False)
    view = lessons.presenter
    assert view.isVisible()
    assert view.heading.text() == lessons.bar.heading.text()
    assert "0.53" in view.notes.text()  # the notes the room does not see
    assert view.next_title.text().endswith("(b) z = 2x + 2.5, moved up")
    assert ":" in view.clock.text()
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    assert lessons.controller.position == model.Position(8, 1)
    assert window.pages["regression"].panel.loss.text() == "0.530669"
    window.set_presenting(False, full_screen=False)
    assert not view.isVisible()


class PaintedTexts(QObject):
    """Every text the named labels paint, with the lesson's position at that paint."""

    def __init__(self, controller, names):
        super().__init__()
        self.controller, self.names, self.painted = controller, names, []

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() in self.names:
            self.painted.append((self.controller.position, watched.objectName(), watched.text()))
        return False


def test_table_3_2_steps_never_paint_the_answers_of_the_steps_after_them(window, qtbot):
    """Issue 16: steps 18-20 show one screen (Table 3-2's p and q) with three captions; step
    18 painted H(p) = 0.802 and KL = 0.085, the answers steps 19 and 20 ask for, and step 19
    painted KL. Walked with the clicker from step 17, no painted frame shows an answer before
    its own reveal."""
    reveal_at = {  # the position at which each answer is revealed
        "classification.entropy": model.Position(18, 1),
        "classification.kl": model.Position(19, 1),
        "classification.cross_entropy_pq": model.Position(19, 1),
    }
    window.show()
    assert window.lessons.open("chapter3", step=17, revealed=True)
    controller = window.lessons.controller
    painted = PaintedTexts(controller, set(reveal_at))
    QApplication.instance().installEventFilter(painted)
    try:
        while astuple(controller.position) < (20, 0):
            press(window, qtbot, Qt.Key.Key_PageDown)
            qtbot.wait(30)  # the event loop paints what changed
    finally:
        QApplication.instance().removeEventFilter(painted)
    seen = {name for _position, name, _text in painted.painted}
    assert seen == set(reveal_at), seen
    for position, name, text in painted.painted:
        before = (position.step, position.revealed) < astuple(reveal_at[name])
        assert text.endswith("= ?") == before, (position, name, text)


def test_t_and_n_show_and_hide_the_strip_and_the_notes(window, qtbot):
    assert window.lessons.open("chapter3")
    bar = window.lessons.bar
    assert bar.strip.isVisibleTo(bar)
    press(window, qtbot, Qt.Key.Key_T)
    assert not bar.strip.isVisibleTo(bar)
    press(window, qtbot, Qt.Key.Key_T)
    assert bar.strip.isVisibleTo(bar)
    notes = bar.notes.isVisibleTo(bar)
    press(window, qtbot, Qt.Key.Key_N)
    assert bar.notes.isVisibleTo(bar) != notes


def test_a_still_of_a_step_has_the_size_asked_for(qapp, tmp_path):
    """--screenshot of step 8 (Table 3-1, its sums wrapping) at 1024x768 presenting in Chinese:
    a passing minimum grew the window to 1308 px and the picture with it."""
    from PySide6.QtGui import QImage

    from lossstudio import app

    shot = tmp_path / "step8.png"
    arguments = ["--lesson", "chapter3", "--step", "8", "--lang", "zh", "--present"]
    assert app.main([*arguments, "--size", "1024x768", "--screenshot", str(shot)]) == 0
    image = QImage(str(shot))
    i18n.set_language("en")
    appearance.apply("light", appearance.NORMAL_SCALE)  # the app's start left it presenting
    assert (image.width(), image.height()) == (1024, 768)
