"""The Descent tab's walks, without Qt: one precomputed engine descent per racing optimizer."""

from __future__ import annotations

import numpy as np
from numpy.testing import assert_allclose

from lossstudio.engine.descent import descend
from lossstudio.model.descent import MAX_STEPS, TOLERANCE, DescentState
from lossstudio.model.walks import last_iteration, surface_of, walks_of


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
