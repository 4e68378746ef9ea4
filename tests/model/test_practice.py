"""Practice challenges, files and results without Qt: answers agree with scipy and sklearn,
seeds repeat, perfect and poor attempts score as they should, damaged files are refused."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose
from scipy import optimize, stats

from lossstudio.model import practice as model
from lossstudio.model.practice_base import CHOICE, NUMBER, ORDER, POINT, TAB, closeness, efficiency
from lossstudio.model.practice_classes import margin_losses, parse_order
from lossstudio.model.practice_lines import DescentGoldilocks

KINDS = tuple(model.CHALLENGES)
SEEDS = (0, 1, 7, 2024)


def perfect(variant):
    """The attempt a student who knows the answer gives."""
    kind = variant.kind
    if kind in ("regression.fit", "regression.click_minimum"):
        return dataclasses.replace(variant.state, w=variant.answer["w"], b=variant.answer["b"])
    if kind == "descent.goldilocks":
        return variant.answer["rate"]
    if kind == "catalog.hinge_zero":
        return dataclasses.replace(variant.state, prediction=variant.answer)
    if kind == "classification.wrong_but_low":
        return good_probabilities(variant)
    return variant.answer


def good_probabilities(variant, good=True):
    n = variant.numbers
    classes, label = int(n["classes"]), int(n["label"])
    a = math.exp(-n["target"])
    other = (label + 1) % classes
    values = np.zeros(classes)
    if n["wrong"]:  # the true class just above e^-target, another class above it
        values[label], values[other] = a + 0.01, a + 0.02
    else:  # the true class just below e^-target, the others below it
        values[label] = a - 0.01
    rest = [j for j in range(classes) if values[j] == 0]
    values[rest] = (1.0 - values.sum()) / len(rest)
    if not good:
        values = np.full(classes, 1.0 / classes)
        values[label] = 1.0 - (classes - 1) * 0.001
        values[[j for j in range(classes) if j != label]] = 0.001
    values[-1] = 1.0 - values[:-1].sum()
    student = dataclasses.replace(variant.state.students[0], predicted=tuple(map(float, values)))
    return dataclasses.replace(variant.state, students=(student,))


def poor_choice(variant):
    if variant.kind == "regression.outlier":
        return "absolute"
    if variant.kind == "descent.first_optimizer":
        steps = {k: (v if v >= 0 else 10**9) for k, v in variant.numbers.items()}
        return max(steps, key=steps.get)
    losses = margin_losses(variant.numbers["t"])
    return min(losses, key=losses.get)


def poor(variant):
    """A clearly wrong attempt of the right type."""
    kind = variant.kind
    if variant.answer_kind == TAB:
        if kind == "classification.wrong_but_low":
            return good_probabilities(variant, good=False)
        return variant.state  # nothing moved from the start
    if variant.answer_kind == CHOICE:
        return poor_choice(variant)
    if variant.answer_kind == ORDER:
        return tuple(reversed(variant.answer))
    if kind == "descent.goldilocks":
        return 0.001
    if kind == "descent.largest_rate":
        return variant.answer * 0.3
    if kind == "descent.after_ten":
        return variant.state.start  # as if it never moved
    return variant.answer + 1.0 + 0.5 * abs(variant.answer)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_same_seed_same_variant(kind, seed):
    challenge = model.CHALLENGES[kind]
    assert challenge.variant(seed) == challenge.variant(seed)
    assert challenge.variant(seed).seed == seed


@pytest.mark.parametrize("kind", KINDS)
def test_seeds_give_new_variants(kind):
    challenge = model.CHALLENGES[kind]
    variants = [challenge.variant(seed) for seed in range(6)]
    distinct = {json.dumps(v.state.to_json(), sort_keys=True) for v in variants}
    distinct |= {repr(sorted(v.numbers.items())) for v in variants}
    assert len(distinct) > 6


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_perfect_play_scores_100_and_poor_play_less(kind, seed):
    challenge = model.CHALLENGES[kind]
    variant = challenge.variant(seed)
    par = challenge.par_for(variant) if variant.answer_kind == TAB else 0
    best = challenge.judge(variant, perfect(variant), moves=par, tries=1)
    assert best.solved and best.score == 100, best
    worse = challenge.judge(variant, poor(variant), moves=0, tries=1)
    assert not worse.solved and worse.score < 60, worse
    moves = 0 if challenge.predict else 40
    late = challenge.judge(variant, perfect(variant), moves=moves, tries=3)
    assert late.solved and 50 <= late.score < 100
    watched = challenge.judge(variant, perfect(variant), moves=0, tries=1, touched=True)
    assert watched.score == (50 if challenge.predict else 100)


def test_scoring_helpers():
    assert closeness(0.01, 0.05, 1.0) == 100.0
    assert closeness(0.525, 0.05, 1.0) == pytest.approx(50.0)
    assert closeness(2.0, 0.05, 1.0) == 0.0 and closeness(math.nan, 0.05, 1.0) == 0.0
    assert efficiency(2, 2, 0.04) == 1.0 and efficiency(7, 2, 0.04) == pytest.approx(0.8)
    assert efficiency(100, 2, 0.04) == 0.5


# --- the answers agree with scipy and scikit-learn ---------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_regression_answers_agree_with_sklearn_and_scipy(seed):
    from sklearn.linear_model import LinearRegression

    fit = model.CHALLENGES["regression.fit"].variant(seed)
    x, y = np.array(fit.state.x), np.array(fit.state.y)
    line = LinearRegression().fit(x[:, None], y)
    assert_allclose([fit.answer["w"], fit.answer["b"]], [line.coef_[0], line.intercept_])
    assert_allclose(fit.answer["J"], np.mean((line.predict(x[:, None]) - y) ** 2) / 2)

    best_b = model.CHALLENGES["regression.best_b"].variant(seed)
    x, y, w = np.array(best_b.state.x), np.array(best_b.state.y), best_b.numbers["w"]
    found = optimize.minimize_scalar(lambda b: np.mean((w * x + b - y) ** 2) / 2)
    assert_allclose(best_b.answer, found.x, atol=1e-6)
    assert best_b.state.w == w  # the tab shows the fixed w

    predict = model.CHALLENGES["regression.predict_j"].variant(seed)
    x, y = np.array(predict.state.x), np.array(predict.state.y)
    z = predict.numbers["w"] * x + predict.numbers["b"]
    assert_allclose(predict.answer, np.mean((z - y) ** 2) / 2)
    assert {"loss", "best_fit"} <= predict.hidden


@pytest.mark.parametrize("seed", SEEDS)
def test_largest_rate_is_two_over_the_hessians_largest_eigenvalue(seed):
    variant = model.CHALLENGES["descent.largest_rate"].variant(seed)
    x = np.array(variant.state.data_x)
    design = np.column_stack([x, np.ones_like(x)])
    hessian = design.T @ design / len(x)  # of J = 1/(2m) |X theta - y|^2
    assert_allclose(variant.answer, 2 / np.linalg.eigvalsh(hessian).max())
    challenge = model.CHALLENGES["descent.largest_rate"]
    assert challenge.judge(variant, variant.answer * 1.01).reason == "diverges"


@pytest.mark.parametrize("seed", SEEDS)
def test_goldilocks_best_rate_reaches_the_target_in_its_steps(seed):
    variant = model.CHALLENGES["descent.goldilocks"].variant(seed)
    state, answer = variant.state, variant.answer
    kappa, (w, b) = state.condition, state.start

    def after(rate, k):  # gradient descent on 1/2 (w^2 + kappa b^2) in closed form
        return 0.5 * ((w * (1 - rate) ** k) ** 2 + kappa * (b * (1 - rate * kappa) ** k) ** 2)

    assert after(answer["rate"], answer["steps"]) < 0.05
    assert after(answer["rate"], answer["steps"] - 1) >= 0.05
    assert answer["low"] <= answer["rate"] <= answer["high"] < 2 / kappa
    assert after(answer["low"], 20) < 0.05 and after(answer["high"], 20) < 0.05
    steps, _ = DescentGoldilocks.steps_to_target(kappa, (w, b), answer["high"] * 1.2)
    assert steps is None


@pytest.mark.parametrize("seed", SEEDS)
def test_predict_then_reveal_answers(seed):
    from sklearn.linear_model import LinearRegression, QuantileRegressor

    click = model.CHALLENGES["regression.click_minimum"].variant(seed)
    x, y = np.array(click.state.x), np.array(click.state.y)
    line = LinearRegression().fit(x[:, None], y)
    assert_allclose([click.answer["w"], click.answer["b"]], [line.coef_[0], line.intercept_])
    assert {"loss", "best_fit"} <= click.hidden

    outlier = model.CHALLENGES["regression.outlier"].variant(seed)
    x, y = np.array(outlier.state.x), np.array(outlier.state.y)
    median = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs").fit(x[:, None], y)
    from lossstudio.engine.datasets import chapter3_line

    x0, y0 = chapter3_line()
    before = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs").fit(x0[:, None], y0)
    shift = np.abs(median.predict(x0[[0, -1], None]) - before.predict(x0[[0, -1], None])).max()
    assert outlier.numbers["absolute"] == pytest.approx(shift, abs=1e-6)
    assert outlier.answer == "squared" and outlier.numbers["squared"] > outlier.numbers["absolute"]

    race = model.CHALLENGES["descent.first_optimizer"].variant(seed)
    steps = {k: v for k, v in race.numbers.items() if v >= 0}
    assert race.answer == min(steps, key=steps.get)
    assert sorted(steps.values())[1] - steps[race.answer] >= 5
    assert race.state.racing == tuple(race.choices) and race.state.iteration == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_classification_answers_agree_with_scipy_and_sklearn(seed):
    from sklearn.metrics import log_loss

    cross = model.CHALLENGES["classification.cross_entropy"].variant(seed)
    p, q = cross.state.p, cross.state.q
    assert_allclose(cross.numbers["entropy"], stats.entropy(p))
    assert_allclose(cross.numbers["kl"], stats.entropy(p, q))
    assert_allclose(cross.answer, stats.entropy(p) + stats.entropy(p, q))

    rank = model.CHALLENGES["classification.rank"].variant(seed)
    losses = {}
    for student in rank.state.students:
        labels = list(range(student.class_count))
        true = (1 - student.label) if student.binary else student.label
        losses[student.name] = log_loss([true], [student.distribution()], labels=labels)
    assert rank.answer == tuple(sorted(losses, key=losses.get, reverse=True))


@pytest.mark.parametrize("seed", SEEDS)
def test_catalog_answers(seed):
    worst = model.CHALLENGES["catalog.worst_loss"].variant(seed)
    t = worst.numbers["t"]
    by_hand = {
        "zero_one": float(t <= 0),
        "absolute": abs(1 - t),
        "hinge": max(0.0, 1 - t),
        "log": math.log1p(math.exp(-t)) / math.log(2),
        "squared": (1 - t) ** 2,
        "exponential": math.exp(-t),
    }
    assert worst.answer == max(by_hand, key=by_hand.get)
    assert worst.state.margin == t and worst.page == "margin" and "margin" in worst.hidden
    hinge = model.CHALLENGES["catalog.hinge_zero"].variant(seed)
    y = hinge.numbers["y"]
    grid = np.linspace(-3, 3, 60001)
    zero = grid[np.maximum(0, 1 - y * grid) == 0]
    assert_allclose(hinge.answer, zero[np.argmin(np.abs(zero))])


def test_wrong_but_low_needs_both_conditions():
    challenge = model.CHALLENGES["classification.wrong_but_low"]
    variant = next(v for v in (challenge.variant(s) for s in range(20)) if v.numbers["wrong"] == 1)
    right = good_probabilities(variant, good=False)  # right and certain: low loss, right class
    verdict = challenge.judge(variant, right)
    assert not verdict.solved and verdict.reason == "prediction" and verdict.score == 40
    unsummed = dataclasses.replace(
        variant.state.students[0], predicted=(0.9,) * int(variant.numbers["classes"])
    )
    verdict = challenge.judge(variant, dataclasses.replace(variant.state, students=(unsummed,)))
    assert verdict.reason == "not_distribution" and verdict.score == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_after_ten_is_the_closed_form_walk(seed):
    variant = model.CHALLENGES["descent.after_ten"].variant(seed)
    state = variant.state
    rate, kappa, (w, b) = variant.numbers["rate"], state.condition, state.start
    assert state.settings_for("gd").learning_rate == rate and state.racing == ("gd",)
    expected = (w * (1 - rate) ** 10, b * (1 - rate * kappa) ** 10)  # GD on 1/2 (w^2 + kappa b^2)
    assert_allclose(variant.answer, expected)


def test_parse_point():
    from lossstudio.model.practice_predict import parse_point

    assert parse_point("1.5, -2") == (1.5, -2.0) and parse_point("(０.５；3)") == (0.5, 3.0)
    for bad in ("1.5", "1 2 3", "a, b", "", "1e999, 2"):
        with pytest.raises(ValueError):
            parse_point(bad)


def test_parse_order():
    assert parse_order("C A D B", ("A", "B", "C", "D")) == ("C", "A", "D", "B")
    assert parse_order("c,a, d>b", ("A", "B", "C", "D")) == ("C", "A", "D", "B")
    for bad in ("C A D", "C A D B B", "C A D E", "", "x" * 100):
        with pytest.raises(ValueError):
            parse_order(bad, ("A", "B", "C", "D"))


# --- practice files -----------------------------------------------------------------------------
def sample_practice():
    items = (model.Item("regression.fit", 7), model.Item("classification.rank", None))
    return model.Practice(items, tries=2, show_score=False, show_timer=True)


def test_practice_round_trip_and_seeds(tmp_path):
    path = tmp_path / "practice.json"
    model.save(path, sample_practice())
    loaded = model.load(path)
    assert loaded == sample_practice()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["challenges"][1] == {"kind": "classification.rank", "seed": "per-student"}
    assert loaded.seeds(lambda: 99) == (7, 99)


def valid_document():
    return json.loads(model.dumps(sample_practice()))


DAMAGED = {
    "junk": (b"\x00\x01junk{{", "binary"),
    "not JSON": (b"{ this is not json", "not_json"),
    "a list": (b"[1, 2]", "not_practice"),
    "a lesson": (b'{"format": "lossstudio-lesson", "version": 1}', "not_practice"),
    "version 2": (json.dumps({**valid_document(), "version": 2}).encode(), "version"),
    "latin-1": ('{"format": "lossstudio-practice", "title": "é"}'.encode("latin-1"), "not_utf8"),
    "utf-16": (json.dumps(valid_document()).encode("utf-16"), "utf16"),
    "NaN tries": (
        json.dumps(valid_document()).replace('"tries": 2', '"tries": NaN').encode(),
        "not_json",
    ),
}


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_practice_files(tmp_path, name):
    data, kind = DAMAGED[name]
    path = tmp_path / "practice.json"
    path.write_bytes(data)
    with pytest.raises(model.PracticeFileError) as error:
        model.load(path)
    assert error.value.kind == kind
    assert path.read_bytes() == data  # reading changes nothing


WRONG_FIELDS = {
    "tries": ("tries", "3", "practice.tries"),
    "tries zero": ("tries", 0, "practice.tries"),
    "tries true": ("tries", True, "practice.tries"),
    "show_score": ("show_score", 1, "practice.show_score"),
    "challenges empty": ("challenges", [], "challenges"),
    "challenges object": ("challenges", {"kind": "regression.fit"}, "challenges"),
    "unknown kind": ("challenges", [{"kind": "regression.guess"}], "challenges[0].kind"),
    "seed text": ("challenges", [{"kind": "regression.fit", "seed": "7"}], "challenges[0].seed"),
    "seed negative": ("challenges", [{"kind": "regression.fit", "seed": -1}], "challenges[0].seed"),
    "seed huge": ("challenges", [{"kind": "regression.fit", "seed": 2**40}], "challenges[0].seed"),
    "extra field": ("challenges", [{"kind": "regression.fit", "level": 3}], "challenges[0]"),
    "title": ("title", {"en": 5}, "title.en"),
    "unknown top": ("answers", [1], "unknown field 'answers'"),
}


@pytest.mark.parametrize("name", WRONG_FIELDS)
def test_wrong_types_say_where(name):
    key, value, where = WRONG_FIELDS[name]
    document = {**valid_document(), key: value}
    with pytest.raises(model.PracticeFileError) as error:
        model.loads(json.dumps(document))
    assert error.value.kind == "shape"
    assert where in error.value.detail


def test_huge_and_folder_and_missing(tmp_path):
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (model.MAX_PRACTICE_BYTES + 1))
    folder = tmp_path / "folder.json"
    folder.mkdir()
    kinds = {}
    for path in (huge, folder, tmp_path / "missing.json"):
        with pytest.raises(model.PracticeFileError) as error:
            model.load(path)
        kinds[path.name] = error.value.kind
    assert kinds == {
        "huge.json": "too_large",
        "folder.json": "not_a_file",
        "missing.json": "missing",
    }
    too_many = {**valid_document(), "challenges": [{"kind": "regression.fit"}] * 51}
    with pytest.raises(model.PracticeFileError, match="1 to 50"):
        model.loads(json.dumps(too_many))


# --- results ----------------------------------------------------------------------------------
RESULTS = (
    model.Result("regression.fit", 7, 96, 1, 42.25, True),
    model.Result("classification.rank", 123456, 33, 3, 125.0, False),
)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_results_round_trip(tmp_path, suffix):
    path = tmp_path / f"results{suffix}"
    model.save_results(path, RESULTS, "practice.json")
    loaded = model.load_results(path)
    assert [dataclasses.replace(r, seconds=round(r.seconds, 1)) for r in RESULTS] == list(loaded)
    text = path.read_text(encoding="utf-8")
    if suffix == ".csv":
        assert text.splitlines()[0] == ",".join(model.COLUMNS)
        assert text.splitlines()[1] == "1,regression.fit,7,96,1,42.2,true"
    else:
        assert json.loads(text)["total_score"] == round((96 + 33) / 2)


def test_damaged_results_are_refused(tmp_path):
    path = tmp_path / "results.csv"
    for text in (
        "a,b\n1,2\n",
        ",".join(model.COLUMNS) + "\n1,regression.fit,7,101,1,3,true\n",
        ",".join(model.COLUMNS) + "\n1,regression.fit,x,1,1,3,true\n",
    ):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(model.PracticeFileError):
            model.load_results(path)


def test_every_kind_has_a_known_answer_kind():
    for challenge in model.CHALLENGES.values():
        assert challenge.answer_kind in (NUMBER, CHOICE, ORDER, TAB, POINT)
        assert challenge.tab in ("catalog", "regression", "descent", "classification")
    assert len(model.CHALLENGES) == 14
    tabs = [challenge.tab for challenge in model.CHALLENGES.values()]
    assert all(tabs.count(tab) >= 2 for tab in set(tabs))
