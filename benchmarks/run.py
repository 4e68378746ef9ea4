"""Loss Studio's speed and memory figures, each against its goal (issue 8).

    python benchmarks/run.py            # every figure, a readable table (a few minutes)
    python benchmarks/run.py --json     # one JSON object with the figures, nothing else on stdout
    python benchmarks/run.py --quick    # a fast pass (< 60 s) that only proves the benchmarks run
    python benchmarks/run.py --only grid,drag   # some groups only
    python benchmarks/run.py --save out.json    # the table, and the JSON object into a file

Each group runs in its own process (offscreen Qt, private settings), so one group's memory or
Qt state never touches another's. Every ratio is measured side by side in the same run.
Exit status: 0 when every benchmark ran (missed goals included), 1 when one crashed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: (key, comparison, goal, unit, group): the issue's figures, in its order.
GOALS: tuple[tuple[str, str, float, str, str], ...] = (
    ("startup_ratio", "<=", 1.3, "x", "startup"),
    ("drag_ratio_m50", "<=", 1.2, "x", "drag"),
    ("drag_ratio_m10000", "<=", 1.2, "x", "drag"),
    ("drag_ratio_m1000000_vs_m50", "<=", 1.3, "x", "drag"),
    ("drag_vs_matplotlib_m50", ">=", 8.0, "x", "drag"),
    ("grid_ms_m1000000", "<=", 2.0, "ms", "grid"),
    ("grid_speedup_vs_direct_m10000", ">=", 1000.0, "x", "grid"),
    ("race_fps", ">=", 60.0, "fps", "race"),
    ("paused_wakeups_per_s", "<=", 0.0, "/s", "race"),
    ("rss_growth_mb", "<=", 5.0, "MB", "memory"),
    ("record_fps", ">=", 20.0, "fps", "record"),
    ("record_gif_s", "<=", 10.0, "s", "record"),
    ("frozen_size_mb", "<=", 150.0, "MB", "frozen"),
    ("frozen_startup_ratio", "<=", 1.5, "x", "frozen"),
    ("paint_drag_ratio_1920x1080", "<=", 2.5, "x", "paint"),
    ("paint_drag_ratio_1920x1080_dpr2", "<=", 2.5, "x", "paint"),
    ("paint_race_fps_1920x1080", ">=", 60.0, "fps", "paint"),
    ("paint_race_fps_1440x900", ">=", 60.0, "fps", "paint"),
    ("undo_rss_ratio", "<=", 2.0, "x", "undo_memory"),
    ("storm_rss_growth_mb", "<=", 5.0, "MB", "storm_memory"),
    ("storm_held_mb_per_1000", "<=", 1.0, "MB", "storm_memory"),
    ("storm_freed_kept_mb", "<=", 10.0, "MB", "storm_memory"),
    ("storm_dead_wrappers", "<=", 0.0, "", "storm_memory"),
)
GROUPS = (
    "grid",
    "startup",
    "drag",
    "race",
    "memory",
    "record",
    "frozen",
    "paint",
    "undo_memory",
    "storm_memory",
)


def run_group_here(group: str, quick: bool) -> list:
    """Measure one group in this process (the child side)."""
    import importlib

    module = importlib.import_module(group)
    return module.measure(quick)


def run_group(group: str, quick: bool) -> tuple[dict, str | None]:
    """Measure one group in a fresh process; return ({key: figure dict}, error or None)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_SCALE_FACTOR", "1")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lossstudio-bench-settings-")
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as out:
        path = out.name
    command = [sys.executable, str(Path(__file__).resolve()), "--group", group, "--out", path]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    try:
        text = Path(path).read_text()
    finally:
        Path(path).unlink(missing_ok=True)
    if done.returncode != 0 or not text:
        tail = (done.stderr or done.stdout).strip().splitlines()[-15:]
        return {}, f"{group} crashed (exit {done.returncode}):\n    " + "\n    ".join(tail)
    return {figure["key"]: figure for figure in json.loads(text)}, None


def meets(value: float | None, comparison: str, goal: float) -> bool | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value <= goal if comparison == "<=" else value >= goal


def fmt(value: float | None) -> str:
    if value is None:
        return "null"
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"


def table(results: dict, quick: bool) -> str:
    rows = [("figure", "value", "goal", "result", "how it was measured")]
    for key, comparison, goal, unit, _group in GOALS:
        figure = results.get(key, {"value": None, "detail": "not run"})
        value = figure["value"]
        verdict = meets(value, comparison, goal)
        result = {True: "pass", False: "FAIL", None: "n/a"}[verdict]
        shown = fmt(value) + ("" if value is None else f" {unit}")
        rows.append((key, shown, f"{comparison} {fmt(goal)} {unit}", result, figure["detail"]))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for index, row in enumerate(rows):
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
            + "  "
            + row[4]
        )
        if index == 0:
            lines.append("  ".join("-" * width for width in widths) + "  " + "-" * 20)
    if quick:
        lines.append(
            "(quick mode: fewer repetitions and shorter runs; a smoke test, not the figures)"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    parser.add_argument("--quick", action="store_true", help="fast smoke run (< 60 s)")
    parser.add_argument("--only", help="comma-separated groups: " + ", ".join(GROUPS))
    parser.add_argument("--save", metavar="FILE.json", help="also write the JSON object here")
    parser.add_argument("--group", help=argparse.SUPPRESS)  # child side
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.group:  # the child: measure one group, write its figures as JSON
        figures = run_group_here(args.group, args.quick)
        Path(args.out).write_text(json.dumps([asdict(f) for f in figures]))
        return 0

    groups = GROUPS if not args.only else tuple(args.only.split(","))
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    results: dict = {}
    errors = []
    started = time.monotonic()
    for group in groups:
        t0 = time.monotonic()
        figures, error = run_group(group, args.quick)
        results.update(figures)
        if error:
            errors.append(error)
            for key, *_rest, owner in GOALS:
                if owner == group:
                    results[key] = {"key": key, "value": None, "detail": "crashed", "extra": {}}
        print(f"[{group}: {time.monotonic() - t0:.1f} s]", file=sys.stderr, flush=True)

    out = {key: results.get(key, {}).get("value") for key, *_ in GOALS}
    if args.save:
        Path(args.save).write_text(json.dumps(out, indent=2) + "\n")
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(table(results, args.quick))
        for figure in results.values():  # a group's own detailed table (paint: every case)
            if figure.get("extra", {}).get("table"):
                print("\n" + figure["extra"]["table"])
        print(f"\n{time.monotonic() - started:.0f} s in all")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
