"""The presenter view with two real screens: Xvfb with two X screens (1280x720 the laptop,
1024x768 the projector) and the xcb platform, in a child process; the clicker's Page Down
comes from the X server (xdotool). The other lesson tests fake a second QScreen."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

#: a child process under its own X server: `pytest -m slow` (.ci/run runs it as a stage)
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, subprocess, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.show()
out = {}
def describe(tag):
    view = window.lessons.presenter
    screens = app.screens()
    out[tag] = {
        "screens": [[s.geometry().width(), s.geometry().height()] for s in screens],
        "window": [screens.index(window.screen()), window.isFullScreen(), window.width(),
                   window.height(), window.scale],
        "view": [view is not None and view.isVisible(),
                 screens.index(view.screen()) if view is not None else -1],
        "headings": [view.heading.text() if view else "", window.lessons.bar.heading.text()],
        "notes": view.notes.text() if view else "",
        "next": view.next_title.text() if view else "",
        "clock": view.clock.text() if view else "",
        "position": [window.lessons.controller.position.step,
                     window.lessons.controller.position.revealed],
        "loss": window.pages["regression"].panel.loss.text(),
    }
def start():
    assert window.lessons.open("chapter3", step=9)
    window.set_presenting(True)
    QTimer.singleShot(1500, clicker)
def clicker():
    describe("presenting")
    window.grab().save(sys.argv[1] + "-projector.png")
    window.lessons.presenter.grab().save(sys.argv[1] + "-laptop.png")
    window.activateWindow()
    app.processEvents()
    subprocess.run(["xdotool", "key", "Next"], check=True)
    QTimer.singleShot(500, button)
def button():
    describe("Page Down")
    window.lessons.presenter.next.click()
    app.processEvents()
    describe("the view's next")
    window.set_presenting(False)
    QTimer.singleShot(800, leave)
def leave():
    describe("left")
    print("RESULT " + json.dumps(out), flush=True)
    app.quit()
QTimer.singleShot(800, start)
QTimer.singleShot(30000, app.quit)
app.exec()
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
def test_presenter_view_on_the_laptop_and_the_lesson_full_screen_on_the_projector(tmp_path):
    screens = "-screen 0 1280x720x24 -screen 1 1024x768x24"
    seen = run_under_xvfb(
        SCRIPT, tmp_path, "two_screens", screens=screens, args=(str(tmp_path / "shot"),)
    )
    shown = seen["presenting"]
    assert shown["screens"] == [[1280, 720], [1024, 768]]
    # the lesson full screen on the projector, at the projector's presentation scale (the
    # largest whose folded layout and lesson bar fit 1024x768), the whole projector even
    # without a window manager
    from lossstudio.ui.appearance import largest_presenting_scale

    scale = min(1.5, largest_presenting_scale((1024, 768), lesson=True))
    assert shown["window"] == [1, True, 1024, 768, pytest.approx(scale, abs=1e-3)]
    assert shown["view"] == [True, 0]  # the presenter view on the laptop
    heading, bar = shown["headings"]
    assert heading == bar and heading.startswith("9 / 27 · ")
    assert "0.53" in shown["notes"] and "(b) z = 2x + 2.5" in shown["next"]
    assert ":" in shown["clock"] and shown["loss"] == "?"
    assert seen["Page Down"]["position"] == [8, 1] and seen["Page Down"]["loss"] == "0.530669"
    after = seen["the view's next"]
    assert after["position"] == [9, 0] and after["headings"][0].startswith("10 / 27 · ")
    left = seen["left"]
    assert left["view"][0] is False and left["window"][:2] == [0, False]  # back on the laptop
    assert left["window"][2] <= 1280 and left["window"][3] <= 720
    for name in ("projector", "laptop"):
        assert (tmp_path / f"shot-{name}.png").stat().st_size > 0
