"""model.serial: the checked readers every tab's from_json uses; wrong JSON is a SceneError."""

import json
import math

import pytest

from lossstudio.model import serial
from lossstudio.model.serial import SceneError

SCENE = {
    "w": 2.0,
    "b": 3,
    "steps": 40,
    "show": True,
    "loss": "squared",
    "xs": [0.0, 0.5, 1],
    "nested": {"lr": 0.1},
}


def test_readers_accept_good_values():
    data = serial.mapping(SCENE, "scene")
    assert serial.number(data, "w", "scene") == 2.0
    assert serial.number(data, "b", "scene") == 3.0
    assert isinstance(serial.number(data, "b", "scene"), float)
    assert serial.integer(data, "steps", "scene", 0, 1000) == 40
    assert serial.boolean(data, "show", "scene") is True
    assert serial.choice(data, "loss", "scene", ("absolute", "squared")) == "squared"
    assert serial.numbers(data, "xs", "scene") == (0.0, 0.5, 1.0)
    assert serial.field(data, "nested", "scene") == {"lr": 0.1}
    assert serial.number(data, "w", "scene", minimum=2.0, maximum=2.0) == 2.0


@pytest.mark.parametrize("value", [None, [], "scene", 3, 2.5, True])
def test_mapping_refuses_non_objects(value):
    with pytest.raises(SceneError, match="scene: expected an object"):
        serial.mapping(value, "scene")


def test_missing_key_names_it():
    with pytest.raises(SceneError, match="scene: missing 'lr'"):
        serial.number({}, "lr", "scene")


@pytest.mark.parametrize("value", ["2", None, True, False, [1.0], {"v": 1}])
def test_number_refuses_wrong_types(value):
    with pytest.raises(SceneError, match=r"scene\.w: expected a number"):
        serial.number({"w": value}, "w", "scene")


@pytest.mark.parametrize(
    "value", [math.nan, math.inf, -math.inf, json.loads("1e400"), 10**400, -(10**400)]
)
def test_number_refuses_non_finite_and_huge(value):
    with pytest.raises(SceneError, match=r"scene\.w: .* is outside"):
        serial.number({"w": value}, "w", "scene")


def test_number_refuses_out_of_range():
    with pytest.raises(SceneError, match=r"scene\.lr: 5\.0 is outside \[0\.0, 1\.0\]"):
        serial.number({"lr": 5}, "lr", "scene", 0.0, 1.0)


@pytest.mark.parametrize("value", [1.0, 1.5, "3", True, None, [3]])
def test_integer_refuses_non_integers(value):
    with pytest.raises(SceneError, match=r"scene\.steps: expected a whole number"):
        serial.integer({"steps": value}, "steps", "scene", 0, 100)


def test_integer_range():
    with pytest.raises(SceneError, match=r"scene\.steps: 101 is outside \[0, 100\]"):
        serial.integer({"steps": 101}, "steps", "scene", 0, 100)
    with pytest.raises(SceneError, match="outside"):
        serial.integer({"steps": 10**400}, "steps", "scene", 0, 100)


@pytest.mark.parametrize("value", [1, 0, "true", None])
def test_boolean_refuses_non_booleans(value):
    with pytest.raises(SceneError, match=r"scene\.show: expected true or false"):
        serial.boolean({"show": value}, "show", "scene")


@pytest.mark.parametrize("value", ["hinge", "", 3, None, ["squared"], {"a": 1}])
def test_choice_refuses_unknown_options(value):
    with pytest.raises(SceneError, match=r"scene\.loss: .* is not one of absolute, squared"):
        serial.choice({"loss": value}, "loss", "scene", ("absolute", "squared"))


@pytest.mark.parametrize("value", ["0, 1", 3, None, {"0": 1}, (1.0, 2.0)])
def test_numbers_refuses_non_lists(value):
    with pytest.raises(SceneError, match=r"scene\.xs: expected a list of numbers"):
        serial.numbers({"xs": value}, "xs", "scene")


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([1.0, "2"], r"scene\.xs\[1\]: expected a number"),
        ([True], r"scene\.xs\[0\]: expected a number"),
        ([None], r"scene\.xs\[0\]: expected a number"),
        ([[1.0]], r"scene\.xs\[0\]: expected a number"),
        ([0.0, math.nan], r"scene\.xs\[1\]: nan is outside"),
        ([10**400], r"scene\.xs\[0\]: inf is outside"),
        ([0.0, 2.0], r"scene\.xs\[1\]: 2\.0 is outside"),
    ],
)
def test_numbers_refuses_bad_items(items, message):
    with pytest.raises(SceneError, match=message):
        serial.numbers({"xs": items}, "xs", "scene", maximum=1.0)


def test_numbers_length_limits():
    with pytest.raises(SceneError, match=r"scene\.xs: 1 values, expected 2 to 3"):
        serial.numbers({"xs": [1.0]}, "xs", "scene", min_length=2, max_length=3)
    with pytest.raises(SceneError, match="4 values"):
        serial.numbers({"xs": [1.0] * 4}, "xs", "scene", min_length=2, max_length=3)


def test_scene_error_is_a_value_error():
    assert issubclass(SceneError, ValueError)
