"""The Classification state: the chapter's defaults, validation and the JSON round-trip."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from lossstudio.engine.classification import binary_cross_entropy, cross_entropy
from lossstudio.model import classification as model
from lossstudio.model.serial import SceneError


def test_chapter_students_give_the_chapter_losses():
    state = model.ClassificationState()
    losses = model.sample_losses(state)
    assert [f"{v:.2f}" for v in losses] == ["0.51", "0.36", "1.20", "0.51"]
    assert model.total_loss(state) == pytest.approx(losses.sum())
    assert model.mean_loss(state) == pytest.approx(losses.sum() / 4)


def test_binary_row_is_the_two_column_distribution():
    student = model.binary_student("X", label=0, a=0.25)
    assert student.one_hot() == (0.0, 1.0)
    assert student.distribution() == (0.25, 0.75)
    assert model.sample_loss(student) == pytest.approx(float(binary_cross_entropy(0, 0.25)))
    assert model.sample_loss(student) == pytest.approx(
        float(cross_entropy(student.one_hot(), student.distribution()))
    )
    assert student.with_probability(1, 0.9).predicted == pytest.approx((0.1,))


def test_zero_probability_on_the_true_class_is_infinite_unless_clipped():
    student = model.Student("C", model.MULTICLASS, 2, (0.5, 0.5, 0.0))
    assert math.isinf(model.sample_loss(student))
    assert model.sample_loss(student, clip=True) == pytest.approx(-math.log(model.EPSILON))


def test_normalise_makes_a_row_sum_to_one():
    student = model.Student("C", model.MULTICLASS, 0, (0.2, 0.5, 0.5))
    assert not student.sums_to_one()
    fixed = student.normalised()
    assert fixed.sums_to_one()
    assert_allclose(fixed.predicted, np.array([0.2, 0.5, 0.5]) / 1.2)
    assert model.Student("Z", model.MULTICLASS, 0, (0.0, 0.0, 0.0)).normalised().sums_to_one()


def test_json_round_trip_and_errors():
    state = model.ClassificationState(
        students=(*model.CHAPTER_STUDENTS, model.multiclass_student("E", 5, 3)), clip=True, z=-2.0
    )
    assert model.ClassificationState.from_json(state.to_json()) == state
    bad = state.to_json()
    bad["students"][0]["predicted"] = [1.5]
    with pytest.raises(SceneError, match="predicted"):
        model.ClassificationState.from_json(bad)
    bad = state.to_json()
    bad["students"][2]["label"] = 3
    with pytest.raises(SceneError, match="label"):
        model.ClassificationState.from_json(bad)
    with pytest.raises(SceneError):
        model.ClassificationState.from_json([])


def test_invalid_states_are_refused():
    with pytest.raises(ValueError):
        model.Student("A", model.BINARY, 2, (0.5,))
    with pytest.raises(ValueError):
        model.Student("A", model.MULTICLASS, 0, (0.5, 0.5))
    with pytest.raises(ValueError):
        model.ClassificationState(p=(0.5, 0.5), q=(1.0,))


def test_next_name():
    assert model.next_name(model.CHAPTER_STUDENTS) == "E"


def test_table_3_2_as_the_chapter_rounds_it():
    rounded, h = model.rounded_information_entropy(model.TABLE_3_2_P)
    assert_allclose(rounded, [0.36, 1.61, 2.30])
    assert f"{h:.3f}" == "0.804"
    exact = -sum(v * math.log(v) for v in model.TABLE_3_2_P)
    assert f"{exact:.3f}" == "0.802"
