"""Running a child script of the app under its own X server (Xvfb) and reading its result.

The script prints one line ``RESULT <json>``; :func:`run_under_xvfb` returns that JSON. The
child's settings go to the test's own folder, never to the person's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_under_xvfb(
    script: str,
    tmp_path: Path,
    name: str,
    *,
    screens: str = "-screen 0 1280x720x24",
    args: tuple[str, ...] = (),
    timeout: int = 120,
):
    """Write ``script`` as ``name``.py, run it with xcb under ``xvfb-run -s screens``, and
    return the JSON of its ``RESULT`` line (the test fails with the child's output if none)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # the child's settings stay out of the person's
    path = tmp_path / f"{name}.py"
    path.write_text(script, encoding="utf-8")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", screens, sys.executable, str(path), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[0][len("RESULT ") :])


# --- for the child scripts (``from tests.ui.x11 import play, xdotool``: the child runs with the
# project on its PYTHONPATH) --------------------------------------------------------------------
def xdotool(*args: str) -> None:
    """Send keys or pointer moves through the X server, as a person's devices do."""
    subprocess.run(["xdotool", *args], check=True)


def play(app, steps, every_ms: int = 250, give_up_ms: int = 60000, failed=None) -> None:
    """Run the generator ``steps`` one ``next`` every ``every_ms`` inside ``app``'s event loop
    (so that each key reaches the window before the next), from 1 s after the start; an
    exception ends the loop with its traceback, and after ``give_up_ms`` the loop ends anyway
    (``failed``: what ends it then, ``app.quit`` by default)."""
    from PySide6.QtCore import QTimer

    stop = failed or app.quit

    def tick() -> None:
        try:
            next(steps)
        except StopIteration:
            return
        except Exception:
            import traceback

            traceback.print_exc()
            stop()
            return
        QTimer.singleShot(every_ms, tick)

    QTimer.singleShot(1000, tick)
    QTimer.singleShot(give_up_ms, stop)
    app.exec()
