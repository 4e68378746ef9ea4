"""The tester's practice faults (issue 17, third round): no tab gives away a running
challenge's answer, the Descent loss axis shows only the walk drawn so far, a choice starts
unchosen, the worst-loss hint is true, Descent's point count is true, quitting asks about unsaved
results, and the Practice menu can start a practice."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from lossstudio.model import descent as descent_model
from lossstudio.model import practice as model
from lossstudio.model.practice_base import CHOICE
from lossstudio.model.walks import surface_of, walks_of

#: in the slow stage (`pytest -m slow`, which .ci/run runs): the default suite stays about
#: five minutes
pytestmark = pytest.mark.slow

CTRL = Qt.KeyboardModifier.ControlModifier


def start(window, kind, seed=7, tries=3):
    practice = model.Practice((model.Item(kind, seed),), tries=tries)
    window.practice.start(practice)
    return window.practice.controller


def activate(window, qtbot) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def on_regression_data(window):
    """The Descent tab on the Regression tab's points as they are now (before a practice)."""
    window.show_tab("descent")
    tab = window.pages["descent"]
    tab._choose_surface("regression")
    assert tab.state().surface == "regression"
    return tab


def surface_chosen_by_keys(qtbot, tab, presses=6):
    """The surfaces the Surface box goes through under Home, then Down, Down, ..."""
    box = tab.findChild(QComboBox, "descent.surface")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    seen = [tab.state().surface]
    for _ in range(presses):
        qtbot.keyClick(box, Qt.Key.Key_Down)
        seen.append(tab.state().surface)
    return seen


# --- 1. other tabs do not give a running challenge's answer away -------------------------------
@pytest.mark.parametrize(
    "kind",
    [
        "regression.fit",
        "regression.best_b",
        "regression.predict_j",
        "regression.click_minimum",
        "regression.outlier",
    ],
)
def test_descent_does_not_read_a_regression_challenges_points(window, qtbot, kind):
    tab = on_regression_data(window)
    before = (tab.state().data_x, tab.state().data_y)
    controller = start(window, kind)
    challenge = controller.variant().state
    assert (challenge.x, challenge.y) != before
    # the Regression tab changed under it: Descent keeps its own copy, and says so
    assert (tab.state().data_x, tab.state().data_y) == before
    window.show_tab("descent")
    note = tab.panel.note.text()
    assert note.startswith(f"{len(before[0])} points, not the Regression tab's"), note
    # Reload is off, and a click on it reads nothing
    reload_button = tab.panel.refresh
    assert not reload_button.isEnabled()
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    tab.panel.refreshRequested.emit()  # even if it came through
    assert (tab.state().data_x, tab.state().data_y) == before
    # the cross and the centre note show the minimum of those points, not the challenge's
    shown = surface_of(tab.state()).minimum
    best = surface_of(
        descent_model.DescentState(
            surface="regression", data_x=tuple(challenge.x), data_y=tuple(challenge.y)
        )
    ).minimum
    assert not np.allclose(best, shown)
    assert tab.plots.surface_item.minimum.isVisible()
    # the Surface box's keys skip "Regression tab's data"; choosing it is refused
    tab._choose_surface("chapter")
    assert "regression" not in surface_chosen_by_keys(qtbot, tab)
    tab._choose_surface("regression")
    assert tab.state().surface != "regression"
    # once the challenge is over (no tries left) the Regression tab's points may be read again
    while not controller.record().done:
        controller.check(controller.variant().answer if kind != "regression.outlier" else "x")
    assert reload_button.isEnabled()
    tab.panel.refreshRequested.emit()
    assert tab.state().data_x == tuple(float(v) for v in challenge.x)
    assert tab.panel.note.text() == f"{len(challenge.x)} points from the Regression tab."


def test_a_descent_tab_built_during_a_regression_challenge_does_not_read_it(window):
    """The Descent tab is built when first shown: it used to read the Regression tab's points
    as it was built, before it knew what the challenge holds back."""
    session = window.session
    assert not window.pages.is_built("descent")
    old = descent_model.DescentState(
        surface="regression", data_x=(0.0, 1.0, 2.0), data_y=(1.0, 0.0, 2.0)
    )
    session.set_state("descent", old)
    controller = start(window, "regression.fit")
    window.show_tab("descent")
    tab = window.pages["descent"]
    assert tab.state().data_x == (0.0, 1.0, 2.0)
    assert tab.hidden_answers() == {"regression_data"}
    assert controller.variant().state.x != tab.state().data_x


