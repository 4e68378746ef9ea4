"""The clicker's keys in a real X window (Xvfb, the xcb platform, keys and clicks from
xdotool): offscreen hides focus and key-routing faults. A child process runs the app; each
key goes through the X server as a clicker's does, after a real click on a plot."""

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

def click(widget):
    centre = widget.mapToGlobal(QPoint(widget.width() // 3, widget.height() // 2))
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")

def snapshot(name):
    tab = window.pages["catalog"]
    results[name] = [tab.state().loss, tab.state().prediction, type(app.focusWidget()).__name__]

def steps():
    tab = window.pages["catalog"]
    for presenting in (True, False):
        window.set_presenting(presenting)
        window.show_tab("catalog")
        tab.pages.setCurrentWidget(tab.single)
        tab.apply(tab.state().with_loss("hinge"))
        yield
        click(tab.single.plot)
        yield
        mode = "present" if presenting else "desk"
        snapshot(mode + " clicked")
        for key in ("Right", "Up", "Next", "shift+Left", "Left", "Prior"):
            xdotool("key", key)
            yield
            snapshot(f"{mode} {key}")
    print("RESULT " + json.dumps(results), flush=True)
    app.quit()

play(app, steps())
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool",
)
def test_clicker_arrows_step_after_a_click_on_a_plot_under_x11(tmp_path):
    """Presenting, a real click on the Catalog's loss curve (a plot whose arrows nudge the
    marker) and then Right / Page Down / Left / Page Up from the X server step the losses;
    Up and Shift+Left still nudge a. At the desk the same Right nudges a."""
    seen = run_under_xvfb(SCRIPT, tmp_path, "clicker")
    loss = {name: value[0] for name, value in seen.items()}
    a = {name: value[1] for name, value in seen.items()}
    assert seen["present clicked"][2] == "PlotWidget", seen  # the click gave the plot focus
    assert loss["present clicked"] == "hinge"
    assert loss["present Right"] != "hinge"  # the next loss (with its own a)
    assert loss["present Up"] == loss["present Right"] and a["present Up"] != a["present Right"]
    assert loss["present Next"] != loss["present Up"]  # Page Down: another step
    assert a["present shift+Left"] != a["present Next"]  # Shift: the plot's fine nudge
    assert loss["present Left"] == loss["present Up"] and loss["present Prior"] == "hinge"
    assert loss["desk Right"] == "hinge" and a["desk Right"] != a["desk clicked"]  # a nudge
    assert loss["desk Next"] != "hinge"  # Page Down steps at the desk too
