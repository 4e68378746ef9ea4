"""Dragging the line on the Regression tab, against a bare pyqtgraph redraw and matplotlib.

One drag step of ours: ``tab.preview(with_line(state, w, b))`` (state -> engine -> every item,
readout and slice) and ``tab.repaint()`` of the whole tab, offscreen, in the 1440 x 900 main
window. The bare redraw moves the same pyqtgraph items of the same tab to the same drag
positions with nothing but their own ``setData`` / ``setText`` (the data recorded from our own
steps, so no state, engine or readout is involved) and repaints the whole tab the same way.
Steps alternate between the two (each moves the line on), so drift hits both alike.

matplotlib draws the same scene (the data with line, residuals and squares, the contour map of
J with its marker, the two slices of J) with Agg at the same size, one full ``canvas.draw()``
per step, the way a matplotlib version of the tab would have to.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from common import Figure, is_placeholder, median, process_events, qt_app


def make_window():
    qt_app()
    from lossstudio.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.show_tab("regression")
    process_events(5)
    return window, window.pages["regression"]


def dataset(m: int):
    """m samples: the chapter's 50 for m = 50, else a noisy line with m points."""
    from lossstudio.engine.datasets import chapter3_line

    if m == 50:
        return chapter3_line()
    rng = np.random.default_rng(3)
    x = rng.uniform(0.0, 1.0, m)
    return x, 2.0 * x + 3.0 + rng.normal(0.0, 0.25, m)


def drag_path(steps: int, w0: float, b0: float):
    t = np.linspace(0.0, 2.0 * np.pi, steps)
    return w0 + 0.8 * np.sin(t), b0 + 0.5 * np.sin(2.0 * t)


def _items(tab):
    out = []
    for view in tab.findChildren(pg.PlotWidget):
        for item in view.getPlotItem().items:
            out.append(item)
            out.extend(child for child in item.childItems() if isinstance(child, pg.TextItem))
        out.extend(
            child
            for child in view.getPlotItem().getViewBox().childItems()
            if isinstance(child, pg.TextItem)
        )
    return out


def snapshot(tab) -> dict:
    """What each pyqtgraph item of the tab shows now (data arrays, text)."""
    shot = {}
    for item in _items(tab):
        if isinstance(item, pg.PlotDataItem | pg.ScatterPlotItem):
            x, y = item.getData()
            shot[id(item)] = (item, "data", None if x is None else (x.copy(), y.copy()))
        elif isinstance(item, pg.TextItem):
            shot[id(item)] = (item, "text", item.textItem.toPlainText())
    return shot


def changes(before: dict, after: dict) -> list:
    """The items whose content differs between two snapshots, with their new content."""
    out = []
    for key, (item, kind, value) in after.items():
        old = before.get(key, (None, None, object()))[2]
        if kind == "text":
            same = old == value
        elif value is None or old is None:
            same = value is old
        else:
            same = (
                old[0].shape == value[0].shape
                and np.array_equal(old[0], value[0], equal_nan=True)
                and np.array_equal(old[1], value[1], equal_nan=True)
            )
        if not same:
            out.append((item, kind, value))
    return out


def bare_step(tab, updates, squares_args) -> None:
    """Move the same items with their own pyqtgraph calls only, then repaint the tab."""
    for item, kind, value in updates:
        if kind == "text":
            item.setText(value)
        elif value is None:
            item.setData([], [])
        else:
            item.setData(*value)
    if squares_args is not None:
        tab.squares.set_squares(*squares_args)
    tab.repaint()


