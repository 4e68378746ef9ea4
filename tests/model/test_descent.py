"""The Descent tab's state: validation, JSON round trips, the race and focus rules."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossstudio.engine.descent import OPTIMIZERS
from lossstudio.model.descent import (
    HYPER_PARAMETERS,
    LEARNING_RATE,
    MAX_STEPS,
    DescentState,
    OptimizerSettings,
)
from lossstudio.model.serial import SceneError


def test_default_round_trips_through_json_text():
    state = DescentState()
    assert DescentState.from_json(json.loads(json.dumps(state.to_json()))) == state


@given(
    surface=st.sampled_from(["chapter", "regression", "bowl", "banana"]),
    condition=st.floats(1.0, 100.0),
    start=st.tuples(st.floats(-100, 100), st.floats(-100, 100)),
    focus=st.sampled_from(OPTIMIZERS),
    others=st.sets(st.sampled_from(OPTIMIZERS)),
    rates=st.lists(st.floats(LEARNING_RATE.minimum, LEARNING_RATE.maximum), min_size=6, max_size=6),
    iteration=st.integers(0, MAX_STEPS),
    playing=st.booleans(),
    points=st.lists(st.tuples(st.floats(-10, 10), st.floats(-10, 10)), max_size=5),
)
def test_any_state_round_trips(
    surface, condition, start, focus, others, rates, iteration, playing, points
):
    state = DescentState(
        surface=surface,
        condition=condition,
        data_x=tuple(p[0] for p in points),
        data_y=tuple(p[1] for p in points),
        start=start,
        focus=focus,
        racing=tuple(n for n in OPTIMIZERS if n in others or n == focus),
        iteration=iteration,
        playing=playing,
    )
    for name, rate in zip(OPTIMIZERS, rates, strict=True):
        state = state.with_settings(OptimizerSettings(name, rate, state.settings_for(name).hyper))
    assert DescentState.from_json(json.loads(json.dumps(state.to_json()))) == state


def test_racing_always_keeps_the_focus_and_the_order():
    state = DescentState().with_racing("adam", True).with_racing("momentum", True)
    assert state.racing == ("gd", "momentum", "adam")
    assert state.with_racing("gd", False).racing == ("gd", "momentum", "adam")
    focused = state.with_focus("rmsprop")
    assert focused.focus == "rmsprop" and "rmsprop" in focused.racing


def test_settings_build_the_engines_optimizer_with_the_hyper_parameters():
    settings = OptimizerSettings.default("adam").with_hyper("beta1", 0.5)
    optimizer = settings.optimizer()
    assert optimizer.name == "adam" and optimizer.hyper["beta1"] == 0.5
    assert optimizer.lr == settings.learning_rate
    for name in OPTIMIZERS:
        default = OptimizerSettings.default(name)
        assert tuple(k for k, _ in default.hyper) == HYPER_PARAMETERS[name]


@pytest.mark.parametrize(
    "change",
    [
        {"surface": "volcano"},
        {"condition": 0.5},
        {"start": ["a", 1]},
        {"start": [1.0]},
        {"focus": "sgd"},
        {"racing": ["gd", "lbfgs"]},
        {"racing": "gd"},
        {"iteration": -1},
        {"iteration": 1.5},
        {"playing": "yes"},
        {"speed": 0},
        {"data_x": [1.0, 2.0]},
        {"settings": {}},
    ],
)
def test_bad_json_raises_scene_error(change):
    data = DescentState().to_json()
    data.update(change)
    with pytest.raises(SceneError):
        DescentState.from_json(data)


def test_bad_settings_raise_scene_error():
    data = DescentState().to_json()
    data["settings"]["gd"]["learning_rate"] = 11.0
    with pytest.raises(SceneError):
        DescentState.from_json(data)
    data = DescentState().to_json()
    data["settings"]["momentum"]["momentum"] = 1.0
    with pytest.raises(SceneError):
        DescentState.from_json(data)
    with pytest.raises(SceneError):
        DescentState.from_json([1, 2])


def test_focus_missing_from_race_is_refused():
    with pytest.raises(SceneError):
        DescentState(focus="adam", racing=("gd",))


def test_regression_snapshot_needs_two_distinct_x():
    assert not DescentState(surface="regression").uses_own_data()
    assert not DescentState(
        surface="regression", data_x=(1.0, 1.0), data_y=(0.0, 1.0)
    ).uses_own_data()
    assert DescentState(surface="regression", data_x=(0.0, 1.0), data_y=(0.0, 1.0)).uses_own_data()
