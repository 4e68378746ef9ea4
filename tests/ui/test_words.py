"""Issue 13: every sentence as right as the numbers, read from the window in both languages.

Each test reaches the state an item of the issue names, reads the widget's text (what the person
sees, not the engine), switches the language live through the app's own i18n and reads it again.
"""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from lossstudio.engine.curves import descend_1d
from lossstudio.engine.surfaces import bowl_surface
from lossstudio.ui import i18n


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


@pytest.fixture
def catalog(window):
    tab = window.pages["catalog"]
    window.tabs.setCurrentWidget(tab)
    return tab


def show_page(tab, name):
    page = getattr(tab, name)
    tab.pages.setCurrentWidget(page)
    return page


def both(window, read):
    """``read()`` in English, then in Chinese (switched live), as a pair."""
    window.set_language("en")
    english = read()
    window.set_language("zh")
    chinese = read()
    window.set_language("en")
    return english, chinese


# --- 1. Table 3-1's verdict ------------------------------------------------------------------
def test_table_verdict_gives_the_true_reason_when_the_largest_miss_shrinks(window, catalog):
    state = dataclasses.replace(
        catalog.state(),
        table_labels=(0.0, 0.0, 0.0),
        table_first=(3.0, 0.0, 0.0),
        table_second=(2.0, 2.0, 0.0),
    )
    catalog.apply(state)
    page = show_page(catalog, "table")
    english, chinese = both(window, lambda: page.verdict.text())
    # misses 3, 0, 0 -> 2, 2, 0: absolute 3 -> 4 (1.33x), squared 9 -> 8 (0.889x)
    assert "1.33×" in english and "0.889×" in english
    assert "below 1" not in english and "small" not in english.split("smaller")[0]
    assert "smaller misses" in english and "largest miss 3 → 2" in english
    assert "3 → 2" in english and "(size-weighted mean Σ(a − y)² / Σ|a − y|: 3 → 2;" in english
    assert "小于1" not in chinese and "更小的偏离" in chinese and "最大误差 3 → 2" in chinese


def test_table_verdict_keeps_the_chapters_point_in_the_chapters_state(window, catalog):
    page = show_page(catalog, "table")
    english, chinese = both(window, lambda: page.verdict.text())
    assert "1.33×" in english and "1.6×" in english
    assert "punishes the larger miss harder" in english and "larger misses" in english
    assert "1.66667 → 2" in english
    assert "惩罚更重" in chinese


def test_table_verdict_with_a_perfect_first_row_says_no_growth(window, catalog):
    catalog.apply(
        dataclasses.replace(catalog.state(), table_first=(1.0, 1.0, 1.0), table_second=(1, 2, 3))
    )
    page = show_page(catalog, "table")
    english, chinese = both(window, lambda: page.verdict.text())
    assert "∞×" not in english and "grow ∞" not in english
    assert "perfect" in english and "cost 3 in absolute and 5 in squared error" in english
    assert "∞" not in chinese and "完全正确" in chinese and "3" in chinese and "5" in chinese
    catalog.apply(dataclasses.replace(catalog.state(), table_second=(1.0, 1.0, 1.0)))
    english, chinese = both(window, lambda: page.verdict.text())
    assert "Both sets of predictions are perfect" in english and "两组预测都完全正确" in chinese


def test_table_header_does_not_call_the_plain_sum_the_mse(window, catalog):
    page = show_page(catalog, "table")
    english, chinese = both(window, lambda: page.headers[3].text())
    assert english.startswith("Squared error sum")
    assert "均方差" not in chinese and chinese.startswith("平方误差之和")
    _, note = both(window, lambda: page.explain.text())
    assert "1/(2m)" in note and "表头写作“均方差损失函数”" in note


# --- 2. the condition number's tooltip -------------------------------------------------------
def test_condition_tooltip_says_the_bowl_is_steeper_along_b_vertical(window):
    tab = window.pages["descent"]
    surface = bowl_surface(10.0)
    # J = 1/2 (w^2 + kappa b^2): one unit along b costs kappa times one unit along w
    assert surface.value(0.0, 1.0) == 10.0 * surface.value(1.0, 0.0)
    english, chinese = both(window, lambda: tab.panel.condition.toolTip())
    assert (
        "along b (up and down on the map)" in english and "as along w (left and right)" in english
    )
    assert "沿 b 方向（图中纵向）的弯曲程度是沿 w 方向（图中横向）的 κ 倍" in chinese
    assert "横向比纵向陡" not in chinese
    labels = both(window, lambda: tab.plots.contour.getPlotItem().getAxis("left").labelText)
    assert labels == ("bias b", "偏移 b")


