"""Painted frames: from a change to the end of the paint it causes, against one bare plot.

A frame of ours is one change (a ``preview`` of a moved state, a real mouse move on the contour
map, one tick of the Descent race) followed by ``QApplication.processEvents()`` until a pass
delivers no event at all (every queued scene update, layout and paint done, the offscreen
backing store painted). The benchmark checks that the plot's viewport really received a paint
event in each frame (``painted`` in the table).

The baseline, in the same process and the same run, frames alternating with ours: one bare
``pg.PlotWidget`` of the same size as the main window with the chapter's 50 points, the line
and its residual segments, moved along the same drag path with ``setData`` and painted the
same way. Ratio = median of ours / median of bare.

Each window size runs in its own process (``QT_SCALE_FACTOR`` must be set before Qt starts):
1440 x 900, 1920 x 1080, and 1920 x 1080 logical pixels at device pixel ratio 2 (a 4K screen).

    python benchmarks/paint.py                      # every size and case, a table
    python benchmarks/paint.py --quick              # a smoke run (one size, few frames)
    python benchmarks/paint.py --sizes 1920x1080@2 --cases regression_m50_squares --profile
    python benchmarks/paint.py --repeats 3          # three runs; medians of the ratios

``--profile`` adds, per case, the milliseconds a frame spends in each plot's paint (by the
view's objectName) and in each item class's ``paint``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Figure, median  # noqa: E402

SIZES = ("1440x900@1", "1920x1080@1", "1920x1080@2")
CASES = (
    "regression_m50_squares",
    "regression_m50_plain",
    "regression_m100000_squares",
    "regression_m100000_plain",
    "contour_drag",
    "descent_race",
    "catalog_marker",
    "catalog_walk",
    "regression_glide",
)
#: frames per case (each side), full and quick
FRAMES = {"full": 30, "quick": 6}


# --- the child side: one window size in this process ---------------------------------------
class Watch:
    """An application-wide event filter: counts every event, and paints per receiver."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                watch.events += 1
                if event.type() == paint:
                    watch.paints[id(obj)] += 1
                return False

        self.events = 0
        self.paints: dict[int, int] = defaultdict(int)
        self.filter = Filter()

    def install(self, app) -> None:
        app.installEventFilter(self.filter)

    def settle(self, passes: int = 50) -> int:
        """processEvents until a pass delivers nothing; the number of passes."""
        from PySide6.QtWidgets import QApplication

        for index in range(passes):
            self.events = 0
            QApplication.processEvents()
            if self.events == 0:
                return index + 1
        return passes


class Profile:
    """Per-view and per-item-class paint time, by wrapping the Python ``paint`` methods.

    The wrappers go in before any widget exists (PySide looks a virtual's override up once),
    and only count while ``on``; a profiled run's frames are slower than a plain run's.
    """

    def __init__(self):
        import pyqtgraph as pg

        # load every module whose items may paint, so their classes are wrapped too
        import lossstudio.ui.catalog.items
        import lossstudio.ui.descent.items
        import lossstudio.ui.regression.items  # noqa: F401

        self.views: dict[str, float] = defaultdict(float)
        self.items: dict[str, float] = defaultdict(float)
        self.frames = 0
        self.on = False
        self._wrap_view(pg.GraphicsView)
        for cls in _graphics_classes():
            if "paint" in cls.__dict__:
                self._wrap_item(cls)

    def _wrap_view(self, cls) -> None:
        original = cls.paintEvent
        profile = self

        def paintEvent(view, event):
            if not profile.on:
                return original(view, event)
            start = time.process_time()
            try:
                return original(view, event)
            finally:
                name = view_name(view)
                profile.views[name] += time.process_time() - start

        cls.paintEvent = paintEvent

    def _wrap_item(self, cls) -> None:
        original = cls.__dict__["paint"]
        profile = self
        name = cls.__name__

        def paint(item, *args, **kwargs):
            if not profile.on:
                return original(item, *args, **kwargs)
            start = time.process_time()
            try:
                return original(item, *args, **kwargs)
            finally:
                profile.items[name] += time.process_time() - start

        cls.paint = paint

    def start(self) -> None:
        self.on = True

    def stop(self) -> None:
        self.on = False

    def report(self) -> dict:
        n = max(self.frames, 1)

        def per_frame(values):
            return {k: 1e3 * v / n for k, v in sorted(values.items(), key=lambda kv: -kv[1])}

        return {"views_ms": per_frame(self.views), "items_ms": per_frame(self.items)}