def test_the_largest_rate_keeps_its_own_points_and_says_whose_they_are(window):
    """Challenge 9's 22-40 points are its own: the note said "from the Regression tab" while
    that tab showed 50 others; an edit there replaced them."""
    controller = start(window, "descent.largest_rate")
    tab = window.pages["descent"]
    own = controller.variant().state
    regression = window.pages["regression"]
    assert len(regression.state().x) != len(own.data_x)
    note = tab.panel.note.text()
    assert note == (
        f"{len(own.data_x)} points, not the Regression tab's: during this practice challenge "
        "its points are not read here."
    )
    regression.apply(dataclasses.replace(regression.state(), x=(0.0, 1.0, 2.0), y=(0.0, 1.0, 3.0)))
    assert tab.state().data_x == own.data_x  # not followed
    controller.check(0.001)
    controller.check(0.001)
    controller.check(0.001)
    assert controller.record().done and tab.hidden_answers() == frozenset()
    assert tab.panel.note.text() == (
        f"{len(own.data_x)} points, not the Regression tab's points now (Reload the Regression "
        "tab's points to use those)."
    )


def test_classification_losses_are_hidden_on_the_catalog_too(window):
    """The Catalog's one loss is the log loss -ln p of a typed probability: a student's loss."""
    start(window, "classification.wrong_but_low")
    assert "loss" in window.pages["catalog"].hidden_answers()
    start(window, "classification.cross_entropy")
    assert "loss" in window.pages["catalog"].hidden_answers()
    window.practice.close()
    assert window.pages["catalog"].hidden_answers() == frozenset()


def test_hidden_minimum_hides_the_centre_note_that_quotes_it(window):
    tab = on_regression_data(window)
    assert tab.words.centre.isVisibleTo(tab) and "best fit w =" in tab.words.centre.text()
    window.set_answers_hidden(True)
    assert not tab.words.centre.isVisibleTo(tab)
    assert not tab.plots.surface_item.minimum.isVisible()
    window.set_answers_hidden(False)
    assert tab.words.centre.isVisibleTo(tab)


# --- 2. the loss axis follows the walk drawn so far ---------------------------------------------
def loss_top(tab) -> float:
    return tab.plots.loss_plot.viewRange()[1][1]


def test_the_loss_axis_at_iteration_0_does_not_depend_on_the_rate(window):
    controller = start(window, "descent.largest_rate")
    tab = window.pages["descent"]
    state = tab.state()
    j0 = float(walks_of(state)["gd"].losses[0])
    tops = []
    for rate in (0.05, 1.0, 1.5, 3.0):
        settings = dataclasses.replace(state.settings_for("gd"), learning_rate=rate)
        tab.apply(state.with_settings(settings))
        assert tab.state().iteration == 0
        tops.append(loss_top(tab))
    assert tops == [tops[0]] * 4, tops  # no bisecting η on the axis
    assert j0 <= tops[0] <= 1.2 * j0
    # stepping shows the walk so far, and the axis grows with it (a diverging rate)
    losses = walks_of(tab.state())["gd"].losses
    for step in (1, 2, 5):
        tab.set_state(dataclasses.replace(tab.state(), iteration=step))
        drawn = losses[: step + 1]
        assert float(drawn.max()) <= loss_top(tab) <= 1.2 * float(drawn.max())
    assert controller.record().tries == 0


def test_a_diverged_walk_stays_readable_on_the_log_axis(window):
    tab = window.pages["descent"]
    window.show_tab("descent")
    settings = dataclasses.replace(tab.state().settings_for("gd"), learning_rate=3.0)
    tab.apply(dataclasses.replace(tab.state().with_settings(settings), focus="gd", racing=("gd",)))
    tab.set_state(dataclasses.replace(tab.state(), iteration=tab.last_iteration()))
    losses = walks_of(tab.state())["gd"].losses
    finite = losses[np.isfinite(losses)]
    assert finite.max() > 1e10
    assert loss_top(tab) >= finite.max()
    tab.apply(dataclasses.replace(tab.state(), log_loss=True))
    low, high = tab.plots.loss_plot.viewRange()[1]
    assert low <= np.log10(finite.min()) and np.log10(finite.max()) <= high
    assert high - low < 1.2 * (np.ceil(np.log10(finite.max())) - np.floor(np.log10(finite.min())))


