"""Hidden answers on every tab: a placeholder instead of the number, and what gives it away
held back, through re-renders (drag frames, a language change) until revealed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from lossstudio.model import lesson
from lossstudio.model.classification import CHAPTER_STUDENTS
from lossstudio.ui.tab import PLACEHOLDER
from lossstudio.ui.tabs import TABS
from tests.ui import mouse


@pytest.mark.parametrize("spec", TABS, ids=lambda spec: spec.key)
def test_every_tab_names_its_answers_and_pages_as_lessons_do(spec):
    cls = spec.tab_class()
    assert lesson.ANSWERS[spec.key] == cls.ANSWERS and cls.ANSWERS
    assert lesson.PAGES[spec.key] == cls.PAGES


def test_regression_loss_stays_hidden_through_a_drag(window):
    tab = window.pages["regression"]
    window.show_tab("regression")
    tab.set_hidden_answers(frozenset({"loss"}))
    assert tab.panel.loss.text() == PLACEHOLDER
    assert tab.panel.bar.isHidden() and not tab.views.slice_b.marker.isVisible()
    assert not tab.views.slice_w.curve.isVisible()  # J(w) at the cursor would tell J
    mouse.drag(tab.plot, tab.data_box, (0.5, 3.0), (0.6, 3.5))
    assert tab.state().b != 2.0  # the drag moved the line ...
    assert tab.panel.loss.text() == PLACEHOLDER  # ... and J stayed hidden on every frame
    tab.set_hidden_answers(frozenset())
    assert tab.panel.loss.text() == f"{tab.loss():.6f}"
    assert not tab.panel.bar.isHidden() and tab.views.slice_b.marker.isVisible()


def test_regression_best_fit_hides_the_line_the_star_and_its_loss(window):
    tab = window.pages["regression"]
    tab.set_state(replace(tab.state(), best_fit=True))
    tab.set_hidden_answers(frozenset({"best_fit"}))
    assert not tab.best_line.isVisible() and not tab.views.best_marker.isVisible()
    assert tab.panel.best_loss.text() == PLACEHOLDER
    assert tab.panel.loss.text() == "0.530669"  # only the named answer is hidden
    tab.set_hidden_answers(frozenset())
    assert tab.best_line.isVisible() and tab.views.best_marker.isVisible()
    assert "0.047890" in tab.panel.best_loss.text()


def test_catalog_table_sums_hidden_then_revealed(window):
    tab = window.pages["catalog"]
    window.show_tab("catalog")
    tab.show_page("table")
    tab.set_hidden_answers(frozenset({"table"}))
    page = tab.table
    texts = [label.text() for label in page.sums.values()]
    assert all(text.endswith("= ?") for text in texts) and page.verdict.isHidden()
    # the growth "4 / 3 = ?" would tell the sums: it is a bare placeholder
    assert [label.text() for label in page.growth.values()] == [PLACEHOLDER] * 2
    tab.set_hidden_answers(frozenset())
    texts = [label.text() for label in page.sums.values()]
    assert [t.rsplit("<b>", 1)[1] for t in texts] == ["3</b>", "5</b>", "4</b>", "8</b>"]
    assert "1.33" in page.growth["absolute"].text() and "1.6" in page.growth["squared"].text()


def test_catalog_hidden_answers_reach_a_page_built_later(window):
    tab = window.pages["catalog"]
    tab.set_hidden_answers(frozenset({"margin"}))
    tab.show_page("margin")  # built now, after the answers were hidden
    cells = [tab.margin.table.item(row, 1).text() for row in range(6)]
    assert cells == [PLACEHOLDER] * 6


def test_students_losses_bars_totals_and_points(window):
    tab = window.pages["classification"]
    window.show_tab("classification")
    tab.set_state(replace(tab.state(), students=CHAPTER_STUDENTS[:2]))
    tab.set_hidden_answers(frozenset({"losses"}))
    table = tab.students.table
    columns = table.columnCount()
    assert [table.item(row, columns - 2).text() for row in range(2)] == [PLACEHOLDER] * 2
    assert table.isColumnHidden(columns - 1)
    assert tab.students.total.text().endswith("= ?")
    assert "0.51" not in tab.students.terms.text()
    assert not tab.binary_plot.points.isVisible()
    window.set_language("zh")  # a re-render in another language keeps them hidden
    assert tab.students.total.text().endswith("= ?")
    window.set_language("en")
    tab.set_hidden_answers(frozenset())
    assert [table.item(row, columns - 2).text() for row in range(2)] == ["0.51", "0.36"]
    assert not table.isColumnHidden(columns - 1) and tab.binary_plot.points.isVisible()


def test_hidden_losses_leave_true_sentences_in_both_languages(window):
    """No "drag a student" over a plot whose students are hidden; one placeholder per hidden
    number, each with its label (the count m is no answer and stays)."""
    tab = window.pages["classification"]
    window.show_tab("classification")
    tab.set_state(replace(tab.state(), students=CHAPTER_STUDENTS[:2]))
    plot = tab.binary_plot.plot
    assert "drag a student" in plot._lossstudio_title  # what style.set_title was given
    tab.set_hidden_answers(frozenset({"losses"}))
    students = tab.students
    for language, mean in (("en", "mean loss J / m = ?"), ("zh", "平均损失 J / m = ?")):
        window.set_language(language)
        assert students.total.text() == "J = Σ loss = ?"
        assert students.mean.text().startswith(mean) and "m = 2" in students.mean.text()
        assert students.terms.text() == "J = ?"
        assert "drag" not in plot._lossstudio_title and "拖动" not in plot._lossstudio_title
    window.set_language("en")
    assert "appear with their losses" in plot._lossstudio_title
    tab.set_hidden_answers(frozenset())
    assert "drag a student" in plot._lossstudio_title
    assert students.mean.text().startswith("mean loss J / m = 0.")


def test_information_entropy_cross_entropy_gradients(window):
    tab = window.pages["classification"]
    tab.set_hidden_answers(frozenset({"information", "entropy", "cross_entropy", "gradients"}))
    info = tab.information
    assert [info.table.item(row, 2).text() for row in range(3)] == [PLACEHOLDER] * 3
    assert info.entropy.text().endswith("= ?") and info.kl.text().endswith("= ?")
    assert info.cross_entropy.text().endswith("= ?") and info.view.isHidden()
    assert tab.why_not_mse.gradients.text() == PLACEHOLDER
    assert info.slip.isHidden() and info.curve_view.isHidden()
    tab.set_hidden_answers(frozenset({"cross_entropy"}))
    assert [info.table.item(row, 2).text() for row in range(3)] == ["0.36", "1.61", "2.30"]
    assert "0.802" in info.entropy.text() and "0.804" in info.chapter_entropy.text()
    assert info.kl.text().endswith("= ?")


def test_descent_minimum(window):
    tab = window.pages["descent"]
    minimum = tab.plots.surface_item.minimum
    tab.set_hidden_answers(frozenset({"minimum"}))
    assert not minimum.isVisible()
    tab.set_hidden_answers(frozenset())
    assert minimum.isVisible()


def test_the_hide_answers_switch_covers_every_tab_built_or_not(window, qtbot):
    window.show_tab("regression")
    window.activateWindow()
    window.tabs.setFocus()
    qtbot.keyClick(window.tabs, Qt.Key.Key_H)
    assert window.hide_answers_action.isChecked()
    assert window.pages["regression"].panel.loss.text() == PLACEHOLDER
    students = window.pages["classification"]  # built after the switch: hidden too
    assert students.students.total.text().endswith("= ?")
    window.set_answers_hidden(False)
    assert window.pages["regression"].panel.loss.text() == "0.530669"
    assert not students.hidden_answers()
