"""Quitting during a practice with unsaved results, with real keys in a real X window (Xvfb,
xcb, xdotool): Ctrl+Q asks; Escape cancels; Enter (Save results…) opens the file dialog, a
typed name and Enter save and quit; the letter Q quits without saving. A click on the practice's
✕ asks the same, and so does the window manager's close (WM_DELETE_WINDOW); Escape or a click
on Cancel leaves the keys in the answer field; Save results… saves, closes the practice and
leaves the window the keys."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

#: a child process under its own X server: `pytest -m slow` (.ci/run runs it as a stage)
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFileDialog
app = QApplication(sys.argv)
from tests.ui.x11 import play, xdotool
from lossstudio.model import practice as model
from lossstudio.ui.main_window import MainWindow
mode, target = sys.argv[1], sys.argv[2]
window = MainWindow()
window.resize(1200, 680)
window.show()
results = {"steps": []}

def note(name):
    box = window.practice.quit_box
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    results["steps"].append([name, window.isVisible(), bool(box and box.isVisible()),
                             bool(dialogs)])

def steps():
    practice = model.Practice((model.Item("regression.best_b", 7), model.Item("catalog.worst_loss", 7)))
    window.practice.start(practice, seeds=(7, 7))
    controller = window.practice.controller
    controller.check(controller.variant().answer)
    yield
    bar = window.practice.bar.heading
    centre = bar.mapToGlobal(QPoint(bar.width() // 2, bar.height() // 2))
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")
    yield
    xdotool("key", "ctrl+q")
    yield
    note("ctrl+q")
    if window.practice.quit_box is not None:
        results["text"] = window.practice.quit_box.text()
    xdotool("key", "Escape")
    yield
    note("Escape")
    xdotool("key", "ctrl+q")
    yield
    note("ctrl+q again")
    if mode == "quit":
        xdotool("key", "q")
        yield
        note("q")
        return
    xdotool("key", "Return")
    yield
    yield
    note("Return")
    xdotool("key", "ctrl+a")
    xdotool("type", "--delay", "20", target)
    yield
    xdotool("key", "Return")
    yield
    yield
    note("saved")

play(app, steps(), 400, 30000, failed=lambda: app.exit(1))
note("end")  # after the event loop: the window closed (the app quit) or the watchdog
results["file"] = Path(target).read_text(encoding="utf-8") if Path(target).exists() else ""
print("RESULT " + json.dumps(results), flush=True)
"""

needs_x = pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)


@needs_x
def test_ctrl_q_asks_escape_cancels_q_quits_under_x11(tmp_path):
    target = tmp_path / "never.csv"
    seen = run_under_xvfb(SCRIPT, tmp_path, "quit", args=("quit", str(target)))
    steps = {name: rest for name, *rest in seen["steps"]}
    assert steps["ctrl+q"] == [True, True, False], seen  # still open, asking
    assert seen["text"].startswith("1 of 2 challenges solved: these results are not saved.")
    assert steps["Escape"] == [True, False, False], seen  # Cancel: open, no question
    assert steps["ctrl+q again"] == [True, True, False], seen
    assert steps["end"] == [False, False, False], seen  # q: Quit without saving
    assert seen["file"] == ""


@needs_x
def test_enter_saves_the_results_then_quits_under_x11(tmp_path):
    target = tmp_path / "results.csv"
    seen = run_under_xvfb(SCRIPT, tmp_path, "save", args=("save", str(target)))
    steps = {name: rest for name, *rest in seen["steps"]}
    assert steps["ctrl+q again"] == [True, True, False], seen
    assert steps["Return"][2] is True, seen  # Save results… (the default): the file dialog
    assert steps["end"] == [False, False, False], seen
    assert "regression.best_b" in seen["file"] and "catalog.worst_loss" in seen["file"]


CLOSE_SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.x11 import play, xdotool
from lossstudio.model import practice as model
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.resize(1200, 680)
window.show()
practice = window.practice
results = {"steps": []}

