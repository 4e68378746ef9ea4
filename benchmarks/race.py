"""The Descent tab racing all six optimizers, and what it does while paused.

``race_fps``: the tab plays the race through its own timer's ``timeout`` signal (the very
slot a real frame runs), each frame followed by ``tab.repaint()`` of the whole tab and the
events Qt then has queued, offscreen, in the 1440 x 900 main window, back to back for 10 s
(2 s in quick mode): frames over elapsed seconds, the whole loop timed. When the race ends it
is started again (untimed). The timer itself is stopped so it cannot add frames of its own.

``paused_wakeups_per_s``: after a second of playing, the race is paused (``toggle_play``) and
the event loop runs for 5 s (1 s quick) while an application-wide filter counts every timer
event (any receiver: the tab's, pyqtgraph's, Qt's), divided by the seconds.
"""

from __future__ import annotations

import dataclasses
import time

from common import Figure, FrameClock, is_placeholder, process_events, qt_app


def make_window():
    qt_app()
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.show_tab("descent")
    process_events(5)
    return window, window.pages["descent"]


def racing_state(tab, playing: bool):
    from lossstudio.engine.descent import OPTIMIZERS

    state = tab.default_state()
    return dataclasses.replace(state, racing=tuple(OPTIMIZERS), playing=playing, iteration=0)


def frames(tab, seconds: float, count_limit: int = 0, restart: bool = True) -> tuple[int, float]:
    """Play frames back to back for ``seconds`` (or ``count_limit`` frames); (frames, seconds).

    Each frame is one step of the race (the race's clock is a :class:`common.FrameClock`
    meanwhile): back to back, faster than real time, the tab's own clock would find no step
    due in most frames and draw nothing.
    """
    from PySide6.QtWidgets import QApplication

    real_clock = tab.clock
    clock = FrameClock.install(tab)
    count, elapsed = 0, 0.0
    try:
        if restart or not tab.state().playing:
            tab.set_state(racing_state(tab, playing=True))
        tab.timer.stop()
        while (count < count_limit) if count_limit else (elapsed < seconds):
            start = time.perf_counter()
            clock.advance()
            tab.timer.timeout.emit()
            tab.repaint()
            QApplication.processEvents()
            elapsed += time.perf_counter() - start
            count += 1
            if not tab.state().playing:  # the race is over: again from the start, untimed
                tab.set_state(racing_state(tab, playing=True))
            tab.timer.stop()
    finally:
        tab.clock = real_clock
    return count, elapsed


def wakeups(tab, seconds: float) -> tuple[float, dict]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    tab.set_state(racing_state(tab, playing=True))
    loop = QEventLoop()
    quit_timer = QTimer()
    quit_timer.setSingleShot(True)
    quit_timer.timeout.connect(loop.quit)
    quit_timer.start(1000)  # play a second first
    loop.exec()
    tab.toggle_play()  # pause, as the person would
    process_events(3)

    counts: dict[str, int] = {}

    class Count(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Timer and obj is not quit_timer:
                name = f"{type(obj).__name__}:{obj.objectName() or '-'}"
                parent = obj.parent()
                if parent is not None:
                    name += f" in {type(parent).__name__}:{parent.objectName() or '-'}"
                counts[name] = counts.get(name, 0) + 1
            return False

    counter = Count()
    QApplication.instance().installEventFilter(counter)
    quit_timer.start(round(seconds * 1000))
    loop.exec()
    QApplication.instance().removeEventFilter(counter)
    return sum(counts.values()) / seconds, counts


def measure(quick: bool) -> list[Figure]:
    window, tab = make_window()
    if is_placeholder(tab):
        return [
            Figure("race_fps", None, "the Descent tab is not built yet"),
            Figure("paused_wakeups_per_s", None, "the Descent tab is not built yet"),
        ]
    frames(tab, 0.5)  # warm up
    count, elapsed = frames(tab, 2.0 if quick else 10.0)
    rate, counts = wakeups(tab, 1.0 if quick else 5.0)
    top = ", ".join(f"{name} x{n}" for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:3])
    figures = [
        Figure(
            "race_fps",
            count / elapsed,
            f"{count} frames in {elapsed:.1f} s, six optimizers, whole tab repainted each frame",
        ),
        Figure(
            "paused_wakeups_per_s",
            rate,
            f"timer events while paused, all receivers{': ' + top if top else ''}",
            {"counts": counts},
        ),
    ]
    window.close()
    return figures