def measure_tab(tab, m: int, steps: int):
    """Median seconds per step: ours, bare pyqtgraph; and the recorded first state."""
    from lossstudio.model import regression as model

    x, y = dataset(m)
    state = model.with_data(tab.state(), x, y) if m != 50 else model.default_state()
    tab.set_state(state)
    tab.finish()
    process_events(3)
    fit = model.best_fit(np.asarray(x), np.asarray(y), "squared")
    ws, bs = drag_path(2 * steps + 1, fit[0], fit[1])

    # record what our steps show, to replay them bare
    recorded = []
    previous = snapshot(tab)
    for w, b in zip(ws, bs, strict=True):
        tab.preview(model.with_line(tab.state(), w, b))
        current = snapshot(tab)
        sx, sy = tab.data_box.viewPixelSize()
        _, drawn_x, drawn_y = tab.drawn()  # the squares of the points drawn, as ours draws
        squares = (drawn_x, drawn_y, w * drawn_x + b, sx / sy) if tab.state().squares else None
        recorded.append((changes(previous, current), squares))
        previous = current
    tab.finish()
    tab.set_state(state)
    process_events(3)

    ours, bare = [], []
    for i, (w, b) in enumerate(zip(ws, bs, strict=True)):
        if i % 2 == 0:
            start = time.perf_counter()
            tab.preview(model.with_line(tab.state(), w, b))
            tab.repaint()
            ours.append(time.perf_counter() - start)
        else:
            updates, squares = recorded[i]
            start = time.perf_counter()
            bare_step(tab, updates, squares)
            bare.append(time.perf_counter() - start)
        process_events(1)  # untimed: the queued repaints Qt would merge into the next frame
    tab.finish()
    return ours[2:], bare[2:]


