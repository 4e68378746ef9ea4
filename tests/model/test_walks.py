"""The Descent tab's walks, without Qt: one precomputed engine descent per racing optimizer."""

from __future__ import annotations

import numpy as np
from numpy.testing import assert_allclose

from lossstudio.engine.descent import descend
from lossstudio.model.descent import MAX_STEPS, TOLERANCE, DescentState
from lossstudio.model.walks import (
    HEAD,
    TAIL,
    drawn_indices,
    last_iteration,
    outside,
    running_bounds,
    surface_of,
    walks_of,
)


def test_walks_are_the_engine_descents_and_playback_ends_with_the_longest():
    state = DescentState(racing=("gd", "momentum", "adam"), focus="gd")
    surface = surface_of(state)
    walks = walks_of(state)
    assert set(walks) == {"gd", "momentum", "adam"}
    gd = walks["gd"]
    optimizer = state.settings_for("gd").optimizer()
    expected = descend(
        surface.gradient, np.array(state.start), optimizer, MAX_STEPS, tolerance=TOLERANCE
    )
    assert_allclose(gd.descent.path, expected.path)
    assert_allclose(gd.losses, surface.path_values(expected.path))
    assert last_iteration(state) == max(walk.steps for walk in walks.values())
    assert gd.index(10**9) == gd.steps and gd.index(-3) == 0


def test_running_bounds_are_each_prefix_s_extremes():
    rng = np.random.default_rng(5)
    xs, ys = rng.normal(size=50), rng.normal(size=50)
    bounds = running_bounds(xs, ys)
    for i in (0, 7, 49):
        assert_allclose(
            bounds[i], [xs[: i + 1].min(), xs[: i + 1].max(), ys[: i + 1].min(), ys[: i + 1].max()]
        )


def test_drawn_points_of_a_long_walk_keep_its_start_and_end():
    """Up to HEAD + TAIL points all are drawn; beyond, the first HEAD, a power-of-two stride
    and the last point (so the drawn walk ends where the runner is)."""
    assert drawn_indices(HEAD + TAIL) is None
    for count in (HEAD + TAIL + 1, 5000, 99_999):
        index = drawn_indices(count)
        assert_allclose(index[:HEAD], np.arange(HEAD))
        assert index[-1] == count - 1 and np.all(np.diff(index) > 0)
        assert index.size <= HEAD + 2 * TAIL + 1
        stride = np.diff(index[HEAD:-1])
        assert stride.size == 0 or (
            np.all(stride == stride[0]) and stride[0] & (stride[0] - 1) == 0
        )


def test_which_edge_a_walk_left_the_map_by():
    view = (-1.0, 1.0, -2.0, 2.0)
    assert outside((0.0, 0.0), view) == (0, 0)
    assert outside((1.0, 2.0), view) == (0, 0)  # on the edge is on the map
    assert outside((3.0, 0.0), view) == (1, 0)
    assert outside((-3.0, -5.0), view) == (-1, -1)
    assert outside((0.5, 9.0), view) == (0, 1)
