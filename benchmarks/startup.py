"""Start-up: process start to the first painted main window, over a bare pyqtgraph window.

Each run is a fresh process (``startup_probe.py``); app and baseline alternate, several times,
and the ratio is the median over the median. Both run offscreen with empty, private settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from common import HERE, ROOT, Figure, median

PROBE = HERE / "startup_probe.py"


def run_probe(mode: str, env: dict) -> float:
    """Seconds from spawning the process to the end of its first paint."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(PROBE), mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    for line in done.stdout.splitlines():
        if line.startswith("PAINTED "):
            return float(line.split()[1]) - start
    raise RuntimeError(
        f"startup probe {mode!r} exited {done.returncode} without painting:\n{done.stderr[-2000:]}"
    )


def probe_env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lossstudio-bench-settings-")
    return env


def measure(quick: bool) -> list[Figure]:
    env = probe_env()
    repeats = 2 if quick else 9
    if not quick:
        run_probe("app", env)  # warm the file cache (and .pyc files) for both, untimed
        run_probe("baseline", env)
    app, base = [], []
    for _ in range(repeats):
        app.append(run_probe("app", env))
        base.append(run_probe("baseline", env))
    ratio = median(app) / median(base)
    return [
        Figure(
            "startup_ratio",
            ratio,
            f"app {median(app):.3f} s / baseline {median(base):.3f} s "
            f"(medians of {repeats} alternating runs)",
            {"app_s": app, "baseline_s": base},
        )
    ]
