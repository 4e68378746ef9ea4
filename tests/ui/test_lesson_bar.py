"""The lesson bar keeps one height through the whole lesson, so the tabs under it stay put
(they jumped between y = 185 and y = 256 at 1280x720 as the captions changed length)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from lossstudio.model import lesson as model
from lossstudio.ui import i18n


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en")


def tabs_top(window) -> int:
    QApplication.processEvents()
    return window.tabs.tabBar().mapTo(window, QPoint(0, 0)).y()


@pytest.mark.parametrize(
    ("language", "notes"),
    [
        pytest.param("en", False, id="en-caption"),
        pytest.param("zh", True, id="zh-with notes"),
        # the other two in the slow stage (`pytest -m slow`): the default suite stays ~5 min
        pytest.param("zh", False, id="zh-caption", marks=pytest.mark.slow),
        pytest.param("en", True, id="en-with notes", marks=pytest.mark.slow),
    ],
)
def test_the_tabs_do_not_move_from_step_to_step(window, language, notes):
    window.set_language(language)
    window.resize(1280, 720)
    window.show()
    assert window.lessons.open("chapter3")
    window.lessons.bar.show_notes(notes)
    controller = window.lessons.controller
    tops = {}
    for index, step in enumerate(controller.lesson.steps):
        for revealed in range(len(step.reveal) + 1):
            controller.go(model.Position(index, revealed), enter=revealed == 0)
            tops[(index + 1, revealed)] = tabs_top(window)
    assert len(set(tops.values())) == 1, tops
    assert window.height() <= 720


def test_a_step_holding_a_later_steps_answers_says_where_they_come(window):
    """Steps 21 and 22 show students A and B with "?" for their losses (step 23 asks which is
    smaller) and had nothing to reveal: the bar said nothing, and the "?" never went."""
    assert window.lessons.open("chapter3")
    controller, bar = window.lessons.controller, window.lessons.bar
    steps = controller.lesson.steps
    assert steps[20].reveal == steps[21].reveal == () and "losses" in steps[22].reveal
    seen = {}
    for number in (21, 22, 23, 1):
        controller.jump(number)
        seen[number] = (bar.progress.text(), "losses" in controller.hidden())
    assert seen[21] == seen[22] == ("“?” is revealed on step 23", True), seen
    assert seen[23] == ("revealed 0 of 1", True), seen
    assert seen[1][0] == "" or seen[1][0].startswith("revealed"), seen
    window.set_language("zh")
    controller.jump(21)
    assert bar.progress.text() == "“?”在第 23 步揭晓"


def test_presenting_the_notes_wait_for_the_steps_answer(window):
    """Step 23's notes say "A: 0.51, B: 0.36" while the room sees "?": presenting, the notes
    wait until the step's answers are revealed; at the desk they show as written."""
    window.show()
    assert window.lessons.open("chapter3")
    controller, bar = window.lessons.controller, window.lessons.bar
    bar.show_notes(True)
    controller.jump(23)
    notes = controller.notes()
    assert "0.51" in notes and bar.notes.text() == notes  # at the desk
    window.set_presenting(True, full_screen=False)
    try:
        assert "0.51" not in bar.notes.text() and "revealed" in bar.notes.text()
        controller.forward()  # the losses revealed
        assert bar.notes.text() == notes
    finally:
        window.set_presenting(False, full_screen=False)
