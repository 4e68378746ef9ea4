"""Resident memory growth over 10,000 drag steps and 10,000 animation frames.

In one process: the Regression tab is dragged (preview + repaint, m = 50) and the Descent tab
plays its six-optimizer race (timer slot + repaint), first a warm-up of 200 of each, then the
measured 10,000 of each (100 after 30 in quick mode). The figure is the resident set size after, less
the size after the warm-up (garbage collected before each reading), in MiB.
"""

from __future__ import annotations

import gc

import numpy as np
from common import Figure, is_placeholder, process_events, qt_app


def rss_mib() -> float:
    """Resident set size of this process in MiB (from /proc, or psutil elsewhere)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def measure(quick: bool) -> list[Figure]:
    qt_app()
    from race import frames

    from lossstudio.model import regression as model
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    regression, descent = window.pages["regression"], window.pages["descent"]
    if is_placeholder(regression) or is_placeholder(descent):
        return [Figure("rss_growth_mb", None, "the Regression or Descent tab is not built yet")]

    def drag(steps: int) -> None:
        window.show_tab("regression")
        process_events(2)
        state = regression.state()
        for i in range(steps):
            t = 2.0 * np.pi * i / 97.0
            regression.preview(model.with_line(state, 2.5 + np.sin(t), 3.0 + np.cos(t)))
            regression.repaint()
            if i % 50 == 49:  # a drag ends now and then: one undo step each
                regression.finish()
            process_events(1)
        regression.finish()

    def animate(count: int) -> None:
        window.show_tab("descent")
        process_events(2)
        frames(descent, 0.0, count_limit=count, restart=False)

    warm = 30 if quick else 200
    drag(warm)
    animate(warm)
    gc.collect()
    before = rss_mib()
    n = 100 if quick else 10_000
    drag(n)
    animate(n)
    gc.collect()
    after = rss_mib()
    window.close()
    return [
        Figure(
            "rss_growth_mb",
            after - before,
            f"RSS {before:.1f} -> {after:.1f} MiB over {n} drag steps + {n} frames "
            f"(after a warm-up of {warm} + {warm})",
        )
    ]
