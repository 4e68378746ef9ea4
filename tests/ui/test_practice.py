"""Practice in the main window, played by a scripted student with real key presses: every
challenge solved (top score) and played poorly (lower score), answers hidden until the check,
results saved only on request, damaged practice files refused with a message."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from lossstudio.model import practice as model
from lossstudio.model.practice_classes import margin_losses
from lossstudio.ui import i18n
from lossstudio.ui.classification.students import FIRST_PROBABILITY
from lossstudio.ui.tab import PLACEHOLDER
from tests.ui import mouse

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def window(qapp):
    """One window for the module (each test starts its own practice and closes it)."""
    from lossstudio.ui.main_window import MainWindow

    win = MainWindow()
    win.resize(1440, 900)
    win.show()
    QTest.qWaitForWindowExposed(win)
    yield win
    win.practice.close()
    win.close()
    QCoreApplication.processEvents()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _close_practice(window):
    yield
    window.practice.close()
    # each test is a new student at a new app: the window's memory of challenges played (a
    # challenge opened again goes on where it was left, test_practice_again.py) starts empty
    window.practice.controller.played.clear()
    i18n.set_language("en")


def start(window, kind, seed=3, tries=3, show_score=True):
    practice = model.Practice((model.Item(kind, seed),), tries=tries, show_score=show_score)
    window.practice.start(practice)
    return window.practice.controller


def key(window, qtbot, which, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key press where the focus is (shortcuts included)."""
    qtbot.keyClick(QApplication.focusWidget() or window, which, modifiers)


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def answer(window, qtbot, text: str) -> None:
    """F6 to the answer field, type, Enter (= Check)."""
    activate(window, qtbot)
    key(window, qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.practice.bar.answer
    type_into(qtbot, window.practice.bar.answer, text)


def activate(window, qtbot) -> None:
    """The main window active (a shortcut needs it; offscreen keeps a hidden dialog active)."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def check_from_anywhere(window, qtbot) -> None:
    activate(window, qtbot)
    key(window, qtbot, Qt.Key.Key_Return, CTRL)


# --- one scripted play per challenge: ``play(window, qtbot, variant, good)`` ------------------
def play_fit(window, qtbot, variant, good):
    tab = window.pages["regression"]
    if good:
        type_into(
            qtbot, tab.findChild(QLineEdit, "regression.w_field"), f"{variant.answer['w']:.6f}"
        )
        type_into(
            qtbot, tab.findChild(QLineEdit, "regression.b_field"), f"{variant.answer['b']:.6f}"
        )
    else:
        type_into(qtbot, tab.findChild(QLineEdit, "regression.w_field"), "0.5")
    check_from_anywhere(window, qtbot)


def play_number(value_of):
    def play(window, qtbot, variant, good):
        value = value_of(variant) if good else poor_number(variant)
        answer(window, qtbot, f"{value:.6g}")

    return play


def play_point(window, qtbot, variant, good):
    w, b = variant.answer if good else variant.state.start
    answer(window, qtbot, f"{w:.6g}, {b:.6g}")


def poor_number(variant):
    if variant.kind == "descent.goldilocks":
        return 0.001
    if variant.kind == "descent.largest_rate":
        return variant.answer * 0.3
    return variant.answer + 1.0 + 0.5 * abs(variant.answer)


def play_rank(window, qtbot, variant, good):
    order = variant.answer if good else tuple(reversed(variant.answer))
    answer(window, qtbot, " ".join(order))


def poor_choice(variant):
    if variant.kind == "regression.outlier":
        return "absolute"
    if variant.kind == "descent.first_optimizer":
        steps = {k: (v if v >= 0 else 10**9) for k, v in variant.numbers.items()}
        return max(steps, key=steps.get)
    losses = margin_losses(variant.numbers["t"])
    return min(losses, key=losses.get)


def play_click(window, qtbot, variant, good):
    views = window.pages["regression"].views
    if good:
        point = (variant.answer["w"], variant.answer["b"])
    else:
        point = (variant.answer["w"] + variant.answer["half_w"] * 0.6, variant.answer["b"])
    mouse.click(views.contour, views.contour_box, point)
    check_from_anywhere(window, qtbot)


def play_worst(window, qtbot, variant, good):
    wanted = variant.answer if good else poor_choice(variant)
    activate(window, qtbot)
    key(window, qtbot, Qt.Key.Key_F6)
    combo = window.practice.bar.choice
    assert QApplication.focusWidget() is combo
    assert combo.currentIndex() == -1  # nothing chosen yet: Down goes to the first choice
    for _ in range(variant.choices.index(wanted) + 1):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def play_hinge(window, qtbot, variant, good):
    field = window.pages["catalog"].single.prediction.field
    type_into(qtbot, field, f"{variant.answer:g}" if good else "0.2")
    check_from_anywhere(window, qtbot)


def play_probabilities(window, qtbot, variant, good):
    n = variant.numbers
    classes, label = int(n["classes"]), int(n["label"])
    a = math.exp(-n["target"])
    values = [0.0] * classes
    if good and n["wrong"]:
        values[label], values[(label + 1) % classes] = round(a + 0.01, 3), round(a + 0.02, 3)
    elif good:
        values[label] = round(a - 0.01, 3)
    else:  # certain of the true class: right, and the loss far below any target
        values[label] = 0.97
    rest = [j for j in range(classes) if values[j] == 0]
    share = round((1 - sum(values)) / len(rest), 3)
    for j in rest[:-1]:
        values[j] = share
    values[rest[-1]] = round(1 - sum(values), 6)
    table = window.pages["classification"].students.table
    for j, value in enumerate(values):
        table.setFocus()
        table.setCurrentCell(0, FIRST_PROBABILITY + j)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = table.indexWidget(table.currentIndex())  # the editor F2 opened
        assert editor.objectName() == "classification.cell_editor"
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editor, f"{value:g}")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits (Enter commits only later in a window)
        assert window.session.state("classification").students[0].predicted[j] == value
    check_from_anywhere(window, qtbot)


PLAYS = {
    "regression.fit": play_fit,
    "regression.best_b": play_number(lambda v: v.answer),
    "regression.predict_j": play_number(lambda v: v.answer),
    "descent.goldilocks": play_number(lambda v: v.answer["rate"]),
    "descent.largest_rate": play_number(lambda v: v.answer * 0.995),
    "classification.wrong_but_low": play_probabilities,
    "classification.rank": play_rank,
    "classification.cross_entropy": play_number(lambda v: v.answer),
    "catalog.worst_loss": play_worst,
    "regression.click_minimum": play_click,
    "descent.after_ten": play_point,
    "regression.outlier": play_worst,
    "descent.first_optimizer": play_worst,
    "catalog.hinge_zero": play_hinge,
}


def test_every_challenge_has_a_scripted_play():
    assert set(PLAYS) == set(model.CHALLENGES)


@pytest.mark.parametrize("kind", list(model.CHALLENGES))
def test_perfect_play_gets_the_top_score(window, qtbot, kind):
    controller = start(window, kind, seed=11)
    variant = controller.variant()
    assert window.current_key() == variant.tab
    tab = window.pages[variant.tab]
    assert tab.hidden_answers() == variant.hidden  # hidden while the student works
    PLAYS[kind](window, qtbot, variant, True)
    record = controller.record()
    assert record.tries == 1 and record.solved and record.best == 100, record.verdict
    assert record.done and tab.hidden_answers() == frozenset()  # revealed beside the answer
    feedback = window.practice.bar.feedback.text()
    assert feedback.startswith("Solved. Score 100.")


@pytest.mark.parametrize("kind", list(model.CHALLENGES))
def test_poor_play_scores_lower_and_keeps_the_answer_hidden(window, qtbot, kind):
    controller = start(window, kind, seed=11, tries=2)
    variant = controller.variant()
    PLAYS[kind](window, qtbot, variant, False)
    record = controller.record()
    assert record.tries == 1 and not record.solved and record.best < 60, record.verdict
    assert not record.done and window.pages[variant.tab].hidden_answers() == variant.hidden
    assert window.practice.bar.feedback.text().startswith("Not yet.")
    assert window.practice.bar.status.text().startswith("tries left: 1")


def test_hidden_readouts_show_the_placeholder_until_the_check(window, qtbot):
    controller = start(window, "regression.predict_j", seed=5)
    tab = window.pages["regression"]
    assert tab.panel.loss.text() == PLACEHOLDER and tab.panel.best_loss.text() == PLACEHOLDER
    answer(window, qtbot, f"{controller.variant().answer:.6g}")
    assert tab.panel.loss.text() != PLACEHOLDER
    assert f"{controller.variant().answer:.6f}"[:6] in tab.panel.loss.text()


def test_one_try_then_the_answer_shows_and_enter_goes_on(window, qtbot, tmp_path):
    items = (model.Item("descent.goldilocks", 4), model.Item("classification.rank", 4))
    window.practice.start(model.Practice(items, tries=1, show_timer=False))
    controller = window.practice.controller
    variant = controller.variant()
    answer(window, qtbot, "0.001")
    record = controller.record()
    assert record.done and not record.solved
    assert "No tries left." in window.practice.bar.feedback.text()
    assert "fewest steps" in window.practice.bar.feedback.text()
    state = window.session.state("descent")  # the walk at the typed rate is shown
    assert state.settings_for("gd").learning_rate == 0.001 and state.iteration == 20
    assert controller.check(0.2) is None  # no more tries
    qtbot.keyClick(window.practice.bar.answer, Qt.Key.Key_Return)  # Enter: the next one
    assert controller.index == 1 and window.current_key() == "classification"
    assert variant.seed == 4 and controller.variant().seed == 4
    assert "00:" not in window.practice.bar.status.text()  # no timer shown


def three(window, first="catalog.worst_loss"):
    kinds = (first, "classification.cross_entropy", "regression.best_b")
    window.practice.start(model.Practice(tuple(model.Item(k, 3) for k in kinds), tries=3))
    return window.practice.controller


@pytest.mark.parametrize("kind", ["catalog.worst_loss", "classification.cross_entropy"])
def test_enter_goes_on_wherever_the_check_left_the_focus(window, qtbot, kind):
    """A solved challenge's choice and Check are off: the focus goes to Next, and Enter there
    (or in the read-only answer) shows the next challenge; the status no longer counts tries."""
    controller = three(window, kind)
    PLAYS[kind](window, qtbot, controller.variant(), True)
    bar = window.practice.bar
    assert controller.record().solved and bar.status.text().startswith("solved")
    assert "tries left" not in bar.status.text()
    focus = QApplication.focusWidget()
    assert focus is bar.next_button and focus.isEnabled()
    key(window, qtbot, Qt.Key.Key_Return)
    assert controller.index == 1


def test_enter_on_a_clicked_check_button_goes_on(window, qtbot):
    controller = three(window, "classification.cross_entropy")
    bar = window.practice.bar
    bar.answer.setFocus()
    qtbot.keyClicks(bar.answer, f"{controller.variant().answer:.6g}")
    bar.check_button.setFocus()  # as a click leaves it
    key(window, qtbot, Qt.Key.Key_Return)  # Enter on the button presses it: solved
    assert controller.record().solved and controller.index == 0
    key(window, qtbot, Qt.Key.Key_Enter)
    assert controller.index == 1


def test_out_of_tries_says_so_in_the_status(window, qtbot):
    controller = start(window, "classification.cross_entropy", tries=1)
    answer(window, qtbot, "0")
    assert controller.record().done and not controller.record().solved
    assert window.practice.bar.status.text().startswith("no tries left")


def test_results_at_the_end_are_saved_only_on_request(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    items = (model.Item("regression.best_b", 2), model.Item("catalog.worst_loss", 2))
    window.practice.start(model.Practice(items, tries=2))
    controller = window.practice.controller
    play_number(lambda v: v.answer)(window, qtbot, controller.variant(), True)
    key(window, qtbot, Qt.Key.Key_Return)  # Enter again: the next challenge
    play_worst(window, qtbot, controller.variant(), False)
    key(window, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # skip: results
    dialog = window.practice.results
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "100"
    assert dialog.table.item(1, 4).text() == "no"
    assert list(tmp_path.iterdir()) == []  # nothing written unless the student saves
    path = tmp_path / "mine.csv"
    monkeypatch.setattr(
        "lossstudio.ui.practice.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = model.load_results(path)
    assert [r.kind for r in saved] == ["regression.best_b", "catalog.worst_loss"]
    assert saved[0].best_score == 100 and saved[0].solved and saved[1].tries == 1
    assert saved == tuple(
        type(r)(r.kind, r.seed, r.best_score, r.tries, round(r.seconds, 1), r.solved)
        for r in controller.results()
    )
    dialog.hide()


def test_snapping_to_the_best_fit_is_off_while_it_is_hidden(window, qtbot):
    start(window, "regression.fit", seed=2)
    snap = window.pages["regression"].findChild(QPushButton, "regression.snap")
    assert not snap.isEnabled()
    play_fit(window, qtbot, window.practice.controller.variant(), True)
    assert snap.isEnabled()


def test_moves_count_and_cost_score(window, qtbot):
    controller = start(window, "regression.fit", seed=8)
    variant = controller.variant()
    field = window.pages["regression"].findChild(QLineEdit, "regression.w_field")
    for value in ("0.1", "0.2", "0.3", "0.4", "0.5", "0.6"):  # six wasted moves
        type_into(qtbot, field, value)
    assert controller.record().moves == 6
    play_fit(window, qtbot, variant, True)
    record = controller.record()
    assert record.moves == 8 and record.solved and record.best == round(100 * (1 - 0.04 * 6))


def test_hint_by_key(window, qtbot):
    start(window, "descent.largest_rate")
    bar = window.practice.bar
    assert not bar.hint_text.isVisibleTo(bar)
    activate(window, qtbot)
    key(window, qtbot, Qt.Key.Key_F1)
    assert bar.hint_text.isVisibleTo(bar) and "learning rate" in bar.hint_text.text()


def test_a_typo_is_refused_with_a_message_and_costs_no_try(window, qtbot):
    controller = start(window, "classification.rank")
    answer(window, qtbot, "A B B")
    assert controller.record().tries == 0
    assert "A B C D" in window.practice.bar.feedback.text()
    answer(window, qtbot, "abc")
    assert controller.record().tries == 0


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "-inf", "1e400", "1e-400x"])
def test_a_typed_answer_that_is_no_number_costs_no_try(window, qtbot, text):
    """The answer field is free text (a number, or an order of students): what is no finite
    number in range is refused with a message where the student looks, and costs no try."""
    controller = start(window, "regression.predict_j")
    answer(window, qtbot, text)
    assert controller.record().tries == 0
    assert window.practice.bar.feedback.text().strip()
    assert not controller.record().done


def test_opening_a_practice_file_and_its_per_student_seed(window, tmp_path):
    path = tmp_path / "set.json"
    items = (model.Item("catalog.hinge_zero", None), model.Item("regression.fit", 9))
    model.save(path, model.Practice(items, tries=2))
    assert window.practice.open(str(path))
    controller = window.practice.controller
    assert controller.count() == 2 and controller.records[1].variant.seed == 9
    assert window.practice.toolbar.isVisible()
    window.practice.close()
    assert not window.practice.toolbar.isVisible()
    assert all(not window.pages.peek(k).hidden_answers() for k in window.pages)


BAD_FILES = {
    "junk.json": b"\x00\x01\x02 junk",
    "wrong.json": json.dumps(
        {"format": "lossstudio-practice", "version": 1, "challenges": [], "tries": 3}
    ).encode(),
    "latin.json": '{"format": "é"}'.encode("latin-1"),
}


@pytest.mark.parametrize("name", [*BAD_FILES, "folder", "huge.json"])
def test_damaged_practice_files_change_nothing(window, tmp_path, name):
    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    elif name == "huge.json":
        path.write_bytes(b" " * (model.MAX_PRACTICE_BYTES + 10))
    else:
        path.write_bytes(BAD_FILES[name])
    before = window.session.states()
    assert not window.practice.open(str(path))
    assert not window.practice.controller.active()
    assert window.session.states() == before
    assert name in window.last_message or "folder" in window.last_message


def test_command_line_bad_practice_exits_2(tmp_path, capsys):
    from lossstudio import app

    path = tmp_path / "bad.json"
    path.write_text("{", encoding="utf-8")
    assert app.main(["--practice", str(path), "--screenshot", str(tmp_path / "x.png")]) == 2
    error = capsys.readouterr().err
    assert "bad.json" in error and "not JSON" in error
    assert not (tmp_path / "x.png").exists()


def test_chinese_bar(window, qtbot):
    start(window, "classification.cross_entropy", seed=1)
    i18n.set_language("zh")
    bar = window.practice.bar
    assert "交叉熵" in bar.heading.text() or "H(p, q)" in bar.heading.text()
    assert "KL" in bar.task.text() and not bar.task.text().isascii()
    assert not bar.check_button.text().isascii()
    assert np.isfinite(window.practice.controller.variant().answer)


def test_new_practice_dialog_by_keyboard(window, qtbot, tmp_path, monkeypatch):
    from lossstudio.ui.practice.editor import NewPracticeDialog

    dialog = NewPracticeDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.challenges
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # untick the first challenge
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # and the third
    qtbot.keyClick(dialog.own, Qt.Key.Key_Space)  # each student their own variant
    dialog.tries.setFocus()
    qtbot.keyClick(dialog.tries, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.tries, "1")
    qtbot.keyClick(dialog.show_timer, Qt.Key.Key_Space)
    practice = dialog.practice()
    kinds = list(model.CHALLENGES)
    assert [item.kind for item in practice.items] == [
        k for i, k in enumerate(kinds) if i not in (0, 2)
    ]
    assert all(item.seed is None for item in practice.items)
    assert practice.tries == 1 and practice.show_score and not practice.show_timer
    # File > New practice… saves exactly that file
    path = tmp_path / "handout"
    monkeypatch.setattr(
        NewPracticeDialog, "exec", lambda self: NewPracticeDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(NewPracticeDialog, "practice", lambda self: practice)
    monkeypatch.setattr(
        "lossstudio.ui.practice.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window.practice.new_action.trigger()
    assert model.load(tmp_path / "handout.json") == practice


def test_practice_makes_no_status_bar(qtbot):
    from PySide6.QtWidgets import QStatusBar

    from lossstudio.ui.main_window import MainWindow

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.practice.start(model.Practice((model.Item("regression.fit", 1),)))
    QApplication.processEvents()
    assert fresh.findChildren(QStatusBar) == []  # no status bar until something needs it


def test_watching_the_race_first_halves_the_prediction(window, qtbot):
    controller = start(window, "descent.first_optimizer", seed=6)
    play = window.pages["descent"].findChild(QPushButton, "descent.play")
    play.setFocus()
    qtbot.keyClick(play, Qt.Key.Key_Space)  # the race runs before the student chose
    assert controller.record().touched  # playing is no undo step, but the tab changed
    variant = controller.variant()
    combo = window.practice.bar.choice
    combo.setFocus()  # (F6 is tested above; here the race keeps running meanwhile)
    for _ in range(variant.choices.index(variant.answer) - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    record = controller.record()
    assert record.solved and record.best == 50
    assert "half the score" in window.practice.bar.feedback.text()


def test_a_lesson_closes_the_practice_and_back(window):
    # last in the module: in offscreen Qt a window that showed a lesson keeps later shortcuts
    # from the focus widget in some orders (the same sequence in a fresh window works)
    start(window, "catalog.worst_loss")
    assert window.lessons.open("chapter3")
    assert not window.practice.controller.active() and not window.practice.toolbar.isVisible()
    start(window, "catalog.worst_loss")
    assert not window.lessons.controller.active()
    assert window.pages["catalog"].hidden_answers() == frozenset({"margin", "loss"})
