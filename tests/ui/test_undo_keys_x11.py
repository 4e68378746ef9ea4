"""Undo and Redo keys while the cursor stays in a number field, in a real X window (Xvfb,
xcb, keys from xdotool): a QLineEdit takes Ctrl+Z for its own text, so after typing 1.5 into
w and pressing Enter, Ctrl+Z did nothing until the person left the field."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

#: a child process under its own X server: `pytest -m slow` (.ci/run runs it as a stage)
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.x11 import play, xdotool
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.show()
results = {}

def snapshot(name):
    tab = window.pages["regression"]
    field = tab.panel.w.field
    results[name] = [tab.state().w, field.text(), app.focusWidget() is field]

def steps():
    window.show_tab("regression")
    yield
    field = window.pages["regression"].panel.w.field
    centre = field.mapToGlobal(QPoint(field.width() // 2, field.height() // 2))
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")
    yield
    snapshot("start")
    for name, keys in (
        ("typed", ["ctrl+a", "type:1.5", "Return"]),
        ("undo", ["ctrl+z"]),
        ("redo shift", ["ctrl+shift+z"]),
        ("undo again", ["ctrl+z"]),
        ("redo y", ["ctrl+y"]),
        ("typing", ["ctrl+a", "type:7"]),
        ("undo typing", ["ctrl+z"]),
    ):
        for key in keys:
            if key.startswith("type:"):
                xdotool("type", key[5:])
            else:
                xdotool("key", key)
        yield
        snapshot(name)
    print("RESULT " + json.dumps(results), flush=True)
    app.quit()

play(app, steps())
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
def test_undo_and_redo_keys_work_with_the_cursor_in_a_number_field(tmp_path):
    seen = run_under_xvfb(SCRIPT, tmp_path, "undo_keys")
    w = {name: value[0] for name, value in seen.items()}
    start = w["start"]
    assert all(value[2] for value in seen.values()), seen  # the cursor never left w
    assert w["typed"] == 1.5 != start
    assert w["undo"] == start, seen  # the window's Undo, not the field's empty history
    assert w["redo shift"] == 1.5 and w["undo again"] == start and w["redo y"] == 1.5, seen
    # typing not yet entered is the field's own to undo: the value stays, the text goes back
    assert seen["typing"][1] == "7" and w["typing"] == 1.5
    assert seen["undo typing"][1] != "7" and w["undo typing"] == 1.5, seen
