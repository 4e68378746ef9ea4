"""No page and no lesson step grows the presenting window past its screen, in a real X
window (Xvfb, xcb, no window manager): offscreen, full screen always covers the screen, which
hid a window that kept its size and grew with its minimum (1,068 px wide on a 1024 px screen
in Classification, 730 px high on a 720-line screen at the lesson's second step)."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

#: a child process under its own X server: `pytest -m slow` (.ci/run runs it as a stage)
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
from lossstudio.ui import layout_check
window = MainWindow()
window.show()
sizes = {}
def settle(times):
    for _ in range(times):
        app.processEvents()
def record(name):
    hint = window.minimumSizeHint()
    sizes[name] = [window.width(), window.height(), hint.width(), hint.height()]
def go():
    window.set_language(sys.argv[1])
    window.set_presenting(True)
    settle(20)
    for page in layout_check.every_page(window):
        settle(10)
        record(page)
    window.lessons.open("chapter3")
    controller = window.lessons.controller
    while True:
        settle(5)
        record(f"step {controller.position.step + 1}.{controller.position.revealed}")
        before = controller.position
        controller.forward()
        if controller.position == before:
            break
    print("RESULT " + json.dumps(sizes), flush=True)
    app.quit()
QTimer.singleShot(800, go)
QTimer.singleShot(90000, app.quit)
app.exec()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
@pytest.mark.parametrize("screen, language", [("1024x768", "en"), ("1280x720", "zh")])
def test_presenting_never_grows_the_window_past_its_screen(tmp_path, screen, language):
    sizes = run_under_xvfb(
        SCRIPT, tmp_path, "fits", screens=f"-screen 0 {screen}x24", args=(language,), timeout=180
    )
    width, height = (int(v) for v in screen.split("x"))
    assert len(sizes) > 40  # every page and every lesson step
    over = {name: size for name, size in sizes.items() if max(size[0], size[2]) > width}
    over |= {name: size for name, size in sizes.items() if max(size[1], size[3]) > height}
    assert not over, over
    assert {tuple(size[:2]) for size in sizes.values()} == {(width, height)}  # full screen
