"""Showing the 3-D surface keeps the main window: the same native window, focus and full
screen. This needs a real X display with OpenGL, so the check runs the app under Xvfb with the
xcb platform in a child process (skipped where xvfb-run is missing or OpenGL does not start)."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.x11 import run_under_xvfb

SCRIPT = r"""
import json
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.resize(1024, 700)
window.show()
def before():
    window.set_presenting(True)
    window.show_tab("regression")
    tab = window.pages["regression"]
    tab.plot.setFocus()
    app.processEvents()
    first = (int(window.winId()), window.isFullScreen(), app.focusWidget() is tab.plot)
    tab.views.views.setCurrentIndex(1)
    built = tab.views.surface.build()
    QTimer.singleShot(800, lambda: after(first, built))
def after(first, built):
    tab = window.pages["regression"]
    second = (int(window.winId()), window.isFullScreen(), app.focusWidget() is tab.plot)
    failure = tab.views.surface._failure
    print("RESULT " + json.dumps([built, first, second, failure]), flush=True)
    app.quit()
QTimer.singleShot(800, before)
app.exec()
"""


@pytest.mark.slow  # a real X window in a child process, as the other X11 tests
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_showing_the_3d_surface_keeps_the_native_window_focus_and_full_screen(tmp_path):
    built, first, second, failure = run_under_xvfb(SCRIPT, tmp_path, "surface")
    if not built:
        pytest.skip(f"OpenGL did not start under Xvfb: {failure}")
    assert first == second  # the same native window id, still full screen, focus kept
    assert first[1] and first[2]


EXPORT = r"""
import json
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.export_dialog import tab_plots
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.resize(1280, 700)
window.show()
folder = sys.argv[1]
def before():
    window.show_tab("regression")
    tab = window.pages["regression"]
    tab.views.views.setCurrentIndex(1)
    built = tab.views.surface.build()
    QTimer.singleShot(800, lambda: after(built))
def after(built):
    tab = window.pages["regression"]
    shown = tab_plots(tab, hidden=False)
    names = [view.objectName() for view in shown]
    written = [str(p) for p in window.export_current(folder + "/r.png", 800)]
    inked = {}
    for path in written:
        image = QImage(path)
        corner = image.pixel(2, 2)
        inked[path.rsplit("/", 1)[1]] = sum(
            image.pixel(x, y) != corner
            for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)
        )
    print("RESULT " + json.dumps([built, names, inked, tab.views.surface._failure]), flush=True)
    app.quit()
QTimer.singleShot(800, before)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_the_3d_surface_on_show_is_one_of_the_plots_exported(tmp_path):
    """With the 3-D page on screen the export found 3 plots of the 4 shown: the 3-D view is a
    window in a container, not a QOpenGLWidget."""
    built, names, inked, failure = run_under_xvfb(
        EXPORT, tmp_path, "surface_export", args=(str(tmp_path),)
    )
    if not built:
        pytest.skip(f"OpenGL did not start under Xvfb: {failure}")
    assert "regression.surface_3d" in names and len(names) == 4, names
    surface = next(name for name in inked if "surface" in name)
    assert inked[surface] > 100, inked  # the surface drawn, not an empty frame
