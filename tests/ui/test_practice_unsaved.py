"""A student's practice results are never dropped silently: every way out of a practice with
unsaved results (its ✕, Practice > Close, a lesson opening, another practice opening, quitting)
asks the same question, with real clicks on the ✕, the menus and the box's buttons, and the file
dialogs answered by a timer that types the name and presses Enter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from lossstudio.model import practice as model

LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]
KINDS = ("regression.best_b", "catalog.worst_loss")


def played(window, qtbot):
    """A two-challenge practice with one wrong check on the first (two tries left): results
    not saved yet; the keys in the answer field."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    practice = window.practice
    practice.start(model.Practice(tuple(model.Item(kind, 7) for kind in KINDS)), seeds=(7, 7))
    assert not practice.controller.check(practice.controller.variant().answer + 50).solved
    practice.bar.focus_answer()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is practice.bar.answer, timeout=2000)
    assert practice.unsaved()
    return practice


def click(widget) -> None:
    QTest.mouseClick(widget, LEFT, pos=widget.rect().center())


def choose(menu_action, action) -> None:
    """Open the menu of ``menu_action`` (a menu bar's entry) and click ``action`` in it."""
    menu = menu_action.menu()
    menu.popup(QPoint(0, 0))
    QTest.qWaitForWindowExposed(menu)
    QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def answer_file_dialog(path=None, seen=None, tries: int = 250) -> None:
    """Once a file dialog is up: put ``path`` in its name field and press Enter (None:
    Escape). Polls from the event loop, so it answers a dialog that blocks in ``exec``."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    dialogs = [dialog for dialog in dialogs if dialog.isVisible()]
    if not dialogs:
        if tries:
            QTimer.singleShot(20, lambda: answer_file_dialog(path, seen, tries - 1))
        return
    dialog = dialogs[0]
    if seen is not None:
        seen.append(dialog.windowTitle())
    if path is None:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        return
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))  # (typed key by key, the name's completer took the Enter)
    QTest.keyClick(name, Qt.Key.Key_Return)
    QTimer.singleShot(2000, lambda: shiboken6.isValid(dialog) and dialog.reject())  # no hang


def test_the_close_button_asks_and_cancel_leaves_the_practice_as_it_was(window, qtbot, tmp_path):
    practice = played(window, qtbot)
    click(practice.bar.close_button)
    box = practice.quit_box
    assert box.isVisible() and practice.controller.active()
    assert box.text() == (
        "0 of 2 challenges solved: these results are not saved. "
        "Save them before closing the practice?"
    )
    assert [b.text() for b in (box.save_button, box.quit_button)] == [
        "&Save results…",
        "C&lose without saving",
    ]
    click(box.cancel_button)
    assert not box.isVisible()
    assert practice.controller.active() and practice.toolbar.isVisible()
    assert practice.controller.records[0].tries == 1 and practice.unsaved()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is practice.bar.answer, timeout=2000)
    QTest.keyClicks(practice.bar.answer, "12")  # the keys work where they were
    assert practice.bar.answer.text().endswith("12")

    click(practice.bar.close_button)  # asked again, and this time closed without saving
    click(box.quit_button)
    assert not practice.controller.active() and not practice.toolbar.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_save_results_from_the_question_writes_the_file_then_closes(window, qtbot, tmp_path):
    practice = played(window, qtbot)
    click(practice.bar.close_button)
    path = tmp_path / "results.csv"
    seen = []
    QTimer.singleShot(0, lambda: answer_file_dialog(path, seen))
    click(practice.quit_box.save_button)
    assert seen == ["Save results"]
    text = path.read_text(encoding="utf-8")
    assert all(kind in text for kind in KINDS)
    assert not practice.controller.active()
    assert window.statusBar().currentMessage() == "The results are saved in results.csv."


@pytest.mark.slow
def test_a_cancelled_or_failed_save_drops_nothing(window, qtbot, tmp_path, monkeypatch):
    practice = played(window, qtbot)
    click(practice.bar.close_button)
    QTimer.singleShot(0, lambda: answer_file_dialog(None))  # the file dialog cancelled
    click(practice.quit_box.save_button)
    assert practice.controller.active() and practice.unsaved()
    assert not practice.quit_box.isVisible() and list(tmp_path.iterdir()) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is practice.bar.answer, timeout=2000)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model, "save_results", full_disk)
    click(practice.bar.close_button)
    QTimer.singleShot(0, lambda: answer_file_dialog(tmp_path / "results.csv"))
    click(practice.quit_box.save_button)
    assert practice.controller.active() and practice.unsaved()
    assert window.last_message == "The results could not be saved."
    assert window.statusBar().currentMessage() == "The results could not be saved."


@pytest.mark.slow
def test_practice_close_in_the_menu_asks(window, qtbot):
    practice = played(window, qtbot)
    choose(practice.menu, practice.close_action)
    assert practice.quit_box.isVisible() and practice.controller.active()
    click(practice.quit_box.quit_button)
    assert not practice.controller.active()


def test_opening_a_lesson_asks_first(window, qtbot):
    practice = played(window, qtbot)
    lessons = window.lessons
    choose(lessons.menu, lessons.chapter_action)
    box = practice.quit_box
    assert box.isVisible() and practice.controller.active() and not lessons.controller.active()
    assert box.text().endswith("Save them before the lesson opens?")
    click(box.cancel_button)
    assert practice.controller.active() and not lessons.controller.active()
    choose(lessons.menu, lessons.chapter_action)
    click(box.quit_button)
    assert lessons.controller.active() and not practice.controller.active()
    assert lessons.controller.lesson.title.en.startswith("Chapter 3")


@pytest.mark.slow
def test_the_editors_first_step_asks_first(window, qtbot):
    practice = played(window, qtbot)
    editor = window.lessons.editor
    editor.show()
    click(editor.buttons["add"])
    assert practice.quit_box.isVisible() and not window.lessons.controller.active()
    click(practice.quit_box.quit_button)
    assert window.lessons.controller.count() == 1 and not practice.controller.active()


@pytest.mark.slow
def test_opening_another_practice_saves_the_first_ones_results(window, qtbot, tmp_path):
    practice = played(window, qtbot)
    other = tmp_path / "other.json"
    model.save(other, model.Practice((model.Item("descent.goldilocks", 3),)))
    QTimer.singleShot(0, lambda: answer_file_dialog(other))
    choose(practice.menu, practice.open_action)
    box = practice.quit_box
    assert box.isVisible() and box.text().endswith("Save them before the other practice opens?")
    assert [r.variant.kind for r in practice.controller.records] == list(KINDS)
    results = tmp_path / "first.json"
    QTimer.singleShot(0, lambda: answer_file_dialog(results))
    click(box.save_button)
    assert [kind for kind in KINDS if kind in results.read_text(encoding="utf-8")] == list(KINDS)
    assert [r.variant.kind for r in practice.controller.records] == ["descent.goldilocks"]
    assert practice.controller.path == str(other)


@pytest.mark.slow
def test_the_window_close_button_asks_and_cancel_keeps_it(window, qtbot):
    practice = played(window, qtbot)
    event = QCloseEvent()  # what the window manager's close button sends
    QApplication.sendEvent(window, event)
    assert not event.isAccepted() and window.isVisible()
    box = practice.quit_box
    assert box.isVisible() and box.text().endswith("Save them before quitting?")
    assert box.quit_button.text() == "&Quit without saving"
    click(box.cancel_button)
    assert window.isVisible() and practice.controller.active()
    QApplication.sendEvent(window, QCloseEvent())
    click(box.quit_button)
    assert not window.isVisible()


def test_nothing_unsaved_asks_nothing(window, qtbot, tmp_path):
    practice = window.practice
    practice.start(model.Practice((model.Item("regression.best_b", 7),)), seeds=(7,))
    click(practice.bar.close_button)  # nothing checked: closed at once
    assert not practice.controller.active() and practice.quit_box is None
    practice.start(model.Practice((model.Item("regression.best_b", 7),)), seeds=(7,))
    practice.controller.check(0.0)
    assert practice.save_results(str(tmp_path / "r.json"))
    choose(window.lessons.menu, window.lessons.chapter_action)  # saved: the lesson opens
    assert window.lessons.controller.active() and not practice.controller.active()
    assert practice.quit_box is None
    window.close()
    assert not window.isVisible()


@pytest.mark.slow
def test_chinese_question(window, qtbot):
    from lossstudio.ui import i18n

    practice = played(window, qtbot)
    i18n.set_language("zh")
    try:
        click(practice.bar.close_button)
        box = practice.quit_box
        assert box.text() == "2 个挑战中已解决 0 个：这些结果尚未保存。关闭练习前要保存吗？"
        assert box.quit_button.text() == "不保存，关闭练习(&L)"
        click(box.cancel_button)
    finally:
        i18n.set_language("en")


CLOSING = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.show()
assert window.practice.open(sys.argv[1])
QTimer.singleShot(300, window.close)  # a script closing the window: the app ends
QTimer.singleShot(30000, lambda: app.exit(3))  # a question waiting for an answer: 3
status = app.exec()
print("RESULT", status, window.practice.quit_box is not None, flush=True)
"""


def test_scripted_runs_with_a_practice_neither_ask_nor_wait(tmp_path):
    """CI: offscreen, no input. A practice with nothing checked: --screenshot takes its picture
    and exits, and a script that closes the window ends the app; no question waits."""
    path = tmp_path / "p.json"
    model.save(path, model.Practice((model.Item("regression.best_b", 7),)))
    picture = tmp_path / "x.png"
    env = {**os.environ, "CI": "true", "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    command = [sys.executable, "-m", "lossstudio", "--practice", str(path)]
    shot = subprocess.run(
        [*command, "--screenshot", str(picture)], env=env, capture_output=True, timeout=120
    )
    assert shot.returncode == 0, shot.stderr
    assert picture.stat().st_size > 0
    script = tmp_path / "closing.py"
    script.write_text(CLOSING, encoding="utf-8")
    closing = subprocess.run(
        [sys.executable, str(script), str(path)],
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "RESULT 0 False" in closing.stdout, closing.stdout + closing.stderr