def _attributes(tab):
    """(dotted attribute, value) of the tab and its direct parts (tab.plots.contour, ...)."""
    for name, value in vars(tab).items():
        yield name, value
        if hasattr(value, "__dict__") and not name.startswith("_"):
            for inner, part in vars(value).items():
                yield f"{name}.{inner}", part


def view_name(view) -> str:
    """A plot's objectName (on the widget, or on its PlotItem as pg.PlotWidget(objectName=...)
    puts it)."""
    name = view.objectName()
    if not name and hasattr(view, "getPlotItem"):
        name = view.getPlotItem().objectName()
    return name or type(view).__name__


def _graphics_classes():
    """Every loaded class derived from QGraphicsItem (pyqtgraph's and ours)."""
    from PySide6.QtWidgets import QGraphicsItem

    seen, stack = set(), [QGraphicsItem]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
    return seen


class Bare:
    """One bare PlotWidget: the chapter's 50 points, the line and its residual segments."""

    def __init__(self, width: int, height: int, x, y):
        import pyqtgraph as pg

        self.widget = pg.PlotWidget()
        self.widget.resize(width, height)
        self.widget.setWindowTitle("bare")
        self.x, self.y = np.asarray(x, float), np.asarray(y, float)
        self.points = pg.ScatterPlotItem(
            self.x, self.y, size=9, pen=pg.mkPen("w", width=1), brush=pg.mkBrush("#0072B2")
        )
        self.residuals = pg.PlotDataItem(pen=pg.mkPen("#CC79A7", width=1.5), connect="pairs")
        self.line = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=3.5))
        for item in (self.residuals, self.line, self.points):
            self.widget.addItem(item)
        self.widget.setRange(
            xRange=(self.x.min(), self.x.max()), yRange=(self.y.min(), self.y.max()), padding=0.08
        )
        self.widget.show()

    def move(self, w: float, b: float) -> None:
        (x0, x1), _ = self.widget.getViewBox().viewRange()
        span = x1 - x0
        ends = np.array([x0 - span, x1 + span])
        self.line.setData(ends, w * ends + b)
        z = w * self.x + b
        self.residuals.setData(np.repeat(self.x, 2), np.column_stack([self.y, z]).ravel())

    def viewport_id(self) -> int:
        return id(self.widget.viewport())


#: A drag goes once round its loop in this many frames: 2 s at 60 frames a second, a quick
#: sweep of the hand. (Each frame moves on by as much as a 60 Hz pointer would; a path that
#: jumped across the slices' ranges every frame would re-scale their axes far more often than
#: a person's drag does.)
CYCLE_FRAMES = 120


def drag_path(frames: int, w0: float, b0: float):
    t = 2.0 * np.pi * np.arange(frames) / CYCLE_FRAMES
    return w0 + 0.8 * np.sin(t), b0 + 0.5 * np.sin(2.0 * t)


def dataset(m: int):
    from lossstudio.engine.datasets import chapter3_line

    if m == 50:
        return chapter3_line()
    rng = np.random.default_rng(3)
    x = rng.uniform(0.0, 1.0, m)
    return x, 2.0 * x + 3.0 + rng.normal(0.0, 0.25, m)


