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
