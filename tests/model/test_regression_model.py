"""The Regression tab's state and CSV files, without Qt."""

import math

import numpy as np
import pytest

from lossstudio.engine import regression as engine
from lossstudio.engine.datasets import CHAPTER_LINES
from lossstudio.model import csv_data
from lossstudio.model import regression as model
from lossstudio.model.serial import SceneError


def test_default_state_is_the_chapters_data_and_lines():
    state = model.default_state()
    x, y = np.array(state.x), np.array(state.y)
    assert state.m == 50
    for w, b, printed in CHAPTER_LINES:
        value = model.loss_value(x, y, w, b, "squared")
        assert f"{value:.6f}" == f"{printed:.6f}"
        assert value == pytest.approx(float(engine.mse(w * x + b, y)), rel=1e-12)


def test_json_round_trip_and_validation():
    state = model.with_line(model.with_preset(model.default_state(), "outlier"), -1.5, 0.25)
    assert model.RegressionState.from_json(state.to_json()) == state
    bad = state.to_json()
    bad["x"] = bad["x"][:-1]
    with pytest.raises(SceneError):
        model.RegressionState.from_json(bad)
    for key, value in [("w", math.nan), ("loss", "cubic"), ("x", [1.0]), ("squares", 1)]:
        broken = state.to_json()
        broken[key] = value
        with pytest.raises(SceneError):
            model.RegressionState.from_json(broken)
    with pytest.raises(SceneError):
        model.RegressionState.from_json([1, 2])


def test_point_edits():
    state = model.default_state()
    added = model.add_point(state, 0.5, 10.0)
    assert added.m == 51 and added.preset == ""
    moved = model.move_point(added, 50, 0.25, -1.0)
    assert (moved.x[50], moved.y[50]) == (0.25, -1.0)
    assert model.delete_point(moved, 50).x == state.x
    two = model.with_data(state, [0.0, 1.0], [1.0, 2.0])
    with pytest.raises(ValueError):
        model.delete_point(two, 0)


def test_best_fit_follows_the_loss_and_refuses_vertical_data():
    state = model.with_preset(model.default_state(), "outlier")
    x, y = np.array(state.x), np.array(state.y)
    assert model.best_fit(x, y, "squared") == engine.least_squares(x, y)
    assert model.best_fit(x, y, "absolute") == engine.least_absolute(x, y)
    assert model.best_fit(np.ones(3), np.arange(3.0), "squared") is None


def test_csv_round_trip(tmp_path):
    path = tmp_path / "points.csv"
    x, y = (0.1, -2.5, 1e-20), (3.0, 4.25, 1 / 3)
    csv_data.write_points(path, x, y)
    assert path.read_text().splitlines()[0] == "x,y"
    assert csv_data.read_points(path) == (x, y)
    assert [p.name for p in tmp_path.iterdir()] == ["points.csv"]  # no temporary left


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"x,y\n1,2\n3,abc\n", "not_a_number"),
        (b"x,y\n1,2\n3,nan\n", "not_finite"),
        (b"x,y\n1,inf\n3,4\n", "not_finite"),
        (b"x,y\n1,2\n", "too_few"),
        (b"a,b\n1,2\n3,4\n", "header"),
        (b"x,y\n1,2,3\n3,4\n", "columns"),
        (b"x,y\n1,2\n\xff\xfe,4\n", "not_utf8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"", "empty"),
    ],
)
def test_bad_csv_is_refused_with_a_kind(tmp_path, content, kind):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(csv_data.CsvError) as caught:
        csv_data.read_points(path)
    assert caught.value.kind == kind


def test_huge_csv_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as stream:
        stream.truncate(csv_data.MAX_BYTES + 1)  # sparse: nothing is written
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(csv_data.CsvError) as caught:
        csv_data.read_points(path)
    assert caught.value.kind == "too_large"


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_data, "MAX_ROWS", 5)
    path = tmp_path / "rows.csv"
    path.write_text("x,y\n" + "1,2\n" * 6)
    with pytest.raises(csv_data.CsvError) as caught:
        csv_data.read_points(path)
    assert caught.value.kind == "too_many_rows"


def test_a_presenter_step_walks_the_chapters_four_lines():
    """Figures 3-3/3-4: z = 2x + 2, 2.5, 3, 3.5 in turn; from another line the first (or,
    going back, the last); at either end the line stays (None)."""
    assert model.next_chapter_line(2.0, 2.0, +1) == (2.0, 2.5)
    assert model.next_chapter_line(2.0, 3.0, -1) == (2.0, 2.5)
    assert model.next_chapter_line(2.0, 3.5, +1) is None
    assert model.next_chapter_line(2.0, 2.0, -1) is None
    assert model.next_chapter_line(1.0, 7.0, +1) == (2.0, 2.0)
    assert model.next_chapter_line(1.0, 7.0, -1) == (2.0, 3.5)
    assert model.next_chapter_line(2.0 + 1e-12, 2.5, +1) == (2.0, 3.0)  # a typed 2.0000000000001
