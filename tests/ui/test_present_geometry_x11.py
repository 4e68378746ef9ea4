"""The window's place on a real X screen (Xvfb, xcb, no window manager, keys from xdotool):
F5 then Esc left the window full size at (0, 0), and walking a lesson must never grow the
window past its screen."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

#: a child process under its own X server: `pytest -m slow` (.ci/run runs it as a stage)
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.x11 import play, xdotool
from lossstudio.model import lesson as model
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.restore_settings(language="en")
window.show()
results = {"lesson": []}

def place():
    frame = window.frameGeometry()
    return [frame.x(), frame.y(), frame.width(), frame.height()]

def steps():
    window.activateWindow()
    yield
    results["desk"] = place()
    xdotool("key", "F5")
    yield
    results["presenting"] = [window.presenting, place()]
    xdotool("key", "Escape")
    yield
    results["back"] = [window.presenting, place()]
    window.lessons.open("chapter3")
    controller = window.lessons.controller
    for index in range(len(controller.lesson.steps)):
        controller.go(model.Position(index, 0), enter=True)
        yield
        results["lesson"].append(place())
    area = window.screen().availableGeometry()
    results["screen"] = [area.x(), area.y(), area.width(), area.height()]
    print("RESULT " + json.dumps(results), flush=True)
    app.quit()

play(app, steps(), 300, 90000)
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
@pytest.mark.parametrize("screen", ["1920x1080", "1366x768"])
def test_f5_esc_restores_the_window_and_a_lesson_never_outgrows_the_screen(tmp_path, screen):
    seen = run_under_xvfb(
        SCRIPT, tmp_path, "present_geometry", screens=f"-screen 0 {screen}x24", timeout=150
    )
    x, y, width, height = seen["screen"]
    assert seen["presenting"][0] and seen["presenting"][1][2:] == [width, height], seen
    assert seen["back"] == [False, seen["desk"]], seen  # where it was, as large as it was
    for number, (left, top, w, h) in enumerate(seen["lesson"], start=1):
        inside = left >= x and top >= y and left + w <= x + width and top + h <= y + height
        assert inside, (number, seen["lesson"][number - 1], seen["screen"])


OPENED = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.restore_settings(language="en")
window.lessons.open("chapter3", 2)  # as `--lesson chapter3 --step 2`: before the first show
window.show()
def report():
    frame, area = window.frameGeometry(), window.screen().availableGeometry()
    print("RESULT " + json.dumps([frame.getRect(), area.getRect()]), flush=True)
    app.quit()
QTimer.singleShot(2500, report)
QTimer.singleShot(60000, app.quit)
app.exec()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
@pytest.mark.parametrize("screen", ["1920x1080", "1280x720"])
def test_a_lesson_opened_at_start_keeps_the_window_on_its_screen(tmp_path, screen):
    """The Descent tab built for the lesson grew the window downwards: 1440x1080 at y = 90
    on a 1080-line screen, the Playback rows below its edge."""
    (x, y, width, height), (ax, ay, aw, ah) = run_under_xvfb(
        OPENED, tmp_path, "lesson_at_start", screens=f"-screen 0 {screen}x24"
    )
    assert ax <= x and ay <= y and x + width <= ax + aw and y + height <= ay + ah, (
        (x, y, width, height),
        (ax, ay, aw, ah),
    )
