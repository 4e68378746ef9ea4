"""Keys work in a real X window with no window manager (Xvfb, xcb, keys from xdotool, no
click first): nobody gave the new window the input focus, and after a dialog closed the focus
fell back to the root window, so Ctrl+3, Ctrl+O and Ctrl+Q did nothing until a click."""

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
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.show()
seen = {}

def look(name):
    modal = QApplication.activeModalWidget()
    seen[name] = [window.tabs.currentIndex(), type(modal).__name__ if modal else None]

def steps():
    yield
    yield
    look("start")
    xdotool("key", "ctrl+3")  # no click anywhere before
    yield
    look("ctrl+3")
    xdotool("key", "ctrl+o")
    yield
    yield
    look("ctrl+o")
    xdotool("key", "Escape")
    yield
    yield
    look("escape")
    xdotool("key", "ctrl+1")
    yield
    look("ctrl+1 after the dialog")
    seen["quit asked"] = True
    xdotool("key", "ctrl+q")
    yield
    yield
    seen["quit asked"] = False  # still running: Ctrl+Q did nothing

play(app, steps(), every_ms=400, give_up_ms=30000)
print("RESULT " + json.dumps(seen), flush=True)
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
def test_keys_reach_the_window_without_a_click_and_after_a_dialog(tmp_path):
    seen = run_under_xvfb(SCRIPT, tmp_path, "key_focus", screens="-screen 0 1024x768x24")
    assert seen["start"] == [0, None], seen
    assert seen["ctrl+3"][0] == 2, seen  # the first key, with no click, reached the window
    assert seen["ctrl+o"][1] is not None, seen  # the open dialog is up
    assert seen["escape"][1] is None, seen
    assert seen["ctrl+1 after the dialog"][0] == 0, seen  # the keyboard came back
    assert seen["quit asked"] is True, seen  # Ctrl+Q quit the app
