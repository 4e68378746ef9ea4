"""The packaged folder (``dist/lossstudio``, built with build.spec): its size and its start.

The frozen executable cannot load the start-up probe, so both sides are timed the same way:
``lossstudio --screenshot FILE`` (build the window, lay it out, paint it into an image, exit),
the frozen executable against ``python -m lossstudio`` from source, alternating, medians.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Figure, median

DIST = ROOT / "dist" / "lossstudio"


def folder_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def timed(command: list[str], env: dict) -> float:
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    elapsed = time.monotonic() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed


def measure(quick: bool) -> list[Figure]:
    executable = DIST / "lossstudio"
    if not executable.exists():
        return [
            Figure("frozen_size_mb", None, "no build"),
            Figure("frozen_startup_ratio", None, "no build"),
        ]
    size = folder_size(DIST) / 2**20
    figures = [Figure("frozen_size_mb", size, f"{DIST.relative_to(ROOT)}: files, MiB")]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lossstudio-bench-settings-")
    shot = str(Path(tempfile.mkdtemp(prefix="lossstudio-bench-")) / "shot.png")
    frozen_cmd = [str(executable), "--screenshot", shot]
    source_cmd = [sys.executable, "-m", "lossstudio", "--screenshot", shot]
    if not quick:
        timed(frozen_cmd, env)  # warm the file cache, untimed
        timed(source_cmd, env)
    repeats = 1 if quick else 5
    frozen, source = [], []
    for _ in range(repeats):
        frozen.append(timed(frozen_cmd, env))
        source.append(timed(source_cmd, env))
    figures.append(
        Figure(
            "frozen_startup_ratio",
            median(frozen) / median(source),
            f"frozen {median(frozen):.3f} s / source {median(source):.3f} s "
            f"(--screenshot to exit, medians of {repeats} alternating runs)",
            {"frozen_s": frozen, "source_s": source},
        )
    )
    return figures