class Child:
    """The main window and the bare plot at one size, and one driver per case."""

    def __init__(self, width: int, height: int, profile: bool):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from common import qt_app

        self.app = qt_app()
        self.profile = Profile() if profile else None
        from lossstudio.ui.main_window import MainWindow

        self.window = MainWindow()
        self.window.resize(width, height)
        self.window.show()
        self.bare = Bare(width, height, *dataset(50))
        self.watch = Watch()
        self.watch.install(self.app)
        self.watch.settle()
        self.dpr = self.window.devicePixelRatioF()

    def show(self, key: str):
        import pyqtgraph as pg

        self.window.show_tab(key)
        self.watch.settle()
        tab = self.window.pages[key]
        if self.profile is not None:  # name the unnamed plots for the profile (tab.attribute)
            for attribute, value in _attributes(tab):
                if isinstance(value, pg.GraphicsView) and not view_name(value).count("."):
                    value.setObjectName(f"{key}.{attribute}")
        return tab

    # each driver: (setup() -> None, frame(i) -> None, viewport whose paint is checked, teardown)
    def regression(self, m: int, squares: bool):
        from lossstudio.model import regression as model

        tab = self.show("regression")
        x, y = dataset(m)
        base = model.default_state() if m == 50 else model.with_data(tab.state(), x, y)
        base = dataclasses.replace(base, squares=squares, residuals=True)
        tab.set_state(base)
        tab.finish()
        self.watch.settle()
        fit = model.best_fit(np.asarray(x, float), np.asarray(y, float), "squared")
        return tab, base, fit

    def drive_regression(self, m: int, squares: bool, frames: int):
        from lossstudio.model import regression as model

        tab, base, fit = self.regression(m, squares)
        ws, bs = drag_path(frames + 3, *fit)

        def frame(i):
            tab.preview(model.with_line(tab.state(), ws[i], bs[i]))

        def done():
            tab.finish()
            tab.set_state(base)

        return frame, tab.plot.viewport(), done

    def drive_contour(self, frames: int):
        import mouse

        tab, base, fit = self.regression(50, True)
        view = tab.views.contour
        plot = view.getPlotItem()
        ws, bs = drag_path(frames + 3, *fit)
        points = [mouse.to_viewport(view, plot, w, b) for w, b in zip(ws, bs, strict=True)]
        # the drag begins once the pointer has moved a few pixels: press beside the path's
        # start, one untimed move onto it
        start = points[0] - mouse.QPoint(12, 0)
        mouse.move(view, start, mouse.Qt.MouseButton.NoButton)
        mouse.press(view, start)
        mouse.move(view, points[0])
        self.watch.settle()

        def frame(i):
            mouse.move(view, points[i])

        def done():
            mouse.release(view, points[-1])
            tab.set_state(base)

        return frame, view.viewport(), done

    def drive_race(self, frames: int):
        from common import FrameClock

        from lossstudio.engine.descent import OPTIMIZERS

        tab = self.show("descent")
        # one step of the race a frame (frames driven back to back would mostly find no step
        # due by the tab's own clock, and draw nothing: "painted 0/6")
        real_clock = tab.clock
        clock = FrameClock.install(tab)

        def restart():
            state = tab.default_state()
            tab.set_state(
                dataclasses.replace(state, racing=tuple(OPTIMIZERS), playing=True, iteration=0)
            )
            tab.timer.stop()

        restart()
        self.watch.settle()

        def frame(i):
            clock.advance()
            tab.timer.timeout.emit()
            tab.timer.stop()
            if not tab.state().playing:  # the race ended: again (this frame then paints it)
                restart()

        def done():
            tab.set_state(tab.default_state())
            tab.timer.stop()
            tab.clock = real_clock

        return frame, tab.plots.contour.viewport(), done

    def drive_catalog(self, frames: int):
        tab = self.show("catalog")
        tab.pages.setCurrentIndex(0)
        self.watch.settle()
        if self.profile is not None and not view_name(tab.single.plot).count("."):
            tab.single.plot.setObjectName("catalog.single.plot")
        base = tab.state()
        from lossstudio.model.catalog import clamp_prediction

        xs = 0.5 + 2.0 * np.sin(2.0 * np.pi * np.arange(frames + 3) / CYCLE_FRAMES)

        def frame(i):
            a = clamp_prediction(base.loss, round(float(xs[i]), 4))
            tab.preview(dataclasses.replace(tab.state(), prediction=a))

        def done():
            tab.finish()
            tab.set_state(base)

        return frame, tab.single.plot.viewport(), done

    def drive_catalog_walk(self, frames: int):
        """Figure 3-1's walk as Play shows it: one more step a frame (a tick of the page's
        timer sends exactly this change), back to x0 after the last step."""
        from lossstudio.model.catalog import MAX_STEPS

        tab = self.show("catalog")
        tab.pages.setCurrentIndex(3)  # Figure 3-1
        self.watch.settle()
        page = tab.descent
        base = tab.state()
        tab.set_state(dataclasses.replace(base, steps=0))
        self.watch.settle()

        def frame(i):
            steps = tab.state().steps + 1
            tab.preview(dataclasses.replace(tab.state(), steps=steps if steps <= MAX_STEPS else 0))

        def done():
            tab.finish()
            tab.set_state(base)
            tab.pages.setCurrentIndex(0)

        return frame, page.plot.viewport(), done

    def drive_glide(self, frames: int):
        """The Regression line gliding into the best fit (``--record`` of the tab): the
        recorder's own states (``recording.glide_states``), each set on the tab."""
        from lossstudio.model import recording

        tab, base, fit = self.regression(50, True)
        fps = (frames + 3) / recording.GLIDE_SECONDS  # the whole glide in the frames driven
        states = recording.glide_states(base, fit, fps, frames + 3)

        def frame(i):
            tab.set_state(states[i])

        def done():
            tab.set_state(base)

        return frame, tab.plot.viewport(), done

    def driver(self, case: str, frames: int):
        if case.startswith("regression_m"):
            m_text, kind = case[len("regression_m") :].split("_")
            return self.drive_regression(int(m_text), kind == "squares", frames)
        return {
            "contour_drag": self.drive_contour,
            "descent_race": self.drive_race,
            "catalog_marker": self.drive_catalog,
            "catalog_walk": self.drive_catalog_walk,
            "regression_glide": self.drive_glide,
        }[case](frames)

    def run_case(self, case: str, frames: int) -> dict:
        frame, viewport, done = self.driver(case, frames)
        if self.profile is not None:
            self.profile.views.clear()
            self.profile.items.clear()
            self.profile.frames = 0
        w0, b0 = 2.0, 3.0
        bws, bbs = drag_path(frames + 3, w0, b0)
        ours, bare, painted, bare_painted = [], [], 0, 0
        watch = self.watch
        ours_id, bare_id = id(viewport), self.bare.viewport_id()
        profile = self.profile
        for i in range(frames + 3):
            timed = i >= 3  # three untimed warm-up frames
            if profile is not None and timed:
                profile.start()
            before = watch.paints[ours_id]
            elapsed = timed_frame(lambda i=i: frame(i), watch)
            if profile is not None and timed:
                profile.stop()
                profile.frames += 1
            if timed:
                ours.append(elapsed)
                painted += watch.paints[ours_id] > before
            before = watch.paints[bare_id]
            elapsed = timed_frame(lambda i=i: self.bare.move(bws[i], bbs[i]), watch)
            if timed:
                bare.append(elapsed)
                bare_painted += watch.paints[bare_id] > before
        done()
        watch.settle()
        wall = [median([t[0] for t in side]) for side in (ours, bare)]
        cpu = [median([t[1] for t in side]) for side in (ours, bare)]
        result = {
            "ours_ms": 1e3 * wall[0],
            "bare_ms": 1e3 * wall[1],
            "ratio": wall[0] / wall[1],
            "ours_cpu_ms": 1e3 * cpu[0],
            "bare_cpu_ms": 1e3 * cpu[1],
            "cpu_ratio": cpu[0] / cpu[1],
            "painted": f"{painted}/{len(ours)}",
            "bare_painted": f"{bare_painted}/{len(bare)}",
        }
        if self.profile is not None:
            result["profile"] = self.profile.report()
        return result