# --- 3. Figure 3-1: fixed step lengths for the absolute and hinge losses -------------------------
def test_absolute_loss_steps_have_one_length_and_oscillate_forever(window, catalog):
    state = dataclasses.replace(
        catalog.state().with_loss("absolute"), label=1.0, start=-1.5, learning_rate=0.3, steps=40
    )
    catalog.apply(state)
    page = show_page(catalog, "descent")
    x, _ = page.points.getData()
    assert np.allclose(np.abs(np.diff(x)), 0.3)  # every step the same length
    english, chinese = both(window, lambda: page.message.text())
    assert "same length η = 0.3" in english and "forever" in english
    assert "shrink as the curve flattens" not in english and "without crossing" not in english
    assert "每一步移动的距离都相同" in chinese and "永远来回跳动" in chinese
    assert "变小。" not in chinese.split("；")[0]
    catalog.apply(dataclasses.replace(state, steps=3))
    english, chinese = both(window, lambda: page.message.text())
    assert "do not shrink" in english and "步子不会变小" in chinese


def test_hinge_loss_steps_have_one_length_then_stop_at_the_margin(window, catalog):
    state = dataclasses.replace(
        catalog.state().with_loss("hinge"), start=-1.5, learning_rate=0.2, steps=5
    )
    catalog.apply(state)
    page = show_page(catalog, "descent")
    english, chinese = both(window, lambda: page.message.text())
    assert "same length η = 0.2" in english and "stops once y·a ≥ 1" in english
    assert "铰链损失的斜率就是 −y" in chinese
    catalog.apply(dataclasses.replace(state, steps=30))
    expected = descend_1d("hinge", 1.0, -1.5, 0.2, 30)
    assert expected.status == "stopped"
    english, chinese = both(window, lambda: page.message.text())
    assert f"y·a ≥ 1 at x{expected.steps}" in english and "slope is undefined" in english
    assert "梯度下降停止" in chinese and "没有定义" in chinese


def test_squared_loss_keeps_the_shrinking_steps_sentence(window, catalog):
    page = show_page(catalog, "descent")
    english, chinese = both(window, lambda: page.message.text())
    assert english == "Each step moves against the slope; the steps shrink as the curve flattens."
    assert "曲线越平" in chinese
    assert both(window, lambda: page.rate_label.text()) == ("Learning rate η", "学习率 η")


# --- 5. Figure 3-1 says what it shows and labels x0..x5 -------------------------------------------
def test_log_loss_leaving_the_domain_does_not_blame_the_learning_rate(window, catalog):
    state = dataclasses.replace(
        catalog.state().with_loss("log"), start=0.2, learning_rate=0.05, steps=12
    )
    catalog.apply(state)
    page = show_page(catalog, "descent")
    english, chinese = both(window, lambda: page.message.text())
    assert "outside 0 ≤ a ≤ 1" in english and "every learning rate does this" in english
    assert "too large" not in english and "a = σ(z) stays inside (0, 1)" in english
    assert "无论学习率多小" in chinese and "太大" not in chinese
    english, chinese = both(window, lambda: page.what.text())
    assert "the prediction a itself stands in" in english and "stops at x₅" in english
    assert "预测值 a 本身代替" in chinese


def test_step_labels_stop_at_x5_and_never_pile_up(window, catalog):
    catalog.apply(dataclasses.replace(catalog.state(), steps=50))
    page = show_page(catalog, "descent")
    shown = [tag for tag in page.tags if tag.isVisible()]
    names = [tag.textItem.toPlainText() for tag in shown]
    assert names[0] == "x₀" and len(shown) <= 6 and "x₆" not in names
    assert set(names) <= {"x₀", "x₁", "x₂", "x₃", "x₄", "x₅"}
    rects = sorted((tag.sceneBoundingRect() for tag in shown), key=lambda rect: rect.left())
    for left, right in itertools.pairwise(rects):
        assert not left.intersects(right), "two step labels overlap"
