"""The 3-D surface's J axis labels where its axis is seen: the axis stands at the back corner,
behind the surface, and its "0" (the floor) was drawn on the surface's rim."""

from __future__ import annotations

import shutil

import pytest

from lossstudio.ui.regression.surface import HEIGHT, RIM_ROOM, j_ticks
from tests.ui.x11 import run_under_xvfb


def test_j_labels_stand_above_the_rim_at_the_axis():
    assert j_ticks(4.23, 0.0) == [0.0, 4.0]  # a low corner: the foot is seen, 0 is labelled
    assert j_ticks(4.23, 1.4) == [2.0, 4.0]  # the rim at 1.4 hides 0 and 1
    assert j_ticks(4.23, 4.2) == [4.23]  # nothing round above the rim: the top alone
    for top, rim in ((4.23, 0.3), (0.9, 0.2), (250.0, 180.0)):
        labels = j_ticks(top, rim)
        assert all(t >= rim + RIM_ROOM * top for t in labels)
        assert 1 <= len(labels) <= 2 and labels[-1] <= top


SCRIPT = r"""
import json
import sys
import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from lossstudio.ui.main_window import MainWindow
window = MainWindow()
window.resize(1280, 700)
window.show()
def before():
    window.show_tab("regression")
    tab = window.pages["regression"]
    tab.views.views.setCurrentIndex(1)
    built = tab.views.surface.build()
    QTimer.singleShot(800, lambda: after(built))
def after(built):
    surface = window.pages["regression"].views.surface
    right = int(Qt.AlignmentFlag.AlignRight.value)
    labels = [
        (label.text, [float(v) for v in np.asarray(label.pos)], bool(int(label.alignment.value) & right))
        for label in (surface._labels if built else [])
    ]
    _w0, _sw, _b0, _sb, top = surface._box if built else (0, 0, 0, 0, 1)
    rim = float(min(surface._grid[2][-1, 0], top)) if built else None  # J at (w0, b_max)
    result = [built, labels, rim, top, surface._failure]
    window.set_presenting(True)  # a wide, short 3-D view beside the plots
    QTimer.singleShot(1500, lambda: presenting(result))
def presenting(result):
    from PySide6.QtGui import QVector4D
    view = window.pages["regression"].views.surface.gl_view
    corners = []
    if view is not None:
        w, h = view.width(), view.height()
        matrix = view.projectionMatrix((0, 0, w, h), (0, 0, w, h)) * view.viewMatrix()
        for label in window.pages["regression"].views.surface._labels:
            if label.text:
                x, y, z = (float(v) for v in np.asarray(label.pos))
                point = matrix.map(QVector4D(x, y, z, 1.0))
                corners.append((label.text, point.x() / point.w(), point.y() / point.w(), w, h))
    print("RESULT " + json.dumps(result + [corners]), flush=True)
    app.quit()
QTimer.singleShot(800, before)
app.exec()
"""


@pytest.mark.slow  # a real X window with OpenGL in a child process, as the other X11 tests
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_the_j_axis_of_the_3d_surface_labels_only_what_shows_above_the_rim(tmp_path):
    built, labels, rim, top, failure, projected = run_under_xvfb(SCRIPT, tmp_path, "surface_labels")
    if not built:
        pytest.skip(f"OpenGL did not start under Xvfb: {failure}")
    j_values = [(text, pos, right) for text, pos, right in labels[-2:] if text]
    assert j_values and rim is not None and rim > 0  # the surface rises at the back corner
    rim_height = HEIGHT * rim / top  # where the axis comes out of the surface
    for text, (_x, _y, z), right in j_values:
        assert text != "0" and right, (text, right)  # left of the axis,
        assert z > rim_height, (text, z, rim_height)  # above the rim
    heights = [z for _text, (_x, _y, z), _right in j_values]
    assert heights == sorted(heights) and len(set(heights)) == len(heights)
    # presenting, the view is wide and short: every name and value still inside it (the J
    # axis's name was above it, the w and b values below it)
    assert projected and projected[0][3] > 4 / 3 * projected[0][4], projected
    for text, x, y, _w, _h in projected:
        assert -0.97 < x < 0.97 and -0.97 < y < 0.97, (text, x, y)
