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
