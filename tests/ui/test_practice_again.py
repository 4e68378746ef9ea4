"""A fixed-seed practice cannot be solved by reading its own answer (the tester's fault: three
wrong answers show J, Open practice… the same file, type J, score 100). Within one run of the
app a challenge opened again goes on where it was left: an answer once shown stays shown with
the score it had, through every way back to it (the same file, a New practice with the same
seed, another copy in the same practice, a lesson between, the bar closed and opened again),
and the saved results say so. Closing a practice gives its tabs back what they showed before,
so its data no longer sits unhidden on them. Answers are typed into the bar's field, practices
opened through Practice > Open practice… with the file dialog answered by a timer."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton

from lossstudio.model import practice as model
from lossstudio.ui import i18n
from lossstudio.ui.tab import PLACEHOLDER
from tests.ui.test_practice_unsaved import answer_file_dialog, choose, click

CTRL = Qt.KeyboardModifier.ControlModifier


def write(path, *items, tries=3):
    model.save(path, model.Practice(tuple(model.Item(kind, seed) for kind, seed in items), tries))
    return path


def activate(window, qtbot) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def open_by_menu(window, qtbot, path, then=None) -> None:
    """Practice > Open practice…, the file dialog answered with ``path``; ``then`` is the
    button of the question about unsaved results, if it comes up."""
    practice = window.practice
    QTimer.singleShot(0, lambda: answer_file_dialog(path))
    choose(practice.menu, practice.open_action)
    if then is not None:
        assert practice.quit_box.isVisible()
        click(getattr(practice.quit_box, then))
    qtbot.waitUntil(lambda: practice.controller.path == str(path), timeout=3000)


def type_answer(window, qtbot, text: str) -> None:
    """F6 to the answer field, the text typed key by key, Enter."""
    activate(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
    field = window.practice.bar.answer
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def save_results(window, qtbot, path):
    """Results… then Save results… in the dialog, the file dialog answered with ``path``."""
    practice = window.practice
    choose(practice.menu, practice.results_action)
    assert practice.results.isVisible()
    QTimer.singleShot(0, lambda: answer_file_dialog(path))
    click(practice.results.save_button)
    practice.results.hide()
    return json.loads(path.read_text(encoding="utf-8"))["results"]


def out_of_tries(window, qtbot) -> float:
    """Three wrong answers: no tries left, the answer (J) shown in the bar."""
    answer = window.practice.controller.variant().answer
    for text in ("1", "2", "3"):
        type_answer(window, qtbot, text)
    bar = window.practice.bar
    assert bar.status.text().startswith("no tries left · score 0")
    assert f"J = {answer:.6g}" in bar.feedback.text()
    return answer


def test_the_testers_loophole_reopening_the_file_keeps_score_0(window, qtbot, tmp_path):
    path = write(tmp_path / "practice.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    controller, bar = window.practice.controller, window.practice.bar
    answer = out_of_tries(window, qtbot)
    open_by_menu(window, qtbot, path, then="quit_button")  # "Close without saving"
    assert bar.status.text().startswith("no tries left · score 0")
    assert bar.feedback.text().startswith(
        "This challenge's answer (seed 1) was shown earlier: it stays at score 0. No tries left."
    )
    assert bar.answer.isReadOnly() and not bar.check_button.isEnabled()
    bar.answer.setReadOnly(False)  # even were the field writable, a check judges nothing
    type_answer(window, qtbot, f"{answer:.6g}")
    record = controller.record()
    assert (record.best, record.tries, record.solved) == (0, 3, False)
    assert "score 100" not in bar.status.text()
    rows = save_results(window, qtbot, tmp_path / "results.json")
    assert [(r["kind"], r["seed"], r["best_score"], r["tries"], r["solved"]) for r in rows] == [
        ("regression.predict_j", 1, 0, 3, False)
    ]


def test_a_new_practice_with_the_same_seed_keeps_it_too(window, qtbot, tmp_path, monkeypatch):
    from lossstudio.ui.practice.editor import NewPracticeDialog

    open_by_menu(window, qtbot, write(tmp_path / "first.json", ("regression.predict_j", 1)))
    out_of_tries(window, qtbot)
    # the lecturer's dialog: every challenge, the same variant for everyone, seed 1
    handout = tmp_path / "handout.json"
    monkeypatch.setattr(NewPracticeDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(
        "lossstudio.ui.practice.QFileDialog.getSaveFileName", lambda *a, **k: (str(handout), "")
    )
    window.practice.new_action.trigger()
    assert all(item.seed == 1 for item in model.load(handout).items)
    open_by_menu(window, qtbot, handout, then="quit_button")
    controller = window.practice.controller
    kinds = [record.variant.kind for record in controller.records]
    controller.go(kinds.index("regression.predict_j"))
    bar = window.practice.bar
    assert bar.feedback.text().startswith("This challenge's answer (seed 1) was shown earlier")
    assert controller.check(controller.variant().answer) is None
    assert controller.record().best == 0 and not controller.record().solved
    controller.go(0)  # the others are new
    assert bar.status.text().startswith("tries left: 3")


@pytest.mark.slow
def test_a_second_copy_in_the_same_practice_is_done_once_the_first_shows_it(
    window, qtbot, tmp_path
):
    path = write(tmp_path / "twice.json", ("regression.predict_j", 1), ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    answer = out_of_tries(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the next one
    controller, bar = window.practice.controller, window.practice.bar
    assert controller.index == 1
    assert bar.status.text().startswith("answer shown earlier · score 0")
    assert bar.feedback.text() == (
        "This challenge's answer (seed 1) was shown earlier: it stays at score 0."
    )
    bar.answer.setReadOnly(False)
    type_answer(window, qtbot, f"{answer:.6g}")
    assert controller.record().best == 0
    rows = save_results(window, qtbot, tmp_path / "results.json")
    assert [(r["best_score"], r["tries"], r["solved"]) for r in rows] == [
        (0, 3, False),
        (0, 0, False),
    ]


def test_closing_the_bar_gives_the_tabs_back_and_undo_does_not_reach_the_data(
    window, qtbot, tmp_path
):
    tab = window.pages["regression"]
    before = window.session.state("regression")
    shown_before = tab.panel.loss.text()
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    variant = window.practice.controller.variant()
    assert tab.panel.loss.text() == PLACEHOLDER
    w_field = tab.findChild(QLineEdit, "regression.w_field")
    w_field.setFocus()
    qtbot.keyClick(w_field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(w_field, "0.5")
    qtbot.keyClick(w_field, Qt.Key.Key_Return)  # the line moved: one undo step
    assert window.session.state("regression").w == 0.5 and window.undo_stack.canUndo()
    click(window.practice.bar.close_button)  # nothing checked: closed at once
    assert not window.practice.controller.active()
    assert window.session.state("regression") == before  # not the challenge's points
    assert tab.panel.loss.text() == shown_before != f"{variant.answer:.6f}"
    choose(window.edit_menu.menuAction(), window.undo_action)  # Edit > Undo
    assert window.session.state("regression") == before  # no challenge brought back
    # never shown, never checked: opened again it is whole, and the answer found scores
    open_by_menu(window, qtbot, path)
    assert window.practice.bar.status.text().startswith("tries left: 3")
    assert tab.panel.loss.text() == PLACEHOLDER


@pytest.mark.slow
def test_tries_used_count_after_closing_and_reopening(window, qtbot, tmp_path):
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    type_answer(window, qtbot, "1")
    type_answer(window, qtbot, "2")
    click(window.practice.bar.close_button)
    click(window.practice.quit_box.quit_button)  # closed without saving
    open_by_menu(window, qtbot, path)
    bar = window.practice.bar
    assert bar.status.text().startswith("tries left: 1 · score 0")
    assert bar.feedback.text().startswith(
        "Opened again: you go on where you left this challenge; what you did before still counts."
    )
    type_answer(window, qtbot, "3")  # the last try: the answer shown
    assert bar.status.text().startswith("no tries left")


@pytest.mark.slow
def test_a_walk_watched_before_a_prediction_still_counts_when_reopened(window, qtbot, tmp_path):
    path = write(tmp_path / "p.json", ("descent.first_optimizer", 6))
    open_by_menu(window, qtbot, path)
    play = window.pages["descent"].findChild(QPushButton, "descent.play")
    play.setFocus()
    qtbot.keyClick(play, Qt.Key.Key_Space)  # the race runs: the prediction is watched
    click(window.practice.bar.close_button)  # nothing checked: closed at once
    open_by_menu(window, qtbot, path)
    controller = window.practice.controller
    variant = controller.variant()
    combo = window.practice.bar.choice
    combo.setFocus()
    for _ in range(variant.choices.index(variant.answer) + 1):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    record = controller.record()
    assert record.solved and record.best == 50
    feedback = window.practice.bar.feedback.text()
    assert "You ran the walk or changed a setting before predicting: half the score." in feedback


@pytest.mark.slow
def test_a_lesson_between_changes_nothing(window, qtbot, tmp_path):
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    out_of_tries(window, qtbot)
    lessons = window.lessons
    choose(lessons.menu, lessons.chapter_action)
    click(window.practice.quit_box.quit_button)
    assert lessons.controller.active()
    lessons.close()
    open_by_menu(window, qtbot, path)
    assert window.practice.bar.status.text().startswith("no tries left · score 0")
    assert window.practice.unsaved()  # those three tries were never saved: still asked


@pytest.mark.slow
def test_saved_results_are_not_asked_about_again(window, qtbot, tmp_path):
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    type_answer(window, qtbot, "1")
    save_results(window, qtbot, tmp_path / "r.json")
    click(window.practice.bar.close_button)
    assert not window.practice.controller.active()  # saved: no question
    open_by_menu(window, qtbot, path)
    click(window.practice.bar.close_button)
    assert not window.practice.controller.active()


def test_chinese(window, qtbot, tmp_path):
    path = write(tmp_path / "twice.json", ("regression.predict_j", 1), ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    out_of_tries(window, qtbot)
    window.practice.controller.next()
    i18n.set_language("zh")
    try:
        bar = window.practice.bar
        assert bar.status.text().startswith("答案之前已显示 · ")
        assert bar.feedback.text() == "这道挑战（种子 1）的答案之前已显示过：得分保持为 0。"
        open_by_menu(window, qtbot, path, then="quit_button")
        said = bar.feedback.text()
        assert said.startswith("这道挑战（种子 1）的答案之前已显示过：得分保持为 0。")
        assert "没有剩余尝试了。" in said and "得分 0" not in said
        assert "。 " not in said, said  # Chinese sentences follow each other with no space
    finally:
        i18n.set_language("en")


@pytest.mark.slow
def test_a_tab_challenge_reopened_shows_the_tab_as_left_and_counts_its_moves(
    window, qtbot, tmp_path
):
    path = write(tmp_path / "p.json", ("regression.fit", 4))
    open_by_menu(window, qtbot, path)
    controller = window.practice.controller
    start = controller.variant().state
    w_field = window.pages["regression"].findChild(QLineEdit, "regression.w_field")
    w_field.setFocus()
    qtbot.keyClick(w_field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(w_field, "0.5")
    qtbot.keyClick(w_field, Qt.Key.Key_Return)  # one move
    assert controller.record().moves == 1
    click(window.practice.bar.close_button)  # nothing checked: closed at once
    assert window.session.state("regression").x is not start.x  # the tab given back
    open_by_menu(window, qtbot, path)
    state = window.session.state("regression")
    assert state.w == 0.5 and (state.x is start.x or list(state.x) == list(start.x))
    assert controller.record().moves == 1
    assert window.practice.bar.feedback.text().startswith("Opened again: you go on where")


@pytest.mark.slow
def test_a_practice_allowing_fewer_tries_than_were_used_has_none_left(window, qtbot, tmp_path):
    open_by_menu(window, qtbot, write(tmp_path / "a.json", ("regression.predict_j", 1)))
    type_answer(window, qtbot, "1")
    type_answer(window, qtbot, "2")
    strict = write(tmp_path / "b.json", ("regression.predict_j", 1), tries=2)
    open_by_menu(window, qtbot, strict, then="quit_button")
    bar = window.practice.bar
    assert bar.status.text().startswith("no tries left · score 0")
    said = bar.feedback.text()  # not "shown earlier": it was not, the answer shows now
    assert said.startswith("Opened again: you go on where you left this challenge")
    assert "No tries left. Score 0. You said J = 2" in said and "shown earlier" not in said
    assert window.pages["regression"].panel.loss.text() != PLACEHOLDER


@pytest.mark.slow
def test_a_challenge_skipped_with_next_leaves_no_data_on_its_tab(window, qtbot, tmp_path):
    before = window.session.state("regression")
    path = write(tmp_path / "p.json", ("regression.predict_j", 1), ("catalog.worst_loss", 1))
    open_by_menu(window, qtbot, path)
    variant = window.practice.controller.variant()
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Next
    assert window.current_key() == "catalog"
    assert window.session.state("regression") == before  # not the skipped challenge's data
    window.tabs.setCurrentWidget(window.pages["regression"])
    loss = window.pages["regression"].panel.loss.text()
    assert loss != PLACEHOLDER and loss != f"{variant.answer:.6f}"
    click(window.practice.bar.close_button)  # nothing checked: closed at once
    open_by_menu(window, qtbot, path)  # skipped, never shown: it goes on, still hidden
    assert window.session.state("regression").x is variant.state.x
    assert window.pages["regression"].panel.loss.text() == PLACEHOLDER


def test_no_scene_holds_a_challenge_whose_answer_is_hidden(window, qtbot, tmp_path):
    """Saved during the challenge and opened after it, a scene would show J unhidden."""
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    scene = tmp_path / "scene.json"
    seen = []
    QTimer.singleShot(0, lambda: answer_file_dialog(scene, seen, tries=25))
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # File > Save scene
    qtbot.wait(800)
    assert seen == [] and not scene.exists()
    assert window.last_message.startswith("A scene cannot be saved while a challenge's answer")
    assert not window.save_scene(str(scene)) and not scene.exists()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes = [box for box in boxes if box.isVisible()]
    assert len(boxes) == 2 and boxes[0].text() == window.last_message
    for box in boxes:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    out_of_tries(window, qtbot)  # the answer shown: the scene may hold it now
    QTimer.singleShot(0, lambda: answer_file_dialog(scene, seen))
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(scene.exists, timeout=3000)
    assert seen == ["Save scene"]


def reject_dialogs(seen, tries: int = 25) -> None:
    """Any dialog (the export's, a file dialog) that comes up is noted and cancelled."""
    for dialog in QApplication.topLevelWidgets():
        is_box = isinstance(dialog, QMessageBox)
        if isinstance(dialog, QDialog) and not is_box and dialog.isVisible():
            seen.append(type(dialog).__name__)
            dialog.reject()
    if tries:
        QTimer.singleShot(20, lambda: reject_dialogs(seen, tries - 1))


@pytest.mark.slow
def test_no_animation_of_a_practice_and_none_kept_after_it(window, qtbot, tmp_path):
    """An animation is rendered in a window of its own, where nothing hides the answers:
    none is made while a practice runs, and what the recorder kept of it goes when it ends."""
    record = window.record
    record.record_action.trigger()  # a recording from before the practice
    assert record.recorder.recording
    path = write(tmp_path / "p.json", ("regression.predict_j", 1))
    open_by_menu(window, qtbot, path)
    variant = window.practice.controller.variant()
    dialogs = []
    QTimer.singleShot(0, lambda: reject_dialogs(dialogs))
    choose(window.file_menu.menuAction(), record.last_action)  # Export the last seconds…
    QTimer.singleShot(0, lambda: reject_dialogs(dialogs))
    record.record_action.trigger()  # Stop recording and export…
    qtbot.wait(800)
    assert dialogs == [] and record.recorder.recording
    assert window.last_message.startswith("No animation is made during a practice")
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()
    out_of_tries(window, qtbot)
    click(window.practice.bar.close_button)
    click(window.practice.quit_box.quit_button)
    kept = record.recorder.last("regression", 3600) + record.recorder.samples(
        "regression", record.recorder.started, record.recorder.clock()
    )
    assert kept and all(state.x is not variant.state.x for _t, state in kept)
    assert all(list(state.x) != list(variant.state.x) for _t, state in kept)
    record.recorder.stop()