# --- matplotlib ----------------------------------------------------------------------------------
def matplotlib_scene(steps: int):
    """Seconds per step for the same scene drawn by matplotlib (Agg), m = 50."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection, PolyCollection

    from lossstudio.engine.regression import least_squares, loss_grid

    x, y = dataset(50)
    w_star, b_star = least_squares(x, y)
    ws_axis = np.linspace(w_star - 2.0, w_star + 2.0, 101)
    bs_axis = np.linspace(b_star - 2.5, b_star + 2.5, 101)
    grid = loss_grid(x, y, ws_axis, bs_axis)

    fig = plt.figure(figsize=(14.4, 9.0), dpi=100)
    spec = fig.add_gridspec(5, 9, left=0.25, right=0.98, top=0.95, bottom=0.07)
    ax = fig.add_subplot(spec[:, :5])
    contour = fig.add_subplot(spec[:3, 5:])
    slice_w = fig.add_subplot(spec[3:, 5:7])
    slice_b = fig.add_subplot(spec[3:, 7:])
    ax.scatter(x, y, s=40, zorder=3)
    (line,) = ax.plot([], [], lw=3)
    residuals = LineCollection([], colors="C3", lw=1.5)
    ax.add_collection(residuals)
    squares = PolyCollection([], facecolors=(0.8, 0.4, 0.0, 0.15), edgecolors="C1")
    ax.add_collection(squares)
    label = ax.text(0.02, 0.95, "", transform=ax.transAxes, fontsize=16)
    ax.set_xlim(x.min() - 0.1, x.max() + 0.1)
    ax.set_ylim(y.min() - 0.5, y.max() + 0.5)
    ax.set(title="Samples, the line and its residuals", xlabel="x", ylabel="y")
    contour.imshow(
        np.log10(grid),
        origin="lower",
        aspect="auto",
        extent=(ws_axis[0], ws_axis[-1], bs_axis[0], bs_axis[-1]),
        cmap="cividis",
    )
    contour.contour(ws_axis, bs_axis, grid, levels=np.geomspace(grid.min(), grid.max(), 12)[1:-1])
    contour.plot([w_star], [b_star], "*", ms=14)
    (marker,) = contour.plot([], [], "o", ms=12)
    contour.set(title="J(w, b)", xlabel="w", ylabel="b")
    curves = []
    for axis, name in ((slice_w, "w"), (slice_b, "b")):
        (curve,) = axis.plot([], [])
        (dot,) = axis.plot([], [], "o")
        axis.set(title=f"J({name})", xlabel=name, ylabel="J")
        curves.append((axis, curve, dot))

    ws, bs = drag_path(steps, w_star, b_star)

    def step(w: float, b: float) -> None:
        ends = np.array([x.min() - 1.0, x.max() + 1.0])
        line.set_data(ends, w * ends + b)
        z = w * x + b
        residuals.set_segments(np.stack([np.column_stack([x, y]), np.column_stack([x, z])], 1))
        side = np.abs(z - y)
        squares.set_verts(
            [
                [(xi, yi), (xi + s, yi), (xi + s, zi), (xi, zi)]
                for xi, yi, zi, s in zip(x, y, z, side * 0.02, strict=True)
            ]
        )
        label.set_text(f"z = {w:.4g}x + {b:.4g}")
        j = float(loss_grid(x, y, [w], [b])[0, 0])
        marker.set_data([w], [b])
        along_w = loss_grid(x, y, ws_axis, [b])[0]
        along_b = loss_grid(x, y, [w], bs_axis)[:, 0]
        for (axis, curve, dot), axis_values, values, here in (
            (curves[0], ws_axis, along_w, w),
            (curves[1], bs_axis, along_b, b),
        ):
            curve.set_data(axis_values, values)
            dot.set_data([here], [j])
            axis.relim()
            axis.autoscale_view()
        fig.canvas.draw()

    times = []
    for w, b in zip(ws, bs, strict=True):
        start = time.perf_counter()
        step(w, b)
        times.append(time.perf_counter() - start)
    plt.close(fig)
    return times[2:]


def measure(quick: bool) -> list[Figure]:
    window, tab = make_window()
    if is_placeholder(tab):
        return [
            Figure(key, None, "the Regression tab is not built yet")
            for key in (
                "drag_ratio_m50",
                "drag_ratio_m10000",
                "drag_ratio_m1000000_vs_m50",
                "drag_vs_matplotlib_m50",
            )
        ]
    figures = []
    steps = {50: 12 if quick else 150, 10_000: 5 if quick else 60}
    ours50 = None
    for m, n in steps.items():
        ours, bare = measure_tab(tab, m, n)
        if m == 50:
            ours50 = ours
        figures.append(
            Figure(
                f"drag_ratio_m{m}",
                median(ours) / median(bare),
                f"ours {median(ours) * 1e3:.2f} ms / bare pyqtgraph {median(bare) * 1e3:.2f} ms "
                f"(medians of {len(ours)} alternating steps, whole tab repainted)",
                {"ours_s": ours, "bare_s": bare},
            )
        )
    # the same drag path at 1,000,000 points: with the moments kept, a line drag costs what
    # it costs at the chapter's 50 (the absolute loss keeps its sample, as today)
    ours_1m, _ = measure_tab(tab, 1_000_000, 4 if quick else 30)
    ours50_again, _ = measure_tab(tab, 50, 4 if quick else 30)
    figures.append(
        Figure(
            "drag_ratio_m1000000_vs_m50",
            median(ours_1m) / median(ours50_again),
            f"ours at 1,000,000 points {median(ours_1m) * 1e3:.2f} ms / at 50 points "
            f"{median(ours50_again) * 1e3:.2f} ms (medians of {len(ours_1m)} and "
            f"{len(ours50_again)} steps of the same drag path, whole tab repainted)",
            {"m1000000_s": ours_1m, "m50_s": ours50_again},
        )
    )
    mpl = matplotlib_scene(4 if quick else 30)
    # ours again right after, so both sides of this ratio come from the same minute
    ours_again, _ = measure_tab(tab, 50, 5 if quick else 40)
    ours_all = ours50 + ours_again
    figures.append(
        Figure(
            "drag_vs_matplotlib_m50",
            median(mpl) / median(ours_all),
            f"matplotlib Agg {median(mpl) * 1e3:.1f} ms / ours {median(ours_all) * 1e3:.2f} ms "
            f"(medians, {len(mpl)} and {len(ours_all)} steps)",
            {"matplotlib_s": mpl},
        )
    )
    window.close()
    return figures