def timed_frame(change, watch) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) from ``change()`` to the idle event loop."""
    wall, cpu = time.perf_counter(), time.process_time()
    change()
    watch.settle()
    return time.perf_counter() - wall, time.process_time() - cpu


def child_main(size: str, cases: list[str], frames: int, profile: bool, out: str) -> None:
    dims, _scale = size.split("@")
    width, height = (int(v) for v in dims.split("x"))
    child = Child(width, height, profile)
    results = {"dpr": child.dpr}
    for case in cases:
        results[case] = child.run_case(case, frames)
    child.window.close()
    child.bare.widget.close()
    Path(out).write_text(json.dumps(results))


# --- the parent side ---------------------------------------------------------------------------
def run_size(size: str, cases, frames: int, profile: bool) -> dict:
    """One window size in a fresh process; its results."""
    scale = size.split("@")[1]
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_SCALE_FACTOR"] = scale
    env.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="lossstudio-bench-settings-"))
    tests_ui = str(HERE.parent / "tests" / "ui")  # mouse.py: real mouse events
    env["PYTHONPATH"] = os.pathsep.join(
        [tests_ui, str(HERE.parent)] + [p for p in [env.get("PYTHONPATH")] if p]
    )
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as handle:
        path = handle.name
    command = [sys.executable, str(Path(__file__).resolve()), "--child", size, "--out", path]
    command += ["--cases", ",".join(cases), "--frames", str(frames)]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    try:
        text = Path(path).read_text()
    finally:
        Path(path).unlink(missing_ok=True)
    if done.returncode != 0 or not text:
        tail = (done.stderr or done.stdout).strip().splitlines()[-15:]
        raise RuntimeError(f"paint {size} crashed (exit {done.returncode}):\n" + "\n".join(tail))
    return json.loads(text)


def label(size: str) -> str:
    dims, scale = size.split("@")
    return dims.replace("x", " x ") + (f" @{scale}x" if scale != "1" else "")


def combine(runs: list[dict]) -> dict:
    """Medians over repeated runs of one size (ours, bare and their ratio each)."""
    out = {"dpr": runs[0]["dpr"]}
    for case in runs[0]:
        if case == "dpr":
            continue
        rows = [run[case] for run in runs]
        out[case] = {
            key: median([row[key] for row in rows])
            for key in ("ours_ms", "bare_ms", "ratio", "ours_cpu_ms", "bare_cpu_ms", "cpu_ratio")
        }
        out[case]["painted"] = ", ".join(row["painted"] for row in rows)
        out[case]["runs"] = [round(row["ratio"], 2) for row in rows]
        out[case]["cpu_runs"] = [round(row["cpu_ratio"], 2) for row in rows]
        if "profile" in rows[0]:
            out[case]["profile"] = rows[-1]["profile"]
    return out


def measure_all(sizes, cases, frames: int, repeats: int, profile: bool) -> dict:
    results = {}
    for size in sizes:
        runs = [run_size(size, cases, frames, profile) for _ in range(repeats)]
        results[size] = combine(runs)
    return results


def table(results: dict) -> str:
    """Wall-clock medians (what a person waits), CPU-time medians (this process's, steadier
    on a shared machine: another process's time slice is not counted) and their ratios."""
    lines = [
        "| window | case | ours ms | bare ms | ratio | ours CPU ms | bare CPU ms | CPU ratio "
        "| fps (ours) | painted |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, cases in results.items():
        for case, row in cases.items():
            if case == "dpr":
                continue
            lines.append(
                f"| {label(size)} | {case} | {row['ours_ms']:.1f} | {row['bare_ms']:.1f} | "
                f"{row['ratio']:.2f} | {row['ours_cpu_ms']:.1f} | {row['bare_cpu_ms']:.1f} | "
                f"{row['cpu_ratio']:.2f} | {1e3 / row['ours_ms']:.0f} | {row['painted']} |"
            )
    return "\n".join(lines)


def profile_text(results: dict) -> str:
    out = []
    for size, cases in results.items():
        for case, row in cases.items():
            if case == "dpr" or "profile" not in row:
                continue
            prof = row["profile"]
            out.append(f"{label(size)}, {case}: ours {row['ours_ms']:.1f} ms a frame")
            out.append(
                "  views (paintEvent, ms a frame): "
                + ", ".join(f"{k} {v:.2f}" for k, v in prof["views_ms"].items() if v >= 0.05)
            )
            out.append(
                "  items (paint, ms a frame):      "
                + ", ".join(f"{k} {v:.2f}" for k, v in prof["items_ms"].items() if v >= 0.05)
            )
    return "\n".join(out)


#: the figures run.py shows against the issue's goals
def figures(results: dict) -> list[Figure]:
    out = []
    for size, key in (
        ("1920x1080@1", "paint_drag_ratio_1920x1080"),
        ("1920x1080@2", "paint_drag_ratio_1920x1080_dpr2"),
    ):
        row = results.get(size, {}).get("regression_m50_squares")
        out.append(
            Figure(
                key,
                None if row is None else row["ratio"],
                "not measured (quick mode: 1440 x 900 only)"
                if row is None
                else f"Regression drag m=50, squares: ours {row['ours_ms']:.1f} ms / bare plot {row['bare_ms']:.1f} ms painted",
            )
        )
    for size, key in (
        ("1920x1080@1", "paint_race_fps_1920x1080"),
        ("1440x900@1", "paint_race_fps_1440x900"),
    ):
        row = results.get(size, {}).get("descent_race")
        out.append(
            Figure(
                key,
                None if row is None else 1e3 / row["ours_ms"],
                "not measured (quick mode: 1440 x 900 only)"
                if row is None
                else f"Descent race: {row['ours_ms']:.1f} ms a painted frame (median)",
            )
        )
    return out


def measure(quick: bool) -> list[Figure]:
    """run.py's group: every size (full) or 1440 x 900 only (quick)."""
    sizes = ("1440x900@1",) if quick else SIZES
    frames = FRAMES["quick" if quick else "full"]
    results = measure_all(sizes, CASES, frames, 1, False)
    figs = figures(results)
    figs.append(Figure("paint_table", None, "", {"table": table(results)}))
    return figs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one size, few frames")
    parser.add_argument("--sizes", help="comma-separated, e.g. 1920x1080@2 (@ device pixel ratio)")
    parser.add_argument("--cases", help="comma-separated: " + ", ".join(CASES))
    parser.add_argument("--frames", type=int, help="timed frames per case and side")
    parser.add_argument("--repeats", type=int, default=1, help="runs per size (medians)")
    parser.add_argument("--profile", action="store_true", help="per-view and per-item paint ms")
    parser.add_argument("--save", metavar="FILE.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cases = args.cases.split(",") if args.cases else list(CASES)
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error("unknown cases: " + ", ".join(sorted(unknown)))
    frames = args.frames or FRAMES["quick" if args.quick else "full"]
    if args.child:
        child_main(args.child, cases, frames, args.profile, args.out)
        return 0
    sizes = args.sizes.split(",") if args.sizes else (("1440x900@1",) if args.quick else SIZES)
    started = time.monotonic()
    results = measure_all(sizes, cases, frames, args.repeats, args.profile)
    print(table(results))
    if args.profile:
        print()
        print(profile_text(results))
    print(f"\n{time.monotonic() - started:.0f} s in all")
    if args.save:
        Path(args.save).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
