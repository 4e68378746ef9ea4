"""Start the app (or the baseline) and report the moment its window first finished painting.

Run by ``benchmarks/startup.py`` in a fresh process:

    python benchmarks/startup_probe.py app        # Loss Studio, through lossstudio.app.main
    python benchmarks/startup_probe.py baseline   # numpy + pyqtgraph + PySide6, one PlotWidget

It prints ``PAINTED <time.monotonic()>`` once the first paint of the main window has completed
(a zero timer queued from that window's first paint event fires after the whole paint pass) and
exits at once. The parent takes the monotonic clock just before it spawns this process, so the
figure covers the interpreter's start, every import, building the window and the first paint.
Both modes install the same event filter, so its small cost falls on both sides.
"""

from __future__ import annotations

import os
import sys
import time


def _report() -> None:
    sys.stdout.write(f"PAINTED {time.monotonic()!r}\n")
    sys.stdout.flush()
    os._exit(0)


def _watch_first_paint(app, is_target) -> None:
    """Report after the first paint event of a widget inside the target window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint:
                window = obj.window() if hasattr(obj, "window") else None
                if window is not None and is_target(window):
                    self.done = True
                    QTimer.singleShot(0, _report)
            return False

    app._first_paint_filter = FirstPaint()  # keep it alive
    app.installEventFilter(app._first_paint_filter)


def run_app() -> None:
    import lossstudio.app as app_module

    make_application = app_module.make_application

    def make_and_watch(argv):
        app = make_application(argv)
        _watch_first_paint(app, lambda window: window.objectName() == "main_window")
        return app

    app_module.make_application = make_and_watch
    sys.exit(app_module.main([]))


def run_baseline() -> None:
    import numpy  # noqa: F401
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    widget = pg.PlotWidget()
    widget.setObjectName("baseline")
    _watch_first_paint(app, lambda window: window is widget)
    widget.resize(1440, 900)  # the main window's size
    widget.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    {"app": run_app, "baseline": run_baseline}[sys.argv[1]]()