# --- 3. a choice starts unchosen ----------------------------------------------------------------
@pytest.mark.parametrize(
    "kind", [k for k, c in model.CHALLENGES.items() if c.answer_kind == CHOICE]
)
def test_a_choice_starts_unchosen_and_check_asks_for_one(window, qtbot, kind):
    controller = start(window, kind)
    bar = window.practice.bar
    assert bar.choice.currentIndex() == -1 and bar.choice.currentText() == ""
    activate(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return, CTRL)
    assert controller.record().tries == 0
    assert bar.feedback.text() == "Choose an answer first."
    bar.choice.setFocus()
    qtbot.keyClick(bar.choice, Qt.Key.Key_Down)
    assert bar.choice.currentIndex() == 0
    qtbot.keyClick(bar.choice, Qt.Key.Key_Return)
    assert controller.record().tries == 1


# --- 4. the worst-loss hint: every curve is on the plot where it meets the cursor ---------------
def test_every_curve_is_on_the_plot_at_the_cursor(window):
    from lossstudio.model.practice_classes import margin_losses

    controller = start(window, "catalog.worst_loss", seed=7)
    margin = window.pages["catalog"]._built["margin"]
    for t in (controller.variant().numbers["t"], -2.1, -3.0, 0.5):
        catalog = window.pages["catalog"]
        catalog.set_state(dataclasses.replace(catalog.state(), margin=t))
        top = margin.plot.getPlotItem().viewRange()[1][1]
        values = margin_losses(t)
        assert max(values.values()) <= top, (t, top, values)
        assert top <= max(5.0 * 1.02, 1.2 * max(values.values()))


# --- 6. quitting with results not saved asks first ---------------------------------------------
def test_quitting_a_practice_with_unsaved_results_asks(window, qtbot, tmp_path, monkeypatch):
    controller = start(window, "regression.best_b")
    window.close()  # nothing checked yet: nothing to lose, but it stays open for the test
    assert not window.isVisible()
    window.show()
    qtbot.waitExposed(window)
    start(window, "regression.best_b")
    controller.check(controller.variant().answer)
    window.close()
    box = window.practice.quit_box
    assert window.isVisible() and box.isVisible()
    assert (
        box.text()
        == "1 of 1 challenges solved: these results are not saved. Save them before quitting?"
    )
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel
    assert window.isVisible() and not box.isVisible()
    path = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV (*.csv)"))
    window.close()
    assert box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Save results…
    assert path.exists() and not window.isVisible()
    assert "regression.best_b" in path.read_text(encoding="utf-8")
    # saved and nothing new since: no question
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible() and not box.isVisible()


def test_quit_without_saving(window, qtbot):
    controller = start(window, "regression.best_b")
    controller.check(0.0)
    window.close()
    box = window.practice.quit_box
    assert box.isVisible()
    box.quit_button.click()
    assert not window.isVisible()


# --- 7. the Practice menu can start one ---------------------------------------------------------
def test_the_practice_menu_opens_and_makes_practices(window):
    practice = window.practice
    menu = practice.menu.menu()
    assert practice.open_action in menu.actions() and practice.new_action in menu.actions()
    assert practice.open_action in window.file_menu.actions()
    assert practice.open_action.isEnabled() and practice.new_action.isEnabled()
    assert not practice.check_action.isEnabled()  # no practice yet
    shortcuts = [
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), sorted(shortcuts)


def test_the_worst_loss_is_not_read_off_the_other_catalog_pages(window):
    """The One loss page at y = 1, a = t and Figure 3-1's table give each loss's value at t."""
    controller = start(window, "catalog.worst_loss")
    catalog = window.pages["catalog"]
    assert {"margin", "loss"} <= catalog.hidden_answers()
    t = controller.variant().numbers["t"]
    catalog.show_page("descent")
    catalog.set_state(dataclasses.replace(catalog.state(), label=1.0, start=t))
    table = catalog._built["descent"].table
    assert table.rowCount() >= 1
    assert {table.item(0, column).text() for column in (2, 3)} == {"?"}
    catalog.show_page("single")
    assert catalog._built["single"].loss_value.text() == "?"
    window.practice.close()
    catalog.show_page("descent")  # a page is brought up to date when it is shown
    assert table.item(0, 2).text() not in ("?", "")
