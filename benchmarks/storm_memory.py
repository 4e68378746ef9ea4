"""Memory over an event storm (issue 19 item 16): RSS and Python wrappers after N gestures.

In one process: the main window (1440 x 900, every tab built), ``tools/storm.py``'s seeded
storm of real gestures, first a warm-up of 1,000 events (100 quick), then the measured 3,000
(150 quick). Before and after the measured part, garbage collected: the resident set size; the
RSS *held*, i.e. with Qt's pixmap cache emptied and the allocator's free memory handed back
(``malloc_trim``, glibc only); the Python wrappers alive (``shiboken6.getAllValidWrappers``);
the wrappers whose Qt object is gone but which Python still holds (the leak of item 16); the
Qt widgets alive. The pixmap cache (the plots' cached layers and the style's pixmaps) is
emptied for the reading because it is bounded (``lossstudio.ui.caching.PIXMAP_CACHE_MB``): it
fills towards its limit over a long storm, which is what a cache does, and is reported apart.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib.util
import sys

from common import ROOT, Figure, qt_app
from memory import rss_mib


def _storm_module():
    if "storm" in sys.modules:
        return sys.modules["storm"]
    spec = importlib.util.spec_from_file_location("storm", ROOT / "tools" / "storm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["storm"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _trim() -> None:
    """Hand the allocator's free memory back to the system (glibc), so RSS is what is held."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def census() -> dict:
    import shiboken6
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication

    gc.collect()
    dead = sum(
        1
        for o in gc.get_objects()
        if issubclass(type(o), shiboken6.Object) and not shiboken6.isValid(o)
    )
    rss = rss_mib()
    _trim()
    trimmed = rss_mib()
    QPixmapCache.clear()
    _trim()
    return {
        "rss": rss,
        "trimmed": trimmed,
        "freed_kept": rss - trimmed,
        "pixmap_cache": trimmed - rss_mib(),
        "held": rss_mib(),
        "wrappers": len(shiboken6.getAllValidWrappers()),
        "dead": dead,
        "widgets": len(QApplication.allWidgets()),
    }


def storm_window():
    """The offscreen application and the main window the storm runs on: 1440 x 900, every tab
    built."""
    app = qt_app()
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    for key in window.pages:
        window.page(key)
    app.processEvents()
    return app, window


def measure(quick: bool) -> list[Figure]:
    storm = _storm_module()
    _app, window = storm_window()  # (the application lives as long as the measurement)
    warm, n = (100, 150) if quick else (1_000, 3_000)
    run = storm.Storm(window, seed=1)
    run.run(warm)
    readings = [census()]
    for _ in range(3):  # three thirds: does the growth go on, or level off?
        report = run.run(n // 3)
        readings.append(census())
    window.close()
    before, after = readings[0], readings[-1]
    grown = {key: after[key] - before[key] for key in before}
    held = " -> ".join(f"{r['held']:.0f}" for r in readings)
    late = (readings[-1]["held"] - readings[1]["held"]) * 1000 / (n - n // 3)
    trouble = f"; {len(report.exceptions)} exceptions" if report.exceptions else ""
    return [
        Figure(
            "storm_rss_growth_mb",
            grown["held"],
            f"RSS held {held} MiB at {warm} + 0, {n // 3}, {2 * (n // 3)}, {n} storm events; "
            f"raw RSS {before['rss']:.0f} -> {after['rss']:.0f} MiB, of which the pixmap cache "
            f"{before['pixmap_cache']:.0f} -> {after['pixmap_cache']:.0f}{trouble}",
            {"readings": readings},
        ),
        Figure(
            "storm_held_mb_per_1000",
            late,
            f"RSS held: growth per 1,000 events over the last two thirds ({readings[1]['held']:.0f}"
            f" -> {readings[-1]['held']:.0f} MiB over {n - n // 3} events)",
        ),
        Figure(
            "storm_freed_kept_mb",
            after["freed_kept"],
            f"freed heap the process still kept after the storm (RSS {after['rss']:.0f} MiB, "
            f"{after['trimmed']:.0f} after malloc_trim); after the warm-up "
            f"{before['freed_kept']:.0f}",
        ),
        Figure(
            "storm_dead_wrappers",
            float(grown["dead"]),
            f"wrappers of deleted Qt objects {before['dead']} -> {after['dead']}; live wrappers "
            f"{before['wrappers']} -> {after['wrappers']}; Qt widgets "
            f"{before['widgets']} -> {after['widgets']}",
        ),
    ]
