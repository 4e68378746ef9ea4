"""Recorded animations: frames rendered from states per second, and a whole race to GIF.

``record_fps``: the Descent race of all six optimizers (default start, 20 steps per second)
rendered from its states by the offscreen frame renderer at 1280 x 800, each frame set on the
hidden window's tab, laid out, painted and grabbed into a Pillow image; frames over seconds.

``record_gif_s``: the whole 10 s, 20 fps race (200 frames; 1 s, 20 frames in quick mode,
scaled to 10 s) rendered and written as an animated GIF, the writer included: the issue's
goal is <= 10 s.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from common import Figure, qt_app


def measure(quick: bool) -> list[Figure]:
    qt_app()
    from lossstudio.engine.descent import OPTIMIZERS
    from lossstudio.ui import appearance
    from lossstudio.ui.descent.tab import DescentTab
    from lossstudio.ui.record import animations
    from lossstudio.ui.record.renderer import FrameRenderer

    appearance.apply("light", appearance.NORMAL_SCALE)
    state = dataclasses.replace(DescentTab.default_state(), racing=OPTIMIZERS)
    seconds = 1.0 if quick else 10.0
    race = animations.race(state, 20, seconds)
    renderer = FrameRenderer("descent", (1280, 800))
    renderer.prepare(race.states)
    renderer.render(race.states[1])  # warm up
    start = time.perf_counter()
    for frame in race.states:
        renderer.render(frame)
    rendered = time.perf_counter() - start

    with tempfile.TemporaryDirectory(prefix="lossstudio-bench-record-") as folder:
        path = Path(folder) / "race.gif"
        start = time.perf_counter()
        animations.write(race, path, renderer)
        written = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6
    renderer.close()
    count = len(race.states)
    return [
        Figure(
            "record_fps",
            count / rendered,
            f"{count} race frames rendered from states at 1280 x 800 in {rendered:.1f} s",
        ),
        Figure(
            "record_gif_s",
            written * 10.0 / seconds,
            f"{count} frames rendered and written as GIF ({size_mb:.1f} MB) in {written:.1f} s"
            + (", scaled to 10 s" if quick else ""),
        ),
    ]
