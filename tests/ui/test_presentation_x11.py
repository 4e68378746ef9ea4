"""Presentation mode in a real X window (Xvfb 1280x720, the xcb platform, keys from xdotool):
the menu bar is hidden, and its shortcuts still act (under X11 a hidden menu bar's shortcuts
do not fire unless the window holds the actions); F9 opens and closes the drawer, Esc closes
an open drawer first and leaves presentation only the next time."""

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
results = {}

def snapshot(name):
    regression = window.pages["regression"]
    results[name] = {
        "b": regression.state().b,
        "tab": window.current_key(),
        "presenting": window.presenting,
        "menu": window.menuBar().isVisible(),
        "drawer": regression.drawer.is_open(),
        "descent_drawer": window.pages["descent"].drawer.is_open(),
        "iteration": window.pages["descent"].state().iteration,
        "scale": window.scale,
    }

def steps():
    window.show_tab("regression")
    yield
    xdotool("windowfocus", "--sync", str(int(window.winId())))  # no window manager gives it
    yield
    xdotool("key", "F5")  # View > Presentation mode
    yield
    yield
    tab = window.pages["regression"]
    tab.panel.chapter_buttons[1].click()  # z = 2x + 2.5: one undo step
    yield
    snapshot("presenting")
    for key in ("ctrl+z", "ctrl+shift+z", "ctrl+z", "ctrl+y", "F9", "Escape", "F9", "F9",
                "ctrl+3", "F9", "Next", "Escape", "Escape"):
        xdotool("key", key)
        yield
        snapshot(key + " " + str(len(results)))
    print("RESULT " + json.dumps(results), flush=True)
    app.quit()

play(app, steps(), 300)
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
def test_menu_shortcuts_and_the_drawer_key_work_with_the_menu_bar_hidden_under_x11(tmp_path):
    seen = run_under_xvfb(SCRIPT, tmp_path, "presenting")
    names = list(seen)
    state = [seen[name] for name in names]
    first = state[0]
    assert first["presenting"] and not first["menu"], first  # F5; no menu bar
    assert first["scale"] > 1.4, first  # 1280x720: the room's text size
    assert first["b"] == 2.5
    undo, redo, undo2, redo2 = state[1:5]
    assert undo["b"] == 2.0 and redo["b"] == 2.5, (undo, redo)  # Ctrl+Z, Ctrl+Shift+Z
    assert undo2["b"] == 2.0 and redo2["b"] == 2.5, (undo2, redo2)  # Ctrl+Z, Ctrl+Y
    opened, escaped, again, closed = state[5:9]
    assert opened["drawer"] and not escaped["drawer"] and escaped["presenting"]
    assert again["drawer"] and not closed["drawer"]
    descent, descent_drawer, stepped = state[9:12]
    assert descent["tab"] == "descent"  # Ctrl+3: View > Descent
    assert descent_drawer["descent_drawer"]
    assert stepped["iteration"] == 1  # Page Down steps with the drawer open
    closing, leaving = state[12:14]
    assert not closing["descent_drawer"] and closing["presenting"]  # Esc: the drawer first
    assert not leaving["presenting"] and leaving["menu"]  # then out, the menu bar back