def note(name):
    box = practice.quit_box
    focus = QApplication.focusWidget()
    results["steps"].append([name, practice.controller.active(), bool(box and box.isVisible()),
                             practice.bar.answer.text(), focus.objectName() if focus else ""])

def click(widget):
    centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")

def wm_close(widget):
    # what a window manager's close button sends: WM_DELETE_WINDOW, from another client
    import ctypes
    x = ctypes.cdll.LoadLibrary("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                             ctypes.c_void_p]
    x.XFlush.argtypes = x.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class Message(ctypes.Structure):  # XClientMessageEvent, padded to an XEvent's 24 longs
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                    ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                    ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5),
                    ("pad", ctypes.c_long * 12)]

    display = x.XOpenDisplay(None)
    message = Message(type=33, window=int(widget.winId()), format=32)  # 33: ClientMessage
    message.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
    message.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    x.XSendEvent(display, int(widget.winId()), 0, 0, ctypes.byref(message))
    x.XFlush(display)
    x.XCloseDisplay(display)

def steps():
    practice.start(model.Practice((model.Item("regression.best_b", 7),)), seeds=(7,))
    practice.controller.check(practice.controller.variant().answer + 50)  # wrong: 2 tries left
    yield
    click(practice.bar.heading)
    yield
    xdotool("key", "F6")
    xdotool("type", "--delay", "20", "1")
    yield
    note("typed 1")
    click(practice.bar.close_button)
    yield
    note("x")
    xdotool("key", "Escape")
    yield
    note("Escape")
    xdotool("type", "--delay", "20", "2")
    yield
    note("typed 2")
    click(practice.bar.close_button)
    yield
    click(practice.quit_box.cancel_button)
    yield
    note("Cancel clicked")
    xdotool("type", "--delay", "20", "3")
    yield
    note("typed 3")
    xdotool("key", "ctrl+q")
    yield
    note("ctrl+q")
    xdotool("key", "Escape")
    yield
    wm_close(window)
    yield
    note("window manager's close")
    xdotool("key", "Escape")
    yield
    xdotool("type", "--delay", "20", "4")
    yield
    note("typed 4")
    click(practice.bar.close_button)
    yield
    xdotool("key", "Return")  # Save results… (the default): the file dialog
    yield
    yield
    xdotool("key", "ctrl+a")
    xdotool("type", "--delay", "20", sys.argv[1])
    yield
    xdotool("key", "Return")
    yield
    yield
    note("saved")
    xdotool("key", "ctrl+l")  # the window has the keys: the built-in lesson opens
    yield
    results["lesson"] = window.lessons.controller.active()
    results["file"] = Path(sys.argv[1]).read_text(encoding="utf-8")
    app.exit(0)

play(app, steps(), 400, 30000, failed=lambda: app.exit(1))
print("RESULT " + json.dumps(results), flush=True)
"""


@needs_x
def test_the_close_button_asks_and_cancel_gives_the_keys_back_under_x11(tmp_path):
    target = tmp_path / "results.csv"
    seen = run_under_xvfb(CLOSE_SCRIPT, tmp_path, "close", args=(str(target),))
    steps = {name: rest for name, *rest in seen["steps"]}
    answer = "practice.answer"
    assert steps["typed 1"] == [True, False, "1", answer], seen
    assert steps["x"][:3] == [True, True, "1"], seen  # the ✕ asks; the practice runs on
    assert steps["Escape"] == [True, False, "1", answer], seen  # Cancel: as it was
    assert steps["typed 2"] == [True, False, "12", answer], seen  # the keys work there
    assert steps["Cancel clicked"] == [True, False, "12", answer], seen
    assert steps["typed 3"] == [True, False, "123", answer], seen
    assert steps["ctrl+q"][:2] == [True, True], seen  # the window's keys work too
    assert steps["window manager's close"][:2] == [True, True], seen  # asks, stays open
    assert steps["typed 4"] == [True, False, "1234", answer], seen
    assert steps["saved"][:2] == [False, False], seen  # saved, then closed
    assert "regression.best_b" in seen["file"] and seen["lesson"], seen
